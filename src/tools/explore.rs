//! Exhaustive exploration (`weave explore`): a breadth-first walk over every
//! state the story can reach with one seed, merging states that will play
//! on identically ([`Session::state_key_in`] under the program's
//! [`KeyView`], which forgets counts the code cannot observe, so loops
//! close). Each state is a cloned [`Session`]; each choice on offer is a
//! transition.
//!
//! It finds every ending (where the flow stopped, with the shortest choice
//! path there, since breadth first meets shallow states first), runtime
//! errors with the path that triggers them, and loops with no way out:
//! states from which no ending, error or unexplored state can be reached.
//! Coverage is recorded across all transitions. The walk stops at a state
//! or time budget and says so; what it found is then a lower bound.

use super::Coverage;
use crate::compile::{Op, Pc, Program};
use crate::runtime::{KeyView, Session};
use crate::story::Span;
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Budgets and the seed of an exploration.
#[derive(Clone, Debug)]
pub struct ExploreOptions {
    /// Stop after this many distinct states.
    pub max_states: usize,
    /// Stop after this long.
    pub max_time: Option<Duration>,
    /// The story's seed (`RANDOM` and shuffles follow it; `weave replay
    /// --choices` takes the same `--seed`).
    pub seed: u64,
}

impl Default for ExploreOptions {
    fn default() -> Self {
        ExploreOptions {
            max_states: 100_000,
            max_time: None,
            seed: 0,
        }
    }
}

/// How the story ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EndKind {
    /// `-> END`.
    End,
    /// `-> DONE` with no choices left.
    Done,
    /// The content ran out with no choice, divert or `END`.
    RanOut,
}

/// The length in choices of the longest path to an ending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Longest {
    Choices(usize),
    /// A loop on the way can be taken any number of times.
    Unbounded,
    /// The exploration stopped at its budget.
    Unknown,
}

/// One ending the exploration reached.
#[derive(Clone, Debug)]
pub struct EndingFound {
    /// The instruction the story stopped at.
    pub pc: Pc,
    pub kind: EndKind,
    /// The knot or stitch it is in.
    pub flow: String,
    pub span: Option<Span>,
    /// The shortest path there (0-based choice indices).
    pub shortest: Vec<usize>,
    pub longest: Longest,
    /// How many distinct final states end here.
    pub states: usize,
}

/// A runtime error and the shortest path that triggers it.
#[derive(Clone, Debug)]
pub struct ErrorFound {
    pub message: String,
    pub span: Option<Span>,
    pub path: Vec<usize>,
}

/// A set of connected states none of which can reach an ending.
#[derive(Clone, Debug)]
pub struct StuckLoop {
    /// The knots and stitches whose choices are on offer in it.
    pub flows: Vec<String>,
    pub states: usize,
    /// The shortest path into it.
    pub path: Vec<usize>,
}

