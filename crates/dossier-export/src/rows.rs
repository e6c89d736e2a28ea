//! The flat CSV rows: one per document (`documents.csv`) and one per extracted
//! span (`mentions.csv`).

use dossier_model::{ArchivalRef, Diagnostic, EnrichedDoc, Evidence, Extracted, MarkingKind, Mention, NormalizedDoc};
use serde::Serialize;

use crate::columns::ColumnType::{Boolean, Day, Float, Integer, List, PartialDate, Text};
use crate::columns::{Column, names};

use crate::record::{actor_kind, marking_kind};

/// Separator between the values of a multi-valued CSV cell.
pub const LIST_SEPARATOR: &str = " | ";

/// The columns of [`DocumentRow`], in order, each with its one description: the
/// dataset card, the SQLite and Parquet types and the README's table are read
/// from here.
pub const DOCUMENT_COLUMNS_DOCS: [Column; 37] = [
    Column::new(
        "id",
        Text,
        "stable document id: 16 hex digits of BLAKE3 over the input file's hash and the record's key inside the file. Independent of processing order and of where the file sits",
    ),
    Column::new("collection", Text, "`wilson`, `frus`, `jsonl` (or a JSONL record's own `collection`), `plain`"),
    Column::new("format", Text, "`wilson_page`, `frus_tei`, `jsonl`, `plain_text`"),
    Column::new(
        "layout",
        Text,
        "detected page layout (`current_site`, `current_site_with_values`, `dvinci`, `old_site`, `pdf_export`, `summary_first`, `frus_document`, `jsonl_record`, `plain`; the README's Input section describes each)",
    ),
    Column::new(
        "source_path",
        Text,
        "input path: the name of the input root given on the command line, then the path below it",
    ),
    Column::new("source_blake3", Text, "BLAKE3 of the input file's bytes"),
    Column::new("record_id", Text, "the archive's record id, e.g. `118197`"),
    Column::new("url", Text, "the record's URL as printed in the page"),
    Column::new("title", Text, "title"),
    Column::new("place", Text, "place of writing from the dateline (FRUS)"),
    Column::new("date_raw", Text, "the document date as written"),
    Column::new(
        "date",
        PartialDate,
        "ISO date at its precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; empty when unreadable",
    ),
    Column::new("date_precision", Text, "`day`, `month`, `year`, or empty"),
    Column::new("date_min", Day, "first day the date can mean (`1980-11` → `1980-11-01`)"),
    Column::new("date_max", Day, "last day the date can mean (`1980-11` → `1980-11-30`)"),
    Column::new(
        "doc_type",
        Text,
        "`cable`, `telegram`, `ciphered_telegram`, `memorandum_of_conversation`, `record_of_conversation`, `letter`, `minutes`, `report`, `speech`, `note`, `resolution`, `transcript`, `memorandum`, `diary`, `editorial_note`, `intelligence_estimate`, `record_of_action`, `other`",
    ),
    Column::new(
        "senders",
        List,
        "who sent or wrote it, as written, without a leading \"the\": named in the title or the markup, else read from the body (its `From:` line, the writer a summary names, the signature)",
    ),
    Column::new(
        "recipients",
        List,
        "to whom it was addressed, as written, without a leading \"the\": named in the title or the markup, else read from the body (its address block, `To:` line or routing lines)",
    ),
    Column::new(
        "participants",
        List,
        "participants of a conversation or meeting, as written: named in the title or the markup",
    ),
    Column::new(
        "classification",
        List,
        "security classifications (`Top Secret`, `Secret`, `Strictly Secret`, `Confidential`, `Highly Confidential`, the Soviet `Of Special Importance`, the Polish `Of Special Significance`, the British and Japanese `Restricted` …), read from the header lines (also as a registry number's suffix or bracket, `57/1961./top secret`, `A/1-00243/21-62 (Top secret)`), the FRUS source note and the current site's `Original Classification` label",
    ),
    Column::new("handling", List, "handling and precedence markings (`Top Priority`, `Urgent`, `Niact`, `Special` …)"),
    Column::new("archival_ref", List, "the archival reference as printed"),
    Column::new("repository", List, "repository of each reference (`PRC FMA`, `APRF`, `AVPRF`, `MOL` …)"),
    Column::new(
        "archive_file",
        List,
        "file of each reference: the file number, or `f. …, op. …, d. …` for Russian archives",
    ),
    Column::new("pages", List, "pages, or folios (`list`), of each reference"),
    Column::new("translator", Text, "from \"Translated by …\""),
    Column::new("funder", Text, "from \"This document was made possible with support from …\""),
    Column::new("original_language", Text, "as stated by the archive"),
    Column::new("contents_label", Text, "e.g. `Translation - English`, `English HTML`"),
    Column::new("summary", Text, "the archive's summary"),
    Column::new("truncated", Boolean, "`true` when the stored record is cut off before its end"),
    Column::new("n_body_chars", Integer, "characters (Unicode scalar values) in the normalized body"),
    Column::new("n_editorial", Integer, "editorial spans in the body"),
    Column::new("n_mentions", Integer, "this document's rows in `mentions.csv`"),
    Column::new(
        "diagnostics",
        List,
        "codes of everything odd noticed (`truncated`, `no_date`, …), each once in the order first noticed; a repeated one with its count and first offsets (`unclosed_bracket ×3120 (body 10, 52, 97, …)`); at most 300 bytes, the full list with messages is in `documents.jsonl`",
    ),
    Column::new(
        "cluster_id",
        Text,
        "the document's group of copies, as in `clusters.csv` (the group's smallest document id; its own id when linked to nothing); empty when the run did not link (`--no-links`, a `--shard` part: `dossier links` writes `clusters.csv` for the parts)",
    ),
    Column::new(
        "is_canonical",
        Boolean,
        "`true` for the group's most complete copy (the longest body; ties: the smallest id), so `WHERE is_canonical` counts each record once; empty when the run did not link",
    ),
];

