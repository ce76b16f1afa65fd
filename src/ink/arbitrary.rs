//! proptest generators of AST values the parsers can produce, shared by
//! the printer round-trip tests here and the RON round trip in `story`.

use crate::story::{
    BinOp, Divert, DivertKind, Expr, ExprKind, Inline, InlineCond, SeqKind, Span, Spanned, Target,
    UnOp,
};
use proptest::prelude::*;

pub(crate) fn sp<T>(node: T) -> Spanned<T> {
    Spanned::new(node, Span::default())
}

pub(crate) fn ident() -> impl Strategy<Value = String> {
    "[a-zA-Z_][a-zA-Z0-9_]{0,4}|[0-9][a-z_]{1,3}|é[a-z]{0,2}".prop_filter("reserved", |s| {
        !crate::ink::expr::RESERVED.contains(&s.as_str())
            && !["stopping", "cycle", "once", "shuffle", "END", "DONE"].contains(&s.as_str())
    })
}

pub(crate) fn path() -> impl Strategy<Value = String> {
    prop::collection::vec(ident(), 1..3).prop_map(|v| v.join("."))
}

pub(crate) fn binop() -> impl Strategy<Value = BinOp> {
    use BinOp::*;
    prop::sample::select(vec![
        Add, Sub, Mul, Div, Mod, Eq, Ne, Lt, Le, Gt, Ge, And, Or, Has, Hasnt, Intersect,
    ])
}

pub(crate) fn expr() -> impl Strategy<Value = Expr> {
    let leaf = prop_oneof![
        any::<i32>().prop_map(ExprKind::Int),
        (-1.0e6f32..1.0e6).prop_map(ExprKind::Float),
        any::<bool>().prop_map(ExprKind::Bool),
        path().prop_map(|p| ExprKind::Var(sp(p))),
        path().prop_map(|p| ExprKind::DivertTarget(sp(p))),
        prop::collection::vec(path(), 0..3)
            .prop_map(|v| ExprKind::List(v.into_iter().map(sp).collect())),
    ]
    .prop_map(sp);
    leaf.prop_recursive(4, 24, 3, |inner| {
        prop_oneof![
            (
                prop::sample::select(vec![UnOp::Neg, UnOp::Not]),
                inner.clone()
            )
                .prop_map(|(op, e)| sp(ExprKind::Unary(op, Box::new(e)))),
            (binop(), inner.clone(), inner.clone()).prop_map(|(op, l, r)| sp(ExprKind::Binary(
                op,
                Box::new(l),
                Box::new(r)
            ))),
            (ident(), prop::collection::vec(inner.clone(), 0..3))
                .prop_map(|(n, args)| sp(ExprKind::Call(sp(n), args))),
            prop::collection::vec(plain_text().prop_map(Inline::Text), 0..2)
                .prop_map(|t| sp(ExprKind::Str(normalize(t)))),
        ]
    })
}

pub(crate) fn plain_text() -> impl Strategy<Value = String> {
    "[a-z :|{}#\\[\\]\"\\\\<>&!~/*-]{1,8}"
}

/// Merges adjacent text and drops empty text, as the parser does.
pub(crate) fn normalize(items: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    for item in items {
        match (out.last_mut(), item) {
            (_, Inline::Text(t)) if t.is_empty() => {}
            (Some(Inline::Text(prev)), Inline::Text(t)) => prev.push_str(&t),
            (_, item) => out.push(item),
        }
    }
    out
}

pub(crate) fn target() -> impl Strategy<Value = (Target, Vec<Expr>)> {
    prop_oneof![
        Just((Target::End, vec![])),
        Just((Target::Done, vec![])),
        (path(), prop::collection::vec(expr(), 0..2)).prop_map(|(p, a)| (Target::Path(sp(p)), a)),
    ]
}

pub(crate) fn divert(kind: DivertKind) -> impl Strategy<Value = Inline> {
    target().prop_map(move |(target, args)| {
        Inline::Divert(Box::new(Divert {
            kind,
            target,
            args,
            span: Span::default(),
        }))
    })
}

pub(crate) fn diverts() -> impl Strategy<Value = Vec<Inline>> {
    prop_oneof![
        Just(vec![]),
        (
            prop::collection::vec(divert(DivertKind::Tunnel), 0..3),
            prop::option::of(divert(DivertKind::Goto))
        )
            .prop_map(|(mut t, g)| {
                t.extend(g);
                t
            }),
        divert(DivertKind::Thread).prop_map(|d| vec![d]),
        prop::option::of(divert(DivertKind::Goto)).prop_map(|d| vec![Inline::TunnelReturn(d.map(
            |d| match d {
                Inline::Divert(d) => d,
                _ => unreachable!(),
            }
        ))]),
    ]
}

pub(crate) fn seq_kind() -> impl Strategy<Value = SeqKind> {
    use SeqKind::*;
    prop::sample::select(vec![
        Stopping,
        Cycle,
        Once,
        Shuffle,
        ShuffleOnce,
        ShuffleStopping,
    ])
}

/// Content: pieces, then diverts, then tags, the only order ink allows.
pub(crate) fn content(depth: u32) -> BoxedStrategy<Vec<Inline>> {
    let piece = if depth == 0 {
        prop_oneof![
            plain_text().prop_map(Inline::Text),
            Just(Inline::Glue),
            expr().prop_map(|e| Inline::Eval(Box::new(e)))
        ]
        .boxed()
    } else {
        prop_oneof![
            plain_text().prop_map(Inline::Text),
            Just(Inline::Glue),
            expr().prop_map(|e| Inline::Eval(Box::new(e))),
            (expr(), content(depth - 1), content(depth - 1)).prop_map(|(cond, then, otherwise)| {
                Inline::Cond(Box::new(InlineCond {
                    cond,
                    then,
                    otherwise,
                }))
            }),
            (seq_kind(), prop::collection::vec(content(depth - 1), 1..4))
                .prop_map(|(kind, branches)| Inline::Seq { kind, branches }),
        ]
        .boxed()
    };
    let tag = prop::collection::vec(plain_text(), 0..2).prop_map(|t| {
        let joined: String = t.concat();
        let trimmed = joined.trim();
        Inline::Tag(if trimmed.is_empty() {
            vec![]
        } else {
            vec![Inline::Text(trimmed.to_string())]
        })
    });
    (
        prop::collection::vec(piece, 0..4),
        diverts(),
        prop::collection::vec(tag, 0..2),
    )
        .prop_map(|(mut items, d, t)| {
            // ink refuses a tag after a divert; one before it is a tag.
            items.extend(t);
            items.extend(d);
            normalize(items)
        })
        .boxed()
}

/// A choice's three parts as the parser gives them: without brackets, the
/// trailing diverts of the text are its output.
pub fn choice_parts(
    mut start: Vec<Inline>,
    only: Option<Vec<Inline>>,
    output: Vec<Inline>,
) -> (Vec<Inline>, Option<Vec<Inline>>, Vec<Inline>) {
    if only.is_some() {
        return (start, only, output);
    }
    let at = start
        .iter()
        .rposition(|i| !matches!(i, Inline::Divert(_) | Inline::TunnelReturn(_)))
        .map_or(0, |i| i + 1);
    let output = start.split_off(at);
    (start, None, output)
}
