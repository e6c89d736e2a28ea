//! The owned, flat form a captured piece of TEI takes between the streaming reader
//! and the extractors, and the whitespace-collapsing text buffer they write into.
//!
//! A capture is one `<div type="document">` or one front-matter `<item>`: a flat
//! list of open/close/text nodes, never a tree. Extractors walk it with an explicit
//! stack, so nesting depth costs heap, never call stack.

/// One start tag, with its attributes unescaped.
#[derive(Debug, Clone)]
pub(crate) struct Element {
    /// Local name (`persName`, `div`), without any namespace prefix.
    pub name: String,
    /// Attributes as `(name as written, unescaped value)`, e.g. `("xml:id", "d1")`.
    pub attrs: Vec<(String, String)>,
    /// Byte offset of the tag's `<` in the decoded text.
    pub start: usize,
    /// Byte offset one past the tag's `>`.
    pub tag_end: usize,
}

impl Element {
    /// The value of attribute `key` (as written, e.g. `xml:id`), if present.
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.iter().find(|(name, _)| name == key).map(|(_, value)| value.as_str())
    }

    /// True when attribute `key` has exactly `value`.
    pub fn has(&self, key: &str, value: &str) -> bool {
        self.attr(key) == Some(value)
    }
}

/// One event of a captured piece of TEI.
#[derive(Debug, Clone)]
pub(crate) enum Node {
    /// A start tag (an empty element is an `Open` immediately followed by a `Close`).
    Open(Element),
    /// The end tag of the innermost open element.
    Close {
        /// Byte offset one past the end tag's `>` in the decoded text.
        end: usize,
    },
    /// Character data with entity and character references resolved.
    Text(String),
}

/// The separator owed before the next word written to a [`TextBuf`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Pending {
    /// Nothing: the next character joins the previous one (`Memo<pb/>randum`).
    None,
    /// One space.
    Space,
    /// One line break.
    Line,
    /// A blank line (paragraph break).
    Paragraph,
}

/// Text assembled from XML character data: runs of XML whitespace become one
/// space, block elements become line or paragraph breaks, and no separator is
/// ever written at the start or the end.
///
/// Separators are written lazily, just before the next non-whitespace character,
/// so an element that adds no text (a `<pb/>` inside a word) adds no space either.
#[derive(Debug, Clone)]
pub(crate) struct TextBuf {
    /// The text so far; never starts or ends with a separator.
    pub text: String,
    /// The separator owed before the next character.
    pub pending: Pending,
}

impl TextBuf {
    /// An empty buffer.
    pub fn new() -> Self {
        TextBuf { text: String::new(), pending: Pending::None }
    }

    /// Appends character data, collapsing XML whitespace (space, tab, CR, LF; a
    /// no-break space is content and stays).
    pub fn push_text(&mut self, data: &str) {
        for ch in data.chars() {
            if matches!(ch, ' ' | '\t' | '\r' | '\n') {
                self.owe(Pending::Space);
            } else {
                self.flush();
                self.text.push(ch);
            }
        }
    }

    /// Owes at least `separator` before the next character.
    pub fn owe(&mut self, separator: Pending) {
        self.pending = self.pending.max(separator);
    }

    /// Writes the owed separator (none at the very start).
    fn flush(&mut self) {
        if !self.text.is_empty() {
            match self.pending {
                Pending::None => {}
                Pending::Space => self.text.push(' '),
                Pending::Line => self.text.push('\n'),
                Pending::Paragraph => self.text.push_str("\n\n"),
            }
        }
        self.pending = Pending::None;
    }

    /// The trimmed span of text written since `mark` (an earlier `text.len()`):
    /// `(start, end)` byte offsets into `text`.
    pub fn since(&self, mark: usize) -> (usize, usize) {
        let mark = mark.min(self.text.len());
        let written = &self.text[mark..];
        let start = mark + (written.len() - written.trim_start().len());
        (start, self.text.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds `pieces` (text, or a separator when it starts with `|`) and compares.
    fn check(pieces: &[&str], expected: &str) {
        let mut buf = TextBuf::new();
        for piece in pieces {
            match *piece {
                "|line" => buf.owe(Pending::Line),
                "|para" => buf.owe(Pending::Paragraph),
                text => buf.push_text(text),
            }
        }
        assert_eq!(buf.text, expected);
    }

    #[test]
    fn whitespace_collapses_and_never_frames_the_text() {
        check(&["\n   one\n   two  ", "|para", "  three ", "|line"], "one two\n\nthree");
        check(&["Memo", "randum"], "Memorandum");
        check(&["a\u{a0} b"], "a\u{a0} b");
        check(&["|para", "a", "|line", " ", "|para", "b"], "a\n\nb");
    }

    #[test]
    fn since_skips_the_separator_written_for_the_span() {
        let mut buf = TextBuf::new();
        buf.push_text("Dear ");
        let mark = buf.text.len();
        buf.push_text(" Rusk ");
        let (start, end) = buf.since(mark);
        assert_eq!(&buf.text[start..end], "Rusk");
    }
}
