//! The report's charts as inline SVG: a stacked timeline, an equirectangular world
//! map and a sender → recipient network. Plain data in, markup out; layouts are
//! computed, never random, so the same data draws the same bytes.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::html::{esc, esc_clip};
use crate::worldmap;

/// Colours of the stacked series (colour-blind-safe Tableau 10), then grey for "other".
pub const PALETTE: [&str; 10] =
    ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

/// Documents per year, stacked by series (type). `years` maps year → series → count;
/// `series` gives the stacking order (bottom first) and legend.
pub fn timeline(years: &BTreeMap<i32, BTreeMap<String, usize>>, series: &[String]) -> String {
    let (Some(&first), Some(&last)) = (years.keys().next(), years.keys().next_back()) else {
        return "<p class=\"empty\">No document has a readable date.</p>".to_owned();
    };
    let n_years = (last - first + 1) as usize;
    let max = years.values().map(|s| s.values().sum::<usize>()).max().unwrap_or(1).max(1);
    let (width, height, left, bottom, top) = (900.0, 300.0, 40.0, 40.0, 10.0);
    let plot_w = width - left - 10.0;
    let plot_h = height - bottom - top;
    let bar_w = plot_w / n_years as f64;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Documents per year, stacked by type\" xmlns=\"http://www.w3.org/2000/svg\">"
    );
    // Horizontal grid and counts.
    let step = nice_step(max);
    let mut tick = 0;
    while tick <= max {
        let y = top + plot_h - plot_h * tick as f64 / max as f64;
        let _ = write!(
            svg,
            "<line x1=\"{left}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\" class=\"grid\"/><text x=\"{:.1}\" y=\"{:.1}\" class=\"tick\" text-anchor=\"end\">{tick}</text>",
            width - 10.0,
            left - 4.0,
            y + 4.0
        );
        tick += step;
    }
    for (year, counts) in years {
        let x = left + bar_w * (year - first) as f64;
        let mut y = top + plot_h;
        for (idx, name) in series.iter().enumerate() {
            let n = counts.get(name).copied().unwrap_or(0);
            if n == 0 {
                continue;
            }
            let h = plot_h * n as f64 / max as f64;
            y -= h;
            let _ = write!(
                svg,
                "<rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{h:.1}\" fill=\"{}\"><title>{year}: {n} {}</title></rect>",
                x + bar_w * 0.1,
                (bar_w * 0.8).max(1.0),
                PALETTE[idx.min(PALETTE.len() - 1)],
                esc(name)
            );
        }
    }
    // Year labels: about twelve across.
    let label_every = n_years.div_ceil(12).max(1);
    for year in (first..=last).step_by(label_every) {
        let x = left + bar_w * (year - first) as f64 + bar_w / 2.0;
        let _ = write!(
            svg,
            "<text x=\"{x:.1}\" y=\"{:.1}\" class=\"tick\" text-anchor=\"middle\">{year}</text>",
            height - bottom + 16.0
        );
    }
    svg.push_str("</svg>");
    svg.push_str("<ul class=\"legend\">");
    for (idx, name) in series.iter().enumerate() {
        let _ = write!(
            svg,
            "<li><span class=\"swatch\" style=\"background:{}\"></span>{}</li>",
            PALETTE[idx.min(PALETTE.len() - 1)],
            esc(name)
        );
    }
    svg.push_str("</ul>");
    svg
}

/// A step between grid lines giving at most about five lines.
fn nice_step(max: usize) -> usize {
    let raw = (max as f64 / 5.0).max(1.0);
    let magnitude = 10f64.powi(raw.log10().floor() as i32);
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(raw);
    step.round().max(1.0) as usize
}

/// One place on the map.
#[derive(Debug, Clone)]
pub struct MapPoint {
    /// Name shown in the tooltip and label.
    pub name: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Mentions (sets the size).
    pub n_mentions: usize,
    /// Documents naming it.
    pub n_documents: usize,
    /// Fragment link to the place's entry in the report.
    pub href: String,
}

