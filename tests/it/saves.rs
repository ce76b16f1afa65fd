//! Save files and replay through the library and the binary: writing and
//! reading saves, refusing to overwrite what is not a save, loading onto an
//! unchanged and onto an edited story, resuming, and the property that
//! save → load → continue tells the same story as playing straight on.

use super::support::{
    compile_ron, compile_text, lighthouse, root, run_with_input, stderr, stdout, weave,
};
use proptest::prelude::*;
use std::sync::Arc;
use weave::cli::write_transcript;
use weave::compile::Program;
use weave::runtime::{Prompt, Session, Turn};
use weave::saves::{self, Reason, SaveError, SaveFile};

/// A story of three choice points, each with two choices.
const ROAD: &str = r#"Story(
    title: "The road",
    body: [Line("-> start")],
    knots: [
        Knot(name: "start", body: [
            Line("Morning."),
            Choice(text: "Walk", then: [Line("You walk.")]),
            Choice(text: "Run", then: [Line("You run.")]),
            Gather(),
            Line("Noon."),
            Choice(text: "Eat", then: [Line("Bread.")]),
            Choice(text: "Rest", then: [Line("Shade.")]),
            Gather(),
            Line("Evening."),
            Choice(text: "Camp", then: [Line("A fire.") , Line("-> END")]),
            Choice(text: "Go on", then: [Line("The stars.") , Line("-> END")]),
        ]),
    ],
)
"#;

/// Plays `choices` (0-based) from a new game and returns the session and
/// every turn.
fn play(program: &Arc<Program>, seed: u64, choices: &[usize]) -> (Session, Vec<Turn>) {
    let mut session = Session::new(program.clone(), seed);
    let mut turns = vec![session.continue_turn().unwrap()];
    for &c in choices {
        session.choose(c).unwrap();
        turns.push(session.continue_turn().unwrap());
    }
    (session, turns)
}

fn transcript(turns: &[Turn]) -> String {
    let mut out = Vec::new();
    write_transcript(&mut out, turns).unwrap();
    String::from_utf8(out).unwrap()
}

fn save_of(session: &Session, turns: &[Turn]) -> SaveFile {
    let last = turns
        .last()
        .and_then(|t| t.lines.last())
        .map(|l| l.text.clone())
        .unwrap_or_default();
    SaveFile::of_session(session, "road.ron", &last, &Default::default())
}

#[test]
fn a_save_is_written_as_ron_and_read_back() {
    let program = compile_text(ROAD);
    let (session, turns) = play(&program, 9, &[1, 0]);
    let dir = tempfile::tempdir().unwrap();
    let path = saves::write(dir.path(), "noon", &save_of(&session, &turns)).unwrap();
    assert_eq!(path, dir.path().join("noon.ron"));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("Save("), "{text}");
    for field in [
        "format: 1",
        "story: \"The road\"",
        "seed: 9",
        "made: \"",
        "last_line: \"Evening.\"",
    ] {
        assert!(text.contains(field), "missing {field} in\n{text}");
    }
    let read = saves::read_named(dir.path(), "noon").unwrap();
    assert_eq!(read.path, session.path());
    assert_eq!(read.path[0].text, "Run");
    assert_eq!(read.path[0].index, 1);
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "the temporary file was renamed into place");
}

#[test]
fn a_file_that_is_not_a_save_is_never_overwritten() {
    let program = compile_text(ROAD);
    let (session, turns) = play(&program, 1, &[0]);
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("slot.ron");
    std::fs::write(&notes, "Save(format: 1, story: \"The ro").unwrap();
    let err = saves::write(dir.path(), "slot", &save_of(&session, &turns)).unwrap_err();
    assert!(matches!(err, SaveError::WontOverwrite { .. }), "{err}");
    assert!(err.to_string().contains("slot.ron"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&notes).unwrap(),
        "Save(format: 1, story: \"The ro"
    );
}

