//! Which parts of a story some playthrough reached, from the per-instruction
//! record a [`crate::runtime::Session`] keeps: statements (through
//! [`Program::spans`], which maps each statement's first instruction to its
//! source), choices (taken when the first instruction of their content
//! ran) and knots and stitches (entered when their entry ran).

use crate::compile::Program;
use crate::story::{SourceMap, Span};
use std::collections::BTreeMap;

/// What was and was not reached.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Each statement's span, and whether its first instruction ran.
    pub statements: Vec<(Span, bool)>,
    /// Choices never taken: index into [`Program::choices`], with its span.
    pub choices_not_taken: Vec<(usize, Span)>,
    pub choices_total: usize,
    /// Knots and stitches never entered (functions never called too).
    pub flows_not_entered: Vec<(String, Span)>,
}

/// One source line with code on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceLine {
    /// `file:line`.
    pub place: String,
    /// The line's text, trimmed.
    pub text: String,
    pub reached: bool,
}

/// Finds the line of a span quickly in big files (where
/// [`SourceMap::line_col`] would scan from the top each time).
pub struct LineIndex<'a> {
    sources: &'a SourceMap,
    /// For each file, the byte offset where each line starts.
    starts: Vec<Vec<usize>>,
}

impl<'a> LineIndex<'a> {
    pub fn new(sources: &'a SourceMap) -> LineIndex<'a> {
        let starts = sources
            .files
            .iter()
            .map(|f| {
                std::iter::once(0)
                    .chain(f.text.match_indices('\n').map(|(i, _)| i + 1))
                    .collect()
            })
            .collect();
        LineIndex { sources, starts }
    }

    /// The 1-based line a span starts on.
    pub fn line(&self, span: Span) -> usize {
        self.starts.get(span.file.0 as usize).map_or(0, |s| {
            s.partition_point(|&start| start <= span.start as usize)
        })
    }

    /// `file:line`.
    pub fn place(&self, span: Span) -> String {
        let name = self
            .sources
            .file(span.file)
            .map_or("<unknown>", |f| f.name.as_str());
        format!("{name}:{}", self.line(span))
    }

    /// The text of the line a span starts on, trimmed.
    pub fn text(&self, span: Span) -> &'a str {
        let (Some(file), Some(starts)) = (
            self.sources.file(span.file),
            self.starts.get(span.file.0 as usize),
        ) else {
            return "";
        };
        let line = self.line(span);
        let start = starts.get(line.wrapping_sub(1)).copied().unwrap_or(0);
        let end = starts.get(line).map_or(file.text.len(), |&e| e);
        file.text.get(start..end).unwrap_or("").trim()
    }
}

impl Coverage {
    /// Reads the coverage of `program` from `seen` (one flag per instruction).
    pub fn of(program: &Program, seen: &[bool]) -> Coverage {
        let ran = |pc: u32| seen.get(pc as usize).copied().unwrap_or(false);
        let statements = program
            .spans
            .iter()
            .filter(|(_, span)| *span != Span::default())
            .map(|&(pc, span)| (span, ran(pc)))
            .collect();
        let choices_not_taken = program
            .choices
            .iter()
            .enumerate()
            .filter(|(_, c)| !ran(c.target))
            .map(|(i, c)| (i, c.span))
            .collect();
        // A knot that only holds stitches counts as entered with them.
        let entered = |i: usize| {
            let flow = &program.flows[i];
            ran(flow.entry)
                || (super::graph::is_container(program, i)
                    && program.flows.iter().any(|g| {
                        g.path
                            .strip_prefix(flow.path.as_str())
                            .is_some_and(|rest| rest.starts_with('.'))
                            && ran(g.entry)
                    }))
        };
        let flows_not_entered = program
            .flows
            .iter()
            .enumerate()
            .filter(|(i, _)| !entered(*i))
            .map(|(_, f)| (f.path.clone(), f.span))
            .collect();
        Coverage {
            statements,
            choices_not_taken,
            choices_total: program.choices.len(),
            flows_not_entered,
        }
    }

    /// The source lines that hold statements, in file order; a line counts
    /// as reached when any statement starting on it was.
    pub fn lines(&self, sources: &SourceMap) -> Vec<SourceLine> {
        let index = LineIndex::new(sources);
        let mut lines: BTreeMap<(u16, usize), (Span, bool)> = BTreeMap::new();
        for &(span, reached) in &self.statements {
            let line = index.line(span);
            lines.entry((span.file.0, line)).or_insert((span, false)).1 |= reached;
        }
        lines
            .into_values()
            .map(|(span, reached)| SourceLine {
                place: index.place(span),
                text: index.text(span).to_string(),
                reached,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::Session;
    use crate::script::ron::parse_ron;
    use std::sync::Arc;

    #[test]
    fn a_branch_not_taken_leaves_its_line_and_choice_unreached() {
        let text = "Story(title: \"t\", body: [\n  Line(\"Hello.\"),\n  Choice(text: \"A\", then: [\n    Line(\"You chose A.\")]),\n  Choice(text: \"B\", then: [\n    Line(\"You chose B.\")]),\n])\n";
        let mut sources = SourceMap::default();
        let file = sources.add("t.ron", text);
        let story = parse_ron(file, text).expect("parses");
        let program = Arc::new(crate::compile::compile(&story).expect("compiles").0);
        let mut s = Session::new(program.clone(), 0);
        s.record_coverage();
        s.continue_turn().unwrap();
        s.choose(0).unwrap();
        s.continue_turn().unwrap();
        let coverage = Coverage::of(&program, s.covered().unwrap());
        let unreached: Vec<String> = coverage
            .lines(&sources)
            .into_iter()
            .filter(|l| !l.reached)
            .map(|l| l.place)
            .collect();
        assert_eq!(unreached, ["t.ron:6"]);
        assert_eq!(coverage.choices_not_taken.len(), 1);
        assert_eq!(sources.line_col(coverage.choices_not_taken[0].1).0, 5);
    }
}
