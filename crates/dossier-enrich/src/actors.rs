//! Senders, recipients and participants, read from a document's title.
//!
//! Archive titles follow a handful of shapes, tried in this order on the title
//! proper (the quoted subject is never searched, see [`crate::title`]):
//!
//! | shape | example | rule |
//! |---|---|---|
//! | a body's resolution, decision, decree, directive or instructions `of`/`by X [to/for Y]` | `Decree of the CC CPSU Politburo to Mir Bagirov …` | `actors.title.resolution_of` |
//! | type, `X to Y` | `Cable, Terebin to Stalin [via Kuznetsov]` | `actors.title.comma_to` |
//! | type `from X to Y` / `to Y from X` | `Letter from Ulbricht to Khrushchev` | `actors.title.from_to` |
//! | `between A and B` | `Record of Meeting between Prime Minister Fukuda and Vice Premier Deng` | `actors.title.between` |
//! | `conversation of A with B`, `conversation with B`, `conversation by A, B and C` | `Notes on the Conversation of Comrade N.S. Khrushchev with Comrade W. Ulbricht` | `actors.title.conversation` |
//! | `reception by A for/of B` | `Reception by … Kuznetsov for the General Director …, Cde. Jerzy Michalowski` | `actors.title.reception` |
//! | `speech/talk given by X` | `Talk Given by the Minister [Trần Quốc Hoàn] at …` | `actors.title.speech_by` |
//! | `speech given by X to` a body | `Speech Given by Party First Secretary Le Duan to the 12th Plenum of the Party Central Committee` | `actors.title.speech_to` (the body, a recipient) |
//! | author, `'subject'` | `Trần Đông, 'Key Issues …'` | `actors.title.author_subject` |
//!
//! Among the others: writers before the type noun (`Secret North Vietnam
//! Politburo Cable No. 320`, `actors.title.writer_type`), and a segment that
//! says whom the paper informs (`Memorandum, Foreign Minister Azeredo da
//! Silveira, Information for the President of Brazil, …`,
//! `actors.title.comma_to.information_for`), and writers listed by surname
//! after a topic (`Report on the Situation in Afghanistan, Gromyko, Andropov,
//! Ustinov, and Ponomarev to CPSU CC`, `actors.title.list_to`).
//!
//! Conventions, so a reader can predict the names:
//!
//! * A leading article is stripped (`the Ministries of …` → `Ministries of …`),
//!   and so are comradely honorifics (`Comrade`, `Cde.`, `Com.`, `Mr.`); function
//!   titles stay, because they are often the only name given (`Ambassador
//!   Katori`, `Foreign Minister`).
//! * `X to Y` splits at the first ` to ` that separates two actors. It does not
//!   split an embassy from the country it is accredited to (`the Chinese Embassy
//!   to the Soviet Union`) or a committee from its purpose (`Committee to Defend
//!   World Peace`).
//! * `and` separates actors only when the next part starts a new noun phrase: an
//!   article (`… Party Committee and the Ministries …`), a person's title (`… and
//!   Vice Premier Deng`), or when both parts end in an institution's head noun
//!   (`Chinese Foreign Ministry and Public Security Ministry`). So `the
//!   Ministries of Foreign Affairs and Public Security` stays one actor naming two
//!   ministries, as the document does.
//! * A comma ends an actor (`the Embassy of the Czechoslovak Socialist Republic,
//!   Peking`), except an appositive in a conversation title, where the personal
//!   name is kept (`Egon Krenz, Secretary General of …` → `Egon Krenz`;
//!   `the General Director of …, Cde. Jerzy Michalowski` → `Jerzy Michalowski`).
//!   `, for X` after a recipient adds X as a recipient (rule suffix `for`).
//! * A bracketed or parenthesized name after an actor is an alias (`Filippov
//!   [Stalin]`, `Feng Xi (Stalin)`), except `via X`, which adds X as a recipient
//!   (rule suffix `via`), a known city (`Maneli (Saigon)`), and editorial notes
//!   such as `[Excerpts]`, `(First Meeting)`, `[Ciphergram No. 7237]`.
//! * Kind: an institution's head noun (Ministry, Embassy, Committee, Team …)
//!   before any `of`/`in`/`to` makes an organization; a person's title (Minister,
//!   Ambassador, Leader …) or a plain capitalized name makes a person; a bare
//!   city is unknown.
//!
//! The word lists these rules read (institution heads, person titles, the
//! bodies and verbs of a purpose name, cities) are files under `data/lexicon/`,
//! loaded by [`crate::lexicon`].

use std::ops::Range;
use std::sync::LazyLock;

use dossier_model::{Actor, ActorKind, Evidence, Extracted, TextField};
use regex::Regex;

use crate::lexicon::{
    ACCREDITED_HEADS, ACTOR_CITIES, ACTOR_ORG_HEADS, ACTOR_PERSON_TITLES, ON_BODIES, PURPOSE_BODIES, PURPOSE_VERBS,
};
use crate::title::split_title;

/// The actors a title names.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct TitleActors {
    /// Senders or authors.
    pub senders: Vec<Extracted<Actor>>,
    /// Addressees, including `for` and `via` addressees.
    pub recipients: Vec<Extracted<Actor>>,
    /// Conversation or meeting participants.
    pub participants: Vec<Extracted<Actor>>,
}

/// The words that open a correspondence title: an optional classification, up
/// to two qualifiers ("Political"), the type noun (`Memo` only as the first word: `Gosteleradio Memo to …` names its writer), an optional number or a list of them (`Ciphered Telegrams No. 50450, 50470, and 50490`).
const TYPE_PREFIX: &str = r"(?i)^(?:(?:translation|copy|excerpts?|extracts?|notes?)\s+(?:of|from)\s+(?:an?\s+|the\s+)?)?(?:(?:top\s+)?secret\s+|ciphered\s+|cipher\s+|coded\s+)?(?:\S+\s+){0,2}?(?:cables?|telegrams?|telephonograms?|radiograms?|teleprints?|letters?|reports?|notes?|proposals?|requests?|petitions?|memorandum|^memo|^minute|message|ciphergram|cryptograms?|dispatch|telex|information|instructions?|directives?|(?:tele)?phone\s+calls?)(?:\s+(?:(?:nos?\.?|nr\.?|number|n[º°]\.?)\s*)?[\w.\-/]*\d[\w.\-/]*(?:\s\d+)*(?:,?\s+(?:and\s+)?\d[\w.\-/]*)*)?";

static PREFIX_COMMA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{TYPE_PREFIX}\s*,\s*")).expect("valid regex"));

static PREFIX_FROM_TO: LazyLock<Regex> = LazyLock::new(|| {
    // `Report Sent to General de Gaulle …, by Edgar Faure`: a participle
    // of sending may stand between the type noun and `to`. `Information
    // Report Sent by Károly Fendler to Deputy Foreign Minister Erdélyi`,
    // `Report Relayed by Andropov to the CPSU Central Committee`: one with
    // `by` names the writer as `from` does (group 2).
    Regex::new(&format!(
        r"{TYPE_PREFIX}(?:(?:\s+(?i:sent|submitted|addressed|presented|delivered))?\s+(from|to)|\s+(?i:sent|submitted|prepared|written|relayed|forwarded|transmitted)\s+(by))\s+"
    ))
    .expect("valid regex")
});

/// A wire named after its sender with `of` or `by`: `Telegram of the Ministry
/// of Foreign Affairs to the Romanian Embassy in Beijing Regarding …`,
/// `Information No. 098 by the Communist Party of the Soviet Union Central
/// Committee to the Socialist Unity Party Central Committee`.
static WIRE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:ciphered\s+|coded\s+)?(?:telegram|cable|ciphergram|telephonogram|radiogram|information)(?:\s+(?:(?:nos?\.?|nr\.?|number|n[º°]\.?)\s*)?[\w.\-/]*\d[\w.\-/]*)?\s+(?:of|by)\s+")
        .expect("valid regex")
});

/// A head of state's or a party leader's message named after its writer's
/// office with `of`: `Message of the Secretary General [of the Korean Workers'
/// Party] Kim Il Sung, to the President …, J.B. Tito`, `Response (Oral
/// Message) of the President of the [Socialist Federal] Republic [of
/// Yugoslavia], J.B. Tito [to Kim Il Sung's Message …]`.
static MESSAGE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:oral\s+)?(?:message|letter|response|reply|answer|greetings)(?:\s+\([^()]{1,40}\))?\s+of\s+")
        .expect("valid regex")
});

/// An editor's bracket that says what a reply answers: `[to Kim Il Sung's
/// Message of August 1, 1976]`; group 1 is the message's writer.
static ANSWERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[to\s+((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*)['’]s\s+(?i:message|letter|telegram|note|greetings)\b")
        .expect("valid regex")
});

/// A letter's reference line standing as the title: a number, then the
/// writing office (group 1) and its post after a comma (`No.   PEK/104/66
/// Embassy of India, Peking.`).
static REFERENCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:no\.?|nº|n°)\s*[\w/.\-]*\d[\w/.\-]*\s+(\p{Lu}[^,]{2,60}),\s*\p{Lu}[\w\s]{1,30}\.?$")
        .expect("valid regex")
});

/// A wire that carries someone else's message: `…, transmitting a Message
/// from Mao Zedong to Filippov [Stalin]` (group 1 its writer, group 2 its
/// addressee).
static TRANSMITTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:transmitting|forwarding|conveying)\s+(?i:a|the)\s+(?i:message|letter|telegram|cable|note)\s+(?i:from)\s+(.+?)\s+(?i:to)\s+(.+)$")
        .expect("valid regex")
});

/// A wire named by its correspondents alone, without `from`: `Telegram
/// Shtykov to Vyshinsky on a Luncheon …`, `Ciphered Telegram Roshchin to
/// Filippov`, after the wire's number (`Telegram No. ROM/101/1/73 Indian
/// Ambassador to Italy to Ministry of External Affairs`).
static WIRE_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:ciphered\s+|coded\s+|cipher\s+)?(?i:telegram|cable|ciphergram)\s+(?:(?i:nos?\.?|nr\.?|number|n[º°]\.?)\s*[\w.\-/]*\d[\w.\-/]*,?\s+)?")
        .expect("valid regex")
});

/// Words that may follow a wire's noun in capitals without naming its
/// sender (`Telegram From …`, `Cable No. 3027`).
fn opens_with_function_word(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or_default().trim_end_matches(['.', ',', ':']).to_lowercase();
    matches!(
        first.as_str(),
        "from" | "to" | "of" | "by" | "on" | "for" | "no" | "number" | "regarding" | "about" | "concerning" | "the"
    )
}

/// Notes or a report named after their writer: `Notes of V. Kolarov from a
/// Meeting with Stalin`, `Notes of G. Dimitrov on a Phone Call`, `Memorandum by
/// Ambassador Aristov`, `Excerpts from a 30 December 1966 Memo of the Soviet
/// Embassy to the DPRK (A. Borunkov) about …`, `Report No. 3
/// of the Embassy of the People's Republic of Poland … for the period …`.
static AUTHOR_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:(?:excerpts?|extracts?|entry|entries)\s+)?(?:from|of)\s+(?:an?\s+|the\s+)?(?:\d{1,2}\s+\p{L}+\s+\d{4}\s+)?)?(?:(?:political|annual|monthly|quarterly|secret|working|personal|handwritten|file|official|urgent|internal)\s+)?(?:notes?|reports?|diary|journal|notepad|notebook|letter|memo(?:randum)?)(?:\s+entry)?(?:\s+no\.?\s*[\w./\-]*\d[\w./\-]*)?\s+(?:of|by)\s+(?:the\s+)?")
        .expect("valid regex")
});

/// Words after `Notes of the` that name an occasion, not a writer.
static OCCASION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[\w\-‑]+\s+)?(?:conversations?|meetings?|talks?|negotiations?|sessions?|discussions?|visit|plenum|congress|conference)\b")
        .expect("valid regex")
});

/// A note or memorandum written for someone: `Note for the Directorate …`.
static NOTE_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:note|notice|comment|memo(?:randum)?|information|instructions?|message)\s+for\s+")
        .expect("valid regex")
});

/// True when `text` opens with a capitalized name, after an optional `the`
/// (`the Directorate …`, `Comrade Ivanov`), not with a year or a purpose.
fn names_a_body(text: &str) -> bool {
    let rest = text.strip_prefix("the ").unwrap_or(text);
    rest.starts_with(|c: char| c.is_uppercase())
}

/// A sender written before the type noun, as US cable titles write it:
/// `American Embassy Rome Telegram 1451 to the Secretary of State`, `Ministry of
/// Foreign Affairs Information to the President`, `Gosteleradio Memo to CPSU
/// Central Committee`. The sender opens and ends with a capitalized word (not
/// `Excerpt from the Report to …`).
static SENDER_TYPE_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.+?)\s+(?i:telegram|cable|airgram|despatch|dispatch|message|information|memo|memorandum|letter|note|report)(?:\s+(?i:nos?\.?|nr\.?|number|n[º°]\.?)?\s*[\w.\-/]*\d[\w.\-/]*)?\s+(?i:to)\s+")
        .expect("valid regex")
});

static BETWEEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bbetween\s+").expect("valid regex"));

static CONVERSATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bconversations?\s+(of|with|by)\s+").expect("valid regex"));

static RECEPTION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\breception\s+by\s+").expect("valid regex"));

static SPEECH_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:speech|talk|address|remarks|statement)\s+(?:given\s+|delivered\s+|made\s+)?(by|of)\s+")
        .expect("valid regex")
});

/// A body that hears a speech (`the August … Central Committee Plenum`).
static AUDIENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:plenums?|plenary|congress|session|conference|assembly|meeting|rally)\b").expect("valid regex")
});

/// Any type word: an author-and-subject title has none in its title proper;
/// nor does it name a part of another paper (`Attachment, 'Fundamental
/// Lessons …'`, an annex, an enclosure, an appendix).
static ANY_TYPE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:cables?|telegrams?|letters?|reports?|notes?|memo(?:randum)?|records?|minutes|transcripts?|resolutions?|speech|from|between|conversations?|meetings?|attachments?|annex(?:es)?|enclosures?|appendix|appendices)\b")
        .expect("valid regex")
});

/// Where an actor's name ends and the rest of the title begins. ` on ` is
/// checked separately because committees and commissions are "on" something.
static TERMINATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s+(?:regarding|concerning|about|transmitting|dated|reporting|describing|discussing|informing|requesting|proposing|asking|expressing|conveying|explaining|outlining|forwarding|enclosing)\s|\s+(?:referring|relating|pertaining)\s+to\s|\s+based\s+(?:on|upon)\s|\s+held\s+(?:by|in|at|on)\s|,\s+(?:on|in|at|during|regarding|concerning|about|with)\s|\s+at\s|\s+on\s|\s+re:?\s")
        .expect("valid regex")
});

/// The topic after ` on `: `the issue of`, `the question of` ….
static ON_TOPIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:the\s+(?:issues?|questions?|problems?|situation|matter)\s+of)\b").expect("valid regex")
});

/// Where a title's topic begins: no addressee is named after it.
static TOPIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s(?:regarding|concerning|about|referring|relating)\s").expect("valid regex"));

/// A date or a time where an actor's name would stand (`1 November 1956`,
/// `May 1956`, `… 11:45 am to 12:45 pm`).
static DATE_ACTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2},?)?\s+\d{4}$|^\d{4}$|^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$")
        .expect("valid regex")
});

/// Honorifics that are not part of a name.
static HONORIFIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:comrade|cde\.|com\.|com\[rade\]|c\.|mr\.|mrs\.|tov\.)\s+").expect("valid regex")
});

/// Bracket contents that are editorial notes, not names (`[Soviet
/// Translation]`, `[English version]`).
static JUNK_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:excerpts?|fragments?|extracts?|summary|draft|translation|first|second|third|part\b.*|.*\bmeeting\b.*|.*\bno\.?\s*\d.*|ciphergram.*|sic|\.\.\.|…|\?|illegible|(?:[\w\-]+\s+){1,2}(?:translation|version|copy|original|draft|excerpts?))$")
        .expect("valid regex")
});

/// A mission abroad named by its nationality (`Brazilian Embassy in
/// Washington`, `the Polish Embassy in Bucharest`, `Bulgarian Legation`).
static MISSION_BY_NATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Tt]he\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:Embassy|Legation|Consulate|Mission)\b")
        .expect("valid regex")
});

/// A head of mission named by nationality and office (`Hungarian Ambassador in
/// Cairo`, `the Polish Chargé d'Affaires`), the nationality captured.
static HEAD_OF_MISSION_BY_NATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Tt]he\s+)?(\p{Lu}[\p{L}-]+)\s+(?i:ambassador|charg[ée]\s+d['’]affaires|envoy|minister\s+plenipotentiary)\b")
        .expect("valid regex")
});

/// The recipient of a telegram or cable that a mission abroad sent and whose
/// text names no addressee: the mission's own foreign ministry (`Brazilian
/// Embassy in Washington` → `Brazilian Ministry of Foreign Affairs`, also
/// called `Brazilian Foreign Ministry`; an American embassy's → `Department of
/// State`). An inference, so it says so in its rule
/// (`actors.inferred.home_ministry`) and points at the sender it rests on.
pub(crate) fn home_ministry(sender: &Extracted<Actor>) -> Option<Extracted<Actor>> {
    let by_nation = match sender.value.kind {
        ActorKind::Organization => &*MISSION_BY_NATION,
        // `Hungarian Ambassador in Cairo`: a head of mission reports home too.
        ActorKind::Person => &*HEAD_OF_MISSION_BY_NATION,
        _ => return None,
    };
    let nation = by_nation.captures(&sender.value.name)?.get(1)?.as_str();
    let (name, alias) = if crate::lexicon::US_NATIONS.contains(nation.to_lowercase().as_str()) {
        ("Department of State".to_owned(), "State Department".to_owned())
    } else {
        (format!("{nation} Ministry of Foreign Affairs"), format!("{nation} Foreign Ministry"))
    };
    let actor = Actor { name, kind: ActorKind::Organization, aliases: vec![alias], authority_id: None };
    Some(Extracted::new(actor, "actors.inferred.home_ministry", sender.evidence))
}

/// The organizations of `data/lexicon/abbreviations.tsv` as `(full name,
/// abbreviation)`, sorted, so the aliases they give come in one order.
static ORG_ABBREVIATIONS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut pairs: Vec<(&str, &str)> = crate::lexicon::ABBREVIATIONS
        .iter()
        .filter_map(|(&abbreviation, value)| match value {
            crate::lexicon::Abbreviated::Organization(name) => Some((*name, abbreviation)),
            crate::lexicon::Abbreviated::Polity(_) => None,
        })
        .collect();
    pairs.sort_unstable();
    pairs
});

