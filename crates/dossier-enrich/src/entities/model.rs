//! The last look at people: a learned score for the runs of capitalized words
//! that no rule read as a person, place or organization.
//!
//! The rules before it each trust one signal (a title before the name, a name
//! table, a name shape). A run none of them took may still be a name: `student
//! Hwan Yong Won`, `interpreter Girma Becher`, `Choe Hyon and Pak Song Chol`.
//! Here every such run gets its evidence from all the signals at once — the
//! words around it, the shape of its words, the name tables and surname
//! endings, the gazetteer and the word lists of bodies and common words,
//! whether its words appear in lower case elsewhere in the document, whether a
//! person was named right before it — and a linear model adds their weights.
//! A run scoring above [`THRESHOLD`] is a person mention with method `model`.
//!
//! The weights are data (`data/model/person_runs.tsv`), learned by an averaged
//! perceptron from the hand-read keys of `corpus/wilson-dev` projected onto the
//! runs this module finds (`cargo xtask train`, which records the folders it
//! learned from; the folder scored last is never among them).

use dossier_lexicon::HashSet;
use std::borrow::Cow;

use dossier_model::{MentionKind, TextField};

use super::names::{is_chinese_syllables, is_japanese_name, is_korean_surname};
use super::tokens::Token;
use super::{FoundSet, places};
use crate::lexicon::{
    ABBREVIATIONS, ARABIC_PARTICLES, COMMON_WORDS, DIVISION_WORDS, GIVEN_NAMES, GLOSS_STOP_WORDS, HONORIFICS,
    NAME_PARTICLES, NAMED_AFTER, NOT_NAMES, ORG_HEADS, PERSON_RUN_WEIGHTS, REGION_HEADS, TITLE_CASE_WORDS,
    VIETNAMESE_SURNAMES, feature_id,
};

/// Runs longer than this are headings or names of bodies, never looked at.
const MAX_WORDS: usize = 4;

/// The score above which a run is read as a person: the sum of the weights of
/// its features. Zero is the perceptron's own decision boundary.
pub const THRESHOLD: f32 = 0.0;

/// One run of capitalized words no rule read, with its features by name: what
/// `cargo xtask train` learns from and `--show` prints.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The text it is in.
    pub field: TextField,
    /// Byte offset of the run's first word in that text.
    pub start: usize,
    /// Byte offset one past its last word.
    pub end: usize,
    /// Its features, as the weights file names them, sorted and unique.
    pub features: Vec<String>,
}

impl Candidate {
    /// The sum of the weights of its features.
    pub fn score(&self) -> f32 {
        self.features.iter().filter_map(|f| PERSON_RUN_WEIGHTS.get(&feature_id(&[f.as_str()]))).sum()
    }
}

/// One run as the reader scores it: where it is and the sum of its weights.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scored {
    pub field: TextField,
    pub start: usize,
    pub end: usize,
    pub score: f32,
}

/// Where a run's features go, one `name` / `value` pair at a time (an empty
/// value for a flag): named for training, hashed and weighed for reading. The
/// one feature function serves both, so what is learned is what is read.
pub(crate) trait Sink: Default {
    /// What one run becomes once its features are in.
    type Run;
    fn feature(&mut self, name: &str, value: &str);
    /// The run at `start..end` of `field`, from the features given since the
    /// last run (the sink is then empty again).
    fn finish(&mut self, field: TextField, start: usize, end: usize) -> Self::Run;
}

/// Features by name, `name=value` or `name`, as the weights file lists them.
#[derive(Default)]
pub(crate) struct Named(Vec<String>);

impl Sink for Named {
    type Run = Candidate;

    fn feature(&mut self, name: &str, value: &str) {
        self.0.push(if value.is_empty() { name.to_owned() } else { format!("{name}={value}") });
    }

    fn finish(&mut self, field: TextField, start: usize, end: usize) -> Candidate {
        let mut features = std::mem::take(&mut self.0);
        features.sort_unstable();
        features.dedup();
        Candidate { field, start, end, features }
    }
}

/// Features as the ids the weights are stored under: no string is built.
#[derive(Default)]
pub(crate) struct Hashed(Vec<u64>);

