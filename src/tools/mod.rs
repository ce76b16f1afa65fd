//! Author tools: questions an author asks of a whole story rather than of
//! one playthrough. `graph` and `render` draw its structure (`weave map`);
//! `explore` walks its state space breadth first and `random` plays it at
//! random, both with `coverage` of its lines and choices (`weave explore`);
//! `stats` counts its words, choices, endings and path lengths (`weave
//! stats`).
//!
//! Boundary: everything here works on a compiled [`crate::compile::Program`]
//! through [`crate::runtime::Session`]; no terminal and no files. The CLI
//! parses arguments and prints what these functions return.

pub mod coverage;
pub mod explore;
pub mod graph;
pub mod random;
pub mod render;
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