/// Gives an organization actor the other usual form of its name as an alias
/// (`CPSU Central Committee` is also `CPSU CC`, `USSR MFA` also `USSR
/// Ministry of Foreign Affairs`; `data/lexicon/actor_short_forms.tsv`), so a
/// search or a join by either spelling finds it.
pub(crate) fn add_short_forms(actor: &mut Actor) {
    if actor.kind != ActorKind::Organization {
        return;
    }
    // The name, then the forms found from it: two short forms of one long
    // form name each other (`Chinese Foreign Ministry` → `Chinese MFA` →
    // `Chinese Ministry of Foreign Affairs`).
    let mut n_read = 0;
    let mut forms = vec![actor.name.clone()];
    while n_read < forms.len() && n_read < 3 {
        let padded = format!(" {} ", forms[n_read]);
        n_read += 1;
        let listed = crate::lexicon::ACTOR_SHORT_FORMS.iter().flat_map(|&(long, short)| [(long, short), (short, long)]);
        // A party's or a body's abbreviation (`Communist Party of the Soviet
        // Union` is `CPSU`, `data/lexicon/abbreviations.tsv`), long to short only.
        for (from, to) in listed.chain(ORG_ABBREVIATIONS.iter().copied()) {
            let needle = format!(" {from} ");
            if let Some(at) = padded.find(&needle) {
                let alias = format!("{}{to}{}", &padded[1..at + 1], &padded[at + needle.len() - 1..padded.len() - 1]);
                if !forms.contains(&alias) {
                    forms.push(alias);
                }
            }
        }
    }
    for alias in forms.into_iter().skip(1) {
        if !actor.aliases.contains(&alias) {
            actor.aliases.push(alias);
        }
    }
}

/// Reads the actors named by `title`.
pub(crate) fn from_title(title: &str) -> TitleActors {
    let mut found = TitleActors::default();
    let core = split_title(title).core;
    let text = &title[core.clone()];
    let at = |offset: usize| core.start + offset;

    if let Some(body) = REFERENCE_LINE.captures(text).and_then(|c| c.get(1)).filter(|b| has_org_head(b.as_str())) {
        // `No. PEK/104/66 Embassy of India, Peking.`: a page without a title
        // shows the letter's reference line, its writer's office after the
        // number and the post after a comma.
        push_actor(title, at(body.start())..at(body.end()), "actors.title.reference_line.sender", &mut found.senders);
    } else if let Some(caps) = RESOLUTION_OF.captures(text).filter(|c| {
        has_org_head(&c[1])
            || c[1].split_whitespace().any(|w| crate::lexicon::ORG_HEADS.contains(bare_word(w).as_str()))
    }) {
        // `Resolution of the Secretariat of the CC CPSU, 'On New Points …'`,
        // `Decree of the CC CPSU Politburo to Mir Bagirov …`: the body that
        // resolved is the writer; after ` to ` its addressee.
        let body = caps.get(1).expect("the body");
        let region = at(body.start())..at(body.end());
        // `… to Mir Bagirov`, `Instructions of … for the Local Forums with a
        // Recommendation …`: the addressee, up to what the paper comes with.
        let split = [" to ", " for "].iter().find_map(|cue| {
            top_level_finds(title, region.clone(), cue)
                .first()
                .filter(|&&p| names_a_body(&title[p + cue.len()..region.end]))
                .map(|&p| (p, p + cue.len()))
        });
        let (writer, addressee) = match split {
            Some((p, after)) => {
                let end = top_level_finds(title, after..region.end, " with ").first().copied().unwrap_or(region.end);
                (region.start..p, Some(after..end))
            }
            None => (region, None),
        };
        push_actor(title, writer, "actors.title.resolution_of.sender", &mut found.senders);
        if let Some(addressee) = addressee {
            add_recipients(title, addressee, "actors.title.resolution_of", &mut found);
        }
    } else if let Some(writer) = diarist(title, core.clone()) {
        // `Hugh Dalton Diary Entry Concerning Meeting of Churchill …`.
        push_actor(title, writer, "actors.title.diarist.sender", &mut found.senders);
    } else if let Some(writer) = possessive_writer(title, core.clone()) {
        // `I.V. Stalin's Notes regarding …`, `Excerpts from Andrei A. Gromyko’s
        // speech at the April 1968 Plenum …`: the writer or speaker, and a
        // speech's audience.
        push_actor(title, writer.clone(), "actors.title.possessive.sender", &mut found.senders);
        // `U Thant's message to Khrushchev`, `N.S. Khrushchev's Notes to the
        // CPSU CC Presidium`: the addressee after the type noun.
        // Not a ` to ` in the topic (`Tsedenbal's diary on his conversation
        // … on … Aid to the People's Republic of Mongolia`).
        if let Some(&p) = top_level_finds(title, writer.end..core.end, " to ").first()
            && !TERMINATOR.is_match(&title[writer.end..p + 1])
            && names_a_body(&title[p + 4..core.end])
        {
            // `… Response to Kim Il Sung's Message of July 7`: the addressee is
            // the writer of the paper answered.
            let end = ANSWERED_PAPER.find(&title[p + 4..core.end]).map_or(core.end, |m| p + 4 + m.start());
            add_recipients(title, p + 4..end, "actors.title.possessive", &mut found);
        }
        // `Mikihail Zimyanin's Background Report for Khrushchev on China`:
        // the reader after `for`, before the topic, when a person or a body is
        // named there (not `… Plan for Latin American …`).
        let topic = [" on ", " about ", " regarding ", " concerning ", " (", ": "]
            .iter()
            .filter_map(|needle| top_level_finds(title, writer.end..core.end, needle).first().copied())
            .min()
            .unwrap_or(core.end);
        if found.recipients.is_empty()
            && let Some(&p) = top_level_finds(title, writer.end..topic, " for ").first()
        {
            let (reader, _) = cut_at_comma(title, p + 5..topic);
            let reader = cut_segment(title, reader);
            let words = &title[reader.clone()];
            let known = crate::lexicon::KNOWN_PERSONS.iter().any(|row| row.contains(&words));
            // (Not a garbled run: `Summary for the Embassy of the Burmese
            // Government’s Circumstances for 1963 and …`.)
            let short = words.split_whitespace().count() <= 8 && !words.contains(['’', '\'']);
            if short && (HONORIFIC.is_match(words) || opens_with_given_name(words) || has_org_head(words) || known) {
                push_actor(title, reader, "actors.title.possessive.for", &mut found.recipients);
            }
        }
        // `Tsedenbal's diary on his conversation with Soviet leader Anastas Mikoyan`.
        if let Some(caps) = CONVERSATION.captures(text) {
            conversation(title, &caps, core.clone(), &mut found);
        }
        let speech = title[writer.end..core.end].to_lowercase().contains("speech");
        if speech && let Some(&p) = top_level_finds(title, writer.end..core.end, " at ").first() {
            let (audience, _) = cut_at_comma(title, p + 4..core.end);
            let audience = trim(title, audience);
            if AUDIENCE.is_match(&title[audience.clone()]) {
                push_actor(title, audience, "actors.title.speech_at", &mut found.recipients);
            }
        }
    } else if let Some(writer) = WRITER_COMMA_TYPE
        .captures(text)
        .and_then(|c| c.get(1))
        // `Letter to Minister …, Report on …`: a paper first is no writer.
        .filter(|w| !ANY_TYPE_WORD.is_match(w.as_str()))
    {
        // `KGB Chief Serov, Report`: the writer, then the type noun alone.
        // `CPSU CC to SED CC, Information on …`: the writer and the addressee
        // before the comma.
        let writer_range = at(writer.start())..at(writer.end());
        let addressee_at = top_level_finds(title, writer_range.clone(), " to ")
            .first()
            .copied()
            .filter(|&p| title[p + 4..writer_range.end].starts_with(|c: char| c.is_uppercase()));
        match addressee_at {
            Some(p) => {
                push_actor(title, writer_range.start..p, "actors.title.writer_comma_type.sender", &mut found.senders);
                add_recipients(title, p + 4..writer_range.end, "actors.title.writer_comma_type", &mut found);
            }
            None => push_actor(title, writer_range, "actors.title.writer_comma_type.sender", &mut found.senders),
        }
        // `Bulgarian Communist Party Politburo Member Boris Velchev, Report to
        // Boris N. Ponomarev, Secretary, Central Committee, …`: the addressee;
        // `Soviet Embassy in East Germany, Report for CPSU CC Summarizing Visit
        // …`: up to a headline's gerund.
        // (`… Report for the period …` names no one.)
        let for_no_one = |to: &regex::Match<'_>| {
            text[..to.start()].to_lowercase().ends_with("for ") && !to.as_str().starts_with(|c: char| c.is_uppercase())
        };
        if let Some(to) = WRITER_COMMA_TYPE.captures(text).and_then(|c| c.get(2)).filter(|to| !for_no_one(to)) {
            let end = GERUND.find(to.as_str()).map_or(to.end(), |m| to.start() + m.start());
            add_recipients(title, at(to.start())..at(end), "actors.title.writer_comma_type", &mut found);
        }
    } else if let Some(writers) = writers_before_type(title, core.clone()) {
        // `Ivanov and Prikhodov Report on the Mongolian Referendum`, `Andropov
        // Report, 1 November 1956`: the writers' names before the type noun.
        for part in split_conjuncts(title, writers.clone(), true) {
            push_actor(title, part, "actors.title.writer_type.sender", &mut found.senders);
        }
        // `Andropov Report to CPSU CC on Talks with Afghan Leaders`: the
        // addressee after the type noun.
        if let Some(to) = WRITER_TYPE.captures(text).and_then(|c| c.get(3)) {
            add_recipients(title, at(to.end()) + 1..core.end, "actors.title.writer_type", &mut found);
        }
    } else if let Some(m) = PREFIX_COMMA.find(text) {
        // `Information Memorandum, Meeting between Albanian Ambassador … and
        // Comrade Dong Biwu`: an occasion after the comma names no writer
        // (its participants are read below).
        if !OCCASION.is_match(&text[m.end()..]) {
            correspondents(title, at(m.end())..core.end, "actors.title.comma_to", &mut found);
        }
    } else if let Some(m) = WIRE_OF.find(text).filter(|m| names_a_body(&text[m.end()..])) {
        correspondents(title, at(m.end())..core.end, "actors.title.wire_of", &mut found);
    } else if let Some(m) = MESSAGE_OF.find(text).filter(|m| {
        let writer = &text[m.end()..];
        starts_with_article(writer) && starts_with_person_title(&writer[4..])
    }) {
        correspondents(title, at(m.end())..core.end, "actors.title.message_of", &mut found);
        // `… J.B. Tito [to Kim Il Sung's Message of August 1, 1976]`: a reply
        // goes to the writer of the message it answers.
        if found.recipients.is_empty()
            && let Some(c) = ANSWERED.captures(&title[core.clone()])
            && let Some(name) = c.get(1)
        {
            let name = core.start + name.start()..core.start + name.end();
            push_actor(title, name, "actors.title.message_of.answered", &mut found.recipients);
        }
    } else if let Some(caps) = PREFIX_FROM_TO.captures(text).filter(|c| {
        // `Notes from a Conversation between …`: an occasion, no writer.
        let after = &text[c.get(0).map_or(0, |m| m.end())..];
        let after = ["a ", "an ", "the "].iter().find_map(|a| after.strip_prefix(a)).unwrap_or(after);
        !OCCASION.is_match(after)
    }) {
        let whole = caps.get(0).expect("group 0");
        let region = at(whole.end())..core.end;
        let direction = caps.get(1).or_else(|| caps.get(2)).expect("direction group").as_str();
        if direction.eq_ignore_ascii_case("from") || direction.eq_ignore_ascii_case("by") {
            correspondents(title, region, "actors.title.from_to", &mut found);
        } else {
            recipients_first(title, region, &mut found);
        }
    } else if let Some(m) = WIRE_NAMED.find(text).filter(|m| {
        let rest = &text[m.end()..];
        // (Not a participle: `Telegram Transmitting Kim Il Sung's Letter to
        // Stalin`.)
        let first = rest.split_whitespace().next().unwrap_or_default().to_lowercase();
        names_a_body(rest)
            && !rest.starts_with("the ")
            && !opens_with_function_word(rest)
            && !first.ends_with("ing")
            && !first.ends_with("ed")
            && find_to_split(title, at(m.end())..core.end).is_some()
    }) {
        correspondents(title, at(m.end())..core.end, "actors.title.wire_named", &mut found);
    } else if let Some(m) = NOTE_FOR.find(text).filter(|m| names_a_body(&text[m.end()..])) {
        // `Note for the Directorate of Political Affairs, Disarmament, '…'`;
        // `Note for Comrade Veljko Micunovic’s Personal Use`: the possessor.
        let region = at(m.end())..core.end;
        let possessive = ["’s ", "'s "].iter().filter_map(|s| title[region.clone()].find(s)).min();
        let region = match possessive {
            Some(p) => region.start..region.start + p,
            None => region,
        };
        recipients_first(title, region, &mut found);
    } else if let Some(m) = AUTHOR_OF
        .find(text)
        .filter(|m| text[m.end()..].starts_with(|c: char| c.is_uppercase()) && !OCCASION.is_match(&text[m.end()..]))
    {
        let region = at(m.end())..core.end;
        // `Report by the Adviser …, Ivan Dimitrov, to the Bulgarian Ambassador, …`:
        // the writer and the addressee.
        if find_to_split(title, region.clone()).is_some() {
            correspondents(title, region, "actors.title.author_of", &mut found);
            return found;
        }
        // The writer ends where the occasion or the period begins, or at a
        // colon before the entry's own title (`Journal Entry of Ambassador
        // Zhukov: Record of Conversation …`).
        let end = [" from ", " for ", " on ", " about ", " of a ", ": "]
            .iter()
            .filter_map(|needle| top_level_finds(title, region.clone(), needle).first().copied())
            .min()
            .unwrap_or(region.end);
        let (writer, rest) = cut_at_comma(title, region.start..end);
        // `… of the Acting Ambassador of East Germany to North Korea, Comrade
        // Jarck`: the office, then its holder after the comma.
        let writer = match rest.filter(|r| HONORIFIC.is_match(title[r.clone()].trim_start())) {
            Some(holder) => cut_segment(title, holder),
            None => cut_segment(title, writer),
        };
        push_actor(title, writer, "actors.title.author_of.sender", &mut found.senders);
        // `Note of I.Kurchatov for M. Pervukhin, '…'`: the reader after `for`,
        // when a person or a body is named there (not `for the period …`).
        if title[end..].starts_with(" for ") {
            let (reader, _) = cut_at_comma(title, end + 5..region.end);
            let reader = cut_segment(title, reader);
            let words = &title[reader.clone()];
            if HONORIFIC.is_match(words) || opens_with_given_name(words) || has_org_head(words) {
                push_actor(title, reader, "actors.title.author_of.recipient", &mut found.recipients);
            }
        }
    } else if let Some(caps) = SENDER_TYPE_TO.captures(text).filter(|c| {
        let sender = c.get(1).map_or("", |m| m.as_str());
        let capitalized = |w: Option<&str>| w.is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
        // Not a headline and the article of the type noun (`Fidel Castro's
        // 1977 Southern Africa Tour: A Report to Honecker`).
        let headline =
            sender.contains(':') || sender.split_whitespace().last().is_some_and(|w| matches!(w, "A" | "An" | "The"));
        capitalized(sender.split_whitespace().next()) && capitalized(sender.split_whitespace().last()) && !headline
    }) {
        let sender = caps.get(1).expect("sender group");
        let sender = cut_segment(title, at(sender.start())..at(sender.end()));
        push_actor(title, sender, "actors.title.sender_type_to.sender", &mut found.senders);
        let whole = caps.get(0).expect("group 0");
        add_recipients(title, at(whole.end())..core.end, "actors.title.sender_type_to", &mut found);
    } else if let Some(m) = BETWEEN.find(text) {
        let region = cut_segment(title, at(m.end())..core.end);
        // `between K. E. Voroshilov, N. A. Bulganin, N. S. Khrushchev, and A.
        // I. Mikoyan with the Shah`: a serial list of names, every item opening
        // with initials or a given name, parts at its commas too (not `Mao
        // Zedong, Chairman of the CCP, and …`, an office in apposition).
        let serial = !top_level_finds(title, region.clone(), ", and ").is_empty() && {
            let commas = top_level_finds(title, region.clone(), ", ");
            let starts = std::iter::once(region.start).chain(commas.iter().map(|p| p + 2));
            starts.into_iter().all(|s| {
                let item = title[s..region.end].trim_start();
                let item = item.strip_prefix("and ").unwrap_or(item);
                opens_with_given_name(item)
            })
        };
        let mut parts = split_conjuncts(title, region.clone(), serial);
        // `… A. I. Mikoyan with the Shah of Iran …`: a party after `with` in
        // the last of several (a person's title or a given name after it; not
        // `with the Participation of …`).
        if parts.len() > 1
            && let Some(last) = parts.last().cloned()
            && let Some(&p) = top_level_finds(title, last.clone(), " with ").first()
        {
            const WITH: &str = " with ";
            let right = &title[p + WITH.len()..last.end];
            // `with the Participation of Boris Ponomarev`: the party is the
            // name after the words that say how he took part.
            let named_after_of = right
                .strip_prefix("the ")
                .and_then(|r| r.split_once(" of "))
                .map(|(_, name)| name)
                .filter(|name| opens_with_given_name(name));
            let from = match named_after_of {
                Some(name) => Some(last.end - name.len()),
                None => (starts_with_person_title(right) || opens_with_given_name(right)).then_some(p + WITH.len()),
            };
            if let Some(from) = from
                && p > last.start
            {
                parts.pop();
                parts.push(trim(title, last.start..p));
                parts.push(cut_segment(title, from..last.end));
            }
        }
        if parts.len() == 1 {
            // "between" always joins at least two parties (`between N.S.
            // Khrushchev with the Iraqi Public Figures`, a translator's `with`).
            if let Some(&p) = top_level_finds(title, region.clone(), " and ").first() {
                parts = vec![region.start..p, p + 5..region.end];
            } else if let Some(&p) = top_level_finds(title, region.clone(), " with ").first() {
                parts = vec![region.start..p, cut_segment(title, p + 6..region.end)];
            }
        }
        for part in parts {
            push_actor(title, part, "actors.title.between", &mut found.participants);
        }
    } else if let Some(caps) = CONVERSATION.captures(text) {
        conversation(title, &caps, core.clone(), &mut found);
    } else if let Some(m) = RECEPTION.find(text) {
        let region = at(m.end())..core.end;
        let host_end = [" for ", " of "]
            .iter()
            .filter_map(|needle| {
                let p = top_level_finds(title, region.clone(), needle).first().copied()?;
                Some((p, p + needle.len()))
            })
            .min();
        let rule = "actors.title.reception";
        match host_end {
            Some((p, guest_start)) => {
                push_actor(title, region.start..p, rule, &mut found.participants);
                let guest = cut_segment(title, guest_start..region.end);
                push_actor(title, guest, rule, &mut found.participants);
            }
            None => {
                let host = cut_segment(title, region);
                push_actor(title, host, rule, &mut found.participants);
            }
        }
    } else if let Some(m) = SPEECH_BY
        .captures(text)
        .filter(|c| {
            c.get(1).is_some_and(|by| by.as_str().eq_ignore_ascii_case("by")) || names_a_body(&text[c[0].len()..])
        })
        .and_then(|c| c.get(0))
    {
        // `Speech by …`, and `Speech of Nicolae Ceausescu at …` when a name follows.
        let mut speaker = cut_segment(title, at(m.end())..core.end);
        // `Speech Given by Party First Secretary Le Duan to the 12th Plenum of
        // the Party Central Committee`: a body after `to` is the audience.
        if let Some(&p) = top_level_finds(title, speaker.clone(), " to ").first()
            && AUDIENCE.is_match(&title[p + 4..speaker.end])
        {
            let (audience, _) = cut_at_comma(title, p + 4..speaker.end);
            push_actor(title, trim(title, audience), "actors.title.speech_to", &mut found.recipients);
            speaker = trim(title, speaker.start..p);
        }
        push_actor(title, speaker.clone(), "actors.title.speech_by", &mut found.senders);
        // `Speech by Comrade Khrushchev at the 6th PUWP CC Plenum, Warsaw`: the
        // body addressed is the speech's audience.
        if let Some(&p) = top_level_finds(title, speaker.end..core.end, " at ").first() {
            let (audience, _) = cut_at_comma(title, p + 4..core.end);
            let audience = trim(title, audience);
            if AUDIENCE.is_match(&title[audience.clone()]) {
                push_actor(title, audience, "actors.title.speech_at", &mut found.recipients);
            }
        }
    } else if let Some((from, to)) = listed_writers_to(title, core.clone()) {
        // `Report on the Situation in Afghanistan, Gromyko, Andropov, Ustinov,
        // and Ponomarev to CPSU CC`: the writers listed after the topic.
        for part in split_conjuncts(title, from..to, true) {
            push_actor(title, part, "actors.title.list_to.sender", &mut found.senders);
        }
        add_recipients(title, to + 4..core.end, "actors.title.list_to", &mut found);
    } else if person_to(title, core.clone()) {
        // `Raúl Díaz Argíelles to the Cuban Armed Forces Minister [Raúl Castro]`.
        correspondents(title, core.start..core.end, "actors.title.person_to", &mut found);
    } else if split_title(title).subject.is_some() && !ANY_TYPE_WORD.is_match(text) {
        let author = cut_segment(title, core.clone());
        push_actor(title, author, "actors.title.author_subject", &mut found.senders);
    }
    // `Ciphered Telegram No. 50513, Terebin to Kuznetsov, transmitting a
    // Message from Mao Zedong to Filippov [Stalin]`: the message a wire
    // carries has its own writer and addressee, who are the paper's too.
    if let Some(c) = TRANSMITTED.captures(&title[core.clone()]) {
        let (from, to) = (c.get(1).expect("writer"), c.get(2).expect("addressee"));
        let writer = cut_segment(title, core.start + from.start()..core.start + from.end());
        push_actor(title, writer, "actors.title.transmitted.sender", &mut found.senders);
        let addressee = cut_segment(title, core.start + to.start()..core.start + to.end());
        push_actor(title, addressee, "actors.title.transmitted.recipient", &mut found.recipients);
    }
    // A quoted subject that says whom the paper is for (`Iván Németh,
    // 'Memorandum for the Attention of Comrade Mátyás Szűrös'`, `Cable from
    // Ernő Lakatos and Gyula Horn, 'Proposal for the Political Committee'`).
    if found.recipients.is_empty()
        && let Some(subject) = split_title(title).subject
        && let Some(m) = SUBJECT_FOR.find(&title[subject.clone()])
        && names_a_body(&title[subject.start + m.end()..subject.end])
        // (A quoted address names a body or an office: `To the Press
        // Department …`, not `To the New Comer`, an article's readers.)
        && (!starts_with_ignore_case(m.as_str(), "to ") || {
            let addressee = &title[subject.start + m.end()..subject.end];
            has_org_head(addressee) || starts_with_person_title(addressee)
        })
    {
        let region = subject.start + m.end()..subject.end;
        // The quote ends at its closing mark before a space, a bracket or the
        // title's end (`… Communist Parties' (Attachment)`).
        let text = &title[region.clone()];
        let quoted = text
            .char_indices()
            .find(|&(i, c)| {
                matches!(c, '\'' | '’' | '"' | '”')
                    && text[i + c.len_utf8()..].chars().next().is_none_or(|n| n == ' ' || n == ',')
            })
            .map_or(text.len(), |(i, _)| i);
        let mut end = TERMINATOR.find(&text[..quoted]).map_or(region.start + quoted, |t| region.start + t.start());
        // `To the Press Department for Transmission to …`: whom it goes
        // through is no addressee.
        if starts_with_ignore_case(m.as_str(), "to ")
            && let Some(&p) = top_level_finds(title, region.start..end, " for ").first()
        {
            end = p;
        }
        recipients_first(title, region.start..end, &mut found);
    }
    // A paper handed over (`Memorandum Given to Vice Minister Zhang Hanfu by
    // the Soviet Ambassador`): its receiver, then its giver.
    if found.recipients.is_empty()
        && found.senders.is_empty()
        && let Some(m) = HANDED_TO.find(&title[core.clone()])
        && names_a_body(&title[core.start + m.end()..core.end])
    {
        recipients_first(title, core.start + m.end()..core.end, &mut found);
    }
    // Its readers (`TASS Report Distributed to Cdes. I.V. Stalin, V.M.
    // Molotov, …, 'Otto Hapsburg Has Arrived in Austria'`), up to the subject.
    if found.recipients.is_empty()
        && let Some(m) = DISTRIBUTED_TO.find(&title[core.clone()])
        && names_a_body(&title[core.start + m.end()..core.end])
    {
        add_recipients(title, core.start + m.end()..core.end, "actors.title.distributed_to", &mut found);
    }
    // A paper made for someone (`Saddam Hussein’s political portrait - compiled
    // for Foreign Minister Frigyes Puja prior to …`, `prepared for the
    // Secretary`): its reader is the addressee, up to the occasion.
    // The phrase may stand after the title proper (`… portrait - compiled for …`).
    if found.recipients.is_empty()
        && let Some(m) = MADE_FOR.find(title)
        && names_a_body(&title[m.end()..])
    {
        let region = m.end()..title.len();
        let end = [" prior ", " before ", " on ", " about ", " regarding ", " concerning ", " in connection ", ": "]
            .iter()
            .filter_map(|needle| top_level_finds(title, region.clone(), needle).first().copied())
            .min()
            .unwrap_or(region.end);
        recipients_first(title, region.start..end, &mut found);
    }
    found
}

