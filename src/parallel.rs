//! Runs independent pieces of work on scoped threads: up to `threads` at a
//! time (the calling thread is one of them), each taking the next piece not
//! yet taken, the results returned in the pieces' order. The reader and the
//! compiler use it for large stories.
//!
//! Invariant: the results do not depend on the number of threads or on
//! which thread ran a piece; a panic on another thread is resumed here,
//! never swallowed.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `work` applied to every piece, in order, on at most `threads` threads.
pub fn map_in_order<P: Sync, R: Send>(
    pieces: &[P],
    threads: usize,
    work: impl Fn(&P) -> R + Sync,
) -> Vec<R> {
    let threads = threads.min(pieces.len());
    if threads < 2 {
        return pieces.iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let take_pieces = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(piece) = pieces.get(i) else {
                return done;
            };
            done.push((i, work(piece)));
        }
    };
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let others: Vec<_> = (1..threads).map(|_| scope.spawn(take_pieces)).collect();
        let mut done = take_pieces();
        for handle in others {
            done.extend(
                handle
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e)),
            );
        }
        done
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
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

#[cfg(test)]
mod tests {
    use super::{both, map_in_order};

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
