//! Shared by the fuzz targets: one input through the parser, and the checks
//! every parsed document must pass.

use dossier_model::{Format, ParsedDoc, RawInput};

/// Parses `bytes` as the file `name`, as the binary would.
pub fn parse(name: &str, bytes: &[u8]) -> dossier_parse::Parsed {
    let input =
        RawInput { path: name.to_owned(), blake3: blake3::hash(bytes).to_hex().to_string(), bytes: bytes.to_vec() };
    let parsed = dossier_parse::parse(input, &dossier_parse::Config::default());
    for error in &parsed.errors {
        // Every error must turn into a reject with a reason and a message.
        let reject = error.to_reject();
        assert!(!reject.reason.is_empty() && !reject.detail.is_empty());
    }
    for doc in &parsed.docs {
        check_parsed(doc, bytes);
    }
    parsed
}

/// Source evidence must slice the decoded input exactly, when the input is
/// plain UTF-8 (then the decoded text is the input itself). A JSONL record's
/// source is its own line (the one with its hash).
fn check_parsed(doc: &ParsedDoc, bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    if text.starts_with('\u{feff}') {
        return;
    }
    let source = if doc.meta.format == Format::Jsonl {
        match text.lines().find(|line| blake3::hash(line.as_bytes()).to_hex().as_str() == doc.meta.source.blake3) {
            Some(line) => line,
            None => return,
        }
    } else {
        text
    };
    // Line-based formats read a lone CR as a line end, byte for byte, so their
    // source offsets are into the text with lone CRs turned into LFs.
    let mapped;
    let source = if matches!(doc.meta.format, Format::WilsonPage | Format::PlainText) {
        let bytes = source.as_bytes();
        mapped = String::from_utf8(
            (0..bytes.len())
                .map(|i| if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') { b'\n' } else { bytes[i] })
                .collect(),
        )
        .expect("ascii for ascii keeps utf-8");
        mapped.as_str()
    } else {
        source
    };
    if doc.meta.format != Format::FrusTei {
        // What every `source` span is read against (a FRUS document's is its volume).
        assert_eq!(&*doc.meta.source_text, source, "the document's source text is its decoded input");
    }
    let value = serde_json::to_value(doc).expect("a parsed document serializes");
    check_evidence(&value, &|field| (field == "source").then_some(source));
}

/// Walks a JSON value and checks every `{field, start, end[, text]}` object whose
/// field `text_of` knows: `start..end` is a char range of the field's text and,
/// where the text is written beside it, `text == field_text[start..end]`.
pub fn check_evidence<'a>(value: &serde_json::Value, text_of: &dyn Fn(&str) -> Option<&'a str>) {
    match value {
        serde_json::Value::Object(map) => {
            if let (Some(field), Some(start), Some(end)) = (
                map.get("field").and_then(|v| v.as_str()),
                map.get("start").and_then(|v| v.as_u64()),
                map.get("end").and_then(|v| v.as_u64()),
            ) {
                if let Some(field_text) = text_of(field) {
                    let slice = field_text.get(start as usize..end as usize);
                    assert!(slice.is_some(), "evidence in `{field}` at {start}..{end} is no char range of the text");
                    // Where the record repeats the text beside the span, it is that slice.
                    if let Some(text) = map.get("text").and_then(|v| v.as_str()) {
                        assert_eq!(slice, Some(text), "evidence in `{field}` at {start}..{end}");
                    }
                }
            }
            for v in map.values() {
                check_evidence(v, text_of);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| check_evidence(v, text_of)),
        _ => {}
    }
}
