//! Plain text: a text that is neither XML nor JSONL and matches no Wilson page
//! layout. Every non-empty text is a record, so this is the last fallback and no
//! text is rejected for its layout.
//!
//! * title = the first non-empty line (unless it is too long to be a title);
//! * date line = the first date of day or month precision (found with
//!   `dossier-dates`) in the header (the five non-empty lines after the title),
//!   else the last one in the signature (the last five non-empty lines), else one
//!   in the title itself; the exact matched text, for normalize to read;
//! * body = everything after the title line, as an exact slice of the text.
//!
//! Every document says it was read this way (`layout_unrecognized`, naming the
//! layout markers that were looked for).

use dossier_dates::{Context, find_dates};
use dossier_model::{
    Diagnostic, DocMeta, Evidence, Extracted, Fields, Format, Layout, ParsedDoc, Precision, RawInput, Source, TextField,
};

use crate::decode::Decoded;
use crate::detect::MARKERS;
use crate::doc_id;
use crate::text::{Line, Span, nonblank_lines};

/// The collection of plain-text documents.
pub const PLAIN_COLLECTION: &str = "plain";

/// A first line longer than this (in characters) is a paragraph, not a title.
const MAX_TITLE_CHARS: usize = 300;
/// How many non-empty lines after the title count as the header, and how many at
/// the end as the signature.
const N_EDGE_LINES: usize = 5;

/// Reads a decoded text as a plain-text record.
pub(crate) fn parse(input: &RawInput, decoded: Decoded) -> ParsedDoc {
    let text = decoded.text.as_str();
    let lines = nonblank_lines(text);
    let mut fields = Fields::default();
    let mut diagnostics = decoded.diagnostics;
    diagnostics.push(Diagnostic::info(
        "layout_unrecognized",
        format!(
            "not xml or jsonl, and no wilson center page layout: looked for {}; read as plain text (title = first non-empty line)",
            MARKERS.join("; ")
        ),
    ));

    let evidence = |span: Span| Evidence::new(TextField::Source, text, span.start, span.end);
    // Leading lines without a letter or digit (`<<`, `***`) are furniture of the
    // page a text was copied from: they are dropped, never the title.
    let n_furniture = lines.iter().take_while(|line| !line.text(text).chars().any(char::is_alphanumeric)).count();
    let dropped: Vec<Evidence> = lines[..n_furniture].iter().map(|line| evidence(line.span)).collect();
    let lines = &lines[n_furniture..];
    let first = lines.first().copied();
    let title = first.filter(|line| line.text(text).chars().count() <= MAX_TITLE_CHARS);
    match title {
        Some(line) => {
            fields.title = Some(Extracted::new(line.text(text).to_owned(), "plain.title", evidence(line.span)));
        }
        None => diagnostics.push(Diagnostic::warning(
            "no_title",
            format!("the first non-empty line is longer than {MAX_TITLE_CHARS} characters: no title"),
        )),
    }

    let after_title = if title.is_some() { &lines[1..] } else { lines };
    let header = &after_title[..after_title.len().min(N_EDGE_LINES)];
    let signature = &after_title[after_title.len().saturating_sub(N_EDGE_LINES).max(header.len())..];
    let found = first_date(text, header.iter())
        .map(|span| (span, "plain.date_header"))
        .or_else(|| first_date(text, signature.iter().rev()).map(|span| (span, "plain.date_signature")))
        .or_else(|| first_date(text, title.iter()).map(|span| (span, "plain.date_title")));
    match found {
        Some((span, rule)) => fields.date_line = Some(Extracted::new(span.of(text).to_owned(), rule, evidence(span))),
        None => diagnostics.push(Diagnostic::warning(
            "no_date_line",
            format!(
                "no date of day or month precision in the first or last {N_EDGE_LINES} non-empty lines, nor in the title"
            ),
        )),
    }

    let body_start = title.map_or(lines.first().map_or(0, |line| line.span.start), |line| line.span.end);
    let body = Span::new(body_start, text.len()).trim(text);
    ParsedDoc {
        meta: DocMeta {
            body_offset: body.start,
            dropped,
            source_text: std::sync::Arc::from(text),
            ..DocMeta::new(
                doc_id(&input.blake3, None),
                Source::of_file(input),
                PLAIN_COLLECTION,
                Format::PlainText,
                Layout::Plain,
            )
        },
        fields,
        body: body.of(text).to_owned(),
        markup: Default::default(),
        diagnostics,
    }
}

/// The span of the first date of day or month precision on `lines`, taken in the
/// order given (a year alone is too often a number to count as a date line).
fn first_date<'l>(text: &str, lines: impl Iterator<Item = &'l Line>) -> Option<Span> {
    for line in lines {
        let found = find_dates(line.text(text), &Context::default())
            .into_iter()
            .find(|date| matches!(date.value.precision, Some(Precision::Day | Precision::Month)));
        if let Some(date) = found {
            return Some(line.span.sub(date.start, date.end));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `text` as `t.txt` with the plain-text reader.
    fn check(text: &str) -> ParsedDoc {
        let input = RawInput {
            path: "t.txt".to_owned(),
            blake3: blake3::hash(text.as_bytes()).to_hex().to_string(),
            bytes: text.as_bytes().to_vec(),
        };
        let decoded = crate::decode::decode(&input.path, &input.bytes).expect("decodes");
        parse(&input, decoded)
    }

    #[test]
    fn title_date_in_header_and_body() {
        let doc = check("\nMemorandum for the Record\n\nWashington, 21 June 1962\n\nThe meeting began at ten.\n");
        assert_eq!(doc.fields.title.as_ref().unwrap().value, "Memorandum for the Record");
        let date = doc.fields.date_line.as_ref().unwrap();
        assert_eq!(date.value, "21 June 1962");
        assert_eq!(date.rule, "plain.date_header");
        assert_eq!(doc.body, "Washington, 21 June 1962\n\nThe meeting began at ten.");
        assert_eq!(doc.meta.body_offset, "\nMemorandum for the Record\n\n".len());
        assert_eq!(doc.diagnostics[0].code, "layout_unrecognized");
    }

    #[test]
    fn date_in_signature() {
        let body = "Para.\n".repeat(8);
        let doc = check(&format!("A letter\n{body}Yours,\nJ. Smith\nMarch 3, 1950\n"));
        let date = doc.fields.date_line.as_ref().unwrap();
        assert_eq!((date.value.as_str(), date.rule.as_str()), ("March 3, 1950", "plain.date_signature"));
    }

    #[test]
    fn furniture_before_the_title_is_dropped() {
        // The opening of docslib__doc-1813909 in corpus/wilson-dev/world.
        let doc = check(
            "<<\n\nMinutes of the conversation between Comrade and Comrade Fidel Sunday, April 3, 1977\n\nParticipants: Comrades",
        );
        assert_eq!(
            doc.fields.title.as_ref().unwrap().value,
            "Minutes of the conversation between Comrade and Comrade Fidel Sunday, April 3, 1977"
        );
        assert_eq!(doc.meta.dropped.len(), 1);
        assert_eq!(doc.text(&doc.meta.dropped[0]), "<<");
    }

    #[test]
    fn no_date_is_a_warning() {
        let doc = check("Just prose.\nNothing else.\n");
        assert_eq!(doc.fields.title.as_ref().unwrap().value, "Just prose.");
        assert!(doc.fields.date_line.is_none());
        assert!(doc.diagnostics.iter().any(|d| d.code == "no_date_line"));
    }
}
