//! JSONL records: one line through `parse_jsonl_line`, and the whole input as a
//! JSONL file. Seeded with lines of `corpus/wilson-bulk`.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for (idx, line) in text.lines().enumerate() {
        if let Ok(doc) = dossier_parse::parse_jsonl_line("bulk.jsonl", idx + 1, line) {
            assert!(!doc.meta.id.0.is_empty());
        }
    }
    // A JSONL file is detected by its first lines being JSON objects.
    let mut file = String::from("{\"id\": \"seed\", \"text\": \"A record.\"}\n");
    file.push_str(&text);
    common::parse("bulk.jsonl", file.as_bytes());
});
