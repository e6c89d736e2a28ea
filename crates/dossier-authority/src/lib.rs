//! Bundled people authority data of the Office of the Historian, U.S.
//! Department of State, and its lookup.
//!
//! The data in `data/authority/` is derived by `cargo xtask authority` from two
//! pinned snapshots: the people database (HistoryAtState/people: 16,312
//! persons named in FRUS and related publications, with birth and death years
//! and VIAF ids) and POCOM (HistoryAtState/pocom: the Principal Officers and
//! Chiefs of Mission). Two tables are bundled, gzip-compressed and embedded
//! with `include_bytes!`: the people (`people.tsv.gz`) and, for each entry of a
//! FRUS volume's List of Persons that the database names, the person it is
//! (`volume_persons.tsv.gz`). They are decompressed and indexed once, on first
//! use, and shared read-only by all threads.
//!
//! ```
//! // `persName corresp="#p_RD1"` in FRUS 1961–63, volume XXII, is Dean Rusk.
//! let hsg_id = dossier_authority::by_volume_person("frus1961-63v22", "p_RD1").unwrap();
//! let rusk = dossier_authority::person(hsg_id).unwrap();
//! assert_eq!((rusk.name.as_str(), rusk.birth_year), ("Rusk, David Dean", Some(1909)));
//! assert_eq!(rusk.pocom_id.as_deref(), Some("rusk-david-dean"));
//! ```

use std::io::Read as _;
use std::sync::LazyLock;

/// The attribution the data carries into every manifest and dataset card of a
/// dataset that links to it: works of the US Government (public domain), and
/// POCOM's CC0 1.0 waiver.
pub const ATTRIBUTION: &str = "Office of the Historian, U.S. Department of State (history.state.gov), \
     public domain; POCOM CC0 1.0 (people database HistoryAtState/people @ 4d7a578, POCOM HistoryAtState/pocom \
     @ 44d2226; see data/authority/README.md)";

/// The bundled files, embedded at compile time.
const PEOPLE_TSV_GZ: &[u8] = include_bytes!("../../../data/authority/people.tsv.gz");
const VOLUME_PERSONS_TSV_GZ: &[u8] = include_bytes!("../../../data/authority/volume_persons.tsv.gz");
const OFFICES_TSV_GZ: &[u8] = include_bytes!("../../../data/authority/offices.tsv.gz");

const PEOPLE_HEADER: &str = "hsg_id\tname\tbirth_year\tdeath_year\tviaf_id\tpocom_id\tother_names";
const VOLUME_PERSONS_HEADER: &str = "volume\txml_id\thsg_id";
const OFFICES_HEADER: &str = "office\tpost\tpocom_id\thsg_id\tstart\tend";

/// How close to the start or end of a term (in days) a date is near a change of office.
const NEAR_CHANGE_DAYS: i64 = 31;

/// The error of loading authority data that is not in the expected shape.
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

/// One person of the Office of the Historian's people database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The database's id (`111738`), as in
    /// `https://github.com/HistoryAtState/people` `data/…/<id>.xml`.
    pub hsg_id: u32,
    /// The preferred name, mostly "Surname, Forenames" ("Rusk, David Dean").
    pub name: String,
    /// Year of birth, from the database, else from POCOM.
    pub birth_year: Option<i32>,
    /// Year of death, from the database, else from POCOM.
    pub death_year: Option<i32>,
    /// The VIAF id (`https://viaf.org/viaf/<id>`), for the few that have one.
    pub viaf_id: Option<String>,
    /// The POCOM id (`https://history.state.gov/departmenthistory/people/<id>`)
    /// of a person who held a principal office or led a mission.
    pub pocom_id: Option<String>,
    /// Other spellings the database records ("Chang To-yong" beside the
    /// preferred "Chang Yo-yong"; "President Arpad Goncz").
    pub other_names: Vec<String>,
}

/// One FRUS volume's List of Persons entries that the database names.
#[derive(Debug)]
struct Volume {
    /// The volume id (`frus1961-63v22`).
    name: String,
    /// `(xml:id, hsg_id)`. Invariant: sorted by xml:id, in byte order.
    persons: Vec<(String, u32)>,
}

