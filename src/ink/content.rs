//! Inline content: the markup of one line of text, of a choice's text, of a
//! tag, of a string literal and of the branches inside `{…}`.
//!
//! A `{…}` is read in ink's order: an explicit sequence annotation (`&`, `!`,
//! `~`, or a word such as `shuffle once:`), then a conditional `cond: a|b`,
//! then a sequence (only when a `|` stands at its top level), then a plain
//! expression. Diverts come last in a content (only tags may follow them),
//! and a tag runs to the next `#` or the end of its content.

use super::expr::{arguments, expression, path};
use super::input::{In, PResult, backtrack, fail, keyword, soften, span, ws};
use crate::story::{Divert, DivertKind, Inline, InlineCond, SeqKind, Target};
use nom::Parser;
use nom::bytes::complete::tag;
use nom::character::complete::char;

/// Where inline content stands, which decides what ends a run of text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Ctx {
    /// Inside `{…}`: `|` and `}` end a branch.
    pub branch: bool,
    /// In a choice's text, outside braces: `[` and `]` are markup.
    pub choice: bool,
    /// Inside `"…"`: `"` ends it; no tags, glue or diverts.
    pub string: bool,
    /// Inside a tag: the next `#` ends it; no diverts. Glue is glue, as in
    /// ink (the tag goes on after it).
    pub tag: bool,
}

impl Ctx {
    pub const LINE: Ctx = Ctx {
        branch: false,
        choice: false,
        string: false,
        tag: false,
    };
    pub const CHOICE: Ctx = Ctx {
        choice: true,
        ..Ctx::LINE
    };
    pub const STRING: Ctx = Ctx {
        string: true,
        ..Ctx::LINE
    };

    fn inside_braces(self) -> Ctx {
        Ctx {
            branch: true,
            ..Ctx::LINE
        }
    }

    /// Whether `rest` starts with something that ends this content.
    fn ends_at(self, rest: &str) -> bool {
        match rest.chars().next() {
            None => true,
            Some('|' | '}') => self.branch,
            Some('"') => self.string,
            Some('[' | ']') => self.choice,
            Some('#') => self.tag,
            // A divert ends a tag, as it ends the line's content in ink.
            Some('-' | '<') if self.tag && !self.string => {
                rest.starts_with("->") || rest.starts_with("<-")
            }
            _ => false,
        }
    }

    /// Whether a run of text stops before `rest` (markup or an end starts there).
    fn text_stops_at(self, rest: &str) -> bool {
        if self.ends_at(rest) || rest.starts_with(['{', '}', '|', '\\']) {
            return true;
        }
        if self.string {
            return false;
        }
        if self.tag {
            return rest.starts_with("<>");
        }
        rest.starts_with('#') || ["->", "<-", "<>"].iter().any(|m| rest.starts_with(m))
    }
}

/// `inline_items = (text | glue | inline_logic | tag)* diverts?`
pub(crate) fn inline_items(i: In, ctx: Ctx) -> PResult<Vec<Inline>> {
    let mut items = Vec::new();
    let mut i = i;
    loop {
        let rest = *i.fragment();
        if ctx.ends_at(rest) {
            return Ok((i, items));
        }
        if rest.starts_with('}') {
            return fail(i, "unmatched `}`; write `\\}` for a literal brace");
        }
        if rest.starts_with('|') {
            // In ink a bar is markup everywhere: it ends any text, and only
            // a sequence or conditional in braces takes it.
            return fail(
                i,
                "a `|` outside braces is not text in ink: write `\\|` for a bar",
            );
        }
        if rest.starts_with('{') {
            let (r, item) = inline_logic(i)?;
            items.push(item);
            i = r;
        } else if !ctx.string && !ctx.tag && rest.starts_with('#') {
            let (r, tags) = tags(i, ctx)?;
            items.extend(tags);
            let rest = r.fragment();
            if !(rest.starts_with("->") || rest.starts_with("<-")) {
                return Ok((r, items));
            }
            i = r;
        } else if !ctx.string && rest.starts_with("<>") {
            items.push(Inline::Glue);
            i = i.take_from_start(2);
        } else if !ctx.string && !ctx.tag && (rest.starts_with("->") || rest.starts_with("<-")) {
            let (r, diverts) = diverts(i)?;
            items.extend(diverts);
            let (r, _) = ws(r)?;
            if r.fragment().starts_with('#') {
                return fail(
                    r,
                    "a tag cannot follow a divert (ink refuses it): put the tag before the `->`",
                );
            }
            if !ctx.ends_at(r.fragment()) {
                return fail(r, "expected the end of the content after a divert");
            }
            return Ok((r, items));
        } else {
            let (r, t) = text(i, ctx)?;
            push_text(&mut items, t);
            i = r;
        }
    }
}

