//! People linked to the Office of the Historian's people database
//! (`dossier-authority`), by the source's own markup: a FRUS `persName`
//! whose `@corresp` names an entry of its volume's List of Persons, which the
//! database ties to one person (`frus1961-63v22` `p_RD1` → `111738`, Dean
//! Rusk). The mention's method stays `markup` (or `title`, for a `persName` in
//! the heading); the link adds the database id, the POCOM id, the VIAF id and
//! the birth and death years to its entity.
//!
//! Within one document, a link also goes to every other mention of the same
//! entity (`Rusk` after `Dean Rusk`), unless the markup links that entity to
//! two different persons, in which case only the marked mentions keep theirs.
//!
//! Not here yet: names in running text (restricted by the document's date) and
//! office holders by date (`the Secretary`).

use std::collections::{BTreeMap, BTreeSet};

use dossier_model::{ActorKind, Format, MarkupKind, MentionKind, NormalizedDoc, PersonLink, TextField};

use super::{Actors, Found};

/// Adds the people-database link to the person mentions of `found` that the
/// document's markup ties to a List of Persons entry the database names, and
/// to the other mentions of the same entities.
pub(crate) fn link_markup(doc: &NormalizedDoc, actors: &Actors<'_>, found: &mut [Found]) {
    let Some(volume) = frus_volume(doc) else { return };
    // (field, start, end) of a marked span or heading actor → the person.
    let mut marked: BTreeMap<(TextField, usize, usize), u32> = BTreeMap::new();
    for span in doc.markup.spans.iter().filter(|s| s.kind == MarkupKind::Person) {
        let Some(target) = &span.target else { continue };
        if let Some(hsg_id) = resolve(doc, volume, target) {
            marked.insert((TextField::Body, span.start, span.end), hsg_id);
        }
    }
    // Senders, recipients and participants tagged with a List of Persons id in
    // the heading: their mention lies inside the actor's evidence.
    let mut heading: Vec<(usize, usize, u32)> = Vec::new();
    for actor in actors.all() {
        let (Some(target), ActorKind::Person) = (&actor.value.authority_id, actor.value.kind) else { continue };
        if actor.evidence.field != TextField::Title {
            continue;
        }
        if let Some(hsg_id) = resolve(doc, volume, target) {
            heading.push((actor.evidence.start, actor.evidence.end, hsg_id));
        }
    }
    if marked.is_empty() && heading.is_empty() {
        return;
    }

    // Direct links, and the persons each entity is linked to.
    let mut direct = vec![None; found.len()];
    let mut by_entity: BTreeMap<&str, BTreeSet<u32>> = BTreeMap::new();
    for (f, slot) in found.iter().zip(&mut direct) {
        if f.kind != MentionKind::Person {
            continue;
        }
        let hsg_id = match (f.field, f.method) {
            (TextField::Body, "markup") => marked.get(&(f.field, f.start, f.end)).copied(),
            (TextField::Title, "title") => {
                heading.iter().find(|(start, end, _)| *start <= f.start && f.end <= *end).map(|(_, _, hsg_id)| *hsg_id)
            }
            _ => None,
        };
        if let Some(hsg_id) = hsg_id {
            *slot = Some(hsg_id);
            by_entity.entry(f.entity.id.as_str()).or_default().insert(hsg_id);
        }
    }
    let shared: BTreeMap<String, u32> = by_entity
        .into_iter()
        .filter_map(|(id, persons)| match persons.into_iter().collect::<Vec<_>>().as_slice() {
            [one] => Some((id.to_owned(), *one)),
            _ => None,
        })
        .collect();
    for (f, direct) in found.iter_mut().zip(direct) {
        if f.kind != MentionKind::Person {
            continue;
        }
        let hsg_id = direct.or_else(|| shared.get(&f.entity.id).copied());
        f.entity.person_link = hsg_id.and_then(person_link);
    }
}

/// The FRUS volume of a document (`frus1961-63v22` of `frus1961-63v22/d215`),
/// when the parser knew it.
fn frus_volume(doc: &NormalizedDoc) -> Option<&str> {
    if doc.format != Format::FrusTei {
        return None;
    }
    let record_id = &doc.fields.record_id.as_ref()?.value;
    let (volume, _) = record_id.split_once('/')?;
    (!volume.is_empty()).then_some(volume)
}

/// The person of List of Persons entry `target` of `volume`; a cross-reference
/// stub ("Zhou Enlai, see Chou En-lai") is followed once when the database
/// does not name the stub itself.
fn resolve(doc: &NormalizedDoc, volume: &str, target: &str) -> Option<u32> {
    dossier_authority::by_volume_person(volume, target).or_else(|| {
        let persons = &doc.authority.as_deref()?.persons;
        let see = persons.iter().find(|p| p.id == target)?.see.as_deref()?;
        dossier_authority::by_volume_person(volume, see)
    })
}

/// The link of a database person.
fn person_link(hsg_id: u32) -> Option<PersonLink> {
    let person = dossier_authority::person(hsg_id)?;
    Some(PersonLink {
        hsg_id,
        pocom_id: person.pocom_id.clone(),
        viaf_id: person.viaf_id.clone(),
        birth_year: person.birth_year,
        death_year: person.death_year,
    })
}

