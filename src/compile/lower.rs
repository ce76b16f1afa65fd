//! Lowering of flows and weaves: knots, stitches and functions become code
//! with an entry address; choices become choice points whose content is
//! emitted after their section; gathers collect the loose ends before them.
//!
//! A weave section runs its content and choice points in order. A gather
//! after a section with choices is only reached through the choices' loose
//! ends, so the section jumps past it to the weave's continuation; a gather
//! after a section without choices is simply flowed into (as ink does).

use super::declare::ROOT;
use super::ink_path::{InkPaths, Names};
use super::{ChoiceInfo, Compiler, FlowInfo, Label, Op};
use crate::story::ast::{self, Inline, Stmt};
use crate::story::{Diagnostic, Span, Story};

/// Jumps whose target is decided later (code indices of `Jump` placeholders).
type Patches = Vec<usize>;

/// Where a weave's content can leave it, besides running off its end.
#[derive(Default)]
struct Exits {
    /// To the weave's continuation: after a section of choices.
    fallthrough: Patches,
    /// The ends of choices with no gather yet: to the next gather outside.
    loose: Patches,
}

impl Compiler {
    /// Emits the root flow.
    pub(super) fn lower_root(&mut self, story: &Story) {
        let names = self.ink_names();
        self.find_ink_paths(ROOT, true, 0, &story.body, &names);
        self.lower_flow(ROOT, &story.body, &[]);
    }

    /// Emits a knot, then its stitches.
    pub(super) fn lower_knot(&mut self, knot: &ast::Knot) {
        let first_stitch = knot
            .stitches
            .first()
            .map(|s| format!("{}.{}", knot.name.node, s.name.node));
        let body_is_empty = knot.body.is_empty();
        let names = self.ink_names();
        self.find_ink_paths(
            &knot.name.node,
            false,
            knot.params.len(),
            &knot.body,
            &names,
        );
        self.lower_flow_with(&knot.name.node, &knot.body, &knot.params, |c| {
            // A knot with no content of its own starts at its first stitch.
            if let (true, Some(first)) = (body_is_empty, &first_stitch) {
                let entry = c.flows[first].entry;
                c.emit(Op::Jump(entry));
            }
        });
        for stitch in &knot.stitches {
            let path = format!("{}.{}", knot.name.node, stitch.name.node);
            self.find_ink_paths(&path, false, stitch.params.len(), &stitch.body, &names);
            self.lower_flow(&path, &stitch.body, &stitch.params);
        }
    }

    /// Where ink would put the sequences of the flow about to be lowered
    /// (see `InkPaths::new`), for their shuffle seeds; not worked out when
    /// the program will not be run.
    fn find_ink_paths(
        &mut self,
        flow: &str,
        root: bool,
        params: usize,
        body: &[ast::Stmt],
        names: &Names,
    ) {
        if self.to_run {
            self.ink_paths = InkPaths::new(flow, root, params, body, names);
        }
    }

    /// What `ink_path` needs to know of the story's names.
    fn ink_names(&self) -> Names {
        Names {
            globals: std::sync::Arc::clone(&self.globals),
            lists: std::sync::Arc::clone(&self.lists),
        }
    }

    fn lower_flow(&mut self, path: &str, body: &[Stmt], params: &[ast::Param]) {
        self.lower_flow_with(path, body, params, |_| {});
    }

