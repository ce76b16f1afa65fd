//! Statements that are not text: `~` logic lines, global declarations
//! (`VAR`, `CONST`, `LIST`, `EXTERNAL`), parameters and plain names.

use super::expr::{RESERVED, expression};
use super::input::{In, PError, PResult, backtrack, fail, identifier, keyword, span, ws};
use crate::story::{AssignOp, Expr, ExprKind, Global, ListItemDef, Logic, Name, Param, Spanned};
use nom::Parser;
use nom::bytes::complete::tag;
use nom::character::complete::{char, digit1, space1};

/// `name = identifier` (not a reserved word)
pub(crate) fn name(i: In) -> PResult<Name> {
    let start = i;
    let (r, n) = identifier(i)?;
    if RESERVED.contains(&n) {
        return backtrack(i);
    }
    Ok((r, Spanned::new(n.to_string(), span(&start, &r))))
}

/// A name where one is required: failing here is final.
fn expect_name<'a>(i: In<'a>, message: &'static str) -> PResult<'a, Name> {
    match name(i) {
        Err(nom::Err::Error(_)) => fail(i, message),
        other => other,
    }
}

/// An expression where one is required: failing here is final.
fn expect_expr<'a>(i: In<'a>, message: &'static str) -> PResult<'a, Expr> {
    match expression(i) {
        Err(nom::Err::Error(_)) => fail(i, message),
        other => other,
    }
}

/// `logic = "temp" name "=" expr | "return" expr? | name ("=" | "+=" | "-=") expr
///        | name ("++" | "--") | expr`
pub(crate) fn logic(i: In) -> PResult<Spanned<Logic>> {
    let (start, _) = ws(i)?;
    let (r, node) = nom::branch::alt((temp, return_stmt, assignment)).parse(start)?;
    Ok((r, Spanned::new(node, span(&start, &r))))
}

/// `temp = "temp" name "=" expr`
fn temp(i: In) -> PResult<Logic> {
    let (r, _) = (keyword("temp"), space1).parse(i)?;
    let (r, name) = expect_name(r, "expected a variable name after `temp`")?;
    let (r, _) = ws(r)?;
    let Ok((r, _)) = char::<_, PError>('=').parse(r) else {
        return fail(r, "expected `=` after the temporary variable's name");
    };
    let (r, value) = expect_expr(r, "expected a value after `=`")?;
    Ok((r, Logic::Temp { name, value }))
}

/// `return = "return" expr?`
fn return_stmt(i: In) -> PResult<Logic> {
    let (r, _) = keyword("return").parse(i)?;
    let (after, _) = ws(r)?;
    if after.fragment().is_empty() {
        return Ok((after, Logic::Return(None)));
    }
    let (r, value) = expect_expr(after, "expected a value after `return`")?;
    Ok((r, Logic::Return(Some(value))))
}

/// `assignment = name ("=" | "+=" | "-=") expr | name ("++" | "--") | expr`
fn assignment(i: In) -> PResult<Logic> {
    let Ok((r, name)) = name(i) else {
        return bare_expression(i);
    };
    let (r, _) = ws(r)?;
    let op: PResult<(AssignOp, bool)> = nom::branch::alt((
        tag("+=").map(|_| (AssignOp::Add, false)),
        tag("-=").map(|_| (AssignOp::Sub, false)),
        tag("++").map(|_| (AssignOp::Add, true)),
        tag("--").map(|_| (AssignOp::Sub, true)),
        (char('='), nom::combinator::not(char('='))).map(|_| (AssignOp::Set, false)),
    ))
    .parse(r);
    match op {
        Ok((after, (op, true))) => {
            let one = Spanned::new(ExprKind::Int(1), span(&r, &after));
            Ok((
                after,
                Logic::Assign {
                    name,
                    op,
                    value: one,
                },
            ))
        }
        Ok((after, (op, false))) => {
            let (after, value) = expect_expr(after, "expected a value to assign")?;
            Ok((after, Logic::Assign { name, op, value }))
        }
        Err(_) => bare_expression(i),
    }
}

/// `bare_expression = expr` (usually a function call)
fn bare_expression(i: In) -> PResult<Logic> {
    let (r, e) = expect_expr(
        i,
        "expected an assignment, `temp`, `return` or an expression",
    )?;
    Ok((r, Logic::Expr(e)))
}

/// `global = ("VAR" | "CONST") name "=" expr | "LIST" name "=" list_items
///         | "EXTERNAL" name "(" names ")"`
pub(crate) fn global(i: In) -> PResult<Spanned<Global>> {
    let (start, _) = ws(i)?;
    let (r, node) = nom::branch::alt((var_or_const, list_def, external)).parse(start)?;
    Ok((r, Spanned::new(node, span(&start, &r))))
}

/// `var_or_const = ("VAR" | "CONST") name "=" expr`
fn var_or_const(i: In) -> PResult<Global> {
    let (r, word) = nom::branch::alt((keyword("VAR"), keyword("CONST"))).parse(i)?;
    let (r, _) = ws(r)?;
    let (r, name) = expect_name(r, "expected a variable name")?;
    let (r, _) = ws(r)?;
    let Ok((r, _)) = char::<_, PError>('=').parse(r) else {
        return fail(r, "expected `=` and an initial value");
    };
    let (r, value) = expect_expr(r, "expected an initial value after `=`")?;
    if *word.fragment() == "VAR" {
        Ok((r, Global::Var { name, value }))
    } else {
        Ok((r, Global::Const { name, value }))
    }
}

