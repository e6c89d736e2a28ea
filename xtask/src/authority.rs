//! `cargo xtask authority [--check] [--from DIR]`: derives the bundled people
//! authority data in `data/authority/` from two pinned snapshots of the Office
//! of the Historian's public repositories (U.S. Department of State, public
//! domain; POCOM adds a CC0 1.0 waiver):
//!
//! * `hsg-people-<commit>.tar.gz`, HistoryAtState/people `data/`: one XML file
//!   per person of the people database (id, preferred name, birth and death
//!   years, VIAF id, and the `source-url`s of every name form);
//! * `hsg-pocom-<commit>.tar.gz`, HistoryAtState/pocom: the Principal Officers
//!   and Chiefs of Mission, of which `people/` (which POCOM ids exist, and
//!   their birth and death years), `positions-principals/` and
//!   `missions-countries/` (who held which office when) are read here;
//! * `data/authority/us_presidents.tsv`, entered by hand: the Presidents' terms.
//!
//! The archives are read from `../shared/authority/` next to the workspace (or
//! `--from DIR`), checked against pinned BLAKE3 hashes and unpacked with the
//! system `tar` into `target/authority/` (no tar crate is in the workspace
//! graph). Only this task reads them: the crates, the tests and the binary use
//! the committed output.
//!
//! Three files are written, gzip-compressed by [`crate::gazetteer::gzip`] (level
//! 9, no name, modification time 0), so a regeneration is byte-identical:
//!
//! * `people.tsv.gz`: `hsg_id, name, birth_year, death_year, viaf_id, pocom_id,
//!   other_names` (the database's other spellings, ` | ` between them),
//!   one row per person, sorted by id;
//! * `volume_persons.tsv.gz`: `volume, xml_id, hsg_id`, one row per FRUS List
//!   of Persons entry that a `…/historicaldocuments/<volume>/persons#<xml:id>`
//!   source URL ties to a person, sorted by volume and id;
//! * `offices.tsv.gz`: `office, post, pocom_id, hsg_id, start, end`, one row
//!   per term of an office (see [`with_offices`]).
//!
//! `--check` regenerates into `target/authority/check/` and compares.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, bail, ensure};

use crate::gazetteer::gzip;
use crate::workspace_root;

/// A pinned archive: its file name (which names the commit) and BLAKE3 hash.
struct Archive {
    file: &'static str,
    repository: &'static str,
    blake3: &'static str,
}

/// HistoryAtState/people at a fixed commit.
const PEOPLE: Archive = Archive {
    file: "hsg-people-4d7a5782ad602d69dafd3b0e24c6a60b6f2ba80a.tar.gz",
    repository: "HistoryAtState/people @ 4d7a578",
    blake3: "b22cc26d8ba483c33f8df37b8321ffa39e64bf012b367b11f8125e964003529a",
};

/// HistoryAtState/pocom at a fixed commit.
const POCOM: Archive = Archive {
    file: "hsg-pocom-44d2226df6b26f8f5807215ec40e3a6c4d706bbb.tar.gz",
    repository: "HistoryAtState/pocom @ 44d2226",
    blake3: "cff9995950fe45872c3587ceffa7f1384c465469ab9f6ca2d192908e12c17699",
};

/// Where the archives are looked for, relative to the workspace root.
const DEFAULT_SOURCE: &str = "../shared/authority";

/// The committed output folder, relative to the workspace root.
const OUTPUT_DIR: &str = "data/authority";

/// The prefix of a source URL naming a FRUS volume's List of Persons entry.
const VOLUME_PERSON_URL: &str = "https://history.state.gov/historicaldocuments/";
/// The prefix of a source URL naming a POCOM person.
const POCOM_PERSON_URL: &str = "https://history.state.gov/departmenthistory/people/";

/// One person of the people database, as the tables need it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Person {
    hsg_id: u32,
    name: String,
    birth_year: Option<i32>,
    death_year: Option<i32>,
    viaf_id: Option<String>,
    /// The other spellings the database records (`names/originals`), each
    /// once, the preferred name left out.
    other_names: BTreeSet<String>,
    /// Every POCOM id its source URLs name (existing or not).
    pocom_ids: BTreeSet<String>,
    /// Every `(volume, xml:id)` its source URLs name.
    volume_persons: BTreeSet<(String, String)>,
}

