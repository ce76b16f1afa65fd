//! weave: an interactive-fiction engine. Stories written as RON scripts or
//! in ink are compiled to a flat program and played by a [`runtime::Session`].
//!
//! The layers, from the bottom, each importing only those below it: `value`
//! (values and their arithmetic), `story` (the model and its diagnostics),
//! `ink` (parsers), `script` (the RON format), `compile` (checks and
//! lowering), `load` (the silent loader: a script file to a program),
//! `runtime` (playing), `saves` (save files and replay), `play` (a
//! [`play::Game`]: undo, reload, the save policy), `convert` (seeds to
//! story), `tools` (author tools), `lsp` (the language server), and the
//! interfaces `cli` and `repl`; `parallel` runs a large story's pieces on
//! threads. See ARCHITECTURE.md.

pub mod cli;
pub mod compile;
pub mod convert;
pub mod ink;
pub mod load;
pub mod lsp;
mod parallel;
pub mod play;
pub mod repl;
pub mod runtime;
pub mod saves;
pub mod script;
pub mod story;
pub mod tools;
pub mod value;
