//! `dossier run`: the batch pipeline.
//!
//! Inputs are walked and sorted first, then processed in chunks of
//! [`CHUNK_FILES`] files: each chunk is mapped in parallel with an indexed rayon
//! iterator (results come back in input order), then written sequentially. Memory
//! therefore depends on the chunk size, not on the corpus size, and the output
//! bytes do not depend on the number of threads.
//!
//! After each chunk the data files are flushed and synced and a line is added
//! to the run journal (`journal.rs`), so a run killed at any point can be
//! continued with `--resume`. Ctrl-C (SIGINT), SIGTERM and SIGHUP stop the run
//! after the current chunk with the same resumable state and exit status 130.

use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use dossier_export::{Checkpoint, Counts, DatasetWriter, InputEntry, Manifest, OUTPUT_FILES, Part, output_name};
use dossier_model::{DocId, Reject};
use dossier_pipeline::{Config, FileOutcome, Limits, Pipeline, Stage, Timings, install_panic_hook};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::args::RunArgs;
use crate::journal::{self, ChunkEntry, Entry, Journal};
use crate::walk::{InputFile, walk};
use crate::{EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_REJECTED};

/// Files mapped in parallel before their results are written out (and
/// committed to the journal), unless the hidden `--chunk-files` says otherwise.
pub const CHUNK_FILES: usize = 512;

/// Test hook: milliseconds to sleep after each committed chunk, so the
/// kill-and-resume tests can interrupt a small run in the middle. Never set it
/// outside tests.
pub const CHUNK_DELAY_VAR: &str = "DOSSIER_TEST_CHUNK_DELAY_MS";

/// Set by the signal handler; the run stops after the chunk it is writing.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Makes Ctrl-C, SIGTERM and SIGHUP stop the run cleanly after the current
/// chunk. A second signal exits at once, which is still safe: the journal only
/// ever names data that is on disk.
fn install_signal_handler() {
    // Fails only when a handler is already installed, which cannot happen here;
    // without one, a signal kills the run, which `--resume` recovers from too.
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            std::process::exit(i32::from(EXIT_INTERRUPTED));
        }
    });
}

