//! Author tools: what an author asks of a story beyond playing it.
//! `skein` keeps recorded paths with their transcripts and checks them
//! against the current story (transcript tests); `prepare` reads the
//! `name=value` settings an author starts a game with.
//!
//! Boundary: works through `compile`, `runtime` and `saves`; prints
//! nothing. Only `skein` touches the file system, for its folder of
//! recorded paths.

pub mod prepare;
pub mod skein;
