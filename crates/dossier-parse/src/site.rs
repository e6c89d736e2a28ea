//! Extraction for the web-page layouts that end in a label list: the current site
//! (A, A'), the dvinci test site (B) and the summary-first variant (E).
//!
//! Their shape: [banner] · date line · title · [funder sentence] · body · summary ·
//! label list (`Author(s):`, `Associated …`, `Document Information`, `Source`,
//! `Rights`, `Record ID` …) in which some labels carry values. The label list is the
//! end-of-record marker: a stored page cut before it is truncated.

use dossier_model::Layout;

use crate::detect::SKIP_LINK;
use crate::draft::{Draft, Field};
use crate::text::{
    FUNDER_SENTENCE, Line, Span, archival_ref_in_line, funder, is_citation_line, is_contents_label, is_date_line,
    is_signoff_date, nonblank_lines, translator,
};

/// Labels that open the trailing label list, in the order the site prints them.
const TRAILER_LABELS: &[&str] = &[
    "Author(s):",
    "Associated People & Organizations",
    "Associated Places",
    "Associated Topics",
    "Subjects Discussed",
    "Related Documents",
    "Document Information",
];

/// The label of the list of other records a page links to.
const RELATED_DOCUMENTS: &str = "Related Documents";

/// Labels inside the "Document Information" block.
const METADATA_LABELS: &[&str] = &[
    "Source",
    "Original Archive",
    "Rights",
    "Original Uploaded Date",
    "Type",
    "Language",
    "Record ID",
    "Original Classification",
];

/// The label whose unlabelled next line (on the current site) is the archival reference.
const DOCUMENT_INFORMATION: &str = "Document Information";

/// Openings of the rights boilerplate paragraphs.
const RIGHTS_OPENINGS: &[&str] =
    &["The History and Public Policy Program welcomes reuse", "To enquire about this document"];

/// Key under which the funder list that ends current-site pages is stored. The
/// page text keeps the list but not its heading, so the key names what it is.
pub(crate) const FUNDERS_KEY: &str = "Funders";

/// Shortest line accepted as a label or boilerplate opening cut off by the end of
/// the stored text (`Document Inf`, `Associated To`, `To enqu`).
const MIN_CUT_PREFIX: usize = 6;

/// True when `line` is any label of the trailing label list.
fn is_label(line: &str) -> bool {
    TRAILER_LABELS.contains(&line) || METADATA_LABELS.contains(&line)
}

/// True when `line` opens a rights boilerplate paragraph.
fn is_rights(line: &str) -> bool {
    RIGHTS_OPENINGS.iter().any(|opening| line.starts_with(opening))
}

/// True when `line` is the last thing in the text, cut off mid-way, and what is
/// left of it is the start of a label or of the rights boilerplate.
fn is_cut_furniture(text: &str, line: Line) -> bool {
    let content = line.text(text);
    !line.has_newline
        && content.len() >= MIN_CUT_PREFIX
        && TRAILER_LABELS.iter().chain(METADATA_LABELS).chain(RIGHTS_OPENINGS).any(|full| full.starts_with(content))
}

/// True when `line` starts the trailing label list.
fn starts_trailer(text: &str, line: Line) -> bool {
    let content = line.text(text);
    TRAILER_LABELS.contains(&content)
        || (!line.has_newline
            && content.len() >= MIN_CUT_PREFIX
            && TRAILER_LABELS.iter().any(|full| full.starts_with(content)))
}

/// True when `value` can be the value of `label` rather than the next label or
/// boilerplate.
fn is_value_of(text: &str, label: &str, value: Line) -> bool {
    let content = value.text(text);
    if is_label(content) || is_rights(content) || is_cut_furniture(text, value) {
        return false;
    }
    match label {
        "Record ID" => content.chars().all(|ch| ch.is_ascii_digit()),
        "Original Uploaded Date" => {
            // Bytes, not string slices: the line may start with a multi-byte
            // character, and slicing it at 4 would split one.
            let bytes = content.as_bytes();
            bytes.len() >= 5 && bytes[..4].iter().all(u8::is_ascii_digit) && bytes[4] == b'-'
        }
        "Rights" => false,
        // `Secret`, `Top Secret`: a few words, never a sentence.
        "Original Classification" => content.split_whitespace().count() <= 4,
        _ => true,
    }
}

