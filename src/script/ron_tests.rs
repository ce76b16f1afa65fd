//! Tests of the RON script format: its documented shape, the round trip
//! through `to_ron`, where errors point, and that no input makes it panic.

use super::*;
use crate::story::SourceMap;
use proptest::prelude::*;

const EXAMPLE: &str = r#"
Story(
    title: "The Lighthouse",
    globals: ["VAR trust = 0", "CONST MAX = 3", "LIST mood = calm, (worried)", "EXTERNAL ring(times)"],
    body: [ Line("The lamp was out. -> tower") ],
    knots: [
        Knot(name: "tower", body: [
            Line("Rain hit the glass{~.| hard.} #weather"),
            Logic("trust += 1"),
            Choice(text: "\"Hello?\"[] she called.", then: [ Line("No answer.") ]),
            Choice(text: r"[Climb]", sticky: true, label: "climb", cond: "trust > 0", then: [ Line("-> top") ]),
            Choice(cond: ["trust > 1", "mood has worried"], then: [ Line("A fallback.") ]),
            Gather(label: "after"),
            Line("..."),
            Gather(),
            Cond(on: "trust", branches: [("1", [Line("one")]), ("2", [Line("two")])], else: [Line("many")]),
            Cond(branches: [("trust > 2", [Line("warm")])], else: []),
            Seq(kind: ShuffleOnce, branches: [[Line("a")], [Line("b")]]),
        ], stitches: [ Stitch(name: "top", params: ["ref x", "-> back"], body: [ Line("The top. -> END") ]) ]),
        Knot(name: "double", function: true, params: ["x"], body: [ Logic("return x * 2") ]),
    ],
)
"#;

fn read(text: &str) -> Result<Story, Vec<Diagnostic>> {
    parse_ron(FileId(0), text)
}

/// Every diagnostic as `file:line:col message`.
fn located(text: &str) -> Vec<String> {
    let mut map = SourceMap::default();
    let file = map.add("s.ron", text);
    match parse_ron(file, text) {
        Ok(_) => vec![],
        Err(ds) => ds
            .iter()
            .map(|d| format!("{} {}", map.locate(d.span), d.message))
            .collect(),
    }
}

#[test]
fn the_example_reads_as_documented() {
    let story = read(EXAMPLE).expect("reads");
    assert_eq!(story.title, "The Lighthouse");
    assert_eq!(story.globals.len(), 4);
    let tower = &story.knots[0];
    assert_eq!(tower.name.node, "tower");
    assert_eq!(tower.body.len(), 11);
    let Stmt::Choice(climb) = &tower.body[3] else {
        panic!("not a choice")
    };
    assert!(climb.sticky);
    assert_eq!(climb.label.as_ref().map(|l| l.node.as_str()), Some("climb"));
    assert_eq!(climb.conditions.len(), 1);
    assert_eq!(climb.choice_only, Some(vec![Inline::Text("Climb".into())]));
    let Stmt::Choice(fallback) = &tower.body[4] else {
        panic!("not a choice")
    };
    assert!(fallback.is_fallback());
    assert_eq!(fallback.conditions.len(), 2);
    assert!(matches!(
        &tower.body[7],
        Stmt::Gather(Gather { label: None, .. })
    ));
    let Stmt::Cond(switch) = &tower.body[8] else {
        panic!("not a cond")
    };
    assert!(switch.subject.is_some() && switch.otherwise.is_some());
    let Stmt::Cond(plain) = &tower.body[9] else {
        panic!("not a cond")
    };
    assert_eq!(plain.otherwise, Some(vec![]));
    assert!(story.knots[1].function);
    assert!(tower.stitches[0].params[0].by_ref);
}

#[test]
fn spans_point_into_the_ron_file() {
    let story = read(EXAMPLE).expect("reads");
    let Stmt::Logic(l) = &story.knots[0].body[1] else {
        panic!("not logic")
    };
    let at = |s: Span| &EXAMPLE[s.start as usize..s.end as usize];
    assert_eq!(at(l.span), "trust += 1");
    let Stmt::Choice(hello) = &story.knots[0].body[2] else {
        panic!("not a choice")
    };
    // The escaped quotes are mapped back onto the source.
    assert_eq!(at(hello.span), "\\\"Hello?\\\"[] she called.");
    let Some(Inline::Text(_)) = hello.output.first() else {
        panic!("no output")
    };
}

