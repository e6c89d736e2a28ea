//! The typed values enrichment and normalization extract from a document.

use serde::{Deserialize, Serialize};

use crate::{DateValue, Evidence, Span};

/// What kind of document a record is, read from its title and header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocType {
    /// A cable.
    Cable,
    /// A telegram.
    Telegram,
    /// A ciphered (encrypted) telegram.
    CipheredTelegram,
    /// A memorandum of conversation.
    MemorandumOfConversation,
    /// A record of conversation or of a meeting.
    RecordOfConversation,
    /// A letter.
    Letter,
    /// Minutes of a meeting.
    Minutes,
    /// A report.
    Report,
    /// A speech.
    Speech,
    /// A note.
    Note,
    /// A resolution.
    Resolution,
    /// A transcript.
    Transcript,
    /// A memorandum from, to or by someone (not of a conversation).
    Memorandum,
    /// An editor's note standing in the series for documents not printed (FRUS).
    EditorialNote,
    /// An intelligence estimate (NIE, SNIE).
    IntelligenceEstimate,
    /// A record of action or decision (e.g. of the National Security Council).
    RecordOfAction,
    /// A diplomat's diary or journal entry (the Soviet ambassadors' journals).
    Diary,
    /// None of the above, or not stated.
    Other,
}

impl DocType {
    /// The snake_case name used in datasets.
    pub fn as_str(self) -> &'static str {
        match self {
            DocType::Cable => "cable",
            DocType::Telegram => "telegram",
            DocType::CipheredTelegram => "ciphered_telegram",
            DocType::MemorandumOfConversation => "memorandum_of_conversation",
            DocType::RecordOfConversation => "record_of_conversation",
            DocType::Letter => "letter",
            DocType::Minutes => "minutes",
            DocType::Report => "report",
            DocType::Speech => "speech",
            DocType::Note => "note",
            DocType::Resolution => "resolution",
            DocType::Transcript => "transcript",
            DocType::Memorandum => "memorandum",
            DocType::EditorialNote => "editorial_note",
            DocType::IntelligenceEstimate => "intelligence_estimate",
            DocType::RecordOfAction => "record_of_action",
            DocType::Diary => "diary",
            DocType::Other => "other",
        }
    }
}

/// Whether an actor is a person or an institution, as far as the text shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A named person.
    Person,
    /// A ministry, embassy, party body, work team …
    Organization,
    /// The text does not say.
    Unknown,
}

/// A sender, recipient or participant as the document names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// The name as written, with an editorial gloss resolved away
    /// (`Filippov [Stalin]` → name `Filippov`, alias `Stalin`).
    pub name: String,
    /// Person or organization.
    pub kind: ActorKind,
    /// Other names the document gives for the same actor (glosses, code names).
    pub aliases: Vec<String>,
    /// Id of the actor in the source's authority list, when the markup links one.
    pub authority_id: Option<String>,
}

/// Whether a marking restricts who may read a document or how it is transmitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkingKind {
    /// Security classification: Top Secret, Secret, Strictly Secret, Confidential …
    Classification,
    /// Handling and precedence: TOP PRIORITY, Niact, Urgent, Special, Eyes Only …
    Handling,
}

/// A classification or handling marking, canonicalized.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marking {
    /// Classification or handling.
    pub kind: MarkingKind,
    /// Canonical label in title case, e.g. `Top Secret`, `Top Priority`, `Niact`.
    pub label: String,
}

/// An archival reference split into its parts. Parts the reference does not state are `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArchivalRef {
    /// The reference as printed.
    pub raw: String,
    /// Repository as abbreviated in the source (e.g. `PRC FMA`, `APRF`, `AVPRF`, `MOL`).
    pub repository: Option<String>,
    /// File or record-group number (e.g. `118-01109-02`).
    pub file: Option<String>,
    /// Russian archives: fond.
    pub fond: Option<String>,
    /// Russian archives: opis (inventory).
    pub opis: Option<String>,
    /// Russian archives: delo (file).
    pub delo: Option<String>,
    /// Russian archives: papka (folder).
    pub papka: Option<String>,
    /// Russian archives: list/listy (folio or folios).
    pub list: Option<String>,
    /// Pages (e.g. `30-31`).
    pub pages: Option<String>,
}

