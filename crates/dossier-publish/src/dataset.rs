//! Reading a published dataset folder: the CSV tables by header name, the
//! parts of `documents.jsonl` that no CSV carries (body, editorial spans, rights
//! statements), `rejects.jsonl` and `manifest.json`.
//!
//! The folder's files are the contract: nothing here knows the pipeline's
//! in-memory types, and a column is found by its header, so a file with more or
//! fewer columns than this version knows still reads.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::Error;

/// One CSV file: its header and its rows, cells as published except that the
/// spreadsheet guard (a `'` before a leading `=`, `+`, `-`, `@`, tab or carriage
/// return) is removed, since SQLite, Parquet and HTML are not spreadsheets.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// File name (`documents.csv`).
    pub file: String,
    /// Column names in file order.
    pub columns: Vec<String>,
    /// Rows; every row has exactly `columns.len()` cells.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The index of a column, if the file has it.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }

    /// The cell of `row` in column `name`; empty when the file has no such column.
    pub fn cell<'a>(&self, row: &'a [String], name: &str) -> &'a str {
        self.column(name).and_then(|idx| row.get(idx)).map(String::as_str).unwrap_or("")
    }

    /// Reads a CSV file (header first).
    pub fn read(path: &Path) -> Result<Table, Error> {
        let file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_owned(), source })?;
        let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(bytes.as_slice());
        let csv_error = |source: csv::Error| Error::Csv { path: path.to_owned(), source };
        let columns: Vec<String> = reader.headers().map_err(csv_error)?.iter().map(str::to_owned).collect();
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(csv_error)?;
            rows.push(record.iter().map(unguard).collect());
        }
        Ok(Table { file, columns, rows })
    }
}

/// Removes the spreadsheet guard the CSV writer puts before a formula-like cell.
pub fn unguard(cell: &str) -> String {
    unguard_str(cell).to_owned()
}

/// [`unguard`] without a copy.
pub fn unguard_str(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// An editorial span of one document, from `documents.jsonl`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditorialSpan {
    /// Document id.
    pub doc_id: String,
    /// Position of the span in the document's list (0-based).
    pub span_idx: usize,
    /// `elision`, `gloss`, `insertion`, `sic` …
    pub kind: String,
    /// The bracketed text as it stands in the body.
    pub text: String,
    /// UTF-8 byte offset in the body.
    pub start: Option<i64>,
    /// UTF-8 byte offset one past the span.
    pub end: Option<i64>,
    /// The bracket's content.
    pub content: String,
    /// For glosses: the glossed words.
    pub glossed: String,
    /// The rule that read it.
    pub rule: String,
}

/// What `documents.jsonl` adds to a `documents.csv` row.
#[derive(Debug, Clone, Default)]
pub struct DocumentText {
    /// The normalized body.
    pub body: String,
    /// Rights statements and licence notices found in the record (dropped page
    /// furniture or header fields mentioning rights, copyright or licences).
    pub rights: Vec<String>,
}

/// One line of `rejects.jsonl`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RejectLine {
    /// Input path.
    pub path: String,
    /// Record key inside the file, when known.
    pub record_key: String,
    /// Reason code.
    pub reason: String,
    /// What was expected and where.
    pub detail: String,
    /// Byte offset, when known.
    pub offset: Option<i64>,
    /// 1-based line, when known.
    pub line: Option<i64>,
}

/// A dataset folder, read.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    /// The folder's own name (never its absolute path, which must not reach outputs).
    pub name: String,
    /// `documents.csv`.
    pub documents: Table,
    /// `mentions.csv`, when present.
    pub mentions: Option<Table>,
    /// `entities.csv`, when present.
    pub entities: Option<Table>,
    /// `edges.csv`, when present.
    pub edges: Option<Table>,
    /// `links.csv` (copies, near copies, excerpts), when present.
    pub links: Option<Table>,
    /// `clusters.csv` (each document's group of copies), when present.
    pub clusters: Option<Table>,
    /// Per document id: the body and rights statements from `documents.jsonl`.
    pub texts: BTreeMap<String, DocumentText>,
    /// Every editorial span, in file order.
    pub editorial: Vec<EditorialSpan>,
    /// `rejects.jsonl`.
    pub rejects: Vec<RejectLine>,
    /// `manifest.json` (`Value::Null` when absent).
    pub manifest: Value,
}

