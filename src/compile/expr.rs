//! Lowering of expressions, inline content and diverts to instructions.

use super::names::{Resolved, Var};
use super::{Builtin, CallKind, Compiler, Op, SequenceInfo};
use crate::story::ast::{self, ExprKind, Inline};
use crate::story::{Diagnostic, Span};

impl Compiler {
    /// Emits code that pushes the value of `e`.
    pub(super) fn expr(&mut self, e: &ast::Expr) {
        match &e.node {
            ExprKind::Void => {
                self.emit(Op::Void);
            }
            ExprKind::Int(i) => {
                self.emit(Op::Int(*i));
            }
            ExprKind::Float(f) => {
                self.emit(Op::Float(*f));
            }
            ExprKind::Bool(b) => {
                self.emit(Op::Bool(*b));
            }
            ExprKind::Str(items) => match super::plain_text(items) {
                Some(text) => {
                    let id = self.intern(&text);
                    self.emit(Op::Str(id));
                }
                None => {
                    self.emit(Op::BeginString);
                    self.inline(items);
                    self.emit(Op::EndString);
                }
            },
            ExprKind::Var(path) => self.var(path, e.span),
            ExprKind::DivertTarget(path) => self.address(path),
            ExprKind::Unary(op, inner) => {
                self.check_types(e);
                self.expr(inner);
                self.mark(e.span);
                self.emit(Op::Unary(*op));
            }
            ExprKind::Binary(op, a, b) => {
                self.check_types(e);
                self.expr(a);
                self.expr(b);
                self.mark(e.span);
                self.emit(Op::Binary(*op));
            }
            ExprKind::Call(name, args) => self.call(name, args, e.span),
            ExprKind::List(items) => {
                if let Some(id) = self.list_literal(items) {
                    self.emit(Op::List(id));
                }
            }
        }
    }

    fn var(&mut self, path: &ast::Path, span: Span) {
        let flow = self.flow.clone();
        match self.resolve_var(&flow, path) {
            Some(Var::Temp(slot)) => {
                self.emit(Op::GetTemp(slot));
            }
            Some(Var::Global(g)) => {
                self.global_reads[g as usize] += 1;
                self.emit(Op::GetGlobal(g));
            }
            Some(Var::Const(e)) => {
                if self.enter_const(&path.node, span) {
                    self.expr(&e);
                    self.leave_const();
                }
            }
            Some(Var::Visits(counter)) => {
                self.emit(Op::VisitCount(counter));
            }
            Some(Var::ListItem(v)) => {
                if let crate::value::Value::List(l) = v {
                    self.program.list_literals.push(l);
                    let id = (self.program.list_literals.len() - 1) as u32;
                    self.emit(Op::List(id));
                }
            }
            None => {
                let help = self.var_help(&flow, &path.node);
                let mut d = Diagnostic::error(format!("unknown variable `{}`", path.node), span)
                    .with_code("weave::unknown-variable")
                    .with_label("not declared");
                if let Some(help) = help {
                    d = d.with_help(help);
                }
                self.report(d);
            }
        }
    }

    /// Pushes the address of a knot, stitch or label (a divert target value).
    fn address(&mut self, path: &ast::Path) {
        let flow = self.flow.clone();
        match self.resolve_target(&flow, path) {
            Some(Resolved::Static(l)) => {
                self.by_reference_target(path, l);
                self.emit(Op::Address(l));
            }
            Some(Resolved::Temp(slot)) => {
                self.variable_after_arrow(path);
                self.emit(Op::GetTemp(slot));
            }
            Some(Resolved::Global(g)) => {
                self.variable_after_arrow(path);
                self.global_reads[g as usize] += 1;
                self.emit(Op::GetGlobal(g));
            }
            None => self.unknown_value_target(&flow, path),
        }
    }

