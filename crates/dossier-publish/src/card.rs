//! The dataset card: a `README.md` written into the dataset folder saying what
//! went in (with counts and hashes from `manifest.json`), how it was made, what
//! every file and column means (from [`crate::columns`], the one description),
//! under which licences the contents stand, and how good the extraction is when
//! an evaluation is supplied.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::columns::{COLUMNS, column_doc};
use crate::sqlite::flatten_manifest;
use crate::summary::{Files, Summary};
use crate::{Error, write_atomically};

/// The file name.
pub const CARD_FILE: &str = "README.md";

/// Inputs listed one by one before the card refers to `manifest.json`.
const MAX_INPUTS: usize = 100;

/// Writes `dir/README.md`; `eval` is an `eval.json` whose figures are included.
pub fn write_card(summary: &Summary, dir: &Path, eval: Option<&Path>) -> Result<PathBuf, Error> {
    let eval = match eval {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_owned(), source })?;
            Some(serde_json::from_slice(&bytes).map_err(|source| Error::Json {
                path: path.to_owned(),
                line: 1,
                source,
            })?)
        }
        None => None,
    };
    let card = render_card(summary, eval.as_ref());
    let path = dir.join(summary.files.name(CARD_FILE));
    write_atomically(&path, card.as_bytes())?;
    Ok(path)
}

