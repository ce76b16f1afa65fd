//! Session behaviour on small stories built directly as ASTs (the parsers
//! have their own tests; whole stories are tested through the binary).

use super::*;
use crate::compile::compile;
use crate::story::ast::*;
use crate::story::{Span, Spanned};

fn text(s: &str) -> Vec<Inline> {
    vec![Inline::Text(s.into())]
}

fn line(s: &str) -> Stmt {
    Stmt::Line(Content {
        items: text(s),
        span: Span::default(),
    })
}

fn divert_end() -> Stmt {
    Stmt::Line(Content {
        items: vec![Inline::Divert(Box::new(Divert {
            kind: DivertKind::Goto,
            target: Target::End,
            args: vec![],
            span: Span::default(),
        }))],
        span: Span::default(),
    })
}

fn choice(start: &str, body: Vec<Stmt>) -> Stmt {
    Stmt::Choice(Box::new(Choice {
        start: text(start),
        body,
        ..Choice::default()
    }))
}

fn play(story: &Story, picks: &[usize]) -> Vec<String> {
    let (program, _) = compile(story).expect("compiles");
    let mut session = Session::new(Arc::new(program), 1);
    let mut out = Vec::new();
    let mut picks = picks.iter();
    loop {
        let turn = session.continue_turn().expect("runs");
        out.extend(turn.lines.into_iter().map(|l| l.text));
        match turn.prompt {
            Prompt::Done => return out,
            Prompt::Choice(choices) => {
                out.extend(choices.iter().map(|c| format!("* {}", c.text)));
                let Some(&i) = picks.next() else { return out };
                session.choose(i).expect("valid choice");
            }
        }
    }
}

#[test]
fn choices_then_gather_then_end() {
    let story = Story {
        body: vec![
            line("Hello"),
            choice("A", vec![line("Chose A")]),
            choice("B", vec![line("Chose B")]),
            Stmt::Gather(Gather::default()),
            line("After"),
            divert_end(),
        ],
        ..Story::default()
    };
    assert_eq!(
        play(&story, &[1]),
        ["Hello", "* A", "* B", "B", "Chose B", "After"]
    );
}

#[test]
fn once_only_choices_disappear_and_sticky_ones_stay() {
    let loop_back = Stmt::Line(Content {
        items: vec![Inline::Divert(Box::new(Divert {
            kind: DivertKind::Goto,
            target: Target::Path(Spanned::new("top".into(), Span::default())),
            args: vec![],
            span: Span::default(),
        }))],
        span: Span::default(),
    });
    let sticky = Stmt::Choice(Box::new(Choice {
        sticky: true,
        start: text("Stay"),
        body: vec![loop_back.clone()],
        ..Choice::default()
    }));
    let story = Story {
        body: vec![loop_back.clone()],
        knots: vec![Knot {
            name: Spanned::new("top".into(), Span::default()),
            body: vec![choice("Once", vec![loop_back]), sticky],
            ..Knot::default()
        }],
        ..Story::default()
    };
    assert_eq!(
        play(&story, &[0, 0]),
        ["* Once", "* Stay", "Once", "* Stay", "Stay", "* Stay"]
    );
}

#[test]
fn a_snapshot_from_before_inks_randomness_still_reads() {
    let story = Story {
        body: vec![line("Hello."), divert_end()],
        ..Story::default()
    };
    let program = std::sync::Arc::new(compile(&story).expect("compiles").0);
    let session = Session::new(program, 7);
    let text = ron::to_string(&session.snapshot()).expect("serialises");
    let now = "random:(story_seed:7,previous:0)";
    assert!(text.contains(now), "{text}");
    // Saves made before kept a ChaCha8 position instead.
    let old = text.replace(now, "rng:(seed:7,word_pos:0)");
    let snapshot: Snapshot = ron::from_str(&old).expect("an old snapshot reads");
    assert_eq!(snapshot.0.random, random::InkRandom::from_seed(0));
}
