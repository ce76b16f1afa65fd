//! Whole `.ink` files: comments, `INCLUDE`, knots, stitches, functions,
//! global declarations, and the weave (choices and gathers nested by their
//! bullet depth, multi-line conditionals, switches and sequences). Each
//! line's own markup goes to the line parsers in this module's siblings.
//!
//! `load_file` reads every file of the story with its comments blanked out;
//! `read_lines` takes their lines (borrowed, never copied) and splices in
//! included files; `cut_flows` cuts the lines into the root flow, knots and
//! stitches; and `weave` (in `weave.rs`) turns each flow's lines into
//! statements, on one thread per core for a large story, or takes them
//! from the memo of an earlier parse (`reuse.rs`).

use super::reuse::{Lines, Memo};
use super::weave::takes_next_line;
use super::weave::weave;
use super::{Base, parse_global, parse_name, parse_param};
use crate::story::ast::{Knot, Param, Stitch, Stmt, Story};
use crate::story::{Diagnostic, FileId, SourceMap, Span, Spanned};
use std::sync::Arc;

/// One source line, trimmed, with where it starts in its file. The text
/// is borrowed from the file with its comments blanked out.
#[derive(Clone, Copy, Debug)]
pub(super) struct SrcLine<'a> {
    pub text: &'a str,
    pub base: Base,
    /// A blank (or comment-only) line came just before this one.
    pub after_blank: bool,
    /// The line starts with blanks in the file (they are not in `text`).
    pub indented: bool,
}

impl<'a> SrcLine<'a> {
    pub fn span(&self) -> Span {
        Span::new(
            self.base.file,
            self.base.offset,
            self.base.offset + self.text.len(),
        )
    }

    /// The rest of the line after its first `n` bytes, as it is.
    pub fn rest_untrimmed(&self, n: usize) -> SrcLine<'a> {
        SrcLine {
            text: &self.text[n..],
            base: Base::new(self.base.file, self.base.offset + n),
            after_blank: false,
            indented: false,
        }
    }

    /// The rest of the line after its first `n` bytes, trimmed at the start.
    pub fn rest(&self, n: usize) -> SrcLine<'a> {
        let rest = &self.text[n..];
        let skipped = rest.len() - rest.trim_start().len();
        SrcLine {
            text: rest.trim_start(),
            base: Base::new(self.base.file, self.base.offset + n + skipped),
            after_blank: false,
            indented: false,
        }
    }
}

/// A parsed story and its warnings, or every error found.
pub type Parsed = Result<(Story, Vec<Diagnostic>), Vec<Diagnostic>>;

/// Reads an included file: given the path written after `INCLUDE`, returns
/// the name to show for it and its text.
pub type Includer<'a> = dyn FnMut(&str) -> Result<(String, String), String> + 'a;

/// Parses an ink story whose main file is already in `sources`. Returns the
/// story and its warnings, or every error found. A large story is read on
/// one thread per core.
pub fn parse_ink(sources: &mut SourceMap, main: FileId, include: &mut Includer) -> Parsed {
    parse_ink_on(sources, main, include, None)
}

/// [`parse_ink`] on at most `threads` threads (`None`: as many as suit the
/// story). The story is the same for any number of threads.
pub fn parse_ink_on(
    sources: &mut SourceMap,
    main: FileId,
    include: &mut Includer,
    threads: Option<usize>,
) -> Parsed {
    parse(sources, main, include, threads, None)
}

/// [`parse_ink_on`] taking the flows whose lines are unchanged from the
/// memo of an earlier parse (`earlier`, of any version of the story) rather
/// than weaving them again; returns the memo of this parse beside it (the
/// earlier one when this parse stopped before the flows). The story and
/// diagnostics are the same as [`parse_ink`]'s.
pub fn parse_ink_reusing(
    sources: &mut SourceMap,
    main: FileId,
    include: &mut Includer,
    threads: Option<usize>,
    earlier: &Arc<Memo>,
) -> (Parsed, Arc<Memo>) {
    let mut memo = Arc::clone(earlier);
    let parsed = parse(sources, main, include, threads, Some(&mut memo));
    (parsed, memo)
}

