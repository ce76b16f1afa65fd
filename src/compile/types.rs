//! Static types of expressions, where they can be known before the story
//! runs: literals, constants, and globals by their initial value (ink lets a
//! variable change type, so a temporary or parameter is "unknown"). An
//! operation that can never work on the known types is a compile error.

use super::{Compiler, GlobalSym};
use crate::story::Diagnostic;
use crate::story::ast::{self, BinOp, ExprKind, UnOp};

/// What an expression is known to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    Int,
    Float,
    Bool,
    Str,
    List,
    Divert,
    Unknown,
}

impl Ty {
    fn name(self) -> &'static str {
        match self {
            Ty::Int => "an int",
            Ty::Float => "a float",
            Ty::Bool => "a bool",
            Ty::Str => "a string",
            Ty::List => "a list",
            Ty::Divert => "a divert target",
            Ty::Unknown => "a value",
        }
    }

    fn numeric(self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool)
    }
}

impl Compiler {
    /// The static type of an expression, as far as it is known. It looks
    /// at most `NESTING_LIMIT` levels down (operands, and the names that
    /// lead to other names: `CONST a = b`, `VAR b = a`), so checking every
    /// operator of a long `1 + 1 + …` stays linear and a cycle of names ends.
    pub(super) fn static_type(&self, e: &ast::Expr) -> Ty {
        use std::sync::atomic::Ordering::Relaxed;
        if self.const_depth.fetch_add(1, Relaxed) >= crate::ink::NESTING_LIMIT {
            self.const_depth.fetch_sub(1, Relaxed);
            return Ty::Unknown;
        }
        let ty = self.static_type_here(e);
        self.const_depth.fetch_sub(1, Relaxed);
        ty
    }

    fn static_type_here(&self, e: &ast::Expr) -> Ty {
        match &e.node {
            ExprKind::Void => Ty::Unknown,
            ExprKind::Int(_) => Ty::Int,
            ExprKind::Float(_) => Ty::Float,
            ExprKind::Bool(_) => Ty::Bool,
            ExprKind::Str(_) => Ty::Str,
            ExprKind::List(_) => Ty::List,
            ExprKind::DivertTarget(_) => Ty::Divert,
            ExprKind::Var(path) if self.temps.contains_key(&path.node) => Ty::Unknown,
            ExprKind::Var(path) => match self.globals.get(&path.node) {
                Some(GlobalSym::Const(c)) => self.static_type(c),
                // ink is dynamically typed: a variable may be given a value
                // of another type than its first (`~ name = 5`).
                Some(GlobalSym::Var(_)) => Ty::Unknown,
                None => Ty::Unknown,
            },
            ExprKind::Unary(UnOp::Not, _) => Ty::Bool,
            ExprKind::Unary(UnOp::Neg, inner) => self.static_type(inner),
            ExprKind::Binary(op, a, b) => {
                binary_type(*op, self.static_type(a), self.static_type(b))
            }
            ExprKind::Call(name, _) => match name.node.as_str() {
                "RANDOM" | "CHOICE_COUNT" | "TURNS" | "TURNS_SINCE" | "READ_COUNT" | "INT"
                | "LIST_COUNT" | "LIST_VALUE" => Ty::Int,
                "FLOOR" | "CEILING" | "FLOAT" | "POW" => Ty::Float,
                _ => Ty::Unknown,
            },
        }
    }

    /// Reports an operation that can never work on its operands' types.
    pub(super) fn check_types(&mut self, e: &ast::Expr) {
        let message = match &e.node {
            ExprKind::Binary(op, a, b) => {
                binary_error(*op, self.static_type(a), self.static_type(b))
            }
            ExprKind::Unary(UnOp::Neg, inner) => match self.static_type(inner) {
                t @ (Ty::Str | Ty::List | Ty::Divert) => {
                    Some(format!("cannot negate {}", t.name()))
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(message) = message {
            self.report(
                Diagnostic::error(message, e.span)
                    .with_code("weave::type")
                    .with_label("this can never be computed"),
            );
        }
    }
}

fn binary_type(op: BinOp, a: Ty, b: Ty) -> Ty {
    use BinOp::*;
    match op {
        Eq | Ne | Lt | Le | Gt | Ge | And | Or | Has | Hasnt => Ty::Bool,
        Intersect => Ty::List,
        Add if a == Ty::Str || b == Ty::Str => Ty::Str,
        _ if a == Ty::List => Ty::List,
        _ if a == Ty::Float || b == Ty::Float => Ty::Float,
        _ if a.numeric() && b.numeric() => Ty::Int,
        _ => Ty::Unknown,
    }
}

/// Why `a op b` can never be computed, if it cannot.
fn binary_error(op: BinOp, a: Ty, b: Ty) -> Option<String> {
    use BinOp::*;
    let verb = match op {
        Sub => "subtract",
        Mul => "multiply",
        Div => "divide",
        Mod => "take the remainder of",
        Lt | Le | Gt | Ge => "order",
        _ => return None,
    };
    let bad = |t: Ty| {
        matches!(
            (op, t),
            (_, Ty::Str | Ty::Divert) | (Mul | Div | Mod, Ty::List)
        )
    };
    let (x, y) = (a.name(), b.name());
    match (bad(a), bad(b)) {
        (true, _) | (_, true) if matches!(op, Lt | Le | Gt | Ge) => Some(format!(
            "cannot {verb} {x} and {y}: only numbers and lists compare with < and >"
        )),
        (true, _) | (_, true) => Some(format!("cannot {verb} {x} and {y}")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::script::ron::parse_ron;
    use crate::story::FileId;

    fn errors(logic: &str) -> Vec<String> {
        let script = format!(
            r#"Story(globals: ["VAR name = \"Ada\"", "VAR age = 36", "VAR at = -> end"], body: [Logic({logic:?}), Line("{{name}}{{age}}{{at}} -> end")], knots: [Knot(name: "end", body: [Line("-> END")])])"#
        );
        let story = parse_ron(FileId(0), &script).expect("the script reads");
        match crate::compile::compile(&story) {
            Ok(_) => Vec::new(),
            Err(diags) => diags.into_iter().map(|d| d.message).collect(),
        }
    }

    #[test]
    fn impossible_arithmetic_is_a_compile_error() {
        assert_eq!(
            errors("age = 3 - \"Ada\""),
            ["cannot subtract an int and a string"]
        );
        assert_eq!(errors("age = -\"Ada\""), ["cannot negate a string"]);
        assert_eq!(
            errors("age = -> end * 2"),
            ["cannot multiply a divert target and an int"]
        );
        assert_eq!(errors("temp ok = \"a\" < \"b\"").len(), 1);
    }

    #[test]
    fn a_variable_that_changes_type_is_no_error() {
        // ink is dynamically typed: `name` holds a string, then a number.
        assert!(errors("name = 5").is_empty());
        let script = r#"Story(globals: ["VAR name = \"Ada\""], body: [Logic("name = 5"), Logic("temp x = name - 1"), Line("{x} -> END")])"#;
        let story = parse_ron(FileId(0), script).expect("the script reads");
        assert!(crate::compile::compile(&story).is_ok());
    }

    #[test]
    fn what_ink_allows_is_no_error() {
        assert!(
            errors("name = name + age").is_empty(),
            "strings concatenate"
        );
        assert!(
            errors("age = age + true").is_empty(),
            "bools count as numbers"
        );
        assert!(errors("temp t = age / 2").is_empty());
        assert!(errors("age = age * 1.5").is_empty());
    }
}
