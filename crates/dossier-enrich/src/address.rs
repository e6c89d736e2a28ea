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
//!   Member of …, Foreign Minister,`, `[Foreign Affairs] Minister, Cde. Ioan
//!   Stoian,`;
//! * an office addressed on one line and its holder on the next (`To the
//!   Minister of Foreign Affairs …` / `Comrade Gromyko`);
//! * an editor's bracket opening the addressee's name (`[To Amb. Alfonso]
//!   García Robles`).
//!
//! `Comrade`, `Cde.`, `Com.` and `tov.` are the cues of a comrade's name.
//!
//! Only the first lines of the body are read (the header zone), and a line
//! longer than a heading is never an address, so a sentence that starts with
//! "To the question of …" is left alone.

use std::sync::LazyLock;

use dossier_model::{Actor, ActorKind, Evidence, Extracted, TextField};
use regex::Regex;

use crate::lexicon::{ACTOR_PERSON_TITLES, NOT_ADDRESSES, NOT_NAMES, ORG_HEADS, TITLE_WORDS, TOPIC_WORDS};

/// The most words an address can have (`the Central Committee of the
/// Communist Party of the Soviet Union` has nine).
const MAX_ADDRESS_WORDS: usize = 10;

/// The most words an address after an explicit `To:` label can have (`To:
/// The Foreign Affairs Offices and Overseas Chinese Affairs Offices of
/// Guangxi (autonomous region), Fujian and Yunnan Province:`).
const MAX_LABELED_ADDRESS_WORDS: usize = 25;

/// How many bytes at the start of a body whose lines were flattened (a PDF
/// export's one-line text) are searched for an inline address.
const INLINE_ADDRESS_ZONE: usize = 600;

/// How many non-blank lines at the top of the body are read.
const HEADER_LINES: usize = 14;

/// The longest line that can be an address line.
const MAX_ADDRESS_LINE: usize = 160;

/// `To:` (or `To –`, or a typewriter's `TO :`), `TO THE …`, `sent to:`,
/// `Addressee:`, a telex's `ATTN:`, a routing memo's `For the information of:`
/// (or `For information of:`), an editor's `[To]` or `[to the]`, `For Comrade …` at a
/// line start; a proposal's `submitted to the Secretariat` (`presented`,
/// `addressed`, `forwarded` too).
static ADDRESS_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:(?i:(?:sent\s+)?to|addressee|attn\.?|for\s+(?:the\s+)?information\s+of)(?:\s?:|\s+[–—])|\[(?i:to(?:\s+the)?)\]:?)\s*(.+)|(?i:(?:(?:submitted|presented|addressed|forwarded)\s+)?to)\s+((?i:the|comrades?|cdes?\.?)\s.+)|(?i:for)\s+((?i:comrades?|cdes?\.?)\s.+))$",
    )
        .expect("valid regex")
});

/// A heading sentence naming the paper, its sender and its addressee: `The
/// report submitted by Foreign Minister Corneliu Mănescu to the members of the
/// Politburo of the RWP CC, regarding …` (the addressee, up to a comma).
static SUBMITTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?i:(?:the\s+|this\s+)?(?:report|letter|note|information|memorandum|proposal)\s+(?:submitted|sent|addressed|presented)\s+by)\s+[^,;:]{3,80}?\s+to\s+((?i:the|comrades?|cdes?\.?)\s+[^,;:()]{3,100}?)\s*(?:,|;|:|\(|\.?$)",
    )
    .expect("valid regex")
});

/// A header's sender line: `From: Embassy in Ottawa`, a routing memo's `Produced by:
/// General Directorate for Nuclear Affairs`, a resolution's `Submitted by : Comrade
/// Barak, September 19, 1956` (a date after the last comma is left out: [`without_date_tail`]), an Indian memorandum's `From – The
/// Indian Trade Agent, Gyantse` (a dash for the colon).
static FROM_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:from|produced\s+by|submitted\s+by)(?:\s?:|\s+[–—])\s*(.+?)$").expect("valid regex")
});

/// A cable form's routing line: `From Brasemb Baires to Exteriores  4/9/87`
/// (sender, addressee, then a date or nothing).
static FROM_TO_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:from)\s+([A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*){0,3})\s+(?i:to)\s+([A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*){0,3})(?:\s+[\d/.\-]+)?$")
        .expect("valid regex")
});

/// A cable's first line: `MOSCOW, VKP(b) CC, to Cdes. MOLOTOV, BERIA, …`.
static CABLE_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Z .\-]+,.*?,?\s+to\s+((?i:comrades?|cdes?\.?)\s+.+)$").expect("valid regex")
});

/// A line that is only a comrade's name, after an optional date: `6 May 1968
/// Comrade L.I. BREZHNEV.`, `Com. Kruczkowski`, `Comrade dr. Péter Várkonyi`.
static COMRADE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{1,2}\s+[A-Za-z]+\s+\d{4}\s+|[A-Za-z]+\s+\d{1,2},\s+\d{4}\s+)?((?:To\s+)?(?i:comrade\.?|cde\.?|com\.|tov\.)\s+(?:(?i:dr\.?|prof\.?)\s+)?(?:[A-Z][\w.'’\-]*\s*){1,4})[.!]?$",
    )
    .expect("valid regex")
});

/// A British addressee line: `P E Rosling Esq MVO` (initials, surname,
/// `Esq`, post-nominal letters).
static ESQUIRE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:[A-Z]\.?\s+){1,3}[A-Z][\w'’\-]+),?\s+Esq\.?(?:,?\s+[A-Z]{2,5})*\.?$").expect("valid regex")
});

/// A British minute's addressee alone on a header line, `Mr` without a
/// period (`Mr Mansfield`), or a French letter's inside address in
/// translation (`Mister COUVE DE MURVILLE` above `Minister of foreign
/// affairs`, a particle inside the name); read only when it is the header's
/// one such line, so a list of those present is not taken for addressees.
static MISTER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:Mr|Mrs|Miss|Ms|Sir|Mister|Monsieur)\s+(?:[A-Z]\.?\s+){0,2}[A-Z][\w'’\-]+(?:\s+(?i:de|du|de\s+la|von|van|der)\s+[A-Z][\w'’\-]+)?)$")
        .expect("valid regex")
});

/// A salutation naming its addressee and office: `Comrade Ion Stoian,
/// Candidate Member …, Foreign Minister,`, or the office or body first:
/// `[Foreign Affairs] Minister, Cde. Ioan Stoian,`, `MFA – Comrade Minister
/// Ioan Totu,` (the line ends with a comma).
static SALUTATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:Dear\s+)?(?:[^,–—]{2,60}(?:,|\s[-–—])\s+)?((?i:comrade|cde\.?|com\.|tov\.)\s+(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w.'’\-]*),(?:.*,)?$",
    )
    .expect("valid regex")
});

/// Words of a heading that names an encounter, never an addressee's office.
const OCCASION_WORDS: &[&str] = &["conversation", "discussion", "meeting", "talk", "talks", "with"];

/// `[To Amb. Alfonso] García Robles`: an editor's bracket opens the line with
/// `To` and the first words of the addressee.
static BRACKET_TO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[(?i:to)\s+([A-Z][^\[\]]*\]\s*[A-Z][^\[\]]{1,80})$").expect("valid regex"));

/// `for the members of the Political Committee`: a line of its own saying
/// whose members the paper is for (group 1: the body).
static MEMBERS_FOR_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?i:for\s+(?:the\s+)?(?:(?:candidate|substitute)\s+)?members\s+of\s+(?:the\s+)?)(\p{Lu}[^,;:.]*?)[.:]?$",
    )
    .expect("valid regex")
});

/// `Note for Mister D II`, `Information for Comrade Kádár`, `Notice for
/// Comrade Fischer`: a note's heading
/// names whom it is for (a capitalized name after an optional honorific).
static NOTE_FOR_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:note|notice|information|memorandum)\s+(?i:for)\s+(?:(?i:mister|mr\.?)\s+)?((?:(?i:comrades?|cdes?\.?)\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,5})$")
        .expect("valid regex")
});

/// `To Deputy People’s Commissar of Foreign Affairs`, `To Ambassador Ivanov`: a
/// header line that addresses an office or its holder; the first word must be
/// a person's title.
static TO_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:To|TO)\s+([A-Z][\w’'\-]*(?:\s+\S+)*)$").expect("valid regex"));

/// `No. 728-A/OV To Comrade L. I. Brezhnev`: the addressee at a header line's end.
static TO_COMRADE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s((?:To|TO)\s+(?i:comrade|cde\.?|com\.|tov\.)\s+(?:[A-Z][\w.'’\-]*\s*){1,4})\.?$")
        .expect("valid regex")
});

/// `To Direction I Relations, to Comrade Director Ion Ciubotaru`: a header
/// line addressed to an office that ends with the comrade who heads it.
static TO_OFFICE_COMRADE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:To|TO)\s[^,;:]{2,60}?,?\s(?:to\s+)?((?i:comrade|cde\.?|com\.|tov\.)\s+(?:[A-Z][\w.'’\-]*\s+){0,4}[A-Z][\w'’\-]*)\.?$")
        .expect("valid regex")
});

/// `Dear Comrade Liebermann!`, `Esteemed Comrade Josip Broz Tito,`: a letter's
/// salutation names its addressee.
static DEAR_COMRADE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Dear|Esteemed|Respected|Honou?red|(?:Deeply|Highly)\s+respected|Much\s+esteemed)\s+((?i:comrade|cde\.?|com\.|tov\.)\s+(?:[A-Z][\w.'’\-]*\s*){1,4})[!,:]$").expect("valid regex")
});

/// A routing line of a cable form (`Forward to: …`, `Already forwarded to:
/// …`, `Copy to: …`): a header line however long, never the address.
static ROUTING_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:(?:already\s+)?(?:forward(?:ed)?|transmitted|copy|copies|cc)(?:\s+to)?\s*:)")
        .expect("valid regex")
});

/// A numbered copy's marker (`Copy Nº 4` of `Copy Nº 4 - to Molotov`): a line
/// with two or more is the distribution of the copies, not the address, and
/// [`copies`] reads each copy alone.
static COPY_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bcopy\s+n[º°o]\.?\s*\d+").expect("valid regex"));

/// An editor's note that quotes an address written on the page
/// (`[handwritten at the top: "To Cde. Molotov"]`): the quoted address.
static QUOTED_ADDRESS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^\[[^\]"“]*["“]((?i:to)\s[^"”\]]+?)\.?["”]\s*\]$"#).expect("valid regex"));

/// A routing instruction that names the addressee (`Please [send to] the
/// Premier [for] Approval.`, `Send to CC CPSU A. Mikoyan …`): the capitalized
/// words after it, up to an initial.
static SEND_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:please\s+)?\[?(?i:send|forward|submit)\s+to\]?\s+((?i:the\s+)?\p{Lu}[\w'’\-]+(?:\s+\p{Lu}[\w'’\-]+){0,5})")
        .expect("valid regex")
});

/// A distribution line before a list of addressees (`Produced in 5 copies
/// for:`, the formula of Hungarian Foreign Ministry reports).
static COPIES_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:(?:produced|made|prepared|printed|typed)\s+in\s+\d+\s+copies\s+(?:for|to)\s*:)$")
        .expect("valid regex")
});

/// The closing formula of a distribution list: `Five copies printed`,
/// `Printed in 5 copies`, `Five copies sent`; a few letters may trail it
/// (`Five copies printed v[i]`, `Five copies printed - vp`: an initial or the
/// typist's mark).
static COPIES_PRINTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:(?:\w+\s+copies\s+(?:printed|typed|made|sent))|(?:printed|typed)\s+in\s+\w+\s+copies)(?:[.:]?$|\s+(?:[-–]\s*)?\S{1,6}$)")
        .expect("valid regex")
});

/// A numbered copy line: `Nº 2 – to Stalin`, `Copy Nº 3 to Cde. Molotov`.
static COPY_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:copy\s+)?(?:Nº|No\.?|№)\s*\d{1,2}\s*[-–—]?\s*(?i:to)\s+(\S.{0,80})$").expect("valid regex")
});

/// A numbered copy's addressee: `1 - Cde. A. A. Gromyko`, `3. DVO, USSR MFA`,
/// `2nd - to Cde. Yu. V. Andropov`.
static NUMBERED_COPY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}(?:st|nd|rd|th)?(?:\s*[.)]\s*[-–]?|\s*[-–])\s*(\S.*)$").expect("valid regex")
});

/// A list item line: `- Comrade Péter`, `• Department`.
static BULLET: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[-–•*]\s+(\S.*)$").expect("valid regex"));

/// An institution on a line of its own that ends with a colon, as a Chinese
/// cable opens (`Ministry of Foreign Affairs:`): the addressee.
static INSTITUTION_COLON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([A-Z][^:;.!?\d]{2,100}):$").expect("valid regex"));

/// A heading line that opens with `TO` in capitals (`TO CC BCP [Central
/// Committee of the Bulgarian Communist Party] POLITBURO`): its addressee.
static CAPS_TO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^TO\s+(\p{Lu}.*?)\.?$").expect("valid regex"));

/// A line of an editor's bracket with an office and a given name, then a
/// surname (`[Deputy Foreign Minister Antonin] Gregor.`, `To [Foreign Minister
/// Stefan] Olszowski`).
static BRACKETED_OFFICE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:To|TO)\s+)?\[([^\[\]]{3,80})\]\s+(\p{Lu}[\p{L}’'\-]+)\.?$").expect("valid regex")
});

/// An institution on a line of its own that ends with a comma (`Military
/// Intelligence Department,`): the addressee when it is the body's first line.
static INSTITUTION_COMMA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([A-Z][^:;,.!?\d]{2,100}),$").expect("valid regex"));

/// An address at the start of a flattened text, up to its colon: `[To] the
/// Central Committee International Liaison Department, Premier [Zhou Enlai],
/// …, and the Northeast Bureau:`, `To the Foreign Ministry:`.
static INLINE_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:\[To\]|To)\s+((?:the\s+)?[A-Z\[][^:;.!?]{2,240}):\s").expect("valid regex")
});

/// A Mexican letter's addressee after `C.` (*Ciudadano*, citizen) on a line
/// of its own: `C. Manuel Tello,`, `C. General Directorate of the Diplomatic
/// Service`.
static CITIZEN_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^C\.\s+(\p{Lu}[^,;:.!?]*?),?$").expect("valid regex"));

/// An address of several bodies on a line of its own, up to the colon that
/// ends the line (group 1): `To the Embassies and Offices of the Charge
/// d'Affaires in Foreign Countries and the Delegation in Xiangkhoang:`, `[To]
/// All Provincial, Municipal, and Autonomous Region Party Committees, …:`.
static LONG_COLON_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\[To(?:\s+the)?\]|To)\s+((?:the\s+)?[A-Z\[][^:;!?]{2,400}?):$").expect("valid regex")
});

/// How many words an address that ends with its colon may have.
const MAX_COLON_ADDRESS_WORDS: usize = 45;

/// The items of a list of bodies (byte ranges into `list`): cut at the commas
/// outside an editor's brackets, a leading `and` left out (`All Provincial,
/// Municipal, and Autonomous Region Party Committees, Party Organizations of
/// Government Offices …, the [People’s Liberation Army] General Political
/// Department, and the Communist Youth League Central Committee`). Commas
/// between the adjectives of one body (`All Provincial, Municipal, and
/// Autonomous Region Party Committees`) and before the body a body belongs to
/// keep their item whole: an item is cut only where what comes before it
/// names several bodies or what comes after it opens one with its article.
fn bodies_of_list(list: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (i, c) in list.char_indices() {
        match c {
            '[' | '(' => depth += 1,
            ']' | ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 && (ends_with_bodies(&list[start..i]) || starts_a_body(&list[i + 1..])) => {
                cuts.push((start, i));
                start = i + 1;
            }
            // `the Foreign Ministry and the International Liaison
            // Department, …`: two bodies, each with its article.
            ' ' if depth == 0
                && list[i..].starts_with(" and the ")
                && (names_institution(&list[start..i]) || ends_with_bodies(&list[start..i])) =>
            {
                cuts.push((start, i));
                start = i + " and ".len();
            }
            _ => {}
        }
    }
    cuts.push((start, list.len()));
    cuts.into_iter()
        .map(|(a, b)| {
            let piece = &list[a..b];
            let trimmed = piece.trim_start();
            let skip = piece.len() - trimmed.len() + if trimmed.starts_with("and ") { 4 } else { 0 };
            (a + skip, b)
        })
        .filter(|(a, b)| a < b)
        .collect()
}

/// True when what follows a list's comma opens a new body with its article
/// (`, and the Kaesong Liaison Office`), not an adjective of the same one
/// (`, Municipal, and Autonomous Region Party Committees`).
fn starts_a_body(rest: &str) -> bool {
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("and ").unwrap_or(rest);
    rest.starts_with("the ")
}

/// True when `piece` ends with several bodies of a kind (`… Autonomous Region
/// Party Committees`, `People’s Associations`): the list's next item is
/// another. After one body a comma may go on with the body it belongs to
/// (`the International Liaison Department, Central Committee, Communist Party
/// of China`).
fn ends_with_bodies(piece: &str) -> bool {
    let last = piece.split_whitespace().last().unwrap_or_default().trim_matches(|c: char| !c.is_alphanumeric());
    last.starts_with(char::is_uppercase)
        && crate::entities::names::singular(&last.to_lowercase()).is_some_and(|one| ORG_HEADS.contains(one.as_str()))
}

/// A comrade addressed in capitals inside a flattened text, up to the comma
/// before the office: `… FROM 2 JUNE 1961[1] TO Comrade Anton Yugov, Prime
/// Minister of PR of Bulgaria Comrade Yugov, …` (a heading's `TO`, never the
/// preposition of running text).
static INLINE_TO_COMRADE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)TO\s+((?i:comrades?|cdes?\.?)\s+[A-Z][^\s,;:.!?]*(?:\s+[A-Z][^\s,;:!?]*){0,3}),")
        .expect("valid regex")
});

/// True when every word of `text` is capitalized, bracketed, or a small
/// function word: a name, not a sentence (`the question of the border`).
fn reads_as_names(text: &str) -> bool {
    text.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| matches!(c, ',' | '(' | ')'));
        w.is_empty()
            // `Washington – Soviet Ambassador`: a post's place before a dash.
            || matches!(w, "–" | "—")
            || w.starts_with(|c: char| c.is_uppercase() || c == '[')
            || crate::lexicon::NAME_FUNCTION_WORDS.contains(w)
            || is_ordinal(w)
    })
}

