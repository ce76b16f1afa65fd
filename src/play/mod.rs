//! Playing a story: [`Game`] is a session with its script's identity, its
//! source map, the author's moves (cheats) and the save policy. Undo,
//! restart, goto, reload, loading a save and saving are its methods; the
//! REPL and the plain player only parse what the reader typed, call them,
//! and render what they return.
//!
//! Invariant: every move (a choice, undo, restart, goto, reload, loading a
//! save) either succeeds whole or leaves the game as it was.
//! Invariant: a game the author changed (`goto`, `--from`, `--set`) is
//! saved only when the author allowed it, and then always with its cheats,
//! so that a replay makes the same moves again.
//!
//! Boundary: files (saves, the script on reload) but no terminal.

mod error;
mod slots;
#[cfg(test)]
mod tests;

pub use error::PlayError;
pub use slots::{autosave_slot, is_autosave};

use crate::load::{self, Loaded};
use crate::runtime::{Line, Prompt, RuntimeError, Session, Step, Turn};
use crate::saves::{self, Break, Cheat, Cheats, SaveFile};
use crate::story::SourceMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How a new game starts.
#[derive(Clone, Debug, Default)]
pub struct Start {
    /// The seed for the story's randomness (`None`: a fresh one).
    pub seed: Option<u64>,
    /// The author's start moves (`--from`, `--set`), already checked.
    pub cheats: Cheats,
    /// Whether a game changed by the author may be saved.
    pub allow_cheats: bool,
    /// Where saves go; `None`: this game is never autosaved (plain mode).
    pub autosave_in: Option<PathBuf>,
}

/// What happened to the autosave after a move.
#[derive(Debug)]
pub enum Autosave {
    Saved,
    /// Not written: the author changed the game and did not allow saving.
    Refused,
    /// Not written: autosave is off for this game.
    Off,
    Failed(saves::SaveError),
}

/// A reload's outcome: how much of the path still fits.
#[derive(Debug)]
pub struct Reloaded {
    /// The choices made before the reload.
    pub path_len: usize,
    /// The first step that no longer fits; the game now stands after the
    /// choices before it ([`Break::fitting`]).
    pub broken: Option<Break>,
    pub autosave: Autosave,
}

/// What [`Game::resume`] continued.
#[derive(Debug)]
pub struct Resumed {
    /// The autosave slot.
    pub name: String,
    /// True when the story changed and the save's path was replayed.
    pub replayed: bool,
    /// When replayed: the first step that no longer fits.
    pub broken: Option<Break>,
    /// Why the save's snapshot could not be used (so its path was
    /// replayed), when the story itself had not changed.
    pub snapshot_unused: Option<String>,
}

impl Resumed {
    /// What to tell the reader before the first turn, if anything.
    pub fn notice(&self) -> Option<String> {
        let Some(broken) = self.broken.as_ref() else {
            return self.snapshot_unused.as_ref().map(|why| {
                format!("the save's snapshot was not used ({why}); its path was replayed instead")
            });
        };
        let notice = format!(
            "the story has changed since this save: {broken}; continuing from the furthest \
             point that fits (after {})",
            choices(broken.fitting())
        );
        Some(notice)
    }
}

/// A save read and turned into a session, not yet taken (the reader may
/// be asked first when the story has changed since).
pub struct Opened {
    pub name: String,
    /// True when the story changed and the save's path was replayed.
    pub replayed: bool,
    /// When replayed: the first step that no longer fits.
    pub broken: Option<Break>,
    /// Why the save's snapshot could not be used, if it could not.
    pub snapshot_unused: Option<String>,
    loaded: saves::Loaded,
    cheats: Cheats,
}

/// One turn of the story so far, and the choice taken after it.
#[derive(Clone, Debug)]
pub struct Page {
    pub lines: Vec<Line>,
    pub chose: Option<String>,
}

/// A story being played, with everything needed to save, undo and reload.
pub struct Game {
    session: Session,
    turn: Turn,
    script: Script,
    cheats: Cheats,
    allow_cheats: bool,
    autosave_in: Option<PathBuf>,
    /// The last line of text shown, for saves.
    last_line: String,
}

