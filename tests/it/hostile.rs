//! Hostile inputs (tests/hostile/): pathological stories and edited saves,
//! each run through the binary under a CPU-time limit of 2 s and an address
//! space of 200 MB (`prlimit`, Linux). Every one must end in a clear error
//! (exit 1 or 2 with a message naming a place or a limit) or a bounded run:
//! never a panic, a stack overflow, a hang or a blow-up. A case may have a
//! `NAME.expect` file: text its output must contain.
//!
//! Saves (`*.save.ron`) are loaded with `weave play --resume` onto
//! `save-story.ink`, their `FINGERPRINT` replaced by that story's own so
//! that their snapshots are tried, not skipped.

use super::support::root;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CPU_SECONDS: u32 = 2;
const MEMORY_BYTES: u64 = 200 * 1024 * 1024;
/// Choices typed at every prompt (plain mode).
const INPUT: &str = "4\n1\n1\n2\n1\n";

fn hostile() -> PathBuf {
    root().join("tests/hostile")
}

/// What one run gave.
struct Run {
    code: Option<i32>,
    out: String,
    err: String,
    stdout_len: u64,
}

/// Runs `weave ARGS` in `dir` under the limits, with `INPUT` on stdin.
fn run_limited(dir: &Path, saves: &Path, args: &[&str]) -> Run {
    assert!(
        Command::new("prlimit").arg("--version").output().is_ok(),
        "the hostile-input test needs prlimit (util-linux) to limit time and memory"
    );
    let tmp = tempfile::tempdir().unwrap();
    let (input, out, err) = (
        tmp.path().join("in"),
        tmp.path().join("out"),
        tmp.path().join("err"),
    );
    std::fs::write(&input, INPUT).unwrap();
    let mut child = Command::new("prlimit")
        .arg(format!("--cpu={CPU_SECONDS}"))
        .arg(format!("--as={MEMORY_BYTES}"))
        .arg(env!("CARGO_BIN_EXE_weave"))
        .args(args)
        .current_dir(dir)
        .env("WEAVE_SAVES", saves)
        .env("NO_COLOR", "1")
        .stdin(std::fs::File::open(&input).unwrap())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .expect("prlimit runs weave");
    // The CPU limit ends a busy run; this ends one that waits.
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            break child.wait().unwrap();
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let read = |p: &Path| {
        let bytes = std::fs::read(p).unwrap();
        String::from_utf8_lossy(&bytes[..bytes.len().min(64 * 1024)]).into_owned()
    };
    Run {
        code: status.code(),
        out: read(&out),
        err: read(&err),
        stdout_len: std::fs::metadata(&out).unwrap().len(),
    }
}

/// The fingerprint of the story the hostile saves are made on.
fn save_story_fingerprint() -> u64 {
    let path = hostile().join("save-story.ink");
    let mut sources = weave::story::SourceMap::default();
    let main = sources.add("save-story.ink", std::fs::read_to_string(&path).unwrap());
    let mut include = |_: &str| Err("no includes".to_string());
    let (story, _) = weave::ink::parse_ink(&mut sources, main, &mut include).unwrap();
    weave::compile::compile(&story).unwrap().0.fingerprint
}

/// Why `run` of case `name` is not a clear error or a bounded run, if it is not.
fn judge(name: &str, run: &Run, expect: Option<&str>) -> Option<String> {
    let both = format!("{}{}", run.out, run.err);
    let problem = match run.code {
        None => Some("killed by a signal (the time or memory limit, or a crash)".to_string()),
        Some(c) if ![0, 1, 2].contains(&c) => Some(format!("exit code {c}")),
        _ if both.contains("panicked") || both.contains("overflowed its stack") => {
            Some("a panic".to_string())
        }
        _ if run.stdout_len > 8 * 1024 * 1024 => {
            Some(format!("{} bytes of output", run.stdout_len))
        }
        Some(c) if c != 0 && !names_place_or_limit(&run.err) => {
            Some("an error naming no place and no limit".to_string())
        }
        _ => None,
    };
    let missing = expect
        .map(str::trim)
        .filter(|e| !both.contains(e))
        .map(|e| format!("no `{e}` in the output"));
    problem.or(missing).map(|p| {
        format!(
            "{name}: {p}\n--- stdout\n{}\n--- stderr\n{}",
            run.out, run.err
        )
    })
}

