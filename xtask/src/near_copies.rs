//! `cargo xtask near-copies [--out DIR] [--seed S]`: how well `dossier run`
//! links copies of one record, measured on planted copies.
//!
//! The bases are the real record pages of `corpus/wilson-dev/` (their second
//! stored copies, `__v2`, left out so that no two bases are one record). Each
//! base gets [`KINDS`] copies, each a page of its own with the record id and URL
//! made unique (so no copy is linked by its record alone), changed the ways
//! copies of one record differ between hosts and exports:
//!
//! * `reflow`: the body's lines broken again at another width;
//! * `furniture`: other page furniture around the body (lines a mirror adds
//!   before and after it);
//! * `cut10`, `cut25`: a tenth or a quarter of the body's paragraphs left out
//!   (never the first);
//! * `ocr1`, `ocr3`, `ocr6`: OCR-like character noise in 1, 3 or 6% of the words
//!   (`rn`→`m`, `l`→`1`, `e`→`c`, a letter dropped …);
//! * `mixed`: reflowed, a tenth of the paragraphs cut and 2% noise.
//!
//! The pages go through the release `dossier run` exactly as a user's would.
//! The truth is measured, not assumed: for every pair of documents of one base
//! the Jaccard similarity of the bodies' shingles is computed exactly (all
//! pairs, with the shingles `dossier` itself uses). Recall is the share of the
//! pairs at Jaccard ≥ 0.8 that `links.csv` links directly, and the share that
//! `clusters.csv` puts in one group; precision is the share of the links whose
//! two documents come from one base.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, bail};
use dossier_enrich::links::{NEAR_DUPLICATE, jaccard, shingles};
use serde_json::{Value, json};

use crate::corpus::{Rng, page_template};
use crate::workspace_root;

/// The kinds of copy made of every base, in order.
pub const KINDS: [&str; 8] = ["reflow", "furniture", "cut10", "cut25", "ocr1", "ocr3", "ocr6", "mixed"];

/// Lines a mirror adds around a record's body.
const FURNITURE_BEFORE: &str = "Skip to main content\nDigital Archive\nInternational History Declassified\n";
const FURNITURE_AFTER: &str = "\nRelated Documents\nDownload PDF\nShare this document\n";

/// Character confusions of OCR: (what is read, what it is read as).
const CONFUSIONS: [(&str, &str); 10] = [
    ("rn", "m"),
    ("m", "rn"),
    ("l", "1"),
    ("e", "c"),
    ("o", "0"),
    ("i", "l"),
    ("a", "o"),
    ("h", "b"),
    ("n", "u"),
    ("t", "f"),
];

pub fn near_copies(args: &[String]) -> anyhow::Result<ExitCode> {
    let root = workspace_root();
    let mut out = root.join("target/near-copies");
    let mut seed = 1;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut value = || iter.next().with_context(|| format!("`{arg}` needs a value"));
        match arg.as_str() {
            "--out" => out = PathBuf::from(value()?),
            "--seed" => seed = value()?.parse().context("`--seed` takes an unsigned integer")?,
            other => bail!("near-copies: unknown argument `{other}` (expected --out DIR, --seed S)"),
        }
    }
    let pages = out.join("pages");
    if out.exists() {
        std::fs::remove_dir_all(&out).with_context(|| format!("clearing `{}`", out.display()))?;
    }
    std::fs::create_dir_all(&pages).with_context(|| format!("creating `{}`", pages.display()))?;
    let n_bases = write_pages(&root, &pages, seed)?;
    eprintln!("xtask: {n_bases} bases, {} copies each → {}", KINDS.len(), pages.display());

    let dossier = crate::bench::build_release(&root, &crate::target_dir(&root))?;
    let run = out.join("run");
    let status = Command::new(&dossier)
        .args(["run", "--quiet", "--threads", "2"])
        .arg(&pages)
        .arg("--out")
        .arg(&run)
        .status()
        .context("running dossier run")?;
    if !status.success() {
        bail!("dossier run over `{}` failed", pages.display());
    }
    let score = score(&run)?;
    print!("{}", score.table());
    let path = out.join("near-copies.json");
    std::fs::write(&path, serde_json::to_string_pretty(&score.to_json())? + "\n")
        .with_context(|| format!("writing `{}`", path.display()))?;
    eprintln!("xtask: wrote {}", path.display());
    Ok(ExitCode::SUCCESS)
}

