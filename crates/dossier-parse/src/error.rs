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
    /// The XML breaks a well-formedness rule. The documents completed before the
    /// damage are still returned, and reading resumes at the next document.
    #[error("`{path}` is not well-formed xml at byte offset {offset} (line {line}): {problem}{place}")]
    MalformedXml {
        /// Display path.
        path: String,
        /// Byte offset of the damage in the file.
        offset: usize,
        /// 1-based line of the damage.
        line: usize,
        /// What is wrong, e.g. an end tag that closes the wrong element.
        problem: String,
        /// Where the damage sits relative to the file's documents.
        place: XmlPlace,
    },
    /// The XML stops before its open elements are closed (a cut-off volume or
    /// chunk). The documents completed before the cut are still returned.
    #[error("`{path}` ends before its xml is complete at byte offset {offset} (line {line}): {problem}{place}")]
    TruncatedXml {
        /// Display path.
        path: String,
        /// Byte offset where the input ended or the unfinished markup starts.
        offset: usize,
        /// 1-based line of that offset.
        line: usize,
        /// What was left unfinished.
        problem: String,
        /// Where the cut sits relative to the file's documents.
        place: XmlPlace,
    },
    /// The XML declares entities (`<!ENTITY …>`). Nothing is expanded: entity
    /// declarations are how "billion laughs" and external-entity attacks work, and
    /// no FRUS volume needs them.
    #[error(
        "`{path}` declares xml entities at byte offset {offset} (line {line}): entity declarations are refused, never expanded; expected tei without a dtd"
    )]
    XmlEntityDeclaration {
        /// Display path.
        path: String,
        /// Byte offset of the `<!DOCTYPE` that holds the declarations.
        offset: usize,
        /// 1-based line of that offset.
        line: usize,
    },
    /// Well-formed XML that holds no FRUS `<div type="document">`.
    #[error(
        "`{path}` is xml (root `<{root}>`) but holds no `<div type=\"document\">`: expected a frus tei volume or document fragment"
    )]
    NoFrusDocuments {
        /// Display path.
        path: String,
        /// Local name of the root element (empty when there is none).
        root: String,
    },
    /// The whole file is one JSON value over several lines (a pretty-printed
    /// object, or an array of records), not JSON Lines: no line is a record.
    #[error(
        "`{path}` is one json {found} over {n_lines} lines, not json lines: expected one json object per line with at least `id` and `text` (an array of records converts with `jq -c '.[]'`), or the text of an archival record"
    )]
    JsonDocument {
        /// Display path.
        path: String,
        /// `object` or `array`.
        found: &'static str,
        /// How many lines the value spans.
        n_lines: usize,
    },
    /// One line of a JSONL file is not a usable record; the other lines still parse.
    #[error(
        "`{path}` line {line} (byte offset {offset}): {problem}: expected one json object per line with at least `id` and `text`"
    )]
    JsonlLine {
        /// Display path.
        path: String,
        /// 1-based line number.
        line: usize,
        /// Byte offset of the line's first byte in the file.
        offset: usize,
        /// What is wrong with the line.
        problem: JsonlProblem,
    },
}

/// Where XML damage sits relative to the documents of a volume.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct XmlPlace {
    /// `xml:id` of the last document completed before the damage.
    pub last_complete: Option<String>,
    /// `xml:id` of the document that was being read when the damage was found.
    pub open_document: Option<String>,
}

impl std::fmt::Display for XmlPlace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.last_complete {
            Some(id) => write!(f, "; last complete document `{id}`, kept with those before it")?,
            None => f.write_str("; no document was complete before it")?,
        }
        if let Some(id) = &self.open_document {
            write!(f, "; document `{id}` is cut off and dropped")?;
        }
        Ok(())
    }
}

/// What is wrong with one JSONL line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonlProblem {
    /// The line is not JSON at all.
    InvalidJson {
        /// The JSON parser's message, with the column (a byte column within the line).
        detail: String,
    },
    /// The line is JSON, but not an object.
    NotAnObject {
        /// The JSON type found instead (`array`, `string` …).
        found: &'static str,
    },
    /// A required key is absent, null or an empty string.
    MissingField {
        /// The field (`id` or `text`).
        field: &'static str,
        /// The keys that are read as that field, already formatted.
        keys: &'static str,
    },
    /// A required key holds the wrong JSON type.
    InvalidField {
        /// The field (`id` or `text`).
        field: &'static str,
        /// The JSON type found.
        found: &'static str,
        /// What was expected.
        expected: &'static str,
    },
    /// The id was already used by an earlier line of the same file.
    DuplicateId {
        /// The id.
        id: String,
        /// 1-based line that used it first (and was kept).
        first_line: usize,
    },
}

impl JsonlProblem {
    /// Stable snake_case reason code.
    pub fn reason(&self) -> &'static str {
        match self {
            JsonlProblem::InvalidJson { .. } => "invalid_json",
            JsonlProblem::NotAnObject { .. } => "not_an_object",
            JsonlProblem::MissingField { .. } => "missing_field",
            JsonlProblem::InvalidField { .. } => "invalid_field",
            JsonlProblem::DuplicateId { .. } => "duplicate_id",
        }
    }
}

