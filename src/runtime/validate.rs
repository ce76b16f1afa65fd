//! Checks a snapshot against the program it is restored on, before any of
//! it runs: every program counter, table index, frame and value reference
//! must point inside the program and the state, so that a hand-edited or
//! damaged save is refused with a reason instead of failing later.
//!
//! Invariant: a state that passes here upholds what the instruction loop
//! relies on (a running thread has a root frame, references and addresses
//! are in range), so restoring cannot panic the runtime.

use super::limits;
use super::state::{Frame, FrameKind, State, Thread};
use crate::compile::{Pc, Program};
use crate::value::{ListValue, Value, VarRef};

/// Why a state does not fit `program`, or nothing if it does.
pub fn check(program: &Program, state: &State) -> Result<(), String> {
    if state.globals.len() != program.globals.len() {
        return Err(format!(
            "it has {} global variables, the story {}",
            state.globals.len(),
            program.globals.len()
        ));
    }
    let v = Checker { program, state };
    for (i, g) in state.globals.iter().enumerate() {
        v.value(g)
            .map_err(|e| format!("global `{}`: {e}", program.globals[i].name))?;
    }
    for value in &state.stack {
        v.value(value)
            .map_err(|e| format!("the evaluation stack: {e}"))?;
    }
    if state.threads.len() > limits::CALL_DEPTH {
        return Err(format!("it has {} threads", state.threads.len()));
    }
    for (i, t) in state.threads.iter().enumerate() {
        v.thread(t).map_err(|e| format!("thread {}: {e}", i + 1))?;
    }
    for (i, c) in state.choices.iter().enumerate() {
        if c.choice as usize >= program.choices.len() {
            return Err(format!("choice {} is not in the story", i + 1));
        }
        v.thread(&c.thread)
            .map_err(|e| format!("choice {} (\"{}\"): {e}", i + 1, c.text))?;
    }
    if let Some(c) = state.visits.max_counter()
        && c as usize >= program.counters.len()
    {
        return Err(format!("visit counter {c} is not in the story"));
    }
    if state.turn < -1 {
        return Err(format!("its turn number {} is below -1", state.turn));
    }
    Ok(())
}

struct Checker<'a> {
    program: &'a Program,
    state: &'a State,
}

impl Checker<'_> {
    fn pc(&self, pc: Pc, what: &str) -> Result<(), String> {
        if (pc as usize) < self.program.code.len() {
            Ok(())
        } else {
            Err(format!("{what} {pc} is past the end of the program"))
        }
    }

    fn thread(&self, t: &Thread) -> Result<(), String> {
        self.pc(t.pc, "its position")?;
        let Some(first) = t.frames.first() else {
            return Err("it has no call frame".into());
        };
        if first.kind != FrameKind::Root {
            return Err("its first frame is not the thread's root".into());
        }
        if t.frames.len() > limits::CALL_DEPTH {
            return Err(format!("its calls nest {} deep", t.frames.len()));
        }
        for (i, f) in t.frames.iter().enumerate() {
            self.frame(f, i > 0)
                .map_err(|e| format!("frame {}: {e}", i + 1))?;
        }
        Ok(())
    }

    fn frame(&self, f: &Frame, is_call: bool) -> Result<(), String> {
        if is_call && f.kind == FrameKind::Root {
            return Err("a root frame inside a call".into());
        }
        if is_call {
            self.pc(f.return_pc, "its return address")?;
        }
        if f.temps.len() > usize::from(u16::MAX) + 1 {
            return Err(format!("it has {} temporaries", f.temps.len()));
        }
        for t in &f.temps {
            self.value(t)?;
        }
        Ok(())
    }

    fn value(&self, v: &Value) -> Result<(), String> {
        match v {
            Value::Void | Value::Int(_) | Value::Float(_) | Value::Bool(_) => Ok(()),
            Value::Str(s) if s.len() > limits::STRING_SIZE => Err(limits::string_exceeded(s.len())),
            Value::Str(_) => Ok(()),
            Value::Address(pc) => self.pc(*pc, "a divert target"),
            Value::List(l) => self.list(l),
            Value::Ref(VarRef::Global(g)) if *g as usize >= self.state.globals.len() => {
                Err(format!("a reference to global {g}, which does not exist"))
            }
            // A temporary reference out of range reads as void (the
            // instruction loop checks it on every use).
            Value::Ref(_) => Ok(()),
        }
    }

    fn list(&self, l: &ListValue) -> Result<(), String> {
        let lists = self.program.lists.len();
        let bad = l
            .items
            .iter()
            .map(|i| i.list)
            .chain(l.origins.iter().copied());
        match bad.into_iter().find(|&list| list as usize >= lists) {
            Some(list) => Err(format!(
                "a list value from list {list}, which does not exist"
            )),
            None => Ok(()),
        }
    }
}
