//! The conversion report: every seed paragraph with what became of it
//! (used in which knots, or dropped and why), and how many words came from
//! the seeds against how many the map added.

use super::anchor::{self, Lookup};
use super::error::{ConvertError, Place};
use super::map::{self, Map};
use super::prose::Seed;
use std::collections::BTreeMap;
use std::fmt::Write;

/// What the builder saw while emitting: paragraph uses, map words,
/// choice points and endings.
#[derive(Clone, Debug, Default)]
pub struct Usage {
    /// (seed index, paragraph index) → knots it was used in.
    pub used: BTreeMap<(usize, usize), Vec<String>>,
    pub map_words: usize,
    pub choice_points: usize,
    /// (knot, ending name)
    pub endings: Vec<(String, String)>,
}

impl Usage {
    pub fn record(&mut self, seed: usize, paragraph: usize, knot: &str) {
        let knots = self.used.entry((seed, paragraph)).or_default();
        if !knots.iter().any(|k| k == knot) {
            knots.push(knot.to_string());
        }
    }
}

/// What became of one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fate {
    Used(Vec<String>),
    Dropped(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParagraphReport {
    /// Where it starts in the seed.
    pub place: Place,
    pub words: usize,
    /// Its first words, to recognise it by.
    pub opening: String,
    pub fate: Fate,
}

/// The whole report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub paragraphs: Vec<ParagraphReport>,
    /// Words in all the seeds' paragraphs, story or not.
    pub seed_words: usize,
    /// Words of seed paragraphs the story uses (each paragraph once).
    pub used_words: usize,
    /// Words the map added: choice labels and connective lines.
    pub map_words: usize,
    pub knots: usize,
    pub choice_points: usize,
    /// (knot, ending name)
    pub endings: Vec<(String, String)>,
}

/// Puts the report together from the builder's usage and the map's
/// `left_out` reasons.
pub fn report(
    map: &Map,
    map_file: &str,
    map_text: &str,
    seeds: &[Seed],
    usage: Usage,
) -> Result<Report, ConvertError> {
    let reasons = left_out_reasons(map, map_file, map_text, seeds)?;
    let mut paragraphs = Vec::new();
    let (mut seed_words, mut used_words) = (0, 0);
    for (s, seed) in seeds.iter().enumerate() {
        for (p, paragraph) in seed.paragraphs.iter().enumerate() {
            let words = paragraph.words();
            seed_words += words;
            let fate = match (usage.used.get(&(s, p)), paragraph.kind.why_not_story()) {
                (Some(knots), _) => {
                    used_words += words;
                    Fate::Used(knots.clone())
                }
                (None, Some(why)) => Fate::Dropped(why.to_string()),
                (None, None) => Fate::Dropped(
                    reasons
                        .get(&(s, p))
                        .cloned()
                        .unwrap_or_else(|| "not used by the map".into()),
                ),
            };
            paragraphs.push(ParagraphReport {
                place: Place::at(&seed.name, &seed.text, paragraph.start),
                words,
                opening: opening(&paragraph.lines.join(" ")),
                fate,
            });
        }
    }
    Ok(Report {
        paragraphs,
        seed_words,
        used_words,
        map_words: usage.map_words,
        knots: map.moments.len(),
        choice_points: usage.choice_points,
        endings: usage.endings,
    })
}

fn left_out_reasons(
    map: &Map,
    map_file: &str,
    map_text: &str,
    seeds: &[Seed],
) -> Result<BTreeMap<(usize, usize), String>, ConvertError> {
    let mut reasons = BTreeMap::new();
    for entry in &map.left_out {
        let Some(s) = map.seeds.iter().position(|e| e.name == entry.seed) else {
            return Err(ConvertError::UnknownSeed {
                map: map::place_of(map_file, map_text, &entry.seed),
                name: entry.seed.clone(),
            });
        };
        let place = |a: &str| map::place_of(map_file, map_text, a);
        let look = Lookup {
            seed: &seeds[s],
            map_place: &place,
        };
        for p in anchor::passage(&look, &entry.from, entry.to.as_deref())? {
            reasons.insert((s, p), format!("left out: {}", entry.why));
        }
    }
    Ok(reasons)
}

fn opening(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words[..words.len().min(8)].join(" ");
    if words.len() > 8 {
        out.push('…');
    }
    out
}

impl Report {
    /// The report as people read it.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for p in &self.paragraphs {
            let fate = match &p.fate {
                Fate::Used(knots) => format!("used in {}", knots.join(", ")),
                Fate::Dropped(why) => format!("dropped: {why}"),
            };
            let _ = writeln!(
                out,
                "{} ({} words) {}\n    {}",
                p.place, p.words, p.opening, fate
            );
        }
        let _ = writeln!(
            out,
            "\n{} knots, {} choice points, {} endings: {}",
            self.knots,
            self.choice_points,
            self.endings.len(),
            self.endings
                .iter()
                .map(|(k, e)| format!("{e} ({k})"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let _ = writeln!(
            out,
            "words: {} in the seeds, {} of them used; {} added by the map",
            self.seed_words, self.used_words, self.map_words
        );
        out
    }
}
