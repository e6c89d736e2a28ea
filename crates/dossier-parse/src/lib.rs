//! The parse stage: raw input bytes → [`ParsedDoc`]s.
//!
//! One input file holds one record (a Wilson Center page, a plain text) or many
//! (a FRUS TEI volume, a JSONL file). Parsing runs in three steps:
//!
//! 1. `decode`: bytes → text (byte-order marks, UTF-16), rejecting empty, binary
//!    and mis-encoded files with a specific [`Error`];
//! 2. [`detect_format`]: which reader the text is for, read from its content only
//!    (never the file name): FRUS TEI XML, JSONL, a Wilson page (then
//!    [`detect_layout`] picks one of the six page layouts), or plain text;
//! 3. the reader: `frus` (streaming TEI, one document per `<div type="document">`),
//!    `jsonl` (one record per line), the Wilson extractors (`site`, `old_site`,
//!    `pdf_export`), or `plain` (title = first line, the fallback for any other text).
//!
//! A multi-record file yields every good record plus one [`Error`] per bad record
//! (JSONL) or one per damaged stretch, after which reading resumes at the next
//! document (XML). Every value keeps its
//! rule name and its byte span in the decoded text.

mod decode;
mod detect;
mod draft;
mod error;
mod frus;
mod jsonl;
mod old_site;
mod pdf_export;
mod plain;
mod site;
mod text;

use dossier_model::{Diagnostic, DocId, DocMeta, Format, Layout, ParsedDoc, RawInput, Source};
use serde::Serialize;

pub use detect::{MARKERS, detect_format, detect_layout};
pub use error::{BinaryKind, Error, JsonlProblem, XmlPlace};
pub use frus::FRUS_COLLECTION;
pub use jsonl::{JSONL_COLLECTION, parse_line as parse_jsonl_line};
pub use plain::PLAIN_COLLECTION;

/// The collection name of Wilson Center pages.
pub const COLLECTION: &str = "wilson";

/// Parse-stage configuration.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Config {}

/// Everything one input file yielded.
#[derive(Debug, Default)]
pub struct Parsed {
    /// Documents that parsed, in file order.
    pub docs: Vec<ParsedDoc>,
    /// Records that could not be parsed, in file order.
    pub errors: Vec<Error>,
}

impl Parsed {
    /// A file that yielded one document.
    fn one(doc: ParsedDoc) -> Self {
        Parsed { docs: vec![doc], errors: Vec::new() }
    }

    /// A file that yielded only an error.
    fn failed(error: Error) -> Self {
        Parsed { docs: Vec::new(), errors: vec![error] }
    }
}

/// Parses one input file into its documents.
pub fn parse(input: RawInput, cfg: &Config) -> Parsed {
    let _ = cfg;
    let decoded = match decode::decode(&input.path, &input.bytes) {
        Ok(decoded) => decoded,
        Err(error) => return Parsed::failed(error),
    };
    match detect_format(&decoded.text) {
        Format::FrusTei => frus::parse(&input, decoded),
        Format::Jsonl => jsonl::parse(&input, decoded),
        Format::WilsonPage | Format::PlainText => {
            if let Some((found, n_lines)) = detect::json_document(&decoded.text) {
                return Parsed::failed(Error::JsonDocument { path: input.path.clone(), found, n_lines });
            }
            // Line-based formats: old-Mac line ends (lone CR) are read as line
            // ends, byte for byte, before the layout is detected.
            let decoded = decode::with_lone_cr_as_lf(decoded);
            match detect_format(&decoded.text) {
                Format::WilsonPage => match wilson_page(&input, decoded) {
                    Ok(doc) => Parsed::one(doc),
                    Err(decoded) => Parsed::one(plain::parse(&input, decoded)),
                },
                _ => Parsed::one(plain::parse(&input, decoded)),
            }
        }
    }
}

/// The stable id of the record with key `record_key` in the file hashed `blake3_hex`:
/// the first 16 hex characters of BLAKE3 over `blake3_hex + "\0" + record_key`.
pub fn doc_id(blake3_hex: &str, record_key: Option<&str>) -> DocId {
    let mut hasher = blake3::Hasher::new();
    hasher.update(blake3_hex.as_bytes());
    hasher.update(b"\0");
    hasher.update(record_key.unwrap_or("").as_bytes());
    let hex = hasher.finalize().to_hex();
    DocId(hex.as_str()[..16].to_owned())
}

