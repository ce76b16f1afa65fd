//! One reader's session at the REPL: each [`Command`] becomes a call on
//! [`Game`], and its result becomes the text to print.

use super::Options;
use super::command::{Command, QUICKSAVE};
use super::render::Screen;
use crate::play::{Autosave, Game, PlayError, Reloaded};
use crate::runtime::Prompt;
use std::path::PathBuf;

/// The game, how it is shown, and where its saves go.
pub(super) struct Repl {
    pub game: Game,
    pub screen: Screen,
    pub saves: PathBuf,
}

pub(super) use crate::play::choices;

impl Repl {
    pub fn new(game: Game, options: &Options) -> Repl {
        Repl {
            game,
            screen: Screen::new(options.show_tags),
            saves: options.saves.clone(),
        }
    }

    /// The title screen, what to say first, and the first turn.
    pub fn opening(&self, notice: Option<&str>) -> String {
        let (title, source) = self.game.title();
        let mut out = self.screen.title(title, source);
        if let Some(notice) = notice {
            out.push_str(&format!("{}\n\n", self.say(notice)));
        }
        if let Some(marker) = crate::tools::prepare::describe_start(self.game.cheats()) {
            out.push_str(&format!("{marker}\n\n"));
        }
        let mut screen = self.screen.clone();
        out + &screen.turn(self.game.turn())
    }

    pub fn prompt(&self) -> &'static str {
        match self.game.turn().prompt {
            Prompt::Choice(_) => "> ",
            Prompt::Done => "(the end) > ",
        }
    }

    /// A message wrapped to the terminal, with its newline.
    pub fn say(&self, text: &str) -> String {
        format!("{}\n", self.screen.say(text))
    }

    pub fn apply(&mut self, command: Command) -> String {
        match command {
            Command::Choose(n) => self.choose(n),
            Command::NoChoice(n) => self.say(&no_choice(&n, &self.game)),
            Command::Save(name) => self.save(name.as_deref().unwrap_or(QUICKSAVE)),
            Command::Saves => self.list_saves(),
            Command::Undo(n) => match self.game.undo(n) {
                Ok(saved) => self.moved(&format!("(took back {})", choices(n)), saved),
                Err(err) => self.say(&capitalised(&format!("{err}."))),
            },
            Command::Restart => match self.game.restart() {
                Ok(saved) => {
                    let mut said = "(from the start)".to_string();
                    if let Some(marker) = crate::tools::prepare::describe_start(self.game.cheats())
                    {
                        said.push_str(&format!("\n{marker}"));
                    }
                    self.moved(&said, saved)
                }
                Err(err) => self.say(&format!("Could not restart: {err}")),
            },
            Command::Path => self.path(),
            Command::History => self.history(),
            Command::Vars => self.vars(),
            Command::Goto(path) => match self.game.goto(&path) {
                Ok(saved) => self.moved(&format!("[author: went to {path}]"), saved),
                Err(err) => self.say(&format!("Cannot go there: {err}")),
            },
            Command::Reload => {
                let reloaded = self.game.reload_script();
                self.reloaded(reloaded)
            }
            Command::Help => self.help(),
            Command::Nothing => self.screen.prompt(&self.game.turn().prompt),
            // The loop handles these, which need the line editor.
            Command::Load(_) | Command::Quit => String::new(),
        }
    }

    fn choose(&mut self, n: usize) -> String {
        match self.game.choose(n) {
            Ok(saved) => self.moved("", saved),
            Err(err @ PlayError::Runtime { .. }) => self.failed(err),
            Err(err) => self.say(&capitalised(&format!("{err}."))),
        }
    }

    /// A choice that failed: what the turn printed, what went wrong, and
    /// that the game is still at the choice before it.
    fn failed(&mut self, err: PlayError) -> String {
        let mut out = String::new();
        if let PlayError::Runtime { lines, .. } = &err {
            let shown = crate::runtime::Turn {
                lines: lines.clone(),
                prompt: Prompt::Choice(Vec::new()),
            };
            out.push_str(&self.screen.clone().turn(&shown));
        }
        out.push_str(&self.say(&format!(
            "The story failed: {err}. You are still at the choice before it: pick another, \
             `undo` or `restart`."
        )));
        out + &self.screen.prompt(&self.game.turn().prompt)
    }

    /// After a move: what happened, then the turn the game is at now.
    pub fn moved(&mut self, said: &str, autosave: Autosave) -> String {
        let mut out = String::from("\n");
        if !said.is_empty() {
            out = format!("{}\n", self.say(said));
            self.screen.forget_ending();
        }
        out.push_str(&self.screen.turn(self.game.turn()));
        if let Autosave::Failed(err) = autosave {
            out.push_str(&self.say(&format!("(autosave failed: {err})")));
        }
        out
    }

    /// The one line a reload (by `reload` or `--watch`) gives, then the turn.
    pub fn reloaded(&mut self, reloaded: Result<Reloaded, PlayError>) -> String {
        let name = self.game.script_name().to_string();
        match reloaded {
            Ok(Reloaded {
                path_len,
                broken: None,
                autosave,
            }) => self.moved(
                &format!(
                    "(reloaded {name}: the path of {} still fits)",
                    choices(path_len)
                ),
                autosave,
            ),
            Ok(Reloaded {
                broken: Some(broken),
                autosave,
                ..
            }) => {
                let said = format!(
                    "(reloaded {name}: {broken}; continuing after {})",
                    choices(broken.fitting())
                );
                self.moved(&said, autosave)
            }
            Err(PlayError::Load(crate::load::LoadError::Diagnostics {
                diagnostics,
                sources,
                path,
            })) => {
                let mut out = String::new();
                for d in diagnostics.iter().filter(|d| d.is_error()) {
                    out.push_str(&crate::load::render(d, &sources, self.screen.style));
                }
                let count = diagnostics.iter().filter(|d| d.is_error()).count();
                out + &self.say(&format!(
                    "(not reloaded: {} has {count} error(s); still playing the last good version)",
                    path.display()
                ))
            }
            Err(err) => self.say(&format!("(not reloaded: {err})")),
        }
    }

    fn save(&self, name: &str) -> String {
        match self.game.save(&self.saves, name) {
            Ok(path) => self.say(&format!("Saved as `{name}` ({}).", path.display())),
            Err(err) => self.say(&format!("Not saved: {err}")),
        }
    }

    /// What to say on leaving: whether the game was autosaved.
    pub fn bye(&self) -> String {
        match self.game.autosave() {
            Autosave::Saved => "Bye. (autosaved; `weave play --resume` continues)".to_string(),
            Autosave::Refused => "Bye. (not autosaved: author features were used)".to_string(),
            Autosave::Off => "Bye.".to_string(),
            Autosave::Failed(err) => self.screen.say(&format!("Bye. (autosave failed: {err})")),
        }
    }
}

/// A number that is no choice, said as an out-of-range choice is.
fn no_choice(n: &str, game: &Game) -> String {
    match &game.turn().prompt {
        Prompt::Choice(offered) => format!("There is no choice {n}: pick 1 to {}.", offered.len()),
        Prompt::Done => capitalised(&format!("{}.", PlayError::Over)),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
