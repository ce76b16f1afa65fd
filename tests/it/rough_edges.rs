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
    // A function, the story's own or a built-in one.
    let called = ALLEY.replacen("{coins} coins", "{RANDM(1, 2)} coins", 1);
    write(dir.path(), "call.ron", &called);
    let err = stderr(&run(dir.path(), &["check", "call.ron"]));
    assert!(err.contains("unknown function `RANDM`"), "{err}");
    assert!(err.contains("help: did you mean `RANDOM`?"), "{err}");
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
    let out = run(
        dir.path(),
        &["play", "--plain", "alley.ron", "--set", "coinz=1"],
    );
    assert_eq!(
        stderr(&out),
        "weave: `--set coinz`: the story has no global variable `coinz` (it has: coins); \
         did you mean `coins`?\n"
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

/// Runs `weave ARGS` in `dir` with stdout a pipe whose reader is already
/// gone, so the first write fails with a broken pipe.
fn run_into_closed_pipe(dir: &Path, args: &[&str], input: &str) -> std::process::Output {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let mut cmd = weave(&dir.join("saves"), dir);
    cmd.args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(writer)
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("weave runs");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let _ = std::io::Write::write_all(&mut stdin, input.as_bytes());
    drop(stdin);
    child.wait_with_output().expect("weave finishes")
}

#[test]
fn a_reader_that_goes_away_ends_replay_map_explore_and_play_quietly() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "alley.ron", ALLEY);
    let commands: [&[&str]; 5] = [
        &["replay", "--choices", "1", "alley.ron"],
        &["map", "alley.ron"],
        &["explore", "alley.ron"],
        &["explore", "alley.ron", "--random", "3"],
        &["play", "--plain", "alley.ron", "--seed", "1"],
    ];
    for args in commands {
        let out = run_into_closed_pipe(dir.path(), args, "1\n");
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        // `map` reports what it drew on stderr; nothing says "Broken pipe".
        assert!(
            !err.contains("Broken pipe") && !err.contains("panicked"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn no_color_in_a_terminal_prints_diagnostics_without_colour() {
    use expectrl::{Eof, Expect, Session};
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "bad.ron",
        &ALLEY.replacen("-> alley", "-> aley", 1),
    );
    let check = |no_color: Option<&str>| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_weave"));
        cmd.current_dir(dir.path())
            .env("TERM", "xterm")
            .args(["check", "bad.ron"]);
        match no_color {
            Some(v) => cmd.env("NO_COLOR", v),
            None => cmd.env_remove("NO_COLOR"),
        };
        let mut p = Session::spawn(cmd).expect("weave runs in a pty");
        p.set_expect_timeout(Some(std::time::Duration::from_secs(10)));
        let seen = p.expect(Eof).expect("weave ends");
        String::from_utf8_lossy(seen.as_bytes()).into_owned()
    };
    let coloured = check(None);
    assert!(coloured.contains("unknown divert target"), "{coloured}");
    assert!(
        coloured.contains("\x1b["),
        "a terminal gets colour: {coloured:?}"
    );
    let plain = check(Some("1"));
    assert!(plain.contains("unknown divert target"), "{plain}");
    assert!(!plain.contains("\x1b["), "NO_COLOR=1 gets none: {plain:?}");
}

#[cfg(unix)]
#[test]
fn files_weave_writes_follow_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "alley.ron", ALLEY);
    let weave = env!("CARGO_BIN_EXE_weave");
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    for (umask, expected) in [("022", 0o644), ("027", 0o640)] {
        let script = format!(
            "umask {umask} && rm -rf out.ron tests && '{weave}' compile alley.ron -o out.ron \
             && '{weave}' test record alley.ron --choices 1 down --dir tests"
        );
        let out = std::process::Command::new("sh")
            .current_dir(dir.path())
            .env("WEAVE_SAVES", dir.path().join("saves"))
            .args(["-c", &script])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(mode(&dir.path().join("out.ron")), expected, "umask {umask}");
        let recorded = std::fs::read_dir(dir.path().join("tests"))
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        assert_eq!(mode(&recorded), expected, "umask {umask}: {recorded:?}");
    }
    // A file that is replaced keeps the mode it had.
    let out_ron = dir.path().join("out.ron");
    std::fs::set_permissions(&out_ron, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = run(dir.path(), &["compile", "alley.ron", "-o", "out.ron"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&out_ron), 0o600);
}

