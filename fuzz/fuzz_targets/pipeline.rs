//! The whole per-document pipeline: parse → normalize → enrich → the exported
//! CSV rows, edge rows and JSONL record, and the rendering `dossier run` writes
//! (`dossier_export::render`), with the offset invariants checked on the record.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let parsed = common::parse("fuzz.txt", data);
    for doc in parsed.docs {
        let normalized = dossier_normalize::normalize(doc, &dossier_normalize::Config::default());
        let enriched = dossier_enrich::enrich(normalized, &dossier_enrich::Config::default());
        let mut row = dossier_export::document_row(&enriched);
        row.neutralize();
        // One writer per file, as the export crate does: the two row types have
        // different column counts.
        let mut documents = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
        documents.serialize(&row).expect("a document row serializes");
        documents.flush().expect("writing to memory");
        let mut mentions = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
        for mut mention in dossier_export::mention_rows(&enriched) {
            mention.neutralize();
            let text = mention.text.clone();
            assert!(!text.starts_with(['=', '+', '-', '@', '\t', '\r']), "neutralized: {text:?}");
            mentions.serialize(&mention).expect("a mention row serializes");
        }
        mentions.flush().expect("writing to memory");
        // Edge rows and the full rendering run after enrichment in `dossier run`;
        // a panic in either must be found here, not in a user's run.
        for edge in dossier_export::edge_rows(&enriched) {
            assert!(edge.start <= edge.end, "an edge's span is ordered: {edge:?}");
        }
        dossier_export::render(&enriched).expect("a processed document renders");
        let record = serde_json::to_value(dossier_export::document_record(&enriched)).expect("a record serializes");
        let line = serde_json::to_string(&record).expect("a record serializes");
        assert!(!line.contains('\n'), "one record is one JSONL line");
        let body = record["body"].as_str().unwrap_or_default().to_owned();
        common::check_evidence(&record["editorial"], &|field| (field == "body").then_some(body.as_str()));
        common::check_evidence(&record["mentions"], &|field| (field == "body").then_some(body.as_str()));
    }
});