/// Where the story came from.
struct Script {
    name: String,
    path: PathBuf,
    sources: SourceMap,
    files: Vec<PathBuf>,
}

impl Script {
    /// The program and where it came from, taken apart without copying the
    /// sources (a large story's text is megabytes).
    fn take(loaded: Loaded) -> (Arc<crate::compile::Program>, Script) {
        let script = Script {
            name: loaded.name,
            path: loaded.path,
            sources: loaded.sources,
            files: loaded.files,
        };
        (loaded.program, script)
    }
}

impl Game {
    /// A new game of a loaded script, with the author's start moves made.
    pub fn new(loaded: Loaded, start: Start) -> Result<Game, PlayError> {
        let seed = start.seed.unwrap_or_else(rand::random);
        let (program, script) = Script::take(loaded);
        let (session, turn) = begin(program, seed, &start.cheats)
            .map_err(|e| PlayError::runtime(e, &script.sources))?;
        let mut game = Game {
            session,
            turn,
            script,
            cheats: start.cheats,
            allow_cheats: start.allow_cheats,
            autosave_in: start.autosave_in,
            last_line: String::new(),
        };
        game.note_last_line();
        Ok(game)
    }

    /// Continues the autosave of `script`, or with `None` the most recent
    /// autosave of any story, on the script it was made on. Says what was
    /// resumed, and whether the story changed since.
    pub fn resume(
        saves_dir: &Path,
        script: Option<&Path>,
        start: Start,
    ) -> Result<(Game, Resumed), PlayError> {
        let (name, save) = slots::find_autosave(saves_dir, script)?;
        let script = script.map_or_else(|| PathBuf::from(&save.script), Path::to_path_buf);
        let loaded = load::script(&script)?;
        let opened = saves::load(loaded.program.clone(), &save)
            .map_err(|e| PlayError::save(e, &loaded.sources))?;
        let resumed = Resumed {
            name,
            replayed: opened.replayed,
            broken: opened.broken,
            snapshot_unused: opened.snapshot_unused,
        };
        let mut game = Game {
            session: opened.session,
            turn: opened.turn,
            script: Script::take(loaded).1,
            cheats: save.cheats,
            allow_cheats: start.allow_cheats,
            autosave_in: start.autosave_in,
            last_line: save.last_line,
        };
        if let Some(broken) = &resumed.broken {
            game.cheats.keep_until(broken.fitting());
        }
        game.note_last_line();
        Ok((game, resumed))
    }

