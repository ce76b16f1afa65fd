//! Story statistics (`weave stats`): words per knot and in total, counted
//! on the compiled text (prose apart from choice text, tags left out), the
//! number of choices, variables, knots and stitches; and, from an
//! exploration and random games, the endings, the words a typical
//! playthrough reads and the shortest and longest paths to each ending.
//!
//! Choice text is counted apart because ink's `start[choice-only]output`
//! puts a choice's start both in the menu and in the output that follows.

use super::explore::{Exploration, ExploreOptions, explore};
use super::random::{RandomOptions, RandomReport, play_random};
use crate::compile::{Op, Program};
use std::sync::Arc;

/// Words in one knot (with its stitches).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnotWords {
    pub knot: String,
    /// Words of text output (not choice text, not tags).
    pub words: usize,
    /// Words of choice text as offered in menus.
    pub choice_words: usize,
}

/// What `weave stats` reports.
#[derive(Clone, Debug)]
pub struct Stats {
    /// Knots in code order; the story's start is `(root)`.
    pub knots: Vec<KnotWords>,
    pub words: usize,
    pub choice_words: usize,
    pub choices: usize,
    /// Global variables (`VAR`s and the variables `LIST`s declare).
    pub variables: usize,
    pub knot_count: usize,
    pub stitch_count: usize,
    pub functions: usize,
    pub exploration: Exploration,
    pub random: RandomReport,
}

impl Stats {
    /// The words a typical playthrough reads: the median over the random
    /// games (0 when none ran).
    pub fn typical_words(&self) -> usize {
        let mut words = self.random.words.clone();
        words.sort_unstable();
        words.get(words.len() / 2).copied().unwrap_or(0)
    }
}

/// Counts the story's words and structure, explores it within `explore`'s
/// budget and plays `random` games.
pub fn story_stats(
    program: Arc<Program>,
    explore_options: &ExploreOptions,
    random_options: &RandomOptions,
) -> Stats {
    let knots = words_per_knot(&program);
    let flows = program.flows.iter().filter(|f| !f.function);
    let stitch_count = flows.clone().filter(|f| f.path.contains('.')).count();
    // The root flow is not a knot.
    let knot_count = flows.count() - stitch_count - 1;
    Stats {
        words: knots.iter().map(|k| k.words).sum(),
        choice_words: knots.iter().map(|k| k.choice_words).sum(),
        knots,
        choices: program.choices.iter().filter(|c| !c.fallback).count(),
        variables: program.globals.len(),
        knot_count,
        stitch_count,
        functions: program.flows.iter().filter(|f| f.function).count(),
        exploration: explore(program.clone(), explore_options, &mut |_| {}),
        random: play_random(program, random_options, &mut |_| {}),
    }
}

/// Words of text in each knot's code (stitches count toward their knot,
/// functions are knots of their own).
pub fn words_per_knot(program: &Program) -> Vec<KnotWords> {
    let mut order: Vec<usize> = (0..program.flows.len()).collect();
    order.sort_by_key(|&f| program.flows[f].entry);
    let mut knots: Vec<KnotWords> = Vec::new();
    for (k, &f) in order.iter().enumerate() {
        let flow = &program.flows[f];
        let start = flow.entry as usize;
        let end = order
            .get(k + 1)
            .map_or(program.code.len(), |&g| program.flows[g].entry as usize);
        let knot = flow.path.split('.').next().unwrap_or("").to_string();
        let (words, choice_words) = count_words(program, &program.code[start..end.max(start)]);
        match knots.iter_mut().find(|w| w.knot == knot) {
            Some(w) => {
                w.words += words;
                w.choice_words += choice_words;
            }
            None => knots.push(KnotWords {
                knot,
                words,
                choice_words,
            }),
        }
    }
    knots
}

/// Words in text instructions: (outside strings, inside strings); tags are
/// skipped.
fn count_words(program: &Program, code: &[Op]) -> (usize, usize) {
    let (mut prose, mut menu) = (0, 0);
    let (mut strings, mut tags) = (0usize, 0usize);
    for op in code {
        match *op {
            Op::BeginString => strings += 1,
            Op::EndString => strings = strings.saturating_sub(1),
            Op::BeginTag => tags += 1,
            Op::EndTag => tags = tags.saturating_sub(1),
            Op::Text(s) if tags == 0 => {
                let n = program.strings[s as usize].split_whitespace().count();
                if strings == 0 {
                    prose += n;
                } else {
                    menu += n;
                }
            }
            _ => {}
        }
    }
    (prose, menu)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::ron::parse_ron;

    #[test]
    fn words_are_counted_per_knot_with_choice_text_apart_and_tags_left_out() {
        let text = r#"Story(title: "t", body: [Line("One two three. #not counted"), Line("-> a")], knots: [
            Knot(name: "a", body: [Line("Four five."), Choice(text: "Six [seven]", then: [Line("-> a.b")])],
                 stitches: [Stitch(name: "b", body: [Line("Eight nine ten."), Line("-> END")])]),
        ])"#;
        let story = parse_ron(crate::story::FileId(0), text).expect("parses");
        let program = crate::compile::compile(&story).expect("compiles").0;
        let words = words_per_knot(&program);
        let a = words.iter().find(|w| w.knot == "a").expect("knot a");
        let root = words.iter().find(|w| w.knot == "(root)").expect("root");
        assert_eq!(root.words, 3);
        // "Four five." and "Eight nine ten." and the output "Six".
        assert_eq!(a.words, 6);
        assert_eq!(a.choice_words, 2);
    }
}
