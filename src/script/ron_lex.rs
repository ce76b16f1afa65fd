//! The string literals of a RON text, with where each one's characters sit in
//! the source. serde gives no positions for values, so `script::ron` matches
//! each string it reads to its literal here and parses the markup inside it
//! with the right offsets.

/// One string literal: its decoded value and where its characters start.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Literal {
    pub value: String,
    /// Byte offset of the first character inside the quotes.
    pub start: usize,
    /// For literals with escapes: (decoded offset, source offset) of every
    /// character, to map positions in the value back onto the source.
    pub escapes: Option<Vec<(usize, usize)>>,
}

impl Literal {
    /// The source offset of byte `at` of the decoded value.
    pub fn source_offset(&self, at: usize) -> usize {
        let Some(map) = &self.escapes else {
            return self.start + at;
        };
        let i = map.partition_point(|(decoded, _)| *decoded <= at);
        match i.checked_sub(1).and_then(|i| map.get(i)) {
            Some((decoded, source)) => source + (at - decoded),
            None => self.start,
        }
    }
}

/// Every string literal in `text`, in order, skipping comments and chars.
pub(crate) fn string_literals(text: &str) -> Vec<Literal> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let prev_ident = i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => i = skip_block_comment(bytes, i),
            b'"' => {
                let (lit, end) = quoted(text, i + 1);
                out.push(lit);
                i = end;
            }
            b'r' if !prev_ident && matches!(bytes.get(i + 1), Some(b'"' | b'#')) => {
                match raw(text, i + 1) {
                    Some((lit, end)) => {
                        out.push(lit);
                        i = end;
                    }
                    None => i += 1,
                }
            }
            b'\'' => i = skip_char_literal(bytes, i),
            _ => i += 1,
        }
    }
    out
}

/// Skips `/* … */`, which nests in RON.
fn skip_block_comment(bytes: &[u8], mut i: usize) -> usize {
    let mut depth = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"/*") {
            depth += 1;
            i += 2;
        } else if bytes[i..].starts_with(b"*/") {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    i
}

/// Skips a char literal such as `'a'` or `'\''`.
fn skip_char_literal(bytes: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    if bytes.get(j) == Some(&b'\\') {
        j += 2;
    }
    while j < bytes.len() && bytes[j] != b'\'' && bytes[j] != b'\n' {
        j += 1;
    }
    j + 1
}

/// A `"…"` literal whose characters start at `start`; returns it and the
/// offset after its closing quote.
fn quoted(text: &str, start: usize) -> (Literal, usize) {
    // Most literals hold no escape: their value is their text, taken whole.
    let rest = &text.as_bytes()[start..];
    let plain = |end: usize| Literal {
        value: text[start..end].to_string(),
        start,
        escapes: None,
    };
    match rest.iter().position(|&b| b == b'"' || b == b'\\') {
        Some(n) if rest[n] == b'"' => return (plain(start + n), start + n + 1),
        None => return (plain(text.len()), text.len()),
        Some(_) => {}
    }
    let mut value = String::new();
    let mut map = Vec::new();
    let mut escaped = false;
    let mut chars = text[start..].char_indices().peekable();
    let mut end = text.len();
    while let Some((n, c)) = chars.next() {
        let at = start + n;
        map.push((value.len(), at));
        match c {
            '"' => {
                end = at + 1;
                map.pop();
                break;
            }
            '\\' => {
                escaped = true;
                let rest = &text[at + 1..];
                let (decoded, width) = escape(rest);
                value.push_str(&decoded);
                for _ in 0..rest[..width].chars().count() {
                    chars.next();
                }
            }
            c => value.push(c),
        }
    }
    let escapes = escaped.then_some(map);
    (
        Literal {
            value,
            start,
            escapes,
        },
        end,
    )
}

/// Decodes one escape after its `\`: the text it stands for and its width.
fn escape(rest: &str) -> (String, usize) {
    let Some(c) = rest.chars().next() else {
        return (String::new(), 0);
    };
    let simple = match c {
        'n' => Some('\n'),
        'r' => Some('\r'),
        't' => Some('\t'),
        '0' => Some('\0'),
        '\\' | '"' | '\'' => Some(c),
        _ => None,
    };
    if let Some(s) = simple {
        return (s.to_string(), 1);
    }
    let hex = |s: &str| u32::from_str_radix(s, 16).ok().and_then(char::from_u32);
    if let Some(ch) = rest.get(1..3).filter(|_| c == 'x').and_then(hex) {
        return (ch.to_string(), 3);
    }
    let close = rest
        .find('}')
        .filter(|_| c == 'u' && rest[1..].starts_with('{'));
    if let Some((close, ch)) = close.and_then(|n| Some((n, rest.get(2..n).and_then(hex)?))) {
        return (ch.to_string(), close + 1);
    }
    (c.to_string(), c.len_utf8())
}

/// A raw literal `r#"…"#` after its `r`; `None` if it is not one.
fn raw(text: &str, after_r: usize) -> Option<(Literal, usize)> {
    let hashes = text[after_r..].bytes().take_while(|b| *b == b'#').count();
    let open = after_r + hashes;
    if text.as_bytes().get(open) != Some(&b'"') {
        return None;
    }
    let start = open + 1;
    let closing = format!("\"{}", "#".repeat(hashes));
    let len = text[start..].find(&closing).unwrap_or(text.len() - start);
    let value = text[start..start + len].to_string();
    let end = (start + len + closing.len()).min(text.len());
    Some((
        Literal {
            value,
            start,
            escapes: None,
        },
        end,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_literals_past_comments_and_chars() {
        let text = r##"( // "no"
            a: "x\"y", /* "no" /* "no" */ */ c: '"', b: r#"q"z"#, d: "é\u{e9}" )"##;
        let lits = string_literals(text);
        let values: Vec<&str> = lits.iter().map(|l| l.value.as_str()).collect();
        assert_eq!(values, ["x\"y", "q\"z", "éé"]);
        assert_eq!(&text[lits[1].start..lits[1].start + 3], "q\"z");
        // `y` is the third decoded byte, after the two-byte escape.
        assert_eq!(&text[lits[0].source_offset(2)..][..1], "y");
        assert_eq!(&text[lits[2].source_offset(2)..][..1], "\\");
    }

    #[test]
    fn a_literal_without_escapes_is_its_text_and_an_open_one_runs_to_the_end() {
        let text = "(a: \"plain é\", b: \"open";
        let lits = string_literals(text);
        let values: Vec<&str> = lits.iter().map(|l| l.value.as_str()).collect();
        assert_eq!(values, ["plain é", "open"]);
        assert_eq!(&text[lits[0].start..][..5], "plain");
        assert_eq!(lits[0].source_offset(6), lits[0].start + 6);
        assert!(lits.iter().all(|l| l.escapes.is_none()));
    }
}
