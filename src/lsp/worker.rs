//! The analysis worker: a thread that analyses stories as edits arrive.
//! It waits until edits stop for [`DEBOUNCE`], analyses the newest text,
//! and publishes the diagnostics unless a newer edit came in meanwhile (a
//! stale result is dropped; the newer edit's job is already queued). The
//! symbol index is built after the diagnostics are out, on a thread of
//! its own. A request that comes before the worker is done waits for its
//! analysis rather than make a second one beside it.

use super::analysis::{Analysis, analyze};
use super::documents::Documents;
use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use lsp_server::{Message, Notification};
use lsp_types::notification::{Notification as _, PublishDiagnostics};
use lsp_types::{PublishDiagnosticsParams, Url};
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long edits must pause before a story is analysed. It gathers the
/// changes an editor sends back to back for one action (a paste, a
/// multi-cursor edit, a formatting); keystrokes come further apart, and a
/// newer one makes the analysis in flight stale anyway. Short, since a
/// 1 MB story's analysis takes tens of milliseconds and the diagnostics
/// should follow the last edit within 50.
pub const DEBOUNCE: Duration = Duration::from_millis(2);

/// How long a request waits for the worker's analysis of the newest text
/// before making one itself (the worker is slow or has failed on it).
pub const PATIENCE: Duration = Duration::from_secs(2);

/// What the loop and the worker share.
#[derive(Default)]
pub struct State {
    pub docs: Documents,
    /// Bumped on every edit.
    pub generation: u64,
    /// The generation of the last edit of each story, by main file.
    pub latest: HashMap<PathBuf, u64>,
    pub analyses: HashMap<PathBuf, Arc<Analysis>>,
    /// The files each story last published diagnostics for.
    published: HashMap<PathBuf, Vec<Url>>,
    /// The generation the worker last failed to analyse, by story.
    failed: HashMap<PathBuf, u64>,
}

/// The state, and word of each analysis the worker stores or fails on.
#[derive(Default)]
pub struct Inner {
    state: Mutex<State>,
    stored: Condvar,
}

pub type Shared = Arc<Inner>;

/// Locks the state; a panic elsewhere while it was held does not poison it
/// for good (every change to it is whole before anything can panic).
pub fn lock(shared: &Shared) -> MutexGuard<'_, State> {
    shared.state.lock().unwrap_or_else(|e| e.into_inner())
}

/// Marks the story of `path` as edited, and returns its main file.
pub fn touch(state: &mut State, path: &Path) -> PathBuf {
    let root = state.docs.root_of(path);
    state.generation += 1;
    state.latest.insert(root.clone(), state.generation);
    root
}

/// The newest analysis of a story: the stored one when no edit came since;
/// else the worker's, once it has made it (every edit queued a job for it,
/// and no edit comes while a request is answered); else one made now.
pub fn current(shared: &Shared, root: &Path) -> Arc<Analysis> {
    let deadline = Instant::now() + PATIENCE;
    let (docs, generation, previous) = {
        let mut state = lock(shared);
        loop {
            let generation = state.latest.get(root).copied().unwrap_or(0);
            let stored = state.analyses.get(root);
            if let Some(a) = stored.filter(|a| a.generation == generation) {
                return Arc::clone(a);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            let failed = state.failed.get(root) == Some(&generation);
            if generation == 0 || failed || left.is_zero() {
                break (state.docs.clone(), generation, stored.cloned());
            }
            state = shared
                .stored
                .wait_timeout(state, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    };
    let always = || true;
    let analysis = analyze(&docs, root, generation, previous.as_deref(), &always);
    let analysis = Arc::new(analysis.expect("an analysis that is always wanted is made"));
    store(shared, &analysis, None);
    analysis
}

/// Keeps an analysis if it is still the newest, publishing its
/// diagnostics through `out`; returns whether it was kept.
fn store(shared: &Shared, analysis: &Arc<Analysis>, out: Option<&Sender<Message>>) -> bool {
    let mut state = lock(shared);
    let root = &analysis.root;
    if state.latest.get(root).copied().unwrap_or(0) != analysis.generation {
        return false;
    }
    state.docs.learn_roots(root, &analysis.files.paths);
    if let Some(old) = state.analyses.insert(root.clone(), Arc::clone(analysis)) {
        // Its parse may not be indexed (so not freed) yet: a large AST
        // takes milliseconds to free, not under the lock.
        crate::parallel::drop_in_background(old);
    }
    shared.stored.notify_all();
    let Some(out) = out else {
        return true;
    };
    let lists = analysis.lsp_diagnostics();
    let now: Vec<Url> = lists.iter().map(|(u, _, _)| u.clone()).collect();
    let before = state
        .published
        .insert(root.clone(), now.clone())
        .unwrap_or_default();
    let gone = before
        .into_iter()
        .filter(|u| !now.contains(u))
        .map(|u| (u, None, Vec::new()));
    for (uri, version, diagnostics) in lists.into_iter().chain(gone) {
        let params = PublishDiagnosticsParams::new(uri, diagnostics, version);
        let note = Notification::new(PublishDiagnostics::METHOD.to_string(), params);
        // The editor has gone if this fails; the loop sees it end.
        let _ = out.send(Message::Notification(note));
    }
    true
}

/// Builds the index of a published analysis on a thread of its own, so
/// that the first request after an edit finds it ready while the next
/// edit's analysis is not held up by it.
fn index_in_background(analysis: &Analysis) {
    if let Some(good) = analysis.good.as_ref().filter(|g| !g.indexed()) {
        let good = Arc::clone(good);
        std::thread::spawn(move || {
            // A panic here is a bug the first request that needs the
            // index meets again, and answers with an error.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| good.index()));
        });
    }
}

/// A story to analyse, and when the edit that asks for it came in.
pub type Job = (PathBuf, Instant);

/// Runs the worker until `jobs` closes. Edits must pause for [`DEBOUNCE`]
/// after the last one came in, not after the worker looked: an edit that
/// waited in the queue while a stale analysis ran has paused already.
pub fn run(shared: Shared, jobs: Receiver<Job>, out: Sender<Message>) {
    while let Ok((first, mut last)) = jobs.recv() {
        let mut roots = BTreeSet::from([first]);
        loop {
            match jobs.recv_deadline(last + DEBOUNCE) {
                Ok((root, at)) => {
                    roots.insert(root);
                    last = last.max(at);
                }
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        for root in roots {
            let job = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let (docs, generation, previous) = {
                    let state = lock(&shared);
                    let generation = state.latest.get(&root).copied().unwrap_or(0);
                    let previous = state.analyses.get(&root).cloned();
                    (state.docs.clone(), generation, previous)
                };
                let wanted = || lock(&shared).latest.get(&root).copied() == Some(generation);
                if let Some(analysis) =
                    analyze(&docs, &root, generation, previous.as_deref(), &wanted)
                {
                    let analysis = Arc::new(analysis);
                    if store(&shared, &analysis, Some(&out)) {
                        index_in_background(&analysis);
                    }
                }
            }));
            if job.is_err() {
                let mut state = lock(&shared);
                let generation = state.latest.get(&root).copied().unwrap_or(0);
                state.failed.insert(root.clone(), generation);
                shared.stored.notify_all();
                drop(state);
                eprintln!(
                    "weave lsp: analysing {} failed; waiting for the next edit",
                    root.display()
                );
            }
        }
    }
}
