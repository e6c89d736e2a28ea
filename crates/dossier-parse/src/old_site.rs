//! Extraction for the old site (C): `Search in` · `Digital Archive International
//! History Declassified` · date · [display title] · [funder] · `• Citation` ·
//! `get citation` · summary · quoted citation · `• share document` · [URL] ·
//! [`VIEW DOCUMENT IN`] · `English HTML` · body.
//!
//! The title is printed only inside the quoted citation (`"Title," Date, …`); one
//! variant also shows it in upper case above the citation widget.

use dossier_model::Layout;

use crate::draft::{Draft, Field};
use crate::text::{
    ARCHIVE_NAME, FUNDER_SENTENCE, Line, Span, funder, is_citation_line, is_contents_label, is_date_line, is_url_line,
    nonblank_lines,
};

/// Lines of page furniture, dropped wherever they appear in the header.
const FURNITURE: &[&str] = &[
    "Search in",
    "ADD SEARCH FILTER CANCEL SEARCH FILTER",
    "Digital Archive International History Declassified",
    "CITATION SHARE DOWNLOAD",
    "• Citation",
    "VIEW DOCUMENT IN",
];
/// The line that opens the citation widget.
const GET_CITATION: &str = "get citation";
/// The line that closes the citation widget.
const SHARE_DOCUMENT: &str = "• share document";

/// Labels that would follow the body on a complete page.
const END_LABELS: &[&str] = &[
    "Related Documents",
    "Document Information",
    "Associated People & Organizations",
    "Associated Places",
    "Associated Topics",
    "Subjects Discussed",
    "Original Archive",
];

/// Openings of the lines a page shows in place of an embedded PDF viewer.
const PDF_VIEWER: &[&str] =
    &["It appears your Web browser is not configured to display PDF files", "Click here to view the PDF file"];

/// True when `line` is the text of the site's embedded PDF viewer.
fn is_pdf_viewer(line: &str) -> bool {
    PDF_VIEWER.iter().any(|opening| line.starts_with(opening))
}

/// True when the contents label at `idx` is followed, past the PDF viewer's
/// lines only, by another contents label (`ORIGINAL SCAN PDF` · viewer ·
/// `English html`): the text that follows is the later version's.
fn another_label_follows(text: &str, lines: &[Line], idx: usize) -> bool {
    lines[idx + 1..]
        .iter()
        .map(|line| line.text(text))
        .find(|content| !is_pdf_viewer(content))
        .is_some_and(is_contents_label)
}

/// Where the header walk is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Before `get citation`: banner, date, display title, funder.
    Top,
    /// Inside the citation widget: summary and quoted citation.
    Citation,
    /// After `• share document`: URL, `VIEW DOCUMENT IN`, contents label.
    Share,
}