/// True when `line` names an institution: a word of it is an institution's
/// head noun (`Ministry`, `Department`, `Bureau`), last or before the
/// institution's domain (`Ministry of Foreign Affairs`), not before another
/// noun (`Committee Members`). A mission may be "to" its host (`GDR Embassy
/// to DPRK`).
pub(crate) fn names_institution(line: &str) -> bool {
    let raw: Vec<&str> = line.split_whitespace().collect();
    let bare: Vec<&str> = raw.iter().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    let words: Vec<String> = bare.iter().map(|w| w.to_lowercase()).collect();
    words.iter().enumerate().any(|(i, w)| {
        let mission = matches!(w.as_str(), "embassy" | "legation" | "mission" | "consulate");
        // `First Direction – Relations`: a Romanian ministry's directorate
        // (`Direcția`) as translations name it, an ordinal before it and its
        // field after a dash (not `Direction of Soviet Foreign Policy`).
        let direction = w == "direction"
            && bare[i].starts_with('D')
            && i > 0
            && (is_ordinal(&words[i - 1]) || crate::lexicon::ORDINAL_WORDS.contains(words[i - 1].as_str()))
            && raw.get(i + 1).is_some_and(|n| matches!(*n, "–" | "-" | "—"));
        (ORG_HEADS.contains(w.as_str()) || direction)
            && words.get(i + 1).is_none_or(|n| {
                matches!(n.as_str(), "of" | "for" | "on" | "in" | "and" | "")
                    || mission && n == "to"
                    // `Main Department XX`, `Regional Division IV`: the unit's
                    // number in roman numerals, last on the line.
                    || i + 2 == raw.len() && is_roman_numeral(raw[i + 1])
                    // `First Division, MFA`: the body it belongs to, abbreviated
                    // after a comma (not a stamp's `EMBASSY [USSR MFA`).
                    || raw[i].ends_with(',')
                        && crate::lexicon::ABBREVIATIONS.contains_key(raw[i + 1].trim_end_matches(['.', ',', ';']))
            })
    })
}

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

/// A leading honorific of one addressee, and a doctor's or professor's title
/// after it.
static ONE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:to\s+)?(?i:dear\s+)?(?i:comrade\.?|cde\.?|com\.|tov\.)\s+(?:(?i:dr\.?|prof\.?)\s+)?")
        .expect("valid regex")
});

/// A header line that is only a party's Central Committee (`CC CPSU`, `CPSU
/// CC`, `VKP(b) CC`, `CC of the RWP`, `CPSU CENTRAL COMMITTEE`), perhaps its
/// Presidium: the addressee of a Soviet-bloc paper. The party must be a known
/// abbreviation (a letterhead spells the party out: `Communist Party of the
/// Soviet Union` / `CENTRAL COMMITTEE`).
static CENTRAL_COMMITTEE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\[?(?:to\s+the\]?\s+)?((?:(?:CC|(?i:central\s+committee))\s+(?i:of\s+the\s+)?(?P<party>[A-Z][A-Za-z()]+)|(?P<party2>[A-Z][A-Za-z()]+)\s+(?:CC|(?i:central\s+committee)))(?:\s+(?i:presidium))?)\.?$")
        .expect("valid regex")
});

/// The recipients named in the address block of `body`.
pub(crate) fn recipients(body: &str) -> Vec<Extracted<Actor>> {
    let mut out = Vec::new();
    let one_mister = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEADER_LINES)
        .filter(|l| MISTER_LINE.is_match(l))
        .count()
        == 1;
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
        // A quoted citation the page put above the text is no prose, nor is
        // a cable form's routing line.
        if line.len() > MAX_ADDRESS_LINE && line.starts_with(['"', '“']) || ROUTING_LINE.is_match(line) {
            continue;
        }
        // `To` alone on its line, the addressee on the next (`To` /
        // `Politburo of the Central Committee of the Bulgarian Communist
        // Party` / `MEMORANDUM`).
        if is_bare_to(line)
            && let Some((at, next)) = lines_after(body, offset, 1).next()
            && next.split_whitespace().count() <= MAX_ADDRESS_WORDS
            && !next.ends_with('.')
        {
            push_addressees(body, at, at + next.len(), "actors.body.address_line", &mut out);
            if !out.is_empty() {
                break;
            }
        }
        // `The report submitted by Foreign Minister Corneliu Mănescu to the
        // members of the Politburo of the RWP CC, regarding …`: a heading
        // sentence that says who sent the paper to whom.
        if let Some(found) = SUBMITTED_BY.captures(line).and_then(|c| c.get(1)) {
            // `the members of the Politburo …`: the body its members sit on.
            let members = ["the members of ", "members of "].iter().find(|p| found.as_str().starts_with(**p));
            let at = line_start + lead + found.start() + members.map_or(0, |p| p.len());
            push_addressees(body, at, line_start + lead + found.end(), "actors.body.submitted_by", &mut out);
            break;
        }
        // `To the Embassies and Offices of the Charge d'Affaires in Foreign
        // Countries and the Delegation in Xiangkhoang:`, `[To] All Provincial,
        // …, and the Communist Youth League Central Committee:`: a circular's
        // bodies, addressed on a line of their own up to its colon, may run
        // past any other address's length; a cover letter's address above the
        // telegram it forwards leaves room for the telegram's own below.
        if let Some(list) = LONG_COLON_ADDRESS.captures(line).and_then(|c| c.get(1)).filter(|l| {
            let n = l.as_str().split_whitespace().count();
            n > MAX_ADDRESS_WORDS && n <= MAX_COLON_ADDRESS_WORDS && names_institution(l.as_str())
        }) {
            let base = line_start + lead + list.start();
            for (a, b) in bodies_of_list(list.as_str()) {
                push_addressees(body, base + a, base + b, "actors.body.address_colon", &mut out);
            }
            continue;
        }
        // A heading in title case (the paper's title repeated above the
        // salutation) is no prose either.
        if line.len() > MAX_ADDRESS_LINE && !is_heading(line) {
            break;
        }
        let mut at = line_start + lead;
        if COPY_NUMBER.find_iter(line).nth(1).is_some() {
            continue;
        }
        let line = match QUOTED_ADDRESS.captures(line).and_then(|c| c.get(1)) {
            Some(quoted) => {
                at += quoted.start();
                quoted.as_str()
            }
            None => line,
        };
        if let Some(found) = SEND_TO.captures(line).and_then(|c| c.get(1)) {
            // The address block may go on (`Send to CC CPSU` above `To
            // Comrade MIKOYAN, A.I.`).
            push_addressees(body, at + found.start(), at + found.end(), "actors.body.send_to", &mut out);
            continue;
        }
        // `CC CPSU` alone on a header line: the Central Committee the paper
        // is addressed to (the block may go on with a comrade's name).
        if let Some(c) = CENTRAL_COMMITTEE_LINE.captures(line)
            && let Some(party) = c.name("party").or_else(|| c.name("party2"))
            && crate::lexicon::ABBREVIATIONS.contains_key(party.as_str())
        {
            let name = c.get(1).expect("the whole designation");
            push_one(
                body,
                at + name.start(),
                at + name.end(),
                "actors.body.central_committee",
                ActorKind::Organization,
                &mut out,
            );
            continue;
        }
        // `- Comrade Puja` / `- Comrade Hollai` / … / `- Department`: a
        // Hungarian Foreign Ministry record's distribution list in its header,
        // without the `Produced in … copies for:` line above it.
        let comrade_item = BULLET.captures(line).and_then(|c| c.get(1)).is_some_and(|i| ONE_CUE.is_match(i.as_str()));
        if comrade_item
            && body[offset..].lines().map(str::trim).find(|l| !l.is_empty()).is_some_and(|next| BULLET.is_match(next))
        {
            distribution_list(body, line_start, &mut out);
            break;
        }
        if COPIES_FOR.is_match(line) {
            distribution_list(body, offset, &mut out);
            if !out.is_empty() {
                break;
            }
            continue;
        }
        // `Chairman [Mao], Comrade [Liu] Shaoqi, and report to the Central
        // Committee:`: a telegram's salutation lists whom it addresses.
        if let Some(items) = addressee_list(line) {
            for (a, b, kind) in items {
                push_one(body, at + a, at + b, "actors.body.addressee_list", kind, &mut out);
            }
            break;
        }
        if let Some(found) = BRACKET_TO.captures(line).and_then(|c| c.get(1))
            && found.as_str().split_whitespace().count() <= MAX_ADDRESS_WORDS
        {
            push_bracketed(body, at + found.start(), at + found.end(), &mut out);
            if !out.is_empty() {
                break;
            }
            continue;
        }
        let (rule, found) = if let Some(c) = ADDRESS_LINE.captures(line) {
            // After an explicit `To:` label a long address is still one.
            let labeled = c.get(1).filter(|f| f.as_str().split_whitespace().count() <= MAX_LABELED_ADDRESS_WORDS);
            if let Some(f) = labeled {
                // `[To the] Xinjiang Foreign Affairs Office: (Top Secret)`: the
                // address ends at its colon.
                let end = f.as_str().find(':').filter(|&i| i > 0).map_or(f.end(), |i| f.start() + i);
                push_addressees(body, at + f.start(), at + end, "actors.body.address_line", &mut out);
                // `TO: Gen. Ivan Mihailov, Member of Politburo` / `Comrade Ivan
                // Budinov, Minister of Foreign Trade` / `Gen. Dobri Djurov,
                // Minister of Defense`: each line below of a person and a post
                // is one more addressee.
                for (at, next) in lines_after(body, offset, MORE_ADDRESSEE_LINES) {
                    if ADDRESS_LINE.is_match(next)
                        || !push_person_and_post(body, at, at + next.len(), "actors.body.address_line", &mut out)
                    {
                        break;
                    }
                }
                break;
            }
            ("actors.body.address_line", c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)))
        } else if let Some(c) = CAPS_TO.captures(line).filter(|c| {
            // `TO CC BCP [Central Committee of the Bulgarian Communist Party]
            // POLITBURO`: a heading in capitals (an editor's gloss aside).
            let outside = crate::entities::names::without_enclosed(&c[1], &['['], &[']']);
            // An office or a body, not a heading's verb (`TO ADVANCE
            // SINO-JAPANESE DIPLOMATIC RELATIONS`).
            let addressed = names_institution(&outside)
                || outside.split_whitespace().any(|w| {
                    let lower = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                    crate::lexicon::HONORIFICS.contains(lower.as_str()) || ACTOR_PERSON_TITLES.contains(lower.as_str())
                });
            !outside.chars().any(char::is_lowercase)
                && addressed
                && outside.split_whitespace().count() <= MAX_ADDRESS_WORDS
        }) {
            ("actors.body.address_line", c.get(1))
        } else if let Some(c) = BRACKETED_OFFICE_NAME.captures(line).filter(|c| {
            // `[Deputy Foreign Minister Antonin] Gregor.`: the editor's office
            // and given name, then the addressee's surname, alone in the
            // header of a cable.
            c[1].split_whitespace().any(|w| TITLE_WORDS.contains(w.to_lowercase().as_str()))
        }) {
            let name = c.get(2).expect("surname group");
            push_one(body, at + name.start(), at + name.end(), "actors.body.address_line", ActorKind::Person, &mut out);
            break;
        } else if let Some(c) = INSTITUTION_COLON.captures(line).filter(|c| {
            let name = &c[1];
            let first = name.split_whitespace().next().unwrap_or_default().to_lowercase();
            name.split_whitespace().count() <= MAX_ADDRESS_WORDS
                && !TOPIC_WORDS.contains(first.as_str())
                && reads_as_names(name)
                && names_institution(name)
        }) {
            ("actors.body.institution_colon", c.get(1))
        } else if let Some(c) = INSTITUTION_COMMA.captures(line).filter(|c| {
            // `Military Intelligence Department,` as a cable's first line: its
            // salutation (only there: below it a comma ends many a line).
            n_lines == 1
                && c[1].split_whitespace().count() <= MAX_ADDRESS_WORDS
                && reads_as_names(&c[1])
                && names_institution(&c[1])
        }) {
            ("actors.body.institution_colon", c.get(1))
        } else if let Some(c) = CITIZEN_LINE.captures(line).filter(|c| {
            // `C. Manuel Tello,` / `C. Secretariat [Ministry] of Foreign
            // Relations`: a name, not a section's heading (`C. Relations
            // between Tibet and Nepal`), nor initials (`C. R. Attlee`).
            let words: Vec<&str> = c[1].split_whitespace().collect();
            (2..=MAX_ADDRESS_WORDS).contains(&words.len()) && !words[0].ends_with('.') && reads_as_names(&c[1])
        }) {
            ("actors.body.citizen_line", c.get(1))
        } else if let Some(c) = MEMBERS_FOR_LINE.captures(line) {
            ("actors.body.members_for", c.get(1))
        } else if let Some(c) = NOTE_FOR_LINE.captures(line) {
            ("actors.body.note_for", c.get(1))
        } else if let Some(c) = TO_TITLE.captures(line).filter(|c| {
            let first = c[1].split_whitespace().next().unwrap_or_default().to_lowercase();
            ACTOR_PERSON_TITLES.contains(first.as_str())
        }) {
            ("actors.body.address_line", c.get(1))
        } else if let Some(c) = FROM_TO_LINE.captures(line) {
            ("actors.body.from_to", c.get(2))
        } else if let Some(c) = CABLE_TO.captures(line) {
            ("actors.body.cable_to", c.get(1))
        } else if let Some(c) = COMRADE_LINE.captures(line).filter(|c| only_name_words(&c[1])) {
            ("actors.body.comrade_line", c.get(1))
        } else if let Some(c) = SALUTATION.captures(line).filter(|c| {
            // Not a heading that names a conversation with the comrade (`On a
            // Conversation with the 1st Secretary of the USSR Embassy, Comrade
            // Kurbatov,`): an office or a body stands before a salutation's name.
            !line[..c.get(1).map_or(0, |m| m.start())]
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|w| OCCASION_WORDS.contains(&w.to_lowercase().as_str()))
        }) {
            ("actors.body.salutation", c.get(1))
        } else if let Some(c) = TO_COMRADE_AT_END.captures(line) {
            ("actors.body.to_comrade", c.get(1))
        } else if let Some(c) = TO_OFFICE_COMRADE.captures(line) {
            ("actors.body.to_office_comrade", c.get(1))
        } else if let Some(c) = DEAR_COMRADE.captures(line) {
            ("actors.body.dear_comrade", c.get(1))
        } else if let Some(c) = ESQUIRE_LINE.captures(line) {
            ("actors.body.esquire", c.get(1))
        } else if let Some(c) = MISTER_LINE.captures(line).filter(|_| one_mister) {
            ("actors.body.mister_line", c.get(1))
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
            // A letter's inside address names the institution above the
            // person (`Ministry for Foreign Affairs / Head of Far East
            // Department / Comrade Helmut Liebermann`).
            // Not when a date opens the addressee's line: the line above is
            // then the sender's heading (`Committee of State Security [KGB] /
            // 6 May 1968 Comrade L.I. BREZHNEV.`).
            if matches!(rule, "actors.body.comrade_line" | "actors.body.dear_comrade")
                && !line.chars().any(|c| c.is_ascii_digit())
            {
                inside_address(body, line_start, &mut out);
            }
            // `RCP CC – Comrade Secretary Ion Stoian,` / `MFA – Comrade
            // Minister Ioan Totu,` / `Comrade Deputy Minister Constantine
            // Oancea, DR I`: the lines below a salutation address more people.
            if rule == "actors.body.salutation" {
                more_salutations(body, offset, &mut out);
            }
            // `To Direction I Relations, to Comrade Director Ion Ciubotaru` /
            // `To Direction II Relations Comrade Director L. Petrescu`.
            if rule == "actors.body.to_office_comrade" {
                for (at, next) in lines_after(body, offset, 2) {
                    let Some(found) = TO_OFFICE_COMRADE.captures(next).and_then(|c| c.get(1)) else { break };
                    push_one(body, at + found.start(), at + found.end(), rule, ActorKind::Person, &mut out);
                }
            }
            // `To Cde. Stalin` / `To Cde. Molotov`: one addressee a line.
            if matches!(rule, "actors.body.address_line" | "actors.body.comrade_line") {
                for (at, next) in lines_after(body, offset, 3) {
                    let Some(rest) = next.get(..3).filter(|w| w.eq_ignore_ascii_case("to ")).map(|_| &next[3..]) else {
                        break;
                    };
                    let Some(found) =
                        COMRADE_LINE.captures(rest).and_then(|c| c.get(1)).filter(|f| only_name_words(f.as_str()))
                    else {
                        break;
                    };
                    push_addressees(body, at + 3 + found.start(), at + 3 + found.end(), rule, &mut out);
                }
            }
            // `To the Minister of Foreign Affairs of the Union` / `of Soviet
            // Socialist Republics` / `Comrade Gromyko`: the office's holder.
            if rule == "actors.body.address_line" && out.iter().all(|a| a.value.kind != ActorKind::Person) {
                holder_below(body, offset, &mut out);
            }
            break;
        }
    }
    if out.is_empty() {
        inline_address(body, &mut out);
    }
    if out.is_empty() {
        address_above_subject(body, &mut out);
    }
    copies(body, &mut out);
    distribution(body, &mut out);
    copy_list(body, &mut out);
    out
}

/// A subject line or a bare salutation (`Subject: China And The West`,
/// `Dear Sir,`, `Sir,`): what ends a letter's address block.
static BLOCK_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:(?i:subject|sub|ref|re)\s*:|(?:Dear\s+)?Sir,?$)").expect("valid regex"));

