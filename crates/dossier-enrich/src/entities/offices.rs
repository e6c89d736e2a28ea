//! Office holders by date: `the Secretary`, `the Under Secretary`, `the
//! President`, and `the Ambassador` in a telegram from or to a US embassy,
//! resolved to the person who held that office at the document's date
//! (`start ≤ date < end` in the bundled POCOM terms and the Presidents' table,
//! see `dossier_authority::office_holder`).
//!
//! Only US government records are read this way (a FRUS document, or a text
//! that names the Department of State): in a Soviet report `the Secretary` is a
//! party secretary. An office phrase followed by a name (`Secretary Rusk`) is
//! the person's title, read by the people scan; one followed by `of`, `for`,
//! `to` or `General` is another office (`the Secretary of Defense`). The text
//! wins over the table: when the document names someone else with the same
//! title (`President Yun` in a telegram from Seoul), the bare phrase is left
//! unlinked, as it is when the office was vacant that day. A link within a
//! month of a change of office has a lower confidence.
//!
//! Sovereigns named by their title alone (`the Shah`, `the Shah of Iran`;
//! `data/lexicon/sovereigns.tsv`) are read the same way in every record: the
//! holder of the title at the document's date.

use std::sync::LazyLock;

use dossier_authority::Holder;
use dossier_model::{EntityKind, MentionKind, NormalizedDoc, TextField};

use super::tokens::Token;
use super::{Found, plain_entity};
use crate::lexicon::{HONORIFICS, MISSION_POSTS, OFFICE_PHRASES, TITLE_WORDS};

/// The confidence of an office resolved by date, and near a change of office.
const CONFIDENCE: f32 = 0.8;
const CONFIDENCE_NEAR_CHANGE: f32 = 0.5;

/// Words after an office phrase that make it another office (`the Secretary
/// of Defense`, `the Secretary General`); `to` only after `Ambassador` (`the
/// Ambassador to Japan` may be another post's).
const OTHER_OFFICE_NEXT: &[&str] = &["of", "for", "general", "-general"];

/// One office phrase resolved: the mention and the office's id.
pub(crate) struct OfficeMention {
    pub found: Found,
    pub office: &'static str,
}

/// Bodies of the US government whose name in a title or a body (a FRUS
/// source note: `Source: Department of State, Central Files`) makes the
/// document one of its records.
const US_BODIES: &[&str] =
    &["Department of State", "National Security Council", "White House", "Joint Chiefs of Staff"];

/// The office phrases word by word, split once.
static PHRASE_WORDS: LazyLock<Vec<(Vec<&'static str>, &'static str)>> =
    LazyLock::new(|| OFFICE_PHRASES.iter().map(|(phrase, office)| (phrase.split(' ').collect(), *office)).collect());

/// `Kennedy Library` …: the presidential libraries, named by the Presidents'
/// surnames, built once.
static PRESIDENTIAL_LIBRARIES: LazyLock<Vec<String>> = LazyLock::new(|| {
    dossier_authority::office_terms("president", "")
        .iter()
        .filter_map(|t| dossier_authority::person(t.hsg_id?))
        .map(|p| format!("{} Library", surname_of(p)))
        .collect()
});

/// The surname of a people-database name (`Rusk, David Dean` → `Rusk`).
fn surname_of(person: &dossier_authority::Person) -> &str {
    person.name.split(", ").next().unwrap_or_default()
}

/// True when `doc` is a record of the US government: a FRUS document, one
/// that names a body of it, or one kept in a presidential library (`Source:
/// Kennedy Library, National Security Files`).
fn us_record(doc: &NormalizedDoc, title: Option<&str>) -> bool {
    doc.meta.collection == "frus"
        || US_BODIES.iter().any(|body| title.is_some_and(|t| t.contains(body)) || doc.body.contains(body))
        || PRESIDENTIAL_LIBRARIES.iter().any(|library| doc.body.contains(library.as_str()))
}

