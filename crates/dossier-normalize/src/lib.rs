//! The normalize stage: [`ParsedDoc`] → [`NormalizedDoc`].
//!
//! Three jobs, all on one document:
//!
//! 1. Normalize the layout of the body and of every header field value (see
//!    `text.rs`): NFC, line endings, spaces, blank lines, letter-spaced words.
//!    Words themselves are never changed.
//! 2. Read the document's own date: from the date line, else from the citation,
//!    else from site metadata, with the rule and evidence that gave it.
//! 3. Locate the editorial apparatus in the normalized body (see `editorial.rs`).
//!
//! Nothing here fails: anything odd becomes a [`Diagnostic`] on the document.

mod editorial;
mod markup;
mod text;

use std::sync::LazyLock;

use dossier_dates::{Context, find_dates, parse_date_with_rule};
use dossier_model::{DateValue, Diagnostic, Evidence, Extracted, Fields, NormalizedDoc, ParsedDoc, TextField};
use regex::Regex;
use serde::Serialize;

/// Normalize-stage configuration.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Config {}

/// Normalizes one document. Never fails: oddities become diagnostics.
pub fn normalize(doc: ParsedDoc, cfg: &Config) -> NormalizedDoc {
    let Config {} = cfg;
    let mut diagnostics = doc.diagnostics;

    let body = text::normalize_text(&doc.body);
    report_joins(&body.joins, &body.text, &mut diagnostics, |j| {
        Evidence::new(TextField::Body, &body.text, j.start, j.end)
    });
    let fields = normalize_fields(doc.fields, &mut diagnostics);
    let date = document_date(&fields, &mut diagnostics).map(|d| with_heading_day(d, &body.text));
    let (editorial, editorial_diagnostics) = editorial::find_editorial(&body.text);
    diagnostics.extend(editorial_diagnostics);
    let markup = markup::map_markup(doc.markup, &doc.body, &body.text, &mut diagnostics);

    NormalizedDoc { meta: doc.meta, fields, body: body.text, markup, date, editorial, diagnostics }
}

/// Records one info diagnostic per letter-spaced word that was joined.
/// `text` is the normalized text the joins' offsets point into.
fn report_joins(
    joins: &[text::Join],
    text: &str,
    diagnostics: &mut Vec<Diagnostic>,
    evidence: impl Fn(&text::Join) -> Evidence,
) {
    for join in joins {
        let ev = evidence(join);
        diagnostics.push(
            Diagnostic::info(
                "letter_spacing_joined",
                format!("joined letter-spaced `{}` into `{}`", join.spaced, &text[join.start..join.end]),
            )
            .with_evidence(ev),
        );
    }
}

/// Normalizes every field value; evidence keeps pointing at the source.
fn normalize_fields(fields: Fields, diagnostics: &mut Vec<Diagnostic>) -> Fields {
    let mut one = |field: Option<Extracted<String>>, text_field: Option<TextField>| {
        field.map(|f| normalize_field(f, text_field, diagnostics))
    };
    let Fields {
        record_id,
        url,
        date_line,
        title,
        summary,
        related_summary,
        related_documents,
        citation,
        archival_ref,
        translator,
        funder,
        original_language,
        contents_label,
        site_metadata,
        date_when,
        time,
        place,
        doc_number,
        source_note,
        subjects,
        signers,
    } = fields;
    let mut out = Fields {
        record_id: one(record_id, None),
        url: one(url, None),
        date_line: one(date_line, Some(TextField::DateLine)),
        title: one(title, Some(TextField::Title)),
        summary: one(summary, Some(TextField::Summary)),
        related_summary: one(related_summary, Some(TextField::RelatedSummary)),
        related_documents: one(related_documents, Some(TextField::RelatedDocuments)),
        citation: one(citation, Some(TextField::Citation)),
        archival_ref: one(archival_ref, Some(TextField::ArchivalRef)),
        translator: one(translator, None),
        funder: one(funder, None),
        original_language: one(original_language, None),
        contents_label: one(contents_label, None),
        site_metadata: Default::default(),
        date_when: one(date_when, None),
        time: one(time, None),
        place: one(place, None),
        doc_number: one(doc_number, None),
        source_note: one(source_note, None),
        subjects: Vec::new(),
        signers: Vec::new(),
    };
    for subject in subjects {
        let subject = normalize_field(subject, None, diagnostics);
        out.subjects.push(subject);
    }
    for signer in signers {
        let signer = normalize_field(signer, None, diagnostics);
        out.signers.push(signer);
    }
    for (label, value) in site_metadata {
        let value = normalize_field(value, None, diagnostics);
        out.site_metadata.insert(label, value);
    }
    out
}

