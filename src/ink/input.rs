//! The parsing input, the private nom error type, and the small helpers every
//! rule shares: spans, whitespace, identifiers, and turning a failed parse into
//! one [`Diagnostic`].
//!
//! Invariant: positions come from `nom_locate`, never from pointer
//! arithmetic; a span is the located offset plus the [`Base`] the caller gave.

use crate::story::{Diagnostic, FileId, Span};
use nom::error::{ContextError, ErrorKind, ParseError};
use nom::{IResult, Input, Parser};
use nom_locate::LocatedSpan;

/// Where the parsed text sits: its file and the byte offset of its first
/// character in that file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Base {
    pub file: FileId,
    pub offset: usize,
}

impl Base {
    pub fn new(file: FileId, offset: usize) -> Base {
        Base { file, offset }
    }
}

/// The located input every rule reads.
pub(crate) type In<'a> = LocatedSpan<&'a str, Base>;

/// The result of every rule.
pub(crate) type PResult<'a, T> = IResult<In<'a>, T, PError<'a>>;

/// The one error type of the ink parsers: where it failed and what was
/// expected there, innermost context first.
#[derive(Debug)]
pub(crate) struct PError<'a> {
    pub input: In<'a>,
    pub contexts: Vec<&'static str>,
}

impl<'a> ParseError<In<'a>> for PError<'a> {
    fn from_error_kind(input: In<'a>, _kind: ErrorKind) -> Self {
        PError {
            input,
            contexts: Vec::new(),
        }
    }

    fn append(_input: In<'a>, _kind: ErrorKind, other: Self) -> Self {
        other
    }

    /// Of two failed alternatives, the one that got further explains more.
    fn or(self, other: Self) -> Self {
        if other.input.location_offset() > self.input.location_offset() {
            other
        } else {
            self
        }
    }
}

impl<'a> ContextError<In<'a>> for PError<'a> {
    fn add_context(_input: In<'a>, ctx: &'static str, mut other: Self) -> Self {
        other.contexts.push(ctx);
        other
    }
}

/// Starts parsing `text`, which begins at `base` in its file.
pub(crate) fn input(text: &str, base: Base) -> In<'_> {
    LocatedSpan::new_extra(text, base)
}

/// The span from the start of `from` to the start of `to` (where the rule
/// stopped).
pub(crate) fn span(from: &In, to: &In) -> Span {
    let base = from.extra;
    Span::new(
        base.file,
        base.offset + from.location_offset(),
        base.offset + to.location_offset(),
    )
}

/// A failure that cannot be backtracked over, with `message` as its context.
pub(crate) fn fail<'a, T>(i: In<'a>, message: &'static str) -> PResult<'a, T> {
    Err(nom::Err::Failure(PError {
        input: i,
        contexts: vec![message],
    }))
}

/// A recoverable failure: the caller may try another alternative.
pub(crate) fn backtrack<T>(i: In) -> PResult<T> {
    Err(nom::Err::Error(PError {
        input: i,
        contexts: Vec::new(),
    }))
}

/// Turns a failure into a recoverable error, so that an alternative that was
/// only a guess can be abandoned.
pub(crate) fn soften<T>(r: PResult<T>) -> PResult<T> {
    r.map_err(|e| match e {
        nom::Err::Failure(e) => nom::Err::Error(e),
        other => other,
    })
}

/// `ws = [ \t]*`
pub(crate) fn ws(i: In) -> PResult<In> {
    nom::character::complete::space0(i)
}

/// Whether `c` may appear in an identifier: ink's own character ranges.
/// ASCII letters, digits and `_`; Latin-1 Supplement and Latin Extended A
/// and B; Greek, Cyrillic and Armenian (less their punctuation); Hebrew;
/// Arabic; Hangul syllables; Hiragana and Katakana; CJK ideographs.
pub(crate) fn is_ident_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    match c {
        '\u{0080}'..='\u{024F}' => true,
        '\u{0370}'..='\u{03FF}' => !matches!(
            c,
            '\u{0374}' | '\u{0375}' | '\u{0378}'
                ..='\u{0385}' | '\u{0387}' | '\u{038B}' | '\u{038D}' | '\u{03A2}'
        ),
        '\u{0400}'..='\u{04FF}' => !matches!(c, '\u{0482}'..='\u{0489}'),
        '\u{0530}'..='\u{058F}' => !matches!(
            c,
            '\u{0530}' | '\u{0557}'..='\u{0560}' | '\u{0588}'..='\u{058E}'
        ),
        '\u{0590}'..='\u{06FF}' => true,
        '\u{3040}'..='\u{30FF}' => true,
        '\u{4E00}'..='\u{9FFF}' => true,
        '\u{AC00}'..='\u{D7AF}' => true,
        _ => false,
    }
}

