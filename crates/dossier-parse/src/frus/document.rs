//! One FRUS `<div type="document">` (as captured nodes) → fields, markup and body.
//!
//! Where each value sits is described in `corpus/frus/NOTES.md`; in short:
//! * `@n` → `doc_number`; `<head>` minus its `<note>`s and minus the leading
//!   "N. " → `title`; `gloss`/`persName[@type="from"|"to"]` in the head → senders
//!   and recipients (glosses are organizations, persNames persons linked by
//!   `@corresp`);
//! * the first `<dateline>`'s `date/@when` → `date_when` (as written: a date or a
//!   local date-time), its text → `date_line`, its `<time>` → `time`, its
//!   `<placeName>` → `place`;
//! * the note whose text starts "Source:" → `source_note`, and its first sentence
//!   (the archive and file) → `archival_ref`; classification and handling stay in
//!   the note for the enrich stage;
//! * `list[@type="subject"]/item` → `subjects`, `list[@type="participants"]/item`
//!   → participants, `closer/signed` → `signers`.
//!
//! The body is the text after the head, dateline and lists included (they are
//! printed as part of the document), paragraphs separated by blank lines, list
//! items and signature lines on lines of their own. Whitespace inside a paragraph
//! collapses to single spaces; elements that add no text (`<pb/>`) add no space,
//! so a page break inside a word leaves the word whole. `hi` and other inline
//! markup only contribute their text, so `[<hi>text not declassified</hi>]` reads
//! `[text not declassified]`.
//!
//! Footnotes (every `<note>` but the source note) are taken out of the body into
//! `Markup::footnotes`. Where a footnote was attached, a `FootnoteCall` span covers
//! the word the call follows (e.g. `14` for "December 14¹"), `target` = the
//! footnote's `n`: a zero-width span would be lost when normalize relocates spans
//! by their text. Notes inside the head (or opening a paragraph) get no call span.
//!
//! Spans cover tagged text in the body only: `persName` (`Person`, `target` =
//! `@corresp` without `#`, all persNames, linked or not), `placeName` (`Place`),
//! `orgName` (`Organization`), `gloss[@target]` (`Term`), `ref[@target]`
//! (`CrossReference`). Tagged names inside footnotes are not spans: footnote text
//! is not part of the body.

use dossier_model::{
    Actor, ActorKind, Diagnostic, Evidence, Extracted, Fields, Footnote, Markup, MarkupKind, MarkupSpan, TextField,
};

use super::nodes::{Element, Node, Pending, TextBuf};

/// Everything read from one document, before it becomes a `ParsedDoc`.
#[derive(Debug)]
pub(crate) struct Extraction {
    /// The document's `xml:id`.
    pub xml_id: Option<String>,
    /// Byte offset of the `<div>` start tag in the decoded text.
    pub start: usize,
    /// Byte offset one past the `<div>` start tag.
    pub start_tag_end: usize,
    /// Header fields (all but `record_id`, which needs the volume).
    pub fields: Fields,
    /// Senders, recipients, participants, spans and footnotes.
    pub markup: Markup,
    /// The body text.
    pub body: String,
    /// Byte offset in the decoded text where the body's source begins (the end of
    /// the `<head>`): the body is assembled from markup, not a slice of the source.
    pub body_offset: usize,
    /// Odd-but-usable findings.
    pub diagnostics: Vec<Diagnostic>,
}

/// Which buffer character data goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sink {
    Body,
    Head,
    Note(usize),
}

/// The kind of a `<list>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListKind {
    Subject,
    Participants,
    Other,
}

/// An open element while walking the nodes.
#[derive(Debug)]
struct Frame<'n> {
    element: &'n Element,
    sink: Sink,
    /// Length of the sink's text when the element opened.
    mark: usize,
}

/// A footnote being read.
#[derive(Debug)]
struct NoteAcc {
    buf: TextBuf,
    /// Where its call sits in the body: the span of the word it follows.
    call: Option<(usize, usize)>,
}

