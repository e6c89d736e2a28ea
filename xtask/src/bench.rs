//! `cargo xtask bench [--sizes 10000,100000,1000000] [--quick] [--threads 1,2]`:
//! throughput, thread scaling, memory and startup of the release `dossier run`.
//!
//! For each size it generates (or reuses) the synthetic corpus of `cargo xtask corpus`
//! under `target/bench/corpus-N/`, measures the read floor (every input byte read by
//! this process with 1 and with 2 threads, page cache warm like the runs), then runs
//! `dossier run` with each thread count under `/usr/bin/time` for wall time and peak RSS
//! (or polls `VmHWM` in `/proc/<pid>/status` when GNU time is missing). It also times
//! startup: `dossier run` on one small page, median of several runs. A table goes to
//! stdout and everything to `target/bench/results.json`. A benchmark measures; it asserts
//! nothing except that every document was processed (a run with rejects is flagged).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use serde::Serialize;

use crate::corpus::{self, DEFAULT_SEED, GENERATOR_VERSION, Spec};
use crate::workspace_root;

/// The sizes measured by default.
const DEFAULT_SIZES: [u64; 3] = [10_000, 100_000, 1_000_000];
/// The thread counts measured by default.
const DEFAULT_THREADS: [usize; 2] = [1, 2];
/// Startup runs; the median is reported.
const STARTUP_RUNS: usize = 7;
/// The input of the startup measurement.
const STARTUP_INPUT: &str = "corpus/wilson/seed__document-118197.txt";

/// The targets of the "Throughput and scale" issue.
const TARGET_DOCS_PER_SECOND_PER_CORE: f64 = 10_000.0;
const TARGET_SPEEDUP: f64 = 1.7;
const TARGET_FLOOR_RATIO: f64 = 10.0;
const TARGET_STARTUP_MS: f64 = 300.0;
const TARGET_RSS_GROWTH: f64 = 1.2;

/// Everything measured, as written to `target/bench/results.json`.
#[derive(Debug, Serialize)]
struct Results {
    generator_version: u32,
    seed: u64,
    n_cores: usize,
    /// Set when `--quick`: numbers validate the harness, they are not a baseline.
    quick: bool,
    startup: Startup,
    sizes: Vec<SizeResult>,
    targets: Vec<TargetCheck>,
}

#[derive(Debug, Serialize)]
struct Startup {
    input: String,
    median_ms: f64,
    runs_ms: Vec<f64>,
}

#[derive(Debug, Serialize)]
struct SizeResult {
    n_docs: u64,
    n_files: u64,
    n_bytes: u64,
    /// Seconds to read every input byte, by thread count.
    floor: Vec<Floor>,
    runs: Vec<RunResult>,
}

#[derive(Debug, Serialize)]
struct Floor {
    threads: usize,
    wall_s: f64,
    mb_per_s: f64,
}

#[derive(Debug, Serialize)]
struct RunResult {
    threads: usize,
    wall_s: f64,
    docs_per_s: f64,
    docs_per_s_per_thread: f64,
    mb_per_s: f64,
    peak_rss_mb: f64,
    processed: u64,
    rejected: u64,
    /// Whole run over the read floor at the same thread count.
    floor_ratio: f64,
    /// Docs/s over the docs/s of the first thread count measured.
    speedup: f64,
}

#[derive(Debug, Serialize)]
struct TargetCheck {
    target: String,
    measured: String,
    met: bool,
}

/// Parsed command line.
struct Options {
    sizes: Vec<u64>,
    threads: Vec<usize>,
    quick: bool,
    seed: u64,
}

