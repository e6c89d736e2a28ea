//! Writing the dataset folder: streaming writers over temporary files, renamed
//! into place only once everything is complete, then the manifest last.
//!
//! For resumable runs the writer can also [`commit`](DatasetWriter::commit)
//! (flush and sync every partial file and report their lengths as a
//! [`Checkpoint`]) and [`resume`](DatasetWriter::resume) from a checkpoint
//! (truncate the partial files back to it and append from there), so an
//! interrupted run continues to byte-identical files.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use dossier_model::{EnrichedDoc, Reject, SCHEMA_VERSION};
use serde::{Deserialize, Serialize};

use crate::entities::{EDGE_COLUMNS, EntityTable, edge_rows};
use crate::record::{Detail, document_record};
use crate::rows::{DOCUMENT_COLUMNS, MENTION_COLUMNS, document_row, mention_rows};

/// The files a run writes, in the order they are listed in the manifest.
pub const OUTPUT_FILES: [&str; 7] =
    ["documents.csv", "documents.jsonl", "mentions.csv", "entities.csv", "edges.csv", "rejects.jsonl", "manifest.json"];

/// One shard of a sharded run: shard `index` (0-based) of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Part {
    /// This shard, `0..count`.
    pub index: u32,
    /// Number of shards, at least 1.
    pub count: u32,
}

/// The name of output `file` (one of [`OUTPUT_FILES`]) for `part`:
/// `documents.csv` unsharded, `documents.part-0002-of-0008.csv` for shard 2 of 8.
pub fn output_name(file: &str, part: Option<Part>) -> String {
    match part {
        None => file.to_owned(),
        Some(p) => {
            let (stem, ext) = file.split_once('.').unwrap_or((file, ""));
            format!("{stem}.part-{:04}-of-{:04}.{ext}", p.index, p.count)
        }
    }
}

/// Why the dataset could not be written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file in the output folder could not be created, written or renamed.
    #[error("writing `{path}`")]
    Io {
        /// The file being written.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
    /// A CSV row could not be written.
    #[error("writing CSV `{path}`")]
    Csv {
        /// The file being written.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: csv::Error,
    },
    /// A partial file is shorter than the checkpoint it should be resumed from:
    /// it was changed or replaced since.
    #[error("`{path}` is {found} bytes, shorter than the {expected} bytes committed: cannot resume from it")]
    ShortPartial {
        /// The partial file.
        path: PathBuf,
        /// Its length now.
        found: u64,
        /// Its length at the checkpoint.
        expected: u64,
    },
    /// A JSON value could not be serialized.
    #[error("serializing JSON for `{path}`")]
    Json {
        /// The file being written.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: serde_json::Error,
    },
}

/// One input file as listed in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputEntry {
    /// Display path relative to its input root.
    pub path: String,
    /// BLAKE3 of its bytes, lowercase hex; empty when it could not be read.
    pub blake3: String,
    /// Size in bytes.
    pub n_bytes: u64,
    /// Documents it yielded.
    pub n_documents: u64,
    /// Rejects it yielded.
    pub n_rejects: u64,
}

/// Document counts. Invariant: `seen = processed + rejected`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Input files found.
    pub inputs: u64,
    /// Documents (or undividable inputs) encountered.
    pub seen: u64,
    /// Documents written to `documents.*`.
    pub processed: u64,
    /// Entries written to `rejects.jsonl`.
    pub rejected: u64,
}

/// One output file as listed in the manifest.
#[derive(Debug, Clone, Serialize)]
pub struct OutputEntry {
    /// File name inside the output folder.
    pub file: String,
    /// Data rows (CSV rows without the header, JSONL lines).
    pub n_rows: u64,
    /// BLAKE3 of the file's bytes.
    pub blake3: String,
}

/// The manifest's list of input files, serialized as a JSON array as it is
/// read: a run of a million files keeps them on disk (in its journal) and never
/// holds the whole list in memory.
/// It can be serialized once: a second attempt is an error, never a silently
/// empty list.
pub struct InputList(std::cell::RefCell<Option<InputEntries>>);

/// The entries of an [`InputList`], read as they are written.
type InputEntries = Box<dyn Iterator<Item = Result<InputEntry, String>>>;

