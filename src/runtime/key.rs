//! What exhaustive exploration needs from a session: a state key that
//! forgets what can no longer change the story, where the flow stopped at an
//! ending, and coverage that is lent to a session instead of copied with it.
//!
//! Hashing the whole state ([`KeyView::exact`]) makes every pass of a loop
//! look new (the turn count and the visit counts grow), so a loop with no
//! way out would never close. A [`KeyView`], worked out once from the
//! program, says how much of each counter the code can observe: a counter
//! nothing reads is left out, one only a once-only choice reads counts as
//! "visited or not", a stopping sequence's counter is capped at its last
//! branch, a cycle's taken modulo its length. The turn count and the turns
//! of last visits count only when the story uses `TURNS()` or
//! `TURNS_SINCE`. Two sessions with equal keys in the same view play on
//! identically.

use super::Session;
use crate::compile::{Builtin, Op, Pc, Program};
use crate::story::ast::SeqKind;
use std::hash::{Hash, Hasher};

/// How much of one visit counter the program can observe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CounterUse {
    /// Nothing reads it.
    Unread,
    /// Only values up to this one are told apart (higher ones act alike).
    Capped(u32),
    /// Only the value modulo this one matters.
    Cyclic(u32),
    /// The exact value matters.
    Exact,
}

impl CounterUse {
    /// The use of a counter read in two ways.
    fn and(self, other: CounterUse) -> CounterUse {
        use CounterUse::*;
        match (self, other) {
            (Unread, x) | (x, Unread) => x,
            (Capped(a), Capped(b)) => Capped(a.max(b)),
            (Cyclic(a), Cyclic(b)) if a == b => Cyclic(a),
            _ => Exact,
        }
    }

    fn view(self, visits: u32) -> u32 {
        match self {
            CounterUse::Unread => 0,
            CounterUse::Capped(cap) => visits.min(cap),
            CounterUse::Cyclic(n) => visits % n.max(1),
            CounterUse::Exact => visits,
        }
    }
}

/// Which parts of a session's state the program can observe.
#[derive(Clone, Debug)]
pub struct KeyView {
    /// One entry per counter of the program.
    pub counters: Vec<CounterUse>,
    /// Whether the turn count (and the turn of each last visit) is read.
    pub turns: bool,
}

impl KeyView {
    /// A view that tells every counter and turn apart: equal keys mean equal
    /// states, loops never close.
    pub fn exact(program: &Program) -> KeyView {
        KeyView {
            counters: vec![CounterUse::Exact; program.counters.len()],
            turns: true,
        }
    }

    /// Works out from the code what each counter's readers can tell apart.
    pub fn of(program: &Program) -> KeyView {
        let mut counters = vec![CounterUse::Unread; program.counters.len()];
        let mut turns = false;
        let mut read = |c: u32, how: CounterUse| {
            if let Some(slot) = counters.get_mut(c as usize) {
                *slot = slot.and(how);
            }
        };
        for op in &program.code {
            match *op {
                Op::VisitCount(c) => read(c, CounterUse::Exact),
                // `READ_COUNT(x)` can read any counter with an address.
                Op::VisitCountOf => {
                    for &(_, c) in &program.addresses {
                        read(c, CounterUse::Exact);
                    }
                }
                Op::TurnsSince | Op::Builtin(Builtin::Turns) => turns = true,
                Op::Choice(id) => {
                    let info = &program.choices[id as usize];
                    if !info.sticky {
                        read(info.counter, CounterUse::Capped(1));
                    }
                }
                Op::Sequence(id) => {
                    let info = &program.sequences[id as usize];
                    read(info.counter, sequence_use(info.kind, info.branches));
                }
                _ => {}
            }
        }
        KeyView { counters, turns }
    }
}

/// What a sequence's pick can tell apart of its counter (see
/// `builtins::sequence_index`).
fn sequence_use(kind: SeqKind, branches: u32) -> CounterUse {
    match kind {
        SeqKind::Stopping | SeqKind::ShuffleStopping => {
            CounterUse::Capped(branches.saturating_sub(1))
        }
        SeqKind::Once | SeqKind::ShuffleOnce => CounterUse::Capped(branches),
        SeqKind::Cycle => CounterUse::Cyclic(branches),
        SeqKind::Shuffle => CounterUse::Exact,
    }
}