/// A persName inside a participants item.
#[derive(Debug)]
struct TaggedName {
    name: String,
    corresp: Option<String>,
}

/// Elements that stand as paragraphs of their own.
const BLOCKS: &[&str] =
    &["p", "ab", "dateline", "list", "closer", "opener", "postscript", "table", "div", "lg", "figure"];
/// Elements that stand on lines of their own inside a block.
const LINES: &[&str] = &["item", "head", "signed", "salute", "row", "l", "label", "byline"];

/// Words that make a participants item a person or office rather than a side label.
const PARTICIPANT_TITLES: &[&str] = &[
    "Mr.",
    "Mrs.",
    "Miss",
    "Dr.",
    "Ambassador",
    "Secretary",
    "Minister",
    "President",
    "General",
    "Admiral",
    "Colonel",
    "Governor",
    "Senator",
    "Chairman",
    "Premier",
    "Counselor",
    "Consul",
    "Chief",
    "Director",
];

/// The walk over one document's nodes.
struct Walk<'n, 's> {
    source: &'s str,
    stack: Vec<Frame<'n>>,
    body: TextBuf,
    head: TextBuf,
    notes: Vec<NoteAcc>,
    head_done: bool,
    dateline_depth: usize,
    closer_depth: usize,
    lists: Vec<ListKind>,
    /// Tagged names of the open participants items, innermost last.
    items: Vec<Vec<TaggedName>>,
    fields: Fields,
    markup: Markup,
    side_labels: Vec<String>,
    body_offset: Option<usize>,
    head_span: Option<(usize, usize)>,
    diagnostics: Vec<Diagnostic>,
}

/// Extracts one document from its captured nodes (the first node is its `<div>`).
pub(crate) fn extract(nodes: &[Node], source: &str) -> Extraction {
    let mut walk = Walk {
        source,
        stack: Vec::new(),
        body: TextBuf::new(),
        head: TextBuf::new(),
        notes: Vec::new(),
        head_done: false,
        dateline_depth: 0,
        closer_depth: 0,
        lists: Vec::new(),
        items: Vec::new(),
        fields: Fields::default(),
        markup: Markup::default(),
        side_labels: Vec::new(),
        body_offset: None,
        head_span: None,
        diagnostics: Vec::new(),
    };
    let (xml_id, start, start_tag_end) = match nodes.first() {
        Some(Node::Open(div)) => (div.attr("xml:id").map(str::to_owned), div.start, div.tag_end),
        _ => (None, 0, 0),
    };
    for node in nodes {
        match node {
            Node::Open(element) => walk.open(element),
            Node::Close { end } => walk.close(*end),
            Node::Text(text) => walk.text(text),
        }
    }
    walk.finish_title();
    walk.check_completeness();
    Extraction {
        xml_id,
        start,
        start_tag_end,
        fields: walk.fields,
        markup: walk.markup,
        body: walk.body.text,
        body_offset: walk.body_offset.unwrap_or(start_tag_end),
        diagnostics: walk.diagnostics,
    }
}