/// A paper handed over, at the title's start (`Memorandum Given to Vice
/// Minister Zhang Hanfu by the Soviet Ambassador`, `Note Handed to …`): whom
/// it was given to, then by whom.
static HANDED_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[\w’'\-]+\s+){1,3}?(?:handed|given|delivered|presented|passed)\s+(?:over\s+)?to\s+")
        .expect("valid regex")
});

/// A paper handed to its readers, anywhere in the title (`TASS Report
/// Distributed to Cdes. I.V. Stalin, V.M. Molotov, …`).
static DISTRIBUTED_TO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:distributed|circulated|forwarded|sent)\s+to\s+").expect("valid regex"));

/// A paper made for someone, anywhere in the title (see [`from_title`]).
static MADE_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:compiled|prepared|written|drawn\s+up|drafted)\s+for\s+(?:the\s+(?:attention|use)\s+of\s+)?")
        .expect("valid regex")
});

/// A paper for someone at a quoted subject's start (see [`from_title`]), or
/// the letter's own address line quoted as its heading (`Letter, 'To the Press
/// Department for Transmission to …'`).
static SUBJECT_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:note|memo(?:randum)?|information|proposals?|instructions?|message)\s+for\s+(?:the\s+attention\s+of\s+)?|to\s+(?-i:the\s+)?)",
    )
    .expect("valid regex")
});

/// A title that is a writer and the type noun after a comma (`KGB Chief
/// Serov, Report`, `Hungarian Embassy in Havana (Beck), Report on the Federal
/// Republic of Germany and Cuba`), perhaps with its addressee (`…, Report to
/// Boris N. Ponomarev, …`: group 2).
static WRITER_COMMA_TYPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Z][^,\[\]]{2,60}),\s+(?i:(?:ciphered|cipher|coded)\s+)?(?i:reports?|memo(?:randum)?|notes?|letter|telegram|cable|information)(?:,\s+(?:\d{1,2}\s+)?\p{Lu}\w+\s+(?:\d{1,2},?\s+)?\d{4}\.?|\s+(?i:on|about|regarding|concerning)\s.+|\s+(?i:to|for)\s+(.+))?$")
        .expect("valid regex")
});

/// A headline's capitalized gerund (` Summarizing`, ` Concerning`): where an
/// addressee's name ends.
static GERUND: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s\p{Lu}\p{Ll}+ing\b").expect("valid regex"));

/// A document named after its writer in the possessive (`I.V. Stalin's Notes
/// regarding …`, `Gomulka’s Memorandum of a Conversation …`, `Excerpts from
/// Andrei A. Gromyko’s speech at …`, `President Tito's Response to …`, `P.
/// Shelest's Analysis for the CPSU CC`).
static POSSESSIVE_WRITER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:excerpts?|extracts?|copy)\s+(?i:from|of)\s+)?(?:[Tt]he\s+)?((?:[A-Z][\w.\-]*\s+){0,6}[A-Z][\w\-]+)['’]s\s+(?:[\w\-]+\s+){0,2}?(?i:reports?|memo(?:randum)?|notes?|letter|diary|journal|telegram|cable|speech|remarks|minutes|record|summary|circular|message|reply|response|answer|analysis|assessment)\b")
        .expect("valid regex")
});

/// A person's name, then the diary's noun, at the title's start (`Hugh Dalton
/// Diary Entry Concerning …`).
static DIARIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^((?:[A-Z][\w.\-]*\s+){1,3}?[A-Z][\w\-]+)\s+(?i:diary|journal|notebook)\s+(?i:entry|entries|extract)\b",
    )
    .expect("valid regex")
});

/// The diarist of [`DIARIST`]: a person's name (its first word a common
/// given name or an initial), no body's.
fn diarist(title: &str, core: Range<usize>) -> Option<Range<usize>> {
    let name = DIARIST.captures(&title[core.clone()])?.get(1)?;
    let first = name.as_str().split_whitespace().next()?;
    let person = crate::lexicon::GIVEN_NAMES.contains(first.to_lowercase().as_str()) || is_initials(first);
    (person && !has_org_head(name.as_str())).then(|| core.start + name.start()..core.start + name.end())
}

/// The paper a reply answers, named after its writer in the possessive
/// (`Kim Il Sung's Message of July 7`).
static ANSWERED_PAPER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"['’]s\s+(?i:message|letter|note|telegram|cable|proposals?|request|appeal|greetings|inquiry)\b")
        .expect("valid regex")
});

/// The writer's name of a title that opens with it in the possessive (see
/// [`POSSESSIVE_WRITER`]): a person's name or a body's (`Chinese Foreign
/// Ministry’s Summary`, `The KGB’s 1967 Annual Report`), not a country's
/// (`Hungary's Report`).
fn possessive_writer(title: &str, core: Range<usize>) -> Option<Range<usize>> {
    let caps = POSSESSIVE_WRITER.captures(&title[core.clone()])?;
    let name = caps.get(1)?;
    let abbreviation = name.as_str().len() >= 2 && name.as_str().chars().all(|c| c.is_ascii_uppercase());
    if (has_org_head(name.as_str()) || abbreviation) && !crate::entities::is_place_name(name.as_str()) {
        return Some(core.start + name.start()..core.start + name.end());
    }
    // Titles may come first (`President Tito's Response to …`), an office's
    // words too (`Deputy Minister Naszkowski's Record of the Conference …`),
    // and the office's domain before them (`Bulgarian State Security
    // Chairman Angel Solakov’s Report at a … Plenum`): the name follows the
    // last title's word.
    // (A surname that is a rank's word stays the name: `John Major's Letter`.)
    let words: Vec<&str> = name.as_str().split_whitespace().collect();
    let is_title = |w: &str| {
        let lower = w.to_lowercase();
        crate::lexicon::HONORIFICS.contains(lower.as_str()) || crate::lexicon::TITLE_WORDS.contains(lower.as_str())
    };
    let leading = words.iter().take_while(|w| is_title(w)).count();
    let titles = match words.iter().rposition(|w| is_title(w)) {
        Some(last) if last + 1 < words.len() => last + 1,
        _ => leading,
    };
    // After an office's words that are no honorific, no common noun or agent
    // noun (`Chief Negotiator's Report`, `Political Officer's Memorandum`).
    let office_words = words[..titles].iter().any(|w| !crate::lexicon::HONORIFICS.contains(w.to_lowercase().as_str()));
    let noun = |w: &str| {
        let lower = w.to_lowercase();
        crate::lexicon::COMMON_WORDS.contains(lower.as_str())
            || ["or", "er", "ist", "ent", "ant", "ary"].iter().any(|end| lower.ends_with(end))
    };
    let plain = titles < words.len()
        && words[titles..].iter().all(|w| is_initials(w) || plain_name_word(w) && !(office_words && noun(w)));
    (plain && !crate::entities::is_place_name(name.as_str()))
        .then(|| core.start + name.start()..core.start + name.end())
}

/// A report, memorandum, notes or letter named after its writers, written
/// before the type noun (`Ivanov and Prikhodov Report on …`, `Andropov Report,
/// 1 November 1956`, `P. Shelest Reports on …`); a body's name may hold `of`,
/// `for` and its letters in brackets (`Czechoslovak Ministry of Interior
/// Memorandum on …`, `Czechoslovak Secret Police (StB) Memorandum, …`); a
/// body's resolution, decision or directive too (`Hungarian Politburo
/// Resolution on Fight against 'Hostile Propaganda'`).
static WRITER_TYPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:excerpts?|extracts?)\s+(?i:from|of)\s+(?:the\s+)?)?(?:(?:Top\s+)?Secret\s+)?((?:[A-Z]\.\s*){0,3}(?:[A-Z][\w'’\-]+)(?:\s+(?:and\s+|of\s+(?:the\s+)?|for\s+)?[A-Z][\w'’\-]+|\s+\([A-Z][A-Za-z]{1,6}\)){0,6})\s+((?i:reports?|memo(?:randum)?|notes?|letter|diary|account|proposals?|cables?|telegrams?|resolutions?|decisions?|directives?))(?:\s*,|\s+(?i:on|about|regarding|concerning|of|for)\s|\s+(to)\s+(?:the\s+)?[A-Z]|\s+(?i:no\.?)\s*\d[\d/.\-]*$|$)")
        .expect("valid regex")
});

/// The writers' names of a title that opens with them (see [`WRITER_TYPE`]):
/// every word a plain capitalized word, none a common word, a title, a body's
/// noun or a nationality (`Soviet Report`, `Annual Report` have no writer).
fn writers_before_type(title: &str, core: Range<usize>) -> Option<Range<usize>> {
    let caps = WRITER_TYPE.captures(&title[core.clone()])?;
    let writers = caps.get(1)?;
    let plain =
        writers.as_str().split_whitespace().filter(|w| *w != "and").all(|w| is_initials(w) || plain_name_word(w));
    // A possessive is [`possessive_writer`]'s, which knows a country's from a person's.
    let possessive = writers.as_str().ends_with("'s") || writers.as_str().ends_with("’s");
    // `Bulgarian Interior Ministry Note on …`, `Chinese Foreign Ministry Report, …`: a body.
    let body = has_org_head(writers.as_str()) && !crate::entities::is_place_name(writers.as_str());
    // A note or an account is named after a body only: `Editorial Note`,
    // `Verbal Note` name their kind.
    let kind_only = caps.get(2).is_some_and(|t| matches!(t.as_str().to_lowercase().as_str(), "note" | "account"));
    // One common word names the paper's kind, not its writer (`Working Notes
    // of V.M. Molotov`).
    let common = !writers.as_str().contains(char::is_whitespace)
        && crate::lexicon::COMMON_WORDS.contains(writers.as_str().to_lowercase().as_str());
    ((plain && !kind_only && !common || body) && !possessive)
        .then(|| core.start + writers.start()..core.start + writers.end())
}

/// The body a name attaches to another one names first (`Principal
/// Directorate for Foreign Tourism at the USSR Council of Ministers`, `Main
/// Directorate under the Council of Ministers`), when both read as bodies;
/// otherwise the whole name.
fn attached_body(name: &str) -> &str {
    [" at the ", " under the "]
        .iter()
        .find_map(|link| name.split_once(link))
        .filter(|(inner, outer)| is_body_name(inner) && is_body_name(outer))
        .map_or(name, |(inner, _)| inner)
}

/// Whether ` to ` splits a title that opens with a person or a body and has no
/// type noun (`Mao Zedong to Stalin`, `Raúl Díaz Argíelles to the Cuban Armed
/// Forces Minister`, `Bulgarian Legation, Washington, to Bulgarian Foreign
/// Ministry`, `A. Sukharev et al to the CPSU Central Committee`): the name is
/// two to four capitalized words (a trailing `et al` aside) and starts with a
/// known given name or an initial, is a leader of the built-in table or names
/// a body.
fn person_to(title: &str, core: Range<usize>) -> bool {
    let Some(&p) = top_level_finds(title, core.clone(), " to ").first() else { return false };
    let sender = title[core.start..p].trim();
    let sender = sender.strip_suffix(" et al.").or_else(|| sender.strip_suffix(" et al")).unwrap_or(sender);
    if ANY_TYPE_WORD.is_match(&title[core.clone()]) {
        return false;
    }
    // `… Ishibashi Tanzan Hopes to Visit China`: a headline, not a sender;
    // nor `… Protocol Nº 158 § 6 Measures to Vigorously Counteract …`.
    if sender
        .split_whitespace()
        .last()
        .is_some_and(|w| crate::lexicon::HEADLINE_VERBS.contains(w.to_lowercase().as_str()))
    {
        return false;
    }
    // `Yurii Andropov, Nikolai Shchelokov, and Mikhail Malyarov to the CPSU CC`.
    if is_person_list(sender) {
        return true;
    }
    // `Moldavian Communist Party Central Committee, No. 101 s, to CPSU Central
    // Committee`: a body's name of any length, its register number after it.
    // (Without the number a long capitalized run before ` to ` is as often a
    // headline: `Bulgarian and Czechoslovak Interior Ministries Plan to
    // Cooperate …`.)
    let named =
        REGISTER_NUMBER.find(sender).map_or(sender, |number| sender[..number.start()].trim_end().trim_end_matches(','));
    if named.len() < sender.len() && is_body_name(attached_body(named)) {
        return true;
    }
    // `Czechoslovak Embassy in Havana to Ministry of Foreign Affairs, 6th
    // Territorial Department`: a mission named by its post writes too.
    if let Some((mission, post)) = sender.rsplit_once(" in ")
        && is_body_name(mission)
        && mission
            .split_whitespace()
            .last()
            .is_some_and(|head| crate::lexicon::LOCATED_HEADS.contains(head.to_lowercase().as_str()))
        && crate::entities::is_place_name(post)
        // (Not a headline's infinitive: `Soviet Delegation in Geneva to Propose Test Ban`.)
        && {
            let addressee = title[p + 4..core.end].trim_start_matches("the ");
            has_org_head(addressee) || starts_with_person_title(addressee)
        }
    {
        return true;
    }
    // The Foreign Relations heading: an office, its holder in brackets
    // (`The President of the Republic of Korea (Rhee) to President
    // Eisenhower`, `The Ambassador in Korea (Briggs) to the Department of
    // State`), or an office or body after `The` (`The Secretary of State to
    // the Embassy in Korea`).
    if let Some(office) = sender.strip_prefix("The ")
        && (first_word(office).chars().all(char::is_alphabetic) && starts_with_person_title(office)
            || ends_with_org_head(office.split(" in ").next().unwrap_or(office)))
    {
        return true;
    }
    // `I. Gladush, Minister of the Interior, to the Central Committee of the
    // Ukrainian Communist Party`: the name, then the office after a comma.
    let sender = match sender.split_once(',') {
        Some((name, office)) if starts_with_person_title(office.trim().trim_end_matches(',')) => name.trim(),
        _ => sender,
    };
    // `Maurice Couve de Murville to Prime Minister Michel Debré`: a name's
    // lowercase particle stands between its capitalized words.
    let all_words: Vec<&str> = sender.split_whitespace().collect();
    let inner = all_words.len().saturating_sub(2);
    let particles =
        all_words.iter().skip(1).take(inner).filter(|w| crate::lexicon::NAME_PARTICLES.contains(**w)).count();
    let words: Vec<&str> = all_words.iter().copied().filter(|w| !crate::lexicon::NAME_PARTICLES.contains(*w)).collect();
    let capitalized = words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()));
    if !(2..=4).contains(&words.len()) || !capitalized || words.len() + particles != all_words.len() {
        return false;
    }
    let first = dossier_gazetteer::ascii_fold(&words[0].to_lowercase());
    let known = crate::lexicon::KNOWN_PERSONS.iter().any(|row| row.contains(&sender));
    // `A. Sukharev et al to the CPSU Central Committee`, `Yu. Andropov to the
    // CPSU CC`: an initial, then the surname.
    let initial = is_initials(words[0]) && words[1].len() > 2;
    // `Bulgarian Legation, Washington, to Bulgarian Foreign Ministry`: a body.
    crate::lexicon::GIVEN_NAMES.contains(first.as_str()) || initial || known || has_org_head(sender)
}

