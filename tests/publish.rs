//! `dossier publish`, `dossier report` and `dossier diff` on real dataset folders.

use std::path::Path;

use crate::support::{dossier, read, root, run, temp_dir, wilson};

/// Copies the data files of a committed dataset into a fresh folder.
fn copy_of(dataset: &str, name: &str) -> std::path::PathBuf {
    let to = temp_dir(name).join(dataset);
    std::fs::create_dir_all(&to).unwrap();
    let from = root().join("datasets").join(dataset);
    for file in ["documents.csv", "documents.jsonl", "mentions.csv", "rejects.jsonl", "manifest.json"] {
        std::fs::copy(from.join(file), to.join(file)).unwrap();
    }
    to
}

fn arg(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

#[test]
fn publish_writes_every_format_and_report_is_stable() {
    let dir = copy_of("wilson", "publish");
    let out = dossier(&["publish", &arg(&dir)]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for file in
        ["report.html", "README.md", "documents.sqlite", "documents.parquet", "mentions.parquet", "editorial.parquet"]
    {
        assert!(dir.join(file).is_file(), "{file} not written");
    }
    let first = read(&dir.join("report.html"));
    assert!(dossier(&["report", &arg(&dir)]).status.success());
    assert_eq!(first, read(&dir.join("report.html")), "report.html changed between two runs");
    assert!(!first.contains(&arg(&dir)), "an absolute path reached the report");
}

#[test]
fn every_run_folder_holds_its_card_and_report() {
    let out = temp_dir("run-card");
    let result = run(&[&wilson()], &out, &[]);
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let card = read(&out.join("README.md"));
    assert!(card.contains("## Schema") && card.contains("Wilson Center Digital Archive"), "{card}");
    // The card and the report a run writes are those `dossier publish` writes.
    let report = read(&out.join("report.html"));
    assert!(dossier(&["publish", &arg(&out), "--format", "report,card"]).status.success());
    assert_eq!(report, read(&out.join("report.html")));
    assert_eq!(card, read(&out.join("README.md")));

    let quiet = temp_dir("run-no-report");
    assert!(run(&[&wilson()], &quiet, &["--no-report"]).status.success());
    assert!(quiet.join("README.md").is_file(), "the card is written on every run");
    assert!(!quiet.join("report.html").exists(), "--no-report writes no report");
}

#[test]
fn diff_exit_status_says_same_different_or_unreadable() {
    let old = copy_of("wilson", "diff-old");
    let new = copy_of("wilson", "diff-new");
    let same = dossier(&["diff", &arg(&old), &arg(&new)]);
    assert_eq!(same.status.code(), Some(0));

    let csv = read(&new.join("documents.csv")).replacen("1961-08-01,day", "1961-08-02,day", 1);
    std::fs::write(new.join("documents.csv"), csv).unwrap();
    let changed = dossier(&["diff", &arg(&old), &arg(&new)]);
    assert_eq!(changed.status.code(), Some(1));
    let text = String::from_utf8_lossy(&changed.stdout);
    assert!(text.contains("date changed in 1.5% of documents (1 of 66)"), "{text}");

    let missing = dossier(&["diff", &arg(&old), "no/such/folder"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("not a dataset folder"));
}
