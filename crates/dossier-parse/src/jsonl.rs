//! JSONL input: one JSON object per line → one document per good line.
//!
//! A record needs an id (string or number) and a non-empty text; `title`, `date`,
//! `url`, `summary` and `collection` are read when present, and every other key is
//! kept in `fields.site_metadata` as source-provided metadata (strings as they are,
//! other JSON as its compact JSON text; `null` values are dropped as saying nothing).
//!
//! Key mapping: each field is read from the first of its keys that is present and
//! not null (see [`KEYS`]). Beyond the plain names, the keys of the Wilson Center
//! Digital Archive export (the `documents` table of the scraper's
//! `wilson_archive.db`, see `corpus/wilson-bulk/SOURCE.md`) are accepted so that
//! real archive exports work as they are: `text_body` → text,
//! `original_publication_date` → date, `record_id` (else `document_url`) → id,
//! `document_url` → url. A document says which keys were mapped
//! (`jsonl_keys_mapped`).
//!
//! A record's document id and its evidence depend on its own line only (the id is
//! derived from the line's BLAKE3 and the record id), so the same record gets the
//! same id and offsets whether it is read from a file by `dossier run` or from
//! standard input by `dossier stream` (see [`parse_line`]).
//!
//! Ids must be unique in the file, so `source.record_key` is the id. A bad line
//! (invalid JSON, not an object, a missing, empty or mistyped id or text, an id
//! already used) becomes one [`Error::JsonlLine`] naming its 1-based line and byte
//! offset; the other lines still parse. Blank lines hold no record: at the end of
//! the file they are ignored, elsewhere the next record notes them
//! (`jsonl_blank_lines`).
//!
//! Evidence: a value's evidence is its JSON token exactly as written (a string with
//! its quotes and escapes), as `TextField::Source` offsets into the record's own
//! line (without its line ending); `start` is where the token begins. The body is
//! the unescaped `text` value, and `body_offset` is where its JSON token begins in
//! the line.

use std::collections::BTreeMap;

use dossier_model::{
    Diagnostic, DocMeta, Evidence, Extracted, Fields, Format, Layout, ParsedDoc, RawInput, Source, TextField,
};
use serde_json::value::RawValue;

use crate::decode::Decoded;
use crate::error::{Error, JsonlProblem};
use crate::{Parsed, doc_id};

/// The default collection of JSONL records (a record's own `collection` wins).
pub const JSONL_COLLECTION: &str = "jsonl";

/// A field read from fixed keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Known {
    Id,
    Text,
    Title,
    Date,
    Url,
    Summary,
    Collection,
}

/// The keys each field is read from, in order of preference.
const KEYS: &[(Known, &[&str])] = &[
    (Known::Id, &["id", "record_id", "document_url"]),
    (Known::Text, &["text", "text_body"]),
    (Known::Title, &["title"]),
    (Known::Date, &["date", "original_publication_date"]),
    (Known::Url, &["url", "document_url"]),
    (Known::Summary, &["summary"]),
    (Known::Collection, &["collection"]),
];

/// The keys of `field`, in order.
fn keys_of(field: Known) -> &'static [&'static str] {
    KEYS.iter().find(|(known, _)| *known == field).map_or(&[], |(_, keys)| keys)
}

/// The keys of `field` formatted for an error message.
fn keys_text(field: Known) -> &'static str {
    match field {
        Known::Id => "`id`, `record_id` or `document_url`",
        Known::Text => "`text` or `text_body`",
        _ => "",
    }
}

