//! The record types of the gazetteer and the parsers for its four TSV files
//! (`places.tsv`, `alternates.tsv`, `countries.tsv`, `historical.tsv`; the
//! first two are bundled gzip-compressed and reach these parsers as text).

use crate::Error;
use crate::key::ascii_fold;

/// One GeoNames place, possibly with population-0 near-duplicates merged in.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// The GeoNames id (`https://www.geonames.org/<id>`).
    pub geonameid: u32,
    /// The GeoNames name, with diacritics (`Ürümqi`).
    pub name: String,
    /// The name with diacritics stripped (`Urumqi`); derived, since the source has no ASCII name field.
    pub ascii_name: String,
    /// Latitude in degrees, to 4 decimals.
    pub latitude: f64,
    /// Longitude in degrees, to 4 decimals.
    pub longitude: f64,
    /// ISO 3166 alpha-2 country code of the modern country.
    pub country: String,
    /// GeoNames first-level administrative code (may be empty).
    pub admin1: String,
    /// Population as GeoNames records it (0 when unknown).
    pub population: u64,
    /// Latin-script alternate names, one per name key, in byte order.
    pub alternates: Vec<String>,
    /// GeoNames ids of the near-duplicates merged into this place.
    pub merged: Vec<u32>,
}

/// One country of `countries.tsv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166 alpha-2 code.
    pub iso: String,
    /// ISO 3166 alpha-3 code.
    pub iso3: String,
    /// English short name.
    pub name: String,
    /// Name of the capital (may be empty).
    pub capital: String,
    /// Continent code (`AS`, `EU`, …).
    pub continent: String,
    /// Population.
    pub population: u64,
    /// GeoNames id of the country.
    pub geonameid: u32,
}

/// Whether a historical name is a state or a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoricalKind {
    /// A state or territory (Soviet Union, Rhodesia, Manchukuo).
    Polity,
    /// A town under an earlier name (Leningrad, Salisbury, Hsinking).
    Place,
}

/// A row of the hand-written `historical.tsv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoricalName {
    /// State or place.
    pub kind: HistoricalKind,
    /// The spellings of the name; the first is the display form.
    pub names: Vec<String>,
    /// Former ISO 3166 alpha-2 code of a polity (`SU`, `DD`, `RH`), if any.
    pub code: Option<String>,
    /// The modern GeoNames place a historical place name refers to.
    pub geonameid: Option<u32>,
    /// Modern ISO 3166 alpha-2 codes of the successor countries (or of the
    /// country a place now lies in).
    pub successors: Vec<String>,
    /// First year the name was in use, inclusive; `None` when open-ended.
    pub valid_from: Option<i32>,
    /// Last year the name was in use, inclusive; `None` when open-ended.
    pub valid_to: Option<i32>,
    /// The state the name belongs to (`Rhodesia` for Salisbury).
    pub polity: String,
    /// A short note on the name.
    pub note: String,
}

impl HistoricalName {
    /// The display form of the name.
    pub fn name(&self) -> &str {
        &self.names[0]
    }

    /// True when the name was in use in `year` (bounds inclusive).
    pub fn is_valid_in(&self, year: i32) -> bool {
        self.valid_from.is_none_or(|from| from <= year) && self.valid_to.is_none_or(|to| year <= to)
    }
}

/// Splits a data line into exactly `n` tab-separated fields.
pub(crate) fn fields<'a>(file: &'static str, line_no: usize, line: &'a str, n: usize) -> Result<Vec<&'a str>, Error> {
    let fields: Vec<&str> = line.split('\t').collect();
    if fields.len() != n {
        return Err(Error::Malformed {
            file,
            line: line_no,
            message: format!("expected {n} tab-separated fields, found {}", fields.len()),
        });
    }
    Ok(fields)
}

fn number<T: std::str::FromStr>(file: &'static str, line_no: usize, field: &str) -> Result<T, Error> {
    field.parse().map_err(|_| Error::Malformed { file, line: line_no, message: format!("`{field}` is not a number") })
}

pub(crate) fn optional_number<T: std::str::FromStr>(
    file: &'static str,
    line_no: usize,
    field: &str,
) -> Result<Option<T>, Error> {
    if field.is_empty() { Ok(None) } else { number(file, line_no, field).map(Some) }
}

/// Data lines with their 1-based line numbers: the header and `#` comments skipped.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().skip(1).map(|(idx, line)| (idx + 1, line)).filter(|(_, line)| !line.is_empty())
}

