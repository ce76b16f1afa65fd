//! The weave of one flow: lines become statements, choices and gathers nest
//! by their bullet depth (content after a choice belongs to it until a
//! choice or gather as shallow as it), and `{` blocks that span lines become
//! multi-line conditionals, switches and sequences.

use super::file::SrcLine;
use super::{parse_choice_text, parse_expr, parse_line, parse_logic, parse_name};
use crate::story::Diagnostic;
use crate::story::ast::{Branch, Choice, Conditional, Gather, Sequence, Stmt};

/// A statement with the weave depth of its bullets (0 for plain content).
enum Item {
    Choice(usize, Choice),
    Gather(usize, Gather),
    Stmt(Stmt),
}

/// Builds the statements of a flow (or of a block's branch) from its lines.
pub(super) fn weave(lines: &[SrcLine], diags: &mut Vec<Diagnostic>) -> Vec<Stmt> {
    let mut items = items(lines, diags).into_iter().peekable();
    nest(&mut items, 1)
}

/// Nests items: a choice takes the items after it until a choice or gather
/// at its depth or shallower.
fn nest(items: &mut std::iter::Peekable<std::vec::IntoIter<Item>>, depth: usize) -> Vec<Stmt> {
    let mut out = Vec::new();
    while let Some(item) = items.peek() {
        if let Item::Choice(d, _) | Item::Gather(d, _) = item
            && *d < depth
            && depth > 1
        {
            return out;
        }
        match items.next().expect("peeked") {
            Item::Choice(d, mut choice) => {
                choice.body = nest(items, d.max(depth) + 1);
                out.push(Stmt::Choice(Box::new(choice)));
            }
            Item::Gather(_, g) => out.push(Stmt::Gather(g)),
            Item::Stmt(s) => out.push(s),
        }
    }
    out
}

/// Classifies lines into items, reading multi-line blocks whole.
fn items(lines: &[SrcLine], diags: &mut Vec<Diagnostic>) -> Vec<Item> {
    // Lines are copied only when a block splits one.
    let mut lines = std::borrow::Cow::Borrowed(lines);
    let mut out = Vec::new();
    // The last item was text cut from before a block on its line.
    let mut after_text = false;
    let mut i = 0;
    while i < lines.len() {
        let opens = brace_balance(lines[i].text) > 0;
        let starts_block = lines[i].text.starts_with('{');
        i += 1;
        if opens && !starts_block {
            // A block opening mid-line (`} <> { cond:`): what comes before
            // it is a line of its own.
            if let Some(open) = unmatched_open(lines[i - 1].text) {
                let line = lines[i - 1];
                let head = SrcLine {
                    text: &line.text[..open],
                    base: line.base,
                    after_blank: line.after_blank,
                    indented: line.indented,
                };
                lines.to_mut()[i - 1] = line.rest(open);
                i -= 1;
                line_items(&head, &mut out, diags);
                after_text = matches!(out.last(), Some(Item::Stmt(Stmt::Line(_))));
                continue;
            }
        }
        if opens && starts_block {
            let start = i - 1;
            let Some((end, close)) = block_end(&lines[start..]) else {
                diags.push(
                    Diagnostic::error("this `{` is never closed", lines[start].span())
                        .with_code("weave::ink::syntax"),
                );
                continue;
            };
            let end = start + end;
            // Whatever follows the closing brace on its line comes next.
            let after = lines[end].rest(close + 1);
            // Blanks before a `{` or glue right after this block are a
            // text of their own in ink (`} {y:`, `} {~a|b}`, `} <>`), so
            // they stay: the text before a block opening mid-line, or a
            // line's start.
            let after = if (after.text.starts_with('{') || after.text.starts_with("<>"))
                && after.base.offset > lines[end].base.offset + close + 1
            {
                lines[end].rest_untrimmed(close + 1)
            } else {
                after
            };
            lines.to_mut()[end].text = &lines[end].text[..close + 1];
            // Whether the block shares its line with text before or after
            // it (where ink puts the line's newline).
            let before = std::mem::take(&mut after_text);
            if let Some(mut stmt) = block(&lines[start..=end], diags) {
                match &mut stmt {
                    Stmt::Cond(c) => {
                        (c.after_text, c.line_goes_on) = (before, !after.text.is_empty())
                    }
                    Stmt::Seq(s) => {
                        (s.after_text, s.line_goes_on) = (before, !after.text.is_empty())
                    }
                    _ => {}
                }
                out.push(Item::Stmt(stmt));
            }
            if after.text.is_empty() {
                i = end + 1;
            } else {
                lines.to_mut()[end] = after;
                i = end;
            }
            continue;
        }
        let line = &lines[i - 1];
        if line.text.starts_with('*') || line.text.starts_with('+') {
            let mut used = 0;
            if let Some((depth, choice)) = choice_line(line, &lines[i..], &mut used, diags) {
                out.push(Item::Choice(depth, choice));
            }
            i += used;
            continue;
        }
        if super::file::include_path(line.text).is_some() {
            // Where a file was included, ink compiles a line break.
            out.push(Item::Stmt(Stmt::Line(crate::story::ast::Content {
                items: Vec::new(),
                span: line.span(),
            })));
            continue;
        }
        if line.text == "}" {
            // ink lets a stray closing brace pass; say so and go on.
            diags.push(
                Diagnostic::warning("this `}` closes nothing", line.span())
                    .with_code("weave::ink::syntax"),
            );
            continue;
        }
        if line.text.starts_with('-') && !line.text.starts_with("->") {
            let mut used = 0;
            gather_line(line, &lines[i..], &mut used, &mut out, diags);
            i += used;
            continue;
        }
        line_items(line, &mut out, diags);
    }
    out
}

