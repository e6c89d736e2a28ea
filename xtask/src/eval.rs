//! `cargo xtask eval`: measures person, place and date extraction against gold
//! that nobody here wrote, prints a table and writes `target/eval.json`.
//!
//! * **FRUS** (`corpus/frus/*-d<N>.xml`, or `corpus/frus/docs/`): each document's markup is stripped
//!   with a tiny tag reader (title, dateline, paragraphs, then the notes as
//!   paragraphs), the plain text goes through the real stages (parse →
//!   normalize → enrich, as `dossier` runs them), and the person mentions are
//!   scored against the `persName` spans (precision, recall, F1; exact span and
//!   overlap). Linking: matched mentions that share a `@corresp` must share an
//!   entity id and different ones must not (pairwise precision/recall, and
//!   mention accuracy against each `@corresp`'s majority id). The document
//!   date and the dateline place are scored against `date/@when` and
//!   `dateline/placeName`. Known errors of the markup are corrected by
//!   `xtask/eval/frus-corrections.tsv`, each with its reason.
//!   People-database links (`hsg_id`): of the gold mentions whose `@corresp`
//!   the bundled data (`dossier-authority`) ties to a person, the share whose
//!   overlapping predicted mention carries that id, and the share linked to
//!   another; once for the plain text and once for the TEI itself (the markup
//!   route, against the person spans the parser read).
//!   Set `DOSSIER_EVAL_DUMP=<dir>` to keep the plain texts for inspection.
//! * **Wilson bulk** (`corpus/wilson-bulk/*.jsonl`): recall of the archive's
//!   own Associated Places and People & Organizations among the entities found.
//! * **Wilson dev** (`corpus/wilson-dev/*/key.json`): date, type,
//!   classification, senders, recipients, people, places and organizations
//!   against hand-read keys, per folder (see `eval_dev`).
//!
//! Flags: `-v` lists every link error; `--misses` prints what each Wilson dev
//! document missed; `--only-dev` scores the Wilson dev keys alone and updates
//! only the `wilson_dev` part of `target/eval.json`; `--no-corrections` scores
//! the FRUS markup as published, without `frus-corrections.tsv`; `--no-model`
//! scores the rules alone, without the learned person model; `--frus-root DIR`
//! scores the FRUS documents in `DIR` or under `DIR/corpus/frus/` (another
//! volume, one document per `…-d<N>.xml` file: `corpus/frus-1958-60v19`, or one
//! kept outside the repository) as published, and prints only that part.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result};
use dossier_model::{EnrichedDoc, EntityKind, Mention, TextField};
use serde_json::{Value, json};

use crate::eval_dev;
use crate::workspace_root;

/// A gold person span in the plain text.
#[derive(Debug, Clone)]
struct GoldPerson {
    start: usize,
    end: usize,
    text: String,
    corresp: Option<String>,
}

/// One FRUS document turned into plain text with its gold.
#[derive(Debug)]
struct FrusDoc {
    id: String,
    text: String,
    persons: Vec<GoldPerson>,
    date: Option<String>,
    place: Option<String>,
}

/// Which part of the document text is being written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Title,
    Dateline,
    Body,
    Note,
}

/// Output buffer that collapses white space.
#[derive(Default)]
struct Buf {
    text: String,
}

impl Buf {
    fn push(&mut self, s: &str) {
        for c in s.chars() {
            if c.is_whitespace() {
                if !self.text.is_empty() && !self.text.ends_with([' ', '\n']) {
                    self.text.push(' ');
                }
            } else {
                self.text.push(c);
            }
        }
    }

    fn paragraph(&mut self) {
        while self.text.ends_with(' ') {
            self.text.pop();
        }
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push_str("\n\n");
        }
    }
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let Some(semi) = tail.find(';').filter(|&n| n < 10) else {
            out.push('&');
            rest = &tail[1..];
            continue;
        };
        let name = &tail[1..semi];
        let decoded = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ if name.starts_with("#x") => u32::from_str_radix(&name[2..], 16).ok().and_then(char::from_u32),
            _ if name.starts_with('#') => name[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match decoded {
            Some(c) => out.push(c),
            None => out.push_str(&tail[..=semi]),
        }
        rest = &tail[semi + 1..];
    }
    out.push_str(rest);
    out
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let needle = format!("{name}=\"");
    let at = tag.find(&needle)? + needle.len();
    let end = tag[at..].find('"')? + at;
    Some(tag[at..end].to_owned())
}