/// The world map: land outline, graticule every 30°, places as circles sized by
/// mentions (area proportional), the ten largest labelled. `points` must be sorted
/// by decreasing mentions (the largest drawn first, so small ones stay visible).
pub fn world_map(points: &[MapPoint]) -> String {
    let mut svg = String::new();
    svg.push_str(
        "<svg class=\"chart map\" viewBox=\"0 0 360 180\" role=\"img\" aria-label=\"Map of the places the documents name\" xmlns=\"http://www.w3.org/2000/svg\">",
    );
    svg.push_str("<rect width=\"360\" height=\"180\" class=\"ocean\"/>");
    svg.push_str("<path class=\"graticule\" d=\"");
    for lon in (30..360).step_by(30) {
        let _ = write!(svg, "M{lon} 0V180");
    }
    for lat in (30..180).step_by(30) {
        let _ = write!(svg, "M0 {lat}H360");
    }
    svg.push_str("\"/>");
    svg.push_str("<path class=\"land\" d=\"");
    for ring in worldmap::LAND_110M.lines() {
        svg.push_str(ring);
    }
    svg.push_str("\"/>");
    let max = points.iter().map(|p| p.n_mentions).max().unwrap_or(1).max(1) as f64;
    for p in points {
        if !(p.lat.is_finite() && p.lon.is_finite()) || p.lat.abs() > 90.0 || p.lon.abs() > 180.0 {
            continue;
        }
        let (x, y) = (p.lon + 180.0, 90.0 - p.lat);
        let r = 0.8 + 4.2 * (p.n_mentions as f64 / max).sqrt();
        let _ = write!(
            svg,
            "<a href=\"#{}\"><circle cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{r:.2}\" class=\"place\"><title>{}: {} mentions in {} documents</title></circle></a>",
            esc(&p.href),
            esc(&p.name),
            p.n_mentions,
            p.n_documents
        );
    }
    for p in points.iter().take(10) {
        let (x, y) = (p.lon + 180.0, 90.0 - p.lat);
        let _ = write!(
            svg,
            "<text x=\"{:.2}\" y=\"{:.2}\" class=\"label\">{}</text>",
            x + 2.5,
            y + 1.2,
            esc_clip(&p.name, 24)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A directed, weighted edge between two node indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct NetworkEdge {
    /// Index of the sender node.
    pub from: usize,
    /// Index of the recipient node.
    pub to: usize,
    /// Documents with this pair.
    pub weight: usize,
}

/// The sender → recipient network on a circle: nodes in the given order
/// (the caller sorts by activity), clockwise from the top; arrows point at the
/// recipient; stroke width grows with the number of documents.
pub fn network(nodes: &[(String, String)], edges: &[NetworkEdge]) -> String {
    if nodes.is_empty() {
        return "<p class=\"empty\">No document names both a sender and a recipient.</p>".to_owned();
    }
    let (width, height) = (900.0, 720.0);
    let (cx, cy, radius) = (width / 2.0, height / 2.0, 250.0);
    let n = nodes.len() as f64;
    let position = |idx: usize| {
        let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * idx as f64 / n;
        (cx + radius * angle.cos(), cy + radius * angle.sin(), angle)
    };
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart network\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Who wrote to whom\" xmlns=\"http://www.w3.org/2000/svg\">"
    );
    svg.push_str(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"17\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto\"><path d=\"M0 0L10 5L0 10z\" class=\"arrowhead\"/></marker></defs>",
    );
    let max = edges.iter().map(|e| e.weight).max().unwrap_or(1).max(1) as f64;
    for e in edges {
        let (x1, y1, _) = position(e.from);
        let (x2, y2, _) = position(e.to);
        // Bend each edge towards the centre so opposite directions stay apart.
        let (mx, my) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0);
        let (qx, qy) = (mx + (cx - mx) * 0.35, my + (cy - my) * 0.35);
        let _ = write!(
            svg,
            "<path d=\"M{x1:.1} {y1:.1}Q{qx:.1} {qy:.1} {x2:.1} {y2:.1}\" class=\"edge\" stroke-width=\"{:.2}\" marker-end=\"url(#arrow)\"><title>{} → {}: {} documents</title></path>",
            0.8 + 3.2 * e.weight as f64 / max,
            esc(&nodes[e.from].0),
            esc(&nodes[e.to].0),
            e.weight
        );
    }
    for (idx, (name, href)) in nodes.iter().enumerate() {
        let (x, y, angle) = position(idx);
        let right = angle.cos() >= -1e-9;
        let (lx, ly) = (x + 10.0 * angle.cos(), y + 10.0 * angle.sin() + 4.0);
        let link_open = if href.is_empty() { String::new() } else { format!("<a href=\"#{}\">", esc(href)) };
        let link_close = if href.is_empty() { "" } else { "</a>" };
        let _ = write!(
            svg,
            "{link_open}<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\" class=\"node\"><title>{}</title></circle><text x=\"{lx:.1}\" y=\"{ly:.1}\" class=\"node-label\" text-anchor=\"{}\">{}</text>{link_close}",
            esc(name),
            if right { "start" } else { "end" },
            esc_clip(name, 34)
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_steps_are_round() {
        assert_eq!(nice_step(3), 1);
        assert_eq!(nice_step(12), 5);
        assert_eq!(nice_step(47), 10);
        assert_eq!(nice_step(230), 50);
    }

    #[test]
    fn charts_escape_names() {
        let hostile = "<script>alert(1)</script>".to_owned();
        let mut years = BTreeMap::new();
        years.insert(1962, BTreeMap::from([(hostile.clone(), 2)]));
        let nodes = vec![(hostile.clone(), String::new()), ("\"><img src=x>".to_owned(), "doc-1".to_owned())];
        let map = world_map(&[MapPoint {
            name: hostile.clone(),
            lat: 1.0,
            lon: 2.0,
            n_mentions: 1,
            n_documents: 1,
            href: "x\"y".into(),
        }]);
        for out in [
            timeline(&years, std::slice::from_ref(&hostile)),
            network(&nodes, &[NetworkEdge { from: 0, to: 1, weight: 1 }]),
            map,
        ] {
            assert!(!out.contains("<script") && !out.contains("<img"), "{out}");
        }
    }
}
