//! What the fuzz targets share: playing a compiled story for a few turns,
//! taking the choices the fuzzer's bytes pick. Every path must end in a
//! value or an error, never a panic, a hang or unbounded memory.

use std::sync::Arc;
use weave::compile::Program;
use weave::runtime::{Prompt, Session};

/// Splits fuzz input into its text and a few choice bytes: the text runs
/// up to the last NUL byte and the choices follow it (at most 8). With no
/// NUL the whole input is text, played with choices 1, 2, 3, so any story
/// file is a seed as it is.
pub fn split(data: &[u8]) -> (&[u8], &[u8]) {
    match data.iter().rposition(|&b| b == 0) {
        Some(at) => {
            let choices = &data[at + 1..];
            (&data[..at], &choices[..choices.len().min(8)])
        }
        None => (data, &[0, 1, 2]),
    }
}

/// The time one input may spend in play, all turns together. A story that
/// runs each turn up to the runtime's limits is no hang, but under
/// instrumentation several such turns take longer than libFuzzer's timeout;
/// the runtime's own deadline (which `weave explore --max-seconds` uses, and
/// which holds inside a turn) ends them as an error instead. Anything slow
/// outside the instruction loop (reading, compiling, saving) is still
/// caught by libFuzzer's timeout.
pub const PLAY_BUDGET: std::time::Duration = std::time::Duration::from_secs(2);

/// Plays `session` for at most `choices.len() + 1` turns, taking choice
/// `byte % offered` each time, within [`PLAY_BUDGET`].
pub fn play(mut session: Session, choices: &[u8]) {
    session.set_deadline(Some(std::time::Instant::now() + PLAY_BUDGET));
    for &c in choices.iter().chain(std::iter::once(&0)) {
        let Ok(turn) = session.continue_turn() else {
            return;
        };
        let Prompt::Choice(offered) = turn.prompt else {
            return;
        };
        let _ = session.choose(c as usize % offered.len());
        let _ = weave::saves::SaveFile::of_session(&session, "fuzz.ink", "", &Default::default());
    }
}

/// Compiles `story` on one thread and plays it.
pub fn compile_and_play(story: &weave::story::ast::Story, choices: &[u8]) {
    if let Ok((program, _)) = weave::compile::compile_on(story, 1) {
        play(Session::new(Arc::new(program), 7), choices);
    }
}

/// A program every save-loader input is loaded onto, titled `save-story`
/// as tests/hostile/save-story.ink (the same text) is.
pub fn program(ink: &str) -> Arc<Program> {
    let mut sources = weave::story::SourceMap::default();
    let main = sources.add("save-story.ink".to_string(), ink.to_string());
    let mut include = |_: &str| Err("no includes".to_string());
    let (story, _) = weave::ink::parse_ink_on(&mut sources, main, &mut include, Some(1))
        .expect("the fuzz story parses");
    let (program, _) = weave::compile::compile_on(&story, 1).expect("the fuzz story compiles");
    Arc::new(program)
}
