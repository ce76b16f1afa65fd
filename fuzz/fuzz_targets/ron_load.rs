//! The RON script loader (with the ink markup inside its strings), the
//! compiler and a few turns of play, on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use weave::story::SourceMap;

fuzz_target!(|data: &[u8]| {
    let (text, choices) = weave_fuzz::split(data);
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let mut sources = SourceMap::default();
    let file = sources.add("fuzz.ron".to_string(), text.to_string());
    if let Ok(story) = weave::script::ron::parse_ron(file, text) {
        weave_fuzz::compile_and_play(&story, choices);
    }
});
