//! The command line through the real binary: plain play, replay, check,
//! and the errors and exit codes a user sees.

use super::support::{lighthouse, root, run_with_input, stderr, stdout, weave};
use std::path::Path;

/// A story with one choice point of two choices, each ending the story.
const TWO_WAYS: &str = r#"Story(
    title: "Two ways",
    body: [
        Line("A fork in the road. #road #dusk"),
        Choice(text: "Left[.] you went.", then: [Line("Trees."), Line("-> END")]),
        Choice(text: "Right", then: [Line("Hills."), Line("-> END")]),
    ],
)
"#;

fn write_story(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("temp story is writable");
    path
}

fn play_plain(script: &Path, input: &str, extra: &[&str]) -> std::process::Output {
    let saves = tempfile::tempdir().unwrap();
    let mut cmd = weave(saves.path(), &root());
    cmd.args(["play", "--plain", "--seed", "5"])
        .arg(script)
        .args(extra);
    run_with_input(cmd, input)
}

#[test]
fn plain_play_prints_what_inklecate_prints() {
    let dir = tempfile::tempdir().unwrap();
    let story = write_story(dir.path(), "two.ron", TWO_WAYS);
    let output = play_plain(&story, "1\n", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "A fork in the road.\n# tags: road, dusk\n\n1: Left.\n2: Right\n?> Left you went.\nTrees.\n"
    );
}