/// A letter's address block in the British and Commonwealth form, with no
/// `To`: the addressee's office, his ministry and its city on the lines
/// between the date line and the subject line or salutation (`January 9,
/// 1966.` / `The Foreign Secretary,` / `Ministry of External Affairs` / `New
/// Delhi.` / `Subject: China And The West`). The office on the first line is
/// the addressee.
fn address_above_subject(body: &str, out: &mut Vec<Extracted<Actor>>) {
    let lines: Vec<_> = crate::lines::lines_iter(body).take(HEADER_LINES).collect();
    let Some(end) = lines.iter().position(|l| BLOCK_END.is_match(l.text)) else { return };
    let Some(date) = lines[..end].iter().rposition(|l| crate::signature::is_date_line(l.text.trim_end_matches('.')))
    else {
        return;
    };
    let block = &lines[date + 1..end];
    if !(2..=4).contains(&block.len())
        || block.iter().any(|l| l.text.split_whitespace().count() > MAX_ADDRESS_WORDS || l.text.contains(':'))
    {
        return;
    }
    let first = block[0];
    let office = first.text.trim_end_matches([',', '.']);
    let named = office.strip_prefix("The ").unwrap_or(office);
    let titled = named.split_whitespace().take(3).any(|w| ACTOR_PERSON_TITLES.contains(w.to_lowercase().as_str()));
    if titled || names_institution(named) {
        push_addressees(body, first.start, first.start + office.len(), "actors.body.address_block", out);
    }
}

/// A distribution line: its cue (`Distributed to`, `Received by:`,
/// `Distribution:`, `Already forwarded to:`, `Copy to:`, a Polish
/// ciphergram's `FYI:`, a cover letter's `Recipients:`, a Soviet protocol's
/// `Extracts to Cdes.:` after its count of copies) and the items after it on
/// the same line (group 1), if any.
static DISTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d+\s+)?(?i:(?:copies\s+)?distributed\s+to|extracts?\s+(?:sent\s+)?to(?:\s+(?:cdes?\.|comrades?))?|received\s+by|distribution|(?:already\s+)?forward(?:ed)?\s+to|cop(?:y|ies)\s+(?:also\s+)?to|cop(?:y|ies)\s*:|fyi|recipients\s*:)(?:\s*:|\s|$)\s*(.*)$")
        .expect("valid regex")
});

/// A comrade's cue inside a line: where the next item of a line of names
/// starts (`Comrade Gomulka Comrade Winiewicz`), a diary keeper after his
/// office (`In the DPRK, Comrade Ivanov V.I. for the period`).
static INNER_CUE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s(?:Comrades?|Cdes?\.)\s").expect("valid regex"));

/// How many lines below a distribution cue with nothing after it may hold its
/// items (`Received by:` / `Comrade Rapacki` / `Comrade Winiewicz` / …).
const DISTRIBUTION_LINES: usize = 20;

/// How many lines below a labeled address may name one more addressee each.
const MORE_ADDRESSEE_LINES: usize = 4;

/// The readers of a document's copies named on a distribution line anywhere in
/// the body (`Distributed to V. Molotov, L. Beria, G. Malenkov, A. Mikoyan, and
/// A. Vyshinskii.`, `Received by:` / `Comrades Kania, Pinkowski, …`,
/// `Distribution: State Council, Cultural Affairs Office, …`, `Already
/// forwarded to: Chairman, [Liu] Shaoqi, …`): each item that reads as a name,
/// on the cue's line, or on the lines below it when the cue ends its line or
/// ends it with a comma. An item of titles only (`Chairman`, `Under
/// Secretary`) names no one in particular; a lowercase item is prose.
fn distribution(body: &str, out: &mut Vec<Extracted<Actor>>) {
    // Most bodies have no distribution line: a cheap test first.
    let lower_cues =
        ["istribut", "eceived by", "orward", "opy to", "opies to", "opy:", "opies:", "FYI", "ecipients:", "xtract"];
    if !lower_cues.iter().any(|cue| body.contains(cue)) && !body.contains("DISTRIBUT") {
        return;
    }
    let lines = crate::lines::non_empty_lines(body);
    for (n, line) in lines.iter().enumerate() {
        let Some(rest) = DISTRIBUTION.captures(line.text).and_then(|c| c.get(1)) else { continue };
        let mut pieces = vec![(line.start + rest.start(), rest.as_str())];
        if rest.as_str().trim().is_empty() || rest.as_str().trim_end().ends_with(',') {
            let mut wrapped = !rest.as_str().trim().is_empty();
            let wrapped_block = wrapped;
            for below in lines.iter().skip(n + 1).take(DISTRIBUTION_LINES) {
                let text = below.text.trim_start_matches(['-', '–', '•', '*']).trim_start();
                // A list wrapped after a comma or `and` goes on with its next
                // line (`Received by: members and substitute members of the
                // Politburo,` / `members of the Secretariat,` / `Comrade Árpád
                // Pulai and` / `Imre Hollai`), when that line is short, names
                // someone in capitals and ends no sentence.
                let continued = wrapped
                    && !text.ends_with(['.', '!', '?', ':'])
                    && !text.contains(|c: char| c.is_ascii_digit())
                    && text.split_whitespace().any(|w| w.starts_with(char::is_uppercase));
                // A wrapped list ends with its first line that ends no item
                // (not `C o p y`, a heading below it).
                // `[Stamp:] Secretariat of V. M. Molotov`: an editor's label of
                // a stamp or seal opens what follows the list; a handwritten
                // name (`[Handwritten:] Malenkov`, `[handwritten: Cde.
                // Malenkov]`) is one more item, read without the label.
                let label = text
                    .strip_prefix('[')
                    .and_then(|t| t.split_once(':'))
                    .map(|(label, _)| label.trim().to_lowercase())
                    .filter(|label| !label.contains(']') || label.ends_with(']'));
                let label_word = label.as_deref().map(|l| l.trim_end_matches(']'));
                if label_word.is_some_and(|l| matches!(l, "stamp" | "stamps" | "seal")) {
                    break;
                }
                // The item's byte range in the line: past the bullet, and past
                // an editor's label and its closing bracket.
                let mut lo = below.text.len() - text.len();
                let mut hi = below.text.len();
                if label_word.is_some_and(|l| crate::lexicon::EDITORIAL_MARKS.contains(l))
                    && let Some(colon) = text.find(':')
                {
                    lo += colon + 1;
                    let rest = &below.text[lo..];
                    lo += rest.len() - rest.trim_start_matches([']', ' ']).len();
                    if below.text[lo..].ends_with(']') && !below.text[lo..].contains('[') {
                        hi -= 1;
                    }
                }
                let text = &below.text[lo..hi];
                // A marking (`Confidential!`) or a heading of common words in
                // capitals (`PROTOCOL NOTE`) opens what follows the list.
                let bare = text.trim_end_matches(['!', '.', ':']).trim();
                let heading = bare.contains(' ')
                    && !bare.chars().any(char::is_lowercase)
                    && bare
                        .split_whitespace()
                        .all(|w| crate::lexicon::COMMON_WORDS.contains(w.to_lowercase().as_str()));
                if crate::markings::is_marking_phrase(bare) || heading {
                    break;
                }
                if text.len() > MAX_ADDRESS_LINE
                    || wrapped_block && !continued
                    || !continued && !reads_as_names(text.trim_end_matches([',', '.', '…']))
                {
                    break;
                }
                let and_end = text.ends_with(" and");
                let text = text.strip_suffix(" and").unwrap_or(text);
                wrapped = and_end || text.ends_with(',');
                pieces.push((below.start + lo, text));
            }
        }
        let mut read = Vec::new();
        for (at, piece) in pieces {
            if let Some(end) = holder_before_post(piece) {
                push_distribution_item(body, at, at + end, &mut read);
                continue;
            }
            for (a, b) in distribution_items(piece) {
                push_distribution_item(body, at + a, at + b, &mut read);
            }
        }
        push_unseen(out, read);
    }
}

/// Adds the readers in `read` that `out` does not name yet.
fn push_unseen(out: &mut Vec<Extracted<Actor>>, read: Vec<Extracted<Actor>>) {
    for actor in read {
        if !out.iter().any(|a| a.value.name == actor.value.name) {
            out.push(actor);
        }
    }
}

/// A count of copies on a line of its own (`Four copies`, `3 copies`).
static COPY_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+cop(?:y|ies))\.?$")
        .expect("valid regex")
});

/// A numbered line of a copy list (`1 - to Cde. Molotov`, `4 - to file`):
/// what follows the number (group 1).
static COPY_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\d{1,2}\s*[-–—.)]\s*(.+?)\s*$").expect("valid regex"));

/// How many numbered lines a copy list may hold.
const COPY_LINES: usize = 12;

/// The readers of a Soviet record's copies, listed by number under their count
/// (`Four copies` / `1 - to Cde. Molotov` / `2 - to Cde. Fedorenko` / `3 - to
/// Cde. Kurdyukov` / `4 - to file`): each numbered line that names someone is
/// one more reader, as an item of a distribution line is; the file and the
/// addressee named by role only are no one.
fn copy_list(body: &str, out: &mut Vec<Extracted<Actor>>) {
    // Most bodies have no copy count: a cheap test first.
    if !body.contains(" cop") && !body.contains(" Cop") {
        return;
    }
    let lines = crate::lines::non_empty_lines(body);
    for (n, line) in lines.iter().enumerate() {
        if !COPY_TOTAL.is_match(line.text.trim()) {
            continue;
        }
        let mut read = Vec::new();
        for below in lines.iter().skip(n + 1).take(COPY_LINES) {
            let Some(item) = COPY_LINE.captures(below.text).and_then(|c| c.get(1)) else { break };
            push_distribution_item(body, below.start + item.start(), below.start + item.end(), &mut read);
        }
        push_unseen(out, read);
    }
}

/// `Ernő Lakatos Agitation and Propaganda Department`, `Péter Várkonyi Minister
/// of Foreign Affairs`: a list line that opens with a given name and a surname
/// and goes on with the holder's department or post, no comma in the first
/// three words. The end
/// of the name in `piece`.
fn holder_before_post(piece: &str) -> Option<usize> {
    let mut words = piece.split_whitespace();
    let (given, surname) = (words.next()?, words.next()?);
    let post = words.next()?;
    // A comma among the first three words parts items (`Ivan Petrov, Boris
    // Sidorov`); one later is the department's own (`Department for Sciences,
    // Public Education and Culture`).
    if [given, surname, post].iter().any(|w| w.contains([',', ';'])) {
        return None;
    }
    let known = crate::entities::is_given_name(&given.to_lowercase());
    let surname_shaped = surname.starts_with(char::is_uppercase)
        && surname.chars().any(char::is_lowercase)
        && surname.chars().all(|c| c.is_alphabetic() || c == '-');
    (known && surname_shaped && post.starts_with(char::is_uppercase))
        .then(|| piece.find(surname).map(|at| at + surname.len()))
        .flatten()
}

/// The items of a piece of a distribution line, as byte ranges of `piece`:
/// cut at commas, semicolons, ` and ` and before a comrade's inner cue, never
/// inside brackets.
fn distribution_items(piece: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut depth = 0i32;
    for (i, c) in piece.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' | ';' if depth <= 0 => cuts.push((i, i + 1)),
            _ => {}
        }
    }
    for (i, _) in piece.match_indices(" and ") {
        // `Soviet and European Affairs Department`, `Asian and African
        // Affairs Department`: a word or two before ` and ` sharing the head
        // noun of the institution after it is no item of its own.
        let left = piece[..i].rsplit([',', ';']).next().unwrap_or_default();
        let right = piece[i + 5..].split([',', ';']).next().unwrap_or_default();
        // (`Soviet` alone is a council's noun too: one word is never a body here.)
        let words = left.split_whitespace().count();
        if (words == 1 || words == 2 && !names_institution(left)) && names_institution(right) {
            continue;
        }
        cuts.push((i, i + 5));
    }
    // A list cued as a whole (`Comrades Árpád Pullai, Imre Hollai, …`) keeps
    // its commas for [`push_addressees`]; single cues cut the line.
    for m in INNER_CUE.find_iter(piece) {
        if !piece[m.start()..].trim_start().to_lowercase().starts_with("comrades") {
            cuts.push((m.start(), m.start() + 1));
        }
    }
    cuts.sort_unstable();
    let mut items = Vec::new();
    let mut from = 0;
    for (start, end) in cuts.into_iter().chain(std::iter::once((piece.len(), piece.len()))) {
        if start >= from {
            items.push((from, start));
            from = end;
        }
    }
    items
}

/// Adds the distribution item at `body[start..end]` when it reads as a name.
/// The members of a body, as a distribution names them before the body's name
/// (`members of the`, `substitute members of the`, `candidate members of`).
static MEMBERS_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:candidate|substitute|alternate|full)\s+)?members\s+of\s+(?:the\s+)?").expect("valid regex")
});

/// The number of copies written after a distribution item (`Stalin - 2`,
/// `Molotov-1`, `Stalin (2)`).
static COPY_COUNT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\s*[-–]\s*\d{1,2}|\s*\(\d{1,2}\))$").expect("valid regex"));

fn push_distribution_item(body: &str, start: usize, end: usize, out: &mut Vec<Extracted<Actor>>) {
    let raw = &body[start..end];
    let lead = raw.len() - raw.trim_start().len();
    let item = raw.trim().trim_start_matches(['-', '–', '•', '*']).trim_start();
    let item = item.strip_prefix("and ").or_else(|| item.strip_prefix("to ")).unwrap_or(item);
    let item = item.trim_end_matches(['.', ',', ';', ':', '…']).trim_end_matches("...").trim_end();
    // `Stalin - 2`, `Molotov-1`, `Stalin (2)`: the number of copies after the
    // reader's name.
    let item = COPY_COUNT_AFTER.find(item).map_or(item, |m| item[..m.start()].trim_end());
    let start = start + lead + raw.trim().find(item).unwrap_or(0);
    let end = start + item.len();
    let words: Vec<&str> = item.split_whitespace().collect();
    let titles_only = words.iter().all(|w| {
        let lower = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        TITLE_WORDS.contains(lower.as_str()) || ACTOR_PERSON_TITLES.contains(lower.as_str())
    });
    // `members of the Secretariat`, `substitute members of the Politburo`:
    // the members of a body named in capitals.
    let members = MEMBERS_OF.find(item).is_some_and(|m| reads_as_names(&item[m.end()..]));
    if words.is_empty() || words.len() > MAX_ADDRESS_WORDS || titles_only || !reads_as_names(item) && !members {
        return;
    }
    let rule = "actors.body.distribution";
    if members && !reads_as_names(item) {
        // Kept whole: the readers are the members, not the body.
        let evidence = Evidence::new(TextField::Body, body, start, end);
        let actor =
            Actor { name: item.to_owned(), kind: ActorKind::Organization, aliases: Vec::new(), authority_id: None };
        out.push(Extracted::new(actor, rule, evidence));
        return;
    }
    if NAME_LIST_CUE.is_match(item) {
        push_addressees(body, start, end, rule, out);
        return;
    }
    let kind = if ONE_CUE.is_match(item) || is_personal_name(item) {
        ActorKind::Person
    } else if names_institution(item) {
        ActorKind::Organization
    } else {
        ActorKind::Unknown
    };
    push_one(body, start, end, rule, kind, out);
}

/// The addressees of a document's copies, which a Soviet cable or report
/// lists at its head or end: `Five copies printed` and the numbered list below
/// it (`1 - Cde. A. A. Gromyko`, …, `5 - to file`), or numbered copy lines
/// anywhere (`Nº 2 – to Stalin`, `Copy Nº 3 to Cde. Molotov`). Each copy's
/// addressee not already read is added.
fn copies(body: &str, out: &mut Vec<Extracted<Actor>>) {
    // Most bodies have no copy list: a cheap test before any line is split.
    if !body.contains("opies") && !body.contains("Nº") && !body.contains("No") && !body.contains('№') {
        return;
    }
    let lines = crate::lines::non_empty_lines(body);
    let mut found: Vec<(usize, usize)> = Vec::new();
    if let Some(at) = lines.iter().position(|l| COPIES_PRINTED.is_match(l.text)) {
        for line in &lines[at + 1..] {
            let Some(item) = NUMBERED_COPY.captures(line.text).and_then(|c| c.get(1)) else { break };
            found.push((line.start + item.start(), line.start + item.end()));
        }
    }
    for line in &lines {
        // `Copy Nº 2 - to Stalin Copy Nº 3 - to Molotov |`: a page that lost
        // its line breaks puts several copies on one line; each is read alone.
        let mut starts: Vec<usize> = COPY_NUMBER.find_iter(line.text).map(|m| m.start()).collect();
        if starts.first() != Some(&0) {
            starts.insert(0, 0);
        }
        for (k, &from) in starts.iter().enumerate() {
            let to = starts.get(k + 1).copied().unwrap_or(line.text.len());
            let segment = line.text[from..to].trim_end_matches([' ', '|']);
            if let Some(item) = COPY_TO.captures(segment).and_then(|c| c.get(1)) {
                found.push((line.start + from + item.start(), line.start + from + item.end()));
            }
        }
    }
    for (start, mut end) in found {
        let mut start = start;
        // `4th - to the USSR MFA UVPI [expansion unknown]`: an editor's note
        // after the copy's addressee is no part of it.
        if body[start..end].ends_with(']')
            && let Some(open) = body[start..end].rfind('[').filter(|&o| o > 0)
        {
            end = start + body[start..start + open].trim_end().len();
        }
        // `4- to the USSR MFA UVPI`: the body a copy goes to (a comrade's
        // `to Cde.` is read by the cue itself).
        // A name ends in a capitalized word: `to Secretariat’s file` is a file.
        if body[start..end].get(..3).is_some_and(|w| w.eq_ignore_ascii_case("to "))
            && !ONE_CUE.is_match(&body[start..end])
        {
            let last = body[start..end].split_whitespace().last().unwrap_or_default();
            if !last.starts_with(char::is_uppercase) {
                continue;
            }
            start += 3;
        }
        end = end.max(start);
        let mut one = Vec::new();
        let kind = if ONE_CUE.is_match(&body[start..end]) { ActorKind::Person } else { ActorKind::Unknown };
        push_one(body, start, end, "actors.body.copies", kind, &mut one);
        push_unseen(out, one);
    }
}

/// True when the words after a comrade's cue are a name only, not a name and
/// a role (`Comrade Blinov Interpreter` of a participant list).
fn only_name_words(text: &str) -> bool {
    let name = ONE_CUE.find(text).map_or(text, |m| &text[m.end()..]);
    name.split_whitespace().all(|w| {
        let lower = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        !NOT_NAMES.contains(lower.as_str()) && !TITLE_WORDS.contains(lower.as_str())
    })
}

