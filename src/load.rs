//! The silent loader: a script file becomes a story, or a compiled program,
//! with every diagnostic returned and nothing printed.
//!
//! The syntax is chosen by the file's extension, case-insensitively (`.ron`
//! is a RON script, `.ink` an ink file); an ink file's `INCLUDE`s are read
//! relative to its folder. Every interface (the CLI, the REPL, `--watch`,
//! the tests) loads through here, and decides itself what to print.
//!
//! Boundary: reads files, never writes them, never touches a terminal.

use crate::compile::{self, Program};
use crate::ink;
use crate::script::ron::parse_ron;
use crate::story::{Diagnostic, FileId, SourceMap, Story};
use miette::{GraphicalReportHandler, GraphicalTheme};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The surface syntax of a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    Ron,
    Ink,
}

impl Syntax {
    /// The syntax a file's extension names (`.RON` and `.Ink` too).
    pub fn of(path: &Path) -> Option<Syntax> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "ron" => Some(Syntax::Ron),
            "ink" => Some(Syntax::Ink),
            _ => None,
        }
    }
}

/// Why a script could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("could not read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}:{col}: the script is not UTF-8 text; save it as UTF-8", path.display())]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        col: usize,
    },
    #[error("{}: unknown script kind; expected a .ron or .ink file", path.display())]
    UnknownKind { path: PathBuf },
    /// The script has errors: every diagnostic found (warnings too), and
    /// the files they point into.
    #[error("{} has {} error(s); it cannot be played", path.display(), errors(diagnostics))]
    Diagnostics {
        path: PathBuf,
        diagnostics: Vec<Diagnostic>,
        sources: SourceMap,
    },
}

fn errors(diagnostics: &[Diagnostic]) -> usize {
    diagnostics.iter().filter(|d| d.is_error()).count()
}

/// A parsed story: the AST, its source files and the parser's warnings.
pub struct Parsed {
    pub story: Story,
    pub sources: SourceMap,
    pub warnings: Vec<Diagnostic>,
    /// Every file read, the script first: what `--watch` follows.
    pub files: Vec<PathBuf>,
}

/// A compiled story and what was said about it.
pub struct Loaded {
    pub program: Arc<Program>,
    /// The script's path as given, which messages use.
    pub name: String,
    /// The script's absolute path, which saves record so that they can be
    /// resumed from any folder.
    pub path: PathBuf,
    /// The parser's and the compiler's warnings.
    pub warnings: Vec<Diagnostic>,
    pub sources: SourceMap,
    /// Every file read, the script first (its `INCLUDE`s after).
    pub files: Vec<PathBuf>,
}

/// From this much source text on, a story's AST is freed in the background.
const BACKGROUND_DROP_FROM_BYTES: usize = 1 << 20;

/// Reads, parses and compiles the script at `path`.
pub fn script(path: &Path) -> Result<Loaded, LoadError> {
    let parsed = story(path)?;
    compiled(path, parsed)
}

/// Compiles a parsed story; `path` names it in the error.
pub fn compiled(path: &Path, parsed: Parsed) -> Result<Loaded, LoadError> {
    let Parsed {
        story,
        sources,
        mut warnings,
        files,
    } = parsed;
    let compiled = compile::compile(&story);
    // A large story's AST takes a while to free (a tenth of a second for
    // 20 MB of ink); the first prompt need not wait for it.
    if sources.text_len() >= BACKGROUND_DROP_FROM_BYTES {
        crate::parallel::drop_in_background(story);
    }
    match compiled {
        Ok((program, more)) => {
            warnings.extend(more);
            Ok(Loaded {
                program: Arc::new(program),
                name: path.display().to_string(),
                path: std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()),
                warnings,
                sources,
                files,
            })
        }
        Err(more) => {
            warnings.extend(more);
            Err(LoadError::Diagnostics {
                path: path.to_path_buf(),
                diagnostics: warnings,
                sources,
            })
        }
    }
}

/// Reads and parses the script at `path` (RON or ink) into a story.
pub fn story(path: &Path) -> Result<Parsed, LoadError> {
    story_on(path, None)
}

/// A script's text; one that is not UTF-8 is named with the line and
/// column where it stops being so.
fn read_text(path: &Path) -> Result<String, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let (line, col) = crate::story::span::line_col(valid, valid.len());
        LoadError::NotUtf8 {
            path: path.to_path_buf(),
            line,
            col,
        }
    })
}

/// [`story`] on at most `threads` threads (`None`: as many as suit it).
pub fn story_on(path: &Path, threads: Option<usize>) -> Result<Parsed, LoadError> {
    let syntax = Syntax::of(path).ok_or_else(|| LoadError::UnknownKind {
        path: path.to_path_buf(),
    })?;
    let text = read_text(path)?;
    let folder = path.parent().unwrap_or(Path::new("")).to_path_buf();
    let mut files = vec![path.to_path_buf()];
    let mut include = |included: &str| {
        let file = folder.join(included);
        let text = std::fs::read_to_string(&file)
            .map_err(|e| format!("could not read {}: {e}", file.display()))?;
        let name = file.display().to_string();
        files.push(file);
        Ok((name, text))
    };
    let parsed = text_on(
        &path.display().to_string(),
        text,
        syntax,
        &mut include,
        threads,
    );
    match parsed {
        Ok((story, sources, warnings)) => Ok(Parsed {
            story,
            sources,
            warnings,
            files,
        }),
        Err((diagnostics, sources)) => Err(LoadError::Diagnostics {
            path: path.to_path_buf(),
            diagnostics,
            sources,
        }),
    }
}

