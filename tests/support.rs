//! Helpers shared by the end-to-end tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled Wilson corpus.
pub fn wilson() -> PathBuf {
    root().join("corpus").join("wilson")
}

/// A fresh, empty temporary folder unique to this test process and call.
pub fn temp_dir(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = root().join("target").join("e2e").join(format!("{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `dossier` with `args` from the workspace root.
pub fn dossier(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier")).current_dir(root()).args(args).output().expect("dossier runs")
}

/// Runs `dossier run <inputs> --out <out> --no-progress` plus `extra`.
pub fn run(inputs: &[&Path], out: &Path, extra: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dossier"));
    cmd.current_dir(root()).arg("run");
    for input in inputs {
        cmd.arg(input);
    }
    cmd.arg("--out").arg(out).arg("--no-progress").args(extra);
    cmd.output().expect("dossier runs")
}

/// Reads a UTF-8 file.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Parses `manifest.json` in `out`.
pub fn manifest(out: &Path) -> serde_json::Value {
    serde_json::from_str(&read(&out.join("manifest.json"))).unwrap()
}

/// Parses every line of a JSONL file.
pub fn jsonl(path: &Path) -> Vec<serde_json::Value> {
    read(path).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// Reads a CSV file into header-keyed rows.
pub fn csv_rows(path: &Path) -> Vec<std::collections::BTreeMap<String, String>> {
    csv_text_rows(&read(path))
}

/// Reads CSV text into header-keyed rows.
pub fn csv_text_rows(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut lines = parse_csv(text).into_iter();
    let header = lines.next().expect("a header row");
    lines.map(|row| header.iter().cloned().zip(row).collect()).collect()
}

/// A small RFC 4180 reader for test assertions (quotes, doubled quotes, CRLF).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}
