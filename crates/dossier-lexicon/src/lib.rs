//! The word lists and small tables every stage reads (enrichment, the
//! editorial pass of normalization, the gazetteer), loaded once from the
//! plain-text files under `data/lexicon/` (see its README for what each holds
//! and where it comes from). Nothing else in the workspace spells out a word
//! list.
//!
//! The files are compiled in with `include_str!`, so the binary needs no data
//! folder at run time, and every entry is a `&'static str` slice of that text:
//! loading copies nothing. Each list is parsed once per process, on first use,
//! and shared read-only by every thread. The tests at the bottom hold every
//! list to the same rules: sorted, unique, no empty line, lowercase where the
//! list is matched against lowercased words.

use std::sync::LazyLock;

/// A set of the lists' words. Every word of every document is looked up in
/// several of them, so they hash with foldhash (fast on short keys) from a
/// fixed seed: nothing depends on a process's random state.
pub type HashSet<T> = std::collections::HashSet<T, foldhash::fast::FixedState>;

/// A map of the lists' tables, hashed as [`HashSet`] is.
pub type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;

/// A list file: one entry per line, `#` starts a comment line.
fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn word_set(text: &'static str) -> HashSet<&'static str> {
    lines(text).collect()
}

/// The texts of the list files, by file name (kept in one table so the tests
/// check every one of them).
const WORD_LISTS: &[(&str, &str)] = &[
    ("accredited_heads.txt", include_str!("../../../data/lexicon/accredited_heads.txt")),
    ("actor_cities.txt", include_str!("../../../data/lexicon/actor_cities.txt")),
    ("actor_org_heads.txt", include_str!("../../../data/lexicon/actor_org_heads.txt")),
    ("actor_person_titles.txt", include_str!("../../../data/lexicon/actor_person_titles.txt")),
    ("abstract_endings.txt", include_str!("../../../data/lexicon/abstract_endings.txt")),
    ("appositive_offices.txt", include_str!("../../../data/lexicon/appositive_offices.txt")),
    ("arabic_articles.txt", include_str!("../../../data/lexicon/arabic_articles.txt")),
    ("arabic_particles.txt", include_str!("../../../data/lexicon/arabic_particles.txt")),
    ("cipher_marks.txt", include_str!("../../../data/lexicon/cipher_marks.txt")),
    ("auxiliary_verbs.txt", include_str!("../../../data/lexicon/auxiliary_verbs.txt")),
    ("chinese_surnames.txt", include_str!("../../../data/lexicon/chinese_surnames.txt")),
    ("combining_forms.txt", include_str!("../../../data/lexicon/combining_forms.txt")),
    ("compass_words.txt", include_str!("../../../data/lexicon/compass_words.txt")),
    ("courtesy_titles.txt", include_str!("../../../data/lexicon/courtesy_titles.txt")),
    ("credit_cues.txt", include_str!("../../../data/lexicon/credit_cues.txt")),
    ("digraph_initials.txt", include_str!("../../../data/lexicon/digraph_initials.txt")),
    ("division_kinds.txt", include_str!("../../../data/lexicon/division_kinds.txt")),
    ("division_words.txt", include_str!("../../../data/lexicon/division_words.txt")),
    ("saint_words.txt", include_str!("../../../data/lexicon/saint_words.txt")),
    ("town_surroundings.txt", include_str!("../../../data/lexicon/town_surroundings.txt")),
    ("facility_nouns.txt", include_str!("../../../data/lexicon/facility_nouns.txt")),
    ("street_suffixes.txt", include_str!("../../../data/lexicon/street_suffixes.txt")),
    ("bare_feature_heads.txt", include_str!("../../../data/lexicon/bare_feature_heads.txt")),
    ("han_surnames.txt", include_str!("../../../data/lexicon/han_surnames.txt")),
    ("han_person_titles.txt", include_str!("../../../data/lexicon/han_person_titles.txt")),
    ("han_name_bounds.txt", include_str!("../../../data/lexicon/han_name_bounds.txt")),
    ("dotted_abbreviations.txt", include_str!("../../../data/lexicon/dotted_abbreviations.txt")),
    ("drafting_verbs.txt", include_str!("../../../data/lexicon/drafting_verbs.txt")),
    ("editorial_marks.txt", include_str!("../../../data/lexicon/editorial_marks.txt")),
    ("name_derived_endings.txt", include_str!("../../../data/lexicon/name_derived_endings.txt")),
    ("feature_heads.txt", include_str!("../../../data/lexicon/feature_heads.txt")),
    ("feature_leads.txt", include_str!("../../../data/lexicon/feature_leads.txt")),
    ("german_function_words.txt", include_str!("../../../data/lexicon/german_function_words.txt")),
    ("firm_nouns.txt", include_str!("../../../data/lexicon/firm_nouns.txt")),
    ("given_names.txt", include_str!("../../../data/lexicon/given_names.txt")),
    ("gloss_stop_words.txt", include_str!("../../../data/lexicon/gloss_stop_words.txt")),
    ("gloss_titles.txt", include_str!("../../../data/lexicon/gloss_titles.txt")),
    ("handing_verbs.txt", include_str!("../../../data/lexicon/handing_verbs.txt")),
    ("handling_caveats.txt", include_str!("../../../data/lexicon/handling_caveats.txt")),
    ("honorifics.txt", include_str!("../../../data/lexicon/honorifics.txt")),
    ("body_word_prefixes.txt", include_str!("../../../data/lexicon/body_word_prefixes.txt")),
    ("eponym_nouns.txt", include_str!("../../../data/lexicon/eponym_nouns.txt")),
    ("honour_nouns.txt", include_str!("../../../data/lexicon/honour_nouns.txt")),
    ("headline_verbs.txt", include_str!("../../../data/lexicon/headline_verbs.txt")),
    ("instrument_titles.txt", include_str!("../../../data/lexicon/instrument_titles.txt")),
    ("kin_nouns.txt", include_str!("../../../data/lexicon/kin_nouns.txt")),
    ("person_of_nouns.txt", include_str!("../../../data/lexicon/person_of_nouns.txt")),
    ("possessives.txt", include_str!("../../../data/lexicon/possessives.txt")),
    ("leading_verbs.txt", include_str!("../../../data/lexicon/leading_verbs.txt")),
    ("list_cues.txt", include_str!("../../../data/lexicon/list_cues.txt")),
    ("located_heads.txt", include_str!("../../../data/lexicon/located_heads.txt")),
    ("locative_words.txt", include_str!("../../../data/lexicon/locative_words.txt")),
    ("marking_prose_words.txt", include_str!("../../../data/lexicon/marking_prose_words.txt")),
    ("name_function_words.txt", include_str!("../../../data/lexicon/name_function_words.txt")),
    ("name_particles.txt", include_str!("../../../data/lexicon/name_particles.txt")),
    ("name_suffixes.txt", include_str!("../../../data/lexicon/name_suffixes.txt")),
    ("named_after.txt", include_str!("../../../data/lexicon/named_after.txt")),
    ("naming_nouns.txt", include_str!("../../../data/lexicon/naming_nouns.txt")),
    ("not_addresses.txt", include_str!("../../../data/lexicon/not_addresses.txt")),
    ("not_names.txt", include_str!("../../../data/lexicon/not_names.txt")),
    ("office_modifiers.txt", include_str!("../../../data/lexicon/office_modifiers.txt")),
    ("office_sections.txt", include_str!("../../../data/lexicon/office_sections.txt")),
    ("rank_surnames.txt", include_str!("../../../data/lexicon/rank_surnames.txt")),
    ("motion_verbs.txt", include_str!("../../../data/lexicon/motion_verbs.txt")),
    ("paper_headings.txt", include_str!("../../../data/lexicon/paper_headings.txt")),
    ("ordinal_words.txt", include_str!("../../../data/lexicon/ordinal_words.txt")),
    ("military_ranks.txt", include_str!("../../../data/lexicon/military_ranks.txt")),
    ("on_bodies.txt", include_str!("../../../data/lexicon/on_bodies.txt")),
    ("org_heads.txt", include_str!("../../../data/lexicon/org_heads.txt")),
    ("pair_nouns.txt", include_str!("../../../data/lexicon/pair_nouns.txt")),
    ("paper_nouns.txt", include_str!("../../../data/lexicon/paper_nouns.txt")),
    ("patronymic_endings.txt", include_str!("../../../data/lexicon/patronymic_endings.txt")),
    ("place_particles.txt", include_str!("../../../data/lexicon/place_particles.txt")),
    ("purpose_bodies.txt", include_str!("../../../data/lexicon/purpose_bodies.txt")),
    ("journey_nouns.txt", include_str!("../../../data/lexicon/journey_nouns.txt")),
    ("purpose_verbs.txt", include_str!("../../../data/lexicon/purpose_verbs.txt")),
    ("region_heads.txt", include_str!("../../../data/lexicon/region_heads.txt")),
    ("report_verbs.txt", include_str!("../../../data/lexicon/report_verbs.txt")),
    ("role_labels.txt", include_str!("../../../data/lexicon/role_labels.txt")),
    ("signature_cues.txt", include_str!("../../../data/lexicon/signature_cues.txt")),
    ("route_words.txt", include_str!("../../../data/lexicon/route_words.txt")),
    ("settlement_nouns.txt", include_str!("../../../data/lexicon/settlement_nouns.txt")),
    ("periodical_heads.txt", include_str!("../../../data/lexicon/periodical_heads.txt")),
    ("site_heads.txt", include_str!("../../../data/lexicon/site_heads.txt")),
    ("speech_verbs.txt", include_str!("../../../data/lexicon/speech_verbs.txt")),
    ("spouse_titles.txt", include_str!("../../../data/lexicon/spouse_titles.txt")),
    ("stop_place_names.txt", include_str!("../../../data/lexicon/stop_place_names.txt")),
    ("subdivision_common_words.txt", include_str!("../../../data/lexicon/subdivision_common_words.txt")),
    ("surname_endings.txt", include_str!("../../../data/lexicon/surname_endings.txt")),
    ("surnames_alone.txt", include_str!("../../../data/lexicon/surnames_alone.txt")),
    ("title_abbreviations.txt", include_str!("../../../data/lexicon/title_abbreviations.txt")),
    ("title_case_words.txt", include_str!("../../../data/lexicon/title_case_words.txt")),
    ("title_verbs.txt", include_str!("../../../data/lexicon/title_verbs.txt")),
    ("title_words.txt", include_str!("../../../data/lexicon/title_words.txt")),
    ("topic_words.txt", include_str!("../../../data/lexicon/topic_words.txt")),
    ("us_nations.txt", include_str!("../../../data/lexicon/us_nations.txt")),
    ("vietnamese_surnames.txt", include_str!("../../../data/lexicon/vietnamese_surnames.txt")),
    ("writer_verbs.txt", include_str!("../../../data/lexicon/writer_verbs.txt")),
    ("briefing_verbs.txt", include_str!("../../../data/lexicon/briefing_verbs.txt")),
];

fn list(name: &str) -> &'static str {
    WORD_LISTS.iter().find(|(n, _)| *n == name).map(|(_, text)| *text).expect("a bundled list")
}