/// Column names of [`DocumentRow`], in order.
pub const DOCUMENT_COLUMNS: [&str; 37] = names(&DOCUMENT_COLUMNS_DOCS);

/// One row of `documents.csv`. Column order is the field order below.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DocumentRow {
    /// Stable document id.
    pub id: String,
    /// Collection (`wilson`).
    pub collection: String,
    /// Input format.
    pub format: String,
    /// Page layout.
    pub layout: String,
    /// Input path relative to its input root.
    pub source_path: String,
    /// BLAKE3 of the input file.
    pub source_blake3: String,
    /// Archive record id.
    pub record_id: String,
    /// Record URL.
    pub url: String,
    /// Title.
    pub title: String,
    /// Place of writing (dateline).
    pub place: String,
    /// Date as written.
    pub date_raw: String,
    /// ISO date at its precision.
    pub date: String,
    /// `day`, `month`, `year` or empty.
    pub date_precision: String,
    /// First day the date can mean.
    pub date_min: String,
    /// Last day the date can mean.
    pub date_max: String,
    /// Document type.
    pub doc_type: String,
    /// Senders, ` | `-separated.
    pub senders: String,
    /// Recipients, ` | `-separated.
    pub recipients: String,
    /// Participants, ` | `-separated.
    pub participants: String,
    /// Classification labels, ` | `-separated.
    pub classification: String,
    /// Handling labels, ` | `-separated.
    pub handling: String,
    /// Archival reference as printed.
    pub archival_ref: String,
    /// Repositories of every reference, ` | `-separated.
    pub repository: String,
    /// File of every reference (file number or fond/opis/delo), ` | `-separated.
    pub archive_file: String,
    /// Pages or folios of every reference, ` | `-separated.
    pub pages: String,
    /// Translator.
    pub translator: String,
    /// Funder.
    pub funder: String,
    /// Original language.
    pub original_language: String,
    /// Contents label.
    pub contents_label: String,
    /// Summary.
    pub summary: String,
    /// `true` when the stored record is cut off.
    pub truncated: bool,
    /// Number of characters (Unicode scalar values) in the normalized body.
    pub n_body_chars: usize,
    /// Number of editorial spans.
    pub n_editorial: usize,
    /// Number of rows this document has in `mentions.csv`.
    pub n_mentions: usize,
    /// Diagnostic codes, ` | `-separated, in stage order.
    pub diagnostics: String,
    /// The group of copies the document belongs to; empty until the run's
    /// linking fills it in ([`crate::fill_document_clusters`]).
    pub cluster_id: String,
    /// `true` for the group's most complete copy; empty until linked.
    pub is_canonical: Option<bool>,
}

