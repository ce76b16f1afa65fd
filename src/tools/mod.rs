//! Author tools: what an author asks of a story beyond playing it.
//! `skein` keeps recorded paths with their transcripts and checks them
//! against the current story (transcript tests); `prepare` reads the
//! `name=value` settings an author starts a game with. `graph` and `render`
//! draw the story's structure (`weave map`); `explore` walks its state
//! space breadth first and `random` plays it at random, both with
//! `coverage` of its lines and choices (`weave explore`); `stats` counts
//! its words, choices, endings and path lengths (`weave stats`).
//!
//! Boundary: works through `compile`, `runtime` and `saves`; prints
//! nothing. Only `skein` touches the file system, for its folder of
//! recorded paths; the others take a compiled [`crate::compile::Program`]
//! and return what they found for the CLI to print.

pub mod coverage;
pub mod explore;
pub mod graph;
pub mod prepare;
pub mod random;
pub mod render;
pub mod skein;
pub mod stats;

pub use coverage::Coverage;
pub use explore::{
    EndKind, EndingFound, ErrorFound, Exploration, ExploreOptions, StuckLoop, explore,
};
pub use graph::{StoryGraph, story_graph};
pub use random::{RandomOptions, RandomReport, play_random};
pub use render::{Format, render};
pub use stats::{Stats, story_stats};

/// A path of 0-based choice indices written as `weave replay --choices`
/// takes it: 1-based numbers separated by commas.
pub fn choice_numbers(path: &[usize]) -> String {
    path.iter()
        .map(|i| (i + 1).to_string())
        .collect::<Vec<_>>()
        .join(",")
}
