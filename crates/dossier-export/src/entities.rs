//! The entity files: `entities.csv` (one row per person, place or
//! organization of the whole corpus) and `edges.csv` (who and what appear
//! together, one document at a time).
//!
//! Entities are gathered across the corpus by [`EntityTable::add`], called once
//! per written document in output order; rows come out sorted by entity id, so
//! the file is the same whatever the order or thread count. A table made with
//! [`EntityTable::with_spill`] keeps at most a set number of entities in memory:
//! beyond it, it writes them to a sorted run file and starts afresh, and
//! `write_entities_csv` merges the runs. Runs are cut between documents, so
//! merging gives exactly the rows of an in-memory table. Edges are the
//! relations enrichment computed for one document, so [`edge_rows`] only maps
//! them and can be streamed next to `mentions.csv`.
//!
//! ```
//! # use dossier_export::{EntityTable, ENTITY_COLUMNS};
//! let mut table = EntityTable::default();
//! // for doc in written_docs { table.add(&doc); }
//! let mut out = Vec::new();
//! table.write_entities_csv(&mut out, &Default::default()).unwrap();
//! assert_eq!(String::from_utf8(out).unwrap(), format!("{}\r\n", ENTITY_COLUMNS.join(",")));
//! ```

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;

use dossier_model::{EnrichedDoc, PersonLink, Relation, TextField};
use serde::{Deserialize, Serialize};

use crate::columns::ColumnType::{Float, Integer, List, Text};
use crate::columns::{Column, names};
use crate::rows::{LIST_SEPARATOR, neutralize_cell};

/// The columns of [`EntityRow`], in order, each with its one description: the
/// dataset card, the SQLite and Parquet types and the README's table are read
/// from here.
pub const ENTITY_COLUMNS_DOCS: [Column; 20] = [
    Column::new(
        "entity_id",
        Text,
        "stable id from the entity's canonical key, never from a counter, so the same in every run and corpus order: `place:geonames:<GeoNames id>` (towns and countries), `place:polity:su`, `place:region:xinjiang`, `place:site:<name>`, `person:hsg:<people database id>` for a person linked to the Office of the Historian's people database (`person:hsg:111738`, Dean Rusk, whichever name a document uses), otherwise `person:<name key>` (`person:zhou-enlai`), `org:communist-party-of-the-soviet-union`; a person named only by surname where no full name resolves it keeps a surname id (`person:green`)",
    ),
    Column::new("kind", Text, "`person`, `place`, `organization`"),
    Column::new(
        "canonical_name",
        Text,
        "the name its mentions were linked under most often (Pinyin for Chinese names); for a person, of its names of two words or more when it has any (`Chiang Kai-shek` over the `Chiang` of documents that name him by surname); a person of the people database whom a document names by surname alone is linked there under the database's shortest full name (`Marshall Green` for `Green`, Chinese names in Pinyin)",
    ),
    Column::new("variants", List, "every spelling seen in the texts, sorted, ` | `-joined"),
    Column::new(
        "geonames_id",
        Integer,
        "places: the GeoNames id (towns and countries; regions, polities and sites: empty)",
    ),
    Column::new("lat", Float, "places: coordinates in degrees (towns; countries, regions, polities and sites: empty)"),
    Column::new("lon", Float, "places: coordinates in degrees (towns; countries, regions, polities and sites: empty)"),
    Column::new("country", Text, "places: ISO code of the modern country"),
    Column::new(
        "polity",
        List,
        "places: the state at the documents' dates (`Soviet Union` for Leningrad in 1962, `Rhodesia` for Salisbury in 1970), ` | `-joined when they differ",
    ),
    Column::new("modern_name", Text, "places: the modern name (`Harare`)"),
    Column::new(
        "hsg_id",
        Integer,
        "people: the id in the Office of the Historian's people database (`111738` for Dean Rusk; `https://github.com/HistoryAtState/people`). Linked by the source's markup (a FRUS `persName` whose `@corresp` names an entry of the volume's List of Persons that the database names; the other mentions of the same entity in that document share the link) or by the name: a full name whose forms (preferred and other spellings, given names or initials in order, romanizations folded) fit exactly one person of the database who was at least 18 and alive in the document's year; of several, those that a Foreign Relations volume of the document's years lists in its List of Persons (`McNamara` in 1961 is Robert S.; `Samuel Berger` in 1962 is Samuel D.); a surname alone only when it fits one person whose birth year is known and who is a principal officer or chief of mission of the Department of State (named without a title, never as `Comrade`), or whom the document's title fits (`General`, `Ambassador`), or whom a volume of the document's years lists together with a person the document names in full and links (two such persons for a Chinese, Korean or Vietnamese surname; never as `Comrade`: `Magruder` beside Samuel D. Berger in a 1962 telegram from Seoul). Where several persons fit, nothing is linked and the document's diagnostics list up to five of them (`person_link_ambiguous`). Empty when no mention is linked, or when its mentions link to more than one person. Office holders (`the Secretary`) are linked by date, method `office_by_date` (see `mentions.csv`'s `office`). The same keys sit on linked entities in `documents.jsonl`",
    ),
    Column::new(
        "hsg_method",
        Text,
        "linked people: `markup` or `name_date` (`markup` when both found the same person)",
    ),
    Column::new(
        "pocom_id",
        Text,
        "linked people who held a principal office of the Department of State or led a mission: the POCOM id (`rusk-david-dean`, `https://history.state.gov/departmenthistory/people/rusk-david-dean`)",
    ),
    Column::new("viaf_id", Text, "linked people: the VIAF id, when the database gives one (725 of its 16,312 persons)"),
    Column::new("birth_year", Integer, "linked people: year of birth (from the people database, else from POCOM)"),
    Column::new("death_year", Integer, "linked people: year of death (from the people database, else from POCOM)"),
    Column::new(
        "offices",
        Text,
        "people: the offices documents name them by (`secretary` where `the Secretary` was read as its holder at the document's date; see `mentions.csv`'s `office`), ` | `-separated",
    ),
    Column::new("n_documents", Integer, "documents naming it"),
    Column::new("n_mentions", Integer, "its mentions in all documents"),
    Column::new(
        "probable_same_as",
        Text,
        "for a person known by one name only (`person:green`, from documents that never give the full name): the id of the one person in the whole dataset named in full with that first or last name (`person:marshall-green`, or `person:hsg:<id>` for one of the people database, by the name it goes by); empty when there is none or more than one. A hint for merging: mentions keep their own ids",
    ),
];

