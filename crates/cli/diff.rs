//! `dossier diff OLD_DIR NEW_DIR`: what changed between two dataset folders, in
//! words, on stdout. Exit status 0 identical, 1 different, 2 unreadable.

use std::io::Write;
use std::process::ExitCode;

use crate::args::DiffArgs;

/// Exit status when the datasets differ.
const EXIT_DIFFERENT: u8 = 1;
/// Exit status when a dataset cannot be read (like a bad command line).
const EXIT_USAGE: u8 = 2;

/// Runs the comparison; errors are reported here so they get status 2, not 1.
pub fn diff(args: &DiffArgs) -> ExitCode {
    match dossier_publish::diff(&args.old, &args.new) {
        Ok(d) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`dossier diff a b | head`) ends quietly; the status
            // still says whether the datasets differ.
            let _ = write!(stdout, "{d}").and_then(|()| stdout.flush());
            if d.is_identical() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_DIFFERENT) }
        }
        Err(err) => {
            eprintln!("dossier: error: {err}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
