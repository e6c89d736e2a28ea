//! Words of a text with their byte offsets, read once per text.

use std::borrow::Cow;

/// One word: letters and digits with inner apostrophes, hyphens and the
/// periods of initials (`I.V.`, `Pei-p'ing`, `Chong-hui`).
#[derive(Debug, Clone)]
pub(crate) struct Token<'a> {
    /// Byte offset of the word in the text.
    pub start: usize,
    /// Byte offset one past its end (trailing periods and apostrophes excluded).
    pub end: usize,
    /// `text[start..end]`.
    pub text: &'a str,
    /// Lowercase, a possessive `'s` removed, for table lookups.
    /// Borrowed from the text when the word has no capitals (most words).
    pub lower: Cow<'a, str>,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Two or more letters, all upper-case.
    pub all_caps: bool,
    /// Only spaces (no punctuation, no line break) between this word and the
    /// one before it.
    pub joined: bool,
    /// First word of a sentence, a line or a bracket.
    pub sentence_start: bool,
    /// The word carried a possessive `'s`, which `end` leaves out.
    pub possessive: bool,
    /// An initial or a run of initials (`V.`, `I.V.`, `Yu.V.`, `Zh.`): every
    /// part one capital letter, or a Russian digraph (`Yu`, `Zh`), and a
    /// period after the word or inside it.
    pub initial: bool,
    /// The word stands alone in square brackets or parentheses (`[Zhou] Enlai`,
    /// `Comrade [Stanislav] Rázl`, `M. (Menachem) Begin`): an editor's
    /// insertion or a spelled-out initial, usually a given name.
    pub bracketed: bool,
    /// The word follows a closing bracket right after a capitalized word
    /// (`Enlai` in `[Zhou] Enlai`, `Zayas` in `[Luis Alfonso] Zayas`); only the
    /// person reader joins the two.
    pub after_bracket: bool,
    /// The word opens a bracket right after a word and one space (`Enlai` in
    /// `Zhou [Enlai]`, `Vorster` in `Friend (Vorster)`), on the same line.
    pub spaced_bracket: bool,
    /// The word stands inside square brackets (an editor's insertion).
    pub in_bracket: bool,
    /// The word may be part of a person's name (see `people::namey`),
    /// decided once here: every person scanner asks it, many times a word.
    pub namey: bool,
}

impl Token<'_> {
    /// The same word, its lowercase form borrowed from this one: a copy that
    /// allocates nothing.
    pub(crate) fn reborrow(&self) -> Token<'_> {
        Token { text: self.text, lower: Cow::Borrowed(self.lower.as_ref()), ..*self }
    }
}

/// True for two letters that stand as one initial (`Yu. V. Andropov`, `Zh.
/// Batmunkh`, `I. Gh. Maurer`): a capital and a small letter listed in
/// `data/lexicon/digraph_initials.txt`.
pub(crate) fn is_digraph_initial(part: &str) -> bool {
    match part.as_bytes() {
        &[a, b] if a.is_ascii_uppercase() && b.is_ascii_lowercase() => {
            let pair = [a.to_ascii_lowercase(), b];
            std::str::from_utf8(&pair).is_ok_and(|p| crate::lexicon::DIGRAPH_INITIALS.contains(p))
        }
        _ => false,
    }
}

/// A hyphenated rank of honorifics and title words, one honorific at least
/// (`Major-General`, `Lieutenant-Colonel`, `Major-Gen`), lowercased.
pub(super) fn hyphenated_rank(lower: &str) -> bool {
    use crate::lexicon::{HONORIFICS, TITLE_WORDS};
    lower.contains('-')
        && lower.split('-').all(|part| HONORIFICS.contains(part) || TITLE_WORDS.contains(part))
        && lower.split('-').any(|part| HONORIFICS.contains(part))
}

/// A hyphenated rank whose last part is abbreviated (`Major-Gen.`,
/// `Lt-Col.`): its period belongs to it, as `Gen.`'s does.
fn abbreviated_rank(lower: &str) -> bool {
    lower.rsplit_once('-').is_some_and(|(_, last)| last.len() <= 4) && hyphenated_rank(lower)
}

