//! Byte spans, line splitting and the small text patterns every Wilson layout shares:
//! date lines, the funder sentence, URLs, and the pieces of a citation (title,
//! archival reference, translator).
//!
//! Everything here works on spans into the decoded text so the caller can turn any
//! match into [`dossier_model::Evidence`] without re-searching.

use std::sync::LazyLock;

use regex::Regex;

/// A byte range `start..end` into the decoded text, always on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The text this span covers.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// True when the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The same span without leading and trailing whitespace (NBSP included).
    pub fn trim(self, text: &str) -> Span {
        let slice = self.of(text);
        let start = self.start + (slice.len() - slice.trim_start().len());
        let end = self.end - (slice.len() - slice.trim_end().len());
        Span::new(start.min(end), end)
    }

    /// The sub-span `from..to` given in offsets relative to this span's start.
    pub fn sub(self, from: usize, to: usize) -> Span {
        Span::new(self.start + from, self.start + to)
    }

    /// The part of this span from absolute offset `at` to its end.
    pub fn from(self, at: usize) -> Span {
        Span::new(at.clamp(self.start, self.end), self.end)
    }

    /// The part of this span from its start to absolute offset `at`.
    pub fn until(self, at: usize) -> Span {
        Span::new(self.start, at.clamp(self.start, self.end))
    }
}

/// One physical line of the decoded text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    /// The line's content without surrounding whitespace.
    pub span: Span,
    /// True when the line is followed by a `\n` (false only for a last line that
    /// the stored page cut off mid-way).
    pub has_newline: bool,
}

impl Line {
    /// The trimmed text of the line.
    pub fn text(self, text: &str) -> &str {
        self.span.of(text)
    }
}

/// Every line of `text` that is not blank (blank includes space- and NBSP-only),
/// in order, each trimmed.
pub(crate) fn nonblank_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let has_newline = piece.ends_with('\n');
        let span = Span::new(start, start + piece.len()).trim(text);
        start += piece.len();
        if !span.is_empty() {
            lines.push(Line { span, has_newline });
        }
    }
    lines
}

/// True when the physical line right after the one ending at `end` has content,
/// i.e. the two lines are separated by a single newline and no blank line.
pub(crate) fn next_line_is_nonblank(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let Some(newline) = rest.find('\n') else {
        return false;
    };
    let next = &rest[newline + 1..];
    let next_line = next.split('\n').next().unwrap_or("");
    !next_line.trim().is_empty()
}

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December";

/// A whole line that is a Wilson date line: `July 9, 1962`, `March 04, 1953`,
/// `November 1980` or `1967`.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?:(?:{MONTHS})(?:\s+\d{{1,2}},\s*|,?\s+))?\d{{4}}$")).expect("valid regex")
});

/// A Wilson date at the start of a flattened line (`September 28, 1961 Letter from …`).
static DATE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?:(?:{MONTHS})(?:\s+\d{{1,2}},\s*|,?\s+))?\d{{4}}(?:\s|$)")).expect("valid regex")
});

/// A day-first date as typed under a document's signature (`21 June 1962`).
static SIGNOFF_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}\.?$")).expect("valid regex"));

/// True when `line` (already trimmed) is a whole Wilson date line.
pub(crate) fn is_date_line(line: &str) -> bool {
    DATE_LINE.is_match(line)
}

/// The label of the document version a page shows: `English HTML`, `Russian PDF`,
/// `English html`, `ORIGINAL SCAN PDF`, …
static CONTENTS_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    // `ENGLISH (TRANSCRIPTION) HTML`: the version's kind in round brackets.
    Regex::new(
        r"^[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?(?: \((?i:transcription|translation|original)\))? (?i:HTML|PDF|Transcription|Translation|Scan)$",
    )
        .expect("valid regex")
});

/// True when `line` (already trimmed) is a contents label (`English HTML`).
pub(crate) fn is_contents_label(line: &str) -> bool {
    CONTENTS_LABEL.is_match(line)
}

/// The archive's name, which every quoted Digital Archive citation carries.
pub(crate) const ARCHIVE_NAME: &str = "History and Public Policy Program";

