//! What researchers open: turns a published dataset folder into a self-contained
//! HTML report, a SQLite file with full-text search, Parquet files and a dataset
//! card, and compares two dataset folders.
//!
//! Everything here reads the dataset folder's files (`documents.csv`,
//! `documents.jsonl`, `mentions.csv`, `entities.csv`, `edges.csv`,
//! `rejects.jsonl`, `manifest.json`), never the pipeline's in-memory types: the
//! published files are the contract. Columns are found by header name, and the
//! entity files are optional.
//!
//! ```no_run
//! use dossier_publish::{Format, publish};
//! let written = publish("datasets/wilson".as_ref(), &[Format::Report, Format::Card]).unwrap();
//! assert_eq!(written.len(), 2);
//! ```

mod card;
mod columns;
mod dataset;
mod diff;
mod html;
#[cfg(feature = "parquet")]
mod parquet_out;
mod report;
mod sqlite;
mod summary;
mod svg;
mod worldmap;

use std::path::{Path, PathBuf};

pub use card::{CARD_FILE, write_card};
pub use columns::{COLUMNS, ColumnDoc, ColumnType, column_doc, markdown_table, table_columns};
pub use dataset::{DATA_FILES, Dataset, Table};
pub use diff::{DatasetDiff, diff};
pub use report::{REPORT_FILE, SECTIONS, render_report};
pub use sqlite::{README_QUERIES, SQLITE_FILE, write_sqlite};
pub use summary::{Files, Summary};

/// The Parquet files `--format parquet` writes, one per table.
pub const PARQUET_FILES: [&str; 6] = [
    "documents.parquet",
    "mentions.parquet",
    "entities.parquet",
    "edges.parquet",
    "editorial.parquet",
    "rejects.parquet",
];

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The folder holds no `documents.csv`.
    #[error("`{}` is not a dataset folder: it has no `documents.csv`", path.display())]
    NotADataset {
        /// The folder.
        path: PathBuf,
    },
    /// Reading or writing a file failed.
    #[error("`{}`: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A CSV file could not be read.
    #[error("`{}`: {source}", path.display())]
    Csv {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: csv::Error,
    },
    /// A JSON or JSONL file could not be read.
    #[error("`{}` line {line}: {source}", path.display())]
    Json {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// The cause.
        source: serde_json::Error,
    },
    /// SQLite failed.
    #[error("`{}`: sqlite: {source}", path.display())]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// The cause.
        source: rusqlite::Error,
    },
    /// Parquet or Arrow failed.
    #[error("`{}`: parquet: {message}", path.display())]
    Parquet {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// SQLite or Parquet was asked for one part of a sharded run: they are
    /// written for a whole dataset.
    #[error("SQLite and Parquet files are written for a whole dataset, not one part of a sharded run")]
    PartFormat,
    /// The format was asked for, but this build has no support for it.
    #[error("this build of dossier has no `{format}` support (rebuild with the cargo feature `{format}`)")]
    Unsupported {
        /// The format.
        format: &'static str,
    },
}

/// An output `publish` can write into a dataset folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// `report.html`: one self-contained page with charts, a map and a network.
    Report,
    /// `documents.sqlite`: every table, foreign keys, indexes and full-text search.
    Sqlite,
    /// One Parquet file per table, with typed columns.
    Parquet,
    /// `README.md`: the dataset card.
    Card,
}

impl Format {
    /// Every format, in the order `publish` writes them.
    pub const ALL: [Format; 4] = [Format::Sqlite, Format::Parquet, Format::Report, Format::Card];

    /// The format's name on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Report => "report",
            Format::Sqlite => "sqlite",
            Format::Parquet => "parquet",
            Format::Card => "card",
        }
    }

    /// Reads a name given on the command line.
    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == name.trim())
    }

    /// True when this build can write the format.
    pub fn is_supported(self) -> bool {
        self != Format::Parquet || cfg!(feature = "parquet")
    }
}

