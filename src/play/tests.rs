//! `Game` driven as the REPL drives it, without a terminal.

use super::*;
use crate::saves::Reason;

const ROAD: &str = r#"Story(
    title: "The road",
    source: "after a walk",
    globals: ["VAR walked = false"],
    body: [
        Line("Morning."),
        Choice(text: "Walk", then: [Logic("walked = true"), Line("You walk.")]),
        Choice(text: "Run", then: [Line("You run.")]),
        Gather(),
        Line("Noon."),
        Choice(text: "Eat", then: [Line("Bread.")]),
        Choice(text: "Rest", then: [Line("Shade.")]),
        Gather(),
        Line("-> evening"),
    ],
    knots: [
        Knot(name: "evening", body: [
            Line("Evening."),
            Choice(text: "Camp", then: [Line("A fire."), Line("-> END")]),
            Choice(text: "Fail", then: [Line("Oops {1 / 0}"), Line("-> END")]),
        ]),
    ],
)
"#;

struct Fixture {
    dir: tempfile::TempDir,
    script: PathBuf,
}

fn fixture(text: &str) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("road.ron");
    std::fs::write(&script, text).unwrap();
    Fixture { dir, script }
}

impl Fixture {
    fn saves(&self) -> PathBuf {
        self.dir.path().join("saves")
    }

    fn game(&self, cheats: Cheats, allow_cheats: bool) -> Game {
        let loaded = load::script(&self.script).unwrap();
        let start = Start {
            seed: Some(7),
            cheats,
            allow_cheats,
            autosave_in: Some(self.saves()),
        };
        Game::new(loaded, start).unwrap()
    }
}

fn text(game: &Game) -> Vec<&str> {
    game.turn().lines.iter().map(|l| l.text.as_str()).collect()
}

fn offered(game: &Game) -> Vec<&str> {
    match &game.turn().prompt {
        Prompt::Choice(c) => c.iter().map(|c| c.text.as_str()).collect(),
        Prompt::Done => Vec::new(),
    }
}

#[test]
fn a_game_knows_its_title_and_source() {
    let f = fixture(ROAD);
    let game = f.game(Cheats::default(), false);
    assert_eq!(game.title(), ("The road", Some("after a walk")));
    assert_eq!(text(&game), ["Morning."]);
}

#[test]
fn undo_takes_back_choices_and_refuses_what_was_never_made() {
    let f = fixture(ROAD);
    let mut game = f.game(Cheats::default(), false);
    assert!(matches!(
        game.undo(1),
        Err(PlayError::CannotUndo { asked: 1, made: 0 })
    ));
    game.choose(1).unwrap();
    game.choose(2).unwrap();
    assert_eq!(text(&game), ["Rest", "Shade.", "Evening."]);
    assert!(matches!(
        game.undo(0),
        Err(PlayError::CannotUndo { asked: 0, .. })
    ));
    assert!(matches!(
        game.undo(3),
        Err(PlayError::CannotUndo { asked: 3, made: 2 })
    ));
    game.undo(1).unwrap();
    assert_eq!(offered(&game), ["Eat", "Rest"]);
    assert_eq!(game.choice_numbers(), [1]);
    game.undo(1).unwrap();
    assert_eq!(text(&game), ["Morning."]);
    assert!(game.path().is_empty());
}

#[test]
fn a_choice_that_fails_leaves_the_game_at_the_choice_before_it() {
    let f = fixture(ROAD);
    let mut game = f.game(Cheats::default(), false);
    game.choose(1).unwrap();
    game.choose(1).unwrap();
    let err = game.choose(2).unwrap_err();
    match &err {
        PlayError::Runtime { place, .. } => {
            assert!(
                place.as_deref().is_some_and(|p| p.contains("road.ron:")),
                "{err}"
            );
        }
        other => panic!("expected a runtime error, got {other}"),
    }
    assert_eq!(offered(&game), ["Camp", "Fail"]);
    game.choose(1).unwrap();
    assert_eq!(text(&game), ["Camp", "A fire."]);
    assert!(matches!(game.choose(1), Err(PlayError::Over)));
    assert!(matches!(game.restart(), Ok(Autosave::Saved)));
    assert_eq!(text(&game), ["Morning."]);
    assert!(matches!(
        game.choose(3),
        Err(PlayError::NoSuchChoice { n: 3, offered: 2 })
    ));
}

#[test]
fn goto_is_made_again_by_undo_and_blocks_saving_unless_allowed() {
    let f = fixture(ROAD);
    let mut game = f.game(Cheats::default(), false);
    game.choose(2).unwrap();
    game.goto("evening").unwrap();
    assert_eq!(text(&game), ["Evening."]);
    game.choose(1).unwrap();
    game.undo(1).unwrap();
    // Undo replays the jump: the reader is back at the evening, not noon.
    assert_eq!(offered(&game), ["Camp", "Fail"]);
    assert!(matches!(
        game.save(&f.saves(), "x"),
        Err(PlayError::CheatsRefused)
    ));
    assert!(matches!(game.autosave(), Autosave::Refused));
    assert!(!f.saves().join("x.ron").exists());
    // Undoing past the jump forgets it.
    game.undo(1).unwrap();
    assert_eq!(offered(&game), ["Walk", "Run"]);
    assert!(game.cheats().during.is_empty());
}