fn value(x: &Option<Extracted<String>>) -> String {
    x.as_ref().map(|x| x.value.clone()).unwrap_or_default()
}

fn join<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> String {
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(LIST_SEPARATOR);
        }
        out.push_str(item.as_ref());
    }
    out
}

/// The most bytes the `diagnostics` cell of `documents.csv` holds; the full
/// list, with messages, is in `documents.jsonl`.
pub const MAX_DIAGNOSTICS_CELL: usize = 300;

/// How many offsets of a repeated diagnostic the cell names.
const N_OFFSETS_SHOWN: usize = 3;

/// The `diagnostics` cell: each code once, in the order first noticed, with
/// its count and first offsets when it repeats (`unclosed_bracket ×3120 (body
/// 10, 52, 97, …)`), cut at [`MAX_DIAGNOSTICS_CELL`] bytes with a pointer to
/// `documents.jsonl`. A text with thousands of odd brackets thus keeps a
/// readable cell instead of a 400 KB one.
fn diagnostics_cell<'a>(diagnostics: impl Iterator<Item = &'a Diagnostic>) -> String {
    let mut codes: Vec<(&str, Vec<&Diagnostic>)> = Vec::new();
    for d in diagnostics {
        match codes.iter_mut().find(|(code, _)| *code == d.code) {
            Some((_, seen)) => seen.push(d),
            None => codes.push((&d.code, vec![d])),
        }
    }
    let items: Vec<String> = codes
        .iter()
        .map(|(code, seen)| {
            if seen.len() == 1 {
                return (*code).to_owned();
            }
            let offsets: Vec<String> = seen
                .iter()
                .filter_map(|d| d.evidence.as_ref())
                .take(N_OFFSETS_SHOWN)
                .map(|e| e.start.to_string())
                .collect();
            let field = seen.iter().find_map(|d| d.evidence.as_ref()).map(|e| e.field.as_str());
            match field {
                Some(field) if !offsets.is_empty() => {
                    let more = if seen.len() > offsets.len() { ", …" } else { "" };
                    format!("{code} ×{} ({field} {}{more})", seen.len(), offsets.join(", "))
                }
                _ => format!("{code} ×{}", seen.len()),
            }
        })
        .collect();
    let cell = join(&items);
    if cell.len() <= MAX_DIAGNOSTICS_CELL {
        return cell;
    }
    const MORE: &str = "… (full list in documents.jsonl)";
    let mut out = String::new();
    for item in &items {
        let next = out.len() + LIST_SEPARATOR.len() + item.len();
        if next + LIST_SEPARATOR.len() + MORE.len() > MAX_DIAGNOSTICS_CELL {
            break;
        }
        if !out.is_empty() {
            out.push_str(LIST_SEPARATOR);
        }
        out.push_str(item);
    }
    if !out.is_empty() {
        out.push_str(LIST_SEPARATOR);
    }
    out.push_str(MORE);
    out
}

/// The file part of an archival reference: the file number, else fond/opis/delo.
fn archive_file(r: &ArchivalRef) -> String {
    if let Some(file) = &r.file {
        return file.clone();
    }
    let parts: Vec<String> = [("f.", &r.fond), ("op.", &r.opis), ("d.", &r.delo), ("papka", &r.papka)]
        .iter()
        .filter_map(|(label, v)| v.as_ref().map(|v| format!("{label} {v}")))
        .collect();
    parts.join(", ")
}