/// The kind of an editorial intervention in a transcribed or translated text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EditorialKind {
    /// Omitted text: `[...]`, `[…]`.
    Elision,
    /// An editor's alternative name for the preceding word(s): `Wulumuqi [Urumqi]`.
    Gloss,
    /// Words supplied by the editor: `[To the]`.
    Insertion,
    /// `[sic]`.
    Sic,
    /// An editor's doubt: `[?]`.
    Uncertain,
    /// `[illegible]`.
    Illegible,
    /// A translator's note: `[trans. note-- …]`.
    TranslatorNote,
    /// Withheld text: `[text not declassified]`.
    Redaction,
}

impl EditorialKind {
    /// The snake_case name used in datasets.
    pub fn as_str(self) -> &'static str {
        match self {
            EditorialKind::Elision => "elision",
            EditorialKind::Gloss => "gloss",
            EditorialKind::Insertion => "insertion",
            EditorialKind::Sic => "sic",
            EditorialKind::Uncertain => "uncertain",
            EditorialKind::Illegible => "illegible",
            EditorialKind::TranslatorNote => "translator_note",
            EditorialKind::Redaction => "redaction",
        }
    }
}

/// One editorial intervention, located in the normalized body.
///
/// Invariant: `start..end` covers the brackets (and, for a gloss, the glossed
/// words before them) and lies on `char` boundaries inside the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditorialSpan {
    /// What kind of intervention.
    pub kind: EditorialKind,
    /// Byte offset into the normalized body.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The text inside the brackets (for a gloss: the gloss itself).
    pub content: String,
    /// For a gloss: the word(s) it explains.
    pub glossed: Option<String>,
    /// The rule that recognised it.
    pub rule: String,
}

/// What a [`Mention`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// A date mentioned in the text.
    Date,
    /// A person named in the text, the title or the markup.
    Person,
    /// A place: a town, a country or historical polity, or a region.
    Place,
    /// An organization: a ministry, embassy, party, committee, agency.
    Organization,
}

impl MentionKind {
    /// The snake_case name used in datasets.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Date => "date",
            MentionKind::Person => "person",
            MentionKind::Place => "place",
            MentionKind::Organization => "organization",
        }
    }

    /// True for the kinds that name an entity (person, place, organization).
    pub fn is_entity(self) -> bool {
        !matches!(self, MentionKind::Date)
    }
}

/// Something found in the text that is not a header value: a date mentioned in
/// the body, or a person, place or organization. Each variant carries only what
/// its kind has; the entity's canonical name is the entity mention's value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mention {
    /// A date mentioned in the text.
    Date(DateMention),
    /// A person, place or organization named in the text, the title or the markup.
    Entity(EntityMention),
}

/// A date mentioned in a document's text, read against the document's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateMention {
    /// The resolved date (always readable: `iso` is `Some`).
    pub date: DateValue,
    /// The rule that found it (`mentions.<rule>`).
    pub rule: String,
    /// Where it is.
    pub evidence: Evidence,
}

/// A person, place or organization a document names, linked to its entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityMention {
    /// The entity the mention stands for (its kind is the mention's kind).
    pub entity: EntityRef,
    /// How the entity was recognised or linked (`markup`, `title`, `honorific`,
    /// `gloss`, `dateline`, `gazetteer`, `surname`, `abbreviation`, `model` …).
    pub method: &'static str,
    /// How sure the link is, between 0 and 1 (a rough ordinal measure, not a
    /// probability), rounded to two decimals.
    pub confidence: f32,
    /// For a person named by an office (`the Secretary`, method
    /// `office_by_date`): the office's id in the Office of the Historian's
    /// POCOM (`secretary`, `under-secretary`, `chief-of-mission`) or
    /// `president`; for a sovereign named by title (`the Shah`), the title.
    pub office: Option<&'static str>,
    /// Where it is.
    pub evidence: Evidence,
}

impl EntityMention {
    /// The dotted rule name the mention is published under:
    /// `entities.<kind>.<method>`.
    pub fn rule(&self) -> String {
        format!("entities.{}.{}", self.entity.kind.as_str(), self.method)
    }
}

impl Mention {
    /// A date mention.
    pub fn date(date: DateValue, rule: String, evidence: Evidence) -> Self {
        Mention::Date(DateMention { date, rule, evidence })
    }

    /// What it is.
    pub fn kind(&self) -> MentionKind {
        match self {
            Mention::Date(_) => MentionKind::Date,
            Mention::Entity(m) => m.entity.kind.into(),
        }
    }

    /// Where it is.
    pub fn evidence(&self) -> &Evidence {
        match self {
            Mention::Date(m) => &m.evidence,
            Mention::Entity(m) => &m.evidence,
        }
    }

