//! One analysis of one story: its files as they were read, every
//! diagnostic `weave check` gives on them (parse, compile and check, from
//! the same library calls), and the symbol index of the last parse that
//! succeeded, which navigation, completion, hover and the outline read
//! (built from that parse when first needed, not before the diagnostics).

use super::documents::{Documents, uri_of};
use super::index::Index;
use super::position::LineIndex;
use crate::compile;
use crate::story::{Diagnostic, FileId, Severity, SourceMap, Span, Story};
use lsp_types::{DiagnosticRelatedInformation, DiagnosticSeverity, Location, Position, Range, Url};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// How many threads an analysis parses and compiles on: one. Measured on
/// the 1 MB story with `scripts/lsp-latency.py` on two cores, a second
/// thread gained nothing on edits that come quickly (27.1 against 26.8 ms
/// after 20 ms idle) and lost after a pause, when the second processor has
/// to be woken (a lone edit after 150 ms idle: 41 to 43 ms against 33 to
/// 34; after 500 ms: 57 against 40). One thread also leaves the other cores
/// to the editor, the index and the freeing of the last analysis.
pub const THREADS: usize = 1;

/// The files of a story as one analysis read them.
#[derive(Debug, Default)]
pub struct Files {
    pub sources: SourceMap,
    pub paths: Vec<PathBuf>,
}

impl Files {
    fn new(sources: SourceMap) -> Files {
        let paths = sources
            .files
            .iter()
            .map(|f| PathBuf::from(&f.name))
            .collect();
        Files { sources, paths }
    }

    pub fn file_of(&self, path: &Path) -> Option<FileId> {
        self.paths
            .iter()
            .position(|p| p == path)
            .map(|i| FileId(i as u16))
    }

    pub fn text(&self, file: FileId) -> &str {
        self.sources.file(file).map_or("", |f| f.text.as_str())
    }

    /// The LSP range of a span (the start of its file for no known place).
    pub fn range(&self, span: Span) -> Range {
        match self.sources.file(span.file) {
            Some(file) => LineIndex::of(file).range(span.start as usize, span.end as usize),
            None => Range::default(),
        }
    }

    pub fn location(&self, span: Span) -> Option<Location> {
        let uri = uri_of(self.paths.get(span.file.0 as usize)?)?;
        Some(Location::new(uri, self.range(span)))
    }

    /// The byte offset of a position in a file.
    pub fn offset(&self, file: FileId, position: Position) -> usize {
        self.sources
            .file(file)
            .map_or(0, |f| LineIndex::of(f).offset(position))
    }
}

/// A parse that succeeded: its files, what checking said about its knots,
/// and its index, which is built from the parse only when first asked for
/// (after the diagnostics are out: the editor waits for those).
#[derive(Debug)]
pub struct Good {
    pub files: Arc<Files>,
    /// The spans of the knots and functions checking found unreachable
    /// (`None`: the story did not compile, so reachability is unknown).
    pub unreachable: Option<Vec<Span>>,
    /// The parse, until the index is built from it.
    story: Mutex<Option<Story>>,
    index: OnceLock<Index>,
}

impl Good {
    pub fn new(files: Arc<Files>, story: Story, unreachable: Option<Vec<Span>>) -> Good {
        Good {
            files,
            unreachable,
            story: Mutex::new(Some(story)),
            index: OnceLock::new(),
        }
    }

    /// The symbol index, built now if nobody has asked for it before (a
    /// second caller waits for the first's). The parse is freed once it
    /// is built; a panic while building leaves the parse for the next try.
    pub fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let mut story = self.story.lock().unwrap_or_else(|e| e.into_inner());
            let index = story
                .as_ref()
                .map(|story| Index::build(story, &self.files.sources))
                .unwrap_or_default();
            if let Some(story) = story.take() {
                crate::parallel::drop_in_background(story);
            }
            index
        })
    }

    /// Whether the index is built.
    pub fn indexed(&self) -> bool {
        self.index.get().is_some()
    }
}