impl InputList {
    /// A list read as it is written; an `Err` item stops the manifest with
    /// that message.
    pub fn streamed(entries: impl Iterator<Item = Result<InputEntry, String>> + 'static) -> Self {
        InputList(std::cell::RefCell::new(Some(Box::new(entries))))
    }
}

impl std::fmt::Debug for InputList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("InputList(..)")
    }
}

impl Serialize for InputList {
    /// Serializes the entries as they are read; fails when called again.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error as _, SerializeSeq};
        let entries = self.0.borrow_mut().take();
        let entries = entries.ok_or_else(|| S::Error::custom("the manifest's input list was already written"))?;
        let mut seq = serializer.serialize_seq(None)?;
        for entry in entries {
            seq.serialize_element(&entry.map_err(S::Error::custom)?)?;
        }
        seq.end()
    }
}

/// `manifest.json`: what went in, with what settings, and what came out.
#[derive(Debug, Serialize)]
pub struct Manifest {
    /// Dataset schema version.
    pub schema_version: &'static str,
    /// Tool name.
    pub tool: &'static str,
    /// Tool version.
    pub tool_version: String,
    /// The settings that shape the output (never thread counts or paths on this machine).
    pub config: serde_json::Value,
    /// Document counts.
    pub counts: Counts,
    /// Every input file with its hash, in processing order.
    pub inputs: InputList,
    /// Attributions the data requires (reference data licences, e.g. GeoNames CC BY 4.0).
    pub attributions: Vec<String>,
    /// The shard this folder holds, for a sharded run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<Part>,
    /// Every data file written, with its row count and hash.
    pub outputs: Vec<OutputEntry>,
}

impl Manifest {
    /// A manifest for this schema version and `tool_version`; outputs are filled in
    /// by [`DatasetWriter::finish`].
    pub fn new(tool_version: &str, config: serde_json::Value, counts: Counts, inputs: InputList) -> Self {
        Manifest {
            schema_version: SCHEMA_VERSION,
            tool: "dossier",
            tool_version: tool_version.to_owned(),
            config,
            counts,
            inputs,
            attributions: Vec::new(),
            part: None,
            outputs: Vec::new(),
        }
    }
}

/// The streamed data files, in the order of [`Checkpoint::n_bytes`].
/// (`entities.csv` is written whole by `finish`, from the entity table.)
const DATA_FILES: [&str; 5] = ["documents.csv", "documents.jsonl", "mentions.csv", "edges.csv", "rejects.jsonl"];

/// How far the partial data files were written and synced at a commit: enough to
/// truncate them back to that point and go on writing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// Byte length of `documents.csv`, `documents.jsonl`, `mentions.csv`,
    /// `edges.csv` and `rejects.jsonl` (their partial files), in that order.
    pub n_bytes: [u64; 5],
    /// Documents written.
    pub n_documents: u64,
    /// Mention rows written.
    pub n_mentions: u64,
    /// Edge rows written.
    pub n_edges: u64,
    /// Rejects written.
    pub n_rejects: u64,
    /// Byte length of the entity journal (see [`ENTITY_JOURNAL`]).
    pub n_entity_journal_bytes: u64,
}

struct Tracked<W: Write> {
    inner: W,
    hasher: blake3::Hasher,
    /// Bytes written through this writer, including any resumed prefix.
    n_bytes: u64,
}

impl<W: Write> Write for Tracked<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.n_bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

type Sink = Tracked<BufWriter<File>>;

/// Streams documents and rejects into a dataset folder.
///
/// Every file is written as `.<name>.partial` and renamed into place by
/// [`DatasetWriter::finish`], data files first and `manifest.json` last, so a
/// reader that sees the manifest sees complete data files.
pub struct DatasetWriter {
    dir: PathBuf,
    part: Option<Part>,
    documents_csv: Sink,
    documents_jsonl: Sink,
    mentions_csv: Sink,
    edges_csv: Sink,
    rejects_jsonl: Sink,
    /// Every entity of the documents written so far (a corpus-wide table,
    /// written whole as `entities.csv` by `finish`).
    entities: EntityTable,
    /// What `entities` was built from, one line per document, for a resumed
    /// run (see [`ENTITY_JOURNAL`]).
    entity_journal: Sink,
    n_documents: u64,
    n_mentions: u64,
    n_edges: u64,
    n_rejects: u64,
}

/// Folder of the entity table's spilled runs inside the output folder.
pub const SPILL_DIR: &str = ".dossier-spill";

