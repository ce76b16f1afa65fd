//! Golden cases: each folder of `tests/cases/` is run through the binary
//! and its output compared with the files beside it. Regenerate with
//! `UPDATE_GOLDEN=1 cargo test golden` and read every changed file before
//! committing it.
//!
//! A case folder holds:
//! - the story: `story.ron` or `story.ink`, or `story.path` naming a script
//!   relative to the repository root (so paths through the example story
//!   need no copy);
//! - `input.txt`: the choice numbers fed to `weave play --plain`;
//! - `args.txt` (optional): the extra arguments, `--seed 1` if absent;
//! - `save.ron` (optional): then the case runs `weave replay save.ron`
//!   instead of playing, for bad saves;
//! - `command.txt` (optional): the whole `weave` command line instead of
//!   playing, such as `check story.ron` for the compiler's warnings;
//! - `transcript.txt`: the expected stdout; `error.txt`: the expected
//!   stderr of a case that must fail; `warnings.txt`: the expected stderr
//!   of a case that succeeds (without it, it must print nothing there).
//!
//! Each folder is a test of its own (build.rs writes them), named after the
//! folder with `_` for `-`: `cargo test --test it golden::ink_small_weave`.
//! A failure shows a unified diff.

use super::support::{root, run_with_input, stderr, stdout, weave};
use std::path::Path;

// One `#[test] fn NAME() { run_case("NAME") }` per folder, made by build.rs.
include!(concat!(env!("OUT_DIR"), "/golden_cases.rs"));

/// The generated tests are the folders there are: none is missed and none
/// is left from a folder that was removed.
#[test]
fn there_is_one_test_per_case_folder() {
    let mut dirs: Vec<String> = std::fs::read_dir(root().join("tests/cases"))
        .expect("tests/cases exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no golden cases found");
    assert_eq!(CASES, dirs, "rebuild: build.rs lists the case folders");
}

/// Runs one case and panics with a unified diff of what differs (or, with
/// `UPDATE_GOLDEN=1`, writes what it got).
fn run_case(name: &str) {
    let dir = root().join("tests/cases").join(name);
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    if let Err(problem) = check_case(&dir, update) {
        panic!("golden case {name}:\n{problem}\n(UPDATE_GOLDEN=1 rewrites it; read the result)");
    }
}

fn read(dir: &Path, name: &str) -> Option<String> {
    std::fs::read_to_string(dir.join(name)).ok()
}

fn check_case(dir: &Path, update: bool) -> Result<(), String> {
    let saves = tempfile::tempdir().map_err(|e| e.to_string())?;
    let mut cmd = weave(saves.path(), dir);
    if let Some(command) = read(dir, "command.txt") {
        cmd.args(command.split_whitespace());
    } else if dir.join("save.ron").exists() {
        cmd.args(["replay", "save.ron"]);
    } else {
        // Relative paths keep the messages in golden files the same on
        // every machine.
        let script = match read(dir, "story.path") {
            Some(rel) => Path::new("../../..").join(rel.trim()),
            None if dir.join("story.ink").exists() => Path::new("story.ink").to_path_buf(),
            None => Path::new("story.ron").to_path_buf(),
        };
        cmd.args(["play", "--plain"]).arg(script);
        match read(dir, "args.txt") {
            Some(args) => cmd.args(args.split_whitespace()),
            None => cmd.args(["--seed", "1"]),
        };
    }
    let input = read(dir, "input.txt").unwrap_or_default();
    let output = run_with_input(cmd, &input);
    let (out, err) = (stdout(&output), stderr(&output));
    let failed = !output.status.success();
    if update {
        write_golden(
            dir,
            "transcript.txt",
            (!out.is_empty() || !failed).then_some(&out),
        );
        write_golden(dir, "error.txt", failed.then_some(&err));
        write_golden(
            dir,
            "warnings.txt",
            (!failed && !err.is_empty()).then_some(&err),
        );
        return Ok(());
    }
    let mut problems = Vec::new();
    let expected_err = read(dir, "error.txt");
    if failed != expected_err.is_some() {
        problems.push(format!(
            "exit status {:?}, stderr:\n{err}",
            output.status.code()
        ));
    }
    if !failed {
        let expected = read(dir, "warnings.txt").unwrap_or_default();
        if expected != err {
            problems.push(diff("warnings.txt", &expected, &err));
        }
    }
    if let Some(expected) = read(dir, "transcript.txt")
        && expected != out
    {
        problems.push(diff("transcript.txt", &expected, &out));
    }
    if let Some(expected) = expected_err
        && expected != err
    {
        problems.push(diff("error.txt", &expected, &err));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn write_golden(dir: &Path, file: &str, text: Option<&String>) {
    let path = dir.join(file);
    match text {
        Some(text) => std::fs::write(&path, text).expect("golden file is writable"),
        None => {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// A unified diff of the golden file against what the run printed.
fn diff(file: &str, expected: &str, actual: &str) -> String {
    let diff = similar::TextDiff::from_lines(expected, actual);
    let shown = diff
        .unified_diff()
        .context_radius(3)
        .header(&format!("{file} (expected)"), &format!("{file} (actual)"))
        .to_string();
    if shown.trim().is_empty() {
        format!("{file} differs in line endings or a final newline")
    } else {
        shown
    }
}
