//! `dossier links DIR... [--out DIR]`, and the same step at the end of `dossier
//! run`: which documents of one or more dataset folders are copies, near
//! copies or excerpts of one another (`links.csv`), and the copies grouped
//! (`clusters.csv`). The analysis is `dossier_enrich::links`; this module reads
//! the folders' `documents.jsonl` (twice: signatures first, then the shingles
//! of the candidate pairs only) and writes the two files.
//!
//! Run over the folder (or folders) of a `--shard` run's parts, it gives the
//! links a single run over the whole corpus would: every result is sorted by
//! document id, and a cluster is named by its smallest document id.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Read, Seek, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use dossier_enrich::links::{self, DocSignals, Link};
use serde::Deserialize;

use crate::args::LinksArgs;

/// The parts of a `documents.jsonl` line the linking reads.
#[derive(Deserialize)]
struct LiteDoc {
    id: String,
    collection: String,
    #[serde(default)]
    fields: LiteFields,
    #[serde(default)]
    date: Option<LiteDate>,
    #[serde(default)]
    body: String,
}

#[derive(Deserialize, Default)]
struct LiteFields {
    record_id: Option<LiteValue>,
    url: Option<LiteValue>,
    title: Option<LiteValue>,
}

#[derive(Deserialize)]
struct LiteDate {
    iso: Option<String>,
}

#[derive(Deserialize)]
struct LiteValue {
    value: String,
}

impl LiteDoc {
    /// The archive's own key of the record: its URL, else its record id.
    fn record(&self) -> Option<&str> {
        self.fields.url.as_ref().or(self.fields.record_id.as_ref()).map(|v| v.value.as_str())
    }
}

/// The files of one output of a dataset folder: `{stem}.jsonl`, or the part
/// files a `--shard` run wrote (`{stem}.part-0000-of-0004.jsonl` …), in name
/// order; empty when there are neither.
fn output_files(dir: &Path, stem: &str) -> anyhow::Result<Vec<PathBuf>> {
    let whole = dir.join(format!("{stem}.jsonl"));
    if whole.exists() {
        return Ok(vec![whole]);
    }
    let prefix = format!("{stem}.part-");
    let mut parts: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading `{}`", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".jsonl"))
        })
        .collect();
    parts.sort();
    Ok(parts)
}

/// The documents files of a dataset folder (see [`output_files`]); a folder
/// without any is an error.
fn document_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let files = output_files(dir, "documents")?;
    anyhow::ensure!(!files.is_empty(), "`{}` holds no documents.jsonl", dir.display());
    Ok(files)
}

/// Lines parsed and processed together, in parallel.
const BATCH_LINES: usize = 1024;

/// Candidate pairs checked together: at most twice as many shingle sets are
/// read into memory at once (a few KB each).
const PAIR_BATCH: usize = 4096;