/// Appends text, merging it with text just before.
fn push_text(items: &mut Vec<Inline>, t: String) {
    if let Some(Inline::Text(prev)) = items.last_mut() {
        prev.push_str(&t);
    } else {
        items.push(Inline::Text(t));
    }
}

trait TakeFrom {
    fn take_from_start(self, n: usize) -> Self;
}

impl<'a> TakeFrom for In<'a> {
    fn take_from_start(self, n: usize) -> Self {
        nom::Input::take_from(&self, n)
    }
}

/// The bytes that may start markup or end a run of text (all ASCII).
const MAY_START_MARKUP: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    let bytes = b"{}\\|\"[]#-<";
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
};

/// `text = (char - markup | "\" any)+`
///
/// Runs of bytes that can never start markup are taken whole; only the
/// candidates (all ASCII) are checked, and the input is advanced once.
/// Without escapes the text is copied in one piece.
fn text(i: In, ctx: Ctx) -> PResult<String> {
    let frag = *i.fragment();
    let bytes = frag.as_bytes();
    let mut out = String::new();
    // The start of the part not yet copied into `out`.
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        // Skip the run of bytes that cannot start markup in one go.
        at += bytes[at..]
            .iter()
            .position(|b| MAY_START_MARKUP[*b as usize])
            .unwrap_or(bytes.len() - at);
        let Some(&byte) = bytes.get(at) else {
            break;
        };
        if byte == b'\\' {
            out.push_str(&frag[copied..at]);
            let c = frag[at + 1..].chars().next();
            out.push(c.unwrap_or('\\'));
            at += 1 + c.map_or(0, char::len_utf8);
            copied = at;
        } else if ctx.text_stops_at(&frag[at..]) {
            break;
        } else {
            // A candidate that starts no markup here (a lone `-` or `<`).
            at += 1;
        }
    }
    if at == 0 {
        return fail(i, "unexpected character here");
    }
    if copied == 0 {
        out = frag[..at].to_string();
    } else {
        out.push_str(&frag[copied..at]);
    }
    Ok((i.take_from_start(at), out))
}

/// `tag* = ("#" tag_content)*`, each running to the next `#` or the end.
fn tags(i: In, ctx: Ctx) -> PResult<Vec<Inline>> {
    let mut out = Vec::new();
    let mut i = i;
    let tag_ctx = Ctx { tag: true, ..ctx };
    while let Ok((r, _)) = char::<_, super::input::PError>('#').parse(i) {
        let (r, _) = ws(r)?;
        let (r, mut items) = inline_items(r, tag_ctx)?;
        if let Some(Inline::Text(t)) = items.last_mut() {
            t.truncate(t.trim_end().len());
            if t.is_empty() {
                items.pop();
            }
        }
        out.push(Inline::Tag(items));
        i = r;
    }
    Ok((i, out))
}

/// `diverts = "->->" target? | "<-" target | "->" target ("->" target)* "->"?`
fn diverts(i: In) -> PResult<Vec<Inline>> {
    if let Ok((r, _)) = tag::<_, _, super::input::PError>("->->").parse(i) {
        let (r, _) = ws(r)?;
        return match soften(divert(r, DivertKind::Goto)) {
            Ok((r, d)) => Ok((r, vec![Inline::TunnelReturn(Some(Box::new(d)))])),
            Err(_) => Ok((r, vec![Inline::TunnelReturn(None)])),
        };
    }
    if let Ok((r, _)) = tag::<_, _, super::input::PError>("<-").parse(i) {
        let (r, _) = ws(r)?;
        let (r, d) = divert(r, DivertKind::Thread)?;
        return Ok((
            r,
            vec![Inline::Divert(Box::new(Divert {
                span: span(&i, &r),
                ..d
            }))],
        ));
    }
    let mut out = Vec::new();
    let (mut r, _) = tag("->").parse(i)?;
    loop {
        let (after, _) = ws(r)?;
        let (after, d) = divert(after, DivertKind::Goto)?;
        let (next, _) = ws(after)?;
        if next.fragment().starts_with("->->") {
            // `-> t ->->`: call the tunnel, then return from this one.
            out.push(Inline::Divert(Box::new(Divert {
                kind: DivertKind::Tunnel,
                ..d
            })));
            let (r, onwards) = diverts(next)?;
            out.extend(onwards);
            return Ok((r, out));
        }
        let tunnel = next.fragment().starts_with("->");
        if !tunnel {
            out.push(Inline::Divert(Box::new(d)));
            return Ok((after, out));
        }
        let next = next.take_from_start(2);
        out.push(Inline::Divert(Box::new(Divert {
            kind: DivertKind::Tunnel,
            ..d
        })));
        let (peek, _) = ws(next)?;
        if super::input::identifier(peek).is_err() {
            return Ok((next, out));
        }
        r = next;
    }
}

