//! `cargo xtask parquet-check`: proves the Parquet files are readable and typed
//! by an independent reader.
//!
//! Creates (or reuses) a Python virtualenv with a pinned `pyarrow` under
//! `~/.cache/dossier/`, builds `dossier`, publishes Parquet files for copies of
//! the bundled datasets and the hostile entity fixture, and runs
//! `tests/parquet/read_back.py`, which compares them with the CSV and JSONL files
//! value by value.

use std::process::{Command, ExitCode};

use anyhow::{Context, bail};

use crate::export::{CORPORA, build_dossier, copy_dataset};
use crate::venv::{Venv, run};
use crate::workspace_root;

/// The pyarrow release the check is pinned to.
pub const PYARROW: &str = "pyarrow==26.0.1";

/// Where pyarrow is installed.
const VENV: Venv = Venv {
    task: "parquet-check",
    env_var: "DOSSIER_PYARROW_VENV",
    cache_name: "pyarrow-venv-26.0.1",
    requirement: PYARROW,
};

/// The `parquet-check` task.
pub fn parquet_check(args: &[String]) -> anyhow::Result<ExitCode> {
    if !args.is_empty() {
        bail!("usage: cargo xtask parquet-check");
    }
    let root = workspace_root();
    let python = VENV.python()?;
    let dossier = build_dossier(&root)?;
    let work = root.join("target").join("parquet-check");
    let _ = std::fs::remove_dir_all(&work);
    let mut folders = Vec::new();
    let fixture = ("hostile-with-entities", "crates/dossier-publish/tests/fixtures/hostile-with-entities");
    for (name, source) in
        CORPORA.iter().map(|(name, _)| (*name, format!("datasets/{name}"))).chain([(fixture.0, fixture.1.to_owned())])
    {
        let dir = work.join(name);
        copy_dataset(&root.join(source), &dir)?;
        run(
            Command::new(&dossier).arg("publish").arg(&dir).args(["--format", "parquet"]),
            "dossier publish --format parquet",
        )?;
        folders.push(dir);
    }
    let status = Command::new(python)
        .current_dir(&root)
        .arg("tests/parquet/read_back.py")
        .args(&folders)
        .status()
        .context("running tests/parquet/read_back.py")?;
    Ok(if status.success() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
