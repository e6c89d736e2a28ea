//! The one description of every published column: its meaning (for the dataset
//! card) and its type (for the SQLite and Parquet tables).
//!
//! A test checks that every column of every CSV header in `datasets/` and of the
//! export crate's column lists is described here, so the card cannot fall behind
//! the files it describes.

/// How a column's text is typed in SQLite and Parquet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// Text as written.
    Text,
    /// A ` | `-separated list, kept as text.
    List,
    /// A whole number (offsets, counts).
    Integer,
    /// A decimal number (coordinates, confidences).
    Float,
    /// `true` or `false`.
    Boolean,
    /// An ISO day `YYYY-MM-DD` (Parquet `Date32`).
    Day,
    /// An ISO date at its precision (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), kept as
    /// text; the `_min`/`_max` columns beside it are days.
    PartialDate,
}

impl ColumnType {
    /// The type's name in the dataset card.
    pub fn as_str(self) -> &'static str {
        match self {
            ColumnType::Text => "text",
            ColumnType::List => "list",
            ColumnType::Integer => "integer",
            ColumnType::Float => "decimal",
            ColumnType::Boolean => "boolean",
            ColumnType::Day => "date",
            ColumnType::PartialDate => "partial date",
        }
    }
}

/// One described column.
#[derive(Debug, Clone, Copy)]
pub struct ColumnDoc {
    /// The table it belongs to (`documents`, `mentions`, `entities`, `edges`,
    /// `editorial`, `rejects`, `meta`): the CSV file without `.csv`, or a table
    /// only SQLite and Parquet have.
    pub table: &'static str,
    /// Column name.
    pub name: &'static str,
    /// Type in SQLite and Parquet.
    pub kind: ColumnType,
    /// What it means, in a sentence a historian can read.
    pub meaning: &'static str,
}

const fn col(table: &'static str, name: &'static str, kind: ColumnType, meaning: &'static str) -> ColumnDoc {
    ColumnDoc { table, name, kind, meaning }
}

use ColumnType::{Boolean, Day, Float, Integer, List, PartialDate, Text};

