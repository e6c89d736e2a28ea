//! The entities a document links ([`Relation`]): each sender to each
//! recipient, and the people and organizations named together in a paragraph
//! of the body. Computed here, where the actors' entities and the paragraphs
//! are known; export only maps them to rows of `edges.csv`.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use dossier_model::{Actor, EntityKind, EntityRef, Evidence, Extracted, Mention, Relation, Span, TextField};

/// A paragraph naming more distinct people and organizations than this is
/// read as a list: its co-mentions link each name to the next [`LIST_WINDOW`]
/// only, so relations grow linearly with its length, not with its square.
pub const LIST_PARAGRAPH_ENTITIES: usize = 40;

/// How many following names each name of a list paragraph is linked to.
pub const LIST_WINDOW: usize = 10;

/// The relations of one document, in a fixed order: sender → recipient pairs
/// first (actor order), then co-mentions by (smaller id, larger id).
pub(crate) fn relations(
    body: &str,
    senders: &[Extracted<Actor>],
    recipients: &[Extracted<Actor>],
    mentions: &[Mention],
) -> Vec<Relation> {
    let mut out = Vec::new();
    // The entity of the mention inside an actor's evidence.
    let entity_in = |ev: &Evidence| -> Option<&EntityRef> {
        mentions
            .iter()
            .filter_map(Mention::as_entity)
            .filter(|m| m.evidence.field == ev.field)
            .find(|m| ev.start <= m.evidence.start && m.evidence.end <= ev.end)
            .map(|m| &m.entity)
    };
    let mut seen = BTreeSet::new();
    for sender in senders {
        let Some(from) = entity_in(&sender.evidence) else { continue };
        for recipient in recipients {
            let Some(to) = entity_in(&recipient.evidence) else { continue };
            if from.id == to.id || !seen.insert((from.id.clone(), to.id.clone())) {
                continue;
            }
            let (a, b) = (&sender.evidence, &recipient.evidence);
            let (start, end) =
                if a.field == b.field { (a.start.min(b.start), a.end.max(b.end)) } else { (a.start, a.end) };
            out.push(Relation::SenderRecipient {
                sender: from.id.clone(),
                recipient: to.id.clone(),
                evidence: Span { field: a.field, start, end },
            });
        }
    }

    // Co-mentions: people and organizations named in the same body paragraph.
    let mut named: Vec<(usize, usize, &str)> = mentions
        .iter()
        .filter_map(Mention::as_entity)
        .filter(|m| matches!(m.entity.kind, EntityKind::Person | EntityKind::Organization))
        .filter(|m| m.evidence.field == TextField::Body)
        .map(|m| (m.evidence.start, m.evidence.end, m.entity.id.as_str()))
        .collect();
    named.sort_unstable();
    let mut pairs: BTreeMap<(&str, &str), (usize, usize, usize)> = BTreeMap::new();
    let mut paragraph_start = 0;
    let mut next = 0;
    for paragraph in body.split("\n\n") {
        let paragraph_end = paragraph_start + paragraph.len();
        while next < named.len() && named[next].0 < paragraph_start {
            next += 1;
        }
        let from = next;
        while next < named.len() && named[next].0 < paragraph_end {
            next += 1;
        }
        // Distinct entities in reading order.
        let mut order: Vec<&str> = Vec::new();
        let mut distinct = HashSet::new();
        for &(_, end, id) in &named[from..next] {
            if end <= paragraph_end && distinct.insert(id) {
                order.push(id);
            }
        }
        // A list (participants, an index, a distribution line) names everyone
        // once; all its pairs would grow with the square of its length and say
        // little, so each of its names is linked to the next few only.
        let window = if order.len() <= LIST_PARAGRAPH_ENTITIES { order.len() } else { LIST_WINDOW };
        for (i, &a) in order.iter().enumerate() {
            for &b in &order[i + 1..(i + 1 + window).min(order.len())] {
                let key = if a < b { (a, b) } else { (b, a) };
                pairs.entry(key).or_insert((0, paragraph_start, paragraph_end)).0 += 1;
            }
        }
        paragraph_start = paragraph_end + 2;
    }
    for ((a, b), (paragraphs, start, end)) in pairs {
        out.push(Relation::CoMention {
            a: a.to_owned(),
            b: b.to_owned(),
            paragraphs,
            first: Span { field: TextField::Body, start, end },
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use dossier_model::{ActorKind, EntityMention};

    use super::*;
    use crate::entities::plain_entity;

    const TITLE: &str = "Ciphered Telegram, Shtykov to Feng Xi [Stalin]";

    fn mention(field: TextField, text: &str, needle: &str, id: &str, kind: EntityKind) -> Mention {
        let start = text.find(needle).expect("in text");
        Mention::Entity(EntityMention {
            entity: plain_entity(kind, id.to_owned(), needle.to_owned()),
            method: "test",
            confidence: 0.9,
            office: None,
            evidence: Evidence::new(field, text, start, start + needle.len()),
        })
    }

    fn actor(name: &str) -> Extracted<Actor> {
        let start = TITLE.find(name).expect("in title");
        Extracted::new(
            Actor { name: name.to_owned(), kind: ActorKind::Person, aliases: Vec::new(), authority_id: None },
            "test",
            Evidence::new(TextField::Title, TITLE, start, start + name.len()),
        )
    }

    #[test]
    fn senders_to_recipients_and_paragraph_co_mentions() {
        let body = "Kim Il Sung met Shtykov in Pyongyang.\n\nStalin agreed.";
        let mentions = [
            mention(TextField::Title, TITLE, "Shtykov", "person:terentii-shtykov", EntityKind::Person),
            mention(TextField::Title, TITLE, "Feng Xi", "person:joseph-stalin", EntityKind::Person),
            mention(TextField::Body, body, "Kim Il Sung", "person:kim-il-sung", EntityKind::Person),
            mention(TextField::Body, body, "Shtykov", "person:terentii-shtykov", EntityKind::Person),
            mention(TextField::Body, body, "Pyongyang", "place:geonames:1871859", EntityKind::Place),
            mention(TextField::Body, body, "Stalin", "person:joseph-stalin", EntityKind::Person),
        ];
        let got = relations(body, &[actor("Shtykov")], &[actor("Feng Xi")], &mentions);
        assert_eq!(
            got,
            [
                Relation::SenderRecipient {
                    sender: "person:terentii-shtykov".to_owned(),
                    recipient: "person:joseph-stalin".to_owned(),
                    evidence: Span { field: TextField::Title, start: 19, end: 37 },
                },
                // Places are no co-mention; Stalin's paragraph names nobody else.
                Relation::CoMention {
                    a: "person:kim-il-sung".to_owned(),
                    b: "person:terentii-shtykov".to_owned(),
                    paragraphs: 1,
                    first: Span { field: TextField::Body, start: 0, end: 37 },
                },
            ]
        );
    }

    #[test]
    fn a_list_paragraph_links_each_name_to_the_next_few() {
        // One paragraph naming 50 organizations (a distribution list), then one
        // naming two people: the list gives a window of pairs, the short one all.
        let names: Vec<String> = (0..50).map(|n| format!("Committee{n:02}")).collect();
        let body = format!("{}\n\nKim Il Sung met Shtykov in Pyongyang.", names.join(", "));
        let mut mentions: Vec<Mention> = names
            .iter()
            .map(|n| mention(TextField::Body, &body, n, &format!("org:{n}"), EntityKind::Organization))
            .collect();
        mentions.push(mention(TextField::Body, &body, "Kim Il Sung", "person:kim-il-sung", EntityKind::Person));
        mentions.push(mention(TextField::Body, &body, "Shtykov", "person:terentii-shtykov", EntityKind::Person));
        let pairs: Vec<(String, String)> = relations(&body, &[], &[], &mentions)
            .into_iter()
            .filter_map(|r| match r {
                Relation::CoMention { a, b, .. } => Some((a, b)),
                Relation::SenderRecipient { .. } => None,
            })
            .collect();
        let in_list = pairs.iter().filter(|(a, _)| a.starts_with("org:")).count();
        // 40 names with 10 followers each, then 9, 8, … 0.
        assert_eq!(in_list, 40 * LIST_WINDOW + (0..LIST_WINDOW).sum::<usize>());
        let has = |a: &str, b: &str| pairs.iter().any(|(x, y)| x == a && y == b);
        assert!(has("org:Committee00", "org:Committee10"));
        assert!(!has("org:Committee00", "org:Committee11"));
        assert!(has("person:kim-il-sung", "person:terentii-shtykov"));
    }
}
