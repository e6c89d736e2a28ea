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
//! Damage: reading stops at the first well-formedness error or at the end of a
//! cut-off input. The documents completed before it are returned together with
//! one [`Error`] naming the byte offset, the line and the last complete document.
//! An input that *starts* inside an element (a chunk of a volume) is accepted: end
//! tags that close elements opened before the input began are skipped while no
//! element is open, and each document notes it.
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
    Authority, Diagnostic, Evidence, Extracted, Format, Layout, ParsedDoc, RawInput, Source, TextField,
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
        documents: Vec::new(),
        authority: Authority::default(),
        last_complete: None,
    };
    let error = scan.run().err();
    let mut errors: Vec<Error> = error.into_iter().collect();
    if scan.documents.is_empty() && errors.is_empty() {
        let root = scan.root.as_ref().map(|(name, _)| name.clone()).unwrap_or_default();
        errors.push(Error::NoFrusDocuments { path: input.path.clone(), root });
    }
    let docs = scan.finish(input, decoded.diagnostics);
    Parsed { docs, errors }
}

impl Scan<'_> {
    /// Reads events to the end or to the first damage.
    fn run(&mut self) -> Result<(), Error> {
        let mut reader = Reader::from_str(self.text);
        let config = reader.config_mut();
        // End tags are matched here, not by quick-xml, so that a chunk starting
        // inside an element can be read (see the module docs).
        config.check_end_names = false;
        config.allow_unmatched_ends = true;
        config.expand_empty_elements = true;
        loop {
            let before = reader.buffer_position() as usize;
            let event = match reader.read_event() {
                Ok(event) => event,
                Err(error) => return Err(self.reader_error(&error, reader.error_position() as usize)),
            };
            let after = reader.buffer_position() as usize;
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
                        Err(problem) => return Err(self.malformed(before, problem)),
                    }
                }
                Event::DocType(doctype) => {
                    if doctype.xml10_content().to_ascii_uppercase().contains("<!ENTITY") {
                        return Err(Error::XmlEntityDeclaration {
                            path: self.path.to_owned(),
                            offset: before + self.file_shift,
                            line: self.line_at(before),
                        });
                    }
                }
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
                Event::Eof => return self.at_end(),
            }
        }
    }

    /// Handles a start tag spanning `start..tag_end`.
    fn open(&mut self, tag: &BytesStart, start: usize, tag_end: usize) -> Result<(), Error> {
        let element = self.element(tag, start, tag_end)?;
        if self.root.is_none() {
            self.root = Some((element.name.clone(), element.attr("xml:id").map(str::to_owned)));
        }
        let depth = self.stack.len();
        self.stack.push(Open { name: tag.name().as_ref().to_owned(), start });
        match &mut self.capture {
            Some(capture) => capture.nodes.push(Node::Open(element)),
            None => {
                let kind = if element.name == "div" && element.has("type", "document") {
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
                    });
                }
            }
        }
        Ok(())
    }

    /// Handles the end tag `name` spanning `start..end`.
    fn close(&mut self, name: &str, start: usize, end: usize) -> Result<(), Error> {
        let Some(open) = self.stack.last() else {
            // An end tag while nothing is open: the input began inside this element.
            self.n_stray_ends += 1;
            return Ok(());
        };
        if open.name != name {
            let problem = format!(
                "end tag `</{name}>` does not close the open `<{}>` (line {})",
                open.name,
                self.line_at(open.start)
            );
            return Err(self.malformed(start, problem));
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

    /// The owned [`Element`] of a start tag.
    fn element(&self, tag: &BytesStart, start: usize, tag_end: usize) -> Result<Element, Error> {
        let mut attrs = Vec::new();
        for attr in tag.attributes() {
            let attr = attr.map_err(|error| self.malformed(start, format!("bad attribute: {error}")))?;
            let value = attr
                .normalized_value(XmlVersion::Implicit1_0)
                .map_err(|error| self.malformed(start, format!("bad attribute value: {error}")))?;
            attrs.push((attr.key.as_ref().to_owned(), value.into_owned()));
        }
        Ok(Element { name: tag.local_name().as_ref().to_owned(), attrs, start, tag_end })
    }

    /// The end of the input: complete only when every element is closed.
    fn at_end(&self) -> Result<(), Error> {
        let Some(innermost) = self.stack.last() else {
            return Ok(());
        };
        let problem = format!(
            "the input ends with {} elements still open, the innermost `<{}>` opened at line {}",
            self.stack.len(),
            innermost.name,
            self.line_at(innermost.start)
        );
        Err(Error::TruncatedXml {
            path: self.path.to_owned(),
            offset: self.text.len() + self.file_shift,
            line: self.line_at(self.text.len()),
            problem,
            place: self.place(),
        })
    }

    /// The error for a quick-xml failure at `offset`: markup cut off by the end of
    /// the input is truncation, anything else malformation.
    fn reader_error(&self, error: &XmlError, offset: usize) -> Error {
        let problem = error.to_string();
        let truncated = matches!(
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
        if truncated {
            Error::TruncatedXml {
                path: self.path.to_owned(),
                offset: offset + self.file_shift,
                line: self.line_at(offset),
                problem,
                place: self.place(),
            }
        } else {
            self.malformed(offset, problem)
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
                fields,
                body: extraction.body,
                body_offset: extraction.body_offset,
                truncated: false,
                dropped: Vec::new(),
                markup: extraction.markup,
                authority: authority.clone(),
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
