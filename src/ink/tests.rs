//! Unit tests for the ink parsers and the printer: each construct, the
//! error messages users see, and the parse(print(x)) == x round trip.

use super::*;
use crate::story::respan::Respan;
use crate::story::{
    AssignOp, BinOp, DivertKind, ExprKind, FileId, InlineCond, SeqKind, SourceMap, Span, Target,
    UnOp,
};

fn base() -> Base {
    Base::new(FileId(0), 0)
}

fn e(text: &str) -> ExprKind {
    match parse_expr(text, base()) {
        Ok(x) => x.node,
        Err(d) => panic!("{text}: {d} at {:?}", d.span),
    }
}

fn items(text: &str) -> Vec<Inline> {
    match parse_line(text, base()) {
        Ok(c) => c.items,
        Err(d) => panic!("{text}: {d} at {:?}", d.span),
    }
}

fn error(result: Result<impl std::fmt::Debug, Diagnostic>) -> (String, u32) {
    let d = result.expect_err("expected an error");
    (d.message, d.span.start)
}

fn var(name: &str) -> ExprKind {
    ExprKind::Var(Spanned::new(name.to_string(), Span::default()))
}

fn bin(op: BinOp, l: ExprKind, r: ExprKind) -> ExprKind {
    let s = Span::default();
    ExprKind::Binary(
        op,
        Box::new(Spanned::new(l, s)),
        Box::new(Spanned::new(r, s)),
    )
}

fn text(t: &str) -> Inline {
    Inline::Text(t.to_string())
}

#[test]
fn literals_and_names() {
    assert_eq!(e("42"), ExprKind::Int(42));
    assert_eq!(e("-7"), ExprKind::Int(-7));
    assert_eq!(e("-2147483648"), ExprKind::Int(i32::MIN));
    assert_eq!(e("1.5"), ExprKind::Float(1.5));
    assert_eq!(e("true"), ExprKind::Bool(true));
    assert_eq!(e("1a"), var("1a"));
    assert_eq!(e("knot.stitch"), var("knot.stitch"));
    assert_eq!(e("été"), var("été"));
    assert_eq!(e("notable"), var("notable"));
    assert_eq!(
        e("\"hi {x}\""),
        ExprKind::Str(vec![
            text("hi "),
            Inline::Eval(Box::new(Spanned::new(var("x"), Span::default())))
        ])
    );
}

#[test]
fn precedence_is_inks() {
    // `-` binds tighter than `+` in ink.
    assert_eq!(
        e("a - b + c"),
        bin(BinOp::Add, bin(BinOp::Sub, var("a"), var("b")), var("c"))
    );
    assert_eq!(
        e("a + b - c"),
        bin(BinOp::Add, var("a"), bin(BinOp::Sub, var("b"), var("c")))
    );
    assert_eq!(
        e("a - b - c"),
        bin(BinOp::Sub, bin(BinOp::Sub, var("a"), var("b")), var("c"))
    );
    assert_eq!(
        e("a / b * c"),
        bin(BinOp::Mul, bin(BinOp::Div, var("a"), var("b")), var("c"))
    );
    assert_eq!(
        e("a mod b / c"),
        bin(BinOp::Div, bin(BinOp::Mod, var("a"), var("b")), var("c"))
    );
    assert_eq!(
        e("x has y == true and z"),
        bin(
            BinOp::And,
            bin(
                BinOp::Eq,
                bin(BinOp::Has, var("x"), var("y")),
                ExprKind::Bool(true)
            ),
            var("z")
        )
    );
    assert_eq!(e("a hasnt b"), bin(BinOp::Hasnt, var("a"), var("b")));
    assert_eq!(
        e("a !? b ^ c"),
        bin(
            BinOp::Intersect,
            bin(BinOp::Hasnt, var("a"), var("b")),
            var("c")
        )
    );
    assert_eq!(
        e("(a + b) * c"),
        bin(BinOp::Mul, bin(BinOp::Add, var("a"), var("b")), var("c"))
    );
}

#[test]
fn word_operators_need_boundaries() {
    assert_eq!(e("android"), var("android"));
    assert_eq!(e("a or b"), bin(BinOp::Or, var("a"), var("b")));
    assert!(parse_expr("a orb", base()).is_err());
}

