//! Where ink's compiler would put a sequence: the path of its container in
//! ink's compiled story (`knot.3`, `knot.0.c-0.7`, `knot.stitch.0.g-1.2.b.4`,
//! `0.2` for the root). ink seeds a shuffle with a hash of that path, so a
//! shuffle shows inklecate's order only if weave knows the path.
//!
//! This module replays ink's code generation on weave's model, as far as
//! it decides positions: it builds, for each flow, the tree of containers
//! ink's compiler makes (runs of plain objects counted, not kept), then
//! flattens it as ink does before export (a container with no name and no
//! named children is inlined into its parent), and reads each sequence's
//! path from the result. The containers that survive are the ones with a
//! name or named children: a sequence (branches `s0`, `s1`…), each branch
//! of a conditional (its content `b`), a choice with start text (`s`), the
//! `$r1`/`$r2` return labels, a weave with choices or gathers (`c-N`,
//! gathers `g-N` or by label), a flow. The object counts follow ink's
//! compiler construct by construct (see each function's doc).
//!
//! The model keeps what this needs: a block's form (`{cond: …}` is
//! compiled differently from `{- cond: …}`), whether it shares its line
//! with text before its `{` or after its `}`, and the
//! newline ink adds after each INCLUDEd file's content (an empty line in
//! the root weave). So every construct weave's model holds is counted
//! exactly: text, glue, tags (with logic too), printed expressions,
//! conditionals inline and multi-line, switches, sequences in sequences,
//! diverts with arguments, tunnels, threads, `->->`, `~` lines, returns,
//! strings with logic, constants (inlined by ink), list constructors,
//! choices, gathers, nested weaves. What the model does not keep, and so
//! is not counted as ink counts it, is
//! a gather deeper than the weave it stands in with no deeper choice
//! before it (`- (top)` then `- - (inner)`): ink makes a nested weave of
//! it and what follows; weave's model keeps no gather depth.
//!
//! A sequence placed after one gets a path that is not ink's (its
//! shuffle is still reproducible). The differential harness compares the
//! plays on thousands of generated stories; `scripts/differential/
//! sequences.mjs` prints inkjs's paths and trees for one story.

use super::GlobalSym;
use crate::story::ast::{
    AssignOp, Choice, Conditional, Divert, DivertKind, Expr, ExprKind, Inline, InlineCond, Logic,
    Sequence, Stmt, Target,
};
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// The names ink's code generation depends on: constants (inlined where
/// they are read) and lists (`L(2)` builds a list item, not a call).
pub struct Names {
    pub globals: Arc<HashMap<String, GlobalSym>>,
    pub lists: Arc<HashMap<String, u32>>,
}

/// The sequence paths of the flow being lowered.
#[derive(Default)]
pub struct InkPaths {
    prefix: String,
    exact: HashMap<usize, String>,
    /// How many sequences of this flow had no path so far.
    others: u32,
}

impl InkPaths {
    /// The paths of flow `flow` (ink's path of it: `knot`, `knot.stitch`;
    /// ignored for the root weave, `root`), which has `params` parameters.
    pub fn new(flow: &str, root: bool, params: usize, body: &[Stmt], names: &Names) -> InkPaths {
        let mut g = Gen {
            tree: Tree::default(),
            names,
            depth: 0,
        };
        let top = g.tree.container(None);
        let prefix = if root {
            // The story's container: the root weave, then `done`. ink ends
            // the root weave with a gather and `-> DONE` of its own.
            let weave = g.tree.child(top, None);
            g.weave(weave, body, true);
            String::new()
        } else {
            // A flow's container: its parameters' assignments, then its weave.
            g.tree.objects(top, params);
            if !body.is_empty() {
                let weave = g.tree.child(top, None);
                g.weave(weave, body, false);
            }
            flow.to_string()
        };
        let mut exact = HashMap::default();
        g.tree.place(top, &prefix, &mut exact);
        InkPaths {
            prefix: if root { "0".to_string() } else { prefix },
            exact,
            others: 0,
        }
    }