/// `divert = ("END" | "DONE" | path arguments?)`
fn divert(i: In, kind: DivertKind) -> PResult<Divert> {
    let (r, target) = match path(i) {
        Ok((r, p)) if p.node == "END" => (r, Target::End),
        Ok((r, p)) if p.node == "DONE" => (r, Target::Done),
        Ok((r, p)) => (r, Target::Path(p)),
        Err(_) => return fail(i, "expected a divert target after `->`"),
    };
    // Arguments may follow after blanks: `-> x (1)`.
    let (after_ws, _) = super::input::ws(r)?;
    let (r, args) = if after_ws.fragment().starts_with('(') && matches!(target, Target::Path(_)) {
        arguments(after_ws)?
    } else {
        (r, Vec::new())
    };
    let sp = span(&i, &r);
    Ok((
        r,
        Divert {
            kind,
            target,
            args,
            span: sp,
        },
    ))
}

/// `inline_logic = "{" (annotated_sequence | conditional | sequence | expression) "}"`
fn inline_logic(i: In) -> PResult<Inline> {
    let _nesting = super::input::Nesting::enter(i)?;
    let (r, _) = char('{').parse(i)?;
    let (r, _) = ws(r)?;
    match sequence_annotation(r) {
        Ok((after, kind)) => {
            let (after, branches) = branches(after)?;
            let (after, _) = close(after)?;
            return Ok((after, Inline::Seq { kind, branches }));
        }
        Err(nom::Err::Error(_)) => {}
        Err(e) => return Err(e),
    }
    // The expression is read once: it is either a condition (before `:`),
    // the start of a sequence's text, or the whole of the braces.
    let attempt = expression(r);
    let colon = match &attempt {
        Ok((after, _)) => (ws, char::<_, super::input::PError>(':'))
            .parse(*after)
            .ok(),
        Err(_) => None,
    };
    let attempt = match (colon, attempt) {
        (Some((after, _)), Ok((_, cond))) => return conditional(after, cond),
        (_, attempt) => attempt,
    };
    if has_top_level_bar(r.fragment()) {
        let (after, branches) = branches(r)?;
        let (after, _) = close(after)?;
        let kind = SeqKind::Stopping;
        return Ok((after, Inline::Seq { kind, branches }));
    }
    let (after, e) = match attempt {
        Err(nom::Err::Error(_)) => {
            return fail(
                r,
                "expected an expression, a conditional or a sequence after `{`",
            );
        }
        other => other?,
    };
    let (after, _) = ws(after)?;
    let (after, _) = close(after)?;
    Ok((after, Inline::Eval(Box::new(e))))
}

/// `conditional = expression ":" branch ("|" branch)?` (after the `:`).
fn conditional(i: In, cond: crate::story::Expr) -> PResult<Inline> {
    let (r, mut parts) = branches(i)?;
    if parts.len() > 2 {
        return fail(i, "a conditional `{cond: a|b}` has at most two branches");
    }
    let (r, _) = close(r)?;
    let otherwise = if parts.len() == 2 {
        parts.pop().unwrap_or_default()
    } else {
        Vec::new()
    };
    let then = parts.pop().unwrap_or_default();
    Ok((
        r,
        Inline::Cond(Box::new(InlineCond {
            cond,
            then,
            otherwise,
        })),
    ))
}

/// `close = "}"`
fn close(i: In) -> PResult<In> {
    match char::<_, super::input::PError>('}').parse(i) {
        Ok((r, _)) => Ok((r, i)),
        Err(_) => fail(i, "expected `}` to close `{`"),
    }
}

/// `branches = inline_items ("|" inline_items)*`
fn branches(i: In) -> PResult<Vec<Vec<crate::story::Inline>>> {
    let ctx = Ctx::LINE.inside_braces();
    let (mut r, first) = inline_items(i, ctx)?;
    let mut out = vec![first];
    while let Ok((after, _)) = char::<_, super::input::PError>('|').parse(r) {
        let (after, items) = inline_items(after, ctx)?;
        out.push(items);
        r = after;
    }
    Ok((r, out))
}

