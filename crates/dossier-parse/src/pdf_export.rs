//! Extraction for PDF exports of Digital Archive records (D): the seed's layout and
//! the docslib.org copies.
//!
//! Shape: [docslib heading, `Total Page:`, `File Type:`] · [`Digital Archive
//! digitalarchive.wilsoncenter.org International History Declassified`] · date ·
//! title · `Citation:` · `Summary:` · `Credits:` · `Original Language:` ·
//! `Contents:` · contents label · body. The docslib copies flatten all of it onto a
//! few lines, so the labels are found as words, not as lines.
//!
//! A PDF export prints nothing after the body, so truncation can only be read from
//! how the body ends: mid-sentence means the stored text was cut.

use std::sync::LazyLock;

use dossier_model::Layout;
use regex::Regex;

use crate::detect::PDF_HEADING;
use crate::draft::{Draft, Field};
use crate::text::{Span, date_prefix, ends_finished, funder, nonblank_lines};

/// The site's domain, printed in the export's heading.
const SITE_DOMAIN: &str = "digitalarchive.wilsoncenter.org";

/// The labels of a PDF export, in the order they are printed.
const LABELS: [&str; 5] = ["Citation", "Summary", "Credits", "Original Language", "Contents"];

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(Citation|Summary|Credits|Original Language|Contents):(?:\s|$)").expect("valid regex")
});

/// Contents labels that may be followed by the body on the same line: a
/// translation's or transcription's, the scan's (`Scan of Original Document`),
/// or both, as the site lists them.
static CONTENTS_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:Translation - [A-Z][a-z]+|Transcription - [A-Z][a-z]+|[A-Z][a-z]+ (?:Translation|Transcription))(?: Scan of Original Document)?|Original Scan|Scan of Original Document)\b",
    )
    .expect("valid regex")
});

/// One label found in the text: its index in [`LABELS`] and where it stands.
#[derive(Debug, Clone, Copy)]
struct Label {
    kind: usize,
    span: Span,
}

/// Extracts a PDF export.
pub(crate) fn extract(text: &str) -> Draft<'_> {
    let mut draft = Draft::new(text, Layout::PdfExport);
    let labels = find_labels(text);
    if labels.is_empty() && opens_with_heading(text) {
        unlabelled(&mut draft);
        return draft;
    }
    let header_end = labels.first().map_or(text.len(), |label| label.span.start);
    header(&mut draft, Span::new(0, header_end));

    let mut saw_contents = false;
    for (idx, label) in labels.iter().enumerate() {
        let section_end = labels.get(idx + 1).map_or(text.len(), |next| next.span.start);
        let section = Span::new(label.span.end, section_end).trim(text);
        match LABELS[label.kind] {
            "Citation" => citation(&mut draft, section),
            "Summary" => draft.set_plain(Field::Summary, section),
            "Credits" => match funder(text, section) {
                Some(found) => draft.set_plain(Field::Funder, found),
                None => draft.set(Field::Funder, section, "credits"),
            },
            "Original Language" => draft.set_plain(Field::OriginalLanguage, section),
            _ => {
                saw_contents = true;
                contents(&mut draft, section);
            }
        }
    }
    if !saw_contents {
        draft.body = Some(Span::new(text.len(), text.len()));
        draft.mark_truncated(
            "the text ends before the `Contents:` label that precedes the body".to_owned(),
            nonblank_lines(text).last().map(|line| line.span),
        );
    }
    draft
}

/// True when `text` opens with the export's heading, after a scribd copy's
/// page counter if there is one.
fn opens_with_heading(text: &str) -> bool {
    let mut lines = nonblank_lines(text).into_iter().map(|line| line.span.of(text));
    let first = lines.next().unwrap_or_default();
    let heading = if crate::detect::SCRIBD_PAGE.is_match(first) { lines.next().unwrap_or_default() } else { first };
    heading.starts_with("Digital Archive")
}