/// Refuses to mix a new dataset into a folder that holds other files. A shard
/// only refuses when its own part files exist, since the shards of one run
/// usually share an output folder.
fn prepare_out(out: &Path, force: bool, part: Option<Part>) -> anyhow::Result<()> {
    if out.exists() && !force && journal::path(out, part).exists() {
        bail!(
            "output folder `{}` holds an interrupted run: pass --resume to continue it or --force to start over",
            out.display()
        );
    }
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

/// The 64 bits a document id stands for (its 16 hex digits); ids that are not
/// hex (none are made so) fall back to a hash of the text.
fn id_key(id: &DocId) -> u64 {
    u64::from_str_radix(&id.0, 16).unwrap_or_else(|_| {
        let hash = blake3::hash(id.0.as_bytes());
        u64::from_be_bytes(hash.as_bytes()[..8].try_into().expect("8 bytes"))
    })
}

/// How many entities the entity table keeps in memory before it spills a run
/// to disk: `DOSSIER_ENTITY_SPILL_ENTRIES`, else the default.
fn spill_entries() -> usize {
    std::env::var(dossier_export::SPILL_ENTRIES_VAR)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(dossier_export::SPILL_ENTRIES)
}

/// Document ids seen so far (their 64 bits) → the input that had them first.
///
/// Most ids sit in two sorted parallel vectors (12 bytes an id, looked up by
/// binary search); new ones go to a small hash map, merged into the vectors
/// once it holds an eighth as many. A hash map of every id would take ~36 bytes
/// an id and double at each resize: at a million documents, the difference is
/// the bulk of what a run's memory would otherwise grow by.
#[derive(Default)]
struct FirstSeen {
    keys: Vec<u64>,
    inputs: Vec<u32>,
    recent: HashMap<u64, u32>,
}

impl FirstSeen {
    /// Ids kept in the hash map before a merge, at least.
    const MIN_RECENT: usize = 1 << 14;

    fn get(&self, key: u64) -> Option<u32> {
        if let Some(&input) = self.recent.get(&key) {
            return Some(input);
        }
        self.keys.binary_search(&key).ok().map(|at| self.inputs[at])
    }

    /// Adds an id that [`Self::get`] does not know.
    fn insert_new(&mut self, key: u64, input: u32) {
        self.recent.insert(key, input);
        if self.recent.len() >= Self::MIN_RECENT.max(self.keys.len() / 8) {
            self.merge();
        }
    }

    /// Merges the hash map into the vectors, from the back, in place.
    fn merge(&mut self) {
        let mut recent: Vec<(u64, u32)> = self.recent.drain().collect();
        self.recent = HashMap::new();
        recent.sort_unstable();
        let old = self.keys.len();
        // Exact growth: doubling would leave up to half the vectors unused.
        self.keys.reserve_exact(recent.len());
        self.inputs.reserve_exact(recent.len());
        self.keys.resize(old + recent.len(), 0);
        self.inputs.resize(old + recent.len(), 0);
        let (mut i, mut j, mut out) = (old, recent.len(), old + recent.len());
        while j > 0 {
            out -= 1;
            if i > 0 && self.keys[i - 1] > recent[j - 1].0 {
                i -= 1;
                self.keys[out] = self.keys[i];
                self.inputs[out] = self.inputs[i];
            } else {
                j -= 1;
                (self.keys[out], self.inputs[out]) = recent[j];
            }
        }
    }
}

/// State carried across chunks while writing.
struct Tally {
    part: Option<Part>,
    counts: Counts,
    /// Input files written so far. Their manifest entries are in the journal
    /// (one line per chunk), which the manifest is streamed from at the end.
    n_inputs: usize,
    /// The inputs of the chunk being written, for its journal line.
    chunk_inputs: Vec<InputEntry>,
    /// First input (index into all inputs, which is the index into the walked
    /// files: each file is one input) that produced each document id.
    ///
    /// Keyed by the id's 64 bits (an id is 16 hex digits, so the key is exact),
    /// not by the id string; see [`FirstSeen`] for its layout (12 bytes an id).
    first_seen: FirstSeen,
    /// Ids added to `first_seen` since the last commit, for the journal.
    new_ids: Vec<(String, usize)>,
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
        (bar, verbose): (&ProgressBar, u8),
        files: &[InputFile],
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
        let input_idx = self.n_inputs;
        let mut entry = InputEntry {
            path: outcome.display.clone(),
            blake3: outcome.blake3.clone(),
            n_bytes: outcome.n_bytes,
            n_documents: 0,
            n_rejects: 0,
        };
        self.n_internal_errors += outcome.n_internal_errors;
        for (doc, rendered) in &outcome.docs {
            let id = &doc.doc.meta.id;
            // Every shard reads every input, so a duplicate is recognised the same
            // way in each; it is written only by the shard its id belongs to.
            if !self.in_part_doc(id) {
                if self.first_seen.get(id_key(id)).is_none() {
                    self.first_seen.insert_new(id_key(id), input_idx as u32);
                    self.new_ids.push((id.0.clone(), input_idx));
                }
                continue;
            }
            // Ids come from content, so a byte-identical copy of a record has the
            // same id: keep the first, reject the copy by name rather than write
            // two rows with one id.
            if let Some(first) = self.first_seen.get(id_key(id)).map(|i| i as usize) {
                let first_path = files.get(first).map_or(entry.path.as_str(), |f| f.display.as_str()).to_owned();
                let reject = Reject {
                    path: outcome.display.clone(),
                    record_key: doc.doc.meta.source.record_key.clone(),
                    reason: "duplicate".to_owned(),
                    detail: crate::links::duplicate_detail(&id.0, &first_path),
                    offset: None,
                    line: None,
                };
                self.write_reject_here(writer, bar, verbose, &reject)?;
                entry.n_rejects += 1;
                continue;
            }
            self.first_seen.insert_new(id_key(id), input_idx as u32);
            self.new_ids.push((id.0.clone(), input_idx));
            writer.write_rendered(doc, rendered)?;
            self.counts.processed += 1;
            self.counts.seen += 1;
            entry.n_documents += 1;
        }
        for reject in &outcome.rejects {
            if self.write_reject(writer, bar, verbose, reject)? {
                entry.n_rejects += 1;
            }
        }
        self.chunk_inputs.push(entry);
        self.n_inputs += 1;
        self.counts.inputs += 1;
        Ok(())
    }
}

