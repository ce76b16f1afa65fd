//! The parser's one resource limit: how deep markup may nest. The parsers
//! and the compiler recurse once per level, so a story nested thousands
//! deep (choices in choices, `{` blocks, parentheses) would overflow the
//! stack; it is refused first with a located error. The runtime's limits
//! are in `runtime::limits`, which points here.
//!
//! Invariant: a line's markup nests at most [`NESTING_LIMIT`] deep (the
//! line parsers count their levels, `input::Nesting`), and so does a whole
//! ink file's weave ([`check_lines`]), which the parsers and the compiler
//! handle on a worker thread's stack.

use super::file::SrcLine;
use super::input::Base;
use crate::story::{Diagnostic, Span};

/// How deep choices, gathers, `{ }` blocks, parentheses and brackets may
/// nest, and how many constants may refer to one another in a chain.
pub const NESTING_LIMIT: usize = 40;

/// How many operators one expression may chain at one precedence level
/// (`1 + 1 + … + 1`): each is a level of the tree the compiler walks.
pub const OPERATORS_LIMIT: usize = 500;

/// The error for [`OPERATORS_LIMIT`] (the parser's errors are static text).
pub(super) const OPERATORS_MESSAGE: &str = "this expression chains more than 500 operators \
     (limit OPERATORS_LIMIT): split it with temporary variables";
const _: () = assert!(OPERATORS_LIMIT == 500, "update OPERATORS_MESSAGE");

fn too_deep(what: &str, base: Base, at: usize) -> Diagnostic {
    let start = base.offset + at;
    Diagnostic::error(
        format!(
            "{what} nest more than {NESTING_LIMIT} deep here (limit NESTING_LIMIT): \
             split the story into knots, stitches or functions"
        ),
        Span::new(base.file, start, start + 1),
    )
}

/// Refuses a weave whose choices and gathers (by their bullets) or whose
/// multi-line `{ }` blocks nest more than the limit.
pub(super) fn check_lines(lines: &[SrcLine], diags: &mut Vec<Diagnostic>) -> bool {
    let mut braces = 0usize;
    for line in lines {
        let bullets = bullets(line.text);
        if bullets > NESTING_LIMIT {
            diags.push(too_deep("choices and gathers", line.base, 0));
            return false;
        }
        if line.text.starts_with("==") {
            braces = 0;
        }
        let mut escaped = false;
        for (at, c) in line.text.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '{' => {
                    braces += 1;
                    if braces > NESTING_LIMIT {
                        diags.push(too_deep("`{ }` blocks", line.base, at));
                        return false;
                    }
                }
                '}' => braces = braces.saturating_sub(1),
                _ => {}
            }
        }
    }
    true
}

/// How many choice or gather bullets (`*`, `+`, `-`, spaces between) a line
/// starts with.
fn bullets(text: &str) -> usize {
    let mut n = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' | '+' => n += 1,
            '-' if chars.peek() != Some(&'>') => n += 1,
            ' ' | '\t' => {}
            _ => break,
        }
    }
    n
}