/// A Markdown table cell: pipes and line breaks would break the table.
fn md(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// Renders the card. It lists every file `dossier publish` can derive, whether or
/// not it sits in the folder now, so the card does not depend on which formats
/// were asked for or in which order.
pub fn render_card(dataset: &Summary, eval: Option<&Value>) -> String {
    let m = &dataset.manifest;
    let s = |ptr: &str| {
        m.pointer(ptr).map(|v| v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string())).unwrap_or_default()
    };
    let mut out = String::new();
    let _ = writeln!(out, "# Dataset `{}`\n", md(&dataset.name));
    let _ = writeln!(
        out,
        "Made by **{} {}** (dataset schema version {}) from archival records. Every value in it names the rule that \
         produced it and the exact text it was read from. This card was written by dossier (`dossier run` writes it, \
         `dossier publish` writes it again); the numbers below come from `manifest.json` and the data files themselves.\n",
        s("/tool"),
        s("/tool_version"),
        s("/schema_version")
    );

    if let Files::Part { index, count } = dataset.files {
        let _ = writeln!(
            out,
            "This card describes shard `{index}/{count}` of a sharded run (`dossier run --shard {index}/{count}`): its \
             files are named like `{}`, and the numbers below are this part's. `dossier links` over the folder links \
             the documents of every part.\n",
            md(&dataset.files.name("documents.csv"))
        );
    }
    out.push_str("## Contents\n\n| | |\n|---|---|\n");
    for (label, ptr) in [
        ("input files", "/counts/inputs"),
        ("records seen", "/counts/seen"),
        ("documents", "/counts/processed"),
        ("rejected", "/counts/rejected"),
    ] {
        let _ = writeln!(out, "| {label} | {} |", s(ptr));
    }
    let d = &dataset.documents;
    for (collection, n) in d.values.get("collection").into_iter().flatten() {
        let _ = writeln!(out, "| collection `{}` | {n} documents |", md(collection));
    }
    if let Some((first, last)) = &d.years {
        let _ = writeln!(out, "| dates | {first} to {last} ({} of {} documents dated) |", d.n_years, d.n);
    }
    out.push('\n');

    out.push_str("## How it was made\n\n");
    let mut roots: Vec<String> = Vec::new();
    for input in m.pointer("/inputs").and_then(Value::as_array).into_iter().flatten() {
        let path = input.get("path").and_then(Value::as_str).unwrap_or_default();
        let root = path.split('/').next().unwrap_or(path).to_owned();
        if !roots.contains(&root) {
            roots.push(root);
        }
    }
    let _ = writeln!(
        out,
        "```sh\ndossier run {} --out {}\ndossier publish {} --format {}\n```\n",
        roots.join(" "),
        dataset.name,
        dataset.name,
        crate::Format::ALL.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(",")
    );
    let _ = writeln!(
        out,
        "Input roots are given as the manifest records them (the name of each path on the command line). \
         With dossier {} and the same inputs, the data files come out byte for byte the same (check them against \
         the hashes below). Settings of every stage, as recorded:\n\n```json\n{}\n```\n",
        s("/tool_version"),
        m.get("config").map(|c| serde_json::to_string_pretty(c).unwrap_or_default()).unwrap_or_else(|| "{}".to_owned())
    );

    out.push_str("## Sources\n\n");
    let inputs: Vec<&Value> =
        m.pointer("/inputs").and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default();
    out.push_str("| input | BLAKE3 | bytes | documents | rejects |\n|---|---|---:|---:|---:|\n");
    for input in inputs.iter().take(MAX_INPUTS) {
        let f = |k: &str| {
            input.get(k).map(|v| v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string())).unwrap_or_default()
        };
        let _ = writeln!(
            out,
            "| `{}` | `{}` | {} | {} | {} |",
            md(&f("path")),
            f("blake3"),
            f("n_bytes"),
            f("n_documents"),
            f("n_rejects")
        );
    }
    if inputs.len() > MAX_INPUTS {
        let _ = writeln!(out, "| … | {} more in `manifest.json` | | | |", inputs.len() - MAX_INPUTS);
    }
    out.push('\n');

    out.push_str("## Files\n\n| file | rows | BLAKE3 |\n|---|---:|---|\n");
    for output in m.pointer("/outputs").and_then(Value::as_array).into_iter().flatten() {
        let f = |k: &str| {
            output.get(k).map(|v| v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string())).unwrap_or_default()
        };
        let _ = writeln!(out, "| `{}` | {} | `{}` |", md(&f("file")), f("n_rows"), f("blake3"));
    }
    out.push_str("| `manifest.json` | | what went in and came out, with hashes |\n");
    for (name, what) in [
        (crate::REPORT_FILE, "the report: open it in a browser"),
        (
            crate::SQLITE_FILE,
            "every table in SQLite, with full-text search (`documents_fts`); not committed, as SQLite files differ between SQLite versions",
        ),
        ("`<table>.parquet`", "each table as Parquet, typed columns"),
        (CARD_FILE, "this card"),
    ] {
        let name = if name.starts_with('`') { name.to_owned() } else { format!("`{name}`") };
        let _ = writeln!(out, "| {name} | | {what}; derived from the files above (`dossier publish`) |");
    }
    out.push_str(
        "\nOffsets (`start`, `end`) are UTF-8 byte offsets into the named text. Lists inside one CSV cell are \
         separated by ` | `. A CSV cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return has a \
         leading `'` so spreadsheets do not run it (the JSONL, SQLite and Parquet files keep the original).\n\n",
    );

    out.push_str("## Schema\n\n");
    let tables: [(&str, &str); 6] = [
        ("documents", "`documents.csv`: one row per document"),
        ("mentions", "`mentions.csv`: one row per extracted span"),
        ("entities", "`entities.csv`: one row per person, place or organization"),
        ("edges", "`edges.csv`: two entities linked by one document"),
        ("links", "`links.csv`: documents that are the same record, near copies or excerpts"),
        ("clusters", "`clusters.csv`: each document's group of copies"),
    ];
    for (table, heading) in tables {
        let Some(columns) = dataset.columns.get(table) else { continue };
        let _ = writeln!(out, "### {heading}\n\n| column | type | meaning |\n|---|---|---|");
        for column in columns {
            let (kind, meaning) = column_doc(table, column)
                .map(|c| (c.kind.as_str(), c.meaning))
                .unwrap_or(("text", "(not described by this version of dossier)"));
            let _ = writeln!(out, "| `{}` | {kind} | {} |", md(column), md(meaning));
        }
        out.push('\n');
    }
    out.push_str(
        "### `documents.jsonl`, `rejects.jsonl`\n\n`documents.jsonl` holds one full record per document: every CSV value \
         with its rule and evidence, the normalized body, editorial spans, markup, footnotes and the page furniture \
         the parser dropped. `rejects.jsonl` holds one line per input or record that could not be processed.\n\n",
    );
    for (table, source) in [
        ("editorial", "`editorial` (SQLite, Parquet): the editorial spans of `documents.jsonl`"),
        ("rejects", "`rejects` (SQLite, Parquet): `rejects.jsonl` as a table"),
        ("meta", "`meta` (SQLite): `manifest.json` as key/value pairs"),
    ] {
        let _ = writeln!(out, "### {source}\n\n| column | type | meaning |\n|---|---|---|");
        for c in COLUMNS.iter().filter(|c| c.table == table) {
            let _ = writeln!(out, "| `{}` | {} | {} |", c.name, c.kind.as_str(), md(c.meaning));
        }
        out.push('\n');
    }
    out.push_str(
        "In SQLite and Parquet, empty cells are NULL, counts and offsets are integers, coordinates and confidences \
         decimals, `truncated` a boolean; `date` stays text at its precision and `date_min`/`date_max` are dates. \
         SQLite's `documents` table also has the `body`, indexed with `title` and `summary` in `documents_fts`.\n\n",
    );

    licences(&mut out, dataset);
    quality(&mut out, eval);
    out
}