/// Column names of [`EntityRow`], in order.
pub const ENTITY_COLUMNS: [&str; 20] = names(&ENTITY_COLUMNS_DOCS);

/// One row of `entities.csv`.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct EntityRow {
    /// Stable id, derived from the entity's canonical key (`place:geonames:1529435`,
    /// `person:hsg:111738`, `person:zhou-enlai`, `org:communist-party-of-the-soviet-union`).
    pub entity_id: String,
    /// `person`, `place` or `organization`.
    pub kind: String,
    /// The name used for the entity: the one its mentions were linked under
    /// most often (ties: the first in byte order).
    pub canonical_name: String,
    /// Every spelling seen in the text, sorted, ` | `-joined.
    pub variants: String,
    /// Places: GeoNames id.
    pub geonames_id: String,
    /// Places: latitude in degrees.
    pub lat: String,
    /// Places: longitude in degrees.
    pub lon: String,
    /// Places: ISO 3166 alpha-2 code of the modern country.
    pub country: String,
    /// Places: the state it belonged to at the dates of the documents that
    /// name it, ` | `-joined when they differ (`Soviet Union | Russia`).
    pub polity: String,
    /// Places: the modern name.
    pub modern_name: String,
    /// People: the id in the Office of the Historian's people database
    /// (history.state.gov), when mentions of it are linked there (a FRUS
    /// `persName` whose List of Persons entry the database names, or the name
    /// and the document's year); empty when none is, or when its mentions are
    /// linked to more than one person. The columns after it are filled with it.
    pub hsg_id: String,
    /// People: how the link was made: `markup` (the source tags the person) or
    /// `name_date` (the full name, one person of the database active in the
    /// document's year); `markup` when both linked the same person.
    pub hsg_method: String,
    /// People: the POCOM id of a linked person who held a principal office of
    /// the Department of State or led a mission (`rusk-david-dean`).
    pub pocom_id: String,
    /// People: the VIAF id of a linked person, when the database gives one.
    pub viaf_id: String,
    /// People: year of birth of a linked person.
    pub birth_year: String,
    /// People: year of death of a linked person.
    pub death_year: String,
    /// People: the offices documents name them by (`the Secretary`: method
    /// `office_by_date` in `mentions.csv`), sorted, ` | `-joined.
    pub offices: String,
    /// Documents that mention it.
    pub n_documents: usize,
    /// Mentions of it in all documents.
    pub n_mentions: usize,
    /// People known only by one name (`person:green`, from "Mr. Green" in
    /// documents that never give the full name): the one person of the whole
    /// dataset named in full whose first or last name that is
    /// (`person:marshall-green`); empty when there is none or more than one.
    /// A hint for merging, not a merge: mentions keep their own entity id.
    pub probable_same_as: String,
}

impl EntityRow {
    /// Neutralizes every text cell for spreadsheets (see [`neutralize_cell`]).
    pub fn neutralize(&mut self) {
        for cell in [
            &mut self.entity_id,
            &mut self.kind,
            &mut self.canonical_name,
            &mut self.variants,
            &mut self.geonames_id,
            &mut self.lat,
            &mut self.lon,
            &mut self.country,
            &mut self.polity,
            &mut self.modern_name,
            &mut self.hsg_id,
            &mut self.hsg_method,
            &mut self.pocom_id,
            &mut self.viaf_id,
            &mut self.birth_year,
            &mut self.death_year,
            &mut self.offices,
            &mut self.probable_same_as,
        ] {
            if let std::borrow::Cow::Owned(safe) = neutralize_cell(cell) {
                *cell = safe;
            }
        }
    }
}

/// One entity mention as the table reads it: from a document in memory
/// ([`EntityTable::add`]), or from a line of the entity journal a run keeps
/// beside its data files ([`journal_line`], read back by
/// [`EntityTable::add_journal_line`] when the run is resumed). The journal
/// holds exactly what `add` reads, so a resumed run's table is the one an
/// uninterrupted run builds.
#[derive(Serialize, Deserialize)]
struct Seen<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    kind: Cow<'a, str>,
    #[serde(borrow)]
    canonical_name: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    geonames_id: Option<u32>,
    #[serde(default, with = "f64_bits", skip_serializing_if = "Option::is_none")]
    lat: Option<f64>,
    #[serde(default, with = "f64_bits", skip_serializing_if = "Option::is_none")]
    lon: Option<f64>,
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    country: Option<Cow<'a, str>>,
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    polity: Option<Cow<'a, str>>,
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    modern_name: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    person_link: Option<Cow<'a, PersonLink>>,
    /// The office the mention names the person by.
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    office: Option<Cow<'a, str>>,
    /// The words the mention was written with (see [`variant_text`]).
    #[serde(borrow)]
    text: Cow<'a, str>,
}

/// One document's entity mentions, one line of the entity journal.
#[derive(Serialize, Deserialize)]
struct JournalDoc<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    mentions: Vec<Seen<'a>>,
}

