//! Finding input files: explicit files as given, folders walked recursively in
//! byte order of their entry names, so the input order never depends on the file
//! system's listing order.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use dossier_model::Reject;

/// One file to process.
#[derive(Debug, Clone)]
pub struct InputFile {
    /// Where to read it.
    pub path: PathBuf,
    /// Display path: the input root's own name, then the path below it, `/`-separated.
    pub display: String,
}

/// What walking the input paths found.
#[derive(Debug, Default)]
pub struct Walk {
    /// Files to process, in processing order.
    pub files: Vec<InputFile>,
    /// Folders or entries that could not be read.
    pub rejects: Vec<Reject>,
}

/// The display name of a root path: its last component, or the path itself.
fn root_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.to_string_lossy().into_owned())
}

fn unreadable(display: &str, reason: &str, detail: String) -> Reject {
    Reject { path: display.to_owned(), record_key: None, reason: reason.to_owned(), detail, offset: None, line: None }
}

/// Walks `roots`. A root that does not exist is a setup error (`Err`); anything
/// unreadable below a root becomes a reject.
pub fn walk(roots: &[PathBuf]) -> Result<Walk, String> {
    let mut out = Walk::default();
    for root in roots {
        let meta = fs::metadata(root).map_err(|e| format!("cannot read input `{}`: {e}", root.display()))?;
        let name = root_name(root);
        if meta.is_dir() {
            let mut visited = HashSet::new();
            walk_dir(root, &name, &mut visited, &mut out);
        } else {
            out.files.push(InputFile { path: root.clone(), display: name });
        }
    }
    Ok(out)
}

fn walk_dir(dir: &Path, display: &str, visited: &mut HashSet<PathBuf>, out: &mut Walk) {
    // Symlinked folders are followed once; a loop ends at the first repeat.
    match fs::canonicalize(dir) {
        Ok(real) => {
            if !visited.insert(real) {
                out.rejects.push(unreadable(
                    display,
                    "symlink_loop",
                    format!("`{display}` leads back to a folder already walked: skipped to avoid a loop"),
                ));
                return;
            }
        }
        Err(e) => {
            out.rejects.push(unreadable(display, "unreadable", format!("cannot resolve folder `{display}`: {e}")));
            return;
        }
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            out.rejects.push(unreadable(display, "unreadable", format!("cannot list folder `{display}`: {e}")));
            return;
        }
    };
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => names.push(entry.file_name()),
            Err(e) => {
                out.rejects.push(unreadable(display, "unreadable", format!("cannot list folder `{display}`: {e}")))
            }
        }
    }
    names.sort_by(|a, b| a.as_encoded_bytes().cmp(b.as_encoded_bytes()));
    for name in names {
        let path = dir.join(&name);
        let child = format!("{display}/{}", name.to_string_lossy());
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk_dir(&path, &child, visited, out),
            Ok(_) => out.files.push(InputFile { path, display: child }),
            Err(e) => out.rejects.push(unreadable(&child, "unreadable", format!("cannot read `{child}`: {e}"))),
        }
    }
}
