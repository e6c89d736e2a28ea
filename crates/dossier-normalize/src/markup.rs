//! Carrying the source's markup spans from the parsed body into the normalized one.
//!
//! Normalization changes only whitespace, Unicode composition and letter spacing,
//! so a span's normalized text is its own text normalized. Spans are located again
//! in order, each search starting where the previous span started (spans may
//! nest), which keeps the mapping linear in the body length for ordered spans.

use dossier_model::{Actor, Diagnostic, Extracted, Markup, MarkupSpan};

use crate::text::normalize_text;

/// Maps every span of `markup` from `parsed_body` into `body` (the normalized
/// body); a span whose text cannot be found again is dropped with a
/// `markup_span_lost` warning.
pub(crate) fn map_markup(markup: Markup, parsed_body: &str, body: &str, diagnostics: &mut Vec<Diagnostic>) -> Markup {
    let Markup { senders, recipients, participants, mut spans, footnotes } = markup;
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut mapped = Vec::with_capacity(spans.len());
    let mut cursor = 0;
    for span in spans {
        let text = parsed_body.get(span.start..span.end).unwrap_or_default();
        let needle = normalize_text(text).text;
        if needle.is_empty() {
            continue;
        }
        match body[cursor..].find(&needle) {
            Some(at) => {
                let start = cursor + at;
                let end = start + needle.len();
                cursor = start;
                mapped.push(MarkupSpan { start, end, ..span });
            }
            None => diagnostics.push(Diagnostic::warning(
                "markup_span_lost",
                format!("the {} span `{}` was not found in the normalized body", span.kind.as_str(), text),
            )),
        }
    }
    let names = |actors: Vec<Extracted<Actor>>| {
        actors
            .into_iter()
            .map(|mut a| {
                a.value.name = normalize_text(&a.value.name).text;
                a
            })
            .collect()
    };
    let footnotes = footnotes
        .into_iter()
        .map(|mut f| {
            f.text = normalize_text(&f.text).text;
            f
        })
        .collect();
    Markup {
        senders: names(senders),
        recipients: names(recipients),
        participants: names(participants),
        spans: mapped,
        footnotes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::MarkupKind;

    fn span(kind: MarkupKind, body: &str, text: &str) -> MarkupSpan {
        let start = body.find(text).unwrap();
        MarkupSpan { kind, start, end: start + text.len(), target: Some("p_X".into()), role: None }
    }

    #[test]
    fn spans_follow_whitespace_changes() {
        let raw = "The  Secretary\n  met   <Chiang\n Kai-shek> and\u{a0}Chiang.";
        let raw = raw.replace(['<', '>'], "");
        let markup = Markup {
            spans: vec![span(MarkupKind::Person, &raw, "Chiang\n Kai-shek"), span(MarkupKind::Person, &raw, "Chiang.")],
            ..Markup::default()
        };
        let body = normalize_text(&raw).text;
        let mut diagnostics = Vec::new();
        let out = map_markup(markup, &raw, &body, &mut diagnostics);
        assert!(diagnostics.is_empty());
        let texts: Vec<&str> = out.spans.iter().map(|s| &body[s.start..s.end]).collect();
        assert_eq!(texts, ["Chiang\nKai-shek", "Chiang."]);
    }

    #[test]
    fn a_lost_span_is_reported() {
        let markup = Markup {
            spans: vec![MarkupSpan { kind: MarkupKind::Person, start: 0, end: 3, target: None, role: None }],
            ..Markup::default()
        };
        let mut diagnostics = Vec::new();
        let out = map_markup(markup, "Zed", "nothing here", &mut diagnostics);
        assert!(out.spans.is_empty());
        assert_eq!(diagnostics[0].code, "markup_span_lost");
    }
}