/// Words that introduce a person's name: honorifics, titles, ranks (`comrade`,
/// `ambassador`, `gen`). Matched against the lowercased word without its period.
pub static HONORIFICS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("honorifics.txt")));

/// Openings of a Soviet body's one-word name (`Gosteleradio`, `Glavlit`).
pub static BODY_WORD_PREFIXES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lines(list("body_word_prefixes.txt")).collect());

/// Verbs of a news headline before `to` (`… Tanzan Hopes to Visit China`):
/// what stands before them is no sender.
pub static HEADLINE_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("headline_verbs.txt")));

/// German words of grammar that English text does not use (`der`, `und`,
/// `nicht`): many of them mark a text written in German.
pub static GERMAN_FUNCTION_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(list("german_function_words.txt")));

/// Words before a grade that make it prose, not a stamp (`a Top Secret
/// report`, `marked Top Secret`).
pub static MARKING_PROSE_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(list("marking_prose_words.txt")));

/// Nouns of a settlement or an area before `of` and its name (`the cities of
/// Rezaye, Maku, and Ardebil`): the names listed after them are no people.
pub static SETTLEMENT_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("settlement_nouns.txt")));

/// The nouns of a periodical after its name (`Al Hawadis newspaper`); also
/// organization heads, but never after a country's adjective alone (`a Korean
/// newspaper`).
pub static PERIODICAL_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("periodical_heads.txt")));

