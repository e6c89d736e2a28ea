//! The aggregates the report and the dataset card show, read from a dataset
//! folder's files row by row.
//!
//! A dataset of a million documents does not fit in memory as a [`crate::Dataset`];
//! what the report and the card say about it does: counts per value, a timeline
//! per year and type, the entities with their counts and first documents, the
//! sender → recipient pairs, a bounded number of rows worth a second look, and
//! the first [`LISTED`] documents. Memory grows with the distinct entities,
//! names and pairs (as the run's own does) and with the copies among the
//! documents (`clusters.csv`), never with the text or the rows.
//!
//! Files are read in a fixed order: `manifest.json`, `clusters.csv` (which
//! documents are copies), `entities.csv`, `mentions.csv` (in document order, as
//! `dossier run` writes it), the header of `edges.csv`, `documents.csv`,
//! `edges.csv`, `documents.jsonl`, `rejects.jsonl`, and `documents.csv` again for
//! the titles of the documents the report links to.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::Value;

use crate::Error;
use crate::dataset::{rights_statements, unguard_str};

/// Documents the report lists one by one; the rest are counted.
pub const LISTED: usize = 2_000;
/// How many entries each "top" list shows.
pub const TOP: usize = 15;
/// How many document links one entry keeps.
pub const LINKS: usize = 12;
/// Rows of the review lists.
pub const REVIEW: usize = 30;

/// How a folder's files are named: plainly, or as one part of a sharded run
/// (`documents.part-0002-of-0008.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Files {
    /// `documents.csv`, `README.md` …
    #[default]
    Whole,
    /// Part `index` (0-based) of `count`.
    Part {
        /// This part, `0..count`.
        index: u32,
        /// Number of parts.
        count: u32,
    },
}

impl Files {
    /// The name of `file` (`documents.csv`) in this layout. The same rule as the
    /// run's writer (`dossier_export::output_name`), which a test holds to.
    pub fn name(self, file: &str) -> String {
        match self {
            Files::Whole => file.to_owned(),
            Files::Part { index, count } => {
                let (stem, ext) = file.split_once('.').unwrap_or((file, ""));
                format!("{stem}.part-{index:04}-of-{count:04}.{ext}")
            }
        }
    }
}

/// Counts of a value, most frequent first, ties by value; empty values are
/// counted under `empty`.
pub fn ranked(counts: &BTreeMap<String, usize>, empty: &str) -> Vec<(String, usize)> {
    let mut merged: BTreeMap<&str, usize> = BTreeMap::new();
    for (value, n) in counts {
        *merged.entry(if value.is_empty() { empty } else { value }).or_default() += n;
    }
    let mut out: Vec<(String, usize)> = merged.into_iter().map(|(v, n)| (v.to_owned(), n)).collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

/// A name with the documents it stands in.
#[derive(Debug, Clone, Default)]
pub struct Named {
    /// Distinct documents.
    pub n_documents: usize,
    /// The first [`LINKS`] of them, in document order.
    pub first: Vec<String>,
}

impl Named {
    fn add(&mut self, doc: &str) {
        self.n_documents += 1;
        if self.first.len() < LINKS {
            self.first.push(doc.to_owned());
        }
    }
}

/// One entity of `entities.csv` with what `mentions.csv` says of it.
#[derive(Debug, Clone, Default)]
pub struct EntityStats {
    /// `entity_id`.
    pub id: String,
    /// `person`, `place`, `organization`.
    pub kind: String,
    /// `canonical_name`.
    pub name: String,
    /// Coordinates, for places that have them.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// Documents naming it (copies left out when there are copies).
    pub n_documents: usize,
    /// Mentions (copies left out when there are copies).
    pub n_mentions: usize,
    /// Its documents, the first [`LINKS`] of them in document order, and how many.
    pub docs: Named,
    /// The people database id, when linked.
    pub hsg_id: String,
    /// The POCOM id, when linked.
    pub pocom_id: String,
    /// The offices `mentions.csv` names the person by.
    pub offices: BTreeSet<String>,
}

/// A mention of the review list.
#[derive(Debug, Clone, Default)]
pub struct LowMention {
    /// Its confidence.
    pub confidence: f64,
    /// Row in `mentions.csv` (ties are broken by file order).
    pub row: usize,
    /// `category`, `text`, `value`, `method`, `doc_id`.
    pub category: String,
    /// The text.
    pub text: String,
    /// The normalized value.
    pub value: String,
    /// The rule.
    pub method: String,
    /// The document.
    pub doc_id: String,
}

/// A document of the report's list.
#[derive(Debug, Clone, Default)]
pub struct ListedDoc {
    /// `id`.
    pub id: String,
    /// `date` as written.
    pub date: String,
    /// `doc_type`.
    pub doc_type: String,
    /// `title`.
    pub title: String,
    /// Senders → recipients, or the participants.
    pub who: String,
    /// `collection`.
    pub collection: String,
}

/// A document with diagnostics worth reading.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Flagged {
    /// Number of diagnostics (the list sorts by it, most first).
    pub n: std::cmp::Reverse<usize>,
    /// The document.
    pub id: String,
    /// The diagnostics, comma-separated.
    pub codes: String,
}

