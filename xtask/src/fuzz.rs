//! `cargo xtask fuzz [--seconds N] [TARGET…]`: runs every fuzz target in
//! `fuzz/` for N seconds (default 60), one after the other, each seeded from the
//! bundled corpora, and prints executions and findings per target.
//!
//! Needs `cargo install cargo-fuzz`. Targets are built without sanitizers
//! (`-s none`) and with `RUSTC_BOOTSTRAP=1`, so a stable toolchain is enough.
//! Seeds are copied into `fuzz/corpus/<target>/` (ignored by git; libFuzzer adds
//! what it finds there too); a crash lands in `fuzz/artifacts/<target>/` and
//! makes the task fail, naming the input.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use anyhow::{Context, bail};

/// Every fuzz target, in the order they run.
pub const TARGETS: [&str; 6] = ["parse", "parse_wilson", "parse_frus", "parse_jsonl", "dates", "pipeline"];

/// Longest input libFuzzer builds (larger seeds are cut to it): large enough
/// for whole records and FRUS documents, small enough to keep runs fast.
const MAX_LEN: usize = 64 * 1024;

/// Files directly in `dir` with extension `ext`, sorted; none when it is missing.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == ext))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// The seed inputs of `target`: (file name, bytes).
fn seeds(root: &Path, target: &str) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let corpus = root.join("corpus");
    let read_all = |paths: Vec<PathBuf>| -> anyhow::Result<Vec<(String, Vec<u8>)>> {
        paths
            .into_iter()
            .map(|p| {
                let bytes = fs::read(&p).with_context(|| format!("reading `{}`", p.display()))?;
                Ok((p.file_name().unwrap_or_default().to_string_lossy().into_owned(), bytes))
            })
            .collect()
    };
    let wilson = || {
        let mut paths = files(&corpus.join("wilson"), "txt");
        paths.extend(files(&root.join("tests").join("fixtures").join("fuzz"), "txt"));
        read_all(paths)
    };
    let frus = || {
        let mut paths = files(&corpus.join("frus"), "xml");
        paths.extend(files(&corpus.join("frus-parts"), "xml"));
        read_all(paths)
    };
    let jsonl_lines = || -> anyhow::Result<Vec<(String, Vec<u8>)>> {
        let mut seeds = Vec::new();
        for path in files(&corpus.join("wilson-bulk"), "jsonl") {
            let text = fs::read_to_string(&path).with_context(|| format!("reading `{}`", path.display()))?;
            for (idx, line) in text.lines().enumerate() {
                seeds.push((format!("line-{idx:04}.jsonl"), line.as_bytes().to_vec()));
            }
            seeds.push(("whole.jsonl".to_owned(), text.into_bytes()));
        }
        Ok(seeds)
    };
    Ok(match target {
        "parse_wilson" => wilson()?,
        "parse_frus" => frus()?,
        "parse_jsonl" => jsonl_lines()?,
        "dates" => {
            // The short lines of the Wilson pages: date lines, titles, labels.
            let mut seeds = Vec::new();
            for (name, bytes) in wilson()? {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                for (idx, line) in text.lines().filter(|l| !l.trim().is_empty() && l.len() < 80).take(8).enumerate() {
                    seeds.push((format!("{name}-{idx}"), line.as_bytes().to_vec()));
                }
            }
            for (idx, date) in ["June 21, 1962", "21 June 1962", "1962-06-21", "17.XII.1947", "6/21/62", "1962. 6. 21."]
                .iter()
                .enumerate()
            {
                seeds.push((format!("date-{idx}"), date.as_bytes().to_vec()));
            }
            seeds
        }
        _ => {
            let mut seeds = wilson()?;
            seeds.extend(frus()?);
            seeds.extend(jsonl_lines()?.into_iter().take(20));
            seeds
        }
    })
}

/// What one target's run gave.
struct Report {
    target: String,
    seconds: f64,
    execs: Option<u64>,
    /// Inputs saved by this run that crashed, timed out or ran out of memory.
    crashes: Vec<String>,
}

/// Names of the saved failing inputs in `dir`.
fn artifact_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.retain(|n| n.starts_with("crash-") || n.starts_with("timeout-") || n.starts_with("oom-"));
    names.sort();
    names
}