/// The addressees on the lines right after a salutation that ends at
/// `offset`, each a salutation or a comrade's name and office (`Comrade
/// Deputy Minister Constantine Oancea, DR I`), until the first other line.
fn more_salutations(body: &str, offset: usize, out: &mut Vec<Extracted<Actor>>) {
    for (at, line) in lines_after(body, offset, 4) {
        let found = SALUTATION.captures(line).or_else(|| COMRADE_OFFICE.captures(line)).and_then(|c| c.get(1));
        let Some(found) = found else { return };
        push_one(body, at + found.start(), at + found.end(), "actors.body.salutation", ActorKind::Person, out);
    }
}

/// The first `n` non-blank lines of `body` after byte `offset`, trimmed, each
/// with the offset of its first byte.
fn lines_after(body: &str, offset: usize, n: usize) -> impl Iterator<Item = (usize, &str)> {
    crate::lines::lines_iter(&body[offset..]).take(n).map(move |line| (offset + line.start, line.text))
}

/// `Comrade Deputy Minister Constantine Oancea, DR I`: a comrade's name, then
/// a short office after a comma.
static COMRADE_OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?i:comrade|cde\.?|com\.|tov\.)\s+(?:[A-Z][\w.'’\-]*\s+){0,4}[A-Z][\w.'’\-]*),\s+[^,]{1,40}$")
        .expect("valid regex")
});

/// The comrade named alone on one of the two lines after `offset`, below the
/// office an address line named: the office's holder.
fn holder_below(body: &str, offset: usize, out: &mut Vec<Extracted<Actor>>) {
    for (at, line) in lines_after(body, offset, 2) {
        if let Some(found) = COMRADE_LINE.captures(line).and_then(|c| c.get(1)).filter(|f| only_name_words(f.as_str()))
        {
            push_one(body, at + found.start(), at + found.end(), "actors.body.address_line", ActorKind::Person, out);
            return;
        }
    }
}

/// The addressee of `[To Amb. Alfonso] García Robles` at `body[start..end]`
/// (from the first word after `To`): the editor's bracket closes inside the
/// name, so the addressee is the name written after it (`García Robles`).
fn push_bracketed(body: &str, start: usize, end: usize, out: &mut Vec<Extracted<Actor>>) {
    let Some(close) = body[start..end].find(']') else { return };
    let kind = if names_institution(&body[start..end]) { ActorKind::Organization } else { ActorKind::Person };
    push_one(body, start + close + 1, end, "actors.body.address_line", kind, out);
}

/// The bulleted addressees after a `Produced in 5 copies for:` line that ends
/// at `offset`: one per line, until the first line that is no list item.
fn distribution_list(body: &str, mut offset: usize, out: &mut Vec<Extracted<Actor>>) {
    for raw in body[offset..].split_inclusive('\n') {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end();
        let lead = line.len() - line.trim_start().len();
        let line = line.trim_start();
        if line.is_empty() {
            continue;
        }
        let Some(item) = BULLET.captures(line).and_then(|c| c.get(1)) else { break };
        let at = line_start + lead;
        let kind = if ONE_CUE.is_match(item.as_str()) { ActorKind::Person } else { ActorKind::Unknown };
        push_one(body, at + item.start(), at + item.end(), "actors.body.copies_for", kind, out);
    }
}

/// The institution line of the inside address that ends before the line at
/// `line_start`: the topmost line naming an institution among the short lines
/// just above, which a date line or a longer line bounds.
fn inside_address(body: &str, line_start: usize, out: &mut Vec<Extracted<Actor>>) {
    let above = &body[..line_start];
    let mut end = above.len();
    let mut topmost = None;
    for (n, raw) in above.lines().rev().filter(|l| !l.trim().is_empty()).enumerate() {
        let line = raw.trim();
        if n >= 4 || line.len() > 60 || line.chars().any(|c| c.is_ascii_digit()) || line.ends_with([':', '.']) {
            break;
        }
        let start = above[..end].rfind(raw).unwrap_or(0);
        end = start;
        if names_institution(line) && reads_as_names(line) {
            let lead = raw.len() - raw.trim_start().len();
            topmost = Some((start + lead, start + lead + line.len()));
        }
    }
    if let Some((start, end)) = topmost {
        push_one(body, start, end, "actors.body.inside_address", ActorKind::Organization, out);
    }
}

/// An address inside the first words of a flattened text (a PDF export's
/// one-line body): `[To] the Central Committee …, Premier [Zhou Enlai],
/// Chairman [Mao Zedong], Central Committee, and the Northeast Bureau:`.
/// Each item is one addressee; a title before a bracketed name gives way to
/// the name.
fn inline_address(body: &str, out: &mut Vec<Extracted<Actor>>) {
    let zone = &body[..body.floor_char_boundary(INLINE_ADDRESS_ZONE.min(body.len()))];
    if let Some(found) = INLINE_TO_COMRADE.captures(zone).and_then(|c| c.get(1)) {
        push_one(body, found.start(), found.end(), "actors.body.inline_address", ActorKind::Person, out);
        return;
    }
    let Some(found) = INLINE_ADDRESS.captures(zone).and_then(|c| c.get(1)) else { return };
    let text = found.as_str();
    if text.split_whitespace().count() > MAX_LABELED_ADDRESS_WORDS || !reads_as_names(text) {
        return;
    }
    // Commas separate addressees in a serial list (`A, Premier [Zhou Enlai],
    // …, and the Northeast Bureau`); otherwise they run down one institution's
    // hierarchy (`the International Liaison Department, Central Committee,
    // Communist Party of China`) and only `and` separates.
    let serial = text.contains(", and ") || text.contains("],");
    let mut items = Vec::new();
    let mut piece_start = found.start();
    let separator = if serial { ',' } else { '\u{0}' };
    for part in text.split(separator) {
        for (n, piece) in part.split(" and ").enumerate() {
            let trimmed = piece.trim_start();
            let trimmed = trimmed.strip_prefix("and ").unwrap_or(trimmed);
            let at = piece_start + piece.len() - trimmed.len();
            items.push((at, at + trimmed.len()));
            piece_start += piece.len() + if n + 1 < part.split(" and ").count() { 5 } else { 0 };
        }
        piece_start += 1;
    }
    for (start, end) in items {
        let item = &body[start..end];
        // `Premier [Zhou Enlai]`: the bracket holds the whole name.
        if let (Some(open), true) = (item.find('['), item.trim_end().ends_with(']'))
            && open > 0
        {
            let close = start + item.trim_end().len() - 1;
            push_one(body, start + open + 1, close, "actors.body.inline_address", ActorKind::Person, out);
        } else {
            push_one(body, start, end, "actors.body.inline_address", ActorKind::Unknown, out);
        }
    }
}

/// Words of a line's label before its colon (`For information of:`).
const MAX_LABEL_WORDS: usize = 4;

/// How many non-blank lines at the top of a body may hold its letterhead.
const LETTERHEAD_LINES: usize = 4;

/// The institution a body's letterhead names (`Embassy of the USSR in the PRC`,
/// `Communist Party of the Soviet Union` / `CENTRAL COMMITTEE`, `GDR Embassy to
/// the DPRK`): a short line of names with an institution's head noun among the
/// first lines, before any date, number, address or prose; the writer's
/// institution.
pub(crate) fn letterhead(body: &str) -> Option<Extracted<Actor>> {
    // `SED Central Committee / Department of International Relations /
    // SAPMO-BA, DY 30, IV A2/20/250` above `GDR Embassy in DPRK`: the
    // archive's file the page transcribes first is no letterhead; the paper's
    // own lines start below its signature.
    let from = crate::lines::lines_iter(body)
        .take(LETTERHEAD_LINES)
        .position(|l| is_archive_signature(l.text))
        .map_or(0, |at| at + 1);
    for line in crate::lines::lines_iter(body).skip(from).take(LETTERHEAD_LINES) {
        let mut text = line.text;
        let mut start = line.start;
        // A labelled line: the writer's office after `Origin:` (`Origin: Latin
        // American Department`); another label (`Written: in four copies`,
        // `Subject: The Korean Worker’s Party’s 6th Congress`) is passed over.
        if let Some((label, value)) = text.split_once(':')
            && !label.chars().any(|c| c.is_ascii_digit())
            && label.split_whitespace().count() <= MAX_LABEL_WORDS
        {
            if !label.trim().eq_ignore_ascii_case("origin") {
                continue;
            }
            text = value.trim();
            start = line.start + line.text.len() - value.trim_start().len();
        }
        // `GDR Embassy in the DPRK Pyongyang, 7 January 1970`: the place and
        // date of writing after the institution, on its line.
        if let Some((head, date)) = text.rsplit_once(", ")
            && crate::signature::is_date_line(date)
            && let Some((name, place)) = head.rsplit_once(' ')
            && !matches!(name.rsplit(' ').next(), Some("in" | "to" | "of" | "at" | "the"))
            && crate::entities::is_place_name(place)
        {
            text = name;
        }
        // `The National Planning Committee 6333`: a registry number after the
        // institution, on its line.
        if let Some((name, number)) = text.rsplit_once(' ')
            && number.len() >= 3
            && number.bytes().all(|b| b.is_ascii_digit() || b == b'/' || b == b'-')
            && number.bytes().any(|b| b.is_ascii_digit())
        {
            text = name.trim_end();
        }
        let words = text.split_whitespace().count();
        // A motto above the letterhead (`Workers of the World, Unite!`).
        if text.ends_with('!') {
            continue;
        }
        // `To` alone on its line: an address block, not a letterhead, follows.
        if is_bare_to(text) {
            return None;
        }
        if text.split_whitespace().any(|w| w.chars().any(|c| c.is_ascii_digit()) && !is_ordinal(w))
            || text.ends_with(['.', ';', '!', '?'])
            || words > MAX_ADDRESS_WORDS
            || ADDRESS_LINE.is_match(text)
            || FROM_LINE.is_match(text)
            || TO_TITLE.is_match(text)
        {
            return None;
        }
        if names_institution(text) && reads_as_names(text) {
            let evidence = Evidence::new(TextField::Body, body, start, start + text.len());
            let actor =
                Actor { name: text.to_owned(), kind: ActorKind::Organization, aliases: Vec::new(), authority_id: None };
            return Some(Extracted::new(actor, "actors.body.letterhead", evidence));
        }
    }
    None
}

/// True when `line` is `To` (or `TO:`) alone: an address block's label
/// above the addressee's line.
fn is_bare_to(line: &str) -> bool {
    matches!(line.trim_end_matches(':'), "To" | "TO")
}

/// An archive's signature on a line of its own: a repository's siglum, then
/// after a comma a file number or a word that it is missing (`SAPMO-BA, DY
/// 30, IV A2/20/250`, `SAPMO-BA, archival signature missing]`, `AVPRF, f.
/// 0102, op. 11`), not a state's letters (`USSR, 1953`).
fn is_archive_signature(line: &str) -> bool {
    let line = line.trim_start_matches('[').trim_end_matches(']');
    let Some((siglum, rest)) = line.split_once(',') else {
        return false;
    };
    let siglum = siglum.trim();
    let capitals = siglum.chars().take_while(char::is_ascii_uppercase).count();
    capitals >= 3
        && siglum.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
        && !crate::entities::is_place_name(siglum)
        && (rest.chars().any(|c| c.is_ascii_digit()) || rest.to_lowercase().contains("archival signature"))
}

/// The writer a letterhead's next line names (`9th Territorial Department` /
/// `Béla László` at the top of a Hungarian Foreign Ministry memorandum): a
/// person's name alone on the line right below the letterhead.
pub(crate) fn letterhead_writer(body: &str) -> Option<Extracted<Actor>> {
    let head = letterhead(body)?;
    let mut lines = crate::lines::lines_iter(body).skip_while(|l| l.end() < head.evidence.end);
    lines.next()?;
    let next = lines.next()?;
    let text = next.text;
    if !is_personal_name(text) || names_institution(text) || crate::entities::is_place_name(text) {
        return None;
    }
    let evidence = Evidence::new(TextField::Body, body, next.start, next.end());
    let actor = Actor { name: text.to_owned(), kind: ActorKind::Person, aliases: Vec::new(), authority_id: None };
    Some(Extracted::new(actor, "actors.body.letterhead_writer", evidence))
}

/// The heading of a diplomat's diary or journal entry, as Soviet missions
/// head them: `From the Diary of N. V. ROSHCHIN`, `From the journal of` (the
/// name on a line below), `English Translation From the Diary of Secret Copy #
/// 1` (a marking set beside it), `Diary of` alone.
static DIARY_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:english\s+translation\s+)?(?i:(?:excerpts?|extracts?)\s+)?(?:(?i:from\s+(?:the\s+)?)(?i:diary|journal)\b(?:\s+(?i:of)\b)?|(?i:diary|journal)\s+(?i:of)\b)")
        .expect("valid regex")
});

/// A name with initials, as a diary's heading writes its keeper: `N. G.
/// Sudarikov`, `G.V. SAMSONOV`, `Zh. Batmunkh`, `Shcherbakov I.S.`, `Darusenkov,
/// O. T.`, `Ivanov V.I.`, after an optional `of` or a comrade's cue.
static INITIALED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:of)\s+)?(?:(?i:comrade|cde\.)\s+)?((?:\p{Lu}\p{Ll}?\.\s*){1,3}\p{Lu}[\p{L}'’\-]+\b|\p{Lu}[\p{L}'’\-]+,?\s+(?:\p{Lu}\p{Ll}?\.\s*){1,2}\p{Lu}\p{Ll}?\.)")
        .expect("valid regex")
});

/// The lines a diary's heading runs over, counting its own: the keeper's name
/// follows the office or a marking set in the same block.
const DIARY_HEAD_LINES: usize = 4;

/// The keeper of the diary or journal whose heading opens `body` (`From the
/// Diary of the Ambassador of the USSR in the DPRK,` / `Comrade Ivanov V.I.`):
/// a name with initials at the start of the heading's rest or of one of the
/// next lines, or after a comrade's cue there. A heading whose lines name no
/// one so (`From the journal of` / `with Indonesian Minister … SUBANDRIO`)
/// gives nothing.
pub(crate) fn diary_writer(body: &str) -> Option<Extracted<Actor>> {
    let mut lines = crate::lines::lines_iter(body).take(HEADER_LINES);
    let (head, end) = lines.by_ref().find_map(|line| Some((line, DIARY_HEAD.find(line.text)?.end())))?;
    let rest = head.text[end..].trim_start();
    let first = (head.end() - rest.len(), rest);
    let pieces = std::iter::once(first).chain(lines.take(DIARY_HEAD_LINES - 1).map(|l| (l.start, l.text)));
    for (start, text) in pieces {
        let cued = || {
            let at = INNER_CUE.find(text)?.end();
            Some((at, INITIALED_NAME.captures(&text[at..])?))
        };
        let Some((at, caps)) = INITIALED_NAME.captures(text).map(|c| (0, c)).or_else(cued) else { continue };
        let name = caps.get(1).expect("group 1 always takes part");
        let (first_word, _) = name.as_str().split_once([' ', '.']).unwrap_or_default();
        // Not a rank's abbreviation before the name (`Lt. Col. A. Ivanov`), a
        // section's number (`I. Key Issues`) or a place.
        let words_are_names = name.as_str().split([' ', '.', ',']).filter(|w| w.chars().count() > 2).all(|w| {
            let lower = w.to_lowercase();
            crate::actors::plain_name_word(w)
                && !crate::lexicon::HONORIFICS.contains(lower.as_str())
                && !crate::lexicon::COMMON_WORDS.contains(lower.as_str())
        });
        if matches!(first_word, "No" | "St" | "Lt" | "Col" | "Gen" | "Dr" | "Mr")
            || !words_are_names
            || crate::entities::is_place_name(name.as_str())
        {
            continue;
        }
        let at = start + at + name.start();
        let evidence = Evidence::new(TextField::Body, body, at, name.end() - name.start() + at);
        let actor =
            Actor { name: name.as_str().to_owned(), kind: ActorKind::Person, aliases: Vec::new(), authority_id: None };
        return Some(Extracted::new(actor, "actors.body.diary_writer", evidence));
    }
    None
}

/// The writer a paper's heading names on the line below it (`R E P O R T` /
/// `of GEORGI KUMBILIEV` / `Minister of Foreign Trade`): two or three words
/// of a name after `of`, `by` or `from`, nothing else on the line. A topic
/// (`of visits to the Mongolian People's Republic`) or an office (`From the
/// Minister of National Defense`) gives nothing.
pub(crate) fn heading_writer(body: &str) -> Option<Extracted<Actor>> {
    let lines: Vec<_> = crate::lines::lines_iter(body).take(HEADER_LINES).collect();
    let n = lines.iter().position(|l| {
        let compact: String = l.text.chars().filter(|c| !c.is_whitespace()).collect();
        crate::lexicon::PAPER_HEADINGS.contains(compact.to_lowercase().as_str())
    })?;
    let next = lines.get(n + 1)?;
    let (cue, rest) = next.text.split_once(' ')?;
    if !matches!(cue, "of" | "by" | "from" | "Of" | "By" | "From") {
        return None;
    }
    let name = rest.trim();
    let words: Vec<&str> = name.split(' ').collect();
    // In capitals (`GEORGI KUMBILIEV`) or opening with a given name: a name,
    // not a source (`from Reuters Dispatches`).
    let shaped = name.chars().all(|c| !c.is_lowercase())
        || crate::lexicon::GIVEN_NAMES.contains(words[0].to_lowercase().as_str());
    let names = (2..=3).contains(&words.len())
        && shaped
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && crate::actors::plain_name_word(w)
                && !crate::lexicon::HONORIFICS.contains(lower.as_str())
                && !crate::lexicon::COMMON_WORDS.contains(lower.as_str())
        });
    if !names || crate::entities::is_place_name(name) {
        return None;
    }
    let at = next.start + next.text.len() - rest.len() + (rest.len() - rest.trim_start().len());
    let evidence = Evidence::new(TextField::Body, body, at, at + name.len());
    let actor = Actor { name: name.to_owned(), kind: ActorKind::Person, aliases: Vec::new(), authority_id: None };
    Some(Extracted::new(actor, "actors.body.heading_writer", evidence))
}

