//! `dossier publish` and `dossier report`: derived outputs of an existing dataset
//! folder, written by `dossier_publish` from the folder's files.

use std::process::ExitCode;

use anyhow::Context;
use dossier_publish::{Files, Format, Options};

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
    let options = Options { eval: args.eval.clone(), ..Options::default() };
    let written = dossier_publish::publish_with(&args.dir, &formats, &options)
        .with_context(|| format!("publishing `{}`", args.dir.display()))?;
    for path in written {
        eprintln!("dossier: wrote {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the dataset card, the report unless `no_report`, and `formats` into
/// a dataset folder `dossier run` just finished (or into one part of it, named
/// like the part's other files).
pub fn after_run(
    dir: &std::path::Path,
    part: Option<dossier_export::Part>,
    formats: &[PublishFormat],
    no_report: bool,
    quiet: bool,
) -> anyhow::Result<()> {
    let mut formats: Vec<Format> = formats.iter().copied().map(format).collect();
    formats.push(Format::Card);
    if !no_report {
        formats.push(Format::Report);
    }
    let files = part.map_or(Files::Whole, |p| Files::Part { index: p.index, count: p.count });
    let options = Options { files, ..Options::default() };
    let written = dossier_publish::publish_with(dir, &formats, &options)
        .with_context(|| format!("publishing `{}`", dir.display()))?;
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
