//! Finds the editorial apparatus in a normalized body: the square brackets an
//! editor or translator put into the text.
//!
//! Every bracket pair becomes one [`EditorialSpan`] (nested brackets stay inside
//! the outer span's content). The kind is decided first by what the brackets
//! hold (`[...]`, `[sic]`, `[?]`, `[illegible]`, `[trans. note-- …]`,
//! `[text not declassified]`), then, for anything else, by where they stand:
//!
//! * **Gloss**: the bracket directly follows a name, one space after a run of
//!   capitalized or ALL-CAPS words (`Yili [Ili]`, `FENG XI [Stalin]`,
//!   `Pak Heon-yeong [Pak Hon Yong]`), and the gloss itself starts with a
//!   capital. The glossed words are that run, stopping at a function word, a
//!   title, a month name or punctuation, and at most as many words as the gloss
//!   has (but at least two, so a code name may stand for a two-word name, and
//!   never more than four). A bracketed date after an ordinal day is a gloss
//!   too: `the 23rd [23 December]`.
//! * **Insertion**: everything else: words continuing a lowercase phrase
//!   (`of the [Xinjiang Uyghur] Autonomous Region`), words after a title
//!   (`Prime Minister [Nakasone]`) or after a title and one name, which complete
//!   the name rather than gloss it (`Chairman Ho [Chi Minh]`), completions inside
//!   a word (`W[illiam]`), sentence openings (`[To the]`), and editors'
//!   descriptions (`[Stamps:]`, `[signature]`), note references (`[1]`) and page
//!   markers (`[Page 76]`), each with its own rule name.

use dossier_lexicon::{GLOSS_STOP_WORDS, GLOSS_TITLES};
use std::sync::LazyLock;

use dossier_model::{Diagnostic, EditorialKind, EditorialSpan, Evidence, TextField};
use regex::Regex;

/// Most words a gloss may explain.
const MAX_GLOSSED_WORDS: usize = 4;

static ELISION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:…+|(?:\.\s?){3,})\s*$").unwrap());
static SIC: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*sic[.!]?\s*$").unwrap());
static UNCERTAIN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*\?+\s*$").unwrap());
static TRANSLATOR_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:trans(?:lator)?(?:['’]s)?\.?\s*notes?\b|translator['’]s\s+comment\b|tn\s*:)").unwrap()
});
static REDACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bnot\s+declassified\b|\bredacted\b|\bblacked\s+out\b|\bexcised\b|\bwithheld\b").unwrap()
});
static ILLEGIBLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:illegible|unreadable|indecipherable)\b").unwrap());
static DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:hand-?written|stamps?|large\s+stamp|seal|signature|unknown\s+signature|emphasis|excerpts?|underlined|marginal\s+note)\b",
    )
    .unwrap()
});
static NOTE_REFERENCE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:\d{1,3}|\*{1,3})\s*$").unwrap());
static PAGE_MARKER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*(?:page|p\.)\s*\d+\s*$").unwrap());
// Cloudflare's replacement for e-mail addresses in saved pages: page furniture,
// not an editor's words.
static SCRAPE_ARTIFACT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*email\s+protected\s*$").unwrap());
static ORDINAL_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\b[Tt]he\s+)?\b\d{1,2}(?:st|nd|rd|th)\s$").unwrap());
static DATE_CONTENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})\b").unwrap());

/// Month names: "the October [Revolution]" completes a phrase, it glosses no name.
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Finds every bracketed intervention in `body`; unclosed brackets become diagnostics.
pub(crate) fn find_editorial(body: &str) -> (Vec<EditorialSpan>, Vec<Diagnostic>) {
    let mut spans = Vec::new();
    let mut diagnostics = Vec::new();
    let mut pos = 0;
    while let Some(rel) = body[pos..].find('[') {
        let open = pos + rel;
        match matching_close(body, open) {
            Some(close) => {
                if let Some(span) = classify(body, open, close) {
                    spans.push(span);
                }
                pos = close + 1;
            }
            None => {
                let line_end = body[open..].find('\n').map_or(body.len(), |i| open + i);
                diagnostics.push(
                    Diagnostic::warning(
                        "editorial_unclosed",
                        format!("`[` at byte {open} of the body is not closed in its paragraph"),
                    )
                    .with_evidence(Evidence::new(TextField::Body, body, open, line_end)),
                );
                pos = open + 1;
            }
        }
    }
    (spans, diagnostics)
}

