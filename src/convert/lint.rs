//! The convert lint: what a converted story may get wrong that the
//! compiler cannot see. It warns of
//! - a change of point of view (first against third person narration,
//!   outside dialogue, after the edits) between two passages that follow
//!   each other on some path (the end of one against the start of the
//!   next), except into or out of a moment tagged `memory` or `flashback`;
//! - a passage placed twice where both placings can be on one path (neither
//!   inside an `If`, not in two options of one choice);
//! - a story paragraph of a seed the map neither uses nor leaves out;
//! - a flashback marker with no partner (a start with no end, an end with
//!   no start);
//! - quoted material (lyrics, or a moment tagged `lyrics`) without a
//!   `credit`.
//!
//! Every warning names its place in the map; the seed place, when there is
//! one, is in the message.

use super::error::Place;
use super::map::{self, Item, Map, Next, Person};
use super::prose::{Kind, Seed};
use super::report::{Fate, ParagraphReport, Placement};
use std::collections::{BTreeSet, HashMap};
use std::fmt;

/// One finding of the lint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Where in the map it is about.
    pub place: Place,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "warning: {}: {}", self.place, self.message)
    }
}

/// What the lint reads: the map, its seeds, the passages as placed and
/// what became of every paragraph.
pub struct Input<'a> {
    pub map: &'a Map,
    pub map_file: &'a str,
    pub map_text: &'a str,
    pub seeds: &'a [Seed],
    pub placements: &'a [Placement],
    /// In the order of the seeds' paragraphs, seed by seed.
    pub paragraphs: &'a [ParagraphReport],
}

/// Every warning, in the order: point of view, placed twice, dropped,
/// flashback markers, credits.
pub fn lint(input: &Input) -> Vec<Warning> {
    let mut out = point_of_view(input);
    out.extend(placed_twice(input.placements));
    out.extend(dropped(input));
    out.extend(flashback_markers(input));
    out.extend(uncredited(input.placements));
    out
}

fn person_name(p: Person) -> &'static str {
    match p {
        Person::First => "first",
        Person::Third => "third",
    }
}

fn point_of_view(input: &Input) -> Vec<Warning> {
    let flow = Flow::new(input.map);
    let mut out = Vec::new();
    for (a, b) in flow.adjacent() {
        let (pa, pb) = (&input.placements[a], &input.placements[b]);
        if pa.framed != pb.framed {
            // Into or out of a memory: a frame the map has marked.
            continue;
        }
        if let (Some(x), Some(y)) = (pa.closes_in, pb.opens_in)
            && x != y
        {
            let (x, y) = (person_name(x), person_name(y));
            out.push(Warning {
                place: pb.map.clone(),
                message: format!(
                    "the point of view changes from {x} person (the passage placed at {}, in {}) to {y} person here, in {}; recast one of them (`Recast`)",
                    pa.map, pa.knot, pb.knot
                ),
            });
        }
    }
    out
}

fn placed_twice(placements: &[Placement]) -> Vec<Warning> {
    let mut out = Vec::new();
    for (j, b) in placements.iter().enumerate() {
        let earlier = placements[..j].iter().find(|a| {
            let overlap = a.seed == b.seed
                && a.paragraphs.start() <= b.paragraphs.end()
                && b.paragraphs.start() <= a.paragraphs.end();
            let apart = a.knot == b.knot
                && a.choice.is_some()
                && b.choice.is_some()
                && a.choice != b.choice;
            overlap && !a.conditional && !b.conditional && !apart
        });
        if let Some(a) = earlier {
            out.push(Warning {
                place: b.map.clone(),
                message: format!(
                    "this passage is also placed at {} (in {}); a reader can meet it twice",
                    a.map, a.knot
                ),
            });
        }
    }
    out
}

fn dropped(input: &Input) -> Vec<Warning> {
    let mut out = Vec::new();
    for p in input.paragraphs {
        let Fate::Dropped(why) = &p.fate else {
            continue;
        };
        if why != super::report::NOT_USED {
            continue;
        }
        out.push(Warning {
            place: seed_entry_place(input, &p.place.file),
            message: format!(
                "{} ({} words, \"{}\") is story the map neither uses nor leaves out (`left_out`)",
                p.place, p.words, p.opening
            ),
        });
    }
    out
}

fn flashback_markers(input: &Input) -> Vec<Warning> {
    let mut out = Vec::new();
    for seed in input.seeds {
        let mut open: Option<usize> = None;
        let mut unmatched = Vec::new();
        for (i, p) in seed.paragraphs.iter().enumerate() {
            match p.kind {
                Kind::FlashbackStart => {
                    if let Some(start) = open.replace(i) {
                        unmatched.push((start, START_ALONE));
                    }
                }
                // An end closes the open start; with none open it is alone.
                Kind::FlashbackEnd if open.take().is_none() => {
                    unmatched.push((i, "a flashback end marker with no start marker before it"));
                }
                _ => {}
            }
        }
        if let Some(start) = open {
            unmatched.push((start, START_ALONE));
        }
        unmatched.sort();
        for (i, what) in unmatched {
            let at = Place::at(&seed.name, &seed.text, seed.paragraphs[i].start);
            out.push(Warning {
                place: seed_entry_place(input, &seed.name),
                message: format!("{at}: {what}"),
            });
        }
    }
    out
}

const START_ALONE: &str = "a flashback start marker with no end marker after it (the flashback runs to the next scene break)";

