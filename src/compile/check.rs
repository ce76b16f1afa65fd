//! Warnings for authors, found on the compiled code: knots no path reaches,
//! content that runs out with no choice, divert or END (dead ends), and
//! variables set but never read. Also lists the story's endings.

use super::{CallKind, Compiler, Ending, Op, Pc};
use crate::story::Story;
use rustc_hash::FxHashSet as HashSet;

impl Compiler {
    pub(super) fn check(&mut self, story: &Story) {
        let reachable = self.reachable();
        self.warn_unreachable_flows(&reachable);
        self.warn_dead_ends(&reachable);
        self.list_endings(&reachable);
        for (i, g) in story.globals.iter().enumerate() {
            let crate::story::ast::Global::Var { name, .. } = &g.node else {
                continue;
            };
            let id = self
                .program
                .globals
                .iter()
                .position(|x| x.name == name.node);
            if id.is_some_and(|id| self.global_reads[id] == 0) {
                self.warn(
                    format!("the variable `{}` is never read", name.node),
                    name.span,
                );
            }
            let _ = i;
        }
    }

    /// Where control can go after the instruction at `pc`.
    fn successors(&self, pc: Pc) -> Vec<Pc> {
        let next = pc + 1;
        match self.program.code[pc as usize] {
            Op::Jump(t) => vec![t],
            Op::JumpIfFalse(t) => vec![t, next],
            Op::Call(t, _) | Op::Thread(t) => vec![t, next],
            Op::Address(t) => vec![t, next],
            Op::Choice(id) => vec![self.program.choices[id as usize].target, next],
            Op::Switch(t) => self.program.tables[t as usize].clone(),
            Op::FallOff
            | Op::Done
            | Op::End
            | Op::Return
            | Op::TunnelReturn(_)
            | Op::JumpToAddress => vec![],
            _ => vec![next],
        }
    }

    /// Every instruction reachable from the start of the story.
    fn reachable(&self) -> HashSet<Pc> {
        let mut seen = HashSet::default();
        let mut todo = vec![self.flow_entry(super::declare::ROOT)];
        while let Some(pc) = todo.pop() {
            if (pc as usize) < self.program.code.len() && seen.insert(pc) {
                todo.extend(self.successors(pc));
            }
        }
        seen
    }

    fn flow_entry(&self, path: &str) -> Pc {
        self.program
            .flows
            .iter()
            .find(|f| f.path == path)
            .map_or(0, |f| f.entry)
    }

    fn warn_unreachable_flows(&mut self, reachable: &HashSet<Pc>) {
        let unreached: Vec<_> = self
            .program
            .flows
            .iter()
            .filter(|f| !reachable.contains(&f.entry) && !f.path.contains('.'))
            .map(|f| (f.path.clone(), f.span, f.function))
            .collect();
        for (path, span, function) in unreached {
            let what = if function { "function" } else { "knot" };
            self.warn(
                format!("the {what} `{path}` is never reached from the start"),
                span,
            );
        }
    }

    /// Flows (not functions) whose end can be reached without offering a choice.
    fn warn_dead_ends(&mut self, reachable: &HashSet<Pc>) {
        let mut starts: Vec<Pc> = self
            .program
            .flows
            .iter()
            .filter(|f| !f.function && reachable.contains(&f.entry))
            .map(|f| f.entry)
            .collect();
        starts.extend(self.program.choices.iter().map(|c| c.target));
        let mut dead = Vec::new();
        let mut seen = HashSet::default();
        for start in starts {
            let mut todo = vec![start];
            while let Some(pc) = todo.pop() {
                if !seen.insert(pc) {
                    continue;
                }
                match self.program.code[pc as usize] {
                    Op::FallOff => dead.push(pc),
                    Op::Choice(_) => {}
                    Op::Call(_, CallKind::Function | CallKind::Tunnel) | Op::Thread(_) => {
                        todo.push(pc + 1)
                    }
                    _ => todo.extend(self.successors(pc)),
                }
            }
        }
        let mut flows = HashSet::default();
        for pc in dead {
            let Some(flow) = self.program.flow_at(pc) else {
                continue;
            };
            if flow.function || !flows.insert(flow.path.clone()) {
                continue;
            }
            let (path, span) = (flow.path.clone(), flow.span);
            self.warn(
                format!(
                    "`{path}` can run out of content with no choice, divert or END (a dead end)"
                ),
                span,
            );
        }
    }

    fn list_endings(&mut self, reachable: &HashSet<Pc>) {
        for (pc, op) in self.program.code.iter().enumerate() {
            let pc = pc as Pc;
            if *op != Op::End || !reachable.contains(&pc) {
                continue;
            }
            let flow = self
                .program
                .flow_at(pc)
                .map_or_else(String::new, |f| f.path.clone());
            let span = self.program.span_at(pc).unwrap_or_default();
            self.program.endings.push(Ending { flow, span });
        }
    }
}
