//! Divert targets held in variables, parameters and temporaries (issue 13,
//! findings B and C): what ink refuses around `->-> v` and `<- v`, and the
//! runtime errors when a variable holds no target. Each refusal was first
//! checked against inkjs 2.4.0; the stories that play are regression cases
//! in tests/differential.

use super::support::{run_with_input, stderr, stdout, weave};
use std::process::Output;

/// Runs `weave ARGS story.ink` on `story` in a fresh folder.
fn run(args: &[&str], story: &str) -> Output {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("story.ink"), story).unwrap();
    let mut cmd = weave(&dir.path().join("saves"), dir.path());
    cmd.args(args).arg("story.ink");
    run_with_input(cmd, "")
}

/// Asserts `weave check` refuses the story, saying `says` at `at`
/// (`story.ink:LINE:COL`).
fn refused(story: &str, says: &str, at: &str) {
    let out = run(&["check"], story);
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(1), "{story:?}: {all}");
    assert!(all.contains(says), "{story:?}: {all}");
    assert!(all.contains(at), "{story:?} not at {at}: {all}");
}

/// Asserts the story stops with a runtime error (exit 2) at `at`, saying
/// `says`, after printing `printed`.
fn fails(story: &str, printed: &str, says: &str, at: &str) {
    let out = run(&["play", "--plain", "--seed", "1"], story);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{story:?}: {err}");
    assert_eq!(stdout(&out), printed, "{story:?}");
    assert!(
        err.contains(&format!("runtime error at {at}: {says}")),
        "{story:?}: {err}"
    );
}

#[test]
fn a_tunnel_onwards_to_a_variable_cannot_pass_arguments() {
    // inkjs compiles `->-> v(3)` to a divert target with no path and fails
    // when it plays or saves it; inklecate's compiler loses it the same way.
    let says = "`->-> v(…)` cannot pass arguments to the target a variable holds";
    refused(
        "VAR v = -> k\n-> t ->\n== t\n->-> v(3)\n== k(x)\nK{x}\n-> END\n",
        says,
        "story.ink:4:6",
    );
    refused(
        "-> t(-> k) ->\n== t(-> v)\n->-> v(1)\n== k(x)\nK{x}\n-> END\n",
        says,
        "story.ink:3:6",
    );
}

#[test]
fn a_parameter_used_by_a_tunnel_onwards_or_a_thread_must_be_marked_as_a_divert_target() {
    let says = "`e` is used as a divert target, so its parameter must be marked so: `-> e`";
    refused(
        "-> t(-> x) ->\n== t(e)\n->-> e\n== x\nX\n-> END\n",
        says,
        "story.ink:2:6",
    );
    refused(
        "-> go(-> k)\n== go(e)\n<- e\n-> DONE\n== k\n* [A] A\n-> END\n",
        says,
        "story.ink:2:7",
    );
}

#[test]
fn a_divert_target_parameter_takes_a_divert_target_or_a_variable() {
    refused(
        "-> go(5)\n== go(-> t)\n<- t(1)\n-> DONE\n",
        "the parameter `-> t` takes a divert target (`-> knot`) or a variable",
        "story.ink:1:7",
    );
    refused(
        "-> go(k)\n== go(-> t)\n-> t\n== k\nK\n-> END\n",
        "this passes the read count of `k`, but the parameter `-> t` takes a divert",
        "story.ink:1:7",
    );
    refused(
        "{f(1 + 1)}\n== function f(-> t)\n~ return 1\n",
        "the parameter `-> t` takes a divert target",
        "story.ink:1:4",
    );
}

#[test]
fn a_divert_target_to_a_flow_with_a_ref_parameter_cannot_be_a_value() {
    let says = "`-> k` cannot be a value: `k` takes `ref x`";
    let k = "== k(ref x)\n~ x = 4\n-> END\n";
    refused(&format!("VAR t = -> k\n-> t\n{k}"), says, "story.ink:1:12");
    refused(
        &format!("~ temp t = -> k\n-> t\n{k}"),
        says,
        "story.ink:1:15",
    );
    // A divert by name passes the reference: fine.
    let out = run(
        &["play", "--plain"],
        "VAR y = 1\n-> k(y)\n== k(ref x)\n~ x = 4\n{y}\n-> END\n",
    );
    assert_eq!(stdout(&out), "4\n", "{}", stderr(&out));
}

