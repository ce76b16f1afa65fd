//! The symbol index of one story: every definition (knot, stitch, function,
//! label, global, list item, temporary, parameter) and every use of one,
//! with exact spans, built by walking the AST the parser made.
//!
//! Names resolve by the compiler's own rules (`compile::resolve_target`,
//! `resolve_name` and `resolve_address`, over this index's tables): a
//! divert target is a temporary, a label of the flow, a label of its knot,
//! a stitch of its knot, a knot (then a stitch or label in it), a label of
//! the root weave, or a variable; a name in an expression is a temporary, a
//! global, a visit count or a list item. A dotted path is a use of each of
//! its parts: `-> knot.stitch` uses both.

use crate::compile::{self, Named, Names, Scopes, Target};
use crate::story::ast::{self, Expr, ExprKind, Inline, Logic, Stmt, Story};
use crate::story::{FileId, SourceMap, Span};
use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

/// The flow path of the content before the first knot (as in `compile`).
pub const ROOT: &str = "(root)";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefKind {
    Knot,
    Stitch,
    Function,
    Label,
    Var,
    Const,
    List,
    ListItem,
    External,
    Temp,
    Param,
}

impl DefKind {
    pub fn word(self) -> &'static str {
        match self {
            DefKind::Knot => "knot",
            DefKind::Stitch => "stitch",
            DefKind::Function => "function",
            DefKind::Label => "label",
            DefKind::Var => "variable",
            DefKind::Const => "constant",
            DefKind::List => "list",
            DefKind::ListItem => "list item",
            DefKind::External => "external function",
            DefKind::Temp => "temporary",
            DefKind::Param => "parameter",
        }
    }
}

/// A named thing the story defines.
#[derive(Clone, Debug)]
pub struct Def {
    pub kind: DefKind,
    /// The name as written at the definition.
    pub name: String,
    /// Its full path: `knot`, `knot.stitch`, `flow.label`, `List.item`, or
    /// the bare name of a global, temporary or parameter.
    pub path: String,
    /// The name at the definition.
    pub span: Span,
    /// The flow it belongs to (labels, temporaries, parameters; a stitch's
    /// knot), or `None` for knots and globals.
    pub flow: Option<String>,
    /// Its declaration as written in ink (globals), for hover.
    pub detail: String,
}

/// A use of a definition: the span of exactly the name's part of the text.
#[derive(Clone, Copy, Debug)]
pub struct Use {
    pub def: usize,
    pub span: Span,
}

/// What the story says about one knot, for hover.
#[derive(Clone, Debug, Default)]
pub struct FlowFacts {
    pub words: usize,
    pub choices: usize,
}

/// Where flows start in each file, to find the flow around a position.
#[derive(Clone, Debug)]
struct FlowStart {
    file: FileId,
    start: u32,
    path: String,
}

#[derive(Clone, Debug, Default)]
pub struct Index {
    pub defs: Vec<Def>,
    pub uses: Vec<Use>,
    /// Word and choice counts of each knot (stitches included), by path.
    pub facts: HashMap<String, FlowFacts>,
    /// Every tag used in the story, in order of first use.
    pub tags: Vec<String>,
    flows: HashMap<String, usize>,
    labels: HashMap<String, HashMap<String, usize>>,
    /// A knot's stitches' labels by name (`None`: in several stitches).
    stitch_labels: HashMap<String, HashMap<String, Option<usize>>>,
    globals: HashMap<String, usize>,
    externals: HashMap<String, usize>,
    list_items: HashMap<String, Vec<usize>>,
    locals: HashMap<String, HashMap<String, usize>>,
    starts: Vec<FlowStart>,
}

/// How a name is used, which decides how it resolves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum UseKind {
    Target,
    Var,
    Call,
    ListItem,
}

/// A use before resolution, borrowing its text from the AST.
struct RawUse<'s> {
    flow: Rc<str>,
    text: &'s str,
    span: Span,
    kind: UseKind,
}

