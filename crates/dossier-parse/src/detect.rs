//! Format and layout detection from content alone (never from the file name).
//!
//! [`detect_format`] decides which reader gets a text; for Wilson pages
//! [`detect_layout`] then decides which of the six page layouts it is in. Kept
//! apart from extraction so that every reader sees only texts meant for it.

use std::sync::LazyLock;

use dossier_model::{Format, Layout};
use regex::Regex;
use serde_json::value::RawValue;

use crate::site;
use crate::text::{ARCHIVE_NAME, Line, is_date_line, next_line_is_nonblank, nonblank_lines};

/// The markers [`detect_layout`] looks for, as named in the `layout_unrecognized`
/// note of a plain-text document.
pub const MARKERS: &[&str] = &[
    "`Citation:` with `Summary:`/`Contents:` labels (pdf export)",
    "`get citation` or a `Search in` banner (old site)",
    "a `Skip to content` banner (current site)",
    "a date line, repeated after a summary (summary first)",
    "a date line followed by a title (dvinci or current site)",
];

static PDF_CITATION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|\s)Citation:(?:\s|$)").expect("valid regex"));
static PDF_OTHER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:Summary|Credits|Original Language|Contents):(?:\s|$)").expect("valid regex")
});

/// The heading a PDF export of a Digital Archive record opens with.
pub(crate) const PDF_HEADING: &str = "International History Declassified";

/// A scribd copy's page counter above the text (`You are on page 1of 8`).
pub(crate) static SCRIBD_PAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^You are on page \d+\s*of\s*\d+$").expect("valid regex"));
/// The banner of the old site's search box.
const OLD_SITE_BANNER: &str = "Search in";
/// The old site's citation widget.
const OLD_SITE_CITATION: &str = "get citation";
/// The current site's accessibility link.
pub(crate) const SKIP_LINK: &str = "Skip to content";

/// Minimum length of a paragraph before the date line for it to count as a
/// (related document's) summary rather than a stray heading.
const LEADING_SUMMARY_MIN_CHARS: usize = 60;

/// How far into a text [`detect_format`] looks for the markup of a TEI chunk.
const CHUNK_PROBE_BYTES: usize = 4096;
/// How many end tags in that stretch make a text a chunk of XML.
const CHUNK_MIN_END_TAGS: usize = 3;
/// How many non-empty lines [`detect_format`] reads to recognise JSONL.
const JSONL_PROBE_LINES: usize = 5;

static END_TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"</[A-Za-z_][\w.:-]*\s*>").expect("valid regex"));

/// The input format of a decoded text, read from its content:
///
/// 1. XML (FRUS TEI) when, after whitespace, it opens with markup: `<?xml`,
///    `<!DOCTYPE`, a comment or a start tag (`<TEI`, `<div` …);
/// 2. JSONL when its first non-empty line is a JSON object (or, when that line
///    is damaged but starts with `{`, another of the first few lines is one);
/// 3. XML again when it is a chunk cut out of an XML file: several end tags
///    within its first 4 KiB (no page text holds those);
/// 4. a Wilson Center page when [`detect_layout`] recognises a layout;
/// 5. plain text otherwise.
pub fn detect_format(text: &str) -> Format {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if opens_with_markup(start) {
        return Format::FrusTei;
    }
    if is_jsonl(text) {
        return Format::Jsonl;
    }
    let mut probe_end = text.len().min(CHUNK_PROBE_BYTES);
    while !text.is_char_boundary(probe_end) {
        probe_end -= 1;
    }
    if END_TAG.find_iter(&text[..probe_end]).count() >= CHUNK_MIN_END_TAGS {
        return Format::FrusTei;
    }
    if detect_layout(text).is_some() { Format::WilsonPage } else { Format::PlainText }
}

/// When the whole text is one JSON object or array that is not JSON Lines (a
/// pretty-printed object, an array of records, a metadata file beside the pages):
/// `object` or `array`, and the number of lines it spans. Such a file holds no
/// record text; it is rejected rather than read as a plain-text document.
pub fn json_document(text: &str) -> Option<(&'static str, usize)> {
    let value = text.trim_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let found = match value.as_bytes().first()? {
        b'{' => "object",
        b'[' => "array",
        _ => return None,
    };
    serde_json::from_str::<&RawValue>(value).ok()?;
    Some((found, value.lines().count()))
}

