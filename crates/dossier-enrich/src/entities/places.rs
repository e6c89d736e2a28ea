//! Places: the dateline, glosses, titles and running text, each name resolved
//! to one gazetteer entry in the light of the document's date and the other
//! places and countries it names.
//!
//! A capitalized word is taken for a place when the gazetteer knows it and
//! either the context says so (a locative preposition before it, a gloss, the
//! dateline, a title's parenthesis, a list continuing one of these) or the
//! place is large (100,000 people or more) or a known historical name. A name
//! on the gazetteer's stop list (`Wilson`, `Union`, `Center`) needs the
//! context, and a name followed by an institution's head noun (`Wilson Center`,
//! `Geneva Conference`) is part of that name. Countries and historical polities
//! (`Soviet Union`, `USSR`) are places too; regions that a city gazetteer does
//! not hold (`Xinjiang`, `Manchuria`) get a `place:region:` entity with no
//! coordinates rather than a forced city.

use std::collections::BTreeSet;

use dossier_lexicon::HashMap;
use std::sync::LazyLock;

use dossier_gazetteer::{Gazetteer, HistoricalKind, ResolveContext, is_stop_name, name_key, subdivision};
use dossier_model::{ActorKind, EditorialKind, EntityKind, EntityRef, MentionKind, NormalizedDoc, TextField};

use super::names::slug;
use super::tokens::Token;
use super::{Actors, Found, FoundSet, Texts, plain_entity};
use crate::lexicon::{
    ABBREVIATIONS, Abbreviated, COMPASS_WORDS, DIVISION_WORDS, FEATURE_HEADS, FEATURE_LEADS, FORMAL_STATES,
    LOCATIVE_WORDS, NOT_NAMES as NOT_NAME, ORG_HEADS as ORG_HEAD, REGION_HEADS, REGIONS, SETTLEMENT_NOUNS,
};

/// True when the words before word `i` say a village or small town follows:
/// `in`, `near`, `outside` or `via` right before it (`in Sušice`), `the town
/// of` (a settlement noun and `of`), or a list of places it continues
/// (`Chomutov, Náchod and Rumburk`). `of`, `to` and `from` alone are not
/// enough (`the trial of Daniel`, `a letter to Smith`).
/// So does a journey's route whose other end is a town or city: `a trip by
/// plane from Orneta to Katowice` (one word at either end, a noun of a journey
/// or a verb of motion among the four words before `from`; not `instructions
/// from Washington to Thompson`).
fn village_cue(tokens: &[Token<'_>], i: usize, continues_list: bool) -> bool {
    use crate::lexicon::{JOURNEY_NOUNS, MOTION_VERBS};
    let before = |back: usize| i.checked_sub(back).map(|p| tokens[p].lower.as_ref());
    let capital_at = |p: usize| tokens.get(p).is_some_and(|t| t.cap && t.joined && is_town_name(t.text));
    let journey = |from_at: usize| {
        tokens[from_at.saturating_sub(4)..from_at]
            .iter()
            .any(|t| JOURNEY_NOUNS.contains(t.lower.as_ref()) || MOTION_VERBS.contains(t.lower.as_ref()))
    };
    let route = before(1) == Some("from")
        && tokens.get(i + 1).is_some_and(|t| t.joined && t.lower == "to")
        && capital_at(i + 2)
        && journey(i - 1)
        || before(1) == Some("to") && before(3) == Some("from") && i >= 3 && capital_at(i - 2) && journey(i - 3);
    continues_list
        || route
        || matches!(before(1), Some("in" | "near" | "outside" | "via"))
        || before(1) == Some("of") && before(2).is_some_and(|w| SETTLEMENT_NOUNS.contains(w))
}

/// Population from which a bare capitalized name is taken for the place.
const BARE_POPULATION: u64 = 100_000;

/// Regions by name key → (display name, country code).
static REGION: LazyLock<HashMap<String, (&'static str, &'static str)>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for region in REGIONS.iter() {
        for spelling in std::iter::once(&region.name).chain(region.variants.iter()) {
            map.insert(name_key(spelling), (region.name, region.country));
        }
    }
    map
});

/// True when `name` is a known place, country, polity or region (used by the
/// person and organization readers to keep `Hong Kong` from being a person).
pub(crate) fn is_place_name(name: &str) -> bool {
    memoized(&PLACE_NAME_MEMO, name, place_name_uncached)
}

fn place_name_uncached(name: &str) -> bool {
    // `WASHINGTON D.C.`, `Mexico, D.F.`: a city with its federal district.
    if let Some(city) = without_federal_district(name) {
        return place_name_uncached(city);
    }
    let key = name_key(name);
    let gazetteer = Gazetteer::bundled();
    REGION.contains_key(&key)
        || (name.len() > 3 && gazetteer.country(name).is_some())
        || gazetteer.historical_rows(&key).next().is_some()
        || gazetteer.lookup_key(&key).first().is_some_and(|c| c.population >= BARE_POPULATION)
        || subdivision(name).is_some()
}

/// `city` of `city, D.C.`, `CITY D.C.`, `city DF` (a federal district's mark
/// after a city's name), if `name` ends so.
fn without_federal_district(name: &str) -> Option<&str> {
    let (city, mark) = name.trim_end_matches('.').rsplit_once(' ')?;
    let city = city.trim_end_matches(',').trim_end();
    let mark: String = mark.chars().filter(|c| *c != '.').collect();
    (matches!(mark.as_str(), "DC" | "DF") && !city.is_empty()).then_some(city)
}

/// True when `name` is a country, a polity, a region, a city of a million
/// people or more by its own GeoNames name (`Delhi`; not `Setúbal` or `Ibarra`,
/// cities that are common surnames too, nor `Neves`, an alternate name of
/// Ribeirão das Neves), or a national capital by the name its country's row
/// gives (`Washington`, whose GeoNames name is `Washington, D.C.`: `Telegram
/// from Washington to Bucharest` is from the embassy there).
pub(crate) fn is_state_or_metropolis(name: &str) -> bool {
    let key = name_key(name);
    is_state_or_region(name)
        || Gazetteer::bundled()
            .lookup_key(&key)
            .first()
            .is_some_and(|c| c.population >= 1_000_000 && c.matched == dossier_gazetteer::NameMatch::Name)
        || CAPITALS.contains(&key)
}

/// The name keys of the national capitals as the countries' rows name them.
static CAPITALS: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
    Gazetteer::bundled().countries().iter().filter(|c| !c.capital.is_empty()).map(|c| name_key(&c.capital)).collect()
});

/// True when the gazetteer knows `name` as a town or city (no village: see
/// [`Gazetteer::is_village`]) by its own or an alternate name.
pub(crate) fn is_gazetteer_name(name: &str) -> bool {
    is_place_name(name) || is_town_name(name)
}

/// True when some place of this name is a town or a city, not a village.
fn is_town_name(name: &str) -> bool {
    let gazetteer = Gazetteer::bundled();
    gazetteer.lookup(name).iter().any(|c| !gazetteer.is_village(c))
}

/// `New York` for `N. York` or `N. YORK` (a cable's short `New`): the place
/// that `N.` and the next word name, when the gazetteer knows it.
pub(crate) fn new_abbreviated(initial: &Token<'_>, word: &Token<'_>) -> Option<String> {
    if !(initial.initial && initial.text == "N" && word.joined && word.cap && !word.initial) {
        return None;
    }
    let mut letters = word.text.chars();
    let first = letters.next()?;
    let full = format!("New {first}{}", letters.as_str().to_lowercase());
    is_place_name(&full).then_some(full)
}

