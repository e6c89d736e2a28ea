//! Dates: `parse_date` on a whole string and `find_dates` in running text, with
//! and without an anchor. Found dates must slice the text exactly.
#![no_main]

use dossier_dates::{Context, find_dates, parse_date};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for ctx in [Context::default(), Context::anchored(1962, Some(6), Some(21))] {
        if let Some(date) = parse_date(text, &ctx) {
            assert_eq!(date.raw, text);
        }
        for found in find_dates(text, &ctx) {
            assert_eq!(text.get(found.start..found.end), Some(found.value.raw.as_str()), "span slices the text");
        }
    }
});
