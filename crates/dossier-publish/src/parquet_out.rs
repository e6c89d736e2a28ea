//! The Parquet files (cargo feature `parquet`): one file per table with typed
//! columns — days as `Date32`, counts and offsets as `Int64`, coordinates and
//! confidences as `Float64`, `truncated` as a boolean, everything else UTF-8;
//! empty cells are nulls. Partial dates (`date`) stay text beside their
//! `date_min`/`date_max` days.
//!
//! One row group, Snappy, and a fixed `created_by`, so the same dataset gives the
//! same bytes.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::{ArrayRef, BooleanArray, Date32Array, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::columns::{ColumnType, column_type};
use crate::dataset::{Dataset, Table};
use crate::sqlite::{editorial_table, rejects_table};
use crate::{Error, partial_path};

/// Writes every table of the dataset as `<table>.parquet` into `dir`.
pub fn write_parquet(dataset: &Dataset, dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut documents = dataset.documents.clone();
    documents.columns.push("body".to_owned());
    for row in &mut documents.rows {
        let id = dataset.documents.cell(row, "id");
        let body = dataset.texts.get(id).map(|t| t.body.clone()).unwrap_or_default();
        row.push(body);
    }
    let mut tables: Vec<(&str, Table)> = vec![("documents", documents)];
    for (name, table) in [
        ("mentions", &dataset.mentions),
        ("entities", &dataset.entities),
        ("edges", &dataset.edges),
        ("links", &dataset.links),
        ("clusters", &dataset.clusters),
    ] {
        if let Some(table) = table {
            tables.push((name, table.clone()));
        }
    }
    tables.push(("editorial", editorial_table(dataset)));
    tables.push(("rejects", rejects_table(dataset)));
    let mut written = Vec::new();
    for (name, table) in tables {
        let path = dir.join(format!("{name}.parquet"));
        write_table(name, &table, &path)?;
        written.push(path);
    }
    Ok(written)
}

/// Days since 1970-01-01 of an ISO `YYYY-MM-DD` (proleptic Gregorian), if valid.
pub fn days_from_iso(text: &str) -> Option<i32> {
    let mut parts = text.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1..=12).contains(&m) || d < 1 || d > month_days[(m - 1) as usize] {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    i32::try_from(era * 146_097 + doe - 719_468).ok()
}

/// The Arrow type and array of one column. A cell that does not parse as its
/// type would be lost, so such a column falls back to text as a whole.
fn column(kind: ColumnType, cells: &[&str]) -> (DataType, ArrayRef) {
    let text = || -> (DataType, ArrayRef) {
        (
            DataType::Utf8,
            Arc::new(StringArray::from(cells.iter().map(|c| (!c.is_empty()).then_some(*c)).collect::<Vec<_>>())),
        )
    };
    fn all<T>(cells: &[&str], parse: impl Fn(&str) -> Option<T>) -> Option<Vec<Option<T>>> {
        cells.iter().map(|c| if c.is_empty() { Some(None) } else { parse(c).map(Some) }).collect()
    }
    match kind {
        ColumnType::Integer => match all(cells, |c| c.parse::<i64>().ok()) {
            Some(v) => (DataType::Int64, Arc::new(Int64Array::from(v))),
            None => text(),
        },
        ColumnType::Float => match all(cells, |c| c.parse::<f64>().ok()) {
            Some(v) => (DataType::Float64, Arc::new(Float64Array::from(v))),
            None => text(),
        },
        ColumnType::Boolean => match all(cells, |c| match c {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }) {
            Some(v) => (DataType::Boolean, Arc::new(BooleanArray::from(v))),
            None => text(),
        },
        ColumnType::Day => match all(cells, days_from_iso) {
            Some(v) => (DataType::Date32, Arc::new(Date32Array::from(v))),
            None => text(),
        },
        ColumnType::Text | ColumnType::List | ColumnType::PartialDate => text(),
    }
}

fn write_table(name: &str, table: &Table, path: &Path) -> Result<(), Error> {
    let err = |message: String| Error::Parquet { path: path.to_owned(), message };
    let mut fields = Vec::new();
    let mut arrays = Vec::new();
    for (idx, col) in table.columns.iter().enumerate() {
        let cells: Vec<&str> = table.rows.iter().map(|r| r.get(idx).map(String::as_str).unwrap_or("")).collect();
        let (data_type, array) = column(column_type(name, col), &cells);
        fields.push(Field::new(col, data_type, true));
        arrays.push(array);
    }
    let schema = Arc::new(Schema::new(fields));
    let batch = RecordBatch::try_new(schema.clone(), arrays).map_err(|e| err(e.to_string()))?;
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_created_by(format!("dossier {}", env!("CARGO_PKG_VERSION")))
        .set_max_row_group_row_count(None)
        .build();
    let partial = partial_path(path);
    let file = std::fs::File::create(&partial).map_err(|source| Error::Io { path: partial.clone(), source })?;
    let mut writer = ArrowWriter::try_new(file, schema, Some(props)).map_err(|e| err(e.to_string()))?;
    writer.write(&batch).map_err(|e| err(e.to_string()))?;
    writer.close().map_err(|e| err(e.to_string()))?;
    std::fs::rename(&partial, path).map_err(|source| Error::Io { path: path.to_owned(), source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_days() {
        assert_eq!(days_from_iso("1970-01-01"), Some(0));
        assert_eq!(days_from_iso("1962-06-21"), Some(-2751));
        assert_eq!(days_from_iso("2000-02-29"), Some(11016));
        assert_eq!(days_from_iso("1900-02-29"), None);
        assert_eq!(days_from_iso("1962-06"), None);
    }

    #[test]
    fn writes_typed_files_deterministically() {
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets/wilson");
        let dataset = Dataset::open(&source).unwrap();
        let root = std::env::temp_dir().join(format!("dossier-parquet-{}", std::process::id()));
        let (a, b) = (root.join("a"), root.join("b"));
        std::fs::create_dir_all(&a).unwrap();
        std::fs::create_dir_all(&b).unwrap();
        let first = write_parquet(&dataset, &a).unwrap();
        write_parquet(&dataset, &b).unwrap();
        for path in &first {
            let name = path.file_name().unwrap();
            assert_eq!(
                std::fs::read(path).unwrap(),
                std::fs::read(b.join(name)).unwrap(),
                "{name:?} differs between runs"
            );
        }
        let _ = std::fs::remove_dir_all(&root);
    }
}
