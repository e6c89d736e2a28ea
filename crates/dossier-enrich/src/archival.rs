//! Archival references, split into repository, file, fond/opis/delo/papka/list
//! and pages.
//!
//! The reference is read from the normalized archival-reference field, else from
//! the archive's `Source` metadata, else from the citation after "Digital
//! Archive, ". Credits that follow it (`Translated by …`, `Reprinted in …`,
//! `Obtained …`, a URL, any new sentence) are not part of it. Several references
//! are separated by `;`, `; and`, or `and` before a new repository
//! (`… Listy 12-13 and AVPRF, Fond 059a …`).
//!
//! Each reference is read by the first shape that fits:
//!
//! * `russian`: a repository, then labeled parts `Fond`/`f.`/`F.`, `Opis`/`op.`,
//!   `Delo`/`d.`, `Papka`, `List`/`Listy`/`l.`/`ll.`, in any order
//!   (`APRF: F. 39, Op. 1, D. 31, Ll. 39-40`, `TsAMO RF, fond 5, …`);
//! * `numbered`: a repository abbreviation followed by a file number and
//!   optionally pages (`PRC FMA 118-01109-02, 30-31`);
//! * `mol`: the Hungarian National Archives; the rest is kept whole as the file
//!   (`MOL, XIX-J-1-j-Korea-11/f-00828/1953 8.d.`), because its internal
//!   structure varies by record group;
//! * `generic`: a repository (an abbreviation, an abbreviation in parentheses
//!   such as `(…; AMSZ)`, or a name ending in Archive(s)/Library), a `Folder`/`File`
//!   number, and a trailing page range.
//!
//! Whatever is not understood stays only in `raw` and earns an informational
//! `archival_ref_partly_parsed`; a reference with no repository at all earns an
//! `archival_ref_unparsed` warning. Nothing is ever guessed.

use std::ops::Range;
use std::sync::LazyLock;

use dossier_model::{ArchivalRef, Diagnostic, Evidence, Extracted, NormalizedDoc, TextField};
use regex::Regex;

/// Where the reference text ends: credits, a URL, or a new sentence.
static CREDITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:Translated|Obtained|Reprinted|Published|Document obtained|Also available|Donated|Courtesy)\b|,\s*(?:obtained|translated)\b|\s+https?://|\.\s+\p{Lu}\p{Ll}|\.\s+(?:CWIHP|NKIDP)\b")
        .expect("valid regex")
});

/// `and` followed by a new repository abbreviation and its separator.
static AND_REPOSITORY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+and\s+\p{Lu}[\p{L}\-]*\p{Lu}[\p{L}\-]*\s*[,:]").expect("valid regex"));

/// A Russian-style labeled part.
static RUSSIAN_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(fond|f\.|opis|op\.|delo|d\.|papka|listy|list|ll\.|l\.)\s*(\d[\w\-/]*)$").expect("valid regex")
});

/// A repository abbreviation, a file number, optional pages.
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}{2,}(?:\s+\p{Lu}{2,})*)\s+(\d[\w\-/]*)(?:,\s*(\d+(?:\s*[-–]\s*\d+)?))?$").expect("valid regex")
});

/// An abbreviation in parentheses at the end of a repository's full name.
static PAREN_ABBREVIATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\((?:[^()]*;\s*)?(\p{Lu}[\p{Lu}\-]+)\)").expect("valid regex"));

static FOLDER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:folder|file|dossier)(?:\s+no\.)?\s+(\d[\w\-/.]*)$").expect("valid regex"));

/// Pages at the end of a generic reference: a range (`2-4`) or a number after
/// `p.`/`pp.`. A bare number is not taken: it is as often a year (`…, 1978`).
/// Holders of US government records that FRUS source notes name first.
static US_REPOSITORY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Department of (?:State|Defense)|Central Intelligence Agency|National Archives(?: and Records Administration)?|White House|(?:[A-Z][a-z]+ )+Library)$")
        .expect("valid regex")
});