/// False when a value at the very end of the text is visibly incomplete (an
/// upload date without its day).
fn is_complete_value(label: &str, value: &str) -> bool {
    match label {
        "Original Uploaded Date" => {
            value.len() == 10
                && value
                    .char_indices()
                    .all(|(idx, ch)| if idx == 4 || idx == 7 { ch == '-' } else { ch.is_ascii_digit() })
        }
        _ => true,
    }
}

/// True when some metadata label after "Document Information" carries a value
/// (the A' layout).
pub(crate) fn has_labelled_values(text: &str, lines: &[Line]) -> bool {
    let Some(info) = lines.iter().position(|line| line.text(text) == DOCUMENT_INFORMATION) else {
        return false;
    };
    lines[info + 1..].windows(2).any(|pair| {
        let label = pair[0].text(text);
        METADATA_LABELS.contains(&label) && is_value_of(text, label, pair[1])
    })
}

/// Extracts a current-site, dvinci or summary-first page.
pub(crate) fn extract<'t>(text: &'t str, layout: Layout) -> Draft<'t> {
    let mut draft = Draft::new(text, layout);
    let lines = nonblank_lines(text);
    let mut idx = 0;

    if lines.first().is_some_and(|line| line.text(text) == SKIP_LINK) {
        draft.drop_line(lines[0]);
        idx += 1;
    }

    let mut leading = None;
    if layout == Layout::SummaryFirst {
        idx = summary_first_header(&mut draft, &lines, idx);
    } else {
        (idx, leading) = header(&mut draft, &lines, idx);
    }

    let trailer =
        lines[idx.min(lines.len())..].iter().position(|&line| starts_trailer(text, line)).map(|offset| idx + offset);
    match trailer {
        Some(trailer_idx) => {
            let mut body_end = trailer_idx;
            let candidate = lines[trailer_idx - 1];
            if layout != Layout::SummaryFirst && trailer_idx > idx && looks_like_summary(candidate.text(text)) {
                draft.set(Field::Summary, candidate.span, "summary_before_labels");
                body_end = trailer_idx - 1;
            }
            set_body(&mut draft, &lines, idx, body_end);
            self::trailer(&mut draft, &lines[trailer_idx..]);
            leading_paragraph(&mut draft, leading);
        }
        None => {
            set_body(&mut draft, &lines, idx, lines.len());
            leading_paragraph(&mut draft, leading);
            let last = lines.last().map(|line| line.span);
            draft.mark_truncated(
                format!(
                    "the text ends before the label list (`Author(s):`, `Associated …`, `{DOCUMENT_INFORMATION}`) that closes every {} page: the body or summary is cut",
                    layout.as_str()
                ),
                last,
            );
        }
    }
    draft
}

/// Fewest words a summary paragraph has; the line before the label list of a page
/// without a summary is the document's sign-off (`20 April 1961`, `Terebin.`).
const MIN_SUMMARY_WORDS: usize = 5;

/// True when the line before the label list reads as the archive's summary
/// sentence rather than the end of the document itself.
fn looks_like_summary(line: &str) -> bool {
    !is_date_line(line) && !is_signoff_date(line) && line.split_whitespace().count() >= MIN_SUMMARY_WORDS
}

/// A paragraph printed before a dvinci page's date line: a summary, most
/// often the record's own, but on a page that also has its summary before the
/// label list it is a related document's (`… (see also)`). It is the record's
/// summary only when the page gives no other; else it is kept as the related
/// record's summary, a text of its own whose names are read as such (the page
/// shows them, and a reader of the page reads them).
fn leading_paragraph(draft: &mut Draft<'_>, leading: Option<Line>) {
    let Some(first) = leading else { return };
    if draft.fields.summary.is_none() {
        draft.set(Field::Summary, first.span, "summary_before_date");
        return;
    }
    draft.set(Field::RelatedSummary, first.span, "summary_before_date");
    draft.note(
        "related_summary",
        "a paragraph precedes the date line and the page has its own summary before the label list, so it is a related document's summary, kept as `related_summary`".to_owned(),
        Some(first.span),
    );
}