    /// The hash ink seeds the shuffles of the sequence at `key` with.
    pub fn hash(&mut self, key: usize) -> i32 {
        match self.exact.get(&key) {
            Some(path) => path_hash(path),
            None => {
                self.others += 1;
                let path = format!("{}.?{}", self.prefix, self.others);
                path_hash(&path)
            }
        }
    }
}

/// One node of a container's content: a run of plain objects, or a
/// container.
enum Node {
    Objects(usize),
    Container(usize),
}

/// A container of ink's compiled story, as far as paths need it.
#[derive(Default)]
struct Container {
    name: Option<String>,
    content: Vec<Node>,
    /// Children reached by name only (not in `content`).
    named: Vec<usize>,
    /// The sequence (by its key) this is the container of.
    sequence: Option<usize>,
}

/// The containers of one flow, by index.
#[derive(Default)]
struct Tree {
    containers: Vec<Container>,
}

impl Tree {
    fn container(&mut self, name: Option<String>) -> usize {
        self.containers.push(Container {
            name,
            ..Container::default()
        });
        self.containers.len() - 1
    }

    /// Adds `n` plain objects to container `c`.
    fn objects(&mut self, c: usize, n: usize) {
        if n == 0 {
            return;
        }
        let content = &mut self.containers[c].content;
        match content.last_mut() {
            Some(Node::Objects(m)) => *m += n,
            _ => content.push(Node::Objects(n)),
        }
    }

    /// A new container in `c`'s content.
    fn child(&mut self, c: usize, name: Option<String>) -> usize {
        let child = self.container(name);
        self.containers[c].content.push(Node::Container(child));
        child
    }

    /// A new container reached by name only from `c`.
    fn named(&mut self, c: usize, name: String) -> usize {
        let child = self.container(Some(name));
        self.containers[c].named.push(child);
        child
    }

    /// Whether ink's export inlines container `c` into its parent: it has
    /// no name and no named children (in its content or not).
    fn flattened(&self, c: usize) -> bool {
        let c = &self.containers[c];
        let named_child = c
            .content
            .iter()
            .any(|n| matches!(n, Node::Container(x) if self.containers[*x].name.is_some()));
        c.name.is_none() && c.named.is_empty() && !named_child && c.sequence.is_none()
    }

    /// Records the path of every sequence in container `c`, whose path is
    /// `path`.
    fn place(&self, c: usize, path: &str, out: &mut HashMap<usize, String>) {
        if let Some(key) = self.containers[c].sequence {
            out.insert(key, path.to_string());
        }
        let mut index = 0;
        self.place_content(c, path, &mut index, out);
        for &n in &self.containers[c].named {
            let name = self.containers[n].name.as_deref().unwrap_or_default();
            self.place(n, &join(path, name), out);
        }
    }

    /// Places the content of `c` into the container at `path`, from
    /// `index` on (`c` is that container, or one inlined into it).
    fn place_content(
        &self,
        c: usize,
        path: &str,
        index: &mut usize,
        out: &mut HashMap<usize, String>,
    ) {
        for node in &self.containers[c].content {
            match *node {
                Node::Objects(n) => *index += n,
                Node::Container(child) if self.flattened(child) => {
                    self.place_content(child, path, index, out)
                }
                Node::Container(child) => {
                    let here = match &self.containers[child].name {
                        Some(name) => join(path, name),
                        None => join(path, &index.to_string()),
                    };
                    self.place(child, &here, out);
                    *index += 1;
                }
            }
        }
    }
}

fn join(path: &str, component: &str) -> String {
    if path.is_empty() {
        component.to_string()
    } else {
        format!("{path}.{component}")
    }
}

/// Replays ink's code generation into a `Tree`.
struct Gen<'a> {
    tree: Tree,
    names: &'a Names,
    /// How deep constants are being expanded (a constant defined by itself
    /// is an error the compiler reports; this only stops the recursion).
    depth: usize,
}