/// The POCOM post of the US embassy the title sends to or from (`Telegram From
/// the Embassy in Korea to the Department of State` → `korea`).
fn embassy_post(title: &str) -> Option<String> {
    let at = title.find("Embassy in ")?;
    let before = title[..at].trim_end();
    // `the Embassy`, `American Embassy`, `US Embassy`: not `Soviet Embassy`.
    let last = before.rsplit(' ').next().unwrap_or_default();
    if !matches!(last, "" | "the" | "The" | "American" | "US" | "U.S." | "United States" | "From" | "To") {
        return None;
    }
    let rest = &title[at + "Embassy in ".len()..];
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let country = rest.split([',', '(']).next()?.split(" to ").next()?.split(" from ").next()?.trim();
    let lower = country.to_lowercase();
    let post = MISSION_POSTS
        .iter()
        .find(|(name, _)| *name == lower)
        .map_or_else(|| lower.replace(' ', "-"), |(_, post)| (*post).to_owned());
    dossier_authority::office_known("chief-of-mission", &post).then_some(post)
}

/// The title word a text puts before a holder's name (`President Kennedy`).
fn title_word(office: &str) -> Option<&'static str> {
    match office {
        "president" => Some("President"),
        "secretary" => Some("Secretary"),
        "under-secretary" => Some("Under Secretary"),
        "chief-of-mission" => Some("Ambassador"),
        _ => None,
    }
}

/// True when `body` names, after the office's title word, someone whose surname
/// is not `surname` (`President Yun` beside the US President). Not a holder of
/// the same office at another date (`President Eisenhower` in 1961), a `Vice
/// President`, nor an aide after `the` (`Special Assistant to the President
/// Frederick G. Dutton`).
fn names_someone_else(body: &str, office: &str, post: &str, surname: &str) -> bool {
    let Some(word) = title_word(office) else { return false };
    // Holders of the office at any date, asked only when a name follows the title.
    let held_it = |lower: &str| {
        dossier_authority::office_terms(office, post)
            .iter()
            .filter_map(|t| dossier_authority::person(t.hsg_id?))
            .any(|p| surname_of(p).to_lowercase() == lower)
    };
    body.match_indices(word).any(|(at, _)| {
        let before = body[..at].trim_end();
        if before.ends_with("Vice") || before.ends_with("the") || before.ends_with("The") {
            return false;
        }
        let after = &body[at + word.len()..];
        let Some(rest) = after.strip_prefix(' ') else { return false };
        let name: String = rest.chars().take_while(|c| c.is_alphabetic() || *c == '-').collect();
        let lower = name.to_lowercase();
        name.starts_with(char::is_uppercase)
            && !TITLE_WORDS.contains(lower.as_str())
            && !HONORIFICS.contains(lower.as_str())
            && !OTHER_OFFICE_NEXT.contains(&lower.as_str())
            && !name.eq_ignore_ascii_case(surname)
            && !held_it(&lower)
    })
}

/// The display name of a people-database name (`Rusk, David Dean` → `David
/// Dean Rusk`; `Ford, Gerald R., Jr.` → `Gerald R. Ford Jr.`).
fn display_name(name: &str) -> String {
    // A nickname in brackets (`Parsons, James Graham (“Jeff”)`) is no part of it.
    let plain = super::names::without_brackets(name);
    let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ").replace(" ,", ",");
    let mut parts = plain.split(", ");
    let surname = parts.next().unwrap_or_default();
    let given = parts.next().unwrap_or_default();
    let suffix: Vec<&str> = parts.collect();
    [given, surname].iter().chain(&suffix).filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(" ")
}

/// The shortest full name the database records for `person` (`Dean Rusk`
/// beside the preferred `Rusk, David Dean`), as texts usually name them, so
/// the entity is the one the person's name gives elsewhere.
pub(crate) fn shortest_name(person: &dossier_authority::Person) -> String {
    std::iter::once(person.name.as_str())
        .chain(person.other_names.iter().map(String::as_str))
        .map(|name| if name.contains(", ") { display_name(name) } else { name.to_owned() })
        .filter_map(|name| {
            let words = super::names::person_key(&name).key.split(' ').count();
            (words >= 2).then_some((words, name))
        })
        .min_by_key(|(words, _)| *words)
        .map_or_else(|| display_name(&person.name), |(_, name)| name)
}

