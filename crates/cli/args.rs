//! The command-line interface: every flag and its help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use dossier_export::Part;

/// Turns archival primary sources into citable research datasets.
///
/// dossier reads Wilson Center Digital Archive records and writes clean tables:
/// who wrote to whom, when, under what classification, from which archive file,
/// with the rule and the text behind every value.
#[derive(Debug, Parser)]
#[command(name = "dossier", version, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Process files and folders into a dataset folder.
    Run(RunArgs),
    /// Print one fully processed record as pretty JSON.
    Inspect(InspectArgs),
    /// Read JSONL records on stdin, write one JSON line per input line to stdout.
    ///
    /// Made for Spark's `RDD.pipe`, Hadoop streaming and subprocess workers: output
    /// order is input order, a record that fails becomes `{"error": {...}}` in its
    /// place, output is flushed after every batch of 256 lines.
    Stream(StreamArgs),
    /// Write the report, SQLite, Parquet files and dataset card of a dataset folder.
    ///
    /// Reads only the folder's files (documents.csv, documents.jsonl, mentions.csv,
    /// and entities.csv, edges.csv when present) and writes report.html,
    /// documents.sqlite, <table>.parquet and README.md into the same folder.
    Publish(PublishArgs),
    /// Write report.html into a dataset folder.
    ///
    /// One self-contained page: counts and coverage, timeline, map, network, the
    /// most named people, places and organizations, and values to review (the same
    /// as `publish DIR --format report`).
    Report(ReportArgs),
    /// Link the documents of dataset folders that are the same record, near
    /// copies or excerpts of one another.
    ///
    /// Reads each folder's documents.jsonl and writes links.csv (doc_a, doc_b,
    /// relation, score, evidence) and clusters.csv (doc_id, cluster_id,
    /// is_canonical, n_copies). `dossier run` does this for its own folder;
    /// run it over the folder of a `--shard` run's parts for corpus-wide links.
    Links(LinksArgs),
    /// Say what changed between two dataset folders.
    ///
    /// Exit status 0 when they are identical, 1 when they differ, 2 when they
    /// cannot be read.
    Diff(DiffArgs),
}

/// Flags of `dossier run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Input files and folders; folders are walked recursively, in name order.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output folder for the dataset files (created if missing).
    #[arg(long, short = 'o', value_name = "DIR")]
    pub out: PathBuf,

    /// Worker threads (default: one per core). Outputs are identical for any value.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,

    /// Do not show the progress bar.
    #[arg(long)]
    pub no_progress: bool,

    /// Print no summary line.
    #[arg(long, short = 'q', action = clap::ArgAction::Count, conflicts_with = "verbose")]
    pub quiet: u8,

    /// Print more: every reject as it happens (repeat for every input file).
    #[arg(long, short = 'v', action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Exit with status 3 when any document was rejected.
    #[arg(long)]
    pub strict: bool,

    /// Do not write links.csv and clusters.csv (copies, near copies and
    /// excerpts among the documents; a second pass over documents.jsonl).
    #[arg(long)]
    pub no_links: bool,

    /// Write into an output folder that already holds files.
    #[arg(long)]
    pub force: bool,

    /// Also write these derived outputs once the dataset is complete, as
    /// `dossier publish` does. The data files, the dataset card (`README.md`) and
    /// `report.html` are always written (see `--no-report`).
    #[arg(long, short = 'f', value_name = "FORMAT,...", value_delimiter = ',', conflicts_with = "shard")]
    pub format: Vec<PublishFormat>,

    /// Do not write `report.html` (the dataset card is written on every run).
    /// The report is read back from the files row by row, in bounded memory.
    #[arg(long)]
    pub no_report: bool,

    /// Write the time spent per stage (read, parse, normalize+enrich, write;
    /// summed over threads) to this JSON file, and a line to stderr. Timings never
    /// go into the dataset.
    #[arg(long, value_name = "FILE")]
    pub timings: Option<PathBuf>,

    /// Process only shard I of N (0-based): the documents whose id hashes to I.
    /// Writes part files (`documents.part-000I-of-000N.csv` …) and a part manifest;
    /// the N parts together hold exactly the rows of an unsharded run.
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    pub shard: Option<Part>,

    /// Continue a run that was interrupted (killed, Ctrl-C, power loss) in the
    /// same output folder: chunks already written are kept, inputs that changed
    /// since are processed again, and the result is byte-identical to an
    /// uninterrupted run. Without an interrupted run to continue, starts afresh.
    #[arg(long)]
    pub resume: bool,

    /// Reject input files larger than this many bytes (`too_large`) before
    /// reading them; at most this much of a file is ever held in memory.
    #[arg(long, value_name = "BYTES", default_value_t = dossier_pipeline::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,

    /// Reject input files with a line longer than this many bytes (`line_too_long`).
    #[arg(long, value_name = "BYTES", default_value_t = dossier_pipeline::DEFAULT_MAX_LINE_BYTES)]
    pub max_line_bytes: u64,

    /// Repeat every span's text beside its offsets in the JSON records, for
    /// records read on their own. By default a span of the body or of a header
    /// value carries only `field`, `start` and `end` (its text is that value
    /// sliced), which keeps `documents.jsonl` about a third of the size.
    #[arg(long)]
    pub evidence_text: bool,

    /// Files per chunk (written and committed together). A testing knob: outputs
    /// do not depend on it, but resumption granularity does.
    #[arg(long, value_name = "N", default_value_t = crate::run::CHUNK_FILES, hide = true)]
    pub chunk_files: usize,
}

