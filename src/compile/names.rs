//! Name resolution, relative to the flow being compiled: divert targets
//! (labels, stitches, knots, or variables holding a target) and the names
//! an expression may use (temporaries, globals, constants, list items,
//! visit counts).
//!
//! The rules are written once, over the [`Names`] a story declares: the
//! compiler's tables answer it, and so does the language server's symbol
//! index (`lsp::index`), so go to definition finds what the compiled story
//! jumps to.

use super::{Compiler, GlobalSym, Label};
use crate::story::ast;
use crate::story::suggest::did_you_mean;

/// The knots, stitches and labels of a story, as resolution looks them up.
pub trait Scopes {
    /// What a found knot, stitch or label is to the one asking.
    type Found: Copy;
    /// The flow (knot or stitch) with this full path.
    fn flow(&self, path: &str) -> Option<Self::Found>;
    /// A label declared in the flow `flow` (not in its stitches).
    fn label(&self, flow: &str, name: &str) -> Option<Self::Found>;
    /// The label of that name in one of the stitches of `knot`, if exactly
    /// one stitch has it.
    fn stitch_label(&self, knot: &str, name: &str) -> Option<Self::Found>;
}

/// Every name a story declares, as resolution looks them up.
pub trait Names: Scopes {
    type Temp;
    type Var;
    type Const;
    type Item;
    /// A temporary or parameter of the flow `flow`.
    fn temp(&self, flow: &str, name: &str) -> Option<Self::Temp>;
    /// A global variable (a `LIST` is one too).
    fn var(&self, name: &str) -> Option<Self::Var>;
    fn constant(&self, name: &str) -> Option<Self::Const>;
    /// A list item by `item` or `List.item`, if only one list has it.
    fn list_item(&self, name: &str) -> Option<Self::Item>;
}

/// What a divert target names.
pub enum Target<N: Names + ?Sized> {
    Temp(N::Temp),
    Address(N::Found),
    Var(N::Var),
}

/// What a name in an expression names.
pub enum Named<N: Names + ?Sized> {
    Temp(N::Temp),
    Var(N::Var),
    Const(N::Const),
    /// The visit count of a knot, stitch or label.
    Visits(N::Found),
    ListItem(N::Item),
}

/// The knot a flow (a knot or stitch path) belongs to.
pub fn knot_of(flow: &str) -> &str {
    flow.split_once('.').map_or(flow, |(knot, _)| knot)
}

/// Finds a knot, stitch or label by a dotted path, seen from `flow`.
pub fn resolve_address<S: Scopes + ?Sized>(s: &S, flow: &str, path: &str) -> Option<S::Found> {
    let knot = knot_of(flow);
    let (first, rest) = path.split_once('.').unwrap_or((path, ""));
    let rest: Vec<&str> = if rest.is_empty() {
        Vec::new()
    } else {
        rest.split('.').collect()
    };
    // A label in this flow, then anywhere in its knot.
    if rest.is_empty() {
        if let Some(l) = s.label(flow, first) {
            return Some(l);
        }
        if let Some(l) = address_in(s, knot, &[first]) {
            return Some(l);
        }
    }
    // A stitch of this knot (with an optional label).
    if let Some(found) = address_in(s, &format!("{knot}.{first}"), &rest) {
        return Some(found);
    }
    // A knot (and then a stitch or label within it), or at last, as in
    // ink, a label of the root weave (before the first knot).
    match rest.split_first() {
        None => address_in(s, first, &[]).or_else(|| address_in(s, super::declare::ROOT, &[first])),
        Some((stitch, after)) => address_in(s, &format!("{first}.{stitch}"), after)
            .or_else(|| address_in(s, first, &rest)),
    }
}

/// The address of flow `flow`, or of a label inside it. `knot.label` also
/// finds a label inside one of the knot's stitches, as ink's deep search
/// does.
fn address_in<S: Scopes + ?Sized>(s: &S, flow: &str, rest: &[&str]) -> Option<S::Found> {
    let entry = s.flow(flow)?;
    match rest {
        [] => Some(entry),
        [label] => s.label(flow, label).or_else(|| s.stitch_label(flow, label)),
        _ => None,
    }
}

