//! Checks a story and lowers it to a flat [`Program`]: instructions, jump
//! targets and a string table. The runtime never sees the AST.
//!
//! `declare` and `lower` (with `expr`) pass over the AST: `declare` names
//! every global, list, flow and label; `lower` emits code, resolving names
//! through `names`. `fixup` turns label ids into addresses (through
//! `Op::map_ids`). `check` then walks the compiled program, not the AST, for
//! the warnings an author wants (unreachable knots, dead ends, unread
//! variables).
//!
//! Boundary: no files, no terminals, no saves.

mod check;
mod collide;
mod declare;
mod expr;
mod fingerprint;
mod ink_path;
mod lower;
mod names;
mod program;
mod shard;
mod types;

pub use ink_path::path_hash;
pub use names::{
    Named, Names, Scopes, Target, knot_of, resolve_address, resolve_name, resolve_target,
};
pub use program::*;

use crate::story::{Diagnostic, Span, Story, ast};
use crate::value::Value;
use rustc_hash::FxHashMap as HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// A jump target before addresses are known: an index into `label_pcs`.
type Label = u32;

/// Labels of a knot's stitches by name, by knot (`None`: in several stitches).
type StitchLabels = HashMap<String, HashMap<String, Option<(Label, u32)>>>;

/// What a global name stands for.
#[derive(Clone, Debug)]
enum GlobalSym {
    Var(u32),
    Const(ast::Expr),
}

/// A knot, stitch or function as the compiler knows it.
#[derive(Clone, Debug)]
struct FlowSym {
    entry: Label,
    /// Just past the visit count: where a flow diverting to itself lands,
    /// since ink does not count that as a new visit.
    after_visit: Label,
    counter: u32,
    params: Vec<ast::Param>,
    function: bool,
    /// Labels of gathers and choices in this flow, by name.
    labels: HashMap<String, (Label, u32)>,
    /// `knot` for a stitch, itself for a knot.
    knot: Arc<str>,
    span: Span,
}

/// Compiler state across all passes.
struct Compiler {
    program: Program,
    diags: Vec<Diagnostic>,
    globals: Arc<HashMap<String, GlobalSym>>,
    global_inits: Arc<Vec<ast::Expr>>,
    lists: Arc<HashMap<String, u32>>,
    /// List items by bare name and by `list.item`.
    list_items: Arc<HashMap<String, Vec<ListItem>>>,
    flows: Arc<HashMap<String, FlowSym>>,
    /// The parameters of the flow each entry label starts.
    params_by_entry: Arc<HashMap<Label, Vec<ast::Param>>>,
    /// Every label of a knot's stitches by name, for `knot.label` and for
    /// bare labels seen from another stitch (`None`: in several stitches).
    stitch_labels: Arc<StitchLabels>,
    /// The flow each flow entry and declared label belongs to (`true`: the
    /// flow's entry), for the visits a divert from outside counts.
    label_owners: Arc<HashMap<Label, (Arc<str>, bool)>>,
    externals: Arc<HashMap<String, usize>>,
    /// The address of each label from `label_base` on, once placed.
    label_pcs: Vec<Option<Pc>>,
    /// The id of this compiler's first label: a worker numbers its labels
    /// after the declared ones (see `shard`).
    label_base: Label,
    /// Declared labels (below `label_base`) placed by this worker.
    declared_pcs: Vec<(Label, Pc)>,
    strings: HashMap<u64, u32>,
    /// The flow being lowered, its temporaries and their slots.
    flow: Arc<str>,
    temps: HashMap<String, u16>,
    temp_count: u16,
    /// Sequences already given an id, by AST node address (choice start
    /// content is lowered twice and must share its counters).
    sequence_ids: HashMap<usize, u32>,
    /// Where ink would put the current flow's sequences (shuffle seeds).
    ink_paths: ink_path::InkPaths,
    /// The names "did you mean" draws on, gathered at the first unknown
    /// name (met while lowering, when every name is declared) and shared
    /// with the workers.
    known: Arc<std::sync::OnceLock<names::Known>>,
    /// Whether the program will be run: when only its diagnostics are
    /// wanted ([`diagnose`]), the shuffle seeds are not worked out.
    to_run: bool,
    /// Lowering a choice's text (where a divert gets no space before it).
    in_choice_text: bool,
    /// Choice ids already used in the current flow.
    choice_ids: HashMap<String, u32>,
    /// Reads of each global variable (for the unused-variable warning).
    global_reads: Vec<u32>,
    /// The id of this compiler's first counter: a worker lowering part of
    /// the story numbers its counters after the declared ones (see `shard`).
    counter_base: u32,
    /// How deep constants are being expanded into one another now: a chain
    /// past `NESTING_LIMIT` (a constant defined by itself) is an error.
    const_depth: std::sync::atomic::AtomicUsize,
}

