//! People linked to the Office of the Historian's people database
//! (`dossier-authority`), by the source's own markup: a FRUS `persName`
//! whose `@corresp` names an entry of its volume's List of Persons, which the
//! database ties to one person (`frus1961-63v22` `p_RD1` → `111738`, Dean
//! Rusk). The mention's method stays `markup` (or `title`, for a `persName` in
//! the heading); the link adds the database id, the POCOM id, the VIAF id and
//! the birth and death years to its entity.
//!
//! Within one document, a link also goes to every other mention of the same
//! entity (`Rusk` after `Dean Rusk`), unless the markup links that entity to
//! two different persons, in which case only the marked mentions keep theirs.
//!
//! Names in any text link too ([`link_names`]): an entity named in full
//! (`Dean Rusk`, `Samuel D. Berger`) is the database person whose name forms
//! fold to the same key and who was an adult and alive in the document's year,
//! when exactly one person is; with more than one candidate the entity is not
//! linked and a diagnostic lists them (a wrong link is worse than none).
//!
//! Office holders by date (`the Secretary`) are read in [`super::offices`].

use std::collections::{BTreeMap, BTreeSet};

use dossier_lexicon::HashMap;
use std::sync::LazyLock;

use dossier_model::{ActorKind, Diagnostic, Format, MarkupKind, MentionKind, NormalizedDoc, PersonLink, TextField};

use super::{Actors, Found};
use crate::lexicon::{HONORIFICS, NAME_SUFFIXES, SPOUSE_TITLES, TITLE_WORDS};

/// How many candidates an ambiguity diagnostic names.
const MAX_LISTED_CANDIDATES: usize = 5;

/// How old a person must be, in the document's year, to be named in it as an
/// actor rather than a child.
const ADULT_AGE: i32 = 18;

/// The words of a name after its titles (`Magruder, Lieutenant General
/// Carter B.`, `Prime Minister Il Kwon Chung`), suffixes (`Jr.`) left out.
fn untitled(words: &str) -> Vec<&str> {
    words
        .split_whitespace()
        .skip_while(|w| {
            let lower = w.to_lowercase();
            HONORIFICS.contains(lower.as_str()) || TITLE_WORDS.contains(lower.as_str())
        })
        .filter(|w| !NAME_SUFFIXES.contains(w.trim_end_matches('.').to_lowercase().as_str()))
        .collect()
}

/// The full-name forms a database name is written in running text:
/// `Rusk, David Dean` gives `David Rusk`, `David Dean Rusk`, `Dean Rusk` (a
/// middle name used as the first) and `David D. Rusk`. A name without a
/// comma is its own only form.
fn name_forms(name: &str) -> Vec<String> {
    // `Chang Yo-yong (Chang Do Young)`: two spellings.
    if let Some((before, after)) = name.split_once(" (")
        && let Some(inner) = after.strip_suffix(')')
    {
        let mut forms = name_forms(before);
        forms.extend(name_forms(inner));
        return forms;
    }
    // `Madame Chiang Kai-shek`: a wife named by her husband's name.
    if name.split_whitespace().next().is_some_and(|w| SPOUSE_TITLES.contains(w.to_lowercase().as_str())) {
        return Vec::new();
    }
    let Some((surname, given)) = name.split_once(", ") else { return vec![untitled(name).join(" ")] };
    let given = untitled(given);
    // `Chiang Kai-shek, Madame`: a title of someone else's name, not a form
    // of this person's own.
    if given.is_empty() {
        return Vec::new();
    }
    let first = given[0];
    let mut forms = vec![format!("{first} {surname}")];
    if given.len() > 1 {
        forms.push(format!("{} {surname}", given.join(" ")));
        let initials: Vec<String> =
            given[1..].iter().filter_map(|w| w.chars().next()).map(|c| format!("{c}.")).collect();
        forms.push(format!("{first} {} {surname}", initials.join(" ")));
        for middle in &given[1..] {
            if middle.trim_end_matches('.').chars().count() > 1 {
                forms.push(format!("{middle} {surname}"));
            }
        }
    }
    let mut seen = BTreeSet::new();
    forms.retain(|form| seen.insert(form.clone()));
    forms
}

