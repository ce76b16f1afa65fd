//! ink's expression grammar, with ink's own operator precedence (higher binds
//! tighter, all left-associative):
//!
//! | level | operators |
//! |---|---|
//! | 1 | `&&` `\|\|` `and` `or` |
//! | 2 | `==` `>=` `<=` `<` `>` `!=` |
//! | 3 | `?` `has` `!?` `hasnt` `^` |
//! | 4 | `+` |
//! | 5 | `-` |
//! | 6 | `*` |
//! | 7 | `/` |
//! | 8 | `%` `mod` |
//!
//! Unary `-`, `!` and `not` bind tighter than any of them. As in ink, `(x)`
//! is a list of one item, not a parenthesised name, and a minus sign written
//! straight before a number literal is folded into it.

use super::content::{Ctx, inline_items};
use super::input::{
    In, Nesting, PError, PResult, backtrack, fail, identifier, is_ident_char, keyword, soften,
    span, ws,
};
use crate::story::{BinOp, Expr, ExprKind, Path, Spanned, UnOp};
use nom::bytes::complete::tag;
use nom::character::complete::{char, digit1};
use nom::{Input, Parser};

/// Names that cannot start a variable reference.
pub(crate) const RESERVED: &[&str] = &[
    "true", "false", "not", "and", "or", "has", "hasnt", "mod", "temp", "return", "else", "VAR",
    "CONST", "LIST", "EXTERNAL", "function", "ref",
];

/// The binary operators, longest spelling first where one is a prefix of
/// another; word operators need a space after them.
const OPERATORS: &[(&str, BinOp, u8)] = &[
    ("&&", BinOp::And, 1),
    ("||", BinOp::Or, 1),
    ("and", BinOp::And, 1),
    ("or", BinOp::Or, 1),
    ("==", BinOp::Eq, 2),
    (">=", BinOp::Ge, 2),
    ("<=", BinOp::Le, 2),
    ("!=", BinOp::Ne, 2),
    ("<", BinOp::Lt, 2),
    (">", BinOp::Gt, 2),
    ("?", BinOp::Has, 3),
    ("hasnt", BinOp::Hasnt, 3),
    ("has", BinOp::Has, 3),
    ("!?", BinOp::Hasnt, 3),
    ("^", BinOp::Intersect, 3),
    ("+", BinOp::Add, 4),
    ("-", BinOp::Sub, 5),
    ("*", BinOp::Mul, 6),
    ("/", BinOp::Div, 7),
    ("%", BinOp::Mod, 8),
    ("mod", BinOp::Mod, 8),
];

/// The precedence level of a binary operator (see the table above).
pub(crate) fn precedence(op: BinOp) -> u8 {
    OPERATORS
        .iter()
        .find(|(_, o, _)| *o == op)
        .map_or(0, |(_, _, p)| *p)
}

/// `expression = unary (infix_op unary)*`, read by precedence climbing.
pub(crate) fn expression(i: In) -> PResult<Expr> {
    let (i, _) = ws(i)?;
    binary(i, 0)
}

/// `binary(min) = unary (op binary(prec(op)))*` for operators above `min`.
fn binary(i: In, min: u8) -> PResult<Expr> {
    let start = i;
    let (mut i, mut left) = unary(i)?;
    let mut operators = 0;
    loop {
        let (j, _) = ws(i)?;
        let Ok((k, (op, prec))) = infix_op(j) else {
            break;
        };
        if prec <= min {
            break;
        }
        // Each operator is a level of the tree the compiler walks.
        operators += 1;
        if operators > super::nesting::OPERATORS_LIMIT {
            return fail(j, super::nesting::OPERATORS_MESSAGE);
        }
        let (k, _) = ws(k)?;
        let (k, right) = match binary(k, prec) {
            Err(nom::Err::Error(_)) => {
                return fail(k, "expected an expression after this operator");
            }
            other => other?,
        };
        left = Spanned::new(
            ExprKind::Binary(op, Box::new(left), Box::new(right)),
            span(&start, &k),
        );
        i = k;
    }
    Ok((i, left))
}

