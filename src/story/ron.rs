//! The RON script format: the serde form of [`Story`](super::Story).
//!
//! Text lines, choice text and expressions are strings in ink's inline
//! markup, parsed by `ink` as they are read so that every error points at
//! the file, line and column inside the RON file.

use super::ast::Story;
use super::span::{Diagnostic, FileId};

/// Reads a RON script. All problems found are returned, each with its span.
pub fn parse_ron(_file: FileId, _text: &str) -> Result<Story, Vec<Diagnostic>> {
    todo!("story::ron::parse_ron")
}

/// Writes a story as a RON script that [`parse_ron`] reads back to an equal story.
pub fn to_ron(_story: &Story) -> String {
    todo!("story::ron::to_ron")
}
