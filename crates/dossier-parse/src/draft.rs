//! The record under construction while a layout's extractor walks the text.
//!
//! Extractors only find spans; [`Draft`] turns them into [`Extracted`] values with
//! dotted rule names (`wilson.<layout>.<field>`) and source [`Evidence`], and keeps
//! the dropped boilerplate and the diagnostics together.

use dossier_model::{Diagnostic, Evidence, Extracted, Fields, Layout, TextField};

use crate::text::{Line, Span};

/// A single-valued header field of [`Fields`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    RecordId,
    Url,
    DateLine,
    Title,
    Summary,
    RelatedSummary,
    RelatedDocuments,
    Citation,
    ArchivalRef,
    Translator,
    Funder,
    OriginalLanguage,
    ContentsLabel,
}

impl Field {
    /// The field's name as used in rule names.
    fn name(self) -> &'static str {
        match self {
            Field::RecordId => "record_id",
            Field::Url => "url",
            Field::DateLine => "date_line",
            Field::Title => "title",
            Field::Summary => "summary",
            Field::RelatedSummary => "related_summary",
            Field::RelatedDocuments => "related_documents",
            Field::Citation => "citation",
            Field::ArchivalRef => "archival_ref",
            Field::Translator => "translator",
            Field::Funder => "funder",
            Field::OriginalLanguage => "original_language",
            Field::ContentsLabel => "contents_label",
        }
    }

    /// The slot in [`Fields`] that holds this field.
    fn slot(self, fields: &mut Fields) -> &mut Option<Extracted<String>> {
        match self {
            Field::RecordId => &mut fields.record_id,
            Field::Url => &mut fields.url,
            Field::DateLine => &mut fields.date_line,
            Field::Title => &mut fields.title,
            Field::Summary => &mut fields.summary,
            Field::RelatedSummary => &mut fields.related_summary,
            Field::RelatedDocuments => &mut fields.related_documents,
            Field::Citation => &mut fields.citation,
            Field::ArchivalRef => &mut fields.archival_ref,
            Field::Translator => &mut fields.translator,
            Field::Funder => &mut fields.funder,
            Field::OriginalLanguage => &mut fields.original_language,
            Field::ContentsLabel => &mut fields.contents_label,
        }
    }
}

/// What one layout extractor found in one decoded text.
#[derive(Debug)]
pub(crate) struct Draft<'t> {
    /// The decoded text all spans point into.
    pub text: &'t str,
    /// The layout being extracted.
    pub layout: Layout,
    /// Header fields found so far.
    pub fields: Fields,
    /// The body, when one was found (possibly empty, to keep its position).
    pub body: Option<Span>,
    /// Why the record is considered cut off, with the line where that shows.
    pub truncated: Option<(String, Option<Span>)>,
    /// Boilerplate that was recognised and left out.
    pub dropped: Vec<Evidence>,
    /// Odd-but-usable findings.
    pub diagnostics: Vec<Diagnostic>,
}

