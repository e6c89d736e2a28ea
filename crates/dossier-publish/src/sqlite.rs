//! `documents.sqlite`: every table of the dataset in one SQLite file, typed,
//! with foreign keys, indexes on ids and dates, and an FTS5 index over title,
//! summary and body, ready for Datasette, DuckDB or `sqlite3`.
//!
//! The file is written in one transaction in dataset order and vacuumed, so one
//! SQLite version gives the same bytes for the same dataset; other versions may
//! not, which is why the file is never committed.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, params_from_iter, types::Value as SqlValue};
use serde_json::Value;

use crate::columns::{ColumnType, column_type};
use crate::dataset::{Dataset, Table};
use crate::{Error, partial_path};

/// The file name.
pub const SQLITE_FILE: &str = "documents.sqlite";

/// The example queries the README shows (title, SQL); a test runs each.
pub const README_QUERIES: [(&str, &str); 3] = [
    (
        "Full-text search (diacritics folded: `urumqi` finds Ürümqi), best match first",
        "SELECT d.id, d.date, d.title\nFROM documents_fts JOIN documents AS d ON d.rowid = documents_fts.rowid\nWHERE documents_fts MATCH 'urumqi OR xinjiang'\nORDER BY rank LIMIT 20;",
    ),
    (
        "Documents per year and type",
        "SELECT substr(date_min, 1, 4) AS year, doc_type, count(*) AS n_documents\nFROM documents WHERE date_min IS NOT NULL\nGROUP BY year, doc_type ORDER BY year, n_documents DESC;",
    ),
    (
        "What the translators glossed, with the document it is in",
        "SELECT e.glossed, e.content AS gloss, d.date, d.title\nFROM editorial AS e JOIN documents AS d ON d.id = e.doc_id\nWHERE e.kind = 'gloss' ORDER BY d.date_min, e.span_idx;",
    ),
];

/// Writes `dir/documents.sqlite` from the dataset (through a partial file).
pub fn write_sqlite(dataset: &Dataset, dir: &Path) -> Result<PathBuf, Error> {
    let path = dir.join(SQLITE_FILE);
    let partial = partial_path(&path);
    let _ = std::fs::remove_file(&partial);
    let sql_error = |source| Error::Sqlite { path: path.clone(), source };
    {
        let mut conn = Connection::open(&partial).map_err(sql_error)?;
        fill(&mut conn, dataset).map_err(sql_error)?;
        conn.execute_batch("VACUUM;").map_err(sql_error)?;
        conn.close().map_err(|(_, source)| sql_error(source))?;
    }
    std::fs::rename(&partial, &path).map_err(|source| Error::Io { path: path.clone(), source })?;
    Ok(path)
}

