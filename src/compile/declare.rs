//! The first pass: names every global, list, list item, knot, stitch,
//! function and label, and reports duplicates, before any code is emitted.

use super::{Compiler, FlowSym, GlobalInfo, GlobalSym, ListDef, ListItem};
use crate::story::{Span, Spanned, Story, ast};
use crate::value::Value;
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// The name a global declaration declares.
fn global_name(g: &ast::Global) -> &ast::Name {
    match g {
        ast::Global::Var { name, .. }
        | ast::Global::Const { name, .. }
        | ast::Global::List { name, .. }
        | ast::Global::External { name, .. } => name,
    }
}

/// The flow path of the root content, before the first knot.
pub const ROOT: &str = "(root)";

impl Compiler {
    pub(super) fn declare(&mut self, story: &Story) {
        // Every flow gets an entry in these: reserved once, not grown.
        let flows = 1 + story
            .knots
            .iter()
            .map(|k| 1 + k.stitches.len())
            .sum::<usize>();
        Arc::make_mut(&mut self.flows).reserve(flows);
        Arc::make_mut(&mut self.params_by_entry).reserve(flows);
        self.program.counters.reserve(flows);
        self.label_pcs.reserve(2 * flows);
        for (i, g) in story.globals.iter().enumerate() {
            self.declare_global(&g.node, g.span, &story.globals[..i]);
        }
        self.check_name_collisions(story);
        self.declare_flow(
            ROOT.into(),
            Arc::from(ROOT),
            &[],
            false,
            &story.body,
            Span::default(),
        );
        for knot in &story.knots {
            let name = knot.name.node.as_str();
            if name.contains('.') || self.flows.contains_key(name) {
                let first = self.flows.get(name).map(|f| f.span);
                self.duplicate(
                    format!("there is already a knot or function named `{name}`"),
                    knot.name.span,
                    first,
                );
                continue;
            }
            // The knot's name, shared by its stitches.
            let knot_name: Arc<str> = Arc::from(name);
            self.declare_flow(
                name.to_string(),
                Arc::clone(&knot_name),
                &knot.params,
                knot.function,
                &knot.body,
                knot.name.span,
            );
            for stitch in &knot.stitches {
                let path = format!("{name}.{}", stitch.name.node);
                if let Some(first) = self.flows.get(&path).map(|f| f.span) {
                    self.duplicate(
                        format!("there is already a stitch named `{path}`"),
                        stitch.name.span,
                        Some(first),
                    );
                    continue;
                }
                self.declare_flow(
                    path,
                    Arc::clone(&knot_name),
                    &stitch.params,
                    knot.function,
                    &stitch.body,
                    stitch.name.span,
                );
            }
        }
    }

    /// Declares one global; `before` are the globals declared before it.
    fn declare_global(&mut self, g: &ast::Global, span: Span, before: &[Spanned<ast::Global>]) {
        let name = global_name(g);
        let taken = match g {
            ast::Global::External { .. } => self.externals.contains_key(&name.node),
            _ => self.globals.contains_key(&name.node),
        };
        if taken {
            let external = matches!(g, ast::Global::External { .. });
            let first = before
                .iter()
                .map(|b| {
                    (
                        matches!(b.node, ast::Global::External { .. }),
                        global_name(&b.node),
                    )
                })
                .find(|(ext, n)| *ext == external && n.node == name.node)
                .map(|(_, n)| n.span);
            self.duplicate(
                format!("`{}` is declared twice", name.node),
                name.span,
                first,
            );
            return;
        }
        match g {
            ast::Global::Var { name, value } => {
                self.add_global_var(&name.node, value.clone());
            }
            ast::Global::Const { name, value } => {
                Arc::make_mut(&mut self.globals)
                    .insert(name.node.clone(), GlobalSym::Const(value.clone()));
            }
            ast::Global::List { name, items } => self.declare_list(name, items, span),
            ast::Global::External { name, params } => {
                Arc::make_mut(&mut self.externals).insert(name.node.clone(), params.len());
            }
        }
    }

    fn add_global_var(&mut self, name: &str, init: ast::Expr) -> u32 {
        let id = self.program.globals.len() as u32;
        self.program.globals.push(GlobalInfo {
            name: name.to_string(),
            initial: Value::Void,
        });
        Arc::make_mut(&mut self.global_inits).push(init);
        self.global_reads.push(0);
        Arc::make_mut(&mut self.globals).insert(name.to_string(), GlobalSym::Var(id));
        id
    }