/// What an exploration found.
#[derive(Clone, Debug)]
pub struct Exploration {
    pub states: usize,
    pub transitions: usize,
    /// Every reachable state was explored.
    pub complete: bool,
    /// States found but not yet explored when a budget stopped the walk.
    pub pending: usize,
    /// Why it stopped early, if it did.
    pub stopped_by: Option<Budget>,
    pub elapsed: Duration,
    /// The most choices on a shortest path to any state explored.
    pub depth: usize,
    pub endings: Vec<EndingFound>,
    pub errors: Vec<ErrorFound>,
    pub stuck: Vec<StuckLoop>,
    pub coverage: Coverage,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Budget {
    States,
    Time,
}

/// How far an exploration has got, for a progress bar.
#[derive(Clone, Copy, Debug)]
pub struct Progress {
    pub states: usize,
    pub queued: usize,
    pub depth: usize,
}

/// One explored state.
#[derive(Clone, Copy, Debug)]
enum Node {
    /// Waiting for a choice; expanded or not.
    Open { expanded: bool },
    /// The story is over, at `endings[i]`.
    Ended(usize),
}

struct Walk {
    program: Arc<Program>,
    view: KeyView,
    ids: HashMap<u64, u32>,
    nodes: Vec<Node>,
    /// For each node, the node it was first reached from and the choice.
    parents: Vec<(u32, u32)>,
    depths: Vec<u32>,
    /// Flow index of the first choice on offer (for naming loops).
    places: Vec<u32>,
    edges: Vec<(u32, u32)>,
    /// Nodes with a transition that failed.
    failing: HashSet<u32>,
    endings: Vec<EndingFound>,
    ending_at: HashMap<Pc, usize>,
    errors: Vec<ErrorFound>,
    error_keys: HashSet<(String, Option<Span>)>,
    seen: Vec<bool>,
    /// The flow each choice (by id) belongs to.
    choice_flow: HashMap<String, u32>,
    /// When `--max-seconds` runs out; every turn is stopped there too.
    deadline: Option<Instant>,
    /// A turn was stopped by the deadline (the walk ends; not a story error).
    out_of_time: bool,
}

const ROOT_PARENT: u32 = u32::MAX;

/// What kind of ending the instruction at `pc` is, the flow it is in and
/// its source place.
pub fn describe_end(program: &Program, pc: Pc) -> (EndKind, String, Option<Span>) {
    let kind = match program.code.get(pc as usize) {
        Some(Op::End) => EndKind::End,
        Some(Op::Done) => EndKind::Done,
        _ => EndKind::RanOut,
    };
    let flow = program
        .flow_at(pc)
        .map_or_else(String::new, |f| f.path.clone());
    (kind, flow, program.span_at(pc))
}

/// Explores the story's state space breadth first; `progress` is called
/// now and then with how far it got.
pub fn explore(
    program: Arc<Program>,
    options: &ExploreOptions,
    progress: &mut dyn FnMut(Progress),
) -> Exploration {
    let started = Instant::now();
    let mut walk = Walk::new(program.clone());
    walk.deadline = options.max_time.map(|t| started + t);
    let mut frontier = Frontier {
        queue: VecDeque::new(),
        live: 0,
        cap: session_cap(&program),
    };
    let mut session = Session::new(program, options.seed);
    match walk.advance(&mut session) {
        Ok(()) => walk.arrive(session, ROOT_PARENT, 0, &mut frontier),
        Err((message, span)) => walk.fail(ROOT_PARENT, 0, message, span),
    }
    let mut transitions = 0;
    let mut stopped_by = None;
    let mut expanded = 0u64;
    while let Some((id, session)) = frontier.queue.pop_front() {
        let over_time = || options.max_time.is_some_and(|t| started.elapsed() >= t);
        let budget = if walk.nodes.len() >= options.max_states {
            Some(Budget::States)
        } else if walk.out_of_time || (expanded.is_multiple_of(256) && over_time()) {
            Some(Budget::Time)
        } else {
            None
        };
        if budget.is_some() {
            stopped_by = budget;
            frontier.queue.push_front((id, session));
            break;
        }
        if expanded.is_multiple_of(256) {
            progress(Progress {
                states: walk.nodes.len(),
                queued: frontier.queue.len(),
                depth: walk.depths[id as usize] as usize,
            });
        }
        let Some(session) = frontier.take(session, || walk.rebuild(id, options.seed)) else {
            continue;
        };
        expanded += 1;
        transitions += walk.expand(id, &session, &mut frontier);
    }
    if walk.out_of_time {
        stopped_by = Some(Budget::Time);
    }
    let pending = frontier.queue.len();
    walk.finish(transitions, pending, stopped_by, started.elapsed())
}

/// The states waiting to be explored, in breadth-first order. While few
/// are waiting each keeps its session; past `cap` they are rebuilt from
/// their path when their turn comes, which bounds the memory of a wide
/// frontier.
struct Frontier {
    queue: VecDeque<(u32, Option<Session>)>,
    live: usize,
    cap: usize,
}

impl Frontier {
    fn push(&mut self, id: u32, session: Session) {
        let kept = (self.live < self.cap).then_some(session);
        self.live += usize::from(kept.is_some());
        self.queue.push_back((id, kept));
    }