/// Normalizes one field value. A join is reported in the field's own normalized
/// coordinates when the model names the field, else at the field's source evidence.
fn normalize_field(
    field: Extracted<String>,
    text_field: Option<TextField>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Extracted<String> {
    let normalized = text::normalize_text(&field.value);
    report_joins(&normalized.joins, &normalized.text, diagnostics, |j| match text_field {
        Some(tf) => Evidence::new(tf, &normalized.text, j.start, j.end),
        None => field.evidence,
    });
    Extracted { value: normalized.text, rule: field.rule, evidence: field.evidence }
}

/// The closing quote of the citation's title, then the separators before its date:
/// `"Title," June 21, 1962,` · `"Title", June 21, 1962,` · `“Title,” , 1961,`.
static CITATION_TITLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"^\s*(?:"[^"]*"|“[^”]*”)[\s,]*"#).unwrap());

/// The document's own date; pushes `date_unparsed` or `no_date` when it cannot be read.
fn document_date(fields: &Fields, diagnostics: &mut Vec<Diagnostic>) -> Option<Extracted<DateValue>> {
    let ctx = Context::default();
    // A date the markup states in machine-readable form beats any reading of prose.
    if let Some(when) = &fields.date_when {
        let iso = when.value.split('T').next().unwrap_or_default();
        if let Some((mut value, _)) = parse_date_with_rule(iso, &ctx) {
            value.raw = fields.date_line.as_ref().map_or_else(|| when.value.clone(), |l| l.value.clone());
            return Some(Extracted::new(value, "normalize.markup.when", when.evidence));
        }
        diagnostics.push(
            Diagnostic::warning("date_unparsed", format!("the markup date `{}` is not an ISO date", when.value))
                .with_evidence(when.evidence),
        );
    }
    if let Some(line) = &fields.date_line {
        let text = &line.value;
        let evidence = Evidence::new(TextField::DateLine, text, 0, text.len());
        return Some(match parse_date_with_rule(text, &ctx) {
            Some((value, rule)) => Extracted::new(value, rule_name("date_line", rule), evidence),
            None => {
                diagnostics.push(
                    Diagnostic::warning(
                        "date_unparsed",
                        format!("the date line `{text}` is not a date this stage can read"),
                    )
                    .with_evidence(evidence),
                );
                Extracted::new(DateValue::unreadable(text.clone()), "normalize.date_line.unreadable", evidence)
            }
        });
    }
    if let Some(found) = fields.citation.as_ref().and_then(|c| citation_date(&c.value)) {
        return Some(found);
    }
    for (label, value) in &fields.site_metadata {
        let label_lower = label.to_lowercase();
        // "Original Uploaded Date" is when the archive put the record online,
        // not when the document was written.
        if !label_lower.contains("date") || label_lower.contains("upload") {
            continue;
        }
        if let Some((date, rule)) = parse_date_with_rule(&value.value, &ctx) {
            return Some(Extracted::new(date, rule_name("site_metadata", rule), value.evidence));
        }
    }
    diagnostics.push(Diagnostic::warning(
        "no_date",
        "the document has no date line, and neither its citation nor its site metadata states a date",
    ));
    None
}

/// Lines of the body's top read for a heading's day.
const HEADING_LINES: usize = 8;

/// A day or a run of days of one month on a line of its own (`January 12-14,
/// 1968`, `12–14 January 1968`).
static DAY_RANGE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:([A-Z][a-z]+)\.? (\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?,? (\d{4})|(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))? ([A-Z][a-z]+)\.? (\d{4}))\.?$")
        .expect("valid regex")
});

