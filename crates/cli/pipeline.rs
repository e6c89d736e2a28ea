//! The stage order, in one place: read → parse → normalize → enrich, per input
//! file, with a panic in any stage turned into that document's reject.
//!
//! Reading enforces the size limits before any parser sees a byte: a file is
//! read through `Read::take(max_bytes + 1)`, so a huge file never sits in memory,
//! and the longest line is measured in one pass before parsing.

use std::fs::File;
use std::io::Read;
use std::panic::{AssertUnwindSafe, catch_unwind};

use rayon::prelude::*;

use crate::timings::{Stage, Timings};

use dossier_model::{EnrichedDoc, ParsedDoc, RawInput, Reject};
use serde::Serialize;

use crate::walk::InputFile;

/// Default for `--max-bytes`: 64 MiB, far above any real record or volume part.
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;
/// Default for `--max-line-bytes`: 16 MiB.
pub const DEFAULT_MAX_LINE_BYTES: u64 = 16 << 20;

/// Test hook: when this environment variable is set, a document whose display
/// path contains its value panics inside the pipeline, so the end-to-end tests
/// can prove that one panicking document becomes an `internal_error` reject and
/// the run goes on. Never set it outside tests.
pub const PANIC_HOOK_VAR: &str = "DOSSIER_TEST_PANIC_ON";

/// Test hook: with [`PANIC_HOOK_VAR`], names the stage that panics: `parse`
/// (the default) or `render` (writing the document's rows, after enrichment).
pub const PANIC_STAGE_VAR: &str = "DOSSIER_TEST_PANIC_STAGE";

/// Limits checked by the binary before parsing; serialized into the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Limits {
    /// Largest input file read, in bytes; larger ones are rejected as `too_large`.
    pub max_bytes: u64,
    /// Longest line accepted, in bytes; longer ones reject the file as `line_too_long`.
    pub max_line_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_bytes: DEFAULT_MAX_BYTES, max_line_bytes: DEFAULT_MAX_LINE_BYTES }
    }
}

/// Every stage's configuration; serialized into the manifest.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Pipeline {
    /// Input limits, checked before parsing.
    pub limits: Limits,
    /// Parse stage.
    pub parse: dossier_parse::Config,
    /// Normalize stage.
    pub normalize: dossier_normalize::Config,
    /// Enrich stage.
    pub enrich: dossier_enrich::Config,
    /// Time spent per stage, for the run log (`--timings`); never in a dataset.
    #[serde(skip)]
    pub timings: std::sync::Arc<Timings>,
}

/// What one input file produced.
#[derive(Debug)]
pub struct FileOutcome {
    /// Display path.
    pub display: String,
    /// BLAKE3 of the bytes (empty when unreadable).
    pub blake3: String,
    /// Size in bytes.
    pub n_bytes: u64,
    /// Documents, in file order.
    pub docs: Vec<(EnrichedDoc, dossier_export::Rendered)>,
    /// Rejects, in file order.
    pub rejects: Vec<Reject>,
    /// Rejects that were internal errors (panics), a subset of `rejects`.
    pub n_internal_errors: u64,
}

thread_local! {
    /// Where the last panic on this thread happened, recorded by the hook below.
    static PANIC_LOCATION: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// True while this thread runs a stage inside [`guarded`].
    static GUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Replaces the panic hook. Inside a guarded stage it only records the
/// location (the message and location go to the document's reject entry, and
/// printing would tear the progress bar); anywhere else the previous hook runs,
/// so a panic outside the guards is printed, never swallowed.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if GUARDED.with(std::cell::Cell::get) {
            let location = info.location().map(|l| format!("{}:{}", l.file(), l.line()));
            PANIC_LOCATION.with(|cell| *cell.borrow_mut() = location);
        } else {
            previous(info);
        }
    }));
}

/// Runs `stage` with panics caught, as one document's failure.
fn guarded<T>(stage: impl FnOnce() -> T) -> Result<T, Box<dyn std::any::Any + Send>> {
    let was = GUARDED.with(|g| g.replace(true));
    let result = catch_unwind(AssertUnwindSafe(stage));
    GUARDED.with(|g| g.set(was));
    result
}

