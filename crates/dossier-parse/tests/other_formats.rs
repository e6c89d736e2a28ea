//! JSONL and plain text on real inputs, and format detection by content: the
//! Wilson archive export in `corpus/wilson-bulk`, a FRUS document's text stripped
//! of its markup, and every real file of the corpus routed to the right reader.

use std::path::Path;

use dossier_model::{Format, Layout, RawInput, TextField};
use dossier_parse::{Config, Parsed, detect_format, parse};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");

fn parse_bytes(path: &str, bytes: Vec<u8>) -> Parsed {
    let input = RawInput { path: path.to_owned(), blake3: blake3::hash(&bytes).to_hex().to_string(), bytes };
    parse(input, &Config::default())
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(Path::new(CORPUS).join(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

#[test]
fn wilson_archive_export_parses_with_its_metadata() {
    let text = read("wilson-bulk/wilson_archive_2910f69.jsonl");
    let parsed = parse_bytes("wilson-bulk/wilson_archive_2910f69.jsonl", text.clone().into_bytes());
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(parsed.docs.len(), 11);

    // A value as the reader keeps it: strings as they are, other JSON as JSON text.
    let as_text = |value: &serde_json::Value| value.as_str().map_or_else(|| value.to_string(), str::to_owned);
    let lines: Vec<serde_json::Value> = text.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let raw_lines: Vec<&str> = text.lines().collect();
    for ((doc, line), raw_line) in parsed.docs.iter().zip(&lines).zip(&raw_lines) {
        assert_eq!(
            (doc.meta.format, doc.meta.layout, doc.meta.collection.as_str()),
            (Format::Jsonl, Layout::JsonlRecord, "jsonl")
        );
        let record_id = as_text(&line["record_id"]);
        assert_eq!(doc.meta.source.record_key.as_deref(), Some(record_id.as_str()));
        assert_eq!(doc.fields.record_id.as_ref().unwrap().value, record_id);
        assert_eq!(doc.body, line["text_body"].as_str().unwrap());
        assert_eq!(doc.fields.title.as_ref().unwrap().value, line["title"].as_str().unwrap());
        assert_eq!(doc.fields.date_line.as_ref().unwrap().value, line["original_publication_date"].as_str().unwrap());
        assert_eq!(doc.fields.url.as_ref().unwrap().value, line["document_url"].as_str().unwrap());
        // Everything else is kept as the archive's own metadata, arrays as JSON text.
        let metadata = &doc.fields.site_metadata;
        assert_eq!(metadata["language"].value, as_text(&line["language"]));
        assert_eq!(metadata["page_number"].value, as_text(&line["page_number"]));
        assert_eq!(metadata["scraped_at"].value, line["scraped_at"].as_str().unwrap());
        assert!(!metadata.contains_key("text_body") && !metadata.contains_key("record_id"));
        // Evidence is the value's JSON token where it stands in the record's line.
        let date = &doc.fields.date_line.as_ref().unwrap().evidence;
        assert_eq!(date.field, TextField::Source);
        assert_eq!(&raw_line[date.start..date.end], doc.text(date));
        assert_eq!(doc.text(date), line["original_publication_date"].to_string());
        assert!(raw_line[doc.meta.body_offset..].starts_with('"'));
        // The same line read on its own (as `dossier stream` does) is the same document.
        let alone = dossier_parse::parse_jsonl_line("<stdin>", 1, raw_line).unwrap();
        assert_eq!((&alone.meta.id, &alone.fields, &alone.body), (&doc.meta.id, &doc.fields, &doc.body));
        let mapped = doc.diagnostics.iter().find(|d| d.code == "jsonl_keys_mapped").expect("mapping noted");
        assert!(mapped.message.contains("`text_body` as `text`"), "{}", mapped.message);
    }
    let nehru = &parsed.docs[0];
    assert_eq!(nehru.fields.date_line.as_ref().unwrap().value, "April 1, 1949");
    assert!(nehru.body.starts_with("Secret.\nF.N.33.\nNew Delhi, 1st April, 1949."));
}

#[test]
fn a_damaged_export_keeps_its_good_lines() {
    let text = read("wilson-bulk/wilson_archive_2910f69.jsonl");
    let mut lines: Vec<&str> = text.lines().collect();
    let cut = &lines[3][..200];
    lines[3] = cut;
    lines.insert(6, "");
    let damaged = lines.join("\n");
    let parsed = parse_bytes("damaged.jsonl", damaged.clone().into_bytes());
    assert_eq!(parsed.docs.len(), 10);
    assert_eq!(parsed.errors.len(), 1);
    let error = &parsed.errors[0];
    assert_eq!((error.reason(), error.line()), ("invalid_json", Some(4)));
    let line_start: usize = lines[..3].iter().map(|line| line.len() + 1).sum();
    assert_eq!(error.offset(), Some(line_start));
    assert!(parsed.docs[5].diagnostics.iter().any(|d| d.code == "jsonl_blank_lines"));
}

/// A FRUS document's text as a plain file: markup stripped, blocks on their own
/// paragraphs, footnotes dropped.
fn frus_as_plain_text(xml: &str) -> String {
    let mut text = String::new();
    let mut rest = xml;
    let mut in_note = 0;
    while let Some(open) = rest.find('<') {
        if in_note == 0 {
            text.push_str(&rest[..open]);
        }
        let close = rest[open..].find('>').unwrap() + open;
        let tag = &rest[open + 1..close];
        if tag.starts_with("note") {
            in_note += 1;
        } else if tag == "/note" {
            in_note -= 1;
        } else if matches!(tag, "/head" | "/p" | "/dateline" | "/item" | "/closer") {
            text.push_str("\n\n");
        }
        rest = &rest[close + 1..];
    }
    text.split("\n\n")
        .map(|para| para.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|para| !para.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[test]
fn plain_text_of_a_frus_telegram() {
    let plain = frus_as_plain_text(&read("frus/frus1961-63v22-d7.xml"));
    assert_eq!(detect_format(&plain), Format::PlainText);
    let parsed = parse_bytes("telegram.txt", plain.clone().into_bytes());
    assert!(parsed.errors.is_empty());
    let doc = &parsed.docs[0];
    assert_eq!((doc.meta.format, doc.meta.layout), (Format::PlainText, Layout::Plain));
    assert_eq!(
        doc.fields.title.as_ref().unwrap().value,
        "7. Telegram From the Embassy in the Republic of China to the Department of State"
    );
    let date = doc.fields.date_line.as_ref().unwrap();
    assert_eq!(date.value, "February 25, 1961");
    assert_eq!(&plain[date.evidence.start..date.evidence.end], "February 25, 1961");
    assert!(doc.body.starts_with("Taipei, February 25, 1961, 9 p.m."));
    assert_eq!(&plain[doc.meta.body_offset..doc.meta.body_offset + doc.body.len()], doc.body);
    assert!(doc.diagnostics.iter().any(|d| d.code == "layout_unrecognized"));
}

#[test]
fn every_corpus_file_is_routed_by_its_content() {
    let mut seen = 0;
    for entry in std::fs::read_dir(Path::new(CORPUS).join("wilson")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            assert_eq!(detect_format(text.trim_start_matches('\u{feff}')), Format::WilsonPage, "{}", path.display());
            seen += 1;
        }
    }
    assert_eq!(seen, 66);
    for file in std::fs::read_dir(Path::new(CORPUS).join("frus"))
        .unwrap()
        .chain(std::fs::read_dir(Path::new(CORPUS).join("frus-parts")).unwrap())
    {
        let path = file.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "xml") {
            let text = std::fs::read_to_string(&path).unwrap();
            assert_eq!(detect_format(&text), Format::FrusTei, "{}", path.display());
        }
    }
    assert_eq!(detect_format(&read("wilson-bulk/wilson_archive_2910f69.jsonl")), Format::Jsonl);
}
