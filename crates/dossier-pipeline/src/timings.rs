//! Per-stage time accumulator for `dossier run`'s run log. The pipeline times
//! reading, parsing and normalize + enrich; the caller times its own writing
//! ([`Stage::Write`]).
//!
//! Workers add the time each stage took on each document to shared atomic counters, so
//! the totals are sums across threads (CPU-ish time, not wall time: with two busy
//! workers they grow twice as fast as the clock). They go to stderr or a run log, never
//! into a dataset file, which must not depend on timing.
//!
//! ```ignore
//! let timings = Timings::default();
//! let raw = timings.time(Stage::Read, || read(file));          // in a worker
//! let _guard = timings.start(Stage::Write);                     // or a guard until scope end
//! eprintln!("{}", timings.to_log_line());
//! ```

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A stage of the pipeline, as timed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading the input file's bytes (and hashing them).
    Read,
    /// `dossier_parse::parse`.
    Parse,
    /// `normalize` and `enrich`, per document.
    NormalizeEnrich,
    /// Writing rows and records (the caller's sequential writer).
    Write,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 4] = [Stage::Read, Stage::Parse, Stage::NormalizeEnrich, Stage::Write];

    /// The snake_case name used in the log line and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Read => "read",
            Stage::Parse => "parse",
            Stage::NormalizeEnrich => "normalize_enrich",
            Stage::Write => "write",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Summed time per stage, shared by reference between worker threads.
#[derive(Debug, Default)]
pub struct Timings {
    /// Nanoseconds per stage, indexed by [`Stage::index`].
    nanos: [AtomicU64; 4],
    /// Times each stage was entered.
    counts: [AtomicU64; 4],
}

impl Timings {
    /// Adds `elapsed` to `stage`.
    pub fn add(&self, stage: Stage, elapsed: Duration) {
        let nanos = u64::try_from(elapsed.as_nanos()).unwrap_or(u64::MAX);
        self.nanos[stage.index()].fetch_add(nanos, Ordering::Relaxed);
        self.counts[stage.index()].fetch_add(1, Ordering::Relaxed);
    }

    /// Runs `f`, adding its duration to `stage`.
    pub fn time<T>(&self, stage: Stage, f: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let value = f();
        self.add(stage, started.elapsed());
        value
    }

    /// A guard that adds the time until it is dropped to `stage`.
    pub fn start(&self, stage: Stage) -> StageTimer<'_> {
        StageTimer { timings: self, stage, started: Instant::now() }
    }

    /// The total for `stage` so far.
    pub fn total(&self, stage: Stage) -> Duration {
        Duration::from_nanos(self.nanos[stage.index()].load(Ordering::Relaxed))
    }

    /// How many times `stage` was timed.
    pub fn count(&self, stage: Stage) -> u64 {
        self.counts[stage.index()].load(Ordering::Relaxed)
    }

    /// One line for stderr or a run log, e.g.
    /// `timings (summed over threads): read 0.120s, parse 1.500s, normalize_enrich 3.250s, write 0.800s`.
    pub fn to_log_line(&self) -> String {
        let parts: Vec<String> = Stage::ALL
            .iter()
            .map(|&stage| format!("{} {:.3}s", stage.as_str(), self.total(stage).as_secs_f64()))
            .collect();
        format!("timings (summed over threads): {}", parts.join(", "))
    }

    /// A JSON object: `{"read": {"seconds": 0.12, "count": 10}, …}` (stages in pipeline order).
    pub fn to_json(&self) -> String {
        let parts: Vec<String> = Stage::ALL
            .iter()
            .map(|&stage| {
                format!(
                    "\"{}\":{{\"seconds\":{:.6},\"count\":{}}}",
                    stage.as_str(),
                    self.total(stage).as_secs_f64(),
                    self.count(stage)
                )
            })
            .collect();
        format!("{{{}}}", parts.join(","))
    }
}

/// Adds the time from [`Timings::start`] until drop to its stage.
#[derive(Debug)]
#[must_use = "the time is measured until the guard is dropped"]
pub struct StageTimer<'a> {
    timings: &'a Timings,
    stage: Stage,
    started: Instant,
}

impl Drop for StageTimer<'_> {
    fn drop(&mut self) {
        self.timings.add(self.stage, self.started.elapsed());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(adds: &[(Stage, u64)], line: &str, json: &str) {
        let timings = Timings::default();
        for &(stage, millis) in adds {
            timings.add(stage, Duration::from_millis(millis));
        }
        assert_eq!(timings.to_log_line(), line);
        assert_eq!(timings.to_json(), json);
    }

    #[test]
    fn renders_every_stage_in_order() {
        check(
            &[(Stage::Parse, 1500), (Stage::Read, 120), (Stage::Parse, 250), (Stage::Write, 800)],
            "timings (summed over threads): read 0.120s, parse 1.750s, normalize_enrich 0.000s, write 0.800s",
            "{\"read\":{\"seconds\":0.120000,\"count\":1},\"parse\":{\"seconds\":1.750000,\"count\":2},\
             \"normalize_enrich\":{\"seconds\":0.000000,\"count\":0},\"write\":{\"seconds\":0.800000,\"count\":1}}",
        );
    }

    #[test]
    fn sums_across_threads() {
        let timings = Timings::default();
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    for _ in 0..1000 {
                        timings.add(Stage::NormalizeEnrich, Duration::from_micros(1));
                    }
                });
            }
        });
        assert_eq!(timings.total(Stage::NormalizeEnrich), Duration::from_millis(4));
        assert_eq!(timings.count(Stage::NormalizeEnrich), 4000);
    }

    #[test]
    fn guards_and_closures_add_their_time() {
        let timings = Timings::default();
        let value = timings.time(Stage::Read, || {
            std::thread::sleep(Duration::from_millis(2));
            7
        });
        assert_eq!(value, 7);
        {
            let _guard = timings.start(Stage::Write);
            std::thread::sleep(Duration::from_millis(2));
        }
        assert!(timings.total(Stage::Read) >= Duration::from_millis(2));
        assert!(timings.total(Stage::Write) >= Duration::from_millis(2));
        assert_eq!((timings.count(Stage::Read), timings.count(Stage::Write)), (1, 1));
    }
}
