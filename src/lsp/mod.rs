//! `weave lsp`: a Language Server Protocol server over stdio for `.ink`
//! and `.ron` stories, on `lsp-server` and `lsp-types`. It runs the same
//! parser, compiler and checks as `weave check`, on the editor's text.
//!
//! `server` is the loop that reads messages and answers requests;
//! `worker` analyses stories off the loop (debounced, stale results
//! dropped); `documents` holds the open texts and loads a story with its
//! `INCLUDE`s; `analysis` is one parse-compile-check and its diagnostics;
//! `index` the symbols and their uses; `navigation`, `completion`, `hover`
//! and `outline` answer from the index; `position` turns byte offsets into
//! LSP positions.
//!
//! Invariant: bad input never stops the server. A story that does not
//! parse gets its diagnostics and keeps the symbols of its last good
//! parse; a panic while answering one request answers it with an error.
//!
//! Boundary: reads story files (those not open in the editor) and writes
//! only to the editor's pipe. Builds on `story`, `ink` and `compile`.

mod analysis;
mod completion;
mod documents;
mod hover;
mod index;
mod navigation;
mod outline;
mod position;
mod server;
mod worker;

pub use server::{LspError, run_stdio};
