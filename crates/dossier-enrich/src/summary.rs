//! The writer an archive's summary names when the record's own text, as
//! saved, names none: the site summary of a report or a wire often opens
//! with it (`Report from Pál Szarvas, Hungarian Ambassador to the DPRK,
//! describing …`, `Steinhofer addresses the relationship …`, `Polish
//! Ambassador Ochęduszko reports on a conversation …`).
//!
//! The writer is read by shape, like a title's actors: a run of capitalized
//! words (titles, initials and name particles included) that reads as a
//! person and is no place, or as a body after the paper it sent (`A report
//! prepared by the Foreign Ministry covering …`) or before a writer's verb
//! (`The CIA reports that …`); the entity scan then reads the name in it as
//! it reads a title's actors (method `writer`).

use std::sync::LazyLock;

use dossier_model::{Actor, ActorKind, Evidence, Extracted, TextField};
use regex::Regex;

use crate::lexicon::{BRIEFING_VERBS, NAME_PARTICLES, WRITER_VERBS};

/// `Report from`, `1962 letter from`, `Ciphered telegram by`: a paper that
/// came from someone, near the summary's start.
static PAPER_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\S+\s+){0,3}?(?:report|letter|telegram|cable|memorandum|note|message|ciphergram|cryptogram|dispatch)\s+(?:(?:prepared|written|drafted|compiled|sent)\s+)?(?:from|by)\s+",
    )
    .expect("valid regex")
});

/// The most words a writer's run may have (`South Korean Ambassador Kim Dong-jo`).
const MAX_WORDS: usize = 6;

/// The writer the summary names, as a person actor pointing at the summary:
/// the run of capitalized words after a paper `from`/`by` (`Report from Pál
/// Szarvas, …`), or the run that opens the summary when a verb of
/// [`WRITER_VERBS`] follows it (`Polish Ambassador Ochęduszko reports`).
pub(crate) fn writer(summary: &str) -> Option<Extracted<Actor>> {
    let (start, end) = match PAPER_FROM.find(summary) {
        Some(paper) => {
            // `A report prepared by the Foreign Ministry covering …`: a body
            // after its article.
            let start = paper.end() + if summary[paper.end()..].starts_with("the ") { 4 } else { 0 };
            let end = run_end(summary, start)?;
            (start, end)
        }
        None => match appositive_writer(summary, is_writer_verb) {
            Some(span) => span,
            None => {
                // `The CIA reports that …`: a body after its article.
                let start = if summary.starts_with("The ") { 4 } else { 0 };
                let end = run_end(summary, start)?;
                let verb = summary[end..].split_whitespace().next()?;
                if !is_writer_verb(verb) {
                    return None;
                }
                (start, end)
            }
        },
    };
    let name = &summary[start..end];
    let first = name.split_whitespace().next()?;
    let kind = crate::actors::actor_kind(name);
    // A body writes only where the summary names the paper it sent, and only
    // when its whole name was read (not `Embassy` of `Embassy of Hungary`).
    let next = summary[end..].split_whitespace().next().unwrap_or_default();
    let body_allowed = (start > 0 || is_writer_verb(next))
        && kind == ActorKind::Organization
        && !crate::lexicon::NAME_FUNCTION_WORDS.contains(next);
    if matches!(first, "The" | "A" | "An")
        || kind != ActorKind::Person && !body_allowed
        || crate::entities::places::is_place_name(name)
    {
        return None;
    }
    let actor = Actor { name: name.to_owned(), kind, aliases: Vec::new(), authority_id: None };
    Some(Extracted::new(actor, "actors.summary.writer", Evidence::new(TextField::Summary, summary, start, end)))
}

/// True when `verb` says what a writer does ([`WRITER_VERBS`]). A verb of
/// [`BRIEFING_VERBS`] is not enough: a telegram's summary uses it of the
/// person whose talk the telegram reports (`Heo Dam informs Popa of a DPRK
/// visit to Colombo …`, a Romanian embassy's telegram of 1978).
fn is_writer_verb(verb: &str) -> bool {
    WRITER_VERBS.contains(verb.to_lowercase().as_str())
}

/// True when `verb` says what a writer does to an addressee, either way.
fn is_addressing_verb(verb: &str) -> bool {
    let lower = verb.to_lowercase();
    WRITER_VERBS.contains(lower.as_str()) || BRIEFING_VERBS.contains(lower.as_str())
}

/// An office, then the holder's name between commas, then a verb that
/// `is_verb` accepts (`The Minister of the Internal Affairs, Dimitar
/// Stoyanov, briefs …`, `The PRC Ambassador to the DPRK, Qiao Xiaoguang,
/// informs …`): the name's span.
fn appositive_writer(summary: &str, is_verb: fn(&str) -> bool) -> Option<(usize, usize)> {
    let comma = summary.find(", ")?;
    let office = summary[..comma].strip_prefix("The ").unwrap_or(&summary[..comma]);
    if office.split_whitespace().count() > 8 || !crate::actors::has_person_title(office) {
        return None;
    }
    let start = comma + 2;
    let end = run_end(summary, start)?;
    let verb = summary[end..].strip_prefix(", ")?.split_whitespace().next()?;
    is_verb(verb).then_some((start, end))
}

