//! [`Pipeline`]: read → parse → normalize → enrich → render for one input file
//! (or one JSONL line), every stage inside the panic guard.
//!
//! Reading enforces the size limits before any parser sees a byte: a file is
//! read through `Read::take(max_bytes + 1)`, so a huge file never sits in memory,
//! and the longest line is measured in one pass before parsing.

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use dossier_model::{EnrichedDoc, ParsedDoc, RawInput, Reject};
use rayon::prelude::*;

use crate::Config;
use crate::guard::{PANIC_HOOK_VAR, guarded, internal_error, panic_message, test_panic};
use crate::timings::{Stage, Timings};

/// Runs the stages with one [`Config`], adding their time to its [`Timings`].
/// Shared by reference between worker threads.
#[derive(Debug, Clone, Default)]
pub struct Pipeline {
    config: Config,
    /// Time spent per stage, for the run log (`--timings`); never in a dataset.
    timings: Arc<Timings>,
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
    /// Documents with their rendered rows and record, in file order.
    pub docs: Vec<(EnrichedDoc, dossier_export::Rendered)>,
    /// Rejects, in file order.
    pub rejects: Vec<Reject>,
    /// Rejects that were internal errors (panics), a subset of `rejects`.
    pub n_internal_errors: u64,
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
fn hash_streaming(path: &Path) -> std::io::Result<(String, u64)> {
    let mut hasher = blake3::Hasher::new();
    let file = File::open(path)?;
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    let n_bytes = std::io::copy(&mut reader, &mut hasher)?;
    Ok((hasher.finalize().to_hex().to_string(), n_bytes))
}

/// The current hash and size of the file at `path`, as
/// [`Pipeline::process_file`] would record them (empty hash when unreadable),
/// read without holding it in memory.
pub fn input_hash(path: &Path) -> (String, u64) {
    hash_streaming(path).unwrap_or_default()
}

/// What reading one input file under the limits gave.
enum ReadResult {
    /// The whole file, within the limits.
    Bytes(Vec<u8>),
    /// Not processed: the outcome is one reject.
    Rejected(FileOutcome),
}

impl Pipeline {
    /// A pipeline with `config` and fresh timings. The reference tables start
    /// loading in the background ([`dossier_enrich::warm_up`]).
    pub fn new(config: Config) -> Self {
        dossier_enrich::warm_up();
        Pipeline { config, timings: Arc::default() }
    }

    /// The configuration every stage runs with (what the manifest records).
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The time spent per stage so far, summed over threads.
    pub fn timings(&self) -> &Timings {
        &self.timings
    }

    /// Reads the file at `path` and runs every stage over it; `display` is the
    /// path that documents and rejects name. An unreadable or too large file is
    /// a reject.
    pub fn process_file(&self, path: &Path, display: &str) -> FileOutcome {
        match self.timings.time(Stage::Read, || self.read_limited(path, display)) {
            ReadResult::Bytes(bytes) => self.process_bytes(display, bytes),
            ReadResult::Rejected(outcome) => outcome,
        }
    }

