//! Plays a compiled [`Program`]: a [`Session`] holds everything that changes
//! while playing (position, call stack, variables, visit and turn counts, the
//! RNG, the choices on offer) and nothing else.
//!
//! Boundary: no I/O. `continue_turn` returns lines and a prompt; `choose`
//! takes one choice; `snapshot`/`restore` turn the state into a serde value.

mod author;
mod builtins;
mod exec;
mod key;
pub mod limits;
mod output;
mod random;
mod state;
mod validate;

pub use crate::value::{ListItem, ListValue, Value, VarRef};
pub use key::{CounterUse, KeyView};

use crate::compile::Program;
use crate::story::Span;
use exec::Machine;
use serde::{Deserialize, Serialize};
use state::{PendingChoice, State};
use std::sync::Arc;

/// One line of output, with its tags.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub text: String,
    pub tags: Vec<String>,
    /// The turn's last line, left without its line break in ink (glue or a
    /// divert ended the output): inklecate's player prints no newline
    /// after it, so its tags or the choice list follow on the same line.
    #[serde(default)]
    pub open: bool,
}

/// A choice as offered to the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceView {
    /// The choice text as shown.
    pub text: String,
    pub tags: Vec<String>,
    /// A stable id (knot path plus label or text) that survives edits to
    /// unrelated parts of the story; saves record choices by it.
    pub id: String,
}

/// What the reader is asked for after a turn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Prompt {
    /// The story is over.
    Done,
    /// Pick one of these (0-based index into the list for `choose`).
    Choice(Vec<ChoiceView>),
}

/// Everything one `continue_turn` produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Turn {
    pub lines: Vec<Line>,
    pub prompt: Prompt,
}

/// A choice that was taken, as a save records it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub id: String,
    /// 0-based index among the choices then on offer.
    pub index: usize,
    pub text: String,
}

/// A failure while playing: the story did something ink forbids.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct RuntimeError {
    pub message: String,
    /// Where in the source it happened, if known.
    pub span: Option<Span>,
    /// The lines the turn printed before it failed, to show before the error.
    pub lines: Vec<Line>,
}

/// The whole changing state of a session, as saved. Restoring it needs the
/// same program (compare [`Program::fingerprint`]), and is checked against
/// it when restored. Saves store it beside [`Snapshot::VERSION`].
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Snapshot(State);

impl Snapshot {
    /// The shape of the state a snapshot holds; a save whose snapshot has
    /// another version is replayed by its path instead.
    pub const VERSION: u32 = 1;
}

/// A story being played.
#[derive(Clone, Debug)]
pub struct Session {
    program: Arc<Program>,
    state: State,
    /// Which instructions ran, when an author tool asked to know.
    coverage: Option<Vec<bool>>,
    /// Where the flow stopped at the end of the last turn (see `stopped_at`).
    stopped_at: Option<crate::compile::Pc>,
    /// An author tool's time budget, which holds inside a turn too.
    deadline: Option<std::time::Instant>,
}

impl Session {
    /// A new game at the story's start, with the RNG seeded by `seed`.
    pub fn new(program: Arc<Program>, seed: u64) -> Session {
        let state = State::new(&program, seed);
        Session {
            program,
            state,
            coverage: None,
            stopped_at: None,
            deadline: None,
        }
    }

    /// Makes every later turn stop with an error once `deadline` has passed
    /// (author tools with a time budget; play never sets one).
    pub fn set_deadline(&mut self, deadline: Option<std::time::Instant>) {
        self.deadline = deadline;
    }

    /// Runs until the reader must choose or the story ends.
    pub fn continue_turn(&mut self) -> Result<Turn, RuntimeError> {
        let mut machine = Machine {
            program: &self.program,
            state: &mut self.state,
            coverage: self.coverage.as_deref_mut(),
            stopped_at: None,
            budget: exec::Budget {
                deadline: self.deadline,
                ..exec::Budget::default()
            },
        };
        loop {
            let result = machine.run();
            if let Err(mut e) = result {
                e.lines = machine.state.output.take_lines();
                return Err(e);
            }
            if !take_fallback(&self.program, machine.state) {
                break;
            }
        }
        self.stopped_at = machine.stopped_at;
        let lines = self.state.output.take_lines();
        let choices = self.choices();
        let prompt = if choices.is_empty() {
            Prompt::Done
        } else {
            Prompt::Choice(choices)
        };
        Ok(Turn { lines, prompt })
    }

    /// Takes choice `index` (0-based) of the current prompt.
    pub fn choose(&mut self, index: usize) -> Result<(), RuntimeError> {
        let visible: Vec<&PendingChoice> = self.visible_choices().collect();
        let Some(chosen) = visible.get(index) else {
            return Err(RuntimeError {
                message: format!(
                    "there is no choice {} (there are {})",
                    index + 1,
                    visible.len()
                ),
                span: None,
                lines: Vec::new(),
            });
        };
        let info = &self.program.choices[chosen.choice as usize];
        let step = Step {
            id: info.id.clone(),
            index,
            text: chosen.text.clone(),
        };
        let thread = chosen.thread.clone();
        self.state.path.push(step);
        self.state.threads = vec![thread];
        self.state.choices.clear();
        self.state.output.clear();
        self.state.turn = self.state.turn.saturating_add(1);
        Ok(())
    }

    /// The choices on offer now (empty before the first turn or at the end).
    pub fn choices(&self) -> Vec<ChoiceView> {
        self.visible_choices()
            .map(|c| ChoiceView {
                text: c.text.clone(),
                tags: c.tags.clone(),
                id: self.program.choices[c.choice as usize].id.clone(),
            })
            .collect()
    }

    fn visible_choices(&self) -> impl Iterator<Item = &PendingChoice> {
        self.state
            .choices
            .iter()
            .filter(|c| !self.program.choices[c.choice as usize].fallback)
    }

    /// The choices taken so far, in order.
    pub fn path(&self) -> &[Step] {
        &self.state.path
    }

    /// The seed this game was started with.
    pub fn seed(&self) -> u64 {
        self.state.seed
    }

    /// Whether the story has ended (`-> END`, or no content and no choices).
    pub fn ended(&self) -> bool {
        self.state.ended || (self.state.threads.is_empty() && self.state.choices.is_empty())
    }

    pub fn program(&self) -> &Arc<Program> {
        &self.program
    }

    pub fn snapshot(&self) -> Snapshot {
        Snapshot(self.state.clone())
    }

    /// Rebuilds a session from a snapshot taken on the same program. The
    /// snapshot is checked against the program first (`validate`): one that
    /// does not fit is refused with the reason.
    pub fn restore(program: Arc<Program>, snapshot: Snapshot) -> Result<Session, RuntimeError> {
        let mut state = snapshot.0;
        if let Err(reason) = validate::check(&program, &state) {
            return Err(RuntimeError {
                message: format!("the snapshot does not fit this story: {reason}"),
                span: None,
                lines: Vec::new(),
            });
        }
        // A snapshot is taken between turns, when no output is held.
        state.output.clear();
        Ok(Session {
            program,
            state,
            coverage: None,
            stopped_at: None,
            deadline: None,
        })
    }
}

/// When only fallback choices are left, takes the first by itself (without
/// counting a turn), as ink does. Returns whether it did.
fn take_fallback(program: &Program, state: &mut State) -> bool {
    if state.choices.is_empty()
        || state
            .choices
            .iter()
            .any(|c| !program.choices[c.choice as usize].fallback)
    {
        return false;
    }
    let chosen = state.choices.remove(0);
    state.choices.clear();
    state.threads = vec![chosen.thread];
    true
}

#[cfg(test)]
mod tests;
