//! People: markup, title actors, glosses and code names, and one pass over the
//! words of the title and the body; then surnames linked to full names.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use dossier_lexicon::{HashMap, HashSet};
use std::sync::{Arc, LazyLock, RwLock};

use dossier_model::{
    Actor, ActorKind, Authority, EditorialKind, EntityKind, EntityRef, Extracted, MarkupKind, MentionKind,
    NormalizedDoc, TextField,
};

use super::names::{NameStyle, PersonKey, is_chinese_syllables, person_key, slug, surname_keys};
use super::tokens::Token;
use super::{Actors, Found, FoundSet, Texts, plain_entity};
use crate::lexicon::{
    ABBREVIATIONS, APPOSITIVE_OFFICES, ARABIC_PARTICLES, CHINESE_SURNAMES, COMPASS_WORDS, DRAFTING_VERBS as DRAFTING,
    EDITORIAL_MARKS, EPONYM_NOUNS, GIVEN_NAMES as GIVEN, HONORIFICS as HONORIFIC, HONOUR_NOUNS, KNOWN_PERSONS,
    LEADING_VERBS, LIST_CUES, NAME_PARTICLES, NAMED_AFTER, NOT_NAMES as NOT_NAME, ORG_HEADS, PAIR_NOUNS, PAPER_NOUNS,
    PLACE_PARTICLES, REPORT_VERBS, ROLE_LABELS, SPEECH_VERBS, SURNAMES_ALONE, TITLE_CASE_WORDS, TITLE_WORDS as TITLE,
};

/// Which reading of the lists [`People::scan_lists`] makes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ListPass {
    /// After the rules: a cue or people read by rules make a list of people.
    Rules,
    /// After the person model: a list its names made of people, cued lists
    /// having been read in full already.
    AfterModel,
}

/// The built-in table indexed by name key and by surname.
struct Known {
    by_key: HashMap<String, EntityRef>,
    /// Surname key → the entity, or `None` when two entries share it.
    by_surname: HashMap<String, Option<EntityRef>>,
}

static KNOWN: LazyLock<Known> = LazyLock::new(|| {
    let mut known = Known { by_key: HashMap::default(), by_surname: HashMap::default() };
    let entity_of =
        |display: &str| plain_entity(EntityKind::Person, format!("person:{}", slug(display)), display.to_owned());
    // Surnames of full names: one entry links its surname alone, two entries
    // sharing it (Dulles) link nobody by it ...
    for entry in KNOWN_PERSONS.iter() {
        let key = person_key(entry[0]);
        // East Asian surnames are shared by too many people to name one.
        let common = key.style != NameStyle::Other || SURNAMES_ALONE.contains(key.surname.as_str());
        if key.key.contains(' ') && !common {
            let entity = entity_of(entry[0]);
            let slot = known.by_surname.entry(key.surname).or_insert_with(|| Some(entity.clone()));
            if slot.as_ref().is_some_and(|e| e.id != entity.id) {
                *slot = None;
            }
        }
    }
    // ... unless an entry lists the surname alone as its own spelling
    // (`Kennedy` is the President).
    for entry in KNOWN_PERSONS.iter() {
        let entity = entity_of(entry[0]);
        for spelling in entry.iter() {
            let key = person_key(spelling);
            if key.key.contains(' ') {
                known.by_key.entry(key.key).or_insert_with(|| entity.clone());
            } else {
                known.by_surname.insert(key.key, Some(entity.clone()));
            }
        }
    }
    known
});

/// A source's List of Persons indexed once per source.
#[derive(Default)]
struct AuthorityIndex {
    by_id: HashMap<String, EntityRef>,
    by_key: HashMap<String, EntityRef>,
    by_surname: HashMap<String, Option<EntityRef>>,
}

/// How many sources' indexes are kept at once.
const AUTHORITY_CACHE_SOURCES: usize = 32;

/// Indexes of the authority lists seen lately, by source; built once per source
/// (while it stays cached) and shared by every document and thread.
/// A line that opens with an inverted name and a dash: a surname in capitals
/// (three letters or more), a comma, one or two capitalized given names.
static INVERTED_ENTRY: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^(\p{Lu}[\p{Lu}'’-]{2,}), (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\s*[–—-]\s").expect("valid regex")
});

static AUTHORITIES: LazyLock<RwLock<HashMap<String, Arc<AuthorityIndex>>>> = LazyLock::new(Default::default);

fn authority_index(authority: &Authority) -> Arc<AuthorityIndex> {
    if let Some(index) = AUTHORITIES.read().expect("not poisoned").get(&authority.source) {
        return Arc::clone(index);
    }
    let mut index = AuthorityIndex::default();
    for person in authority.persons.iter().filter(|p| p.see.is_none()) {
        let key = person_key(&person.name);
        let entity = KNOWN.by_key.get(&key.key).cloned().unwrap_or_else(|| {
            plain_entity(EntityKind::Person, format!("person:{}", slug(&key.key)), key.display.clone())
        });
        for variant in std::iter::once(&person.name).chain(&person.variants) {
            index.by_key.entry(person_key(variant).key).or_insert_with(|| entity.clone());
        }
        let surname = index.by_surname.entry(key.surname.clone()).or_insert_with(|| Some(entity.clone()));
        if surname.as_ref().is_some_and(|e| e.id != entity.id) {
            *surname = None;
        }
        index.by_id.insert(person.id.clone(), entity);
    }
    for person in &authority.persons {
        if let Some(target) = person.see.as_ref().and_then(|see| index.by_id.get(see)).cloned() {
            index.by_id.insert(person.id.clone(), target.clone());
            index.by_key.entry(person_key(&person.name).key).or_insert(target);
        }
    }
    let index = Arc::new(index);
    let mut cache = AUTHORITIES.write().expect("not poisoned");
    // Sources come in input order, so only the last few are asked for again; a
    // run over thousands of volumes must not keep every index. Rebuilding one
    // gives the same index, so this changes speed, never results.
    if cache.len() >= AUTHORITY_CACHE_SOURCES {
        cache.clear();
    }
    cache.insert(authority.source.clone(), Arc::clone(&index));
    index
}

/// True for a word that can be part of a person's name.
fn namey(t: &Token<'_>) -> bool {
    t.namey
}

/// The test behind [`Token::namey`], run once per word by the tokenizer.
pub(super) fn is_namey(t: &Token<'_>) -> bool {
    t.cap
        && t.text.chars().next().is_some_and(char::is_alphabetic)
        // `A.` and `I.` inside a sentence are initials before a surname (`of
        // A. M. Puzanov`); at a line's start they number a section (`I. Key Issues`).
        && (t.initial && !t.sentence_start || !NOT_NAME.contains(t.lower.as_ref()))
        && !HONORIFIC.contains(t.lower.trim_end_matches('.'))
        // `General-Lieutenant Korzhenevich`: a compound rank.
        && !(t.text.contains(['-', '‑']) && is_title_word(t.lower.as_ref()))
        && !is_abbreviation(t)
        // `General Administration of …`, `the General Association of Korean
        // Residents`: a body's head noun is no one's name after a title.
        && !crate::lexicon::ORG_HEADS.contains(t.lower.as_ref())
        // `Beiping-Kalgan [Beijing-Zhangjiakou]`: a route's towns.
        && !(t.text.contains('-') && super::places::is_route(t.text))
        // `Deputy Minister of War [SIC] Sergio del Valle`: an editor's mark
        // in brackets, in capitals too.
        && !(t.in_bracket && EDITORIAL_MARKS.contains(t.lower.as_ref()))
}

/// A patronymic in ordinary case (`Vladimirovich`, `Mikhailovna`): a long
/// capitalized word with a patronymic ending.
pub(super) fn is_patronymic(t: &Token<'_>) -> bool {
    t.cap && !t.all_caps && t.lower.len() > 7 && crate::lexicon::PATRONYMIC_ENDINGS.iter().any(|e| t.lower.ends_with(e))
}

/// A common given name, accents folded (`József` is `jozef`), a patronymic
/// (`[Yuri Vladimirovich] Andropov`), or an initial an editor spelled out
/// (`V[áclav]`).
fn is_given(t: &Token<'_>) -> bool {
    t.text.contains('[') || is_patronymic(t) || is_given_name(&t.lower)
}

/// True when `lower` (a lowercased word) is a given name of
/// `data/lexicon/given_names.txt`, with or without its accents (`ernő`).
pub(crate) fn is_given_name(lower: &str) -> bool {
    GIVEN.contains(lower) || !lower.is_ascii() && GIVEN.contains(dossier_gazetteer::ascii_fold(lower).as_str())
}

/// A known abbreviation of a body or a state in capitals (`KGB`, `CPSU`,
/// `USSR`): never part of a person's name, and allowed inside a title before
/// one (`KGB Chairman Chebrikov`).
/// A known abbreviation in capitals, with or without its periods (`USSR`,
/// `U.S.A`).
fn is_abbreviation(t: &Token<'_>) -> bool {
    t.all_caps
        && (ABBREVIATIONS.contains_key(t.text)
            || t.text.contains('.') && ABBREVIATIONS.contains_key(t.text.replace('.', "").as_str()))
}

/// A body's letters with a small letter among them (`GUEhS`, `MInDel`):
/// mostly capitals, three or more, which no name is written as.
fn mixed_case_letters(word: &str) -> bool {
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let lower = word.chars().filter(|c| c.is_lowercase()).count();
    upper >= 3 && lower >= 1 && upper > lower
}

/// True for a Chinese, Korean or Vietnamese surname of the word lists
/// (`Ho`, `Kim`, `Zhou`).
fn east_asian_surname(t: &Token<'_>) -> bool {
    t.cap
        && (CHINESE_SURNAMES.contains(t.lower.as_ref())
            || crate::lexicon::VIETNAMESE_SURNAMES.contains(t.lower.as_ref())
            || SURNAMES_ALONE.contains(t.lower.as_ref()))
}

