//! The one integration-test binary: a module per area.

mod cli;
mod golden;
mod repl;
mod saves;
mod support;
