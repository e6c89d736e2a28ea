//! The full JSON record of one document, as written to `documents.jsonl` and
//! printed by `dossier inspect`.

use std::collections::BTreeMap;

use dossier_model::{
    Actor, ArchivalRef, Diagnostic, EditorialSpan, EnrichedDoc, Evidence, Extracted, Marking, Mention, NormalizedDoc,
};
use serde::Serialize;

/// How much of the text a record repeats next to its spans.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Detail {
    /// Spans only: a value's evidence is `field`, `start` and `end`, and its
    /// text is that field sliced (the record holds `body` and every header
    /// value; `source` is the input file the record names and hashes). Only the
    /// dropped page furniture, which no field holds, keeps its text. What
    /// `documents.jsonl` holds by default.
    #[default]
    Spans,
    /// Every span's text beside its offsets, for records read on their own
    /// (`dossier inspect`, `--evidence-text`).
    WithText,
}

/// Where a value was read: field, byte offsets and, with
/// [`Detail::WithText`], the text itself.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRecord {
    /// Which text the offsets refer to (`source`, `title`, `body` …).
    pub field: &'static str,
    /// UTF-8 byte offset of the first byte.
    pub start: usize,
    /// UTF-8 byte offset one past the last byte.
    pub end: usize,
    /// The text between the offsets (see [`Detail`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// How one document's spans are written: the document they point into and
/// how much of its text goes beside them.
#[derive(Clone, Copy)]
struct Cite<'a> {
    doc: &'a NormalizedDoc,
    detail: Detail,
}

impl Cite<'_> {
    fn evidence(self, e: &Evidence) -> EvidenceRecord {
        let text = (self.detail == Detail::WithText).then(|| self.doc.text(e).to_owned());
        EvidenceRecord { field: e.field.as_str(), start: e.start, end: e.end, text }
    }
}

/// A text value with its provenance.
#[derive(Debug, Clone, Serialize)]
pub struct TextValue {
    /// The value.
    pub value: String,
    /// The rule that produced it.
    pub rule: String,
    /// Where it was read.
    pub evidence: EvidenceRecord,
}

fn text_value(x: Option<&Extracted<String>>, cite: Cite<'_>) -> Option<TextValue> {
    x.map(|x| TextValue { value: x.value.clone(), rule: x.rule.clone(), evidence: cite.evidence(&x.evidence) })
}

/// The document's own date.
#[derive(Debug, Clone, Serialize)]
pub struct DateRecord {
    /// As written.
    pub raw: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when unreadable.
    pub iso: Option<String>,
    /// `day`, `month` or `year`; null when unreadable.
    pub precision: Option<&'static str>,
    /// First day it can mean.
    pub min: Option<String>,
    /// Last day it can mean.
    pub max: Option<String>,
    /// The rule that produced it.
    pub rule: String,
    /// Where it was read.
    pub evidence: EvidenceRecord,
}

/// A sender, recipient or participant.
#[derive(Debug, Clone, Serialize)]
pub struct ActorRecord {
    /// Name as written.
    pub name: String,
    /// `person`, `organization` or `unknown`.
    pub kind: &'static str,
    /// Other names the document gives (glosses, code names).
    pub aliases: Vec<String>,
    /// Id in the source's authority list, when the markup links one.
    pub authority_id: Option<String>,
    /// The rule that produced it.
    pub rule: String,
    /// Where it was read.
    pub evidence: EvidenceRecord,
}

fn actors(xs: &[Extracted<Actor>], cite: Cite<'_>) -> Vec<ActorRecord> {
    xs.iter()
        .map(|x| ActorRecord {
            name: x.value.name.clone(),
            kind: actor_kind(x.value.kind),
            aliases: x.value.aliases.clone(),
            authority_id: x.value.authority_id.clone(),
            rule: x.rule.clone(),
            evidence: cite.evidence(&x.evidence),
        })
        .collect()
}

pub(crate) fn actor_kind(kind: dossier_model::ActorKind) -> &'static str {
    match kind {
        dossier_model::ActorKind::Person => "person",
        dossier_model::ActorKind::Organization => "organization",
        dossier_model::ActorKind::Unknown => "unknown",
    }
}

/// A classification or handling marking.
#[derive(Debug, Clone, Serialize)]
pub struct MarkingRecord {
    /// `classification` or `handling`.
    pub kind: &'static str,
    /// Canonical label.
    pub label: String,
    /// The rule that produced it.
    pub rule: String,
    /// Where it was read.
    pub evidence: EvidenceRecord,
}

