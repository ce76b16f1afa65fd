//! The author's features in a real pseudo-terminal: `vars`, `goto`,
//! `reload` after an edit, and `weave play --from --set`, whose games are
//! marked and are saved only with `--allow-cheats`.

use super::repl::spawn;
use super::support::{run_with_input, stdout, weave};
use expectrl::{Eof, Expect};
use std::path::Path;

const MARKET: &str = r#"Story(
    title: "The market",
    globals: ["VAR coins = 0"],
    body: [
        Line("Dawn in the village."),
        Choice(text: "Work", then: [Logic("coins += 5"), Line("You earn five coins.")]),
        Choice(text: "Idle", then: [Line("You idle.")]),
        Gather(),
        Line("-> market"),
    ],
    knots: [
        Knot(name: "market", body: [
            Line("The market is busy. You have {coins} coins."),
            Choice(text: "Buy bread", then: [Line("Warm bread."), Line("-> END")]),
            Choice(text: "Go home", then: [Line("Home again."), Line("-> END")]),
        ]),
    ],
)
"#;

fn story(dir: &Path) -> String {
    let path = dir.join("market.ron");
    std::fs::write(&path, MARKET).unwrap();
    path.display().to_string()
}

#[test]
fn vars_shows_a_variable_a_choice_changed_and_its_visits() {
    let dir = tempfile::tempdir().unwrap();
    let script = story(dir.path());
    let saves = dir.path().join("saves");
    let mut p = spawn(&saves, &["play", &script, "--seed", "1"]);
    p.expect("2. Idle").unwrap();
    p.send_line("vars").unwrap();
    p.expect("  coins = 0").unwrap();
    p.send_line("1").unwrap();
    p.expect("You have 5 coins.").unwrap();
    p.send_line("vars").unwrap();
    p.expect("  coins = 5").unwrap();
    p.expect("Visits:").unwrap();
    p.expect("  market: 1").unwrap();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
}

#[test]
fn goto_jumps_and_then_the_game_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let script = story(dir.path());
    let saves = dir.path().join("saves");
    let mut p = spawn(&saves, &["play", &script, "--seed", "1"]);
    p.expect("2. Idle").unwrap();
    p.send("goto ma\t").unwrap();
    p.send("\r").unwrap();
    p.expect("[author: went to market]").unwrap();
    p.expect("You have 0 coins.").unwrap();
    p.send_line("save here").unwrap();
    p.expect("Not saved: this game was changed by author features")
        .unwrap();
    p.expect("--allow-cheats").unwrap();
    p.send_line("goto nowhere").unwrap();
    p.expect("there is no knot or stitch `nowhere`").unwrap();
    p.send_line("2").unwrap();
    p.expect("Home again.").unwrap();
    // Undo replays the path with the jump made again where it was made.
    p.send_line("undo").unwrap();
    p.expect("(took back 1 choice)").unwrap();
    p.expect("You have 0 coins.").unwrap();
    p.expect("2. Go home").unwrap();
    p.send_line("quit").unwrap();
    p.expect("not autosaved: author features were used")
        .unwrap();
    p.expect(Eof).unwrap();
    assert!(!saves.join("here.ron").exists());
    assert!(
        super::repl::autosaves(&saves).is_empty(),
        "a cheated game is never autosaved"
    );
}

#[test]
fn reload_replays_the_path_on_the_edited_script() {
    let dir = tempfile::tempdir().unwrap();
    let script = story(dir.path());
    let saves = dir.path().join("saves");
    let mut p = spawn(&saves, &["play", &script, "--seed", "1"]);
    p.expect("2. Idle").unwrap();
    p.send_line("1").unwrap();
    p.expect("You have 5 coins.").unwrap();
    p.expect("2. Go home").unwrap();

    let edited = MARKET.replace("The market is busy.", "The market is loud and busy.");
    std::fs::write(&script, edited).unwrap();
    p.send_line("reload").unwrap();
    p.expect("the path of 1 choice still fits").unwrap();
    p.expect("The market is loud and busy. You have 5 coins.")
        .unwrap();

    std::fs::write(&script, MARKET.replace("\"Work\"", "\"Toil\"")).unwrap();
    p.send_line("reload").unwrap();
    p.expect("step 1 (\"Work\") no longer fits: the story offers \"Toil\", \"Idle\" instead")
        .unwrap();
    p.expect("continuing after 0 choices").unwrap();
    p.expect("1. Toil").unwrap();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
}

