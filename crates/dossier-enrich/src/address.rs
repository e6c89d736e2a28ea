//! Recipients read from the address block at the top of a document's body,
//! for documents whose title names no addressee.
//!
//! Letters, telegrams and reports of the period open with their addressee on
//! a line of its own, in a few shapes that hold across archives and languages
//! of origin:
//!
//! * an address line: `To: Comrade Ivanov`, `TO THE CC CPSU`, `sent to: Cdes.
//!   Molotov, Beria, Mikoyan, Malenkov`, `For Comrade Veljko Micunovic`;
//! * a cable's first line, place and addressee: `MOSCOW, VKP(b) CC, to Cdes.
//!   MOLOTOV, BERIA, MALENKOV, and MIKOYAN`;
//! * a short line that is only a comrade's name, often after the date, as a
//!   Soviet cover letter names its addressee: `6 May 1968 Comrade L.I.
//!   BREZHNEV.`;
//! * a salutation that names an office holder: `Comrade Ion Stoian, Candidate
//!   Member of …, Foreign Minister,`.
//!
//! Only the first lines of the body are read (the header zone), and a line
//! longer than a heading is never an address, so a sentence that starts with
//! "To the question of …" is left alone.

use std::sync::LazyLock;

use dossier_model::{Actor, ActorKind, Evidence, Extracted, TextField};
use regex::Regex;

use crate::lexicon::NOT_ADDRESSES;

/// The most words an address can have (`the Central Committee of the
/// Communist Party of the Soviet Union` has nine).
const MAX_ADDRESS_WORDS: usize = 10;

/// How many non-blank lines at the top of the body are read.
const HEADER_LINES: usize = 14;

/// The longest line that can be an address line.
const MAX_ADDRESS_LINE: usize = 160;

/// `To:`, `TO THE …`, `sent to:`, `Addressee:`, `For Comrade …` at a line start.
static ADDRESS_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?i:(?:sent\s+)?to|addressee):\s*(.+)|(?i:to)\s+((?i:the|comrades?|cdes?\.?)\s.+)|(?i:for)\s+((?i:comrades?|cdes?\.?)\s.+))$",
    )
        .expect("valid regex")
});

/// A header's sender line: `From: Embassy in Ottawa`.
static FROM_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?i:from):\s*(.+)$").expect("valid regex"));

/// A cable's first line: `MOSCOW, VKP(b) CC, to Cdes. MOLOTOV, BERIA, …`.
static CABLE_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Z .\-]+,.*?,?\s+to\s+((?i:comrades?|cdes?\.?)\s+.+)$").expect("valid regex")
});

/// A line that is only a comrade's name, after an optional date: `6 May 1968
/// Comrade L.I. BREZHNEV.`
static COMRADE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{1,2}\s+[A-Za-z]+\s+\d{4}\s+|[A-Za-z]+\s+\d{1,2},\s+\d{4}\s+)?((?:To\s+)?(?i:comrade|cde\.?)\s+(?:[A-Z][\w.'’\-]*\s*){1,4})[.!]$",
    )
    .expect("valid regex")
});

/// A salutation naming its addressee and office: `Comrade Ion Stoian,
/// Candidate Member …, Foreign Minister,` (the line ends with a comma).
static SALUTATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Dear\s+)?((?i:comrade|cde\.?)\s+(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w.'’\-]*),.*,$")
        .expect("valid regex")
});

