//! Whitespace and Unicode normalization of one text (the body or a field value).
//!
//! The rules change layout only, never words: NFC, `\n` line endings, Unicode
//! spaces to plain spaces, one space between words, trimmed lines, paragraphs
//! separated by exactly one blank line, and letter-spaced words (`S e c r e t`)
//! joined. Spelling, case, quotes and dashes are left exactly as the source has
//! them. The output is a fixed point: normalizing it again changes nothing.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A text after normalization, with the letter-spaced words that were joined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Normalized {
    /// The normalized text.
    pub text: String,
    /// Every join, in order, located in `text`.
    pub joins: Vec<Join>,
}

/// One letter-spaced word that was joined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Join {
    /// Byte offset of the joined word in the normalized text.
    pub start: usize,
    /// Byte offset one past it.
    pub end: usize,
    /// The word as it was spelled out, letters separated by single spaces.
    pub spaced: String,
}

/// Normalizes `raw`; see the module documentation for the rules.
pub(crate) fn normalize_text(raw: &str) -> Normalized {
    let raw = raw.trim_start_matches('\u{feff}');
    // Most archival text is ASCII or already NFC: composing it again would
    // only copy it character by character.
    let nfc: Cow<'_, str> = match unicode_normalization::is_nfc_quick(raw.chars()) {
        unicode_normalization::IsNormalized::Yes => Cow::Borrowed(raw),
        _ => Cow::Owned(raw.nfc().collect()),
    };
    let mut text = String::with_capacity(nfc.len());
    let mut joins = Vec::new();
    // A blank line is only written once the next non-blank line arrives, so
    // runs of blank lines collapse to one and none is left at either end.
    let mut pending_blank = false;
    for line in split_lines(&nfc) {
        let (out, line_joins) = normalize_line(line);
        if out.is_empty() {
            pending_blank = !text.is_empty();
            continue;
        }
        if !text.is_empty() {
            text.push_str(if pending_blank { "\n\n" } else { "\n" });
        }
        pending_blank = false;
        let base = text.len();
        joins.extend(line_joins.into_iter().map(|j| Join {
            start: base + j.start,
            end: base + j.end,
            spaced: j.spaced,
        }));
        text.push_str(&out);
    }
    Normalized { text, joins }
}

/// Splits on every line ending the sources use: `\r\n`, lone `\r`, `\n`, and the
/// Unicode line separators. A paragraph separator counts as a blank line.
fn split_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\r' => {
                lines.push(&text[start..i]);
                if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                    chars.next();
                    start = i + 2;
                } else {
                    start = i + 1;
                }
            }
            '\n' | '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' => {
                lines.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            '\u{2029}' => {
                lines.push(&text[start..i]);
                lines.push("");
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    lines.push(&text[start..]);
    lines
}

/// Spaces that separate words: ASCII space and tab, no-break spaces, and the
/// typographic spaces of the General Punctuation block. Zero-width characters
/// are not spaces (removing them could merge two words the source kept apart
/// only visually, which is the historian's call, not ours).
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}')
}

/// One word of a line: its text, the width of the space before it, and, when it
/// was joined from letters, how it was spelled out. Words are borrowed from the
/// line; only joined ones are built.
struct Piece<'a> {
    text: Cow<'a, str>,
    gap: usize,
    spaced: Option<String>,
}

/// Is `token` one letter, optionally followed by closing punctuation when it
/// may end a run (`S e c r e t.`)?
fn is_spaced_letter(token: &str, may_end: bool) -> bool {
    let mut chars = token.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_alphabetic() || is_combining_mark(first) {
        return false;
    }
    let rest = chars.as_str();
    rest.is_empty() || (may_end && rest.chars().all(|c| ".,:;!?)".contains(c)))
}

/// Normalizes one line: trims it, collapses spaces, joins letter-spaced words.
fn normalize_line(line: &str) -> (String, Vec<Join>) {
    if is_plain_line(line) {
        return (line.to_owned(), Vec::new());
    }
    let mut pieces = Vec::new();
    let mut gap = 0;
    let mut word_start = None;
    for (i, c) in line.char_indices() {
        if is_space(c) {
            if let Some(s) = word_start.take() {
                pieces.push(Piece { text: Cow::Borrowed(&line[s..i]), gap, spaced: None });
                gap = 0;
            }
            gap += 1;
        } else if word_start.is_none() {
            word_start = Some(i);
        }
    }
    if let Some(s) = word_start {
        pieces.push(Piece { text: Cow::Borrowed(&line[s..]), gap, spaced: None });
    }

    // First pass: letters one space apart are the letter-spaced words; a wider
    // gap is the space between two letter-spaced words ("P r a g u e   B y").
    let pieces = join_runs(pieces, |gap| gap == 1);
    // Second pass: any three single letters still in a row (spaced out more
    // widely) are joined too. Without it the output would not be a fixed
    // point, since collapsing the wide gaps makes them a run for the next pass.
    let pieces = join_runs(pieces, |_| true);

    let mut out = String::with_capacity(line.len());
    let mut joins = Vec::new();
    for (i, piece) in pieces.into_iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let start = out.len();
        out.push_str(&piece.text);
        if let Some(spaced) = piece.spaced {
            joins.push(Join { start, end: out.len(), spaced });
        }
    }
    (out, joins)
}