fn is_initials(word: &str, period_after: bool) -> bool {
    let mut parts = word.split('.').peekable();
    let several = word.contains('.');
    (several || period_after)
        && parts.peek().is_some()
        && parts.all(|part| {
            let mut chars = part.chars();
            match (chars.next(), chars.next(), chars.next()) {
                (Some(c), None, None) => c.is_uppercase(),
                (Some(_), Some(_), None) => is_digraph_initial(part),
                _ => false,
            }
        })
}

/// The letters of footnotes the text writes as lines of their own (`a The
/// title of the document was partially used.`, `bThe text …`): a small
/// letter `a` to `h` opening a line, then a capital, after a space or not. A
/// bit per letter.
fn footnote_letters(text: &str) -> u32 {
    let mut letters = 0;
    for line in text.split('\n') {
        let b = line.trim_start_matches(' ').as_bytes();
        if let [letter @ b'a'..=b'h', rest @ ..] = b {
            let rest = rest.strip_prefix(b" ").unwrap_or(rest);
            if rest.first().is_some_and(u8::is_ascii_uppercase) {
                letters |= 1 << (letter - b'a');
            }
        }
    }
    letters
}

/// True when the hyphen at `at` joins an ending that makes a word of a
/// capitalized name (`Syngman Rhee-ite lackeys`, `Pol Pot-ist`): the name
/// ends at the hyphen. The word so far is `text[start..at]`.
fn derived_from_name(text: &str, start: usize, at: usize) -> bool {
    let rest = &text[at + 1..];
    let n = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    text[start..at].starts_with(|c: char| c.is_uppercase())
        && !text[start..at].contains('-')
        && crate::lexicon::NAME_DERIVED_ENDINGS.contains(&rest[..n])
}

/// True when `word` stands in `text` as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        !text[..at].chars().next_back().is_some_and(char::is_alphanumeric)
            && !text[at + word.len()..].chars().next().is_some_and(char::is_alphanumeric)
    })
}

