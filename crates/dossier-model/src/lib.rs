//! The data model shared by every dossier stage.
//!
//! Every type that crosses a crate boundary lives here: the raw input handed to the
//! parser, the document as it leaves each stage (`ParsedDoc` → `NormalizedDoc` →
//! `EnrichedDoc`), the values extracted along the way with their provenance, and
//! the reject records for inputs that could not go on. This crate does no I/O,
//! spawns no threads and knows nothing about the command line.
//!
//! Offsets: every `start`/`end` in this crate is a **byte** offset into the UTF-8
//! text named by the accompanying [`TextField`], always on a `char` boundary.
//! The export crate converts them to Unicode code-point offsets for users.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

mod date;
mod values;

/// The words that close the publisher's name in a Digital Archive citation,
/// right before its archival reference (`"Title," June 21, 1962, Wilson Center
/// Digital Archive, PRC FMA 118-01109-02, 30-31.`): parsing reads the reference
/// after it, enrichment scans the citation only from there.
pub const CITATION_ARCHIVE_MARKER: &str = "Digital Archive, ";

pub use date::{DateValue, Precision};
pub use values::{
    Actor, ActorKind, ArchivalRef, DateMention, DocType, EditorialKind, EditorialSpan, EntityKind, EntityMention,
    EntityRef, Marking, MarkingKind, Mention, MentionKind, PersonLink, Relation,
};

/// Version of the published dataset schema; bump it whenever a column or JSON key
/// changes meaning, is added or is removed.
pub const SCHEMA_VERSION: &str = "4";

/// One input file as read from disk, before any parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawInput {
    /// Display path: relative to the input root, `/`-separated, never absolute.
    pub path: String,
    /// BLAKE3 hash of `bytes`, lowercase hex.
    pub blake3: String,
    /// The file's bytes exactly as read.
    pub bytes: Vec<u8>,
}

/// Where a document came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Display path of the input file (see [`RawInput::path`]).
    pub path: String,
    /// BLAKE3 hash of the whole input file, lowercase hex.
    pub blake3: String,
    /// Size of the whole input file in bytes.
    pub n_bytes: u64,
    /// Position of the record inside a multi-record file (an `xml:id`, a line
    /// number); `None` when the file holds exactly one record.
    pub record_key: Option<String>,
}

impl Source {
    /// The source of a file that holds exactly one record.
    pub fn of_file(input: &RawInput) -> Self {
        Source {
            path: input.path.clone(),
            blake3: input.blake3.clone(),
            n_bytes: input.bytes.len() as u64,
            record_key: None,
        }
    }
}

/// A stable document id: 16 lowercase hex characters derived from the input
/// file's content hash and the record's key inside it, never from processing order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocId(pub String);

impl std::fmt::Display for DocId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The kind of input a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Page text of a Wilson Center Digital Archive record.
    WilsonPage,
    /// A FRUS (Foreign Relations of the United States) TEI volume or document fragment.
    FrusTei,
    /// One JSON object per line with at least `id` and `text`.
    Jsonl,
    /// Plain text with no recognised layout.
    PlainText,
}

impl Format {
    /// The snake_case name used in datasets.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::WilsonPage => "wilson_page",
            Format::FrusTei => "frus_tei",
            Format::Jsonl => "jsonl",
            Format::PlainText => "plain_text",
        }
    }
}

/// The layout a record was stored in, detected from content: one of the Wilson
/// Center page layouts, or the layout of another format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// A: current site, blank-line separated, often opening with "Skip to content".
    CurrentSite,
    /// A': current-site layout whose metadata labels carry values (Source, Type, Language …).
    CurrentSiteWithValues,
    /// B: dvinci test site, single newlines, label list without values.
    Dvinci,
    /// C: old site, "Search in" · "get citation" · quoted citation · "English HTML".
    OldSite,
    /// D: PDF export with `Citation:` / `Summary:` / `Credits:` labels (the seed's layout).
    PdfExport,
    /// E: summary first, then the date and title again.
    SummaryFirst,
    /// A `<div type="document">` of a FRUS TEI volume.
    FrusDocument,
    /// One record of a JSONL file.
    JsonlRecord,
    /// Plain text: title = first non-empty line, body = the rest.
    Plain,
}

