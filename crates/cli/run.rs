//! `dossier run`: the batch pipeline.
//!
//! Inputs are walked and sorted first, then processed in chunks of
//! [`CHUNK_FILES`] files: each chunk is mapped in parallel with an indexed rayon
//! iterator (results come back in input order), then written sequentially. Memory
//! therefore depends on the chunk size, not on the corpus size, and the output
//! bytes do not depend on the number of threads.

use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, bail};
use dossier_export::{Counts, DatasetWriter, InputEntry, Manifest, OUTPUT_FILES, Part, output_name};
use dossier_model::{DocId, Reject};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::args::RunArgs;
use crate::pipeline::{FileOutcome, Pipeline, install_panic_hook};
use crate::walk::walk;
use crate::{EXIT_INTERNAL, EXIT_REJECTED};

/// Files mapped in parallel before their results are written out.
const CHUNK_FILES: usize = 512;

/// Refuses to mix a new dataset into a folder that holds other files. A shard
/// only refuses when its own part files exist, since the shards of one run
/// usually share an output folder.
fn prepare_out(out: &Path, force: bool, part: Option<Part>) -> anyhow::Result<()> {
    if out.exists() {
        if !out.is_dir() {
            bail!("output `{}` exists and is not a folder", out.display());
        }
        if force {
            return Ok(());
        }
        if part.is_some() {
            for file in OUTPUT_FILES {
                let name = output_name(file, part);
                if out.join(&name).exists() {
                    bail!("`{}` already exists: pass --force to replace it", out.join(name).display());
                }
            }
            return Ok(());
        }
        let non_empty = std::fs::read_dir(out)
            .with_context(|| format!("reading output folder `{}`", out.display()))?
            .next()
            .is_some();
        if non_empty {
            bail!("output folder `{}` is not empty: pass --force to write into it", out.display());
        }
    } else {
        std::fs::create_dir_all(out).with_context(|| format!("creating output folder `{}`", out.display()))?;
    }
    Ok(())
}

fn progress_bar(args: &RunArgs, n_files: u64) -> ProgressBar {
    if args.no_progress || args.quiet > 0 {
        return ProgressBar::hidden();
    }
    // indicatif hides the bar by itself when stderr is not a terminal.
    let bar = ProgressBar::new(n_files);
    let style = ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} files ({per_sec}, eta {eta})",
    )
    .expect("the progress template is valid");
    bar.set_style(style);
    bar
}

/// The shard a document id belongs to: its first 64 bits modulo the shard count.
fn shard_of_id(id: &DocId, count: u32) -> u32 {
    let prefix = id.0.get(..16).and_then(|hex| u64::from_str_radix(hex, 16).ok()).unwrap_or(0);
    (prefix % u64::from(count)) as u32
}

/// The shard a reject belongs to: it may have no document id, so its path and
/// record key are hashed instead.
fn shard_of_reject(reject: &Reject, count: u32) -> u32 {
    let mut hasher = blake3::Hasher::new();
    hasher.update(reject.path.as_bytes());
    hasher.update(b"\0");
    hasher.update(reject.record_key.as_deref().unwrap_or("").as_bytes());
    let bytes = hasher.finalize();
    let prefix = u64::from_be_bytes(bytes.as_bytes()[..8].try_into().expect("8 bytes"));
    (prefix % u64::from(count)) as u32
}

/// State carried across chunks while writing.
struct Tally {
    part: Option<Part>,
    counts: Counts,
    inputs: Vec<InputEntry>,
    /// First input (index into `inputs`) that produced each document id.
    first_seen: HashMap<DocId, usize>,
    n_internal_errors: u64,
}

impl Tally {
    fn in_part_doc(&self, id: &DocId) -> bool {
        self.part.is_none_or(|p| shard_of_id(id, p.count) == p.index)
    }

    fn in_part_reject(&self, reject: &Reject) -> bool {
        self.part.is_none_or(|p| shard_of_reject(reject, p.count) == p.index)
    }

    /// Writes a reject if it belongs to this shard; returns whether it did.
    fn write_reject(
        &mut self,
        writer: &mut DatasetWriter,
        bar: &ProgressBar,
        verbose: u8,
        reject: &Reject,
    ) -> anyhow::Result<bool> {
        if !self.in_part_reject(reject) {
            return Ok(false);
        }
        self.write_reject_here(writer, bar, verbose, reject)?;
        Ok(true)
    }

    /// Writes a reject into this shard unconditionally.
    fn write_reject_here(
        &mut self,
        writer: &mut DatasetWriter,
        bar: &ProgressBar,
        verbose: u8,
        reject: &Reject,
    ) -> anyhow::Result<()> {
        if verbose > 0 {
            bar.suspend(|| eprintln!("dossier: rejected `{}`: {} ({})", reject.path, reject.detail, reject.reason));
        }
        writer.write_reject(reject)?;
        self.counts.rejected += 1;
        self.counts.seen += 1;
        Ok(())
    }

