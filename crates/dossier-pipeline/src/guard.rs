//! Panic isolation: a stage runs inside [`guarded`], and a panic there becomes
//! the document's `internal_error` reject instead of the end of the run.

use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};

use dossier_model::Reject;

/// Test hook: when this environment variable is set, a document whose display
/// path contains its value panics inside the pipeline, so the end-to-end tests
/// can prove that one panicking document becomes an `internal_error` reject and
/// the run goes on. Never set it outside tests.
pub const PANIC_HOOK_VAR: &str = "DOSSIER_TEST_PANIC_ON";

/// Test hook: with [`PANIC_HOOK_VAR`], names the stage that panics: `parse`
/// (the default) or `render` (writing the document's rows, after enrichment).
pub const PANIC_STAGE_VAR: &str = "DOSSIER_TEST_PANIC_STAGE";

thread_local! {
    /// Where the last panic on this thread happened, recorded by the hook below.
    static PANIC_LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
    /// True while this thread runs a stage inside [`guarded`].
    static GUARDED: Cell<bool> = const { Cell::new(false) };
}

/// Replaces the panic hook. Inside a guarded stage it only records the
/// location (the message and location go to the document's reject entry, and
/// printing would tear the progress bar); anywhere else the previous hook runs,
/// so a panic outside the guards is printed, never swallowed.
///
/// Call it once, at the start of a command. Without it the guards still catch
/// panics, but the default hook prints each one and the reject names no location.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if GUARDED.with(Cell::get) {
            let location = info.location().map(|l| format!("{}:{}", l.file(), l.line()));
            PANIC_LOCATION.with(|cell| *cell.borrow_mut() = location);
        } else {
            previous(info);
        }
    }));
}

/// A caught panic's payload.
pub(crate) type Payload = Box<dyn std::any::Any + Send>;

/// Runs `stage` with panics caught, as one document's failure.
pub(crate) fn guarded<T>(stage: impl FnOnce() -> T) -> Result<T, Payload> {
    let was = GUARDED.with(|g| g.replace(true));
    let result = catch_unwind(AssertUnwindSafe(stage));
    GUARDED.with(|g| g.set(was));
    result
}

/// True when the test hooks ask `display` to panic in `stage`.
pub(crate) fn test_panic(display: &str, stage: &str) -> bool {
    let Some(needle) = std::env::var(PANIC_HOOK_VAR).ok().filter(|n| !n.is_empty()) else { return false };
    let wanted = std::env::var(PANIC_STAGE_VAR).unwrap_or_else(|_| "parse".to_owned());
    display.contains(needle.as_str()) && wanted == stage
}

/// The panic's message, with its location when the hook recorded one.
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let message = payload_text(payload);
    match PANIC_LOCATION.with(|cell| cell.borrow_mut().take()) {
        Some(location) => format!("{message} (at {location})"),
        None => message,
    }
}

fn payload_text(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic payload".to_owned()
    }
}

/// The reject for a bug in `stage`: a panic, or an error no input should cause.
pub(crate) fn internal_error(display: &str, record_key: Option<String>, stage: &str, message: &str) -> Reject {
    Reject {
        path: display.to_owned(),
        record_key,
        reason: "internal_error".to_owned(),
        detail: format!("internal error in the {stage} stage (a bug in dossier, please report it): {message}"),
        offset: None,
        line: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(stage: impl FnOnce() -> u32, expected: Result<u32, &str>) {
        let got = guarded(stage).map_err(|payload| payload_text(&*payload));
        assert_eq!(got, expected.map_err(str::to_owned));
    }

    #[test]
    fn a_panic_in_a_guarded_stage_is_its_message() {
        check(|| 7, Ok(7));
        check(|| panic!("plain"), Err("plain"));
        check(|| panic!("formatted {}", 1), Err("formatted 1"));
        check(|| std::panic::panic_any(3_u8), Err("unknown panic payload"));
        assert!(!GUARDED.with(Cell::get), "the flag is reset after the stage");
    }
}
