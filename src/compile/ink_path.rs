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
//! is not counted as ink counts it:
//! - a gather deeper than the weave it stands in with no deeper choice
//!   before it (`- (top)` then `- - (inner)`): ink makes a nested weave of
//!   it and what follows; weave's model keeps no gather depth;
//! - blanks between two blocks on one line (`} {y:`), which weave's parser
//!   drops and ink keeps as a text.
//!
//! A sequence placed after one of these gets a path that is not ink's (its
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
mod tests {
    use super::*;
    use crate::story::{SourceMap, Story};

    fn story(text: &str) -> Story {
        story_with(text, &[])
    }

    /// The story `text`, whose INCLUDEs name the `files` (name, text).
    fn story_with(text: &str, files: &[(&str, &str)]) -> Story {
        let mut sources = SourceMap::default();
        let main = sources.add("story.ink", text.to_string());
        let mut include = |name: &str| match files.iter().find(|(n, _)| *n == name) {
            Some((n, t)) => Ok((n.to_string(), t.to_string())),
            None => Err("no such file".to_string()),
        };
        crate::ink::parse_ink(&mut sources, main, &mut include)
            .expect("the story reads")
            .0
    }

    /// Every exact path weave gives the story's sequences, sorted.
    fn paths(text: &str) -> Vec<String> {
        story_paths(&story(text))
    }

    fn story_paths(story: &Story) -> Vec<String> {
        let mut globals = HashMap::default();
        let mut lists = HashMap::default();
        for g in &story.globals {
            match &g.node {
                crate::story::ast::Global::Const { name, value } => {
                    globals.insert(name.node.clone(), GlobalSym::Const(value.clone()));
                }
                crate::story::ast::Global::List { name, .. } => {
                    let n = lists.len() as u32;
                    lists.insert(name.node.clone(), n);
                }
                _ => {}
            }
        }
        let names = Names {
            globals: Arc::new(globals),
            lists: Arc::new(lists),
        };
        let mut all: Vec<String> = InkPaths::new("", true, 0, &story.body, &names)
            .exact
            .into_values()
            .collect();
        for knot in &story.knots {
            let k = &knot.name.node;
            all.extend(
                InkPaths::new(k, false, knot.params.len(), &knot.body, &names)
                    .exact
                    .into_values(),
            );
            for s in &knot.stitches {
                let path = format!("{k}.{}", s.name.node);
                all.extend(
                    InkPaths::new(&path, false, s.params.len(), &s.body, &names)
                        .exact
                        .into_values(),
                );
            }
        }
        all.sort();
        all
    }

    /// The paths are those inkjs 2.4.0's compiler gives the shuffles'
    /// containers in the same stories (read from its JSON).
    #[test]
    fn sequence_paths_are_the_containers_inks_compiler_makes() {
        let s = "VAR x = 1\nVAR s = \"a\"\n~ x = 2\n~ temp t = x + 1\n~ x++\n~ x += 2\nV {x} and {t * 2} {s} {~a|b}\n{-x} {\"lit\"} {1.5}\n{~c|d}\n-> END\n";
        assert_eq!(paths(s), ["0.40", "0.60"]);
        let s = "-> k\n== k ==\n~ temp r = 3\nYou have {r} {~a|b}\n* [x]\n  ~ r = r - 1\n  {~c|d} {r > 1}\n  {~e|f}\n  -> END\n";
        assert_eq!(paths(s), ["k.0.10", "k.0.c-0.16", "k.0.c-0.7"]);
        let s = "-> k\n== k ==\nHello.\n* [a] {~x|y} more {~p|q}\n  body {~i|j}\n  -> END\n* b {~m|n}\n  -> END\n* [c]\n  {~u|v}\n  -> END\n- (lab) gathered {~e|f}\n- plain {~g|h}\n-> END\n";
        assert_eq!(
            paths(s),
            [
                "k.0.8.s.1",
                "k.0.c-0.1",
                "k.0.c-0.3",
                "k.0.c-0.6",
                "k.0.c-2.1",
                "k.0.lab.1",
                "k.0.lab.g-0.1"
            ]
        );
        let s = "-> k\n== k ==\nA {~a|b}\n-> st\n= st\nB {~c|d}\n* [x] {~e|f}\n  -> END\n== k2 ==\nG {~g|h}\n- (l) H\n-> END\n== function f(x) ==\n{~i|j}\n";
        assert_eq!(
            paths(s),
            ["f.1", "k.1", "k.st.0.1", "k.st.0.c-0.1", "k2.0.1"]
        );
        let s = "-> k(1)\n== k(x) ==\nA {~a|b}\n* [x] {~e|f}\n  -> END\n";
        assert_eq!(paths(s), ["k.1.1", "k.1.c-0.1"]);
        let s = "Top {~a|b} line.\n{~c|d}\n-> END\n";
        assert_eq!(paths(s), ["0.1", "0.4"]);
    }