impl Layout {
    /// The snake_case name used in datasets.
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::CurrentSite => "current_site",
            Layout::CurrentSiteWithValues => "current_site_with_values",
            Layout::Dvinci => "dvinci",
            Layout::OldSite => "old_site",
            Layout::PdfExport => "pdf_export",
            Layout::SummaryFirst => "summary_first",
            Layout::FrusDocument => "frus_document",
            Layout::JsonlRecord => "jsonl_record",
            Layout::Plain => "plain",
        }
    }
}

/// Which text an [`Evidence`] span points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextField {
    /// The decoded input file, before any normalization.
    Source,
    /// The normalized title.
    Title,
    /// The normalized date line.
    DateLine,
    /// The normalized summary.
    Summary,
    /// The normalized summary of a related record printed before the date line.
    RelatedSummary,
    /// The normalized `Related Documents` list a page prints after its own
    /// summary: other records' dates, titles and summaries.
    RelatedDocuments,
    /// The normalized citation.
    Citation,
    /// The normalized archival reference text.
    ArchivalRef,
    /// The normalized body.
    Body,
    /// The normalized source note (FRUS "Source: …" note).
    SourceNote,
}

impl TextField {
    /// The snake_case name used in datasets.
    pub fn as_str(self) -> &'static str {
        match self {
            TextField::Source => "source",
            TextField::Title => "title",
            TextField::DateLine => "date_line",
            TextField::Summary => "summary",
            TextField::RelatedSummary => "related_summary",
            TextField::RelatedDocuments => "related_documents",
            TextField::Citation => "citation",
            TextField::ArchivalRef => "archival_ref",
            TextField::Body => "body",
            TextField::SourceNote => "source_note",
        }
    }
}

/// Where a value was read: a byte range in one of the document's texts. The
/// text itself is never copied; [`NormalizedDoc::text`] (or
/// [`ParsedDoc::text`]) slices it when someone reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The text the offsets refer to.
    pub field: TextField,
    /// Byte offset of the first byte (on a `char` boundary).
    pub start: usize,
    /// Byte offset one past the last byte (on a `char` boundary); `end >= start`.
    pub end: usize,
}

/// A stretch of one of a document's texts (the same thing as an [`Evidence`],
/// named for where no value is being justified).
pub type Span = Evidence;

impl Evidence {
    /// Evidence for `text[start..end]` in `field`, where `text` is that field's text.
    ///
    /// # Panics
    /// If the range is out of bounds or not on `char` boundaries: that is a bug in
    /// the caller, never a property of the input.
    pub fn new(field: TextField, text: &str, start: usize, end: usize) -> Self {
        assert!(
            text.get(start..end).is_some(),
            "evidence {start}..{end} is not a char range of a {}-byte text",
            text.len()
        );
        Evidence { field, start, end }
    }

    /// The text the evidence points at, given its field's text; empty when the
    /// range does not fit (a span read against the wrong text).
    pub fn of<'a>(&self, field_text: &'a str) -> &'a str {
        field_text.get(self.start..self.end).unwrap_or_default()
    }
}

/// A value together with the rule that produced it and the text it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extracted<T> {
    /// The value.
    pub value: T,
    /// Dotted name of the rule that produced it, e.g. `wilson.pdf_export.citation`.
    pub rule: String,
    /// Where it was read.
    pub evidence: Evidence,
}

impl<T> Extracted<T> {
    /// Bundles a value with its rule and evidence.
    pub fn new(value: T, rule: impl Into<String>, evidence: Evidence) -> Self {
        Extracted { value, rule: rule.into(), evidence }
    }
}

/// How much a [`Diagnostic`] matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; the value is fine.
    Info,
    /// Something is missing or doubtful; the document still went on.
    Warning,
}

/// An odd-but-usable property of a document, recorded on it instead of failing it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Stable snake_case code, e.g. `truncated`, `date_unparsed`.
    pub code: String,
    /// How much it matters.
    pub severity: Severity,
    /// Human-readable explanation: lowercase, inputs in backticks.
    pub message: String,
    /// Where in the text it was noticed, when that is known.
    pub evidence: Option<Evidence>,
}

impl Diagnostic {
    /// A warning with no evidence span.
    pub fn warning(code: &str, message: impl Into<String>) -> Self {
        Diagnostic { code: code.to_owned(), severity: Severity::Warning, message: message.into(), evidence: None }
    }

    /// An informational note with no evidence span.
    pub fn info(code: &str, message: impl Into<String>) -> Self {
        Diagnostic { code: code.to_owned(), severity: Severity::Info, message: message.into(), evidence: None }
    }