/// True when word `i` ends a body's name after its head noun and `of`
/// (`Council of Ministers Resolution`): a title word there is no honorific
/// and cues no list.
fn ends_body_name(tokens: &[Token<'_>], i: usize) -> bool {
    i >= 2
        && tokens[i].joined
        && tokens[i - 1].lower == "of"
        && tokens[i - 1].joined
        && tokens[i - 2].cap
        && ORG_HEADS.contains(tokens[i - 2].lower.as_ref())
}

/// `General`, `Comrade`; hyphenated ranks of honorifics and title words too
/// (`Major-General`, `Lieutenant-Colonel`).
fn is_honorific(t: &Token<'_>) -> bool {
    (t.cap || t.all_caps)
        && (HONORIFIC.contains(t.lower.as_ref())
            || super::tokens::hyphenated_rank(&t.lower)
            || german_genitive_office(&t.lower))
}

/// A German compound office in the genitive before a name (`des britischen
/// Premierministers Major`, `des Außenministers Genscher`): its `-s` on a
/// listed office. Only a compound: English `Ministers` is a plural.
pub(super) fn german_genitive_office(lower: &str) -> bool {
    const HEADS: [&str; 4] = ["minister", "kanzler", "präsident", "botschafter"];
    lower.strip_suffix('s').is_some_and(|stem| {
        HEADS.iter().any(|head| stem.len() > head.len() && stem.ends_with(head)) && HONORIFIC.contains(stem)
    })
}

/// The list that starts at word `from`: the items (word ranges) and the index
/// of the first word after it.
/// The longest affiliation in round brackets a list item may carry
/// (`(National Security Council- CSN)`).
const MAX_AFFILIATION_BYTES: usize = 60;

/// True for an office in lower case of one to four words on one line
/// (`deputy minister`, `department director`), as a list writes it after a
/// dash beside a name.
fn dash_office(office: &str) -> bool {
    let words: Vec<&str> = office.split_whitespace().collect();
    !office.contains('\n')
        && (1..=4).contains(&words.len())
        && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && words.iter().any(|w| APPOSITIVE_OFFICES.contains(w) || TITLE.contains(w))
}

fn list_items(text: &str, tokens: &[Token<'_>], from: usize) -> (Vec<(usize, usize)>, usize) {
    let mut items = Vec::new();
    let mut i = from;
    loop {
        // `…, Coronel Castro (National Security Council- CSN), …`: an item
        // may open with its holder's title.
        if i > from
            && tokens.get(i).is_some_and(|t| HONORIFIC.contains(t.lower.trim_end_matches('.')))
            && tokens.get(i + 1).is_some_and(|n| n.joined && namey(n))
        {
            i += 1;
        }
        if i >= tokens.len() || !namey(&tokens[i]) {
            break;
        }
        let k = name_run_end(tokens, i);
        if k == i {
            break;
        }
        items.push((i, k));
        // `Paulo Cabral (Itamaraty), Luiz Felipe Lampreia (Itamaraty), …`:
        // an item's affiliation in round brackets on its line is passed over.
        let mut after = tokens[k - 1].end;
        let rest = &text[after..];
        let opened = rest.trim_start_matches(' ');
        if let Some(inside) = opened.strip_prefix('(')
            && let Some(close) = inside.find(')')
            && close <= MAX_AFFILIATION_BYTES
            && !inside[..close].contains(['\n', '('])
        {
            after += rest.len() - opened.len() + close + 2;
        } else if let Some(dashed) = opened.strip_prefix(['–', '—'])
            && let Some(comma) = dashed.find(',')
            && comma <= MAX_AFFILIATION_BYTES
            && dash_office(&dashed[..comma])
        {
            // `Wierna, Mazur – deputy minister, Gregor, Knapp …`: so is an
            // office after a dash, in lower case, up to the item's comma.
            after += rest.len() - dashed.len() + comma;
        }
        let Some(k) = (k..tokens.len()).find(|&j| tokens[j].start >= after) else { return (items, tokens.len()) };
        let next = &tokens[k];
        let gap = without_brackets(&text[after..next.start]);
        let gap = gap.trim_matches(|c: char| c == ' ' || c == '.');
        // A list wrapped over lines keeps its comma at the line's end
        // (`ministers Van Aartsen, Beerman,` / `Klompé, Korthals, …`).
        let wrapped = gap.starts_with([',', ';']) && gap.contains('\n');
        let gap = if gap.starts_with([',', ';']) { gap.trim_end_matches(['\n', '\r', ' ']) } else { gap };
        // Across a line break the next line must go on with a name, not a
        // label (`Absent: Comrade Grabski`) or a sentence's common word
        // (`Enclosed please find …`).
        if wrapped
            && (crate::lexicon::COMMON_WORDS.contains(next.lower.as_ref())
                || text[next.end..].trim_start_matches(' ').starts_with(':'))
        {
            return (items, k);
        }
        if matches!(gap, "," | ";") {
            i = k;
            if tokens[i].lower == "and" && without_brackets(&text[after..tokens[i].start]).trim() == "," {
                i += 1;
            }
        } else if gap.is_empty() && next.lower == "and" {
            i = k + 1;
        } else {
            return (items, k);
        }
    }
    (items, i)
}

/// `text` without its square-bracketed insertions (`, [Private Adviser to
/// Prince Sihanouk] ` reads as `, `).
fn without_brackets(text: &str) -> Cow<'_, str> {
    if !text.contains(['[', ']']) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(super::names::without_enclosed(&super::names::spelled_out(text), &['['], &[']']))
}

/// Initials before a surname (`D. Polianskii`, `L.I. BREZHNEV`, `Zh.
/// Batmunkh`) or after it, as attendance lists write them (`Grishin V.V.`):
/// a name's shape that needs no table. Returns the confidence.
fn initials_and_surname(run: &[Token<'_>]) -> Option<f32> {
    let n_before = run.iter().take_while(|t| t.initial).count();
    let n_after = run.iter().rev().take_while(|t| t.initial).count();
    let surname_ok = |words: &[Token<'_>]| {
        !words.is_empty()
            && words.len() <= 2
            && words.iter().all(|t| !t.initial && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            && words.iter().all(|t| !t.all_caps || t.text.chars().count() >= 4)
    };
    // `N. York`, `N. YORK`: a cable's `New` before a place.
    let new_place = run.len() == 2 && super::places::new_abbreviated(&run[0], &run[1]).is_some();
    // `B. Relations between Tibet and China`: an outline's letter opening a
    // line, then a word written in lower case elsewhere, is a heading.
    let outline = run.len() == 2
        && run[0].sentence_start
        && run[0].text.chars().count() == 1
        && crate::lexicon::COMMON_WORDS.contains(run[1].lower.as_ref());
    if n_before > 0 && surname_ok(&run[n_before..]) && !new_place && !outline {
        return Some(0.8);
    }
    // Inverted order only with two initials or more (`V.V.`), so that `Annex
    // A.` or `Point B.` is no name; and never after a common word (`BETWEEN
    // N.S. KHRUSHCHEV`, a heading in capitals).
    let common = |t: &Token<'_>| crate::lexicon::COMMON_WORDS.contains(t.lower.as_ref());
    if n_after > 0
        && n_before == 0
        && run[run.len() - 1].text.contains('.')
        && surname_ok(&run[..run.len() - n_after])
        && !run[..run.len() - n_after].iter().any(common)
    {
        return Some(0.75);
    }
    // `Apostol M. Apostolov`, `Harry S. Truman`: a given name the list may
    // not hold, one middle initial, a surname; neither word a common word,
    // nor the first a place (`the Embassy in Havana M. Manasov`).
    let plain = |t: &Token<'_>| {
        !t.initial && !t.all_caps && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !common(t)
    };
    if run.len() == 3
        && run[1].initial
        && run[1].text.trim_end_matches('.').chars().count() == 1
        && plain(&run[0])
        && plain(&run[2])
        && !super::places::is_place_name(run[0].text)
        && !HONORIFIC.contains(run[0].lower.as_ref())
        && !TITLE.contains(run[0].lower.as_ref())
    {
        return Some(0.7);
    }
    None
}

/// True when `word` (lower case) stands in lower case as a whole word in one
/// of the record's texts.
fn written_lower(texts: &Texts<'_>, word: &str) -> bool {
    written_between(texts, word, |before, after| {
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// True when `word` stands in one of the record's texts with characters
/// before and after it (or a text's edge: `None`) that `fit`.
fn written_between(texts: &Texts<'_>, word: &str, fit: impl Fn(Option<char>, Option<char>) -> bool) -> bool {
    let fields =
        [texts.title, texts.summary, texts.related_summary, texts.related_documents, Some(texts.body), texts.citation];
    fields.into_iter().flatten().any(|text| {
        text.match_indices(word)
            .any(|(at, _)| fit(text[..at].chars().next_back(), text[at + word.len()..].chars().next()))
    })
}

/// True for one capitalized word that is a plural noun the records use as a
/// common word (`Leaders`, `Economists`): in the corpus's common words with its
/// singular, or written in lower case in this record's prose. It names a
/// group of people.
pub(super) fn is_group_noun(texts: &Texts<'_>, word: &str) -> bool {
    // The shape first: asked of every person mention, it lowercases only a
    // capitalized word in a plural's shape.
    let shaped = word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && word.starts_with(char::is_uppercase)
        && word.chars().all(char::is_alphabetic);
    shaped && {
        let lower = word.to_lowercase();
        common_plural(&lower) || written_lower_in_prose(texts, &lower)
    }
}

/// True when a plural and its singular are both among the model's common
/// words (`leaders` and `leader`); a surname the list took from a page's URL
/// (`guterres`) has no singular there.
fn common_plural(lower: &str) -> bool {
    let common = &crate::lexicon::COMMON_WORDS;
    common.contains(lower) && super::names::singular(lower).is_some_and(|one| common.contains(one.as_str()))
}

/// True when `word` stands in lower case as a word of prose in one of the
/// texts: spaces or sentence punctuation around it, never a URL's or a
/// slug's hyphen or slash (`…-prime-minister-guterres-17-october-1997`).
fn written_lower_in_prose(texts: &Texts<'_>, word: &str) -> bool {
    written_between(texts, word, |before, after| {
        before.is_none_or(|c| c.is_whitespace() || "([\"'“‘".contains(c))
            && after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]\"'”’".contains(c))
    })
}

/// The two halves of a word made of two capitalized words joined by a hyphen
/// (`Mikoyan-Suslov`), neither a place nor a common word: their byte ranges.
fn pair_halves(t: &Token<'_>) -> Option<[(usize, usize); 2]> {
    let (a, b) = t.text.split_once('-')?;
    let word_ok = |w: &str| {
        w.chars().count() >= 3
            && w.chars().all(char::is_alphabetic)
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && !NOT_NAME.contains(w.to_lowercase().as_str())
            && !super::places::is_place_name(w)
    };
    (word_ok(a) && word_ok(b)).then(|| [(t.start, t.start + a.len()), (t.end - b.len(), t.end)])
}

/// True when `text` is only an office: title words, abbreviations and `the`,
/// `of`, `for` (`UN Secretary-General`, `the Secretary of State`; `Soviet
/// Ambassador` is not: `Soviet` is neither).
fn office_only(text: &str) -> bool {
    let tokens = super::tokens::tokenize(text);
    !tokens.is_empty()
        && tokens.iter().all(|t| {
            is_abbreviation(t)
                || matches!(t.lower.as_ref(), "the" | "of" | "for")
                || t.lower.split('-').all(|part| TITLE.contains(part) || HONORIFIC.contains(part.trim_end_matches('.')))
        })
}

/// Letters a surname keeps before its ending (`Nova` and `Eva` have none).
const MIN_SURNAME_STEM: usize = 3;

/// True when `word` ends in one of the surname endings of
/// `data/lexicon/surname_endings.txt` after a stem of three letters or more.
pub(super) fn has_surname_ending(word: &str) -> bool {
    let lower = word.to_lowercase();
    let n_chars = lower.chars().count();
    word.chars().next().is_some_and(char::is_uppercase)
        && lower.chars().all(char::is_alphabetic)
        // Telegraphese for a government (`Czechgov`, `Sovgov`), no `-ov` name.
        && !lower.ends_with("gov")
        && crate::lexicon::SURNAME_ENDINGS
            .iter()
            .any(|ending| lower.ends_with(ending) && n_chars >= ending.chars().count() + MIN_SURNAME_STEM)
}

/// True when the one capitalized word `i` may name the holder of an office
/// after it (`Choibalsan, secretary of the CC`): no capitals, no common word,
/// no sign-off's adverb (`Fraternally, the Minister of …`), not an office's
/// domain (`Minister of Health, the head of …`; `of` after `invitation` and
/// the like is none) and not the given name of an inverted name (`Pak,
/// Tong-Jin, Minister of …`).
fn lone_holder(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    let after_word = |w: &str| i > 0 && tokens[i - 1].lower == w;
    let inverted = i > 0 && tokens[i - 1].cap && text[tokens[i - 1].end..t.start].trim() == ",";
    // `of` after a noun of `data/lexicon/person_of_nouns.txt` leads to a
    // person (`at the invitation of Tagi-Zade, Chairman of the Senate of
    // Iran`), after others to a domain or a body (`Minister of Health`, `a
    // statement of Solidarnosc, Chairman …`).
    let domain_of =
        after_word("of") && (i < 2 || !crate::lexicon::PERSON_OF_NOUNS.contains(tokens[i - 2].lower.as_ref()));
    !t.all_caps
        && !NOT_NAME.contains(t.lower.as_ref())
        && !t.lower.ends_with("ly")
        && !domain_of
        && !["the", "for", "and"].into_iter().any(after_word)
        && !inverted
}

/// Words an office may run to between its title word and a bracket that
/// names its holder (`the President's Deputy Special Assistant for National
/// Security Affairs (Rostow)`).
const MAX_OFFICE_WORDS: usize = 9;

/// Words a bracketed holder's name may have (`(Bastian Pinto)`).
const MAX_HOLDER_WORDS: usize = 3;

/// `the Secretary of State (Rusk)`, `Deputy Special Assistant for National
/// Security Affairs (Rostow)`, `the Ambassador in Korea (McConaughy)`: one to
/// three capitalized words alone in a bracket right after an office name the
/// office's holder, the way FRUS headings and Wilson titles write them. The
/// office is an office's head word (`data/lexicon/appositive_offices.txt`), then only capitalized words, `of`, `for`, `the`,
/// `and`, `in`, `to` on the same line up to the bracket. Returns the end of
/// the name's words, which start at `i`.
fn bracketed_holder(text: &str, tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let opens = text[..tokens[i].start].strip_suffix(['(', '['])?;
    if i == 0 || !opens.ends_with(' ') {
        return None;
    }
    // An editor's square bracket glosses an office in lower case too (`The
    // prime minister [Marijnen] reports`); a round one only a written title.
    let editors = text[..tokens[i].start].ends_with('[');
    let mut k = i;
    while k < tokens.len() && k - i < MAX_HOLDER_WORDS {
        let t = &tokens[k];
        let plain_name = t.cap
            && !t.all_caps
            && !t.initial
            && (t.text.len() > 1)
            && namey(t)
            && !TITLE.contains(t.lower.as_ref())
            && !ORG_HEADS.contains(t.lower.as_ref());
        if !plain_name || (k > i && !t.joined) {
            return None;
        }
        k += 1;
        if text[t.end..].starts_with([')', ']']) {
            break;
        }
    }
    // `Comrade [Yuri Vladimirovich] Andropov`: an editor's given names
    // before the surname, not a holder.
    // A round bracket followed by any word is left to the rules after (FRUS
    // headings, `(Parsons) to the Secretary`, link the office by its date).
    // (Not `(Stadelhofer) to the Secretary General`: a correspondent's
    // `to` after the bracket ends the sender's office, as in Wilson titles.)
    if !text[tokens[k - 1].end..].starts_with([')', ']'])
        || tokens.get(k).is_some_and(|n| n.after_bracket && (n.cap || !editors) && n.lower != "to")
    {
        return None;
    }
    // `the Ambassador (Moscow)` names a post; a town that shares a surname
    // (`Rostow`) does not hold the slot; nor does a section's abbreviation
    // (`First Secretary (Pol)`).
    let name = tokens[i..k].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
    if k == i + 1 && crate::lexicon::OFFICE_SECTIONS.contains(tokens[i].lower.as_ref()) {
        return None;
    }
    if super::places::is_state_or_metropolis(&name) {
        return None;
    }
    // `Chairman Ho [Chi Minh]`: an editor completes a name, not an office.
    if editors && east_asian_surname(&tokens[i - 1]) {
        return None;
    }
    // Back from the bracket to the office's title word, on one line.
    let mut j = i;
    for _ in 0..MAX_OFFICE_WORDS {
        if j == 0 {
            return None;
        }
        let gap = &text[tokens[j - 1].end..tokens[j].start];
        let gap = if j == i { gap.trim_end_matches(['(', '[']) } else { gap };
        // Spaces only, or a possessive's `'s` (`the President's Special Assistant`).
        let possessive = tokens[j - 1].possessive && matches!(gap.trim(), "'s" | "’s");
        // Or a comma or an abbreviation's period inside a command's name, as
        // FRUS headings write them (`the Commander in Chief, Pacific (Felt)`,
        // `the Commander, U.S. Taiwan Defense Command (Smoot)`), never
        // before the bracket.
        let inner =
            j < i && tokens[j].cap && (gap.trim() == "," || gap.trim() == "." && tokens[j - 1].text.contains('.'));
        if gap.contains('\n') || !(gap.trim().is_empty() || possessive || inner) {
            return None;
        }
        j -= 1;
        let w = &tokens[j];
        if (w.cap || editors) && APPOSITIVE_OFFICES.contains(w.lower.split(['-', '‐']).next().unwrap_or("")) {
            return Some(k);
        }
        if !(w.cap || matches!(w.lower.as_ref(), "of" | "for" | "the" | "and" | "in" | "to")) {
            return None;
        }
    }
    None
}

/// Most words of a post's place between a title and a name (`North Korea`).
const MAX_POST_WORDS: usize = 3;

/// The name after a title's post (`Ambassador to North Korea Vasily Moskovsky`):
/// `to` or `in` at word `j`, an optional `the`, a country, region or large city
/// of one to three words, then (after a comma or not) a name run on the same
/// line. Returns the run.
fn posted_name(text: &str, tokens: &[Token<'_>], j: usize) -> Option<(usize, usize)> {
    let prep = tokens.get(j)?;
    if !matches!(prep.lower.as_ref(), "to" | "in" | "of") || !prep.joined {
        return None;
    }
    let first = if tokens.get(j + 1).is_some_and(|t| t.lower == "the" && t.joined) { j + 2 } else { j + 1 };
    (1..=MAX_POST_WORDS).rev().find_map(|n| {
        let after = first + n;
        let words = tokens.get(first..after)?;
        // `Ambassador to Israel, Walworth Barbour`: a comma may part them.
        // (`[Cuban Ambassador to Poland?] Perez`: or an editor's bracket
        // closing after the post.)
        let parted = |t: &Token<'_>| t.joined || t.after_bracket || text[words[n - 1].end..t.start] == *", ";
        if !words.iter().all(|w| w.cap && w.joined) || !tokens.get(after).is_some_and(|t| parted(t) && namey(t)) {
            return None;
        }
        let place = &text[words[0].start..words[n - 1].end];
        if !super::places::is_place_name(place) {
            return None;
        }
        let k = name_run_end(tokens, after);
        (k > after).then_some((after, k))
    })
}

/// True when word `i` is one of the two single words of `PAPER … from X to
/// Y` (`a June 12 memorandum from Lemnitzer to McNamara`), the paper noun at
/// most five words before `from`.
fn correspondent_slot(tokens: &[Token<'_>], i: usize) -> bool {
    let word = |j: usize, w: &str| tokens.get(j).is_some_and(|t| t.lower == w);
    let single = |j: usize| {
        tokens.get(j).is_some_and(|t| t.cap && !t.all_caps) && !tokens.get(j + 1).is_some_and(|n| n.joined && n.cap)
    };
    let from = if i >= 1 && word(i - 1, "from") && word(i + 1, "to") && single(i + 2) {
        i - 1
    } else if i >= 3 && word(i - 1, "to") && word(i - 3, "from") && single(i - 2) {
        i - 3
    } else {
        return false;
    };
    single(i) && (from.saturating_sub(5)..from).any(|p| PAPER_NOUNS.contains(tokens[p].lower.as_ref()))
}

/// True when word `i`, a single capitalized word, is whom a paper is handed
/// to or by: `Deliver to Goldberg`, `the revision transmitted to you by Foster`
/// (`data/lexicon/handing_verbs.txt`).
fn handing_slot(tokens: &[Token<'_>], i: usize) -> bool {
    let handing = |j: usize| crate::lexicon::HANDING_VERBS.contains(tokens[j].lower.as_ref());
    let single = tokens[i].cap && !tokens[i].all_caps && !tokens.get(i + 1).is_some_and(|n| n.joined && n.cap);
    let to = i >= 2 && tokens[i - 1].lower == "to" && tokens[i - 1].joined && tokens[i].joined && handing(i - 2);
    let by = i >= 2
        && tokens[i - 1].lower == "by"
        && tokens[i].joined
        && (i.saturating_sub(4)..i - 1).rev().take_while(|&p| !tokens[p].cap && tokens[p + 1].joined).any(handing);
    single && (to || by)
}

/// Whether the words before word `i` introduce a name: `by the name of`, or
/// `called`/`named` after a noun of a person (`a man called`,
/// `data/lexicon/naming_nouns.txt`).
fn introduces_name(tokens: &[Token<'_>], i: usize) -> bool {
    let joined = |from: usize| tokens[from + 1..=i].iter().all(|t| t.joined);
    let idiom =
        i >= 4 && joined(i - 4) && tokens[i - 4..i].iter().map(|t| t.lower.as_ref()).eq(["by", "the", "name", "of"]);
    let called = i >= 2
        && joined(i - 2)
        && matches!(tokens[i - 1].lower.as_ref(), "called" | "named")
        && crate::lexicon::NAMING_NOUNS.contains(tokens[i - 2].lower.as_ref());
    idiom || called
}

/// Where a run of name words starting at `from` ends (at most four words).
/// A lowercase word inside a person's name, between two capitalized ones
/// (`Saleh bin Yousef`, `Luiz Augusto de Castro Neves`).
/// In a name written in capitals the particle is in capitals too (`URIEL DA
/// COSTA RIBEIRO`).
fn is_name_particle(t: &Token<'_>) -> bool {
    (!t.cap || t.all_caps) && NAME_PARTICLES.contains(t.lower.as_ref())
}

/// True when `word` is made of the initials of the capitalized words that
/// end `before` (`CIECD` after `Commission for International Economic
/// Cooperation and Development`); lower-case joiners are passed over.
fn is_acronym_of(word: &str, before: &[Token<'_>]) -> bool {
    let initials = |whole_caps: bool| -> String {
        let mut parts: Vec<&str> = before
            .iter()
            .rev()
            .take(12)
            .filter(|t| t.cap)
            .map(|t| {
                // `UN General Assembly (UNGA)`: a word in capitals gives all
                // its letters.
                let n = if whole_caps && t.all_caps {
                    t.text.len()
                } else {
                    t.text.chars().next().map_or(0, char::len_utf8)
                };
                &t.text[..n]
            })
            .collect();
        parts.reverse();
        parts.concat()
    };
    let n = word.chars().count();
    [false, true].into_iter().map(initials).any(|initials| {
        let total = initials.chars().count();
        total >= n && initials.chars().skip(total - n).eq(word.chars())
    })
}

/// True when word `i` is an initial that opens a sentence or a list and another
/// initial follows it (`Present: A. Ya. Vyshinsky`): a section's number
/// (`I. Key Issues`) is followed by a word.
/// The end of the editor's bracket that opens at word `i` right after a
/// personal pronoun and holds one to three capitalized words, none an office,
/// an honorific or a common word (`he [Nhu]`, `she [Zhou Enlai]`).
fn pronoun_gloss(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &tokens[i];
    let before = tokens.get(i.checked_sub(1)?)?;
    if !t.in_bracket
        || t.joined
        || before.in_bracket
        || !matches!(before.lower.as_ref(), "he" | "she" | "him" | "his" | "her")
    {
        return None;
    }
    let end = i + tokens[i..].iter().take_while(|w| w.in_bracket).count();
    let words = &tokens[i..end];
    let plain = words.iter().enumerate().all(|(j, w)| {
        w.cap
            && !w.all_caps
            && (j == 0 || w.joined)
            && !TITLE.contains(w.lower.as_ref())
            && !HONORIFIC.contains(w.lower.as_ref())
            && !crate::lexicon::COMMON_WORDS.contains(w.lower.as_ref())
            && !NOT_NAME.contains(w.lower.as_ref())
    });
    ((1..=3).contains(&words.len()) && plain).then_some(end)
}

/// The first word after an editor's square bracket that opens at word `j`
/// and holds an office (`[Minister of Foreign Affairs and Member of the ALP
/// CC]`), when a capitalized word follows it right away.
fn bracketed_office_after(tokens: &[Token<'_>], j: usize) -> Option<usize> {
    let first = tokens.get(j)?;
    if !first.in_bracket || first.joined || j == 0 || tokens[j - 1].in_bracket {
        return None;
    }
    let end = j + tokens[j..].iter().take_while(|t| t.in_bracket).count();
    let office =
        tokens[j..end].iter().any(|t| TITLE.contains(t.lower.as_ref()) || HONORIFIC.contains(t.lower.as_ref()));
    let next = tokens.get(end)?;
    (office && next.after_bracket && namey(next)).then_some(end)
}

/// The word after an editor's bracket that opens with `of`, `in` or `to` right
/// after an office's words and names its domain or post (`the first
/// vice-president [of Somalia] Samantar`), when a name follows the bracket.
fn bracketed_domain_after(tokens: &[Token<'_>], j: usize) -> Option<usize> {
    let domain_word = |t: &Token<'_>| t.in_bracket && matches!(t.lower.as_ref(), "of" | "in" | "to");
    // (The office's words may have taken the bracket's `of` already.)
    let start = if j > 0 && domain_word(&tokens[j - 1]) { j - 1 } else { j };
    let first = tokens.get(start)?;
    if !domain_word(first) || first.joined || start == 0 || tokens[start - 1].in_bracket {
        return None;
    }
    let end = start + tokens[start..].iter().take_while(|t| t.in_bracket).count();
    let next = tokens.get(end)?;
    (end - start >= 2
        && end - start <= 4
        && tokens[start + 1..end].iter().all(|t| t.cap)
        && next.after_bracket
        && namey(next))
    .then_some(end)
}

/// True when `t` is two initials or more written together (`F.C`, `I.V`),
/// not the letters of a state or a body (`U.S`, `U.N`) or an hour (`P.M`).
fn surname_initials(t: &Token<'_>) -> bool {
    t.initial && t.text.contains('.') && {
        let letters: String = t.text.chars().filter(|&c| c != '.').collect();
        // `P.M.` is an hour or a Prime Minister.
        !matches!(letters.as_str(), "AM" | "PM")
            && !ABBREVIATIONS.contains_key(letters.as_str())
            && !crate::lexicon::ABBREVIATIONS.contains_key(t.text)
            && !super::places::is_place_name(&format!("{}.", t.text))
    }
}

fn opens_initials(tokens: &[Token<'_>], i: usize) -> bool {
    tokens[i].initial && tokens[i].cap && tokens.get(i + 1).is_some_and(|n| n.initial && n.joined)
}

/// True when word `last` ends an editor's square bracket of capitalized words
/// only, an office among them, then given names (`[Foreign Minister Adam]
/// RAPACKI`, `[Brazilian Ambassador Afonso] Arinos`): the surname after the bracket
/// belongs to them. Not a description with a small word (`[Adviser to Prince
/// Sihanouk] Penn Nouth` is two people), save an office's `of`.
fn titled_bracket(tokens: &[Token<'_>], last: usize) -> bool {
    let mut j = last;
    let mut titled = false;
    loop {
        let t = &tokens[j];
        // `[US Under Secretary of State General Walter Bedell] Smith`: an
        // office's `of` is no description's small word, nor a post's `to` or
        // `in` (`[Israeli Ambassador to Brazil Arie] Eshel`).
        let office_of = matches!(t.lower.as_ref(), "of" | "to" | "in")
            && j > 0
            && (HONORIFIC.contains(tokens[j - 1].lower.as_ref()) || TITLE.contains(tokens[j - 1].lower.as_ref()));
        // `[Australian journalist Wilfred] Burchett`: a title in lower case
        // is one too.
        let title = HONORIFIC.contains(t.lower.as_ref()) || TITLE.contains(t.lower.as_ref());
        if !t.in_bracket || !(t.cap || office_of || title) {
            return false;
        }
        titled |= title;
        if t.sentence_start || j == 0 {
            return t.sentence_start && titled;
        }
        j -= 1;
    }
}

/// True when the words `from..=last` are the whole of an editor's square
/// bracket of two or three capitalized words, no title among them and not a
/// place's name together (`[Moise Kapenda] Tshombe`, `[Mohamed Hassanein]
/// Heikal`; not `[North Korea] Kim`): given names the editor supplied, so the
/// surname after the bracket is theirs.
fn bracket_of_given_names(tokens: &[Token<'_>], from: usize, last: usize) -> bool {
    let words = &tokens[from..=last];
    let together: Vec<&str> = words.iter().map(|t| t.text).collect();
    (2..=3).contains(&words.len())
        && !super::places::is_place_name(&together.join(" "))
        && tokens[from].sentence_start
        && words.iter().enumerate().all(|(j, t)| {
            t.in_bracket
                && t.cap
                && !t.all_caps
                && (j == 0 || t.joined)
                && !HONORIFIC.contains(t.lower.as_ref())
                && !TITLE.contains(t.lower.as_ref())
        })
}

/// Whether word `i` stands after `in`, `near` or a settlement's noun and `of`
/// (`data/lexicon/settlement_nouns.txt`), alone or in a list of single
/// capitalized words (`the National Committees in Sušice, Nachod and
/// Chomutov`, `the cities of Rezaye, Maku, and Ardebil`): where a town is
/// written, not a person, whatever its ending. Only `in` and `near` of the
/// locative words: after `from`, `to` or `at` a person is as likely
/// (`a letter from Ivanov`).
pub(super) fn in_locative_list(tokens: &[Token<'_>], i: usize) -> bool {
    // A list, not a place and a comma before a sentence's subject (`In
    // Warsaw, Kowalski said`): `and` before the word, or `and` or a comma
    // and a capitalized word after it.
    let listed = i >= 1 && tokens[i - 1].lower == "and"
        || tokens.get(i + 1).is_some_and(|n| {
            n.lower == "and" && tokens.get(i + 2).is_some_and(|m| m.cap) || n.cap && !n.joined && !n.sentence_start
        });
    let mut j = i;
    for _ in 0..6 {
        let Some(before) = j.checked_sub(1).map(|p| &tokens[p]) else { return false };
        if matches!(before.lower.as_ref(), "in" | "near") {
            return tokens[j].joined;
        }
        if before.lower == "of"
            && tokens[j].joined
            && j >= 2
            && crate::lexicon::SETTLEMENT_NOUNS.contains(tokens[j - 2].lower.as_ref())
        {
            return true;
        }
        // `, Nachod`: a comma (the word is not joined) after a capitalized word;
        // `and Chomutov`: `and` after one.
        if !listed {
            return false;
        }
        if before.lower == "and" && tokens[j].joined && j >= 2 && tokens[j - 2].cap && !tokens[j - 2].sentence_start {
            j -= 2;
        } else if !tokens[j].joined && before.cap && !tokens[j].sentence_start {
            j -= 1;
        } else {
            return false;
        }
    }
    false
}

/// Whether word `i` follows a natural feature's head noun and `of` (`Strait
/// of Tiran`), or such a name and `and` (`Islands of Habomai and Shikotan`).
fn after_feature_head(tokens: &[Token<'_>], i: usize) -> bool {
    let head_of = |at: usize| {
        at >= 2
            && tokens[at - 1].lower == "of"
            && tokens[at - 1].joined
            && tokens[at - 2].cap
            && crate::lexicon::FEATURE_HEADS.contains(tokens[at - 2].lower.as_ref())
    };
    head_of(i) || i >= 2 && tokens[i - 1].lower == "and" && tokens[i - 2].cap && head_of(i - 2)
}

/// A given name in the Wade-Giles spelling: two Chinese syllables joined by a
/// hyphen, the second in lower case (`En-lai`, `Hai-jung`).
fn wade_giles_given(word: &str) -> bool {
    word.split_once('-').is_some_and(|(first, second)| {
        first.starts_with(char::is_uppercase)
            && !second.is_empty()
            && second.chars().all(|c| c.is_ascii_lowercase())
            && super::names::is_chinese_syllables(word)
    })
}

/// True when `words` open with a Vietnamese surname and the middle name `Van`
/// or `Thi` (`Ha Van Lau`, `Nguyen Thi Binh`): a given name follows.
fn vietnamese_opening(words: &[Token<'_>]) -> bool {
    words.len() >= 2
        && crate::lexicon::VIETNAMESE_SURNAMES.contains(words[0].lower.as_ref())
        && matches!(words[1].lower.as_ref(), "van" | "thi")
}

/// Most words from `the` to the office's head word (`the new US ambassador`).
const MAX_OFFICE_LEAD: usize = 4;

/// True when a comma and, before it on the same line, an office introduced
/// by `the` stand right before word `i`: `the foreign minister,`, `The
/// Romanian consul in Alexandria,`, `the member of the Standing Committee of
/// the Politburo,`. The office's head word (`data/lexicon/appositive_offices.txt`)
/// is among the first words after `the`, and only words follow it up to the
/// comma.
fn office_before(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    if i < 2 || !matches!(text[tokens[i - 1].end..tokens[i].start].trim(), "," | "–" | "—") {
        return false;
    }
    (i.saturating_sub(MAX_OFFICE_WORDS + 1)..i - 1).rev().filter(|&j| tokens[j].lower == "the").any(|the| {
        // One phrase: only spaces between its words.
        tokens[the + 1..i].iter().all(|t| t.joined)
            && tokens[the + 1..i.min(the + 1 + MAX_OFFICE_LEAD)]
                .iter()
                .take_while(|t| !matches!(t.lower.as_ref(), "of" | "for" | "to" | "in"))
                .any(|t| APPOSITIVE_OFFICES.contains(t.lower.split(['-', '‐']).next().unwrap_or("")))
    })
}

/// The word after the comma that follows a name ending before word `k`, past
/// an editor's `[sic]` between the two (`Gan Den [sic], from`); `None` when no
/// comma follows the name. The index may be `tokens.len()` (the comma ends
/// the text).
fn comma_after_name(text: &str, tokens: &[Token<'_>], k: usize) -> Option<usize> {
    if k == 0 {
        return None;
    }
    let sic = tokens.get(k).is_some_and(|s| s.in_bracket && s.lower == "sic")
        && text[tokens[k - 1].end..tokens[k].start].trim() == "[";
    let (gap_start, next) = if sic { (tokens[k].end, k + 1) } else { (tokens[k - 1].end, k) };
    let gap = text[gap_start..tokens.get(next).map_or(text.len(), |n| n.start)].trim();
    let gap = if sic { gap.strip_prefix(']')?.trim_start() } else { gap };
    (gap == ",").then_some(next)
}

/// True when the capitalized word `k`, in an editor's bracket right after a
/// capitalized word, is that person's given name (`Zhou [Enlai]`), not a
/// description, a translation or a code name's real name.
fn bracketed_given(tokens: &[Token<'_>], k: usize) -> bool {
    let t = &tokens[k];
    // In capitals too (`Quinim [PHOLSENA]`), unless short (`Eighteen [ENDC]`),
    // an abbreviation, or the initials of the words before it
    // (`… Economic Cooperation and Development (CIECD)`).
    let shouted_ok =
        !t.all_caps || (t.text.chars().count() >= 5 && !is_abbreviation(t) && !is_acronym_of(t.text, &tokens[..k]));
    // Not a code name's real name (`Pavlov [Pliyev]`, `Filippov
    // [Stalin]`): two Slavic surnames are two names of one person, which
    // the gloss reader and the aliases handle.
    let two_surnames = || has_surname_ending(tokens[k - 1].text) && has_surname_ending(t.text);
    // Not a role in brackets (`Salevsky (Interpreter)`).
    // Nor an editor's description of the page (`Kurbatov [Stamp]`), nor a
    // body's letters in mixed case (`Makarov (GUEhS)`).
    let role = || {
        ROLE_LABELS.contains(t.lower.as_ref())
            || is_title_word(t.lower.as_ref())
            || EDITORIAL_MARKS.contains(t.lower.as_ref())
            || mixed_case_letters(t.text)
            // Nor a word the bracket translates (`the V [Fifth] Directorate`).
            || crate::lexicon::COMMON_WORDS.contains(t.lower.as_ref()) && !is_given(t)
            // Nor a body's noun (`Pan-American [Airlines]`).
            || ORG_HEADS.contains(t.lower.as_ref())
    };
    // Nor a gloss before a feature's or a body's noun: `the Dunai
    // [Danube] River` names the river.
    let before_head = || {
        tokens.get(k + 1).is_some_and(|n| {
            n.cap && (crate::lexicon::FEATURE_HEADS.contains(n.lower.as_ref()) || ORG_HEADS.contains(n.lower.as_ref()))
        })
    };
    shouted_ok && !role() && !before_head() && !two_surnames()
}

/// Most capitalized words of a body's name before the office its member
/// holds in it.
const MAX_BODY_BEFORE_OFFICE: usize = 5;

/// True when words from `at` are a body's name in capitals and then, in lower
/// case, an office in that body, as attendance lists write a member's post
/// after the name (`Ministerial Council first vice chairman`, `ALP CC
/// Politburo member`, `State Planning Commission president`).
fn body_office(tokens: &[Token<'_>], at: usize) -> bool {
    let body =
        tokens[at.min(tokens.len())..].iter().enumerate().take_while(|&(n, w)| w.cap && (n == 0 || w.joined)).count();
    if body == 0 || body > MAX_BODY_BEFORE_OFFICE {
        return false;
    }
    let mut p = at + body;
    while tokens
        .get(p)
        .is_some_and(|m| m.joined && !m.cap && crate::lexicon::OFFICE_MODIFIERS.contains(m.lower.as_ref()))
    {
        p += 1;
    }
    tokens.get(p).is_some_and(|o| {
        o.joined && !o.cap && APPOSITIVE_OFFICES.contains(o.lower.split(['-', '‐']).next().unwrap_or(""))
    })
}

/// The end of `I. Shcherbakov` or `A. Gromyko` written alone on a line: word
/// `i` a one-letter initial that opens the line (which [`is_namey`] takes for
/// a section's number), then a surname by its ending, then the line's end.
fn initial_line_name(text: &str, tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let (t, surname) = (&tokens[i], tokens.get(i + 1)?);
    if !(t.initial && t.text.len() == 1 && surname.joined && !surname.all_caps) {
        return None;
    }
    let before = text[..t.start].trim_end_matches([' ', '\t']);
    let line_opens = before.is_empty() || before.ends_with('\n');
    let after = text[surname.end..].trim_start_matches([' ', '\t']);
    let line_ends = after.is_empty() || after.starts_with(['\n', '\r']);
    (line_opens && line_ends && has_surname_ending(surname.text)).then_some(i + 2)
}

/// Words of a body's name between a title's `of the` and its holder's surname.
const MAX_BODY_WORDS_BEFORE_HOLDER: usize = 4;

/// The index of the surname after `Chief of the Consular Department`: word
/// `i` a capitalized title word (or several), then `of` (and `the`), one to four
/// capitalized words the last of which is a body's noun, then the surname.
fn body_head_surname(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let title = |w: &Token<'_>| w.cap && !w.all_caps && is_title_word(&w.lower);
    // (`Chiefs of Central Committee Sections`: no one holder.)
    if !title(&tokens[i]) || is_plural_office(&tokens[i].lower) {
        return None;
    }
    // `Deputy Chief of the …`: every title word of the office.
    let mut of = i + 1;
    while tokens.get(of).is_some_and(|w| w.joined && title(w)) {
        of += 1;
    }
    if tokens.get(of).is_none_or(|n| n.lower != "of" || !n.joined) {
        return None;
    }
    let mut from = of + 1;
    if tokens.get(from).is_some_and(|n| n.lower == "the" && n.joined) {
        from += 1;
    }
    let body = tokens[from.min(tokens.len())..]
        .iter()
        .take(MAX_BODY_WORDS_BEFORE_HOLDER + 1)
        .take_while(|w| w.cap && w.joined && !w.all_caps)
        .count();
    let head = (1..body).rev().find(|&n| ORG_HEADS.contains(tokens[from + n - 1].lower.as_ref()))?;
    let at = from + head;
    (head + 1 == body && surname_after_body(tokens, at)).then_some(at)
}

/// True when word `at`, after a body's name, is one surname of its head
/// (`Chief of the Consular Department Seregin were present`): a plain
/// capitalized word, no body's noun, office, common word, state, metropolis
/// or abbreviation (nor a plural of a body's noun: `Sections`), with no
/// capitalized word and no `of` after it.
fn surname_after_body(tokens: &[Token<'_>], at: usize) -> bool {
    let t = &tokens[at];
    namey(t)
        && t.joined
        && !t.all_caps
        && !t.initial
        && !t.bracketed
        && !t.possessive
        && !ORG_HEADS.contains(t.lower.as_ref())
        && !ORG_HEADS.contains(t.lower.trim_end_matches('s'))
        && !is_title_word(t.lower.as_ref())
        && !HONORIFIC.contains(t.lower.as_ref())
        && !crate::lexicon::COMMON_WORDS.contains(t.lower.as_ref())
        // (A village may share the surname: `Ivanov`.)
        && !super::places::is_state_or_metropolis(t.text)
        && tokens.get(at + 1).is_none_or(|n| !n.joined || !n.cap && n.lower != "of")
}

fn name_run_end(tokens: &[Token<'_>], from: usize) -> usize {
    let mut k = from;
    // Words of the name so far, particles not counted.
    let mut n_words = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        // `Wang Hai-jung Tang Weng-shen`: a Chinese surname and a given name
        // in the Wade-Giles spelling (`Hai-jung`) are a whole name, the next
        // name follows in a flattened list.
        if k == from + 2
            && CHINESE_SURNAMES.contains(tokens[from].lower.as_ref())
            && wade_giles_given(tokens[from + 1].text)
        {
            break;
        }
        // `Deputy Director Ge Buhai Accompanied on the Indonesian side by`: a
        // common word after a Chinese surname and given name opens the next
        // sentence of a text that lost its period.
        if k == from + 2
            && t.cap
            && CHINESE_SURNAMES.contains(tokens[from].lower.as_ref())
            && is_chinese_syllables(tokens[from + 1].text)
            && !is_chinese_syllables(t.text)
            && crate::lexicon::COMMON_WORDS.contains(t.lower.as_ref())
        {
            break;
        }
        // `Premierminister Brian Mulroney Bonn, 13. Juni 1991`: a town after a
        // name and before punctuation and a day is a dateline's place.
        if k >= from + 2
            && t.joined
            && t.cap
            && tokens
                .get(k + 1)
                .is_some_and(|n| !n.joined && !n.sentence_start && n.text.starts_with(|c: char| c.is_ascii_digit()))
            && super::places::is_place_name(t.text)
        {
            break;
        }
        // `Chester Crocker Alan Keyes`: a given name after a given name and
        // a surname opens the next name of a flattened list.
        if k == from + 2
            && t.joined
            && tokens.get(k + 1).is_some_and(|n| n.joined && n.cap && !is_given(n))
            && is_given(&tokens[from])
            && is_given(t)
            && !is_given(&tokens[from + 1])
            && !tokens[from + 1].initial
            && !is_name_particle(&tokens[from + 1])
        {
            break;
        }
        // `Ernő Lakatos Agitation and Propaganda Department`: after a given
        // name and a surname, a common word opens the next phrase (a list
        // line's department), no third word of the name.
        if k == from + 2
            && t.joined
            && t.cap
            && !t.all_caps
            && is_given(&tokens[from])
            && !tokens[from + 1].initial
            && crate::lexicon::COMMON_WORDS.contains(t.lower.as_ref())
            // (Not a title's participle: `… to Georgii Malenkov Reflecting on
            // the Events of Spring 1953`, which the title's reader cuts.)
            && !t.lower.ends_with("ing")
            && !t.lower.ends_with("ed")
        {
            break;
        }
        // `Tonight [I] visited`: a pronoun an editor supplied is the
        // sentence's subject, never a name's word.
        if k > from && t.bracketed && matches!(t.lower.as_ref(), "i" | "he" | "she" | "we" | "they" | "it" | "you") {
            break;
        }
        // Four words at most, and the surname after an editor's bracket
        // (`[Foreign Minister Francisco Clementino San Tiago] Dantas`).
        // A particle and the last surname of an Iberian name may make a
        // fifth word (`JOSÉ MARIA DINIZ RUIZ DE GAMBOA`, a Brazilian
        // ambassador's signature), when no name word follows them.
        let last_surname = n_words < 5
            && t.joined
            && is_name_particle(t)
            && tokens.get(k + 1).is_some_and(|n| n.joined && namey(n) && !is_name_particle(n))
            && tokens.get(k + 2).is_none_or(|n| !(n.joined && n.cap));
        if n_words >= 4 && last_surname {
            return k + 2;
        }
        if n_words >= 4 && !(t.after_bracket && titled_bracket(tokens, k - 1)) {
            break;
        }
        // `Zhou [Enlai]`, `Hashimoto [Hiroshi]`: an editor's bracketed given
        // name right after the surname.
        if k == from + 1 && t.bracketed && t.spaced_bracket && t.cap && tokens[k - 1].cap && bracketed_given(tokens, k)
        {
            return k + 1;
        }
        // `Kim [Il Sung]`, `Ho [Chi Minh]`: an editor's given names of two or
        // three words right after an East Asian surname, the bracket holding
        // nothing else.
        if k == from + 1
            && t.spaced_bracket
            && t.in_bracket
            && !tokens[from].in_bracket
            && east_asian_surname(&tokens[from])
        {
            let given = |n: &Token<'_>| {
                n.cap
                    && !n.all_caps
                    && !is_title_word(n.lower.as_ref())
                    && !ORG_HEADS.contains(n.lower.as_ref())
                    && !crate::lexicon::COMMON_WORDS.contains(n.lower.as_ref())
            };
            let mut m = k;
            while m < tokens.len()
                && m - k < 3
                && tokens[m].in_bracket
                && (m == k || tokens[m].joined)
                && given(&tokens[m])
            {
                m += 1;
            }
            if m >= k + 2 && tokens.get(m).is_none_or(|n| !n.in_bracket || n.spaced_bracket) {
                return m;
            }
        }
        // A title before the next name ends this one: `Major General Damm
        // Lieutenant Colonel Salevsky` (a list of participants on one line);
        // not a name's last word that is also a title (`John Major said`).
        if k > from
            && t.joined
            && (HONORIFIC.contains(t.lower.as_ref()) || is_title_word(t.lower.as_ref()))
            && tokens.get(k + 1).is_some_and(|n| n.joined && n.cap)
        {
            break;
        }
        // A particle joins two capitalized words of one name.
        if k > from
            && t.joined
            && is_name_particle(t)
            && tokens.get(k + 1).is_some_and(|n| n.joined && namey(n) && !is_name_particle(n))
        {
            k += 1;
            continue;
        }
        // Two particles (`C. A. van der Klaauw`, `de la Madrid`).
        if k > from
            && t.joined
            && is_name_particle(t)
            && tokens.get(k + 1).is_some_and(|n| n.joined && is_name_particle(n))
            && tokens.get(k + 2).is_some_and(|n| n.joined && namey(n) && !is_name_particle(n))
        {
            k += 2;
            continue;
        }
        // After a bracketed given name the surname may be a word (`M.
        // (Menachem) Begin`): the brackets already say a name is written.
        let surname_after_bracket =
            k > from && t.after_bracket && t.cap && !t.all_caps && tokens[k - 1].bracketed && is_given(&tokens[k - 1]);
        // A state's letters in brackets before its name are no given name
        // (`People’s Republic [PR] Bulgaria`).
        let state_letters =
            k > from && tokens[k - 1].all_caps && tokens[k - 1].bracketed && super::places::is_state_or_region(t.text);
        // Across a closing bracket only after an editor's given name (`[Luis
        // Alfonso] Zayas`), not after a description (`[Adviser to Prince
        // Sihanouk] Penn Nouth` is two people).
        let across = k > from
            && t.after_bracket
            && !state_letters
            && (tokens[k - 1].bracketed
                || tokens[k - 1].initial
                || is_given(&tokens[k - 1])
                || titled_bracket(tokens, k - 1)
                || bracket_of_given_names(tokens, from, k - 1));
        // `A. P. Ratanov Ser. No. 352`: a short word cut off by punctuation
        // before a number's `No.` is a register's label, not a surname (not
        // `van der Klaauw no. 39/79` nor `Stefan Blaga, No. 009794`).
        if k > from
            && t.text.chars().count() <= 4
            && tokens.get(k + 1).is_some_and(|n| !n.joined && matches!(n.text, "No" | "Nº" | "№"))
            && tokens.get(k + 2).is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()))
        {
            break;
        }
        // `AMBASSADOR LECHUGA CAME TO SEE ME`: in capitals, a verb of coming
        // and going or a past verb of speech ends the name when the sentence
        // goes on after it (not `NURI SAID TOLD ME`: `said`, `may`, `will`
        // are surnames too).
        if k > from
            && t.all_caps
            && tokens[k - 1].all_caps
            && t.joined
            && tokens.get(k + 1).is_some_and(|n| n.joined)
            && (crate::lexicon::MOTION_VERBS.contains(t.lower.as_ref())
                || crate::lexicon::SPEECH_VERBS.contains(t.lower.as_ref())
                    && (t.lower.ends_with("ed") || t.lower == "told"))
        {
            break;
        }
        let opener = k == from && opens_initials(tokens, k);
        // `Chairman Ho Discusses …`: a title's verb ends the name, and opens
        // none (`Cuban Ambassador to Vietnam Discusses America’s Plan`).
        let verb = crate::lexicon::TITLE_VERBS.contains(t.lower.as_ref());
        // `F.C. How`, `F.C. HOW`: after two initials or more a capitalized
        // word is the surname, common word or not; not after a state's or a
        // body's letters (`U.S. Army`) nor a title or a body's noun.
        let common_surname = k > from
            && t.joined
            && t.cap
            && !verb
            && surname_initials(&tokens[k - 1])
            // The last word of the run (not `C.N Atomic Energy`).
            && !tokens.get(k + 1).is_some_and(|n| n.joined && n.cap)
            // Not an inverted name's initials (`RATANOV, A.P. Issue No. 350`).
            && (tokens[k - 1].joined || tokens[k - 1].sentence_start || k < 2 || !tokens[k - 2].cap)
            && t.text.chars().all(char::is_alphabetic)
            && !HONORIFIC.contains(t.lower.as_ref())
            && !TITLE.contains(t.lower.as_ref())
            && !crate::lexicon::ORG_HEADS.contains(t.lower.as_ref());
        // `Hoang Van Thai`, `Nguyen Thi Binh`: after a Vietnamese surname and
        // the middle name `Van` or `Thi`, the given name, even a word written
        // in lower case elsewhere (`Thai`).
        let vietnamese_given = k == from + 2
            && t.joined
            && t.cap
            && !t.all_caps
            && t.text.chars().all(char::is_alphabetic)
            && vietnamese_opening(&tokens[from..]);
        if verb
            || !(surname_after_bracket
                || opener
                || common_surname
                || vietnamese_given
                || namey(t) && (k == from || t.joined || across))
        {
            break;
        }
        k += 1;
        n_words += 1;
        if common_surname && !namey(t) {
            break;
        }
        // `Kim's son`, `Ho's approval`: a possessive ends the name.
        if t.possessive {
            break;
        }
    }
    k
}

/// Person mentions of one document and the entities they link to.
pub(crate) struct People {
    authority: Option<Arc<AuthorityIndex>>,
    /// The document's year, for the people database's dates.
    year: Option<i32>,
    /// Code names and glossed names → the entity they stand for.
    aliases: HashMap<String, EntityRef>,
    /// Full names (two words or more) named in this document: key → (surname
    /// key, entity, the titles they were named with).
    named: HashMap<String, (String, EntityRef, Vec<&'static str>)>,
    /// Mentions (indexes into the found list) read as a surname alone, with
    /// the titles before them, to be linked once the whole document has been read.
    single: Vec<(usize, PersonKey, Vec<&'static str>)>,
    /// The titles before the name being pushed.
    titles: Vec<&'static str>,
    /// The titles each person entity was named with in this document (`gen`
    /// for `General Magruder`), gathered by [`People::finish`].
    entity_titles: HashMap<String, BTreeSet<&'static str>>,
    /// The text being scanned is German ([`super::tokens::is_german`]): a
    /// word's Japanese shape names no one there (`Seite`, `Interesse`, `Unruhe`).
    pub in_german: bool,
}

/// A title word in one spelling (`General` and `Gen` are one title).
fn canonical_title(word: &str) -> Option<&'static str> {
    let word = word.trim_end_matches('.');
    Some(match word {
        "gen" | "general" => "gen",
        "lt" | "lieutenant" => "lt",
        "maj" | "major" => "maj",
        "col" | "colonel" => "col",
        "adm" | "admiral" => "adm",
        "amb" | "ambassador" => "amb",
        "primin" | "premier" | "prime" => "premier",
        "president" => "president",
        "chairman" => "chairman",
        "minister" => "minister",
        "secretary" => "secretary",
        "charge" | "chargé" => "charge",
        "dr" => "dr",
        "comrade" | "cde" | "tov" | "tovarishch" => "comrade",
        _ => return None,
    })
}

/// A name in Chinese characters as its own entity (`person:毛主席`): the
/// romanized tables and keys do not read the characters.
fn push_han(found: &mut FoundSet, (field, start, end): (TextField, usize, usize), name: &str) {
    if !found.taken(field, start, end) {
        let entity = plain_entity(EntityKind::Person, format!("person:{name}"), name.to_owned());
        found.push(Found { kind: MentionKind::Person, field, start, end, entity, method: "han_name", confidence: 0.8 });
    }
}

impl People {
    /// The titles each person entity was named with (`gen`, `amb`), once
    /// [`People::finish`] has run; taken out, not copied.
    pub fn take_entity_titles(&mut self) -> HashMap<String, BTreeSet<&'static str>> {
        std::mem::take(&mut self.entity_titles)
    }

    pub fn new(authority: Option<&Authority>, year: Option<i32>) -> Self {
        People {
            authority: authority.map(authority_index),
            year,
            aliases: HashMap::default(),
            named: HashMap::default(),
            single: Vec::new(),
            titles: Vec::new(),
            entity_titles: HashMap::default(),
            in_german: false,
        }
    }

    /// The entity a full name stands for, and the method that linked it.
    fn resolve(&self, key: &PersonKey) -> (EntityRef, &'static str) {
        if let Some(e) = self.aliases.get(&key.key) {
            return (e.clone(), "gloss");
        }
        if let Some(e) = self.authority.as_ref().and_then(|a| a.by_key.get(&key.key)) {
            return (e.clone(), "authority");
        }
        if let Some(e) = KNOWN.by_key.get(&key.key) {
            return (e.clone(), "name_table");
        }
        // `Henry Alfred Kissinger` is the table's `Henry Kissinger`.
        if key.style == NameStyle::Other {
            let words: Vec<&str> = key.key.split(' ').collect();
            if words.len() > 2 {
                let short = format!("{} {}", words[0], words[words.len() - 1]);
                if let Some(e) = KNOWN.by_key.get(&short) {
                    return (e.clone(), "name_table");
                }
            }
        }
        if !key.key.contains(' ') {
            if let Some(Some(e)) = self.authority.as_ref().and_then(|a| a.by_surname.get(&key.key)) {
                return (e.clone(), "authority");
            }
            if let Some(Some(e)) = KNOWN.by_surname.get(&key.key) {
                return (e.clone(), "name_table");
            }
        }
        (plain_entity(EntityKind::Person, format!("person:{}", slug(&key.key)), key.display.clone()), "")
    }

    fn push(
        &mut self,
        found: &mut FoundSet,
        (field, start, end): (TextField, usize, usize),
        name: &str,
        method: &'static str,
        confidence: f32,
    ) -> bool {
        let key = person_key(name);
        if key.key.is_empty() || found.taken(field, start, end) {
            return false;
        }
        // Initials alone name no one (`Ye. A.` of `Ye. A. furtseVa.`, whose
        // garbled surname is no name word).
        if is_initials_only(name) || opens_with_ordinal(name) {
            return false;
        }
        let (entity, table) = self.resolve(&key);
        // A one-word name no table knows (`CKS` is Chiang Kai-shek's).
        if table.is_empty() && !key.key.contains(' ') && not_a_name(name, &key.key) {
            return false;
        }
        let titles = std::mem::take(&mut self.titles);
        if key.key.contains(' ') {
            let slot =
                self.named.entry(key.key.clone()).or_insert_with(|| (key.surname.clone(), entity.clone(), Vec::new()));
            slot.2.extend(titles);
        } else {
            self.single.push((found.items.len(), key, titles));
        }
        found.push(Found { kind: MentionKind::Person, field, start, end, entity, method, confidence });
        true
    }

    /// Names in Chinese characters, which that text writes without spaces: a
    /// surname of `data/lexicon/han_surnames.txt` and a title after it
    /// (`毛主席`, `郝大使`, `叶代部长`: the title stays in the mention), or a
    /// full name of two or three characters before `同志` (`贺诚同志`: the
    /// comrade stays out) and the names joined to it by `和`, `与` or `、`
    /// (`由杨立三和贺诚同志`). A name starts after punctuation, a character of
    /// `han_name_bounds.txt` or the run's start, never inside a word
    /// (`蒙古大使` is Mongolia's ambassador). Method `han_name`. A leader's full
    /// name of `data/lexicon/han_known_persons.tsv` needs no title (`岸信介`):
    /// method `name_table`, linked to the name the English texts give.
    pub fn scan_han(&self, field: TextField, text: &str, found: &mut FoundSet) {
        use crate::lexicon::{HAN_NAME_BOUNDS, HAN_PERSON_TITLES, HAN_SURNAMES};
        use dossier_gazetteer::is_han;
        // Chinese characters are three bytes in UTF-8, led by 0xE3 to 0xE9.
        if !text.bytes().any(|b| (0xE3..=0xE9).contains(&b)) {
            return;
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let at = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
        let one = |i: usize| &text[at(i)..at(i + 1)];
        let bound = |i: usize| HAN_NAME_BOUNDS.contains(one(i));
        // A name may start at `i`: its first character a surname, the one
        // before no part of a word.
        let starts_name =
            |i: usize| HAN_SURNAMES.contains(one(i)) && (i == 0 || !is_han(chars[i - 1].1) || bound(i - 1));
        // A full name of two or three characters ending before `end`.
        let full_name_before = |end: usize| {
            (2..=3)
                .filter(|&k| end >= k)
                .map(|k| end - k)
                .find(|&s| starts_name(s) && (s + 1..end).all(|j| is_han(chars[j].1) && !bound(j)))
        };
        // `岸信介`, `蒋介石`: a leader's full name of the table, with or
        // without a title after it, linked to the name the English texts give.
        let mut k = 0;
        while k < chars.len() {
            let rest = &text[at(k)..];
            let known = crate::lexicon::HAN_KNOWN_PERSONS
                .iter()
                .filter(|(characters, _)| rest.starts_with(characters))
                .max_by_key(|(characters, _)| characters.len());
            let Some((characters, name)) = known else {
                k += 1;
                continue;
            };
            let (start, end) = (at(k), at(k) + characters.len());
            if !found.taken(field, start, end) {
                let (entity, _) = self.resolve(&person_key(name));
                found.push(Found {
                    kind: MentionKind::Person,
                    field,
                    start,
                    end,
                    entity,
                    method: "name_table",
                    confidence: 0.85,
                });
            }
            k += characters.chars().count();
        }
        let mut i = 1;
        while i < chars.len() {
            let title =
                (2..=3).rev().find(|&n| i + n <= chars.len() && HAN_PERSON_TITLES.contains(&text[at(i)..at(i + n)]));
            let Some(n) = title else {
                i += 1;
                continue;
            };
            if &text[at(i)..at(i + n)] == "同志" {
                let mut end = i;
                while let Some(s) = full_name_before(end) {
                    let (start, stop) = (at(s), at(end));
                    push_han(found, (field, start, stop), &text[start..stop]);
                    // `杨立三和贺诚同志`: a name joined before it.
                    if s >= 3 && matches!(chars[s - 1].1, '和' | '与' | '與' | '、') {
                        end = s - 1;
                    } else {
                        break;
                    }
                }
            } else if starts_name(i - 1) {
                let (start, stop) = (at(i - 1), at(i + n));
                push_han(found, (field, start, stop), &text[start..stop]);
            }
            i += n;
        }
    }

    /// A run the person model read as a name (method `model`).
    pub fn push_model(&mut self, found: &mut FoundSet, at: (TextField, usize, usize), name: &str, confidence: f32) {
        self.push(found, at, name, "model", confidence);
    }

    /// FRUS `persName` spans, linked through the List of Persons.
    pub fn read_markup(&mut self, doc: &NormalizedDoc, found: &mut FoundSet) {
        for span in doc.markup.spans.iter().filter(|s| s.kind == MarkupKind::Person) {
            if span.end > doc.body.len()
                || !doc.body.is_char_boundary(span.start)
                || !doc.body.is_char_boundary(span.end)
            {
                continue;
            }
            let linked = span.target.as_ref().and_then(|id| self.authority.as_ref()?.by_id.get(id)).cloned();
            match linked {
                Some(entity) => {
                    let key = person_key(&entity.canonical_name);
                    self.named.entry(key.key).or_insert_with(|| (key.surname, entity.clone(), Vec::new()));
                    found.push(Found {
                        kind: MentionKind::Person,
                        field: TextField::Body,
                        start: span.start,
                        end: span.end,
                        entity,
                        method: "markup",
                        confidence: 0.95,
                    });
                }
                None => {
                    self.push(
                        found,
                        (TextField::Body, span.start, span.end),
                        &doc.body[span.start..span.end],
                        "markup",
                        0.85,
                    );
                }
            }
        }
    }

    /// Senders, recipients and participants that are people; their aliases
    /// (`Filippov [Stalin]`) become code names of the same entity.
    pub fn read_actors(&mut self, actors: &Actors<'_>, texts: &Texts<'_>, found: &mut FoundSet) {
        for actor in actors.all() {
            if actor.value.kind == ActorKind::Organization {
                self.read_head_of_mission(actor, texts, found);
                continue;
            }
            // A title's actors, and the writer a summary names.
            let (field, method) = match actor.evidence.field {
                TextField::Title => (TextField::Title, "title"),
                TextField::Summary => (TextField::Summary, "writer"),
                TextField::Body => {
                    self.read_address(actor, texts, found);
                    continue;
                }
                _ => continue,
            };
            let Some(title) = texts.get(field) else { continue };
            let ev = &actor.evidence;
            if ev.end > title.len() {
                continue;
            }
            // The actor's name as the title writes it, without its alias.
            let (ev_start, ev_end) = match ev.of(title).find(actor.value.name.as_str()) {
                Some(at) if !actor.value.name.is_empty() => (ev.start + at, ev.start + at + actor.value.name.len()),
                _ => (ev.start, ev.end),
            };
            let tokens = super::tokens::tokenize(&title[ev_start..ev_end]);
            // The name is the last run of name words (after any title).
            let mut best = None;
            let mut i = 0;
            while i < tokens.len() {
                // `A. Ya. Vyshinsky`: an actor's name may open with initials.
                let opens = namey(&tokens[i]) || opens_initials(&tokens, i);
                if opens && (i == 0 || !tokens[i].sentence_start || tokens[i - 1].lower != "via") {
                    let k = name_run_end(&tokens, i);
                    // `Roger Barltrop of British Embassy in Addis Ababa`: a
                    // place after `in` or `at` is the post, not the name.
                    let post = i > 0
                        && matches!(tokens[i - 1].lower.as_ref(), "in" | "at")
                        && super::places::is_place_name(
                            &title[ev_start + tokens[i].start..ev_start + tokens[k.max(i + 1) - 1].end],
                        );
                    if k > i && !post {
                        best = Some((i, k));
                    }
                    if k > i {
                        i = k;
                        continue;
                    }
                }
                i += 1;
            }
            let Some((mut i, k)) = best else { continue };
            // `from Political Émigré, an Iranian, Ali Reza Hekmat`: a title's
            // capitals on words the record writes in lower case (`political
            // émigré`) are common nouns, no name (two words or more, no given
            // name first).
            if k - i >= 2
                && !GIVEN.contains(tokens[i].lower.as_ref())
                && tokens[i..k]
                    .iter()
                    .all(|t| t.lower.chars().count() >= 3 && !t.initial && written_lower(texts, &t.lower))
            {
                continue;
            }
            // `Soviet Ambassador to Cuba Alekseev`: the post's country or city
            // before the name is no part of it.
            // `Ambassador to North Korea Vasily Moskovsky`: the post may open
            // with a compass word the run left out.
            let lead = if i > 1 && tokens[i - 1].cap && COMPASS_WORDS.contains(tokens[i - 1].lower.as_ref()) {
                i - 1
            } else {
                i
            };
            // `the Shah of Iran Mohammad Reza Pahlavi`: so is the country of a
            // title before `of`.
            let of_post = lead > 1
                && tokens[lead - 1].lower == "of"
                && [&TITLE, &HONORIFIC, &crate::lexicon::ACTOR_PERSON_TITLES]
                    .iter()
                    .any(|set| set.contains(tokens[lead - 2].lower.as_ref()));
            if lead > 0
                && (matches!(tokens[lead - 1].lower.as_ref(), "to" | "in") || of_post)
                && let Some(n) = (1..k - i).find(|&n| {
                    super::places::is_place_name(
                        &title[ev_start + tokens[lead].start..ev_start + tokens[i + n - 1].end],
                    )
                })
            {
                i += n;
            }
            // `Director of the Argentinian National Atomic Energy Commission`:
            // words before a body's noun are the body's name, not a person's
            // (the capitalized words that follow the run; `Barltrop of British
            // Embassy` is a man of a body).
            if tokens[k..].iter().take_while(|t| t.cap).any(|t| ORG_HEADS.contains(t.lower.as_ref())) {
                continue;
            }
            // `Faculty of Mathematics and Physics at Charles University`,
            // `Conversation with Soviet Leaders`: a body's head noun before the
            // run, and no title, makes the run the body's subject or members,
            // nobody's name (`Soviet leader Anastas Mikoyan` is the honorific
            // reader's).
            if tokens[..i].iter().any(|t| t.cap && ORG_HEADS.contains(t.lower.as_ref()))
                && !tokens[..i]
                    .iter()
                    .any(|t| t.cap && (is_title_word(t.lower.as_ref()) || HONORIFIC.contains(t.lower.as_ref())))
                && actor.value.aliases.is_empty()
            {
                continue;
            }
            // `Guinea’s Minister of Posts`: the office's domain after `of`,
            // nobody's name.
            if i >= 2
                && k == tokens.len()
                && tokens[i - 1].lower == "of"
                && (TITLE.contains(tokens[i - 2].lower.as_ref()) || HONORIFIC.contains(tokens[i - 2].lower.as_ref()))
            {
                continue;
            }
            // `the President's Special Assistant (Bundy)`, `Cultural Attaché
            // at the Israeli Embassy`: title words alone, or with the office's
            // field, are an office; the bracket names the holder (read as an
            // alias).
            if tokens[i..k].iter().all(|t| {
                TITLE.contains(t.lower.as_ref()) || crate::lexicon::OFFICE_MODIFIERS.contains(t.lower.as_ref())
            }) {
                continue;
            }
            // `Mikoyan-Suslov Report`: a pair of surnames wrote it (not `to
            // Spasowski-Morski (Warsaw)`, which may be one double surname).
            let pair_noun = title[ev_start + tokens[k - 1].end..]
                .split_whitespace()
                .next()
                .is_some_and(|w| PAIR_NOUNS.contains(w.to_lowercase().trim_end_matches([',', '.', ':'])));
            if let Some(halves) = (k - i == 1 && pair_noun).then(|| pair_halves(&tokens[i])).flatten() {
                for (s, e) in halves {
                    self.push(
                        found,
                        (field, ev_start + s, ev_start + e),
                        &title[ev_start + s..ev_start + e],
                        method,
                        0.8,
                    );
                }
                continue;
            }
            let (start, end) = (ev_start + tokens[i].start, ev_start + tokens[k - 1].end);
            let name = &title[start..end];
            if (actor.value.kind == ActorKind::Unknown || k - i == 1) && super::places::is_place_name(name) {
                continue;
            }
            // `Indian Ambassador Parthasarathy (1)`: a bracket holding no
            // name (a number, a mark) is nobody's other name.
            for alias in &actor.value.aliases {
                let alias_key = person_key(alias);
                if alias_key.key.is_empty() {
                    continue;
                }
                let (entity, _) = self.resolve(&alias_key);
                self.aliases.insert(person_key(name).key, entity);
            }
            self.push(found, (field, start, end), name, method, 0.9);
        }
    }

    /// `TO: Kewal Singh, Foreign Secretary, MEA`: a person the body's address
    /// lines name as sender or addressee (two to four capitalized name words,
    /// as the address reader split it from the office), where no other
    /// reading took the words.
    fn read_address(&mut self, actor: &Extracted<Actor>, texts: &Texts<'_>, found: &mut FoundSet) {
        let ev = &actor.evidence;
        let name = &actor.value.name;
        let Some(body) = texts.get(TextField::Body) else { return };
        // `Copy Nº 8 - to Silin`: a copy's addressee written as one
        // capitalized word, no place and no body's word, is a person.
        if actor.rule == "actors.body.copies"
            && actor.value.kind == ActorKind::Unknown
            && !name.contains(' ')
            && name.starts_with(char::is_uppercase)
            && crate::actors::plain_name_word(name)
            && !ORG_HEADS.contains(name.to_lowercase().as_str())
            && !NOT_NAME.contains(name.to_lowercase().as_str())
            && !super::places::is_place_name(name)
            && body.get(ev.start..ev.end) == Some(name.as_str())
        {
            self.push(found, (TextField::Body, ev.start, ev.end), name, "distribution", 0.7);
            return;
        }
        // An addressee of unknown kind is a person when a given name opens it,
        // or when it is a capitalized word and a surname in capitals (`To:
        // Zenon KLISZKO, Eyes only`, as Polish ciphergrams write names).
        let words: Vec<&str> = name.split_whitespace().collect();
        let given_first = words.first().is_some_and(|first| GIVEN.contains(first.to_lowercase().as_str()));
        let shouted_surname = words.len() == 2
            && words[0].chars().skip(1).any(char::is_lowercase)
            && words[1].chars().count() >= 3
            && words[1].chars().all(|c| c.is_uppercase() || c == '-');
        let person = actor.value.kind == ActorKind::Person
            || actor.value.kind == ActorKind::Unknown && (given_first || shouted_surname);
        if !person
            || !crate::address::is_personal_name(name)
            || body.get(ev.start..ev.end) != Some(name.as_str())
            || found.taken(TextField::Body, ev.start, ev.end)
        {
            return;
        }
        // `Shri Avtar Singh`, `Vice-Minister Naszkowski`, `To: Comrade
        // Nicolae Ghenea`: a name after an honorific or a title, in the
        // actor's name or before it, is the honorific reader's.
        let cue = |word: &str| {
            let word = word.to_lowercase();
            let word = word.trim_end_matches(['.', ',']);
            is_title_word(word) || HONORIFIC.contains(word)
        };
        let line_start = body[..ev.start].rfind('\n').map_or(0, |i| i + 1);
        let before = body[line_start..ev.start].split_whitespace().last().unwrap_or_default();
        if name.split_whitespace().next().is_some_and(cue) || cue(before) || super::places::is_place_name(name) {
            return;
        }
        self.push(found, (TextField::Body, ev.start, ev.end), name, "address", 0.8);
    }

    /// `Telegram from the Brazilian Embassy in Havana (Bastian Pinto)`: the
    /// bracket after an institution in a title names the person who signed for
    /// it, when it reads as a name (one to four capitalized words, no place).
    fn read_head_of_mission(&mut self, actor: &Extracted<Actor>, texts: &Texts<'_>, found: &mut FoundSet) {
        let Some(title) = texts.title else { return };
        let ev = &actor.evidence;
        if ev.field != TextField::Title || ev.end > title.len() {
            return;
        }
        for alias in &actor.value.aliases {
            let words: Vec<&str> = alias.split_whitespace().collect();
            let name_like = (1..=4).contains(&words.len())
                && words.iter().all(|w| {
                    w.starts_with(|c: char| c.is_uppercase()) && !NOT_NAME.contains(w.to_lowercase().as_str())
                });
            if !name_like || super::places::is_place_name(alias) {
                continue;
            }
            let Some(at) = title[ev.start..ev.end].find(alias.as_str()) else { continue };
            // `… the UN General Assembly (UNGA)`: the letters of the words
            // before the bracket are the body's abbreviation, not a signer.
            let shouted = alias.chars().all(|c| c.is_uppercase()) && alias.chars().count() >= 2;
            if shouted && is_acronym_of(alias, &super::tokens::tokenize(&title[ev.start..ev.start + at])) {
                continue;
            }
            let start = ev.start + at;
            self.push(found, (TextField::Title, start, start + alias.len()), alias, "title", 0.8);
        }
    }

    /// Glosses whose gloss is a person (`FENG XI [STALIN]`): the glossed words
    /// are a code name or another spelling of the same person.
    /// The signer's name at the end of the body (`Signed` / `Dumitru Popa`,
    /// `Beam` above a FRUS source note): see [`crate::signature`].
    pub fn read_signature(&mut self, body: &str, range: std::ops::Range<usize>, found: &mut FoundSet) {
        if !found.taken(TextField::Body, range.start, range.end) {
            let name = body[range.clone()].to_owned();
            self.push(found, (TextField::Body, range.start, range.end), &name, "signature", 0.7);
        }
    }

    /// The entries of a list of people that opens each line with a surname in
    /// capitals, a comma and the given name, then a dash and what is said of
    /// the person (`PEDERSEN, Odd – 28 June 1944 was taken prisoner …`, a
    /// Soviet record's list of missing Norwegians, 1955; `EGER, Kiell - died
    /// …`, though Eger is a town too). Not a dateline's city or day (`MOSCOW,
    /// Tuesday – `) nor a body's letters.
    pub fn read_inverted_entries(&mut self, body: &str, found: &mut FoundSet) {
        for line in crate::lines::lines_iter(body) {
            let Some(caps) = INVERTED_ENTRY.captures(line.text) else { continue };
            let (surname, given) = (&caps[1], &caps[2]);
            let lower = surname.to_lowercase();
            if crate::lexicon::ABBREVIATIONS.get(surname).is_some()
                || crate::lexicon::COMMON_WORDS.contains(lower.as_str())
                || NOT_NAME.contains(lower.as_str())
                || NOT_NAME.contains(given.to_lowercase().as_str())
                || super::places::is_state_or_named_region(surname)
                || super::places::is_state_or_named_region(given)
            {
                continue;
            }
            let end = line.start + caps.get(2).expect("given name").end();
            let name = format!("{given} {}", super::names::title_case(surname));
            self.push(found, (TextField::Body, line.start, end), &name, "list", 0.7);
        }
    }

    /// A cable form's line of who drafted or sent it (`Dispatch[ed by]: Pol 1,
    /// ds Hirdman, IB`, `Dispatch[ed by]: Hirdman, Pol 1`, Swedish Foreign
    /// Ministry cables of 1976): a label of a verb of `drafting_verbs.txt` (or
    /// `dispatched`) and `by`, the editor's brackets read through, then items
    /// between commas. An item of one to three capitalized words, after a
    /// lower-case rank's short form (`ds`), is a person; a unit with its number
    /// (`Pol 1`), a typist's initials in capitals (`IB`) or a common word
    /// (`Protocol`) is not.
    pub fn read_form_drafters(&mut self, body: &str, found: &mut FoundSet) {
        for line in crate::lines::lines_iter(body).take(crate::lines::HEADER_LINES * 2) {
            let Some(colon) = line.text.find(':') else { continue };
            let (label, items) = (&line.text[..colon], &line.text[colon + 1..]);
            let label: String = label.chars().filter(|c| !matches!(c, '[' | ']')).collect::<String>().to_lowercase();
            let Some(verb) = label.strip_suffix(" by").or_else(|| label.strip_suffix("by")) else { continue };
            let verb = verb.trim();
            if !(DRAFTING.contains(verb) || verb == "dispatched") {
                continue;
            }
            let mut at = line.start + colon + 1;
            for item in items.split(',') {
                let item_start = at + (item.len() - item.trim_start().len());
                at += item.len() + 1;
                let words: Vec<&str> = item.split_whitespace().collect();
                let skip =
                    usize::from(words.first().is_some_and(|w| w.len() <= 3 && w.chars().all(|c| c.is_lowercase())));
                let name_words = &words[skip..];
                let plain = |w: &&str| {
                    w.starts_with(char::is_uppercase)
                        && w.chars().any(char::is_lowercase)
                        && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
                };
                if name_words.is_empty() || name_words.len() > 3 || !name_words.iter().all(plain) {
                    continue;
                }
                let name = name_words.join(" ");
                let lower = name.to_lowercase();
                if name_words.len() == 1
                    && (crate::lexicon::COMMON_WORDS.contains(lower.as_str())
                        || ORG_HEADS.contains(lower.as_str())
                        || TITLE.contains(lower.as_str())
                        || NOT_NAME.contains(lower.as_str()))
                    || super::places::is_place_name(&name)
                {
                    continue;
                }
                let trimmed = item.trim();
                let offset = trimmed.find(name_words[0]).unwrap_or(0);
                let start = item_start + offset;
                let end = item_start + trimmed.len();
                if body.get(start..end) == Some(&trimmed[offset..]) {
                    self.push(found, (TextField::Body, start, end), &name, "context", 0.7);
                }
            }
        }
    }

    pub fn read_glosses(&mut self, doc: &NormalizedDoc, found: &mut FoundSet) {
        for span in doc.editorial.iter().filter(|s| s.kind == EditorialKind::Gloss) {
            let Some(glossed) = &span.glossed else { continue };
            let content_key = person_key(&span.content);
            let (entity, method) = self.resolve(&content_key);
            if method.is_empty() && !self.named.contains_key(&content_key.key) {
                continue;
            }
            // `UN Secretary-General [U Thant]`: an office glossed with its
            // holder is no other name of the holder; nor is the body of an
            // office (`the Chairman of the PMAC [Mengistu]`).
            let before = doc.body[..span.start].trim_end();
            let body_of_office = before
                .strip_suffix(" the")
                .unwrap_or(before)
                .strip_suffix(" of")
                .and_then(|b| b.rsplit(' ').next())
                .is_some_and(|w| TITLE.contains(w.to_lowercase().as_str()));
            if office_only(glossed) || body_of_office {
                if let Some(at) = doc.body[span.start..span.end].rfind(span.content.as_str()) {
                    let start = span.start + at;
                    self.push(found, (TextField::Body, start, start + span.content.len()), &span.content, "gloss", 0.9);
                }
                continue;
            }
            self.aliases.insert(person_key(glossed).key, entity.clone());
            if doc.body[span.start..span.end].starts_with(glossed.as_str()) {
                let end = span.start + glossed.len();
                self.push(found, (TextField::Body, span.start, end), glossed, "gloss", 0.9);
            }
            if let Some(at) = doc.body[span.start..span.end].rfind(span.content.as_str()) {
                let start = span.start + at;
                self.push(found, (TextField::Body, start, start + span.content.len()), &span.content, "gloss", 0.9);
            }
        }
    }

    /// One pass over the words of a text.
    pub fn scan(&mut self, field: TextField, text: &str, tokens: &[Token<'_>], found: &mut FoundSet) {
        // A name that opens with a bracketed word keeps its bracket (`[Zhou] Enlai`).
        let text_of = |i: usize, k: usize| {
            // `[Yuri Vladimirovich] Andropov`: so does one whose bracket holds
            // several words.
            let opens = k > i + 1
                && (tokens[i].bracketed && tokens.get(i + 1).is_some_and(|n| n.after_bracket)
                    || text[..tokens[i].start].ends_with('[')
                        && text[tokens[i].end..tokens[k - 1].start].contains(']')
                        && !text[tokens[i].end..tokens[k - 1].start].contains('['));
            // `[President Abdul Gamal] Nasser`, `[US Ambassador to India John
            // Kenneth] Galbraith`: a name read after a title inside the
            // editor's bracket is the surname after it (the bracket's given
            // names still make the entity's name; its places stay places).
            let inside_bracket = !opens && tokens[i].in_bracket;
            let start = if opens {
                tokens[i].start - 1
            } else if inside_bracket && let Some(after) = (i + 1..k).find(|&j| tokens[j].after_bracket) {
                tokens[after].start
            } else {
                tokens[i].start
            };
            // `Zhou [Enlai]`, `Kim [Il Sung]`: a name that ends with a bracket
            // it opened keeps its closing bracket.
            let last = &tokens[k - 1];
            let closes = k > i + 1
                && text[last.end..].starts_with([']', ')'])
                && (last.bracketed || text[tokens[i].end..last.start].contains(" ["));
            (start, if closes { last.end + 1 } else { last.end })
        };
        let first_new = found.items.len();
        self.scan_words(field, text, tokens, found, text_of);
        // `[Gen. Mikhail S.] Malinin`: a name read from inside the editor's
        // bracket is mentioned by its surname after it; the bracket's given
        // names are claimed too, so no later reader takes them for someone else.
        let mut claims = Vec::new();
        for item in found.items[first_new..].iter().filter(|f| f.field == field && f.kind == MentionKind::Person) {
            let Ok(at) = tokens.binary_search_by_key(&item.start, |t| t.start) else { continue };
            if at == 0 || !tokens[at].after_bracket {
                continue;
            }
            // Back over the given names only: not a title, a body's word, an
            // abbreviation or a place (`[US Ambassador to India John
            // Kenneth] Galbraith`, `[CCP CC Member] Zhou Enlai`).
            let given = |t: &Token<'_>| {
                t.in_bracket
                    && namey(t)
                    && !t.all_caps
                    && !TITLE.contains(t.lower.as_ref())
                    && !super::places::is_place_name(t.text)
            };
            let mut from = at;
            while from > 0 && given(&tokens[from - 1]) {
                from -= 1;
                if tokens[from].sentence_start {
                    break;
                }
            }
            if from < at {
                claims.push((tokens[from].start, tokens[at - 1].end));
            }
        }
        for (start, end) in claims {
            found.claim(field, start, end);
        }
    }

    /// The word loop of [`People::scan`]: every name `tokens` hold, each
    /// mention's span given by `text_of` (brackets kept or left out).
    fn scan_words(
        &mut self,
        field: TextField,
        text: &str,
        tokens: &[Token<'_>],
        found: &mut FoundSet,
        text_of: impl Fn(usize, usize) -> (usize, usize),
    ) {
        let mut i = 0;
        'words: while i < tokens.len() {
            let t = &tokens[i];
            if found.taken(field, t.start, t.end) {
                i += 1;
                continue;
            }
            // `he [Nhu] cannot assume a positive position`: an editor's bracket
            // of one to three capitalized words right after a personal pronoun
            // names whom the pronoun stands for (not an office: `he [French
            // Counselor]`, nor a place).
            if let Some(k) = pronoun_gloss(tokens, i) {
                let (start, end) = text_of(i, k);
                let name = self.span_text(tokens, i, k);
                if !super::places::is_place_name(&name) && !found.taken(field, start, end) {
                    self.push(found, (field, start, end), &name, "gloss", 0.75);
                    i = k;
                    continue;
                }
            }
            // `I. Shcherbakov` on a line of its own (a Soviet routing note's
            // signer): a section's numeral opening a line is an initial when
            // one surname by its ending fills the rest of the line.
            if let Some(k) = initial_line_name(text, tokens, i) {
                let (start, end) = text_of(i, k);
                let name = self.span_text(tokens, i, k);
                // (A name the tables know is read by them below: `T. Shtykov`.)
                if !found.taken(field, start, end)
                    && self.resolve(&person_key(&name)).1.is_empty()
                    && self.push(found, (field, start, end), &name, "name_pattern", 0.7)
                {
                    i = k;
                    continue;
                }
            }
            // `São José dos Campos`, `Santa Clara`: a given name after a saint's
            // word is a place's name.
            if i > 0
                && t.joined
                && tokens[i - 1].cap
                && crate::lexicon::SAINT_WORDS.contains(tokens[i - 1].lower.as_ref())
            {
                i += 1;
                continue;
            }
            // `anti-Khrushchev campaigns`, `pro-Tito`: a known person after a
            // stance's prefix.
            if let Some(prefix) = ["anti-", "pro-"].iter().find(|p| t.lower.starts_with(**p))
                && let Some(rest) = t.text.get(prefix.len()..)
                && rest.starts_with(char::is_uppercase)
                && let (_, method @ ("gloss" | "authority" | "name_table")) = self.resolve(&person_key(rest))
            {
                self.push(found, (field, t.start + prefix.len(), t.end), rest, method, 0.7);
                i += 1;
                continue;
            }
            // `his sons Yuriy and Nikolay`, `his wife Tamara`: a name right
            // after a possessive and a noun of kin; after a plural, the name
            // after `and` too.
            // Not a people, a body or a common word (`our brother Parties`,
            // `their brothers Poles`), and after `brother` or `sister` (the
            // fraternal parties' words) a given name or two words at least.
            let kin_name = |a: usize, b: usize, noun: &str| {
                let one = b - a == 1;
                let w = &tokens[a];
                let plain = !one
                    || !(super::places::is_demonym(w.text)
                        || w.text.strip_suffix('s').is_some_and(super::places::is_place_adjective)
                        || crate::lexicon::COMMON_WORDS.contains(w.lower.as_ref())
                        || NOT_NAME.contains(w.lower.as_ref())
                        || ORG_HEADS.contains(w.lower.as_ref())
                        || ORG_HEADS.contains(w.lower.trim_end_matches('s')));
                let fraternal = noun.starts_with("brother") || noun.starts_with("sister");
                plain && (!fraternal || !one || GIVEN.contains(w.lower.as_ref()))
            };
            // `his wife Tamara`, or a family's members listed after a colon
            // (`his family from Vienna: wife Kavusyan Humayun Taj and three
            // children`), the noun in lower case.
            let kin_cue = i >= 1
                && crate::lexicon::KIN_NOUNS.contains(tokens[i - 1].lower.as_ref())
                && (i >= 2
                    && crate::lexicon::POSSESSIVES.contains(tokens[i - 2].lower.as_ref())
                    && tokens[i - 1].joined
                    || !tokens[i - 1].cap && text[..tokens[i - 1].start].trim_end().ends_with([':', ';']));
            if namey(t) && t.joined && kin_cue {
                let k = name_run_end(tokens, i);
                let name = self.span_text(tokens, i, k.max(i + 1));
                if k > i && !super::places::is_place_name(&name) && kin_name(i, k, &tokens[i - 1].lower) {
                    let (s, e) = text_of(i, k);
                    self.push(found, (field, s, e), &name, "kin", 0.75);
                    let mut next = k;
                    if tokens[i - 1].lower.ends_with('s')
                        && tokens.get(k).is_some_and(|a| a.joined && a.lower == "and")
                        && tokens.get(k + 1).is_some_and(|n| n.joined && namey(n))
                    {
                        let m = name_run_end(tokens, k + 1);
                        let other = self.span_text(tokens, k + 1, m.max(k + 2));
                        if m > k + 1
                            && !super::places::is_place_name(&other)
                            && kin_name(k + 1, m, &tokens[i - 1].lower)
                        {
                            let (s, e) = text_of(k + 1, m);
                            self.push(found, (field, s, e), &other, "kin", 0.75);
                            next = m;
                        }
                    }
                    i = next;
                    continue;
                }
            }
            // `the Secretary of State (Rusk)`: a bracket after an office names
            // its holder.
            if let Some(k) = bracketed_holder(text, tokens, i) {
                let name = self.span_text(tokens, i, k);
                self.titles = Vec::new();
                if self.push(found, (field, t.start, tokens[k - 1].end), &name, "office_bracket", 0.8) {
                    i = k;
                    continue;
                }
            }
            // A title in lower case counts before its post (`the new US
            // ambassador to Israel, Walworth Barbour`).
            let posted_lower =
                !t.cap && HONORIFIC.contains(t.lower.as_ref()) && posted_name(text, tokens, i + 1).is_some();
            // `Deputy foreign secretary O’Neill`, `the foreign minister
            // Gromyko`: a lower-case title after a word of an office, right
            // before a name.
            let office_lower = !t.cap
                && HONORIFIC.contains(t.lower.as_ref())
                && i > 0
                && t.joined
                && is_title_word(&tokens[i - 1].lower)
                && tokens.get(i + 1).is_some_and(|n| n.joined && namey(n) && !n.all_caps);
            // `minister Rapacki is now in Moskow`, `prof. Prijono and his wife`:
            // a translation's lower-case title right before a name that is no
            // common word, place or body.
            // (Not inside an editor's bracket, which glosses the name after
            // it: `[Mongolian leader Khorloogiin] Choibalsan`.)
            // (Past an editor's bracket naming the office's domain: `the
            // first vice-president [of Somalia] Samantar`.)
            let bare_lower = !t.cap && !t.in_bracket && HONORIFIC.contains(t.lower.trim_end_matches('.')) && {
                let name_at = bracketed_domain_after(tokens, i + 1);
                tokens.get(name_at.unwrap_or(i + 1)).is_some_and(|n| {
                    (n.joined || name_at.is_some())
                        && namey(n)
                        && !n.all_caps
                        && !n.sentence_start
                        && !crate::lexicon::COMMON_WORDS.contains(n.lower.as_ref())
                        && !super::places::is_place_name(n.text)
                })
            };
            // `Chief of the Consular Department Seregin were present`: a title
            // word, `of the`, a body's name ending in its noun, and one surname
            // before the sentence goes on in lower case.
            if let Some(at) = body_head_surname(tokens, i) {
                let (start, end) = text_of(at, at + 1);
                let name = self.span_text(tokens, at, at + 1);
                self.titles = canonical_title(&t.lower).into_iter().collect();
                if self.push(found, (field, start, end), &name, "honorific", 0.8) {
                    i = at + 1;
                    continue;
                }
            }
            let body_member = ends_body_name(tokens, i);
            if (is_honorific(t) || posted_lower || office_lower || bare_lower) && !body_member {
                let mut j = i + 1;
                // `Adjutant General of the Shah Yazdan Panah`: a sovereign the
                // office serves is part of it.
                let of_sovereign = |j: usize| {
                    j >= 2
                        && tokens[j - 1].lower == "the"
                        && tokens[j - 2].lower == "of"
                        && crate::lexicon::SOVEREIGNS.iter().any(|r| r.title == tokens[j].lower)
                };
                // `Minister of Cabinet Affairs Atef Ebeid`: any capitalized
                // word before `Affairs` names the office's field.
                let of_affairs =
                    |j: usize| tokens[j].cap && tokens.get(j + 1).is_some_and(|n| n.joined && n.lower == "affairs");
                // `Deputy Vice-Minister for Foreign Affairs Takashima`: `for`
                // before the field of `… Affairs`, as `of` is.
                let for_affairs = |j: usize| {
                    tokens[j].lower == "for"
                        && j > i
                        && is_title_word(&tokens[j - 1].lower)
                        && tokens.get(j + 1).is_some_and(|n| n.joined)
                        && of_affairs(j + 1)
                };
                // `VLR I Bitterlich`: a German diplomat's rank in capitals
                // and its class in Roman numerals.
                let rank_class = |j: usize| {
                    matches!(tokens[j].text, "I" | "II" | "III")
                        && tokens[j - 1].all_caps
                        && HONORIFIC.contains(tokens[j - 1].lower.as_ref())
                };
                while j < tokens.len()
                    && tokens[j].joined
                    && (is_honorific(&tokens[j])
                        || is_title_word(&tokens[j].lower)
                        || is_abbreviation(&tokens[j])
                        || of_sovereign(j)
                        || of_affairs(j)
                        || for_affairs(j)
                        || rank_class(j))
                    && !tokens[j - 1].possessive
                {
                    j += 1;
                }
                // `Comrade [Minister of Foreign Affairs and Member of the ALP CC]
                // Behar Shtlla`: an editor's bracket of offices between the
                // honorific and the name.
                if let Some(after) = bracketed_office_after(tokens, j) {
                    j = after;
                }
                // `the first vice-president [of Somalia] Samantar`: an
                // editor's bracket naming the office's domain.
                if let Some(after) = bracketed_domain_after(tokens, j) {
                    j = after;
                }
                // `Soviet Ambassador to Ethiopia A.P. Ratanov`, `Ambassador in
                // Hanoi Maneli`: the post's country or city between the title
                // and the name.
                // `the Ambassador of Poland, Kiryluk`: the title words took `of`.
                let post_from = if tokens[j - 1].lower == "of" { j - 1 } else { j };
                if let Some((m, k)) = posted_name(text, tokens, post_from) {
                    let (start, end) = text_of(m, k);
                    let name = self.span_text(tokens, m, k);
                    // (A small town of a surname's spelling holds no post:
                    // `[Cuban Ambassador to Poland?] Perez`.)
                    let place = if tokens[m].after_bracket {
                        super::places::is_state_or_metropolis(&name)
                    } else {
                        super::places::is_place_name(&name)
                    };
                    if !place {
                        self.titles = tokens[i..j].iter().filter_map(|t| canonical_title(&t.lower)).collect();
                        self.push(found, (field, start, end), &name, "honorific_post", 0.8);
                        i = k;
                        continue;
                    }
                }
                // `Deputy Minister of War [SIC] Sergio del Valle`: an editor's
                // mark between the title and the name.
                while tokens.get(j).is_some_and(|t| t.in_bracket && EDITORIAL_MARKS.contains(t.lower.as_ref()))
                    && tokens.get(j + 1).is_some_and(|n| !n.in_bracket && namey(n))
                {
                    j += 1;
                }
                let mut k = name_run_end(tokens, j);
                // `Premierminister Major stimmt dem zu`, `Prime Minister Major on`:
                // a rank that is also a surname closes the office's words and
                // no name follows: it is the name.
                if k == j
                    && j >= i + 2
                    && tokens[j - 1].cap
                    && !tokens[j - 1].all_caps
                    && !tokens[j - 1].text.ends_with('.')
                    && crate::lexicon::RANK_SURNAMES.contains(tokens[j - 1].lower.as_ref())
                    // `General Major` is a rank (not after a military one).
                    && !crate::lexicon::MILITARY_RANKS.contains(tokens[j - 2].lower.trim_end_matches('.'))
                    && tokens.get(j).is_none_or(|n| !n.cap || !n.joined)
                {
                    let (start, end) = text_of(j - 1, j);
                    let name = self.span_text(tokens, j - 1, j);
                    self.titles = tokens[i..j - 1].iter().filter_map(|t| canonical_title(&t.lower)).collect();
                    if self.push(found, (field, start, end), &name, "honorific", 0.8) {
                        i = j;
                        continue;
                    }
                }
                // `Mr. Page, Second Secretary of Embassy`, `Mr. White`: after a
                // courtesy title a capitalized word the stop list holds (a
                // common word) is still the surname, unless it is an office
                // (`Mr. President`) or a place.
                let word_surname = |n: &Token<'_>| {
                    n.joined
                        && n.cap
                        && !n.all_caps
                        && n.text.chars().all(char::is_alphabetic)
                        && NOT_NAME.contains(n.lower.as_ref())
                        && !is_title_word(&n.lower)
                        && !HONORIFIC.contains(n.lower.as_ref())
                        && !super::places::is_place_name(n.text)
                };
                let rank = t.lower.trim_end_matches('.');
                if k == j
                    && j == i + 1
                    && crate::lexicon::COURTESY_TITLES.contains(rank)
                    && tokens.get(j).is_some_and(|n| word_surname(n) && !n.possessive)
                    // (Nor the first word of an office: `Mr. Federal Minister`,
                    // `Mr. People’s Commissar`, `Mr. Head of the Department`.)
                    && tokens.get(j + 1).is_none_or(|n| !(n.joined && (n.cap || n.lower == "of")))
                    // After a military rank too (`General White agreed with
                    // this estimate`), when the sentence goes on in lower case
                    // and no article makes the rank a body's first word (`the
                    // General Line of the party`).
                    || k == j
                        && j == i + 1
                        && crate::lexicon::MILITARY_RANKS.contains(rank)
                        && i.checked_sub(1).is_none_or(|p| !matches!(tokens[p].lower.as_ref(), "the" | "a" | "an"))
                        && tokens.get(j).is_some_and(|n| word_surname(n) && !ORG_HEADS.contains(n.lower.as_ref()))
                        && tokens.get(j + 1).is_some_and(|n| n.joined && !n.cap && n.lower.len() > 3)
                {
                    let (start, end) = text_of(j, j + 1);
                    let name = self.span_text(tokens, j, j + 1);
                    if self.push(found, (field, start, end), &name, "honorific", 0.8) {
                        i = j + 1;
                        continue;
                    }
                }
                // `Ministerialdirektor Schlagintweit Bonn, den 3. Juni 1992`
                // (a German note's heading, its columns run together): a
                // place the gazetteer knows after the surname, then a comma
                // and a date, is where and when the note was written.
                if k > j + 1
                    && tokens.get(k).is_some_and(|n| {
                        // A German date: `den …`, `3. Juni`, `29.04.1993` (not
                        // `Warren Austin, 12 May 1950`).
                        let german_day = n.text.starts_with(|c: char| c.is_ascii_digit())
                            && (n.text.contains('.') || text[n.end..].starts_with('.'));
                        !n.joined && text[tokens[k - 1].end..n.start].trim() == "," && (n.lower == "den" || german_day)
                    })
                    && super::places::is_place_name(tokens[k - 1].text)
                {
                    k -= 1;
                }
                // `Minister of Education`, `President of the Federative
                // Republic`: after `of` or `the` comes the office's domain.
                let domain = matches!(tokens[j - 1].lower.as_ref(), "of" | "the" | "for" | "and");
                // `[Foreign Minister] Subandrio`, `[Prince] Boun Oum`: an
                // editor's bracketed title before the name counts as written.
                // `Deputy Secretary (AMS)`: a short code in capitals in brackets
                // after an office is its department's; so is a section's
                // abbreviation (`First Secretary (Pol)`).
                let code = k == j + 1
                    && tokens[j].bracketed
                    && (tokens[j].all_caps && tokens[j].text.chars().count() <= 4
                        || crate::lexicon::OFFICE_SECTIONS.contains(tokens[j].lower.trim_end_matches('.')));
                // `the Chairman of the Central Revision Committee`: a body's
                // noun after the words makes them the body's name.
                let body_name = k > j
                    && !tokens[k - 1].possessive
                    && tokens.get(k).is_some_and(|n| n.joined && n.cap && ORG_HEADS.contains(n.lower.as_ref()));
                // `General Branch`, `General Secretariat`: a body's noun alone
                // after the title word is the body, no one's name.
                let body_word = k == j + 1 && ORG_HEADS.contains(tokens[j].lower.as_ref());
                if k > j
                    && !domain
                    && !code
                    && !body_name
                    && !body_word
                    && (tokens[j].joined || tokens[j].bracketed || tokens[j].after_bracket)
                    && !tokens[j - 1].possessive
                {
                    let (start, end) = text_of(j, k);
                    let name = self.span_text(tokens, j, k);
                    self.titles = tokens[i..j].iter().filter_map(|t| canonical_title(&t.lower)).collect();
                    // After a title, only a state or region is not a person
                    // (`President Kennedy`, `Charge Green`, not `Ambassador Korea`).
                    if !super::places::is_state_or_region(&name) {
                        self.push(found, (field, start, end), &name, "honorific", 0.85);
                        i = k;
                        continue;
                    }
                }
            }
            // `MULLER, 26 years old, the owner of a truck`, `HERTEL, 18 years of
            // age`: a person's age in apposition after the name (one to three
            // words, no place).
            if namey(t) && !t.initial && !t.bracketed {
                let k = name_run_end(tokens, i);
                let aged = |at: usize| {
                    let (Some(n), Some(y), Some(after)) = (tokens.get(at), tokens.get(at + 1), tokens.get(at + 2))
                    else {
                        return false;
                    };
                    (1..=3).contains(&n.text.len())
                        && n.text.bytes().all(|b| b.is_ascii_digit())
                        && text[tokens[at - 1].end..n.start].trim() == ","
                        && matches!(y.lower.as_ref(), "years" | "year")
                        && (after.lower == "old"
                            || after.lower == "of" && tokens.get(at + 3).is_some_and(|a| a.lower == "age"))
                };
                // A surname in capitals or a name of two words or more, no
                // common word among them (not `Student, 19 years old`).
                let shape = tokens[i..k].iter().all(|w| w.all_caps) || k - i >= 2;
                let plain = tokens[i..k].iter().all(|w| {
                    !crate::lexicon::COMMON_WORDS.contains(w.lower.as_ref()) && !NOT_NAME.contains(w.lower.as_ref())
                });
                if (1..=3).contains(&(k - i)) && shape && plain && !tokens[k - 1].possessive && aged(k) {
                    let name = self.span_text(tokens, i, k);
                    let (start, end) = text_of(i, k);
                    if !super::places::is_place_name(&name) && self.push(found, (field, start, end), &name, "age", 0.8)
                    {
                        i = k;
                        continue;
                    }
                }
            }
            // `Marii Ivanov, Minister of Machinery Construction`, `Om Prakash,
            // Charge d'affaires`, `Kim Changbong, the Minister of Defense`: two
            // or three capitalized words, a comma, then an office. Not at a
            // sentence's start unless a list item (after `;`, `:`, `(` or a
            // line break), where a sentence's first word could be any word.
            if namey(t) && !t.initial && !t.bracketed && !TITLE_CASE_WORDS.contains(t.lower.as_ref()) {
                let k = name_run_end(tokens, i);
                let list_item = i == 0 || text[tokens[i - 1].end..t.start].contains([';', ':', '\n', '(']);
                let n_words = tokens[i..k].iter().filter(|w| !is_name_particle(w)).count();
                // One word only before an office with its domain (`Choibalsan,
                // secretary of the CC`), never a word of another kind.
                // (`Trivedi, the secretary general of the F[oreign] M[inistry]`:
                // a title word may follow the office's word.)
                let of_at = |at: usize| tokens.get(at).is_some_and(|w| w.lower == "of");
                let of_after = |at: usize| {
                    of_at(at)
                        || of_at(at + 1) && tokens.get(at).is_some_and(|w| !w.cap && TITLE.contains(w.lower.as_ref()))
                };
                let office_of = |at: usize| {
                    of_after(at + 1) && tokens.get(at).is_some_and(|o| APPOSITIVE_OFFICES.contains(o.lower.as_ref()))
                };
                let single = n_words == 1 && k == i + 1 && lone_holder(text, tokens, i) && {
                    let at = if tokens.get(k).is_some_and(|n| n.lower == "the") { k + 1 } else { k };
                    office_of(at)
                };
                if ((2..=4).contains(&n_words) || single)
                    && (k - i == n_words || n_words >= 3)
                    && (!t.sentence_start || list_item)
                    && let Some(next) = tokens.get(k)
                    && text[tokens[k - 1].end..next.start].trim() == ","
                    && !tokens[k - 1].possessive
                {
                    let at = if next.lower == "the" { k + 1 } else { k };
                    // `candidate member of`, `first secretary of`: past a
                    // lower-case modifier to the office.
                    let at = match tokens.get(at) {
                        Some(m) if !m.cap && crate::lexicon::OFFICE_MODIFIERS.contains(m.lower.as_ref()) => at + 1,
                        _ => at,
                    };
                    // A capitalized office, or one in lower case with its
                    // domain (`Legesse Asfaw, member of the Permanent Committee`).
                    let opens_office = tokens.get(at).is_some_and(|o| {
                        (o.cap || of_after(at + 1))
                            && APPOSITIVE_OFFICES.contains(o.lower.split(['-', '‐']).next().unwrap_or(""))
                    }) || list_item && body_office(tokens, at);
                    // `… Ambassador-designate to Korea Samuel Berger, the
                    // President's …`: the post's place after `to` or `in` that
                    // opens the run is no part of the name.
                    let from = i
                        .checked_sub(1)
                        .and_then(|prep| posted_name(text, tokens, prep))
                        .filter(|&(_, end)| end == k)
                        .map_or(i, |(name_start, _)| name_start);
                    // `Minister of Communications M.A. Vatandjar, Member of`,
                    // `of PDPA N.A. Nur, member of`: the office's last word or
                    // a body's letters before the initials are no given name.
                    let from = if k - from >= 3
                        && !tokens[from].initial
                        && !is_given(&tokens[from])
                        && tokens[from + 1].initial
                    {
                        from + 1
                    } else {
                        from
                    };
                    let name = self.span_text(tokens, from, k);
                    let wordy = tokens[from..k].iter().any(|w| {
                        TITLE.contains(w.lower.as_ref())
                            || ORG_HEADS.contains(w.lower.as_ref())
                            || APPOSITIVE_OFFICES.contains(w.lower.as_ref())
                    });
                    if opens_office && !wordy && !super::places::is_place_name(&name) {
                        let (start, end) = text_of(from, k);
                        if self.push(found, (field, start, end), &name, "appositive_office", 0.75) {
                            i = k;
                            continue;
                        }
                    }
                }
                // `The foreign minister, Santiago Dantas, presented`, `the GDR
                // ambassador to China, Bierbach,`: the office first, then its
                // holder's name between two commas.
                // `… the Secretary General of the Communist Party of Honduras –
                // Rigoberto Padilla`: a dash for the first comma, the name
                // ending the title.
                let dashed = i > 0 && matches!(text[tokens[i - 1].end..t.start].trim(), "–" | "—");
                // `the Chinese counselor, Gan Den [sic], from`: an editor's
                // `[sic]` may stand between the name and its comma.
                let after = comma_after_name(text, tokens, k);
                if (1..=4).contains(&n_words)
                    && k - i == n_words
                    && !tokens[k - 1].possessive
                    && match tokens.get(k) {
                        // (`the minister of internal affairs, Schäuble. A
                        // psychologically …`: the name may end the sentence.)
                        Some(next) => {
                            after.is_some_and(|next| next < tokens.len())
                                || next.cap && text[tokens[k - 1].end..next.start].trim() == "."
                        }
                        None => dashed && text[tokens[k - 1].end..].trim().is_empty(),
                    }
                    // Not an item of a list (`in the cities of Rezaye, Maku, and Ardebil`).
                    && !after
                        .and_then(|next| tokens.get(next))
                        .is_some_and(|next| matches!(next.lower.as_ref(), "and" | "or"))
                    && office_before(text, tokens, i)
                {
                    let name = self.span_text(tokens, i, k);
                    let wordy = tokens[i..k].iter().any(|w| {
                        TITLE.contains(w.lower.as_ref())
                            || ORG_HEADS.contains(w.lower.as_ref())
                            || APPOSITIVE_OFFICES.contains(w.lower.as_ref())
                    });
                    if !wordy && !super::places::is_place_name(&name) {
                        let (start, end) = text_of(i, k);
                        if self.push(found, (field, start, end), &name, "appositive_office", 0.75) {
                            i = k;
                            continue;
                        }
                    }
                }
            }
            // `Interpreter: He Zhenliang`, `Notetaker: Zhou Shida`: a role
            // label of a conversation record, then the name of who held it;
            // the label may join two roles (`Interpreter and minute-taker:
            // Xiang Zhongpu`).
            let label_end = {
                let mut j = i;
                while tokens.get(j + 1).is_some_and(|n| n.lower == "and")
                    && tokens.get(j + 2).is_some_and(|n| ROLE_LABELS.contains(n.lower.as_ref()))
                {
                    j += 2;
                }
                j
            };
            if ROLE_LABELS.contains(t.lower.as_ref())
                && let Some(next) = tokens.get(label_end + 1)
                && text[tokens[label_end].end..next.start].trim() == ":"
                && next.cap
            {
                // `Notetaker: Comrade E. Schwertner`: an honorific after the
                // label is no part of the name.
                let l = if HONORIFIC.contains(next.lower.as_ref())
                    && tokens.get(label_end + 2).is_some_and(|n| n.joined && n.cap)
                {
                    label_end + 1
                } else {
                    label_end
                };
                let Some(next) = tokens.get(l + 1) else {
                    i += 1;
                    continue;
                };
                // The surname may be an English word (`He`, `Long`).
                let mut k = if namey(next) {
                    name_run_end(tokens, l + 1)
                } else if tokens.get(l + 2).is_some_and(|n| n.joined && namey(n)) {
                    name_run_end(tokens, l + 2)
                } else {
                    l + 1
                };
                // `Interpreter: Huang Jinqi Recorder: Guo Jianzai`, two labels
                // on one line: the next label ends the name.
                if let Some(next_label) = (l + 2..k).find(|&j| {
                    ROLE_LABELS.contains(tokens[j].lower.as_ref())
                        && text[tokens[j].end..].trim_start().starts_with(':')
                }) {
                    k = next_label;
                }
                let name = self.span_text(tokens, l + 1, k);
                // A one-word place is no interpreter; two words after the
                // label are a name even when a town is spelled so (`Notetaker:
                // Lin Qing`, and Linqing in Shandong).
                if k > l + 1
                    && k - l - 1 <= 4
                    && !(k == l + 2 && super::places::is_place_name(&name))
                    && !tokens[l + 1..k].iter().any(|w| NAMED_AFTER.contains(w.lower.as_ref()))
                {
                    let (start, end) = text_of(l + 1, k);
                    if self.push(found, (field, start, end), &name, "role_label", 0.75) {
                        i = k;
                        continue;
                    }
                }
            }
            // `Foreign Ministers Ohira and Ji`, `Comrades Kim and Pak`: a plural
            // title before names joined by `and`.
            if t.cap
                && t.lower.len() > 3
                && t.lower.ends_with('s')
                && HONORIFIC.contains(&t.lower[..t.lower.len() - 1])
                && tokens.get(i + 1).is_some_and(|n| n.joined && namey(n))
                && !body_member
            {
                let mut j = i + 1;
                let mut n_names = 0;
                while j < tokens.len() && namey(&tokens[j]) {
                    let k = name_run_end(tokens, j);
                    let (start, end) = text_of(j, k);
                    let name = self.span_text(tokens, j, k);
                    if !super::places::is_state_or_region(&name) {
                        self.push(found, (field, start, end), &name, "honorific", 0.8);
                        n_names += 1;
                    }
                    j = k;
                    if tokens.get(j).is_some_and(|a| a.lower == "and") {
                        j += 1;
                    } else {
                        break;
                    }
                }
                if n_names > 0 {
                    i = j;
                    continue;
                }
            }
            // `He Long`, `He Zhenliang`: a Chinese surname that is also an
            // English word, inside a sentence, before a capitalized given name
            // of Pinyin or Wade-Giles syllables.
            if t.cap
                && !t.sentence_start
                && !namey(t)
                && CHINESE_SURNAMES.contains(t.lower.as_ref())
                && let Some(given) = tokens
                    .get(i + 1)
                    .filter(|n| n.joined && n.cap && !n.all_caps && n.text.len() > 2 && is_chinese_syllables(n.text))
            {
                let name = format!("{} {}", t.text, given.text);
                if self.push(found, (field, t.start, given.end), &name, "name_pattern", 0.65) {
                    i += 2;
                    continue;
                }
            }
            if let Some(halves) = self.surname_pair(tokens, i) {
                for (s, e) in halves {
                    self.push(found, (field, s, e), &text[s..e], "name_pattern", 0.6);
                }
                i += 1;
                continue;
            }
            if namey(t) || opens_initials(tokens, i) {
                let k = name_run_end(tokens, i);
                // `Kim Il Sung University`: the whole run names an institution,
                // so no shorter part of it (`Kim Il`) is a person either.
                // (Not after a possessive: `Mao Zedong's Group` is his.)
                let institution = (i + 2..=k).find(|&p| {
                    !tokens[p - 1].possessive
                        && tokens.get(p).is_some_and(|n| n.joined && n.cap && NAMED_AFTER.contains(n.lower.as_ref()))
                });
                if let Some(noun) = institution {
                    i = noun + 1;
                    continue;
                }
                for end in (i + 1..=k).rev() {
                    let (s, e) = text_of(i, end);
                    if let Some((method, confidence)) = self.classify(tokens, i, end)
                        && !is_initials_only(&text[s..e])
                    {
                        let name = self.span_text(tokens, i, end);
                        self.push(found, (field, s, e), &name, method, confidence);
                        i = end;
                        continue 'words;
                    }
                }
            }
            i += 1;
        }
    }

    /// The two surnames of a pair joined by a hyphen before a noun of talks
    /// or papers (`the Mikoyan-Suslov Report`, `Andreotti-McNamara
    /// discussions`, `the Molotov-Ribbentrop Pact`): both halves capitalized
    /// words that are no place and no common word, at least one of them a
    /// surname by its ending, by the people database at the document's date
    /// or by a person named in full here (`Sino-Soviet talks` has none).
    /// Returns the byte ranges of the halves.
    fn surname_pair(&self, tokens: &[Token<'_>], i: usize) -> Option<[(usize, usize); 2]> {
        if !tokens.get(i + 1).is_some_and(|n| n.joined && PAIR_NOUNS.contains(n.lower.as_ref())) {
            return None;
        }
        let halves = pair_halves(&tokens[i])?;
        let surname = |w: &str| {
            has_surname_ending(w)
                || super::authority::is_recorded_surname(w, self.year)
                || self.named.values().any(|(surname, _, _)| *surname == person_key(w).key)
        };
        let (a, b) = tokens[i].text.split_once('-')?;
        (surname(a) || surname(b)).then_some(halves)
    }

    /// Lists of names (`Those Taking Part: Bulganin, Voroshilov, Kaganovich`,
    /// `comrades Antal Apró, Béla Biszku and Lajos Fehér`, `Present: Grishin
    /// V.V.; Gromyko A.A.`): items of one to four name words separated by
    /// commas, semicolons or `and`. A list of three items or more is a list of
    /// people when a cue stands just before it (`comrades`, `participants`,
    /// `present`, `attended by`, `signatures`) or when at least two and a third
    /// of its items were already read as people; then every other item is a person
    /// too, unless it is a state or region, or holds an organization's head
    /// noun. Two items are enough after a cue. Position in a list is evidence
    /// that no name table has to hold.
    ///
    /// [`ListPass::AfterModel`] reads the lists again once the person model
    /// has read: only lists it made of people are taken (`Mustafa Murad,
    /// Ilias Shahin, Aakif Usairan, and Moris Salibi`), full names only.
    pub fn scan_lists(
        &mut self,
        field: TextField,
        text: &str,
        tokens: &[Token<'_>],
        pass: ListPass,
        found: &mut FoundSet,
    ) {
        // An editor's description before a name (`[Private Adviser to Prince
        // Sihanouk] Penn Nouth`) is read past: the list is of the names.
        // (A text with no bracket is read as it is.)
        if !tokens.iter().any(|t| t.in_bracket) {
            self.scan_list_words(field, text, tokens, pass, found);
            return;
        }
        let shown: Vec<Token<'_>> = tokens.iter().filter(|t| !t.in_bracket).map(Token::reborrow).collect();
        self.scan_list_words(field, text, &shown, pass, found);
        // A list the editor wrote inside a bracket is read there
        // (`[Attachment to a letter of Comrade Hegen … to Comrades Ulbricht,
        // Stoph, Honecker, and Mattern; 23 February 1968]`).
        let mut i = 0;
        while i < tokens.len() {
            let run = tokens[i..].iter().take_while(|t| t.in_bracket).count();
            if run >= 4 {
                self.scan_list_words(field, text, &tokens[i..i + run], pass, found);
            }
            i += run.max(1);
        }
    }

    /// [`Self::scan_lists`] over words of one piece of text without brackets.
    fn scan_list_words(
        &mut self,
        field: TextField,
        text: &str,
        tokens: &[Token<'_>],
        pass: ListPass,
        found: &mut FoundSet,
    ) {
        let after_model = pass == ListPass::AfterModel;
        let mut i = 0;
        while i < tokens.len() {
            let (items, next) = list_items(text, tokens, i);
            let first = items.first().map_or(i, |item| item.0);
            // So is an office's plural right before the names (`state
            // secretaries [of Foreign Affairs] Van Houten, Calmeyer and De
            // Jong`, `the ministers Luns, Zijlstra and Visser`; not `the
            // Ministers of Defence, Finance and Trade`).
            let cued = (first.saturating_sub(6)..first).any(|p| LIST_CUES.contains(tokens[p].lower.as_ref()))
                || first > 0
                    && (tokens[first].joined || tokens[first].after_bracket)
                    && is_plural_office(&tokens[first - 1].lower)
                    && !ends_body_name(tokens, first - 1);
            // Two names after a cue are a list already (`Present: Madame
            // Sihanouk, Penn Nouth`); without one it takes three.
            // `Printed and Distributed by the Office …`: participles of a
            // passive verb, one word each, before their `by`.
            let passive = items.iter().all(|&(a, b)| b == a + 1 && tokens[a].lower.ends_with("ed"))
                && tokens.get(next).is_some_and(|t| t.lower == "by");
            if items.len() < if cued { 2 } else { 3 } || passive || (after_model && cued) {
                i = next.max(i + 1);
                continue;
            }
            let is_person = |&(a, b): &(usize, usize)| {
                let (s, e) = (tokens[a].start, tokens[b - 1].end);
                found.person_spans(field).any(|(start, end)| start < e && s < end)
            };
            let n_people = items.iter().filter(|item| is_person(item)).count();
            let of_people = n_people >= 2 && 3 * n_people >= items.len();
            if cued || of_people {
                for &(a, b) in &items {
                    let (s, e) = (tokens[a].start, tokens[b - 1].end);
                    if found.taken(field, s, e) || tokens[a..b].iter().any(|t| NAMED_AFTER.contains(t.lower.as_ref())) {
                        continue;
                    }
                    let name = self.span_text(tokens, a, b);
                    // A cue alone does not make a city a person (`members of the
                    // delegation visited Moscow, Leningrad and Kiev`); a list
                    // already of people does (`Bulganin, Voroshilov, Kaganovich`),
                    // but not a metropolis's own name (`… and Mikhail S.
                    // Gorbachev, Moscow, 4 December 1989`).
                    // Nor a place after a preposition of place (`During a trip by
                    // plane from Orneta to Katowice, Cdes. Raul Castro and Zenon
                    // Kliszko`): the list's first item ends the route.
                    // (`to` only at a route's end, after `from` and one word: `to
                    // Jackson, Humphrey, Fulbright and Mansfield` are senators.)
                    let before = |back: usize| a.checked_sub(back).map(|p| tokens[p].lower.as_ref());
                    let routed = super::places::is_place_name(&name)
                        && match before(1) {
                            Some("to") => before(3) == Some("from"),
                            Some(word) => crate::lexicon::LOCATIVE_WORDS.contains(word),
                            None => false,
                        };
                    let place = routed
                        || if of_people {
                            super::places::is_state_or_metropolis(&name)
                        } else {
                            super::places::is_place_name(&name)
                        };
                    // An office among the items (`Political Commissar He
                    // Yunhong`, `…, Directors of the Front`) is no name.
                    let office = tokens[a..b].iter().any(|t| {
                        let lower = t.lower.trim_end_matches('.');
                        let single = lower.strip_suffix('s').unwrap_or(lower);
                        [lower, single].iter().any(|w| TITLE.contains(w) || HONORIFIC.contains(w))
                    });
                    // After the model, a full name only: a word alone between
                    // names is often a body (`the presidents of CNEN, Hervásio
                    // de Carvalho, and Nuclebrás, Paulo Nogueira Batista`).
                    // But a list two thirds of people already, three or more,
                    // takes its one-word items too (`Mohammed Biriya, Doctor
                    // Javid, Shebusteri, Mir Rahim Vilai, Cheshmazer, Padihan,
                    // and others`; `Maček, Mihailović, Gavrilović, Rupnik(696),
                    // Purić, and Šubašić, Bičanić and others`, five of seven).
                    let among_people = b - a == 1
                        && n_people >= 3
                        && 3 * n_people >= 2 * items.len()
                        && !tokens[a].all_caps
                        && !crate::lexicon::COMMON_WORDS.contains(tokens[a].lower.as_ref());
                    let lone = after_model && !among_people && (b - a < 2 || tokens[a..b].iter().any(|t| t.all_caps));
                    // A people is no person (`60 Chinese for the loss of 14
                    // Tibetans`), nor a country's adjective (`between Zhou Enlai
                    // and Philippine's Journalists' Delegation`).
                    let people = b - a == 1
                        && (super::places::is_demonym(&name)
                            || name.strip_suffix('s').is_some_and(super::places::is_place_adjective));
                    // Nor a word the texts write in lower case, alone
                    // (`Finally, Kohl and Kwasniewski`, `a great part of
                    // Control, Eastern and South-East Asia`).
                    let word = b - a == 1 && crate::lexicon::COMMON_WORDS.contains(tokens[a].lower.as_ref());
                    if place || office || lone || people || word || tokens[a..b].iter().all(|t| t.initial) {
                        continue;
                    }
                    self.push(found, (field, s, e), &name, "list", 0.7);
                }
            }
            i = next.max(i + 1);
        }
    }

    /// The words `i..k` joined by single spaces (the text between them is spaces).
    fn span_text(&self, tokens: &[Token<'_>], i: usize, k: usize) -> String {
        tokens[i..k].iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
    }

    /// Whether words `i..k` together are a place's name.
    fn names_place(&self, tokens: &[Token<'_>], i: usize, k: usize) -> bool {
        super::places::is_place_name(&self.span_text(tokens, i, k))
    }

    /// Whether words `i..k` are a person's name, by which method and how surely.
    fn classify(&self, tokens: &[Token<'_>], i: usize, k: usize) -> Option<(&'static str, f32)> {
        let run = &tokens[i..k];
        if super::model::after_firm_noun(tokens, i) {
            return None;
        }
        // `Kennedy Library`, `Lemnitzer Papers`, `Wilson Center`: a name
        // before an institution's or a collection's noun is part of that name;
        // an honour's in lower case too (`the international Lenin award`,
        // `the Stalin prize`; not `the Diem government`, whose person the
        // FRUS markup tags). Not after a possessive (`the Policy of Mao
        // Zedong's Group`): the person is named, the thing is theirs.
        if !run[run.len() - 1].possessive
            && tokens.get(k).is_some_and(|n| {
                n.joined && (n.cap || HONOUR_NOUNS.contains(n.lower.as_ref())) && NAMED_AFTER.contains(n.lower.as_ref())
            })
        {
            return None;
        }
        // The noun inside the run itself (`the Marshall Plan`): the run names
        // the thing, and the shorter run before the noun is read as above.
        // Only a noun no name ends in (`data/lexicon/eponym_nouns.txt`: `Heo
        // Dam` is a person, `Hall` a surname).
        if run.len() >= 2
            && run[run.len() - 1].cap
            && !run[run.len() - 2].possessive
            && EPONYM_NOUNS.contains(run[run.len() - 1].lower.as_ref())
        {
            return None;
        }
        // `the Islands of Habomai and Shikotan`, `the Strait of Tiran`: the
        // name of a feature after its head noun and `of`.
        if after_feature_head(tokens, i) {
            return None;
        }
        // `Washington D.C.`, `WASHINGTON D.C.`: a place and its district's
        // letters.
        if run.len() >= 2 && run[1..].iter().all(|t| t.initial) && super::places::is_place_name(run[0].text) {
            return None;
        }
        let name = self.span_text(tokens, i, k);
        let key = person_key(&name);
        if key.key.is_empty() {
            return None;
        }
        if self.aliases.contains_key(&key.key) {
            return Some(("gloss", 0.85));
        }
        if self.named.contains_key(&key.key) {
            return Some(("document", 0.85));
        }
        let (_, method) = self.resolve(&key);
        if !method.is_empty() && (run.len() > 1 || !run[0].all_caps || run[0].text.len() > 4) {
            return Some((method, if run.len() > 1 { 0.85 } else { 0.75 }));
        }
        if is_name_particle(&run[run.len() - 1]) {
            return None;
        }
        // `Ha Van Lau`, `Nguyen Thi Binh`: a Vietnamese surname, the middle
        // name `Van` or `Thi`, a given name.
        if run.len() == 3 && !run.iter().any(|t| t.all_caps) && vietnamese_opening(run) {
            return Some(("name_pattern", 0.7));
        }
        // `Zhou [Enlai]`: a surname and the given name an editor added, or a
        // code name and the person it stands for (`Friend (Vorster)`). Never a
        // place's gloss (`Guseong [Kusong]`), a code's (`S-NSC
        // (Miscellaneous)`), or the last word of a longer capitalized name
        // with a translator's gloss (`International Organs [Organismos]`).
        // `Rio de Janeiro (Chabasinski)`: after a particle too.
        let inside_name = i > 0
            && run[0].joined
            && (tokens[i - 1].cap
                || i > 1
                    && tokens[i - 1].joined
                    && PLACE_PARTICLES.contains(tokens[i - 1].lower.as_ref())
                    && tokens[i - 2].cap);
        if run.len() == 2
            && !inside_name
            && run[1].bracketed
            && run[1].spaced_bracket
            && !run[0].all_caps
            && !run[0].bracketed
            && !super::places::is_gazetteer_name(run[1].text)
            // (`Beiping-Kalgan [Beijing-Zhangjiakou]`: the bracketed word
            // is no given name when it is a route's towns.)
            && !super::places::is_route(run[1].text)
            && !super::places::is_place_name(run[0].text)
            && !run.iter().any(|t| ORG_HEADS.contains(t.lower.as_ref()) || TITLE.contains(t.lower.as_ref()))
        {
            return Some(("name_pattern", 0.7));
        }
        // `Saleh bin Yousef`, `Ahmad bin al-Mleih`, `al-Shadli al-Makki`: an
        // Arabic particle or article inside a run of capitalized words is a
        // name's shape; a place (`Abu Dhabi`, `Sharm el-Sheikh`) is not a person.
        let arabic =
            |t: &Token<'_>| ARABIC_PARTICLES.contains(t.lower.as_ref()) || super::tokens::has_arabic_article(t.text);
        let n_arabic = run.iter().filter(|t| arabic(t)).count();
        // `Hizb al-Desrouri al-Hur`: after a body's noun, its name.
        let after_org_head = i > 0 && run[0].joined && ORG_HEADS.contains(tokens[i - 1].lower.as_ref());
        if run.len() >= 2
            && !after_org_head
            && n_arabic >= 1
            && (!arabic(&run[0]) || n_arabic >= 2)
            && !super::places::is_place_name(&name)
            && !run.iter().any(|t| ORG_HEADS.contains(t.lower.as_ref()) || TITLE.contains(t.lower.as_ref()))
        {
            return Some(("name_pattern", 0.7));
        }
        // `Abu Nidal`, `Abu Iyad`, `Abu Tariq`, `Abou Ali`: a kunya, `Abu` and one
        // capitalized word, is a person's name unless it is a place's (`Abu
        // Dhabi`).
        if run.len() == 2
            && matches!(run[0].lower.as_ref(), "abu" | "abou")
            && !run[0].all_caps
            && namey(&run[1])
            && !super::places::is_place_name(&name)
            && !ORG_HEADS.contains(run[1].lower.as_ref())
        {
            return Some(("name_pattern", 0.7));
        }
        // `Indira Gandhi Delhi`, `Korea Samuel Berger`: in a flattened text a
        // place runs into a name written in full; the name is the rest.
        if run.len() >= 3
            && (super::places::is_state_or_region(run[0].text)
                || super::places::is_state_or_metropolis(run[run.len() - 1].text))
        {
            return None;
        }
        // `[Zhou] Enlai`, `[Przemysław] Ogrodziński`, `[Luis Alfonso] Zayas`,
        // `Jasha] Almuli`: an editor completed a name the translation gave in
        // part, so the words across the closing bracket are one name.
        // `(China) No` is a place in brackets and a word, not a name; nor is
        // a possessive in brackets (`Council of [Producers’] Cooperatives`).
        let crosses_bracket = !super::places::is_place_name(run[0].text)
            && (run
                .windows(2)
                .any(|pair| {
                    pair[1].after_bracket
                        && !pair[0].possessive
                        && (pair[0].bracketed || pair[0].initial || is_given(&pair[0]))
                })
                // `[Moise Kapenda] Tshombe`: the bracket's given names, then the surname.
                || (1..run.len()).any(|j| run[j].after_bracket && bracket_of_given_names(tokens, i, i + j - 1)));
        // A common word after the bracket is no surname (`[Additional]
        // Participants:`, a header label an editor completed).
        let common_after = crate::lexicon::COMMON_WORDS.contains(run[run.len() - 1].lower.as_ref());
        if run.len() >= 2
            && crosses_bracket
            && !common_after
            && !run[1..].iter().any(|t| t.bracketed || NAMED_AFTER.contains(t.lower.as_ref()))
            && !super::places::is_place_name(&name)
        {
            return Some(("name_pattern", 0.75));
        }
        // `Shimazu Hisanaga`, `Ushiba Nobuhiko`: two Japanese words (not
        // German nouns: `Beide Seiten`).
        if run.len() == 2
            && !self.in_german
            && run.iter().all(|t| super::names::is_japanese_name(t.text))
            && !super::places::is_place_name(&name)
        {
            return Some(("name_pattern", 0.65));
        }
        // `D. R. Vietnam`, `S.R. Romania`: the initials of a state's form.
        // Initials the run ends in open the next name when a surname follows
        // them (`of PDPA S.M. Zeray`: no inverted `PDPA S.M.`).
        let initials_open_next = run[run.len() - 1].initial
            && !run[0].initial
            && tokens.get(k).is_some_and(|n| n.joined && n.cap && !n.initial && namey(n));
        // `B. Bilateral Agreements with Soviets`: a letter that numbers a
        // paragraph, then a word the texts write in lower case, is no name.
        let item_letter = run.len() >= 2
            && run[0].sentence_start
            && run[0].text.chars().count() == 1
            && crate::lexicon::COMMON_WORDS.contains(run[1].lower.as_ref());
        if let Some(confidence) = initials_and_surname(run)
            && !initials_open_next
            && !item_letter
            && !super::places::is_place_name(&name)
            && !super::places::is_state_or_region(run[run.len() - 1].text)
        {
            return Some(("name_pattern", confidence));
        }
        // Two or three plain capitalized words in a person's slot: after `headed
        // by`, `chaired by` (`the other, headed by Rashad Issa`) or a drafting
        // line's `by` (`Typed by Elemérné Vajda three to Center`), or a given
        // name before the surname of someone this document named in full
        // (`Suhail Yamout` after `Sheikh Chafiq Yamout`).
        let plain = |t: &Token<'_>| {
            namey(t)
                && !t.initial
                && !t.all_caps
                && !TITLE.contains(t.lower.as_ref())
                && !ORG_HEADS.contains(t.lower.as_ref())
                && !is_abbreviation(t)
        };
        if (2..=3).contains(&run.len()) && run.iter().all(plain) && !super::places::is_place_name(&name) {
            // (`Prepared by: Ota Jiroušek`: a colon may follow the `by`;
            // any two-character gap is taken so, as the tokens keep no text.)
            let led = i >= 2
                && tokens[i - 1].lower == "by"
                && (run[0].joined || run[0].start == tokens[i - 1].end + 2)
                && (LEADING_VERBS.contains(tokens[i - 2].lower.as_ref())
                    || DRAFTING.contains(tokens[i - 2].lower.as_ref()));
            if led {
                return Some(("context", 0.7));
            }
            // (Not a sentence's first word that is a common one: `Later
            // Kowalski left` names Kowalski.)
            let opener = run[0].sentence_start
                && crate::lexicon::COMMON_WORDS.contains(run[0].lower.as_ref())
                && !is_given(&run[0]);
            if run.len() == 2 && !opener && self.named.values().any(|(surname, _, _)| *surname == key.surname) {
                return Some(("document", 0.7));
            }
        }
        // `Vavruš [a ČTK reporter] has an opportunity`, `Boldizsar [a
        // journalist member of the democratic opposition-J.G.]`: an editor's
        // bracket right after the name says what office or trade its bearer
        // had.
        let described =
            tokens.get(k).is_some_and(|b| b.in_bracket && b.spaced_bracket)
                && tokens[k..].iter().take_while(|b| b.in_bracket).take(10).any(|b| {
                    crate::lexicon::APPOSITIVE_OFFICES.contains(b.lower.split(['-', '‐']).next().unwrap_or(""))
                });
        if (1..=2).contains(&run.len())
            && described
            && run.iter().all(plain)
            && !(run[0].sentence_start && crate::lexicon::COMMON_WORDS.contains(run[0].lower.as_ref()))
            && !super::places::is_place_name(&name)
            && !super::places::is_demonym(&name)
        {
            return Some(("context", 0.7));
        }
        // `a leader by the name of Abou Ali`, `a man called Fahmi`: a phrase
        // that introduces a person's name.
        if (1..=3).contains(&run.len())
            && run[0].joined
            && !run[0].sentence_start
            && run.iter().all(plain)
            && introduces_name(tokens, i)
            && !super::places::is_place_name(&name)
        {
            return Some(("context", 0.7));
        }
        if run.len() == 1 {
            let t = &run[0];
            // `the Uruguayan chargé`: a nationality, whatever its ending says;
            // `in Chomutov`, `the cities of Rezaye, Maku, and Ardebil`: a town.
            if t.all_caps || super::places::is_demonym(t.text) || in_locative_list(tokens, i) {
                return None;
            }
            let before = i.checked_sub(1).map(|p| &tokens[p]);
            let before2 = i.checked_sub(2).map(|p| &tokens[p]);
            // `Drafted by Green`, `cleared with Bacon and Jenkins`.
            // And a cipher office's mark with its date and hour between
            // (`Decoded on 02.28.1962 at 08:50 by Pospychala`).
            let marked = before.is_some_and(|b| b.lower == "by")
                && (i.saturating_sub(9)..i.saturating_sub(2)).any(|p| {
                    crate::lexicon::CIPHER_MARKS.contains(tokens[p].lower.as_ref())
                        && tokens.get(p + 1).is_some_and(|n| matches!(n.lower.as_ref(), "on" | "at"))
                });
            // (An office's word is no drafter: `accompanied by the Ambassador
            // Extraordinaire and Plenipotentiary`.)
            let drafted = (before.is_some_and(|b| matches!(b.lower.as_ref(), "by" | "with"))
                && before2.is_some_and(|b| DRAFTING.contains(b.lower.as_ref()))
                || marked
                || before.is_some_and(|b| b.lower == "and") && self.drafting_list(tokens, i))
                && !TITLE.contains(t.lower.as_ref());
            // `Kvitsinsky will speak with …`: an auxiliary may come between.
            let verb_at = if tokens
                .get(k)
                .is_some_and(|n| n.joined && crate::lexicon::AUXILIARY_VERBS.contains(n.lower.as_ref()))
            {
                k + 1
            } else {
                k
            };
            let speech_verb = tokens.get(verb_at).is_some_and(|n| n.joined && SPEECH_VERBS.contains(n.lower.as_ref()));
            // `the Soviet Committee for Solidarity explained`: a body's name ends
            // in the word.
            // Nor an office's domain (`Deputy Minister of Culture would explain`).
            let body_name = before.is_some_and(|b| matches!(b.lower.as_ref(), "for" | "of"))
                && before2.is_some_and(|b| {
                    b.cap
                        && (ORG_HEADS.contains(b.lower.as_ref())
                            || TITLE.contains(b.lower.as_ref())
                            || HONORIFIC.contains(b.lower.as_ref()))
                });
            // `the DPRK Minister of Higher Education said`: the last word of
            // a longer capitalized name is no speaker.
            let in_longer_name = before.is_some_and(|b| b.cap && t.joined && !b.sentence_start && !is_honorific(b));
            let speaks = !t.sentence_start && speech_verb && !body_name && !in_longer_name;
            // `Pawley (who, according to the “Times”, arrived …`, `Taraki,
            // who`: a relative clause of a person after a word no list
            // writes in lower case; not a state, a city, a month, a body or a
            // people (`the Egyptians, who`).
            let who = tokens.get(k).is_some_and(|n| n.lower == "who" && !n.cap && !n.joined)
                && !t.sentence_start
                && !body_name
                && !in_longer_name
                && !NOT_NAME.contains(t.lower.as_ref())
                && !crate::lexicon::COMMON_WORDS.contains(t.lower.as_ref())
                && !ORG_HEADS.contains(t.lower.as_ref())
                && !TITLE.contains(t.lower.as_ref())
                && !t.text.strip_suffix('s').is_some_and(super::places::is_demonym);
            if (drafted || speaks || who) && !super::places::is_place_name(&name) {
                return Some(("context", 0.6));
            }
            // Two signals together: a person's context that a sentence's
            // first word, a participle's subject or a place could also fill
            // (`Rostow disagreed`, `Green described`, `a memorandum from
            // Lemnitzer to McNamara`), and a surname of the people database
            // active at the document's date. `Everyone agreed` and `the policy
            // described` have the context, not the surname.
            // The surname of someone named in full here is left to
            // [`People::link_surnames`], which links it to that person.
            let plain_word =
                !NOT_NAME.contains(t.lower.as_ref()) && !TITLE.contains(t.lower.as_ref()) && !is_honorific(t);
            let surname_of_named = self.named.values().any(|(surname, _, _)| *surname == key.key);
            if plain_word
                && !surname_of_named
                && (speech_verb
                    || tokens.get(k).is_some_and(|n| n.joined && REPORT_VERBS.contains(n.lower.as_ref()))
                    || correspondent_slot(tokens, i)
                    || handing_slot(tokens, i))
                // A town may share the surname (`Rostow`, `Cleveland`); with
                // both signals only a state or a metropolis outweighs them.
                && !super::places::is_state_or_metropolis(&name)
                && super::authority::is_recorded_surname(t.text, self.year)
            {
                return Some(("context", 0.6));
            }
            // `Malinowski`, `Kwasniewski`, `Chumicheva`, `Ceausescu`,
            // `Shevardnadze`: a surname by its ending (Polish, Russian feminine,
            // Romanian, Georgian, Ukrainian), inside a sentence, no place.
            // At a sentence's start the ending needs a verb of speech after it
            // too (`Lesakov told us`), and the surname of someone named in full
            // here is left to the surname linking.
            if (!t.sentence_start || speech_verb && !surname_of_named)
                && plain_word
                && has_surname_ending(t.text)
                && !super::places::is_place_name(&name)
                && !in_locative_list(tokens, i)
            {
                return Some(("name_pattern", 0.6));
            }
            // `Ohira`, `Matsunaga`, `Hashimoto`: a word made only of Japanese
            // syllables, long enough that English words rarely are.
            // Not inside a longer capitalized name (`Addis Ababa`, `Paese
            // Sera`), unless that name is Japanese too (`Shimazu Hisanaga`).
            let foreign = |n: &Token<'_>| n.cap && !n.initial && !super::names::is_japanese_name(n.text);
            // `Rio de Janeiro`: after a particle that follows a capitalized
            // word, the word ends a longer name.
            let after_particle = before.is_some_and(|b| t.joined && PLACE_PARTICLES.contains(b.lower.as_ref()))
                && before2.is_some_and(|b| b.cap);
            // Nor a half of a place whose other half is Japanese-shaped too
            // (`Santo Domingo`: `san-to`, `do-mi-n-go`).
            let pair_place = before.is_some_and(|b| t.joined && b.cap && self.names_place(tokens, i - 1, k))
                || tokens.get(k).is_some_and(|n| n.joined && n.cap && self.names_place(tokens, i, k + 1));
            let capitalized_neighbour = after_particle
                || pair_place
                || before.is_some_and(|b| t.joined && foreign(b))
                || tokens.get(k).is_some_and(|n| n.joined && foreign(n));
            // Never a title word of that shape (`the Attache of the Polish
            // Embassy`: `a-t-ta-che`).
            if !t.sentence_start
                && !capitalized_neighbour
                && !self.in_german
                && !is_title_word(&t.lower)
                && super::names::is_japanese_name(t.text)
                && !super::places::is_place_name(&name)
            {
                return Some(("name_pattern", 0.6));
            }
            // A bare Chinese or Korean surname that is no English word
            // (`Wang`, `Kim`, `Chiang`) inside a sentence names a person.
            if !t.sentence_start && SURNAMES_ALONE.contains(t.lower.as_ref()) {
                return Some(("name_pattern", 0.6));
            }
            return None;
        }
        // `CARLOS FERNANDEZ TRUJILLO`, `SERGIO GORRETA MUNDIM`: a name in
        // capitals, as Latin American memoranda write them, opens with a
        // common given name; a heading in capitals holds a title, a body's
        // noun or a common word.
        if run.iter().all(|t| t.all_caps) {
            let plain = |t: &Token<'_>| {
                !NOT_NAME.contains(t.lower.as_ref())
                    && !TITLE.contains(t.lower.as_ref())
                    && !ORG_HEADS.contains(t.lower.as_ref())
                    && !is_abbreviation(t)
            };
            // Particles do not count (`JOSÉ MARIA DINIZ RUIZ DE GAMBOA`).
            let n_words = run.iter().filter(|t| !is_name_particle(t)).count();
            let shouted_name = (2..=5).contains(&n_words)
                && run.len() <= 6
                && run[0].text.len() >= 4
                && is_given(&run[0])
                && run.iter().all(plain)
                && !super::places::is_place_name(&name);
            // `WANG JIAXIANG should have already informed you`: a Chinese name
            // in capitals, as Soviet cables write names, among words in lower
            // case (never a heading in capitals).
            let in_prose = |k: Option<usize>| {
                k.and_then(|k| tokens.get(k)).is_some_and(|t| !t.cap && t.text.chars().any(char::is_lowercase))
            };
            let chinese = (2..=3).contains(&run.len())
                && CHINESE_SURNAMES.contains(run[0].lower.as_ref())
                && run[1..].iter().all(|t| is_chinese_syllables(t.text))
                && (in_prose(i.checked_sub(1)) || in_prose(Some(i + run.len())))
                && !super::places::is_place_name(&name);
            return (shouted_name || chinese).then_some(("name_pattern", 0.65));
        }
        if super::places::is_place_name(&name) {
            return None;
        }
        let first = run[0].lower.as_ref();
        let syllabic = |t: &Token<'_>| t.text.split('-').all(|p| p.len() <= 6 && p.chars().all(char::is_alphabetic));
        // (Not a feature's name: `Ha Long Bay`.)
        let feature = || run.iter().any(|t| crate::lexicon::FEATURE_HEADS.contains(t.lower.as_ref()));
        if super::names::is_korean_surname(first) && run.len() <= 4 && run[1..].iter().all(syllabic) && !feature() {
            return Some(("name_pattern", 0.7));
        }
        if CHINESE_SURNAMES.contains(first) && run.len() <= 3 && run[1..].iter().all(|t| is_chinese_syllables(t.text)) {
            return Some(("name_pattern", 0.7));
        }
        // `Tae Il-min`, `Ryom Sok-gu`, `Bang Jong-gap`: one Korean syllable and
        // a given name of two joined by a hyphen, the second in lower case, is
        // a Korean name in McCune-Reischauer or Revised Romanization even when
        // the surname is a rare one.
        let korean_given = |t: &Token<'_>| {
            t.text.split_once('-').is_some_and(|(a, b)| {
                a.starts_with(|c: char| c.is_ascii_uppercase())
                    && b.starts_with(|c: char| c.is_ascii_lowercase())
                    && super::names::is_korean_syllable(a)
                    && super::names::is_korean_syllable(b)
            })
        };
        if run.len() == 2
            && !run[0].all_caps
            && (2..=5).contains(&run[0].text.len())
            && super::names::is_korean_syllable(run[0].text)
            && korean_given(&run[1])
            && !feature()
        {
            return Some(("name_pattern", 0.65));
        }
        // `Tran Tu Binh`, `Vo Nguyen Giap`, `Le Duan`: a Vietnamese surname
        // and one or two syllables of the language, none a word written in
        // lower case elsewhere (`Do Not`, `Ha Long`).
        let given_syllable = |t: &Token<'_>| {
            super::names::is_vietnamese_syllable(t.text) && !crate::lexicon::COMMON_WORDS.contains(t.lower.as_ref())
        };
        // Nor inside a longer run of such syllables, a title in Vietnamese
        // (`Van Kien Dang Toan tap`, `Dang Cong san Viet Nam`), whose small
        // words are no English ones.
        let syllable_beside = |k: Option<usize>| {
            k.and_then(|k| tokens.get(k)).is_some_and(|t| {
                let capitalized = super::names::title_case(t.text);
                super::names::is_vietnamese_syllable(&capitalized)
                    && (t.cap || !crate::lexicon::COMMON_WORDS.contains(t.lower.as_ref()))
            })
        };
        if crate::lexicon::VIETNAMESE_SURNAMES.contains(first)
            && (2..=3).contains(&run.len())
            && !run[0].all_caps
            && run[1..].iter().all(given_syllable)
            && !(run[0].joined && syllable_beside(i.checked_sub(1)))
            && !(tokens.get(i + run.len()).is_some_and(|n| n.joined) && syllable_beside(Some(i + run.len())))
        {
            return Some(("name_pattern", 0.7));
        }
        if GIVEN.contains(first) || !first.is_ascii() && GIVEN.contains(dossier_gazetteer::ascii_fold(first).as_str()) {
            return Some(("name_pattern", 0.75));
        }
        // `Ionescu Teofil had a conversation`, `Popescu Ion was also invited`:
        // the surname first, as Romanian and Hungarian officials write names,
        // a surname by its ending before a given name that is no common word.
        if let [surname, given] = run
            && has_surname_ending(surname.text)
            && is_given_name(&given.lower)
            && !given.all_caps
            && !crate::lexicon::COMMON_WORDS.contains(given.lower.as_ref())
        {
            return Some(("name_pattern", 0.7));
        }
        None
    }

    /// True when word `i` continues a list after "drafted by X, Y and".
    fn drafting_list(&self, tokens: &[Token<'_>], i: usize) -> bool {
        let from = i.saturating_sub(6);
        tokens[from..i].windows(2).any(|w| w[1].lower == "by" && DRAFTING.contains(w[0].lower.as_ref()))
    }

    /// Single words that are the surname of someone named in full in the
    /// document, or a name already read as a person's in it (after a title, in
    /// a drafting line): every such word is a mention of that person when the
    /// surname is unambiguous.
    /// `Sir Anthony Duff and Schaufele`, `Mossadegh and Fatemi`: capitalized
    /// words joined by `and` to a person the document names are a person too
    /// (method `list`: a list of two), when they read as a name (one to three
    /// name words, none written in lower case elsewhere, no place, no body).
    pub fn read_pairs(&mut self, field: TextField, text: &str, tokens: &[Token<'_>], found: &mut FoundSet) {
        // The person mentions of this field, by their spans and their ends,
        // looked up once per `and` (and kept up to date as pairs are read).
        let mut spans: HashSet<(usize, usize)> = found.person_spans(field).collect();
        let mut ends: HashSet<usize> = spans.iter().map(|&(_, end)| end).collect();
        let name_like = |words: &[Token<'_>]| {
            (1..=3).contains(&words.len())
                && words.iter().all(|t| {
                    namey(t)
                        && !t.initial
                        && !t.all_caps
                        && !t.bracketed
                        && !t.in_bracket
                        // `Saddam and High-Ranking Officials`: no part a common word.
                        && !t.lower.split('-').any(|part| crate::lexicon::COMMON_WORDS.contains(part))
                        && !is_title_word(t.lower.as_ref())
                })
                && words.windows(2).all(|w| w[1].joined)
        };
        for (idx, and) in tokens.iter().enumerate() {
            // German `und` too (`die Abgeordneten Saadi und Saddatian`).
            if !matches!(and.lower.as_ref(), "and" | "und")
                || idx == 0
                || idx + 1 >= tokens.len()
                || !and.joined
                || !tokens[idx + 1].joined
            {
                continue;
            }
            // The person before `and`, the new name after it …
            let (left, right) = (&tokens[idx - 1], &tokens[idx + 1]);
            let left_person = ends.contains(&left.end);
            let mut candidate = None;
            if left_person && !found.taken(field, right.start, right.end) {
                let k = name_run_end(tokens, idx + 1).min(idx + 4);
                if k > idx + 1 {
                    candidate = Some((idx + 1, k));
                }
            }
            // … or the new name before `and`, the person after it.
            if candidate.is_none() && !found.taken(field, left.start, left.end) {
                let mut from = idx;
                while from > 0 && idx - from < 3 && namey(&tokens[from - 1]) && (from == idx || tokens[from].joined) {
                    from -= 1;
                }
                let k = name_run_end(tokens, idx + 1);
                if from < idx && k > idx + 1 && spans.contains(&(right.start, tokens[k - 1].end)) {
                    candidate = Some((from, idx));
                }
            }
            let Some((a, b)) = candidate else { continue };
            // `Souvanna Phouma and Crown Prince Souphanouvong`: words before a
            // title belong to the title.
            if tokens
                .get(b)
                .is_some_and(|t| t.joined && (is_title_word(t.lower.as_ref()) || HONORIFIC.contains(t.lower.as_ref())))
            {
                continue;
            }
            let words = &tokens[a..b];
            let (start, end) = (words[0].start, words[words.len() - 1].end);
            let name = &text[start..end];
            if !name_like(words)
                || found.taken(field, start, end)
                || words[0].sentence_start && b - a == 1
                || super::places::is_place_name(name)
                || super::places::is_demonym(name)
            {
                continue;
            }
            if self.push(found, (field, start, end), name, "list", 0.6) {
                spans.insert((start, end));
                ends.insert(end);
            }
        }
    }

    pub fn link_surnames(&mut self, field: TextField, text: &str, tokens: &[Token<'_>], found: &mut FoundSet) {
        let by_surname = self.surname_index();
        let mut singles: HashMap<String, Option<EntityRef>> = HashMap::default();
        for f in found.items.iter().filter(|f| f.kind == MentionKind::Person) {
            let name = match f.field {
                TextField::Body | TextField::Title | TextField::Summary => &f.entity.canonical_name,
                _ => continue,
            };
            let key = person_key(name);
            let slot = singles.entry(key.surname).or_insert_with(|| Some(f.entity.clone()));
            if slot.as_ref().is_some_and(|e| e.id != f.entity.id) {
                *slot = None;
            }
        }
        let mut recency = Recency::new(found, field, text);
        for (idx, t) in tokens.iter().enumerate() {
            if !namey(t) || t.all_caps || found.taken(field, t.start, t.end) || after_feature_head(tokens, idx) {
                continue;
            }
            if t.sentence_start && tokens.get(idx + 1).is_some_and(|n| n.joined && namey(n)) {
                continue;
            }
            if tokens.get(idx + 1).is_some_and(|n| n.joined && namey(n))
                || idx > 0 && tokens[idx].joined && namey(&tokens[idx - 1])
            {
                continue;
            }
            let keys = surname_keys(t.text);
            let mut shared = false;
            let full = keys.iter().find_map(|k| match by_surname.get(k).map(Vec::as_slice) {
                Some([(entity, _)]) => Some(entity.clone()),
                Some(several @ [_, _, ..]) => {
                    let nearest = recency.nearest_before(found, t.start, &[], several);
                    shared |= nearest.is_some();
                    nearest
                }
                _ => None,
            });
            let (entity, method) = match full {
                Some(entity) => (Some(entity), "surname"),
                None => (keys.iter().find_map(|k| singles.get(k).cloned().flatten()), "document"),
            };
            let Some(entity) = entity else { continue };
            if super::places::is_state_or_region(t.text) {
                continue;
            }
            let confidence = match (shared, t.sentence_start) {
                (true, _) => 0.6,
                (false, true) => 0.7,
                (false, false) => 0.8,
            };
            let n_before = found.items.len();
            found.push(Found {
                kind: MentionKind::Person,
                field,
                start: t.start,
                end: t.end,
                entity,
                method,
                confidence,
            });
            if found.items.len() > n_before {
                recency.record(found, n_before);
            }
        }
    }

    /// Surname key → the people of this document named in full with it, and
    /// the titles they were named with.
    fn surname_index(&self) -> HashMap<String, Vec<(EntityRef, Vec<&'static str>)>> {
        let mut by_surname: HashMap<String, Vec<(EntityRef, Vec<&'static str>)>> = HashMap::default();
        let mut named: Vec<_> = self.named.iter().collect();
        named.sort_by(|a, b| a.0.cmp(b.0));
        for (key, (surname, entity, titles)) in named {
            if !key.contains(' ') {
                continue;
            }
            let list = by_surname.entry(surname.clone()).or_default();
            match list.iter_mut().find(|(e, _)| e.id == entity.id) {
                Some((_, known)) => known.extend(titles.iter().copied()),
                None => list.push((entity.clone(), titles.clone())),
            }
        }
        by_surname
    }

    /// Links the surname-only mentions found before their full name was seen;
    /// when two people share the surname, the title decides (`Gen Chang` is
    /// the one named as a general), else the one named last before it.
    pub fn finish(&mut self, texts: &super::Texts<'_>, found: &mut FoundSet) {
        let by_surname = self.surname_index();
        for (_, entity, titles) in self.named.values() {
            self.entity_titles.entry(entity.id.clone()).or_default().extend(titles.iter().copied());
        }
        for (idx, _, titles) in &self.single {
            if let Some(item) = found.items.get(*idx) {
                self.entity_titles.entry(item.entity.id.clone()).or_default().extend(titles.iter().copied());
            }
        }
        let mut recency: Vec<(TextField, Recency)> = Vec::new();
        for (idx, key, titles) in std::mem::take(&mut self.single) {
            let Some(item) = found.items.get(idx) else { continue };
            if item.kind != MentionKind::Person {
                continue;
            }
            let (field, start) = (item.field, item.start);
            let candidates = by_surname.get(&key.key).map(Vec::as_slice).unwrap_or_default();
            let pick = match candidates {
                [(entity, _)] => Some(entity.clone()),
                _ => {
                    let titled: Vec<_> =
                        candidates.iter().filter(|(_, known)| titles.iter().any(|t| known.contains(t))).collect();
                    match titled.as_slice() {
                        [(entity, _)] => Some(entity.clone()),
                        _ if candidates.len() > 1 => {
                            let at = match recency.iter().position(|(f, _)| *f == field) {
                                Some(at) => at,
                                None => {
                                    let text = texts.get(field).unwrap_or_default();
                                    recency.push((field, Recency::new(found, field, text)));
                                    recency.len() - 1
                                }
                            };
                            let nearest = recency[at].1.nearest_before(found, start, &titles, candidates);
                            if nearest.is_some() {
                                found.items[idx].confidence = 0.6;
                            }
                            nearest
                        }
                        _ => None,
                    }
                }
            };
            if let Some(entity) = pick {
                self.entity_titles.entry(entity.id.clone()).or_default().extend(titles.iter().copied());
                found.items[idx].entity = entity;
                if let Some((_, index)) = recency.iter_mut().find(|(f, _)| *f == field) {
                    index.record(found, idx);
                }
            }
        }
    }
}

/// Where the people of one text were mentioned, for reading a bare surname
/// shared by several of them: built once per pass over the text and updated as
/// mentions are linked, so each lookup is a few binary searches whatever the
/// length of the text.
struct Recency {
    field: TextField,
    /// Byte offsets where the text's paragraphs start, ascending.
    paragraphs: Vec<usize>,
    /// Entity id → the start of each of its mentions → that mention's index in
    /// `found.items`.
    by_id: HashMap<String, BTreeMap<usize, usize>>,
}

impl Recency {
    fn new(found: &FoundSet, field: TextField, text: &str) -> Self {
        let mut paragraphs = vec![0];
        paragraphs.extend(text.match_indices("\n\n").map(|(at, _)| at + 2));
        let mut recency = Recency { field, paragraphs, by_id: HashMap::default() };
        for idx in 0..found.items.len() {
            recency.record(found, idx);
        }
        recency
    }

    /// Notes mention `idx` of `found` under its current entity.
    fn record(&mut self, found: &FoundSet, idx: usize) {
        let f = &found.items[idx];
        if f.kind == MentionKind::Person && f.field == self.field {
            self.by_id.entry(f.entity.id.clone()).or_default().insert(f.start, idx);
        }
    }

    /// When several people named in full share a surname (`Chang To-yong`,
    /// `Chang Myon`), a bare surname at `at` is read as the one of them mentioned
    /// last before it in the same paragraph, as a reader would, leaving out
    /// anyone known in the document by other titles than the mention's
    /// (`General Chang` is not the one named as prime minister). `None` when no
    /// such mention precedes it in the paragraph.
    fn nearest_before(
        &self,
        found: &FoundSet,
        at: usize,
        titles: &[&'static str],
        candidates: &[(EntityRef, Vec<&'static str>)],
    ) -> Option<EntityRef> {
        let paragraph_start = self.paragraphs[self.paragraphs.partition_point(|&p| p <= at) - 1];
        let fits =
            |known: &[&'static str]| titles.is_empty() || known.is_empty() || titles.iter().any(|t| known.contains(t));
        candidates
            .iter()
            .filter(|(_, known)| fits(known))
            .filter_map(|(e, _)| {
                let (_, &idx) = self.by_id.get(&e.id)?.range(paragraph_start..at).next_back()?;
                let f = &found.items[idx];
                (f.end <= at && f.entity.id == e.id).then_some(f)
            })
            .max_by_key(|f| f.start)
            .map(|f| f.entity.clone())
    }
}

/// True for a one-word name that cannot be a person's: a word with no vowel
/// (`BKP`, `RWP`, `CM`, an abbreviation; the Chinese surname `Ng` aside), or a
/// people's name made from a country's (`Guinean`, `Iraqi`, `Japanese`).
fn not_a_name(name: &str, key: &str) -> bool {
    let no_vowel = !key.contains(['a', 'e', 'i', 'o', 'u', 'y']) && !CHINESE_SURNAMES.contains(key);
    let word = name.trim();
    let demonym = word.len() > 4
        && word.starts_with(char::is_uppercase)
        && [word.strip_suffix('n').map(str::to_owned), word.strip_suffix('i').map(str::to_owned)]
            .into_iter()
            .chain([
                word.strip_suffix("ese").map(|stem| format!("{stem}a")),
                word.strip_suffix("ese").map(str::to_owned),
                // The name's final `e` dropped (`Zairian`).
                word.strip_suffix("ian").map(|stem| format!("{stem}e")),
            ])
            .flatten()
            .any(|stem| stem.len() > 3 && super::places::is_state_or_region(&stem));
    // `The Indonesian Ambassador Discussed the Issue`: a verb's past tense,
    // capitalized in a headline, written in lower case elsewhere.
    let past_tense = key.len() > 4 && key.ends_with("ed") && crate::lexicon::COMMON_WORDS.contains(key);
    // `Draft General Cooperation Agreement`: an abstract noun.
    let abstract_noun = key.len() >= 7
        && crate::lexicon::ABSTRACT_ENDINGS.iter().any(|e| key.ends_with(e))
        && crate::lexicon::COMMON_WORDS.contains(key);
    // `Ghanaian side participants`: `-ian` after the country's whole name.
    no_vowel || demonym || past_tense || abstract_noun || super::places::is_demonym(word)
}

/// True when `name` opens with an ordinal (`Tenth Interkit Meeting`, `Third
/// Plenum`): a numbered meeting or body, never a person's name.
fn opens_with_ordinal(name: &str) -> bool {
    name.split_whitespace().next().is_some_and(|first| {
        let lower = first.to_lowercase();
        crate::lexicon::ORDINAL_WORDS.contains(lower.as_str())
    })
}

/// A title word, or a hyphenated one made of title words and honorifics
/// (`Vice-Minister`, `General-Secretary`), lowercased: part of the title
/// before a name, never the name.
pub(crate) fn is_title_word(lower: &str) -> bool {
    TITLE.contains(lower)
        || lower.contains(['-', '‑'])
            && lower.split(['-', '‑']).all(|part| TITLE.contains(part) || HONORIFIC.contains(part))
}

/// True when `lower` is the plural of an office or a rank (`secretaries`,
/// `ministers`, `ambassadors`, `generals`).
fn is_plural_office(lower: &str) -> bool {
    super::names::singular(lower).is_some_and(|one| TITLE.contains(one.as_str()) || HONORIFIC.contains(one.as_str()))
}

/// True when every word of `name` is an initial (`Ye.`, `A.`, `A`) and one
/// of them has its full stop: no surname stands among them. (`U Nu`, without
/// a full stop, is a name.)
fn is_initials_only(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().flat_map(|w| w.split_inclusive('.')).collect();
    let initial = |w: &&str| {
        let bare = w.trim_end_matches('.');
        (1..=2).contains(&bare.chars().count())
            && bare.starts_with(|c: char| c.is_uppercase())
            && bare.chars().skip(1).all(char::is_lowercase)
    };
    !words.is_empty() && words.iter().all(initial) && name.contains('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `east-europe-bz`: `Ye. A. furtseVa.` (a garbled surname) leaves its
    /// initials, which name no one; `U Nu` has no full stop and is a name.
    #[test]
    fn initials_alone_are_no_name() {
        assert!(is_initials_only("Ye. A"));
        assert!(is_initials_only("Yu.V."));
        assert!(!is_initials_only("U Nu"));
        assert!(!is_initials_only("A. N. KOSYgin"));
        assert!(!is_initials_only("Ye. A. Furtseva"));
    }

    #[test]
    fn an_acronym_in_brackets_is_no_surname() {
        let text = "the Commission for International Economic Cooperation and Development";
        let tokens = super::super::tokens::tokenize(text);
        assert!(is_acronym_of("CIECD", &tokens));
        assert!(!is_acronym_of("PHOLSENA", &tokens));
    }

    #[test]
    fn surname_endings_need_a_stem() {
        for word in [
            "Malinowski",
            "Kwasniewski",
            "Chumicheva",
            "Ceausescu",
            "Shevardnadze",
            "Kvitsinsky",
            "Vinogradov",
            "Brezhnev",
            "Ranković",
        ] {
            assert!(has_surname_ending(word), "{word}");
        }
        for word in ["Nova", "Eva", "Ska", "malinowski", "O'Ska", "Lvov", "Czechgov", "Sovgov"] {
            assert!(!has_surname_ending(word), "{word}");
        }
    }
}