/// `identifier = (letter | digit | "_")+`, not all digits. The name is
/// borrowed from the input; callers copy it only when they keep it.
pub(crate) fn identifier<'a>(i: In<'a>) -> PResult<'a, &'a str> {
    let frag = *i.fragment();
    let len = frag.find(|c: char| !is_ident_char(c)).unwrap_or(frag.len());
    let word = &frag[..len];
    if word.is_empty() || word.bytes().all(|b| b.is_ascii_digit()) {
        return backtrack(i);
    }
    Ok((i.take_from(len), word))
}

/// `keyword(w) = w` followed by a character that cannot continue a name.
pub(crate) fn keyword<'a>(word: &'static str) -> impl FnMut(In<'a>) -> PResult<'a, In<'a>> {
    move |i: In<'a>| {
        let (rest, w) = nom::bytes::complete::tag(word).parse(i)?;
        match rest.fragment().chars().next() {
            Some(c) if is_ident_char(c) => backtrack(i),
            _ => Ok((rest, w)),
        }
    }
}

/// Runs `rule` over all of `text`, allowing trailing spaces, and converts a
/// failure into a diagnostic.
pub(crate) fn parse_all<'a, T>(
    text: &'a str,
    base: Base,
    what: &'static str,
    mut rule: impl FnMut(In<'a>) -> PResult<'a, T>,
) -> Result<T, Diagnostic> {
    let i = input(text, base);
    let result = rule(i).and_then(|(rest, value)| {
        let (rest, _) = ws(rest)?;
        if rest.fragment().is_empty() {
            Ok(value)
        } else {
            fail(rest, what).map(|(_, v)| v)
        }
    });
    result.map_err(|e| match e {
        nom::Err::Error(e) | nom::Err::Failure(e) => to_diagnostic(e),
        nom::Err::Incomplete(_) => Diagnostic::error("unexpected end of text", span(&i, &i))
            .with_code("weave::ink::syntax"),
    })
}

/// The boundary: one parse error becomes one diagnostic. The innermost
/// context is the message; the next one out, if any, is the label.
fn to_diagnostic(e: PError) -> Diagnostic {
    let at = e.input;
    let width = at.fragment().chars().next().map_or(0, char::len_utf8);
    let mut sp = span(&at, &at);
    sp.end += width as u32;
    let message = e.contexts.first().copied().unwrap_or("could not read this");
    let d = Diagnostic::error(message, sp).with_code("weave::ink::syntax");
    match e.contexts.get(1) {
        Some(label) => d.with_label(*label),
        None => d.with_label("here"),
    }
}

/// How deep `{…}`, parentheses and unary operators may nest (the parser's
/// one limit, `NESTING_LIMIT`).
const MAX_NESTING: usize = super::nesting::NESTING_LIMIT;

thread_local! {
    static NESTING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Held while a nested rule runs; entering too deep fails instead of
/// overflowing the stack.
pub(crate) struct Nesting(());

impl Nesting {
    pub fn enter(i: In) -> Result<Nesting, nom::Err<PError>> {
        let depth = NESTING.with(|n| n.get());
        if depth >= MAX_NESTING {
            return Err(nom::Err::Failure(PError {
                input: i,
                contexts: vec![
                    "this is nested too deeply (limit NESTING_LIMIT): split it into smaller expressions or functions",
                ],
            }));
        }
        NESTING.with(|n| n.set(depth + 1));
        Ok(Nesting(()))
    }
}

impl Drop for Nesting {
    fn drop(&mut self) {
        NESTING.with(|n| n.set(n.get().saturating_sub(1)));
    }
}
