//! Dates mentioned in the body, resolved against the document's own date.
//!
//! The finding and reading is `dossier-dates`' job; this module anchors it on the
//! document date ("the 16 June cable" in a cable of 21 June 1962 is 1962-06-16),
//! keeps only dates that could be read, and points each at the body.
//!
//! One date is left out on purpose: the document's own dateline (`21 June 1962`
//! under the signature, `Pyongyang, 28 June 1955.` under the letterhead). It is a
//! line holding little more than a date equal to the document date, and it is
//! already the document's `date`, not something the text mentions.

use dossier_dates::{Context, find_dates};
use dossier_model::{DateValue, Evidence, Mention, TextField};

use crate::lines::non_empty_lines;

/// A dateline holds the date and at most this many other words (a place).
const DATELINE_EXTRA_WORDS: usize = 3;

/// The reading context for a document dated `date`.
pub(crate) fn context(date: Option<&DateValue>) -> Context {
    let Some(iso) = date.and_then(|d| d.iso.as_deref()) else {
        return Context::default();
    };
    let mut parts = iso.split('-');
    let year = parts.next().and_then(|y| y.parse::<i32>().ok());
    let month = parts.next().and_then(|m| m.parse::<u32>().ok());
    let day = parts.next().and_then(|d| d.parse::<u32>().ok());
    Context { anchor: year.map(|year| (year, month, day)) }
}

/// Every readable date in `body`, except the document's own dateline.
pub(crate) fn date_mentions(body: &str, date: Option<&DateValue>) -> Vec<Mention> {
    let ctx = context(date);
    let own_iso = date.and_then(|d| d.iso.as_deref());
    let lines = non_empty_lines(body);
    find_dates(body, &ctx)
        .into_iter()
        .filter_map(|found| {
            let iso = found.value.iso.clone()?;
            if Some(iso.as_str()) == own_iso && is_dateline(body, &lines, found.start, found.end) {
                return None;
            }
            Some(Mention::date(
                found.value,
                format!("mentions.{}", found.rule),
                Evidence::new(TextField::Body, body, found.start, found.end),
            ))
        })
        .collect()
}

/// True when the date at `start..end` sits on a line of its own (or with a place).
fn is_dateline(body: &str, lines: &[crate::lines::Line<'_>], start: usize, end: usize) -> bool {
    let Some(line) = lines.iter().find(|l| l.start <= start && end <= l.end()) else {
        return false;
    };
    let before = &body[line.start..start];
    let after = &body[end..line.end()];
    let n_other_words = before.split_whitespace().count() + after.split_whitespace().count();
    n_other_words <= DATELINE_EXTRA_WORDS
        && !before
            .split_whitespace()
            .chain(after.split_whitespace())
            .any(|w| w.chars().next().is_some_and(char::is_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_context(iso: Option<&str>, expect: Option<(i32, Option<u32>, Option<u32>)>) {
        let date = iso.map(|iso| DateValue { iso: Some(iso.to_owned()), ..DateValue::unreadable(iso) });
        assert_eq!(context(date.as_ref()).anchor, expect);
    }

    #[test]
    fn anchor_from_document_date() {
        check_context(Some("1962-06-21"), Some((1962, Some(6), Some(21))));
        check_context(Some("1980-11"), Some((1980, Some(11), None)));
        check_context(Some("1967"), Some((1967, None, None)));
        check_context(None, None);
    }

    #[test]
    fn datelines_are_recognized() {
        let body =
            "We received the 16 June cable.\n\nWork Team of the Ministries\n21 June 1962\n\nPyongyang, 28 June 1955.";
        let lines = non_empty_lines(body);
        let at = |needle: &str| {
            let start = body.find(needle).unwrap();
            (start, start + needle.len())
        };
        let (s, e) = at("21 June 1962");
        assert!(is_dateline(body, &lines, s, e));
        let (s, e) = at("28 June 1955");
        assert!(is_dateline(body, &lines, s, e));
        let (s, e) = at("16 June");
        assert!(!is_dateline(body, &lines, s, e));
    }
}
