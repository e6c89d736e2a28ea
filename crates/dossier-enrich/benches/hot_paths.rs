//! Criterion micro-benchmarks of the hot paths a `perf` profile of `dossier run`
//! shows: date parsing, gazetteer lookup, person name keys, and the whole
//! per-document step (normalize, then enrich with and without entities, and
//! both as `dossier_pipeline` runs them, inside the panic guard).
//!
//! Every input is real text from the repository: two corpus documents compiled
//! in with `include_str!`, and names and dates as they are spelled in the corpus.
//! `cargo xtask bench` measures whole runs; these measure the pieces, so a change
//! to one of them can be judged in seconds:
//!
//! ```text
//! cargo bench -p dossier-enrich --bench hot_paths             # about 90 seconds
//! cargo bench -p dossier-enrich --bench hot_paths -- --quick  # about 15 seconds
//! cargo bench -p dossier-enrich --bench hot_paths -- gazetteer
//! ```

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_main};
use dossier_dates::{Context, find_dates, parse_date};
use dossier_enrich::entities::names::{compute_person_key, person_key};
use dossier_gazetteer::{Gazetteer, ResolveContext, name_key};
use dossier_model::{NormalizedDoc, ParsedDoc, RawInput};

/// A Wilson Center cable (1962) about the Soviet consulates in Wulumuqi and Yining.
const SEED_PATH: &str = "wilson/seed__document-118197.txt";
const SEED_TEXT: &str = include_str!("../../../corpus/wilson/seed__document-118197.txt");

/// A FRUS memorandum of conversation (1961) with tagged participants and Peiping.
const FRUS_PATH: &str = "frus/frus1961-63v22-d3.xml";
const FRUS_TEXT: &str = include_str!("../../../corpus/frus/frus1961-63v22-d3.xml");

/// Parses one corpus file the way `dossier run` does and keeps its first document.
fn parsed(path: &str, text: &str) -> ParsedDoc {
    let input = RawInput { path: path.to_owned(), blake3: "0".repeat(64), bytes: text.as_bytes().to_vec() };
    let parsed = dossier_parse::parse(input, &dossier_parse::Config::default());
    parsed.docs.into_iter().next().unwrap_or_else(|| panic!("`{path}` yields no document: {:?}", parsed.errors))
}

fn normalized(doc: &ParsedDoc) -> NormalizedDoc {
    dossier_normalize::normalize(doc.clone(), &dossier_normalize::Config::default())
}

fn dates(c: &mut Criterion) {
    let mut group = c.benchmark_group("dates");
    // The seed cable's own date, as `enrich` anchors its body dates on it.
    let seed_anchor = Context::anchored(1962, Some(6), Some(21));
    group.bench_function("find_dates/seed_text", |b| b.iter(|| find_dates(black_box(SEED_TEXT), &seed_anchor)));
    let frus_body = normalized(&parsed(FRUS_PATH, FRUS_TEXT)).body;
    let frus_anchor = Context::anchored(1961, Some(2), Some(3));
    group.bench_function("find_dates/frus_d3_body", |b| b.iter(|| find_dates(black_box(&frus_body), &frus_anchor)));
    // As written in the seed cable, the FRUS dateline and a Soviet cable's date line.
    for raw in ["21 June 1962", "June 21, 1962", "16 June", "February 3, 1961", "17.XII.1947"] {
        group.bench_with_input(BenchmarkId::new("parse_date", raw), raw, |b, raw| {
            b.iter(|| parse_date(black_box(raw), &seed_anchor))
        });
    }
    group.finish();
}

fn gazetteer(c: &mut Criterion) {
    // Index the bundled data before timing: it is built once per process.
    let gazetteer = Gazetteer::bundled();
    let mut group = c.benchmark_group("gazetteer");
    // Places of the seed cable and the FRUS volume, Salisbury (a renamed town),
    // and a word of the FRUS text that is no place.
    for name in ["Urumqi", "Wulumuqi", "Yining", "Peiping", "Salisbury", "Plenipotentiary"] {
        group.bench_with_input(BenchmarkId::new("lookup", name), name, |b, name| {
            b.iter(|| gazetteer.lookup(black_box(name)).len())
        });
    }
    for name in ["Wulumuqi", "Peiping", "Xinjiang Uyghur Autonomous Region"] {
        group
            .bench_with_input(BenchmarkId::new("name_key", name), name, |b, name| b.iter(|| name_key(black_box(name))));
    }
    for (name, context) in [
        ("Yining", ResolveContext::new().year(1962)),
        ("Peiping", ResolveContext::new().year(1961)),
        ("Salisbury", ResolveContext::new().year(1970).country("Rhodesia")),
    ] {
        group.bench_with_input(BenchmarkId::new("resolve", name), name, |b, name| {
            b.iter(|| gazetteer.resolve(black_box(name), &context).map(|r| r.place.geonameid))
        });
    }
    group.finish();
}