/// Everything that shapes the output besides the input files themselves: a run
/// may only be resumed under the same fingerprint.
fn fingerprint(args: &RunArgs, config: &serde_json::Value, walk_rejects: &[Reject]) -> anyhow::Result<String> {
    let value = serde_json::json!({
        "tool_version": env!("CARGO_PKG_VERSION"),
        "config": config,
        "shard": args.shard,
        "chunk_files": args.chunk_files,
        "walk_rejects": walk_rejects,
    });
    let text = serde_json::to_string(&value).context("serializing the run fingerprint")?;
    Ok(blake3::hash(text.as_bytes()).to_hex().to_string())
}

/// Where a run starts: afresh, or after the chunks an interrupted run committed.
struct Start {
    writer: DatasetWriter,
    tally: Tally,
    journal: Journal,
    /// Chunks already done.
    n_done: usize,
}

/// Input bytes after which a chunk is closed even below `--chunk-files` files: a
/// chunk of big FRUS volumes or JSONL files would otherwise hold hundreds of
/// thousands of documents in memory at once.
const CHUNK_BYTES: u64 = 8 << 20;

/// Splits `files` into chunks of at most `max_files` files and about
/// [`CHUNK_BYTES`] bytes (a single larger file is a chunk of its own). The
/// boundaries depend only on the file list and sizes, so a resumed run finds the
/// same chunks.
fn split_chunks(files: &[InputFile], max_files: usize) -> Vec<&[InputFile]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes = 0u64;
    for (idx, file) in files.iter().enumerate() {
        if idx > start && (idx - start >= max_files || bytes + file.n_bytes > CHUNK_BYTES) {
            out.push(&files[start..idx]);
            start = idx;
            bytes = 0;
        }
        bytes += file.n_bytes;
    }
    if start < files.len() {
        out.push(&files[start..]);
    }
    out
}

/// The number of leading committed chunks whose input files are still the
/// same (same paths in the same chunk, same content hashes).
fn n_unchanged(pool: &rayon::ThreadPool, files: &[InputFile], chunk_files: usize, chunks: &[ChunkEntry]) -> usize {
    let mut n_same = 0;
    let current_chunks = split_chunks(files, chunk_files);
    for (chunk_idx, chunk) in chunks.iter().enumerate() {
        let current = current_chunks.get(chunk_idx).copied().unwrap_or(&[]);
        let same_paths = current.len() == chunk.inputs.len()
            && current.iter().zip(&chunk.inputs).all(|(file, entry)| file.display == entry.path);
        let same = same_paths
            && pool.install(|| {
                current.par_iter().zip(&chunk.inputs).all(|(file, entry)| {
                    let (blake3, n_bytes) = dossier_pipeline::input_hash(&file.path);
                    blake3 == entry.blake3 && n_bytes == entry.n_bytes
                })
            });
        if !same {
            break;
        }
        n_same += 1;
    }
    n_same
}

