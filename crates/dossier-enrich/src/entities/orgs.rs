//! Organizations: title actors, abbreviations (the source's own term list
//! first, then a small built-in table) and names built on an institution's
//! head noun (`Ministry of Foreign Affairs`, `Soviet consulate in Yining`,
//! `Supreme Council for National Reconstruction`).

use dossier_gazetteer::ascii_fold;
use dossier_model::{ActorKind, Authority, EntityKind, EntityRef, MentionKind, TextField};

use super::names::{slug, title_case};
use super::tokens::Token;
use super::{Actors, Found, FoundSet, Texts, plain_entity};
use crate::lexicon::{ABBREVIATIONS as ABBREVIATION, Abbreviated, LOCATED_HEADS as LOCATED, ORG_HEADS as ORG_HEAD};

/// Words that may join the parts of an organization's name.
const JOINERS: &[&str] = &["of", "for", "on", "the", "and", "de", "du"];

/// The canonical key of an organization's name: folded, lowercase, without a
/// leading article, `Govt`/`Dept` and an editor's `F[oreign] M[inistry]` spelled out.
pub(crate) fn org_key(name: &str) -> String {
    let folded = ascii_fold(&super::names::spelled_out(name)).to_lowercase().replace(['\'', '’', '.', ','], "");
    let words: Vec<&str> = folded.split_whitespace().collect();
    let words = match words.first() {
        Some(&"the") => &words[1..],
        _ => &words[..],
    };
    words
        .iter()
        .map(|w| match *w {
            "govt" => "government",
            "dept" => "department",
            "ministries" => "ministries",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The entity of an organization named `name`.
pub(crate) fn org_entity(name: &str) -> EntityRef {
    let name = &*super::names::spelled_out(name);
    let shouted = name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && name.len() > 6;
    let display = if shouted { title_case(name) } else { name.trim_start_matches("the ").to_owned() };
    plain_entity(EntityKind::Organization, format!("org:{}", slug(&org_key(name))), display)
}

/// Senders, recipients and participants that are organizations.
pub(crate) fn read_actors(actors: &Actors<'_>, texts: &Texts<'_>, found: &mut FoundSet) {
    for actor in actors.all() {
        let ev = &actor.evidence;
        if actor.value.kind != ActorKind::Organization || ev.field != TextField::Title {
            continue;
        }
        let name = actor.value.name.as_str();
        let Some(at) = ev.of(texts.title.unwrap_or_default()).find(name) else { continue };
        let start = ev.start + at;
        if super::places::named_state(name, None).is_some() {
            continue;
        }
        found.push(Found {
            kind: MentionKind::Organization,
            field: TextField::Title,
            start,
            end: start + name.len(),
            entity: org_entity(name),
            method: "title",
            confidence: 0.9,
        });
    }
}

/// One pass over the words of a text.
/// An organization's name without an editor's brackets: an insertion keeps
/// its words (`of the [Xinjiang Uyghur] Autonomous Region` → `of the Xinjiang
/// Uyghur Autonomous Region`), a gloss after a capitalized word goes (`Yili
/// [Ili] Prefecture` → `Yili Prefecture`); a word the editor completed keeps
/// its brackets for the spelling-out (`P[olitical] C[onsultative] C[ommittee]`).
fn without_editors_brackets(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c) else { break };
        let before = rest[..open].trim_end();
        let gloss = before.split_whitespace().last().is_some_and(|w| w.starts_with(char::is_uppercase));
        if rest[..open].ends_with(|c: char| !c.is_whitespace()) && open > 0 {
            // `P[olitical] C[onsultative] C[ommittee]`: a word the editor
            // completed, which the name's spelling-out reads.
            out.push_str(&rest[..=close]);
        } else if gloss {
            out.push_str(before);
        } else {
            out.push_str(&rest[..open]);
            out.push_str(&rest[open + 1..close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// When word `k` opens an editor's square bracket of at most three
/// capitalized words right after the word before it, and a capitalized word
/// follows the bracket, the index of that word.
fn bracket_inside_name(tokens: &[Token<'_>], text: &str, k: usize) -> Option<usize> {
    let only = |from: usize, to: usize, mark: &str| text[from..to].trim() == mark;
    if k == 0 || !tokens[k].in_bracket || !only(tokens[k - 1].end, tokens[k].start, "[") {
        return None;
    }
    let close = (k..tokens.len()).find(|&j| !tokens[j].in_bracket)?;
    let after = &tokens[close];
    let inside = &tokens[k..close];
    (after.after_bracket
        && after.cap
        && only(tokens[close - 1].end, after.start, "]")
        && inside.len() <= 3
        && inside.iter().enumerate().all(|(j, t)| t.cap && (j == 0 || t.joined)))
    .then_some(close)
}

pub(crate) fn scan(
    field: TextField,
    tokens: &[Token<'_>],
    authority: Option<&Authority>,
    year: Option<i32>,
    text: &str,
    found: &mut FoundSet,
) {
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if found.taken(field, t.start, t.end) {
            i += 1;
            continue;
        }
        // Abbreviations, as printed (`CPSU`, `ROK`, `UN`).
        // `U.S.`, `U.N.`: the same abbreviation written with periods.
        // Not when it opens a longer name (`U.S. Government`, `U.N. General
        // Assembly`): the head-noun reader takes that whole.
        let opens_name = tokens.get(i + 1).is_some_and(|n| n.joined && n.cap);
        let bare = if t.text.contains('.') && !opens_name { t.text.replace('.', "") } else { String::new() };
        let known = ABBREVIATION.get(t.text).or_else(|| ABBREVIATION.get(bare.as_str()));
        if t.all_caps || known.is_some() {
            let term = authority.and_then(|a| a.terms.iter().find(|term| term.term == t.text));
            let expansion: Option<&str> = match (term, known) {
                (Some(term), _) => Some(term.expansion.as_str()),
                (None, Some(Abbreviated::Organization(name) | Abbreviated::Polity(name))) => Some(name),
                (None, None) => None,
            };
            if let Some(name) = expansion.filter(|n| !n.is_empty()) {
                let (kind, entity) = match super::places::named_state(name, year) {
                    Some(entity) => (MentionKind::Place, entity),
                    None => (MentionKind::Organization, org_entity(name)),
                };
                found.push(Found {
                    kind,
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
        }
        // A head noun: capitalized, or lower-case after a capitalized modifier.
        let head = ORG_HEAD.contains(t.lower.as_ref())
            && (t.cap
                || (i > 0
                    && tokens[i].joined
                    && tokens[i - 1].cap
                    && (!tokens[i - 1].sentence_start || tokens[i - 1].all_caps)));
        if !head {
            i += 1;
            continue;
        }
        // Modifiers before the head.
        let mut first = i;
        while first > 0
            && tokens[first].joined
            && tokens[first - 1].cap
            && tokens[first - 1].lower != "the"
            && i - first < 6
            && !found.taken(field, tokens[first - 1].start, tokens[first - 1].end)
        {
            first -= 1;
        }
        // `a Korean newspaper`: a country's adjective or a common word alone
        // before a paper's noun in lower case names no paper (`Al Hawadis
        // newspaper` does).
        if !t.cap
            && crate::lexicon::PERIODICAL_HEADS.contains(t.lower.as_ref())
            && (first..i).all(|k| {
                super::places::is_place_adjective(tokens[k].text)
                    || crate::lexicon::COMMON_WORDS.contains(tokens[k].lower.as_ref())
            })
        {
            i += 1;
            continue;
        }
        // `of the X and Y`, `for X`, and for missions `in X`.
        let mut last = i;
        // Where the name ended before it ran on across a bracket.
        let mut before_bracket = None;
        let mut k = i + 1;
        let opener = |w: &str| {
            matches!(w, "of" | "for" | "on") || (LOCATED.contains(t.lower.as_ref()) && matches!(w, "in" | "to"))
        };
        if k < tokens.len() && tokens[k].joined && opener(&tokens[k].lower) {
            k += 1;
            while k < tokens.len() && k - i < 12 {
                let w = &tokens[k];
                if !w.joined {
                    // `Party Committee of the [Xinjiang Uyghur] Autonomous Region`,
                    // `Party Committee of Yili [Ili] Prefecture`: the name runs on
                    // across an editor's bracket when a capitalized word of it follows.
                    match bracket_inside_name(tokens, text, k) {
                        Some(after) => {
                            before_bracket.get_or_insert(last);
                            last = after;
                            k = after + 1;
                            continue;
                        }
                        None => break,
                    }
                }
                if w.cap {
                    last = k;
                } else if !JOINERS.contains(&w.lower.as_ref())
                    || (w.lower == "and" && !tokens.get(k + 1).is_some_and(|n| n.cap && n.joined))
                {
                    break;
                }
                k += 1;
            }
        }
        // `the Presidium of the Great Khural of the MPR [Mongolian People's
        // Republic] Comrade …`: what follows the bracket belongs to a name
        // read already, so the body's name ends before the bracket.
        if let Some(end) = before_bracket
            && found.taken(field, tokens[first].start, tokens[last].end)
        {
            last = end;
        }
        let n_words = last + 1 - first;
        let proper = (first..=last).any(|j| j != i && tokens[j].cap);
        if n_words >= 2 && proper {
            let (start, end) = (tokens[first].start, tokens[last].end);
            let name = &text[start..end];
            if super::places::named_state(name, year).is_none() && !found.taken(field, start, end) {
                found.push(Found {
                    kind: MentionKind::Organization,
                    field,
                    start,
                    end,
                    entity: org_entity(&without_editors_brackets(name)),
                    method: "org_pattern",
                    confidence: 0.75,
                });
                i = last + 1;
                continue;
            }
        }
        i += 1;
    }
}
