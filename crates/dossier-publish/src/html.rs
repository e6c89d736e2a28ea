//! HTML escaping and small builders shared by the report and its SVG charts.
//!
//! Every piece of text that comes from a dataset goes through [`esc`] (element
//! content and quoted attribute values alike) or [`anchor`] (element ids and
//! fragment links), so no document can inject markup into the report.

use std::fmt::Write;

/// Escapes text for HTML/SVG element content and double- or single-quoted
/// attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than tab and newline are not allowed in HTML text.
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// An element id (and fragment) for `prefix` + `key`: letters, digits, `-` and
/// `_` kept, every other byte written as `.xx` hex, so any key gives a valid,
/// unique, inert id.
pub fn anchor(prefix: &str, key: &str) -> String {
    let mut out = String::with_capacity(prefix.len() + key.len() + 1);
    out.push_str(prefix);
    out.push('-');
    for byte in key.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_' {
            out.push(byte as char);
        } else {
            let _ = write!(out, ".{byte:02x}");
        }
    }
    out
}

/// Text cut to `max` characters with an ellipsis, then escaped.
pub fn esc_clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        esc(text)
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        esc(&format!("{}…", cut.trim_end()))
    }
}

/// A whole number with thin thousands separators (`12 345`), for readers.
pub fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (idx, c) in digits.chars().enumerate() {
        if idx > 0 && (digits.len() - idx) % 3 == 0 {
            out.push('\u{2009}');
        }
        out.push(c);
    }
    out
}

/// A share as a percentage with one decimal (`3.1%`).
pub fn percent(part: usize, whole: usize) -> String {
    if whole == 0 { "0%".to_owned() } else { format!("{:.1}%", part as f64 * 100.0 / whole as f64) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(esc("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
        assert_eq!(esc("\"><img src=x onerror='x'>&"), "&quot;&gt;&lt;img src=x onerror=&#39;x&#39;&gt;&amp;");
        assert_eq!(esc("a\u{0}b"), "a\u{FFFD}b");
    }

    #[test]
    fn anchors_are_inert_and_distinct() {
        assert_eq!(anchor("doc", "4de2eb4e5968ee01"), "doc-4de2eb4e5968ee01");
        assert_eq!(anchor("entity", "place:geonames:1"), "entity-place.3ageonames.3a1");
        assert_eq!(anchor("doc", "\"><x"), "doc-.22.3e.3cx");
        assert_ne!(anchor("e", "a b"), anchor("e", "a_b"));
    }

    #[test]
    fn numbers_read_well() {
        assert_eq!(count(12345), "12\u{2009}345");
        assert_eq!(count(999), "999");
        assert_eq!(percent(1, 32), "3.1%");
    }
}
