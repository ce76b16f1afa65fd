//! One reader's session at the REPL: each [`Command`] becomes a call on
//! [`Game`], and its result becomes the text to print.

use super::Options;
use super::command::{COMMANDS, Command, QUICKSAVE};
use super::render::Screen;
use crate::play::{Autosave, Game, PlayError, Reloaded, is_autosave};
use crate::runtime::Prompt;
use crate::saves;
use std::path::PathBuf;

/// The game, how it is shown, and where its saves go.
pub(super) struct Repl {
    pub game: Game,
    pub screen: Screen,
    pub saves: PathBuf,
}

/// "1 choice", "2 choices".
pub(super) fn choices(n: usize) -> String {
    if n == 1 {
        "1 choice".to_string()
    } else {
        format!("{n} choices")
    }
}

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
                let mut said = format!(
                    "(reloaded {name}: {broken}; continuing after {})",
                    choices(broken.fitting())
                );
                if let Some(hint) = broken.hint() {
                    said.push_str(&format!("\n({hint})"));
                }
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

    fn list_saves(&self) -> String {
        let listed = saves::list(&self.saves);
        if listed.is_empty() {
            return self.say(&format!("No saves yet in {}.", self.saves.display()));
        }
        let mut out = String::new();
        for entry in listed {
            let text = match entry.save {
                Ok(save) => {
                    let here = std::path::Path::new(&save.script) == self.game.script_path();
                    let script = std::path::Path::new(&save.script)
                        .file_name()
                        .map_or(save.script.clone(), |f| f.to_string_lossy().into_owned());
                    let kind = if is_autosave(&entry.name) {
                        ", autosave"
                    } else {
                        ""
                    };
                    let this = if here { ", this story" } else { "" };
                    format!(
                        "{} — \"{}\" ({script}{this}{kind}) · {} · {}\n    {}",
                        entry.name,
                        save.story,
                        choices(save.path.len()),
                        save.made,
                        save.last_line
                    )
                }
                Err(err) => format!("{} (unreadable: {err})", entry.name),
            };
            out.push_str(&self.say(&text));
        }
        out
    }

    fn path(&self) -> String {
        let path = self.game.path();
        if path.is_empty() {
            return self.say("No choices made yet.");
        }
        let numbers: Vec<String> = self
            .game
            .choice_numbers()
            .iter()
            .map(|n| n.to_string())
            .collect();
        let mut out = self.say(&format!(
            "Choices so far (`weave replay {} --choices {}`):",
            self.game.script_name(),
            numbers.join(",")
        ));
        for (i, step) in path.iter().enumerate() {
            out.push_str(&self.say(&format!(
                "{:>3}. {}  (choice {})",
                i + 1,
                step.text,
                step.index + 1
            )));
        }
        if !self.game.cheats().is_empty() {
            out.push_str(
                &self.say(
                    "(the author's moves, `goto`, `--from`, `--set`, are not in these numbers)",
                ),
            );
        }
        out
    }

    fn history(&self) -> String {
        let pages = match self.game.history() {
            Ok(pages) => pages,
            Err(err) => return self.say(&format!("Cannot show the story so far: {err}")),
        };
        let mut screen = self.screen.clone();
        screen.forget_ending();
        let mut out = String::from("\n");
        for page in pages {
            let turn = crate::runtime::Turn {
                lines: page.lines,
                prompt: Prompt::Choice(Vec::new()),
            };
            out.push_str(&screen.turn(&turn));
            if let Some(chose) = page.chose {
                out.push_str(&self.say(&format!("> {chose}\n")));
            }
        }
        out + "\n" + &self.screen.prompt(&self.game.turn().prompt)
    }

    fn vars(&self) -> String {
        let session = self.game.session();
        let mut out = String::new();
        let variables = session.variables();
        if variables.is_empty() {
            out.push_str("The story has no global variables.\n");
        } else {
            out.push_str("Variables:\n");
            for (name, value) in variables {
                out.push_str(&self.say(&format!("  {name} = {value}")));
            }
        }
        let visits = session.visit_counts();
        if visits.is_empty() {
            out.push_str("Nothing visited yet.\n");
        } else {
            out.push_str("Visits:\n");
            for (place, count) in visits {
                out.push_str(&self.say(&format!("  {place}: {count}")));
            }
        }
        out
    }

    fn help(&self) -> String {
        let mut text =
            String::from("Type a choice number to choose. Commands (short forms in brackets):\n");
        for (_, alias, what) in COMMANDS {
            text.push_str(&format!("  {what}  [{alias}]\n"));
        }
        text.push_str("Tab completes commands, save names and knot names.\n");
        text.push_str(
            "Commands marked (author) are for writing the story: a game they change is marked \
             as such and is saved only with `weave play --allow-cheats`.",
        );
        self.say(&text)
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
