//! Replaying a path of choices on a story, and loading a save: restore its
//! snapshot when the story is the one it was made on, otherwise replay its
//! path by choice ids and say where, if anywhere, it stops fitting.
//!
//! An author's moves (`goto`, `--from`, `--set`) are not choices; a game
//! that made them keeps them as [`Cheats`] so that a replay makes them again
//! at the same points.
//!
//! Invariant: replay is deterministic: the same program, seed and path give
//! the same turns, because the session's only randomness is its seeded RNG.

use super::{SaveError, SaveFile, SnapshotPart};
use crate::compile::Program;
use crate::runtime::{ChoiceView, Line, Prompt, RuntimeError, Session, Step, Turn, Value};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// Why a step of a path does not fit the story.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The story ended before the step.
    Ended,
    /// The step's choice is not among those offered; these were.
    NotOffered { offered: Vec<String> },
    /// A choice number beyond the choices offered (ad-hoc paths only).
    OutOfRange { offered: usize },
}

/// The first step of a path that does not fit, 1-based, with its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Break {
    pub step: usize,
    pub text: String,
    pub reason: Reason,
}

impl Break {
    /// How many choices of the path still fit: those before this step.
    pub fn fitting(&self) -> usize {
        self.step - 1
    }
}

impl fmt::Display for Break {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "step {} (\"{}\") no longer fits: ", self.step, self.text)?;
        match &self.reason {
            Reason::Ended => write!(f, "the story ends before it"),
            Reason::OutOfRange { offered } => {
                write!(f, "only {offered} choices are offered")
            }
            Reason::NotOffered { offered } => {
                let quoted: Vec<String> = offered.iter().map(|t| format!("\"{t}\"")).collect();
                // An unlabelled choice is known by its words, so rewording
                // it is the usual cause; a label is the cure.
                write!(
                    f,
                    "the story offers {} instead (a reworded choice gets a new id; \
                     give the choice a label to keep it: RON `label: \"name\"`, ink \
                     `* (name) text`)",
                    quoted.join(", ")
                )
            }
        }
    }
}

/// The outcome of replaying a path.
pub struct Replayed {
    /// The session where the replay stopped: after the last step, or at the
    /// choice point of the first step that did not fit.
    pub session: Session,
    /// Every turn played, in order: the one before each step taken, then
    /// the one where the replay stopped.
    pub turns: Vec<Turn>,
    /// The first step that did not fit, if any.
    pub broken: Option<Break>,
}

impl Replayed {
    /// The turn the reader is at now.
    pub fn current(&self) -> Option<&Turn> {
        self.turns.last()
    }
}

/// Replays `path` from a new game with `seed`, matching each step by its
/// stable choice id.
pub fn replay_path(
    program: Arc<Program>,
    seed: u64,
    path: &[Step],
) -> Result<Replayed, RuntimeError> {
    replay_cheated(program, seed, &Cheats::default(), path)
}

/// Replays `path` by stable choice ids as [`replay_path`] does, making the
/// author's moves in `cheats` again where they were made.
pub fn replay_cheated(
    program: Arc<Program>,
    seed: u64,
    cheats: &Cheats,
    path: &[Step],
) -> Result<Replayed, RuntimeError> {
    let session = Session::new(program, seed);
    let text = |i: usize| path[i].text.clone();
    replay_with(session, cheats, path.len(), text, |i, offered| {
        let step = &path[i];
        let found = offered.iter().position(|c| c.id == step.id);
        found.ok_or_else(|| Break {
            step: i + 1,
            text: step.text.clone(),
            reason: Reason::NotOffered {
                offered: offered.iter().map(|c| c.text.clone()).collect(),
            },
        })
    })
}

/// Replays choices given by 1-based numbers, as `weave replay --choices`
/// takes them.
pub fn replay_numbers(
    program: Arc<Program>,
    seed: u64,
    numbers: &[usize],
) -> Result<Replayed, RuntimeError> {
    let session = Session::new(program, seed);
    let text = |i: usize| format!("choice {}", numbers[i]);
    replay_with(
        session,
        &Cheats::default(),
        numbers.len(),
        text,
        |i, offered| {
            let number = numbers[i];
            if (1..=offered.len()).contains(&number) {
                Ok(number - 1)
            } else {
                Err(Break {
                    step: i + 1,
                    text: text(i),
                    reason: Reason::OutOfRange {
                        offered: offered.len(),
                    },
                })
            }
        },
    )
}

