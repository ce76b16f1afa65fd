//! The ink-proof conformance suite, run through the `weave` binary in its
//! plain play mode, as inklecate's `-p` mode is run by the suite's harness.
//!
//! The cases are third-party data and are never copied here: they are read
//! from `INK_PROOF_DIR` or `../shared/ink-proof/ink` beside the repository.
//! The test fails if fewer cases pass than `tests/ink-proof-passing.txt`
//! records, so the count can only go up. All 135 cases run, the five the
//! suite itself hides (randomness, a runtime error, a warning) included.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn cases_dir() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("INK_PROOF_DIR") {
        return Some(PathBuf::from(dir));
    }
    let beside = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/ink-proof/ink");
    beside.is_dir().then_some(beside)
}

/// Splits like Python's `str.splitlines()` after dropping a BOM.
fn lines(text: &str) -> Vec<&str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    if out.last() == Some(&"") {
        out.pop();
    }
    out.into_iter().flat_map(|l| l.split('\r')).collect()
}

/// The seed a case is played with. inklecate picks its story seed from the
/// clock (0 to 99), so the two cases that draw random numbers without
/// `SEED_RANDOM` show the seed their transcript was printed under: found by
/// trying the 100, and unique for I074's ten draws. weave's `--seed N` is
/// ink's story seed N.
fn seed(case: &Path) -> &'static str {
    match case.file_name().and_then(|n| n.to_str()) {
        Some("I074") => "84",
        Some("I107") => "4",
        _ => "1",
    }
}

/// Runs one case; `Ok` if the transcript matches, else a short reason.
fn run_case(case: &Path) -> Result<(), String> {
    let expected =
        std::fs::read_to_string(case.join("transcript.txt")).map_err(|e| e.to_string())?;
    let actual = play(case, &case.join("story.ink"))?;
    compare(&expected, &actual)
}

/// Plays a story with the case's input in plain mode; returns what it
/// printed, with the first line of stderr appended when there was one.
fn play(case: &Path, story: &Path) -> Result<String, String> {
    let input = std::fs::read(case.join("input.txt")).unwrap_or_default();
    let mut child = Command::new(env!("CARGO_BIN_EXE_weave"))
        .args(["play", "--plain", "--seed", seed(case)])
        .arg(story)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut stdin = child.stdin.take().expect("piped");
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let deadline = Instant::now() + Duration::from_secs(10);
    while child.try_wait().map_err(|e| e.to_string())?.is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            return Err("timed out".into());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = writer.join();
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    if let Some(line) = String::from_utf8_lossy(&output.stderr).lines().next() {
        text.push_str(&inklecate_error(line));
    }
    Ok(text)
}

/// weave reports a runtime error on stderr with its place
/// (`weave: runtime error at story.ink:3:1: MESSAGE`) where `inklecate -p`
/// prints `RUNTIME ERROR: MESSAGE` among the transcript; any other stderr
/// line is kept as is, so that it fails the comparison.
fn inklecate_error(line: &str) -> String {
    let message = line
        .strip_prefix("weave: runtime error at ")
        .and_then(|rest| rest.split_once(": "))
        .map(|(_, message)| message);
    match message {
        Some(message) => format!("RUNTIME ERROR: {message}"),
        None => format!("\n[stderr] {line}"),
    }
}

/// Compares transcripts line by line, as the suite's own harness does.
fn compare(expected: &str, actual: &str) -> Result<(), String> {
    let (want, got) = (lines(expected), lines(actual));
    if want == got {
        return Ok(());
    }
    let at = want
        .iter()
        .zip(&got)
        .position(|(a, b)| a != b)
        .unwrap_or(want.len().min(got.len()));
    Err(format!(
        "line {}: expected {:?}, got {:?}",
        at + 1,
        want.get(at).copied().unwrap_or("<end>"),
        got.get(at).copied().unwrap_or("<end>"),
    ))
}

/// `weave compile` writes the case as RON; playing that must give the very
/// transcript the ink file gives.
fn run_case_as_ron(case: &Path, dir: &Path) -> Result<(), String> {
    let name = case.file_name().unwrap_or_default().to_string_lossy();
    let ron = dir.join(format!("{name}.ron"));
    let status = Command::new(env!("CARGO_BIN_EXE_weave"))
        .arg("compile")
        .arg(case.join("story.ink"))
        .arg("-o")
        .arg(&ron)
        .stderr(Stdio::null())
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err("weave compile failed".into());
    }
    compare(&play(case, &case.join("story.ink"))?, &play(case, &ron)?)
}

