//! The committed datasets in `datasets/` are what the pipeline produces now
//! (the same check as `cargo xtask export --check`, enforced by `cargo test`).

use crate::support::{read, root, run, temp_dir, wilson};

#[test]
fn committed_wilson_dataset_is_up_to_date() {
    let out = temp_dir("export");
    assert!(run(&[&wilson()], &out, &[]).status.success());
    let committed = root().join("datasets").join("wilson");
    for name in ["documents.csv", "documents.jsonl", "mentions.csv", "rejects.jsonl", "manifest.json"] {
        let fresh = read(&out.join(name));
        let old = read(&committed.join(name));
        assert!(
            fresh == old,
            "datasets/wilson/{name} is out of date: run `cargo xtask export`, review the diff, and commit it"
        );
    }
}
