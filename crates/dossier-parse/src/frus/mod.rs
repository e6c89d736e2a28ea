//! FRUS TEI input: a whole *Foreign Relations of the United States* volume, a
//! chunk cut out of one, or a single `<div type="document">` fragment → one
//! [`ParsedDoc`] per complete document.
//!
//! Reading streams `quick-xml` events over the decoded text. Nothing is ever held
//! as a tree: outside documents only the names of the open elements are kept;
//! each document (and each front-matter list item) is captured as a flat node list
//! while it is read and handed to its extractor as soon as it closes, so memory is
//! a small multiple of one document whatever the volume's size or nesting depth.
//!
//! Safety: no DTD is read and no entity is ever expanded. A `<!DOCTYPE>` that
//! declares entities is refused with [`Error::XmlEntityDeclaration`] (this is what
//! makes "billion laughs" harmless); the five predefined entities and character
//! references are the only references resolved.
//!
//! Damage: a well-formedness error, or the end of a cut-off input with elements
//! still open, ends a damaged stretch, not necessarily the reading. The document
//! open at the damage is dropped and reading resynchronizes at a
//! `<div type="document">` start tag: the first one inside the dropped document (a
//! FRUS document never holds another, so such a start lies past a seam), else the
//! first one after the damage. Reading starts afresh there, as in a chunk of a
//! volume (below), so a volume spliced from cut-off pieces still gives every
//! complete document before and after each seam. Each damaged stretch is one
//! [`Error`] naming the byte offset and line where it broke, where reading
//! resumed, the last complete document and the document dropped; with no document
//! start to resume at, reading stops there. Front matter inside a damaged stretch
//! (a List of Persons) is skipped with it: reading only resumes at documents.
//! An input that *starts* inside an element (a chunk of a volume) is accepted: end
//! tags that close elements opened before the input began are skipped while no
//! element is open, and each document notes it. After a resynchronization the
//! same rule skips the end tags of elements opened before the resume point.
//!
//! Conventions for what the documents carry:
//! * `source.record_key` = the document's `xml:id`; `fields.record_id` =
//!   `<volume>/<xml:id>` (the path history.state.gov uses), or the bare `xml:id`
//!   when the volume is unknown.
//! * Evidence of a field covers the whole source element it was read from (markup
//!   included), as `TextField::Source` offsets into the decoded file: values are
//!   whitespace-collapsed text, so no exact character span exists for them.
//! * The volume id comes from the root `<TEI xml:id>`, else `<idno type="frus">`,
//!   else the file name (`frus1961-63v22-d5.xml`, `frus1961-63v22-part….xml`),
//!   else it is unknown (a `no_volume_id` warning).
//! * The List of Persons and the abbreviation list become one [`Authority`] shared
//!   by every document of the input. A lone document fragment has no such lists,
//!   so its documents carry no authority.

mod authority;
mod document;
mod nodes;

use std::collections::BTreeSet;
use std::sync::{Arc, LazyLock};

use dossier_model::{
    Authority, Diagnostic, DocMeta, Evidence, Extracted, Format, Layout, ParsedDoc, RawInput, Source, TextField,
};
use quick_xml::errors::{Error as XmlError, SyntaxError};
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use regex::Regex;

use crate::decode::Decoded;
use crate::error::{Error, XmlPlace};
use crate::{Parsed, doc_id};
use nodes::{Element, Node};

/// The collection name of FRUS documents.
pub const FRUS_COLLECTION: &str = "frus";

/// A FRUS file name that names its volume: a document fragment
/// (`frus1961-63v22-d5.xml`) or a chunk of a volume (`frus1961-63v22-part-….xml`).
static VOLUME_IN_FILE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(frus[0-9a-z-]+?)-(?:d[0-9]+|part(?:-[0-9-]+)?)\.xml$").expect("valid regex"));

/// What the reader is capturing at the moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CaptureKind {
    /// A `<div type="document">`.
    Document,
    /// A front-matter `<item>` (a person or an abbreviation, maybe).
    Item,
    /// The volume's `<idno type="frus">`.
    Idno,
}