/// The entity mentions of a document in memory, borrowed from it.
fn seen_of(doc: &EnrichedDoc) -> impl Iterator<Item = Seen<'_>> {
    doc.mentions.iter().filter_map(dossier_model::Mention::as_entity).map(move |m| {
        let e = &m.entity;
        Seen {
            id: Cow::Borrowed(&e.id),
            kind: Cow::Borrowed(e.kind.as_str()),
            canonical_name: Cow::Borrowed(&e.canonical_name),
            geonames_id: e.geonames_id,
            lat: e.lat,
            lon: e.lon,
            country: e.country.as_deref().map(Cow::Borrowed),
            polity: e.polity.as_deref().map(Cow::Borrowed),
            modern_name: e.modern_name.as_deref().map(Cow::Borrowed),
            person_link: e.person_link.as_ref().map(Cow::Borrowed),
            office: m.office.map(Cow::Borrowed),
            text: Cow::Borrowed(variant_text(doc, m)),
        }
    })
}

/// One document's line of the entity journal (with its newline): what
/// [`EntityTable::add`] takes from the document. `documents.jsonl` does not
/// describe entities (`entities.csv` does, once), so a resumed run rebuilds
/// its table from these lines. Pure, so workers render it beside the rows.
pub fn journal_line(doc: &EnrichedDoc) -> Result<Vec<u8>, serde_json::Error> {
    let line = JournalDoc { id: Cow::Borrowed(&doc.doc.meta.id.0), mentions: seen_of(doc).collect() };
    let mut out = serde_json::to_vec(&line)?;
    out.push(b'\n');
    Ok(out)
}

/// The words a mention was written with, kept as a name variant of its
/// entity: the evidence text, or for a span of the input file (a FRUS
/// `<placeName>` element) the mention's value.
fn variant_text<'a>(doc: &'a EnrichedDoc, m: &'a dossier_model::EntityMention) -> &'a str {
    if m.evidence.field == TextField::Source { &m.entity.canonical_name } else { doc.text(&m.evidence) }
}

/// What is known of one entity so far.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
struct Entry {
    kind: Kind,
    names: BTreeMap<String, usize>,
    variants: BTreeSet<String>,
    geonames_id: Option<u32>,
    #[serde(with = "f64_bits")]
    lat: Option<f64>,
    #[serde(with = "f64_bits")]
    lon: Option<f64>,
    country: Option<String>,
    polities: BTreeSet<String>,
    modern_name: Option<String>,
    /// The people-database persons its mentions are linked to; the row carries
    /// the link only when there is exactly one.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    person_links: BTreeSet<PersonLink>,
    /// The offices its mentions name it by.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    offices: BTreeSet<String>,
    /// The last document that mentioned it: documents arrive one at a time, so
    /// counting changes of this id counts documents without keeping them all.
    #[serde(skip)]
    last_doc: String,
    n_documents: usize,
    n_mentions: usize,
}

impl Entry {
    /// Folds in what a later run knew of the same entity: counts add up, sets
    /// join, the first known coordinates and names stay, and the kind is the
    /// latest, as [`EntityTable::add`] would have left them.
    fn merge(&mut self, later: Entry) {
        self.kind = later.kind;
        for (name, n) in later.names {
            *self.names.entry(name).or_default() += n;
        }
        self.variants.extend(later.variants);
        self.geonames_id = self.geonames_id.or(later.geonames_id);
        self.lat = self.lat.or(later.lat);
        self.lon = self.lon.or(later.lon);
        self.country = self.country.take().or(later.country);
        self.modern_name = self.modern_name.take().or(later.modern_name);
        self.polities.extend(later.polities);
        self.person_links.extend(later.person_links);
        self.offices.extend(later.offices);
        self.n_documents += later.n_documents;
        self.n_mentions += later.n_mentions;
    }
}

/// Coordinates in a run file as their bits, so a spilled table gives back
/// exactly the numbers an in-memory one holds.
mod f64_bits {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(x: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        match x {
            Some(x) => s.serialize_some(&x.to_bits()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
        Ok(Option::<u64>::deserialize(d)?.map(f64::from_bits))
    }
}

/// An entity kind as the table keeps it (`person`, `place`, `organization`).
#[derive(Debug, Default, Clone, Copy)]
struct Kind(&'static str);

impl Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let kind: std::borrow::Cow<'de, str> = Deserialize::deserialize(d)?;
        Ok(Kind(static_kind(&kind)))
    }
}

fn static_kind(kind: &str) -> &'static str {
    match kind {
        "person" => "person",
        "place" => "place",
        _ => "organization",
    }
}

/// Entities held in memory before a table made with [`EntityTable::with_spill`]
/// writes them to a run file (about 50 MB of them).
pub const SPILL_ENTRIES: usize = 100_000;

/// Where a table spills its runs, and when.
#[derive(Debug)]
struct Spill {
    /// Run files are `{prefix}-NNNNN.jsonl`.
    prefix: PathBuf,
    max_entries: usize,
    runs: Vec<PathBuf>,
}

/// Every entity of the corpus, gathered document by document.
#[derive(Debug, Default)]
pub struct EntityTable {
    entries: BTreeMap<String, Entry>,
    spill: Option<Spill>,
    /// Mentions added that carry a people-database link (whether or not their
    /// entity's row keeps it), so the manifest knows to attribute the data.
    n_person_links: u64,
}

impl EntityTable {
    /// A table that keeps at most `max_entries` entities in memory, writing
    /// the rest to run files `{prefix}-00000.jsonl`, … (their folder is made
    /// when the first run is written; the runs are removed once merged).
    pub fn with_spill(prefix: PathBuf, max_entries: usize) -> Self {
        EntityTable {
            entries: BTreeMap::new(),
            spill: Some(Spill { prefix, max_entries, runs: Vec::new() }),
            n_person_links: 0,
        }
    }

