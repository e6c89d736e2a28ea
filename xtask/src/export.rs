//! `cargo xtask export [--check]`: runs `dossier run` over every bundled corpus
//! (see [`CORPORA`]) into `datasets/<corpus>/`, then `dossier publish` (report,
//! SQLite, Parquet, dataset card), or with `--check` into `target/` and compares
//! the result with the committed datasets byte for byte, explaining a difference
//! with `dossier diff`. `documents.sqlite` is written but never compared or
//! committed: SQLite files are not byte-stable across SQLite versions.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, bail};

use crate::workspace_root;

/// The bundled corpora: dataset folder under `datasets/` → input path.
pub const CORPORA: [(&str, &str); 3] = [
    ("wilson", "corpus/wilson"),
    ("frus", "corpus/frus"),
    ("wilson-bulk", "corpus/wilson-bulk/wilson_archive_2910f69.jsonl"),
];

/// Derived outputs written next to every dataset (`dossier publish --format …`).
const PUBLISH_FORMATS: &str = "sqlite,parquet,report,card";

/// Files that are written but neither committed nor compared.
const NOT_COMPARED: [&str; 1] = ["documents.sqlite"];

/// Builds the `dossier` binary, with cargo's own progress shown (a cold
/// build takes minutes); returns its path.
pub(crate) fn build_dossier(root: &Path) -> anyhow::Result<PathBuf> {
    eprintln!("xtask: building `dossier` (about 4 minutes on a cold 2-core machine, seconds afterwards)");
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .current_dir(root)
        .args(["build", "--bin", "dossier"])
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("cargo build --bin dossier failed");
    }
    let target = crate::target_dir(root);
    Ok(target.join("debug").join("dossier"))
}

fn run_dossier(root: &Path, dossier: &Path, input: &str, out: &Path) -> anyhow::Result<()> {
    // Run from the workspace root with a relative input path, so the recorded
    // display paths are the same on every machine.
    let status = Command::new(dossier)
        .current_dir(root)
        .arg("run")
        .arg(input)
        .arg("--out")
        .arg(out)
        .args(["--force", "--no-progress"])
        .status()
        .with_context(|| format!("running `{}`", dossier.display()))?;
    if !status.success() {
        bail!("dossier run over {input} failed with {status}");
    }
    Ok(())
}

fn publish(root: &Path, dossier: &Path, dir: &Path) -> anyhow::Result<()> {
    let status = Command::new(dossier)
        .current_dir(root)
        .arg("publish")
        .arg(dir)
        .args(["--format", PUBLISH_FORMATS])
        .status()
        .with_context(|| format!("running `{}`", dossier.display()))?;
    if !status.success() {
        bail!("dossier publish {} failed with {status}", dir.display());
    }
    Ok(())
}

/// Copies the regular files of a dataset folder into `to` (created afresh).
pub(crate) fn copy_dataset(from: &Path, to: &Path) -> anyhow::Result<()> {
    let _ = std::fs::remove_dir_all(to);
    std::fs::create_dir_all(to).with_context(|| format!("creating `{}`", to.display()))?;
    for name in file_names(from)? {
        let source = from.join(&name);
        if source.is_file() && !NOT_COMPARED.contains(&name.as_str()) {
            std::fs::copy(&source, to.join(&name)).with_context(|| format!("copying `{}`", source.display()))?;
        }
    }
    Ok(())
}