use crate::value::ListItem;

/// Checks and compiles a story. On success, also returns the warnings.
/// A large story is lowered on one thread per core (see `shard`).
pub fn compile(story: &Story) -> Result<(Program, Vec<Diagnostic>), Vec<Diagnostic>> {
    compile_on(story, shard::threads_for(story))
}

/// [`compile`] on at most `threads` threads. The program is the same for
/// any number of threads.
pub fn compile_on(
    story: &Story,
    threads: usize,
) -> Result<(Program, Vec<Diagnostic>), Vec<Diagnostic>> {
    compile_in_chunks(story, threads, shard::CHUNK_STATEMENTS)
}

/// [`compile_on`] with knots lowered in chunks of about `chunk` statements
/// instead of the usual size: a story of several chunks must play exactly
/// as one of a single chunk. For tests.
pub fn compile_in_chunks(
    story: &Story,
    threads: usize,
    chunk: usize,
) -> Result<(Program, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut c = Compiler::new(story);
    c.to_run = true;
    lower_and_check(c, story, threads, chunk)
}

/// Every diagnostic [`compile`] gives on a story, without what only running
/// the program needs (the shuffle seeds, the fingerprint, a compact
/// program), on at most `threads` threads: `Ok` with the warnings where it
/// compiles, else the errors. For an editor, which asks again on every
/// edit.
pub fn diagnose(story: &Story, threads: usize) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    let c = Compiler::new(story);
    let (program, diags) = lower_and_check(c, story, threads, shard::CHUNK_STATEMENTS)?;
    // A large program takes milliseconds to free; the caller need not
    // wait for it.
    crate::parallel::drop_in_background(program);
    Ok(diags)
}

fn lower_and_check(
    mut c: Compiler,
    story: &Story,
    threads: usize,
    chunk: usize,
) -> Result<(Program, Vec<Diagnostic>), Vec<Diagnostic>> {
    c.declare(story);
    if c.diags.iter().all(|d| !d.is_error()) {
        c.lower_story(story, threads, chunk);
    }
    if c.diags.iter().any(|d| d.is_error()) {
        return Err(c.diags);
    }
    c.fixup();
    c.init_globals();
    if c.diags.iter().any(|d| d.is_error()) {
        return Err(c.diags);
    }
    if !c.to_run {
        let checked = c.check(story);
        c.diags.extend(checked.warnings);
        return Ok((c.program, c.diags));
    }
    // Checking and fingerprinting only read the program: for a large
    // story they run side by side.
    let (checked, fingerprint) = if threads > 1 {
        // What only lowering needed (10 ms to free for 20 MB of ink) is
        // freed beside the checks, with the fingerprint.
        let lowering = (
            std::mem::take(&mut c.flows),
            std::mem::take(&mut c.stitch_labels),
        );
        let program = &c.program;
        let (print, checked) = crate::parallel::both(
            move || {
                drop(lowering);
                fingerprint::fingerprint(program)
            },
            || c.check(story),
        );
        (checked, print)
    } else {
        (c.check(story), fingerprint::fingerprint(&c.program))
    };
    c.diags.extend(checked.warnings);
    let mut program = c.program;
    program.endings = checked.endings;
    program.fingerprint = fingerprint;
    program.shrink_to_fit();
    Ok((program, c.diags))
}

impl Compiler {
    fn new(story: &Story) -> Compiler {
        Compiler {
            program: Program {
                title: story.title.clone(),
                source: story.source.clone(),
                ..Program::default()
            },
            diags: Vec::new(),
            globals: Arc::default(),
            global_inits: Arc::default(),
            lists: Arc::default(),
            list_items: Arc::default(),
            flows: Arc::default(),
            params_by_entry: Arc::default(),
            stitch_labels: Arc::default(),
            label_owners: Arc::default(),
            externals: Arc::default(),
            label_pcs: Vec::new(),
            label_base: 0,
            declared_pcs: Vec::new(),
            strings: HashMap::default(),
            flow: Arc::from(""),
            temps: HashMap::default(),
            temp_count: 0,
            sequence_ids: HashMap::default(),
            ink_paths: Default::default(),
            known: Arc::default(),
            to_run: false,
            in_choice_text: false,
            choice_ids: HashMap::default(),
            global_reads: Vec::new(),
            counter_base: 0,
            const_depth: Default::default(),
        }
    }