impl<'n> Walk<'n, '_> {
    fn buf_of(&self, sink: Sink) -> &TextBuf {
        match sink {
            Sink::Body => &self.body,
            Sink::Head => &self.head,
            Sink::Note(idx) => &self.notes[idx].buf,
        }
    }

    fn buf(&mut self, sink: Sink) -> &mut TextBuf {
        match sink {
            Sink::Body => &mut self.body,
            Sink::Head => &mut self.head,
            Sink::Note(idx) => &mut self.notes[idx].buf,
        }
    }

    fn open(&mut self, element: &'n Element) {
        let depth = self.stack.len();
        let parent = self.stack.last().map_or(Sink::Body, |frame| frame.sink);
        let name = element.name.as_str();
        if depth == 0
            && let Some(n) = element.attr("n").map(str::trim).filter(|n| !n.is_empty())
        {
            let evidence = Evidence::new(TextField::Source, self.source, element.start, element.tag_end);
            self.fields.doc_number = Some(Extracted::new(n.to_owned(), "frus.div.n", evidence));
        }
        let sink = match name {
            "note" => {
                let call = if parent == Sink::Body { self.call_span() } else { None };
                self.notes.push(NoteAcc { buf: TextBuf::new(), call });
                Sink::Note(self.notes.len() - 1)
            }
            "head" if depth == 1 && !self.head_done => Sink::Head,
            _ => parent,
        };
        match name {
            "dateline" => self.dateline_depth += 1,
            "closer" => self.closer_depth += 1,
            "list" => self.lists.push(match element.attr("type") {
                Some("subject") => ListKind::Subject,
                Some("participants") => ListKind::Participants,
                _ => ListKind::Other,
            }),
            "item" if self.lists.last() == Some(&ListKind::Participants) => self.items.push(Vec::new()),
            _ => {}
        }
        if name != "note" {
            self.separate(sink, name, element);
        }
        let mark = self.buf(sink).text.len();
        self.stack.push(Frame { element, sink, mark });
    }

    /// Owes the separator a block or line element needs before and after it.
    fn separate(&mut self, sink: Sink, name: &str, element: &Element) {
        let is_block_quote = name == "quote" && element.attr("rend").is_some_and(|rend| rend.contains("block"));
        if BLOCKS.contains(&name) || is_block_quote {
            self.buf(sink).owe(Pending::Paragraph);
        } else if LINES.contains(&name) || name == "lb" {
            self.buf(sink).owe(Pending::Line);
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(frame) = self.stack.last() {
            let sink = frame.sink;
            self.buf(sink).push_text(text);
        }
    }

    fn close(&mut self, end: usize) {
        let Some(frame) = self.stack.pop() else {
            return;
        };
        let element = frame.element;
        let name = element.name.as_str();
        let (start, stop) = self.buf_of(frame.sink).since(frame.mark);
        // Only the elements that become values need their text and evidence: copying
        // them for every element would cost time quadratic in the nesting depth.
        let content = if matches!(name, "persName" | "gloss" | "placeName" | "date" | "time" | "signed" | "item") {
            self.buf_of(frame.sink).text[start..stop].to_owned()
        } else {
            String::new()
        };
        let source = self.source;
        let evidence = move || Evidence::new(TextField::Source, source, element.start, end);
        let in_body = frame.sink == Sink::Body;
        let in_head = frame.sink == Sink::Head;
        match name {
            "head" if frame.sink == Sink::Head && self.stack.len() == 1 => {
                self.head_done = true;
                self.head_span = Some((element.start, end));
                self.body_offset = Some(end);
            }
            "note" => self.close_note(element, frame.sink, evidence()),
            "persName" => {
                let corresp = element.attr("corresp").map(|c| c.trim_start_matches('#').to_owned());
                let role = element.attr("type");
                if in_head && !content.is_empty() {
                    let actor = Actor {
                        name: content.clone(),
                        kind: ActorKind::Person,
                        aliases: Vec::new(),
                        authority_id: corresp.clone(),
                    };
                    self.push_actor(role, actor, "persname", evidence());
                }
                if in_body {
                    self.span(MarkupKind::Person, start, stop, corresp.clone(), role);
                    if let Some(names) = self.items.last_mut() {
                        names.push(TaggedName { name: content, corresp });
                    }
                }
            }
            "gloss" => {
                let role = element.attr("type");
                if in_head && !content.is_empty() {
                    let actor = Actor {
                        name: content.clone(),
                        kind: ActorKind::Organization,
                        aliases: Vec::new(),
                        authority_id: None,
                    };
                    self.push_actor(role, actor, "gloss", evidence());
                }
                if in_body && let Some(target) = element.attr("target") {
                    let target = target.trim_start_matches('#').to_owned();
                    self.span(MarkupKind::Term, start, stop, Some(target), role);
                }
            }
            "placeName" => {
                if in_body {
                    self.span(MarkupKind::Place, start, stop, None, element.attr("type"));
                }
                if self.dateline_depth > 0 && self.fields.place.is_none() && !content.is_empty() {
                    self.fields.place = Some(Extracted::new(content, "frus.dateline.place_name", evidence()));
                }
            }
            "orgName" if in_body => {
                let target = element.attr("corresp").map(|c| c.trim_start_matches('#').to_owned());
                self.span(MarkupKind::Organization, start, stop, target, element.attr("type"));
            }
            "ref" if in_body => {
                if let Some(target) = element.attr("target") {
                    let target = target.trim_start_matches('#').to_owned();
                    self.span(MarkupKind::CrossReference, start, stop, Some(target), element.attr("type"));
                }
            }
            "date" if self.dateline_depth > 0 && self.fields.date_line.is_none() && self.fields.date_when.is_none() => {
                if let Some(when) = element.attr("when").map(str::trim).filter(|when| !when.is_empty()) {
                    self.fields.date_when =
                        Some(Extracted::new(when.to_owned(), "frus.dateline.date_when", evidence()));
                }
                if !content.is_empty() {
                    self.fields.date_line = Some(Extracted::new(content, "frus.dateline.date", evidence()));
                }
            }
            "time" if self.dateline_depth > 0 && self.fields.time.is_none() => {
                let attr = |key| element.attr(key).map(str::trim).filter(|value| !value.is_empty());
                let value = match (attr("when").or(attr("from")), attr("to")) {
                    (Some(from), Some(to)) => Some(format!("{from}/{to}")),
                    (Some(at), None) => Some(at.to_owned()),
                    (None, Some(to)) => Some(format!("/{to}")),
                    (None, None) => (!content.is_empty()).then_some(content),
                };
                if let Some(value) = value {
                    self.fields.time = Some(Extracted::new(value, "frus.dateline.time", evidence()));
                }
            }
            "dateline" => self.dateline_depth -= 1,
            "closer" => self.closer_depth -= 1,
            "signed" if self.closer_depth > 0 && !content.is_empty() => {
                self.fields.signers.push(Extracted::new(content, "frus.closer.signed", evidence()));
            }
            "list" => {
                self.lists.pop();
            }
            "item" => match self.lists.last() {
                Some(ListKind::Subject) if !content.is_empty() => {
                    self.fields.subjects.push(Extracted::new(content, "frus.list_subject.item", evidence()));
                }
                Some(ListKind::Participants) => {
                    let names = self.items.pop().unwrap_or_default();
                    self.participant(content, names, evidence());
                }
                _ => {}
            },
            _ => {}
        }
        if name != "note" {
            self.separate(frame.sink, name, element);
        }
    }

    /// Adds a sender or recipient from the head, by the markup's `@type`.
    fn push_actor(&mut self, role: Option<&str>, actor: Actor, how: &str, evidence: Evidence) {
        let list = match role {
            Some("from") => &mut self.markup.senders,
            Some("to") => &mut self.markup.recipients,
            _ => return,
        };
        let rule = format!("frus.head.{how}_{}", role.unwrap_or_default());
        list.push(Extracted::new(actor, rule, evidence));
    }

    /// Records a span of the body.
    fn span(&mut self, kind: MarkupKind, start: usize, end: usize, target: Option<String>, role: Option<&str>) {
        if start < end {
            self.markup.spans.push(MarkupSpan { kind, start, end, target, role: role.map(str::to_owned) });
        }
    }

    /// The body word a footnote call follows, when the note sits right after it.
    fn call_span(&self) -> Option<(usize, usize)> {
        if self.body.pending > Pending::Space {
            return None;
        }
        let text = &self.body.text;
        let start =
            text.char_indices().rev().find(|(_, ch)| ch.is_whitespace()).map_or(0, |(at, ch)| at + ch.len_utf8());
        (start < text.len()).then_some((start, text.len()))
    }

    /// Files a finished note as the source note or a footnote.
    fn close_note(&mut self, element: &Element, sink: Sink, evidence: Evidence) {
        let Sink::Note(idx) = sink else {
            return;
        };
        let text = self.notes[idx].buf.text.clone();
        if text.starts_with("Source:") && self.fields.source_note.is_none() {
            if let Some(archival) = archival_part(&text) {
                self.fields.archival_ref =
                    Some(Extracted::new(archival.to_owned(), "frus.source_note.archival_ref", evidence));
            }
            self.fields.source_note = Some(Extracted::new(text, "frus.source_note", evidence));
            return;
        }
        let n = element.attr("n").or(element.attr("xml:id")).unwrap_or_default().to_owned();
        if let Some((start, end)) = self.notes[idx].call {
            self.span(MarkupKind::FootnoteCall, start, end, Some(n.clone()), None);
        }
        if !text.is_empty() {
            self.markup.footnotes.push(Footnote { n, text });
        }
    }

    /// Adds one participants item: a tagged person, or an untagged name, or (for a
    /// side label such as "Japan" or "United States") nothing.
    fn participant(&mut self, content: String, names: Vec<TaggedName>, evidence: Evidence) {
        if content.is_empty() {
            return;
        }
        let actor = match names.into_iter().next() {
            Some(tagged) => {
                Actor { name: tagged.name, kind: ActorKind::Person, aliases: Vec::new(), authority_id: tagged.corresp }
            }
            None if is_side_label(&content) => {
                self.side_labels.push(content);
                return;
            }
            None => {
                let name = content.split(',').next().unwrap_or(&content).trim().to_owned();
                Actor { name, kind: ActorKind::Unknown, aliases: Vec::new(), authority_id: None }
            }
        };
        let rule =
            if actor.kind == ActorKind::Person { "frus.participants.persname" } else { "frus.participants.item" };
        self.markup.participants.push(Extracted::new(actor, rule, evidence));
    }

    /// Sets the title from the head text, without the leading document number.
    fn finish_title(&mut self) {
        let Some((start, end)) = self.head_span else {
            return;
        };
        let head = self.head.text.as_str();
        let number = self.fields.doc_number.as_ref().map(|n| n.value.clone());
        let title = strip_number(head, number.as_deref()).trim();
        if !title.is_empty() {
            let evidence = Evidence::new(TextField::Source, self.source, start, end);
            self.fields.title = Some(Extracted::new(title.to_owned(), "frus.head.title", evidence));
        }
    }

    /// Diagnostics for what a complete FRUS document would have.
    fn check_completeness(&mut self) {
        if self.fields.title.is_none() {
            self.diagnostics.push(Diagnostic::warning("no_title", "no `<head>` text: the document has no title"));
        }
        if self.fields.date_when.is_none() && self.fields.date_line.is_none() {
            self.diagnostics.push(Diagnostic::info(
                "no_dateline_date",
                "no `<dateline>` with a `<date>` (editorial notes have none): the date must come from the text",
            ));
        }
        if self.fields.source_note.is_none() {
            self.diagnostics.push(Diagnostic::info("no_source_note", "no note starting `Source:`"));
        }
        if !self.side_labels.is_empty() {
            let labels: Vec<String> = self.side_labels.iter().map(|label| format!("`{label}`")).collect();
            self.diagnostics.push(Diagnostic::info(
                "participant_side_labels",
                format!("participants list items read as side labels, not participants: {}", labels.join(", ")),
            ));
        }
    }
}

