//! The enrich stage: [`NormalizedDoc`] → [`EnrichedDoc`].
//!
//! Enrichment reads what a document is and who wrote it to whom, from the text
//! normalization left. Each concern is its own module, and every value carries
//! the dotted name of the rule that produced it and the span it was read from:
//!
//! * `doc_type`: the document type, from the title, header lines, site
//!   metadata or summary;
//! * `actors`: senders, recipients and participants, from the title;
//! * `markings`: classification and handling markings, from the title and the
//!   body's header and closing lines;
//! * `archival`: archival references, split into their parts;
//! * `mentions`: dates mentioned in the body, via `dossier-dates`;
//! * `entities`: people, places and organizations, each mention linked to an
//!   entity with a stable id, a method and a confidence (see [`entities`]).
//!
//! Enrichment never fails: anything missing or doubtful becomes a diagnostic on
//! the enriched document.

mod actors;
mod address;
mod archival;
mod doc_type;
pub mod entities;
use dossier_lexicon as lexicon;
mod lines;
pub mod links;
mod markings;
mod mentions;
mod relations;
mod same_as;
mod signature;
mod summary;
mod title;

use dossier_model::{Actor, ActorKind, Diagnostic, DocType, EnrichedDoc, Extracted, NormalizedDoc, TextField};
pub use relations::{LIST_PARAGRAPH_ENTITIES, LIST_WINDOW};
pub use same_as::probable_same_as;
use serde::Serialize;

/// Enrich-stage configuration.
#[derive(Debug, Clone, Serialize)]
pub struct Config {
    /// Find the dates mentioned in the body (on by default). Turning it off skips
    /// the only part of enrichment that depends on `dossier-dates`.
    pub body_dates: bool,
    /// Find people, places and organizations and link them to entities (on by
    /// default).
    pub entities: bool,
    /// Let the learned person model read the runs of capitalized words no
    /// rule took (on by default; `cargo xtask train` turns it off to see every
    /// run the model would look at).
    pub person_model: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config { body_dates: true, entities: true, person_model: true }
    }
}

/// True when a title lost names between its function words, as a PDF export
/// drops the linked names (`… from Vladimir Semyonov and to and Nikolai
/// Bulganin`, `… to the and`).
fn names_dropped(title: &str) -> bool {
    let lower = title.to_lowercase();
    const JOINS: [&str; 9] = [
        " and to ",
        " to and ",
        " and and ",
        " from and ",
        " from to ",
        " between and ",
        " with and ",
        " the and ",
        " and, ",
    ];
    JOINS.iter().any(|j| lower.contains(j)) || lower.ends_with(" and") || lower.ends_with(" to")
}

/// The title a citation quotes at its start (`“Situation Report from …, 11:15
/// a.m.,” June 17, 1953, …`): the byte range of the title without its last
/// comma, and the end of the closing quotation mark. `None` when the citation
/// does not open with a quotation mark.
pub(crate) fn quoted_title(citation: &str) -> Option<(std::ops::Range<usize>, usize)> {
    let open = citation.len() - citation.trim_start().len();
    let mark = citation[open..].chars().next().filter(|c| matches!(c, '"' | '“' | '„'))?;
    let start = open + mark.len_utf8();
    let (close, closing) = citation[start..].char_indices().find(|&(_, c)| matches!(c, '"' | '”' | '“'))?;
    let close = start + close;
    let end = start + citation[start..close].trim_end_matches([',', ' ']).len();
    (end > start).then_some((start..end, close + closing.len_utf8()))
}

/// The actors of the title quoted at `range` of `citation`, their evidence in the citation.
fn from_citation_title(citation: &str, range: std::ops::Range<usize>) -> actors::TitleActors {
    let mut found = actors::from_title(&citation[range.clone()]);
    for actor in found.senders.iter_mut().chain(found.recipients.iter_mut()).chain(found.participants.iter_mut()) {
        actor.evidence.field = TextField::Citation;
        actor.evidence.start += range.start;
        actor.evidence.end += range.start;
    }
    found
}

/// Starts loading the bundled reference tables enrichment reads (the
/// gazetteer with its subdivisions, the people database with its office
/// terms) on threads of their own, once per process, so that the first
/// document does not wait for one table after another. Loading is lazy and
/// idempotent either way: whichever thread needs a table first waits for the
/// one loading it, and what is loaded is the same.
pub fn warm_up() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        // Indexing the subdivisions loads the gazetteer first.
        std::thread::spawn(|| {
            let _ = dossier_gazetteer::subdivisions();
        });
        std::thread::spawn(|| {
            let _ = dossier_authority::PeopleAuthority::bundled();
        });
    });
}

