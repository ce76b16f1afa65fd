//! The small part of ink's expression language a plot map uses for
//! conditions and effects: names, numbers, booleans, comparison,
//! `and`/`or`/`not`, `+`/`-`, and the assignments `=`, `+=`, `-=`, `++`,
//! `--`. Parsed with nom into the story AST so the emitted script holds
//! real expressions.

use crate::story::{AssignOp, BinOp, Expr, ExprKind, Logic, Span, Spanned, UnOp};
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{alpha1, alphanumeric1, digit1, multispace0};
use nom::combinator::{all_consuming, map, map_res, not, opt, peek, recognize, value};
use nom::multi::many0;
use nom::sequence::{delimited, pair, preceded, terminated};
use nom::{IResult, Parser};

/// Parses a whole condition.
pub fn parse_condition(text: &str) -> Result<Expr, String> {
    all_consuming(delimited(multispace0, expr, multispace0))
        .parse(text)
        .map(|(_, e)| e)
        .map_err(|e| e.to_string())
}

/// Parses a whole assignment.
pub fn parse_assignment(text: &str) -> Result<Logic, String> {
    all_consuming(delimited(multispace0, assignment, multispace0))
        .parse(text)
        .map(|(_, l)| l)
        .map_err(|e| e.to_string())
}

fn spanned(kind: ExprKind) -> Expr {
    Spanned::new(kind, Span::default())
}

fn ws<'a, O>(
    inner: impl Parser<&'a str, Output = O, Error = nom::error::Error<&'a str>>,
) -> impl Parser<&'a str, Output = O, Error = nom::error::Error<&'a str>> {
    delimited(multispace0, inner, multispace0)
}

/// `ident = [A-Za-z_][A-Za-z0-9_.]*`
fn ident(input: &str) -> IResult<&str, &str> {
    recognize(pair(
        alt((alpha1, tag("_"))),
        many0(alt((alphanumeric1, tag("_"), tag(".")))),
    ))
    .parse(input)
}

/// `keyword = word not followed by a name character`
fn keyword<'a>(
    word: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    terminated(tag(word), not(peek(alt((alphanumeric1, tag("_"))))))
}

/// `assignment = ident ("=" | "+=" | "-=") expr | ident ("++" | "--")`
fn assignment(input: &str) -> IResult<&str, Logic> {
    let (rest, name) = ws(ident).parse(input)?;
    let name = Spanned::new(name.to_string(), Span::default());
    let step = alt((
        value(AssignOp::Add, tag("++")),
        value(AssignOp::Sub, tag("--")),
    ));
    let op = alt((
        value(AssignOp::Add, tag("+=")),
        value(AssignOp::Sub, tag("-=")),
        value(AssignOp::Set, tag("=")),
    ));
    alt((
        map(step, |op| (op, spanned(ExprKind::Int(1)))),
        pair(op, expr),
    ))
    .map(|(op, value)| Logic::Assign {
        name: name.clone(),
        op,
        value,
    })
    .parse(rest)
}

/// `expr = and (("or" | "||") and)*`
fn expr(input: &str) -> IResult<&str, Expr> {
    binary(input, and_expr, &[("||", BinOp::Or), ("or", BinOp::Or)])
}

/// `and = not (("and" | "&&") not)*`
fn and_expr(input: &str) -> IResult<&str, Expr> {
    binary(input, not_expr, &[("&&", BinOp::And), ("and", BinOp::And)])
}

/// `not = ("not" | "!") not | cmp`
fn not_expr(input: &str) -> IResult<&str, Expr> {
    alt((
        map(
            preceded(ws(alt((keyword("not"), tag("!")))), not_expr),
            |e| spanned(ExprKind::Unary(UnOp::Not, Box::new(e))),
        ),
        comparison,
    ))
    .parse(input)
}

/// `cmp = sum (("==" | "!=" | ">=" | "<=" | ">" | "<") sum)?`
fn comparison(input: &str) -> IResult<&str, Expr> {
    let ops = alt((
        value(BinOp::Eq, tag("==")),
        value(BinOp::Ne, tag("!=")),
        value(BinOp::Ge, tag(">=")),
        value(BinOp::Le, tag("<=")),
        value(BinOp::Gt, tag(">")),
        value(BinOp::Lt, tag("<")),
    ));
    let (rest, left) = sum(input)?;
    let (rest, right) = opt(pair(ws(ops), sum)).parse(rest)?;
    Ok(match right {
        Some((op, r)) => (
            rest,
            spanned(ExprKind::Binary(op, Box::new(left), Box::new(r))),
        ),
        None => (rest, left),
    })
}

/// `sum = atom (("+" | "-") atom)*`
fn sum(input: &str) -> IResult<&str, Expr> {
    binary(input, atom, &[("+", BinOp::Add), ("-", BinOp::Sub)])
}

/// `atom = int | "true" | "false" | ident | "(" expr ")"`
fn atom(input: &str) -> IResult<&str, Expr> {
    ws(alt((
        map_res(digit1, |d: &str| {
            d.parse().map(|n| spanned(ExprKind::Int(n)))
        }),
        value(spanned(ExprKind::Bool(true)), keyword("true")),
        value(spanned(ExprKind::Bool(false)), keyword("false")),
        map(ident, |n| {
            spanned(ExprKind::Var(Spanned::new(n.to_string(), Span::default())))
        }),
        delimited(tag("("), expr, tag(")")),
    )))
    .parse(input)
}

/// A left-associative chain of `operand` joined by the given operators.
fn binary<'a>(
    input: &'a str,
    operand: fn(&'a str) -> IResult<&'a str, Expr>,
    ops: &[(&'static str, BinOp)],
) -> IResult<&'a str, Expr> {
    let (mut rest, mut left) = operand(input)?;
    'outer: loop {
        for (word, op) in ops {
            if let Ok((after, _)) = ws(tag(*word)).parse(rest)
                && let Ok((after, right)) = operand(after)
            {
                left = spanned(ExprKind::Binary(*op, Box::new(left), Box::new(right)));
                rest = after;
                continue 'outer;
            }
        }
        return Ok((rest, left));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn var(n: &str) -> Expr {
        spanned(ExprKind::Var(Spanned::new(n.into(), Span::default())))
    }

    #[test]
    fn conditions_parse_with_ink_precedence() {
        let e = parse_condition("defiant and trust_naruto >= 2").expect("parses");
        let ge = spanned(ExprKind::Binary(
            BinOp::Ge,
            Box::new(var("trust_naruto")),
            Box::new(spanned(ExprKind::Int(2))),
        ));
        assert_eq!(
            e.node,
            ExprKind::Binary(BinOp::And, Box::new(var("defiant")), Box::new(ge))
        );
        let n = parse_condition("not bench").expect("parses");
        assert_eq!(n.node, ExprKind::Unary(UnOp::Not, Box::new(var("bench"))));
        assert!(parse_condition("a >= ").is_err());
    }

    #[test]
    fn assignments_parse() {
        let l = parse_assignment("trust_naruto += 1").expect("parses");
        assert!(matches!(
            l,
            Logic::Assign {
                op: AssignOp::Add,
                ..
            }
        ));
        let l = parse_assignment("vowed = true").expect("parses");
        assert!(matches!(
            l,
            Logic::Assign {
                op: AssignOp::Set,
                ..
            }
        ));
        assert!(parse_assignment("x ++").is_ok());
        assert!(parse_assignment("= 3").is_err());
    }
}