impl Index {
    /// Indexes a story whose spans point into `sources`.
    pub fn build(story: &Story, sources: &SourceMap) -> Index {
        let mut index = Index::default();
        index.declare(story);
        let mut walk = Walk {
            index: &mut index,
            raw: Vec::new(),
            flow: Rc::from(ROOT),
            facts: FlowFacts::default(),
        };
        for g in &story.globals {
            walk.global(&g.node);
        }
        walk.stmts(&story.body);
        walk.flush(ROOT);
        for knot in &story.knots {
            walk.flow = Rc::from(knot.name.node.as_str());
            walk.stmts(&knot.body);
            for stitch in &knot.stitches {
                walk.flow = Rc::from(format!("{}.{}", knot.name.node, stitch.name.node));
                walk.stmts(&stitch.body);
            }
            walk.flush(&knot.name.node);
        }
        let raw = std::mem::take(&mut walk.raw);
        index.uses.reserve(raw.len());
        // The same name is used many times in one flow: resolved once.
        let mut cache: HashMap<(usize, &str, UseKind), Option<usize>> = HashMap::default();
        for r in raw {
            let key = (Rc::as_ptr(&r.flow) as *const u8 as usize, r.text, r.kind);
            let def = *cache
                .entry(key)
                .or_insert_with(|| index.resolve(&r.flow, r.text, r.kind));
            if let Some(def) = def {
                index.add_use(&r, def, sources);
            }
        }
        index.starts.sort_by_key(|s| (s.file.0, s.start));
        index
    }

    fn add(
        &mut self,
        kind: DefKind,
        name: &ast::Name,
        path: String,
        flow: Option<String>,
    ) -> usize {
        self.defs.push(Def {
            kind,
            name: name.node.clone(),
            path,
            span: name.span,
            flow,
            detail: String::new(),
        });
        self.defs.len() - 1
    }

    /// The definitions that exist before any code runs: globals, lists,
    /// flows, labels and parameters. The first of two same names wins, as
    /// in the compiler (which reports the second).
    fn declare(&mut self, story: &Story) {
        for g in &story.globals {
            self.declare_global(&g.node);
        }
        self.declare_labels(ROOT, &story.body);
        for knot in &story.knots {
            let name = &knot.name.node;
            if self.flows.contains_key(name) {
                continue;
            }
            let kind = if knot.function {
                DefKind::Function
            } else {
                DefKind::Knot
            };
            let def = self.add(kind, &knot.name, name.clone(), None);
            self.flows.insert(name.clone(), def);
            self.declare_flow_body(name, &knot.params, &knot.body);
            for stitch in &knot.stitches {
                let path = format!("{name}.{}", stitch.name.node);
                if self.flows.contains_key(&path) {
                    continue;
                }
                let def = self.add(
                    DefKind::Stitch,
                    &stitch.name,
                    path.clone(),
                    Some(name.clone()),
                );
                self.flows.insert(path.clone(), def);
                self.declare_flow_body(&path, &stitch.params, &stitch.body);
                let labels: Vec<(String, usize)> = self
                    .labels
                    .get(&path)
                    .map(|l| l.iter().map(|(n, d)| (n.clone(), *d)).collect())
                    .unwrap_or_default();
                let index = self.stitch_labels.entry(name.clone()).or_default();
                for (label, def) in labels {
                    index
                        .entry(label)
                        .and_modify(|found| *found = None)
                        .or_insert(Some(def));
                }
            }
        }
    }

    fn declare_flow_body(&mut self, path: &str, params: &[ast::Param], body: &[Stmt]) {
        let def = self.flows[path];
        let span = self.defs[def].span;
        self.starts.push(FlowStart {
            file: span.file,
            start: span.start,
            path: path.to_string(),
        });
        for p in params {
            let d = self.add(
                DefKind::Param,
                &p.name,
                p.name.node.clone(),
                Some(path.into()),
            );
            self.locals
                .entry(path.to_string())
                .or_default()
                .entry(p.name.node.clone())
                .or_insert(d);
        }
        self.declare_labels(path, body);
    }

