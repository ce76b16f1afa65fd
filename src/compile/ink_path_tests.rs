//! Tests of `compile::ink_path`: every expected path is read from inkjs
//! 2.4.0's compiled JSON of the same story
//! (`node scripts/differential/sequences.mjs FILE.ink`).

use super::*;
use crate::story::{SourceMap, Story};

fn story(text: &str) -> Story {
    story_with(text, &[])
}

/// The story `text`, whose INCLUDEs name the `files` (name, text).
fn story_with(text: &str, files: &[(&str, &str)]) -> Story {
    let mut sources = SourceMap::default();
    let main = sources.add("story.ink", text.to_string());
    let mut include = |name: &str| match files.iter().find(|(n, _)| *n == name) {
        Some((n, t)) => Ok((n.to_string(), t.to_string())),
        None => Err("no such file".to_string()),
    };
    crate::ink::parse_ink(&mut sources, main, &mut include)
        .expect("the story reads")
        .0
}

/// Every exact path weave gives the story's sequences, sorted.
fn paths(text: &str) -> Vec<String> {
    story_paths(&story(text))
}

fn story_paths(story: &Story) -> Vec<String> {
    let mut globals = HashMap::default();
    let mut lists = HashMap::default();
    for g in &story.globals {
        match &g.node {
            crate::story::ast::Global::Const { name, value } => {
                globals.insert(name.node.clone(), GlobalSym::Const(value.clone()));
            }
            crate::story::ast::Global::List { name, .. } => {
                let n = lists.len() as u32;
                lists.insert(name.node.clone(), n);
            }
            _ => {}
        }
    }
    let names = Names {
        globals: Arc::new(globals),
        lists: Arc::new(lists),
    };
    let mut all: Vec<String> = InkPaths::new("", true, 0, &story.body, &names)
        .exact
        .into_values()
        .collect();
    for knot in &story.knots {
        let k = &knot.name.node;
        all.extend(
            InkPaths::new(k, false, knot.params.len(), &knot.body, &names)
                .exact
                .into_values(),
        );
        for s in &knot.stitches {
            let path = format!("{k}.{}", s.name.node);
            all.extend(
                InkPaths::new(&path, false, s.params.len(), &s.body, &names)
                    .exact
                    .into_values(),
            );
        }
    }
    all.sort();
    all
}

/// The paths are those inkjs 2.4.0's compiler gives the shuffles'
/// containers in the same stories (read from its JSON).
#[test]
fn sequence_paths_are_the_containers_inks_compiler_makes() {
    let s = "VAR x = 1\nVAR s = \"a\"\n~ x = 2\n~ temp t = x + 1\n~ x++\n~ x += 2\nV {x} and {t * 2} {s} {~a|b}\n{-x} {\"lit\"} {1.5}\n{~c|d}\n-> END\n";
    assert_eq!(paths(s), ["0.40", "0.60"]);
    let s = "-> k\n== k ==\n~ temp r = 3\nYou have {r} {~a|b}\n* [x]\n  ~ r = r - 1\n  {~c|d} {r > 1}\n  {~e|f}\n  -> END\n";
    assert_eq!(paths(s), ["k.0.10", "k.0.c-0.16", "k.0.c-0.7"]);
    let s = "-> k\n== k ==\nHello.\n* [a] {~x|y} more {~p|q}\n  body {~i|j}\n  -> END\n* b {~m|n}\n  -> END\n* [c]\n  {~u|v}\n  -> END\n- (lab) gathered {~e|f}\n- plain {~g|h}\n-> END\n";
    assert_eq!(
        paths(s),
        [
            "k.0.8.s.1",
            "k.0.c-0.1",
            "k.0.c-0.3",
            "k.0.c-0.6",
            "k.0.c-2.1",
            "k.0.lab.1",
            "k.0.lab.g-0.1"
        ]
    );
    let s = "-> k\n== k ==\nA {~a|b}\n-> st\n= st\nB {~c|d}\n* [x] {~e|f}\n  -> END\n== k2 ==\nG {~g|h}\n- (l) H\n-> END\n== function f(x) ==\n{~i|j}\n";
    assert_eq!(
        paths(s),
        ["f.1", "k.1", "k.st.0.1", "k.st.0.c-0.1", "k2.0.1"]
    );
    let s = "-> k(1)\n== k(x) ==\nA {~a|b}\n* [x] {~e|f}\n  -> END\n";
    assert_eq!(paths(s), ["k.1.1", "k.1.c-0.1"]);
    let s = "Top {~a|b} line.\n{~c|d}\n-> END\n";
    assert_eq!(paths(s), ["0.1", "0.4"]);
}

