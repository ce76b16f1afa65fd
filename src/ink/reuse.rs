//! Reusing the flows of an earlier parse. A language server reads the same
//! story again on every edit, and an edit changes one flow or a few: a
//! [`Memo`] keeps what each flow of a parse was woven into (its statements
//! and diagnostics) by the flow's lines, and a later parse that meets a
//! flow with the very same lines takes a copy of it, its spans moved to
//! where the lines now stand, instead of weaving the flow again.
//!
//! "The same lines" is exact: the same text, each line at the same place
//! relative to the flow's first one, after a blank line or indented alike,
//! all in one file. Invariant: a parse given a memo makes the same story
//! and diagnostics as one without, since a flow's weave depends on its
//! lines alone.

use super::file::SrcLine;
use crate::story::ast::Stmt;
use crate::story::respan::Respan;
use crate::story::{Diagnostic, FileId, Span};
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// The flows of a parse, by their lines.
#[derive(Clone, Debug, Default)]
pub struct Memo {
    flows: HashMap<Box<[u8]>, Arc<Woven>>,
}

/// One flow as it was woven, where its lines stood then.
#[derive(Debug)]
struct Woven {
    file: FileId,
    /// Where the flow's first line started in its file.
    offset: usize,
    body: Vec<Stmt>,
    diags: Vec<Diagnostic>,
}

/// A flow's lines as a memo knows them: their key, file and first offset.
pub(super) struct Lines {
    key: Box<[u8]>,
    file: FileId,
    offset: usize,
}

impl Lines {
    /// The key of a flow's lines; `None` for a flow that is kept nowhere
    /// (it has no lines, or lines from more than one file).
    pub(super) fn of(lines: &[SrcLine]) -> Option<Lines> {
        let first = lines.first()?.base;
        let bytes: usize = lines.iter().map(|l| l.text.len() + 9).sum();
        let mut key = Vec::with_capacity(bytes);
        for line in lines {
            if line.base.file != first.file {
                return None;
            }
            let at = u32::try_from(line.base.offset - first.offset).ok()?;
            key.extend_from_slice(&at.to_le_bytes());
            key.push(u8::from(line.after_blank) | u8::from(line.indented) << 1);
            key.extend_from_slice(&(line.text.len() as u32).to_le_bytes());
            key.extend_from_slice(line.text.as_bytes());
        }
        Some(Lines {
            key: key.into_boxed_slice(),
            file: first.file,
            offset: first.offset,
        })
    }
}

impl Memo {
    /// A copy of what a flow with these lines was woven into, moved to
    /// where they stand now, if this memo holds it.
    pub(super) fn get(&self, lines: &Lines) -> Option<(Vec<Stmt>, Vec<Diagnostic>)> {
        let woven = self.flows.get(&lines.key)?;
        if woven.file != lines.file {
            return None;
        }
        let mut body = woven.body.clone();
        let mut diags = woven.diags.clone();
        if woven.offset != lines.offset {
            let by = lines.offset as i64 - woven.offset as i64;
            let shift = |span: Span| {
                let moved = |at: u32| (i64::from(at) + by) as u32;
                Span {
                    file: span.file,
                    start: moved(span.start),
                    end: moved(span.end),
                }
            };
            body.respan(&mut |s| shift(s));
            for d in &mut diags {
                d.span = shift(d.span);
                d.related.iter_mut().for_each(|(s, _)| *s = shift(*s));
            }
        }
        Some((body, diags))
    }

    /// The memo of a parse whose flows were these: each flow's lines and
    /// what they were woven into (`None`: taken from `earlier`, where the
    /// same lines are kept).
    pub(super) fn of_flows<'a>(
        earlier: Option<&Memo>,
        flows: impl Iterator<Item = (Lines, Option<(&'a [Stmt], &'a [Diagnostic])>)>,
    ) -> Memo {
        let mut memo = Memo::default();
        for (lines, woven) in flows {
            let kept = match woven {
                Some((body, diags)) => Arc::new(Woven {
                    file: lines.file,
                    offset: lines.offset,
                    body: body.to_vec(),
                    diags: diags.to_vec(),
                }),
                None => match earlier.and_then(|e| e.flows.get(&lines.key)) {
                    Some(woven) => Arc::clone(woven),
                    None => continue,
                },
            };
            memo.flows.insert(lines.key, kept);
        }
        memo
    }

    /// How many flows it keeps.
    pub fn len(&self) -> usize {
        self.flows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.flows.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::SourceMap;
    use crate::story::ast::Story;

    fn parse(text: &str, memo: &Arc<Memo>) -> (Story, Arc<Memo>) {
        let mut sources = SourceMap::default();
        let main = sources.add("story.ink", text);
        let mut none = |_: &str| Err("no includes".to_string());
        let (parsed, memo) =
            super::super::parse_ink_reusing(&mut sources, main, &mut none, None, memo);
        (parsed.expect("the story parses").0, memo)
    }

    const STORY: &str = "Hello.\n-> a\n=== a ===\nIn a. {~x|y}\n* Go on\n  -> b\n=== b ===\nIn b.\n* (end) Stop\n-> END\n";

    /// The flows an edit leaves alone are taken from the memo, not woven
    /// again (the memo's entry is the very same), and their spans move.
    #[test]
    fn an_edit_weaves_again_only_the_flows_it_touches() {
        let (_, before) = parse(STORY, &Arc::default());
        assert_eq!(before.len(), 3, "the root flow and two knots");
        let edited = STORY.replace("In a.", "In a, longer.");
        let (story, after) = parse(&edited, &before);
        let same: Vec<bool> = after
            .flows
            .iter()
            .map(|(key, woven)| before.flows.get(key).is_some_and(|b| Arc::ptr_eq(b, woven)))
            .collect();
        assert_eq!(
            same.iter().filter(|&&s| s).count(),
            2,
            "root and b kept, a woven again"
        );
        let (fresh, _) = parse(&edited, &Arc::default());
        assert_eq!(story, fresh);
        let b = &story.knots[1];
        let label = edited.find("(end)").expect("the label") + 1;
        assert!(format!("{:?}", b.body).contains(&format!("start: {label}")));
    }
}
