//! Front-matter list items → the volume's authority entries.
//!
//! The List of Persons holds items like
//! `<item><hi><persName xml:id="p_RD1">Rusk, Dean</persName>,</hi> Secretary of State</item>`,
//! with variants in brackets or parentheses (`Chou En-lai (Zhou Enlai)`) and
//! cross-reference stubs (`Zhou Enlai, see <persName corresp="#p_CEZE1">…`); the
//! abbreviation list holds `<item><hi><term xml:id="t_USIA1">USIA</term>,</hi> United
//! States Information Agency</item>`. Any other item (of a table of contents, a
//! list of sources) is none of these and yields nothing.

use dossier_model::{PersonAuthority, TermAuthority};

use super::nodes::{Node, TextBuf};

/// What one list item is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Entry {
    /// A List of Persons entry.
    Person(PersonAuthority),
    /// An abbreviation list entry.
    Term(TermAuthority),
}

/// Reads one captured `<item>`.
pub(crate) fn read_item(nodes: &[Node]) -> Option<Entry> {
    // The first `persName`/`term` carrying an `xml:id` is the entry's head word;
    // the text after it is the role or expansion; a later `persName[@corresp]`
    // is the target of a "see" stub.
    let mut depth = 0;
    let mut head: Option<(String, String, usize)> = None; // (element name, id, depth)
    let mut head_done = false;
    let mut name = TextBuf::new();
    let mut after = TextBuf::new();
    let mut see = None;
    for node in nodes {
        match node {
            Node::Open(element) => {
                depth += 1;
                let is_head_word = matches!(element.name.as_str(), "persName" | "term");
                if head.is_none()
                    && is_head_word
                    && let Some(id) = element.attr("xml:id")
                {
                    head = Some((element.name.clone(), id.to_owned(), depth));
                } else if head_done
                    && see.is_none()
                    && element.name == "persName"
                    && let Some(target) = element.attr("corresp")
                {
                    see = Some(target.trim_start_matches('#').to_owned());
                }
            }
            Node::Close { .. } => {
                if let Some((_, _, head_depth)) = &head
                    && *head_depth == depth
                    && !head_done
                {
                    head_done = true;
                }
                depth -= 1;
            }
            Node::Text(text) => match (&head, head_done) {
                (Some(_), false) => name.push_text(text),
                (Some(_), true) => after.push_text(text),
                (None, _) => {}
            },
        }
    }
    let (element, id, _) = head?;
    let listed = name.text.trim().to_owned();
    let rest = after.text.trim_start_matches([',', ' ']).trim().to_owned();
    if element == "term" {
        return Some(Entry::Term(TermAuthority { id, term: listed, expansion: rest }));
    }
    let (name, variants) = split_variants(&listed);
    let is_stub = rest.starts_with("see ") && see.is_some();
    Some(Entry::Person(PersonAuthority {
        id,
        name,
        variants,
        role: if is_stub { String::new() } else { rest },
        see: if is_stub { see } else { None },
    }))
}

/// `Chou En-lai (Zhou Enlai)` → (`Chou En-lai`, [`Zhou Enlai`]): the name is the
/// listed text without its bracketed or parenthesized parts; variants inside one
/// pair of brackets are separated by commas.
fn split_variants(listed: &str) -> (String, Vec<String>) {
    let mut name = String::new();
    let mut variants = Vec::new();
    let mut rest = listed;
    while let Some(open) = rest.find(['(', '[']) {
        let closer = if rest[open..].starts_with('(') { ')' } else { ']' };
        let Some(close) = rest[open..].find(closer) else {
            break;
        };
        name.push_str(&rest[..open]);
        let inner = &rest[open + 1..open + close];
        variants.extend(inner.split(',').map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned));
        rest = &rest[open + close + 1..];
    }
    name.push_str(rest);
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    (name, variants)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants() {
        let check = |listed: &str, name: &str, variants: &[&str]| {
            let (got_name, got_variants) = split_variants(listed);
            assert_eq!(got_name, name);
            assert_eq!(got_variants, variants);
        };
        check("Rusk, Dean", "Rusk, Dean", &[]);
        check("Chou En-lai (Zhou Enlai)", "Chou En-lai", &["Zhou Enlai"]);
        check("Pak Chung-hui (Park Chung Hee, Pak Jung-Hui)", "Pak Chung-hui", &["Park Chung Hee", "Pak Jung-Hui"]);
        check("Lee [Li] Han-lim", "Lee Han-lim", &["Li"]);
        check("Odd (unclosed", "Odd (unclosed", &[]);
    }
}