/// Environment variable the `dossier` binary reads for how many entities the
/// table keeps in memory before it spills a run (default
/// [`crate::entities::SPILL_ENTRIES`]); the output is the same for any value.
pub const SPILL_ENTRIES_VAR: &str = "DOSSIER_ENTITY_SPILL_ENTRIES";

/// The entity journal: one line per written document with what the entity
/// table took from it ([`crate::entities::journal_line`]). `documents.jsonl`
/// does not describe entities (`entities.csv` does, once), so a resumed run
/// rebuilds the table from this file; kept as `.entity-journal.jsonl.partial`
/// beside the data files and removed by [`DatasetWriter::finish`].
pub const ENTITY_JOURNAL: &str = "entity-journal.jsonl";

fn spill_dir(dir: &Path) -> PathBuf {
    dir.join(SPILL_DIR)
}

/// The entity table of a dataset in `dir`, spilling into [`SPILL_DIR`] beyond
/// `max_entries` entities.
fn entity_table(dir: &Path, part: Option<Part>, max_entries: usize) -> EntityTable {
    let prefix = output_name("entities.run", part);
    // Runs left by an interrupted run are stale: the table is rebuilt from the
    // documents written (see `resume`).
    if let Ok(stale) = fs::read_dir(spill_dir(dir)) {
        for entry in stale.flatten() {
            if entry.file_name().to_string_lossy().starts_with(&format!("{prefix}-")) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    EntityTable::with_spill(spill_dir(dir).join(prefix), max_entries)
}

fn partial_path(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!(".{name}.partial"))
}

fn create(dir: &Path, name: &str) -> Result<Sink, Error> {
    let path = partial_path(dir, name);
    let file = File::create(&path).map_err(|source| Error::Io { path, source })?;
    Ok(Tracked { inner: BufWriter::with_capacity(1 << 16, file), hasher: blake3::Hasher::new(), n_bytes: 0 })
}

/// Reopens the partial file of `name` to append after its first `len` bytes,
/// which are hashed again; anything after them (written after the last commit)
/// is cut off. A data file an interrupted `finish` had already renamed into place
/// is moved back first.
fn reopen(dir: &Path, name: &str, len: u64) -> Result<Sink, Error> {
    let path = partial_path(dir, name);
    let finished = dir.join(name);
    if !path.exists() && finished.exists() {
        fs::rename(&finished, &path).map_err(|source| Error::Io { path: path.clone(), source })?;
    }
    let io_err = |source| Error::Io { path: path.clone(), source };
    let mut file = OpenOptions::new().read(true).write(true).open(&path).map_err(io_err)?;
    let found = file.metadata().map_err(io_err)?.len();
    if found < len {
        return Err(Error::ShortPartial { path, found, expected: len });
    }
    file.set_len(len).map_err(io_err)?;
    let mut hasher = blake3::Hasher::new();
    let copied = io::copy(&mut (&mut file).take(len), &mut hasher).map_err(io_err)?;
    if copied != len {
        return Err(Error::ShortPartial { path, found: copied, expected: len });
    }
    file.seek(SeekFrom::End(0)).map_err(io_err)?;
    Ok(Tracked { inner: BufWriter::with_capacity(1 << 16, file), hasher, n_bytes: len })
}

fn csv_builder() -> csv::WriterBuilder {
    let mut builder = csv::WriterBuilder::new();
    builder.has_headers(false).terminator(csv::Terminator::CRLF);
    builder
}

/// Syncs a flushed sink's file data to disk; returns its length.
fn sync(sink: &Sink, path: &Path) -> Result<u64, Error> {
    sink.inner.get_ref().sync_data().map_err(|source| Error::Io { path: path.to_owned(), source })?;
    Ok(sink.n_bytes)
}

/// A CSV file that has already received `columns` as its header row, so even an
/// empty dataset carries its schema. Rows arrive pre-rendered (see [`render`]).
fn csv_writer(dir: &Path, name: &str, columns: &[&str]) -> Result<Sink, Error> {
    let mut header = Vec::new();
    {
        let mut w = csv_builder().from_writer(&mut header);
        w.write_record(columns).map_err(|source| Error::Csv { path: dir.join(name), source })?;
        w.flush().map_err(|source| Error::Io { path: dir.join(name), source })?;
    }
    let mut sink = create(dir, name)?;
    sink.write_all(&header).map_err(|source| Error::Io { path: dir.join(name), source })?;
    Ok(sink)
}

impl DatasetWriter {
    /// Opens the partial files in `dir`, which must exist; `part` names the shard
    /// for a sharded run (see [`output_name`]).
    pub fn create(dir: &Path, part: Option<Part>, spill_entries: usize) -> Result<Self, Error> {
        let name = |file: &str| output_name(file, part);
        Ok(DatasetWriter {
            dir: dir.to_owned(),
            part,
            documents_csv: csv_writer(dir, &name("documents.csv"), &DOCUMENT_COLUMNS)?,
            documents_jsonl: create(dir, &name("documents.jsonl"))?,
            mentions_csv: csv_writer(dir, &name("mentions.csv"), &MENTION_COLUMNS)?,
            edges_csv: csv_writer(dir, &name("edges.csv"), &EDGE_COLUMNS)?,
            rejects_jsonl: create(dir, &name("rejects.jsonl"))?,
            entities: entity_table(dir, part, spill_entries),
            entity_journal: create(dir, &name(ENTITY_JOURNAL))?,
            n_documents: 0,
            n_mentions: 0,
            n_edges: 0,
            n_rejects: 0,
        })
    }

    /// Reopens the partial files in `dir` at `checkpoint` (from
    /// [`DatasetWriter::commit`] in an earlier, interrupted run with the same
    /// `part`): each is cut back to its committed length and writing goes on
    /// from there, so the finished files are the same as if the run had never
    /// stopped.
    pub fn resume(
        dir: &Path,
        part: Option<Part>,
        checkpoint: &Checkpoint,
        spill_entries: usize,
    ) -> Result<Self, Error> {
        let name = |file: &str| output_name(file, part);
        let [documents_csv, documents_jsonl, mentions_csv, edges_csv, rejects_jsonl] = checkpoint.n_bytes;
        // The entity table is rebuilt from its journal, cut back to the
        // checkpoint like the data files.
        let entity_journal = reopen(dir, &name(ENTITY_JOURNAL), checkpoint.n_entity_journal_bytes)?;
        let mut entities = entity_table(dir, part, spill_entries);
        let path = partial_path(dir, &name(ENTITY_JOURNAL));
        let file = File::open(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        let reader = io::BufReader::new(file.take(checkpoint.n_entity_journal_bytes));
        for line in io::BufRead::lines(reader) {
            let line = line.map_err(|source| Error::Io { path: path.clone(), source })?;
            entities.add_journal_line(&line).map_err(|source| Error::Json { path: path.clone(), source })?;
        }
        Ok(DatasetWriter {
            dir: dir.to_owned(),
            part,
            documents_csv: reopen(dir, &name("documents.csv"), documents_csv)?,
            documents_jsonl: reopen(dir, &name("documents.jsonl"), documents_jsonl)?,
            mentions_csv: reopen(dir, &name("mentions.csv"), mentions_csv)?,
            edges_csv: reopen(dir, &name("edges.csv"), edges_csv)?,
            rejects_jsonl: reopen(dir, &name("rejects.jsonl"), rejects_jsonl)?,
            entities,
            entity_journal,
            n_documents: checkpoint.n_documents,
            n_mentions: checkpoint.n_mentions,
            n_edges: checkpoint.n_edges,
            n_rejects: checkpoint.n_rejects,
        })
    }

    /// Flushes every partial file and syncs it to disk; the returned checkpoint
    /// can be handed to [`DatasetWriter::resume`] after a crash.
    pub fn commit(&mut self) -> Result<Checkpoint, Error> {
        let paths = DATA_FILES.map(|file| self.path(file));
        let io_err = |idx: usize| {
            let path = paths[idx].clone();
            move |source| Error::Io { path, source }
        };
        self.documents_csv.flush().map_err(io_err(0))?;
        self.documents_jsonl.flush().map_err(io_err(1))?;
        self.mentions_csv.flush().map_err(io_err(2))?;
        self.edges_csv.flush().map_err(io_err(3))?;
        self.rejects_jsonl.flush().map_err(io_err(4))?;
        let journal_path = self.path(ENTITY_JOURNAL);
        self.entity_journal.flush().map_err(|source| Error::Io { path: journal_path.clone(), source })?;
        let n_bytes = [
            sync(&self.documents_csv, &paths[0])?,
            sync(&self.documents_jsonl, &paths[1])?,
            sync(&self.mentions_csv, &paths[2])?,
            sync(&self.edges_csv, &paths[3])?,
            sync(&self.rejects_jsonl, &paths[4])?,
        ];
        Ok(Checkpoint {
            n_bytes,
            n_documents: self.n_documents,
            n_mentions: self.n_mentions,
            n_edges: self.n_edges,
            n_rejects: self.n_rejects,
            n_entity_journal_bytes: sync(&self.entity_journal, &journal_path)?,
        })
    }

    fn path(&self, file: &str) -> PathBuf {
        self.dir.join(output_name(file, self.part))
    }

    /// Appends one document's bytes, rendered by [`render`] on a worker thread
    /// (so the single writer only appends), to `documents.csv`,
    /// `documents.jsonl`, `mentions.csv` and `edges.csv`, and adds its entities
    /// to the entity table.
    pub fn write_rendered(&mut self, doc: &EnrichedDoc, rendered: &Rendered) -> Result<(), Error> {
        let (dir, part) = (&self.dir, self.part);
        let io = |file: &str| {
            let path = dir.join(output_name(file, part));
            move |source| Error::Io { path, source }
        };
        self.documents_csv.write_all(&rendered.documents_csv).map_err(io("documents.csv"))?;
        self.documents_jsonl.write_all(&rendered.documents_jsonl).map_err(io("documents.jsonl"))?;
        self.mentions_csv.write_all(&rendered.mentions_csv).map_err(io("mentions.csv"))?;
        self.edges_csv.write_all(&rendered.edges_csv).map_err(io("edges.csv"))?;
        self.n_mentions += rendered.n_mentions;
        self.n_edges += rendered.n_edges;
        self.entities.add(doc).map_err(|source| Error::Io { path: spill_dir(dir), source })?;
        self.entity_journal.write_all(&rendered.entity_journal).map_err(io(ENTITY_JOURNAL))?;
        self.n_documents += 1;
        Ok(())
    }

    /// True when a document written so far (resumed ones included) links a
    /// person to the Office of the Historian's people database.
    pub fn has_person_links(&self) -> bool {
        self.entities.n_person_links() > 0
    }

    /// Appends one reject to `rejects.jsonl`.
    pub fn write_reject(&mut self, reject: &Reject) -> Result<(), Error> {
        #[derive(Serialize)]
        struct RejectLine<'a> {
            path: &'a str,
            record_key: Option<&'a str>,
            reason: &'a str,
            detail: &'a str,
            offset: Option<u64>,
            line: Option<u64>,
        }
        let line = RejectLine {
            path: &reject.path,
            record_key: reject.record_key.as_deref(),
            reason: &reject.reason,
            detail: &reject.detail,
            offset: reject.offset,
            line: reject.line,
        };
        serde_json::to_writer(&mut self.rejects_jsonl, &line)
            .map_err(|source| Error::Json { path: self.path("rejects.jsonl"), source })?;
        self.rejects_jsonl.write_all(b"\n").map_err(|source| Error::Io { path: self.path("rejects.jsonl"), source })?;
        self.n_rejects += 1;
        Ok(())
    }

    /// Number of documents written so far.
    pub fn n_documents(&self) -> u64 {
        self.n_documents
    }

    /// Number of rejects written so far.
    pub fn n_rejects(&self) -> u64 {
        self.n_rejects
    }

    /// Calls `f` with every entity id written so far and its canonical name,
    /// in id order (what `dossier_enrich::probable_same_as` decides its hints over).
    pub fn visit_entity_ids(&self, f: &mut dyn FnMut(&str, &str) -> csv::Result<()>) -> csv::Result<()> {
        self.entities.visit_ids(f)
    }

    /// Flushes and syncs every data file, renames them into place, then writes
    /// `manifest.json` (with the data files' row counts and hashes) the same way.
    /// `same_as` is the `probable_same_as` column of `entities.csv`, by entity id.
    pub fn finish(mut self, mut manifest: Manifest, same_as: &BTreeMap<String, String>) -> Result<Manifest, Error> {
        let dir = self.dir.clone();
        let part = self.part;
        let (documents_csv, mentions_csv, edges_csv) = (self.documents_csv, self.mentions_csv, self.edges_csv);
        let entities_name = output_name("entities.csv", part);
        let mut entities_csv = create(&dir, &entities_name)?;
        let n_entities = self
            .entities
            .write_entities_csv(&mut entities_csv, same_as)
            .map_err(|source| Error::Csv { path: dir.join(&entities_name), source })?;
        let sinks = [
            ("documents.csv", documents_csv, self.n_documents),
            ("documents.jsonl", self.documents_jsonl, self.n_documents),
            ("mentions.csv", mentions_csv, self.n_mentions),
            ("entities.csv", entities_csv, n_entities),
            ("edges.csv", edges_csv, self.n_edges),
            ("rejects.jsonl", self.rejects_jsonl, self.n_rejects),
        ];
        // A manifest left from an earlier run in this folder must not vouch for
        // the data files about to replace those it describes.
        let old_manifest = dir.join(output_name("manifest.json", part));
        match fs::remove_file(&old_manifest) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(source) => return Err(Error::Io { path: old_manifest, source }),
        }
        let mut outputs = Vec::new();
        for (file, sink, n_rows) in sinks {
            let name = output_name(file, part);
            let blake3 = sink.hasher.finalize().to_hex().to_string();
            close(sink.inner, &dir, &name)?;
            outputs.push(OutputEntry { file: name, n_rows, blake3 });
        }
        // The journal served a resumed run; the finished table is `entities.csv`.
        let journal = partial_path(&dir, &output_name(ENTITY_JOURNAL, part));
        drop(self.entity_journal);
        fs::remove_file(&journal).map_err(|source| Error::Io { path: journal, source })?;
        manifest.outputs = outputs;
        manifest.part = part;
        write_manifest(&dir, &manifest)?;
        Ok(manifest)
    }
}

