//! `weave play --from KNOT --set name=value --allow-cheats`: an author
//! starting a game anywhere with prepared state. The flags are read into
//! `saves::Cheats` (by `tools::prepare`) and the game is started by
//! replaying an empty path with them, so that undo and reload make the same
//! moves again.

use super::{CliError, Game, Report, load_script};
use crate::runtime::{Prompt, Turn};
use crate::saves::{self, Cheats};
use crate::tools::prepare;
use std::path::Path;

/// The author's flags of `weave play`.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct AuthorArgs {
    /// Start at this knot or stitch (`knot` or `knot.stitch`). An author's
    /// feature: marked in the transcript, and the game cannot be saved
    /// without --allow-cheats.
    #[arg(long, value_name = "KNOT", conflicts_with = "resume")]
    pub from: Option<String>,
    /// Set a global variable before the story starts, the value an ink
    /// literal (`oil=5`, `name="Ada"`, `lit=true`). Repeatable. An
    /// author's feature, like --from.
    #[arg(long = "set", value_name = "NAME=VALUE", conflicts_with = "resume")]
    pub set: Vec<String>,
    /// Allow saving a game changed by author features (--from, --set,
    /// `goto`).
    #[arg(long)]
    pub allow_cheats: bool,
}

/// The author's start, checked: the moves and whether saving is allowed.
#[derive(Clone, Debug, Default)]
pub struct AuthorStart {
    pub cheats: Cheats,
    pub allow_cheats: bool,
}

impl AuthorArgs {
    /// Reads the flags; the values must be literals (names are checked
    /// against the story once it is loaded).
    pub fn validate(self) -> Result<AuthorStart, CliError> {
        let cheats = prepare::start_cheats(self.from.as_deref(), &self.set)?;
        Ok(AuthorStart {
            cheats,
            allow_cheats: self.allow_cheats,
        })
    }
}

/// Starts a new game of `script` with `seed` (a fresh one if `None`),
/// making the author's start moves before the first turn.
pub fn new_prepared_game(
    script: &Path,
    seed: Option<u64>,
    start: &AuthorStart,
) -> Result<Game, CliError> {
    if start.cheats.start.is_empty() {
        let mut game = super::new_game(script, seed)?;
        game.allow_cheats = start.allow_cheats;
        return Ok(game);
    }
    let loaded = load_script(script, Report::Errors)?;
    prepare::check_cheats(&loaded.program, &start.cheats)?;
    let seed = seed.unwrap_or_else(rand::random);
    let mut replayed = saves::replay_cheated(loaded.program, seed, &start.cheats, &[])
        .map_err(|e| CliError::from(e).locate(&loaded.sources))?;
    let turn = replayed.turns.pop().unwrap_or(Turn {
        lines: Vec::new(),
        prompt: Prompt::Done,
    });
    Ok(Game {
        session: replayed.session,
        turn,
        script: loaded.path.display().to_string(),
        notice: None,
        sources: loaded.sources,
        cheats: start.cheats.clone(),
        allow_cheats: start.allow_cheats,
    })
}

/// The line that marks an author's start in a transcript, if any.
pub fn start_marker(game: &Game) -> Option<String> {
    prepare::describe_start(&game.cheats)
}
