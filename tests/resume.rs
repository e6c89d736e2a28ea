//! Interrupted runs: killed with SIGKILL at random points, or stopped with
//! SIGTERM, a run continued with `--resume` ends with the same bytes as a run
//! that was never interrupted; inputs changed in between are processed again.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{read, run, temp_dir, wilson};

const FILES: [&str; 7] = dossier_export::OUTPUT_FILES;

/// A corpus of `copies` × the Wilson records, each copy with distinct bytes
/// (trailing spaces), plus one empty file so there are rejects to resume too.
fn corpus(name: &str, copies: usize) -> PathBuf {
    let dir = temp_dir(name);
    let mut records: Vec<PathBuf> = std::fs::read_dir(wilson()).unwrap().map(|e| e.unwrap().path()).collect();
    records.sort();
    for copy in 0..copies {
        for record in &records {
            let mut bytes = std::fs::read(record).unwrap();
            bytes.extend(std::iter::repeat_n(b' ', copy));
            let name = format!("{copy:02}-{}", record.file_name().unwrap().to_string_lossy());
            std::fs::write(dir.join(name), bytes).unwrap();
        }
    }
    std::fs::write(dir.join("50-empty.txt"), b"").unwrap();
    dir
}

/// Starts `dossier run INPUT --out OUT` with small chunks, slowed down after
/// each chunk so that it can be interrupted in the middle.
fn spawn(input: &Path, out: &Path, resume: bool) -> Child {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dossier"));
    cmd.args(["run", "--no-progress", "-q", "--threads", "2", "--chunk-files", "8", "--out"]).arg(out).arg(input);
    if resume {
        cmd.arg("--resume");
    }
    cmd.env("DOSSIER_TEST_CHUNK_DELAY_MS", "15").stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap()
}

/// Committed chunks in the journal so far.
fn n_committed(out: &Path) -> usize {
    let journal = out.join(".dossier-journal").join("journal.jsonl");
    std::fs::read_to_string(journal).map_or(0, |text| text.lines().count().saturating_sub(1))
}

fn assert_same(expected: &Path, got: &Path) {
    // The link files too: written after the tables, from the whole folder.
    for name in FILES.iter().chain(&["links.csv", "clusters.csv"]) {
        assert!(read(&expected.join(name)) == read(&got.join(name)), "{name} differs after resuming");
    }
    assert!(!got.join(".dossier-journal").exists(), "the journal is removed once the run is complete");
}

/// A small xorshift generator: kill points vary between runs (the seed is
/// printed) without a dependency.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn killed_at_random_points_and_resumed_gives_the_same_bytes() {
    let input = corpus("resume-kill-in", 4);
    let reference = temp_dir("resume-kill-reference");
    assert!(run(&[&input], &reference, &["--threads", "1"]).status.success());

    let out = temp_dir("resume-kill-out");
    let mut state = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1;
    eprintln!("kill-point seed: {state}");
    let mut n_kills = 0;
    for attempt in 0..40 {
        let mut child = spawn(&input, &out, attempt > 0);
        let delay = Duration::from_millis(30 + next(&mut state) % 250);
        std::thread::sleep(delay);
        let finished = child.try_wait().unwrap();
        if finished.is_none() {
            child.kill().unwrap();
            n_kills += 1;
        }
        let status = child.wait().unwrap();
        if finished.is_some() || (status.code() == Some(0) && out.join("manifest.json").exists()) {
            assert_eq!(status.code(), Some(0));
            break;
        }
    }
    if !out.join("manifest.json").exists() || out.join(".dossier-journal").exists() {
        let last = run(&[&input], &out, &["--resume", "--chunk-files", "8"]);
        assert!(last.status.success(), "{}", String::from_utf8_lossy(&last.stderr));
    }
    eprintln!("killed {n_kills} times");
    assert!(n_kills >= 1, "the run was never interrupted: nothing was tested");
    assert_same(&reference, &out);
}