impl Sink for Hashed {
    type Run = Scored;

    fn feature(&mut self, name: &str, value: &str) {
        self.0.push(if value.is_empty() { feature_id(&[name]) } else { feature_id(&[name, "=", value]) });
    }

    /// The run with the sum of the weights of its distinct features.
    fn finish(&mut self, field: TextField, start: usize, end: usize) -> Scored {
        self.0.sort_unstable();
        self.0.dedup();
        let score = self.0.iter().filter_map(|id| PERSON_RUN_WEIGHTS.get(id)).sum();
        self.0.clear();
        Scored { field, start, end, score }
    }
}

/// What every run of a document is compared with: the words written in lower
/// case anywhere in it (`Party` is a common word where `party` also occurs),
/// and the words of the people already found in it.
pub(crate) struct DocWords<'a> {
    lower: HashSet<&'a str>,
    person_words: HashSet<String>,
}

impl<'a> DocWords<'a> {
    pub(crate) fn new(texts: &[(TextField, &'a str, &[Token<'a>])], found: &FoundSet) -> Self {
        let mut lower = HashSet::default();
        for (_, _, tokens) in texts {
            for t in tokens.iter().filter(|t| !t.cap && t.text.chars().next().is_some_and(char::is_alphabetic)) {
                lower.insert(t.text);
            }
        }
        let mut person_words = HashSet::default();
        for f in found.items.iter().filter(|f| f.kind == MentionKind::Person) {
            let Some((_, text, _)) = texts.iter().find(|(field, _, _)| *field == f.field) else { continue };
            let Some(span) = text.get(f.start..f.end) else { continue };
            person_words
                .extend(span.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() > 1).map(str::to_lowercase));
        }
        DocWords { lower, person_words }
    }
}

/// The person mentions of one text, ordered twice, so that a run asks for
/// the people around it in logarithmic time: a long record has hundreds of
/// people and thousands of runs.
struct PersonSpans {
    /// `(start, end)`, by start.
    by_start: Vec<(usize, usize)>,
    /// The largest end among `by_start[..=n]`.
    max_end: Vec<usize>,
    /// `(start, end)`, by end.
    by_end: Vec<(usize, usize)>,
}

/// Characters other than spaces a gap between two list items may hold
/// (`, and`): a gap with more can only grow as it widens.
const LIST_GAP_MARKS: usize = 4;

impl PersonSpans {
    fn new(found: &FoundSet, field: TextField) -> Self {
        let mut by_start: Vec<(usize, usize)> = found.person_spans(field).collect();
        by_start.sort_unstable();
        let max_end = by_start
            .iter()
            .scan(0, |max, &(_, end)| {
                *max = end.max(*max);
                Some(*max)
            })
            .collect();
        let mut by_end = by_start.clone();
        by_end.sort_unstable_by_key(|&(start, end)| (end, start));
        PersonSpans { by_start, max_end, by_end }
    }

    /// True when a person mention holds all of `start..end`.
    fn holds(&self, start: usize, end: usize) -> bool {
        let mut n = self.by_start.partition_point(|&(s, _)| s <= start);
        while n > 0 && self.max_end[n - 1] >= end {
            n -= 1;
            if self.by_start[n].1 >= end {
                return true;
            }
        }
        false
    }

    /// Whether a person mention ends right before `start` and one begins
    /// right after `end`, each separated from the run only by a list's comma,
    /// semicolon or `and` (`Kim Il, Choe Hyon`).
    fn listed_around(&self, text: &str, start: usize, end: usize) -> (bool, bool) {
        let listed = |gap: &str| matches!(gap.trim(), "," | ";" | "and" | ", and" | "&");
        // Counts no further than it needs to: the gap to the nearest mention
        // may be the rest of the text.
        let too_wide = |gap: &str| gap.chars().filter(|c| !c.is_whitespace()).nth(LIST_GAP_MARKS).is_some();
        let mut after = false;
        let before_run = self.by_end.partition_point(|&(_, e)| e <= start);
        for &(_, e) in self.by_end[..before_run].iter().rev() {
            let Some(gap) = text.get(e..start) else { continue };
            if too_wide(gap) {
                break;
            }
            after |= listed(gap);
        }
        let mut before = false;
        let after_run = self.by_start.partition_point(|&(s, _)| s < end);
        for &(s, _) in &self.by_start[after_run..] {
            let Some(gap) = text.get(end..s) else { continue };
            if too_wide(gap) {
                break;
            }
            before |= listed(gap);
        }
        (after, before)
    }
}