    /// ink keeps no divert target to a flow with a `ref` parameter: a
    /// divert through the value could not pass the reference.
    pub(super) fn by_reference_target(&mut self, path: &ast::Path, l: super::Label) {
        let by_ref = self
            .params_by_entry
            .get(&l)
            .and_then(|ps| ps.iter().find(|p| p.by_ref))
            .map(|p| p.name.node.clone());
        if let Some(param) = by_ref {
            self.error(
                format!(
                    "`-> {0}` cannot be a value: `{0}` takes `ref {param}`, and ink stores no divert target to a knot or function with a by-reference parameter",
                    path.node
                ),
                path.span,
            );
        }
    }

    /// ink refuses `-> x` in an expression when `x` is a variable: the
    /// variable already holds the target.
    pub(super) fn variable_after_arrow(&mut self, path: &ast::Path) {
        self.error(
            format!(
                "`{0}` is a variable, so it takes no `->` here: write `{0}` for the target it holds",
                path.node
            ),
            path.span,
        );
    }

    /// The parameters of the flow being lowered.
    fn own_params(&self) -> Option<&[ast::Param]> {
        let entry = self.flows.get(&*self.flow)?.entry;
        self.params_by_entry.get(&entry).map(Vec::as_slice)
    }

    /// A list literal `(a, b)`, stored once in the program.
    pub(super) fn list_literal(&mut self, items: &[ast::Path]) -> Option<u32> {
        let mut all = Vec::new();
        for item in items {
            match self.list_items.get(&item.node).map(Vec::as_slice) {
                Some([one]) => all.push(*one),
                Some([]) | None => {
                    self.error(format!("unknown list item `{}`", item.node), item.span);
                    return None;
                }
                Some(_) => {
                    self.error(
                        format!(
                            "`{}` is in more than one list: write `list.{}`",
                            item.node, item.node
                        ),
                        item.span,
                    );
                    return None;
                }
            }
        }
        self.program
            .list_literals
            .push(crate::value::ListValue::from_items(all, Vec::new()));
        Some((self.program.list_literals.len() - 1) as u32)
    }

    fn call(&mut self, name: &ast::Name, args: &[ast::Expr], span: Span) {
        if let Some((builtin, arity)) = builtin(&name.node) {
            if args.len() != arity {
                self.error(
                    format!(
                        "`{}` takes {}, not {}",
                        name.node,
                        crate::story::words::count(arity, "argument"),
                        args.len()
                    ),
                    span,
                );
                return;
            }
            for a in args {
                self.expr(a);
            }
            self.mark(span);
            match builtin {
                Builtins::Op(b) => self.emit(Op::Builtin(b)),
                Builtins::TurnsSince => self.emit(Op::TurnsSince),
                Builtins::ReadCount => self.emit(Op::VisitCountOf),
            };
            return;
        }
        if let Some(&list) = self.lists.get(&name.node) {
            if args.is_empty() {
                // `list()`: the empty list, drawing on this list.
                self.program
                    .list_literals
                    .push(crate::value::ListValue::from_items(Vec::new(), vec![list]));
                let id = (self.program.list_literals.len() - 1) as u32;
                self.emit(Op::List(id));
                return;
            }
            if args.len() != 1 {
                self.error(format!("`{}(n)` takes one number", name.node), span);
                return;
            }
            self.emit(Op::Int(list as i32));
            self.expr(&args[0]);
            self.emit(Op::Builtin(Builtin::ListItemOf));
            return;
        }
        if !self.flows.contains_key(&name.node) && self.dynamic_call(name, args, span) {
            return;
        }
        let Some((entry, params, function)) = self
            .flows
            .get(&name.node)
            .map(|f| (f.entry, f.params.clone(), f.function))
        else {
            let message = if self.externals.contains_key(&name.node) {
                format!(
                    "`{}` is an EXTERNAL function with no ink fallback",
                    name.node
                )
            } else {
                format!("unknown function `{}`", name.node)
            };
            let functions = self.flows.iter().filter(|(_, f)| f.function);
            let names = functions
                .map(|(n, _)| n.as_str())
                .chain(BUILTIN_NAMES.iter().copied());
            let mut d = Diagnostic::error(message, name.span).with_code("weave::unknown-function");
            if let Some(help) = crate::story::suggest::did_you_mean(&name.node, names) {
                d = d.with_help(help);
            }
            self.report(d);
            return;
        };
        if !function {
            self.error(
                format!(
                    "`{}` is a knot, not a function: divert to it with `->`",
                    name.node
                ),
                name.span,
            );
            return;
        }
        if self.args(&params, args, span) {
            self.mark(span);
            self.emit(Op::Call(entry, CallKind::Function));
        }
    }

