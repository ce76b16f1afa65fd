//! The one integration-test binary: a module per area.

mod author;
mod cli;
mod convert;
mod golden;
mod ink_proof;
mod no_panic;
mod reader;
mod repl;
mod repl_edges;
mod saves;
mod skein;
mod support;
mod tools;
mod watch;
