//! The signature at the end of a document's body: the person who signed it.
//!
//! Letters, telegrams and reports of the period close with their signer's
//! name on a line of its own, in a few shapes that hold across archives:
//!
//! * after a cue on the line or the line above: `Signed` / `Dumitru Popa`,
//!   `[signature] K. Chernenko`, `(Signed) SILOS`, `[Signature] (S. Chervonenko)`;
//!   a cued signature is read wherever it stands, since a page often goes on
//!   after the cover letter's signature with an attachment or the site's summary;
//! * after the signer's office or a closing formula ending with a comma:
//!   `The Ambassador,` / `G.W. Boissevain.`, `By order of the Minister` /
//!   `Irén Rózsa`;
//! * in brackets, as a German memorandum's drafter signs: `(Bitterlich)`;
//! * alone after the last paragraph (`Jenő Sebestyén`), or, in a FRUS
//!   telegram, the surname alone just before the source note (`Beam` /
//!   `Source: Department of State, …`);
//! * a telegram's surname after its date-time group (`2410-1830` / `Vazquez`);
//! * a cover letter's signer, dated on the line below, with the enclosure
//!   after it (`B. Lewandowski` / `Warsaw, July 28, 1969` / `Note`).
//!
//! Below the name only the signer's office, a registration number, a typist's
//! initials (`fb`), a footnote or a source note may follow. A name line must be made of name
//! words only (capitalized words and initials, no office, body, place or
//! function word), so a heading, a speaker's label or a truncated sentence at
//! the end of a page is not read as a signature.

use std::ops::Range;
use std::sync::LazyLock;

use dossier_model::{Actor, ActorKind, Evidence, Extracted, TextField};

use crate::lexicon::{HONORIFICS, NOT_NAMES, ORG_HEADS, SIGNATURE_CUES as CUES, TITLE_WORDS};
use crate::lines::{Line, non_empty_lines};
use regex::Regex;

/// How many lines above the body's end (or its source note) are searched.
const CLOSING_LINES: usize = 5;

/// The most words a signer's name has (`LUIZ LEIVAS BASTIAN PINTO`).
const MAX_NAME_WORDS: usize = 5;

/// True when `line` opens a source note or a footnote: what may follow a signature.
fn is_note(line: &str) -> bool {
    let lower = line.to_lowercase();
    ["source:", "[source", "(source", "nº", "no.", "translated", "[translated", "(translated", "document ", "translator"]
        .iter()
        .any(|p| lower.starts_with(p))
        || line.starts_with('[') && line[1..].starts_with(|c: char| c.is_ascii_digit())
        // `*Translator's Note: …`: a footnote marked with an asterisk.
        || line.starts_with('*') && line[1..].starts_with(char::is_alphabetic)
}

/// True when `line` is a filing mark that may stand below a signature: a
/// registration number or time group (`510599`, `2410-1830`) or a typist's
/// initials (`fb`, `jm/ab`).
fn is_filing_mark(line: &str) -> bool {
    is_number_group(line) || line.len() <= 5 && line.chars().all(|c| c.is_lowercase() || c == '/')
}

/// True when `line` is only digits with their separators (`510599`, `2410-1830`).
fn is_number_group(line: &str) -> bool {
    line.len() <= 16
        && line.chars().any(|c| c.is_ascii_digit())
        && line.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | ':' | '.' | ' '))
}

/// True when `line` is only a date (`December 4`, `4.XII.1954`): a
/// telegram's signer may date it on the line below the name, and a letterhead
/// may end with its date of writing (`crate::address`). The anchor only
/// lets a date without its year be read.
pub(crate) fn is_date_line(line: &str) -> bool {
    let line = line.trim_end_matches('.');
    line.split_whitespace().count() <= 4
        && dossier_dates::parse_date(line, &dossier_dates::Context::anchored(1950, None, None)).is_some()
}

/// True when `line` names an office (`Deputy Assistant Under-Secretary`, `The
/// Ambassador,`, `Minister of Foreign Affairs`): it may stand above or below
/// a signature.
fn is_office(line: &str) -> bool {
    // Asked of every line of a closing, so it allocates one buffer and stops
    // at the ninth word.
    if line.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut lower = String::new();
    let mut office = false;
    for (n, word) in line.split_whitespace().map(trim_word).filter(|w| !w.is_empty()).enumerate() {
        if n >= 8 {
            return false;
        }
        if !office {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            office = TITLE_WORDS.contains(lower.as_str()) || HONORIFICS.contains(lower.as_str());
        }
    }
    office
}

