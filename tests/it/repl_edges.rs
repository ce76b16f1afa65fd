//! The REPL's rough edges a newcomer met (issue 11), in a real
//! pseudo-terminal: undo with nothing to undo, numbers that are no choice,
//! a runtime error, resuming with nothing to resume, `path` numbers that
//! `weave replay --choices` takes, `history`, the start banner, messages
//! wrapped to the terminal, one autosave per story, and the label hint.

use super::repl::{autosaves, spawn, spawn_sized};
use super::support::{ROAD, root, run_with_input, stdout, weave};
use expectrl::{Eof, Expect};
use std::path::Path;

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn undo_with_nothing_to_undo_and_numbers_that_are_no_choice_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    let script = write(dir.path(), "road.ron", ROAD);
    let mut p = spawn(&dir.path().join("saves"), &["play", &script, "--seed", "3"]);
    // The banner: the title and how to get help.
    p.expect("The road").unwrap();
    p.expect("`help`").unwrap();
    p.expect("2. Run").unwrap();
    p.send_line("undo").unwrap();
    p.expect("No choices made yet: there is nothing to undo.")
        .unwrap();
    p.send_line("-1").unwrap();
    p.expect("There is no choice -1: pick 1 to 2.").unwrap();
    p.send_line("0").unwrap();
    p.expect("There is no choice 0: pick 1 to 2.").unwrap();
    p.send_line("1").unwrap();
    p.expect("You walk.").unwrap();
    p.send_line("undo 0").unwrap();
    p.expect("`undo 0` takes back nothing").unwrap();
    p.send_line("undo 2").unwrap();
    p.expect("Only 1 choice made so far: `undo` goes back to the start.")
        .unwrap();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
}

const FAILING: &str = r#"Story(
    title: "Sums",
    body: [
        Line("Pick a sum."),
        Choice(text: "Divide", then: [Logic("temp zero = 0"), Line("It is {1 / zero}."), Line("-> END")]),
        Choice(text: "Add", then: [Line("It is {1 + 1}."), Line("-> END")]),
    ],
)
"#;

#[test]
fn a_runtime_error_leaves_no_dead_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let script = write(dir.path(), "sums.ron", FAILING);
    let mut p = spawn(&dir.path().join("saves"), &["play", &script, "--seed", "3"]);
    p.expect("2. Add").unwrap();
    p.send_line("1").unwrap();
    p.expect("The story failed: runtime error at ").unwrap();
    p.expect("sums.ron:5:").unwrap();
    p.expect("You are still at the choice before it: pick another, `undo` or `restart`.")
        .unwrap();
    p.expect("2. Add").unwrap();
    p.send_line("2").unwrap();
    p.expect("It is 2.").unwrap();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
}

#[test]
fn resume_with_no_autosave_says_there_is_nothing_to_resume() {
    let dir = tempfile::tempdir().unwrap();
    let saves = dir.path().join("saves");
    let mut p = spawn(&saves, &["play", "--resume"]);
    p.expect("nothing to resume: no autosave in").unwrap();
    p.expect(Eof).unwrap();
    let script = write(dir.path(), "road.ron", ROAD);
    let mut p = spawn(&saves, &["play", "--resume", &script]);
    p.expect("nothing to resume: no autosave of").unwrap();
    p.expect(Eof).unwrap();
}

#[test]
fn path_gives_the_numbers_replay_takes_and_history_the_story_so_far() {
    let dir = tempfile::tempdir().unwrap();
    let script = write(dir.path(), "road.ron", ROAD);
    let mut p = spawn(&dir.path().join("saves"), &["play", &script, "--seed", "3"]);
    p.expect("2. Run").unwrap();
    p.send_line("2").unwrap();
    p.expect("2. Rest").unwrap();
    p.send_line("1").unwrap();
    p.expect("2. Go on").unwrap();
    p.send_line("path").unwrap();
    p.expect(format!("`weave replay {script} --choices 2,1`").as_str())
        .unwrap();
    p.expect("  1. Run  (choice 2)").unwrap();
    p.expect("  2. Eat  (choice 1)").unwrap();
    p.send_line("history").unwrap();
    p.expect("Morning on the road.").unwrap();
    p.expect("> Run").unwrap();
    p.expect("You run.").unwrap();
    p.expect("> Eat").unwrap();
    p.expect("Bread.").unwrap();
    p.expect("Evening.").unwrap();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
    // The numbers replay to the very place the reader was.
    let saves = tempfile::tempdir().unwrap();
    let mut cmd = weave(saves.path(), &root());
    cmd.args(["replay", &script, "--choices", "2,1"]);
    let replayed = stdout(&run_with_input(cmd, ""));
    assert!(replayed.contains("Bread.\nEvening."), "{replayed}");
}