    /// An error of the generic kind `weave::compile`.
    fn error(&mut self, message: impl Into<String>, span: Span) {
        self.report(Diagnostic::error(message, span).with_code("weave::compile"));
    }

    /// A name given twice (`weave::duplicate-name`).
    /// An error for a name defined twice, pointing at the first definition
    /// too where it is known.
    fn duplicate(&mut self, message: String, span: Span, first: Option<Span>) {
        let mut d = Diagnostic::error(message, span)
            .with_code("weave::duplicate-name")
            .with_label("already taken")
            .with_help("rename one of them: every name in a story names one thing");
        if let Some(first) = first.filter(|s| *s != Span::default()) {
            d = d.with_related(first, "first defined here");
        }
        self.report(d);
    }

    fn report(&mut self, diagnostic: Diagnostic) {
        self.diags.push(diagnostic);
    }

    /// `unknown divert target`, with the closest name there is.
    /// `-> x` as a value where `x` names no knot, stitch or label; ink
    /// keeps no value for `-> END` or `-> DONE`.
    fn unknown_value_target(&mut self, flow: &str, path: &ast::Path) {
        if path.node == "END" || path.node == "DONE" {
            self.error(
                format!(
                    "`-> {}` cannot be a value: ink stores no divert target to END or DONE; divert to it directly",
                    path.node
                ),
                path.span,
            );
        } else {
            self.unknown_target(flow, path);
        }
    }

    fn unknown_target(&mut self, flow: &str, path: &ast::Path) {
        let help = self.target_help(flow, &path.node);
        let mut d = Diagnostic::error(format!("unknown divert target `{}`", path.node), path.span)
            .with_code("weave::unknown-divert")
            .with_label("no knot, stitch or label has this name");
        if let Some(help) = help {
            d = d.with_help(help);
        }
        self.report(d);
    }

    fn new_label(&mut self) -> Label {
        self.label_pcs.push(None);
        self.label_base + (self.label_pcs.len() - 1) as Label
    }

    fn place(&mut self, label: Label) {
        let pc = self.program.code.len() as Pc;
        match label.checked_sub(self.label_base) {
            Some(own) => self.label_pcs[own as usize] = Some(pc),
            None => self.declared_pcs.push((label, pc)),
        }
    }

    fn here_label(&mut self) -> Label {
        let l = self.new_label();
        self.place(l);
        l
    }

    fn emit(&mut self, op: Op) -> usize {
        self.program.code.push(op);
        self.program.code.len() - 1
    }

    /// Records the source place of the next instruction, for runtime errors.
    fn mark(&mut self, span: Span) {
        if span == Span::default() {
            return;
        }
        let pc = self.program.code.len() as Pc;
        if self.program.spans.last().is_some_and(|(p, _)| *p == pc) {
            self.program.spans.pop();
        }
        self.program.spans.push((pc, span));
    }

    /// The string table id of `s`, adding it once. The table is keyed by
    /// the text's hash, so no second copy of the text is kept; a text whose
    /// hash is already taken by another is simply stored again.
    fn intern(&mut self, s: &str) -> u32 {
        let key = {
            let mut h = rustc_hash::FxHasher::default();
            s.hash(&mut h);
            h.finish()
        };
        if let Some(&id) = self.strings.get(&key)
            && &self.program.strings[id as usize] == s
        {
            return id;
        }
        let id = self.program.strings.push(s);
        self.strings.entry(key).or_insert(id);
        id
    }

    fn new_counter(&mut self, path: String, span: Span) -> u32 {
        self.program.counters.push(CounterInfo { path, span });
        self.counter_base + (self.program.counters.len() - 1) as u32
    }

    /// Turns label ids into addresses in every instruction and table.
    fn fixup(&mut self) {
        let pcs: Vec<Pc> = self.label_pcs.iter().map(|p| p.unwrap_or(0)).collect();
        let at = |l: Pc| pcs[l as usize];
        for op in &mut self.program.code {
            *op = op.map_ids(|id, l| if id == Id::Code { at(l) } else { l });
        }
        for table in &mut self.program.tables {
            for t in table.iter_mut() {
                *t = at(*t);
            }
        }
        for choice in &mut self.program.choices {
            choice.target = at(choice.target);
        }
        for flow in &mut self.program.flows {
            flow.entry = at(flow.entry);
        }
        for a in &mut self.program.addresses {
            a.0 = at(a.0);
        }
        // Whole (pc, counter) pairs are compared, so no order is unstable.
        self.program.addresses.sort_unstable();
        self.program.addresses.dedup_by_key(|a| a.0);
        self.program.flows.sort_by_key(|f| f.entry);
    }

