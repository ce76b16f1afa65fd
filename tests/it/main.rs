//! The one integration-test binary: a module per area.

mod author;
mod check_watch;
mod cli;
mod convert;
mod golden;
mod ink_proof;
mod lsp;
mod no_panic;
mod repl;
mod saves;
mod skein;
mod support;
mod tools;