/// Strips one `<div type="document">` into plain text: title line, dateline,
/// paragraphs, then notes as paragraphs; records the gold spans.
fn strip_frus(id: &str, xml: &str) -> FrusDoc {
    let mut bufs: HashMap<u8, Buf> = HashMap::new();
    let key = |p: Part| p as u8;
    let mut stack: Vec<String> = Vec::new();
    let mut note_depth = 0usize;
    let mut head_depth: Option<usize> = None;
    let mut in_dateline = false;
    // (part, start, corresp) of the open persName.
    let mut open_person: Option<(Part, usize, Option<String>)> = None;
    let mut persons: Vec<(Part, usize, usize, Option<String>)> = Vec::new();
    let mut date = None;
    let mut place = None;
    let mut place_open: Option<usize> = None;
    let mut seen_doc_head = false;
    let part_now = |note_depth: usize, head: Option<usize>, dateline: bool| {
        if note_depth > 0 {
            Part::Note
        } else if head.is_some() {
            Part::Title
        } else if dateline {
            Part::Dateline
        } else {
            Part::Body
        }
    };
    let mut rest = xml;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            let part = part_now(note_depth, head_depth, in_dateline);
            bufs.entry(key(part)).or_default().push(&decode_entities(rest));
            break;
        };
        if lt > 0 {
            let part = part_now(note_depth, head_depth, in_dateline);
            bufs.entry(key(part)).or_default().push(&decode_entities(&rest[..lt]));
        }
        let gt = rest[lt..].find('>').map_or(rest.len(), |g| lt + g);
        let tag = &rest[lt + 1..gt];
        rest = &rest[(gt + 1).min(rest.len())..];
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        let closing = tag.starts_with('/');
        let self_closing = tag.ends_with('/');
        let name: String =
            tag.trim_start_matches('/').chars().take_while(|c| !c.is_whitespace() && *c != '/').collect();
        let part = part_now(note_depth, head_depth, in_dateline);
        if closing {
            stack.pop();
            match name.as_str() {
                "note" => {
                    note_depth = note_depth.saturating_sub(1);
                    bufs.entry(key(Part::Note)).or_default().paragraph();
                }
                "head" if head_depth == Some(stack.len()) => head_depth = None,
                "dateline" => in_dateline = false,
                "persName" => {
                    if let Some((p, start, corresp)) = open_person.take() {
                        let buf = bufs.entry(key(p)).or_default();
                        let end = buf.text.trim_end().len();
                        if end > start {
                            persons.push((p, start, end, corresp));
                        }
                    }
                }
                "placeName" if in_dateline => {
                    if let Some(start) = place_open.take() {
                        let text = &bufs.entry(key(Part::Dateline)).or_default().text;
                        place = Some(text[start..].trim().to_owned());
                    }
                }
                "p" | "item" | "closer" | "signed" | "head" | "list" | "salute" | "opener" | "postscript" => {
                    bufs.entry(key(part)).or_default().paragraph();
                }
                _ => {}
            }
            continue;
        }
        if !self_closing {
            stack.push(name.clone());
        }
        match name.as_str() {
            "note" if !self_closing => note_depth += 1,
            "head" if !seen_doc_head && note_depth == 0 => {
                seen_doc_head = true;
                head_depth = Some(stack.len() - 1);
            }
            "dateline" => in_dateline = true,
            "date" if in_dateline => date = attribute(tag, "when").map(|w| w.chars().take(10).collect()),
            "placeName" if in_dateline => {
                let buf = bufs.entry(key(Part::Dateline)).or_default();
                place_open = Some(buf.text.len());
            }
            "persName" if !self_closing => {
                let buf = bufs.entry(key(part)).or_default();
                // The span starts at the next non-space character.
                let start = buf.text.len();
                open_person =
                    Some((part, start, attribute(tag, "corresp").map(|c| c.trim_start_matches('#').to_owned())));
            }
            "lb" => bufs.entry(key(part)).or_default().push(" "),
            _ => {}
        }
    }
    // Assemble: title, dateline, body, notes.
    let mut text = String::new();
    let mut offsets: HashMap<u8, usize> = HashMap::new();
    for part in [Part::Title, Part::Dateline, Part::Body, Part::Note] {
        let Some(buf) = bufs.get(&key(part)) else { continue };
        let piece = buf.text.trim_end();
        if piece.is_empty() {
            continue;
        }
        let piece = match part {
            Part::Title => piece.replace("\n\n", " "),
            _ => piece.to_owned(),
        };
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        offsets.insert(key(part), text.len());
        text.push_str(&piece);
    }
    let mut gold = Vec::new();
    for (part, start, end, corresp) in persons {
        let Some(&base) = offsets.get(&key(part)) else { continue };
        let buf = &bufs[&key(part)].text;
        // Skip a leading space inside the span.
        let lead = buf[start..end].len() - buf[start..end].trim_start().len();
        let (s, e) = (base + start + lead, base + end);
        if e <= text.len()
            && text.is_char_boundary(s)
            && text.is_char_boundary(e)
            && text[s..e] == buf[start + lead..end]
        {
            gold.push(GoldPerson { start: s, end: e, text: text[s..e].to_owned(), corresp });
        }
    }
    gold.sort_by_key(|g| g.start);
    FrusDoc { id: id.to_owned(), text, persons: gold, date, place }
}

/// The text around `start..end`, the span bracketed, on one line (for `-v` miss listings).
fn context_line(text: &str, start: usize, end: usize) -> String {
    let mut from = start.saturating_sub(70);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (end + 40).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    format!("{}[{}]{}", &text[from..start], &text[start..end], &text[end..to])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// One row of `xtask/eval/offices.tsv`: an office phrase of a FRUS document
/// and the person it means, read by hand in context.
struct OfficeRow {
    doc: String,
    start: usize,
    end: usize,
    phrase: String,
    /// The people-database id of the person meant; `None` for `vacant`,
    /// `other` and `unclear` (no link is right).
    expected: Option<u32>,
}

fn read_offices(path: &Path) -> Result<Vec<OfficeRow>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading `{}`", path.display()))?;
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty()).skip(1) {
        let cells: Vec<&str> = line.split('\t').collect();
        let [doc, start, end, phrase, _date, _office, _post, expected, _reason] = cells.as_slice() else {
            anyhow::bail!("{}:{}: expected 9 tab-separated cells", path.display(), n + 1);
        };
        let number =
            |cell: &str| cell.parse::<usize>().with_context(|| format!("{}:{}: `{cell}`", path.display(), n + 1));
        rows.push(OfficeRow {
            doc: (*doc).to_owned(),
            start: number(start)?,
            end: number(end)?,
            phrase: (*phrase).to_owned(),
            expected: expected.parse().ok(),
        });
    }
    Ok(rows)
}

/// Office phrases scored against [`OfficeRow`]s.
#[derive(Default)]
struct OfficeScore {
    n: usize,
    right: usize,
    /// Linked to a person where the table names another.
    wrong_person: usize,
    /// Linked where the table says vacant, other or unclear.
    linked_where_none: usize,
    errors: Vec<String>,
}