#[test]
fn end_and_done_cannot_be_divert_target_values() {
    refused(
        "VAR v = -> END\n-> t ->\n== t\n->-> v\n",
        "`-> END` cannot be a value",
        "story.ink:1:12",
    );
    refused(
        "-> t ->\n== t\n~ temp v = -> DONE\n<- v\n->->\n",
        "`-> DONE` cannot be a value",
        "story.ink:3:15",
    );
}

#[test]
fn a_global_initialised_from_another_variable_is_refused() {
    refused(
        "VAR a = -> k\nVAR b = -> a\n-> b\n== k\nK\n-> END\n",
        "`a` is a variable, so it takes no `->` here",
        "story.ink:2:12",
    );
    refused(
        "VAR y = 1\nVAR x = y + 1\n{x}\n",
        "a global's initial value must be a constant",
        "story.ink:2:9",
    );
}

#[test]
fn a_variable_holding_no_divert_target_is_a_located_runtime_error() {
    let says = "expected a divert target, found an int";
    fails(
        "VAR v = 5\n-> t ->\n== t\nT\n->-> v\n",
        "T\n",
        says,
        "story.ink:5:1",
    );
    fails(
        "VAR t = 5\nHi\n<- t\n-> DONE\n",
        "Hi\n",
        says,
        "story.ink:3:1",
    );
    fails(
        "VAR five = 5\n-> go(five)\n== go(-> t)\n<- t(1)\n-> DONE\n",
        "",
        says,
        "story.ink:4:1",
    );
    fails("VAR v = 5\n-> v ->\n-> END\n", "", says, "story.ink:2:4");
    fails("VAR v = 5\n-> v\n", "", says, "story.ink:2:4");
}

#[test]
fn a_target_entered_through_a_variable_without_its_arguments_is_a_located_runtime_error() {
    // inkjs reads the missing argument as 0 (JavaScript's undefined);
    // inklecate fails popping an empty evaluation stack. weave names it.
    let says = "`k` was entered with fewer arguments than it takes";
    fails(
        "VAR t = -> k\n<- t\n-> DONE\n== k(x)\n* [A{x}] A\n-> END\n",
        "",
        says,
        "story.ink:4:4",
    );
    fails(
        "VAR t = -> k\n-> t(1)\n== k(x, y)\n{x}{y}\n-> END\n",
        "",
        says,
        "story.ink:3:4",
    );
}

#[test]
fn a_function_cannot_be_diverted_tunnelled_or_threaded_to() {
    let says = "`f` is a function, so it cannot be diverted to";
    let f = "== function f\nIn f\n~ return 1\n";
    refused(&format!("-> f\n{f}"), says, "story.ink:1:4");
    refused(&format!("-> f ->\n-> END\n{f}"), says, "story.ink:1:4");
    refused(&format!("<- f\n-> DONE\n{f}"), says, "story.ink:1:4");
    refused(
        &format!("-> t ->\n== t\n->-> f\n{f}"),
        says,
        "story.ink:3:6",
    );
    // A divert target value of a function is allowed (ink fails only when
    // a divert goes through it), and so is a call.
    let out = run(
        &["play", "--plain"],
        &format!("~ temp t = -> f\n{{f()}}\n{f}"),
    );
    assert_eq!(stdout(&out), "In f1\n", "{}", stderr(&out));
}

#[test]
fn a_knot_reached_only_through_a_globals_divert_target_is_reachable() {
    // `weave check` warned "never reached" and listed no ending.
    let story = "VAR door = -> k\n<- door\n-> DONE\n== k\n* [A] A\n  -> END\n";
    let out = run(&["check"], story);
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(0), "{all}");
    assert!(all.contains("no errors, 0 warnings"), "{all}");
    assert!(all.contains("endings (1):"), "{all}");
    // A global nobody reads diverts nowhere: its knot is still unreached.
    let out = run(
        &["check"],
        "VAR door = -> k\n~ door = 1\n-> DONE\n== k\nK\n-> END\n",
    );
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(all.contains("the knot `k` is never reached"), "{all}");
}
