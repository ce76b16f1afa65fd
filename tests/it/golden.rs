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
//! - `transcript.txt`: the expected stdout, and/or `error.txt`: the
//!   expected stderr of a case that must fail (a case that succeeds must
//!   print nothing on stderr).

use super::support::{root, run_with_input, stderr, stdout, weave};
use std::path::Path;

#[test]
fn golden_cases_match_their_transcripts_and_errors() {
    let cases = root().join("tests/cases");
    let mut dirs: Vec<_> = std::fs::read_dir(&cases)
        .expect("tests/cases exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no golden cases found");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let failures: Vec<String> = dirs
        .iter()
        .filter_map(|dir| run_case(dir, update).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} golden case(s) failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

fn read(dir: &Path, name: &str) -> Option<String> {
    std::fs::read_to_string(dir.join(name)).ok()
}

fn run_case(dir: &Path, update: bool) -> Result<(), String> {
    let name = dir
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let saves = tempfile::tempdir().map_err(|e| e.to_string())?;
    let mut cmd = weave(saves.path(), dir);
    if dir.join("save.ron").exists() {
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
        return Ok(());
    }
    let mut problems = Vec::new();
    let expected_err = read(dir, "error.txt");
    if failed != expected_err.is_some() || (!failed && !err.is_empty()) {
        problems.push(format!(
            "exit status {:?}, stderr:\n{err}",
            output.status.code()
        ));
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
        Err(format!("case {name}:\n{}", problems.join("\n")))
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

/// The first differing line, enough to see what changed.
fn diff(file: &str, expected: &str, actual: &str) -> String {
    let mut e = expected.lines();
    let mut a = actual.lines();
    for n in 1.. {
        match (e.next(), a.next()) {
            (None, None) => break,
            (x, y) if x == y => continue,
            (x, y) => {
                return format!(
                    "{file} differs at line {n}:\n  expected: {x:?}\n  actual:   {y:?}"
                );
            }
        }
    }
    format!("{file} differs in line endings or a final newline")
}
