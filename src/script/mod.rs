//! The RON script format: a `.ron` script is the serde form of the story
//! AST, and the text, conditions and logic inside its strings are ink
//! markup, read with the `ink` parsers so that every error points into the
//! RON file (`ron`, with `ron_lex` finding where each string literal sits).
//!
//! Boundary: above `story` and `ink`, below `compile`; no file system and no
//! terminal. Loading a script means handing this module the text that was
//! read.

pub mod ron;
mod ron_lex;