/// The unescaped braces of a text, with their byte offsets: `+1` for `{`,
/// `-1` for `}`. Every brace count in this module goes through here.
fn braces(text: &str) -> impl Iterator<Item = (usize, i32)> + '_ {
    // Bytes, not chars: all three are ASCII, and the bytes after one that
    // is escaped, if it is multi-byte, are never ASCII.
    let mut escaped = false;
    text.bytes().enumerate().filter_map(move |(at, c)| {
        if std::mem::take(&mut escaped) {
            return None;
        }
        match c {
            b'\\' => {
                escaped = true;
                None
            }
            b'{' => Some((at, 1)),
            b'}' => Some((at, -1)),
            _ => None,
        }
    })
}

/// Where the block opened by the first line closes: the line index and the
/// byte offset of its closing brace.
fn block_end(lines: &[SrcLine]) -> Option<(usize, usize)> {
    let mut balance = 0;
    for (n, line) in lines.iter().enumerate() {
        for (at, step) in braces(line.text) {
            balance += step;
            if balance == 0 {
                return Some((n, at));
            }
        }
    }
    None
}

/// The offset of the first `{` that is never closed on its line.
fn unmatched_open(text: &str) -> Option<usize> {
    let mut open = Vec::new();
    for (at, step) in braces(text) {
        if step > 0 {
            open.push(at);
        } else {
            open.pop();
        }
    }
    open.first().copied()
}

/// How many more `{` than `}` a line has (escaped ones do not count).
pub(super) fn brace_balance(text: &str) -> i32 {
    if !text.bytes().any(|b| b == b'{' || b == b'}') {
        return 0;
    }
    braces(text).map(|(_, step)| step).sum()
}

/// Whether logic calls a function (ink ends such a `~` line in a newline).
fn logic_calls(logic: &crate::story::ast::Logic) -> bool {
    use crate::story::ast::Logic;
    match logic {
        Logic::Temp { value, .. } | Logic::Assign { value, .. } | Logic::Expr(value) => {
            expr_calls(value)
        }
        Logic::Return(value) => value.as_ref().is_some_and(expr_calls),
    }
}

fn expr_calls(e: &crate::story::ast::Expr) -> bool {
    use crate::story::ast::{ExprKind, Inline};
    match &e.node {
        ExprKind::Call(..) => true,
        ExprKind::Unary(_, x) => expr_calls(x),
        ExprKind::Binary(_, x, y) => expr_calls(x) || expr_calls(y),
        ExprKind::Str(items) => items
            .iter()
            .any(|i| matches!(i, Inline::Eval(x) if expr_calls(x))),
        _ => false,
    }
}

