//! Warnings for authors, found on the compiled code: knots no path reaches,
//! content that runs out with no choice, divert or END (dead ends), and
//! variables set but never read. Also lists the story's endings.

use super::{Compiler, Ending, Op, Pc};
use crate::story::{Diagnostic, Story};
use rustc_hash::FxHashSet as HashSet;

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
                warnings.push(Diagnostic::warning(
                    format!("the variable `{}` is never read", name.node),
                    name.span,
                ));
            }
        }
        Checked {
            warnings,
            endings: self.endings(&reachable),
        }
    }

    /// Pushes where control can go after the instruction at `pc`.
    fn push_successors(&self, pc: Pc, todo: &mut Vec<Pc>) {
        let next = pc + 1;
        match self.program.code[pc as usize] {
            Op::Jump(t) => todo.push(t),
            Op::JumpIfFalse(t) | Op::Call(t, _) | Op::Thread(t) | Op::Address(t) => {
                todo.extend([t, next])
            }
            Op::Choice(id) => todo.extend([self.program.choices[id as usize].target, next]),
            Op::Switch(t) => todo.extend(&self.program.tables[t as usize]),
            Op::FallOff
            | Op::Done
            | Op::End
            | Op::Return
            | Op::TunnelReturn(_)
            | Op::JumpToAddress => {}
            _ => todo.push(next),
        }
    }

    /// For every instruction, whether it can be reached from the start.
    fn reachable(&self) -> Vec<bool> {
        let mut seen = vec![false; self.program.code.len()];
        let mut todo = vec![self.flow_entry(super::declare::ROOT)];
        while let Some(pc) = todo.pop() {
            if seen.get(pc as usize) == Some(&false) {
                seen[pc as usize] = true;
                self.push_successors(pc, &mut todo);
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
            warnings.push(Diagnostic::warning(
                format!("the {what} `{path}` is never reached from the start"),
                span,
            ));
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
        let mut seen = vec![false; self.program.code.len()];
        while let Some(pc) = todo.pop() {
            if std::mem::replace(&mut seen[pc as usize], true) {
                continue;
            }
            match self.program.code[pc as usize] {
                Op::FallOff => dead.push(pc),
                Op::Choice(_) => {}
                Op::Call(..) | Op::Thread(_) => todo.push(pc + 1),
                _ => self.push_successors(pc, &mut todo),
            }
        }
        let mut warned = HashSet::default();
        for pc in dead {
            let Some(flow) = self.program.flow_at(pc) else {
                continue;
            };
            if flow.function || !warned.insert(flow.path.clone()) {
                continue;
            }
            let (path, span) = (flow.path.clone(), flow.span);
            warnings.push(Diagnostic::warning(
                format!(
                    "`{path}` can run out of content with no choice, divert or END (a dead end)"
                ),
                span,
            ));
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