/// One analysis of a story.
#[derive(Debug)]
pub struct Analysis {
    /// The story's main file.
    pub root: PathBuf,
    /// The edit generation the analysis was made at.
    pub generation: u64,
    pub files: Arc<Files>,
    /// The editor's version of each file, where it is open.
    pub versions: Vec<Option<i32>>,
    pub diagnostics: Vec<Diagnostic>,
    /// The last good parse: this one's, or an earlier one's.
    pub good: Option<Arc<Good>>,
    /// This parse's flows, for the next analysis to take those an edit
    /// leaves alone.
    pub memo: Arc<crate::ink::Memo>,
}

/// Reads, parses, compiles and checks the story whose main file is `root`.
/// `previous` lends its good parse when this one fails, and its memo of
/// flows to the parse (see `ink::parse_ink_reusing`). Between the parse
/// and the compile, the work is dropped (`None`) unless `wanted` still
/// says it is: an edit that came in meanwhile makes it stale.
pub fn analyze(
    docs: &Documents,
    root: &Path,
    generation: u64,
    previous: Option<&Analysis>,
    wanted: &dyn Fn() -> bool,
) -> Option<Analysis> {
    let memo = previous.map_or_else(Arc::default, |p| Arc::clone(&p.memo));
    let loaded = docs.load(root, &memo);
    drop(memo);
    if !wanted() {
        if let Ok((story, _)) = loaded.parsed {
            crate::parallel::drop_in_background(story);
        }
        return None;
    }
    let files = Arc::new(Files::new(loaded.sources));
    let (diagnostics, good) = match loaded.parsed {
        Err(diagnostics) => (diagnostics, previous.and_then(|p| p.good.clone())),
        Ok((story, mut warnings)) => {
            let unreachable = match compile::diagnose(&story, THREADS) {
                Ok(more) => {
                    let unreached = more
                        .iter()
                        .filter(|d| d.message.ends_with("is never reached from the start"))
                        .map(|d| d.span)
                        .collect();
                    warnings.extend(more);
                    Some(unreached)
                }
                Err(errors) => {
                    warnings.extend(errors);
                    None
                }
            };
            let good = Good::new(Arc::clone(&files), story, unreachable);
            (warnings, Some(Arc::new(good)))
        }
    };
    let versions = files.paths.iter().map(|p| docs.version(p)).collect();
    Some(Analysis {
        root: root.to_path_buf(),
        generation,
        versions,
        files,
        diagnostics,
        good,
        memo: loaded.memo,
    })
}

impl Analysis {
    /// The diagnostics of every file of the story, in LSP form, by URI;
    /// files without any get an empty list so that old ones are cleared.
    pub fn lsp_diagnostics(&self) -> Vec<(Url, Option<i32>, Vec<lsp_types::Diagnostic>)> {
        let mut lists: Vec<Vec<lsp_types::Diagnostic>> = vec![Vec::new(); self.files.paths.len()];
        for d in &self.diagnostics {
            if let Some(list) = lists.get_mut(d.span.file.0 as usize) {
                list.push(to_lsp(d, &self.files));
            }
        }
        self.files
            .paths
            .iter()
            .zip(lists)
            .zip(&self.versions)
            .filter_map(|((p, list), v)| Some((uri_of(p)?, *v, list)))
            .collect()
    }
}

fn to_lsp(d: &Diagnostic, files: &Files) -> lsp_types::Diagnostic {
    let severity = match d.severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
    };
    // The message, then the note under the pointed-at text and the help,
    // as `weave check` prints them, a line each.
    let mut message = d.message.clone();
    for more in [d.label.as_deref(), d.help.as_deref()]
        .into_iter()
        .flatten()
    {
        if !more.is_empty() {
            message.push('\n');
            message.push_str(more);
        }
    }
    let related: Vec<DiagnosticRelatedInformation> = d
        .related
        .iter()
        .filter_map(|(span, note)| {
            Some(DiagnosticRelatedInformation {
                location: files.location(*span)?,
                message: note.clone(),
            })
        })
        .collect();
    lsp_types::Diagnostic {
        range: files.range(d.span),
        severity: Some(severity),
        source: Some("weave".into()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..Default::default()
    }
}