#[test]
fn dash_o_dash_writes_to_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "alley.ron", ALLEY);
    let out = run(dir.path(), &["compile", "alley.ron", "-o", "-"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Story(\n    title: \"The alley\","),
        "{}",
        stdout(&out)
    );
    let out = run(dir.path(), &["map", "alley.ron", "-o", "-"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("digraph"), "{}", stdout(&out));
    assert!(!dir.path().join("-").exists(), "no file named `-`");
}

#[test]
fn stats_counts_the_endings_it_lists_and_names_their_places() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "alley.ron", ALLEY);
    // A state budget of 1 finds no ending; the random games find both.
    let out = run(
        dir.path(),
        &["stats", "alley.ron", "--max-states", "1", "--runs", "20"],
    );
    let text = stdout(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        text.contains(
            "\nendings (2), paths in choices: exhaustive with seed 0 (1 state, budget reached"
        ),
        "{text}"
    );
    assert!(text.contains("  alley (END at alley.ron:10:"), "{text}");
    assert!(text.contains("  home (END at alley.ron:11:"), "{text}");
}

#[test]
fn every_help_entry_says_what_it_is_and_only_play_and_replay_take_saves() {
    let dir = tempfile::tempdir().unwrap();
    let commands: [&[&str]; 11] = [
        &["play"],
        &["check"],
        &["compile"],
        &["convert"],
        &["replay"],
        &["map"],
        &["explore"],
        &["stats"],
        &["test"],
        &["test", "record"],
        &[],
    ];
    for command in commands {
        let out = run(dir.path(), &[command, &["--help"]].concat());
        let help = stdout(&out);
        assert!(out.status.success(), "{command:?}: {}", stderr(&out));
        // An entry is `  NAME  description`: none may be a bare name.
        let entries = help
            .lines()
            .filter(|l| l.starts_with("  ") && !l.starts_with("       weave"));
        for line in entries {
            let entry = line.trim();
            assert!(
                entry.contains("  "),
                "{command:?}: `{entry}` has no description"
            );
        }
        let takes_saves = matches!(command, ["play"] | ["replay"]);
        assert_eq!(
            help.contains("--saves"),
            takes_saves,
            "{command:?}:\n{help}"
        );
    }
    let out = run(dir.path(), &["check", "x.ron", "--saves", "somewhere"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unexpected argument '--saves'"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn goto_a_misspelt_knot_at_the_repl_says_did_you_mean() {
    use expectrl::{Eof, Expect};
    let dir = tempfile::tempdir().unwrap();
    let script = write(dir.path(), "alley.ron", ALLEY);
    let script = script.display().to_string();
    let mut p = super::repl::spawn(&dir.path().join("saves"), &["play", &script, "--seed", "1"]);
    p.expect("Go home").unwrap();
    p.send_line("goto hom").unwrap();
    p.expect("there is no knot or stitch `hom`; did you mean `home`?")
        .unwrap();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
}

#[cfg(unix)]
#[test]
fn convert_writes_its_script_with_the_umask_mode_or_to_stdout_with_dash() {
    use std::os::unix::fs::PermissionsExt;
    let root = super::support::root();
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("konoha.ron");
    let script = format!(
        "umask 027 && '{}' convert -o '{}'",
        env!("CARGO_BIN_EXE_weave"),
        out_path.display()
    );
    let out = std::process::Command::new("sh")
        .current_dir(&root)
        .args(["-c", &script])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let mode = std::fs::metadata(&out_path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);

    // `-o -`: the script on stdout, what was written said on stderr.
    let mut cmd = weave(&dir.path().join("saves"), &root);
    cmd.args(["convert", "-o", "-"]);
    let out = run_with_input(cmd, "");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), std::fs::read_to_string(&out_path).unwrap());
    assert!(
        stderr(&out).starts_with("wrote the script to standard output: "),
        "{}",
        stderr(&out)
    );
    assert!(!root.join("-").exists());
}

