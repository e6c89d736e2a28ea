//! Every real Wilson Center record in the bundled corpus: processed, none
//! rejected, and one reviewed snapshot each of what a user sees.

use serde_json::Value;

use crate::support::{dossier, jsonl, manifest, run, temp_dir, wilson};

#[test]
fn every_record_is_processed_and_none_rejected() {
    let out = temp_dir("corpus");
    let result = run(&[&wilson()], &out, &["--strict"]);
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let n_files = std::fs::read_dir(wilson()).unwrap().count() as u64;
    let counts = &manifest(&out)["counts"];
    assert_eq!(counts["inputs"], n_files);
    assert_eq!(counts["seen"], n_files);
    assert_eq!(counts["processed"], n_files);
    assert_eq!(counts["rejected"], 0);
    assert!(jsonl(&out.join("rejects.jsonl")).is_empty());
}

fn text(v: &Value) -> String {
    match v {
        Value::Null => "—".to_owned(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn names(v: &Value) -> String {
    let list: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let aliases = a["aliases"].as_array().unwrap();
            if aliases.is_empty() {
                format!("{} ({})", text(&a["name"]), text(&a["kind"]))
            } else {
                format!(
                    "{} ({}; aka {})",
                    text(&a["name"]),
                    text(&a["kind"]),
                    aliases.iter().map(text).collect::<Vec<_>>().join(", ")
                )
            }
        })
        .collect();
    if list.is_empty() { "—".to_owned() } else { list.join(" | ") }
}

/// The reviewable summary of one record: the values a researcher would check.
fn summary(record: &Value) -> String {
    let field = |name: &str| text(&record["fields"][name]["value"]);
    let mut out = String::new();
    let mut line = |k: &str, v: String| out.push_str(&format!("{k}: {v}\n"));
    line("layout", text(&record["layout"]));
    line("place", field("place"));
    line("record_id", field("record_id"));
    line("date_line", field("date_line"));
    line("date", text(&record["date"]["iso"]));
    line("title", field("title"));
    line("doc_type", text(&record["doc_type"]["value"]));
    line("senders", names(&record["senders"]));
    line("recipients", names(&record["recipients"]));
    line("participants", names(&record["participants"]));
    let markings: Vec<String> = record["markings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| format!("{}: {} [{}]", text(&m["kind"]), text(&m["label"]), text(&m["evidence"]["text"])))
        .collect();
    line("markings", if markings.is_empty() { "—".to_owned() } else { markings.join(" | ") });
    line("archival_ref", field("archival_ref"));
    for r in record["archival_refs"].as_array().unwrap() {
        let parts: Vec<String> = ["repository", "file", "fond", "opis", "delo", "papka", "list", "pages"]
            .iter()
            .filter(|k| !r[**k].is_null())
            .map(|k| format!("{k}={}", text(&r[*k])))
            .collect();
        line("  ref", parts.join("; "));
    }
    line("translator", field("translator"));
    line("funder", field("funder"));
    line("original_language", field("original_language"));
    line("truncated", text(&record["truncated"]));
    let body = text(&record["body"]);
    let head: String = body.chars().take(120).collect();
    line("body_start", head.replace('\n', "⏎"));
    for e in record["editorial"].as_array().unwrap() {
        line("  editorial", format!("{} {:?} → {:?}", text(&e["kind"]), text(&e["text"]), text(&e["content"])));
    }
    for m in record["mentions"].as_array().unwrap() {
        line("  mention", format!("{} {:?} → {}", text(&m["kind"]), text(&m["evidence"]["text"]), text(&m["value"])));
    }
    let diagnostics: Vec<String> = record["diagnostics"].as_array().unwrap().iter().map(|d| text(&d["code"])).collect();
    line("diagnostics", diagnostics.join(", "));
    out
}

#[test]
fn each_frus_document_snapshot() {
    insta::glob!("../corpus/frus", "*.xml", |path| {
        let result = dossier(&["inspect", path.to_str().unwrap()]);
        assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
        let record: Value = serde_json::from_slice(&result.stdout).unwrap();
        insta::assert_snapshot!(summary(&record));
    });
}

#[test]
fn each_record_snapshot() {
    insta::glob!("../corpus/wilson", "*.txt", |path| {
        let result = dossier(&["inspect", path.to_str().unwrap()]);
        assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
        let record: Value = serde_json::from_slice(&result.stdout).unwrap();
        insta::assert_snapshot!(summary(&record));
    });
}