pub(crate) fn marking_kind(m: &Marking) -> &'static str {
    match m.kind {
        dossier_model::MarkingKind::Classification => "classification",
        dossier_model::MarkingKind::Handling => "handling",
    }
}

/// An archival reference split into parts.
#[derive(Debug, Clone, Serialize)]
pub struct ArchivalRefRecord {
    /// As printed.
    pub raw: String,
    /// Repository abbreviation.
    pub repository: Option<String>,
    /// File or record-group number.
    pub file: Option<String>,
    /// Fond.
    pub fond: Option<String>,
    /// Opis.
    pub opis: Option<String>,
    /// Delo.
    pub delo: Option<String>,
    /// Papka.
    pub papka: Option<String>,
    /// List/listy (folios).
    pub list: Option<String>,
    /// Pages.
    pub pages: Option<String>,
    /// The rule that produced it.
    pub rule: String,
    /// Where it was read.
    pub evidence: EvidenceRecord,
}

fn archival_ref(x: &Extracted<ArchivalRef>, cite: Cite<'_>) -> ArchivalRefRecord {
    let r = &x.value;
    ArchivalRefRecord {
        raw: r.raw.clone(),
        repository: r.repository.clone(),
        file: r.file.clone(),
        fond: r.fond.clone(),
        opis: r.opis.clone(),
        delo: r.delo.clone(),
        papka: r.papka.clone(),
        list: r.list.clone(),
        pages: r.pages.clone(),
        rule: x.rule.clone(),
        evidence: cite.evidence(&x.evidence),
    }
}

/// An editorial intervention in the body.
#[derive(Debug, Clone, Serialize)]
pub struct EditorialRecord {
    /// `elision`, `gloss`, `insertion`, `sic`, `uncertain`, `illegible`, `translator_note`, `redaction`.
    pub kind: &'static str,
    /// The span's text in the body.
    pub text: String,
    /// UTF-8 byte offset into `body`.
    pub start: usize,
    /// UTF-8 byte offset one past the end.
    pub end: usize,
    /// The bracketed content (for a gloss, the gloss).
    pub content: String,
    /// For a gloss: the words it explains.
    pub glossed: Option<String>,
    /// The rule that recognised it.
    pub rule: String,
}

fn editorial(body: &str, e: &EditorialSpan) -> EditorialRecord {
    EditorialRecord {
        kind: e.kind.as_str(),
        text: body[e.start..e.end].to_owned(),
        start: e.start,
        end: e.end,
        content: e.content.clone(),
        glossed: e.glossed.clone(),
        rule: e.rule.clone(),
    }
}

/// A value found in the text (a date mentioned in the body …).
#[derive(Debug, Clone, Serialize)]
pub struct MentionRecord {
    /// What it is (`date`, `person`, `place`, `organization`).
    pub kind: &'static str,
    /// Normalized value: a date's ISO form. An entity mention's is its
    /// entity's `canonical_name` in the record's `entities`, written here only
    /// with [`Detail::WithText`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// For dates: the precision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub precision: Option<&'static str>,
    /// The rule that found it. An entity mention's is always
    /// `entities.<kind>.<method>`, written here only with [`Detail::WithText`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// Where it is.
    pub evidence: EvidenceRecord,
    /// For people, places and organizations: the id of the linked entity,
    /// described once in the record's `entities`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// For people, places and organizations: how it was recognised or linked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// For people, places and organizations: confidence between 0 and 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f32>,
    /// For a person named by an office (`the Secretary`): the office's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
}

/// The entity a person, place or organization mention is linked to.
#[derive(Debug, Clone, Serialize)]
pub struct EntityRecord {
    /// Stable id (`place:geonames:1529435`, `person:hsg:111738`, `person:zhou-enlai`, `org:…`).
    pub id: String,
    /// `person`, `place` or `organization`.
    pub kind: &'static str,
    /// The name the dataset uses for it.
    pub canonical_name: String,
    /// Places: GeoNames id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geonames_id: Option<u32>,
    /// Places: latitude.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Places: longitude.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// Places: ISO 3166 alpha-2 code of the modern country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Places: the state it belonged to at the document's date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub polity: Option<String>,
    /// Places: the modern name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modern_name: Option<String>,
    /// People linked to the Office of the Historian's people database: its id
    /// (absent, like the four keys after it, for every other entity).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hsg_id: Option<u32>,
    /// Linked people: how the link was made (`markup`, `name_date`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hsg_method: Option<String>,
    /// Linked people who held a principal office or led a mission: the POCOM id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pocom_id: Option<String>,
    /// Linked people: the VIAF id, when the database gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub viaf_id: Option<String>,
    /// Linked people: year of birth.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_year: Option<i32>,
    /// Linked people: year of death.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub death_year: Option<i32>,
}