/// Present-tense verbs a title or summary puts right after a name (`Chairman
/// Ho Discusses …`): in Title Case they end the name.
pub static TITLE_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("title_verbs.txt")));

/// Combining forms of a state's name before a hyphen (`sino`, `anglo`).
pub static COMBINING_FORMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("combining_forms.txt")));

/// Lower-case words before an office in an appositive (`candidate member of
/// …`, `first secretary of …`).
pub static OFFICE_MODIFIERS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("office_modifiers.txt")));

/// Nouns of a title that name an instrument (`agreement`, `protocol`,
/// `directive`): a record so titled that names no type is no report.
pub static INSTRUMENT_TITLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(list("instrument_titles.txt")));

/// Participles that name who leads a body before `by` (`headed by Rashad
/// Issa`, `chaired by`, `led by`).
pub static LEADING_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("leading_verbs.txt")));

/// Endings that mark a single word as a surname (`-ski`, `-escu`, `-shvili`,
/// Russian feminine `-ova`), longest first is not needed: any one that fits.
pub static SURNAME_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lines(list("surname_endings.txt")).collect());

/// Words that open an office written after a name and a comma (`Marii
/// Ivanov, Minister of …`).
pub static APPOSITIVE_OFFICES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(list("appositive_offices.txt")));

/// Small words a title in title case capitalizes (`Between`, `With`).
pub static TITLE_CASE_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("title_case_words.txt")));

/// Two letters that stand as one initial, lowercased (`yu` of `Yu. V.
/// Andropov`, `gh` of `I. Gh. Maurer`).
pub static DIGRAPH_INITIALS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("digraph_initials.txt")));

/// Lowercase words inside a person's name (`bin`, `de`, `van`).
pub static NAME_PARTICLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("name_particles.txt")));

/// The Arabic name particles (`bin`, `ibn`): a name's shape by themselves.
pub static ARABIC_PARTICLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("arabic_particles.txt")));

/// Nouns after a pair of surnames joined by a hyphen (`the Mikoyan-Suslov
/// report`, `Andreotti-McNamara discussions`).
pub static PAIR_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("pair_nouns.txt")));

/// Head nouns of a named building or square, a place that no gazetteer of
/// towns holds (`Great Hall of the People`, `Wenceslas Square`).
pub static SITE_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("site_heads.txt")));

/// Endings of German street and square names written as one word
/// (`Luisenstraße`, `Alexanderplatz`).
pub static STREET_SUFFIXES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lines(list("street_suffixes.txt")).collect());

/// Common Vietnamese surnames without tone marks (`nguyen`, `pham`, `ha`):
/// with the middle name `Van` or `Thi` they make a name's shape (`Ha Van Lau`).
pub static VIETNAMESE_SURNAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(list("vietnamese_surnames.txt")));

/// Lowercase words inside a place's name (`Rio de Janeiro`).
pub static PLACE_PARTICLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("place_particles.txt")));

/// Arabic articles joined to a name with a hyphen (`al-`, `el-`).
pub static ARABIC_ARTICLES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_set(list("arabic_articles.txt")).into_iter().collect());

/// Words that may stand inside a title before the name (`Secretary of State
/// Rusk`, `Deputy Foreign Minister Pak`).
pub static TITLE_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("title_words.txt")));

/// Capitalized words that are never part of a person's name.
pub static NOT_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("not_names.txt")));

/// Common given names: a capitalized word after one of these is a surname.
pub static GIVEN_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("given_names.txt")));

/// Nouns of a firm, a paper or a ship before its name (`the Russian
/// enterprise Kruchinev`).
pub static FIRM_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("firm_nouns.txt")));

/// First words of an address line that make it a reference, not an addressee
/// (`Sent to: See header`).
pub static NOT_ADDRESSES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("not_addresses.txt")));

/// Head nouns of organizations (`ministry`, `committee`).
pub static ORG_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("org_heads.txt")));

