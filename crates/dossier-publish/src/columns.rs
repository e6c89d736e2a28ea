//! The one description of every published column: its meaning (for the dataset
//! card and the README) and its type (for the SQLite and Parquet tables).
//!
//! The tables `dossier run` writes (`documents`, `mentions`, `entities`,
//! `edges`) are described next to their row types in `dossier-export`
//! ([`dossier_export::TABLES`]); this file describes the rest: `links.csv` and
//! `clusters.csv` (written by `dossier run` and `dossier links`) and the tables
//! only SQLite and Parquet have. A test checks that every column of every CSV
//! header in `datasets/` is described, so the card cannot fall behind the files
//! it describes.

pub use dossier_export::ColumnType;

/// One described column of a table.
#[derive(Debug, Clone, Copy)]
pub struct ColumnDoc {
    /// The table it belongs to (`documents`, `mentions`, `entities`, `edges`,
    /// `links`, `clusters`, `editorial`, `rejects`, `meta`): the CSV file
    /// without `.csv`, or a table only SQLite and Parquet have.
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

use ColumnType::{Boolean, Float, Integer, Text};

/// The columns of the tables `dossier-export` does not describe, in file order per table.
pub const COLUMNS: &[ColumnDoc] = &[
    col(
        "links",
        "doc_a",
        Text,
        "the two documents (`id` of `documents.csv`); for `excerpt_of`, `doc_a` is the excerpt, otherwise the smaller id comes first",
    ),
    col(
        "links",
        "doc_b",
        Text,
        "the two documents (`id` of `documents.csv`); for `excerpt_of`, `doc_a` is the excerpt, otherwise the smaller id comes first",
    ),
    col(
        "links",
        "relation",
        Text,
        "`same_record` (the same archive record id or URL), `near_duplicate` (Jaccard similarity of the shingle sets ≥ 0.8), `excerpt_of` (≥ 0.8 of the smaller body's shingles inside the larger), `cross_collection` (either of the last two between collections, a Wilson record and a FRUS document), `identical` (an input file with the same bytes as one already read: rejected as `duplicate`, listed here with `doc_a = doc_b`, the one document id both files have)",
    ),
    col(
        "links",
        "score",
        Float,
        "the Jaccard similarity (containment for `excerpt_of`; 1 for `same_record`), three decimals",
    ),
    col(
        "links",
        "evidence",
        Text,
        "what it rests on: `jaccard 0.925, containment 0.981, 258 shared shingles`, or the shared record; then, when both documents have them, `; same title` and `; same date` or `; dates differ: 1950-08-31, 1950-10-14` (title and date are reported, never a reason to link: one archive series gives many records the same title, like the two `Ciphered Telegram, Shtykov to Feng Xi [Stalin]` pages of 31 August and 14 October 1950 in the bundled corpus, which are two telegrams and are not linked)",
    ),
    col("clusters", "doc_id", Text, "the document"),
    col(
        "clusters",
        "cluster_id",
        Text,
        "the smallest document id of its group (documents joined by any link of `links.csv`); its own id when it is linked to nothing",
    ),
    col(
        "clusters",
        "is_canonical",
        Boolean,
        "`true` for the most complete copy of the group (the longest body; ties: the smallest id), so `WHERE is_canonical` counts each record once",
    ),
    col("clusters", "n_copies", Integer, "documents in the group"),
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
    col("rejects", "path", Text, "Input path"),
    col("rejects", "record_key", Text, "Record key inside the file, when known"),
    col("rejects", "reason", Text, "Reason code (`empty`, `invalid_utf8`, `malformed_xml`, `duplicate`, …)"),
    col("rejects", "detail", Text, "What was expected and where"),
    col("rejects", "offset", Integer, "Byte offset of the problem, when known"),
    col("rejects", "line", Integer, "1-based line of the problem, when known"),
    col("meta", "key", Text, "A manifest entry as a dotted path (`counts.processed`, `inputs.3.blake3`)"),
    col("meta", "value", Text, "Its value, as JSON text for non-strings"),
];

/// The description of `table.name`, if any: from the export crate's tables or
/// from [`COLUMNS`].
pub fn column_doc(table: &str, name: &str) -> Option<ColumnDoc> {
    if let Some((table, columns)) = dossier_export::TABLES.iter().find(|(t, _)| *t == table) {
        let c = columns.iter().find(|c| c.name == name)?;
        return Some(ColumnDoc { table, name: c.name, kind: c.kind, meaning: c.meaning });
    }
    COLUMNS.iter().find(|c| c.table == table && c.name == name).copied()
}

/// Every described column of `table`, in file order.
pub fn table_columns(table: &str) -> Vec<ColumnDoc> {
    match dossier_export::TABLES.iter().find(|(t, _)| *t == table) {
        Some((table, columns)) => {
            columns.iter().map(|c| ColumnDoc { table, name: c.name, kind: c.kind, meaning: c.meaning }).collect()
        }
        None => COLUMNS.iter().filter(|c| c.table == table).copied().collect(),
    }
}

/// The type of `table.name`; text for an undescribed column (a newer file).
pub fn column_type(table: &str, name: &str) -> ColumnType {
    column_doc(table, name).map(|c| c.kind).unwrap_or(ColumnType::Text)
}

/// The Markdown table of `table`'s columns as the README shows it: name, type
/// and meaning, consecutive columns with the same type and meaning in one row.
pub fn markdown_table(table: &str) -> String {
    let mut out = String::from("| column | type | meaning |\n|---|---|---|\n");
    let columns = table_columns(table);
    let mut at = 0;
    while at < columns.len() {
        let c = columns[at];
        let run = columns[at..].iter().take_while(|d| d.kind == c.kind && d.meaning == c.meaning).count();
        let names: Vec<String> = columns[at..at + run].iter().map(|d| format!("`{}`", d.name)).collect();
        let meaning = c.meaning.replace('|', "\\|");
        out.push_str(&format!("| {} | {} | {meaning} |\n", names.join(", "), c.kind.as_str()));
        at += run;
    }
    out
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
