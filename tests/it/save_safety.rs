//! Saves that outlive the runtime and the folder they live in: a snapshot
//! missing a field (as a later weave's might be) falls back to the path; a
//! save of another story is not overwritten by name; the autosave slot
//! follows the latest game; links are not written through; what a killed
//! weave left behind is cleaned up.

use std::path::Path;
use std::sync::Arc;
use weave::compile::Program;
use weave::runtime::{Prompt, Session};
use weave::saves::{self, SaveError, SaveFile};

fn save_story() -> Arc<Program> {
    let path = super::support::root().join("tests/hostile/save-story.ink");
    let mut sources = weave::story::SourceMap::default();
    let main = sources.add("save-story.ink", std::fs::read_to_string(path).unwrap());
    let mut include = |_: &str| Err("no includes".to_string());
    let (story, _) = weave::ink::parse_ink(&mut sources, main, &mut include).unwrap();
    Arc::new(weave::compile::compile(&story).unwrap().0)
}

/// A save after taking `choices` (0-based) from a new game with seed 5.
fn save_after(program: &Arc<Program>, choices: &[usize]) -> (SaveFile, Session) {
    let mut session = Session::new(program.clone(), 5);
    session.continue_turn().unwrap();
    for &c in choices {
        session.choose(c).unwrap();
        session.continue_turn().unwrap();
    }
    (
        SaveFile::of_session(&session, "save-story.ink", "", &Default::default()),
        session,
    )
}

fn text_of(save: &SaveFile) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = saves::write(dir.path(), "s", save).unwrap();
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn a_snapshot_missing_a_field_is_replayed_by_its_path_and_says_so() {
    let program = save_story();
    let (save, straight) = save_after(&program, &[3, 1]);
    let text = text_of(&save);
    assert!(text.contains("string_tags: [],"), "{text}");
    let edited = text.replace("string_tags: [],", "");
    let read = saves::parse(Path::new("s.ron"), &edited).unwrap();
    let loaded = saves::load(program.clone(), &read).unwrap();
    assert!(loaded.replayed);
    let why = loaded.snapshot_unused.expect("the reader is told why");
    assert!(why.contains("string_tags"), "{why}");
    // The path alone brought the game to the same place.
    let offered = |p: &Prompt| match p {
        Prompt::Choice(c) => c.iter().map(|c| c.text.clone()).collect::<Vec<_>>(),
        Prompt::Done => Vec::new(),
    };
    assert_eq!(
        offered(&loaded.turn.prompt),
        straight
            .choices()
            .iter()
            .map(|c| c.text.clone())
            .collect::<Vec<_>>()
    );
    assert_eq!(loaded.session.path(), straight.path());
}

#[test]
fn an_unedited_save_restores_its_snapshot() {
    let program = save_story();
    let (save, _) = save_after(&program, &[3]);
    let read = saves::parse(Path::new("s.ron"), &text_of(&save)).unwrap();
    let loaded = saves::load(program, &read).unwrap();
    assert!(!loaded.replayed && loaded.snapshot_unused.is_none());
}

#[test]
fn visit_counts_are_written_in_counter_order() {
    let program = save_story();
    let (save, _) = save_after(&program, &[3, 3, 1, 0]);
    let text = text_of(&save);
    let start = text.find("visits: Visits({").unwrap();
    let end = start + text[start..].find("})").unwrap();
    let counters: Vec<u32> = text[start..end]
        .lines()
        .skip(1)
        .filter_map(|l| l.trim().split(':').next()?.parse().ok())
        .collect();
    assert!(counters.len() > 3, "{}", &text[start..end]);
    assert!(counters.windows(2).all(|w| w[0] < w[1]), "{counters:?}");
}

#[test]
fn a_named_save_of_another_story_is_not_overwritten_but_the_autosave_is() {
    let program = save_story();
    let dir = tempfile::tempdir().unwrap();
    let (mine, _) = save_after(&program, &[3]);
    let mut theirs = mine.clone();
    theirs.story = "another story".into();
    saves::write(dir.path(), "slot", &theirs).unwrap();
    saves::write(dir.path(), saves::AUTOSAVE, &theirs).unwrap();
    let err = saves::write(dir.path(), "slot", &mine).unwrap_err();
    assert!(matches!(err, SaveError::OtherStorysSave { .. }), "{err}");
    assert!(err.to_string().contains("another story"), "{err}");
    assert_eq!(
        saves::read_named(dir.path(), "slot").unwrap().story,
        "another story"
    );
    saves::write(dir.path(), saves::AUTOSAVE, &mine).unwrap();
    assert_eq!(
        saves::read_named(dir.path(), saves::AUTOSAVE)
            .unwrap()
            .story,
        "save-story"
    );
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_never_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let outside = dir.path().join("outside.txt");
    std::fs::write(&outside, "keep me").unwrap();
    let link = dir.path().join("history.txt");
    std::os::unix::fs::symlink(&outside, &link).unwrap();
    let err = saves::write_atomic(&link, b"new").unwrap_err();
    assert!(err.to_string().contains("symbolic link"), "{err}");
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "keep me");
    assert!(link.is_symlink());
}

#[test]
fn stale_temporary_files_are_cleaned_up_and_fresh_ones_kept() {
    let dir = tempfile::tempdir().unwrap();
    let stale = dir.path().join(format!("{}abc123", saves::TEMP_PREFIX));
    let old_style = dir.path().join(".tmpAbC123");
    let fresh = dir.path().join(format!("{}fresh1", saves::TEMP_PREFIX));
    let other = dir.path().join("notes.txt");
    for f in [&stale, &old_style, &fresh, &other] {
        std::fs::write(f, "x").unwrap();
    }
    for f in [&stale, &old_style, &other] {
        let status = std::process::Command::new("touch")
            .args(["-d", "5 minutes ago"])
            .arg(f)
            .status()
            .unwrap();
        assert!(status.success());
    }
    saves::clean_temp_files(dir.path());
    assert!(!stale.exists() && !old_style.exists());
    assert!(fresh.exists() && other.exists());
}

#[cfg(unix)]
#[test]
fn a_symlinked_repl_history_does_not_rewrite_the_file_it_points_to() {
    use expectrl::{ControlCode, Eof, Expect};
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("road.ron");
    std::fs::write(&script, super::support::ROAD).unwrap();
    let saves = dir.path().join("saves");
    std::fs::create_dir(&saves).unwrap();
    let outside = dir.path().join("outside.txt");
    std::fs::write(&outside, "keep me\n").unwrap();
    std::os::unix::fs::symlink(&outside, saves.join("history.txt")).unwrap();
    let mut p = super::repl::spawn(&saves, &["play", &script.display().to_string()]);
    p.expect("Morning on the road.").unwrap();
    p.send_line("1").unwrap();
    p.expect("You walk.").unwrap();
    p.expect("> ").unwrap();
    p.send(ControlCode::EndOfTransmission).unwrap();
    p.expect("Bye.").unwrap();
    p.expect(Eof).unwrap();
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "keep me\n");
    assert!(saves.join("history.txt").is_symlink());
    // The game itself was still autosaved.
    // The game was autosaved (in its story's slot) before the REPL left.
    let autosaved = std::fs::read_dir(&saves).unwrap().any(|e| {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        name.starts_with("autosave") && name.ends_with(".ron")
    });
    assert!(autosaved);
}