/// Maps an enriched document to its `documents.csv` row.
pub fn document_row(e: &EnrichedDoc) -> DocumentRow {
    let d = &e.doc;
    let f = &d.fields;
    let date = d.date.as_ref().map(|x| &x.value);
    let markings = |kind: MarkingKind| join(e.markings.iter().filter(|m| m.value.kind == kind).map(|m| &m.value.label));
    let refs = || e.archival_refs.iter().map(|r| &r.value);
    DocumentRow {
        id: d.meta.id.0.clone(),
        collection: d.meta.collection.clone(),
        format: d.meta.format.as_str().to_owned(),
        layout: d.meta.layout.as_str().to_owned(),
        source_path: d.meta.source.path.clone(),
        source_blake3: d.meta.source.blake3.clone(),
        record_id: value(&f.record_id),
        url: value(&f.url),
        title: value(&f.title),
        place: value(&f.place),
        date_raw: date.map(|d| d.raw.clone()).unwrap_or_default(),
        date: date.and_then(|d| d.iso.clone()).unwrap_or_default(),
        date_precision: date.and_then(|d| d.precision).map(|p| p.as_str().to_owned()).unwrap_or_default(),
        date_min: date.and_then(|d| d.min.clone()).unwrap_or_default(),
        date_max: date.and_then(|d| d.max.clone()).unwrap_or_default(),
        doc_type: e.doc_type.value.as_str().to_owned(),
        senders: join(e.senders.iter().map(|a| &a.value.name)),
        recipients: join(e.recipients.iter().map(|a| &a.value.name)),
        participants: join(e.participants.iter().map(|a| &a.value.name)),
        classification: markings(MarkingKind::Classification),
        handling: markings(MarkingKind::Handling),
        archival_ref: value(&f.archival_ref),
        repository: join(refs().map(|r| r.repository.clone().unwrap_or_default())),
        archive_file: join(refs().map(archive_file)),
        pages: join(refs().map(|r| r.pages.clone().or_else(|| r.list.clone()).unwrap_or_default())),
        translator: value(&f.translator),
        funder: value(&f.funder),
        original_language: value(&f.original_language),
        contents_label: value(&f.contents_label),
        summary: value(&f.summary),
        truncated: d.meta.truncated,
        n_body_chars: d.body.chars().count(),
        n_editorial: d.editorial.len(),
        n_mentions: mention_rows(e).len(),
        diagnostics: diagnostics_cell(d.diagnostics.iter().chain(&e.diagnostics)),
        cluster_id: String::new(),
        is_canonical: None,
    }
}

/// The columns of [`MentionRow`], in order, each with its one description: the
/// dataset card, the SQLite and Parquet types and the README's table are read
/// from here.
pub const MENTION_COLUMNS_DOCS: [Column; 13] = [
    Column::new("doc_id", Text, "the document's `id`"),
    Column::new(
        "category",
        Text,
        "`field` (a header value), `date` (the document date or a date in the text), `doc_type`, `actor`, `marking`, `archival_ref`, `editorial`, `markup` (a span the source's own markup tagged; `value` = the id it points at), `person`, `place`, `organization` (`value` = the entity's canonical name)",
    ),
    Column::new(
        "kind",
        Text,
        "finer kind: the field name (`title`, `translator`, `site_metadata:Source` …), `document_date`, `date`, `sender`/`recipient`/`participant`, `classification`/`handling`, `elision`/`gloss`/`insertion`/`sic`/`uncertain`/`illegible`/`translator_note`/`redaction`",
    ),
    Column::new(
        "field",
        Text,
        "the text the offsets point into: `source` (the decoded input file), `title`, `date_line`, `summary`, `related_summary` (a related record's summary a dvinci page prints before its date line), `related_documents` (the page's `Related Documents` list of other records' dates, titles and summaries; names there are those records', not this one's), `citation`, `archival_ref`, `body` (normalized texts as in `documents.jsonl`)",
    ),
    Column::new("start", Integer, "UTF-8 byte offsets of the span in that text"),
    Column::new("end", Integer, "UTF-8 byte offsets of the span in that text"),
    Column::new("text", Text, "the span's text"),
    Column::new(
        "value",
        Text,
        "the normalized value read from it (an ISO date, a canonical label, `glossed = gloss`, `repository=…; file=…; pages=…`)",
    ),
    Column::new("rule", Text, "the dotted name of the rule that produced it"),
    Column::new(
        "entity_id",
        Text,
        "for `person`, `place`, `organization`: the entity's id in `entities.csv`; empty otherwise",
    ),
    Column::new(
        "method",
        Text,
        "for those: how it was found (`markup`, `title`, `address`, `gloss`, `dateline`, `honorific`, `honorific_post`, `name_table`, `authority`, `document`, `name_pattern`, `appositive_office`, `age`, `kin`, `office_bracket`, `role_label`, `list`, `distribution`, `context`, `signature`, `writer`, `surname`, `han_name`, `model`, `office_by_date`, `gazetteer`, `cjk_name`, `formal_name`, `division`, `compound`, `divided_half`, `site`, `feature`, `org_pattern`, `abbreviation`); empty otherwise",
    ),
    Column::new(
        "confidence",
        Float,
        "for those: between 0 and 1, two decimals, a rough ordinal measure (not a probability); empty otherwise",
    ),
    Column::new(
        "office",
        Text,
        "for a person named by an office (method `office_by_date`: `the Secretary`, `the Under Secretary`, `the President`, `the Ambassador` in a telegram from or to a US embassy, in a US government record): the office as POCOM names it (`secretary`, `under-secretary`, `chief-of-mission`) or `president`; the person is whoever held it at the document's date (`start ≤ date < end` in `data/authority/offices.tsv.gz`), confidence 0.80, or 0.50 within a month of a change of office. Nothing is linked when the office was vacant that day, or when the text names someone else with the same title (`President Yun`). In any record, a sovereign named by the title alone (`the Shah`, `Shah` of `Shah of Iran`) is the holder at the document's date in `data/lexicon/sovereigns.tsv`, office the title (`shah`), confidence 0.80; empty otherwise",
    ),
];