static PAGES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:pp?\.\s*(\d+(?:\s*[-–]\s*\d+)?)|(\d+\s*[-–]\s*\d+))$").expect("valid regex"));

/// The reference text of one document and where it lives.
struct RefText<'a> {
    /// The text the reference is in.
    text: &'a str,
    /// Which field the evidence points into.
    field: TextField,
    /// Offset of `text` inside that field.
    base: usize,
    /// When the text could not be located exactly, the whole span to cite.
    coarse: Option<Evidence>,
    /// Rule-name part naming the source.
    source: &'static str,
}

/// Parsed archival references of `doc`, and what could not be parsed.
pub(crate) fn archival_refs(doc: &NormalizedDoc) -> (Vec<Extracted<ArchivalRef>>, Vec<Diagnostic>) {
    let Some(source) = ref_text(doc) else {
        let diagnostic = Diagnostic::info(
            "archival_ref_missing",
            "no archival reference in the reference field, the `Source` metadata or the citation",
        );
        return (Vec::new(), vec![diagnostic]);
    };
    let end = CREDITS.find(source.text).map_or(source.text.len(), |m| m.start());
    let mut refs = Vec::new();
    let mut diagnostics = Vec::new();
    for part in split_refs(source.text, 0..end) {
        let raw = &source.text[part.clone()];
        let (value, shape, n_unread) = parse_ref(raw);
        let evidence = source.coarse.unwrap_or(Evidence {
            field: source.field,
            start: source.base + part.start,
            end: source.base + part.end,
        });
        if value.repository.is_none() {
            diagnostics.push(
                Diagnostic::warning(
                    "archival_ref_unparsed",
                    format!("no repository recognized in archival reference `{raw}`"),
                )
                .with_evidence(evidence),
            );
        } else if n_unread > 0 {
            diagnostics.push(
                Diagnostic::info(
                    "archival_ref_partly_parsed",
                    format!("{n_unread} part(s) of archival reference `{raw}` kept only in `raw`"),
                )
                .with_evidence(evidence),
            );
        }
        let rule = format!("archival.{}.{shape}", source.source);
        refs.push(Extracted::new(value, rule, evidence));
    }
    (refs, diagnostics)
}

/// Picks the text to read: the reference field, the `Source` metadata, or the
/// citation after "Digital Archive, ".
fn ref_text(doc: &NormalizedDoc) -> Option<RefText<'_>> {
    if let Some(field) = doc.fields.archival_ref.as_ref().filter(|f| !f.value.trim().is_empty()) {
        return Some(RefText {
            text: &field.value,
            field: TextField::ArchivalRef,
            base: 0,
            coarse: None,
            source: "field",
        });
    }
    if let Some(meta) = doc.fields.site_metadata.get("Source").filter(|f| !f.value.trim().is_empty()) {
        // Metadata has no normalized field of its own; its evidence points into
        // the source file. Offsets stay exact while the value is unchanged from
        // the source; otherwise the whole metadata span is cited.
        let exact = doc.text(&meta.evidence) == meta.value;
        return Some(RefText {
            text: &meta.value,
            field: meta.evidence.field,
            base: meta.evidence.start,
            coarse: (!exact).then_some(meta.evidence),
            source: "site_source",
        });
    }
    let citation = doc.fields.citation.as_ref()?;
    let marker = "Digital Archive, ";
    let at = citation.value.find(marker)? + marker.len();
    Some(RefText {
        text: &citation.value[at..],
        field: TextField::Citation,
        base: at,
        coarse: None,
        source: "citation",
    })
}