/// Licences and attributions, from what the dataset holds.
fn licences(out: &mut String, dataset: &Summary) {
    out.push_str("## Licences and attributions\n\n");
    let collections = dataset.documents.values.get("collection");
    let has = |collection: &str| collections.is_some_and(|c| c.contains_key(collection));
    let wilson_urls = dataset.documents.wilson_urls;
    // Rights statements, longest first; a statement that is the start of a longer
    // one is the same statement cut off by a truncated record.
    let mut distinct: Vec<(&str, usize)> = Vec::new();
    let mut by_length: Vec<(&str, usize)> = dataset.rights.iter().map(|(s, n)| (s.as_str(), *n)).collect();
    by_length.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
    for (s, n) in by_length {
        if let Some(longer) = distinct.iter_mut().find(|(l, _)| l.starts_with(s)) {
            longer.1 += n;
        } else {
            distinct.push((s, n));
        }
    }
    distinct.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if has("wilson") || wilson_urls || !distinct.is_empty() {
        out.push_str(
            "- **Wilson Center Digital Archive** (History and Public Policy Program, Wilson Center): the records' texts and \
             metadata. Rights stay with their holders; the statements the records carry are kept in `documents.jsonl` \
             (`dropped` evidence) and are:\n",
        );
        for (s, n) in &distinct {
            let _ = writeln!(out, "  - \"{}\" ({n} records)", md(s));
        }
        if distinct.is_empty() {
            out.push_str("  - (no rights statement survived in these records)\n");
        }
    }
    if has("frus") {
        out.push_str(
            "- **Foreign Relations of the United States** (Office of the Historian, U.S. Department of State): a work of \
             the United States Government, in the public domain in the United States.\n",
        );
    }
    if dataset.has_geonames {
        let _ = writeln!(out, "- **Places**: {}.", dossier_gazetteer::ATTRIBUTION);
    }
    if dataset.has_people_links {
        let _ = writeln!(
            out,
            "- **People** (`hsg_id`, `pocom_id`, `viaf_id`, `birth_year`, `death_year`): {}.",
            dossier_authority::ATTRIBUTION
        );
    }
    if dataset.has_divisions {
        let _ = writeln!(
            out,
            "- **Provinces, regions and countries' names in other languages**: {}.",
            dossier_gazetteer::SUBDIVISION_ATTRIBUTION
        );
    }
    let _ = writeln!(out, "- **Report map**: {}; Natural Earth is in the public domain.", crate::worldmap::ATTRIBUTION);
    out.push_str("- **dossier** (the software that made this dataset): MIT OR Apache-2.0.\n\n");
}

/// Extraction quality figures from an `eval.json`, every numeric leaf.
fn quality(out: &mut String, eval: Option<&Value>) {
    out.push_str("## Extraction quality\n\n");
    let Some(eval) = eval else {
        out.push_str(
            "No evaluation was supplied for this card. `cargo xtask eval` scores people, places and dates against FRUS \
             markup and Wilson metadata; `dossier publish DIR --format card --eval target/eval.json` puts its figures here.\n",
        );
        return;
    };
    out.push_str("From `cargo xtask eval` (scores against gold annotations; accuracy, precision, recall and F1 between 0 and 1):\n\n| measure | value |\n|---|---:|\n");
    for (key, value) in flatten_manifest(eval) {
        if let Ok(number) = value.parse::<f64>() {
            let shown = if value.contains('.') { format!("{number:.3}") } else { value.clone() };
            let _ = writeln!(out, "| `{}` | {shown} |", md(&key));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(dataset: &str) -> String {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets").join(dataset);
        render_card(&Summary::read(&dir, Files::Whole).unwrap(), None)
    }

    #[test]
    fn wilson_card_names_rights_inputs_and_every_column() {
        let card = check("wilson");
        assert!(card.contains("Wilson Center Digital Archive"));
        assert!(card.contains("welcomes reuse of Digital Archive materials"));
        assert!(card.contains("da__document-110206.txt"));
        assert!(!card.contains("(not described"), "a column lacks a description");
        assert!(!card.contains("public domain in the United States"), "no FRUS here");
    }

    #[test]
    fn frus_card_says_public_domain() {
        let card = check("frus");
        assert!(card.contains("public domain in the United States"));
        assert!(card.contains("dossier run frus --out frus"));
    }

    #[test]
    fn eval_figures_appear_when_given() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets/frus");
        let eval: Value =
            serde_json::json!({"frus": {"persons": {"exact": {"f1": 0.7292}}, "n_documents": 33, "missed": ["x"]}});
        let card = render_card(&Summary::read(&dir, Files::Whole).unwrap(), Some(&eval));
        assert!(card.contains("| `frus.persons.exact.f1` | 0.729 |"), "{card}");
        assert!(card.contains("| `frus.n_documents` | 33 |"));
    }
}