    /// What the story last said: its lines and the open choices.
    pub fn turn(&self) -> &Turn {
        &self.turn
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The script's path as given, for messages.
    pub fn script_name(&self) -> &str {
        &self.script.name
    }

    /// The script's absolute path, as saves record it.
    pub fn script_path(&self) -> &Path {
        &self.script.path
    }

    /// Every file the story was read from (the script, then its includes).
    pub fn files(&self) -> &[PathBuf] {
        &self.script.files
    }

    pub fn sources(&self) -> &SourceMap {
        &self.script.sources
    }

    /// The author's moves in this game.
    pub fn cheats(&self) -> &Cheats {
        &self.cheats
    }

    /// The story's title and, when it names one, its source.
    pub fn title(&self) -> (&str, Option<&str>) {
        let program = self.session.program();
        let source = program.source.as_deref().map(str::trim);
        (&program.title, source.filter(|s| !s.is_empty()))
    }

    /// The choices made so far, in order.
    pub fn path(&self) -> &[Step] {
        self.session.path()
    }

    /// The path as the 1-based numbers `weave replay --choices` takes.
    pub fn choice_numbers(&self) -> Vec<usize> {
        self.session.path().iter().map(|s| s.index + 1).collect()
    }

    /// Whether saving is refused: the author changed the game and did not
    /// allow that to be saved.
    pub fn refuses_saving(&self) -> bool {
        self.session.cheated() && !self.allow_cheats
    }

    /// Takes choice `n` (1-based, as shown). On a runtime error the game
    /// stays where it was, before the choice.
    pub fn choose(&mut self, n: usize) -> Result<Autosave, PlayError> {
        let offered = match &self.turn.prompt {
            Prompt::Done => return Err(PlayError::Over),
            Prompt::Choice(choices) => choices.len(),
        };
        if n == 0 || n > offered {
            return Err(PlayError::NoSuchChoice { n, offered });
        }
        let mut next = self.session.clone();
        let played = next.choose(n - 1).and_then(|()| next.continue_turn());
        let turn = played.map_err(|e| PlayError::runtime(e, &self.script.sources))?;
        Ok(self.moved(next, turn))
    }

    /// Takes back the last `n` choices, making the author's moves before
    /// them again.
    pub fn undo(&mut self, n: usize) -> Result<Autosave, PlayError> {
        let made = self.session.path().len();
        if n == 0 || n > made {
            return Err(PlayError::CannotUndo { asked: n, made });
        }
        let kept = self.session.path()[..made - n].to_vec();
        let mut cheats = self.cheats.clone();
        cheats.keep_until(kept.len());
        let program = self.session.program().clone();
        let replayed = saves::replay_cheated(program, self.session.seed(), &cheats, &kept)
            .map_err(|e| PlayError::runtime(e, &self.script.sources))?;
        self.cheats = cheats;
        Ok(self.replayed(replayed))
    }

    /// Starts again with the same seed, making the author's start moves.
    pub fn restart(&mut self) -> Result<Autosave, PlayError> {
        let cheats = Cheats {
            start: self.cheats.start.clone(),
            during: Vec::new(),
        };
        let program = self.session.program().clone();
        let (session, turn) = begin(program, self.session.seed(), &cheats)
            .map_err(|e| PlayError::runtime(e, &self.script.sources))?;
        self.cheats = cheats;
        Ok(self.moved(session, turn))
    }

    /// Jumps to a knot or stitch (an author's move, kept so that undo and
    /// reload make it again).
    pub fn goto(&mut self, path: &str) -> Result<Autosave, PlayError> {
        let mut next = self.session.clone();
        let turn = next
            .goto(path)
            .and_then(|()| next.continue_turn())
            .map_err(|e| PlayError::runtime(e, &self.script.sources))?;
        let at = next.path().len();
        self.cheats.during.push((at, Cheat::Goto(path.to_string())));
        Ok(self.moved(next, turn))
    }

    /// Re-reads the script from its file and reloads it ([`Game::reload`]).
    pub fn reload_script(&mut self) -> Result<Reloaded, PlayError> {
        let loaded = load::script(&self.script.path)?;
        self.reload(loaded)
    }

    /// Plays the path so far (and the author's moves) on a new version of
    /// the story, by stable choice ids; where a step no longer fits, the
    /// game continues after the steps before it.
    pub fn reload(&mut self, loaded: Loaded) -> Result<Reloaded, PlayError> {
        let path = self.session.path().to_vec();
        let seed = self.session.seed();
        let replayed = saves::replay_cheated(loaded.program.clone(), seed, &self.cheats, &path)
            .map_err(|e| PlayError::runtime(e, &loaded.sources))?;
        if let Some(broken) = &replayed.broken {
            self.cheats.keep_until(broken.fitting());
        }
        let broken = replayed.broken.clone();
        let name = std::mem::take(&mut self.script.name);
        self.script = Script {
            name,
            ..Script::take(loaded).1
        };
        let autosave = self.replayed(replayed);
        Ok(Reloaded {
            path_len: path.len(),
            broken,
            autosave,
        })
    }

    /// Reads the save `name` and turns it into a session on this story,
    /// without taking it yet.
    pub fn open(&self, saves_dir: &Path, name: &str) -> Result<Opened, PlayError> {
        let save = saves::read_named(saves_dir, name)?;
        let loaded = saves::load(self.session.program().clone(), &save)
            .map_err(|e| PlayError::save(e, &self.script.sources))?;
        Ok(Opened {
            name: name.to_string(),
            replayed: loaded.replayed,
            broken: loaded.broken.clone(),
            snapshot_unused: loaded.snapshot_unused.clone(),
            loaded,
            cheats: save.cheats,
        })
    }

    /// Continues from an opened save.
    pub fn take(&mut self, opened: Opened) -> Autosave {
        self.cheats = opened.cheats;
        if let Some(broken) = &opened.broken {
            self.cheats.keep_until(broken.fitting());
        }
        self.moved(opened.loaded.session, opened.loaded.turn)
    }

    /// Saves the game as `name`, with the author's moves; refused for a
    /// game the author changed unless that was allowed.
    pub fn save(&self, saves_dir: &Path, name: &str) -> Result<PathBuf, PlayError> {
        if self.refuses_saving() {
            return Err(PlayError::CheatsRefused);
        }
        let script = self.script.path.display().to_string();
        let save = SaveFile::of_session(&self.session, &script, &self.last_line, &self.cheats);
        Ok(saves::write(saves_dir, name, &save)?)
    }

    /// The autosave slot of this story.
    pub fn autosave_slot(&self) -> String {
        autosave_slot(&self.script.path)
    }

    /// Writes the autosave, when this game is autosaved and may be saved.
    pub fn autosave(&self) -> Autosave {
        let Some(dir) = &self.autosave_in else {
            return Autosave::Off;
        };
        match self.save(dir, &self.autosave_slot()) {
            Ok(_) => Autosave::Saved,
            Err(PlayError::CheatsRefused) => Autosave::Refused,
            Err(PlayError::Save(err)) => Autosave::Failed(err),
            // Saving returns no other error.
            Err(_) => Autosave::Refused,
        }
    }

    /// The story so far: every turn's lines and the choice taken after it,
    /// replayed from the start.
    pub fn history(&self) -> Result<Vec<Page>, PlayError> {
        let program = self.session.program().clone();
        let path = self.session.path();
        let replayed = saves::replay_cheated(program, self.session.seed(), &self.cheats, path)
            .map_err(|e| PlayError::runtime(e, &self.script.sources))?;
        // A jump adds a turn of its own, so choices pair with turns only
        // when the author made none during the game.
        let paired = replayed.turns.len() == path.len() + 1;
        Ok(replayed
            .turns
            .into_iter()
            .enumerate()
            .map(|(i, turn)| Page {
                lines: turn.lines,
                chose: path.get(i).filter(|_| paired).map(|s| s.text.clone()),
            })
            .collect())
    }

    fn replayed(&mut self, mut replayed: saves::Replayed) -> Autosave {
        let turn = replayed.turns.pop().unwrap_or(Turn {
            lines: Vec::new(),
            prompt: Prompt::Done,
        });
        self.moved(replayed.session, turn)
    }

    fn moved(&mut self, session: Session, turn: Turn) -> Autosave {
        self.session = session;
        self.turn = turn;
        self.note_last_line();
        self.autosave()
    }

    fn note_last_line(&mut self) {
        if let Some(line) = self.turn.lines.iter().rfind(|l| !l.text.trim().is_empty()) {
            self.last_line = line.text.clone();
        }
    }
}

/// "1 choice", "2 choices": how every message counts choices.
pub fn choices(n: usize) -> String {
    if n == 1 {
        "1 choice".to_string()
    } else {
        format!("{n} choices")
    }
}

/// A new session with the author's start moves made, and its first turn.
fn begin(
    program: Arc<crate::compile::Program>,
    seed: u64,
    cheats: &Cheats,
) -> Result<(Session, Turn), RuntimeError> {
    let mut replayed = saves::replay_cheated(program, seed, cheats, &[])?;
    let turn = replayed.turns.pop().unwrap_or(Turn {
        lines: Vec::new(),
        prompt: Prompt::Done,
    });
    Ok((replayed.session, turn))
}