/// Splits the reference text into one range per reference, trimmed.
fn split_refs(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = range.start;
    let mut skip_to = 0;
    for (i, c) in text[range.clone()].char_indices() {
        let pos = range.start + i;
        if pos < skip_to {
            continue;
        }
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ';' if depth == 0 => {
                parts.push(start..pos);
                start = pos + 1;
                let rest = &text[start..range.end];
                let trimmed = rest.trim_start();
                if trimmed.starts_with("and ") {
                    start += rest.len() - trimmed.len() + 4;
                }
                // The `and` just consumed must not be read again as the `and`
                // before a new repository.
                skip_to = start;
            }
            ' ' if depth == 0 => {
                if let Some(m) = AND_REPOSITORY.find(&text[pos..range.end]) {
                    let and_end = pos + m.as_str().find("and").expect("matched and") + 3;
                    parts.push(start..pos);
                    start = and_end;
                    skip_to = and_end;
                }
            }
            _ => {}
        }
    }
    parts.push(start..range.end);
    parts.into_iter().map(|part| trim_ref(text, part)).filter(|part| !part.is_empty()).collect()
}

/// Trims whitespace and separators, and a final period after a number
/// (`ll. 0078.`), but not one that ends an abbreviation (`8.d.`).
fn trim_ref(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let mut trimmed = slice.trim().trim_end_matches([',', ';']).trim_end();
    if let Some(without) = trimmed.strip_suffix('.').filter(|w| w.ends_with(|c: char| c.is_ascii_digit())) {
        trimmed = without;
    }
    start..start + trimmed.len()
}