/// A German office's place and date, as its notes head them at the right
/// margin (`Bonn, den 22. November 1990`, `Bonn   14. September 1992`, `Bonn,
/// 29.04.1993`), and whatever stands before them on the line.
static GERMAN_PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(.{1,60}?)\s+)?(\p{Lu}[\p{L}\-]+),?\s+(?:den\s+)?\d{1,2}\.\s*(?:\p{L}+\.?\s+|\d{1,2}\.\s*)\d{2,4}$",
    )
    .expect("valid regex")
});

/// A body's receipt stamp in an editor's bracket (`[CPSU CC stamp: 39334`,
/// `[faded USSR MFA Stamp: Far East Department`, `[USSR MFA Far East Department
/// stamp:`): the body, of up to six words, that registered the paper on arrival.
static RECEIPT_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[(?:faded )?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,5})\s+[Ss]tamp[:;]").expect("valid regex")
});

/// A receiving office's stamp transcribed as a line of its own with its
/// date: `Stamped: Ministry for Foreign Affairs, 5 February 1968`.
static STAMPED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*\[?Stamp(?:ed)?:\]?[ \t]+(\p{Lu}[^,\n\[\]]{3,80}?),[ \t]+\d{1,2}\.?[ \t]+\p{Lu}\p{Ll}+\.?[ \t]+\d{4}[ \t]*$")
        .expect("valid regex")
});

/// The body whose receipt stamp the page transcribes, as the paper's
/// addressee when nothing else names one: a journal record or a report
/// registered by the CPSU Central Committee went to it (`[CPSU CC stamp: 12
/// July 1972 22900]`). The stamp's body must be written with an abbreviation
/// (`CPSU CC`, `USSR MFA`, `Ukrainian CP`), not a kind of stamp (`Time`,
/// `Cancelled`).
pub(crate) fn receipt_stamp(body: &str) -> Option<Extracted<Actor>> {
    // Most bodies transcribe no stamp: a cheap test first.
    if !body.contains("tamp") {
        return None;
    }
    let name = match RECEIPT_STAMP.captures(body).and_then(|c| c.get(1)) {
        Some(name) => {
            let abbreviated = name
                .as_str()
                .split_whitespace()
                .any(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()));
            // (Not a grade's stamp: `[TOP SECRET stamp: …]`.)
            if !abbreviated || crate::markings::is_marking_phrase(name.as_str()) {
                return None;
            }
            name
        }
        // The stamp on its own line names an office or a body (not a grade:
        // `Stamped: Confidential Matter 5/68`; not `Declassified`).
        None => STAMPED_LINE
            .captures_iter(body)
            .filter_map(|c| c.get(1))
            .find(|name| names_institution(name.as_str()) && !crate::markings::is_marking_phrase(name.as_str()))?,
    };
    let evidence = Evidence::new(TextField::Body, body, name.start(), name.end());
    // (`[MFA Far East` / `Department stamp:`: a stamp's words broken over lines.)
    let actor = Actor {
        name: name.as_str().split_whitespace().collect::<Vec<_>>().join(" "),
        kind: ActorKind::Organization,
        aliases: Vec::new(),
        authority_id: None,
    };
    Some(Extracted::new(actor, "actors.body.receipt_stamp", evidence))
}

/// The most words a drafter's line holds (`Referatsleiter 214 VLR I Dr.
/// Ueberschaer`).
const MAX_DRAFTER_WORDS: usize = 8;

/// The drafter of a German office's note, named by office or by name at the
/// left of its place-and-date line or on the line above it (`AL 2 Bonn, 10.
/// Juni 1991`, `Ministerialdirektor Schlagintweit   Bonn, den 3. Juni 1992`,
/// `Neuer` / `Bonn, den 22. November 1990`), among the first lines of `body`.
pub(crate) fn drafter(body: &str) -> Option<Extracted<Actor>> {
    let lines: Vec<_> = crate::lines::lines_iter(body).take(DRAFTER_LINES).collect();
    let n = lines.iter().position(|l| l.text.len() <= MAX_ADDRESS_LINE && GERMAN_PLACE_DATE.is_match(l.text))?;
    let caps = GERMAN_PLACE_DATE.captures(lines[n].text)?;
    // The place is one the gazetteer knows, whole (not `Main` of `Frankfurt
    // am Main`: the word before it would be a particle).
    if !crate::entities::is_place_name(caps.get(2)?.as_str()) {
        return None;
    }
    let (start, text) = match caps.get(1) {
        Some(before) => (lines[n].start + before.start(), before.as_str()),
        None => (lines[n.checked_sub(1)?].start, lines[n - 1].text),
    };
    let text = text.trim_end_matches([',', ' ']);
    let words = text.split_whitespace().count();
    let last = text.split_whitespace().last().unwrap_or_default();
    // Not a marking or a copy's number above the place and date (`Geheim`,
    // `Top Secret`, `Copy No. 2`).
    if words == 0
        || words > MAX_DRAFTER_WORDS
        || !text.starts_with(char::is_uppercase)
        || last.starts_with(char::is_lowercase)
        || text.contains(':')
        || text.ends_with(['.', '!', '?'])
        || crate::signature::is_date_line(text)
        || crate::markings::is_marking_phrase(text)
        || text.to_lowercase().starts_with("copy")
    {
        return None;
    }
    let kind = if is_personal_name(text) { ActorKind::Person } else { ActorKind::Unknown };
    let evidence = Evidence::new(TextField::Body, body, start, start + text.len());
    let actor = Actor { name: text.to_owned(), kind, aliases: Vec::new(), authority_id: None };
    Some(Extracted::new(actor, "actors.body.drafter", evidence))
}

/// How many non-blank lines at the top of the body may hold a note's
/// place-and-date line.
const DRAFTER_LINES: usize = 4;

/// `9th`, `1st`, `22nd`: an ordinal in figures, as offices number their
/// departments.
/// True for a unit's number in capital roman numerals (`IV`, `XX`), up to
/// `XXXIX`.
pub(crate) fn is_roman_numeral(word: &str) -> bool {
    static ROMAN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^X{0,3}(?:IX|IV|V?I{0,3})$").expect("valid regex"));
    !word.is_empty() && ROMAN.is_match(word)
}

/// True for an ordinal written in figures (`38th`, `1st`, `22nd`, `3rd`).
pub(crate) fn is_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// True when `text` is a person's name alone: two to four capitalized words
/// or initials, none an office, a body's noun or a listed non-name word.
pub(crate) fn is_personal_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && crate::actors::plain_name_word(w))
}

/// A line of its own that names who presented or prepared a paper, and the
/// rest of the line: `Presented by: Comrade F. Krajčír` (a cover sheet for a
/// Politburo), `Prepared by S.K. Arora, Deputy Secretary, AMS, …`.
static PRESENTER_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:presented|prepared|submitted)\s+by:?\s+(.+)$").expect("valid regex"));

/// The person, and the office after the name when there is one, that a
/// `Presented by:` or `Prepared by` line anywhere in `body` names: the paper's
/// author for those who read it. Nothing when the line names a body
/// (`Prepared by the Foreign Ministry`).
pub(crate) fn presenters(body: &str) -> Vec<Extracted<Actor>> {
    let mut out = Vec::new();
    for line in crate::lines::lines_iter(body).filter(|line| line.text.len() <= MAX_ADDRESS_LINE) {
        let Some(found) = PRESENTER_LINE.captures(line.text).and_then(|c| c.get(1)) else { continue };
        let (start, end) = (line.start + found.start(), line.start + found.end());
        let rule = "actors.body.presenter";
        if push_person_and_post(body, start, end, rule, &mut out) {
            break;
        }
        let cue = ONE_CUE.find(found.as_str()).map_or(0, |m| m.end());
        if is_personal_name(found.as_str()[cue..].trim_end_matches(['.', ','])) {
            push_one(body, start, end, rule, ActorKind::Person, &mut out);
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
        let at = line_start + lead;
        if let Some(found) = FROM_TO_LINE.captures(line).and_then(|c| c.get(1)) {
            push_one(body, at + found.start(), at + found.end(), "actors.body.from_to", ActorKind::Unknown, &mut out);
            break;
        }
        let Some(found) = FROM_LINE.captures(line).and_then(|c| c.get(1)) else { continue };
        let rule = "actors.body.from_line";
        let (start, end) = (at + found.start(), at + found.start() + without_date_tail(found.as_str()).len());
        if push_person_and_post(body, start, end, rule, &mut out) {
            break;
        }
        if body[start..end].split_whitespace().count() <= MAX_ADDRESS_WORDS {
            push_addressees(body, start, end, rule, &mut out);
            break;
        }
    }
    out
}

/// `text` without a date after its last comma (`Comrade Barak, September 19,
/// 1956`, `Comrade Barak, 19 September 1956`), as the dates crate reads one.
fn without_date_tail(text: &str) -> &str {
    // `September 19, 1956` holds a comma of its own: the date may start at
    // either of the last two commas.
    let commas: Vec<usize> = text.match_indices(',').map(|(at, _)| at).collect();
    let ctx = dossier_dates::Context::anchored(1950, None, None);
    commas[commas.len().saturating_sub(2)..]
        .iter()
        .find(|&&at| dossier_dates::parse_date(&text[at + 1..], &ctx).is_some())
        .map_or(text, |&at| text[..at].trim_end())
}

/// `FROM: Om Prakash, Charge d’affaires, Embassy of India, Belgrade`, `TO:
/// Kewal Singh, Foreign Secretary, MEA`: a person's name before the first
/// comma, then the office and the body; pushes the person and the first
/// segment that names an institution. False, pushing nothing, when
/// `body[start..end]` does not open so (or the next segment is another name:
/// two addressees).
fn push_person_and_post(body: &str, start: usize, end: usize, rule: &str, out: &mut Vec<Extracted<Actor>>) -> bool {
    let text = &body[start..end];
    // `ATTN: MR. JUAN ANTONIO SAMARANCH, IOC PRESIDENT, …`, `Gen. Dobri
    // Djurov, Minister of Defense`, `Comrade Ivan Budinov, …`: past a
    // courtesy title, a rank or a comrade's cue.
    let lead = text
        .split_once(' ')
        .filter(|(first, _)| crate::lexicon::HONORIFICS.contains(first.trim_end_matches('.').to_lowercase().as_str()))
        .map_or(0, |(first, _)| first.len() + 1);
    let Some(comma) = text.find(',').filter(|&c| c > lead && is_personal_name(&text[lead..c])) else { return false };
    if text[comma + 1..].split(',').next().is_some_and(is_personal_name) {
        return false;
    }
    push_one(body, start + lead, start + comma, rule, ActorKind::Person, out);
    let mut seg_start = start + comma + 1;
    for seg in text[comma + 1..].split(',') {
        // `Member of Politburo` is the person's post, not a body addressed.
        let post = seg
            .split_whitespace()
            .next()
            .map(|w| w.trim_end_matches('.').to_lowercase())
            .is_some_and(|w| TITLE_WORDS.contains(w.as_str()) || ACTOR_PERSON_TITLES.contains(w.as_str()));
        if names_institution(seg) && reads_as_names(seg) && !post {
            push_one(body, seg_start, seg_start + seg.len(), rule, ActorKind::Organization, out);
            break;
        }
        seg_start += seg.len() + 1;
    }
    true
}

/// True for a line in title case that ends without a sentence's punctuation
/// (`Investigative Report on the [North] Korean Embassy in Beijing Supposedly
/// Assuming …`): four in five of its longer words capitalized.
fn is_heading(line: &str) -> bool {
    let long: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(['[', ']', '(', ')']))
        .filter(|w| w.chars().count() >= 4)
        .collect();
    !line.ends_with(['.', '!', '?', ':', ';', ',', '"', '”'])
        && long.len() >= 3
        && long.iter().filter(|w| w.starts_with(char::is_uppercase)).count() * 5 >= long.len() * 4
}

/// Most words of a salutation naming one person (`Premier [Zhou Enlai]:`).
const MAX_SALUTATION_WORDS: usize = 4;

/// The addressees of a salutation line that lists them and ends with a colon
/// (`Chairman [Mao], Comrade [Liu] Shaoqi, and report to the Central
/// Committee:`): two or more items, each a person's title or `Comrade` and a
/// name, or a body (`the Central Committee`), at least one a person; or one
/// person's title and name of at most four words (`Premier [Zhou Enlai]:`). Returns
/// each item's byte range in `line` and its kind.
fn addressee_list(line: &str) -> Option<Vec<(usize, usize, ActorKind)>> {
    let content = line.strip_suffix(':')?;
    if !INSTITUTION_COLON.is_match(line) || ADDRESS_LINE.is_match(line) {
        return None;
    }
    let mut items = Vec::new();
    let mut start = 0;
    for piece in content.split(',').flat_map(|part| part.split(" and ")) {
        let at = start + content[start..].find(piece).unwrap_or(0);
        start = at + piece.len();
        let lead = piece.len() - piece.trim_start().len();
        let mut item = piece.trim();
        let mut offset = at + lead;
        for prefix in ["and ", "report to ", "copy to "] {
            if let Some(rest) = item.strip_prefix(prefix) {
                offset += prefix.len();
                item = rest;
            }
        }
        if item.is_empty() {
            continue;
        }
        let first = item.split_whitespace().next().unwrap_or_default().trim_matches(['[', ']']).to_lowercase();
        let kind = if ACTOR_PERSON_TITLES.contains(first.as_str()) {
            ActorKind::Person
        } else if item.split_whitespace().any(|w| ORG_HEADS.contains(w.to_lowercase().as_str())) {
            ActorKind::Organization
        } else {
            return None;
        };
        items.push((offset, offset + item.len(), kind));
    }
    // `Premier [Zhou Enlai]:`: one person, by title and name, alone on the
    // salutation's line.
    let one_person =
        matches!(items[..], [(_, _, ActorKind::Person)]) && content.split_whitespace().count() <= MAX_SALUTATION_WORDS;
    (one_person || items.len() >= 2 && items.iter().any(|&(_, _, kind)| kind == ActorKind::Person)).then_some(items)
}

/// Adds the addressee or addressees written in `body[start..end]`: a list
/// after `Comrades`/`Cdes.` is split into names; anything else is one actor.
fn push_addressees(body: &str, start: usize, mut end: usize, rule: &str, out: &mut Vec<Extracted<Actor>>) {
    // `To: KRAJEWSKI, EYES ONLY`, `To: … RAPACKI, IMMEDIATELY`: a handling
    // mark after the addressee is no part of it.
    if let Some(comma) = body[start..end].rfind(',')
        && crate::lexicon::HANDLING_CAVEATS.contains(body[start + comma + 1..end].trim().to_lowercase().as_str())
    {
        end = start + comma;
    }
    let text = &body[start..end];
    // `To: First Direction – Relations; Second Direction – Relations`: a
    // semicolon between addressees, each written out in capitals.
    if text.contains("; ")
        && !text.contains(['(', '[', ':'])
        && text.split("; ").all(|piece| piece.trim_start().starts_with(char::is_uppercase))
    {
        let mut piece_start = start;
        for piece in text.split("; ") {
            push_addressees(body, piece_start, piece_start + piece.len(), rule, out);
            piece_start += piece.len() + 2;
        }
        return;
    }
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
    if push_person_and_post(body, start, end, rule, out) {
        return;
    }
    // `To Comrade Erdélyi, Comrade Zágor, Comrade Mrs. Szücs,`: comrades one
    // after another, each with the cue, each an addressee
    // (`actors.body.address_list`).
    // `Sent to: Comrade Várkonyi Comrade Roska`: without the commas too.
    // (Each after its own `To` is read below.)
    // (Nor two joined by `and`, read below.)
    if text.starts_with("Comrade ")
        && text.contains(" Comrade ")
        && !text.contains(" To Comrade ")
        && !text.contains(" TO COMRADE ")
        && !AND_COMRADE.is_match(text)
    {
        let text = text.trim_end_matches([',', ' ']);
        let mut piece = start;
        for (at, _) in text.match_indices(" Comrade ") {
            let cut = if text[..at].ends_with(',') { at - 1 } else { at };
            push_one(body, piece, start + cut, "actors.body.address_list", ActorKind::Person, out);
            piece = start + at + 1;
        }
        push_one(body, piece, start + text.len(), "actors.body.address_list", ActorKind::Person, out);
        return;
    }
    // `To Comrade MIKOYAN, A.I. To Comrade SUSLOV, M.A.`: one line, two
    // addressees, each after its own `To`.
    if let Some(at) = text.find(" To Comrade ").or_else(|| text.find(" TO COMRADE ")) {
        push_one(body, start, start + at, rule, ActorKind::Person, out);
        push_addressees(body, start + at + 4, end, rule, out);
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
    // `the Ministry of Foreign Affairs and Comrade [Li] Fuchun`, `the Romanian
    // Ministry of Foreign Affairs, to comrade Ion Ciubotaru`: two addressees.
    if let Some(and) = AND_COMRADE.find(text) {
        push_one(body, start, start + and.start(), rule, ActorKind::Unknown, out);
        push_one(body, start + and.start() + 5, end, rule, ActorKind::Person, out);
        return;
    }
    // `the Ministry of Foreign Affairs and Ministry of Higher Education`: two
    // institutions, each named with its head noun.
    if let Some(and) = text.match_indices(" and ").map(|(i, _)| i).find(|&i| {
        let after = text[i + 5..].split_whitespace().next().unwrap_or_default();
        after.starts_with(char::is_uppercase) && ORG_HEADS.contains(after.to_lowercase().as_str())
    }) && names_institution(&text[..and])
    {
        push_one(body, start, start + and, rule, ActorKind::Organization, out);
        push_one(body, start + and + 5, end, rule, ActorKind::Organization, out);
        return;
    }
    let kind = if ONE_CUE.is_match(text) {
        ActorKind::Person
    } else if names_institution(text) {
        // `Military Intelligence Department,`: a body by its head noun.
        ActorKind::Organization
    } else {
        ActorKind::Unknown
    };
    push_one(body, start, end, rule, kind, out);
}

/// ` and Comrade …` or `, to comrade …` inside an address: a second addressee
/// (the joiner is five bytes either way).
static AND_COMRADE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?: and|, to) (?i:comrade|cde\.?|com\.|tov\.)\s").expect("valid regex"));

