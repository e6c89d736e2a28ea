"""Reads the Parquet files of `dossier publish` back with pyarrow and checks them
against the dataset's CSV and JSONL files: same rows, same values, typed columns.

Run by `cargo xtask parquet-check` (which makes the virtualenv and the files):
    python tests/parquet/read_back.py DATASET_DIR...
"""

import csv
import datetime
import json
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

# Column → the Arrow type it must have (when the file has the column).
EXPECTED_TYPES = {
    "documents": {
        "id": pa.string(),
        "title": pa.string(),
        "date": pa.string(),
        "date_min": pa.date32(),
        "date_max": pa.date32(),
        "truncated": pa.bool_(),
        "n_body_chars": pa.int64(),
        "n_mentions": pa.int64(),
        "body": pa.string(),
    },
    "mentions": {"start": pa.int64(), "end": pa.int64(), "confidence": pa.float64()},
    "entities": {"lat": pa.float64(), "lon": pa.float64(), "n_documents": pa.int64(), "n_mentions": pa.int64()},
    "edges": {"weight": pa.int64(), "start": pa.int64()},
    "editorial": {"span_idx": pa.int64(), "start": pa.int64()},
    "rejects": {"offset": pa.int64(), "line": pa.int64()},
}

passed = 0
failed = 0


def check(condition, message):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {message}")


def unguard(cell):
    """The CSV writer puts a ' before a formula-like cell; Parquet keeps the original."""
    if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        return cell[1:]
    return cell


def csv_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def check_dataset(folder):
    folder = Path(folder)
    n_files = 0
    for table in ["documents", "mentions", "entities", "edges"]:
        csv_path = folder / f"{table}.csv"
        pq_path = folder / f"{table}.parquet"
        if not csv_path.exists():
            check(not pq_path.exists(), f"{pq_path} exists without {csv_path.name}")
            continue
        n_files += 1
        rows = csv_rows(csv_path)
        parquet = pq.read_table(pq_path)
        check(parquet.num_rows == len(rows), f"{pq_path}: {parquet.num_rows} rows, CSV has {len(rows)}")
        for column, expected in EXPECTED_TYPES.get(table, {}).items():
            if column in parquet.column_names:
                actual = parquet.schema.field(column).type
                check(actual == expected, f"{pq_path}: `{column}` is {actual}, expected {expected}")
        values = parquet.to_pylist()
        for idx, (row, got) in enumerate(zip(rows, values)):
            for column, cell in row.items():
                value = got.get(column)
                cell = unguard(cell)
                if cell == "":
                    ok = value is None
                elif isinstance(value, bool):
                    ok = str(value).lower() == cell
                elif isinstance(value, int):
                    ok = value == int(cell)
                elif isinstance(value, float):
                    ok = abs(value - float(cell)) < 1e-9
                elif isinstance(value, datetime.date):
                    ok = value.isoformat() == cell
                else:
                    ok = value == cell
                if not ok:
                    check(False, f"{pq_path} row {idx} `{column}`: {value!r} != CSV {cell!r}")
                    break
            else:
                continue
            break
        else:
            check(True, "")
    # documents.parquet carries the body from documents.jsonl.
    records = {r["id"]: r for r in jsonl(folder / "documents.jsonl")}
    documents = pq.read_table(folder / "documents.parquet").to_pylist()
    check(all(d["body"] == (records[d["id"]]["body"] or None) for d in documents), f"{folder}: bodies differ from documents.jsonl")
    editorial = pq.read_table(folder / "editorial.parquet")
    n_spans = sum(len(r.get("editorial") or []) for r in records.values())
    check(editorial.num_rows == n_spans, f"{folder}: {editorial.num_rows} editorial rows, JSONL has {n_spans}")
    rejects = pq.read_table(folder / "rejects.parquet")
    n_rejects = len(jsonl(folder / "rejects.jsonl")) if (folder / "rejects.jsonl").exists() else 0
    check(rejects.num_rows == n_rejects, f"{folder}: {rejects.num_rows} reject rows, JSONL has {n_rejects}")
    n_files += 2
    # Dates by precision: a year-precision date keeps its text, its min/max are days.
    for d in documents:
        if d["date"] and d["date_min"] is not None:
            check(d["date_min"].isoformat().startswith(d["date"][:4]), f"{folder}: {d['id']} date_min {d['date_min']} vs {d['date']}")
            break
    print(f"parquet-check: {folder}: {n_files} Parquet files read back with pyarrow {pa.__version__}")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    for folder in sys.argv[1:]:
        check_dataset(folder)
    print(f"parquet-check: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
