//! Source files, byte spans into them, and the diagnostics every layer reports.
//!
//! A story can come from several files (an ink file and its `INCLUDE`s), so a
//! [`Span`] names its file by a [`FileId`] into the story's [`SourceMap`].
//! A [`Diagnostic`] carries a span and is a `miette::Diagnostic` (code, label,
//! help); [`SourceMap::report`] attaches its source text, and the interfaces
//! only choose how to draw it (colour, width).

use serde::{Deserialize, Serialize};
use std::fmt;

/// Which file of a [`SourceMap`] a span points into.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FileId(pub u16);

/// A byte range in one source file. `Span::default()` means "no known place".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Span {
        Span {
            file,
            start: start as u32,
            end: end as u32,
        }
    }

    /// The smallest span covering both (same file assumed).
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// An AST node with the place it came from. Equality ignores the span, so
/// two parses of the same text at different places compare equal.
#[derive(Clone, Debug, Default)]
pub struct Spanned<T> {
    pub node: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(node: T, span: Span) -> Self {
        Spanned { node, span }
    }
}

impl<T: PartialEq> PartialEq for Spanned<T> {
    fn eq(&self, other: &Self) -> bool {
        self.node == other.node
    }
}

impl<T> std::ops::Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.node
    }
}

/// One loaded source file: its name as the user gave it, and its text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
    /// Where each line starts, found the first time a diagnostic in this
    /// file is rendered.
    line_starts: std::sync::OnceLock<Vec<usize>>,
}

impl SourceFile {
    /// The byte offset of every line start.
    pub fn line_starts(&self) -> &[usize] {
        self.line_starts
            .get_or_init(|| super::excerpt::line_starts(&self.text))
    }
}

/// All source files of one story, indexed by [`FileId`].
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        self.files.push(SourceFile {
            name: name.into(),
            text: text.into(),
            line_starts: std::sync::OnceLock::new(),
        });
        FileId((self.files.len() - 1) as u16)
    }

    /// The bytes of text in all the files.
    pub fn text_len(&self) -> usize {
        self.files.iter().map(|f| f.text.len()).sum()
    }

    pub fn file(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    /// 1-based line and column (in characters) of a span's start.
    pub fn line_col(&self, span: Span) -> (usize, usize) {
        let Some(file) = self.file(span.file) else {
            return (0, 0);
        };
        line_col(&file.text, span.start as usize)
    }

    /// `file:line:col` for a span, the way every message names a place.
    pub fn locate(&self, span: Span) -> String {
        let name = self
            .file(span.file)
            .map_or("<unknown>", |f| f.name.as_str());
        let (line, col) = self.line_col(span);
        format!("{name}:{line}:{col}")
    }
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// How bad a diagnostic is: errors stop a story from being played.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// A problem found in a story, with the place it points at. Every layer
/// reports these; each is itself a [`miette::Diagnostic`] (a code, a
/// severity, the labelled span and help), so a library user renders it with
/// any miette handler once [`SourceMap::report`] has attached its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// What kind of problem this is, as `weave::…` (stable, for tools
    /// and for searching the docs).
    pub code: &'static str,
    pub message: String,
    pub span: Span,
    /// A short note shown under the pointed-at text, if any.
    pub label: Option<String>,
    /// What to do about it, if there is more to say than the message.
    pub help: Option<Box<str>>,
    /// Other places the problem involves, each with a note (the first
    /// definition of a name defined twice, say). Boxed, as `help` is, so
    /// that a diagnostic stays small in the parsers' `Result`s.
    pub related: Box<[(Span, String)]>,
}

