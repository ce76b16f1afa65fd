//! What can go wrong while playing, each worded for the reader.

use crate::load::LoadError;
use crate::runtime::{Line, RuntimeError};
use crate::saves::SaveError;
use crate::story::SourceMap;
use std::path::PathBuf;

/// Why a move was not made; the game is as it was before it.
#[derive(Debug, thiserror::Error)]
pub enum PlayError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Save(#[from] SaveError),
    /// The story did something ink forbids; `lines` is what the turn
    /// printed before it failed.
    #[error("runtime error{}: {message}", place.as_ref().map(|p| format!(" at {p}")).unwrap_or_default())]
    Runtime {
        message: String,
        place: Option<String>,
        lines: Vec<Line>,
    },
    #[error("the story is over: `undo`, `restart`, `load` or `quit`")]
    Over,
    #[error("there is no choice {n}: pick 1 to {offered}")]
    NoSuchChoice { n: usize, offered: usize },
    #[error("{}", undo_message(*asked, *made))]
    CannotUndo { asked: usize, made: usize },
    #[error(
        "this game was changed by author features (`goto`, `--from`, `--set`), so it is not \
         a real playthrough; start it with `weave play --allow-cheats` to save it anyway"
    )]
    CheatsRefused,
    #[error("nothing to resume: {}", nothing_to_resume(dir, script.as_ref()))]
    NothingToResume {
        dir: PathBuf,
        script: Option<PathBuf>,
    },
}

impl PlayError {
    /// A runtime error, naming its source place when the runtime knew it.
    pub fn runtime(err: RuntimeError, sources: &SourceMap) -> PlayError {
        PlayError::Runtime {
            place: err.span.map(|span| sources.locate(span)),
            message: err.message,
            lines: err.lines,
        }
    }

    /// A save error; one raised by the runtime while replaying is located.
    pub fn save(err: SaveError, sources: &SourceMap) -> PlayError {
        match err {
            SaveError::Runtime(err) => PlayError::runtime(err, sources),
            other => PlayError::Save(other),
        }
    }
}

fn undo_message(asked: usize, made: usize) -> String {
    match (asked, made) {
        (_, 0) => "no choices made yet: there is nothing to undo".to_string(),
        (0, _) => "`undo 0` takes back nothing: `undo N` takes back N choices".to_string(),
        (_, 1) => "only 1 choice made so far: `undo` goes back to the start".to_string(),
        _ => format!("only {made} choices made so far: `undo {made}` goes back to the start"),
    }
}

fn nothing_to_resume(dir: &std::path::Path, script: Option<&PathBuf>) -> String {
    match script {
        Some(script) => format!(
            "no autosave of {} in {} (a game is autosaved after every choice)",
            script.display(),
            dir.display()
        ),
        None => format!(
            "no autosave in {} (a game is autosaved after every choice)",
            dir.display()
        ),
    }
}