/// Reads `I/N` with `0 <= I < N`.
fn parse_shard(text: &str) -> Result<Part, String> {
    let (index, count) = text.split_once('/').ok_or_else(|| format!("expected `I/N`, got `{text}`"))?;
    let index: u32 = index.trim().parse().map_err(|_| format!("shard index `{index}` is not a number"))?;
    let count: u32 = count.trim().parse().map_err(|_| format!("shard count `{count}` is not a number"))?;
    if count == 0 || index >= count {
        return Err(format!("shard `{text}` is out of range: need 0 <= I < N"));
    }
    Ok(Part { index, count })
}

/// Flags of `dossier stream`.
#[derive(Debug, Args)]
pub struct StreamArgs {
    /// Worker threads (default: one per core). Output is identical for any value.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,

    /// Answer an input line longer than this many bytes with a `line_too_long`
    /// error object; such a line is never held in memory whole.
    #[arg(long, value_name = "BYTES", default_value_t = dossier_pipeline::DEFAULT_MAX_LINE_BYTES)]
    pub max_line_bytes: u64,

    /// Repeat every span's text beside its offsets in the JSON records, for
    /// records read on their own. By default a span of the body or of a header
    /// value carries only `field`, `start` and `end` (its text is that value
    /// sliced), which keeps `documents.jsonl` about a third of the size.
    #[arg(long)]
    pub evidence_text: bool,
}

/// Flags of `dossier inspect`.
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The record file to process.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Reject the file (`too_large`) when it is larger than this many bytes,
    /// before reading it, as `dossier run` does.
    #[arg(long, value_name = "BYTES", default_value_t = dossier_pipeline::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,

    /// Reject the file (`line_too_long`) when a line is longer than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = dossier_pipeline::DEFAULT_MAX_LINE_BYTES)]
    pub max_line_bytes: u64,
}

/// What `dossier publish` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PublishFormat {
    /// `documents.sqlite`: every table, foreign keys, indexes, FTS5 full-text search.
    Sqlite,
    /// `<table>.parquet` for every table, with typed columns.
    Parquet,
    /// `report.html`: one self-contained page to open in a browser.
    Report,
    /// `README.md`: the dataset card (sources, schema, licences, quality).
    Card,
}

/// Flags of `dossier publish`.
#[derive(Debug, Args)]
pub struct PublishArgs {
    /// The dataset folder (as `dossier run --out` wrote it); outputs go into it.
    #[arg(value_name = "DATASET_DIR")]
    pub dir: PathBuf,

    /// Formats to write, comma-separated (default: all this build supports).
    #[arg(long, short = 'f', value_name = "FORMAT,...", value_delimiter = ',')]
    pub format: Vec<PublishFormat>,

    /// An `eval.json` (from `cargo xtask eval`) whose figures go into the card.
    #[arg(long, value_name = "FILE")]
    pub eval: Option<PathBuf>,
}

/// Flags of `dossier report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The dataset folder; `report.html` is written into it.
    #[arg(value_name = "DATASET_DIR")]
    pub dir: PathBuf,
}

/// Flags of `dossier diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier dataset folder.
    #[arg(value_name = "OLD_DIR")]
    pub old: PathBuf,

    /// The later dataset folder.
    #[arg(value_name = "NEW_DIR")]
    pub new: PathBuf,
}

/// Flags of `dossier links`.
#[derive(Debug, Args)]
pub struct LinksArgs {
    /// Dataset folders (as `dossier run --out` wrote them), read in this order.
    #[arg(value_name = "DATASET_DIR", required = true)]
    pub dirs: Vec<PathBuf>,

    /// Where links.csv and clusters.csv go (default: the folder, when only one is given).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}