    /// Writes the entities in memory to a new run file when there are more than
    /// the table keeps. Call it between documents only.
    fn spill_if_full(&mut self) -> io::Result<()> {
        let Some(spill) = self.spill.as_mut() else { return Ok(()) };
        if self.entries.len() < spill.max_entries.max(1) {
            return Ok(());
        }
        let mut name = spill.prefix.clone().into_os_string();
        name.push(format!("-{:05}.jsonl", spill.runs.len()));
        let path = PathBuf::from(name);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        let mut out = BufWriter::new(File::create(&path)?);
        for (id, entry) in std::mem::take(&mut self.entries) {
            serde_json::to_writer(&mut out, &(id, entry))?;
            out.write_all(b"\n")?;
        }
        out.into_inner().map_err(io::IntoInnerError::into_error)?;
        spill.runs.push(path);
        Ok(())
    }

    /// Adds the entity mentions of one document. Call it once per written
    /// document (not for rejected duplicates), in output order.
    pub fn add(&mut self, doc: &EnrichedDoc) -> io::Result<()> {
        let doc_id = &doc.doc.meta.id.0;
        for seen in seen_of(doc) {
            self.add_one(doc_id, seen);
        }
        self.spill_if_full()
    }

    /// Adds the entity mentions of one line of the entity journal (see
    /// [`journal_line`]): how a resumed run rebuilds the table of the documents
    /// it already wrote.
    pub fn add_journal_line(&mut self, line: &str) -> Result<(), serde_json::Error> {
        let doc: JournalDoc<'_> = serde_json::from_str(line)?;
        for seen in doc.mentions {
            self.add_one(&doc.id, seen);
        }
        self.spill_if_full().map_err(serde_json::Error::io)
    }

    fn add_one(&mut self, doc_id: &str, e: Seen<'_>) {
        let (id, text) = (e.id.as_ref(), e.text.as_ref());
        // Look up before allocating: most mentions are of entities already seen,
        // under names and variants already seen.
        if !self.entries.contains_key(id) {
            self.entries.insert(id.to_owned(), Entry::default());
        }
        let entry = self.entries.get_mut(id).expect("inserted above");
        entry.kind = Kind(static_kind(&e.kind));
        match entry.names.get_mut(e.canonical_name.as_ref()) {
            Some(n) => *n += 1,
            None => {
                entry.names.insert(e.canonical_name.into_owned(), 1);
            }
        }
        let single_spaced = !text.contains(|c: char| c.is_whitespace() && c != ' ') && !text.contains("  ");
        if single_spaced {
            if !entry.variants.contains(text.trim()) {
                entry.variants.insert(text.trim().to_owned());
            }
        } else {
            entry.variants.insert(text.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        entry.geonames_id = entry.geonames_id.or(e.geonames_id);
        entry.lat = entry.lat.or(e.lat);
        entry.lon = entry.lon.or(e.lon);
        if entry.country.is_none() {
            entry.country = e.country.map(Cow::into_owned);
        }
        if entry.modern_name.is_none() {
            entry.modern_name = e.modern_name.map(Cow::into_owned);
        }
        if let Some(office) = e.office.filter(|o| !entry.offices.contains(o.as_ref())) {
            entry.offices.insert(office.into_owned());
        }
        if let Some(polity) = e.polity.filter(|p| !entry.polities.contains(p.as_ref())) {
            entry.polities.insert(polity.into_owned());
        }
        if let Some(link) = e.person_link {
            self.n_person_links += 1;
            if !entry.person_links.contains(link.as_ref()) {
                entry.person_links.insert(link.into_owned());
            }
        }
        if entry.last_doc != doc_id {
            entry.last_doc.clear();
            entry.last_doc.push_str(doc_id);
            entry.n_documents += 1;
        }
        entry.n_mentions += 1;
    }

    /// Number of mentions added with a link to the Office of the Historian's
    /// people database (the dataset then carries `dossier_authority::ATTRIBUTION`).
    pub fn n_person_links(&self) -> u64 {
        self.n_person_links
    }

    /// Number of entities held in memory (all of them unless the table spilled).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no entity was added.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.spill.as_ref().is_none_or(|s| s.runs.is_empty())
    }

    /// The rows of `entities.csv`, sorted by entity id (from memory only; a
    /// table that spilled writes its rows with [`Self::write_entities_csv`]).
    pub fn rows(&self) -> Vec<EntityRow> {
        self.entries.iter().map(|(id, e)| entity_row(id, e)).collect()
    }

    /// Writes `entities.csv` (header, CRLF line ends, cells neutralized), merging
    /// any spilled runs, and returns the number of rows. `same_as` fills the
    /// `probable_same_as` column: enrichment decides it over the ids
    /// [`Self::visit_ids`] walks (`dossier_enrich::probable_same_as`). The run
    /// files are removed afterwards.
    pub fn write_entities_csv(&mut self, w: impl Write, same_as: &BTreeMap<String, String>) -> csv::Result<u64> {
        let runs = self.spill.as_mut().map(|s| std::mem::take(&mut s.runs)).unwrap_or_default();
        let mut out = csv::WriterBuilder::new().has_headers(false).terminator(csv::Terminator::CRLF).from_writer(w);
        out.write_record(ENTITY_COLUMNS)?;
        let mut n_rows = 0u64;
        self.visit(&runs, &mut |id: &str, entry: &Entry| -> csv::Result<()> {
            let mut row = entity_row(id, entry);
            row.probable_same_as = same_as.get(id).cloned().unwrap_or_default();
            row.neutralize();
            n_rows += 1;
            out.serialize(row)
        })?;
        out.flush()?;
        self.entries.clear();
        for run in &runs {
            fs::remove_file(run)?;
        }
        if let Some(dir) = runs.first().and_then(|run| run.parent()) {
            // Fails while another shard's runs are still there: that is fine.
            let _ = fs::remove_dir(dir);
        }
        Ok(n_rows)
    }

    /// Calls `f` with every entity id and its canonical name in id order,
    /// spilled runs included.
    pub fn visit_ids(&self, f: &mut dyn FnMut(&str, &str) -> csv::Result<()>) -> csv::Result<()> {
        let runs = self.spill.as_ref().map(|s| s.runs.clone()).unwrap_or_default();
        self.visit(&runs, &mut |id: &str, e: &Entry| f(id, e.canonical_name()))
    }

    /// Calls `f` for every entity in id order: from memory, or merged from the
    /// runs and memory when the table spilled.
    fn visit(&self, runs: &[PathBuf], f: &mut impl FnMut(&str, &Entry) -> csv::Result<()>) -> csv::Result<()> {
        if runs.is_empty() {
            for (id, entry) in &self.entries {
                f(id, entry)?;
            }
            Ok(())
        } else {
            merge_runs(runs, &self.entries, f)
        }
    }
}

impl Entry {
    /// The name its mentions were linked under most often; for a person, of
    /// the names of two words or more when it has any (`Chiang Kai-shek`, not
    /// the `Chiang` of documents that give the surname alone). `BTreeMap`
    /// order breaks ties by bytes.
    fn canonical_name(&self) -> &str {
        let full = |name: &str| name.split_whitespace().nth(1).is_some();
        let prefer_full = self.kind.0 == "person" && self.names.keys().any(|name| full(name));
        self.names
            .iter()
            .filter(|(name, _)| !prefer_full || full(name))
            .fold(("", 0), |best, (name, &n)| if n > best.1 { (name, n) } else { best })
            .0
    }
}

/// One row of `entities.csv` from what is known of an entity.
fn entity_row(id: &str, e: &Entry) -> EntityRow {
    let canonical = e.canonical_name();
    // Mentions linked to two different persons: no link is better than a wrong
    // one. One person linked by several methods keeps the first (`markup`).
    let persons: BTreeSet<u32> = e.person_links.iter().map(|l| l.hsg_id).collect();
    let link = if persons.len() == 1 { e.person_links.first() } else { None };
    let number = |n: Option<i32>| n.map(|n| n.to_string()).unwrap_or_default();
    EntityRow {
        entity_id: id.to_owned(),
        kind: e.kind.0.to_owned(),
        canonical_name: canonical.to_owned(),
        variants: e.variants.iter().map(String::as_str).collect::<Vec<_>>().join(LIST_SEPARATOR),
        geonames_id: e.geonames_id.map(|g| g.to_string()).unwrap_or_default(),
        lat: e.lat.map(|x| format!("{x:.4}")).unwrap_or_default(),
        lon: e.lon.map(|x| format!("{x:.4}")).unwrap_or_default(),
        country: e.country.clone().unwrap_or_default(),
        polity: e.polities.iter().map(String::as_str).collect::<Vec<_>>().join(LIST_SEPARATOR),
        modern_name: e.modern_name.clone().unwrap_or_default(),
        hsg_id: link.map(|l| l.hsg_id.to_string()).unwrap_or_default(),
        hsg_method: link.map(|l| l.method.clone()).unwrap_or_default(),
        pocom_id: link.and_then(|l| l.pocom_id.clone()).unwrap_or_default(),
        viaf_id: link.and_then(|l| l.viaf_id.clone()).unwrap_or_default(),
        birth_year: number(link.and_then(|l| l.birth_year)),
        death_year: number(link.and_then(|l| l.death_year)),
        offices: e.offices.iter().map(String::as_str).collect::<Vec<_>>().join(LIST_SEPARATOR),
        n_documents: e.n_documents,
        n_mentions: e.n_mentions,
        probable_same_as: String::new(),
    }
}

/// A run file read one entity at a time, in id order.
struct Run {
    lines: io::Lines<BufReader<File>>,
    path: PathBuf,
}

impl Run {
    fn next(&mut self) -> csv::Result<Option<(String, Entry)>> {
        match self.lines.next() {
            None => Ok(None),
            Some(line) => {
                let line = line?;
                let (id, entry) = serde_json::from_str(&line)
                    .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("{}: {e}", self.path.display())))?;
                Ok(Some((id, entry)))
            }
        }
    }
}

