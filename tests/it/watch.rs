//! `weave play --watch` in a real pseudo-terminal: the files are written
//! while the reader plays, and the REPL follows them: an edit of an
//! INCLUDEd file, an editor's save by rename, a version that does not
//! compile, and a reworded choice.

use super::repl::spawn;
use expectrl::{Eof, Expect};
use std::path::Path;

const MAIN: &str = "INCLUDE part.ink\nThe harbour at dawn.\n-> pier\n";

const PART: &str = "=== pier ===\nGulls over the water.\n* [Board the ferry] You board.\n* [Stay ashore] You stay.\n- The day goes on.\n* [Sleep] -> END\n";

/// Writes through a temporary file renamed into place, as many editors save.
fn save_by_rename(path: &Path, text: &str) {
    let tmp = path.with_extension("swp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[test]
fn watch_follows_edits_of_the_script_and_its_includes_and_reloads_only_on_changes() {
    let dir = tempfile::tempdir().unwrap();
    let main = dir.path().join("main.ink");
    let part = dir.path().join("part.ink");
    std::fs::write(&main, MAIN).unwrap();
    std::fs::write(&part, PART).unwrap();
    let saves = dir.path().join("saves");
    let script = main.display().to_string();
    let mut p = spawn(&saves, &["play", &script, "--watch", "--seed", "1"]);
    p.expect("2. Stay ashore").unwrap();
    p.send_line("1").unwrap();
    p.expect("You board.").unwrap();
    p.expect("1. Sleep").unwrap();
    p.expect("> ").unwrap();

    // An edit of the included file: the path still fits.
    std::fs::write(&part, PART.replace("The day goes on.", "The sun climbs.")).unwrap();
    p.expect("the path of 1 choice still fits)").unwrap();
    p.expect("The sun climbs.").unwrap();

    // A version that does not compile: its diagnostics, and the last good
    // version goes on.
    save_by_rename(&main, &MAIN.replace("-> pier", "-> nowhere"));
    p.expect("nowhere").unwrap();
    p.expect("still playing the last good version").unwrap();
    p.send_line("undo").unwrap();
    p.expect("(took back 1 choice)").unwrap();
    p.expect("2. Stay ashore").unwrap();

    // The choice taken is reworded: where the path stops, and the hint.
    save_by_rename(&main, MAIN);
    p.expect("the path of 0 choices still fits)").unwrap();
    p.send_line("2").unwrap();
    p.expect("You stay.").unwrap();
    p.expect("> ").unwrap();
    save_by_rename(&part, &PART.replace("Stay ashore", "Wait on the quay"));
    p.expect("step 1 (\"Stay ashore\") no longer fits").unwrap();
    p.expect("give the choice a label to keep it").unwrap();
    p.expect("continuing after 0 choices").unwrap();
    p.expect("2. Wait on the quay").unwrap();
    // Touching a file changes no text: nothing to reload, nothing said; and
    // a reload's own reading of the files does not start another one.
    let same = std::fs::read_to_string(&part).unwrap();
    save_by_rename(&part, &same);
    std::thread::sleep(std::time::Duration::from_millis(800));
    p.send_line("path").unwrap();
    let told = p.expect("No choices made yet.").unwrap();
    assert!(
        !String::from_utf8_lossy(told.before()).contains("reloaded"),
        "{}",
        String::from_utf8_lossy(told.before())
    );
    p.send_line("quit").unwrap();
    p.expect("Bye.").unwrap();
    p.expect(Eof).unwrap();
}

#[test]
fn watch_needs_the_interactive_player() {
    let dir = tempfile::tempdir().unwrap();
    let main = dir.path().join("main.ink");
    std::fs::write(&main, MAIN.replace("INCLUDE part.ink\n", "")).unwrap();
    let mut cmd = super::support::weave(&dir.path().join("saves"), dir.path());
    cmd.args(["play", "--watch"]).arg(&main);
    let output = super::support::run_with_input(cmd, "");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        super::support::stderr(&output).contains("`--watch` follows the script"),
        "{}",
        super::support::stderr(&output)
    );
}