    /// The same diagnostic pointing at `evidence`.
    pub fn with_evidence(mut self, evidence: Evidence) -> Self {
        self.evidence = Some(evidence);
        self
    }
}

/// The labelled header fields of a record, each with its provenance.
///
/// After parsing, evidence offsets are in [`TextField::Source`] coordinates and
/// values are the raw text; after normalization the values are normalized while
/// the evidence keeps pointing at the source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fields {
    /// The archive's record id (e.g. `118197`).
    pub record_id: Option<Extracted<String>>,
    /// The record's URL as printed in the page.
    pub url: Option<Extracted<String>>,
    /// The date line exactly as printed (e.g. `June 21, 1962`).
    pub date_line: Option<Extracted<String>>,
    /// The title.
    pub title: Option<Extracted<String>>,
    /// The archive's summary paragraph.
    pub summary: Option<Extracted<String>>,
    /// A related record's summary that a dvinci page prints before its date
    /// line when the page has its own summary too (often the page the site
    /// links as "see also").
    pub related_summary: Option<Extracted<String>>,
    /// The site's `Related Documents` list after the page's own summary:
    /// other records' dates, titles and summaries, never this record's text.
    pub related_documents: Option<Extracted<String>>,
    /// The full citation text.
    pub citation: Option<Extracted<String>>,
    /// The archival reference as printed (e.g. `PRC FMA 118-01109-02, 30-31`).
    pub archival_ref: Option<Extracted<String>>,
    /// The translator's name from "Translated by …".
    pub translator: Option<Extracted<String>>,
    /// The funder from "This document was made possible with support from …".
    pub funder: Option<Extracted<String>>,
    /// The original language (e.g. `Chinese`).
    pub original_language: Option<Extracted<String>>,
    /// The contents label (e.g. `Translation - English`, `English HTML`).
    pub contents_label: Option<Extracted<String>>,
    /// Site metadata label → value (`Source`, `Type`, `Language`, `Record ID`,
    /// `Original Uploaded Date` …), only labels that carried a value. For JSONL
    /// input: every key beyond the known ones, as source-provided metadata (non-string
    /// JSON values as their JSON text).
    pub site_metadata: BTreeMap<String, Extracted<String>>,
    /// A machine-readable date given by the markup (FRUS `date/@when`), ISO 8601
    /// date or date-time as written. Preferred over `date_line` when present.
    pub date_when: Option<Extracted<String>>,
    /// Time or time range as written (FRUS `<time>`).
    pub time: Option<Extracted<String>>,
    /// Place of writing from the dateline (FRUS `dateline/placeName`).
    pub place: Option<Extracted<String>>,
    /// Document number inside its volume or series (FRUS `@n`).
    pub doc_number: Option<Extracted<String>>,
    /// Source note (FRUS `<note>` starting "Source:"): archive, classification,
    /// handling, drafting and repeat lines.
    pub source_note: Option<Extracted<String>>,
    /// Subject lines (FRUS `list[@type="subject"]`).
    pub subjects: Vec<Extracted<String>>,
    /// Signers as written (FRUS `closer/signed`).
    pub signers: Vec<Extracted<String>>,
}

/// What an in-text [`MarkupSpan`] marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkupKind {
    /// A person (`persName`), `target` = authority id.
    Person,
    /// A place (`placeName`).
    Place,
    /// An organization (`orgName`).
    Organization,
    /// An abbreviation or term (`gloss[@target]`), `target` = term id.
    Term,
    /// A cross reference (`ref[@target]`), `target` = the referenced id.
    CrossReference,
    /// A footnote call: where footnote `target` was attached.
    FootnoteCall,
}

impl MarkupKind {
    /// The snake_case name used in datasets.
    pub fn as_str(self) -> &'static str {
        match self {
            MarkupKind::Person => "person",
            MarkupKind::Place => "place",
            MarkupKind::Organization => "organization",
            MarkupKind::Term => "term",
            MarkupKind::CrossReference => "cross_reference",
            MarkupKind::FootnoteCall => "footnote_call",
        }
    }
}

/// A span the source's own markup tagged inside the body.
///
/// Invariant: `start..end` are byte offsets on `char` boundaries into the body of
/// the document that holds the span (the parsed body in a `ParsedDoc`, the
/// normalized body in a `NormalizedDoc`: normalize maps them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkupSpan {
    /// What it marks.
    pub kind: MarkupKind,
    /// Byte offset into the body.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The id the markup points at (`#p_RD1` → `p_RD1`), when it points.
    pub target: Option<String>,
    /// The markup's own type attribute (`from`, `to` …), when present.
    pub role: Option<String>,
}

