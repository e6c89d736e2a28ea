//! Lines of a text with their byte offsets, and the header and closing zones of a body.
//!
//! Markings, document-type cues and datelines are judged line by line, and every
//! value read from a line must point back into the whole text, so a line carries
//! its offset.

/// How many non-empty lines at the top of a body count as its header.
pub(crate) const HEADER_LINES: usize = 15;

/// How many non-empty lines at the end of a body count as its closing.
pub(crate) const CLOSING_LINES: usize = 6;

/// One non-empty line, trimmed of surrounding whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// Byte offset of `text` in the whole text.
    pub start: usize,
    /// The trimmed line.
    pub text: &'a str,
}

impl Line<'_> {
    /// Byte offset one past the line's last byte in the whole text.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// Every non-empty line of `text`, in order.
pub(crate) fn non_empty_lines(text: &str) -> Vec<Line<'_>> {
    lines_iter(text).collect()
}

/// The non-empty lines of `text`, lazily: a reader that wants the first few
/// lines of a body does not split the whole of it.
pub(crate) fn lines_iter(text: &str) -> impl Iterator<Item = Line<'_>> {
    let mut offset = 0;
    text.split('\n').filter_map(move |raw| {
        let start = offset;
        offset += raw.len() + 1;
        let trimmed = raw.trim();
        (!trimmed.is_empty()).then(|| Line { start: start + (raw.len() - raw.trim_start().len()), text: trimmed })
    })
}

/// The header zone and the closing zone of a body's non-empty lines. The two
/// never overlap: a short body is all header.
///
/// The numbered lines of a copy list (`1: MINISTER OF FOREIGN AFFAIRS` …
/// `12: UDC`, a Norwegian telegram's distribution above its grade) do not
/// use up the header's lines.
pub(crate) fn zones<'l, 'a>(lines: &'l [Line<'a>]) -> (&'l [Line<'a>], &'l [Line<'a>]) {
    let (mut counted, mut skipped) = (0, 0);
    let n_header = lines
        .iter()
        .position(|line| {
            if is_copy_list_item(line.text) && skipped < MAX_COPY_LIST_LINES {
                skipped += 1;
            } else {
                counted += 1;
            }
            counted > HEADER_LINES
        })
        .unwrap_or(lines.len());
    let closing_start = lines.len().saturating_sub(CLOSING_LINES).max(n_header);
    (&lines[..n_header], &lines[closing_start..])
}

/// How many copy-list lines the header may pass over at most.
const MAX_COPY_LIST_LINES: usize = 20;

/// True when `line` is a short numbered item of a copy list (`1: MINISTER OF
/// FOREIGN AFFAIRS`, `12: UDC`): a number, a colon, and at most six words.
fn is_copy_list_item(line: &str) -> bool {
    line.split_once(": ").is_some_and(|(number, rest)| {
        (1..=2).contains(&number.len())
            && number.bytes().all(|b| b.is_ascii_digit())
            && rest.split_whitespace().count() <= 6
            && !rest.ends_with('.')
    })
}

/// How many non-empty lines after a separator head the next document.
pub(crate) const SEPARATED_HEADER_LINES: usize = 3;

/// The first lines after each separator line (`###`, `***`, `* * *`) between
/// the header and closing zones: a page that holds a second document (a
/// resolution, then the letter that sends it) starts that one's header there.
pub(crate) fn separated_headers<'a>(lines: &[Line<'a>]) -> Vec<Line<'a>> {
    let middle = HEADER_LINES.min(lines.len())..lines.len().saturating_sub(CLOSING_LINES);
    let mut out: Vec<Line<'_>> = Vec::new();
    for i in middle.clone().filter(|&i| is_separator(lines[i].text)) {
        let after = i + 1..(i + 1 + SEPARATED_HEADER_LINES).min(middle.end);
        for line in lines[after].iter().take_while(|l| !is_separator(l.text)) {
            if out.last() != Some(line) {
                out.push(*line);
            }
        }
    }
    out
}

/// `###`, `***`, `* * *`, `---`: three or more of one mark and nothing else.
fn is_separator(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next().filter(|c| matches!(c, '#' | '*' | '-' | '=' | '~')) else { return false };
    let mut n = 1;
    for c in marks {
        if c != first {
            return false;
        }
        n += 1;
    }
    n >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: &[&str]) {
        let got: Vec<&str> = non_empty_lines(text)
            .iter()
            .map(|line| {
                assert_eq!(&text[line.start..line.end()], line.text);
                line.text
            })
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn lines_keep_their_offsets() {
        check("Secret\n\n  Ciphergram No. 7237 \nFrom…Saigon", &["Secret", "Ciphergram No. 7237", "From…Saigon"]);
        check("", &[]);
    }

    #[test]
    fn a_separator_heads_a_second_document() {
        let mut body: String = (1..=20).map(|i| format!("line {i}\n\n")).collect();
        body.push_str("###\n\nTop Secret\n\nTO FIRST SECRETARY OF CC CPSU\n");
        body.push_str(&(21..=30).map(|i| format!("line {i}\n\n")).collect::<String>());
        let got: Vec<&str> = separated_headers(&non_empty_lines(&body)).iter().map(|l| l.text).collect();
        assert_eq!(got, ["Top Secret", "TO FIRST SECRETARY OF CC CPSU", "line 21"]);
        assert!(
            separated_headers(&non_empty_lines("a\n* * *\nSecret\n")).is_empty(),
            "a separator in the header zone adds nothing"
        );
        assert!(!is_separator("--") && !is_separator("#1#") && is_separator("* * *"));
    }

    #[test]
    fn zones_do_not_overlap() {
        let body: String = (1..=30).map(|i| format!("line {i}\n\n")).collect();
        let lines = non_empty_lines(&body);
        let (header, closing) = zones(&lines);
        assert_eq!(header.len(), HEADER_LINES);
        assert_eq!(closing.len(), CLOSING_LINES);
        assert_eq!(closing[0].text, "line 25");
        let lines = non_empty_lines("a\n\nb\n\nc");
        let (header, closing) = zones(&lines);
        assert_eq!(header.len(), 3);
        assert!(closing.is_empty());
    }
}