/// Rejects of one reason.
#[derive(Debug, Clone, Default)]
pub struct RejectReason {
    /// How many.
    pub n: usize,
    /// The first three: input path and detail.
    pub examples: Vec<(String, String)>,
}

/// Everything `documents.csv` adds up to.
#[derive(Debug, Clone, Default)]
pub struct DocStats {
    /// Rows.
    pub n: usize,
    /// Values of `collection`, `layout`, `doc_type`, `original_language` and
    /// `date_precision`, as written (empty included).
    pub values: BTreeMap<&'static str, BTreeMap<String, usize>>,
    /// Every `classification` in the lists.
    pub classifications: BTreeMap<String, usize>,
    /// Rows with a `date_min`.
    pub dated: usize,
    /// Years (`date_min`'s first four characters): first, last, and how many rows have one.
    pub years: Option<(String, String)>,
    /// Rows with a year.
    pub n_years: usize,
    /// Some `url` is on wilsoncenter.org.
    pub wilson_urls: bool,
    /// Documents other than copies per year and type (`other` for none).
    pub timeline: BTreeMap<i32, BTreeMap<String, usize>>,
    /// Documents other than copies per type (`other` for none).
    pub types_once: BTreeMap<String, usize>,
    /// Documents other than copies without a year.
    pub undated_once: usize,
    /// Documents with a diagnostic besides `truncated`.
    pub n_flagged: usize,
    /// The [`REVIEW`] of them with the most diagnostics.
    pub flagged: Vec<Flagged>,
    /// The first [`LISTED`] documents.
    pub listed: Vec<ListedDoc>,
}

/// The columns of `documents.csv` counted value by value.
pub const COUNTED: [&str; 5] = ["collection", "layout", "doc_type", "original_language", "date_precision"];

