//! The save loader: any text read as a save file and loaded (snapshot
//! restored or path replayed) onto a small story with knots, a function,
//! a thread, a shuffle, lists and variables, then played a few turns.
//! `FINGERPRINT` in the input becomes the story's own fingerprint, so the
//! corpus (the edited saves of tests/hostile) reaches snapshot restoring.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::{Arc, OnceLock};
use weave::compile::Program;

/// The story saves are loaded onto (its saves seed the corpus).
pub const STORY: &str = include_str!("../story.ink");

static PROGRAM: OnceLock<Arc<Program>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let (text, choices) = weave_fuzz::split(data);
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let program = PROGRAM.get_or_init(|| weave_fuzz::program(STORY));
    let text = text.replace("FINGERPRINT", &program.fingerprint.to_string());
    let Ok(save) = weave::saves::parse(std::path::Path::new("fuzz.ron"), &text) else {
        return;
    };
    if let Ok(loaded) = weave::saves::load(program.clone(), &save) {
        weave_fuzz::play(loaded.session, choices);
    }
});