    fn write_outcome(
        &mut self,
        writer: &mut DatasetWriter,
        bar: &ProgressBar,
        verbose: u8,
        outcome: FileOutcome,
    ) -> anyhow::Result<()> {
        if verbose > 1 {
            bar.suspend(|| {
                eprintln!(
                    "dossier: {} ({} documents, {} rejects)",
                    outcome.display,
                    outcome.docs.len(),
                    outcome.rejects.len()
                )
            });
        }
        let input_idx = self.inputs.len();
        let mut entry = InputEntry {
            path: outcome.display.clone(),
            blake3: outcome.blake3.clone(),
            n_bytes: outcome.n_bytes,
            n_documents: 0,
            n_rejects: 0,
        };
        self.n_internal_errors += outcome.n_internal_errors;
        for doc in &outcome.docs {
            let id = &doc.doc.id;
            // Every shard reads every input, so a duplicate is recognised the same
            // way in each; it is written only by the shard its id belongs to.
            if !self.in_part_doc(id) {
                self.first_seen.entry(id.clone()).or_insert(input_idx);
                continue;
            }
            // Ids come from content, so a byte-identical copy of a record has the
            // same id: keep the first, reject the copy by name rather than write
            // two rows with one id.
            if let Some(&first) = self.first_seen.get(id) {
                let first_path = self.inputs.get(first).map_or(entry.path.clone(), |e| e.path.clone());
                let reject = Reject {
                    path: outcome.display.clone(),
                    record_key: doc.doc.source.record_key.clone(),
                    reason: "duplicate".to_owned(),
                    detail: format!("document `{id}` has the same content as one already read from `{first_path}`"),
                    offset: None,
                    line: None,
                };
                self.write_reject_here(writer, bar, verbose, &reject)?;
                entry.n_rejects += 1;
                continue;
            }
            self.first_seen.insert(id.clone(), input_idx);
            writer.write_document(doc)?;
            self.counts.processed += 1;
            self.counts.seen += 1;
            entry.n_documents += 1;
        }
        for reject in &outcome.rejects {
            if self.write_reject(writer, bar, verbose, reject)? {
                entry.n_rejects += 1;
            }
        }
        self.inputs.push(entry);
        self.counts.inputs += 1;
        Ok(())
    }
}

/// Runs the whole pipeline as `args` say; returns the exit status.
pub fn run(args: &RunArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    install_panic_hook();
    let walked = walk(&args.paths).map_err(anyhow::Error::msg)?;
    prepare_out(&args.out, args.force, args.shard)?;
    let threads = args.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("dossier-worker-{i}"))
        .build()
        .context("starting worker threads")?;
    let pipeline = Pipeline::default();
    let mut writer = DatasetWriter::create(&args.out, args.shard)
        .with_context(|| format!("creating dataset files in `{}`", args.out.display()))?;
    let bar = progress_bar(args, walked.files.len() as u64);
    let mut tally = Tally {
        part: args.shard,
        counts: Counts::default(),
        inputs: Vec::new(),
        first_seen: HashMap::new(),
        n_internal_errors: 0,
    };
    for reject in &walked.rejects {
        tally.write_reject(&mut writer, &bar, args.verbose, reject)?;
    }
    for chunk in walked.files.chunks(CHUNK_FILES) {
        let outcomes: Vec<FileOutcome> = pool.install(|| {
            chunk
                .par_iter()
                .map(|file| {
                    let outcome = pipeline.process_file(file);
                    bar.inc(1);
                    outcome
                })
                .collect()
        });
        for outcome in outcomes {
            tally.write_outcome(&mut writer, &bar, args.verbose, outcome)?;
        }
    }
    bar.finish_and_clear();
    let config = serde_json::to_value(&pipeline).context("serializing the configuration")?;
    let Tally { counts, inputs, n_internal_errors, .. } = tally;
    debug_assert_eq!(counts.seen, counts.processed + counts.rejected);
    let manifest = Manifest::new(env!("CARGO_PKG_VERSION"), config, counts, inputs);
    writer.finish(manifest).with_context(|| format!("finishing the dataset in `{}`", args.out.display()))?;
    if args.quiet == 0 {
        eprintln!(
            "dossier: {} seen, {} processed, {} rejected from {} files → {} ({:.2}s)",
            counts.seen,
            counts.processed,
            counts.rejected,
            counts.inputs,
            args.out.display(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(if n_internal_errors > 0 {
        ExitCode::from(EXIT_INTERNAL)
    } else if args.strict && counts.rejected > 0 {
        ExitCode::from(EXIT_REJECTED)
    } else {
        ExitCode::SUCCESS
    })
}