/// Parses one decoded JSONL input.
pub(crate) fn parse(input: &RawInput, decoded: Decoded) -> Parsed {
    let text = decoded.text.as_str();
    let mut parsed = Parsed::default();
    let mut first_line_of: BTreeMap<String, usize> = BTreeMap::new();
    let mut blank_run: Vec<usize> = Vec::new();
    let mut offset = 0;
    for (line_idx, piece) in text.split_inclusive('\n').enumerate() {
        let line_start = offset;
        offset += piece.len();
        let line_number = line_idx + 1;
        let line = piece.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            blank_run.push(line_number);
            continue;
        }
        let bad = |problem| Error::JsonlLine {
            path: input.path.clone(),
            line: line_number,
            offset: line_start + decoded.file_shift,
            problem,
        };
        let record = match read_record(line) {
            Ok(record) => record,
            Err(problem) => {
                parsed.errors.push(bad(problem));
                blank_run.clear();
                continue;
            }
        };
        if let Some(&first_line) = first_line_of.get(&record.id) {
            parsed.errors.push(bad(JsonlProblem::DuplicateId { id: record.id, first_line }));
            blank_run.clear();
            continue;
        }
        first_line_of.insert(record.id.clone(), line_number);

        let mut diagnostics = decoded.diagnostics.clone();
        if let (Some(first), Some(last)) = (blank_run.first(), blank_run.last()) {
            let lines = if first == last { format!("line {first}") } else { format!("lines {first}-{last}") };
            diagnostics.push(Diagnostic::warning(
                "jsonl_blank_lines",
                format!("blank {lines} before this record held no record and were skipped"),
            ));
            blank_run.clear();
        }
        let source = Source {
            path: input.path.clone(),
            blake3: input.blake3.clone(),
            n_bytes: input.bytes.len() as u64,
            record_key: Some(record.id.clone()),
        };
        parsed.docs.push(into_doc(record, line, source, diagnostics));
    }
    parsed
}

/// Builds the document of one good record read from `line`.
fn into_doc(record: Record, line: &str, source: Source, mut diagnostics: Vec<Diagnostic>) -> ParsedDoc {
    let line_hash = blake3::hash(line.as_bytes()).to_hex();
    diagnostics.extend(record.diagnostics);
    ParsedDoc {
        meta: DocMeta {
            id: doc_id(line_hash.as_str(), Some(&record.id)),
            source,
            collection: record.collection.unwrap_or_else(|| JSONL_COLLECTION.to_owned()),
            format: Format::Jsonl,
            layout: Layout::JsonlRecord,
            body_offset: record.body_offset,
            truncated: false,
            dropped: Vec::new(),
            authority: None,
            source_text: std::sync::Arc::from(line),
        },
        fields: record.fields,
        body: record.body,
        markup: Default::default(),
        diagnostics,
    }
}

/// Parses one JSONL record given on its own, as `dossier stream` reads them:
/// `line` is the record without its line ending, `line_number` its 1-based
/// position in the stream, `path` the display name of the stream. The document is
/// the same as the one `dossier run` makes from the same line in a file, except
/// for `source` (which names the stream and the line's own hash and size).
pub fn parse_line(path: &str, line_number: usize, line: &str) -> Result<ParsedDoc, Error> {
    let bad = |problem| Error::JsonlLine { path: path.to_owned(), line: line_number, offset: 0, problem };
    if line.trim().is_empty() {
        return Err(bad(JsonlProblem::InvalidJson { detail: "the line is empty: expected a JSON object".to_owned() }));
    }
    let record = read_record(line).map_err(bad)?;
    let source = Source {
        path: path.to_owned(),
        blake3: blake3::hash(line.as_bytes()).to_hex().to_string(),
        n_bytes: line.len() as u64,
        record_key: Some(record.id.clone()),
    };
    Ok(into_doc(record, line, source, Vec::new()))
}

/// One good line.
#[derive(Debug)]
struct Record {
    id: String,
    collection: Option<String>,
    fields: Fields,
    body: String,
    body_offset: usize,
    diagnostics: Vec<Diagnostic>,
}

/// The name of a JSON value's type, from its first character.
fn json_type(raw: &str) -> &'static str {
    match raw.trim_start().chars().next() {
        Some('{') => "object",
        Some('[') => "array",
        Some('"') => "string",
        Some('t' | 'f') => "boolean",
        Some('n') => "null",
        _ => "number",
    }
}

