//! The one integration-test binary: a module per area.

mod author;
mod check_watch;
mod cli;
mod convert;
mod convert_edits;
mod convert_lint;
mod differential;
mod divert_targets;
mod golden;
mod hostile;
mod ink;
mod ink_proof;
mod layers;
mod lsp;
mod no_panic;
mod reader;
mod reanalysis;
mod repl;
mod repl_edges;
mod rough_edges;
mod save_safety;
mod saves;
mod skein;
mod support;
mod tools;
mod watch;
