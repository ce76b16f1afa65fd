//! The output stream and ink's rules for it: glue removes newlines, a
//! newline is never printed twice or at the start, whitespace is collapsed,
//! and a function's leading newlines are trimmed. ink runs line by line,
//! each line on an empty stream, so a newline after a tag or blanks that
//! follow a finished line is an empty line of its own (blanks only when
//! more output follows in the turn); a printed empty value counts as
//! blanks. Glue's reach ends at a tag, so glue before a tag joins the rest
//! of the turn. At the end of a turn the stream is cut into [`Line`]s with
//! their tags.

use super::Line;
use serde::{Deserialize, Serialize};

/// One item of the output stream.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Out {
    Text(String),
    Newline,
    Glue,
    Tag(String),
    /// Start of a string evaluation (choice text, string expressions).
    BeginString,
    /// Start of a tag whose text is being evaluated.
    BeginTag,
}

impl Out {
    fn is_control(&self) -> bool {
        matches!(self, Out::BeginString | Out::BeginTag)
    }

    fn is_tag(&self) -> bool {
        matches!(self, Out::Tag(_))
    }

    fn is_nonwhitespace_text(&self) -> bool {
        matches!(self, Out::Text(t) if t.chars().any(|c| c != ' ' && c != '\t'))
    }
}

/// The output of the current turn.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct OutputStream {
    items: Vec<Out>,
    /// How many glue and begin markers `items` holds: with none, pushing
    /// text needs no look back, which keeps long turns linear.
    #[serde(default)]
    markers: usize,
}

fn is_marker(o: &Out) -> bool {
    matches!(o, Out::Glue | Out::BeginString | Out::BeginTag)
}

impl OutputStream {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn clear(&mut self) {
        self.items.clear();
        self.markers = 0;
    }

    /// Starts a string evaluation (or, with `tag`, a tag's text).
    pub fn push_begin(&mut self, tag: bool) {
        self.items
            .push(if tag { Out::BeginTag } else { Out::BeginString });
        self.markers += 1;
    }

    /// Removes the items from `start` on, keeping the marker count right.
    fn drain_from(&mut self, start: usize) -> Vec<Out> {
        let drained: Vec<Out> = self.items.drain(start..).collect();
        self.markers -= drained.iter().filter(|o| is_marker(o)).count();
        drained
    }

    /// Pushes text, splitting out any newlines it holds.
    pub fn push_text(&mut self, text: &str, function_start: Option<usize>) -> Option<usize> {
        if text.is_empty() {
            // ink pushes every printed value, an empty one too: like
            // blanks, it is no content of its own, but a newline after it
            // on a line of its own is an empty line.
            return self.push_string(String::new(), function_start);
        }
        let mut function_start = function_start;
        for (i, part) in text.split('\n').enumerate() {
            if i > 0 {
                function_start = self.push_newline(function_start);
            }
            if !part.is_empty() {
                function_start = self.push_string(part.to_string(), function_start);
            }
        }
        function_start
    }

    /// Pushes glue: the newlines before it are removed.
    pub fn push_glue(&mut self) {
        self.trim_newlines();
        self.items.push(Out::Glue);
        self.markers += 1;
    }

    /// Pushes a newline unless it would be the first thing or double one.
    /// Returns the function-start marker, cleared once content has been seen.
    pub fn push_newline(&mut self, function_start: Option<usize>) -> Option<usize> {
        if self.trim_point(function_start).is_some() {
            return function_start;
        }
        if self.drops_newline() {
            return function_start;
        }
        self.items.push(Out::Newline);
        function_start
    }

    /// Whether ink drops a newline pushed now. ink runs line by line, each
    /// line on an empty stream, and drops a newline only when its stream
    /// ends in one or holds nothing: so a newline directly after another is
    /// dropped, but one after a tag or blanks that follow a finished line
    /// ends an empty line of its own (carrying the tag).
    fn drops_newline(&self) -> bool {
        let mut between = false;
        for item in self.items.iter().rev() {
            match item {
                Out::Newline => return !between,
                Out::Tag(_) => between = true,
                Out::Text(_) if !item.is_nonwhitespace_text() => between = true,
                Out::Glue => {}
                _ => return false,
            }
        }
        // The turn's first line: dropped if nothing at all came before.
        !between
    }

