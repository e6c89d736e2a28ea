//! The committed datasets in `datasets/` are what the pipeline produces now
//! (the same check as `cargo xtask export --check`, enforced by `cargo test`).

use crate::support::{dossier, root, run, temp_dir};

/// The same list as `xtask/src/export.rs`.
const CORPORA: [(&str, &str); 3] = [
    ("wilson", "corpus/wilson"),
    ("frus", "corpus/frus"),
    ("wilson-bulk", "corpus/wilson-bulk/wilson_archive_2910f69.jsonl"),
];

#[test]
fn committed_datasets_are_up_to_date() {
    for (corpus, input) in CORPORA {
        // The folder's name is the dataset's name in report.html and README.md.
        let out = temp_dir(&format!("export-{corpus}")).join(corpus);
        assert!(run(&[&root().join(input)], &out, &[]).status.success());
        // The derived outputs too, except documents.sqlite: SQLite files are not
        // byte-stable across SQLite versions, so they are neither committed nor compared.
        let out_arg = out.to_string_lossy().into_owned();
        assert!(dossier(&["publish", &out_arg, "--format", "parquet,report,card"]).status.success());
        let committed = root().join("datasets").join(corpus);
        let mut names: Vec<String> =
            std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        for name in names {
            // Bytes, not text: the Parquet files are binary.
            let fresh = std::fs::read(out.join(&name)).unwrap();
            let old = std::fs::read(committed.join(&name)).unwrap_or_default();
            assert!(
                fresh == old,
                "datasets/{corpus}/{name} is out of date: run `cargo xtask export`, review the diff, and commit it"
            );
        }
    }
}