    fn declare_global(&mut self, g: &ast::Global) {
        let (kind, name) = match g {
            ast::Global::Var { name, .. } => (DefKind::Var, name),
            ast::Global::Const { name, .. } => (DefKind::Const, name),
            ast::Global::List { name, .. } => (DefKind::List, name),
            ast::Global::External { name, .. } => (DefKind::External, name),
        };
        let table = if kind == DefKind::External {
            &self.externals
        } else {
            &self.globals
        };
        if table.contains_key(&name.node) {
            return;
        }
        let def = self.add(kind, name, name.node.clone(), None);
        self.defs[def].detail = crate::ink::print::global(g);
        if kind == DefKind::External {
            self.externals.insert(name.node.clone(), def);
        } else {
            self.globals.insert(name.node.clone(), def);
        }
        if let ast::Global::List { items, .. } = g {
            for item in items {
                let path = format!("{}.{}", name.node, item.name.node);
                let d = self.add(DefKind::ListItem, &item.name, path.clone(), None);
                self.list_items
                    .entry(item.name.node.clone())
                    .or_default()
                    .push(d);
                self.list_items.entry(path).or_default().push(d);
            }
        }
    }

    /// Labelled choices and gathers of a flow, nested ones too.
    fn declare_labels(&mut self, flow: &str, body: &[Stmt]) {
        for stmt in body {
            let label = match stmt {
                Stmt::Choice(c) => c.label.as_ref(),
                Stmt::Gather(g) => g.label.as_ref(),
                _ => None,
            };
            if let Some(name) = label
                && !self
                    .labels
                    .get(flow)
                    .is_some_and(|l| l.contains_key(&name.node))
            {
                let path = format!("{flow}.{}", name.node);
                let d = self.add(DefKind::Label, name, path, Some(flow.into()));
                self.labels
                    .entry(flow.to_string())
                    .or_default()
                    .insert(name.node.clone(), d);
            }
            for inner in children(stmt) {
                self.declare_labels(flow, inner);
            }
        }
    }

    /// Records the use `r` of `def`, and of what each earlier part of a
    /// dotted path names.
    fn add_use(&mut self, r: &RawUse, def: usize, sources: &SourceMap) {
        // Where each dotted part of the path sits in the source; when the
        // text at the span is not the path as written, only the whole span.
        let written = sources
            .file(r.span.file)
            .and_then(|f| f.text.get(r.span.start as usize..r.span.end as usize));
        let at = match written {
            Some(w) if w == r.text => Some(0),
            Some(w) => w.find(r.text),
            None => None,
        };
        let Some(at) = at.filter(|_| r.kind != UseKind::Call || !r.text.contains('.')) else {
            self.uses.push(Use { def, span: r.span });
            return;
        };
        let base = r.span.start as usize + at;
        if !r.text.contains('.') {
            let span = Span::new(r.span.file, base, base + r.text.len());
            self.uses.push(Use { def, span });
            return;
        }
        let mut offset = 0;
        let parts: Vec<&str> = r.text.split('.').collect();
        for (i, part) in parts.iter().enumerate() {
            let span = Span::new(r.span.file, base + offset, base + offset + part.len());
            offset += part.len() + 1;
            let found = if i + 1 == parts.len() {
                Some(def)
            } else {
                self.prefix_def(&r.flow, &parts[..=i].join("."), def)
            };
            if let Some(d) = found {
                self.uses.push(Use { def: d, span });
            }
        }
    }

    /// What the first parts of a dotted path name, when they name something
    /// the whole path is inside of (its knot, stitch or list).
    fn prefix_def(&self, flow: &str, prefix: &str, whole: usize) -> Option<usize> {
        let d = self.address(flow, prefix).or_else(|| {
            self.globals
                .get(prefix)
                .copied()
                .filter(|&g| self.defs[g].kind == DefKind::List)
        })?;
        let inside = self.defs[whole]
            .path
            .strip_prefix(self.defs[d].path.as_str())
            .is_some_and(|rest| rest.starts_with('.'));
        inside.then_some(d)
    }