    fn push_string(&mut self, text: String, function_start: Option<usize>) -> Option<usize> {
        let mut function_start = function_start;
        let nonwhite = text.chars().any(|c| c != ' ' && c != '\t');
        if let Some((glue, func)) = self.trim_point(function_start)
            && nonwhite
        {
            if glue {
                self.remove_glue();
            }
            if func {
                function_start = None;
            }
        }
        self.items.push(Out::Text(text));
        function_start
    }

    /// Whether text pushed now is subject to trimming: after glue, or at the
    /// start of a function's output. Returns (after glue, in function start).
    fn trim_point(&self, function_start: Option<usize>) -> Option<(bool, bool)> {
        if self.markers == 0 {
            return function_start.map(|_| (false, true));
        }
        let mut function_start = function_start;
        let mut glue_at = None;
        for (i, item) in self.items.iter().enumerate().rev() {
            match item {
                Out::Glue => {
                    glue_at = Some(i);
                    break;
                }
                Out::BeginString => {
                    if function_start.is_some_and(|f| i >= f) {
                        function_start = None;
                    }
                    break;
                }
                _ => {}
            }
        }
        match (glue_at, function_start) {
            (None, None) => None,
            (g, f) => Some((g.is_some(), f.is_some())),
        }
    }

    fn remove_glue(&mut self) {
        for i in (0..self.items.len()).rev() {
            match self.items[i] {
                Out::Glue => {
                    self.items.remove(i);
                    self.markers -= 1;
                }
                // Glue before real text was removed when that text came,
                // so the look back ends there (a glue chain stays linear).
                // ink's look back also ends at a tag (its end is a control
                // command there): glue before a tag stays for the rest of
                // the turn, joining every line that follows.
                ref o if o.is_control() || o.is_nonwhitespace_text() || o.is_tag() => break,
                _ => {}
            }
        }
    }

    fn trim_newlines(&mut self) {
        let mut remove_from = None;
        for (i, item) in self.items.iter().enumerate().rev() {
            // Newlines before earlier glue went when that glue came, so the
            // look back ends there too (a run of glue stays linear).
            // A tag ends it as well, as in ink: glue after a tag joins
            // nothing to the line before the tag.
            if item.is_control()
                || item.is_nonwhitespace_text()
                || item.is_tag()
                || *item == Out::Glue
            {
                break;
            }
            if *item == Out::Newline {
                remove_from = Some(i);
            }
        }
        if let Some(from) = remove_from {
            let mut i = from;
            while i < self.items.len() {
                if matches!(self.items[i], Out::Text(_) | Out::Newline) {
                    self.items.remove(i);
                } else {
                    i += 1;
                }
            }
        }
    }

    /// Removes newlines and blanks from the end of the stream, back to
    /// `from` or the last real text (what a function leaves when it returns).
    pub fn trim_end_whitespace(&mut self, from: usize) {
        let mut i = self.items.len();
        while i > from {
            i -= 1;
            match &self.items[i] {
                Out::Newline => {
                    self.items.remove(i);
                }
                Out::Text(t) if t.chars().all(|c| c == ' ' || c == '\t') => {
                    self.items.remove(i);
                }
                Out::Text(_) => break,
                _ => {}
            }
        }
    }

    /// Ends a string evaluation: the text since the matching `BeginString`
    /// becomes a string, and any tags in it are returned beside it.
    pub fn end_string(&mut self) -> (String, Vec<String>) {
        let start = self
            .items
            .iter()
            .rposition(|o| *o == Out::BeginString)
            .unwrap_or(0);
        let mut text = String::new();
        let mut tags = Vec::new();
        for item in self.drain_from(start) {
            match item {
                Out::Text(t) => text.push_str(&t),
                Out::Newline => text.push('\n'),
                Out::Tag(t) if t.is_empty() => {}
                Out::Tag(t) => tags.push(t),
                _ => {}
            }
        }
        (text, tags)
    }