#[test]
fn play_from_a_knot_with_set_variables_is_marked_and_saved_only_if_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let script = story(dir.path());
    let saves = dir.path().join("saves");
    let args = ["play", &script, "--from", "market", "--set", "coins=12"];
    let mut p = spawn(&saves, &args);
    p.expect("[author: started at market with coins=12]")
        .unwrap();
    p.expect("You have 12 coins.").unwrap();
    p.send_line("save").unwrap();
    p.expect("Not saved: this game was changed by author features")
        .unwrap();
    // Restarting starts where the author asked, and says so.
    p.send_line("restart").unwrap();
    p.expect("[author: started at market with coins=12]")
        .unwrap();
    p.expect("You have 12 coins.").unwrap();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
    assert!(!saves.join("quicksave.ron").exists());

    let mut p = spawn(&saves, &[&args[..], &["--allow-cheats"]].concat());
    p.expect("You have 12 coins.").unwrap();
    p.send_line("save").unwrap();
    p.expect("Saved as `quicksave`").unwrap();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();

    // Plain mode marks the start in the transcript too.
    let mut cmd = weave(&saves, dir.path());
    cmd.args(["play", &script, "--from", "market", "--set", "coins=-2"]);
    let out = run_with_input(cmd, "1\n");
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "[author: started at market with coins=-2]\nThe market is busy. You have -2 coins.\n"
        ),
        "{text}"
    );
}

#[test]
fn a_replay_makes_the_author_jumps_again_and_gives_the_same_transcript() {
    use weave::runtime::{Session, Turn};
    use weave::saves::{Cheat, Cheats, replay_cheated, transcript::transcript_text};
    let program = super::support::compile_text(MARKET);
    let mut session = Session::new(program.clone(), 7);
    let mut turns: Vec<Turn> = vec![session.continue_turn().unwrap()];
    session.goto("market").unwrap();
    turns.push(session.continue_turn().unwrap());
    session.choose(1).unwrap();
    turns.push(session.continue_turn().unwrap());
    let cheats = Cheats {
        start: Vec::new(),
        during: vec![(0, Cheat::Goto("market".into()))],
    };
    let replayed = replay_cheated(program, 7, &cheats, session.path()).unwrap();
    assert_eq!(replayed.broken, None);
    let live = transcript_text(&turns);
    assert!(
        live.contains("You have 0 coins.") && live.ends_with("Home again.\n"),
        "{live}"
    );
    assert_eq!(transcript_text(&replayed.turns), live);
    assert!(replayed.session.cheated());
}

#[test]
fn a_save_of_a_cheated_game_replays_its_jumps_on_an_edited_story() {
    use weave::runtime::Session;
    use weave::saves::{self, Cheat, Cheats, SaveFile};
    let program = super::support::compile_text(MARKET);
    let mut session = Session::new(program, 3);
    session.continue_turn().unwrap();
    session.goto("market").unwrap();
    session.continue_turn().unwrap();
    let cheats = Cheats {
        start: Vec::new(),
        during: vec![(0, Cheat::Goto("market".into()))],
    };
    let save = SaveFile::of_session(&session, "market.ron", "", &cheats);
    let dir = tempfile::tempdir().unwrap();
    let path = saves::write(dir.path(), "cheated", &save).unwrap();
    let read = saves::read(&path).unwrap();
    assert_eq!(read.cheats, cheats);

    let edited = super::support::compile_text(&MARKET.replace("is busy", "is crowded"));
    let loaded = saves::load(edited, &read).unwrap();
    assert!(loaded.replayed);
    assert_eq!(loaded.broken, None);
    let text: Vec<&str> = loaded.turn.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(text, ["The market is crowded. You have 0 coins."]);
    assert!(loaded.session.cheated());
}