fn run_target(root: &Path, target: &str, seconds: u64) -> anyhow::Result<Report> {
    let fuzz = root.join("fuzz");
    let corpus = fuzz.join("corpus").join(target);
    fs::create_dir_all(&corpus).with_context(|| format!("creating `{}`", corpus.display()))?;
    for (name, bytes) in seeds(root, target)? {
        let path = corpus.join(format!("seed-{name}"));
        if !path.exists() {
            fs::write(&path, bytes).with_context(|| format!("writing `{}`", path.display()))?;
        }
    }
    let artifacts = fuzz.join("artifacts").join(target);
    fs::create_dir_all(&artifacts).with_context(|| format!("creating `{}`", artifacts.display()))?;
    let before = artifact_names(&artifacts);
    let started = Instant::now();
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .current_dir(&fuzz)
        .env("RUSTC_BOOTSTRAP", "1")
        .args(["fuzz", "run", "-s", "none", target])
        .arg(&corpus)
        .arg("--")
        .arg(format!("-max_total_time={seconds}"))
        .arg(format!("-max_len={MAX_LEN}"))
        .arg(format!("-artifact_prefix={}/", artifacts.display()))
        .arg("-print_final_stats=1")
        // Fork mode keeps fuzzing past a crash (each one is saved), so a known
        // bug cannot hide others for the rest of the run.
        .args(["-fork=1", "-ignore_crashes=1", "-ignore_timeouts=1", "-ignore_ooms=1"])
        .stdout(Stdio::inherit())
        .stderr(Stdio::piped())
        .output()
        .context("running cargo fuzz (install it with `cargo install cargo-fuzz`)")?;
    let elapsed = started.elapsed().as_secs_f64();
    let log = String::from_utf8_lossy(&output.stderr);
    let log_path = fuzz.join("artifacts").join(format!("{target}.log"));
    fs::write(&log_path, log.as_bytes()).with_context(|| format!("writing `{}`", log_path.display()))?;
    // Fork mode reports progress as `#EXECS: cov: … exec/s: …`; the last one
    // counts every execution of the run.
    let execs = log
        .lines()
        .filter_map(|l| l.strip_prefix('#'))
        .filter_map(|l| l.split(|c: char| !c.is_ascii_digit()).next())
        .filter_map(|n| n.parse().ok())
        .max();
    let new: Vec<String> = artifact_names(&artifacts).into_iter().filter(|name| !before.contains(name)).collect();
    let crashes = if new.is_empty() && !output.status.success() {
        vec![format!("fuzzer failed, see `{}`", log_path.display())]
    } else {
        new.iter().map(|name| artifacts.join(name).display().to_string()).collect()
    };
    Ok(Report { target: target.to_owned(), seconds: elapsed, execs, crashes })
}

/// `cargo xtask fuzz [--seconds N] [TARGET…]`.
pub fn fuzz(args: &[String], root: &Path) -> anyhow::Result<ExitCode> {
    let mut seconds = 60;
    let mut targets = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seconds" => {
                let value = args.next().context("--seconds needs a number")?;
                seconds = value.parse().with_context(|| format!("--seconds `{value}` is not a number"))?;
            }
            name if TARGETS.contains(&name) => targets.push(name.to_owned()),
            other => bail!("unknown fuzz target or flag `{other}`; targets: {}", TARGETS.join(", ")),
        }
    }
    if targets.is_empty() {
        targets = TARGETS.iter().map(|t| (*t).to_owned()).collect();
    }
    let probe = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .args(["fuzz", "--version"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if !probe.is_ok_and(|s| s.success()) {
        bail!("cargo-fuzz is not installed: run `cargo install cargo-fuzz`");
    }
    // Build first, so a build failure is not mistaken for a crash.
    let build = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .current_dir(root.join("fuzz"))
        .env("RUSTC_BOOTSTRAP", "1")
        .args(["fuzz", "build", "-s", "none"])
        .status()
        .context("running cargo fuzz build")?;
    if !build.success() {
        bail!("building the fuzz targets failed");
    }
    let mut reports = Vec::new();
    for target in &targets {
        eprintln!("xtask: fuzzing `{target}` for {seconds}s");
        reports.push(run_target(root, target, seconds)?);
    }
    println!("target\tseconds\texecutions\tresult");
    for r in &reports {
        let execs = r.execs.map_or("?".to_owned(), |n| n.to_string());
        let result = match r.crashes.as_slice() {
            [] => "ok".to_owned(),
            [one] => format!("FAILED {one}"),
            [first, rest @ ..] => format!("FAILED {first} and {} more in the same folder", rest.len()),
        };
        println!("{}\t{:.0}\t{execs}\t{result}", r.target, r.seconds);
    }
    Ok(if reports.iter().any(|r| !r.crashes.is_empty()) { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