/// `head` without its leading "N. " (the document number `n`, or any number).
fn strip_number<'h>(head: &'h str, n: Option<&str>) -> &'h str {
    if let Some(n) = n
        && let Some(rest) = head.strip_prefix(n).and_then(|rest| rest.strip_prefix('.'))
    {
        return rest;
    }
    let digits = head.len() - head.trim_start_matches(|ch: char| ch.is_ascii_digit()).len();
    match head[digits..].strip_prefix(". ") {
        Some(rest) if digits > 0 => rest,
        _ => head,
    }
}

/// Words before a period that do not end a sentence of a source note.
const NOTE_ABBREVIATIONS: &[&str] = &[
    "No", "Nos", "no", "Vol", "vol", "p", "pp", "Doc", "doc", "Box", "ca", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept",
    "Sep", "Oct", "Nov", "Dec", "Mr", "Dr", "St",
];

/// The archival part of a source note: after "Source:", up to the end of the
/// first sentence (a period followed by a space and a capital, or the end), not
/// counting periods after initials and common abbreviations (`No. 485`).
pub(crate) fn archival_part(note: &str) -> Option<&str> {
    let rest = note.strip_prefix("Source:")?.trim_start();
    let bytes = rest.as_bytes();
    let mut cut = rest.len();
    for (at, _) in rest.match_indices('.') {
        let after = &rest[at + 1..];
        let ends_sentence = match after.strip_prefix(' ') {
            Some(next) => next.chars().next().is_some_and(char::is_uppercase),
            None => after.is_empty(),
        };
        if !ends_sentence {
            continue;
        }
        let word_start = rest[..at].rfind([' ', '(', ',']).map_or(0, |space| space + 1);
        let word = &rest[word_start..at];
        let is_initial = word.len() == 1 && bytes[word_start].is_ascii_uppercase();
        if is_initial || NOTE_ABBREVIATIONS.contains(&word) {
            continue;
        }
        cut = at;
        break;
    }
    let found = rest[..cut].trim().trim_end_matches('.').trim_end();
    (!found.is_empty()).then_some(found)
}