    /// The session of a state taken from the queue, rebuilt if it was not kept.
    fn take(
        &mut self,
        kept: Option<Session>,
        rebuild: impl FnOnce() -> Option<Session>,
    ) -> Option<Session> {
        match kept {
            Some(session) => {
                self.live = self.live.saturating_sub(1);
                Some(session)
            }
            None => rebuild(),
        }
    }
}

/// How many waiting sessions to keep: about 256 MB worth, judging a
/// session by its counters (two numbers each) and globals.
fn session_cap(program: &Program) -> usize {
    let per_session = 8 * program.counters.len() + 32 * program.globals.len() + 1024;
    ((256 << 20) / per_session).max(256)
}

impl Walk {
    /// Takes every choice on offer in state `id`; returns how many.
    fn expand(&mut self, id: u32, session: &Session, frontier: &mut Frontier) -> usize {
        self.nodes[id as usize] = Node::Open { expanded: true };
        let choices = session.choices().len();
        for choice in 0..choices {
            let mut child = session.clone();
            let moved = child
                .choose(choice)
                .map_err(|e| (e.message, e.span))
                .and_then(|()| self.advance(&mut child));
            match moved {
                Err((message, span)) => self.fail(id, choice as u32, message, span),
                Ok(()) => self.arrive(child, id, choice as u32, frontier),
            }
        }
        choices
    }

    /// Records the state `session` reached and queues it if it is new and
    /// waits for a choice.
    fn arrive(&mut self, session: Session, parent: u32, choice: u32, frontier: &mut Frontier) {
        if let Some(new) = self.add(&session, parent, choice)
            && matches!(self.nodes[new as usize], Node::Open { .. })
        {
            frontier.push(new, session);
        }
    }

    /// Plays the first path found to state `id` again.
    fn rebuild(&mut self, id: u32, seed: u64) -> Option<Session> {
        let mut session = Session::new(self.program.clone(), seed);
        session.continue_turn().ok()?;
        for choice in self.path_to(id) {
            session.choose(choice).ok()?;
            session.continue_turn().ok()?;
        }
        Some(session)
    }

    fn new(program: Arc<Program>) -> Walk {
        let choice_flow = program
            .choices
            .iter()
            .filter_map(|c| {
                let flow = program.flow_at(c.target)?;
                let f = program.flows.iter().position(|g| g.entry == flow.entry)?;
                Some((c.id.clone(), f as u32))
            })
            .collect();
        Walk {
            deadline: None,
            out_of_time: false,
            view: KeyView::of(&program),
            seen: vec![false; program.code.len()],
            program,
            ids: HashMap::new(),
            nodes: Vec::new(),
            parents: Vec::new(),
            depths: Vec::new(),
            places: Vec::new(),
            edges: Vec::new(),
            failing: HashSet::new(),
            endings: Vec::new(),
            ending_at: HashMap::new(),
            errors: Vec::new(),
            error_keys: HashSet::new(),
            choice_flow,
        }
    }

    /// Runs one turn with coverage recorded into the shared record.
    fn advance(&mut self, session: &mut Session) -> Result<(), (String, Option<Span>)> {
        session.lend_coverage(std::mem::take(&mut self.seen));
        session.set_deadline(self.deadline);
        let turn = session.continue_turn();
        self.seen = session.take_coverage().unwrap_or_default();
        turn.map(|_| ()).map_err(|e| (e.message, e.span))
    }