/// Merges the sorted runs (oldest first) and the entries still in memory (the
/// newest) by id, folding entries of one id in that order, and hands each
/// merged entity to `write` in id order. One entity per run is in memory.
fn merge_runs(
    runs: &[PathBuf],
    memory: &BTreeMap<String, Entry>,
    write: &mut impl FnMut(&str, &Entry) -> csv::Result<()>,
) -> csv::Result<()> {
    let mut readers = Vec::with_capacity(runs.len());
    for path in runs {
        readers.push(Run { lines: BufReader::new(File::open(path)?).lines(), path: path.clone() });
    }
    let mut memory = memory.iter().map(|(id, entry)| (id.clone(), entry.clone()));
    // The head of every source: runs in order, memory last.
    let mut heads: Vec<Option<(String, Entry)>> = Vec::with_capacity(readers.len() + 1);
    for reader in &mut readers {
        heads.push(reader.next()?);
    }
    heads.push(memory.next());
    while let Some(smallest) = heads.iter().flatten().map(|(id, _)| id).min().cloned() {
        let mut merged: Option<Entry> = None;
        for (idx, head) in heads.iter_mut().enumerate() {
            if head.as_ref().is_some_and(|(id, _)| *id == smallest) {
                let (_, entry) = head.take().expect("checked");
                match merged.as_mut() {
                    Some(m) => m.merge(entry),
                    None => merged = Some(entry),
                }
                *head = match readers.get_mut(idx) {
                    Some(reader) => reader.next()?,
                    None => memory.next(),
                };
            }
        }
        write(&smallest, &merged.expect("at least one source had the id"))?;
    }
    Ok(())
}