#[cfg(unix)]
#[test]
fn saves_made_at_the_repl_follow_the_umask() {
    use expectrl::{Eof, Expect, Session};
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "alley.ron", ALLEY);
    let saves = dir.path().join("saves");
    let mut cmd = std::process::Command::new("sh");
    cmd.current_dir(dir.path())
        .env("WEAVE_SAVES", &saves)
        .env("TERM", "xterm")
        .args([
            "-c",
            &format!(
                "umask 027 && exec '{}' play alley.ron --seed 1",
                env!("CARGO_BIN_EXE_weave")
            ),
        ]);
    let mut p = Session::spawn(cmd).expect("weave runs in a pty");
    p.set_expect_timeout(Some(std::time::Duration::from_secs(10)));
    p.expect("Go home").unwrap();
    p.send_line("save dawn").unwrap();
    p.expect("dawn").unwrap();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
    // The autosave slot is named after the script (`autosave-alley-HASH.ron`).
    let autosave = std::fs::read_dir(&saves)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("autosave") && n.ends_with(".ron"))
        .expect("an autosave was written");
    for name in ["dawn.ron", autosave.as_str()] {
        let meta = std::fs::metadata(saves.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(meta.permissions().mode() & 0o777, 0o640, "{name}");
    }
}

#[test]
fn a_duration_that_means_nothing_is_a_bad_argument_not_a_finding() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "alley.ron", ALLEY);
    let out = run(dir.path(), &["explore", "alley.ron", "--max-seconds=-1"]);
    // Exit 1 means "the story has problems"; a bad flag is 2.
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "weave: --max-seconds -1 is not a duration\n");
}

#[test]
fn an_error_is_wrapped_to_a_narrow_terminal() {
    use expectrl::{Eof, Expect, Session};
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "alley.ron", ALLEY);
    // The pty library sets its default size (80 columns) from the parent
    // once the child runs, so the shell sets 40 columns only after a line
    // from the test says the spawn is over.
    let mut cmd = std::process::Command::new("sh");
    cmd.current_dir(dir.path()).env("TERM", "xterm").args([
        "-c",
        &format!(
            "read _ && stty cols 40 rows 24 && exec '{}' play --plain alley.ron --from nowhere",
            env!("CARGO_BIN_EXE_weave")
        ),
    ]);
    let mut p = Session::spawn(cmd).expect("weave runs in a pty");
    p.set_expect_timeout(Some(std::time::Duration::from_secs(10)));
    p.send_line("go").unwrap();
    let seen = p.expect(Eof).unwrap();
    let text = String::from_utf8_lossy(seen.as_bytes()).replace("\r\n", "\n");
    assert_eq!(
        text.trim_end(),
        "weave: `--from nowhere`: the story has\nno knot or stitch `nowhere`",
        "{text:?}"
    );
}

/// "did you mean" finds every kind of name a misspelling may be of, from
/// where it stands: a knot, a stitch of this knot by its short name, a
/// label of this knot's stitch, a temporary, a global, a constant and a
/// list item; and offers nothing for a name far from all of them.
#[test]
fn did_you_mean_knows_every_kind_of_name() {
    let story = "\
VAR courage = 1
CONST LIMIT = 3
LIST mood = calm, angry
-> harbour
=== harbour ===
~ temp lantern = 2
-> harbour.pier
= pier
- (moored) At the pier.
-> lighthouse
=== lighthouse ===
The lamp.
-> END
";
    let typos = [
        ("-> lighthouse", "-> lighthuose", "lighthouse"),
        ("-> harbour.pier", "-> peir", "pier"),
        ("-> harbour.pier", "-> mooerd", "moored"),
        (
            "~ temp lantern = 2",
            "~ temp lantern = 2\n{lantren}",
            "lantern",
        ),
        ("The lamp.", "The lamp {couragee}.", "courage"),
        ("The lamp.", "The lamp {LIMTI}.", "LIMIT"),
        ("The lamp.", "The lamp {angyr}.", "angry"),
    ];
    for (from, to, meant) in typos {
        let text = story.replacen(from, to, 1);
        let helps = helps_of(&text);
        let want = format!("did you mean `{meant}`?");
        assert!(helps.contains(&want), "{to}: {helps:?}\n{text}");
    }
    let far = story.replacen("The lamp.", "The lamp {zzzzzzzz}.", 1);
    assert_eq!(helps_of(&far), Vec::<String>::new());
}

/// The help of every error compiling an ink story gives.
fn helps_of(text: &str) -> Vec<String> {
    let mut no_includes = |_: &str| Err("no includes".to_string());
    let syntax = weave::load::Syntax::Ink;
    let (story, _, _) = weave::load::text("typo.ink", text.to_string(), syntax, &mut no_includes)
        .unwrap_or_else(|_| panic!("the story parses:\n{text}"));
    let errors = weave::compile::compile(&story).expect_err("the typo is an error");
    errors
        .iter()
        .filter_map(|d| d.help.as_deref().map(str::to_string))
        .collect()
}
