//! The transcript of a game in plain form: the bytes `weave play --plain`
//! prints for the same choices. `weave replay` prints it and transcript
//! tests compare it.

use crate::runtime::{ChoiceView, Line, Prompt, Turn};
use std::io::Write;

/// The plain player's prompt at a choice point.
pub const PROMPT: &str = "?> ";

/// Writes a turn's lines, and at a choice point the numbered choices.
pub fn write_turn(out: &mut impl Write, turn: &Turn) -> std::io::Result<()> {
    write_lines(out, &turn.lines)?;
    if let Prompt::Choice(choices) = &turn.prompt {
        write_choices(out, choices)?;
    }
    Ok(())
}

/// Writes lines of text, each followed by its tags if it has any. An open
/// line (see [`Line::open`]) gets no newline, as in `inklecate -p`.
pub fn write_lines(out: &mut impl Write, lines: &[Line]) -> std::io::Result<()> {
    for line in lines {
        if line.open {
            write!(out, "{}", line.text)?;
        } else {
            writeln!(out, "{}", line.text)?;
        }
        if !line.tags.is_empty() {
            writeln!(out, "# tags: {}", line.tags.join(", "))?;
        }
    }
    Ok(())
}

fn write_choices(out: &mut impl Write, choices: &[ChoiceView]) -> std::io::Result<()> {
    writeln!(out)?;
    for (i, choice) in choices.iter().enumerate() {
        writeln!(out, "{}: {}", i + 1, choice.text)?;
    }
    Ok(())
}

/// Writes the turns of a replay as plain mode would have shown them: the
/// same bytes as `weave play --plain` fed the same choices, up to the last
/// turn, whose choices (if any) are listed without a prompt.
pub fn write_transcript(out: &mut impl Write, turns: &[Turn]) -> std::io::Result<()> {
    for (i, turn) in turns.iter().enumerate() {
        write_turn(out, turn)?;
        let last = i + 1 == turns.len();
        if !last && matches!(turn.prompt, Prompt::Choice(_)) {
            write!(out, "{PROMPT}")?;
        }
    }
    out.flush()
}

/// The transcript of `turns` as text (see [`write_transcript`]).
pub fn transcript_text(turns: &[Turn]) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = write_transcript(&mut out, turns);
    String::from_utf8_lossy(&out).into_owned()
}