/// One POCOM person: birth and death years.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct PocomPerson {
    birth_year: Option<i32>,
    death_year: Option<i32>,
}

/// The generated files, as text, with counts for the report.
#[derive(Debug, PartialEq, Eq)]
pub struct Output {
    /// `people.tsv`, written as `people.tsv.gz`.
    pub people: String,
    /// `volume_persons.tsv`, written as `volume_persons.tsv.gz`.
    pub volume_persons: String,
    /// `offices.tsv`, written as `offices.tsv.gz` (empty until [`with_offices`] adds it).
    pub offices: String,
    /// Counts.
    pub stats: Stats,
}

impl Output {
    /// The files as they are written: name and text (both gzipped).
    fn files(&self) -> [(&'static str, &str); 3] {
        [
            ("people.tsv.gz", &self.people),
            ("volume_persons.tsv.gz", &self.volume_persons),
            ("offices.tsv.gz", &self.offices),
        ]
    }
}

/// Counts reported after generation.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Persons written.
    pub n_people: usize,
    /// Persons with a VIAF id.
    pub n_viaf: usize,
    /// Persons with a POCOM id.
    pub n_pocom: usize,
    /// POCOM ids named by a source URL but absent from the POCOM snapshot.
    pub n_pocom_missing: usize,
    /// Persons whose source URLs name more than one existing POCOM person (no id kept).
    pub n_pocom_ambiguous: usize,
    /// Birth or death years taken from POCOM because the people database has none.
    pub n_years_from_pocom: usize,
    /// Volume-person rows written.
    pub n_volume_persons: usize,
    /// Volumes among them.
    pub n_volumes: usize,
    /// `(volume, xml:id)` pairs named for two persons, left out.
    pub n_volume_person_conflicts: usize,
    /// Office terms written to `offices.tsv`.
    pub n_office_terms: usize,
    /// Among them, terms whose holder has a people-database id.
    pub n_office_terms_linked: usize,
}

/// Entry point of `cargo xtask authority`.
pub fn authority(args: &[String]) -> anyhow::Result<ExitCode> {
    let root = workspace_root();
    let mut check = false;
    let mut source = root.join(DEFAULT_SOURCE);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--from" => source = PathBuf::from(args.next().context("`--from` needs a folder")?),
            other => bail!("unknown argument `{other}` to `cargo xtask authority` (expected --check, --from DIR)"),
        }
    }
    let work = crate::target_dir(&root).join("authority");
    let people_dir = unpack(&source, &PEOPLE, &work.join("people"))?;
    let pocom_dir = unpack(&source, &POCOM, &work.join("pocom"))?;
    let people = read_xml_files(&people_dir.join("data"))?;
    let pocom = read_xml_files(&pocom_dir.join("people"))?;
    let mut output = generate(&people, &pocom)?;
    let sources = OfficeSources {
        positions: read_xml_files(&pocom_dir.join("positions-principals"))?,
        missions: read_xml_files(&pocom_dir.join("missions-countries"))?,
        presidents: std::fs::read_to_string(root.join(PRESIDENTS))
            .with_context(|| format!("reading `{PRESIDENTS}`"))?,
    };
    with_offices(&mut output, &sources)?;

    let committed = root.join(OUTPUT_DIR);
    if check {
        let fresh = work.join("check");
        write_output(&fresh, &output)?;
        let mut problems = Vec::new();
        for (file, text) in output.files() {
            let old = std::fs::read(committed.join(file)).unwrap_or_default();
            if old == gzip(text) {
                continue;
            }
            let same_text = gunzip(&old).is_ok_and(|old_text| old_text == text);
            problems.push(if same_text {
                format!("{OUTPUT_DIR}/{file} holds the same text but compresses differently now")
            } else {
                format!("{OUTPUT_DIR}/{file} differs from a fresh generation (in `{}`)", fresh.display())
            });
        }
        if problems.is_empty() {
            eprintln!("authority: committed data matches {} and {}", PEOPLE.repository, POCOM.repository);
            return Ok(ExitCode::SUCCESS);
        }
        for problem in problems {
            eprintln!("authority: {problem}");
        }
        eprintln!("authority: run `cargo xtask authority` and commit the result");
        return Ok(ExitCode::FAILURE);
    }
    let sizes = write_output(&committed, &output)?;
    let s = &output.stats;
    eprintln!(
        "authority: {} people ({} with a VIAF id, {} with a POCOM id; {} POCOM ids not in the snapshot, \
         {} persons naming two POCOM people, {} years from POCOM)",
        s.n_people, s.n_viaf, s.n_pocom, s.n_pocom_missing, s.n_pocom_ambiguous, s.n_years_from_pocom
    );
    eprintln!(
        "authority: {} volume-person ids in {} volumes ({} named for two persons, left out)",
        s.n_volume_persons, s.n_volumes, s.n_volume_person_conflicts
    );
    eprintln!(
        "authority: {} office terms since {FIRST_OFFICE_YEAR} ({} with a people-database id)",
        s.n_office_terms, s.n_office_terms_linked
    );
    for ((file, text), size) in output.files().iter().zip(sizes) {
        eprintln!("authority: {file:<22} {size:>9} B ({} B of text)", text.len());
    }
    Ok(ExitCode::SUCCESS)
}

