//! Loading a script from a file (read, parse by kind, compile) and rendering
//! the diagnostics found on the way through miette, with file:line:col, the
//! source line and a label.

use super::CliError;
use crate::compile::{self, Program};
use crate::ink;
use crate::story::ron::parse_ron;
use crate::story::{Diagnostic, FileId, Severity, SourceMap, Span, Story};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
use std::io::IsTerminal;
use std::io::Write as _;
use std::path::Path;
use std::sync::Arc;

/// A compiled story and what was said about it.
pub struct Loaded {
    pub program: Arc<Program>,
    /// The script's path as given, which messages use.
    pub name: String,
    /// The script's absolute path, which saves record so that they can be
    /// resumed from any folder.
    pub path: std::path::PathBuf,
    pub warnings: Vec<Diagnostic>,
    pub sources: SourceMap,
}

/// How much of what the compiler says to print while loading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Report {
    /// Errors only: a reader does not need the author's warnings.
    Errors,
    /// Errors and warnings, for `weave check`.
    All,
}

/// From this much source text on, a story's AST is freed in the background.
const BACKGROUND_DROP_FROM_BYTES: usize = 1 << 20;

/// Reads, parses and compiles the script at `path`. Diagnostics are printed
/// to stderr (warnings only with [`Report::All`]); a script with errors is
/// an error.
pub fn load_script(path: &Path, report: Report) -> Result<Loaded, CliError> {
    let (story, sources, warnings) = read_story(path, report)?;
    let compiled = compile::compile(&story);
    // A large story's AST takes a while to free (a tenth of a second for
    // 20 MB of ink); the first prompt need not wait for it.
    if sources.text_len() >= BACKGROUND_DROP_FROM_BYTES {
        crate::parallel::drop_in_background(story);
    }
    match compiled {
        Ok((program, more)) => {
            if report == Report::All {
                print_diagnostics(&more, &sources);
            }
            let mut warnings = warnings;
            warnings.extend(more);
            Ok(Loaded {
                program: Arc::new(program),
                name: path.display().to_string(),
                path: std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()),
                warnings,
                sources,
            })
        }
        Err(diagnostics) => Err(report_errors(path, &diagnostics, &sources, report)),
    }
}

/// Reads and parses the script at `path` (RON or ink) into a story, with
/// the parser's warnings (printed with [`Report::All`]).
pub fn read_story(
    path: &Path,
    report: Report,
) -> Result<(Story, SourceMap, Vec<Diagnostic>), CliError> {
    let bytes = std::fs::read(path).map_err(|source| CliError::ReadScript {
        path: path.to_path_buf(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let (line, col) = crate::story::span::line_col(valid, valid.len());
        CliError::NotUtf8 {
            path: path.to_path_buf(),
            line,
            col,
        }
    })?;
    let mut sources = SourceMap::default();
    let file = sources.add(path.display().to_string(), text);
    let parsed = match path.extension().and_then(|e| e.to_str()) {
        Some("ron") => {
            let text = sources.file(file).map_or("", |f| f.text.as_str());
            parse_ron(file, text).map(|story| (story, Vec::new()))
        }
        Some("ink") => parse_ink_file(path, &mut sources, file),
        _ => {
            return Err(CliError::UnknownKind {
                path: path.to_path_buf(),
            });
        }
    };
    match parsed {
        Ok((story, warnings)) => {
            if report == Report::All {
                print_diagnostics(&warnings, &sources);
            }
            Ok((story, sources, warnings))
        }
        Err(diagnostics) => Err(report_errors(path, &diagnostics, &sources, report)),
    }
}

/// Prints the diagnostics of a script that failed and makes its error.
pub(super) fn report_errors(
    path: &Path,
    diagnostics: &[Diagnostic],
    sources: &SourceMap,
    report: Report,
) -> CliError {
    let shown: Vec<Diagnostic> = diagnostics
        .iter()
        .filter(|d| report == Report::All || d.is_error())
        .cloned()
        .collect();
    print_diagnostics(&shown, sources);
    CliError::ScriptHasErrors {
        path: path.to_path_buf(),
        count: diagnostics.iter().filter(|d| d.is_error()).count(),
    }
}

/// Parses an ink file already in `sources`; `INCLUDE`d files are read
/// relative to its folder.
fn parse_ink_file(path: &Path, sources: &mut SourceMap, main: FileId) -> Parsed {
    let folder = path.parent().unwrap_or(Path::new(""));
    let mut include = |included: &str| {
        let file = folder.join(included);
        std::fs::read_to_string(&file)
            .map(|text| (file.display().to_string(), text))
            .map_err(|e| format!("could not read {}: {e}", file.display()))
    };
    ink::parse_ink(sources, main, &mut include)
}

/// A parsed story and its warnings, or every error found.
type Parsed = Result<(Story, Vec<Diagnostic>), Vec<Diagnostic>>;

fn print_diagnostics(diagnostics: &[Diagnostic], sources: &SourceMap) {
    let colour = std::io::stderr().is_terminal();
    // Line starts, found once per file, not once per diagnostic.
    let mut lines: Vec<Option<Vec<usize>>> = Vec::new();
    for diagnostic in diagnostics {
        let file = diagnostic.span.file.0 as usize;
        if lines.len() <= file {
            lines.resize(file + 1, None);
        }
        let starts = lines[file].get_or_insert_with(|| {
            let text = sources
                .file(diagnostic.span.file)
                .map_or("", |f| f.text.as_str());
            line_starts(text)
        });
        let rendered = render_with(diagnostic, sources, colour, starts);
        let _ = write!(std::io::stderr(), "{rendered}");
    }
}

/// Where each line of `text` starts.
fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    starts
}

