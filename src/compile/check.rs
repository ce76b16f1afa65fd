//! Warnings for authors, found on the compiled code: knots no path reaches,
//! content that runs out with no choice, divert or END (dead ends), and
//! variables set but never read. Also lists the story's endings.

use super::{Compiler, Ending, Op, Pc};
use crate::story::{Diagnostic, Story};
use rustc_hash::FxHashSet as HashSet;

/// Where control goes after an instruction, for the walks over the code.
enum Next {
    Stop,
    /// To the next instruction.
    Fall,
    Jump(Pc),
    /// To a target, and on to the next instruction.
    Branch(Pc),
    /// To every address of a switch table.
    Table(u32),
}

/// What checking found: warnings, and the endings of the story.
pub(super) struct Checked {
    pub warnings: Vec<Diagnostic>,
    pub endings: Vec<Ending>,
}

impl Compiler {
    /// Checks the compiled program. Reads it only, so that it can run
    /// beside the fingerprint.
    pub(super) fn check(&self, story: &Story) -> Checked {
        let reachable = self.reachable();
        let mut warnings = Vec::new();
        self.warn_unreachable_flows(&reachable, &mut warnings);
        self.warn_dead_ends(&reachable, &mut warnings);
        for g in &story.globals {
            let crate::story::ast::Global::Var { name, .. } = &g.node else {
                continue;
            };
            let unread = matches!(self.globals.get(&name.node), Some(super::GlobalSym::Var(id)) if self.global_reads[*id as usize] == 0);
            if unread {
                warnings.push(
                    Diagnostic::warning(
                        format!("the variable `{}` is never read", name.node),
                        name.span,
                    )
                    .with_code("weave::unread-variable")
                    .with_label("declared here, never read")
                    .with_help("read it in a condition or `{…}`, or remove it"),
                );
            }
        }
        Checked {
            warnings,
            endings: self.endings(&reachable),
        }
    }

    /// Where control can go after an instruction. Exhaustive (no `_` arm),
    /// so a new opcode that jumps cannot be taken for one that falls through.
    fn successors(&self, op: Op) -> Next {
        match op {
            Op::Jump(t) => Next::Jump(t),
            Op::JumpIfFalse(t) | Op::Call(t, _) | Op::Thread(t) | Op::Address(t) => Next::Branch(t),
            Op::Choice(id) => Next::Branch(self.program.choices[id as usize].target),
            Op::Switch(t) => Next::Table(t),
            Op::FallOff
            | Op::Done
            | Op::End
            | Op::Return
            | Op::TunnelReturn(_)
            | Op::JumpToAddress => Next::Stop,
            Op::Text(_)
            | Op::Newline
            | Op::Glue
            | Op::BeginString
            | Op::EndString
            | Op::BeginTag
            | Op::EndTag
            | Op::Output
            | Op::Int(_)
            | Op::Float(_)
            | Op::Bool(_)
            | Op::Str(_)
            | Op::List(_)
            | Op::Void
            | Op::Pop
            | Op::GetGlobal(_)
            | Op::SetGlobal(_)
            | Op::GetTemp(_)
            | Op::SetTemp(_)
            | Op::BindTemp(_)
            | Op::RefGlobal(_)
            | Op::RefTemp(_)
            | Op::VisitCount(_)
            | Op::VisitCountOf
            | Op::TurnsSince
            | Op::Unary(_)
            | Op::Binary(_)
            | Op::Builtin(_)
            | Op::CallAddress(_)
            | Op::ThreadAddress
            | Op::Frame(_)
            | Op::Visit(_)
            | Op::Sequence(_) => Next::Fall,
        }
    }

    /// Marks every instruction reached from `starts`, going on as `next`
    /// says. Straight-line code is followed in a loop; only branches wait
    /// on the stack, the fall-through taken first.
    fn walk(&self, starts: Vec<Pc>, mut next: impl FnMut(Pc, Op) -> Next) -> Vec<bool> {
        let code = &self.program.code;
        let mut seen = vec![false; code.len()];
        let mut todo = starts;
        while let Some(start) = todo.pop() {
            let mut pc = start;
            while let Some(visited) = seen.get_mut(pc as usize) {
                if std::mem::replace(visited, true) {
                    break;
                }
                match next(pc, code[pc as usize]) {
                    Next::Stop => break,
                    Next::Fall => pc += 1,
                    Next::Jump(t) => pc = t,
                    Next::Branch(t) => {
                        todo.push(t);
                        pc += 1;
                    }
                    Next::Table(t) => {
                        todo.extend(&self.program.tables[t as usize]);
                        break;
                    }
                }
            }
        }
        seen
    }