#[test]
fn unary_calls_lists_and_divert_targets() {
    let s = Span::default();
    assert_eq!(
        e("not x"),
        ExprKind::Unary(UnOp::Not, Box::new(Spanned::new(var("x"), s)))
    );
    assert_eq!(
        e("!x"),
        ExprKind::Unary(UnOp::Not, Box::new(Spanned::new(var("x"), s)))
    );
    assert_eq!(
        e("-(1)"),
        ExprKind::Unary(UnOp::Neg, Box::new(Spanned::new(ExprKind::Int(1), s)))
    );
    let ExprKind::Call(name, args) = e("RANDOM(1, 6)") else {
        panic!("not a call")
    };
    assert_eq!((name.node.as_str(), args.len()), ("RANDOM", 2));
    let ExprKind::Call(_, args) = e("TURNS_SINCE(-> k.s)") else {
        panic!("not a call")
    };
    assert_eq!(
        args[0].node,
        ExprKind::DivertTarget(Spanned::new("k.s".into(), s))
    );
    assert_eq!(
        e("CHOICE_COUNT()"),
        ExprKind::Call(Spanned::new("CHOICE_COUNT".into(), s), vec![])
    );
    assert_eq!(e("()"), ExprKind::List(vec![]));
    assert_eq!(
        e("(a, L.b)"),
        ExprKind::List(vec![
            Spanned::new("a".into(), s),
            Spanned::new("L.b".into(), s)
        ])
    );
    assert_eq!(e("(a)"), ExprKind::List(vec![Spanned::new("a".into(), s)]));
}

#[test]
fn expression_spans_point_into_the_file() {
    let x = parse_expr("a + bc", Base::new(FileId(2), 100)).expect("parses");
    let ExprKind::Binary(_, _, r) = &x.node else {
        panic!("not binary")
    };
    assert_eq!(r.span, Span::new(FileId(2), 104, 106));
    assert_eq!(x.span, Span::new(FileId(2), 100, 106));
}

#[test]
fn expression_errors() {
    assert_eq!(
        error(parse_expr("a +", base())).0,
        "expected an expression after this operator"
    );
    assert_eq!(
        error(parse_expr("a $ b", base())),
        ("unexpected text after the expression".into(), 2)
    );
    assert_eq!(
        error(parse_expr("f(a", base())).0,
        "expected `,` or `)` to close the arguments"
    );
    assert_eq!(
        error(parse_expr("99999999999", base())).0,
        "this integer does not fit in 32 bits"
    );
}

#[test]
fn text_glue_tags_and_escapes() {
    assert_eq!(
        items("a \\{b\\} <>c"),
        vec![text("a {b} "), Inline::Glue, text("c")]
    );
    assert_eq!(
        items("Rain #weather #loud "),
        vec![
            text("Rain "),
            Inline::Tag(
                vec![text("weather ")]
                    .into_iter()
                    .map(|_| text("weather"))
                    .collect()
            ),
            Inline::Tag(vec![text("loud")])
        ]
    );
    // A bar outside braces is no text in ink; escaped it is.
    let (message, at) = error(parse_line("a | b", base()));
    assert!(message.contains("`|` outside braces"), "{message}");
    assert_eq!(at, 2);
    assert_eq!(items("a \\| b"), vec![text("a | b")]);
}

#[test]
fn braces_follow_inks_order() {
    let Inline::Seq { kind, branches } = &items("{a||b}")[0] else {
        panic!("not a seq")
    };
    assert_eq!((*kind, branches.len()), (SeqKind::Stopping, 3));
    assert!(branches[1].is_empty());
    let kinds: Vec<SeqKind> = ["{&a|b}", "{!a|b}", "{~a|b}", "{shuffle once: a|b}", "{|a}"]
        .iter()
        .map(|t| match &items(t)[0] {
            Inline::Seq { kind, .. } => *kind,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            SeqKind::Cycle,
            SeqKind::Once,
            SeqKind::Shuffle,
            SeqKind::ShuffleOnce,
            SeqKind::Stopping
        ]
    );
    let Inline::Cond(c) = &items("{x > 1: big|small}")[0] else {
        panic!("not a cond")
    };
    let InlineCond {
        cond,
        then,
        otherwise,
    } = &**c;
    assert_eq!(cond.node, bin(BinOp::Gt, var("x"), ExprKind::Int(1)));
    assert_eq!(
        (then.clone(), otherwise.clone()),
        (vec![text(" big")], vec![text("small")])
    );
    assert!(matches!(&items("{x}")[0], Inline::Eval(_)));
    assert!(matches!(&items("{TURNS_SINCE(-> k)}")[0], Inline::Eval(_)));
    let Inline::Cond(c) = &items("{a: {b|c}}")[0] else {
        panic!("not a cond")
    };
    assert!(matches!(&c.then[1], Inline::Seq { .. }));
}