/// Picks up an interrupted run in `args.out`, if there is one to pick up.
fn resume(
    args: &RunArgs,
    pool: &rayon::ThreadPool,
    files: &[InputFile],
    fingerprint: &str,
) -> anyhow::Result<Option<Start>> {
    let Some((start, chunks)) = journal::load(&args.out, args.shard) else {
        return Ok(None);
    };
    let Entry::Start { fingerprint: found, checkpoint: start_checkpoint, counts: start_counts } = &start else {
        return Ok(None);
    };
    if found != fingerprint {
        eprintln!("dossier: the interrupted run in `{}` used other settings: starting over", args.out.display());
        return Ok(None);
    }
    let n_done = n_unchanged(pool, files, args.chunk_files, &chunks);
    if n_done < chunks.len() {
        eprintln!("dossier: inputs changed since chunk {n_done} was written: processing them again from there");
    }
    let kept = &chunks[..n_done];
    let checkpoint = kept.last().map_or(*start_checkpoint, |chunk| chunk.checkpoint);
    let writer = match DatasetWriter::resume(&args.out, args.shard, &checkpoint, spill_entries()) {
        Ok(writer) => writer,
        Err(e) => {
            eprintln!("dossier: cannot resume from `{}` ({e}): starting over", args.out.display());
            return Ok(None);
        }
    };
    let mut tally = new_tally(args.shard);
    tally.counts = *start_counts;
    for chunk in kept {
        tally.n_inputs += chunk.inputs.len();
        for (id, input_idx) in &chunk.new_ids {
            let key = id_key(&DocId(id.clone()));
            if tally.first_seen.get(key).is_none() {
                tally.first_seen.insert_new(key, *input_idx as u32);
            }
        }
        tally.counts = chunk.counts;
        tally.n_internal_errors = chunk.n_internal_errors;
    }
    let mut entries = vec![start.clone()];
    entries.extend(kept.iter().cloned().map(Entry::Chunk));
    let journal = Journal::create(&args.out, args.shard, &entries)?;
    Ok(Some(Start { writer, tally, journal, n_done }))
}

fn new_tally(part: Option<Part>) -> Tally {
    Tally {
        part,
        counts: Counts::default(),
        n_inputs: 0,
        chunk_inputs: Vec::new(),
        first_seen: FirstSeen::default(),
        new_ids: Vec::new(),
        n_internal_errors: 0,
    }
}

/// Starts a run afresh: headers and the walk's rejects, committed.
fn start_fresh(args: &RunArgs, walk_rejects: &[Reject], fingerprint: &str, bar: &ProgressBar) -> anyhow::Result<Start> {
    let mut writer = DatasetWriter::create(&args.out, args.shard, spill_entries())
        .with_context(|| format!("creating dataset files in `{}`", args.out.display()))?;
    let mut tally = new_tally(args.shard);
    for reject in walk_rejects {
        tally.write_reject(&mut writer, bar, args.verbose, reject)?;
    }
    let checkpoint = commit(&mut writer, &args.out)?;
    let start = Entry::Start { fingerprint: fingerprint.to_owned(), checkpoint, counts: tally.counts };
    let journal = Journal::create(&args.out, args.shard, &[start])?;
    Ok(Start { writer, tally, journal, n_done: 0 })
}

fn commit(writer: &mut DatasetWriter, out: &Path) -> anyhow::Result<Checkpoint> {
    writer.commit().with_context(|| format!("syncing the dataset files in `{}`", out.display()))
}

/// Writes one chunk's outcomes in input order, syncs the dataset files and
/// appends the chunk's journal line.
#[allow(clippy::too_many_arguments)]
fn write_chunk(
    writer: &mut DatasetWriter,
    tally: &mut Tally,
    journal: &mut Journal,
    bar: &ProgressBar,
    args: &RunArgs,
    files: &[InputFile],
    chunk_idx: usize,
    outcomes: Vec<FileOutcome>,
    delay: Option<Duration>,
    timings: &Timings,
) -> anyhow::Result<()> {
    let _timer = timings.start(Stage::Write);
    for outcome in outcomes {
        tally.write_outcome(writer, (bar, args.verbose), files, outcome)?;
    }
    let checkpoint = commit(writer, &args.out)?;
    journal.append(&Entry::Chunk(ChunkEntry {
        chunk_idx,
        inputs: std::mem::take(&mut tally.chunk_inputs),
        new_ids: std::mem::take(&mut tally.new_ids),
        counts: tally.counts,
        n_internal_errors: tally.n_internal_errors,
        checkpoint,
    }))?;
    if let Some(delay) = delay {
        std::thread::sleep(delay);
    }
    Ok(())
}

