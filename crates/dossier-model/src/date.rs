//! Dates as archival sources give them: often partial, sometimes unreadable.

use serde::{Deserialize, Serialize};

/// How much of a date the source states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// Year, month and day are stated.
    Day,
    /// Year and month are stated.
    Month,
    /// Only the year is stated.
    Year,
}

impl Precision {
    /// The snake_case name used in datasets.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

/// A date as written, and what it means when it could be read.
///
/// Invariant: `iso`, `precision`, `min` and `max` are all `Some` or all `None`;
/// when present, `min <= max` and both are full `YYYY-MM-DD` dates bounding `iso`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateValue {
    /// The text exactly as it stands in the source.
    pub raw: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, by precision; `None` when unreadable.
    pub iso: Option<String>,
    /// How much of the date is stated.
    pub precision: Option<Precision>,
    /// First day the date can mean, `YYYY-MM-DD`.
    pub min: Option<String>,
    /// Last day the date can mean, `YYYY-MM-DD`.
    pub max: Option<String>,
}

impl DateValue {
    /// A date that could not be read: only the raw text is kept.
    pub fn unreadable(raw: impl Into<String>) -> Self {
        DateValue { raw: raw.into(), iso: None, precision: None, min: None, max: None }
    }

    /// A date from its parts; `month`/`day` absent lower the precision.
    ///
    /// Returns `None` when the parts do not form a real calendar date.
    pub fn from_parts(raw: impl Into<String>, year: i32, month: Option<u32>, day: Option<u32>) -> Option<Self> {
        if !(1..=9999).contains(&year) {
            return None;
        }
        let (iso, precision, min, max) = match (month, day) {
            (Some(m), Some(d)) => {
                if !(1..=12).contains(&m) || d == 0 || d > days_in_month(year, m) {
                    return None;
                }
                let iso = format!("{year:04}-{m:02}-{d:02}");
                (iso.clone(), Precision::Day, iso.clone(), iso)
            }
            (Some(m), None) => {
                if !(1..=12).contains(&m) {
                    return None;
                }
                let last = days_in_month(year, m);
                (
                    format!("{year:04}-{m:02}"),
                    Precision::Month,
                    format!("{year:04}-{m:02}-01"),
                    format!("{year:04}-{m:02}-{last:02}"),
                )
            }
            (None, None) => {
                (format!("{year:04}"), Precision::Year, format!("{year:04}-01-01"), format!("{year:04}-12-31"))
            }
            (None, Some(_)) => return None,
        };
        Some(DateValue { raw: raw.into(), iso: Some(iso), precision: Some(precision), min: Some(min), max: Some(max) })
    }
}

/// Number of days in `month` (1–12) of `year`, proleptic Gregorian.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(year: i32, month: Option<u32>, day: Option<u32>, expect: Option<(&str, &str, &str)>) {
        let got =
            DateValue::from_parts("raw", year, month, day).map(|d| (d.iso.unwrap(), d.min.unwrap(), d.max.unwrap()));
        let expect = expect.map(|(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned()));
        assert_eq!(got, expect);
    }

    #[test]
    fn precisions_and_bounds() {
        check(1962, Some(6), Some(21), Some(("1962-06-21", "1962-06-21", "1962-06-21")));
        check(1980, Some(11), None, Some(("1980-11", "1980-11-01", "1980-11-30")));
        check(1960, Some(2), None, Some(("1960-02", "1960-02-01", "1960-02-29")));
        check(1900, Some(2), None, Some(("1900-02", "1900-02-01", "1900-02-28")));
        check(1967, None, None, Some(("1967", "1967-01-01", "1967-12-31")));
    }

    #[test]
    fn impossible_dates_are_refused() {
        check(1962, Some(2), Some(30), None);
        check(1962, Some(13), None, None);
        check(1962, None, Some(3), None);
        check(0, None, None, None);
    }
}
