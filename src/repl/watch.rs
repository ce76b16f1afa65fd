//! `weave play --watch`: the script's files are followed (notify, with
//! changes debounced), and on every change the script is loaded again and
//! the game reloaded on it, with one line saying what happened printed
//! above the prompt. A version that does not compile is reported and the
//! last good one kept.
//!
//! Editors often save by writing a new file and renaming it over the old
//! one, which ends a watch on the file itself; so the folders holding the
//! files are watched, and their events filtered by file.

use super::helper::Knots;
use super::session::Repl;
use super::{ReplError, lock};
use notify_debouncer_mini::notify::RecursiveMode;
use notify_debouncer_mini::{DebounceEventResult, new_debouncer};
use rustyline::ExternalPrinter;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// How long the files must stay unchanged before they are read: an
/// editor's save (write, rename) arrives as one change.
const DEBOUNCE: Duration = Duration::from_millis(150);

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
    let (tx, rx) = channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(DEBOUNCE, tx)?;
    let mut files = watched(lock(&repl).game.files());
    for folder in folders(&files) {
        debouncer
            .watcher()
            .watch(&folder, RecursiveMode::NonRecursive)?;
    }
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = stop.clone();
    let thread = std::thread::spawn(move || {
        while !stopped.load(Ordering::Relaxed) {
            let events = match rx.recv_timeout(POLL) {
                Ok(Ok(events)) => events,
                // A watch error (a folder removed) is not worth stopping for.
                Ok(Err(_)) | Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => return,
            };
            if !events.iter().any(|e| files.contains(&e.path)) {
                continue;
            }
            let path = lock(&repl).game.script_path().to_path_buf();
            // Loading is done outside the lock: the reader keeps typing.
            let loaded = crate::load::script(&path);
            let mut repl = lock(&repl);
            let reloaded = loaded
                .map_err(crate::play::PlayError::from)
                .and_then(|loaded| repl.game.reload(loaded));
            let out = repl.reloaded(reloaded);
            *lock(&knots) = super::knot_names(&repl.game);
            let now = watched(repl.game.files());
            drop(repl);
            for folder in folders(&now).difference(&folders(&files)) {
                let _ = debouncer
                    .watcher()
                    .watch(folder, RecursiveMode::NonRecursive);
            }
            files = now;
            // A terminal that went away leaves nothing to tell.
            let _ = printer.print(format!("\n{out}"));
        }
    });
    Ok(Watcher { stop, thread })
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
