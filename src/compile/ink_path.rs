//! Where ink's compiler would put a sequence: the path of its container in
//! ink's compiled story (`knot.3`, `knot.0.5`, `knot.stitch.1`, `0.2` for
//! the root). ink seeds a shuffle with a hash of that path, so a shuffle
//! shows inklecate's order only if weave knows the path.
//!
//! The path is exact for a sequence that only text, glue and other
//! sequences come before (on lines of their own or among text) in one of
//! these containers: the top of a flow's weave (each parameter adds one
//! object); a choice's start text (`s`, in the choice's own container when
//! it has start text) and choice-only text; a choice's `c-N` (its output, a
//! newline, then its body; nested weaves likewise, from the body's first
//! choice or gather); a gather's container (its line and what follows).
//! Each text, glue or
//! sequence is one object in ink's container, as is a line's newline.
//! Logic lines (`~ temp x = …`, `~ x = …`, `+=`, `++`) and printed
//! expressions (`{x}`) are counted too when their expressions are made of
//! literals, names, operators and calls. Past the first thing of another
//! kind (a conditional, a tag with logic, a divert, a `~` call) weave does not model
//! ink's code generation, and a sequence gets a path of its own that is
//! stable but not ink's.

use crate::story::ast::{AssignOp, Expr, ExprKind, Inline, Logic, Stmt};
use rustc_hash::FxHashMap as HashMap;

/// The sequence paths of the flow being lowered.
#[derive(Default)]
pub struct InkPaths {
    prefix: String,
    exact: HashMap<usize, String>,
    /// How many sequences of this flow had no exact path so far.
    others: u32,
}