/// True when `line` opens with a title word and is no sentence: a long
/// office between two signatures (`Chief of a sector of the CPSU CC
/// Department`).
fn opens_with_title(line: &str) -> bool {
    let first = line.split_whitespace().next().map(trim_word).unwrap_or_default().to_lowercase();
    TITLE_WORDS.contains(first.as_str())
        && !line.contains(|c: char| c.is_ascii_digit())
        && !ends_prose(line)
        && line.split_whitespace().count() <= 16
}

/// A word without the punctuation at its edges.
fn trim_word(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// A closing formula or cue alone on the line above a signature (`Signed`,
/// `With Communist Greetings,`, `The Ambassador,`, `By order of the Minister`),
/// or a telegram's date-time group (`2410-1830`).
fn is_closing(line: &str) -> bool {
    is_cue(line) || line.ends_with(',') && line.len() <= 60 || is_office(line) || is_number_group(line)
}

/// True when an office's line ends with a bracketed signature cue
/// (`DEPUTY CHIEF OF THE USSR MFA FAR EAST DEPARTMENT [signature]`).
fn ends_with_cue(line: &str) -> bool {
    line.split_once(' ').is_some_and(|(_, rest)| {
        let last = rest.rsplit(' ').next().unwrap_or_default();
        let office = line[..line.len() - last.len()].trim_end();
        last.starts_with('[') && is_cue(last) && (is_office(office) || opens_with_title(office))
    })
}

/// True when `line` is a signature cue alone (`Signed`, `[Signature]`).
fn is_cue(line: &str) -> bool {
    let bare = line.trim_end_matches(':');
    CUES.iter().any(|c| line.eq_ignore_ascii_case(c) || bare.eq_ignore_ascii_case(c))
}

/// The length of the signature cue that opens `text`, the longest first
/// (`signed:` before `signed`); compared without allocating, as every line
/// of a body is asked.
fn cue_len(text: &str) -> Option<usize> {
    CUES.iter()
        .find(|c| text.as_bytes().get(..c.len()).is_some_and(|head| head.eq_ignore_ascii_case(c.as_bytes())))
        .map(|c| c.len())
}

/// True when the paragraph `line` ends a sentence (the last line of prose).
fn ends_prose(line: &str) -> bool {
    line.trim_end_matches(['"', '”', '’', '\'', ')', ']']).ends_with(['.', '!', '?', '…'])
}

/// True when `word` opens with an initial: a capital and a full stop (`A.`,
/// `K.`, `I.V.`).
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next() == Some('.')
}

/// True when `word` can stand in a signer's name: a capitalized word or an
/// initial, no office, body or listed non-name word.
fn name_word(word: &str) -> bool {
    // `A. Sukharev`, `I. Aboimov`: an initial, not the article or the pronoun.
    if is_initial(word.trim_start_matches('(')) {
        return true;
    }
    let bare = word.trim_matches(|c: char| matches!(c, '.' | ',' | '(' | ')'));
    let lower = bare.to_lowercase();
    !bare.is_empty()
        && bare.starts_with(|c: char| c.is_uppercase())
        // (`Ku[znetsov]`: an editor completed the surname.)
        && bare.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’' | '[' | ']'))
        && bare.matches('[').count() == bare.matches(']').count()
        && !NOT_NAMES.contains(lower.as_str())
        && !TITLE_WORDS.contains(lower.as_str())
        && !HONORIFICS.contains(lower.as_str())
        && !ORG_HEADS.contains(lower.as_str())
}

/// The byte ranges of every name written after a signature cue on its line,
/// wherever it stands in `body` (`[signed] Radmanesh` above the archive's
/// `[signed] Ivanov`): each one signed something, so each is a person, though
/// only the closing signer is the sender.
pub(crate) fn cued_names(body: &str) -> Vec<Range<usize>> {
    let lines = non_empty_lines(body);
    lines
        .iter()
        .enumerate()
        .filter_map(|(i, line)| {
            if cue_len(line.text).is_some() && !is_cue(line.text) {
                return name_in(line, Around::Above(None), false);
            }
            // Below an office whose line ends with the cue (`DEPUTY CHIEF OF
            // THE USSR MFA FAR EAST DEPARTMENT [signature]` / `(S. SUZDALEV)`).
            let above = lines[i.checked_sub(1)?];
            ends_with_cue(above.text).then(|| name_in(line, Around::Above(Some(above)), false)).flatten()
        })
        .collect()
}

