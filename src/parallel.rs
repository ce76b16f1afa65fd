//! Runs independent pieces of work on scoped threads: up to `threads` at a
//! time (the calling thread is one of them), each taking the next piece not
//! yet taken, the results returned in the pieces' order. The reader and the
//! compiler use it for large stories.
//!
//! Invariant: the results do not depend on the number of threads or on
//! which thread ran a piece; a panic on another thread is resumed here,
//! never swallowed.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many threads a large piece of work should use: one per core, at
/// most eight.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
}

/// `work` applied to every piece, in order, on at most `threads` threads.
pub fn map_in_order<P: Sync, R: Send>(
    pieces: &[P],
    threads: usize,
    work: impl Fn(&P) -> R + Sync,
) -> Vec<R> {
    let mut results = Vec::with_capacity(pieces.len());
    fold_in_order(pieces, threads, work, |r| results.push(r));
    results
}

/// Applies `work` to every piece on at most `threads` threads, and hands
/// each result to `fold` on the calling thread, in the pieces' order, as
/// soon as it and those before it are ready: folding overlaps the work.
pub fn fold_in_order<P: Sync, R: Send>(
    pieces: &[P],
    threads: usize,
    work: impl Fn(&P) -> R + Sync,
    mut fold: impl FnMut(R),
) {
    let threads = threads.min(pieces.len());
    if threads < 2 {
        pieces.iter().map(&work).for_each(fold);
        return;
    }
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<R>>> = pieces.iter().map(|_| Mutex::new(None)).collect();
    let slot = |i: usize| slots[i].lock().unwrap_or_else(|e| e.into_inner());
    // Does the next piece not yet taken; false when none is left.
    let work_one = || {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let Some(piece) = pieces.get(i) else {
            return false;
        };
        let result = work(piece);
        *slot(i) = Some(result);
        true
    };
    let (done, wait) = std::sync::mpsc::channel::<()>();
    std::thread::scope(|scope| {
        for _ in 1..threads {
            let done = done.clone();
            let work_one = &work_one;
            scope.spawn(move || {
                while work_one() {
                    // The folder may be waiting for this piece.
                    let _ = done.send(());
                }
            });
        }
        drop(done);
        let mut folded = 0;
        while folded < pieces.len() {
            let ready = slot(folded).take();
            match ready {
                Some(result) => {
                    fold(result);
                    folded += 1;
                }
                // Nothing to fold yet: work, or wait for a worker.
                None if work_one() => {}
                None => {
                    if wait.recv().is_err() && slot(folded).is_none() {
                        // Every worker is gone and the piece never came: a
                        // worker panicked, which the scope resumes here.
                        break;
                    }
                }
            }
        }
    });
}

/// Runs `there` on a thread of its own and `here` on the calling thread;
/// returns both results.
pub fn both<A: Send, B>(there: impl FnOnce() -> A + Send, here: impl FnOnce() -> B) -> (A, B) {
    std::thread::scope(|scope| {
        let there = scope.spawn(there);
        let here = here();
        let there = there
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (there, here)
    })
}

/// Drops `value` on a thread of its own: the memory of a large value the
/// caller is done with is freed without holding the caller up.
pub fn drop_in_background<T: Send + 'static>(value: T) {
    std::thread::spawn(move || drop(value));
}

#[cfg(test)]
mod tests {
    use super::{both, fold_in_order, map_in_order};

    #[test]
    fn results_come_in_the_pieces_order_on_any_number_of_threads() {
        let pieces: Vec<u64> = (0..23).collect();
        let squares: Vec<u64> = pieces.iter().map(|n| n * n).collect();
        for threads in [1, 2, 3, 8, 40] {
            let results = map_in_order(&pieces, threads, |n| {
                // Later pieces finish first.
                std::thread::sleep(std::time::Duration::from_micros(300 * (23 - n)));
                n * n
            });
            assert_eq!(results, squares, "on {threads} threads");
        }
        assert!(map_in_order(&[] as &[u8], 4, |_| 0).is_empty());
    }

    #[test]
    fn folds_come_in_the_pieces_order_on_the_calling_thread() {
        let here = std::thread::current().id();
        let pieces: Vec<u64> = (0..31).collect();
        for threads in [1, 2, 3, 8] {
            let mut folded = Vec::new();
            fold_in_order(
                &pieces,
                threads,
                |n| {
                    std::thread::sleep(std::time::Duration::from_micros(200 * (31 - n)));
                    n * 3
                },
                |r| {
                    assert_eq!(std::thread::current().id(), here);
                    folded.push(r);
                },
            );
            let want: Vec<u64> = pieces.iter().map(|n| n * 3).collect();
            assert_eq!(folded, want, "on {threads} threads");
        }
    }

    #[test]
    fn a_panic_in_any_piece_reaches_the_caller() {
        let pieces: Vec<u32> = (0..6).collect();
        for threads in [1, 3] {
            let caught = std::panic::catch_unwind(|| {
                fold_in_order(
                    &pieces,
                    threads,
                    |n| {
                        assert!(*n != 4, "piece four fails");
                        *n
                    },
                    |_| {},
                )
            });
            // Whichever thread took piece four, the run ends with its panic.
            assert!(caught.is_err(), "on {threads} threads");
        }
    }

    #[test]
    fn both_jobs_run_and_return() {
        let here = std::thread::current().id();
        let (there, mine) = both(
            || std::thread::current().id(),
            || std::thread::current().id(),
        );
        assert_eq!(mine, here);
        assert_ne!(there, here);
    }
}
