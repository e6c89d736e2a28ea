//! The command-line interface: every flag and its help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

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

    /// Print less: no summary line (repeat for nothing but errors).
    #[arg(long, short = 'q', action = clap::ArgAction::Count, conflicts_with = "verbose")]
    pub quiet: u8,

    /// Print more: every reject as it happens (repeat for every input file).
    #[arg(long, short = 'v', action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Exit with status 3 when any document was rejected.
    #[arg(long)]
    pub strict: bool,

    /// Write into an output folder that already holds files.
    #[arg(long)]
    pub force: bool,
}

/// Flags of `dossier inspect`.
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The record file to process.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}