/// Text between slashes after a space or at a line's start: how Soviet-era
/// translations mark a signature (`… I request you transmit this letter
/// /Siyamak Piras/`, `/K. Atanassov/`).
static SLASHED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)(?:^|[ \t])/(\p{Lu}[^/\n]{1,60}?)/(?:[ \t.,;]|$)").expect("valid regex"));

/// The byte ranges of names written between slashes, wherever they stand in
/// `body`: two to four name words, not all of them capitals unless one is an
/// initial (`/A. PUZANOV/`, never `/SW APO/`). Alone on its line such a pair
/// may be a heading (`/Stenographic Notes/`), so there it needs an initial or
/// a known given name first (`/Jan Hanuliak/`).
pub(crate) fn slashed_names(body: &str) -> Vec<Range<usize>> {
    SLASHED
        .captures_iter(body)
        .filter_map(|c| c.get(1))
        .filter(|m| {
            let words: Vec<&str> = m.as_str().split_whitespace().collect();
            let has_initial = words.iter().any(|w| is_initial(w));
            let shouted = words.iter().all(|w| !w.chars().any(char::is_lowercase));
            let line_start = body[..m.start() - 1].rfind('\n').map_or(0, |p| p + 1);
            let alone = body[line_start..m.start() - 1].trim().is_empty()
                && body[m.end() + 1..].split('\n').next().is_some_and(|rest| rest.trim().is_empty());
            let given = words.first().is_some_and(|w| crate::lexicon::GIVEN_NAMES.contains(w.to_lowercase().as_str()));
            (2..=4).contains(&words.len())
                && words.iter().all(|w| name_word(w))
                && (has_initial || !shouted)
                && (!alone || has_initial || given)
        })
        .map(|m| m.range())
        .collect()
}

/// The byte ranges of the signers' names in `body`, in the body's order: the
/// signer its closing has, if any, and those who signed with a cue on the
/// lines next to that one (`[signature] A. Sukharev` / `[signature] V. Kryuchkov` / …, a
/// memorandum several officials sign). In a `truncated` body the last line is
/// where the page was cut (`Dis`), and is passed over.
pub(crate) fn signatures(body: &str, truncated: bool) -> Vec<Range<usize>> {
    let mut lines = non_empty_lines(body);
    if truncated && lines.len() > 1 {
        lines.pop();
    }
    let Some(first) = closing_signer(&lines) else {
        return co_signed_anywhere(&lines).map(Vec::from).unwrap_or_default();
    };
    let Some(at) = lines.iter().position(|l| l.start <= first.start && first.end <= l.end()) else {
        return vec![first];
    };
    let mut all = vec![first];
    let cued = |line: &Line<'_>| {
        cue_len(line.text).filter(|_| !is_cue(line.text)).and_then(|_| name_in(line, Around::Above(None), false))
    };
    if cue_len(lines[at].text).is_none() {
        return all;
    }
    // Each signer's office may stand on the line above his name (`Chief of a
    // sector of the CPSU CC Department` / `[signature] (I. Kozlov)`).
    let more = |lines: &mut dyn Iterator<Item = &Line<'_>>| -> Vec<Range<usize>> {
        let mut found = Vec::new();
        let mut offices = 0;
        for line in lines {
            if let Some(name) = cued(line) {
                found.push(name);
                offices = 0;
            } else if offices == 0 && (is_office(line.text) || opens_with_title(line.text)) {
                offices += 1;
            } else {
                break;
            }
        }
        found
    };
    all.extend(more(&mut lines[..at].iter().rev()));
    all.extend(more(&mut lines[at + 1..].iter()));
    all.sort_by_key(|r| r.start);
    all
}