/// True when `line` (already trimmed) is a quoted Digital Archive citation
/// (`"Title," Date, History and Public Policy Program Digital Archive, …`), or
/// one cut after its date, which no other line of a page is (`"Memorandum,
/// Foreign Minister Azeredo da Silveira, Information for the President of
/// Brazil, 'Uranium Enrichment'" April 02, 1974`).
pub(crate) fn is_citation_line(line: &str) -> bool {
    line.starts_with(['"', '“'])
        && (line.contains(ARCHIVE_NAME)
            || line.char_indices().rfind(|&(_, c)| matches!(c, '"' | '”')).is_some_and(|(close, quote)| {
                let after = &line[close + quote.len_utf8()..];
                close > 0 && is_date_line(after.trim_start_matches(',').trim().trim_end_matches(','))
            }))
}

/// True when `line` (already trimmed) is a day-first sign-off date (`21 June 1962`).
pub(crate) fn is_signoff_date(line: &str) -> bool {
    SIGNOFF_DATE.is_match(line)
}

/// The date at the start of `span`, if the span opens with one.
pub(crate) fn date_prefix(text: &str, span: Span) -> Option<Span> {
    let found = DATE_PREFIX.find(span.of(text))?;
    Some(span.sub(found.start(), found.end()).trim(text))
}

/// True when a body's last line reads like a finished text rather than one cut
/// mid-flow: it ends with closing punctuation, or it is a date line or a
/// day-first sign-off date.
pub(crate) fn ends_finished(last_line: &str) -> bool {
    let Some(last) = last_line.chars().last() else {
        return false;
    };
    matches!(last, '.' | '!' | '?' | ';' | ':' | ')' | ']' | '"' | '\'' | '”' | '’' | '»' | '…')
        || DATE_LINE.is_match(last_line)
        || SIGNOFF_DATE.is_match(last_line)
}

/// The sentence the archive uses to credit a funder.
pub(crate) const FUNDER_SENTENCE: &str = "This document was made possible with support from";

static FUNDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"This document was made possible with support from\s+(?:the\s+)?([^\n]+)").expect("valid regex")
});

/// The funder named in a "This document was made possible with support from …"
/// sentence inside `span`, without the sentence's article and final period.
pub(crate) fn funder(text: &str, span: Span) -> Option<Span> {
    let caps = FUNDER.captures(span.of(text))?;
    let group = caps.get(1)?;
    let found = span.sub(group.start(), group.end()).trim(text);
    Some(strip_final_period(text, found))
}

static URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<?(https?://[^\s<>]+)>?").expect("valid regex"));

/// A URL inside `span`: the whole match (with any `<…>` around it) and the bare URL.
pub(crate) fn url(text: &str, span: Span) -> Option<(Span, Span)> {
    let caps = URL.captures(span.of(text))?;
    let whole = caps.get(0)?;
    let bare = caps.get(1)?;
    Some((span.sub(whole.start(), whole.end()), span.sub(bare.start(), bare.end())))
}

/// True when the whole trimmed line is one URL.
pub(crate) fn is_url_line(line: &str) -> bool {
    URL.find(line).is_some_and(|found| found.start() == 0 && found.end() == line.len())
}

static RECORD_ID_IN_URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"/document/(\d+)\b").expect("valid regex"));

/// The Digital Archive record id in a URL such as `…/document/118197`.
pub(crate) fn record_id_in_url(text: &str, url: Span) -> Option<Span> {
    let caps = RECORD_ID_IN_URL.captures(url.of(text))?;
    let group = caps.get(1)?;
    Some(url.sub(group.start(), group.end()))
}

static CITATION_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r#"^["“](.+?)(?:,["”]|["”],|\s*["”]\s+(?:{MONTHS}|\d{{4}}))"#)).expect("valid regex")
});

/// The title quoted at the start of a citation: `"Title," Date, …`, `"Title", Date, …`
/// or, with the comma lost, `"Title " November, 1985, …`.
pub(crate) fn citation_title(text: &str, citation: Span) -> Option<Span> {
    let caps = CITATION_TITLE.captures(citation.of(text))?;
    let group = caps.get(1)?;
    let found = citation.sub(group.start(), group.end()).trim(text);
    (!found.is_empty()).then_some(found)
}

/// Where an archival reference stops: the credits that follow it in a citation or
/// in a `Source` value, or a URL.
static REF_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\.\s*|,\s+)(?:Translated|translated|Obtained|obtained|Reprinted|reprinted|Published|published|Document obtained|Also available|CWIHP Working Paper|Contributed|Courtesy)\b|\s*<?https?://",
    )
    .expect("valid regex")
});