/// Items of one ordinary line: a choice, a gather, logic or content.
fn line_items(line: &SrcLine, out: &mut Vec<Item>, diags: &mut Vec<Diagnostic>) {
    let text = line.text;
    if text.starts_with('*') || text.starts_with('+') {
        if let Some((depth, choice)) = choice_line(line, &[], &mut 0, diags) {
            out.push(Item::Choice(depth, choice));
        }
    } else if text.starts_with('-') && !text.starts_with("->") {
        gather_line(line, &[], &mut 0, out, diags);
    } else if let Some(rest) = text.strip_prefix('~') {
        let rest = line.rest(text.len() - rest.len());
        match parse_logic(rest.text, rest.base) {
            Ok(l) => {
                // A call may print, so like ink the line ends in a newline
                // (dropped again when nothing was printed); parentheses
                // alone call nothing.
                let prints = logic_calls(&l.node);
                out.push(Item::Stmt(Stmt::Logic(Box::new(l))));
                if prints {
                    let end = crate::story::Span::new(
                        line.base.file,
                        line.span().end as usize,
                        line.span().end as usize,
                    );
                    out.push(Item::Stmt(Stmt::Line(crate::story::ast::Content {
                        items: Vec::new(),
                        span: end,
                    })));
                }
            }
            Err(d) => diags.push(d),
        }
    } else {
        match parse_line(text, line.base) {
            Ok(c) => out.push(Item::Stmt(Stmt::Line(c))),
            Err(d) => diags.push(d),
        }
    }
}

/// Whether a line starts a choice, gather, logic line or block.
fn starts_weave_item(text: &str) -> bool {
    text.starts_with(['*', '+', '-', '~', '=']) && !text.starts_with("->")
}

/// Counts leading bullets (`*`, `+` or `-`), allowing spaces between them.
fn bullets(text: &str, bullet: impl Fn(char) -> bool) -> (usize, usize) {
    let mut depth = 0;
    let mut end = 0;
    for (at, c) in text.char_indices() {
        if bullet(c) && !text[at..].starts_with("->") {
            depth += 1;
            end = at + 1;
        } else if c != ' ' && c != '\t' {
            break;
        }
    }
    (depth, end)
}

/// Whether a line is a choice with a label and nothing after it, which in
/// ink takes the next line (unless a blank line comes first) as its text.
pub(super) fn takes_next_line(text: &str) -> bool {
    if !text.starts_with(['*', '+']) {
        return false;
    }
    let (_, end) = bullets(text, |c| c == '*' || c == '+');
    let rest = text[end..].trim_start();
    rest.strip_prefix('(')
        .and_then(|r| r.find(')').map(|close| r[close + 1..].trim().is_empty()))
        .unwrap_or(false)
}

/// An optional `(label)` at the start of a line; returns it and the rest.
fn label<'a>(
    line: &SrcLine<'a>,
    diags: &mut Vec<Diagnostic>,
) -> (Option<crate::story::ast::Name>, SrcLine<'a>) {
    if !line.text.starts_with('(') {
        return (None, *line);
    }
    let Some(close) = line.text.find(')') else {
        return (None, *line);
    };
    let inner = line.rest(1);
    match parse_name(&line.text[1..close], inner.base) {
        Ok(name) => (Some(name), line.rest(close + 1)),
        Err(d) => {
            diags.push(d);
            (None, line.rest(close + 1))
        }
    }
}