/// True when `word` is a state's adjective of nationality made by a suffix
/// (`Uruguayan`, `Cuban`, `Iranian`, `Chilean`), which an Armenian surname's
/// ending (`Mikoyan`) or a Slavic one would otherwise read as a surname; or
/// a plural country's name without its `s` (`Philippine`), or the people of
/// a country named with `-stan` (`Kazakh`, `Uzbek`).
pub(crate) fn is_demonym(word: &str) -> bool {
    ["ian", "an", "n", "ese", "i"].iter().any(|suffix| {
        word.len() > suffix.len() + 3
            && word.ends_with(suffix)
            && Gazetteer::bundled().country(&word[..word.len() - suffix.len()]).is_some()
    }) || word.len() > 4 && !word.ends_with('s') && Gazetteer::bundled().country(&format!("{word}s")).is_some()
        // `Kazakh`, `Uzbek`, `Tajik`: the people of a `-stan`.
        || word.len() > 4
            && ["stan", "istan"].iter().any(|end| Gazetteer::bundled().country(&format!("{word}{end}")).is_some())
}

/// True when `word` is the adjective of a country ([`is_demonym`]) or of a
/// known place (`Korean` of the region Korea): `a Korean newspaper`.
pub(crate) fn is_place_adjective(word: &str) -> bool {
    is_demonym(word)
        || ["n", "an", "ian", "ese"]
            .iter()
            .any(|end| word.strip_suffix(end).is_some_and(|stem| stem.len() > 3 && is_place_name(stem)))
        // A name's final `e` dropped before the ending (`Zairian`, `Ukrainian`).
        || ["an", "ian"]
            .iter()
            .any(|end| word.strip_suffix(end).is_some_and(|stem| stem.len() > 3 && is_place_name(&format!("{stem}e"))))
}

/// True when `name` is a country, a historical polity or a region of
/// `regions.tsv` (no subdivision: `Alger` is a province of Algeria too).
pub(crate) fn is_state_or_named_region(name: &str) -> bool {
    let key = name_key(name);
    let gazetteer = Gazetteer::bundled();
    REGION.contains_key(&key)
        || (name.len() > 3 && gazetteer.country(name).is_some())
        || gazetteer.historical_rows(&key).any(|r| r.kind == HistoricalKind::Polity)
        || is_formal_state_name(name)
}

/// True when the whole of `name` is a formal state name of
/// `formal_states.tsv` (`People's Republic of China`, `Republica Moldova`).
fn is_formal_state_name(name: &str) -> bool {
    if !name.contains(' ') {
        return false;
    }
    let tokens = super::tokens::tokenize(name);
    formal_state_at(&tokens, 0).is_some_and(|(n, _)| n == tokens.len())
}

/// True when `name` is a country, a historical polity or a region.
pub(crate) fn is_state_or_region(name: &str) -> bool {
    memoized(&STATE_OR_REGION_MEMO, name, state_or_region_uncached)
}

fn state_or_region_uncached(name: &str) -> bool {
    is_state_or_named_region(name) || subdivision(name).is_some()
}

/// A thread's answers of one name test, by name: the tests are pure, and
/// every capitalized word and run of every document asks them, mostly about
/// the same few thousand words.
type Memo = std::cell::RefCell<HashMap<Box<str>, bool>>;

/// The most names a memo keeps before it starts again.
const MEMO_NAMES: usize = 1 << 16;

thread_local! {
    static PLACE_NAME_MEMO: Memo = Default::default();
    static STATE_OR_REGION_MEMO: Memo = Default::default();
}

fn memoized(memo: &'static std::thread::LocalKey<Memo>, name: &str, test: fn(&str) -> bool) -> bool {
    if let Some(hit) = memo.with(|m| m.borrow().get(name).copied()) {
        return hit;
    }
    let answer = test(name);
    memo.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= MEMO_NAMES {
            m.clear();
        }
        m.insert(name.into(), answer);
    });
    answer
}

/// Formal names of states by the lower-case words of their tokens, and the
/// state each names; and the most words any of them has.
static FORMAL: LazyLock<(HashMap<String, &'static str>, usize)> = LazyLock::new(|| {
    let mut longest = 0;
    // A name written with `P.R.` or `S.R.` is written in full too, and the
    // other way round (`Albanian P.R.`, `Albanian People's Republic`).
    const SPELLED: [(&str, &str); 2] = [("P.R.", "People's Republic"), ("S.R.", "Socialist Republic")];
    let map = FORMAL_STATES
        .iter()
        .flat_map(|&(formal, state)| {
            let mut spellings = vec![formal.to_owned()];
            for (short, full) in SPELLED {
                if formal.ends_with(short) {
                    spellings.push(formal.replace(short, full));
                } else if let Some(head) = formal.strip_suffix(full) {
                    spellings.push(format!("{head}{short}"));
                }
            }
            spellings.into_iter().map(move |spelling| (spelling, state))
        })
        .map(|(formal, state)| {
            let tokens = super::tokens::tokenize(&formal);
            longest = longest.max(tokens.len());
            let mut key = String::new();
            for (n, t) in tokens.iter().enumerate() {
                push_formal_word(&mut key, t, n > 0 && tokens[n - 1].initial);
            }
            (key, state)
        })
        .collect();
    (map, longest)
});

/// `name` without the kind words that follow a division's name (`Xinjiang
/// Autonomous Region` → `Xinjiang`, `Henan Province` → `Henan`).
fn without_division_words(name: &str) -> &str {
    let mut rest = name.trim_end();
    while let Some((head, last)) = rest.rsplit_once(' ') {
        let last = last.to_lowercase();
        if DIVISION_WORDS.contains(last.as_str()) || last == "autonomous" {
            rest = head.trim_end();
        } else {
            break;
        }
    }
    rest
}

/// Adds word `t` to the lookup key of a formal state name: lower case,
/// initials without their periods and run together (`D. R. Vietnam` and
/// `D.R. Vietnam` are both `dr vietnam`).
fn push_formal_word(key: &mut String, t: &Token<'_>, after_initial: bool) {
    if !(key.is_empty() || t.initial && after_initial) {
        key.push(' ');
    }
    if t.initial {
        key.extend(t.lower.chars().filter(|&c| c != '.'));
    } else {
        key.push_str(&t.lower);
    }
}

/// The formal state name that starts at word `i` (`People's Republic of
/// China`, `D.R. Vietnam`): its word count and the state it names.
fn formal_state_at(tokens: &[Token<'_>], i: usize) -> Option<(usize, &'static str)> {
    let (map, longest) = &*FORMAL;
    let mut key = String::new();
    let mut best = None;
    for (n, t) in tokens[i..].iter().take(*longest).enumerate() {
        // An initial's period parts it from the next word (`D. R. Vietnam`).
        let after_initial = n > 0 && tokens[i + n - 1].initial;
        let parted_by_period = after_initial && tokens[i + n - 1].end + 2 == t.start;
        if n > 0 && !t.joined && !parted_by_period {
            break;
        }
        push_formal_word(&mut key, t, after_initial);
        if let Some(state) = map.get(&key) {
            best = Some((n + 1, *state));
        }
    }
    best
}

/// How strongly the text says a name is a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    Bare,
    Locative,
    Title,
    Gloss,
    Dateline,
}

/// A place name waiting for the whole document's context.
#[derive(Debug)]
struct Candidate {
    field: TextField,
    start: usize,
    end: usize,
    name: String,
    strength: Strength,
    method: &'static str,
    /// For a gloss: the other name of the pair.
    other_name: Option<String>,
}

impl Candidate {
    /// A name the words around it mark as a place (a route, a head noun, a
    /// shortened `New`): no gloss partner.
    fn locative(field: TextField, start: usize, end: usize, name: String, method: &'static str) -> Self {
        Candidate { field, start, end, name, strength: Strength::Locative, method, other_name: None }
    }
}

/// Most capitalized words before a site's head noun (`West Flower Hall`).
const MAX_SITE_WORDS: usize = 3;

/// A word that may be part of a site's, a feature's or a division's name:
/// capitalized, not in capitals, no possessive, not a word that is never a name.
fn name_word(t: &Token<'_>) -> bool {
    t.cap && !t.all_caps && !t.possessive && !NOT_NAME.contains(t.lower.as_ref())
}