    /// Ends a tag: the text since the matching `BeginTag` becomes a tag
    /// (whitespace cleaned as in a line). Glue inside the tag that no text
    /// after it removed stays in the stream, before the tag: as in ink, it
    /// goes on joining the lines that follow.
    pub fn end_tag(&mut self) {
        let Some(start) = self.items.iter().rposition(|o| *o == Out::BeginTag) else {
            return;
        };
        let mut text = String::new();
        let mut glue = 0;
        for item in self.drain_from(start) {
            match item {
                Out::Text(t) => text.push_str(&t),
                Out::Glue => glue += 1,
                _ => {}
            }
        }
        for _ in 0..glue {
            self.items.push(Out::Glue);
            self.markers += 1;
        }
        self.items.push(Out::Tag(clean_whitespace(&text)));
    }

    /// Cuts the stream into lines and empties it.
    pub fn take_lines(&mut self) -> Vec<Line> {
        let mut lines = Vec::new();
        let mut text = String::new();
        let mut tags = Vec::new();
        for item in self.drain_from(0) {
            match item {
                Out::Text(t) => text.push_str(&t),
                // ink shows no empty tag (`#` alone).
                Out::Tag(t) if t.is_empty() => {}
                Out::Tag(t) => tags.push(t),
                Out::Newline => lines.push(Line {
                    text: clean_whitespace(&std::mem::take(&mut text)),
                    tags: std::mem::take(&mut tags),
                    open: false,
                }),
                Out::Glue | Out::BeginString | Out::BeginTag => {}
            }
        }
        let text = clean_whitespace(&text);
        if text.is_empty() && tags.is_empty() {
            drop_trailing_blank_lines(&mut lines);
        }
        match lines.last_mut() {
            // Tags after the last line, with no text of their own: ink
            // returns them as an empty line without a newline, which
            // inklecate prints as a tags line under that line; so they join
            // the last line's tags only when it has none of its own.
            Some(last) if text.is_empty() && last.tags.is_empty() => last.tags.extend(tags),
            _ if !text.is_empty() || !tags.is_empty() => lines.push(Line {
                text,
                tags,
                open: true,
            }),
            _ => {}
        }
        lines
    }
}

/// Drops the empty lines (no text, no tags) that end a turn after an
/// earlier line. ink reads on past a finished line to see whether glue
/// follows, and there a newline after blanks is dropped as a double; only
/// when real text or a tag comes later does it go back and play those
/// blanks as lines of their own. The turn's first line is always one.
fn drop_trailing_blank_lines(lines: &mut Vec<Line>) {
    while lines.len() > 1
        && lines
            .last()
            .is_some_and(|l| l.text.is_empty() && l.tags.is_empty())
    {
        lines.pop();
    }
}

/// Collapses runs of spaces and tabs to one space and drops them at the
/// start and end of the line, as ink does.
pub fn clean_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c == ' ' || c == '\t' {
            pending_space = !out.is_empty() && !out.ends_with('\n');
            continue;
        }
        if pending_space && c != '\n' {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(stream: &mut OutputStream) -> Vec<String> {
        stream.take_lines().into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn glue_joins_lines() {
        let mut s = OutputStream::default();
        s.push_text("Hello", None);
        s.push_newline(None);
        s.push_glue();
        s.push_text(" world", None);
        s.push_newline(None);
        assert_eq!(lines(&mut s), ["Hello world"]);
    }

    #[test]
    fn no_double_or_leading_newlines() {
        let mut s = OutputStream::default();
        s.push_newline(None);
        s.push_text("A", None);
        s.push_newline(None);
        s.push_newline(None);
        s.push_text("B", None);
        assert_eq!(lines(&mut s), ["A", "B"]);
    }

    #[test]
    fn whitespace_is_collapsed_and_trimmed() {
        assert_eq!(clean_whitespace("  a   b \t c  "), "a b c");
        assert_eq!(clean_whitespace("a  \n  b"), "a\nb");
    }
}