/// Resolves a divert target from `flow`: a temporary holding a target, an
/// address, or a global variable holding one.
pub fn resolve_target<N: Names + ?Sized>(n: &N, flow: &str, path: &str) -> Option<Target<N>> {
    if let Some(t) = n.temp(flow, path).filter(|_| !path.contains('.')) {
        return Some(Target::Temp(t));
    }
    if let Some(found) = resolve_address(n, flow, path) {
        return Some(Target::Address(found));
    }
    n.var(path).map(Target::Var)
}

/// Resolves a name used in an expression in `flow`.
pub fn resolve_name<N: Names + ?Sized>(n: &N, flow: &str, name: &str) -> Option<Named<N>> {
    if let Some(t) = n.temp(flow, name) {
        return Some(Named::Temp(t));
    }
    if let Some(v) = n.var(name) {
        return Some(Named::Var(v));
    }
    if let Some(c) = n.constant(name) {
        return Some(Named::Const(c));
    }
    if let Some(found) = resolve_address(n, flow, name) {
        return Some(Named::Visits(found));
    }
    n.list_item(name).map(Named::ListItem)
}

/// What a divert target names, to the compiler.
pub enum Resolved {
    /// A fixed address.
    Static(Label),
    /// A temporary or parameter holding a divert target.
    Temp(u16),
    /// A global variable holding a divert target.
    Global(u32),
}

/// What a name in an expression stands for, to the compiler.
pub enum Var {
    Temp(u16),
    Global(u32),
    Const(ast::Expr),
    /// The visit count of a knot, stitch or label.
    Visits(u32),
    ListItem(crate::value::Value),
}

/// The compiler's tables. Its temporaries are those of the flow being
/// lowered, whichever flow is asked about.
impl Scopes for Compiler {
    type Found = (Label, u32);

    fn flow(&self, path: &str) -> Option<(Label, u32)> {
        self.flows.get(path).map(|f| (f.entry, f.counter))
    }

    fn label(&self, flow: &str, name: &str) -> Option<(Label, u32)> {
        self.flows.get(flow)?.labels.get(name).copied()
    }

    fn stitch_label(&self, knot: &str, name: &str) -> Option<(Label, u32)> {
        self.stitch_labels.get(knot)?.get(name).copied().flatten()
    }
}

impl Names for Compiler {
    type Temp = u16;
    type Var = u32;
    type Const = ast::Expr;
    type Item = crate::value::Value;

    fn temp(&self, _flow: &str, name: &str) -> Option<u16> {
        self.temps.get(name).copied()
    }

    fn var(&self, name: &str) -> Option<u32> {
        match self.globals.get(name) {
            Some(GlobalSym::Var(g)) => Some(*g),
            _ => None,
        }
    }

    fn constant(&self, name: &str) -> Option<ast::Expr> {
        match self.globals.get(name) {
            Some(GlobalSym::Const(e)) => Some(e.clone()),
            _ => None,
        }
    }

    fn list_item(&self, name: &str) -> Option<crate::value::Value> {
        self.list_item_value(name)
    }
}

impl Compiler {
    /// Resolves a divert target from `flow`: an address, or a variable.
    pub(super) fn resolve_target(&self, flow: &str, path: &ast::Path) -> Option<Resolved> {
        Some(match resolve_target(self, flow, &path.node)? {
            Target::Temp(slot) => Resolved::Temp(slot),
            Target::Address((label, _)) => Resolved::Static(label),
            Target::Var(g) => Resolved::Global(g),
        })
    }

    /// Resolves a name used in an expression.
    pub(super) fn resolve_var(&self, flow: &str, path: &ast::Path) -> Option<Var> {
        Some(match resolve_name(self, flow, &path.node)? {
            Named::Temp(slot) => Var::Temp(slot),
            Named::Var(g) => Var::Global(g),
            Named::Const(e) => Var::Const(e),
            Named::Visits((_, counter)) => Var::Visits(counter),
            Named::ListItem(v) => Var::ListItem(v),
        })
    }

