//! The committed datasets in `datasets/` are what the pipeline produces now
//! (the same check as `cargo xtask export --check`, enforced by `cargo test`).

use crate::support::{dossier, root, run, temp_dir};

/// The same list as `xtask/src/export.rs`.
const CORPORA: [(&str, &str); 3] = [
    ("wilson", "corpus/wilson"),
    ("frus", "corpus/frus"),
    ("wilson-bulk", "corpus/wilson-bulk/wilson_archive_2910f69.jsonl"),
];

#[test]
fn committed_datasets_are_up_to_date() {
    for (corpus, input) in CORPORA {
        // The folder's name is the dataset's name in report.html and README.md.
        let out = temp_dir(&format!("export-{corpus}")).join(corpus);
        assert!(run(&[&root().join(input)], &out, &[]).status.success());
        // The derived outputs too, except documents.sqlite: SQLite files are not
        // byte-stable across SQLite versions, so they are neither committed nor compared.
        let out_arg = out.to_string_lossy().into_owned();
        assert!(dossier(&["publish", &out_arg, "--format", "parquet,report,card"]).status.success());
        let committed = root().join("datasets").join(corpus);
        let mut names: Vec<String> =
            std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        for name in names {
            // Bytes, not text: the Parquet files are binary.
            let fresh = std::fs::read(out.join(&name)).unwrap();
            let old = std::fs::read(committed.join(&name)).unwrap_or_default();
            assert!(
                fresh == old,
                "datasets/{corpus}/{name} is out of date: run `cargo xtask export`, review the diff, and commit it"
            );
        }
    }
}

/// Every span of a default record, sliced from the record's own text (or, for
/// `source`, from the input file), is the text `--evidence-text` writes beside
/// it; only the dropped furniture keeps a copy; and each mention's entity is
/// described once: in `entities.csv`, and in the `entities` of a record read
/// on its own (`--evidence-text`), never in the default record.
#[test]
fn spans_resolve_to_the_text_evidence_text_writes() {
    use crate::support::jsonl;
    let inputs = [
        root().join("corpus/wilson/da__document-155255.txt"),
        root().join("corpus/wilson/dvinci__document-ciphered-telegram-shtykov-feng-xi-stalin-0__v2.txt"),
        root().join("corpus/frus/frus1961-63v22-d215.xml"),
    ];
    let inputs: Vec<&std::path::Path> = inputs.iter().map(|p| p.as_path()).collect();
    let lean = temp_dir("spans-lean");
    let full = temp_dir("spans-full");
    assert!(run(&inputs, &lean, &[]).status.success());
    assert!(run(&inputs, &full, &["--evidence-text"]).status.success());
    let lean_docs = jsonl(&lean.join("documents.jsonl"));
    let table = std::fs::read_to_string(lean.join("entities.csv")).unwrap();
    let table_ids: std::collections::HashSet<&str> =
        table.lines().skip(1).map(|l| l.split(',').next().unwrap()).collect();
    let full_docs = jsonl(&full.join("documents.jsonl"));
    assert_eq!(lean_docs.len(), 3);
    let mut n_spans = 0;
    for (lean_doc, full_doc) in lean_docs.iter().zip(&full_docs) {
        let source = std::fs::read_to_string(
            inputs.iter().find(|p| p.ends_with(lean_doc["source"]["path"].as_str().unwrap())).unwrap(),
        )
        .unwrap();
        let whole = |field: &str| -> String {
            match field {
                "body" => lean_doc["body"].as_str().unwrap().to_owned(),
                "source" => source.clone(),
                other => lean_doc["fields"][other]["value"].as_str().unwrap().to_owned(),
            }
        };
        let mut stack = vec![("", lean_doc, full_doc)];
        while let Some((key, l, f)) = stack.pop() {
            match (l, f) {
                (serde_json::Value::Object(lm), serde_json::Value::Object(fm)) => {
                    if key == "evidence" || lm.contains_key("field") && lm.contains_key("start") {
                        let (start, end) =
                            (lm["start"].as_u64().unwrap() as usize, lm["end"].as_u64().unwrap() as usize);
                        let text = whole(lm["field"].as_str().unwrap());
                        assert_eq!(text.get(start..end), fm["text"].as_str(), "{key} {lm:?}");
                        n_spans += 1;
                    }
                    for (k, v) in lm {
                        if k == "dropped" {
                            assert!(v.as_array().unwrap().iter().all(|d| d.get("text").is_some()));
                            continue;
                        }
                        stack.push((k.as_str(), v, &fm[k]));
                    }
                }
                (serde_json::Value::Array(la), serde_json::Value::Array(fa)) => {
                    stack.extend(la.iter().zip(fa).map(|(l, f)| (key, l, f)));
                }
                _ => {}
            }
        }
        assert!(lean_doc.get("entities").is_none(), "entities.csv describes them");
        let described: Vec<&str> =
            full_doc["entities"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
        let mut unique = described.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), described.len(), "each entity once");
        assert!(described.iter().all(|id| table_ids.contains(*id)), "every entity is a row of entities.csv");
        let entities = full_doc["entities"].as_array().unwrap();
        for (m, full) in lean_doc["mentions"].as_array().unwrap().iter().zip(full_doc["mentions"].as_array().unwrap()) {
            assert!(m["evidence"].get("text").is_none());
            if let Some(id) = m.get("entity") {
                assert!(described.contains(&id.as_str().unwrap()), "{id} described");
                // Schema 3: an entity mention's value and rule are left out of
                // the lean record; the full one has them, and they are the
                // entity's name and `entities.<kind>.<method>`.
                assert!(m.get("value").is_none() && m.get("rule").is_none(), "{m}");
                let entity = entities.iter().find(|e| &e["id"] == id).unwrap();
                assert_eq!(full["value"], entity["canonical_name"], "{full}");
                let rule = format!("entities.{}.{}", m["kind"].as_str().unwrap(), m["method"].as_str().unwrap());
                assert_eq!(full["rule"].as_str(), Some(rule.as_str()));
            } else {
                assert!(m.get("value").is_some() && m.get("rule").is_some(), "{m}");
            }
        }
    }
    assert!(n_spans > 100, "{n_spans} spans checked");
    assert!(
        std::fs::metadata(lean.join("documents.jsonl")).unwrap().len()
            < std::fs::metadata(full.join("documents.jsonl")).unwrap().len()
    );
}