/// A piece of TEI being captured as nodes.
#[derive(Debug)]
struct Capture {
    kind: CaptureKind,
    /// Its nodes so far.
    nodes: Vec<Node>,
    /// Number of elements open around the captured element.
    depth: usize,
    /// `xml:id` of the captured element.
    xml_id: Option<String>,
    /// References to entities that are not defined (kept as written).
    undefined_entities: BTreeSet<String>,
    /// The first `<div type="document">` start inside a captured document: where
    /// reading resumes if the captured document turns out damaged.
    nested: Option<DocumentStart>,
}

impl Capture {
    /// Appends character data, merging with a preceding text node.
    fn push_text(&mut self, text: &str) {
        if let Some(Node::Text(last)) = self.nodes.last_mut() {
            last.push_str(text);
        } else {
            self.nodes.push(Node::Text(text.to_owned()));
        }
    }
}

/// One open element outside or inside a capture.
#[derive(Debug)]
struct Open {
    /// Qualified name as written, for matching the end tag.
    name: String,
    /// Byte offset of its start tag.
    start: usize,
}

/// Why reading a stretch of the input stopped before its end.
#[derive(Debug)]
enum Stop {
    /// Damage at byte `offset` of the text, or the end of the input with
    /// elements still open: reading can go on at a later document start.
    Damage {
        offset: usize,
        /// What is wrong, e.g. an end tag that closes the wrong element.
        problem: String,
        /// True when the input ends inside the markup at `offset` (an unclosed
        /// tag, comment or attribute value, or open elements): unless reading
        /// resumes after it, the input is cut off rather than malformed.
        cut_off: bool,
    },
    /// Nothing more is read: the input declares entities.
    Final(Box<Error>),
}

/// Where reading resumes after damage.
#[derive(Debug, PartialEq, Eq)]
struct DocumentStart {
    /// Byte offset of the `<div>` start tag in the decoded text.
    start: usize,
    /// Its `xml:id`, named in the error.
    xml_id: Option<String>,
}

/// The reading state of one input.
struct Scan<'t> {
    path: &'t str,
    text: &'t str,
    /// Added to offsets into `text` to get file offsets.
    file_shift: usize,
    stack: Vec<Open>,
    capture: Option<Capture>,
    /// Local name and `xml:id` of the first element.
    root: Option<(String, Option<String>)>,
    idno: Option<String>,
    /// End tags skipped because they closed elements opened before the input began.
    n_stray_ends: usize,
    /// True once reading has resynchronized after damage: end tags closing elements
    /// opened before the resume point are then skipped without counting them as
    /// [`Scan::n_stray_ends`] (the input itself did not start inside them).
    resumed: bool,
    /// Bytes read a second time after resuming at a document start inside a
    /// dropped document (see [`Scan::resume_point`]).
    n_reread: usize,
    /// Documents read so far.
    documents: Vec<document::Extraction>,
    authority: Authority,
    /// `xml:id` of the last complete document.
    last_complete: Option<String>,
}

/// Parses one decoded FRUS TEI input.
pub(crate) fn parse(input: &RawInput, decoded: Decoded) -> Parsed {
    let text = decoded.text.as_str();
    let mut scan = Scan {
        path: &input.path,
        text,
        file_shift: decoded.file_shift,
        stack: Vec::new(),
        capture: None,
        root: None,
        idno: None,
        n_stray_ends: 0,
        resumed: false,
        n_reread: 0,
        documents: Vec::new(),
        authority: Authority::default(),
        last_complete: None,
    };
    let mut errors = scan.run();
    if scan.documents.is_empty() && errors.is_empty() {
        let root = scan.root.as_ref().map(|(name, _)| name.clone()).unwrap_or_default();
        errors.push(Error::NoFrusDocuments { path: input.path.clone(), root });
    }
    let docs = scan.finish(input, decoded.diagnostics);
    Parsed { docs, errors }
}

