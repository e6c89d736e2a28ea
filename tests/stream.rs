//! `dossier stream`: one output line per input line, in order, error objects in
//! place of failed records, the same records as `dossier run` makes from a file.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::support::{jsonl, read, root, run, temp_dir, wilson};

fn stream(input: &str, threads: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .current_dir(root())
        .args(["stream", "--threads", threads])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_owned();
    // Write from another thread so a full stdout pipe cannot deadlock the test.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()).unwrap());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// JSONL records made from the real Wilson texts, with bad lines mixed in.
fn records() -> Vec<String> {
    let mut lines = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(wilson()).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    for (i, path) in names.iter().enumerate() {
        let text = read(path);
        let id = path.file_stem().unwrap().to_str().unwrap();
        lines.push(serde_json::json!({"id": id, "text": text, "collection": "wilson-jsonl"}).to_string());
        if i % 20 == 7 {
            lines.push("{broken json".to_owned());
            lines.push(serde_json::json!({"id": format!("no-text-{i}")}).to_string());
        }
    }
    lines
}

fn without_source(mut v: Value) -> Value {
    v.as_object_mut().unwrap().remove("source");
    v
}

#[test]
fn one_line_out_per_line_in_matching_the_batch_run() {
    let lines = records();
    let input = lines.join("\n") + "\n";
    let out = stream(&input, "3");
    let out_lines: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(out_lines.len(), lines.len());

    let dir = temp_dir("stream-batch");
    std::fs::write(dir.join("records.jsonl"), &input).unwrap();
    let batch_out = temp_dir("stream-batch-out");
    assert!(run(&[&dir.join("records.jsonl")], &batch_out, &[]).status.success());
    let mut batch = jsonl(&batch_out.join("documents.jsonl")).into_iter();
    let rejects = jsonl(&batch_out.join("rejects.jsonl"));
    let entities_csv = std::fs::read_to_string(batch_out.join("entities.csv")).unwrap();
    let entity_ids: std::collections::HashSet<&str> =
        entities_csv.lines().skip(1).map(|l| l.split(',').next().unwrap()).collect();

    let mut n_errors = 0;
    for (line, got) in lines.iter().zip(out_lines) {
        if let Some(error) = got.get("error") {
            n_errors += 1;
            let reject = &rejects[n_errors - 1];
            assert_eq!(error["reason"], reject["reason"], "{line}");
            continue;
        }
        let want = batch.next().expect("a batch document for every streamed one");
        let id: Value = serde_json::from_str::<Value>(line).unwrap()["id"].clone();
        assert_eq!(got["source"]["record_key"], id);
        // A streamed record is read on its own: it describes its entities,
        // which the batch run describes once, in entities.csv.
        let mut got = got;
        let described =
            got.as_object_mut().unwrap().remove("entities").expect("a streamed record describes its entities");
        for e in described.as_array().unwrap() {
            assert!(entity_ids.contains(e["id"].as_str().unwrap()), "{e}");
        }
        assert!(want.get("entities").is_none());
        assert_eq!(without_source(got), without_source(want));
    }
    assert_eq!(n_errors, rejects.len());
    assert!(n_errors >= 6);
    assert!(batch.next().is_none());
}

#[test]
fn output_is_identical_at_any_thread_count() {
    let input = records().join("\n") + "\n";
    assert!(stream(&input, "1") == stream(&input, "4"));
}

#[test]
fn an_over_long_line_gets_an_error_object_and_the_stream_goes_on() {
    let records = records();
    let long = format!("{{\"title\": \"{}\"}}", "x".repeat(5_000));
    let input = format!("{}\n{long}\n{}\n", records[0], records[1]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .current_dir(root())
        .args(["stream", "--max-line-bytes", "4096"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()).unwrap());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(out.status.success());
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["error"]["reason"], "line_too_long");
    assert_eq!(lines[1]["error"]["line"], 2);
    assert!(lines[0].get("error").is_none() && lines[2].get("error").is_none());
}