    /// Its normalized value as text: a date's ISO form, an entity's canonical name.
    pub fn value(&self) -> &str {
        match self {
            Mention::Date(m) => m.date.iso.as_deref().unwrap_or(&m.date.raw),
            Mention::Entity(m) => &m.entity.canonical_name,
        }
    }

    /// The entity mention, when it is one.
    pub fn as_entity(&self) -> Option<&EntityMention> {
        match self {
            Mention::Entity(m) => Some(m),
            Mention::Date(_) => None,
        }
    }

    /// The entity mention, mutably, when it is one.
    pub fn as_entity_mut(&mut self) -> Option<&mut EntityMention> {
        match self {
            Mention::Entity(m) => Some(m),
            Mention::Date(_) => None,
        }
    }
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A place (town, country, polity or region).
    Place,
    /// An organization.
    Organization,
}

impl EntityKind {
    /// The snake_case name used in datasets.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
        }
    }
}

impl From<EntityKind> for MentionKind {
    fn from(kind: EntityKind) -> Self {
        match kind {
            EntityKind::Person => MentionKind::Person,
            EntityKind::Place => MentionKind::Place,
            EntityKind::Organization => MentionKind::Organization,
        }
    }
}

/// The entity a person, place or organization mention stands for.
///
/// Invariant: `id` is derived from the entity's canonical key only (never from a
/// counter or the corpus order), so the same entity gets the same id in every run:
/// `place:geonames:1529435`, `place:country:CN`, `place:polity:su`,
/// `place:region:xinjiang`, `person:hsg:111738` (a person of the people
/// database, by its id), `person:zhou-enlai`, `org:communist-party-of-the-soviet-union`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRef {
    /// Stable id, derived from the canonical key.
    pub id: String,
    /// Person, place or organization.
    pub kind: EntityKind,
    /// The name the dataset uses for the entity (`Zhou Enlai`, `Yining`,
    /// `Communist Party of the Soviet Union`).
    pub canonical_name: String,
    /// Places: the GeoNames id (of the town, or of the country).
    pub geonames_id: Option<u32>,
    /// Places: latitude in degrees.
    pub lat: Option<f64>,
    /// Places: longitude in degrees.
    pub lon: Option<f64>,
    /// Places: ISO 3166 alpha-2 code of the modern country.
    pub country: Option<String>,
    /// Places: the state the place belonged to at the document's date, when that
    /// differs from the modern country (`Rhodesia` for Salisbury in 1970, `Soviet
    /// Union` for Leningrad in 1962).
    pub polity: Option<String>,
    /// Places: the modern name (`Harare` for Salisbury, `Beijing` for Peiping).
    pub modern_name: Option<String>,
    /// People: the person of the Office of the Historian's people database this
    /// entity is, when the document's evidence says so (a FRUS `persName`
    /// whose List of Persons entry the database names).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_link: Option<PersonLink>,
}

/// A person entity's link to the Office of the Historian's people database
/// (history.state.gov), with what the database and POCOM know of the person.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PersonLink {
    /// The people database's id (`111738` for Dean Rusk).
    pub hsg_id: u32,
    /// How the link was made: `markup` (the source tags the person with a
    /// List of Persons id) or `name_date` (the name, in the document's year).
    pub method: String,
    /// The POCOM id (`rusk-david-dean`) of a person who held a principal office
    /// of the Department of State or led a mission.
    pub pocom_id: Option<String>,
    /// The VIAF id, when the database gives one.
    pub viaf_id: Option<String>,
    /// Year of birth.
    pub birth_year: Option<i32>,
    /// Year of death.
    pub death_year: Option<i32>,
}

/// Two entities one document links, computed by enrichment (which knows the
/// actors' entities and the paragraphs); export maps each to a row of
/// `edges.csv`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Relation {
    /// A sender and a recipient of the document, each linked to its entity
    /// (the entity of the mention inside the actor's evidence).
    SenderRecipient {
        /// The sender's entity id.
        sender: String,
        /// The recipient's entity id.
        recipient: String,
        /// The title (or other text) stretch naming both, or the sender's.
        evidence: Span,
    },
    /// Two people or organizations named in the same paragraph of the body.
    CoMention {
        /// The smaller entity id.
        a: String,
        /// The larger entity id.
        b: String,
        /// How many paragraphs name both.
        paragraphs: usize,
        /// The first paragraph naming both.
        first: Span,
    },
}