impl Scan<'_> {
    /// Reads the input stretch by stretch: after damage, reading resynchronizes at
    /// a `<div type="document">`. Returns one error per damaged stretch, in file
    /// order, the last one being what ended reading, if anything did.
    fn run(&mut self) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut from = 0;
        loop {
            let (offset, mut problem, cut_off) = match self.read(from) {
                Ok(()) => return errors,
                Err(Stop::Final(error)) => {
                    errors.push(*error);
                    return errors;
                }
                Err(Stop::Damage { offset, problem, cut_off }) => (offset, problem, cut_off),
            };
            let resume = self.resume_point(offset);
            match &resume {
                Some(resume) => problem.push_str(&self.resumed_at(resume, offset)),
                None if !cut_off => problem.push_str("; no `<div type=\"document\">` follows to resume at"),
                None => {}
            }
            // Markup that runs to the end of the input is a cut, unless reading
            // resumed after it: then the input went on and the markup is malformed.
            let cut_off = cut_off && resume.as_ref().is_none_or(|resume| resume.start < offset);
            // The error is built before the state is reset: it names the document
            // that was open at the damage.
            errors.push(if cut_off { self.truncated(offset, problem) } else { self.malformed(offset, problem) });
            let Some(resume) = resume else {
                return errors;
            };
            self.stack.clear();
            self.capture = None;
            self.resumed = true;
            from = resume.start;
        }
    }

    /// Where reading resumes after damage at `offset`, if anywhere.
    ///
    /// A FRUS document never holds another, so a document start inside the
    /// document being dropped lies past a seam (a cut-off piece of the volume
    /// continued by another piece) and may open a whole document: reading goes
    /// back to the first such start, as long as the bytes read twice stay within
    /// the input's length in all (a chain of nested starts could otherwise make
    /// reading quadratic). Else it goes on at the first document start after the
    /// damage, which skips a document whose own start tag is damaged. Either way
    /// each stretch resumes further on than the one before.
    fn resume_point(&mut self, offset: usize) -> Option<DocumentStart> {
        let nested = self.capture.as_mut().and_then(|capture| capture.nested.take());
        if let Some(nested) = nested
            && self.n_reread + (offset - nested.start) <= self.text.len()
        {
            self.n_reread += offset - nested.start;
            return Some(nested);
        }
        next_document(self.text, offset + 1)
    }

    /// Where reading resumed after damage at `offset`, for the error's message.
    fn resumed_at(&self, resume: &DocumentStart, offset: usize) -> String {
        let document = match &resume.xml_id {
            Some(id) => format!("`<div type=\"document\">` (`{id}`)"),
            None => "`<div type=\"document\">`".to_owned(),
        };
        let at = format!("byte offset {} (line {})", resume.start + self.file_shift, self.line_at(resume.start));
        if resume.start > offset {
            format!("; the damaged stretch ends at {at}, where reading resumed at the next {document}")
        } else {
            format!(
                "; reading resumed at {at}, at a {document} that starts inside the dropped document: documents do not nest, so it is read on its own"
            )
        }
    }

    /// Reads events from byte `from` of the text to its end or to the first damage.
    fn read(&mut self, from: usize) -> Result<(), Stop> {
        let mut reader = Reader::from_str(&self.text[from..]);
        let config = reader.config_mut();
        // End tags are matched here, not by quick-xml, so that a chunk starting
        // inside an element can be read (see the module docs).
        config.check_end_names = false;
        config.allow_unmatched_ends = true;
        config.expand_empty_elements = true;
        loop {
            let before = from + reader.buffer_position() as usize;
            let event = match reader.read_event() {
                Ok(event) => event,
                Err(error) => return Err(damage(&error, from + reader.error_position() as usize)),
            };
            let after = from + reader.buffer_position() as usize;
            match event {
                Event::Start(start) => self.open(&start, before, after)?,
                Event::End(end) => self.close(end.name().as_ref(), before, after)?,
                // Not produced with `expand_empty_elements`, handled the same way anyway.
                Event::Empty(tag) => {
                    self.open(&tag, before, after)?;
                    self.close(tag.name().as_ref(), after, after)?;
                }
                Event::Text(text) => self.push_text(&text.xml10_content()),
                Event::CData(data) => self.push_text(&data.xml10_content()),
                Event::GeneralRef(reference) => {
                    let name = reference.xml10_content();
                    match resolve_reference(&name) {
                        Ok(Some(ch)) => self.push_text(ch.encode_utf8(&mut [0; 4])),
                        Ok(None) => {
                            let literal = format!("&{name};");
                            self.push_text(&literal);
                            if let Some(capture) = &mut self.capture {
                                capture.undefined_entities.insert(name.into_owned());
                            }
                        }
                        Err(problem) => return Err(Stop::Damage { offset: before, problem, cut_off: false }),
                    }
                }
                Event::DocType(doctype) => {
                    if doctype.xml10_content().to_ascii_uppercase().contains("<!ENTITY") {
                        return Err(Stop::Final(Box::new(Error::XmlEntityDeclaration {
                            path: self.path.to_owned(),
                            offset: before + self.file_shift,
                            line: self.line_at(before),
                        })));
                    }
                }
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
                Event::Eof => return self.at_end(),
            }
        }
    }

    /// Handles a start tag spanning `start..tag_end`.
    fn open(&mut self, tag: &BytesStart, start: usize, tag_end: usize) -> Result<(), Stop> {
        let element =
            element(tag, start, tag_end).map_err(|problem| Stop::Damage { offset: start, problem, cut_off: false })?;
        if self.root.is_none() {
            self.root = Some((element.name.clone(), element.attr("xml:id").map(str::to_owned)));
        }
        let depth = self.stack.len();
        self.stack.push(Open { name: tag.name().as_ref().to_owned(), start });
        match &mut self.capture {
            Some(capture) => {
                if capture.kind == CaptureKind::Document && capture.nested.is_none() && is_document(&element) {
                    let xml_id = element.attr("xml:id").map(str::to_owned);
                    capture.nested = Some(DocumentStart { start, xml_id });
                }
                capture.nodes.push(Node::Open(element));
            }
            None => {
                let kind = if is_document(&element) {
                    Some(CaptureKind::Document)
                } else if element.name == "item" {
                    Some(CaptureKind::Item)
                } else if element.name == "idno" && element.has("type", "frus") && self.idno.is_none() {
                    Some(CaptureKind::Idno)
                } else {
                    None
                };
                if let Some(kind) = kind {
                    self.capture = Some(Capture {
                        kind,
                        xml_id: element.attr("xml:id").map(str::to_owned),
                        nodes: vec![Node::Open(element)],
                        depth,
                        undefined_entities: BTreeSet::new(),
                        nested: None,
                    });
                }
            }
        }
        Ok(())
    }

    /// Handles the end tag `name` spanning `start..end`.
    fn close(&mut self, name: &str, start: usize, end: usize) -> Result<(), Stop> {
        let Some(open) = self.stack.last() else {
            // An end tag while nothing is open: the input (or the stretch read
            // since the last resynchronization) began inside this element.
            if !self.resumed {
                self.n_stray_ends += 1;
            }
            return Ok(());
        };
        if open.name != name {
            let problem = format!(
                "end tag `</{name}>` does not close the open `<{}>` (line {})",
                open.name,
                self.line_at(open.start)
            );
            return Err(Stop::Damage { offset: start, problem, cut_off: false });
        }
        self.stack.pop();
        let depth = self.stack.len();
        let done = match &mut self.capture {
            Some(capture) => {
                capture.nodes.push(Node::Close { end });
                capture.depth == depth
            }
            None => false,
        };
        if done && let Some(capture) = self.capture.take() {
            self.complete(capture);
        }
        Ok(())
    }

    /// Hands a completed capture to its extractor.
    fn complete(&mut self, capture: Capture) {
        match capture.kind {
            CaptureKind::Document => {
                let mut extraction = document::extract(&capture.nodes, self.text);
                if !capture.undefined_entities.is_empty() {
                    let names: Vec<String> = capture.undefined_entities.iter().map(|n| format!("`&{n};`")).collect();
                    extraction.diagnostics.push(Diagnostic::warning(
                        "undefined_entity",
                        format!("kept as written, not expanded: {}", names.join(", ")),
                    ));
                }
                self.last_complete = capture.xml_id.clone();
                self.documents.push(extraction);
            }
            CaptureKind::Item => match authority::read_item(&capture.nodes) {
                Some(authority::Entry::Person(person)) => self.authority.persons.push(person),
                Some(authority::Entry::Term(term)) => self.authority.terms.push(term),
                None => {}
            },
            CaptureKind::Idno => {
                let text: String = capture
                    .nodes
                    .iter()
                    .filter_map(|node| if let Node::Text(text) = node { Some(text.as_str()) } else { None })
                    .collect();
                let text = text.trim();
                if !text.is_empty() {
                    self.idno = Some(text.to_owned());
                }
            }
        }
    }

    /// Routes character data to the capture in progress (text outside captures is
    /// front matter and page furniture, not needed).
    fn push_text(&mut self, text: &str) {
        if let Some(capture) = &mut self.capture {
            capture.push_text(text);
        }
    }

    /// The end of the input: complete only when every element is closed.
    fn at_end(&self) -> Result<(), Stop> {
        let Some(innermost) = self.stack.last() else {
            return Ok(());
        };
        let problem = format!(
            "the input ends with {} elements still open, the innermost `<{}>` opened at line {}",
            self.stack.len(),
            innermost.name,
            self.line_at(innermost.start)
        );
        Err(Stop::Damage { offset: self.text.len(), problem, cut_off: true })
    }

    /// A [`Error::TruncatedXml`] at `offset` (into the decoded text).
    fn truncated(&self, offset: usize, problem: String) -> Error {
        Error::TruncatedXml {
            path: self.path.to_owned(),
            offset: offset + self.file_shift,
            line: self.line_at(offset),
            problem,
            place: self.place(),
        }
    }

    /// A [`Error::MalformedXml`] at `offset` (into the decoded text).
    fn malformed(&self, offset: usize, problem: String) -> Error {
        Error::MalformedXml {
            path: self.path.to_owned(),
            offset: offset + self.file_shift,
            line: self.line_at(offset),
            problem,
            place: self.place(),
        }
    }

    /// Where the reader stands relative to the documents.
    fn place(&self) -> XmlPlace {
        let open_document = self.capture.as_ref().filter(|c| c.kind == CaptureKind::Document).map(|c| {
            c.xml_id.clone().unwrap_or_else(|| format!("document at byte {}", c.nodes_start() + self.file_shift))
        });
        XmlPlace { last_complete: self.last_complete.clone(), open_document }
    }

    /// 1-based line of byte `offset` of the decoded text.
    fn line_at(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.text.as_bytes()[..offset].iter().filter(|&&byte| byte == b'\n').count() + 1
    }

    /// Turns the extractions into documents sharing the volume's authority.
    fn finish(self, input: &RawInput, decode_notes: Vec<Diagnostic>) -> Vec<ParsedDoc> {
        let (volume, volume_note) = self.volume_id(&input.path);
        let authority = (!self.authority.persons.is_empty() || !self.authority.terms.is_empty()).then(|| {
            let mut authority = self.authority;
            authority.source = volume.clone().unwrap_or_else(|| input.path.clone());
            Arc::new(authority)
        });
        let mut shared_notes = decode_notes;
        shared_notes.extend(volume_note);
        if self.n_stray_ends > 0 {
            shared_notes.push(Diagnostic::info(
                "xml_starts_inside_element",
                format!(
                    "the input starts inside an element (a chunk of a larger file): {} end tags closed elements opened before it and were skipped",
                    self.n_stray_ends
                ),
            ));
        }

        let mut seen = BTreeSet::new();
        let mut docs = Vec::with_capacity(self.documents.len());
        // Every document's source offsets point into the volume's text, held once.
        let source_text: std::sync::Arc<str> = std::sync::Arc::from(self.text);
        for extraction in self.documents {
            let mut diagnostics = shared_notes.clone();
            let key = match &extraction.xml_id {
                Some(id) if seen.insert(id.clone()) => id.clone(),
                Some(id) => {
                    let key = format!("{id}@{}", extraction.start + self.file_shift);
                    diagnostics.push(Diagnostic::warning(
                        "duplicate_xml_id",
                        format!("`xml:id` `{id}` is used by an earlier document; keyed `{key}` instead"),
                    ));
                    key
                }
                None => {
                    let key = format!("document at byte {}", extraction.start + self.file_shift);
                    diagnostics
                        .push(Diagnostic::warning("no_xml_id", format!("the document has no `xml:id`; keyed `{key}`")));
                    key
                }
            };
            let mut fields = extraction.fields;
            if let Some(xml_id) = &extraction.xml_id {
                let record_id = match &volume {
                    Some(volume) => format!("{volume}/{xml_id}"),
                    None => xml_id.clone(),
                };
                let evidence = Evidence::new(TextField::Source, self.text, extraction.start, extraction.start_tag_end);
                fields.record_id = Some(Extracted::new(record_id, "frus.div.xml_id", evidence));
            }
            diagnostics.extend(extraction.diagnostics);
            docs.push(ParsedDoc {
                meta: DocMeta {
                    id: doc_id(&input.blake3, Some(&key)),
                    source: Source {
                        path: input.path.clone(),
                        blake3: input.blake3.clone(),
                        n_bytes: input.bytes.len() as u64,
                        record_key: Some(key),
                    },
                    collection: FRUS_COLLECTION.to_owned(),
                    format: Format::FrusTei,
                    layout: Layout::FrusDocument,
                    body_offset: extraction.body_offset,
                    truncated: false,
                    dropped: Vec::new(),
                    authority: authority.clone(),
                    source_text: source_text.clone(),
                },
                fields,
                body: extraction.body,
                markup: extraction.markup,
                diagnostics,
            });
        }
        docs
    }

    /// The volume id and, when it was not stated by the markup, a note saying so.
    fn volume_id(&self, path: &str) -> (Option<String>, Option<Diagnostic>) {
        if let Some((name, Some(id))) = &self.root
            && name == "TEI"
        {
            return (Some(id.clone()), None);
        }
        if let Some(idno) = &self.idno {
            return (Some(idno.clone()), None);
        }
        let file_name = path.rsplit('/').next().unwrap_or(path);
        if let Some(caps) = VOLUME_IN_FILE_NAME.captures(file_name) {
            let volume = caps[1].to_owned();
            let note = Diagnostic::info(
                "volume_id_from_file_name",
                format!(
                    "no `<TEI xml:id>` or `<idno type=\"frus\">`: volume `{volume}` read from the file name `{file_name}`"
                ),
            );
            return (Some(volume), Some(note));
        }
        let note = Diagnostic::warning(
            "no_volume_id",
            format!(
                "no `<TEI xml:id>`, no `<idno type=\"frus\">`, and the file name `{file_name}` is not `frus<volume>-d<N>.xml`: the volume is unknown"
            ),
        );
        (None, Some(note))
    }
}

