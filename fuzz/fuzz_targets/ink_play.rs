//! The ink reader, the compiler and a few turns of play, on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use weave::story::SourceMap;

fuzz_target!(|data: &[u8]| {
    let (text, choices) = weave_fuzz::split(data);
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let mut sources = SourceMap::default();
    let main = sources.add("fuzz.ink".to_string(), text.to_string());
    let mut include = |_: &str| Err("no includes while fuzzing".to_string());
    if let Ok((story, _)) = weave::ink::parse_ink_on(&mut sources, main, &mut include, Some(1)) {
        weave_fuzz::compile_and_play(&story, choices);
    }
});
