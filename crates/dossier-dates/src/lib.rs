//! Reads dates as archival documents write them.
//!
//! Used by normalize (the document's own date) and enrich (dates mentioned in the
//! body), so it is its own small crate rather than part of either stage.
//!
//! Two entry points share one set of rules: [`parse_date`] reads a whole string
//! as one date, [`find_dates`] finds every date in running text. Each rule is a
//! regex (compiled once, see `RULES`) plus a builder that checks the calendar
//! and the context around the match.
//!
//! Conventions the rules follow, so a historian can predict the output:
//!
//! * **Two-digit years** (`24.III.50`, `10/14/50`) are put in the century that
//!   brings them nearest the anchor year ([`Context::anchor`]); without an anchor
//!   they are read as 19xx, because the archive's records are overwhelmingly
//!   twentieth-century.
//! * **Dates without a year** (`16 June`, `on March 24`, `on the 23rd`) take the
//!   anchor's year (and, for a bare ordinal day, its month). Without an anchor
//!   they are not reported at all: a date we would have to guess is worse than
//!   none.
//! * **All-numeric dates** are read day first when dotted (`13.10.50`, European
//!   use) and month first when slashed (`10/14/50`, the US use of the archive's
//!   translators). When both readings are real dates and the anchor states a
//!   month, the reading nearer the anchor wins: a telegram dated March 11, 1963
//!   that was "received on 03.12.63" was received on March 12, not December 3.
//! * **False positives** are avoided by the context guards in `numeric_guard`
//!   and friends: numbers after `No.`, `Fond`, `Listy` …, numbers inside longer
//!   identifiers (`118-01109-02`, `784/1978`), times (`03:15`), counts
//!   (`1800 hrs`) and ordinals that name a century or a congress.

use std::sync::LazyLock;

use dossier_model::DateValue;
use regex::{Captures, Regex};

/// What a date is read against: fills in a missing year or century.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    /// The document's own date (year, month, day when known), used to resolve
    /// "16 June" or "the 23rd" and two-digit years.
    pub anchor: Option<(i32, Option<u32>, Option<u32>)>,
}

impl Context {
    /// A context anchored on a known date; `month`/`day` may be absent.
    pub fn anchored(year: i32, month: Option<u32>, day: Option<u32>) -> Self {
        Context { anchor: Some((year, month, day)) }
    }

    /// A context anchored on an already-read date; no anchor when `date` is unreadable.
    pub fn from_date(date: &DateValue) -> Self {
        let Some(iso) = date.iso.as_deref() else {
            return Context::default();
        };
        let mut parts = iso.split('-').map(|p| p.parse::<u32>().ok());
        let year = parts.next().flatten().and_then(|y| i32::try_from(y).ok());
        let month = parts.next().flatten();
        let day = parts.next().flatten();
        Context { anchor: year.map(|y| (y, month, day)) }
    }
}

/// A date found inside a longer text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    /// Byte offset of the first byte of the date in the searched text.
    pub start: usize,
    /// Byte offset one past the date.
    pub end: usize,
    /// The date read; `raw` is `text[start..end]`.
    pub value: DateValue,
    /// Name of the rule that matched, e.g. `dates.day_month_name_year`.
    pub rule: &'static str,
}

/// Reads `raw` as one whole date ("June 21, 1962", "17.XII.1947", "1967" …).
///
/// Returns `None` when the text is not a date this crate can read.
pub fn parse_date(raw: &str, ctx: &Context) -> Option<DateValue> {
    parse_date_with_rule(raw, ctx).map(|(value, _)| value)
}

/// Like [`parse_date`], also naming the rule that read the date, for provenance.
///
/// Surrounding whitespace and one trailing `.` or `,` are tolerated; the
/// returned `raw` is `raw` exactly as given.
pub fn parse_date_with_rule(raw: &str, ctx: &Context) -> Option<(DateValue, &'static str)> {
    let trimmed = raw.trim();
    let core = trimmed.strip_suffix(['.', ',']).filter(|c| !c.ends_with('.')).unwrap_or(trimmed);
    if core.is_empty() {
        return None;
    }
    candidates(core, ctx).into_iter().filter(|c| c.start == 0 && c.end == core.len()).find_map(|c| c.value).map(
        |(mut value, rule)| {
            value.raw = raw.to_owned();
            (value, rule)
        },
    )
}