/// Enriches one document. Never fails: oddities become diagnostics.
pub fn enrich(doc: NormalizedDoc, cfg: &Config) -> EnrichedDoc {
    let title = doc.fields.title.as_ref().map(|t| t.value.as_str());
    let mut diagnostics = Vec::new();

    let (mut doc_type, mut type_diagnostic) = doc_type::classify(doc_type::TypeSources {
        title,
        body: &doc.body,
        site_type: doc.fields.site_metadata.get("Type"),
        summary: doc.fields.summary.as_ref().map(|s| s.value.as_str()),
    });
    let mut actors = match (title, doc.fields.citation.as_ref().map(|c| c.value.as_str())) {
        // A PDF export that dropped the linked names from its title line
        // (`Situation Report from Vladimir Semyonov and to and Nikolai
        // Bulganin`) keeps them in the quoted citation: read that.
        (Some(title), Some(citation)) if names_dropped(title) => match quoted_title(citation) {
            Some((range, _)) => from_citation_title(citation, range),
            None => actors::from_title(title),
        },
        (Some(title), _) => actors::from_title(title),
        (None, _) => actors::TitleActors::default(),
    };
    // `Yugoslav Reports, May 1944` over the body's heading `Report of Member
    // of the Supreme Command … M. Djilas and … V. Terzić to the President of
    // …, Marshal J. B. Tito`: a title that names no one leaves the
    // correspondents to the record's own heading.
    if actors.senders.is_empty() && actors.recipients.is_empty() && actors.participants.is_empty() {
        actors = actors::from_body_heading(&doc.body).unwrap_or(actors);
    }
    // `Yurii Andropov, Nikolai Shchelokov, and Mikhail Malyarov to the CPSU
    // CC`, `Bulgarian Legation, Washington, to Bulgarian Foreign Ministry`: a
    // title that names no type but a writer and an addressee names a letter.
    if doc_type.rule == "doc_type.fallback.other"
        && let Some(title) = title
        && actors.recipients.iter().any(|r| r.rule.starts_with("actors.title.person_to"))
    {
        let evidence = dossier_model::Evidence::new(TextField::Title, title, 0, title.len());
        doc_type = dossier_model::Extracted::new(DocType::Letter, "doc_type.title.correspondents", evidence);
        type_diagnostic = None;
    }
    if doc_type.rule == "doc_type.fallback.other"
        && let Some((found, diagnostic)) = doc_type::prose_report(title, &doc.body)
    {
        doc_type = found;
        type_diagnostic = Some(diagnostic);
    }
    diagnostics.extend(type_diagnostic);
    // The words of the title that name the type name no actor (`Aide
    // Mémoire, 'Sale of 5 Tons of Uranium to Brazil'` was read as written by
    // an aide).
    if doc_type.evidence.field == TextField::Title && doc_type.rule != "doc_type.title.correspondents" {
        let (start, end) = (doc_type.evidence.start, doc_type.evidence.end);
        let names_type = |a: &Extracted<Actor>| {
            a.evidence.field == TextField::Title && start <= a.evidence.start && a.evidence.end <= end
        };
        actors.senders.retain(|a| !names_type(a));
        actors.recipients.retain(|a| !names_type(a));
        actors.participants.retain(|a| !names_type(a));
    }
    // A source whose own markup tags correspondents (FRUS) is more reliable
    // than any reading of its title; each list is taken over when it is there.
    if !doc.markup.senders.is_empty() {
        actors.senders = doc.markup.senders.clone();
    }
    if !doc.markup.recipients.is_empty() {
        actors.recipients = doc.markup.recipients.clone();
    }
    if !doc.markup.participants.is_empty() {
        actors.participants = doc.markup.participants.clone();
    }
    // A title that names no addressee leaves it to the body's address block
    // (`To: Comrade …`, `MOSCOW, … to Cdes. MOLOTOV, BERIA`).
    // A title that names only an institution or a place (`… to the Romanian
    // Ministry of Foreign Affairs`, `Telegram from Pyongyang to Bucharest`)
    // gains the person the body addresses there (`Comrade Ion Stoian, …
    // Foreign Minister,`, `To: Comrade Constantin Oancea`).
    if doc.markup.recipients.is_empty() {
        let body_recipients = address::recipients(&doc.body);
        if actors.recipients.is_empty() {
            actors.recipients = body_recipients;
        } else if actors.recipients.iter().all(|r| r.value.kind != ActorKind::Person) {
            // …and the other institutions the body addresses with it (`To the
            // Ministry of Foreign Affairs and Ministry of Higher Education:`).
            // Not a place (`To: Moscow` under a title addressed to the embassy
            // there), nor the title's institution written longer (`Romanian
            // Ministry of Foreign Affairs (First and Second Directorates)`).
            for found in body_recipients {
                let name = found.value.name.to_lowercase();
                let same = |r: &dossier_model::Extracted<dossier_model::Actor>| {
                    let known = r.value.name.to_lowercase();
                    name.contains(&known) || known.contains(&name)
                };
                let addressable =
                    found.value.kind == ActorKind::Person || address::names_institution(&found.value.name);
                if addressable && !actors.recipients.iter().any(same) {
                    actors.recipients.push(found);
                }
            }
        } else {
            // A title naming a person leaves the others a salutation lists
            // (`Telegram, Zhou Enlai to Mao Zedong` over `Chairman [Mao],
            // Comrade [Liu] Shaoqi, and report to the Central Committee:`).
            // And the addressees of the copies a distribution list names.
            let listed = |r: &dossier_model::Extracted<dossier_model::Actor>| {
                matches!(
                    r.rule.as_str(),
                    "actors.body.addressee_list"
                        | "actors.body.address_list"
                        | "actors.body.copies"
                        | "actors.body.distribution"
                )
            };
            for found in body_recipients.into_iter().filter(listed) {
                let words: Vec<String> = found
                    .value
                    .name
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.len() > 2)
                    .map(str::to_lowercase)
                    .collect();
                // (Its aliases too: `Feng Xi [Stalin]` is Stalin.)
                let same = |r: &dossier_model::Extracted<dossier_model::Actor>| {
                    std::iter::once(&r.value.name).chain(&r.value.aliases).any(|known| {
                        let known = known.to_lowercase();
                        words.iter().any(|w| known.contains(w.as_str()))
                    })
                };
                if !actors.recipients.iter().any(same) {
                    actors.recipients.push(found);
                }
            }
        }
    }
    // A title that names only an institution (`Telegram from Indian Embassy,
    // Mexico City`) gains the person a `FROM:` line names as the writer.
    if doc.markup.senders.is_empty() {
        let body_senders = address::senders(&doc.body);
        if actors.senders.is_empty() {
            actors.senders = body_senders;
        } else {
            // Also under a title that names the writer by office only
            // (`Indian Charge d'Affaires in Belgrade` over `FROM: Om Prakash,
            // Charge d'affaires, …`), not one already named.
            let named = |found: &dossier_model::Extracted<dossier_model::Actor>| {
                let surname = crate::entities::folded(found.value.name.rsplit(' ').next().unwrap_or_default());
                actors
                    .senders
                    .iter()
                    .any(|s| s.value.name.split_whitespace().any(|w| crate::entities::folded(w) == surname))
            };
            let new: Vec<_> =
                body_senders.into_iter().filter(|s| s.value.kind == ActorKind::Person && !named(s)).collect();
            actors.senders.extend(new);
        }
    }
    // The signer, when no sender read so far is a person (`TELEGRAM from the
    // Romanian Embassy …` signed `Dumitru Popa`), and not the same person
    // written shorter (`Shtykov` of the title signing `T. Shtykov`).
    // Read once: the signer is also a person mention (`entities`).
    // Those who signed beside the signer (`[signature] V. Kryuchkov` under
    // `[signature] A. Sukharev`) are senders too, when the signer is one (read
    // here, or already by the title: `Sukharev et al. to …`).
    let mut signers = signature::signatures(&doc.body, doc.meta.truncated);
    let slashed = signature::slashed_names(&doc.body);
    let cued = signature::cued_names(&doc.body);
    if doc.markup.senders.is_empty() {
        // A signer written after a cue (`[signature]`) signed this page, a
        // covering note for what the title's author wrote (`DEPUTY CHIEF OF
        // THE USSR MFA FAR EAST DEPARTMENT [signature]` / `(S. SUZDALEV)` above
        // Ambassador Ivanov's journal): a sender beside that author.
        let cued_signer = signers.iter().any(|range| cued.contains(range));
        let signers: Vec<_> = signers.iter().map(|range| signature::sender(&doc.body, range.clone())).collect();
        // By whole words: `Ene` signing is not known from `Romanian Embassy
        // in Geneva`.
        let known = |senders: &[Extracted<Actor>], signer: &Extracted<Actor>| {
            let surname = crate::entities::folded(signer.value.name.rsplit(' ').next().unwrap_or_default());
            senders.iter().any(|s| {
                s.value.name.split(|c: char| !c.is_alphanumeric()).any(|w| crate::entities::folded(w) == surname)
            })
        };
        let person_sender = actors.senders.iter().any(|s| s.value.kind == ActorKind::Person);
        if !person_sender || cued_signer || signers.iter().any(|signer| known(&actors.senders, signer)) {
            for signer in signers {
                if !known(&actors.senders, &signer) {
                    actors.senders.push(signer);
                }
            }
        }
    }
    // The official a paper names as its presenter, when no sender read so far
    // is a person (`Presented by: Comrade F. Krajčír` under a Politburo
    // report's title).
    if doc.markup.senders.is_empty() && !actors.senders.iter().any(|s| s.value.kind == ActorKind::Person) {
        actors.senders.extend(address::presenters(&doc.body));
    }
    // A name between slashes signs a translated letter (`… I request you
    // transmit this letter /Siyamak Piras/`), when nothing else names a sender.
    if doc.markup.senders.is_empty()
        && actors.senders.is_empty()
        && let Some(first) = slashed.first()
    {
        actors.senders.push(signature::sender(&doc.body, first.clone()));
    }
    // (The slashed names and the cued ones are people wherever they stand.)
    signers.extend(slashed);
    signers.extend(cued);
    // The drafter a German office's note names beside its place and date,
    // when nothing else names a sender (`AL 2 Bonn, 10. Juni 1991` above
    // `V e r m e r k`).
    if doc.markup.senders.is_empty()
        && actors.senders.is_empty()
        && let Some(drafter) = address::drafter(&doc.body)
    {
        actors.senders.push(drafter);
    }
    // The keeper of the diary whose heading opens the body, when no sender
    // read so far is a person (`From the Diary of the Ambassador of the USSR
    // in the DPRK,` / `Comrade Ivanov V.I.`).
    if doc.markup.senders.is_empty()
        && !actors.senders.iter().any(|s| s.value.kind == ActorKind::Person)
        && let Some(keeper) = address::diary_writer(&doc.body)
    {
        actors.senders.push(keeper);
    }
    // The writer a paper's heading names below it (`R E P O R T` / `of GEORGI
    // KUMBILIEV`), when no sender read so far is a person.
    if doc.markup.senders.is_empty()
        && !actors.senders.iter().any(|s| s.value.kind == ActorKind::Person)
        && let Some(writer) = address::heading_writer(&doc.body)
    {
        actors.senders.push(writer);
    }
    // The writer named under the letterhead, when no sender read so far is a
    // person (`9th Territorial Department` / `Béla László`).
    if doc.markup.senders.is_empty()
        && !actors.senders.iter().any(|s| s.value.kind == ActorKind::Person)
        && let Some(writer) = address::letterhead_writer(&doc.body)
    {
        actors.senders.push(writer);
    }
    // The letterhead's institution, when no sender read so far is one
    // (`Embassy of the USSR in the PRC` above a letter signed `S. Chervonenko`).
    if doc.markup.senders.is_empty()
        && !actors.senders.iter().any(|s| s.value.kind == ActorKind::Organization)
        && let Some(head) = address::letterhead(&doc.body)
    {
        let name = head.value.name.to_lowercase();
        let known = |a: &dossier_model::Extracted<dossier_model::Actor>| {
            let other = a.value.name.to_lowercase();
            other.contains(&name) || name.contains(&other)
        };
        if !actors.recipients.iter().any(known) && !actors.senders.iter().any(known) {
            actors.senders.push(head);
        }
    }
    // The writer the site summary names (`Report from Pál Szarvas, …`,
    // `Steinhofer addresses …`), when a report or a piece of correspondence
    // names no person as its sender anywhere else.
    if doc.markup.senders.is_empty()
        && (is_correspondence(doc_type.value) || matches!(doc_type.value, DocType::Report | DocType::Memorandum))
        && !actors.senders.iter().any(|s| s.value.kind == ActorKind::Person)
        && let Some(writer) = doc.fields.summary.as_ref().and_then(|s| summary::writer(&s.value))
    {
        actors.senders.push(writer);
    }
    // The addressee the site summary names after that writer (`P. Shelest
    // reports to the CPSU CC about …`), when nothing else names one.
    if doc.markup.recipients.is_empty()
        && actors.recipients.is_empty()
        && (is_correspondence(doc_type.value) || matches!(doc_type.value, DocType::Report | DocType::Memorandum))
        && let Some(addressee) = doc.fields.summary.as_ref().and_then(|s| summary::addressee(&s.value))
    {
        actors.recipients.push(addressee);
    }
    // A body's receipt stamp is the addressee of a paper that names none
    // (`[CPSU CC stamp: 12 July 1972 22900]` above an ambassador's journal).
    if actors.recipients.is_empty()
        && doc.markup.recipients.is_empty()
        && let Some(stamp) = address::receipt_stamp(&doc.body)
    {
        actors.recipients.push(stamp);
    }
    // A mission's telegram that names no addressee went to its own ministry,
    // and so did its report, note, memorandum or letter (`GDR Embassy in
    // Bucharest, 'Assessment regarding the Visit …'`, `Letter from Dutch
    // Embassy, Havana (Boissevain)`): a mission reports home.
    let wired = matches!(doc_type.value, DocType::Cable | DocType::Telegram | DocType::CipheredTelegram);
    let reported = matches!(doc_type.value, DocType::Report | DocType::Note | DocType::Memorandum | DocType::Letter);
    if (wired || reported)
        && actors.recipients.is_empty()
        && doc.markup.recipients.is_empty()
        && let Some(home) = actors.senders.iter().find_map(actors::home_ministry)
    {
        actors.recipients.push(home);
    }
    // And a wire to a mission abroad that names no sender came from the
    // mission's own ministry (`Telegram to the Romanian Embassy in Teheran`).
    if wired
        && actors.senders.is_empty()
        && doc.markup.senders.is_empty()
        && let Some(mut home) = actors.recipients.iter().find_map(actors::home_ministry)
    {
        home.rule = "actors.inferred.home_ministry_of_recipient".to_owned();
        actors.senders.push(home);
    }
    // A body's other usual spelling is an alias (`CPSU Central Committee` is
    // also `CPSU CC`).
    for actor in actors.senders.iter_mut().chain(actors.recipients.iter_mut()).chain(actors.participants.iter_mut()) {
        actors::add_short_forms(&mut actor.value);
    }
    if is_correspondence(doc_type.value) {
        diagnostics.extend(correspondent_diagnostics(&actors, title));
    }

    let mut markings = markings::find_markings(title, &doc.body);
    if let Some(note) = &doc.fields.source_note {
        let archival_ref = doc.fields.archival_ref.as_ref().map(|r| r.value.as_str());
        for marking in markings::source_note_markings(&note.value, archival_ref) {
            if !markings.iter().any(|m| m.value == marking.value) {
                markings.push(marking);
            }
        }
    }
    if let Some(marking) =
        doc.fields.site_metadata.get(ORIGINAL_CLASSIFICATION).and_then(markings::site_metadata_marking)
        && !markings.iter().any(|m| m.value == marking.value)
    {
        markings.push(marking);
    }
    let (archival_refs, archival_diagnostics) = archival::archival_refs(&doc);
    diagnostics.extend(archival_diagnostics);

    let mut mentions = if cfg.body_dates {
        mentions::date_mentions(&doc.body, doc.date.as_ref().map(|d| &d.value))
    } else {
        Vec::new()
    };
    if cfg.entities {
        let all = entities::Actors {
            senders: &actors.senders,
            recipients: &actors.recipients,
            participants: &actors.participants,
        };
        let (found, link_diagnostics) =
            entities::entity_mentions(&doc, &all, &signers, cfg.person_model, &archival_refs);
        mentions.extend(found.into_iter().map(dossier_model::Mention::Entity));
        diagnostics.extend(link_diagnostics);
    }
    let relations = relations::relations(&doc.body, &actors.senders, &actors.recipients, &mentions);

    EnrichedDoc {
        doc,
        doc_type,
        senders: actors.senders,
        recipients: actors.recipients,
        participants: actors.participants,
        markings,
        archival_refs,
        mentions,
        relations,
        diagnostics,
    }
}

