//! Line editing help for rustyline: tab completion of command words and of
//! save names after `load` and `save`, of knot names after `goto`, and a
//! hint finishing a command word.

use super::command::COMMANDS;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// The story's knot and stitch names, shared with whatever reloads it.
pub type Knots = Arc<Mutex<Vec<String>>>;

/// Knows the command words, where the saves are and the story's knots.
pub struct ReplHelper {
    pub saves: PathBuf,
    /// Knot and stitch names, for `goto` (updated by `reload`).
    pub knots: Knots,
}

impl ReplHelper {
    /// The candidates for the word ending at `pos`, and where it starts.
    fn candidates(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let before = &line[..pos];
        let start = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let word = &before[start..];
        let first = before[..start].split_whitespace().next();
        let options: Vec<String> = match first {
            None => COMMANDS
                .iter()
                .map(|(name, _, _)| name.to_string())
                .collect(),
            Some(cmd)
                if is_save_command(cmd) && before[..start].split_whitespace().count() == 1 =>
            {
                crate::saves::names(&self.saves)
            }
            Some("goto" | "g") if before[..start].split_whitespace().count() == 1 => {
                super::lock(&self.knots).clone()
            }
            Some(_) => Vec::new(),
        };
        let mut found: Vec<String> = options
            .into_iter()
            .filter(|o| o.starts_with(word))
            .collect();
        found.sort();
        (start, found)
    }
}

fn is_save_command(word: &str) -> bool {
    matches!(word, "load" | "l" | "save" | "s")
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, found) = self.candidates(line, pos);
        let pairs = found
            .into_iter()
            .map(|c| Pair {
                display: c.clone(),
                replacement: c,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;

    /// Finishes a command word when only one fits what was typed.
    fn hint(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> Option<String> {
        if pos < line.len() || line.is_empty() || line.contains(char::is_whitespace) {
            return None;
        }
        let mut fits = COMMANDS
            .iter()
            .filter(|(name, _, _)| name.starts_with(line));
        match (fits.next(), fits.next()) {
            (Some((name, _, _)), None) => Some(name[line.len()..].to_string()),
            _ => None,
        }
    }
}

impl Highlighter for ReplHelper {}

/// Every line is accepted as typed; the REPL explains bad input itself so
/// that the explanation stays on screen above the prompt.
impl Validator for ReplHelper {}

impl Helper for ReplHelper {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completes_command_words_then_save_names() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("dawn.ron"), "").unwrap();
        std::fs::write(dir.path().join("dusk.ron"), "").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "").unwrap();
        let helper = ReplHelper {
            saves: dir.path().to_path_buf(),
            knots: Arc::new(Mutex::new(vec![
                "tower".into(),
                "tower.stairs".into(),
                "shore".into(),
            ])),
        };
        assert_eq!(
            helper.candidates("sa", 2),
            (0, vec!["save".into(), "saves".into()])
        );
        assert_eq!(
            helper.candidates("load d", 6),
            (5, vec!["dawn".into(), "dusk".into()])
        );
        assert_eq!(helper.candidates("l du", 4), (2, vec!["dusk".into()]));
        assert_eq!(helper.candidates("undo ", 5), (5, vec![]));
        assert_eq!(
            helper.candidates("goto to", 7),
            (5, vec!["tower".into(), "tower.stairs".into()])
        );
    }
}
