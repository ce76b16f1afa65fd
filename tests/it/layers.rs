//! The layers import one way (STYLE.md rule 2, ARCHITECTURE.md): this reads
//! every `crate::…` path in `src/` (the `use crate::…` statements, their
//! `{…}` groups, and paths written inline) and fails on one that reaches a
//! higher layer, naming the file and line.
//!
//! Test modules (a file or block under `#[cfg(test)]`) may use higher
//! layers to check behaviour end to end (the shard tests play what they
//! compile), so they are left out.

use super::support::root;
use std::path::{Path, PathBuf};

/// The layers from the bottom. Peers share a rank: `cli` and `repl` are
/// both interfaces.
const LAYERS: &[(&str, u32)] = &[
    ("value", 0),
    ("story", 1),
    ("ink", 2),
    ("script", 3),
    ("compile", 4),
    ("load", 5),
    ("runtime", 6),
    ("saves", 7),
    ("play", 8),
    ("convert", 9),
    ("tools", 10),
    ("lsp", 11),
    ("cli", 12),
    ("repl", 12),
];

/// Helpers that any layer may use and that import no layer themselves.
const UTILITIES: &[&str] = &["parallel"];

#[test]
fn layers_import_downwards_only() {
    let src = root().join("src");
    let files = rust_files(&src);
    let tests = test_files(&files);
    let mut problems = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(root()).unwrap_or(file).to_path_buf();
        let Some(layer) = layer_of(&src, file) else {
            continue;
        };
        let Some(rank) = rank(&layer) else {
            if !UTILITIES.contains(&layer.as_str()) {
                problems.push(format!(
                    "{}: module `{layer}` is in no layer: add it to LAYERS in tests/it/layers.rs \
                     and to ARCHITECTURE.md",
                    rel.display()
                ));
            }
            continue;
        };
        if tests.contains(file) {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("source is readable");
        for (line, target) in imports(&text) {
            let upward = match rank_or_utility(&target) {
                Some(r) => r > rank,
                None => false,
            };
            if upward {
                problems.push(format!(
                    "{}:{line}: `{layer}` imports `crate::{target}`, a layer above it",
                    rel.display()
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "layers must import downwards only ({}):\n{}",
        order(),
        problems.join("\n")
    );
}

/// The checker itself finds an upward import in a `use` group, in an
/// inline path and on the right line, and skips comments and test blocks.
#[test]
fn layer_check_finds_group_inline_and_skips_comments_and_tests() {
    let text = "//! Uses `crate::cli` in a doc comment.\n\
                use crate::{\n    story::Span,\n    runtime::Value,\n};\n\
                fn f() { let _ = crate::tools::stats::x(); }\n\
                #[cfg(test)]\nmod tests {\n    use crate::cli::run;\n}\n";
    assert_eq!(
        imports(text),
        vec![
            (2, "story".to_string()),
            (2, "runtime".to_string()),
            (6, "tools".to_string())
        ]
    );
}

/// The layers as `value < story < … < cli | repl`.
fn order() -> String {
    let mut out = String::new();
    for (i, (layer, rank)) in LAYERS.iter().enumerate() {
        if i > 0 {
            out.push_str(if LAYERS[i - 1].1 == *rank {
                " | "
            } else {
                " < "
            });
        }
        out.push_str(layer);
    }
    out
}

fn rank(layer: &str) -> Option<u32> {
    LAYERS.iter().find(|(l, _)| *l == layer).map(|(_, r)| *r)
}

/// A utility ranks below everything; an unknown name (a crate item of
/// `lib.rs`, not a layer) is not an import of a layer.
fn rank_or_utility(target: &str) -> Option<u32> {
    if UTILITIES.contains(&target) {
        return None;
    }
    rank(target)
}

/// The layer a file belongs to: its first path component under `src/`.
fn layer_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let mut parts = rel.components();
    let first = parts.next()?.as_os_str().to_string_lossy().into_owned();
    if parts.next().is_none() {
        // A file directly in src/: lib.rs and main.rs are the crate root.
        let name = first.strip_suffix(".rs")?;
        return (name != "lib" && name != "main").then(|| name.to_string());
    }
    Some(first)
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Files that are test modules: declared as `mod NAME;` right after
/// `#[cfg(test)]` (and an optional `#[path = "…"]`).
fn test_files(files: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).expect("source is readable");
        let dir = file.parent().expect("a file has a folder");
        // `mod x;` in a.rs or a/mod.rs declares a/x.rs (or, for lib.rs and
        // mod.rs, x.rs beside it).
        let own = match file.file_stem().and_then(|s| s.to_str()) {
            Some("mod" | "lib" | "main") => dir.to_path_buf(),
            Some(stem) => dir.join(stem),
            None => continue,
        };
        let mut lines = text.lines().map(str::trim);
        while let Some(line) = lines.next() {
            if line != "#[cfg(test)]" {
                continue;
            }
            let mut path_attr = None;
            for next in lines.by_ref() {
                if let Some(p) = next.strip_prefix("#[path = \"") {
                    path_attr = p.strip_suffix("\"]").map(str::to_string);
                    continue;
                }
                if let Some(name) = next.strip_prefix("mod ").and_then(|m| m.strip_suffix(';')) {
                    out.push(match &path_attr {
                        Some(p) => dir.join(p),
                        None => own.join(format!("{name}.rs")),
                    });
                }
                break;
            }
        }
    }
    out
}

/// Every `crate::NAME` a source text reaches outside comments and
/// `#[cfg(test)]` blocks, with its 1-based line. `use crate::{a::x, b}`
/// gives `a` and `b` at the line of the `use`.
fn imports(text: &str) -> Vec<(usize, String)> {
    let code = without_comments_and_tests(text);
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(found) = code[at..].find("crate::") {
        let start = at + found;
        let line = code[..start].matches('\n').count() + 1;
        let rest = &code[start + "crate::".len()..];
        at = start + "crate::".len();
        // `foo_crate::x` is another crate's path, not this one's.
        let before = code[..start].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            for name in top_level_names(group) {
                out.push((line, name));
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push((line, name));
        }
    }
    out
}

/// The first name of each top-level item of a `{…}` use group (the text
/// after its opening brace).
fn top_level_names(group: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut depth = 0;
    let mut expecting = true;
    let mut name = String::new();
    for c in group.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => expecting = true,
            c if expecting && depth == 0 && (c.is_alphanumeric() || c == '_') => name.push(c),
            _ if expecting && !name.is_empty() => {
                names.push(std::mem::take(&mut name));
                expecting = false;
            }
            _ => {}
        }
    }
    if !name.is_empty() {
        names.push(name);
    }
    names
}

/// The text with `//` comments blanked and everything from a `#[cfg(test)]`
/// to the end of the item after it blanked (newlines kept, so line numbers
/// hold). Good enough for this crate's sources, which put no `//` inside
/// string literals that name `crate::`.
fn without_comments_and_tests(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut skipping = false;
    let mut depth = 0usize;
    let mut opened = false;
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        if code.trim() == "#[cfg(test)]" {
            skipping = true;
            depth = 0;
            opened = false;
        }
        if skipping {
            for c in code.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
            let ended = (opened && depth == 0) || (!opened && code.trim_end().ends_with(';'));
            if ended {
                skipping = false;
            }
            out.push('\n');
            continue;
        }
        out.push_str(code);
        out.push('\n');
    }
    out
}
