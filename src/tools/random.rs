//! Random playthroughs (`weave explore --random N --seed S`): N games, each
//! choice picked by a ChaCha8 stream seeded with S, so the same N and S
//! always play the same games. Game `i` runs the story with seed `S + i`,
//! which `weave replay --choices PATH --seed S+i` takes to replay it.
//!
//! It reports the endings reached and how often, per-line coverage, the
//! words read per game, and the path of every game that hit a runtime
//! error. A game that makes `max_choices` choices without ending is cut
//! off and counted as unfinished.

use super::Coverage;
use super::explore::{EndKind, describe_end};
use crate::compile::{Pc, Program};
use crate::runtime::{Prompt, Session};
use crate::story::Span;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Clone, Debug)]
pub struct RandomOptions {
    pub runs: usize,
    pub seed: u64,
    /// A game that makes this many choices is cut off.
    pub max_choices: usize,
}

impl Default for RandomOptions {
    fn default() -> Self {
        RandomOptions {
            runs: 100,
            seed: 0,
            max_choices: 5_000,
        }
    }
}

/// An ending some games reached.
#[derive(Clone, Debug)]
pub struct EndingSeen {
    pub pc: Pc,
    pub kind: EndKind,
    pub flow: String,
    pub span: Option<Span>,
    /// How many games ended here.
    pub count: usize,
    /// The shortest and longest games (in choices) that ended here.
    pub shortest: usize,
    pub longest: usize,
}

/// A game that hit a runtime error.
#[derive(Clone, Debug)]
pub struct FailedGame {
    pub message: String,
    pub span: Option<Span>,
    /// The story seed of the game (`weave replay --seed`).
    pub seed: u64,
    /// The choices made up to and including the one that failed.
    pub path: Vec<usize>,
}

/// What the random games found.
#[derive(Clone, Debug)]
pub struct RandomReport {
    pub runs: usize,
    pub choices: usize,
    /// Words read in each game, in order.
    pub words: Vec<usize>,
    pub endings: Vec<EndingSeen>,
    pub unfinished: usize,
    pub failures: Vec<FailedGame>,
    pub coverage: Coverage,
    pub elapsed: Duration,
}

/// How one game went.
enum Outcome {
    Ended(Option<Pc>),
    CutOff,
    Failed(String, Option<Span>),
}

/// Plays `options.runs` random games; `progress` is called after each.
pub fn play_random(
    program: Arc<Program>,
    options: &RandomOptions,
    progress: &mut dyn FnMut(usize),
) -> RandomReport {
    let started = Instant::now();
    let mut picker = ChaCha8Rng::seed_from_u64(options.seed);
    let mut seen = vec![false; program.code.len()];
    let mut report = RandomReport {
        runs: options.runs,
        choices: 0,
        words: Vec::with_capacity(options.runs),
        endings: Vec::new(),
        unfinished: 0,
        failures: Vec::new(),
        coverage: Coverage::default(),
        elapsed: Duration::ZERO,
    };
    for run in 0..options.runs {
        let seed = options.seed.wrapping_add(run as u64);
        let mut session = Session::new(program.clone(), seed);
        session.lend_coverage(seen);
        let mut path = Vec::new();
        let mut words = 0;
        let outcome = play_one(&mut session, &mut picker, options, &mut path, &mut words);
        seen = session.take_coverage().unwrap_or_default();
        report.choices += path.len();
        report.words.push(words);
        match outcome {
            Outcome::Ended(pc) => note_ending(&mut report, &program, pc, path.len()),
            Outcome::CutOff => report.unfinished += 1,
            Outcome::Failed(message, span) => report.failures.push(FailedGame {
                message,
                span,
                seed,
                path,
            }),
        }
        progress(run + 1);
    }
    report.coverage = Coverage::of(&program, &seen);
    report.endings.sort_by_key(|e| std::cmp::Reverse(e.count));
    report.elapsed = started.elapsed();
    report
}

fn play_one(
    session: &mut Session,
    picker: &mut ChaCha8Rng,
    options: &RandomOptions,
    path: &mut Vec<usize>,
    words: &mut usize,
) -> Outcome {
    loop {
        let turn = match session.continue_turn() {
            Ok(turn) => turn,
            Err(e) => return Outcome::Failed(e.message, e.span),
        };
        *words += turn
            .lines
            .iter()
            .map(|l| l.text.split_whitespace().count())
            .sum::<usize>();
        let Prompt::Choice(choices) = turn.prompt else {
            return Outcome::Ended(session.stopped_at());
        };
        if path.len() >= options.max_choices {
            return Outcome::CutOff;
        }
        let pick = picker.random_range(0..choices.len());
        path.push(pick);
        if let Err(e) = session.choose(pick) {
            return Outcome::Failed(e.message, e.span);
        }
    }
}

fn note_ending(report: &mut RandomReport, program: &Program, pc: Option<Pc>, choices: usize) {
    let pc = pc.unwrap_or(Pc::MAX);
    if let Some(seen) = report.endings.iter_mut().find(|e| e.pc == pc) {
        seen.count += 1;
        seen.shortest = seen.shortest.min(choices);
        seen.longest = seen.longest.max(choices);
        return;
    }
    let (kind, flow, span) = describe_end(program, pc);
    report.endings.push(EndingSeen {
        pc,
        kind,
        flow,
        span,
        count: 1,
        shortest: choices,
        longest: choices,
    });
}
