//! Property tests over generated bodies and titles: normalization is
//! idempotent, and every editorial span and body evidence slices the
//! normalized body exactly, on character boundaries.

use dossier_model::{
    DocId, DocMeta, Evidence, Extracted, Fields, Format, Layout, NormalizedDoc, ParsedDoc, Source, TextField,
};
use dossier_normalize::{Config, normalize};
use proptest::prelude::*;

/// Pieces archival text is made of, including what normalization rewrites:
/// odd spaces and line ends, letter-spaced words, decomposed accents, and the
/// editorial apparatus.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "Secret",
            "the",
            "ministry",
            "June 21, 1962",
            "Wulumuqi",
            "Čí",
            "e\u{301}",
            "Å",
            "«",
            "—",
            "1962",
            "S e c r e t",
            "T O P  S E C R E T",
            "[...]",
            "[sic]",
            "[Urumqi]",
            "[To the]",
            "[illegible]",
            "[?]",
            "[",
            "]",
            "[[",
            "(",
            ")",
            ".",
            ",",
            ":",
            "Ｑ",
            "中文",
            "🙂",
        ])
        .prop_map(str::to_owned),
        prop::sample::select(vec![" ", "  ", "\t", "\u{a0}", "\u{2009}", "\n", "\n\n", "\n\n\n", "\r\n", "\r", " \n "])
            .prop_map(str::to_owned),
        "[a-zA-Z]{1,8}".prop_map(|s| s),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|pieces| pieces.concat())
}

fn doc(body: &str, title: &str) -> ParsedDoc {
    let title = (!title.is_empty()).then(|| {
        Extracted::new(
            title.to_owned(),
            "test.title",
            Evidence { field: TextField::Source, start: 0, end: title.len() },
        )
    });
    ParsedDoc {
        meta: DocMeta::new(
            DocId("0123456789abcdef".into()),
            Source { path: "t.txt".into(), blake3: "00".into(), n_bytes: body.len() as u64, record_key: None },
            "wilson",
            Format::WilsonPage,
            Layout::PdfExport,
        ),
        fields: Fields { title, ..Fields::default() },
        body: body.to_owned(),
        markup: Default::default(),
        diagnostics: vec![],
    }
}

fn run(body: &str, title: &str) -> NormalizedDoc {
    normalize(doc(body, title), &Config::default())
}

fn title_of(doc: &NormalizedDoc) -> String {
    doc.fields.title.as_ref().map(|t| t.value.clone()).unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn normalization_is_idempotent(body in text(), title in text()) {
        let once = run(&body, &title);
        let twice = run(&once.body, &title_of(&once));
        prop_assert_eq!(&twice.body, &once.body);
        prop_assert_eq!(title_of(&twice), title_of(&once));
    }

    #[test]
    fn editorial_spans_and_evidence_slice_the_body(body in text()) {
        let out = run(&body, "");
        for span in &out.editorial {
            prop_assert!(span.start <= span.end && span.end <= out.body.len());
            prop_assert!(out.body.get(span.start..span.end).is_some(), "{:?}", span);
        }
        for diagnostic in &out.diagnostics {
            if let Some(ev) = diagnostic.evidence.as_ref().filter(|ev| ev.field == TextField::Body) {
                prop_assert!(out.body.get(ev.start..ev.end).is_some(), "{:?}", diagnostic);
            }
        }
        if let Some(date) = &out.date {
            let ev = &date.evidence;
            let field_text = match ev.field {
                TextField::Body => Some(out.body.as_str()),
                _ => None,
            };
            if let Some(field_text) = field_text {
                prop_assert!(field_text.get(ev.start..ev.end).is_some(), "{:?}", ev);
            }
        }
    }
}