/// The people and the volume-person index.
#[derive(Debug)]
pub struct PeopleAuthority {
    /// Invariant: sorted by `hsg_id`, ids unique.
    people: Vec<Person>,
    /// Invariant: sorted by volume name, in byte order.
    volumes: Vec<Volume>,
    /// `(hsg_id, index into volumes)` of every List of Persons entry, for the
    /// volumes whose id names their years. Invariant: sorted, unique.
    listings: Vec<(u32, usize)>,
    /// The years of each volume (`frus1961-63v22` → 1961–1963), by index into
    /// `volumes`; `None` when the id names none.
    years: Vec<Option<(i32, i32)>>,
}

static BUNDLED: LazyLock<PeopleAuthority> = LazyLock::new(|| {
    let bundled = || {
        let people = gunzip("people.tsv.gz", PEOPLE_TSV_GZ)?;
        let volume_persons = gunzip("volume_persons.tsv.gz", VOLUME_PERSONS_TSV_GZ)?;
        PeopleAuthority::from_sources(&people, &volume_persons)
    };
    bundled().expect("the bundled authority data is checked by the crate's tests")
});

/// The UTF-8 text of a gzip-compressed data file.
fn gunzip(file: &'static str, bytes: &[u8]) -> Result<String, Error> {
    // The text is about 3 to 6 times the compressed size.
    let mut text = String::with_capacity(bytes.len() * 6);
    match flate2::read::GzDecoder::new(bytes).read_to_string(&mut text) {
        Ok(_) => Ok(text),
        Err(err) => Err(Error::Malformed { file, line: 0, message: format!("cannot decompress: {err}") }),
    }
}

/// The person with this people-database id, from the bundled data.
pub fn person(hsg_id: u32) -> Option<&'static Person> {
    PeopleAuthority::bundled().person(hsg_id)
}

/// See [`PeopleAuthority::listed_in_year`]; from the bundled data.
pub fn listed_in_year(hsg_id: u32, year: i32) -> bool {
    PeopleAuthority::bundled().listed_in_year(hsg_id, year)
}

/// See [`PeopleAuthority::listed_together`]; from the bundled data.
pub fn listed_together(a: u32, b: u32, year: i32) -> bool {
    PeopleAuthority::bundled().listed_together(a, b, year)
}

/// The years a volume id names: `frus1961-63v22` → (1961, 1963),
/// `frus1951v07p1` → (1951, 1951), `frus1917-72PubDip` → (1917, 1972).
fn volume_years(volume: &str) -> Option<(i32, i32)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = volume.strip_prefix("frus")?;
    let n = digits(rest);
    if n != 4 {
        return None;
    }
    let first: i32 = rest[..4].parse().ok()?;
    let last = match rest[4..].strip_prefix('-') {
        Some(tail) => match digits(tail) {
            2 => first / 100 * 100 + tail[..2].parse::<i32>().ok()?,
            4 => tail[..4].parse().ok()?,
            _ => return None,
        },
        None => first,
    };
    (last >= first).then_some((first, last))
}

/// The people-database id of entry `xml_id` of FRUS volume `volume`'s List of
/// Persons (`("frus1961-63v22", "p_RD1")` → Dean Rusk), from the bundled data.
pub fn by_volume_person(volume: &str, xml_id: &str) -> Option<u32> {
    PeopleAuthority::bundled().by_volume_person(volume, xml_id)
}

