//! Names that ink lets only one kind of thing have: a knot or function, a
//! global (variable, constant, list), a list item, a stitch, a parameter.
//! ink refuses a story where two kinds share a name (`VAR f` beside
//! `== function f ==`, a stitch named like a variable, a parameter named
//! like a variable, a function or a list item); so does weave, with the
//! error on the later declaration's kind as ink puts it.

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

    /// A temporary named like a global variable or constant, as ink refuses.
    pub(super) fn check_temp_name(&mut self, name: &ast::Name) {
        if self.globals.contains_key(&name.node) {
            self.collision(&name.node, "a temporary", "a global variable", name.span);
        }
    }
}
