//! The Wilson development keys in `cargo xtask eval`: scores the pipeline
//! against the hand-read `corpus/wilson-dev/<folder>/key.json` answer keys.
//!
//! Each key entry names one page text (`file`, relative to the repository
//! root). The file's bytes go through the real stages exactly as `eval`'s FRUS
//! and bulk scoring run them, under the path relative to `corpus/`; the first
//! document that comes out is compared with the key, per folder and for all
//! folders together:
//!
//! * **date**: the key's ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) equals the
//!   document date's `iso`.
//! * **type**: the document type is the key's `doc_type` or one of its
//!   `doc_type_alternatives`.
//! * **classification**: when the key states one, the document carries at least
//!   one marking of the classification kind (handling markings do not count).
//! * **senders / recipients**: a key name is found when an extracted actor's name
//!   or alias, both folded, equals it, one contains the other as whole words,
//!   or the key name's last word is one of the actor's words; the name
//!   without a role the key notes in brackets after it (`Vaclav David
//!   (Minister of Foreign Affairs)`) counts as well.
//! * **people** (strict, as a user judges a row): found when a person mention's
//!   text, value or entity name, folded, reads as the key name, one of its
//!   aliases, or the last word (surname) of either.
//! * **places**: the same without the surname rule.
//! * **organizations**: an organization mention reads as the key string or one
//!   of its `organization_aliases`, or one contains the other as whole words.
//! * **person precision**: of the distinct folded texts of the person mentions,
//!   the share that read as a key person's name, alias or surname, or have a
//!   word of three or more letters that is a key person's surname or alias word.
//!
//! Values wrapped as `{"value": …, "uncertain": true}` count as their value;
//! `null` values are not counted. `cargo xtask eval --misses` also prints what
//! each document missed; `--only-dev` runs this scoring alone.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use anyhow::{Context, Result};
use dossier_model::{EnrichedDoc, MarkingKind, MentionKind};
use serde_json::{Value, json};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::eval::run_pipeline_bytes;

/// The folder holding one sub-folder per region, each with a `key.json`.
pub(crate) const DEV_DIR: &str = "corpus/wilson-dev";