    fn local(&self, flow: &str, name: &str) -> Option<usize> {
        self.locals.get(flow)?.get(name).copied()
    }

    /// Resolves a name used in `flow`, by the compiler's rules.
    fn resolve(&self, flow: &str, text: &str, kind: UseKind) -> Option<usize> {
        match kind {
            UseKind::Target => match compile::resolve_target(self, flow, text)? {
                Target::Temp(d) | Target::Var(d) => Some(d),
                Target::Address(found) => found,
            },
            UseKind::Var => match compile::resolve_name(self, flow, text)? {
                Named::Temp(d) | Named::Var(d) | Named::Const(d) | Named::ListItem(d) => Some(d),
                Named::Visits(found) => found,
            },
            UseKind::Call => self
                .flows
                .get(text)
                .copied()
                .or_else(|| self.externals.get(text).copied()),
            UseKind::ListItem => self.list_item(text),
        }
    }

    fn list_item(&self, text: &str) -> Option<usize> {
        match self.list_items.get(text).map(Vec::as_slice) {
            Some([one]) => Some(*one),
            _ => None,
        }
    }

    /// A knot, stitch or label by dotted path seen from `flow`.
    pub fn address(&self, flow: &str, path: &str) -> Option<usize> {
        compile::resolve_address(self, flow, path).flatten()
    }

    /// A global of one of `kinds`.
    fn global(&self, name: &str, kinds: &[DefKind]) -> Option<usize> {
        let d = *self.globals.get(name)?;
        kinds.contains(&self.defs[d].kind).then_some(d)
    }

    /// The flow (knot or stitch path) that holds byte `offset` of `file`.
    pub fn flow_at(&self, file: FileId, offset: usize) -> &str {
        let i = self
            .starts
            .partition_point(|s| (s.file.0, s.start as usize) <= (file.0, offset));
        match i.checked_sub(1).map(|i| &self.starts[i]) {
            Some(s) if s.file == file => &s.path,
            _ => ROOT,
        }
    }

    /// The definition or use under byte `offset` of `file`.
    pub fn def_at(&self, file: FileId, offset: usize) -> Option<usize> {
        let hit =
            |s: &Span| s.file == file && s.start as usize <= offset && offset <= s.end as usize;
        self.uses
            .iter()
            .find(|u| hit(&u.span))
            .map(|u| u.def)
            .or_else(|| self.defs.iter().position(|d| hit(&d.span)))
    }

    /// Every use of a definition.
    pub fn uses_of(&self, def: usize) -> impl Iterator<Item = Span> + '_ {
        self.uses
            .iter()
            .filter(move |u| u.def == def)
            .map(|u| u.span)
    }

    /// The temporaries and parameters of a flow.
    pub fn locals_of(&self, flow: &str) -> impl Iterator<Item = &Def> + '_ {
        self.locals
            .get(flow)
            .into_iter()
            .flat_map(|l| l.values())
            .map(|&d| &self.defs[d])
    }

    /// Whether `name` would clash with an existing definition if `def`
    /// were renamed to it; the clashing definition if so.
    pub fn clash(&self, def: usize, name: &str) -> Option<&Def> {
        let d = &self.defs[def];
        let same_scope = |other: &&Def| -> bool {
            other.name == name
                && match d.kind {
                    DefKind::Knot | DefKind::Function => {
                        matches!(other.kind, DefKind::Knot | DefKind::Function)
                            || (other.kind == DefKind::Stitch
                                && other.flow.as_deref() == Some(d.path.as_str()))
                    }
                    DefKind::Stitch | DefKind::Label => {
                        other.flow == d.flow
                            && !matches!(other.kind, DefKind::Knot | DefKind::Function)
                    }
                    // A temporary named as a global would hide it.
                    DefKind::Temp | DefKind::Param => {
                        other.flow == d.flow
                            && !matches!(other.kind, DefKind::Knot | DefKind::Function)
                            || matches!(other.kind, DefKind::Var | DefKind::Const | DefKind::List)
                    }
                    DefKind::Var | DefKind::Const | DefKind::List | DefKind::External => {
                        other.flow.is_none() && other.kind != DefKind::ListItem
                            || matches!(other.kind, DefKind::Temp | DefKind::Param)
                    }
                    DefKind::ListItem => {
                        other.kind == DefKind::ListItem
                            && other.path.rsplit_once('.').map(|p| p.0)
                                == d.path.rsplit_once('.').map(|p| p.0)
                    }
                }
        };
        self.defs.iter().find(same_scope)
    }
}

