//! Python virtualenvs for the interop checks (`spark`, `parquet-check`): created
//! once under `~/.cache/dossier/` (or where an environment variable says) with one
//! pinned package, and reused by later runs and fresh clones on the same machine.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, bail};

/// Runs `cmd`, failing with `what` when it does not succeed.
pub fn run(cmd: &mut Command, what: &str) -> anyhow::Result<()> {
    let status = cmd.status().with_context(|| format!("starting {what}"))?;
    if !status.success() {
        bail!("{what} failed with {status}");
    }
    Ok(())
}

/// One pinned virtualenv.
pub struct Venv {
    /// Prefix for progress lines (the task's name).
    pub task: &'static str,
    /// Environment variable that overrides the location.
    pub env_var: &'static str,
    /// Folder name under `~/.cache/dossier/`.
    pub cache_name: &'static str,
    /// The pip requirement, pinned (`pyspark==4.3.0`).
    pub requirement: &'static str,
}

impl Venv {
    fn dir(&self) -> PathBuf {
        if let Some(dir) = std::env::var_os(self.env_var) {
            return PathBuf::from(dir);
        }
        let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/tmp"));
        home.join(".cache").join("dossier").join(self.cache_name)
    }

    /// The virtualenv's python, creating the virtualenv and installing the
    /// requirement first when that has not been done (a marker file records it).
    pub fn python(&self) -> anyhow::Result<PathBuf> {
        let venv = self.dir();
        let python = venv.join("bin").join("python");
        let ready = venv.join(".installed");
        if ready.exists() && python.exists() {
            println!("{}: reusing virtualenv {}", self.task, venv.display());
            return Ok(python);
        }
        println!("{}: creating virtualenv {} with {} (one time)", self.task, venv.display(), self.requirement);
        std::fs::create_dir_all(&venv).with_context(|| format!("creating `{}`", venv.display()))?;
        run(Command::new("python3").args(["-m", "venv"]).arg(&venv), "python3 -m venv")?;
        run(
            Command::new(&python).args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                self.requirement,
            ]),
            "pip install",
        )?;
        std::fs::write(&ready, self.requirement).with_context(|| format!("writing `{}`", ready.display()))?;
        Ok(python)
    }
}
