//! The seed record, read line by line against its text: the record the project
//! started from must come out right in every value.

use serde_json::Value;

use crate::support::{csv_rows, dossier, run, temp_dir, wilson};

fn seed_record() -> Value {
    let path = wilson().join("seed__document-118197.txt");
    let result = dossier(&["inspect", path.to_str().unwrap()]);
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    serde_json::from_slice(&result.stdout).unwrap()
}

#[test]
fn seed_values_match_the_text() {
    let r = seed_record();
    assert_eq!(r["layout"], "pdf_export");
    assert_eq!(r["date"]["iso"], "1962-06-21");
    assert_eq!(r["date"]["precision"], "day");
    assert_eq!(r["doc_type"]["value"], "cable");
    let classification: Vec<&Value> =
        r["markings"].as_array().unwrap().iter().filter(|m| m["kind"] == "classification").collect();
    assert_eq!(classification.len(), 1);
    assert_eq!(classification[0]["label"], "Top Secret");
    assert_eq!(r["fields"]["original_language"]["value"], "Chinese");
    assert_eq!(r["fields"]["translator"]["value"], "7Brands");
    assert_eq!(r["fields"]["funder"]["value"], "MacArthur Foundation");
    assert_eq!(r["fields"]["record_id"]["value"], "118197");
    let refs = r["archival_refs"].as_array().unwrap();
    assert_eq!(refs.len(), 1);
    assert_eq!(refs[0]["repository"], "PRC FMA");
    assert_eq!(refs[0]["file"], "118-01109-02");
    assert_eq!(refs[0]["pages"], "30-31");
    assert_eq!(r["truncated"], false);

    let senders: Vec<&str> = r["senders"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert_eq!(senders, ["Work Team of the Ministries of Foreign Affairs and Public Security"]);
    let recipients: Vec<&str> =
        r["recipients"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert_eq!(
        recipients,
        ["Xinjiang Uyghur Autonomous Region Party Committee", "Ministries of Foreign Affairs and Public Security"]
    );

    let body = r["body"].as_str().unwrap();
    let editorial = r["editorial"].as_array().unwrap();
    let glosses: Vec<(&str, &str)> = editorial
        .iter()
        .filter(|e| e["kind"] == "gloss")
        .map(|e| (e["glossed"].as_str().unwrap(), e["content"].as_str().unwrap()))
        .collect();
    assert!(glosses.contains(&("Wulumuqi", "Urumqi")), "{glosses:?}");
    assert!(glosses.contains(&("Yining", "Gulja")), "{glosses:?}");
    assert!(editorial.iter().any(|e| e["kind"] == "elision" && e["text"] == "[...]"));
    for e in editorial {
        let (start, end) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        assert_eq!(&body[start..end], e["text"].as_str().unwrap());
    }
    let dates: Vec<&str> = r["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "date")
        .map(|m| m["value"].as_str().unwrap())
        .collect();
    assert!(dates.iter().filter(|d| **d == "1962-06-16").count() >= 2, "{dates:?}");
    assert!(dates.contains(&"1962-06-26"), "{dates:?}");
}

#[test]
fn seed_record_snapshot() {
    let mut r = seed_record();
    // The tool version changes with every release; the record does not.
    r["source"]["path"] = Value::String("[SEED]".to_owned());
    insta::assert_json_snapshot!("seed_record", r);
}

#[test]
fn seed_csv_row_snapshot() {
    let out = temp_dir("seed-csv");
    assert!(run(&[&wilson().join("seed__document-118197.txt")], &out, &[]).status.success());
    let rows = csv_rows(&out.join("documents.csv"));
    assert_eq!(rows.len(), 1);
    insta::assert_json_snapshot!("seed_documents_csv_row", rows[0]);
    let mentions = std::fs::read_to_string(out.join("mentions.csv")).unwrap();
    insta::assert_snapshot!("seed_mentions_csv", mentions);
}