/// Column names of [`MentionRow`], in order.
pub const MENTION_COLUMNS: [&str; 13] = names(&MENTION_COLUMNS_DOCS);

/// One row of `mentions.csv`: one extracted span with its provenance.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MentionRow {
    /// Document id.
    pub doc_id: String,
    /// `field`, `date`, `doc_type`, `actor`, `marking`, `archival_ref`, `editorial`, `markup`,
    /// `person`, `place`, `organization`.
    pub category: String,
    /// Finer kind within the category (`title`, `sender`, `classification`, `gloss` …).
    pub kind: String,
    /// Which text the offsets refer to.
    pub field: String,
    /// UTF-8 byte offset of the span in that text.
    pub start: usize,
    /// UTF-8 byte offset one past the span.
    pub end: usize,
    /// The span's text.
    pub text: String,
    /// The normalized value read from it.
    pub value: String,
    /// The rule that produced it.
    pub rule: String,
    /// For people, places and organizations: the linked entity's id (a row of
    /// `entities.csv`); empty otherwise.
    pub entity_id: String,
    /// For people, places and organizations: how the mention was recognised
    /// or linked (`markup`, `title`, `honorific`, `gazetteer` …); empty otherwise.
    pub method: String,
    /// For people, places and organizations: confidence between 0 and 1, two
    /// decimals; empty otherwise.
    pub confidence: String,
    /// For a person named by an office (`the Secretary`, method
    /// `office_by_date`): the office's id; empty otherwise.
    pub office: String,
}

fn row(doc: &NormalizedDoc, category: &str, kind: &str, ev: &Evidence, value: String, rule: &str) -> MentionRow {
    MentionRow {
        doc_id: doc.meta.id.0.clone(),
        category: category.to_owned(),
        kind: kind.to_owned(),
        field: ev.field.as_str().to_owned(),
        start: ev.start,
        end: ev.end,
        text: doc.text(ev).to_owned(),
        value,
        rule: rule.to_owned(),
        entity_id: String::new(),
        method: String::new(),
        confidence: String::new(),
        office: String::new(),
    }
}

/// A confidence as written in CSV files: two decimals.
pub(crate) fn confidence_cell(confidence: Option<f32>) -> String {
    confidence.map(|c| format!("{c:.2}")).unwrap_or_default()
}

