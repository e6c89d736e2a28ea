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

const PEOPLE_HEADER: &str = "hsg_id\tname\tbirth_year\tdeath_year\tviaf_id\tpocom_id\tother_names";
const VOLUME_PERSONS_HEADER: &str = "volume\txml_id\thsg_id";

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
        Ok(PeopleAuthority { people, volumes })
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
