//! The normalize stage: [`ParsedDoc`] → [`NormalizedDoc`].

use dossier_model::{NormalizedDoc, ParsedDoc};
use serde::Serialize;

/// Normalize-stage configuration.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Config {}

/// Normalizes one document. Never fails: oddities become diagnostics.
pub fn normalize(doc: ParsedDoc, cfg: &Config) -> NormalizedDoc {
    let _ = (doc, cfg);
    unimplemented!("written by the normalize helper")
}