fn names(c: &mut Criterion) {
    let mut group = c.benchmark_group("person_key");
    // Spellings found in the corpus: Wade-Giles and Pinyin, McCune-Reischauer and
    // common Korean spellings, Russian transliterations with initials, a Western name.
    for name in [
        "Chou En-lai",
        "Zhou Enlai",
        "Mao Zedong",
        "Pak Chung-hui",
        "Park Chung Hee",
        "Chang To-yong",
        "Kim Il Sung",
        "N.S. Khrushchev",
        "Vyshinskyy",
        "Dean Rusk",
    ] {
        group.bench_with_input(BenchmarkId::new("compute", name), name, |b, name| {
            b.iter(|| compute_person_key(black_box(name)))
        });
    }
    // `person_key` remembers recent names per thread: after the first call every
    // iteration is a hit, which is what a name repeated across documents costs.
    for name in ["Chou En-lai", "Park Chung Hee"] {
        group.bench_with_input(BenchmarkId::new("memo_hit", name), name, |b, name| {
            b.iter(|| person_key(black_box(name)))
        });
    }
    group.finish();
}

fn documents(c: &mut Criterion) {
    let full = dossier_enrich::Config::default();
    let no_entities = dossier_enrich::Config { entities: false, ..dossier_enrich::Config::default() };
    let normalize_config = dossier_normalize::Config::default();
    // The stages after parsing, in the order and with the panic guard of `dossier run`.
    let pipeline = dossier_pipeline::Pipeline::default();
    // Build the shared reference data before timing, as a run does once.
    let _ = Gazetteer::bundled();
    let mut group = c.benchmark_group("document");
    // Up to a millisecond per iteration: 50 samples need more than the default second.
    group.measurement_time(Duration::from_secs(2));
    for (label, path, text) in [("seed", SEED_PATH, SEED_TEXT), ("frus_d3", FRUS_PATH, FRUS_TEXT)] {
        let doc = parsed(path, text);
        let normal = normalized(&doc);
        // Warm the lazily built name and syllable tables.
        let _ = dossier_enrich::enrich(normal.clone(), &full);
        // Cloning the input is setup, not timed; dropping the output is timed.
        group.bench_function(BenchmarkId::new("normalize", label), |b| {
            b.iter_batched(
                || doc.clone(),
                |doc| dossier_normalize::normalize(doc, &normalize_config),
                BatchSize::SmallInput,
            )
        });
        group.bench_function(BenchmarkId::new("enrich", label), |b| {
            b.iter_batched(|| normal.clone(), |doc| dossier_enrich::enrich(doc, &full), BatchSize::SmallInput)
        });
        // `enrich` minus this is the cost of `entities::entity_mentions`.
        group.bench_function(BenchmarkId::new("enrich_without_entities", label), |b| {
            b.iter_batched(|| normal.clone(), |doc| dossier_enrich::enrich(doc, &no_entities), BatchSize::SmallInput)
        });
        group.bench_function(BenchmarkId::new("normalize_enrich", label), |b| {
            b.iter_batched(|| doc.clone(), |doc| pipeline.finish_document(path, doc), BatchSize::SmallInput)
        });
    }
    group.finish();
}

/// Short runs: these benches compare before and after a change on one machine,
/// and none takes more than about a millisecond per iteration. No plots.
fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(1))
        .sample_size(50)
        .without_plots()
}

/// `criterion_group!` makes a `pub fn` it cannot document; in a private module it
/// is not reachable from outside, so `missing_docs` leaves it alone.
mod group {
    use super::{config, dates, documents, gazetteer, names};

    criterion::criterion_group! {
        name = hot_paths;
        config = config();
        targets = dates, gazetteer, names, documents
    }
}

criterion_main!(group::hot_paths);