/// `list_def = "LIST" name "=" list_item ("," list_item)*`
fn list_def(i: In) -> PResult<Global> {
    let (r, _) = keyword("LIST").parse(i)?;
    let (r, _) = ws(r)?;
    let (r, name) = expect_name(r, "expected the list's name")?;
    let (r, _) = ws(r)?;
    let Ok((mut r, _)) = char::<_, PError>('=').parse(r) else {
        return fail(r, "expected `=` and the list's items");
    };
    let mut items = Vec::new();
    loop {
        let (after, item) = list_item(r)?;
        items.push(item);
        let (after, _) = ws(after)?;
        match char::<_, PError>(',').parse(after) {
            Ok((after, _)) => r = after,
            Err(_) => return Ok((after, Global::List { name, items })),
        }
    }
}

/// `list_item = "(" item_value ")" | "(" name ")" ("=" int)? | item_value`
/// where `item_value = name ("=" int)?` (ink takes the value inside or
/// after the parentheses).
fn list_item(i: In) -> PResult<ListItemDef> {
    let (r, _) = ws(i)?;
    let (r, selected) = match char::<_, PError>('(').parse(r) {
        Ok((r, _)) => (ws(r)?.0, true),
        Err(_) => (r, false),
    };
    let (r, name) = expect_name(r, "expected a list item")?;
    let (r, _) = ws(r)?;
    let (r, closed) = match char::<_, PError>(')').parse(r) {
        Ok((r, _)) if selected => (ws(r)?.0, true),
        _ => (r, false),
    };
    let (r, value) = match char::<_, PError>('=').parse(r) {
        Ok((r, _)) => {
            let (r, v) = int(ws(r)?.0)?;
            (ws(r)?.0, Some(v))
        }
        Err(_) => (r, None),
    };
    if !selected || closed {
        return Ok((
            r,
            ListItemDef {
                name,
                value,
                selected,
            },
        ));
    }
    match char::<_, PError>(')').parse(r) {
        Ok((r, _)) => Ok((
            r,
            ListItemDef {
                name,
                value,
                selected,
            },
        )),
        Err(_) => fail(r, "expected `)` after the selected list item"),
    }
}

/// `int = "-"? digit+`
fn int(i: In) -> PResult<i32> {
    let parsed: PResult<_> = (nom::combinator::opt(char('-')), digit1).parse(i);
    let (r, (minus, digits)) = match parsed {
        Ok(found) => found,
        Err(_) => return fail(i, "expected a whole number"),
    };
    let text = format!(
        "{}{}",
        if minus.is_some() { "-" } else { "" },
        digits.fragment()
    );
    match text.parse() {
        Ok(n) => Ok((r, n)),
        Err(_) => fail(i, "this integer does not fit in 32 bits"),
    }
}

/// `external = "EXTERNAL" name "(" (name ("," name)*)? ")"`
fn external(i: In) -> PResult<Global> {
    let (r, _) = keyword("EXTERNAL").parse(i)?;
    let (r, _) = ws(r)?;
    let (r, name) = expect_name(r, "expected the external function's name")?;
    let (r, _) = ws(r)?;
    let Ok((r, _)) = char::<_, PError>('(').parse(r) else {
        return fail(r, "expected `(` and the parameters");
    };
    let (mut r, _) = ws(r)?;
    let mut params = Vec::new();
    if let Ok((after, _)) = char::<_, PError>(')').parse(r) {
        return Ok((after, Global::External { name, params }));
    }
    loop {
        let (after, p) = expect_name(r, "expected a parameter name")?;
        params.push(p);
        let (after, _) = ws(after)?;
        if let Ok((after, _)) = char::<_, PError>(',').parse(after) {
            r = ws(after)?.0;
            continue;
        }
        return match char::<_, PError>(')').parse(after) {
            Ok((after, _)) => Ok((after, Global::External { name, params })),
            Err(_) => fail(after, "expected `,` or `)` after a parameter"),
        };
    }
}

/// `param = "ref" name | "->" name | name`
pub(crate) fn param(i: In) -> PResult<Param> {
    let (r, _) = ws(i)?;
    if let Ok((after, _)) = (keyword("ref"), space1).parse(r) {
        let (after, name) = expect_name(after, "expected a parameter name after `ref`")?;
        return Ok((
            after,
            Param {
                name,
                by_ref: true,
                divert: false,
            },
        ));
    }
    if let Ok((after, _)) = tag::<_, _, PError>("->").parse(r) {
        let (after, _) = ws(after)?;
        let (after, name) = expect_name(after, "expected a parameter name after `->`")?;
        return Ok((
            after,
            Param {
                name,
                by_ref: false,
                divert: true,
            },
        ));
    }
    let (after, name) = expect_name(r, "expected a parameter name")?;
    Ok((
        after,
        Param {
            name,
            by_ref: false,
            divert: false,
        },
    ))
}
