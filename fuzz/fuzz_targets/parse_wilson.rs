//! Wilson Center page texts: layout detection and the three extractors.
//! Seeded with `corpus/wilson`; the input is made text so that mutations reach
//! the extractors rather than the decoder.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = dossier_parse::detect_layout(&text);
    common::parse("wilson.txt", text.as_bytes());
});
