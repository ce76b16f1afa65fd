//! `weave play --from KNOT --set name=value --allow-cheats`: an author
//! starting a game anywhere with prepared state. The flags are read into
//! `saves::Cheats` (by `tools::prepare`), which `play::Game` makes before
//! the first turn and again on undo and reload.

use super::CliError;
use crate::saves::Cheats;
use crate::tools::prepare;

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

/// The line that marks an author's start in a transcript, if any.
pub fn start_marker(cheats: &Cheats) -> Option<String> {
    prepare::describe_start(cheats)
}
