//! `report.html`: one self-contained page a historian can open — counts and
//! coverage, a timeline, a map of the places, who wrote to whom, the most named
//! people, places and organizations with links to their documents, the values
//! most worth a second look, and every document.
//!
//! No script, no network: inline CSS and SVG only, and a Content Security Policy
//! that forbids scripts and remote loads even if something slipped through. Every
//! dataset string is escaped ([`crate::html::esc`]). The page is a pure function
//! of the dataset files, so the same dataset gives the same bytes.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::html::{anchor, count, esc, esc_clip, percent};
use crate::summary::{LINKS, Named, REVIEW, RejectReason, Summary, ranked, top_named};
use crate::svg::{self, MapPoint, NetworkEdge};
use crate::worldmap;

/// The file name.
pub const REPORT_FILE: &str = "report.html";

/// The page's sections (element ids), in order. The Chromium check looks for each.
pub const SECTIONS: [&str; 10] =
    ["overview", "coverage", "timeline", "map", "network", "people", "places", "organizations", "review", "documents"];

/// Nodes in the network.
const NETWORK_NODES: usize = 30;

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

/// Renders the report of a dataset.
pub fn render_report(s: &Summary) -> String {
    let mut page = String::with_capacity(256 * 1024);
    let name = &s.name;
    let tool_version = s.manifest.pointer("/tool_version").and_then(|v| v.as_str()).unwrap_or("");
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
    let n_inputs = s.manifest.pointer("/counts/inputs").and_then(|v| v.as_u64()).unwrap_or(0);
    let _ = write!(
        page,
        "<header>\n<h1>{}</h1>\n<p class=\"lead\">{} documents from {} input files, {} rejected. Made by dossier {} from the files in this folder; every value below links back to its document.</p>\n<nav>",
        esc(name),
        count(s.documents.n),
        count(n_inputs as usize),
        count(s.n_rejects),
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

    overview(&mut page, s);
    coverage(&mut page, s);
    timeline(&mut page, s);
    map(&mut page, s);
    network(&mut page, s);
    top_entities(&mut page, s);
    review(&mut page, s);
    documents(&mut page, s);

    page.push_str("</main>\n<footer>\n<p>");
    page.push_str(&esc(worldmap::ATTRIBUTION));
    page.push('.');
    let entities = s.entities.as_deref().unwrap_or_default();
    if entities.iter().any(|e| e.lat.is_some())
        || s.columns.get("entities").is_some_and(|c| c.iter().any(|c| c == "geonames_id"))
    {
        page.push(' ');
        page.push_str(&esc(dossier_gazetteer::ATTRIBUTION));
        page.push('.');
    }
    page.push_str(" Document texts and metadata belong to their archives; see the dataset card (README.md) for sources and rights.</p>\n</footer>\n</body>\n</html>\n");
    page
}

fn section(page: &mut String, id: &str, title: &str, lead: &str) {
    let _ = write!(page, "<section id=\"{id}\">\n<h2>{title}</h2>\n");
    if !lead.is_empty() {
        let _ = writeln!(page, "<p class=\"muted\">{lead}</p>");
    }
}

fn count_table(page: &mut String, heading: &str, rows: &[(String, usize)], total: usize) {
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

fn doc_link(id: &str, titles: &BTreeMap<String, String>, max: usize) -> String {
    let title = titles.get(id).map(String::as_str).unwrap_or(id);
    let title = if title.is_empty() { id } else { title };
    format!("<a href=\"#{}\" title=\"{}\">{}</a>", anchor("doc", id), esc(title), esc_clip(title, max))
}

fn overview(page: &mut String, s: &Summary) {
    section(page, "overview", "Overview", "");
    let d = &s.documents;
    let span = match &d.years {
        Some((a, b)) if a != b => format!("{a}–{b}"),
        Some((a, _)) => a.clone(),
        None => "–".to_owned(),
    };
    let mut cards = vec![
        ("documents", count(d.n)),
        ("dated", format!("{} ({})", count(d.dated), percent(d.dated, d.n))),
        ("years", span),
        ("mentions", count(s.n_mentions)),
        ("editorial spans", count(s.n_editorial)),
        ("rejected", count(s.n_rejects)),
    ];
    if let Some(entities) = &s.entities {
        cards.push(("entities", count(entities.len())));
    }
    // Copies of one record (clusters.csv): the records counted once.
    if let Some(distinct) = s.n_distinct {
        cards.push(("distinct records (copies counted once)", count(distinct)));
    }
    page.push_str("<div class=\"cards\">");
    for (label, value) in cards {
        let _ = write!(page, "<div class=\"card\"><b>{}</b>{label}</div>", esc(&value));
    }
    page.push_str("</div>\n</section>\n");
}

fn coverage(page: &mut String, s: &Summary) {
    section(page, "coverage", "Coverage", "What went in, how it was laid out, and what could not be read.");
    let d = &s.documents;
    let values = |column: &str, empty: &str| ranked(d.values.get(column).unwrap_or(&BTreeMap::new()), empty);
    page.push_str("<div class=\"grid-2\">\n");
    count_table(page, "Collection", &values("collection", "(none)"), d.n);
    count_table(page, "Layout", &values("layout", "(none)"), d.n);
    count_table(page, "Document type", &values("doc_type", "(none)"), d.n);
    count_table(page, "Original language", &values("original_language", "(not stated)"), d.n);
    count_table(page, "Date precision", &values("date_precision", "(no date)"), d.n);
    let classifications = ranked(&d.classifications, "");
    if !classifications.is_empty() {
        count_table(page, "Classification (documents may carry several)", &classifications, d.n);
    }
    page.push_str("</div>\n<h3>Rejected inputs</h3>\n");
    if s.rejects.is_empty() {
        page.push_str("<p class=\"empty\">None: every input became a document.</p>\n");
    } else {
        page.push_str("<table><thead><tr><th>reason</th><th class=\"n\">n</th><th>examples</th></tr></thead><tbody>");
        let mut reasons: Vec<(&str, &RejectReason)> = s
            .rejects
            .iter()
            .map(|(reason, r)| (if reason.is_empty() { "(none)" } else { reason.as_str() }, r))
            .collect();
        reasons.sort_by(|a, b| b.1.n.cmp(&a.1.n).then(a.0.cmp(b.0)));
        for (reason, r) in reasons {
            let examples: Vec<String> = r
                .examples
                .iter()
                .map(|(path, detail)| format!("<code>{}</code> {}", esc_clip(path, 80), esc_clip(detail, 160)))
                .collect();
            let _ = write!(
                page,
                "<tr><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                esc(reason),
                count(r.n),
                examples.join("<br>")
            );
        }
        page.push_str("</tbody></table>\n");
    }
    page.push_str("</section>\n");
}

fn once_note(s: &Summary) -> String {
    if s.n_copies == 0 {
        String::new()
    } else {
        format!(" Copies of one record are counted once ({} copies left out; see clusters.csv).", count(s.n_copies))
    }
}

fn timeline(page: &mut String, s: &Summary) {
    let d = &s.documents;
    section(
        page,
        "timeline",
        "Timeline",
        &format!(
            "Documents per year (by the first day their date can mean), stacked by type. {} undated documents are not shown.{}",
            count(d.undated_once),
            once_note(s)
        ),
    );
    let types = ranked(&d.types_once, "other");
    let mut series: Vec<String> = types.iter().take(svg::PALETTE.len() - 1).map(|(t, _)| t.clone()).collect();
    if types.len() > series.len() {
        series.push("other types".to_owned());
    }
    let mut years: BTreeMap<i32, BTreeMap<String, usize>> = BTreeMap::new();
    for (year, by_type) in &d.timeline {
        let stack = years.entry(*year).or_default();
        for (doc_type, n) in by_type {
            let key = if series.contains(doc_type) { doc_type.clone() } else { "other types".to_owned() };
            *stack.entry(key).or_default() += n;
        }
    }
    page.push_str(&svg::timeline(&years, &series));
    page.push_str("\n</section>\n");
}

fn map(page: &mut String, s: &Summary) {
    let mut points: Vec<MapPoint> = s
        .entities
        .iter()
        .flatten()
        .filter(|e| e.kind == "place")
        .filter_map(|e| {
            Some(MapPoint {
                name: e.name.clone(),
                lat: e.lat?,
                lon: e.lon?,
                n_mentions: e.n_mentions.max(1),
                n_documents: e.n_documents,
                href: anchor("entity", &e.id),
            })
        })
        .collect();
    points.sort_by(|a, b| b.n_mentions.cmp(&a.n_mentions).then(a.name.cmp(&b.name)));
    let lead = if s.entities.is_none() {
        "This dataset has no entities.csv, so no place was resolved to coordinates: the map shows the outline only."
            .to_owned()
    } else {
        format!(
            "{} resolved places, each a circle whose area grows with its mentions; the ten most named are labelled. Hover for counts, click for the documents.{}",
            count(points.len()),
            once_note(s)
        )
    };
    section(page, "map", "Map of the places", &esc(&lead));
    page.push_str(&svg::world_map(&points));
    page.push_str("\n</section>\n");
}

fn network(page: &mut String, s: &Summary) {
    let source = if s.pairs_from_edges {
        "edges.csv (sender → recipient links between entities)"
    } else {
        "the senders and recipients columns of documents.csv, names as written"
    };
    let mut activity: BTreeMap<&str, usize> = BTreeMap::new();
    for ((from, to), n) in &s.pairs {
        *activity.entry(from).or_default() += n;
        *activity.entry(to).or_default() += n;
    }
    let mut ranked: Vec<(&str, usize)> = activity.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    ranked.truncate(NETWORK_NODES);
    let nodes: Vec<(String, String)> =
        ranked.iter().map(|(n, _)| ((*n).to_owned(), s.hrefs.get(*n).cloned().unwrap_or_default())).collect();
    let index: BTreeMap<&str, usize> = ranked.iter().enumerate().map(|(idx, (n, _))| (*n, idx)).collect();
    let edges: Vec<NetworkEdge> = s
        .pairs
        .iter()
        .filter_map(|((from, to), n)| {
            Some(NetworkEdge { from: *index.get(from.as_str())?, to: *index.get(to.as_str())?, weight: *n })
        })
        .collect();
    section(
        page,
        "network",
        "Who wrote to whom",
        &esc(&format!(
            "From {source}: the {} most active senders and recipients of {} pairs, clockwise from the top by activity; arrows point at the recipient, thicker lines mean more documents.{}",
            nodes.len(),
            count(s.pairs.len()),
            once_note(s)
        )),
    );
    page.push_str(&svg::network(&nodes, &edges));
    let mut strongest: Vec<(&(String, String), usize)> = s.pairs.iter().map(|(k, n)| (k, *n)).collect();
    strongest.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if !strongest.is_empty() {
        page.push_str("<h3>Most frequent pairs</h3>\n<table><thead><tr><th>from</th><th>to</th><th class=\"n\">documents</th></tr></thead><tbody>");
        for ((from, to), n) in strongest.into_iter().take(10) {
            let _ = write!(page, "<tr><td>{}</td><td>{}</td><td class=\"n\">{n}</td></tr>", esc(from), esc(to));
        }
        page.push_str("</tbody></table>\n");
    }
    page.push_str("</section>\n");
}

fn top_entities(page: &mut String, s: &Summary) {
    for (id, title, kind) in [
        ("people", "People", "person"),
        ("places", "Places", "place"),
        ("organizations", "Organizations", "organization"),
    ] {
        if s.entities.is_some() {
            let top = s.top(kind);
            section(
                page,
                id,
                title,
                &format!(
                    "The {} most mentioned, with links to the documents that name them.{}",
                    top.len(),
                    once_note(s)
                ),
            );
            if top.is_empty() {
                page.push_str("<p class=\"empty\">None recognised.</p>\n");
            } else {
                page.push_str("<ol class=\"top\">");
                for e in top {
                    let mut counts = format!("{} mentions in {} documents", e.n_mentions, e.n_documents);
                    if !e.hsg_id.is_empty() {
                        let _ = write!(counts, " · people database {}", e.hsg_id);
                    }
                    if !e.pocom_id.is_empty() {
                        let _ = write!(counts, " · POCOM {}", e.pocom_id);
                    }
                    if !e.offices.is_empty() {
                        let _ = write!(counts, " · as {}", e.offices.iter().cloned().collect::<Vec<_>>().join(", "));
                    }
                    entry(page, &anchor("entity", &e.id), &e.name, &counts, &e.docs, &s.titles);
                }
                page.push_str("</ol>\n");
            }
        } else {
            let (named, lead) = match kind {
                "person" => (
                    Some(&s.named_people),
                    "No entities.csv in this dataset: senders, recipients and participants as written in documents.csv (people and organizations alike).",
                ),
                "place" => {
                    (Some(&s.named_places), "No entities.csv in this dataset: places of writing from the datelines.")
                }
                _ => (None, "No entities.csv in this dataset: organizations are listed with people above."),
            };
            section(page, id, title, lead);
            let ranked = named.map(top_named).unwrap_or_default();
            if !ranked.is_empty() {
                page.push_str("<ol class=\"top\">");
                for (name, docs) in ranked {
                    let counts = format!("{} documents", docs.n_documents);
                    entry(page, &anchor(kind, name), name, &counts, docs, &s.titles);
                }
                page.push_str("</ol>\n");
            }
        }
        page.push_str("</section>\n");
    }
}

fn entry(page: &mut String, id: &str, name: &str, counts: &str, docs: &Named, titles: &BTreeMap<String, String>) {
    let _ = write!(
        page,
        "<li id=\"{id}\"><b>{}</b> <span class=\"muted\">{}</span><div class=\"docs\">",
        esc(name),
        esc(counts)
    );
    for doc in docs.first.iter().take(LINKS) {
        page.push_str(&doc_link(doc, titles, 60));
    }
    if docs.n_documents > LINKS {
        let _ = write!(page, "<span class=\"muted\">and {} more</span>", docs.n_documents - LINKS);
    }
    page.push_str("</div></li>");
}

fn review(page: &mut String, s: &Summary) {
    section(
        page,
        "review",
        "To review",
        "The values the pipeline was least sure of, and the documents with the most diagnostics: the places to check first.",
    );
    match &s.lowest {
        Some(lowest) => {
            page.push_str("<h3>Lowest-confidence mentions</h3>\n");
            if lowest.is_empty() {
                page.push_str("<p class=\"empty\">No mention carries a confidence.</p>\n");
            } else {
                page.push_str("<table><thead><tr><th class=\"n\">confidence</th><th>kind</th><th>text</th><th>read as</th><th>method</th><th>document</th></tr></thead><tbody>");
                for m in lowest.iter().take(REVIEW) {
                    let _ = write!(
                        page,
                        "<tr><td class=\"n\">{:.2}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                        m.confidence,
                        esc(&m.category),
                        esc_clip(&m.text, 80),
                        esc_clip(&m.value, 60),
                        esc(&m.method),
                        doc_link(&m.doc_id, &s.titles, 50)
                    );
                }
                page.push_str("</tbody></table>\n");
            }
        }
        None => page.push_str("<p class=\"empty\">mentions.csv has no confidence column in this dataset.</p>\n"),
    }
    let d = &s.documents;
    let _ = write!(
        page,
        "<h3>Documents with diagnostics</h3>\n<p class=\"muted\">{} documents have a diagnostic besides <code>truncated</code>.</p>\n",
        count(d.n_flagged)
    );
    if !d.flagged.is_empty() {
        page.push_str("<table><thead><tr><th>document</th><th>diagnostics</th></tr></thead><tbody>");
        for f in d.flagged.iter().take(REVIEW) {
            let _ = write!(page, "<tr><td>{}</td><td>{}</td></tr>", doc_link(&f.id, &s.titles, 80), esc(&f.codes));
        }
        page.push_str("</tbody></table>\n");
    }
    page.push_str("</section>\n");
}

fn documents(page: &mut String, s: &Summary) {
    let d = &s.documents;
    let lead = if d.n > d.listed.len() {
        format!(
            "The first {} documents, in dataset order, with their ids (the key in every file of this folder); the other {} are in documents.csv.",
            count(d.listed.len()),
            count(d.n - d.listed.len())
        )
    } else {
        "Every document, in dataset order, with its id (the key in every file of this folder).".to_owned()
    };
    section(page, "documents", "Documents", &lead);
    page.push_str("<table><thead><tr><th>date</th><th>type</th><th>title</th><th>from → to</th><th>collection</th><th>id</th></tr></thead><tbody>\n");
    for doc in &d.listed {
        let _ = writeln!(
            page,
            "<tr id=\"{}\"><td>{}</td><td>{}</td><td class=\"title\">{}</td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>",
            anchor("doc", &doc.id),
            esc(&doc.date),
            esc(&doc.doc_type),
            esc(&doc.title),
            esc_clip(&doc.who, 160),
            esc(&doc.collection),
            esc(&doc.id)
        );
    }
    page.push_str("</tbody></table>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::summary::{Files, LISTED};

    fn committed(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets").join(name)
    }

    fn wilson() -> Summary {
        Summary::read(&committed("wilson"), Files::Whole).unwrap()
    }

    /// A fresh folder `name` under the temporary directory, unique to `test`.
    fn scratch(test: &str, name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dossier-report-{test}-{}", std::process::id())).join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn write_csv(dir: &Path, file: &str, columns: &[&str], rows: Vec<Vec<String>>) {
        let mut w = csv::Writer::from_path(dir.join(file)).unwrap();
        w.write_record(columns).unwrap();
        for row in rows {
            w.write_record(&row).unwrap();
        }
        w.flush().unwrap();
    }

    /// A dataset folder whose every text field (and its own name) is an attack.
    fn hostile() -> Summary {
        let attack = [
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>",
            "</style><script>x</script>",
        ];
        let dir = scratch("hostile", "<b>hostile<b>");
        let documents = [
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
        ];
        let rows = attack
            .iter()
            .enumerate()
            .map(|(idx, a)| {
                let mut row = vec![format!("{a}{idx}"), a.to_string(), "1962".into(), "1962-01-01".into()];
                row.extend([a.to_string(), a.to_string(), a.to_string(), format!("{a} 2")]);
                row.extend([a.to_string(), a.to_string(), a.to_string()]);
                row
            })
            .collect();
        write_csv(&dir, "documents.csv", &documents, rows);
        let entities = ["entity_id", "kind", "canonical_name", "lat", "lon", "n_documents", "n_mentions"];
        let rows = attack
            .iter()
            .map(|a| {
                vec![a.to_string(), "place".into(), a.to_string(), "10".into(), "20".into(), "1".into(), "2".into()]
            })
            .collect();
        write_csv(&dir, "entities.csv", &entities, rows);
        let mentions = ["doc_id", "category", "text", "value", "entity_id", "method", "confidence"];
        let rows = attack
            .iter()
            .enumerate()
            .map(|(idx, a)| {
                let mut row = vec![format!("{a}{idx}")];
                row.extend([a.to_string(), a.to_string(), a.to_string(), a.to_string(), a.to_string()]);
                row.push("0.1".into());
                row
            })
            .collect();
        write_csv(&dir, "mentions.csv", &mentions, rows);
        let reject = serde_json::json!({"path": attack[0], "reason": attack[1], "detail": attack[2]});
        std::fs::write(dir.join("rejects.jsonl"), format!("{reject}\n")).unwrap();
        let summary = Summary::read(&dir, Files::Whole).unwrap();
        let _ = std::fs::remove_dir_all(dir.parent().unwrap());
        summary
    }

    #[test]
    fn hostile_text_is_escaped_everywhere() {
        let page = render_report(&hostile());
        for needle in ["<script", "<img", "<svg onload", "</style><", "<b>hostile"] {
            assert!(!page.contains(needle), "`{needle}` reached the page");
        }
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    }

    #[test]
    fn people_show_their_authority_link_and_office() {
        // The committed FRUS dataset: Dean Rusk is linked, and named `the Secretary`.
        let page = render_report(&Summary::read(&committed("frus"), Files::Whole).unwrap());
        let rusk = page.split("<li id=").find(|li| li.contains("<b>Dean Rusk</b>")).expect("Rusk among the top people");
        assert!(rusk.contains("people database 111738 · POCOM rusk-david-dean · as secretary"), "{rusk}");
    }

    #[test]
    fn entities_fill_the_map_network_and_review_list() {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile-with-entities");
        let page = render_report(&Summary::read(&fixture, Files::Whole).unwrap());
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
        let summary = wilson();
        let n_copies = summary.n_copies;
        assert!(n_copies > 0, "the bundled pages hold copies of one record");
        let page = render_report(&summary);
        let note = format!("Copies of one record are counted once ({n_copies} copies left out");
        for id in ["timeline", "map", "network", "people"] {
            let section = &page[page.find(&format!("<section id=\"{id}\">")).unwrap()..];
            let lead = &section[..section.find("</p>").unwrap()];
            assert!(lead.contains(&note), "{id}: {lead}");
        }
        // Without clusters.csv every document counts, and no section says otherwise.
        let copy = scratch("copies", "wilson");
        for name in crate::DATA_FILES.iter().filter(|n| **n != "clusters.csv") {
            if committed("wilson").join(name).is_file() {
                std::fs::copy(committed("wilson").join(name), copy.join(name)).unwrap();
            }
        }
        let page = render_report(&Summary::read(&copy, Files::Whole).unwrap());
        let _ = std::fs::remove_dir_all(copy.parent().unwrap());
        assert!(!page.contains("counted once"));
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
        let copy = scratch("moved", "wilson");
        for name in crate::DATA_FILES {
            if committed("wilson").join(name).is_file() {
                std::fs::copy(committed("wilson").join(name), copy.join(name)).unwrap();
            }
        }
        let moved = render_report(&Summary::read(&copy, Files::Whole).unwrap());
        let _ = std::fs::remove_dir_all(copy.parent().unwrap());
        assert_eq!(a, moved);
        assert!(!a.contains(env!("CARGO_MANIFEST_DIR")));
    }

    #[test]
    fn a_long_dataset_lists_its_first_documents_and_counts_the_rest() {
        let dir = scratch("long", "long");
        let n = LISTED + 5;
        let rows =
            (0..n).map(|idx| vec![format!("doc-{idx:05}"), format!("Title {idx}"), "1962-01-01".into()]).collect();
        write_csv(&dir, "documents.csv", &["id", "title", "date_min"], rows);
        let page = render_report(&Summary::read(&dir, Files::Whole).unwrap());
        let _ = std::fs::remove_dir_all(dir.parent().unwrap());
        assert_eq!(page.matches("<tr id=\"doc-doc-").count(), LISTED);
        assert!(page.contains("the other 5 are in documents.csv"));
        assert!(page.contains(&format!("<b>{}</b>documents", count(n))));
    }
}