fn parse_options(args: &[String]) -> anyhow::Result<Options> {
    let mut options =
        Options { sizes: DEFAULT_SIZES.to_vec(), threads: DEFAULT_THREADS.to_vec(), quick: false, seed: DEFAULT_SEED };
    let mut sizes_given = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("`{arg}` needs a value"));
        match arg.as_str() {
            "--sizes" => {
                options.sizes = value()?.split(',').map(corpus::parse_count).collect::<anyhow::Result<_>>()?;
                sizes_given = true;
            }
            "--threads" => {
                options.threads = value()?
                    .split(',')
                    .map(|t| t.parse().with_context(|| format!("`{t}` is not a thread count")))
                    .collect::<anyhow::Result<_>>()?;
            }
            "--seed" => options.seed = value()?.parse().context("`--seed` takes an unsigned integer")?,
            "--quick" => options.quick = true,
            other => bail!("unknown argument `{other}` (usage: bench [--sizes N,N,...] [--threads T,T] [--quick])"),
        }
    }
    if options.quick && !sizes_given {
        options.sizes = vec![10_000];
    }
    if options.sizes.is_empty() || options.threads.is_empty() || options.threads.contains(&0) {
        bail!("`--sizes` and `--threads` need at least one positive value");
    }
    Ok(options)
}