/// True when normalizing `line` would change nothing and join nothing: ASCII
/// words one space apart, no space at either end, and no three one-letter words
/// in a row. Most lines of most documents are like this.
fn is_plain_line(line: &str) -> bool {
    let bytes = line.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut prev_space = false;
    let mut word_len = 0usize;
    let mut one_letter_words = 0;
    for &b in bytes {
        if !b.is_ascii() || b.is_ascii_control() {
            return false;
        }
        if b == b' ' {
            if prev_space {
                return false;
            }
            one_letter_words = if word_len == 1 { one_letter_words + 1 } else { 0 };
            if one_letter_words >= 2 {
                return false;
            }
            word_len = 0;
            prev_space = true;
        } else {
            word_len += 1;
            prev_space = false;
        }
    }
    true
}

/// Joins every run of three or more single-letter pieces whose gaps satisfy
/// `joinable`; a run may end in a letter followed by punctuation.
fn join_runs<'a>(mut pieces: Vec<Piece<'a>>, joinable: impl Fn(usize) -> bool) -> Vec<Piece<'a>> {
    let mut out = Vec::with_capacity(pieces.len());
    let mut i = 0;
    while i < pieces.len() {
        let mut j = i;
        if is_spaced_letter(&pieces[i].text, false) {
            while j + 1 < pieces.len() && joinable(pieces[j + 1].gap) && is_spaced_letter(&pieces[j + 1].text, true) {
                j += 1;
                if !is_spaced_letter(&pieces[j].text, false) {
                    break; // punctuation closes the run
                }
            }
        }
        if j - i + 1 >= 3 {
            let run = &pieces[i..=j];
            out.push(Piece {
                text: Cow::Owned(run.iter().map(|p| p.text.as_ref()).collect()),
                gap: run[0].gap,
                spaced: Some(run.iter().map(|p| p.text.as_ref()).collect::<Vec<_>>().join(" ")),
            });
            i = j + 1;
        } else {
            let piece = &mut pieces[i];
            out.push(Piece { text: std::mem::take(&mut piece.text), gap: piece.gap, spaced: piece.spaced.take() });
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Normalizes `raw`, compares with `expect`, and checks the result is a fixed point.
    fn check(raw: &str, expect: &str) {
        let got = normalize_text(raw);
        assert_eq!(got.text, expect, "normalizing {raw:?}");
        let again = normalize_text(&got.text);
        assert_eq!(again.text, got.text, "not idempotent on {raw:?}");
        assert!(again.joins.is_empty());
        for j in &got.joins {
            assert!(got.text.is_char_boundary(j.start) && got.text.is_char_boundary(j.end));
        }
    }

    #[test]
    fn line_endings_and_blank_lines() {
        check("a\r\nb\rc\n", "a\nb\nc");
        check("\n\n  \n para one\n\n\n\n\npara two  \n \t \n", "para one\n\npara two");
        check("one\u{2029}two", "one\n\ntwo");
        check("", "");
        check(" \n\t\n", "");
    }

    #[test]
    fn spaces() {
        // From the Ulbricht letter: "Through  the  Extraordinary  Plenipotentiary".
        check("Through  the  Extraordinary  Plenipotentiary", "Through the Extraordinary Plenipotentiary");
        check("one\u{a0}two\u{2009}three\u{202f}four\u{3000}five\tsix", "one two three four five six");
        // Whitespace-only line made of no-break spaces, as in the old-site pages.
        check("para\n\u{a0}\npara", "para\n\npara");
        // A zero-width space is not a space.
        check("a\u{200b}b", "a\u{200b}b");
    }

    #[test]
    fn unicode_nfc() {
        check("Ka\u{301}rolyi", "Károlyi");
        check("Tr\u{1ea7}n \u{110}o\u{302}ng", "Trần Đông");
    }

    #[test]
    fn words_are_left_alone() {
        let s = "“vinoviteho [translator’s note: gradual?] development — don’t 'quote' -- KIM IL SUNG";
        check(s, s);
        check("colour Colour COLOUR", "colour Colour COLOUR");
    }

    #[test]
    fn letter_spacing_is_joined() {
        // Political report no. 12 from the Czechoslovak embassy in Peking.
        check("[Stamps:]  S e c r e t", "[Stamps:] Secret");
        check("P r a g u e   By courier", "Prague By courier");
        // Ciphered telegram, Shtykov to Feng Xi.
        check("S H T Y K O V", "SHTYKOV");
        check("I n f o r m a t I o n", "InformatIon");
        check("N o t e about the Meeting", "Note about the Meeting");
        check("S e c r e t.", "Secret.");
        let got = normalize_text("[Stamps:] S e c r e t");
        assert_eq!(got.joins, vec![Join { start: 10, end: 16, spaced: "S e c r e t".into() }]);
    }

    #[test]
    fn two_letters_and_initials_are_not_letter_spacing() {
        check("N. S. Khrushchev", "N. S. Khrushchev");
        check("Plan A or B", "Plan A or B");
        check("a) b) c)", "a) b) c)");
        check("* * * * *", "* * * * *");
    }

    #[test]
    fn wide_letter_spacing_reaches_a_fixed_point() {
        check("x y  z w", "xyzw");
        check("S  e  c  r  e  t", "Secret");
    }
}