fn push_one(body: &str, start: usize, end: usize, rule: &str, kind: ActorKind, out: &mut Vec<Extracted<Actor>>) {
    let raw = &body[start..end];
    let cue = ONE_CUE.find(raw).map_or(0, |m| m.end());
    let name = raw[cue..].trim().trim_end_matches(['.', ',', ';', ':', '!']).trim();
    // `[Aleksander] KRAJEWSKI1`, `CHABASINSKI[1]`: a footnote's number stuck
    // to the name, bare or in brackets.
    let name = match name.strip_suffix(']').and_then(|n| n.rsplit_once('[')) {
        Some((bare, number))
            if !number.is_empty()
                && number.len() <= 2
                && number.chars().all(|c| c.is_ascii_digit())
                && bare.ends_with(char::is_alphabetic) =>
        {
            bare
        }
        _ => name,
    };
    let name = match name.trim_end_matches(|c: char| c.is_ascii_digit()) {
        bare if bare.len() + 2 >= name.len() && bare.ends_with(char::is_alphabetic) && bare.len() < name.len() => bare,
        _ => name,
    };
    let name = ["the ", "The ", "THE "].iter().find_map(|article| name.strip_prefix(article)).unwrap_or(name);
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

    #[test]
    fn a_bodys_receipt_stamp_names_it() {
        // wilson-dev east-asia-br, Sudarikov's journal (1972), and east-europe-av
        // (the USSR MFA's stamp with its department).
        let journal = "[CPSU CC stamp:\n\n12 July 1972 22900]\n\nSECRET Copy Nº 1\n\n6 July 1972";
        let stamp = receipt_stamp(journal).expect("stamp");
        assert_eq!((stamp.value.name.as_str(), stamp.value.kind), ("CPSU CC", ActorKind::Organization));
        assert_eq!(&journal[stamp.evidence.start..stamp.evidence.end], "CPSU CC");
        let mfa = receipt_stamp("[faded USSR MFA Stamp: Far East Department, 12 March 1957]").expect("stamp");
        assert_eq!(mfa.value.name, "USSR MFA");
        // east-asia-ck da__document-120766 (1955): a department of five words.
        let department = receipt_stamp("SOVIET EMBASSY IN THE DPRK Secret Copy Nº 3 [USSR MFA Far East Department stamp: [[4865]]s 31 Dec 55] JOURNAL OF SOVIET AMBASSADOR").expect("stamp");
        assert_eq!(department.value.name, "USSR MFA Far East Department");
        // east-asia-cl da__document-journal-…-puzanov-20-may-1958: its words
        // broken over lines.
        let broken = receipt_stamp(
            "[faded stamp:\n\n\n11 June 1958]\n\n[MFA Far East\n\nDepartment stamp:\n\nIncoming Nº 01579",
        )
        .expect("stamp");
        assert_eq!(broken.value.name, "MFA Far East Department");
        // A kind of stamp names no body.
        assert!(receipt_stamp("[Time Stamp: 00:15]").is_none());
        assert!(receipt_stamp("[Cancelled stamp: illegible]").is_none());
        assert!(receipt_stamp("[stamp: Secret]").is_none());
        assert!(receipt_stamp("[TOP SECRET stamp: 12 May 1970]").is_none());
        // east-asia-bv, the GDR embassy's memorandum on the Pueblo (1968): the
        // ministry's stamp on a line of its own, below a grade's.
        let gdr = "Stamped: Confidential Matter 5/68\n\nStamped: Ministry for Foreign Affairs, 5 February 1968\n\nStamped: Declassified, 1 October 1987\n";
        assert_eq!(receipt_stamp(gdr).expect("stamp").value.name, "Ministry for Foreign Affairs");
        assert!(receipt_stamp("Stamped: Declassified, 1 October 1987\n").is_none());
    }

    #[test]
    fn an_archives_file_above_the_letterhead() {
        // east-asia-bn and east-asia-ab: the SED file's lines, then the GDR
        // embassy's own.
        let note = "SED Central Committee\n\nDepartment of International Relations\n\nSAPMO-BA, DY 30, IV A2/20/250\n\n\n\nGDR Embassy in DPRK\n\nA 38/805/219\n\n\nPyongyang, 2 July 1964\n\nNote about a Conversation";
        assert_eq!(letterhead(note).expect("letterhead").value.name, "GDR Embassy in DPRK");
        let bracketed = "[SED Central Committee\nDepartment of International Relations\nSAPMO-BA, archival signature missing]\n\nGDR Embassy in DPRK\n\nPyongyang, 21 December 1961\n\nN o t e";
        assert_eq!(letterhead(bracketed).expect("letterhead").value.name, "GDR Embassy in DPRK");
        assert!(!is_archive_signature("USSR, 1953"));
        assert!(is_archive_signature("AVPRF, f. 0102, op. 11"));
    }

    #[test]
    fn to_alone_above_the_addressee() {
        // east-europe-by, dvinci node 88305 (the BCP CC department to the
        // Politburo, 3 August 1988).
        let memo = "To\n\nPolitburo of the Central Committee of the Bulgarian Communist Party\n\nMEMORANDUM\n\nof the “Foreign Policy and International Relations” department of the CC BCP\n\nComrades,";
        check(memo, &["Politburo of the Central Committee of the Bulgarian Communist Party"]);
        assert!(letterhead(memo).is_none());
    }

    #[test]
    fn a_french_letters_inside_address() {
        // world-bv, Perrin's note to Couve de Murville (28 February 1967).
        check(
            "THE HIGH COMMISSIONER\n\nParis, on February 28th, 1967\n\nMister COUVE DE MURVILLE\nMinister of foreign affairs\n37, quai d’orsay\n\nTo the Minister,\nI have the honor to send you, herewith, a note",
            &["Mister COUVE DE MURVILLE"],
        );
    }

    #[test]
    fn a_cover_letters_recipients_with_their_departments() {
        // east-europe-bi dvinci__node-94743 (Kótai, 27 December 1983): one
        // holder a line, the department after the name; a marking and a
        // heading in capitals end the list.
        check(
            "With fraternal greeting,\n\nGéza Kótai\n\n \n\nRecipients:\n\nIstván Katona CC Bureau\n\nErnő Lakatos Agitation and Propaganda Department\n\nTibor Baranyai Party and Mass Organizations Department\n\nPál Tétényi Department for Sciences, Public Education and Culture\n\nPéter Várkonyi Minister of Foreign Affairs\n\n \n\n \n\nConfidential!\n\n \n\nPROTOCOL NOTE\n\n \n\nThe 13th meeting to consult on the Chinese question",
            &["István Katona", "Ernő Lakatos", "Tibor Baranyai", "Pál Tétényi", "Péter Várkonyi"],
        );
    }

    #[test]
    fn one_addressee_a_line_and_a_submitted_report() {
        // world-o, Bagirov's message of 12 April 1946.
        check(
            "To Cde. Stalin\n\n\nTo Cde. Molotov\n\n\nI, Bagirov, had a detailed conversation",
            &["Stalin", "Molotov"],
        );
        // east-europe-o, a telephone message from Budapest (1945).
        check(
            "Telephone message via VCh\nfrom Budapest 9 November\nto Cde. Stalin\nto Cde. Molotov\nThe discussions between the parties",
            &["Stalin", "Molotov"],
        );
        // east-europe-o, Mănescu's report of 30 October 1962.
        check(
            "30 October 1962\n\nThe report submitted by Foreign Minister Corneliu Mănescu to the members of the Politburo of the RWP CC, regarding the discussions of the members of a Romanian government delegations and several members of the CPSU and Soviet state’s leaders (Moscow, October 23, 1962).1\n\n[Manuscript records:]",
            &["Politburo of the RWP CC"],
        );
    }

    #[test]
    fn a_papers_heading_names_its_writer_below() {
        // east-europe-az da__document-116358, Kumbiliev's report to Zhivkov (1961).
        let body = "Top secret!\n\n \n\nR E P O R T\n\nof GEORGI KUMBILIEV\n\nMinister of Foreign Trade\n\n \n\nComrade Zhivkov,";
        let writer = heading_writer(body).expect("a writer");
        assert_eq!(writer.value.name, "GEORGI KUMBILIEV");
        assert_eq!(&body[writer.evidence.start..writer.evidence.end], "GEORGI KUMBILIEV");
        // east-europe-f and east-asia-s: an office, a topic.
        assert!(
            heading_writer("Report\n\nBy the Chairman of the Delegation of the Ministry of Internal Affairs\n")
                .is_none()
        );
        assert!(heading_writer("REPORT\n\nof visits to the Mongolian People's Republic\n").is_none());
        assert!(heading_writer("Information\n\nfrom Reuters Dispatches\n").is_none());
        assert!(
            heading_writer("MEMORANDUM\n\nFrom the Minister of National Defense\n\nCol.-Gen. Dobri Djurov\n").is_none()
        );
    }

    #[test]
    fn a_ministry_division_addressed_at_the_top() {
        // east-asia-az da__document-114077, a Romanian telegram from Pyongyang
        // (1973): the division and its ministry's abbreviation.
        check(
            "English HTML\n\nTo the First Division, MFA\n\nBetween 8 and 13 October, several gatherings organized as military training comprising all military corps took place in Pyongyang.",
            &["First Division, MFA"],
        );
        // east-asia-az dvinci …-no-060076 (1974): two directions of the
        // ministry, a dash before their field.
        check(
            "Telegram from Pyongyang to Bucharest, SECRET, Urgent, No. 060.076\n\nTo: First Direction – Relations; Second Direction – Relations\n\nOn 15 February, a South Korean fishing boat was sunk.",
            &["First Direction – Relations", "Second Direction – Relations"],
        );
        assert!(names_institution("First Division, MFA"));
        assert!(names_institution("Second Direction – Relations"));
        assert!(!names_institution("the direction of the talks"));
        assert!(!names_institution("Direction of Soviet Foreign Policy"));
        // A stamp's brackets (east-asia, Puzanov's journal of 16 June 1960).
        assert!(!names_institution("USSR EMBASSY [USSR MFA Far [USSR MFA General"));
    }

    #[test]
    fn comrades_one_after_another_on_an_address_line() {
        // east-asia-bn, Fendler's information report (1968).
        let body = "To Comrade Erdélyi, Comrade Zágor, Comrade Mrs. Szücs,\n[…] On the way home from Pyongyang, as far as Beijing I travelled together with Comrade Phan.";
        let names: Vec<String> = recipients(body).into_iter().map(|a| a.value.name).collect();
        assert_eq!(names, ["Erdélyi", "Zágor", "Mrs. Szücs"]);
        // world-bs, Garai's report from Baghdad (1984): no commas between them.
        let body = "TOP SECRET!\nMade in: 12 copies\nSent to: Comrade Várkonyi Comrade Roska\nComrade Esztergályos Comrade Nagy\nprivate copy";
        let names: Vec<String> = recipients(body).into_iter().map(|a| a.value.name).collect();
        assert_eq!(&names[..2], ["Várkonyi", "Roska"]);
        // Two joined by `and` stay two clean names.
        let names: Vec<String> =
            recipients("To Comrade Kádár and Comrade Brezhnev\nThe talks").into_iter().map(|a| a.value.name).collect();
        assert_eq!(names, ["Kádár", "Brezhnev"]);
    }

    #[test]
    fn a_line_for_the_members_of_a_body() {
        // world-bl, the Soviet ambassador's statement on Iran (Budapest, 1983).
        let body = "for the members of the Political Committee\n\n\n\nOn  4  July  1983,  Comrade  János  Kádár  received  Soviet  Ambassador  Comrade Vladimir  Bazovsky at his request, who made the following oral statement on behalf of the Central Committee of the CPSU:";
        let names: Vec<String> = recipients(body).into_iter().map(|a| a.value.name).collect();
        assert_eq!(names, ["Political Committee"]);
        // Not a sentence about members.
        assert!(recipients("For the members of the delegation this was the first visit.\n\nThe talks").is_empty());
    }

    #[test]
    fn a_distribution_wrapped_over_lines() {
        // east-europe-bb, the Hungarian embassy in Havana (Beck), 1962.
        let body = "HIGHLY CONFIDENTIAL!\n\nPrepared in: 24 copies\n\nReceived by: members and substitute members of the Politburo,\n\nmembers of the Secretariat,\n\nComrade Árpád Pulai and\n\nImre Hollai\n\n \n\nC o p y\n\nof the report prepared by the embassy in Havana on 3 December 1962.";
        let mut got = Vec::new();
        distribution(body, &mut got);
        let names: Vec<&str> = got.iter().map(|a| a.value.name.as_str()).collect();
        for want in ["members of the Secretariat", "Árpád Pulai", "Imre Hollai"] {
            assert!(names.iter().any(|n| n.ends_with(want)), "{want} in {names:?}");
        }
        assert!(
            names.iter().all(|n| !n.contains("C o p y") && !n.contains("Copy") && !n.contains("report")),
            "{names:?}"
        );
        // A place and a salutation after the wrapped list are no readers.
        let mut got = Vec::new();
        distribution(
            "Received by: Comrade Kadar,\n\nBudapest, 5 May 1968\n\nDear Comrade Andropov,\n\nThe talks",
            &mut got,
        );
        let names: Vec<&str> = got.iter().map(|a| a.value.name.as_str()).collect();
        assert_eq!(names, ["Kadar"]);
    }

    #[test]
    fn a_numbered_copy_list() {
        // east-asia-ci, Ambassador Ivanov's journal for 24 December 1955.
        let body = "Soviet Ambassador in the DPRK [signature] (V. Ivanov)\nFour copies\n1 - to Cde. Molotov\n2 - to Cde. Fedorenko\n3 - to Cde. Kurdyukov\n4 - to file\ndrafted by Ivanov\ntyped by M/B [SIC]";
        let mut got = Vec::new();
        copy_list(body, &mut got);
        let names: Vec<&str> = got.iter().map(|a| a.value.name.as_str()).collect();
        assert_eq!(names, ["Molotov", "Fedorenko", "Kurdyukov"]);
    }

    #[test]
    fn a_protocols_extracts_to_comrades() {
        // east-europe-cg, the CPSU Secretariat's directive of 14 November 1980.
        let body = "Results of the vote:\n_________________________________________________________________________\n6430 Extracts to Cdes.: Kapitonov, Rusakov, Nikitin, Shibaev, Pastukhov, and Pegov\n\n24. Nov. 1980";
        let mut got = Vec::new();
        distribution(body, &mut got);
        let names: Vec<&str> = got.iter().map(|a| a.value.name.as_str()).collect();
        assert_eq!(names, ["Kapitonov", "Rusakov", "Nikitin", "Shibaev", "Pastukhov", "Pegov"]);
    }

    #[test]
    fn distribution_lines_name_the_readers_of_copies() {
        // east-europe-an da__document-117116 (Stalin with Gomułka and Minc,
        // 1945): the readers in prose after the cue.
        check(
            "English HTML\n\nDistributed to V. Molotov, L. Beria, G. Malenkov, A. Mikoyan, and A. Vyshinskii.\n\nMoscow     14 November 1945\n",
            &["V. Molotov", "L. Beria", "G. Malenkov", "A. Mikoyan", "A. Vyshinskii"],
        );
        // world-be da 119169 (Pushkin's journal, 1952): the cue alone on its
        // line, a name a line below it; an editor's `[Stamp:]` ends the list.
        check(
            "[signature]\n\nG. PUSHKIN\n\n \n\nDistributed to\n\nCdes. Stalin\n\nMolotov\n\nMalenkov\n\nBeria\n\n \n\n[Stamp:] Secretariat of V. M. Molotov\n\n3 July 1952\n",
            &["Stalin", "Molotov", "Malenkov", "Beria"],
        );
        // A handwritten name is one more item, without its label.
        check(
            "G. PUSHKIN\n\nDistributed to\n\nCdes. Stalin\n\n[Handwritten:] Malenkov\n\n[handwritten: Cde. Beria]\n\n[Stamp:] Secretariat of V. M. Molotov\n",
            &["Stalin", "Malenkov", "Beria"],
        );
        // world-v, Polish embassy in Rio de Janeiro (1962): two comrades a
        // line below `Received by:`; a footnote ends the list.
        check(
            "Our friends are having increasing problems with Juliao, the leader of the peasant league. He has a significant amount of money in his possession, which he has been using for unpredictable political activity.\n\n\nReceived by:\n\nComrade Gomulka Comrade Winiewicz\n\nComrade Cyrankiewicz Comrade Wierna\n\nComrade Ochab\n\n[1] Przemysław Ogrodziński (1918 – 1980), Polish diplomat",
            &["Gomulka", "Winiewicz", "Cyrankiewicz", "Wierna", "Ochab"],
        );
        // east-europe-ay da__document-message-bagirov-… and east-europe-ar
        // dvinci__node-92277: `Copy:` as the cue.
        check(
            "Tbilisi\nCopy: People’s Commissar of State Security of the Azerbaijan SSR\nI report that the units crossed",
            &["People’s Commissar of State Security of the Azerbaijan SSR"],
        );
        check("Copy: 3 of 5\nI report that the units crossed", &[]);
        // corpus/wilson dvinci__document-ciphered-telegram-shtykov-feng-xi-stalin-0
        // and its dc copy (1950): each reader's number of copies after the name.
        check(
            "Shtykov\nDistribution list - 11 copies: Stalin - 2, Molotov-1, Malenkov - 1, Beria - 1.",
            &["Molotov", "Malenkov", "Beria"],
        );
        check("No. 1001\nCopies: Stalin (2), Malenkov, Beria,\n", &["Stalin", "Malenkov", "Beria"]);
        // world-m, Chinese embassy in Pakistan (1960s): names, bodies, an
        // institution whose head two adjectives share; an editor's bracket
        // is no separator.
        check(
            "Copy to: Zhang, Zhang [Wenji], Ji [Pengfei], General Office, Soviet and European Affairs Department, Asian and African Affairs Department, Department of International Affairs\n",
            &[
                "Zhang",
                "Zhang [Wenji]",
                "Ji [Pengfei]",
                "General Office",
                "Soviet and European Affairs Department",
                "Asian and African Affairs Department",
                "Department of International Affairs",
            ],
        );
        // east-asia-ad, Yegnarov's special report (1945): one reader a line;
        // an editor's note is no reader. Titles alone name no one
        // (east-asia-y: `Already Forwarded to: Chairman, [Liu] Shaoqi, …`).
        check(
            "Distributed to:\nCde. Stalin\nCde. Malenkov\n[date off the reproduced page] April 1945\n",
            &["Stalin", "Malenkov"],
        );
        check(
            "Already Forwarded to: Chairman, [Liu] Shaoqi, Foreign Ministry\n",
            &["[Liu] Shaoqi", "Foreign Ministry"],
        );
        // east-asia-ap, Maneli's ciphergram from Saigon (1963): the copies'
        // readers under the addressee.
        check(
            "Came in to the Decoding Department at 15:00 hours.\nSpasowski\nFYI: Siedlecki, Trojanowski, Thee\nI asked Ambassador Lalouette to explain the attitude of de Gaulle’s declaration as to the Geneva Accords, and he replied at length.\n",
            &["Siedlecki", "Trojanowski", "Thee"],
        );
        // east-asia-aq, Puzanov's journal of 20 May 1960: an editor's note
        // after a copy's addressee.
        check(
            "He left at noon, and the talk was recorded by the attaché who was present at it for the whole time.\nFive copies printed\n3rd - to Cde. I. I. Tugarinov\n4th - to the USSR MFA UVPI [expansion unknown]\n5th - to file\n",
            &["I. I. Tugarinov", "USSR MFA UVPI"],
        );
        // east-asia-ap, Puzanov's journal (1960): copies numbered as ordinals.
        check(
            "He left at noon, and the talk was recorded by the attaché who was present at it for the whole time.\nFive copies printed\n1st - to Cde. A. A. Gromyko\n3rd - to the USSR MFA DVO\n5th - to file\n",
            &["A. A. Gromyko", "USSR MFA DVO"],
        );
    }

    #[test]
    fn quoted_addresses_routing_lines_and_numbered_copies() {
        // east-asia-m, Petrov's cable No. 832 (1945): the editor quotes the
        // handwritten address; the numbered copies are the distribution.
        check(
            "[handwritten at the top: \"To Cde. Molotov\"]\n| STRICTLY SECRET Reproduction prohibited |\nCopy Nº 1 - MARKUP Copy Nº 2 - to Stalin Copy Nº 3 - to Stalin |\nCopy Nº 8 - to Silin Copy Nº 9 - to the 10th Department Copy Nº 10 - to file\nCHONGQING Nº 32840",
            &["Molotov", "Stalin", "Silin"],
        );
        // east-asia-m, a Chinese Foreign Ministry cable (1961): the minute on top.
        check(
            "Please [send to] the Premier [for] Approval. (Already read by  [Zhang] Hanfu) -  JI Pengfei 12 April\n\nMinistry of Foreign Affairs of the People's Republic of China",
            &["Premier"],
        );
        // world-m, a proposal of the HSWP CC Foreign Affairs Department (1971).
        check(
            "Hungarian Socialist Worker’s Party Central Committee Foreign Affairs Department | STRICTLY CONFIDENTIAL!\nsubmitted to the Secretariat\nAt the invitation of the Hungarian Socialist Worker’s Party the delegation of the Central Committee",
            &["Secretariat"],
        );
    }

    /// Address lines in capitals and an editor's bracketed office.
    #[test]
    fn colon_ended_circulars_typed_labels_and_citizen_lines() {
        // east-asia-at, the Foreign Ministry's cable on France (1964): a
        // circular's long address up to its colon.
        check(
            "Outgoing Telegram of Foreign Ministry\nApproved by: Ji Pengfei\nGrade: Ultra urgent & Prior\nTo the Embassies and Offices of the Charge d'Affaires in Foreign Countries and the Delegation in Xiangkhoang:\nForeign Affairs Bulletin X\n1. [We] have already informed [you] that China and France have reached an agreement to establish diplomatic relations.",
            &["Embassies and Offices of the Charge d'Affaires in Foreign Countries", "Delegation in Xiangkhoang"],
        );
        // east-asia-ar, Qiao Xiaoguang's report (1959): the Central
        // Committee's covering circular, then the telegram's own address.
        check(
            "[To] All Provincial, Municipal, and Autonomous Region Party Committees, Party Organizations of Government Offices and People’s Associations, the [People’s Liberation Army] General Political Department, and the Communist Youth League Central Committee:\nI am sending you a copy of the telegram by Qiao Xiaoguang, [Chinese] Ambassador to [North] Korea, for your reading.\nCentral Committee\n25 September 1959\nReport on a Conversation with Kim Il Sung\n[To the] International Liaison Department of the Central Committee and the Ministry of Foreign Affairs:\nToday, Comrade Kim Il Sung told me",
            &[
                "All Provincial, Municipal, and Autonomous Region Party Committees",
                "Party Organizations of Government Offices and People’s Associations",
                "[People’s Liberation Army] General Political Department",
                "Communist Youth League Central Committee",
                "International Liaison Department of the Central Committee",
                "Ministry of Foreign Affairs",
            ],
        );
        // world-y, the Chinese Foreign Ministry's cable on Sampaio (1959).
        check(
            "To [Chinese] embassies and consulates abroad, offices of charges d'affaires, and the Kaesong Liaison Office:\n\nDiplomatic Bulletin No. 1 and 5",
            &["[Chinese] embassies and consulates abroad, offices of charges d'affaires", "Kaesong Liaison Office"],
        );
        // world-av and world-z: a typewriter's space before the colon.
        check(
            "To : The Political Officer in Sikkim, Gangtok.\n\nThe month was quiet.",
            &["Political Officer in Sikkim, Gangtok"],
        );
        check(
            "SECRET\nDecember 23, 1965\nTO : AF – Governor Williams\nFROM : AFN – John F. Root",
            &["AF – Governor Williams"],
        );
        // world-b, Subiza's memorandum (1979).
        check(
            "For information of: General Political Directorate   \n\nOrigin: Latin American Department",
            &["General Political Directorate"],
        );
        // world-ba and world-ay: a Mexican letter's `C.` (citizen), not a
        // section's letter (world-aa, the Lhasa mission's report).
        check(
            "29 October 1962\nCONFIDENTIAL\nC. Manuel Tello,\nSecretariat [Ministry] of Foreign Relations",
            &["Manuel Tello"],
        );
        check(
            "C. General Directorate of the Diplomatic Service\n\nThe meeting",
            &["General Directorate of the Diplomatic Service"],
        );
        check("C. Relations between Tibet and Nepal\n\nThe Nepalese delegation", &[]);
    }

    #[test]
    fn capital_and_bracketed_address_lines() {
        // east-europe-aq, the Bulgarian Foreign Ministry's memorandum (1967).
        check(
            "TO CC BCP [Central Committee of the Bulgarian Communist Party] POLITBURO\n\nMEMORANDUM\n\nIt is known that since 1962 relations between the two countries have not been normal.",
            &["CC BCP [Central Committee of the Bulgarian Communist Party] POLITBURO"],
        );
        // world-v, Khrushchev with Sarper (1960): the covering note's line.
        check("TO MEMBERS OF THE PRESIDIUM\n\nI am sending the transcript.", &["MEMBERS OF THE PRESIDIUM"]);
        // east-asia-b, Zhou Enlai with Ishibashi (1963): a heading's verb.
        check("TO ADVANCE SINO-JAPANESE DIPLOMATIC RELATIONS *[1]\n\nZhou Enlai said that", &[]);
        // east-europe-aq, Pavlíček's Cable No. 339 from Havana (1962).
        check("NEWSFLASH!\n\n[Deputy Foreign Minister Antonin] Gregor.\n\nRodriguez said that", &["Gregor"]);
        // east-europe-as, the Polish Secret Telegram No. 3453/III (1976).
        check(
            "Secret Telegram No. 3453/III\nFrom Moscow to Warsaw, September 29, 1976\nUrgent\nTo [Foreign Minister Stefan] Olszowski\nThe Information from the Foreign Ministry",
            &["Olszowski"],
        );
        // east-europe-as, the GDR Foreign Ministry's notice (1973).
        check(
            "[GDR Ministry of Foreign Affairs]\nDepartment Far East\n\nBerlin, July 18, 1973\n\nNotice for Comrade Fischer\n\n1. Attached is the draft",
            &["Fischer"],
        );
    }

    /// Address blocks as the real pages of corpus/wilson-dev write them.
    #[test]
    fn address_blocks() {
        // Real lines of `corpus/wilson-dev/east-asia-c`: an editor's bracketed
        // `[To]`, and a second addressee after `, to comrade`.
        check("Top Secret\n\n[To] Ambassador Wang Bingnan,\n\nThe 14th meeting", &["Wang Bingnan"]);
        // east-europe-e da__document-sukharev-et-al-cpsu-central-committee-question-katyn
        check("Secret\n[CPSU stamp:\n22 April 89 09287]\n[to the] CPSU CC\non the question of Katyn", &["CPSU CC"]);
        // east-europe-e da__document-116920: a cryptogram's addressee after `Com.`.
        check(
            "Bucharest, 28 August 1968\n\nCryptogram No 10456\n\nfrom Bucharest\n\nCom. Kruczkowski\n\nCom. Ochęduszko informs in his telegram No 328 dated 27th this month:",
            &["Kruczkowski"],
        );
        // -g da__document-report-embassy-romania-warsaw-…: a block of salutations.
        check(
            "Warsaw, 22 August 1989\nRCP CC – Comrade Secretary Ion Stoian,\nMFA – Comrade Minister Ioan Totu,\nComrade Deputy Minister Constantine Oancea, DR I\nOn 21 August the talks began.",
            &["Secretary Ion Stoian", "Minister Ioan Totu", "Deputy Minister Constantine Oancea"],
        );
        // east-europe-e da__document-111542: the office before the comrade.
        check(
            "13 November 1989, 09:45 pm\n\n[Foreign Affairs] Minister, Cde. Ioan Stoian,\n\nRegarding the situation in Bulgaria, we inform you.",
            &["Ioan Stoian"],
        );
        // east-asia-b da__document-117697: the office addressed, its holder below.
        check(
            "Embassy of the USSR in the PRC\nTop Secret\n“15” January 1963 Copy No. 1\nOutgoing No. 82\nTo the Minister of Foreign Affairs of the Union\nof Soviet Socialist Republics\nComrade Gromyko\nEnclosed is the copy of a record of conversation.",
            &["Minister of Foreign Affairs of the Union", "Gromyko"],
        );
        // east-europe-f da__document-letter-soviet-deputy-head-…-p-ivanshutin-…:
        // `Comrade.` with a stop, the surname before the initials.
        check("TOP SECRET\n\nTo Comrade. Blatov A.I.\n\nDuring the hockey game", &["Blatov A.I"]);
        // east-asia-f dvinci__document-journal-soviet-ambassador-dprk-am-puzanov-7-march-1960:
        // the distribution list a report ends with.
        check(
            "The conversation lasted an hour.\n[signature]\n(A. PUZANOV)\nFive copies printed\n1 - Cde. A. A. Gromyko\n2 - Cde. Yu. V. Andropov\n3 - Cde. DVO, USSR MFA\n4 - Cde. I. I. Tugarinov\n5 - to file\nNº [208]",
            &["A. A. Gromyko", "Yu. V. Andropov", "DVO, USSR MFA", "I. I. Tugarinov"],
        );
        // east-asia-p dvinci__document-journal-…-puzanov-6-october-1960 and
        // east-asia-al da__document-119436-pdf-…: `sent`, and a mark after the formula.
        check(
            "SOVIET AMBASSADOR IN THE DPRK [signature] /A. PUZANOV/\nFive copies printed v[i]\n1 - Cde. A. A. Gromyko\n2 - Cde. Yu. V. Andropov\n3 - Cde. I. I. Tugarinov\n4 - USSR MFA UVPI\n5 - to file\nNº 395 - 9 August 1960",
            &["A. A. Gromyko", "Yu. V. Andropov", "I. I. Tugarinov", "USSR MFA UVPI"],
        );
        check(
            "SOVIET AMBASSADOR IN THE DPRK [signature] (A. Puzanov)\nFive copies sent re\n1 - Cde. A. A. Gromyko\n2 - Cde. Yu. V. Andropov",
            &["A. A. Gromyko", "Yu. V. Andropov"],
        );
        // east-asia-an da__document-journal-…-puzanov-16-july-1957: a period after the number.
        check(
            "[signature] (A. PUZANOV)\nFive copies printed\n1 - Cde. Gromyko\n2. - Cde. Fedorenko\n3. - Cde. Kurdyukov\n4. - Cde. Solodovnik\n5. - file\nNº 482",
            &["Gromyko", "Fedorenko", "Kurdyukov", "Solodovnik"],
        );
        // -g dvinci__node-103112 and da__document-cable-telegram-no-59363-…: numbered copies.
        check(
            "Copy Nº 1 – DISTRIBUTION LIST\nNº 2 – to Stalin\nNº 3 – to Stalin\nNº 4 – to Molotov\nNº 11 - Copy\nTEHRAN",
            &["Stalin", "Molotov"],
        );
        check("The message follows.\nCopy Nº 3 to Cde. Molotov\nCopy Nº 4 to Cde. Malenkov", &["Molotov", "Malenkov"]);
        // -i da__document-115771 and da__document-115769: a handling mark after the addressee.
        check("Havana, 30 October 1962\nTo: KRAJEWSKI, EYES ONLY\nThe talks", &["KRAJEWSKI"]);
        check(
            "Moscow, 30 October 1962\nTo: [Foreign Minister Adam] RAPACKI, IMMEDIATELY\nThe talks",
            &["[Foreign Minister Adam] RAPACKI"],
        );
        // -g dvinci__node-91680: a footnote's number after the name.
        check("Havana, 2 January 1962\nTo: [Aleksander] KRAJEWSKI1\nThe talks", &["[Aleksander] KRAJEWSKI"]);
        // world-af (Rio de Janeiro, 1962): the footnote's number in brackets.
        check(
            "Ciphergram No. 728\nTo:  [Foreign Ministry Director Aleksander] KRAJEWSKI[1]\nThe talks",
            &["[Foreign Ministry Director Aleksander] KRAJEWSKI"],
        );
        // world-c da__document-115199: an editor's bracket opens the addressee's name.
        check("Mexico, D. F., 23 October 1962\n\n[To Amb. Alfonso] García Robles\n\nEmbamex", &["García Robles"]);
        // wilson dvinci__document-cable-chinese-foreign-ministry-and-public-security-ministry-…
        check(
            "[To the] Xinjiang Foreign Affairs Office: (Top Secret)\n\nThe text",
            &["Xinjiang Foreign Affairs Office"],
        );
        check(
            "TELEGRAM\nTo: the Romanian Ministry of Foreign Affairs, to comrade Ion Ciubotaru\nOn the",
            &["Romanian Ministry of Foreign Affairs", "Ion Ciubotaru"],
        );
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
        // east-asia-p dvinci__node-95812: the Central Committee alone on its line,
        // under the marking.
        check(
            "Secret. Copy #___\nCC CPSU\nThe USSR Ambassador to the DRV, cde. Lavrishchev reports (by special telephone from Hanoi #648) that",
            &["CC CPSU"],
        );
        // east-europe-q: Shelest's report from Kyiv (1968), the party spelled
        // short before the words.
        check(
            "Secret\nCPSU CENTRAL COMMITTEE\nA Slovak writer, Miloš Krno, who is a Communist and former partisan, has just been in the city of Kyiv.",
            &["CPSU CENTRAL COMMITTEE"],
        );
        check("Central Committee of the CPSU\nOn the results", &["Central Committee of the CPSU"]);
        // world-q: a Hungarian ambassador's report (1987), the addressee under
        // the subject line, a doctor's title before the name.
        check(
            "Top Secret!\nTehran, 22 May 1987\nSubject: Recent developments of the Iraq-Iran war\nComrade dr. Péter Várkonyi\nMinister of Foreign Affairs\nBudapest\nRecent developments of the war suggest that Iran’s superiority and military pressure on Iraq have grown.",
            &["Péter Várkonyi"],
        );
        // Not a body the lexicon does not know, nor a sentence.
        check("Secret\nCC XYZQ\nThe ambassador reports", &[]);
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
            &["Liebermann", "Ministry for Foreign Affairs"],
        );
        // `east-asia-ca`: an Indian embassy's letter (1966), its address block
        // between the date line and the subject line, with no `To`.
        check(
            "January 9, 1966.\n\n\nThe Foreign Secretary,\n\nMinistry of External Affairs\n\nNew Delhi.\n\nSubject: China And The West\n\nThis Embassy has been reporting from time to time.",
            &["Foreign Secretary"],
        );
        // `east-asia-bz`: Kim Il Sung's message to Tito (1978).
        check(
            "Pyongyang, July 1, 1978\n\nEsteemed Comrade Josip Broz Tito,\n\nI would like to extend my warm fraternal greeting to you",
            &["Josip Broz Tito"],
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

    /// Distribution lists, routing lines, inside addresses and flattened
    /// texts, each as a real page of corpus/wilson or corpus/wilson-dev writes it.
    #[test]
    fn distribution_inside_and_inline_addresses() {
        // east-europe-ae docslib 4518169: a BCP Politburo resolution flattened
        // to one line; the heading's `TO Comrade …`, up to the office.
        check(
            "RESOLUTION “A” No. 127 OF POLITBURO OF THE CENTRAL COMMITTEE OF THE BULGARIAN COMMUNIST PARTY FROM 2 JUNE 1961[1] TO Comrade Anton Yugov, Prime Minister of PR of Bulgaria Comrade Yugov, Our Ambassador in Havana has talked to Cuba’s Minister of Foreign Affairs",
            &["Anton Yugov"],
        );
        check("We said to Comrade Yugov, then, that the visit is welcome.", &[]);
        // east-asia-af da__document-113544: a telex's `ATTN:` line.
        check(
            "454025 PCIO CH\n\nATTN: MR. JUAN ANTONIO SAMARANCH, IOC PRESIDENT, LAUSANNE, SWITZERLAND\nFROM: KIM YU SUN, PRESIDENT OF DPR KOREAN NOC, PYONGYANG\n\nI acknowledge receipt of yr tlx dtd 11 Aug.",
            &["JUAN ANTONIO SAMARANCH"],
        );
        // da__document-report-etre-sandor-…: a Hungarian report's copy list.
        check(
            "Regional Division IV\n\nKorean Branch\n\nEtre Sándor\n\n\nProduced in 5 copies for:\n\n- Comrade Péter\n\n- Comrade Puja\n\n- Department\n\n\nSubject: Information",
            &["Péter", "Puja", "Department"],
        );
        // dvinci__node-91473: routing lines longer than a heading, then the
        // addressee ministry alone on its line; the routing line's items are
        // the readers of copies after it.
        let routing =
            format!("Forward to: {}Xi Bai", "Soviet and European Department, International Department, ".repeat(3));
        check(
            &format!(
                "Vice Minister has read this\n\n{routing}\n\nFrom: Indonesia\n\nDiscussion of Issues\n\nMinistry of Foreign Affairs:\n\nOn 27 January"
            ),
            &["Ministry of Foreign Affairs", "Soviet and European Department", "International Department", "Xi Bai"],
        );
        check("Regarding the Central Committee of the Party:\nThe", &[]);
        check("Committee Members:\nThe chairman", &[]);
        // dvinci__node-105699: an explicit label keeps a long address whole.
        check(
            "From:  Ministry of Foreign Affairs \nTo:  The Foreign Affairs Offices and Overseas Chinese Affairs Offices of Guangxi (autonomous region), Fujian and Yunnan Province:\nOn the issue",
            &[
                "Foreign Affairs Offices and Overseas Chinese Affairs Offices of Guangxi (autonomous region), Fujian and Yunnan Province",
            ],
        );
        // dvinci__document-cable-chinese-embassy-soviet-union-…: two ministries.
        check(
            "Reporting on the Talks\nTo the Ministry of Foreign Affairs and Ministry of Higher Education:\nOn the afternoon",
            &["Ministry of Foreign Affairs", "Ministry of Higher Education"],
        );
        // da__document-114284: a GDR letter's inside address; the embassy
        // heading above the date line is the sender.
        check(
            "GDR Embassy to the DPRK\n\nPyongyang, 1 September, 1975\n\nMinistry for Foreign Affairs\n\nHead of Far East Department\n\nComrade Helmut Liebermann\n\nB e r l i n\n\nDear Comrade Liebermann!\n\n1. From",
            &["Helmut Liebermann", "Ministry for Foreign Affairs"],
        );
        // docslib__doc-2159907: a PDF export's one-line text, a serial list.
        check(
            "[To] the Central Committee International Liaison Department, Premier [Zhou Enlai], Chairman [Mao Zedong], Central Committee, and the Northeast Bureau: We reached Pyongyang on the afternoon of 15 October. Pak Geum-cheol [Pak Kum Chol], Vice Chairman of the Korean [Workers’] Party Central Committee ; Pak Yong-guk [Pak Yong Guk], Director of the International Department; Heo Seok-seon [Ho Sok Son], Chairman of the Pyongyang Municipal Party Committee, and other comrades received us.",
            &[
                "Central Committee International Liaison Department",
                "Zhou Enlai",
                "Mao Zedong",
                "Central Committee",
                "Northeast Bureau",
            ],
        );
        // da__document-155255 of corpus/wilson: commas that run down one
        // institution's hierarchy.
        check(
            "To the Foreign Ministry and the International Liaison Department, Central Committee, Communist Party of China: Ambassador Ji Pengfei and Ambassador Wang Youping were invited to a meeting that lasted the whole afternoon and into the evening of that day, as both of them had recently arrived in their posts and asked many questions about the local situation.",
            &["Foreign Ministry", "International Liaison Department, Central Committee, Communist Party of China"],
        );
    }

    #[test]
    fn a_letterhead_names_the_writers_institution() {
        let head = |body: &str| letterhead(body).map(|a| a.value.name);
        // east-asia-b da__document-117697
        assert_eq!(
            head("Embassy of the USSR in the PRC\nTop Secret\n“15” January 1963 Copy No. 1\nTo the Minister"),
            Some("Embassy of the USSR in the PRC".to_owned())
        );
        // east-europe-d dvinci__node-88483
        assert_eq!(
            head("Workers of the World, Unite!\nTop Secret\nCommunist Party of the Soviet Union\nCENTRAL COMMITTEE"),
            Some("Communist Party of the Soviet Union".to_owned())
        );
        // world-j da__document-122538: a numbered department, and its
        // writer on the next line.
        let body = "9th Territorial Department\n\n\nBéla László\n\nWritten. in 6 copies\n\n\nCopies to: Comrade Garai";
        assert_eq!(head(body), Some("9th Territorial Department".to_owned()));
        assert_eq!(letterhead_writer(body).map(|a| a.value.name), Some("Béla László".to_owned()));
        assert_eq!(letterhead_writer("Embassy of the USSR in the PRC\nTop Secret\nTo the Minister"), None);
        // east-asia da__document-123758: a subject line is no letterhead.
        assert_eq!(head("Subject: The Korean Worker’s Party’s 6th Congress\n\nRi Jong-ok pointed out"), None);
        // world-g da__document-116846 and world-b (Subiza's memorandum).
        let body = "Written: in four copies\n\nthree to Center\n\none to Embassy\n\nThe Embassy of the Hungarian People’s Republic";
        assert_eq!(head(body), Some("The Embassy of the Hungarian People’s Republic".to_owned()));
        let body =
            "For information of: General Political Directorate\n\nOrigin: Latin American Department\n\nBuenos Aires";
        assert_eq!(head(body), Some("Latin American Department".to_owned()));
        // east-asia-x dvinci__node-92634: the place and date of writing on
        // the letterhead's line.
        let body =
            "GDR Embassy in the DPRK Pyongyang, 7 January 1970\n- Memorandum -\nOn a consultation about repatriation";
        assert_eq!(head(body), Some("GDR Embassy in the DPRK".to_owned()));
        // world-bh dvinci__document-activities-iraqi-embassy-…: a unit
        // numbered in roman numerals; not a head noun before a word.
        let body = "Main Department XX\n21 January 1987\nNo. 34/87\nI N F O R M A T I O N";
        assert_eq!(head(body), Some("Main Department XX".to_owned()));
        assert_eq!(head("Department Heads Meeting\n21 January 1987"), None);
        assert!(!is_roman_numeral("XIIV") && !is_roman_numeral("") && is_roman_numeral("IV"));
        // world-bo da__document-115183: a registry number after it.
        let body = "The National Planning Committee 6333\n\nFile No. 007 396/60 Attachment III\n\nR e p o r t";
        assert_eq!(head(body), Some("The National Planning Committee".to_owned()));
        // An address, a date or prose first: no letterhead.
        assert_eq!(head("To the Ministry of Foreign Affairs\nEmbassy of Hungary"), None);
        assert_eq!(head("Ministry of Foreign Affairs:\nThe talks"), None);
        assert_eq!(head("Pyongyang, 1 September, 1975\nMinistry for Foreign Affairs"), None);
    }

    #[test]
    fn the_drafter_beside_a_german_notes_place_and_date() {
        let drafter = |body: &str| {
            drafter(body).map(|a| {
                assert_eq!(&body[a.evidence.start..a.evidence.end], a.value.name);
                a.value.name
            })
        };
        // world-ax, notes of the Federal Chancellery (1990-93): an office's
        // code or a name on the place-and-date line, or on the line above.
        let wide = "AL 2 Bonn                                        14. September 1992\n\nV e r m e r k";
        assert_eq!(drafter(wide).as_deref(), Some("AL 2"));
        assert_eq!(drafter("AL 2 Bonn, 10. Juni 1991\nV e r m e r k").as_deref(), Some("AL 2"));
        assert_eq!(drafter("Referat 214 Bonn, 29.04.1993\nV e r m e r k").as_deref(), Some("Referat 214"));
        let body = "Ministerialdirektor Schlagintweit        Bonn, den 3. Juni 1992\n\nV e r m e r k";
        assert_eq!(drafter(body).as_deref(), Some("Ministerialdirektor Schlagintweit"));
        assert_eq!(drafter("Neuer\nBonn, den 22. November 1990\nV e r m e r k").as_deref(), Some("Neuer"));
        // world-as: a page's date line and a subject line are no drafter.
        assert_eq!(
            drafter("Chef BK, Referat 214       Bonn, den 18. Februar 1994").as_deref(),
            Some("Chef BK, Referat 214")
        );
        assert_eq!(drafter("Betr.: Gespräch\nBonn, den 3. Juni 1992"), None);
        assert_eq!(drafter("Bonn, den 3. Juni 1992\nV e r m e r k"), None);
        assert_eq!(drafter("The Ambassador said so.\nBonn, den 3. Juni 1992"), None);
        // Not part of a place's name, nor a marking or a copy's number above.
        assert_eq!(drafter("Frankfurt am Main, den 3. Juni 1992"), None);
        assert_eq!(drafter("Geheim\nBonn, den 3. Juni 1992"), None);
        assert_eq!(drafter("Top Secret\nBerlin, 12.5.1956"), None);
        assert_eq!(drafter("Copy No. 2\nPrague, 12.5.1956"), None);
    }

    #[test]
    fn the_keeper_of_a_diary_under_its_heading() {
        let keeper = |body: &str| {
            diary_writer(body).map(|a| {
                assert_eq!(&body[a.evidence.start..a.evidence.end], a.value.name);
                a.value.name
            })
        };
        // east-asia-ar da__document-memorandum-conversation-ambassador-…-qiao-xiaoguang:
        // the office, then the comrade on the next line.
        let body = "From the Diary of the Ambassador of the USSR in the DPRK,\nComrade Ivanov V.I.\n29 August – 14 September\n\nDuring a reception";
        assert_eq!(keeper(body).as_deref(), Some("Ivanov V.I."));
        // Its dvinci copy: the comrade inside the line.
        let body = "From the diary of the ambassador of the USSR\nIn the DPRK, Comrade Ivanov V.I. for the period\nFrom 30 October to 14 November 1956.";
        assert_eq!(keeper(body).as_deref(), Some("Ivanov V.I."));
        // east-asia-ad da__document-117863: the name on the heading's line.
        assert_eq!(keeper("From the Diary of N. V. ROSHCHIN\n\nTop Secret, Copy 4").as_deref(), Some("N. V. ROSHCHIN"));
        // world-ap (Samsonov and Siad Barre): a marking beside the heading,
        // the name below with the number.
        let body = "From the journal of Secret. Copy No. 2\nG.V. SAMSONOV Orig. No. 101\n11 March 1977";
        assert_eq!(keeper(body).as_deref(), Some("G.V. SAMSONOV"));
        // world-x docslib__doc-9812573: the office and date between.
        let body = "English Translation From the Diary of Secret Copy # 1\n\nVOKS Board Member 1 August 1953\n\nL. D. Kislova\n\nMemorandum from Conversations";
        assert_eq!(keeper(body).as_deref(), Some("L. D. Kislova"));
        // world-e da__document-117068 and east-asia-l (Shcherbakov): the
        // surname first.
        assert_eq!(keeper("from the diary of\n\nDarusenkov, O. T.\n").as_deref(), Some("Darusenkov, O. T."));
        assert_eq!(keeper("Diary of\n\nShcherbakov I.S.").as_deref(), Some("Shcherbakov I.S."));
        // east-asia-g (Volkov and Subandrio): the heading's lines name the
        // other side only.
        assert_eq!(keeper("From the journal of\n\nwith Indonesian Minister of Foreign Affairs SUBANDRIO"), None);
        // Letters beyond ASCII; not a rank, a section's number or a union.
        assert_eq!(keeper("From the Diary of A. Dvořák\nTop Secret").as_deref(), Some("A. Dvořák"));
        assert_eq!(keeper("From the Diary of\nLt. Col. A. Ivanov"), None);
        assert_eq!(keeper("Diary of\nI. Key Issues"), None);
        assert_eq!(keeper("From the Journalists' Union of the USSR\nN. V. Roshchin"), None);
    }

    #[test]
    fn from_lines_name_the_sender() {
        // -g da__document-cable-ambassador-rubens-ricuperos-…: a cable form's routing line.
        let body = "SECRET\nFrom Brasemb Baires to Exteriores  4/9/87\nIn my company the talks";
        let names: Vec<String> = senders(body).into_iter().map(|a| a.value.name).collect();
        assert_eq!(names, ["Brasemb Baires"]);
        check(body, &["Exteriores"]);
        check("From Moscow to Beijing the distance is great.", &[]);
        // world-b da__document-133947: the writer before his office and mission.
        let body = "TO: Foreign, New Delhi\nFROM: Om Prakash, Charge d’affaires, Embassy of India, Belgrade\nThe talks";
        let names: Vec<String> = senders(body).into_iter().map(|a| a.value.name).collect();
        assert_eq!(names, ["Om Prakash", "Embassy of India"]);
        let body = "Telegram received\nFrom: Embassy in Ottawa\nDate: 02/11/77\nNo: 118";
        let got: Vec<String> = senders(body).iter().map(|a| a.value.name.clone()).collect();
        assert_eq!(got, ["Embassy in Ottawa"]);
        // east-europe-ba, a Czechoslovak Politburo resolution (1956): the
        // submitter, a space before the colon and the date after a comma.
        let body = "Strictly confidential!\n\nSubmitted by : Comrade Barak, September 19, 1956\n\nResolution";
        let got: Vec<String> = senders(body).iter().map(|a| a.value.name.clone()).collect();
        assert_eq!(got, ["Barak"]);
        for line in [
            "Submitted by: Comrade Barak, 19 September 1956\n",
            "Submitted by: Comrade Barak, 19.09.1956\n",
            "Submitted by: Comrade Barak, September 19, 1956.\n",
        ] {
            let got: Vec<String> = senders(line).iter().map(|a| a.value.name.clone()).collect();
            assert_eq!(got, ["Barak"], "{line}");
        }
    }

    #[test]
    fn a_salutation_listing_its_addressees() {
        // corpus/wilson-dev/east-asia-d: dvinci__node-95876.
        check(
            "Chairman [Mao], Comrade [Liu] Shaoqi, and report to the Central Committee:\n \nOn the evening of the 21st I invited three representatives.",
            &["Chairman [Mao]", "[Liu] Shaoqi", "Central Committee"],
        );
        check("Present were Molotov, Beria and Malenkov, and the agenda:\nOn the first question.", &[]);
    }

    #[test]
    fn a_header_line_to_an_office_or_a_note_for_someone_names_the_addressee() {
        // corpus/wilson-dev/east-asia-d: da__document-ivanov-and-prikhodov-report-mongolian-referendum.
        check(
            "[Stamp: declassified]\nTo Deputy People’s Commissar of Foreign Affairs\nOn October 20, 1945 MPR held a plebiscite.",
            &["Deputy People’s Commissar of Foreign Affairs"],
        );
        // corpus/wilson-dev/world-c: da__document-otto-hauber-note-requested-federal-chancellor-….
        check("Bonn, September 16, 1968\n5 copies\n1st copy\nNote for Mister D II\nRe: Note requested", &["D II"]);
        check("To the best of my knowledge the plan holds.", &[]);
        // corpus/wilson-dev/east-europe-g: docslib__doc-2978855 (Serov's report).
        check(
            "Send to CC CPSU A. Mikoyan M. Suslov 29.X-1956\nTo Comrade MIKOYAN, A.I. To Comrade SUSLOV, M.A.\nI am reporting.",
            &["CC CPSU", "MIKOYAN, A.I", "SUSLOV, M.A"],
        );
        // corpus/wilson-dev/east-asia-l: dvinci__document-telegram-pyongyang-bucharest-secret-no-61530.
        check(
            "01/014916/29.4.1973\nTo Direction I Relations, to Comrade Director Ion Ciubotaru\nTo Direction II Relations Comrade Director L. Petrescu\n1. In a conversation with A. Lazar",
            &["Director Ion Ciubotaru", "Director L. Petrescu"],
        );
    }

    #[test]
    fn a_routing_memo_names_its_reader_and_its_author() {
        // da__document-123354 of corpus/wilson-dev/world (an Argentine memorandum).
        let body = "Ministry of Foreign Affairs and Worship           Very Urgent\n\nMemorandum No 294/85\n\nFor the information of: Secretary of State for Foreign Affairs and Worship\n\nProduced by: General Directory for Nuclear and Disarmament Affairs     \n\nBuenos Aires, May 14th 1985";
        check(body, &["Secretary of State for Foreign Affairs and Worship"]);
        let got: Vec<String> = senders(body).iter().map(|a| a.value.name.clone()).collect();
        assert_eq!(got, ["General Directory for Nuclear and Disarmament Affairs"]);
    }

    #[test]
    fn a_name_before_its_office_and_a_dash_for_the_colon() {
        // world-aa da__document-133965: the addressee, then his office and ministry.
        let body = "DATE: November 16, 1973\n\nTel: SANT/101/3/73\n\nFROM: G.J. Malik, Ambassador to Chile\n\nTO: Kewal Singh, Foreign Secretary, MEA\n\n…As you will see there is a good deal of cooperation.";
        check(body, &["Kewal Singh"]);
        assert_eq!(senders(body).iter().map(|a| a.value.name.as_str()).collect::<Vec<_>>(), ["G.J. Malik"]);
        // Two names after the label are two addressees, not a name and an office.
        check("To: Ivan Petrov, Nikolai Sidorov\n\nText.", &["Ivan Petrov, Nikolai Sidorov"]);
        // world-aa: an Indian mission's memorandum writes a dash for the colon.
        let body = "SECRET\n\nFrom – The Indian Trade Agent, Gyantse, & Officer in Charge, Indian Mission, Lhasa, P.O. Gyantse, Tibet.\n\nTo – The Political Officer in Sikkim, Gangtok.\n\nMemorandum No. 3(7)-I/50.";
        check(body, &["Political Officer in Sikkim, Gangtok"]);
        check("To - morrow we meet.\n", &[]);
    }

    #[test]
    fn a_distribution_list_of_comrades_in_the_header() {
        // east-asia-ac (dvinci node 97426, a Hungarian record of 1972).
        let body = "INTERNATIONAL ORGANIZATIONS\n\nMAIN DIVISION\n\nDr. Pataki János\n\nTOP SECRET!\n\n- Comrade Puja\n\n- Comrade Hollai\n\n- Department\n\n \n\nRecord\n\nSubject: The visit of Korean councilor Ahn Gi-son\n\nOn February 4 I met the Korean councilor.";
        check(body, &["Puja", "Hollai", "Department"]);
        // One bullet is no list.
        check("- Comrade Puja said so.\n\nThe talks went on.", &[]);
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