/// ink's sequence type flags, which its annotations combine.
const ONCE: u8 = 1;
const CYCLE: u8 = 2;
const STOPPING: u8 = 4;
const SHUFFLE: u8 = 8;

/// The kind a combination of sequence flags names, `Err` for a combination
/// ink refuses ("Sequence type combination not supported").
fn kind_of_flags(flags: u8) -> Result<SeqKind, ()> {
    Ok(match flags {
        ONCE => SeqKind::Once,
        CYCLE => SeqKind::Cycle,
        STOPPING => SeqKind::Stopping,
        SHUFFLE => SeqKind::Shuffle,
        f if f == SHUFFLE | STOPPING => SeqKind::ShuffleStopping,
        f if f == SHUFFLE | ONCE => SeqKind::ShuffleOnce,
        _ => return Err(()),
    })
}

const UNSUPPORTED: &str = "this combination of sequence types is not supported (ink allows once, cycle, stopping, shuffle, shuffle once and shuffle stopping)";

/// The flags of ink's annotation symbols `!` (once), `&` (cycle), `~`
/// (shuffle) and `$` (stopping) at the start of `text`, and how many
/// bytes they take.
pub(crate) fn symbol_flags(text: &str) -> (u8, usize) {
    let mut flags = 0;
    let mut len = 0;
    for c in text.bytes() {
        flags |= match c {
            b'!' => ONCE,
            b'&' => CYCLE,
            b'~' => SHUFFLE,
            b'$' => STOPPING,
            _ => break,
        };
        len += 1;
    }
    (flags, len)
}

/// The flags of a header of sequence words (`stopping shuffle`, in any
/// order), or `None` if a word is not one of ink's four.
pub(crate) fn word_flags(header: &str) -> Option<u8> {
    let mut flags = 0;
    for word in header.split_whitespace() {
        flags |= match word {
            "once" => ONCE,
            "cycle" => CYCLE,
            "stopping" => STOPPING,
            "shuffle" => SHUFFLE,
            _ => return None,
        };
    }
    (flags != 0).then_some(flags)
}

/// A block header's sequence kind: `Ok(None)` when it names none, `Err`
/// with ink's complaint when it names a combination ink refuses.
pub(crate) fn block_sequence_kind(flags: Option<u8>) -> Result<Option<SeqKind>, &'static str> {
    match flags {
        None => Ok(None),
        Some(f) => kind_of_flags(f).map(Some).map_err(|()| UNSUPPORTED),
    }
}

/// `sequence_annotation = [!&~$]+ | (("stopping" | "cycle" | "once" |
/// "shuffle") ws)+ ":"`: the flags are combined as ink combines them.
fn sequence_annotation(i: In) -> PResult<SeqKind> {
    let (flags, len) = symbol_flags(i.fragment());
    if len > 0 {
        return match kind_of_flags(flags) {
            Ok(kind) => Ok((i.take_from_start(len), kind)),
            Err(()) => fail(i, UNSUPPORTED),
        };
    }
    if !matches!(i.fragment().chars().next(), Some('s' | 'c' | 'o')) {
        return backtrack(i);
    }
    let word = nom::branch::alt((
        keyword("stopping").map(|_| STOPPING),
        keyword("cycle").map(|_| CYCLE),
        keyword("once").map(|_| ONCE),
        keyword("shuffle").map(|_| SHUFFLE),
    ));
    let (r, words) = nom::multi::many1((word, ws).map(|(f, _)| f)).parse(i)?;
    let flags = words.iter().fold(0, |all, f| all | f);
    match char::<_, super::input::PError>(':').parse(r) {
        Ok((r, _)) => match kind_of_flags(flags) {
            Ok(kind) => Ok((r, kind)),
            Err(()) => fail(i, UNSUPPORTED),
        },
        Err(_) => backtrack(i),
    }
}

/// Whether a `|` stands at the top level of the braces that `text` is inside.
fn has_top_level_bar(text: &str) -> bool {
    // Bytes, not chars: the markup is ASCII, and no byte of a multi-byte
    // character is.
    let mut depth = 0usize;
    let mut bytes = text.bytes();
    while let Some(c) = bytes.next() {
        match c {
            b'\\' => {
                bytes.next();
            }
            b'{' => depth += 1,
            b'}' if depth == 0 => return false,
            b'}' => depth -= 1,
            b'|' if depth == 0 => return true,
            _ => {}
        }
    }
    false
}