/// Every column of every table, in file order per table.
pub const COLUMNS: &[ColumnDoc] = &[
    // documents.csv
    col(
        "documents",
        "id",
        Text,
        "Stable document id: 16 hex digits of BLAKE3 over the input file's hash and the record's key inside the file",
    ),
    col("documents", "collection", Text, "`wilson`, `frus`, `jsonl` (or a JSONL record's own collection), `plain`"),
    col("documents", "format", Text, "`wilson_page`, `frus_tei`, `jsonl`, `plain_text`"),
    col(
        "documents",
        "layout",
        Text,
        "Detected page layout (`current_site`, `dvinci`, `old_site`, `pdf_export`, `frus_document` …)",
    ),
    col(
        "documents",
        "source_path",
        Text,
        "Input path: the input root's name as given on the command line, then the path below it",
    ),
    col("documents", "source_blake3", Text, "BLAKE3 of the input file's bytes"),
    col("documents", "record_id", Text, "The archive's record id"),
    col("documents", "url", Text, "The record's URL as printed in the page"),
    col("documents", "title", Text, "Title"),
    col("documents", "place", Text, "Place of writing from the dateline (FRUS)"),
    col("documents", "date_raw", Text, "The document date as written"),
    col(
        "documents",
        "date",
        PartialDate,
        "ISO date at its precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; empty when unreadable",
    ),
    col("documents", "date_precision", Text, "`day`, `month`, `year`, or empty"),
    col("documents", "date_min", Day, "First day the date can mean"),
    col("documents", "date_max", Day, "Last day the date can mean"),
    col(
        "documents",
        "doc_type",
        Text,
        "Document type (`cable`, `telegram`, `letter`, `memorandum_of_conversation`, … `other`)",
    ),
    col("documents", "senders", List, "Senders named in the title or markup, as written"),
    col("documents", "recipients", List, "Recipients named in the title or markup, as written"),
    col("documents", "participants", List, "Participants of a conversation, as written"),
    col("documents", "classification", List, "Security classifications (`Top Secret`, `Secret`, `Confidential` …)"),
    col("documents", "handling", List, "Handling and precedence markings (`Top Priority`, `Urgent`, `Niact` …)"),
    col("documents", "archival_ref", List, "Archival references as printed"),
    col("documents", "repository", List, "Repository of each reference (`PRC FMA`, `APRF`, `AVPRF`, `MOL` …)"),
    col("documents", "archive_file", List, "File of each reference (file number, or `f. …, op. …, d. …`)"),
    col("documents", "pages", List, "Pages or folios of each reference"),
    col("documents", "translator", Text, "From \"Translated by …\""),
    col("documents", "funder", Text, "From \"This document was made possible with support from …\""),
    col("documents", "original_language", Text, "Original language as stated by the archive"),
    col("documents", "contents_label", Text, "E.g. `Translation - English`, `English HTML`"),
    col("documents", "summary", Text, "The archive's summary"),
    col("documents", "truncated", Boolean, "`true` when the stored record is cut off before its end"),
    col("documents", "n_body_chars", Integer, "Characters (Unicode scalar values) in the normalized body"),
    col("documents", "n_editorial", Integer, "Editorial spans in the body"),
    col("documents", "n_mentions", Integer, "This document's rows in `mentions.csv`"),
    col(
        "documents",
        "diagnostics",
        List,
        "Codes of everything odd noticed (`truncated`, `no_date`, …), each once in the order first noticed; a repeated one with its count and first offsets (`unclosed_bracket ×3120 (body 10, 52, 97, …)`); at most 300 bytes, the full list is in `documents.jsonl`",
    ),
    col(
        "documents",
        "cluster_id",
        Text,
        "The document's group of copies, as in `clusters.csv` (the group's smallest document id; its own id when linked to nothing); empty when the run did not link (`--no-links`, a `--shard` part: see `clusters.csv` of `dossier links`)",
    ),
    col(
        "documents",
        "is_canonical",
        Boolean,
        "`true` for the group's most complete copy (the longest body; ties: the smallest id), so `WHERE is_canonical` counts each record once; empty when the run did not link",
    ),
    // mentions.csv
    col("mentions", "doc_id", Text, "The document's `id`"),
    col(
        "mentions",
        "category",
        Text,
        "`field`, `date`, `doc_type`, `actor`, `marking`, `archival_ref`, `editorial`, `markup`, `person`, `place`, `organization`",
    ),
    col(
        "mentions",
        "kind",
        Text,
        "Finer kind: the field name, `document_date`, `sender`/`recipient`, `classification`, `gloss` …",
    ),
    col(
        "mentions",
        "field",
        Text,
        "The text the offsets point into: `source`, `title`, `date_line`, `summary`, `citation`, `archival_ref`, `body`",
    ),
    col("mentions", "start", Integer, "UTF-8 byte offset of the span in that text"),
    col("mentions", "end", Integer, "UTF-8 byte offset one past the span"),
    col("mentions", "text", Text, "The span's text"),
    col("mentions", "value", Text, "The normalized value read from it (an ISO date, a canonical label, …)"),
    col("mentions", "rule", Text, "The dotted name of the rule that produced it"),
    col("mentions", "entity_id", Text, "People, places, organizations: the linked entity (a row of `entities.csv`)"),
    col(
        "mentions",
        "method",
        Text,
        "People, places, organizations: how it was recognised or linked (`markup`, `title`, `gazetteer`, `model` …)",
    ),
    col(
        "mentions",
        "confidence",
        Float,
        "People, places, organizations: confidence between 0 and 1 (ordinal, not a probability)",
    ),
    col(
        "mentions",
        "office",
        Text,
        "A person named by an office (`the Secretary`, `the Ambassador` in a telegram from or to a US embassy; method `office_by_date`): the office, as POCOM names it (`secretary`, `under-secretary`, `chief-of-mission`) or `president`; the person is its holder at the document's date",
    ),
    // entities.csv
    col(
        "entities",
        "entity_id",
        Text,
        "Stable id from the canonical key (`place:geonames:1529435`, `person:zhou-enlai`)",
    ),
    col("entities", "kind", Text, "`person`, `place` or `organization`"),
    col("entities", "canonical_name", Text, "The name the dataset uses for it"),
    col("entities", "variants", List, "Every spelling seen in the text"),
    col("entities", "geonames_id", Integer, "Places: GeoNames id"),
    col("entities", "lat", Float, "Places: latitude in degrees"),
    col("entities", "lon", Float, "Places: longitude in degrees"),
    col("entities", "country", Text, "Places: ISO 3166 alpha-2 code of the modern country"),
    col("entities", "polity", List, "Places: the state it belonged to at the dates of the documents naming it"),
    col("entities", "modern_name", Text, "Places: the modern name"),
    col(
        "entities",
        "hsg_id",
        Integer,
        "People: id in the Office of the Historian's people database (history.state.gov), when the source's markup \
         links the person there (a FRUS `persName` whose List of Persons entry the database names) or the name fits \
         exactly one person of the database who was an adult and alive in the document's year, preferring those a \
         Foreign Relations volume of that year lists (a surname alone only with a title that fits the person, for \
         an officer of the Department of State, or when such a volume lists the person with someone the document \
         names in full); empty when its mentions link to no person or to more than one",
    ),
    col(
        "entities",
        "hsg_method",
        Text,
        "Linked people: how the link was made, `markup` (the source tags the person) or `name_date` (the full name \
         and the document's year); `markup` when both found the same person",
    ),
    col(
        "entities",
        "pocom_id",
        Text,
        "Linked people who held a principal office of the Department of State or led a mission: POCOM id \
         (`history.state.gov/departmenthistory/people/<id>`)",
    ),
    col("entities", "viaf_id", Text, "Linked people: VIAF id (`viaf.org/viaf/<id>`), when the database gives one"),
    col("entities", "birth_year", Integer, "Linked people: year of birth (people database, else POCOM)"),
    col("entities", "death_year", Integer, "Linked people: year of death (people database, else POCOM)"),
    col(
        "entities",
        "offices",
        Text,
        "People: the offices documents name them by (`the Secretary` read as `secretary` at the document's date, see `mentions.csv`'s `office`), ` | `-separated",
    ),
    col("entities", "n_documents", Integer, "Documents that mention it"),
    col("entities", "n_mentions", Integer, "Mentions of it in all documents"),
    col(
        "entities",
        "probable_same_as",
        Text,
        "People known by one name only: the one person named in full with that first or last name",
    ),
    // edges.csv
    col("edges", "doc_id", Text, "The document that links the two entities"),
    col("edges", "source_entity", Text, "`sender_recipient`: the sender; `co_mention`: the smaller id"),
    col("edges", "target_entity", Text, "`sender_recipient`: the recipient; `co_mention`: the larger id"),
    col("edges", "kind", Text, "`sender_recipient` or `co_mention` (named in the same body paragraph)"),
    col("edges", "weight", Integer, "`sender_recipient`: 1; `co_mention`: paragraphs naming both"),
    col("edges", "field", Text, "The text the evidence offsets point into (`title`, `body`)"),
    col(
        "edges",
        "start",
        Integer,
        "UTF-8 byte offset of the evidence (the title, or the first paragraph naming both); its text is `documents.jsonl`'s `body` (or `fields.title.value`) from `start` to `end`",
    ),
    col("edges", "end", Integer, "UTF-8 byte offset one past the evidence"),
    // links.csv
    col("links", "doc_a", Text, "The first document; for `excerpt_of`, the excerpt"),
    col("links", "doc_b", Text, "The second document"),
    col(
        "links",
        "relation",
        Text,
        "`same_record` (same archive record id or URL), `near_duplicate` (Jaccard similarity of the 5-word shingles ≥ 0.8), `excerpt_of` (≥ 0.8 of the smaller body inside the larger), `cross_collection` (either, between two collections)",
    ),
    col("links", "score", Float, "Jaccard similarity (containment for `excerpt_of`; 1 for `same_record`)"),
    col(
        "links",
        "evidence",
        Text,
        "What the relation rests on: the measured similarities and shared shingles, or the shared record",
    ),
    // clusters.csv
    col("clusters", "doc_id", Text, "The document"),
    col(
        "clusters",
        "cluster_id",
        Text,
        "The smallest document id of its group of linked copies (its own id when linked to nothing)",
    ),
    col(
        "clusters",
        "is_canonical",
        Boolean,
        "`true` for the group's most complete copy (the longest body; ties: the smallest id)",
    ),
    col("clusters", "n_copies", Integer, "Documents in the group"),
    // editorial (from documents.jsonl `editorial`)
    col("editorial", "doc_id", Text, "The document's `id`"),
    col("editorial", "span_idx", Integer, "Position of the span in the document (0-based)"),
    col(
        "editorial",
        "kind",
        Text,
        "`elision`, `gloss`, `insertion`, `sic`, `uncertain`, `illegible`, `translator_note`, `redaction`",
    ),
    col("editorial", "text", Text, "The bracketed text as it stands in the body"),
    col("editorial", "start", Integer, "UTF-8 byte offset in the body"),
    col("editorial", "end", Integer, "UTF-8 byte offset one past the span"),
    col("editorial", "content", Text, "The bracket's content"),
    col("editorial", "glossed", Text, "For glosses: the words the bracket glosses"),
    col("editorial", "rule", Text, "The rule that read it"),
    // rejects (from rejects.jsonl)
    col("rejects", "path", Text, "Input path"),
    col("rejects", "record_key", Text, "Record key inside the file, when known"),
    col("rejects", "reason", Text, "Reason code (`empty`, `invalid_utf8`, `malformed_xml`, `duplicate`, …)"),
    col("rejects", "detail", Text, "What was expected and where"),
    col("rejects", "offset", Integer, "Byte offset of the problem, when known"),
    col("rejects", "line", Integer, "1-based line of the problem, when known"),
    // meta (from manifest.json)
    col("meta", "key", Text, "A manifest entry as a dotted path (`counts.processed`, `inputs.3.blake3`)"),
    col("meta", "value", Text, "Its value, as JSON text for non-strings"),
];