    /// A call through a variable holding a divert target; false if `name`
    /// is no variable.
    fn dynamic_call(&mut self, name: &ast::Name, args: &[ast::Expr], span: Span) -> bool {
        let flow = self.flow.clone();
        let path = crate::story::Spanned::new(name.node.clone(), name.span);
        let get = match self.resolve_var(&flow, &path) {
            Some(Var::Temp(slot)) => Op::GetTemp(slot),
            Some(Var::Global(g)) => {
                self.global_reads[g as usize] += 1;
                Op::GetGlobal(g)
            }
            _ => return false,
        };
        for a in args {
            self.expr(a);
        }
        self.emit(get);
        self.mark(span);
        self.emit(Op::CallAddress(CallKind::Function));
        true
    }

    /// Pushes arguments for parameters; `ref` ones as references.
    fn args(&mut self, params: &[ast::Param], args: &[ast::Expr], span: Span) -> bool {
        if params.len() != args.len() {
            self.error(
                format!(
                    "expected {}, found {}",
                    crate::story::words::count(params.len(), "argument"),
                    args.len()
                ),
                span,
            );
            return false;
        }
        for (p, a) in params.iter().zip(args) {
            if p.divert {
                self.divert_argument(p, a);
            }
            if !p.by_ref {
                self.expr(a);
                continue;
            }
            let ExprKind::Var(path) = &a.node else {
                self.error(format!("`ref {}` needs a variable", p.name.node), a.span);
                continue;
            };
            let flow = self.flow.clone();
            match self.resolve_var(&flow, path) {
                Some(Var::Temp(slot)) => {
                    self.emit(Op::RefTemp(slot));
                }
                Some(Var::Global(g)) => {
                    self.global_reads[g as usize] += 1;
                    self.emit(Op::RefGlobal(g));
                }
                _ => self.error(format!("`ref {}` needs a variable", p.name.node), a.span),
            }
        }
        true
    }

    /// ink checks what is passed for a `-> p` parameter: a divert target
    /// (`-> k`) or a variable holding one, not a knot's read count.
    fn divert_argument(&mut self, p: &ast::Param, a: &ast::Expr) {
        let read_count = match &a.node {
            ExprKind::DivertTarget(_) => return,
            ExprKind::Var(path) => {
                let flow = self.flow.clone();
                if !matches!(self.resolve_var(&flow, path), Some(Var::Visits(_))) {
                    return;
                }
                Some(path.node.clone())
            }
            _ => None,
        };
        let message = match read_count {
            Some(name) => format!(
                "this passes the read count of `{name}`, but the parameter `-> {}` takes a divert target: write `-> {name}`",
                p.name.node
            ),
            None => format!(
                "the parameter `-> {}` takes a divert target (`-> knot`) or a variable holding one",
                p.name.node
            ),
        };
        self.error(message, a.span);
    }

