//! `cargo xtask worldmap [--check]`: derives `data/world/land-110m.path`, the
//! world outline of the report's map, from Natural Earth's 1:110m land polygons
//! as packaged in the npm package `world-atlas` (TopoJSON).
//!
//! The package is fetched with `npm pack` (the ordinary npm client), its
//! `land-110m.json` decoded (quantized, delta-encoded arcs), and every ring
//! written as SVG path data in an equirectangular frame of 360 × 180 units
//! (x = longitude + 180, y = 90 − latitude), rounded to 0.1° with points closer
//! than 0.25° to the last kept one dropped. Natural Earth is in the public domain;
//! world-atlas is ISC-licensed.

use std::path::Path;
use std::process::{Command, ExitCode};

use anyhow::{Context, bail};
use serde_json::Value;

use crate::workspace_root;

/// The pinned package.
const PACKAGE: &str = "world-atlas@2.0.2";
/// The committed outline.
const OUTPUT: &str = "data/world/land-110m.path";

/// The `worldmap` task.
pub fn worldmap(args: &[String]) -> anyhow::Result<ExitCode> {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => bail!("usage: cargo xtask worldmap [--check]"),
    };
    let root = workspace_root();
    let work = root.join("target").join("worldmap");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).with_context(|| format!("creating `{}`", work.display()))?;
    let status = Command::new("npm")
        .current_dir(&work)
        .args(["pack", "--silent", PACKAGE])
        .status()
        .context("running npm pack")?;
    if !status.success() {
        bail!("npm pack {PACKAGE} failed");
    }
    let status = Command::new("tar")
        .current_dir(&work)
        .args(["xzf", "world-atlas-2.0.2.tgz"])
        .status()
        .context("running tar")?;
    if !status.success() {
        bail!("unpacking the world-atlas package failed");
    }
    let topo =
        std::fs::read_to_string(work.join("package").join("land-110m.json")).context("reading land-110m.json")?;
    let path = outline(&topo)?;
    let target = root.join(OUTPUT);
    if check {
        let committed = std::fs::read_to_string(&target).with_context(|| format!("reading `{}`", target.display()))?;
        if committed != path {
            println!("{OUTPUT} differs from a fresh derivation: run `cargo xtask worldmap`");
            return Ok(ExitCode::FAILURE);
        }
        println!("{OUTPUT}: up to date");
    } else {
        std::fs::create_dir_all(target.parent().unwrap_or(Path::new("."))).context("creating data/world")?;
        std::fs::write(&target, &path).with_context(|| format!("writing `{}`", target.display()))?;
        println!("{OUTPUT}: written ({} bytes)", path.len());
    }
    Ok(ExitCode::SUCCESS)
}

/// SVG path data for every land ring of a world-atlas TopoJSON file.
fn outline(topo: &str) -> anyhow::Result<String> {
    let topo: Value = serde_json::from_str(topo).context("parsing TopoJSON")?;
    let number = |v: &Value| v.as_f64().context("expected a number");
    let transform = &topo["transform"];
    let (sx, sy) = (number(&transform["scale"][0])?, number(&transform["scale"][1])?);
    let (tx, ty) = (number(&transform["translate"][0])?, number(&transform["translate"][1])?);
    // Decode every arc into absolute longitude/latitude.
    let mut arcs: Vec<Vec<(f64, f64)>> = Vec::new();
    for arc in topo["arcs"].as_array().context("no arcs")? {
        let (mut x, mut y) = (0.0, 0.0);
        let mut points = Vec::new();
        for p in arc.as_array().context("arc is not a list")? {
            x += number(&p[0])?;
            y += number(&p[1])?;
            points.push((x * sx + tx, y * sy + ty));
        }
        arcs.push(points);
    }
    let mut rings: Vec<Vec<i64>> = Vec::new();
    let land = &topo["objects"]["land"];
    let geometries: Vec<&Value> = match land["type"].as_str() {
        Some("GeometryCollection") => land["geometries"].as_array().context("no geometries")?.iter().collect(),
        _ => vec![land],
    };
    for geometry in geometries {
        let polygons: Vec<&Value> = match geometry["type"].as_str() {
            Some("MultiPolygon") => geometry["arcs"].as_array().context("no arcs")?.iter().collect(),
            Some("Polygon") => vec![&geometry["arcs"]],
            other => bail!("unexpected geometry {other:?}"),
        };
        for polygon in polygons {
            for ring in polygon.as_array().context("polygon is not a list")? {
                rings.push(ring.as_array().context("ring is not a list")?.iter().filter_map(Value::as_i64).collect());
            }
        }
    }
    let mut out = String::new();
    for ring in rings {
        let mut points: Vec<(f64, f64)> = Vec::new();
        for idx in ring {
            let arc = if idx >= 0 {
                arcs[idx as usize].clone()
            } else {
                let mut a = arcs[(!idx) as usize].clone();
                a.reverse();
                a
            };
            // Consecutive arcs share their joining point.
            let skip = usize::from(!points.is_empty());
            points.extend(arc.into_iter().skip(skip));
        }
        let mut kept: Vec<(i64, i64)> = Vec::new();
        for (lon, lat) in points {
            let p = (((lon + 180.0) * 10.0).round() as i64, ((90.0 - lat) * 10.0).round() as i64);
            if kept.last().is_some_and(|last| (p.0 - last.0).abs() + (p.1 - last.1).abs() < 3) {
                continue;
            }
            kept.push(p);
        }
        if kept.len() < 3 {
            continue;
        }
        // A ring cut at the antimeridian (Russia's east, Fiji) jumps across the
        // whole frame; unwrap it into one continuous ring and draw it once more
        // shifted by 360° so each side shows its part. Antarctica, which runs
        // along the bottom edge, is drawn as it is.
        let touches_pole = kept.iter().any(|p| p.1 >= 1790);
        let mut offset = 0;
        let mut unwrapped = Vec::with_capacity(kept.len());
        for (idx, p) in kept.iter().enumerate() {
            if idx > 0 && !touches_pole {
                let dx = p.0 + offset - unwrapped.last().map(|q: &(i64, i64)| q.0).unwrap_or(0);
                if dx > 1800 {
                    offset -= 3600;
                } else if dx < -1800 {
                    offset += 3600;
                }
            }
            unwrapped.push((p.0 + offset, p.1));
        }
        let min_x = unwrapped.iter().map(|p| p.0).min().unwrap_or(0);
        let max_x = unwrapped.iter().map(|p| p.0).max().unwrap_or(0);
        let mut copies = vec![0];
        if min_x < 0 {
            copies.push(3600);
        }
        if max_x > 3600 {
            copies.push(-3600);
        }
        let fmt = |v: i64| {
            let s = format!("{}{}.{}", if v < 0 { "-" } else { "" }, v.abs() / 10, v.abs() % 10);
            s.strip_suffix(".0").map(str::to_owned).unwrap_or(s)
        };
        for shift in copies {
            for (idx, (x, y)) in unwrapped.iter().enumerate() {
                out.push(if idx == 0 { 'M' } else { 'L' });
                out.push_str(&fmt(*x + shift));
                out.push(' ');
                out.push_str(&fmt(*y));
            }
            out.push_str("Z\n");
        }
    }
    Ok(out)
}