    /// Emits one flow: entry, parameters, visit, weave, and the end.
    fn lower_flow_with(
        &mut self,
        path: &str,
        body: &[Stmt],
        params: &[ast::Param],
        before_end: impl FnOnce(&mut Self),
    ) {
        let Some((entry, after_visit, counter, function, span)) = self
            .flows
            .get(path)
            .map(|f| (f.entry, f.after_visit, f.counter, f.function, f.span))
        else {
            return;
        };
        self.flow = std::sync::Arc::from(path);
        self.temps.clear();
        self.temp_count = 0;
        self.choice_ids.clear();
        self.place(entry);
        self.emit(Op::Visit(counter));
        self.place(after_visit);
        let frame_op = self.emit(Op::Frame(0));
        if !params.is_empty() {
            // A runtime error binding them (too few arguments) points here.
            self.mark(span);
        }
        for p in params.iter().rev() {
            let slot = self.declare_temp(&p.name);
            self.emit(Op::BindTemp(slot));
        }
        // ink knows a flow's temporaries before they are declared: one read
        // earlier reads 0 (with a runtime warning in ink).
        let mut names = Vec::new();
        temp_names(body, &mut names);
        self.check_param_and_temp_names(path, params, &names);
        for name in names {
            self.declare_temp(name);
        }
        let exits = self.weave(body);
        before_end(self);
        let end = self.here_label();
        self.patch(&exits.fallthrough, end);
        self.patch(&exits.loose, end);
        // As ink's compiler does, the root weave ends in `DONE`; running
        // off any other flow's end is a runtime error (see `Op::FallOff`).
        self.emit(if path == ROOT { Op::Done } else { Op::FallOff });
        self.program.code[frame_op] = Op::Frame(self.temp_count);
        self.program.flows.push(FlowInfo {
            path: path.to_string(),
            entry,
            function,
            counter,
            span,
        });
    }

    pub(super) fn declare_temp(&mut self, name: &ast::Name) -> u16 {
        if let Some(&slot) = self.temps.get(&name.node) {
            return slot;
        }
        let slot = self.temp_count;
        self.temp_count += 1;
        self.temps.insert(name.node.clone(), slot);
        slot
    }

    fn patch(&mut self, sites: &[usize], target: Label) {
        for &site in sites {
            self.program.code[site] = Op::Jump(target);
        }
    }

    fn placeholder(&mut self) -> usize {
        self.emit(Op::Jump(0))
    }

    /// Emits a weave; returns its exits for the caller to connect.
    fn weave(&mut self, stmts: &[Stmt]) -> Exits {
        let mut exits = Exits::default();
        let mut pending: Vec<(&ast::Choice, u32)> = Vec::new();
        for (at, stmt) in stmts.iter().enumerate() {
            match stmt {
                // Text that a block opens after on its line (`X {c:`) is
                // that line's start: the newline follows the block.
                Stmt::Line(content) if block_opens_after(stmts.get(at + 1)) => {
                    self.mark(content.span);
                    self.inline(&content.items);
                }
                Stmt::Choice(c) => {
                    let id = self.choice_point(c);
                    pending.push((c, id));
                }
                Stmt::Gather(g) => {
                    self.close_section(&mut pending, &mut exits);
                    let label = self.gather_label(g);
                    let loose = std::mem::take(&mut exits.loose);
                    self.patch(&loose, label);
                }
                _ => self.statement(stmt, &mut exits.loose),
            }
        }
        self.close_section(&mut pending, &mut exits);
        exits
    }

    /// Ends a section: if it had choices, the flow leaves the weave here and
    /// the choices' content follows, its ends becoming loose ends.
    fn close_section(&mut self, pending: &mut Vec<(&ast::Choice, u32)>, exits: &mut Exits) {
        if pending.is_empty() {
            return;
        }
        let jump = self.placeholder();
        exits.fallthrough.push(jump);
        for (choice, id) in pending.drain(..) {
            let ends = self.choice_body(choice, id);
            exits.loose.extend(ends);
        }
    }

    fn gather_label(&mut self, g: &ast::Gather) -> Label {
        let flow = self.flow.clone();
        match g
            .label
            .as_ref()
            .and_then(|l| self.flows[&*flow].labels.get(&l.node).copied())
        {
            Some((label, counter)) => {
                self.place(label);
                self.emit(Op::Visit(counter));
                label
            }
            None => self.here_label(),
        }
    }

    /// Emits a statement that is neither a choice nor a gather.
    fn statement(&mut self, stmt: &Stmt, loose: &mut Patches) {
        self.mark(stmt_span(stmt));
        match stmt {
            Stmt::Line(content) => self.line(&content.items),
            Stmt::Logic(logic) => self.logic(&logic.node, logic.span),
            Stmt::Cond(c) => self.conditional(c, loose),
            Stmt::Seq(s) => self.sequence(s, loose),
            Stmt::Choice(_) | Stmt::Gather(_) => {}
        }
    }

