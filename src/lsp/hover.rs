//! Hover: what a name is (a variable's declaration and initial value; a
//! knot's word and choice counts and whether it is reachable), and the
//! documentation of ink's built-in functions.

use super::analysis::Good;
use super::index::DefKind;
use super::navigation::def_at;
use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind, Position};
use std::path::Path;

/// A built-in function: its signature and what it does.
pub struct Builtin {
    pub name: &'static str,
    pub signature: &'static str,
    pub doc: &'static str,
}

/// ink's built-in functions, as the compiler knows them (`compile::expr`).
pub const BUILTINS: &[Builtin] = &[
    b(
        "RANDOM",
        "RANDOM(min, max)",
        "A random integer from `min` to `max`, both included, from the story's seeded generator.",
    ),
    b(
        "SEED_RANDOM",
        "SEED_RANDOM(seed)",
        "Seeds the story's random generator, so what follows repeats.",
    ),
    b(
        "CHOICE_COUNT",
        "CHOICE_COUNT()",
        "How many choices have been gathered so far in this turn.",
    ),
    b(
        "TURNS",
        "TURNS()",
        "How many turns (choices taken) since the story began.",
    ),
    b(
        "TURNS_SINCE",
        "TURNS_SINCE(-> target)",
        "Turns since the knot, stitch or label was last visited; -1 if never.",
    ),
    b(
        "READ_COUNT",
        "READ_COUNT(-> target)",
        "How many times the knot, stitch or label has been visited.",
    ),
    b("INT", "INT(x)", "`x` as an integer, cut towards zero."),
    b(
        "FLOOR",
        "FLOOR(x)",
        "The largest whole number not above `x`.",
    ),
    b(
        "CEILING",
        "CEILING(x)",
        "The smallest whole number not below `x`.",
    ),
    b("FLOAT", "FLOAT(x)", "`x` as a floating-point number."),
    b("POW", "POW(x, y)", "`x` to the power `y`."),
    b("MIN", "MIN(a, b)", "The smaller of `a` and `b`."),
    b("MAX", "MAX(a, b)", "The larger of `a` and `b`."),
    b(
        "LIST_COUNT",
        "LIST_COUNT(list)",
        "How many items the list value holds.",
    ),
    b(
        "LIST_MIN",
        "LIST_MIN(list)",
        "The item of the list value with the lowest value.",
    ),
    b(
        "LIST_MAX",
        "LIST_MAX(list)",
        "The item of the list value with the highest value.",
    ),
    b(
        "LIST_ALL",
        "LIST_ALL(list)",
        "Every item of the lists the value draws on.",
    ),
    b(
        "LIST_INVERT",
        "LIST_INVERT(list)",
        "The items of its lists the value does not hold.",
    ),
    b(
        "LIST_RANGE",
        "LIST_RANGE(list, min, max)",
        "The items of the list value from `min` to `max` (values or items).",
    ),
    b(
        "LIST_RANDOM",
        "LIST_RANDOM(list)",
        "One item of the list value, at random.",
    ),
    b(
        "LIST_VALUE",
        "LIST_VALUE(item)",
        "The number of a list item.",
    ),
];

const fn b(name: &'static str, signature: &'static str, doc: &'static str) -> Builtin {
    Builtin {
        name,
        signature,
        doc,
    }
}

pub fn builtin(name: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.name == name)
}

/// The hover text for what is under `position`.
pub fn hover(
    good: &Good,
    path: &Path,
    position: Position,
    text: &str,
    offset: usize,
) -> Option<Hover> {
    let value = match def_at(good, path, position) {
        Some((_, def)) => {
            let (line, col) = good.files.sources.line_col(def.span);
            let file = good.files.paths.get(def.span.file.0 as usize);
            let file = file
                .and_then(|f| f.file_name())
                .map_or(String::new(), |f| f.to_string_lossy().into_owned());
            let place = format!("defined at {file}:{line}:{col}");
            match def.kind {
                DefKind::Var
                | DefKind::Const
                | DefKind::List
                | DefKind::External
                | DefKind::Temp => {
                    format!(
                        "```ink\n{}\n```\n{} `{}`, {place}",
                        def.detail,
                        def.kind.word(),
                        def.path
                    )
                }
                DefKind::Knot | DefKind::Function => {
                    let facts = good
                        .index()
                        .facts
                        .get(&def.path)
                        .cloned()
                        .unwrap_or_default();
                    let reachable = match &good.unreachable {
                        Some(spans) if spans.contains(&def.span) => "no",
                        Some(_) => "yes",
                        None => "unknown (the story has errors)",
                    };
                    format!(
                        "{} `{}`: {} words, {} choices; reachable from the start: {reachable}\n\n{place}",
                        def.kind.word(),
                        def.path,
                        facts.words,
                        facts.choices
                    )
                }
                _ => format!("{} `{}`, {place}", def.kind.word(), def.path),
            }
        }
        None => {
            let word = word_at(text, offset);
            let b = builtin(word)?;
            format!("```ink\n{}\n```\n{}", b.signature, b.doc)
        }
    };
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: None,
    })
}

/// The identifier around byte `offset` of `text`.
pub fn word_at(text: &str, offset: usize) -> &str {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let offset = offset.min(text.len());
    let start = text[..offset].rfind(|c: char| !is_word(c)).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[offset..]
        .find(|c: char| !is_word(c))
        .map_or(text.len(), |i| offset + i);
    text.get(start..end).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::BUILTINS;
    use crate::story::SourceMap;

    /// Every built-in documented here is one the compiler knows, with the
    /// number of arguments its signature shows.
    #[test]
    fn the_documented_builtins_are_the_compilers() {
        for b in BUILTINS {
            let args = b
                .signature
                .split_once('(')
                .map_or("", |(_, a)| a.trim_end_matches(')'));
            let arity = if args.is_empty() {
                0
            } else {
                args.split(',').count()
            };
            for (given, fits) in [(arity, true), (arity + 1, false)] {
                let call = vec!["-> k"; given].join(", ");
                let text = format!("~ temp x = {}({call})\n-> k\n=== k ===\n-> END\n", b.name);
                let mut sources = SourceMap::default();
                let file = sources.add("t.ink", text);
                let mut none = |_: &str| Err(String::new());
                let story = crate::ink::parse_ink(&mut sources, file, &mut none).map(|s| s.0);
                let diags = match story.map(|s| crate::compile::compile(&s)) {
                    Ok(Ok((_, warnings))) => warnings,
                    Ok(Err(errors)) | Err(errors) => errors,
                };
                let unknown = diags.iter().any(|d| d.message.contains("unknown function"));
                let wrong = diags
                    .iter()
                    .any(|d| d.message.contains(" takes ") && d.message.contains(", not "));
                assert!(!unknown, "{}: {diags:?}", b.name);
                assert_eq!(
                    !wrong, fits,
                    "{} with {given} argument(s): {diags:?}",
                    b.name
                );
            }
        }
    }
}