#[test]
fn a_cheated_game_allowed_to_save_writes_its_cheats() {
    let f = fixture(ROAD);
    let start = crate::tools::prepare::start_cheats(Some("evening"), &["walked=true".into()]);
    let mut game = f.game(start.unwrap(), true);
    assert_eq!(text(&game), ["Evening."]);
    game.choose(1).unwrap();
    let path = game.save(&f.saves(), "cheated").unwrap();
    let save = saves::read(&path).unwrap();
    assert_eq!(save.cheats, *game.cheats());
    assert!(!save.cheats.start.is_empty());
    // Restart keeps the author's start.
    game.restart().unwrap();
    assert_eq!(text(&game), ["Evening."]);
}

#[test]
fn reload_keeps_a_path_that_fits_and_says_where_one_stops() {
    let f = fixture(ROAD);
    let mut game = f.game(Cheats::default(), false);
    game.choose(2).unwrap();
    game.choose(2).unwrap();
    std::fs::write(&f.script, ROAD.replace("Evening.", "Dusk.")).unwrap();
    let reloaded = game.reload_script().unwrap();
    assert_eq!((reloaded.path_len, reloaded.broken), (2, None));
    assert_eq!(text(&game), ["Rest", "Shade.", "Dusk."]);

    std::fs::write(&f.script, ROAD.replace("\"Rest\"", "\"Sleep\"")).unwrap();
    let reloaded = game.reload_script().unwrap();
    let broken = reloaded.broken.unwrap();
    assert_eq!((broken.step, broken.fitting()), (2, 1));
    assert!(matches!(broken.reason, Reason::NotOffered { .. }));
    assert!(broken.to_string().contains("label"), "{broken}");
    assert_eq!(offered(&game), ["Eat", "Sleep"]);
    assert_eq!(game.path().len(), 1);
}

#[test]
fn a_reload_that_does_not_compile_keeps_the_game() {
    let f = fixture(ROAD);
    let mut game = f.game(Cheats::default(), false);
    game.choose(1).unwrap();
    std::fs::write(&f.script, ROAD.replace("-> evening", "-> nowhere")).unwrap();
    assert!(matches!(
        game.reload_script(),
        Err(PlayError::Load(load::LoadError::Diagnostics { .. }))
    ));
    assert_eq!(offered(&game), ["Eat", "Rest"]);
    game.choose(1).unwrap();
    assert_eq!(text(&game), ["Eat", "Bread.", "Evening."]);
}

#[test]
fn each_story_has_its_own_autosave_and_resume_finds_it() {
    let f = fixture(ROAD);
    let other = f.dir.path().join("other.ron");
    std::fs::write(&other, ROAD.replace("Morning.", "Dawn.")).unwrap();
    let mut game = f.game(Cheats::default(), false);
    game.choose(2).unwrap();
    let loaded = load::script(&other).unwrap();
    let start = Start {
        seed: Some(1),
        autosave_in: Some(f.saves()),
        ..Start::default()
    };
    let mut second = Game::new(loaded, start.clone()).unwrap();
    second.choose(1).unwrap();
    assert_ne!(game.autosave_slot(), second.autosave_slot());

    let (resumed, _) = Game::resume(&f.saves(), Some(&f.script), start.clone()).unwrap();
    // A restored snapshot shows the last line before the save.
    assert_eq!(text(&resumed), ["Noon."]);
    assert_eq!(offered(&resumed), ["Eat", "Rest"]);
    let (latest, _) = Game::resume(&f.saves(), None, start.clone()).unwrap();
    assert_eq!(latest.script_path(), second.script_path());

    let empty = f.dir.path().join("none");
    assert!(matches!(
        Game::resume(&empty, None, start),
        Err(PlayError::NothingToResume { .. })
    ));
}

#[test]
fn history_pairs_each_turn_with_the_choice_after_it() {
    let f = fixture(ROAD);
    let mut game = f.game(Cheats::default(), false);
    game.choose(2).unwrap();
    game.choose(1).unwrap();
    let pages = game.history().unwrap();
    let chose: Vec<Option<&str>> = pages.iter().map(|p| p.chose.as_deref()).collect();
    assert_eq!(chose, [Some("Run"), Some("Eat"), None]);
    assert_eq!(pages[0].lines[0].text, "Morning.");
}

/// The player's layers import downward only: `play` and `load` know
/// nothing of the interfaces or the author tools, and the REPL builds on
/// `play`, never on `cli`.
#[test]
fn the_player_layers_import_downward_only() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let read = |path: &str| std::fs::read_to_string(src.join(path)).unwrap();
    let mut checked = vec![("load.rs".to_string(), read("load.rs"))];
    for folder in ["play", "repl"] {
        for entry in std::fs::read_dir(src.join(folder)).unwrap() {
            let name = format!("{folder}/{}", entry.unwrap().file_name().to_string_lossy());
            // Tests may prepare games with the author tools.
            if name != "play/tests.rs" {
                checked.push((name.clone(), read(&name)));
            }
        }
    }
    assert!(checked.len() > 8, "only {} files found", checked.len());
    for (name, text) in &checked {
        let mut banned = vec!["crate::cli"];
        if !name.starts_with("repl/") {
            banned.extend(["crate::repl", "crate::tools", "crate::convert"]);
        }
        for word in banned {
            assert!(!text.contains(word), "src/{name} uses {word}");
        }
    }
}
