//! What `weave lsp` does differently from `weave check` to answer an edit
//! fast gives the same answers, on every ink-proof story and ld41, each
//! edited many ways (lines dropped, doubled or swapped, pieces of markup
//! typed in):
//! - parsing again with the memo of an earlier parse (the version before
//!   the edit, whose memo came from the one before that) makes exactly the
//!   story and diagnostics a fresh parse makes;
//! - `compile::diagnose`, which skips what only running needs, gives
//!   exactly the diagnostics `compile::compile` gives.

use super::no_panic::{mutate, sources};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use std::sync::Arc;
use weave::ink::{Memo, Parsed, parse_ink_reusing};
use weave::story::SourceMap;

fn parse(text: &str, memo: &Arc<Memo>) -> (Parsed, Arc<Memo>) {
    let mut sources = SourceMap::default();
    let main = sources.add("story.ink", text);
    let mut no_includes = |_: &str| Err("no includes".to_string());
    parse_ink_reusing(&mut sources, main, &mut no_includes, None, memo)
}

#[test]
fn reparsing_with_a_memo_and_diagnosing_match_check() {
    let files = sources();
    if files.is_empty() {
        println!("reanalysis: no ink stories found beside the repository");
        return;
    }
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let (mut edits, mut kept, mut compiles) = (0, 0, 0);
    for file in &files {
        let Ok(mut text) = std::fs::read_to_string(file) else {
            continue;
        };
        let (_, mut memo) = parse(&text, &Arc::default());
        for _ in 0..6 {
            let edited = mutate(&text, &mut rng);
            let (fresh, _) = parse(&edited, &Arc::default());
            let (reused, next) = parse(&edited, &memo);
            assert_eq!(
                reused,
                fresh,
                "a parse reusing flows differs from a fresh one on this edit of {}:\n{edited}",
                file.display()
            );
            if let Ok((story, _)) = &fresh {
                let compiled = weave::compile::compile(story).map(|(_, diags)| diags);
                assert_eq!(
                    weave::compile::diagnose(story, 2),
                    compiled,
                    "diagnose and compile differ on this edit of {}:\n{edited}",
                    file.display()
                );
                compiles += usize::from(compiled.is_ok());
            }
            edits += 1;
            kept += memo.len();
            (text, memo) = (edited, next);
        }
    }
    assert!(kept > 0, "no memo kept a flow");
    assert!(compiles > 0, "no edit compiled");
    println!(
        "reanalysis: {edits} edits of {} stories parsed and diagnosed both ways alike \
         ({compiles} compiled)",
        files.len()
    );
}
