//! The committed datasets in `datasets/` are what the pipeline produces now
//! (the same check as `cargo xtask export --check`, enforced by `cargo test`).

use crate::support::{read, root, run, temp_dir};

/// The same list as `xtask/src/export.rs`.
const CORPORA: [(&str, &str); 3] = [
    ("wilson", "corpus/wilson"),
    ("frus", "corpus/frus"),
    ("wilson-bulk", "corpus/wilson-bulk/wilson_archive_2910f69.jsonl"),
];

#[test]
fn committed_datasets_are_up_to_date() {
    for (corpus, input) in CORPORA {
        let out = temp_dir(&format!("export-{corpus}"));
        assert!(run(&[&root().join(input)], &out, &[]).status.success());
        let committed = root().join("datasets").join(corpus);
        let mut names: Vec<String> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in names {
            let fresh = read(&out.join(&name));
            let old = read(&committed.join(&name));
            assert!(
                fresh == old,
                "datasets/{corpus}/{name} is out of date: run `cargo xtask export`, review the diff, and commit it"
            );
        }
    }
}
