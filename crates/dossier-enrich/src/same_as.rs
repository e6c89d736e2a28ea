//! `probable_same_as`: the hint that a person known by one name only
//! (`person:green`, from "Mr. Green" in documents that never give the full
//! name) is the one person of the whole dataset named in full whose first or
//! last name that is (`person:marshall-green`). It is decided over the entity
//! ids of a whole dataset, so it runs once the documents are written; export
//! asks for it and only maps the answer to the `probable_same_as` column. A
//! hint for merging, not a merge: mentions keep their own entity id.

use std::collections::BTreeMap;

/// The words of a person id's slug (`person:marshall-green` → `marshall`,
/// `green`), or `None` for an id of another kind.
fn person_words(id: &str) -> Option<Vec<&str>> {
    id.strip_prefix("person:").map(|rest| rest.split('-').collect())
}

/// The hints for every one-name person among the ids that `visit` walks:
/// one-name id → the full name's id. `visit` is called twice and must walk
/// the same ids each time (a table that spilled to disk walks its runs again
/// rather than holding every id in memory). Ids without exactly one full name
/// to point at get no hint.
pub fn probable_same_as<E>(
    mut visit: impl FnMut(&mut dyn FnMut(&str) -> Result<(), E>) -> Result<(), E>,
) -> Result<BTreeMap<String, String>, E> {
    // One-name id → not seen in full yet / the one full name / several.
    let mut singles: BTreeMap<String, Option<Option<String>>> = BTreeMap::new();
    visit(&mut |id: &str| {
        if person_words(id).is_some_and(|words| words.len() == 1) {
            singles.insert(id.to_owned(), None);
        }
        Ok(())
    })?;
    if !singles.is_empty() {
        visit(&mut |id: &str| {
            let Some(words) = person_words(id).filter(|w| w.len() > 1) else { return Ok(()) };
            let mut ends = vec![words[0], words[words.len() - 1]];
            ends.dedup();
            for word in ends {
                if let Some(slot) = singles.get_mut(&format!("person:{word}")) {
                    *slot = match slot.take() {
                        None => Some(Some(id.to_owned())),
                        Some(Some(one)) if one == id => Some(Some(one)),
                        Some(_) => Some(None),
                    };
                }
            }
            Ok(())
        })?;
    }
    Ok(singles.into_iter().filter_map(|(single, full)| Some((single, full??))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hints(ids: &[&str]) -> Vec<(String, String)> {
        probable_same_as(|f| ids.iter().try_for_each(|id| f(id)))
            .map(|h: BTreeMap<_, _>| h.into_iter().collect())
            .unwrap_or_else(|()| unreachable!())
    }

    #[test]
    fn a_one_name_person_points_to_the_one_full_name_with_that_name() {
        // Shtykov is named in full once; `person:kim` could be Kim Il Sung or
        // Kim Chaek: no hint.
        let ids = [
            "person:kim",
            "person:kim-chaek",
            "person:kim-il-sung",
            "person:shtykov",
            "person:terentii-shtykov",
            "place:geonames:1871859",
        ];
        assert_eq!(hints(&ids), [("person:shtykov".to_owned(), "person:terentii-shtykov".to_owned())]);
        // The first name counts too (`person:zhou` for `person:zhou-enlai`).
        assert_eq!(
            hints(&["person:zhou", "person:zhou-enlai"]),
            [("person:zhou".to_owned(), "person:zhou-enlai".to_owned())]
        );
        assert!(hints(&["person:green"]).is_empty());
    }
}