/// Checks an archive against its pinned hash and unpacks it into a fresh `dir`.
fn unpack(source: &Path, archive: &Archive, dir: &Path) -> anyhow::Result<PathBuf> {
    let path = source.join(archive.file);
    if !path.is_file() {
        bail!(
            "the pinned archive `{}` ({}) is not in `{}`; put the two Office of the Historian snapshots \
             there (see data/authority/README.md) or pass `--from DIR`",
            archive.file,
            archive.repository,
            source.display()
        );
    }
    let bytes = std::fs::read(&path).with_context(|| format!("reading `{}`", path.display()))?;
    let hash = blake3::hash(&bytes).to_hex();
    ensure!(
        hash.as_str() == archive.blake3,
        "`{}` has BLAKE3 {hash}, not the pinned {}: a different snapshot",
        path.display(),
        archive.blake3
    );
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| format!("removing `{}`", dir.display()))?;
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating `{}`", dir.display()))?;
    let status = Command::new("tar")
        .arg("-xzf")
        .arg(&path)
        .arg("-C")
        .arg(dir)
        .status()
        .context("running `tar` (needed to unpack the archives)")?;
    ensure!(status.success(), "`tar -xzf {}` failed ({status})", path.display());
    Ok(dir.to_owned())
}

/// Every `*.xml` file below `dir`, as (file stem, text), in path order.
fn read_xml_files(dir: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let mut paths = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).with_context(|| format!("reading `{}`", dir.display()))? {
            let path = entry.with_context(|| format!("reading `{}`", dir.display()))?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "xml") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    ensure!(!paths.is_empty(), "no XML files in `{}`", dir.display());
    paths
        .into_iter()
        .map(|path| {
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
            let text = std::fs::read_to_string(&path).with_context(|| format!("reading `{}`", path.display()))?;
            Ok((stem, text))
        })
        .collect()
}

/// Writes the gzipped files into `dir`; returns their sizes in bytes.
fn write_output(dir: &Path, output: &Output) -> anyhow::Result<[usize; 3]> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating `{}`", dir.display()))?;
    let mut sizes = [0; 3];
    for ((file, text), size) in output.files().into_iter().zip(&mut sizes) {
        let bytes = gzip(text);
        let path = dir.join(file);
        std::fs::write(&path, &bytes).with_context(|| format!("writing `{}`", path.display()))?;
        *size = bytes.len();
    }
    Ok(sizes)
}

/// The text of gzip bytes.
fn gunzip(bytes: &[u8]) -> std::io::Result<String> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes).read_to_string(&mut text)?;
    Ok(text)
}

