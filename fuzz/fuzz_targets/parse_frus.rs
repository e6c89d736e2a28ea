//! FRUS TEI: the streaming XML reader and the document extractor. Seeded with
//! `corpus/frus` and `corpus/frus-parts`; the input always opens with markup so
//! it takes the XML path.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut bytes = Vec::with_capacity(data.len() + 1);
    if !data.starts_with(b"<") {
        bytes.push(b'<');
    }
    bytes.extend_from_slice(data);
    common::parse("frus1961-63v22-part.xml", &bytes);
});
