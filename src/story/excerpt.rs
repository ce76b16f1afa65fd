//! The lines of a source file around one diagnostic, as miette reads them.
//!
//! miette finds line numbers by scanning the source it is given from the
//! start, so handing it a whole file per diagnostic makes `weave check`
//! quadratic in the number of warnings. An [`Excerpt`] holds the few lines
//! around the span and where they start in the file (found once per file,
//! through [`SourceFile::line_starts`](super::SourceFile::line_starts)), so
//! rendering a diagnostic costs its neighbourhood, not the file.

use super::Span;

/// How many lines around the span an excerpt keeps, each side: more than
/// miette shows (one).
const CONTEXT_LINES: usize = 3;

/// A few lines of a file and their place in it.
pub(super) struct Excerpt {
    text: String,
    /// Where `text` starts in the file, in bytes and in 0-based lines.
    start: usize,
    first_line: usize,
}

impl Excerpt {
    /// The lines from a few before the first of `spans` to a few after the
    /// last (a diagnostic's own span and its related places in the same
    /// file); `starts` are the byte offsets of the file's lines.
    pub(super) fn around(text: &str, starts: &[usize], spans: &[Span]) -> Excerpt {
        let line_of = |at: usize| starts.partition_point(|&s| s <= at).saturating_sub(1);
        let low = spans.iter().map(|s| s.start).min().unwrap_or(0);
        let high = spans.iter().map(|s| s.end).max().unwrap_or(0);
        let first = line_of(low as usize).saturating_sub(CONTEXT_LINES);
        let last = line_of(high as usize) + CONTEXT_LINES + 1;
        let start = starts.get(first).copied().unwrap_or(0).min(text.len());
        let end = starts
            .get(last)
            .copied()
            .unwrap_or(text.len())
            .min(text.len());
        Excerpt {
            text: text.get(start..end).unwrap_or_default().to_string(),
            start,
            first_line: first,
        }
    }
}

/// The byte offset of every line start in `text`.
pub(super) fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    starts
}

impl miette::SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let offset = span.offset().checked_sub(self.start);
        let offset = offset.ok_or(miette::MietteError::OutOfBounds)?;
        let local = miette::SourceSpan::new(offset.into(), span.len());
        let inner = self.text.as_str().read_span(&local, before, after)?;
        let at = miette::SourceSpan::new(
            (inner.span().offset() + self.start).into(),
            inner.span().len(),
        );
        Ok(Box::new(miette::MietteSpanContents::new(
            inner.data(),
            at,
            inner.line() + self.first_line,
            inner.column(),
            inner.line_count(),
        )))
    }
}