/// Splits at top-level commas (and a colon right after the repository).
fn pieces(raw: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in raw.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                out.push(raw[start..i].trim());
                start = i + 1;
            }
            ':' if depth == 0 && out.is_empty() => {
                out.push(raw[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(raw[start..].trim());
    out.retain(|p| !p.is_empty());
    out
}

/// True for a short name with capitals and no digits (`APRF`, `TsAMO RF`).
fn is_abbreviation(piece: &str) -> bool {
    let words = piece.split_whitespace().count();
    (1..=3).contains(&words)
        && piece.chars().filter(|c| c.is_uppercase()).count() >= 2
        && !piece.chars().any(|c| c.is_ascii_digit())
        && piece.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Reads one reference: the value, the shape name, the number of unread parts.
fn parse_ref(raw: &str) -> (ArchivalRef, &'static str, usize) {
    let mut value = ArchivalRef { raw: raw.to_owned(), ..ArchivalRef::default() };
    if let Some(caps) = NUMBERED.captures(raw) {
        value.repository = caps.get(1).map(|m| m.as_str().to_owned());
        value.file = caps.get(2).map(|m| m.as_str().to_owned());
        value.pages = caps.get(3).map(|m| m.as_str().to_owned());
        return (value, "numbered", 0);
    }
    let parts = pieces(raw);
    let Some((&first, rest)) = parts.split_first() else {
        return (value, "unparsed", 0);
    };
    if first == "MOL" && !rest.is_empty() {
        value.repository = Some(first.to_owned());
        let file_start = raw.find(rest[0]).unwrap_or(raw.len());
        value.file = Some(raw[file_start..].trim().to_owned());
        return (value, "mol", 0);
    }
    if rest.iter().any(|p| RUSSIAN_PART.is_match(p)) && is_abbreviation(first) {
        value.repository = Some(first.to_owned());
        let mut n_unread = 0;
        for piece in rest {
            let Some(caps) = RUSSIAN_PART.captures(piece) else {
                n_unread += 1;
                continue;
            };
            let number = caps[2].to_owned();
            let slot = match caps[1].to_lowercase().as_str() {
                "fond" | "f." => &mut value.fond,
                "opis" | "op." => &mut value.opis,
                "delo" | "d." => &mut value.delo,
                "papka" => &mut value.papka,
                _ => &mut value.list,
            };
            if slot.is_none() {
                *slot = Some(number);
            } else {
                n_unread += 1;
            }
        }
        return (value, "russian", n_unread);
    }
    // US records as FRUS cites them: "Department of State, Central Files,
    // 793.5-MSP/1-1261", "Kennedy Library, National Security Files, Countries
    // Series, Korea, Cables, 1/20/61-5/17/61". The rest, as printed, is the file:
    // series and folder names are part of where the paper sits.
    if US_REPOSITORY.is_match(first) && !rest.is_empty() {
        value.repository = Some(first.to_owned());
        let file_start = raw.find(rest[0]).unwrap_or(raw.len());
        value.file = Some(raw[file_start..].trim().trim_end_matches('.').to_owned());
        return (value, "us_records", 0);
    }
    let repository = if let Some(caps) = PAREN_ABBREVIATION.captures(first) {
        Some(caps[1].to_owned())
    } else if is_abbreviation(first)
        || first.ends_with("Archive")
        || first.ends_with("Archives")
        || first.ends_with("Library")
    {
        Some(first.to_owned())
    } else {
        None
    };
    let Some(repository) = repository else {
        return (value, "unparsed", 0);
    };
    value.repository = Some(repository);
    let mut n_unread = 0;
    for (i, piece) in rest.iter().enumerate() {
        if let Some(caps) = FOLDER.captures(piece).filter(|_| value.file.is_none()) {
            value.file = Some(caps[1].to_owned());
        } else if let Some(caps) = PAGES.captures(piece).filter(|_| i + 1 == rest.len()) {
            value.pages = caps.get(1).or_else(|| caps.get(2)).map(|m| m.as_str().to_owned());
        } else {
            n_unread += 1;
        }
    }
    (value, "generic", n_unread)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits and parses `text` and renders each reference as
    /// `repository|file|fond|opis|delo|papka|list|pages` (`-` for none).
    fn check(text: &str, expect: &[&str]) {
        let end = CREDITS.find(text).map_or(text.len(), |m| m.start());
        let got: Vec<String> = split_refs(text, 0..end)
            .into_iter()
            .map(|part| {
                let (value, _, _) = parse_ref(&text[part.clone()]);
                assert_eq!(value.raw, &text[part]);
                [
                    &value.repository,
                    &value.file,
                    &value.fond,
                    &value.opis,
                    &value.delo,
                    &value.papka,
                    &value.list,
                    &value.pages,
                ]
                .iter()
                .map(|v| v.as_deref().unwrap_or("-"))
                .collect::<Vec<_>>()
                .join("|")
            })
            .collect();
        assert_eq!(got, expect, "{text}");
    }

    #[test]
    fn chinese_foreign_ministry() {
        check("PRC FMA 118-01109-02, 30-31", &["PRC FMA|118-01109-02|-|-|-|-|-|30-31"]);
        check("PRC FMA 118-01082-04, 60. Translated by Charles Kraus.", &["PRC FMA|118-01082-04|-|-|-|-|-|60"]);
        check(
            "PRC FMA 109-03984-02, 7-8. Obtained by You Lan and translated by Jake Tompkins.",
            &["PRC FMA|109-03984-02|-|-|-|-|-|7-8"],
        );
    }

    #[test]
    fn russian_archives() {
        check("APRF: F. 39, Op. 1, D. 31, Ll. 39-40", &["APRF|-|39|1|31|-|39-40|-"]);
        check(
            "APRF: F. 39, Op. 1, D. 31, L. 25. Reprinted in Andrei Ledovskii, Raisa Mirovitskaia and Vladimir Miasnikov, Sovetsko-Kitaiskie Otnosheniia, Vol. 5",
            &["APRF|-|39|1|31|-|25|-"],
        );
        check(
            "APRF, f. 45, op. 1, d. 342, l. 78; AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, List 80; and RGASPI, f. 558, op. 11, d. 342, ll. 0078.",
            &["APRF|-|45|1|342|-|78|-", "AVPRF|-|059a|5a|5|11|80|-", "RGASPI|-|558|11|342|-|0078|-"],
        );
        check(
            "APRF, Fond 45, Opis 1, Delo 347, Listy 12-13 and AVPRF, Fond 059a, Opis 5a, Delo 4, Papka 11, Listy 159-160",
            &["APRF|-|45|1|347|-|12-13|-", "AVPRF|-|059a|5a|4|11|159-160|-"],
        );
        check(
            "APRF, Listy 146-147, Fond and Opis not given; and AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 96-97.",
            &["APRF|-|-|-|-|-|146-147|-", "AVPRF|-|059a|5a|3|11|96-97|-"],
        );
        check(
            "TsAMO RF, fond 5, opis 918795, delo 124, list 429. Translated by James F. Person.",
            &["TsAMO RF|-|5|918795|124|-|429|-"],
        );
        check(
            "APRF, fond 45, opis 1, delo 347, listy 41-45 and APRF, fond 3, opis 65, delo 828, listy 5-8. http://digitalarchive.wilsoncenter.org/document/113658",
            &["APRF|-|45|1|347|-|41-45|-", "APRF|-|3|65|828|-|5-8|-"],
        );
    }

    #[test]
    fn us_records_in_frus_source_notes() {
        check(
            "Department of State, Central Files, 793.5-MSP/1-1261",
            &["Department of State|Central Files, 793.5-MSP/1-1261|-|-|-|-|-|-"],
        );
        check(
            "Kennedy Library, National Security Files, Countries Series, Korea, Cables, 1/20/61-5/17/61",
            &["Kennedy Library|National Security Files, Countries Series, Korea, Cables, 1/20/61-5/17/61|-|-|-|-|-|-"],
        );
        check(
            "Central Intelligence Agency, DCI/ER Files, Job 80-B0176R, White House, Jan.-June 1961",
            &["Central Intelligence Agency|DCI/ER Files, Job 80-B0176R, White House, Jan.-June 1961|-|-|-|-|-|-"],
        );
    }

    #[test]
    fn hungarian_and_others() {
        check(
            "MOL, XIX-J-1-j-Korea-11/f-00828/1953 8.d.Translated by József Litkei.",
            &["MOL|XIX-J-1-j-Korea-11/f-00828/1953 8.d.|-|-|-|-|-|-"],
        );
        check(
            "AMAE, Folder 784/1978, Issue 220: Features of political-diplomatic relations between the Democratic People's Republic of Korea and some countries in Europe, Asia, Africa, America (Cyprus, Spain, USA) January 7, 1978 – September 23, 1978. Obtained and translated for NKIDP by Eliza Gheorghe.",
            &["AMAE|784/1978|-|-|-|-|-|-"],
        );
        check(
            "Archiwum Ministerstwa Spraw Zagranicznych (Archive of the Ministry for Foreign Affairs; AMSZ), Warsaw, Poland, zespol 24/71, wiazka 2, teczka D. II Wietnam 2421, 2-4. Translated from Polish by Lorenz Lüthi.",
            &["AMSZ|-|-|-|-|-|-|2-4"],
        );
        check(
            "Stiftung “Archiv der Parteien und Massenorganisationen der ehemaligen DDR im Bundesarchiv” (SAPMO-BA), Berlin DY30/J1V2/SA/3255. Document obtained by Christian F. Ostermann",
            &["SAPMO-BA|-|-|-|-|-|-|-"],
        );
        check(
            "People's Army Library, Hanoi. Obtained and translated for CWIHP by Christopher Goscha.",
            &["People's Army Library|-|-|-|-|-|-|-"],
        );
        // da__document-114062: a folder number among unlabeled parts; the
        // trailing year is not taken for pages.
        check(
            "Romanian Ministry of Foreign Affairs Archives, Matter 210, 1973, Democratic People’s Republic of Korea, Secret, MFA, Folder no. 1495. The Support Romania Granted the DPRK with Relaying a Message towards the USA (April 9th – June 28th 1973). Obtained and translated for NKIDP by Eliza Gheorghe.",
            &["Romanian Ministry of Foreign Affairs Archives|1495|-|-|-|-|-|-"],
        );
        // Not a reference this crate can read: kept whole in raw, nothing invented.
        check(
            "2002-113, Act on Access to Information Held by Administrative Organs. Also available at the Diplomatic Archives of the Ministry of Foreign Affairs of Japan.",
            &["-|-|-|-|-|-|-|-"],
        );
    }
}