/// Splits `text` into words.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut tokens: Vec<Token<'_>> = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    let mut prev_end = 0;
    let mut after_sentence_end = true;
    // Square-bracket depth at the current word.
    let mut depth: usize = 0;
    let footnotes = footnote_letters(text);
    while i < text.len() {
        let c = text[i..].chars().next().expect("in bounds");
        if !c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut end = i;
        let mut j = i;
        while j < text.len() {
            let c = text[j..].chars().next().expect("in bounds");
            // An ayn of an Arabic transliteration (`Sa‘id`, `Ja‘far`) is inside
            // a word too, before a lower-case letter.
            // (Not a possessive written with it: `Khomeini‘s`.)
            let ayn = matches!(c, '‘' | 'ʿ' | 'ʻ') && {
                let mut after = text[j + c.len_utf8()..].chars();
                let next = after.next();
                next.is_some_and(char::is_lowercase)
                    && (next != Some('s') || after.next().is_some_and(char::is_alphanumeric))
            };
            let inner = ayn || matches!(c, '\'' | '’' | '-' | '.' | '‑');
            if c == '['
                && let Some(close) = expanded_initial(text, start, j)
            {
                // `V[áclav] Dvořák`: an editor spelled out the initial.
                j = close;
                end = j;
            } else if c == '['
                && let Some(close) = restored_letters(text, start, j)
            {
                // `Schagda[r]suren`, `Lip[p]man[n]`: letters an editor
                // restored inside a name.
                j = close;
                end = j;
            } else if c.is_alphanumeric() {
                j += c.len_utf8();
                end = j;
            } else if inner
                && text[j + c.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric)
                && !(c == '-' && derived_from_name(text, start, j))
                && !(c == '.' && bytes.get(j + 1).is_some_and(|b| b.is_ascii_lowercase()))
                // `c.Ponomarev B.N.`: a lower-case letter's abbreviation (the
                // translated `comrade`) glued to a name is a word of its own.
                && !(c == '.' && j == start + 1 && bytes[start].is_ascii_lowercase())
                // `Comrade Edward Gierek.54 Comrade Brezhnev`: a footnote's
                // number after a word's period is no part of the word.
                && !(c == '.'
                    && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
                    && text[start..j].chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && text[start..j].chars().all(char::is_alphabetic))
            {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        // `KRAJEWSKI1`, `Jeleń2`: a footnote's number stuck to a word of
        // three letters or more is no part of it.
        let digits = text[start..end].chars().rev().take_while(char::is_ascii_digit).count();
        if (1..=2).contains(&digits) && text[start..end - digits].chars().filter(|c| c.is_alphabetic()).count() >= 3 {
            let letters = &text[start..end - digits];
            if letters.chars().all(char::is_alphabetic) {
                end -= digits;
            }
        }
        // `H. Krollb At the instruction`, `F. Robertsa says`: a footnote's
        // letter stuck to a capitalized word, when the text has that
        // footnote's line and names the word without it elsewhere.
        if footnotes != 0
            && let Some(last) = text[..end].bytes().last().filter(u8::is_ascii_lowercase)
            && footnotes & (1 << (last - b'a')) != 0
            && text[start..].starts_with(|c: char| c.is_uppercase())
            && end - start >= 5
            && has_word(text, &text[start..end - 1])
        {
            end -= 1;
        }
        // In capitals too (`PRESIDENT TITO’S REPLY`), where the word before is.
        let mut possessive = false;
        for suffix in ["'s", "’s", "'S", "’S"] {
            let shouted = suffix.ends_with('S');
            let stem = || text[start..end - suffix.len()].chars().all(|c| !c.is_lowercase());
            if end - start > suffix.len() + 1 && text[start..end].ends_with(suffix) && (!shouted || stem()) {
                end -= suffix.len();
                possessive = true;
                break;
            }
        }
        let word = &text[start..end];
        let gap = &text[prev_end..start];
        for c in gap.chars() {
            match c {
                '[' => depth += 1,
                ']' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        // After an initial (`John F. Kennedy`, `I. V. Stalin`) the period joins.
        // So does the period of an abbreviated title (`Mr. Ramon Sinobas`,
        // `Dr. Bhabha`, `Gen. Clay`).
        let after_initial = tokens.last().is_some_and(|p: &Token<'_>| {
            p.initial
                || p.cap && p.text.chars().count() <= 3 && (p.text.chars().count() == 1 || p.text.contains('.'))
                || p.cap && p.text.len() <= 5 && crate::lexicon::HONORIFICS.contains(p.lower.as_ref())
                || p.cap && abbreviated_rank(&p.lower)
                // `gen. Zawadzki`, `com. Marek`: a translation's title in
                // lower case, abbreviated (looked up only before a period).
                || !p.cap && gap.starts_with('.') && crate::lexicon::TITLE_ABBREVIATIONS.contains(p.lower.as_ref())
        });
        // Any bracket closing right after a capitalized word: `[Zhou] Enlai`,
        // `[Luis Alfonso] Zayas`, `[Brazilian President João] Goulart`, an
        // editor's stray space too (`[Ambassador Wojciech ] CHABASINSKI`).
        // Round brackets only around one word (`M. (Menachem) Begin`).
        let closing = gap.trim_start_matches(['.', '?']);
        let spaces_after = |rest: &str| !rest.is_empty() && rest.chars().all(|c| c == ' ');
        let after_bracketed = tokens.last().is_some_and(|p: &Token<'_>| {
            p.cap
                && (closing.trim_start_matches(' ').strip_prefix(']').is_some_and(spaces_after)
                    || p.bracketed && closing.strip_prefix(')').is_some_and(spaces_after))
        });
        let joined = !tokens.is_empty()
            && !gap.is_empty()
            && (gap.chars().all(|c| c == ' ')
                || (after_initial && gap.starts_with('.') && gap[1..].chars().all(|c| c == ' ') && gap.len() > 1));
        let sentence_start = tokens.is_empty()
            || after_sentence_end
            || gap.contains('\n')
            || gap.contains(['[', '(', '"', '“', ':', ';']);
        let lower = if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            Cow::Borrowed(word)
        } else if word.contains('[') {
            Cow::Owned(word.replace(['[', ']'], "").to_lowercase())
        } else {
            Cow::Owned(word.to_lowercase())
        };
        let letters = word.chars().filter(|c| c.is_alphabetic());
        let n_letters = letters.clone().count();
        // An Arabic article joined to a capitalized name starts one too.
        let cap = word.chars().next().is_some_and(char::is_uppercase) || has_arabic_article(word);
        let all_caps = n_letters >= 2 && letters.clone().all(char::is_uppercase);
        // A period right after the word ends a sentence unless the word is an
        // initial or an abbreviation of a title.
        let next = text[j.max(end)..].chars().next();
        after_sentence_end = matches!(next, Some('.' | '?' | '!')) && {
            let is_initial = n_letters <= 1
                || word.contains('.')
                || is_digraph_initial(word)
                || crate::lexicon::HONORIFICS.contains(lower.as_ref())
                || abbreviated_rank(&lower);
            // `2. Hereupon refer to …`: an item's number opening a line
            // ends like a sentence.
            // (Not in a list run into a paragraph: `delegation. 2. Tancov G.`)
            let item_number = (tokens.is_empty() || gap.contains('\n')) && word.bytes().all(|b| b.is_ascii_digit());
            !is_initial || item_number
        };
        // `U.S.`, `U.N.`: an abbreviation with periods is no initial.
        // `P.O.`, `A.M.`: a common abbreviation in capitals and periods is no
        // one's initials either.
        let initial = cap && is_initials(word, next == Some('.')) && {
            let bare = word.replace('.', "");
            let dotted =
                bare.len() < word.len() && crate::lexicon::DOTTED_ABBREVIATIONS.contains(bare.to_lowercase().as_str());
            !dotted && !crate::lexicon::ABBREVIATIONS.contains_key(bare.as_str())
        };
        // `[Zhou] Enlai`, and `M. (Menachem) Begin` as attendance lists give
        // the full given name of an initial.
        // (Not a state in round brackets after a name: `Prof. Erbakan (Turkey)`.)
        // (Nor an item's number or letter: `(II) Lowering Defense Budgets`.)
        let bracketed = gap.ends_with('[') && text[end..].trim_start_matches('.').starts_with(']')
            || gap.ends_with('(')
                && text[end..].starts_with(')')
                && !super::places::is_state_or_region(word)
                && !crate::address::is_roman_numeral(word)
                && word.chars().count() > 1;
        let mut token = Token {
            start,
            end,
            text: word,
            lower,
            cap,
            all_caps,
            joined,
            sentence_start,
            possessive,
            initial,
            bracketed,
            after_bracket: after_bracketed,
            spaced_bracket: !tokens.is_empty() && (gap == " [" || gap == " ("),
            in_bracket: depth > 0,
            namey: false,
        };
        token.namey = super::people::is_namey(&token);
        tokens.push(token);
        prev_end = if possessive { j } else { end };
        i = j.max(end).max(start + 1);
    }
    // `ALP CC first secretary`, `RWP CC`: letters in capitals right before
    // `CC` (a Central Committee) are its party's, never a name.
    for k in 1..tokens.len() {
        if is_central_committee(&tokens[k]) && tokens[k].joined && tokens[k - 1].all_caps {
            tokens[k - 1].namey = false;
        }
    }
    // `Ambassador Son Seong-pil`: a Korean surname that is also a word (`son`)
    // is a name before a hyphenated given name of two syllables.
    for k in 1..tokens.len() {
        let (before, after) = tokens.split_at_mut(k);
        let (surname, given) = (&mut before[k - 1], &after[0]);
        if !surname.namey
            && surname.cap
            && !surname.all_caps
            && given.joined
            && given.namey
            && hyphenated_given_name(given.text)
            && super::names::is_korean_surname(surname.text)
        {
            surname.namey = true;
        }
    }
    tokens
}