    /// For every instruction, whether it can be reached from the start, or
    /// from a divert target a global that is read starts with (`VAR t =
    /// -> k`: a divert through `t` may go there).
    fn reachable(&self) -> Vec<bool> {
        let mut starts = vec![self.flow_entry(super::declare::ROOT)];
        let read = |i: usize| self.global_reads.get(i).is_some_and(|n| *n > 0);
        starts.extend(self.program.globals.iter().enumerate().filter_map(
            |(i, g)| match g.initial {
                crate::value::Value::Address(pc) if read(i) => Some(pc),
                _ => None,
            },
        ));
        self.walk(starts, |_, op| self.successors(op))
    }

    fn flow_entry(&self, path: &str) -> Pc {
        self.program
            .flows
            .iter()
            .find(|f| f.path == path)
            .map_or(0, |f| f.entry)
    }

    /// Knots and functions no path reaches (a knot counts as reached when
    /// any of its stitches is).
    fn warn_unreachable_flows(&self, reachable: &[bool], warnings: &mut Vec<Diagnostic>) {
        let reached = |path: &str| {
            self.program.flows.iter().any(|f| {
                (f.path == path
                    || f.path
                        .strip_prefix(path)
                        .is_some_and(|r| r.starts_with('.')))
                    && reachable[f.entry as usize]
            })
        };
        let unreached: Vec<_> = self
            .program
            .flows
            .iter()
            .filter(|f| !f.path.contains('.') && !reachable[f.entry as usize] && !reached(&f.path))
            .map(|f| (f.path.clone(), f.span, f.function))
            .collect();
        for (path, span, function) in unreached {
            let what = if function { "function" } else { "knot" };
            warnings.push(
                Diagnostic::warning(
                    format!("the {what} `{path}` is never reached from the start"),
                    span,
                )
                .with_code("weave::unreachable-knot")
                .with_label("nothing diverts here")
                .with_help(format!("divert to it (`-> {path}`) or remove it")),
            );
        }
    }

    /// Flows (not functions) whose end can be reached without offering a choice.
    fn warn_dead_ends(&self, reachable: &[bool], warnings: &mut Vec<Diagnostic>) {
        let mut todo: Vec<Pc> = self
            .program
            .flows
            .iter()
            .filter(|f| !f.function && reachable[f.entry as usize])
            .map(|f| f.entry)
            .collect();
        todo.extend(self.program.choices.iter().map(|c| c.target));
        let mut dead = Vec::new();
        self.walk(todo, |pc, op| match op {
            Op::FallOff => {
                dead.push(pc);
                Next::Stop
            }
            Op::Choice(_) => Next::Stop,
            Op::Call(..) | Op::Thread(_) => Next::Fall,
            _ => self.successors(op),
        });
        let mut warned = HashSet::default();
        for pc in dead {
            let Some(flow) = self.program.flow_at(pc) else {
                continue;
            };
            if flow.function || !warned.insert(flow.path.clone()) {
                continue;
            }
            let (path, span) = (flow.path.clone(), flow.span);
            warnings.push(
                Diagnostic::warning(
                    format!(
                        "`{path}` can run out of content with no choice, divert or END (a dead end)"
                    ),
                    span,
                )
                .with_code("weave::dead-end")
                .with_label("this flow can run out")
                .with_help("end each path with a choice, a divert, `-> END` or `-> DONE`"),
            );
        }
    }

    /// The reachable `-> END`s, with their flows.
    fn endings(&self, reachable: &[bool]) -> Vec<Ending> {
        let mut endings = Vec::new();
        for (pc, op) in self.program.code.iter().enumerate() {
            if *op != Op::End || !reachable[pc] {
                continue;
            }
            let pc = pc as Pc;
            let flow = self
                .program
                .flow_at(pc)
                .map_or_else(String::new, |f| f.path.clone());
            let span = self.program.span_at(pc).unwrap_or_default();
            endings.push(Ending { flow, span });
        }
        endings
    }
}