impl<'t> Draft<'t> {
    /// An empty draft for `text` in `layout`.
    pub fn new(text: &'t str, layout: Layout) -> Self {
        Draft {
            text,
            layout,
            fields: Fields::default(),
            body: None,
            truncated: None,
            dropped: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    /// Source evidence for `span`.
    pub fn evidence(&self, span: Span) -> Evidence {
        Evidence::new(TextField::Source, self.text, span.start, span.end)
    }

    /// The rule name `wilson.<layout>.<what>`.
    pub fn rule(&self, what: &str) -> String {
        format!("wilson.{}.{what}", self.layout.as_str())
    }

    /// Sets `field` from `span` under rule `wilson.<layout>.<how>`, unless it is
    /// already set (the first finding wins) or the span is empty.
    pub fn set(&mut self, field: Field, span: Span, how: &str) {
        let span = span.trim(self.text);
        if span.is_empty() || field.slot(&mut self.fields).is_some() {
            return;
        }
        let extracted = Extracted::new(span.of(self.text).to_owned(), self.rule(how), self.evidence(span));
        *field.slot(&mut self.fields) = Some(extracted);
    }

    /// Sets `field` under the rule named after the field itself.
    pub fn set_plain(&mut self, field: Field, span: Span) {
        self.set(field, span, field.name());
    }

    /// Records `label → value` in the site metadata.
    pub fn set_metadata(&mut self, label: &str, value: Span) {
        let value = value.trim(self.text);
        if value.is_empty() || self.fields.site_metadata.contains_key(label) {
            return;
        }
        let extracted =
            Extracted::new(value.of(self.text).to_owned(), self.rule("site_metadata"), self.evidence(value));
        self.fields.site_metadata.insert(label.to_owned(), extracted);
    }

    /// Records a boilerplate span as dropped.
    pub fn drop_span(&mut self, span: Span) {
        let span = span.trim(self.text);
        if !span.is_empty() {
            let evidence = self.evidence(span);
            self.dropped.push(evidence);
        }
    }

    /// Records a boilerplate line as dropped.
    pub fn drop_line(&mut self, line: Line) {
        self.drop_span(line.span);
    }

    /// Adds a warning, pointing at `span` when given.
    pub fn warn(&mut self, code: &str, message: String, span: Option<Span>) {
        let mut diagnostic = Diagnostic::warning(code, message);
        if let Some(span) = span {
            diagnostic = diagnostic.with_evidence(self.evidence(span));
        }
        self.diagnostics.push(diagnostic);
    }

    /// Adds an informational note, pointing at `span` when given.
    pub fn note(&mut self, code: &str, message: String, span: Option<Span>) {
        let mut diagnostic = Diagnostic::info(code, message);
        if let Some(span) = span {
            diagnostic = diagnostic.with_evidence(self.evidence(span));
        }
        self.diagnostics.push(diagnostic);
    }

    /// Marks the record as cut off, explaining why.
    pub fn mark_truncated(&mut self, reason: String, at: Option<Span>) {
        if self.truncated.is_none() {
            self.truncated = Some((reason, at));
        }
    }

    /// Reads translator and archival reference from a citation-like span.
    pub fn credits_from_citation(&mut self, citation: Span) {
        if let Some(found) = crate::text::archival_ref_in_citation(self.text, citation) {
            self.set(Field::ArchivalRef, found, "citation_archival_ref");
        }
        if let Some(found) = crate::text::translator(self.text, citation) {
            self.set(Field::Translator, found, "citation_translator");
        }
    }

    /// Reads a quoted archive citation (`"Title," Date, History and Public Policy
    /// Program Digital Archive, <reference>. Translated by …. <URL>`): the citation
    /// itself, the title quoted at its start (set with rule `citation_title`), the
    /// archival reference, the translator and the URL.
    pub fn citation(&mut self, line: Span) {
        let mut citation = line;
        if let Some(url) = self.url_from(line, "citation_url") {
            citation = line.until(url.start);
        }
        self.set_plain(Field::Citation, citation);
        if let Some(found) = crate::text::citation_title(self.text, citation) {
            self.set(Field::Title, found, "citation_title");
        }
        self.credits_from_citation(citation);
    }

    /// Reads the URL (and the record id inside it) from `span`, returning the
    /// whole URL match so the caller can cut it out of a citation.
    pub fn url_from(&mut self, span: Span, how: &str) -> Option<Span> {
        let (whole, bare) = crate::text::url(self.text, span)?;
        self.set(Field::Url, bare, how);
        if let Some(id) = crate::text::record_id_in_url(self.text, bare) {
            self.set(Field::RecordId, id, "url_record_id");
        }
        Some(whole)
    }

    /// Adds the diagnostics every layout shares: missing date line, title or summary.
    pub fn finish(&mut self) {
        if self.fields.date_line.is_none() {
            self.warn(
                "no_date_line",
                "no date line found: expected a line such as `June 21, 1962`, `November 1980` or `1967` before the title".to_owned(),
                None,
            );
        }
        if self.fields.title.is_none() {
            self.warn(
                "no_title",
                "no title found: expected a title line after the date line or a quoted title in the citation"
                    .to_owned(),
                None,
            );
        }
        if self.fields.summary.is_none() && self.truncated.is_none() {
            self.note("no_summary", "no summary paragraph found although the record is complete".to_owned(), None);
        }
    }
}
