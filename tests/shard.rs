//! `--shard I/N`: the N part files together hold exactly the rows of an
//! unsharded run, each row once.

use std::collections::BTreeMap;

use crate::support::{manifest, read, run, temp_dir, wilson};

/// Data lines of a file, without the CSV header.
fn data_lines(text: &str, has_header: bool) -> Vec<String> {
    text.lines().skip(usize::from(has_header)).map(str::to_owned).collect()
}

#[test]
fn the_union_of_shards_equals_the_unsharded_run() {
    let whole = temp_dir("shard-whole");
    assert!(run(&[&wilson()], &whole, &[]).status.success());
    let parts = temp_dir("shard-parts");
    const N: u32 = 3;
    for i in 0..N {
        let shard = format!("{i}/{N}");
        let result = run(&[&wilson()], &parts, &["--shard", &shard]);
        assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    }
    for (file, header) in [
        ("documents.csv", true),
        ("documents.jsonl", false),
        ("mentions.csv", true),
        ("edges.csv", true),
        ("rejects.jsonl", false),
    ] {
        let mut expected = data_lines(&read(&whole.join(file)), header);
        let mut union = Vec::new();
        let mut per_part = BTreeMap::new();
        for i in 0..N {
            let (stem, ext) = file.split_once('.').unwrap();
            let name = format!("{stem}.part-{i:04}-of-{N:04}.{ext}");
            let lines = data_lines(&read(&parts.join(&name)), header);
            per_part.insert(i, lines.len());
            union.extend(lines);
        }
        if file == "documents.csv" {
            // The last two columns, `cluster_id` and `is_canonical`, are filled
            // by the linking a part cannot do: empty in the parts.
            let without_clusters = |line: &String| line.rsplitn(3, ',').nth(2).unwrap().to_owned();
            assert!(union.iter().all(|line| line.ends_with(",,")), "a part's documents.csv names no cluster");
            assert!(expected.iter().all(|line| !line.ends_with(",,")), "the whole run's names every cluster");
            expected = expected.iter().map(without_clusters).collect();
            union = union.iter().map(without_clusters).collect();
        }
        expected.sort();
        union.sort();
        assert_eq!(union, expected, "{file}: shards {per_part:?}");
    }
    // Links need the whole corpus: `dossier links` over the parts' folder
    // gives the files of the unsharded run.
    let linked = temp_dir("shard-links");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["links", "--out"])
        .arg(&linked)
        .arg(&parts)
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    for file in ["links.csv", "clusters.csv"] {
        assert_eq!(read(&linked.join(file)), read(&whole.join(file)), "{file}");
    }
    assert!(read(&whole.join("links.csv")).lines().count() > 1, "the corpus has copies to link");
    // entities.csv is a corpus-wide aggregate: each part holds the entities of
    // its own documents, and the parts merge by summing counts per entity id.
    let counts = |text: &str| {
        let mut by_id: BTreeMap<String, (u64, u64)> = BTreeMap::new();
        for row in crate::support::csv_text_rows(text) {
            let entry = by_id.entry(row["entity_id"].clone()).or_default();
            entry.0 += row["n_documents"].parse::<u64>().unwrap();
            entry.1 += row["n_mentions"].parse::<u64>().unwrap();
        }
        by_id
    };
    let mut merged: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for i in 0..N {
        for (id, (docs, mentions)) in counts(&read(&parts.join(format!("entities.part-{i:04}-of-{N:04}.csv")))) {
            let entry = merged.entry(id).or_default();
            entry.0 += docs;
            entry.1 += mentions;
        }
    }
    assert_eq!(merged, counts(&read(&whole.join("entities.csv"))));

    let mut processed = 0;
    for i in 0..N {
        let m: serde_json::Value =
            serde_json::from_str(&read(&parts.join(format!("manifest.part-{i:04}-of-{N:04}.json")))).unwrap();
        assert_eq!(m["part"]["index"], i);
        // Each part is a dataset with its own card and report, named like its files.
        let card = read(&parts.join(format!("README.part-{i:04}-of-{N:04}.md")));
        assert!(card.contains(&format!("shard `{i}/{N}`")), "{card}");
        assert!(card.contains(&format!("| documents | {} |", m["counts"]["processed"])), "{card}");
        assert!(parts.join(format!("report.part-{i:04}-of-{N:04}.html")).is_file());
        let c = &m["counts"];
        assert_eq!(c["seen"], c["processed"].as_u64().unwrap() + c["rejected"].as_u64().unwrap());
        processed += c["processed"].as_u64().unwrap();
    }
    assert_eq!(processed, manifest(&whole)["counts"]["processed"].as_u64().unwrap());
}

#[test]
fn a_shard_out_of_range_is_a_usage_error() {
    let out = temp_dir("shard-bad");
    let result = run(&[&wilson()], &out, &["--shard", "3/3"]);
    assert_eq!(result.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&result.stderr).contains("out of range"));
}