/// Runs the whole pipeline as `args` say; returns the exit status.
pub fn run(args: &RunArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    install_panic_hook();
    install_signal_handler();
    if args.chunk_files == 0 {
        bail!("--chunk-files must be at least 1");
    }
    let walked = walk(&args.paths).map_err(anyhow::Error::msg)?;
    // `--resume` means "finish this folder's dataset", so it may replace files
    // there, as `--force` does.
    prepare_out(&args.out, args.force || args.resume, args.shard)?;
    let threads = args.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("dossier-worker-{i}"))
        .build()
        .context("starting worker threads")?;
    let limits = Limits { max_bytes: args.max_bytes, max_line_bytes: args.max_line_bytes };
    let pipeline = Pipeline::new(Config { limits, evidence_text: args.evidence_text, ..Config::default() });
    let config = serde_json::to_value(pipeline.config()).context("serializing the configuration")?;
    let fingerprint = fingerprint(args, &config, &walked.rejects)?;
    let bar = progress_bar(args, walked.files.len() as u64);
    let resumed = if args.resume { resume(args, &pool, &walked.files, &fingerprint)? } else { None };
    let Start { mut writer, mut tally, mut journal, n_done } = match resumed {
        Some(start) => start,
        None => start_fresh(args, &walked.rejects, &fingerprint, &bar)?,
    };
    let delay = std::env::var(CHUNK_DELAY_VAR).ok().and_then(|ms| ms.parse().ok()).map(Duration::from_millis);
    let all_chunks = split_chunks(&walked.files, args.chunk_files);
    bar.set_position(all_chunks.iter().take(n_done).map(|c| c.len() as u64).sum());
    // Chunk k is written (on this thread) while chunk k+1 is mapped (on the
    // pool), so the workers do not wait for serialization and fsync. At most two
    // chunks' outcomes are in memory at once; output order is unchanged.
    let mut chunks = all_chunks.into_iter().enumerate().skip(n_done);
    let mut pending: Option<(usize, Vec<FileOutcome>)> = None;
    loop {
        let interrupted = INTERRUPTED.load(Ordering::SeqCst);
        let next = if interrupted { None } else { chunks.next() };
        if next.is_none() && pending.is_none() {
            if interrupted {
                bar.finish_and_clear();
                eprintln!(
                    "dossier: interrupted after {} of {} files; run the same command with --resume to continue",
                    tally.n_inputs,
                    walked.files.len()
                );
                return Ok(ExitCode::from(EXIT_INTERRUPTED));
            }
            break;
        }
        let (mapped, written) = std::thread::scope(|scope| {
            let mapper = next.map(|(chunk_idx, chunk)| {
                let (pool, pipeline, bar) = (&pool, &pipeline, &bar);
                scope.spawn(move || {
                    let outcomes: Vec<FileOutcome> = pool.install(|| {
                        chunk
                            .par_iter()
                            .map(|file| {
                                let outcome = pipeline.process_file(&file.path, &file.display);
                                bar.inc(1);
                                outcome
                            })
                            .collect()
                    });
                    (chunk_idx, outcomes)
                })
            });
            let written = match pending.take() {
                Some((chunk_idx, outcomes)) => write_chunk(
                    &mut writer,
                    &mut tally,
                    &mut journal,
                    &bar,
                    args,
                    &walked.files,
                    chunk_idx,
                    outcomes,
                    delay,
                    pipeline.timings(),
                ),
                None => Ok(()),
            };
            let mapped = mapper.map(|handle| handle.join().expect("the chunk mapper does not panic"));
            (mapped, written)
        });
        written?;
        pending = mapped;
    }
    bar.finish_and_clear();
    let Tally { counts, n_internal_errors, .. } = tally;
    debug_assert_eq!(counts.seen, counts.processed + counts.rejected);
    let inputs = journal::inputs(&args.out, args.shard)?;
    let mut manifest = Manifest::new(env!("CARGO_PKG_VERSION"), config, counts, inputs);
    // Places are resolved against GeoNames data, whose licence requires attribution.
    manifest.attributions.push(dossier_gazetteer::ATTRIBUTION.to_owned());
    // First-level divisions come from ISO 3166-2 as packaged by iso-codes/pycountry.
    manifest.attributions.push(dossier_gazetteer::SUBDIVISION_ATTRIBUTION.to_owned());
    // People linked to the Office of the Historian's people database (and POCOM).
    if writer.has_person_links() {
        manifest.attributions.push(dossier_authority::ATTRIBUTION.to_owned());
    }
    // Enrichment decides the `probable_same_as` hints over the whole table's
    // entity ids; export writes them into `entities.csv`.
    let same_as = dossier_enrich::probable_same_as(|f| writer.visit_entity_ids(f))
        .with_context(|| format!("reading the entity table of `{}`", args.out.display()))?;
    let mut manifest = writer
        .finish(manifest, &same_as)
        .with_context(|| format!("finishing the dataset in `{}`", args.out.display()))?;
    // Copies, near copies and excerpts among the documents just written. A
    // part of a sharded run cannot see the other parts: `dossier links` over
    // the folder links them all once every part is written.
    if args.shard.is_none() && !args.no_links {
        let mut linking = || -> anyhow::Result<()> {
            let linked = crate::links::write_links(std::slice::from_ref(&args.out), &args.out)?;
            // documents.csv gets each document's cluster; the manifest the
            // new file and the two written by the linking.
            let documents = dossier_export::fill_document_clusters(&args.out, &linked.clusters)?;
            for entry in &mut manifest.outputs {
                if entry.file == documents.file {
                    *entry = documents.clone();
                }
            }
            for name in ["links.csv", "clusters.csv"] {
                manifest.outputs.push(dossier_export::output_entry(&args.out, name)?);
            }
            // The input list streams from the journal once: read it again.
            manifest.inputs = journal::inputs(&args.out, args.shard)?;
            dossier_export::write_manifest(&args.out, &manifest)?;
            Ok(())
        };
        linking().with_context(|| format!("linking the documents of `{}`", args.out.display()))?;
    }
    journal.remove()?;
    crate::publish::after_run(&args.out, args.shard, &args.format, args.no_report, args.quiet > 0)?;
    if let Some(log) = &args.timings {
        let line = format!("{} (wall {:.3}s)", pipeline.timings().to_log_line(), started.elapsed().as_secs_f64());
        if args.quiet == 0 {
            eprintln!("dossier: timings: {line}");
        }
        std::fs::write(log, pipeline.timings().to_json())
            .with_context(|| format!("writing the timings log `{}`", log.display()))?;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_seen_answers_as_a_hash_map_would() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut fast = FirstSeen::default();
        let mut plain: HashMap<u64, u32> = HashMap::new();
        let mut keys = Vec::new();
        for input in 0..100_000u32 {
            // Every fifth id repeats an earlier one, as duplicates do.
            let key = if input % 5 == 4 { keys[(next() % keys.len() as u64) as usize] } else { next() };
            keys.push(key);
            assert_eq!(fast.get(key), plain.get(&key).copied(), "id {key} after {input} inputs");
            if fast.get(key).is_none() {
                fast.insert_new(key, input);
                plain.insert(key, input);
            }
        }
        assert!(fast.keys.len() > 50_000, "most ids were merged into the sorted vectors");
        assert!(fast.keys.windows(2).all(|w| w[0] < w[1]));
        for key in keys {
            assert_eq!(fast.get(key), plain.get(&key).copied());
        }
    }
}