    /// Runs every stage over already-read bytes: the line limit, parse, then
    /// normalize, enrich and render per document (in parallel, in file order).
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
        let limits = &self.config.limits;
        let (max_line, line_offset, line) = longest_line(&bytes);
        if max_line > limits.max_line_bytes {
            outcome.rejects.push(reject(
                display,
                "line_too_long",
                format!(
                    "`{display}` has a line of {max_line} bytes (line {line}), longer than the limit of {} bytes: expected text with line breaks (raise --max-line-bytes to accept it)",
                    limits.max_line_bytes
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
            self.timings.time(Stage::Parse, || dossier_parse::parse(input, &self.config.parse))
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
                let rendered = guarded_render(display, &doc, |doc| dossier_export::render(doc, self.config.detail()))?;
                Ok((doc, rendered))
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
        let key = doc.meta.source.record_key.clone();
        let _timer = self.timings.start(Stage::NormalizeEnrich);
        guarded(|| {
            let normalized = dossier_normalize::normalize(doc, &self.config.normalize);
            dossier_enrich::enrich(normalized, &self.config.enrich)
        })
        .map_err(|payload| Box::new(internal_error(display, key, "normalize/enrich", &panic_message(&*payload))))
    }

    /// Runs every stage over one JSONL record given on its own, as `dossier
    /// stream` reads stdin: `line` without its line end, `line_number` 1-based,
    /// `display` the stream's name. Gives the document's JSONL record (one line,
    /// without the newline). A record that does not parse is a reject with its
    /// reason; a panic in any stage is an `internal_error` reject.
    pub fn process_jsonl_line(&self, display: &str, line_number: u64, line: &str) -> Result<String, Box<Reject>> {
        let parsed = guarded(|| {
            if test_panic(display, "parse") {
                panic!("test hook {PANIC_HOOK_VAR} matched `{display}`");
            }
            self.timings.time(Stage::Parse, || dossier_parse::parse_jsonl_line(display, line_number as usize, line))
        })
        .map_err(|payload| Box::new(internal_error(display, None, "parse", &panic_message(&*payload))))?;
        let doc = self.finish_document(display, parsed.map_err(|e| Box::new(e.to_reject()))?)?;
        let detail = self.config.detail();
        guarded_render(display, &doc, |doc| serde_json::to_string(&dossier_export::document_record(doc, detail)))
    }

    /// Reads at most `max_bytes + 1` bytes of the file at `path`: one byte more
    /// than allowed is enough to know it is too large.
    fn read_limited(&self, path: &Path, display: &str) -> ReadResult {
        let rejected = |blake3: String, n_bytes: u64, reject: Reject| {
            ReadResult::Rejected(FileOutcome {
                display: display.to_owned(),
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
        let limit = self.config.limits.max_bytes;
        let result = File::open(path).and_then(|f| f.take(limit.saturating_add(1)).read_to_end(&mut bytes));
        if let Err(e) = result {
            return rejected(String::new(), 0, unreadable(e));
        }
        if bytes.len() as u64 > limit {
            drop(bytes);
            let (blake3, n_bytes) = match hash_streaming(path) {
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
}

/// Renders one enriched document with `render`. Rendering is a stage like the
/// others: a panic in it (or an error, which no document should cause) is this
/// document's reject, not the end of the run.
fn guarded_render<T, E: std::fmt::Display>(
    display: &str,
    doc: &EnrichedDoc,
    render: impl FnOnce(&EnrichedDoc) -> Result<T, E>,
) -> Result<T, Box<Reject>> {
    let key = || doc.doc.meta.source.record_key.clone();
    let rendered = guarded(|| {
        if test_panic(display, "render") {
            panic!("test hook {PANIC_HOOK_VAR} matched `{display}` in rendering");
        }
        render(doc)
    });
    match rendered {
        Ok(Ok(rendered)) => Ok(rendered),
        Ok(Err(e)) => Err(Box::new(internal_error(display, key(), "export", &e.to_string()))),
        Err(payload) => Err(Box::new(internal_error(display, key(), "export", &panic_message(&*payload)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Limits;

    /// Runs `bytes` through a pipeline with `max_line_bytes` and compares the
    /// number of documents and the reject reasons.
    fn check(bytes: &[u8], max_line_bytes: u64, n_docs: usize, reasons: &[&str]) {
        let limits = Limits { max_line_bytes, ..Limits::default() };
        let pipeline = Pipeline::new(Config { limits, ..Config::default() });
        let outcome = pipeline.process_bytes("test.txt", bytes.to_vec());
        let got: Vec<&str> = outcome.rejects.iter().map(|r| r.reason.as_str()).collect();
        assert_eq!((outcome.docs.len(), got.as_slice()), (n_docs, reasons));
        assert_eq!(outcome.n_bytes, bytes.len() as u64);
        assert_eq!(outcome.blake3, blake3::hash(bytes).to_hex().as_str());
        assert_eq!(outcome.n_internal_errors, 0);
    }

    #[test]
    fn limits_come_before_the_stages() {
        check(b"Memorandum of Conversation\n\nThe Ambassador called on the Minister.\n", 100, 1, &[]);
        check(b"short\nthis line is longer than ten bytes\n", 10, 0, &["line_too_long"]);
        check(b"", 10, 0, &["empty"]);
    }

    #[test]
    fn jsonl_lines_run_every_stage_or_give_their_reject() {
        let pipeline = Pipeline::default();
        let record = pipeline
            .process_jsonl_line("<stdin>", 1, r#"{"id": "r1", "title": "Cable", "text": "Text of the cable."}"#)
            .expect("a valid record");
        assert!(record.starts_with('{') && !record.contains('\n'), "{record}");
        let reject = pipeline.process_jsonl_line("<stdin>", 2, "not json").expect_err("invalid json");
        assert_eq!(reject.reason, "invalid_json");
    }

    #[test]
    fn the_longest_line_is_measured_without_its_line_end() {
        assert_eq!(longest_line(b""), (0, 0, 1));
        assert_eq!(longest_line(b"ab\ncdef\ng"), (4, 3, 2));
        assert_eq!(longest_line(b"ab\nc\nlast line"), (9, 5, 3));
    }

    #[test]
    fn the_config_names_the_limits_every_stage_and_the_record_detail() {
        // As the manifest's `config` holds it (a `serde_json::Value`, keys sorted).
        let value = serde_json::to_value(Config::default()).expect("serializes");
        let keys: Vec<&str> = value.as_object().expect("an object").keys().map(String::as_str).collect();
        assert_eq!(keys, ["enrich", "evidence_text", "limits", "normalize", "parse"]);
    }
}