/// Office phrases of the title and the body (`texts`: each field with its
/// words) resolved to their holders at the document's `date` (ISO). `found`
/// are the document's other mentions: a phrase inside one is skipped, and a
/// holder the document already names keeps that entity.
pub(crate) fn resolve(
    doc: &NormalizedDoc,
    title: Option<&str>,
    texts: &[(TextField, &[Token<'_>])],
    date: Option<&str>,
    found: &[Found],
) -> Vec<OfficeMention> {
    let mut out = Vec::new();
    let Some(date) = date.filter(|d| d.len() >= 10) else { return out };
    if !us_record(doc, title) {
        return out;
    }
    let post = title.and_then(embassy_post);
    for &(field, tokens) in texts {
        read_field(doc, field, tokens, post.as_deref(), date, found, &mut out);
    }
    out
}

/// The office phrases of one field (see [`resolve`]).
fn read_field(
    doc: &NormalizedDoc,
    field: TextField,
    tokens: &[Token<'_>],
    post: Option<&str>,
    date: &str,
    found: &[Found],
    out: &mut Vec<OfficeMention>,
) {
    let mut i = 0;
    while i + 1 < tokens.len() {
        if tokens[i].lower != "the" {
            i += 1;
            continue;
        }
        // The longest office phrase after `the`.
        let best = PHRASE_WORDS
            .iter()
            .filter_map(|(words, office)| {
                let run = tokens.get(i + 1..i + 1 + words.len())?;
                let matches = run.iter().zip(words.iter()).all(|(t, w)| t.lower == *w)
                    && run[0].cap
                    && run.iter().all(|t| t.joined);
                matches.then_some((words.len(), *office))
            })
            .max_by_key(|(n, _)| *n);
        let Some((n, office)) = best else {
            i += 1;
            continue;
        };
        let last = &tokens[i + n];
        let next = tokens.get(i + n + 1).filter(|t| t.joined);
        let other_office = next.is_some_and(|t| {
            OTHER_OFFICE_NEXT.contains(&t.lower.as_ref()) || office == "chief-of-mission" && t.lower == "to"
        });
        // `Special Assistant to the President Frederick G. Dutton`: the name
        // after `to the President` is the aide's.
        let aide = i > 0 && tokens[i - 1].lower == "to";
        let named = !last.possessive && !aide && next.is_some_and(|t| t.cap);
        let at = i;
        i += n + 1;
        if other_office || named {
            continue;
        }
        let office_post = if office == "chief-of-mission" {
            match post {
                Some(post) => post,
                None => continue,
            }
        } else {
            ""
        };
        let Holder::One { term, near_change } = dossier_authority::office_holder(office, office_post, date) else {
            continue;
        };
        let Some(person) = term.hsg_id.and_then(dossier_authority::person) else { continue };
        let surname = surname_of(person);
        if names_someone_else(&doc.body, office, office_post, surname) {
            continue;
        }
        let (start, end) = (tokens[at].start, last.end);
        if found.iter().any(|f| f.field == field && f.start < end && start < f.end) {
            continue;
        }
        let entity = found
            .iter()
            .find(|f| f.entity.person_link.as_ref().is_some_and(|l| l.hsg_id == person.hsg_id))
            .map(|f| f.entity.clone())
            .unwrap_or_else(|| {
                let name = shortest_name(person);
                let mut entity =
                    plain_entity(EntityKind::Person, super::authority::person_entity_id(person.hsg_id), name);
                entity.person_link = super::authority::person_link(person.hsg_id, "office_by_date");
                entity
            });
        let confidence = if near_change { CONFIDENCE_NEAR_CHANGE } else { CONFIDENCE };
        out.push(OfficeMention {
            found: Found { kind: MentionKind::Person, field, start, end, entity, method: "office_by_date", confidence },
            office,
        });
    }
}

/// Sovereigns named by title alone in `texts` (`the Shah`, `Shah` of `Shah of
/// Iran`; the realm stays a place of its own),
/// resolved to the reign that holds the document's `date` (ISO, day
/// precision). Not a title before a name (`the Shah Mohammad Reza`, read by the
/// people scan), not a realm other than the title's (`the Shah of
/// Afghanistan`), and not a phrase inside one of the document's other
/// mentions (`found`). A holder the document names already keeps that entity.
pub(crate) fn sovereigns(
    texts: &[(TextField, &[Token<'_>])],
    date: Option<&str>,
    found: &[Found],
) -> Vec<OfficeMention> {
    let mut out = Vec::new();
    let Some(date) = date.filter(|d| d.len() >= 10) else { return out };
    for &(field, tokens) in texts {
        for (i, t) in tokens.iter().enumerate() {
            let Some(reign) = crate::lexicon::SOVEREIGNS
                .iter()
                .find(|r| r.title == t.lower && r.from <= date && (r.to.is_empty() || date < r.to))
            else {
                continue;
            };
            let the = i.checked_sub(1).map(|j| &tokens[j]).filter(|b| b.lower == "the" && t.joined);
            let next = tokens.get(i + 1).filter(|n| n.joined && !t.possessive);
            let realm = next.filter(|n| n.lower == "of").and_then(|_| tokens.get(i + 2)).filter(|r| r.joined && r.cap);
            // The realm is the place's own mention; the title names the person.
            let of_realm = match (next, realm) {
                (Some(_), Some(r)) if reign.realms.contains(&r.lower.as_ref()) => true,
                // Another realm's sovereign.
                (Some(n), _) if n.lower == "of" => continue,
                // A title before the holder's name.
                (Some(n), _) if n.cap => continue,
                _ => false,
            };
            if the.is_none() && !of_realm {
                continue;
            }
            let end = t.end;
            let start = the.map_or(t.start, |b| b.start);
            if found.iter().any(|f| f.field == field && f.start < end && start < f.end) {
                continue;
            }
            let key = super::names::person_key(reign.holder).key;
            let entity = found
                .iter()
                .find(|f| {
                    f.kind == MentionKind::Person && super::names::person_key(&f.entity.canonical_name).key == key
                })
                .map(|f| f.entity.clone())
                .unwrap_or_else(|| {
                    plain_entity(
                        EntityKind::Person,
                        format!("person:{}", super::names::slug(&key)),
                        reign.holder.to_owned(),
                    )
                });
            out.push(OfficeMention {
                found: Found {
                    kind: MentionKind::Person,
                    field,
                    start,
                    end,
                    entity,
                    method: "office_by_date",
                    confidence: CONFIDENCE,
                },
                office: reign.title,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_and_posts() {
        assert_eq!(display_name("Rusk, David Dean"), "David Dean Rusk");
        assert_eq!(display_name("Ford, Gerald R., Jr."), "Gerald R. Ford Jr.");
        assert_eq!(display_name("Parsons, James Graham (“Jeff”)"), "James Graham Parsons");
        assert_eq!(display_name("Carter, James Earl (“Jimmy”), Jr."), "James Earl Carter Jr.");
        assert_eq!(
            embassy_post("Telegram From the Embassy in Korea to the Department of State").as_deref(),
            Some("korea")
        );
        assert_eq!(
            embassy_post("Telegram From the Department of State to the Embassy in the Republic of China").as_deref(),
            Some("china")
        );
        assert_eq!(embassy_post("Note from the Soviet Embassy in Korea"), None);
    }

    #[test]
    fn another_holder_named_in_the_text() {
        assert!(names_someone_else("President Yun said that the President", "president", "", "Kennedy"));
        assert!(!names_someone_else("President Kennedy said", "president", "", "Kennedy"));
        assert!(!names_someone_else("as President Eisenhower had said", "president", "", "Kennedy"));
        assert!(!names_someone_else("Vice President Johnson", "president", "", "Kennedy"));
        assert!(!names_someone_else(
            "Special Assistant to the President Frederick G. Dutton",
            "president",
            "",
            "Kennedy"
        ));
        assert!(!names_someone_else("the Secretary General and the Secretary of Defense", "secretary", "", "Rusk"));
    }
}