fn uncredited(placements: &[Placement]) -> Vec<Warning> {
    placements
        .iter()
        .filter(|p| p.quoted && !p.credited)
        .map(|p| Warning {
            place: p.map.clone(),
            message: format!(
                "quoted material (lyrics) in {} without a credit; add `credit: \"…\"` to the Seed or its Moment",
                p.knot
            ),
        })
        .collect()
}

/// Where the map names a seed file (its `SeedEntry`).
fn seed_entry_place(input: &Input, file: &str) -> Place {
    map::place_of(input.map_file, input.map_text, file)
}

/// The map's moments as the lint walks them: for each, its passages in
/// order with the alternatives `If` makes, and where each way out leads.
struct Flow {
    moments: HashMap<String, MomentFlow>,
}

/// A sequence of passages (indices into the placements) and alternatives.
#[derive(Clone, Debug)]
enum Node {
    Passage(usize),
    Alt(Vec<Vec<Node>>),
}

struct MomentFlow {
    body: Vec<Node>,
    /// Each way out: the content on the way (a choice's body) and where it
    /// leads (`None` for the end).
    exits: Vec<(Vec<Node>, Option<String>)>,
}

/// The first and last passages of a sequence, whether it can show none,
/// and the pairs of passages that follow each other inside it.
#[derive(Clone, Debug, Default)]
struct Ends {
    first: BTreeSet<usize>,
    last: BTreeSet<usize>,
    empty: bool,
    pairs: BTreeSet<(usize, usize)>,
}

impl Ends {
    fn empty() -> Ends {
        Ends {
            empty: true,
            ..Ends::default()
        }
    }

    fn then(self, next: Ends) -> Ends {
        let mut pairs = self.pairs;
        pairs.extend(next.pairs);
        for &a in &self.last {
            pairs.extend(next.first.iter().map(|&b| (a, b)));
        }
        let mut first = self.first;
        if self.empty {
            first.extend(&next.first);
        }
        let mut last = next.last;
        if next.empty {
            last.extend(&self.last);
        }
        Ends {
            first,
            last,
            empty: self.empty && next.empty,
            pairs,
        }
    }

    fn or(mut self, other: Ends) -> Ends {
        self.first.extend(other.first);
        self.last.extend(other.last);
        self.pairs.extend(other.pairs);
        self.empty |= other.empty;
        self
    }
}

fn ends(nodes: &[Node]) -> Ends {
    nodes.iter().fold(Ends::empty(), |acc, node| {
        let here = match node {
            Node::Passage(i) => Ends {
                first: BTreeSet::from([*i]),
                last: BTreeSet::from([*i]),
                empty: false,
                pairs: BTreeSet::new(),
            },
            Node::Alt(branches) => {
                let mut it = branches.iter().map(|b| ends(b));
                let first = it.next().unwrap_or_else(Ends::empty);
                it.fold(first, Ends::or)
            }
        };
        acc.then(here)
    })
}

impl Flow {
    /// Numbers the passages in the order `emit` places them.
    fn new(map: &Map) -> Flow {
        let mut next = 0;
        let mut moments = HashMap::new();
        for m in &map.moments {
            let body = nodes(&m.body, &mut next);
            let exits = match &m.then {
                Next::Continue(to) => vec![(Vec::new(), Some(to.clone()))],
                Next::End(_) => vec![(Vec::new(), None)],
                Next::Choices(choices) => choices
                    .iter()
                    .map(|c| (nodes(&c.body, &mut next), Some(c.to.clone())))
                    .collect(),
                Next::Route { routes, otherwise } => routes
                    .iter()
                    .map(|(_, to)| to)
                    .chain([otherwise])
                    .map(|to| (Vec::new(), Some(to.clone())))
                    .collect(),
            };
            moments.insert(m.knot.clone(), MomentFlow { body, exits });
        }
        Flow { moments }
    }

    /// Every pair of passages that can follow each other on a path.
    fn adjacent(&self) -> BTreeSet<(usize, usize)> {
        let mut pairs = BTreeSet::new();
        for m in self.moments.values() {
            for (way, to) in &m.exits {
                let mut nodes = m.body.clone();
                nodes.extend(way.iter().cloned());
                let inside = ends(&nodes);
                pairs.extend(inside.pairs.iter().copied());
                if let Some(to) = to {
                    let next = self.first_of(to, &mut BTreeSet::new());
                    for &a in &inside.last {
                        pairs.extend(next.iter().map(|&b| (a, b)));
                    }
                }
            }
        }
        pairs
    }

    /// The passages a moment can open with, looking through moments that
    /// show none on some way through.
    fn first_of(&self, knot: &str, seen: &mut BTreeSet<String>) -> BTreeSet<usize> {
        let mut out = BTreeSet::new();
        if !seen.insert(knot.to_string()) {
            return out;
        }
        let Some(m) = self.moments.get(knot) else {
            return out;
        };
        for (way, to) in &m.exits {
            let mut nodes = m.body.clone();
            nodes.extend(way.iter().cloned());
            let e = ends(&nodes);
            out.extend(e.first);
            if e.empty
                && let Some(to) = to
            {
                out.extend(self.first_of(to, seen));
            }
        }
        out
    }
}

/// The passages of a list of items, numbered from `next` on.
fn nodes(items: &[Item], next: &mut usize) -> Vec<Node> {
    let mut out = Vec::new();
    for item in items {
        match item {
            Item::Seed { .. } => {
                out.push(Node::Passage(*next));
                *next += 1;
            }
            Item::If {
                then, otherwise, ..
            } => {
                let then = nodes(then, next);
                let otherwise = nodes(otherwise, next);
                out.push(Node::Alt(vec![then, otherwise]));
            }
            Item::Say(_) | Item::Set(_) => {}
        }
    }
    out
}