/// Finds every date in `text`, in order of position, non-overlapping.
pub fn find_dates(text: &str, ctx: &Context) -> Vec<FoundDate> {
    let mut all = candidates(text, ctx);
    // The longest reading wins ("21 June 1962" over "June 1962" over "1962");
    // on equal length the rule listed first in `RULES` wins.
    all.sort_by_key(|c| (std::cmp::Reverse(c.end - c.start), c.start, c.priority));
    let mut taken: Vec<Candidate> = Vec::new();
    for cand in all {
        if taken.iter().all(|t| cand.end <= t.start || cand.start >= t.end) {
            taken.push(cand);
        }
    }
    // A match that was refused on calendar grounds ("31 June 1962") stays in
    // `taken` as a blocker: it must not let a shorter reading ("June 1962")
    // report a date the text does not state.
    let mut found: Vec<FoundDate> = taken
        .into_iter()
        .filter_map(|c| {
            let (mut value, rule) = c.value?;
            value.raw = text[c.start..c.end].to_owned();
            Some(FoundDate { start: c.start, end: c.end, value, rule })
        })
        .collect();
    found.sort_by_key(|f| f.start);
    found
}

/// One regex match of one rule, read or refused.
#[derive(Debug)]
struct Candidate {
    start: usize,
    end: usize,
    /// Index of the rule in [`RULES`]; lower wins ties.
    priority: usize,
    /// `None` when the match looks like a date but is not a real one.
    value: Option<(DateValue, &'static str)>,
}

/// What a rule's builder decided about one match.
enum Outcome {
    /// A date.
    Date(DateValue),
    /// Date-shaped but impossible (31 June): blocks shorter readings.
    Invalid,
    /// Not a date in this context (`No. 1962`): as if never matched.
    Skip,
}

/// One date rule: its name, the pattern, and how to turn a match into a date.
struct Rule {
    name: &'static str,
    regex: &'static LazyLock<Regex>,
    build: fn(&Captures<'_>, &str, &Context) -> Outcome,
}

/// Every rule, in priority order for equal-length matches.
static RULES: &[Rule] = &[
    Rule { name: "dates.month_day_year", regex: &MONTH_DAY_YEAR, build: build_month_day_year },
    Rule { name: "dates.day_month_year", regex: &DAY_MONTH_YEAR, build: build_day_month_year },
    Rule { name: "dates.year_month_name_day", regex: &YEAR_MONTH_DAY, build: build_year_month_day },
    Rule { name: "dates.day_roman_month_year", regex: &DAY_ROMAN_YEAR, build: build_day_roman_year },
    Rule { name: "dates.iso", regex: &ISO, build: build_iso },
    Rule { name: "dates.year_month_day_numeric", regex: &YMD_NUMERIC, build: build_ymd_numeric },
    Rule { name: "dates.day_month_year_dotted", regex: &DOTTED, build: build_dotted },
    Rule { name: "dates.month_day_year_slashed", regex: &SLASHED, build: build_slashed },
    Rule { name: "dates.month_year", regex: &MONTH_YEAR, build: build_month_year },
    Rule { name: "dates.month_day_anchor", regex: &MONTH_DAY, build: build_month_day },
    Rule { name: "dates.day_month_anchor", regex: &DAY_MONTH, build: build_day_month },
    Rule { name: "dates.ordinal_day_anchor", regex: &ORDINAL_DAY, build: build_ordinal_day },
    Rule { name: "dates.year", regex: &YEAR, build: build_year },
];

/// Runs every rule over `text`; candidates may overlap.
fn candidates(text: &str, ctx: &Context) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (priority, rule) in RULES.iter().enumerate() {
        for caps in rule.regex.captures_iter(text) {
            let whole = caps.get(0).expect("group 0 always matches");
            let value = match (rule.build)(&caps, text, ctx) {
                Outcome::Date(v) => Some((v, rule.name)),
                Outcome::Invalid => None,
                Outcome::Skip => continue,
            };
            out.push(Candidate { start: whole.start(), end: whole.end(), priority, value });
        }
    }
    out
}

// Pattern pieces. Month names are matched case-insensitively and then required
// to start with a capital letter in code (`month_of`): "may" and "march" are
// ordinary English words, "May" and "MARCH" are months.
const MONTH: &str = r"(?P<mon>(?i:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?)";
const DAY: &str = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\b";
// `[19]56`: an editor's completion of a year, seen in the corpus.
const YEAR4: &str = r"(?P<y>\d{4}|\[\d{2}\]\d{2})\b";

/// Compiles a date pattern in ASCII mode: `\b`, `\d` and `\s` then mean their
/// ASCII classes, which lets the regex engine use its fast DFA instead of the
/// Unicode-aware word-boundary engine. Dates are ASCII, and the text reaching
/// here is normalized (no non-breaking spaces), so nothing is lost; a date glued
/// to a non-ASCII letter (`é1962`) is not a date anyway.
fn ascii(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(pattern).unicode(false).build()
}

static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| ascii(&format!(r"\b{MONTH}\s+{DAY},?\s+{YEAR4}")).unwrap());
static DAY_MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| ascii(&format!(r"\b{DAY}(?:\s+of)?\s+{MONTH},?\s+{YEAR4}")).unwrap());
static YEAR_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| ascii(&format!(r"\b{YEAR4}\s+{MONTH}\s+{DAY}")).unwrap());
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| ascii(&format!(r"\b{MONTH},?\s+{YEAR4}")).unwrap());
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| ascii(&format!(r"\b{MONTH}\s+{DAY}")).unwrap());
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| ascii(&format!(r"\b{DAY}(?:\s+of)?\s+{MONTH}")).unwrap());
static ORDINAL_DAY: LazyLock<Regex> = LazyLock::new(|| ascii(r"\bthe\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b").unwrap());
static DAY_ROMAN_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    ascii(r"\b(?P<d>\d{1,2})\.\s?(?P<m>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\.\s?(?P<y>\d{4}|\d{2})\b").unwrap()
});
static DOTTED: LazyLock<Regex> =
    LazyLock::new(|| ascii(r"\b(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4}|\d{2})\b").unwrap());
