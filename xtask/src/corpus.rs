//! `cargo xtask corpus --docs N --out DIR [--seed S]`: a deterministic synthetic corpus
//! for throughput and scale measurements, recombined from the bundled real records.
//!
//! Every record is a real record of the bundled corpus with only its variable regions
//! rewritten, so each parser sees the layouts it sees in production:
//!
//! * **Wilson pages** (one file each): `dossier_parse::parse` finds the body and the date
//!   line of a page from `corpus/wilson/`; only those regions, the date inside the
//!   citation, and the record's URL/id are rewritten. Everything else (page furniture,
//!   labels, rights statement) stays byte for byte.
//! * **JSONL** (1,000 records a file): records of `corpus/wilson-bulk/` with a new
//!   `record_id`, `document_url`, `original_publication_date` and `text_body`.
//! * **FRUS TEI volumes** (300 documents each): the `<div type="document">` elements of
//!   `corpus/frus/`, renumbered (`xml:id`, `@n`, footnote ids) and wrapped in a
//!   `<TEI xml:id="synthetic-vN">` root with a minimal `teiHeader` and the real List of
//!   Persons from `corpus/frus-parts/`, so person ids resolve as in a real volume.
//!
//! Variation per record: the year is shifted by a multiple of four (leap days stay
//! valid) in the date line, the body and FRUS `@when` alike; Wilson date lines also get a
//! new day; single-word person and place names are swapped, consistently within the
//! record, for others from pools read from the corpus (FRUS `persName`/`placeName`, the
//! bulk export's `associated_places` and `associated_people_orgs`); paragraphs are
//! shuffled (the first stays first) and the body is cut or filled with paragraphs of other
//! records of the same kind to a target size: 5% between 0.5 and 2 KB, 92% between 2 and
//! 3 KB (the seed records' size), 3% log-uniform between 3 and 200 KB. Every record
//! carries a unique id (record id, URL, `xml:id` in a uniquely named volume), so no two
//! records are identical.
//!
//! The mix is 30% Wilson pages, 40% JSONL records, 30% FRUS documents, which keeps the
//! file count sane at a million documents: 300,000 pages in folders of 1,000, 400 JSONL
//! files and 1,000 volumes. Record `doc_idx` is generated from its own PRNG stream
//! (splitmix64 seeded with the seed and `doc_idx`), so the output does not depend on the
//! thread count. `corpus.json`, written last, records the generator version, seed and
//! counts; `cargo xtask bench` regenerates a cached corpus when it is missing or stale.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use anyhow::{Context, bail};
use dossier_model::{Evidence, Layout, MarkupKind, RawInput, TextField};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::workspace_root;

/// Bumped whenever the output for a given `(n_docs, seed)` changes; cached corpora
/// with another version are regenerated.
pub const GENERATOR_VERSION: u32 = 1;

/// Share of Wilson pages, in percent of all documents.
const WILSON_PERCENT: u64 = 30;
/// Share of JSONL records, in percent of all documents (FRUS gets the rest).
const JSONL_PERCENT: u64 = 40;
/// Wilson pages per folder, so no folder holds more than this many files.
const PAGES_PER_FOLDER: u64 = 1_000;
/// Records per JSONL file.
const RECORDS_PER_JSONL: u64 = 1_000;
/// Documents per FRUS volume.
const DOCS_PER_VOLUME: u64 = 300;
/// The default seed.
pub const DEFAULT_SEED: u64 = 1;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spec {
    /// Number of documents.
    pub n_docs: u64,
    /// PRNG seed.
    pub seed: u64,
}

/// What was generated; written to `corpus.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// [`GENERATOR_VERSION`] at generation time.
    pub generator_version: u32,
    /// Number of documents and seed.
    pub spec: Spec,
    /// Wilson pages (one file each).
    pub n_wilson_pages: u64,
    /// JSONL records.
    pub n_jsonl_records: u64,
    /// FRUS documents.
    pub n_frus_documents: u64,
    /// Files written (excluding `corpus.json`).
    pub n_files: u64,
    /// Bytes in those files.
    pub n_bytes: u64,
}