/// Extracts an old-site page.
pub(crate) fn extract(text: &str) -> Draft<'_> {
    let mut draft = Draft::new(text, Layout::OldSite);
    let lines = nonblank_lines(text);
    let mut phase = Phase::Top;
    let mut display_title: Option<Span> = None;
    let mut body_start = None;

    for (idx, &line) in lines.iter().enumerate() {
        let content = line.text(text);
        if FURNITURE.contains(&content) {
            draft.drop_line(line);
            continue;
        }
        match phase {
            Phase::Top if content == GET_CITATION => {
                draft.drop_line(line);
                phase = Phase::Citation;
            }
            Phase::Top if is_date_line(content) && draft.fields.date_line.is_none() => {
                draft.set_plain(Field::DateLine, line.span);
            }
            // A page saved without the widget's lines: the line above the
            // quoted citation is the summary, and the text follows it.
            Phase::Top if quoted_citation_start(content).is_some() || is_citation_line(content) => {
                let at = quoted_citation_start(content).unwrap_or(0);
                if at > 0 {
                    draft.set(
                        Field::Summary,
                        Span::new(line.span.start, line.span.start + at),
                        "citation_widget_summary",
                    );
                } else if let Some(summary) = display_title.take() {
                    draft.set(Field::Summary, summary, "citation_widget_summary");
                }
                draft.citation(Span::new(line.span.start + at, line.span.end));
                phase = Phase::Share;
            }
            Phase::Top if content.starts_with(FUNDER_SENTENCE) => {
                if let Some(found) = funder(text, line.span) {
                    draft.set_plain(Field::Funder, found);
                }
            }
            Phase::Top => match display_title {
                None => display_title = Some(line.span),
                Some(_) => unexpected(&mut draft, line),
            },
            Phase::Share | Phase::Citation if is_pdf_viewer(content) => draft.drop_line(line),
            Phase::Share | Phase::Citation
                if is_contents_label(content) && another_label_follows(text, &lines, idx) =>
            {
                draft.drop_line(line);
                phase = Phase::Share;
            }
            Phase::Citation if content == SHARE_DOCUMENT => {
                draft.drop_line(line);
                phase = Phase::Share;
            }
            // Pages saved without the widget's bullets close it with `- Share`
            // and `- Download` lines and go straight on to the contents label.
            Phase::Citation if matches!(content, "- Share" | "- Download" | "Share" | "Download") => {
                draft.drop_line(line);
                phase = Phase::Share;
            }
            Phase::Citation if is_contents_label(content) => {
                draft.set_plain(Field::ContentsLabel, line.span);
                body_start = Some(idx + 1);
                break;
            }
            Phase::Citation if content.starts_with(['"', '“']) => draft.citation(line.span),
            Phase::Citation => {
                // The summary and the quoted citation may share one line
                // (`…to North Vietnam."Telegram, Embassy …," October 29, 1971, …`).
                let (summary, quoted) = match quoted_citation_start(content) {
                    Some(at) => {
                        let at = line.span.start + at;
                        (Span::new(line.span.start, at), Some(Span::new(at, line.span.end)))
                    }
                    None => (line.span, None),
                };
                if draft.fields.summary.is_some() {
                    unexpected(&mut draft, line);
                } else {
                    draft.set(Field::Summary, summary, "citation_widget_summary");
                }
                if let Some(quoted) = quoted {
                    draft.citation(quoted);
                }
            }
            Phase::Share if is_url_line(content) => {
                draft.url_from(line.span, "share_url");
            }
            Phase::Share if is_contents_label(content) => {
                draft.set_plain(Field::ContentsLabel, line.span);
                body_start = Some(idx + 1);
                break;
            }
            Phase::Share => {
                body_start = Some(idx);
                break;
            }
        }
    }

    title(&mut draft, display_title);
    body(&mut draft, &lines, body_start);
    draft
}

/// Where a quoted citation starts inside a summary line: an opening quote
/// right after the summary's last sentence, and the archive's name after it.
fn quoted_citation_start(line: &str) -> Option<usize> {
    let archive = line.find(ARCHIVE_NAME)?;
    let before = &line[..archive];
    let at = before.char_indices().find(|&(at, c)| {
        at > 0 && matches!(c, '"' | '“') && line[..at].ends_with(['.', '?', '!', ')']) && line[at..].contains([','])
    })?;
    Some(at.0)
}

/// Settles the title: the citation's title wins; an upper-case display title of
/// the same words is dropped with a note, any other is kept as a fallback.
fn title(draft: &mut Draft<'_>, display_title: Option<Span>) {
    let text = draft.text;
    let Some(display) = display_title else {
        return;
    };
    let shown = display.of(text);
    match draft.fields.title.as_ref().map(|title| title.value.clone()) {
        Some(quoted) if quoted.to_lowercase() == shown.to_lowercase() => {
            draft.drop_span(display);
            draft.note(
                "title_display_case",
                format!("the title is also shown as `{shown}`; the citation's spelling `{quoted}` was kept"),
                Some(display),
            );
        }
        Some(quoted) => {
            draft.drop_span(display);
            draft.warn(
                "title_mismatch",
                format!("the line `{shown}` above the citation differs from the citation's title `{quoted}`"),
                Some(display),
            );
        }
        None => draft.set(Field::Title, display, "display_title"),
    }
}