    /// A line of content, ended by a newline unless it ends in a divert or
    /// holds only tags or only diverts (`-> t ->`, `<- t`): ink gives those
    /// no newline of their own.
    fn line(&mut self, items: &[Inline]) {
        self.inline(items);
        if !ends_in_divert(items) && !only_tags(items) && !only_diverts(items) {
            self.emit(Op::Newline);
        }
    }

    fn logic(&mut self, logic: &ast::Logic, span: Span) {
        match logic {
            ast::Logic::Temp { name, value } => {
                self.expr(value);
                let slot = self.declare_temp(name);
                self.emit(Op::BindTemp(slot));
            }
            ast::Logic::Assign { name, op, value } => self.assign(name, *op, value),
            ast::Logic::Expr(e) => {
                self.expr(e);
                self.emit(Op::Pop);
            }
            ast::Logic::Return(value) => {
                if !self.flows.get(&*self.flow).is_some_and(|f| f.function) {
                    self.error("`return` outside a function", span);
                }
                match value {
                    Some(e) => self.expr(e),
                    None => {
                        self.emit(Op::Void);
                    }
                }
                self.emit(Op::Return);
            }
        }
    }

    fn assign(&mut self, name: &ast::Name, op: ast::AssignOp, value: &ast::Expr) {
        let path = crate::story::Spanned::new(name.node.clone(), name.span);
        let flow = self.flow.clone();
        let (get, set) = match self.resolve_var(&flow, &path) {
            Some(super::names::Var::Temp(slot)) => (Op::GetTemp(slot), Op::SetTemp(slot)),
            Some(super::names::Var::Global(g)) => (Op::GetGlobal(g), Op::SetGlobal(g)),
            Some(super::names::Var::Const(_)) => {
                return self.error(
                    format!("`{}` is a constant and cannot be changed", name.node),
                    name.span,
                );
            }
            _ => {
                let names = self.assignable_names();
                let help = crate::story::suggest::did_you_mean(&name.node, names)
                    .unwrap_or_else(|| "declare it with VAR, or with `temp` here".to_string());
                return self.report(
                    Diagnostic::error(format!("unknown variable `{}`", name.node), name.span)
                        .with_code("weave::unknown-variable")
                        .with_label("not declared")
                        .with_help(help),
                );
            }
        };
        if op != ast::AssignOp::Set {
            self.emit(get);
        }
        self.expr(value);
        self.mark(value.span);
        match op {
            ast::AssignOp::Add => {
                self.emit(Op::Binary(super::Binary::Add));
            }
            ast::AssignOp::Sub => {
                self.emit(Op::Binary(super::Binary::Sub));
            }
            ast::AssignOp::Set => {}
        }
        self.emit(set);
    }

    fn conditional(&mut self, c: &ast::Conditional, loose: &mut Patches) {
        let end = self.new_label();
        let subject = c.subject.as_ref().map(|s| {
            self.expr(s);
            let name =
                crate::story::Spanned::new(format!("$switch{}", self.program.code.len()), s.span);
            let slot = self.declare_temp(&name);
            self.emit(Op::BindTemp(slot));
            slot
        });
        for branch in &c.branches {
            let next = self.new_label();
            if let Some(slot) = subject {
                self.emit(Op::GetTemp(slot));
                self.expr(&branch.cond);
                self.emit(Op::Binary(super::Binary::Eq));
            } else {
                self.expr(&branch.cond);
            }
            self.mark(branch.cond.span);
            self.emit(Op::JumpIfFalse(next));
            self.block(&branch.body, end, loose);
            self.place(next);
        }
        if let Some(otherwise) = &c.otherwise {
            self.block(otherwise, end, loose);
        }
        self.place(end);
        // The block is a line of ink: its closing brace ends the line even
        // when no branch was taken (after `text -> tunnel ->`, say), unless
        // text follows it on that line (`} Y`), which ends the line.
        if !c.line_goes_on {
            self.emit(Op::Newline);
        }
    }