/// Creates and fills every table in an open connection.
pub(crate) fn fill(conn: &mut Connection, dataset: &Dataset) -> rusqlite::Result<()> {
    conn.execute_batch("PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")?;
    let tx = conn.transaction()?;
    let has_entities = dataset.entities.is_some();

    // entities first: the other tables point at it.
    if let Some(entities) = &dataset.entities {
        create_and_insert(&tx, "entities", entities, &[], Some("entity_id"), &[])?;
    }

    let documents_body: Vec<SqlValue> = dataset
        .documents
        .rows
        .iter()
        .map(|row| {
            text_or_null(
                &dataset.texts.get(dataset.documents.cell(row, "id")).map(|t| t.body.clone()).unwrap_or_default(),
            )
        })
        .collect();
    create_and_insert(&tx, "documents", &dataset.documents, &[("body", &documents_body)], Some("id"), &[])?;

    let entity_fk: &[(&str, &str)] = if has_entities { &[("entity_id", "entities(entity_id)")] } else { &[] };
    if let Some(mentions) = &dataset.mentions {
        let mut fks = vec![("doc_id", "documents(id)")];
        fks.extend(entity_fk.iter().copied().filter(|(c, _)| mentions.column(c).is_some()));
        create_and_insert(&tx, "mentions", mentions, &[], None, &fks)?;
    }
    if let Some(edges) = &dataset.edges {
        let mut fks = vec![("doc_id", "documents(id)")];
        if has_entities {
            fks.extend([("source_entity", "entities(entity_id)"), ("target_entity", "entities(entity_id)")]);
        }
        create_and_insert(&tx, "edges", edges, &[], None, &fks)?;
    }
    if let Some(links) = &dataset.links {
        create_and_insert(&tx, "links", links, &[], None, &[("doc_a", "documents(id)"), ("doc_b", "documents(id)")])?;
    }
    if let Some(clusters) = &dataset.clusters {
        create_and_insert(&tx, "clusters", clusters, &[], None, &[("doc_id", "documents(id)")])?;
    }

    let editorial = editorial_table(dataset);
    create_and_insert(&tx, "editorial", &editorial, &[], None, &[("doc_id", "documents(id)")])?;
    create_and_insert(&tx, "rejects", &rejects_table(dataset), &[], None, &[])?;

    tx.execute_batch("CREATE TABLE meta (\"key\" TEXT PRIMARY KEY, \"value\" TEXT);")?;
    {
        let mut insert = tx.prepare("INSERT INTO meta (\"key\", \"value\") VALUES (?1, ?2)")?;
        for (key, value) in flatten_manifest(&dataset.manifest) {
            insert.execute([key, value])?;
        }
    }

    tx.execute_batch(
        "CREATE INDEX documents_date ON documents (date_min, date_max);
         CREATE INDEX documents_collection ON documents (collection, doc_type);
         CREATE INDEX editorial_doc ON editorial (doc_id, span_idx);
         CREATE VIRTUAL TABLE documents_fts USING fts5(title, summary, body, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
         INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');",
    )?;
    if dataset.mentions.is_some() {
        tx.execute_batch("CREATE INDEX mentions_doc ON mentions (doc_id);")?;
        if dataset.mentions.as_ref().is_some_and(|m| m.column("entity_id").is_some()) {
            tx.execute_batch("CREATE INDEX mentions_entity ON mentions (entity_id);")?;
        }
    }
    if dataset.edges.is_some() {
        tx.execute_batch(
            "CREATE INDEX edges_doc ON edges (doc_id); CREATE INDEX edges_source ON edges (source_entity); CREATE INDEX edges_target ON edges (target_entity);",
        )?;
    }
    tx.commit()
}

/// The editorial spans of `documents.jsonl` as a table.
pub(crate) fn editorial_table(dataset: &Dataset) -> Table {
    Table {
        file: "editorial".to_owned(),
        columns: ["doc_id", "span_idx", "kind", "text", "start", "end", "content", "glossed", "rule"]
            .map(str::to_owned)
            .to_vec(),
        rows: dataset
            .editorial
            .iter()
            .map(|e| {
                let num = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
                vec![
                    e.doc_id.clone(),
                    e.span_idx.to_string(),
                    e.kind.clone(),
                    e.text.clone(),
                    num(e.start),
                    num(e.end),
                    e.content.clone(),
                    e.glossed.clone(),
                    e.rule.clone(),
                ]
            })
            .collect(),
    }
}

/// `rejects.jsonl` as a table.
pub(crate) fn rejects_table(dataset: &Dataset) -> Table {
    let num = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
    Table {
        file: "rejects".to_owned(),
        columns: ["path", "record_key", "reason", "detail", "offset", "line"].map(str::to_owned).to_vec(),
        rows: dataset
            .rejects
            .iter()
            .map(|r| {
                vec![
                    r.path.clone(),
                    r.record_key.clone(),
                    r.reason.clone(),
                    r.detail.clone(),
                    num(r.offset),
                    num(r.line),
                ]
            })
            .collect(),
    }
}

/// Every leaf of the manifest as (dotted path, value): strings as they are,
/// everything else as JSON text. Arrays use the element's index.
pub(crate) fn flatten_manifest(manifest: &Value) -> Vec<(String, String)> {
    fn walk(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
        let join = |k: &str| if prefix.is_empty() { k.to_owned() } else { format!("{prefix}.{k}") };
        match value {
            Value::Object(map) => map.iter().for_each(|(k, v)| walk(&join(k), v, out)),
            Value::Array(items) => items.iter().enumerate().for_each(|(idx, v)| walk(&join(&idx.to_string()), v, out)),
            Value::String(s) => out.push((prefix.to_owned(), s.clone())),
            Value::Null => {}
            other => out.push((prefix.to_owned(), other.to_string())),
        }
    }
    let mut out = Vec::new();
    walk("", manifest, &mut out);
    out
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn sql_type(kind: ColumnType) -> &'static str {
    match kind {
        ColumnType::Integer | ColumnType::Boolean => "INTEGER",
        ColumnType::Float => "REAL",
        // ISO text sorts and compares as dates in SQLite.
        ColumnType::Text | ColumnType::List | ColumnType::Day | ColumnType::PartialDate => "TEXT",
    }
}

fn text_or_null(s: &str) -> SqlValue {
    if s.is_empty() { SqlValue::Null } else { SqlValue::Text(s.to_owned()) }
}

/// The SQL value of one cell: empty is NULL; numbers and booleans are typed when
/// they parse (a cell that does not parse is kept as text rather than lost).
fn typed(kind: ColumnType, cell: &str) -> SqlValue {
    if cell.is_empty() {
        return SqlValue::Null;
    }
    match kind {
        ColumnType::Integer => cell.parse().map(SqlValue::Integer).unwrap_or_else(|_| text_or_null(cell)),
        ColumnType::Float => cell.parse().map(SqlValue::Real).unwrap_or_else(|_| text_or_null(cell)),
        ColumnType::Boolean => match cell {
            "true" => SqlValue::Integer(1),
            "false" => SqlValue::Integer(0),
            _ => text_or_null(cell),
        },
        _ => text_or_null(cell),
    }
}

/// Creates `name` with the table's columns (typed from `columns.rs`) plus
/// `extra` columns, and inserts every row.
fn create_and_insert(
    tx: &rusqlite::Transaction<'_>,
    name: &str,
    table: &Table,
    extra: &[(&str, &[SqlValue])],
    primary_key: Option<&str>,
    foreign_keys: &[(&str, &str)],
) -> rusqlite::Result<()> {
    let mut defs: Vec<String> = table
        .columns
        .iter()
        .map(|c| {
            let pk = if primary_key == Some(c.as_str()) { " PRIMARY KEY" } else { "" };
            format!("{} {}{pk}", quote(c), sql_type(column_type(name, c)))
        })
        .collect();
    defs.extend(extra.iter().map(|(c, _)| format!("{} TEXT", quote(c))));
    for (column, target) in foreign_keys {
        defs.push(format!("FOREIGN KEY ({}) REFERENCES {target}", quote(column)));
    }
    tx.execute_batch(&format!("CREATE TABLE {} (\n  {}\n);", quote(name), defs.join(",\n  ")))?;
    let n_columns = table.columns.len() + extra.len();
    let placeholders = (1..=n_columns).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
    let names = table
        .columns
        .iter()
        .map(String::as_str)
        .chain(extra.iter().map(|(c, _)| *c))
        .map(quote)
        .collect::<Vec<_>>()
        .join(", ");
    let mut insert = tx.prepare(&format!("INSERT INTO {} ({names}) VALUES ({placeholders})", quote(name)))?;
    let kinds: Vec<ColumnType> = table.columns.iter().map(|c| column_type(name, c)).collect();
    for (row_idx, row) in table.rows.iter().enumerate() {
        let values = row
            .iter()
            .zip(&kinds)
            .map(|(cell, kind)| typed(*kind, cell))
            .chain(extra.iter().map(|(_, values)| values.get(row_idx).cloned().unwrap_or(SqlValue::Null)));
        insert.execute(params_from_iter(values))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wilson() -> Connection {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets/wilson");
        let dataset = Dataset::open(&dir).unwrap();
        let mut conn = Connection::open_in_memory().unwrap();
        fill(&mut conn, &dataset).unwrap();
        conn
    }

    fn check(conn: &Connection, sql: &str) -> Vec<Vec<String>> {
        let mut stmt = conn.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |row| {
                (0..n)
                    .map(|i| row.get::<_, SqlValue>(i).map(|v| format!("{v:?}")))
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .unwrap();
        rows.map(Result::unwrap).collect()
    }

    #[test]
    fn the_readme_queries_run_and_find_something() {
        let conn = wilson();
        for (title, sql) in README_QUERIES {
            assert!(!check(&conn, sql).is_empty(), "{title}: no rows");
        }
    }

    #[test]
    fn the_readme_shows_the_queries_verbatim() {
        let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md")).unwrap();
        for (title, sql) in README_QUERIES {
            assert!(readme.contains(sql), "README.md lacks the query `{title}`:\n{sql}");
        }
    }

    #[test]
    fn columns_are_typed_and_keys_hold() {
        let conn = wilson();
        assert_eq!(
            check(&conn, "SELECT typeof(n_body_chars), typeof(truncated), typeof(date) FROM documents LIMIT 1")[0],
            ["Text(\"integer\")", "Text(\"integer\")", "Text(\"text\")"]
        );
        assert!(check(&conn, "PRAGMA foreign_key_check").is_empty());
        let n_docs = check(&conn, "SELECT count(*) FROM documents");
        let n_bodies = check(&conn, "SELECT count(*) FROM documents WHERE body IS NOT NULL");
        assert_eq!(n_docs, n_bodies);
        assert!(!check(&conn, "SELECT value FROM meta WHERE key = 'counts.processed'").is_empty());
    }
}