/// Where a list of three or more surnames after a comma starts in `core`, and
/// where the ` to ` after it starts (`…, Gromyko, Andropov, Ustinov, and
/// Ponomarev to CPSU CC`): every item one capitalized word, none a state,
/// region or large city, and none a town unless it is a recorded surname.
fn listed_writers_to(title: &str, core: Range<usize>) -> Option<(usize, usize)> {
    let to = *top_level_finds(title, core.clone(), " to ").first()?;
    let commas = top_level_finds(title, core.start..to, ", ");
    // The list starts after the comma that ends what comes before it: the
    // earliest comma from which everything up to ` to ` is a list of names.
    let from = commas.iter().map(|&c| c + 2).find(|&start| {
        let list = &title[start..to];
        let items: Vec<&str> = list
            .split(',')
            .flat_map(|part| part.split(" and "))
            .map(|item| item.trim().trim_start_matches("and ").trim())
            .filter(|item| !item.is_empty())
            .collect();
        items.len() >= 3
            && is_name_list(list)
            && items.iter().all(|item| {
                // (A surname a Soviet town once bore, `Andropov`, is still a
                // name when the people database records it; not `Radom`.)
                !item.contains(' ')
                    && plain_name_word(item)
                    && !crate::entities::is_state_or_metropolis(item)
                    && (!crate::entities::is_place_name(item) || crate::entities::is_recorded_surname(item, None))
            })
    });
    Some((from?, to))
}

/// True when `text` is a body's name alone: capitalized words, perhaps joined
/// by `of`, `the`, `and` or `for`, with an institution's head noun
/// (`Moldavian Communist Party Central Committee`, `Ministry of Foreign Affairs`).
fn is_body_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=8).contains(&words.len())
        && words.first().is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| w.starts_with(char::is_uppercase) || crate::lexicon::NAME_FUNCTION_WORDS.contains(w))
        && has_org_head(text)
}

/// True when `text` is a list of names (see [`is_name_list`]) of people: every
/// item two words or more, one at least opening with a known given name or an
/// initial (`Yurii Andropov, Nikolai Shchelokov, and Mikhail Malyarov`; not
/// `Washington, DC, No.084.504, Urgent, SECRET`).
fn is_person_list(text: &str) -> bool {
    let items: Vec<&str> = comma_and_items(text).filter(|item| !is_name_suffix(item)).collect();
    is_name_list(text)
        && items.iter().all(|item| item.split_whitespace().count() >= 2)
        && items.iter().any(|item| opens_with_given_name(item))
}

/// True when `text` lists three people or more, each after an office (`KGB
/// Chief Viktor M. Chebrikov, Soviet Foreign Minister Eduard Shevardnadze,
/// Defense Minister Marshal Sergei L. Sokolov, and Central Committee
/// International Relations Secretary Anatoly Dobrynin`): each item holds a
/// title's word and ends in a name that opens with a given name or initials.
fn is_titled_person_list(text: &str) -> bool {
    let items: Vec<&str> = comma_and_items(text).collect();
    items.len() >= 3
        && items.iter().all(|item| {
            let words: Vec<&str> = item.split_whitespace().collect();
            let titled = |k: usize| {
                words[..k].iter().any(|w| {
                    let lower = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                    crate::lexicon::TITLE_WORDS.contains(lower.as_str()) || HONORIFIC.is_match(w)
                })
            };
            (1..words.len().saturating_sub(1)).any(|k| {
                let name = &words[k..];
                name.len() <= 4
                    && titled(k)
                    && opens_with_given_name(&name.join(" "))
                    && name.iter().all(|w| w.starts_with(char::is_uppercase) && plain_name_word(w))
            })
        })
}

/// The items of `text` split at its commas and its `and`s, trimmed, none
/// empty (`A, B, and C`).
fn comma_and_items(text: &str) -> impl Iterator<Item = &str> {
    text.split(',')
        .flat_map(|part| part.split(" and "))
        .map(|item| item.trim().trim_start_matches("and ").trim())
        .filter(|item| !item.is_empty())
}

/// True when `item` is a generational suffix alone (`Jr.` of `George B.
/// Murphy, Jr.`): part of the name before its comma, not a list's item.
fn is_name_suffix(item: &str) -> bool {
    crate::lexicon::NAME_SUFFIXES.contains(item.trim_end_matches('.').to_lowercase().as_str())
}

/// True when `name` opens with a known given name or an initial (`Nikolai
/// Shchelokov`, `A. Sukharev`).
fn opens_with_given_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(first) = words.first() else { return false };
    let folded = dossier_gazetteer::ascii_fold(&first.to_lowercase());
    words.len() >= 2 && (crate::lexicon::GIVEN_NAMES.contains(folded.as_str()) || is_initials(first))
}

/// True when `word` may stand in a person's name: no listed non-name word,
/// no title, no small word a title capitalizes, no body's noun (edge
/// punctuation ignored).
pub(crate) fn plain_name_word(word: &str) -> bool {
    let lower = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    !crate::lexicon::NOT_NAMES.contains(lower.as_str())
        && !crate::lexicon::TITLE_WORDS.contains(lower.as_str())
        && !crate::lexicon::TITLE_CASE_WORDS.contains(lower.as_str())
        && !crate::lexicon::ORG_HEADS.contains(lower.as_str())
}

/// True when `word` is one initial or a run of them (`V.`, `N.A.`, `Yu.V.`).
pub(crate) fn is_initials(word: &str) -> bool {
    word.ends_with('.')
        && word[..word.len() - 1].split('.').all(|part| {
            let mut chars = part.chars();
            // `Yu. Andropov`, `Zh. Batmunkh`: a Russian digraph is one initial.
            chars.next().is_some_and(char::is_uppercase)
                && (chars.count() <= 1 || crate::entities::is_digraph_initial(part))
        })
}

/// Lines of a body's top read for its own heading.
const HEADING_LINES: usize = 8;

/// Bytes a heading line may have.
const MAX_HEADING_BYTES: usize = 500;

/// The correspondents a record's own heading names near the top of its body
/// (`Report of … M. Djilas and … V. Terzić to the President of …, Marshal J.
/// B. Tito`), read as a title is: a line of the first few that opens with a
/// paper's type noun and names both a writer and an addressee. Rules
/// `actors.heading.*`, evidence in the body.
pub(crate) fn from_body_heading(body: &str) -> Option<TitleActors> {
    let mut offset = 0;
    for line in body.split('\n').take(HEADING_LINES) {
        let start = offset;
        offset += line.len() + 1;
        let trimmed = line.trim_end();
        if trimmed.len() > MAX_HEADING_BYTES || ANY_TYPE_WORD.find(trimmed).is_none_or(|m| m.start() != 0) {
            continue;
        }
        let mut found = from_title(trimmed);
        if found.senders.is_empty() || found.recipients.is_empty() {
            continue;
        }
        for actor in found.senders.iter_mut().chain(found.recipients.iter_mut()).chain(found.participants.iter_mut()) {
            actor.evidence.field = TextField::Body;
            actor.evidence.start += start;
            actor.evidence.end += start;
            if let Some(rest) = actor.rule.strip_prefix("actors.title.") {
                actor.rule = format!("actors.heading.{rest}");
            }
        }
        return Some(found);
    }
    None
}

/// A segment of a title that says whom a paper informs: `Information for the
/// President of Brazil` (group 1: the addressee, its article left out).
static INFORMATION_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Information|Note|Memorandum)\s+(?:for|to)\s+(?:the\s+)?(\p{Lu}[^,]*)").expect("valid regex")
});

/// The addressee of a comma-separated segment of `region` that says whom the
/// paper informs (`Memorandum, Foreign Minister Azeredo da Silveira,
/// Information for the President of Brazil, 'Uranium Enrichment'`), and
/// where that segment starts.
fn information_for(title: &str, region: Range<usize>) -> Option<(usize, Range<usize>)> {
    let starts =
        std::iter::once(region.start).chain(top_level_finds(title, region.clone(), ", ").into_iter().map(|p| p + 2));
    starts.into_iter().find_map(|at| {
        let found = INFORMATION_FOR.captures(&title[at..region.end])?.get(1)?;
        Some((at, at + found.start()..at + found.end()))
    })
}

/// A resolution, decision, decree, directive or instructions of a body, up to
/// a comma, a quoted topic, its number or a subject's `on`/`regarding` (group
/// 1: the body and any addressee after ` to ` or ` for `): `Resolution of the
/// Secretariat of the CC CPSU, 'On New Points …'`, `Decree of the CC CPSU
/// Politburo to Mir Bagirov CC Secretary of the Communist Party of Azerbaijan,
/// '…'`, `Instructions of the Coordinating Center of the Civic Forum for the
/// Local Forums with a Recommendation …, Prague`; `by` for `of` too
/// (`Resolution No. B-7 by the Central Committee of the Bulgarian Communist
/// Party Politburo, Regarding …`); a quote that opens the subject follows a
/// space, an apostrophe inside a name does not (`the CC of the People's Party
/// of Iran`).
static RESOLUTION_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:resolution|decision|decree|directive|instructions?)\s+(?:No\.?\s*\S+\s+)?(?:of|by)\s+(?:the\s+)?(\p{Lu}(?:[^,'‘“\x22]|['’]s\b)*?)(?:\s+(?i:No\.?)\s*\d\S*|\s+(?i:on|regarding|concerning|about)\s.*)?(?:\s*,.*|\s+['‘“\x22].*)?$")
        .expect("valid regex")
});

/// Reads `X to Y[, for Z]` in `region`.
fn correspondents(title: &str, region: Range<usize>, rule: &str, found: &mut TitleActors) {
    // `Memorandum, Information for the President of Brazil, No. 055/74 …`:
    // the segment that names whom the paper informs is no writer.
    // `Excerpt from the Embassy Report no. 2296/1954, Registered by the
    // Ministry of Foreign Affairs as 3002/1954`: the body that registered
    // the paper on its arrival is its addressee, not its writer.
    if rule == "actors.title.comma_to"
        && let Some(body) = registered_by(title, region.clone())
    {
        add_recipients(title, body, &format!("{rule}.registered_by"), found);
        return;
    }
    let informs = (rule == "actors.title.comma_to").then(|| information_for(title, region.clone())).flatten();
    if let Some((at, addressee)) = &informs {
        add_recipients(title, addressee.clone(), &format!("{rule}.information_for"), found);
        if *at == region.start {
            return;
        }
    }
    let region = match &informs {
        Some((at, _)) => region.start..at - 2,
        None => region,
    };
    let (sender_region, recipient_region) = match find_to_split(title, region.clone()) {
        Some(p) => (region.start..p, Some(p + 4..region.end)),
        // `Letter, Cde. Filippov [Stalin] for Mao Zedong`: after a type and a
        // comma, ` for ` a person's or a body's name is the addressee.
        None => match for_split(title, region.clone()).filter(|_| rule == "actors.title.comma_to") {
            Some(p) => (region.start..p, Some(p + 5..region.end)),
            None => (region, None),
        },
    };
    let signer = bracketed_signer(title, sender_region.clone());
    let list = is_person_list(&title[sender_region.clone()]) || is_titled_person_list(&title[sender_region.clone()]);
    let (sender_region, _) = if list { (sender_region, None) } else { cut_at_comma(title, sender_region) };
    let sender_region = cut_segment(title, sender_region);
    for part in split_conjuncts(title, sender_region, list) {
        push_actor(title, part, &format!("{rule}.sender"), &mut found.senders);
    }
    if let Some(signer) = signer
        && found.senders.iter().all(|s| s.value.kind != ActorKind::Person)
    {
        push_actor(title, signer, &format!("{rule}.signer"), &mut found.senders);
    }
    if let Some(recipient_region) = recipient_region {
        add_recipients(title, recipient_region, rule, found);
    }
}

/// The body in `Registered by the Ministry of Foreign Affairs as 3002/1954`
/// (`Received by …` alike), up to its registry number.
fn registered_by(title: &str, region: Range<usize>) -> Option<Range<usize>> {
    let text = &title[region.clone()];
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let cue = ["registered by ", "received by "]
        .into_iter()
        .find(|cue| rest.get(..cue.len()).is_some_and(|head| head.eq_ignore_ascii_case(cue)))?;
    let start = region.start + lead + cue.len();
    let body = &title[start..region.end];
    let end = body.find(" as ").or_else(|| body.find(',')).unwrap_or(body.len());
    let body = body[..end].trim_end();
    (names_a_body(body) && has_org_head(body)).then(|| start..start + body.len())
}

/// The person named in brackets after a mission or a delegation (`Dutch
/// Embassy, Havana (Boissevain)`, `Brazilian Delegation at the 17th Session
/// of the UN General Assembly (Afonso Arinos)`): its head, who signed.
fn bracketed_signer(title: &str, region: Range<usize>) -> Option<Range<usize>> {
    let text = &title[region.clone()];
    let open = text.find('(')?;
    let close = open + text[open..].find(')')?;
    let inner = &text[open + 1..close];
    let words: Vec<&str> = inner.split_whitespace().collect();
    let name_shaped =
        (1..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase) && plain_name_word(w));
    let named_after_body = has_org_head(&text[..open])
        || crate::lexicon::ACTOR_ORG_HEADS.iter().any(|h| text[..open].to_lowercase().contains(h));
    (name_shaped && named_after_body && !crate::entities::is_place_name(inner))
        .then(|| region.start + open + 1..region.start + close)
}

/// Where ` for ` separates a sender from an addressee in `region`: the
/// addressee starts with a capital (not `for the period`, `for Cultural
/// Relations` after a body's noun), the sender does not end with an
/// institution's head noun (`Committee for State Security`).
fn for_split(title: &str, region: Range<usize>) -> Option<usize> {
    let &p = top_level_finds(title, region.clone(), " for ").first()?;
    let after = title[p + 5..region.end].trim_start();
    let before = last_word(&title[region.start..p]);
    let body_noun = crate::lexicon::ORG_HEADS.contains(before.as_str())
        || crate::lexicon::ACTOR_ORG_HEADS.contains(before.as_str());
    (after.starts_with(|c: char| c.is_uppercase()) && !body_noun).then_some(p)
}

/// Reads `to Y from X` in `region` (the text after "to").
fn recipients_first(title: &str, region: Range<usize>, found: &mut TitleActors) {
    let rule = "actors.title.to_from";
    // `Report to the Politburo by the Department of International Relations
    // of the Central Committee …`: `by` names the writer as `from` does.
    let writer_at = top_level_finds(title, region.clone(), " from ").first().map(|&p| (p, p + 6)).or_else(|| {
        top_level_finds(title, region.clone(), " by ")
            .first()
            .filter(|&&p| {
                title[p + 4..region.end].starts_with(|c: char| c.is_uppercase()) || title[p + 4..].starts_with("the ")
            })
            .map(|&p| (p, p + 4))
    });
    match writer_at {
        Some((p, after)) => {
            add_recipients(title, region.start..p, rule, found);
            // `… from János Berecz, Gyorgy Aczel, Jeno Fock`: a list of names.
            let list = is_name_list(&title[after..region.end]);
            let (sender_region, _) =
                if list { (after..region.end, None) } else { cut_at_comma(title, after..region.end) };
            let sender_region = cut_segment(title, sender_region);
            for part in split_conjuncts(title, sender_region, list) {
                push_actor(title, part, &format!("{rule}.sender"), &mut found.senders);
            }
        }
        None => add_recipients(title, region, rule, found),
    }
}

/// A plural cue before a list of names: `Cdes.`, `Comrades`, `Coms.`, `Messrs.`.
static PLURAL_CUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:Comrades|Cdes\.?|Coms\.|Messrs\.?)\s+").expect("valid regex"));

/// True when `text` is a list of three or more short names (`Molotov, Beria,
/// Malenkov and Mikoyan`): every item one to three capitalized words, none an
/// institution's.
fn is_name_list(text: &str) -> bool {
    let text = cut_segment_text(text);
    let items: Vec<&str> =
        text.split(',').flat_map(|part| part.split(" and ")).map(str::trim).filter(|p| !p.is_empty()).collect();
    items.len() >= 3
        && items.iter().all(|item| {
            // `[Politburo Members] Comrade Walter Ulbricht`, `Comrade Hermann Axen[Excerpts]`.
            let item = item.strip_prefix('[').and_then(|rest| rest.split_once("] ")).map_or(*item, |(_, name)| name);
            let item = item.split('[').next().unwrap_or(item).trim();
            let item = HONORIFIC.find(item).map_or(item, |m| &item[m.end()..]);
            let words: Vec<&str> = item.split_whitespace().collect();
            // `President Geisel, US Threats and Promises and Brazilian
            // Responses`: a topic's nouns are common words, a name's are not.
            let common = words.last().is_some_and(|w| crate::lexicon::COMMON_WORDS.contains(w.to_lowercase().as_str()));
            (1..=3).contains(&words.len())
                && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
                && !has_org_head(item)
                && !common
        })
}

/// The part of `text` before any terminator of an actor's name (` on `, ` regarding `…).
fn cut_segment_text(text: &str) -> &str {
    TERMINATOR.find(text).map_or(text, |m| &text[..m.start()])
}