    fn sequence(&mut self, s: &ast::Sequence, loose: &mut Patches) {
        let end = self.new_label();
        let key = s as *const ast::Sequence as usize;
        let labels = self.sequence_switch(key, s.kind, s.branches.len(), end);
        for (branch, label) in s.branches.iter().zip(labels) {
            self.place(label);
            self.block(branch, end, loose);
        }
        self.place(end);
        if !s.line_goes_on {
            self.emit(Op::Newline);
        }
    }

    /// A branch of a block: its own weave, continuing at `end`. Like ink, a
    /// multi-line branch starts on a new line.
    fn block(&mut self, body: &[Stmt], end: Label, loose: &mut Patches) {
        self.emit(Op::Newline);
        let exits = self.weave(body);
        self.emit(Op::Jump(end));
        self.patch(&exits.fallthrough, end);
        // As in ink: a choice in a conditional or sequence has no gather to
        // run on to, so it must divert.
        let loose_choice = body.iter().find_map(|s| match s {
            Stmt::Choice(c) if !choice_diverts(c) => Some(c.span),
            _ => None,
        });
        if let Some(span) = loose_choice {
            self.error(
                "a choice inside a conditional or sequence must end in a divert (or, for a condition on the choice, write `* {condition} text`)",
                span,
            );
        }
        loose.extend(exits.loose);
    }

    /// Emits a choice point (text, conditions, offer); returns the choice id.
    fn choice_point(&mut self, c: &ast::Choice) -> u32 {
        let has_text = !c.start.is_empty() || c.choice_only.is_some();
        if has_text {
            self.emit(Op::BeginString);
            self.in_choice_text = true;
            self.inline(&c.start);
            if let Some(only) = &c.choice_only {
                self.inline(only);
            }
            self.in_choice_text = false;
            self.emit(Op::EndString);
        }
        for (i, cond) in c.conditions.iter().enumerate() {
            self.expr(cond);
            if i > 0 {
                self.emit(Op::Binary(super::Binary::And));
            }
        }
        let target = self.new_label();
        let counter = match c
            .label
            .as_ref()
            .and_then(|l| self.flows[&*self.flow].labels.get(&l.node).copied())
        {
            Some((_, counter)) => counter,
            None => {
                let counter = self.new_counter(format!("{}.choice", self.flow), c.span);
                self.program.addresses.push((target, counter));
                counter
            }
        };
        let id = self.program.choices.len() as u32;
        let stable_id = self.choice_id(c);
        self.program.choices.push(ChoiceInfo {
            id: stable_id,
            target,
            counter,
            sticky: c.sticky,
            fallback: c.is_fallback(),
            has_condition: !c.conditions.is_empty(),
            has_text,
            span: c.span,
        });
        self.mark(c.span);
        self.emit(Op::Choice(id));
        id
    }

    /// Emits what a choice prints when taken and its nested weave; returns
    /// its loose ends.
    fn choice_body(&mut self, c: &ast::Choice, id: u32) -> Patches {
        let info = &self.program.choices[id as usize];
        let (target, counter) = (info.target, info.counter);
        self.place(target);
        if let Some((label, _)) = c
            .label
            .as_ref()
            .and_then(|l| self.flows[&*self.flow].labels.get(&l.node).copied())
        {
            self.place(label);
        }
        self.emit(Op::Visit(counter));
        // The start content is lowered again; its sequences share counters
        // with the choice text through the node addresses of `c.start`.
        self.in_choice_text = true;
        self.inline(&c.start);
        self.inline(&c.output);
        self.in_choice_text = false;
        let last = if c.output.is_empty() {
            &c.start
        } else {
            &c.output
        };
        if !ends_in_divert(last) {
            self.emit(Op::Newline);
        }
        let exits = self.weave(&c.body);
        let mut loose = exits.loose;
        loose.push(self.placeholder());
        if !exits.fallthrough.is_empty() {
            // After the choice points of a nested weave the flow stops.
            let stop = self.here_label();
            self.emit(Op::FallOff);
            self.patch(&exits.fallthrough, stop);
        }
        loose
    }

