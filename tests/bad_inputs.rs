//! Bad inputs are rejected with specific reasons while the rest is processed,
//! and the counts always reconcile: seen = processed + rejected.

use std::path::Path;

use crate::support::{jsonl, manifest, run, temp_dir, wilson};

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

#[test]
fn bad_files_go_to_rejects_and_the_good_one_is_processed() {
    let input = temp_dir("bad-inputs-in");
    std::fs::copy(wilson().join("seed__document-118197.txt"), input.join("a-seed.txt")).unwrap();
    write(&input, "b-empty.txt", b"");
    write(&input, "c-whitespace.txt", b"  \n\n\t \r\n");
    write(&input, "d-binary.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00");
    let mut bad_utf8 = b"June 21, 1962\n\nCable from A to B\n\nSome text ".to_vec();
    bad_utf8.extend_from_slice(b"\xff\xfe broken\n");
    write(&input, "e-invalid-utf8.txt", &bad_utf8);
    std::fs::create_dir(input.join("f-empty-folder")).unwrap();

    let out = temp_dir("bad-inputs-out");
    let result = run(&[&input], &out, &[]);
    assert_eq!(result.status.code(), Some(0), "{}", String::from_utf8_lossy(&result.stderr));

    let rejects = jsonl(&out.join("rejects.jsonl"));
    let reasons: Vec<(&str, &str)> =
        rejects.iter().map(|r| (r["path"].as_str().unwrap(), r["reason"].as_str().unwrap())).collect();
    let name = input.file_name().unwrap().to_str().unwrap();
    assert_eq!(
        reasons,
        [
            (format!("{name}/b-empty.txt").as_str(), "empty"),
            (format!("{name}/c-whitespace.txt").as_str(), "empty"),
            (format!("{name}/d-binary.png").as_str(), "binary"),
            (format!("{name}/e-invalid-utf8.txt").as_str(), "invalid_utf8"),
        ]
    );
    let utf8 = &rejects[3];
    assert_eq!(utf8["offset"], 44);
    assert_eq!(utf8["line"], 5);
    assert!(utf8["detail"].as_str().unwrap().contains("e-invalid-utf8.txt"));

    let m = manifest(&out);
    let counts = &m["counts"];
    assert_eq!(counts["inputs"], 5);
    assert_eq!(counts["seen"], 5);
    assert_eq!(counts["processed"], 1);
    assert_eq!(counts["rejected"], 4);
    assert_eq!(m["inputs"].as_array().unwrap().len(), 5);

    let strict = run(&[&input], &temp_dir("bad-inputs-strict"), &["--strict"]);
    assert_eq!(strict.status.code(), Some(3));
}

#[test]
fn a_folder_with_no_records_gives_an_empty_dataset_with_headers() {
    let input = temp_dir("no-records-in");
    let out = temp_dir("no-records-out");
    let result = run(&[&input], &out, &["--strict"]);
    assert!(result.status.success());
    let csv = std::fs::read_to_string(out.join("documents.csv")).unwrap();
    assert_eq!(csv.lines().count(), 1);
    assert!(csv.starts_with("id,collection,"));
    assert_eq!(manifest(&out)["counts"]["seen"], 0);
}

#[test]
fn an_identical_copy_is_rejected_as_a_duplicate_by_name() {
    let input = temp_dir("dup-in");
    let seed = wilson().join("seed__document-118197.txt");
    std::fs::copy(&seed, input.join("one.txt")).unwrap();
    std::fs::copy(&seed, input.join("two.txt")).unwrap();
    let out = temp_dir("dup-out");
    assert!(run(&[&input], &out, &[]).status.success());
    let rejects = jsonl(&out.join("rejects.jsonl"));
    assert_eq!(rejects.len(), 1);
    assert_eq!(rejects[0]["reason"], "duplicate");
    assert!(rejects[0]["detail"].as_str().unwrap().contains("one.txt"));
    assert_eq!(manifest(&out)["counts"]["processed"], 1);
}