    /// Choices with start text are containers of their own (`s` holds the
    /// start text); `c-N` and gathers are numbered across the weave, with
    /// labels or without; a nested weave starts at its first choice.
    #[test]
    fn sequence_paths_in_choices_gathers_and_nested_weaves_are_inks() {
        let s = "-> k\n== k ==\n~ temp x = 1\n* a {~p|q} [b] c {~r|s}\n  body\n  -> END\n* (lab) d {~t|u}\n  -> END\n* [e] {~v|w}\n  -> END\n- g\n-> END\n";
        assert_eq!(
            paths(s),
            ["k.0.4.s.1", "k.0.5.s.1", "k.0.c-0.7", "k.0.c-2.1"]
        );
        let s = "-> k\n== k ==\n* a\n  -> END\n- g\n* [e] {~v|w}\n  -> END\n- (lab) h\n* [e] {~v|w}\n  -> END\n- h2\n* {true} [e] {~v|w}\n  -> END\n- h3 {~m|n}\n-> END\n";
        assert_eq!(
            paths(s),
            [
                "k.0.g-0.c-1.1",
                "k.0.g-1.c-3.1",
                "k.0.g-2.1",
                "k.0.lab.c-2.1"
            ]
        );
        let s = "-> k\n== k ==\n~ temp y = 2\n{f(y, 1)} {~a|b}\n{f(1,2) + y} {~a|b}\n-> END\n== function f(a, b) ==\n~ return a\n";
        assert_eq!(paths(s), ["k.11", "k.22"]);
        let s = "-> k\n== k ==\nA #t1 x\nB {~a|b} #t2\n# t3\n{~c|d}\n-> END\n";
        assert_eq!(paths(s), ["k.15", "k.6"]);
        let s = "-> k\n== k ==\nVAR x = 1\n* {x > 1} [e {~a|b}]\n  -> END\n* {x} {true} a {~c|d} [b {~e|f}]\n  -> END\n* {x} [e {~g|h}]\n  -> END\n";
        assert_eq!(paths(s), ["k.0.10.9", "k.0.10.s.1", "k.0.14", "k.0.3"]);
        let s = "-> k\n== k ==\n# t3\n{~c|d}\n-> END\n";
        assert_eq!(paths(s), ["k.3"]);
        let s = "-> k\n== k ==\n* a\n  pre {~a|b}\n  ** b {~c|d}\n     -> END\n  ** [c]\n  -- after {~e|f}\n  -> END\n";
        assert_eq!(
            paths(s),
            ["k.0.c-0.10.0.s.1", "k.0.c-0.10.g-0.1", "k.0.c-0.8"]
        );
    }

    /// Shuffles after and inside every construct: inline and multi-line
    /// conditionals of each form, switches, a sequence in a sequence, a
    /// string with a shuffle in a `~` line, a block with text before and
    /// after it on its line, tunnels, threads, calls made for their
    /// effects, constants and list items in expressions, choice text,
    /// functions (paths from inkjs, as
    /// tests/differential/shuffles-anywhere-are-seeded-from-inks-container-paths.ink).
    #[test]
    fn sequence_paths_after_and_inside_any_construct_are_inks() {
        let s = include_str!(
            "../../tests/differential/shuffles-anywhere-are-seeded-from-inks-container-paths.ink"
        );
        let ink = [
            "f2.1",
            "k.0.100",
            "k.0.104",
            "k.0.16.b.1",
            "k.0.20.b.1",
            "k.0.28.b.2",
            "k.0.35.b.3",
            "k.0.40",
            "k.0.40.s0.2",
            "k.0.45",
            "k.0.58.b.3",
            "k.0.62",
            "k.0.66",
            "k.0.75",
            "k.0.8",
            "k.0.c-0.2",
            "t.1",
            "th.1",
        ];
        assert_eq!(paths(s), ink);
    }