/// The text of the first child element of `node` named `name`, trimmed, with
/// runs of white space made one space; `None` when absent or empty.
fn child_text(node: roxmltree::Node<'_, '_>, name: &str) -> Option<String> {
    let child = node.children().find(|c| c.has_tag_name(name))?;
    let text: String = child.descendants().filter(|d| d.is_text()).filter_map(|d| d.text()).collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

fn child<'a, 'input>(node: roxmltree::Node<'a, 'input>, name: &str) -> Option<roxmltree::Node<'a, 'input>> {
    node.children().find(|c| c.has_tag_name(name))
}

/// A year field: four digits (a leading minus allowed), else `None`.
fn year(text: Option<String>) -> Option<i32> {
    text?.parse().ok()
}

/// Reads one person file of the people database.
fn read_person(file: &str, xml: &str) -> anyhow::Result<Person> {
    let doc = roxmltree::Document::parse(xml).with_context(|| format!("parsing person `{file}`"))?;
    let root = doc.root_element();
    ensure!(root.has_tag_name("person"), "person `{file}`: the root element is not `person`");
    let id_text = child_text(root, "id").with_context(|| format!("person `{file}` has no `id`"))?;
    let hsg_id: u32 = id_text.parse().with_context(|| format!("person `{file}`: id `{id_text}` is not a number"))?;
    let names = child(root, "names");
    let name = names
        .and_then(|n| child(n, "preferred"))
        .and_then(|p| child_text(p, "name"))
        .with_context(|| format!("person `{file}` has no preferred name"))?;
    let viaf_id = child(root, "authorities")
        .into_iter()
        .flat_map(|a| a.children())
        .filter(|a| a.has_tag_name("authority") && a.attribute("service") == Some("viaf"))
        .find_map(|a| {
            let text = a.text()?.trim();
            (!text.is_empty()).then(|| text.to_owned())
        });
    let other_names: BTreeSet<String> = names
        .and_then(|n| child(n, "originals"))
        .into_iter()
        .flat_map(|o| o.children())
        .filter(|o| o.has_tag_name("original"))
        .filter_map(|o| child_text(o, "name"))
        .map(|n| clean(&n).replace(NAME_SEPARATOR, " "))
        .filter(|n| !n.is_empty() && *n != name)
        .collect();
    let mut pocom_ids = BTreeSet::new();
    let mut volume_persons = BTreeSet::new();
    // Every source URL of the file names this person: those of its name forms,
    // and those of titles and remarks (two List of Persons entries of
    // `frus1945-50Intel` are named only there).
    for url in root.descendants().filter(|d| d.has_tag_name("source-url")) {
        let url = url.text().unwrap_or_default().trim();
        let volume_person = url
            .strip_prefix(VOLUME_PERSON_URL)
            .and_then(|rest| rest.split_once("/persons#"))
            .filter(|(volume, xml_id)| !volume.is_empty() && !volume.contains('/') && !xml_id.is_empty());
        let pocom_id =
            url.strip_prefix(POCOM_PERSON_URL).filter(|slug| !slug.is_empty() && !slug.contains(['/', '#', '?', ' ']));
        if let Some((volume, xml_id)) = volume_person {
            volume_persons.insert((volume.to_owned(), xml_id.to_owned()));
        } else if let Some(slug) = pocom_id {
            pocom_ids.insert(slug.to_owned());
        }
    }
    Ok(Person {
        hsg_id,
        name,
        birth_year: year(child_text(root, "birth-year")),
        death_year: year(child_text(root, "death-year")),
        viaf_id,
        other_names,
        pocom_ids,
        volume_persons,
    })
}

/// Reads one POCOM person file.
fn read_pocom_person(file: &str, xml: &str) -> anyhow::Result<(String, PocomPerson)> {
    let doc = roxmltree::Document::parse(xml).with_context(|| format!("parsing POCOM person `{file}`"))?;
    let root = doc.root_element();
    let id = child_text(root, "id").with_context(|| format!("POCOM person `{file}` has no `id`"))?;
    Ok((id, PocomPerson { birth_year: year(child_text(root, "birth")), death_year: year(child_text(root, "death")) }))
}

/// Derives the two tables from the person files of both sources, given as
/// (file stem, XML text) in any order.
pub fn generate(people_files: &[(String, String)], pocom_files: &[(String, String)]) -> anyhow::Result<Output> {
    let mut pocom: BTreeMap<String, PocomPerson> = BTreeMap::new();
    for (file, xml) in pocom_files {
        let (id, person) = read_pocom_person(file, xml)?;
        pocom.insert(id, person);
    }
    let mut people: BTreeMap<u32, Person> = BTreeMap::new();
    for (file, xml) in people_files {
        let person = read_person(file, xml)?;
        if let Some(earlier) = people.get(&person.hsg_id) {
            bail!("person id {} is used twice (`{file}` and `{}`)", person.hsg_id, earlier.name);
        }
        people.insert(person.hsg_id, person);
    }

    let mut stats = Stats { n_people: people.len(), ..Stats::default() };
    let mut out = String::from("hsg_id\tname\tbirth_year\tdeath_year\tviaf_id\tpocom_id\tother_names\n");
    // (volume, xml:id) → the persons naming it; more than one is a conflict.
    let mut by_volume_person: BTreeMap<(&str, &str), Vec<u32>> = BTreeMap::new();
    for person in people.values() {
        let existing: Vec<&String> = person.pocom_ids.iter().filter(|id| pocom.contains_key(*id)).collect();
        stats.n_pocom_missing += person.pocom_ids.len() - existing.len();
        // A person naming two POCOM people (a father and son under one entry)
        // gets neither: a wrong link is worse than none.
        let pocom_id = match existing.as_slice() {
            [one] => Some(one.as_str()),
            [] => None,
            _ => {
                stats.n_pocom_ambiguous += 1;
                None
            }
        };
        let from_pocom = pocom_id.and_then(|id| pocom.get(id)).cloned().unwrap_or_default();
        let birth_year = person.birth_year.or(from_pocom.birth_year);
        let death_year = person.death_year.or(from_pocom.death_year);
        stats.n_years_from_pocom += usize::from(birth_year != person.birth_year);
        stats.n_years_from_pocom += usize::from(death_year != person.death_year);
        stats.n_viaf += usize::from(person.viaf_id.is_some());
        stats.n_pocom += usize::from(pocom_id.is_some());
        let cell = |n: Option<i32>| n.map(|n| n.to_string()).unwrap_or_default();
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}",
            person.hsg_id,
            clean(&person.name),
            cell(birth_year),
            cell(death_year),
            clean(person.viaf_id.as_deref().unwrap_or_default()),
            pocom_id.unwrap_or_default(),
            person.other_names.iter().map(String::as_str).collect::<Vec<_>>().join(NAME_SEPARATOR),
        );
        for (volume, xml_id) in &person.volume_persons {
            by_volume_person.entry((volume.as_str(), xml_id.as_str())).or_default().push(person.hsg_id);
        }
    }

    let mut volume_persons = String::from("volume\txml_id\thsg_id\n");
    let mut volumes = BTreeSet::new();
    for ((volume, xml_id), ids) in &by_volume_person {
        if let [hsg_id] = ids.as_slice() {
            let _ = writeln!(volume_persons, "{}\t{}\t{hsg_id}", clean(volume), clean(xml_id));
            stats.n_volume_persons += 1;
            volumes.insert(*volume);
        } else {
            stats.n_volume_person_conflicts += 1;
        }
    }
    stats.n_volumes = volumes.len();
    Ok(Output { people: out, volume_persons, offices: String::new(), stats })
}