impl Session {
    /// A hash of the state that decides what happens next, counting only what `view` says the
    /// program can observe, so that a loop comes back to the same key.
    pub fn state_key_in(&self, view: &KeyView) -> u64 {
        let s = &self.state;
        let mut h = std::collections::hash_map::DefaultHasher::new();
        s.threads.hash(&mut h);
        s.globals.hash(&mut h);
        // Most counters are 0: hashing the others with their index names
        // the same state at a fraction of the cost.
        let visited = s.visits.sorted();
        for &(c, visits, _) in &visited {
            let seen = view
                .counters
                .get(c as usize)
                .map_or(0, |how| how.view(visits));
            if seen != 0 {
                (c, seen).hash(&mut h);
            }
        }
        if view.turns {
            for &(c, _, turn) in &visited {
                if turn >= 0 {
                    (c as usize, turn).hash(&mut h);
                }
            }
            s.turn.hash(&mut h);
        }
        s.random.hash(&mut h);
        s.ended.hash(&mut h);
        for c in &s.choices {
            c.choice.hash(&mut h);
            c.text.hash(&mut h);
            c.thread.hash(&mut h);
        }
        h.finish()
    }

    /// The instruction (`END`, `DONE` or the end of some content) where the
    /// flow stopped in the last turn; when the story is over, its ending.
    pub fn stopped_at(&self) -> Option<Pc> {
        self.stopped_at
    }

    /// Records coverage into `seen` (one flag per instruction) from now on,
    /// so that many short-lived sessions can share one record without
    /// copying it; [`Session::take_coverage`] hands it back.
    pub fn lend_coverage(&mut self, seen: Vec<bool>) {
        self.coverage = Some(seen);
    }

    /// Stops recording coverage and returns the record.
    pub fn take_coverage(&mut self) -> Option<Vec<bool>> {
        self.coverage.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::ron::parse_ron;
    use std::sync::Arc;

    fn program(text: &str) -> Arc<Program> {
        let story = parse_ron(crate::story::FileId(0), text).expect("parses");
        Arc::new(crate::compile::compile(&story).expect("compiles").0)
    }

    const LOOP: &str = r#"Story(title: "t", body: [Line("-> a")], knots: [
        Knot(name: "a", body: [Line("A."), Choice(text: "[On]", sticky: true, then: [Line("-> b")])]),
        Knot(name: "b", body: [Line("B."), Choice(text: "[Back]", sticky: true, then: [Line("-> a")])]),
    ])"#;

    /// The key at the first choice, and the session after going round the
    /// loop twice (always taking the first choice).
    fn keys_around_two_rounds(program: &Arc<Program>, view: &KeyView) -> (u64, Session) {
        let mut s = Session::new(program.clone(), 0);
        s.continue_turn().unwrap();
        let first = s.state_key_in(view);
        for _ in 0..2 {
            s.choose(0).unwrap();
            s.continue_turn().unwrap();
        }
        (first, s)
    }

    #[test]
    fn a_loop_that_reads_nothing_comes_back_to_the_same_key() {
        let program = program(LOOP);
        let view = KeyView::of(&program);
        let (first, s) = keys_around_two_rounds(&program, &view);
        assert_eq!(s.state_key_in(&view), first);
        let exact = KeyView::exact(s.program());
        assert_ne!(s.state_key_in(&exact), {
            let mut fresh = Session::new(s.program().clone(), 0);
            fresh.continue_turn().unwrap();
            fresh.state_key_in(&exact)
        });
    }

    #[test]
    fn a_counter_the_text_prints_keeps_loops_apart() {
        let program = program(
            r#"Story(title: "t", body: [Line("-> a")], knots: [
            Knot(name: "a", body: [Line("Visit {a}."), Choice(text: "[On]", sticky: true, then: [Line("-> b")])]),
            Knot(name: "b", body: [Choice(text: "[Back]", sticky: true, then: [Line("-> a")])]),
        ])"#,
        );
        let view = KeyView::of(&program);
        let (first, s) = keys_around_two_rounds(&program, &view);
        assert_ne!(s.state_key_in(&view), first);
    }

    #[test]
    fn stopped_at_names_the_end_the_story_reached() {
        let program = program(r#"Story(title: "t", body: [Line("Bye."), Line("-> END")])"#);
        let mut s = Session::new(program.clone(), 0);
        s.continue_turn().unwrap();
        let pc = s.stopped_at().expect("stopped");
        assert_eq!(program.code[pc as usize], Op::End);
    }
}