impl InkPaths {
    /// The paths of flow `flow` (ink's path of it: `knot`, `knot.stitch`;
    /// `root` for the root weave). ink's container for the flow holds one
    /// object per parameter, then the weave; a weave with choices or
    /// gathers at its top is a container of its own there.
    pub fn new(flow: &str, root: bool, params: usize, body: &[Stmt]) -> InkPaths {
        let points = body
            .iter()
            .any(|s| matches!(s, Stmt::Choice(_) | Stmt::Gather(_)));
        let (prefix, start) = match (root, points) {
            (true, _) => ("0".to_string(), 0),
            (false, true) => (format!("{flow}.{params}"), 0),
            (false, false) => (flow.to_string(), params),
        };
        let exact = sequence_paths(&prefix, start, body);
        InkPaths {
            prefix,
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

/// The ink paths of the sequences weave can place exactly, by the address
/// of their AST node (as `Compiler::sequence_switch` keys them).
fn sequence_paths(prefix: &str, start: usize, body: &[Stmt]) -> HashMap<usize, String> {
    let mut paths = HashMap::default();
    weave_paths(prefix, start, body, &mut paths);
    paths
}

/// Places the sequences of a weave whose container is `prefix`, its own
/// objects starting at `start`. A choice's `c-N` and a gather's container
/// are named children of the weave's container, numbered across the weave
/// (choices `c-0`, `c-1`, …; unlabelled gathers `g-0`, `g-1`, …, a
/// labelled one by its label), except that a gather with no choice since
/// the gather before it is nested in that one's container; a choice's
/// `c-N` is in the container of the gather before it (the weave's own
/// before the first gather).
fn weave_paths(prefix: &str, start: usize, body: &[Stmt], paths: &mut HashMap<usize, String>) {
    let mut at = Some((prefix.to_string(), start));
    // The container that holds the choices' `c-N` (the last gather's).
    let mut holder = prefix.to_string();
    let mut choices = 0;
    let mut gathers = 0;
    // Whether a gather came before, and a choice since the last gather.
    let (mut gathered, mut chosen) = (false, false);
    // Whether the choices' `c-N` numbers are still known.
    let mut numbered = true;
    for stmt in body {
        match stmt {
            Stmt::Choice(c) => {
                let n = choices;
                choices += 1;
                chosen = true;
                if numbered {
                    choice_paths(c, &format!("{holder}.c-{n}"), &mut at, paths);
                } else {
                    at = None;
                }
            }
            Stmt::Gather(g) => {
                let name = match &g.label {
                    Some(l) => l.node.clone(),
                    None => {
                        gathers += 1;
                        format!("g-{}", gathers - 1)
                    }
                };
                // A gather right after another (no choice between them)
                // is nested in that one's container.
                let parent = if gathered && !chosen { &holder } else { prefix };
                holder = format!("{parent}.{name}");
                gathered = true;
                chosen = false;
                at = numbered.then(|| (holder.clone(), 0));
            }
            Stmt::Cond(_) | Stmt::Seq(_) => {
                numbered = false;
                count_statement(stmt, &mut at, paths);
            }
            _ => count_statement(stmt, &mut at, paths),
        }
    }
}

/// Places the sequences of choice `c`, whose content container is `inner`
/// (`….c-N`), and counts its objects in the weave's container at `at`.
///
/// With start text, the choice is one container in the weave's: its start
/// text is the named child `s`, its choice-only text follows `ev`, the
/// return address, `temp=`, `str`, the divert into `s`, the return label,
/// `/str` and `str`. Without, it is inline: `ev`, `str`, the choice-only
/// text, `/str`, the conditions (joined by `&&`), `/ev` and the choice
/// point. `c-N` opens with the six objects that replay `s` when there is
/// start text; then the output, a newline, and the body (from its first
/// choice or gather on, a container of its own).
fn choice_paths(
    c: &crate::story::ast::Choice,
    inner: &str,
    at: &mut Option<(String, usize)>,
    paths: &mut HashMap<usize, String>,
) {
    let fallback = c.start.is_empty() && c.choice_only.is_none();
    if !c.start.is_empty() {
        if let Some((container, index)) = at.as_mut() {
            let outer = format!("{container}.{index}");
            *index += 1;
            count_items(&c.start, &mut Some((format!("{outer}.s"), 0)), paths);
            if let Some(only) = &c.choice_only {
                count_items(only, &mut Some((outer, 8)), paths);
            }
        }
    } else if fallback {
        *at = None;
    } else if let Some((container, index)) = at.as_mut() {
        let only = c.choice_only.as_deref().unwrap_or_default();
        let mut inside = Some((container.clone(), *index + 2));
        count_items(only, &mut inside, paths);
        // The conditions follow `/str`, joined by `&&`.
        let conditions = c
            .conditions
            .iter()
            .try_fold(c.conditions.len().saturating_sub(1), |n, e| {
                Some(n + expr_objects(e)?)
            });
        match (inside, conditions) {
            (Some((_, end)), Some(n)) => *index = end + 3 + n,
            _ => *at = None,
        }
    }
    let mut inside = Some((inner.to_string(), if c.start.is_empty() { 0 } else { 6 }));
    count_items(&c.output, &mut inside, paths);
    let Some((_, index)) = &mut inside else {
        return;
    };
    *index += 1;
    // What comes before the body's first choice or gather is in `c-N`
    // itself; from there on, the nested weave is a container of its own.
    let first = c
        .body
        .iter()
        .position(|s| matches!(s, Stmt::Choice(_) | Stmt::Gather(_)));
    let (flat, nested) = c.body.split_at(first.unwrap_or(c.body.len()));
    for stmt in flat {
        count_statement(stmt, &mut inside, paths);
    }
    if let (false, Some((_, index))) = (nested.is_empty(), &inside) {
        weave_paths(&format!("{inner}.{index}"), 0, nested, paths);
    }
}

/// Counts a statement's objects in the container at `at` (`None` once the
/// count is unknown), recording the sequences it places.
fn count_statement(
    stmt: &Stmt,
    at: &mut Option<(String, usize)>,
    paths: &mut HashMap<usize, String>,
) {
    match stmt {
        Stmt::Line(content) => {
            count_items(&content.items, at, paths);
            // A line of only tags ends with no newline in ink.
            let tags_only = !content.items.is_empty()
                && content
                    .items
                    .iter()
                    .all(|item| matches!(item, Inline::Tag(_)));
            if let (Some((_, index)), false) = (at.as_mut(), tags_only) {
                *index += 1;
            }
        }
        Stmt::Seq(s) => {
            if let Some((container, index)) = at {
                let key = &**s as *const crate::story::ast::Sequence as usize;
                paths.insert(key, format!("{container}.{index}"));
                *index += 2;
            }
        }
        // A `~` line has no newline: `ev`, the value, `/ev` and the store
        // (`+=`, `++`: the read and the operator too, the store inside).
        Stmt::Logic(logic) => {
            let objects = match &logic.node {
                Logic::Temp { value, .. }
                | Logic::Assign {
                    op: AssignOp::Set,
                    value,
                    ..
                } => expr_objects(value).map(|n| n + 3),
                Logic::Assign { value, .. } => expr_objects(value).map(|n| n + 5),
                Logic::Expr(_) | Logic::Return(_) => None,
            };
            match (objects, at.as_mut()) {
                (Some(n), Some((_, index))) => *index += n,
                _ => *at = None,
            }
        }
        _ => *at = None,
    }
}

/// How many objects ink's compiler makes of an expression, where weave
/// knows: literals and names are one each, an operator one more after its
/// operands, a call one more after its arguments. An operator on literals
/// alone (which ink may fold) or a string with logic in it is not modelled.
fn expr_objects(e: &Expr) -> Option<usize> {
    let literal = |e: &Expr| {
        matches!(
            e.node,
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::Str(_)
        )
    };
    match &e.node {
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) => Some(1),
        ExprKind::Var(_) | ExprKind::DivertTarget(_) => Some(1),
        // `str`, the text, `/str`.
        ExprKind::Str(items) => match items.as_slice() {
            [Inline::Text(t)] if !t.is_empty() => Some(3),
            _ => None,
        },
        ExprKind::Unary(_, x) if !literal(x) => expr_objects(x).map(|n| n + 1),
        ExprKind::Binary(_, a, b) if !(literal(a) && literal(b)) => {
            Some(expr_objects(a)? + expr_objects(b)? + 1)
        }
        // A call (of a function, a builtin or a list) is one object after
        // its arguments.
        ExprKind::Call(_, args) => args.iter().try_fold(1, |n, a| Some(n + expr_objects(a)?)),
        _ => None,
    }
}

/// Counts inline items: text, glue and sequences are one object each, a
/// tag of plain text three, a printed expression as `expr_objects` says;
/// anything else makes the count unknown.
fn count_items(
    items: &[Inline],
    at: &mut Option<(String, usize)>,
    paths: &mut HashMap<usize, String>,
) {
    for item in items {
        let Some((container, index)) = at else {
            return;
        };
        match item {
            Inline::Text(_) | Inline::Glue => *index += 1,
            Inline::Seq { .. } => {
                paths.insert(
                    item as *const Inline as usize,
                    format!("{container}.{index}"),
                );
                *index += 1;
            }
            // `#`, the text, `/#`.
            Inline::Tag(text) if matches!(text.as_slice(), [Inline::Text(t)] if !t.is_empty()) => {
                *index += 3
            }
            // `ev`, the value, `out`, `/ev`.
            Inline::Eval(e) => match expr_objects(e) {
                Some(n) => *index += n + 3,
                None => {
                    *at = None;
                    return;
                }
            },
            _ => {
                *at = None;
                return;
            }
        }
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
        let mut sources = SourceMap::default();
        let main = sources.add("story.ink", text.to_string());
        let mut include = |_: &str| Err("no includes".to_string());
        crate::ink::parse_ink(&mut sources, main, &mut include)
            .expect("the story reads")
            .0
    }

    /// Every exact path weave gives the story's sequences, sorted.
    fn paths(text: &str) -> Vec<String> {
        let story = story(text);
        let mut all: Vec<String> = InkPaths::new("", true, 0, &story.body)
            .exact
            .into_values()
            .collect();
        for knot in &story.knots {
            let k = &knot.name.node;
            all.extend(
                InkPaths::new(k, false, knot.params.len(), &knot.body)
                    .exact
                    .into_values(),
            );
            for s in &knot.stitches {
                let path = format!("{k}.{}", s.name.node);
                all.extend(
                    InkPaths::new(&path, false, s.params.len(), &s.body)
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
}
