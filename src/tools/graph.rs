//! The story's structure as a graph, for `weave map`: knots and stitches are
//! nodes, diverts, tunnels, threads and choices are edges, `END` and `DONE`
//! are terminal nodes, and what no path from the start reaches is flagged.
//!
//! The graph is derived from the compiled [`Program`], not the AST, so RON
//! scripts and ink files give the same map and it shows what will actually
//! run. Each flow's code is walked from its entry, and from the target of
//! each of its choices, following the jumps that stay inside the flow;
//! a jump into another flow is a divert edge, `Call(_, Tunnel)` a tunnel
//! edge, `Thread` a thread edge, and the exits found from a choice's target
//! become edges labelled with the choice's text. The walk does not follow a
//! choice from the code that offers it, so each exit is drawn once, from
//! the choice that leads there. Functions are not nodes (their calls return
//! where they were made); a choice whose content only offers more choices
//! has no edge of its own (its nested choices do).

use crate::compile::{CallKind, Op, Pc, Program};
use crate::story::Span;
use std::collections::{HashSet, VecDeque};

/// A knot or stitch of the story (or the story's start).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// `knot` or `knot.stitch`; the start of the story is `(root)`.
    pub path: String,
    /// The knot this node belongs to (itself for a knot).
    pub knot: String,
    /// Whether this is the story's start.
    pub start: bool,
    /// Whether some path from the start reaches it.
    pub reachable: bool,
    /// Whether it can end the story (`-> END` or `-> DONE`).
    pub ending: bool,
    pub span: Span,
}

/// Where an edge goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// A node, by index into [`StoryGraph::nodes`].
    Node(usize),
    /// `-> END`: the story is over.
    End,
    /// `-> DONE`: the flow stops here.
    Done,
}

