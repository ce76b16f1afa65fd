//! The ink reader, the compiler and a few turns of play, on any text; and
//! the reader's reuse of an earlier parse (what `weave lsp` does on every
//! edit): parsing an edit of the text with the memo of the text's parse
//! must give exactly what a fresh parse of the edit gives.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::Arc;
use weave::ink::{Memo, Parsed};
use weave::story::SourceMap;

fn parse(text: &str, memo: &Arc<Memo>) -> (Parsed, Arc<Memo>) {
    let mut sources = SourceMap::default();
    let main = sources.add("fuzz.ink".to_string(), text.to_string());
    let mut include = |_: &str| Err("no includes while fuzzing".to_string());
    weave::ink::parse_ink_reusing(&mut sources, main, &mut include, Some(1), memo)
}

/// The text with one edit the choice bytes pick: a line break, a letter or
/// a knot header typed in at one place, or the bytes up to another cut out.
fn edit(text: &str, choices: &[u8]) -> String {
    let byte = |i: usize| choices.get(i).copied().unwrap_or(0) as usize;
    let at = |b: usize| {
        let mut i = (b * text.len()) / 255;
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (from, to) = (at(byte(0)), at(byte(1)));
    let typed = ["\n", "x", "=== typed ===\n", ""][byte(2) % 4];
    let to = if typed.is_empty() { to.max(from) } else { from };
    format!("{}{typed}{}", &text[..from], &text[to..])
}

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
    let (_, memo) = parse(text, &Arc::default());
    let edited = edit(text, choices);
    let (reused, _) = parse(&edited, &memo);
    let (fresh, _) = parse(&edited, &Arc::default());
    assert!(reused == fresh, "a parse reusing flows differs from a fresh parse");
});