/// Reads one non-blank line into a record; offsets are relative to the line.
fn read_record(line: &str) -> Result<Record, JsonlProblem> {
    let text = line;
    let value: &RawValue =
        serde_json::from_str(line).map_err(|error| JsonlProblem::InvalidJson { detail: error.to_string() })?;
    let found = json_type(value.get());
    if found != "object" {
        return Err(JsonlProblem::NotAnObject { found });
    }
    let map: BTreeMap<String, &RawValue> =
        serde_json::from_str(line).map_err(|error| JsonlProblem::InvalidJson { detail: error.to_string() })?;
    // `RawValue::get` borrows from `line`, itself a slice of `text`: the distance
    // between the two pointers is the token's byte offset in the decoded text.
    let offset_of = |raw: &RawValue| raw.get().as_ptr() as usize - text.as_ptr() as usize;
    let evidence = |raw: &RawValue| {
        let start = offset_of(raw);
        Evidence::new(TextField::Source, text, start, start + raw.get().len())
    };
    let present = |key: &str| map.get(key).copied().filter(|raw| json_type(raw.get()) != "null");

    let mut used: Vec<&str> = Vec::new();
    let mut not_text: Vec<&str> = Vec::new();
    let mut mapped: Vec<String> = Vec::new();
    let mut pick = |field: Known| -> Option<(&'static str, &RawValue)> {
        let keys = keys_of(field);
        let (key, raw) = keys.iter().find_map(|key| present(key).map(|raw| (*key, raw)))?;
        used.push(key);
        if key != keys[0] {
            mapped.push(format!("`{key}` as `{}`", keys[0]));
        }
        Some((key, raw))
    };

    let (id_key, id_raw) =
        pick(Known::Id).ok_or(JsonlProblem::MissingField { field: "id", keys: keys_text(Known::Id) })?;
    let id = match json_type(id_raw.get()) {
        "string" => string_value(id_raw),
        "number" => id_raw.get().to_owned(),
        found => return Err(JsonlProblem::InvalidField { field: "id", found, expected: "a string or a number" }),
    };
    let id = id.trim().to_owned();
    if id.is_empty() {
        return Err(JsonlProblem::MissingField { field: "id", keys: keys_text(Known::Id) });
    }
    let (_, text_raw) =
        pick(Known::Text).ok_or(JsonlProblem::MissingField { field: "text", keys: keys_text(Known::Text) })?;
    let found = json_type(text_raw.get());
    if found != "string" {
        return Err(JsonlProblem::InvalidField { field: "text", found, expected: "a string" });
    }
    let body = string_value(text_raw);
    if body.trim().is_empty() {
        return Err(JsonlProblem::MissingField { field: "text", keys: keys_text(Known::Text) });
    }

    let mut fields = Fields::default();
    let mut diagnostics = Vec::new();
    fields.record_id = Some(Extracted::new(id.clone(), format!("jsonl.{id_key}"), evidence(id_raw)));
    let mut collection = None;
    for field in [Known::Title, Known::Date, Known::Url, Known::Summary, Known::Collection] {
        let Some((key, raw)) = pick(field) else {
            continue;
        };
        if json_type(raw.get()) != "string" {
            // Kept as metadata below rather than read as text it is not.
            not_text.push(key);
            diagnostics.push(Diagnostic::warning(
                "jsonl_field_not_text",
                format!("`{key}` is a json {}, not a string: kept as metadata only", json_type(raw.get())),
            ));
            continue;
        }
        let value = string_value(raw);
        if value.trim().is_empty() {
            continue;
        }
        let extracted = Extracted::new(value.clone(), format!("jsonl.{key}"), evidence(raw));
        match field {
            Known::Title => fields.title = Some(extracted),
            Known::Date => fields.date_line = Some(extracted),
            Known::Url => fields.url = Some(extracted),
            Known::Summary => fields.summary = Some(extracted),
            Known::Collection => collection = Some(value),
            Known::Id | Known::Text => {}
        }
    }
    if !mapped.is_empty() {
        mapped.dedup();
        diagnostics.push(Diagnostic::info("jsonl_keys_mapped", format!("read {}", mapped.join(", "))));
    }
    for (key, raw) in &map {
        let read = used.contains(&key.as_str()) && !not_text.contains(&key.as_str());
        if read || json_type(raw.get()) == "null" {
            continue;
        }
        let value = match json_type(raw.get()) {
            "string" => string_value(raw),
            _ => compact(raw),
        };
        fields.site_metadata.insert(key.clone(), Extracted::new(value, "jsonl.metadata", evidence(raw)));
    }
    Ok(Record { id, collection, fields, body, body_offset: offset_of(text_raw), diagnostics })
}