/// `CC`, a Central Committee as records abbreviate it after its party's
/// letters (`CPSU CC`, `ALP CC`) or before them (`CC CPSU`).
pub(crate) fn is_central_committee(t: &Token<'_>) -> bool {
    t.text == "CC"
}

/// True for a given name of two romanized syllables joined by a hyphen
/// (`Seong-pil`, `Ho-gyong`, `Il-Sung`): letters only, two to five a part.
fn hyphenated_given_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        [a, b].iter().all(|p| (2..=5).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()))
            && a.starts_with(|c: char| c.is_ascii_uppercase())
            && !b.contains('-')
    })
}

/// Where an editor's spelled-out initial ends (`V[áclav]`, `E[mil]`,
/// `P[aul]`): the word so far, `text[start..at]`, is one capital letter or a
/// digraph initial, and `text[at..]` opens a bracket of lower-case letters
/// closed right away. Returns the offset after the `]`.
fn expanded_initial(text: &str, start: usize, at: usize) -> Option<usize> {
    let head = &text[start..at];
    let mut chars = head.chars();
    let first = chars.next()?;
    if !first.is_uppercase() || (chars.next().is_some() && !is_digraph_initial(head)) {
        return None;
    }
    let rest = text.get(at + 1..)?;
    let inner = rest.find(']')?;
    let letters = &rest[..inner];
    (!letters.is_empty() && letters.chars().all(char::is_lowercase)).then_some(at + 1 + inner + 1)
}

