//! `report.html`: one self-contained page a historian can open — counts and
//! coverage, a timeline, a map of the places, who wrote to whom, the most named
//! people, places and organizations with links to their documents, the values
//! most worth a second look, and every document.
//!
//! No script, no network: inline CSS and SVG only, and a Content Security Policy
//! that forbids scripts and remote loads even if something slipped through. Every
//! dataset string is escaped ([`crate::html::esc`]). The page is a pure function
//! of the dataset files, so the same dataset gives the same bytes.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use crate::dataset::Dataset;
use crate::html::{anchor, count, esc, esc_clip, percent};
use crate::svg::{self, MapPoint, NetworkEdge};
use crate::worldmap;

/// The file name.
pub const REPORT_FILE: &str = "report.html";

/// The page's sections (element ids), in order. The Chromium check looks for each.
pub const SECTIONS: [&str; 10] =
    ["overview", "coverage", "timeline", "map", "network", "people", "places", "organizations", "review", "documents"];

/// How many entries each "top" list shows.
const TOP: usize = 15;
/// How many document links one entry shows before "and N more".
const LINKS: usize = 12;
/// Nodes in the network.
const NETWORK_NODES: usize = 30;
/// Rows of the review lists.
const REVIEW: usize = 30;

const STYLE: &str = "
:root{--ink:#1d232b;--muted:#5b6675;--line:#d9dee5;--accent:#2f5d8a;--bg:#fbfbf9}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:var(--ink);background:var(--bg)}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 20px}
header{padding-top:24px}
h1{font-size:28px;margin:0 0 4px}
h2{font-size:21px;margin:36px 0 8px;padding-top:8px;border-top:2px solid var(--ink)}
h3{font-size:16px;margin:18px 0 6px}
p.lead,.muted,.empty{color:var(--muted)}
nav{margin:12px 0 0;display:flex;flex-wrap:wrap;gap:4px 14px}
a{color:var(--accent)}
table{border-collapse:collapse;width:100%;margin:6px 0 10px;font-size:14px}
th,td{text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid var(--line)}
th{font-weight:600;background:#f0f2f5}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.grid-2{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:0 28px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:10px 0}
.card{border:1px solid var(--line);background:#fff;padding:10px 14px;min-width:140px}
.card b{display:block;font-size:24px}
svg.chart{width:100%;height:auto;background:#fff;border:1px solid var(--line)}
svg .grid{stroke:#e6e9ee;stroke-width:1}
svg .tick{font-size:11px;fill:var(--muted)}
svg.map .ocean{fill:#eef3f8}
svg.map .graticule{fill:none;stroke:#d5dee8;stroke-width:.25}
svg.map .land{fill:#dcd6c8;stroke:#b9b09c;stroke-width:.2}
svg.map .place{fill:#c0392b;fill-opacity:.6;stroke:#7b241c;stroke-width:.25}
svg.map .label{font-size:3.4px;fill:var(--ink)}
svg.network .edge{fill:none;stroke:#4e79a7;stroke-opacity:.55}
svg.network .arrowhead{fill:#4e79a7}
svg.network .node{fill:#f28e2b;stroke:#8a4b0f}
svg.network .node-label{font-size:12px;fill:var(--ink)}
ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:13px}
.swatch{display:inline-block;width:11px;height:11px;margin-right:5px;vertical-align:-1px}
ol.top li{margin:0 0 6px}
.docs a{margin-right:6px}
td.title{min-width:280px}
code{font-size:13px;background:#f0f2f5;padding:0 3px}
footer{margin:40px auto;color:var(--muted);font-size:13px}
";

/// One document as the report needs it.
struct Doc<'a> {
    id: &'a str,
    title: &'a str,
    date: &'a str,
    date_min: &'a str,
    doc_type: &'a str,
    collection: &'a str,
    senders: Vec<&'a str>,
    recipients: Vec<&'a str>,
    participants: Vec<&'a str>,
    diagnostics: Vec<&'a str>,
}

/// One entity with the documents that mention it.
struct Entity<'a> {
    id: &'a str,
    kind: &'a str,
    name: &'a str,
    lat: Option<f64>,
    lon: Option<f64>,
    n_documents: usize,
    n_mentions: usize,
    doc_ids: Vec<&'a str>,
    /// People: the Office of the Historian's people-database id and POCOM id
    /// (`entities.csv`), empty when not linked.
    hsg_id: &'a str,
    pocom_id: &'a str,
    /// People: the offices `mentions.csv` names them by (`secretary`), sorted.
    offices: BTreeSet<&'a str>,
}

fn list(cell: &str) -> Vec<&str> {
    cell.split(" | ").map(str::trim).filter(|s| !s.is_empty()).collect()
}

/// Renders the report of a dataset.
pub fn render_report(dataset: &Dataset) -> String {
    let t = &dataset.documents;
    let docs: Vec<Doc<'_>> = t
        .rows
        .iter()
        .map(|r| Doc {
            id: t.cell(r, "id"),
            title: t.cell(r, "title"),
            date: t.cell(r, "date"),
            date_min: t.cell(r, "date_min"),
            doc_type: t.cell(r, "doc_type"),
            collection: t.cell(r, "collection"),
            senders: list(t.cell(r, "senders")),
            recipients: list(t.cell(r, "recipients")),
            participants: list(t.cell(r, "participants")),
            diagnostics: list(t.cell(r, "diagnostics")),
        })
        .collect();
    let doc_titles: BTreeMap<&str, &str> = docs.iter().map(|d| (d.id, d.title)).collect();
    let doc_order: BTreeMap<&str, usize> = docs.iter().enumerate().map(|(idx, d)| (d.id, idx)).collect();
    // The copies of a record other than its canonical one (clusters.csv): the
    // timeline, map, network and top lists count each record once.
    let copies: BTreeSet<&str> = dataset.clusters.as_ref().map_or_else(BTreeSet::new, |c| {
        c.rows.iter().filter(|r| c.cell(r, "is_canonical") == "false").map(|r| c.cell(r, "doc_id")).collect()
    });
    let entities = entities(dataset, &doc_order, &copies);

    let mut page = String::with_capacity(256 * 1024);
    let name = &dataset.name;
    let tool_version = dataset.manifest.pointer("/tool_version").and_then(|v| v.as_str()).unwrap_or("");
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"generator\" content=\"dossier {}\">\n<meta name=\"dossier-sections\" content=\"{}\">\n<title>{} — dossier report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(tool_version),
        SECTIONS.join(" "),
        esc(name)
    );

    // Header and navigation.
    let n_rejects = dataset.rejects.len();
    let n_inputs = dataset.manifest.pointer("/counts/inputs").and_then(|v| v.as_u64()).unwrap_or(0);
    let _ = write!(
        page,
        "<header>\n<h1>{}</h1>\n<p class=\"lead\">{} documents from {} input files, {} rejected. Made by dossier {} from the files in this folder; every value below links back to its document.</p>\n<nav>",
        esc(name),
        count(docs.len()),
        count(n_inputs as usize),
        count(n_rejects),
        esc(tool_version)
    );
    for (id, label) in SECTIONS.iter().zip([
        "Overview",
        "Coverage",
        "Timeline",
        "Map",
        "Who wrote to whom",
        "People",
        "Places",
        "Organizations",
        "To review",
        "Documents",
    ]) {
        let _ = write!(page, "<a href=\"#{id}\">{label}</a>");
    }
    page.push_str("</nav>\n</header>\n<main>\n");

    overview(&mut page, dataset, &docs, &entities);
    coverage(&mut page, dataset, &docs);
    timeline(&mut page, &docs, &copies);
    map(&mut page, dataset, &entities, &copies);
    network(&mut page, dataset, &docs, &entities, &copies);
    top_entities(&mut page, dataset, &docs, &entities, &doc_titles, &copies);
    review(&mut page, dataset, &docs, &doc_titles);
    documents(&mut page, &docs);

    page.push_str("</main>\n<footer>\n<p>");
    page.push_str(&esc(worldmap::ATTRIBUTION));
    page.push('.');
    if entities.iter().any(|e| e.lat.is_some())
        || dataset.entities.as_ref().is_some_and(|e| e.column("geonames_id").is_some())
    {
        page.push(' ');
        page.push_str(&esc(dossier_gazetteer::ATTRIBUTION));
        page.push('.');
    }
    page.push_str(" Document texts and metadata belong to their archives; see the dataset card (README.md) for sources and rights.</p>\n</footer>\n</body>\n</html>\n");
    page
}

/// Entities from `entities.csv`, with their documents from `mentions.csv`'s
/// `entity_id` column (in document order). Empty when the dataset has none.
fn entities<'a>(dataset: &'a Dataset, doc_order: &BTreeMap<&str, usize>, copies: &BTreeSet<&str>) -> Vec<Entity<'a>> {
    let Some(t) = &dataset.entities else { return Vec::new() };
    let mut docs_of: BTreeMap<&str, BTreeSet<(usize, &str)>> = BTreeMap::new();
    let mut offices_of: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    // Mentions outside the copies, when there are copies to leave out.
    let mut mentions_of: BTreeMap<&str, usize> = BTreeMap::new();
    let recount = !copies.is_empty() && dataset.mentions.is_some();
    if let Some(m) = &dataset.mentions {
        if let (Some(e_idx), Some(d_idx)) = (m.column("entity_id"), m.column("doc_id")) {
            let o_idx = m.column("office");
            for row in &m.rows {
                let (entity, doc) = (row[e_idx].as_str(), row[d_idx].as_str());
                if !entity.is_empty() && !copies.contains(doc) {
                    *mentions_of.entry(entity).or_default() += 1;
                    docs_of.entry(entity).or_default().insert((doc_order.get(doc).copied().unwrap_or(usize::MAX), doc));
                    if let Some(office) = o_idx.map(|i| row[i].as_str()).filter(|o| !o.is_empty()) {
                        offices_of.entry(entity).or_default().insert(office);
                    }
                }
            }
        }
    }
    let number = |s: &str| s.parse::<usize>().unwrap_or(0);
    t.rows
        .iter()
        .map(|r| {
            let id = t.cell(r, "entity_id");
            let doc_ids: Vec<&str> = docs_of.get(id).map(|s| s.iter().map(|(_, d)| *d).collect()).unwrap_or_default();
            Entity {
                id,
                kind: t.cell(r, "kind"),
                name: t.cell(r, "canonical_name"),
                lat: t.cell(r, "lat").parse().ok(),
                lon: t.cell(r, "lon").parse().ok(),
                n_documents: if t.column("n_documents").is_some() && !recount {
                    number(t.cell(r, "n_documents"))
                } else {
                    doc_ids.len()
                },
                n_mentions: if recount {
                    mentions_of.get(id).copied().unwrap_or(0)
                } else {
                    number(t.cell(r, "n_mentions"))
                },
                doc_ids,
                hsg_id: t.cell(r, "hsg_id"),
                pocom_id: t.cell(r, "pocom_id"),
                offices: offices_of.remove(id).unwrap_or_default(),
            }
        })
        .collect()
}

/// Counts as (value, n), most frequent first, ties by value.
fn ranked<'a>(values: impl Iterator<Item = &'a str>, empty: &'a str) -> Vec<(&'a str, usize)> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for v in values {
        *counts.entry(if v.is_empty() { empty } else { v }).or_default() += 1;
    }
    let mut out: Vec<(&str, usize)> = counts.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    out
}

fn section(page: &mut String, id: &str, title: &str, lead: &str) {
    let _ = write!(page, "<section id=\"{id}\">\n<h2>{title}</h2>\n");
    if !lead.is_empty() {
        let _ = writeln!(page, "<p class=\"muted\">{lead}</p>");
    }
}

fn count_table(page: &mut String, heading: &str, rows: &[(&str, usize)], total: usize) {
    let _ = write!(
        page,
        "<div>\n<h3>{}</h3>\n<table><thead><tr><th>value</th><th class=\"n\">n</th><th class=\"n\">share</th></tr></thead><tbody>",
        esc(heading)
    );
    for (value, n) in rows {
        let _ = write!(
            page,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(value),
            count(*n),
            percent(*n, total)
        );
    }
    page.push_str("</tbody></table>\n</div>\n");
}

fn doc_link(id: &str, titles: &BTreeMap<&str, &str>, max: usize) -> String {
    let title = titles.get(id).copied().unwrap_or(id);
    let title = if title.is_empty() { id } else { title };
    format!("<a href=\"#{}\" title=\"{}\">{}</a>", anchor("doc", id), esc(title), esc_clip(title, max))
}

fn overview(page: &mut String, dataset: &Dataset, docs: &[Doc<'_>], entities: &[Entity<'_>]) {
    section(page, "overview", "Overview", "");
    let dated = docs.iter().filter(|d| !d.date_min.is_empty()).count();
    let years: Vec<&str> = docs.iter().filter_map(|d| d.date_min.get(..4)).collect();
    let span = match (years.iter().min(), years.iter().max()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => (*a).to_owned(),
        _ => "–".to_owned(),
    };
    let n_mentions = dataset.mentions.as_ref().map(|m| m.rows.len()).unwrap_or(0);
    let mut cards = vec![
        ("documents", count(docs.len())),
        ("dated", format!("{} ({})", count(dated), percent(dated, docs.len()))),
        ("years", span),
        ("mentions", count(n_mentions)),
        ("editorial spans", count(dataset.editorial.len())),
        ("rejected", count(dataset.rejects.len())),
    ];
    if dataset.entities.is_some() {
        cards.push(("entities", count(entities.len())));
    }
    // Copies of one record (clusters.csv): the records counted once.
    if let Some(clusters) = &dataset.clusters {
        let distinct = clusters.rows.iter().filter(|r| clusters.cell(r, "is_canonical") == "true").count();
        cards.push(("distinct records (copies counted once)", count(distinct)));
    }
    page.push_str("<div class=\"cards\">");
    for (label, value) in cards {
        let _ = write!(page, "<div class=\"card\"><b>{}</b>{label}</div>", esc(&value));
    }
    page.push_str("</div>\n</section>\n");
}

fn coverage(page: &mut String, dataset: &Dataset, docs: &[Doc<'_>]) {
    section(page, "coverage", "Coverage", "What went in, how it was laid out, and what could not be read.");
    let t = &dataset.documents;
    let column = |name: &'static str| t.rows.iter().map(move |r| t.cell(r, name));
    page.push_str("<div class=\"grid-2\">\n");
    count_table(page, "Collection", &ranked(column("collection"), "(none)"), docs.len());
    count_table(page, "Layout", &ranked(column("layout"), "(none)"), docs.len());
    count_table(page, "Document type", &ranked(column("doc_type"), "(none)"), docs.len());
    count_table(page, "Original language", &ranked(column("original_language"), "(not stated)"), docs.len());
    count_table(page, "Date precision", &ranked(column("date_precision"), "(no date)"), docs.len());
    let classifications = ranked(t.rows.iter().flat_map(|r| list(t.cell(r, "classification"))), "");
    if !classifications.is_empty() {
        count_table(page, "Classification (documents may carry several)", &classifications, docs.len());
    }
    page.push_str("</div>\n<h3>Rejected inputs</h3>\n");
    if dataset.rejects.is_empty() {
        page.push_str("<p class=\"empty\">None: every input became a document.</p>\n");
    } else {
        page.push_str("<table><thead><tr><th>reason</th><th class=\"n\">n</th><th>examples</th></tr></thead><tbody>");
        for (reason, n) in ranked(dataset.rejects.iter().map(|r| r.reason.as_str()), "(none)") {
            let examples: Vec<String> = dataset
                .rejects
                .iter()
                .filter(|r| r.reason == reason)
                .take(3)
                .map(|r| format!("<code>{}</code> {}", esc_clip(&r.path, 80), esc_clip(&r.detail, 160)))
                .collect();
            let _ = write!(
                page,
                "<tr><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                esc(reason),
                count(n),
                examples.join("<br>")
            );
        }
        page.push_str("</tbody></table>\n");
    }
    page.push_str("</section>\n");
}

/// What a section says when copies of one record are counted once.
fn once_note(copies: &BTreeSet<&str>) -> String {
    if copies.is_empty() {
        String::new()
    } else {
        format!(" Copies of one record are counted once ({} copies left out; see clusters.csv).", count(copies.len()))
    }
}

fn timeline(page: &mut String, docs: &[Doc<'_>], copies: &BTreeSet<&str>) {
    let docs: Vec<&Doc<'_>> = docs.iter().filter(|d| !copies.contains(d.id)).collect();
    let undated = docs.iter().filter(|d| d.date_min.len() < 4).count();
    section(
        page,
        "timeline",
        "Timeline",
        &format!(
            "Documents per year (by the first day their date can mean), stacked by type. {} undated documents are not shown.{}",
            count(undated),
            once_note(copies)
        ),
    );
    let types = ranked(docs.iter().map(|d| d.doc_type), "other");
    let mut series: Vec<String> = types.iter().take(svg::PALETTE.len() - 1).map(|(t, _)| (*t).to_owned()).collect();
    let has_rest = types.len() > series.len();
    if has_rest {
        series.push("other types".to_owned());
    }
    let mut years: BTreeMap<i32, BTreeMap<String, usize>> = BTreeMap::new();
    for d in &docs {
        let Some(year) = d.date_min.get(..4).and_then(|y| y.parse::<i32>().ok()) else { continue };
        let doc_type = if d.doc_type.is_empty() { "other" } else { d.doc_type };
        let key = if series.iter().any(|s| s == doc_type) { doc_type.to_owned() } else { "other types".to_owned() };
        *years.entry(year).or_default().entry(key).or_default() += 1;
    }
    page.push_str(&svg::timeline(&years, &series));
    page.push_str("\n</section>\n");
}

fn map(page: &mut String, dataset: &Dataset, entities: &[Entity<'_>], copies: &BTreeSet<&str>) {
    let mut points: Vec<MapPoint> = entities
        .iter()
        .filter(|e| e.kind == "place")
        .filter_map(|e| {
            Some(MapPoint {
                name: e.name.to_owned(),
                lat: e.lat?,
                lon: e.lon?,
                n_mentions: e.n_mentions.max(1),
                n_documents: e.n_documents,
                href: anchor("entity", e.id),
            })
        })
        .collect();
    points.sort_by(|a, b| b.n_mentions.cmp(&a.n_mentions).then(a.name.cmp(&b.name)));
    let lead = if dataset.entities.is_none() {
        "This dataset has no entities.csv, so no place was resolved to coordinates: the map shows the outline only."
            .to_owned()
    } else {
        format!(
            "{} resolved places, each a circle whose area grows with its mentions; the ten most named are labelled. Hover for counts, click for the documents.{}",
            count(points.len()),
            once_note(copies)
        )
    };
    section(page, "map", "Map of the places", &esc(&lead));
    page.push_str(&svg::world_map(&points));
    page.push_str("\n</section>\n");
}

fn network(page: &mut String, dataset: &Dataset, docs: &[Doc<'_>], entities: &[Entity<'_>], copies: &BTreeSet<&str>) {
    // (sender, recipient) → documents; names are entity names when edges.csv
    // links entities, else the names as written in documents.csv.
    let mut pairs: BTreeMap<(String, String), BTreeSet<&str>> = BTreeMap::new();
    let mut hrefs: BTreeMap<String, String> = BTreeMap::new();
    let from_edges =
        dataset.edges.as_ref().filter(|e| e.column("source_entity").is_some() && e.column("target_entity").is_some());
    let source = if let Some(edges) = from_edges {
        let names: BTreeMap<&str, &str> = entities.iter().map(|e| (e.id, e.name)).collect();
        let listed = listed_entities(entities);
        for row in &edges.rows {
            let kind = edges.cell(row, "kind");
            if !kind.is_empty() && kind != "sender_recipient" || copies.contains(edges.cell(row, "doc_id")) {
                continue;
            }
            let (s, t) = (edges.cell(row, "source_entity"), edges.cell(row, "target_entity"));
            let name = |id: &str| names.get(id).copied().unwrap_or(id).to_owned();
            for id in [s, t] {
                if listed.contains(id) {
                    hrefs.insert(name(id), anchor("entity", id));
                }
            }
            pairs.entry((name(s), name(t))).or_default().insert(edges.cell(row, "doc_id"));
        }
        "edges.csv (sender → recipient links between entities)"
    } else {
        for d in docs.iter().filter(|d| !copies.contains(d.id)) {
            for s in &d.senders {
                for r in &d.recipients {
                    if s != r {
                        pairs.entry(((*s).to_owned(), (*r).to_owned())).or_default().insert(d.id);
                    }
                }
            }
        }
        "the senders and recipients columns of documents.csv, names as written"
    };
    let mut activity: BTreeMap<&str, usize> = BTreeMap::new();
    for ((s, r), ids) in &pairs {
        *activity.entry(s).or_default() += ids.len();
        *activity.entry(r).or_default() += ids.len();
    }
    let mut ranked: Vec<(&str, usize)> = activity.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    ranked.truncate(NETWORK_NODES);
    let nodes: Vec<(String, String)> =
        ranked.iter().map(|(n, _)| ((*n).to_owned(), hrefs.get(*n).cloned().unwrap_or_default())).collect();
    let index: BTreeMap<&str, usize> = ranked.iter().enumerate().map(|(idx, (n, _))| (*n, idx)).collect();
    let edges: Vec<NetworkEdge> = pairs
        .iter()
        .filter_map(|((s, r), ids)| {
            Some(NetworkEdge { from: *index.get(s.as_str())?, to: *index.get(r.as_str())?, weight: ids.len() })
        })
        .collect();
    section(
        page,
        "network",
        "Who wrote to whom",
        &esc(&format!(
            "From {source}: the {} most active senders and recipients of {} pairs, clockwise from the top by activity; arrows point at the recipient, thicker lines mean more documents.{}",
            nodes.len(),
            count(pairs.len()),
            once_note(copies)
        )),
    );
    page.push_str(&svg::network(&nodes, &edges));
    let mut strongest: Vec<(&(String, String), usize)> = pairs.iter().map(|(k, v)| (k, v.len())).collect();
    strongest.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if !strongest.is_empty() {
        page.push_str("<h3>Most frequent pairs</h3>\n<table><thead><tr><th>from</th><th>to</th><th class=\"n\">documents</th></tr></thead><tbody>");
        for ((s, r), n) in strongest.into_iter().take(10) {
            let _ = write!(page, "<tr><td>{}</td><td>{}</td><td class=\"n\">{n}</td></tr>", esc(s), esc(r));
        }
        page.push_str("</tbody></table>\n");
    }
    page.push_str("</section>\n");
}

/// Ids of the entities the top lists show (and so can be linked to).
fn listed_entities<'a>(entities: &[Entity<'a>]) -> BTreeSet<&'a str> {
    let mut out = BTreeSet::new();
    for kind in ["person", "place", "organization"] {
        out.extend(top_of(entities, kind).iter().map(|e| e.id));
    }
    out
}

fn top_of<'e, 'a>(entities: &'e [Entity<'a>], kind: &str) -> Vec<&'e Entity<'a>> {
    let mut of_kind: Vec<&Entity<'_>> = entities.iter().filter(|e| e.kind == kind).collect();
    of_kind.sort_by(|a, b| {
        b.n_mentions.cmp(&a.n_mentions).then(b.n_documents.cmp(&a.n_documents)).then(a.name.cmp(b.name))
    });
    of_kind.truncate(TOP);
    of_kind
}

fn top_entities(
    page: &mut String,
    dataset: &Dataset,
    docs: &[Doc<'_>],
    entities: &[Entity<'_>],
    titles: &BTreeMap<&str, &str>,
    copies: &BTreeSet<&str>,
) {
    for (id, title, kind) in [
        ("people", "People", "person"),
        ("places", "Places", "place"),
        ("organizations", "Organizations", "organization"),
    ] {
        if dataset.entities.is_some() {
            let top = top_of(entities, kind);
            section(
                page,
                id,
                title,
                &format!(
                    "The {} most mentioned, with links to the documents that name them.{}",
                    top.len(),
                    once_note(copies)
                ),
            );
            if top.is_empty() {
                page.push_str("<p class=\"empty\">None recognised.</p>\n");
            } else {
                page.push_str("<ol class=\"top\">");
                for e in top {
                    // A linked person: the people database id, the POCOM
                    // record (a link to history.state.gov) and the offices the
                    // documents name them by.
                    let mut counts = format!("{} mentions in {} documents", e.n_mentions, e.n_documents);
                    if !e.hsg_id.is_empty() {
                        let _ = write!(counts, " · people database {}", e.hsg_id);
                    }
                    if !e.pocom_id.is_empty() {
                        let _ = write!(counts, " · POCOM {}", e.pocom_id);
                    }
                    if !e.offices.is_empty() {
                        let _ = write!(counts, " · as {}", e.offices.iter().copied().collect::<Vec<_>>().join(", "));
                    }
                    entry(page, &anchor("entity", e.id), e.name, &counts, &e.doc_ids, titles);
                }
                page.push_str("</ol>\n");
            }
        } else {
            // Without entities.csv: the names as written in documents.csv.
            let mut named: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
            let lead = match kind {
                "person" => {
                    for d in docs.iter().filter(|d| !copies.contains(d.id)) {
                        let mut seen = BTreeSet::new();
                        for n in d.senders.iter().chain(&d.recipients).chain(&d.participants) {
                            if seen.insert(*n) {
                                named.entry(n).or_default().push(d.id);
                            }
                        }
                    }
                    "No entities.csv in this dataset: senders, recipients and participants as written in documents.csv (people and organizations alike)."
                }
                "place" => {
                    for (d, row) in docs.iter().zip(&dataset.documents.rows) {
                        let place = dataset.documents.cell(row, "place");
                        if !place.is_empty() && !copies.contains(d.id) {
                            named.entry(place).or_default().push(d.id);
                        }
                    }
                    "No entities.csv in this dataset: places of writing from the datelines."
                }
                _ => "No entities.csv in this dataset: organizations are listed with people above.",
            };
            let mut ranked: Vec<(&str, Vec<&str>)> = named.into_iter().collect();
            ranked.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
            ranked.truncate(TOP);
            section(page, id, title, lead);
            if !ranked.is_empty() {
                page.push_str("<ol class=\"top\">");
                for (name, ids) in ranked {
                    entry(page, &anchor(kind, name), name, &format!("{} documents", ids.len()), &ids, titles);
                }
                page.push_str("</ol>\n");
            }
        }
        page.push_str("</section>\n");
    }
}

fn entry(page: &mut String, id: &str, name: &str, counts: &str, doc_ids: &[&str], titles: &BTreeMap<&str, &str>) {
    let _ = write!(
        page,
        "<li id=\"{id}\"><b>{}</b> <span class=\"muted\">{}</span><div class=\"docs\">",
        esc(name),
        esc(counts)
    );
    for doc in doc_ids.iter().take(LINKS) {
        page.push_str(&doc_link(doc, titles, 60));
    }
    if doc_ids.len() > LINKS {
        let _ = write!(page, "<span class=\"muted\">and {} more</span>", doc_ids.len() - LINKS);
    }
    page.push_str("</div></li>");
}

fn review(page: &mut String, dataset: &Dataset, docs: &[Doc<'_>], titles: &BTreeMap<&str, &str>) {
    section(
        page,
        "review",
        "To review",
        "The values the pipeline was least sure of, and the documents with the most diagnostics: the places to check first.",
    );
    let confident = dataset.mentions.as_ref().filter(|m| m.column("confidence").is_some());
    match confident {
        Some(m) => {
            let mut rows: Vec<(f64, usize, &Vec<String>)> = m
                .rows
                .iter()
                .enumerate()
                .filter_map(|(idx, r)| m.cell(r, "confidence").parse::<f64>().ok().map(|c| (c, idx, r)))
                .collect();
            rows.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            page.push_str("<h3>Lowest-confidence mentions</h3>\n");
            if rows.is_empty() {
                page.push_str("<p class=\"empty\">No mention carries a confidence.</p>\n");
            } else {
                page.push_str("<table><thead><tr><th class=\"n\">confidence</th><th>kind</th><th>text</th><th>read as</th><th>method</th><th>document</th></tr></thead><tbody>");
                for (confidence, _, r) in rows.into_iter().take(REVIEW) {
                    let _ = write!(
                        page,
                        "<tr><td class=\"n\">{confidence:.2}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                        esc(m.cell(r, "category")),
                        esc_clip(m.cell(r, "text"), 80),
                        esc_clip(m.cell(r, "value"), 60),
                        esc(m.cell(r, "method")),
                        doc_link(m.cell(r, "doc_id"), titles, 50)
                    );
                }
                page.push_str("</tbody></table>\n");
            }
        }
        None => page.push_str("<p class=\"empty\">mentions.csv has no confidence column in this dataset.</p>\n"),
    }
    let mut flagged: Vec<&Doc<'_>> = docs.iter().filter(|d| d.diagnostics.iter().any(|c| *c != "truncated")).collect();
    flagged.sort_by(|a, b| b.diagnostics.len().cmp(&a.diagnostics.len()).then(a.id.cmp(b.id)));
    let _ = write!(
        page,
        "<h3>Documents with diagnostics</h3>\n<p class=\"muted\">{} documents have a diagnostic besides <code>truncated</code>.</p>\n",
        count(flagged.len())
    );
    if !flagged.is_empty() {
        page.push_str("<table><thead><tr><th>document</th><th>diagnostics</th></tr></thead><tbody>");
        for d in flagged.into_iter().take(REVIEW) {
            let _ = write!(
                page,
                "<tr><td>{}</td><td>{}</td></tr>",
                doc_link(d.id, titles, 80),
                esc(&d.diagnostics.join(", "))
            );
        }
        page.push_str("</tbody></table>\n");
    }
    page.push_str("</section>\n");
}

fn documents(page: &mut String, docs: &[Doc<'_>]) {
    section(
        page,
        "documents",
        "Documents",
        "Every document, in dataset order, with its id (the key in every file of this folder).",
    );
    page.push_str("<table><thead><tr><th>date</th><th>type</th><th>title</th><th>from → to</th><th>collection</th><th>id</th></tr></thead><tbody>\n");
    for d in docs {
        let who = match (d.senders.is_empty(), d.recipients.is_empty()) {
            (true, true) => d.participants.join(", "),
            _ => format!("{} → {}", d.senders.join(", "), d.recipients.join(", ")),
        };
        let _ = writeln!(
            page,
            "<tr id=\"{}\"><td>{}</td><td>{}</td><td class=\"title\">{}</td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>",
            anchor("doc", d.id),
            esc(d.date),
            esc(d.doc_type),
            esc(d.title),
            esc_clip(&who, 160),
            esc(d.collection),
            esc(d.id)
        );
    }
    page.push_str("</tbody></table>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::dataset::Table;

    fn wilson() -> Dataset {
        Dataset::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets/wilson")).unwrap()
    }

    /// A dataset whose every text field is an attack.
    fn hostile() -> Dataset {
        let attack = [
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>",
            "</style><script>x</script>",
        ];
        let mut dataset = Dataset { name: "<b>hostile</b>".to_owned(), ..Dataset::default() };
        dataset.documents = Table {
            file: "documents.csv".into(),
            columns: [
                "id",
                "title",
                "date",
                "date_min",
                "doc_type",
                "collection",
                "senders",
                "recipients",
                "diagnostics",
                "place",
                "original_language",
            ]
            .map(str::to_owned)
            .to_vec(),
            rows: attack
                .iter()
                .enumerate()
                .map(|(idx, a)| {
                    vec![
                        format!("{a}{idx}"),
                        a.to_string(),
                        "1962".into(),
                        "1962-01-01".into(),
                        a.to_string(),
                        a.to_string(),
                        a.to_string(),
                        format!("{a} 2"),
                        a.to_string(),
                        a.to_string(),
                        a.to_string(),
                    ]
                })
                .collect(),
        };
        dataset.entities = Some(Table {
            file: "entities.csv".into(),
            columns: ["entity_id", "kind", "canonical_name", "lat", "lon", "n_documents", "n_mentions"]
                .map(str::to_owned)
                .to_vec(),
            rows: attack
                .iter()
                .map(|a| {
                    vec![a.to_string(), "place".into(), a.to_string(), "10".into(), "20".into(), "1".into(), "2".into()]
                })
                .collect(),
        });
        dataset.mentions = Some(Table {
            file: "mentions.csv".into(),
            columns: ["doc_id", "category", "text", "value", "entity_id", "method", "confidence"]
                .map(str::to_owned)
                .to_vec(),
            rows: attack
                .iter()
                .enumerate()
                .map(|(idx, a)| {
                    vec![
                        format!("{a}{idx}"),
                        a.to_string(),
                        a.to_string(),
                        a.to_string(),
                        a.to_string(),
                        a.to_string(),
                        "0.1".into(),
                    ]
                })
                .collect(),
        });
        dataset.rejects = vec![crate::dataset::RejectLine {
            path: attack[0].into(),
            reason: attack[1].into(),
            detail: attack[2].into(),
            ..Default::default()
        }];
        dataset
    }

    #[test]
    fn hostile_text_is_escaped_everywhere() {
        let page = render_report(&hostile());
        for needle in ["<script", "<img", "<svg onload", "</style><"] {
            assert!(!page.contains(needle), "`{needle}` reached the page");
        }
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    }

    #[test]
    fn people_show_their_authority_link_and_office() {
        // The committed FRUS dataset: Dean Rusk is linked, and named `the Secretary`.
        let frus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets/frus");
        let page = render_report(&Dataset::open(&frus).unwrap());
        let rusk = page.split("<li id=").find(|li| li.contains("<b>Dean Rusk</b>")).expect("Rusk among the top people");
        assert!(rusk.contains("people database 111738 · POCOM rusk-david-dean · as secretary"), "{rusk}");
    }

    #[test]
    fn entities_fill_the_map_network_and_review_list() {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile-with-entities");
        let page = render_report(&Dataset::open(&fixture).unwrap());
        for needle in ["<script", "<img"] {
            assert!(!page.contains(needle), "`{needle}` reached the page");
        }
        assert_eq!(page.matches("class=\"place\"").count(), 4, "four places have coordinates");
        assert!(page.contains("From edges.csv"));
        assert!(page.contains("<li id=\"entity-person.3azhou-enlai\"><b>Zhou Enlai</b>"));
        // The lowest confidence comes first in the review list.
        let review = &page[page.find("<section id=\"review\">").unwrap()..];
        assert!(review.find("0.20").unwrap() < review.find("0.60").unwrap());
        assert!(page.contains(dossier_gazetteer::ATTRIBUTION.split(',').next().unwrap()));
    }

    #[test]
    fn copies_of_one_record_are_counted_once() {
        let mut dataset = wilson();
        let clusters = dataset.clusters.as_ref().expect("the bundled Wilson dataset has clusters.csv");
        let n_copies = clusters.rows.iter().filter(|r| clusters.cell(r, "is_canonical") == "false").count();
        assert!(n_copies > 0, "the bundled pages hold copies of one record");
        let page = render_report(&dataset);
        let note = format!("Copies of one record are counted once ({n_copies} copies left out");
        for id in ["timeline", "map", "network", "people"] {
            let section = &page[page.find(&format!("<section id=\"{id}\">")).unwrap()..];
            let lead = &section[..section.find("</p>").unwrap()];
            assert!(lead.contains(&note), "{id}: {lead}");
        }
        // Without clusters.csv every document counts, and no section says otherwise.
        dataset.clusters = None;
        assert!(!render_report(&dataset).contains("counted once"));
    }

    #[test]
    fn every_section_is_present() {
        let page = render_report(&wilson());
        for id in SECTIONS {
            assert!(page.contains(&format!("<section id=\"{id}\">")), "section `{id}` missing");
        }
        assert!(!page.contains("<script"), "the page must work without scripts");
        assert!(!page.contains("src=\"http"), "nothing is loaded from the network");
    }

    #[test]
    fn the_report_is_byte_stable_and_location_free() {
        let a = render_report(&wilson());
        let b = render_report(&wilson());
        assert_eq!(a, b);
        // A copy elsewhere under the same folder name renders the same bytes.
        let copy = std::env::temp_dir().join(format!("dossier-report-{}", std::process::id())).join("wilson");
        std::fs::create_dir_all(&copy).unwrap();
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets/wilson");
        for name in crate::DATA_FILES {
            if source.join(name).is_file() {
                std::fs::copy(source.join(name), copy.join(name)).unwrap();
            }
        }
        let moved = render_report(&Dataset::open(&copy).unwrap());
        let _ = std::fs::remove_dir_all(copy.parent().unwrap());
        assert_eq!(a, moved);
        assert!(!a.contains(env!("CARGO_MANIFEST_DIR")));
    }
}