/// True when a participants item without a tagged name is a side label ("Japan",
/// "United States", "Department of State") rather than a person or an office.
fn is_side_label(item: &str) -> bool {
    let words: Vec<&str> = item.split_whitespace().collect();
    !item.contains([',', '—'])
        && words.len() <= 3
        && !words.iter().any(|word| PARTICIPANT_TITLES.contains(word) || *word == "The")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archival_part_stops_at_the_first_sentence() {
        let check = |note: &str, expected: Option<&str>| assert_eq!(archival_part(note), expected, "{note}");
        check(
            "Source: Department of State, Central Files, 793.5-MSP/1-1261. Confidential; Presidential Handling.",
            Some("Department of State, Central Files, 793.5-MSP/1-1261"),
        );
        check(
            "Source: Kennedy Library, National Security Files, Meetings and Memoranda Series, NSC Meeting No. 485. Secret.",
            Some("Kennedy Library, National Security Files, Meetings and Memoranda Series, NSC Meeting No. 485"),
        );
        check(
            "Source: Central Intelligence Agency, DCI/ER Files, Job 80-B0176R, White House, Jan.-June 1961. Secret.",
            Some("Central Intelligence Agency, DCI/ER Files, Job 80-B0176R, White House, Jan.-June 1961"),
        );
        check("Source: Kennedy Library, Korea.", Some("Kennedy Library, Korea"));
        check("Not a source note.", None);
    }

    #[test]
    fn head_numbers() {
        assert_eq!(strip_number("7. Telegram From", Some("7")), " Telegram From");
        assert_eq!(strip_number("7. Telegram From", None), "Telegram From");
        assert_eq!(strip_number("Editorial Note", Some("2")), "Editorial Note");
    }

    #[test]
    fn side_labels() {
        for label in ["Japan", "United States", "Koreans", "Department of State", "US"] {
            assert!(is_side_label(label), "{label}");
        }
        for person in ["The President", "The Secretary", "Prime Minister Menzies of Australia", "Mr. White, The Charge"]
        {
            assert!(!is_side_label(person), "{person}");
        }
    }
}