/// `* (label) {cond} start [only] output`, or with `+` for a sticky choice.
///
/// Like ink, conditions may continue on the following lines, and the text
/// may then follow on a line of its own; `next` are the lines after this
/// one and `used` counts those taken.
fn choice_line(
    line: &SrcLine,
    next: &[SrcLine],
    used: &mut usize,
    diags: &mut Vec<Diagnostic>,
) -> Option<(usize, Choice)> {
    let sticky = line.text.starts_with('+');
    let (depth, end) = bullets(line.text, |c| c == '*' || c == '+');
    let (label, mut rest) = label(&line.rest(end), diags);
    // Conditions start right where the choice goes on, not after blanks.
    let mut conditions_here = true;
    if label.is_some()
        && rest.text.trim().is_empty()
        && let Some(next_line) = next.get(*used).filter(|l| !l.after_blank)
    {
        // ink skips one line break after a choice's label: the next line,
        // whatever it starts with, goes on the choice (`* (a)` then
        // `  hello` is the choice `hello`); where that line is indented,
        // ink skips its blanks after looking for conditions, so a `{`
        // there starts text.
        if next_line.text.starts_with('~') {
            diags.push(
                Diagnostic::error(
                    "this line goes on the choice labelled above it (ink reads the line \
                     after a choice's label as the choice's text), and a `~` logic line \
                     cannot be a choice's text: give the choice its text, or put the \
                     logic in `{ }`",
                    next_line.span(),
                )
                .with_code("weave::ink::syntax"),
            );
        }
        rest = *next_line;
        *used += 1;
        conditions_here = !next_line.indented;
    }
    let mut conditions = Vec::new();
    loop {
        while conditions_here && rest.text.starts_with('{') {
            let close = matching_brace(rest.text)?;
            let inner = rest.rest(1);
            match parse_expr(&rest.text[1..close], inner.base) {
                Ok(e) => conditions.push(e),
                Err(d) => diags.push(d),
            }
            rest = rest.rest(close + 1);
        }
        // A blank line ends the choice, as in ink.
        let continues = rest.text.is_empty()
            && !conditions.is_empty()
            && next
                .get(*used)
                .is_some_and(|l| !l.after_blank && !starts_weave_item(l.text));
        if !continues {
            break;
        }
        rest = next[*used];
        *used += 1;
        conditions_here = true;
    }
    if rest.text.trim().is_empty() {
        diags.push(Diagnostic::warning(
            "this choice is completely empty, so it is a fallback choice (ink reads it so); write `* ->` to say so",
            line.span(),
        ));
    }
    if rest.text == "->" {
        // `* ->`: a fallback choice that goes on below.
        rest.text = "";
    }
    let text = match parse_choice_text(rest.text, rest.base) {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let choice = Choice {
        sticky,
        label,
        conditions,
        start: text.start,
        choice_only: text.choice_only,
        output: text.output,
        body: Vec::new(),
        span: line.span(),
    };
    Some((depth, choice))
}

/// The index of the `}` closing the `{` at the start of `text`.
fn matching_brace(text: &str) -> Option<usize> {
    let mut balance = 0;
    braces(text).find_map(|(at, step)| {
        balance += step;
        (balance == 0).then_some(at)
    })
}

/// `- (label) content`, possibly with a choice after the gather (which, as
/// any choice, may take lines from `next`, counted in `used`).
fn gather_line(
    line: &SrcLine,
    next: &[SrcLine],
    used: &mut usize,
    out: &mut Vec<Item>,
    diags: &mut Vec<Diagnostic>,
) {
    let (depth, end) = bullets(line.text, |c| c == '-');
    let (label, rest) = label(&line.rest(end), diags);
    out.push(Item::Gather(
        depth,
        Gather {
            label,
            span: line.span(),
        },
    ));
    if rest.text.starts_with(['*', '+']) {
        if let Some((depth, choice)) = choice_line(&rest, next, used, diags) {
            out.push(Item::Choice(depth, choice));
        }
    } else if !rest.text.is_empty() {
        line_items(&rest, out, diags);
    }
}

/// A multi-line `{ … }` block: a conditional, a switch or a sequence.
fn block(lines: &[SrcLine], diags: &mut Vec<Diagnostic>) -> Option<Stmt> {
    let first = &lines[0];
    let last = &lines[lines.len() - 1];
    let span = first.span();
    // The block's inner lines: the head's rest, the middle, the tail's start.
    let mut inner: Vec<SrcLine> = Vec::new();
    let head = first.rest(1);
    let close = last.text.rfind('}').unwrap_or(last.text.len());
    let (header, head_rest) = split_header(&head);
    if lines.len() == 1 {
        diags.push(
            Diagnostic::error("this block is not closed on a later line", span)
                .with_code("weave::ink::syntax"),
        );
        return None;
    }
    // `{&`, `{!`, `{~` alone on the line: a sequence by ink's symbols.
    let symbols = match (&header, &head_rest) {
        (None, Some(r)) => {
            let (flags, len) = super::content::symbol_flags(r.text.trim());
            (len > 0 && len == r.text.trim().len()).then_some(flags)
        }
        _ => None,
    };
    if let Some(r) = head_rest.filter(|r| !r.text.is_empty() && symbols.is_none()) {
        inner.push(r);
    }
    inner.extend_from_slice(&lines[1..lines.len() - 1]);
    let tail = SrcLine {
        text: last.text[..close].trim(),
        base: last.base,
        after_blank: false,
        indented: false,
    };
    if !tail.text.is_empty() {
        inner.push(tail);
    }
    let header_text = header.as_ref().map_or("", |h| h.text);
    let flags = symbols.or_else(|| super::content::word_flags(header_text));
    let kind = match super::content::block_sequence_kind(flags) {
        Ok(kind) => kind,
        Err(message) => {
            diags.push(Diagnostic::error(message, span));
            return None;
        }
    };
    let branches = branches(&inner, kind.is_none());
    if let Some(kind) = kind {
        let branches = branches
            .into_iter()
            .filter(|b| b.marker.is_some())
            .map(|b| weave(&b.lines, diags))
            .collect();
        return Some(Stmt::Seq(Box::new(Sequence {
            kind,
            branches,
            after_text: false,
            line_goes_on: false,
            span,
        })));
    }
    let mut cond = Conditional {
        span,
        ..Conditional::default()
    };
    let subject = match &header {
        Some(h) if !h.text.is_empty() => match parse_expr(h.text, h.base) {
            Ok(e) => Some(e),
            Err(d) => {
                diags.push(d);
                return None;
            }
        },
        _ => None,
    };
    let has_markers = branches.iter().any(|b| b.marker.is_some());
    match subject {
        Some(e)
            if !has_markers
                || branches.iter().all(|b| {
                    b.marker
                        .as_ref()
                        .is_none_or(|m| m.text.is_empty() || m.text == "else")
                }) =>
        {
            // `{ cond: … - else: … }`: the first branch is taken when the
            // condition holds; a second unmarked `-` branch is the else.
            let mut then: Option<Vec<Stmt>> = None;
            for b in branches {
                let body = weave(&b.lines, diags);
                match (b.marker, &mut then) {
                    (Some(m), _) if m.text == "else" => cond.otherwise = Some(body),
                    (None, Some(t)) => t.extend(body),
                    (_, None) => then = Some(body),
                    (Some(_), Some(_)) => cond.otherwise = Some(body),
                }
            }
            cond.branches.push(Branch {
                cond: e,
                body: then.unwrap_or_default(),
            });
            cond.head_condition = true;
        }
        subject => {
            cond.subject = subject;
            for b in branches {
                let body = weave(&b.lines, diags);
                match &b.marker {
                    None => {}
                    // `- else:`, or a last branch with no condition at all.
                    Some(m) if m.text == "else" || m.text.is_empty() => cond.otherwise = Some(body),
                    Some(m) => match parse_expr(m.text, m.base) {
                        Ok(e) => cond.branches.push(Branch { cond: e, body }),
                        Err(d) => diags.push(d),
                    },
                }
            }
        }
    }
    Some(Stmt::Cond(Box::new(cond)))
}

/// Splits `{ header: rest` into the header before the colon and the rest.
fn split_header<'a>(head: &SrcLine<'a>) -> (Option<SrcLine<'a>>, Option<SrcLine<'a>>) {
    match top_level_colon(head.text) {
        Some(colon) => {
            let header = SrcLine {
                text: head.text[..colon].trim(),
                base: head.base,
                after_blank: false,
                indented: false,
            };
            (Some(header), Some(head.rest(colon + 1)))
        }
        None if head.text.trim().is_empty() => (None, None),
        None => (None, Some(*head)),
    }
}

