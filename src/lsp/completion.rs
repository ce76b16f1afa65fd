//! Completion, from what the line says before the cursor: divert targets
//! after `->` (scoped as ink resolves them: the flow's labels, then its
//! knot's stitches and labels, then knots and the root weave's labels;
//! each written as the compiler's resolver finds it from here, by its
//! whole path where the bare name leads elsewhere), names inside `{…}` and `~`
//! logic (variables, temporaries, list items, functions, built-ins with
//! their signatures), and tags already used in the story after `#`.

use super::analysis::Good;
use super::hover::BUILTINS;
use super::index::{Def, DefKind, ROOT};
use crate::story::FileId;
use lsp_types::{CompletionItem, CompletionItemKind};

/// What the text before the cursor asks for.
#[derive(Debug, PartialEq, Eq)]
enum Context<'a> {
    /// After `->` or `<-`, with the path typed so far.
    Divert(&'a str),
    /// After `#`.
    Tag,
    /// Inside `{…}` or on a `~` line.
    Logic,
    None,
}

fn context(before: &str) -> Context<'_> {
    let typed_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .map_or(0, |i| i + 1);
    let head = before[..typed_start].trim_end();
    if head.ends_with("->") || head.ends_with("<-") {
        return Context::Divert(&before[typed_start..]);
    }
    let open_brace = before
        .rfind('{')
        .is_some_and(|o| before[o..].find('}').is_none());
    // A `~` line in ink; in RON, a `Logic("…")` or a `cond: "…"` string.
    let logic_line = before.trim_start().starts_with('~')
        || ["Logic(\"", "cond: \""]
            .iter()
            .any(|s| open_string_after(before, s));
    if open_brace || logic_line {
        return Context::Logic;
    }
    match before.rfind('#') {
        Some(i) if !before[i..].contains(['{', '}']) => Context::Tag,
        _ => Context::None,
    }
}

/// Whether `before` holds `opening` with its string still open after it.
fn open_string_after(before: &str, opening: &str) -> bool {
    before
        .rfind(opening)
        .is_some_and(|i| !before[i + opening.len()..].contains('"'))
}

/// The completions at byte `offset` of `file`, given the line so far.
pub fn complete(
    good: &Good,
    file: Option<FileId>,
    offset: usize,
    before: &str,
) -> Vec<CompletionItem> {
    let flow = file
        .map_or(ROOT, |f| good.index().flow_at(f, offset))
        .to_string();
    match context(before) {
        Context::Divert(typed) => divert_targets(good, &flow, typed),
        Context::Tag => good
            .index()
            .tags
            .iter()
            .map(|t| item(t, CompletionItemKind::CONSTANT, "tag", "5"))
            .collect(),
        Context::Logic => logic_names(good, &flow),
        Context::None => Vec::new(),
    }
}

fn item(label: &str, kind: CompletionItemKind, detail: &str, sort: &str) -> CompletionItem {
    CompletionItem {
        label: label.to_string(),
        kind: Some(kind),
        detail: Some(detail.to_string()),
        sort_text: Some(format!("{sort}{label}")),
        ..Default::default()
    }
}

fn kind_of(def: &Def) -> CompletionItemKind {
    match def.kind {
        DefKind::Knot | DefKind::Stitch => CompletionItemKind::MODULE,
        DefKind::Function | DefKind::External => CompletionItemKind::FUNCTION,
        DefKind::Label => CompletionItemKind::REFERENCE,
        DefKind::Var | DefKind::Temp | DefKind::Param | DefKind::List => {
            CompletionItemKind::VARIABLE
        }
        DefKind::Const => CompletionItemKind::CONSTANT,
        DefKind::ListItem => CompletionItemKind::ENUM_MEMBER,
    }
}

/// Divert targets seen from `flow`, nearest first. With `knot.` typed,
/// the stitches and labels inside that knot.
fn divert_targets(good: &Good, flow: &str, typed: &str) -> Vec<CompletionItem> {
    let knot = crate::compile::knot_of(flow);
    let defs = &good.index().defs;
    if let Some((outer, _)) = typed.rsplit_once('.') {
        return defs
            .iter()
            .filter(|d| matches!(d.kind, DefKind::Stitch | DefKind::Label))
            .filter_map(|d| {
                let rest = d.path.strip_prefix(outer)?.strip_prefix('.')?;
                (!rest.contains('.')
                    || d.kind == DefKind::Label && d.flow.as_deref() != Some(outer))
                .then(|| item(&d.name, kind_of(d), d.kind.word(), "0"))
            })
            .collect();
    }
    let index = good.index();
    let mut items = Vec::new();
    for (id, d) in defs.iter().enumerate() {
        let sort = match d.kind {
            DefKind::Label if d.flow.as_deref() == Some(flow) => "0",
            DefKind::Stitch if d.flow.as_deref() == Some(knot) => "1",
            DefKind::Label
                if d.flow
                    .as_deref()
                    .is_some_and(|f| f.split('.').next() == Some(knot)) =>
            {
                "1"
            }
            DefKind::Knot => "2",
            DefKind::Label if d.flow.as_deref() == Some(ROOT) => "2",
            _ => continue,
        };
        // What to write here for it: its name where that leads to it from
        // this flow (by the compiler's rules), else its whole path (a label
        // that several stitches of this knot have).
        let written = [d.name.as_str(), d.path.as_str()]
            .into_iter()
            .find(|w| !w.starts_with(ROOT) && index.address(flow, w) == Some(id));
        let Some(written) = written else {
            continue;
        };
        items.push(item(
            written,
            kind_of(d),
            &format!("{} {}", d.kind.word(), d.path),
            sort,
        ));
    }
    items.push(item(
        "END",
        CompletionItemKind::KEYWORD,
        "the story is over",
        "3",
    ));
    items.push(item(
        "DONE",
        CompletionItemKind::KEYWORD,
        "this flow is over",
        "3",
    ));
    items
}

/// Names an expression in `flow` may use.
fn logic_names(good: &Good, flow: &str) -> Vec<CompletionItem> {
    let mut items: Vec<CompletionItem> = good
        .index()
        .locals_of(flow)
        .map(|d| item(&d.name, kind_of(d), d.kind.word(), "0"))
        .collect();
    for d in &good.index().defs {
        let sort = match d.kind {
            DefKind::Var | DefKind::Const | DefKind::List => "1",
            DefKind::Function | DefKind::External => "2",
            DefKind::ListItem => "3",
            _ => continue,
        };
        let detail = if d.detail.is_empty() {
            d.kind.word().to_string()
        } else {
            d.detail.clone()
        };
        items.push(item(&d.name, kind_of(d), &detail, sort));
    }
    for b in BUILTINS {
        let mut i = item(b.name, CompletionItemKind::FUNCTION, b.signature, "4");
        i.documentation = Some(lsp_types::Documentation::String(b.doc.to_string()));
        items.push(i);
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_before_the_cursor_decides_what_is_offered() {
        assert_eq!(context("* Go -> sta"), Context::Divert("sta"));
        assert_eq!(context("->"), Context::Divert(""));
        assert_eq!(context("  Line(\"-> tower.st"), Context::Divert("tower.st"));
        assert_eq!(context("It is {oi"), Context::Logic);
        assert_eq!(context("~ x = "), Context::Logic);
        assert_eq!(
            context("Choice(text: \"Go\", cond: \"oil > "),
            Context::Logic
        );
        assert_eq!(context("Logic(\"x = 1\"), Line(\"Hi"), Context::None);
        assert_eq!(context("Hello #pla"), Context::Tag);
        assert_eq!(context("{x} said"), Context::None);
    }
}