/// Heads after which "in X" belongs to the name (`Soviet consulate in Yining`).
pub static LOCATED_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("located_heads.txt")));

/// Nouns after which a name is part of something named for the person
/// (`Kennedy Library`): the organization heads and these.
pub static NAMED_AFTER: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut words = word_set(list("named_after.txt"));
    words.extend(ORG_HEADS.iter().copied());
    words
});

/// Nouns of an honour named for a person, in lower case too (`the Stalin prize`).
pub static HONOUR_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("honour_nouns.txt")));

/// Capitalized nouns ending a thing named for a person that no name ends in
/// (`the Marshall Plan`): these and the honours.
pub static EPONYM_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut words = word_set(list("eponym_nouns.txt"));
    words.extend(HONOUR_NOUNS.iter().copied());
    words
});

/// Common Chinese surnames, Pinyin and Wade-Giles.
pub static CHINESE_SURNAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("chinese_surnames.txt")));

/// Surnames that name a person even alone: frequent Chinese and Korean
/// surnames that are not English words or common place names.
pub static SURNAMES_ALONE: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("surnames_alone.txt")));

/// Verbs of speech and thought after which a lone capitalized word is a person.
pub static SPEECH_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("speech_verbs.txt")));

/// Verbs of reporting that are as often participles (`Green described …`,
/// `the policy described in`): a cue only after a sentence's first word that
/// the people database also knows as a surname.
pub static REPORT_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("report_verbs.txt")));

/// Present-tense verbs with which a summary says what a record's writer does
/// (`Steinhofer addresses the relationship …`, `Dranceanu recounts …`).
pub static WRITER_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("writer_verbs.txt")));

/// Present-tense verbs whose object is whom the writer addresses (`Shtykov
/// informs Ignatev of …`, `Stoyanov briefs Todor Zhivkov on …`).
pub static BRIEFING_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("briefing_verbs.txt")));

/// A cipher office's marks that, with a date and an hour between, put the
/// clerk's name after `by` (`Decoded on 02.28.1962 at 08:50 by Pospychala`).
pub static CIPHER_MARKS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("cipher_marks.txt")));

/// Endings of a Russian patronymic (`Vladimirovich`, `Sergeyevna`): a
/// given-name part of a name.
pub static PATRONYMIC_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lines(list("patronymic_endings.txt")).collect());

/// Head nouns of a region that may follow its name in lower case (`Korean
/// peninsula`, `Western hemisphere`).
pub static REGION_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("region_heads.txt")));

/// Words before `by` that make the next word a person (source notes).
pub static DRAFTING_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("drafting_verbs.txt")));

/// Head nouns that make an actor read from a title an institution (`Work
/// Team`, `Soviet Desk`). Not [`ORG_HEADS`]: the data/lexicon README says why.
pub static ACTOR_ORG_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("actor_org_heads.txt")));

/// Titles, ranks and honorifics that make an actor read from a title a person.
pub static ACTOR_PERSON_TITLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(list("actor_person_titles.txt")));

/// Nouns after which ` to ` in a title names where a mission is accredited
/// (`the Chinese Embassy to the Soviet Union`), not an addressee.
pub static ACCREDITED_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("accredited_heads.txt")));

/// Nouns of a journey, after which ` to ` names a destination, not an
/// addressee (`Visit to the Soviet Union`).
pub static JOURNEY_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("journey_nouns.txt")));

/// Bodies named for a purpose (`Committee to Defend World Peace`).
pub static PURPOSE_BODIES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("purpose_bodies.txt")));

/// Verbs that follow ` to ` in the name of a body named for a purpose.
pub static PURPOSE_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("purpose_verbs.txt")));

/// Bodies that are "on" a subject, so ` on ` after one does not end its name.
pub static ON_BODIES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("on_bodies.txt")));

/// Cities that titles give in parentheses as a sender's or recipient's place
/// (`Maneli (Saigon)`): never an alias, and alone an actor of unknown kind.
pub static ACTOR_CITIES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("actor_cities.txt")));

/// Suffixes after a person's name that carry no identity (`jr`, `iii`).
pub static NAME_SUFFIXES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("name_suffixes.txt")));

/// Words just before a list that make its items people (`present`, `cdes`).
pub static LIST_CUES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("list_cues.txt")));

/// Endings joined to a name by a hyphen to make a word of it (`Rhee-ite`,
/// `Pot-ist`): the tokenizer ends the name at the hyphen.
pub static NAME_DERIVED_ENDINGS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(list("name_derived_endings.txt")));

/// Words an editor writes in brackets to describe the page (`stamp`, `seal`).
pub static EDITORIAL_MARKS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("editorial_marks.txt")));

/// Nouns of a way between places (`route`, `railway`).
pub static ROUTE_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("route_words.txt")));

/// Auxiliary and modal verbs before a verb of speech (`will`, `would`).
pub static AUXILIARY_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("auxiliary_verbs.txt")));

/// Role labels of a conversation record's header (`interpreter`, `recorder`).
pub static ROLE_LABELS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("role_labels.txt")));

/// Small words an institution's or an office's name may hold in lower case
/// (`of`, `for`, `the`).
pub static NAME_FUNCTION_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(list("name_function_words.txt")));

/// Verbs of handing a paper over (`Deliver to Goldberg`, `transmitted … by Foster`).
pub static HANDING_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("handing_verbs.txt")));

/// Endings of English abstract nouns (`Cooperation`).
pub static ABSTRACT_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lines(list("abstract_endings.txt")).collect());