impl Capture {
    /// Byte offset of the captured element's start tag.
    fn nodes_start(&self) -> usize {
        match self.nodes.first() {
            Some(Node::Open(element)) => element.start,
            _ => 0,
        }
    }
}

/// The owned [`Element`] of a start tag spanning `start..tag_end`, or what is
/// wrong with its attributes.
fn element(tag: &BytesStart, start: usize, tag_end: usize) -> Result<Element, String> {
    let mut attrs = Vec::new();
    for attr in tag.attributes() {
        let attr = attr.map_err(|error| format!("bad attribute: {error}"))?;
        let value =
            attr.normalized_value(XmlVersion::Implicit1_0).map_err(|error| format!("bad attribute value: {error}"))?;
        attrs.push((attr.key.as_ref().to_owned(), value.into_owned()));
    }
    Ok(Element { name: tag.local_name().as_ref().to_owned(), attrs, start, tag_end })
}

/// True for the start tag of a FRUS document, `<div type="document">`.
fn is_document(element: &Element) -> bool {
    element.name == "div" && element.has("type", "document")
}

/// The first `<div type="document">` start tag at or after byte `from` of `text`:
/// where reading resynchronizes after damage.
///
/// Tags are found by their `<` and `>` alone, without reading what lies between
/// (it is damaged, or it would not be skipped): a `<` never stands inside a tag,
/// so of several `<` before one `>` only the last can open it. Each byte is
/// looked at a bounded number of times, whatever the damage.
fn next_document(text: &str, from: usize) -> Option<DocumentStart> {
    let bytes = text.as_bytes();
    let mut at = from;
    loop {
        let open = at + bytes.get(at..)?.iter().position(|&byte| byte == b'<')?;
        let close = open + bytes[open..].iter().position(|&byte| byte == b'>')?;
        let open = open + bytes[open..close].iter().rposition(|&byte| byte == b'<').unwrap_or(0);
        at = close + 1;
        // `<` and `>` are ASCII, so both ends are character boundaries.
        let mut reader = Reader::from_str(&text[open..at]);
        if let Ok(Event::Start(tag) | Event::Empty(tag)) = reader.read_event()
            && tag.local_name().as_ref() == "div"
            && let Ok(element) = element(&tag, open, at)
            && is_document(&element)
        {
            return Some(DocumentStart { start: open, xml_id: element.attr("xml:id").map(str::to_owned) });
        }
    }
}

