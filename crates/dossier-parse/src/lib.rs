//! The parse stage: raw input bytes → [`ParsedDoc`]s.

use dossier_model::{ParsedDoc, RawInput, Reject};
use serde::Serialize;

/// Parse-stage configuration.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Config {}

/// Why an input (or a record inside it) cannot be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The file has no bytes, or only whitespace.
    #[error("`{path}` is empty: expected the text of an archival record")]
    Empty {
        /// Display path.
        path: String,
    },
}

impl Error {
    /// Stable snake_case reason code for the rejects file.
    pub fn reason(&self) -> &'static str {
        match self {
            Error::Empty { .. } => "empty",
        }
    }

    /// The reject record for this error.
    pub fn to_reject(&self) -> Reject {
        match self {
            Error::Empty { path } => Reject {
                path: path.clone(),
                record_key: None,
                reason: self.reason().to_owned(),
                detail: self.to_string(),
                offset: None,
                line: None,
            },
        }
    }
}

/// Everything one input file yielded.
#[derive(Debug, Default)]
pub struct Parsed {
    /// Documents that parsed, in file order.
    pub docs: Vec<ParsedDoc>,
    /// Records that could not be parsed, in file order.
    pub errors: Vec<Error>,
}

/// Parses one input file into its documents.
pub fn parse(input: RawInput, cfg: &Config) -> Parsed {
    let _ = (input, cfg);
    unimplemented!("written by the parse helper")
}
