//! The converter: seed texts plus a plot map become a story script.
//!
//! `prose` splits a seed into paragraphs and cleans them (`dialogue` finds
//! the speech and who speaks), `map` reads the plot map, `anchor` finds
//! each passage in its seed, `emit` builds the story AST and `report` says
//! what became of every paragraph. [`run`] does it all from files.
//!
//! Boundary: reads and writes files, never the terminal, and knows nothing
//! of the runtime. Invariant: nothing here is particular to one story;
//! everything about the Konoha story is in `scripts/konoha.map.ron`.

pub mod anchor;
pub mod conventions;
pub mod dialogue;
pub mod edit;
pub mod emit;
pub mod error;
pub mod lint;
pub mod map;
pub mod prose;
pub mod recast;
#[cfg(test)]
mod recast_tests;
pub mod report;

pub use error::{ConvertError, Place};
pub use map::Map;
pub use report::{Fate, Report};

use crate::story::Story;
use dialogue::Cast;
use std::path::{Path, PathBuf};

/// Where `run` reads and writes. The command line holds the defaults
/// (`seeds/`, `scripts/konoha.map.ron`, `scripts/konoha.ron`); the library
/// knows no particular story.
#[derive(Clone, Debug)]
pub struct Options {
    /// The folder holding the seed files the map names.
    pub seeds_dir: PathBuf,
    /// The plot map.
    pub map: PathBuf,
    /// The story script to write.
    pub out: PathBuf,
}

/// Reads the map and the seeds, builds the story and writes it (atomically)
/// as a RON script. Returns the report.
pub fn run(options: &Options) -> Result<Report, ConvertError> {
    let (script, report) = render(options)?;
    write_atomic(&options.out, &script)?;
    Ok(report)
}

/// Reads the map and the seeds and returns the script text and the report,
/// writing nothing.
pub fn render(options: &Options) -> Result<(String, Report), ConvertError> {
    let map_text = read(&options.map)?;
    let map_file = options.map.display().to_string();
    let map = map::parse_map(&map_file, &map_text)?;
    let mut texts = Vec::new();
    for entry in &map.seeds {
        texts.push(read(&options.seeds_dir.join(&entry.file))?);
    }
    let (story, report) = convert(&map, &map_file, &map_text, &texts)?;
    Ok((crate::script::ron::to_ron(&story), report))
}

/// The pure conversion: a parsed map, its source (for messages) and the
/// texts of its seeds, in the map's order.
pub fn convert(
    map: &Map,
    map_file: &str,
    map_text: &str,
    seed_texts: &[String],
) -> Result<(Story, Report), ConvertError> {
    let seeds = parse_seeds(map, seed_texts);
    let mut usage = report::Usage::default();
    let source = emit::MapSource {
        file: map_file,
        text: map_text,
    };
    let story = emit::build(map, &source, &seeds, &mut usage)?;
    let report = report::report(map, map_file, map_text, &seeds, usage)?;
    Ok((story, report))
}

/// Parses each seed with the map's cast and the seed's narrator.
pub fn parse_seeds(map: &Map, seed_texts: &[String]) -> Vec<prose::Seed> {
    map.seeds
        .iter()
        .zip(seed_texts)
        .map(|(entry, text)| {
            let cast = Cast {
                characters: map.cast.clone(),
                narrator: entry.narrator.clone(),
            };
            prose::parse_seed(&entry.file, text, &cast)
        })
        .collect()
}

fn read(path: &Path) -> Result<String, ConvertError> {
    std::fs::read_to_string(path).map_err(|source| ConvertError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// Writes the generated script atomically (see [`crate::saves::write_atomic`]).
pub fn write_atomic(path: &Path, text: &str) -> Result<(), ConvertError> {
    crate::saves::write_atomic(path, text.as_bytes()).map_err(|source| ConvertError::Write {
        path: path.to_path_buf(),
        source,
    })
}