/// Every name a person of the database is recorded under: the preferred one
/// and the other spellings.
fn recorded_names(person: &dossier_authority::Person) -> impl Iterator<Item = &str> {
    std::iter::once(person.name.as_str()).chain(person.other_names.iter().map(String::as_str))
}

/// The database's people by name, built on first use (one pass, about a
/// quarter of a second in a release build): by the keys of their full-name
/// forms (as [`super::names::compute_person_key`] folds them; initials drop
/// out of a key), and by the key of their recorded surname (the part before
/// the comma, or the surname of a name of two words or more written without
/// one).
struct NameIndex {
    full: HashMap<String, Vec<u32>>,
    surname: HashMap<String, Vec<u32>>,
}

static NAMES: LazyLock<NameIndex> = LazyLock::new(|| {
    let mut index = NameIndex { full: HashMap::default(), surname: HashMap::default() };
    let add = |map: &mut HashMap<String, Vec<u32>>, key: String, hsg_id: u32| {
        let ids = map.entry(key).or_default();
        if !ids.contains(&hsg_id) {
            ids.push(hsg_id);
        }
    };
    for person in dossier_authority::PeopleAuthority::bundled().people() {
        for recorded in recorded_names(person) {
            for form in name_forms(recorded) {
                let key = super::names::compute_person_key(&form);
                if key.key.contains(' ') {
                    add(&mut index.full, key.key, person.hsg_id);
                }
            }
            let surname = match recorded.split_once(", ") {
                Some((surname, given)) if !untitled(given).is_empty() => super::names::compute_person_key(surname).key,
                Some(_) => continue,
                // A name of one word (`Ivanov`, `Peter II`) does not say it is a surname.
                None if untitled(recorded).len() < 2 => continue,
                None => super::names::compute_person_key(&untitled(recorded).join(" ")).surname,
            };
            if !surname.is_empty() && !surname.contains(' ') {
                add(&mut index.surname, surname, person.hsg_id);
            }
        }
    }
    index
});

/// The first letters of the given names or initials of a full name (`J`, `F`
/// of `John F. Kennedy`, `F` of `F. Kuznetsov`), upper case.
fn given_initials(name: &str) -> Vec<char> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some((_, given)) = words.split_last() else { return Vec::new() };
    given.iter().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect()
}

/// True when the given names or initials of `name` (if it has any) agree,
/// in order, with the given names of one of the person's recorded names:
/// `John F. Kennedy` is `Kennedy, John F.`, not `Kennedy, John J.`, and `F.
/// Kuznetsov` is no `Kuznetsov, Nikolay Gerasimovich`. Only names recorded as
/// `Surname, Given` say which words are given names; a person recorded in no
/// such form (`Park Chung Hee`) is not ruled out.
fn initials_agree(name: &str, person: &dossier_authority::Person) -> bool {
    let wanted = given_initials(name);
    let mut split = recorded_names(person).filter_map(|recorded| recorded.split_once(", ")).peekable();
    wanted.is_empty()
        || split.peek().is_none()
        || split.any(|(_, given)| {
            let mut have = untitled(given).into_iter().filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase());
            wanted.iter().all(|c| have.any(|h| h == c.to_ascii_uppercase()))
        })
}

/// True when a title the document gives a person (`gen`, `amb`, as
/// `People` reads them; `comrade` fits nobody) is one the database records
/// for `person`: the word in
/// one of its recorded names (`Magruder, Lieutenant General Carter B.`), or,
/// for an ambassador, a POCOM entry (chiefs of mission are there).
fn titles_fit(titles: &BTreeSet<&'static str>, person: &dossier_authority::Person) -> bool {
    titles.iter().any(|&title| {
        let words: &[&str] = match title {
            "gen" => &["general"],
            "lt" => &["lieutenant"],
            "maj" => &["major"],
            "col" => &["colonel"],
            "adm" => &["admiral"],
            "amb" => &["ambassador"],
            "president" => &["president"],
            "premier" => &["premier", "prime"],
            "chairman" => &["chairman"],
            "minister" => &["minister"],
            "secretary" => &["secretary"],
            _ => &[],
        };
        (title == "amb" && person.pocom_id.is_some())
            || recorded_names(person).any(|name| {
                name.split_whitespace()
                    .any(|w| words.contains(&w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase().as_str()))
            })
    })
}