    /// "did you mean" for an unknown divert target `name` seen from `flow`:
    /// the closest of the flows by full path, this knot's stitches and
    /// labels by their short names, temporaries and global variables.
    pub(super) fn target_help(&self, flow: &str, name: &str) -> Option<String> {
        let known = self.known();
        let mut names: Vec<&str> = near(&known.targets, name).collect();
        self.local_names(flow, known, &mut names);
        did_you_mean(name, names)
    }

    /// "did you mean" for an unknown name in an expression seen from
    /// `flow`: the closest of the temporaries, globals and constants, list
    /// items, and what a visit count can name.
    pub(super) fn var_help(&self, flow: &str, name: &str) -> Option<String> {
        let known = self.known();
        let mut names: Vec<&str> = near(&known.targets, name)
            .chain(near(&known.values, name))
            .collect();
        self.local_names(flow, known, &mut names);
        did_you_mean(name, names)
    }

    /// The names only `flow` sees: its knot's stitches by their short
    /// names, the labels of the flow, its knot and the knot's stitches, and
    /// its temporaries.
    fn local_names<'a>(&'a self, flow: &str, known: &Known, names: &mut Vec<&'a str>) {
        let knot = knot_of(flow);
        let stitches = known.stitches.get(knot).map_or(&[][..], Vec::as_slice);
        let flows = [flow, knot]
            .into_iter()
            .chain(stitches.iter().map(String::as_str));
        for (path, f) in flows.filter_map(|p| self.flows.get_key_value(p)) {
            if let Some(short) = path.strip_prefix(knot).and_then(|p| p.strip_prefix('.')) {
                names.push(short);
            }
            names.extend(f.labels.keys().map(String::as_str));
        }
        names.extend(self.temps.keys().map(String::as_str));
    }

    /// The names "did you mean" draws on wherever a name stands: found
    /// once per compile, at its first unknown name (a story with hundreds
    /// of them would otherwise gather thousands of candidates for each).
    fn known(&self) -> &Known {
        self.known.get_or_init(|| Known::of(self))
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

/// The names "did you mean" offers that do not depend on where the unknown
/// name stands, each list by length in chars (index 3: names of three
/// chars), so that only those close enough in length are looked at.
#[derive(Debug, Default)]
pub(super) struct Known {
    /// Every flow by its full path, and every global variable.
    targets: Vec<Vec<String>>,
    /// Every global (constants and lists too) and list item.
    values: Vec<Vec<String>>,
    /// The full paths of each knot's stitches, by knot.
    stitches: rustc_hash::FxHashMap<String, Vec<String>>,
}

impl Known {
    fn of(c: &Compiler) -> Known {
        let mut known = Known::default();
        for path in c.flows.keys() {
            add(&mut known.targets, path);
            if let Some((knot, _)) = path.split_once('.') {
                known
                    .stitches
                    .entry(knot.to_string())
                    .or_default()
                    .push(path.clone());
            }
        }
        for (name, g) in c.globals.iter() {
            if matches!(g, GlobalSym::Var(_)) {
                add(&mut known.targets, name);
            }
            add(&mut known.values, name);
        }
        for name in c.list_items.keys() {
            add(&mut known.values, name);
        }
        known
    }
}

fn add(lists: &mut Vec<Vec<String>>, name: &str) {
    let length = name.chars().count();
    if lists.len() <= length {
        lists.resize_with(length + 1, Vec::new);
    }
    lists[length].push(name.to_string());
}

/// The names in `lists` close enough to `name` in length to be offered.
fn near<'a>(lists: &'a [Vec<String>], name: &str) -> impl Iterator<Item = &'a str> {
    let length = name.chars().count();
    let most = crate::story::suggest::most_edits(length);
    let from = length.saturating_sub(most).min(lists.len());
    let to = (length + most + 1).min(lists.len());
    lists[from..to].iter().flatten().map(String::as_str)
}
