//! What a newcomer trips on (issue 11), each through the real binary:
//! "did you mean", hints in errors, plain words for what went wrong, quiet
//! ends on a broken pipe, file modes, and the counts and names in reports.

use super::support::{run_with_input, stderr, stdout, weave};
use std::path::{Path, PathBuf};

/// A small story with a variable, two knots and a misspelling to be made.
const ALLEY: &str = r#"Story(
    title: "The alley",
    globals: ["VAR coins = 3"],
    body: [
        Line("Night in the city. You have {coins} coins."),
        Choice(text: "Go down the alley", then: [Line("-> alley")]),
        Choice(text: "Go home", then: [Line("-> home")]),
    ],
    knots: [
        Knot(name: "alley", body: [Line("Cats. -> END")]),
        Knot(name: "home", body: [Line("Bed. -> END")]),
    ],
)
"#;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("the temp folder is writable");
    path
}

/// Runs `weave ARGS` in `dir` with empty stdin.
fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut cmd = weave(&dir.join("saves"), dir);
    cmd.args(args);
    run_with_input(cmd, "")
}

#[test]
fn a_misspelt_divert_variable_or_assignment_says_did_you_mean() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "-> alley",
            "-> aley",
            "unknown divert target `aley`",
            "did you mean `alley`?",
        ),
        (
            "{coins} coins",
            "{coinz} coins",
            "unknown variable `coinz`",
            "did you mean `coins`?",
        ),
    ];
    for (from, to, message, help) in cases {
        write(dir.path(), "typo.ron", &ALLEY.replacen(from, to, 1));
        let out = run(dir.path(), &["check", "typo.ron"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.contains(message), "{err}");
        assert!(err.contains(&format!("help: {help}")), "{err}");
    }
    let assigned = ALLEY.replacen(
        r#"Line("Cats. -> END")"#,
        r#"Logic("coinz = 1"), Line("Cats. -> END")"#,
        1,
    );
    write(dir.path(), "assign.ron", &assigned);
    let out = run(dir.path(), &["check", "assign.ron"]);
    let err = stderr(&out);
    assert!(err.contains("unknown variable `coinz`"), "{err}");
    assert!(err.contains("help: did you mean `coins`?"), "{err}");
}

#[test]
fn play_from_a_misspelt_knot_says_did_you_mean() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "alley.ron", ALLEY);
    let out = run(
        dir.path(),
        &["play", "--plain", "alley.ron", "--from", "hom"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "weave: `--from hom`: the story has no knot or stitch `hom`; did you mean `home`?\n"
    );
    // Nothing close: no guess.
    let out = run(
        dir.path(),
        &["play", "--plain", "alley.ron", "--from", "nowhere"],
    );
    assert_eq!(
        stderr(&out),
        "weave: `--from nowhere`: the story has no knot or stitch `nowhere`\n"
    );
    assert_eq!(stdout(&out), "");
}