/// The damage a quick-xml failure at `offset` stands for: markup cut off by the
/// end of the input, or anything else.
fn damage(error: &XmlError, offset: usize) -> Stop {
    let cut_off = matches!(
        error,
        XmlError::Syntax(
            SyntaxError::UnclosedTag
                | SyntaxError::UnclosedComment
                | SyntaxError::UnclosedCData
                | SyntaxError::UnclosedDoctype
                | SyntaxError::UnclosedPI
                | SyntaxError::UnclosedXmlDecl
                | SyntaxError::UnclosedSingleQuotedAttributeValue
                | SyntaxError::UnclosedDoubleQuotedAttributeValue
        )
    );
    Stop::Damage { offset, problem: error.to_string(), cut_off }
}

/// The character a reference stands for: `Ok(None)` for a named entity other than
/// the five XML predefines (never expanded), `Err` for a bad character reference.
fn resolve_reference(name: &str) -> Result<Option<char>, String> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix('x') {
            Some(hex) => u32::from_str_radix(hex, 16),
            None => number.parse::<u32>(),
        };
        return match code.ok().and_then(char::from_u32).filter(|&ch| ch != '\0') {
            Some(ch) => Ok(Some(ch)),
            None => Err(format!("bad character reference `&{name};`")),
        };
    }
    Ok(match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A real excerpt with one seam: bytes 265287..269192 and 279902..286082 of
    /// `corpus/frus-parts/frus1961-63v22-part.xml` joined, that is d221 whole, d222
    /// cut inside the `<ref>` of its first footnote, the end of the last footnote
    /// of d223, and d224 whole.
    const ONE_SEAM: &str = include_str!("../../tests/fixtures/frus_damaged_stretch.xml");

    /// Where the two pieces of [`ONE_SEAM`] meet.
    const SEAM: usize = 269192 - 265287;

    /// Parses `text` as the file `path`: its documents and its errors.
    fn check(path: &str, text: &str) -> (Vec<ParsedDoc>, Vec<Error>) {
        let bytes = text.as_bytes().to_vec();
        let input = RawInput { path: path.to_owned(), blake3: blake3::hash(&bytes).to_hex().to_string(), bytes };
        let parsed = crate::parse(input, &crate::Config::default());
        (parsed.docs, parsed.errors)
    }

    fn keys(docs: &[ParsedDoc]) -> Vec<&str> {
        docs.iter().map(|doc| doc.meta.source.record_key.as_deref().unwrap_or_default()).collect()
    }

    /// 1-based line of byte `offset` of `text`.
    fn line(text: &str, offset: usize) -> usize {
        text[..offset].matches('\n').count() + 1
    }

    #[test]
    fn reading_resumes_at_the_next_document_after_a_damaged_stretch() {
        let (docs, errors) = check("excerpt.xml", ONE_SEAM);
        assert_eq!(keys(&docs), ["d221", "d224"]);
        assert_eq!(errors.len(), 1, "{errors:?}");
        // The seam is noticed at the first end tag that closes the wrong element.
        let broke = SEAM + ONE_SEAM[SEAM..].find("</note>").unwrap();
        let open_ref = ONE_SEAM[..SEAM].rfind("<ref").unwrap();
        let resumed = ONE_SEAM.find(r#"<div type="document" xml:id="d224""#).unwrap();
        let error = &errors[0];
        assert_eq!(
            (error.reason(), error.offset(), error.line()),
            ("malformed_xml", Some(broke), Some(line(ONE_SEAM, broke)))
        );
        assert_eq!(error.record_key().as_deref(), Some("d222"));
        assert_eq!(
            error.to_string(),
            format!(
                "`excerpt.xml` is not well-formed xml at byte offset {broke} (line {}): end tag `</note>` does not close the open `<ref>` (line {}); the damaged stretch ends at byte offset {resumed} (line {}), where reading resumed at the next `<div type=\"document\">` (`d224`); last complete document `d221`, kept with those before it; document `d222` is cut off and dropped",
                line(ONE_SEAM, broke),
                line(ONE_SEAM, open_ref),
                line(ONE_SEAM, resumed),
            )
        );

        // Both documents read as they do on their own.
        let d222 = ONE_SEAM.find(r#"<div type="document" xml:id="d222""#).unwrap();
        for (doc, alone) in docs.iter().zip([&ONE_SEAM[..d222], &ONE_SEAM[resumed..]]) {
            let (alone, errors) = check("alone.xml", alone);
            assert!(errors.is_empty(), "{errors:?}");
            let title = |doc: &ParsedDoc| doc.fields.title.as_ref().map(|title| title.value.clone());
            assert_eq!((title(doc), &doc.body), (title(&alone[0]), &alone[0].body));
            assert!(doc.diagnostics.iter().all(|d| d.code != "xml_starts_inside_element"), "{:?}", doc.diagnostics);
        }
    }

    #[test]
    fn nested_document_starts_are_read_again_at_most_once() {
        // Hostile: each document opens inside the one before and none closes. The
        // first is dropped and reading resumes at the second; the second holds the
        // rest again, but reading it a third time would exceed the budget.
        let link = r#"<div type="document"><p>text "#;
        let (docs, errors) = check("chain.xml", &link.repeat(20_000));
        assert!(docs.is_empty());
        let reasons: Vec<&str> = errors.iter().map(Error::reason).collect();
        assert_eq!(reasons, ["truncated_xml", "truncated_xml"]);
        let second = format!("reading resumed at byte offset {} (line 1)", link.len());
        assert!(errors[0].to_string().contains(&second), "{}", errors[0]);
        assert!(!errors[1].to_string().contains("reading resumed"), "{}", errors[1]);
    }

    #[test]
    fn markup_left_open_to_the_end_is_a_cut_unless_a_document_follows() {
        let text = concat!(
            r#"<TEI><div type="document" xml:id="d1"><p>one</p></div><!-- unclosed "#,
            r#"<div type="document" xml:id="d2"><p>two</p></div></TEI>"#,
        );
        let (docs, errors) = check("comment.xml", text);
        assert_eq!(keys(&docs), ["d1", "d2"]);
        let comment = text.find("<!--").unwrap();
        let reasons: Vec<(&str, Option<usize>)> = errors.iter().map(|e| (e.reason(), e.offset())).collect();
        assert_eq!(reasons, [("malformed_xml", Some(comment))]);
        assert!(errors[0].to_string().contains("where reading resumed at the next"), "{}", errors[0]);

        let (docs, errors) = check("cut.xml", &text[..text.find("<div type=\"document\" xml:id=\"d2\"").unwrap()]);
        assert_eq!(keys(&docs), ["d1"]);
        let reasons: Vec<(&str, Option<usize>)> = errors.iter().map(|e| (e.reason(), e.offset())).collect();
        assert_eq!(reasons, [("truncated_xml", Some(comment))]);
    }

    #[test]
    fn the_next_document_start_is_found_by_its_tag() {
        let text = r#"x <div type="chapter"> <<<div xml:id="d7" type="document"> <tei:div type='document'/> <div type="document" n=1>"#;
        let d7 = text.find("<div xml:id").unwrap();
        assert_eq!(next_document(text, 0), Some(DocumentStart { start: d7, xml_id: Some("d7".to_owned()) }));
        let prefixed = text.find("<tei:div").unwrap();
        assert_eq!(next_document(text, d7 + 1).map(|start| start.start), Some(prefixed));
        assert_eq!(next_document(text, prefixed + 1), None, "a tag with a bad attribute is skipped");
        assert_eq!(next_document(r#"<div type="document""#, 0), None, "a start tag needs its `>`");
        assert_eq!(next_document("", 1), None);
    }
}