/// Titles abbreviated in lower case before a name (`gen. Zawadzki`).
pub static TITLE_ABBREVIATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(list("title_abbreviations.txt")));

/// Abbreviations in capitals and periods that are no initials (`P.O.`, `A.M.`).
pub static DOTTED_ABBREVIATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(list("dotted_abbreviations.txt")));

/// Abbreviated sections of a mission written after an office (`First
/// Secretary (Pol)`).
pub static OFFICE_SECTIONS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("office_sections.txt")));

/// Kinds of paper a heading names alone above its writer's line (`R E P O R T`).
pub static PAPER_HEADINGS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("paper_headings.txt")));

/// Ordinals spelled out (`First Direction – Relations`).
pub static ORDINAL_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("ordinal_words.txt")));

/// Military ranks before which a rank-surname is part of the rank (`General Major`).
pub static MILITARY_RANKS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("military_ranks.txt")));

/// Verbs of coming and going in the past tense (`LECHUGA CAME TO SEE ME`):
/// one ends a name written in capitals.
pub static MOTION_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("motion_verbs.txt")));

/// Ranks that are also surnames (`Prime Minister Major`): the surname when
/// they close an office's words before no name.
pub static RANK_SURNAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("rank_surnames.txt")));

/// Nouns of a person before `called` or `named` (`a man called Fahmi`).
pub static NAMING_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("naming_nouns.txt")));

/// Nouns of a paper sent by someone to someone (`memorandum`, `telegram`).
pub static PAPER_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("paper_nouns.txt")));

/// Nationalities whose missions report to the Department of State (`american`).
pub static US_NATIONS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("us_nations.txt")));

/// Courtesy titles before a surname (`mr`, `herr`): after one, even a word
/// of the stop list is the surname (`Mr. Page`).
pub static COURTESY_TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("courtesy_titles.txt")));

/// Titles of a spouse before a name (`madame`, `mrs.`).
pub static SPOUSE_TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("spouse_titles.txt")));
/// Nouns of kin after a possessive and before a name (`his sons Yuriy and
/// Nikolay`, `his wife Tamara`): the name is a person's.
pub static KIN_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("kin_nouns.txt")));
/// Possessive determiners (`his`, `their`): before a noun of kin.
pub static POSSESSIVES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("possessives.txt")));
/// Nouns after which `of` leads to a person (`at the invitation of
/// Tagi-Zade, Chairman of …`), not to an office's domain.
pub static PERSON_OF_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("person_of_nouns.txt")));

/// Cues written before a signature (`(signed)`, `[signature]`, `signed:`), matched
/// as a prefix of the lowercased line, the longest first.
pub static SIGNATURE_CUES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut cues: Vec<&'static str> = lines(list("signature_cues.txt")).collect();
    cues.sort_by_key(|c| std::cmp::Reverse(c.len()));
    cues
});

/// Phrases before a source's translator in the body
/// (`translated by`), matched as the lowercased end of the text before a name.
pub static CREDIT_CUES: LazyLock<Vec<&'static str>> = LazyLock::new(|| lines(list("credit_cues.txt")).collect());

/// First words of a heading that says what a text is about (`regarding`).
pub static TOPIC_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("topic_words.txt")));

/// Name keys of places that are also common words, surnames or parts of
/// institutions' names (`wilson`, `union`, `center`), sorted: the gazetteer
/// binary-searches them (`dossier_gazetteer::is_stop_name`).
pub static STOP_PLACE_NAMES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lines(list("stop_place_names.txt")).collect());

/// Name keys of subdivisions that alone are usually an ordinary word
/// (`western`, `central`), sorted: the gazetteer binary-searches them.
pub static SUBDIVISION_COMMON_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lines(list("subdivision_common_words.txt")).collect());

/// Capitalized words that are no name, lowercased: an editor's bracketed
/// gloss does not reach back over them (normalization's editorial pass).
pub static GLOSS_STOP_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("gloss_stop_words.txt")));

/// Titles after which an editor's bracket supplies a name, lowercased
/// (`comrade`, `ambassador`, `gen.`).
pub static GLOSS_TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("gloss_titles.txt")));

/// Handling and priority marks written after an addressee and a comma
/// (`eyes only`, `immediately`), lowercased.
pub static HANDLING_CAVEATS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("handling_caveats.txt")));

/// Words after which a capitalized name is a place (`in`, `near`, `visited`).
pub static LOCATIVE_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("locative_words.txt")));

/// Kind words written after a first-level division's name, in lower case too
/// (`Hamgyong province`, `Lviv oblast`).
pub static DIVISION_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("division_words.txt")));

/// Words of a saint that open a place's name (`São José dos Campos`): a given
/// name after one is the place's, not a person's.
pub static SAINT_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("saint_words.txt")));

/// Kind words that, in lower case after a town, name its surroundings rather
/// than a division of its own (`the Vienna region`, `Rostock district`).
pub static TOWN_SURROUNDINGS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(list("town_surroundings.txt")));

/// Common nouns of a facility or an area that a town's name qualifies after a
/// locative word and `the` (`in the Stralsund shipyard`).
pub static FACILITY_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("facility_nouns.txt")));

/// Head nouns of a natural feature that, in lower case after its name, stay
/// out of the mention (`Amu Darya river`).
pub static BARE_FEATURE_HEADS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(list("bare_feature_heads.txt")));

/// Common surnames in Chinese characters, one character each (`毛`, `贺`).
pub static HAN_SURNAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("han_surnames.txt")));

/// Titles written after a surname in Chinese characters (`主席`, `大使`,
/// `同志`).
pub static HAN_PERSON_TITLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(list("han_person_titles.txt")));

