//! weave: an interactive-fiction engine. Stories written as RON scripts or
//! in ink are compiled to a flat program and played by a [`runtime::Session`].
//!
//! The layers, from the bottom: `story` (the model), `ink` (parsers),
//! `compile` (checks and lowering), `runtime` (playing), `saves` (save files
//! and replay), `convert` (seeds to story), `tools` (author tools), `lsp`
//! (the language server), and the
//! interfaces `cli` and `repl`; `parallel` runs a large story's pieces on
//! threads. See ARCHITECTURE.md.

pub mod cli;
pub mod compile;
pub mod convert;
pub mod ink;
pub mod lsp;
mod parallel;
pub mod repl;
pub mod runtime;
pub mod saves;
pub mod story;
pub mod tools;