/// Writes every base and its copies into `pages`; returns the number of bases.
fn write_pages(root: &Path, pages: &Path, seed: u64) -> anyhow::Result<usize> {
    let dev = root.join("corpus/wilson-dev");
    let mut files = Vec::new();
    for folder in std::fs::read_dir(&dev).with_context(|| format!("reading `{}`", dev.display()))? {
        let docs = folder?.path().join("docs");
        if !docs.is_dir() {
            continue;
        }
        for entry in std::fs::read_dir(&docs)? {
            let path = entry?.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_owned();
            if name.ends_with(".txt") && !name.contains("__v2") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut n_bases = 0;
    for (base_idx, path) in files.iter().enumerate() {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading `{}`", path.display()))?;
        let Some(page) = page_template(path, text) else { continue };
        let stem = path.file_stem().and_then(|s| s.to_str()).context("a page's name")?;
        std::fs::write(pages.join(format!("{stem}.txt")), &page.text)?;
        for (kind_idx, kind) in KINDS.iter().enumerate() {
            let copy_idx = base_idx * KINDS.len() + kind_idx;
            let mut rng = Rng::for_doc(seed, copy_idx as u64);
            let body = &page.text[page.body.0..page.body.1];
            let new_body = transform(&mut rng, kind, body, page.separator);
            let mut edits: Vec<(usize, usize, String)> = page
                .id_spans
                .iter()
                .map(|&(start, end)| {
                    let old = &page.text[start..end];
                    let new = if old.chars().all(|c| c.is_ascii_digit()) {
                        format!("{}", 80_000_000 + copy_idx)
                    } else {
                        format!("{old}-copy{copy_idx}")
                    };
                    (start, end, new)
                })
                .collect();
            edits.push((page.body.0, page.body.1, new_body));
            edits.sort_by_key(|&(start, end, _)| (start, end));
            let mut copy = String::with_capacity(page.text.len() + 200);
            let mut pos = 0;
            for (start, end, replacement) in edits {
                if start < pos {
                    continue;
                }
                copy.push_str(&page.text[pos..start]);
                copy.push_str(&replacement);
                pos = end;
            }
            copy.push_str(&page.text[pos..]);
            std::fs::write(pages.join(format!("{stem}--{kind}.txt")), copy)?;
        }
        n_bases += 1;
    }
    Ok(n_bases)
}

/// The body of a copy of kind `kind`.
fn transform(rng: &mut Rng, kind: &str, body: &str, separator: &str) -> String {
    match kind {
        "reflow" => reflow(rng, body),
        "furniture" => format!("{FURNITURE_BEFORE}{body}{FURNITURE_AFTER}"),
        "cut10" => cut(rng, body, separator, 0.10),
        "cut25" => cut(rng, body, separator, 0.25),
        "ocr1" => noise(rng, body, 0.01),
        "ocr3" => noise(rng, body, 0.03),
        "ocr6" => noise(rng, body, 0.06),
        "mixed" => {
            let cut_body = cut(rng, body, separator, 0.10);
            let noisy = noise(rng, &cut_body, 0.02);
            reflow(rng, &noisy)
        }
        other => unreachable!("no copy kind `{other}`"),
    }
}

/// Every paragraph's lines broken again at a width of 50 to 90 characters.
fn reflow(rng: &mut Rng, body: &str) -> String {
    let width = 50 + rng.below(41);
    let mut out = String::with_capacity(body.len() + body.len() / width);
    for (i, paragraph) in body.split("\n\n").enumerate() {
        if i > 0 {
            out.push_str("\n\n");
        }
        let mut line_len = 0;
        for (j, word) in paragraph.split_whitespace().enumerate() {
            if j > 0 {
                if line_len + 1 + word.len() > width {
                    out.push('\n');
                    line_len = 0;
                } else {
                    out.push(' ');
                    line_len += 1;
                }
            }
            out.push_str(word);
            line_len += word.len();
        }
    }
    out
}

/// `share` of the paragraphs (at least one, never the first) left out.
fn cut(rng: &mut Rng, body: &str, separator: &str, share: f64) -> String {
    let paragraphs: Vec<&str> = body.split(separator).collect();
    if paragraphs.len() < 3 {
        // Too few paragraphs: cut the same share of the words from the end.
        let words: Vec<&str> = body.split(' ').collect();
        let keep = words.len() - ((words.len() as f64 * share).round() as usize).min(words.len().saturating_sub(1));
        return words[..keep].join(" ");
    }
    let n_cut = ((paragraphs.len() as f64 * share).round() as usize).clamp(1, paragraphs.len() - 1);
    let mut candidates: Vec<usize> = (1..paragraphs.len()).collect();
    rng.shuffle(&mut candidates);
    let dropped: HashSet<usize> = candidates.into_iter().take(n_cut).collect();
    paragraphs
        .iter()
        .enumerate()
        .filter(|(i, _)| !dropped.contains(i))
        .map(|(_, p)| *p)
        .collect::<Vec<_>>()
        .join(separator)
}

/// One OCR confusion in each word with probability `rate`.
fn noise(rng: &mut Rng, body: &str, rate: f64) -> String {
    let mut out = String::with_capacity(body.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String, rng: &mut Rng| {
        if !word.is_empty() && rng.unit() < rate {
            let start = rng.below(CONFUSIONS.len());
            let confused = (0..CONFUSIONS.len())
                .map(|i| CONFUSIONS[(start + i) % CONFUSIONS.len()])
                .find(|(from, _)| word.contains(from))
                .map(|(from, to)| word.replacen(from, to, 1));
            // A word none of the confusions fits loses its last letter.
            let changed = confused.unwrap_or_else(|| {
                let mut w = word.clone();
                w.pop();
                w
            });
            out.push_str(&changed);
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in body.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out, rng);
            out.push(c);
        }
    }
    flush(&mut word, &mut out, rng);
    out
}

/// The base a page file belongs to, and its copy kind (`base` for the base).
fn base_of(path: &str) -> (String, String) {
    let name = path.rsplit('/').next().unwrap_or(path).trim_end_matches(".txt");
    match name.rsplit_once("--") {
        Some((base, kind)) if KINDS.contains(&kind) => (base.to_owned(), kind.to_owned()),
        _ => (name.to_owned(), "base".to_owned()),
    }
}

#[derive(Default)]
struct Score {
    n_docs: usize,
    /// Pairs of one base at Jaccard ≥ 0.8: all, linked directly, in one cluster.
    truth: usize,
    direct: usize,
    clustered: usize,
    /// Per copy kind (against its base): pairs at ≥ 0.8, found; and the kind's pairs below 0.8.
    by_kind: BTreeMap<String, (usize, usize, usize)>,
    /// Links listed, and those between documents of two bases.
    n_links: usize,
    false_links: Vec<String>,
    /// Pairs at ≥ 0.8 not found (`doc_a doc_b jaccard`).
    missed: Vec<String>,
}

impl Score {
    fn ratio(a: usize, b: usize) -> f64 {
        if b == 0 { 1.0 } else { a as f64 / b as f64 }
    }

    fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "\nPlanted copies ({} documents; pairs of one base at Jaccard ≥ {NEAR_DUPLICATE}):\n",
            self.n_docs
        );
        let _ = writeln!(out, "| measure | value |\n|---|---|");
        let _ = writeln!(
            out,
            "| recall, linked directly | {:.4} ({}/{}) |",
            Self::ratio(self.direct, self.truth),
            self.direct,
            self.truth
        );
        let _ = writeln!(
            out,
            "| recall, in one cluster | {:.4} ({}/{}) |",
            Self::ratio(self.clustered, self.truth),
            self.clustered,
            self.truth
        );
        let n_true = self.n_links - self.false_links.len();
        let _ = writeln!(
            out,
            "| precision of links.csv | {:.4} ({n_true}/{}) |",
            Self::ratio(n_true, self.n_links),
            self.n_links
        );
        let _ = writeln!(
            out,
            "\n| copy kind | copies at ≥ {NEAR_DUPLICATE} of their base | found | copies below |\n|---|---|---|---|"
        );
        for (kind, (at, found, below)) in &self.by_kind {
            let _ = writeln!(out, "| {kind} | {at} | {found} | {below} |");
        }
        for line in self.missed.iter().take(20) {
            let _ = writeln!(out, "missed: {line}");
        }
        for line in self.false_links.iter().take(20) {
            let _ = writeln!(out, "false link: {line}");
        }
        out
    }

    fn to_json(&self) -> Value {
        json!({
            "documents": self.n_docs,
            "pairs_at_threshold": self.truth,
            "recall_direct": Self::ratio(self.direct, self.truth),
            "recall_cluster": Self::ratio(self.clustered, self.truth),
            "links": self.n_links,
            "precision": Self::ratio(self.n_links - self.false_links.len(), self.n_links),
            "missed": self.missed,
            "false_links": self.false_links,
        })
    }
}

