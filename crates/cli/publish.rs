//! `dossier publish` and `dossier report`: derived outputs of an existing dataset
//! folder, written by `dossier_publish` from the folder's files.

use std::process::ExitCode;

use anyhow::Context;
use dossier_publish::{Format, Options};

use crate::args::{PublishArgs, PublishFormat, ReportArgs};

fn format(f: PublishFormat) -> Format {
    match f {
        PublishFormat::Sqlite => Format::Sqlite,
        PublishFormat::Parquet => Format::Parquet,
        PublishFormat::Report => Format::Report,
        PublishFormat::Card => Format::Card,
    }
}

/// `dossier publish DIR [--format …] [--eval FILE]`.
pub fn publish(args: &PublishArgs) -> anyhow::Result<ExitCode> {
    let formats: Vec<Format> = if args.format.is_empty() {
        Format::ALL.into_iter().filter(|f| f.is_supported()).collect()
    } else {
        args.format.iter().copied().map(format).collect()
    };
    let options = Options { eval: args.eval.clone() };
    let written = dossier_publish::publish_with(&args.dir, &formats, &options)
        .with_context(|| format!("publishing `{}`", args.dir.display()))?;
    for path in written {
        eprintln!("dossier: wrote {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes `formats` into a dataset folder `dossier run` just finished (`run --format`).
pub fn after_run(dir: &std::path::Path, formats: &[PublishFormat], quiet: bool) -> anyhow::Result<()> {
    let formats: Vec<Format> = formats.iter().copied().map(format).collect();
    let written = dossier_publish::publish(dir, &formats).with_context(|| format!("publishing `{}`", dir.display()))?;
    if !quiet {
        for path in written {
            eprintln!("dossier: wrote {}", path.display());
        }
    }
    Ok(())
}

/// `dossier report DIR`.
pub fn report(args: &ReportArgs) -> anyhow::Result<ExitCode> {
    let written = dossier_publish::publish(&args.dir, &[Format::Report])
        .with_context(|| format!("writing the report of `{}`", args.dir.display()))?;
    for path in written {
        eprintln!("dossier: wrote {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}
