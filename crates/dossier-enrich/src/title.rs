//! The two parts of an archive title: the title proper and its quoted subject.
//!
//! Wilson Center titles name the document and its correspondents first and then,
//! after a comma, quote the document's own heading:
//! `Cable from the Chinese Foreign Ministry, 'Notes for Comrade Xu Huang'`. The
//! quoted part is the subject. Its words must not decide the document type (that
//! cable is not a note) and its names are not correspondents, so every title rule
//! looks at the title proper first.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// A comma followed by an opening quote starts the subject. Apostrophes inside
/// names (`Khrushchev's`) are never preceded by a comma and a space. So does a
/// labelled subject after a full stop (`…, 2 November 1983. Subject: Mengistu’s
/// visit in the DPRK.`).
static SUBJECT_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#",\s*['‘"“]|\.\s+(?i:subject|re):\s*"#).expect("valid regex"));

/// Titles copied from PDF exports sometimes open with the date line
/// (`September 28, 1961 Letter from Khrushchev to Ulbricht`); it is not part of
/// the title proper.
static DATE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}\s+",
    )
    .expect("valid regex")
});

/// The kind of copy an archive holds, named before the paper itself (`Soviet
/// Translation, Letter, 'To the Press Department …'`): no part of the title
/// proper.
static COPY_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\w+\s+)?(?i:translation|copy|transcription),\s+").expect("valid regex"));

/// Byte ranges of the parts of one title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TitleParts {
    /// The title proper: type words and correspondents.
    pub core: Range<usize>,
    /// The quoted subject without its opening quote, when there is one.
    pub subject: Option<Range<usize>>,
}

/// Splits `title` into the title proper and the quoted subject.
pub(crate) fn split_title(title: &str) -> TitleParts {
    let mut core_start = DATE_PREFIX.find(title).map_or(0, |m| m.end());
    core_start += COPY_PREFIX.find(&title[core_start..]).map_or(0, |m| m.end());
    // `"Report to the [HSWP CC] Politburo," from János Berecz, …`: a title
    // quoted whole opens the title proper, and its closing quote opens no
    // subject.
    let mut search_from = core_start;
    if let Some(open) = title[core_start..].chars().next().filter(|c| matches!(c, '"' | '“')) {
        let rest = core_start + open.len_utf8();
        if let Some((close, quote)) = title[rest..].char_indices().find(|&(_, c)| matches!(c, '"' | '”')) {
            core_start = rest;
            // Past the mark, whatever its width (`”` is three bytes).
            search_from = rest + close + quote.len_utf8();
        }
    }
    match SUBJECT_START.find_at(title, search_from) {
        Some(m) => TitleParts { core: core_start..m.start(), subject: Some(m.end()..title.len()) },
        None => TitleParts { core: core_start..title.len(), subject: None },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(title: &str, core: &str, subject: Option<&str>) {
        let parts = split_title(title);
        assert_eq!(&title[parts.core.clone()], core, "{title}");
        assert_eq!(parts.subject.map(|s| &title[s]), subject, "{title}");
    }

    #[test]
    fn the_archive_copy_before_the_paper_is_no_part_of_it() {
        // world-bz da__document-119661
        check(
            "Soviet Translation, Letter, 'To the Press Department for Transmission to the International Bureau of Communist Parties' (Attachment)",
            "Letter",
            Some(
                "To the Press Department for Transmission to the International Bureau of Communist Parties' (Attachment)",
            ),
        );
    }

    #[test]
    fn a_labelled_subject_is_split_off() {
        // world-j dvinci__document-hungarian-embassy-ethiopia-ciphered-telegram-…
        check(
            "Hungarian Embassy in Ethiopia, Ciphered Telegram, 2 November 1983. Subject: Mengistu’s visit in the DPRK.",
            "Hungarian Embassy in Ethiopia, Ciphered Telegram, 2 November 1983",
            Some("Mengistu’s visit in the DPRK."),
        );
    }

    #[test]
    fn quoted_subject_is_split_off() {
        check(
            "Cable from the Chinese Foreign Ministry, 'Notes for Comrade Xu Huang'",
            "Cable from the Chinese Foreign Ministry",
            Some("Notes for Comrade Xu Huang'"),
        );
        check(
            "Cable from the Chinese Foreign Ministry, 'Response on Our Attitude toward Khrushchev's Remarks at the 15th UNGA'",
            "Cable from the Chinese Foreign Ministry",
            Some("Response on Our Attitude toward Khrushchev's Remarks at the 15th UNGA'"),
        );
        check("Letter from Ulbricht to Khrushchev", "Letter from Ulbricht to Khrushchev", None);
        check(
            "\"Report to the [HSWP CC] Politburo,\" from János Berecz, Gyorgy Aczel, Jeno Fock",
            "Report to the [HSWP CC] Politburo,\" from János Berecz, Gyorgy Aczel, Jeno Fock",
            None,
        );
        check(
            "September 28, 1961 Letter from Khrushchev to Ulbricht Regarding the Situation in Berlin",
            "Letter from Khrushchev to Ulbricht Regarding the Situation in Berlin",
            None,
        );
    }
}