/// The description of `table.name`, if any.
pub fn column_doc(table: &str, name: &str) -> Option<&'static ColumnDoc> {
    COLUMNS.iter().find(|c| c.table == table && c.name == name)
}

/// The type of `table.name`; text for an undescribed column (a newer file).
pub fn column_type(table: &str, name: &str) -> ColumnType {
    column_doc(table, name).map(|c| c.kind).unwrap_or(ColumnType::Text)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn check(table: &str, columns: &[&str], source: &str) {
        for name in columns {
            assert!(
                column_doc(table, name).is_some(),
                "{source}: column `{table}.{name}` has no description in columns.rs"
            );
        }
    }

    #[test]
    fn every_exported_column_is_described() {
        check("documents", &dossier_export::DOCUMENT_COLUMNS, "dossier_export::DOCUMENT_COLUMNS");
        check("mentions", &dossier_export::MENTION_COLUMNS, "dossier_export::MENTION_COLUMNS");
        check("entities", &dossier_export::ENTITY_COLUMNS, "dossier_export::ENTITY_COLUMNS");
        check("edges", &dossier_export::EDGE_COLUMNS, "dossier_export::EDGE_COLUMNS");
    }

    #[test]
    fn every_column_of_the_committed_csv_headers_is_described() {
        let datasets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets");
        let mut n_checked = 0;
        for dataset in std::fs::read_dir(&datasets).unwrap() {
            let dir = dataset.unwrap().path();
            for table in ["documents", "mentions", "entities", "edges", "links", "clusters"] {
                let path = dir.join(format!("{table}.csv"));
                let Ok(content) = std::fs::read_to_string(&path) else { continue };
                let header: Vec<&str> = content.lines().next().unwrap_or_default().split(',').collect();
                check(table, &header, &path.display().to_string());
                n_checked += 1;
            }
        }
        assert!(n_checked >= 3, "expected the committed datasets under {}", datasets.display());
    }

    #[test]
    fn no_column_is_described_twice() {
        for (idx, a) in COLUMNS.iter().enumerate() {
            assert!(
                !COLUMNS[idx + 1..].iter().any(|b| a.table == b.table && a.name == b.name),
                "{}.{} twice",
                a.table,
                a.name
            );
        }
    }
}
