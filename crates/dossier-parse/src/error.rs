//! Why an input cannot be parsed, and how that becomes a reject record.

use dossier_model::Reject;

/// What made an input look binary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryKind {
    /// A NUL byte, which no text page contains.
    Nul,
    /// Control bytes (other than tab, newline, carriage return and form feed)
    /// make up a large share of the input.
    ControlBytes {
        /// How many control bytes the input holds.
        n_control: usize,
    },
}

impl std::fmt::Display for BinaryKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BinaryKind::Nul => f.write_str("a NUL byte"),
            BinaryKind::ControlBytes { n_control } => {
                write!(f, "{n_control} control bytes, the first")
            }
        }
    }
}

/// Why an input (or a record inside it) cannot be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The file has no bytes, or only whitespace.
    #[error("`{path}` is empty ({n_bytes} bytes, none of them text): expected the text of an archival record")]
    Empty {
        /// Display path.
        path: String,
        /// Size of the file in bytes.
        n_bytes: usize,
    },
    /// The file holds binary data rather than text.
    #[error("`{path}` looks binary: {kind} at byte offset {offset} (line {line}): expected utf-8 text")]
    Binary {
        /// Display path.
        path: String,
        /// What gave it away.
        kind: BinaryKind,
        /// Byte offset of the first NUL (or control) byte in the file.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
    },
    /// The file is not valid UTF-8 and has no UTF-16 byte-order mark.
    #[error(
        "`{path}` is not valid utf-8: invalid byte sequence at byte offset {offset} (line {line}): expected utf-8 text, or utf-16 starting with a byte-order mark"
    )]
    InvalidUtf8 {
        /// Display path.
        path: String,
        /// Byte offset of the first invalid sequence in the file.
        offset: usize,
        /// 1-based line of that sequence.
        line: usize,
    },
    /// The file starts with a UTF-16 byte-order mark but is not valid UTF-16.
    #[error(
        "`{path}` is not valid utf-16 ({endian}): {problem} at byte offset {offset}: expected utf-16 text after the byte-order mark"
    )]
    InvalidUtf16 {
        /// Display path.
        path: String,
        /// `little-endian` or `big-endian`, from the byte-order mark.
        endian: &'static str,
        /// What is wrong: an unpaired surrogate or an odd trailing byte.
        problem: &'static str,
        /// Byte offset of the bad code unit in the file.
        offset: usize,
    },
    /// The text matches none of the Wilson Center page layouts.
    #[error("`{path}` matches no wilson center page layout: looked for {markers}, found none")]
    UnrecognizedLayout {
        /// Display path.
        path: String,
        /// The markers that were looked for, already formatted for the message.
        markers: String,
    },
}

impl Error {
    /// Stable snake_case reason code for the rejects file.
    pub fn reason(&self) -> &'static str {
        match self {
            Error::Empty { .. } => "empty",
            Error::Binary { .. } => "binary",
            Error::InvalidUtf8 { .. } => "invalid_utf8",
            Error::InvalidUtf16 { .. } => "invalid_utf16",
            Error::UnrecognizedLayout { .. } => "unrecognized_layout",
        }
    }

    /// Display path of the input the error is about.
    pub fn path(&self) -> &str {
        match self {
            Error::Empty { path, .. }
            | Error::Binary { path, .. }
            | Error::InvalidUtf8 { path, .. }
            | Error::InvalidUtf16 { path, .. }
            | Error::UnrecognizedLayout { path, .. } => path,
        }
    }

    /// Byte offset in the file where the problem was found, when known.
    pub fn offset(&self) -> Option<usize> {
        match self {
            Error::Binary { offset, .. } | Error::InvalidUtf8 { offset, .. } | Error::InvalidUtf16 { offset, .. } => {
                Some(*offset)
            }
            Error::Empty { .. } | Error::UnrecognizedLayout { .. } => None,
        }
    }

    /// 1-based line where the problem was found, when known.
    pub fn line(&self) -> Option<usize> {
        match self {
            Error::Binary { line, .. } | Error::InvalidUtf8 { line, .. } => Some(*line),
            Error::Empty { .. } | Error::InvalidUtf16 { .. } | Error::UnrecognizedLayout { .. } => None,
        }
    }

    /// The reject record for this error.
    pub fn to_reject(&self) -> Reject {
        Reject {
            path: self.path().to_owned(),
            record_key: None,
            reason: self.reason().to_owned(),
            detail: self.to_string(),
            offset: self.offset().map(|offset| offset as u64),
            line: self.line().map(|line| line as u64),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks the reject record built from `error`.
    fn check(error: Error, reason: &str, offset: Option<u64>, line: Option<u64>, detail: &str) {
        let reject = error.to_reject();
        assert_eq!(reject.reason, reason);
        assert_eq!(reject.offset, offset);
        assert_eq!(reject.line, line);
        assert_eq!(reject.detail, detail);
        assert_eq!(reject.path, "a.txt");
    }

    #[test]
    fn rejects_carry_offsets_and_lines() {
        check(
            Error::InvalidUtf8 { path: "a.txt".into(), offset: 7, line: 2 },
            "invalid_utf8",
            Some(7),
            Some(2),
            "`a.txt` is not valid utf-8: invalid byte sequence at byte offset 7 (line 2): expected utf-8 text, or utf-16 starting with a byte-order mark",
        );
        check(
            Error::Binary { path: "a.txt".into(), kind: BinaryKind::Nul, offset: 3, line: 1 },
            "binary",
            Some(3),
            Some(1),
            "`a.txt` looks binary: a NUL byte at byte offset 3 (line 1): expected utf-8 text",
        );
        check(
            Error::Empty { path: "a.txt".into(), n_bytes: 0 },
            "empty",
            None,
            None,
            "`a.txt` is empty (0 bytes, none of them text): expected the text of an archival record",
        );
    }
}