/// Adds the recipients in `region`, and a `, for Z` recipient after them.
fn add_recipients(title: &str, region: Range<usize>, rule: &str, found: &mut TitleActors) {
    // `to Cdes. Molotov, Beria, Malenkov, Mikoyan, and the 3rd Unit`: after
    // the plural cue every item is an addressee of its own.
    let text = &title[region.clone()];
    let lead = text.len() - text.trim_start().len();
    if let Some(cue) = PLURAL_CUE.find(&text[lead..]) {
        let region = cut_segment(title, region.start + lead + cue.end()..region.end);
        for part in split_conjuncts(title, region, true) {
            push_actor(title, part, &format!("{rule}.recipient"), &mut found.recipients);
        }
        return;
    }
    // `to the Chairman [Mao Zedong] and Comrades Liu [Shaoqi], Zhu [De], …`:
    // one addressee, then a list after the plural cue.
    if let Some(&p) = top_level_finds(title, region.clone(), " and ")
        .iter()
        .find(|&&p| PLURAL_CUE.is_match(&title[p + 5..region.end]))
    {
        add_recipients(title, region.start..p, rule, found);
        add_recipients(title, p + 5..region.end, rule, found);
        return;
    }
    if is_name_list(&title[region.clone()]) {
        let region = cut_segment(title, region);
        for part in split_conjuncts(title, region, true) {
            push_actor(title, part, &format!("{rule}.recipient"), &mut found.recipients);
        }
        return;
    }
    let (head, rest) = cut_at_comma(title, region);
    let head = cut_segment(title, head);
    for part in split_conjuncts(title, head, false) {
        push_actor(title, part, &format!("{rule}.recipient"), &mut found.recipients);
    }
    let Some(rest) = rest else { return };
    let rest = trim(title, rest);
    let text = &title[rest.clone()];
    // `to the President of the National Committee …, Marshal J. B. Tito`: the
    // office's holder after the comma, an honorific or a rank first.
    let first = text.split_whitespace().next().unwrap_or_default().to_lowercase();
    if crate::lexicon::HONORIFICS.contains(first.as_str())
        && text[first.len()..].trim_start().starts_with(|c: char| c.is_uppercase())
    {
        let (holder, _) = cut_at_comma(title, rest.clone());
        let holder = cut_segment(title, holder);
        push_actor(title, holder, &format!("{rule}.recipient"), &mut found.recipients);
        return;
    }
    if starts_with_ignore_case(text, "for ") && text.len() > 4 {
        let (for_region, _) = cut_at_comma(title, rest.start + 4..rest.end);
        let for_region = cut_segment(title, for_region);
        push_actor(title, for_region, &format!("{rule}.for"), &mut found.recipients);
    }
}

/// Reads the participants of a `conversation of/with/by` title.
fn conversation(title: &str, caps: &regex::Captures<'_>, core: Range<usize>, found: &mut TitleActors) {
    let rule = "actors.title.conversation";
    let whole = caps.get(0).expect("group 0");
    let region = core.start + whole.end()..core.end;
    match caps.get(1).expect("preposition").as_str().to_lowercase().as_str() {
        "of" => match top_level_finds(title, region.clone(), " with ").first() {
            Some(&p) => {
                push_actor(title, region.start..p, rule, &mut found.participants);
                let other = cut_segment(title, p + 6..region.end);
                push_actor(title, other, rule, &mut found.participants);
            }
            None => {
                let only = cut_segment(title, region);
                push_actor(title, only, rule, &mut found.participants);
            }
        },
        "by" => {
            let region = cut_segment(title, region);
            for part in split_conjuncts(title, region, true) {
                push_actor(title, part, rule, &mut found.participants);
            }
        }
        _ => {
            let region = cut_segment(title, region);
            for part in split_conjuncts(title, region, false) {
                push_actor(title, part, rule, &mut found.participants);
            }
        }
    }
}

/// Byte offsets of `needle` (ASCII, any case) in `title[range]`, outside brackets.
fn top_level_finds(title: &str, range: Range<usize>, needle: &str) -> Vec<usize> {
    let mut depth = 0usize;
    let mut hits = Vec::new();
    for (i, c) in title[range.clone()].char_indices() {
        let pos = range.start + i;
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0
            && pos + needle.len() <= range.end
            && title.get(pos..pos + needle.len()).is_some_and(|s| s.eq_ignore_ascii_case(needle))
        {
            hits.push(pos);
        }
    }
    hits
}

/// The lowercase word, without surrounding punctuation or a possessive.
fn bare_word(word: &str) -> String {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    let word = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
    word.to_lowercase()
}

fn last_word(text: &str) -> String {
    text.split_whitespace().last().map(bare_word).unwrap_or_default()
}

fn first_word(text: &str) -> String {
    text.split_whitespace().next().map(bare_word).unwrap_or_default()
}

fn has_org_head(text: &str) -> bool {
    // Plurals too: `PPR and PPS Delegations`, `Regional Committees`, `Embassies`.
    text.split_whitespace().map(bare_word).any(|w| {
        ACTOR_ORG_HEADS.contains(w.as_str())
            || crate::entities::names::singular(&w).is_some_and(|one| ACTOR_ORG_HEADS.contains(one.as_str()))
    })
}

pub(crate) fn has_person_title(text: &str) -> bool {
    text.split_whitespace().any(|w| ACTOR_PERSON_TITLES.contains(bare_word(w).as_str()))
}

fn ends_with_org_head(text: &str) -> bool {
    ACTOR_ORG_HEADS.contains(last_word(text).as_str())
}

/// True when `text` opens with a person's title within its first four words
/// (`Vice Premier Deng`, `South Korean Communist Leader Pak Heon-yeong`).
fn starts_with_person_title(text: &str) -> bool {
    text.split_whitespace().take(4).any(|w| ACTOR_PERSON_TITLES.contains(bare_word(w).as_str()))
}

fn starts_with_article(text: &str) -> bool {
    starts_with_ignore_case(text, "the ")
}

/// `text.starts_with(prefix)` ignoring ASCII case, safe on any UTF-8 text.
fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len()).is_some_and(|s| s.eq_ignore_ascii_case(prefix))
}

/// The first ` to ` in `region` that separates a sender from a recipient.
fn find_to_split(title: &str, region: Range<usize>) -> Option<usize> {
    // `… Regarding the Conversation of Petre Balaceanu with Dean Rusk
    // Referring to the War in Vietnam`: a ` to ` inside the topic names no
    // addressee.
    let topic = TOPIC.find(&title[region.clone()]).map_or(region.end, |m| region.start + m.start());
    let mut splits = top_level_finds(title, region.clone(), " to ");
    splits.retain(|&p| p < topic);
    for (n, &p) in splits.iter().enumerate() {
        let before = last_word(&title[region.start..p]);
        // `the Adviser to the Bulgarian Embassy in Beijing, Ivan Dimitrov, to
        // the Bulgarian Ambassador`: after a person's title, ` to ` names the
        // post when a later ` to ` names the addressee.
        if n + 1 < splits.len() && !title[..p].ends_with(',') && ACTOR_PERSON_TITLES.contains(before.as_str()) {
            continue;
        }
        // (Up to the topic: `… Embassy to the DPRK (A. Borunkov) about Embassy
        // Measures …` names no embassy after ` to `.)
        let after_region = p + 4..topic;
        let after = &title[after_region.clone()];
        if PURPOSE_BODIES.contains(before.as_str()) && PURPOSE_VERBS.contains(first_word(after).as_str()) {
            continue;
        }
        // `… on N. Ceaușescu’s Visit to the Soviet Union`: a journey's
        // destination.
        if crate::lexicon::JOURNEY_NOUNS.contains(before.as_str()) {
            continue;
        }
        // `Ambassador to Japan`, and `the Acting Ambassador of East Germany to
        // North Korea`: the head of a mission of a country, then its post.
        let phrase = title[region.start..p].rsplit(',').next().unwrap_or_default();
        let words: Vec<String> = phrase.split_whitespace().map(bare_word).collect();
        // (`Ambassador of the People's Republic of Bulgaria to Pyongyang`: a
        // state's formal name has its own `of`.)
        let of_country = words.iter().position(|w| ACCREDITED_HEADS.contains(w.as_str())).is_some_and(|h| {
            words.get(h + 1).is_some_and(|w| w == "of")
                && phrase
                    .split_whitespace()
                    .skip(h + 2)
                    .all(|w| w.starts_with(char::is_uppercase) || w == "the" || w == "of")
        });
        if ACCREDITED_HEADS.contains(before.as_str()) || of_country {
            let (segment, _) = cut_at_comma(title, after_region);
            let segment = &title[segment];
            if !has_org_head(segment) && !has_person_title(segment) {
                continue;
            }
        }
        return Some(p);
    }
    None
}

/// Splits `region` at its first top-level comma, keeping `, and …` and
/// `, DC` inside. Returns the head and the rest after the comma.
fn cut_at_comma(title: &str, region: Range<usize>) -> (Range<usize>, Option<Range<usize>>) {
    for p in top_level_finds(title, region.clone(), ",") {
        let (before, after) = (&title[region.start..p], &title[p + 1..region.end]);
        if !continues_after_comma(before, after) && !names_holder(before, after) {
            return (region.start..p, Some(p + 1..region.end));
        }
    }
    (region, None)
}

/// True when the text after a comma continues the same actor: a list's `and`,
/// or the `DC` of `Washington, DC`.
/// True when the words after a comma name the holder of the office before it
/// (`the Adviser to the Bulgarian Embassy in Beijing, Ivan Dimitrov`, `the
/// Bulgarian Ambassador, Khr. Stoichev`): two to four capitalized words, no
/// body, title or place. The actor keeps both; [`push_actor`] takes the name.
fn names_holder(before: &str, after: &str) -> bool {
    // (An editor's bracket after the name ends it: `…, J.B. Tito [to Kim Il
    // Sung's Message of August 1, 1976]`.)
    let holder = after.split([',', '[']).next().unwrap_or(after).trim();
    let words: Vec<&str> = holder.split_whitespace().collect();
    has_person_title(before)
        && (2..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && !has_org_head(holder)
        && !has_person_title(holder)
        && !crate::entities::is_place_name(holder)
}

fn continues_after_comma(before: &str, after: &str) -> bool {
    let after = after.trim_start();
    // `Mexican Embassy, Rio de Janeiro`, `Dutch Embassy, Havana`: a mission's
    // post, ending the title (not a plenum's or a state's city).
    let mission = matches!(last_word(before).as_str(), "embassy" | "legation" | "consulate" | "mission");
    starts_with_ignore_case(after, "and ")
        || after.starts_with("DC")
        || after.starts_with("D.C.")
        || mission && !after.contains(',') && crate::entities::is_place_name(after.trim_end_matches(['.', ' ']))
}

/// Cuts `range` where the actor's name ends (see [`TERMINATOR`]) and trims it.
fn cut_segment(title: &str, range: Range<usize>) -> Range<usize> {
    let text = &title[range.clone()];
    let mut end = range.end;
    for m in TERMINATOR.find_iter(text) {
        let is_on = m.as_str().trim().eq_ignore_ascii_case("on");
        // A committee is "on" something (`Committee on Disarmament`), but
        // never on the issue of it (`… Olympic Committee on the Issue of
        // Co-hosting the 1988 Olympics`).
        let topic = ON_TOPIC.is_match(&text[m.end()..]);
        if is_on && !topic && ON_BODIES.contains(last_word(&text[..m.start()]).as_str()) {
            continue;
        }
        end = range.start + m.start();
        break;
    }
    trim(title, range.start..end)
}

/// Trims whitespace, edge punctuation, a leading article, a trailing `et al`
/// and trailing editorial brackets (`[Excerpts]`, `(First Meeting)`) from `range`.
fn trim(title: &str, range: Range<usize>) -> Range<usize> {
    let mut start = range.start;
    let mut end = range.end;
    loop {
        let text = &title[start..end];
        let trimmed = text.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        start = end - trimmed.len();
        if starts_with_article(trimmed) {
            start += 4;
            continue;
        }
        break;
    }
    loop {
        let text = &title[start..end];
        let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':'));
        end = start + trimmed.len();
        // `A. Sukharev et al`: the others are not named.
        if let Some(named) = trimmed.strip_suffix(" et al").filter(|n| !n.trim().is_empty()) {
            end = start + named.len();
            continue;
        }
        let Some(close) = trimmed.chars().last().filter(|c| matches!(c, ')' | ']')) else {
            break;
        };
        let open = if close == ')' { '(' } else { '[' };
        let Some(open_at) = trimmed.rfind(open) else {
            break;
        };
        let content = trimmed[open_at + 1..trimmed.len() - 1].trim();
        if content.is_empty() || JUNK_BRACKET.is_match(content) {
            end = start + open_at;
            continue;
        }
        break;
    }
    start..end.max(start)
}

/// Splits a list of actors on `and` (and, in `names` mode, on every comma).
fn split_conjuncts(title: &str, region: Range<usize>, names: bool) -> Vec<Range<usize>> {
    let mut cuts: Vec<(usize, usize)> =
        top_level_finds(title, region.clone(), " and ").into_iter().map(|p| (p, p + 5)).collect();
    if names {
        // (Not before a generational suffix: `George B. Murphy, Jr., Fred J. Carrier`.)
        let before_suffix = |p: usize| {
            let rest = &title[p + 2..region.end];
            let next = rest.split([',', ' ']).next().unwrap_or_default();
            is_name_suffix(next) && (rest.len() == next.len() || rest[next.len()..].starts_with(','))
        };
        cuts.extend(
            top_level_finds(title, region.clone(), ", ").into_iter().filter(|&p| !before_suffix(p)).map(|p| (p, p + 2)),
        );
        cuts.sort_unstable();
        // `, and `: the comma's cut and the conjunction's overlap; one cut.
        cuts.dedup_by(|next, cut| {
            let overlaps = next.0 < cut.1;
            if overlaps {
                cut.1 = cut.1.max(next.1);
            }
            overlaps
        });
    }
    let mut parts = Vec::new();
    let mut piece_start = region.start;
    for (i, &(cut_start, cut_end)) in cuts.iter().enumerate() {
        if cut_start < piece_start {
            // ", and": the comma already cut here.
            continue;
        }
        let next = cuts[i + 1..].iter().map(|&(s, _)| s).find(|&s| s >= cut_end).unwrap_or(region.end);
        let left = title[piece_start..cut_start].trim_end();
        let right = title[cut_end..next].trim();
        let split = names
            || left.ends_with(',')
            || starts_with_article(right)
            || starts_with_person_title(right)
            || (ends_with_org_head(left) && ends_with_org_head(right))
            // `V. Semenov and V. Sokolovskii`: two people's names.
            || (opens_with_given_name(left.trim_start()) && opens_with_given_name(right))
            // `Michałowski (New York) and Milnikiel (London)`: each name with
            // its post in brackets.
            || (left.ends_with(')') && right.ends_with(')') && right.starts_with(char::is_uppercase));
        if split {
            parts.push(piece_start..cut_start);
            piece_start = cut_end;
        }
    }
    parts.push(piece_start..region.end);
    parts.into_iter().map(|part| trim(title, part)).filter(|part| !part.is_empty()).collect()
}

/// A register number after a name: `No. 320`, `Nº 31343/31353`, `№ 5`.
static REGISTER_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s(?:[Nn]o\.?|Nº|N°|№)\s*\d").expect("valid regex"));

/// Builds the actor named in `range` (and any `via` actor) and adds it to `out`.
fn push_actor(title: &str, range: Range<usize>, rule: &str, out: &mut Vec<Extracted<Actor>>) {
    let mut range = trim(title, range);
    // `Cable from Tehran Nº 31343/31353`: a register number is no part of a name.
    if let Some(number) = REGISTER_NUMBER.find(&title[range.clone()]) {
        range = trim(title, range.start..range.start + number.start());
    }
    // `Zhou Enlai to Mao Zedong and Others`: the others are no one in particular.
    const OTHERS: &str = " and others";
    let text = &title[range.clone()];
    if text.len() > OTHERS.len()
        && text.is_char_boundary(text.len() - OTHERS.len())
        && text[text.len() - OTHERS.len()..].eq_ignore_ascii_case(OTHERS)
    {
        range = trim(title, range.start..range.end - OTHERS.len());
    }
    // `Memorandum, by L.D. Battle, …`: the writer after `by`.
    if starts_with_ignore_case(&title[range.clone()], "by ") {
        range = trim(title, range.start + 3..range.end);
    }
    let mut appositive = false;
    let commas: Vec<usize> = top_level_finds(title, range.clone(), ",")
        .into_iter()
        .filter(|&p| !continues_after_comma(&title[range.start..p], &title[p + 1..range.end]))
        .collect();
    if let Some(&first) = commas.first() {
        let second_end = commas.get(1).copied().unwrap_or(range.end);
        let head = trim(title, range.start..first);
        let tail = trim(title, first + 1..second_end);
        range = if choose_tail(&title[head.clone()], &title[tail.clone()]) { tail } else { head };
        appositive = true;
    }
    // `Andropov Report, 1 November 1956`: a date after the comma is no actor.
    if range.is_empty() || DATE_ACTOR.is_match(&title[range.clone()]) {
        return;
    }
    let name_start = range.start + HONORIFIC.find(&title[range.clone()]).map_or(0, |m| m.end());

    let mut name = String::new();
    let mut aliases = Vec::new();
    let mut via = Vec::new();
    let mut depth = 0usize;
    let mut group_start = 0;
    for (i, c) in title[name_start..range.end].char_indices() {
        let pos = name_start + i;
        match c {
            '(' | '[' => {
                if depth == 0 {
                    group_start = pos + 1;
                }
                depth += 1;
            }
            ')' | ']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let content = trim_plain(title, group_start..pos);
                    let text = &title[content.clone()];
                    if starts_with_ignore_case(text, "via ") && text.len() > 4 {
                        via.push(content.start + 4..content.end);
                    } else if !text.is_empty()
                        // (`[to Kim Il Sung's Message …]`: what the paper
                        // answers, another name for nobody.)
                        && !text.starts_with("to ")
                        && !text.starts_with("of ")
                        && !JUNK_BRACKET.is_match(text)
                        && !ACTOR_CITIES.contains(text.to_lowercase().as_str())
                        // `Thomas J. Kieran (Ottawa)`: a place in brackets is
                        // the writer's post, not another name (`Instantsia
                        // (Stalin)` is the man, not the town named after him).
                        && (!crate::entities::is_place_name(text)
                            || crate::lexicon::KNOWN_PERSONS.iter().any(|row| row.contains(&text)))
                    {
                        aliases.push(text.to_owned());
                    }
                }
            }
            _ if depth == 0 => name.push(c),
            _ => {}
        }
    }
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = name.trim_end_matches([',', '.', ';', ':']).to_owned();
    if name.is_empty() {
        return;
    }
    let kind = if appositive { ActorKind::Person } else { actor_kind(&name) };
    let evidence = Evidence::new(TextField::Title, title, range.start, range.end);
    out.push(Extracted::new(Actor { name, kind, aliases, authority_id: None }, rule, evidence));
    for via_range in via {
        // `Stalin [via Kuznetsov]`: the intermediary is an addressee too.
        let via_rule = match rule.rsplit_once('.') {
            Some((base, "recipient" | "sender" | "for")) => format!("{base}.via"),
            _ => format!("{rule}.via"),
        };
        push_actor(title, via_range, &via_rule, out);
    }
}

/// Trims only whitespace, for bracket contents.
fn trim_plain(title: &str, range: Range<usize>) -> Range<usize> {
    let text = &title[range.clone()];
    let start = range.start + (text.len() - text.trim_start().len());
    start..start + text.trim().len()
}