/// The body runs from `body_start` to the first end-of-record label or the end
/// of the text; without such a label the stored page was cut.
fn body(draft: &mut Draft<'_>, lines: &[Line], body_start: Option<usize>) {
    let text = draft.text;
    let Some(start) = body_start else {
        draft.body = Some(Span::new(text.len(), text.len()));
        draft.mark_truncated(
            "the text ends inside the page header, before the document's body".to_owned(),
            lines.last().map(|line| line.span),
        );
        return;
    };
    let end_label =
        lines[start..].iter().position(|line| END_LABELS.contains(&line.text(text))).map(|offset| start + offset);
    let body_end = end_label.unwrap_or(lines.len());
    draft.body = Some(if start < body_end {
        Span::new(lines[start].span.start, lines[body_end - 1].span.end)
    } else {
        let at = lines.get(start).map_or(text.len(), |line| line.span.start);
        Span::new(at, at)
    });
    match end_label {
        Some(label_idx) => {
            for &line in &lines[label_idx..] {
                draft.drop_line(line);
            }
        }
        None => draft.mark_truncated(
            format!(
                "the text ends inside the body: none of the labels that follow an old-site document ({}) is present",
                END_LABELS.iter().map(|label| format!("`{label}`")).collect::<Vec<_>>().join(", ")
            ),
            lines.last().map(|line| line.span),
        ),
    }
}