/// A name folded for an exact comparison: letters and digits only, lower case,
/// accents removed.
pub(crate) fn folded(name: &str) -> String {
    dossier_gazetteer::ascii_fold(name).chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// True when one of the person's recorded names, in one of its full forms, is
/// written exactly as `name` (letters only): `Park Chung Hee` as the database
/// writes it, where `Pak Chōng-hŭi` only folds to the same key.
fn written_exactly(name: &str, person: &dossier_authority::Person) -> bool {
    let want = folded(name);
    recorded_names(person).flat_map(name_forms).any(|form| folded(&form) == want)
}

/// True when the person could act in a document of `year`: an adult, and
/// alive (unknown years do not rule a person out).
fn active_in(hsg_id: u32, year: i32) -> bool {
    dossier_authority::person(hsg_id).is_some_and(|p| {
        p.birth_year.is_none_or(|born| born + ADULT_AGE <= year) && p.death_year.is_none_or(|died| died >= year)
    })
}

/// True when `word` is the recorded surname of a person of the database who
/// was an adult and alive in `year` (any year when the date is unknown): one
/// signal, never enough alone, that a capitalized word in a person's context
/// (`Rostow disagreed`, `a memorandum from Lemnitzer to McNamara`) is a name.
pub(crate) fn is_recorded_surname(word: &str, year: Option<i32>) -> bool {
    let key = super::names::compute_person_key(word).key;
    NAMES.surname.get(&key).is_some_and(|ids| ids.iter().any(|&id| year.is_none_or(|y| active_in(id, y))))
}

/// Links the person entities of `found` that no markup linked, by the name
/// they are known by in this document (two words or more) and the document's
/// `year`; returns a diagnostic for each name that fits several persons.
pub(crate) fn link_names(
    year: Option<i32>,
    date: Option<&str>,
    titles: &HashMap<String, BTreeSet<&'static str>>,
    found: &mut [Found],
) -> Vec<Diagnostic> {
    let mut decided: BTreeMap<String, Option<u32>> = BTreeMap::new();
    let mut diagnostics = Vec::new();
    // Full names first, then surnames alone, which may lean on the people the
    // full names linked (`named`).
    let mut named: Vec<u32> = Vec::new();
    for full_names in [true, false] {
        if !full_names {
            named = found.iter().filter_map(|f| f.entity.person_link.as_ref().map(|l| l.hsg_id)).collect();
            named.sort_unstable();
            named.dedup();
        }
        for f in found.iter_mut() {
            if f.kind != MentionKind::Person || f.entity.person_link.is_some() {
                continue;
            }
            if super::names::person_key(&f.entity.canonical_name).key.contains(' ') != full_names {
                continue;
            }
            let hsg_id = *decided.entry(f.entity.id.clone()).or_insert_with(|| {
                let name = f.entity.canonical_name.as_str();
                let key = super::names::person_key(name);
                // A name of one word is a surname: the database persons of that
                // surname are its candidates.
                let index = if key.key.contains(' ') { &NAMES.full } else { &NAMES.surname };
                let mut candidates: Vec<u32> = index
                    .get(&key.key)
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&id| year.is_none_or(|y| active_in(id, y)))
                    // Given names first only (`Chiang Ching-kuo` puts the surname first).
                    .filter(|&id| {
                        key.style != super::names::NameStyle::Other
                            || dossier_authority::person(id).is_some_and(|p| initials_agree(name, p))
                    })
                    .collect();

                // Of several, the one the document's titles fit (`General
                // Magruder`: the Magruder recorded as a general; `Ambassador
                // Berger`: the Berger who led a mission).
                let named_with = titles.get(&f.entity.id);
                if candidates.len() > 1
                    && let Some(named_with) = named_with
                {
                    let fitting: Vec<u32> = candidates
                        .iter()
                        .copied()
                        .filter(|&id| dossier_authority::person(id).is_some_and(|p| titles_fit(named_with, p)))
                        .collect();
                    if !fitting.is_empty() {
                        candidates = fitting;
                    }
                }
                // Of several, the one who held an office of the Department of
                // State on the document's date (`Parsons` in 1961: J. Graham
                // Parsons, Assistant Secretary, then Ambassador to Sweden).
                if candidates.len() > 1
                    && let Some(date) = date
                {
                    let in_office: Vec<u32> = candidates
                        .iter()
                        .copied()
                        .filter(|&id| {
                            dossier_authority::person(id)
                                .and_then(|p| p.pocom_id.as_deref())
                                .is_some_and(|pocom| dossier_authority::holds_office(pocom, date))
                        })
                        .collect();
                    if in_office.len() == 1 {
                        candidates = in_office;
                    }
                }
                // Of several, those that a Foreign Relations volume of the
                // document's years lists (`McNamara` in 1961: Robert S., not
                // Francis Terry; `Rostow`: Walt, whom the 1961–63 volumes list,
                // not Eugene, listed from 1964).
                if candidates.len() > 1
                    && let Some(y) = year
                {
                    let listed: Vec<u32> =
                        candidates.iter().copied().filter(|&id| dossier_authority::listed_in_year(id, y)).collect();
                    if !listed.is_empty() {
                        candidates = listed;
                    }
                }
                // Of several, the one recorded exactly as written (the database
                // keeps some people twice, under two romanizations).
                if candidates.len() > 1 {
                    let exact: Vec<u32> = candidates
                        .iter()
                        .copied()
                        .filter(|&id| dossier_authority::person(id).is_some_and(|p| written_exactly(name, p)))
                        .collect();
                    if exact.len() == 1 {
                        candidates = exact;
                    }
                }
                // A surname alone is a weak key: the database holds a fraction of
                // the world's Chens and Abes. The one person it fits is linked only
                // when the document's titles for it fit the person (`General
                // Damm` of the Stasi is no Ambassador von Damm), or, named without
                // a title, when a principal officer or chief of mission of the
                // Department of State (the database's own people: `McConaughy`).
                // And only a person whose birth year the database knows, so that
                // the document's date has ruled out the namesakes of other times.
                if !key.key.contains(' ')
                    && let [one] = candidates.as_slice()
                    && !dossier_authority::person(*one).is_some_and(|p| {
                        let comrade = named_with.is_some_and(|t| t.contains("comrade"));
                        // Or a Foreign Relations volume of the document's years
                        // lists the person with someone the document names in
                        // full (`Magruder` beside Samuel D. Berger, both in the
                        // 1961–63 Korea volume), a surname of no East Asian
                        // shape (too many share those).
                        let surname = key.key.as_str();
                        let east_asian = key.style != super::names::NameStyle::Other
                            || crate::lexicon::CHINESE_SURNAMES.contains(surname)
                            || crate::lexicon::KOREAN_SURNAMES.contains_key(surname)
                            || crate::lexicon::VIETNAMESE_SURNAMES.contains(surname);
                        // An East Asian surname needs two such people.
                        let needed = if east_asian { 2 } else { 1 };
                        let listed = year.is_some_and(|y| {
                            named
                                .iter()
                                .filter(|&&n| n != p.hsg_id && dossier_authority::listed_together(p.hsg_id, n, y))
                                .take(needed)
                                .count()
                                == needed
                        });
                        (p.birth_year.is_some()
                            && match named_with.filter(|t| t.iter().any(|&t| t != "comrade")) {
                                Some(titles) => titles_fit(titles, p),
                                // A party comrade is no officer of the Department of State.
                                None => p.pocom_id.is_some() && !comrade,
                            })
                            || listed && !comrade
                    })
                {
                    candidates.clear();
                }
                match candidates.as_slice() {
                    [one] => Some(*one),
                    [] => None,
                    several => {
                        let mut names: Vec<String> = several
                            .iter()
                            .take(MAX_LISTED_CANDIDATES)
                            .filter_map(|&id| dossier_authority::person(id).map(|p| format!("{} ({id})", p.name)))
                            .collect();
                        if several.len() > MAX_LISTED_CANDIDATES {
                            names.push("…".to_owned());
                        }
                        diagnostics.push(Diagnostic::info(
                            "person_link_ambiguous",
                            format!(
                                "`{}` fits {} persons of the people database{}: {}; left unlinked",
                                f.entity.canonical_name,
                                several.len(),
                                year.map(|y| format!(" active in {y}")).unwrap_or_default(),
                                names.join(", ")
                            ),
                        ));
                        None
                    }
                }
            });
            f.entity.person_link = hsg_id.and_then(|id| person_link(id, "name_date"));
        }
    }
    diagnostics
}