fn parse(
    sources: &mut SourceMap,
    main: FileId,
    include: &mut Includer,
    threads: Option<usize>,
    memo: Option<&mut Arc<Memo>>,
) -> Parsed {
    let mut diags = Vec::new();
    let mut files = Vec::new();
    load_file(sources, main, include, &mut files, &mut diags, 0);
    // About one line in forty bytes: reserved once, not grown.
    let mut lines = Vec::with_capacity(files.iter().map(|f| f.text.len() / 40).sum());
    read_lines(&files, 0, &mut lines);
    if !super::nesting::check_lines(&lines, &mut diags) {
        return Err(diags);
    }
    let mut story = Story::default();
    let title = sources.file(main).map_or("story", |f| f.name.as_str());
    story.title = std::path::Path::new(title)
        .file_stem()
        .map_or_else(|| title.to_string(), |s| s.to_string_lossy().into_owned());
    story.source = files.first().and_then(|f| global_author(&f.text));
    take_declarations(&mut lines, &mut story, &mut diags);
    let threads = threads.unwrap_or_else(|| threads_for(&lines));
    split_flows(&lines, &mut story, &mut diags, threads, memo);
    if diags.iter().any(Diagnostic::is_error) {
        Err(diags)
    } else {
        Ok((story, diags))
    }
}

/// The `# author: …` global tag among the tag lines at the top of a file
/// (before any other content), for the title screen.
fn global_author(text: &str) -> Option<String> {
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let tags = line.strip_prefix('#')?;
        for tag in tags.split('#').map(str::trim) {
            let Some((key, value)) = tag.split_once(':') else {
                continue;
            };
            if key.trim().eq_ignore_ascii_case("author") && !value.trim().is_empty() {
                return Some(value.trim().to_string());
            }
        }
    }
    None
}