/// The words of a text: runs of bytes between ASCII whitespace (a byte
/// scan, since every analysis counts the whole story's text).
fn count_words(text: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for b in text.bytes() {
        let space = b.is_ascii_whitespace();
        words += usize::from(!space && !in_word);
        in_word = !space;
    }
    words
}

/// The statement lists nested in a statement.
fn children(stmt: &Stmt) -> Vec<&Vec<Stmt>> {
    match stmt {
        Stmt::Choice(c) => vec![&c.body],
        Stmt::Cond(c) => c
            .branches
            .iter()
            .map(|b| &b.body)
            .chain(&c.otherwise)
            .collect(),
        Stmt::Seq(s) => s.branches.iter().collect(),
        _ => Vec::new(),
    }
}

/// The walk over the code that finds uses, temporaries, tags and counts.
struct Walk<'a, 's> {
    index: &'a mut Index,
    raw: Vec<RawUse<'s>>,
    flow: Rc<str>,
    /// The counts of the knot being walked.
    facts: FlowFacts,
}

impl<'s> Walk<'_, 's> {
    fn note(&mut self, text: &'s str, span: Span, kind: UseKind) {
        self.raw.push(RawUse {
            flow: Rc::clone(&self.flow),
            text,
            span,
            kind,
        });
    }

    /// Files the counts of the knot just walked.
    fn flush(&mut self, knot: &str) {
        let facts = std::mem::take(&mut self.facts);
        self.index.facts.insert(knot.to_string(), facts);
    }

    fn global(&mut self, g: &'s ast::Global) {
        if let ast::Global::Var { value, .. } | ast::Global::Const { value, .. } = g {
            self.expr(value);
        }
    }

    fn stmts(&mut self, body: &'s [Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &'s Stmt) {
        match stmt {
            Stmt::Line(c) => self.inlines(&c.items),
            Stmt::Logic(l) => self.logic(&l.node),
            Stmt::Choice(c) => {
                self.facts.choices += 1;
                c.conditions.iter().for_each(|e| self.expr(e));
                self.inlines(&c.start);
                if let Some(only) = &c.choice_only {
                    self.inlines(only);
                }
                self.inlines(&c.output);
                self.stmts(&c.body);
            }
            Stmt::Gather(_) => {}
            Stmt::Cond(c) => {
                if let Some(s) = &c.subject {
                    self.expr(s);
                }
                for b in &c.branches {
                    self.expr(&b.cond);
                    self.stmts(&b.body);
                }
                if let Some(o) = &c.otherwise {
                    self.stmts(o);
                }
            }
            Stmt::Seq(s) => s.branches.iter().for_each(|b| self.stmts(b)),
        }
    }

    fn logic(&mut self, logic: &'s Logic) {
        match logic {
            Logic::Temp { name, value } => {
                self.expr(value);
                let flow = self.flow.to_string();
                let known = self.index.local(&flow, &name.node).is_some();
                if !known {
                    let d =
                        self.index
                            .add(DefKind::Temp, name, name.node.clone(), Some(flow.clone()));
                    self.index.defs[d].detail =
                        format!("temp {} = {}", name.node, crate::ink::print::expr(value));
                    self.index
                        .locals
                        .entry(flow)
                        .or_default()
                        .insert(name.node.clone(), d);
                } else {
                    self.note(&name.node, name.span, UseKind::Var);
                }
            }
            Logic::Assign { name, value, .. } => {
                self.note(&name.node, name.span, UseKind::Var);
                self.expr(value);
            }
            Logic::Expr(e) | Logic::Return(Some(e)) => self.expr(e),
            Logic::Return(None) => {}
        }
    }

    fn inlines(&mut self, items: &'s [Inline]) {
        for item in items {
            match item {
                Inline::Text(t) => self.facts.words += count_words(t),
                Inline::Glue => {}
                Inline::Tag(parts) => {
                    let tag = crate::ink::print::inlines(parts).trim().to_string();
                    if !tag.is_empty() && !self.index.tags.contains(&tag) {
                        self.index.tags.push(tag);
                    }
                    self.inlines_uses(parts);
                }
                Inline::Eval(e) => self.expr(e),
                Inline::Cond(c) => {
                    self.expr(&c.cond);
                    self.inlines(&c.then);
                    self.inlines(&c.otherwise);
                }
                Inline::Seq { branches, .. } => branches.iter().for_each(|b| self.inlines(b)),
                Inline::Divert(d) | Inline::TunnelReturn(Some(d)) => self.divert(d),
                Inline::TunnelReturn(None) => {}
            }
        }
    }

    /// Uses inside a tag's text, whose words are not story text.
    fn inlines_uses(&mut self, items: &'s [Inline]) {
        let words = self.facts.words;
        self.inlines(items);
        self.facts.words = words;
    }

    fn divert(&mut self, d: &'s ast::Divert) {
        if let ast::Target::Path(p) = &d.target {
            self.note(&p.node, p.span, UseKind::Target);
        }
        d.args.iter().for_each(|a| self.expr(a));
    }

    fn expr(&mut self, e: &'s Expr) {
        match &e.node {
            ExprKind::Var(p) => self.note(&p.node, p.span, UseKind::Var),
            ExprKind::DivertTarget(p) => self.note(&p.node, p.span, UseKind::Target),
            ExprKind::Call(name, args) => {
                // TURNS_SINCE(-> k) and READ_COUNT(-> k) name their target.
                self.note(&name.node, name.span, UseKind::Call);
                args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::Unary(_, inner) => self.expr(inner),
            ExprKind::Binary(_, a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Str(items) => self.inlines_uses(items),
            ExprKind::List(items) => {
                for p in items {
                    self.note(&p.node, p.span, UseKind::ListItem);
                }
            }
            ExprKind::Void | ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) => {}
        }
    }
}