#[test]
fn diverts_tunnels_and_threads() {
    let kinds = |t: &str| -> Vec<(DivertKind, String)> {
        items(t)
            .into_iter()
            .filter_map(|i| match i {
                Inline::Divert(d) => Some((
                    d.kind,
                    match d.target {
                        Target::Path(p) => p.node,
                        Target::End => "END".into(),
                        Target::Done => "DONE".into(),
                    },
                )),
                _ => None,
            })
            .collect()
    };
    assert_eq!(kinds("Go -> k.s"), [(DivertKind::Goto, "k.s".to_string())]);
    assert_eq!(
        kinds("-> a -> b ->"),
        [
            (DivertKind::Tunnel, "a".to_string()),
            (DivertKind::Tunnel, "b".to_string())
        ]
    );
    assert_eq!(
        kinds("-> a -> b"),
        [
            (DivertKind::Tunnel, "a".to_string()),
            (DivertKind::Goto, "b".to_string())
        ]
    );
    assert_eq!(kinds("-> END"), [(DivertKind::Goto, "END".to_string())]);
    assert_eq!(kinds("<- t"), [(DivertKind::Thread, "t".to_string())]);
    assert_eq!(items("->->"), vec![Inline::TunnelReturn(None)]);
    assert_eq!(
        kinds("-> t ->->"),
        [(DivertKind::Tunnel, "t".to_string())],
        "a tunnel call then a tunnel return"
    );
    assert!(matches!(
        items("-> t ->->").last(),
        Some(Inline::TunnelReturn(None))
    ));
    assert_eq!(items("-> x (1)").len(), 1, "arguments may follow a blank");
    assert!(matches!(&items("->-> k")[0], Inline::TunnelReturn(Some(_))));
    let Inline::Divert(d) = &items("-> f(1, x)")[0] else {
        panic!("not a divert")
    };
    assert_eq!(d.args.len(), 2);
    let Inline::Cond(c) = &items("{x: -> a|-> b}")[0] else {
        panic!("not a cond")
    };
    assert!(
        matches!(c.then[..], [_, Inline::Divert(_)])
            && matches!(c.otherwise[..], [Inline::Divert(_)])
    );
}

#[test]
fn line_errors_point_at_the_problem() {
    assert_eq!(
        error(parse_line("Hi {x", base())),
        ("expected `}` to close `{`".into(), 5)
    );
    assert_eq!(
        error(parse_line("Hi }", base())).0,
        "unmatched `}`; write `\\}` for a literal brace"
    );
    assert_eq!(
        error(parse_line("Go ->", base())),
        ("expected a divert target after `->`".into(), 5)
    );
    assert_eq!(
        error(parse_line("-> a then", base())).0,
        "expected the end of the content after a divert"
    );
    assert_eq!(
        error(parse_line("{a +}", base())).0,
        "expected an expression after this operator"
    );
    assert_eq!(
        error(parse_line("{x: a|b|c}", base())).0,
        "a conditional `{cond: a|b}` has at most two branches"
    );
}

#[test]
fn error_location_reads_as_file_line_col() {
    let mut map = SourceMap::default();
    let file = map.add("s.ink", "first\nHi {x");
    let d = parse_line("Hi {x", Base::new(file, 6)).expect_err("unclosed");
    assert_eq!(map.locate(d.span), "s.ink:2:6");
}

#[test]
fn choice_text_parts() {
    let c = parse_choice_text("\"Hello?\"[] she said.", base()).expect("parses");
    assert_eq!(c.start, vec![text("\"Hello?\"")]);
    assert_eq!(c.choice_only, Some(vec![]));
    assert_eq!(c.output, vec![text(" she said.")]);
    let c = parse_choice_text("Just this", base()).expect("parses");
    assert_eq!((c.choice_only, c.output), (None, vec![]));
    assert_eq!(
        error(parse_choice_text("a [b", base())).0,
        "expected `]` to close the choice-only text"
    );
}

