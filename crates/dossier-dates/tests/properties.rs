//! Property tests: every valid date, written the ways archives write it, reads
//! back as itself.

use dossier_dates::{Context, parse_date};
use dossier_model::{DateValue, Precision};
use proptest::prelude::*;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A valid calendar date between 1800 and 2099.
fn date() -> impl Strategy<Value = (i32, u32, u32)> {
    (1800..2100i32, 1..=12u32).prop_flat_map(|(year, month)| (Just(year), Just(month), 1..=days_in_month(year, month)))
}

/// Reads `raw` and checks it means day `year-month-day`.
fn check(raw: &str, (year, month, day): (i32, u32, u32)) -> Result<(), TestCaseError> {
    let got: Option<DateValue> = parse_date(raw, &Context::default());
    let got = got.ok_or_else(|| TestCaseError::fail(format!("`{raw}` did not read")))?;
    let iso = format!("{year:04}-{month:02}-{day:02}");
    prop_assert_eq!(got.iso.as_deref(), Some(iso.as_str()), "{}", raw);
    prop_assert_eq!(got.precision, Some(Precision::Day), "{}", raw);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn month_day_year_round_trips(d in date()) {
        check(&format!("{} {}, {}", MONTHS[d.1 as usize - 1], d.2, d.0), d)?;
    }

    #[test]
    fn day_month_year_round_trips(d in date()) {
        check(&format!("{} {} {}", d.2, MONTHS[d.1 as usize - 1], d.0), d)?;
    }

    #[test]
    fn iso_round_trips(d in date()) {
        check(&format!("{:04}-{:02}-{:02}", d.0, d.1, d.2), d)?;
    }
}