/// Where the addressee a summary names after its writer's verb and `to`
/// ends (`… reports to the CPSU CC about the observations …`).
static ADDRESSEE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:about|on|regarding|concerning|that|describing|with|in|from)\s|[,;:.(]").expect("valid regex")
});

/// Where a briefing verb's object ends (`… informs Ignatev of South Korea's
/// …`, `… briefs Todor Zhivkov on the weekly …`).
static OBJECT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:about|on|of|regarding|concerning|that|with|in|and|as)\s|[,;:.(]").expect("valid regex")
});

/// The addressee the summary names after the writer it opens with and a
/// writer's verb (`P. Shelest reports to the CPSU CC about …`): a
/// capitalized name of a person or a body, after `to` and any `the`.
pub(crate) fn addressee(summary: &str) -> Option<Extracted<Actor>> {
    let writer_end = match appositive_writer(summary, is_addressing_verb) {
        Some((_, end)) => end + 1,
        None => run_end(summary, if summary.starts_with("The ") { 4 } else { 0 })?,
    };
    let rest = &summary[writer_end..];
    let verb = rest.split_whitespace().next()?;
    let lower = verb.to_lowercase();
    let after_verb = writer_end + rest.find(verb)? + verb.len();
    // `… briefs Todor Zhivkov on …`, `… informs Ignatev of …`: the verb's
    // object is the addressee, never a place (`informs Prague that …`).
    let briefed = BRIEFING_VERBS.contains(lower.as_str());
    let (start, end_at) = if briefed {
        (after_verb + 1, &*OBJECT_END)
    } else if WRITER_VERBS.contains(lower.as_str()) {
        let to = summary[after_verb..].strip_prefix(" to ")?;
        let start = summary.len() - to.len();
        (start + if summary[start..].starts_with("the ") { 4 } else { 0 }, &*ADDRESSEE_END)
    } else {
        return None;
    };
    let after = summary.get(start..)?;
    let name = after[..end_at.find(after).map_or(after.len(), |m| m.start())].trim_end();
    let words = name.split_whitespace().count();
    if !name.starts_with(char::is_uppercase)
        || words == 0
        || words > MAX_WORDS
        || briefed && crate::entities::places::is_place_name(name)
    {
        return None;
    }
    let kind = crate::actors::actor_kind(name);
    let actor = Actor { name: name.to_owned(), kind, aliases: Vec::new(), authority_id: None };
    let evidence = Evidence::new(TextField::Summary, summary, start, start + name.len());
    Some(Extracted::new(actor, "actors.summary.addressee", evidence))
}

