//! Same inputs and flags give byte-identical outputs at any thread count.

use crate::support::{read, run, temp_dir, wilson};

#[test]
fn one_thread_and_eight_threads_write_the_same_bytes() {
    let one = temp_dir("threads1");
    let many = temp_dir("threads8");
    assert!(run(&[&wilson()], &one, &["--threads", "1"]).status.success());
    assert!(run(&[&wilson()], &many, &["--threads", "8"]).status.success());
    for name in dossier_export::OUTPUT_FILES.iter().chain(&["links.csv", "clusters.csv"]) {
        assert!(read(&one.join(name)) == read(&many.join(name)), "{name} differs between 1 and 8 threads");
    }
}

#[test]
fn an_entity_table_spilled_to_disk_writes_the_same_bytes() {
    let frus = crate::support::root().join("corpus/frus");
    let whole = temp_dir("spill-none");
    let spilled = temp_dir("spill-often");
    assert!(run(&[&wilson(), &frus], &whole, &["--threads", "2"]).status.success());
    // A run file every 40 entities: the two corpora have about 2,000.
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["run", "--no-progress", "--threads", "2", "--out"])
        .arg(&spilled)
        .arg(wilson())
        .arg(&frus)
        .env(dossier_export::SPILL_ENTRIES_VAR, "40")
        .status()
        .unwrap();
    assert!(status.success());
    for name in dossier_export::OUTPUT_FILES {
        assert!(read(&whole.join(name)) == read(&spilled.join(name)), "{name} differs when the entity table spills");
    }
    assert!(!spilled.join(dossier_export::SPILL_DIR).exists(), "the spilled runs are removed");
}
