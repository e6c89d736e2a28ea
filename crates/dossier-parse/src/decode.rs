//! Bytes → text: byte-order marks, UTF-16, and the checks that turn empty, binary
//! and mis-encoded files into specific errors.
//!
//! Offsets in errors are byte offsets into the file as stored; offsets in the
//! returned text (and so in all evidence) are byte offsets into the decoded text,
//! which no longer holds the byte-order mark.

use dossier_model::Diagnostic;

use crate::error::{BinaryKind, Error};

/// Share of control bytes above which a file counts as binary: text pages hold
/// almost none, so a quarter is already far outside anything real.
const CONTROL_SHARE_LIMIT: f64 = 0.25;

/// Decoded text plus notes about how it was decoded.
#[derive(Debug)]
pub(crate) struct Decoded {
    /// The text, without any byte-order mark.
    pub text: String,
    /// Notes such as a stripped byte-order mark.
    pub diagnostics: Vec<Diagnostic>,
    /// What to add to an offset into `text` to get the offset in the file: the
    /// length of a stripped UTF-8 byte-order mark. Zero for UTF-16 input, whose
    /// offsets are reported in the decoded text (they have no byte-exact file offset).
    pub file_shift: usize,
}

/// Decodes one input file.
pub(crate) fn decode(path: &str, bytes: &[u8]) -> Result<Decoded, Error> {
    let empty = || Error::Empty { path: path.to_owned(), n_bytes: bytes.len() };
    if bytes.is_empty() {
        return Err(empty());
    }
    let mut diagnostics = Vec::new();
    let mut file_shift = 0;
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        diagnostics
            .push(Diagnostic::info("utf16_decoded", "decoded from utf-16 little-endian (byte-order mark `FF FE`)"));
        decode_utf16(path, rest, false)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        diagnostics.push(Diagnostic::info("utf16_decoded", "decoded from utf-16 big-endian (byte-order mark `FE FF`)"));
        decode_utf16(path, rest, true)?
    } else {
        let (body, skipped) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
            Some(rest) => {
                diagnostics.push(Diagnostic::info("bom_stripped", "stripped a utf-8 byte-order mark (`EF BB BF`)"));
                (rest, 3)
            }
            None => (bytes, 0),
        };
        check_binary(path, bytes)?;
        file_shift = skipped;
        decode_utf8(path, body, skipped, &mut diagnostics)?
    };
    if text.trim().is_empty() {
        return Err(empty());
    }
    Ok(Decoded { text, diagnostics, file_shift })
}

/// The same decoded text with lone carriage returns read as line ends, for the
/// line-based formats (Wilson pages, plain text); JSONL and XML keep theirs.
pub(crate) fn with_lone_cr_as_lf(mut decoded: Decoded) -> Decoded {
    decoded.text = lone_cr_to_lf(std::mem::take(&mut decoded.text), &mut decoded.diagnostics);
    decoded
}

/// Old Mac files end lines with a lone CR, which no layout rule would see as a
/// line end. Each lone CR becomes an LF: one byte for one byte, so every offset
/// into the decoded text still points at the same place in the file.
fn lone_cr_to_lf(text: String, diagnostics: &mut Vec<Diagnostic>) -> String {
    let bytes = text.as_bytes();
    let is_lone = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    let n_lone = (0..bytes.len()).filter(|&i| is_lone(i)).count();
    if n_lone == 0 {
        return text;
    }
    diagnostics.push(Diagnostic::info(
        "lone_cr_line_ends",
        format!("read {n_lone} lone carriage returns (`\\r`) as line ends"),
    ));
    let mut out = Vec::with_capacity(bytes.len());
    for (i, &byte) in bytes.iter().enumerate() {
        out.push(if is_lone(i) { b'\n' } else { byte });
    }
    // Replacing one ASCII byte with another keeps the text valid UTF-8.
    String::from_utf8(out).unwrap_or(text)
}

/// 1-based line of byte `offset` in `bytes`.
fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset].iter().filter(|&&byte| byte == b'\n').count() + 1
}

/// Rejects files with a NUL byte or with mostly control bytes.
fn check_binary(path: &str, bytes: &[u8]) -> Result<(), Error> {
    let binary = |kind, offset| Error::Binary { path: path.to_owned(), kind, offset, line: line_of(bytes, offset) };
    if let Some(offset) = bytes.iter().position(|&byte| byte == 0) {
        return Err(binary(BinaryKind::Nul, offset));
    }
    let is_control = |byte: u8| (byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r' | 0x0C)) || byte == 0x7F;
    let n_control = bytes.iter().filter(|&&byte| is_control(byte)).count();
    if n_control as f64 > bytes.len() as f64 * CONTROL_SHARE_LIMIT {
        let offset = bytes.iter().position(|&byte| is_control(byte)).unwrap_or(0);
        return Err(binary(BinaryKind::ControlBytes { n_control }, offset));
    }
    Ok(())
}

/// Validates UTF-8. A multi-byte sequence cut off by the end of the file is what a
/// byte-capped page store produces, so it is dropped with a warning instead of
/// failing the file; any other invalid sequence is an error.
fn decode_utf8(path: &str, body: &[u8], skipped: usize, diagnostics: &mut Vec<Diagnostic>) -> Result<String, Error> {
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_owned()),
        Err(error) if error.error_len().is_none() => {
            let valid = error.valid_up_to();
            diagnostics.push(Diagnostic::warning(
                "incomplete_utf8_at_end",
                format!(
                    "dropped {} bytes at the end of the file (byte offset {}): a utf-8 sequence cut off by the end of the stored text",
                    body.len() - valid,
                    valid + skipped
                ),
            ));
            Ok(String::from_utf8_lossy(&body[..valid]).into_owned())
        }
        Err(error) => {
            let offset = error.valid_up_to() + skipped;
            Err(Error::InvalidUtf8 { path: path.to_owned(), offset, line: line_of(body, error.valid_up_to()) })
        }
    }
}