/// A footnote kept apart from the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Footnote {
    /// The footnote's number or label as printed.
    pub n: String,
    /// Its text.
    pub text: String,
}

/// Everything the source's markup states about a document, beyond plain text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Markup {
    /// Senders tagged in the markup (FRUS `gloss`/`persName[@type="from"]`).
    pub senders: Vec<Extracted<Actor>>,
    /// Recipients tagged in the markup (`@type="to"`).
    pub recipients: Vec<Extracted<Actor>>,
    /// Participants listed in the markup (`list[@type="participants"]`).
    pub participants: Vec<Extracted<Actor>>,
    /// Spans tagged inside the body.
    pub spans: Vec<MarkupSpan>,
    /// Footnotes, in order.
    pub footnotes: Vec<Footnote>,
}

/// A person in a source's own authority list (the FRUS List of Persons).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonAuthority {
    /// The list's id for the person (`p_RD1`).
    pub id: String,
    /// The name as listed ("Rusk, Dean").
    pub name: String,
    /// Other spellings the list gives (bracketed or parenthesized variants).
    pub variants: Vec<String>,
    /// The role text ("Secretary of State from January 1961").
    pub role: String,
    /// For a cross-reference stub ("Zhou Enlai, see Chou En-lai"): the id it points to.
    pub see: Option<String>,
}

/// A term in a source's own abbreviation list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermAuthority {
    /// The list's id (`t_USIA1`).
    pub id: String,
    /// The abbreviation (`USIA`).
    pub term: String,
    /// Its expansion (`United States Information Agency`).
    pub expansion: String,
}

/// The authority lists a source ships (one per FRUS volume), shared by all of
/// its documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authority {
    /// Where the lists came from (e.g. the FRUS volume id `frus1961-63v22`).
    pub source: String,
    /// Persons, in list order.
    pub persons: Vec<PersonAuthority>,
    /// Terms, in list order.
    pub terms: Vec<TermAuthority>,
}

/// What a document is and where it came from: set by the parser and carried
/// unchanged, by value, through every later stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocMeta {
    /// Stable id (see [`DocId`]).
    pub id: DocId,
    /// Where the document came from.
    pub source: Source,
    /// Collection name, e.g. `wilson`.
    pub collection: String,
    /// Input format.
    pub format: Format,
    /// Detected page layout.
    pub layout: Layout,
    /// Byte offset of the body in the decoded source, for provenance.
    pub body_offset: usize,
    /// True when the record is cut off before its end (the stored page was truncated).
    pub truncated: bool,
    /// Boilerplate lines that were dropped, with their source offsets, so nothing
    /// disappears without a trace.
    pub dropped: Vec<Evidence>,
    /// The source's authority lists, shared by every document of the source.
    /// Not serialized with the document: it is the source's, not the document's.
    #[serde(skip)]
    pub authority: Option<std::sync::Arc<Authority>>,
    /// The decoded input the [`TextField::Source`] offsets point into (a whole
    /// FRUS volume, a Wilson page, one JSONL line), shared by every document
    /// read from it. Not serialized: it is the input, not the document.
    #[serde(skip)]
    pub source_text: std::sync::Arc<str>,
}

impl DocMeta {
    /// A document `id` of `format` and `layout` read from `source`, body at
    /// offset 0, complete, nothing dropped, no authority lists.
    pub fn new(id: DocId, source: Source, collection: &str, format: Format, layout: Layout) -> Self {
        DocMeta {
            id,
            source,
            collection: collection.to_owned(),
            format,
            layout,
            body_offset: 0,
            truncated: false,
            dropped: Vec::new(),
            authority: None,
            source_text: std::sync::Arc::from(""),
        }
    }

    /// The same record with `source_text` as the text its source offsets point into.
    pub fn with_source_text(self, source_text: std::sync::Arc<str>) -> Self {
        DocMeta { source_text, ..self }
    }
}

/// A document as it leaves the parse stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedDoc {
    /// What the document is and where it came from.
    pub meta: DocMeta,
    /// Header fields.
    pub fields: Fields,
    /// The document text proper, without page furniture, as in the source.
    pub body: String,
    /// What the source's markup states (empty for formats without markup).
    pub markup: Markup,
    /// Everything odd that was noticed.
    pub diagnostics: Vec<Diagnostic>,
}

