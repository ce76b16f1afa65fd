//! The printer: story AST back to ink markup. For every value the parsers
//! can produce, parsing the printed text gives an equal value (spans aside).
//!
//! It escapes with `\` whatever would otherwise read as markup where it
//! stands, and adds parentheses only where ink's precedence needs them.
//! Known limits: a tag's text cannot start or end with whitespace (the
//! parser trims it), a `Void` expression prints as nothing, a sequence with
//! no branch prints as one with a single empty branch, and a choice's output
//! needs brackets (`choice_only` not `None`) to be printed.

use super::expr::precedence;
use crate::story::{
    AssignOp, BinOp, Divert, DivertKind, Expr, ExprKind, Global, Inline, Logic, Param, SeqKind,
    Target, UnOp,
};
use std::fmt::Write;

/// Where text is printed, which decides what must be escaped.
#[derive(Clone, Copy, Default)]
struct At {
    braces: bool,
    choice: bool,
    string: bool,
    /// At the start of the first branch of a `{…}` without annotation.
    first_branch: bool,
}

/// An expression, parenthesised only where precedence needs it.
pub fn expr(e: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, e);
    out
}

/// One line of inline content.
pub fn inlines(items: &[Inline]) -> String {
    let mut out = String::new();
    write_items(&mut out, items, At::default());
    out
}

/// A choice's text: `start[choice only]output`.
pub fn choice_text(start: &[Inline], choice_only: Option<&[Inline]>, output: &[Inline]) -> String {
    let at = At {
        choice: true,
        ..At::default()
    };
    let mut out = String::new();
    write_items(&mut out, start, at);
    match choice_only {
        Some(only) => {
            out.push('[');
            write_items(&mut out, only, at);
            out.push(']');
        }
        // Without brackets, only trailing diverts are output (the parser
        // puts them there); anything else needs the brackets.
        None if output.iter().all(is_divert) => {}
        None => out.push_str("[]"),
    }
    write_items(&mut out, output, at);
    out
}

fn is_divert(item: &Inline) -> bool {
    matches!(item, Inline::Divert(_) | Inline::TunnelReturn(_))
}

/// A logic line, without the leading `~`.
pub fn logic(l: &Logic) -> String {
    match l {
        Logic::Temp { name, value } => format!("temp {} = {}", name.node, expr(value)),
        Logic::Assign { name, op, value } => {
            let op = match op {
                AssignOp::Set => "=",
                AssignOp::Add => "+=",
                AssignOp::Sub => "-=",
            };
            format!("{} {op} {}", name.node, expr(value))
        }
        Logic::Expr(e) => expr(e),
        Logic::Return(None) => "return".to_string(),
        Logic::Return(Some(e)) => format!("return {}", expr(e)),
    }
}

/// A global declaration.
pub fn global(g: &Global) -> String {
    match g {
        Global::Var { name, value } => format!("VAR {} = {}", name.node, expr(value)),
        Global::Const { name, value } => format!("CONST {} = {}", name.node, expr(value)),
        Global::List { name, items } => {
            let items: Vec<String> = items
                .iter()
                .map(|item| {
                    let mut s = item.name.node.clone();
                    if let Some(v) = item.value {
                        let _ = write!(s, " = {v}");
                    }
                    if item.selected { format!("({s})") } else { s }
                })
                .collect();
            format!("LIST {} = {}", name.node, items.join(", "))
        }
        Global::External { name, params } => {
            let params: Vec<&str> = params.iter().map(|p| p.node.as_str()).collect();
            format!("EXTERNAL {}({})", name.node, params.join(", "))
        }
    }
}

/// A parameter: `x`, `ref x` or `-> x`.
pub fn param(p: &Param) -> String {
    match (p.by_ref, p.divert) {
        (true, _) => format!("ref {}", p.name.node),
        (false, true) => format!("-> {}", p.name.node),
        (false, false) => p.name.node.clone(),
    }
}

