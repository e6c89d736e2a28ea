//! Place names that are also common English words, surnames or parts of
//! institutional names, so that a capitalised occurrence is usually not a
//! place ("the Wilson Center", "Union", "in March"). The data keeps these
//! places; callers decide, for example by asking for stronger context.

use crate::name_key;
pub use dossier_lexicon::STOP_PLACE_NAMES as STOP_NAMES;

/// True when `name` (any spelling; it is keyed first) is on the stop list.
pub fn is_stop_name(name: &str) -> bool {
    let key = name_key(name);
    STOP_NAMES.binary_search(&key.as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_and_keyed() {
        assert!(STOP_NAMES.is_sorted(), "keep STOP_NAMES sorted: is_stop_name binary-searches it");
        for name in STOP_NAMES.iter() {
            assert_eq!(&name_key(name), name);
        }
    }

    #[test]
    fn stop_names() {
        for name in ["Wilson", "Center", "Union", "English", "MacArthur", "Mobile", "Reading", "Nice", "Of", "MAY"] {
            assert!(is_stop_name(name), "{name}");
        }
        for name in ["Moscow", "Peking", "Gulja", "Salisbury"] {
            assert!(!is_stop_name(name), "{name}");
        }
    }
}