/// Folds a name for comparison: compatibility-decomposed, accents dropped,
/// lowercased, apostrophes removed, hyphens, periods and dashes made spaces,
/// white space collapsed. `Pel'she` and `Pelshe`, `Kim Il-sung` and
/// `kim il sung`, `L.I. BREZHNEV` and `l i brezhnev` fold alike.
pub(crate) fn fold(text: &str) -> String {
    // The gazetteer's ascii_fold spells out the letters Unicode does not
    // decompose (ł, ø, ß), which matter for Polish and Nordic names.
    let spelled = dossier_gazetteer::ascii_fold(text);
    // Apostrophes go before decomposition: NFKD turns `´` into a space and a
    // combining accent, which would split `don´t` into two words.
    let kept: String = spelled.chars().filter(|ch| !matches!(ch, '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | '`' | '´')).collect();
    let mut folded = String::with_capacity(kept.len());
    // Lowercasing can itself yield a combining mark (`İ` → `i̇`), so marks are
    // dropped after it.
    for ch in kept.nfkd().flat_map(char::to_lowercase) {
        if is_combining_mark(ch) {
            continue;
        }
        if ch.is_whitespace() || matches!(ch, '-' | '.' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−') {
            folded.push(' ');
        } else {
            folded.push(ch);
        }
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of a folded name, with editorial brackets and commas trimmed from
/// their ends, so `[manuel] cervantes` has the words `manuel` and `cervantes`.
fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty())
}

/// The last word of a folded name: its surname, in the key's name order. A
/// generational suffix is no surname (`George B. Murphy, Jr.` → `murphy`).
fn last_word(folded: &str) -> Option<&str> {
    words(folded).filter(|w| !dossier_lexicon::NAME_SUFFIXES.contains(w)).last()
}

/// True when `outer` holds `inner` as a run of whole words.
fn contains_words(outer: &str, inner: &str) -> bool {
    !inner.is_empty() && format!(" {outer} ").contains(&format!(" {inner} "))
}

/// A person, place or organization of the key with the spellings it may be
/// found under.
#[derive(Debug, Clone, Default)]
pub(crate) struct KeyName {
    name: String,
    aliases: Vec<String>,
}

impl KeyName {
    /// The name and its aliases, folded, without empties.
    fn folded_forms(&self) -> Vec<String> {
        std::iter::once(&self.name).chain(&self.aliases).map(|s| fold(s)).filter(|s| !s.is_empty()).collect()
    }
}

/// What a key person may be recognised by, all folded.
#[derive(Debug, Default)]
pub(crate) struct PersonForms {
    /// The name and each alias.
    full: BTreeSet<String>,
    /// The last word of the name and of each alias.
    surnames: BTreeSet<String>,
    /// Every word of every alias.
    alias_words: BTreeSet<String>,
}

impl PersonForms {
    pub(crate) fn new(person: &KeyName) -> PersonForms {
        let mut forms = PersonForms::default();
        for form in person.folded_forms() {
            forms.surnames.extend(last_word(&form).map(str::to_owned));
            forms.full.insert(form);
        }
        for alias in &person.aliases {
            forms.alias_words.extend(words(&fold(alias)).map(str::to_owned));
        }
        forms
    }

    /// The strict rule: a mention form reads as the name, an alias, or a surname.
    pub(crate) fn found_by(&self, mention_forms: &BTreeSet<String>) -> bool {
        mention_forms.iter().any(|m| self.full.contains(m) || self.surnames.contains(m))
    }

    /// The precision rule for one folded mention text.
    fn admits(&self, text: &str) -> bool {
        self.full.contains(text)
            || self.surnames.contains(text)
            || words(text)
                .filter(|w| w.chars().count() >= 3)
                .any(|w| self.surnames.contains(w) || self.alias_words.contains(w))
    }
}

/// One hand-read entry of a `key.json`, with uncertain values unwrapped.
#[derive(Debug, Default)]
pub(crate) struct KeyEntry {
    /// Path from the repository root.
    pub(crate) file: String,
    date: Option<String>,
    /// `doc_type` first, then the alternatives.
    doc_types: Vec<String>,
    senders: Vec<String>,
    recipients: Vec<String>,
    classification: Option<String>,
    pub(crate) people: Vec<KeyName>,
    places: Vec<KeyName>,
    organizations: Vec<KeyName>,
}

/// The value itself, or the `value` of a `{"value": …, "uncertain": true}` wrapper.
fn plain(value: &Value) -> &Value {
    match value {
        Value::Object(map) if map.contains_key("value") => plain(&map["value"]),
        _ => value,
    }
}

/// A string value, unwrapped; `None` for null or anything that is not text.
fn text_of(value: Option<&Value>) -> Option<String> {
    value.map(plain).and_then(Value::as_str).map(str::to_owned)
}

/// A list of strings (or a single string), each item unwrapped; nulls skipped.
fn texts_of(value: Option<&Value>) -> Vec<String> {
    match value.map(plain) {
        Some(Value::Array(items)) => items.iter().filter_map(|v| plain(v).as_str().map(str::to_owned)).collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// The `people` or `places` list: `{name, aliases}` objects, unwrapped.
fn names_of(value: Option<&Value>) -> Vec<KeyName> {
    let Some(Value::Array(items)) = value.map(plain) else { return Vec::new() };
    items
        .iter()
        .filter_map(|item| {
            let item = plain(item);
            let name = text_of(item.get("name"))?;
            Some(KeyName { name, aliases: texts_of(item.get("aliases")) })
        })
        .collect()
}

impl KeyEntry {
    fn from_json(entry: &Value) -> Result<KeyEntry> {
        let file = text_of(entry.get("file")).context("key entry without `file`")?;
        let mut doc_types: Vec<String> = text_of(entry.get("doc_type")).into_iter().collect();
        doc_types.extend(texts_of(entry.get("doc_type_alternatives")));
        // Some bodies are written several ways; the key lists the other
        // spellings under `organization_aliases`, and any of them may be found.
        let organization_aliases = entry.get("organization_aliases").map(plain);
        let organizations = texts_of(entry.get("organizations"))
            .into_iter()
            .map(|name| {
                let aliases = texts_of(organization_aliases.and_then(|m| m.get(&name)));
                KeyName { name, aliases }
            })
            .collect();
        Ok(KeyEntry {
            date: text_of(entry.get("date")),
            doc_types,
            senders: texts_of(entry.get("senders")),
            recipients: texts_of(entry.get("recipients")),
            classification: text_of(entry.get("classification")),
            people: names_of(entry.get("people")),
            places: names_of(entry.get("places")),
            organizations,
            file,
        })
    }
}

/// Reads the entries of one `key.json`.
pub(crate) fn read_key(path: &Path) -> Result<Vec<KeyEntry>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading `{}`", path.display()))?;
    let key: Value = serde_json::from_str(&text).with_context(|| format!("parsing `{}`", path.display()))?;
    key.get("documents")
        .and_then(Value::as_array)
        .with_context(|| format!("`{}` has no `documents` list", path.display()))?
        .iter()
        .map(|entry| KeyEntry::from_json(entry).with_context(|| format!("in `{}`", path.display())))
        .collect()
}

/// The region folders that hold a `key.json`, sorted.
pub(crate) fn dev_folders(root: &Path) -> Result<Vec<String>> {
    let dir = root.join(DEV_DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(Vec::new()) };
    let mut folders = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("reading `{}`", dir.display()))?;
        if entry.path().join("key.json").is_file() {
            folders.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    folders.sort();
    Ok(folders)
}

/// How many key values were counted and how many of them were found.
#[derive(Debug, Default, Clone, Copy)]
struct Hits {
    n: usize,
    found: usize,
}

impl Hits {
    fn count(&mut self, found: bool) {
        self.n += 1;
        self.found += usize::from(found);
    }

    fn add(&mut self, other: Hits) {
        self.n += other.n;
        self.found += other.found;
    }

    fn ratio(self) -> f64 {
        if self.n == 0 { 0.0 } else { self.found as f64 / self.n as f64 }
    }

    /// `83.3% (30/36)`, or `–` when nothing was counted.
    fn cell(self) -> String {
        if self.n == 0 { "–".to_owned() } else { format!("{:.1}% ({}/{})", 100.0 * self.ratio(), self.found, self.n) }
    }

    fn to_json(self) -> Value {
        json!({"found": self.found, "n": self.n, "ratio": self.ratio()})
    }
}

/// The figures of one folder, or of all of them.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    n_records: usize,
    date: Hits,
    doc_type: Hits,
    classification: Hits,
    senders: Hits,
    recipients: Hits,
    people: Hits,
    places: Hits,
    organizations: Hits,
    /// `n` distinct person-mention texts, `found` of them matching the key.
    person_precision: Hits,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.n_records += other.n_records;
        self.date.add(other.date);
        self.doc_type.add(other.doc_type);
        self.classification.add(other.classification);
        self.senders.add(other.senders);
        self.recipients.add(other.recipients);
        self.people.add(other.people);
        self.places.add(other.places);
        self.organizations.add(other.organizations);
        self.person_precision.add(other.person_precision);
    }

    fn row(&self, label: &str) -> String {
        let cells = [
            self.date,
            self.doc_type,
            self.classification,
            self.senders,
            self.recipients,
            self.people,
            self.places,
            self.organizations,
            self.person_precision,
        ]
        .map(Hits::cell);
        format!("| {label} | {} | {} |", self.n_records, cells.join(" | "))
    }

    fn to_json(self) -> Value {
        json!({
            "n_records": self.n_records,
            "date": self.date.to_json(),
            "doc_type": self.doc_type.to_json(),
            "classification": self.classification.to_json(),
            "senders": self.senders.to_json(),
            "recipients": self.recipients.to_json(),
            "people": self.people.to_json(),
            "places": self.places.to_json(),
            "organizations": self.organizations.to_json(),
            "person_precision": self.person_precision.to_json(),
        })
    }
}

/// The scores of every folder, and what each document missed.
#[derive(Debug, Default)]
pub(crate) struct DevScores {
    folders: BTreeMap<String, Tally>,
    /// `(file, lines)` for every document that missed something, in key order.
    misses: Vec<(String, Vec<String>)>,
}

impl DevScores {
    fn all(&self) -> Tally {
        let mut all = Tally::default();
        for tally in self.folders.values() {
            all.add(tally);
        }
        all
    }

    /// The markdown table, one row per folder and one for all of them.
    pub(crate) fn table(&self) -> String {
        let mut out = String::new();
        if self.folders.is_empty() {
            let _ = writeln!(out, "Wilson dev keys: none found under `{DEV_DIR}/`");
            return out;
        }
        let _ = writeln!(out, "Wilson dev keys (`{DEV_DIR}/*/key.json`):");
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "| folder | records | date | type | classification | senders | recipients | people | places | organizations | person precision |"
        );
        let _ = writeln!(out, "|---|---|---|---|---|---|---|---|---|---|---|");
        for (folder, tally) in &self.folders {
            let _ = writeln!(out, "{}", tally.row(folder));
        }
        let _ = writeln!(out, "{}", self.all().row("**all**"));
        out
    }

    /// Each document's misses, one block per document.
    pub(crate) fn misses_report(&self) -> String {
        let mut out = String::new();
        for (file, lines) in &self.misses {
            let _ = writeln!(out, "{file}");
            for line in lines {
                let _ = writeln!(out, "  {line}");
            }
        }
        out
    }

    /// The figures for `target/eval.json`: one object per folder plus `all`.
    pub(crate) fn to_json(&self) -> Value {
        let mut map = serde_json::Map::new();
        for (folder, tally) in &self.folders {
            map.insert(folder.clone(), tally.to_json());
        }
        if !self.folders.is_empty() {
            map.insert("all".to_owned(), self.all().to_json());
        }
        Value::Object(map)
    }
}

/// Scores every key entry of every folder.
pub(crate) fn eval_dev(root: &Path) -> Result<DevScores> {
    let mut scores = DevScores::default();
    for folder in dev_folders(root)? {
        let entries = read_key(&root.join(DEV_DIR).join(&folder).join("key.json"))?;
        let mut tally = Tally::default();
        for entry in &entries {
            let path = root.join(&entry.file);
            let bytes = std::fs::read(&path).with_context(|| format!("reading `{}`", path.display()))?;
            // The path the CLI would give: relative to the corpus folder.
            let input_path = entry.file.strip_prefix("corpus/").unwrap_or(&entry.file);
            // One page's panic is a bug to report, not a reason to lose the
            // other 117 scores.
            let docs = catch_unwind(AssertUnwindSafe(|| run_pipeline_bytes(input_path, bytes)));
            let mut lines = Vec::new();
            let doc = match &docs {
                Ok(docs) if docs.is_empty() => {
                    lines.push("no document came out of the pipeline".to_owned());
                    None
                }
                Ok(docs) => docs.first(),
                Err(_) => {
                    lines.push("the pipeline panicked".to_owned());
                    None
                }
            };
            tally.add(&score_doc(entry, doc, &mut lines));
            if !lines.is_empty() {
                scores.misses.push((entry.file.clone(), lines));
            }
        }
        scores.folders.insert(folder, tally);
    }
    Ok(scores)
}

/// What another tool found in one page: the texts it tagged as people and as
/// places.
#[derive(Debug, Default, Clone)]
pub(crate) struct PeerFound {
    pub(crate) persons: Vec<String>,
    pub(crate) places: Vec<String>,
}

/// People and places of every key, found by dossier and by a peer tool
/// (`found`, by key `file`), scored by the same strict rules: one row per
/// folder and one for all, `| folder | records | people: dossier / peer |
/// places: dossier / peer |` with the margins in points.
pub(crate) fn peer_table(
    root: &Path,
    dossier: &DevScores,
    peer: &str,
    found: &BTreeMap<String, PeerFound>,
) -> Result<String> {
    let mut rows: Vec<(String, usize, Hits, Hits)> = Vec::new();
    for folder in dev_folders(root)? {
        let entries = read_key(&root.join(DEV_DIR).join(&folder).join("key.json"))?;
        let (mut people, mut places) = (Hits::default(), Hits::default());
        for entry in &entries {
            let got = found.get(&entry.file).cloned().unwrap_or_default();
            let person_forms: BTreeSet<String> =
                got.persons.iter().map(|t| fold(t)).filter(|s| !s.is_empty()).collect();
            let place_forms: BTreeSet<String> = got.places.iter().map(|t| fold(t)).filter(|s| !s.is_empty()).collect();
            for person in &entry.people {
                people.count(PersonForms::new(person).found_by(&person_forms));
            }
            for place in &entry.places {
                places.count(place.folded_forms().iter().any(|f| place_forms.contains(f)));
            }
        }
        rows.push((folder, entries.len(), people, places));
    }
    let mut out = String::new();
    let _ = writeln!(out, "| folder | records | people: dossier / {peer} | places: dossier / {peer} |");
    let _ = writeln!(out, "|---|---|---|---|");
    let (mut all_n, mut all_people, mut all_places) = (0, Hits::default(), Hits::default());
    let cell = |ours: Hits, theirs: Hits| {
        format!(
            "{:.1}% / {:.1}% ({:+.1})",
            100.0 * ours.ratio(),
            100.0 * theirs.ratio(),
            100.0 * (ours.ratio() - theirs.ratio())
        )
    };
    for (folder, n, people, places) in &rows {
        let ours = dossier.folders.get(folder).copied().unwrap_or_default();
        let _ = writeln!(out, "| {folder} | {n} | {} | {} |", cell(ours.people, *people), cell(ours.places, *places));
        all_n += n;
        all_people.add(*people);
        all_places.add(*places);
    }
    let ours = dossier.all();
    let _ =
        writeln!(out, "| **all** | {all_n} | {} | {} |", cell(ours.people, all_people), cell(ours.places, all_places));
    Ok(out)
}

/// The page of every key entry (its `file`, a path from the root), for a peer tool to read.
pub(crate) fn key_files(root: &Path) -> Result<Vec<String>> {
    let mut files = Vec::new();
    for folder in dev_folders(root)? {
        files.extend(read_key(&root.join(DEV_DIR).join(&folder).join("key.json"))?.into_iter().map(|e| e.file));
    }
    Ok(files)
}

/// The folded forms a mention may be recognised by: its text, its value and
/// the name of the entity it links to.
fn mention_forms(doc: &EnrichedDoc, kind: MentionKind) -> BTreeSet<String> {
    doc.mentions
        .iter()
        .filter(|m| m.kind() == kind)
        .flat_map(|m| [doc.text(m.evidence()), m.value()])
        .map(fold)
        .filter(|s| !s.is_empty())
        .collect()
}

/// True when an extracted actor (name or aliases, folded) reads as the key name.
fn actor_found(key_name: &str, actors: &[String]) -> bool {
    // `Vaclav David (Minister of Foreign Affairs)`: the reader's note of the
    // role in brackets after the name is not part of it.
    // (`Margaret Thatcher (UK Prime Minister) - the enclosed message` too.)
    let name = match key_name.split_once(" (") {
        Some((before, rest)) if rest.contains(')') && !before.trim().is_empty() => before,
        _ => key_name,
    };
    // `Jean-Daniel Jurgensen, French Ambassador to India, New Delhi`: the
    // reader's name, then the office after a comma (two words at least
    // before it, so a city alone never stands for the sender).
    let head = name.split_once(", ").map(|(h, _)| h).filter(|h| h.split_whitespace().count() >= 2);
    // All its words, not its last word alone (`Private Secretary to the State
    // President` is not any president).
    let head_found = |h: &str| {
        let want = fold(h);
        actors.iter().any(|got| contains_words(got, &want))
    };
    // `Józef Winiewicz, Deputy Minister of Foreign Affairs of Poland` against
    // `Deputy Minister Winiewicz`: a person before the comma counts by the
    // surname, as people do (never a body's head noun: `Polish Foreign
    // Ministry, Warsaw` is not any ministry).
    let surname_found = |h: &str| {
        reads_as_person(h) && {
            let want = fold(h);
            last_word(&want).is_some_and(|last| actors.iter().any(|got| words(got).any(|w| w == last)))
        }
    };
    name != key_name && name_found(name, actors)
        || name_found(key_name, actors)
        || head.is_some_and(|h| head_found(h) || surname_found(h))
}

/// Words of a key's name that make it a body or an office, not a person.
const BODY_WORDS: &[&str] = &[
    "affairs",
    "bureau",
    "committee",
    "consulate",
    "council",
    "delegation",
    "department",
    "directorate",
    "division",
    "embassy",
    "foreign",
    "government",
    "legation",
    "ministry",
    "mission",
    "office",
    "party",
    "politburo",
    "presidium",
    "secretariat",
    "section",
    "service",
    "state",
];

/// Lower-case particles inside a person's name (`Azeredo da Silveira`).
const NAME_PARTICLES: &[&str] =
    &["al", "bin", "da", "de", "del", "der", "di", "do", "dos", "du", "ibn", "la", "le", "van", "von"];

/// True when `name` (as the key writes it) reads as a person's name: two to
/// six capitalized words, initials or particles, none of them a body's word.
fn reads_as_person(name: &str) -> bool {
    let parts: Vec<&str> = name.split_whitespace().collect();
    (2..=6).contains(&parts.len())
        && parts.last().is_some_and(|w| w.starts_with(char::is_uppercase))
        && parts.iter().all(|w| {
            (w.starts_with(char::is_uppercase) || NAME_PARTICLES.contains(w))
                && !BODY_WORDS.contains(&w.to_lowercase().trim_end_matches(['.', ',']))
        })
}

/// True when an extracted actor reads as `key_name` as written.
fn name_found(key_name: &str, actors: &[String]) -> bool {
    // Commas part a name's pieces (`Polish Ministry of Foreign Affairs,
    // Warsaw`) like spaces.
    let uncomma = |s: &str| s.split([' ', ',']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    let want = uncomma(&fold(key_name));
    let Some(want_last) = last_word(&want) else { return false };
    actors.iter().map(|got| uncomma(got)).any(|got| {
        got == want || contains_words(&got, &want) || contains_words(&want, &got) || words(&got).any(|w| w == want_last)
    })
}

/// Scores one document against its key entry; appends what it missed to `lines`.
/// With no document (nothing parsed, or a panic) every counted value is missed.
fn score_doc(key: &KeyEntry, doc: Option<&EnrichedDoc>, lines: &mut Vec<String>) -> Tally {
    let mut tally = Tally { n_records: 1, ..Tally::default() };

    if let Some(want) = &key.date {
        let got = doc.and_then(|d| d.doc.date.as_ref()).and_then(|d| d.value.iso.clone());
        let ok = got.as_deref() == Some(want.as_str());
        tally.date.count(ok);
        if !ok {
            lines.push(format!("date: got {}, want {want}", got.as_deref().unwrap_or("none")));
        }
    }

    if let Some(want) = key.doc_types.first() {
        let got = doc.map(|d| d.doc_type.value.as_str());
        let ok = got.is_some_and(|g| key.doc_types.iter().any(|t| t == g));
        tally.doc_type.count(ok);
        if !ok {
            let also = if key.doc_types.len() > 1 {
                format!(" (or {})", key.doc_types[1..].join(", "))
            } else {
                String::new()
            };
            lines.push(format!("type: got {}, want {want}{also}", got.unwrap_or("none")));
        }
    }

    let classifications: Vec<&str> = doc
        .map(|d| {
            d.markings
                .iter()
                .filter(|m| m.value.kind == MarkingKind::Classification)
                .map(|m| m.value.label.as_str())
                .collect()
        })
        .unwrap_or_default();
    match &key.classification {
        Some(want) => {
            tally.classification.count(!classifications.is_empty());
            if classifications.is_empty() {
                lines.push(format!("classification: missing {want:?}"));
            }
        }
        // Not scored, but worth seeing: precedence lines read as classifications.
        None if !classifications.is_empty() => {
            lines.push(format!("classification: found {} where the key has none", classifications.join(", ")));
        }
        None => {}
    }

    for (role, want, actors, hits) in [
        ("sender", &key.senders, doc.map(|d| &d.senders), &mut tally.senders),
        ("recipient", &key.recipients, doc.map(|d| &d.recipients), &mut tally.recipients),
    ] {
        let got: Vec<String> = actors
            .into_iter()
            .flatten()
            .flat_map(|a| std::iter::once(&a.value.name).chain(&a.value.aliases))
            .map(|s| fold(s))
            .filter(|s| !s.is_empty())
            .collect();
        for name in want {
            let ok = actor_found(name, &got);
            hits.count(ok);
            if !ok {
                let seen = actors.into_iter().flatten().map(|a| a.value.name.as_str()).collect::<Vec<_>>();
                lines.push(format!("{role}: missing {name:?} (found {seen:?})"));
            }
        }
    }

    let people_forms = doc.map(|d| mention_forms(d, MentionKind::Person)).unwrap_or_default();
    let persons: Vec<PersonForms> = key.people.iter().map(PersonForms::new).collect();
    for (person, forms) in key.people.iter().zip(&persons) {
        let ok = forms.found_by(&people_forms);
        tally.people.count(ok);
        if !ok {
            lines.push(format!("person: missing {} (aliases {:?})", person.name, person.aliases));
        }
    }

    let place_forms = doc.map(|d| mention_forms(d, MentionKind::Place)).unwrap_or_default();
    for place in &key.places {
        let ok = place.folded_forms().iter().any(|f| place_forms.contains(f));
        tally.places.count(ok);
        if !ok {
            lines.push(format!("place: missing {} (aliases {:?})", place.name, place.aliases));
        }
    }

    let org_forms = doc.map(|d| mention_forms(d, MentionKind::Organization)).unwrap_or_default();
    for org in &key.organizations {
        let ok = org
            .folded_forms()
            .iter()
            .any(|want| org_forms.iter().any(|got| contains_words(got, want) || contains_words(want, got)));
        tally.organizations.count(ok);
        if !ok {
            lines.push(format!("organization: missing {}", org.name));
        }
    }

    // Precision over distinct texts, so a name repeated ten times counts once
    // either way.
    let texts: BTreeSet<String> = doc
        .map(|d| {
            d.mentions
                .iter()
                .filter(|m| m.kind() == MentionKind::Person)
                .map(|m| fold(d.text(m.evidence())))
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();
    for text in &texts {
        let ok = persons.iter().any(|p| p.admits(text));
        tally.person_precision.count(ok);
        if !ok {
            lines.push(format!("false person: {text:?}"));
        }
    }
    tally
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_fold(text: &str, expected: &str) {
        assert_eq!(fold(text), expected, "fold of {text:?}");
    }

    fn person(name: &str, aliases: &[&str]) -> PersonForms {
        PersonForms::new(&KeyName { name: name.to_owned(), aliases: aliases.iter().map(|a| (*a).to_owned()).collect() })
    }

    fn check_found(forms: &PersonForms, mention: &str, expected: bool) {
        let mention_forms: BTreeSet<String> = [fold(mention)].into();
        assert_eq!(forms.found_by(&mention_forms), expected, "person found by {mention:?}");
    }

    #[test]
    fn fold_drops_accents_case_and_punctuation() {
        check_fold("Arvīds Pelše", "arvids pelse");
        check_fold("A. Pel'she", "a pelshe");
        check_fold("A. Pel’she", "a pelshe");
        check_fold("don´t", "dont");
        check_fold("L.I.  BREZHNEV", "l i brezhnev");
        check_fold("Kim Il-sung", "kim il sung");
        check_fold("Wałęsa", "walesa");
        check_fold("Leopoldo\u{a0}Cintra Frías", "leopoldo cintra frias");
        check_fold("Ｋｉｍ — Ｉｌ", "kim il");
        check_fold(" [Manuel] Cervantes ", "[manuel] cervantes");
    }

    #[test]
    fn person_found_by_name_alias_or_surname() {
        let brezhnev = person("Leonid Brezhnev", &["L.I. BREZHNEV", "L. Brezhnev"]);
        check_found(&brezhnev, "Leonid Brezhnev", true);
        check_found(&brezhnev, "L. I. Brezhnev", true);
        check_found(&brezhnev, "BREZHNEV", true);
        check_found(&brezhnev, "Leonid", false);
        check_found(&brezhnev, "Brezhnev's", false);

        let cervantes = person("Manuel Cervantes", &["[Manuel] Cervantes"]);
        check_found(&cervantes, "[Manuel] Cervantes", true);
        check_found(&cervantes, "Cervantes", true);

        // A nickname alias is matched whole.
        let colome = person("Abelardo Colomé Ibarra", &["Furry", "Abelardo Colomé Ibarra"]);
        check_found(&colome, "Furry", true);
        check_found(&colome, "Colome Ibarra", false);
        check_found(&colome, "Ibarra", true);

        // A generational suffix is no surname (wilson-dev east-asia-br, the
        // AKFIC letter of 1974).
        let murphy = person("George B. Murphy, Jr.", &["George B. Murphy, Jr."]);
        check_found(&murphy, "Murphy", true);
        check_found(&murphy, "Jr.", false);
    }

    #[test]
    fn precision_admits_surname_words_only() {
        let people = [person("Zhou Enlai", &["[Zhou] Enlai", "Premier Zhou"]), person("Kim Il Sung", &["Kim Il Sung"])];
        let admits = |text: &str| people.iter().any(|p| p.admits(&fold(text)));
        assert!(admits("Zhou Enlai"));
        assert!(admits("Premier Zhou Enlai"));
        assert!(admits("Comrade Kim Il Sung"));
        assert!(admits("Zhou"));
        // Words shorter than three letters do not vouch for a text on their own.
        assert!(!admits("Il Park"));
        assert!(!admits("Mao Zedong"));
    }

    #[test]
    fn actors_match_by_words_or_last_word() {
        let got = [fold("Ministry of Foreign Affairs of the DPRK"), fold("Comrade Gromyko")];
        assert!(actor_found("Ministry of Foreign Affairs", &got));
        assert!(actor_found("Andrei Gromyko", &got));
        assert!(!actor_found("Foreign Minister", &got));
        assert!(!actor_found("Ministry", &[fold("Ministries")]));
        // The name before the office the reader added after a comma.
        let got = [fold("French Ambassador Jean-Daniel Jurgensen")];
        assert!(actor_found("Jean-Daniel Jurgensen, French Ambassador to India, New Delhi (signature)", &got));
        // A person before the comma counts by the surname; a body never by its
        // head noun.
        assert!(actor_found(
            "Józef Winiewicz, Deputy Minister of Foreign Affairs of Poland",
            &[fold("Deputy Minister Winiewicz")]
        ));
        assert!(actor_found("V. I. Ivanov, Ambassador of the USSR in the DPRK", &[fold("Ivanov V.I.")]));
        assert!(!actor_found("Polish Foreign Ministry, Warsaw", &[fold("Czechoslovak Ministry")]));
        assert!(actor_found(
            "Antonio Francisco Azeredo da Silveira, Minister of External Relations of Brazil",
            &[fold("Foreign Minister Azeredo da Silveira")]
        ));
        let got = [fold("South African President P.W. Botha")];
        assert!(!actor_found("Private Secretary to the State President, Tunyhuys, Cape Town (unnamed)", &got));
    }

    #[test]
    fn uncertain_values_are_unwrapped() {
        let entry = json!({
            "file": "corpus/x.txt",
            "date": {"value": "1989", "uncertain": true, "note": "citation"},
            "doc_type": "note",
            "recipients": {"value": ["Puja", "Marjai"], "uncertain": true},
            "senders": [{"value": "Galili", "uncertain": true}, null],
            "classification": null,
            "people": [{"name": "Jorge Risquet", "aliases": ["Risquet"]}],
            "organizations": ["Korean Workers' Party"],
            "organization_aliases": {"Korean Workers' Party": ["KWP"]},
        });
        let key = KeyEntry::from_json(&entry).unwrap();
        assert_eq!(key.date.as_deref(), Some("1989"));
        assert_eq!(key.recipients, ["Puja", "Marjai"]);
        assert_eq!(key.senders, ["Galili"]);
        assert_eq!(key.classification, None);
        assert_eq!(key.people[0].aliases, ["Risquet"]);
        assert_eq!(key.organizations[0].aliases, ["KWP"]);
    }

    /// The keys promise that every file exists and every person alias occurs
    /// verbatim in its file. A missing file fails; an alias that does not occur
    /// is listed on stderr, since the key, not the code, would be at fault.
    #[test]
    fn dev_keys_point_at_their_files() {
        let root = crate::workspace_root();
        let mut missing_files = Vec::new();
        let mut missing_aliases = Vec::new();
        for folder in dev_folders(&root).unwrap() {
            for entry in read_key(&root.join(DEV_DIR).join(&folder).join("key.json")).unwrap() {
                let Ok(text) = std::fs::read_to_string(root.join(&entry.file)) else {
                    missing_files.push(entry.file.clone());
                    continue;
                };
                for person in &entry.people {
                    for alias in person.aliases.iter().filter(|a| !text.contains(a.as_str())) {
                        missing_aliases.push(format!("{}: {alias:?} ({})", entry.file, person.name));
                    }
                }
            }
        }
        for line in &missing_aliases {
            eprintln!("alias not in its file: {line}");
        }
        assert!(missing_files.is_empty(), "key files that do not exist: {missing_files:?}");
    }
}
