//! `cargo xtask train`: learns the weights of the person-run model
//! (`crates/dossier-enrich/src/entities/model.rs`) and writes
//! `data/model/person_runs.tsv`.
//!
//! Every page of the hand-read Wilson keys (`corpus/wilson-dev/*/key.json`)
//! goes through the real pipeline with the model turned off; each run of
//! capitalized words that no rule read is one example, labelled a person when
//! its text reads as the name, an alias or the surname of a person of the
//! page's key (the strict rule of `cargo xtask eval`), else not. An averaged
//! perceptron learns from them in a fixed order, so the same keys give the same
//! file on any machine.
//!
//! Flags: `--exclude FOLDER` (repeatable) leaves a folder out of the training
//! data (the folder scored last must be); `--out FILE` writes elsewhere (for
//! leave-one-out measurements); `--check` compares instead of writing and
//! fails when the committed weights are not what the keys give; `--show
//! FOLDER` prints every run of that folder's pages with its label and its
//! score under the committed weights, and trains nothing.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use dossier_model::TextField;

use crate::eval_dev::{DEV_DIR, PersonForms, dev_folders, fold, read_key};
use crate::workspace_root;

/// Passes over the examples.
const EPOCHS: usize = 12;

/// How many perceptrons, each seeing the examples in its own order, the
/// weights are the mean of.
const BAGS: u64 = 32;

/// Features seen on fewer runs are left out.
const MIN_RUNS: usize = 10;

/// Weights smaller than this are left out of the file.
const MIN_WEIGHT: f32 = 0.0005;

/// Where the weights live, from the workspace root.
const WEIGHTS: &str = "data/model/person_runs.tsv";

/// Where the common words live, from the workspace root.
const COMMON_WORDS: &str = "data/model/common_words.txt";

/// The texts the common words are read from: the bundled FRUS volume and the
/// Wilson pages that are no dev page (so no key's page shapes the list).
const COMMON_WORD_SOURCES: [(&str, &str); 4] =
    [("corpus/frus", "xml"), ("corpus/frus-parts", "xml"), ("corpus/wilson", "txt"), ("corpus/wilson-bulk", "jsonl")];

/// Every word of three letters or more written in lower-case ASCII letters in
/// the sources (markup tags left out), sorted, as the file's text.
fn common_words(root: &std::path::Path) -> Result<String> {
    let mut words = std::collections::BTreeSet::new();
    for (dir, ext) in COMMON_WORD_SOURCES {
        let dir = root.join(dir);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .with_context(|| format!("reading `{}`", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == ext))
            .collect();
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).with_context(|| format!("reading `{}`", file.display()))?;
            let mut in_tag = false;
            let plain: String = text
                .chars()
                .map(|c| match c {
                    '<' => {
                        in_tag = true;
                        ' '
                    }
                    '>' => {
                        in_tag = false;
                        ' '
                    }
                    _ if in_tag => ' ',
                    _ => c,
                })
                .collect();
            for word in plain.split(|c: char| !c.is_alphanumeric()) {
                if word.len() >= 3 && word.bytes().all(|b| b.is_ascii_lowercase()) {
                    words.insert(word.to_owned());
                }
            }
        }
    }
    let mut out = String::from(
        "# Words written in lower case in the bundled FRUS volume and Wilson pages (corpus/frus,\n\
         # corpus/frus-parts, corpus/wilson, corpus/wilson-bulk; no dev page), markup left out.\n\
         # Written by `cargo xtask train`; a capitalized word found here is a common word more often than a name.\n",
    );
    for word in words {
        out.push_str(&word);
        out.push('\n');
    }
    Ok(out)
}

/// Writes `text` to `path`, or with `check` compares and says whether they agree.
fn write_or_check(path: &std::path::Path, text: &str, check: bool) -> Result<bool> {
    if check {
        let committed = std::fs::read_to_string(path).with_context(|| format!("reading `{}`", path.display()))?;
        if committed != text {
            eprintln!("train: `{}` is not what the corpus gives; run `cargo xtask train`", path.display());
            return Ok(false);
        }
        eprintln!("train: `{}` is up to date", path.display());
        return Ok(true);
    }
    std::fs::write(path, text).with_context(|| format!("writing `{}`", path.display()))?;
    eprintln!("train: wrote `{}`", path.display());
    Ok(true)
}