/// Decodes UTF-16 after its two-byte byte-order mark.
fn decode_utf16(path: &str, body: &[u8], big_endian: bool) -> Result<String, Error> {
    let endian = if big_endian { "big-endian" } else { "little-endian" };
    let invalid = |problem, offset| Error::InvalidUtf16 { path: path.to_owned(), endian, problem, offset };
    if body.len() % 2 == 1 {
        return Err(invalid("odd trailing byte", body.len() + 1));
    }
    let units = body.chunks_exact(2).map(|pair| {
        if big_endian { u16::from_be_bytes([pair[0], pair[1]]) } else { u16::from_le_bytes([pair[0], pair[1]]) }
    });
    let mut text = String::with_capacity(body.len() / 2);
    let mut unit_idx = 0;
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok(ch) => {
                if ch == '\0' {
                    return Err(Error::Binary {
                        path: path.to_owned(),
                        kind: BinaryKind::Nul,
                        offset: 2 + unit_idx * 2,
                        line: text.matches('\n').count() + 1,
                    });
                }
                unit_idx += ch.len_utf16();
                text.push(ch);
            }
            Err(_) => return Err(invalid("unpaired surrogate", 2 + unit_idx * 2)),
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes `bytes` and compares the text, or the error's reason/offset/line.
    fn check(bytes: &[u8], expected: Result<&str, (&str, Option<usize>, Option<usize>)>) {
        let got = decode("t.txt", bytes);
        match (got, expected) {
            (Ok(decoded), Ok(text)) => assert_eq!(decoded.text, text),
            (Err(error), Err((reason, offset, line))) => {
                assert_eq!(error.reason(), reason, "{error}");
                assert_eq!(error.offset(), offset, "{error}");
                assert_eq!(error.line(), line, "{error}");
            }
            (got, expected) => panic!("got {got:?}, expected {expected:?}"),
        }
    }

    #[test]
    fn empty_and_whitespace_only() {
        check(b"", Err(("empty", None, None)));
        check(b" \n\t\r\n  ", Err(("empty", None, None)));
        check("\u{a0}\n".as_bytes(), Err(("empty", None, None)));
        check(&[0xEF, 0xBB, 0xBF, b'\n'], Err(("empty", None, None)));
    }

    #[test]
    fn binary_content() {
        check(b"ab\ncd\0ef", Err(("binary", Some(5), Some(2))));
        check(&[1, 2, 3, 4, b'a', 5, 6], Err(("binary", Some(0), Some(1))));
        check(b"tab\tand\x0cfeed", Ok("tab\tand\x0cfeed"));
    }

    #[test]
    fn invalid_utf8_names_offset_and_line() {
        check(b"one\ntwo\nth\xFFree", Err(("invalid_utf8", Some(10), Some(3))));
        check(&[0xEF, 0xBB, 0xBF, b'a', b'\n', 0xC3, 0x28], Err(("invalid_utf8", Some(5), Some(2))));
    }

    #[test]
    fn cut_sequence_at_end_is_dropped_with_warning() {
        let decoded = decode("t.txt", b"caf\xC3").expect("decodes");
        assert_eq!(decoded.text, "caf");
        assert_eq!(decoded.diagnostics[0].code, "incomplete_utf8_at_end");
    }

    #[test]
    fn utf8_bom_is_stripped() {
        check(&[0xEF, 0xBB, 0xBF, b'h', b'i'], Ok("hi"));
    }

    #[test]
    fn utf16_with_bom() {
        let mut little = vec![0xFF, 0xFE];
        let mut big = vec![0xFE, 0xFF];
        for unit in "Čí 1962\n".encode_utf16() {
            little.extend(unit.to_le_bytes());
            big.extend(unit.to_be_bytes());
        }
        check(&little, Ok("Čí 1962\n"));
        check(&big, Ok("Čí 1962\n"));
        check(&[0xFF, 0xFE, b'a', 0, b'b'], Err(("invalid_utf16", Some(4), None)));
        check(&[0xFF, 0xFE, 0x00, 0xD8, b'a', 0], Err(("invalid_utf16", Some(2), None)));
    }
}
