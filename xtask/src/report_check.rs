//! `cargo xtask report-check [--screenshot PNG]`: renders `report.html` in
//! headless Chromium (Debian's `chromium`, or `$DOSSIER_CHROMIUM`) and checks what
//! a reader gets: every section in the rendered DOM, no console message or
//! blocked load, and the hostile fixture's attacks inert (no `<script>` or
//! `<img>` element in the DOM). With `--screenshot`, also writes a PNG of the
//! Wilson dataset's report (the one in `docs/report.png`).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, bail};

use crate::export::{build_dossier, copy_dataset};
use crate::workspace_root;

/// The section ids `report.html` must render (`dossier_publish::SECTIONS`).
const SECTIONS: [&str; 10] =
    ["overview", "coverage", "timeline", "map", "network", "people", "places", "organizations", "review", "documents"];

fn chromium() -> PathBuf {
    std::env::var_os("DOSSIER_CHROMIUM").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("chromium"))
}

/// Runs headless Chromium with `extra` flags on `page`; returns (stdout, stderr).
fn headless(page: &Path, profile: &Path, extra: &[&str]) -> anyhow::Result<(String, String)> {
    let url =
        format!("file://{}", page.canonicalize().with_context(|| format!("finding `{}`", page.display()))?.display());
    let output = Command::new(chromium())
        .args([
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--no-first-run",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(&url)
        .output()
        .with_context(|| format!("running `{}` (install it: apt-get install -y chromium)", chromium().display()))?;
    if !output.status.success() {
        bail!("chromium failed on {url} with {}:\n{}", output.status, String::from_utf8_lossy(&output.stderr));
    }
    Ok((String::from_utf8_lossy(&output.stdout).into_owned(), String::from_utf8_lossy(&output.stderr).into_owned()))
}

/// Problems with one rendered report.
fn check_page(name: &str, dom: &str, log: &str, hostile: bool) -> Vec<String> {
    let mut problems = Vec::new();
    for id in SECTIONS {
        if !dom.contains(&format!("<section id=\"{id}\">")) {
            problems.push(format!("{name}: section `{id}` missing from the rendered page"));
        }
    }
    for line in log.lines() {
        if line.contains("CONSOLE")
            || line.contains("Uncaught")
            || line.contains("Refused to")
            || line.contains("Content Security Policy")
        {
            problems.push(format!("{name}: console: {line}"));
        }
    }
    let lower = dom.to_lowercase();
    for element in ["<script", "<img", "<iframe", "onerror=\"", "onload=\""] {
        if lower.contains(element) {
            problems.push(format!("{name}: the rendered DOM holds `{element}`"));
        }
    }
    if hostile && !dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;") {
        problems.push(format!("{name}: the hostile title is not shown as text"));
    }
    problems
}

/// The `report-check` task.
pub fn report_check(args: &[String]) -> anyhow::Result<ExitCode> {
    let screenshot = match args {
        [] => None,
        [flag, path] if flag == "--screenshot" => Some(PathBuf::from(path)),
        _ => bail!("usage: cargo xtask report-check [--screenshot PNG]"),
    };
    let root = workspace_root();
    let dossier = build_dossier(&root)?;
    let work = root.join("target").join("report-check");
    let _ = std::fs::remove_dir_all(&work);
    let profile = work.join("chromium-profile");
    let mut problems = Vec::new();
    let mut n_checks = 0;
    for (name, source, hostile) in [
        ("wilson", "datasets/wilson", false),
        ("frus", "datasets/frus", false),
        ("hostile-with-entities", "crates/dossier-publish/tests/fixtures/hostile-with-entities", true),
    ] {
        let dir = work.join(name);
        copy_dataset(&root.join(source), &dir)?;
        let status = Command::new(&dossier).arg("report").arg(&dir).status().context("running dossier report")?;
        if !status.success() {
            bail!("dossier report {} failed", dir.display());
        }
        let (dom, log) = headless(&dir.join("report.html"), &profile, &["--dump-dom"])?;
        let found = check_page(name, &dom, &log, hostile);
        n_checks += SECTIONS.len() + 2;
        println!("report-check: {name}: {} bytes of rendered DOM, {} problems", dom.len(), found.len());
        problems.extend(found);
    }
    if let Some(png) = screenshot {
        let png = if png.is_absolute() { png } else { root.join(png) };
        headless(
            &work.join("wilson").join("report.html"),
            &profile,
            &[&format!("--screenshot={}", png.display()), "--window-size=1100,2300"],
        )?;
        println!("report-check: screenshot written to {}", png.display());
    }
    for p in &problems {
        println!("  {p}");
    }
    println!("report-check: {} passed, {} failed", n_checks - problems.len().min(n_checks), problems.len());
    Ok(if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
