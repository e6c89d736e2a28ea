//! The stage order, in one library: read → parse → normalize → enrich → render
//! for one input, with a panic in any stage (rendering included) turned into
//! that document's `internal_error` reject.
//!
//! Every caller goes through [`Pipeline`]: `dossier run`, `dossier inspect` and
//! `dossier stream`, `cargo xtask eval`, the fuzz `pipeline` target and the
//! enrich benchmark of the whole step. None of them spells out the stage order,
//! so they cannot drift apart, and none of them can forget the panic guard.
//!
//! ```no_run
//! use dossier_pipeline::{Config, Pipeline};
//!
//! dossier_pipeline::install_panic_hook();
//! let pipeline = Pipeline::new(Config::default());
//! let outcome = pipeline.process_file("corpus/wilson/record.txt".as_ref(), "wilson/record.txt");
//! for (doc, _rendered) in &outcome.docs {
//!     println!("{}", doc.doc.meta.id.0);
//! }
//! for reject in &outcome.rejects {
//!     eprintln!("{}: {}", reject.reason, reject.detail);
//! }
//! ```
//!
//! # Why this crate uses rayon
//!
//! STYLE keeps `rayon` in the binary and `xtask`, and stage crates are plain
//! functions over one document. This crate is not a stage but the driver of
//! one input file, and a FRUS volume or a JSONL file holds hundreds of
//! documents: [`Pipeline::process_bytes`] finishes them with an indexed
//! `into_par_iter`, or one big file would keep a single worker busy while the
//! others idle. It runs on whatever pool the caller installed (the binary's
//! `--threads` pool, or rayon's global pool), and the indexed collect keeps file
//! order, so outputs do not depend on the thread count.
//!
//! # Timings
//!
//! [`Timings`] adds up the time per stage for the run log (`dossier run
//! --timings`). It is runtime state, never configuration: it is not part of
//! [`Config`], which is what the manifest records.

mod guard;
mod pipeline;
mod timings;

pub use guard::{PANIC_HOOK_VAR, PANIC_STAGE_VAR, install_panic_hook};
pub use pipeline::{FileOutcome, Pipeline, input_hash};
pub use timings::{Stage, StageTimer, Timings};

use serde::Serialize;

/// Default for `--max-bytes`: 64 MiB, far above any real record or volume part.
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;
/// Default for `--max-line-bytes`: 16 MiB.
pub const DEFAULT_MAX_LINE_BYTES: u64 = 16 << 20;

/// Limits checked before parsing; serialized into the manifest.
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

/// Every stage's configuration; serialized as the manifest's `config` (and
/// into the run journal's fingerprint), so its field names are part of the
/// published dataset.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Config {
    /// Input limits, checked before parsing.
    pub limits: Limits,
    /// Parse stage.
    pub parse: dossier_parse::Config,
    /// Normalize stage.
    pub normalize: dossier_normalize::Config,
    /// Enrich stage.
    pub enrich: dossier_enrich::Config,
    /// Whether `documents.jsonl` repeats every span's text beside its offsets
    /// (`--evidence-text`); by default only where the record does not hold it.
    pub evidence_text: bool,
}

impl Config {
    /// How much text a rendered record repeats.
    pub fn detail(&self) -> dossier_export::Detail {
        if self.evidence_text { dossier_export::Detail::WithText } else { dossier_export::Detail::Spans }
    }
}