/// Date line, title and funder sentence; returns the index of the first body
/// line and the paragraph printed before the date line, if any.
fn header(draft: &mut Draft<'_>, lines: &[Line], mut idx: usize) -> (usize, Option<Line>) {
    let text = draft.text;
    // A dvinci page may open with a summary, shown before the date line.
    let leading = match (lines.get(idx), lines.get(idx + 1)) {
        (Some(first), Some(second)) if !is_date_line(first.text(text)) && is_date_line(second.text(text)) => {
            Some(*first)
        }
        _ => None,
    };
    if leading.is_some() {
        idx += 1;
    }
    if lines.get(idx).is_some_and(|line| is_date_line(line.text(text))) {
        draft.set_plain(Field::DateLine, lines[idx].span);
        idx += 1;
        // `July, 1964` · `July, 1964` · summary · title: a page that prints
        // its date twice puts the archive's summary above the title, as the
        // summary-first layout does after its second date.
        if let Some(&again) = lines.get(idx).filter(|line| line.text(text) == lines[idx - 1].text(text)) {
            draft.drop_line(again);
            draft.note(
                "date_repeated",
                format!("the date line `{}` is printed twice", again.text(text)),
                Some(again.span),
            );
            idx += 1;
            let summary =
                lines.get(idx).filter(|line| looks_like_summary(line.text(text)) && line.text(text).ends_with('.'));
            if let Some(&summary) = summary.filter(|_| idx + 1 < lines.len()) {
                draft.set(Field::Summary, summary.span, "summary_after_date");
                idx += 1;
            }
        }
    }
    if let Some(next) = citation_block(draft, lines, idx) {
        return (next, leading);
    }
    // `April 05, 1972` · `This document was made possible with support from …`
    // · summary · quoted citation: the funder sentence may come first.
    if lines.get(idx).is_some_and(|line| line.text(text).starts_with(FUNDER_SENTENCE)) {
        let next = funder_line(draft, lines, idx);
        return (citation_block(draft, lines, next).unwrap_or(next), leading);
    }
    // `October 22, 1944` · `Protokoły posiedzeń Biura Politycznego KC PPR
    // 1944-1945, edited by A. Kochański, pp. 30-37. Translated by Jan
    // Chowaniec.` · title: the edition a translation was made from, printed
    // above the title, is the record's source note.
    if let Some(line) = lines.get(idx).filter(|line| is_source_note(line.text(text)))
        && lines.get(idx + 1).is_some()
    {
        draft.citation(line.span);
        idx += 1;
    }
    if let Some(line) = lines.get(idx) {
        let content = line.text(text);
        if !content.starts_with(FUNDER_SENTENCE) && !starts_trailer(text, *line) {
            let last = title_end(text, lines, idx);
            draft.set_plain(Field::Title, Span::new(line.span.start, lines[last].span.end));
            idx = last + 1;
        }
    }
    idx = funder_line(draft, lines, idx);
    (idx, leading)
}

/// Most lines a title runs over.
const MAX_TITLE_LINES: usize = 4;

/// The last line of a title that starts at line `idx`: a title line that ends
/// in `;` or `,` goes on in the next line, and so does any line after the
/// first when the next starts in lower case (`Minutes of the PWP CC Meetings
/// on 22 October 1944;` · `Bierut's Account of the Conference` · `with Stalin
/// and Churchill Held on 13 October 1944,` · `and of a Conversation with
/// Stalin on 18 October 1944`). A date line, a label (`Present:`) or a long
/// line ends it.
fn title_end(text: &str, lines: &[Line], idx: usize) -> usize {
    let mut last = idx;
    while last + 1 < lines.len() && last + 1 - idx < MAX_TITLE_LINES {
        let (prev, next) = (lines[last].text(text), lines[last + 1].text(text));
        let open = prev.ends_with([';', ',']);
        let lower_next = last > idx && next.chars().next().is_some_and(char::is_lowercase);
        let heading = next.chars().count() <= MAX_TITLE_LINE_CHARS
            && !is_date_line(next)
            && !is_label(next)
            && !next.split_whitespace().take(3).any(|word| word.ends_with(':'))
            && !starts_trailer(text, lines[last + 1])
            && !next.starts_with(FUNDER_SENTENCE);
        if !(open || lower_next) || !heading {
            break;
        }
        last += 1;
    }
    last
}

