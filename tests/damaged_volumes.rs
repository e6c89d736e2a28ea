//! A damaged FRUS volume gives every complete document it still holds: the real
//! volume spliced from three cut-off runs (`corpus/frus-parts/frus1961-63v22-part.xml`)
//! goes through `dossier run`, and each damaged stretch is one reject saying where
//! reading broke and where it resumed.

use serde_json::Value;

use crate::support::{jsonl, manifest, read, root, run, temp_dir};

/// 1-based line of byte `offset` of `text`.
fn line_at(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

#[test]
fn a_spliced_volume_gives_the_documents_on_either_side_of_each_seam() {
    let volume = root().join("corpus").join("frus-parts").join("frus1961-63v22-part.xml");
    let out = temp_dir("damaged-volume");
    let result = run(&[&volume], &out, &[]);
    assert_eq!(result.status.code(), Some(0), "{}", String::from_utf8_lossy(&result.stderr));

    // The 33 complete documents: d1-d12 (China) and d215-d235 (Korea).
    let n_docs = read(&out.join("documents.jsonl")).lines().count();
    assert!(n_docs >= 30, "{n_docs} documents");
    let docs = jsonl(&out.join("documents.jsonl"));
    let keys: Vec<&str> = docs.iter().map(|d| d["source"]["record_key"].as_str().unwrap()).collect();
    let expected: Vec<String> = (1..=12).chain(215..=235).map(|n| format!("d{n}")).collect();
    assert_eq!(keys, expected);

    // One reject per damaged stretch: the two seams, and the cut-off end.
    let text = read(&volume);
    let rejects = jsonl(&out.join("rejects.jsonl"));
    let got: Vec<(&str, &Value)> = rejects.iter().map(|r| (r["reason"].as_str().unwrap(), &r["record_key"])).collect();
    assert_eq!(
        got,
        [
            ("malformed_xml", &Value::Null),
            ("malformed_xml", &Value::from("d13")),
            ("truncated_xml", &Value::from("d236"))
        ]
    );
    for reject in &rejects {
        assert_eq!(reject["path"], "frus1961-63v22-part.xml");
        let offset = reject["offset"].as_u64().unwrap() as usize;
        assert_eq!(reject["line"].as_u64().unwrap() as usize, line_at(&text, offset), "{reject}");
        let detail = reject["detail"].as_str().unwrap();
        assert!(detail.contains(&format!("at byte offset {offset} (line {})", line_at(&text, offset))), "{detail}");
    }
    for (reject, resumed_at) in rejects.iter().zip(["d1", "d215"]) {
        let resume = text.find(&format!(r#"<div type="document" xml:id="{resumed_at}""#)).unwrap();
        assert!(reject["offset"].as_u64().unwrap() < resume as u64, "{reject}");
        let expected = format!(
            "the damaged stretch ends at byte offset {resume} (line {}), where reading resumed at the next `<div type=\"document\">` (`{resumed_at}`)",
            line_at(&text, resume)
        );
        assert!(reject["detail"].as_str().unwrap().contains(&expected), "{reject}");
    }
    assert!(rejects[1]["detail"].as_str().unwrap().contains("document `d13` is cut off and dropped"));
    assert_eq!(rejects[2]["offset"].as_u64(), Some(text.len() as u64));

    let counts = &manifest(&out)["counts"];
    assert_eq!((counts["processed"].as_u64(), counts["rejected"].as_u64()), (Some(33), Some(3)));
    assert_eq!(counts["seen"].as_u64(), Some(36));
}