/// Whether an error message says where (`file:line:col`, a save file) or
/// which limit.
fn names_place_or_limit(err: &str) -> bool {
    let place = err.lines().any(|l| {
        l.split(':').collect::<Vec<_>>().windows(2).any(|w| {
            w[0].trim().parse::<usize>().is_ok()
                && w[1].trim_start().starts_with(|c: char| c.is_ascii_digit())
        })
    });
    place || err.contains("limit") || err.contains(".ron") || err.contains("save")
}

#[test]
fn every_hostile_input_ends_in_a_clear_error_or_a_bounded_run() {
    let dir = hostile();
    let fingerprint = save_story_fingerprint().to_string();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".expect"))
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for name in &names {
        let saves = tempfile::tempdir().unwrap();
        let run = if name.ends_with(".save.ron") {
            let text = std::fs::read_to_string(dir.join(name)).unwrap();
            let text = text.replace("FINGERPRINT", &fingerprint);
            std::fs::write(saves.path().join("autosave.ron"), text).unwrap();
            run_limited(&dir, saves.path(), &["play", "--resume", "--plain"])
        } else if name.starts_with("check-") {
            run_limited(&dir, saves.path(), &["check", name])
        } else {
            run_limited(
                &dir,
                saves.path(),
                &["play", "--plain", "--seed", "1", name],
            )
        };
        let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
        let stem = stem.strip_suffix(".save").unwrap_or(stem);
        let expect = std::fs::read_to_string(dir.join(format!("{stem}.expect"))).ok();
        failures.extend(judge(name, &run, expect.as_deref()));
    }
    assert!(names.len() > 40, "the hostile inputs are missing");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// 10,000 nested choices or gathers (a line of N bullets or dashes at
/// level N: 50 MB each, so they are written here rather than kept in the
/// repository) stop at the nesting limit, with no stack overflow.
#[test]
fn ten_thousand_nested_choices_or_gathers_stop_at_the_nesting_limit() {
    let dir = tempfile::tempdir().unwrap();
    for (name, mark, label) in [
        ("nested-bullets.ink", '*', "[c"),
        ("nested-gathers.ink", '-', "g"),
    ] {
        let mut text = String::new();
        for i in 1..=10_000 {
            let close = if mark == '*' { "]" } else { "" };
            text.push_str(&format!(
                "{} {label}{i}{close}\n",
                mark.to_string().repeat(i)
            ));
        }
        std::fs::write(dir.path().join(name), text).unwrap();
        let saves = tempfile::tempdir().unwrap();
        let run = run_limited(
            dir.path(),
            saves.path(),
            &["play", "--plain", "--seed", "1", name],
        );
        assert_eq!(judge(name, &run, Some("limit NESTING_LIMIT")), None);
    }
}

/// A LIST of 50,000 items, all of them in a variable, printed whole and
/// worked on: each item's name was once found by a walk over the LIST, so
/// printing took time quadratic in its size (seconds, not milliseconds).
#[test]
fn a_list_of_fifty_thousand_items_prints_and_computes_in_a_bounded_run() {
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = (0..50_000).map(|i| format!("i{i}")).collect();
    let text = format!(
        "LIST big = {}\nVAR x = ()\n~ x = LIST_ALL(big)\n~ x -= i5\n\
         {{LIST_COUNT(x)}} {{LIST_RANGE(x, 2, 4)}} {{LIST_INVERT(x - i7)}} {{x}}\n-> END\n",
        names.join(", ")
    );
    std::fs::write(dir.path().join("big-list.ink"), text).unwrap();
    let saves = tempfile::tempdir().unwrap();
    let run = run_limited(
        dir.path(),
        saves.path(),
        &["play", "--plain", "--seed", "1", "big-list.ink"],
    );
    assert_eq!(judge("big-list.ink", &run, None), None);
    // The run keeps the first 64 KB of the output (the whole is 389 KB).
    let everything_but_i5 = names
        .iter()
        .filter(|n| *n != "i5")
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let whole = format!("49999 i1, i2, i3 i5, i7 {everything_but_i5}\n");
    assert_eq!(run.stdout_len, whole.len() as u64);
    assert!(whole.starts_with(&run.out), "{}", &run.out[..200]);
}