/// A docslib copy that lost its `Citation:`, `Summary:` and `Contents:`
/// labels: the heading line, then paragraphs (date and title; the quoted
/// citation; the summary), `Original Language:`, and the contents label
/// (`English Translation`) running into the body.
fn unlabelled(draft: &mut Draft<'_>) {
    let text = draft.text;
    let language = text.find("\nOriginal Language:").map(|at| at + 1);
    let head_end = language.unwrap_or(text.len());
    let mut pos = drop_heading(draft, Span::new(0, head_end)).start;
    let mut paragraphs = Vec::new();
    while pos < head_end {
        let end = text[pos..head_end].find("\n\n").map_or(head_end, |at| pos + at);
        let paragraph = Span::new(pos, end).trim(text);
        if !paragraph.is_empty() {
            paragraphs.push(paragraph);
        }
        pos = end + 2;
    }
    let mut rest = paragraphs.into_iter().peekable();
    if let Some(first) = rest.next() {
        date_and_title(draft, first);
        // The newer export (a scribd copy) prints the date alone and the
        // title, wrapped, as the next paragraph.
        let mut cited = None;
        if draft.fields.title.is_none()
            && let Some(title) = rest.next()
        {
            // Title and citation without a blank line between them: the
            // citation starts where the title's first words come again.
            let (title, citation) = match repeated_title(text, title) {
                Some(at) => (title.until(at), Some(title.from(at))),
                None => (title, None),
            };
            draft.set(Field::Title, title, "heading_title");
            cited = citation;
        }
        if let Some(citation_paragraph) = cited {
            citation(draft, citation_paragraph);
        }
    }
    for paragraph in rest {
        let words = paragraph.of(text);
        if words.starts_with(['“', '"']) || names_the_archive(words) {
            // The newer export's citation is not quoted: the title, the
            // date, then the archive's name.
            citation(draft, paragraph);
        } else if let Some(found) = funder(text, paragraph) {
            draft.set_plain(Field::Funder, found);
        } else {
            draft.set_plain(Field::Summary, paragraph);
        }
    }
    let Some(language) = language else {
        draft.body = Some(Span::new(text.len(), text.len()));
        draft.mark_truncated(
            "the text ends before the `Original Language:` label that precedes the body".to_owned(),
            None,
        );
        return;
    };
    let label_end = language + "Original Language:".len();
    let line_end = text[label_end..].find('\n').map_or(text.len(), |at| label_end + at);
    let value = Span::new(label_end, line_end).trim(text);
    if !value.is_empty() {
        draft.set_plain(Field::OriginalLanguage, value);
    }
    contents(draft, Span::new(line_end, text.len()).trim(text));
}

/// The labels in print order, starting at the first `Citation:`; a label out of
/// order (a word in the body) is ignored, and nothing after `Contents:` is read.
fn find_labels(text: &str) -> Vec<Label> {
    let mut labels: Vec<Label> = Vec::new();
    for caps in LABEL.captures_iter(text) {
        let Some(name) = caps.get(1) else { continue };
        let Some(kind) = LABELS.iter().position(|label| *label == name.as_str()) else {
            continue;
        };
        let in_order = match labels.last() {
            None => kind == 0,
            Some(last) => kind > last.kind,
        };
        if in_order {
            // The span covers `Label:` including the colon.
            labels.push(Label { kind, span: Span::new(name.start(), name.end() + 1) });
            if LABELS[kind] == "Contents" {
                break;
            }
        }
    }
    labels
}

/// Where the title's first line comes again at the start of a later line of
/// `paragraph` (the citation repeating the title), when the paragraph names
/// the archive.
fn repeated_title(text: &str, paragraph: Span) -> Option<usize> {
    let words = paragraph.of(text);
    if !names_the_archive(words) {
        return None;
    }
    let first_line = words.lines().next()?;
    let probe = &first_line[..first_line.floor_char_boundary(first_line.len().min(30))];
    let mut at = first_line.len();
    for line in words[first_line.len()..].split_inclusive('\n') {
        let line_start = at;
        at += line.len();
        if line_start > first_line.len() && line.starts_with(probe) {
            return Some(paragraph.start + line_start);
        }
        if line_start == first_line.len() && line.trim_start_matches('\n').starts_with(probe) {
            return Some(paragraph.start + line_start + (line.len() - line.trim_start_matches('\n').len()));
        }
    }
    None
}