    /// Adds the state `session` is in, reached from `parent` by `choice`;
    /// returns its id if it is new.
    fn add(&mut self, session: &Session, parent: u32, choice: u32) -> Option<u32> {
        let key = session.state_key_in(&self.view);
        if let Some(&old) = self.ids.get(&key) {
            if parent != ROOT_PARENT {
                self.edges.push((parent, old));
            }
            return None;
        }
        let id = self.nodes.len() as u32;
        self.ids.insert(key, id);
        let depth = match parent {
            ROOT_PARENT => 0,
            p => self.depths[p as usize] + 1,
        };
        let choices = session.choices();
        let node = if choices.is_empty() {
            Node::Ended(self.ending(session.stopped_at()))
        } else {
            Node::Open { expanded: false }
        };
        let place = choices
            .first()
            .and_then(|c| self.choice_flow.get(&c.id))
            .copied()
            .unwrap_or(u32::MAX);
        self.nodes.push(node);
        self.parents.push((parent, choice));
        self.depths.push(depth);
        self.places.push(place);
        if parent != ROOT_PARENT {
            self.edges.push((parent, id));
        }
        if let Node::Ended(e) = node {
            self.endings[e].states += 1;
            if self.endings[e].states == 1 {
                self.endings[e].shortest = self.path_to(id);
            }
        }
        Some(id)
    }

    /// The ending at `pc`, added on first sight.
    fn ending(&mut self, pc: Option<Pc>) -> usize {
        let pc = pc.unwrap_or(Pc::MAX);
        if let Some(&e) = self.ending_at.get(&pc) {
            return e;
        }
        let (kind, flow, span) = describe_end(&self.program, pc);
        self.endings.push(EndingFound {
            pc,
            kind,
            flow,
            span,
            shortest: Vec::new(),
            longest: Longest::Unknown,
            states: 0,
        });
        self.ending_at.insert(pc, self.endings.len() - 1);
        self.endings.len() - 1
    }

    fn fail(&mut self, parent: u32, choice: u32, message: String, span: Option<Span>) {
        if message == crate::runtime::limits::deadline_passed() {
            // The budget ran out mid-turn: that says nothing of the story.
            self.out_of_time = true;
            return;
        }
        if parent != ROOT_PARENT {
            self.failing.insert(parent);
        }
        if !self.error_keys.insert((message.clone(), span)) {
            return;
        }
        let mut path = match parent {
            ROOT_PARENT => Vec::new(),
            p => self.path_to(p),
        };
        if parent != ROOT_PARENT {
            path.push(choice as usize);
        }
        self.errors.push(ErrorFound {
            message,
            span,
            path,
        });
    }

    fn path_to(&self, mut id: u32) -> Vec<usize> {
        let mut path = Vec::new();
        while let Some(&(parent, choice)) = self.parents.get(id as usize) {
            if parent == ROOT_PARENT {
                break;
            }
            path.push(choice as usize);
            id = parent;
        }
        path.reverse();
        path
    }

    fn finish(
        mut self,
        transitions: usize,
        pending: usize,
        stopped_by: Option<Budget>,
        elapsed: Duration,
    ) -> Exploration {
        let complete = pending == 0;
        let preds = self.predecessors();
        if complete {
            for e in 0..self.endings.len() {
                self.endings[e].longest = self.longest_to(e, &preds);
            }
        }
        let stuck = self.stuck_loops(&preds);
        let coverage = Coverage::of(&self.program, &self.seen);
        let mut endings = self.endings;
        endings.sort_by_key(|e| (e.shortest.len(), e.pc));
        Exploration {
            states: self.nodes.len(),
            transitions,
            complete,
            pending,
            stopped_by,
            elapsed,
            depth: self.depths.iter().max().copied().unwrap_or(0) as usize,
            endings,
            errors: self.errors,
            stuck,
            coverage,
        }
    }

    fn predecessors(&self) -> Vec<Vec<u32>> {
        let mut preds = vec![Vec::new(); self.nodes.len()];
        for &(from, to) in &self.edges {
            preds[to as usize].push(from);
        }
        preds
    }

