//! Plays a compiled [`Program`]: a [`Session`] holds everything that changes
//! while playing (position, call stack, variables, visit and turn counts, the
//! RNG, the choices on offer) and nothing else.
//!
//! Boundary: no I/O. `continue_turn` returns lines and a prompt; `choose`
//! takes one choice; `snapshot`/`restore` turn the state into a serde value.

use crate::compile::Program;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// One line of output, with its tags.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub text: String,
    pub tags: Vec<String>,
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
    /// Where in the source it happened, if known ("file:line:col").
    pub place: Option<String>,
}

/// The whole changing state of a session, as saved.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Snapshot {
    // Filled in by the runtime; opaque to other layers.
}

/// A story being played.
pub struct Session {
    program: Arc<Program>,
}

impl Session {
    /// A new game at the story's start, with the RNG seeded by `seed`.
    pub fn new(program: Arc<Program>, seed: u64) -> Session {
        let _ = seed;
        Session { program }
    }

    /// Runs until the reader must choose or the story ends.
    pub fn continue_turn(&mut self) -> Result<Turn, RuntimeError> {
        todo!()
    }

    /// Takes choice `index` (0-based) of the current prompt.
    pub fn choose(&mut self, index: usize) -> Result<(), RuntimeError> {
        let _ = index;
        todo!()
    }

    /// The choices on offer now (empty before the first turn or at the end).
    pub fn choices(&self) -> Vec<ChoiceView> {
        todo!()
    }

    /// The choices taken so far, in order.
    pub fn path(&self) -> &[Step] {
        todo!()
    }

    /// The seed this game was started with.
    pub fn seed(&self) -> u64 {
        todo!()
    }

    pub fn program(&self) -> &Arc<Program> {
        &self.program
    }

    pub fn snapshot(&self) -> Snapshot {
        todo!()
    }

    /// Rebuilds a session from a snapshot taken on the same program.
    pub fn restore(program: Arc<Program>, snapshot: Snapshot) -> Result<Session, RuntimeError> {
        let _ = snapshot;
        Ok(Session { program })
    }
}
