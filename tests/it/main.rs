//! The one integration-test binary: a module per area.

mod cli;
mod golden;
mod ink_proof;
mod repl;
mod saves;
mod support;
mod tools;