#[test]
fn a_save_name_cannot_leave_the_saves_folder() {
    let program = compile_text(ROAD);
    let (session, turns) = play(&program, 1, &[0]);
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("saves");
    for name in ["../escape", "/tmp/x", "..", "a/b"] {
        let err = saves::write(&inner, name, &save_of(&session, &turns)).unwrap_err();
        assert!(
            err.to_string().contains("not a valid save name"),
            "{name}: {err}"
        );
    }
    assert!(!dir.path().join("escape.ron").exists());
}

#[test]
fn loading_on_the_same_story_restores_and_continues_alike() {
    let program = compile_text(ROAD);
    let (session, turns) = play(&program, 4, &[0]);
    let save = save_of(&session, &turns);
    let mut loaded = saves::load(program.clone(), &save).unwrap();
    assert!(!loaded.replayed && loaded.broken.is_none());
    assert_eq!(loaded.turn.prompt, turns[1].prompt);
    loaded.session.choose(1).unwrap();
    let (_, straight) = play(&program, 4, &[0, 1]);
    assert_eq!(loaded.session.continue_turn().unwrap(), straight[2]);
}

#[test]
fn loading_on_an_edited_story_replays_the_path_when_it_still_fits() {
    let program = compile_text(ROAD);
    let (session, turns) = play(&program, 4, &[1, 1]);
    let save = save_of(&session, &turns);
    let edited = compile_text(&ROAD.replace("Morning.", "A grey morning."));
    assert_ne!(edited.fingerprint, program.fingerprint);
    let loaded = saves::load(edited, &save).unwrap();
    assert!(loaded.replayed);
    assert_eq!(loaded.broken, None);
    assert_eq!(loaded.session.path(), session.path());
    assert_eq!(loaded.turn, turns[2]);
}

#[test]
fn loading_on_an_edited_story_names_the_step_that_no_longer_fits() {
    let program = compile_text(ROAD);
    let (session, turns) = play(&program, 4, &[1, 1]);
    let save = save_of(&session, &turns);
    let edited = compile_text(&ROAD.replace("\"Rest\"", "\"Sleep\""));
    let loaded = saves::load(edited, &save).unwrap();
    let broken = loaded.broken.expect("the second step no longer fits");
    assert_eq!(broken.step, 2);
    assert_eq!(broken.text, "Rest");
    assert_eq!(
        broken.reason,
        Reason::NotOffered {
            offered: vec!["Eat".into(), "Sleep".into()]
        }
    );
    assert_eq!(
        broken.to_string(),
        "step 2 (\"Rest\") no longer fits: the story offers \"Eat\", \"Sleep\" instead \
         (a reworded choice gets a new id; give the choice a label to keep it: RON `label: \"name\"`, ink `* (name) text`)"
    );
    // The session waits at the furthest point that fits: after step 1.
    assert_eq!(loaded.session.path().len(), 1);
    assert!(matches!(loaded.turn.prompt, Prompt::Choice(ref c) if c.len() == 2));
}

#[test]
fn a_save_of_another_story_is_refused() {
    let program = compile_text(ROAD);
    let (session, turns) = play(&program, 4, &[1]);
    let save = save_of(&session, &turns);
    let other = compile_text(&ROAD.replace("The road", "Another road"));
    let err = saves::load(other, &save).err().expect("refused");
    assert_eq!(
        err.to_string(),
        "save is for the story \"The road\", not \"Another road\""
    );
}

#[test]
fn replay_check_exits_non_zero_naming_the_step_after_an_edit() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("road.ron");
    std::fs::write(&script, ROAD).unwrap();
    let program = compile_ron(&script);
    let (session, _) = play(&program, 4, &[0, 1, 0]);
    let save = SaveFile::of_session(
        &session,
        &script.display().to_string(),
        "",
        &Default::default(),
    );
    saves::write(dir.path(), "evening", &save).unwrap();

    let check = |dir: &std::path::Path| {
        weave(dir, dir)
            .args(["replay", "--check", "evening"])
            .output()
            .unwrap()
    };
    let ok = check(dir.path());
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert_eq!(stdout(&ok), "", "--check prints no transcript");

    std::fs::write(&script, ROAD.replace("\"Camp\"", "\"Make camp\"")).unwrap();
    let broken = check(dir.path());
    assert_eq!(broken.status.code(), Some(1));
    assert!(
        stderr(&broken).contains(
            "step 3 (\"Camp\") no longer fits: the story offers \"Make camp\", \"Go on\" instead \
             (a reworded choice gets a new id; give the choice a label to keep it"
        ),
        "{}",
        stderr(&broken)
    );
}