#[cfg(test)]
mod tests {
    use dossier_model::{DocId, Evidence, Extracted, Fields, Markup, MarkupSpan, Source};

    use super::*;
    use crate::entities::plain_entity;

    fn doc(record_id: &str, body: &str, spans: &[(&str, &str)]) -> NormalizedDoc {
        let field = |v: &str| Extracted::new(v.to_owned(), "test", Evidence::new(TextField::Source, v, 0, v.len()));
        let spans = spans
            .iter()
            .map(|(text, target)| {
                let start = body.find(text).expect("span in body");
                MarkupSpan {
                    kind: MarkupKind::Person,
                    start,
                    end: start + text.len(),
                    text: (*text).to_owned(),
                    target: Some((*target).to_owned()),
                    role: None,
                }
            })
            .collect();
        NormalizedDoc {
            id: DocId("0000000000000000".to_owned()),
            source: Source { path: "t.xml".to_owned(), blake3: String::new(), n_bytes: 0, record_key: None },
            collection: "frus".to_owned(),
            format: Format::FrusTei,
            layout: dossier_model::Layout::FrusDocument,
            fields: Fields { record_id: Some(field(record_id)), ..Fields::default() },
            body: body.to_owned(),
            body_offset: 0,
            truncated: false,
            dropped: Vec::new(),
            markup: Markup { spans, ..Markup::default() },
            authority: None,
            date: None,
            editorial: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    fn person(body: &str, text: &str, id: &str, method: &'static str) -> Found {
        let start = body.rfind(text).expect("mention in body");
        Found {
            kind: MentionKind::Person,
            field: TextField::Body,
            start,
            end: start + text.len(),
            entity: plain_entity(dossier_model::EntityKind::Person, id.to_owned(), text.to_owned()),
            method,
            confidence: 0.9,
        }
    }

    /// The hsg ids the mentions of `found` end up with.
    fn check(doc: &NormalizedDoc, mut found: Vec<Found>, expect: &[Option<u32>]) {
        let none = Actors { senders: &[], recipients: &[], participants: &[] };
        link_markup(doc, &none, &mut found);
        let got: Vec<Option<u32>> = found.iter().map(|f| f.entity.person_link.as_ref().map(|l| l.hsg_id)).collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn a_marked_person_and_the_other_mentions_of_its_entity() {
        let body = "Secretary Rusk saw Berger. Rusk agreed.";
        let d = doc("frus1961-63v22/d1", body, &[("Secretary Rusk", "p_RD1")]);
        let found = vec![
            person(body, "Secretary Rusk", "person:rusk", "markup"),
            person(body, "Berger", "person:berger", "name_pattern"),
            person(body, "Rusk", "person:rusk", "surname"),
        ];
        check(&d, found, &[Some(111738), None, Some(111738)]);
        let rusk = {
            let mut found = vec![person(body, "Secretary Rusk", "person:rusk", "markup")];
            let none = Actors { senders: &[], recipients: &[], participants: &[] };
            link_markup(&d, &none, &mut found);
            found.remove(0).entity.person_link.expect("linked")
        };
        assert_eq!(rusk.pocom_id.as_deref(), Some("rusk-david-dean"));
        assert_eq!((rusk.birth_year, rusk.death_year), (Some(1909), Some(1994)));
    }

    #[test]
    fn no_link_without_a_volume_or_an_entry() {
        let body = "Secretary Rusk agreed.";
        let found = || vec![person(body, "Secretary Rusk", "person:rusk", "markup")];
        // No volume in the record id (plain `xml:id`), an unknown entry, or not FRUS.
        check(&doc("d1", body, &[("Secretary Rusk", "p_RD1")]), found(), &[None]);
        check(&doc("frus1961-63v22/d1", body, &[("Secretary Rusk", "p_NOBODY")]), found(), &[None]);
        let mut plain = doc("frus1961-63v22/d1", body, &[("Secretary Rusk", "p_RD1")]);
        plain.format = Format::PlainText;
        check(&plain, found(), &[None]);
    }

    #[test]
    fn an_entity_marked_as_two_persons_is_linked_only_where_marked() {
        let body = "Chang met Chang. Chang left.";
        let spans = [("Chang met", "p_RD1")];
        let mut d = doc("frus1961-63v22/d1", body, &spans);
        // Two spans on the same entity id, to two different persons.
        let second = body.find("Chang.").unwrap();
        d.markup.spans.push(MarkupSpan {
            kind: MarkupKind::Person,
            start: second,
            end: second + 5,
            text: "Chang".to_owned(),
            target: Some("p_AR1".to_owned()),
            role: None,
        });
        let mut first = person(body, "Chang", "person:chang", "markup");
        first.start = 0;
        first.end = "Chang met".len();
        let mut marked = person(body, "Chang", "person:chang", "markup");
        marked.start = second;
        marked.end = second + 5;
        let last = person(body, "Chang", "person:chang", "surname");
        check(&d, vec![first, marked, last], &[Some(111738), Some(100397), None]);
    }
}