/// True when the test hooks ask `display` to panic in `stage`.
fn test_panic(display: &str, stage: &str) -> bool {
    let Some(needle) = std::env::var(PANIC_HOOK_VAR).ok().filter(|n| !n.is_empty()) else { return false };
    let wanted = std::env::var(PANIC_STAGE_VAR).unwrap_or_else(|_| "parse".to_owned());
    display.contains(needle.as_str()) && wanted == stage
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let message = payload_text(payload);
    match PANIC_LOCATION.with(|cell| cell.borrow_mut().take()) {
        Some(location) => format!("{message} (at {location})"),
        None => message,
    }
}

fn payload_text(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic payload".to_owned()
    }
}

fn internal_error(display: &str, record_key: Option<String>, stage: &str, message: &str) -> Reject {
    Reject {
        path: display.to_owned(),
        record_key,
        reason: "internal_error".to_owned(),
        detail: format!("internal error in the {stage} stage (a bug in dossier, please report it): {message}"),
        offset: None,
        line: None,
    }
}

fn reject(display: &str, reason: &str, detail: String, offset: Option<u64>, line: Option<u64>) -> Reject {
    Reject { path: display.to_owned(), record_key: None, reason: reason.to_owned(), detail, offset, line }
}

/// The longest line of `bytes`: (length in bytes without its line end, byte
/// offset of its start, 1-based line number). One linear pass.
fn longest_line(bytes: &[u8]) -> (u64, u64, u64) {
    let mut best = (0, 0, 1);
    let mut start = 0;
    let mut line = 1;
    for (idx, &byte) in bytes.iter().enumerate() {
        if byte == b'\n' {
            let len = (idx - start) as u64;
            if len > best.0 {
                best = (len, start as u64, line);
            }
            start = idx + 1;
            line += 1;
        }
    }
    let len = (bytes.len() - start) as u64;
    if len > best.0 {
        best = (len, start as u64, line);
    }
    best
}

/// Hashes a whole file without holding it in memory: how a file too large to
/// read still gets its hash into the manifest (and its change noticed on resume).
fn hash_streaming(path: &std::path::Path) -> std::io::Result<(String, u64)> {
    let mut hasher = blake3::Hasher::new();
    let file = File::open(path)?;
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    let n_bytes = std::io::copy(&mut reader, &mut hasher)?;
    Ok((hasher.finalize().to_hex().to_string(), n_bytes))
}

/// What reading one input file under the limits gave.
enum ReadResult {
    /// The whole file, within the limits.
    Bytes(Vec<u8>),
    /// Not processed: the outcome is one reject.
    Rejected(FileOutcome),
}

impl Pipeline {
    /// Runs every stage over already-read bytes.
    pub fn process_bytes(&self, display: &str, bytes: Vec<u8>) -> FileOutcome {
        let blake3 = blake3::hash(&bytes).to_hex().to_string();
        let n_bytes = bytes.len() as u64;
        let mut outcome = FileOutcome {
            display: display.to_owned(),
            blake3: blake3.clone(),
            n_bytes,
            docs: Vec::new(),
            rejects: Vec::new(),
            n_internal_errors: 0,
        };
        let (max_line, line_offset, line) = longest_line(&bytes);
        if max_line > self.limits.max_line_bytes {
            outcome.rejects.push(reject(
                display,
                "line_too_long",
                format!(
                    "`{display}` has a line of {max_line} bytes (line {line}), longer than the limit of {} bytes: expected text with line breaks (raise --max-line-bytes to accept it)",
                    self.limits.max_line_bytes
                ),
                Some(line_offset),
                Some(line),
            ));
            return outcome;
        }
        let input = RawInput { path: display.to_owned(), blake3, bytes };
        let parsed = match guarded(|| {
            if test_panic(display, "parse") {
                panic!("test hook {PANIC_HOOK_VAR} matched `{display}`");
            }
            self.timings.time(Stage::Parse, || dossier_parse::parse(input, &self.parse))
        }) {
            Ok(parsed) => parsed,
            Err(payload) => {
                outcome.rejects.push(internal_error(display, None, "parse", &panic_message(&*payload)));
                outcome.n_internal_errors += 1;
                return outcome;
            }
        };
        // A FRUS volume or a JSONL file holds hundreds of documents: they are
        // finished in parallel too (indexed, so file order is kept), or one
        // big file would keep a single worker busy while the others idle.
        // Their output rows are rendered here too, so the single writer thread
        // only appends bytes.
        let finished: Vec<Result<(EnrichedDoc, dossier_export::Rendered), Box<Reject>>> = parsed
            .docs
            .into_par_iter()
            .map(|doc| {
                let doc = self.finish_document(display, doc)?;
                let key = doc.doc.source.record_key.clone();
                // Rendering is a stage like the others: a panic in it is this
                // document's reject, not the end of the run.
                let rendered = guarded(|| {
                    if test_panic(display, "render") {
                        panic!("test hook {PANIC_HOOK_VAR} matched `{display}` in rendering");
                    }
                    dossier_export::render(&doc)
                });
                match rendered {
                    Ok(Ok(rendered)) => Ok((doc, rendered)),
                    Ok(Err(e)) => Err(Box::new(internal_error(display, key, "export", &e.to_string()))),
                    Err(payload) => Err(Box::new(internal_error(display, key, "export", &panic_message(&*payload)))),
                }
            })
            .collect();
        for result in finished {
            match result {
                Ok(doc) => outcome.docs.push(doc),
                Err(reject) => {
                    outcome.rejects.push(*reject);
                    outcome.n_internal_errors += 1;
                }
            }
        }
        outcome.rejects.extend(parsed.errors.iter().map(|e| e.to_reject()));
        outcome
    }