impl OfficeScore {
    fn score(&mut self, row: &OfficeRow, got: Option<u32>) {
        self.n += 1;
        if got == row.expected || got.is_none() && row.expected.is_none() {
            self.right += 1;
            return;
        }
        match (row.expected, got) {
            (None, Some(_)) => self.linked_where_none += 1,
            (Some(_), Some(_)) => self.wrong_person += 1,
            _ => {}
        }
        let show = |id: Option<u32>| id.map_or("none".to_owned(), |id| id.to_string());
        self.errors.push(format!(
            "{} {} `{}`: {} expected, got {}",
            row.doc,
            row.start,
            row.phrase,
            show(row.expected),
            show(got)
        ));
    }
}

/// One line of the corrections file.
struct Correction {
    action: String,
    doc: String,
    text: String,
    from: String,
    to: String,
}

fn read_corrections(path: &Path) -> Result<Vec<Correction>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading `{}`", path.display()))?;
    Ok(text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols.len() >= 5).then(|| Correction {
                action: cols[0].to_owned(),
                doc: cols[1].to_owned(),
                text: cols[2].to_owned(),
                from: cols[3].to_owned(),
                to: cols[4].to_owned(),
            })
        })
        .collect())
}

fn apply_corrections(doc: &mut FrusDoc, corrections: &[Correction]) -> usize {
    let mut n = 0;
    for c in corrections.iter().filter(|c| c.doc == "*" || c.doc == doc.id) {
        match c.action.as_str() {
            "relink" => {
                for g in
                    doc.persons.iter_mut().filter(|g| g.text == c.text && g.corresp.as_deref() == Some(c.from.as_str()))
                {
                    g.corresp = Some(c.to.clone());
                    n += 1;
                }
            }
            "add" => {
                let mut from = 0;
                while let Some(at) = doc.text[from..].find(&c.text) {
                    let (s, e) = (from + at, from + at + c.text.len());
                    from = e;
                    let boundary = |i: usize, before: bool| {
                        let ch = if before { doc.text[..i].chars().next_back() } else { doc.text[i..].chars().next() };
                        !ch.is_some_and(char::is_alphanumeric)
                    };
                    if boundary(s, true) && boundary(e, false) && !doc.persons.iter().any(|g| g.start < e && s < g.end)
                    {
                        doc.persons.push(GoldPerson {
                            start: s,
                            end: e,
                            text: c.text.clone(),
                            corresp: Some(c.to.clone()),
                        });
                        n += 1;
                    }
                }
            }
            _ => {}
        }
    }
    doc.persons.sort_by_key(|g| g.start);
    n
}

/// Runs the real stages on a plain text, as `dossier inspect` would.
fn run_pipeline(path: &str, text: &str) -> Vec<EnrichedDoc> {
    run_pipeline_bytes(path, text.as_bytes().to_vec())
}

/// Whether the pipeline the scores run reads runs with the learned person
/// model (`--no-model` turns it off, to measure the rules alone).
static PERSON_MODEL: AtomicBool = AtomicBool::new(true);

/// The pipeline as `dossier` runs it, with the person model on or off.
pub(crate) fn pipeline(person_model: bool) -> dossier_pipeline::Pipeline {
    let mut config = dossier_pipeline::Config::default();
    config.enrich.person_model = person_model;
    dossier_pipeline::Pipeline::new(config)
}

/// Runs the real stages on a file's bytes; `path` is relative to `corpus/`.
/// Records that do not parse are left out, as the scores count only what came
/// out. A panic inside a stage (an `internal_error` reject) panics here again
/// with the reject's detail: a bug is never scored as a miss.
pub(crate) fn run_pipeline_bytes(path: &str, bytes: Vec<u8>) -> Vec<EnrichedDoc> {
    let outcome = pipeline(PERSON_MODEL.load(Ordering::Relaxed)).process_bytes(path, bytes);
    if let Some(bug) = outcome.rejects.iter().find(|r| r.reason == "internal_error") {
        panic!("`{path}`: {}", bug.detail);
    }
    outcome.docs.into_iter().map(|(doc, _rendered)| doc).collect()
}

/// A predicted person mention in source coordinates.
#[derive(Debug, Clone)]
struct Predicted {
    start: usize,
    end: usize,
    text: String,
    entity: String,
    method: String,
    /// The people-database id its entity is linked to, if any.
    hsg_id: Option<u32>,
}

/// The person mentions of an enriched plain-text document, mapped back to
/// offsets in the input text.
fn predicted_persons(doc: &EnrichedDoc, text: &str) -> Vec<Predicted> {
    let body = &doc.doc.body;
    let body_offset = doc.doc.meta.body_offset;
    let body_maps = text.get(body_offset..).is_some_and(|t| t.starts_with(body.as_str()));
    let title_offset = doc.doc.fields.title.as_ref().map_or(0, |t| t.evidence.start);
    doc.mentions
        .iter()
        .filter_map(Mention::as_entity)
        .filter(|m| m.entity.kind == EntityKind::Person)
        .filter_map(|m| {
            let base = match m.evidence.field {
                TextField::Body if body_maps => body_offset,
                TextField::Body => text.find(body.get(..40.min(body.len()))?)?,
                TextField::Title => title_offset,
                _ => return None,
            };
            Some(Predicted {
                start: base + m.evidence.start,
                end: base + m.evidence.end,
                text: doc.text(&m.evidence).to_owned(),
                entity: m.entity.id.clone(),
                method: m.method.to_owned(),
                hsg_id: m.entity.person_link.as_ref().map(|l| l.hsg_id),
            })
        })
        .collect()
}

#[derive(Default, Debug, Clone, Copy)]
struct Counts {
    n_gold: usize,
    n_predicted: usize,
    exact: usize,
    overlap_gold: usize,
    overlap_predicted: usize,
}