/// Converts the dataset in `dir` into each of `formats`, writing the files into
/// `dir` itself (each through a temporary `.<name>.partial` renamed into place),
/// and returns the paths written, in order.
///
/// This is what `dossier publish DIR --format …` runs, and what `dossier run …
/// --format …` calls after the dataset is written. The outputs depend only on the
/// dataset files, so the same dataset gives the same `report.html`, `README.md` and
/// Parquet bytes (SQLite files are stable only for one SQLite version).
pub fn publish(dir: &Path, formats: &[Format]) -> Result<Vec<PathBuf>, Error> {
    publish_with(dir, formats, &Options::default())
}

/// Settings of [`publish_with`].
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// An `eval.json` (as `cargo xtask eval` writes to `target/eval.json`) whose
    /// figures go into the dataset card. Without it, the card uses `DIR/eval.json`
    /// when present. Kept explicit so a committed card never depends on whether
    /// an evaluation happened to run on the machine.
    pub eval: Option<PathBuf>,
    /// Which files make the dataset: the whole folder, or one part of a sharded
    /// run (the report and the card of a part are named like its other files).
    pub files: Files,
}

/// [`publish`] with settings.
pub fn publish_with(dir: &Path, formats: &[Format], options: &Options) -> Result<Vec<PathBuf>, Error> {
    let mut formats = formats.to_vec();
    formats.sort();
    formats.dedup();
    if let Some(missing) = formats.iter().find(|f| !f.is_supported()) {
        return Err(Error::Unsupported { format: missing.as_str() });
    }
    let files = options.files;
    if files != Files::Whole && formats.iter().any(|f| matches!(f, Format::Sqlite | Format::Parquet)) {
        return Err(Error::PartFormat);
    }
    // SQLite and Parquet hold every row; the report and the card only the
    // aggregates, read row by row (bounded memory at any dataset size).
    let needs_rows = formats.iter().any(|f| matches!(f, Format::Sqlite | Format::Parquet));
    let dataset = if needs_rows { Some(Dataset::open(dir)?) } else { None };
    let needs_summary = formats.iter().any(|f| matches!(f, Format::Report | Format::Card));
    let summary = if needs_summary { Some(Summary::read(dir, files)?) } else { None };
    let mut written = Vec::new();
    for format in Format::ALL.into_iter().filter(|f| formats.contains(f)) {
        match (format, &dataset, &summary) {
            (Format::Sqlite, Some(dataset), _) => written.push(write_sqlite(dataset, dir)?),
            (Format::Parquet, Some(dataset), _) => written.extend(write_parquet(dataset, dir)?),
            (Format::Report, _, Some(summary)) => {
                let path = dir.join(files.name(REPORT_FILE));
                write_atomically(&path, render_report(summary).as_bytes())?;
                written.push(path);
            }
            (Format::Card, _, Some(summary)) => {
                let eval = options.eval.clone().or_else(|| Some(dir.join("eval.json")).filter(|p| p.is_file()));
                written.push(write_card(summary, dir, eval.as_deref())?);
            }
            _ => unreachable!("every format's input was read above"),
        }
    }
    Ok(written)
}

#[cfg(feature = "parquet")]
fn write_parquet(dataset: &Dataset, dir: &Path) -> Result<Vec<PathBuf>, Error> {
    parquet_out::write_parquet(dataset, dir)
}

#[cfg(not(feature = "parquet"))]
fn write_parquet(_dataset: &Dataset, _dir: &Path) -> Result<Vec<PathBuf>, Error> {
    Err(Error::Unsupported { format: "parquet" })
}

/// Writes `bytes` to `path` through `.<name>.partial` and a rename.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let partial = partial_path(path);
    std::fs::write(&partial, bytes).map_err(|source| Error::Io { path: partial.clone(), source })?;
    std::fs::rename(&partial, path).map_err(|source| Error::Io { path: path.to_owned(), source })
}

/// `dir/.<name>.partial` for `dir/<name>`.
pub(crate) fn partial_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.partial"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for format in Format::ALL {
            assert_eq!(Format::parse(format.as_str()), Some(format));
        }
        assert_eq!(Format::parse("csv"), None);
    }
}