/// True for a citation's paragraph: it names the archive the record is cited
/// from (`…, History and Public Policy Program Digital Archive, Central State
/// Archive, Tirana, …`).
fn names_the_archive(paragraph: &str) -> bool {
    ARCHIVE_NAME.is_match(paragraph)
}

/// The archive's name in a citation, across a line break.
static ARCHIVE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:Program|Wilson\s+Center)\s+Digital\s+Archive,").expect("valid regex"));

/// Everything before `Citation:`: docslib furniture, then the date and title.
fn header(draft: &mut Draft<'_>, header: Span) {
    let content = drop_heading(draft, header).trim(draft.text);
    if !content.is_empty() {
        date_and_title(draft, content);
    }
}

/// Drops the docslib furniture and the export's heading (`… International
/// History Declassified`) at the start of `span`; returns what follows.
fn drop_heading(draft: &mut Draft<'_>, span: Span) -> Span {
    let text = draft.text;
    let Some(at) = span.of(text).rfind(PDF_HEADING) else { return span };
    let mut furniture_end = span.start + at + PDF_HEADING.len();
    // The heading's other half when a copy prints it after the banner
    // (`… International History Declassified digitalarchive.wilsoncenter.org`).
    let rest = &text[furniture_end..span.end];
    let skipped = rest.len() - rest.trim_start().len();
    if rest.trim_start().starts_with(SITE_DOMAIN) {
        furniture_end += skipped + SITE_DOMAIN.len();
    }
    for line in nonblank_lines(text) {
        if line.span.start >= furniture_end {
            break;
        }
        draft.drop_span(line.span.until(furniture_end));
    }
    span.from(furniture_end)
}

/// The heading's date line and the title after it (`April 02, 1951 Record of …`).
fn date_and_title(draft: &mut Draft<'_>, content: Span) {
    match date_prefix(draft.text, content) {
        Some(date) => {
            draft.set_plain(Field::DateLine, date);
            draft.set(Field::Title, content.from(date.end), "heading_title");
        }
        None => draft.set(Field::Title, content, "heading_title"),
    }
}

/// The citation section: citation text, URL, archival reference, translator.
fn citation(draft: &mut Draft<'_>, section: Span) {
    let text = draft.text;
    let mut citation = section;
    if let Some(url) = draft.url_from(section, "citation_url") {
        citation = section.until(url.start);
    }
    draft.set_plain(Field::Citation, citation);
    // `set` keeps an earlier title, so the heading's title wins when there is one.
    if let Some(found) = crate::text::citation_title(text, citation.trim(text)) {
        draft.set(Field::Title, found, "citation_title");
    }
    draft.credits_from_citation(citation.trim(text));
}