    /// Runs the stages after parsing over one parsed document; a panic becomes
    /// the document's `internal_error` reject.
    pub fn finish_document(&self, display: &str, doc: ParsedDoc) -> Result<EnrichedDoc, Box<Reject>> {
        let key = doc.source.record_key.clone();
        let _timer = self.timings.start(Stage::NormalizeEnrich);
        guarded(|| {
            let normalized = dossier_normalize::normalize(doc, &self.normalize);
            dossier_enrich::enrich(normalized, &self.enrich)
        })
        .map_err(|payload| Box::new(internal_error(display, key, "normalize/enrich", &panic_message(&*payload))))
    }

    /// Reads one input file and runs every stage over it; an unreadable or
    /// too large file is a reject.
    pub fn process_file(&self, file: &InputFile) -> FileOutcome {
        match self.timings.time(Stage::Read, || self.read_limited(file)) {
            ReadResult::Bytes(bytes) => self.process_bytes(&file.display, bytes),
            ReadResult::Rejected(outcome) => outcome,
        }
    }

    /// Reads at most `max_bytes + 1` bytes of `file`: one byte more than allowed
    /// is enough to know it is too large.
    fn read_limited(&self, file: &InputFile) -> ReadResult {
        let display = &file.display;
        let rejected = |blake3: String, n_bytes: u64, reject: Reject| {
            ReadResult::Rejected(FileOutcome {
                display: display.clone(),
                blake3,
                n_bytes,
                docs: Vec::new(),
                rejects: vec![reject],
                n_internal_errors: 0,
            })
        };
        let unreadable =
            |e: std::io::Error| reject(display, "unreadable", format!("cannot read `{display}`: {e}"), None, None);
        let mut bytes = Vec::new();
        let limit = self.limits.max_bytes;
        let result = File::open(&file.path).and_then(|f| f.take(limit.saturating_add(1)).read_to_end(&mut bytes));
        if let Err(e) = result {
            return rejected(String::new(), 0, unreadable(e));
        }
        if bytes.len() as u64 > limit {
            drop(bytes);
            let (blake3, n_bytes) = match hash_streaming(&file.path) {
                Ok(hashed) => hashed,
                Err(e) => return rejected(String::new(), 0, unreadable(e)),
            };
            let detail = format!(
                "`{display}` is {n_bytes} bytes, larger than the limit of {limit} bytes: not read (raise --max-bytes to accept it)"
            );
            return rejected(blake3, n_bytes, reject(display, "too_large", detail, None, None));
        }
        ReadResult::Bytes(bytes)
    }

    /// The current hash and size of `file`, as [`Pipeline::process_file`] would
    /// record them (empty hash when unreadable), read without holding it in memory.
    pub fn input_hash(file: &InputFile) -> (String, u64) {
        hash_streaming(&file.path).unwrap_or_default()
    }
}