static SLASHED: LazyLock<Regex> =
    LazyLock::new(|| ascii(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})\b").unwrap());
// Year first, as Korean and Hungarian documents write it: `1976. 9. 28`,
// `80. 02. 01`. A two-digit year is only taken with the spaces, so that the
// unspaced `13.10.50` stays day first.
static YMD_NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    ascii(
        r"\b(?:(?P<y>\d{4})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})|(?P<yy>\d{2})\.\s(?P<mm>\d{1,2})\.\s(?P<dd>\d{1,2}))\b",
    )
    .unwrap()
});
static ISO: LazyLock<Regex> = LazyLock::new(|| ascii(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b").unwrap());
static YEAR: LazyLock<Regex> = LazyLock::new(|| ascii(r"\b(?P<y>\d{4})\b").unwrap());

/// Four-digit numbers outside this range are not taken as bare years.
const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 1800..=2099;

/// Words after which a number is an identifier, never a date
/// (`No. 1476`, `Fond 0100`, `Listy 146-147`), compared lowercase without a final `.`.
const IDENTIFIER_WORDS: &[&str] = &[
    "no",
    "nos",
    "nº",
    "№",
    "#",
    "number",
    "nr",
    "fond",
    "f",
    "opis",
    "op",
    "delo",
    "d",
    "papka",
    "list",
    "listy",
    "l",
    "ll",
    "page",
    "pages",
    "p",
    "pp",
    "wire",
    "folder",
    "file",
    "serial",
    "device",
    "dispatch",
    "ciphergram",
    "vol",
    "volume",
    "issue",
    "matter",
    "box",
    "item",
    "flight",
    "room",
    "article",
    "point",
    "decree",
    "code",
    "ref",
    "tel",
    "phone",
];

/// Words after a four-digit number that make it a count or a time (`1800 hrs`).
const COUNT_WORDS: &[&str] = &[
    "hours",
    "hrs",
    "hr",
    "h",
    "people",
    "persons",
    "men",
    "women",
    "soldiers",
    "troops",
    "tons",
    "tonnes",
    "meters",
    "metres",
    "km",
    "kilometers",
    "kilometres",
    "copies",
    "yuan",
    "rubles",
    "roubles",
    "dollars",
    "won",
    "pieces",
    "units",
    "cars",
    "students",
    "workers",
    "households",
    "families",
    "rounds",
];

/// Words that may follow "the 23rd" when it is a day of the month; anything else
/// ("the 21st century", "the 5th Plenum") means it is not.
const ORDINAL_FOLLOWERS: &[&str] = &[
    "at",
    "in",
    "and",
    "or",
    "when",
    "we",
    "i",
    "he",
    "she",
    "they",
    "it",
    "the",
    "to",
    "from",
    "with",
    "by",
    "there",
    "this",
    "that",
    "after",
    "before",
    "until",
    "was",
    "were",
    "a.m.",
    "p.m.",
    "morning",
    "afternoon",
    "evening",
    "night",
    "visited",
    "received",
];

/// Words that, just before "the 23rd", make it a date ("on the 23rd", "dated the 13th").
const ORDINAL_CUES: &[&str] = &["on", "of", "dated", "since", "until", "till", "by", "from", "before", "after"];

/// The word before `start` (lowercase, trailing `.`/`:` removed), if any.
fn word_before(text: &str, start: usize) -> Option<String> {
    let before = text[..start].trim_end();
    let word = before.rsplit(char::is_whitespace).next()?;
    let word = word.trim_end_matches(['.', ':', ',']);
    (!word.is_empty()).then(|| word.to_lowercase())
}

/// The word after `end` (lowercase), if the next thing is a word.
fn word_after(text: &str, end: usize) -> Option<String> {
    let after = text[end..].trim_start_matches([' ', '\t']);
    let word = after.split(char::is_whitespace).next()?;
    (!word.is_empty()).then(|| word.to_lowercase())
}

/// Context guard shared by every rule that starts or ends with a digit: refuses
/// matches that are part of a longer number or identifier, or follow an
/// identifier word such as `No.` or `Fond`.
fn numeric_guard(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let (next, next2) = (after.next(), after.next());
    // Part of `118-01109-02`, `784/1978`, `066.621`, `1.2.3.4`.
    if matches!(before, Some('/' | '-' | '.' | '#' | '№' | '_' | ':')) || before.is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    if matches!(next, Some('/' | '-' | '.' | ':' | ',')) && next2.is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    if matches!(next, Some('/')) {
        return false;
    }
    if let Some(word) = word_before(text, start)
        && IDENTIFIER_WORDS.contains(&word.as_str())
    {
        return false;
    }
    true
}

/// The month (1–12) named by `name`, which must start with a capital letter.
fn month_of(name: &str) -> Option<u32> {
    if !name.chars().next()?.is_uppercase() {
        return None;
    }
    let lower = name.trim_end_matches('.').to_lowercase();
    let key = lower.get(..3)?;
    let month = match key {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(month)
}

/// The month (1–12) for a Roman numeral.
fn roman_month(s: &str) -> Option<u32> {
    const ROMANS: [&str; 12] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
    ROMANS.iter().position(|r| *r == s).map(|i| i as u32 + 1)
}

/// Reads a year group: four digits, `[19]56`, or two digits resolved by [`two_digit_year`].
fn year_of(s: &str, ctx: &Context) -> Option<i32> {
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let n: i32 = digits.parse().ok()?;
    match digits.len() {
        4 => Some(n),
        2 => Some(two_digit_year(n, ctx)),
        _ => None,
    }
}

/// Puts a two-digit year in the century nearest the anchor year (ties go to the
/// earlier century); without an anchor, in the 1900s, the archive's era.
pub fn two_digit_year(yy: i32, ctx: &Context) -> i32 {
    let Some((anchor, _, _)) = ctx.anchor else {
        return 1900 + yy;
    };
    let century = anchor.div_euclid(100) * 100;
    [century - 100, century, century + 100]
        .into_iter()
        .map(|c| c + yy)
        .min_by_key(|y| ((y - anchor).abs(), *y))
        .expect("three candidates")
}

/// Days since 1970-01-01 (proleptic Gregorian), for comparing dates.
fn day_number(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Chooses between the preferred reading `(m1, d1)` and the swapped one for an
/// all-numeric date: the only valid one, or the one nearer the anchor's month.
fn pick_order(year: i32, preferred: (u32, u32), ctx: &Context) -> Option<(u32, u32)> {
    let (m1, d1) = preferred;
    let valid = |m: u32, d: u32| DateValue::from_parts("", year, Some(m), Some(d)).is_some();
    let first = valid(m1, d1);
    let second = m1 != d1 && valid(d1, m1);
    match (first, second) {
        (true, false) => Some((m1, d1)),
        (false, true) => Some((d1, m1)),
        (false, false) => None,
        (true, true) => match ctx.anchor {
            Some((ay, Some(am), ad)) => {
                let anchor = day_number(ay, am, ad.unwrap_or(15));
                let dist = |m, d| (day_number(year, m, d) - anchor).abs();
                if dist(d1, m1) < dist(m1, d1) { Some((d1, m1)) } else { Some((m1, d1)) }
            }
            _ => Some((m1, d1)),
        },
    }
}

/// Turns parts into an outcome: a real date, or a blocker when impossible.
fn outcome(year: i32, month: Option<u32>, day: Option<u32>) -> Outcome {
    match DateValue::from_parts("", year, month, day) {
        Some(v) => Outcome::Date(v),
        None => Outcome::Invalid,
    }
}

/// The text of the named group, if it took part in the match.
fn group<'t>(caps: &Captures<'t>, name: &str) -> Option<&'t str> {
    caps.name(name).map(|m| m.as_str())
}

/// The named group as a number.
fn num(caps: &Captures<'_>, name: &str) -> Option<u32> {
    group(caps, name)?.parse().ok()
}

/// Byte range of the whole match.
fn span(caps: &Captures<'_>) -> (usize, usize) {
    let m = caps.get(0).expect("group 0 always matches");
    (m.start(), m.end())
}

fn build_month_day_year(caps: &Captures<'_>, _text: &str, ctx: &Context) -> Outcome {
    let (Some(m), Some(d), Some(y)) =
        (group(caps, "mon").and_then(month_of), num(caps, "d"), group(caps, "y").and_then(|y| year_of(y, ctx)))
    else {
        return Outcome::Skip;
    };
    outcome(y, Some(m), Some(d))
}

fn build_day_month_year(caps: &Captures<'_>, text: &str, ctx: &Context) -> Outcome {
    let (start, end) = span(caps);
    if !numeric_guard(text, start, end) {
        return Outcome::Skip;
    }
    build_month_day_year(caps, text, ctx)
}

fn build_year_month_day(caps: &Captures<'_>, text: &str, ctx: &Context) -> Outcome {
    let (start, end) = span(caps);
    if !numeric_guard(text, start, end) {
        return Outcome::Skip;
    }
    build_month_day_year(caps, text, ctx)
}

fn build_month_year(caps: &Captures<'_>, _text: &str, ctx: &Context) -> Outcome {
    let (Some(m), Some(y)) = (group(caps, "mon").and_then(month_of), group(caps, "y").and_then(|y| year_of(y, ctx)))
    else {
        return Outcome::Skip;
    };
    outcome(y, Some(m), None)
}

fn build_month_day(caps: &Captures<'_>, text: &str, ctx: &Context) -> Outcome {
    let (_, end) = span(caps);
    // "March 5.3" or "May 12:30" are not days of a month.
    if matches!(text[end..].chars().next(), Some(':'))
        || (text[end..].starts_with('.') && text[end + 1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return Outcome::Skip;
    }
    anchored_day(caps, ctx)
}

fn build_day_month(caps: &Captures<'_>, text: &str, ctx: &Context) -> Outcome {
    let (start, end) = span(caps);
    if !numeric_guard(text, start, end) {
        return Outcome::Skip;
    }
    anchored_day(caps, ctx)
}

/// A day and month name without a year: the anchor's year, or nothing.
fn anchored_day(caps: &Captures<'_>, ctx: &Context) -> Outcome {
    let (Some(m), Some(d)) = (group(caps, "mon").and_then(month_of), num(caps, "d")) else {
        return Outcome::Skip;
    };
    match ctx.anchor {
        Some((year, _, _)) => outcome(year, Some(m), Some(d)),
        None => Outcome::Skip,
    }
}

fn build_ordinal_day(caps: &Captures<'_>, text: &str, ctx: &Context) -> Outcome {
    let (start, end) = span(caps);
    let Some((year, Some(month), _)) = ctx.anchor else {
        return Outcome::Skip;
    };
    let cue = word_before(text, start).is_some_and(|w| ORDINAL_CUES.contains(&w.as_str()));
    let next = text[end..].trim_start_matches([' ', '\t']);
    let follows = match next.chars().next() {
        None => true,
        Some(c) if ",.;:)[!?".contains(c) || c == '\n' => true,
        Some(_) => word_after(text, end).is_some_and(|w| ORDINAL_FOLLOWERS.contains(&w.as_str())),
    };
    if !cue || !follows {
        return Outcome::Skip;
    }
    let Some(d) = num(caps, "d") else {
        return Outcome::Skip;
    };
    outcome(year, Some(month), Some(d))
}

fn build_day_roman_year(caps: &Captures<'_>, text: &str, ctx: &Context) -> Outcome {
    let (start, end) = span(caps);
    if !numeric_guard(text, start, end) {
        return Outcome::Skip;
    }
    let (Some(d), Some(m), Some(y)) =
        (num(caps, "d"), group(caps, "m").and_then(roman_month), group(caps, "y").and_then(|y| year_of(y, ctx)))
    else {
        return Outcome::Skip;
    };
    outcome(y, Some(m), Some(d))
}

fn build_iso(caps: &Captures<'_>, text: &str, _ctx: &Context) -> Outcome {
    let (start, end) = span(caps);
    if !numeric_guard(text, start, end) {
        return Outcome::Skip;
    }
    let (Some(y), Some(m), Some(d)) = (num(caps, "y"), num(caps, "m"), num(caps, "d")) else {
        return Outcome::Skip;
    };
    outcome(y as i32, Some(m), Some(d))
}

fn build_ymd_numeric(caps: &Captures<'_>, text: &str, ctx: &Context) -> Outcome {
    let (start, end) = span(caps);
    if !numeric_guard(text, start, end) {
        return Outcome::Skip;
    }
    let parts = if let Some(y) = group(caps, "y") {
        (year_of(y, ctx), num(caps, "m"), num(caps, "d"))
    } else {
        (group(caps, "yy").and_then(|y| year_of(y, ctx)), num(caps, "mm"), num(caps, "dd"))
    };
    let (Some(y), Some(m), Some(d)) = parts else {
        return Outcome::Skip;
    };
    if !PLAUSIBLE_YEARS.contains(&y) {
        return Outcome::Skip;
    }
    outcome(y, Some(m), Some(d))
}

fn build_dotted(caps: &Captures<'_>, text: &str, ctx: &Context) -> Outcome {
    numeric_order(caps, text, ctx, true)
}

fn build_slashed(caps: &Captures<'_>, text: &str, ctx: &Context) -> Outcome {
    numeric_order(caps, text, ctx, false)
}

/// `a.b.y` or `a/b/y`: day first when `day_first`, else month first, see [`pick_order`].
fn numeric_order(caps: &Captures<'_>, text: &str, ctx: &Context, day_first: bool) -> Outcome {
    let (start, end) = span(caps);
    if !numeric_guard(text, start, end) {
        return Outcome::Skip;
    }
    let (Some(a), Some(b), Some(y)) = (num(caps, "a"), num(caps, "b"), group(caps, "y").and_then(|y| year_of(y, ctx)))
    else {
        return Outcome::Skip;
    };
    if !PLAUSIBLE_YEARS.contains(&y) {
        return Outcome::Skip;
    }
    let preferred = if day_first { (b, a) } else { (a, b) };
    match pick_order(y, preferred, ctx) {
        Some((m, d)) => outcome(y, Some(m), Some(d)),
        None => Outcome::Invalid,
    }
}

fn build_year(caps: &Captures<'_>, text: &str, _ctx: &Context) -> Outcome {
    let (start, end) = span(caps);
    let Some(y) = num(caps, "y") else {
        return Outcome::Skip;
    };
    let y = y as i32;
    if !PLAUSIBLE_YEARS.contains(&y) || !numeric_guard(text, start, end) {
        return Outcome::Skip;
    }
    // A year is never a count: "at 1800 hrs", "1900 soldiers".
    if word_after(text, end).is_some_and(|w| COUNT_WORDS.contains(&w.trim_end_matches(['.', ',', ';']))) {
        return Outcome::Skip;
    }
    outcome(y, None, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NO_ANCHOR: Context = Context { anchor: None };

    /// Reads `raw` as a whole date and compares the ISO value (`None` = unread).
    fn check(raw: &str, ctx: Context, expect: Option<&str>) {
        let got = parse_date(raw, &ctx);
        assert_eq!(got.as_ref().and_then(|d| d.iso.as_deref()), expect, "parse_date({raw:?}) gave {got:?}");
        if let Some(d) = got {
            assert_eq!(d.raw, raw);
        }
    }

    /// Finds dates in `text` and compares `(matched text, iso)` pairs.
    fn check_find(text: &str, ctx: Context, expect: &[(&str, &str)]) {
        let got: Vec<(&str, String)> = find_dates(text, &ctx)
            .into_iter()
            .map(|f| {
                assert_eq!(f.value.raw, &text[f.start..f.end]);
                (&text[f.start..f.end], f.value.iso.unwrap())
            })
            .collect();
        let expect: Vec<(&str, String)> = expect.iter().map(|(a, b)| (*a, b.to_string())).collect();
        assert_eq!(got, expect, "in {text:?}");
    }

    fn anchor(y: i32, m: u32, d: u32) -> Context {
        Context::anchored(y, Some(m), Some(d))
    }

    #[test]
    fn month_name_forms() {
        check("June 21, 1962", NO_ANCHOR, Some("1962-06-21"));
        check("21 June 1962", NO_ANCHOR, Some("1962-06-21"));
        check("March 04, 1953", NO_ANCHOR, Some("1953-03-04"));
        check("21st June, 1962", NO_ANCHOR, Some("1962-06-21"));
        check("Sept. 3, 1950", NO_ANCHOR, Some("1950-09-03"));
        check("April  14th, 1978", NO_ANCHOR, Some("1978-04-14"));
        check("April 13th 1978", NO_ANCHOR, Some("1978-04-13"));
        check("1972 September 6", NO_ANCHOR, Some("1972-09-06"));
        check("JUNE 21, 1962", NO_ANCHOR, Some("1962-06-21"));
    }

    #[test]
    fn partial_precision() {
        check("November 1980", NO_ANCHOR, Some("1980-11"));
        check("June 1961", NO_ANCHOR, Some("1961-06"));
        check("1967", NO_ANCHOR, Some("1967"));
        let d = parse_date("November 1980", &NO_ANCHOR).unwrap();
        assert_eq!(d.precision, Some(dossier_model::Precision::Month));
        assert_eq!(d.max.as_deref(), Some("1980-11-30"));
    }

    #[test]
    fn numeric_forms() {
        check("17.XII.1947", NO_ANCHOR, Some("1947-12-17"));
        check("24.III.50", NO_ANCHOR, Some("1950-03-24"));
        check("31.8.50", NO_ANCHOR, Some("1950-08-31"));
        check("10/14/50", NO_ANCHOR, Some("1950-10-14"));
        check("13.10.50", NO_ANCHOR, Some("1950-10-13"));
        check("1976. 9. 28", NO_ANCHOR, Some("1976-09-28"));
        check("80. 02. 01", NO_ANCHOR, Some("1980-02-01"));
        check("2011-11-20", NO_ANCHOR, Some("2011-11-20"));
    }

    #[test]
    fn two_digit_years_follow_the_anchor() {
        assert_eq!(two_digit_year(50, &NO_ANCHOR), 1950);
        assert_eq!(two_digit_year(50, &Context::anchored(1949, None, None)), 1950);
        assert_eq!(two_digit_year(3, &Context::anchored(1999, None, None)), 2003);
        assert_eq!(two_digit_year(98, &Context::anchored(2001, None, None)), 1998);
        check("24.III.05", Context::anchored(2004, None, None), Some("2005-03-24"));
        check("24.III.05", NO_ANCHOR, Some("1905-03-24"));
    }

    #[test]
    fn ambiguous_numeric_order_follows_the_anchor() {
        // From a Polish ciphergram dated March 11, 1963: "received on 03.12.63".
        check("03.12.63", anchor(1963, 3, 11), Some("1963-03-12"));
        check("03.12.63", NO_ANCHOR, Some("1963-12-03"));
        // "cabled to Comrade Stalin on 10.01.50", in a telegram of September 29, 1950.
        check("10.01.50", anchor(1950, 9, 29), Some("1950-10-01"));
        // Only one reading is a real date.
        check("29.5.63", anchor(1963, 5, 29), Some("1963-05-29"));
    }

    #[test]
    fn impossible_dates_are_refused() {
        check("31 June 1962", NO_ANCHOR, None);
        check("June 31, 1962", NO_ANCHOR, None);
        check("29 February 1962", NO_ANCHOR, None);
        check("32.13.50", NO_ANCHOR, None);
        // The impossible date must not leave "June 1962" behind.
        check_find("on 31 June 1962 we", NO_ANCHOR, &[]);
    }

    #[test]
    fn unreadable_text() {
        check("", NO_ANCHOR, None);
        check("Undated", NO_ANCHOR, None);
        check("c. 1950s", NO_ANCHOR, None);
        check("1946-1950", NO_ANCHOR, None);
        check("June 21, 1962 and more", NO_ANCHOR, None);
    }

    #[test]
    fn dates_without_a_year_need_an_anchor() {
        check("16 June", NO_ANCHOR, None);
        check("16 June", anchor(1962, 6, 21), Some("1962-06-16"));
        check_find("We have received the 16 June cable from the Ministry", NO_ANCHOR, &[]);
        check_find(
            "We have received the 16 June cable from the Ministry",
            anchor(1962, 6, 21),
            &[("16 June", "1962-06-16")],
        );
        check_find("return to Beijing on 26 June with the material", anchor(1962, 6, 21), &[("26 June", "1962-06-26")]);
        check_find("On March 24 I visited Kim Il Sung", anchor(1950, 3, 24), &[("March 24", "1950-03-24")]);
        check_find(
            "on the 31st of October, the chief editor",
            anchor(1962, 11, 10),
            &[("31st of October", "1962-10-31")],
        );
    }

    #[test]
    fn ordinal_day_takes_the_anchor_month() {
        let ctx = anchor(1961, 12, 27);
        check_find(
            "after class on the 23rd [23 December] visited our student",
            ctx,
            &[("the 23rd", "1961-12-23"), ("23 December", "1961-12-23")],
        );
        check_find("Cable dated the 13th was received.", anchor(1963, 11, 15), &[("the 13th", "1963-11-13")]);
        check_find(
            "at the Great Hall of the People on the 25th at 9:45am",
            anchor(1984, 3, 25),
            &[("the 25th", "1984-03-25")],
        );
        // Without a month in the anchor there is nothing to read it against.
        check_find("after class on the 23rd visited", Context::anchored(1961, None, None), &[]);
        // The 31st of a 30-day month is not a date.
        check_find("on the 31st we met", anchor(1962, 6, 1), &[]);
    }

    #[test]
    fn ordinals_that_are_not_days() {
        let ctx = anchor(1984, 3, 25);
        check_find(
            "must continue onto the 21st century, and then to the 22nd, 23rd, 33rd, and 43rd century.",
            ctx,
            &[],
        );
        check_find("at the last plenary session – the 5th Plenum – that", ctx, &[]);
        check_find("on the 12th Congress of the MPR", ctx, &[]);
        check_find("by 10 October 1975, the 30th anniversary of", ctx, &[("10 October 1975", "1975-10-10")]);
    }

    #[test]
    fn dates_in_running_text() {
        check_find("Sent 31.8.50 11:32\nReceived 31.8 17:27", NO_ANCHOR, &[("31.8.50", "1950-08-31")]);
        check_find("Sent by wire on 10/14/50 at 03:15 a.m.", NO_ANCHOR, &[("10/14/50", "1950-10-14")]);
        check_find("Kuznetsov\n16.XII.1947\n", NO_ANCHOR, &[("16.XII.1947", "1947-12-16")]);
        check_find(
            "This meeting took place on 5 March [19]56 in the Kremlin.",
            NO_ANCHOR,
            &[("5 March [19]56", "1956-03-05")],
        );
        check_find(
            "Reprinted in Vol. 5, Book 1, 1946-February 1950 (Moscow: Pamiatniki Istoricheskoi Mysli, 2005), p. 378.",
            NO_ANCHOR,
            &[("1946", "1946"), ("February 1950", "1950-02"), ("2005", "2005")],
        );
        check_find(
            "(April 9th – June 28th 1973)",
            anchor(1973, 6, 7),
            &[("April 9th", "1973-04-09"), ("June 28th 1973", "1973-06-28")],
        );
        check_find("PYONGYANG, 80. 02. 01", Context::anchored(1980, Some(11), None), &[("80. 02. 01", "1980-02-01")]);
        check_find(
            "1. Related to file no. Foreign Bang-Yeon [United Nations Division] 731. 1 – 1425 (76. 9. 28.)",
            anchor(1976, 9, 28),
            &[("76. 9. 28", "1976-09-28")],
        );
    }

    #[test]
    fn false_positives_are_refused() {
        let ctx = anchor(1950, 8, 31);
        check_find("To No. 1476/sh.", ctx, &[]);
        check_find("Arrived at the 8D/GS on the day", ctx, &[]);
        check_find("at 03:15 a.m. and 12:46:44", ctx, &[]);
        check_find("PRC FMA 118-01109-02, 30-31.", ctx, &[]);
        check_find("AVPRF, Fond 0100, Opis 5a, Delo 3, Listy 1950-1951", ctx, &[]);
        check_find("Distribution list - 11 copies: Stalin - 2", ctx, &[]);
        check_find("The discussions began at 1800 hrs.", ctx, &[]);
        check_find("Folder 784/1978, Issue 220", ctx, &[]);
        check_find("History and Public Policy Program Digital Archive, 2002-113, Act", ctx, &[]);
        check_find("TELEGRAM 066.621 from", ctx, &[]);
        check_find("Telegram from Washington, DC, No.084.504, Urgent", ctx, &[]);
        check_find("your telegram no. 01/04493, dated", ctx, &[]);
        check_find("SED Archives, IfGA, ZPA, J IV 2/202/130.", ctx, &[]);
        check_find("Number R037398 and Number 1961", ctx, &[]);
        check_find("in 1950s and 19500 and 2421", ctx, &[]);
        check_find("we may 5 times", ctx, &[]);
    }

    #[test]
    fn context_from_a_date() {
        let d = parse_date("June 21, 1962", &NO_ANCHOR).unwrap();
        assert_eq!(Context::from_date(&d), anchor(1962, 6, 21));
        let d = parse_date("November 1980", &NO_ANCHOR).unwrap();
        assert_eq!(Context::from_date(&d), Context::anchored(1980, Some(11), None));
        assert_eq!(Context::from_date(&DateValue::unreadable("x")), Context::default());
    }

    #[test]
    fn rules_are_named() {
        let found = find_dates("Cable of 17.XII.1947 and June 21, 1962.", &NO_ANCHOR);
        let rules: Vec<&str> = found.iter().map(|f| f.rule).collect();
        assert_eq!(rules, ["dates.day_roman_month_year", "dates.month_day_year"]);
        assert_eq!(parse_date_with_rule("1967", &NO_ANCHOR).map(|(_, r)| r), Some("dates.year"));
    }
}