/// Parses one file holding one Wilson page; hands the text back when it matches
/// no Wilson layout after all.
fn wilson_page(input: &RawInput, decoded: decode::Decoded) -> Result<ParsedDoc, decode::Decoded> {
    let text = decoded.text.as_str();
    let Some(layout) = detect_layout(text) else {
        return Err(decoded);
    };
    let mut draft = match layout {
        Layout::PdfExport => pdf_export::extract(text),
        Layout::OldSite => old_site::extract(text),
        Layout::CurrentSite | Layout::CurrentSiteWithValues | Layout::Dvinci | Layout::SummaryFirst => {
            site::extract(text, layout)
        }
        // `detect_layout` only ever answers with a Wilson page layout.
        Layout::FrusDocument | Layout::JsonlRecord | Layout::Plain => return Err(decoded),
    };
    draft.finish();

    let mut diagnostics = decoded.diagnostics.clone();
    let truncated = draft.truncated.is_some();
    if let Some((reason, at)) = draft.truncated.take() {
        let mut diagnostic = Diagnostic::warning("truncated", reason);
        if let Some(span) = at {
            diagnostic = diagnostic.with_evidence(draft.evidence(span));
        }
        diagnostics.push(diagnostic);
    }
    diagnostics.append(&mut draft.diagnostics);

    let body = draft.body.unwrap_or(text::Span::new(text.len(), text.len()));
    Ok(ParsedDoc {
        meta: DocMeta {
            body_offset: body.start,
            truncated,
            dropped: draft.dropped,
            source_text: std::sync::Arc::from(text),
            ..DocMeta::new(doc_id(&input.blake3, None), Source::of_file(input), COLLECTION, Format::WilsonPage, layout)
        },
        fields: draft.fields,
        body: body.of(text).to_owned(),
        markup: Default::default(),
        diagnostics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `bytes` as `t.txt` and returns the one document or the one error.
    fn check(bytes: &[u8]) -> Result<ParsedDoc, Error> {
        let input = RawInput {
            path: "t.txt".to_owned(),
            blake3: blake3::hash(bytes).to_hex().to_string(),
            bytes: bytes.to_vec(),
        };
        let mut parsed = parse(input, &Config::default());
        assert_eq!(parsed.docs.len() + parsed.errors.len(), 1);
        match parsed.docs.pop() {
            Some(doc) => Ok(doc),
            None => Err(parsed.errors.remove(0)),
        }
    }

    #[test]
    fn ids_follow_the_documented_recipe() {
        let expected = blake3::hash(b"abc\0").to_hex().as_str()[..16].to_owned();
        assert_eq!(doc_id("abc", None), DocId(expected));
        assert_ne!(doc_id("abc", None), doc_id("abc", Some("1")));
    }

    #[test]
    fn text_without_a_layout_is_plain_and_names_the_markers() {
        let doc = check(b"Just prose.\nNothing else.\n").unwrap();
        assert_eq!((doc.meta.format, doc.meta.layout), (Format::PlainText, Layout::Plain));
        let note = doc.diagnostics.iter().find(|d| d.code == "layout_unrecognized").expect("noted");
        assert!(note.message.contains("`Skip to content`"), "{}", note.message);
    }

    #[test]
    fn a_json_document_beside_the_pages_is_rejected_not_read_as_text() {
        // A hand-read key as it sits beside its pages: one object over many lines.
        let key = include_bytes!("../../../corpus/wilson-dev/world-by/key.json");
        let error = check(key).unwrap_err();
        assert_eq!(error.reason(), "json_document");
        let Error::JsonDocument { found, n_lines, .. } = &error else { panic!("{error:?}") };
        assert_eq!((*found, *n_lines > 100), ("object", true));
        let reject = error.to_reject();
        assert_eq!((reject.offset, reject.line), (Some(0), Some(1)));
        assert!(reject.detail.contains("not json lines") && reject.detail.contains("jq -c"), "{}", reject.detail);
        // An array of records on one line is no JSON Lines either.
        let error = check(br#"[{"id": 1, "text": "Cable"}, {"id": 2, "text": "Letter"}]"#).unwrap_err();
        assert!(matches!(error, Error::JsonDocument { found: "array", n_lines: 1, .. }), "{error:?}");
        // Prose that opens with a brace but is no JSON stays a plain-text document.
        let doc = check(b"{Draft}\nThe ministry asks for a report.\n").unwrap();
        assert_eq!(doc.meta.format, Format::PlainText);
    }

    #[test]
    fn dvinci_page_end_to_end() {
        let doc = check(
            "\u{feff}May 29, 1962\nCable\nBody [...] text.\nThe ministry asks for a report.\nAuthor(s):\nRights\nThe History and Public Policy Program welcomes reuse.\n"
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(doc.meta.layout, Layout::Dvinci);
        assert_eq!(doc.body, "Body [...] text.");
        assert_eq!(&"May 29, 1962\nCable\n".len(), &doc.meta.body_offset);
        assert!(!doc.meta.truncated);
        assert_eq!(doc.meta.dropped.len(), 3);
        assert_eq!(doc.diagnostics[0].code, "bom_stripped");
        assert_eq!(doc.meta.collection, "wilson");
    }

    #[test]
    fn decoding_errors_reach_the_caller() {
        assert_eq!(check(b"").unwrap_err().reason(), "empty");
        assert_eq!(check(b"a\0b").unwrap_err().reason(), "binary");
    }
}
