//! The REPL in a real pseudo-terminal (expectrl): choosing, bad input,
//! save, undo, load, path, quit with Ctrl-D and Ctrl-C, and resume.

use super::support::{ROAD, root};
use expectrl::{ControlCode, Eof, Expect, Session};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

pub(super) type Pty = expectrl::session::OsSession;

/// `weave` in a pseudo-terminal wide enough that no message the tests
/// expect is wrapped.
pub(super) fn spawn(saves: &Path, args: &[&str]) -> Pty {
    spawn_sized(saves, args, 300)
}

/// `weave` in a pseudo-terminal `cols` columns wide.
pub(super) fn spawn_sized(saves: &Path, args: &[&str], cols: u16) -> Pty {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_weave"));
    cmd.current_dir(root())
        .env("WEAVE_SAVES", saves)
        // A terminal rustyline edits in raw mode, so Ctrl-C reaches it as a
        // key rather than as a signal.
        .env("TERM", "xterm")
        // Plain text, whatever the environment says; styles have a test.
        .env("NO_COLOR", "1")
        .args(args);
    let mut session = Session::spawn(cmd).expect("weave runs in a pty");
    session
        .get_process_mut()
        .set_window_size(cols, 50)
        .expect("the pty takes a size");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    session
}

/// The autosave slots in `saves`.
pub(super) fn autosaves(saves: &Path) -> Vec<String> {
    weave::saves::names(saves)
        .into_iter()
        .filter(|n| weave::play::is_autosave(n))
        .collect()
}

fn story(dir: &Path) -> String {
    let path = dir.join("road.ron");
    std::fs::write(&path, ROAD).unwrap();
    path.display().to_string()
}

#[test]
fn choose_save_undo_load_and_quit() {
    let dir = tempfile::tempdir().unwrap();
    let script = story(dir.path());
    let saves = dir.path().join("saves");
    let mut p = spawn(&saves, &["play", &script, "--seed", "3"]);
    p.expect("Morning on the road.").unwrap();
    p.expect(" 2. Run").unwrap();
    p.send_line("2").unwrap();
    p.expect("You run.").unwrap();
    p.expect("Noon.").unwrap();
    p.send_line("save noon").unwrap();
    p.expect("Saved as `noon`").unwrap();
    p.send_line("1").unwrap();
    p.expect("Bread.").unwrap();
    p.send_line("path").unwrap();
    p.expect("  1. Run").unwrap();
    p.expect("  2. Eat").unwrap();
    p.send_line("undo").unwrap();
    p.expect("(took back 1 choice)").unwrap();
    p.expect(" 1. Eat").unwrap();
    p.send_line("2").unwrap();
    p.expect("Shade.").unwrap();
    p.send_line("u 2").unwrap();
    p.expect("Morning on the road.").unwrap();
    // Tab completes the command word, then the save name.
    p.send("lo\t").unwrap();
    p.send(" no\t").unwrap();
    p.send("\r").unwrap();
    p.expect("Loaded `noon`.").unwrap();
    // A loaded game shows the last line before the save, then the choices.
    p.expect("Noon.").unwrap();
    p.expect(" 2. Rest").unwrap();
    p.send_line("saves").unwrap();
    p.expect("noon").unwrap();
    p.send_line("quit").unwrap();
    p.expect("Bye.").unwrap();
    p.expect(Eof).unwrap();
    assert!(saves.join("noon.ron").exists());
    assert_eq!(autosaves(&saves).len(), 1, "one autosave, of this story");
    let history = std::fs::read_to_string(saves.join("history.txt")).unwrap();
    assert!(
        history.contains("save noon"),
        "history is kept across runs: {history}"
    );
}

#[test]
fn bad_input_is_explained_and_the_prompt_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let script = story(dir.path());
    let saves = dir.path().join("saves");
    let mut p = spawn(&saves, &["play", &script, "--seed", "3"]);
    p.expect("2. Run").unwrap();
    p.send_line("7").unwrap();
    p.expect("There is no choice 7: pick 1 to 2.").unwrap();
    p.send_line("dance").unwrap();
    p.expect("unknown command `dance`").unwrap();
    p.send_line("save ../outside").unwrap();
    p.expect("not a valid save name").unwrap();
    p.send_line("1").unwrap();
    p.expect("You walk.").unwrap();
    p.expect("> ").unwrap();
    p.send(ControlCode::EndOfTransmission).unwrap();
    p.expect("Bye.").unwrap();
    p.expect(Eof).unwrap();
    assert!(!dir.path().join("outside.ron").exists());
}

#[test]
fn ctrl_c_autosaves_and_resume_continues_there() {
    let dir = tempfile::tempdir().unwrap();
    let script = story(dir.path());
    let saves = dir.path().join("saves");
    let mut p = spawn(&saves, &["play", &script, "--seed", "3"]);
    p.expect("2. Run").unwrap();
    p.send_line("1").unwrap();
    p.expect("2. Rest").unwrap();
    p.send_line("2").unwrap();
    p.expect("Evening.").unwrap();
    p.expect("2. Go on").unwrap();
    // Ctrl-C only once the line editor is reading (it prints the prompt
    // then), so it arrives as a key and not as a signal.
    p.expect("> ").unwrap();
    p.send(ControlCode::EndOfText).unwrap();
    p.expect("Bye.").unwrap();
    p.expect(Eof).unwrap();

    let mut p = spawn(&saves, &["play", "--resume"]);
    p.expect("Evening.").unwrap();
    p.expect("2. Go on").unwrap();
    p.send_line("path").unwrap();
    p.expect("  1. Walk").unwrap();
    p.expect("  2. Rest").unwrap();
    p.send_line("2").unwrap();
    p.expect("The stars.").unwrap();
    p.expect("The end").unwrap();
    p.send_line("q").unwrap();
    p.expect(Eof).unwrap();
}

#[test]
fn loading_a_save_of_an_edited_story_offers_the_furthest_point_that_fits() {
    let dir = tempfile::tempdir().unwrap();
    let script = story(dir.path());
    let saves = dir.path().join("saves");
    let mut p = spawn(&saves, &["play", &script, "--seed", "3"]);
    p.expect("2. Run").unwrap();
    p.send_line("2").unwrap();
    p.expect("2. Rest").unwrap();
    p.send_line("2").unwrap();
    p.expect("Shade.").unwrap();
    p.send_line("save late").unwrap();
    p.expect("Saved as `late`").unwrap();
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();

    std::fs::write(&script, ROAD.replace("\"Rest\"", "\"Sleep\"")).unwrap();
    let mut p = spawn(&saves, &["play", &script, "--seed", "3"]);
    p.expect("2. Run").unwrap();
    p.send_line("load late").unwrap();
    p.expect("step 2 (\"Rest\") no longer fits: the story offers \"Eat\", \"Sleep\" instead")
        .unwrap();
    p.expect("(after 1 choice)? [y/N]").unwrap();
    p.send_line("y").unwrap();
    p.expect("Loaded `late`.").unwrap();
    p.expect("You run.").unwrap();
    p.expect(" 2. Sleep").unwrap();
    p.send_line("path").unwrap();
    p.expect("  1. Run").unwrap();
    p.send_line("undo 5").unwrap();
    p.expect("Only 1 choice made so far: `undo` goes back to the start.")
        .unwrap();
    p.send_line("q").unwrap();
    p.expect(Eof).unwrap();
}