/// The end of an editor's bracket of one to three lower-case letters at
/// `at`, inside a word that began at `start` (`Schagda[r]suren`, `Ig[n]arov`,
/// `Lip[p]man[n]`): the word goes on after it; or of three to twelve that end
/// a capitalized word (`Ku[znetsov]`). Not after an initial (see
/// [`expanded_initial`]), nor a bracket of figures (a footnote's `[1]`), nor
/// an editor's `[sic]`.
fn restored_letters(text: &str, start: usize, at: usize) -> Option<usize> {
    if text[start..at].chars().count() < 2 {
        return None;
    }
    let rest = text.get(at + 1..)?;
    let inner = rest.find(']')?;
    let letters = &rest[..inner];
    let n = letters.chars().count();
    if !(1..=12).contains(&n) || !letters.chars().all(char::is_lowercase) || letters == "sic" {
        return None;
    }
    // The word goes on after the bracket (`Schagda[r]suren`), or the bracket
    // doubles the letter before it (`Lipman[n]`); not a footnote's letter
    // at a word's end (`Bashev[a]`).
    let close = at + 1 + inner + 1;
    let goes_on = text[close..].chars().next().is_some_and(char::is_alphabetic);
    let doubles = n == 1 && text[start..at].chars().last().is_some_and(|c| letters.starts_with(c));
    // `[signed] V. Ku[znetsov]`: three letters or more that complete the
    // end of a capitalized word the copy cut short.
    let completed = n >= 3 && !goes_on && text[start..at].starts_with(char::is_uppercase);
    (n <= 3 && (goes_on || doubles) || completed).then_some(close)
}