    /// Empty branches, diverts with arguments, `ref` and divert-target
    /// parameters, labelled choices with tags in all three parts, `+=` and
    /// `--` with calls, builtins; blocks that open or close mid-line.
    #[test]
    fn sequence_paths_after_diverts_choices_and_blocks_mid_line_are_inks() {
        let s = "VAR x = 1\n-> k\n== k ==\n{x: a|} {~a|b}\n{x:{\"\"}|b} {~a|b}\n\ntext {x:\n  - 1: one\n}\n{~c|d}\nA <>\n{~e|f}\n* {x} -> k2\n* [a] {~g|h} -> k2\n* (lab) {x>0} b {~i|j} #tag [c {~k|l} #t2] d {~m|n} #t3 -> k2\n== k2 ==\n~ x = RANDOM(1, 2) + LIST_VALUE(x)\n~ x += f(x)\n~ x--\n{~o|p}\n-> k3(x, -> k2)\n== k3(ref y, -> z) ==\n{~q|r} -> z\n== function f(a)\n~ return a\n";
        let ink = [
            "k.0.15",
            "k.0.25",
            "k.0.30",
            "k.0.42.9",
            "k.0.42.s.1",
            "k.0.6",
            "k.0.c-1.1",
            "k.0.c-2.7",
            "k2.24",
            "k3.2",
        ];
        assert_eq!(paths(s), ink);
        let s = "VAR x = 1\n-> k\n== k ==\ntext {x:\n  - 1: one\n}\n{~c|d}\n{x:\n  - 1: one\n} more\n{~e|f}\n{x:\n  - 1: one\n}more\n{~g|h}\n-> END\n";
        assert_eq!(paths(s), ["k.18", "k.28", "k.8"]);
    }

    /// Choices inside a conditional's branch, multi-line sequences with
    /// choices, `shuffle once`/`stopping`/`cycle`, tags with logic, a knot
    /// of stitches only, `->-> k(2)`, threads with arguments, gathers
    /// nested in a choice.
    #[test]
    fn sequence_paths_in_branches_with_weaves_are_inks() {
        let s = "LIST l = a, (b), c\nVAR x = 1\n-> k\n== k ==\n#tag {x} {~a|b}\nA #t {~c|d} x\n{x > 0:\n  * [in cond {~e|f}] -> k2\n  * {x} (lc) sticky {~g|h}\n    body {~i|j}\n    -> k2\n  -> k2\n}\n-> k2\n== k2 ==\n= st\n{shuffle once:\n- one {~m|n}\n  * [c1] -> k3(0)\n- two\n}\n{shuffle stopping: a|{~o|p}}\n{TURNS_SINCE(-> k)} {CHOICE_COUNT()} {l} {~q|r}\n-> k3(1) ->\n->-> k3(2)\n== k3(y)\n{cycle:\n- {~s|t}\n- u\n}\n<- th(y + 1)\n{~v|w}\n+ [{~x|y}] -> DONE\n* (lab) [z]\n  -- (g2) deep {~z1|z2}\n  ** [n] -> DONE\n  -- after {~z3|z4}\n  -> DONE\n== th(q)\n{~t1|t2} -> DONE\n";
        let ink = [
            "k.12",
            "k.21.b.4",
            "k.21.b.8.s.1",
            "k.21.b.c-1.8",
            "k.7",
            "k2.st.0",
            "k2.st.0.s0.3",
            "k2.st.2",
            "k2.st.2.s1.1",
            "k2.st.20",
            "k3.1.0",
            "k3.1.0.s0.2",
            "k3.1.13",
            "k3.1.9",
            "k3.1.c-1.1.g-0.1",
            "k3.1.c-1.1.g2.1",
            "th.1",
        ];
        assert_eq!(paths(s), ink);
    }

    /// ink ends each INCLUDEd file's content with a newline of its own,
    /// nested INCLUDEs too: one object each in the root weave.
    #[test]
    fn sequence_paths_after_include_lines_are_inks() {
        let main = "INCLUDE a.ink\nINCLUDE b.ink\nTop {~a|b}\n-> k\n";
        let files = [
            (
                "a.ink",
                "A line {~c|d}\nINCLUDE c.ink\n== k ==\n{~e|f}\n-> END\n",
            ),
            ("b.ink", "== k2 ==\nx\n-> END\n"),
            ("c.ink", "C {~g|h}\n"),
        ];
        let story = story_with(main, &files);
        assert_eq!(story_paths(&story), ["0.1", "0.10", "0.4", "k.0"]);
    }
}
