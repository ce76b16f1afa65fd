//! Loading a script for the command line: the library's silent loader
//! (`crate::load`), with the diagnostics it returns rendered through
//! miette (file:line:col, the source line and a label) on stderr.

use super::CliError;
use crate::load::{self, LoadError};
use crate::story::{Diagnostic, SourceMap, Story};
use std::io::IsTerminal;
use std::io::Write as _;
use std::path::Path;

pub use crate::load::{Loaded, render as render_diagnostic};

/// How much of what the compiler says to print while loading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Report {
    /// Errors only: a reader does not need the author's warnings.
    Errors,
    /// Errors and warnings, for `weave check`.
    All,
}

/// Reads, parses and compiles the script at `path`. Diagnostics are printed
/// to stderr (warnings only with [`Report::All`]); a script with errors is
/// an error.
pub fn load_script(path: &Path, report: Report) -> Result<Loaded, CliError> {
    match load::script(path) {
        Ok(loaded) => {
            if report == Report::All {
                print_diagnostics(&loaded.warnings, &loaded.sources);
            }
            Ok(loaded)
        }
        Err(err) => Err(report_load_error(err, report)),
    }
}

/// Reads and parses the script at `path` (RON or ink) into a story.
pub fn read_story(path: &Path, report: Report) -> Result<(Story, SourceMap), CliError> {
    match load::story(path) {
        Ok(parsed) => {
            if report == Report::All {
                print_diagnostics(&parsed.warnings, &parsed.sources);
            }
            Ok((parsed.story, parsed.sources))
        }
        Err(err) => Err(report_load_error(err, report)),
    }
}

/// Prints what a failed load found and makes its error.
pub fn report_load_error(err: LoadError, report: Report) -> CliError {
    match err {
        LoadError::Diagnostics {
            path,
            diagnostics,
            sources,
        } => report_errors(&path, &diagnostics, &sources, report),
        other => CliError::Load(other),
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

fn print_diagnostics(diagnostics: &[Diagnostic], sources: &SourceMap) {
    let colour = colour_on_stderr();
    let mut err = std::io::stderr().lock();
    for diagnostic in diagnostics {
        // A terminal that has gone away is no reason to panic.
        let _ = write!(err, "{}", render_diagnostic(diagnostic, sources, colour));
    }
}

/// Whether to colour what goes to stderr: when it is a terminal and the
/// `NO_COLOR` convention (no-color.org: set and not empty) does not say no.
pub fn colour_on_stderr() -> bool {
    let refused = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    std::io::stderr().is_terminal() && !refused
}