/// The columns of [`EdgeRow`], in order, each with its one description: the
/// dataset card, the SQLite and Parquet types and the README's table are read
/// from here.
pub const EDGE_COLUMNS_DOCS: [Column; 8] = [
    Column::new("doc_id", Text, "the document"),
    Column::new(
        "source_entity",
        Text,
        "for `sender_recipient`: sender and recipient; for `co_mention`: the two ids in byte order",
    ),
    Column::new(
        "target_entity",
        Text,
        "for `sender_recipient`: sender and recipient; for `co_mention`: the two ids in byte order",
    ),
    Column::new(
        "kind",
        Text,
        "`sender_recipient` (from the title or markup) or `co_mention` (people and organizations named in the same paragraph of the body; a paragraph naming more than 40 of them is read as a list, and each of its names is linked only to the next 10 in reading order, so a long list gives edges in proportion to its length, not its square)",
    ),
    Column::new("weight", Integer, "1, or the number of paragraphs naming both"),
    Column::new(
        "field",
        Text,
        "the text the offsets point into: the title (or the text naming the sender) for `sender_recipient`, the body for `co_mention`",
    ),
    Column::new(
        "start",
        Integer,
        "UTF-8 byte offsets of the evidence in that text: the title, or the first paragraph naming both; its words are `documents.jsonl`'s `body` (or `fields.title.value`) from `start` to `end` (no copy of it is written)",
    ),
    Column::new(
        "end",
        Integer,
        "UTF-8 byte offsets of the evidence in that text: the title, or the first paragraph naming both; its words are `documents.jsonl`'s `body` (or `fields.title.value`) from `start` to `end` (no copy of it is written)",
    ),
];

/// Column names of [`EdgeRow`], in order.
pub const EDGE_COLUMNS: [&str; 8] = names(&EDGE_COLUMNS_DOCS);

/// One row of `edges.csv`: two entities linked by one document.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct EdgeRow {
    /// Document id.
    pub doc_id: String,
    /// For `sender_recipient`: the sender; for `co_mention`: the smaller id.
    pub source_entity: String,
    /// For `sender_recipient`: the recipient; for `co_mention`: the larger id.
    pub target_entity: String,
    /// `sender_recipient` (from the title or markup) or `co_mention` (named in
    /// the same paragraph of the body).
    pub kind: String,
    /// `sender_recipient`: 1; `co_mention`: the number of paragraphs naming both.
    pub weight: usize,
    /// The text the evidence offsets point into (`title`, `body`).
    pub field: String,
    /// UTF-8 byte offset of the evidence: the title, or the first paragraph
    /// naming both.
    pub start: usize,
    /// UTF-8 byte offset one past it.
    pub end: usize,
}

impl EdgeRow {
    /// Neutralizes every text cell for spreadsheets (see [`neutralize_cell`]).
    pub fn neutralize(&mut self) {
        for cell in
            [&mut self.doc_id, &mut self.source_entity, &mut self.target_entity, &mut self.kind, &mut self.field]
        {
            if let std::borrow::Cow::Owned(safe) = neutralize_cell(cell) {
                *cell = safe;
            }
        }
    }
}