/// What the report and the card need of a dataset folder.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// The folder's own name (never its absolute path).
    pub name: String,
    /// How its files are named.
    pub files: Files,
    /// `manifest.json` (`Value::Null` when absent).
    pub manifest: Value,
    /// Header of each table present, by table name (`documents`).
    pub columns: BTreeMap<&'static str, Vec<String>>,
    /// `documents.csv`.
    pub documents: DocStats,
    /// `entities.csv` in file order, when present.
    pub entities: Option<Vec<EntityStats>>,
    /// Rows of `mentions.csv`.
    pub n_mentions: usize,
    /// The [`REVIEW`] mentions of lowest confidence; `None` when `mentions.csv`
    /// has no confidence column.
    pub lowest: Option<Vec<LowMention>>,
    /// Sender → recipient pairs (names) with their documents, and where they come from.
    pub pairs: BTreeMap<(String, String), usize>,
    /// `true` when the pairs come from `edges.csv`, `false` from `documents.csv`.
    pub pairs_from_edges: bool,
    /// Links of the pair names that are listed entities.
    pub hrefs: BTreeMap<String, String>,
    /// Without `entities.csv`: senders, recipients and participants as written.
    pub named_people: BTreeMap<String, Named>,
    /// Without `entities.csv`: places of writing.
    pub named_places: BTreeMap<String, Named>,
    /// Editorial spans in `documents.jsonl`.
    pub n_editorial: usize,
    /// Rights statements and how many documents carry each.
    pub rights: BTreeMap<String, usize>,
    /// Lines of `rejects.jsonl`.
    pub n_rejects: usize,
    /// Rejects by reason.
    pub rejects: BTreeMap<String, RejectReason>,
    /// Documents that are copies of another (`clusters.csv`, not canonical).
    pub n_copies: usize,
    /// Canonical documents of `clusters.csv`, when present.
    pub n_distinct: Option<usize>,
    /// Some entity has a GeoNames id / a people-database id / is a first-level division.
    pub has_geonames: bool,
    /// Some person is linked to the people database.
    pub has_people_links: bool,
    /// Some place is a first-level division.
    pub has_divisions: bool,
    /// Titles of the documents the report links to.
    pub titles: BTreeMap<String, String>,
}

/// A CSV file read one record at a time, cells found by header name.
struct Rows {
    path: PathBuf,
    reader: csv::Reader<File>,
    header: Vec<String>,
    record: csv::StringRecord,
}

impl Rows {
    /// Opens `path`; `None` when the file does not exist.
    fn open(path: PathBuf) -> Result<Option<Rows>, Error> {
        if !path.is_file() {
            return Ok(None);
        }
        let file = File::open(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        let mut reader = csv::ReaderBuilder::new().has_headers(true).buffer_capacity(1 << 16).from_reader(file);
        let header =
            reader.headers().map_err(|source| Error::Csv { path: path.clone(), source })?.iter().map(str::to_owned);
        let header = header.collect();
        Ok(Some(Rows { path, reader, header, record: csv::StringRecord::new() }))
    }

    fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|c| c == name)
    }

    /// Moves to the next record; `false` at the end.
    fn next(&mut self) -> Result<bool, Error> {
        self.reader.read_record(&mut self.record).map_err(|source| Error::Csv { path: self.path.clone(), source })
    }

    /// The cell in column `idx` of the current record, spreadsheet guard removed.
    fn get(&self, idx: Option<usize>) -> &str {
        idx.and_then(|i| self.record.get(i)).map(unguard_str).unwrap_or("")
    }
}

/// A list cell (` | `-separated) as its items.
pub fn list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(" | ").map(str::trim).filter(|s| !s.is_empty())
}

/// Numbers the documents of a file whose rows are grouped by document: the
/// number changes when the document id does.
#[derive(Default)]
struct DocSeq {
    n: usize,
    previous: String,
}

impl DocSeq {
    fn of(&mut self, doc_id: &str) -> usize {
        if self.n == 0 || doc_id != self.previous {
            self.n += 1;
            self.previous.clear();
            self.previous.push_str(doc_id);
        }
        self.n
    }
}

/// Keeps the `keep` smallest of `items` once it has grown past four times that.
fn bound<T>(items: &mut Vec<T>, keep: usize, order: impl Fn(&T, &T) -> std::cmp::Ordering) {
    if items.len() >= keep * 4 {
        items.sort_by(&order);
        items.truncate(keep);
    }
}