impl Diagnostic {
    /// An error, with the generic code `weave::error` until
    /// [`Diagnostic::with_code`] names its kind.
    pub fn error(message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code: "weave::error",
            message: message.into(),
            span,
            label: None,
            help: None,
            related: Box::default(),
        }
    }

    /// A warning, with the generic code `weave::warning` until
    /// [`Diagnostic::with_code`] names its kind.
    pub fn warning(message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            code: "weave::warning",
            message: message.into(),
            span,
            label: None,
            help: None,
            related: Box::default(),
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = code;
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into().into_boxed_str());
        self
    }

    /// Adds another place the problem involves.
    pub fn with_related(mut self, span: Span, note: impl Into<String>) -> Self {
        let mut related = std::mem::take(&mut self.related).into_vec();
        related.push((span, note.into()));
        self.related = related.into_boxed_slice();
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Whether the span points at a real place (not `Span::default()`).
    fn is_placed(&self) -> bool {
        self.span != Span::default()
    }
}

/// The message alone: miette shows the severity and the place around it.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diagnostic {}

impl miette::Diagnostic for Diagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        if !self.is_placed() {
            return None;
        }
        let len = self.span.end.saturating_sub(self.span.start) as usize;
        let label = miette::LabeledSpan::new_primary_with_span(
            self.label.clone(),
            (self.span.start as usize, len),
        );
        // Related places in the same file are drawn beside the main one
        // (the first definition of a name defined twice, say); the source
        // attached is that one file's.
        let related = self
            .related
            .iter()
            .filter(|(span, _)| span.file == self.span.file)
            .map(|(span, note)| {
                let len = span.end.saturating_sub(span.start) as usize;
                miette::LabeledSpan::new_with_span(Some(note.clone()), (span.start as usize, len))
            });
        Some(Box::new(std::iter::once(label).chain(related)))
    }
}

impl SourceMap {
    /// The diagnostic as a [`miette::Report`] carrying the text of the
    /// file it points into (named as the user gave it), ready for any
    /// miette handler: `format!("{:?}", sources.report(d))` renders it.
    pub fn report(&self, diagnostic: &Diagnostic) -> miette::Report {
        let mut diagnostic = diagnostic.clone();
        // An empty file has no line to show: its place goes in the message.
        if let Some(file) = self
            .file(diagnostic.span.file)
            .filter(|f| f.text.is_empty())
        {
            diagnostic.message = format!("{}:1:1: {}", file.name, diagnostic.message);
        }
        let diagnostic = &diagnostic;
        let report = miette::Report::new(diagnostic.clone());
        match self.file(diagnostic.span.file) {
            Some(file) if diagnostic.is_placed() => {
                let spans: Vec<Span> = std::iter::once(diagnostic.span)
                    .chain(
                        diagnostic
                            .related
                            .iter()
                            .map(|(span, _)| *span)
                            .filter(|span| span.file == diagnostic.span.file),
                    )
                    .collect();
                let excerpt =
                    super::excerpt::Excerpt::around(&file.text, file.line_starts(), &spans);
                report.with_source_code(miette::NamedSource::new(&file.name, excerpt))
            }
            _ => report,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A library user renders a diagnostic with miette alone: the code,
    /// the place, the label and the help all come from the diagnostic.
    #[test]
    fn a_diagnostic_renders_itself_through_any_miette_handler() {
        let mut sources = SourceMap::default();
        let text = "Story(\n  body: [Line(\"-> aley\")],\n)\n";
        let file = sources.add("ferry.ron", text);
        let start = text.find("aley").unwrap();
        let d = Diagnostic::error(
            "unknown divert target `aley`",
            Span::new(file, start, start + 4),
        )
        .with_code("weave::unknown-divert")
        .with_label("no knot has this name")
        .with_help("did you mean `alley`?");
        let handler =
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor());
        let mut out = String::new();
        handler
            .render_report(&mut out, sources.report(&d).as_ref())
            .unwrap();
        for part in [
            "weave::unknown-divert",
            "× unknown divert target `aley`",
            "[ferry.ron:2:19]",
            "body: [Line(\"-> aley\")],",
            "no knot has this name",
            "help: did you mean `alley`?",
        ] {
            assert!(out.contains(part), "{part:?} missing from:\n{out}");
        }
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "ab\nçd\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        assert_eq!(line_col(text, 5), (2, 2));
        assert_eq!(line_col(text, 99), (3, 1));
    }
}