/// Scores the run folder against the bases.
fn score(run: &Path) -> anyhow::Result<Score> {
    let mut score = Score::default();
    // (id, base, kind, shingles) of every document.
    let mut docs: Vec<(String, String, String, Vec<u64>)> = Vec::new();
    let jsonl = run.join("documents.jsonl");
    let text = std::fs::read_to_string(&jsonl).with_context(|| format!("reading `{}`", jsonl.display()))?;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let doc: Value = serde_json::from_str(line)?;
        let id = doc["id"].as_str().context("a document id")?.to_owned();
        let path = doc["source"]["path"].as_str().context("a source path")?;
        let (base, kind) = base_of(path);
        docs.push((id, base, kind, shingles(doc["body"].as_str().unwrap_or(""))));
    }
    score.n_docs = docs.len();
    let base_of_id: HashMap<&str, &str> = docs.iter().map(|(id, base, ..)| (id.as_str(), base.as_str())).collect();

    let mut linked: HashSet<(String, String)> = HashSet::new();
    let mut links = csv::Reader::from_path(run.join("links.csv")).context("reading links.csv")?;
    for row in links.records() {
        let row = row?;
        let (a, b) = (row[0].to_owned(), row[1].to_owned());
        score.n_links += 1;
        if base_of_id.get(a.as_str()) != base_of_id.get(b.as_str()) {
            score.false_links.push(format!("{a} {b} {} {}", &row[2], &row[4]));
        }
        linked.insert(if a < b { (a, b) } else { (b, a) });
    }
    let mut cluster: HashMap<String, String> = HashMap::new();
    let mut clusters = csv::Reader::from_path(run.join("clusters.csv")).context("reading clusters.csv")?;
    for row in clusters.records() {
        let row = row?;
        cluster.insert(row[0].to_owned(), row[1].to_owned());
    }

    let mut by_base: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, (_, base, ..)) in docs.iter().enumerate() {
        by_base.entry(base.as_str()).or_default().push(i);
    }
    for members in by_base.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let (a, b) = (&docs[i], &docs[j]);
                let similarity = jaccard(&a.3, &b.3);
                let pair = if a.0 < b.0 { (a.0.clone(), b.0.clone()) } else { (b.0.clone(), a.0.clone()) };
                let found_direct = linked.contains(&pair);
                let found_cluster = cluster.get(&a.0).is_some_and(|c| cluster.get(&b.0) == Some(c));
                let with_base = [&a.2, &b.2].iter().any(|k| k.as_str() == "base");
                if with_base {
                    let kind = if a.2 == "base" { &b.2 } else { &a.2 };
                    let entry = score.by_kind.entry(kind.clone()).or_default();
                    if similarity >= NEAR_DUPLICATE {
                        entry.0 += 1;
                        entry.1 += usize::from(found_direct);
                    } else {
                        entry.2 += 1;
                    }
                }
                if similarity >= NEAR_DUPLICATE {
                    score.truth += 1;
                    score.direct += usize::from(found_direct);
                    score.clustered += usize::from(found_cluster);
                    if !found_cluster {
                        score.missed.push(format!("{} {} {similarity:.3}", a.0, b.0));
                    }
                }
            }
        }
    }
    Ok(score)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_keep_or_lose_what_they_should() {
        let body = "First paragraph of the record here.\n\nSecond one with more words in it.\n\nThird, the last one.";
        let mut rng = Rng::for_doc(1, 0);
        assert_eq!(shingles(&reflow(&mut rng, body)), shingles(body), "reflowing changes no word");
        let cut_body = cut(&mut rng, body, "\n\n", 0.25);
        assert!(cut_body.starts_with("First paragraph"), "the first paragraph stays: {cut_body}");
        assert_eq!(cut_body.matches("\n\n").count(), 1, "one of three paragraphs cut: {cut_body}");
        let noisy = noise(&mut rng, body, 1.0);
        assert_ne!(noisy, body);
        assert_eq!(
            noisy.split_whitespace().count(),
            body.split_whitespace().count(),
            "noise changes letters, not words"
        );
    }

    #[test]
    fn copy_names_give_their_base() {
        assert_eq!(base_of("pages/da__document-115383--ocr3.txt"), ("da__document-115383".into(), "ocr3".into()));
        assert_eq!(base_of("pages/da__document-115383.txt"), ("da__document-115383".into(), "base".into()));
        assert_eq!(jaccard(&[1, 2, 3], &[2, 3, 4]), 0.5);
    }
}
