//! Classification and handling markings: Top Secret, Strictly Secret, Urgent,
//! Niact, Eyes Only …
//!
//! Words like "secret" and "urgent" are common in running prose ("the secret
//! police", "Urgent measures are needed"), so a marking only counts where
//! documents put markings:
//!
//! * in the **title**: a comma-separated part (`…, Urgent, SECRET`), a bracket
//!   (`[Top Secret]`), or before the type word (`Secret Telegram from …`);
//! * in the **header** (the first 15 lines of the body):
//!   - a *labeled* field: `Classification: Secret`, `Precedence: Priority Urgent`,
//!     `Level: Extra urgent; advance`, `Status: Extremely Urgent, …`;
//!   - a *standalone* line made only of markings and editorial brackets:
//!     `Strictly secret.`, `(Top Secret)`, `SECRET [large stamp]`, `Secret, Urgent`,
//!     letter-spaced stamps (`[Stamps:] S e c r e t`);
//!   - *inline* in a header line, when the marking is capitalized (`Top Secret`,
//!     `TOP SECRET`), is preceded by the line start, punctuation, a number or
//!     another marking (`Number 1323 Top Secret Top Urgent`, `…: (Top Secret)`,
//!     `| Top Secret!`), and is not followed by a lowercase word (that would be a
//!     sentence: `Urgent measures are needed`). A capitalized marking that ends a
//!     short line also counts (`in the MPR Secret`, a right-margin stamp).
//!     The weak words Special, Exclusive and Priority count inline only in capitals.
//!     A grade in Chinese or Japanese characters counts inline when spaces set
//!     it off (`第3776号 暗秘 大至急`);
//! * in the **closing** (the last 6 lines): labeled fields and standalone lines only.
//!
//! Labels are canonical title case (`Top Secret`, `Top Priority`); a marking
//! seen several times is kept once, with its first evidence (title before body).
//! Copy counts ("Copy 19 of 50", "Produced in 4 copies") are not markings.

use std::sync::LazyLock;

use dossier_model::{Evidence, Extracted, Marking, MarkingKind, TextField};
use regex::Regex;

use crate::lines::{Line, zones};
use crate::title::split_title;

/// Every marking phrase, longest first so `Top Secret` is never read as `Secret`.
const MARKING_PHRASES: &str = r"(?:to\s+be\s+)?kept\s+in\s+strict\s+secrecy|not\s+for\s+the\s+public|for\s+official\s+use\s+only|绝密|机密|秘密|極秘無期限|極秘|暗秘|совершенно\s+секретно|строго\s+секретно|особой\s+важности|секретно|très\s+secret|secret\s+défense|confidentiel|estrictamente\s+confidencial|confidencial|secreto|reservado|streng\s+geheim|geheim|vertraulich|of\s+special\s+importance|of\s+special\s+significance|top[\s-]*secret|completely\s+secret|strictly\s+secret|strictly\s+confidential|highly\s+confidential|highly\s+classified|secret|confidential|restricted|reserved|classified|top\s+priority|top\s+urgent|extremely\s+urgent|extra\s+urgent|urgent|niact|eyes\s+only|limit(?:ed)?\s+distribution|exclusive|special\s+dossier|special|priority";

static MARKING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b(?:{MARKING_PHRASES})\b")).expect("valid regex"));

/// [`MARKING`] in ASCII mode, which the regex engine's fast DFA can run; on
/// ASCII text it matches exactly what [`MARKING`] matches.
static MARKING_ASCII: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i-u)\b(?:{MARKING_PHRASES})\b")).expect("valid regex"));

/// The marking phrases of `text`: the ASCII-mode regex for ASCII text (most
/// lines), the Unicode one otherwise, where `\b` must see letters like `á`.
fn markings_in(text: &str) -> regex::Matches<'static, '_> {
    if text.is_ascii() { MARKING_ASCII.find_iter(text) } else { MARKING.find_iter(text) }
}

/// Whether `line` may hold a letter-spaced word: two one-letter words in a row
/// (the regex needs four letters; the first and last may touch punctuation).
fn may_be_letter_spaced(line: &str) -> bool {
    let mut singles = 0;
    for word in line.split(' ') {
        let mut chars = word.chars();
        let single = chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
        singles = if single { singles + 1 } else { 0 };
        if singles >= 2 {
            return true;
        }
    }
    false
}

static WHOLE_MARKING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{MARKING_PHRASES})$")).expect("valid regex"));

/// Whether `text` is a marking phrase and nothing else (`CONFIDENTIEL`,
/// `Top Secret`): a stamp, never a name.
pub(crate) fn is_marking_phrase(text: &str) -> bool {
    WHOLE_MARKING.is_match(text.trim())
}

/// A word typed with spaces between its letters, as stamps are transcribed.
static LETTER_SPACED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:\p{L} ){3,}\p{L}\b").expect("valid regex"));

/// A header field whose value is a marking.
static LABELED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:(?:degree|level)\s+of\s+)?(?:classification|precedence|level|status|priority|security|handling|grade|urgency|confidentiality|secrecy)(?:\s+(?:level|degree|grade))?\s*:\s*")
        .expect("valid regex")
});

/// A classification word before the type word opens a title: `Secret
/// Telegram`, also across a few capitalized words naming the sender (`Secret
/// North Vietnam Politburo Cable No. 320`).
static TITLE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:(top\s+secret|strictly\s+secret|secret|confidential|urgent))\s+(?:\p{Lu}[\p{L}.'-]*\s+){0,4}(?i:telegram|telephonogram|cable|letter|report|memorandum|ciphergram|message|note|attachment|annex|appendix|enclosure|resolution|decision|directive|instruction|order|decree|protocol|minutes|record|dispatch|despatch|circular|document)\b")
        .expect("valid regex")
});

/// A copy count straight after a marking: `Copy Nº 2`, `. Copy No. 6`, `copy 3`,
/// the number sign alone (`Secret Nº [1]`, a Soviet journal's stamp), `only
/// copy` (a Soviet record kept in one copy), `Done in 3 copies`.
static COPY_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[.,;]?\s*(?:copy\s+(?:n[oº°]\.?\s*|№\s*|#\s*)?\d|(?:nº|№)\s*\[?\d|(?:only|single|sole)\s+copy\b|(?:done|made|printed|typed|produced)\s+in\s+\d+\s+copies\b)")
        .expect("valid regex")
});

