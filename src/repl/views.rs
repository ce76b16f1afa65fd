//! The REPL's listings: the saves, the path, the story so far, the
//! variables and the help, each rendered from what `Game` and `saves`
//! return.

use super::command::COMMANDS;
use super::session::{Repl, choices};
use crate::play::is_autosave;
use crate::runtime::Prompt;
use crate::saves;

impl Repl {
    pub(super) fn list_saves(&self) -> String {
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

    pub(super) fn path(&self) -> String {
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

    pub(super) fn history(&self) -> String {
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

    pub(super) fn vars(&self) -> String {
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

    pub(super) fn help(&self) -> String {
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
}
