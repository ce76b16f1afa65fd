//! Whole `.ink` files: comments, `INCLUDE`, knots, stitches, functions,
//! global declarations, and the weave (choices and gathers nested by their
//! bullet depth, multi-line conditionals, switches and sequences). Each
//! line's own markup goes to the line parsers in this module's siblings.
//!
//! The file is read line by line: `lines` strips comments and splices in
//! included files, `flows` cuts the lines into the root flow, knots and
//! stitches, and `weave` (in `weave.rs`) turns each flow's lines into
//! statements.

use super::weave::weave;
use super::{Base, parse_global, parse_name, parse_param};
use crate::story::ast::{Knot, Param, Stitch, Story};
use crate::story::{Diagnostic, FileId, SourceMap, Span, Spanned};

/// One source line, trimmed, with where it starts in its file.
#[derive(Clone, Debug)]
pub(super) struct SrcLine {
    pub text: String,
    pub base: Base,
}

impl SrcLine {
    pub fn span(&self) -> Span {
        Span::new(
            self.base.file,
            self.base.offset,
            self.base.offset + self.text.len(),
        )
    }

    /// The rest of the line after its first `n` bytes, trimmed at the start.
    pub fn rest(&self, n: usize) -> SrcLine {
        let rest = &self.text[n..];
        let skipped = rest.len() - rest.trim_start().len();
        SrcLine {
            text: rest.trim_start().to_string(),
            base: Base::new(self.base.file, self.base.offset + n + skipped),
        }
    }
}

/// Reads an included file: given the path written after `INCLUDE`, returns
/// the name to show for it and its text.
pub type Includer<'a> = dyn FnMut(&str) -> Result<(String, String), String> + 'a;

/// Parses an ink story whose main file is already in `sources`. Returns the
/// story and its warnings, or every error found.
pub fn parse_ink(
    sources: &mut SourceMap,
    main: FileId,
    include: &mut Includer,
) -> Result<(Story, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut lines = Vec::new();
    read_lines(sources, main, include, &mut lines, &mut diags, 0);
    let mut story = Story::default();
    let title = sources.file(main).map_or("story", |f| f.name.as_str());
    story.title = std::path::Path::new(title)
        .file_stem()
        .map_or_else(|| title.to_string(), |s| s.to_string_lossy().into_owned());
    let lines = take_declarations(lines, &mut story, &mut diags);
    split_flows(&lines, &mut story, &mut diags);
    if diags.iter().any(Diagnostic::is_error) {
        Err(diags)
    } else {
        Ok((story, diags))
    }
}

/// Strips comments from a file and appends its non-blank lines. An
/// included file's content before its first knot goes where it is
/// included; its knots go after the including file's own lines.
fn read_lines(
    sources: &mut SourceMap,
    file: FileId,
    include: &mut Includer,
    out: &mut Vec<SrcLine>,
    diags: &mut Vec<Diagnostic>,
    depth: usize,
) {
    let Some(text) = sources.file(file).map(|f| strip_comments(&f.text)) else {
        return;
    };
    let mut knots_of_includes = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let src = SrcLine {
            text: trimmed.to_string(),
            base: Base::new(file, start + lead),
        };
        let Some(path) = trimmed.strip_prefix("INCLUDE ") else {
            out.push(src);
            continue;
        };
        let mut included = Vec::new();
        include_file(
            sources,
            path.trim(),
            &src,
            include,
            &mut included,
            diags,
            depth,
        );
        let first_knot = included
            .iter()
            .position(|l| l.text.starts_with("=="))
            .unwrap_or(included.len());
        knots_of_includes.extend(included.drain(first_knot..));
        out.extend(included);
    }
    out.extend(knots_of_includes);
}

fn include_file(
    sources: &mut SourceMap,
    path: &str,
    line: &SrcLine,
    include: &mut Includer,
    out: &mut Vec<SrcLine>,
    diags: &mut Vec<Diagnostic>,
    depth: usize,
) {
    if depth > 32 {
        diags.push(Diagnostic::error(
            "INCLUDE nests too deep (does a file include itself?)",
            line.span(),
        ));
        return;
    }
    match include(path) {
        Ok((name, text)) => {
            let id = sources.add(name, text);
            read_lines(sources, id, include, out, diags, depth + 1);
        }
        Err(e) => diags.push(Diagnostic::error(
            format!("cannot include `{path}`: {e}"),
            line.span(),
        )),
    }
}

