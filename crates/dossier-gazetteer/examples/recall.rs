//! Measures the bundled gazetteer: how long it takes to index, and how many of
//! the place names found in `corpus/wilson/*.txt` resolve to the right GeoNames
//! place. With folder arguments (from `cargo xtask gazetteer --variants`) it
//! measures those filterings of the source too.
//!
//! `cargo run --release -p dossier-gazetteer --example recall [-- target/gazetteer/variants/*]`

use std::io::Read as _;
use std::path::Path;
use std::time::Instant;

use dossier_gazetteer::{Gazetteer, ResolveContext};

/// Place names as the Wilson Center documents spell them (or as the task
/// names them), with the GeoNames id a reader means. `None` marks regions,
/// which a city gazetteer should not claim.
const CASES: &[(&str, Option<u32>)] = &[
    ("Xinjiang", None),
    ("Manchuria", None),
    ("Yining", Some(1529435)),
    ("Gulja", Some(1529435)),
    ("Kuldja", Some(1529435)),
    ("I-ning", Some(1529435)),
    ("Yili", Some(1529435)),
    ("Ili", Some(1529435)),
    ("Wulumuqi", Some(1529102)),
    ("Urumqi", Some(1529102)),
    ("Tihwa", Some(1529102)),
    ("Beijing", Some(1816670)),
    ("Peking", Some(1816670)),
    ("Peiping", Some(1816670)),
    ("Moscow", Some(524901)),
    ("Pyongyang", Some(1871859)),
    ("Seoul", Some(1835848)),
    ("Hanoi", Some(1581130)),
    ("Saigon", Some(1566083)),
    ("Warsaw", Some(756135)),
    ("Prague", Some(3067696)),
    ("Berlin", Some(2950159)),
    ("West Berlin", Some(2950159)),
    ("Bonn", Some(2946447)),
    ("Tokyo", Some(1850147)),
    ("Ulaanbaatar", Some(2028462)),
    ("Ulan Bator", Some(2028462)),
    ("Harbin", Some(2037013)),
    ("Taipei", Some(1668341)),
    ("Washington", Some(4140963)),
    ("New York", Some(5128581)),
    ("Budapest", Some(3054643)),
    ("Bucharest", Some(683506)),
    ("Geneva", Some(2660646)),
    ("New Delhi", Some(1261481)),
    ("Ottawa", Some(6094817)),
    ("Vladivostok", Some(2013348)),
    ("Kaesong", Some(1876373)),
    ("Gaesong", Some(1876373)),
    ("Sariwon", Some(1870883)),
    ("Kusong", Some(1875107)),
    ("Guseong", Some(1875107)),
    ("Zamyn-Uud", Some(8468638)),
    ("Colombo", Some(1248991)),
    ("Vienna", Some(2761369)),
    ("Stockholm", Some(2673730)),
    ("Yan'an", Some(1787765)),
    ("Alma-Ata", Some(1526384)),
    ("Stalingrad", Some(472757)),
    ("Mukden", Some(2034937)),
    ("Hsinking", Some(2038180)),
    ("Tientsin", Some(1792947)),
];

struct Score {
    top: usize,
    listed: usize,
    regions_claimed: usize,
    misses: Vec<String>,
}

fn score(gazetteer: &Gazetteer) -> Score {
    let mut score = Score { top: 0, listed: 0, regions_claimed: 0, misses: Vec::new() };
    for &(name, expected) in CASES {
        let resolved = gazetteer.resolve(name, &ResolveContext::new());
        let Some(expected) = expected else {
            score.regions_claimed += usize::from(resolved.is_some());
            continue;
        };
        // Merged duplicates count as their merge target.
        let expected = gazetteer.place(expected).map_or(expected, |place| place.geonameid);
        if resolved.as_ref().is_some_and(|r| r.place.geonameid == expected) {
            score.top += 1;
        } else {
            let got = resolved.map_or("nothing".to_owned(), |r| format!("{} {}", r.place.geonameid, r.place.name));
            score.misses.push(format!("{name} → {got}"));
        }
        score.listed += usize::from(gazetteer.lookup(name).iter().any(|c| c.geonameid == expected));
    }
    score
}

fn report(label: &str, gazetteer: &Gazetteer, load_ms: f64) {
    let n_cases = CASES.iter().filter(|(_, expected)| expected.is_some()).count();
    let n_regions = CASES.len() - n_cases;
    let score = score(gazetteer);
    println!(
        "{label:<24} {:>7} places  load {load_ms:>6.1} ms  top-1 {}/{n_cases} ({:.1}%)  listed {}/{n_cases}  regions claimed {}/{n_regions}",
        gazetteer.places().len(),
        score.top,
        100.0 * score.top as f64 / n_cases as f64,
        score.listed,
        score.regions_claimed,
    );
    println!("{:<24} misses: {}", "", score.misses.join("; "));
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let start = Instant::now();
    let gazetteer = Gazetteer::bundled();
    let load_ms = start.elapsed().as_secs_f64() * 1000.0;
    report("bundled", gazetteer, load_ms);

    for dir in std::env::args().skip(1) {
        let dir = Path::new(&dir);
        let read = |file: &str| std::fs::read_to_string(dir.join(file));
        let read_gz = |file: &str| -> std::io::Result<String> {
            let mut text = String::new();
            flate2::read::GzDecoder::new(std::fs::File::open(dir.join(file))?).read_to_string(&mut text)?;
            Ok(text)
        };
        let start = Instant::now();
        let variant = Gazetteer::from_sources(
            &read_gz("places.tsv.gz")?,
            &read_gz("alternates.tsv.gz")?,
            &read("countries.tsv")?,
            &read("historical.tsv")?,
        )?;
        let load_ms = start.elapsed().as_secs_f64() * 1000.0;
        report(&dir.file_name().unwrap_or_default().to_string_lossy(), &variant, load_ms);
    }
    Ok(())
}