/// The lines of a JSONL file, each parsed as `T`, blank lines skipped.
fn for_each_line<T: for<'de> Deserialize<'de>>(path: &Path, mut f: impl FnMut(T)) -> Result<(), Error> {
    let file = File::open(path).map_err(|source| Error::Io { path: path.to_owned(), source })?;
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let mut line = String::new();
    let mut number = 0;
    loop {
        line.clear();
        let read = reader.read_line(&mut line).map_err(|source| Error::Io { path: path.to_owned(), source })?;
        if read == 0 {
            return Ok(());
        }
        number += 1;
        if line.trim().is_empty() {
            continue;
        }
        let value = serde_json::from_str(&line).map_err(|source| Error::Json {
            path: path.to_owned(),
            line: number,
            source,
        })?;
        f(value);
    }
}

/// What the summary takes from `documents.jsonl` (when there is one): the
/// number of editorial spans and how many records carry each rights
/// statement.
fn read_jsonl(path: &Path) -> Result<(usize, BTreeMap<String, usize>), Error> {
    let (mut n_editorial, mut rights) = (0, BTreeMap::new());
    if path.is_file() {
        for_each_line(path, |doc: JsonDocument| {
            n_editorial += doc.editorial.map_or(0, |e| e.len());
            for statement in rights_statements(doc.dropped.as_deref().unwrap_or(&[]), doc.fields.as_ref()) {
                *rights.entry(statement).or_default() += 1;
            }
        })?;
    }
    Ok((n_editorial, rights))
}

/// The parts of a `documents.jsonl` record the summary reads; the body and the
/// values are skipped, not built.
#[derive(Deserialize)]
struct JsonDocument {
    #[serde(default)]
    editorial: Option<Vec<IgnoredAny>>,
    #[serde(default)]
    dropped: Option<Vec<Value>>,
    #[serde(default)]
    fields: Option<serde_json::Map<String, Value>>,
}

