//! `probable_same_as`: the hint that a person known by one name only
//! (`person:green`, from "Mr. Green" in documents that never give the full
//! name) is the one person of the whole dataset named in full whose first or
//! last name that is (`person:marshall-green`, or `person:hsg:108870` for one
//! the people database knows, by its name). It is decided over the entities
//! of a whole dataset, so it runs once the documents are written; export
//! asks for it and only maps the answer to the `probable_same_as` column. A
//! hint for merging, not a merge: mentions keep their own entity id.

use std::collections::BTreeMap;

/// The words of a person's name key: its id's slug (`person:marshall-green`
/// → `marshall`, `green`), or for a person the people database knows
/// (`person:hsg:108870`) the slug of the name it goes by; `None` for an
/// entity of another kind.
fn person_words(id: &str, name: &str) -> Option<Vec<String>> {
    let rest = id.strip_prefix("person:")?;
    let slug = match rest.strip_prefix("hsg:") {
        Some(_) => crate::entities::names::slug(&crate::entities::names::person_key(name).key),
        None => rest.to_owned(),
    };
    Some(slug.split('-').filter(|w| !w.is_empty()).map(str::to_owned).collect())
}

/// The hints for every one-name person among the entities that `visit` walks
/// (id and name): one-name id → the full name's id. `visit` is called twice
/// and must walk the same entities each time (a table that spilled to disk walks its runs again
/// rather than holding every id in memory). Ids without exactly one full name
/// to point at get no hint.
pub fn probable_same_as<E>(
    mut visit: impl FnMut(&mut dyn FnMut(&str, &str) -> Result<(), E>) -> Result<(), E>,
) -> Result<BTreeMap<String, String>, E> {
    // One-name id → not seen in full yet / the one full name / several.
    let mut singles: BTreeMap<String, Option<Option<String>>> = BTreeMap::new();
    visit(&mut |id: &str, name: &str| {
        if !id.starts_with("person:hsg:") && person_words(id, name).is_some_and(|words| words.len() == 1) {
            singles.insert(id.to_owned(), None);
        }
        Ok(())
    })?;
    if !singles.is_empty() {
        visit(&mut |id: &str, name: &str| {
            let Some(words) = person_words(id, name).filter(|w| w.len() > 1) else { return Ok(()) };
            let mut ends = vec![&words[0], &words[words.len() - 1]];
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
        named(&ids.iter().map(|id| (*id, "")).collect::<Vec<_>>())
    }

    fn named(entities: &[(&str, &str)]) -> Vec<(String, String)> {
        probable_same_as(|f| entities.iter().try_for_each(|(id, name)| f(id, name)))
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

    #[test]
    fn a_one_name_person_points_to_a_database_person_by_its_name() {
        // FRUS 1961–63 vol. XXII: `Green` in one telegram, `Marshall Green`
        // (linked to the people database) in another.
        let entities = [("person:green", "Green"), ("person:hsg:108870", "Marshall Green")];
        assert_eq!(named(&entities), [("person:green".to_owned(), "person:hsg:108870".to_owned())]);
        // A database person known in the dataset by its surname alone is no
        // one-name id: it is linked already.
        assert!(named(&[("person:hsg:108870", "Green")]).is_empty());
    }
}
