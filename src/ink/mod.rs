//! nom parsers for ink: the inline markup of text lines, choice text,
//! expressions, logic lines, global declarations and parameters; and the
//! printer that turns the AST back into markup (`print`). The whole-file
//! `.ink` reader (`file`, `weave`) is a hand-written line scanner that
//! builds on these rules.
//!
//! Every entry point takes the text and a [`Base`]: the [`FileId`] and the
//! byte offset where the text starts in its file, so that every span in the
//! result, and in an error, points into the source file. Each reads the
//! whole text (trailing spaces allowed) and fails with one [`Diagnostic`].
//!
//! | entry point | reads | gives |
//! |---|---|---|
//! | [`parse_expr`] | `a + f(1, -> k)` | [`Expr`] |
//! | [`parse_line`] | `Hi{~!|.} <> -> knot #tag` | [`Content`] |
//! | [`parse_choice_text`] | `start[choice only]output` | [`ChoiceText`] |
//! | [`parse_logic`] | `temp x = 1`, `x += 2`, `return x`, `f()` | [`Logic`] |
//! | [`parse_global`] | `VAR x = 1`, `CONST`, `LIST l = a, (b)`, `EXTERNAL f(a)` | [`Global`] |
//! | [`parse_param`] | `x`, `ref x`, `-> x` | [`Param`] |
//! | [`parse_name`] / [`parse_path`] | `knot`, `knot.stitch` | [`Name`] / [`Path`] |
//!
//! Boundary: produces `story` AST values; reads no files itself and knows
//! nothing of running. Comments are stripped by the whole-file parser before
//! a line reaches [`parse_line`].
//!
//! [`FileId`]: crate::story::FileId

mod content;
mod expr;
mod file;
mod input;
mod logic;
mod nesting;
pub mod print;
mod reuse;
mod weave;

#[cfg(test)]
pub(crate) mod arbitrary;
#[cfg(test)]
mod tests;

pub use file::{Includer, Parsed, include_path, parse_ink, parse_ink_on, parse_ink_reusing};
pub use input::Base;
pub use nesting::{NESTING_LIMIT, OPERATORS_LIMIT};
pub use reuse::Memo;

use crate::story::{Content, Diagnostic, Expr, Global, Inline, Logic, Name, Param, Path, Spanned};
use content::Ctx;
use input::{parse_all, span};

/// The three parts of a choice's text: `start[choice only]output`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChoiceText {
    /// Shown in the choice and printed after it is taken.
    pub start: Vec<Inline>,
    /// Between the brackets; `None` when there are none.
    pub choice_only: Option<Vec<Inline>>,
    /// After `]`: printed after the choice is taken only.
    pub output: Vec<Inline>,
}

/// Reads an ink expression.
pub fn parse_expr(text: &str, base: Base) -> Result<Expr, Diagnostic> {
    parse_all(
        text,
        base,
        "unexpected text after the expression",
        expr::expression,
    )
}

/// Reads one line of inline content.
pub fn parse_line(text: &str, base: Base) -> Result<Content, Diagnostic> {
    parse_all(text, base, "unexpected text in the line", |i| {
        let (rest, items) = content::inline_items(i, Ctx::LINE)?;
        let sp = span(&i, &rest);
        Ok((rest, Content { items, span: sp }))
    })
}

/// Reads a choice's text: `start[choice only]output`, brackets optional.
pub fn parse_choice_text(text: &str, base: Base) -> Result<ChoiceText, Diagnostic> {
    parse_all(text, base, "unexpected text in the choice", |i| {
        let (rest, start) = content::inline_items(i, Ctx::CHOICE)?;
        let Some(after) = rest.fragment().strip_prefix('[') else {
            // Without brackets, a divert at the end is output only: it is
            // followed when the choice is taken, never part of its text.
            let mut start = start;
            let at = start
                .iter()
                .rposition(|i| !matches!(i, Inline::Divert(_) | Inline::TunnelReturn(_)))
                .map_or(0, |i| i + 1);
            let output = start.split_off(at);
            return Ok((
                rest,
                ChoiceText {
                    start,
                    choice_only: None,
                    output,
                },
            ));
        };
        let inner = nom::Input::take_from(&rest, rest.fragment().len() - after.len());
        let (rest, only) = content::inline_items(inner, Ctx::CHOICE)?;
        let Some(after) = rest.fragment().strip_prefix(']') else {
            return input::fail(rest, "expected `]` to close the choice-only text");
        };
        let rest = nom::Input::take_from(&rest, rest.fragment().len() - after.len());
        let (rest, output) = content::inline_items(rest, Ctx::CHOICE)?;
        Ok((
            rest,
            ChoiceText {
                start,
                choice_only: Some(only),
                output,
            },
        ))
    })
}

/// Reads a logic line (what follows `~`).
pub fn parse_logic(text: &str, base: Base) -> Result<Spanned<Logic>, Diagnostic> {
    parse_all(text, base, "unexpected text after the logic", logic::logic)
}

/// Reads a global declaration: `VAR`, `CONST`, `LIST` or `EXTERNAL`.
pub fn parse_global(text: &str, base: Base) -> Result<Spanned<Global>, Diagnostic> {
    parse_all(
        text,
        base,
        "unexpected text after the declaration",
        logic::global,
    )
}

/// Reads a parameter: `x`, `ref x` or `-> x`.
pub fn parse_param(text: &str, base: Base) -> Result<Param, Diagnostic> {
    parse_all(
        text,
        base,
        "unexpected text after the parameter",
        logic::param,
    )
}

/// Reads a plain name (a knot, stitch, label or variable), spaces around allowed.
pub fn parse_name(text: &str, base: Base) -> Result<Name, Diagnostic> {
    parse_all(text, base, "a name has only letters, digits and `_`", |i| {
        let (i, _) = input::ws(i)?;
        match logic::name(i) {
            Err(nom::Err::Error(_)) => input::fail(i, "expected a name"),
            other => other,
        }
    })
}

/// Reads a dotted path such as `knot.stitch`.
pub fn parse_path(text: &str, base: Base) -> Result<Path, Diagnostic> {
    parse_all(text, base, "a path is names joined by `.`", |i| {
        let (i, _) = input::ws(i)?;
        match expr::path(i) {
            Err(nom::Err::Error(_)) => input::fail(i, "expected a name"),
            other => other,
        }
    })
}

impl crate::story::respan::Respan for ChoiceText {
    fn respan(&mut self, f: &mut dyn FnMut(crate::story::Span) -> crate::story::Span) {
        self.start.respan(f);
        self.choice_only.respan(f);
        self.output.respan(f);
    }
}
