//! Checks a story and lowers it to a flat [`Program`]: instructions, jump
//! targets and a string table. The runtime never sees the AST.
//!
//! Boundary: no files, no terminals, no saves.

use crate::story::{Diagnostic, Story};

/// A compiled story, immutable while it is played.
#[derive(Debug)]
pub struct Program {
    pub title: String,
    /// A hash of the compiled program: saves made on another program are
    /// replayed rather than restored.
    pub fingerprint: u64,
}

/// Checks and compiles a story. On success, also returns the warnings.
pub fn compile(story: &Story) -> Result<(Program, Vec<Diagnostic>), Vec<Diagnostic>> {
    let _ = story;
    todo!()
}