/// A file's or a document's number straight after a grade: `Top Secret File
/// #: 820`, `Secret document 35`, a registry number alone (`FOR FOREIGN
/// AFFAIRS Confidential Number 429390`), `Top secret file, Russian Foreign Ministry
/// Archives`, or the noun ending the line.
static FILE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:(?i:file|document)(?:\s*$|\s*[#,:]|\s+(?:(?i:no)\.?\s*|[Nn][º°]\s*|№\s*)?\d)|(?:(?i:no)\.?|(?i:number)|[Nn][º°]|№)\s*\d)")
        .expect("valid regex")
});

/// A cited paper's date straight after its grade (`– CONFIDENTIAL, of 2
/// April 1969`).
static CITED_DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^,?\s+(?i:of|dated)\s+\d").expect("valid regex"));

/// How far into a line the highest grade may stand and still be read as a
/// stamp in running header words: a page that lost its line breaks runs its
/// header into one long line, whose prose starts past this.
const TOP_GRADE_REACH: usize = 600;

/// Bracketed editorial notes on a header line (`[Stamps:]`, `[large stamp]`).
static BRACKET_NOTE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[[^\]]*\]").expect("valid regex"));

/// A capitalized marking that ends a line this short is a margin stamp.
const SHORT_LINE_CHARS: usize = 60;

/// The canonical label and kind of a matched phrase, and whether it is weak.
fn canonical(phrase: &str) -> Option<(MarkingKind, &'static str, bool)> {
    use MarkingKind::{Classification, Handling};
    let words: Vec<String> = phrase
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let found = match words.join(" ").as_str() {
        // The Soviet grade above top secret (особой важности).
        "of special importance" | "особой важности" => (Classification, "Of Special Importance", false),
        // Russian and Bulgarian originals printed with a translation.
        "совершенно секретно" => (Classification, "Top Secret", false),
        "строго секретно" => (Classification, "Strictly Secret", false),
        "секретно" => (Classification, "Secret", false),
        // Chinese originals (the grades of the PRC's and the ROC's files).
        "绝密" => (Classification, "Top Secret", false),
        "机密" => (Classification, "Secret", false),
        "秘密" => (Classification, "Confidential", false),
        // The Japanese foreign ministry's top grade (`第1582号 極秘 大至急`),
        // also with its term, `indefinitely` (極秘無期限).
        "極秘" | "極秘無期限" => (Classification, "Top Secret", false),
        // Its cipher cables' secret grade, `cipher, secret` (`第3776号 暗秘 大至急`).
        "暗秘" => (Classification, "Secret", false),
        // `(To Be Kept in Strict Secrecy)`, a Korean record's head.
        "to be kept in strict secrecy" | "kept in strict secrecy" => (Classification, "Strictly Secret", false),
        // The East German `Nicht für die Öffentlichkeit!` and the US and
        // British `For Official Use Only`.
        "not for the public" => (Classification, "Not for the Public", false),
        "for official use only" => (Classification, "For Official Use Only", false),
        // The Polish grade of the ciphergrams (szczególnego znaczenia).
        "of special significance" => (Classification, "Of Special Significance", false),
        // `TOPSECRET`: a stamp whose space a scan or a transcription lost.
        "top secret" | "topsecret" => (Classification, "Top Secret", false),
        // A word-for-word translation of совершенно секретно.
        "completely secret" => (Classification, "Top Secret", false),
        "highly confidential" => (Classification, "Highly Confidential", false),
        "highly classified" => (Classification, "Highly Classified", false),
        "strictly secret" => (Classification, "Strictly Secret", false),
        "strictly confidential" => (Classification, "Strictly Confidential", false),
        // Grades in the original's language, printed in a translation or
        // an untranslated page: French, Spanish and Portuguese, German.
        "très secret" => (Classification, "Top Secret", false),
        "secret défense" => (Classification, "Secret", false),
        "confidentiel" | "confidencial" => (Classification, "Confidential", false),
        "estrictamente confidencial" => (Classification, "Strictly Confidential", false),
        "secreto" | "geheim" => (Classification, "Secret", false),
        "streng geheim" => (Classification, "Strictly Secret", false),
        "vertraulich" => (Classification, "Confidential", false),
        "reservado" => (Classification, "Reserved", true),
        "secret" => (Classification, "Secret", false),
        "confidential" => (Classification, "Confidential", false),
        // The lowest British (and Japanese, 取扱注意) grade; a common word in
        // prose, so weak: a line of its own or capitals.
        "restricted" => (Classification, "Restricted", true),
        // The Latin American grade (`Reservado`, a Mexican air letter's
        // `Reserved`), likewise weak.
        "reserved" => (Classification, "Reserved", true),
        // A translator's word for a grade the page does not spell out (a
        // Polish cryptogram's `Classified` above its number); weak as well.
        "classified" => (Classification, "Classified", true),
        "top priority" => (Handling, "Top Priority", false),
        "top urgent" => (Handling, "Top Urgent", false),
        "extremely urgent" => (Handling, "Extremely Urgent", false),
        "extra urgent" => (Handling, "Extra Urgent", false),
        "urgent" => (Handling, "Urgent", false),
        "niact" => (Handling, "Niact", false),
        "eyes only" => (Handling, "Eyes Only", false),
        "limit distribution" | "limited distribution" => (Handling, "Limit Distribution", false),
        "exclusive" => (Handling, "Exclusive", true),
        // The Politburo's closed file (особая папка).
        "special dossier" => (Handling, "Special Dossier", false),
        "special" => (Handling, "Special", true),
        "priority" => (Handling, "Priority", true),
        _ => return None,
    };
    Some(found)
}

/// One marking phrase found on a line, before it is accepted.
#[derive(Debug, Clone)]
struct Candidate {
    /// Byte range in the line.
    start: usize,
    end: usize,
    /// The phrase with letter spacing removed.
    phrase: String,
}