impl Gen<'_> {
    /// A weave into its container `root`: content goes into the current
    /// container (the last gather's, the weave's own before the first);
    /// a choice's code goes there too, its content into its `c-N`, named
    /// in the current container and numbered across the weave. A gather
    /// right after content with no choice since the last gather is
    /// entered by flowing into it: it is in the current container's
    /// content; otherwise it is reached by name only, from the weave's
    /// container. Unlabelled gathers are `g-0`, `g-1`… across the weave.
    /// With `ends`, ink's own final gather (the root weave's) closes it.
    fn weave(&mut self, root: usize, body: &[Stmt], ends: bool) {
        let mut current = root;
        let mut seen_choice = false;
        let (mut choices, mut gathers) = (0, 0);
        let mut gather =
            |g: &mut Self, label: Option<&str>, seen: &mut bool, current: &mut usize| {
                let name = match label {
                    Some(l) => l.to_string(),
                    None => {
                        gathers += 1;
                        format!("g-{}", gathers - 1)
                    }
                };
                *current = if *seen {
                    g.tree.named(root, name)
                } else {
                    g.tree.child(*current, Some(name))
                };
                *seen = false;
            };
        for (n, stmt) in body.iter().enumerate() {
            match stmt {
                Stmt::Choice(c) => {
                    self.choice_point(current, c);
                    let inner = self.tree.named(current, format!("c-{choices}"));
                    choices += 1;
                    self.choice_content(inner, c);
                    seen_choice = true;
                }
                Stmt::Gather(g) => {
                    let label = g.label.as_ref().map(|l| l.node.as_str());
                    gather(self, label, &mut seen_choice, &mut current);
                }
                _ => self.stmt(current, stmt, body.get(n + 1)),
            }
        }
        if ends {
            gather(self, None, &mut seen_choice, &mut current);
            self.tree.objects(current, 1);
        }
    }

    /// A choice's code, in the container `c` of the weave: `ev` (when it
    /// has text or conditions); with start text, the return address,
    /// `temp=`, `str`, the divert into `s` (the start text, a named
    /// child), the `$r1` label and `/str`, all in a container of the
    /// choice's own; the choice-only text between `str` and `/str`; the
    /// conditions (joined by `&&`); `/ev`; the choice point.
    fn choice_point(&mut self, c: usize, choice: &Choice) {
        let start = !choice.start.is_empty();
        let only = choice.choice_only.as_deref().filter(|o| !o.is_empty());
        let conditions = !choice.conditions.is_empty();
        let outer = if start { self.tree.child(c, None) } else { c };
        if start || only.is_some() || conditions {
            self.tree.objects(outer, 1);
        }
        if start {
            self.tree.objects(outer, 4);
            let s = self.tree.named(outer, "s".to_string());
            self.inline(s, &choice.start);
            self.tree.child(outer, Some("$r1".to_string()));
            self.tree.objects(outer, 1);
        }
        if let Some(only) = only {
            self.tree.objects(outer, 1);
            self.inline(outer, only);
            self.tree.objects(outer, 1);
        }
        for (n, e) in choice.conditions.iter().enumerate() {
            self.expr(outer, e);
            if n > 0 {
                self.tree.objects(outer, 1);
            }
        }
        if start || only.is_some() || conditions {
            self.tree.objects(outer, 1);
        }
        self.tree.objects(outer, 1);
    }

    /// A choice's `c-N`: with start text, six objects that print it again
    /// (`ev`, the return address, `/ev`, `temp=`, the divert, `$r2`); the
    /// output and the diverts after it; a newline; then the body, whose
    /// part from its first choice or gather on is a weave of its own.
    fn choice_content(&mut self, inner: usize, choice: &Choice) {
        if !choice.start.is_empty() {
            self.tree.objects(inner, 5);
            self.tree.child(inner, Some("$r2".to_string()));
        }
        self.inline(inner, &choice.output);
        self.tree.objects(inner, 1);
        let first = choice
            .body
            .iter()
            .position(|s| matches!(s, Stmt::Choice(_) | Stmt::Gather(_)))
            .unwrap_or(choice.body.len());
        let (flat, nested) = choice.body.split_at(first);
        self.stmts(inner, flat);
        if !nested.is_empty() {
            let weave = self.tree.child(inner, None);
            self.weave(weave, nested, false);
        }
    }

    /// Statements other than choices and gathers, into container `c`.
    fn stmts(&mut self, c: usize, stmts: &[Stmt]) {
        for (n, stmt) in stmts.iter().enumerate() {
            self.stmt(c, stmt, stmts.get(n + 1));
        }
    }

    /// A statement other than a choice or gather, into container `c`;
    /// `next` is the statement after it.
    fn stmt(&mut self, c: usize, stmt: &Stmt, next: Option<&Stmt>) {
        match stmt {
            Stmt::Line(content) => {
                let items = &content.items;
                self.inline(c, items);
                // A line of only diverts (a statement of its own in ink)
                // and a line that starts with a tag (only tags) end with
                // no newline; nor does text a block opens after on its
                // line (the newline follows the block). Any other line,
                // even an empty one (the newline after a `~` call, or
                // after an INCLUDE), does.
                let diverts_only = !items.is_empty()
                    && items
                        .iter()
                        .all(|i| matches!(i, Inline::Divert(_) | Inline::TunnelReturn(_)));
                let tags = matches!(items.first(), Some(Inline::Tag(_)));
                let block_follows = match next {
                    Some(Stmt::Cond(b)) => b.after_text,
                    Some(Stmt::Seq(b)) => b.after_text,
                    _ => false,
                };
                if !diverts_only && !tags && !block_follows {
                    self.tree.objects(c, 1);
                }
            }
            Stmt::Logic(logic) => self.logic(c, &logic.node),
            // A block is followed by its line's newline (after the text
            // that follows it on its line, if any).
            Stmt::Cond(cond) => {
                self.conditional(c, cond);
                self.tree.objects(c, usize::from(!cond.line_goes_on));
            }
            Stmt::Seq(seq) => {
                self.block_sequence(c, seq);
                self.tree.objects(c, usize::from(!seq.line_goes_on));
            }
            Stmt::Choice(_) | Stmt::Gather(_) => {}
        }
    }

    /// A `~` line: `ev`, the value, `/ev` and the store (`+=`, `-=`, `++`:
    /// `ev`, the read, the value, the operator, the store, `/ev`); a call
    /// made for its effects: `ev`, the call, `pop`, `/ev`; `~ return`:
    /// `ev`, the value (`void` without one), `/ev`, `~ret`. (The newline
    /// ink adds after a line with a call is an empty line in the model.)
    fn logic(&mut self, c: usize, logic: &Logic) {
        match logic {
            Logic::Temp { value, .. }
            | Logic::Assign {
                op: AssignOp::Set,
                value,
                ..
            } => {
                self.tree.objects(c, 1);
                self.expr(c, value);
                self.tree.objects(c, 2);
            }
            Logic::Assign { value, .. } => {
                self.tree.objects(c, 2);
                self.expr(c, value);
                self.tree.objects(c, 3);
            }
            Logic::Expr(e) => {
                self.tree.objects(c, 1);
                self.expr(c, e);
                let pop = usize::from(matches!(e.node, ExprKind::Call(..)));
                self.tree.objects(c, 1 + pop);
            }
            Logic::Return(value) => {
                self.tree.objects(c, 1);
                match value {
                    Some(e) => self.expr(c, e),
                    None => self.tree.objects(c, 1),
                }
                self.tree.objects(c, 2);
            }
        }
    }

    /// A multi-line conditional. `{cond: … - else: …}` evaluates its
    /// condition first (`ev`, the condition, `/ev`), a switch `{x: - 1: …}`
    /// its value; then each branch is a container: its test (`{- cond:`:
    /// `ev`, the condition, `/ev`; a switch's: `du`, `ev`, the value, `==`,
    /// `/ev`) and its divert, with its content the named child `b`: a
    /// switch's `pop`, a newline, then the branch as a weave. A switch
    /// with no else pops its value after them; a `nop` ends the block.
    fn conditional(&mut self, c: usize, cond: &Conditional) {
        let switch = cond.subject.is_some();
        if let Some(subject) = &cond.subject {
            self.tree.objects(c, 1);
            self.expr(c, subject);
            self.tree.objects(c, 1);
        }
        let head = !switch && cond.head_condition && cond.branches.len() == 1;
        if head {
            self.tree.objects(c, 1);
            self.expr(c, &cond.branches[0].cond);
            self.tree.objects(c, 1);
        }
        for branch in &cond.branches {
            let container = self.tree.child(c, None);
            if switch {
                self.tree.objects(container, 2);
                self.expr(container, &branch.cond);
                self.tree.objects(container, 2);
            } else if !head {
                self.tree.objects(container, 1);
                self.expr(container, &branch.cond);
                self.tree.objects(container, 1);
            }
            self.tree.objects(container, 1);
            let b = self.tree.named(container, "b".to_string());
            self.tree.objects(b, 1 + usize::from(switch));
            self.weave(b, &branch.body, false);
        }
        match &cond.otherwise {
            Some(body) => {
                let container = self.tree.child(c, None);
                self.tree.objects(container, 1);
                let b = self.tree.named(container, "b".to_string());
                self.tree.objects(b, 1 + usize::from(switch));
                self.weave(b, body, false);
            }
            None if switch && !cond.branches.is_empty() => self.tree.objects(c, 1),
            None => {}
        }
        self.tree.objects(c, 1);
    }

    /// A multi-line sequence: its container, each branch `sN` a `pop`, a
    /// newline and the branch as a weave.
    fn block_sequence(&mut self, c: usize, seq: &Sequence) {
        let container = self.tree.child(c, None);
        self.tree.containers[container].sequence = Some(seq as *const Sequence as usize);
        for (n, branch) in seq.branches.iter().enumerate() {
            let s = self.tree.named(container, format!("s{n}"));
            self.tree.objects(s, 2);
            self.weave(s, branch, false);
        }
    }

    /// Inline content into container `c`: text, glue are one object each;
    /// a tag `#`, its content, `/#`; a printed expression `ev`, the value,
    /// `out`, `/ev`; a conditional and a sequence as their functions say;
    /// diverts as `divert` says.
    fn inline(&mut self, c: usize, items: &[Inline]) {
        for item in items {
            match item {
                Inline::Text(_) | Inline::Glue => self.tree.objects(c, 1),
                Inline::Tag(content) => {
                    self.tree.objects(c, 1);
                    self.inline(c, content);
                    self.tree.objects(c, 1);
                }
                Inline::Eval(e) => {
                    self.tree.objects(c, 1);
                    self.expr(c, e);
                    self.tree.objects(c, 2);
                }
                Inline::Cond(cond) => self.inline_conditional(c, cond),
                Inline::Seq { branches, .. } => {
                    let container = self.tree.child(c, None);
                    self.tree.containers[container].sequence = Some(item as *const Inline as usize);
                    for (n, branch) in branches.iter().enumerate() {
                        let s = self.tree.named(container, format!("s{n}"));
                        self.tree.objects(s, 1);
                        self.inline(s, branch);
                    }
                }
                Inline::Divert(d) => self.divert(c, d),
                Inline::TunnelReturn(onwards) => {
                    // `ev`, the target (`void` without one; its arguments
                    // before it), `/ev`, `->->`.
                    self.tree.objects(c, 4);
                    if let Some(d) = onwards {
                        for arg in &d.args {
                            self.expr(c, arg);
                        }
                    }
                }
            }
        }
    }

    /// `{cond: then|else}`: `ev`, the condition, `/ev`; the branches (the
    /// else only when it has content), each a container of its divert with
    /// its content the named child `b`; `nop`.
    fn inline_conditional(&mut self, c: usize, cond: &InlineCond) {
        self.tree.objects(c, 1);
        self.expr(c, &cond.cond);
        self.tree.objects(c, 1);
        let branches = std::iter::once(&cond.then)
            .chain((!cond.otherwise.is_empty()).then_some(&cond.otherwise));
        for branch in branches {
            let container = self.tree.child(c, None);
            self.tree.objects(container, 1);
            let b = self.tree.named(container, "b".to_string());
            self.inline(b, branch);
        }
        self.tree.objects(c, 1);
    }

    /// A divert: one object (`END` and `DONE` too); with arguments, `ev`,
    /// the arguments, `/ev` before it; a thread starts with `thread`.
    fn divert(&mut self, c: usize, d: &Divert) {
        if !d.args.is_empty() && !matches!(d.target, Target::End | Target::Done) {
            self.tree.objects(c, 1);
            for arg in &d.args {
                self.expr(c, arg);
            }
            self.tree.objects(c, 1);
        }
        let thread = usize::from(d.kind == DivertKind::Thread);
        self.tree.objects(c, 1 + thread);
    }

    /// An expression's objects: a literal, a variable, a read count, a
    /// list or a divert target is one; a constant is its value's objects
    /// (ink inlines it); an operator one after its operands, except `-` and
    /// `not` on a number, which ink folds into the number; a call one
    /// after its arguments (a list's `L(n)` two: the list's name first); a
    /// string `str`, its content (an empty text when it has none), `/str`.
    fn expr(&mut self, c: usize, e: &Expr) {
        match &e.node {
            ExprKind::Void => {}
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::DivertTarget(_)
            | ExprKind::List(_) => self.tree.objects(c, 1),
            ExprKind::Var(path) => match self.names.globals.get(&path.node) {
                Some(GlobalSym::Const(value)) if self.depth < crate::ink::NESTING_LIMIT => {
                    self.depth += 1;
                    self.expr(c, value);
                    self.depth -= 1;
                }
                _ => self.tree.objects(c, 1),
            },
            ExprKind::Str(items) => {
                self.tree.objects(c, 1 + usize::from(items.is_empty()));
                self.inline(c, items);
                self.tree.objects(c, 1);
            }
            ExprKind::Unary(_, x) if folds(x) => self.tree.objects(c, 1),
            ExprKind::Unary(_, x) => {
                self.expr(c, x);
                self.tree.objects(c, 1);
            }
            ExprKind::Binary(_, a, b) => {
                self.expr(c, a);
                self.expr(c, b);
                self.tree.objects(c, 1);
            }
            ExprKind::Call(name, args) => {
                let list = args.len() == 1 && self.names.lists.contains_key(&name.node);
                self.tree.objects(c, usize::from(list));
                for arg in args {
                    self.expr(c, arg);
                }
                self.tree.objects(c, 1);
            }
        }
    }
}

/// Whether ink folds an operator on `e` into one number: `e` is a number
/// (or a boolean), or an operator on one.
fn folds(e: &Expr) -> bool {
    match &e.node {
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) => true,
        ExprKind::Unary(_, x) => folds(x),
        _ => false,
    }
}

/// The hash ink gives a sequence: the sum of the UTF-16 code units of its
/// container's path in the compiled story (`knot.stitch.3`).
pub fn path_hash(path: &str) -> i32 {
    path.encode_utf16()
        .fold(0i32, |sum, unit| sum.wrapping_add(i32::from(unit)))
}

#[cfg(test)]
#[path = "ink_path_tests.rs"]
mod tests;