impl PeopleAuthority {
    /// The bundled data, decompressed and indexed on first call.
    pub fn bundled() -> &'static PeopleAuthority {
        &BUNDLED
    }

    /// Reads the two tables from their text (`people.tsv`, `volume_persons.tsv`).
    pub fn from_sources(people_tsv: &str, volume_persons_tsv: &str) -> Result<PeopleAuthority, Error> {
        let people = parse_people(people_tsv)?;
        let volumes = parse_volume_persons(volume_persons_tsv)?;
        let years: Vec<Option<(i32, i32)>> = volumes.iter().map(|v| volume_years(&v.name)).collect();
        let mut listings: Vec<(u32, usize)> = volumes
            .iter()
            .enumerate()
            .filter(|(idx, _)| years[*idx].is_some())
            .flat_map(|(idx, v)| v.persons.iter().map(move |&(_, id)| (id, idx)))
            .collect();
        listings.sort_unstable();
        listings.dedup();
        Ok(PeopleAuthority { people, volumes, listings, years })
    }

    /// The volumes (indexes) whose years include `year` and that list the person.
    fn volumes_in_year(&self, hsg_id: u32, year: i32) -> impl Iterator<Item = usize> + '_ {
        let from = self.listings.partition_point(|&(id, _)| id < hsg_id);
        self.listings[from..]
            .iter()
            .take_while(move |&&(id, _)| id == hsg_id)
            .map(|&(_, idx)| idx)
            .filter(move |&idx| self.years[idx].is_some_and(|(first, last)| (first..=last).contains(&year)))
    }

    /// True when a Foreign Relations volume whose years include `year` lists
    /// the person in its List of Persons: the database's own record that the
    /// person took part in the foreign relations of that time.
    pub fn listed_in_year(&self, hsg_id: u32, year: i32) -> bool {
        self.volumes_in_year(hsg_id, year).next().is_some()
    }

    /// True when one volume whose years include `year` lists both persons
    /// (Magruder and Berger in `frus1961-63v22`).
    pub fn listed_together(&self, a: u32, b: u32, year: i32) -> bool {
        let of_b: Vec<usize> = self.volumes_in_year(b, year).collect();
        self.volumes_in_year(a, year).any(|idx| of_b.contains(&idx))
    }

    /// Every person, sorted by id.
    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// The person with this id.
    pub fn person(&self, hsg_id: u32) -> Option<&Person> {
        self.people.binary_search_by_key(&hsg_id, |p| p.hsg_id).ok().map(|idx| &self.people[idx])
    }

    /// The person id of entry `xml_id` of volume `volume`'s List of Persons.
    pub fn by_volume_person(&self, volume: &str, xml_id: &str) -> Option<u32> {
        let v = self.volumes.binary_search_by(|v| v.name.as_str().cmp(volume)).ok()?;
        let persons = &self.volumes[v].persons;
        let p = persons.binary_search_by(|(id, _)| id.as_str().cmp(xml_id)).ok()?;
        Some(persons[p].1)
    }

    /// Number of volume-person entries.
    pub fn n_volume_persons(&self) -> usize {
        self.volumes.iter().map(|v| v.persons.len()).sum()
    }

    /// Number of volumes with List of Persons entries.
    pub fn n_volumes(&self) -> usize {
        self.volumes.len()
    }
}

/// The data lines of a TSV text after its header, numbered from 2, each split
/// into exactly `n` fields.
fn rows<'a>(
    file: &'static str,
    text: &'a str,
    header: &str,
) -> Result<impl Iterator<Item = (usize, Vec<&'a str>)>, Error> {
    let mut lines = text.lines();
    if lines.next() != Some(header) {
        return Err(Error::Malformed { file, line: 1, message: format!("the header is not `{header}`") });
    }
    let n = header.split('\t').count();
    let mut rows = Vec::new();
    for (idx, line) in lines.enumerate() {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != n {
            return Err(Error::Malformed {
                file,
                line: idx + 2,
                message: format!("expected {n} tab-separated fields, found {}", fields.len()),
            });
        }
        rows.push((idx + 2, fields));
    }
    Ok(rows.into_iter())
}

fn number<T: std::str::FromStr>(file: &'static str, line: usize, field: &str) -> Result<T, Error> {
    field.parse().map_err(|_| Error::Malformed { file, line, message: format!("`{field}` is not a number") })
}

fn optional_number<T: std::str::FromStr>(file: &'static str, line: usize, field: &str) -> Result<Option<T>, Error> {
    if field.is_empty() { Ok(None) } else { number(file, line, field).map(Some) }
}

fn optional_text(field: &str) -> Option<String> {
    (!field.is_empty()).then(|| field.to_owned())
}

fn parse_people(text: &str) -> Result<Vec<Person>, Error> {
    const FILE: &str = "people.tsv";
    let mut people: Vec<Person> = Vec::with_capacity(text.len() / 36);
    for (line, f) in rows(FILE, text, PEOPLE_HEADER)? {
        let person = Person {
            hsg_id: number(FILE, line, f[0])?,
            name: f[1].to_owned(),
            birth_year: optional_number(FILE, line, f[2])?,
            death_year: optional_number(FILE, line, f[3])?,
            viaf_id: optional_text(f[4]),
            pocom_id: optional_text(f[5]),
            other_names: f[6].split(" | ").filter(|n| !n.is_empty()).map(str::to_owned).collect(),
        };
        if people.last().is_some_and(|last| last.hsg_id >= person.hsg_id) {
            return Err(Error::Malformed { file: FILE, line, message: "ids are not strictly increasing".to_owned() });
        }
        people.push(person);
    }
    Ok(people)
}

