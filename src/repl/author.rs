//! The author's commands at the REPL: `vars`, `goto KNOT` and `reload`,
//! and the rule that a game changed by the author is saved only when
//! `--allow-cheats` was given.

use super::{LineEditor, Repl};
use crate::cli::{CliError, Report, load_script};
use crate::saves::{self, Cheat};
use std::path::Path;

/// Why a game changed by the author is not saved.
pub const REFUSED: &str = "this game was changed by author features (`goto`, `--from`, \
    `--set`), so it is not a real playthrough; start it with `weave play --allow-cheats` \
    to save it anyway";

impl Repl {
    /// Whether saving must be refused: the author changed the game and did
    /// not allow that to be saved.
    pub(super) fn refuses_saving(&self) -> bool {
        self.session.cheated() && !self.allow_cheats
    }

    pub(super) fn show_vars(&self) {
        let variables = self.session.variables();
        if variables.is_empty() {
            println!("The story has no global variables.");
        } else {
            println!("Variables:");
            for (name, value) in variables {
                println!("  {name} = {value}");
            }
        }
        let visits = self.session.visit_counts();
        if visits.is_empty() {
            println!("Nothing visited yet.");
        } else {
            println!("Visits:");
            for (place, count) in visits {
                println!("  {place}: {count}");
            }
        }
    }

    /// Jumps to a knot or stitch, marked in the transcript; the move is
    /// kept so that undo and reload make it again.
    pub(super) fn goto(&mut self, path: &str) {
        let before = self.session.clone();
        let jumped = self
            .session
            .goto(path)
            .and_then(|()| self.session.continue_turn());
        match jumped {
            Ok(turn) => {
                let at = self.session.path().len();
                self.cheats.during.push((at, Cheat::Goto(path.to_string())));
                self.turn = turn;
                println!("[author: went to {path}]\n");
                self.show_turn();
                self.autosave();
            }
            Err(err) => {
                self.session = before;
                println!("Cannot go there: {}", self.explain(err));
            }
        }
    }

    /// Re-reads the script, compiles it and replays the path on it by
    /// stable choice ids; says where the path stopped fitting, if it did.
    pub(super) fn reload(&mut self, editor: &mut LineEditor) {
        let loaded = match load_script(Path::new(&self.script), Report::Errors) {
            Ok(loaded) => loaded,
            Err(err) => return println!("Not reloaded: {err}"),
        };
        let path = self.session.path().to_vec();
        let seed = self.session.seed();
        let replayed = saves::replay_cheated(loaded.program.clone(), seed, &self.cheats, &path);
        let mut replayed = match replayed {
            Ok(replayed) => replayed,
            Err(err) => {
                let err = CliError::from(err).locate(&loaded.sources);
                return println!("Not reloaded: replaying the path failed: {err}");
            }
        };
        if let Some(turn) = replayed.turns.pop() {
            self.turn = turn;
        }
        self.session = replayed.session;
        self.sources = loaded.sources;
        if let Some(helper) = editor.helper_mut() {
            helper.knots = loaded.program.knot_names().map(String::from).collect();
        }
        match &replayed.broken {
            None => println!(
                "(reloaded {}; the path of {} choice(s) still fits)\n",
                loaded.name,
                path.len()
            ),
            Some(broken) => {
                let fits = broken.step - 1;
                self.cheats.keep_until(fits);
                println!(
                    "(reloaded {}; {broken}; stopped after {fits} choice(s))\n",
                    loaded.name
                );
            }
        }
        self.show_turn();
        self.autosave();
    }
}