fn write_expr(out: &mut String, e: &Expr) {
    match &e.node {
        ExprKind::Void => {}
        ExprKind::Int(n) => {
            let _ = write!(out, "{n}");
        }
        ExprKind::Float(f) => write_float(out, *f),
        ExprKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        ExprKind::Str(items) => {
            out.push('"');
            let at = At {
                string: true,
                ..At::default()
            };
            write_items(out, items, at);
            out.push('"');
        }
        ExprKind::Var(p) => out.push_str(&p.node),
        ExprKind::DivertTarget(p) => {
            let _ = write!(out, "-> {}", p.node);
        }
        ExprKind::Unary(op, inner) => write_unary(out, *op, inner),
        ExprKind::Binary(op, l, r) => write_binary(out, *op, l, r),
        ExprKind::Call(name, args) => {
            out.push_str(&name.node);
            write_args(out, args);
        }
        ExprKind::List(items) => {
            let items: Vec<&str> = items.iter().map(|p| p.node.as_str()).collect();
            let _ = write!(out, "({})", items.join(", "));
        }
    }
}

/// Floats always carry a `.` so they read back as floats.
fn write_float(out: &mut String, f: f32) {
    let text = format!("{f}");
    out.push_str(&text);
    if !text.contains(['.', 'e', 'N', 'i']) {
        out.push_str(".0");
    }
}

fn write_unary(out: &mut String, op: UnOp, inner: &Expr) {
    out.push_str(match op {
        UnOp::Neg => "-",
        UnOp::Not => "not ",
    });
    // A minus straight before a number would be read as part of it.
    let wrap = matches!(inner.node, ExprKind::Binary(..))
        || op == UnOp::Neg
            && matches!(
                inner.node,
                ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::DivertTarget(_)
            );
    let text = expr(inner);
    if wrap {
        let _ = write!(out, "({text})");
    } else {
        if op == UnOp::Neg && text.starts_with('-') {
            out.push(' ');
        }
        out.push_str(&text);
    }
}

fn write_binary(out: &mut String, op: BinOp, l: &Expr, r: &Expr) {
    let prec = precedence(op);
    let needs = |e: &Expr, strict: bool| match &e.node {
        ExprKind::Binary(o, ..) => {
            if strict {
                precedence(*o) <= prec
            } else {
                precedence(*o) < prec
            }
        }
        _ => false,
    };
    write_operand(out, l, needs(l, false));
    let spelling = match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Eq => "==",
        BinOp::Ne => "!=",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        BinOp::Ge => ">=",
        BinOp::And => "and",
        BinOp::Or => "or",
        BinOp::Has => "has",
        BinOp::Hasnt => "hasnt",
        BinOp::Intersect => "^",
    };
    let _ = write!(out, " {spelling} ");
    write_operand(out, r, needs(r, true));
}

fn write_operand(out: &mut String, e: &Expr, paren: bool) {
    if paren {
        out.push('(');
        write_expr(out, e);
        out.push(')');
    } else {
        write_expr(out, e);
    }
}

fn write_args(out: &mut String, args: &[Expr]) {
    let args: Vec<String> = args.iter().map(expr).collect();
    let _ = write!(out, "({})", args.join(", "));
}