fn parse_volume_persons(text: &str) -> Result<Vec<Volume>, Error> {
    const FILE: &str = "volume_persons.tsv";
    let mut volumes: Vec<Volume> = Vec::new();
    for (line, f) in rows(FILE, text, VOLUME_PERSONS_HEADER)? {
        let (volume, xml_id, hsg_id) = (f[0], f[1], number(FILE, line, f[2])?);
        let out_of_order = || Error::Malformed { file: FILE, line, message: "rows are not sorted".to_owned() };
        match volumes.last_mut() {
            Some(last) if last.name == volume => {
                if last.persons.last().is_some_and(|(id, _)| id.as_str() >= xml_id) {
                    return Err(out_of_order());
                }
                last.persons.push((xml_id.to_owned(), hsg_id));
            }
            Some(last) if last.name.as_str() >= volume => return Err(out_of_order()),
            _ => volumes.push(Volume { name: volume.to_owned(), persons: vec![(xml_id.to_owned(), hsg_id)] }),
        }
    }
    Ok(volumes)
}

/// One term of an office: POCOM's principal officers of the Department of
/// State (`office` = the position's id, `secretary`, `under-secretary`) and
/// chiefs of mission (`chief-of-mission`, `post` = the country's id, `korea`),
/// and the US Presidents (`president`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeTerm {
    /// The office's id (`secretary`, `chief-of-mission`, `president`).
    pub office: String,
    /// The mission's country (POCOM territory id); empty for other offices.
    pub post: String,
    /// The holder's POCOM id (none for the Presidents).
    pub pocom_id: Option<String>,
    /// The holder's people-database id, where the database names the POCOM person.
    pub hsg_id: Option<u32>,
    /// ISO date the term began (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub start: String,
    /// ISO date it ended; `None` while it lasts.
    pub end: Option<String>,
}

/// Who held an office on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder<'a> {
    /// One term covers the date (`start ≤ date < end`); `near_change` when
    /// the date is within a month of the term's start or end.
    One {
        /// The term.
        term: &'a OfficeTerm,
        /// Within a month of the term's start or end.
        near_change: bool,
    },
    /// Terms of this office are known, none covers the date.
    Vacant,
    /// Two terms cover the date (overlapping records).
    Several,
    /// No term of this office (at this post) is known at all.
    Unknown,
}

static OFFICES: LazyLock<Vec<OfficeTerm>> = LazyLock::new(|| {
    let text = gunzip("offices.tsv.gz", OFFICES_TSV_GZ).and_then(|t| parse_offices(&t));
    text.expect("the bundled office data is checked by the crate's tests")
});

fn parse_offices(text: &str) -> Result<Vec<OfficeTerm>, Error> {
    const FILE: &str = "offices.tsv";
    let mut terms = Vec::new();
    for (line, f) in rows(FILE, text, OFFICES_HEADER)? {
        terms.push(OfficeTerm {
            office: f[0].to_owned(),
            post: f[1].to_owned(),
            pocom_id: optional_text(f[2]),
            hsg_id: optional_number(FILE, line, f[3])?,
            start: f[4].to_owned(),
            end: optional_text(f[5]),
        });
    }
    Ok(terms)
}

/// Days since 1970-01-01 of an ISO date (`YYYY-MM-DD`; a missing month or day
/// counts as the first).
fn days(iso: &str) -> Option<i64> {
    let mut parts = iso.splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next().map_or(Some(1), |p| p.parse().ok())?;
    let d: i64 = parts.next().map_or(Some(1), |p| p.get(..2).unwrap_or(p).parse().ok())?;
    // The civil-from-days inverse (proleptic Gregorian calendar).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Who held `office` (at `post`, for a mission; `""` otherwise) on the ISO
/// date `date`, from the bundled data.
pub fn office_holder(office: &str, post: &str, date: &str) -> Holder<'static> {
    holder_in(&OFFICES, office, post, date)
}

