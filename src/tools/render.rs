//! Writes a [`StoryGraph`] as Graphviz DOT or as a Mermaid flowchart.
//!
//! Both put a knot's stitches in a cluster (a `subgraph`) with the knot, so
//! a large story reads as a handful of boxes; choice edges carry the
//! choice's text (shortened), tunnels are dashed, threads dotted; `END` and
//! `DONE` are double circles and nodes that can end the story have a double
//! border; unreachable nodes are red, dashed and say so.

use super::graph::{Edge, EdgeKind, StoryGraph, Target};
use std::fmt::Write;

/// The longest edge label, in characters, before it is cut with `…`.
const LABEL_MAX: usize = 40;

/// Which text format to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Dot,
    Mermaid,
}

/// Renders the graph in `format`.
pub fn render(graph: &StoryGraph, format: Format) -> String {
    match format {
        Format::Dot => to_dot(graph),
        Format::Mermaid => to_mermaid(graph),
    }
}

/// The knots in order, each with its node indices (the knot's own first).
fn clusters(graph: &StoryGraph) -> Vec<(&str, Vec<usize>)> {
    let mut out: Vec<(&str, Vec<usize>)> = Vec::new();
    for (i, node) in graph.nodes.iter().enumerate() {
        match out.iter_mut().find(|(k, _)| *k == node.knot) {
            Some((_, members)) => members.push(i),
            None => out.push((node.knot.as_str(), vec![i])),
        }
    }
    out
}

fn short_name(graph: &StoryGraph, i: usize) -> &str {
    let node = &graph.nodes[i];
    if node.start {
        return "start";
    }
    node.path.rsplit('.').next().unwrap_or(&node.path)
}

fn edge_label(edge: &Edge) -> Option<String> {
    match &edge.kind {
        EdgeKind::Choice(text) if text.is_empty() => Some("(choice)".into()),
        EdgeKind::Choice(text) => Some(shorten(text)),
        EdgeKind::Tunnel => Some("tunnel".into()),
        EdgeKind::Thread => Some("thread".into()),
        EdgeKind::Divert => None,
    }
}

fn shorten(text: &str) -> String {
    if text.chars().count() <= LABEL_MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(LABEL_MAX - 1).collect();
    format!("{}…", cut.trim_end())
}

/// Graphviz DOT.
pub fn to_dot(graph: &StoryGraph) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "digraph story {{");
    let _ = writeln!(
        out,
        "  graph [rankdir=LR, label={}, labelloc=t, fontname=\"Helvetica\"];",
        dot_str(&graph.title)
    );
    let _ = writeln!(
        out,
        "  node [shape=box, style=rounded, fontname=\"Helvetica\"];"
    );
    let _ = writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=10];");
    for (k, (knot, members)) in clusters(graph).iter().enumerate() {
        let clustered = members.len() > 1 || graph.nodes[members[0]].path.contains('.');
        let indent = if clustered { "    " } else { "  " };
        if clustered {
            let _ = writeln!(out, "  subgraph cluster_{k} {{");
            let _ = writeln!(out, "    label={}; style=rounded;", dot_str(knot));
        }
        for &i in members {
            let _ = writeln!(out, "{indent}{};", dot_node(graph, i));
        }
        if clustered {
            let _ = writeln!(out, "  }}");
        }
    }
    let ends = |t: Target| graph.edges.iter().any(|e| e.to == t);
    for (target, name) in [(Target::End, "END"), (Target::Done, "DONE")] {
        if ends(target) {
            let _ = writeln!(out, "  {name} [shape=doublecircle, label=\"{name}\"];");
        }
    }
    for edge in &graph.edges {
        let to = match edge.to {
            Target::Node(n) => dot_str(&graph.nodes[n].path),
            Target::End => "END".into(),
            Target::Done => "DONE".into(),
        };
        let mut attrs = Vec::new();
        if let Some(label) = edge_label(edge) {
            attrs.push(format!("label={}", dot_str(&label)));
        }
        match edge.kind {
            EdgeKind::Tunnel => attrs.push("style=dashed".into()),
            EdgeKind::Thread => attrs.push("style=dotted".into()),
            _ => {}
        }
        let from = dot_str(&graph.nodes[edge.from].path);
        if attrs.is_empty() {
            let _ = writeln!(out, "  {from} -> {to};");
        } else {
            let _ = writeln!(out, "  {from} -> {to} [{}];", attrs.join(", "));
        }
    }
    out.push_str("}\n");
    out
}