/// `infix_op = "&&" | "||" | "and" | … | "mod"` (word operators need a space after).
fn infix_op(i: In) -> PResult<(BinOp, u8)> {
    let frag = *i.fragment();
    // Most expressions end here: nothing that can start an operator follows.
    if !frag.starts_with(|c: char| "&|aon=<>!?h^+-*/%m".contains(c)) {
        return backtrack(i);
    }
    for (spelling, op, prec) in OPERATORS {
        if !frag.starts_with(*spelling) {
            continue;
        }
        let rest = nom::Input::take_from(&i, spelling.len());
        let next = rest.fragment().chars().next();
        let word = spelling.chars().all(|c| c.is_ascii_alphabetic());
        if word && !matches!(next, Some(' ' | '\t')) {
            continue;
        }
        // `->` is a divert, not a minus.
        if *spelling == "-" && next == Some('>') {
            continue;
        }
        return Ok((rest, (*op, *prec)));
    }
    backtrack(i)
}

/// `unary = divert_target | ("-" | "!" | "not") unary | atom`
fn unary(i: In) -> PResult<Expr> {
    let _nesting = Nesting::enter(i)?;
    let start = i;
    if let Ok((rest, target)) = divert_target(i) {
        return Ok((rest, target));
    }
    let prefix = match i.fragment().as_bytes().first() {
        Some(b'-') => Ok((i.take_from(1), UnOp::Neg)),
        Some(b'!') => Ok((i.take_from(1), UnOp::Not)),
        Some(b'n') => keyword("not").map(|_| UnOp::Not).parse(i),
        _ => backtrack(i),
    };
    let Ok((rest, op)) = prefix else {
        return atom(i);
    };
    let (rest, _) = ws(rest)?;
    // A minus written straight before a number literal is part of it.
    let bare_number =
        rest.fragment().starts_with(|c: char| c.is_ascii_digit()) && identifier(rest).is_err();
    if op == UnOp::Neg && bare_number {
        let (rest, n) = number(rest, true)?;
        return Ok((rest, Spanned::new(n.node, span(&start, &rest))));
    }
    let (rest, inner) = match unary(rest) {
        Err(nom::Err::Error(_)) => return fail(rest, "expected an expression after this operator"),
        other => other?,
    };
    let node = ExprKind::Unary(op, Box::new(inner));
    Ok((rest, Spanned::new(node, span(&start, &rest))))
}

/// `divert_target = "->" path`
fn divert_target(i: In) -> PResult<Expr> {
    let start = i;
    let (rest, _) = tag("->").parse(i)?;
    let (rest, _) = ws(rest)?;
    let (rest, p) = match path(rest) {
        Err(nom::Err::Error(_)) => return fail(rest, "expected a divert target after `->`"),
        other => other?,
    };
    Ok((
        rest,
        Spanned::new(ExprKind::DivertTarget(p), span(&start, &rest)),
    ))
}

/// `path = identifier ("." identifier)*`
pub(crate) fn path(i: In) -> PResult<Path> {
    let start = i;
    let (mut rest, _) = identifier(i)?;
    while let Ok((after_dot, _)) = char::<_, PError>('.').parse(rest) {
        let Ok((after, _)) = identifier(after_dot) else {
            break;
        };
        rest = after;
    }
    // The names and dots are contiguous: the path is the text read.
    let text = start.fragment()[..rest.location_offset() - start.location_offset()].to_string();
    Ok((rest, Spanned::new(text, span(&start, &rest))))
}

/// `atom = list | "(" expression ")" | string | call | variable | number`
fn atom(i: In) -> PResult<Expr> {
    let start = i;
    let (rest, node) = match i.fragment().chars().next() {
        Some('(') => return list_or_paren(i),
        Some('"') => string(i)?,
        Some(c) if is_ident_char(c) => match identifier(i) {
            Ok(_) => call_or_variable(i)?,
            Err(_) => return number(i, false),
        },
        _ => return backtrack(i),
    };
    Ok((rest, Spanned::new(node, span(&start, &rest))))
}

/// `call_or_variable = identifier "(" arguments ")" | "true" | "false" | path`
fn call_or_variable(i: In) -> PResult<ExprKind> {
    let start = i;
    let (rest, name) = identifier(i)?;
    let name_end = rest;
    let (after_ws, _) = ws(rest)?;
    if after_ws.fragment().starts_with('(') {
        let (rest, args) = arguments(after_ws)?;
        let name = Spanned::new(name.to_string(), span(&start, &name_end));
        return Ok((rest, ExprKind::Call(name, args)));
    }
    match name {
        "true" => return Ok((rest, ExprKind::Bool(true))),
        "false" => return Ok((rest, ExprKind::Bool(false))),
        n if RESERVED.contains(&n) => return backtrack(i),
        _ => {}
    }
    let (rest, p) = path(i)?;
    Ok((rest, ExprKind::Var(p)))
}