/// Writes `manifest.json` (of its part, for a shard) into `dir`, replacing
/// the one there: after [`DatasetWriter::finish`], again when the run's
/// linking has added its files.
pub fn write_manifest(dir: &Path, manifest: &Manifest) -> Result<(), Error> {
    let name = output_name("manifest.json", manifest.part);
    let mut sink = create(dir, &name)?;
    let path = dir.join(&name);
    serde_json::to_writer_pretty(&mut sink, manifest).map_err(|source| Error::Json { path: path.clone(), source })?;
    sink.write_all(b"\n").map_err(|source| Error::Io { path, source })?;
    close(sink.inner, dir, &name)
}

/// The hash and data rows of a file the run wrote after the tables
/// (`links.csv`, `clusters.csv`), for the manifest.
pub fn output_entry(dir: &Path, name: &str) -> Result<OutputEntry, Error> {
    let path = dir.join(name);
    let io_err = |source| Error::Io { path: path.clone(), source };
    // Streamed: links.csv holds a row per link, however many there are.
    let mut file = File::open(&path).map_err(io_err)?;
    let mut hasher = blake3::Hasher::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut n_lines = 0u64;
    loop {
        let n = file.read(&mut buf).map_err(io_err)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        n_lines += buf[..n].iter().filter(|&&b| b == b'\n').count() as u64;
    }
    Ok(OutputEntry {
        file: name.to_owned(),
        n_rows: n_lines.saturating_sub(1),
        blake3: hasher.finalize().to_hex().to_string(),
    })
}