/// `No. 728-A/OV To Comrade L. I. Brezhnev`: the addressee at a header line's end.
static TO_COMRADE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s((?:To|TO)\s+(?i:comrade|cde\.?)\s+(?:[A-Z][\w.'’\-]*\s*){1,4})\.?$").expect("valid regex")
});

/// `Dear Comrade Liebermann!`: a letter's salutation names its addressee.
static DEAR_COMRADE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^Dear\s+((?i:comrade|cde\.?)\s+(?:[A-Z][\w.'’\-]*\s*){1,4})[!,:]$").expect("valid regex")
});

/// True when one of the few lines after `offset` says the telegram was
/// received (`RECEIVED`, `TELEGRAM RECEIVED`).
fn received_header(body: &str, offset: usize) -> bool {
    body[offset..]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(3)
        .any(|l| matches!(l.to_uppercase().as_str(), "RECEIVED" | "TELEGRAM RECEIVED"))
}

/// A line in capitals that names an office (`SECRETARY OF STATE FOR EXTERNAL
/// RELATIONS`): at most ten words, no digits.
fn is_office_line(line: &str) -> bool {
    line.split_whitespace().count() <= MAX_ADDRESS_WORDS
        && !line.chars().any(|c| c.is_ascii_digit())
        && line.chars().any(char::is_alphabetic)
        && !line.chars().any(char::is_lowercase)
}

/// Words before a list of names that mark them all as people.
static NAME_LIST_CUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:comrades|cdes\.?)\s+").expect("valid regex"));

/// A leading honorific of one addressee.
static ONE_CUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:to\s+)?(?i:dear\s+)?(?i:comrade|cde\.?)\s+").expect("valid regex"));

/// The recipients named in the address block of `body`.
pub(crate) fn recipients(body: &str) -> Vec<Extracted<Actor>> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut n_lines = 0;
    for raw in body.split_inclusive('\n') {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end();
        let lead = line.len() - line.trim_start().len();
        let line = line.trim_start();
        if line.is_empty() {
            continue;
        }
        n_lines += 1;
        if n_lines > HEADER_LINES {
            break;
        }
        // The first line of prose ends the header zone: routing lines after
        // the text (`To be seen by / Comrade Szabó F.`) name no addressee.
        // A quoted citation the page put above the text is no prose.
        if line.len() > MAX_ADDRESS_LINE && line.starts_with(['"', '“']) {
            continue;
        }
        if line.len() > MAX_ADDRESS_LINE {
            break;
        }
        let at = line_start + lead;
        let (rule, found) = if let Some(c) = ADDRESS_LINE.captures(line) {
            ("actors.body.address_line", c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)))
        } else if let Some(c) = CABLE_TO.captures(line) {
            ("actors.body.cable_to", c.get(1))
        } else if let Some(c) = COMRADE_LINE.captures(line) {
            ("actors.body.comrade_line", c.get(1))
        } else if let Some(c) = SALUTATION.captures(line) {
            ("actors.body.salutation", c.get(1))
        } else if let Some(c) = TO_COMRADE_AT_END.captures(line) {
            ("actors.body.to_comrade", c.get(1))
        } else if let Some(c) = DEAR_COMRADE.captures(line) {
            ("actors.body.dear_comrade", c.get(1))
        } else if received_header(body, offset) && n_lines == 1 && is_office_line(line) {
            // `SECRETARY OF STATE FOR EXTERNAL RELATIONS / TELEGRAM / RECEIVED`:
            // the receiving office heads a telegram form.
            push_one(body, at, at + line.len(), "actors.body.received_by", ActorKind::Organization, &mut out);
            break;
        } else {
            continue;
        };
        // A list of comrades may be long; any other address is a heading.
        let short = |f: &regex::Match<'_>| {
            NAME_LIST_CUE.is_match(f.as_str()) || f.as_str().split_whitespace().count() <= MAX_ADDRESS_WORDS
        };
        let Some(found) = found.filter(short) else {
            continue;
        };
        push_addressees(body, at + found.start(), at + found.end(), rule, &mut out);
        if !out.is_empty() {
            break;
        }
    }
    out
}

/// The senders named by a `From:` line in the header zone of `body`.
pub(crate) fn senders(body: &str) -> Vec<Extracted<Actor>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for raw in body.split_inclusive('\n').take(HEADER_LINES * 2) {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end();
        let lead = line.len() - line.trim_start().len();
        let line = line.trim_start();
        if line.len() > MAX_ADDRESS_LINE {
            continue;
        }
        if let Some(found) = FROM_LINE.captures(line).and_then(|c| c.get(1))
            && found.as_str().split_whitespace().count() <= MAX_ADDRESS_WORDS
        {
            let at = line_start + lead;
            push_addressees(body, at + found.start(), at + found.end(), "actors.body.from_line", &mut out);
            break;
        }
    }
    out
}

