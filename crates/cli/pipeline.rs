//! The stage order, in one place: read → parse → normalize → enrich, per input
//! file, with a panic in any stage turned into that document's reject.

use std::panic::{AssertUnwindSafe, catch_unwind};

use dossier_model::{EnrichedDoc, ParsedDoc, RawInput, Reject};
use serde::Serialize;

use crate::walk::InputFile;

/// Every stage's configuration; serialized into the manifest.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Pipeline {
    /// Parse stage.
    pub parse: dossier_parse::Config,
    /// Normalize stage.
    pub normalize: dossier_normalize::Config,
    /// Enrich stage.
    pub enrich: dossier_enrich::Config,
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
    pub docs: Vec<EnrichedDoc>,
    /// Rejects, in file order.
    pub rejects: Vec<Reject>,
    /// Rejects that were internal errors (panics), a subset of `rejects`.
    pub n_internal_errors: u64,
}

thread_local! {
    /// Where the last panic on this thread happened, recorded by the hook below.
    static PANIC_LOCATION: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Replaces the default panic hook, which would print over the progress bar,
/// with one that only records the location; the message and location then go to
/// the document's reject entry instead.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let location = info.location().map(|l| format!("{}:{}", l.file(), l.line()));
        PANIC_LOCATION.with(|cell| *cell.borrow_mut() = location);
    }));
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
        let input = RawInput { path: display.to_owned(), blake3, bytes };
        let parsed = match catch_unwind(AssertUnwindSafe(|| dossier_parse::parse(input, &self.parse))) {
            Ok(parsed) => parsed,
            Err(payload) => {
                outcome.rejects.push(internal_error(display, None, "parse", &panic_message(&*payload)));
                outcome.n_internal_errors += 1;
                return outcome;
            }
        };
        for doc in parsed.docs {
            match self.finish_document(display, doc) {
                Ok(doc) => outcome.docs.push(doc),
                Err(reject) => {
                    outcome.rejects.push(reject);
                    outcome.n_internal_errors += 1;
                }
            }
        }
        outcome.rejects.extend(parsed.errors.iter().map(|e| e.to_reject()));
        outcome
    }

    /// Runs the stages after parsing over one parsed document; a panic becomes
    /// the document's `internal_error` reject.
    pub fn finish_document(&self, display: &str, doc: ParsedDoc) -> Result<EnrichedDoc, Reject> {
        let key = doc.source.record_key.clone();
        catch_unwind(AssertUnwindSafe(|| {
            let normalized = dossier_normalize::normalize(doc, &self.normalize);
            dossier_enrich::enrich(normalized, &self.enrich)
        }))
        .map_err(|payload| internal_error(display, key, "normalize/enrich", &panic_message(&*payload)))
    }

    /// Reads one input file and runs every stage over it; an unreadable file is a reject.
    pub fn process_file(&self, file: &InputFile) -> FileOutcome {
        match std::fs::read(&file.path) {
            Ok(bytes) => self.process_bytes(&file.display, bytes),
            Err(e) => FileOutcome {
                display: file.display.clone(),
                blake3: String::new(),
                n_bytes: 0,
                docs: Vec::new(),
                rejects: vec![Reject {
                    path: file.display.clone(),
                    record_key: None,
                    reason: "unreadable".to_owned(),
                    detail: format!("cannot read `{}`: {e}", file.display),
                    offset: None,
                    line: None,
                }],
                n_internal_errors: 0,
            },
        }
    }
}