/// Choices with start text are containers of their own (`s` holds the
/// start text); `c-N` and gathers are numbered across the weave, with
/// labels or without; a nested weave starts at its first choice.
#[test]
fn sequence_paths_in_choices_gathers_and_nested_weaves_are_inks() {
    let s = "-> k\n== k ==\n~ temp x = 1\n* a {~p|q} [b] c {~r|s}\n  body\n  -> END\n* (lab) d {~t|u}\n  -> END\n* [e] {~v|w}\n  -> END\n- g\n-> END\n";
    assert_eq!(
        paths(s),
        ["k.0.4.s.1", "k.0.5.s.1", "k.0.c-0.7", "k.0.c-2.1"]
    );
    let s = "-> k\n== k ==\n* a\n  -> END\n- g\n* [e] {~v|w}\n  -> END\n- (lab) h\n* [e] {~v|w}\n  -> END\n- h2\n* {true} [e] {~v|w}\n  -> END\n- h3 {~m|n}\n-> END\n";
    assert_eq!(
        paths(s),
        [
            "k.0.g-0.c-1.1",
            "k.0.g-1.c-3.1",
            "k.0.g-2.1",
            "k.0.lab.c-2.1"
        ]
    );
    let s = "-> k\n== k ==\n~ temp y = 2\n{f(y, 1)} {~a|b}\n{f(1,2) + y} {~a|b}\n-> END\n== function f(a, b) ==\n~ return a\n";
    assert_eq!(paths(s), ["k.11", "k.22"]);
    let s = "-> k\n== k ==\nA #t1 x\nB {~a|b} #t2\n# t3\n{~c|d}\n-> END\n";
    assert_eq!(paths(s), ["k.15", "k.6"]);
    let s = "-> k\n== k ==\nVAR x = 1\n* {x > 1} [e {~a|b}]\n  -> END\n* {x} {true} a {~c|d} [b {~e|f}]\n  -> END\n* {x} [e {~g|h}]\n  -> END\n";
    assert_eq!(paths(s), ["k.0.10.9", "k.0.10.s.1", "k.0.14", "k.0.3"]);
    let s = "-> k\n== k ==\n# t3\n{~c|d}\n-> END\n";
    assert_eq!(paths(s), ["k.3"]);
    let s = "-> k\n== k ==\n* a\n  pre {~a|b}\n  ** b {~c|d}\n     -> END\n  ** [c]\n  -- after {~e|f}\n  -> END\n";
    assert_eq!(
        paths(s),
        ["k.0.c-0.10.0.s.1", "k.0.c-0.10.g-0.1", "k.0.c-0.8"]
    );
}

/// Shuffles after and inside every construct: inline and multi-line
/// conditionals of each form, switches, a sequence in a sequence, a
/// string with a shuffle in a `~` line, a block with text before and
/// after it on its line, tunnels, threads, calls made for their
/// effects, constants and list items in expressions, choice text,
/// functions (paths from inkjs, as
/// tests/differential/shuffles-anywhere-are-seeded-from-inks-container-paths.ink).
#[test]
fn sequence_paths_after_and_inside_any_construct_are_inks() {
    let s = include_str!(
        "../../tests/differential/shuffles-anywhere-are-seeded-from-inks-container-paths.ink"
    );
    let ink = [
        "f2.1",
        "k.0.100",
        "k.0.104",
        "k.0.16.b.1",
        "k.0.20.b.1",
        "k.0.28.b.2",
        "k.0.35.b.3",
        "k.0.40",
        "k.0.40.s0.2",
        "k.0.45",
        "k.0.58.b.3",
        "k.0.62",
        "k.0.66",
        "k.0.75",
        "k.0.8",
        "k.0.c-0.2",
        "t.1",
        "th.1",
    ];
    assert_eq!(paths(s), ink);
}

