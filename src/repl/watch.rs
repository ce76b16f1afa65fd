//! `weave play --watch`: the script's files are followed (notify), and
//! once they have been quiet for a moment after a change, the script is
//! loaded again and the game reloaded on it, with one line saying what
//! happened printed above the prompt. A version that does not compile is
//! reported and the last good one kept; a change that leaves every file's
//! text as it was (a `touch`) is not a reload.
//!
//! Editors often save by writing a new file and renaming it over the old
//! one, which ends a watch on the file itself; so the folders holding the
//! files are watched, and their events filtered by file. Events that only
//! read a file are ignored: the reload's own reading would start another.

use super::helper::Knots;
use super::session::Repl;
use super::{ReplError, lock};
use notify::{Event, EventKind, RecursiveMode, Watcher as _};
use rustyline::ExternalPrinter;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long the files must stay unchanged before they are read: an
/// editor's save (write, rename) arrives as one change.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// How often the watching thread checks whether the REPL has ended.
const POLL: Duration = Duration::from_millis(100);

/// The thread following the files; [`Watcher::stop`] ends it.
pub(super) struct Watcher {
    stop: Arc<AtomicBool>,
    thread: JoinHandle<()>,
}

impl Watcher {
    pub fn stop(self) {
        self.stop.store(true, Ordering::Relaxed);
        // A panic on the watching thread has already been reported.
        let _ = self.thread.join();
    }
}

/// Starts following the game's files.
pub(super) fn start(
    repl: Arc<Mutex<Repl>>,
    knots: Knots,
    mut printer: impl ExternalPrinter + Send + 'static,
) -> Result<Watcher, ReplError> {
    let (tx, rx) = channel::<notify::Result<Event>>();
    let mut watcher = notify::recommended_watcher(tx)?;
    let mut files = watched(lock(&repl).game.files());
    for folder in folders(&files) {
        watcher.watch(&folder, RecursiveMode::NonRecursive)?;
    }
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = stop.clone();
    let thread = std::thread::spawn(move || {
        // When the files changed last, until they are read.
        let mut due: Option<Instant> = None;
        // Whether the last version read did not compile.
        let mut failed = false;
        while !stopped.load(Ordering::Relaxed) {
            let wait = due.map_or(POLL, |d| {
                d.saturating_duration_since(Instant::now()).min(POLL)
            });
            match rx.recv_timeout(wait) {
                Ok(Ok(event)) if changes(&event, &files) => {
                    due = Some(Instant::now() + DEBOUNCE);
                }
                // A watch error (a folder removed) is not worth stopping for.
                Ok(_) | Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
            if due.is_none_or(|d| Instant::now() < d) {
                continue;
            }
            due = None;
            let Some(out) = reload(&repl, &knots, &mut failed) else {
                continue;
            };
            let now = watched(lock(&repl).game.files());
            for folder in folders(&now).difference(&folders(&files)) {
                let _ = watcher.watch(folder, RecursiveMode::NonRecursive);
            }
            files = now;
            // A terminal that went away leaves nothing to tell.
            let _ = printer.print(format!("\n{out}"));
        }
    });
    Ok(Watcher { stop, thread })
}

/// Whether `event` changed one of `files` (reading one does not).
fn changes(event: &Event, files: &BTreeSet<PathBuf>) -> bool {
    !matches!(event.kind, EventKind::Access(_)) && event.paths.iter().any(|p| files.contains(p))
}

/// Loads the script again and reloads the game on it; what to print, or
/// `None` when no file's text changed since the version played (and the
/// last one read was not broken, which the reader was told about).
fn reload(repl: &Mutex<Repl>, knots: &Knots, failed: &mut bool) -> Option<String> {
    let path = lock(repl).game.script_path().to_path_buf();
    // Loading is done outside the lock: the reader keeps typing.
    let loaded = crate::load::script(&path);
    let mut repl = lock(repl);
    if let Ok(loaded) = &loaded
        && !*failed
        && same_texts(&loaded.sources, repl.game.sources())
    {
        return None;
    }
    *failed = loaded.is_err();
    let reloaded = loaded
        .map_err(crate::play::PlayError::from)
        .and_then(|loaded| repl.game.reload(loaded));
    let out = repl.reloaded(reloaded);
    *lock(knots) = super::knot_names(&repl.game);
    Some(out)
}

/// Whether two versions of a story were read from the very same texts.
fn same_texts(a: &crate::story::SourceMap, b: &crate::story::SourceMap) -> bool {
    a.files.len() == b.files.len() && a.files.iter().zip(&b.files).all(|(x, y)| x.text == y.text)
}

/// The files as their change events name them: the canonical folder joined
/// with the file name.
fn watched(files: &[PathBuf]) -> BTreeSet<PathBuf> {
    files
        .iter()
        .filter_map(|file| {
            let folder = file.parent().filter(|p| !p.as_os_str().is_empty());
            let folder = std::fs::canonicalize(folder.unwrap_or(Path::new("."))).ok()?;
            Some(folder.join(file.file_name()?))
        })
        .collect()
}

fn folders(files: &BTreeSet<PathBuf>) -> BTreeSet<PathBuf> {
    files
        .iter()
        .filter_map(|f| f.parent().map(Path::to_path_buf))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{AccessKind, CreateKind, ModifyKind};

    #[test]
    fn reading_a_file_is_no_change_and_other_files_are_not_followed() {
        let files: BTreeSet<PathBuf> = [PathBuf::from("/s/main.ink")].into();
        let event = |kind, path: &str| Event::new(kind).add_path(PathBuf::from(path));
        let read = event(EventKind::Access(AccessKind::Any), "/s/main.ink");
        let written = event(EventKind::Modify(ModifyKind::Any), "/s/main.ink");
        let other = event(EventKind::Create(CreateKind::File), "/s/main.swp");
        assert!(!changes(&read, &files), "a reload's own reading");
        assert!(changes(&written, &files));
        assert!(!changes(&other, &files));
    }
}
