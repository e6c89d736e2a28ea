//! The command-line surface: help text, refusal to overwrite, exit statuses.

use crate::support::{dossier, run, temp_dir, wilson};

fn help(args: &[&str]) -> String {
    let out = dossier(args);
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn help_texts() {
    insta::assert_snapshot!("help", help(&["--help"]));
    insta::assert_snapshot!("help_run", help(&["run", "--help"]));
    insta::assert_snapshot!("help_inspect", help(&["inspect", "--help"]));
    insta::assert_snapshot!("help_stream", help(&["stream", "--help"]));
}

#[test]
fn refuses_a_non_empty_output_folder_without_force() {
    let out = temp_dir("nonempty");
    std::fs::write(out.join("keep.txt"), "mine").unwrap();
    let seed = wilson().join("seed__document-118197.txt");
    let result = run(&[&seed], &out, &[]);
    assert_eq!(result.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("is not empty: pass --force"), "{stderr}");
    assert!(!out.join("documents.csv").exists());

    let result = run(&[&seed], &out, &["--force"]);
    assert!(result.status.success());
    assert_eq!(std::fs::read_to_string(out.join("keep.txt")).unwrap(), "mine");
    assert!(out.join("documents.csv").exists());
}

#[test]
fn a_missing_input_is_a_setup_error() {
    let out = temp_dir("missing");
    let result = run(&[std::path::Path::new("no/such/folder")], &out, &[]);
    assert_eq!(result.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&result.stderr).contains("cannot read input `no/such/folder`"));
}

#[test]
fn no_temporary_files_are_left_behind() {
    let out = temp_dir("tidy");
    let result = run(&[&wilson().join("seed__document-118197.txt")], &out, &[]);
    assert!(result.status.success());
    let mut names: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "README.md",
            "clusters.csv",
            "documents.csv",
            "documents.jsonl",
            "edges.csv",
            "entities.csv",
            "links.csv",
            "manifest.json",
            "mentions.csv",
            "rejects.jsonl",
            "report.html"
        ]
    );
}