/// The unescaped value of a JSON string token (already validated as JSON).
fn string_value(raw: &RawValue) -> String {
    serde_json::from_str::<String>(raw.get()).unwrap_or_else(|_| raw.get().to_owned())
}

/// The compact JSON text of any JSON value token.
fn compact(raw: &RawValue) -> String {
    serde_json::from_str::<serde_json::Value>(raw.get())
        .map_or_else(|_| raw.get().to_owned(), |value| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `text` as `t.jsonl`.
    fn check(text: &str) -> Parsed {
        let input = RawInput {
            path: "t.jsonl".to_owned(),
            blake3: blake3::hash(text.as_bytes()).to_hex().to_string(),
            bytes: text.as_bytes().to_vec(),
        };
        let decoded = crate::decode::decode(&input.path, &input.bytes).expect("decodes");
        parse(&input, decoded)
    }

    #[test]
    fn good_and_bad_lines_with_line_numbers() {
        let text = concat!(
            "{\"id\": 7, \"text\": \"Body one.\", \"title\": \"T\", \"date\": \"June 21, 1962\", \"tags\": [\"a\", \"b\"], \"n\": 3, \"x\": null}\n",
            "not json\n",
            "[1, 2]\n",
            "{\"id\": \"a\"}\n",
            "{\"id\": [1], \"text\": \"t\"}\n",
            "{\"id\": \"7\", \"text\": \"again\"}\n",
            "\n",
            "{\"id\": \"b\", \"text\": \"Body \\\"two\\\".\", \"collection\": \"mine\"}\n",
            "\n\n",
        );
        let parsed = check(text);
        let ids: Vec<&str> = parsed.docs.iter().map(|d| d.meta.source.record_key.as_deref().unwrap()).collect();
        assert_eq!(ids, ["7", "b"]);
        let got: Vec<(&str, Option<usize>)> = parsed.errors.iter().map(|e| (e.reason(), e.line())).collect();
        assert_eq!(
            got,
            [
                ("invalid_json", Some(2)),
                ("not_an_object", Some(3)),
                ("missing_field", Some(4)),
                ("invalid_field", Some(5)),
                ("duplicate_id", Some(6)),
            ]
        );
        let second_line = text.find("not json").unwrap();
        assert_eq!(parsed.errors[0].offset(), Some(second_line));
        assert_eq!(parsed.errors[4].to_reject().record_key.as_deref(), Some("line 6"));

        let first = &parsed.docs[0];
        assert_eq!(first.body, "Body one.");
        assert_eq!(first.meta.collection, "jsonl");
        assert_eq!(first.fields.title.as_ref().unwrap().value, "T");
        assert_eq!(first.fields.date_line.as_ref().unwrap().value, "June 21, 1962");
        let metadata: Vec<(&str, &str)> =
            first.fields.site_metadata.iter().map(|(k, v)| (k.as_str(), v.value.as_str())).collect();
        assert_eq!(metadata, [("n", "3"), ("tags", "[\"a\",\"b\"]")]);
        assert_eq!(first.text(&first.fields.site_metadata["tags"].evidence), "[\"a\", \"b\"]");
        assert_eq!(&text[first.meta.body_offset..first.meta.body_offset + 11], "\"Body one.\"");

        let second = &parsed.docs[1];
        assert_eq!(second.body, "Body \"two\".");
        assert_eq!(second.meta.collection, "mine");
        assert_eq!(second.diagnostics[0].code, "jsonl_blank_lines");
        assert!(!second.fields.site_metadata.contains_key("collection"));
    }

    #[test]
    fn crlf_and_bom() {
        let parsed = check("\u{feff}{\"id\": \"x\", \"text\": \"t\"}\r\n{\"id\": \"y\", \"text\": \"\"}\r\n");
        assert_eq!(parsed.docs.len(), 1);
        assert_eq!(parsed.docs[0].body, "t");
        // The byte-order mark is part of the file's offsets.
        assert_eq!(parsed.errors[0].offset(), Some(3 + "{\"id\": \"x\", \"text\": \"t\"}\r\n".len()));
    }
}