#[test]
fn a_full_disk_or_a_dead_terminal_is_not_a_panic() {
    let dir = hostile();
    for (args, stdout_full, stderr_full) in [
        (&["play", "--plain", "save-story.ink"][..], true, false),
        (&["play", "--plain", "const-cycle.ink"][..], false, true),
        (&["check", "check-many-warnings.ink"][..], true, true),
    ] {
        let full = || {
            std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap()
        };
        let pipe = |on: bool| {
            if on {
                Stdio::from(full())
            } else {
                Stdio::null()
            }
        };
        let status = Command::new(env!("CARGO_BIN_EXE_weave"))
            .args(args)
            .current_dir(&dir)
            .env("WEAVE_SAVES", tempfile::tempdir().unwrap().path())
            .stdin(Stdio::from(
                std::fs::File::open(dir.join("save-story.ink")).unwrap(),
            ))
            .stdout(pipe(stdout_full))
            .stderr(pipe(stderr_full))
            .status()
            .unwrap();
        assert!(
            matches!(status.code(), Some(0..=2)),
            "{args:?} with a full disk behind it: {status}"
        );
    }
}

#[test]
fn a_folder_where_the_autosave_should_be_is_named_as_such() {
    let saves = tempfile::tempdir().unwrap();
    std::fs::create_dir(saves.path().join("autosave.ron")).unwrap();
    let run = run_limited(&hostile(), saves.path(), &["play", "--resume", "--plain"]);
    assert_eq!(run.code, Some(2), "{}", run.err);
    assert!(
        run.err
            .contains("autosave.ron is a folder, not a save file"),
        "{}",
        run.err
    );
}

#[test]
fn deep_nesting_compiles_on_the_worker_threads_of_a_large_story() {
    // Every knot nests choices and blocks as deep as the limit allows, and
    // the story is read and compiled on two threads, so the workers' smaller
    // stacks carry the deepest recursion.
    let depth = weave::ink::NESTING_LIMIT;
    let mut text = String::from("VAR x = true\n-> k0\n");
    for k in 0..200 {
        text.push_str(&format!("== k{k} ==\n"));
        for d in 1..=depth {
            text.push_str(&format!("{} [c{d}]\n", "*".repeat(d)));
        }
        text.push_str(&format!("{}\n", "{ x:\n".repeat(depth - 1)));
        text.push_str(&"}\n".repeat(depth - 1));
        text.push_str(&format!(
            "{}y{}\n",
            "{x:".repeat(depth - 1),
            "}".repeat(depth - 1)
        ));
        text.push_str("-> END\n");
    }
    let mut sources = weave::story::SourceMap::default();
    let main = sources.add("deep.ink", text);
    let mut include = |_: &str| Err("no includes".to_string());
    let (story, _) = weave::ink::parse_ink_on(&mut sources, main, &mut include, Some(2))
        .unwrap_or_else(|d| panic!("{:?}", &d[..1]));
    let (program, _) =
        weave::compile::compile_on(&story, 2).unwrap_or_else(|d| panic!("{:?}", &d[..1]));
    let mut session = weave::runtime::Session::new(std::sync::Arc::new(program), 1);
    let turn = session.continue_turn().unwrap();
    assert!(matches!(turn.prompt, weave::runtime::Prompt::Choice(_)));
}

#[test]
fn explore_stops_at_its_time_budget_inside_a_turn() {
    // One turn of this story runs to the step limit, far longer than the
    // budget: only a deadline checked inside the turn stops it in time.
    let saves = tempfile::tempdir().unwrap();
    let run = run_limited(
        &hostile(),
        saves.path(),
        &["explore", "divert-loop.ink", "--max-seconds", "0.02"],
    );
    assert_eq!(run.code, Some(0), "{}", run.err);
    assert!(
        run.out.contains("stopped at the time budget"),
        "{}",
        run.out
    );
    assert!(run.out.contains("runtime errors (0)"), "{}", run.out);
}

#[test]
fn invalid_utf8_typed_in_plain_mode_is_unexpected_input_and_play_goes_on() {
    let dir = hostile();
    let mut child = Command::new(env!("CARGO_BIN_EXE_weave"))
        .args(["play", "--plain", "--seed", "1", "save-story.ink"])
        .current_dir(&dir)
        .env("WEAVE_SAVES", tempfile::tempdir().unwrap().path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"\xff\xfe\xc3\n1\n").unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("?> Unexpected input. Type 'help' or a choice number."),
        "{text}"
    );
    assert!(text.contains("The sea is grey."), "{text}");
}