/// How control gets from one node to another.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum EdgeKind {
    Divert,
    /// `-> target ->`: goes there and comes back.
    Tunnel,
    /// `<- target`: its content and choices are woven in.
    Thread,
    /// Taking the choice with this text leads there.
    Choice(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Edge {
    pub from: usize,
    pub to: Target,
    pub kind: EdgeKind,
}

/// The story's structure.
#[derive(Clone, Debug, Default)]
pub struct StoryGraph {
    pub title: String,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

impl StoryGraph {
    /// The nodes no path from the start reaches.
    pub fn unreachable(&self) -> impl Iterator<Item = &Node> {
        self.nodes.iter().filter(|n| !n.reachable)
    }

    /// The index of the node with this path.
    pub fn node(&self, path: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.path == path)
    }
}

/// Something a walk through one flow's code found leaving it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Exit {
    Edge(Target, Via),
    /// A divert target value (`-> knot` as a value): not drawn, but it
    /// makes its target reachable, as `weave check` counts it.
    Reference(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Via {
    Divert,
    Tunnel,
    Thread,
}

/// Builds the graph of a compiled story.
pub fn story_graph(program: &Program) -> StoryGraph {
    let owners = Owners::of(program);
    let mut graph = StoryGraph {
        title: program.title.clone(),
        nodes: Vec::new(),
        edges: Vec::new(),
    };
    // Node i is flow `owners.nodes[i]`; functions are left out.
    for &f in &owners.nodes {
        let flow = &program.flows[f];
        graph.nodes.push(Node {
            path: flow.path.clone(),
            knot: flow.path.split('.').next().unwrap_or("").to_string(),
            start: flow.entry == 0,
            reachable: false,
            ending: false,
            span: flow.span,
        });
    }
    let mut references = Vec::new();
    let mut seen_edges = HashSet::new();
    for (node, &f) in owners.nodes.iter().enumerate() {
        let mut origins = vec![(program.flows[f].entry, None)];
        for (id, choice) in program.choices.iter().enumerate() {
            if owners.flow_of(choice.target) == Some(f) {
                origins.push((choice.target, Some(id)));
            }
        }
        for (start, choice) in origins {
            for exit in owners.walk(program, f, start) {
                let (to, via) = match exit {
                    Exit::Reference(to) => {
                        references.push((node, to));
                        continue;
                    }
                    Exit::Edge(to, via) => (to, via),
                };
                let kind = match (choice, via) {
                    (Some(id), Via::Divert) => EdgeKind::Choice(choice_text(program, id)),
                    (_, Via::Tunnel) => EdgeKind::Tunnel,
                    (_, Via::Thread) => EdgeKind::Thread,
                    (None, Via::Divert) => EdgeKind::Divert,
                };
                let edge = Edge {
                    from: node,
                    to,
                    kind,
                };
                if seen_edges.insert(edge.clone()) {
                    graph.edges.push(edge);
                }
            }
        }
    }
    mark_endings(&mut graph);
    mark_reachable(&mut graph, &references);
    drop_empty_containers(&mut graph, program, &owners);
    graph
}

/// Whether flow `f` is a knot with no content of its own (only the jump
/// into its first stitch): such a knot is a container, not a place.
pub fn is_container(program: &Program, f: usize) -> bool {
    let flow = &program.flows[f];
    let has_stitches = program.flows.iter().any(|g| {
        g.path
            .strip_prefix(flow.path.as_str())
            .is_some_and(|rest| rest.starts_with('.'))
    });
    let end = program
        .flows
        .iter()
        .map(|g| g.entry)
        .filter(|&e| e > flow.entry)
        .min()
        .unwrap_or(program.code.len() as Pc);
    has_stitches
        && program.code[flow.entry as usize..end as usize]
            .iter()
            .all(|op| matches!(op, Op::Visit(_) | Op::Frame(_) | Op::Jump(_) | Op::FallOff))
}

/// Leaves out container knots nothing diverts to (a reader never sees
/// them, so they are neither places nor unreachable).
fn drop_empty_containers(graph: &mut StoryGraph, program: &Program, owners: &Owners) {
    let entered: HashSet<usize> = graph
        .edges
        .iter()
        .filter_map(|e| match e.to {
            Target::Node(n) => Some(n),
            _ => None,
        })
        .collect();
    let keep: Vec<bool> = owners
        .nodes
        .iter()
        .enumerate()
        .map(|(n, &f)| entered.contains(&n) || graph.nodes[n].start || !is_container(program, f))
        .collect();
    let mut new_index = Vec::with_capacity(keep.len());
    let mut next = 0;
    for &k in &keep {
        new_index.push(next);
        next += usize::from(k);
    }
    let mut n = 0;
    graph.nodes.retain(|_| {
        n += 1;
        keep[n - 1]
    });
    graph.edges.retain(|e| keep[e.from]);
    for edge in &mut graph.edges {
        edge.from = new_index[edge.from];
        if let Target::Node(to) = &mut edge.to {
            *to = new_index[*to];
        }
    }
}

fn mark_endings(graph: &mut StoryGraph) {
    for edge in &graph.edges {
        if matches!(edge.to, Target::End | Target::Done) {
            graph.nodes[edge.from].ending = true;
        }
    }
}

fn mark_reachable(graph: &mut StoryGraph, references: &[(usize, usize)]) {
    let mut next: Vec<Vec<usize>> = vec![Vec::new(); graph.nodes.len()];
    for edge in &graph.edges {
        if let Target::Node(to) = edge.to {
            next[edge.from].push(to);
        }
    }
    for &(from, to) in references {
        next[from].push(to);
    }
    let mut todo: VecDeque<usize> = graph
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.start)
        .map(|(i, _)| i)
        .collect();
    while let Some(i) = todo.pop_front() {
        if graph.nodes[i].reachable {
            continue;
        }
        graph.nodes[i].reachable = true;
        todo.extend(next[i].iter().copied());
    }
}

/// Which flow each instruction belongs to, and which flows are nodes.
struct Owners {
    /// For each pc, the index of its flow in `program.flows`.
    flow: Vec<Option<usize>>,
    /// Flows that are nodes (not functions), in code order.
    nodes: Vec<usize>,
    /// For each flow, its node index (functions have none).
    node_of: Vec<Option<usize>>,
}

impl Owners {
    fn of(program: &Program) -> Owners {
        let mut order: Vec<usize> = (0..program.flows.len()).collect();
        order.sort_by_key(|&f| program.flows[f].entry);
        let mut flow = vec![None; program.code.len()];
        for (k, &f) in order.iter().enumerate() {
            let start = program.flows[f].entry as usize;
            let end = order
                .get(k + 1)
                .map_or(program.code.len(), |&g| program.flows[g].entry as usize);
            for slot in flow.iter_mut().take(end).skip(start) {
                *slot = Some(f);
            }
        }
        let nodes: Vec<usize> = order
            .into_iter()
            .filter(|&f| !program.flows[f].function)
            .collect();
        let mut node_of = vec![None; program.flows.len()];
        for (n, &f) in nodes.iter().enumerate() {
            node_of[f] = Some(n);
        }
        Owners {
            flow,
            nodes,
            node_of,
        }
    }

    fn flow_of(&self, pc: Pc) -> Option<usize> {
        self.flow.get(pc as usize).copied().flatten()
    }

    fn node_at(&self, pc: Pc) -> Option<usize> {
        self.flow_of(pc).and_then(|f| self.node_of[f])
    }

    /// Follows flow `f`'s code from `start` and lists where it leaves.
    fn walk(&self, program: &Program, f: usize, start: Pc) -> Vec<Exit> {
        let entry = program.flows[f].entry;
        let mut exits = Vec::new();
        let mut seen = HashSet::new();
        let mut todo = vec![start];
        let leave = |target: Pc, via: Via, exits: &mut Vec<Exit>| {
            if let Some(n) = self.node_at(target) {
                exits.push(Exit::Edge(Target::Node(n), via));
            }
        };
        while let Some(pc) = todo.pop() {
            if self.flow_of(pc) != Some(f) || !seen.insert(pc) {
                continue;
            }
            match program.code[pc as usize] {
                // A jump to the flow's own start (just past its visit count,
                // for a divert to itself) is a loop, not a way on inside it.
                Op::Jump(t) if self.flow_of(t) != Some(f) || t <= entry + 1 => {
                    leave(t, Via::Divert, &mut exits)
                }
                Op::Jump(t) => todo.push(t),
                Op::JumpIfFalse(t) => todo.extend([t, pc + 1]),
                Op::Switch(t) => todo.extend(program.tables[t as usize].iter().copied()),
                Op::Call(t, CallKind::Tunnel) => {
                    leave(t, Via::Tunnel, &mut exits);
                    todo.push(pc + 1);
                }
                Op::Thread(t) => {
                    leave(t, Via::Thread, &mut exits);
                    todo.push(pc + 1);
                }
                Op::Address(t) => {
                    if let Some(n) = self.node_at(t) {
                        exits.push(Exit::Reference(n));
                    }
                    todo.push(pc + 1);
                }
                Op::End => exits.push(Exit::Edge(Target::End, Via::Divert)),
                Op::Done => exits.push(Exit::Edge(Target::Done, Via::Divert)),
                Op::FallOff | Op::Return | Op::TunnelReturn(_) | Op::JumpToAddress => {}
                _ => todo.push(pc + 1),
            }
        }
        exits
    }
}

/// The text a choice shows in the menu, as far as it is fixed: its code is
/// `BeginString`, the text, `EndString` (then the condition, if any) just
/// before the `Choice` instruction. Printed values show as `…`.
pub fn choice_text(program: &Program, choice: usize) -> String {
    let Some(info) = program.choices.get(choice) else {
        return String::new();
    };
    if info.fallback {
        return "(fallback)".into();
    }
    if !info.has_text {
        return String::new();
    }
    let Some(at) = program
        .code
        .iter()
        .position(|op| *op == Op::Choice(choice as u32))
    else {
        return String::new();
    };
    let Some(end) = program.code[..at]
        .iter()
        .rposition(|op| *op == Op::EndString)
    else {
        return String::new();
    };
    let mut depth = 0;
    let mut begin = end;
    while begin > 0 {
        begin -= 1;
        match program.code[begin] {
            Op::EndString => depth += 1,
            Op::BeginString if depth == 0 => break,
            Op::BeginString => depth -= 1,
            _ => {}
        }
    }
    let mut text = String::new();
    let mut in_tag = false;
    for op in &program.code[begin + 1..end] {
        match *op {
            Op::BeginTag => in_tag = true,
            Op::EndTag => in_tag = false,
            Op::Text(s) if !in_tag => text.push_str(&program.strings[s as usize]),
            Op::Output if !in_tag => text.push('…'),
            _ => {}
        }
    }
    text.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::ron::parse_ron;

    fn graph(text: &str) -> StoryGraph {
        let story = parse_ron(crate::story::FileId(0), text).expect("parses");
        story_graph(&crate::compile::compile(&story).expect("compiles").0)
    }

    #[test]
    fn choices_become_edges_labelled_with_their_text() {
        let g = graph(
            r#"Story(title: "t", body: [Line("-> a")], knots: [
            Knot(name: "a", body: [Choice(text: "Go [on] now", then: [Line("-> b")])]),
            Knot(name: "b", body: [Line("-> END")]),
            Knot(name: "c", body: [Line("-> b")]),
        ])"#,
        );
        let (a, b) = (g.node("a").unwrap(), g.node("b").unwrap());
        let edge = g
            .edges
            .iter()
            .find(|e| e.from == a)
            .expect("an edge from a");
        assert_eq!(edge.to, Target::Node(b));
        assert_eq!(edge.kind, EdgeKind::Choice("Go on".into()));
        assert!(g.nodes[b].ending);
        let unreachable: Vec<&str> = g.unreachable().map(|n| n.path.as_str()).collect();
        assert_eq!(unreachable, ["c"]);
    }
}