impl std::fmt::Display for JsonlProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JsonlProblem::InvalidJson { detail } => write!(f, "not valid json ({detail})"),
            JsonlProblem::NotAnObject { found } => write!(f, "a json {found}, not an object"),
            JsonlProblem::MissingField { field, keys } => {
                write!(f, "no `{field}`, or it is null or empty (read from {keys})")
            }
            JsonlProblem::InvalidField { field, found, expected } => {
                write!(f, "`{field}` is a json {found}, expected {expected}")
            }
            JsonlProblem::DuplicateId { id, first_line } => {
                write!(f, "id `{id}` was already used on line {first_line} (that line is kept)")
            }
        }
    }
}

impl Error {
    /// Stable snake_case reason code for the rejects file.
    pub fn reason(&self) -> &'static str {
        match self {
            Error::Empty { .. } => "empty",
            Error::Binary { .. } => "binary",
            Error::InvalidUtf8 { .. } => "invalid_utf8",
            Error::InvalidUtf16 { .. } => "invalid_utf16",
            Error::MalformedXml { .. } => "malformed_xml",
            Error::TruncatedXml { .. } => "truncated_xml",
            Error::XmlEntityDeclaration { .. } => "xml_entity_declaration",
            Error::NoFrusDocuments { .. } => "no_frus_documents",
            Error::JsonDocument { .. } => "json_document",
            Error::JsonlLine { problem, .. } => problem.reason(),
        }
    }

    /// Display path of the input the error is about.
    pub fn path(&self) -> &str {
        match self {
            Error::Empty { path, .. }
            | Error::Binary { path, .. }
            | Error::InvalidUtf8 { path, .. }
            | Error::InvalidUtf16 { path, .. }
            | Error::MalformedXml { path, .. }
            | Error::TruncatedXml { path, .. }
            | Error::XmlEntityDeclaration { path, .. }
            | Error::NoFrusDocuments { path, .. }
            | Error::JsonDocument { path, .. }
            | Error::JsonlLine { path, .. } => path,
        }
    }

    /// Byte offset in the file where the problem was found, when known.
    ///
    /// For UTF-16 input, XML and JSONL offsets count bytes of the text decoded to UTF-8.
    pub fn offset(&self) -> Option<usize> {
        match self {
            Error::Binary { offset, .. }
            | Error::InvalidUtf8 { offset, .. }
            | Error::InvalidUtf16 { offset, .. }
            | Error::MalformedXml { offset, .. }
            | Error::TruncatedXml { offset, .. }
            | Error::XmlEntityDeclaration { offset, .. }
            | Error::JsonlLine { offset, .. } => Some(*offset),
            Error::JsonDocument { .. } => Some(0),
            Error::Empty { .. } | Error::NoFrusDocuments { .. } => None,
        }
    }

    /// 1-based line where the problem was found, when known.
    pub fn line(&self) -> Option<usize> {
        match self {
            Error::Binary { line, .. }
            | Error::InvalidUtf8 { line, .. }
            | Error::MalformedXml { line, .. }
            | Error::TruncatedXml { line, .. }
            | Error::XmlEntityDeclaration { line, .. }
            | Error::JsonlLine { line, .. } => Some(*line),
            Error::JsonDocument { .. } => Some(1),
            Error::Empty { .. } | Error::InvalidUtf16 { .. } | Error::NoFrusDocuments { .. } => None,
        }
    }

    /// The record inside a multi-record file the error is local to: the FRUS
    /// document that was cut off, or `line N` of a JSONL file.
    pub fn record_key(&self) -> Option<String> {
        match self {
            Error::MalformedXml { place, .. } | Error::TruncatedXml { place, .. } => place.open_document.clone(),
            Error::JsonlLine { line, .. } => Some(format!("line {line}")),
            _ => None,
        }
    }

    /// The reject record for this error.
    pub fn to_reject(&self) -> Reject {
        Reject {
            path: self.path().to_owned(),
            record_key: self.record_key(),
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

    #[test]
    fn multi_record_errors_name_their_record() {
        let place = XmlPlace { last_complete: Some("d12".into()), open_document: Some("d13".into()) };
        let error = Error::TruncatedXml {
            path: "a.txt".into(),
            offset: 9,
            line: 3,
            problem: "the input ends with 2 elements still open".into(),
            place,
        };
        check(
            error.clone(),
            "truncated_xml",
            Some(9),
            Some(3),
            "`a.txt` ends before its xml is complete at byte offset 9 (line 3): the input ends with 2 elements still open; last complete document `d12`, kept with those before it; document `d13` is cut off and dropped",
        );
        assert_eq!(error.to_reject().record_key.as_deref(), Some("d13"));
        let error = Error::JsonlLine {
            path: "a.txt".into(),
            line: 4,
            offset: 80,
            problem: JsonlProblem::DuplicateId { id: "7".into(), first_line: 1 },
        };
        check(
            error.clone(),
            "duplicate_id",
            Some(80),
            Some(4),
            "`a.txt` line 4 (byte offset 80): id `7` was already used on line 1 (that line is kept): expected one json object per line with at least `id` and `text`",
        );
        assert_eq!(error.to_reject().record_key.as_deref(), Some("line 4"));
    }
}