/// Adds the people-database link to the person mentions of `found` that the
/// document's markup ties to a List of Persons entry the database names, and
/// to the other mentions of the same entities.
pub(crate) fn link_markup(doc: &NormalizedDoc, actors: &Actors<'_>, found: &mut [Found]) {
    let Some(volume) = frus_volume(doc) else { return };
    // (field, start, end) of a marked span or heading actor → the person.
    let mut marked: BTreeMap<(TextField, usize, usize), u32> = BTreeMap::new();
    for span in doc.markup.spans.iter().filter(|s| s.kind == MarkupKind::Person) {
        let Some(target) = &span.target else { continue };
        if let Some(hsg_id) = resolve(doc, volume, target) {
            marked.insert((TextField::Body, span.start, span.end), hsg_id);
        }
    }
    // Senders, recipients and participants tagged with a List of Persons id in
    // the heading: their mention lies inside the actor's evidence.
    let mut heading: Vec<(usize, usize, u32)> = Vec::new();
    for actor in actors.all() {
        let (Some(target), ActorKind::Person) = (&actor.value.authority_id, actor.value.kind) else { continue };
        if actor.evidence.field != TextField::Title {
            continue;
        }
        if let Some(hsg_id) = resolve(doc, volume, target) {
            heading.push((actor.evidence.start, actor.evidence.end, hsg_id));
        }
    }
    if marked.is_empty() && heading.is_empty() {
        return;
    }

    // Direct links, and the persons each entity is linked to.
    let mut direct = vec![None; found.len()];
    let mut by_entity: BTreeMap<&str, BTreeSet<u32>> = BTreeMap::new();
    for (f, slot) in found.iter().zip(&mut direct) {
        if f.kind != MentionKind::Person {
            continue;
        }
        let hsg_id = match (f.field, f.method) {
            (TextField::Body, "markup") => marked.get(&(f.field, f.start, f.end)).copied(),
            (TextField::Title, "title") => {
                heading.iter().find(|(start, end, _)| *start <= f.start && f.end <= *end).map(|(_, _, hsg_id)| *hsg_id)
            }
            _ => None,
        };
        if let Some(hsg_id) = hsg_id {
            *slot = Some(hsg_id);
            by_entity.entry(f.entity.id.as_str()).or_default().insert(hsg_id);
        }
    }
    let shared: BTreeMap<String, u32> = by_entity
        .into_iter()
        .filter_map(|(id, persons)| match persons.into_iter().collect::<Vec<_>>().as_slice() {
            [one] => Some((id.to_owned(), *one)),
            _ => None,
        })
        .collect();
    for (f, direct) in found.iter_mut().zip(direct) {
        if f.kind != MentionKind::Person {
            continue;
        }
        let hsg_id = direct.or_else(|| shared.get(&f.entity.id).copied());
        f.entity.person_link = hsg_id.and_then(|id| person_link(id, "markup"));
    }
}

