//! `cargo xtask parquet-check`: proves the Parquet files are readable and typed
//! by an independent reader.
//!
//! Creates (or reuses) a Python virtualenv with a pinned `pyarrow` under
//! `~/.cache/dossier/`, builds `dossier`, publishes Parquet files for copies of
//! the bundled datasets and the hostile entity fixture, and runs
//! `tests/parquet/read_back.py`, which compares them with the CSV and JSONL files
//! value by value.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, bail};

use crate::export::{CORPORA, build_dossier, copy_dataset};
use crate::workspace_root;

/// The pyarrow release the check is pinned to.
pub const PYARROW: &str = "pyarrow==26.0.1";

/// `$DOSSIER_PYARROW_VENV`, else a per-user cache that survives fresh clones.
fn venv_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("DOSSIER_PYARROW_VENV") {
        return PathBuf::from(dir);
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/tmp"));
    home.join(".cache").join("dossier").join("pyarrow-venv-26.0.1")
}

fn run(cmd: &mut Command, what: &str) -> anyhow::Result<()> {
    let status = cmd.status().with_context(|| format!("starting {what}"))?;
    if !status.success() {
        bail!("{what} failed with {status}");
    }
    Ok(())
}

fn ensure_venv(venv: &Path) -> anyhow::Result<PathBuf> {
    let python = venv.join("bin").join("python");
    let ready = venv.join(".installed");
    if ready.exists() && python.exists() {
        println!("parquet-check: reusing virtualenv {}", venv.display());
        return Ok(python);
    }
    println!("parquet-check: creating virtualenv {} with {PYARROW} (one time)", venv.display());
    std::fs::create_dir_all(venv).with_context(|| format!("creating `{}`", venv.display()))?;
    run(Command::new("python3").args(["-m", "venv"]).arg(venv), "python3 -m venv")?;
    run(
        Command::new(&python).args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", PYARROW]),
        "pip install",
    )?;
    std::fs::write(&ready, PYARROW).with_context(|| format!("writing `{}`", ready.display()))?;
    Ok(python)
}

/// The `parquet-check` task.
pub fn parquet_check(args: &[String]) -> anyhow::Result<ExitCode> {
    if !args.is_empty() {
        bail!("usage: cargo xtask parquet-check");
    }
    let root = workspace_root();
    let python = ensure_venv(&venv_dir())?;
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
