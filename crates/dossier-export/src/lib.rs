//! The export stage: maps processed documents to the published dataset files.
//!
//! This crate owns every published row and record type and maps from the model
//! explicitly, field by field, so a refactor of `dossier-model` can never silently
//! change a published column. It writes `documents.csv`, `documents.jsonl`,
//! `mentions.csv`, `rejects.jsonl` and `manifest.json` into an output folder, each
//! to a temporary file that is renamed into place only when complete.

mod columns;
mod entities;
mod record;
mod rows;
mod write;

pub use columns::{Column, ColumnType, TABLES, column, names};
pub use entities::{
    EDGE_COLUMNS, EDGE_COLUMNS_DOCS, ENTITY_COLUMNS, ENTITY_COLUMNS_DOCS, EdgeRow, EntityRow, EntityTable,
    SPILL_ENTRIES, edge_rows,
};
pub use record::{Detail, DocumentRecord, document_record};
pub use rows::{
    DOCUMENT_COLUMNS, DOCUMENT_COLUMNS_DOCS, DocumentRow, LIST_SEPARATOR, MENTION_COLUMNS, MENTION_COLUMNS_DOCS,
    MentionRow, document_row, mention_rows, neutralize_cell,
};
pub use write::{
    Checkpoint, Counts, DatasetWriter, Error, InputEntry, InputList, Manifest, OUTPUT_FILES, OutputEntry, Part,
    Rendered, SPILL_DIR, SPILL_ENTRIES_VAR, fill_document_clusters, output_entry, output_name, render, write_manifest,
};