/// The FRUS volume of a document (`frus1961-63v22` of `frus1961-63v22/d215`),
/// when the parser knew it.
fn frus_volume(doc: &NormalizedDoc) -> Option<&str> {
    if doc.meta.format != Format::FrusTei {
        return None;
    }
    let record_id = &doc.fields.record_id.as_ref()?.value;
    let (volume, _) = record_id.split_once('/')?;
    (!volume.is_empty()).then_some(volume)
}

/// The person of List of Persons entry `target` of `volume`; a cross-reference
/// stub ("Zhou Enlai, see Chou En-lai") is followed once when the database
/// does not name the stub itself.
fn resolve(doc: &NormalizedDoc, volume: &str, target: &str) -> Option<u32> {
    dossier_authority::by_volume_person(volume, target).or_else(|| {
        let persons = &doc.meta.authority.as_deref()?.persons;
        let see = persons.iter().find(|p| p.id == target)?.see.as_deref()?;
        dossier_authority::by_volume_person(volume, see)
    })
}

/// The entity id of a person the people database knows: `person:hsg:111738`
/// for Dean Rusk, the same in every document whatever name it uses.
pub(crate) fn person_entity_id(hsg_id: u32) -> String {
    format!("person:hsg:{hsg_id}")
}

/// Gives every linked person mention its database person's entity id
/// ([`person_entity_id`]); true when any id changed. A surname alone that two
/// persons the document names in full share (`Chang` beside `Chang Myon` and
/// `Chang To-yong`) keeps its surname id: its link is a guess the id does
/// not repeat.
pub(crate) fn key_linked_people(found: &mut [Found]) -> bool {
    let keys: Vec<super::names::PersonKey> =
        found.iter().map(|f| super::names::person_key(&f.entity.canonical_name)).collect();
    let mut full_names: HashMap<&str, BTreeSet<u32>> = HashMap::default();
    for (f, key) in found.iter().zip(&keys) {
        if let (Some(link), true) = (&f.entity.person_link, key.key.contains(' ')) {
            full_names.entry(key.surname.as_str()).or_default().insert(link.hsg_id);
        }
    }
    let mut changed = false;
    for (f, key) in found.iter_mut().zip(&keys) {
        let surname_alone = !key.key.contains(' ');
        if surname_alone && full_names.get(key.key.as_str()).is_some_and(|ids| ids.len() > 1) {
            continue;
        }
        if let Some(link) = &f.entity.person_link {
            let id = person_entity_id(link.hsg_id);
            if f.entity.id != id {
                f.entity.id = id;
                changed = true;
            }
            // `Ho` for Ho Chi Minh, `Green` for Marshall Green: a person the
            // document names by surname alone goes by the database's name
            // (its shortest full form, Chinese names in Pinyin).
            if surname_alone && let Some(person) = dossier_authority::person(link.hsg_id) {
                let full = super::names::person_key(&super::offices::shortest_name(person)).display;
                if full.contains(' ') {
                    f.entity.canonical_name = full;
                    changed = true;
                }
            }
        }
    }
    changed
}