fn mention(m: &Mention, cite: Cite<'_>) -> MentionRecord {
    match m {
        Mention::Date(d) => MentionRecord {
            kind: m.kind().as_str(),
            value: Some(m.value().to_owned()),
            precision: d.date.precision.map(|p| p.as_str()),
            rule: Some(d.rule.clone()),
            evidence: cite.evidence(&d.evidence),
            entity: None,
            method: None,
            confidence: None,
            office: None,
        },
        // An entity mention's value and rule say again what its entity and
        // method say: a lean record leaves them out.
        Mention::Entity(e) => {
            let with_text = cite.detail == Detail::WithText;
            MentionRecord {
                kind: m.kind().as_str(),
                value: with_text.then(|| e.entity.canonical_name.clone()),
                precision: None,
                rule: with_text.then(|| e.rule()),
                evidence: cite.evidence(&e.evidence),
                entity: Some(e.entity.id.clone()),
                method: Some(e.method.to_owned()),
                confidence: Some(e.confidence),
                office: e.office.map(str::to_owned),
            }
        }
    }
}

/// The entities a document's mentions link to, each once, in the order of
/// their first mention.
fn entities(mentions: &[Mention]) -> Vec<EntityRecord> {
    let mut seen = std::collections::HashSet::new();
    mentions
        .iter()
        .filter_map(Mention::as_entity)
        .map(|m| &m.entity)
        .filter(|e| seen.insert(e.id.as_str()))
        .map(|e| EntityRecord {
            id: e.id.clone(),
            kind: e.kind.as_str(),
            canonical_name: e.canonical_name.clone(),
            geonames_id: e.geonames_id,
            lat: e.lat,
            lon: e.lon,
            country: e.country.clone(),
            polity: e.polity.clone(),
            modern_name: e.modern_name.clone(),
            hsg_id: e.person_link.as_ref().map(|l| l.hsg_id),
            hsg_method: e.person_link.as_ref().map(|l| l.method.clone()),
            pocom_id: e.person_link.as_ref().and_then(|l| l.pocom_id.clone()),
            viaf_id: e.person_link.as_ref().and_then(|l| l.viaf_id.clone()),
            birth_year: e.person_link.as_ref().and_then(|l| l.birth_year),
            death_year: e.person_link.as_ref().and_then(|l| l.death_year),
        })
        .collect()
}

/// A span the source's markup tagged in the body.
#[derive(Debug, Clone, Serialize)]
pub struct MarkupSpanRecord {
    /// `person`, `place`, `organization`, `term`, `cross_reference`, `footnote_call`.
    pub kind: &'static str,
    /// The span's text in the body (with [`Detail::WithText`]; otherwise
    /// `body[start..end]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// UTF-8 byte offset into `body`.
    pub start: usize,
    /// UTF-8 byte offset one past the end.
    pub end: usize,
    /// The id the markup points at.
    pub target: Option<String>,
    /// The markup's type attribute.
    pub role: Option<String>,
}

/// A footnote, kept apart from the body.
#[derive(Debug, Clone, Serialize)]
pub struct FootnoteRecord {
    /// Number or label as printed.
    pub n: String,
    /// Text.
    pub text: String,
}

/// A diagnostic attached to the document.
#[derive(Debug, Clone, Serialize)]
pub struct DiagnosticRecord {
    /// Stable code.
    pub code: String,
    /// `info` or `warning`.
    pub severity: &'static str,
    /// Explanation.
    pub message: String,
    /// Where, when known.
    pub evidence: Option<EvidenceRecord>,
}