/// `cargo xtask bench`.
pub fn bench(args: &[String]) -> anyhow::Result<ExitCode> {
    let options = parse_options(args)?;
    let root = workspace_root();
    let target_dir = crate::target_dir(&root);
    let bench_dir = target_dir.join("bench");
    fs::create_dir_all(&bench_dir).with_context(|| format!("creating `{}`", bench_dir.display()))?;
    let dossier = build_release(&root, &target_dir)?;
    let time = Path::new("/usr/bin/time");
    let time = time.exists().then_some(time);
    if time.is_none() {
        eprintln!("bench: /usr/bin/time not found (apt-get install time); polling VmHWM instead");
    }

    let startup = measure_startup(&root, &dossier, &bench_dir)?;
    eprintln!("bench: startup median {:.1} ms", startup.median_ms);

    let mut sizes = Vec::new();
    for &n_docs in &options.sizes {
        let corpus_dir = bench_dir.join(format!("corpus-{n_docs}"));
        let summary = ensure_corpus(&root, &corpus_dir, Spec { n_docs, seed: options.seed })?;
        let inputs: Vec<PathBuf> =
            ["frus", "jsonl", "wilson"].iter().map(|name| corpus_dir.join(name)).filter(|path| path.exists()).collect();
        let files = list_files(&inputs)?;
        // One untimed pass so the floor and the runs all read from a warm page cache.
        read_all(&files, 2)?;
        let mut floor = Vec::new();
        for &threads in &options.threads {
            let (wall, n_bytes) = read_all(&files, threads)?;
            floor.push(Floor {
                threads,
                wall_s: wall.as_secs_f64(),
                mb_per_s: n_bytes as f64 / 1e6 / wall.as_secs_f64(),
            });
        }
        let mut runs: Vec<RunResult> = Vec::new();
        for &threads in &options.threads {
            eprintln!("bench: {n_docs} documents, {threads} thread(s)…");
            let out = bench_dir.join(format!("out-{n_docs}-t{threads}"));
            let measured = run_dossier(&dossier, &inputs, &out, threads, time, &bench_dir)?;
            let counts = read_counts(&out)?;
            // The output can be large (a million rows); only the numbers are kept.
            fs::remove_dir_all(&out).with_context(|| format!("removing `{}`", out.display()))?;
            let wall_s = measured.wall.as_secs_f64();
            let docs_per_s = counts.processed as f64 / wall_s;
            let floor_s = floor.iter().find(|f| f.threads == threads).map_or(f64::NAN, |f| f.wall_s);
            let base = runs.first().map_or(docs_per_s, |r| r.docs_per_s);
            runs.push(RunResult {
                threads,
                wall_s,
                docs_per_s,
                docs_per_s_per_thread: docs_per_s / threads as f64,
                mb_per_s: summary.n_bytes as f64 / 1e6 / wall_s,
                peak_rss_mb: measured.peak_rss_kb as f64 / 1024.0,
                processed: counts.processed,
                rejected: counts.rejected,
                floor_ratio: wall_s / floor_s,
                speedup: docs_per_s / base,
            });
            if counts.processed != n_docs || counts.rejected != 0 {
                eprintln!(
                    "bench: warning: {n_docs} documents generated but {} processed, {} rejected",
                    counts.processed, counts.rejected
                );
            }
        }
        sizes.push(SizeResult { n_docs, n_files: summary.n_files, n_bytes: summary.n_bytes, floor, runs });
    }

    let targets = check_targets(&startup, &sizes);
    let results = Results {
        generator_version: GENERATOR_VERSION,
        seed: options.seed,
        n_cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
        quick: options.quick,
        startup,
        sizes,
        targets,
    };
    print_table(&results);
    let path = bench_dir.join("results.json");
    fs::write(&path, serde_json::to_string_pretty(&results)? + "\n")
        .with_context(|| format!("writing `{}`", path.display()))?;
    println!("\nresults: {}", path.display());
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn build_release(root: &Path, target_dir: &Path) -> anyhow::Result<PathBuf> {
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .current_dir(root)
        .args(["build", "--quiet", "--release", "--bin", "dossier"])
        .status()
        .context("running cargo build --release")?;
    if !status.success() {
        bail!("cargo build --release --bin dossier failed");
    }
    Ok(target_dir.join("release").join("dossier"))
}

/// The corpus for `spec` in `dir`, generated unless a complete one of this generator
/// version is already there.
fn ensure_corpus(root: &Path, dir: &Path, spec: Spec) -> anyhow::Result<corpus::Summary> {
    if let Some(summary) = corpus::read_summary(dir)
        && summary.generator_version == GENERATOR_VERSION
        && summary.spec == spec
    {
        return Ok(summary);
    }
    eprintln!("bench: generating {} documents into `{}`…", spec.n_docs, dir.display());
    let started = Instant::now();
    let summary = corpus::generate(root, dir, spec)?;
    eprintln!(
        "bench: {} files, {:.1} MB in {:.1}s",
        summary.n_files,
        summary.n_bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    Ok(summary)
}

/// Every regular file under `roots`, sorted.
fn list_files(roots: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut stack: Vec<PathBuf> = roots.to_vec();
    while let Some(path) = stack.pop() {
        let meta = fs::metadata(&path).with_context(|| format!("reading `{}`", path.display()))?;
        if meta.is_dir() {
            for entry in fs::read_dir(&path).with_context(|| format!("reading `{}`", path.display()))? {
                stack.push(entry.with_context(|| format!("reading `{}`", path.display()))?.path());
            }
        } else {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Reads every file with `threads` threads; returns the wall time and the bytes read.
fn read_all(files: &[PathBuf], threads: usize) -> anyhow::Result<(Duration, u64)> {
    let next = AtomicUsize::new(0);
    let started = Instant::now();
    let totals = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| -> anyhow::Result<u64> {
                    let mut n_bytes = 0;
                    while let Some(path) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                        // Read into a fresh buffer like `dossier` does: the floor includes allocation.
                        let bytes = fs::read(path).with_context(|| format!("reading `{}`", path.display()))?;
                        n_bytes += bytes.len() as u64;
                    }
                    Ok(n_bytes)
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().expect("reader thread panicked")).collect::<Vec<_>>()
    });
    let elapsed = started.elapsed();
    let mut n_bytes = 0;
    for total in totals {
        n_bytes += total?;
    }
    Ok((elapsed, n_bytes))
}

/// Wall time and peak resident set of one process.
struct Measured {
    wall: Duration,
    peak_rss_kb: u64,
}

/// Runs `command` to completion, measuring it under GNU time when there is one.
fn measure(mut command: Command, time: Option<&Path>, bench_dir: &Path) -> anyhow::Result<Measured> {
    let time_file = bench_dir.join("time.txt");
    let mut command = match time {
        Some(time) => {
            let mut timed = Command::new(time);
            timed.arg("-f").arg("%e %M").arg("-o").arg(&time_file).arg(command.get_program()).args(command.get_args());
            if let Some(dir) = command.get_current_dir() {
                timed.current_dir(dir);
            }
            timed
        }
        None => {
            command.stdin(Stdio::null());
            command
        }
    };
    let started = Instant::now();
    let mut child = command.spawn().context("starting dossier")?;
    let pid = child.id();
    let mut peak_rss_kb = 0;
    let status = loop {
        if let Some(status) = child.try_wait().context("waiting for dossier")? {
            break status;
        }
        if time.is_none() {
            peak_rss_kb = peak_rss_kb.max(vm_hwm_kb(pid).unwrap_or(0));
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let wall = started.elapsed();
    if !status.success() {
        bail!("dossier exited with {status}");
    }
    if time.is_some() {
        let text = fs::read_to_string(&time_file).with_context(|| format!("reading `{}`", time_file.display()))?;
        peak_rss_kb = text
            .split_whitespace()
            .nth(1)
            .and_then(|kb| kb.parse().ok())
            .with_context(|| format!("unexpected /usr/bin/time output `{}`", text.trim()))?;
    }
    Ok(Measured { wall, peak_rss_kb })
}

/// `VmHWM` (peak resident set) of a running process, in kB.
fn vm_hwm_kb(pid: u32) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn run_dossier(
    dossier: &Path,
    inputs: &[PathBuf],
    out: &Path,
    threads: usize,
    time: Option<&Path>,
    bench_dir: &Path,
) -> anyhow::Result<Measured> {
    if out.exists() {
        fs::remove_dir_all(out).with_context(|| format!("removing `{}`", out.display()))?;
    }
    let mut command = Command::new(dossier);
    command
        .arg("run")
        .args(inputs)
        .arg("--out")
        .arg(out)
        .arg("--threads")
        .arg(threads.to_string())
        .args(["--no-progress", "-q"]);
    measure(command, time, bench_dir)
}

fn measure_startup(root: &Path, dossier: &Path, bench_dir: &Path) -> anyhow::Result<Startup> {
    let out = bench_dir.join("out-startup");
    let mut runs_ms = Vec::new();
    for _ in 0..STARTUP_RUNS {
        let mut command = Command::new(dossier);
        command.current_dir(root).arg("run").arg(STARTUP_INPUT).arg("--out").arg(&out).args([
            "--force",
            "--no-progress",
            "-q",
            "--threads",
            "1",
        ]);
        // Wall time from here, without GNU time in between.
        runs_ms.push(measure(command, None, bench_dir)?.wall.as_secs_f64() * 1e3);
    }
    let _ = fs::remove_dir_all(&out);
    let mut sorted = runs_ms.clone();
    sorted.sort_by(f64::total_cmp);
    Ok(Startup { input: STARTUP_INPUT.to_owned(), median_ms: sorted[sorted.len() / 2], runs_ms })
}

/// The counts of the manifest a run wrote.
#[derive(Debug, serde::Deserialize)]
struct Counts {
    processed: u64,
    rejected: u64,
}

fn read_counts(out: &Path) -> anyhow::Result<Counts> {
    #[derive(serde::Deserialize)]
    struct Manifest {
        counts: Counts,
    }
    let path = out.join("manifest.json");
    let text = fs::read_to_string(&path).with_context(|| format!("reading `{}`", path.display()))?;
    let manifest: Manifest = serde_json::from_str(&text).with_context(|| format!("reading `{}`", path.display()))?;
    Ok(manifest.counts)
}

fn check_targets(startup: &Startup, sizes: &[SizeResult]) -> Vec<TargetCheck> {
    let mut checks = vec![TargetCheck {
        target: format!("startup < {TARGET_STARTUP_MS} ms"),
        measured: format!("{:.1} ms", startup.median_ms),
        met: startup.median_ms < TARGET_STARTUP_MS,
    }];
    for size in sizes {
        for run in &size.runs {
            checks.push(TargetCheck {
                target: format!(
                    "{} docs, {} thread(s): >= {TARGET_DOCS_PER_SECOND_PER_CORE} docs/s per core",
                    size.n_docs, run.threads
                ),
                measured: format!("{:.0} docs/s per thread", run.docs_per_s_per_thread),
                met: run.docs_per_s_per_thread >= TARGET_DOCS_PER_SECOND_PER_CORE,
            });
            checks.push(TargetCheck {
                target: format!(
                    "{} docs, {} thread(s): within {TARGET_FLOOR_RATIO}x of the read floor",
                    size.n_docs, run.threads
                ),
                measured: format!("{:.1}x", run.floor_ratio),
                met: run.floor_ratio <= TARGET_FLOOR_RATIO,
            });
        }
        if let (Some(one), Some(two)) =
            (size.runs.iter().find(|r| r.threads == 1), size.runs.iter().find(|r| r.threads == 2))
        {
            let speedup = two.docs_per_s / one.docs_per_s;
            checks.push(TargetCheck {
                target: format!("{} docs: >= {TARGET_SPEEDUP}x from 1 to 2 threads", size.n_docs),
                measured: format!("{speedup:.2}x"),
                met: speedup >= TARGET_SPEEDUP,
            });
        }
    }
    if let (Some(small), Some(large)) = (sizes.first(), sizes.last())
        && large.n_docs > small.n_docs
    {
        let peak = |size: &SizeResult| size.runs.iter().map(|r| r.peak_rss_mb).fold(0.0, f64::max);
        let growth = peak(large) / peak(small);
        checks.push(TargetCheck {
            target: format!(
                "peak RSS at {} docs within {:.0}% of {} docs",
                large.n_docs,
                (TARGET_RSS_GROWTH - 1.0) * 100.0,
                small.n_docs
            ),
            measured: format!("{growth:.2}x ({:.0} MB vs {:.0} MB)", peak(large), peak(small)),
            met: growth <= TARGET_RSS_GROWTH,
        });
    }
    checks
}

fn print_table(results: &Results) {
    if results.quick {
        println!("(--quick: harness check, not a baseline)");
    }
    println!(
        "startup: {:.1} ms median of {} runs ({})",
        results.startup.median_ms, STARTUP_RUNS, results.startup.input
    );
    println!();
    println!(
        "{:>9} {:>7} {:>9} {:>3} {:>8} {:>9} {:>10} {:>8} {:>9} {:>8} {:>7} {:>7}",
        "docs",
        "files",
        "MB",
        "thr",
        "wall s",
        "docs/s",
        "docs/s/thr",
        "MB/s",
        "RSS MB",
        "floor s",
        "÷floor",
        "speedup"
    );
    for size in &results.sizes {
        for run in &size.runs {
            let floor = size.floor.iter().find(|f| f.threads == run.threads).map_or(f64::NAN, |f| f.wall_s);
            println!(
                "{:>9} {:>7} {:>9.1} {:>3} {:>8.2} {:>9.0} {:>10.0} {:>8.1} {:>9.1} {:>8.3} {:>7.1} {:>7.2}{}",
                size.n_docs,
                size.n_files,
                size.n_bytes as f64 / 1e6,
                run.threads,
                run.wall_s,
                run.docs_per_s,
                run.docs_per_s_per_thread,
                run.mb_per_s,
                run.peak_rss_mb,
                floor,
                run.floor_ratio,
                run.speedup,
                if run.rejected > 0 || run.processed != size.n_docs {
                    "  (!) rejects or missing documents"
                } else {
                    ""
                }
            );
        }
    }
    println!();
    for check in &results.targets {
        println!("[{}] {}: {}", if check.met { "met " } else { "MISS" }, check.target, check.measured);
    }
}