/// The link of a database person, made by `method`.
pub(crate) fn person_link(hsg_id: u32, method: &str) -> Option<PersonLink> {
    let person = dossier_authority::person(hsg_id)?;
    Some(PersonLink {
        hsg_id,
        method: method.to_owned(),
        pocom_id: person.pocom_id.clone(),
        viaf_id: person.viaf_id.clone(),
        birth_year: person.birth_year,
        death_year: person.death_year,
    })
}

#[cfg(test)]
mod tests {
    use dossier_model::{DocId, DocMeta, Evidence, Extracted, Fields, Markup, MarkupSpan, Source};

    use super::*;
    use crate::entities::plain_entity;

    fn doc(record_id: &str, body: &str, spans: &[(&str, &str)]) -> NormalizedDoc {
        let field = |v: &str| Extracted::new(v.to_owned(), "test", Evidence::new(TextField::Source, v, 0, v.len()));
        let spans = spans
            .iter()
            .map(|(text, target)| {
                let start = body.find(text).expect("span in body");
                MarkupSpan {
                    kind: MarkupKind::Person,
                    start,
                    end: start + text.len(),
                    target: Some((*target).to_owned()),
                    role: None,
                }
            })
            .collect();
        NormalizedDoc {
            meta: DocMeta::new(
                DocId("0000000000000000".to_owned()),
                Source { path: "t.xml".to_owned(), blake3: String::new(), n_bytes: 0, record_key: None },
                "frus",
                Format::FrusTei,
                dossier_model::Layout::FrusDocument,
            ),
            fields: Fields { record_id: Some(field(record_id)), ..Fields::default() },
            body: body.to_owned(),
            markup: Markup { spans, ..Markup::default() },
            date: None,
            editorial: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    fn person(body: &str, text: &str, id: &str, method: &'static str) -> Found {
        let start = body.rfind(text).expect("mention in body");
        Found {
            kind: MentionKind::Person,
            field: TextField::Body,
            start,
            end: start + text.len(),
            entity: plain_entity(dossier_model::EntityKind::Person, id.to_owned(), text.to_owned()),
            method,
            confidence: 0.9,
        }
    }

    /// The hsg ids the mentions of `found` end up with.
    fn check(doc: &NormalizedDoc, mut found: Vec<Found>, expect: &[Option<u32>]) {
        let none = Actors { senders: &[], recipients: &[], participants: &[] };
        link_markup(doc, &none, &mut found);
        let got: Vec<Option<u32>> = found.iter().map(|f| f.entity.person_link.as_ref().map(|l| l.hsg_id)).collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn a_marked_person_and_the_other_mentions_of_its_entity() {
        let body = "Secretary Rusk saw Berger. Rusk agreed.";
        let d = doc("frus1961-63v22/d1", body, &[("Secretary Rusk", "p_RD1")]);
        let found = vec![
            person(body, "Secretary Rusk", "person:rusk", "markup"),
            person(body, "Berger", "person:berger", "name_pattern"),
            person(body, "Rusk", "person:rusk", "surname"),
        ];
        check(&d, found, &[Some(111738), None, Some(111738)]);
        let rusk = {
            let mut found = vec![person(body, "Secretary Rusk", "person:rusk", "markup")];
            let none = Actors { senders: &[], recipients: &[], participants: &[] };
            link_markup(&d, &none, &mut found);
            found.remove(0).entity.person_link.expect("linked")
        };
        assert_eq!(rusk.pocom_id.as_deref(), Some("rusk-david-dean"));
        assert_eq!((rusk.birth_year, rusk.death_year), (Some(1909), Some(1994)));
    }

    #[test]
    fn no_link_without_a_volume_or_an_entry() {
        let body = "Secretary Rusk agreed.";
        let found = || vec![person(body, "Secretary Rusk", "person:rusk", "markup")];
        // No volume in the record id (plain `xml:id`), an unknown entry, or not FRUS.
        check(&doc("d1", body, &[("Secretary Rusk", "p_RD1")]), found(), &[None]);
        check(&doc("frus1961-63v22/d1", body, &[("Secretary Rusk", "p_NOBODY")]), found(), &[None]);
        let mut plain = doc("frus1961-63v22/d1", body, &[("Secretary Rusk", "p_RD1")]);
        plain.meta.format = Format::PlainText;
        check(&plain, found(), &[None]);
    }

    #[test]
    fn an_entity_marked_as_two_persons_is_linked_only_where_marked() {
        let body = "Chang met Chang. Chang left.";
        let spans = [("Chang met", "p_RD1")];
        let mut d = doc("frus1961-63v22/d1", body, &spans);
        // Two spans on the same entity id, to two different persons.
        let second = body.find("Chang.").unwrap();
        d.markup.spans.push(MarkupSpan {
            kind: MarkupKind::Person,
            start: second,
            end: second + 5,
            target: Some("p_AR1".to_owned()),
            role: None,
        });
        let mut first = person(body, "Chang", "person:chang", "markup");
        first.start = 0;
        first.end = "Chang met".len();
        let mut marked = person(body, "Chang", "person:chang", "markup");
        marked.start = second;
        marked.end = second + 5;
        let last = person(body, "Chang", "person:chang", "surname");
        check(&d, vec![first, marked, last], &[Some(111738), Some(100397), None]);
    }

    /// The hsg ids `link_names` gives entities named `names` (with the titles
    /// the document gave each) in a document of `year`.
    fn by_name(year: i32, names: &[(&str, &[&'static str])]) -> Vec<Option<u32>> {
        let body = names.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
        let mut found: Vec<Found> = names
            .iter()
            .enumerate()
            .map(|(i, (name, _))| {
                let mut f = person(&body, name, &format!("person:{i}"), "name_pattern");
                f.entity.canonical_name = (*name).to_owned();
                f
            })
            .collect();
        let titles: HashMap<String, BTreeSet<&'static str>> =
            names.iter().enumerate().map(|(i, (_, t))| (format!("person:{i}"), t.iter().copied().collect())).collect();
        link_names(Some(year), None, &titles, &mut found);
        found.iter().map(|f| f.entity.person_link.as_ref().map(|l| l.hsg_id)).collect()
    }

    #[test]
    fn database_name_forms() {
        assert_eq!(name_forms("Rusk, David Dean"), ["David Rusk", "David Dean Rusk", "David D. Rusk", "Dean Rusk"]);
        assert_eq!(name_forms("Magruder, Lieutenant General Carter B."), ["Carter Magruder", "Carter B. Magruder"]);
        assert_eq!(name_forms("Chang Yo-yong (Chang Do Young)"), ["Chang Yo-yong", "Chang Do Young"]);
        assert!(name_forms("Chiang Kai-shek, Madame").is_empty());
        assert!(name_forms("Madame Chiang Kai-shek").is_empty());
        assert_eq!(name_forms("Prime Minister Il Kwon Chung"), ["Il Kwon Chung"]);
    }

    /// Names as the bundled FRUS volume and the Wilson pages write them.
    #[test]
    fn names_link_by_form_date_initials_and_title() {
        // Full names: one person of the database each.
        assert_eq!(
            by_name(1962, &[("Dean Rusk", &[]), ("John F. Kennedy", &[]), ("Park Chung Hee", &[])]),
            [Some(111738), Some(107025), Some(110369)]
        );
        // `F. Kuznetsov` is no Nikolay Kuznetsov; nobody is linked before
        // adulthood (Kissinger, born 1923, in 1930).
        assert_eq!(by_name(1948, &[("F. Kuznetsov", &[])]), [None]);
        assert_eq!(by_name(1930, &[("Henry Kissinger", &[])]), [None]);
        assert_eq!(by_name(1973, &[("Henry Kissinger", &[])]), [Some(107252)]);
        // A surname alone: a chief of mission of the Department of State, or
        // a person the document's title fits; never a party comrade.
        assert_eq!(by_name(1960, &[("McConaughy", &[])]), [Some(108792)]);
        assert_eq!(by_name(1981, &[("Damm", &["comrade"])]), [None]);
        assert_eq!(by_name(1981, &[("Damm", &["gen"])]), [None]);
        // `Samuel Berger` fits two persons; in 1962 only Samuel D. is listed
        // by a Foreign Relations volume of the year (Samuel R. "Sandy" Berger
        // from the 1990s).
        assert_eq!(by_name(1962, &[("Samuel Berger", &[])]), [Some(101212)]);
        // A surname alone, listed in a volume of the year together with a
        // person the document names in full (Magruder with Berger, Korea
        // 1961–63); not without that person.
        assert_eq!(by_name(1962, &[("Samuel Berger", &[]), ("Magruder", &[])]), [Some(101212), Some(108346)]);
        assert_eq!(by_name(1962, &[("Magruder", &[])]), [None]);
        // `Bundy` fits two persons the 1961–63 volumes list (McGeorge and
        // William P.): left unlinked, said in a diagnostic.
        let mut found = vec![person("Bundy", "Bundy", "person:bundy", "name_pattern")];
        found[0].entity.canonical_name = "Bundy".to_owned();
        let diagnostics = link_names(Some(1962), None, &HashMap::default(), &mut found);
        assert!(found[0].entity.person_link.is_none());
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].message.contains("Bundy, McGeorge (101930)"), "{}", diagnostics[0].message);
    }
}