/// Plays `steps` turns from `session`, asking `pick` which of the offered
/// choices step `i` (0-based) takes, and making the author's moves on the way.
fn replay_with(
    mut session: Session,
    cheats: &Cheats,
    steps: usize,
    step_text: impl Fn(usize) -> String,
    mut pick: impl FnMut(usize, &[ChoiceView]) -> Result<usize, Break>,
) -> Result<Replayed, RuntimeError> {
    for cheat in &cheats.start {
        cheat.apply(&mut session)?;
    }
    let mut turns = Vec::with_capacity(steps + 1);
    for i in 0..=steps {
        let mut turn = session.continue_turn()?;
        for cheat in cheats.made_at(i) {
            cheat.apply(&mut session)?;
            if let Cheat::Goto(_) = cheat {
                turns.push(turn);
                turn = session.continue_turn()?;
            }
        }
        if i == steps {
            turns.push(turn);
            break;
        }
        let picked = match &turn.prompt {
            Prompt::Choice(offered) => pick(i, offered),
            Prompt::Done => Err(Break {
                step: i + 1,
                text: step_text(i),
                reason: Reason::Ended,
            }),
        };
        turns.push(turn);
        match picked {
            Ok(index) => session.choose(index)?,
            Err(broken) => {
                return Ok(Replayed {
                    session,
                    turns,
                    broken: Some(broken),
                });
            }
        }
    }
    Ok(Replayed {
        session,
        turns,
        broken: None,
    })
}

/// One move an author made outside the story's choices.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Cheat {
    /// Jump to a knot or stitch (`goto`, `--from`).
    Goto(String),
    /// Give a global variable a value (`--set`).
    Set(String, Value),
}

impl Cheat {
    /// Makes the move on `session` (which then counts as cheated).
    pub fn apply(&self, session: &mut Session) -> Result<(), RuntimeError> {
        match self {
            Cheat::Goto(path) => session.goto(path),
            Cheat::Set(name, value) => session.set_variable(name, value.clone()),
        }
    }
}

/// The author's moves in one game, kept so that replays (undo, reload,
/// loading a save on an edited story) make them again.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Cheats {
    /// Made before the first turn (`weave play --from KNOT --set x=1`).
    pub start: Vec<Cheat>,
    /// Made at a choice point, once its turn was shown: after this many
    /// choices.
    pub during: Vec<(usize, Cheat)>,
}

impl Cheats {
    /// True when the author made no moves.
    pub fn is_empty(&self) -> bool {
        self.start.is_empty() && self.during.is_empty()
    }

    /// The moves made at the choice point after `choices` choices.
    fn made_at(&self, choices: usize) -> impl Iterator<Item = &Cheat> {
        self.during
            .iter()
            .filter(move |(at, _)| *at == choices)
            .map(|(_, cheat)| cheat)
    }

    /// Forgets the moves made after the first `choices` choices (for undo).
    pub fn keep_until(&mut self, choices: usize) {
        self.during.retain(|(at, _)| *at <= choices);
    }
}

/// A save turned back into a session.
pub struct Loaded {
    pub session: Session,
    /// What to show the reader now: the last line and the open choices.
    pub turn: Turn,
    /// True when the story had changed and the path was replayed.
    pub replayed: bool,
    /// When replayed: the first step that no longer fits. The session is
    /// then at the furthest point that does.
    pub broken: Option<Break>,
    /// When the story is unchanged but the save's snapshot could not be
    /// used (made by another weave, edited, damaged): why, for the reader.
    /// The path was replayed instead.
    pub snapshot_unused: Option<String>,
}

/// Loads `save` onto `program`: restores the snapshot if the program is the
/// one the save was made on, otherwise (or if the snapshot cannot be
/// restored) replays the path by choice ids.
pub fn load(program: Arc<Program>, save: &SaveFile) -> Result<Loaded, SaveError> {
    if save.story != program.title {
        return Err(SaveError::OtherStory {
            expected: program.title.clone(),
            found: save.story.clone(),
        });
    }
    // A snapshot the runtime cannot take back is not the end: the path can
    // still be replayed, and the reader is told why.
    let mut snapshot_unused = None;
    let mut restored = None;
    if save.fingerprint == program.fingerprint {
        match &save.snapshot {
            SnapshotPart::Usable(snapshot) => {
                match Session::restore(program.clone(), (**snapshot).clone()) {
                    Ok(session) => restored = Some(session),
                    Err(e) => snapshot_unused = Some(e.message),
                }
            }
            SnapshotPart::Unusable(why) => snapshot_unused = Some(why.clone()),
        }
    }
    if let Some(session) = restored {
        let lines = if save.last_line.is_empty() {
            Vec::new()
        } else {
            vec![Line {
                text: save.last_line.clone(),
                tags: Vec::new(),
                open: false,
            }]
        };
        let offered = session.choices();
        let prompt = if offered.is_empty() {
            Prompt::Done
        } else {
            Prompt::Choice(offered)
        };
        let turn = Turn { lines, prompt };
        return Ok(Loaded {
            session,
            turn,
            replayed: false,
            broken: None,
            snapshot_unused: None,
        });
    }
    let mut replayed = replay_cheated(program, save.seed, &save.cheats, &save.path)?;
    let turn = replayed.turns.pop().unwrap_or(Turn {
        lines: Vec::new(),
        prompt: Prompt::Done,
    });
    Ok(Loaded {
        session: replayed.session,
        turn,
        replayed: true,
        broken: replayed.broken,
        snapshot_unused,
    })
}
