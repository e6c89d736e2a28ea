//! `cargo xtask spark`: proves `dossier stream` as a Spark `RDD.pipe` stage.
//!
//! Creates (or reuses) a Python virtualenv with a pinned `pyspark`, builds the
//! `dossier` binary, and runs `tests/spark/pipe_check.py`, which compares a local-mode
//! Spark pipe run with `dossier run` record by record. Needs Python 3 with `venv`
//! and Java 17+; the pyspark download (~450 MB) happens once per virtualenv.

use std::process::{Command, ExitCode};

use anyhow::{Context, bail};

use crate::venv::{Venv, run};
use crate::workspace_root;

/// The pyspark release the check is pinned to.
pub const PYSPARK: &str = "pyspark==4.3.0";

/// Where pyspark is installed (`$DOSSIER_SPARK_VENV` overrides the location).
const VENV: Venv =
    Venv { task: "spark", env_var: "DOSSIER_SPARK_VENV", cache_name: "spark-venv-4.3.0", requirement: PYSPARK };

/// The `spark` task.
pub fn spark(args: &[String]) -> anyhow::Result<ExitCode> {
    if !args.is_empty() {
        bail!("usage: cargo xtask spark");
    }
    let root = workspace_root();
    let java = Command::new("java").arg("-version").output();
    if !java.is_ok_and(|o| o.status.success()) {
        bail!("`java -version` failed: Spark needs Java 17 or later on PATH");
    }
    let python = VENV.python()?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    run(Command::new(cargo).current_dir(&root).args(["build", "--quiet", "--bin", "dossier"]), "cargo build")?;
    let target = crate::target_dir(&root);
    // Keep Spark's driver on the loopback interface: local mode needs no other.
    let status = Command::new(python)
        .current_dir(&root)
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .arg("tests/spark/pipe_check.py")
        .arg("--dossier")
        .arg(target.join("debug").join("dossier"))
        .arg("--work")
        .arg(target.join("spark"))
        .status()
        .context("running tests/spark/pipe_check.py")?;
    Ok(if status.success() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
