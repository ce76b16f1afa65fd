//! The one integration-test binary: a module per area.

mod author;
mod cli;
mod convert;
mod golden;
mod hostile;
mod ink_proof;
mod no_panic;
mod repl;
mod save_safety;
mod saves;
mod skein;
mod support;
mod tools;