#[test]
fn replay_of_a_save_prints_its_whole_transcript() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("road.ron");
    std::fs::write(&script, ROAD).unwrap();
    let program = compile_ron(&script);
    let (session, turns) = play(&program, 4, &[0, 1, 0]);
    let save = SaveFile::of_session(
        &session,
        &script.display().to_string(),
        "",
        &Default::default(),
    );
    saves::write(dir.path(), "done", &save).unwrap();
    let output = weave(dir.path(), dir.path())
        .args(["replay", "done"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), transcript(&turns));
    assert!(
        stdout(&output).ends_with("?> Camp\nA fire.\n"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn resume_continues_the_autosave_in_plain_mode() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("road.ron");
    std::fs::write(&script, ROAD).unwrap();
    let program = compile_ron(&script);
    let (session, turns) = play(&program, 4, &[1]);
    let save = save_of(&session, &turns);
    let save = SaveFile {
        script: script.display().to_string(),
        ..save
    };
    saves::write(dir.path(), saves::AUTOSAVE, &save).unwrap();
    let mut cmd = weave(dir.path(), &root());
    cmd.args(["play", "--plain", "--resume"]);
    let output = run_with_input(cmd, "2\n1\n");
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "Noon.\n\n1: Eat\n2: Rest\n?> Rest\nShade.\nEvening.\n\n1: Camp\n2: Go on\n?> Camp\nA fire.\n"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// For random paths through the example story, saving at a random
    /// point, loading, and playing on gives the same turns as playing
    /// straight through.
    #[test]
    fn save_load_continue_tells_the_same_story(
        seed in 0u64..1000,
        picks in proptest::collection::vec(0usize..100, 1..10),
        split in 0usize..10,
    ) {
        let program = compile_ron(&lighthouse());
        let dir = tempfile::tempdir().unwrap();
        let mut straight = Session::new(program.clone(), seed);
        let mut straight_turns = vec![straight.continue_turn().unwrap()];
        let mut resumed: Option<Session> = None;
        let mut resumed_turns = Vec::new();
        for (i, pick) in picks.iter().enumerate() {
            let at_end = matches!(straight_turns.last().unwrap().prompt, Prompt::Done);
            if resumed.is_none() && (i == split.min(picks.len() - 1) || at_end) {
                let save = save_of(&straight, &straight_turns);
                saves::write(dir.path(), "mid", &save).unwrap();
                let read = saves::read_named(dir.path(), "mid").unwrap();
                let loaded = saves::load(program.clone(), &read).unwrap();
                prop_assert!(!loaded.replayed);
                prop_assert_eq!(&loaded.turn.prompt, &straight_turns.last().unwrap().prompt);
                resumed = Some(loaded.session);
            }
            let Prompt::Choice(choices) = &straight_turns.last().unwrap().prompt else { break };
            let index = pick % choices.len();
            straight.choose(index).unwrap();
            straight_turns.push(straight.continue_turn().unwrap());
            if let Some(session) = resumed.as_mut() {
                session.choose(index).unwrap();
                resumed_turns.push(session.continue_turn().unwrap());
            }
        }
        let resumed = resumed.expect("the split point is within the path");
        let tail = &straight_turns[straight_turns.len() - resumed_turns.len()..];
        prop_assert_eq!(transcript(tail), transcript(&resumed_turns));
        prop_assert_eq!(resumed.path(), straight.path());
    }
}