/// The contents section: a contents label, then the body to the end of the text.
fn contents(draft: &mut Draft<'_>, section: Span) {
    let text = draft.text;
    let label_end = match CONTENTS_LABEL.find(section.of(text)) {
        Some(found) => section.start + found.end(),
        None => section.start + section.of(text).find('\n').unwrap_or(section.of(text).len()),
    };
    draft.set_plain(Field::ContentsLabel, section.until(label_end));
    let body = section.from(label_end).trim(text);
    draft.body = Some(body);
    if body.is_empty() {
        draft.warn("no_body", "no body text after the contents label".to_owned(), None);
        return;
    }
    let last_line = nonblank_lines(text)
        .into_iter()
        .rfind(|line| line.span.start < body.end)
        .map(|line| line.span.from(body.start));
    let Some(last) = last_line.filter(|last| !ends_finished(last.of(text))) else {
        return;
    };
    let chars: Vec<char> = last.of(text).chars().collect();
    let tail: String = chars[chars.len().saturating_sub(30)..].iter().collect();
    draft.mark_truncated(
        format!(
            "the body stops mid-sentence (`…{tail}`): a pdf export ends with the document's last sentence, signature or date"
        ),
        Some(last),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Extracts `text` and compares (date, title, citation, contents label, body, truncated).
    fn check(text: &str, expected: (Option<&str>, &str, &str, &str, &str, bool)) {
        let draft = extract(text);
        let value = |field: &Option<dossier_model::Extracted<String>>| field.as_ref().map(|found| found.value.clone());
        assert_eq!(value(&draft.fields.date_line).as_deref(), expected.0);
        assert_eq!(value(&draft.fields.title).as_deref(), Some(expected.1));
        assert_eq!(value(&draft.fields.citation).as_deref(), Some(expected.2));
        assert_eq!(value(&draft.fields.contents_label).as_deref(), Some(expected.3));
        assert_eq!(draft.body.map(|span| span.of(text)), Some(expected.4));
        assert_eq!(draft.truncated.is_some(), expected.5);
    }

    /// A real docslib copy whose `Citation:`, `Summary:` and `Contents:`
    /// labels were dropped (`corpus/wilson-dev/east-europe-b`).
    #[test]
    fn a_copy_without_labels_is_read_by_its_paragraphs() {
        let text = include_str!(
            "../../../corpus/wilson-dev/east-europe-b/docs/docslib__doc-1502012-april-02-1951-record-of-i-v-stalins-conversation-with-e-hoxha-about.txt"
        );
        let draft = extract(text);
        let value = |field: &Option<dossier_model::Extracted<String>>| field.as_ref().map(|found| found.value.clone());
        assert_eq!(value(&draft.fields.date_line).as_deref(), Some("April 02, 1951"));
        assert_eq!(
            value(&draft.fields.title).as_deref(),
            Some("Record of I.V. Stalin’s Conversation with E. Hoxha About Certain Foreign and Domestic Problems of")
        );
        assert!(value(&draft.fields.citation).is_some_and(|c| c.starts_with("“Record of I.V. Stalin’s")));
        assert!(value(&draft.fields.summary).is_some_and(|s| s.starts_with("Stalin, Hoxha, and a collection")));
        assert_eq!(value(&draft.fields.original_language), None, "the label is there, its value is not");
        assert_eq!(value(&draft.fields.contents_label).as_deref(), Some("English Translation"));
        let body = draft.body.map(|span| span.of(text)).unwrap_or_default();
        assert!(body.starts_with("Record of I.V. Stalin’s Conversation with E. Hoxha\n"), "{body}");
        assert!(draft.truncated.is_some(), "the stored text stops mid-sentence");
    }

    /// A scribd copy of the site's newer export (`corpus/wilson-dev/east-europe`):
    /// the reader's page counter, the heading on two lines, the date alone,
    /// the title wrapped and its citation below it without a blank line, the
    /// summary and the funder, no labels but `Original Language:`.
    #[test]
    fn a_scribd_copy_of_the_newer_export() {
        let text = include_str!("../../../corpus/wilson-dev/east-europe/docs/scribd__document-273214583-117494.txt");
        assert_eq!(crate::detect::detect_layout(text), Some(Layout::PdfExport));
        let draft = extract(text);
        let value = |field: &Option<dossier_model::Extracted<String>>| field.as_ref().map(|found| found.value.clone());
        assert_eq!(value(&draft.fields.date_line).as_deref(), Some("November 12, 1960"));
        assert_eq!(
            value(&draft.fields.title).as_deref(),
            Some(
                "Report of the Meeting of the Albanian Labor Party\nDelegation with Leaders of the Communist Party of the\nSoviet Union, 12 November 1960"
            )
        );
        assert!(
            value(&draft.fields.citation)
                .is_some_and(|c| c.starts_with("Report of the Meeting") && c.contains("Tirana"))
        );
        assert!(
            value(&draft.fields.summary).is_some_and(|s| s.starts_with("An Albanian delegation headed by Enver Hoxha"))
        );
        assert_eq!(value(&draft.fields.funder).as_deref(), Some("Leon Levy Foundation"));
        assert_eq!(value(&draft.fields.contents_label).as_deref(), Some("English Translation"));
        let body = draft.body.map(|span| span.of(text)).unwrap_or_default();
        assert!(body.starts_with("Albanian delegation represented by: Enver Hoxha"), "{body}");
    }

    /// A docbox-type mirror prints the heading's halves the other way round
    /// (`… Declassified digitalarchive.wilsoncenter.org November 12, 1973 …`,
    /// `corpus/wilson-dev/east-asia-s`): the domain is heading, not title.
    #[test]
    fn the_domain_after_the_banner_is_heading() {
        let text = include_str!(
            "../../../corpus/wilson-dev/east-asia-s/docs/religiondocbox__Atheism_and_Agnosticism-81386443-November-12-1973-memorandum-of-conversation-between-mao-zedong-and-henry-kissinger.html.txt"
        );
        let draft = extract(text);
        let value = |field: &Option<dossier_model::Extracted<String>>| field.as_ref().map(|found| found.value.clone());
        assert_eq!(value(&draft.fields.date_line).as_deref(), Some("November 12, 1973"));
        assert_eq!(
            value(&draft.fields.title).as_deref(),
            Some("Memorandum of Conversation between Mao Zedong and Henry Kissinger")
        );
    }

    #[test]
    fn labelled_lines() {
        check(
            "\n\nJune 21, 1962\n\nCable\n\nCitation:\n\n\"Cable\", June 21, 1962, Wilson Center Digital Archive, PRC FMA 1, 2. Translated by 7Brands.\n<https://digitalarchive.umd.edu/document/118197>\n\nSummary:\n\nS.\n\nContents:\n\nTranslation - English\n\n[...]\n\nSigned\n21 June 1962",
            (
                Some("June 21, 1962"),
                "Cable",
                "\"Cable\", June 21, 1962, Wilson Center Digital Archive, PRC FMA 1, 2. Translated by 7Brands.",
                "Translation - English",
                "[...]\n\nSigned\n21 June 1962",
                false,
            ),
        );
    }

    /// east-europe-u, a docslib copy of Gorbachev's talk with Ceausescu
    /// (1989) whose only contents label is the scan's.
    #[test]
    fn the_scan_label_alone_precedes_the_body() {
        let text = "Digital Archive digitalarchive.wilsoncenter.org International History Declassified December 04, 1989 Minutes of Conversation between Gorbachev and Romanian Leader Ceausescu Citation: “Minutes of Conversation between Gorbachev and Romanian Leader Ceausescu,” December 04, 1989, History and Public Policy Program Digital Archive. http://digitalarchive.wilsoncenter.org/document/116247 Summary: Minutes of Conversation. Original Language: Romanian Contents: Scan of Original Document Minutes of the Meeting between Nicolae Ceausescu, and Mikhail S. Gorbachev, Moscow, 4 December 1989 At the meeting were also present comrades Constantin Dascalescu.";
        let draft = extract(text);
        let body = draft.body.map(|span| span.of(text)).unwrap_or_default();
        assert!(body.starts_with("Minutes of the Meeting between Nicolae Ceausescu"), "{body}");
        // Both labels, as most copies print them.
        let text = text.replace("Contents: Scan", "Contents: English Translation Scan");
        let draft = extract(&text);
        assert_eq!(draft.body.map(|span| &span.of(&text)[..11]), Some("Minutes of "));
    }

    #[test]
    fn flattened_docslib_copy() {
        check(
            "May 1, 1950 T\nTotal Page:16\nDigital Archive digitalarchive.wilsoncenter.org International History Declassified May 1, 1950 The Title Citation: “The Title,” May 1, 1950, Digital Archive, APRF, f. 3. http://digitalarchive.wilsoncenter.org/document/1 Summary: S. Original Language: Russian Contents: English Translation Top Secret To all memb",
            (
                Some("May 1, 1950"),
                "The Title",
                "“The Title,” May 1, 1950, Digital Archive, APRF, f. 3.",
                "English Translation",
                "Top Secret To all memb",
                true,
            ),
        );
    }
}