/// What parsing text gives: the story, its sources and warnings, or every
/// diagnostic and the sources they point into.
pub type TextParsed = Result<(Story, SourceMap, Vec<Diagnostic>), (Vec<Diagnostic>, SourceMap)>;

/// Parses `text` (named `name` in messages) in `syntax`; `include` reads
/// the files an ink story includes.
pub fn text(name: &str, text: String, syntax: Syntax, include: &mut ink::Includer) -> TextParsed {
    text_on(name, text, syntax, include, None)
}

fn text_on(
    name: &str,
    text: String,
    syntax: Syntax,
    include: &mut ink::Includer,
    threads: Option<usize>,
) -> TextParsed {
    let mut sources = SourceMap::default();
    let file: FileId = sources.add(name, text);
    let parsed = match syntax {
        Syntax::Ron => {
            let text = sources.file(file).map_or("", |f| f.text.as_str());
            parse_ron(file, text).map(|story| (story, Vec::new()))
        }
        Syntax::Ink => ink::parse_ink_on(&mut sources, file, include, threads),
    };
    match parsed {
        Ok((story, warnings)) => Ok((story, sources, warnings)),
        Err(diagnostics) => Err((diagnostics, sources)),
    }
}

/// Renders one diagnostic for people: the message, then `file:line:col`,
/// the source line, the label under the text it points at, and help. The
/// diagnostic says all of it (`SourceMap::report`); this only picks the
/// look. Without `colour` the output is plain text, stable for golden files.
pub fn render(diagnostic: &Diagnostic, sources: &SourceMap, colour: bool) -> String {
    let report = sources.report(diagnostic);
    let theme = if colour {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    // The terminal's width on a terminal (coloured or not), else a fixed
    // one, so that files and golden tests do not depend on the machine.
    let width = if std::io::stderr().is_terminal() {
        textwrap::termwidth()
    } else {
        80
    };
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
    use crate::story::Span;

    #[test]
    fn the_syntax_is_read_from_the_extension_in_any_case() {
        assert_eq!(Syntax::of(Path::new("a/b.RON")), Some(Syntax::Ron));
        assert_eq!(Syntax::of(Path::new("b.Ink")), Some(Syntax::Ink));
        assert_eq!(Syntax::of(Path::new("b.txt")), None);
        assert_eq!(Syntax::of(Path::new("ink")), None);
    }

    #[test]
    fn an_ink_story_with_includes_loads_and_lists_its_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Main.INK"), "INCLUDE part.ink\n-> part\n").unwrap();
        std::fs::write(
            dir.path().join("part.ink"),
            "=== part ===\nHello.\n-> END\n",
        )
        .unwrap();
        let loaded = script(&dir.path().join("Main.INK")).unwrap();
        assert_eq!(loaded.files.len(), 2);
        assert!(loaded.files[1].ends_with("part.ink"));
        assert_eq!(loaded.sources.files.len(), 2);
    }

    #[test]
    fn errors_come_back_as_diagnostics_with_their_sources() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.ron");
        std::fs::write(&path, "Story(title: \"x\", body: [Line(\"{nope}\")])").unwrap();
        match script(&path) {
            Err(LoadError::Diagnostics {
                diagnostics,
                sources,
                ..
            }) => {
                assert!(diagnostics.iter().any(|d| d.message.contains("nope")));
                assert_eq!(sources.files.len(), 1);
            }
            other => panic!("expected diagnostics, got {:?}", other.err()),
        }
        assert!(matches!(
            script(&dir.path().join("x.txt")),
            Err(LoadError::UnknownKind { .. })
        ));
        assert!(matches!(
            script(&dir.path().join("missing.ink")),
            Err(LoadError::Read { .. })
        ));
    }

    #[test]
    fn a_diagnostic_names_file_line_and_column_and_shows_the_line() {
        let mut sources = SourceMap::default();
        let text = "Story(\n  title: \"x\",\n  body: [Line(\"{nope}\")],\n)\n";
        let file = sources.add("bad.ron", text);
        let start = text.find("nope").unwrap();
        let diagnostic =
            Diagnostic::error("unknown variable `nope`", Span::new(file, start, start + 4))
                .with_label("not declared");
        let out = render(&diagnostic, &sources, false);
        assert!(out.contains("unknown variable `nope`"), "{out}");
        assert!(out.contains("bad.ron:3:"), "{out}");
        assert!(out.contains("body: [Line(\"{nope}\")],"), "{out}");
        assert!(out.contains("not declared"), "{out}");
    }

    #[test]
    fn a_diagnostic_without_a_place_still_shows_its_message() {
        let sources = SourceMap::default();
        let diagnostic = Diagnostic::warning("story has no title", Span::new(FileId(3), 0, 0));
        let out = render(&diagnostic, &sources, false);
        assert!(out.contains("story has no title"), "{out}");
    }
}