/// Names of the files in `dir`, sorted.
fn file_names(dir: &Path) -> anyhow::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading `{}`", dir.display()))? {
        let entry = entry.with_context(|| format!("reading `{}`", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !NOT_COMPARED.contains(&name.as_str()) {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// Describes how two versions of a text file differ: the first differing line.
fn first_difference(old: &str, new: &str) -> String {
    for (idx, (a, b)) in old.lines().zip(new.lines()).enumerate() {
        if a != b {
            let clip = |s: &str| s.chars().take(300).collect::<String>();
            return format!(
                "first difference at line {}:\n    committed: {}\n    now:       {}",
                idx + 1,
                clip(a),
                clip(b)
            );
        }
    }
    format!("{} lines committed, {} lines now", old.lines().count(), new.lines().count())
}

/// Compares two dataset folders; returns a description of every difference.
pub fn compare(committed: &Path, fresh: &Path) -> anyhow::Result<Vec<String>> {
    let mut problems = Vec::new();
    let old_names = file_names(committed)?;
    let new_names = file_names(fresh)?;
    for name in &new_names {
        if !old_names.contains(name) {
            problems.push(format!("{name}: new file, not committed"));
        }
    }
    for name in &old_names {
        if !new_names.contains(name) {
            problems.push(format!("{name}: committed but no longer written"));
            continue;
        }
        let old = std::fs::read(committed.join(name)).with_context(|| format!("reading committed `{name}`"))?;
        let new = std::fs::read(fresh.join(name)).with_context(|| format!("reading fresh `{name}`"))?;
        if old != new {
            let detail = first_difference(&String::from_utf8_lossy(&old), &String::from_utf8_lossy(&new));
            problems.push(format!("{name}: differs; {detail}"));
        }
    }
    Ok(problems)
}

/// Marks the start of a generated column table in README.md; the table runs to
/// [`TABLE_END`].
const TABLE_START: &str = "<!-- columns: ";
const TABLE_END: &str = "<!-- /columns -->";

/// `readme` with every column table between `<!-- columns: TABLE -->` and
/// `<!-- /columns -->` rewritten from the one description of each column
/// (`dossier_publish::markdown_table`).
fn with_column_tables(readme: &str) -> anyhow::Result<String> {
    let mut out = String::with_capacity(readme.len());
    let mut rest = readme;
    while let Some(at) = rest.find(TABLE_START) {
        let after = &rest[at + TABLE_START.len()..];
        let Some(close) = after.find(" -->") else { bail!("README.md: `{TABLE_START}` without ` -->`") };
        let table = &after[..close];
        let Some(end) = after.find(TABLE_END) else { bail!("README.md: the `{table}` table has no `{TABLE_END}`") };
        if dossier_publish::table_columns(table).is_empty() {
            bail!("README.md: no columns are described for a table named `{table}`");
        }
        out.push_str(&rest[..at]);
        out.push_str(&format!("{TABLE_START}{table} -->\n"));
        out.push_str(&dossier_publish::markdown_table(table));
        out.push_str(TABLE_END);
        rest = &after[end + TABLE_END.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The `export` task.
pub fn export(args: &[String]) -> anyhow::Result<ExitCode> {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => bail!("usage: cargo xtask export [--check]"),
    };
    let root = workspace_root();
    let dossier = build_dossier(&root)?;
    let mut failed = false;
    for (corpus, input) in CORPORA {
        let committed = Path::new("datasets").join(corpus);
        if check {
            let fresh = Path::new("target").join("xtask-export-check").join(corpus);
            let _ = std::fs::remove_dir_all(root.join(&fresh));
            run_dossier(&root, &dossier, input, &fresh)?;
            publish(&root, &dossier, &fresh)?;
            let problems = compare(&root.join(&committed), &root.join(&fresh))?;
            if problems.is_empty() {
                println!("datasets/{corpus}: up to date");
            } else {
                failed = true;
                println!("datasets/{corpus}: differs from a fresh export:");
                for p in problems {
                    println!("  {p}");
                }
                // In words: which documents and columns changed (exit status 1 = differ).
                println!("  dossier diff {} {}:", committed.display(), fresh.display());
                let out = Command::new(&dossier).current_dir(&root).arg("diff").arg(&committed).arg(&fresh).output();
                match out {
                    Ok(out) => {
                        for line in String::from_utf8_lossy(&out.stdout)
                            .lines()
                            .chain(String::from_utf8_lossy(&out.stderr).lines())
                        {
                            println!("    {line}");
                        }
                    }
                    Err(err) => println!("    (could not run dossier diff: {err})"),
                }
            }
        } else {
            run_dossier(&root, &dossier, input, &committed)?;
            publish(&root, &dossier, &root.join(&committed))?;
            println!("datasets/{corpus}: written");
        }
    }
    let readme = root.join("README.md");
    let text = std::fs::read_to_string(&readme).context("reading README.md")?;
    let fresh = with_column_tables(&text)?;
    if fresh == text {
        println!("README.md: column tables up to date");
    } else if check {
        failed = true;
        println!("README.md: a column table differs from the descriptions next to the row types");
        println!("  {}", first_difference(&text, &fresh));
    } else {
        std::fs::write(&readme, fresh).context("writing README.md")?;
        println!("README.md: column tables written");
    }
    if failed {
        println!("\nif the change is intended, run `cargo xtask export`, read the diff, and commit it");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
