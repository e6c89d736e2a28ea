//! Same inputs and flags give byte-identical outputs at any thread count.

use crate::support::{read, run, temp_dir, wilson};

#[test]
fn one_thread_and_eight_threads_write_the_same_bytes() {
    let one = temp_dir("threads1");
    let many = temp_dir("threads8");
    assert!(run(&[&wilson()], &one, &["--threads", "1"]).status.success());
    assert!(run(&[&wilson()], &many, &["--threads", "8"]).status.success());
    for name in dossier_export::OUTPUT_FILES {
        assert!(read(&one.join(name)) == read(&many.join(name)), "{name} differs between 1 and 8 threads");
    }
}