/// Replaces `// …` and `/* … */` comments with spaces, keeping newlines so
/// every offset still points at the same place.
pub(super) fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut prev = '\0';
    // Copy up to each `/`, the only character that can start a comment.
    while let Some(slash) = rest.find('/') {
        out.push_str(&rest[..slash]);
        if slash > 0 {
            prev = rest[..slash].chars().next_back().unwrap_or('\0');
        }
        let after = &rest[slash + 1..];
        let end = match after.as_bytes().first() {
            Some(b'/') if prev != '\\' => slash + 1 + after.find('\n').unwrap_or(after.len()),
            Some(b'*') if prev != '\\' => {
                slash + 2 + after[1..].find("*/").map_or(after.len() - 1, |e| e + 2)
            }
            _ => {
                out.push('/');
                prev = '/';
                rest = after;
                continue;
            }
        };
        // Blank the comment out, keeping its newlines and byte length.
        for c in rest[slash..end].chars() {
            if c == '\n' {
                out.push('\n');
            } else {
                out.push_str(&" ".repeat(c.len_utf8()));
            }
        }
        prev = ' ';
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Moves `VAR`, `CONST`, `LIST` and `EXTERNAL` lines into the story's
/// globals (they are global wherever they stand) and drops `TODO` lines.
fn take_declarations(
    lines: Vec<SrcLine>,
    story: &mut Story,
    diags: &mut Vec<Diagnostic>,
) -> Vec<SrcLine> {
    let mut rest = Vec::with_capacity(lines.len());
    for line in lines {
        let word = line.text.split_whitespace().next().unwrap_or("");
        if matches!(word, "VAR" | "CONST" | "LIST" | "EXTERNAL") {
            match parse_global(&line.text, line.base) {
                Ok(g) => story.globals.push(g),
                Err(d) => diags.push(d),
            }
        } else if !line.text.starts_with("TODO") {
            rest.push(line);
        }
    }
    rest
}

/// A knot or stitch header line, parsed.
struct Header {
    name: crate::story::ast::Name,
    params: Vec<Param>,
    function: bool,
}

/// Cuts the lines at knot and stitch headers and builds each flow's weave.
fn split_flows(lines: &[SrcLine], story: &mut Story, diags: &mut Vec<Diagnostic>) {
    let mut start = 0;
    let mut knot: Option<Knot> = None;
    let mut stitch: Option<Header> = None;
    // Stitches before the first knot are the root's, kept as knots.
    let mut root_stitches = false;
    let is_header = |l: &SrcLine| l.text.starts_with('=');
    let mut i = 0;
    while i <= lines.len() {
        if i < lines.len() && !is_header(&lines[i]) {
            i += 1;
            continue;
        }
        let body = weave(&lines[start..i], diags);
        match (&mut knot, stitch.take()) {
            (None, _) => story.body = body,
            (Some(k), None) => k.body = body,
            (Some(k), Some(h)) => k.stitches.push(Stitch {
                name: h.name,
                params: h.params,
                body,
            }),
        }
        if i == lines.len() {
            break;
        }
        let line = &lines[i];
        if line.text.starts_with("==") {
            root_stitches = false;
            if let Some(k) = knot.take() {
                story.knots.push(k);
            }
            if let Some(h) = header(line, diags) {
                knot = Some(Knot {
                    name: h.name,
                    params: h.params,
                    function: h.function,
                    ..Knot::default()
                });
            }
        } else if knot.is_none() || root_stitches {
            if let Some(k) = knot.take() {
                story.knots.push(k);
            }
            root_stitches = true;
            // A stitch before any knot belongs to the root flow; it is
            // reached by its bare name, as a knot is.
            if let Some(h) = header(line, diags) {
                knot = Some(Knot {
                    name: h.name,
                    params: h.params,
                    ..Knot::default()
                });
            }
        } else {
            stitch = header(line, diags);
        }
        i += 1;
        start = i;
    }
    if let Some(k) = knot {
        story.knots.push(k);
    }
}

/// Parses `=== function name(a, ref b) ===` or `= name(x)`.
fn header(line: &SrcLine, diags: &mut Vec<Diagnostic>) -> Option<Header> {
    let eq = line.text.len() - line.text.trim_start_matches('=').len();
    let inner = line.rest(eq);
    let text = inner.text.trim_end_matches('=').trim_end();
    let (function, name_at) = match text.strip_prefix("function") {
        Some(rest) if rest.starts_with(char::is_whitespace) => {
            (true, text.len() - rest.trim_start().len())
        }
        _ => (false, 0),
    };
    let text = &text[name_at..];
    let (name_text, params_text) = match text.find('(') {
        Some(p) if text.ends_with(')') => (&text[..p], Some((p + 1, &text[p + 1..text.len() - 1]))),
        _ => (text, None),
    };
    let base = Base::new(inner.base.file, inner.base.offset + name_at);
    let name = match parse_name(name_text, base) {
        Ok(n) => n,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let mut params = Vec::new();
    if let Some((at, list)) = params_text {
        let mut offset = at;
        for part in list.split(',') {
            if !part.trim().is_empty() {
                match parse_param(part, Base::new(base.file, base.offset + offset)) {
                    Ok(p) => params.push(p),
                    Err(d) => diags.push(d),
                }
            }
            offset += part.len() + 1;
        }
    }
    Some(Header {
        name: Spanned::new(name.node, name.span),
        params,
        function,
    })
}

#[cfg(test)]
mod tests {
    use super::strip_comments;

    #[test]
    fn comments_become_blanks_and_offsets_stay() {
        let text = "a // note\nb /* one\ntwo */ c\nd \\// kept\né//x";
        let stripped = strip_comments(text);
        assert_eq!(stripped.len(), text.len());
        assert_eq!(stripped, "a        \nb       \n       c\nd \\// kept\né   ");
    }

    #[test]
    fn an_unclosed_block_comment_runs_to_the_end() {
        assert_eq!(strip_comments("x /* y\nz"), "x     \n ");
    }
}