fn dot_node(graph: &StoryGraph, i: usize) -> String {
    let node = &graph.nodes[i];
    let mut label = short_name(graph, i).to_string();
    let mut attrs = Vec::new();
    if node.start {
        attrs.push("shape=oval".to_string());
    }
    if node.ending {
        attrs.push("peripheries=2".into());
    }
    if !node.reachable {
        label.push_str("\n(unreachable)");
        attrs.push("color=red, fontcolor=red, style=\"rounded,dashed\"".into());
    }
    attrs.insert(0, format!("label={}", dot_str(&label)));
    format!("{} [{}]", dot_str(&node.path), attrs.join(", "))
}

/// A DOT string literal.
fn dot_str(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A Mermaid flowchart.
pub fn to_mermaid(graph: &StoryGraph) -> String {
    let mut out = String::from("flowchart LR\n");
    let _ = writeln!(out, "  %% {}", graph.title.replace('\n', " "));
    for (knot, members) in clusters(graph) {
        let clustered = members.len() > 1 || graph.nodes[members[0]].path.contains('.');
        if clustered {
            let _ = writeln!(out, "  subgraph k_{} [{}]", members[0], mermaid_str(knot));
        }
        for i in members {
            let node = &graph.nodes[i];
            let mut label = short_name(graph, i).to_string();
            if !node.reachable {
                label.push_str(" (unreachable)");
            }
            let label = mermaid_str(&label);
            let shape = match (node.start, node.ending) {
                (true, _) => format!("([{label}])"),
                (false, true) => format!("[[{label}]]"),
                (false, false) => format!("[{label}]"),
            };
            let indent = if clustered { "    " } else { "  " };
            let _ = writeln!(out, "{indent}n{i}{shape}");
        }
        if clustered {
            let _ = writeln!(out, "  end");
        }
    }
    for (target, name) in [(Target::End, "END"), (Target::Done, "DONE")] {
        if graph.edges.iter().any(|e| e.to == target) {
            let _ = writeln!(out, "  {name}((({name})))");
        }
    }
    for edge in &graph.edges {
        let to = match edge.to {
            Target::Node(n) => format!("n{n}"),
            Target::End => "END".into(),
            Target::Done => "DONE".into(),
        };
        let arrow = match edge.kind {
            EdgeKind::Tunnel | EdgeKind::Thread => "-.->",
            _ => "-->",
        };
        match edge_label(edge) {
            Some(label) => {
                let _ = writeln!(
                    out,
                    "  n{} {arrow}|{}| {to}",
                    edge.from,
                    mermaid_str(&label)
                );
            }
            None => {
                let _ = writeln!(out, "  n{} {arrow} {to}", edge.from);
            }
        }
    }
    let unreachable: Vec<String> = (0..graph.nodes.len())
        .filter(|&i| !graph.nodes[i].reachable)
        .map(|i| format!("n{i}"))
        .collect();
    if !unreachable.is_empty() {
        out.push_str("  classDef unreachable stroke:#c00,color:#c00,stroke-dasharray:5 5\n");
        let _ = writeln!(out, "  class {} unreachable", unreachable.join(","));
    }
    out
}

/// A quoted Mermaid label (quotes become entity codes).
fn mermaid_str(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "#quot;").replace('\n', " "))
}