/// The scratch file of the candidates' shingle sets, removed when dropped
/// (also when the linking fails).
struct Scratch {
    path: PathBuf,
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Maps every document of the folders' `documents.jsonl` with `map` (given
/// the document's index), in parallel batches, and gives the results to
/// `each` in document order.
fn map_docs<T: Send>(
    dirs: &[PathBuf],
    map: impl Fn(usize, LiteDoc) -> T + Sync,
    mut each: impl FnMut(T),
) -> anyhow::Result<()> {
    use rayon::prelude::*;
    let mut batch: Vec<(usize, String)> = Vec::with_capacity(BATCH_LINES);
    let mut flush = |batch: &mut Vec<(usize, String)>, path: &Path| -> anyhow::Result<()> {
        let mapped: Vec<anyhow::Result<T>> = batch
            .par_iter()
            .map(|(index, line)| {
                let doc: LiteDoc = serde_json::from_str(line)
                    .with_context(|| format!("`{}`: document {} is not a dossier record", path.display(), index + 1))?;
                Ok(map(*index, doc))
            })
            .collect();
        batch.clear();
        for item in mapped {
            each(item?);
        }
        Ok(())
    };
    let mut index = 0;
    for path in dirs.iter().map(|dir| document_files(dir)).collect::<anyhow::Result<Vec<_>>>()?.concat() {
        let file = std::fs::File::open(&path).with_context(|| format!("opening `{}`", path.display()))?;
        for line in BufReader::new(file).lines() {
            let line = line.with_context(|| format!("reading `{}`", path.display()))?;
            if line.trim().is_empty() {
                continue;
            }
            batch.push((index, line));
            index += 1;
            if batch.len() == BATCH_LINES {
                flush(&mut batch, &path)?;
            }
        }
        flush(&mut batch, &path)?;
    }
    Ok(())
}

/// What [`write_links`] found.
pub struct Linked {
    /// Rows of `links.csv`.
    pub n_links: usize,
    /// Every document's cluster id and whether it is the canonical copy.
    pub clusters: HashMap<String, (String, bool)>,
}

/// Links the documents of `dirs` and writes `links.csv` and `clusters.csv`
/// into `out`.
pub fn write_links(dirs: &[PathBuf], out: &Path) -> anyhow::Result<Linked> {
    use rayon::prelude::*;
    let mut docs: Vec<DocSignals> = Vec::new();
    map_docs(
        dirs,
        |_, d| {
            let title = d.fields.title.as_ref().map(|t| t.value.as_str());
            let date = d.date.as_ref().and_then(|d| d.iso.as_deref());
            links::signals(&d.id, &d.collection, d.record(), &d.body).with_title_and_date(title, date)
        },
        |s| docs.push(s),
    )?;
    let pairs = links::candidate_pairs(&docs);
    // Per document: whether it is in a candidate pair, then where its set lies
    // in the scratch file (offset, length): 16 bytes a document.
    let mut wanted = vec![false; docs.len()];
    for &(a, b) in &pairs {
        wanted[a as usize] = true;
        wanted[b as usize] = true;
    }
    std::fs::create_dir_all(out).with_context(|| format!("creating `{}`", out.display()))?;
    // The shingle sets of the candidate documents go to a scratch file; only
    // where each one lies stays in memory, and the pairs are checked in
    // batches that read just the sets they need. Memory is then the
    // signatures (about 0.4 KB a document) and one batch, however many
    // documents have copies.
    let scratch = Scratch { path: out.join(".links-shingles.partial") };
    let mut writer = std::io::BufWriter::new(
        std::fs::File::create(&scratch.path).with_context(|| format!("creating `{}`", scratch.path.display()))?,
    );
    let mut place: Vec<(u64, u32)> = vec![(0, 0); docs.len()];
    let mut at = 0u64;
    let mut write_error = None;
    map_docs(
        dirs,
        |index, d| wanted[index].then(|| (index, links::shingles(&d.body))),
        |found| {
            if let Some((index, set)) = found {
                let bytes: Vec<u8> = set.iter().flat_map(|v| v.to_le_bytes()).collect();
                if let Err(e) = writer.write_all(&bytes) {
                    write_error.get_or_insert(e);
                }
                place[index] = (at, u32::try_from(set.len()).unwrap_or(u32::MAX));
                at += bytes.len() as u64;
            }
        },
    )?;
    if let Some(e) = write_error {
        return Err(e).with_context(|| format!("writing `{}`", scratch.path.display()));
    }
    writer.flush().with_context(|| format!("writing `{}`", scratch.path.display()))?;
    drop(writer);
    let mut file =
        std::fs::File::open(&scratch.path).with_context(|| format!("reading `{}`", scratch.path.display()))?;
    let mut found: Vec<Link> = Vec::new();
    for batch in pairs.chunks(PAIR_BATCH) {
        let needed: std::collections::BTreeSet<u32> = batch.iter().flat_map(|&(a, b)| [a, b]).collect();
        let mut sets: HashMap<u32, Vec<u64>> = HashMap::with_capacity(needed.len());
        for index in needed {
            let (offset, len) = place[index as usize];
            let mut bytes = vec![0u8; len as usize * 8];
            file.seek(std::io::SeekFrom::Start(offset))
                .and_then(|_| file.read_exact(&mut bytes))
                .with_context(|| format!("reading `{}`", scratch.path.display()))?;
            let set = bytes.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes"))).collect();
            sets.insert(index, set);
        }
        found.extend(
            batch
                .par_iter()
                .filter_map(|&(a, b)| links::relate(&docs, a, b, &sets[&a], &sets[&b]))
                .collect::<Vec<Link>>(),
        );
    }
    drop(scratch);

    // Rows of links.csv: the relations found, and every byte-identical copy
    // the run rejected as `duplicate` (one document id, so `doc_a = doc_b`).
    // Each found link as the row it is written as, in the order of the rows.
    let row_of = |l: &Link| {
        [
            docs[l.a as usize].id.clone(),
            docs[l.b as usize].id.clone(),
            l.relation.as_str().to_owned(),
            format!("{:.3}", l.score),
            l.evidence_text(&docs),
        ]
    };
    // A pair has one link, so its two ids and relation order it as its row.
    let key = |l: &Link| (&docs[l.a as usize].id, &docs[l.b as usize].id, l.relation.as_str());
    found.sort_by(|x, y| key(x).cmp(&key(y)));
    // Every byte-identical copy the run rejected as `duplicate` (one document
    // id, so `doc_a = doc_b`), merged in row order with the links found; rows
    // are made as they are written, never all at once.
    let mut identical: Vec<[String; 5]> = Vec::new();
    for dir in dirs {
        identical.extend(identical_copies(dir)?);
    }
    identical.sort();
    let n_links = found.len() + identical.len();
    write_csv(out, "links.csv", |w| {
        w.write_record(LINK_COLUMNS)?;
        let mut same = identical.iter().peekable();
        for link in &found {
            let row = row_of(link);
            while let Some(copy) = same.next_if(|copy| **copy < row) {
                w.write_record(copy)?;
            }
            w.write_record(&row)?;
        }
        for copy in same {
            w.write_record(copy)?;
        }
        Ok(())
    })?;

    let clusters = links::clusters(&docs, &found);
    let mut size: BTreeMap<usize, usize> = BTreeMap::new();
    for (root, _) in &clusters {
        *size.entry(*root).or_default() += 1;
    }
    let mut rows: Vec<(&str, &str, bool, usize)> = clusters
        .iter()
        .enumerate()
        .map(|(i, &(root, canonical))| (docs[i].id.as_str(), docs[root].id.as_str(), canonical, size[&root]))
        .collect();
    rows.sort_unstable();
    write_csv(out, "clusters.csv", |w| {
        w.write_record(CLUSTER_COLUMNS)?;
        for (id, cluster, canonical, n) in &rows {
            w.write_record([*id, *cluster, if *canonical { "true" } else { "false" }, &n.to_string()])?;
        }
        Ok(())
    })?;
    let clusters = rows
        .iter()
        .map(|(id, cluster, canonical, _)| ((*id).to_owned(), ((*cluster).to_owned(), *canonical)))
        .collect();
    Ok(Linked { n_links, clusters })
}

/// Relation of a byte-identical copy (a `duplicate` reject) to the document
/// first read with the same content.
pub const IDENTICAL: &str = "identical";

/// The detail of a `duplicate` reject; [`duplicate_of`] reads the id back.
pub fn duplicate_detail(id: &str, first_path: &str) -> String {
    format!("document `{id}` has the same content as one already read from `{first_path}`")
}

/// The document id and the first file named in a `duplicate` reject's detail.
fn duplicate_of(detail: &str) -> Option<(&str, &str)> {
    let rest = detail.strip_prefix("document `")?;
    let (id, rest) = rest.split_once('`')?;
    let first = rest.strip_prefix(" has the same content as one already read from `")?.strip_suffix('`')?;
    Some((id, first))
}

/// The `identical` rows of the `duplicate` rejects of a dataset folder
/// (`rejects.jsonl`, or the parts' `rejects.part-….jsonl`).
fn identical_copies(dir: &Path) -> anyhow::Result<Vec<[String; 5]>> {
    #[derive(Deserialize)]
    struct LiteReject {
        path: String,
        reason: String,
        detail: String,
    }
    let mut rows = Vec::new();
    for path in output_files(dir, "rejects")? {
        let file = std::fs::File::open(&path).with_context(|| format!("opening `{}`", path.display()))?;
        for (n, line) in BufReader::new(file).lines().enumerate() {
            let line = line.with_context(|| format!("reading `{}`", path.display()))?;
            if !line.contains("\"duplicate\"") {
                continue;
            }
            let reject: LiteReject = serde_json::from_str(&line)
                .with_context(|| format!("`{}` line {}: not a dossier reject", path.display(), n + 1))?;
            if reject.reason != "duplicate" {
                continue;
            }
            let Some((id, first)) = duplicate_of(&reject.detail) else { continue };
            let evidence = format!("`{}` has the same bytes as `{first}`", reject.path);
            rows.push([id.to_owned(), id.to_owned(), IDENTICAL.to_owned(), "1.000".to_owned(), evidence]);
        }
    }
    Ok(rows)
}

/// Writes `out/name` as the other tables are: into `out/.name.partial` first,
/// renamed into place when complete.
fn write_csv(
    out: &Path,
    name: &str,
    fill: impl FnOnce(&mut csv::Writer<std::fs::File>) -> csv::Result<()>,
) -> anyhow::Result<()> {
    let partial = out.join(format!(".{name}.partial"));
    let mut w = csv::Writer::from_path(&partial).with_context(|| format!("writing `{}`", partial.display()))?;
    fill(&mut w).with_context(|| format!("writing `{}`", partial.display()))?;
    w.flush().with_context(|| format!("writing `{}`", partial.display()))?;
    drop(w);
    std::fs::rename(&partial, out.join(name)).with_context(|| format!("renaming `{}`", partial.display()))?;
    Ok(())
}

/// Column names of `links.csv`.
pub const LINK_COLUMNS: [&str; 5] = ["doc_a", "doc_b", "relation", "score", "evidence"];
/// Column names of `clusters.csv`.
pub const CLUSTER_COLUMNS: [&str; 4] = ["doc_id", "cluster_id", "is_canonical", "n_copies"];

/// `dossier links`.
pub fn links(args: &LinksArgs) -> anyhow::Result<std::process::ExitCode> {
    let out = match (&args.out, args.dirs.as_slice()) {
        (Some(out), _) => out.clone(),
        (None, [one]) => one.clone(),
        (None, _) => anyhow::bail!("several folders need `--out DIR` for links.csv and clusters.csv"),
    };
    let n = write_links(&args.dirs, &out)?.n_links;
    eprintln!("dossier: {n} links → {}", out.join("links.csv").display());
    Ok(std::process::ExitCode::SUCCESS)
}
