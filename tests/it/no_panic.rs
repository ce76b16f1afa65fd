//! Bad input never panics: every ink-proof story and the real story in
//! `../shared/stories`, cut up and shuffled in many ways, is parsed,
//! compiled and played for a few turns in-process. Each may fail with
//! diagnostics or a runtime error; none may panic or hang.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use weave::runtime::{Prompt, Session};

pub fn sources() -> Vec<PathBuf> {
    let shared = std::env::var_os("INK_PROOF_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/ink-proof/ink"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&shared)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path().join("story.ink")))
        .filter(|p| p.is_file())
        .collect();
    files.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/stories/ld41-emoji.ink"));
    files.retain(|p| p.is_file());
    files.sort();
    files
}

/// A random edit of a story: lines dropped, doubled or swapped, characters
/// cut out or copied elsewhere.
pub fn mutate(text: &str, rng: &mut ChaCha8Rng) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for _ in 0..rng.random_range(1..4) {
        if lines.is_empty() {
            break;
        }
        let i = rng.random_range(0..lines.len());
        match rng.random_range(0..5) {
            0 => {
                lines.remove(i);
            }
            1 => lines.insert(i, lines[i].clone()),
            2 => {
                let j = rng.random_range(0..lines.len());
                lines.swap(i, j);
            }
            3 => {
                let chars: Vec<char> = lines[i].chars().collect();
                if !chars.is_empty() {
                    let at = rng.random_range(0..chars.len());
                    let len = rng.random_range(1..=chars.len() - at);
                    lines[i] = chars[..at].iter().chain(&chars[at + len..]).collect();
                }
            }
            _ => {
                let pieces = [
                    "{", "}", "->", "<-", "*", "-", "|", "[", "]", "~", "=", "(", "\"", "#", "<>",
                    "->->", "===",
                ];
                let piece = pieces[rng.random_range(0..pieces.len())];
                let chars: Vec<char> = lines[i].chars().collect();
                let at = rng.random_range(0..=chars.len());
                lines[i] = chars[..at].iter().collect::<String>()
                    + piece
                    + &chars[at..].iter().collect::<String>();
            }
        }
    }
    lines.join("\n")
}

/// Parses, compiles and plays a few turns; errors are fine, panics are not.
fn run(text: &str, rng: &mut ChaCha8Rng) {
    let mut no_includes = |_: &str| Err("no includes".to_string());
    let syntax = weave::load::Syntax::Ink;
    let Ok((story, _, _)) =
        weave::load::text("story.ink", text.to_string(), syntax, &mut no_includes)
    else {
        return;
    };
    let Ok((program, _)) = weave::compile::compile(&story) else {
        return;
    };
    let mut session = Session::new(Arc::new(program), 1);
    for _ in 0..8 {
        match session.continue_turn() {
            Ok(turn) => match turn.prompt {
                Prompt::Choice(choices) => {
                    let _ = session.choose(rng.random_range(0..choices.len()));
                }
                Prompt::Done => return,
            },
            Err(_) => return,
        }
    }
}

#[test]
fn mangled_stories_never_panic() {
    let files = sources();
    if files.is_empty() {
        println!("no-panic: no ink stories found beside the repository; nothing to mangle");
        return;
    }
    let mut rng = ChaCha8Rng::seed_from_u64(2026);
    let mut runs = 0;
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        for _ in 0..12 {
            let mangled = mutate(&text, &mut rng);
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let mut rng = ChaCha8Rng::seed_from_u64(runs);
                run(&mangled, &mut rng);
            }));
            assert!(
                result.is_ok(),
                "weave panicked on this edit of {}:\n{mangled}",
                file.display()
            );
            runs += 1;
        }
    }
    println!("no-panic: {runs} mangled stories parsed, compiled and played without a panic");
}
