//! Names that ink lets only one kind of thing have: a knot or function, a
//! global (variable, constant, list), a list item, a stitch, a parameter.
//! ink refuses a story where two kinds share a name (`VAR f` beside
//! `== function f ==`, a stitch named like a variable, a parameter named
//! like a variable, a function or a list item; a temporary named like a
//! parameter, a flow, a stitch or label it sees, or declared twice; a
//! label named like a variable, a list, a list item or a knot); so
//! does weave, with the error on the later declaration's kind as ink puts
//! it.

use super::Compiler;
use crate::story::{Span, Story, ast};
use rustc_hash::FxHashMap as HashMap;

impl Compiler {
    pub(super) fn check_name_collisions(&mut self, story: &Story) {
        let mut flows: HashMap<&str, &'static str> = HashMap::default();
        for knot in &story.knots {
            let kind = if knot.function {
                "a function"
            } else {
                "a knot"
            };
            flows.entry(knot.name.node.as_str()).or_insert(kind);
        }
        let mut globals: HashMap<&str, &'static str> = HashMap::default();
        let mut items: HashMap<&str, &'static str> = HashMap::default();
        let mut found = Vec::new();
        for g in &story.globals {
            let (name, kind) = match &g.node {
                ast::Global::Var { name, .. } => (name, "a variable"),
                ast::Global::Const { name, .. } => (name, "a constant"),
                ast::Global::List { name, items: list } => {
                    for item in list {
                        items
                            .entry(item.name.node.as_str())
                            .or_insert("a list item");
                        if let Some(other) = flows.get(item.name.node.as_str()) {
                            found.push((&item.name, "a list item", *other));
                        }
                    }
                    (name, "a list")
                }
                // An EXTERNAL may have a function of its name as fallback.
                ast::Global::External { .. } => continue,
            };
            globals.entry(name.node.as_str()).or_insert(kind);
            if let Some(other) = flows.get(name.node.as_str()) {
                found.push((name, kind, *other));
            }
        }
        let taken = |name: &str| {
            flows
                .get(name)
                .or_else(|| globals.get(name))
                .or_else(|| items.get(name))
                .copied()
        };
        for knot in &story.knots {
            for p in &knot.params {
                if let Some(other) = taken(&p.name.node) {
                    found.push((&p.name, "a parameter", other));
                }
            }
            for stitch in &knot.stitches {
                let name = stitch.name.node.as_str();
                if let Some(other) = globals.get(name).or_else(|| items.get(name)) {
                    found.push((&stitch.name, "a stitch", *other));
                }
                for p in &stitch.params {
                    if let Some(other) = taken(&p.name.node) {
                        found.push((&p.name, "a parameter", other));
                    }
                }
            }
        }
        // A label may share its name with a constant, not with a variable,
        // a list, a list item or a knot.
        let mut labels = Vec::new();
        labels_of(&story.body, &mut labels);
        for knot in &story.knots {
            labels_of(&knot.body, &mut labels);
            for stitch in &knot.stitches {
                labels_of(&stitch.body, &mut labels);
            }
        }
        for label in labels {
            let name = label.node.as_str();
            let other = flows
                .get(name)
                .or_else(|| globals.get(name).filter(|k| **k != "a constant"))
                .or_else(|| items.get(name));
            if let Some(other) = other {
                found.push((label, "a label", *other));
            }
        }
        for (name, kind, other) in found {
            self.collision(&name.node, kind, other, name.span);
        }
    }

    fn collision(&mut self, name: &str, kind: &str, other: &str, span: Span) {
        self.error(
            format!("`{name}` is already the name of {other}: {kind} cannot have it too (ink refuses this)"),
            span,
        );
    }

    /// The parameters and temporaries of flow `path`, as ink checks them:
    /// no two parameters share a name, a temporary is declared once, and
    /// neither is named like a global, a parameter, a knot or function, a
    /// stitch of its knot, a label of its flow or a list item.
    pub(super) fn check_param_and_temp_names(
        &mut self,
        path: &str,
        params: &[ast::Param],
        temps: &[&ast::Name],
    ) {
        let mut seen = rustc_hash::FxHashSet::default();
        for p in params {
            if !seen.insert(p.name.node.as_str()) {
                self.error(
                    format!(
                        "two parameters are named `{}` (ink refuses this)",
                        p.name.node
                    ),
                    p.name.span,
                );
            }
        }
        for name in temps {
            if let Some(other) = self.temp_clash(path, &name.node) {
                self.collision(&name.node, "a temporary", other, name.span);
            } else if !seen.insert(name.node.as_str()) {
                let at = if params.iter().any(|p| p.name.node == name.node) {
                    "a parameter"
                } else {
                    "a temporary declared earlier"
                };
                self.collision(&name.node, "a temporary", at, name.span);
            }
        }
    }

    /// What other than a parameter or temporary of flow `path` has `name`.
    fn temp_clash(&self, path: &str, name: &str) -> Option<&'static str> {
        if self.globals.contains_key(name) {
            return Some("a global variable");
        }
        if let Some(flow) = self.flows.get(name) {
            return Some(if flow.function {
                "a function"
            } else {
                "a knot"
            });
        }
        let knot = self.flows.get(path).map(|f| f.knot.clone());
        if knot.is_some_and(|k| self.flows.contains_key(&format!("{k}.{name}"))) {
            return Some("a stitch of this knot");
        }
        if self
            .flows
            .get(path)
            .is_some_and(|f| f.labels.contains_key(name))
        {
            return Some("a label of this flow");
        }
        if self.list_items.contains_key(name) {
            return Some("a list item");
        }
        None
    }
}

/// The labels of gathers and choices in a weave, nested ones too.
fn labels_of<'a>(body: &'a [ast::Stmt], out: &mut Vec<&'a ast::Name>) {
    for stmt in body {
        match stmt {
            ast::Stmt::Choice(c) => {
                out.extend(&c.label);
                labels_of(&c.body, out);
            }
            ast::Stmt::Gather(g) => out.extend(&g.label),
            ast::Stmt::Cond(c) => {
                for body in c.branches.iter().map(|b| &b.body).chain(&c.otherwise) {
                    labels_of(body, out);
                }
            }
            ast::Stmt::Seq(s) => {
                for body in &s.branches {
                    labels_of(body, out);
                }
            }
            ast::Stmt::Line(_) | ast::Stmt::Logic(_) => {}
        }
    }
}