/// True for a word that may be part of a run: capitalized, a letter first, no
/// digit (`Molotov-1` is a missile), and not already inside a mention.
fn runnable(t: &Token<'_>, field: TextField, found: &FoundSet) -> bool {
    t.cap
        && t.text.chars().next().is_some_and(char::is_alphabetic)
        && !t.text.contains(|c: char| c.is_ascii_digit())
        && !found.taken(field, t.start, t.end)
}

/// A title or honorific before a run is its context, not its first word
/// (`General-Secretary Hu` too); so is a function word in capitals (`TO
/// KRASOVSKY`). The head noun of a body or a region (`Papers`, `Prefecture`)
/// is no word of a name either.
fn cue_word(t: &Token<'_>) -> bool {
    let lower = t.lower.trim_end_matches('.');
    HONORIFICS.contains(lower)
        || super::people::is_title_word(lower)
        || GLOSS_STOP_WORDS.contains(lower)
        || ORG_HEADS.contains(lower)
        || REGION_HEADS.contains(lower)
        || DIVISION_WORDS.contains(lower)
}

/// Every run of one text no rule took, as the sink makes it: by its
/// features' names ([`Named`]) or by its score ([`Hashed`]).
pub(crate) fn read_runs<S: Sink>(
    field: TextField,
    text: &str,
    tokens: &[Token<'_>],
    found: &FoundSet,
    words: &DocWords<'_>,
    out: &mut Vec<S::Run>,
) {
    let mut sink = S::default();
    let foreign = foreign_lines(text, tokens);
    let persons = PersonSpans::new(found, field);
    runs(tokens, field, found, &persons, |i, k| {
        // A word listed after `in` is a town the gazetteer does not know (see
        // `in_locative_list`), not a run to score.
        if foreign[i] || k == i + 1 && super::people::in_locative_list(tokens, i) {
            return;
        }
        // Nor a run of titles alone (`Commander-in-Chief`, `Chief of Staff`):
        // an office, whoever holds it.
        let title_only = tokens[i..k].iter().all(|t| {
            t.lower.split('-').filter(|p| !matches!(*p, "in" | "of" | "the" | "de" | "at")).all(|p| {
                crate::lexicon::TITLE_WORDS.contains(p) || HONORIFICS.contains(p) || matches!(p, "of" | "in" | "the")
            })
        });
        // Nor nationalities joined by a hyphen (`German-British`): the sides
        // of a relation, not a double-barrelled name.
        let demonyms = k == i + 1
            && tokens[i].text.contains('-')
            && tokens[i].text.split('-').all(|part| {
                super::places::is_place_adjective(part) || NOT_NAMES.contains(part.to_lowercase().as_str())
            });
        // Nor a header line's label before a person's title or name
        // (`Accompanying Attendees: Deputy Department Director Li Chen`); a
        // speaker's label (`Tserentsoodol: It is not necessary`) is prose's.
        let label = tokens[i].sentence_start
            && text[tokens[k - 1].end..].starts_with(':')
            && tokens.get(k).is_some_and(|n| {
                !text[tokens[k - 1].end..n.start].contains('\n')
                    && (crate::lexicon::TITLE_WORDS.contains(n.lower.as_ref())
                        || HONORIFICS.contains(n.lower.trim_end_matches('.'))
                        || persons.holds(n.start, n.end))
            });
        // Nor the name of a firm, a paper or a ship after its noun (`the
        // Russian enterprise Kruchinev`).
        let firm = after_firm_noun(tokens, i);
        // Nor a people named in the plural (`Kazakhs`, `Uzbeks`, `Koreans`).
        let people = k == i + 1
            && tokens[i].text.len() > 5
            && tokens[i].text.ends_with('s')
            && super::places::is_place_adjective(&tokens[i].text[..tokens[i].text.len() - 1]);
        if title_only || demonyms || label || people || firm {
            return;
        }
        features(field, text, tokens, i, k, &persons, words, &mut sink);
        out.push(sink.finish(field, tokens[i].start, tokens[k - 1].end));
    });
}

/// Words of three letters or more, in lower case or in capitals, a line needs
/// before its language is judged.
const LANGUAGE_WORDS: usize = 6;

/// The share of a line's words of three letters or more that are English
/// common words below which the line is in another language.
const MIN_ENGLISH_SHARE: f32 = 0.2;

/// Per word of `tokens`, whether its line is in a language other than
/// English (`LE GOUVERNEMENT INDIEN A EN REVANCHE …` in a French telegram,
/// a German or Portuguese original): the weights were learned from English
/// text, where a capitalized run of no common word is a name; in another
/// language most words are none of the common words, so the model does not
/// read such a line.
fn foreign_lines(text: &str, tokens: &[Token<'_>]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let mut from = 0;
    while from < tokens.len() {
        let mut to = from + 1;
        while to < tokens.len() && !text[tokens[to - 1].end..tokens[to].start].contains('\n') {
            to += 1;
        }
        // Capitalized words are left out: a line of names has no common word
        // in any language.
        let long: Vec<&Token<'_>> =
            tokens[from..to].iter().filter(|t| (!t.cap || t.all_caps) && t.lower.chars().count() >= 3).collect();
        let common = long.iter().filter(|t| COMMON_WORDS.contains(t.lower.as_ref())).count();
        if long.len() >= LANGUAGE_WORDS && (common as f32) < MIN_ENGLISH_SHARE * long.len() as f32 {
            out[from..to].fill(true);
        }
        from = to;
    }
    out
}

/// Calls `each(i, k)` for every run `tokens[i..k]` the model looks at.
fn runs(
    tokens: &[Token<'_>],
    field: TextField,
    found: &FoundSet,
    persons: &PersonSpans,
    mut each: impl FnMut(usize, usize),
) {
    let mut i = 0;
    while i < tokens.len() {
        if !runnable(&tokens[i], field, found) || cue_word(&tokens[i]) {
            i += 1;
            continue;
        }
        let mut k = i + 1;
        while k < tokens.len() && !tokens[k - 1].possessive {
            let t = &tokens[k];
            if t.joined && runnable(t, field, found) && !cue_word(t) {
                k += 1;
            } else if t.joined
                && NAME_PARTICLES.contains(t.lower.as_ref())
                && tokens.get(k + 1).is_some_and(|n| n.joined && runnable(n, field, found))
            {
                k += 2;
            } else {
                break;
            }
        }
        // Telegraphese for a government (`Czechgov`, `Sovgov`) is never a name.
        let government = k == i + 1 && tokens[i].lower.ends_with("gov");
        // Nor is a name before a noun of something named after a person
        // (`Kennedy Library`, `Lemnitzer Papers`), as the rules read it.
        let named_after = tokens[i..k]
            .iter()
            .chain(tokens.get(k).filter(|n| n.joined))
            .any(|t| NAMED_AFTER.contains(t.lower.as_ref()));
        // Nor a party's letters with its Central Committee (`ALP CC`).
        let party =
            tokens[i..k].iter().chain(tokens.get(k).filter(|n| n.joined)).any(super::tokens::is_central_committee);
        // An editor's gloss that names a body (`Foreign Bang-Yeon [United
        // Nations Division]`) says the run is none.
        let glossed_body = tokens.get(k).is_some_and(|n| n.spaced_bracket && n.in_bracket)
            && tokens[k..].iter().take_while(|t| t.in_bracket).any(|t| ORG_HEADS.contains(t.lower.as_ref()));
        // A word joined to a person's mention (`Marshall` before the markup's
        // `Green`) is a part of that name the rules left out, not a name.
        let person_at = |t: &Token<'_>| persons.holds(t.start, t.end);
        let touches_person = tokens.get(k).is_some_and(|n| n.joined && person_at(n))
            || (i > 0 && tokens[i].joined && person_at(&tokens[i - 1]));
        if k - i <= MAX_WORDS && !government && !named_after && !party && !glossed_body && !touches_person {
            each(i, k);
        }
        i = k;
    }
}

/// The shape of one word: an initial, capitals, hyphenated, short or plain.
fn shape(t: &Token<'_>) -> u8 {
    if t.initial {
        b'I'
    } else if t.all_caps {
        b'C'
    } else if t.text.contains(['-', '‑']) {
        b'H'
    } else if t.text.chars().count() <= 2 {
        b'S'
    } else {
        b'X'
    }
}

/// A word as the features name it: lowercase, accents spelled out.
fn word_key<'t>(t: &'t Token<'_>) -> Cow<'t, str> {
    if t.lower.is_ascii() {
        Cow::Borrowed(t.lower.as_ref())
    } else {
        Cow::Owned(dossier_gazetteer::ascii_fold(&t.lower))
    }
}

/// The punctuation between two words, as a feature value: `sp` for spaces
/// only, `nl` for a line break, `quote` for any quotation mark, else the
/// nearest non-space character.
fn gap_class(gap: &str, nearest_last: bool) -> &str {
    if gap.contains('\n') {
        return "nl";
    }
    let mut chars = gap.char_indices().filter(|(_, c)| !c.is_whitespace());
    let found = if nearest_last { chars.next_back() } else { chars.next() };
    match found {
        None => "sp",
        // Every quotation mark is one class (a newspaper's name in quotes,
        // `‘Nepszabadsag’`, `"Pravda"`): rare apart, common together.
        Some((_, '\'' | '"' | '‘' | '’' | '“' | '”' | '«' | '»' | '„')) => "quote",
        Some((at, c)) => &gap[at..at + c.len_utf8()],
    }
}

/// The last `n` characters of `word`, when it has more than `n + 2`.
fn suffix(word: &str, n: usize) -> Option<&str> {
    let mut starts = word.char_indices().rev().map(|(at, _)| at);
    let at = starts.nth(n - 1)?;
    starts.nth(2).is_some().then_some(&word[at..])
}

#[allow(clippy::too_many_arguments)]
fn features(
    field: TextField,
    text: &str,
    tokens: &[Token<'_>],
    i: usize,
    k: usize,
    persons: &PersonSpans,
    words: &DocWords<'_>,
    f: &mut impl Sink,
) {
    let run = &tokens[i..k];
    let (start, end) = (run[0].start, run[k - i - 1].end);
    let span = &text[start..end];
    f.feature("bias", "");
    f.feature("field", field.as_str());
    f.feature("words", ["0", "1", "2", "3", "4"].get(run.len()).copied().unwrap_or("many"));
    let mut shapes = [0u8; 2 * MAX_WORDS];
    for (n, t) in run.iter().enumerate() {
        shapes[2 * n] = shape(t);
        shapes[2 * n + 1] = b'_';
    }
    f.feature("shape", std::str::from_utf8(&shapes[..2 * run.len() - 1]).unwrap_or_default());
    for t in run {
        f.feature("w", &word_key(t));
    }
    let last = &run[run.len() - 1];
    let last_key = word_key(last);
    for (n, name) in [(2, "suffix2"), (3, "suffix3")] {
        if let Some(end) = suffix(&last_key, n) {
            f.feature(name, end);
        }
    }
    let mut flag = |cond: bool, name: &str| {
        if cond {
            f.feature(name, "");
        }
    };
    flag(run[0].sentence_start, "sentence_start");
    flag(run[0].in_bracket, "in_bracket");
    flag(last.possessive, "possessive");
    flag(GIVEN_NAMES.contains(word_key(&run[0]).as_ref()), "first_given");
    flag(run.len() > 1 && is_korean_surname(run[0].text), "first_korean_surname");
    flag(run.len() > 1 && VIETNAMESE_SURNAMES.contains(run[0].lower.as_ref()), "first_vietnamese_surname");
    flag(run.iter().all(|t| is_chinese_syllables(t.text)), "all_chinese_syllables");
    flag(run.iter().any(|t| is_japanese_name(t.text)), "japanese_word");
    flag(super::people::has_surname_ending(last.text), "surname_ending");
    flag(run.iter().any(super::people::is_patronymic), "patronymic");
    flag(
        run.iter().any(|t| ARABIC_PARTICLES.contains(t.lower.as_ref()) || super::tokens::has_arabic_article(t.text)),
        "arabic_particle",
    );
    flag(places::is_place_name(span), "gazetteer_run");
    flag(run.iter().any(|t| places::is_place_name(t.text)), "gazetteer_word");
    flag(places::is_state_or_region(span), "state_or_region");
    flag(run.iter().any(|t| NOT_NAMES.contains(t.lower.as_ref())), "not_name_word");
    flag(run.iter().any(|t| TITLE_CASE_WORDS.contains(t.lower.as_ref())), "title_case_word");
    flag(run.iter().any(|t| t.all_caps && ABBREVIATIONS.contains_key(t.text)), "abbreviation");
    let common = run.iter().filter(|t| COMMON_WORDS.contains(t.lower.as_ref())).count();
    flag(common == 0, "no_common_word");
    flag(common > 0 && common < run.len(), "some_common_words");
    flag(common == run.len(), "all_common_words");
    flag(COMMON_WORDS.contains(run[0].lower.as_ref()), "first_common");
    flag(COMMON_WORDS.contains(last.lower.as_ref()), "last_common");
    let lower_count = run.iter().filter(|t| words.lower.contains(t.lower.as_ref())).count();
    flag(lower_count > 0, "lower_elsewhere");
    flag(lower_count == run.len(), "all_lower_elsewhere");
    flag(run.iter().any(|t| words.person_words.contains(t.lower.as_ref())), "person_word");
    flag(memchr::memmem::find_iter(text.as_bytes(), span.as_bytes()).nth(1).is_some(), "repeated");
    // The words around the run.
    if i > 0 {
        let p = &tokens[i - 1];
        f.feature("prev", &word_key(p));
        f.feature("prev_gap", gap_class(&text[p.end..start], true));
        if cue_word(p) {
            f.feature("prev_cue", "");
        }
    } else {
        f.feature("prev", "^");
    }
    if let Some(n) = tokens.get(k) {
        f.feature("next", &word_key(n));
        f.feature("next_gap", gap_class(&text[end..n.start], false));
    } else {
        f.feature("next", "$");
    }
    // A person named right before or after, in a list (`Kim Il, Choe Hyon`).
    let (after, before) = persons.listed_around(text, start, end);
    if after {
        f.feature("after_person", "");
    }
    if before {
        f.feature("before_person", "");
    }
}

/// True when word `i` follows a lower-case noun of a firm, a paper or a ship
/// (`the Russian enterprise Kruchinev`, `the newspaper Rabotnichesko Delo`):
/// the words after it name the thing, no person.
pub(crate) fn after_firm_noun(tokens: &[Token<'_>], i: usize) -> bool {
    i > 0 && tokens[i].joined && !tokens[i - 1].cap && crate::lexicon::FIRM_NOUNS.contains(tokens[i - 1].lower.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_in_another_language_are_not_read() {
        // world-q, the French ambassador's telegram from New Delhi (1974),
        // and the English summary the page puts under it.
        let text = "SANS DOUTE LA PRESENTATION QUE FAIT LE GOUVERNEMENT INDIEN DE SON EXPERIENCE COMME ETANT DE NATURE ‘EXCLUSIVEMENT PACIFIQUE’ N’EST ELLE GUERE PRISE AU SERIEUX, MEME DANS CE PAYS. EN REVANCHE,\nJURGENSEN\nJean-Daniel Jurgensen, the French ambassador to India, describes the Indian response to the negative international reaction to India's first nuclear test in 1974.";
        let tokens = super::super::tokens::tokenize(text);
        let foreign = foreign_lines(text, &tokens);
        let at = |word: &str| tokens.iter().position(|t| t.text == word).expect("a word of the text");
        assert!(foreign[at("PACIFIQUE")] && foreign[at("REVANCHE")]);
        // A line too short to judge, and an English line, are read.
        assert!(!foreign[at("JURGENSEN")] && !foreign[at("Jean-Daniel")] && !foreign[at("Indian")]);
    }
}