#[test]
fn round_trip_through_to_ron() {
    let story = read(EXAMPLE).expect("reads");
    let written = to_ron(&story);
    let again = read(&written).unwrap_or_else(|d| panic!("{written}\n{d:?}"));
    assert_eq!(again.without_spans(), story.clone().without_spans());
    // The output is stable: writing the story read back gives the same text.
    assert_eq!(to_ron(&read(&written).expect("reads")), written);
}

#[test]
fn written_form_is_plain_to_read() {
    let story = read(EXAMPLE).expect("reads");
    let written = to_ron(&story);
    assert!(
        written.starts_with("Story(\n    title: \"The Lighthouse\","),
        "{written}"
    );
    assert!(written.contains("label: \"after\""), "{written}");
    assert!(written.contains("Gather()"), "{written}");
    assert!(written.contains("sticky: true"), "{written}");
    assert!(!written.contains("Some("), "{written}");
    assert!(!written.contains("#![enable"), "{written}");
}

#[test]
fn a_bad_expression_points_at_its_line_and_column() {
    let script =
        "Story(\n  knots: [Knot(name: \"k\", body: [\n    Logic(\"x = 1 +\"),\n  ])],\n)\n";
    assert_eq!(
        located(script),
        ["s.ron:3:19 expected an expression after this operator"]
    );
}

#[test]
fn every_markup_error_is_reported() {
    let script = "Story(body: [\n  Line(\"a {b\"),\n  Choice(text: \"x\", cond: \"1 +* 2\"),\n  Line(\"\\\"q\\\" -> \"),\n])";
    assert_eq!(
        located(script),
        [
            "s.ron:2:13 expected `}` to close `{`",
            "s.ron:3:31 expected an expression after this operator",
            "s.ron:4:18 expected a divert target after `->`",
        ]
    );
}

#[test]
fn ron_syntax_errors_are_diagnostics_too() {
    let errors = located("Story(\n  body: [Line(\"a\")\n  knots: [],\n)");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("s.ron:3:"), "{errors:?}");
    let errors = located("Story(bodyy: [])");
    assert!(errors[0].starts_with("s.ron:1:"), "{errors:?}");
}

#[test]
fn names_must_be_names() {
    let errors = located("Story(knots: [Knot(name: \"two words\")])");
    assert_eq!(
        errors,
        ["s.ron:1:31 a name has only letters, digits and `_`"]
    );
}

proptest! {
    #[test]
    fn never_panics_on_any_text(text in "\\PC{0,200}") {
        let _ = read(&text);
    }

    #[test]
    fn never_panics_on_a_mutated_script(at in 0usize..2000, cut in 0usize..20, insert in "\\PC{0,6}") {
        let mut text = EXAMPLE.to_string();
        let at = at.min(text.len());
        let at = (0..=at).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        let end = (at + cut).min(text.len());
        let end = (end..=text.len()).find(|i| text.is_char_boundary(*i)).unwrap_or(text.len());
        text.replace_range(at..end, &insert);
        let _ = read(&text);
        let _ = crate::ink::parse_line(&text, Base::default());
    }
}

mod round_trip {
    use super::*;
    use crate::ink::arbitrary::*;

    fn name() -> impl Strategy<Value = Name> {
        ident().prop_map(sp)
    }

    fn logic() -> impl Strategy<Value = Logic> {
        (name(), expr(), 0..6usize).prop_map(|(name, value, which)| match which {
            0 => Logic::Temp { name, value },
            1 => Logic::Assign {
                name,
                op: AssignOp::Set,
                value,
            },
            2 => Logic::Assign {
                name,
                op: AssignOp::Add,
                value,
            },
            3 => Logic::Return(Some(value)),
            4 => Logic::Return(None),
            _ => Logic::Expr(value),
        })
    }

    fn choice(depth: u32) -> impl Strategy<Value = Stmt> {
        let text = (content(0), prop::option::of(content(0)), content(0));
        let head = (
            any::<bool>(),
            prop::option::of(name()),
            prop::collection::vec(expr(), 0..3),
        );
        (head, text, stmts(depth)).prop_map(
            |((sticky, label, conditions), (start, only, output), body)| {
                let (start, only, output) =
                    crate::ink::arbitrary::choice_parts(start, only, output);
                Stmt::Choice(Box::new(Choice {
                    sticky,
                    label,
                    conditions,
                    start,
                    choice_only: only,
                    output,
                    body,
                    span: Span::default(),
                }))
            },
        )
    }

