//! `dossier diff OLD NEW`: what changed between two versions of a dataset, in
//! words: documents added, removed and changed (by id), and for each column of
//! `documents.csv` the share of documents whose value changed, with examples;
//! for the other files, rows added and removed.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use crate::Error;
use crate::dataset::{DATA_FILES, Dataset};
use crate::html::percent;

/// Examples shown per changed column.
pub const MAX_EXAMPLES: usize = 20;

/// One column of `documents.csv` (or the body) and how often it changed.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnChange {
    /// Column name (`body` is the body from `documents.jsonl`).
    pub column: String,
    /// Documents in both versions whose value differs.
    pub n_changed: usize,
    /// Documents in both versions.
    pub n_common: usize,
    /// Up to [`MAX_EXAMPLES`] of (id, old value, new value), in new-file order.
    pub examples: Vec<(String, String, String)>,
}

/// How one data file changed.
#[derive(Debug, Clone, PartialEq)]
pub struct FileChange {
    /// File name.
    pub file: String,
    /// `None` when the file is in both versions; else which one lacks it.
    pub missing_in: Option<&'static str>,
    /// Lines (rows) only in the old version.
    pub n_removed: usize,
    /// Lines (rows) only in the new version.
    pub n_added: usize,
}

/// The difference between two dataset folders.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DatasetDiff {
    /// Documents in the old version.
    pub n_old: usize,
    /// Documents in the new version.
    pub n_new: usize,
    /// Ids only in the new version, with titles.
    pub added: Vec<(String, String)>,
    /// Ids only in the old version, with titles.
    pub removed: Vec<(String, String)>,
    /// Ids in both whose `documents.csv` row or body differs.
    pub changed: Vec<String>,
    /// Columns only in the new `documents.csv`.
    pub columns_added: Vec<String>,
    /// Columns only in the old `documents.csv`.
    pub columns_removed: Vec<String>,
    /// Per common column that changed anywhere.
    pub columns: Vec<ColumnChange>,
    /// Data files that are not byte-identical.
    pub files: Vec<FileChange>,
}

impl DatasetDiff {
    /// True when every data file is byte-identical.
    pub fn is_identical(&self) -> bool {
        self.files.is_empty()
    }
}

/// Compares the datasets in `old` and `new`.
pub fn diff(old: &Path, new: &Path) -> Result<DatasetDiff, Error> {
    let a = Dataset::open(old)?;
    let b = Dataset::open(new)?;
    let mut out =
        DatasetDiff { n_old: a.documents.rows.len(), n_new: b.documents.rows.len(), ..DatasetDiff::default() };

    let index = |d: &Dataset| -> BTreeMap<String, usize> {
        d.documents.rows.iter().enumerate().map(|(idx, r)| (d.documents.cell(r, "id").to_owned(), idx)).collect()
    };
    let (a_ids, b_ids) = (index(&a), index(&b));
    for row in &b.documents.rows {
        let id = b.documents.cell(row, "id");
        if !a_ids.contains_key(id) {
            out.added.push((id.to_owned(), b.documents.cell(row, "title").to_owned()));
        }
    }
    for row in &a.documents.rows {
        let id = a.documents.cell(row, "id");
        if !b_ids.contains_key(id) {
            out.removed.push((id.to_owned(), a.documents.cell(row, "title").to_owned()));
        }
    }
    out.columns_added = b.documents.columns.iter().filter(|c| a.documents.column(c).is_none()).cloned().collect();
    out.columns_removed = a.documents.columns.iter().filter(|c| b.documents.column(c).is_none()).cloned().collect();

    // Common documents in the new file's order.
    let common: Vec<(&str, &Vec<String>, &Vec<String>)> = b
        .documents
        .rows
        .iter()
        .filter_map(|nr| {
            let id = b.documents.cell(nr, "id");
            a_ids.get(id).map(|&idx| (id, &a.documents.rows[idx], nr))
        })
        .collect();
    let mut changed: BTreeSet<&str> = BTreeSet::new();
    let mut columns: Vec<String> =
        b.documents.columns.iter().filter(|c| a.documents.column(c).is_some()).cloned().collect();
    columns.push("body".to_owned());
    for column in columns {
        let mut change =
            ColumnChange { column: column.clone(), n_changed: 0, n_common: common.len(), examples: Vec::new() };
        for (id, old_row, new_row) in &common {
            let (old_value, new_value) = if column == "body" {
                let body = |d: &Dataset| d.texts.get(*id).map(|t| t.body.clone()).unwrap_or_default();
                (body(&a), body(&b))
            } else {
                (a.documents.cell(old_row, &column).to_owned(), b.documents.cell(new_row, &column).to_owned())
            };
            if old_value != new_value {
                change.n_changed += 1;
                changed.insert(id);
                if change.examples.len() < MAX_EXAMPLES {
                    change.examples.push(((*id).to_owned(), old_value, new_value));
                }
            }
        }
        if change.n_changed > 0 {
            out.columns.push(change);
        }
    }
    out.changed = common.iter().filter(|(id, _, _)| changed.contains(id)).map(|(id, _, _)| (*id).to_owned()).collect();

    for name in DATA_FILES {
        let (pa, pb) = (old.join(name), new.join(name));
        let read = |p: &Path| -> Result<Option<Vec<u8>>, Error> {
            if p.is_file() {
                std::fs::read(p).map(Some).map_err(|source| Error::Io { path: p.to_owned(), source })
            } else {
                Ok(None)
            }
        };
        match (read(&pa)?, read(&pb)?) {
            (None, None) => {}
            (Some(x), Some(y)) if x == y => {}
            (Some(x), Some(y)) => {
                let (n_removed, n_added) = line_changes(&String::from_utf8_lossy(&x), &String::from_utf8_lossy(&y));
                out.files.push(FileChange { file: name.to_owned(), missing_in: None, n_removed, n_added });
            }
            (None, Some(y)) => out.files.push(FileChange {
                file: name.to_owned(),
                missing_in: Some("old"),
                n_removed: 0,
                n_added: y.split(|b| *b == b'\n').count(),
            }),
            (Some(x), None) => out.files.push(FileChange {
                file: name.to_owned(),
                missing_in: Some("new"),
                n_removed: x.split(|b| *b == b'\n').count(),
                n_added: 0,
            }),
        }
    }
    Ok(out)
}