/// The lines of a file around a diagnostic, for miette: rendering one
/// costs its neighbourhood, not a copy and a scan of the whole file (so
/// thousands of warnings render in linear time).
struct Excerpt {
    text: String,
    /// Where `text` starts in the file, in bytes and in lines.
    start: usize,
    first_line: usize,
}

impl Excerpt {
    /// The lines from three before `span` to three after it.
    fn around(text: &str, starts: &[usize], span: Span) -> Excerpt {
        let line_of = |at: usize| starts.partition_point(|&s| s <= at).saturating_sub(1);
        let first = line_of(span.start as usize).saturating_sub(3);
        let last = line_of(span.end as usize) + 4;
        let start = starts[first].min(text.len());
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

/// Renders one diagnostic for people: the message, then `file:line:col`,
/// the source line and the label under the text it points at. Without
/// `colour` the output is plain text, stable for golden files.
pub fn render_diagnostic(diagnostic: &Diagnostic, sources: &SourceMap, colour: bool) -> String {
    let text = sources
        .file(diagnostic.span.file)
        .map_or("", |f| f.text.as_str());
    render_with(diagnostic, sources, colour, &line_starts(text))
}

/// [`render_diagnostic`] with the line starts of the diagnostic's file.
fn render_with(
    diagnostic: &Diagnostic,
    sources: &SourceMap,
    colour: bool,
    starts: &[usize],
) -> String {
    let severity = match diagnostic.severity {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
    };
    let file = sources.file(diagnostic.span.file);
    // An empty file has no line to show: its place goes in the message.
    let message = match file {
        Some(f) if f.text.is_empty() => format!("{}:1:1: {}", f.name, diagnostic.message),
        _ => diagnostic.message.clone(),
    };
    let mut report = MietteDiagnostic::new(message).with_severity(severity);
    let placed = file.is_some() && diagnostic.span != Span::default();
    if placed {
        let span = diagnostic.span;
        let len = span.end.saturating_sub(span.start) as usize;
        report = report.with_label(LabeledSpan::new_primary_with_span(
            diagnostic.label.clone(),
            (span.start as usize, len),
        ));
    }
    let mut report = miette::Report::new(report);
    if let (true, Some(file)) = (placed, file) {
        let excerpt = Excerpt::around(&file.text, starts, diagnostic.span);
        report = report.with_source_code(NamedSource::new(&file.name, excerpt));
    }
    let theme = if colour {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let width = if colour { textwrap::termwidth() } else { 80 };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(width);
    let mut out = String::new();
    if handler.render_report(&mut out, report.as_ref()).is_err() {
        // Rendering into a String cannot fail in practice; fall back to the
        // one-line form rather than losing the message.
        out = format!("{}: {diagnostic}\n", sources.locate(diagnostic.span));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::FileId;

    #[test]
    fn a_diagnostic_names_file_line_and_column_and_shows_the_line() {
        let mut sources = SourceMap::default();
        let text = "Story(\n  title: \"x\",\n  body: [Line(\"{nope}\")],\n)\n";
        let file = sources.add("bad.ron", text);
        let start = text.find("nope").unwrap();
        let diagnostic =
            Diagnostic::error("unknown variable `nope`", Span::new(file, start, start + 4))
                .with_label("not declared");
        let out = render_diagnostic(&diagnostic, &sources, false);
        assert!(out.contains("unknown variable `nope`"), "{out}");
        assert!(out.contains("bad.ron:3:"), "{out}");
        assert!(out.contains("body: [Line(\"{nope}\")],"), "{out}");
        assert!(out.contains("not declared"), "{out}");
    }

    #[test]
    fn a_diagnostic_without_a_place_still_shows_its_message() {
        let sources = SourceMap::default();
        let diagnostic = Diagnostic::warning("story has no title", Span::new(FileId(3), 0, 0));
        let out = render_diagnostic(&diagnostic, &sources, false);
        assert!(out.contains("story has no title"), "{out}");
    }
}
