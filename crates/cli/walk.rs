//! Finding input files: explicit files as given, folders walked recursively in
//! byte order of their entry names, so the input order never depends on the file
//! system's listing order.
//!
//! Only regular files are read. A named pipe, socket or device would block or
//! never end, so it is a `not_a_file` reject; a symlink that leads back to
//! itself is a `symlink_loop`, a dangling one `broken_symlink`.

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
    /// Size when walked; decides chunk boundaries (the bytes read are what counts).
    pub n_bytes: u64,
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
        } else if meta.is_file() {
            out.files.push(InputFile { path: root.clone(), display: name, n_bytes: meta.len() });
        } else {
            out.rejects.push(not_a_file(&name));
        }
    }
    Ok(out)
}

fn not_a_file(display: &str) -> Reject {
    unreadable(
        display,
        "not_a_file",
        format!(
            "`{display}` is not a regular file (a named pipe, socket or device): skipped, since reading it may never end"
        ),
    )
}

/// Whether `path` is a symlink whose chain of targets comes back to a link
/// already followed. Reads links only; bounded by the number of hops.
fn is_symlink_loop(path: &Path) -> bool {
    let mut seen = HashSet::new();
    let mut current = path.to_owned();
    for _ in 0..64 {
        let Ok(target) = fs::read_link(&current) else { return false };
        let next = match current.parent() {
            Some(parent) => parent.join(&target),
            None => target,
        };
        if !seen.insert(current) {
            return true;
        }
        current = next;
    }
    true
}

/// The reject for an entry whose metadata cannot be read.
fn entry_reject(path: &Path, display: &str, e: &std::io::Error) -> Reject {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && is_symlink_loop(path) {
        unreadable(display, "symlink_loop", format!("`{display}` is a symlink that leads back to itself: skipped"))
    } else if is_link && e.kind() == std::io::ErrorKind::NotFound {
        unreadable(display, "broken_symlink", format!("`{display}` is a symlink to nothing: {e}"))
    } else {
        unreadable(display, "unreadable", format!("cannot read `{display}`: {e}"))
    }
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
            Ok(meta) if meta.is_file() => out.files.push(InputFile { path, display: child, n_bytes: meta.len() }),
            Ok(_) => out.rejects.push(not_a_file(&child)),
            Err(e) => out.rejects.push(entry_reject(&path, &child, &e)),
        }
    }
}