/// The first `:` not inside braces, brackets or a string.
fn top_level_colon(text: &str) -> Option<usize> {
    let mut depth = 0;
    let mut in_string = false;
    for (at, c) in text.char_indices() {
        match c {
            '"' => in_string = !in_string,
            '{' | '(' | '[' if !in_string => depth += 1,
            '}' | ')' | ']' if !in_string => depth -= 1,
            ':' if depth == 0 && !in_string => return Some(at),
            _ => {}
        }
    }
    None
}

/// One branch of a block: its `- marker:` (the text before the colon, or the
/// whole marker for sequences) and its lines.
struct BlockBranch<'a> {
    marker: Option<SrcLine<'a>>,
    lines: Vec<SrcLine<'a>>,
}

/// Cuts a block's inner lines at `-` branch markers outside nested blocks.
/// With `conditions`, a marker's text up to its `:` is the branch condition.
fn branches<'a>(lines: &[SrcLine<'a>], conditions: bool) -> Vec<BlockBranch<'a>> {
    let mut out = vec![BlockBranch {
        marker: None,
        lines: Vec::new(),
    }];
    let mut depth = 0;
    for line in lines {
        let is_marker = depth == 0 && line.text.starts_with('-') && !line.text.starts_with("->");
        depth += brace_balance(line.text);
        if !is_marker {
            out.last_mut().expect("never empty").lines.push(*line);
            continue;
        }
        let rest = line.rest(1);
        let (marker, content) = match top_level_colon(rest.text) {
            Some(colon) if conditions && !rest.text[..colon].trim().is_empty() => (
                SrcLine {
                    text: rest.text[..colon].trim(),
                    base: rest.base,
                    after_blank: false,
                    indented: false,
                },
                rest.rest(colon + 1),
            ),
            _ => (
                SrcLine {
                    text: "",
                    base: rest.base,
                    after_blank: false,
                    indented: false,
                },
                rest,
            ),
        };
        let mut lines = Vec::new();
        if !content.text.is_empty() {
            lines.push(content);
        }
        out.push(BlockBranch {
            marker: Some(marker),
            lines,
        });
    }
    if out[0].lines.is_empty() {
        out.remove(0);
    }
    out
}