/// True when `start` begins with an XML declaration, doctype, comment or start tag.
fn opens_with_markup(start: &str) -> bool {
    let Some(rest) = start.strip_prefix('<') else {
        return false;
    };
    rest.starts_with("?xml")
        || rest.starts_with("!DOCTYPE")
        || rest.starts_with("!--")
        || rest.chars().next().is_some_and(|ch| ch.is_alphabetic() || ch == '_')
}

/// True when the first non-empty line is a JSON object, or starts like one and one
/// of the next few non-empty lines is one (a damaged first record).
fn is_jsonl(text: &str) -> bool {
    let mut lines = text.lines().map(str::trim).filter(|line| !line.is_empty()).take(JSONL_PROBE_LINES);
    let Some(first) = lines.next() else {
        return false;
    };
    let is_object = |line: &str| line.starts_with('{') && serde_json::from_str::<&RawValue>(line).is_ok();
    is_object(first) || (first.starts_with('{') && lines.any(is_object))
}

/// The Wilson page layout of `text`, or `None` when it matches none.
pub fn detect_layout(text: &str) -> Option<Layout> {
    let lines = nonblank_lines(text);
    let first = lines.first()?.text(text);

    if let Some(citation) = PDF_CITATION.find(text) {
        let after = &text[citation.end()..];
        if PDF_OTHER_LABEL.is_match(after) || text[..citation.start()].contains(PDF_HEADING) {
            return Some(Layout::PdfExport);
        }
    }
    // A docslib copy whose labels were dropped: the export's heading alone on
    // the first line (`Digital Archive International History Declassified`).
    if first.starts_with("Digital Archive") && first.ends_with(PDF_HEADING) && first.len() <= 60 {
        // An old-site page saved without its citation widget's lines (`Search
        // in`, `get citation`, `• share document`): the banner, the date alone
        // on its line, the summary and the quoted citation, then the text.
        let widgetless = lines.get(1).is_some_and(|l| is_date_line(l.text(text)))
            && lines.iter().skip(2).take(3).any(|l| {
                let content = l.text(text);
                // The summary and the citation may share a line.
                content.contains(ARCHIVE_NAME) && content.contains(['"', '“'])
            });
        return Some(if widgetless { Layout::OldSite } else { Layout::PdfExport });
    }
    // The site's newer export as a scribd copy prints it: the reader's page
    // counter, then the heading's two halves on lines of their own
    // (`You are on page 1of 8` / `Digital Archive` / `International History
    // Declassified`).
    let heading_at = usize::from(SCRIBD_PAGE.is_match(first));
    if lines.get(heading_at).is_some_and(|l| {
        let l = l.text(text);
        l.starts_with("Digital Archive") && l.len() <= 60
    }) && lines.get(heading_at + 1).is_some_and(|l| l.text(text) == PDF_HEADING)
    {
        return Some(Layout::PdfExport);
    }
    let has_line = |wanted: &str| lines.iter().any(|line| line.text(text) == wanted);
    if has_line(OLD_SITE_CITATION) || (first == OLD_SITE_BANNER && text.contains(PDF_HEADING)) {
        return Some(Layout::OldSite);
    }
    if first == SKIP_LINK {
        return Some(current_site_kind(text, &lines));
    }
    if is_summary_first(text, &lines) {
        return Some(Layout::SummaryFirst);
    }
    let date = date_line_at_top(text, &lines)?;
    if next_line_is_nonblank(text, date.span.end) {
        Some(Layout::Dvinci)
    } else {
        Some(current_site_kind(text, &lines))
    }
}

/// `CurrentSiteWithValues` when any metadata label in the trailer carries a value.
fn current_site_kind(text: &str, lines: &[Line]) -> Layout {
    if site::has_labelled_values(text, lines) { Layout::CurrentSiteWithValues } else { Layout::CurrentSite }
}