/// Blanks a UTF-8 byte order mark at the start (inklecate reads files
/// without it) and makes a lone carriage return (old Mac line endings) a
/// line break. Both keep every byte offset, so spans still point into the
/// file as written.
fn normalise(mut text: String) -> String {
    if text.starts_with('\u{feff}') {
        text.replace_range(..'\u{feff}'.len_utf8(), "   ");
    }
    if text.contains('\r') {
        let bytes = text.as_bytes();
        let lone: Vec<usize> = (0..bytes.len())
            .filter(|&i| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
            .collect();
        for i in lone {
            text.replace_range(i..=i, "\n");
        }
    }
    text
}

/// A file of the story with its comments blanked out, and the files its
/// `INCLUDE` lines name, in order (`None`: it could not be read).
struct LoadedFile {
    id: FileId,
    text: String,
    includes: Vec<Option<usize>>,
}

/// Adds `file`, and every file it includes, to `files`; an included file is
/// also added to `sources`. Returns the index of `file` in `files`.
fn load_file(
    sources: &mut SourceMap,
    file: FileId,
    include: &mut Includer,
    files: &mut Vec<LoadedFile>,
    diags: &mut Vec<Diagnostic>,
    depth: usize,
) -> usize {
    let mut text = sources
        .file(file)
        .map(|f| normalise(strip_comments(&f.text)))
        .unwrap_or_default();
    if let Some(at) = stray_close(&text) {
        let end = text[at..].find('\n').map_or(text.len(), |n| at + n);
        let message = if text[at..].starts_with('}') {
            "this `}` closes nothing: ink stops reading the file here, and so does \
             weave (the rest of the file is left out); remove it, or write `\\}`"
        } else {
            "a line cannot start with `|` outside braces: ink stops reading the file \
             here, and so does weave (the rest of the file is left out); remove it, or \
             write `\\|`"
        };
        diags.push(
            Diagnostic::warning(message, Span::new(file, at, end)).with_code("weave::ink::syntax"),
        );
        text.truncate(at);
    }
    let index = files.len();
    files.push(LoadedFile {
        id: file,
        text,
        includes: Vec::new(),
    });
    // Most files include nothing: only a file that says INCLUDE is read
    // line by line for it.
    let mut offset = if files[index].text.contains("INCLUDE") {
        0
    } else {
        files[index].text.len()
    };
    let mut in_knot = false;
    while let Some(line) = files[index].text[offset..].split_inclusive('\n').next() {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        in_knot |= trimmed.starts_with("==");
        let Some(path) = include_path(trimmed) else {
            continue;
        };
        let path = path.to_string();
        let lead = line.len() - line.trim_start().len();
        let span = Span::new(file, start + lead, start + lead + trimmed.len());
        let included = if path.is_empty() {
            diags.push(
                Diagnostic::error("INCLUDE needs the name of a file after it", span)
                    .with_code("weave::ink::include"),
            );
            None
        } else if in_knot {
            diags.push(
                Diagnostic::warning(
                    "ink ignores an INCLUDE inside a knot, and so does weave: \
                     move it above the file's first knot",
                    span,
                )
                .with_code("weave::ink::include"),
            );
            None
        } else if depth > 32 {
            diags.push(
                Diagnostic::error("INCLUDE nests too deep (does a file include itself?)", span)
                    .with_code("weave::ink::include"),
            );
            None
        } else {
            match include(&path) {
                Ok((name, text)) => {
                    let id = sources.add(name, text);
                    Some(load_file(sources, id, include, files, diags, depth + 1))
                }
                Err(e) => {
                    diags.push(
                        Diagnostic::error(format!("cannot include `{path}`: {e}"), span)
                            .with_code("weave::ink::include"),
                    );
                    None
                }
            }
        };
        files[index].includes.push(included);
    }
    index
}

/// The file an `INCLUDE` line names (trimmed), if the line is one. As in
/// ink, any line that starts with the word is: `INCLUDEother.ink` names
/// `other.ink`, and `INCLUDE: other.ink` names `: other.ink`.
pub fn include_path(trimmed: &str) -> Option<&str> {
    trimmed.strip_prefix("INCLUDE").map(str::trim)
}

/// Where a line that starts with a `}` closing no block, or with a `|`
/// outside any block, begins, if one does: ink's parser finds no statement
/// there and reads nothing more of the file.
fn stray_close(text: &str) -> Option<usize> {
    let (mut depth, mut offset) = (0, 0);
    for line in text.split_inclusive('\n') {
        let lead = line.len() - line.trim_start().len();
        if depth == 0 && line[lead..].starts_with(['}', '|']) {
            return Some(offset + lead);
        }
        depth = (depth + super::weave::brace_balance(line)).max(0);
        offset += line.len();
    }
    None
}

/// Appends the non-blank lines of `files[index]`. An included file's content
/// before its first knot goes where it is included, followed by the
/// `INCLUDE` line itself, which ink compiles to a line break (the weave
/// reader makes it an empty line); its knots go after the including file's
/// own lines. An `INCLUDE` inside a knot is left out, as ink leaves it.
fn read_lines<'a>(files: &'a [LoadedFile], index: usize, out: &mut Vec<SrcLine<'a>>) {
    let file = &files[index];
    let mut includes = file.includes.iter();
    let mut knots_of_includes = Vec::new();
    let mut offset = 0;
    let mut blank = false;
    for raw in file.text.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            blank = true;
            continue;
        }
        let after_blank = std::mem::take(&mut blank);
        let lead = raw.len() - raw.trim_start().len();
        // A choice keeps its trailing blanks: in ink, `* [Go] ` prints a
        // blank as its output (an empty line when the body starts below).
        let text = if trimmed.starts_with(['*', '+']) {
            raw.trim_start().trim_end_matches(['\r', '\n'])
        } else {
            drop_escape_of_trimmed_blank(raw.trim_start(), trimmed)
        };
        let line = SrcLine {
            text,
            after_blank,
            indented: lead > 0,
            base: Base::new(file.id, start + lead),
        };
        if include_path(trimmed).is_none() {
            out.push(line);
            continue;
        }
        let Some(Some(included)) = includes.next() else {
            continue;
        };
        let mut lines = Vec::new();
        read_lines(files, *included, &mut lines);
        let first_knot = lines
            .iter()
            .position(|l| l.text.starts_with("=="))
            .unwrap_or(lines.len());
        knots_of_includes.extend(lines.drain(first_knot..));
        out.extend(lines);
        // ink ends an included file's content with a newline of its own,
        // which counts in ink's compiled structure (see
        // `compile::ink_path`) and prints as any newline does.
        out.push(line);
    }
    out.extend(knots_of_includes);
}