/// Whether the words read as German: at least [`GERMAN_MIN_WORDS`] of German's
/// words of grammar (`der`, `und`, `nicht`, `data/lexicon/german_function_words.txt`),
/// one word in eight or more. German capitalizes every noun (`auf deutscher
/// Seite`, `der Hoffnung Ausdruck`), so there a capitalized word's shape alone
/// is no evidence of a name.
pub(crate) fn is_german(words: &[Token<'_>]) -> bool {
    // Counting stops once the words needed are there.
    let needed = GERMAN_MIN_WORDS.max(words.len().div_ceil(8));
    words.iter().filter(|t| crate::lexicon::GERMAN_FUNCTION_WORDS.contains(t.lower.as_ref())).take(needed).count()
        == needed
}

/// How many German words of grammar a text needs before [`is_german`] says
/// it is German: a quoted phrase or a name (`Neues Deutschland`) is not enough.
const GERMAN_MIN_WORDS: usize = 12;

/// An Arabic article joined to a capitalized name (`al-Fasi`, `el-Sheikh`,
/// `ash-Shadli`, and capitalized as many translations write it: `Al-Zaim`);
/// only a word with a hyphen among its first four bytes is looked at.
pub(crate) fn has_arabic_article(word: &str) -> bool {
    word.as_bytes().iter().take(4).any(|&b| b == b'-')
        && crate::lexicon::ARABIC_ARTICLES.iter().any(|article| {
            word.get(..article.len()).is_some_and(|opening| opening.eq_ignore_ascii_case(article))
                && word[article.len()..].chars().next().is_some_and(char::is_uppercase)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_offsets_and_shapes() {
        let text = "Gen Pak Chong-hui met I.V. Stalin. Teng Hsiao-p'ing's cable [Urumqi]";
        let tokens = tokenize(text);
        let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            ["Gen", "Pak", "Chong-hui", "met", "I.V", "Stalin", "Teng", "Hsiao-p'ing", "cable", "Urumqi"]
        );
        assert!(tokens[7].possessive && !tokens[6].possessive);
        for t in &tokens {
            assert_eq!(&text[t.start..t.end], t.text);
        }
        assert!(tokens[6].sentence_start && !tokens[5].sentence_start && tokens[9].sentence_start);
        assert_eq!(tokens[7].lower, "hsiao-p'ing");
        assert!(tokens[1].joined);
        assert!(tokens[4].initial && !tokens[5].initial && !tokens[0].initial);
        // east-europe-bo da__document-117081: an item's number opens a
        // sentence; a name's initial or a title's abbreviation does not end one.
        let text = "manufacture.\n2. Hereupon refer to it as No. 11 of gen. Zawadzki";
        let tokens = tokenize(text);
        let at = |w: &str| tokens.iter().find(|t| t.text == w).expect("a token");
        assert!(at("Hereupon").sentence_start && !at("Zawadzki").sentence_start && at("Zawadzki").joined);
    }

    #[test]
    fn an_ayn_is_inside_a_word_and_a_quote_is_not() {
        // world-ce da 291048: `Ahmed Sa‘id, 'Returning from Cuba' (Excerpts)`.
        let words: Vec<&str> =
            tokenize("Ahmed Sa‘id, the ‘Times’ and Ja‘Far, Khomeini‘s").iter().map(|t| t.text).collect();
        assert_eq!(words, ["Ahmed", "Sa‘id", "the", "Times", "and", "Ja", "Far", "Khomeini", "s"]);
    }

    #[test]
    fn a_footnote_number_is_no_part_of_a_name() {
        // -g dvinci__node-91680: `To: [Aleksander] KRAJEWSKI1`, signed `[Bolesław] JELEŃ2`.
        let text = "To: [Aleksander] KRAJEWSKI1 from [Bolesław] JELEŃ2 on 1962 about MiG21 and B52";
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            ["To", "Aleksander", "KRAJEWSKI", "from", "Bolesław", "JELEŃ", "on", "1962", "about", "MiG", "and", "B52"]
        );
        // east-europe-bf, Husák with Kádár (1980): after a period too.
        let text = "Polish party leader Comrade Edward Gierek.54 Comrade Brezhnev; No.54 and 1.5";
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "Polish", "party", "leader", "Comrade", "Edward", "Gierek", "54", "Comrade", "Brezhnev", "No.54",
                "and", "1.5"
            ]
        );
    }

    #[test]
    fn initials_are_letters_with_periods() {
        fn initials(text: &str) -> Vec<&str> {
            tokenize(text).into_iter().filter(|t| t.initial).map(|t| t.text).collect()
        }
        assert_eq!(
            initials("M. A. Suslov, Zh. Batmunkh, Yu.V. Andropov and P.B. Ulanov"),
            ["M", "A", "Zh", "Yu.V", "P.B"]
        );
        assert_eq!(initials("Grishin V.V.; Mr. Smith; A Soviet note. St. Petersburg"), ["V.V"]);
    }
}