#[test]
fn help_and_messages_are_wrapped_to_a_narrow_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let script = write(dir.path(), "road.ron", ROAD);
    let mut p = spawn_sized(
        &dir.path().join("saves"),
        &["play", &script, "--seed", "3"],
        40,
    );
    p.expect("2. Run").unwrap();
    p.send_line("help").unwrap();
    let help = p.expect("--allow-cheats").unwrap();
    let help = String::from_utf8_lossy(help.before()).into_owned();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
    assert!(help.contains("history"), "{help}");
    // The line editor's own drawing (escape sequences) is not the help.
    let text: Vec<&str> = help.lines().filter(|l| !l.contains('\x1b')).collect();
    assert!(text.len() > 10, "{help}");
    let text = text.join("\n");
    for line in text.lines() {
        let width = line.trim_end_matches('\r').chars().count();
        assert!(width <= 40, "{width} columns: {line:?}\n{text}");
    }
}

#[test]
fn each_story_keeps_its_own_autosave_and_saves_name_their_script() {
    let dir = tempfile::tempdir().unwrap();
    let road = write(dir.path(), "road.ron", ROAD);
    let sums = write(dir.path(), "sums.ron", FAILING);
    let saves = dir.path().join("saves");
    let mut p = spawn(&saves, &["play", &road, "--seed", "3"]);
    p.expect("2. Run").unwrap();
    p.send_line("2").unwrap();
    p.expect("You run.").unwrap();
    p.send_line("quit").unwrap();
    p.expect("autosaved").unwrap();
    p.expect(Eof).unwrap();
    let mut p = spawn(&saves, &["play", &sums, "--seed", "3"]);
    p.expect("2. Add").unwrap();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
    assert_eq!(autosaves(&saves).len(), 2, "{:?}", autosaves(&saves));

    // The road's autosave was not overwritten by the other story.
    let mut p = spawn(&saves, &["play", "--resume", &road]);
    p.expect("Noon.").unwrap();
    p.expect("2. Rest").unwrap();
    p.send_line("saves").unwrap();
    p.expect("\"The road\" (road.ron, this story, autosave) · 1 choice")
        .unwrap();
    p.expect("\"Sums\" (sums.ron, autosave) · 0 choices")
        .unwrap();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
}

#[test]
fn a_save_broken_by_a_reworded_choice_points_at_labels() {
    let dir = tempfile::tempdir().unwrap();
    let script = write(dir.path(), "road.ron", ROAD);
    let saves = dir.path().join("saves");
    let mut p = spawn(&saves, &["play", &script, "--seed", "3"]);
    p.expect("2. Run").unwrap();
    p.send_line("2").unwrap();
    p.expect("2. Rest").unwrap();
    p.send_line("save noon").unwrap();
    p.expect("Saved as `noon`").unwrap();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
    std::fs::write(&script, ROAD.replace("\"Run\"", "\"Sprint\"")).unwrap();
    let mut p = spawn(&saves, &["play", &script, "--seed", "3"]);
    p.expect("2. Sprint").unwrap();
    p.send_line("load noon").unwrap();
    p.expect("step 1 (\"Run\") no longer fits").unwrap();
    p.expect("give the choice a label to keep it").unwrap();
    p.expect("[y/N]").unwrap();
    p.send_line("n").unwrap();
    p.expect("Not loaded.").unwrap();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
}