/// `cargo xtask corpus --docs N --out DIR [--seed S]`.
pub fn corpus(args: &[String]) -> anyhow::Result<ExitCode> {
    let mut n_docs = None;
    let mut out = None;
    let mut seed = DEFAULT_SEED;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("`{arg}` needs a value"));
        match arg.as_str() {
            "--docs" => n_docs = Some(parse_count(value()?)?),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--seed" => seed = value()?.parse().context("`--seed` takes an unsigned integer")?,
            other => bail!("unknown argument `{other}` (usage: corpus --docs N --out DIR [--seed S])"),
        }
    }
    let (Some(n_docs), Some(out)) = (n_docs, out) else {
        bail!("usage: cargo xtask corpus --docs N --out DIR [--seed S]");
    };
    let started = Instant::now();
    let summary = generate(&workspace_root(), &out, Spec { n_docs, seed })?;
    eprintln!(
        "corpus: {} documents ({} Wilson pages, {} JSONL records, {} FRUS documents) in {} files, {:.1} MB → {} ({:.1}s)",
        summary.spec.n_docs,
        summary.n_wilson_pages,
        summary.n_jsonl_records,
        summary.n_frus_documents,
        summary.n_files,
        summary.n_bytes as f64 / 1e6,
        out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// Reads `10000`, `10_000` or `10k`/`1m`.
pub fn parse_count(text: &str) -> anyhow::Result<u64> {
    let clean = text.replace('_', "").to_ascii_lowercase();
    let (digits, factor) = match clean.strip_suffix('k') {
        Some(digits) => (digits, 1_000),
        None => match clean.strip_suffix('m') {
            Some(digits) => (digits, 1_000_000),
            None => (clean.as_str(), 1),
        },
    };
    let n: u64 = digits.parse().with_context(|| format!("`{text}` is not a count"))?;
    Ok(n * factor)
}

/// The summary of the corpus in `dir`, if it is complete (its `corpus.json` is written last).
pub fn read_summary(dir: &Path) -> Option<Summary> {
    let text = fs::read_to_string(dir.join("corpus.json")).ok()?;
    serde_json::from_str(&text).ok()
}

/// Generates the corpus for `spec` into `out` (created; existing generated files are replaced).
pub fn generate(root: &Path, out: &Path, spec: Spec) -> anyhow::Result<Summary> {
    let sources = Sources::load(root)?;
    let plan = Plan::new(spec.n_docs);
    let _ = fs::remove_file(out.join("corpus.json"));
    for folder in ["wilson", "jsonl", "frus"] {
        let path = out.join(folder);
        if path.exists() {
            fs::remove_dir_all(&path).with_context(|| format!("removing `{}`", path.display()))?;
        }
    }
    fs::create_dir_all(out).with_context(|| format!("creating `{}`", out.display()))?;

    let units = plan.units();
    let next = AtomicUsize::new(0);
    let n_threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(units.len().max(1));
    let totals = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..n_threads)
            .map(|_| {
                scope.spawn(|| -> anyhow::Result<Written> {
                    let mut written = Written::default();
                    loop {
                        let unit_idx = next.fetch_add(1, Ordering::Relaxed);
                        let Some(unit) = units.get(unit_idx) else { break };
                        let (files, bytes) = write_unit(&sources, spec.seed, unit, out, &mut written.page_hashes)?;
                        written.n_files += files;
                        written.n_bytes += bytes;
                    }
                    Ok(written)
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().expect("generator thread panicked")).collect::<Vec<_>>()
    });
    let (mut n_files, mut n_bytes, mut hashes) = (0, 0, Vec::new());
    for total in totals {
        let written = total?;
        n_files += written.n_files;
        n_bytes += written.n_bytes;
        hashes.extend(written.page_hashes);
    }
    let n_bytes = n_bytes.saturating_add_signed(replace_identical_pages(&sources, spec.seed, out, hashes)?);
    let summary = Summary {
        generator_version: GENERATOR_VERSION,
        spec,
        n_wilson_pages: plan.n_wilson,
        n_jsonl_records: plan.n_jsonl,
        n_frus_documents: plan.n_frus,
        n_files,
        n_bytes,
    };
    let manifest = out.join("corpus.json");
    fs::write(&manifest, serde_json::to_string_pretty(&summary)? + "\n")
        .with_context(|| format!("writing `{}`", manifest.display()))?;
    Ok(summary)
}

/// What one generator thread wrote.
#[derive(Debug, Default)]
struct Written {
    n_files: u64,
    n_bytes: u64,
    /// `(content hash, doc_idx)` of every Wilson page.
    page_hashes: Vec<(u64, u64)>,
}

// ---------------------------------------------------------------------------------------
// PRNG

/// splitmix64 (Steele, Lea, Flood 2014): tiny, fast, and good enough to pick records.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for record `doc_idx` of a corpus seeded with `seed`.
    pub fn for_doc(seed: u64, doc_idx: u64) -> Self {
        let mut rng = Rng(seed ^ 0x5851_f42d_4c95_7f2d);
        rng.0 ^= rng.next_u64().wrapping_add(doc_idx.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        rng
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// The target size in bytes of one record: 5% in 0.5–2 KB, 92% in 2–3 KB, 3% log-uniform
/// in 3–200 KB.
fn target_size(rng: &mut Rng) -> usize {
    let r = rng.unit();
    if r < 0.05 {
        500 + rng.below(1_500)
    } else if r < 0.97 {
        2_000 + rng.below(1_000)
    } else {
        (3_000f64 * (200_000f64 / 3_000f64).powf(rng.unit())) as usize
    }
}

// ---------------------------------------------------------------------------------------
// Plan: which document goes into which file

/// How the documents are split between formats and files.
#[derive(Debug, Clone, Copy)]
struct Plan {
    n_wilson: u64,
    n_jsonl: u64,
    n_frus: u64,
}

/// One file (or one folder of Wilson pages), written by one worker.
#[derive(Debug, Clone, Copy)]
enum Unit {
    /// Pages `first..first + n` into folder `folder_idx`.
    WilsonFolder { folder_idx: u64, first: u64, n: u64 },
    /// Records `first..first + n` into JSONL file `file_idx`.
    Jsonl { file_idx: u64, first: u64, n: u64 },
    /// Documents `first..first + n` into volume `volume_idx`.
    Volume { volume_idx: u64, first: u64, n: u64 },
}

impl Plan {
    fn new(n_docs: u64) -> Self {
        let n_wilson = n_docs * WILSON_PERCENT / 100;
        let n_jsonl = n_docs * JSONL_PERCENT / 100;
        Plan { n_wilson, n_jsonl, n_frus: n_docs - n_wilson - n_jsonl }
    }

    /// The units, largest first within each format so the workers finish together.
    fn units(&self) -> Vec<Unit> {
        let mut units = Vec::new();
        let chunks = |start: u64, count: u64, size: u64| {
            (0..count.div_ceil(size)).map(move |idx| (idx, start + idx * size, size.min(count - idx * size)))
        };
        for (idx, first, n) in chunks(self.n_wilson + self.n_jsonl, self.n_frus, DOCS_PER_VOLUME) {
            units.push(Unit::Volume { volume_idx: idx, first, n });
        }
        for (idx, first, n) in chunks(self.n_wilson, self.n_jsonl, RECORDS_PER_JSONL) {
            units.push(Unit::Jsonl { file_idx: idx, first, n });
        }
        for (idx, first, n) in chunks(0, self.n_wilson, PAGES_PER_FOLDER) {
            units.push(Unit::WilsonFolder { folder_idx: idx, first, n });
        }
        units
    }
}

/// The path of Wilson page `doc_idx`.
fn page_path(out: &Path, doc_idx: u64) -> PathBuf {
    out.join("wilson").join(format!("{:04}", doc_idx / PAGES_PER_FOLDER)).join(format!("page-{doc_idx:08}.txt"))
}

/// A 64-bit hash of a page, to find identical pages (only compared within one run).
fn content_hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// Some page layouts carry no record id to make unique, so two pages could come out
/// identical (and `dossier` would reject the second as a duplicate). Every page but the
/// first of a group of identical ones is generated again from the next PRNG stream until
/// it is unique. The outcome depends only on the pages' contents, not on thread timing.
/// Returns the change in bytes written.
fn replace_identical_pages(
    sources: &Sources,
    seed: u64,
    out: &Path,
    mut hashes: Vec<(u64, u64)>,
) -> anyhow::Result<i64> {
    hashes.sort_unstable();
    let mut seen: HashSet<u64> = HashSet::with_capacity(hashes.len());
    let mut again = Vec::new();
    for &(hash, doc_idx) in &hashes {
        if !seen.insert(hash) {
            again.push(doc_idx);
        }
    }
    again.sort_unstable();
    let mut delta: i64 = 0;
    for doc_idx in again {
        let path = page_path(out, doc_idx);
        let old_len = fs::metadata(&path).with_context(|| format!("reading `{}`", path.display()))?.len();
        let mut attempt = 1u64;
        let page = loop {
            let page = wilson_page(sources, &mut Rng::for_doc(seed.wrapping_add(attempt << 40), doc_idx), doc_idx);
            if seen.insert(content_hash(&page)) {
                break page;
            }
            attempt += 1;
        };
        fs::write(&path, &page).with_context(|| format!("writing `{}`", path.display()))?;
        delta += page.len() as i64 - old_len as i64;
    }
    Ok(delta)
}

/// Writes one unit; returns (files, bytes) written, and adds the hash of each Wilson
/// page to `hashes`.
fn write_unit(
    sources: &Sources,
    seed: u64,
    unit: &Unit,
    out: &Path,
    hashes: &mut Vec<(u64, u64)>,
) -> anyhow::Result<(u64, u64)> {
    match *unit {
        Unit::WilsonFolder { folder_idx, first, n } => {
            let folder = out.join("wilson").join(format!("{folder_idx:04}"));
            fs::create_dir_all(&folder).with_context(|| format!("creating `{}`", folder.display()))?;
            let mut n_bytes = 0;
            for doc_idx in first..first + n {
                let page = wilson_page(sources, &mut Rng::for_doc(seed, doc_idx), doc_idx);
                let path = page_path(out, doc_idx);
                fs::write(&path, &page).with_context(|| format!("writing `{}`", path.display()))?;
                hashes.push((content_hash(&page), doc_idx));
                n_bytes += page.len() as u64;
            }
            Ok((n, n_bytes))
        }
        Unit::Jsonl { file_idx, first, n } => {
            let folder = out.join("jsonl");
            fs::create_dir_all(&folder).with_context(|| format!("creating `{}`", folder.display()))?;
            let path = folder.join(format!("records-{file_idx:04}.jsonl"));
            let mut text = String::new();
            for doc_idx in first..first + n {
                text.push_str(&jsonl_record(sources, &mut Rng::for_doc(seed, doc_idx), doc_idx));
                text.push('\n');
            }
            fs::write(&path, &text).with_context(|| format!("writing `{}`", path.display()))?;
            Ok((1, text.len() as u64))
        }
        Unit::Volume { volume_idx, first, n } => {
            let folder = out.join("frus");
            fs::create_dir_all(&folder).with_context(|| format!("creating `{}`", folder.display()))?;
            let path = folder.join(format!("synthetic-v{volume_idx:04}.xml"));
            let file = fs::File::create(&path).with_context(|| format!("creating `{}`", path.display()))?;
            let mut writer = BufWriter::new(file);
            let mut n_bytes = 0;
            let mut put = |text: &str| -> anyhow::Result<()> {
                n_bytes += text.len() as u64;
                writer.write_all(text.as_bytes()).with_context(|| format!("writing `{}`", path.display()))
            };
            put(&volume_head(volume_idx, &sources.frus_persons))?;
            for (position, doc_idx) in (first..first + n).enumerate() {
                put(&frus_document(sources, &mut Rng::for_doc(seed, doc_idx), position as u64 + 1))?;
                put("\n")?;
            }
            put(VOLUME_TAIL)?;
            writer.flush().with_context(|| format!("writing `{}`", path.display()))?;
            Ok((1, n_bytes))
        }
    }
}

// ---------------------------------------------------------------------------------------
// Sources: the bundled records, read and analysed once

/// A Wilson page and the regions of it that may be rewritten.
#[derive(Debug)]
pub(crate) struct PageTemplate {
    pub(crate) text: String,
    /// The body's byte range in `text`.
    pub(crate) body: (usize, usize),
    /// The date line's byte range and text.
    date_line: Option<(usize, usize)>,
    /// The citation's byte range (the date inside it is rewritten too).
    citation: Option<(usize, usize)>,
    /// Byte range of the record's id in its URL or `Record ID` line, made unique per copy.
    pub(crate) id_spans: Vec<(usize, usize)>,
    /// Paragraph separator of the layout (`\n\n` or `\n`).
    pub(crate) separator: &'static str,
}

/// A FRUS `<div type="document">` split for recombination.
#[derive(Debug)]
struct FrusTemplate {
    /// From `<div …>` (exclusive) to the first top-level `<p>`.
    head: String,
    /// Top-level `<p>…</p>` elements.
    paragraphs: Vec<String>,
    /// After the last top-level `</p>`, up to and including `</div>`.
    tail: String,
}

/// The bundled records and pools, shared read-only by the workers.
#[derive(Debug)]
struct Sources {
    pages: Vec<PageTemplate>,
    /// Paragraphs of every Wilson body, for filling pages and JSONL records.
    wilson_paragraphs: Vec<String>,
    bulk: Vec<Map<String, Value>>,
    /// Serialized size of each bulk record without its `text_body`.
    bulk_overhead: Vec<usize>,
    frus: Vec<FrusTemplate>,
    /// Every FRUS top-level paragraph, for filling documents.
    frus_paragraphs: Vec<String>,
    /// The List of Persons `<div>` of the real volume.
    frus_persons: String,
    persons: Vec<String>,
    places: Vec<String>,
    person_set: HashSet<String>,
    place_set: HashSet<String>,
}

impl Sources {
    fn load(root: &Path) -> anyhow::Result<Self> {
        let mut pages = Vec::new();
        let mut wilson_paragraphs = Vec::new();
        for path in sorted_files(&root.join("corpus/wilson"), "txt")? {
            let text = fs::read_to_string(&path).with_context(|| format!("reading `{}`", path.display()))?;
            let Some(page) = page_template(&path, text) else { continue };
            let body = &page.text[page.body.0..page.body.1];
            wilson_paragraphs.extend(split_paragraphs(body, page.separator).map(str::to_owned));
            pages.push(page);
        }
        if pages.is_empty() {
            bail!("no Wilson page in corpus/wilson has a body to vary");
        }

        let bulk_path = root.join("corpus/wilson-bulk/wilson_archive_2910f69.jsonl");
        let bulk_text = fs::read_to_string(&bulk_path).with_context(|| format!("reading `{}`", bulk_path.display()))?;
        let mut bulk = Vec::new();
        let mut persons = HashSet::new();
        let mut places = HashSet::new();
        for line in bulk_text.lines().filter(|line| !line.trim().is_empty()) {
            let record: Map<String, Value> =
                serde_json::from_str(line).with_context(|| format!("reading a record of `{}`", bulk_path.display()))?;
            for (key, pool) in [("associated_places", &mut places), ("associated_people_orgs", &mut persons)] {
                let names: Vec<String> = record
                    .get(key)
                    .and_then(Value::as_str)
                    .and_then(|s| serde_json::from_str(s).ok())
                    .unwrap_or_default();
                // "Mao, Zedong" → "Mao"; only single words are swapped.
                pool.extend(names.iter().filter_map(|name| name.split(',').next()).filter_map(pool_word));
            }
            bulk.push(record);
        }

        let mut frus = Vec::new();
        let mut frus_paragraphs = Vec::new();
        for path in sorted_files(&root.join("corpus/frus"), "xml")? {
            let text = fs::read_to_string(&path).with_context(|| format!("reading `{}`", path.display()))?;
            let parsed = dossier_parse::parse(
                RawInput { path: path.display().to_string(), blake3: String::new(), bytes: text.clone().into_bytes() },
                &dossier_parse::Config::default(),
            );
            for doc in &parsed.docs {
                for span in &doc.markup.spans {
                    match span.kind {
                        MarkupKind::Person => persons.extend(pool_word(&doc.body[span.start..span.end])),
                        MarkupKind::Place => places.extend(pool_word(&doc.body[span.start..span.end])),
                        _ => {}
                    }
                }
                places.extend(doc.fields.place.as_ref().and_then(|place| pool_word(&place.value)));
            }
            let Some(template) = frus_template(&text) else { continue };
            frus_paragraphs.extend(template.paragraphs.iter().cloned());
            frus.push(template);
        }
        if frus.is_empty() {
            bail!("no FRUS document found in corpus/frus");
        }
        // A name cannot be both (e.g. `Washington`): keep it a place.
        persons.retain(|name| !places.contains(name));

        let bulk_overhead = bulk
            .iter()
            .map(|record| {
                let text = record.get("text_body").and_then(Value::as_str).map_or(0, str::len);
                serde_json::to_string(record).map_or(0, |line| line.len().saturating_sub(text))
            })
            .collect();

        let persons_path = root.join("corpus/frus-parts/frus1961-63v22-part-0112000-0304000.xml");
        let part =
            fs::read_to_string(&persons_path).with_context(|| format!("reading `{}`", persons_path.display()))?;
        let frus_persons = part
            .find("<div type=\"section\" xml:id=\"persons\">")
            .and_then(|start| {
                part[start..].find("</div>").map(|end| part[start..start + end + "</div>".len()].to_owned())
            })
            .with_context(|| format!("no List of Persons in `{}`", persons_path.display()))?;

        let mut persons: Vec<String> = persons.into_iter().collect();
        let mut places: Vec<String> = places.into_iter().collect();
        persons.sort();
        places.sort();
        Ok(Sources {
            pages,
            wilson_paragraphs,
            bulk,
            bulk_overhead,
            frus,
            frus_paragraphs,
            frus_persons,
            person_set: persons.iter().cloned().collect(),
            place_set: places.iter().cloned().collect(),
            persons,
            places,
        })
    }
}

/// The files in `dir` ending in `.ext`, sorted.
fn sorted_files(dir: &Path, ext: &str) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| format!("reading `{}`", dir.display()))? {
        let path = entry.with_context(|| format!("reading `{}`", dir.display()))?.path();
        if path.extension().is_some_and(|e| e == ext) {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// A name usable in a pool: one capitalized ASCII word of at least three letters.
fn pool_word(name: &str) -> Option<String> {
    let name = name.trim();
    let ok = name.len() >= 3
        && name.chars().all(|c| c.is_ascii_alphabetic())
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name[1..].chars().any(|c| c.is_ascii_lowercase());
    ok.then(|| name.to_owned())
}

/// Analyses one Wilson page with the real parser.
pub(crate) fn page_template(path: &Path, text: String) -> Option<PageTemplate> {
    let parsed = dossier_parse::parse(
        RawInput { path: path.display().to_string(), blake3: String::new(), bytes: text.clone().into_bytes() },
        &dossier_parse::Config::default(),
    );
    let doc = parsed.docs.into_iter().next()?;
    if matches!(doc.meta.layout, Layout::FrusDocument | Layout::JsonlRecord | Layout::Plain)
        || doc.body.trim().is_empty()
    {
        return None;
    }
    let body = (doc.meta.body_offset, doc.meta.body_offset + doc.body.len());
    // The body must be the source text itself (no BOM, no decoding), or offsets would lie.
    if text.get(body.0..body.1) != Some(doc.body.as_str()) {
        return None;
    }
    let in_source = |evidence: &Evidence| {
        (evidence.field == TextField::Source && text.get(evidence.start..evidence.end) == Some(doc.text(evidence)))
            .then_some((evidence.start, evidence.end))
    };
    let date_line = doc.fields.date_line.as_ref().and_then(|date| in_source(&date.evidence));
    let citation = doc.fields.citation.as_ref().and_then(|citation| in_source(&citation.evidence));
    let mut id_spans = Vec::new();
    if let Some(record_id) = &doc.fields.record_id
        && let Some(span) = in_source(&record_id.evidence)
    {
        id_spans.push(span);
    }
    if let Some(url) = &doc.fields.url
        && let Some((start, end)) = in_source(&url.evidence)
    {
        // The URL's last path segment (`118197`, `telegram-shtykov-…`) names the record.
        let segment_start = text[start..end].rfind('/').map_or(start, |slash| start + slash + 1);
        if segment_start < end {
            id_spans.push((segment_start, end));
        }
    }
    // Also every copy of a numeric record id in the header (`Record ID` lines, the citation URL).
    if let Some(record_id) = &doc.fields.record_id
        && record_id.value.len() >= 4
        && record_id.value.chars().all(|c| c.is_ascii_digit())
    {
        let mut from = 0;
        while let Some(at) = text[from..body.0].find(&record_id.value) {
            id_spans.push((from + at, from + at + record_id.value.len()));
            from += at + record_id.value.len();
        }
    }
    // The site's `Record ID` label, wherever the layout prints it (dvinci pages end with it).
    let mut from = 0;
    while let Some(at) = text[from..].find("Record ID") {
        let value_start = from + at + "Record ID".len();
        let skipped = text[value_start..].len() - text[value_start..].trim_start_matches([' ', '\t', '\n', ':']).len();
        let digits_start = value_start + skipped;
        let n_digits = text[digits_start..].bytes().take_while(u8::is_ascii_digit).count();
        if n_digits >= 3 && !id_spans.iter().any(|&(start, _)| start == digits_start) {
            id_spans.push((digits_start, digits_start + n_digits));
        }
        from = value_start;
    }
    let separator = if doc.body.contains("\n\n") { "\n\n" } else { "\n" };
    Some(PageTemplate { text, body, date_line, citation, id_spans, separator })
}

/// Non-empty paragraphs of a body.
fn split_paragraphs<'a>(body: &'a str, separator: &'static str) -> impl Iterator<Item = &'a str> {
    body.split(separator).map(str::trim_end).filter(|p| !p.trim().is_empty())
}

/// Splits a FRUS document at its top-level paragraphs.
fn frus_template(text: &str) -> Option<FrusTemplate> {
    let start = text.find("<div type=\"document\"")?;
    let open_end = start + text[start..].find('>')? + 1;
    let end = text.rfind("</div>")? + "</div>".len();
    let inner = &text[open_end..end];
    let mut paragraphs = Vec::new();
    let (mut first, mut last) = (None, None);
    let mut depth = 0usize;
    let mut para_start = 0;
    let mut pos = 0;
    while let Some(lt) = inner[pos..].find('<') {
        let at = pos + lt;
        let rest = &inner[at..];
        if rest.starts_with("<p>") || rest.starts_with("<p ") {
            if depth == 0 {
                para_start = at;
            }
            depth += 1;
        } else if rest.starts_with("</p>") && depth > 0 {
            depth -= 1;
            if depth == 0 {
                let para_end = at + "</p>".len();
                first.get_or_insert(para_start);
                last = Some(para_end);
                paragraphs.push(inner[para_start..para_end].to_owned());
            }
        }
        pos = at + 1;
    }
    let (first, last) = (first?, last?);
    Some(FrusTemplate { head: inner[..first].to_owned(), paragraphs, tail: inner[last..].to_owned() })
}

// ---------------------------------------------------------------------------------------
// Record builders

/// Picks paragraphs for a body of about `target` bytes: the template's own, shuffled with
/// the first kept first, filled up from `fill` or cut down (at least one paragraph; plain
/// text is also cut at a space when even that is too long, markup never is).
fn body_of_size(rng: &mut Rng, own: &[&str], fill: &[String], separator: &str, target: usize, markup: bool) -> String {
    let mut paragraphs: Vec<&str> = own.to_vec();
    if paragraphs.len() > 2 {
        rng.shuffle(&mut paragraphs[1..]);
    }
    let len = |ps: &[&str]| ps.iter().map(|p| p.len() + separator.len()).sum::<usize>();
    let mut total = len(&paragraphs);
    while total < target && !fill.is_empty() {
        let extra = rng.pick(fill).as_str();
        total += extra.len() + separator.len();
        paragraphs.push(extra);
    }
    while total > target && paragraphs.len() > 1 {
        total -= paragraphs.pop().map_or(0, |p| p.len() + separator.len());
    }
    let mut body = paragraphs.join(separator);
    if !markup && body.len() > target.max(200) * 3 / 2 {
        let mut cut = target.max(200);
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut = body[..cut].rfind(' ').filter(|&at| at > 0).unwrap_or(cut);
        body.truncate(cut);
    }
    body
}

/// A per-record rewrite of years and names.
struct Variation<'a> {
    year_shift: i32,
    sources: &'a Sources,
    names: HashMap<&'a str, &'a str>,
    swap_chance: f64,
}

impl<'a> Variation<'a> {
    fn new(rng: &mut Rng, sources: &'a Sources) -> Self {
        // A multiple of four keeps 29 February valid; never zero.
        let steps = [-5, -4, -3, -2, -1, 1, 2, 3, 4, 5];
        Variation { year_shift: 4 * rng.pick(&steps), sources, names: HashMap::new(), swap_chance: 0.6 }
    }

    /// Shifts years and swaps names in `text`; with `markup`, text inside `<…>` is left
    /// alone except for years (so `@when` moves with the printed date).
    fn apply(&mut self, rng: &mut Rng, text: &str, markup: bool) -> String {
        let mut out = String::with_capacity(text.len() + 16);
        let bytes = text.as_bytes();
        let mut in_tag = false;
        let mut pos = 0;
        while pos < bytes.len() {
            let byte = bytes[pos];
            if markup && byte == b'<' {
                in_tag = true;
            } else if markup && byte == b'>' {
                in_tag = false;
            }
            let at_word_start = pos == 0 || !bytes[pos - 1].is_ascii_alphanumeric();
            if at_word_start && byte.is_ascii_digit() {
                let end = pos + bytes[pos..].iter().take_while(|b| b.is_ascii_digit()).count();
                let token = &text[pos..end];
                let next_is_alnum = bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric());
                match token.parse::<i32>() {
                    Ok(year) if token.len() == 4 && (1900..=2030).contains(&year) && !next_is_alnum => {
                        out.push_str(&(year + self.year_shift).to_string());
                    }
                    _ => out.push_str(token),
                }
                pos = end;
                continue;
            }
            if at_word_start && byte.is_ascii_uppercase() && !in_tag {
                let end = pos + bytes[pos..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
                let word = &text[pos..end];
                let next_is_alnum = bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80);
                let swapped = if next_is_alnum { None } else { self.swap(rng, word) };
                out.push_str(swapped.unwrap_or(word));
                pos = end;
                continue;
            }
            // Copy one whole character.
            let len = utf8_len(byte);
            out.push_str(&text[pos..pos + len]);
            pos += len;
        }
        out
    }

    /// The replacement of `word` in this record (itself when the coin said no), or
    /// `None` when it is no pool name.
    fn swap(&mut self, rng: &mut Rng, word: &str) -> Option<&'a str> {
        if let Some(&to) = self.names.get(word) {
            return Some(to);
        }
        let sources = self.sources;
        let (pool, set) = if sources.place_set.contains(word) {
            (&sources.places, &sources.place_set)
        } else if sources.person_set.contains(word) {
            (&sources.persons, &sources.person_set)
        } else {
            return None;
        };
        let from = set.get(word).expect("checked").as_str();
        let to = if rng.unit() < self.swap_chance { rng.pick(pool).as_str() } else { from };
        self.names.insert(from, to);
        Some(to)
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// A new date line: the year shifted and, when it has a day (`June 21, 1962`,
/// `21 June 1962`, `June 01, 1961`), a new day of the same width.
fn vary_date_line(rng: &mut Rng, date: &str, year_shift: i32) -> String {
    let mut out = String::new();
    let mut rest = date;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..start]);
        let len = rest[start..].find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len() - start);
        let token = &rest[start..start + len];
        match (len, token.parse::<i32>()) {
            (4, Ok(year)) => out.push_str(&(year + year_shift).to_string()),
            (1 | 2, Ok(day)) if (1..=31).contains(&day) => {
                let new_day = 1 + rng.below(28);
                if len == 2 && token.starts_with('0') {
                    out.push_str(&format!("{new_day:02}"));
                } else {
                    out.push_str(&new_day.to_string());
                }
            }
            _ => out.push_str(token),
        }
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    out
}