#[test]
fn plain_play_explains_bad_numbers_and_asks_again() {
    let dir = tempfile::tempdir().unwrap();
    let story = write_story(dir.path(), "two.ron", TWO_WAYS);
    let output = play_plain(&story, "3\n0\nleft\n2\n", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let expected = "?> Choice out of range\n?> Choice out of range\n\
                    ?> Unexpected input. Type 'help' or a choice number.\n?> Right\nHills.\n";
    assert!(stdout(&output).ends_with(expected), "{}", stdout(&output));
}

#[test]
fn plain_play_stops_cleanly_when_input_ends_at_a_choice() {
    let dir = tempfile::tempdir().unwrap();
    let story = write_story(dir.path(), "two.ron", TWO_WAYS);
    let output = play_plain(&story, "", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).ends_with("2: Right\n?> <User input stream closed.>\n"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn plain_play_is_the_default_when_stdin_is_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let story = write_story(dir.path(), "two.ron", TWO_WAYS);
    let saves = tempfile::tempdir().unwrap();
    let mut cmd = weave(saves.path(), &root());
    cmd.arg("play").arg(&story);
    let output = run_with_input(cmd, "2\n");
    assert!(
        stdout(&output).ends_with("?> Right\nHills.\n"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn the_same_seed_and_choices_give_the_same_bytes() {
    let input = "1\n1\n1\n1\n1\n1\n1\n";
    let first = play_plain(&lighthouse(), input, &[]);
    let second = play_plain(&lighthouse(), input, &[]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert_eq!(first.stdout, second.stdout);
}

#[test]
fn replay_of_ad_hoc_choices_matches_plain_play_of_the_same_numbers() {
    let played = play_plain(&lighthouse(), "1\n2\n1\n", &[]);
    let saves = tempfile::tempdir().unwrap();
    let mut cmd = weave(saves.path(), &root());
    cmd.args(["replay", "--choices", "1,2,1", "--seed", "5"])
        .arg(lighthouse());
    let replayed = cmd.output().unwrap();
    assert!(replayed.status.success(), "{}", stderr(&replayed));
    let played = stdout(&played);
    let replayed = stdout(&replayed);
    // Plain play goes on to prompt for a fourth choice that never comes.
    let expected = played
        .strip_suffix("?> <User input stream closed.>\n")
        .unwrap_or(&played);
    assert_eq!(replayed, expected);
}

#[test]
fn replay_of_a_choice_that_is_not_offered_names_the_step() {
    let dir = tempfile::tempdir().unwrap();
    let story = write_story(dir.path(), "two.ron", TWO_WAYS);
    let saves = tempfile::tempdir().unwrap();
    let mut cmd = weave(saves.path(), &root());
    cmd.args(["replay", "--choices", "7"]).arg(&story);
    let output = cmd.output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output)
            .contains("step 1 (\"choice 7\") no longer fits: only 2 choices are offered"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn check_accepts_the_example_story() {
    let saves = tempfile::tempdir().unwrap();
    let output = weave(saves.path(), &root())
        .arg("check")
        .arg(lighthouse())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(out.contains("\"The Last Keeper\": no errors"), "{out}");
    // Each ending with its file, line and column (it once gave no file).
    let file = lighthouse().display().to_string();
    assert!(out.contains(&format!("ending.saved at {file}:")), "{out}");
    assert!(out.contains(&format!("ending.lost at {file}:")), "{out}");
}

#[test]
fn check_points_at_the_error_in_a_bad_script() {
    let dir = tempfile::tempdir().unwrap();
    write_story(
        dir.path(),
        "bad.ron",
        "Story(\n    title: \"Bad\",\n    body: [\n        Line(\"Off we go. -> nowhere\"),\n    ],\n)\n",
    );
    let saves = tempfile::tempdir().unwrap();
    let output = weave(saves.path(), dir.path())
        .args(["check", "bad.ron"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("bad.ron:4:"), "{err}");
    assert!(err.contains("nowhere"), "{err}");
    assert!(err.contains("Line(\"Off we go. -> nowhere\")"), "{err}");
}

#[test]
fn a_missing_script_is_named_in_the_error() {
    let saves = tempfile::tempdir().unwrap();
    let output = weave(saves.path(), &root())
        .args(["play", "--plain", "no/such/story.ron"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("could not read no/such/story.ron"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn ink_scripts_play_with_their_includes_read_beside_them() {
    let dir = tempfile::tempdir().unwrap();
    let story = write_story(
        dir.path(),
        "main.ink",
        "INCLUDE part.ink\nHello.\n-> greet\n",
    );
    write_story(
        dir.path(),
        "part.ink",
        "=== greet ===\n* [Wave] You wave.\n-> END\n",
    );
    let output = play_plain(&story, "1\n", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), "Hello.\n\n1: Wave\n?> You wave.\n");
}

#[test]
fn play_without_a_script_plays_the_default_story() {
    let saves = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let mut cmd = weave(saves.path(), elsewhere.path());
    cmd.args(["play", "--plain", "--seed", "5"]);
    let output = run_with_input(cmd, "");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).ends_with("?> <User input stream closed.>\n"));
}

#[test]
fn resume_without_an_autosave_says_so() {
    let saves = tempfile::tempdir().unwrap();
    let output = weave(saves.path(), &root())
        .args(["play", "--plain", "--resume"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("nothing to resume: no autosave in"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn replay_of_an_unknown_save_name_says_where_it_looked() {
    let saves = tempfile::tempdir().unwrap();
    let output = weave(saves.path(), &root())
        .args(["replay", "dawn"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no save named `dawn`"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_runtime_error_goes_to_stderr_with_a_failing_exit() {
    let dir = tempfile::tempdir().unwrap();
    let story = write_story(
        dir.path(),
        "div.ron",
        "Story(\n    title: \"Div\",\n    body: [\n        Logic(\"temp zero = 0\"),\n        Line(\"Half of nothing is {1 / zero}.\"),\n    ],\n)\n",
    );
    let output = play_plain(&story, "", &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("runtime error"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn resume_after_the_story_changed_says_where_the_path_stopped_fitting() {
    let dir = tempfile::tempdir().unwrap();
    let story = write_story(dir.path(), "two.ron", TWO_WAYS);
    let program = super::support::compile_ron(&story);
    let mut session = weave::runtime::Session::new(program, 2);
    session.continue_turn().unwrap();
    session.choose(1).unwrap();
    session.continue_turn().unwrap();
    let save = weave::saves::SaveFile::of_session(
        &session,
        &story.display().to_string(),
        "Hills.",
        &Default::default(),
    );
    weave::saves::write(dir.path(), weave::saves::AUTOSAVE, &save).unwrap();
    std::fs::write(&story, TWO_WAYS.replace("\"Right\"", "\"Uphill\"")).unwrap();

    let mut cmd = weave(dir.path(), &root());
    cmd.args(["play", "--plain", "--resume"]);
    let output = run_with_input(cmd, "2\n");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(
            "the story has changed since this save: step 1 (\"Right\") no longer fits: \
             the story offers \"Left.\", \"Uphill\" instead (a reworded choice gets a new \
             id; give the choice a label to keep it: RON `label: \"name\"`, ink `* (name) text`); continuing from the furthest \
             point that fits (after 0 choices)"
        ),
        "{}",
        stderr(&output)
    );
    assert!(
        stdout(&output).ends_with("2: Uphill\n?> Uphill\nHills.\n"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn the_saves_flag_wins_over_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let story = write_story(dir.path(), "two.ron", TWO_WAYS);
    let program = super::support::compile_ron(&story);
    let mut session = weave::runtime::Session::new(program, 2);
    session.continue_turn().unwrap();
    session.choose(0).unwrap();
    session.continue_turn().unwrap();
    let save = weave::saves::SaveFile::of_session(
        &session,
        &story.display().to_string(),
        "",
        &Default::default(),
    );
    let flagged = dir.path().join("flagged");
    weave::saves::write(&flagged, "left", &save).unwrap();
    let from_env = tempfile::tempdir().unwrap();
    let output = weave(from_env.path(), &root())
        .arg("replay")
        .arg("--saves")
        .arg(&flagged)
        .arg("left")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).ends_with("?> Left you went.\nTrees.\n"),
        "{}",
        stdout(&output)
    );
}