/// Fills the `cluster_id` and `is_canonical` columns of the `documents.csv`
/// in `dir` from `clusters` (document id → its cluster and whether it is the
/// canonical copy), rewriting the file through `.documents.csv.partial`;
/// returns the file's new manifest entry. A document the map does not name
/// keeps both cells empty.
pub fn fill_document_clusters(
    dir: &Path,
    clusters: &std::collections::HashMap<String, (String, bool)>,
) -> Result<OutputEntry, Error> {
    let name = "documents.csv";
    let path = dir.join(name);
    let csv_err = |source| Error::Csv { path: path.clone(), source };
    let cluster_col = DOCUMENT_COLUMNS.iter().position(|c| *c == "cluster_id").expect("documents.csv has cluster_id");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_path(&path).map_err(csv_err)?;
    let mut sink = create(dir, name)?;
    let mut n_rows = 0;
    {
        let mut writer = csv::Writer::from_writer(&mut sink);
        let mut record = csv::ByteRecord::new();
        let mut first = true;
        while reader.read_byte_record(&mut record).map_err(csv_err)? {
            if std::mem::take(&mut first) {
                writer.write_byte_record(&record).map_err(csv_err)?;
                continue;
            }
            let id = std::str::from_utf8(&record[0]).unwrap_or("");
            let (cluster, canonical): (&[u8], &[u8]) = match clusters.get(id) {
                Some((cluster, canonical)) => (cluster.as_bytes(), if *canonical { b"true" } else { b"false" }),
                None => (b"", b""),
            };
            let mut row = csv::ByteRecord::with_capacity(record.as_slice().len() + 24, record.len());
            for (i, cell) in record.iter().enumerate() {
                row.push_field(match i {
                    i if i == cluster_col => cluster,
                    i if i == cluster_col + 1 => canonical,
                    _ => cell,
                });
            }
            writer.write_byte_record(&row).map_err(csv_err)?;
            n_rows += 1;
        }
        writer.flush().map_err(|source| Error::Io { path: path.clone(), source })?;
    }
    let blake3 = sink.hasher.finalize().to_hex().to_string();
    close(sink.inner, dir, name)?;
    Ok(OutputEntry { file: name.to_owned(), n_rows, blake3 })
}