    /// Evaluates the initial values of global variables (constants only).
    fn init_globals(&mut self) {
        let inits = std::mem::take(&mut self.global_inits);
        for (i, e) in inits.iter().enumerate() {
            let mut v = self.const_value(e).unwrap_or(Value::Void);
            // A LIST's variable draws on its list even when nothing is selected.
            let name = &self.program.globals[i].name;
            if let (Value::List(l), Some(&list)) = (&mut v, self.lists.get(name))
                && !l.origins.contains(&list)
            {
                l.origins.push(list);
                l.origins.sort();
            }
            self.program.globals[i].initial = v;
        }
    }

    /// The value of a constant expression, or an error diagnostic.
    fn const_value(&mut self, e: &ast::Expr) -> Option<Value> {
        use ast::ExprKind as E;
        Some(match &e.node {
            E::Int(i) => Value::Int(*i),
            E::Float(f) => Value::Float(*f),
            E::Bool(b) => Value::Bool(*b),
            E::Str(items) => Value::Str(plain_text(items)?),
            E::Unary(ast::UnOp::Neg, inner) => match self.const_value(inner)? {
                // Wrapping, as the runtime negates: -(-2147483648) stays put.
                Value::Int(i) => Value::Int(i.wrapping_neg()),
                Value::Float(f) => Value::Float(-f),
                _ => return self.not_constant(e.span),
            },
            E::Unary(ast::UnOp::Not, inner) => match self.const_value(inner)?.truthy() {
                Ok(b) => Value::Bool(!b),
                Err(_) => return self.not_constant(e.span),
            },
            E::List(items) => {
                let id = self.list_literal(items)?;
                Value::List(self.program.list_literals[id as usize].clone())
            }
            E::DivertTarget(path) => {
                let flow = self.flow.clone();
                match self.resolve_target(&flow, path) {
                    Some(names::Resolved::Static(l)) => {
                        self.by_reference_target(path, l);
                        Value::Address(self.label_pcs[l as usize].unwrap_or(0))
                    }
                    Some(_) => {
                        self.variable_after_arrow(path);
                        return None;
                    }
                    None => {
                        self.unknown_value_target(&flow, path);
                        return None;
                    }
                }
            }
            E::Var(name) => match self.globals.get(&name.node).cloned() {
                Some(GlobalSym::Const(inner)) => {
                    if !self.enter_const(&name.node, e.span) {
                        return None;
                    }
                    let v = self.const_value(&inner);
                    self.leave_const();
                    v?
                }
                _ => match self.list_item_value(&name.node) {
                    Some(v) => v,
                    None => return self.not_constant(e.span),
                },
            },
            _ => return self.not_constant(e.span),
        })
    }

    /// Enters the expansion of constant `name`, used at `span`: false (with
    /// an error) when constants nest past `NESTING_LIMIT`, which only a
    /// constant defined by itself (`CONST a = a + 1`) does.
    fn enter_const(&mut self, name: &str, span: Span) -> bool {
        use std::sync::atomic::Ordering::Relaxed;
        let depth = self.const_depth.fetch_add(1, Relaxed);
        if depth < crate::ink::NESTING_LIMIT {
            return true;
        }
        self.const_depth.fetch_sub(1, Relaxed);
        // Report once, at the innermost use, not at every level unwound.
        if !self
            .diags
            .last()
            .is_some_and(|d| d.message.contains("in terms of itself"))
        {
            self.error(
                format!(
                    "the constant `{name}` is defined in terms of itself (constants refer \
                     to each other more than {} deep, limit NESTING_LIMIT)",
                    crate::ink::NESTING_LIMIT
                ),
                span,
            );
        }
        false
    }

    /// Leaves the expansion of a constant entered with `enter_const`.
    fn leave_const(&self) {
        self.const_depth
            .fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    }

    fn not_constant(&mut self, span: Span) -> Option<Value> {
        self.error(
            "a global's initial value must be a constant (a number, string, bool, list or divert target)",
            span,
        );
        None
    }
}

/// The text of inline content that is nothing but text, if it is.
fn plain_text(items: &[ast::Inline]) -> Option<String> {
    let mut s = String::new();
    for item in items {
        match item {
            ast::Inline::Text(t) => s.push_str(t),
            _ => return None,
        }
    }
    Some(s)
}