    /// Nodes from which one of `targets` can be reached.
    fn reaching(&self, targets: impl Iterator<Item = u32>, preds: &[Vec<u32>]) -> Vec<bool> {
        let mut reach = vec![false; self.nodes.len()];
        let mut todo: Vec<u32> = targets.collect();
        while let Some(n) = todo.pop() {
            if !std::mem::replace(&mut reach[n as usize], true) {
                todo.extend(preds[n as usize].iter().copied());
            }
        }
        reach
    }

    /// The longest path from the start to ending `e`: a longest path in the
    /// states that can reach it, unless they hold a cycle.
    fn longest_to(&self, e: usize, preds: &[Vec<u32>]) -> Longest {
        let ends = (0..self.nodes.len() as u32)
            .filter(|&n| matches!(self.nodes[n as usize], Node::Ended(x) if x == e));
        let inside = self.reaching(ends, preds);
        // Kahn's algorithm on the edges between those states.
        let mut indegree = vec![0usize; self.nodes.len()];
        let mut succs = vec![Vec::new(); self.nodes.len()];
        for &(from, to) in &self.edges {
            if inside[from as usize] && inside[to as usize] {
                indegree[to as usize] += 1;
                succs[from as usize].push(to);
            }
        }
        let mut longest = vec![0usize; self.nodes.len()];
        let mut ready: Vec<u32> = (0..self.nodes.len() as u32)
            .filter(|&n| inside[n as usize] && indegree[n as usize] == 0)
            .collect();
        let mut done = 0;
        let mut best = 0;
        while let Some(n) = ready.pop() {
            done += 1;
            if matches!(self.nodes[n as usize], Node::Ended(x) if x == e) {
                best = best.max(longest[n as usize]);
            }
            for &m in &succs[n as usize] {
                longest[m as usize] = longest[m as usize].max(longest[n as usize] + 1);
                indegree[m as usize] -= 1;
                if indegree[m as usize] == 0 {
                    ready.push(m);
                }
            }
        }
        if done < inside.iter().filter(|x| **x).count() {
            Longest::Unbounded
        } else {
            Longest::Choices(best)
        }
    }

    /// Groups of connected expanded states from which nothing that ends,
    /// fails or is still unexplored can be reached.
    fn stuck_loops(&self, preds: &[Vec<u32>]) -> Vec<StuckLoop> {
        let exits = (0..self.nodes.len() as u32).filter(|&n| {
            self.failing.contains(&n)
                || !matches!(self.nodes[n as usize], Node::Open { expanded: true })
        });
        let free = self.reaching(exits, preds);
        let stuck: Vec<bool> = free.iter().map(|f| !f).collect();
        // Union-find over the edges between stuck states.
        let mut parent: Vec<u32> = (0..self.nodes.len() as u32).collect();
        fn find(parent: &mut [u32], mut x: u32) -> u32 {
            while parent[x as usize] != x {
                parent[x as usize] = parent[parent[x as usize] as usize];
                x = parent[x as usize];
            }
            x
        }
        for &(a, b) in &self.edges {
            if stuck[a as usize] && stuck[b as usize] {
                let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                parent[ra.max(rb) as usize] = ra.min(rb);
            }
        }
        let mut groups: Vec<(u32, StuckLoop)> = Vec::new();
        for n in 0..self.nodes.len() as u32 {
            if !stuck[n as usize] {
                continue;
            }
            let root = find(&mut parent, n);
            let group = match groups.iter_mut().position(|(r, _)| *r == root) {
                Some(i) => &mut groups[i].1,
                None => {
                    groups.push((
                        root,
                        StuckLoop {
                            flows: Vec::new(),
                            states: 0,
                            path: self.path_to(n),
                        },
                    ));
                    &mut groups.last_mut().expect("just pushed").1
                }
            };
            group.states += 1;
            if let Some(flow) = self.program.flows.get(self.places[n as usize] as usize)
                && !group.flows.contains(&flow.path)
            {
                group.flows.push(flow.path.clone());
            }
        }
        groups.into_iter().map(|(_, g)| g).collect()
    }
}
