//! The parse stage: raw input bytes → [`ParsedDoc`]s.
//!
//! One input file holds one Wilson Center Digital Archive page text. Parsing runs
//! in three steps, each in its own module:
//!
//! 1. `decode`: bytes → text (byte-order marks, UTF-16), rejecting empty, binary
//!    and mis-encoded files with a specific [`Error`];
//! 2. [`detect_layout`]: which of the six page layouts the text is in, read from
//!    its content only;
//! 3. one extractor per layout family (`site`, `old_site`, `pdf_export`) finds the
//!    header fields, the body, the boilerplate to drop and whether the stored page
//!    was cut off.
//!
//! Every value keeps its rule name and its byte span in the decoded text.

mod decode;
mod detect;
mod draft;
mod error;
mod old_site;
mod pdf_export;
mod site;
mod text;

use dossier_model::{Diagnostic, DocId, Format, Layout, ParsedDoc, RawInput, Source};
use serde::Serialize;

pub use detect::{MARKERS, detect_layout};
pub use error::{BinaryKind, Error};

/// The collection name of every document this crate produces.
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

/// Parses one input file into its documents.
pub fn parse(input: RawInput, cfg: &Config) -> Parsed {
    let _ = cfg;
    match parse_page(&input) {
        Ok(doc) => Parsed { docs: vec![doc], errors: Vec::new() },
        Err(error) => Parsed { docs: Vec::new(), errors: vec![error] },
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

/// Parses one file holding one Wilson page.
fn parse_page(input: &RawInput) -> Result<ParsedDoc, Error> {
    let decoded = decode::decode(&input.path, &input.bytes)?;
    let text = decoded.text.as_str();
    let layout = detect_layout(text)
        .ok_or_else(|| Error::UnrecognizedLayout { path: input.path.clone(), markers: MARKERS.join("; ") })?;
    let mut draft = match layout {
        Layout::PdfExport => pdf_export::extract(text),
        Layout::OldSite => old_site::extract(text),
        Layout::CurrentSite | Layout::CurrentSiteWithValues | Layout::Dvinci | Layout::SummaryFirst => {
            site::extract(text, layout)
        }
        // `detect_layout` only ever answers with a Wilson page layout.
        Layout::FrusDocument | Layout::JsonlRecord | Layout::Plain => {
            return Err(Error::UnrecognizedLayout { path: input.path.clone(), markers: MARKERS.join("; ") });
        }
    };
    draft.finish();

    let mut diagnostics = decoded.diagnostics;
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
        id: doc_id(&input.blake3, None),
        source: Source {
            path: input.path.clone(),
            blake3: input.blake3.clone(),
            n_bytes: input.bytes.len() as u64,
            record_key: None,
        },
        collection: COLLECTION.to_owned(),
        format: Format::WilsonPage,
        layout,
        fields: draft.fields,
        body: body.of(text).to_owned(),
        body_offset: body.start,
        truncated,
        dropped: draft.dropped,
        markup: Default::default(),
        authority: None,
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
    fn unrecognized_layout_names_the_markers() {
        let error = check(b"Just prose.\nNothing else.\n").unwrap_err();
        assert_eq!(error.reason(), "unrecognized_layout");
        assert!(error.to_string().contains("`Skip to content`"), "{error}");
    }

    #[test]
    fn dvinci_page_end_to_end() {
        let doc = check(
            "\u{feff}May 29, 1962\nCable\nBody [...] text.\nThe ministry asks for a report.\nAuthor(s):\nRights\nThe History and Public Policy Program welcomes reuse.\n"
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(doc.layout, Layout::Dvinci);
        assert_eq!(doc.body, "Body [...] text.");
        assert_eq!(&"May 29, 1962\nCable\n".len(), &doc.body_offset);
        assert!(!doc.truncated);
        assert_eq!(doc.dropped.len(), 3);
        assert_eq!(doc.diagnostics[0].code, "bom_stripped");
        assert_eq!(doc.collection, "wilson");
    }

    #[test]
    fn decoding_errors_reach_the_caller() {
        assert_eq!(check(b"").unwrap_err().reason(), "empty");
        assert_eq!(check(b"a\0b").unwrap_err().reason(), "binary");
    }
}
