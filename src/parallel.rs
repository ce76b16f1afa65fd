//! Runs independent pieces of work on scoped threads: one piece on the
//! calling thread, each other piece on a thread of its own, the results in
//! the pieces' order. The reader and the compiler use it for large stories.
//!
//! Invariant: a panic on another thread is resumed here, never swallowed.

/// `work` applied to every piece, in order; the first piece runs on the
/// calling thread. A panic in a piece is resumed on the calling thread.
pub fn map_in_order<P: Sync, R: Send>(pieces: &[P], work: impl Fn(&P) -> R + Sync) -> Vec<R> {
    let Some((first, rest)) = pieces.split_first() else {
        return Vec::new();
    };
    std::thread::scope(|scope| {
        let work = &work;
        let others: Vec<_> = rest.iter().map(|p| scope.spawn(move || work(p))).collect();
        let mut results = Vec::with_capacity(pieces.len());
        results.push(work(first));
        for handle in others {
            results.push(
                handle
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e)),
            );
        }
        results
    })
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
    use super::map_in_order;

    #[test]
    fn results_come_in_the_pieces_order() {
        let pieces: Vec<u64> = (0..7).collect();
        let results = map_in_order(&pieces, |n| {
            // Later pieces finish first.
            std::thread::sleep(std::time::Duration::from_millis(7 - n));
            (n * n, std::thread::current().id())
        });
        let squares: Vec<u64> = results.iter().map(|r| r.0).collect();
        assert_eq!(squares, [0, 1, 4, 9, 16, 25, 36]);
        assert_eq!(
            results[0].1,
            std::thread::current().id(),
            "the first runs here"
        );
        assert!(map_in_order(&[] as &[u8], |_| 0).is_empty());
    }
}