/// The hand-entered table of US Presidents' terms, relative to the workspace root.
const PRESIDENTS: &str = "data/authority/us_presidents.tsv";

/// Terms that ended before this year are left out of `offices.tsv`: the
/// documents dossier reads are of the twentieth century and after.
const FIRST_OFFICE_YEAR: &str = "1900";

/// The POCOM files that give offices with their holders' dates, and the
/// Presidents' table: (file stem, XML text) for the first two.
pub struct OfficeSources {
    pub positions: Vec<(String, String)>,
    pub missions: Vec<(String, String)>,
    pub presidents: String,
}

/// One office term: `office, post, pocom_id, hsg_id, start, end`.
type Term = (String, String, String, String, String, String);

/// The first non-empty `date` of the child elements `names` of `node`, in order
/// of preference (`started`, then `arrived`, then `appointed`).
fn first_date(node: roxmltree::Node<'_, '_>, names: &[&str]) -> String {
    names.iter().filter_map(|name| child(node, name)).find_map(|event| child_text(event, "date")).unwrap_or_default()
}

/// Adds `offices.tsv` to `output`: every principal officer of the Department of
/// State (`positions-principals/`, office = the position's id) and every chief
/// of mission (`missions-countries/`, office `chief-of-mission`, post = the
/// territory's id) whose term did not end before [`FIRST_OFFICE_YEAR`], with
/// the date the term began (`started`: took the oath or presented
/// credentials; else `arrived`, else `appointed`) and ended, and the holder's
/// people-database id where the database names the POCOM person; then the
/// Presidents of [`PRESIDENTS`]. Sorted by office, post and start.
pub fn with_offices(output: &mut Output, sources: &OfficeSources) -> anyhow::Result<()> {
    let mut hsg_of_pocom: BTreeMap<&str, &str> = BTreeMap::new();
    for line in output.people.lines().skip(1) {
        let cells: Vec<&str> = line.split('\t').collect();
        if let (Some(hsg), Some(pocom)) = (cells.first(), cells.get(5))
            && !pocom.is_empty()
        {
            hsg_of_pocom.insert(pocom, hsg);
        }
    }
    let mut terms: Vec<Term> = Vec::new();
    let mut add = |office: &str, post: &str, node: roxmltree::Node<'_, '_>| {
        let pocom_id = child_text(node, "person-id").unwrap_or_default();
        let start = first_date(node, &["started", "arrived", "appointed"]);
        let end = first_date(node, &["ended"]);
        let kept = if end.is_empty() { start.as_str() >= FIRST_OFFICE_YEAR } else { end.as_str() >= FIRST_OFFICE_YEAR };
        if pocom_id.is_empty() || start.is_empty() || !kept {
            return;
        }
        let hsg_id = hsg_of_pocom.get(pocom_id.as_str()).map(|s| (*s).to_owned()).unwrap_or_default();
        terms.push((office.to_owned(), post.to_owned(), pocom_id, hsg_id, start, end));
    };
    for (file, xml) in &sources.positions {
        let doc = roxmltree::Document::parse(xml).with_context(|| format!("parsing position `{file}`"))?;
        let root = doc.root_element();
        let office = child_text(root, "id").with_context(|| format!("position `{file}` has no `id`"))?;
        for principal in root.descendants().filter(|d| d.has_tag_name("principal")) {
            add(&office, "", principal);
        }
    }
    for (file, xml) in &sources.missions {
        let doc = roxmltree::Document::parse(xml).with_context(|| format!("parsing mission `{file}`"))?;
        let root = doc.root_element();
        let post =
            child_text(root, "territory-id").with_context(|| format!("mission `{file}` has no `territory-id`"))?;
        for chief in root.descendants().filter(|d| d.has_tag_name("chief")) {
            add("chief-of-mission", &post, chief);
        }
    }
    for (n, line) in sources.presidents.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let [start, end, hsg_id, _name] = cells.as_slice() else {
            bail!("{PRESIDENTS} line {}: expected four tab-separated cells", n + 1);
        };
        terms.push((
            "president".into(),
            String::new(),
            String::new(),
            (*hsg_id).into(),
            (*start).into(),
            (*end).into(),
        ));
    }
    terms.sort();
    terms.dedup();
    let mut text = String::from("office\tpost\tpocom_id\thsg_id\tstart\tend\n");
    for (office, post, pocom_id, hsg_id, start, end) in &terms {
        let _ = writeln!(text, "{office}\t{post}\t{pocom_id}\t{hsg_id}\t{start}\t{end}");
    }
    output.stats.n_office_terms = terms.len();
    output.stats.n_office_terms_linked = terms.iter().filter(|t| !t.3.is_empty()).count();
    output.offices = text;
    Ok(())
}

