//! Transcript tests through the binary: the example story's recorded paths
//! pass; recording then testing passes; an edit shows a diff naming the
//! changed line, or the step where the path no longer fits; blessing makes
//! it pass again.

use super::support::{ROAD, root, run_with_input, stderr, stdout, weave};
use std::path::Path;
use std::process::Output;

/// Runs `weave ARGS` in `dir`; `weave test` keeps its recordings in
/// `dir/tests/stories` (without `--dir` it would use the repository's).
fn weave_in(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = weave(&dir.join("saves"), dir);
    cmd.args(args);
    if args.first() == Some(&"test") && !args.contains(&"--dir") {
        cmd.args(["--dir", "tests/stories"]);
    }
    run_with_input(cmd, "")
}

#[test]
fn the_recorded_paths_of_the_example_story_still_pass() {
    let dir = root().join("tests/stories");
    let recorded = std::fs::read_dir(&dir).unwrap().count();
    assert!(recorded >= 3, "only {recorded} recorded paths in {dir:?}");
    // From any folder, `weave test` finds tests/stories beside Cargo.toml,
    // as saves go beside it (it once looked in the working directory).
    let elsewhere = tempfile::tempdir().unwrap();
    let mut cmd = weave(&elsewhere.path().join("saves"), elsewhere.path());
    cmd.arg("test");
    let out = run_with_input(cmd, "");
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    assert_eq!(
        text.lines().filter(|l| l.starts_with("ok ")).count(),
        recorded
    );
    assert!(
        text.ends_with(&format!("{recorded} passed, 0 failed\n")),
        "{text}"
    );
}

#[test]
fn a_recorded_path_passes_then_shows_an_edit_as_a_diff_until_blessed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("road.ron"), ROAD).unwrap();
    let out = weave_in(
        dir,
        &["test", "record", "road.ron", "--choices", "2,1", "run-eat"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("recorded `run-eat`: 2 choices, "));
    // The recording holds the transcript `weave replay --choices` prints.
    let replay = weave_in(dir, &["replay", "--choices", "2,1", "road.ron"]);
    let recording = std::fs::read_to_string(dir.join("tests/stories/run-eat.ron")).unwrap();
    assert!(
        recording.contains("script: \"../../road.ron\""),
        "{recording}"
    );
    assert!(recording.contains(&stdout(&replay)), "{recording}");

    let out = weave_in(dir, &["test"]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert_eq!(stdout(&out), "ok      run-eat\n1 passed, 0 failed\n");

    std::fs::write(
        dir.join("road.ron"),
        ROAD.replace("You run.", "You sprint."),
    )
    .unwrap();
    let out = weave_in(dir, &["test"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.starts_with("FAILED  run-eat: the transcript changed"),
        "{text}"
    );
    assert!(text.contains("--- recorded\n+++ now\n"), "{text}");
    assert!(text.contains("\n-You run.\n+You sprint.\n"), "{text}");
    assert!(text.ends_with("0 passed, 1 failed\n"), "{text}");
    assert!(stderr(&out).contains("1 of 1 recorded path failed"));

    let out = weave_in(dir, &["test", "--bless", "run-eat"]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).contains("ok      run-eat (blessed"));
    let out = weave_in(dir, &["test"]);
    assert_eq!(stdout(&out), "ok      run-eat\n1 passed, 0 failed\n");
}

#[test]
fn a_path_that_no_longer_fits_names_its_step() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("road.ron"), ROAD).unwrap();
    let stories = dir.join("recorded");
    let stories = stories.to_str().unwrap();
    let args = ["test", "record", "road.ron", "--choices", "1,2"];
    let out = weave_in(dir, &[&args[..], &["walk-rest", "--dir", stories]].concat());
    assert!(out.status.success(), "{}", stderr(&out));

    std::fs::write(dir.join("road.ron"), ROAD.replace("\"Rest\"", "\"Sleep\"")).unwrap();
    let out = weave_in(dir, &["test", "--dir", stories, "--bless-all"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains(
            "FAILED  walk-rest: step 2 (\"Rest\") no longer fits: \
             the story offers \"Eat\", \"Sleep\" instead (a reworded choice gets a new id; \
             give the choice a label to keep it: RON `label: \"name\"`, ink `* (name) text`) (a broken path cannot be blessed"
        ),
        "{text}"
    );
}

#[test]
fn recording_refuses_a_path_that_does_not_fit_and_testing_an_empty_folder_fails() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("road.ron"), ROAD).unwrap();
    let out = weave_in(
        dir,
        &["test", "record", "road.ron", "--choices", "1,3", "bad"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("step 2 (\"choice 3\") no longer fits"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.join("tests/stories/bad.ron").exists());

    let out = weave_in(dir, &["test"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no recorded paths in tests/stories"));
}

#[test]
fn a_story_with_errors_and_a_corrupt_recording_fail_with_their_reasons() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("road.ron"), ROAD).unwrap();
    let out = weave_in(
        dir,
        &["test", "record", "road.ron", "--choices", "1,1", "walk-eat"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::write(
        dir.join("tests/stories/torn.ron"),
        "Recording(format: 1, scr",
    )
    .unwrap();
    std::fs::write(dir.join("road.ron"), ROAD.replace("-> END", "-> nowhere")).unwrap();

    let out = weave_in(dir, &["test"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("FAILED  torn: tests/stories/torn.ron:1:"),
        "{text}"
    );
    assert!(text.contains("not a recorded path"), "{text}");
    assert!(
        text.contains("FAILED  walk-eat: the story cannot be loaded: tests/stories/../../road.ron has 2 errors"),
        "{text}"
    );
    // The compiler's diagnostics are shown too, on stderr.
    assert!(stderr(&out).contains("nowhere"), "{}", stderr(&out));
}
