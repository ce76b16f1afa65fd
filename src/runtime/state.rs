//! The state of a session: threads of call frames, variables, visit and turn
//! counts, the RNG position, the choices generated this turn and the path
//! taken. All of it is plain data, so a snapshot is a serde value.

use super::Step;
use super::output::OutputStream;
use super::random::InkRandom;
use crate::compile::{CallKind, Pc, Program};
use crate::value::Value;
use serde::{Deserialize, Serialize};

/// Why a frame was pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FrameKind {
    /// The bottom frame of a thread.
    Root,
    Call(CallKind),
}

/// One call frame: its temporaries and where to go back to.
#[derive(Clone, Debug, Hash, Serialize, Deserialize)]
pub struct Frame {
    pub kind: FrameKind,
    pub return_pc: Pc,
    pub temps: Vec<Value>,
    /// For a function: where its output began, while only whitespace has
    /// followed (ink trims a function's leading newlines).
    pub function_start: Option<usize>,
    /// For a function: where its output began (its trailing whitespace is
    /// trimmed when it returns).
    pub output_start: usize,
    /// The evaluation stack height when the frame was pushed.
    pub stack_base: usize,
}

impl Frame {
    pub fn root() -> Frame {
        Frame {
            kind: FrameKind::Root,
            return_pc: 0,
            temps: Vec::new(),
            function_start: None,
            output_start: 0,
            stack_base: 0,
        }
    }
}

/// A thread of execution: its frames and where it is.
#[derive(Clone, Debug, Hash, Serialize, Deserialize)]
pub struct Thread {
    pub frames: Vec<Frame>,
    pub pc: Pc,
}

/// A choice generated this turn, with the thread to resume if it is taken.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PendingChoice {
    pub choice: u32,
    pub text: String,
    pub tags: Vec<String>,
    pub thread: Thread,
}

/// Visit counts and the turn of the last visit, kept only for the counters
/// that were visited: a new game costs the same however big the story.
/// Ordered, so a save lists them in counter order and diffs cleanly.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Visits(std::collections::BTreeMap<u32, (u32, i32)>);

impl Visits {
    pub fn count(&self, counter: u32) -> u32 {
        self.0.get(&counter).map_or(0, |v| v.0)
    }

    /// The turn of the last visit, if there was one.
    pub fn turn(&self, counter: u32) -> Option<i32> {
        self.0.get(&counter).map(|v| v.1)
    }

    /// Counts a visit in `turn`.
    pub fn visit(&mut self, counter: u32, turn: i32) {
        let v = self.0.entry(counter).or_insert((0, turn));
        v.0 = v.0.saturating_add(1);
        v.1 = turn;
    }

    /// The visited counters as (counter, count, turn), in counter order.
    pub fn sorted(&self) -> Vec<(u32, u32, i32)> {
        self.0.iter().map(|(&c, &(n, t))| (c, n, t)).collect()
    }

    /// The highest counter visited, if any (to check a snapshot fits a program).
    pub fn max_counter(&self) -> Option<u32> {
        self.0.keys().next_back().copied()
    }
}

/// Everything that changes while a story is played.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct State {
    /// The seed the game started with.
    pub seed: u64,
    /// ink's story seed and last draw (`RANDOM`, `LIST_RANDOM`, shuffles).
    /// A save from before it (with a ChaCha8 `rng`) still reads; its
    /// program fingerprint differs, so it is replayed by its path.
    #[serde(default)]
    pub random: InkRandom,
    /// The thread stack; the last is running. Empty when the flow stopped.
    pub threads: Vec<Thread>,
    pub stack: Vec<Value>,
    pub globals: Vec<Value>,
    pub visits: Visits,
    /// Starts at -1 and grows by one with every choice taken.
    pub turn: i32,
    pub output: OutputStream,
    pub choices: Vec<PendingChoice>,
    /// Tags gathered by the last string evaluation (for choice tags).
    pub string_tags: Vec<String>,
    pub path: Vec<Step>,
    /// `-> END` was reached: nothing more can happen.
    pub ended: bool,
    /// An author's `goto` or variable change was used (saves refuse it).
    #[serde(default)]
    pub cheated: bool,
}

impl State {
    pub fn new(program: &Program, seed: u64) -> State {
        State {
            seed,
            random: InkRandom::from_seed(seed),
            threads: vec![Thread {
                frames: vec![Frame::root()],
                pc: 0,
            }],
            stack: Vec::new(),
            globals: program.globals.iter().map(|g| g.initial.clone()).collect(),
            visits: Visits::default(),
            turn: -1,
            output: OutputStream::default(),
            choices: Vec::new(),
            string_tags: Vec::new(),
            path: Vec::new(),
            ended: false,
            cheated: false,
        }
    }

    pub fn thread(&mut self) -> &mut Thread {
        self.threads.last_mut().expect("a running thread")
    }

    pub fn frame(&mut self) -> &mut Frame {
        self.thread().frames.last_mut().expect("a frame")
    }
}