/// The site metadata label of the classification the archive recorded.
const ORIGINAL_CLASSIFICATION: &str = "Original Classification";

/// Types whose titles normally name a sender and a recipient.
fn is_correspondence(doc_type: DocType) -> bool {
    matches!(doc_type, DocType::Cable | DocType::Telegram | DocType::CipheredTelegram | DocType::Letter)
}

/// A warning when a correspondence title names nobody, a note when it names
/// only one side (archive titles often omit the addressee of an outgoing cable).
fn correspondent_diagnostics(actors: &actors::TitleActors, title: Option<&str>) -> Vec<Diagnostic> {
    let shown = title.unwrap_or("");
    match (actors.senders.is_empty(), actors.recipients.is_empty()) {
        (true, true) => vec![Diagnostic::warning(
            "correspondents_not_found",
            format!("no sender or recipient found in the title `{shown}`"),
        )],
        (true, false) => vec![Diagnostic::info("sender_not_found", format!("no sender found in the title `{shown}`"))],
        (false, true) => {
            vec![Diagnostic::info("recipient_not_found", format!("no recipient found in the title `{shown}`"))]
        }
        (false, false) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use dossier_model::{
        ActorKind, DateValue, DocId, DocMeta, Evidence, Extracted, Fields, Format, Layout, MarkingKind, Markup, Source,
        TextField,
    };

    use super::*;

    /// A normalized value with a provenance span that covers it in the source.
    fn field(value: &str) -> Extracted<String> {
        Extracted::new(value.to_owned(), "test.fixture", Evidence::new(TextField::Source, value, 0, value.len()))
    }

    /// A normalized document with `title` and `body`; the rest is empty.
    fn doc(title: Option<&str>, body: &str) -> NormalizedDoc {
        NormalizedDoc {
            meta: DocMeta::new(
                DocId("0000000000000000".to_owned()),
                Source { path: "test.txt".to_owned(), blake3: String::new(), n_bytes: 0, record_key: None },
                "wilson",
                Format::WilsonPage,
                Layout::CurrentSite,
            ),
            fields: Fields { title: title.map(field), ..Fields::default() },
            body: body.to_owned(),
            markup: Markup::default(),
            date: None,
            editorial: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    fn dated(mut doc: NormalizedDoc, raw: &str, year: i32, month: u32, day: u32) -> NormalizedDoc {
        let value = DateValue::from_parts(raw, year, Some(month), Some(day)).expect("real date");
        doc.date = Some(Extracted::new(value, "test.fixture", Evidence::new(TextField::DateLine, raw, 0, raw.len())));
        doc
    }

    const NO_DATES: Config = Config { body_dates: false, entities: false, person_model: false };

    /// Renders an actor as `name[alias]:kind` with kind `p`, `o` or `u`.
    fn show(actor: &Extracted<dossier_model::Actor>) -> String {
        let aliases: String = actor.value.aliases.iter().map(|a| format!("[{a}]")).collect();
        let kind = match actor.value.kind {
            ActorKind::Person => "p",
            ActorKind::Organization => "o",
            ActorKind::Unknown => "u",
        };
        format!("{}{aliases}:{kind}", actor.value.name)
    }

    /// Enriches a document that has only `title` and checks its type and actors.
    /// `actors` is `senders > recipients | participants`, each `;`-separated.
    fn check(title: &str, doc_type: DocType, actors: &str) {
        let enriched = enrich(doc(Some(title), ""), &NO_DATES);
        let join = |list: &[Extracted<dossier_model::Actor>]| list.iter().map(show).collect::<Vec<_>>().join("; ");
        let got =
            format!("{} > {} | {}", join(&enriched.senders), join(&enriched.recipients), join(&enriched.participants));
        assert_eq!((enriched.doc_type.value, got.trim()), (doc_type, actors), "{title}");
    }

    /// The titles of the corpus (corpus/wilson), each checked by hand against
    /// the record it comes from.
    #[test]
    fn corpus_titles() {
        use DocType::*;
        let table: &[(&str, DocType, &str)] = &[
            // seed__document-118197
            (
                "Cable from the Work Team of the Ministries of Foreign Affairs and Public Security to the Xinjiang Uyghur Autonomous Region Party Committee and the Ministries of Foreign Affairs and Public Security",
                Cable,
                "Work Team of the Ministries of Foreign Affairs and Public Security:o > Xinjiang Uyghur Autonomous Region Party Committee:o; Ministries of Foreign Affairs and Public Security:o |",
            ),
            // dvinci__node-89832
            (
                "Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky, for Mao Zedong",
                CipheredTelegram,
                "Filippov[Stalin]:p > Krasovsky:p; Mao Zedong:p |",
            ),
            // dc__document-ciphered-telegram-shtykov-feng-xi-stalin
            ("Ciphered Telegram, Shtykov to Feng Xi [Stalin]", CipheredTelegram, "Shtykov:p > Feng Xi[Stalin]:p |"),
            // dvinci__document-ciphered-telegram-shtykov-feng-xi-stalin-0
            ("Ciphered Telegram, Shtykov to Feng Xi (Stalin)", CipheredTelegram, "Shtykov:p > Feng Xi[Stalin]:p |"),
            // docslib__doc-4786671
            (
                "Ciphered Telegram from DPRK leader Kim Il Sung and South Korean Communist Leader Pak Heon-yeong to Stalin (via Shtykov)",
                CipheredTelegram,
                "DPRK leader Kim Il Sung:p; South Korean Communist Leader Pak Heon-yeong:p > Stalin:p; Shtykov:p |",
            ),
            // da__document-112046
            ("Telegram, Shtykov to Vyshinskyy", Telegram, "Shtykov:p > Vyshinskyy:p |"),
            // corpus/wilson-dev/east-europe-g: writer and addressees, no type noun: a letter.
            (
                "Yurii Andropov, Nikolai Shchelokov, and Mikhail Malyarov to the CPSU CC",
                Letter,
                "Yurii Andropov:p; Nikolai Shchelokov:p; Mikhail Malyarov:p > CPSU CC[CPSU Central Committee]:o |",
            ),
            // da__document-telegram-shtykov-ussr-first-deputy-minister-foreign-affairs
            (
                "Telegram from Shtykov to the USSR First Deputy Minister of Foreign Affairs",
                Telegram,
                "Shtykov:p > USSR First Deputy Minister of Foreign Affairs:p |",
            ),
            // dvinci__document-telegram-gromyko-cde-iv-stalin-transmitting-letter-kim-il-sung
            (
                "Telegram, Gromyko to Cde. I.V. Stalin, Transmitting Letter from Kim Il Sung",
                Telegram,
                "Gromyko:p > I.V. Stalin:p |",
            ),
            // da__document-telegram-066621-romanian-embassy-pyongyang-…
            (
                "TELEGRAM 066.621 from the Romanian Embassy in Pyongyang to the Romanian Ministry of Foreign Affairs",
                Telegram,
                "Romanian Embassy in Pyongyang:o > Romanian Ministry of Foreign Affairs[Romanian MFA][Romanian Foreign Ministry]:o |",
            ),
            // da__document-telegram-hungarian-embassy-pyongyang-kwps-congress: no
            // addressee anywhere, so the mission's own ministry (inferred).
            (
                "Telegram from the Hungarian Embassy in Pyongyang, 'KWP’s Congress'",
                Telegram,
                "Hungarian Embassy in Pyongyang:o > Hungarian Ministry of Foreign Affairs[Hungarian Foreign Ministry][Hungarian MFA]:o |",
            ),
            // world-cf da 115558, world-b da 115588: a Dutch embassy's letter
            // from Havana with no addressee in the saved text is its report home.
            (
                "Letter from Dutch Embassy, Havana (Boissevain), 2 November 1962",
                Letter,
                "Dutch Embassy:o; Boissevain:p > Dutch Ministry of Foreign Affairs[Dutch Foreign Ministry][Dutch MFA]:o |",
            ),
            // da__document-114062 / telegram-washington-dc-no084504-urgent-secret
            ("Telegram from Washington, DC, No.084.504, Urgent, SECRET", Telegram, "Washington, DC:u >  |"),
            // dvinci__document-telegram-president-minister-foreign-affairs-…
            (
                "Telegram to the President from the Minister of Foreign Affairs, 'Report on the Meeting between the Foreign Minister of the ROK and the US Secretary of State and Foreign Ministers of the ROK and Japan'",
                Telegram,
                "Minister of Foreign Affairs:p > President:p |",
            ),
            // da__document-secret-telegram-maneli-saigon-spasowski-warsaw-ciphergram-no-7237
            (
                "Secret Telegram from Maneli (Saigon) to Spasowski (Warsaw) [Ciphergram No. 7237]",
                CipheredTelegram,
                "Maneli:p > Spasowski:p |",
            ),
            // da__document-118915
            (
                "Secret Telegram from Maneli (Hanoi) to Spasowski-Morski (Warsaw) [Ciphergram No. 3175]",
                CipheredTelegram,
                "Maneli:p > Spasowski-Morski:p |",
            ),
            // dvinci__document-cable-stalin-kuznetsov-mao-zedong-terebin-1
            (
                "Cable, Stalin [Kuznetsov] to Mao Zedong [via Terebin]",
                Cable,
                "Stalin[Kuznetsov]:p > Mao Zedong:p; Terebin:p |",
            ),
            // dvinci__document-cable-terebin-stalin-kuznetsov-1, da__document-113779, dvinci__node-89952/89954
            ("Cable, Terebin to Stalin [via Kuznetsov]", Cable, "Terebin:p > Stalin:p; Kuznetsov:p |"),
            // dvinci__node-89884
            ("Cable, Terebin to Stalin, Plans for Mao's Visit to Moscow", Cable, "Terebin:p > Stalin:p |"),
            // da__document-cable-no-3026-foreign-minister-ambassador-nakae-…
            (
                "Cable No. 3026, Foreign Minister to Ambassador Nakae, 'The Prime Minister’s Visit to China (The Meeting with Chairman Deng - on World Affairs)'",
                Cable,
                "Foreign Minister:p > Ambassador Nakae:p |",
            ),
            // da__document-cable-ambassador-katori-…, da__document-119547
            (
                "Cable from Ambassador Katori to the Foreign Minister, 'Prime Minister Visit to China (Conversation with Chairman Deng Xiaoping)'",
                Cable,
                "Ambassador Katori:p > Foreign Minister:p |",
            ),
            (
                "Cable from Ambassador Katori to the Foreign Minister, 'Prime Minister Visit to China (Summit Meeting – Bilateral Relations)'",
                Cable,
                "Ambassador Katori:p > Foreign Minister:p |",
            ),
            // da__document-119957
            (
                "Cable from the Division of Soviet and East European Affairs to the Chinese Embassy in the Soviet Union",
                Cable,
                "Division of Soviet and East European Affairs:o > Chinese Embassy in the Soviet Union:o |",
            ),
            // da__document-115088: the embassy *to* the Soviet Union is the sender.
            (
                "Cable from the Chinese Embassy to the Soviet Union, 'A Report of the Speech Given By the Chief Editor of the Soviet Weekly Za Rubezhom'",
                Cable,
                "Chinese Embassy to the Soviet Union:o > Chinese Ministry of Foreign Affairs[Chinese Foreign Ministry][Chinese MFA]:o |",
            ),
            // dvinci__document-cable-chinese-embassy-soviet-union-recommendations-…
            (
                "Cable from the Chinese Embassy in the Soviet Union, 'Recommendations based on Developments in the Current Situation'",
                Cable,
                "Chinese Embassy in the Soviet Union:o > Chinese Ministry of Foreign Affairs[Chinese Foreign Ministry][Chinese MFA]:o |",
            ),
            // da__document-155255 (printed in capitals on the page)
            (
                "CABLE FROM THE CHINESE EMBASSY IN NORTH KOREA, 'PREMIER KIM’S SON ON SOVIET-ALBANIAN RELATIONS'",
                Cable,
                "CHINESE EMBASSY IN NORTH KOREA:o >  |",
            ),
            // da__document-cable-chinese-embassy-vietnam-xuan-thuy-…
            (
                "Cable from the Chinese Embassy in Vietnam, 'Xuan Thuy discusses Chairman Ho's Unpublished Approval of de Gaulle's Suggestion'",
                Cable,
                "Chinese Embassy in Vietnam:o > Chinese Ministry of Foreign Affairs[Chinese Foreign Ministry][Chinese MFA]:o |",
            ),
            // dvinci__document-cable-chinese-foreign-ministry-notes-comrade-xu-huang
            (
                "Cable from the Chinese Foreign Ministry, 'Notes for Comrade Xu Huang'",
                Cable,
                "Chinese Foreign Ministry[Chinese MFA][Chinese Ministry of Foreign Affairs]:o >  |",
            ),
            // da__document-cable-chinese-foreign-ministry-please-report-…
            (
                "Cable from the Chinese Foreign Ministry, 'Please Report on the Situation of the Investigation of the Automobiles of the Soviet Consulates'",
                Cable,
                "Chinese Foreign Ministry[Chinese MFA][Chinese Ministry of Foreign Affairs]:o >  |",
            ),
            // da__document-145009
            (
                "Cable from the Chinese Foreign Ministry, 'Response on Our Attitude toward Khrushchev's Remarks at the 15th UNGA'",
                Cable,
                "Chinese Foreign Ministry[Chinese MFA][Chinese Ministry of Foreign Affairs]:o >  |",
            ),
            // dvinci__node-91081
            (
                "Cable from the Chinese Foreign Ministry, 'Instruction to Diplomatic Posts on How to Express Attitude in Response to Khrushchev’s Letters'",
                Cable,
                "Chinese Foreign Ministry[Chinese MFA][Chinese Ministry of Foreign Affairs]:o >  |",
            ),
            // da__document-cable-foreign-ministry-notice-holding-vice-foreign-minister-level-talks-…
            (
                "Cable from the Foreign Ministry, 'Notice on Holding Vice Foreign Minister Level Talks Between China and Vietnam'",
                Cable,
                "Foreign Ministry[MFA][Ministry of Foreign Affairs]:o >  |",
            ),
            // dvinci__document-cable-chinese-foreign-ministry-and-public-security-ministry-…
            (
                "Cable from the Chinese Foreign Ministry and Public Security Ministry, 'The Ministries of Foreign Affairs and Public Security Send a Work Team to Xinjiang to Collect Materials'",
                Cable,
                "Chinese Foreign Ministry[Chinese MFA][Chinese Ministry of Foreign Affairs]:o; Public Security Ministry:o >  |",
            ),
            // dvinci__node-95514
            (
                "Cable from the Chinese People's Committee to Defend World Peace and Combat U.S. Aggression and the Chinese Ministry of Foreign Affairs",
                Cable,
                "Chinese People's Committee to Defend World Peace and Combat U.S. Aggression:o; Chinese Ministry of Foreign Affairs[Chinese MFA][Chinese Foreign Ministry]:o >  |",
            ),
            // dvinci__document-cable-wang-tao-chairman-ho-meeting-charge-daffaires-wang
            ("Cable from Wang Tao, 'Chairman Ho Meeting with Chargé D'Affaires Wang'", Cable, "Wang Tao:p >  |"),
            // da__document-letter-ulbricht-khrushchev-0
            ("Letter from Ulbricht to Khrushchev", Letter, "Ulbricht:p > Khrushchev:p |"),
            // docslib__doc-12551001
            (
                "Letter from Khrushchev to Ulbricht Regarding the Situation in Berlin",
                Letter,
                "Khrushchev:p > Ulbricht:p |",
            ),
            (
                "September 28, 1961 Letter from Khrushchev to Ulbricht Regarding the Situation in Berlin",
                Letter,
                "Khrushchev:p > Ulbricht:p |",
            ),
            // da__document-113203
            (
                "Report, Legation of Hungary in North Korea to the Hungarian Foreign Ministry",
                Report,
                "Legation of Hungary in North Korea:o > Hungarian Foreign Ministry[Hungarian MFA][Hungarian Ministry of Foreign Affairs]:o |",
            ),
            // da__document-report-embassy-hungary-north-korea-hungarian-foreign-ministry-66, dvinci-31, dvinci__node-92528
            (
                "Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry",
                Report,
                "Embassy of Hungary in North Korea:o > Hungarian Foreign Ministry[Hungarian MFA][Hungarian Ministry of Foreign Affairs]:o |",
            ),
            // dvinci__document-report-embassy-hungary-north-korea-hungarian-foreign-ministry-32
            (
                "Report, Embassy of Hungary in North Korea to Hungarian Foreign Ministry",
                Report,
                "Embassy of Hungary in North Korea:o > Hungarian Foreign Ministry[Hungarian MFA][Hungarian Ministry of Foreign Affairs]:o |",
            ),
            // da__document-report-szuts-pal-visit-korean-first-secretary-kim-yun-gil
            ("Report from Szüts Pál, 'The visit of Korean first secretary Kim Yun-gil'", Report, "Szüts Pál:p >  |"),
            // dvinci__document-report-etre-sandor-visit-korean-first-secretary-kim-yun-gil
            (
                "Report from Etre Sándor, 'The visit of Korean first secretary Kim Yun-gil'",
                Report,
                "Etre Sándor:p >  |",
            ),
            // da__/dvinci__document-political-report-no12-embassy-czechoslovak-socialist-republic-peking
            (
                "Political Report No.12 from the Embassy of the Czechoslovak Socialist Republic, Peking",
                Report,
                "Embassy of the Czechoslovak Socialist Republic:o >  |",
            ),
            // dvinci__document-cssr-ministry-foreign-affairs-information-…
            (
                "CSSR Ministry of Foreign Affairs, 'Information: The Most Recent Developments in the Chinese People’s Republic and the CSSR-Chinese Relations'",
                Report,
                "CSSR Ministry of Foreign Affairs[CSSR MFA][CSSR Foreign Ministry]:o >  |",
            ),
            // da__document-information-regarding-working-conditions-bulgarian-embassy-pyongyang
            ("Information Regarding the Working Conditions in the Bulgarian Embassy in Pyongyang", Report, ">  |"),
            // docslib__doc-13090471
            (
                "Memorandum of Conversation Between Egon Krenz, Secretary General of the Socialist Unity Party (SED), and Mikhail S. Gorbachev, Secretary General of the Communist Party of the Soviet Union (CPSU)",
                MemorandumOfConversation,
                ">  | Egon Krenz:p; Mikhail S. Gorbachev:p",
            ),
            // dvinci__document-memorandum-meeting-between-erich-honecker-and-general-secretary-…
            (
                "Memorandum of the meeting between Erich Honecker and the General Secretary of the Communist Party of Israel, Meir Vilner",
                MemorandumOfConversation,
                ">  | Erich Honecker:p; Meir Vilner:p",
            ),
            // da__document-record-meeting-between-prime-minister-fukuda-and-vice-premier-deng-…
            (
                "Record of Meeting between Prime Minister Fukuda and Vice Premier Deng (First Meeting)",
                RecordOfConversation,
                ">  | Prime Minister Fukuda:p; Vice Premier Deng:p",
            ),
            // dvinci__document-record-conversation-prime-minister-mongolian-peoples-republic-…
            (
                "Record of Conversation with Prime Minister of the Mongolian People's Republic, Comrade Tsedenbal. (fragments)",
                RecordOfConversation,
                ">  | Tsedenbal:p",
            ),
            // da__document-110206
            (
                "Notes on the Conversation of Comrade N.S. Khrushchev with Comrade W. Ulbricht on 1 August 1961",
                RecordOfConversation,
                ">  | N.S. Khrushchev:p; W. Ulbricht:p",
            ),
            // da__document-117707. A singular "Note on a Conversation" is a note, as
            // the hand-read keys of corpus/wilson-dev read three such titles; the
            // plural "Notes on" is a record of the conversation.
            (
                "Note on a Conversation by Tarka, Jurgas and Milc at the Soviet Embassy in Hanoi [Excerpts]",
                Note,
                ">  | Tarka:p; Jurgas:p; Milc:p",
            ),
            // dvinci__node-93544
            (
                "Note on Two Conversations with the Minister Counselor of the North Vietnamese Embassy, Comrade Hoan Muoi, on 26 January 1966, in the Cuban Embassy, and on 27 January 1966, on the Occasion of a Farewell Visit to Our Embassy [Excerpts]",
                Note,
                ">  | Hoan Muoi:p",
            ),
            // da__document-reception-soviet-vice-foreign-minister-v-v-kuznetsov-…
            (
                "Reception by Soviet Vice Foreign Minister V. V. Kuznetsov for the General Director of the Polish Foreign Ministry, Cde. Jerzy Michalowski",
                RecordOfConversation,
                ">  | Soviet Vice Foreign Minister V. V. Kuznetsov:p; Jerzy Michalowski:p",
            ),
            // da__document-transcript-discussions-occasion-reception-comrade-n-ceausescu-…
            (
                "Transcript of the Discussions on the Occasion of the Reception by Comrade N. Ceausescu of I. Czesak, Member of the Central Committee of the Polish United Workers Party (P.U.W.P.)",
                Transcript,
                ">  | N. Ceausescu:p; I. Czesak:p",
            ),
            // da__document-excerpts-tsedenbals-diary-…
            (
                "Excerpts from Tsedenbal's diary on his conversation with Soviet leader Anastas Mikoyan on Soviet Economic Cooperation and Aid to the People's Republic of Mongolia (Fragments)",
                Diary,
                "Tsedenbal:p >  | Soviet leader Anastas Mikoyan:p",
            ),
            // da__document-resolution-policy-guidelines-and-missions-struggle-against-american-spies-…
            (
                "Resolution on Policy Guidelines and Missions for the Struggle against American Spies in the New Situation",
                Resolution,
                ">  |",
            ),
            // dvinci__node-105037
            (
                "Talk Given by the Minister [Trần Quốc Hoàn] at the 3rd Investigative Conference [Excerpts]",
                Speech,
                "Minister[Trần Quốc Hoàn]:p > 3rd Investigative Conference:o |",
            ),
            // da__document-tran-dong-key-issues-… (the type comes from the body, see below)
            (
                "Trần Đông, 'Key Issues in the Struggle against Chinese Spies and American Spies and in the Struggle against the Enemy’s Ideological Attacks' [Excerpts]",
                Other,
                "Trần Đông:p >  |",
            ),
            // da__document-112982 (the type comes from the summary, see below)
            ("Comrade B on the Plot of the Reactionary Chinese Clique Against Vietnam", Other, ">  |"),
        ];
        for &(title, doc_type, actors) in table {
            check(title, doc_type, actors);
        }
        assert!(table.len() >= 55);
    }

    /// The seed record (seed__document-118197), everything but body dates.
    fn seed() -> NormalizedDoc {
        let title = "Cable from the Work Team of the Ministries of Foreign Affairs and Public Security to the Xinjiang Uyghur Autonomous Region Party Committee and the Ministries of Foreign Affairs and Public Security";
        let body = "[...]\n\n[To the] Party Committee of Xinjiang Autonomous Region and the Ministries of Foreign Affairs and Public Security: (Top Secret)\n\nWe have received the 16 June cable from the Ministry of Foreign Affairs. With regard to evidence collection work, over the past month, under the leadership of the Party Committee of the [Xinjiang Uyghur] Autonomous Region and the Party Committee of Yili [Ili] Prefecture, and in collaboration with the Office of Public Security and the Foreign Affairs Office, we have collected case information in five areas-illegal issuance of Soviet passports by the Soviet consulates in Wulumuqi [Urumqi] and Yining [Gulja], their illegal registration of Chinese residents, arrogance and rudeness towards our local responsible cadres, and instigation of border residents to flee to the Soviet Union, as well as the illegal activities of the Soviet Nationals Association. These cases have largely been verified, and have been carefully reviewed by the special case office of the regional Party Committee. We have also prepared five special reports on these aspects.\n\nThere are still some other clues to the consulates' attempts to drive a wedge in ethnic relations and spread rhetoric against our Party and our government. These clues, however, are difficult to verify in a short period of time. Thus, we need to continue our investigation and study and obtain additional evidence from the criminals in custody for verification purposes.\n\nIn accordance with the instructions in the 16 June cable from the Ministry of Foreign Affairs, we plan to submit a report to the regional Party Committee and then return to Beijing on 26 June with the material and evidence which we have sorted out.\n\nThank you for your attention.\n\nWork Team of the Ministries of Foreign Affairs and Public Security\n21 June 1962";
        let mut doc = dated(doc(Some(title), body), "June 21, 1962", 1962, 6, 21);
        doc.fields.archival_ref = Some(field("PRC FMA 118-01109-02, 30-31"));
        doc.fields.citation = Some(field(
            "\"Cable from the Work Team of the Ministries of Foreign Affairs and Public Security to the Xinjiang Uyghur Autonomous Region Party Committee and the Ministries of Foreign Affairs and Public Security\", June 21, 1962, Wilson Center Digital Archive, PRC FMA 118-01109-02, 30-31. Translated by 7Brands.",
        ));
        doc.fields.summary = Some(field(
            "The Chinese Foreign Ministry and Public Security Ministry claim success in uncovering evidence of illegal Soviet activities in Xinjiang.",
        ));
        doc
    }

    /// corpus/wilson-dev/east-europe-h docslib__doc-8275202-…: the export's
    /// title line lost two linked names; the quoted citation has them.
    #[test]
    fn a_title_that_lost_its_names_is_read_from_the_citation() {
        let title = "Situation Report from Vladimir Semyonov and to and Nikolai Bulganin, 11:15 a.m.";
        let citation = "“Situation Report from Vladimir Semyonov and Andrei Grechko to Vyacheslav Molotov and Nikolai Bulganin, 11:15 a.m.,” June 17, 1953, History and Public Policy Program Digital Archive.";
        let mut d = doc(Some(title), "The situation in Berlin.");
        d.fields.citation = Some(field(citation));
        let enriched = enrich(d, &NO_DATES);
        let senders: Vec<String> = enriched.senders.iter().map(show).collect();
        assert_eq!(senders, ["Vladimir Semyonov:p", "Andrei Grechko:p"]);
        let recipients: Vec<String> = enriched.recipients.iter().map(show).collect();
        assert_eq!(recipients, ["Vyacheslav Molotov:p", "Nikolai Bulganin:p"]);
        for actor in enriched.senders.iter().chain(&enriched.recipients) {
            assert_eq!(actor.evidence.field, TextField::Citation);
            assert!(citation.get(actor.evidence.start..actor.evidence.end).is_some());
        }
        assert!(!names_dropped("Telegram from Pyongyang to Bucharest, No. 76.047"));
    }

    #[test]
    fn seed_record() {
        let enriched = enrich(seed(), &NO_DATES);
        let body = &enriched.doc.body;

        assert_eq!(enriched.doc_type.value, DocType::Cable);
        assert_eq!(enriched.text(&enriched.doc_type.evidence), "Cable");

        let senders: Vec<String> = enriched.senders.iter().map(show).collect();
        assert_eq!(senders, ["Work Team of the Ministries of Foreign Affairs and Public Security:o"]);
        let recipients: Vec<String> = enriched.recipients.iter().map(show).collect();
        assert_eq!(
            recipients,
            [
                "Xinjiang Uyghur Autonomous Region Party Committee:o",
                "Ministries of Foreign Affairs and Public Security:o"
            ]
        );
        assert!(enriched.participants.is_empty());

        assert_eq!(enriched.markings.len(), 1);
        let marking = &enriched.markings[0];
        assert_eq!(marking.value.kind, MarkingKind::Classification);
        assert_eq!(marking.value.label, "Top Secret");
        assert_eq!(marking.evidence.field, TextField::Body);
        assert_eq!(&body[marking.evidence.start..marking.evidence.end], "(Top Secret)");
        let address_line = body.lines().nth(2).unwrap();
        assert!(address_line.ends_with("(Top Secret)"));

        assert_eq!(enriched.archival_refs.len(), 1);
        let archival = &enriched.archival_refs[0];
        assert_eq!(archival.value.repository.as_deref(), Some("PRC FMA"));
        assert_eq!(archival.value.file.as_deref(), Some("118-01109-02"));
        assert_eq!(archival.value.pages.as_deref(), Some("30-31"));
        assert_eq!(archival.rule, "archival.field.numbered");
        assert_eq!(archival.evidence.field, TextField::ArchivalRef);
        assert_eq!(enriched.text(&archival.evidence), "PRC FMA 118-01109-02, 30-31");

        assert!(enriched.mentions.is_empty(), "body dates were switched off");
        assert_eq!(enriched.diagnostics, Vec::new());
    }

    /// Needs `dossier-dates`.
    #[test]
    fn seed_record_date_mentions() {
        let enriched = enrich(seed(), &Config::default());
        let body = &enriched.doc.body;
        let got: Vec<(&str, &str)> = enriched
            .mentions
            .iter()
            .filter_map(|m| match m {
                dossier_model::Mention::Date(d) => Some(d),
                dossier_model::Mention::Entity(_) => None,
            })
            .map(|m| {
                assert_eq!(m.evidence.field, TextField::Body);
                assert!(m.rule.starts_with("mentions."));
                (m.date.iso.as_deref().expect("a readable date"), m.evidence.of(body))
            })
            .collect();
        assert_eq!(got, [("1962-06-16", "16 June"), ("1962-06-16", "16 June"), ("1962-06-26", "26 June"),]);
    }

    /// Needs `dossier-dates`: a date with its own year, and one resolved from the anchor.
    #[test]
    fn body_dates_resolve_against_the_document_date() {
        // da__document-112046
        let body = "To Vyshinsky.\n\nOn March 24 I visited Kim Il Sung and communicated to him that Comrade Stalin has agreed to receive him.\n\nKim Il Sung plans to leave Korea for Moscow on March 30 of this year.\n\n24.III.50 Shtykov";
        let doc = dated(doc(Some("Telegram, Shtykov to Vyshinskyy"), body), "March 24, 1950", 1950, 3, 24);
        let enriched = enrich(doc, &Config::default());
        let values: Vec<&str> = enriched.mentions.iter().map(|m| m.value()).collect();
        assert!(values.contains(&"1950-03-30"), "{values:?}");
    }

    #[test]
    fn type_from_body_and_summary() {
        let title = "Trần Đông, 'Key Issues in the Struggle against Chinese Spies and American Spies and in the Struggle against the Enemy’s Ideological Attacks' [Excerpts]";
        let body = "[Page 1]\n\nKey Issues in the Struggle against Chinese Spies and American Spies and in the Struggle against the Enemy’s Ideological Attacks\n\n(Speech given by Deputy Minister Trần Đông [Tran Dong] at the 12 to 15 December 1980 Conference of Leading Cadres from Throughout Our Service on Three Specialized Subjects)";
        let enriched = enrich(doc(Some(title), body), &NO_DATES);
        assert_eq!(enriched.doc_type.value, DocType::Speech);
        assert_eq!(enriched.doc_type.evidence.field, TextField::Body);

        let mut with_summary = doc(
            Some("Comrade B on the Plot of the Reactionary Chinese Clique Against Vietnam"),
            "Generally speaking, after we had defeated the Americans, there was no imperialist that would dare to fight us again.",
        );
        with_summary.fields.summary = Some(field(
            "Speech by Comrade B (Le Duan) regarding the plot of reactionary Chinese clique against Vietnam.",
        ));
        let enriched = enrich(with_summary, &NO_DATES);
        assert_eq!(enriched.doc_type.value, DocType::Speech);
        assert_eq!(enriched.doc_type.rule, "doc_type.summary.lead");

        // No title: the site's Type label decides, cited where the parser found it.
        let mut untitled =
            doc(None, "To Terebin:\n\nIn reply to the message about Mao Zedong's visit to Moscow in 1948");
        untitled.fields.site_metadata = BTreeMap::from([("Type".to_owned(), field("Cable"))]);
        let enriched = enrich(untitled, &NO_DATES);
        assert_eq!(enriched.doc_type.value, DocType::Cable);
        assert_eq!(enriched.doc_type.rule, "doc_type.site_metadata.type");
    }

    #[test]
    fn diagnostics() {
        let codes = |doc: NormalizedDoc| -> Vec<String> {
            enrich(doc, &NO_DATES).diagnostics.into_iter().map(|d| d.code).collect()
        };
        assert_eq!(
            codes(doc(Some("Comrade B on the Plot of the Reactionary Chinese Clique Against Vietnam"), "")),
            ["doc_type_unknown", "archival_ref_missing"]
        );
        assert_eq!(
            codes(doc(Some("Cable from the Chinese Foreign Ministry, 'Notes for Comrade Xu Huang'"), "")),
            ["recipient_not_found", "archival_ref_missing"]
        );
        assert_eq!(
            codes(doc(Some("Cable Received by the Ministry"), "")),
            ["correspondents_not_found", "archival_ref_missing"]
        );
        let mut odd_ref = doc(Some("Letter from Ulbricht to Khrushchev"), "");
        odd_ref.fields.archival_ref = Some(field(
            "2002-113, Act on Access to Information Held by Administrative Organs. Also available at the Diplomatic Archives of the Ministry of Foreign Affairs of Japan.",
        ));
        assert_eq!(codes(odd_ref), ["archival_ref_unparsed"]);
    }

    #[test]
    fn archival_reference_sources() {
        // da__document-113203 keeps its reference only in the citation.
        let mut from_citation =
            doc(Some("Report, Legation of Hungary in North Korea to the Hungarian Foreign Ministry"), "");
        let citation = "\"Report, Legation of Hungary in North Korea to the Hungarian Foreign Ministry,\" March 04, 1953, History and Public Policy Program Digital Archive, MOL, XIX-J-1-j-Korea-11/f-00828/1953 8.d.Translated by József Litkei.";
        from_citation.fields.citation = Some(field(citation));
        let enriched = enrich(from_citation, &NO_DATES);
        let archival = &enriched.archival_refs[0];
        assert_eq!(archival.rule, "archival.citation.mol");
        assert_eq!(archival.value.repository.as_deref(), Some("MOL"));
        assert_eq!(archival.value.file.as_deref(), Some("XIX-J-1-j-Korea-11/f-00828/1953 8.d."));
        assert_eq!(archival.evidence.field, TextField::Citation);
        assert_eq!(
            archival.evidence.of(citation),
            "MOL, XIX-J-1-j-Korea-11/f-00828/1953 8.d.",
            "the reference, without the citation around it"
        );

        // dvinci__node-89832 keeps it in the site's Source metadata: three references.
        let mut from_metadata =
            doc(Some("Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky, for Mao Zedong"), "");
        let source = "APRF, f. 45, op. 1, d. 342, l. 78; AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, List 80; and RGASPI, f. 558, op. 11, d. 342, ll. 0078.";
        let mut meta = field(source);
        meta.evidence = Evidence { field: TextField::Source, start: 1000, end: 1000 + source.len() };
        from_metadata.fields.site_metadata = BTreeMap::from([("Source".to_owned(), meta)]);
        // The page the metadata was read from: the value stands at byte 1000.
        from_metadata.meta.source_text = format!("{}{source}", " ".repeat(1000)).into();
        let enriched = enrich(from_metadata, &NO_DATES);
        let repositories: Vec<&str> =
            enriched.archival_refs.iter().map(|r| r.value.repository.as_deref().unwrap_or("-")).collect();
        assert_eq!(repositories, ["APRF", "AVPRF", "RGASPI"]);
        let avprf = &enriched.archival_refs[1];
        assert_eq!(avprf.rule, "archival.site_source.russian");
        assert_eq!(avprf.evidence.field, TextField::Source);
        assert_eq!(avprf.evidence.start, 1000 + source.find("AVPRF").unwrap());
        assert_eq!(enriched.text(&avprf.evidence), "AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, List 80");
        assert_eq!(
            (avprf.value.fond.as_deref(), avprf.value.papka.as_deref(), avprf.value.list.as_deref()),
            (Some("059a"), Some("11"), Some("80"))
        );
    }

    /// From `corpus/wilson-dev/east-europe-ai`, `world-ag` and `world-ai`: a
    /// `Presented by:` or `Prepared by` line names the paper's author; a
    /// signer whose surname is a part of a word of the sender is still new.
    #[test]
    fn presenters_and_short_surnames_are_senders() {
        let politburo = "Politburo of the Central Committee of the Communist Party of Czechoslovakia\n\nTo point: Military assistance to the Cuban government\n\nPresented by: Comrade F. Krajčír\n\n16 May 1960";
        let enriched = enrich(doc(Some("Report to the Czechoslovak Politburo on Cuba"), politburo), &NO_DATES);
        let senders: Vec<String> = enriched.senders.iter().map(show).collect();
        assert!(senders.contains(&"F. Krajčír:p".to_owned()), "{senders:?}");
        let body = "To Comrade Deputy Foreign Minister Nicolae Ghenea,\n\nIt seems however that there was a meeting with a PLO representative in Damascus.\n\nConstantin Ene";
        let enriched = enrich(doc(Some("Telegram from the Romanian Embassy in Geneva"), body), &NO_DATES);
        let senders: Vec<String> = enriched.senders.iter().map(show).collect();
        assert_eq!(senders, ["Romanian Embassy in Geneva:o", "Constantin Ene:p"]);
    }

    /// From `corpus/wilson-dev/east-europe-aj` and `east-asia-aj`: ` to `
    /// after a journey's noun names its destination; a Chinese cable's
    /// salutation names one person below the title repeated as a heading.
    #[test]
    fn journeys_and_one_person_salutations() {
        let body = "Classified\nCryptogram No 1750/III\nfrom Bucharest, date 19.08.1976\nUrgent\nCom. Roszak\nCom. Wojtasik informs in his telegram No 159 dated 19th this month:";
        let title = "Cryptogram No 1750/III from Polish Embassy in Bucharest, Conversation with Ambassador Drezdenko on N. Ceaușescu’s Visit to the Soviet Union";
        let enriched = enrich(doc(Some(title), body), &NO_DATES);
        let recipients: Vec<String> = enriched.recipients.iter().map(show).collect();
        assert_eq!(recipients, ["Roszak:p"]);
        let labels: Vec<&str> = enriched.markings.iter().map(|m| m.value.label.as_str()).collect();
        assert_eq!(labels, ["Classified", "Urgent"]);
        let body = "Please convey this memo to Premier Zhou after reading\n\n[Ji] Pengfei\n\nAugust 25 [1960]\n\nInvestigative Report on the [North] Korean Embassy in Beijing Supposedly Assuming Responsibility for the Provision of Essential Foodstuffs to Korean Residents of Beijing\n\nPremier [Zhou Enlai]:\n\nRegarding the issue of the embassy’s apparent assumption of responsibility, Beijing Municipal Public Security looked into the matter.";
        let enriched = enrich(doc(Some("Cable from the Chinese Foreign Ministry"), body), &NO_DATES);
        let recipients: Vec<String> = enriched.recipients.iter().map(show).collect();
        assert_eq!(recipients, ["Premier [Zhou Enlai]:p"]);
    }

    /// The texts of the entity mentions of `enriched` that `keep` keeps.
    fn texts_where(enriched: &EnrichedDoc, keep: impl Fn(&dossier_model::EntityMention) -> bool) -> Vec<&str> {
        enriched
            .mentions
            .iter()
            .filter_map(dossier_model::Mention::as_entity)
            .filter(|m| keep(m))
            .map(|m| enriched.doc.text(&m.evidence))
            .collect()
    }

    /// From `corpus/wilson-dev/east-asia-ai`: the names of a related record's
    /// summary, printed before the date line, are read as mentions of that
    /// field, as a reader of the page reads them.
    #[test]
    fn a_related_summary_is_read_as_its_own_field() {
        let mut d = doc(
            Some("Letter from the President (Syngman Rhee) to Minister Duk Shin Choi"),
            "I have received your Weekly Report.",
        );
        d.fields.related_summary = Some(field(
            "Choi Duk Shin reports on Japanese Premier Kishi's travels in Southeast Asia, the current situations in Thailand and Laos.",
        ));
        let enriched = enrich(d, &Config::default());
        let related = texts_where(&enriched, |m| m.evidence.field == TextField::RelatedSummary);
        for name in ["Kishi", "Southeast Asia", "Thailand", "Laos"] {
            assert!(related.contains(&name), "{name}: {related:?}");
        }
    }

    /// From `corpus/wilson-dev/east-asia-cb` (da 121773): the names of the
    /// page's `Related Documents` list are mentions of that field.
    #[test]
    fn the_related_documents_list_is_read_as_its_own_field() {
        let mut d = doc(
            Some("Cable, Joseph Stalin to Anastas Mikoyan"),
            "To Mikoyan.\n\nInstantsiya is demanding an immediate answer.",
        );
        d.fields.related_documents = Some(field(
            "February 4, 1949\n\nMemorandum of Conversation between Anastas Mikoyan and Mao Zedong\n\nAnastas Mikoyan and Mao Zedong discuss the independence of Mongolia, the independence movement in Xinjiang, the construction of a railroad in Xinjiang.",
        ));
        let enriched = enrich(d, &Config::default());
        let related = texts_where(&enriched, |m| m.evidence.field == TextField::RelatedDocuments);
        for name in ["Mao Zedong", "Mongolia", "Xinjiang"] {
            assert!(related.contains(&name), "{name}: {related:?}");
        }
        let body = texts_where(&enriched, |m| m.evidence.field == TextField::Body);
        assert!(!body.contains(&"Mongolia"), "{body:?}");
    }

    /// From `corpus/wilson-dev/east-europe-n` and `east-asia-o`: an addressee
    /// written as a capitalized word and a surname in capitals is a person
    /// mention; a national capital in a title's `from … to …` is the post, not
    /// the surname some official bore.
    #[test]
    fn shouted_addressees_and_capitals_as_posts() {
        let body = "Ciphergram No. 18512\n\nTo: Zenon KLISZKO, Eyes only\n\nFrom: [Ambassador Boleslaw] JASZCZUK\n\nBased on the conversation with Yuri Andropov.";
        let enriched = enrich(doc(Some("Ciphergram from Jaszczuk"), body), &Config::default());
        let people = texts_where(&enriched, |m| m.entity.kind == dossier_model::EntityKind::Person);
        assert!(people.contains(&"Zenon KLISZKO"), "{people:?}");
        let title = "Telegram from Washington to Bucharest, SECRET, Regular, No. 083.895";
        let enriched = enrich(
            dated(
                doc(Some(title), "Sender: Washington\n\nWe met the Assistant Secretary."),
                "April 14, 1976",
                1976,
                4,
                14,
            ),
            &Config::default(),
        );
        let places = texts_where(&enriched, |m| m.entity.kind == dossier_model::EntityKind::Place);
        assert!(places.contains(&"Washington"), "{places:?}");
    }
}