/// Drops a header line that fits no slot, with a note.
fn unexpected(draft: &mut Draft<'_>, line: Line) {
    let content = line.text(draft.text).to_owned();
    draft.drop_line(line);
    draft.note(
        "unrecognized_header_line",
        format!("left out a header line that fits no old-site slot: `{content}`"),
        Some(line.span),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Extracts `text` and compares (date, title, archival ref, contents, body start).
    fn check(text: &str, expected: (Option<&str>, &str, Option<&str>, &str, &str)) {
        let draft = extract(text);
        let value = |field: &Option<dossier_model::Extracted<String>>| field.as_ref().map(|found| found.value.clone());
        let body = draft.body.map(|span| span.of(text)).unwrap_or_default();
        assert_eq!(value(&draft.fields.date_line).as_deref(), expected.0);
        assert_eq!(value(&draft.fields.title).as_deref(), Some(expected.1));
        assert_eq!(value(&draft.fields.archival_ref).as_deref(), expected.2);
        assert_eq!(value(&draft.fields.contents_label).as_deref(), Some(expected.3));
        assert!(body.starts_with(expected.4), "body: {body:?}");
        assert!(draft.truncated.is_some());
    }

    #[test]
    fn a_scan_label_and_the_pdf_viewer_are_not_the_body() {
        // da__document-117521 of corpus/wilson-dev/world, shortened: a month
        // date with a comma, a citation whose title lost its comma, and the scan
        // viewer before the English text.
        check(
            "Search in\n\nDigital Archive International History Declassified\n\nNovember, 1985\n\nCITATION SHARE DOWNLOAD\n  • Citation\n\n    get citation\n\n    The presidents declare their commitment.\n    \"Brazil-Argentina Foz do Iguaçu Joint Declaration on Regional Nuclear Policy \" November, 1985, History and Public Policy Program Digital Archive, AHMRE. Obtained and translated by Fundação Getúlio Vargas. http://digitalarchive.wilsoncenter.org/document/117521\n  • share document\n\nVIEW DOCUMENT IN\n\nORIGINAL SCAN PDF\n\nIt appears your Web browser is not configured to display PDF files. No worries, just click here to download the PDF file.\n\nClick here to view the PDF file in a new window.\n\nEnglish html\n\nJOINT DECLARATION ON REGIONAL NUCLEAR POLICY",
            (
                Some("November, 1985"),
                "Brazil-Argentina Foz do Iguaçu Joint Declaration on Regional Nuclear Policy",
                Some("AHMRE"),
                "English html",
                "JOINT DECLARATION ON REGIONAL NUCLEAR POLICY",
            ),
        );
    }

    #[test]
    fn a_page_saved_without_the_citation_widget() {
        // east-asia-bw, da 219916 (Harriman and Stalin, 10 June 1944): the
        // widget's own lines are missing; summary and citation follow the date.
        let text = "Digital Archive International History Declassified\n\nJune 10, 1944\n\n\n    Harriman and Stalin discuss Chinese internal politics, relations with the Soviet Union, and the fight against the Japanese.\n    \"Situation in China,\" June 10, 1944, History and Public Policy Program Digital Archive, Container # 172, W. Averell Harriman Papers, Manuscript Division, Library of Congress, Washington, D.C.\nConversation             June 10, 1944\n\nThe Kremlin\n\nPresent: The American Ambassador, Mr. Harriman";
        assert_eq!(crate::detect::detect_layout(text), Some(Layout::OldSite));
        let draft = extract(text);
        let value = |field: &Option<dossier_model::Extracted<String>>| field.as_ref().map(|found| found.value.clone());
        assert_eq!(value(&draft.fields.title).as_deref(), Some("Situation in China"));
        assert_eq!(value(&draft.fields.date_line).as_deref(), Some("June 10, 1944"));
        assert!(value(&draft.fields.summary).is_some_and(|s| s.starts_with("Harriman and Stalin discuss")));
        let body = draft.body.map(|span| span.of(text)).unwrap_or_default();
        assert!(body.starts_with("Conversation             June 10, 1944\n\nThe Kremlin"), "{body:?}");
    }

    #[test]
    fn title_comes_from_the_citation() {
        check(
            "Search in\n\nDigital Archive International History Declassified\n\nMarch 04, 1953\n\n\n  • Citation\n\n    get citation\n\n    Detailed report.\n    \"Report, Legation of Hungary,\" March 04, 1953, History and Public Policy Program Digital Archive, MOL, XIX-J-1-j-Korea-11/f-00828/1953 8.d.Translated by József Litkei.\n  • share document\n\n\nEnglish HTML\n\nThe Legation.\nTop Secret.",
            (
                Some("March 04, 1953"),
                "Report, Legation of Hungary",
                Some("MOL, XIX-J-1-j-Korea-11/f-00828/1953 8.d."),
                "English HTML",
                "The Legation.\nTop Secret.",
            ),
        );
    }

    #[test]
    fn upper_case_display_title_is_dropped() {
        let text = "Search in\nADD SEARCH FILTER CANCEL SEARCH FILTER\n\nDigital Archive International History Declassified\n\nDecember 27, 1961\n\nCABLE, 'KIM’S SON'\n\nCITATION SHARE DOWNLOAD\n  • Citation\n\n    get citation\n\n    Summary.\n    \"Cable, 'Kim’s Son',\" December 27, 1961, History and Public Policy Program Digital Archive, PRC FMA 106-00579-16, 58-59. Translated by Stephen Mercado. https://digitalarchive.wilsoncenter.org/document/155255\n  • share document\n\n    https://digitalarchive.wilsoncenter.org/document/155255\n\nVIEW DOCUMENT IN\n\nEnglish HTML\n\nMinistry";
        let draft = extract(text);
        assert!(draft.dropped.iter().any(|found| found.of(text) == "CABLE, 'KIM’S SON'"));
        assert_eq!(draft.fields.record_id.as_ref().unwrap().value, "155255");
        assert_eq!(draft.fields.translator.as_ref().unwrap().value, "Stephen Mercado");
    }
}
