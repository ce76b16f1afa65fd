//! The plot map: which seeds a story is made of, the moments cut from them
//! (spans of a seed between two quoted anchors), the knots the moments
//! become, and how those knots connect: plain continuation, the end, or
//! choices with labels, conditions and effects.
//!
//! Invariant: every fact about a particular story lives in a map file; the
//! code knows only this format. Text that is not from a seed appears only
//! here, as choice labels and short connective lines (`Say`).

use super::error::{ConvertError, Place};
use serde::Deserialize;

/// A whole plot map, as read from RON.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Map {
    pub title: String,
    /// Where the story comes from, shown on the title screen (the story's
    /// `source`): the seeds' authors, the editor.
    #[serde(default)]
    pub source: Option<String>,
    /// The knot play starts in.
    pub start: String,
    pub seeds: Vec<SeedEntry>,
    /// Characters that dialogue can be attributed to, with the spellings
    /// the seeds use for each: `("Jiraiya", ["Jiraiya", "Jiraya"])`.
    #[serde(default)]
    pub cast: Vec<(String, Vec<String>)>,
    /// Story variables and their initial values, as ink expressions.
    #[serde(default)]
    pub vars: Vec<(String, String)>,
    pub moments: Vec<Moment>,
    /// Seed passages deliberately not used, with the reason the report gives.
    #[serde(default)]
    pub left_out: Vec<LeftOut>,
}

/// One seed text the map draws on.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct SeedEntry {
    /// The short name the map's passages use.
    pub name: String,
    /// The file name inside the seeds folder.
    pub file: String,
    /// Who "I" is, for a first-person text.
    #[serde(default)]
    pub narrator: Option<String>,
}

/// A moment of the story: one knot, its content, and where it leads.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Moment {
    pub knot: String,
    /// Tags put on every line of the knot (`memory`).
    #[serde(default)]
    pub tags: Vec<String>,
    /// Marks the moment as quoted material (a song, a poem) and credits
    /// it: a `credit: TEXT` tag on its first line.
    #[serde(default)]
    pub credit: Option<String>,
    pub body: Vec<Item>,
    pub then: Next,
}

/// A piece of a moment's content.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub enum Item {
    /// The paragraphs of a seed from the one holding `from` through the one
    /// holding `to` (the same paragraph when `to` is absent).
    Seed {
        seed: String,
        from: String,
        #[serde(default)]
        to: Option<String>,
        /// Editorial changes to the passage, applied in order.
        #[serde(default)]
        edits: Vec<Edit>,
        /// Marks quoted material in the passage (lyrics) and credits it: a
        /// `credit: TEXT` tag on its first lyrics line (else its first line).
        #[serde(default)]
        credit: Option<String>,
    },
    /// A short connective line the map adds (ink inline markup allowed).
    Say(String),
    /// Content shown only when an ink condition holds.
    If {
        cond: String,
        then: Vec<Item>,
        #[serde(default, rename = "else")]
        otherwise: Vec<Item>,
    },
    /// An ink assignment (`trust_naruto += 1`).
    Set(String),
}

/// An editorial change to a seed passage, declared in the map so that the
/// report can list it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub enum Edit {
    /// A copy-edit: `from` (which must occur exactly once in the passage)
    /// becomes `to`.
    Fix { from: String, to: String },
    /// Removes the text from `from` through `to` (both included; `to` is
    /// looked for after `from`), or just `from` when `to` is absent.
    Cut {
        from: String,
        #[serde(default)]
        to: Option<String>,
    },
    /// The passage's narration (never its dialogue) retold in another
    /// person: first to third (`I` becomes `she`, the first one the
    /// narrator's name) or third to first.
    Recast {
        to: Person,
        narrator: String,
        /// The narrator's pronouns in the third person; when absent they
        /// are read from the seeds (`Sakura … herself`).
        #[serde(default)]
        pronouns: Option<Pronouns>,
    },
}

/// The grammatical person a passage is recast into.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
pub enum Person {
    First,
    Third,
}

/// Third-person pronouns for a narrator.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
pub enum Pronouns {
    She,
    He,
    They,
}

/// Where a moment leads.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub enum Next {
    /// Straight on to another moment.
    Continue(String),
    /// The story ends here; the name says which ending it is.
    End(String),
    Choices(Vec<ChoiceDef>),
    /// On to the first moment whose ink condition holds, else `otherwise`:
    /// how a memory reached from two places returns to the right one.
    Route {
        routes: Vec<(String, String)>,
        otherwise: String,
    },
}

/// One option of a choice point (`Choice(…)` in the map).
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename = "Choice")]
pub struct ChoiceDef {
    /// What the reader picks, in the story's voice (not printed after).
    pub label: String,
    /// Offered only when this ink condition holds.
    #[serde(default)]
    pub cond: Option<String>,
    /// Ink assignments made when it is taken.
    #[serde(default)]
    pub effects: Vec<String>,
    /// Content shown after it is taken, before going on.
    #[serde(default)]
    pub body: Vec<Item>,
    /// The moment it leads to.
    pub to: String,
}

/// A passage of a seed left out on purpose.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct LeftOut {
    pub seed: String,
    pub from: String,
    #[serde(default)]
    pub to: Option<String>,
    pub why: String,
}

/// Reads a plot map; `file` names it in errors.
pub fn parse_map(file: &str, text: &str) -> Result<Map, ConvertError> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| ConvertError::MapSyntax {
            place: Place {
                file: file.to_string(),
                line: e.span.start.line,
                col: e.span.start.col,
            },
            message: e.code.to_string(),
        })
}

/// Where in the map a quoted string (an anchor, a knot name) is written,
/// for messages; the start of the file when it cannot be found.
pub fn place_of(file: &str, map_text: &str, literal: &str) -> Place {
    Place::at(file, map_text, offset_of(map_text, literal))
}

/// The byte offset of a quoted string's first character in the map.
pub fn offset_of(map_text: &str, literal: &str) -> usize {
    offset_from(map_text, literal, 0).unwrap_or(0)
}

/// The byte offset of a quoted string's first character in the map, at or
/// after byte `from`.
pub fn offset_from(map_text: &str, literal: &str, from: usize) -> Option<usize> {
    let escaped = format!("\"{}\"", literal.replace('\\', "\\\\").replace('"', "\\\""));
    let rest = map_text.get(from..)?;
    rest.find(&escaped).map(|i| from + i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_map_reads() {
        let text = r#"Map(
            title: "T", start: "a",
            seeds: [SeedEntry(name: "s", file: "s.txt", narrator: "Sakura")],
            vars: [("brave", "false")],
            moments: [
                Moment(knot: "a", body: [Seed(seed: "s", from: "One", to: "two."), Say("Later.")],
                    then: Choices([
                        Choice(label: "Go", cond: "brave", effects: ["brave = true"], to: "b"),
                        Choice(label: "Stay", to: "b"),
                    ])),
                Moment(knot: "b", body: [], then: End("the end")),
            ],
        )"#;
        let map = parse_map("m.ron", text).expect("map parses");
        assert_eq!(map.seeds[0].narrator.as_deref(), Some("Sakura"));
        let Next::Choices(choices) = &map.moments[0].then else {
            panic!("expected choices");
        };
        assert_eq!(choices[0].cond.as_deref(), Some("brave"));
        assert_eq!(choices[1].effects, Vec::<String>::new());
    }

    #[test]
    fn a_syntax_error_names_line_and_column() {
        let err = parse_map("m.ron", "Map(\n  title: 3,\n)").unwrap_err();
        let shown = err.to_string();
        assert!(shown.starts_with("m.ron:2:"), "{shown}");
    }
}