/// Characters a line that continues a title may have.
const MAX_TITLE_LINE_CHARS: usize = 120;

/// True for a source note: a line that credits an editor or a translator,
/// which no title does (`…, edited by A. Kochański, pp. 30-37. Translated by
/// Jan Chowaniec.`).
fn is_source_note(line: &str) -> bool {
    let lower = line.to_lowercase();
    ["edited by", "translated by", "translation by"].iter().any(|cue| lower.contains(cue))
}

/// A page saved without its title line shows the archive's summary and quoted
/// citation right after the date (`August 02, 1963` · summary · `"Letter, Homi
/// Bhabhi to Jawaharlal Nehru," August 02, 1963, History and Public Policy
/// Program Digital Archive, …` · [`English HTML`]): the title is the citation's.
/// Returns the first body line when the lines at `idx` are such a block.
fn citation_block(draft: &mut Draft<'_>, lines: &[Line], idx: usize) -> Option<usize> {
    let text = draft.text;
    let content = |at: usize| lines.get(at).map(|line| line.text(text));
    let summary = content(idx).is_some_and(|first| !is_citation_line(first) && looks_like_summary(first));
    let cited = if summary { idx + 1 } else { idx };
    if !content(cited).is_some_and(is_citation_line) {
        return None;
    }
    if summary {
        draft.set(Field::Summary, lines[idx].span, "summary_before_citation");
    }
    draft.citation(lines[cited].span);
    let mut next = cited + 1;
    if content(next).is_some_and(is_contents_label) {
        draft.set_plain(Field::ContentsLabel, lines[next].span);
        next += 1;
    }
    Some(next)
}

/// Reads the funder sentence at line `idx`, if it is one; returns the next line index.
fn funder_line(draft: &mut Draft<'_>, lines: &[Line], idx: usize) -> usize {
    let text = draft.text;
    let Some(line) = lines.get(idx) else {
        return idx;
    };
    if !line.text(text).starts_with(FUNDER_SENTENCE) {
        return idx;
    }
    if let Some(found) = funder(text, line.span) {
        draft.set_plain(Field::Funder, found);
    }
    idx + 1
}

/// Date line · summary · the same date line · title; returns the first body line.
fn summary_first_header(draft: &mut Draft<'_>, lines: &[Line], mut idx: usize) -> usize {
    let text = draft.text;
    if let Some(line) = lines.get(idx) {
        draft.set_plain(Field::DateLine, line.span);
        idx += 1;
    }
    if let Some(line) = lines.get(idx) {
        draft.set(Field::Summary, line.span, "summary_after_date");
        idx += 1;
    }
    if let Some(line) = lines.get(idx).filter(|line| is_date_line(line.text(text))) {
        draft.drop_line(*line);
        draft.note(
            "date_repeated",
            format!("the date line `{}` is printed again after the summary", line.text(text)),
            Some(line.span),
        );
        idx += 1;
    }
    if let Some(line) = lines.get(idx) {
        draft.set_plain(Field::Title, line.span);
        idx += 1;
    }
    funder_line(draft, lines, idx)
}

/// Sets the body to the exact source from line `from` to the end of line `to - 1`.
fn set_body(draft: &mut Draft<'_>, lines: &[Line], from: usize, to: usize) {
    if from < to {
        draft.body = Some(Span::new(lines[from].span.start, lines[to - 1].span.end));
    } else {
        let at = lines.get(from).map_or(draft.text.len(), |line| line.span.start);
        draft.body = Some(Span::new(at, at));
        draft.warn("no_body", "no body text between the header and the summary".to_owned(), None);
    }
}

