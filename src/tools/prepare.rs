//! Starting a game where an author wants it: `--from KNOT` and
//! `--set name=value`, turned into the [`Cheats`] a session makes before
//! its first turn. Values are ink literals, read with the ink expression
//! parser: ints, floats, bools, strings, and negative numbers.

use crate::compile::Program;
use crate::ink::{Base, parse_expr};
use crate::runtime::Value;
use crate::saves::{Cheat, Cheats};
use crate::story::{ExprKind, FileId, Inline, UnOp};

/// Why an author's start could not be prepared.
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum PrepareError {
    #[error("`--set {text}`: expected NAME=VALUE, like `--set oil=3`")]
    NotAnAssignment { text: String },
    #[error("`--set {name}={value}`: {message}")]
    BadValue {
        name: String,
        value: String,
        message: String,
    },
    #[error("`--set {name}`: the story has no global variable `{name}` (it has: {globals}){hint}")]
    UnknownVariable {
        name: String,
        globals: String,
        hint: String,
    },
    #[error("`--from {path}`: the story has no knot or stitch `{path}`{hint}")]
    UnknownKnot { path: String, hint: String },
}

/// The moves to make before the first turn: each `--set` (`name=value`),
/// then the jump to `from`, if any.
pub fn start_cheats(from: Option<&str>, sets: &[String]) -> Result<Cheats, PrepareError> {
    let mut start = Vec::with_capacity(sets.len() + 1);
    for text in sets {
        let (name, value) = parse_assignment(text)?;
        start.push(Cheat::Set(name, value));
    }
    if let Some(path) = from {
        start.push(Cheat::Goto(path.to_string()));
    }
    Ok(Cheats {
        start,
        during: Vec::new(),
    })
}

/// Checks that every variable and knot the moves name exists in `program`,
/// so that a typo is one clear error before the game starts.
pub fn check_cheats(program: &Program, cheats: &Cheats) -> Result<(), PrepareError> {
    let all = cheats
        .start
        .iter()
        .chain(cheats.during.iter().map(|(_, c)| c));
    for cheat in all {
        match cheat {
            Cheat::Set(name, _) if !program.globals.iter().any(|g| &g.name == name) => {
                let names: Vec<&str> = program.globals.iter().map(|g| g.name.as_str()).collect();
                let hint = crate::story::suggest::did_you_mean(name, names.iter().copied())
                    .map_or_else(String::new, |h| format!("; {h}"));
                return Err(PrepareError::UnknownVariable {
                    hint,
                    name: name.clone(),
                    globals: if names.is_empty() {
                        "none".to_string()
                    } else {
                        names.join(", ")
                    },
                });
            }
            Cheat::Goto(path) if !program.knot_names().any(|k| k == path) => {
                let hint = crate::story::suggest::did_you_mean(path, program.knot_names())
                    .map_or_else(String::new, |h| format!("; {h}"));
                return Err(PrepareError::UnknownKnot {
                    path: path.clone(),
                    hint,
                });
            }
            _ => {}
        }
    }
    Ok(())
}

/// Reads `name=value`, the value an ink literal.
pub fn parse_assignment(text: &str) -> Result<(String, Value), PrepareError> {
    let not_one = || PrepareError::NotAnAssignment {
        text: text.to_string(),
    };
    let (name, value) = text.split_once('=').ok_or_else(not_one)?;
    let name = name.trim();
    let named = !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    if !named {
        return Err(not_one());
    }
    let parsed = literal_value(value).map_err(|message| PrepareError::BadValue {
        name: name.to_string(),
        value: value.to_string(),
        message,
    })?;
    Ok((name.to_string(), parsed))
}