/// A page date of a month (`January 1968`) made a day's by the record's own
/// heading among the body's first lines, of that month and year (`January
/// 12-14, 1968`: the first day, the last day as the latest it can mean).
/// A page date on the first of a month is often the month alone written as a
/// day (`March 01, 1969` over talks headed `March 3-4, 1969`), so the heading's
/// day of that month wins there too. Rule `normalize.body_heading.<rule>`,
/// evidence in the body.
fn with_heading_day(date: Extracted<DateValue>, body: &str) -> Extracted<DateValue> {
    let first_of_month = date.value.precision == Some(dossier_model::Precision::Day)
        && date.value.iso.as_deref().is_some_and(|iso| iso.len() == 10 && iso.ends_with("-01"));
    let Some(iso) = date
        .value
        .iso
        .as_deref()
        .filter(|_| date.value.precision == Some(dossier_model::Precision::Month) || first_of_month)
        .map(|iso| &iso[..7])
    else {
        return date;
    };
    let mut offset = 0;
    for line in body.split('\n').take(HEADING_LINES) {
        let start = offset + (line.len() - line.trim_start().len());
        offset += line.len() + 1;
        let text = line.trim();
        let Some(caps) = DAY_RANGE_LINE.captures(text) else { continue };
        let get = |i: usize| caps.get(i).map(|m| m.as_str());
        let (month, first, last, year) = match get(1) {
            Some(month) => (month, get(2), get(3), get(4)),
            None => (get(7).unwrap_or_default(), get(5), get(6), get(8)),
        };
        let (Some(first), Some(year)) = (first, year) else { continue };
        let Some((value, _)) = parse_date_with_rule(&format!("{month} {first}, {year}"), &Context::default()) else {
            continue;
        };
        if value.iso.as_deref().is_none_or(|day| !day.starts_with(iso)) {
            continue;
        }
        let mut value = DateValue { raw: text.to_owned(), ..value };
        if let Some(last) = last
            && let Some((end, _)) = parse_date_with_rule(&format!("{month} {last}, {year}"), &Context::default())
            && end.iso > value.iso
        {
            value.max = end.iso;
        }
        let rule = if last.is_some() { "normalize.body_heading.day_range" } else { "normalize.body_heading.day" };
        return Extracted::new(value, rule, Evidence::new(TextField::Body, body, start, start + text.len()));
    }
    date
}

/// The date standing right after the quoted title of a citation, in
/// [`TextField::Citation`] coordinates.
fn citation_date(citation: &str) -> Option<Extracted<DateValue>> {
    let after_title = CITATION_TITLE.find(citation)?.end();
    let found = find_dates(citation, &Context::default()).into_iter().find(|f| f.start == after_title)?;
    let evidence = Evidence::new(TextField::Citation, citation, found.start, found.end);
    Some(Extracted::new(found.value, rule_name("citation", found.rule), evidence))
}

