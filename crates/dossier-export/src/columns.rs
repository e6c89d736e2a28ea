//! What a published column is: its name, its type in SQLite and Parquet, and the
//! one sentence that describes it. Each table's columns are listed next to its
//! row type (`rows.rs`, `entities.rs`); the dataset card, the SQLite and Parquet
//! writers and the README's tables (`cargo xtask export` writes them) all read
//! those lists, so a column is described once.

/// How a column's text is typed in SQLite and Parquet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// Text as written.
    Text,
    /// A ` | `-separated list, kept as text.
    List,
    /// A whole number (offsets, counts).
    Integer,
    /// A decimal number (coordinates, confidences).
    Float,
    /// `true` or `false`.
    Boolean,
    /// An ISO day `YYYY-MM-DD` (Parquet `Date32`).
    Day,
    /// An ISO date at its precision (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), kept as
    /// text; the `_min`/`_max` columns beside it are days.
    PartialDate,
}

impl ColumnType {
    /// The type's name in the dataset card and the README.
    pub fn as_str(self) -> &'static str {
        match self {
            ColumnType::Text => "text",
            ColumnType::List => "list",
            ColumnType::Integer => "integer",
            ColumnType::Float => "decimal",
            ColumnType::Boolean => "boolean",
            ColumnType::Day => "date",
            ColumnType::PartialDate => "partial date",
        }
    }
}

/// One published column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Column name (the CSV header).
    pub name: &'static str,
    /// Type in SQLite and Parquet.
    pub kind: ColumnType,
    /// What it means, for a historian reading the table (Markdown; a list
    /// separator is written ` | ` and escaped where a table needs it).
    pub meaning: &'static str,
}

impl Column {
    /// A described column.
    pub const fn new(name: &'static str, kind: ColumnType, meaning: &'static str) -> Self {
        Column { name, kind, meaning }
    }
}

/// The names of `columns`, in order (the CSV header).
pub const fn names<const N: usize>(columns: &[Column; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut idx = 0;
    while idx < N {
        out[idx] = columns[idx].name;
        idx += 1;
    }
    out
}

/// The tables this crate writes, each with its columns in file order.
pub const TABLES: [(&str, &[Column]); 4] = [
    ("documents", &crate::rows::DOCUMENT_COLUMNS_DOCS),
    ("mentions", &crate::rows::MENTION_COLUMNS_DOCS),
    ("entities", &crate::entities::ENTITY_COLUMNS_DOCS),
    ("edges", &crate::entities::EDGE_COLUMNS_DOCS),
];

/// The description of `table.name`, for a table this crate writes.
pub fn column(table: &str, name: &str) -> Option<&'static Column> {
    TABLES.iter().filter(|(t, _)| *t == table).flat_map(|(_, columns)| columns.iter()).find(|c| c.name == name)
}