fn prf(tp_p: usize, n_p: usize, tp_g: usize, n_g: usize) -> (f64, f64, f64) {
    let p = if n_p == 0 { 0.0 } else { tp_p as f64 / n_p as f64 };
    let r = if n_g == 0 { 0.0 } else { tp_g as f64 / n_g as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

/// The folder of the FRUS documents (one `<div type="document">` per
/// `…-d<N>.xml` file): `corpus/frus/docs/`, else `corpus/frus/`.
fn frus_dir(root: &Path) -> PathBuf {
    [root.join("corpus/frus/docs"), root.join("corpus/frus")]
        .into_iter()
        .find(|dir| has_frus_docs(dir))
        .unwrap_or_else(|| root.join("corpus/frus"))
}

/// True when `dir` holds a FRUS document file (see [`is_frus_doc`]).
fn has_frus_docs(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| entries.filter_map(Result::ok).any(|e| is_frus_doc(&e.path())))
}

/// True for `frus1961-63v22-d215.xml`, not for the volume chunks.
fn is_frus_doc(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.strip_suffix(".xml")
        .and_then(|stem| stem.rsplit_once("-d"))
        .is_some_and(|(_, n)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

pub fn eval(args: &[String]) -> Result<ExitCode> {
    let root = workspace_root();
    // `--dev-root DIR` scores the keys of `DIR/corpus/wilson-dev/*/key.json`
    // instead of the bundled ones (a key kept outside the repository, in the
    // same format; implies `--only-dev`).
    let mut dev_root = None;
    // `--frus-root DIR` scores the FRUS documents of `DIR`, `DIR/corpus/frus/docs/`
    // or `DIR/corpus/frus/`, one `<div type="document">` per
    // `…-d<N>.xml` file, as published: a volume the rules were not written
    // on, no corrections, no office table; the FRUS part alone is printed.
    let mut frus_root = None;
    let mut peer = None;
    let mut rest = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--dev-root" {
            dev_root = Some(PathBuf::from(iter.next().context("eval: `--dev-root` needs a folder")?));
        } else if arg == "--frus-root" {
            frus_root = Some(PathBuf::from(iter.next().context("eval: `--frus-root` needs a folder")?));
        } else if arg == "--peer" {
            peer = Some(iter.next().context("eval: `--peer` needs a tool (`spacy`)")?.as_str());
        } else {
            rest.push(arg.as_str());
        }
    }
    if let Some(unknown) = rest
        .iter()
        .find(|a| !matches!(**a, "-v" | "--verbose" | "--misses" | "--only-dev" | "--no-corrections" | "--no-model"))
    {
        anyhow::bail!(
            "eval: unknown argument `{unknown}` (expected -v, --misses, --only-dev, --no-corrections, --no-model, --dev-root DIR, --frus-root DIR, --peer spacy)"
        );
    }
    PERSON_MODEL.store(!rest.contains(&"--no-model"), Ordering::Relaxed);
    let verbose = rest.iter().any(|a| *a == "-v" || *a == "--verbose");
    let show_misses = rest.contains(&"--misses");
    // `--peer spacy`: the dev keys only, dossier beside spaCy.
    if let Some(peer) = peer {
        if peer != "spacy" {
            anyhow::bail!("eval: unknown peer `{peer}` (expected `spacy`)");
        }
        let root = dev_root.unwrap_or_else(|| root.clone());
        let dev = eval_dev::eval_dev(&root)?;
        let (tool, found) = crate::peer::spacy(&root, &eval_dev::key_files(&root)?)?;
        println!();
        println!("People and places of the Wilson dev keys, dossier / {tool} (margin in points):");
        println!();
        print!("{}", eval_dev::peer_table(&root, &dev, "spaCy", &found)?);
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(dev_root) = dev_root {
        let dev = eval_dev::eval_dev(&dev_root)?;
        print_dev(&dev, show_misses);
        return Ok(ExitCode::SUCCESS);
    }
    if rest.contains(&"--only-dev") {
        return eval_only_dev(&root, show_misses);
    }
    // (`--frus-root` may name the folder of documents itself:
    // `corpus/frus-1958-60v19`.)
    let dir = match &frus_root {
        Some(dir) if has_frus_docs(dir) => dir.clone(),
        Some(other) => frus_dir(other),
        None => frus_dir(&root),
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading `{}`", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| is_frus_doc(p))
        .collect();
    files.sort();
    // `--no-corrections` scores the FRUS markup exactly as published.
    let corrections = if frus_root.is_some() || rest.contains(&"--no-corrections") {
        Vec::new()
    } else {
        read_corrections(&root.join("xtask/eval/frus-corrections.tsv"))?
    };

    let office_rows =
        if frus_root.is_some() { Vec::new() } else { read_offices(&root.join("xtask/eval/offices.tsv"))? };
    let mut offices = OfficeScore::default();
    let mut counts = Counts::default();
    let mut n_corrected = 0;
    // (corresp, entity id) of every matched mention with a corresp.
    let mut links: Vec<(String, String, String)> = Vec::new();
    // The entity table of the 33 documents, for its `probable_same_as` hints.
    let mut table = dossier_export::EntityTable::default();
    let (mut n_dated, mut n_date_ok, mut n_placed, mut n_place_ok) = (0, 0, 0, 0);
    let mut misses: BTreeMap<String, usize> = BTreeMap::new();
    // With `-v`, each missed gold mention in its line of text.
    let mut miss_lines: Vec<String> = Vec::new();
    let mut false_alarms: BTreeMap<String, usize> = BTreeMap::new();
    let mut date_errors = Vec::new();
    let mut place_errors = Vec::new();
    // People-database links: gold `persName` mentions whose `@corresp` the
    // database ties to a person, read as plain text (the text route) and as
    // TEI (the markup route); each counts right and wrong links.
    let mut authority_text = AuthorityCounts::default();
    let mut authority_markup = AuthorityCounts::default();
    // Text-route misses: the predicted entity, the gold person, what it got.
    let mut unlinked: BTreeMap<String, usize> = BTreeMap::new();
    for path in &files {
        let xml = std::fs::read_to_string(path).with_context(|| format!("reading `{}`", path.display()))?;
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let id = stem.rsplit('-').next().unwrap_or(stem).to_owned();
        let mut doc = strip_frus(&id, &xml);
        n_corrected += apply_corrections(&mut doc, &corrections);
        if let Ok(dump) = std::env::var("DOSSIER_EVAL_DUMP") {
            let _ = std::fs::create_dir_all(&dump);
            let _ = std::fs::write(Path::new(&dump).join(format!("{id}.txt")), &doc.text);
        }
        let enriched = run_pipeline(&format!("frus/{id}.txt"), &doc.text);
        let Some(e) = enriched.first() else { continue };
        table.add(e).context("entity table")?;
        let (by_office, predicted): (Vec<Predicted>, Vec<Predicted>) =
            predicted_persons(e, &doc.text).into_iter().partition(|p| p.method == "office_by_date");
        // Office phrases are scored against the hand-checked table, not the
        // markup (which tags names, never `the Secretary`).
        for row in office_rows.iter().filter(|r| r.doc == id) {
            let got = by_office.iter().find(|p| p.start < row.end && row.start < p.end).and_then(|p| p.hsg_id);
            offices.score(row, got);
        }
        counts.n_gold += doc.persons.len();
        counts.n_predicted += predicted.len();
        let mut used = vec![false; predicted.len()];
        for g in &doc.persons {
            if predicted.iter().any(|p| p.start == g.start && p.end == g.end) {
                counts.exact += 1;
            }
            let hit = predicted.iter().enumerate().find(|(i, p)| !used[*i] && p.start < g.end && g.start < p.end);
            match hit {
                Some((i, p)) => {
                    used[i] = true;
                    counts.overlap_gold += 1;
                    let gold_person = gold_hsg_id(stem, g.corresp.as_deref());
                    authority_text.score(gold_person, Some(p.hsg_id));
                    if let Some(gold) = gold_person.filter(|&gold| p.hsg_id != Some(gold)) {
                        let got = p.hsg_id.map_or("unlinked".to_owned(), |id| format!("linked to {id}"));
                        *unlinked.entry(format!("{} ({gold}, {got})", p.entity)).or_default() += 1;
                    }
                    if let Some(c) = &g.corresp {
                        links.push((c.clone(), p.entity.clone(), format!("{id}: {} → {}", g.text, p.entity)));
                    }
                }
                None => {
                    *misses.entry(g.text.clone()).or_default() += 1;
                    if verbose {
                        miss_lines.push(format!("{id}: {}", context_line(&doc.text, g.start, g.end)));
                    }
                    authority_text.score(gold_hsg_id(stem, g.corresp.as_deref()), None);
                }
            }
        }
        for tei in run_pipeline_bytes(&format!("frus/{stem}.xml"), xml.clone().into_bytes()) {
            authority_markup.add_markup_route(&tei);
        }
        for (p, u) in predicted.iter().zip(&used) {
            if *u || doc.persons.iter().any(|g| p.start < g.end && g.start < p.end) {
                counts.overlap_predicted += 1;
            } else {
                *false_alarms.entry(format!("{} ({})", p.text, p.method)).or_default() += 1;
            }
        }
        if let Some(gold) = &doc.date {
            n_dated += 1;
            let got = e.doc.date.as_ref().and_then(|d| d.value.iso.clone()).unwrap_or_default();
            if &got == gold {
                n_date_ok += 1;
            } else {
                date_errors.push(format!("{id}: {got:?} ≠ {gold}"));
            }
        }
        if let Some(gold) = &doc.place {
            n_placed += 1;
            let got = e
                .mentions
                .iter()
                .filter_map(Mention::as_entity)
                .find(|m| m.entity.kind == EntityKind::Place && m.method == "dateline")
                .map(|m| (e.text(&m.evidence).to_owned(), m.entity.geonames_id));
            let want = dossier_gazetteer::Gazetteer::bundled().lookup(gold).first().map(|c| c.geonameid);
            let ok = got.as_ref().is_some_and(|(text, id)| text == gold && (want.is_none() || *id == want));
            if ok {
                n_place_ok += 1;
            } else {
                place_errors.push(format!("{id}: {got:?} ≠ {gold} ({want:?})"));
            }
        }
    }
    let (p_exact, r_exact, f_exact) = prf(counts.exact, counts.n_predicted, counts.exact, counts.n_gold);
    let (p_overlap, r_overlap, f_overlap) =
        prf(counts.overlap_predicted, counts.n_predicted, counts.overlap_gold, counts.n_gold);

    let raw = Linking::score(&links);
    // The same, reading each surname-only entity as the full name its
    // `probable_same_as` hint in entities.csv points to.
    let same_as = dossier_enrich::probable_same_as(|f| table.visit_ids(f)).context("entity table")?;
    let hinted_links: Vec<(String, String, String)> = links
        .iter()
        .map(|(c, e, what)| (c.clone(), same_as.get(e).cloned().unwrap_or_else(|| e.clone()), what.clone()))
        .collect();
    let hinted = Linking::score(&hinted_links);
    let Linking {
        accuracy: link_accuracy,
        pair_precision,
        pair_recall,
        same_e,
        same_c,
        n_corresp,
        errors: link_errors,
    } = raw;

    let mut report = String::new();
    let authority_rows = [("plain-text route", &authority_text), ("markup route (TEI)", &authority_markup)];
    let _ = writeln!(
        report,
        "dossier eval — {} FRUS documents ({}), {n_corrected} gold corrections",
        files.len(),
        dir.display()
    );
    let _ = writeln!(report);
    let _ = writeln!(report, "| measure | value | n | target |");
    let _ = writeln!(report, "|---|---|---|---|");
    let _ = writeln!(
        report,
        "| FRUS person mentions, overlap P / R / F1 | {p_overlap:.3} / {r_overlap:.3} / **{f_overlap:.3}** | {} gold, {} found | F1 ≥ 0.85 |",
        counts.n_gold, counts.n_predicted
    );
    let _ =
        writeln!(report, "| FRUS person mentions, exact P / R / F1 | {p_exact:.3} / {r_exact:.3} / {f_exact:.3} | | |");
    if frus_root.is_none() {
        let _ = writeln!(
            report,
            "| FRUS office holders by date (`xtask/eval/offices.tsv`): right / linked where none is right | **{:.3}** / {} | {}/{} phrases right; {} linked to someone else | ≥ 0.90, none where vacant or unclear |",
            offices.right as f64 / offices.n.max(1) as f64,
            offices.linked_where_none,
            offices.right,
            offices.n,
            offices.wrong_person
        );
    }
    if verbose {
        for line in &offices.errors {
            let _ = writeln!(report, "  office error {line}");
        }
    }
    let _ = writeln!(
        report,
        "| FRUS linking: mention accuracy | **{link_accuracy:.3}** | {} mentions, {} `@corresp` | ≥ 0.90 |",
        links.len(),
        n_corresp
    );
    let _ = writeln!(
        report,
        "| FRUS linking with `probable_same_as` applied: mention accuracy / pair precision / recall | {:.3} / {:.3} / {:.3} | {} surname-only entities hinted | |",
        hinted.accuracy,
        hinted.pair_precision,
        hinted.pair_recall,
        same_as.len()
    );
    let _ = writeln!(
        report,
        "| FRUS linking: pair precision / recall | {pair_precision:.3} / {pair_recall:.3} | {same_e} / {same_c} pairs | |"
    );
    for (route, c) in authority_rows {
        let target = if route.starts_with("plain") { "≥ 0.85, wrong ≤ 0.03" } else { "" };
        let _ = writeln!(
            report,
            "| FRUS people database (`hsg_id`), {route}: right / wrong | {:.3} / {:.3} | {}/{} right, {} wrong | {target} |",
            ratio(c.right, c.n_gold),
            ratio(c.wrong, c.n_gold),
            c.right,
            c.n_gold,
            c.wrong,
        );
    }
    let _ = writeln!(
        report,
        "| FRUS document date | **{:.3}** | {n_date_ok}/{n_dated} | ≥ 0.97 |",
        ratio(n_date_ok, n_dated)
    );
    let _ =
        writeln!(report, "| FRUS dateline place | {:.3} | {n_place_ok}/{n_placed} | |", ratio(n_place_ok, n_placed));
    if frus_root.is_some() {
        let _ = writeln!(report);
        let _ = writeln!(report, "missed persons: {}", top_counts(&misses, 200).join("; "));
        let _ = writeln!(report, "false alarms: {}", top_counts(&false_alarms, 200).join("; "));
        for line in &miss_lines {
            let _ = writeln!(report, "  missed {line}");
        }
        let _ = writeln!(report, "date errors: {}", date_errors.join("; "));
        print!("{report}");
        return Ok(ExitCode::SUCCESS);
    }
    let wilson = eval_wilson(&root)?;
    let _ = writeln!(
        report,
        "| Wilson bulk: Associated Places recall | {:.3} | {}/{} | |",
        ratio(wilson.places_found, wilson.places),
        wilson.places_found,
        wilson.places
    );
    let _ = writeln!(
        report,
        "| Wilson bulk: People & Organizations recall | {:.3} | {}/{} | |",
        ratio(wilson.people_found, wilson.people),
        wilson.people_found,
        wilson.people
    );
    let top = top_counts;
    let _ = writeln!(report);
    let _ = writeln!(report, "missed persons: {}", top(&misses, 25).join("; "));
    let _ = writeln!(report, "false alarms: {}", top(&false_alarms, 25).join("; "));
    for line in &miss_lines {
        let _ = writeln!(report, "  missed {line}");
    }
    let _ = writeln!(
        report,
        "link errors: {}",
        link_errors.iter().take(if verbose { 1000 } else { 25 }).cloned().collect::<Vec<_>>().join("; ")
    );
    let _ = writeln!(
        report,
        "people-database misses (text route): {}",
        top(&unlinked, if verbose { 1000 } else { 30 }).join("; ")
    );
    let _ = writeln!(report, "date errors: {}", date_errors.join("; "));
    let _ = writeln!(report, "place errors: {}", place_errors.join("; "));
    let _ = writeln!(report, "wilson misses: {}", wilson.misses.join("; "));
    print!("{report}");
    let dev = eval_dev::eval_dev(&root)?;
    print_dev(&dev, show_misses);

    let out = json!({
        "frus": {
            "n_documents": files.len(),
            "n_gold_corrections": n_corrected,
            "persons": {
                "n_gold": counts.n_gold, "n_predicted": counts.n_predicted,
                "overlap": {"precision": p_overlap, "recall": r_overlap, "f1": f_overlap},
                "exact": {"precision": p_exact, "recall": r_exact, "f1": f_exact},
            },
            "linking": {"mention_accuracy": link_accuracy, "pair_precision": pair_precision, "pair_recall": pair_recall, "n_mentions": links.len()},
            "linking_with_probable_same_as": {"mention_accuracy": hinted.accuracy, "pair_precision": hinted.pair_precision, "pair_recall": hinted.pair_recall, "n_hints": same_as.len()},
            "offices": {"n": offices.n, "right": offices.right, "wrong_person": offices.wrong_person, "linked_where_none": offices.linked_where_none},
            "people_database": {
                "text_route": authority_text.to_json(),
                "markup_route": authority_markup.to_json(),
            },
            "date": {"accuracy": ratio(n_date_ok, n_dated), "n": n_dated, "errors": date_errors},
            "dateline_place": {"accuracy": ratio(n_place_ok, n_placed), "n": n_placed, "errors": place_errors},
            "missed": top(&misses, 50),
            "false_alarms": top(&false_alarms, 50),
            "link_errors": link_errors,
        },
        "wilson_bulk": {
            "places": {"recall": ratio(wilson.places_found, wilson.places), "n": wilson.places},
            "people_orgs": {"recall": ratio(wilson.people_found, wilson.people), "n": wilson.people},
            "misses": wilson.misses,
        },
        "wilson_dev": dev.to_json(),
    });
    write_eval_json(&root, &out)?;
    Ok(ExitCode::SUCCESS)
}

/// The `n` most frequent keys of `map`, most frequent first, as `key ×count`.
fn top_counts(map: &BTreeMap<String, usize>, n: usize) -> Vec<String> {
    let mut v: Vec<(&String, &usize)> = map.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    v.into_iter().take(n).map(|(k, n)| format!("{k} ×{n}")).collect()
}

/// Gold `persName` mentions whose `@corresp` the people database ties to a
/// person, and how many of them the predicted mention links to that person
/// (`right`) or to another (`wrong`).
#[derive(Debug, Default)]
struct AuthorityCounts {
    n_gold: usize,
    right: usize,
    wrong: usize,
}

impl AuthorityCounts {
    /// Counts one gold mention with its person (`None`: not in the database,
    /// not counted) and the id its predicted mention carries (`None`: no
    /// predicted mention).
    fn score(&mut self, gold: Option<u32>, predicted: Option<Option<u32>>) {
        let Some(gold) = gold else { return };
        self.n_gold += 1;
        match predicted.flatten() {
            Some(id) if id == gold => self.right += 1,
            Some(_) => self.wrong += 1,
            None => {}
        }
    }

    /// The markup route: the person spans of a document read from its TEI, as
    /// the parser found them, against the person mention on the same span.
    fn add_markup_route(&mut self, e: &EnrichedDoc) {
        let volume = e.doc.fields.record_id.as_ref().and_then(|r| r.value.split_once('/')).map(|(v, _)| v);
        let Some(volume) = volume else { return };
        for span in e.doc.markup.spans.iter().filter(|s| s.kind == dossier_model::MarkupKind::Person) {
            let gold = span.target.as_deref().and_then(|t| dossier_authority::by_volume_person(volume, t));
            let predicted = e
                .mentions
                .iter()
                .filter_map(Mention::as_entity)
                .find(|m| {
                    m.entity.kind == EntityKind::Person
                        && m.evidence.field == TextField::Body
                        && m.evidence.start < span.end
                        && span.start < m.evidence.end
                })
                .map(|m| m.entity.person_link.as_ref().map(|l| l.hsg_id));
            self.score(gold, predicted);
        }
    }

    fn to_json(&self) -> Value {
        json!({
            "n_gold": self.n_gold,
            "right": ratio(self.right, self.n_gold),
            "wrong": ratio(self.wrong, self.n_gold),
        })
    }
}

/// The people-database id of a gold `@corresp` of the document `stem`
/// (`frus1961-63v22-d215`): the volume's List of Persons entry.
fn gold_hsg_id(stem: &str, corresp: Option<&str>) -> Option<u32> {
    let (volume, _) = stem.rsplit_once("-d")?;
    dossier_authority::by_volume_person(volume, corresp?)
}

/// `--only-dev`: scores the Wilson dev keys alone and replaces only their part
/// of `target/eval.json`, so the FRUS and bulk figures of the last full run stay.
fn eval_only_dev(root: &Path, show_misses: bool) -> Result<ExitCode> {
    let dev = eval_dev::eval_dev(root)?;
    print_dev(&dev, show_misses);
    let path = root.join("target/eval.json");
    let mut out = std::fs::read_to_string(&path)
        .ok()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .filter(Value::is_object)
        .unwrap_or_else(|| json!({}));
    out["wilson_dev"] = dev.to_json();
    write_eval_json(root, &out)?;
    Ok(ExitCode::SUCCESS)
}

fn print_dev(dev: &eval_dev::DevScores, show_misses: bool) {
    println!();
    print!("{}", dev.table());
    if show_misses {
        println!();
        println!("Wilson dev misses:");
        print!("{}", dev.misses_report());
    }
}

fn write_eval_json(root: &Path, out: &Value) -> Result<()> {
    let path = root.join("target/eval.json");
    std::fs::create_dir_all(root.join("target")).context("creating `target/`")?;
    std::fs::write(&path, serde_json::to_string_pretty(out)? + "\n")
        .with_context(|| format!("writing `{}`", path.display()))?;
    eprintln!("xtask: wrote {}", path.display());
    Ok(())
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

#[derive(Default)]
struct WilsonScores {
    places: usize,
    places_found: usize,
    people: usize,
    people_found: usize,
    misses: Vec<String>,
}

/// Recall of the archive's own Associated Places and People & Organizations.
fn eval_wilson(root: &Path) -> Result<WilsonScores> {
    let mut scores = WilsonScores::default();
    let dir = root.join("corpus/wilson-bulk");
    let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(scores) };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let key = |s: &str| dossier_gazetteer::name_key(s);
    for path in files {
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading `{}`", path.display()))?;
        for (n, line) in text.lines().enumerate() {
            let record: Value =
                serde_json::from_str(line).with_context(|| format!("`{}` line {}", path.display(), n + 1))?;
            let field = |k: &str| record.get(k).and_then(Value::as_str).unwrap_or("");
            let plain =
                format!("{}\n\n{}\n\n{}", field("title"), field("original_publication_date"), field("text_body"));
            let enriched = run_pipeline(&format!("wilson-bulk/{n}.txt"), &plain);
            let Some(e) = enriched.first() else { continue };
            let names: Vec<String> = e
                .mentions
                .iter()
                .filter_map(Mention::as_entity)
                .flat_map(|m| {
                    let entity = &m.entity;
                    [entity.canonical_name.as_str(), e.text(&m.evidence), entity.modern_name.as_deref().unwrap_or("")]
                })
                .map(key)
                .collect();
            let person_keys: Vec<String> = e
                .mentions
                .iter()
                .filter_map(Mention::as_entity)
                .map(|m| &m.entity)
                .filter(|x| x.kind != EntityKind::Place)
                .flat_map(|x| {
                    let k = dossier_enrich::entities::names::person_key(&x.canonical_name);
                    [k.key, k.surname]
                })
                .collect();
            let list = |k: &str| -> Vec<String> {
                // The bulk export stores the lists as JSON text inside the JSON.
                let value = match record.get(k) {
                    Some(Value::String(s)) => serde_json::from_str(s).unwrap_or(Value::Null),
                    Some(v) => v.clone(),
                    None => Value::Null,
                };
                value
                    .as_array()
                    .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
                    .unwrap_or_default()
            };
            for place in list("associated_places") {
                scores.places += 1;
                let aliases: &[&str] = match place.as_str() {
                    "Great Britain" => &["United Kingdom", "Britain", "UK", "London"],
                    "United States" => &["United States", "US", "USA", "Washington"],
                    "Russia" => &["Russia", "Soviet Union", "Moscow"],
                    _ => &[],
                };
                let found = names.contains(&key(&place)) || aliases.iter().any(|a| names.contains(&key(a)));
                if found {
                    scores.places_found += 1;
                } else {
                    scores.misses.push(format!("place {place} (record {})", n + 1));
                }
            }
            for person in list("associated_people_orgs") {
                scores.people += 1;
                // The archive writes people as `Surname, Given (Other spelling)`
                // (`Satō, Eisaku`, `Chiang, Kai-shek (Jiang Jieshi)`): each
                // spelling is read in both orders, its surname being the part
                // before the comma (before this, the comma form was folded as
                // written and `Satō, Eisaku` did not match `Prime Minister Sato`).
                let (main, other) = match person.split_once(" (") {
                    Some((main, other)) => (main, Some(other.trim_end_matches(')'))),
                    None => (person.as_str(), None),
                };
                let mut keys: Vec<String> = Vec::new();
                for spelling in std::iter::once(main).chain(other) {
                    let k = dossier_enrich::entities::names::person_key(spelling);
                    keys.extend([k.key, k.surname]);
                    if let Some((surname, given)) = spelling.split_once(", ") {
                        // `Nobuhiko Ushiba`, and `Ushiba Nobuhiko` as East Asian texts write it.
                        for order in [format!("{given} {surname}"), format!("{surname} {given}")] {
                            keys.push(dossier_enrich::entities::names::person_key(&order).key);
                        }
                        keys.push(dossier_enrich::entities::names::person_key(surname).key);
                    }
                }
                if keys.iter().any(|k| !k.is_empty() && person_keys.contains(k)) {
                    scores.people_found += 1;
                } else {
                    scores.misses.push(format!("person {person} (record {})", n + 1));
                }
            }
        }
    }
    Ok(scores)
}

/// Linking scores of matched mentions `(gold corresp, entity id, description)`.
struct Linking {
    accuracy: f64,
    pair_precision: f64,
    pair_recall: f64,
    same_e: usize,
    same_c: usize,
    n_corresp: usize,
    errors: Vec<String>,
}

impl Linking {
    fn score(links: &[(String, String, String)]) -> Linking {
        // Pairs of matched mentions.
        let (mut same_c, mut same_c_same_e, mut same_e, mut same_e_same_c) = (0usize, 0usize, 0usize, 0usize);
        for (i, a) in links.iter().enumerate() {
            for b in &links[i + 1..] {
                let sc = a.0 == b.0;
                let se = a.1 == b.1;
                if sc {
                    same_c += 1;
                    same_c_same_e += usize::from(se);
                }
                if se {
                    same_e += 1;
                    same_e_same_c += usize::from(sc);
                }
            }
        }
        // Mention accuracy: each corresp's majority id, owned by that corresp only.
        let mut by_corresp: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
        for (c, e, _) in links {
            *by_corresp.entry(c).or_default().entry(e).or_default() += 1;
        }
        let majority: BTreeMap<&str, &str> = by_corresp
            .iter()
            .map(|(c, ids)| {
                (*c, ids.iter().max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id))).map(|(id, _)| *id).unwrap_or(""))
            })
            .collect();
        let mut owners: BTreeMap<&str, usize> = BTreeMap::new();
        for id in majority.values() {
            *owners.entry(id).or_default() += 1;
        }
        let mut errors: Vec<String> = Vec::new();
        let n_ok = links
            .iter()
            .filter(|(c, e, what)| {
                let ok = majority.get(c.as_str()) == Some(&e.as_str()) && owners.get(e.as_str()) == Some(&1);
                if !ok {
                    errors.push(format!("{what} (gold {c})"));
                }
                ok
            })
            .count();
        Linking {
            accuracy: ratio(n_ok, links.len()),
            pair_precision: ratio(same_e_same_c, same_e),
            pair_recall: ratio(same_c_same_e, same_c),
            same_e,
            same_c,
            n_corresp: by_corresp.len(),
            errors,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stripping_keeps_gold_spans_on_the_text() {
        let xml = r##"<div type="document" xml:id="d9" n="9"><head>9. Telegram From the <gloss type="from">Embassy</gloss> to <persName corresp="#p_RD1" type="to">Rusk</persName><note n="0">Source: Drafted by <persName corresp="#p_MPW1">Manhard</persName>.</note></head>
        <dateline><placeName>Seoul</placeName>, <date when="1961-05-16T09:00:00">May 16, 1961</date></dateline>
        <p>Gen <persName corresp="#p_CM1">Chang
          Myon</persName> &amp; Pak.</p></div>"##;
        let doc = strip_frus("d9", xml);
        assert_eq!(
            doc.text,
            "9. Telegram From the Embassy to Rusk\n\nSeoul, May 16, 1961\n\nGen Chang Myon & Pak.\n\nSource: Drafted by Manhard."
        );
        let spans: Vec<(&str, Option<&str>)> =
            doc.persons.iter().map(|g| (g.text.as_str(), g.corresp.as_deref())).collect();
        assert_eq!(spans, [("Rusk", Some("p_RD1")), ("Chang Myon", Some("p_CM1")), ("Manhard", Some("p_MPW1"))]);
        assert_eq!((doc.date.as_deref(), doc.place.as_deref()), (Some("1961-05-16"), Some("Seoul")));
    }
}
