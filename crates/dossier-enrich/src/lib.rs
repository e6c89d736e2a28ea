//! The enrich stage: [`NormalizedDoc`] → [`EnrichedDoc`].

use dossier_model::{EnrichedDoc, NormalizedDoc};
use serde::Serialize;

/// Enrich-stage configuration.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Config {}

/// Enriches one document. Never fails: oddities become diagnostics.
pub fn enrich(doc: NormalizedDoc, cfg: &Config) -> EnrichedDoc {
    let _ = (doc, cfg);
    unimplemented!("written by the enrich helper")
}