/// The date line that opens the record: the first line, or the second when the
/// first is a long paragraph (a related document's summary shown before it).
fn date_line_at_top(text: &str, lines: &[Line]) -> Option<Line> {
    let first = *lines.first()?;
    if is_date_line(first.text(text)) {
        return Some(first);
    }
    let second = *lines.get(1)?;
    let leading_paragraph = first.text(text).chars().count() >= LEADING_SUMMARY_MIN_CHARS;
    (leading_paragraph && is_date_line(second.text(text))).then_some(second)
}

/// Date line, summary paragraph, the same date line again, then the title.
fn is_summary_first(text: &str, lines: &[Line]) -> bool {
    let [first, second, third, ..] = lines else {
        return false;
    };
    let date = first.text(text);
    is_date_line(date) && !is_date_line(second.text(text)) && third.text(text) == date
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Compares the detected layout of `text` with `expected`.
    fn check(text: &str, expected: Option<Layout>) {
        assert_eq!(detect_layout(text), expected, "text: {text:?}");
    }

    #[test]
    fn pdf_export() {
        check(
            "\n\nJune 21, 1962\n\nCable\n\nCitation:\n\n\"Cable\", June 21, 1962\n\nSummary:\n\nS.\n",
            Some(Layout::PdfExport),
        );
        check(
            "Digital Archive digitalarchive.wilsoncenter.org International History Declassified May 1, 1950 T Citation: “T,” 1950",
            Some(Layout::PdfExport),
        );
    }

    #[test]
    fn old_site() {
        check(
            "Search in\n\nDigital Archive International History Declassified\n\nMarch 04, 1953\n\n  • Citation\n\n    get citation\n",
            Some(Layout::OldSite),
        );
    }

    #[test]
    fn current_site_with_and_without_values() {
        let plain = "Skip to content\n\nJuly 9, 1962\n\nT\n\nBody.\n\nSummary.\n\nDocument Information\n\n\nPRC FMA 1.\n\nOriginal Uploaded Date\n\n\n\nRecord ID\n";
        check(plain, Some(Layout::CurrentSite));
        let valued = "Skip to content\n\nJuly 9, 1962\n\nT\n\nBody.\n\nSummary.\n\nDocument Information\n\nSource\n\nAPRF, f. 45.\n\nRights\n\nRecord ID\n\n113636";
        check(valued, Some(Layout::CurrentSiteWithValues));
    }

    #[test]
    fn dvinci_single_newlines() {
        check("May 29, 1962\nCable\nBody.\n", Some(Layout::Dvinci));
        let leading = format!("{}\nOctober 14, 1950\nTelegram\nBody.\n", "A related summary. ".repeat(5));
        check(&leading, Some(Layout::Dvinci));
    }

    #[test]
    fn summary_first() {
        check(
            "August 01, 1961\n\n\n    A summary of the talk.\n    August 01, 1961\nNotes on the Conversation\n\nBody",
            Some(Layout::SummaryFirst),
        );
    }

    #[test]
    fn formats() {
        let check = |text: &str, expected: Format| assert_eq!(detect_format(text), expected, "text: {text:?}");
        check("\u{feff}  <?xml version=\"1.0\"?><TEI/>", Format::FrusTei);
        check("\n<div type=\"document\" xml:id=\"d1\">", Format::FrusTei);
        check("1\">USDEL</term>,</hi> United States Delegation</item>\n</list>\n</div>", Format::FrusTei);
        check("{\"id\": 1, \"text\": \"t\"}\n", Format::Jsonl);
        check("{\"id\": 1, \"te\n{\"id\": 2, \"text\": \"t\"}\n", Format::Jsonl);
        check("May 29, 1962\nCable\nBody.\n", Format::WilsonPage);
        check("Just some prose.\nWith two lines.\n", Format::PlainText);
        check("{not json at all\nprose\n", Format::PlainText);
        check("a < b and c > d\n", Format::PlainText);
    }

    #[test]
    fn unrecognized() {
        check("Just some prose.\nWith two lines.\n", None);
        check("Citation: only a label", None);
    }
}
