//! Go to definition, find references and rename, over the index of the
//! last good parse, across every file of the story.

use super::analysis::Good;
use super::index::{Def, DefKind};
use lsp_types::{Location, Position, TextEdit, Url, WorkspaceEdit};
use std::collections::HashMap;
use std::path::Path;

/// The definition under a position, if any.
pub fn def_at<'a>(good: &'a Good, path: &Path, position: Position) -> Option<(usize, &'a Def)> {
    let file = good.files.file_of(path)?;
    let offset = good.files.offset(file, position);
    let def = good.index().def_at(file, offset)?;
    Some((def, &good.index().defs[def]))
}

pub fn definition(good: &Good, path: &Path, position: Position) -> Option<Location> {
    let (_, def) = def_at(good, path, position)?;
    good.files.location(def.span)
}

pub fn references(
    good: &Good,
    path: &Path,
    position: Position,
    declaration: bool,
) -> Vec<Location> {
    let Some((id, def)) = def_at(good, path, position) else {
        return Vec::new();
    };
    let mut spans: Vec<_> = good.index().uses_of(id).collect();
    if declaration {
        spans.insert(0, def.span);
    }
    spans.sort_by_key(|s| (s.file.0, s.start));
    spans.dedup();
    spans
        .into_iter()
        .filter_map(|s| good.files.location(s))
        .collect()
}

/// Words ink gives a meaning of its own, which no name may take.
const RESERVED: &[&str] = &[
    "END", "DONE", "true", "false", "not", "and", "or", "has", "hasnt", "mod", "temp", "return",
    "ref", "else", "function", "VAR", "CONST", "LIST", "EXTERNAL", "INCLUDE",
];

/// The edits that rename what is under `position` to `new_name`, or why
/// it cannot be done.
pub fn rename(
    good: &Good,
    path: &Path,
    position: Position,
    new_name: &str,
) -> Result<WorkspaceEdit, String> {
    let (id, def) = def_at(good, path, position).ok_or("there is no name here to rename")?;
    if def.kind == DefKind::External {
        return Err(format!(
            "`{}` is an external function: its name is the game's, not the story's",
            def.name
        ));
    }
    check_name(new_name)?;
    if let Some(other) = good.index().clash(id, new_name) {
        let (line, col) = good.files.sources.line_col(other.span);
        let file = good.files.paths.get(other.span.file.0 as usize);
        let file = file.map_or(String::new(), |f| f.display().to_string());
        return Err(format!(
            "cannot rename `{}` to `{new_name}`: there is already a {} `{}` at {file}:{line}:{col}",
            def.name,
            other.kind.word(),
            other.path
        ));
    }
    let mut spans: Vec<_> = good.index().uses_of(id).collect();
    spans.push(def.span);
    spans.sort_by_key(|s| (s.file.0, s.start));
    spans.dedup();
    let mut changes: HashMap<Url, Vec<TextEdit>> = HashMap::new();
    for span in spans {
        let text = good.files.text(span.file);
        if text.get(span.start as usize..span.end as usize) != Some(def.name.as_str()) {
            return Err(format!(
                "cannot rename `{}`: one of its uses is not written as its name",
                def.name
            ));
        }
        let location = good
            .files
            .location(span)
            .ok_or("a use is in a file with no URI")?;
        changes
            .entry(location.uri)
            .or_default()
            .push(TextEdit::new(location.range, new_name.to_string()));
    }
    Ok(WorkspaceEdit::new(changes))
}

/// An error unless `name` is an identifier ink accepts and no keyword or
/// built-in function.
fn check_name(name: &str) -> Result<(), String> {
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_');
    if !first_ok || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return Err(format!(
            "`{name}` is not a name: use letters, digits and `_`, not starting with a digit"
        ));
    }
    if RESERVED.contains(&name) || super::hover::builtin(name).is_some() {
        return Err(format!("`{name}` is a word ink reserves"));
    }
    Ok(())
}