/// Characters that end the word before a name in Chinese text (`和`, `由`).
pub static HAN_NAME_BOUNDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("han_name_bounds.txt")));

/// Kinds of division that never head a body's name (`oblast`, `krai`,
/// `voivodeship`): the capitalized words before one are a division.
pub static DIVISION_KINDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("division_kinds.txt")));

const PINYIN_WADE_GILES_TSV: &str = include_str!("../../../data/lexicon/pinyin_wade_giles.tsv");
const KOREAN_SURNAMES_TSV: &str = include_str!("../../../data/lexicon/korean_surnames.tsv");

/// Every standard Hanyu Pinyin syllable with its Wade-Giles spelling:
/// `pinyin \t wade-giles`, in the file's order (sorted by Pinyin). The one
/// Wade-Giles spelling two rows share, `lo` (`lo` and `luo`), is read back
/// from the later row, `luo`; the syllable tables rely on this order.
pub static PINYIN_WADE_GILES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    lines(PINYIN_WADE_GILES_TSV).map(|l| l.split_once('\t').expect("pinyin_wade_giles.tsv: two cells")).collect()
});

const PERSON_RUNS_TSV: &str = include_str!("../../../data/model/person_runs.tsv");

/// The weights of the person-run model: `feature \t weight`, sorted by
/// feature, written by `cargo xtask train` (its header comments say from which
/// folders and with what settings), stored under [`feature_id`] of the
/// feature's name so that a run is scored without building a string. A feature
/// the file does not list weighs 0.
pub static PERSON_RUN_WEIGHTS: LazyLock<HashMap<u64, f32>> = LazyLock::new(|| {
    lines(PERSON_RUNS_TSV)
        .map(|l| {
            let (feature, weight) = l.split_once('\t').expect("person_runs.tsv: two cells");
            (feature_id(&[feature]), weight.parse().expect("person_runs.tsv: a number"))
        })
        .collect()
});

/// The id of a model feature whose name is the concatenation of `parts`
/// (`["w", "=", "kim"]` and `["w=kim"]` have one id): 64-bit FNV-1a over the
/// bytes, so the parts never need joining.
pub fn feature_id(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in parts.iter().flat_map(|p| p.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// Words written in lower case somewhere in the bundled FRUS volume and
/// Wilson pages (`data/model/common_words.txt`, written by `cargo xtask
/// train`): a capitalized word among them is more likely a common word than a
/// name. One of the person model's signals.
pub static COMMON_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/model/common_words.txt")));

/// Compass words before a country or region that name a part of it
/// (`northern Iran`): the place mention takes them.
pub static COMPASS_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("compass_words.txt")));

/// Head nouns of natural features after their name (`Yangtze River`) or before
/// `of` and a name (`Strait of Tiran`).
pub static FEATURE_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("feature_heads.txt")));

/// Head nouns of natural features before their name (`Lake Balaton`).
pub static FEATURE_LEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| word_set(list("feature_leads.txt")));

const ACTOR_SHORT_FORMS_TSV: &str = include_str!("../../../data/lexicon/actor_short_forms.tsv");

/// A body's long form and its usual short form (`Central Committee`, `CC`):
/// an organization actor named by one gets the other as an alias.
pub static ACTOR_SHORT_FORMS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    lines(ACTOR_SHORT_FORMS_TSV).map(|l| l.split_once('\t').expect("actor_short_forms.tsv: two cells")).collect()
});

/// Korean surnames: every spelling (`park`, `bak`, and the key itself) → the
/// surname's key (`pak`). Rows are `key \t other spelling \t …`; a spelling
/// stands in one row only (a test checks), so the map does not depend on the
/// order of the rows.
pub static KOREAN_SURNAMES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for line in lines(KOREAN_SURNAMES_TSV) {
        let mut cells = line.split('\t');
        let key = cells.next().expect("korean_surnames.tsv: a key");
        map.insert(key, key);
        for spelling in cells {
            map.insert(spelling, key);
        }
    }
    map
});

const KNOWN_PERSONS_TSV: &str = include_str!("../../../data/lexicon/known_persons.tsv");
const HAN_KNOWN_PERSONS_TSV: &str = include_str!("../../../data/lexicon/han_known_persons.tsv");
const ABBREVIATIONS_TSV: &str = include_str!("../../../data/lexicon/abbreviations.tsv");
const REGIONS_TSV: &str = include_str!("../../../data/lexicon/regions.tsv");
const FORMAL_STATES_TSV: &str = include_str!("../../../data/lexicon/formal_states.tsv");
const OFFICE_PHRASES_TSV: &str = include_str!("../../../data/lexicon/office_phrases.tsv");
const MISSION_POSTS_TSV: &str = include_str!("../../../data/lexicon/mission_posts.tsv");
const SOVEREIGNS_TSV: &str = include_str!("../../../data/lexicon/sovereigns.tsv");

/// Formal names of states (`People's Republic of China`, `Mongolian People's
/// Republic`) and the country or historical polity each names:
/// `formal name \t gazetteer name`.
pub static FORMAL_STATES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    lines(FORMAL_STATES_TSV)
        .map(|l| {
            let (formal, state) = l.split_once('\t').expect("formal_states.tsv: two cells");
            (formal, state)
        })
        .collect()
});

/// Office phrases of the US government and the office each names
/// (`secretary of state` → `secretary`, `ambassador` → `chief-of-mission`):
/// `phrase \t office id of data/authority/offices.tsv.gz`.
pub static OFFICE_PHRASES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    lines(OFFICE_PHRASES_TSV).map(|l| l.split_once('\t').expect("office_phrases.tsv: two cells")).collect()
});