impl Summary {
    /// Reads the dataset in `dir` (whole, or one part of a sharded run).
    /// `documents.csv` (or its part) is required; every other file is read when present.
    pub fn read(dir: &Path, files: Files) -> Result<Summary, Error> {
        let path = |file: &str| dir.join(files.name(file));
        if !path("documents.csv").is_file() {
            return Err(Error::NotADataset { path: dir.to_owned() });
        }
        let name = dir
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "dataset".to_owned());
        let mut s = Summary { name, files, ..Summary::default() };
        // `documents.jsonl`, the largest file, is read on a thread of its own
        // while the tables are read here: the two share nothing but the sums
        // they end in.
        let jsonl = path("documents.jsonl");
        std::thread::scope(|scope| {
            let from_jsonl = scope.spawn(|| read_jsonl(&jsonl));
            let read = s.read_tables(&path);
            let from_jsonl = from_jsonl.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            read?;
            let (n_editorial, rights) = from_jsonl?;
            s.n_editorial = n_editorial;
            s.rights = rights;
            Ok::<(), Error>(())
        })?;
        s.read_titles(path("documents.csv"))?;
        Ok(s)
    }

    /// Everything [`Summary::read`] reads but `documents.jsonl`.
    fn read_tables(&mut self, path: &impl Fn(&str) -> PathBuf) -> Result<(), Error> {
        let s = self;
        let manifest = path("manifest.json");
        if manifest.is_file() {
            let bytes = std::fs::read(&manifest).map_err(|source| Error::Io { path: manifest.clone(), source })?;
            s.manifest = serde_json::from_slice(&bytes).map_err(|source| Error::Json {
                path: manifest.clone(),
                line: 1,
                source,
            })?;
        }
        let copies = s.read_clusters(path("clusters.csv"))?;
        if let Some(links) = Rows::open(path("links.csv"))? {
            s.columns.insert("links", links.header);
        }
        s.read_entities(path("entities.csv"))?;
        s.read_mentions(path("mentions.csv"), &copies)?;
        let edges = Rows::open(path("edges.csv"))?;
        let edges = match edges {
            Some(edges) => {
                s.columns.insert("edges", edges.header.clone());
                let usable = edges.column("source_entity").is_some() && edges.column("target_entity").is_some();
                usable.then_some(edges)
            }
            None => None,
        };
        s.pairs_from_edges = edges.is_some();
        s.read_documents(path("documents.csv"), &copies)?;
        if let Some(edges) = edges {
            s.read_edges(edges, &copies)?;
        }
        let rejects = path("rejects.jsonl");
        if rejects.is_file() {
            for_each_line(&rejects, |value: Value| {
                let text = |key: &str| crate::dataset::text(&value, key);
                s.n_rejects += 1;
                let reason = s.rejects.entry(text("reason")).or_default();
                reason.n += 1;
                if reason.examples.len() < 3 {
                    reason.examples.push((text("path"), text("detail")));
                }
            })?;
        }
        Ok(())
    }

    fn read_clusters(&mut self, path: PathBuf) -> Result<BTreeSet<String>, Error> {
        let mut copies = BTreeSet::new();
        let Some(mut rows) = Rows::open(path)? else { return Ok(copies) };
        let (canonical, doc) = (rows.column("is_canonical"), rows.column("doc_id"));
        let mut distinct = 0;
        while rows.next()? {
            match rows.get(canonical) {
                "false" => {
                    copies.insert(rows.get(doc).to_owned());
                }
                "true" => distinct += 1,
                _ => {}
            }
        }
        self.n_copies = copies.len();
        self.n_distinct = Some(distinct);
        self.columns.insert("clusters", rows.header);
        Ok(copies)
    }

    fn read_entities(&mut self, path: PathBuf) -> Result<(), Error> {
        let Some(mut rows) = Rows::open(path)? else { return Ok(()) };
        let col = |name: &str| rows.column(name);
        let [id, kind, name, lat, lon, n_documents, n_mentions, hsg, pocom, geonames] = [
            "entity_id",
            "kind",
            "canonical_name",
            "lat",
            "lon",
            "n_documents",
            "n_mentions",
            "hsg_id",
            "pocom_id",
            "geonames_id",
        ]
        .map(col);
        let number = |s: &str| s.parse::<usize>().unwrap_or(0);
        let mut entities = Vec::new();
        while rows.next()? {
            let entity = EntityStats {
                id: rows.get(id).to_owned(),
                kind: rows.get(kind).to_owned(),
                name: rows.get(name).to_owned(),
                lat: rows.get(lat).parse().ok(),
                lon: rows.get(lon).parse().ok(),
                n_documents: number(rows.get(n_documents)),
                n_mentions: number(rows.get(n_mentions)),
                hsg_id: rows.get(hsg).to_owned(),
                pocom_id: rows.get(pocom).to_owned(),
                ..EntityStats::default()
            };
            self.has_geonames |= !rows.get(geonames).is_empty();
            self.has_people_links |= !entity.hsg_id.is_empty();
            self.has_divisions |= entity.id.starts_with("place:division:");
            entities.push(entity);
        }
        // Without a count column, the count is the documents `mentions.csv` names.
        if n_documents.is_none() {
            for e in &mut entities {
                e.n_documents = usize::MAX;
            }
        }
        self.entities = Some(entities);
        self.columns.insert("entities", rows.header);
        Ok(())
    }

    fn read_mentions(&mut self, path: PathBuf, copies: &BTreeSet<String>) -> Result<(), Error> {
        let Some(mut rows) = Rows::open(path)? else {
            // Counts as `entities.csv` gives them (none when it has no column).
            for e in self.entities.iter_mut().flatten() {
                if e.n_documents == usize::MAX {
                    e.n_documents = 0;
                }
            }
            return Ok(());
        };
        let [entity, doc, office, confidence, category, text, value, method] =
            ["entity_id", "doc_id", "office", "confidence", "category", "text", "value", "method"]
                .map(|name| rows.column(name));
        let index: BTreeMap<String, usize> =
            self.entities.iter().flatten().enumerate().map(|(idx, e)| (e.id.clone(), idx)).collect();
        // The counts leave the copies out, when there are copies to leave out.
        let recount = !copies.is_empty();
        let n = self.entities.as_ref().map_or(0, Vec::len);
        let (mut mentions_of, mut last_doc) = (vec![0usize; n], vec![usize::MAX; n]);
        let mut docs_of = vec![Named::default(); n];
        let mut seq = DocSeq::default();
        let mut lowest: Option<Vec<LowMention>> = confidence.map(|_| Vec::new());
        let by_confidence =
            |a: &LowMention, b: &LowMention| a.confidence.total_cmp(&b.confidence).then(a.row.cmp(&b.row));
        // Without both columns no mention names its entity's document.
        let linked = entity.is_some() && doc.is_some();
        let mut row = 0;
        while rows.next()? {
            let doc_id = rows.get(doc);
            let doc_seq = seq.of(doc_id);
            let c = if lowest.is_some() { rows.get(confidence).parse::<f64>().ok() } else { None };
            if let (Some(lowest), Some(c)) = (&mut lowest, c) {
                lowest.push(LowMention {
                    confidence: c,
                    row,
                    category: rows.get(category).to_owned(),
                    text: rows.get(text).to_owned(),
                    value: rows.get(value).to_owned(),
                    method: rows.get(method).to_owned(),
                    doc_id: doc_id.to_owned(),
                });
                bound(lowest, REVIEW, by_confidence);
            }
            row += 1;
            let e = rows.get(entity);
            if !linked || e.is_empty() || copies.contains(doc_id) {
                continue;
            }
            let Some(&idx) = index.get(e) else { continue };
            mentions_of[idx] += 1;
            if last_doc[idx] != doc_seq {
                last_doc[idx] = doc_seq;
                docs_of[idx].add(doc_id);
            }
            let o = rows.get(office);
            if let Some(all) = self.entities.as_mut().filter(|_| !o.is_empty()) {
                if !all[idx].offices.contains(o) {
                    all[idx].offices.insert(o.to_owned());
                }
            }
        }
        self.n_mentions = row;
        if let Some(lowest) = &mut lowest {
            lowest.sort_by(by_confidence);
            lowest.truncate(REVIEW);
        }
        self.lowest = lowest;
        for ((e, docs), mentions) in self.entities.iter_mut().flatten().zip(docs_of).zip(mentions_of) {
            if e.n_documents == usize::MAX || recount {
                e.n_documents = docs.n_documents;
            }
            if recount {
                e.n_mentions = mentions;
            }
            e.docs = docs;
        }
        self.columns.insert("mentions", rows.header);
        Ok(())
    }

    fn read_documents(&mut self, path: PathBuf, copies: &BTreeSet<String>) -> Result<(), Error> {
        let Some(mut rows) = Rows::open(path)? else { return Ok(()) };
        let counted = COUNTED.map(|name| rows.column(name));
        let [id, title, date, date_min, doc_type, collection, senders, recipients, participants, diagnostics] = [
            "id",
            "title",
            "date",
            "date_min",
            "doc_type",
            "collection",
            "senders",
            "recipients",
            "participants",
            "diagnostics",
        ]
        .map(|name| rows.column(name));
        let [classification, url, place] = ["classification", "url", "place"].map(|name| rows.column(name));
        let d = &mut self.documents;
        let no_entities = self.entities.is_none();
        let by_diagnostics = |a: &Flagged, b: &Flagged| a.cmp(b);
        while rows.next()? {
            d.n += 1;
            for (name, idx) in COUNTED.iter().zip(counted) {
                *d.values.entry(name).or_default().entry(rows.get(idx).to_owned()).or_default() += 1;
            }
            for c in list(rows.get(classification)) {
                *d.classifications.entry(c.to_owned()).or_default() += 1;
            }
            let doc_id = rows.get(id);
            let min = rows.get(date_min);
            d.dated += usize::from(!min.is_empty());
            let year = min.get(..4);
            if let Some(year) = year {
                d.n_years += 1;
                match &mut d.years {
                    Some((first, last)) => {
                        if year < first.as_str() {
                            *first = year.to_owned();
                        }
                        if year > last.as_str() {
                            *last = year.to_owned();
                        }
                    }
                    None => d.years = Some((year.to_owned(), year.to_owned())),
                }
            }
            d.wilson_urls |= rows.get(url).contains("wilsoncenter.org");
            let kind = rows.get(doc_type);
            let once = !copies.contains(doc_id);
            let (sent, received) = (rows.get(senders), rows.get(recipients));
            if once {
                let kind = if kind.is_empty() { "other" } else { kind };
                *d.types_once.entry(kind.to_owned()).or_default() += 1;
                if min.len() < 4 {
                    d.undated_once += 1;
                }
                if let Some(year) = year.and_then(|y| y.parse::<i32>().ok()) {
                    *d.timeline.entry(year).or_default().entry(kind.to_owned()).or_default() += 1;
                }
                if !self.pairs_from_edges {
                    let mut pairs = BTreeSet::new();
                    for s in list(sent) {
                        for r in list(received).filter(|r| *r != s) {
                            pairs.insert((s, r));
                        }
                    }
                    for (s, r) in pairs {
                        *self.pairs.entry((s.to_owned(), r.to_owned())).or_default() += 1;
                    }
                }
                if no_entities {
                    let mut seen = BTreeSet::new();
                    for n in list(sent).chain(list(received)).chain(list(rows.get(participants))) {
                        if seen.insert(n) {
                            self.named_people.entry(n.to_owned()).or_default().add(doc_id);
                        }
                    }
                    let at = rows.get(place);
                    if !at.is_empty() {
                        self.named_places.entry(at.to_owned()).or_default().add(doc_id);
                    }
                }
            }
            let codes: Vec<&str> = list(rows.get(diagnostics)).collect();
            if codes.iter().any(|c| *c != "truncated") {
                d.n_flagged += 1;
                d.flagged.push(Flagged {
                    n: std::cmp::Reverse(codes.len()),
                    id: doc_id.to_owned(),
                    codes: codes.join(", "),
                });
                bound(&mut d.flagged, REVIEW, by_diagnostics);
            }
            if d.listed.len() < LISTED {
                let (sent, received): (Vec<&str>, Vec<&str>) = (list(sent).collect(), list(received).collect());
                let who = if sent.is_empty() && received.is_empty() {
                    list(rows.get(participants)).collect::<Vec<_>>().join(", ")
                } else {
                    format!("{} → {}", sent.join(", "), received.join(", "))
                };
                d.listed.push(ListedDoc {
                    id: doc_id.to_owned(),
                    date: rows.get(date).to_owned(),
                    doc_type: kind.to_owned(),
                    title: rows.get(title).to_owned(),
                    who,
                    collection: rows.get(collection).to_owned(),
                });
            }
        }
        d.flagged.sort();
        d.flagged.truncate(REVIEW);
        self.columns.insert("documents", rows.header);
        Ok(())
    }

    fn read_edges(&mut self, mut rows: Rows, copies: &BTreeSet<String>) -> Result<(), Error> {
        let [kind, doc, source, target] =
            ["kind", "doc_id", "source_entity", "target_entity"].map(|name| rows.column(name));
        let names: BTreeMap<&str, &str> =
            self.entities.iter().flatten().map(|e| (e.id.as_str(), e.name.as_str())).collect();
        let listed: BTreeSet<&str> = ["person", "place", "organization"]
            .iter()
            .flat_map(|k| top_of(&self.entities, k))
            .map(|e| e.id.as_str())
            .collect();
        // A pair counts each document once (the rows of one document are
        // together): its count and the last document counted.
        let mut pairs: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
        let mut seq = DocSeq::default();
        while rows.next()? {
            let doc_id = rows.get(doc);
            let doc_seq = seq.of(doc_id);
            let k = rows.get(kind);
            if !k.is_empty() && k != "sender_recipient" || copies.contains(doc_id) {
                continue;
            }
            let (s, t) = (rows.get(source), rows.get(target));
            let name = |id: &str| names.get(id).copied().unwrap_or(id).to_owned();
            for id in [s, t] {
                if listed.contains(id) {
                    self.hrefs.insert(name(id), crate::html::anchor("entity", id));
                }
            }
            let (n, last) = pairs.entry((name(s), name(t))).or_insert((0, 0));
            if *last != doc_seq {
                *last = doc_seq;
                *n += 1;
            }
        }
        self.pairs = pairs.into_iter().map(|(pair, (n, _))| (pair, n)).collect();
        Ok(())
    }

    /// The titles of the documents the report links to: the top entities' and
    /// names' documents and the review lists'.
    fn read_titles(&mut self, path: PathBuf) -> Result<(), Error> {
        let mut wanted: BTreeSet<String> = BTreeSet::new();
        for kind in ["person", "place", "organization"] {
            wanted.extend(self.top(kind).into_iter().flat_map(|e| e.docs.first.iter().cloned()));
        }
        for named in [&self.named_people, &self.named_places] {
            wanted.extend(top_named(named).into_iter().flat_map(|(_, n)| n.first.iter().cloned()));
        }
        wanted.extend(self.lowest.iter().flatten().map(|m| m.doc_id.clone()));
        wanted.extend(self.documents.flagged.iter().map(|f| f.id.clone()));
        let Some(mut rows) = Rows::open(path)? else { return Ok(()) };
        let (id, title) = (rows.column("id"), rows.column("title"));
        while rows.next()? {
            let doc_id = rows.get(id);
            if wanted.contains(doc_id) {
                self.titles.insert(doc_id.to_owned(), rows.get(title).to_owned());
            }
        }
        Ok(())
    }

    /// The [`TOP`] entities of `kind`: most mentions, then most documents, then by name.
    pub fn top(&self, kind: &str) -> Vec<&EntityStats> {
        top_of(&self.entities, kind)
    }
}