    fn declare_list(&mut self, name: &ast::Name, items: &[ast::ListItemDef], span: Span) {
        let list = self.program.lists.len() as u32;
        let mut def_items = Vec::new();
        let mut next = 1;
        let mut selected = Vec::new();
        for item in items {
            let value = item.value.unwrap_or(next);
            next = value.wrapping_add(1);
            def_items.push((item.name.node.clone(), value));
            let li = ListItem { list, value };
            Arc::make_mut(&mut self.list_items)
                .entry(item.name.node.clone())
                .or_default()
                .push(li);
            Arc::make_mut(&mut self.list_items)
                .entry(format!("{}.{}", name.node, item.name.node))
                .or_default()
                .push(li);
            if item.selected {
                selected.push(crate::story::Spanned::new(
                    format!("{}.{}", name.node, item.name.node),
                    item.name.span,
                ));
            }
        }
        self.program
            .lists
            .push(ListDef::new(name.node.clone(), def_items));
        Arc::make_mut(&mut self.lists).insert(name.node.clone(), list);
        // A LIST also declares a variable holding its selected items.
        let init = crate::story::Spanned::new(ast::ExprKind::List(selected), span);
        self.add_global_var(&name.node, init);
    }

    fn declare_flow(
        &mut self,
        path: String,
        knot: Arc<str>,
        params: &[ast::Param],
        function: bool,
        body: &[ast::Stmt],
        span: Span,
    ) {
        let entry = self.new_label();
        let after_visit = self.new_label();
        let counter = self.new_counter(path.clone(), span);
        self.program.addresses.push((entry, counter));
        let mut labels = HashMap::default();
        self.declare_labels(&path, body, &mut labels);
        Arc::make_mut(&mut self.params_by_entry).insert(entry, params.to_vec());
        let owner: Arc<str> = Arc::from(path.as_str());
        let owners = Arc::make_mut(&mut self.label_owners);
        owners.insert(entry, (owner.clone(), true));
        for &(l, _) in labels.values() {
            owners.insert(l, (owner.clone(), false));
        }
        if *path != *knot && !labels.is_empty() {
            let index = Arc::make_mut(&mut self.stitch_labels)
                .entry(knot.to_string())
                .or_default();
            for (name, &l) in &labels {
                index
                    .entry(name.clone())
                    .and_modify(|found| *found = None)
                    .or_insert(Some(l));
            }
        }
        Arc::make_mut(&mut self.flows).insert(
            path,
            FlowSym {
                entry,
                after_visit,
                counter,
                params: params.to_vec(),
                function,
                labels,
                knot,
                span,
            },
        );
    }

    /// Names the labelled gathers and choices of a weave, nested ones too.
    fn declare_labels(
        &mut self,
        flow: &str,
        body: &[ast::Stmt],
        labels: &mut HashMap<String, (u32, u32)>,
    ) {
        for stmt in body {
            let name = match stmt {
                ast::Stmt::Choice(c) => c.label.as_ref(),
                ast::Stmt::Gather(g) => g.label.as_ref(),
                _ => None,
            };
            if let Some(name) = name {
                if let Some(&(_, counter)) = labels.get(&name.node) {
                    let first = counter
                        .checked_sub(self.counter_base)
                        .and_then(|c| self.program.counters.get(c as usize))
                        .map(|c| c.span);
                    self.duplicate(
                        format!("the label `{}` is used twice in `{flow}`", name.node),
                        name.span,
                        first,
                    );
                } else {
                    let label = self.new_label();
                    let counter = self.new_counter(format!("{flow}.{}", name.node), name.span);
                    self.program.addresses.push((label, counter));
                    labels.insert(name.node.clone(), (label, counter));
                }
            }
            match stmt {
                ast::Stmt::Choice(c) => self.declare_labels(flow, &c.body, labels),
                ast::Stmt::Cond(c) => {
                    for body in c.branches.iter().map(|b| &b.body).chain(&c.otherwise) {
                        self.declare_labels(flow, body, labels);
                    }
                }
                ast::Stmt::Seq(s) => {
                    for body in &s.branches {
                        self.declare_labels(flow, body, labels);
                    }
                }
                _ => {}
            }
        }
    }

    /// The value of a list item named `item` or `list.item`, if unambiguous.
    pub(super) fn list_item_value(&self, name: &str) -> Option<Value> {
        match self.list_items.get(name).map(Vec::as_slice) {
            Some([item]) => Some(Value::List(crate::value::ListValue::from_items(
                vec![*item],
                vec![item.list],
            ))),
            _ => None,
        }
    }
}
