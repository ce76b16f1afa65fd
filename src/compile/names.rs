//! Name resolution, relative to the flow being compiled: divert targets
//! (labels, stitches, knots, or variables holding a target) and the names
//! an expression may use (temporaries, globals, constants, list items,
//! visit counts).

use super::{Compiler, GlobalSym, Label};
use crate::story::ast;

/// What a divert target names.
pub enum Resolved {
    /// A fixed address.
    Static(Label),
    /// A temporary or parameter holding a divert target.
    Temp(u16),
    /// A global variable holding a divert target.
    Global(u32),
}

/// What a name in an expression stands for.
pub enum Var {
    Temp(u16),
    Global(u32),
    Const(ast::Expr),
    /// The visit count of a knot, stitch or label.
    Visits(u32),
    ListItem(crate::value::Value),
}

impl Compiler {
    /// The knot a flow (a knot or stitch path) belongs to.
    fn knot_of(&self, flow: &str) -> &str {
        self.flows.get(flow).map_or("", |f| &*f.knot)
    }

    /// Finds a knot, stitch or label by a dotted path, seen from `flow`.
    pub(super) fn resolve_address(&self, flow: &str, path: &str) -> Option<(Label, u32)> {
        let knot = self.knot_of(flow);
        let (first, rest) = path.split_once('.').unwrap_or((path, ""));
        let rest: Vec<&str> = if rest.is_empty() {
            Vec::new()
        } else {
            rest.split('.').collect()
        };
        // A label in this flow, then anywhere in its knot.
        if rest.is_empty() {
            if let Some(&l) = self.flows.get(flow).and_then(|f| f.labels.get(first)) {
                return Some(l);
            }
            if let Some(l) = self.address_in(knot, &[first]) {
                return Some(l);
            }
        }
        // A stitch of this knot (with an optional label).
        if let Some(found) = self.address_in(&format!("{knot}.{first}"), &rest) {
            return Some(found);
        }
        // A knot (and then a stitch or label within it), or at last, as in
        // ink, a label of the root weave (before the first knot).
        match rest.split_first() {
            None => self
                .address_in(first, &[])
                .or_else(|| self.address_in(super::declare::ROOT, &[first])),
            Some((stitch, after)) => {
                if let Some(found) = self.address_in(&format!("{first}.{stitch}"), after) {
                    return Some(found);
                }
                self.address_in(first, &rest)
            }
        }
    }

    /// The address of flow `flow`, or of a label inside it.
    /// `knot.label` also finds a label inside one of the knot's stitches,
    /// as ink's deep search does.
    fn address_in(&self, flow: &str, rest: &[&str]) -> Option<(Label, u32)> {
        let f = self.flows.get(flow)?;
        match rest {
            [] => Some((f.entry, f.counter)),
            [label] => f.labels.get(*label).copied().or_else(|| {
                self.stitch_labels
                    .get(flow)
                    .and_then(|index| index.get(*label).copied().flatten())
            }),
            _ => None,
        }
    }

    /// Resolves a divert target from `flow`: an address, or a variable.
    pub(super) fn resolve_target(&self, flow: &str, path: &ast::Path) -> Option<Resolved> {
        if let Some(&slot) = self
            .temps
            .get(&path.node)
            .filter(|_| !path.node.contains('.'))
        {
            return Some(Resolved::Temp(slot));
        }
        if let Some((label, _)) = self.resolve_address(flow, &path.node) {
            return Some(Resolved::Static(label));
        }
        if let Some(GlobalSym::Var(g)) = self.globals.get(&path.node) {
            return Some(Resolved::Global(*g));
        }
        None
    }

    /// Resolves a name used in an expression.
    pub(super) fn resolve_var(&self, flow: &str, path: &ast::Path) -> Option<Var> {
        let name = path.node.as_str();
        if let Some(&slot) = self.temps.get(name) {
            return Some(Var::Temp(slot));
        }
        match self.globals.get(name) {
            Some(GlobalSym::Var(g)) => return Some(Var::Global(*g)),
            Some(GlobalSym::Const(e)) => return Some(Var::Const(e.clone())),
            None => {}
        }
        if let Some((_, counter)) = self.resolve_address(flow, name) {
            return Some(Var::Visits(counter));
        }
        self.list_item_value(name).map(Var::ListItem)
    }

    /// Every name a divert target could be, seen from `flow`, for "did you
    /// mean": flows by full path, this knot's stitches and labels by their
    /// short names, temporaries and global variables.
    pub(super) fn target_names(&self, flow: &str) -> Vec<&str> {
        let knot = self.knot_of(flow);
        let mut names: Vec<&str> = Vec::new();
        for (path, f) in self.flows.iter() {
            names.push(path);
            let stitch = path.strip_prefix(knot).and_then(|p| p.strip_prefix('.'));
            if let Some(stitch) = stitch {
                names.push(stitch);
            }
            if path == flow || path == knot || stitch.is_some() {
                names.extend(f.labels.keys().map(String::as_str));
            }
        }
        names.extend(self.temps.keys().map(String::as_str));
        names.extend(
            self.globals
                .iter()
                .filter(|(_, g)| matches!(g, GlobalSym::Var(_)))
                .map(|(n, _)| n.as_str()),
        );
        names
    }

    /// Every name an expression could use, seen from `flow`: temporaries,
    /// globals and constants, list items, and what a visit count can name.
    pub(super) fn var_names(&self, flow: &str) -> Vec<&str> {
        let mut names = self.target_names(flow);
        names.extend(self.globals.keys().map(String::as_str));
        names.extend(self.list_items.keys().map(String::as_str));
        names
    }

    /// The variables an assignment could mean: temporaries and globals.
    pub(super) fn assignable_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.temps.keys().map(String::as_str).collect();
        names.extend(
            self.globals
                .iter()
                .filter(|(_, g)| matches!(g, GlobalSym::Var(_)))
                .map(|(n, _)| n.as_str()),
        );
        names
    }
}