fn top_of<'a>(entities: &'a Option<Vec<EntityStats>>, kind: &str) -> Vec<&'a EntityStats> {
    let mut of_kind: Vec<&EntityStats> = entities.iter().flatten().filter(|e| e.kind == kind).collect();
    of_kind.sort_by(|a, b| {
        b.n_mentions.cmp(&a.n_mentions).then(b.n_documents.cmp(&a.n_documents)).then(a.name.cmp(&b.name))
    });
    of_kind.truncate(TOP);
    of_kind
}

/// The [`TOP`] names: most documents, then by name.
pub fn top_named(named: &BTreeMap<String, Named>) -> Vec<(&str, &Named)> {
    let mut ranked: Vec<(&str, &Named)> = named.iter().map(|(k, v)| (k.as_str(), v)).collect();
    ranked.sort_by(|a, b| b.1.n_documents.cmp(&a.1.n_documents).then(a.0.cmp(b.0)));
    ranked.truncate(TOP);
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_names_are_those_the_run_writes() {
        let part = dossier_export::Part { index: 2, count: 8 };
        for file in ["documents.csv", "README.md", "report.html", "manifest.json"] {
            let name = Files::Part { index: 2, count: 8 }.name(file);
            assert_eq!(name, dossier_export::output_name(file, Some(part)));
        }
        assert_eq!(Files::Whole.name("README.md"), "README.md");
    }

    #[test]
    fn bounded_lists_keep_the_smallest() {
        let mut items: Vec<usize> = Vec::new();
        for n in (0..1000).rev() {
            items.push(n);
            bound(&mut items, 3, usize::cmp);
            assert!(items.len() < 12);
        }
        items.sort();
        assert_eq!(&items[..3], &[0, 1, 2]);
    }
}