    /// Emits inline content.
    pub(super) fn inline(&mut self, items: &[Inline]) {
        for (n, item) in items.iter().enumerate() {
            match item {
                // As ink's parser does, text that runs into a divert at the
                // end of a line ends in one space (the target's text may go
                // on the line); not in a choice's text.
                Inline::Text(t)
                    if !self.in_choice_text
                        && matches!(
                            items.get(n + 1),
                            Some(Inline::Divert(_) | Inline::TunnelReturn(_))
                        ) =>
                {
                    let spaced = format!("{} ", t.trim_end_matches([' ', '\t']));
                    let id = self.intern(&spaced);
                    self.emit(Op::Text(id));
                }
                Inline::Text(t) => {
                    let id = self.intern(t);
                    self.emit(Op::Text(id));
                }
                Inline::Glue => {
                    self.emit(Op::Glue);
                }
                Inline::Tag(content) => {
                    self.emit(Op::BeginTag);
                    self.inline(content);
                    self.emit(Op::EndTag);
                }
                Inline::Eval(e) => {
                    self.expr(e);
                    self.emit(Op::Output);
                }
                Inline::Cond(c) => {
                    let ast::InlineCond {
                        cond,
                        then,
                        otherwise,
                    } = &**c;
                    self.expr(cond);
                    let else_label = self.new_label();
                    let end = self.new_label();
                    self.emit(Op::JumpIfFalse(else_label));
                    self.inline(then);
                    self.emit(Op::Jump(end));
                    self.place(else_label);
                    self.inline(otherwise);
                    self.place(end);
                }
                Inline::Seq { kind, branches } => {
                    let key = item as *const Inline as usize;
                    let end = self.new_label();
                    let labels = self.sequence_switch(key, *kind, branches.len(), end);
                    for (branch, label) in branches.iter().zip(labels) {
                        self.place(label);
                        self.inline(branch);
                        self.emit(Op::Jump(end));
                    }
                    self.place(end);
                }
                Inline::Divert(d) => self.divert(d),
                Inline::TunnelReturn(onwards) => self.tunnel_return(onwards.as_deref()),
            }
        }
    }

    /// Emits the sequence pick and its jump table; returns the branch labels.
    pub(super) fn sequence_switch(
        &mut self,
        key: usize,
        kind: ast::SeqKind,
        n: usize,
        end: u32,
    ) -> Vec<u32> {
        let id = match self.sequence_ids.get(&key) {
            Some(&id) => id,
            None => {
                let counter = self.new_counter(format!("{}.sequence", self.flow), Span::default());
                let hash = self.ink_paths.hash(key);
                self.program.sequences.push(SequenceInfo {
                    kind,
                    branches: n as u32,
                    counter,
                    hash,
                });
                let id = (self.program.sequences.len() - 1) as u32;
                self.sequence_ids.insert(key, id);
                id
            }
        };
        let labels: Vec<u32> = (0..n).map(|_| self.new_label()).collect();
        let mut table = labels.clone();
        table.push(end);
        self.program.tables.push(table);
        let table = (self.program.tables.len() - 1) as u32;
        self.emit(Op::Sequence(id));
        self.emit(Op::Switch(table));
        labels
    }

    /// Emits a divert, tunnel call or thread start.
    pub(super) fn divert(&mut self, d: &ast::Divert) {
        if self.flows.get(&*self.flow).is_some_and(|f| f.function)
            && d.kind != ast::DivertKind::Thread
        {
            let target = match &d.target {
                ast::Target::End => "END",
                ast::Target::Done => "DONE",
                ast::Target::Path(p) => p.node.as_str(),
            };
            self.error(
                format!(
                    "a function cannot divert (`-> {target}`): ink allows no diverts in functions; return a value, or make it a knot or tunnel"
                ),
                d.span,
            );
        }
        let path = match &d.target {
            ast::Target::End => {
                self.mark(d.span);
                self.emit(Op::End);
                return;
            }
            ast::Target::Done => {
                self.emit(Op::Done);
                return;
            }
            ast::Target::Path(p) => p,
        };
        let flow = self.flow.clone();
        let Some(resolved) = self.resolve_target(&flow, path) else {
            self.unknown_target(&flow, path);
            return;
        };
        match resolved {
            Resolved::Temp(_) => self.require_marked(path),
            Resolved::Static(l) => self.not_to_a_function(path, l),
            Resolved::Global(_) => {}
        }
        let params = match resolved {
            Resolved::Static(l) => self.params_by_entry.get(&l).cloned(),
            _ => None,
        };
        match params {
            Some(params) => {
                if !self.args(&params, &d.args, d.span) {
                    return;
                }
            }
            None => {
                for a in &d.args {
                    self.expr(a);
                }
            }
        }
        self.mark(d.span);
        if let Resolved::Static(l) = resolved {
            for counter in self.visits_on_entering(l) {
                self.emit(Op::Visit(counter));
            }
        }
        match (resolved, d.kind) {
            (Resolved::Static(l), ast::DivertKind::Goto) => {
                let l = self.self_divert_target(l);
                self.emit(Op::Jump(l))
            }
            (Resolved::Static(l), ast::DivertKind::Tunnel) => {
                self.emit(Op::Call(l, CallKind::Tunnel))
            }
            (Resolved::Static(l), ast::DivertKind::Thread) => self.emit(Op::Thread(l)),
            (dynamic, kind) => {
                self.held_target(dynamic);
                match kind {
                    ast::DivertKind::Goto => self.emit(Op::JumpToAddress),
                    ast::DivertKind::Tunnel => self.emit(Op::CallAddress(CallKind::Tunnel)),
                    ast::DivertKind::Thread => self.emit(Op::ThreadAddress),
                }
            }
        };
    }