/// `trimmed` (a prefix of `line`) without a backslash that escaped the
/// blank trimmed after it: ink trims a line's trailing blanks, escaped or
/// not, so `Hi\ ` is `Hi`, not `Hi` and a lone backslash.
fn drop_escape_of_trimmed_blank<'a>(line: &'a str, trimmed: &'a str) -> &'a str {
    let slashes = trimmed.len() - trimmed.trim_end_matches('\\').len();
    let blank_after = line[trimmed.len()..]
        .chars()
        .next()
        .is_some_and(|c| c != '\n' && c != '\r');
    if slashes % 2 == 1 && blank_after {
        &trimmed[..trimmed.len() - 1]
    } else {
        trimmed
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
fn take_declarations(lines: &mut Vec<SrcLine>, story: &mut Story, diags: &mut Vec<Diagnostic>) {
    let mut kept = Vec::with_capacity(lines.len());
    let mut at = 0;
    while at < lines.len() {
        let line = lines[at];
        at += 1;
        let word = if line.text.starts_with(['V', 'C', 'L', 'E']) {
            line.text.split_whitespace().next().unwrap_or("")
        } else {
            ""
        };
        // The line after a choice's label is that choice's text in ink,
        // whatever it says.
        let choice_text = at >= 2 && !line.after_blank && takes_next_line(lines[at - 2].text);
        if choice_text || !matches!(word, "VAR" | "CONST" | "LIST" | "EXTERNAL") {
            if !line.text.starts_with("TODO") {
                kept.push(line);
            }
            continue;
        }
        // A LIST may go on over several lines: after `=`, after a comma, or
        // onto a line that starts with one.
        let mut text = line.text.to_string();
        while word == "LIST" && at < lines.len() {
            let next = lines[at];
            let open = text.trim_end().ends_with(['=', ',']) || next.text.starts_with(',');
            let gap = next.base.offset.checked_sub(line.base.offset + text.len());
            let (true, true, Some(gap)) = (open, next.base.file == line.base.file, gap) else {
                break;
            };
            // Blanks stand for the line break and indentation between, so
            // every offset still points at the file.
            text.extend(std::iter::repeat_n(' ', gap));
            text.push_str(next.text);
            at += 1;
        }
        match parse_global(&text, line.base) {
            Ok(g) => story.globals.push(g),
            Err(d) => diags.push(d),
        }
    }
    *lines = kept;
}

/// A knot or stitch header line, parsed.
struct Header {
    name: crate::story::ast::Name,
    params: Vec<Param>,
    function: bool,
}

/// Where a flow's statements go once its weave is built.
#[derive(Clone, Copy)]
enum Place {
    Root,
    /// Under a header that could not be read: parsed for its errors only.
    Nowhere,
    /// The body of `story.knots[k]`.
    Knot(usize),
    /// The body of `story.knots[k].stitches[s]`.
    Stitch(usize, usize),
}

/// One flow's lines (a range of the story's lines), and what its header
/// line reported.
struct FlowLines {
    place: Place,
    lines: std::ops::Range<usize>,
    header_diags: Vec<Diagnostic>,
}

/// Cuts the lines at knot and stitch headers, then builds each flow's
/// weave on up to `threads` threads, taking the flows `memo` holds from it
/// and leaving there the memo of these flows. Diagnostics keep source
/// order: each flow's header, then its body.
fn split_flows(
    lines: &[SrcLine],
    story: &mut Story,
    diags: &mut Vec<Diagnostic>,
    threads: usize,
    memo: Option<&mut Arc<Memo>>,
) {
    let flows = cut_flows(lines, story);
    let earlier = memo.as_deref().cloned();
    let mut bodies = weave_flows(lines, &flows, threads, earlier.as_deref());
    if let Some(memo) = memo {
        let woven = bodies.iter_mut().filter_map(|b| {
            let lines = b.lines.take()?;
            let made = (!b.reused).then_some((b.body.as_slice(), b.diags.as_slice()));
            Some((lines, made))
        });
        *memo = Arc::new(Memo::of_flows(earlier.as_deref(), woven));
    }
    for (flow, woven) in flows.into_iter().zip(bodies) {
        diags.extend(flow.header_diags);
        diags.extend(woven.diags);
        let body = woven.body;
        match flow.place {
            Place::Root => story.body = body,
            Place::Nowhere => {}
            Place::Knot(k) => story.knots[k].body = body,
            Place::Stitch(k, s) => story.knots[k].stitches[s].body = body,
        }
    }
}

/// Adds a knot (or stitch) for every header line to `story`, with empty
/// bodies, and returns the lines of each flow.
fn cut_flows(lines: &[SrcLine], story: &mut Story) -> Vec<FlowLines> {
    let mut flows = vec![FlowLines {
        place: Place::Root,
        lines: 0..0,
        header_diags: Vec::new(),
    }];
    // The knot that stitches go into; stitches before the first knot are
    // the root's, kept as knots.
    let mut knot: Option<usize> = None;
    let mut root_stitches = false;
    for (i, line) in lines.iter().enumerate() {
        // A header line right after a choice's label is its text in ink.
        let choice_text = i > 0 && !line.after_blank && takes_next_line(lines[i - 1].text);
        if !line.text.starts_with('=') || choice_text {
            continue;
        }
        flows.last_mut().expect("never empty").lines.end = i;
        let mut header_diags = Vec::new();
        let header = header(line, &mut header_diags);
        let place = match knot {
            Some(k) if !root_stitches && !line.text.starts_with("==") => header.map(|h| {
                let stitches = &mut story.knots[k].stitches;
                stitches.push(Stitch {
                    name: h.name,
                    params: h.params,
                    body: Vec::new(),
                });
                Place::Stitch(k, stitches.len() - 1)
            }),
            _ => {
                // A stitch before any knot is reached by its bare name, as a
                // knot is.
                root_stitches = !line.text.starts_with("==");
                header.map(|h| {
                    story.knots.push(Knot {
                        name: h.name,
                        params: h.params,
                        function: h.function && !root_stitches,
                        ..Knot::default()
                    });
                    Place::Knot(story.knots.len() - 1)
                })
            }
        };
        knot = match place {
            Some(Place::Knot(k)) => Some(k),
            Some(_) => knot,
            None if line.text.starts_with("==") => None,
            None => knot,
        };
        flows.push(FlowLines {
            place: place.unwrap_or(Place::Nowhere),
            lines: i + 1..i + 1,
            header_diags,
        });
    }
    flows.last_mut().expect("never empty").lines.end = lines.len();
    flows
}
/// Below this much ink, flows are woven on the calling thread: starting
/// threads would cost more than they save.
const PARALLEL_FROM_BYTES: usize = 256 * 1024;

/// How many threads to weave a story's flows on: one per core (at most
/// eight) for a large story, else one.
fn threads_for(lines: &[SrcLine]) -> usize {
    let bytes: usize = lines.iter().map(|l| l.text.len()).sum();
    if bytes < PARALLEL_FROM_BYTES {
        return 1;
    }
    crate::parallel::cores()
}

/// A flow's statements and diagnostics, and (with a memo) its lines as the
/// memo keys them and whether they were taken from it.
struct WovenFlow {
    body: Vec<Stmt>,
    diags: Vec<Diagnostic>,
    lines: Option<Lines>,
    reused: bool,
}

/// Builds the weave of every flow, with its diagnostics, in flow order, or
/// takes it from `memo`. Flows are independent, so with several threads
/// the flows are cut into runs, each woven on whichever thread takes it.
fn weave_flows(
    lines: &[SrcLine],
    flows: &[FlowLines],
    threads: usize,
    memo: Option<&Memo>,
) -> Vec<WovenFlow> {
    let weave_one = |flow: &FlowLines| -> WovenFlow {
        let flow_lines = &lines[flow.lines.clone()];
        let keyed = memo.and_then(|_| Lines::of(flow_lines));
        if let Some((body, diags)) = memo.zip(keyed.as_ref()).and_then(|(m, l)| m.get(l)) {
            return WovenFlow {
                body,
                diags,
                lines: keyed,
                reused: true,
            };
        }
        let mut diags = Vec::new();
        let body = weave(flow_lines, &mut diags);
        WovenFlow {
            body,
            diags,
            lines: keyed,
            reused: false,
        }
    };
    let weave_run = |run: &[FlowLines]| -> Vec<WovenFlow> { run.iter().map(weave_one).collect() };
    if threads < 2 || flows.len() < 2 {
        return weave_run(flows);
    }
    // A few runs per thread, so that a thread done early takes another.
    let runs = runs_of_equal_size(lines, flows, 4 * threads);
    crate::parallel::map_in_order(&runs, threads, |run| weave_run(run))
        .into_iter()
        .flatten()
        .collect()
}

/// Cuts the flows into at most `n` consecutive runs of about the same
/// number of bytes.
fn runs_of_equal_size<'f>(
    lines: &[SrcLine],
    flows: &'f [FlowLines],
    n: usize,
) -> Vec<&'f [FlowLines]> {
    let size =
        |f: &FlowLines| -> usize { lines[f.lines.clone()].iter().map(|l| l.text.len()).sum() };
    let total: usize = flows.iter().map(size).sum();
    let mut runs = Vec::with_capacity(n);
    let mut start = 0;
    let mut taken = 0;
    for (i, flow) in flows.iter().enumerate() {
        taken += size(flow);
        if taken * n >= total * (runs.len() + 1) && runs.len() + 1 < n {
            runs.push(&flows[start..=i]);
            start = i + 1;
        }
    }
    runs.push(&flows[start..]);
    runs
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
    use super::{
        cut_flows, global_author, load_file, read_lines, split_flows, strip_comments,
        take_declarations,
    };
    use crate::story::{SourceMap, Story};

    #[test]
    fn the_author_tag_at_the_top_is_the_story_source() {
        let top = "\n# title: Night # Author: Ada Lovelace\n# theme: dark\nOnce.\n";
        assert_eq!(global_author(top).as_deref(), Some("Ada Lovelace"));
        assert_eq!(global_author("Once.\n# author: late\n"), None);
        assert_eq!(global_author("# author:\nOnce.\n"), None);
    }

    /// The story and diagnostics of `text`, its flows woven on `threads`.
    fn parse_on(text: &str, threads: usize) -> (Story, Vec<String>) {
        let mut sources = SourceMap::default();
        let main = sources.add("big.ink", text);
        let (mut files, mut diags) = (Vec::new(), Vec::new());
        load_file(
            &mut sources,
            main,
            &mut |_| Err("none".into()),
            &mut files,
            &mut diags,
            0,
        );
        let mut lines = Vec::new();
        read_lines(&files, 0, &mut lines);
        let mut story = Story::default();
        take_declarations(&mut lines, &mut story, &mut diags);
        split_flows(&lines, &mut story, &mut diags, threads, None);
        (story, diags.iter().map(|d| format!("{d:?}")).collect())
    }

    #[test]
    fn flows_woven_on_threads_match_one_thread() {
        let mut text = String::from("VAR x = 1\nHello.\n-> k0\n");
        for k in 0..60 {
            text.push_str(&format!(
                "=== k{k} ===\nLine {{x}} of k{k}.\n* [Go] -> k{}\n* {{bad ==}} [Bad] Oops.\n- (g{k}) More.\n= s{k}\n{{x > 1: big|small}}\n-> DONE\n",
                (k + 1) % 60
            ));
        }
        let one = parse_on(&text, 1);
        assert_eq!(one.0.knots.len(), 60);
        assert_eq!(one.1.len(), 60, "each knot's bad condition is reported");
        for threads in [2, 3, 7] {
            assert_eq!(parse_on(&text, threads), one, "on {threads} threads");
        }
        // Cutting never loses or repeats a flow.
        let mut story = Story::default();
        let mut sources = SourceMap::default();
        let main = sources.add("big.ink", text.as_str());
        let mut files = Vec::new();
        load_file(
            &mut sources,
            main,
            &mut |_| Err("none".into()),
            &mut files,
            &mut Vec::new(),
            0,
        );
        let mut lines = Vec::new();
        read_lines(&files, 0, &mut lines);
        let flows = cut_flows(&lines, &mut story);
        for n in 1..=9 {
            let runs = super::runs_of_equal_size(&lines, &flows, n);
            assert!(runs.len() <= n);
            assert_eq!(runs.iter().map(|r| r.len()).sum::<usize>(), flows.len());
        }
    }

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