fn write_items(out: &mut String, items: &[Inline], at: At) {
    for (n, item) in items.iter().enumerate() {
        let at = At {
            first_branch: at.first_branch && n == 0,
            ..at
        };
        match item {
            Inline::Text(t) => write_text(out, t, at),
            Inline::Glue => out.push_str("<>"),
            Inline::Tag(inner) => {
                out.push('#');
                write_items(
                    out,
                    inner,
                    At {
                        first_branch: false,
                        ..at
                    },
                );
            }
            Inline::Eval(e) => {
                out.push('{');
                write_expr(out, e);
                out.push('}');
            }
            Inline::Cond(c) => write_cond(out, &c.cond, &c.then, &c.otherwise),
            Inline::Seq { kind, branches } => write_seq(out, *kind, branches),
            Inline::Divert(d) => {
                let chained = match items.get(n + 1) {
                    Some(Inline::Divert(next)) => next.kind != DivertKind::Thread,
                    // `-> t ->->`: the tunnel's own `->` is part of the return.
                    Some(Inline::TunnelReturn(_)) => d.kind == DivertKind::Tunnel,
                    _ => false,
                };
                write_divert(out, d, chained);
            }
            Inline::TunnelReturn(target) => {
                out.push_str("->->");
                if let Some(d) = target {
                    out.push(' ');
                    write_target(out, d);
                }
            }
        }
    }
}

/// A divert; a tunnel followed by another divert leaves its closing `->` to it.
fn write_divert(out: &mut String, d: &Divert, chained: bool) {
    out.push_str(if d.kind == DivertKind::Thread {
        "<- "
    } else {
        "-> "
    });
    write_target(out, d);
    if d.kind == DivertKind::Tunnel && !chained {
        out.push_str(" ->");
    } else if chained {
        out.push(' ');
    }
}

fn write_target(out: &mut String, d: &Divert) {
    match &d.target {
        Target::End => out.push_str("END"),
        Target::Done => out.push_str("DONE"),
        Target::Path(p) => {
            out.push_str(&p.node);
            if !d.args.is_empty() {
                write_args(out, &d.args);
            }
        }
    }
}

fn write_cond(out: &mut String, cond: &Expr, then: &[Inline], otherwise: &[Inline]) {
    let at = At {
        braces: true,
        ..At::default()
    };
    out.push('{');
    write_expr(out, cond);
    out.push(':');
    write_items(out, then, at);
    if !otherwise.is_empty() {
        out.push('|');
        write_items(out, otherwise, at);
    }
    out.push('}');
}

fn write_seq(out: &mut String, kind: SeqKind, branches: &[Vec<Inline>]) {
    let annotation = match kind {
        SeqKind::Stopping if branches.len() >= 2 => "",
        SeqKind::Stopping => "stopping:",
        SeqKind::Cycle => "&",
        SeqKind::Once => "!",
        SeqKind::Shuffle => "~",
        SeqKind::ShuffleOnce => "shuffle once:",
        SeqKind::ShuffleStopping => "shuffle stopping:",
    };
    out.push('{');
    out.push_str(annotation);
    if branches.is_empty() {
        out.push('}');
        return;
    }
    for (n, branch) in branches.iter().enumerate() {
        if n > 0 {
            out.push('|');
        }
        let at = At {
            braces: true,
            // After `{` or a symbol annotation, more symbols would join it.
            first_branch: n == 0 && !annotation.ends_with(':'),
            ..At::default()
        };
        write_items(out, branch, at);
    }
    out.push('}');
}

/// Text with `\` before every character that would read as markup here.
fn write_text(out: &mut String, text: &str, at: At) {
    let chars: Vec<char> = text.chars().collect();
    let mut leading_space = true;
    for (n, &c) in chars.iter().enumerate() {
        let next = chars.get(n + 1).copied();
        let escape = match c {
            '\\' | '{' | '}' | '|' | '#' => true,
            '"' => at.string,
            '[' | ']' => at.choice,
            ':' => at.braces,
            '-' => next == Some('>'),
            // At the end, a divert (`->`) may follow and make `<-`.
            '<' => matches!(next, Some('-' | '>') | None),
            '/' => matches!(next, Some('/' | '*')),
            '&' | '!' | '~' | '$' => at.first_branch && leading_space,
            // A `{` skips the blanks that open it, so keep a leading one.
            ' ' | '\t' => at.first_branch && n == 0,
            _ => false,
        };
        leading_space = leading_space && (c == ' ' || c == '\t');
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
}