/// Every term of `office` at `post` (`""` for an office without posts), in
/// order of start, from the bundled data.
pub fn office_terms(office: &str, post: &str) -> &'static [OfficeTerm] {
    terms_of(&OFFICES, office, post)
}

fn terms_of<'a>(terms: &'a [OfficeTerm], office: &str, post: &str) -> &'a [OfficeTerm] {
    let start = terms.partition_point(|t| (t.office.as_str(), t.post.as_str()) < (office, post));
    let n = terms[start..].iter().take_while(|t| t.office == office && t.post == post).count();
    &terms[start..start + n]
}

fn holder_in<'a>(terms: &'a [OfficeTerm], office: &str, post: &str, date: &str) -> Holder<'a> {
    let of_office = terms_of(terms, office, post);
    if of_office.is_empty() {
        return Holder::Unknown;
    }
    let covering: Vec<&OfficeTerm> = of_office
        .iter()
        .filter(|t| t.start.as_str() <= date && t.end.as_deref().is_none_or(|end| date < end))
        .collect();
    match covering.as_slice() {
        [] => Holder::Vacant,
        [term] => {
            let near = |edge: &str| days(edge).zip(days(date)).is_some_and(|(a, b)| (a - b).abs() <= NEAR_CHANGE_DAYS);
            Holder::One { term, near_change: near(&term.start) || term.end.as_deref().is_some_and(near) }
        }
        _ => Holder::Several,
    }
}

/// The office terms of each POCOM person, built on first use.
static TERMS_OF_PERSON: LazyLock<std::collections::HashMap<&'static str, Vec<&'static OfficeTerm>>> =
    LazyLock::new(|| {
        let mut map: std::collections::HashMap<&'static str, Vec<&'static OfficeTerm>> =
            std::collections::HashMap::new();
        for term in OFFICES.iter() {
            if let Some(pocom) = term.pocom_id.as_deref() {
                map.entry(pocom).or_default().push(term);
            }
        }
        map
    });

/// Whether the POCOM person `pocom_id` held any office of the bundled terms
/// (a principal office of the Department of State, or a mission) on the ISO
/// date `date`.
pub fn holds_office(pocom_id: &str, date: &str) -> bool {
    TERMS_OF_PERSON.get(pocom_id).is_some_and(|terms| {
        terms.iter().any(|t| t.start.as_str() <= date && t.end.as_deref().is_none_or(|end| date < end))
    })
}