/// Country names whose POCOM mission id is not the name hyphenated
/// (`soviet union` → `russia`): `name \t post`.
pub static MISSION_POSTS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    lines(MISSION_POSTS_TSV).map(|l| l.split_once('\t').expect("mission_posts.tsv: two cells")).collect()
});

/// A reign of a sovereign named by title alone (`the Shah`).
#[derive(Debug, Clone)]
pub struct Reign {
    /// The title's words, lowercase (`shah`).
    pub title: &'static str,
    /// The realm's names after `of` (`iran`, `persia`), lowercase.
    pub realms: Vec<&'static str>,
    /// First day of the reign (ISO).
    pub from: &'static str,
    /// Day the reign ended (ISO), or empty while it stays open.
    pub to: &'static str,
    /// The holder's name.
    pub holder: &'static str,
}

/// Sovereigns a record names by title alone, one row per reign:
/// `title \t realms \t from \t to \t holder`.
pub static SOVEREIGNS: LazyLock<Vec<Reign>> = LazyLock::new(|| {
    lines(SOVEREIGNS_TSV)
        .map(|l| {
            let cells: Vec<&str> = l.split('\t').collect();
            let [title, realms, from, to, holder] = cells[..] else { panic!("sovereigns.tsv: five cells in `{l}`") };
            Reign { title, realms: realms.split('|').collect(), from, to, holder }
        })
        .collect()
});

/// Leaders' full names in Chinese characters and the names the English texts
/// give them (`蒋介石` → `Chiang Kai-shek`): `characters \t name`, sorted by
/// the characters.
pub static HAN_KNOWN_PERSONS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| lines(HAN_KNOWN_PERSONS_TSV).filter_map(|l| l.split_once('\t')).collect());

/// The built-in persons: per row the display name first, then other spellings
/// and code names, tab-separated.
pub static KNOWN_PERSONS: LazyLock<Vec<Vec<&'static str>>> =
    LazyLock::new(|| lines(KNOWN_PERSONS_TSV).map(|l| l.split('\t').collect()).collect());

/// What an abbreviation stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbreviated {
    /// An organization, by its full name.
    Organization(&'static str),
    /// A state: the gazetteer's polity or country name.
    Polity(&'static str),
}

/// Abbreviations of parties, state bodies, agencies and states: `abbreviation
/// \t organization|polity \t full name`.
pub static ABBREVIATIONS: LazyLock<HashMap<&'static str, Abbreviated>> = LazyLock::new(|| {
    lines(ABBREVIATIONS_TSV)
        .map(|l| {
            let mut cells = l.split('\t');
            let (abbreviation, kind, name) = (cells.next(), cells.next(), cells.next());
            let name = name.expect("abbreviations.tsv: three cells");
            let value = match kind {
                Some("polity") => Abbreviated::Polity(name),
                _ => Abbreviated::Organization(name),
            };
            (abbreviation.expect("abbreviations.tsv: three cells"), value)
        })
        .collect()
});

/// A region the city gazetteer does not hold.
pub struct Region {
    /// The display name.
    pub name: &'static str,
    /// Modern ISO country code, empty when it spans several.
    pub country: &'static str,
    /// Other spellings.
    pub variants: Vec<&'static str>,
}

