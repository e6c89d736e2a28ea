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
use std::io::{BufRead, BufReader};
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
    body: String,
}

#[derive(Deserialize, Default)]
struct LiteFields {
    record_id: Option<LiteValue>,
    url: Option<LiteValue>,
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

/// The documents files of a dataset folder: `documents.jsonl`, or the part
/// files a `--shard` run wrote (`documents.part-0000-of-0004.jsonl` …), in
/// name order.
fn document_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let whole = dir.join("documents.jsonl");
    if whole.exists() {
        return Ok(vec![whole]);
    }
    let mut parts: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading `{}`", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("documents.part-") && n.ends_with(".jsonl"))
        })
        .collect();
    parts.sort();
    anyhow::ensure!(!parts.is_empty(), "`{}` holds no documents.jsonl", dir.display());
    Ok(parts)
}

/// Lines parsed and processed together, in parallel.
const BATCH_LINES: usize = 1024;

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
    map_docs(dirs, |_, d| links::signals(&d.id, &d.collection, d.record(), &d.body), |s| docs.push(s))?;
    let pairs = links::candidate_pairs(&docs);
    let wanted: std::collections::HashSet<usize> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
    let mut sets: HashMap<usize, Vec<u64>> = HashMap::with_capacity(wanted.len());
    map_docs(
        dirs,
        |index, d| wanted.contains(&index).then(|| (index, links::shingles(&d.body))),
        |found| {
            if let Some((index, set)) = found {
                sets.insert(index, set);
            }
        },
    )?;
    let mut found: Vec<Link> =
        pairs.par_iter().filter_map(|&(a, b)| links::relate(&docs, a, b, &sets[&a], &sets[&b])).collect();
    found.sort_by(|x, y| (&docs[x.a].id, &docs[x.b].id).cmp(&(&docs[y.a].id, &docs[y.b].id)));

    // Rows of links.csv: the relations found, and every byte-identical copy
    // the run rejected as `duplicate` (one document id, so `doc_a = doc_b`).
    let mut links_rows: Vec<[String; 5]> = found
        .iter()
        .map(|l| {
            [
                docs[l.a].id.clone(),
                docs[l.b].id.clone(),
                l.relation.as_str().to_owned(),
                format!("{:.3}", l.score),
                l.evidence.clone(),
            ]
        })
        .collect();
    for dir in dirs {
        links_rows.extend(identical_copies(dir)?);
    }
    links_rows.sort();

    std::fs::create_dir_all(out).with_context(|| format!("creating `{}`", out.display()))?;
    write_csv(out, "links.csv", |w| {
        w.write_record(LINK_COLUMNS)?;
        for row in &links_rows {
            w.write_record(row)?;
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
    Ok(Linked { n_links: links_rows.len(), clusters })
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
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading `{}`", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n == "rejects.jsonl" || (n.starts_with("rejects.part-") && n.ends_with(".jsonl")))
        })
        .collect();
    files.sort();
    let mut rows = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading `{}`", path.display()))?;
        for (n, line) in text.lines().enumerate().filter(|(_, l)| l.contains("\"duplicate\"")) {
            let reject: LiteReject = serde_json::from_str(line)
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