/// Walks the label list: labels without values and rights text are dropped,
/// values go to the site metadata (and to their fields).
fn trailer(draft: &mut Draft<'_>, lines: &[Line]) {
    let text = draft.text;
    let mut idx = 0;
    let mut reference_slot = false;
    let mut after_record_id = false;
    while let Some(&line) = lines.get(idx) {
        let content = line.text(text);
        idx += 1;
        if content == DOCUMENT_INFORMATION {
            draft.drop_line(line);
            reference_slot = true;
            continue;
        }
        // `Related Documents`: other records' dates, titles and summaries up
        // to the next label, kept as a field of their own (never the record's
        // text).
        if content == RELATED_DOCUMENTS {
            draft.drop_line(line);
            let listed = lines[idx..]
                .iter()
                .take_while(|l| {
                    let content = l.text(text);
                    !is_label(content) && !is_rights(content) && !is_cut_furniture(text, **l)
                })
                .count();
            if listed > 0 {
                let span = Span::new(lines[idx].span.start, lines[idx + listed - 1].span.end);
                draft.set(Field::RelatedDocuments, span, "related_documents");
            }
            idx += listed;
            continue;
        }
        if is_label(content) {
            reference_slot = false;
            after_record_id |= content == "Record ID";
            match lines.get(idx) {
                Some(&value) if is_value_of(text, content, value) => {
                    labelled_value(draft, content, value.span);
                    if !value.has_newline && !is_complete_value(content, value.text(text)) {
                        draft.warn(
                            "metadata_value_cut",
                            format!(
                                "the value of `{content}` is cut off by the end of the text: `{}`",
                                value.text(text)
                            ),
                            Some(value.span),
                        );
                    }
                    idx += 1;
                }
                _ => draft.drop_line(line),
            }
            continue;
        }
        if is_rights(content) || is_cut_furniture(text, line) {
            draft.drop_line(line);
            continue;
        }
        if reference_slot {
            // Current site: the archival reference follows "Document Information"
            // without a label of its own.
            reference_slot = false;
            draft.set(Field::ArchivalRef, archival_ref_in_line(text, line.span), "document_information_archival_ref");
            if let Some(found) = translator(text, line.span) {
                draft.set(Field::Translator, found, "document_information_translator");
            }
            continue;
        }
        if after_record_id {
            draft.set_metadata(FUNDERS_KEY, line.span);
            draft.set(Field::Funder, line.span, "trailing_funders");
            continue;
        }
        draft.drop_line(line);
        draft.note(
            "unrecognized_trailer_line",
            format!("left out a line of the label list that is neither a label, a value nor rights text: `{content}`"),
            Some(line.span),
        );
    }
}

