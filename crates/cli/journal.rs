//! The run journal that makes `dossier run --resume` possible.
//!
//! It lives in `OUT/.dossier-journal/journal.jsonl` (one per shard:
//! `journal.part-0002-of-0008.jsonl`), next to the `.partial` data files, and
//! holds one JSON line per commit:
//!
//! - a `start` line once the headers and the walk's rejects are written: a
//!   fingerprint of everything that shapes the output (tool version, stage
//!   settings, limits, shard, chunk size, the walk's rejects) and the writer's
//!   [`Checkpoint`];
//! - a `chunk` line after each chunk of input files is written and synced: the
//!   chunk's inputs with their hashes, the document ids it saw first, the running
//!   counts and the checkpoint.
//!
//! A line is appended with one write and synced before the next chunk starts,
//! so after a crash every complete line describes data that is on disk; a torn
//! last line is ignored. The journal is removed once the manifest is in place.

use std::fs::{self, File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use dossier_export::{Checkpoint, Counts, InputEntry, InputList, Part, output_name};
use serde::{Deserialize, Serialize};

/// Folder of the journal inside the output folder.
pub const JOURNAL_DIR: &str = ".dossier-journal";

/// One line of the journal.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Entry {
    /// The run started: headers and walk rejects are written.
    Start {
        /// BLAKE3 over everything that shapes the output besides the input files.
        fingerprint: String,
        /// Where the data files stood after the walk's rejects.
        checkpoint: Checkpoint,
        /// Counts after the walk's rejects.
        counts: Counts,
    },
    /// One chunk of input files is written and synced.
    Chunk(ChunkEntry),
}

/// What one committed chunk wrote, enough to rebuild the run's state from it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChunkEntry {
    /// 0-based chunk number.
    pub chunk_idx: usize,
    /// The chunk's input files, as listed in the manifest (with their hashes).
    pub inputs: Vec<InputEntry>,
    /// Document ids first seen in this chunk, with the index (into all inputs
    /// of the run) of the input that had them.
    pub new_ids: Vec<(String, usize)>,
    /// Counts of the whole run after this chunk.
    pub counts: Counts,
    /// Internal errors of the whole run after this chunk.
    pub n_internal_errors: u64,
    /// Where the data files stood after this chunk.
    pub checkpoint: Checkpoint,
}

/// The journal file of `part` in `out`.
pub fn path(out: &Path, part: Option<Part>) -> PathBuf {
    out.join(JOURNAL_DIR).join(output_name("journal.jsonl", part))
}

/// Reads the journal of an interrupted run: its start line and its committed
/// chunks, in order. `None` when there is none or
/// its start line is unreadable. Reading stops at the first line that does not
/// parse (a line torn by the crash) or that is out of sequence.
pub fn load(out: &Path, part: Option<Part>) -> Option<(Entry, Vec<ChunkEntry>)> {
    let file = File::open(path(out, part)).ok()?;
    let mut lines = BufReader::new(file).lines();
    let first = lines.next()?.ok()?;
    let start: Entry = serde_json::from_str(&first).ok()?;
    if !matches!(start, Entry::Start { .. }) {
        return None;
    }
    let mut chunks = Vec::new();
    for line in lines {
        let Ok(line) = line else { break };
        match serde_json::from_str(&line) {
            Ok(Entry::Chunk(chunk)) if chunk.chunk_idx == chunks.len() => chunks.push(chunk),
            _ => break,
        }
    }
    Some((start, chunks))
}

/// An open journal, appended to after every commit.
pub struct Journal {
    path: PathBuf,
    file: File,
}

/// The manifest's input list, read back from the journal of the run being
/// finished: the inputs of every committed chunk, in order, one chunk in memory
/// at a time.
pub fn inputs(out: &Path, part: Option<Part>) -> anyhow::Result<InputList> {
    let path = path(out, part);
    let file = File::open(&path).with_context(|| format!("reading the journal `{}`", path.display()))?;
    let shown = path.display().to_string();
    let chunks = BufReader::new(file).lines().skip(1).enumerate().flat_map(move |(idx, line)| {
        let entry = line
            .map_err(|e| e.to_string())
            .and_then(|line| serde_json::from_str::<Entry>(&line).map_err(|e| e.to_string()));
        let entries: Vec<Result<InputEntry, String>> = match entry {
            Ok(Entry::Chunk(chunk)) => chunk.inputs.into_iter().map(Ok).collect(),
            Ok(Entry::Start { .. }) => vec![Err(format!("`{shown}` line {}: a second start line", idx + 2))],
            Err(e) => vec![Err(format!("`{shown}` line {}: {e}", idx + 2))],
        };
        entries
    });
    Ok(InputList::streamed(chunks))
}

impl Journal {
    /// Writes a new journal holding `entries` (a start line, then any chunks
    /// kept from an interrupted run), replacing any older one atomically.
    pub fn create(out: &Path, part: Option<Part>, entries: &[Entry]) -> anyhow::Result<Journal> {
        let path = path(out, part);
        let dir = out.join(JOURNAL_DIR);
        fs::create_dir_all(&dir).with_context(|| format!("creating `{}`", dir.display()))?;
        let tmp = path.with_extension("jsonl.tmp");
        let mut text = String::new();
        for entry in entries {
            text.push_str(&serde_json::to_string(entry).context("serializing the journal")?);
            text.push('\n');
        }
        let mut file = File::create(&tmp).with_context(|| format!("creating `{}`", tmp.display()))?;
        file.write_all(text.as_bytes()).with_context(|| format!("writing `{}`", tmp.display()))?;
        file.sync_all().with_context(|| format!("syncing `{}`", tmp.display()))?;
        drop(file);
        fs::rename(&tmp, &path).with_context(|| format!("renaming `{}`", tmp.display()))?;
        let file =
            OpenOptions::new().append(true).open(&path).with_context(|| format!("opening `{}`", path.display()))?;
        Ok(Journal { path, file })
    }

    /// Appends one entry as one line, with one write, and syncs it.
    pub fn append(&mut self, entry: &Entry) -> anyhow::Result<()> {
        let mut line = serde_json::to_string(entry).context("serializing the journal")?;
        line.push('\n');
        self.file.write_all(line.as_bytes()).with_context(|| format!("writing `{}`", self.path.display()))?;
        self.file.sync_data().with_context(|| format!("syncing `{}`", self.path.display()))
    }

    /// Removes the journal once the dataset is complete (and the folder too, when
    /// no other shard's journal is left in it).
    pub fn remove(self) -> anyhow::Result<()> {
        drop(self.file);
        fs::remove_file(&self.path).with_context(|| format!("removing `{}`", self.path.display()))?;
        if let Some(dir) = self.path.parent() {
            // Fails when another shard's journal is still there: that is fine.
            let _ = fs::remove_dir(dir);
        }
        Ok(())
    }
}