#[test]
fn ink_proof_conformance_does_not_regress() {
    let Some(dir) = cases_dir() else {
        println!(
            "ink-proof: no cases found (set INK_PROOF_DIR or put them in ../shared/ink-proof/ink); nothing to check"
        );
        return;
    };
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("readable ink-proof folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("story.ink").is_file())
        .collect();
    cases.sort();
    let (mut passed, mut failed) = (0, 0);
    for case in &cases {
        let name = case.file_name().unwrap_or_default().to_string_lossy();
        match run_case(case) {
            Ok(()) => {
                passed += 1;
                println!("ink-proof {name}: ok");
            }
            Err(why) => {
                failed += 1;
                println!("ink-proof {name}: FAIL {why}");
            }
        }
    }
    println!("ink-proof: {passed} passed, {failed} failed");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut differ = Vec::new();
    for case in &cases {
        if let Err(why) = run_case_as_ron(case, dir.path()) {
            differ.push(format!("{}: {why}", case.display()));
        }
    }
    let total = passed + failed;
    println!(
        "ink-proof via RON: {} of {total} cases play identically after `weave compile`",
        total - differ.len()
    );
    assert!(
        differ.is_empty(),
        "the RON form plays differently:\n{}",
        differ.join("\n")
    );
    let record = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ink-proof-passing.txt");
    let recorded: usize = std::fs::read_to_string(&record)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    assert!(
        passed >= recorded,
        "only {passed} ink-proof cases pass, but {recorded} passed before (tests/ink-proof-passing.txt)"
    );
    if passed > recorded {
        println!("ink-proof: {passed} now pass; raise tests/ink-proof-passing.txt from {recorded}");
    }
}

/// A case's story, read on `threads` threads by the library's loader.
fn story_on(case: &Path, threads: usize) -> Result<weave::load::Parsed, String> {
    weave::load::story_on(&case.join("story.ink"), Some(threads)).map_err(|e| format!("{e:?}"))
}

/// What a case prints, played through the library with its input, when its
/// knots are lowered in chunks of `chunk` statements on `threads` threads.
fn played_in_chunks(
    case: &Path,
    parsed: &weave::load::Parsed,
    threads: usize,
    chunk: usize,
) -> String {
    let program = match weave::compile::compile_in_chunks(&parsed.story, threads, chunk) {
        Ok((program, _)) => program,
        Err(errors) => return format!("compile errors: {errors:?}"),
    };
    let loaded = weave::load::Loaded {
        program: std::sync::Arc::new(program),
        name: "story.ink".into(),
        path: case.join("story.ink"),
        warnings: Vec::new(),
        sources: parsed.sources.clone(),
        files: parsed.files.clone(),
    };
    let start = weave::play::Start {
        seed: Some(1),
        ..weave::play::Start::default()
    };
    let mut game = match weave::play::Game::new(loaded, start) {
        Ok(game) => game,
        Err(e) => return format!("runtime error: {e}"),
    };
    let input = std::fs::read(case.join("input.txt")).unwrap_or_default();
    let mut out = Vec::new();
    let result = weave::cli::play_plain(&mut game, input.as_slice(), &mut out);
    format!("{}{result:?}", String::from_utf8_lossy(&out))
}

/// Every case reads to the same story on several threads, and plays the
/// same when each knot is lowered as a chunk of its own, on several threads:
/// the paths large stories take give what small ones do.
#[test]
fn ink_proof_stories_read_and_play_the_same_in_chunks_and_threads() {
    let Some(dir) = cases_dir() else {
        println!("ink-proof: no cases found; nothing to check");
        return;
    };
    let mut compared = 0;
    for entry in std::fs::read_dir(&dir).expect("readable ink-proof folder") {
        let case = entry.expect("a folder entry").path();
        if !case.join("story.ink").is_file() {
            continue;
        }
        let story = story_on(&case, 1);
        let again = story_on(&case, 3);
        let same = match (&story, &again) {
            (Ok(a), Ok(b)) => a.story == b.story,
            (Err(a), Err(b)) => a == b,
            _ => false,
        };
        assert!(same, "{} reads differently on 3 threads", case.display());
        let Ok(story) = story else {
            continue;
        };
        let whole = played_in_chunks(&case, &story, 1, usize::MAX);
        let chunked = played_in_chunks(&case, &story, 3, 1);
        assert!(
            chunked == whole,
            "{} plays differently in chunks:\n{chunked}\n---\n{whole}",
            case.display()
        );
        compared += 1;
    }
    println!("ink-proof: {compared} stories read and play the same in chunks and on threads");
}
