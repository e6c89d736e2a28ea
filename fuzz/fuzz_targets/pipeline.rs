//! The whole per-input pipeline, as `dossier run` runs it: `dossier_pipeline`
//! reads the bytes through parse → normalize → enrich → the rendering `dossier
//! run` writes (CSV rows, edge rows, JSONL record), every stage inside its panic
//! guard. No input may be an `internal_error` reject, and the exported rows and
//! record keep the offset invariants. (libFuzzer's panic hook aborts on any
//! panic, caught or not, so a panic inside a guard is still a finding.)
#![no_main]

// Only `check_evidence` is used here: the parsed documents' own invariants are
// the parse targets' job.
#[path = "common.rs"]
#[allow(dead_code)]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let outcome = dossier_pipeline::Pipeline::default().process_bytes("fuzz.txt", data.to_vec());
    for reject in &outcome.rejects {
        assert_ne!(reject.reason, "internal_error", "{}", reject.detail);
        // Every reject has a reason and a message.
        assert!(!reject.reason.is_empty() && !reject.detail.is_empty(), "{reject:?}");
    }
    assert_eq!(outcome.n_internal_errors, 0);
    for (enriched, _rendered) in &outcome.docs {
        for mut mention in dossier_export::mention_rows(enriched) {
            mention.neutralize();
            let text = mention.text.clone();
            assert!(!text.starts_with(['=', '+', '-', '@', '\t', '\r']), "neutralized: {text:?}");
        }
        for edge in dossier_export::edge_rows(enriched) {
            assert!(edge.start <= edge.end, "an edge's span is ordered: {edge:?}");
        }
        let record = serde_json::to_value(dossier_export::document_record(enriched, dossier_export::Detail::WithText)).expect("a record serializes");
        let line = serde_json::to_string(&record).expect("a record serializes");
        assert!(!line.contains('\n'), "one record is one JSONL line");
        let body = record["body"].as_str().unwrap_or_default().to_owned();
        common::check_evidence(&record["editorial"], &|field| (field == "body").then_some(body.as_str()));
        common::check_evidence(&record["mentions"], &|field| (field == "body").then_some(body.as_str()));
    }
});