/// Lines only in `old` and only in `new`, as multisets (order ignored).
fn line_changes(old: &str, new: &str) -> (usize, usize) {
    let mut counts: BTreeMap<&str, i64> = BTreeMap::new();
    for line in old.lines() {
        *counts.entry(line).or_default() += 1;
    }
    for line in new.lines() {
        *counts.entry(line).or_default() -= 1;
    }
    let removed = counts.values().filter(|n| **n > 0).sum::<i64>() as usize;
    let added = counts.values().filter(|n| **n < 0).map(|n| -n).sum::<i64>() as usize;
    (removed, added)
}

fn clip(text: &str) -> String {
    let flat = text.replace('\r', "").replace('\n', "⏎");
    if flat.chars().count() > 120 { format!("{}…", flat.chars().take(119).collect::<String>()) } else { flat }
}

impl fmt::Display for DatasetDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_identical() {
            return writeln!(f, "identical: every data file is byte for byte the same ({} documents)", self.n_old);
        }
        writeln!(
            f,
            "documents: {} → {} ({} added, {} removed, {} changed)",
            self.n_old,
            self.n_new,
            self.added.len(),
            self.removed.len(),
            self.changed.len()
        )?;
        for (label, list) in [("added", &self.added), ("removed", &self.removed)] {
            for (id, title) in list.iter().take(MAX_EXAMPLES) {
                writeln!(f, "  {label} {id}: {}", clip(title))?;
            }
            if list.len() > MAX_EXAMPLES {
                writeln!(f, "  … and {} more {label}", list.len() - MAX_EXAMPLES)?;
            }
        }
        for c in &self.columns_added {
            writeln!(f, "column `{c}` is new in documents.csv")?;
        }
        for c in &self.columns_removed {
            writeln!(f, "column `{c}` is no longer in documents.csv")?;
        }
        for c in &self.columns {
            writeln!(
                f,
                "{} changed in {} of documents ({} of {})",
                c.column,
                percent(c.n_changed, c.n_common),
                c.n_changed,
                c.n_common
            )?;
            for (id, old, new) in &c.examples {
                writeln!(f, "    {id}: \"{}\" → \"{}\"", clip(old), clip(new))?;
            }
            if c.n_changed > c.examples.len() {
                writeln!(f, "    … and {} more", c.n_changed - c.examples.len())?;
            }
        }
        for file in &self.files {
            match file.missing_in {
                Some(side) => writeln!(f, "{}: missing from the {side} version", file.file)?,
                None => writeln!(f, "{}: {} lines removed, {} added", file.file, file.n_removed, file.n_added)?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy_dataset(name: &str, to: &Path) {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets").join(name);
        std::fs::create_dir_all(to).unwrap();
        for file in DATA_FILES {
            if from.join(file).is_file() {
                std::fs::copy(from.join(file), to.join(file)).unwrap();
            }
        }
    }

    #[test]
    fn identical_datasets_say_so() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets/wilson");
        let d = diff(&dir, &dir).unwrap();
        assert!(d.is_identical());
        assert!(d.to_string().starts_with("identical"));
    }

    #[test]
    fn a_changed_date_and_a_removed_document_are_explained() {
        let root = std::env::temp_dir().join(format!("dossier-diff-{}", std::process::id()));
        let (old, new) = (root.join("old"), root.join("new"));
        copy_dataset("wilson", &old);
        copy_dataset("wilson", &new);
        let csv = std::fs::read_to_string(new.join("documents.csv")).unwrap();
        let mut lines: Vec<String> = csv.split_inclusive('\n').map(str::to_owned).collect();
        lines[1] = lines[1].replace("1961-08-01", "1961-08-02");
        let dropped = lines.remove(2);
        std::fs::write(new.join("documents.csv"), lines.concat()).unwrap();
        let d = diff(&old, &new).unwrap();
        let _ = std::fs::remove_dir_all(&root);
        assert!(!d.is_identical());
        assert_eq!(d.removed.len(), 1);
        assert!(dropped.starts_with(&d.removed[0].0));
        let text = d.to_string();
        assert!(text.contains("date changed in 1.5% of documents (1 of 65)"), "{text}");
        assert!(text.contains("\"1961-08-01\" → \"1961-08-02\""), "{text}");
        assert!(text.contains("documents.csv: 2 lines removed, 1 added"), "{text}");
    }
}