    /// A stable id for a choice: the flow, then its label or its first words.
    fn choice_id(&mut self, c: &ast::Choice) -> String {
        let mut id = format!("{}/", self.flow);
        match &c.label {
            Some(l) => id.push_str(&l.node),
            None => {
                let text = c.start.iter().chain(c.choice_only.iter().flatten());
                push_slug(
                    &mut id,
                    text.filter_map(|item| match item {
                        Inline::Text(t) => Some(t.as_str()),
                        _ => None,
                    }),
                );
            }
        }
        if id.ends_with('/') {
            id.push_str("fallback");
        }
        let n = self.choice_ids.entry(id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            id.push_str(&format!("~{n}"));
        }
        id
    }
}

/// Where a statement stands in the source (for errors and coverage).
/// Whether `next` is a block opening on the line of the text before it.
fn block_opens_after(next: Option<&Stmt>) -> bool {
    match next {
        Some(Stmt::Cond(c)) => c.after_text,
        Some(Stmt::Seq(s)) => s.after_text,
        _ => false,
    }
}

fn stmt_span(stmt: &Stmt) -> Span {
    match stmt {
        Stmt::Line(c) => c.span,
        Stmt::Logic(l) => l.span,
        Stmt::Choice(c) => c.span,
        Stmt::Gather(g) => g.span,
        Stmt::Cond(c) => c.span,
        Stmt::Seq(s) => s.span,
    }
}

/// Whether content ends by going elsewhere, so no newline follows it.
/// Whether a choice's content ends in a divert (or every way through its
/// nested weave does), so it leaves no loose end.
fn choice_diverts(c: &ast::Choice) -> bool {
    match c.body.last() {
        None => ends_in_divert(&c.output) || (c.output.is_empty() && ends_in_divert(&c.start)),
        Some(Stmt::Line(content)) => ends_in_divert(&content.items),
        Some(Stmt::Choice(inner)) => choice_diverts(inner),
        Some(_) => false,
    }
}

fn only_diverts(items: &[Inline]) -> bool {
    !items.is_empty()
        && items
            .iter()
            .all(|i| matches!(i, Inline::Divert(_) | Inline::TunnelReturn(_)))
}

fn only_tags(items: &[Inline]) -> bool {
    items.iter().any(|i| matches!(i, Inline::Tag(_)))
        && items.iter().all(|i| match i {
            Inline::Tag(_) => true,
            Inline::Text(t) => t.trim().is_empty(),
            _ => false,
        })
}

fn ends_in_divert(items: &[Inline]) -> bool {
    match items.last() {
        Some(Inline::Divert(d)) => d.kind == ast::DivertKind::Goto,
        Some(Inline::TunnelReturn(_)) => true,
        _ => false,
    }
}

/// Appends up to six lowercase words of `texts` joined by dashes (the
/// texts are separate words from each other).
fn push_slug<'a>(out: &mut String, texts: impl Iterator<Item = &'a str>) {
    let words = texts.flat_map(|t| t.split(|c: char| !c.is_alphanumeric()));
    for (n, word) in words.filter(|w| !w.is_empty()).take(6).enumerate() {
        if n > 0 {
            out.push('-');
        }
        if word.is_ascii() {
            let start = out.len();
            out.push_str(word);
            out[start..].make_ascii_lowercase();
        } else {
            out.push_str(&word.to_lowercase());
        }
    }
}

/// The temporaries declared anywhere in a weave, in source order.
fn temp_names<'a>(stmts: &'a [Stmt], out: &mut Vec<&'a ast::Name>) {
    for stmt in stmts {
        match stmt {
            Stmt::Logic(logic) => {
                if let ast::Logic::Temp { name, .. } = &logic.node {
                    out.push(name);
                }
            }
            Stmt::Choice(c) => temp_names(&c.body, out),
            Stmt::Cond(c) => {
                for b in &c.branches {
                    temp_names(&b.body, out);
                }
                if let Some(otherwise) = &c.otherwise {
                    temp_names(otherwise, out);
                }
            }
            Stmt::Seq(s) => {
                for b in &s.branches {
                    temp_names(b, out);
                }
            }
            Stmt::Line(_) | Stmt::Gather(_) => {}
        }
    }
}