/// The `]` that closes the `[` at `open`, counting nested pairs; brackets never
/// span a paragraph break, so an unclosed one cannot swallow the rest of the text.
fn matching_close(body: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let bytes = body.as_bytes();
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            b'\n' if bytes.get(i + 1) == Some(&b'\n') => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

/// Builds the span for `body[open..=close]`, or `None` for scrape artifacts.
fn classify(body: &str, open: usize, close: usize) -> Option<EditorialSpan> {
    let content = &body[open + 1..close];
    let end = close + 1;
    let by_content = if ELISION.is_match(content) {
        Some((EditorialKind::Elision, "editorial.elision"))
    } else if SIC.is_match(content) {
        Some((EditorialKind::Sic, "editorial.sic"))
    } else if UNCERTAIN.is_match(content) {
        Some((EditorialKind::Uncertain, "editorial.uncertain"))
    } else if TRANSLATOR_NOTE.is_match(content) {
        Some((EditorialKind::TranslatorNote, "editorial.translator_note"))
    } else if REDACTION.is_match(content) {
        Some((EditorialKind::Redaction, "editorial.redaction"))
    } else if ILLEGIBLE.is_match(content) {
        Some((EditorialKind::Illegible, "editorial.illegible"))
    } else if SCRAPE_ARTIFACT.is_match(content) {
        return None;
    } else if NOTE_REFERENCE.is_match(content)
        && !(content.bytes().all(|b| b.is_ascii_digit()) && body[end..].starts_with(|c: char| c.is_ascii_digit()))
    {
        Some((EditorialKind::Insertion, "editorial.note_reference"))
    } else if PAGE_MARKER.is_match(content) {
        Some((EditorialKind::Insertion, "editorial.page_marker"))
    } else if DESCRIPTION.is_match(content) {
        Some((EditorialKind::Insertion, "editorial.description"))
    } else {
        None
    };
    let span = |kind, start: usize, glossed: Option<String>, rule: &str| EditorialSpan {
        kind,
        start,
        end,
        content: content.to_owned(),
        glossed,
        rule: rule.to_owned(),
    };
    if let Some((kind, rule)) = by_content {
        return Some(span(kind, open, None, rule));
    }

    let before = &body[..open];
    // `W[illiam]`, `com[munist]`, `[19]56`: the editor completes a word.
    let glued_before = before.chars().next_back().is_some_and(char::is_alphanumeric);
    let glued_after = body[end..].starts_with(char::is_alphanumeric);
    if (glued_before || glued_after) && content.starts_with(char::is_alphanumeric) {
        return Some(span(EditorialKind::Insertion, open, None, "editorial.insertion.word_completion"));
    }
    // `the 23rd [23 December]`.
    if DATE_CONTENT.is_match(content)
        && let Some(m) = ORDINAL_BEFORE.find(before)
    {
        let glossed = before[m.start()..].trim_end().to_owned();
        return Some(span(EditorialKind::Gloss, m.start(), Some(glossed), "editorial.gloss.date"));
    }
    if is_name_like(content) && before.ends_with(' ') {
        let max_words = content.split_whitespace().count().clamp(2, MAX_GLOSSED_WORDS);
        let (run_start, n_words, after_title) = name_run(&before[..before.len() - 1], max_words);
        if n_words > 0 && !(n_words == 1 && after_title) {
            let glossed = before[run_start..before.len() - 1].to_owned();
            return Some(span(EditorialKind::Gloss, run_start, Some(glossed), "editorial.gloss.name"));
        }
        if n_words == 1 {
            return Some(span(EditorialKind::Insertion, open, None, "editorial.insertion.name_completion"));
        }
    }
    Some(span(EditorialKind::Insertion, open, None, "editorial.insertion"))
}

/// Walks back over the name-like words that end `text` (single spaces between
/// them), at most `max_words`. Returns where the run starts, how many words it
/// has, and whether a title stands right before it.
fn name_run(text: &str, max_words: usize) -> (usize, usize, bool) {
    let mut start = text.len();
    let mut n_words = 0;
    loop {
        // Words of a name are one space apart; a line start, punctuation or a
        // wider gap ends the run.
        let word_end = if n_words == 0 {
            start
        } else {
            match text[..start].strip_suffix(' ') {
                Some(head) if !head.is_empty() && !head.ends_with(' ') => head.len(),
                _ => return (start, n_words, false),
            }
        };
        let word_start = text[..word_end].rfind([' ', '\n']).map_or(0, |i| i + 1);
        let word = &text[word_start..word_end];
        if GLOSS_TITLES.contains(word.to_lowercase().as_str()) {
            return (start, n_words, true);
        }
        if n_words == max_words || !is_name_word(word) {
            return (start, n_words, false);
        }
        start = word_start;
        n_words += 1;
    }
}

/// Could `content` be a name: every word capitalized, save the particles of
/// names and titles (`Ministry of Foreign Affairs`, `Charles de Gaulle`)?
/// `[Kim and Pak can travel]` is a clause, not a name.
fn is_name_like(content: &str) -> bool {
    const PARTICLES: &[&str] =
        &["of", "the", "and", "for", "de", "du", "la", "le", "van", "von", "der", "den", "al", "el", "bin", "ibn", "y"];
    let words: Vec<&str> = content.split_whitespace().collect();
    let capitalized = |w: &&str| w.starts_with(char::is_uppercase);
    words.first().is_some_and(capitalized)
        && words.last().is_some_and(capitalized)
        && words.iter().all(|w| capitalized(w) || PARTICLES.contains(w))
}

/// A capitalized or ALL-CAPS word made of letters (with inner `-`, `'`, `’`),
/// or an initial like `N.`; not a function word, title or month.
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() || GLOSS_STOP_WORDS.contains(word.to_lowercase().as_str()) || MONTHS.contains(&word) {
        return false;
    }
    if GLOSS_TITLES.contains(word.to_lowercase().as_str()) {
        return false;
    }
    let rest = chars.as_str();
    if rest == "." {
        return true; // an initial
    }
    rest.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')) && !rest.ends_with(['-', '\'', '’'])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Finds the spans in `text` and compares `(kind, text, content, glossed)`.
    fn check(text: &str, expect: &[(EditorialKind, &str, &str, Option<&str>)]) {
        let (spans, diagnostics) = find_editorial(text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let got: Vec<_> =
            spans.iter().map(|s| (s.kind, &text[s.start..s.end], s.content.as_str(), s.glossed.as_deref())).collect();
        assert_eq!(got, expect, "in {text:?}");
    }

    use EditorialKind::*;

    #[test]
    fn elisions() {
        // Seed; Tsedenbal's diary; cable of 14 October 1960.
        check("[...]", &[(Elision, "[...]", "...", None)]);
        check("he will meet with me afterwards. […] This meeting", &[(Elision, "[…]", "…", None)]);
        check("[. . .]", &[(Elision, "[. . .]", ". . .", None)]);
    }

    #[test]
    fn name_glosses() {
        // Seed, cable of 21 June 1962.
        check("the Party Committee of Yili [Ili] Prefecture", &[(Gloss, "Yili [Ili]", "Ili", Some("Yili"))]);
        check(
            "the Soviet consulates in Wulumuqi [Urumqi] and Yining [Gulja], their",
            &[
                (Gloss, "Wulumuqi [Urumqi]", "Urumqi", Some("Wulumuqi")),
                (Gloss, "Yining [Gulja]", "Gulja", Some("Yining")),
            ],
        );
        // Ciphered telegram, Shtykov to Feng Xi, August 31, 1950.
        check("FENG XI [Stalin]", &[(Gloss, "FENG XI [Stalin]", "Stalin", Some("FENG XI"))]);
        check(
            "asked my agreement to summon [Foreign Minister] Pak Heon-yeong [Pak Hon Yong] and read",
            &[
                (Insertion, "[Foreign Minister]", "Foreign Minister", None),
                (Gloss, "Pak Heon-yeong [Pak Hon Yong]", "Pak Hon Yong", Some("Pak Heon-yeong")),
            ],
        );
        // Ciphered telegram No. 709.
        check(
            "Ciphered Telegram No. 709, Filippov [Stalin]",
            &[(Gloss, "Filippov [Stalin]", "Stalin", Some("Filippov"))],
        );
        check("With greetings. FILIPPOV [Stalin]", &[(Gloss, "FILIPPOV [Stalin]", "Stalin", Some("FILIPPOV"))]);
        check("FENG XI [STALIN]", &[(Gloss, "FENG XI [STALIN]", "STALIN", Some("FENG XI"))]);
        check(
            "PAK HEON-YEONG [Pak Hon Yong]",
            &[(Gloss, "PAK HEON-YEONG [Pak Hon Yong]", "Pak Hon Yong", Some("PAK HEON-YEONG"))],
        );
        // Cable of March 21, 1960: "Cormades" is the source's own spelling; the
        // gloss takes two words because the gloss has two.
        check(
            "It has been decided domestically that Cormades Burhan Shahidi [Bao Erhan] and Yao Nian",
            &[(Gloss, "Burhan Shahidi [Bao Erhan]", "Bao Erhan", Some("Burhan Shahidi"))],
        );
        // Speech by Trần Đông: the title stops the run.
        check(
            "(Speech given by Deputy Minister Trần Đông [Tran Dong] at the",
            &[(Gloss, "Trần Đông [Tran Dong]", "Tran Dong", Some("Trần Đông"))],
        );
        // A month name stops the run: "the March CC [Central Committee]".
        check(
            "ver materials dealing with the March CC [Central Committee]",
            &[(Gloss, "CC [Central Committee]", "Central Committee", Some("CC"))],
        );
    }

    #[test]
    fn date_gloss() {
        // Cable of December 27, 1961.
        check(
            "after class on the 23rd [23 December] visited our student Sui Xudong",
            &[(Gloss, "the 23rd [23 December]", "23 December", Some("the 23rd"))],
        );
    }

    #[test]
    fn insertions() {
        // Seed.
        check("[To the] Party Committee of Xinjiang Autonomous Region", &[(Insertion, "[To the]", "To the", None)]);
        check(
            "under the leadership of the Party Committee of the [Xinjiang Uyghur] Autonomous Region",
            &[(Insertion, "[Xinjiang Uyghur]", "Xinjiang Uyghur", None)],
        );
        // Record of conversation, Stalin and Zhou Enlai.
        check(
            "G stated that it was very hard for them [to accept Stalin's recommendation]",
            &[(Insertion, "[to accept Stalin's recommendation]", "to accept Stalin's recommendation", None)],
        );
        // Cable of July 9, 1962: a capitalized word before a lowercase bracket.
        check(
            "materials requested by the Ministry [of Foreign Affairs].",
            &[(Insertion, "[of Foreign Affairs]", "of Foreign Affairs", None)],
        );
        // A title before the bracket: the editor supplies the name.
        check(
            "I conducted lengthy conversations with Prime Minister [Pham Van Dong] and",
            &[(Insertion, "[Pham Van Dong]", "Pham Van Dong", None)],
        );
        // Sentence openings and function words are not names.
        check("South. The [Soviet] comrades were interested", &[(Insertion, "[Soviet]", "Soviet", None)]);
        check("Copy [Chinese] Central Committee:", &[(Insertion, "[Chinese]", "Chinese", None)]);
        // Completion of a year after a full day and month.
        check(
            "Please reserve two tickets on flight 104 to Moscow on 2 April [1960].",
            &[(Insertion, "[1960]", "1960", None)],
        );
        check("the October [Revolution]", &[(Insertion, "[Revolution]", "Revolution", None)]);
    }

    #[test]
    fn a_clause_is_not_a_gloss() {
        // Telegram, Shtykov to Vyshinsky, March 24, 1950.
        check(
            "From Vladivostok to Moscow [Kim and Pak can travel] by train in a special car.",
            &[(Insertion, "[Kim and Pak can travel]", "Kim and Pak can travel", None)],
        );
    }

    #[test]
    fn name_completions() {
        // Cable of November 15, 1963.
        check(
            "Chairman Ho [Chi Minh] has not yet released a public statement",
            &[(Insertion, "[Chi Minh]", "Chi Minh", None)],
        );
        check("yesterday's conversation with Ambassador Zhu [Qiwen].", &[(Insertion, "[Qiwen]", "Qiwen", None)]);
        // Tsedenbal's diary: a century completed inside a year.
        check("This meeting took place on 5 March [19]56 in the Kremlin.", &[(Insertion, "[19]", "19", None)]);
        // Inside a word.
        check(
            "consultations with W[illiam] Hyland, one of [Henry] Kissinger’s advisors",
            &[(Insertion, "[illiam]", "illiam", None), (Insertion, "[Henry]", "Henry", None)],
        );
    }

    #[test]
    fn sic_uncertain_illegible() {
        // Bulgarian embassy, March 22, 1962.
        check("The Shenzhen [sic] plant", &[(Sic, "[sic]", "sic", None)]);
        check("but on the evening of 2 August [sic.], at the", &[(Sic, "[sic.]", "sic.", None)]);
        // Cable, Terebin, April 22, 1948.
        check(
            "On the pretext of illness and rest he [?] will, allegedly, rest here [?].",
            &[(Uncertain, "[?]", "?", None), (Uncertain, "[?]", "?", None)],
        );
        // Cable of October 14, 1960.
        check("No. [illegible]", &[(Illegible, "[illegible]", "illegible", None)]);
        check(
            "Produced: 35 [remaining digits are illegible]",
            &[(Illegible, "[remaining digits are illegible]", "remaining digits are illegible", None)],
        );
    }

    #[test]
    fn translator_notes_may_nest() {
        // Cable, Terebin, April 22, 1948: a note that itself quotes a bracket.
        let text = "Zhu De and Liu Shaoqi will not go [trans. note-- The meaning of this statement is unclear in the original, literally, it states “because of secrecy considerations [he] will not go to Zhu De and Liu Shaoqi.”]. On the";
        let (spans, _) = find_editorial(text);
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].kind, TranslatorNote);
        assert!(spans[0].content.contains("[he]"));
        assert!(text[spans[0].start..spans[0].end].ends_with("Shaoqi.”]"));
        check(
            "for Melnikov [trans. note-- Apparently, another Soviet doctor and operative in Yan'an; real name unknown] to work",
            &[(
                TranslatorNote,
                "[trans. note-- Apparently, another Soviet doctor and operative in Yan'an; real name unknown]",
                "trans. note-- Apparently, another Soviet doctor and operative in Yan'an; real name unknown",
                None,
            )],
        );
        // Political report no. 12, Peking.
        check(
            "theory of “vinoviteho [translator’s note: gradual?] development",
            &[(TranslatorNote, "[translator’s note: gradual?]", "translator’s note: gradual?", None)],
        );
        check(
            "[Translator's note: the original is unclear]",
            &[(
                TranslatorNote,
                "[Translator's note: the original is unclear]",
                "Translator's note: the original is unclear",
                None,
            )],
        );
    }

    #[test]
    fn redactions() {
        // Record of meeting, Fukuda and Deng, October 23, 1978.
        check(
            "China Division Director Tajima, [name blacked out]. Chinese side",
            &[(Redaction, "[name blacked out]", "name blacked out", None)],
        );
        check("[text not declassified]", &[(Redaction, "[text not declassified]", "text not declassified", None)]);
        check(
            "[less than 1 line of source text not declassified]",
            &[(
                Redaction,
                "[less than 1 line of source text not declassified]",
                "less than 1 line of source text not declassified",
                None,
            )],
        );
    }

    #[test]
    fn descriptions_notes_and_pages() {
        check("[Stamps:] Secret", &[(Insertion, "[Stamps:]", "Stamps:", None)]);
        // "MPR" would look like a glossed name; the content says it is a description.
        check(
            "Ambassador of the USSR in the MPR [Signature] V[asily]. Pisarev",
            &[(Insertion, "[Signature]", "Signature", None), (Insertion, "[asily]", "asily", None)],
        );
        check("Synthetic[1] conclusions", &[(Insertion, "[1]", "1", None)]);
        check("[Page 76]", &[(Insertion, "[Page 76]", "Page 76", None)]);
        let (spans, _) = find_editorial("[Page 76] and Hanoi,[1]");
        let rules: Vec<&str> = spans.iter().map(|s| s.rule.as_str()).collect();
        assert_eq!(rules, ["editorial.page_marker", "editorial.note_reference"]);
        check("Program at [email protected].", &[]);
    }

    #[test]
    fn unclosed_and_stray_brackets_do_not_panic() {
        let (spans, diagnostics) = find_editorial("an [unclosed bracket\n\nthen [sic] and a stray ] and [[x]");
        assert_eq!(diagnostics.len(), 2, "{diagnostics:?}");
        assert_eq!(diagnostics[0].code, "editorial_unclosed");
        let text = "an [unclosed bracket\n\nthen [sic] and a stray ] and [[x]";
        let ev = diagnostics[0].evidence.as_ref().unwrap();
        assert_eq!(ev.of(text), "[unclosed bracket");
        let kinds: Vec<_> = spans.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [Sic, Insertion]);
        for text in ["[", "]", "[[", "]]", "[]", "[ ]", "é[", "[é", "x [", " [Ž]"] {
            let (spans, _) = find_editorial(text);
            for s in spans {
                assert!(text.get(s.start..s.end).is_some(), "{s:?} in {text:?}");
            }
        }
    }
}
