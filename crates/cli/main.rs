//! The `dossier` binary: walks inputs, runs the stages (`dossier-pipeline`) in
//! parallel in bounded chunks, and writes the dataset sequentially so output
//! order never depends on thread scheduling.

mod args;
mod diff;
mod journal;
mod links;
mod publish;
mod run;
mod stream;
mod walk;

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use crate::args::{Cli, Command, InspectArgs};
use dossier_pipeline::{Config, Limits, Pipeline};

/// See the `mimalloc` line of Cargo.toml for why.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit status when some documents were rejected and `--strict` was given.
pub const EXIT_REJECTED: u8 = 3;
/// Exit status when a document hit an internal error (a bug).
pub const EXIT_INTERNAL: u8 = 4;
/// Exit status for setup errors (missing input, unwritable output, bad flags).
pub const EXIT_SETUP: u8 = 1;
/// Exit status when a run was stopped by Ctrl-C, SIGTERM or SIGHUP (128 + SIGINT);
/// `dossier run --resume` continues it.
pub const EXIT_INTERRUPTED: u8 = 130;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(args) => run::run(&args),
        Command::Inspect(args) => inspect(&args),
        Command::Stream(args) => stream::stream(&args),
        Command::Publish(args) => publish::publish(&args),
        Command::Report(args) => publish::report(&args),
        Command::Links(args) => links::links(&args),
        Command::Diff(args) => Ok(diff::diff(&args)),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("dossier: error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(EXIT_SETUP)
        }
    }
}

/// A reader that closed our stdout early (`dossier inspect x | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        let io = cause.downcast_ref::<std::io::Error>().map(std::io::Error::kind);
        let json = cause.downcast_ref::<serde_json::Error>().and_then(serde_json::Error::io_error_kind);
        io.or(json) == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// `dossier inspect FILE`: every record in the file as pretty JSON on stdout,
/// rejects on stderr.
fn inspect(args: &InspectArgs) -> anyhow::Result<ExitCode> {
    dossier_pipeline::install_panic_hook();
    let display = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| args.file.display().to_string());
    // A missing file is a setup error (status 1), not a reject.
    std::fs::metadata(&args.file).with_context(|| format!("reading `{}`", args.file.display()))?;
    // The same limited read as `dossier run`: a file over `--max-bytes` is
    // rejected without being read whole.
    let limits = Limits { max_bytes: args.max_bytes, max_line_bytes: args.max_line_bytes };
    let pipeline = Pipeline::new(Config { limits, ..Config::default() });
    let outcome = pipeline.process_file(&args.file, &display);
    let mut stdout = std::io::stdout().lock();
    for (doc, _) in &outcome.docs {
        serde_json::to_writer_pretty(
            &mut stdout,
            &dossier_export::document_record(doc, dossier_export::Detail::WithText),
        )
        .context("writing JSON")?;
        writeln!(stdout).context("writing to stdout")?;
    }
    stdout.flush().context("writing to stdout")?;
    for reject in &outcome.rejects {
        eprintln!("dossier: rejected `{}`: {} ({})", reject.path, reject.detail, reject.reason);
    }
    Ok(if outcome.n_internal_errors > 0 {
        ExitCode::from(EXIT_INTERNAL)
    } else if outcome.rejects.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_REJECTED)
    })
}