/// The marker in a citation after which the archival reference begins.
const ARCHIVE_MARKER: &str = dossier_model::CITATION_ARCHIVE_MARKER;

/// The archival reference inside a citation: the text after "Digital Archive, "
/// and before the translation credit or URL.
pub(crate) fn archival_ref_in_citation(text: &str, citation: Span) -> Option<Span> {
    let at = citation.of(text).find(ARCHIVE_MARKER)?;
    let rest = citation.from(citation.start + at + ARCHIVE_MARKER.len());
    let found = archival_ref_in_line(text, rest);
    (!found.is_empty()).then_some(found)
}

/// The archival reference at the start of a `Source` value or of the unlabelled
/// line after "Document Information": everything before the translation credit.
pub(crate) fn archival_ref_in_line(text: &str, line: Span) -> Span {
    let slice = line.of(text);
    let cut = match REF_END.find(slice) {
        // Keep the period that ends the reference so `strip_final_period` can tell
        // an abbreviation (`8.d.`) from a sentence end.
        Some(found) if slice[found.start()..].starts_with('.') => found.start() + 1,
        Some(found) => found.start(),
        None => slice.len(),
    };
    strip_final_period(text, line.sub(0, cut).trim(text))
}

/// `span` without a sentence-ending period; a period that closes a short
/// abbreviation such as `8.d.` stays.
pub(crate) fn strip_final_period(text: &str, span: Span) -> Span {
    let slice = span.of(text);
    let Some(stem) = slice.strip_suffix('.') else {
        return span;
    };
    let mut tail = stem.chars().rev();
    let abbreviation = matches!(
        (tail.next(), tail.next()),
        (Some(letter), Some('.')) if letter.is_alphabetic()
    );
    if abbreviation { span } else { Span::new(span.start, span.end - 1).trim(text) }
}

static TRANSLATED_BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[Tt]ranslated(?: from [A-Z][a-z]+)?(?: for [A-Z]+)? by ").expect("valid regex"));

