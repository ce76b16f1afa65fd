//! The documents the editor has open, and loading a story from them: a
//! story is its main file and every file it `INCLUDE`s, read from the
//! editor's text where the file is open and from disk otherwise.
//!
//! Every file is named in the [`SourceMap`] by its absolute path, so a span
//! leads back to the file (and the URI) it came from.

use crate::ink;
use crate::script::ron::parse_ron;
use crate::story::{Diagnostic, FileId, SourceMap, Span};
use lsp_types::Url;
use rustc_hash::FxHashMap as HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The open documents: the editor's text of each, by absolute path. A
/// clone shares the texts (the worker takes one per analysis); an edit
/// copies a text only while an analysis still reads the old one.
#[derive(Clone, Debug, Default)]
pub struct Documents {
    /// The text and the editor's version of each open file.
    open: HashMap<PathBuf, (Arc<String>, i32)>,
    /// The story each file was last seen in (its main file), learnt from
    /// each analysis.
    roots: HashMap<PathBuf, PathBuf>,
}

/// A story read for analysis: its files, the parse, and the memo of the
/// parse's flows for the next one (an ink story's; empty for RON).
pub struct Loaded {
    pub sources: SourceMap,
    pub parsed: ink::Parsed,
    pub memo: Arc<ink::Memo>,
}

impl Documents {
    pub fn open(&mut self, path: PathBuf, text: String, version: i32) {
        self.open.insert(path, (Arc::new(text), version));
    }

    /// Edits an open file's text in place (one the editor did not open
    /// starts as the disk's) and sets its version.
    pub fn edit(&mut self, path: PathBuf, version: i32, edit: impl FnOnce(&mut String)) {
        let (text, v) = self.open.entry(path).or_insert_with_key(|path| {
            let disk = std::fs::read_to_string(path).unwrap_or_default();
            (Arc::new(disk), version)
        });
        edit(Arc::make_mut(text));
        *v = version;
    }

    /// The editor's version of an open file.
    pub fn version(&self, path: &Path) -> Option<i32> {
        self.open.get(path).map(|(_, v)| *v)
    }

    pub fn close(&mut self, path: &Path) {
        self.open.remove(path);
    }

    /// A file's text: the editor's if it is open, else the disk's.
    pub fn read(&self, path: &Path) -> std::io::Result<Arc<String>> {
        match self.open.get(path) {
            Some((text, _)) => Ok(Arc::clone(text)),
            None => std::fs::read_to_string(path).map(Arc::new),
        }
    }

    /// Remembers which story each file of an analysis belongs to.
    pub fn learn_roots(&mut self, root: &Path, files: &[PathBuf]) {
        for f in files {
            self.roots.insert(f.clone(), root.to_path_buf());
        }
    }

    /// The main file of the story `path` belongs to: the story it was last
    /// seen in, else an `.ink` file beside it that includes it, else itself.
    pub fn root_of(&self, path: &Path) -> PathBuf {
        if let Some(root) = self.roots.get(path) {
            return root.clone();
        }
        self.includer_beside(path)
            .unwrap_or_else(|| path.to_path_buf())
    }

    fn includer_beside(&self, path: &Path) -> Option<PathBuf> {
        let folder = path.parent()?;
        let entries = std::fs::read_dir(folder).ok()?;
        entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p != path && p.extension().is_some_and(|e| e == "ink"))
            .find(|p| {
                self.read(p).is_ok_and(|text| {
                    text.lines().any(|l| {
                        crate::ink::include_path(l.trim())
                            .is_some_and(|inc| folder.join(inc) == path)
                    })
                })
            })
    }

    /// Reads and parses the story whose main file is `root`, taking the
    /// flows an edit left alone from `memo` (an earlier parse's).
    pub fn load(&self, root: &Path, memo: &Arc<ink::Memo>) -> Loaded {
        let mut sources = SourceMap::default();
        let name = root.display().to_string();
        let text = match self.read(root) {
            Ok(text) => text,
            Err(e) => {
                let file = sources.add(name, "");
                let d = Diagnostic::error(
                    format!("could not read {}: {e}", root.display()),
                    Span::new(file, 0, 0),
                );
                return Loaded {
                    sources,
                    parsed: Err(vec![d]),
                    memo: Arc::clone(memo),
                };
            }
        };
        // The source map owns its text: the one copy an analysis makes.
        let main = sources.add(name, text.as_str());
        let (parsed, memo) = if root.extension().is_some_and(|e| e == "ron") {
            let text = sources.file(main).map_or("", |f| f.text.as_str());
            let parsed = parse_ron(main, text).map(|story| (story, Vec::new()));
            (parsed, Arc::default())
        } else {
            self.parse_ink(root, &mut sources, main, memo)
        };
        Loaded {
            sources,
            parsed,
            memo,
        }
    }

    fn parse_ink(
        &self,
        root: &Path,
        sources: &mut SourceMap,
        main: FileId,
        memo: &Arc<ink::Memo>,
    ) -> (ink::Parsed, Arc<ink::Memo>) {
        let folder = root.parent().unwrap_or(Path::new(""));
        let mut include = |included: &str| {
            let file = folder.join(included);
            let file = std::fs::canonicalize(&file).unwrap_or(file);
            self.read(&file)
                .map(|text| (file.display().to_string(), text.to_string()))
                .map_err(|e| format!("could not read {}: {e}", file.display()))
        };
        let threads = Some(super::analysis::THREADS);
        ink::parse_ink_reusing(sources, main, &mut include, threads, memo)
    }
}

/// Whether a file is a story weave reads (by its extension).
pub fn is_story(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ink" || e == "ron")
}

/// The absolute path of a `file:` URI.
pub fn path_of(uri: &Url) -> Option<PathBuf> {
    let path = uri.to_file_path().ok()?;
    Some(std::fs::canonicalize(&path).unwrap_or(path))
}

/// The `file:` URI of a path.
pub fn uri_of(path: &Path) -> Option<Url> {
    Url::from_file_path(path).ok()
}