#[test]
fn logic_globals_and_params() {
    let l = |t: &str| {
        parse_logic(t, base())
            .map(|x| x.node)
            .map_err(|d| d.message)
    };
    assert!(matches!(l("temp x = 1"), Ok(Logic::Temp { .. })));
    assert!(matches!(
        l("x += 2"),
        Ok(Logic::Assign {
            op: AssignOp::Add,
            ..
        })
    ));
    assert!(
        matches!(l("x--"), Ok(Logic::Assign { op: AssignOp::Sub, value, .. }) if value.node == ExprKind::Int(1))
    );
    assert!(matches!(l("x == 1"), Ok(Logic::Expr(_))));
    assert!(matches!(l("f(x)"), Ok(Logic::Expr(_))));
    assert_eq!(l("return"), Ok(Logic::Return(None)));
    assert!(matches!(l("return x * 2"), Ok(Logic::Return(Some(_)))));
    assert_eq!(
        l("temp = 3"),
        Err("expected a variable name after `temp`".to_string())
    );
    let g =
        parse_global("LIST mood = calm, (worried), angry = 5, (sad = -1)", base()).expect("parses");
    let Global::List { items, .. } = g.node else {
        panic!("not a list")
    };
    let summary: Vec<_> = items
        .iter()
        .map(|i| (i.name.node.as_str(), i.value, i.selected))
        .collect();
    assert_eq!(
        summary,
        [
            ("calm", None, false),
            ("worried", None, true),
            ("angry", Some(5), false),
            ("sad", Some(-1), true)
        ]
    );
    assert!(
        matches!(parse_global("EXTERNAL f(a, b)", base()).map(|g| g.node), Ok(Global::External { params, .. }) if params.len() == 2)
    );
    assert!(matches!(
        parse_global("CONST MAX = 3", base()).map(|g| g.node),
        Ok(Global::Const { .. })
    ));
    let p = parse_param("ref x", base()).expect("parses");
    assert!(p.by_ref && !p.divert);
    assert!(parse_param("-> x", base()).expect("parses").divert);
}

mod round_trip {
    use super::*;
    use crate::ink::print;
    use proptest::prelude::*;

    use crate::ink::arbitrary::*;

    proptest! {
        #[test]
        fn expressions(x in expr()) {
            let printed = print::expr(&x);
            let back = parse_expr(&printed, base()).map_err(|d| format!("{printed}: {d} {:?}", d.span));
            prop_assert_eq!(back, Ok(x), "printed: {}", printed);
        }

        #[test]
        fn lines(items in content(2)) {
            let printed = print::inlines(&items);
            let back = parse_line(&printed, base()).map(|c| c.items.without_spans()).map_err(|d| format!("{printed}: {d} {:?}", d.span));
            prop_assert_eq!(back, Ok(items), "printed: {}", printed);
        }

        #[test]
        fn choice_texts(start in content(1), only in prop::option::of(content(1)), output in content(1)) {
            let (start, only, output) = choice_parts(start, only, output);
            let printed = print::choice_text(&start, only.as_deref(), &output);
            let back = parse_choice_text(&printed, base()).map(|c| ChoiceText { start: c.start.without_spans(), choice_only: c.choice_only.without_spans(), output: c.output.without_spans() }).map_err(|d| format!("{printed}: {d}"));
            prop_assert_eq!(back, Ok(ChoiceText { start, choice_only: only, output }), "printed: {}", printed);
        }

        #[test]
        fn logic_lines(name in ident(), x in expr(), which in 0..6usize) {
            let l = match which {
                0 => Logic::Temp { name: sp(name), value: x },
                1 => Logic::Assign { name: sp(name), op: AssignOp::Set, value: x },
                2 => Logic::Assign { name: sp(name), op: AssignOp::Sub, value: x },
                3 => Logic::Return(Some(x)),
                4 => Logic::Return(None),
                _ => Logic::Expr(x),
            };
            let printed = print::logic(&l);
            let back = parse_logic(&printed, base()).map(|l| l.node).map_err(|d| format!("{printed}: {d}"));
            prop_assert_eq!(back, Ok(l), "printed: {}", printed);
        }

        #[test]
        fn never_panics(text in "\\PC{0,40}") {
            let _ = parse_line(&text, base());
            let _ = parse_expr(&text, base());
            let _ = parse_choice_text(&text, base());
            let _ = parse_logic(&text, base());
            let _ = parse_global(&text, base());
        }
    }
}

#[test]
fn a_leading_blank_in_a_first_branch_survives_printing() {
    let seq = vec![Inline::Seq {
        kind: SeqKind::Stopping,
        branches: vec![vec![text(" ")], vec![]],
    }];
    assert_eq!(items(&print::inlines(&seq)), seq);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for open in ["{x:", "{&", "{\"{", "{-("] {
        assert!(parse_line(&open.repeat(5000), base()).is_err(), "{open}");
    }
    for open in ["(", "-", "not ", "\"{", "f(", "-(-"] {
        assert!(parse_expr(&open.repeat(5000), base()).is_err(), "{open}");
    }
}