/// Empty branches, diverts with arguments, `ref` and divert-target
/// parameters, labelled choices with tags in all three parts, `+=` and
/// `--` with calls, builtins; blocks that open or close mid-line.
#[test]
fn sequence_paths_after_diverts_choices_and_blocks_mid_line_are_inks() {
    let s = "VAR x = 1\n-> k\n== k ==\n{x: a|} {~a|b}\n{x:{\"\"}|b} {~a|b}\n\ntext {x:\n  - 1: one\n}\n{~c|d}\nA <>\n{~e|f}\n* {x} -> k2\n* [a] {~g|h} -> k2\n* (lab) {x>0} b {~i|j} #tag [c {~k|l} #t2] d {~m|n} #t3 -> k2\n== k2 ==\n~ x = RANDOM(1, 2) + LIST_VALUE(x)\n~ x += f(x)\n~ x--\n{~o|p}\n-> k3(x, -> k2)\n== k3(ref y, -> z) ==\n{~q|r} -> z\n== function f(a)\n~ return a\n";
    let ink = [
        "k.0.15",
        "k.0.25",
        "k.0.30",
        "k.0.42.9",
        "k.0.42.s.1",
        "k.0.6",
        "k.0.c-1.1",
        "k.0.c-2.7",
        "k2.24",
        "k3.2",
    ];
    assert_eq!(paths(s), ink);
    let s = "VAR x = 1\n-> k\n== k ==\ntext {x:\n  - 1: one\n}\n{~c|d}\n{x:\n  - 1: one\n} more\n{~e|f}\n{x:\n  - 1: one\n}more\n{~g|h}\n-> END\n";
    assert_eq!(paths(s), ["k.18", "k.28", "k.8"]);
}

/// Choices inside a conditional's branch, multi-line sequences with
/// choices, `shuffle once`/`stopping`/`cycle`, tags with logic, a knot
/// of stitches only, `->-> k(2)`, threads with arguments, gathers
/// nested in a choice.
#[test]
fn sequence_paths_in_branches_with_weaves_are_inks() {
    let s = "LIST l = a, (b), c\nVAR x = 1\n-> k\n== k ==\n#tag {x} {~a|b}\nA #t {~c|d} x\n{x > 0:\n  * [in cond {~e|f}] -> k2\n  * {x} (lc) sticky {~g|h}\n    body {~i|j}\n    -> k2\n  -> k2\n}\n-> k2\n== k2 ==\n= st\n{shuffle once:\n- one {~m|n}\n  * [c1] -> k3(0)\n- two\n}\n{shuffle stopping: a|{~o|p}}\n{TURNS_SINCE(-> k)} {CHOICE_COUNT()} {l} {~q|r}\n-> k3(1) ->\n->-> k3(2)\n== k3(y)\n{cycle:\n- {~s|t}\n- u\n}\n<- th(y + 1)\n{~v|w}\n+ [{~x|y}] -> DONE\n* (lab) [z]\n  -- (g2) deep {~z1|z2}\n  ** [n] -> DONE\n  -- after {~z3|z4}\n  -> DONE\n== th(q)\n{~t1|t2} -> DONE\n";
    let ink = [
        "k.12",
        "k.21.b.4",
        "k.21.b.8.s.1",
        "k.21.b.c-1.8",
        "k.7",
        "k2.st.0",
        "k2.st.0.s0.3",
        "k2.st.2",
        "k2.st.2.s1.1",
        "k2.st.20",
        "k3.1.0",
        "k3.1.0.s0.2",
        "k3.1.13",
        "k3.1.9",
        "k3.1.c-1.1.g-0.1",
        "k3.1.c-1.1.g2.1",
        "th.1",
    ];
    assert_eq!(paths(s), ink);
}

/// ink ends each INCLUDEd file's content with a newline of its own,
/// nested INCLUDEs too: one object each in the root weave.
#[test]
fn sequence_paths_after_include_lines_are_inks() {
    let main = "INCLUDE a.ink\nINCLUDE b.ink\nTop {~a|b}\n-> k\n";
    let files = [
        (
            "a.ink",
            "A line {~c|d}\nINCLUDE c.ink\n== k ==\n{~e|f}\n-> END\n",
        ),
        ("b.ink", "== k2 ==\nx\n-> END\n"),
        ("c.ink", "C {~g|h}\n"),
    ];
    let story = story_with(main, &files);
    assert_eq!(story_paths(&story), ["0.1", "0.10", "0.4", "k.0"]);
}
