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
use dossier_export::{Counts, DatasetWriter, InputEntry, Manifest};
use dossier_model::{DocId, Reject};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::args::RunArgs;
use crate::pipeline::{FileOutcome, Pipeline, install_panic_hook};
use crate::walk::walk;
use crate::{EXIT_INTERNAL, EXIT_REJECTED};

/// Files mapped in parallel before their results are written out.
const CHUNK_FILES: usize = 512;

/// Refuses to mix a new dataset into a folder that holds other files.
fn prepare_out(out: &Path, force: bool) -> anyhow::Result<()> {
    if out.exists() {
        if !out.is_dir() {
            bail!("output `{}` exists and is not a folder", out.display());
        }
        let non_empty = std::fs::read_dir(out)
            .with_context(|| format!("reading output folder `{}`", out.display()))?
            .next()
            .is_some();
        if non_empty && !force {
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

/// State carried across chunks while writing.
struct Tally {
    counts: Counts,
    inputs: Vec<InputEntry>,
    /// First input (index into `inputs`) that produced each document id.
    first_seen: HashMap<DocId, usize>,
    n_internal_errors: u64,
}

impl Tally {
    fn write_reject(
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
            // Ids come from content, so a byte-identical copy of a record has the
            // same id: keep the first, reject the copy by name rather than write
            // two rows with one id.
            if let Some(&first) = self.first_seen.get(&doc.doc.id) {
                let reject = Reject {
                    path: outcome.display.clone(),
                    record_key: doc.doc.source.record_key.clone(),
                    reason: "duplicate".to_owned(),
                    detail: format!(
                        "document `{}` has the same content as one already read from `{}`",
                        doc.doc.id,
                        self.inputs.get(first).map_or(entry.path.as_str(), |e| e.path.as_str())
                    ),
                    offset: None,
                    line: None,
                };
                self.write_reject(writer, bar, verbose, &reject)?;
                entry.n_rejects += 1;
                continue;
            }
            self.first_seen.insert(doc.doc.id.clone(), input_idx);
            writer.write_document(doc)?;
            self.counts.processed += 1;
            self.counts.seen += 1;
            entry.n_documents += 1;
        }
        for reject in &outcome.rejects {
            self.write_reject(writer, bar, verbose, reject)?;
            entry.n_rejects += 1;
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
    prepare_out(&args.out, args.force)?;
    let threads = args.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("dossier-worker-{i}"))
        .build()
        .context("starting worker threads")?;
    let pipeline = Pipeline::default();
    let mut writer = DatasetWriter::create(&args.out)
        .with_context(|| format!("creating dataset files in `{}`", args.out.display()))?;
    let bar = progress_bar(args, walked.files.len() as u64);
    let mut tally =
        Tally { counts: Counts::default(), inputs: Vec::new(), first_seen: HashMap::new(), n_internal_errors: 0 };
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