/// Stores `label → value` and fills the fields some labels stand for.
fn labelled_value(draft: &mut Draft<'_>, label: &str, value: Span) {
    draft.set_metadata(label, value);
    let text = draft.text;
    match label {
        "Source" => {
            draft.set(Field::ArchivalRef, archival_ref_in_line(text, value), "source_archival_ref");
            if let Some(found) = translator(text, value) {
                draft.set(Field::Translator, found, "source_translator");
            }
        }
        "Record ID" => draft.set(Field::RecordId, value, "record_id_label"),
        "Language" => draft.set(Field::OriginalLanguage, value, "language_label"),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Extracts `text` in `layout` and returns (date, title, summary, body, truncated).
    fn check(text: &str, layout: Layout, expected: (Option<&str>, Option<&str>, Option<&str>, &str, bool)) {
        let draft = extract(text, layout);
        let value = |field: &Option<dossier_model::Extracted<String>>| field.as_ref().map(|found| found.value.clone());
        let got = (
            value(&draft.fields.date_line),
            value(&draft.fields.title),
            value(&draft.fields.summary),
            draft.body.map(|span| span.of(text).to_owned()).unwrap_or_default(),
            draft.truncated.is_some(),
        );
        let expected = (
            expected.0.map(str::to_owned),
            expected.1.map(str::to_owned),
            expected.2.map(str::to_owned),
            expected.3.to_owned(),
            expected.4,
        );
        assert_eq!(got, expected);
    }

    #[test]
    fn current_site_complete() {
        let text = "Skip to content\n\nJuly 9, 1962\n\nCable\n\nThis document was made possible with support from MacArthur Foundation\n\n[To the] Office:\n\n\nBody [...] text.\n\nThe ministry asks for a report.\n\nDocument Information\n\n\nPRC FMA 118-01082-04, 60. Translated by Charles Kraus.\n\n\nThe History and Public Policy Program welcomes reuse.\n\nOriginal Uploaded Date\n\n\n\nRecord ID\n\n\n\nMacArthur Foundation and Henry Luce Foundation";
        check(
            text,
            Layout::CurrentSite,
            (
                Some("July 9, 1962"),
                Some("Cable"),
                Some("The ministry asks for a report."),
                "[To the] Office:\n\n\nBody [...] text.",
                false,
            ),
        );
        let draft = extract(text, Layout::CurrentSite);
        let fields = &draft.fields;
        assert_eq!(fields.archival_ref.as_ref().unwrap().value, "PRC FMA 118-01082-04, 60");
        assert_eq!(fields.translator.as_ref().unwrap().value, "Charles Kraus");
        assert_eq!(fields.funder.as_ref().unwrap().value, "MacArthur Foundation");
        assert_eq!(fields.site_metadata[FUNDERS_KEY].value, "MacArthur Foundation and Henry Luce Foundation");
        assert!(draft.dropped.iter().any(|found| found.of(text) == "Record ID"));
    }

    /// east-europe-o/da__document-117992 (cut): the date printed twice, then
    /// the summary, then the title.
    #[test]
    fn a_date_printed_twice_puts_the_summary_above_the_title() {
        let text = "July, 1964\n\n\nJuly, 1964\n\n    Transcript of meetings in Moscow between Romanian and Soviet officials. They discuss disagreements.\nTranscript of Conversations Between Delegations of the RWP CC and the CPSU CC\n\nMoscow, July 1964\n\n\nMeeting of 8 July 1964";
        check(
            text,
            Layout::CurrentSite,
            (
                Some("July, 1964"),
                Some("Transcript of Conversations Between Delegations of the RWP CC and the CPSU CC"),
                Some(
                    "Transcript of meetings in Moscow between Romanian and Soviet officials. They discuss disagreements.",
                ),
                "Moscow, July 1964\n\n\nMeeting of 8 July 1964",
                true,
            ),
        );
    }

    /// world/dvinci__document-us-embassy-india-cable-6598-…: the classification
    /// the archive recorded is site metadata.
    /// `east-asia-cb` da 121773 (Stalin to Mikoyan, 1949): the page's list of
    /// related records is a field of its own, up to the next label, never the
    /// body or the summary.
    #[test]
    fn the_related_documents_list_is_its_own_field() {
        let text = "Skip to content\n\nFebruary 4, 1949\n\nCable, Joseph Stalin to Anastas Mikoyan\n\nThis document was made possible with support from MacArthur Foundation\n\nStrictly Secret\n\nInstantsiya [codename for Stalin] is demanding an immediate answer.\n\nSTALIN\n\n6. II. 1949\n\n \n\nStalin cable to Mikoyan, asking Mikoyan to recount a four-point cable sent earlier to Mao Zedong. Stalin has not heard an answer, and demands an immediate one.\n\nAuthor(s):\n\n\n\nRelated Documents\n\nFebruary 4, 1949\n\nMemorandum of Conversation between Anastas Mikoyan and Mao Zedong\n\nAnastas Mikoyan and Mao Zedong discuss the independence of Mongolia.\n\nDocument Information\n\n\nRecord ID\n\n\n121773";
        let draft = extract(text, Layout::CurrentSite);
        let related = draft.fields.related_documents.as_ref().expect("the list");
        assert_eq!(
            related.value,
            "February 4, 1949\n\nMemorandum of Conversation between Anastas Mikoyan and Mao Zedong\n\nAnastas Mikoyan and Mao Zedong discuss the independence of Mongolia."
        );
        assert!(draft.fields.summary.as_ref().is_some_and(|s| s.value.starts_with("Stalin cable to Mikoyan")));
        assert!(!draft.diagnostics.iter().any(|d| d.code == "unrecognized_trailer_line"));
    }

    #[test]
    fn original_classification_is_site_metadata() {
        let text = "May 21, 1974\nCable\nBody.\nThe cable says why.\nDocument Information\nRecord ID\n113911\nOriginal Classification\nSecret\nDonors\n";
        let draft = extract(text, Layout::Dvinci);
        assert_eq!(draft.fields.site_metadata["Original Classification"].value, "Secret");
    }

    #[test]
    fn dvinci_cut_before_labels_is_truncated() {
        check(
            "May 29, 1962\nCable\nFirst paragraph.\nSecond paragraph cut mid-",
            Layout::Dvinci,
            (Some("May 29, 1962"), Some("Cable"), None, "First paragraph.\nSecond paragraph cut mid-", true),
        );
    }

    #[test]
    fn dvinci_cut_label_still_closes_the_record() {
        check(
            "April 22, 1948\nCable\nBody.\nTerebin tells Stalin of the plans.\nAuthor(s):\nDocument Inf",
            Layout::Dvinci,
            (Some("April 22, 1948"), Some("Cable"), Some("Terebin tells Stalin of the plans."), "Body.", false),
        );
    }

    /// east-asia/dvinci__document-cable-no-25-…: a page cut before its label
    /// list opens with its own summary, which is then the record's.
    #[test]
    fn paragraph_before_the_date_is_the_summary_when_the_page_has_none() {
        check(
            "A summary of a second meeting between Foreign Ministers Ohira and Ji. The two discussed Sino-Japanese relations.\nJanuary 4, 1974\nCable No. 25, Ambassador Ogawa to the Foreign Minister, 'Japan-China Foreign Minister Meeting'\n[…]\nNumber (TA) 339",
            Layout::Dvinci,
            (
                Some("January 4, 1974"),
                Some("Cable No. 25, Ambassador Ogawa to the Foreign Minister, 'Japan-China Foreign Minister Meeting'"),
                Some(
                    "A summary of a second meeting between Foreign Ministers Ohira and Ji. The two discussed Sino-Japanese relations.",
                ),
                "[…]\nNumber (TA) 339",
                true,
            ),
        );
    }

    #[test]
    fn sign_off_before_labels_is_not_a_summary() {
        check(
            "April 20, 1961\nCable\nBody.\n[Chinese] Embassy\n20 April 1961\nAuthor(s):\nRights\n",
            Layout::Dvinci,
            (Some("April 20, 1961"), Some("Cable"), None, "Body.\n[Chinese] Embassy\n20 April 1961", false),
        );
    }

    #[test]
    fn a_page_without_a_title_line_takes_the_citations_title() {
        // da__document-165242 of corpus/wilson-dev/world-b, shortened.
        check(
            "August 02, 1963\n\n\n    Homi Bhabha writes to Prime Minister Nehru to convey that the Chinese nuclear test will be of no military significance.\n    \"Letter, Homi Bhabhi to Jawaharlal Nehru,\" August 02, 1963, History and Public Policy Program Digital Archive, National Archives of India, Prime Minister's Office, File No. 17(1773)/76. Obtained by Vivek Prahladan.\nTelephone: 253724\n\nMy dear Bhai,",
            Layout::CurrentSite,
            (
                Some("August 02, 1963"),
                Some("Letter, Homi Bhabhi to Jawaharlal Nehru"),
                Some(
                    "Homi Bhabha writes to Prime Minister Nehru to convey that the Chinese nuclear test will be of no military significance.",
                ),
                "Telephone: 253724\n\nMy dear Bhai,",
                true,
            ),
        );
    }

    #[test]
    fn a_source_note_above_the_title_is_the_citation() {
        // da__document-123197 of corpus/wilson-dev/east-europe-v, shortened.
        let text = "October 22, 1944\n\n\n    Protokoły posiedzeń Biura Politycznego KC PPR 1944-1945, edited by A. Kochański, pp. 30-37. Translated by Jan Chowaniec.\nMinutes of the PWP CC Meetings on 22 October 1944;\n\nPresent: Wiesław, Tomasz, Jakub, Franek, Zawadzki, Radkiewicz, Marek.";
        check(
            text,
            Layout::CurrentSite,
            (
                Some("October 22, 1944"),
                Some("Minutes of the PWP CC Meetings on 22 October 1944;"),
                None,
                "Present: Wiesław, Tomasz, Jakub, Franek, Zawadzki, Radkiewicz, Marek.",
                true,
            ),
        );
        let draft = extract(text, Layout::CurrentSite);
        let citation = draft.fields.citation.as_ref().map(|c| c.value.as_str());
        assert_eq!(draft.fields.translator.as_ref().map(|t| t.value.as_str()), Some("Jan Chowaniec"));
        assert_eq!(
            citation,
            Some(
                "Protokoły posiedzeń Biura Politycznego KC PPR 1944-1945, edited by A. Kochański, pp. 30-37. Translated by Jan Chowaniec."
            )
        );
    }

    #[test]
    fn a_title_goes_on_after_a_semicolon_and_in_lower_case() {
        // da__document-123197 of corpus/wilson-dev/east-europe-v, shortened.
        let text = "October 22, 1944\n\n\n    Protokoły posiedzeń Biura Politycznego KC PPR 1944-1945, edited by A. Kochański, pp. 30-37. Translated by Jan Chowaniec.\nMinutes of the PWP CC Meetings on 22 October 1944;\n\nBierut's Account of the Conference\n\nwith Stalin and Churchill Held on 13 October 1944,\n\nand of a Conversation with Stalin on 18 October 1944\n\nMinutes of a CC Meeting, Held on October 22, 1944\n\nPresent: Wiesław, Tomasz.";
        check(
            text,
            Layout::CurrentSite,
            (
                Some("October 22, 1944"),
                Some(
                    "Minutes of the PWP CC Meetings on 22 October 1944;\n\nBierut's Account of the Conference\n\nwith Stalin and Churchill Held on 13 October 1944,\n\nand of a Conversation with Stalin on 18 October 1944",
                ),
                None,
                "Minutes of a CC Meeting, Held on October 22, 1944\n\nPresent: Wiesław, Tomasz.",
                true,
            ),
        );
    }

    #[test]
    fn a_funder_sentence_may_stand_before_the_citation_block() {
        // da__document-219917 (Ceaușescu and Arafat, 1972), shortened.
        check(
            "April 05, 1972\n\n\nThis document was made possible with support from the Bilkent University\n\n    Nicolae Ceaușescu and Yasir Arafat discuss the struggles of Palestine and goals in regards to Israel.\n    \"Minutes of Conversation between Comrade Nicolae Ceaușescu and Yasser Arafat, in Cairo, April 5 1972,\" April 05, 1972, History and Public Policy Program Digital Archive, ANIC, C.C. al P.C.R., Sectia Relatii Externe, dosar 19/1972, pp. 71-92.\nMinutes of\n\nconversation between comrade Nicolae Ceaușescu",
            Layout::CurrentSite,
            (
                Some("April 05, 1972"),
                Some(
                    "Minutes of Conversation between Comrade Nicolae Ceaușescu and Yasser Arafat, in Cairo, April 5 1972",
                ),
                Some(
                    "Nicolae Ceaușescu and Yasir Arafat discuss the struggles of Palestine and goals in regards to Israel.",
                ),
                "Minutes of\n\nconversation between comrade Nicolae Ceaușescu",
                true,
            ),
        );
    }

    #[test]
    fn summary_first_layout() {
        check(
            "August 01, 1961\n\n\n    The summary.\n    August 01, 1961\nNotes on the Conversation \n\nBody text",
            Layout::SummaryFirst,
            (Some("August 01, 1961"), Some("Notes on the Conversation"), Some("The summary."), "Body text", true),
        );
    }
}