/// One Wilson page.
fn wilson_page(sources: &Sources, rng: &mut Rng, doc_idx: u64) -> String {
    let page = rng.pick(&sources.pages);
    let mut variation = Variation::new(rng, sources);
    let text = page.text.as_str();
    let mut edits: Vec<(usize, usize, String)> = Vec::new();

    let old_date = page.date_line.map(|(start, end)| &text[start..end]);
    let new_date = old_date.map(|date| vary_date_line(rng, date, variation.year_shift));
    if let (Some((start, end)), Some(new_date)) = (page.date_line, &new_date) {
        edits.push((start, end, new_date.clone()));
    }
    if let (Some((start, end)), Some(old_date), Some(new_date)) = (page.citation, old_date, &new_date) {
        let mut from = start;
        while let Some(at) = text[from..end].find(old_date) {
            edits.push((from + at, from + at + old_date.len(), new_date.clone()));
            from += at + old_date.len();
        }
    }
    for &(start, end) in &page.id_spans {
        let old = &text[start..end];
        let new = if old.chars().all(|c| c.is_ascii_digit()) {
            format!("{}", 90_000_000 + doc_idx)
        } else {
            format!("{old}-s{doc_idx}")
        };
        edits.push((start, end, new));
    }

    let own: Vec<&str> = split_paragraphs(&text[page.body.0..page.body.1], page.separator).collect();
    let header_len = text.len() - (page.body.1 - page.body.0);
    let target = target_size(rng).saturating_sub(header_len).max(200);
    let body = body_of_size(rng, &own, &sources.wilson_paragraphs, page.separator, target, false);
    edits.push((page.body.0, page.body.1, variation.apply(rng, &body, false)));

    // Apply the edits back to front; an edit overlapping an earlier-placed one is skipped.
    edits.sort_by_key(|&(start, end, _)| (start, end));
    let mut out = String::with_capacity(text.len() + target);
    let mut pos = 0;
    for (start, end, replacement) in edits {
        if start < pos {
            continue;
        }
        out.push_str(&text[pos..start]);
        out.push_str(&replacement);
        pos = end;
    }
    out.push_str(&text[pos..]);
    out
}