/// One run: its feature ids and whether it names a person of the key.
struct Example {
    features: Vec<u32>,
    person: bool,
}

/// A small deterministic generator for the order of the examples in each pass.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

pub fn train(args: &[String]) -> Result<ExitCode> {
    let root = workspace_root();
    let mut exclude: Vec<String> = Vec::new();
    let mut out = root.join(WEIGHTS);
    let mut check = false;
    let mut show = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--exclude" => exclude.push(iter.next().context("train: `--exclude` needs a folder")?.clone()),
            "--out" => out = PathBuf::from(iter.next().context("train: `--out` needs a file")?),
            "--check" => check = true,
            "--show" => show = Some(iter.next().context("train: `--show` needs a folder")?.clone()),
            other => {
                anyhow::bail!("train: unknown argument `{other}` (expected --exclude FOLDER, --out FILE, --check)")
            }
        }
    }
    let folders: Vec<String> = match &show {
        Some(folder) => vec![folder.clone()],
        None => dev_folders(&root)?.into_iter().filter(|f| !exclude.contains(f)).collect(),
    };
    let unknown: Vec<&String> = exclude.iter().filter(|f| !root.join(DEV_DIR).join(f).is_dir()).collect();
    if !unknown.is_empty() {
        anyhow::bail!("train: no dev folder {unknown:?}");
    }
    // The common words are one of the features: written first, so the runs
    // below are read with the list the weights will be used with. (A changed
    // list needs a second run: the pipeline compiled in the old one.)
    let words_path = root.join(COMMON_WORDS);
    if show.is_none() && !write_or_check(&words_path, &common_words(&root)?, check)? {
        return Ok(ExitCode::FAILURE);
    }
    let mut ids: BTreeMap<String, u32> = BTreeMap::new();
    let mut examples = Vec::new();
    let pipeline = crate::eval::pipeline(false);
    for folder in &folders {
        for entry in read_key(&root.join(DEV_DIR).join(folder).join("key.json"))? {
            let path = root.join(&entry.file);
            let bytes = std::fs::read(&path).with_context(|| format!("reading `{}`", path.display()))?;
            let input_path = entry.file.strip_prefix("corpus/").unwrap_or(&entry.file);
            let outcome = pipeline.process_bytes(input_path, bytes);
            let Some((doc, _)) = outcome.docs.first() else { continue };
            let forms: Vec<PersonForms> = entry.people.iter().map(PersonForms::new).collect();
            for run in dossier_enrich::entities::person_candidates(doc) {
                let text = match run.field {
                    TextField::Title => doc.doc.fields.title.as_ref().map(|t| t.value.as_str()),
                    TextField::Summary => doc.doc.fields.summary.as_ref().map(|t| t.value.as_str()),
                    _ => Some(doc.doc.body.as_str()),
                };
                let Some(span) = text.and_then(|t| t.get(run.start..run.end)) else { continue };
                let mention = std::iter::once(fold(span)).collect();
                let person = forms.iter().any(|f| f.found_by(&mention));
                if show.is_some() {
                    let score = run.score();
                    let said = score > dossier_enrich::entities::model::THRESHOLD;
                    let mark = match (said, person) {
                        (true, true) => "right",
                        (true, false) => "FALSE",
                        (false, true) => "MISSED",
                        (false, false) => "-",
                    };
                    println!("{mark}\t{score:.2}\t{span}\t{}\t{}", entry.file, run.features.join(" "));
                }
                let n = ids.len() as u32;
                let features = run.features.iter().map(|f| *ids.entry(f.clone()).or_insert(n)).collect();
                examples.push(Example { features, person });
            }
        }
    }
    if show.is_some() {
        return Ok(ExitCode::SUCCESS);
    }
    // A feature seen on fewer runs than this says more about those runs than
    // about names: it is dropped before learning.
    let min_runs: usize = std::env::var("DOSSIER_TRAIN_MIN_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(MIN_RUNS);
    let mut seen = vec![0usize; ids.len()];
    for e in &examples {
        for &f in &e.features {
            seen[f as usize] += 1;
        }
    }
    for e in &mut examples {
        e.features.retain(|&f| seen[f as usize] >= min_runs);
    }
    ids.retain(|_, id| seen[*id as usize] >= min_runs);
    // Ids in first-seen order; the weights are written by name.
    let n_features = seen.len();
    let weights = perceptron(&examples, n_features);
    let n_people = examples.iter().filter(|e| e.person).count();
    let (mut tp, mut fp, mut fneg) = (0, 0, 0);
    for e in &examples {
        let score: f32 = e.features.iter().map(|&f| weights[f as usize]).sum();
        match (score > dossier_enrich::entities::model::THRESHOLD, e.person) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fneg += 1,
            _ => {}
        }
    }
    let mut text = String::new();
    text.push_str("# Weights of the person-run model (crates/dossier-enrich/src/entities/model.rs).\n");
    text.push_str("# Written by `cargo xtask train`; do not edit by hand.\n");
    text.push_str(&format!(
        "# Learned from {} runs ({n_people} naming a person of the key) of the pages of {} folders of {DEV_DIR}:\n",
        examples.len(),
        folders.len()
    ));
    for chunk in folders.chunks(8) {
        text.push_str(&format!("#   {}\n", chunk.join(" ")));
    }
    if !exclude.is_empty() {
        let mut left_out = exclude.clone();
        left_out.sort();
        text.push_str(&format!("# Left out: {}\n", left_out.join(" ")));
    }
    text.push_str(&format!(
        "# Mean of {BAGS} averaged perceptrons (one order of the runs each), {EPOCHS} passes, weights below {MIN_WEIGHT} dropped.\n"
    ));
    for (feature, &id) in &ids {
        let w = weights[id as usize];
        if w.abs() >= MIN_WEIGHT {
            text.push_str(&format!("{feature}\t{w:.3}\n"));
        }
    }
    eprintln!(
        "train: {} runs, {n_people} people; on the training runs: {tp} right, {fp} false, {fneg} missed",
        examples.len()
    );
    let fresh = write_or_check(&out, &text, check)?;
    Ok(if fresh { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// An averaged perceptron: on each mistake the weights move toward the right
/// answer; the result is the mean of the weights over every step, which keeps
/// late mistakes from deciding everything. It is learned [`BAGS`] times, each
/// visiting the examples in another order, and the weights are the mean of the
/// runs: one order alone moved a few mentions whenever a folder was added.
fn perceptron(examples: &[Example], n_features: usize) -> Vec<f32> {
    let mut mean = vec![0f32; n_features];
    for bag in 0..BAGS {
        let seed = 0x9e37_79b9_7f4a_7c15 ^ (bag + 1).wrapping_mul(0x2545_f491_4f6c_dd1d);
        for (m, w) in mean.iter_mut().zip(perceptron_one(examples, n_features, seed)) {
            *m += w / BAGS as f32;
        }
    }
    mean
}

/// One averaged perceptron, the examples visited in the order `seed` draws.
fn perceptron_one(examples: &[Example], n_features: usize, seed: u64) -> Vec<f32> {
    let mut w = vec![0f32; n_features];
    // Sum over steps of each weight, kept lazily: `total[f] + w[f] * (step - stamp[f])`.
    let mut total = vec![0f32; n_features];
    let mut stamp = vec![0u64; n_features];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = XorShift(seed);
    let mut step: u64 = 0;
    for _ in 0..EPOCHS {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &at in &order {
            step += 1;
            let e = &examples[at];
            let score: f32 = e.features.iter().map(|&f| w[f as usize]).sum();
            let said = score > 0.0;
            if said != e.person {
                let delta = if e.person { 1.0 } else { -1.0 };
                for &f in &e.features {
                    let f = f as usize;
                    total[f] += w[f] * (step - stamp[f]) as f32;
                    stamp[f] = step;
                    w[f] += delta;
                }
            }
        }
    }
    let steps = step.max(1) as f32;
    (0..n_features)
        .map(|f| {
            let sum = total[f] + w[f] * (step - stamp[f]) as f32;
            sum / steps
        })
        .collect()
}