/// Parses `places.tsv` and attaches the alternates of `alternates.tsv`.
pub(crate) fn parse_places(places_tsv: &str, alternates_tsv: &str) -> Result<Vec<Place>, Error> {
    const FILE: &str = "places.tsv";
    let mut places = Vec::with_capacity(places_tsv.len() / 48);
    for (line_no, line) in data_lines(places_tsv) {
        let f = fields(FILE, line_no, line, 8)?;
        let merged = if f[7].is_empty() {
            Vec::new()
        } else {
            f[7].split(',').map(|id| number(FILE, line_no, id)).collect::<Result<_, _>>()?
        };
        places.push(Place {
            geonameid: number(FILE, line_no, f[0])?,
            name: f[1].to_owned(),
            ascii_name: ascii_fold(f[1]),
            latitude: number(FILE, line_no, f[2])?,
            longitude: number(FILE, line_no, f[3])?,
            country: f[4].to_owned(),
            admin1: f[5].to_owned(),
            population: number(FILE, line_no, f[6])?,
            alternates: Vec::new(),
            merged,
        });
    }
    if !places.is_sorted_by_key(|place| place.geonameid) {
        return Err(Error::Malformed { file: FILE, line: 0, message: "rows are not sorted by geonameid".to_owned() });
    }
    for (line_no, line) in data_lines(alternates_tsv) {
        let f = fields("alternates.tsv", line_no, line, 2)?;
        let geonameid: u32 = number("alternates.tsv", line_no, f[0])?;
        let idx = places.binary_search_by_key(&geonameid, |place| place.geonameid).map_err(|_| Error::Malformed {
            file: "alternates.tsv",
            line: line_no,
            message: format!("geonameid {geonameid} is not in places.tsv"),
        })?;
        places[idx].alternates = f[1].split('|').map(str::to_owned).collect();
    }
    Ok(places)
}

/// Parses `countries.tsv`.
pub(crate) fn parse_countries(text: &str) -> Result<Vec<Country>, Error> {
    const FILE: &str = "countries.tsv";
    data_lines(text)
        .map(|(line_no, line)| {
            let f = fields(FILE, line_no, line, 7)?;
            Ok(Country {
                iso: f[0].to_owned(),
                iso3: f[1].to_owned(),
                name: f[2].to_owned(),
                capital: f[3].to_owned(),
                continent: f[4].to_owned(),
                population: number(FILE, line_no, f[5])?,
                geonameid: number(FILE, line_no, f[6])?,
            })
        })
        .collect()
}

/// Two columns (`a`, `b`) of every row of a table of `n` columns.
fn column_pairs(
    file: &'static str,
    text: &str,
    n: usize,
    (a, b): (usize, usize),
) -> Result<Vec<(String, String)>, Error> {
    data_lines(text)
        .map(|(line_no, line)| {
            let f = fields(file, line_no, line, n)?;
            Ok((f[a].to_owned(), f[b].to_owned()))
        })
        .collect()
}

/// Parses `exonyms.tsv` (ISO alpha-2 code, language, name): `(code, name)` pairs.
pub(crate) fn parse_exonyms(text: &str) -> Result<Vec<(String, String)>, Error> {
    column_pairs("exonyms.tsv", text, 3, (0, 2))
}

/// Parses `cjk_names.tsv` (name, kind, id, english): `(name, english)` pairs,
/// the name in Chinese, Japanese or Korean script and the GeoNames name it is
/// read as.
pub(crate) fn parse_cjk_names(text: &str) -> Result<Vec<(String, String)>, Error> {
    column_pairs("cjk_names.tsv", text, 4, (0, 3))
}

/// Parses `historical.tsv`; lines starting with `#` are comments.
pub(crate) fn parse_historical(text: &str) -> Result<Vec<HistoricalName>, Error> {
    const FILE: &str = "historical.tsv";
    let mut rows = Vec::new();
    let mut seen_header = false;
    for (idx, line) in text.lines().enumerate() {
        let line_no = idx + 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if !seen_header {
            seen_header = true;
            continue;
        }
        let f = fields(FILE, line_no, line, 9)?;
        let kind = match f[0] {
            "polity" => HistoricalKind::Polity,
            "place" => HistoricalKind::Place,
            other => {
                return Err(Error::Malformed {
                    file: FILE,
                    line: line_no,
                    message: format!("kind `{other}` is neither `polity` nor `place`"),
                });
            }
        };
        let list = |field: &str, sep: char| -> Vec<String> {
            field.split(sep).filter(|s| !s.is_empty()).map(str::to_owned).collect()
        };
        let names = list(f[1], '|');
        if names.is_empty() {
            return Err(Error::Malformed { file: FILE, line: line_no, message: "no name".to_owned() });
        }
        rows.push(HistoricalName {
            kind,
            names,
            code: (!f[2].is_empty()).then(|| f[2].to_owned()),
            geonameid: optional_number(FILE, line_no, f[3])?,
            successors: list(f[4], ','),
            valid_from: optional_number(FILE, line_no, f[5])?,
            valid_to: optional_number(FILE, line_no, f[6])?,
            polity: f[7].to_owned(),
            note: f[8].to_owned(),
        });
    }
    Ok(rows)
}