/// The end of the run of name words from `start`: capitalized words, initials
/// and name particles (`de`, `bin`), up to a comma, a dash or any other word;
/// `None` when the run is empty or too long to be a name.
fn run_end(text: &str, start: usize) -> Option<usize> {
    let mut end = start;
    let mut words = 0;
    let mut at = start;
    for word in text[start..].split_inclusive(char::is_whitespace) {
        let bare = word.trim_end();
        let stops = bare.ends_with([',', ';', ':', '.']) && !crate::actors::is_initials(bare);
        let clean = bare.trim_end_matches([',', ';', ':']);
        let clean = if stops { clean.trim_end_matches('.') } else { clean };
        let capitalized = clean.chars().next().is_some_and(char::is_uppercase);
        if !(capitalized || words > 0 && NAME_PARTICLES.contains(clean)) || clean.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        words += 1;
        end = at + clean.len();
        at += word.len();
        if stops {
            break;
        }
    }
    // A run may not end on a particle (`Pál de`).
    while let Some((head, last)) = text[start..end].rsplit_once(' ') {
        if !NAME_PARTICLES.contains(last) {
            break;
        }
        end = start + head.len();
        words -= 1;
    }
    (words > 0 && words <= MAX_WORDS && end > start).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(summary: &str) -> Option<String> {
        writer(summary).map(|a| a.value.name)
    }

    #[test]
    fn the_summary_names_the_writer() {
        // Summaries of corpus/wilson-dev east-asia da__document-113395,
        // da__document-114284, east-europe-e da__document-116920, world-j
        // da__document-119598, world-d dvinci letter-gpra-ministry-foreign-affairs.
        let s =
            "Report from Pál Szarvas, Hungarian Ambassador to the DPRK, describing the seemingly purposeful efforts";
        assert_eq!(found(s).as_deref(), Some("Pál Szarvas"));
        let s = "Steinhofer addresses the relationship between the DPRK and the Soviet Union";
        assert_eq!(found(s).as_deref(), Some("Steinhofer"));
        let s = "Polish Ambassador Ochęduszko reports on a conversation with the Soviet ambassador in Bucharest";
        assert_eq!(found(s).as_deref(), Some("Polish Ambassador Ochęduszko"));
        let s = "Dranceanu recounts a conversation with the Shah Mohammad Reza Pahlavi.";
        assert_eq!(found(s).as_deref(), Some("Dranceanu"));
        let s = "1962 letter from Saad Dahlab -- Algerian Minister of Foreign Affairs -- to Algeria's Ministry";
        assert_eq!(found(s).as_deref(), Some("Saad Dahlab"));
        // The sentence's full stop and a trailing particle are no part of the name.
        assert_eq!(found("Report by Steinhofer. The embassy adds notes.").as_deref(), Some("Steinhofer"));
        assert_eq!(found("Letter from Pál Szarvas de, a note").as_deref(), Some("Pál Szarvas"));
        // east-europe-ae docslib 9461472 (Romania, 1969): a body that prepared
        // the paper writes it; so does a body the summary opens with before a
        // writer's verb (east-asia-bo da__document-145171, the President's
        // Daily Brief: `The CIA reports that …`), not one before another verb.
        let s = "A report prepared by the Foreign Ministry covering all aspects of Romanian relations with the Eastern bloc countries";
        let writer = writer(s).expect("read");
        assert_eq!((writer.value.name.as_str(), writer.value.kind), ("Foreign Ministry", ActorKind::Organization));
        assert_eq!(found("Foreign Ministry reports on the talks").as_deref(), Some("Foreign Ministry"));
        let s = "The CIA reports that Norway and Denmark have expelled North Korean diplomats for smuggling.";
        assert_eq!(found(s).as_deref(), Some("CIA"));
        assert!(found("The Foreign Ministry decides to expel the diplomats").is_none());
    }

    #[test]
    fn the_summary_names_the_addressee_after_the_writer() {
        // east-europe-r da__document-113086: Shelest's report to Moscow (1968).
        let s =
            "P. Shelest reports to the CPSU CC about the observations of Ukrainian journalists inside Czechoslovakia.";
        assert_eq!(found(s).as_deref(), Some("P. Shelest"));
        assert_eq!(addressee(s).map(|a| a.value.name).as_deref(), Some("CPSU CC"));
        // No `to` after the verb, or a writer the summary only speaks about.
        assert!(addressee("Polish Ambassador Ochęduszko reports on a conversation").is_none());
        assert!(addressee("The embassy reports to the ministry about it").is_none());
    }

    #[test]
    fn a_person_the_summary_speaks_about_is_no_writer() {
        // world-f dvinci ciphered-telegram-no-213: the embassy reports what
        // Gromyko said; east-asia-h telegram No. 059.139: a state asks.
        assert_eq!(found("Gromyko expresses that the Soviet government is committed to assist Cuba"), None);
        assert_eq!(found("North Korea asks Romania to forward a letter"), None);
        // Not a person's shape, or not the sentence's subject.
        assert_eq!(found("The embassy reports that Kim Il Sung describes the situation"), None);
        assert_eq!(found("Moscow informs the embassy of the decision"), None);
        assert_eq!(found("Report from the Embassy of Hungary in Pyongyang on the harvest"), None);
    }

    #[test]
    fn a_briefing_verbs_object_is_the_addressee() {
        // east-europe-cf dvinci node 85871 (1980s, a stub of its summary),
        // east-asia-af docslib 8111591 (Yu Tae-ha to Syngman Rhee, 1952),
        // east-asia-ac da 114896 (Shtykov to Ignatev, 1947).
        let s = "The Minister of the Internal Affairs, Dimitar Stoyanov, briefs Todor Zhivkov on the weekly domestic developments.";
        assert_eq!(addressee(s).map(|a| a.value.name).as_deref(), Some("Todor Zhivkov"));
        // The holder between commas before a writer's verb is the writer.
        let s = "The Minister of the Internal Affairs, Dimitar Stoyanov, reports on the weekly domestic developments.";
        assert_eq!(found(s).as_deref(), Some("Dimitar Stoyanov"));
        // A briefing verb names no writer: the telegram reports Heo Dam's talk
        // (a Romanian embassy's telegram from Pyongyang, 1978).
        assert!(found("Heo Dam informs Popa of a DPRK visit to Colombo").is_none());
        let s = "Yu briefs Syngman Rhee on his meeting with Tanaka and Ambassador Kim";
        assert_eq!(addressee(s).map(|a| a.value.name).as_deref(), Some("Syngman Rhee"));
        let s = "Shtykov informs Ignatev of South Korea's current inability to purchase rice";
        assert_eq!(addressee(s).map(|a| a.value.name).as_deref(), Some("Ignatev"));
        // A place is no addressee (`Pavlicek informs Prague that …`).
        assert!(addressee("Pavlicek informs Prague that Cuban anti-aircraft forces fended off").is_none());
    }
}