fn diagnostic(d: &Diagnostic, cite: Cite<'_>) -> DiagnosticRecord {
    DiagnosticRecord {
        code: d.code.clone(),
        severity: match d.severity {
            dossier_model::Severity::Info => "info",
            dossier_model::Severity::Warning => "warning",
        },
        message: d.message.clone(),
        evidence: d.evidence.as_ref().map(|e| cite.evidence(e)),
    }
}

/// Where the document came from.
#[derive(Debug, Clone, Serialize)]
pub struct SourceRecord {
    /// Display path, relative to the input root.
    pub path: String,
    /// BLAKE3 of the input file.
    pub blake3: String,
    /// Size of the input file.
    pub n_bytes: u64,
    /// Position inside a multi-record file.
    pub record_key: Option<String>,
}

/// The header fields with provenance.
#[derive(Debug, Clone, Serialize)]
pub struct FieldsRecord {
    /// Archive record id.
    pub record_id: Option<TextValue>,
    /// Record URL.
    pub url: Option<TextValue>,
    /// Date line as printed.
    pub date_line: Option<TextValue>,
    /// Title.
    pub title: Option<TextValue>,
    /// Summary.
    pub summary: Option<TextValue>,
    /// A related record's summary printed before the date line.
    pub related_summary: Option<TextValue>,
    /// The page's `Related Documents` list: other records' dates, titles and
    /// summaries.
    pub related_documents: Option<TextValue>,
    /// Citation.
    pub citation: Option<TextValue>,
    /// Archival reference text.
    pub archival_ref: Option<TextValue>,
    /// Translator.
    pub translator: Option<TextValue>,
    /// Funder.
    pub funder: Option<TextValue>,
    /// Original language.
    pub original_language: Option<TextValue>,
    /// Contents label.
    pub contents_label: Option<TextValue>,
    /// Site metadata with values (for JSONL input: the source-provided keys).
    pub site_metadata: BTreeMap<String, TextValue>,
    /// Machine-readable date from the markup.
    pub date_when: Option<TextValue>,
    /// Time or time range as written.
    pub time: Option<TextValue>,
    /// Place of writing.
    pub place: Option<TextValue>,
    /// Document number in its volume or series.
    pub doc_number: Option<TextValue>,
    /// Source note.
    pub source_note: Option<TextValue>,
    /// Subject lines.
    pub subjects: Vec<TextValue>,
    /// Signers as written.
    pub signers: Vec<TextValue>,
}

/// One document's full record: a line of `documents.jsonl`.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentRecord {
    /// Stable document id.
    pub id: String,
    /// Collection.
    pub collection: String,
    /// Input format.
    pub format: &'static str,
    /// Page layout.
    pub layout: &'static str,
    /// Where it came from.
    pub source: SourceRecord,
    /// Header fields.
    pub fields: FieldsRecord,
    /// The document date.
    pub date: Option<DateRecord>,
    /// Document type with provenance.
    pub doc_type: TextValue,
    /// Senders.
    pub senders: Vec<ActorRecord>,
    /// Recipients.
    pub recipients: Vec<ActorRecord>,
    /// Participants.
    pub participants: Vec<ActorRecord>,
    /// Classification and handling markings.
    pub markings: Vec<MarkingRecord>,
    /// Archival references.
    pub archival_refs: Vec<ArchivalRefRecord>,
    /// Whether the stored record is cut off.
    pub truncated: bool,
    /// Normalized body.
    pub body: String,
    /// Byte offset of the body in the decoded source.
    pub body_offset: usize,
    /// Editorial apparatus in the body.
    pub editorial: Vec<EditorialRecord>,
    /// Other values found in the text.
    pub mentions: Vec<MentionRecord>,
    /// The entities the mentions link to, each described once: in a record
    /// read on its own (`dossier stream`, `inspect`, `--evidence-text`); a
    /// dataset's `documents.jsonl` leaves them to `entities.csv`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<EntityRecord>>,
    /// Spans the source's markup tagged in the body.
    pub markup: Vec<MarkupSpanRecord>,
    /// Footnotes, kept apart from the body.
    pub footnotes: Vec<FootnoteRecord>,
    /// Page furniture dropped by the parser, with source offsets.
    pub dropped: Vec<EvidenceRecord>,
    /// Every diagnostic from every stage, in stage order.
    pub diagnostics: Vec<DiagnosticRecord>,
}