/// One document's rows and record as bytes, exactly as the files hold them.
#[derive(Debug, Default)]
pub struct Rendered {
    documents_csv: Vec<u8>,
    documents_jsonl: Vec<u8>,
    mentions_csv: Vec<u8>,
    n_mentions: u64,
    edges_csv: Vec<u8>,
    n_edges: u64,
    entity_journal: Vec<u8>,
}

/// Renders one document's CSV rows and JSONL record. Pure and thread-safe, so
/// workers can do it in parallel; the bytes are the same as writing the rows
/// one by one (CSV quoting depends on each record alone).
pub fn render(doc: &EnrichedDoc, detail: Detail) -> Result<Rendered, Error> {
    let csv_err = |file: &str| {
        let path = PathBuf::from(file);
        move |source| Error::Csv { path, source }
    };
    let mut out = Rendered::default();
    {
        let mut w = csv_builder().from_writer(&mut out.documents_csv);
        let mut row = document_row(doc);
        row.neutralize();
        w.serialize(&row).map_err(csv_err("documents.csv"))?;
        w.flush().map_err(|source| Error::Io { path: "documents.csv".into(), source })?;
    }
    let mut record = document_record(doc, detail);
    if detail == Detail::Spans {
        // A dataset describes each entity once, in `entities.csv`.
        record.entities = None;
    }
    serde_json::to_writer(&mut out.documents_jsonl, &record)
        .map_err(|source| Error::Json { path: "documents.jsonl".into(), source })?;
    out.documents_jsonl.push(b'\n');
    {
        let mut w = csv_builder().from_writer(&mut out.mentions_csv);
        for mut m in mention_rows(doc) {
            m.neutralize();
            w.serialize(&m).map_err(csv_err("mentions.csv"))?;
            out.n_mentions += 1;
        }
        w.flush().map_err(|source| Error::Io { path: "mentions.csv".into(), source })?;
    }
    {
        let mut w = csv_builder().from_writer(&mut out.edges_csv);
        for mut edge in edge_rows(doc) {
            edge.neutralize();
            w.serialize(&edge).map_err(csv_err("edges.csv"))?;
            out.n_edges += 1;
        }
        w.flush().map_err(|source| Error::Io { path: "edges.csv".into(), source })?;
    }
    out.entity_journal =
        crate::entities::journal_line(doc).map_err(|source| Error::Json { path: ENTITY_JOURNAL.into(), source })?;
    Ok(out)
}

fn close(w: BufWriter<File>, dir: &Path, name: &str) -> Result<(), Error> {
    let partial = partial_path(dir, name);
    let file = w.into_inner().map_err(|e| Error::Io { path: partial.clone(), source: e.into_error() })?;
    file.sync_all().map_err(|source| Error::Io { path: partial.clone(), source })?;
    drop(file);
    let path = dir.join(name);
    fs::rename(&partial, &path).map_err(|source| Error::Io { path, source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_file_names() {
        assert_eq!(output_name("documents.csv", None), "documents.csv");
        let part = Some(Part { index: 2, count: 8 });
        assert_eq!(output_name("documents.csv", part), "documents.part-0002-of-0008.csv");
        assert_eq!(output_name("manifest.json", part), "manifest.part-0002-of-0008.json");
    }
}