/// Adds the addressee or addressees written in `body[start..end]`: a list
/// after `Comrades`/`Cdes.` is split into names; anything else is one actor.
fn push_addressees(body: &str, start: usize, end: usize, rule: &str, out: &mut Vec<Extracted<Actor>>) {
    let text = &body[start..end];
    if let Some(cue) = NAME_LIST_CUE.find(text) {
        let list_start = start + cue.end();
        let mut piece_start = list_start;
        let list = &body[list_start..end];
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        for (i, _) in list.match_indices(',') {
            let after = &list[i + 1..];
            let skip = after.len() - after.trim_start().len();
            let and = if after.trim_start().to_lowercase().starts_with("and ") { 4 } else { 0 };
            cuts.push((list_start + i, list_start + i + 1 + skip + and));
        }
        for (i, _) in list.match_indices(" and ") {
            if !cuts.iter().any(|&(a, b)| a <= list_start + i && list_start + i < b) {
                cuts.push((list_start + i, list_start + i + 5));
            }
        }
        cuts.sort_unstable();
        for (cut_start, cut_end) in cuts.into_iter().chain(std::iter::once((end, end))) {
            push_one(body, piece_start, cut_start, rule, ActorKind::Person, out);
            piece_start = cut_end;
        }
        return;
    }
    // `the Romanian Ministry of Foreign Affairs (Comrade Ion Ciubotaru)`: the
    // institution and, in brackets, the person addressed there.
    if let Some(open) = text.rfind('(').filter(|_| text.trim_end().ends_with(')')) {
        let inner_start = start + open + 1;
        let inner_end = start + text.trim_end().len() - 1;
        if ONE_CUE.is_match(&body[inner_start..inner_end]) {
            push_one(body, start, start + open, rule, ActorKind::Unknown, out);
            push_one(body, inner_start, inner_end, rule, ActorKind::Person, out);
            return;
        }
    }
    // `the Ministry of Foreign Affairs and Comrade [Li] Fuchun`: two addressees.
    if let Some(and) = AND_COMRADE.find(text) {
        push_one(body, start, start + and.start(), rule, ActorKind::Unknown, out);
        push_one(body, start + and.start() + 5, end, rule, ActorKind::Person, out);
        return;
    }
    let kind = if ONE_CUE.is_match(text) { ActorKind::Person } else { ActorKind::Unknown };
    push_one(body, start, end, rule, kind, out);
}

/// ` and Comrade …` inside an address: a second addressee.
static AND_COMRADE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r" and (?i:comrade|cde\.?)\s").expect("valid regex"));