/// Regions: `name \t country \t variant|variant…`.
pub static REGIONS: LazyLock<Vec<Region>> = LazyLock::new(|| {
    lines(REGIONS_TSV)
        .map(|l| {
            let mut cells = l.split('\t');
            let name = cells.next().unwrap_or_default();
            let country = cells.next().unwrap_or_default();
            let variants = cells.next().map(|v| v.split('|').filter(|s| !s.is_empty()).collect()).unwrap_or_default();
            Region { name, country, variants }
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    fn check_sorted_unique(name: &str, entries: &[&str]) {
        assert!(!entries.is_empty(), "{name} is empty");
        for pair in entries.windows(2) {
            assert!(pair[0] < pair[1], "{name}: `{}` then `{}` (unsorted or repeated)", pair[0], pair[1]);
        }
        for entry in entries {
            assert_eq!(entry.trim(), *entry, "{name}: `{entry}` has spaces around it");
        }
    }

    #[test]
    fn word_lists_are_sorted_unique_and_lowercase() {
        for (name, text) in WORD_LISTS {
            let entries: Vec<&str> = lines(text).collect();
            check_sorted_unique(name, &entries);
            for entry in &entries {
                assert_eq!(entry.to_lowercase(), *entry, "{name}: `{entry}` is not lowercase");
            }
        }
    }

    #[test]
    fn tables_are_sorted_unique_and_well_formed() {
        let keys: Vec<&str> = lines(ABBREVIATIONS_TSV).map(|l| l.split('\t').next().unwrap_or_default()).collect();
        check_sorted_unique("abbreviations.tsv", &keys);
        for line in lines(ABBREVIATIONS_TSV) {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), 3, "abbreviations.tsv: `{line}`");
            assert!(matches!(cells[1], "organization" | "polity"), "abbreviations.tsv: `{line}`");
        }
        let persons: Vec<&str> = KNOWN_PERSONS.iter().map(|row| row[0]).collect();
        check_sorted_unique("known_persons.tsv", &persons);
        let han: Vec<&str> = HAN_KNOWN_PERSONS.iter().map(|(characters, _)| *characters).collect();
        check_sorted_unique("han_known_persons.tsv", &han);
        assert_eq!(han.len(), lines(HAN_KNOWN_PERSONS_TSV).count(), "han_known_persons.tsv: a row without its tab");
        assert!(HAN_KNOWN_PERSONS.iter().all(|(c, name)| c.chars().count() >= 2 && !name.is_empty()));
        assert!(KNOWN_PERSONS.iter().flatten().all(|s| !s.is_empty() && s.trim() == *s));
        for (name, table) in [("office_phrases.tsv", &*OFFICE_PHRASES), ("mission_posts.tsv", &*MISSION_POSTS)] {
            let keys: Vec<&str> = table.iter().map(|(k, _)| *k).collect();
            check_sorted_unique(name, &keys);
            for (key, value) in table {
                assert!(key.to_lowercase() == *key && !value.contains(char::is_whitespace), "{name}: `{key}`");
            }
        }
        let reigns: Vec<String> = SOVEREIGNS.iter().map(|r| format!("{}\t{}", r.title, r.from)).collect();
        check_sorted_unique("sovereigns.tsv", &reigns.iter().map(String::as_str).collect::<Vec<_>>());
        for reign in SOVEREIGNS.iter() {
            assert_eq!(reign.title.to_lowercase(), reign.title, "sovereigns.tsv: {}", reign.holder);
            assert!(reign.from.len() == 10 && (reign.to.is_empty() || reign.to.len() == 10 && reign.from < reign.to));
        }
        // Reigns of one title follow each other without overlapping.
        for pair in SOVEREIGNS.windows(2).filter(|p| p[0].title == p[1].title) {
            assert!(!pair[0].to.is_empty() && pair[0].to <= pair[1].from, "sovereigns.tsv: {}", pair[1].holder);
        }
        let long: Vec<&str> = ACTOR_SHORT_FORMS.iter().map(|(l, _)| *l).collect();
        check_sorted_unique("actor_short_forms.tsv", &long);
        let formal: Vec<&str> = FORMAL_STATES.iter().map(|(f, _)| *f).collect();
        check_sorted_unique("formal_states.tsv", &formal);
        let regions: Vec<&str> = REGIONS.iter().map(|r| r.name).collect();
        check_sorted_unique("regions.tsv", &regions);
        for region in REGIONS.iter() {
            assert!(region.country.is_empty() || region.country.len() == 2, "regions.tsv: {}", region.name);
        }
    }

    #[test]
    fn model_files_are_sorted_unique_and_well_formed() {
        let common: Vec<&str> = lines(include_str!("../../../data/model/common_words.txt")).collect();
        check_sorted_unique("common_words.txt", &common);
        assert!(common.iter().all(|w| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase())));
        let features: Vec<&str> = lines(PERSON_RUNS_TSV).map(|l| l.split('\t').next().unwrap_or_default()).collect();
        check_sorted_unique("person_runs.tsv", &features);
        // No two features share an id.
        assert_eq!(PERSON_RUN_WEIGHTS.len(), features.len());
        assert_eq!(feature_id(&["w", "=", "kim"]), feature_id(&["w=kim"]));
        assert!(PERSON_RUN_WEIGHTS.values().all(|w| w.is_finite() && *w != 0.0));
    }

    /// A lowercase cell with no space or tab in it.
    fn check_cell(name: &str, line: &str, cell: &str) {
        assert!(!cell.is_empty() && !cell.contains(char::is_whitespace), "{name}: `{line}`");
        assert_eq!(cell.to_lowercase(), cell, "{name}: `{line}` is not lowercase");
    }

    #[test]
    fn syllable_table_has_two_cells_and_one_row_per_pinyin_syllable() {
        let name = "pinyin_wade_giles.tsv";
        for line in lines(PINYIN_WADE_GILES_TSV) {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), 2, "{name}: `{line}`");
            for cell in cells {
                check_cell(name, line, cell);
            }
        }
        let pinyin: Vec<&str> = PINYIN_WADE_GILES.iter().map(|&(pinyin, _)| pinyin).collect();
        check_sorted_unique(name, &pinyin);
        assert_eq!(pinyin.len(), 410, "{name}: the standard inventory has 410 syllables");
    }

    #[test]
    fn korean_surnames_name_each_spelling_once() {
        let name = "korean_surnames.tsv";
        let keys: Vec<&str> = lines(KOREAN_SURNAMES_TSV).map(|l| l.split('\t').next().unwrap_or_default()).collect();
        check_sorted_unique(name, &keys);
        let mut seen = HashSet::default();
        for line in lines(KOREAN_SURNAMES_TSV) {
            let cells: Vec<&str> = line.split('\t').collect();
            assert!(cells[1..].windows(2).all(|pair| pair[0] < pair[1]), "{name}: `{line}` spellings unsorted");
            for cell in cells {
                check_cell(name, line, cell);
                assert!(seen.insert(cell), "{name}: `{cell}` stands in two rows");
            }
        }
        assert_eq!(KOREAN_SURNAMES.len(), seen.len());
    }

    #[test]
    fn lists_load() {
        assert!(HONORIFICS.contains("comrade"));
        assert!(NOT_NAMES.contains("again"));
        assert_eq!(ABBREVIATIONS.get("CPSU"), Some(&Abbreviated::Organization("Communist Party of the Soviet Union")));
        assert!(NAMED_AFTER.contains("library") && NAMED_AFTER.contains("ministry"));
        assert_eq!(KOREAN_SURNAMES.get("park"), Some(&"pak"));
        assert_eq!(PINYIN_WADE_GILES.first(), Some(&("a", "a")));
    }
}