/// Maps an enriched document to its `mentions.csv` rows, in a fixed order:
/// header fields, document date, type, actors, markings, archival references,
/// editorial spans, then mentions found in the text.
pub fn mention_rows(e: &EnrichedDoc) -> Vec<MentionRow> {
    let d = &e.doc;
    let f = &d.fields;
    let mut rows = Vec::new();
    let named = [
        ("record_id", &f.record_id),
        ("url", &f.url),
        ("date_line", &f.date_line),
        ("title", &f.title),
        ("summary", &f.summary),
        ("related_summary", &f.related_summary),
        ("related_documents", &f.related_documents),
        ("citation", &f.citation),
        ("archival_ref", &f.archival_ref),
        ("translator", &f.translator),
        ("funder", &f.funder),
        ("original_language", &f.original_language),
        ("contents_label", &f.contents_label),
        ("date_when", &f.date_when),
        ("time", &f.time),
        ("place", &f.place),
        ("doc_number", &f.doc_number),
        ("source_note", &f.source_note),
    ];
    for (kind, x) in named {
        if let Some(x) = x {
            rows.push(row(d, "field", kind, &x.evidence, x.value.clone(), &x.rule));
        }
    }
    for x in &f.subjects {
        rows.push(row(d, "field", "subject", &x.evidence, x.value.clone(), &x.rule));
    }
    for x in &f.signers {
        rows.push(row(d, "field", "signer", &x.evidence, x.value.clone(), &x.rule));
    }
    for (label, x) in &f.site_metadata {
        rows.push(row(d, "field", &format!("site_metadata:{label}"), &x.evidence, x.value.clone(), &x.rule));
    }
    if let Some(x) = &d.date {
        let v = x.value.iso.clone().unwrap_or_default();
        rows.push(row(d, "date", "document_date", &x.evidence, v, &x.rule));
    }
    let t = &e.doc_type;
    rows.push(row(d, "doc_type", "doc_type", &t.evidence, t.value.as_str().to_owned(), &t.rule));
    for (kind, actors) in [("sender", &e.senders), ("recipient", &e.recipients), ("participant", &e.participants)] {
        for a in actors {
            let v = format!("{} ({})", a.value.name, actor_kind(a.value.kind));
            rows.push(row(d, "actor", kind, &a.evidence, v, &a.rule));
        }
    }
    for m in &e.markings {
        rows.push(row(d, "marking", marking_kind(&m.value), &m.evidence, m.value.label.clone(), &m.rule));
    }
    for r in &e.archival_refs {
        let v = &r.value;
        let parts = [
            ("repository", &v.repository),
            ("file", &v.file),
            ("fond", &v.fond),
            ("opis", &v.opis),
            ("delo", &v.delo),
            ("papka", &v.papka),
            ("list", &v.list),
            ("pages", &v.pages),
        ];
        let value =
            parts.iter().filter_map(|(k, x)| x.as_ref().map(|x| format!("{k}={x}"))).collect::<Vec<_>>().join("; ");
        rows.push(row(d, "archival_ref", "archival_ref", &r.evidence, value, &r.rule));
    }
    for s in &d.editorial {
        let ev = Evidence { field: dossier_model::TextField::Body, start: s.start, end: s.end };
        let value = match &s.glossed {
            Some(glossed) => format!("{glossed} = {}", s.content),
            None => s.content.clone(),
        };
        rows.push(row(d, "editorial", s.kind.as_str(), &ev, value, &s.rule));
    }
    for s in &d.markup.spans {
        let ev = Evidence { field: dossier_model::TextField::Body, start: s.start, end: s.end };
        let value = s.target.clone().unwrap_or_default();
        rows.push(row(d, "markup", s.kind.as_str(), &ev, value, "markup"));
    }
    for m in &e.mentions {
        let kind = m.kind().as_str();
        let r = match m {
            Mention::Date(date) => row(d, kind, kind, &date.evidence, m.value().to_owned(), &date.rule),
            Mention::Entity(e) => {
                let mut r = row(d, kind, kind, &e.evidence, m.value().to_owned(), &e.rule());
                r.entity_id = e.entity.id.clone();
                r.method = e.method.to_owned();
                r.confidence = confidence_cell(Some(e.confidence));
                r.office = e.office.unwrap_or_default().to_owned();
                r
            }
        };
        rows.push(r);
    }
    rows
}

impl DocumentRow {
    /// Neutralizes every text cell for spreadsheets (see [`neutralize_cell`]).
    pub fn neutralize(&mut self) {
        neutralize_in_place(&mut self.id);
        neutralize_in_place(&mut self.collection);
        neutralize_in_place(&mut self.format);
        neutralize_in_place(&mut self.layout);
        neutralize_in_place(&mut self.source_path);
        neutralize_in_place(&mut self.source_blake3);
        neutralize_in_place(&mut self.record_id);
        neutralize_in_place(&mut self.url);
        neutralize_in_place(&mut self.title);
        neutralize_in_place(&mut self.place);
        neutralize_in_place(&mut self.date_raw);
        neutralize_in_place(&mut self.date);
        neutralize_in_place(&mut self.date_precision);
        neutralize_in_place(&mut self.date_min);
        neutralize_in_place(&mut self.date_max);
        neutralize_in_place(&mut self.doc_type);
        neutralize_in_place(&mut self.senders);
        neutralize_in_place(&mut self.recipients);
        neutralize_in_place(&mut self.participants);
        neutralize_in_place(&mut self.classification);
        neutralize_in_place(&mut self.handling);
        neutralize_in_place(&mut self.archival_ref);
        neutralize_in_place(&mut self.repository);
        neutralize_in_place(&mut self.archive_file);
        neutralize_in_place(&mut self.pages);
        neutralize_in_place(&mut self.translator);
        neutralize_in_place(&mut self.funder);
        neutralize_in_place(&mut self.original_language);
        neutralize_in_place(&mut self.contents_label);
        neutralize_in_place(&mut self.summary);
        neutralize_in_place(&mut self.diagnostics);
    }
}