/// Maps an enriched document to its published JSON record, repeating as much
/// of its text beside the spans as `detail` says.
pub fn document_record(e: &EnrichedDoc, detail: Detail) -> DocumentRecord {
    let cite = Cite { doc: &e.doc, detail };
    let d = &e.doc;
    let f = &d.fields;
    DocumentRecord {
        id: d.meta.id.0.clone(),
        collection: d.meta.collection.clone(),
        format: d.meta.format.as_str(),
        layout: d.meta.layout.as_str(),
        source: SourceRecord {
            path: d.meta.source.path.clone(),
            blake3: d.meta.source.blake3.clone(),
            n_bytes: d.meta.source.n_bytes,
            record_key: d.meta.source.record_key.clone(),
        },
        fields: FieldsRecord {
            record_id: text_value(f.record_id.as_ref(), cite),
            url: text_value(f.url.as_ref(), cite),
            date_line: text_value(f.date_line.as_ref(), cite),
            title: text_value(f.title.as_ref(), cite),
            summary: text_value(f.summary.as_ref(), cite),
            related_summary: text_value(f.related_summary.as_ref(), cite),
            related_documents: text_value(f.related_documents.as_ref(), cite),
            citation: text_value(f.citation.as_ref(), cite),
            archival_ref: text_value(f.archival_ref.as_ref(), cite),
            translator: text_value(f.translator.as_ref(), cite),
            funder: text_value(f.funder.as_ref(), cite),
            original_language: text_value(f.original_language.as_ref(), cite),
            contents_label: text_value(f.contents_label.as_ref(), cite),
            date_when: text_value(f.date_when.as_ref(), cite),
            time: text_value(f.time.as_ref(), cite),
            place: text_value(f.place.as_ref(), cite),
            doc_number: text_value(f.doc_number.as_ref(), cite),
            source_note: text_value(f.source_note.as_ref(), cite),
            subjects: f.subjects.iter().filter_map(|x| text_value(Some(x), cite)).collect(),
            signers: f.signers.iter().filter_map(|x| text_value(Some(x), cite)).collect(),
            site_metadata: f
                .site_metadata
                .iter()
                .filter_map(|(k, v)| text_value(Some(v), cite).map(|v| (k.clone(), v)))
                .collect(),
        },
        date: d.date.as_ref().map(|x| DateRecord {
            raw: x.value.raw.clone(),
            iso: x.value.iso.clone(),
            precision: x.value.precision.map(|p| p.as_str()),
            min: x.value.min.clone(),
            max: x.value.max.clone(),
            rule: x.rule.clone(),
            evidence: cite.evidence(&x.evidence),
        }),
        doc_type: TextValue {
            value: e.doc_type.value.as_str().to_owned(),
            rule: e.doc_type.rule.clone(),
            evidence: cite.evidence(&e.doc_type.evidence),
        },
        senders: actors(&e.senders, cite),
        recipients: actors(&e.recipients, cite),
        participants: actors(&e.participants, cite),
        markings: e
            .markings
            .iter()
            .map(|x| MarkingRecord {
                kind: marking_kind(&x.value),
                label: x.value.label.clone(),
                rule: x.rule.clone(),
                evidence: cite.evidence(&x.evidence),
            })
            .collect(),
        archival_refs: e.archival_refs.iter().map(|x| archival_ref(x, cite)).collect(),
        truncated: d.meta.truncated,
        body: d.body.clone(),
        body_offset: d.meta.body_offset,
        editorial: d.editorial.iter().map(|s| editorial(&d.body, s)).collect(),
        mentions: e.mentions.iter().map(|m| mention(m, cite)).collect(),
        entities: Some(entities(&e.mentions)),
        markup: d
            .markup
            .spans
            .iter()
            .map(|s| MarkupSpanRecord {
                kind: s.kind.as_str(),
                text: (detail == Detail::WithText).then(|| d.body[s.start..s.end].to_owned()),
                start: s.start,
                end: s.end,
                target: s.target.clone(),
                role: s.role.clone(),
            })
            .collect(),
        footnotes: d.markup.footnotes.iter().map(|f| FootnoteRecord { n: f.n.clone(), text: f.text.clone() }).collect(),
        // Dropped furniture is in no field of the record: its text stays.
        dropped: d.meta.dropped.iter().map(|x| Cite { doc: d, detail: Detail::WithText }.evidence(x)).collect(),
        diagnostics: d.diagnostics.iter().chain(&e.diagnostics).map(|x| diagnostic(x, cite)).collect(),
    }
}