/// Between two of a person's other names in `people.tsv`.
const NAME_SEPARATOR: &str = " | ";

/// A cell without tabs or line breaks.
fn clean(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: u32, name: &str, birth: &str, viaf: &str, urls: &[&str]) -> (String, String) {
        // The last URL is given in a remark only.
        let (remark_url, urls) = urls.split_last().expect("one URL at least");
        let urls: String = urls.iter().map(|u| format!("<source-url>{u}</source-url>")).collect();
        let viaf = if viaf.is_empty() {
            r#"<authority service="viaf"/>"#.to_owned()
        } else {
            format!(r#"<authority service="viaf">{viaf}</authority>"#)
        };
        let xml = format!(
            "<?xml version=\"1.0\"?><person><id>{id}</id><authorities>{viaf}</authorities><names>\
             <preferred><name>{name}</name></preferred><originals><original><name>{name}</name>{urls}</original>\
             </originals></names><birth-year>{birth}</birth-year><death-year/>\
             <remarks><remark><p>x</p><source-url>{remark_url}</source-url></remark></remarks></person>"
        );
        (id.to_string(), xml)
    }

    fn pocom_person(id: &str, birth: &str, death: &str) -> (String, String) {
        let xml = format!("<person><id>{id}</id><persName/><birth>{birth}</birth><death>{death}</death></person>");
        (id.to_owned(), xml)
    }

    /// (file stem, XML text) of each file.
    type Files = Vec<(String, String)>;

    fn sample() -> (Files, Files) {
        let url = |v: &str, p: &str| format!("https://history.state.gov/historicaldocuments/{v}/persons#{p}");
        let (a, b, c) = (url("frus1961-63v22", "p_RD1"), url("frus1961-63v24", "p_RD2"), url("frus1961-63v22", "p_X1"));
        let people = vec![
            person(
                100002,
                "Rusk, David Dean",
                "1909",
                "12345",
                &[&a, &b, "https://history.state.gov/departmenthistory/people/rusk-david-dean"],
            ),
            person(
                100001,
                "Blake,\tRobert O., Jr.",
                "",
                "",
                &[
                    "https://history.state.gov/departmenthistory/people/blake-robert-orris",
                    "https://history.state.gov/departmenthistory/people/blake-robert-orris-jr",
                    &c,
                ],
            ),
            person(
                100003,
                "Berger, Samuel D.",
                "",
                "",
                &[&c, "https://history.state.gov/departmenthistory/people/berger-samuel-david"],
            ),
        ];
        let pocom = vec![
            pocom_person("rusk-david-dean", "1909", "1994"),
            pocom_person("blake-robert-orris", "1921", "2015"),
            pocom_person("blake-robert-orris-jr", "1957", ""),
        ];
        (people, pocom)
    }

    #[test]
    fn other_spellings_are_kept_once_without_the_preferred_name() {
        let xml = "<person><id>102391</id><names><preferred><name>Chang Yo-yong</name></preferred><originals>\
                   <original><name>Chang Yo-yong</name></original><original><name>Chang Do Young</name></original>\
                   <original><name>Chang Do Young</name></original></originals></names></person>";
        let person = read_person("102391.xml", xml).unwrap();
        assert_eq!(person.other_names.into_iter().collect::<Vec<_>>(), ["Chang Do Young"]);
    }

    #[test]
    fn tables_from_a_sample() {
        let (people, pocom) = sample();
        let output = generate(&people, &pocom).unwrap();
        assert_eq!(
            output.people,
            "hsg_id\tname\tbirth_year\tdeath_year\tviaf_id\tpocom_id\tother_names\n\
             100001\tBlake, Robert O., Jr.\t\t\t\t\t\n\
             100002\tRusk, David Dean\t1909\t1994\t12345\trusk-david-dean\t\n\
             100003\tBerger, Samuel D.\t\t\t\t\t\n"
        );
        // p_X1 names two persons: left out.
        assert_eq!(
            output.volume_persons,
            "volume\txml_id\thsg_id\nfrus1961-63v22\tp_RD1\t100002\nfrus1961-63v24\tp_RD2\t100002\n"
        );
        let s = &output.stats;
        assert_eq!((s.n_pocom_ambiguous, s.n_pocom_missing, s.n_volume_person_conflicts), (1, 1, 1));
        assert_eq!((s.n_years_from_pocom, s.n_volumes, s.n_viaf), (1, 2, 1));
    }

    #[test]
    fn output_does_not_depend_on_file_order() {
        let (mut people, mut pocom) = sample();
        let output = generate(&people, &pocom).unwrap();
        people.reverse();
        pocom.reverse();
        assert_eq!(generate(&people, &pocom).unwrap(), output);
        let bytes = gzip(&output.people);
        assert_eq!(bytes, gzip(&output.people));
        assert_eq!(gunzip(&bytes).unwrap(), output.people);
    }

    #[test]
    fn a_missing_archive_is_a_clear_error() {
        let err = unpack(Path::new("/nonexistent/authority"), &PEOPLE, Path::new("/nonexistent/out")).unwrap_err();
        assert!(err.to_string().contains("is not in `/nonexistent/authority`"), "{err}");
    }
}