/// A document as it leaves the normalize stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NormalizedDoc {
    /// What the document is and where it came from (unchanged from parsing).
    pub meta: DocMeta,
    /// Header fields with normalized values.
    pub fields: Fields,
    /// Normalized body: NFC, `\n` line endings, single spaces, paragraphs separated
    /// by one blank line. Words are never changed beyond that.
    pub body: String,
    /// What the source's markup states, spans mapped into the normalized body.
    pub markup: Markup,
    /// The document's own date, from its date line (or citation when there is none).
    pub date: Option<Extracted<DateValue>>,
    /// Editorial apparatus found in the body.
    pub editorial: Vec<EditorialSpan>,
    /// Everything odd that was noticed so far.
    pub diagnostics: Vec<Diagnostic>,
}

impl Fields {
    /// The normalized value of the header field `field` names, if any.
    pub fn text(&self, field: TextField) -> Option<&str> {
        let value = match field {
            TextField::Title => &self.title,
            TextField::DateLine => &self.date_line,
            TextField::Summary => &self.summary,
            TextField::RelatedSummary => &self.related_summary,
            TextField::RelatedDocuments => &self.related_documents,
            TextField::Citation => &self.citation,
            TextField::ArchivalRef => &self.archival_ref,
            TextField::SourceNote => &self.source_note,
            TextField::Source | TextField::Body => return None,
        };
        value.as_ref().map(|v| v.value.as_str())
    }
}

impl ParsedDoc {
    /// The text `evidence` points into (the decoded source, the parsed body or
    /// a header value), sliced: its words.
    pub fn text(&self, evidence: &Evidence) -> &str {
        let field_text = match evidence.field {
            TextField::Source => Some(&*self.meta.source_text),
            TextField::Body => Some(self.body.as_str()),
            field => self.fields.text(field),
        };
        evidence.of(field_text.unwrap_or_default())
    }
}

impl NormalizedDoc {
    /// The whole text of `field`: the decoded source, the normalized body or a
    /// normalized header value (empty when the document has none).
    pub fn field_text(&self, field: TextField) -> &str {
        match field {
            TextField::Source => &self.meta.source_text,
            TextField::Body => &self.body,
            field => self.fields.text(field).unwrap_or_default(),
        }
    }

    /// The words `evidence` points at.
    pub fn text(&self, evidence: &Evidence) -> &str {
        evidence.of(self.field_text(evidence.field))
    }
}

/// A document as it leaves the enrich stage: the full record that is exported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EnrichedDoc {
    /// The normalized document.
    pub doc: NormalizedDoc,
    /// What kind of document it is.
    pub doc_type: Extracted<DocType>,
    /// Who sent or wrote it.
    pub senders: Vec<Extracted<Actor>>,
    /// Who it was addressed to.
    pub recipients: Vec<Extracted<Actor>>,
    /// Participants of a conversation or meeting.
    pub participants: Vec<Extracted<Actor>>,
    /// Security classification and handling markings.
    pub markings: Vec<Extracted<Marking>>,
    /// Archival references, parsed.
    pub archival_refs: Vec<Extracted<ArchivalRef>>,
    /// Everything else found in the text (dates mentioned in the body, …).
    pub mentions: Vec<Mention>,
    /// Entities the document links: sender → recipient, co-mentions.
    pub relations: Vec<Relation>,
    /// Diagnostics added by enrichment (the document's earlier ones stay in `doc`).
    pub diagnostics: Vec<Diagnostic>,
}

impl EnrichedDoc {
    /// The words `evidence` points at (see [`NormalizedDoc::text`]).
    pub fn text(&self, evidence: &Evidence) -> &str {
        self.doc.text(evidence)
    }
}

/// An input, or a record inside one, that could not be processed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reject {
    /// Display path of the input file.
    pub path: String,
    /// Record position inside a multi-record file, when the damage is local to one.
    pub record_key: Option<String>,
    /// Stable snake_case reason code, e.g. `empty`, `binary`, `invalid_utf8`.
    pub reason: String,
    /// Human-readable detail naming the offset/line and what was expected.
    pub detail: String,
    /// Byte offset where the problem was found, when known.
    pub offset: Option<u64>,
    /// 1-based line where the problem was found, when known.
    pub line: Option<u64>,
}