impl MentionRow {
    /// Neutralizes every text cell for spreadsheets (see [`neutralize_cell`]).
    pub fn neutralize(&mut self) {
        neutralize_in_place(&mut self.doc_id);
        neutralize_in_place(&mut self.category);
        neutralize_in_place(&mut self.kind);
        neutralize_in_place(&mut self.field);
        neutralize_in_place(&mut self.text);
        neutralize_in_place(&mut self.value);
        neutralize_in_place(&mut self.rule);
        neutralize_in_place(&mut self.entity_id);
        neutralize_in_place(&mut self.method);
        neutralize_in_place(&mut self.confidence);
        neutralize_in_place(&mut self.office);
    }
}

fn neutralize_in_place(cell: &mut String) {
    if let std::borrow::Cow::Owned(safe) = neutralize_cell(cell) {
        *cell = safe;
    }
}

/// Makes a cell safe to open in a spreadsheet: a cell that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return would be read as a formula, so it gets a
/// leading apostrophe. The original text stays in `documents.jsonl`.
pub fn neutralize_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    // A plain number (`-77.0364`, a longitude) is read as a number, not a formula.
    if cell.starts_with('-') && cell.parse::<f64>().is_ok_and(f64::is_finite) {
        return std::borrow::Cow::Borrowed(cell);
    }
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => std::borrow::Cow::Owned(format!("'{cell}")),
        _ => std::borrow::Cow::Borrowed(cell),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &str) {
        assert_eq!(neutralize_cell(input), expect);
    }

    #[test]
    fn formula_cells_are_neutralized() {
        check("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")");
        check("+1", "'+1");
        check("-2+3", "'-2+3");
        check("-1-1", "'-1-1");
        check("@SUM(A1)", "'@SUM(A1)");
        check("\tx", "'\tx");
        check("\rx", "'\rx");
    }

    fn header_of<T: Default + Serialize>() -> String {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(T::default()).unwrap();
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        text.lines().next().unwrap().to_owned()
    }

    #[test]
    fn column_constants_match_the_row_types() {
        assert_eq!(header_of::<DocumentRow>(), DOCUMENT_COLUMNS.join(","));
        assert_eq!(header_of::<MentionRow>(), MENTION_COLUMNS.join(","));
    }

    #[test]
    fn ordinary_cells_are_untouched() {
        check("PRC FMA 118-01109-02, 30-31", "PRC FMA 118-01109-02, 30-31");
        check("", "");
        check("1962-06-21", "1962-06-21");
        // Plain numbers stay numbers: a longitude west of Greenwich.
        check("-77.0364", "-77.0364");
    }

    #[test]
    fn repeated_diagnostics_are_counted_and_the_cell_is_capped() {
        use dossier_model::TextField;
        let text = "(".repeat(5_000);
        let at = |start: usize| {
            let mut d = Diagnostic::warning("unclosed_bracket", "a `(` is never closed");
            d.evidence = Some(Evidence::new(TextField::Body, &text, start, start + 1));
            d
        };
        let mut all = vec![Diagnostic::warning("truncated", "cut")];
        all.extend((0..4_000).map(at));
        assert_eq!(diagnostics_cell(all.iter()), "truncated | unclosed_bracket ×4000 (body 0, 1, 2, …)");
        let many: Vec<Diagnostic> = (0..100).map(|n| Diagnostic::warning(&format!("code_{n}"), "x")).collect();
        let cell = diagnostics_cell(many.iter());
        assert!(cell.len() <= MAX_DIAGNOSTICS_CELL, "{cell}");
        assert!(cell.starts_with("code_0 | code_1") && cell.ends_with("… (full list in documents.jsonl)"), "{cell}");
        assert_eq!(diagnostics_cell([Diagnostic::warning("no_date", "x")].iter()), "no_date");
    }
}