/// One JSONL line.
fn jsonl_record(sources: &Sources, rng: &mut Rng, doc_idx: u64) -> String {
    let template_idx = rng.below(sources.bulk.len());
    let template = &sources.bulk[template_idx];
    let mut variation = Variation::new(rng, sources);
    let mut record = template.clone();
    let text = template.get("text_body").and_then(Value::as_str).unwrap_or_default();
    let own: Vec<&str> = split_paragraphs(text, "\n").collect();
    let target = target_size(rng).saturating_sub(sources.bulk_overhead[template_idx]).max(200);
    let body = body_of_size(rng, &own, &sources.wilson_paragraphs, "\n", target, false);
    record.insert("text_body".to_owned(), Value::String(variation.apply(rng, &body, false)));
    record.insert("record_id".to_owned(), Value::String(format!("{}", 90_000_000 + doc_idx)));
    if let Some(url) = template.get("document_url").and_then(Value::as_str) {
        record.insert("document_url".to_owned(), Value::String(format!("{url}-s{doc_idx}")));
    }
    if let Some(date) = template.get("original_publication_date").and_then(Value::as_str) {
        let new_date = vary_date_line(rng, date, variation.year_shift);
        record.insert("original_publication_date".to_owned(), Value::String(new_date));
    }
    serde_json::to_string(&record).expect("a JSON map always serializes")
}