/// The rows of `edges.csv` one document gives: its relations, as enrichment
/// computed them, in their order.
pub fn edge_rows(doc: &EnrichedDoc) -> Vec<EdgeRow> {
    let id = doc.doc.meta.id.0.as_str();
    doc.relations
        .iter()
        .map(|relation| match relation {
            Relation::SenderRecipient { sender, recipient, evidence } => EdgeRow {
                doc_id: id.to_owned(),
                source_entity: sender.clone(),
                target_entity: recipient.clone(),
                kind: "sender_recipient".to_owned(),
                weight: 1,
                field: evidence.field.as_str().to_owned(),
                start: evidence.start,
                end: evidence.end,
            },
            Relation::CoMention { a, b, paragraphs, first } => EdgeRow {
                doc_id: id.to_owned(),
                source_entity: a.clone(),
                target_entity: b.clone(),
                kind: "co_mention".to_owned(),
                weight: *paragraphs,
                field: first.field.as_str().to_owned(),
                start: first.start,
                end: first.end,
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use dossier_model::{
        Actor, ActorKind, DocId, DocMeta, DocType, EntityKind, EntityMention, EntityRef, Evidence, Extracted, Fields,
        Format, Layout, Markup, Mention, MentionKind, NormalizedDoc, Source,
    };

    use super::*;

    const TITLE: &str = "Ciphered Telegram, Shtykov to Feng Xi [Stalin]";
    const BODY: &str = "Kim Il Sung met Shtykov in Pyongyang.\n\nStalin agreed.";

    /// The words of a mention in the test document.
    fn words(ev: &Evidence) -> &'static str {
        ev.of(if ev.field == TextField::Title { TITLE } else { BODY })
    }

    fn entity(id: &str, kind: EntityKind, name: &str) -> EntityRef {
        EntityRef {
            id: id.to_owned(),
            kind,
            canonical_name: name.to_owned(),
            geonames_id: None,
            lat: None,
            lon: None,
            country: None,
            polity: None,
            modern_name: None,
            person_link: None,
        }
    }

    fn mention(field: TextField, text: &str, needle: &str, entity: EntityRef) -> Mention {
        let start = text.find(needle).unwrap();
        Mention::Entity(EntityMention {
            entity,
            method: "test",
            confidence: 0.9,
            office: None,
            evidence: Evidence::new(field, text, start, start + needle.len()),
        })
    }

    fn actor(name: &str) -> Extracted<Actor> {
        let start = TITLE.find(name).unwrap();
        Extracted::new(
            Actor { name: name.to_owned(), kind: ActorKind::Person, aliases: Vec::new(), authority_id: None },
            "test",
            Evidence::new(TextField::Title, TITLE, start, start + name.len()),
        )
    }

    fn doc(id: &str) -> EnrichedDoc {
        let stalin = entity("person:joseph-stalin", EntityKind::Person, "Joseph Stalin");
        let shtykov = entity("person:terentii-shtykov", EntityKind::Person, "Terentii Shtykov");
        let kim = entity("person:kim-il-sung", EntityKind::Person, "Kim Il Sung");
        let mut pyongyang = entity("place:geonames:1871859", EntityKind::Place, "Pyongyang");
        pyongyang.geonames_id = Some(1871859);
        pyongyang.lat = Some(39.03385);
        pyongyang.lon = Some(125.75432);
        pyongyang.country = Some("KP".to_owned());
        let title = Extracted::new(TITLE.to_owned(), "test", Evidence::new(TextField::Source, TITLE, 0, TITLE.len()));
        EnrichedDoc {
            doc: NormalizedDoc {
                meta: DocMeta::new(
                    DocId(id.to_owned()),
                    Source { path: "t.txt".to_owned(), blake3: String::new(), n_bytes: 0, record_key: None },
                    "wilson",
                    Format::WilsonPage,
                    Layout::CurrentSite,
                ),
                fields: Fields { title: Some(title), ..Fields::default() },
                body: BODY.to_owned(),
                markup: Markup::default(),
                date: None,
                editorial: Vec::new(),
                diagnostics: Vec::new(),
            },
            doc_type: Extracted::new(DocType::CipheredTelegram, "test", Evidence::new(TextField::Title, TITLE, 0, 17)),
            senders: vec![actor("Shtykov")],
            recipients: vec![actor("Feng Xi")],
            participants: Vec::new(),
            markings: Vec::new(),
            archival_refs: Vec::new(),
            mentions: vec![
                mention(TextField::Title, TITLE, "Shtykov", shtykov.clone()),
                mention(TextField::Title, TITLE, "Feng Xi", stalin.clone()),
                mention(TextField::Title, TITLE, "Stalin", stalin.clone()),
                mention(TextField::Body, BODY, "Kim Il Sung", kim),
                mention(TextField::Body, BODY, "Shtykov", shtykov),
                mention(TextField::Body, BODY, "Pyongyang", pyongyang),
                mention(TextField::Body, BODY, "Stalin", stalin),
            ],
            relations: vec![
                Relation::SenderRecipient {
                    sender: "person:terentii-shtykov".to_owned(),
                    recipient: "person:joseph-stalin".to_owned(),
                    evidence: dossier_model::Span { field: TextField::Title, start: 19, end: 37 },
                },
                Relation::CoMention {
                    a: "person:kim-il-sung".to_owned(),
                    b: "person:terentii-shtykov".to_owned(),
                    paragraphs: 1,
                    first: dossier_model::Span { field: TextField::Body, start: 0, end: 37 },
                },
            ],
            diagnostics: Vec::new(),
        }
    }

    fn header_of<T: Default + Serialize>() -> String {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(T::default()).unwrap();
        String::from_utf8(w.into_inner().unwrap()).unwrap().lines().next().unwrap().to_owned()
    }

    #[test]
    fn column_constants_match_the_row_types() {
        assert_eq!(header_of::<EntityRow>(), ENTITY_COLUMNS.join(","));
        assert_eq!(header_of::<EdgeRow>(), EDGE_COLUMNS.join(","));
    }

    #[test]
    fn entities_are_gathered_across_documents_in_id_order() {
        let mut table = EntityTable::default();
        table.add(&doc("0000000000000001")).unwrap();
        table.add(&doc("0000000000000002")).unwrap();
        let rows = table.rows();
        let ids: Vec<&str> = rows.iter().map(|r| r.entity_id.as_str()).collect();
        assert_eq!(
            ids,
            ["person:joseph-stalin", "person:kim-il-sung", "person:terentii-shtykov", "place:geonames:1871859"]
        );
        let stalin = &rows[0];
        assert_eq!((stalin.canonical_name.as_str(), stalin.variants.as_str()), ("Joseph Stalin", "Feng Xi | Stalin"));
        assert_eq!((stalin.n_documents, stalin.n_mentions), (2, 6));
        let pyongyang = &rows[3];
        assert_eq!(
            (pyongyang.geonames_id.as_str(), pyongyang.lat.as_str(), pyongyang.country.as_str()),
            ("1871859", "39.0339", "KP")
        );

        let mut out = Vec::new();
        table.write_entities_csv(&mut out, &BTreeMap::new()).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("entity_id,kind,canonical_name,variants,"), "{text}");
        assert!(
            text.contains("\r\nperson:joseph-stalin,person,Joseph Stalin,Feng Xi | Stalin,,,,,,,,,,,,,,2,6,\r\n"),
            "{text}"
        );
    }

    #[test]
    fn person_links_reach_the_row_unless_they_disagree() {
        let link = |hsg_id| PersonLink {
            hsg_id,
            method: "markup".to_owned(),
            pocom_id: Some("stalin".to_owned()),
            viaf_id: Some("101787139".to_owned()),
            birth_year: Some(1878),
            death_year: None,
        };
        let mut first = doc("0000000000000001");
        let mut second = doc("0000000000000002");
        for (d, kim) in [(&mut first, 2), (&mut second, 3)] {
            for m in d.mentions.iter_mut().filter_map(Mention::as_entity_mut) {
                let e = &mut m.entity;
                // Stalin is linked in the first document only; Kim to another person in each.
                match e.id.as_str() {
                    "person:joseph-stalin" if kim == 2 => e.person_link = Some(link(1)),
                    "person:kim-il-sung" => e.person_link = Some(link(kim)),
                    _ => {}
                }
            }
        }
        let mut table = EntityTable::default();
        table.add(&first).unwrap();
        table.add(&second).unwrap();
        let rows = table.rows();
        let cells = |r: &EntityRow| {
            [&r.hsg_id, &r.pocom_id, &r.viaf_id, &r.birth_year, &r.death_year].map(|c| c.as_str()).join(",")
        };
        assert_eq!(cells(&rows[0]), "1,stalin,101787139,1878,");
        assert_eq!(cells(&rows[1]), ",,,,", "two persons: no link");
        assert_eq!(cells(&rows[2]), ",,,,");

        // A resumed run reads the same links back from the entity journal.
        let mut resumed = EntityTable::default();
        for d in [&first, &second] {
            let line = journal_line(d).unwrap();
            assert!(line.ends_with(b"\n") && !line[..line.len() - 1].contains(&b'\n'), "one line per document");
            resumed.add_journal_line(std::str::from_utf8(&line).unwrap().trim_end()).unwrap();
        }
        assert_eq!(resumed.rows(), rows);
        let line = serde_json::to_string(&crate::document_record(&second, crate::Detail::Spans)).unwrap();
        assert!(!line.contains("hsg_id\":null"), "unlinked entities carry no link keys: {line}");
    }

    /// The ids [`EntityTable::visit_ids`] walks, in its order.
    fn ids_of(table: &EntityTable) -> Vec<String> {
        let mut ids = Vec::new();
        table
            .visit_ids(&mut |id, _| {
                ids.push(id.to_owned());
                Ok(())
            })
            .unwrap();
        ids
    }

    #[test]
    fn the_hints_enrichment_decides_reach_their_rows() {
        let mut d = doc("0000000000000001");
        let shtykov = entity("person:shtykov", EntityKind::Person, "Shtykov");
        d.mentions.push(mention(TextField::Body, BODY, "Shtykov", shtykov));
        let mut table = EntityTable::default();
        table.add(&d).unwrap();
        assert_eq!(
            ids_of(&table),
            [
                "person:joseph-stalin",
                "person:kim-il-sung",
                "person:shtykov",
                "person:terentii-shtykov",
                "place:geonames:1871859"
            ]
        );
        let hints = BTreeMap::from([("person:shtykov".to_owned(), "person:terentii-shtykov".to_owned())]);
        let mut out = Vec::new();
        table.write_entities_csv(&mut out, &hints).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("\r\nperson:shtykov,person,Shtykov,"), "{text}");
        assert!(text.contains(",person:terentii-shtykov\r\n"), "{text}");
    }

    #[test]
    fn a_spilled_table_writes_the_same_file_as_one_in_memory() {
        // Documents whose entities differ, so runs hold different ids and
        // entities recur across runs with other names and first coordinates.
        let docs: Vec<EnrichedDoc> = (1..=7)
            .map(|n| {
                let mut d = doc(&format!("{n:016x}"));
                if n % 2 == 0 {
                    d.mentions.retain(|m| m.kind() != MentionKind::Place);
                    let mut entities = d.mentions.iter_mut().filter_map(Mention::as_entity_mut);
                    if let Some(m) = entities.find(|m| words(&m.evidence) == "Stalin") {
                        m.entity.canonical_name = "I. V. Stalin".to_owned();
                    }
                }
                if n == 1 {
                    let entities = d.mentions.iter_mut().filter_map(Mention::as_entity_mut);
                    for m in entities.filter(|m| words(&m.evidence) == "Stalin") {
                        m.entity.person_link = Some(PersonLink {
                            hsg_id: 5,
                            method: "markup".to_owned(),
                            pocom_id: Some("stalin".to_owned()),
                            viaf_id: None,
                            birth_year: None,
                            death_year: None,
                        });
                    }
                }
                let kim = d
                    .mentions
                    .iter_mut()
                    .filter_map(Mention::as_entity_mut)
                    .find(|m| words(&m.evidence) == "Kim Il Sung");
                if let Some(m) = kim.filter(|_| n % 2 == 1) {
                    // Linked to another person in the last document: no link in the row.
                    let hsg_id = if n == 7 { 8 } else { 7 };
                    m.entity.person_link = Some(PersonLink {
                        hsg_id,
                        method: "markup".to_owned(),
                        pocom_id: None,
                        viaf_id: None,
                        birth_year: Some(1912),
                        death_year: Some(1994),
                    });
                }
                if n % 3 == 0 {
                    let extra = entity(&format!("org:committee-{n}"), EntityKind::Organization, "Committee");
                    d.mentions.push(mention(TextField::Body, BODY, "Pyongyang", extra));
                }
                d
            })
            .collect();
        let mut in_memory = EntityTable::default();
        let dir = std::env::temp_dir().join(format!("dossier-spill-test-{}", std::process::id()));
        let mut spilled = EntityTable::with_spill(dir.join("entities.run"), 2);
        for d in &docs {
            in_memory.add(d).unwrap();
            spilled.add(d).unwrap();
        }
        assert!(spilled.spill.as_ref().unwrap().runs.len() >= 3, "the test must make several runs");
        assert_eq!(ids_of(&in_memory), ids_of(&spilled), "the runs walk the same ids");
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let n_a = in_memory.write_entities_csv(&mut a, &BTreeMap::new()).unwrap();
        let n_b = spilled.write_entities_csv(&mut b, &BTreeMap::new()).unwrap();
        assert_eq!(String::from_utf8(b).unwrap(), String::from_utf8(a.clone()).unwrap());
        assert_eq!((n_a, n_b), (6, 6));
        let text = String::from_utf8(a).unwrap();
        assert!(text.contains("Kim Il Sung,,,,,,,,,,,,,,7,7,"), "{text}");
        assert!(text.contains("Stalin,,,,,,,5,markup,stalin,,,,,7,"), "{text}");
        assert!(!dir.exists(), "merged runs and their folder are removed");
    }

    #[test]
    fn edges_are_the_relations_of_one_document() {
        let rows = edge_rows(&doc("0000000000000001"));
        let got: Vec<(&str, &str, &str, usize, &str)> = rows
            .iter()
            .map(|e| {
                let text = if e.field == "title" { TITLE } else { BODY };
                (e.kind.as_str(), e.source_entity.as_str(), e.target_entity.as_str(), e.weight, &text[e.start..e.end])
            })
            .collect();
        assert_eq!(
            got,
            [
                ("sender_recipient", "person:terentii-shtykov", "person:joseph-stalin", 1, "Shtykov to Feng Xi"),
                (
                    "co_mention",
                    "person:kim-il-sung",
                    "person:terentii-shtykov",
                    1,
                    "Kim Il Sung met Shtykov in Pyongyang."
                ),
            ]
        );
    }
}