/// In an appositive pair, true when the second part is the personal name:
/// it opens with an honorific (`…, Cde. Jerzy Michalowski`), or the first part
/// is a role (`General Secretary of …, Meir Vilner`).
fn choose_tail(head: &str, tail: &str) -> bool {
    if HONORIFIC.is_match(tail) {
        return true;
    }
    let head_is_role = head.contains(" of ") || starts_with_person_title(head);
    // (An editor's bracket after the name is no part of it: `J.B. Tito [to Kim
    // Il Sung's Message of July 1, 1978]`.)
    let tail = tail.split_once(" [").map_or(tail, |(name, _)| name);
    let tail_is_name = !tail.contains(" of ") && tail.split_whitespace().count() <= 5;
    head_is_role && tail_is_name && !starts_with_person_title(tail)
}

/// Person or organization, from the words of a name (see the module docs).
pub(crate) fn actor_kind(name: &str) -> ActorKind {
    let lower = name.to_lowercase();
    let head_end =
        [" of ", " in ", " to ", " for ", " at "].iter().filter_map(|sep| lower.find(sep)).min().unwrap_or(lower.len());
    let head = &name[..head_end];
    if ends_with_org_head(head) {
        return ActorKind::Organization;
    }
    if has_person_title(head) {
        return ActorKind::Person;
    }
    // `Robert H. Johnson of the National Security Council Staff`: a person of
    // a body, named first by a given name.
    let head_words: Vec<&str> = head.split_whitespace().collect();
    if head_end < name.len()
        && (2..=4).contains(&head_words.len())
        && head_words.iter().all(|w| w.starts_with(char::is_uppercase))
        && opens_with_given_name(head)
    {
        return ActorKind::Person;
    }
    if has_org_head(name) {
        return ActorKind::Organization;
    }
    // `KGB`, `CPSU`: a body's abbreviation; `USSR`: a polity's. `CPSU CC`,
    // `CC CPSU`: abbreviations only, one of them a body's.
    if let Some(abbreviated) = crate::lexicon::ABBREVIATIONS.get(name.trim()) {
        return match abbreviated {
            crate::lexicon::Abbreviated::Organization(_) => ActorKind::Organization,
            _ => ActorKind::Unknown,
        };
    }
    let acronyms = name.split_whitespace().all(|w| w.len() >= 2 && !w.chars().any(char::is_lowercase));
    if acronyms
        && name
            .split_whitespace()
            .any(|w| matches!(crate::lexicon::ABBREVIATIONS.get(w), Some(crate::lexicon::Abbreviated::Organization(_))))
    {
        return ActorKind::Organization;
    }
    // `Gosteleradio`, `Glavlit`: a Soviet body's one-word name.
    let one_word = !name.trim().contains(' ');
    if one_word
        && crate::lexicon::BODY_WORD_PREFIXES.iter().any(|p| {
            lower.trim().strip_prefix(p).and_then(|rest| rest.chars().next()).is_some_and(|c| !"aeiouy".contains(c))
        })
    {
        return ActorKind::Organization;
    }
    let place = name.split(',').next().unwrap_or(name).trim().to_lowercase();
    // `Cable from Tehran`, `Coded Message No. 16065 from Rio de Janeiro`: a
    // city or a state alone is the post that wrote, no person.
    if ACTOR_CITIES.contains(place.as_str()) || crate::entities::places::is_state_or_metropolis(name.trim()) {
        return ActorKind::Unknown;
    }
    // Capitalized words, a lowercase particle between them (`Maurice Couve
    // de Murville`).
    let words: Vec<&str> = name.split_whitespace().collect();
    let inner = |i: usize| i > 0 && i + 1 < words.len();
    let looks_like_name = (1..=5).contains(&words.len())
        && words.iter().enumerate().all(|(i, w)| {
            (w.chars().next().is_some_and(char::is_uppercase)
                || inner(i) && crate::lexicon::NAME_PARTICLES.contains(*w))
                && !w.chars().any(|c| c.is_ascii_digit())
        });
    if looks_like_name { ActorKind::Person } else { ActorKind::Unknown }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missions_telegram_goes_to_its_own_ministry() {
        // Title senders of corpus/wilson-dev: world da__document-telegram-brazilian-embassy-washington-campos-7-pm-tuesday,
        // east-europe-d cryptogram No. 1144, world-d Department of State telegram 1241.
        let home = |title: &str| -> Vec<String> {
            from_title(title).senders.iter().filter_map(home_ministry).map(|a| show(&a)).collect()
        };
        assert_eq!(
            home("Telegram from Brazilian Embassy in Washington (Campos), 7 p.m., Tuesday"),
            ["Brazilian Ministry of Foreign Affairs[Brazilian Foreign Ministry]:o"]
        );
        assert_eq!(
            home("Cryptogram No. 1144 from the Polish Embassy in Bucharest, Romania Strengthening Relations"),
            ["Polish Ministry of Foreign Affairs[Polish Foreign Ministry]:o"]
        );
        assert_eq!(home("Telegram from American Embassy Rome"), ["Department of State[State Department]:o"]);
        // world-r: a head of mission, named by nationality and office (the
        // writer `Report of the Hungarian Ambassador in Cairo on …` names).
        let person = |name: &str| {
            let actor =
                Actor { name: name.to_owned(), kind: ActorKind::Person, aliases: Vec::new(), authority_id: None };
            home_ministry(&Extracted::new(actor, "test", Evidence::new(TextField::Title, name, 0, name.len())))
                .map(|a| show(&a))
        };
        assert_eq!(
            person("Hungarian Ambassador in Cairo").as_deref(),
            Some("Hungarian Ministry of Foreign Affairs[Hungarian Foreign Ministry]:o")
        );
        assert_eq!(person("Hungarian Foreign Minister"), None);
        // A person or a ministry sends for no mission.
        assert!(home("Telegram from Zhou Enlai to Mao Zedong").is_empty());
    }

    /// Renders an actor as `name[alias]:kind` with kind `p`, `o` or `u`.
    fn show(actor: &Extracted<Actor>) -> String {
        let aliases: String = actor.value.aliases.iter().map(|a| format!("[{a}]")).collect();
        let kind = match actor.value.kind {
            ActorKind::Person => "p",
            ActorKind::Organization => "o",
            ActorKind::Unknown => "u",
        };
        format!("{}{aliases}:{kind}", actor.value.name)
    }

    fn check(title: &str, senders: &[&str], recipients: &[&str], participants: &[&str]) {
        let found = from_title(title);
        for actor in found.senders.iter().chain(&found.recipients).chain(&found.participants) {
            let ev = &actor.evidence;
            assert!(title.get(ev.start..ev.end).is_some_and(|t| t.contains(actor.value.name.as_str())), "{title}");
            assert_eq!(ev.field, TextField::Title);
        }
        let got: (Vec<String>, Vec<String>, Vec<String>) = (
            found.senders.iter().map(show).collect(),
            found.recipients.iter().map(show).collect(),
            found.participants.iter().map(show).collect(),
        );
        let expect = (
            senders.iter().map(|s| s.to_string()).collect(),
            recipients.iter().map(|s| s.to_string()).collect(),
            participants.iter().map(|s| s.to_string()).collect(),
        );
        assert_eq!(got, expect, "{title}");
    }

    #[test]
    fn a_bodys_resolution_and_cable_name_their_writer() {
        // east-europe-an, the CPSU Secretariat's resolution on Romania (1990).
        check(
            "Resolution of the Secretariat of the CC CPSU, 'On New Points in the Approach of the Romanian Leadership toward Soviet-Romanian Relations'",
            &["Secretariat of the CC CPSU:o"],
            &[],
            &[],
        );
        // east-europe-ay, the Politburo's decree to Bagirov (1945).
        check(
            "Decree of the CC CPSU Politburo to Mir Bagirov CC Secretary of the Communist Party of Azerbaijan, 'Measures to Organize a Separatist Movement in Southern Azerbaijan'",
            &["CC CPSU Politburo:o"],
            &["Mir Bagirov CC Secretary of the Communist Party of Azerbaijan:p"],
            &[],
        );
        // east-europe-bk, the Civic Forum's instructions (1989): the addressee
        // after `for`, up to what the paper comes with.
        check(
            "Instructions of the Coordinating Center of the Civic Forum for the Local Forums with a Recommendation for Policy Toward the Communists, Prague",
            &["Coordinating Center of the Civic Forum:o"],
            &["Local Forums:o"],
            &[],
        );
        // east-asia-bl, the Bulgarian Politburo's resolution No. B-7 (1962):
        // its number, then `by` the body.
        check(
            "Resolution No. B-7 by the Central Committee of the Bulgarian Communist Party Politburo, Regarding Incident with the Korean Students",
            &["Central Committee of the Bulgarian Communist Party Politburo:o"],
            &[],
            &[],
        );
        // east-asia-w, east-asia-ax: a marking, a body and its cable's number.
        check("Secret North Vietnam Politburo Cable No. 320", &["North Vietnam Politburo:o"], &[], &[]);
        // east-asia-af: the number goes on with the writer's name.
        check(
            "CDS Report No. 66 from Choi Duk Shin to the President (Syngman Rhee)",
            &["Choi Duk Shin:p"],
            &["President[Syngman Rhee]:p"],
            &[],
        );
    }

    #[test]
    fn sent_by_and_a_delegate_to_a_body_of_the_bn_round() {
        // east-asia-bn, Fendler's information report (1968).
        check(
            "Information Report Sent by Károly Fendler to Deputy Foreign Minister Erdélyi, 'Vietnamese and Romanian Views about the Korean-Chinese Trade Relations and the Situation of the DPRK'",
            &["Károly Fendler:p"],
            &["Deputy Foreign Minister Erdélyi:p"],
            &[],
        );
        // world-bn, Zorin's telegrams from the UN (1962): the post's ` to `,
        // then the addressee's.
        check(
            "Telegram from Soviet delegate to the United Nations V. A. Zorin to USSR Foreign Ministry",
            &["Soviet delegate to the United Nations V. A. Zorin:p"],
            &["USSR Foreign Ministry:o"],
            &[],
        );
    }

    #[test]
    fn an_attachment_names_no_author() {
        // east-europe-bm, a Czechoslovak attachment on the June 1967 war.
        check(
            "Attachment, 'Fundamental Lessons Learned from the Aggression and Proposals for Further Steps'",
            &[],
            &[],
            &[],
        );
        // An author with a subject still is one.
        check(
            "Trần Đông, 'Key Issues in the Struggle against Chinese Spies and American Spies'",
            &["Trần Đông:p"],
            &[],
            &[],
        );
    }

    #[test]
    fn information_for_an_office_names_the_addressee() {
        // world-bj, Silveira's memorandum No. 060 (1978).
        check(
            "Memorandum, Foreign Minister Azeredo da Silveira, Information for the President of Brazil, 'Nuclear Issues. Meeting at 13/02/78. Alvorada Palace.'",
            &["Foreign Minister Azeredo da Silveira:p"],
            &["President of Brazil:p"],
            &[],
        );
        // world-ao, the National Security Council's memorandum (1974): the
        // segment is no writer.
        check(
            "Memorandum, Information for the President of Brazil, No. 055/74 from the National Security Council",
            &[],
            &["President of Brazil:p"],
            &[],
        );
    }

    #[test]
    fn an_entry_from_a_journal_names_its_keeper() {
        // world-bi da__document-entry-journal-soviet-ambassador-india-benediktov-… (1962).
        let found = from_title(
            "Entry from the Journal of Soviet Ambassador to India Benediktov, Conversation with Indian Prime Minister J. Nehru",
        );
        assert_eq!(found.senders.iter().map(show).collect::<Vec<_>>(), ["Soviet Ambassador to India Benediktov:p"]);
    }

    #[test]
    fn writers_before_a_type_noun_and_its_addressee() {
        // world-bg da__document-andropov-report-cpsu-cc-talks-afghan-leaders
        // (1980): the writer's name before `Report`, the addressee after `to`.
        let found = from_title("Andropov Report to CPSU CC on Talks with Afghan Leaders");
        assert_eq!(found.senders.iter().map(show).collect::<Vec<_>>(), ["Andropov:p"]);
        assert_eq!(found.recipients.len(), 1);
        assert!(found.recipients[0].value.name.contains("CPSU CC"), "{:?}", found.recipients[0]);
    }

    #[test]
    fn a_body_heading_names_the_correspondents_a_title_does_not() {
        // east-europe-bg dvinci__node-103807 (`Yugoslav Reports, May 1944`):
        // the record's own heading under the editor's number, and the
        // office's holder after the comma.
        let body = "311.\nReport of Member of the Supreme Command of the National Liberation Army and Partizan Units of Yugoslavia (NOV i POJ) M. Djilas and Chief of the Yugoslav military mission in the USSR V. Terzić to the President of the National Committee of the Liberation of Yugoslavia (NKOJ) and Supreme Commander of the NOV i POJ, Marshal J. B. Tito\n21. May 1944.\nComrade Stalin received us 19/V at 21,15 Moscow time.";
        assert!(from_title("Yugoslav Reports, May 1944").senders.is_empty());
        let found = from_body_heading(body).expect("a heading");
        let senders: Vec<&str> = found.senders.iter().map(|a| &body[a.evidence.start..a.evidence.end]).collect();
        assert!(senders.iter().any(|s| s.ends_with("M. Djilas")), "{senders:?}");
        assert!(senders.iter().any(|s| s.ends_with("V. Terzić")), "{senders:?}");
        assert!(found.recipients.iter().any(|a| a.value.name == "Marshal J. B. Tito"), "{:?}", found.recipients);
        assert!(
            found.senders.iter().all(|a| a.rule.starts_with("actors.heading.") && a.evidence.field == TextField::Body)
        );
        // Prose opening with a type noun names no correspondents.
        assert!(from_body_heading("Report on the harvest.\nThe harvest was good.").is_none());
    }

    #[test]
    fn a_body_to_a_body_with_its_register_number() {
        // east-europe-an da__document-moldavian-communist-party-central-committee-no-101-s
        // and da__document-116350 (1966, 1975): no type noun, a body's name of
        // five words, its register number after a comma.
        check(
            "Moldavian Communist Party Central Committee, No. 101 s, to CPSU Central Committee",
            &["Moldavian Communist Party Central Committee:o"],
            &["CPSU Central Committee:o"],
            &[],
        );
        check(
            "Moldavian Communist Party Central Committee, no. 189 s, to CPSU Central Committee, 'Memorandum on the Falsification of Historical Events in Romania and Measures for Preventing its Negative Consequences in Moldavia'",
            &["Moldavian Communist Party Central Committee:o"],
            &["CPSU Central Committee:o"],
            &[],
        );
    }

    #[test]
    fn register_numbers_others_and_topics_end_a_name() {
        // world-af da__document-cable-tehran-no-3134331353 (1946): the number
        // sign `Nº` had made `Tehran Nº` a person.
        check("Cable from Tehran Nº 31343/31353", &["Tehran:u"], &[], &[]);
        // east-asia-af da__document-111861 (Geneva, 1954).
        check(
            "Telegram, Zhou Enlai to Mao Zedong and Others, Regarding the Situation at the Sixteenth Restricted Session",
            &["Zhou Enlai:p"],
            &["Mao Zedong:p"],
            &[],
        );
        // world-g (Bonn, 1991): a meeting with someone is no letter to the
        // time it ended.
        check(
            "The Chancellor's [Helmut Kohl's] Meeting with Canadian Prime Minister Brian Mulroney, Bonn, 13 June 1991, 11:45 am to 12:45 pm",
            &[],
            &[],
            &[],
        );
        // east-asia-af da__document-113544 (1988): a committee "on" a topic.
        check(
            "Letter from the President of the DPRK’s National Olympic Committee to the President of International Olympic Committee on the Issue of Co-hosting the 1988 Olympics",
            &["President of the DPRK’s National Olympic Committee:p"],
            &["President of International Olympic Committee:p"],
            &[],
        );
    }

    #[test]
    fn teleprints_and_phone_calls() {
        // east-europe-x: a party's teleprint, read from the old site's citation.
        check(
            "Teleprint from Jozef Lenárt, Secretary of CC CPS, to Regional Committees and Municipal Committees in Prague and Bratislava",
            &["Jozef Lenárt:p"],
            &["Regional Committees and Municipal Committees in Prague and Bratislava:o"],
            &[],
        );
        // east-europe-x da__document-134375: `held by` ends the partner's name
        // (the delegations that held the talks are not he).
        check(
            "Osóbka Morawski's Notes of a Conversation with Stalin in Sochi Held by PPR and PPS Delegations",
            &["Osóbka Morawski:p"],
            &[],
            &["Stalin in Sochi:u"],
        );
        // world-x: a headline, then the type noun with its article; the
        // report was given in a meeting, and the title names no writer.
        check("Fidel Castro's 1977 Southern Africa Tour: A Report to Honecker (excerpt)", &[], &[], &[]);
        // east-europe-h: an embassy's `Information` named after it with `of`.
        check(
            "Information of the Romanian Embassy in Budapest to the Ministry of Foreign Affairs, 1415 hrs",
            &["Romanian Embassy in Budapest:o"],
            &["Ministry of Foreign Affairs:o"],
            &[],
        );
        // east-asia-aa da__document-117711: `by` for `of`, read from the citation.
        check(
            "Information No. 098 by the Communist Party of the Soviet Union Central Committee to the Socialist Unity Party Central Committee [Excerpts]",
            &["Communist Party of the Soviet Union Central Committee:o"],
            &["Socialist Unity Party Central Committee:o"],
            &[],
        );
        // world-aa: a place in brackets is the writer's post, not another
        // name; east-asia-h da__document-113657: a leader named like a town
        // stays the alias.
        check(
            "Confidential Report from Thomas J. Kieran (Ottawa) to Con Cremin (Dublin), ‘Poland and our Policy at U.N.O.’",
            &["Thomas J. Kieran:p"],
            &["Con Cremin:p"],
            &[],
        );
        check(
            "Ciphered Telegram, Shtykov to Deputy Foreign Minister Andrei Gromyko and Instantsia (Stalin)",
            &["Shtykov:p"],
            &["Deputy Foreign Minister Andrei Gromyko and Instantsia[Stalin]:p"],
            &[],
        );
        // east-europe-ac: the writer's office after a comma, no type noun.
        check(
            "I. Gladush, Minister of the Interior, to the Central Committee of the Ukrainian Communist Party",
            &["I. Gladush:p"],
            &["Central Committee of the Ukrainian Communist Party:o"],
            &[],
        );
        // world-y da__document-116517: `Sent` before `to`, the writer after `by`.
        check(
            "Report Sent to General de Gaulle, President of the French Republic, by Edgar Faure, on his Mission to China",
            &["Edgar Faure:p"],
            &["General de Gaulle:p"],
            &[],
        );
        // east-asia-z: a number written in groups (`No. 048 443`).
        check(
            "Telegram No. 048 443 from the Czechoslovak Embassy, Beijing",
            &["Czechoslovak Embassy, Beijing:o"],
            &[],
            &[],
        );
        // Delegations, committees and embassies are bodies in the plural too.
        assert!(has_org_head("PPR and PPS Delegations") && has_org_head("the Soviet Embassies"));
        assert!(!has_org_head("Stalin in Sochi"));
        // east-europe-x dvinci__node-92939: the caller's post, then his name.
        check(
            "Notes of a Secure Phone Call from the Soviet Ambassador in Romania, A. A. Epishev",
            &["A. A. Epishev:p"],
            &[],
            &[],
        );
    }

    #[test]
    fn writers_before_the_type_and_new_type_nouns() {
        // Titles of corpus/wilson-dev/*-d.
        check("Ivanov and Prikhodov Report on the Mongolian Referendum", &["Ivanov:p", "Prikhodov:p"], &[], &[]);
        // east-europe-r: two addressees, each with the post in brackets.
        check(
            "Code Message No. 4802 from Deputy Minister Winiewicz to Michałowski (New York) and Milnikiel (London)",
            &["Deputy Minister Winiewicz:p"],
            &["Michałowski:p", "Milnikiel:p"],
            &[],
        );
        // east-asia-q: the version the archive holds, in the editor's bracket.
        check(
            "Letter, Syngman Rhee to Dr. Robert T. Oliver [Soviet Translation]",
            &["Syngman Rhee:p"],
            &["Dr. Robert T. Oliver:p"],
            &[],
        );
        // east-europe-q: a title's verb after an initial and a surname, and a
        // reply named after its writer and its addressee.
        check("P. Shelest Reports on Miloš Krno's Evaluation of the Czechoslovak Crisis", &["P. Shelest:p"], &[], &[]);
        check(
            "President Tito's Response to Kim Il Sung's Message of July 7, 1973",
            &["President Tito:p"],
            &["Kim Il Sung:p"],
            &[],
        );
        // world-bb: a British minute between two ministers.
        check(
            "Minute from Selwyn Lloyd to Winston Churchill, Reflecting British Perspectives on the Berlin Uprising",
            &["Selwyn Lloyd:p"],
            &["Winston Churchill:p"],
            &[],
        );
        // east-europe-az: an office's words before the possessive writer.
        check(
            "Deputy Minister Naszkowski's Record of the Conference of Chiefs of Diplomatic Missions",
            &["Deputy Minister Naszkowski:p"],
            &[],
            &[],
        );
        check("Chief Negotiator's Report on the Talks", &[], &[], &[]);
        check(
            "Memorandum, by L.D. Battle, Executive Secretary, to McGeorge Bundy, Special Assistant to the President for National Security Affairs",
            &["L.D. Battle:p"],
            &["McGeorge Bundy:p"],
            &[],
        );
        check(
            "\"Report to the [HSWP CC] Politburo,\" from János Berecz, Gyorgy Aczel, Jeno Fock",
            &["János Berecz:p", "Gyorgy Aczel:p", "Jeno Fock:p"],
            &["Politburo[HSWP CC]:o"],
            &[],
        );
        check(
            "Bulgarian Legation, Washington, to Bulgarian Foreign Ministry",
            &["Bulgarian Legation:o"],
            &["Bulgarian Foreign Ministry:o"],
            &[],
        );
        check("Andropov Report, 1 November 1956", &["Andropov:p"], &[], &[]);
        check("Annual Report, 1967", &[], &[], &[]);
        // east-europe-t: a body's name with `of` or its letters in brackets.
        check(
            "Czechoslovak Ministry of Interior Memorandum on the Security Situation in the CSSR in the Period before 28 October",
            &["Czechoslovak Ministry of Interior:o"],
            &[],
            &[],
        );
        check(
            "Czechoslovak Secret Police (StB) Memorandum, “Information on the Internal Enemy before 21 August 1989”",
            &["Czechoslovak Secret Police[StB]:o"],
            &[],
            &[],
        );
        check("Summary of Information Report on the Situation", &[], &[], &[]);
        // east-europe-s: the paper's kind, then its writer after `of`.
        let working =
            "Working Notes of V.M. Molotov on the 'Zones of Action' of the Soviet and the Anglo-American Troops";
        check(working, &["V.M. Molotov:p"], &[], &[]);
        check(
            "Cryptogram No 1144 from Polish Embassy in Bucharest, Romania Strengthening Relations with the Soviet Union",
            &["Polish Embassy in Bucharest:o"],
            &[],
            &[],
        );
        check(
            "Speech of Nicolae Ceausescu at the meeting of the Warsaw Pact leaders",
            &["Nicolae Ceausescu:p"],
            &["meeting of the Warsaw Pact leaders:u"],
            &[],
        );
        check(
            "Report by the Adviser to the Bulgarian Embassy in Beijing, Ivan Dimitrov, to the Bulgarian Ambassador, Khr. Stoichev",
            &["Ivan Dimitrov:p"],
            &["Khr. Stoichev:p"],
            &[],
        );
    }

    #[test]
    fn seed_title_keeps_the_two_ministries_together() {
        check(
            "Cable from the Work Team of the Ministries of Foreign Affairs and Public Security to the Xinjiang Uyghur Autonomous Region Party Committee and the Ministries of Foreign Affairs and Public Security",
            &["Work Team of the Ministries of Foreign Affairs and Public Security:o"],
            &[
                "Xinjiang Uyghur Autonomous Region Party Committee:o",
                "Ministries of Foreign Affairs and Public Security:o",
            ],
            &[],
        );
        let found = from_title(
            "Cable from the Work Team of the Ministries of Foreign Affairs and Public Security to the Xinjiang Uyghur Autonomous Region Party Committee and the Ministries of Foreign Affairs and Public Security",
        );
        assert_eq!(found.senders[0].rule, "actors.title.from_to.sender");
        assert_eq!(found.recipients[1].rule, "actors.title.from_to.recipient");
    }

    #[test]
    fn headlines_papers_named_before_to_and_their_readers() {
        // Lines of the -p pages of corpus/wilson-dev.
        check(
            "TASS Report Distributed to Cdes. I.V. Stalin, V.M. Molotov, A.I. Mikoyan, L.P. Beria, G.M. Malenkov, V.N. Merkulo, A. Ya. Vyshinsky, and V.G. Dekanozov, 'Otto Hapsburg Has Arrived in Austria'",
            &[],
            &[
                "I.V. Stalin:p",
                "V.M. Molotov:p",
                "A.I. Mikoyan:p",
                "L.P. Beria:p",
                "G.M. Malenkov:p",
                "V.N. Merkulo:p",
                "A. Ya. Vyshinsky:p",
                "V.G. Dekanozov:p",
            ],
            &[],
        );
        check(
            "Gosteleradio Memo to CPSU Central Committee, 'Ideological Subversion on the Airwaves of Foreign Radio Stations Broadcasting in the Russian language'",
            &["Gosteleradio:o"],
            &["CPSU Central Committee:o"],
            &[],
        );
        check(
            "Note of I.Kurchatov for M. Pervukhin, 'About Necessity to Demobilize V.M. Kelman'",
            &["I.Kurchatov:p"],
            &["M. Pervukhin:p"],
            &[],
        );
        check("Report of the Embassy for the First Half of 1962", &["Embassy:o"], &[], &[]);
        check(
            "The Former Japanese Prime Minister Ishibashi Tanzan Hopes to Visit China to Discuss Sino-Japanese Relations",
            &[],
            &[],
            &[],
        );
    }

    #[test]
    fn rules_name_for_and_via() {
        let title = "Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky, for Mao Zedong";
        let found = from_title(title);
        let rules: Vec<&str> = found.recipients.iter().map(|a| a.rule.as_str()).collect();
        assert_eq!(rules, ["actors.title.comma_to.recipient", "actors.title.comma_to.for"]);
        assert_eq!(found.senders[0].evidence.of(title), "Filippov [Stalin]");
        let found = from_title("Cable, Terebin to Stalin [via Kuznetsov]");
        let rules: Vec<&str> = found.recipients.iter().map(|a| a.rule.as_str()).collect();
        assert_eq!(rules, ["actors.title.comma_to.recipient", "actors.title.comma_to.via"]);
    }

    /// The names of `actors`, in order.
    fn names(actors: &[Extracted<Actor>]) -> Vec<&str> {
        actors.iter().map(|a| a.value.name.as_str()).collect()
    }

    #[test]
    fn a_resolution_of_a_party_named_in_the_possessive() {
        // world-by, the Tudeh resolution of 14 March 1957.
        let t = from_title(
            "Resolution of the CC of the People's Party of Iran about Some Mistaken and Blanquist Decisions of the NPI Leadership",
        );
        assert_eq!(names(&t.senders), ["CC of the People's Party of Iran"]);
    }

    #[test]
    fn a_diarist_named_before_the_diary() {
        // world-cl da__document-123358 (Dalton, 23 February 1945).
        let t = from_title("Hugh Dalton Diary Entry Concerning Meeting of Churchill with Junior Ministers");
        assert_eq!(names(&t.senders), ["Hugh Dalton"]);
        // A body's journal names no diarist here.
        assert!(from_title("Soviet Embassy Journal Entry on the Visit").senders.is_empty());
    }

    #[test]
    fn a_writer_after_the_domain_of_his_office() {
        // east-europe-bx, dvinci node 88875 (Solakov, 23 March 1967).
        let t = from_title(
            "Bulgarian State Security Chairman Angel Solakov’s Report at a Bulgarian Communist Party Plenum",
        );
        assert_eq!(names(&t.senders), ["Bulgarian State Security Chairman Angel Solakov"]);
        let t = from_title("John Major's Letter to Helmut Kohl");
        assert_eq!(t.senders[0].value.name, "John Major");
    }

    #[test]
    fn writers_each_after_an_office() {
        // world-bx, da 112470 (Afghanistan, 13 November 1986).
        let t = from_title(
            "Memorandum from KGB Chief Viktor M. Chebrikov, Soviet Foreign Minister Eduard Shevardnadze, Defense Minister Marshal Sergei L. Sokolov, and Central Committee International Relations Secretary Anatoly Dobrynin to CPSU Politburo",
        );
        assert_eq!(t.senders.len(), 4, "{:?}", t.senders.iter().map(|a| &a.value.name).collect::<Vec<_>>());
        assert!(t.senders[1].value.name.ends_with("Eduard Shevardnadze"));
        // One office and its holder before a comma stay one writer.
        let t = from_title("Letter from Soviet Ambassador Ivan Ivanov, Moscow, to Mao Zedong");
        assert_eq!(t.senders.len(), 1);
    }

    #[test]
    fn a_registry_in_a_title_is_the_addressee() {
        // east-asia-bv, da 116503 (a Romanian embassy report of 1954).
        let t = from_title(
            "Excerpt from the Embassy Report no. 2296/1954, Registered by the Ministry of Foreign Affairs as 3002/1954 ",
        );
        assert!(t.senders.is_empty());
        assert_eq!(names(&t.recipients), ["Ministry of Foreign Affairs"]);
        assert_eq!(t.recipients[0].rule, "actors.title.comma_to.registered_by.recipient");
    }

    #[test]
    fn bodies_get_their_short_forms_as_aliases() {
        let with = |name: &str| {
            let mut actor =
                Actor { name: name.to_owned(), kind: ActorKind::Organization, aliases: Vec::new(), authority_id: None };
            add_short_forms(&mut actor);
            actor.aliases
        };
        assert_eq!(with("CPSU Central Committee"), ["CPSU CC"]);
        assert_eq!(with("CPSU CC Presidium"), ["CPSU Central Committee Presidium"]);
        assert_eq!(with("USSR MFA"), ["USSR Foreign Ministry", "USSR Ministry of Foreign Affairs"]);
        // Two spellings of one long form (east-asia-s, a PRC cable signed by the
        // `Foreign Ministry`; its key: `Ministry of Foreign Affairs (PRC)`).
        assert_eq!(with("Chinese Foreign Ministry"), ["Chinese MFA", "Chinese Ministry of Foreign Affairs"]);
        assert!(with("Secretariat").is_empty());
        // `CCP` is no `CC`.
        assert!(with("CCP Politburo").is_empty());
        // east-europe-n dvinci__node-89255 (its key: `CC CPSU`): a party's
        // abbreviations (every one the list gives it, in order), then the
        // body's short form with each.
        assert_eq!(
            with("Central Committee of the Communist Party of the Soviet Union"),
            [
                "CC of the Communist Party of the Soviet Union",
                "Central Committee of the CPSU",
                "Central Committee of the KPSS",
                "Central Committee of the VKP",
                "Central Committee of the VKP(b)",
                "CC of the CPSU",
                "CC of the KPSS",
                "CC of the VKP",
                "CC of the VKP(b)"
            ]
        );
    }

    #[test]
    fn a_note_for_someone() {
        check(
            "Note for the Directorate of Political Affairs, Disarmament, 'Non-proliferation treaty: Draft Resolution'",
            &[],
            &["Directorate of Political Affairs:o"],
            &[],
        );
        check("Note for the record", &[], &[], &[]);
        // east-asia-by dvinci__node-92903: the reader of a writer's paper.
        check(
            "Mikihail Zimyanin's Background Report for Khrushchev on China (Excerpt)",
            &["Mikihail Zimyanin:p"],
            &["Khrushchev:p"],
            &[],
        );
        // east-asia-e: a garbled run after `for` is no reader.
        check(
            "Chinese Foreign Ministry’s Summary for the Embassy of the Burmese Government’s Circumstances for 1963 and Official Directive for 1964 Plans and Projects",
            &["Chinese Foreign Ministry:o"],
            &[],
            &[],
        );
        check("Note for Comrade Veljko Micunovic’s Personal Use", &[], &["Veljko Micunovic:p"], &[]);
        // world-m: a paper compiled for its reader, after the title proper.
        check(
            "Saddam Hussein’s political portrait - compiled for Foreign Minister Frigyes Puja prior to the Iraqi leader’s visit to Hungary in May 1975",
            &[],
            &["Foreign Minister Frigyes Puja:p"],
            &[],
        );
        check(
            "HSWP CC Foreign Affairs Department Proposal on the financial support for the Israeli Communist Party",
            &["HSWP CC Foreign Affairs Department:o"],
            &[],
            &[],
        );
        check(
            "Hungarian Embassy in Havana (Beck), Report on the Federal Republic of Germany and Cuba",
            &["Hungarian Embassy in Havana[Beck]:o"],
            &[],
            &[],
        );
        check("Yu. Andropov to the CPSU CC", &["Yu. Andropov:p"], &["CPSU CC:o"], &[]);
        // -n: a writer, the type noun and the addressee after a comma; an
        // occasion after the comma names no writer.
        check(
            "Bulgarian Communist Party Politburo Member Boris Velchev, Report to Boris N. Ponomarev, Secretary, Central Committee, Communist Party of the Soviet Union",
            &["Bulgarian Communist Party Politburo Member Boris Velchev:p"],
            &["Boris N. Ponomarev:p"],
            &[],
        );
        let meeting = from_title(
            "Information Memorandum, Meeting between Albanian Ambassador to China Reis Malile and Comrade Dong Biwu",
        );
        assert!(meeting.senders.is_empty(), "{:?}", meeting.senders);
    }

    #[test]
    fn a_speech_is_addressed_to_its_audience() {
        check(
            "Speech by Comrade Khrushchev at the 6th PUWP CC Plenum, Warsaw",
            &["Khrushchev:p"],
            &["6th PUWP CC Plenum:o"],
            &[],
        );
        // east-asia-ah docslib 12946665 (1965): the body after `to`.
        check(
            "Speech Given by Party First Secretary Le Duan to the 12th Plenum of the Party Central Committee",
            &["Party First Secretary Le Duan:p"],
            &["12th Plenum of the Party Central Committee:o"],
            &[],
        );
    }

    #[test]
    fn memos_and_their_topics_after_re() {
        // east-asia-ah dvinci node 99522 (1969): `Memo` as the type word;
        // east-europe-p: a writer before `Memo`.
        check(
            "Memo from Bulgarian Ambassador in Pyongyang, Misho Nikolov, to Bulgarian Communist Party's Foreign Policy and International Relations Department",
            &["Misho Nikolov:p"],
            &["Bulgarian Communist Party's Foreign Policy and International Relations Department:o"],
            &[],
        );
        check(
            "Gosteleradio Memo to CPSU Central Committee, 'Ideological Subversion on the Airwaves of Foreign Radio Stations'",
            &["Gosteleradio:o"],
            &["CPSU Central Committee:o"],
            &[],
        );
        // east-asia-ah da (Bulgarian embassy in the DPRK, 1971): `re:` opens the topic.
        check(
            "Information from BG Embassy in DPRK re: visit of Romanian Delegation in North Korea, 28 June 1971",
            &["BG Embassy in DPRK:o"],
            &[],
            &[],
        );
    }

    #[test]
    fn a_person_to_someone() {
        // world-o: a particle inside the writer's name.
        check(
            "Maurice Couve de Murville to Prime Minister Michel Debré, 'Revision of the EURATOM Treaty,'",
            &["Maurice Couve de Murville:p"],
            &["Prime Minister Michel Debré:p"],
            &[],
        );
        check(
            "Raúl Díaz Argíelles to the Cuban Armed Forces Minister [Raúl Castro]",
            &["Raúl Díaz Argíelles:p"],
            &["Cuban Armed Forces Minister[Raúl Castro]:p"],
            &[],
        );
        check("Instructions to the Soviet Ambassador in Kabul", &[], &["Soviet Ambassador in Kabul:p"], &[]);
        check("Introduction to the History of the Cold War", &[], &[], &[]);
        // east-europe-f da__document-cable-stalin-cdes-molotov-beria-malenkov-mikoyan-and-3rd-unit
        check(
            "Cable, Stalin to Cdes. Molotov, Beria, Malenkov, Mikoyan, and the 3rd Unit",
            &["Stalin:p"],
            &["Molotov:p", "Beria:p", "Malenkov:p", "Mikoyan:p", "3rd Unit:u"],
            &[],
        );
        // east-europe-f: the writer in the possessive, a speech's audience.
        check(
            "I.V. Stalin's Notes regarding E. Beneš's Memorandum on Czechoslovak Foreign Policy",
            &["I.V. Stalin:p"],
            &[],
            &[],
        );
        check("Gomulka’s Memorandum of a Conversation with Stalin", &["Gomulka:p"], &[], &["Stalin:p"]);
        check(
            "Excerpts from Andrei A. Gromyko’s speech at the April 1968 Plenum of the Central Committee of the Soviet Communist Party",
            &["Andrei A. Gromyko:p"],
            &["April 1968 Plenum of the Central Committee of the Soviet Communist Party:o"],
            &[],
        );
        check("Hungary's Report on the Situation", &[], &[], &[]);
        // The -k pages (corpus/wilson-dev east-asia-k, east-europe-k, world-k).
        check(
            "The President of the Republic of Korea (Rhee) to President Eisenhower",
            &["President of the Republic of Korea[Rhee]:p"],
            &["President Eisenhower:p"],
            &[],
        );
        check("The Situation in Hungary to 1956", &[], &[], &[]);
        check("Memorandum by Ambassador Aristov", &["Ambassador Aristov:p"], &[], &[]);
        check(
            "Copy of N.S. Khrushchev's Notes to the CPSU CC Presidium about His Stay in Indonesia",
            &["N.S. Khrushchev:p"],
            &["CPSU CC Presidium:o"],
            &[],
        );
        check("Statement by Todor Zhivkov on Visit to the DPRK", &["Todor Zhivkov:p"], &[], &[]);
        check(
            "Translation of a letter from Nicolae Ceausescu to West German Chancellor Helmut Kohl about Euromissiles",
            &["Nicolae Ceausescu:p"],
            &["West German Chancellor Helmut Kohl:p"],
            &[],
        );
        // The -l pages: the ambassador's post, not an addressee.
        check(
            "Letter from Georgi Bogdanov, Ambassador of the People's Republic of Bulgaria to Pyongyang",
            &["Georgi Bogdanov:p"],
            &[],
            &[],
        );
        check(
            "Iván Németh, 'Memorandum for the Attention of Comrade Mátyás Szűrös'",
            &["Iván Németh:p"],
            &["Mátyás Szűrös:p"],
            &[],
        );
        check(
            "Cable from Ernő Lakatos and Gyula Horn, 'Proposal for the Political Committee'",
            &["Ernő Lakatos:p", "Gyula Horn:p"],
            &["Political Committee:o"],
            &[],
        );
        // east-europe-r: the topic after `Referring to` names no participant.
        check(
            "Conversations between Romanian Leader Gheorghe Gheorghiu-Dej and Chinese Ambassador Liu Fang, Referring to Bilateral Relations and the Soviet-Chinese Ideological Conflict Snagov, 5 June 1964 (excerpts)",
            &[],
            &[],
            &["Romanian Leader Gheorghe Gheorghiu-Dej:p", "Chinese Ambassador Liu Fang:p"],
        );
        // Not a headline's infinitive after a mission named by its post.
        check("Soviet Delegation in Geneva to Propose Test Ban", &[], &[], &[]);
        // world-bs, the Politburo commission's report of 1979: writers
        // listed by surname after the topic.
        check(
            "Report on the Situation in Afghanistan, Gromyko, Andropov, Ustinov, and Ponomarev to CPSU CC, 27-28 December 1979",
            &["Gromyko:p", "Andropov:p", "Ustinov:p", "Ponomarev:p"],
            &["CPSU CC:o"],
            &[],
        );
        // Not a list of places (`Report on Poland, Hungary, Romania and
        // Bulgaria to …` names no writer).
        check("Report on Trade with Poland, Hungary, Romania, and Bulgaria to 1970", &[], &[], &[]);
        check("Report on the Strikes in Poznań, Radom, Ursus and Płock to the PUWP CC", &[], &[], &[]);
        // world-br, the Czechoslovak embassy's report of 1972: a mission
        // named by its post, to a ministry's department.
        check(
            "Czechoslovak Embassy in Havana to Ministry of Foreign Affairs, 6th Territorial Department, 'Cuba-Latin America-USA Relations in the Second Half of 1971'",
            &["Czechoslovak Embassy in Havana:o"],
            &["Ministry of Foreign Affairs:o"],
            &[],
        );
        // east-asia-br, the AKFIC letter (1974): a generational suffix after
        // a comma is no writer of its own.
        check(
            "Letter from George B. Murphy, Jr., Fred J. Carrier, and Joseph Brandt",
            &["George B. Murphy:p", "Fred J. Carrier:p", "Joseph Brandt:p"],
            &[],
            &[],
        );
        // world-bd: a serial list of names, and a last party after `with`.
        check(
            "Protocol Record of a Conversation between K. E. Voroshilov, N. A. Bulganin, N. S. Khrushchev, and A. I. Mikoyan with the Shah of Iran Mohammad Reza Pahlavi",
            &[],
            &[],
            &[
                "K. E. Voroshilov:p",
                "N. A. Bulganin:p",
                "N. S. Khrushchev:p",
                "A. I. Mikoyan:p",
                "Shah of Iran Mohammad Reza Pahlavi:p",
            ],
        );
        // A title's words after `with the` say how the last party took part;
        // they are no party.
        check(
            "Record of Conversation between Nikita Khrushchev, Anastas Mikoyan, and Mikhail Suslov with the Participation of Boris Ponomarev",
            &[],
            &[],
            &["Nikita Khrushchev:p", "Anastas Mikoyan:p", "Mikhail Suslov:p", "Boris Ponomarev:p"],
        );
        // An office in apposition keeps its name (no serial list of names).
        check(
            "Record of Conversation between Mao Zedong, Chairman of the CCP, and Ambassador Yudin",
            &[],
            &[],
            &["Mao Zedong:p", "Ambassador Yudin:p"],
        );
        // east-europe-v: talks of two parties, named by a hyphenated
        // adjective, are an occasion too.
        check("Note of Soviet-Polish Talks in Bialowieza Forest (Belarus) on 29 – 30 October 1965", &[], &[], &[]);
        check(
            "Notes from a Conversation between the 1st Secretary of the PRL Embassy in the DPRK with Comrade Pelishenko, Counselor of the Embassy of the USSR",
            &[],
            &[],
            &["1st Secretary of the PRL Embassy in the DPRK:p", "Pelishenko:p"],
        );
        check(
            "Ministry of Foreign Affairs Information to the President, 'Secretary of State Cyrus Vance's Visit'",
            &["Ministry of Foreign Affairs:o"],
            &["President:p"],
            &[],
        );
        // A ` to ` in the topic names no addressee.
        check(
            "Telegram from the Ministry of Foreign Affairs Regarding the Conversation of Petre Balaceanu with Dean Rusk Referring to the War in Vietnam",
            &["Ministry of Foreign Affairs:o"],
            &[],
            &[],
        );
        // Read folders: a body's possessive, a diary's writer after `Excerpt from`.
        check(
            "Chinese Foreign Ministry’s Summary for the Embassy of the Burmese Government’s Circumstances for 1963",
            &["Chinese Foreign Ministry:o"],
            &[],
            &[],
        );
        check("The KGB’s 1967 Annual Report", &["KGB:o"], &[], &[]);
        check("Excerpt from Chernyaev Diary on Dissidents in the Soviet Union", &["Chernyaev:p"], &[], &[]);
        check("Excerpt from the Diary of Anatoly Chernyaev", &["Anatoly Chernyaev:p"], &[], &[]);
        // world-av, a Brazilian memorandum (1977): after the addressee, the
        // topic's nouns are no list of names.
        check(
            "Memorandum from Brazilian Foreign Minister Silveira to President Geisel, US Threats and Promises and Brazilian Responses",
            &["Brazilian Foreign Minister Silveira:p"],
            &["President Geisel:p"],
            &[],
        );
        // world-f: the head of a mission named in brackets after it.
        check(
            "Cable from Dutch Embassy, Havana (Boissevain), 24 October 1962",
            &["Dutch Embassy:o", "Boissevain:p"],
            &[],
            &[],
        );
        check(
            "Telegram from Brazilian Delegation at the 17th Session of the UN General Assembly (Afonso Arinos), New York",
            &["Brazilian Delegation:o", "Afonso Arinos:p"],
            &[],
            &[],
        );
        // The seventh held-out set (-g), read after scoring.
        check(
            "Yurii Andropov, Nikolai Shchelokov, and Mikhail Malyarov to the CPSU CC",
            &["Yurii Andropov:p", "Nikolai Shchelokov:p", "Mikhail Malyarov:p"],
            &["CPSU CC:o"],
            &[],
        );
        check("KGB Chief Serov, Report", &["KGB Chief Serov:p"], &[], &[]);
        check(
            "Bulgarian Interior Ministry Note on Actions against Western Radio",
            &["Bulgarian Interior Ministry:o"],
            &[],
            &[],
        );
        check("Bulgarian Interior Ministry Account of Meeting in Prague", &["Bulgarian Interior Ministry:o"], &[], &[]);
        check("Editorial Note", &[], &[], &[]);
        check(
            "Journal Entry of Ambassador Zhukov: Record of Conversation with the Indonesian Minister of Foreign Affairs, Sunario",
            &["Ambassador Zhukov:p"],
            &[],
            &[],
        );
        check(
            "Letter from East German Foreign Minister Otto Winzer to [Politburo Members] Comrade Walter Ulbricht, Comrade Willi Stoph, Comrade Erich Honecker, and Comrade Hermann Axen[Excerpts]",
            &["East German Foreign Minister Otto Winzer:p"],
            &["Comrade Walter Ulbricht[Politburo Members]:p", "Willi Stoph:p", "Erich Honecker:p", "Hermann Axen:p"],
            &[],
        );
        // The eighth held-out set (-h), read after scoring.
        check(
            "Cable, Zhou Enlai to the Chairman [Mao Zedong] and Comrades Liu [Shaoqi], Zhu [De], Peng [Dehuai], [Li] Fuchun, and Su Yu",
            &["Zhou Enlai:p"],
            &["Chairman[Mao Zedong]:p", "Liu[Shaoqi]:p", "Zhu[De]:p", "Peng[Dehuai]:p", "Fuchun[Li]:p", "Su Yu:p"],
            &[],
        );
        check(
            "Telephonogram from V. Semenov and V. Sokolovskii in Berlin to V. Molotov and N.A. Bulganin, 19 June 1953 (2)",
            &["V. Semenov:p", "V. Sokolovskii in Berlin:p"],
            &["V. Molotov:p", "N.A. Bulganin:p"],
            &[],
        );
        check(
            "Excerpt from a Letter of the Acting Ambassador of East Germany to North Korea, Comrade Jarck",
            &["Jarck:p"],
            &[],
            &[],
        );
        check(
            "From the Journal of A.I. Alekseyev, 'Record of a Conversation with Fidel Castro Ruz'",
            &["A.I. Alekseyev:p"],
            &[],
            &[],
        );
        // east-europe-aw dvinci__node-96418.
        check("Notepad of Teimuraz Stepanov-Mamaladze, 16 May 1989", &["Teimuraz Stepanov-Mamaladze:p"], &[], &[]);
        // Not a participle after the wire's noun.
        let found = from_title("Telegram Transmitting Kim Il Sung's Letter to Stalin");
        assert!(found.senders.iter().all(|s| !s.value.name.contains("Transmitting")));
        // east-europe-ay: a wire named by its correspondents alone.
        check(
            "Telegram Shtykov to Vyshinsky on a Luncheon at the Ministry of Foreign Affairs of the DPRK",
            &["Shtykov:p"],
            &["Vyshinsky:p"],
            &[],
        );
        check("U Thant's message to Khrushchev", &["U Thant:p"], &["Khrushchev:p"], &[]);
        // world-i da__document-123468: the same after the wire's number.
        check(
            "Telegram No. ROM/101/1/73 Indian Ambassador to Italy to Ministry of External Affairs",
            &["Indian Ambassador to Italy:p"],
            &["Ministry of External Affairs:o"],
            &[],
        );
        // east-asia-bk da__document-116446 and world-g dvinci__node-103112: a
        // number spelled `Number` or `Nº` (a city alone is of no known kind).
        check(
            "Note Number 291 from the Department of Asia-Oceania, 'China and the Events in Czechoslovakia'",
            &["Department of Asia-Oceania:o"],
            &[],
            &[],
        );
        check("Cable Nº 35907/35893 from Tehran", &["Tehran:u"], &[], &[]);
        // east-asia-bo da__document-excerpts-30-december-1966-memo-…: the
        // paper's date between its article and its noun.
        check(
            "Excerpts from a 30 December 1966 Memo of the Soviet Embassy to the DPRK (A. Borunkov) about Embassy Measures against Chinese Anti-Soviet Propaganda in the DPRK",
            &["Soviet Embassy to the DPRK[A. Borunkov]:o"],
            &[],
            &[],
        );
        // east-europe-bo dvinci__document-cable-nos-97-98-molotov-druzhkov-stalin.
        check("Cable Nos. 97-98, Molotov to Druzhkov [Stalin]", &["Molotov:p"], &["Druzhkov[Stalin]:p"], &[]);
        // A sixth held-out set, east-europe-f dvinci__node-105679: a serial
        // comma before `and` in a list of names (it had panicked).
        check(
            "Telegram, Reinert to Gen. Axen, Gen. Sieber, and Gen. Krolikowski",
            &["Reinert:p"],
            &["Gen. Axen:p", "Gen. Sieber:p", "Gen. Krolikowski:p"],
            &[],
        );
        // east-europe-e da__document-sukharev-et-al-cpsu-central-committee-question-katyn
        check(
            "A. Sukharev et al to the CPSU Central Committee, 'On the Question of Katyn'",
            &["A. Sukharev:p"],
            &["CPSU Central Committee:o"],
            &[],
        );
    }

    #[test]
    fn a_wire_of_its_sender_and_a_sender_before_a_comma() {
        // east-asia-j da__document-telegram-ministry-foreign-affairs-romanian-embassy-beijing-…
        check(
            "Telegram of the Ministry of Foreign Affairs to the Romanian Embassy in Beijing Regarding the Stopover in Beijing by the Romanian Governmental Delegation",
            &["Ministry of Foreign Affairs:o"],
            &["Romanian Embassy in Beijing:o"],
            &[],
        );
        // world-j dvinci__document-hungarian-embassy-ethiopia-ciphered-telegram-…
        check(
            "Hungarian Embassy in Ethiopia, Ciphered Telegram, 2 November 1983. Subject: Mengistu’s visit in the DPRK.",
            &["Hungarian Embassy in Ethiopia:o"],
            &[],
            &[],
        );
        // world-w: the addressee after `for`, up to a headline's gerund; the
        // writer and the addressee both before the comma.
        check(
            "Soviet Embassy in East Germany, Report for CPSU CC Summarizing Visit to Somalia on 31 January-1 February 1977 by Delegation of the GDR Socialist Unity Party",
            &["Soviet Embassy in East Germany:o"],
            &["CPSU CC:o"],
            &[],
        );
        check(
            "CPSU CC to SED CC, Information on Visit of Mengistu Haile Mariam to Moscow",
            &["CPSU CC:o"],
            &["SED CC:o"],
            &[],
        );
        // east-europe-w: `by` after the addressee names the writer.
        check(
            "Report to the Politburo by the Department of International relations of the Central Committee of the Hungarian Socialist Workers' Party",
            &[
                "Department of International relations of the Central Committee of the Hungarian Socialist Workers' Party:o",
            ],
            &["Politburo:o"],
            &[],
        );
    }

    /// `east-asia-by`, `east-asia-bz`: the Tito–Kim Il Sung messages name their
    /// writer by his office with `of`, his name after a comma, and a reply
    /// says in an editor's bracket whose message it answers.
    #[test]
    fn a_message_of_an_office_holder() {
        // (The editor's bracket inside the office is left out of the name.)
        let kim = from_title(
            "Message of the Secretary General [of the Korean Workers' Party] Kim Il Sung a, to the President of the [Socialist Federal] Republic [of Yugoslavia], J.B. Tito",
        );
        assert_eq!(kim.senders.iter().map(show).collect::<Vec<_>>(), ["Secretary General Kim Il Sung a:p"]);
        assert_eq!(kim.recipients.iter().map(show).collect::<Vec<_>>(), ["J.B. Tito:p"]);
        check(
            "Response (Oral Message) of the President of the [Socialist Federal] Republic [of Yugoslavia], J.B. Tito [to Kim Il Sung's Message of July 1, 1978]",
            &["J.B. Tito:p"],
            &["Kim Il Sung:p"],
            &[],
        );
        // `east-europe-bz`: a decree's purpose after `Measures to` names no one;
        // `world-bz`: the archive's copy before the type is no writer.
        check(
            "CPSU CC Decree of the Secretariat Protocol Nº 158 § 6 Measures to Vigorously Counteract Hostile Radio Propaganda",
            &[],
            &[],
            &[],
        );
        // (Its quoted heading is the letter's address line.)
        check(
            "Soviet Translation, Letter, 'To the Press Department for Transmission to the International Bureau of Communist Parties' (Attachment)",
            &[],
            &["Press Department:o"],
            &[],
        );
        // `world-bz`: an article's readers are nobody's name.
        check("D.B., 'To the New Comer'", &["D.B:p"], &[], &[]);
        // `east-asia-cc`: a list of wire numbers, and the message the wires carry.
        check(
            "Ciphered Telegrams No. 50450, 50470, and 50490, Terebin to Kuznetsov, transmitting a Message from Mao Zedong to Filippov [Stalin]",
            &["Terebin:p", "Mao Zedong:p"],
            &["Kuznetsov:p", "Filippov[Stalin]:p"],
            &[],
        );
        // `east-europe-cd`: an analysis named after its writer.
        check("P. Shelest's Analysis for the CPSU CC", &["P. Shelest:p"], &[], &[]);
        // `east-asia-ca`: a page without a title shows the letter's reference line.
        check("No.   PEK/104/66 Embassy of India, Peking.", &["Embassy of India:o"], &[], &[]);
    }

    #[test]
    fn a_sender_before_the_type_noun() {
        check(
            "American Embassy Rome Telegram 1451 to the Secretary of State, Washington, DC",
            &["American Embassy Rome:o"],
            &["Secretary of State:p"],
            &[],
        );
    }

    #[test]
    fn a_list_of_names_is_a_list_of_recipients() {
        check(
            "Cable No.3341 from Stalin to Molotov, Beria, Malenkov and Mikoyan",
            &["Stalin:p"],
            &["Molotov:p", "Beria:p", "Malenkov:p", "Mikoyan:p"],
            &[],
        );
    }

    #[test]
    fn writers_relayed_based_on_and_attached_bodies() {
        // The -cg pages: east-europe-cg (Andropov's report of 1968, the
        // Soviet tourism directorate's letter of 1981), east-asia-cg (the
        // Polish report of 1958).
        check(
            "Report Relayed by Andropov to the CPSU Central Committee, 'Students and the Events in Czechoslovakia'",
            &["Andropov:p"],
            &["CPSU Central Committee:o"],
            &[],
        );
        check(
            "A Report from Comrade Sluczanski based on a Telegram from Comrade Siedlecki regarding the Agenda of the March Conference",
            &["Sluczanski:p"],
            &[],
            &[],
        );
        // east-europe-ch (1973): a body's resolution named before its type noun.
        check(
            "Hungarian Politburo Resolution on Fight against 'Hostile Propaganda'",
            &["Hungarian Politburo:o"],
            &[],
            &[],
        );
        let title = "Principal Directorate for Foreign Tourism at the USSR Council of Ministers, No. 53/492, to MCP Central Committee Secretary, Petric, 'Regarding the Arrival of Romanian Tourists into the Moldavian SSR'";
        let found = from_title(title);
        let senders: Vec<&str> = found.senders.iter().map(|a| a.value.name.as_str()).collect();
        assert_eq!(senders, ["Principal Directorate for Foreign Tourism"]);
        assert_eq!(found.recipients.len(), 1, "{:?}", found.recipients);
    }

    #[test]
    fn kinds() {
        let cases = [
            ("Work Team of the Ministries of Foreign Affairs", ActorKind::Organization),
            ("General Director of the Polish Foreign Ministry", ActorKind::Person),
            ("USSR First Deputy Minister of Foreign Affairs", ActorKind::Person),
            ("Chinese Embassy to the Soviet Union", ActorKind::Organization),
            ("Xinjiang Uyghur Autonomous Region Party Committee", ActorKind::Organization),
            ("Szüts Pál", ActorKind::Person),
            ("Washington, DC", ActorKind::Unknown),
            ("DPRK leader Kim Il Sung", ActorKind::Person),
        ];
        for (name, kind) in cases {
            assert_eq!(actor_kind(name), kind, "{name}");
        }
    }
}