    /// Pushes the divert target a variable holds (`-> v`, `<- v`, `->-> v`).
    fn held_target(&mut self, variable: Resolved) {
        match variable {
            Resolved::Temp(slot) => self.emit(Op::GetTemp(slot)),
            Resolved::Global(g) => {
                self.global_reads[g as usize] += 1;
                self.emit(Op::GetGlobal(g))
            }
            Resolved::Static(l) => self.emit(Op::Address(l)),
        };
    }

    /// ink refuses a divert, tunnel, thread or tunnel onwards by name to a
    /// function: it can only be called.
    fn not_to_a_function(&mut self, path: &ast::Path, l: super::Label) {
        let function = self
            .label_owners
            .get(&l)
            .and_then(|(owner, _)| self.flows.get(&**owner))
            .is_some_and(|f| f.function);
        if function {
            self.error(
                format!(
                    "`{0}` is a function, so it cannot be diverted to: call it as `{0}(…)`, or make it a knot",
                    path.node
                ),
                path.span,
            );
        }
    }

    /// ink refuses a parameter used as a divert target unless it is
    /// declared `-> name`.
    fn require_marked(&mut self, path: &ast::Path) {
        let unmarked = self
            .own_params()
            .and_then(|ps| ps.iter().find(|p| p.name.node == path.node))
            .filter(|p| !p.divert)
            .map(|p| p.name.span);
        if let Some(span) = unmarked {
            self.error(
                format!(
                    "`{0}` is used as a divert target, so its parameter must be marked so: `-> {0}`",
                    path.node
                ),
                span,
            );
        }
    }

    /// The visits a divert to `l` counts besides the target's own: ink counts
    /// every knot or stitch the divert enters from outside, so `-> k.s`
    /// from another knot counts a visit to `k`, and `-> k.label` from
    /// another flow one to `k` (or to the stitch holding the label).
    fn visits_on_entering(&self, l: super::Label) -> Vec<u32> {
        let Some((owner, entry)) = self.label_owners.get(&l) else {
            return Vec::new();
        };
        let (Some(here), Some(target)) = (self.flows.get(&*self.flow), self.flows.get(&**owner))
        else {
            return Vec::new();
        };
        let mut visits = Vec::new();
        if *target.knot != **owner && target.knot != here.knot {
            visits.extend(self.flows.get(&*target.knot).map(|k| k.counter));
        }
        if !entry && **owner != *self.flow && **owner != *here.knot {
            visits.push(target.counter);
        }
        visits
    }

    /// A divert from inside a knot or stitch to itself (or from a stitch to
    /// its knot) re-enters it without counting a visit, as in ink.
    fn self_divert_target(&self, l: super::Label) -> super::Label {
        let here = &self.flows[&*self.flow];
        let own = [&*self.flow, &*here.knot];
        own.iter()
            .filter_map(|f| self.flows.get(*f))
            .find(|f| f.entry == l)
            .map_or(l, |f| f.after_visit)
    }