/// The end of a named building or square that starts at word `i`: one to three
/// capitalized words and a head noun of `data/lexicon/site_heads.txt`
/// (`Xihua Hall`, `Presidential Palace`, `Baiyun Airfield`), or the head noun
/// first, with `of` and a name after either (`Great Hall of the People`,
/// `Palace of Culture`). No word may be a title, an honorific, a given name
/// or a possessive (`Gus Hall`, `Ambassador's Residence` are no sites).
fn site_end(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    use crate::lexicon::{GIVEN_NAMES, HONORIFICS, SITE_HEADS, TITLE_WORDS};
    let plain = |t: &Token<'_>| {
        name_word(t)
            && !HONORIFICS.contains(t.lower.as_ref())
            && !TITLE_WORDS.contains(t.lower.as_ref())
            && t.text.chars().all(char::is_alphabetic)
    };
    let head = |k: usize| tokens.get(k).is_some_and(|t| t.joined && t.cap && SITE_HEADS.contains(t.lower.as_ref()));
    // `… of the People`: `of`, an optional `the`, one or two capitalized words.
    let of_name = |k: usize| -> Option<usize> {
        if !tokens.get(k).is_some_and(|t| t.joined && t.lower == "of") {
            return None;
        }
        let first = if tokens.get(k + 1).is_some_and(|t| t.joined && t.lower == "the") { k + 2 } else { k + 1 };
        // `People` is never a person's name but names halls and palaces.
        let n = tokens[first.min(tokens.len())..]
            .iter()
            .take(2)
            .take_while(|t| t.joined && (plain(t) || t.cap && !t.possessive && t.lower == "people"))
            .count();
        (n > 0).then_some(first + n)
    };
    let t = tokens.get(i)?;
    if t.cap && SITE_HEADS.contains(t.lower.as_ref()) {
        return of_name(i + 1);
    }
    // `Luisenstraße`, `Alexanderplatz`: a German street's or square's name in
    // one word.
    if t.cap
        && !t.all_caps
        && t.text.chars().all(|c| c.is_alphabetic() || c == '-')
        && crate::lexicon::STREET_SUFFIXES.iter().any(|suffix| {
            t.lower.strip_suffix(suffix).is_some_and(|stem| stem.trim_end_matches('-').chars().count() >= 3)
        })
    {
        return Some(i + 1);
    }
    // `West Flower Hall`, `New Palace`: a compass point or `New` may open one.
    let opener = t.cap && matches!(t.lower.as_ref(), "east" | "new" | "north" | "old" | "south" | "west");
    if !(plain(t) || opener && tokens.get(i + 1).is_some_and(|n| n.joined && plain(n)))
        || GIVEN_NAMES.contains(t.lower.as_ref())
        || SITE_HEADS.contains(t.lower.as_ref())
    {
        return None;
    }
    let mut k = i + 1;
    while k < tokens.len() && k - i <= MAX_SITE_WORDS && !head(k) {
        if !(tokens[k].joined && plain(&tokens[k])) {
            return None;
        }
        k += 1;
    }
    if !head(k) || k - i > MAX_SITE_WORDS {
        return None;
    }
    Some(of_name(k + 1).unwrap_or(k + 1))
}

/// The end of a natural feature's name that starts at word `i`: one to three
/// capitalized words and a head noun of `data/lexicon/feature_heads.txt` in
/// either case (`Yangtze River`, `Paracel islands`, `Sanjiang Plain`), a head
/// noun, `of` and one or two capitalized words (`Strait of Tiran`), or a head
/// noun of `feature_leads.txt` and one or two capitalized words (`Lake Balaton`).
fn feature_end(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let plain = |t: &Token<'_>| {
        name_word(t)
            && !FEATURE_HEADS.contains(t.lower.as_ref())
            && t.text.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let names_after =
        |k: usize| tokens[k.min(tokens.len())..].iter().take(2).take_while(|t| t.joined && plain(t)).count();
    let t = tokens.get(i)?;
    // `the 38th parallel`, `the 17th Parallel`: a line of latitude by its
    // ordinal, as armistice lines are named.
    if crate::address::is_ordinal(&t.lower) && tokens.get(i + 1).is_some_and(|n| n.joined && n.lower == "parallel") {
        return Some(i + 2);
    }
    if t.cap && (FEATURE_HEADS.contains(t.lower.as_ref()) || FEATURE_LEADS.contains(t.lower.as_ref())) {
        if tokens.get(i + 1).is_some_and(|n| n.joined && n.lower == "of") {
            let first = if tokens.get(i + 2).is_some_and(|n| n.joined && n.lower == "the") { i + 3 } else { i + 2 };
            let n = names_after(first);
            return (n > 0).then_some(first + n);
        }
        let n = names_after(i + 1);
        return (FEATURE_LEADS.contains(t.lower.as_ref()) && n > 0).then_some(i + 1 + n);
    }
    if !plain(t) {
        return None;
    }
    let mut k = i + 1;
    while k < tokens.len() && k - i <= MAX_SITE_WORDS && tokens[k].joined {
        if FEATURE_HEADS.contains(tokens[k].lower.as_ref()) {
            return Some(k + 1);
        }
        if !plain(&tokens[k]) {
            return None;
        }
        k += 1;
    }
    None
}