/// Waits until at least `n` chunks are committed (or the child ends).
fn wait_for_chunks(child: &mut Child, out: &Path, n: usize) {
    let started = Instant::now();
    while n_committed(out) < n && child.try_wait().unwrap().is_none() {
        assert!(started.elapsed() < Duration::from_secs(60), "no progress");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn sigterm_stops_after_the_chunk_with_status_130_and_resume_finishes() {
    let input = corpus("resume-term-in", 2);
    let reference = temp_dir("resume-term-reference");
    assert!(run(&[&input], &reference, &[]).status.success());

    let out = temp_dir("resume-term-out");
    let mut child = spawn(&input, &out, false);
    wait_for_chunks(&mut child, &out, 2);
    let term = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(term.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("--resume"), "{stderr}");
    assert!(!out.join("manifest.json").exists());

    let refused = run(&[&input], &out, &[]);
    assert_eq!(refused.status.code(), Some(1), "a folder with an interrupted run is not silently overwritten");
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--resume"));

    let resumed = run(&[&input], &out, &["--resume", "--chunk-files", "8"]);
    assert!(resumed.status.success(), "{}", String::from_utf8_lossy(&resumed.stderr));
    assert_same(&reference, &out);
}

#[test]
fn inputs_changed_before_resuming_are_processed_again() {
    let input = corpus("resume-changed-in", 2);
    let out = temp_dir("resume-changed-out");
    let mut child = spawn(&input, &out, false);
    wait_for_chunks(&mut child, &out, 3);
    child.kill().unwrap();
    child.wait().unwrap();

    // Change a file of the first chunk, and add one at the end.
    let mut names: Vec<PathBuf> = std::fs::read_dir(&input).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    let mut bytes = std::fs::read(&names[1]).unwrap();
    bytes.extend_from_slice(b"\n\n");
    std::fs::write(&names[1], bytes).unwrap();
    std::fs::write(input.join("99-empty.txt"), b"\n").unwrap();

    let resumed = run(&[&input], &out, &["--resume", "--chunk-files", "8"]);
    let stderr = String::from_utf8_lossy(&resumed.stderr);
    assert!(resumed.status.success(), "{stderr}");
    assert!(stderr.contains("inputs changed since chunk 0"), "{stderr}");
    let reference = temp_dir("resume-changed-reference");
    assert!(run(&[&input], &reference, &[]).status.success());
    assert_same(&reference, &out);
}

/// A shard killed mid-run and resumed ends with the same part files as the
/// same shard run without interruption, and leaves the other shard's part
/// files in a shared folder alone.
#[test]
fn a_killed_shard_resumes_to_the_same_part_files() {
    let input = corpus("resume-shard-in", 2);
    let reference = temp_dir("resume-shard-reference");
    assert!(run(&[&input], &reference, &["--shard", "1/2"]).status.success());

    let out = temp_dir("resume-shard-out");
    // The other shard, finished first, shares the folder.
    assert!(run(&[&input], &out, &["--shard", "0/2"]).status.success());
    let other: Vec<(String, Vec<u8>)> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().contains("part-0000-of-0002"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    assert!(!other.is_empty());

    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dossier"));
    cmd.args(["run", "--no-progress", "-q", "--threads", "2", "--chunk-files", "8", "--shard", "1/2", "--out"])
        .arg(&out)
        .arg(&input);
    let mut child =
        cmd.env("DOSSIER_TEST_CHUNK_DELAY_MS", "15").stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
    let journal = out
        .join(".dossier-journal")
        .join(dossier_export::output_name("journal.jsonl", Some(dossier_export::Part { index: 1, count: 2 })));
    let started = Instant::now();
    while std::fs::read_to_string(&journal).map_or(0, |t| t.lines().count()) < 3 && child.try_wait().unwrap().is_none()
    {
        assert!(started.elapsed() < Duration::from_secs(60), "no progress");
        std::thread::sleep(Duration::from_millis(5));
    }
    let killed = child.try_wait().unwrap().is_none();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(killed, "the shard finished before it could be interrupted: nothing was tested");

    let resumed = run(&[&input], &out, &["--shard", "1/2", "--resume", "--chunk-files", "8"]);
    assert!(resumed.status.success(), "{}", String::from_utf8_lossy(&resumed.stderr));
    for name in FILES {
        let part = dossier_export::output_name(name, Some(dossier_export::Part { index: 1, count: 2 }));
        assert!(read(&reference.join(&part)) == read(&out.join(&part)), "{part} differs after resuming");
    }
    for (name, bytes) in other {
        assert!(std::fs::read(out.join(&name)).unwrap() == bytes, "{name} of the other shard changed");
    }
}