    fn stmt(depth: u32) -> BoxedStrategy<Stmt> {
        let leaf = prop_oneof![
            content(1).prop_map(|items| Stmt::Line(Content {
                items,
                span: Span::default()
            })),
            logic().prop_map(|l| Stmt::Logic(Box::new(sp(l)))),
            prop::option::of(name()).prop_map(|label| Stmt::Gather(Gather {
                label,
                span: Span::default()
            })),
        ];
        if depth == 0 {
            return leaf.boxed();
        }
        let cond = (
            prop::option::of(expr()),
            prop::collection::vec((expr(), stmts(depth - 1)), 0..3),
            prop::option::of(stmts(depth - 1)),
            any::<[bool; 3]>(),
        )
            .prop_map(|(subject, branches, otherwise, flags)| {
                let branches = branches
                    .into_iter()
                    .map(|(cond, body)| Branch { cond, body })
                    .collect();
                let [head_condition, after_text, line_goes_on] = flags;
                Stmt::Cond(Box::new(Conditional {
                    subject,
                    branches,
                    otherwise,
                    head_condition,
                    after_text,
                    line_goes_on,
                    span: Span::default(),
                }))
            });
        let seq = (
            prop::sample::select(vec![
                SeqKind::Stopping,
                SeqKind::Cycle,
                SeqKind::ShuffleStopping,
            ]),
            prop::collection::vec(stmts(depth - 1), 0..3),
            any::<[bool; 2]>(),
        )
            .prop_map(|(kind, branches, [after_text, line_goes_on])| {
                Stmt::Seq(Box::new(Sequence {
                    kind,
                    branches,
                    after_text,
                    line_goes_on,
                    span: Span::default(),
                }))
            });
        prop_oneof![leaf, choice(depth - 1), cond, seq].boxed()
    }

    fn stmts(depth: u32) -> BoxedStrategy<Vec<Stmt>> {
        prop::collection::vec(stmt(depth), 0..3).boxed()
    }

    fn global() -> impl Strategy<Value = Global> {
        let item = (name(), prop::option::of(any::<i32>()), any::<bool>()).prop_map(
            |(name, value, selected)| ListItemDef {
                name,
                value,
                selected,
            },
        );
        prop_oneof![
            (name(), expr()).prop_map(|(name, value)| Global::Var { name, value }),
            (name(), expr()).prop_map(|(name, value)| Global::Const { name, value }),
            (name(), prop::collection::vec(item, 1..4))
                .prop_map(|(name, items)| Global::List { name, items }),
            (name(), prop::collection::vec(name(), 0..3))
                .prop_map(|(name, params)| Global::External { name, params }),
        ]
    }

    fn params() -> impl Strategy<Value = Vec<Param>> {
        prop::collection::vec(
            (name(), 0..3u8).prop_map(|(name, k)| Param {
                name,
                by_ref: k == 1,
                divert: k == 2,
            }),
            0..3,
        )
    }

    fn story() -> impl Strategy<Value = Story> {
        let stitch = (name(), params(), stmts(1)).prop_map(|(name, params, body)| Stitch {
            name,
            params,
            body,
        });
        let knot = (
            name(),
            params(),
            any::<bool>(),
            stmts(2),
            prop::collection::vec(stitch, 0..2),
        )
            .prop_map(|(name, params, function, body, stitches)| Knot {
                name,
                params,
                function,
                body,
                stitches,
            });
        (
            "\\PC{0,12}",
            prop::collection::vec(global().prop_map(sp), 0..3),
            stmts(2),
            prop::collection::vec(knot, 0..3),
        )
            .prop_map(|(title, globals, body, knots)| Story {
                title,
                source: None,
                globals,
                body,
                knots,
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn stories_survive_to_ron_and_back(story in story()) {
            let written = to_ron(&story);
            let back = read(&written).map(Respan::without_spans).map_err(|d| format!("{written}\n{d:?}"));
            prop_assert_eq!(back, Ok(story), "written:\n{}", written);
        }
    }
}

/// Where ron reports the error: just past the string that ended early.
fn at(text: &str, after: &str) -> bool {
    ends_a_string_early(text, text.find(after).unwrap() + after.len())
}

#[test]
fn a_quote_inside_a_string_is_told_from_a_missing_comma() {
    assert!(at(r#"Line("He said "hi" to me."),"#, r#""He said ""#));
    assert!(at(r#"Line("She said " hi" and left."),"#, r#""She said ""#));
    assert!(!at(r#"Choice(text: "x" then: [])"#, r#""x""#));
    assert!(!at("Line(\"a\")\n    Line(\"b\"),", "Line(\"a\")"));
    assert!(!at(r#"Line("a"),"#, r#""a""#));
}