/// The names of a plural feature head before `of` (`Islands of Habomai and
/// Shikotan`), as word ranges: the name `feature_end` read after `of`, and one
/// more after `and`. `None` for a singular head or a single name (`Strait of
/// Tiran`, `Straits of Hormuz` are one name each).
fn plural_feature_names(tokens: &[Token<'_>], i: usize, end: usize) -> Option<Vec<(usize, usize)>> {
    let head = &tokens[i];
    if !(head.lower.ends_with('s') && FEATURE_HEADS.contains(head.lower.as_ref())) {
        return None;
    }
    let first = (i + 2..end).find(|&k| tokens[k].cap)?;
    let mut names = vec![(first, end)];
    if tokens.get(end).is_some_and(|t| t.joined && t.lower == "and")
        && let Some(next) = tokens.get(end + 1)
        && next.joined
        && next.cap
        && !next.all_caps
        && !NOT_NAME.contains(next.lower.as_ref())
        && next.text.chars().all(char::is_alphabetic)
    {
        names.push((end + 1, end + 2));
    }
    // One name after the head is the feature's whole name (`Straits of Hormuz`).
    (names.len() > 1).then_some(names)
}

/// The end of a division's name that starts at word `i`: one or two plain
/// capitalized words and a kind of `data/lexicon/division_kinds.txt` in
/// either case (`Kalinin Oblast’`, `Transcarpathian Oblast`, `Krasnodar
/// krai`), a division whether the reference data knows it or not.
fn division_end(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let plain = |t: &Token<'_>| {
        name_word(t)
            && !ORG_HEAD.contains(t.lower.as_ref())
            // A transliteration's soft sign (`Khar’kov Oblast’`).
            && t.text.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    if !plain(tokens.get(i)?) {
        return None;
    }
    (i + 1..tokens.len().min(i + 3))
        .take_while(|&k| tokens[k].joined)
        .find_map(|k| {
            if crate::lexicon::DIVISION_KINDS.contains(tokens[k].lower.as_ref()) {
                // A district is also a town's or a land's (`Rostock district`,
                // `Altai district`: the place the reference data knows is read
                // by its name) and a body's (`Michalovce district committee`).
                if tokens[k].lower == "district" {
                    let stem = &tokens[i..k].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
                    let body = tokens.get(k + 1).is_some_and(|n| n.joined && ORG_HEAD.contains(n.lower.as_ref()));
                    if body || is_gazetteer_name(stem) || is_state_or_region(stem) {
                        return Some(None);
                    }
                }
                Some(Some(k + 1))
            } else if plain(&tokens[k]) {
                None
            } else {
                Some(None)
            }
        })
        .flatten()
}

/// The most capitalized words of the first name of a pair a locative word
/// opens (`in Atucha and Rio Tercero`).
const MAX_PAIR_WORDS: usize = 3;

/// True when the name at `i` is the second of a pair a locative word opens,
/// whatever the first is (`its plants in Atucha and Rio Tercero`: the
/// gazetteer does not know Atucha, but `in` places both).
fn second_of_locative_pair(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(and) = i.checked_sub(1).map(|p| &tokens[p]) else { return false };
    if !tokens[i].joined || !and.joined || !matches!(and.lower.as_ref(), "and" | "or") {
        return false;
    }
    let mut k = i - 1;
    let mut words = 0;
    while k > 0 && words < MAX_PAIR_WORDS && tokens[k - 1].cap && !tokens[k - 1].sentence_start {
        k -= 1;
        words += 1;
        if !tokens[k].joined {
            return false;
        }
    }
    words > 0 && k > 0 && LOCATIVE_WORDS.contains(tokens[k - 1].lower.as_ref())
}

/// True when the name ending before word `end` is followed, after a comma,
/// by the country or region one of its gazetteer `candidates` lies in (`P.O. Gyantse,
/// Tibet`, `Atucha, Argentina`): the writer placed it.
fn followed_by_its_country(tokens: &[Token<'_>], end: usize, candidates: &[dossier_gazetteer::Candidate]) -> bool {
    let Some(next) = tokens.get(end) else { return false };
    // One separator between the words (`, `), not a sentence's end.
    if next.joined || next.sentence_start || !next.cap || next.start > tokens[end - 1].end + 2 {
        return false;
    }
    let gazetteer = Gazetteer::bundled();
    let mut name = next.text.to_owned();
    let mut code = None;
    for (n, t) in tokens[end..].iter().take(2).enumerate() {
        if n > 0 {
            if !t.joined || !t.cap {
                break;
            }
            name.push(' ');
            name.push_str(t.text);
        }
        code = gazetteer
            .country(&name)
            .map(|c| c.iso.as_str())
            .or_else(|| REGION.get(&name_key(&name)).map(|&(_, code)| code).filter(|c| !c.is_empty()));
        if code.is_some() {
            break;
        }
    }
    let Some(code) = code else { return false };
    candidates.iter().any(|c| gazetteer.places()[c.index as usize].country == code)
}

/// Place mentions of one document.
pub(crate) struct Places {
    year: Option<i32>,
    candidates: Vec<Candidate>,
    /// ISO codes of the countries the document names or places itself in.
    countries: BTreeSet<String>,
}

impl Places {
    pub fn new(year: Option<i32>, _collection: &str) -> Self {
        Places { year, candidates: Vec::new(), countries: BTreeSet::new() }
    }

    /// The FRUS dateline place, or the place opening the body's dateline line.
    pub fn read_dateline(&mut self, doc: &NormalizedDoc, found: &mut FoundSet) {
        if let Some(place) = &doc.fields.place {
            self.candidates.push(Candidate {
                field: TextField::Source,
                start: place.evidence.start,
                end: place.evidence.end,
                name: place.value.clone(),
                strength: Strength::Dateline,
                method: "dateline",
                other_name: None,
            });
            return;
        }
        let Some(date_line) = doc.fields.date_line.as_ref().map(|d| d.value.as_str()).filter(|d| !d.is_empty()) else {
            return;
        };
        let mut offset = 0;
        for (n, line) in doc.body.split('\n').enumerate() {
            if n > 12 {
                break;
            }
            if let Some(at) = line.find(date_line) {
                let before = line[..at].trim_end();
                if let Some(place) = before.strip_suffix(',') {
                    // A header label before it is no part of the place (`Sent:
                    // Iran, August 8, 1985, 09:45`).
                    let place = place.rsplit(':').next().unwrap_or(place).trim();
                    // `Hanoi, Vietnam, 2 May 1965`: each place of a list that
                    // is no place as a whole; and not the end of a heading
                    // before it (`… Personnel Policy in the` / `Military,
                    // Lublin, December 18, 1944`).
                    let parts: Vec<&str> = if place.contains(", ") && !is_place_name(place) {
                        place.split(", ").map(str::trim).filter(|part| is_place_name(part)).collect()
                    } else {
                        vec![place]
                    };
                    for part in parts {
                        // A part is a slice of the line: its offset there.
                        let start = offset + (part.as_ptr() as usize - line.as_ptr() as usize);
                        if !part.is_empty()
                            && part.split_whitespace().count() <= 3
                            && !found.taken_by_name(TextField::Body, start, start + part.len())
                        {
                            self.candidates.push(Candidate {
                                field: TextField::Body,
                                start,
                                end: start + part.len(),
                                name: part.to_owned(),
                                strength: Strength::Dateline,
                                method: "dateline",
                                other_name: None,
                            });
                        }
                    }
                }
                break;
            }
            offset += line.len() + 1;
        }
    }

    /// `Wulumuqi [Urumqi]`: both names, each the evidence for the other.
    pub fn read_glosses(&mut self, doc: &NormalizedDoc, found: &mut FoundSet) {
        for span in doc.editorial.iter().filter(|s| s.kind == EditorialKind::Gloss) {
            let Some(glossed) = &span.glossed else { continue };
            if !(is_place_name(glossed)
                || is_place_name(&span.content)
                || is_town_name(glossed)
                || is_town_name(&span.content))
            {
                continue;
            }
            // `Yili [Ili] Prefecture`: the gloss names a division its kind word
            // follows, not the city of that name (Yining); unless the division
            // is one the reference data knows, it is no place here.
            let after = doc.body.get(span.end..).unwrap_or_default();
            let kind_word = after
                .strip_prefix(' ')
                .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
                .filter(|w| DIVISION_WORDS.contains(w.to_lowercase().as_str()));
            if let Some(word) = kind_word
                && subdivision(&format!("{glossed} {word}")).is_none()
                && subdivision(&format!("{} {word}", span.content)).is_none()
            {
                continue;
            }
            if doc.body[span.start..span.end].starts_with(glossed.as_str())
                && !found.taken_by_name(TextField::Body, span.start, span.start + glossed.len())
            {
                self.candidates.push(Candidate {
                    field: TextField::Body,
                    start: span.start,
                    end: span.start + glossed.len(),
                    name: glossed.clone(),
                    strength: Strength::Gloss,
                    method: "gloss",
                    other_name: Some(span.content.clone()),
                });
            }
            if let Some(at) = doc.body[span.start..span.end].rfind(span.content.as_str()) {
                // `UAR [United Arab Republic; Egypt]`: an editor's names of
                // one place, a semicolon between them, each its own mention.
                let mut from = span.start + at;
                for part in span.content.split(';') {
                    let lead = part.len() - part.trim_start().len();
                    let name = part.trim();
                    let start = from + lead;
                    from += part.len() + 1;
                    if name.is_empty() || found.taken_by_name(TextField::Body, start, start + name.len()) {
                        continue;
                    }
                    self.candidates.push(Candidate {
                        field: TextField::Body,
                        start,
                        end: start + name.len(),
                        name: name.to_owned(),
                        strength: Strength::Gloss,
                        method: "gloss",
                        other_name: Some(glossed.clone()),
                    });
                }
            }
        }
    }

    /// Actors that are places (`Telegram from Washington, DC`), and places a
    /// title gives in parentheses (`Maneli (Saigon)`).
    pub fn read_actors(&mut self, actors: &Actors<'_>, texts: &Texts<'_>, found: &mut FoundSet) {
        for actor in actors.all() {
            let ev = &actor.evidence;
            if actor.value.kind != ActorKind::Unknown
                || ev.field != TextField::Title
                || found.taken_by_name(ev.field, ev.start, ev.end)
            {
                continue;
            }
            let name = actor.value.name.split(',').next().unwrap_or("").trim();
            if let Some(at) =
                ev.of(texts.title.unwrap_or_default()).find(name).filter(|_| !name.is_empty() && is_town_name(name))
            {
                let start = ev.start + at;
                self.candidates.push(Candidate {
                    field: TextField::Title,
                    start,
                    end: start + name.len(),
                    name: name.to_owned(),
                    strength: Strength::Title,
                    method: "title",
                    other_name: None,
                });
            }
        }
    }

    /// One pass over the words of a text.
    pub fn scan(&mut self, field: TextField, tokens: &[Token<'_>], found: &mut FoundSet) {
        let gazetteer = Gazetteer::bundled();
        let mut i = 0;
        let mut previous_place_end: Option<usize> = None;
        // The end of the last place of a list opened by a word that may stand
        // before a village (`in Chomutov, Náchod`).
        let mut village_list_end: Option<usize> = None;
        'words: while i < tokens.len() {
            let t = &tokens[i];
            // `Coronel Castro`: a title before a name read as a person is the
            // title, whatever town bears the word (Coronel, Chile).
            if t.cap
                && crate::lexicon::HONORIFICS.contains(t.lower.as_ref())
                && tokens.get(i + 1).is_some_and(|n| n.joined && found.taken_by_name(field, n.start, n.end))
            {
                i += 1;
                continue;
            }
            if t.cap
                && let Some((n, state)) = formal_state_at(tokens, i)
                && !found.taken_by_name(field, t.start, tokens[i + n - 1].end)
                && let Some(entity) = named_state(state, self.year)
            {
                found.push(Found {
                    kind: MentionKind::Place,
                    field,
                    start: t.start,
                    end: tokens[i + n - 1].end,
                    entity,
                    method: "formal_name",
                    confidence: 0.9,
                });
                i += n;
                continue;
            }
            // A state's abbreviation inside an organization's name (`the Council
            // of Ministers of the USSR`): the organization reader took the
            // words, but the state is named too.
            if t.all_caps
                && !found.taken_by_name(field, t.start, t.end)
                && let Some(Abbreviated::Polity(state)) =
                    ABBREVIATIONS.get(t.text).or_else(|| ABBREVIATIONS.get(t.text.replace('.', "").as_str()))
                && let Some(entity) = named_state(state, self.year)
            {
                found.push(Found {
                    kind: MentionKind::Place,
                    field,
                    start: t.start,
                    end: t.end,
                    entity,
                    method: "abbreviation",
                    confidence: 0.85,
                });
                i += 1;
                continue;
            }
            // `Japan-China Relations`, `US-China`, `Japan-Taiwan`: a compound
            // of two or more states names each of them; one of a state and a
            // state's adjective (`Japan-Soviet relations`) names the state.
            if t.cap && t.text.contains('-') && !found.taken_by_name(field, t.start, t.end) && !is_place_name(t.text) {
                let states = compound_states(t.text, self.year);
                if !states.is_empty() {
                    for (at, len, entity) in states {
                        found.push(Found {
                            kind: MentionKind::Place,
                            field,
                            start: t.start + at,
                            end: t.start + at + len,
                            entity,
                            method: "compound",
                            confidence: 0.8,
                        });
                    }
                    i += 1;
                    continue;
                }
            }
            // `la bombe d’Hiroshima`: a French article elided before a place's
            // name (the word stays whole for names: `Giscard d’Estaing`).
            if !t.cap
                && let Some(at) = elided_article_end(t.text)
                && is_place_name(&t.text[at..])
                && !found.taken_by_name(field, t.start + at, t.end)
            {
                let name = t.text[at..].to_owned();
                self.candidates.push(Candidate::locative(field, t.start + at, t.end, name, "gazetteer"));
                previous_place_end = Some(t.end);
                i += 1;
                continue;
            }
            // `Beiping-Kalgan`, `a Kiev-Dymer-Ivankovo-Chernobyl' route`: towns
            // joined by hyphens name each town the gazetteer knows.
            if t.cap && t.text.contains('-') && !found.taken_by_name(field, t.start, t.end) && !is_place_name(t.text) {
                let cued = [i.checked_sub(1), Some(i + 1)]
                    .into_iter()
                    .flatten()
                    .filter_map(|j| tokens.get(j))
                    .any(|n| crate::lexicon::ROUTE_WORDS.contains(n.lower.as_ref()));
                let towns = route_towns(t.text);
                if towns.len() >= 2 || cued && !towns.is_empty() {
                    for (at, len) in towns {
                        self.candidates.push(Candidate::locative(
                            field,
                            t.start + at,
                            t.start + at + len,
                            t.text[at..at + len].to_owned(),
                            "gazetteer",
                        ));
                    }
                    previous_place_end = Some(t.end);
                    i += 1;
                    continue;
                }
            }
            // `N. York`: a place whose `New` a cable cut short.
            if let Some(next) = tokens.get(i + 1)
                && let Some(full) = new_abbreviated(t, next)
                && !found.taken_by_name(field, t.start, next.end)
            {
                self.candidates.push(Candidate::locative(field, t.start, next.end, full, "gazetteer"));
                previous_place_end = Some(next.end);
                i += 2;
                continue;
            }
            // `Guangzhou Baiyun Airfield`: a town before a site's own name is a
            // place of its own, and the site starts after it.
            let site = site_end(tokens, i)
                .filter(|&end| !(end - i >= 3 && tokens[i + 1].cap && is_place_name(t.text)))
                .map(|end| (end, "site"));
            // `Yangtze River`, `Lake Balaton`: a natural feature the gazetteer
            // does not list as a place of its own. One it lists is read whole
            // here too when its name holds `of` (`Strait of Tiran`, `Horn of
            // Africa`, `Sea of Japan`), which the name window below does not
            // cross: there `Tiran` alone would be Tirana.
            let named = site
                .or_else(|| {
                    feature_end(tokens, i).and_then(|end| {
                        let name = tokens[i..end].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
                        if !is_place_name(&name) {
                            Some((end, "feature"))
                        } else if tokens[i..end].iter().any(|t| t.lower == "of") {
                            Some((end, "gazetteer"))
                        } else {
                            None
                        }
                    })
                })
                .or_else(|| division_end(tokens, i).map(|end| (end, "division")));
            // `the Islands of Habomai and Shikotan`: a plural head names each
            // feature after `of` on its own.
            if let Some((end, "feature")) = named
                && let Some(names) = plural_feature_names(tokens, i, end)
            {
                for (a, b) in names {
                    if found.taken_by_name(field, tokens[a].start, tokens[b - 1].end) {
                        continue;
                    }
                    let name: String = tokens[a..b].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
                    self.candidates.push(Candidate::locative(
                        field,
                        tokens[a].start,
                        tokens[b - 1].end,
                        name,
                        "feature",
                    ));
                    previous_place_end = Some(tokens[b - 1].end);
                    i = b;
                }
                i = i.max(end);
                continue;
            }
            if let Some((end, method)) = named
                && !found.taken_by_name(field, t.start, tokens[end - 1].end)
            {
                // `Amu Darya river`: a lower-case head some features leave out
                // of their name.
                let head = &tokens[end - 1];
                let end_name = if method == "feature"
                    && end - i >= 2
                    && !head.cap
                    && crate::lexicon::BARE_FEATURE_HEADS.contains(head.lower.as_ref())
                {
                    end - 1
                } else {
                    end
                };
                let stop = tokens[end_name - 1].end;
                let name: String = tokens[i..end_name].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
                self.candidates.push(Candidate::locative(field, t.start, stop, name, method));
                previous_place_end = Some(stop);
                i = end;
                continue;
            }
            if !t.cap
                || !t.text.chars().next().is_some_and(char::is_alphabetic)
                || NOT_NAME.contains(t.lower.as_ref())
                    && !self.multiword_start(tokens, i)
                    && !REGION.contains_key(&name_key(t.text))
            {
                i += 1;
                continue;
            }
            let mut max_end = i + 1;
            // `Rio de Janeiro`, `Frankfurt am Main`: a lowercase particle
            // between two capitalized words stays inside the name.
            // And a region's head noun in lower case (`Korean peninsula`,
            // `Western hemisphere`).
            let continues = |k: usize| {
                tokens[k].joined
                    && (tokens[k].cap
                        || crate::lexicon::PLACE_PARTICLES.contains(tokens[k].lower.as_ref())
                            && tokens.get(k + 1).is_some_and(|n| n.joined && n.cap)
                        || REGION_HEADS.contains(tokens[k].lower.as_ref()))
            };
            // Three words, or four with a particle among them (`São José dos
            // Campos`).
            let particle = |k: usize| crate::lexicon::PLACE_PARTICLES.contains(tokens[k].lower.as_ref());
            while max_end < tokens.len()
                && (max_end - i < 3 || max_end - i < 4 && (i..=max_end).any(particle))
                && continues(max_end)
            {
                max_end += 1;
            }
            for end in (i + 1..=max_end).rev() {
                let (start, stop) = (tokens[i].start, tokens[end - 1].end);
                // A window that runs into a name found before is cut back
                // (`Ethiopia` in `Ambassador to Ethiopia A.P. Ratanov`); a
                // word inside one is skipped.
                if self.candidates.iter().any(|c| c.field == field && c.start < stop && start < c.end)
                    || found.taken_by_name(field, start, stop)
                {
                    if end == i + 1 {
                        i = end;
                        continue 'words;
                    }
                    continue;
                }
                let name: String = tokens[i..end].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
                // A word that is no name alone, unless the regions know it
                // (`the Kremlin`: no person, but a place).
                if end == i + 1 && NOT_NAME.contains(t.lower.as_ref()) && !REGION.contains_key(&name_key(t.text)) {
                    continue;
                }
                let key = name_key(&name);
                let next_is_org =
                    tokens.get(end).is_some_and(|n| n.joined && n.cap && ORG_HEAD.contains(n.lower.as_ref()));

                let before = i.checked_sub(1).map(|p| &tokens[p]);
                let continues_list = previous_place_end.is_some_and(|e| {
                    before.is_some_and(|b| b.end <= e + 6 && (b.lower == "and" || b.lower == "or"))
                        || i > 0 && tokens[i - 1].end == e && !tokens[i].joined
                });
                let locative = before.is_some_and(|b| LOCATIVE_WORDS.contains(b.lower.as_ref()))
                    || continues_list
                    || second_of_locative_pair(tokens, i)
                    || before.is_some_and(|b| b.lower == "of" && i >= 2 && tokens[i - 2].lower != "the")
                    // `the KSC's Michalovce district committee`, `Rzeszow
                    // province party committee`: a town named by the area
                    // around it.
                    || tokens.get(end).is_some_and(|n| {
                        n.joined && !n.cap && crate::lexicon::TOWN_SURROUNDINGS.contains(n.lower.as_ref())
                    })
                    // `in the Stralsund shipyard`, `in the Vienna region`: a
                    // town naming the facility or area after it.
                    || before.is_some_and(|b| b.lower == "the")
                        && i >= 2
                        && LOCATIVE_WORDS.contains(tokens[i - 2].lower.as_ref())
                        && tokens.get(end).is_some_and(|n| {
                            n.joined && !n.cap && crate::lexicon::FACILITY_NOUNS.contains(n.lower.as_ref())
                        });
                let candidates = gazetteer.lookup_key(&key);
                // `P.O. Gyantse, Tibet`: the country after a comma places a
                // town as surely as `in` (a village too).
                let placed = followed_by_its_country(tokens, end, candidates);
                let strength = if locative || placed { Strength::Locative } else { Strength::Bare };
                // `the Baltic states`, `the Baltic republics`: a region's name
                // whose last word the text writes in lower case.
                let region_word = tokens.get(end).filter(|n| {
                    n.joined
                        && !n.cap
                        && n.text.chars().all(char::is_alphabetic)
                        && REGION.contains_key(&name_key(&format!("{name} {}", n.text)))
                });
                let region = REGION.contains_key(&key) || region_word.is_some();
                // `the Leningrad Institute of Journalism`, `the Prague Embassy`:
                // before a body's head noun only a country, a region or a large
                // city is named by its own or a former name (`Leningrad`; `Gold` is
                // only another name of Gold Coast), and not as the end of a longer
                // name (`Lok Sabha Secretariat`).
                let inside_name = before.is_some_and(|b| t.joined && b.cap && !b.sentence_start);
                // A country's name in another language ends no longer name
                // (`Neues Deutschland`, a newspaper).
                let country = name.len() > 3
                    && gazetteer.country(&name).is_some()
                    && !(inside_name && gazetteer.is_exonym(&name));
                let polity = gazetteer.historical_rows(&key).any(|r| r.kind == HistoricalKind::Polity);
                let large = key.chars().count() >= 4
                    && !is_stop_name(&key)
                    && !inside_name
                    && candidates.first().is_some_and(|c| {
                        c.population >= BARE_POPULATION
                            && (c.matched == dossier_gazetteer::NameMatch::Name
                                || gazetteer.historical_rows(&key).next().is_some())
                    });
                if next_is_org && !(region || country || polity || large) {
                    continue;
                }
                // A province, oblast or historical land (`Henan Province`,
                // `Silesia`); a lower-case kind word after it joins the mention.
                let division_word = tokens
                    .get(end)
                    .filter(|n| n.joined && !n.cap && DIVISION_WORDS.contains(n.lower.as_ref()))
                    .filter(|n| subdivision(&format!("{name} {}", n.text)).is_some());
                // `Yili [Ili] Prefecture`, `Ili Prefecture`: a kind word after the
                // name (past an editor's gloss) makes it a division; one the
                // reference data does not know is no place, and never the city
                // of the same name. A town's surroundings in lower case (`the
                // Vienna region`, `Rostock district`) are no division's name:
                // the town is the place.
                let unknown_division = division_word.is_none()
                    && !region
                    && !country
                    && tokens[end..]
                        .iter()
                        .find(|t| !t.in_bracket)
                        .filter(|n| DIVISION_WORDS.contains(n.lower.as_ref()))
                        .filter(|n| {
                            !(n.joined && !n.cap && crate::lexicon::TOWN_SURROUNDINGS.contains(n.lower.as_ref()))
                        })
                        .is_some_and(|n| subdivision(&format!("{name} {}", n.text)).is_none());
                if unknown_division {
                    continue;
                }
                let division = division_word.is_some() || subdivision(&name).is_some();
                let (stop, name) = match division_word.or(region_word) {
                    Some(word) => (word.end, format!("{name} {}", word.text)),
                    None => (stop, name),
                };
                let village =
                    placed || village_cue(tokens, i, continues_list && village_list_end == previous_place_end);
                let accepted = region
                    || country
                    || polity
                    || division && !found.taken_by_name(field, start, stop)
                    || match candidates.first() {
                        // A renamed place of `historical.tsv` that GeoNames
                        // lists under no name of its own (`Rezayeh`, Urmia
                        // 1926-1979; `Maraga`, Maragheh in Russian).
                        None => gazetteer.historical_rows(&key).any(|r| r.kind == HistoricalKind::Place),
                        Some(top) => {
                            let historical = gazetteer.historical_rows(&key).next().is_some();
                            if is_stop_name(&key) {
                                strength >= Strength::Locative && !t.sentence_start
                            } else if key.chars().count() < 4 {
                                // Short names ("Do", "Sui", "Com", "Due") are mostly
                                // words or syllables of something else: a bare or
                                // merely locative one is not enough evidence.
                                false
                            } else if gazetteer.is_village(top) && !historical {
                                !t.in_bracket && village
                            } else {
                                strength >= Strength::Locative || top.population >= BARE_POPULATION || historical
                            }
                        }
                    };
                if accepted {
                    // `northern Iran`, `South China`, `North Hamgyeong`: a
                    // compass word before a country, a region, a division or a
                    // historical land joins the mention; the place is the
                    // country or region.
                    let land = division || gazetteer.historical_rows(&key).next().is_some();
                    let start = match before {
                        Some(b)
                            if (region || country || polity || land)
                                && t.joined
                                && COMPASS_WORDS.contains(b.lower.as_ref())
                                && !found.taken(field, b.start, b.end) =>
                        {
                            b.start
                        }
                        _ => start,
                    };
                    // `Washington, D.C.`, `Mexico, D. F.`: the federal district
                    // after the city's name belongs to it, after a comma or a
                    // space (`WASHINGTON D.C.` of a letterhead, `Washington DC`).
                    let next_to =
                        |d: &Token<'_>| (d.start == stop + 2 || d.joined && d.start == stop + 1) && !d.in_bracket;
                    let district = match (tokens.get(end), tokens.get(end + 1)) {
                        (Some(d), _) if next_to(d) && matches!(d.text, "D.C" | "DC" | "D.F" | "DF") => Some(d.end),
                        (Some(d), Some(x)) if next_to(d) && d.text == "D" && matches!(x.text, "C" | "F") => Some(x.end),
                        _ => None,
                    };
                    let stop = district.unwrap_or(stop);
                    self.candidates.push(Candidate {
                        field,
                        start,
                        end: stop,
                        name,
                        strength,
                        method: "gazetteer",
                        other_name: None,
                    });
                    if village {
                        village_list_end = Some(stop);
                    }
                    previous_place_end = Some(stop);
                    i = end;
                    continue 'words;
                }
            }
            i += 1;
        }
    }

    /// Names of countries, large places and historical states written in
    /// Chinese, Japanese or Korean script (`中国`, `武汉`, `苏联`,
    /// `アメリカ合衆国`): those texts put no space between words, so the
    /// names are found in the characters ([`Gazetteer::cjk_names_in`]) and
    /// read as the names they stand for.
    pub fn scan_cjk(&mut self, field: TextField, text: &str) {
        for (start, end, name) in Gazetteer::bundled().cjk_names_in(text) {
            self.candidates.push(Candidate::locative(field, start, end, name.to_owned(), "cjk_name"));
        }
    }

    /// True when word `i` opens a longer known name (`North Korea`, `East Asia`).
    fn multiword_start(&self, tokens: &[Token<'_>], i: usize) -> bool {
        let gazetteer = Gazetteer::bundled();
        (2..=3).any(|n| {
            if i + n > tokens.len()
                || !tokens[i + 1..i + n].iter().all(|t| t.joined && (t.cap || REGION_HEADS.contains(t.lower.as_ref())))
            {
                return false;
            }
            let name: String = tokens[i..i + n].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
            let key = name_key(&name);
            REGION.contains_key(&key)
                || gazetteer.country(&name).is_some()
                || gazetteer.historical_rows(&key).next().is_some()
                // `Iranian Azerbaijan`, `Iraqi Kurdistan`: a two-word
                // division or historical land whose first word is no name
                // alone (here a country's adjective).
                || n == 2 && subdivision(&name).is_some()
                // `New Delhi`, `New York`: a large place whose first word
                // alone is no name.
                // Its own GeoNames name, or the start of it (`New York` of `New
                // York City`), not any alternate (`White House` is one of
                // Casablanca's).
                || gazetteer.lookup_key(&key).first().is_some_and(|c| {
                    let own_start = || {
                        gazetteer.place(c.geonameid).is_some_and(|p| {
                            p.ascii_name.to_lowercase().starts_with(&format!("{} ", name.to_lowercase()))
                        })
                    };
                    c.population >= BARE_POPULATION && (c.matched == dossier_gazetteer::NameMatch::Name || own_start())
                })
        })
    }

    /// Resolves every candidate against the document's context and adds the
    /// place mentions.
    pub fn resolve(mut self, found: &mut FoundSet) {
        let gazetteer = Gazetteer::bundled();
        // Pass 1: countries the document names, and places that can only be one.
        for c in &self.candidates {
            let key = name_key(&c.name);
            if let Some(country) = (c.name.len() > 3).then(|| gazetteer.country(&c.name)).flatten() {
                self.countries.insert(country.iso.clone());
            } else if let Some(&(_, code)) = REGION.get(&key) {
                if !code.is_empty() {
                    self.countries.insert(code.to_owned());
                }
            } else {
                let codes = gazetteer.country_codes(&c.name, self.year);
                if codes.len() == 1 && gazetteer.historical_rows(&key).any(|r| r.kind == HistoricalKind::Polity) {
                    self.countries.extend(codes);
                } else if let ([only], true) = (gazetteer.contenders(&key).as_slice(), c.strength >= Strength::Locative)
                {
                    self.countries.insert(gazetteer.place_of(only).country.clone());
                }
            }
        }
        for c in std::mem::take(&mut self.candidates) {
            // A division the reference data does not know is a region of its
            // own name (`place:region:kalinin-oblast`).
            let unknown_division = c.method == "division" && subdivision(&c.name).is_none();
            let resolved = if c.method == "site" || c.method == "feature" || unknown_division {
                let kind = if unknown_division { "region" } else { c.method };
                let id = format!("place:{kind}:{}", slug(&c.name));
                Some((plain_entity(EntityKind::Place, id, c.name.clone()), 0.7))
            } else {
                self.entity(&c.name, c.other_name.as_deref(), c.strength)
            };
            if let Some((entity, confidence)) = resolved {
                found.push(Found {
                    kind: MentionKind::Place,
                    field: c.field,
                    start: c.start,
                    end: c.end,
                    entity,
                    method: c.method,
                    confidence,
                });
            }
        }
    }

    /// The entity for a place name and how sure the pick is.
    fn entity(&self, name: &str, other: Option<&str>, strength: Strength) -> Option<(EntityRef, f32)> {
        let gazetteer = Gazetteer::bundled();
        let key = name_key(name);
        if let Some(&(region, code)) = REGION.get(&key) {
            let mut entity =
                plain_entity(EntityKind::Place, format!("place:region:{}", slug(region)), region.to_owned());
            entity.country = (!code.is_empty()).then(|| code.to_owned());
            return Some((entity, 0.8));
        }
        if let Some(entity) = named_state(name, self.year) {
            return Some((entity, 0.9));
        }
        // `Xinjiang Autonomous Region` is the region `Xinjiang` already known by
        // name: one entity for the place, however the text calls it.
        if let Some(&(region, code)) = REGION.get(&name_key(without_division_words(name))) {
            let mut entity =
                plain_entity(EntityKind::Place, format!("place:region:{}", slug(region)), region.to_owned());
            entity.country = (!code.is_empty()).then(|| code.to_owned());
            return Some((entity, 0.8));
        }
        if let Some(division) = subdivision(name) {
            let display = division.display_name();
            let id = match division.code {
                Some(code) => format!("place:division:{}", code.to_lowercase()),
                None => format!("place:region:{}", slug(division.name)),
            };
            let mut entity = plain_entity(EntityKind::Place, id, display.into_owned());
            entity.country = (!division.country.is_empty()).then(|| division.country.to_owned());
            return Some((entity, if strength >= Strength::Locative { 0.8 } else { 0.7 }));
        }
        let context = ResolveContext { year: self.year, countries: self.countries.iter().cloned().collect() };
        let mut resolution = gazetteer.resolve(name, &context);
        if let Some(other) = other {
            let alternative = gazetteer.resolve(other, &context);
            match (&resolution, alternative) {
                (Some(a), Some(b)) if a.place.geonameid == b.place.geonameid => {
                    let mut best = if a.confidence >= b.confidence { a.clone() } else { b };
                    best.confidence = (best.confidence + 0.15).min(0.99);
                    resolution = Some(best);
                }
                (Some(a), Some(b)) if b.confidence > a.confidence => resolution = Some(b),
                (None, Some(b)) => resolution = Some(b),
                _ => {}
            }
        }
        let r = resolution?;
        let place = r.place;
        let polity = r.historical.map(|h| h.polity.clone()).or_else(|| polity_at(&place.country, self.year));
        let entity = EntityRef {
            id: format!("place:geonames:{}", place.geonameid),
            kind: EntityKind::Place,
            canonical_name: place.name.clone(),
            geonames_id: Some(place.geonameid),
            lat: Some(place.latitude),
            lon: Some(place.longitude),
            country: Some(place.country.clone()),
            polity,
            modern_name: Some(place.name.clone()),
            person_link: None,
        };
        let confidence = match strength {
            Strength::Dateline | Strength::Gloss => (r.confidence + 0.1).min(0.99),
            Strength::Title | Strength::Locative => r.confidence,
            Strength::Bare => r.confidence * 0.85,
        };
        Some((entity, confidence))
    }
}

/// The states a hyphenated compound names (`Japan-China`, `US-China`,
/// `Japan-Taiwan`), each with its offset and length in the word; empty unless
/// every part is a country's name or a state's abbreviation.
fn compound_states(word: &str, year: Option<i32>) -> Vec<(usize, usize, EntityRef)> {
    let gazetteer = Gazetteer::bundled();
    let mut out = Vec::new();
    let mut at = 0;
    let mut parts = 0;
    for part in word.split('-') {
        parts += 1;
        // `Japan-U.S. relations`: the token leaves the last period out.
        let abbreviated = ABBREVIATIONS
            .get(part)
            .or_else(|| part.contains('.').then(|| ABBREVIATIONS.get(part.replace('.', "").as_str())).flatten());
        let state = match abbreviated {
            Some(Abbreviated::Polity(state)) => Some(*state),
            _ => (part.len() > 3).then(|| gazetteer.country(part).map(|_| part)).flatten(),
        };
        match state.and_then(|state| named_state(state, year)) {
            Some(entity) => out.push((at, part.len(), entity)),
            // `Japan-Soviet relations`: a state's adjective (or a word that is
            // no name) names no place of its own, and the compound still
            // names the other.
            None if is_place_adjective(part) || {
                let lower = part.to_lowercase();
                NOT_NAME.contains(lower.as_str())
                    || crate::lexicon::COMMON_WORDS.contains(lower.as_str())
                    || crate::lexicon::COMBINING_FORMS.contains(lower.as_str())
            } => {}
            None => return Vec::new(),
        }
        at += part.len() + 1;
    }
    if parts < 2 || out.is_empty() { Vec::new() } else { out }
}

/// The parts of a hyphenated word that name places the gazetteer knows
/// without a cue (offset and length in the word), when every part is a
/// capitalized word of letters (`Beiping-Kalgan`, `Kiev-Dymer`); empty
/// otherwise (`Jackson-Vanik` names one, which the caller does not take alone).
fn route_towns(word: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    for part in word.split('-') {
        let letters = part.chars().count() >= 3
            && part.starts_with(char::is_uppercase)
            && part.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '’');
        if !letters {
            return Vec::new();
        }
        if is_place_name(part) {
            out.push((at, part.len()));
        }
        at += part.len() + 1;
    }
    out
}

/// True when `word` is towns joined by hyphens, two or more of them known
/// (`Beijing-Zhangjiakou`): a route, never a person's double name.
pub(crate) fn is_route(word: &str) -> bool {
    word.contains('-') && route_towns(word).len() >= 2
}

/// `the North`, `the South`, `North and South`: in a record that names a
/// half of one divided country (North or South Korea, the DPRK, the ROK; the
/// DRV or the Republic of Vietnam) and no half of the other, a capitalized
/// compass word standing for a country is that half (`the North` of an
/// inter-Korean meeting is North Korea). It stands alone: after `the` (not
/// `towards the South`, a direction) or beside `and` with its counterpart,
/// before no capitalized word (`the North Atlantic`) and no `of` (`the South
/// of France`).
pub(crate) fn read_divided_halves(
    tokens: &[(TextField, &str, Vec<Token<'_>>)],
    year: Option<i32>,
    found: &mut FoundSet,
) {
    let named =
        |half: &dyn Fn(&EntityRef) -> bool| found.items.iter().any(|f| f.kind == MentionKind::Place && half(&f.entity));
    let korea = named(&|e| matches!(e.country.as_deref(), Some("KP" | "KR")));
    let vietnam = named(&|e| matches!(e.id.as_str(), "place:polity:vd" | "place:polity:vn"));
    let country = match (korea, vietnam) {
        (true, false) => "Korea",
        (false, true) => "Vietnam",
        _ => return,
    };
    let mut halves = Vec::new();
    for (field, _, words) in tokens {
        for (i, t) in words.iter().enumerate() {
            let half = match t.text {
                "North" => "North",
                "South" => "South",
                _ => continue,
            };
            let counterpart = if half == "North" { "South" } else { "North" };
            let next = words.get(i + 1);
            let before = i.checked_sub(1).map(|p| &words[p]);
            let alone = !next.is_some_and(|n| n.joined && (n.cap || n.lower == "of") || n.text.starts_with('-'));
            let paired = next
                .is_some_and(|n| n.lower == "and" && words.get(i + 2).is_some_and(|m| m.text == counterpart))
                || before.is_some_and(|b| b.lower == "and") && i >= 2 && words[i - 2].text == counterpart;
            let direction = i >= 2 && matches!(words[i - 2].lower.as_ref(), "towards" | "toward");
            let after_the = before.is_some_and(|b| b.lower == "the" && t.joined) && !direction;
            if alone && (after_the || paired) && !found.taken_by_name(*field, t.start, t.end) {
                halves.push((*field, t.start, t.end, half));
            }
        }
    }
    for (field, start, end, half) in halves {
        let Some(entity) = named_state(&format!("{half} {country}"), year) else { continue };
        found.push(Found {
            kind: MentionKind::Place,
            field,
            start,
            end,
            entity,
            method: "divided_half",
            confidence: 0.7,
        });
    }
}

/// The entity of a country (`China`, `United States`) or a historical polity
/// (`Soviet Union`, `GDR`), or `None` when `name` is neither.
pub(crate) fn named_state(name: &str, year: Option<i32>) -> Option<EntityRef> {
    let gazetteer = Gazetteer::bundled();
    if let Some(country) = (name.len() > 3).then(|| gazetteer.country(name)).flatten() {
        return Some(EntityRef {
            id: format!("place:geonames:{}", country.geonameid),
            kind: EntityKind::Place,
            canonical_name: country.name.clone(),
            geonames_id: Some(country.geonameid),
            lat: None,
            lon: None,
            country: Some(country.iso.clone()),
            polity: polity_at(&country.iso, year),
            modern_name: Some(country.name.clone()),
            person_link: None,
        });
    }
    let row = gazetteer
        .historical(name, year)
        .or_else(|| gazetteer.historical(name, None))
        .filter(|r| r.kind == HistoricalKind::Polity)?;
    let id = row.code.clone().map_or_else(|| slug(row.name()), |c| c.to_ascii_lowercase());
    let mut entity = plain_entity(EntityKind::Place, format!("place:polity:{id}"), row.name().to_owned());
    entity.polity = Some(row.polity.clone());
    if let [only] = row.successors.as_slice() {
        entity.country = Some(only.clone());
    }
    Some(entity)
}

/// The state a modern country's territory belonged to in `year`: the
/// historical polity valid then with the fewest successors, when exactly one
/// such polity exists (`RU` in 1962 → Soviet Union; `DE` in 1970 is either
/// German state, so none).
pub(crate) fn polity_at(country: &str, year: Option<i32>) -> Option<String> {
    let year = year?;
    thread_local! {
        // Every place mention asks; a corpus has few (country, year) pairs.
        static MEMO: std::cell::RefCell<HashMap<(String, i32), Option<String>>> = Default::default();
    }
    if let Some(hit) = MEMO.with(|memo| memo.borrow().get(&(country.to_owned(), year)).cloned()) {
        return hit;
    }
    let polity = polity_scan(country, year);
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if memo.len() > 4096 {
            memo.clear();
        }
        memo.insert((country.to_owned(), year), polity.clone());
    });
    polity
}

fn polity_scan(country: &str, year: i32) -> Option<String> {
    let rows: Vec<_> = Gazetteer::bundled()
        .historical_names()
        .iter()
        .filter(|r| {
            r.kind == HistoricalKind::Polity && r.is_valid_in(year) && r.successors.iter().any(|s| s == country)
        })
        .collect();
    let fewest = rows.iter().map(|r| r.successors.len()).min()?;
    let best: Vec<_> = rows.iter().filter(|r| r.successors.len() == fewest).collect();
    match best.as_slice() {
        [only] => Some(only.polity.clone()),
        _ => None,
    }
}

/// Where the name starts in a word that opens with a French article elided
/// before it (`d’Hiroshima`, `l’Inde`): after the apostrophe, when a capital
/// follows.
fn elided_article_end(word: &str) -> Option<usize> {
    let rest = word.strip_prefix(['d', 'l'])?;
    let rest = rest.strip_prefix(['\'', '’'])?;
    rest.starts_with(char::is_uppercase).then_some(word.len() - rest.len())
}