/// The start of a synthetic volume, up to where its documents go.
fn volume_head(volume_idx: u64, persons: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"synthetic-v{volume_idx}\">
    <teiHeader><fileDesc><titleStmt><title type=\"complete\">Synthetic volume {volume_idx} (dossier benchmark corpus, recombined from frus1961-63v22)</title></titleStmt>
        <publicationStmt><idno type=\"frus\">synthetic-v{volume_idx}</idno></publicationStmt>
        <sourceDesc><p>Generated by cargo xtask corpus.</p></sourceDesc></fileDesc></teiHeader>
    <text>
        <front>
            {persons}
        </front>
        <body><div type=\"chapter\" xml:id=\"ch1\"><head>Synthetic chapter</head>
"
    )
}

const VOLUME_TAIL: &str = "</div></body>\n    </text>\n</TEI>\n";

/// One `<div type="document">`, number `n` in its volume.
fn frus_document(sources: &Sources, rng: &mut Rng, n: u64) -> String {
    let template = rng.pick(&sources.frus);
    let mut variation = Variation::new(rng, sources);
    let own: Vec<&str> = template.paragraphs.iter().map(String::as_str).collect();
    let target = target_size(rng).saturating_sub(template.head.len() + template.tail.len()).max(200);
    let separator = "\n                        ";
    let body = body_of_size(rng, &own, &sources.frus_paragraphs, separator, target, true);
    let inner = format!("{}{}{}", template.head, body, template.tail);
    let inner = variation.apply(rng, &inner, true);
    let inner = renumber_ids(&inner, n);
    format!("<div type=\"document\" xml:id=\"d{n}\" n=\"{n}\">{inner}")
}