fn push_one(body: &str, start: usize, end: usize, rule: &str, kind: ActorKind, out: &mut Vec<Extracted<Actor>>) {
    let raw = &body[start..end];
    let cue = ONE_CUE.find(raw).map_or(0, |m| m.end());
    let name = raw[cue..].trim().trim_end_matches(['.', ',', ';', ':', '!']).trim();
    let name = name.strip_prefix("the ").or_else(|| name.strip_prefix("THE ")).unwrap_or(name);
    let first_word = name.split_whitespace().next().unwrap_or_default().to_lowercase();
    if name.is_empty()
        || !name.trim_start_matches('[').starts_with(|c: char| c.is_uppercase())
        || NOT_ADDRESSES.contains(first_word.as_str())
    {
        return;
    }
    let name_start = start + raw.find(name).unwrap_or(0);
    let evidence = Evidence::new(TextField::Body, body, name_start, name_start + name.len());
    let actor = Actor { name: name.to_owned(), kind, aliases: Vec::new(), authority_id: None };
    out.push(Extracted::new(actor, rule, evidence));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str, expect: &[&str]) {
        let got: Vec<String> = recipients(body).iter().map(|a| a.value.name.clone()).collect();
        assert_eq!(got, expect, "{body}");
        for actor in recipients(body) {
            assert_eq!(&body[actor.evidence.start..actor.evidence.end], actor.value.name);
        }
    }

    /// Address blocks as the real pages of corpus/wilson-dev write them.
    #[test]
    fn address_blocks() {
        check(
            "STRICTLY SECRET\nReproduction prohibited\nsent to: Cdes. Molotov, Beria, Mikoyan, Malenkov, and [entered by hand:] the third unit\nCABLE",
            &["Molotov", "Beria", "Mikoyan", "Malenkov"],
        );
        check(
            "Personal. Secret.\nMOSCOW, VKP(b) CC, to Cdes. MOLOTOV, BERIA, MALENKOV, and MIKOYAN\nIn view of the desire",
            &["MOLOTOV", "BERIA", "MALENKOV", "MIKOYAN"],
        );
        check(
            "[The State Seal] Top Secret. Extremely Sensitive\nCommittee of State Security [KGB]\n6 May 1968 Comrade L.I. BREZHNEV.\nno. 1025-A/ov",
            &["L.I. BREZHNEV"],
        );
        check(
            "The Embassy of the SFRY\nMoscow\n \nFor Comrade Veljko Micunovic\n(for his personal use)",
            &["Veljko Micunovic"],
        );
        check(
            "18 December 1989, 12:35 pm\nComrade Ion Stoian, Candidate Member of the Executive Political Committee, Foreign Minister,\n1. We took note",
            &["Ion Stoian"],
        );
        check("TO THE CC CPSU\nOn the results", &["CC CPSU"]);
        check(
            "Cable\nTo the Ministry of Foreign Affairs and Comrade [Li] Fuchun:\nThe",
            &["Ministry of Foreign Affairs", "[Li] Fuchun"],
        );
        check("Sent to: See header\nApproved by:", &[]);
        check(
            "COMMITTEE ON STATE SECURITY OF THE USSR\n13.04.82.\nNo. 728-A/OV To Comrade L. I. Brezhnev\nMoscow",
            &["L. I. Brezhnev"],
        );
        check(
            "GDR Embassy to the DPRK\nPyongyang, 1 September, 1975\nMinistry for Foreign Affairs\nBerlin\nDear Comrade Liebermann!\n1. From",
            &["Liebermann"],
        );
        check(
            "SECRETARY OF STATE FOR EXTERNAL RELATIONS\nTELEGRAM\nRECEIVED\n13680\nFROM THE EMBASSY IN HAVANA",
            &["SECRETARY OF STATE FOR EXTERNAL RELATIONS"],
        );
        check(
            "Telegram\nTo: the Romanian Ministry of Foreign Affairs (Comrade Ion Ciubotaru)\nOn the",
            &["Romanian Ministry of Foreign Affairs", "Ion Ciubotaru"],
        );
    }

    #[test]
    fn from_lines_name_the_sender() {
        let body = "Telegram received\nFrom: Embassy in Ottawa\nDate: 02/11/77\nNo: 118";
        let got: Vec<String> = senders(body).iter().map(|a| a.value.name.clone()).collect();
        assert_eq!(got, ["Embassy in Ottawa"]);
    }

    #[test]
    fn sentences_and_participant_lists_are_no_addresses() {
        check("To the question of the border, the Soviet side replied at length in the talks.", &[]);
        check("Participants:\nComrade Shumilov Head of KGB Representation\nComrade Blinov Interpreter", &[]);
        // dvinci__node-97992 of corpus/wilson: a routing note after the text.
        let prose = "I pointed out in my response to Comrade Bang that the Hungarian Workers’ Party’s practice is not to engage in mere formalities and idling. Our party, as I said, welcomes collaboration frameworks that can be filled with meaningful content.";
        check(&format!("CIPHER TELEGRAM\n{prose}\nTo be seen by\nComrade Szabó F.\nSeen by"), &[]);
    }
}
