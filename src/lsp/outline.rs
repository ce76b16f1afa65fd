//! The outline of a file (knots, their stitches, functions and labelled
//! gathers and choices as document symbols) and its folding ranges (one
//! per knot and stitch), from the index of the last good parse.

use super::analysis::Good;
use super::index::{Def, DefKind};
use crate::story::FileId;
use lsp_types::{DocumentSymbol, FoldingRange, Range, SymbolKind};

/// The flows of one file in source order, each with the byte offset where
/// its extent ends (the start of the line of the next flow of its level or
/// above, or the end of the file).
fn extents(good: &Good, file: FileId) -> Vec<(usize, usize)> {
    let defs = &good.index().defs;
    let mut flows: Vec<usize> = (0..defs.len())
        .filter(|&d| defs[d].span.file == file)
        .filter(|&d| {
            matches!(
                defs[d].kind,
                DefKind::Knot | DefKind::Function | DefKind::Stitch
            )
        })
        .collect();
    flows.sort_by_key(|&d| defs[d].span.start);
    let text = good.files.text(file);
    let line_start = |at: usize| text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    flows
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let stitch = defs[d].kind == DefKind::Stitch;
            let next = flows[i + 1..]
                .iter()
                .find(|&&n| stitch || defs[n].kind != DefKind::Stitch)
                .map_or(text.len(), |&n| line_start(defs[n].span.start as usize));
            (d, next)
        })
        .collect()
}

fn symbol(good: &Good, def: &Def, end: usize, children: Vec<DocumentSymbol>) -> DocumentSymbol {
    let text = good.files.text(def.span.file);
    let start = text[..def.span.start as usize]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let end = text[..end].trim_end().len().max(def.span.end as usize);
    let kind = match def.kind {
        DefKind::Knot => SymbolKind::MODULE,
        DefKind::Stitch => SymbolKind::NAMESPACE,
        DefKind::Function => SymbolKind::FUNCTION,
        _ => SymbolKind::KEY,
    };
    let whole = crate::story::Span::new(def.span.file, start, end);
    #[allow(deprecated)]
    DocumentSymbol {
        name: def.name.clone(),
        detail: Some(def.kind.word().to_string()),
        kind,
        tags: None,
        deprecated: None,
        range: good.files.range(whole),
        selection_range: good.files.range(def.span),
        children: Some(children),
    }
}

/// The labels defined directly in `flow`, as symbols.
fn labels(good: &Good, flow: &str, file: FileId) -> Vec<DocumentSymbol> {
    good.index()
        .defs
        .iter()
        .filter(|d| {
            d.kind == DefKind::Label && d.flow.as_deref() == Some(flow) && d.span.file == file
        })
        .map(|d| symbol(good, d, d.span.end as usize, Vec::new()))
        .collect()
}

pub fn document_symbols(good: &Good, file: FileId) -> Vec<DocumentSymbol> {
    let defs = &good.index().defs;
    let mut out: Vec<DocumentSymbol> = labels(good, super::index::ROOT, file);
    let extents = extents(good, file);
    for &(d, end) in &extents {
        let def = &defs[d];
        if def.kind == DefKind::Stitch {
            continue;
        }
        let mut children = labels(good, &def.path, file);
        for &(s, send) in &extents {
            if defs[s].kind == DefKind::Stitch && defs[s].flow.as_deref() == Some(def.path.as_str())
            {
                let inner = labels(good, &defs[s].path, file);
                children.push(symbol(good, &defs[s], send, inner));
            }
        }
        out.push(symbol(good, def, end, children));
    }
    out
}

pub fn folding_ranges(good: &Good, file: FileId) -> Vec<FoldingRange> {
    extents(good, file)
        .into_iter()
        .filter_map(|(d, end)| {
            let s = symbol(good, &good.index().defs[d], end, Vec::new());
            let Range { start, end } = s.range;
            (end.line > start.line).then(|| FoldingRange {
                start_line: start.line,
                end_line: end.line,
                kind: Some(lsp_types::FoldingRangeKind::Region),
                ..Default::default()
            })
        })
        .collect()
}