/// `normalize.<source>.<date rule>`, e.g. `normalize.date_line.month_day_year`.
fn rule_name(source: &str, date_rule: &str) -> String {
    format!("normalize.{source}.{}", date_rule.strip_prefix("dates.").unwrap_or(date_rule))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{DocId, DocMeta, EditorialKind, Format, Layout, Severity, Source};

    const SEED: &str =
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/wilson/seed__document-118197.txt"));

    fn field(value: &str) -> Option<Extracted<String>> {
        Some(Extracted::new(
            value.to_owned(),
            "test.field",
            Evidence { field: TextField::Source, start: 0, end: value.len() },
        ))
    }

    fn doc(body: &str, fields: Fields) -> ParsedDoc {
        ParsedDoc {
            meta: DocMeta {
                id: DocId("0123456789abcdef".into()),
                source: Source {
                    path: "wilson/test.txt".into(),
                    blake3: "00".into(),
                    n_bytes: body.len() as u64,
                    record_key: None,
                },
                collection: "wilson".into(),
                format: Format::WilsonPage,
                layout: Layout::PdfExport,
                body_offset: 7,
                truncated: true,
                dropped: vec![],
                authority: None,
                source_text: body.into(),
            },
            fields,
            body: body.to_owned(),
            markup: Default::default(),
            diagnostics: vec![Diagnostic::info("parsed", "from the parser")],
        }
    }

    /// Normalizes a document with `fields` and checks the date's ISO value and rule.
    fn check(fields: Fields, expect: Option<(Option<&str>, &str)>, codes: &[&str]) -> NormalizedDoc {
        let out = normalize(doc("body", fields), &Config::default());
        let got = out.date.as_ref().map(|d| (d.value.iso.as_deref(), d.rule.as_str()));
        assert_eq!(got, expect);
        let got_codes: Vec<&str> = out.diagnostics[1..].iter().map(|d| d.code.as_str()).collect();
        assert_eq!(got_codes, codes);
        out
    }

    #[test]
    fn date_from_the_date_line() {
        let out = check(
            Fields { date_line: field("June 21,\u{a0}1962 "), ..Fields::default() },
            Some((Some("1962-06-21"), "normalize.date_line.month_day_year")),
            &[],
        );
        let date = out.date.as_ref().unwrap();
        assert_eq!(date.evidence.field, TextField::DateLine);
        assert_eq!(out.text(&date.evidence), "June 21, 1962");
        assert_eq!(out.fields.date_line.unwrap().value, "June 21, 1962");
    }

    #[test]
    fn partial_date_lines() {
        check(
            Fields { date_line: field("November 1980"), ..Fields::default() },
            Some((Some("1980-11"), "normalize.date_line.month_year")),
            &[],
        );
        check(
            Fields { date_line: field("1967"), ..Fields::default() },
            Some((Some("1967"), "normalize.date_line.year")),
            &[],
        );
    }

    #[test]
    fn a_month_page_date_takes_the_heading_day() {
        // east-europe-bh da__document-polish-soviet-talks-lansk: the page says
        // `January 1968`, the record's heading the days.
        let body = "Polish-Soviet Talks in Lansk\nJanuary 12-14, 1968\n\n[Excerpts regarding China]\n\nGomulka: As far as the issue of China is concerned";
        let out = normalize(doc(body, Fields { date_line: field("January 1968"), ..Fields::default() }), &Config {});
        let date = out.date.expect("a date");
        assert_eq!(date.value.iso.as_deref(), Some("1968-01-12"));
        assert_eq!((date.value.min.as_deref(), date.value.max.as_deref()), (Some("1968-01-12"), Some("1968-01-14")));
        assert_eq!(date.rule, "normalize.body_heading.day_range");
        assert_eq!(&out.body[date.evidence.start..date.evidence.end], "January 12-14, 1968");
        // Another month's day leaves the page date as it is.
        let out = normalize(
            doc("Talks\nFebruary 2, 1968\n", Fields { date_line: field("January 1968"), ..Fields::default() }),
            &Config {},
        );
        assert_eq!(out.date.expect("a date").value.iso.as_deref(), Some("1968-01"));
    }

    #[test]
    fn a_first_of_the_month_page_date_takes_the_heading_day() {
        // east-europe-ce da 112937: the page says `March 01, 1969` over the
        // talks of March 3-4.
        let body = "Polish-Soviet Talks in Moscow\nMarch 3-4, 1969\n\nBrezhnev: Events on the Sino-Soviet border.";
        let out = normalize(doc(body, Fields { date_line: field("March 01, 1969"), ..Fields::default() }), &Config {});
        let date = out.date.expect("a date");
        assert_eq!(date.value.iso.as_deref(), Some("1969-03-03"));
        assert_eq!(date.value.max.as_deref(), Some("1969-03-04"));
        assert_eq!(date.rule, "normalize.body_heading.day_range");
        // Any other day of the page stands.
        let out = normalize(doc(body, Fields { date_line: field("March 02, 1969"), ..Fields::default() }), &Config {});
        assert_eq!(out.date.expect("a date").value.iso.as_deref(), Some("1969-03-02"));
    }

    #[test]
    fn unparseable_date_line_is_kept_raw() {
        let out = check(
            Fields {
                date_line: field("Undated, circa 1950s"),
                citation: field("\"Title,\" June 21, 1962, Wilson Center Digital Archive"),
                ..Fields::default()
            },
            Some((None, "normalize.date_line.unreadable")),
            &["date_unparsed"],
        );
        assert_eq!(out.date.unwrap().value.raw, "Undated, circa 1950s");
        assert_eq!(out.diagnostics[1].severity, Severity::Warning);
    }

    #[test]
    fn date_from_the_citation() {
        // The seed's citation: straight quotes, comma after the quote.
        let citation = "\"Cable from the Work Team of the Ministries of Foreign Affairs and Public Security to the Xinjiang Uyghur Autonomous Region Party Committee and the Ministries of Foreign Affairs and Public Security\", June 21, 1962, Wilson Center Digital Archive, PRC FMA 118-01109-02, 30-31. Translated by 7Brands.";
        let out = check(
            Fields { citation: field(citation), ..Fields::default() },
            Some((Some("1962-06-21"), "normalize.citation.month_day_year")),
            &[],
        );
        let ev = out.date.as_ref().unwrap().evidence;
        assert_eq!(ev.field, TextField::Citation);
        assert_eq!(out.text(&ev), "June 21, 1962");
        assert_eq!(&out.fields.citation.unwrap().value[ev.start..ev.end], "June 21, 1962");
        // Old-site citation: curly quotes, comma inside; a date in the title is not taken.
        check(
            Fields {
                citation: field(
                    "“Notes on the Conversation of 1 August 1961,” March 04, 1953, History and Public Policy Program Digital Archive",
                ),
                ..Fields::default()
            },
            Some((Some("1953-03-04"), "normalize.citation.month_day_year")),
            &[],
        );
        // docslib export: the day is missing, only the year is left.
        check(
            Fields {
                citation: field(
                    "“Letter from Khrushchev to Ulbricht Regarding the Situation in Berlin,” , 1961, History and Public Policy Program Digital Archive, SED Archives",
                ),
                ..Fields::default()
            },
            Some((Some("1961"), "normalize.citation.year")),
            &[],
        );
    }

    #[test]
    fn date_from_site_metadata_then_none() {
        let mut fields = Fields { citation: field("no quoted title here, 1962"), ..Fields::default() };
        fields.site_metadata.insert("Original Uploaded Date".into(), field("2011-11-20").unwrap());
        check(fields.clone(), None, &["no_date"]);
        fields.site_metadata.insert("Date".into(), field("March 5, 1965").unwrap());
        check(fields, Some((Some("1965-03-05"), "normalize.site_metadata.month_day_year")), &[]);
    }

    #[test]
    fn fields_are_normalized_and_keep_their_evidence() {
        let raw_title = "P r a g u e  report\r\n\r\n\r\non  Peking";
        let out = normalize(
            doc("x", Fields { title: field(raw_title), date_line: field("1967"), ..Fields::default() }),
            &Config::default(),
        );
        let title = out.fields.title.as_ref().unwrap();
        assert_eq!(title.value, "Prague report\n\non Peking");
        assert_eq!((title.evidence.start, title.evidence.end), (0, raw_title.len()), "the raw title in the source");
        let join = &out.diagnostics[1];
        assert_eq!(join.code, "letter_spacing_joined");
        assert_eq!(join.severity, Severity::Info);
        let ev = join.evidence.as_ref().unwrap();
        assert_eq!((ev.field, out.text(ev)), (TextField::Title, "Prague"));
    }

    fn seed_doc() -> ParsedDoc {
        // The parser is written in parallel; this hand-built document takes the
        // body from "[...]" to the end, as the parse stage will.
        let body_offset = SEED.find("[...]").unwrap();
        let fields = Fields {
            date_line: field("June 21, 1962"),
            citation: field(SEED.lines().find(|l| l.starts_with("\"Cable from")).unwrap()),
            ..Fields::default()
        };
        let mut d = doc(&SEED[body_offset..], fields);
        d.meta.body_offset = body_offset;
        d
    }

    #[test]
    fn seed_document() {
        let out = normalize(seed_doc(), &Config::default());
        assert_eq!(out.date.as_ref().unwrap().value.iso.as_deref(), Some("1962-06-21"));
        assert!(out.body.starts_with("[...]\n\n[To the] Party Committee"));
        assert!(out.body.ends_with("Public Security\n21 June 1962"));
        for s in &out.editorial {
            assert!(out.body.is_char_boundary(s.start) && out.body.is_char_boundary(s.end));
        }
        let got: Vec<(EditorialKind, &str, Option<&str>)> =
            out.editorial.iter().map(|s| (s.kind, &out.body[s.start..s.end], s.glossed.as_deref())).collect();
        assert_eq!(
            got,
            [
                (EditorialKind::Elision, "[...]", None),
                (EditorialKind::Insertion, "[To the]", None),
                (EditorialKind::Insertion, "[Xinjiang Uyghur]", None),
                (EditorialKind::Gloss, "Yili [Ili]", Some("Yili")),
                (EditorialKind::Gloss, "Wulumuqi [Urumqi]", Some("Wulumuqi")),
                (EditorialKind::Gloss, "Yining [Gulja]", Some("Yining")),
            ]
        );
        // Copied through untouched.
        assert_eq!(out.meta.body_offset, SEED.find("[...]").unwrap());
        assert!(out.meta.truncated);
        assert_eq!(out.diagnostics[0].code, "parsed");
        assert_eq!(out.diagnostics.len(), 1);
    }

    #[test]
    fn normalization_is_idempotent() {
        let once = normalize(seed_doc(), &Config::default());
        let again = normalize(
            ParsedDoc {
                meta: once.meta.clone(),
                fields: once.fields.clone(),
                body: once.body.clone(),
                markup: once.markup.clone(),
                diagnostics: once.diagnostics.clone(),
            },
            &Config::default(),
        );
        assert_eq!(again, once);
    }

    #[test]
    fn every_corpus_file_normalizes_cleanly() {
        // Whole page texts stand in for bodies: no panic, spans on their text,
        // and a fixed point on the second pass.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/wilson");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        assert!(paths.len() > 50);
        for path in paths {
            let raw = std::fs::read_to_string(&path).unwrap();
            let once = normalize(doc(&raw, Fields::default()), &Config::default());
            for s in &once.editorial {
                assert!(once.body.get(s.start..s.end).is_some(), "{}", path.display());
            }
            let twice = normalize(doc(&once.body, Fields::default()), &Config::default());
            assert_eq!(twice.body, once.body, "{}", path.display());
            assert_eq!(twice.editorial, once.editorial, "{}", path.display());
        }
    }
}