/// `arguments = "(" (expression ("," expression)*)? ")"`
pub(crate) fn arguments(i: In) -> PResult<Vec<Expr>> {
    let (mut i, _) = char('(').parse(i)?;
    let mut args = Vec::new();
    let (j, _) = ws(i)?;
    if let Ok((k, _)) = char::<_, PError>(')').parse(j) {
        return Ok((k, args));
    }
    loop {
        let (j, arg) = match expression(i) {
            Err(nom::Err::Error(_)) => return fail(i, "expected an argument"),
            other => other?,
        };
        args.push(arg);
        let (j, _) = ws(j)?;
        if let Ok((k, _)) = char::<_, PError>(',').parse(j) {
            i = k;
            continue;
        }
        return match char::<_, PError>(')').parse(j) {
            Ok((k, _)) => Ok((k, args)),
            Err(_) => fail(j, "expected `,` or `)` to close the arguments"),
        };
    }
}

/// `list_or_paren = "(" (list_member ("," list_member)*)? ")" | "(" expression ")"`
fn list_or_paren(i: In) -> PResult<Expr> {
    if let Ok(found) = list(i) {
        return Ok(found);
    }
    let (rest, _) = char('(').parse(i)?;
    let (rest, inner) = match expression(rest) {
        Err(nom::Err::Error(_)) => return fail(rest, "expected an expression after `(`"),
        other => other?,
    };
    let (rest, _) = ws(rest)?;
    match char::<_, PError>(')').parse(rest) {
        Ok((rest, _)) => Ok((rest, inner)),
        Err(_) => fail(rest, "expected `)` to close the parenthesis"),
    }
}

/// `list = "(" (path ("," path)*)? ")"`
fn list(i: In) -> PResult<Expr> {
    let start = i;
    let (mut rest, _) = char('(').parse(i)?;
    let mut items = Vec::new();
    loop {
        let (r, _) = ws(rest)?;
        if let (true, Ok((r, _))) = (items.is_empty(), char::<_, PError>(')').parse(r)) {
            return Ok((r, Spanned::new(ExprKind::List(items), span(&start, &r))));
        }
        let (r, item) = path(r)?;
        if RESERVED.contains(&item.node.as_str()) {
            return backtrack(i);
        }
        items.push(item);
        let (r, _) = ws(r)?;
        if let Ok((r, _)) = char::<_, PError>(',').parse(r) {
            rest = r;
            continue;
        }
        let (r, _) = char(')').parse(r)?;
        return Ok((r, Spanned::new(ExprKind::List(items), span(&start, &r))));
    }
}

/// `string = '"' inline_content '"'`
fn string(i: In) -> PResult<ExprKind> {
    let (rest, _) = char('"').parse(i)?;
    let (rest, items) = inline_items(rest, Ctx::STRING)?;
    match char::<_, PError>('"').parse(rest) {
        Ok((rest, _)) => Ok((rest, ExprKind::Str(items))),
        Err(_) => fail(rest, "expected `\"` to close the string"),
    }
}

/// `number = digit+ ("." digit+)?`; `negative` when a minus came before it.
fn number(i: In, negative: bool) -> PResult<Expr> {
    let start = i;
    let (rest, whole) = digit1(i)?;
    let sign = if negative { "-" } else { "" };
    let fraction = soften((char('.'), digit1).parse(rest));
    let (rest, node) = match fraction {
        Ok((rest, (_, frac))) => {
            let text = format!("{sign}{}.{}", whole.fragment(), frac.fragment());
            match text.parse::<f32>() {
                Ok(f) if f.is_finite() => (rest, ExprKind::Float(f)),
                _ => return fail(start, "this number is too large"),
            }
        }
        Err(_) => match format!("{sign}{}", whole.fragment()).parse::<i32>() {
            Ok(n) => (rest, ExprKind::Int(n)),
            Err(_) => return fail(start, "this integer does not fit in 32 bits"),
        },
    };
    Ok((rest, Spanned::new(node, span(&start, &rest))))
}