/// The translator named in "Translated by X." / "translated for CWIHP by X." inside
/// `span`. The name runs to the first period that is not an initial (`James F. Person`).
pub(crate) fn translator(text: &str, span: Span) -> Option<Span> {
    let slice = span.of(text);
    let found = TRANSLATED_BY.find(slice)?;
    let name_start = found.end();
    let name = &slice[name_start..];
    let mut end = name.len();
    let mut word_start = 0;
    for (idx, ch) in name.char_indices() {
        match ch {
            '\n' | '<' => {
                end = idx;
                break;
            }
            ' ' => {
                if name[idx..].starts_with(" http") {
                    end = idx;
                    break;
                }
                word_start = idx + 1;
            }
            '.' => {
                let word = &name[word_start..idx];
                let is_initial = word.chars().count() == 1 && word.chars().all(|letter| letter.is_uppercase());
                let at_end = name[idx + 1..].chars().next().is_none_or(char::is_whitespace);
                if at_end && !is_initial {
                    end = idx;
                    break;
                }
            }
            _ => {}
        }
    }
    let found = span.sub(name_start, name_start + end).trim(text);
    (!found.is_empty()).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `find` over the whole of `input` and compares the found text.
    fn check(find: fn(&str, Span) -> Option<Span>, input: &str, expected: Option<&str>) {
        let whole = Span::new(0, input.len());
        let found = find(input, whole).map(|span| span.of(input));
        assert_eq!(found, expected, "input: {input:?}");
    }

    #[test]
    fn date_lines() {
        for line in ["July 9, 1962", "March 04, 1953", "November 1980", "1967"] {
            assert!(is_date_line(line), "{line}");
        }
        for line in ["21 June 1962", "Skip to content", "July 9", "1962 was a year"] {
            assert!(!is_date_line(line), "{line}");
        }
    }

    #[test]
    fn contents_labels() {
        // world-aa, world-ah, world-b and world-bw: the version's kind in brackets.
        for line in ["English HTML", "ORIGINAL SCAN PDF", "ENGLISH (TRANSCRIPTION) HTML", "Russian Transcription"] {
            assert!(is_contents_label(line), "{line}");
        }
        for line in ["The Kremlin", "ENGLISH (SEE BELOW) HTML", "Present: HTML"] {
            assert!(!is_contents_label(line), "{line}");
        }
    }

    #[test]
    fn date_prefix_of_flattened_line() {
        check(date_prefix, "September 28, 1961 Letter from Khrushchev", Some("September 28, 1961"));
        check(date_prefix, "Letter of 1961", None);
    }

    #[test]
    fn funders() {
        check(
            funder,
            "This document was made possible with support from MacArthur Foundation",
            Some("MacArthur Foundation"),
        );
        check(
            funder,
            "This document was made possible with support from the Leon Levy Foundation.",
            Some("Leon Levy Foundation"),
        );
        check(
            funder,
            "This document was made possible with support from The Woodrow Wilson International Center for Scholars",
            Some("The Woodrow Wilson International Center for Scholars"),
        );
    }

    #[test]
    fn a_citation_cut_after_its_date_is_still_one() {
        // world-bj, da__document-116875 (1974): the stored page ends the
        // citation after its date.
        assert!(is_citation_line(
            "\"Memorandum, Foreign Minister Azeredo da Silveira, Information for the President of Brazil, 'Uranium Enrichment'\" April 02, 1974"
        ));
        assert!(!is_citation_line("\"We are ready,\" he said on April 02, 1974 in Brasília."));
        // A closing quotation mark of three bytes: no slicing inside it (the
        // fuzzer's `parse_wilson` find), and the date after it still read.
        assert!(is_citation_line(
            "“Memorandum, Foreign Minister Azeredo da Silveira, ‘Uranium Enrichment’” April 02, 1974"
        ));
        assert!(!is_citation_line("“The situation remains grave; the crisis has yet to pass away.” [He] quoted"));
    }

    #[test]
    fn citation_titles() {
        check(citation_title, r#""Comrade B on the Plot," 1979, History"#, Some("Comrade B on the Plot"));
        check(citation_title, r#""Cable, 'Premier Kim's Son'," December 27, 1961"#, Some("Cable, 'Premier Kim's Son'"));
        check(citation_title, r#""Cable from the Work Team", June 21, 1962"#, Some("Cable from the Work Team"));
        check(citation_title, "no quotes, here", None);
    }

    #[test]
    fn archival_refs() {
        check(
            archival_ref_in_citation,
            "\"T\", June 21, 1962, Wilson Center Digital Archive, PRC FMA 118-01109-02, 30-31. Translated by 7Brands.",
            Some("PRC FMA 118-01109-02, 30-31"),
        );
        check(
            archival_ref_in_citation,
            "\"T,\" 1953, Digital Archive, MOL, XIX-J-1-j-Korea-11/f-00828/1953 8.d.Translated by József Litkei.",
            Some("MOL, XIX-J-1-j-Korea-11/f-00828/1953 8.d."),
        );
        check(
            archival_ref_in_citation,
            "\"T,\" 1963, Digital Archive, AMSZ, Warsaw, 6/77, 1963: w-96, t-1368, obtained and translated by M. G.",
            Some("AMSZ, Warsaw, 6/77, 1963: w-96, t-1368"),
        );
        check(
            archival_ref_in_citation,
            "\"T,\" 1950, Digital Archive, APRF, fond 45, listy 5-8. http://digitalarchive.wilsoncenter.org/document/113658",
            Some("APRF, fond 45, listy 5-8"),
        );
        check(archival_ref_in_citation, "\"T,\" 1950, History and Public", None);
    }

    #[test]
    fn translators() {
        check(translator, "30-31. Translated by 7Brands.", Some("7Brands"));
        check(translator, "list 429. Translated by James F. Person.", Some("James F. Person"));
        check(translator, "Obtained for CWIHP by Yutaka Kanda and translated by Ryo C. Kato.", Some("Ryo C. Kato"));
        check(translator, "2-4. Translated from Polish by Lorenz Lüthi.", Some("Lorenz Lüthi"));
        check(
            translator,
            "Translated by Stephen Mercado. https://digitalarchive.wilsoncenter.org/document/155255",
            Some("Stephen Mercado"),
        );
        check(translator, "No credit here.", None);
    }

    #[test]
    fn finished_endings() {
        assert!(ends_finished("21 June 1962"));
        assert!(ends_finished("Thank you for your attention."));
        assert!(!ends_finished("This symbolized th"));
    }
}
