//! `--watch`: run a command again whenever its story changes on disk, the
//! script or any file it `INCLUDE`s (`notify`, debounced by
//! `notify-debouncer-mini`). In a terminal the screen is cleared before
//! each run; piped, the runs simply follow one another.

use super::CliError;
use crate::ink;
use crate::story::SourceMap;
use notify::RecursiveMode;
use std::collections::BTreeSet;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long the files must be quiet before the story is checked again:
/// an editor's save is often several writes.
const QUIET: Duration = Duration::from_millis(100);

/// Runs `check` on `script` now and after every change, until killed.
pub fn check_watching(
    script: &Path,
    check: fn(&Path) -> Result<(), CliError>,
) -> Result<(), CliError> {
    let (tx, rx) = std::sync::mpsc::channel();
    let watch_error = |source| CliError::Watch {
        path: script.to_path_buf(),
        source,
    };
    let mut debouncer = notify_debouncer_mini::new_debouncer(QUIET, tx).map_err(watch_error)?;
    let mut watched: BTreeSet<PathBuf> = BTreeSet::new();
    loop {
        // The files and their texts are read before the check, so that a
        // change made while it runs (or before the watch is set up) is seen
        // as a change once it has finished, never taken for the text checked.
        let files = story_files(script);
        let before = contents(&files);
        if std::io::stdout().is_terminal() {
            // Flushed at once: the diagnostics that follow go to stderr.
            let mut out = std::io::stdout().lock();
            write!(out, "\x1b[2J\x1b[H")?;
            out.flush()?;
        }
        if let Err(err) = check(script) {
            eprintln!("weave: {err}");
        }
        let folders: BTreeSet<PathBuf> = files
            .iter()
            .filter_map(|f| f.parent().map(Path::to_path_buf))
            .collect();
        for folder in folders.difference(&watched.clone()) {
            // A folder, not the file: editors often save by renaming a new
            // file over the old one, which ends a watch on the file.
            debouncer
                .watcher()
                .watch(folder, RecursiveMode::NonRecursive)
                .map_err(|source| CliError::Watch {
                    path: folder.clone(),
                    source,
                })?;
            watched.insert(folder.clone());
        }
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "[watching {} of {}; Ctrl-C to stop]",
            crate::story::words::count(files.len(), "file"),
            script.display()
        )?;
        out.flush()?;
        drop(out);
        while contents(&files) == before {
            wait_for_event(&rx, &files)?;
        }
    }
}

/// The text of each file (`None`: unreadable), to tell a change from an
/// event that changed nothing (a second event for one save, a touch).
fn contents(files: &BTreeSet<PathBuf>) -> Vec<Option<String>> {
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).ok())
        .collect()
}

/// Blocks until a debounced batch of events touches one of `files`.
fn wait_for_event(
    rx: &std::sync::mpsc::Receiver<notify_debouncer_mini::DebounceEventResult>,
    files: &BTreeSet<PathBuf>,
) -> Result<(), CliError> {
    loop {
        let Ok(batch) = rx.recv() else {
            return Err(CliError::Repl("the file watcher stopped".into()));
        };
        let Ok(events) = batch else {
            continue;
        };
        let touched = events.iter().any(|e| {
            let path = std::fs::canonicalize(&e.path).unwrap_or_else(|_| e.path.clone());
            files.contains(&path)
        });
        if touched {
            return Ok(());
        }
    }
}

/// The absolute paths of the script and every file it includes (as far
/// as they can be read), whether or not the story is valid.
fn story_files(script: &Path) -> BTreeSet<PathBuf> {
    let main = std::fs::canonicalize(script).unwrap_or_else(|_| script.to_path_buf());
    let mut files = BTreeSet::from([main.clone()]);
    if main.extension().is_some_and(|e| e == "ink")
        && let Ok(text) = std::fs::read_to_string(&main)
    {
        let folder = main.parent().unwrap_or(Path::new("")).to_path_buf();
        let mut sources = SourceMap::default();
        let id = sources.add(main.display().to_string(), text);
        let mut include = |included: &str| {
            let file = folder.join(included);
            let file = std::fs::canonicalize(&file).unwrap_or(file);
            let text = std::fs::read_to_string(&file).map_err(|e| e.to_string());
            files.insert(file.clone());
            text.map(|t| (file.display().to_string(), t))
        };
        // Only the files read matter here, not what the parse says.
        let _ = ink::parse_ink(&mut sources, id, &mut include);
    }
    files
}