/// The index answers name resolution as the compiler's tables do. A found
/// flow or label is its definition; the root weave has none.
impl Scopes for Index {
    type Found = Option<usize>;

    fn flow(&self, path: &str) -> Option<Option<usize>> {
        if path == ROOT {
            return Some(None);
        }
        self.flows.get(path).map(|&d| Some(d))
    }

    fn label(&self, flow: &str, name: &str) -> Option<Option<usize>> {
        self.labels.get(flow)?.get(name).map(|&d| Some(d))
    }

    fn stitch_label(&self, knot: &str, name: &str) -> Option<Option<usize>> {
        self.stitch_labels
            .get(knot)?
            .get(name)
            .copied()
            .flatten()
            .map(Some)
    }
}

impl Names for Index {
    type Temp = usize;
    type Var = usize;
    type Const = usize;
    type Item = usize;

    fn temp(&self, flow: &str, name: &str) -> Option<usize> {
        self.local(flow, name)
    }

    fn var(&self, name: &str) -> Option<usize> {
        self.global(name, &[DefKind::Var, DefKind::List])
    }

    fn constant(&self, name: &str) -> Option<usize> {
        self.global(name, &[DefKind::Const])
    }

    fn list_item(&self, name: &str) -> Option<usize> {
        Index::list_item(self, name)
    }
}

#[cfg(test)]
mod tests {
    use super::count_words;

    #[test]
    fn words_are_runs_between_whitespace() {
        assert_eq!(count_words(""), 0);
        assert_eq!(count_words("  one\ttwo  three\n"), 3);
        assert_eq!(count_words("café, naïve!"), 2);
    }
}
