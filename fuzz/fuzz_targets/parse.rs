//! Any bytes through the whole parse stage (format detection, decoding, every
//! parser). Seeded with every bundled corpus.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::parse("fuzz.txt", data);
});