    fn tunnel_return(&mut self, onwards: Option<&ast::Divert>) {
        match onwards {
            None => {
                self.emit(Op::TunnelReturn(false));
            }
            Some(d) => {
                let ast::Target::Path(path) = &d.target else {
                    // `->-> END` / `->-> DONE`: leave the tunnel, then stop.
                    self.emit(Op::TunnelReturn(false));
                    self.divert(d);
                    return;
                };
                let flow = self.flow.clone();
                let Some(resolved) = self.resolve_target(&flow, path) else {
                    self.unknown_target(&flow, path);
                    return;
                };
                if !matches!(resolved, Resolved::Static(_)) && !d.args.is_empty() {
                    // ink's compiler keeps a target's arguments here only
                    // when it is named: `->-> v(x)` goes to no target.
                    self.error(
                        format!(
                            "`->-> {}(…)` cannot pass arguments to the target a variable holds: ink's compiler loses the target there; name the knot or stitch, or leave out the arguments",
                            path.node
                        ),
                        d.span,
                    );
                    return;
                }
                match resolved {
                    Resolved::Temp(_) => self.require_marked(path),
                    Resolved::Static(l) => self.not_to_a_function(path, l),
                    Resolved::Global(_) => {}
                }
                for a in &d.args {
                    self.expr(a);
                }
                self.held_target(resolved);
                self.emit(Op::TunnelReturn(true));
            }
        }
    }
}

enum Builtins {
    Op(Builtin),
    TurnsSince,
    ReadCount,
}

/// A built-in function by name, with its arity.
/// The names `builtin` knows, for "did you mean".
const BUILTIN_NAMES: &[&str] = &[
    "RANDOM",
    "SEED_RANDOM",
    "CHOICE_COUNT",
    "TURNS",
    "TURNS_SINCE",
    "READ_COUNT",
    "INT",
    "FLOOR",
    "CEILING",
    "FLOAT",
    "POW",
    "MIN",
    "MAX",
    "LIST_COUNT",
    "LIST_MIN",
    "LIST_MAX",
    "LIST_ALL",
    "LIST_INVERT",
    "LIST_RANGE",
    "LIST_RANDOM",
    "LIST_VALUE",
];

fn builtin(name: &str) -> Option<(Builtins, usize)> {
    use Builtin as B;
    let b = |b, n| Some((Builtins::Op(b), n));
    match name {
        "RANDOM" => b(B::Random, 2),
        "SEED_RANDOM" => b(B::SeedRandom, 1),
        "CHOICE_COUNT" => b(B::ChoiceCount, 0),
        "TURNS" => b(B::Turns, 0),
        "TURNS_SINCE" => Some((Builtins::TurnsSince, 1)),
        "READ_COUNT" => Some((Builtins::ReadCount, 1)),
        "INT" => b(B::Int, 1),
        "FLOOR" => b(B::Floor, 1),
        "CEILING" => b(B::Ceiling, 1),
        "FLOAT" => b(B::Float, 1),
        "POW" => b(B::Pow, 2),
        "MIN" => b(B::Min, 2),
        "MAX" => b(B::Max, 2),
        "LIST_COUNT" => b(B::ListCount, 1),
        "LIST_MIN" => b(B::ListMin, 1),
        "LIST_MAX" => b(B::ListMax, 1),
        "LIST_ALL" => b(B::ListAll, 1),
        "LIST_INVERT" => b(B::ListInvert, 1),
        "LIST_RANGE" => b(B::ListRange, 3),
        "LIST_RANDOM" => b(B::ListRandom, 1),
        "LIST_VALUE" => b(B::ListValue, 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_builtin_name_offered_as_a_suggestion_is_a_builtin() {
        for name in super::BUILTIN_NAMES {
            assert!(super::builtin(name).is_some(), "{name}");
        }
    }
}
