//! Where ink's compiler would put a sequence: the path of its container in
//! ink's compiled story (`knot.3`, `knot.0.5`, `knot.stitch.1`, `0.2` for
//! the root). ink seeds a shuffle with a hash of that path, so a shuffle
//! shows inklecate's order only if weave knows the path.
//!
//! The path is exact for a sequence in the top-level weave of a flow that
//! only text, glue and other sequences come before (on lines of their own
//! or among text): each of those is one object in ink's container, as is
//! the newline ending a line, and each parameter adds one. Past the first
//! statement of another kind (logic, a choice, a gather, a conditional, an
//! expression, a tag, a divert) weave does not model ink's code generation,
//! and a sequence gets a path of its own that is stable but not ink's.

use crate::story::ast::{Inline, Stmt};
use rustc_hash::FxHashMap as HashMap;

/// ink's path of the container holding a flow's weave: `0` for the root,
/// the knot's name for a knot without stitches, `knot.0` for one with
/// stitches, `knot.stitch` for a stitch.
pub fn flow_prefix(flow: &str, is_root: bool, has_stitches: bool) -> String {
    match (is_root, has_stitches) {
        (true, _) => "0".to_string(),
        (false, true) => format!("{flow}.0"),
        (false, false) => flow.to_string(),
    }
}

/// The sequence paths of the flow being lowered.
#[derive(Default)]
pub struct InkPaths {
    prefix: String,
    exact: HashMap<usize, String>,
    /// How many sequences of this flow had no exact path so far.
    others: u32,
}

impl InkPaths {
    pub fn new(prefix: String, params: usize, body: &[Stmt]) -> InkPaths {
        let exact = sequence_paths(&prefix, params, body);
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
fn sequence_paths(prefix: &str, params: usize, body: &[Stmt]) -> HashMap<usize, String> {
    let mut paths = HashMap::default();
    let mut index = params;
    for stmt in body {
        match stmt {
            Stmt::Line(content) => {
                for item in &content.items {
                    match item {
                        Inline::Text(_) | Inline::Glue => {}
                        Inline::Seq { .. } => {
                            paths.insert(
                                item as *const Inline as usize,
                                format!("{prefix}.{index}"),
                            );
                        }
                        _ => return paths,
                    }
                    index += 1;
                }
                index += 1;
            }
            Stmt::Seq(s) => {
                let key = &**s as *const crate::story::ast::Sequence as usize;
                paths.insert(key, format!("{prefix}.{index}"));
                index += 2;
            }
            _ => return paths,
        }
    }
    paths
}

/// The hash ink gives a sequence: the sum of the UTF-16 code units of its
/// container's path in the compiled story (`knot.stitch.3`).
pub fn path_hash(path: &str) -> i32 {
    path.encode_utf16()
        .fold(0i32, |sum, unit| sum.wrapping_add(i32::from(unit)))
}