impl Dataset {
    /// Reads the dataset in `dir`. `documents.csv` is required; every other file
    /// is read when present.
    pub fn open(dir: &Path) -> Result<Dataset, Error> {
        let documents_path = dir.join("documents.csv");
        if !documents_path.is_file() {
            return Err(Error::NotADataset { path: dir.to_owned() });
        }
        let optional = |name: &str| -> Result<Option<Table>, Error> {
            let path = dir.join(name);
            if path.is_file() { Table::read(&path).map(Some) } else { Ok(None) }
        };
        let name = dir
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "dataset".to_owned());
        let mut dataset = Dataset {
            name,
            documents: Table::read(&documents_path)?,
            mentions: optional("mentions.csv")?,
            entities: optional("entities.csv")?,
            edges: optional("edges.csv")?,
            links: optional("links.csv")?,
            clusters: optional("clusters.csv")?,
            ..Dataset::default()
        };
        let jsonl = dir.join("documents.jsonl");
        if jsonl.is_file() {
            for_each_json_line(&jsonl, |value| {
                let id = value.get("id").and_then(Value::as_str).unwrap_or_default().to_owned();
                for (span_idx, span) in
                    value.get("editorial").and_then(Value::as_array).into_iter().flatten().enumerate()
                {
                    dataset.editorial.push(EditorialSpan {
                        doc_id: id.clone(),
                        span_idx,
                        kind: text(span, "kind"),
                        text: text(span, "text"),
                        start: span.get("start").and_then(Value::as_i64),
                        end: span.get("end").and_then(Value::as_i64),
                        content: text(span, "content"),
                        glossed: text(span, "glossed"),
                        rule: text(span, "rule"),
                    });
                }
                let body = text(&value, "body");
                let dropped = value.get("dropped").and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
                let rights = rights_statements(dropped, value.get("fields").and_then(Value::as_object));
                dataset.texts.insert(id, DocumentText { body, rights });
            })?;
        }
        let rejects = dir.join("rejects.jsonl");
        if rejects.is_file() {
            for_each_json_line(&rejects, |value| {
                dataset.rejects.push(RejectLine {
                    path: text(&value, "path"),
                    record_key: text(&value, "record_key"),
                    reason: text(&value, "reason"),
                    detail: text(&value, "detail"),
                    offset: value.get("offset").and_then(Value::as_i64),
                    line: value.get("line").and_then(Value::as_i64),
                });
            })?;
        }
        let manifest = dir.join("manifest.json");
        if manifest.is_file() {
            let bytes = std::fs::read(&manifest).map_err(|source| Error::Io { path: manifest.clone(), source })?;
            dataset.manifest = serde_json::from_slice(&bytes).map_err(|source| Error::Json {
                path: manifest.clone(),
                line: 1,
                source,
            })?;
        }
        Ok(dataset)
    }

    /// Names of the data files present in `dir` that a dataset folder may hold.
    pub fn data_files(dir: &Path) -> Vec<PathBuf> {
        DATA_FILES.iter().map(|name| dir.join(name)).filter(|p| p.is_file()).collect()
    }
}

/// The files `dossier run` writes (and the entity engineer's two), in a fixed order.
pub const DATA_FILES: [&str; 9] = [
    "documents.csv",
    "documents.jsonl",
    "mentions.csv",
    "entities.csv",
    "edges.csv",
    "links.csv",
    "clusters.csv",
    "rejects.jsonl",
    "manifest.json",
];

/// A string field of a JSON object, or empty; numbers are written as text.
pub(crate) fn text(value: &Value, key: &str) -> String {
    match value.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// Calls `f` with every non-empty line of a JSONL file, parsed.
fn for_each_json_line(path: &Path, mut f: impl FnMut(Value)) -> Result<(), Error> {
    let content = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_owned(), source })?;
    for (idx, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value = serde_json::from_str(line).map_err(|source| Error::Json {
            path: path.to_owned(),
            line: idx + 1,
            source,
        })?;
        f(value);
    }
    Ok(())
}

/// Rights statements in one JSONL record (its `dropped` and `fields`): the text of dropped page furniture,
/// header fields and site metadata that speak of rights, copyright or licences.
pub(crate) fn rights_statements(dropped: &[Value], fields: Option<&serde_json::Map<String, Value>>) -> Vec<String> {
    let mut found = Vec::new();
    let mut consider = |s: &str| {
        let lower = s.to_lowercase();
        let is_rights = ["rights", "copyright", "licens", "permission"].iter().any(|w| lower.contains(w));
        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        // A statement is a sentence, not a label such as "Rights".
        let is_sentence = s.split(' ').count() >= 5;
        if is_rights && is_sentence && s.chars().count() <= 600 && !found.contains(&s) {
            found.push(s);
        }
    };
    for dropped in dropped {
        if let Some(s) = dropped.get("text").and_then(Value::as_str) {
            consider(s);
        }
    }
    if let Some(fields) = fields {
        for value in fields.values() {
            match value.get("value") {
                Some(Value::String(s)) => consider(s),
                _ => {
                    // `site_metadata` and lists: look one level down.
                    for inner in value
                        .as_array()
                        .into_iter()
                        .flatten()
                        .chain(value.as_object().into_iter().flat_map(|o| o.values()))
                    {
                        if let Some(s) = inner.get("value").and_then(Value::as_str) {
                            consider(s);
                        }
                    }
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unguard_removes_only_the_spreadsheet_guard() {
        assert_eq!(unguard("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(unguard("'-5"), "-5");
        assert_eq!(unguard("'quoted'"), "'quoted'");
        assert_eq!(unguard("plain"), "plain");
    }

    #[test]
    fn reads_the_committed_wilson_dataset_by_header() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets/wilson");
        let dataset = Dataset::open(&dir).unwrap();
        assert_eq!(dataset.name, "wilson");
        assert!(!dataset.documents.rows.is_empty());
        assert_eq!(dataset.texts.len(), dataset.documents.rows.len());
        assert!(dataset.documents.column("title").is_some());
        assert!(!dataset.editorial.is_empty());
        assert!(dataset.texts.values().any(|t| !t.rights.is_empty()), "Wilson records carry a rights statement");
    }
}