/// The byte range of the signer's name among the body's `lines`, if its
/// closing has one.
fn closing_signer(lines: &[Line<'_>]) -> Option<Range<usize>> {
    // A FRUS text goes on after the telegram with its source note and the
    // editor's notes: the closing is what comes before the first source note
    // past the header.
    let source = lines.iter().skip(3).position(|l| l.text.starts_with("Source:")).map(|p| p + 3);
    let end = source.unwrap_or(lines.len());
    let closing = &lines[end.saturating_sub(CLOSING_LINES)..end];
    // Below the name: at most two lines of office, numbers or notes.
    let mut k = closing.len();
    let mut skipped = 0;
    while k > 0
        && skipped < 2
        && (is_note(closing[k - 1].text)
            || is_office(closing[k - 1].text)
            || is_filing_mark(closing[k - 1].text)
            || is_date_line(closing[k - 1].text))
    {
        k -= 1;
        skipped += 1;
    }
    let at_end = k.checked_sub(1).and_then(|last| {
        let above = last.checked_sub(1).map(|p| closing[p]);
        name_in(&closing[last], Around::Above(above), source.is_some() && k == closing.len())
    });
    at_end
        .or_else(|| cued_anywhere(&lines[..end]))
        .or_else(|| dated_anywhere(&lines[..end]))
        .or_else(|| office_below_anywhere(&lines[..end]))
}

/// A signature where the page goes on after it (a copy list, a page cut
/// short): a name alone after the last line of prose or the place and date of
/// writing, its office on the line below (`Jarck` / `Acting Ambassador` / `CC:`
/// / …). The office is the cue: a single word is enough.
fn office_below_anywhere(lines: &[Line<'_>]) -> Option<Range<usize>> {
    (1..lines.len().saturating_sub(1)).find_map(|i| {
        let (above, line, below) = (lines[i - 1], &lines[i], lines[i + 1]);
        // Prose above, or the place and date of writing (`Sofia, 7 December
        // 1967` / `Ivan Bashev[1]` / `Minister of Foreign Affairs`).
        // (Not a letter's opening place and date above its addressee.)
        // The office below first: it rules out most lines cheaply.
        let signed = is_office(below.text)
            && below.text.split_whitespace().count() <= MAX_OFFICE_BELOW_WORDS
            && !ends_prose(below.text)
            && (ends_prose(above.text) || dates_a_letter(above.text) && i >= 2 && ends_prose(lines[i - 2].text));
        signed.then(|| name_in(line, Around::OfficeBelow, false)).flatten()
    })
}

/// How many words the office below a signature may have (`Acting
/// Ambassador`, `Deputy Head of the Far Eastern Department`).
const MAX_OFFICE_BELOW_WORDS: usize = 8;

/// True when `line` dates a letter, with or without its town (`February 27,
/// 1970`, `Warsaw, July 28, 1969`).
fn dates_a_letter(line: &str) -> bool {
    is_date_line(line)
        || line
            .split_once(',')
            .is_some_and(|(town, date)| is_date_line(date.trim()) && crate::entities::is_place_name(town.trim()))
}

/// A cover letter's signature where the page goes on after it: a name of two
/// words or more alone after the last line of prose, its date of writing on
/// the line below (`Wiktor Kinecki` / `February 27, 1970`, `B. Lewandowski` /
/// `Warsaw, July 28, 1969`, then the enclosed note: two lines or more).
fn dated_anywhere(lines: &[Line<'_>]) -> Option<Range<usize>> {
    (1..lines.len().saturating_sub(3)).find_map(|i| {
        let (above, line, below) = (lines[i - 1], &lines[i], lines[i + 1]);
        let dated = line.text.split_whitespace().count() >= 2 && ends_prose(above.text) && dates_a_letter(below.text);
        dated.then(|| name_in(line, Around::Above(Some(above)), false)).flatten()
    })
}

/// Two signers of one word each on lines of their own after the last line of
/// prose, the date of signing on the line below the second (`Langer` /
/// `Mahlow` / `14.12. [1978]`, an East German delegation's telegram): the
/// surnames of those who signed together.
fn co_signed_anywhere(lines: &[Line<'_>]) -> Option<[Range<usize>; 2]> {
    let one_word = |line: &Line<'_>| line.text.split_whitespace().count() == 1;
    (1..lines.len().saturating_sub(2)).find_map(|i| {
        let (above, first, second, below) = (lines[i - 1], &lines[i], &lines[i + 1], lines[i + 2]);
        if !(one_word(first) && one_word(second) && ends_prose(above.text)) {
            return None;
        }
        // An editor's bracket in the date is read as written, and a date in
        // figures as one word (`14.12. [1978]` is `14.12.1978`).
        let mut date = below.text.replace(['[', ']'], "");
        if date.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ' ') {
            date.retain(|c| c != ' ');
        }
        if !dates_a_letter(date.trim()) {
            return None;
        }
        Some([name_in(first, Around::CoSigned, false)?, name_in(second, Around::CoSigned, false)?])
    })
}

/// The first signature written after a cue, on its line or alone on the line
/// above (`Signed: N. Popa`, `[Signature] (S. Chervonenko)`), wherever it
/// stands in `lines`: a page goes on after a cover letter's signature.
fn cued_anywhere(lines: &[Line<'_>]) -> Option<Range<usize>> {
    lines.iter().enumerate().find_map(|(i, line)| {
        // Also a cue that ends the office's line above (`DEPUTY CHIEF OF THE
        // USSR MFA FAR EAST DEPARTMENT [signature]` / `(S. SUZDALEV)`).
        let above = i.checked_sub(1).map(|p| lines[p]).filter(|a| is_cue(a.text) || ends_with_cue(a.text));
        let cued_here = cue_len(line.text).is_some() && !is_cue(line.text);
        (cued_here || above.is_some()).then(|| name_in(line, Around::Above(above), false)).flatten()
    })
}

/// What stands around a line that may hold a signature.
#[derive(Clone, Copy)]
enum Around<'a> {
    /// The line above it, if there is one: a cue or a closing formula
    /// (`Sincerely,`, an office) cues the name, prose lets a longer one stand.
    Above(Option<Line<'a>>),
    /// An office alone on the line below, prose above (`Jarck` / `Acting
    /// Ambassador`): the office cues the name as an office above it would.
    OfficeBelow,
    /// One of two names on lines of their own above the date of signing
    /// (`Langer` / `Mahlow` / `14.12. [1978]`): the pair and the date cue it.
    CoSigned,
}

/// The name on `line`, given what is around it; `before_source` when nothing
/// but the source note follows it (a FRUS telegram's signature).
fn name_in(line: &Line<'_>, around: Around<'_>, before_source: bool) -> Option<Range<usize>> {
    // `(Bitterlich)`: a German memorandum's drafter signs in brackets.
    let bracketed = line.text.len() > 2 && line.text.starts_with('(') && line.text.ends_with(')');
    let text = if bracketed { &line.text[..line.text.len() - 1] } else { line.text };
    let cue = if bracketed { Some(1) } else { cue_len(text) };
    let rest = &text[cue.unwrap_or(0)..];
    let mut lead = rest.len() - rest.trim_start().len();
    let mut name = rest.trim();
    // `[Signature] (S. Chervonenko)`, `Signature:` / `[K. Tellalov]`: the
    // name in brackets after the cue.
    let cued_by = cue.is_some() || matches!(around, Around::Above(Some(a)) if is_cue(a.text));
    if cued_by
        && !bracketed
        && name.len() > 2
        && (name.starts_with('(') && name.ends_with(')') || name.starts_with('[') && name.ends_with(']'))
    {
        name = &name[1..name.len() - 1];
        lead += 1;
    }
    let name = name.trim_end_matches(['.', ',']);
    // `Ivan Bashev[1]`: an editor's footnote mark after the name.
    let name = match name.strip_suffix(']').and_then(|n| n.rsplit_once('[')) {
        Some((bare, mark)) if !mark.is_empty() && mark.len() <= 2 && mark.chars().all(|c| c.is_ascii_digit()) => {
            bare.trim_end()
        }
        _ => name,
    };
    // `Signed` / `Ambassador A. Păcurar`: after a cue, the signer's title
    // before his name is no part of it.
    let name = match name.split_once(' ') {
        Some((title, rest))
            if cued_by
                && TITLE_WORDS.contains(title.to_lowercase().as_str())
                && rest.split_whitespace().count() >= 2 =>
        {
            lead += name.len() - rest.len();
            rest
        }
        _ => name,
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    // A comma inside is a list (`Mikoyan, Kaganovich, Bulganin` of a
    // distribution line), not one name.
    if words.is_empty() || words.len() > MAX_NAME_WORDS || name.contains(',') || !words.iter().all(|w| name_word(w)) {
        return None;
    }
    let (closing_around, after_prose) = match around {
        Around::Above(above) => (above.is_some_and(|a| is_closing(a.text)), above.is_none_or(|a| ends_prose(a.text))),
        Around::OfficeBelow | Around::CoSigned => (true, true),
    };
    let cued = cue.is_some() || closing_around;
    let single_ok = cued || before_source;
    let accepted = if words.len() == 1 { single_ok } else { cued || after_prose };
    // A town may share a surname (`[signed] Ivanov`): after a cue on its line
    // only a state or a metropolis is read as no signer.
    let place = if cue.is_some() && !bracketed {
        crate::entities::is_state_or_metropolis(name)
    } else {
        crate::entities::is_place_name(name)
    };
    if !accepted || place {
        return None;
    }
    let start = line.start + cue.unwrap_or(0) + lead;
    Some(start..start + name.len())
}

/// The signer at `range` of `body` (as [`signatures`] found it) as a sender.
pub(crate) fn sender(body: &str, range: Range<usize>) -> Extracted<Actor> {
    let name = &body[range.clone()];
    let evidence = Evidence::new(TextField::Body, body, range.start, range.end);
    let actor = Actor { name: name.to_owned(), kind: ActorKind::Person, aliases: Vec::new(), authority_id: None };
    Extracted::new(actor, "actors.body.signature", evidence)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names between slashes and after cues, as real pages write them
    /// (`world-bz`, `east-europe-by`, `east-europe-y`, `east-europe-ac`,
    /// `east-europe-bb`).
    #[test]
    fn slashed_and_cued_names() {
        let names = |body: &str, found: Vec<Range<usize>>| -> Vec<String> {
            found.into_iter().map(|r| body[r].to_owned()).collect()
        };
        let letter = "Translation from the Persian\n\nIn the name of the struggle of the peoples I request you transmit this letter /Siyamak Piras/\n\nComrades from the Secretariat!";
        assert_eq!(names(letter, slashed_names(letter)), ["Siyamak Piras"]);
        let signed = "Head of the department:\n/K. Atanassov/\n\n/Jan Hanuliak/\n";
        assert_eq!(names(signed, slashed_names(signed)), ["K. Atanassov", "Jan Hanuliak"]);
        // A heading alone on its line, a party's letters in a sentence.
        let not_names = "/Stenographic Notes/\nIn October 1983 /SW APO/ delegation led by its Chairman";
        assert!(slashed_names(not_names).is_empty());
        // `world-ca`: a Romanian telegram's signer after his title.
        let telegram =
            "A cultural cooperation accord was signed at the end of the visit.\nSigned\nAmbassador A. Păcurar";
        assert_eq!(names(telegram, signatures(telegram, false)), ["A. Păcurar"]);
        let archive = "The CC of the People's Party of Iran\n[signed] Radmanesh\n7 July 1957\n[to the archives]\n[signed] Ivanov\nV. Gorbunov";
        assert_eq!(names(archive, cued_names(archive)), ["Radmanesh", "Ivanov"]);
        // `world-cj` dvinci__node-89535: two delegates sign an East German
        // telegram with their surnames, dated below (the page then repeats it).
        let telegram = "We must make better use for the revolution of the exiles' feelings for Cuba, he said.\nHe said it is better to have a “Trojan horse” over there in America than in Cuba.\nLanger\nMahlow\n14.12. [1978]\nvvs 282/78—Lightening\nComrade Honecker\nComrade Axen\nThe final meeting";
        assert_eq!(names(telegram, signatures(telegram, false)), ["Langer", "Mahlow"]);
        // `east-asia-cj` dvinci__document-journal-…-20-january-1956: the
        // covering note's signer below his office and its cue.
        let covering = "We are sending you the journal of Cde. V. I. Ivanov.\nAttachment: the aforementioned on nine pages\nDEPUTY CHIEF OF THE USSR MFA FAR EAST DEPARTMENT [signature]\n(S. SUZDALEV)\n1 - AS/yus\n1 - address[ee]\nNº 426-dv\n22 February 1956\n[handwritten:\nto the archives\ninformative material\nSOVIET EMBASSY IN THE DPRK\nJOURNAL\nI visited Kim Il Sung and delivered a memo to him.\nKim expressed gratitude for the material passed [him] and said that they wil";
        assert_eq!(names(covering, signatures(covering, true)), ["S. SUZDALEV"]);
    }

    fn signer(body: &str) -> Option<&str> {
        signature(body, false).map(|r| &body[r])
    }

    /// The first signer `signatures` reads.
    fn signature(body: &str, truncated: bool) -> Option<Range<usize>> {
        signatures(body, truncated).into_iter().next()
    }

    /// Closings as the real pages of corpus/wilson-dev and the FRUS volume write them.
    #[test]
    fn signatures_of_real_closings() {
        let prose = "The report was sent to the Ministry on the same day.";
        assert_eq!(signer(&format!("{prose}\nSigned\nDumitru Popa")), Some("Dumitru Popa"));
        assert_eq!(signer(&format!("{prose}\n\n\n\nJenő Sebestyén\n")), Some("Jenő Sebestyén"));
        assert_eq!(signer(&format!("{prose}\n[signature] K. Chernenko\n\nNº 13-op (1 page)\n")), Some("K. Chernenko"));
        assert_eq!(signer(&format!("{prose}\nThe Ambassador,\n\nG.W. Boissevain.\n")), Some("G.W. Boissevain"));
        assert_eq!(
            signer(&format!("{prose}\nBy order of the Minister\nIrén Rózsa\nDeputy Assistant Under-Secretary")),
            Some("Irén Rózsa")
        );
        assert_eq!(signer(&format!("Brazil-FRA. Position of Argentina.\n{prose}\n(Signed) SILOS")), Some("SILOS"));
        assert_eq!(signer(&format!("{prose}\n(Bitterlich)\n  [1] BArch, B 136/59748, 396-402.")), Some("Bitterlich"));
        // A telegram's surname after its date-time group; a typist's initials below a name.
        assert_eq!(signer(&format!("{prose}\n2410-1830\nVazquez")), Some("Vazquez"));
        // east-europe-ax, Bashev to the Bulgarian Politburo (1967): the place
        // and date above, an editor's footnote mark after the name, the
        // footnote and the site's summary below.
        let body = "A number of experts and technical assistants will be included in the delegation.\nSofia, 7 December 1967\nIvan Bashev[1]\nMinister of Foreign Affairs\n[1] Minister of Foreign Affairs (1962-1971).\nBulgarian Minister of Foreign Affairs Ivan Bashev proposes a list of Bulgarian government officials to visit Cuba.";
        assert_eq!(signer(body), Some("Ivan Bashev"));
        // Not the addressee under a letter's opening place and date.
        let letter = "Sofia, 7 December 1967\nTodor Zhivkov\nFirst Secretary of the Central Committee\nDear Comrade Zhivkov,\nThe delegation will leave on Monday.\nIvan Bashev\nMinister of Foreign Affairs\n[1] Minister of Foreign Affairs (1962-1971).\nBashev proposes a list of officials to visit Cuba.";
        assert_eq!(signer(letter), Some("Ivan Bashev"));
        assert_eq!(
            signer("The delegation will leave.\nSofia, 7 December 1967\nIvan Bashev [1]\nMinister of Foreign Affairs"),
            Some("Ivan Bashev")
        );
        assert_eq!(signer(&format!("{prose}\nDEL RIO\n510599\nfb")), Some("DEL RIO"));
        // east-asia-v, the Chinese embassy in Jakarta (1954): the name, the day
        // below it, and the page cut inside the next word.
        let cable =
            "It is said that the Bogor Conference can be delayed.\n\n \n\nZhong Qingfa\n\nDecember 4\n\n \n\nDis";
        assert_eq!(signature(cable, true).map(|r| &cable[r]), Some("Zhong Qingfa"));
        assert_eq!(signature(cable, false), None, "a complete body ends in its last line");
        // east-europe-ah 112576 and dvinci node 86815 (1969, 1970): a cover
        // letter's signer, dated below, then the enclosed note.
        let cover = "Please accept the proposals contained in this note.\n\nB. Lewandowski\n\nWarsaw, July 28, 1969\n\nNote\n\nThe International Department proposes to organize a meeting.\n\nThe first such meeting was organized in Moscow.";
        assert_eq!(signer(cover), Some("B. Lewandowski"));
        let cover = "The note includes the Department's propositions.\n\nWiktor Kinecki\nFebruary 27, 1970\n\n____\n\nNote regarding the consultation\n\nThe International Department proposes a meeting.";
        assert_eq!(signer(cover), Some("Wiktor Kinecki"));
        // wilson-dev east-asia-br, the Norwegian embassy in Washington (1976):
        // signed by authority (`Power of attorney:`, a translation of `Etter
        // fullmakt`), the office below, then a translator's footnote.
        let dispatch = "Attached is the Washington Post article.\nPower of attorney:\nSverre Stub\nEmbassy Secretary\n*Translator's Note: The Washington Post article is titled \"N. Korean Smuggling Tied to Debt.\"";
        assert_eq!(signer(dispatch), Some("Sverre Stub"));
        // east-europe-bs, the Soviet Foreign Ministry's cover note (1959): a
        // surname the editor completed.
        assert_eq!(signer(&format!("{prose}\n[signed] V. Ku[znetsov]\n21 January 1959")), Some("V. Ku[znetsov]"));
        // east-europe-e, the Katyn memorandum (1989): six officials sign.
        let katyn = "A draft CPSU CC decree is attached.\n[signature] A. Sukharev\n[signature] V. Kryuchkov\n[signature] I. Aboimov\n[signature] A. Pavlov\n[signature] V. Falin\n[signature] A. Kapto\n22 April 1989\nNº 17-305";
        let names: Vec<&str> = signatures(katyn, false).into_iter().map(|r| &katyn[r]).collect();
        assert_eq!(names, ["A. Sukharev", "V. Kryuchkov", "I. Aboimov", "A. Pavlov", "V. Falin", "A. Kapto"]);
        // A cued signature before an attachment or the page's summary.
        assert_eq!(
            signer(&format!(
                "{prose}\nSigned: N. Popa\nThe Embassy of Romania in the DPRK conveys the results of a meeting."
            )),
            Some("N. Popa")
        );
        assert_eq!(
            signer(&format!(
                "{prose}\nAmbassador of the USSR to the PRC\n[Signature] (S. Chervonenko)\nTop Secret\nRecord of conversation with the MPR ambassador.\nThe ambassador said that the talks went well.\nHe left at noon."
            )),
            Some("S. Chervonenko")
        );
        // east-europe-ab da__document-113661 and east-asia-n (Kalashnikov's
        // cover letter, 1946): a translation's marks of the signature.
        let cover = "The Politburo was informed.\n19.III.1974\n[19 March 1974]\nSignature:\n[K. Tellalov]\n\nMEMORANDUM\n\nOn 17 March 1974 the Secretary spoke with the guest.";
        assert_eq!(signer(cover), Some("K. Tellalov"));
        let cover = "I submit the memorandum of Lt. Col. Fedorov.\nCHIEF OF THE POLITICAL DIRECTORATE OF THE MARITIME MILITARY DISTRICT\nGENERAL-LIEUTENANT\n/signature/ KALASHNIKOV\nTwo copies printed\n1 - to the addressee";
        assert_eq!(signer(cover), Some("KALASHNIKOV"));
        assert_eq!(signer(&format!("{prose}\nSignature:\n[illegible]")), None);
        // world-bp dvinci__node-95042 (1955): two signers, each below his office.
        let cover = "We consider it possible to grant the request.\nChief of the CPSU CC Department for Relations with Foreign Communist Parties\n[signature] (B. Ponomarev)\n \nChief of a sector of the CPSU CC Department \n[signature] (I. Kozlov)\n \n5 May 1955\nNº 25-S-922";
        let names: Vec<&str> = signatures(cover, false).into_iter().map(|r| &cover[r]).collect();
        assert_eq!(names, ["B. Ponomarev", "I. Kozlov"]);
        // east-asia-ao, the GDR acting ambassador's note (1967): a surname,
        // his office below, then the copy list.
        let note = "- The DPRK has indicated its willingness to send workers to mine for coal and salt.\nJarck\nActing Ambassador\nCC:\n2x Far Eastern Department/Foreign Ministry\n1x Embassy\n1x File";
        assert_eq!(signer(note), Some("Jarck"));
        assert_eq!(
            signer(
                "Warsaw, March 7, 1961\n1254. Talks.\nNext meeting.\nApril 18, 2 p.m.\n\nBeam\n\nSource: Department of State, Central Files.\n\nBeam sent recommendations."
            ),
            Some("Beam")
        );
    }

    #[test]
    fn no_signature_in_headings_labels_or_cut_text() {
        let prose = "The report was sent to the Ministry on the same day.";
        // A speaker's label, then a name cut off at the page's end.
        assert_eq!(signer("JOHN WHITEHEAD:\nTODOR ZHIVKOV"), None);
        // A word alone after prose, without a cue or a source note.
        assert_eq!(signer(&format!("{prose}\nChair")), None);
        // Headings and numbered sections.
        assert_eq!(signer(&format!("{prose}\nQuestion of Cuba.")), None);
        assert_eq!(signer("Article I\nArticle II"), None);
        assert_eq!(signer(&format!("{prose}\nPyongyang 4 March 1953.")), None);
        // A distribution list continued from the line above.
        assert_eq!(
            signer(&format!("{prose}\nCopies: Stalin (2), Molotov, Malenkov, Beria,\nMikoyan, Kaganovich, Bulganin")),
            None
        );
        // A place in brackets.
        assert_eq!(signer(&format!("{prose}\n(Moscow)")), None);
        // A place.
        assert_eq!(signer(&format!("{prose}\nSigned\nMoscow")), None);
    }
}