/// Whether any term of `office` at `post` is known (a post id is valid).
pub fn office_known(office: &str, post: &str) -> bool {
    !matches!(holder_in(&OFFICES, office, post, ""), Holder::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The person a volume's List of Persons entry is, by name.
    fn check(volume: &str, xml_id: &str, expect: Option<&str>) {
        let name = by_volume_person(volume, xml_id).and_then(person).map(|p| p.name.as_str());
        assert_eq!(name, expect, "{volume}#{xml_id}");
    }

    #[test]
    fn bundled_data_loads_whole() {
        let authority = PeopleAuthority::bundled();
        assert_eq!(authority.people().len(), 16_312);
        assert_eq!(authority.n_volume_persons(), 49_345);
        assert_eq!(authority.n_volumes(), 229);
        // Every volume-person entry points at a person of the table.
        for volume in &authority.volumes {
            for (xml_id, hsg_id) in &volume.persons {
                assert!(authority.person(*hsg_id).is_some(), "{}#{xml_id} → {hsg_id}", volume.name);
            }
        }
        assert_eq!(authority.people().iter().filter(|p| p.viaf_id.is_some()).count(), 725);
    }

    fn holder_id(office: &str, post: &str, date: &str) -> Option<u32> {
        match office_holder(office, post, date) {
            Holder::One { term, .. } => term.hsg_id,
            _ => None,
        }
    }

    #[test]
    fn office_holders_by_date() {
        // Rusk took office on 21 January 1961; Herter left it on the 20th.
        assert_eq!(holder_id("secretary", "", "1961-05-20"), Some(111_738));
        assert_eq!(holder_id("secretary", "", "1961-01-19"), Some(105_858));
        // Kennedy until 22 November 1963, Johnson from that day.
        assert_eq!(holder_id("president", "", "1963-11-21"), Some(107_025));
        assert_eq!(holder_id("president", "", "1963-11-22"), Some(106_664));
        // Seoul between McConaughy (left 12 April 1961) and Berger (credentials 27 June 1961).
        assert_eq!(holder_id("chief-of-mission", "korea", "1961-03-01"), Some(108_792));
        assert_eq!(office_holder("chief-of-mission", "korea", "1961-05-20"), Holder::Vacant);
        assert!(matches!(
            office_holder("chief-of-mission", "korea", "1961-07-10"),
            Holder::One { near_change: true, .. }
        ));
        assert_eq!(office_holder("chief-of-mission", "atlantis", "1961-05-20"), Holder::Unknown);
        assert!(office_known("chief-of-mission", "poland") && !office_known("chief-of-mission", "atlantis"));
        // J. Graham Parsons: Assistant Secretary until March 1961, then Ambassador to Sweden.
        assert!(
            holds_office("parsons-james-graham", "1961-02-01") && holds_office("parsons-james-graham", "1961-09-01")
        );
        assert!(!holds_office("parsons-james-graham", "1950-01-01"));
        assert_eq!(days("1970-01-01"), Some(0));
        assert_eq!(days("1961-06-27").zip(days("1961-05-27")).map(|(a, b)| a - b), Some(31));
    }

    #[test]
    fn list_of_persons_entries_of_the_bundled_volume() {
        check("frus1961-63v22", "p_RD1", Some("Rusk, David Dean"));
        check("frus1961-63v22", "p_RD2", None);
        check("frus1961-63v99", "p_RD1", None);
        check("", "", None);
        let berger = person(101212).unwrap();
        assert_eq!(berger.name, "Berger, Samuel David");
        assert_eq!((berger.birth_year, berger.death_year), (Some(1911), Some(1980)));
        assert_eq!(berger.pocom_id.as_deref(), Some("berger-samuel-david"));
        assert!(person(1).is_none());
    }

    #[test]
    fn the_years_a_volume_lists_a_person() {
        assert_eq!(volume_years("frus1961-63v22"), Some((1961, 1963)));
        assert_eq!(volume_years("frus1951v07p1"), Some((1951, 1951)));
        assert_eq!(volume_years("frus1917-72PubDip"), Some((1917, 1972)));
        assert_eq!(volume_years("frus1999-01v01"), None);
        assert_eq!(volume_years("frusXXII"), None);
        // Carter B. Magruder (General, Korea) is listed in the 1958–60 and
        // 1961–63 volumes; John Magruder in none of those years.
        assert!(listed_in_year(108346, 1961));
        assert!(!listed_in_year(108347, 1961));
        assert!(!listed_in_year(1, 1961));
        // Magruder and Samuel D. Berger share the 1961–63 Korea volume.
        assert!(listed_together(108346, 101212, 1962));
        assert!(!listed_together(108346, 101212, 1950));
    }

    #[test]
    fn malformed_sources_are_errors() {
        let people = format!("{PEOPLE_HEADER}\n2\tB\t\t\t\t\t\n1\tA\t\t\t\t\t\n");
        let volumes = format!("{VOLUME_PERSONS_HEADER}\n");
        let err = PeopleAuthority::from_sources(&people, &volumes).unwrap_err();
        assert_eq!(err.to_string(), "`people.tsv` line 3: ids are not strictly increasing");
        let people = format!("{PEOPLE_HEADER}\n1\tA\t\t\t\t\t\n");
        let volumes = format!("{VOLUME_PERSONS_HEADER}\nv1\tp_B\t1\nv1\tp_A\t1\n");
        let err = PeopleAuthority::from_sources(&people, &volumes).unwrap_err();
        assert_eq!(err.to_string(), "`volume_persons.tsv` line 3: rows are not sorted");
        let err = PeopleAuthority::from_sources("id\n", &volumes).unwrap_err();
        assert!(err.to_string().contains("line 1: the header is not"), "{err}");
        let volumes = format!("{VOLUME_PERSONS_HEADER}\nv1\tp_A\tx\n");
        let err = PeopleAuthority::from_sources(&people, &volumes).unwrap_err();
        assert_eq!(err.to_string(), "`volume_persons.tsv` line 2: `x` is not a number");
    }
}
