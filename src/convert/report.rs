//! The conversion report: every seed paragraph with what became of it
//! (used in which knots, or dropped and why), and how many words came from
//! the seeds against how many the map added.

use super::anchor::{self, Lookup};
use super::error::{ConvertError, Place};
use super::lint::{self, Warning};
use super::map::{self, Map, Person};
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
    /// Seed words replaced by edits, and seed words cut.
    pub words_changed: usize,
    pub words_cut: usize,
    pub choice_points: usize,
    /// (knot, ending name)
    pub endings: Vec<(String, String)>,
    /// Every editorial operation, in map order.
    pub edits: Vec<EditRecord>,
    /// Every seed passage placed in the story, in map order.
    pub placements: Vec<Placement>,
}

/// One editorial operation as the report lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditRecord {
    /// Where the map declares it.
    pub map: Place,
    pub knot: String,
    /// Where in the seed it applies.
    pub seed: Place,
    /// What it does, as the report shows it (`Fix "teh" → "the"`).
    pub what: String,
    pub changed: usize,
    pub cut: usize,
}

/// A seed passage placed in a knot, as the lint checks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    /// Where the map places it (its `from` anchor).
    pub map: Place,
    pub knot: String,
    pub seed: usize,
    pub paragraphs: std::ops::RangeInclusive<usize>,
    /// The person its narration opens and closes in, after its edits
    /// (`None` when no line of it is clear).
    pub opens_in: Option<Person>,
    pub closes_in: Option<Person>,
    /// Its moment is tagged `memory` or `flashback`: a frame, which may be
    /// told in another voice.
    pub framed: bool,
    /// It holds lyrics, or its moment is tagged `lyrics`: quoted material.
    pub quoted: bool,
    /// It or its moment carries a `credit`.
    pub credited: bool,
    /// It is inside an `If`.
    pub conditional: bool,
    /// The option of its moment's choice whose body holds it.
    pub choice: Option<usize>,
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
    /// The inline author's notes taken out of it.
    pub notes: Vec<String>,
    pub fate: Fate,
}

/// The whole report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub paragraphs: Vec<ParagraphReport>,
    /// Words in all the seeds' paragraphs, story or not, inline notes
    /// included.
    pub seed_words: usize,
    /// Words of seed paragraphs the story uses (each paragraph once).
    pub used_words: usize,
    /// Of those, the words the story shows as the seeds wrote them: not
    /// changed by an edit, not cut.
    pub kept_words: usize,
    /// Seed words an edit replaced (`Fix`, `Recast`).
    pub changed_words: usize,
    /// Seed words a `Cut` removed.
    pub cut_words: usize,
    /// Words the map wrote: choice labels and connective lines.
    pub map_words: usize,
    /// Every editorial operation, in map order.
    pub edits: Vec<EditRecord>,
    /// The convert lint's findings.
    pub warnings: Vec<Warning>,
    pub knots: usize,
    pub choice_points: usize,
    /// (knot, ending name)
    pub endings: Vec<(String, String)>,
}

/// The fate of a story paragraph the map does not mention.
pub const NOT_USED: &str = "not used by the map";

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
            seed_words += words + paragraph.note_words();
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
                        .unwrap_or_else(|| NOT_USED.into()),
                ),
            };
            paragraphs.push(ParagraphReport {
                place: Place::at(&seed.name, &seed.text, paragraph.start),
                words,
                opening: opening(&paragraph.lines.join(" ")),
                notes: paragraph.notes.clone(),
                fate,
            });
        }
    }
    let warnings = lint::lint(&lint::Input {
        map,
        map_file,
        map_text,
        seeds,
        placements: &usage.placements,
        paragraphs: &paragraphs,
    });
    Ok(Report {
        warnings,
        paragraphs,
        seed_words,
        used_words,
        kept_words: used_words.saturating_sub(usage.words_changed + usage.words_cut),
        changed_words: usage.words_changed,
        cut_words: usage.words_cut,
        map_words: usage.map_words,
        edits: usage.edits,
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

fn words(n: usize) -> String {
    match n {
        1 => "1 word".to_string(),
        n => format!("{n} words"),
    }
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
                "{} ({}) {}\n    {}",
                p.place,
                words(p.words),
                p.opening,
                fate
            );
            for note in &p.notes {
                let _ = writeln!(out, "    inline author's note taken out: {note}");
            }
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
        if !self.edits.is_empty() {
            let _ = writeln!(out, "\nedits:");
        }
        for e in &self.edits {
            let _ = writeln!(
                out,
                "{} {} in {} at {}: {} changed, {} cut",
                e.map,
                e.what,
                e.knot,
                e.seed,
                words(e.changed),
                words(e.cut)
            );
        }
        let _ = writeln!(
            out,
            "words: {} in the seeds, {} of them used; {} added by the map",
            self.seed_words, self.used_words, self.map_words
        );
        let _ = writeln!(
            out,
            "provenance: {} seed words kept as written, {} changed by edits, {} cut; {} written by the map",
            self.kept_words, self.changed_words, self.cut_words, self.map_words
        );
        let _ = writeln!(out, "lint: {} warning(s)", self.warnings.len());
        for w in &self.warnings {
            let _ = writeln!(out, "{w}");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::{convert, map::parse_map};

    const SEED: &str =
        "A Short Title\n\nOne two three.\n\nFour five.\n\nSix.\n\nA/N: seven eight\n";
    const MAP: &str = r#"Map(
        title: "T", start: "a",
        seeds: [SeedEntry(name: "s", file: "s.txt")],
        moments: [
            Moment(knot: "a", body: [Seed(seed: "s", from: "One")],
                then: Choices([Choice(label: "Go on now", to: "b")])),
            Moment(knot: "b", body: [Say("Words the map added."), Seed(seed: "s", from: "One")],
                then: End("the end")),
        ],
        left_out: [LeftOut(seed: "s", from: "Four", why: "too short")],
    )"#;

    fn report() -> Report {
        let map = parse_map("m.ron", MAP).expect("map parses");
        convert(&map, "m.ron", MAP, &[SEED.to_string()])
            .expect("converts")
            .1
    }

    #[test]
    fn words_are_counted_from_seeds_and_from_the_map() {
        let r = report();
        assert_eq!(r.seed_words, 3 + 3 + 2 + 1 + 3);
        // "One two three." is used twice but counted once.
        assert_eq!(r.used_words, 3);
        assert_eq!(r.map_words, 3 + 4);
        assert_eq!((r.knots, r.choice_points), (2, 1));
        assert_eq!(r.endings, vec![("b".to_string(), "the end".to_string())]);
    }

    #[test]
    fn every_paragraph_says_what_became_of_it() {
        let fates: Vec<(usize, Fate)> = report()
            .paragraphs
            .into_iter()
            .map(|p| (p.place.line, p.fate))
            .collect();
        let dropped = |why: &str| Fate::Dropped(why.to_string());
        assert_eq!(
            fates,
            vec![
                (1, dropped("the seed's title")),
                (3, Fate::Used(vec!["a".into(), "b".into()])),
                (5, dropped("left out: too short")),
                (7, dropped("not used by the map")),
                (9, dropped("author's note")),
            ]
        );
        let shown = report().render();
        assert!(
            shown.contains("s.txt:5:1 (2 words) Four five.\n    dropped: left out: too short"),
            "{shown}"
        );
        assert!(
            shown.contains("words: 12 in the seeds, 3 of them used; 7 added by the map"),
            "{shown}"
        );
    }
}