/// Gives every `xml:id` inside a document a fresh value (`d{n}fn{k}` for notes,
/// `d{n}x{k}` for anything else), so ids stay unique although paragraphs were copied.
fn renumber_ids(text: &str, n: u64) -> String {
    const ATTR: &str = "xml:id=\"";
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    let mut k = 0;
    while let Some(at) = rest.find(ATTR) {
        let value_start = at + ATTR.len();
        let Some(value_len) = rest[value_start..].find('"') else { break };
        let old = &rest[value_start..value_start + value_len];
        out.push_str(&rest[..value_start]);
        if old.contains("fn") {
            out.push_str(&format!("d{n}fn{k}"));
        } else {
            out.push_str(&format!("d{n}x{k}"));
        }
        k += 1;
        rest = &rest[value_start + value_len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_rng(seed: u64, doc_idx: u64) -> Vec<u64> {
        let mut rng = Rng::for_doc(seed, doc_idx);
        (0..4).map(|_| rng.next_u64()).collect()
    }

    #[test]
    fn streams_are_deterministic_and_distinct() {
        assert_eq!(check_rng(1, 7), check_rng(1, 7));
        assert_ne!(check_rng(1, 7), check_rng(1, 8));
        assert_ne!(check_rng(1, 7), check_rng(2, 7));
    }

    #[test]
    fn counts_and_plan() {
        assert_eq!(parse_count("10k").unwrap(), 10_000);
        assert_eq!(parse_count("1_000_000").unwrap(), 1_000_000);
        let plan = Plan::new(2_000);
        assert_eq!((plan.n_wilson, plan.n_jsonl, plan.n_frus), (600, 800, 600));
        let n: u64 = plan
            .units()
            .iter()
            .map(|unit| match *unit {
                Unit::WilsonFolder { n, .. } | Unit::Jsonl { n, .. } | Unit::Volume { n, .. } => n,
            })
            .sum();
        assert_eq!(n, 2_000);
    }

    #[test]
    fn date_lines_keep_their_shape() {
        let mut rng = Rng::for_doc(1, 1);
        let new = vary_date_line(&mut rng, "June 01, 1962", 4);
        assert!(new.starts_with("June 0") && new.ends_with(", 1966"), "{new}");
        assert_eq!(vary_date_line(&mut rng, "1979", -8), "1971");
    }

    #[test]
    fn frus_documents_split_at_top_level_paragraphs() {
        let doc = "<div type=\"document\" xml:id=\"d1\" n=\"1\"><head>H</head><p>a<note><p>x</p></note></p> <p>b</p><closer/></div>";
        let template = frus_template(doc).unwrap();
        assert_eq!(template.head, "<head>H</head>");
        assert_eq!(template.paragraphs, ["<p>a<note><p>x</p></note></p>", "<p>b</p>"]);
        assert_eq!(template.tail, "<closer/></div>");
        assert_eq!(
            renumber_ids("<note xml:id=\"d1fn0\"/><pb xml:id=\"pg_2\"/>", 5),
            "<note xml:id=\"d5fn0\"/><pb xml:id=\"d5x1\"/>"
        );
    }

    #[test]
    fn generated_records_parse_without_errors() {
        let sources = Sources::load(&workspace_root()).unwrap();
        for doc_idx in 0..200 {
            let page = wilson_page(&sources, &mut Rng::for_doc(3, doc_idx), doc_idx);
            let parsed = dossier_parse::parse(
                RawInput { path: "p.txt".into(), blake3: String::new(), bytes: page.clone().into_bytes() },
                &dossier_parse::Config::default(),
            );
            assert!(parsed.errors.is_empty(), "{page}");
            assert_ne!(parsed.docs[0].meta.layout, Layout::Plain, "{page}");
        }
        let mut volume = volume_head(0, &sources.frus_persons);
        for n in 1..=200 {
            volume.push_str(&frus_document(&sources, &mut Rng::for_doc(3, n), n));
        }
        volume.push_str(VOLUME_TAIL);
        let parsed = dossier_parse::parse(
            RawInput { path: "v.xml".into(), blake3: String::new(), bytes: volume.into_bytes() },
            &dossier_parse::Config::default(),
        );
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        assert_eq!(parsed.docs.len(), 200);
        assert_eq!(parsed.docs[199].fields.record_id.as_ref().unwrap().value, "synthetic-v0/d200");
        for doc_idx in 0..200 {
            let line = jsonl_record(&sources, &mut Rng::for_doc(3, doc_idx), doc_idx);
            let parsed = dossier_parse::parse(
                RawInput { path: "r.jsonl".into(), blake3: String::new(), bytes: line.into_bytes() },
                &dossier_parse::Config::default(),
            );
            assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        }
    }
}
