"""Proves `dossier stream` works as a Spark `RDD.pipe` stage.

Run by `cargo xtask spark` inside a virtualenv that has pyspark installed:

    python tests/spark/pipe_check.py --dossier target/debug/dossier --work target/spark

It builds a few hundred JSONL records from the bundled Wilson corpus, processes
them once with `dossier run` (the batch path) and once through a local-mode
SparkSession with `rdd.pipe("dossier stream")`, and checks that every record came
back, in input order, with the same content as the batch run (by design the
`source` block differs: a file path and hash in the batch run, stdin in the
stream; and a streamed record, read on its own, describes its `entities`, which
the batch run describes once, in `entities.csv`).
"""

import argparse
import csv
import json
import pathlib
import subprocess
import sys

VARIANTS = 5  # 66 records x 5 = 330 JSONL lines


def build_records(corpus: pathlib.Path) -> list[str]:
    lines = []
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for variant in range(VARIANTS):
            record = {
                "id": f"{path.stem}-{variant}",
                "text": text,
                "collection": "wilson-jsonl",
                "variant": variant,
            }
            lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return lines


def without_source(record: dict) -> dict:
    record = dict(record)
    record.pop("source", None)
    record.pop("entities", None)
    return record


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossier", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--corpus", default="corpus/wilson")
    args = parser.parse_args()

    dossier = str(pathlib.Path(args.dossier).resolve())
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    lines = build_records(pathlib.Path(args.corpus))
    records_path = work / "records.jsonl"
    records_path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    batch_dir = work / "batch"
    subprocess.run(
        [dossier, "run", str(records_path), "--out", str(batch_dir), "--force", "--no-progress", "-q"],
        check=True,
    )
    batch = [json.loads(l) for l in (batch_dir / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(batch_dir / "entities.csv", encoding="utf-8", newline="") as f:
        entity_ids = {row["entity_id"] for row in csv.DictReader(f)}

    from pyspark.sql import SparkSession  # imported late: only the venv has it

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("dossier-pipe-check")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    try:
        rdd = spark.sparkContext.parallelize(lines, 4)
        piped = rdd.pipe(f"{dossier} stream").collect()
    finally:
        spark.stop()

    problems = []
    if len(piped) != len(lines):
        problems.append(f"{len(lines)} records in, {len(piped)} lines out")
    streamed = [json.loads(l) for l in piped]
    errors = [s for s in streamed if "error" in s]
    if errors:
        problems.append(f"{len(errors)} error objects, first: {errors[0]}")
    if len(batch) != len(lines):
        problems.append(f"batch run wrote {len(batch)} documents for {len(lines)} records")
    for idx, (s, b) in enumerate(zip(streamed, batch)):
        expected_key = json.loads(lines[idx])["id"]
        if s.get("source", {}).get("record_key") != str(expected_key):
            problems.append(f"line {idx + 1}: out of order (record_key {s.get('source', {}).get('record_key')!r}, expected {expected_key!r})")
            break
        unknown = [e["id"] for e in s.get("entities", []) if e["id"] not in entity_ids]
        if "entities" in b or unknown:
            problems.append(f"line {idx + 1}: entities described in the batch record, or not in entities.csv: {unknown}")
            break
        if without_source(s) != without_source(b):
            diff = sorted(k for k in set(s) | set(b) if s.get(k) != b.get(k))
            problems.append(f"line {idx + 1}: differs from the batch run in {diff}")
            break

    if problems:
        for p in problems:
            print("spark pipe check: " + p, file=sys.stderr)
        print("spark: 0 passed, 1 failed")
        return 1
    print(f"spark pipe check: {len(piped)} records through rdd.pipe, in order, identical to dossier run")
    print("spark: 1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