/// Every marking in the title, the header and the closing of a document.
pub(crate) fn find_markings(title: Option<&str>, body: &str) -> Vec<Extracted<Marking>> {
    let mut found = Vec::new();
    if let Some(title) = title {
        title_markings(title, &mut found);
    }
    let lines = crate::lines::non_empty_lines(body);
    let (header, closing) = zones(&lines);
    for line in header {
        line_markings(body, line, "markings.header", true, &mut found);
    }
    for line in closing {
        line_markings(body, line, "markings.closing", false, &mut found);
    }
    // A second document's header after a separator: its own lines only.
    for line in &crate::lines::separated_headers(&lines) {
        line_markings(body, line, "markings.separated_header", false, &mut found);
    }
    let mut seen = Vec::new();
    found.retain(|m: &Extracted<Marking>| {
        let key = (m.value.kind, m.value.label.clone());
        if seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
    found
}

/// Handling terms of the US series that are markings only in a source note, where
/// they stand in the classification sentence ("Confidential; Presidential Handling.").
fn source_note_handling(part: &str) -> Option<&'static str> {
    match part.to_lowercase().as_str() {
        "presidential handling" => Some("Presidential Handling"),
        "nodis" | "no distribution" => Some("Nodis"),
        "exdis" => Some("Exdis"),
        "limdis" => Some("Limdis"),
        "operational immediate" => Some("Operational Immediate"),
        "immediate" => Some("Immediate"),
        "flash" => Some("Flash"),
        _ => None,
    }
}

/// Markings in a FRUS source note: the sentence right after the archival
/// reference lists them, `;`-separated ("Top Secret; Niact; Eyes Only."). Only that
/// sentence is read, and only parts that are whole markings, so "Drafted by …" or
/// "A note by Johnson on the source text …" never count.
pub(crate) fn source_note_markings(note: &str, archival_ref: Option<&str>) -> Vec<Extracted<Marking>> {
    let mut found = Vec::new();
    let after_ref = archival_ref.and_then(|r| note.find(r).map(|at| at + r.len())).unwrap_or(0);
    // The reference's own sentence ends at the first ". " after it.
    let Some(dot) = note[after_ref..].find(". ").map(|d| after_ref + d + 2) else {
        return found;
    };
    let sentence_end = note[dot..].find(". ").map_or(note.len(), |d| dot + d + 1);
    let sentence = &note[dot..sentence_end];
    let mut offset = dot;
    for part in sentence.split(';') {
        let trimmed = part.trim().trim_end_matches('.');
        let start = offset + part.find(trimmed).unwrap_or(0);
        let end = start + trimmed.len();
        offset += part.len() + 1;
        if trimmed.is_empty() {
            continue;
        }
        let evidence = Evidence::new(TextField::SourceNote, note, start, end);
        if WHOLE_MARKING.is_match(trimmed) {
            push(&mut found, trimmed, "markings.source_note", evidence);
        } else if let Some(label) = source_note_handling(trimmed) {
            let marking = Marking { kind: MarkingKind::Handling, label: label.to_owned() };
            found.push(Extracted::new(marking, "markings.source_note", evidence));
        } else {
            // The first part that is not a marking ends the list.
            break;
        }
    }
    found
}

/// The classification the archive's own metadata gives (the current site's
/// `Original Classification` label: `Secret`), when it is one marking.
pub(crate) fn site_metadata_marking(value: &Extracted<String>) -> Option<Extracted<Marking>> {
    let phrase = value.value.trim();
    if !WHOLE_MARKING.is_match(phrase) {
        return None;
    }
    let (kind, label, _) = canonical(phrase)?;
    let marking = Marking { kind, label: label.to_owned() };
    Some(Extracted::new(marking, "markings.site_metadata", value.evidence))
}

fn push(found: &mut Vec<Extracted<Marking>>, phrase: &str, rule: &str, evidence: Evidence) {
    if let Some((kind, label, _)) = canonical(phrase) {
        let marking = Marking { kind, label: label.to_owned() };
        found.push(Extracted::new(marking, rule, evidence));
    }
}

fn title_markings(title: &str, found: &mut Vec<Extracted<Marking>>) {
    let core = split_title(title).core;
    if let Some(caps) = TITLE_PREFIX.captures(&title[core.clone()]) {
        let m = caps.get(1).expect("marking group");
        let evidence = Evidence::new(TextField::Title, title, core.start + m.start(), core.start + m.end());
        push(found, m.as_str(), "markings.title.prefix", evidence);
    }
    // Comma-separated parts of the title proper: `Telegram from Washington, DC,
    // No.084.504, Urgent, SECRET`.
    let mut part_start = core.start;
    for part in title[core.clone()].split(',') {
        let part_end = part_start + part.len();
        let trimmed = part.trim();
        if WHOLE_MARKING.is_match(trimmed) {
            let start = part_start + (part.len() - part.trim_start().len());
            let evidence = Evidence::new(TextField::Title, title, start, start + trimmed.len());
            push(found, trimmed, "markings.title.segment", evidence);
        }
        part_start = part_end + 1;
    }
    // A grade in brackets anywhere in the title, after the subject too
    // (`Report from Seán Ronan to Con Cremin (Dublin), ‘Irish Resolution …’
    // (Confidential), New York`); a weak word only in the title proper.
    for m in markings_in(title) {
        let (start, end) = (m.start(), m.end());
        let weak = canonical(m.as_str()).is_none_or(|(_, _, weak)| weak);
        if weak && !(core.start <= start && end <= core.end) {
            continue;
        }
        if let Some((open, close)) = enclosing_brackets(title, start, end) {
            let evidence = Evidence::new(TextField::Title, title, open, close);
            push(found, m.as_str(), "markings.title.bracket", evidence);
        }
    }
}

/// The range of `(`…`)` or `[`…`]` directly around `start..end`, if any.
fn enclosing_brackets(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let before = text[..start].chars().next_back()?;
    let after = text[end..].chars().next()?;
    let matched = matches!((before, after), ('(', ')') | ('[', ']'));
    matched.then(|| (start - before.len_utf8(), end + after.len_utf8()))
}

fn line_candidates(line: &str) -> Vec<Candidate> {
    let mut candidates: Vec<Candidate> = markings_in(line)
        .map(|m| Candidate { start: m.start(), end: m.end(), phrase: m.as_str().to_owned() })
        .collect();
    let spaced = if may_be_letter_spaced(line) { LETTER_SPACED.find_iter(line).collect() } else { Vec::new() };
    for m in spaced {
        let compact: String = m.as_str().chars().filter(|c| !c.is_whitespace()).collect();
        if WHOLE_MARKING.is_match(&compact) {
            candidates.push(Candidate { start: m.start(), end: m.end(), phrase: compact });
        }
    }
    // `CONFI[DENTIAL]`: a stamp the editor completed, alone on its line.
    if candidates.is_empty() && line.contains('[') && EDITOR_COMPLETED.is_match(line) {
        let compact: String = line.chars().filter(|c| !matches!(c, '[' | ']')).collect();
        if WHOLE_MARKING.is_match(&compact) {
            candidates.push(Candidate { start: 0, end: line.len(), phrase: compact });
        }
    }
    candidates.sort_by_key(|c| c.start);
    candidates
}

/// A word whose end an editor supplied in brackets (`CONFI[DENTIAL]`,
/// `Sec[ret]`), alone on its line.
static EDITOR_COMPLETED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{L}+\[\p{L}+\]\p{L}*$").expect("valid regex"));

/// True when nothing but markings, brackets and punctuation is on the line.
fn is_standalone(line: &str, candidates: &[Candidate]) -> bool {
    let mut rest = String::new();
    let mut pos = 0;
    for c in candidates {
        rest.push_str(&line[pos..c.start]);
        rest.push(' ');
        pos = c.end;
    }
    rest.push_str(&line[pos..]);
    let rest = BRACKET_NOTE.replace_all(&rest, " ");
    !rest.chars().any(char::is_alphanumeric)
}

fn line_markings(body: &str, line: &Line<'_>, zone: &str, inline_allowed: bool, found: &mut Vec<Extracted<Marking>>) {
    let text = line.text;
    let candidates = line_candidates(text);
    if candidates.is_empty() {
        return;
    }
    let evidence = |c: &Candidate| {
        let (start, end) = enclosing_brackets(text, c.start, c.end).unwrap_or((c.start, c.end));
        Evidence::new(TextField::Body, body, line.start + start, line.start + end)
    };
    if let Some(label) = LABELED.find(text) {
        for c in candidates.iter().filter(|c| c.start >= label.end()) {
            push(found, &c.phrase, &format!("{zone}.labeled"), evidence(c));
        }
        return;
    }
    if is_standalone(text, &candidates) {
        for c in &candidates {
            push(found, &c.phrase, &format!("{zone}.standalone"), evidence(c));
        }
        return;
    }
    if !inline_allowed {
        return;
    }
    let mut previous_end: Option<usize> = None;
    for c in &candidates {
        if inline_accepted(text, c, previous_end) {
            push(found, &c.phrase, &format!("{zone}.inline"), evidence(c));
            previous_end = Some(c.end);
        }
    }
}

/// The inline test described in the module docs.
fn inline_accepted(line: &str, c: &Candidate, previous_end: Option<usize>) -> bool {
    let matched = &line[c.start..c.end];
    let Some((_, _, weak)) = canonical(&c.phrase) else {
        return false;
    };
    // A grade in Chinese or Japanese characters, which have no capitals,
    // set off by spaces from the cable's number and precedence (`第3776号 暗秘
    // 大至急`): a word of its own on a header line is the stamp.
    if matched.chars().all(dossier_gazetteer::is_han) {
        let spaced_before = line[..c.start].chars().next_back().is_none_or(char::is_whitespace);
        let spaced_after = line[c.end..].chars().next().is_none_or(char::is_whitespace);
        return spaced_before && spaced_after;
    }
    let capitalized = matched
        .split(|ch: char| ch.is_whitespace() || ch == '-')
        .filter(|w| !w.is_empty())
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let all_caps = !matched.chars().any(char::is_lowercase);
    let first_cap = matched.starts_with(char::is_uppercase);
    // `a Top Secret report`, `marked Top Secret`: a grade written about.
    let prose_before = line[..c.start]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| crate::lexicon::MARKING_PROSE_WORDS.contains(w.to_lowercase().as_str()));
    // A registry number's suffix or bracket takes any case (`57/1961./top
    // secret`, `č.j.: A/1-00243/21-62 (Top secret)`).
    let suffixed = !weak
        && (line[..c.start].ends_with('/')
            || enclosing_brackets(line, c.start, c.end).is_some_and(|(_, end)| line[end..].trim().is_empty()));
    // A control marking joined to the grade (`SECRET/NIVAL`, `TOP
    // SECRET/SENSITIVE`, `SECRET/NOFORN`) is a marking wherever it stands.
    let compound = !weak
        && all_caps
        && line[c.end..].strip_prefix('/').is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase));
    // A grade printed with the copy count (`from the journal SECRET Copy Nº
    // 1`, `with the SECRET. Copy Nº 6`, `From the Diary of Secret Copy # 1`):
    // the stamp of a Soviet record, set into whatever line the header runs into.
    // `… 14 December 1944 Top secret Done in 3 copies`.
    // A lower-case grade that opens the line takes its copy count the same way
    // (`secret; copy no. 5 – add to a deed`, a Soviet memo's stamp in translation).
    let with_copy_count = !weak && (first_cap || c.start == 0) && COPY_COUNT.is_match(&line[c.end..]);
    // `Foreign Ministry Top Secret File`, `Ministry of Foreign Affairs Top
    // Secret Document`, `Not to be reproduced Top Secret File #: 820`,
    // `English Translation Secret document 35`: the grade of a Chinese
    // Foreign Ministry record and its file number.
    let file_grade = !weak && first_cap && !prose_before && FILE_NUMBER.is_match(&line[c.end..]);
    // `… with the Polish Professor Lange Top Secret May 17, 1944`: the
    // highest grade, its first word capitalized, is a stamp wherever a page
    // that lost its line breaks runs it into the header's words.
    let top_grade = !weak
        && first_cap
        && !prose_before
        && c.start < TOP_GRADE_REACH
        && matched.get(..3).is_some_and(|top| top.eq_ignore_ascii_case("top"))
        && canonical(&c.phrase).is_some_and(|(_, label, _)| label == "Top Secret");
    // `Exposição de Motivos APP/…/550.5(81a) – CONFIDENTIAL, of 2 April
    // 1969, from the Ministry …`: the grade of a paper cited by its number
    // and date.
    if CITED_DATE.is_match(&line[c.end..]) {
        return false;
    }
    // `Strictly confidential. Odevall from Leifland. For [your] information.`:
    // a grade that opens a line as a sentence of its own, in the lines a
    // marking may stand in, is the cable's grade in any case.
    let sentence_stamp = c.start == 0
        && first_cap
        && line[c.end..].strip_prefix(". ").is_some_and(|rest| rest.starts_with(char::is_uppercase));
    if suffixed || compound || with_copy_count || file_grade || top_grade || sentence_stamp {
        return true;
    }
    if !capitalized || (weak && !all_caps) {
        return false;
    }
    let after = &line[c.end..];
    let followed_ok = match after.chars().next() {
        None => true,
        Some(ch) if !ch.is_whitespace() => true,
        Some(_) => after.trim_start().chars().next().is_none_or(|ch| !ch.is_lowercase()),
    };
    if !followed_ok {
        return false;
    }
    let before = line[..c.start].trim_end();
    let after_marking = previous_end.is_some_and(|end| line[end..c.start].trim().is_empty());
    let preceded_ok = match before.chars().next_back() {
        None => true,
        Some(ch) => !ch.is_alphabetic() || after_marking,
    };
    // `The Embassy of the Hungarian People’s Republic TOP SECRET!`: a stamp
    // at the end of a short line, its exclamation mark with it.
    let margin_stamp =
        after.trim().trim_start_matches(['!', '.']).is_empty() && line.chars().count() <= SHORT_LINE_CHARS;
    // `From the journal of TOP SECRET A. P. RATANOV Copy no. 2`: a grade in
    // capitals set into a header line written in lower case stands out as a
    // stamp wherever it falls.
    let shouted = !weak && all_caps && line.chars().any(char::is_lowercase);
    preceded_ok || margin_stamp || shouted
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Finds markings and renders each as `label@rule=evidence`.
    fn check(title: Option<&str>, body: &str, expect: &[&str]) {
        let found = find_markings(title, body);
        let got: Vec<String> = found
            .iter()
            .map(|m| {
                let field_text = match m.evidence.field {
                    TextField::Title => title.unwrap_or_default(),
                    _ => body,
                };
                let kind = match m.value.kind {
                    MarkingKind::Classification => "C",
                    MarkingKind::Handling => "H",
                };
                format!("{kind} {}@{}={}", m.value.label, m.rule, m.evidence.of(field_text))
            })
            .collect();
        assert_eq!(got, expect, "{title:?}");
    }

    /// `east-asia-ca`: a Swedish cable's text opens with its grade as a
    /// sentence of its own, in lower case after the first word.
    #[test]
    fn a_grade_that_opens_a_line_as_a_sentence() {
        check(
            None,
            "Address[ed to]: Swedish [Embassy], TOKYO |\nText:\nStrictly confidential. Odevall from Leifland. For [your] information.\nFirst. The following telegram was sent.",
            &["C Strictly Confidential@markings.header.inline=Strictly confidential"],
        );
    }

    fn note_labels(note: &str, archival_ref: &str) -> Vec<String> {
        source_note_markings(note, Some(archival_ref))
            .into_iter()
            .map(|m| {
                assert!(note.get(m.evidence.start..m.evidence.end).is_some_and(|t| !t.is_empty()));
                m.value.label
            })
            .collect()
    }

    /// From the `-s` round (`corpus/wilson-dev/*-s`): a Chinese grade alone on
    /// a line, a Korean record's bracketed secrecy line, the East German
    /// `Not for the public!`, and control markings joined to the grade.
    #[test]
    fn chinese_grades_secrecy_lines_and_control_markings() {
        check(
            Some("Telegram, Ambassador Wellington Koo to Foreign Minister Yeh"),
            "No. 374\n\nCHINESE EMBASSY, WASHINGTON D.C.\n\n机密\n\n叶部长327,330两电敬悉。",
            &["C Secret@markings.header.standalone=机密"],
        );
        // east-asia-ar and east-asia-az, Ambassador Sato's cables (1978): the
        // Japanese grade on a line of its own.
        check(None, "第1582号\n\n極秘\n\n外務大臣殿", &["C Top Secret@markings.header.standalone=極秘"]);
        // east-asia-ck da__document-journal-mv-zimyanin-… (1958): the grade and
        // its copy's number set into the journal's heading.
        check(
            None,
            "FROM THE JOURNAL       Secret Nº [1]\n\nOF M. V. ZIMYANIN      22 April 1958",
            &["C Secret@markings.header.inline=Secret"],
        );
        // east-asia-cj dvinci__document-cable-no-3776-… (1986): a cipher
        // cable's grade between its number and its precedence.
        check(
            None,
            "外務大臣殿 中江大使\n総理訪中(中・比関係)\n第3776号 暗秘 大至急\n往電第3757号に関し、",
            &["C Secret@markings.header.inline=暗秘"],
        );
        // east-asia-ba da__document-121231 (1972): the grade and its term.
        check(
            None,
            "大平大臣・姫鵬飛外交部長非公式会談\n\n極秘無期限\n\n",
            &["C Top Secret@markings.header.standalone=極秘無期限"],
        );
        check(
            None,
            "(To Be Kept in Strict Secrecy)\n\nThe following is the gist of the talks.",
            &["C Strictly Secret@markings.header.standalone=(To Be Kept in Strict Secrecy)"],
        );
        check(
            None,
            "[Handwritten notice]\n\nNot for the public!\n\nA. [Hermann Axen ]",
            &["C Not for the Public@markings.header.standalone=Not for the public"],
        );
        check(
            None,
            "To: S\n\nSubject: TNF-issues Discussions with Italian officials SECRET/NIVAL\n\nOn October 13 discussions took place.",
            &["C Secret@markings.header.inline=SECRET"],
        );
        check(
            None,
            "2 DEPARTMENT OF STATE WASHINGTON, D.C TOP SECRET/SENSITIVE MEMORANDUM OF CONVERSATION",
            &["C Top Secret@markings.header.inline=TOP SECRET"],
        );
        check(None, "The talks were kept in strict secrecy, and the secret police knew.", &[]);
    }

    #[test]
    fn a_copy_list_does_not_use_up_the_header() {
        // wilson-dev east-asia-bs, the Norwegian embassy's telegram from
        // Beijing (1976): twelve numbered readers above the grade.
        let copies: String = (1..=12).map(|n| format!("{n}: SECTION {n}\n")).collect();
        let body = format!(
            "ROYAL MINISTRY OF FOREIGN AFFAIRS\nCOPY NO:\n{copies}URGENT\nRECEIVED MESSAGE\nFROM: EMBASSY IN BEIJING\nNR: 10054 A\nCONFIDENTIAL\nUUU\nTA/SMV\n21. OCTOBER 1976, 11.08am\nCase: Smuggling at North Korean Embassy in Oslo.\nNorth Korea's Ambassador requested a meeting today.\nHe opened by stating his views.\nHe then said more.\nThe embassy will report.\nNothing else was said.\nThe meeting ended.\nA further report follows."
        );
        let labels: Vec<String> = find_markings(None, &body).iter().map(|m| m.value.label.clone()).collect();
        assert!(labels.contains(&"Confidential".to_owned()), "{labels:?}");
    }

    #[test]
    fn russian_originals() {
        // east-europe-p dvinci__document-note-ikurchatov-…: the Russian page
        // the site gives beside the English title.
        check(
            Some("Note of I.Kurchatov for M. Pervukhin, 'About Necessity to Demobilize V.M. Kelman'"),
            "Записка И.В. Курчатова М.Г. Первухину\n\n1 апреля 1943 г.\n\nСовершенно секретно\n\nВ Лаборатории проф[ессора] Ланге",
            &["C Top Secret@markings.header.standalone=Совершенно секретно"],
        );
    }

    #[test]
    fn frus_source_notes() {
        // Real source notes of FRUS 1961-63 vol. XXII, documents 1, 5, 11 and 225.
        let d1 = "Source: Department of State, Central Files, 793.5-MSP/1-1261. Confidential; Presidential Handling. Drafted by Deputy Director of the Office of Chinese Affairs LaRue R. Lutkins.";
        assert_eq!(
            note_labels(d1, "Department of State, Central Files, 793.5-MSP/1-1261"),
            ["Confidential", "Presidential Handling"]
        );
        let d5 = "Source: Department of State, Central Files 793.551/2-2261. Top Secret; Niact; Eyes Only. Drafted by Rusk and approved by Parsons.";
        assert_eq!(
            note_labels(d5, "Department of State, Central Files 793.551/2-2261"),
            ["Top Secret", "Niact", "Eyes Only"]
        );
        let d11 = "Source: Department of State, Central Files, 611.93/3-761. Confidential; Niact; Limit Distribution. Repeated to London, Moscow, and Hong Kong.";
        assert_eq!(
            note_labels(d11, "Department of State, Central Files, 611.93/3-761"),
            ["Confidential", "Niact", "Limit Distribution"]
        );
        let d229 = "Source: Johnson Library, Vice Presidential Security File, National Security Council (III). Although no drafter is indicated on the source text, these notes were prepared by Howard L. Burris.";
        assert!(
            note_labels(d229, "Johnson Library, Vice Presidential Security File, National Security Council (III)")
                .is_empty()
        );
    }

    #[test]
    fn seed_address_line() {
        check(
            None,
            "[...]\n\n[To the] Party Committee of Xinjiang Autonomous Region and the Ministries of Foreign Affairs and Public Security: (Top Secret)\n\nWe have received the 16 June cable from the Ministry of Foreign Affairs.",
            &["C Top Secret@markings.header.inline=(Top Secret)"],
        );
    }

    #[test]
    fn grades_in_the_originals_language() {
        // world-ao, Pierre Laurent's note to the French Foreign Minister (1974).
        check(
            None,
            "Note pour le Ministre\n\nCONFIDENTIEL\n\nL’inde a procédé le 16 mai a une explosion nucléaire souterraine.",
            &["C Confidential@markings.header.standalone=CONFIDENTIEL"],
        );
        check(
            None,
            "Nota\n\nSecreto\n\nEl embajador informó al ministro.",
            &["C Secret@markings.header.standalone=Secreto"],
        );
        // world-aq, Boissevain's cable from Havana (1963): a stamp the
        // editor completed.
        check(
            None,
            "Havana, 1 July 1963\n\nCONFI[DENTIAL]\n\nCastro came to lunch at the embassy.",
            &["C Confidential@markings.header.standalone=CONFI[DENTIAL]"],
        );
    }

    #[test]
    fn title_markings() {
        check(
            Some("Telegram from Washington, DC, No.084.504, Urgent, SECRET"),
            "",
            &["H Urgent@markings.title.segment=Urgent", "C Secret@markings.title.segment=SECRET"],
        );
        check(
            Some("Secret Telegram from Maneli (Saigon) to Spasowski (Warsaw) [Ciphergram No. 7237]"),
            "Secret\n\nCiphergram No. 7237",
            &["C Secret@markings.title.prefix=Secret"],
        );
        // east-asia-w/da__document-secret-north-vietnam-politburo-cable-no-320.
        check(Some("Secret North Vietnam Politburo Cable No. 320"), "", &["C Secret@markings.title.prefix=Secret"]);
        // World-ac, an old-site page (1974): an attachment named by its grade.
        check(
            Some("Top Secret Attachment, by KGB cipher Kabul"),
            "",
            &["C Top Secret@markings.title.prefix=Top Secret"],
        );
        check(
            Some(
                "Secret Telephonogram from V. Semenov and V. Sokolovskii to V. Molotov and N. Bulganin (2), 19 June 1953",
            ),
            "",
            &["C Secret@markings.title.prefix=Secret"],
        );
        // Lower-case words between are a phrase, not a sender.
        check(Some("Secret talks on the new report"), "", &[]);
        // A quoted subject is not searched.
        check(Some("Cable from the Foreign Ministry, 'Urgent, Secret'"), "", &[]);
    }

    #[test]
    fn standalone_and_labeled_header_lines() {
        check(
            None,
            "Ciphered Telegram.\n\nStrictly secret.\n\nFrom Pyongyang.",
            &["C Strictly Secret@markings.header.standalone=Strictly secret"],
        );
        check(
            None,
            "CIPHERED TELEGRAM No. 709\n\nTOP PRIORITY\n\nSPECIAL\n\nBEIJING--",
            &["H Top Priority@markings.header.standalone=TOP PRIORITY", "H Special@markings.header.standalone=SPECIAL"],
        );
        check(
            None,
            "From: Foreign Minister\n\nTo: Ambassador to China\n\nCable No. 3026\n\nSecret, Urgent",
            &["C Secret@markings.header.standalone=Secret", "H Urgent@markings.header.standalone=Urgent"],
        );
        check(
            None,
            "Ministry of Foreign Affairs Incoming Telegram\n\nClassification: Urgent\n\nFrom the Korea Desk",
            &["H Urgent@markings.header.labeled=Urgent"],
        );
        check(
            None,
            "From: Ministry of Foreign Affairs\n\nPrecedence: Priority Urgent\n\nDevice No. 150\n\n(Top Secret)",
            &[
                "H Priority@markings.header.labeled=Priority",
                "H Urgent@markings.header.labeled=Urgent",
                "C Top Secret@markings.header.standalone=(Top Secret)",
            ],
        );
        check(
            None,
            "Approval: Zhou Enlai\n\nLevel: Extra urgent; advance",
            &["H Extra Urgent@markings.header.labeled=Extra urgent"],
        );
        // east-asia-bb, the PRC State Council's answer (1962): a label of
        // several words.
        check(
            None,
            "State Council Document\n\nDegree of Confidentiality: Confidential and Urgent\n\nTo the General Bureau",
            &["C Confidential@markings.header.labeled=Confidential", "H Urgent@markings.header.labeled=Urgent"],
        );
        check(
            None,
            "3rd Territorial section\n\n[Stamps:] S e c r e t\n\nP r a g u e By courier",
            &["C Secret@markings.header.standalone=S e c r e t"],
        );
        check(
            None,
            "Ministry of Foreign Affairs Produced: 35\n\nSECRET [large stamp]\n\nI n f o r m a t I o n",
            &["C Secret@markings.header.standalone=SECRET"],
        );
        check(
            None,
            "(FYI: Trojanowski, Thee)\n\nEyes Only\n\nI conducted lengthy conversations with Prime Minister [Pham Van Dong].",
            &["H Eyes Only@markings.header.standalone=Eyes Only"],
        );
    }

    #[test]
    fn inline_header_markings() {
        check(
            None,
            "To: The Foreign Minister From: Ambassador Katori\n\nNumber 1361 Top Secret Top Urgent Q36RA\n\nRegarding Wire 1350",
            &["C Top Secret@markings.header.inline=Top Secret", "H Top Urgent@markings.header.inline=Top Urgent"],
        );
        check(
            None,
            "Ministry of Foreign Affairs – Received Cable – Extra Urgent – Advance – Vietnam Desk – Received (63) No. 564",
            &["H Extra Urgent@markings.header.inline=Extra Urgent"],
        );
        check(
            None,
            "MINISTRY OF FOREIGN AFFAIRS Regional Division IV Korean Branch Etre Sándor | Top Secret! Produced in 6 copies for: - Comrade Marjai - Comrade Barity",
            &["C Top Secret@markings.header.inline=Top Secret"],
        );
        check(
            None,
            "Embassy of the USSR\n\nin the MPR Secret\n\n29 November 1954",
            &["C Secret@markings.header.inline=Secret"],
        );
        // east-europe-bo da__document-report-conversation-between-marko-nikezic-…:
        // a grade before its registry number, a cut letterhead before it.
        check(
            None,
            "FOR FOREIGN AFFAIRS Confidential Number 429390\nBelgrade, 5. IX – 1967.",
            &["C Confidential@markings.header.inline=Confidential"],
        );
        check(None, "The Secret Police number 3 was disbanded.", &[]);
        // world-bo da__document-122309: the grade of a paper the text cites.
        check(
            None,
            "Exposição de Motivos APP/AEOc/AOI/DC/56/550.5(81a) – CONFIDENTIAL, of 2 April 1969, from the Ministry of External Relations",
            &[],
        );
        check(
            None,
            "Telegram From: the Soviet Union\n\nExtremely Urgent\n\nNo. (61) 561",
            &["H Extremely Urgent@markings.header.standalone=Extremely Urgent"],
        );
        // east-europe/dvinci__document-kgb-annual-report-1981-excerpts: the
        // Soviet grade above top secret, on its own line.
        check(
            None,
            "Committee of State Security of the USSR\nOF SPECIAL IMPORTANCE\nSPECIAL DOSSIER\nTo Comrade L.I. Brezhnev",
            &[
                "C Of Special Importance@markings.header.standalone=OF SPECIAL IMPORTANCE",
                "H Special Dossier@markings.header.standalone=SPECIAL DOSSIER",
            ],
        );
        // world-v, CPSU CC Politburo protocol No. 147 (1989): the translation
        // of совершенно секретно word for word, on its own line.
        check(
            None,
            "[Attachment 1]\nCompletely secret\nCC CPSU\nOn the issue of compensation through supplies of arms",
            &["C Top Secret@markings.header.standalone=Completely secret"],
        );
        // east-asia-t/dvinci__node-91893 and node-95393, east-asia/dvinci__
        // document-journal-m-puzanov-…: the grade printed with the copy count,
        // set into the line of the journal's heading.
        check(
            None,
            "This document was made possible with support from ROK Ministry of Unification\nfrom the journal SECRET Copy Nº 1\nof P. F. YUDIN 1 November 1957",
            &["C Secret@markings.header.inline=SECRET"],
        );
        check(
            None,
            "Record of a Conversation\nDistributed with the SECRET. Copy Nº 6\nconsent of N. T. Fedorenko 20 October 1956",
            &["C Secret@markings.header.inline=SECRET"],
        );
        check(
            None,
            "from the journal [handwritten entry SECRET Copy Nº 2",
            &["C Secret@markings.header.inline=SECRET"],
        );
        // world-x docslib__doc-9812573 (Kislova's diary, a PDF export's line).
        check(
            None,
            "English Translation From the Diary of Secret Copy # 1\n\nVOKS Board Member 1 August 1953",
            &["C Secret@markings.header.inline=Secret"],
        );
        // east-asia-r dvinci__document-letter-no-104-…: a stamp run together.
        check(None, "Letter No. 104\nTOPSECRET\nMr. Minister", &["C Top Secret@markings.header.standalone=TOPSECRET"]);
        // east-europe-v docslib__download-2017714, east-europe-x
        // docslib__doc-7565805, east-asia-b docslib__doc-3840519, east-asia-c
        // docslib__doc-6230277: PDF exports' one-line texts.
        check(
            None,
            "Bierut's Account of Three Conversations with Stalin Held between 6 and 14 December 1944 Top secret Done in 3 copies Minutes from a Meeting",
            &["C Top Secret@markings.header.inline=Top secret"],
        );
        check(
            None,
            "Record of the Conversation of Comrade I.V. Stalin and Comrade V.M. Molotov with the Polish Professor Lange Top Secret May 17, 1944 Lange thanks",
            &["C Top Secret@markings.header.inline=Top Secret"],
        );
        check(
            None,
            "Original Language: Chinese Contents: English Translation Not to be reproduced Top Secret File #: 820 Ministry of Foreign Affairs",
            &["C Top Secret@markings.header.inline=Top Secret"],
        );
        check(
            None,
            "Original Language: Chinese Contents: English Translation Secret document 35 Ministry of Foreign Affairs",
            &["C Secret@markings.header.inline=Secret"],
        );
        // world-an dvinci__document-air-letter-mexican-embassy-rio-de-janeiro-0:
        // the Mexican grade alone on its line; in running words it is none.
        check(
            None,
            "AIR LETTER [‘Correo Aereo’]\nReserved\nOffice EMBASSY OF MEXICO",
            &["C Reserved@markings.header.standalone=Reserved"],
        );
        check(None, "He reserved the right to reply", &[]);
        // A grade written about is no stamp.
        check(None, "He said that a Top Secret report was marked Top Secret by the Ministry", &[]);
        check(None, "They discussed the Secret document of the Party", &[]);
        // In running words and in lower case it is no stamp.
        check(None, "the secret copy 3 of the treaty was kept", &[]);
        // east-europe/docslib__doc-4457184 (a PDF export's one-line text).
        check(
            None,
            "HIGHLY CONFIDENTIAL! N o t e About the Talks of Comrade Minister Mielke with the Chairman of the KGB",
            &["C Highly Confidential@markings.header.inline=HIGHLY CONFIDENTIAL"],
        );
    }

    /// world/dvinci__document-us-embassy-india-cable-6598-…: the current site's
    /// `Original Classification` label.
    #[test]
    fn the_archives_own_classification() {
        let value = |v: &str| Extracted::new(v.to_owned(), "site", Evidence::new(TextField::Source, v, 0, v.len()));
        let found = site_metadata_marking(&value("Secret")).expect("a marking");
        assert_eq!((found.value.kind, found.value.label.as_str()), (MarkingKind::Classification, "Secret"));
        assert!(site_metadata_marking(&value("Unclassified, then declassified in 2004")).is_none());
    }

    #[test]
    fn registry_suffixes_and_the_polish_grade() {
        // corpus/wilson-dev world-g da__document-116754 and -116846, world-i
        // da__document-121112, world-j/-k/-l Polish ciphergrams from Rio and Havana.
        check(
            None,
            "Embassy of Hungary\n57/1961./top secret\nReport",
            &["C Top Secret@markings.header.inline=top secret"],
        );
        check(
            None,
            "Prague\nč.j.: A/1-00243/21-62 (Top secret)\nText",
            &["C Top Secret@markings.header.inline=(Top secret)"],
        );
        check(
            None,
            "CIPHERGRAM\nOf Special Significance\nText",
            &["C Of Special Significance@markings.header.standalone=Of Special Significance"],
        );
        // Not in prose.
        check(None, "We discussed the secret (top secret) talks at length.\nText", &[]);
    }

    #[test]
    fn the_grade_of_a_file() {
        // PRC FMA records as the archive prints them (east-asia-aa, record 119081).
        check(
            None,
            "Foreign Ministry Top Secret File\n\nRecord of Premier Zhou Enlai Meeting with Pak Se-chang\n",
            &["C Top Secret@markings.header.inline=Top Secret"],
        );
        check(None, "He said the file was kept secret.\n", &[]);
        // east-asia-ab: the same grade before `Document`.
        check(
            None,
            "Ministry of Foreign Affairs Top Secret Document\n\nConversation Record\n",
            &["C Top Secret@markings.header.inline=Top Secret"],
        );
    }

    #[test]
    fn restricted_an_only_copy_and_a_grade_after_the_subject() {
        // east-asia-ab (a Japanese summary, 1986): the British and Japanese grade on its own line.
        check(
            None,
            "Restricted\n\nSummary of Prime Minister Nakasone’s Visit to China (Part 1)\n",
            &["C Restricted@markings.header.standalone=Restricted"],
        );
        check(None, "Travel to the region was restricted.\n", &[]);
        // east-asia-ab (Khrushchev with Ho Chi Minh, 1957): a Soviet record kept in one copy.
        check(None, "SECRET only copy\n\nRecord of Conversation\n", &["C Secret@markings.header.inline=SECRET"]);
        // world-ab: the grade in brackets after the quoted subject.
        check(
            Some(
                "Report from Seán Ronan to Con Cremin (Dublin), ‘Irish Resolution on Preventing the Spread of Nuclear Weapons’ (Confidential), New York [Excerpt]",
            ),
            "It will be recalled that we had elaborated a draft resolution.",
            &["C Confidential@markings.title.bracket=(Confidential)"],
        );
    }

    #[test]
    fn prose_is_not_marked() {
        check(
            None,
            "Urgent measures are needed to stop the secret police.\n\nThe Secretary General of the UN met the secretary of Kim Il Sung.\n\nAccording to confidential information from the mission leader of one of the closely collaborating socialist countries, lectures will be given.\n\nAs the top priority, evidence collection should be carried out.\n\nThe issue of the Special Envoy was raised. These cases have been carefully reviewed by the special case office.\n\nElements of the coup later accused Ngo Dinh Nhu of being in secret communication with North Vietnam.",
            &[],
        );
        // Running prose in the closing is never searched inline.
        let mut body: String = (0..20).map(|i| format!("Paragraph {i}.\n\n")).collect();
        body.push_str("He said: Top Secret, but nobody listened.");
        check(None, &body, &[]);
        // Copy counts are not markings.
        check(None, "Copy 19 of 50\n\nProduced in 4 copies for:", &[]);
    }

    #[test]
    fn duplicates_keep_the_first_evidence() {
        check(
            None,
            "The Legation of the Hungarian People's Republic.\n\nTop Secret.\n\n00135/Top secret-1955\n\nTOP SECRET",
            &["C Top Secret@markings.header.standalone=Top Secret"],
        );
    }

    /// From `corpus/wilson-dev/east-europe-ai` and `world-c`: a stamp with its
    /// exclamation mark at the end of a short line, and a grade in capitals
    /// set into a header line written in lower case.
    #[test]
    fn stamps_set_into_header_lines() {
        check(
            None,
            "The Embassy of the Hungarian People’s Republic TOP SECRET!\n\nReport on relations.",
            &["C Top Secret@markings.header.inline=TOP SECRET"],
        );
        check(
            None,
            "From the journal of TOP SECRET A. P. RATANOV Copy no. 2\n\nI received Mengistu.",
            &["C Top Secret@markings.header.inline=TOP SECRET"],
        );
        // East-europe-p, a Gosteleradio memo to the CPSU CC (1967): the stamp in
        // lower case opens its line, with the copy count.
        check(
            None,
            "Copy No.1\n300 A/3\nEnclosed is a brief note.\nsecret; copy no. 5 – add to a deed\n[signed] N. Mesyatsev\n\nText.",
            &["C Secret@markings.header.inline=secret"],
        );
        // The same word in prose, or without the copy count, is no stamp.
        check(None, "Copy No.1\nsecret talks were held.\n\nText.", &[]);
        // A grade in capitals in a line all in capitals is no stamp by that alone.
        check(None, "THE SECRET WAR OF THE COUNTERREVOLUTION IN HUNGARY AND ITS LESSONS FOR US\n\nText.", &[]);
    }
}
