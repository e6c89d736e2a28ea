//! Measures the one-time load of the bundled authority data (decompress and
//! index), the startup cost a run pays on its first FRUS person link:
//! `cargo run --release -p dossier-authority --example startup`.

use std::time::Instant;

fn main() {
    let started = Instant::now();
    let authority = dossier_authority::PeopleAuthority::bundled();
    let loaded = started.elapsed();
    let started = Instant::now();
    let hsg_id = dossier_authority::by_volume_person("frus1961-63v22", "p_RD1");
    let looked_up = started.elapsed();
    println!(
        "loaded {} people and {} volume-person ids of {} volumes in {:.1} ms; one lookup {:.1} µs ({hsg_id:?})",
        authority.people().len(),
        authority.n_volume_persons(),
        authority.n_volumes(),
        loaded.as_secs_f64() * 1e3,
        looked_up.as_secs_f64() * 1e6,
    );
}