/// An ink literal as a runtime value: `3`, `-2`, `1.5`, `true`, `"text"`.
/// The error says what was wrong in one line.
pub fn literal_value(text: &str) -> Result<Value, String> {
    let expr = parse_expr(text.trim(), Base::new(FileId(0), 0)).map_err(|d| d.message)?;
    let negate = match &expr.node {
        ExprKind::Unary(UnOp::Neg, inner) => Some(&inner.node),
        _ => None,
    };
    match (negate, &expr.node) {
        (Some(ExprKind::Int(n)), _) => Ok(Value::Int(-n)),
        (Some(ExprKind::Float(f)), _) => Ok(Value::Float(-f)),
        (_, ExprKind::Int(n)) => Ok(Value::Int(*n)),
        (_, ExprKind::Float(f)) => Ok(Value::Float(*f)),
        (_, ExprKind::Bool(b)) => Ok(Value::Bool(*b)),
        (_, ExprKind::Str(parts)) => plain_text(parts).map(Value::Str),
        _ => Err("only literal values can be set: a number, true or false, or \"text\"".into()),
    }
}

/// The text of a string literal with no `{…}` in it.
fn plain_text(parts: &[Inline]) -> Result<String, String> {
    let mut text = String::new();
    for part in parts {
        match part {
            Inline::Text(t) => text.push_str(t),
            _ => return Err("a string set from the command line cannot hold `{…}`".into()),
        }
    }
    Ok(text)
}

/// The line that marks an author's start in a transcript, such as
/// `[author: started at tower with oil=5, keeper="Ada"]`; `None` when the
/// game started normally.
pub fn describe_start(cheats: &Cheats) -> Option<String> {
    if cheats.start.is_empty() {
        return None;
    }
    let mut from = None;
    let mut sets = Vec::new();
    for cheat in &cheats.start {
        match cheat {
            Cheat::Goto(path) => from = Some(path.as_str()),
            Cheat::Set(name, value) => sets.push(format!("{name}={}", show_literal(value))),
        }
    }
    let mut line = "[author: started".to_string();
    if let Some(path) = from {
        line.push_str(&format!(" at {path}"));
    }
    if !sets.is_empty() {
        line.push_str(&format!(" with {}", sets.join(", ")));
    }
    line.push(']');
    Some(line)
}

/// A literal value as it would be typed.
fn show_literal(value: &Value) -> String {
    match value {
        Value::Str(s) => format!("{s:?}"),
        other => other.display(&[], |pc| format!("@{pc}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_become_values() {
        assert_eq!(literal_value("3"), Ok(Value::Int(3)));
        assert_eq!(literal_value("-12"), Ok(Value::Int(-12)));
        assert_eq!(literal_value("1.5"), Ok(Value::Float(1.5)));
        assert_eq!(literal_value("-0.5"), Ok(Value::Float(-0.5)));
        assert_eq!(literal_value("true"), Ok(Value::Bool(true)));
        assert_eq!(
            literal_value("\"Ada Lovelace\""),
            Ok(Value::Str("Ada Lovelace".into()))
        );
    }

    #[test]
    fn expressions_that_are_not_literals_are_refused() {
        for text in ["1 + 2", "oil", "\"{oil}\"", "", "-true"] {
            assert!(literal_value(text).is_err(), "{text:?} should be refused");
        }
    }

    #[test]
    fn an_assignment_needs_a_name_and_an_equals_sign() {
        assert_eq!(
            parse_assignment("oil=5"),
            Ok(("oil".to_string(), Value::Int(5)))
        );
        let err = parse_assignment("oil").unwrap_err();
        assert!(err.to_string().contains("expected NAME=VALUE"), "{err}");
        let err = parse_assignment("oil=lots").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("`--set oil=lots`: only literal"),
            "{err}"
        );
    }

    #[test]
    fn the_start_is_described_as_typed() {
        let cheats =
            start_cheats(Some("tower"), &["oil=5".into(), "keeper=\"Ada\"".into()]).unwrap();
        assert_eq!(
            describe_start(&cheats).as_deref(),
            Some("[author: started at tower with oil=5, keeper=\"Ada\"]")
        );
        assert_eq!(describe_start(&Cheats::default()), None);
    }
}
