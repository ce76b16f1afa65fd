//! The converter's errors: each names the file, line and column it is
//! about, in the seed or in the plot map.

use std::fmt;
use std::path::PathBuf;

/// A place in a seed or in the map, shown as `file:line:col`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub file: String,
    pub line: usize,
    pub col: usize,
}

impl Place {
    /// The place of byte `offset` in `text`, a file called `file`.
    pub fn at(file: &str, text: &str, offset: usize) -> Place {
        let (line, col) = crate::story::span::line_col(text, offset);
        Place {
            file: file.to_string(),
            line,
            col,
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// Everything that can stop a conversion.
#[derive(Debug, thiserror::Error)]
pub enum ConvertError {
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{place}: the plot map does not parse: {message}")]
    MapSyntax { place: Place, message: String },
    #[error("{map}: anchor \"{anchor}\" is not in {seed}{}", nearest_hint(nearest))]
    AnchorMissing {
        map: Place,
        seed: String,
        anchor: String,
        /// The longest beginning of the anchor that the seed does hold.
        nearest: Option<Box<(String, Place)>>,
    },
    #[error("{map}: anchor \"{anchor}\" matches {} times, at {}; it must match once",
        places.len(), list(places))]
    AnchorAmbiguous {
        map: Place,
        anchor: String,
        places: Vec<Place>,
    },
    #[error("{map}: the passage ends at {end}, before it starts at {start}")]
    AnchorsReversed {
        map: Place,
        start: Place,
        end: Place,
    },
    #[error("{map}: anchor \"{anchor}\" at {seed} is in a paragraph that is not story ({why})")]
    AnchorNotStory {
        map: Place,
        anchor: String,
        seed: Place,
        why: &'static str,
    },
    #[error("{map}: {edit}: \"{text}\" is not in the passage (which starts at {passage})")]
    EditMissing {
        map: Place,
        edit: &'static str,
        text: String,
        /// Where the passage starts, and where the seed does hold the
        /// text, when it does.
        passage: String,
    },
    #[error("{map}: {edit}: \"{text}\" occurs {} times in the passage, in the paragraphs at {}; it must occur once",
        places.len(), list(places))]
    EditAmbiguous {
        map: Place,
        edit: &'static str,
        text: String,
        places: Vec<Place>,
    },
    #[error(
        "{map}: cannot tell {narrator}'s pronouns from the seeds (no sentence about {narrator} says \"herself\" or \"himself\"); write `pronouns: She` (or `He`, `They`) in the Recast"
    )]
    PronounsUnknown { map: Place, narrator: String },
    #[error("{map}: no seed is called \"{name}\" in the map's `seeds`")]
    UnknownSeed { map: Place, name: String },
    #[error("{map}: no moment is called \"{name}\"")]
    UnknownMoment { map: Place, name: String },
    #[error("{map}: two moments are called \"{name}\"")]
    DuplicateMoment { map: Place, name: String },
    #[error("{map}: `{text}` is not a valid {what}: {message}")]
    Expression {
        map: Place,
        text: String,
        what: &'static str,
        message: String,
    },
}

fn nearest_hint(nearest: &Option<Box<(String, Place)>>) -> String {
    match nearest {
        Some(found) => {
            let (prefix, place) = found.as_ref();
            format!(" (its longest beginning found, \"{prefix}\", is at {place})")
        }
        None => String::new(),
    }
}

fn list(places: &[Place]) -> String {
    places
        .iter()
        .map(Place::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
