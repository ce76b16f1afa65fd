//! Plain mode: the output `inklecate -p` gives, for pipes and scripts.
//!
//! Each line of text on its own line, then `# tags: a, b` when it has tags;
//! at a choice point an empty line, `N: text` per choice and the prompt
//! `?> ` (no newline, flushed); then one line of input is read and not
//! echoed. When input ends at a choice point, `<User input stream closed.>`.

use super::CliError;
use crate::runtime::{ChoiceView, Prompt, Session, Turn};
use std::io::{BufRead, Write};

const PROMPT: &str = "?> ";
const OUT_OF_RANGE: &str = "Choice out of range";
const UNEXPECTED: &str = "Unexpected input. Type 'help' or a choice number.";
const HELP: &str = "Type a choice number.";
const CLOSED: &str = "<User input stream closed.>";

/// Plays from `turn` (already produced by `session`), reading choice
/// numbers from `input` one line at a time.
pub fn play_plain(
    mut session: Session,
    mut turn: Turn,
    mut input: impl BufRead,
    mut out: impl Write,
) -> Result<(), CliError> {
    loop {
        write_turn(&mut out, &turn)?;
        let Prompt::Choice(choices) = &turn.prompt else {
            out.flush()?;
            return Ok(());
        };
        let Some(index) = read_choice(&mut input, &mut out, choices.len())? else {
            writeln!(out, "{CLOSED}")?;
            out.flush()?;
            return Ok(());
        };
        session.choose(index)?;
        turn = session.continue_turn()?;
    }
}

/// Prompts until a valid choice number is read. `None` when input ends.
fn read_choice(
    input: &mut impl BufRead,
    out: &mut impl Write,
    offered: usize,
) -> Result<Option<usize>, CliError> {
    let mut line = String::new();
    loop {
        write!(out, "{PROMPT}")?;
        out.flush()?;
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let typed = line.trim();
        match typed.parse::<usize>() {
            Ok(n) if (1..=offered).contains(&n) => return Ok(Some(n - 1)),
            Ok(_) => writeln!(out, "{OUT_OF_RANGE}")?,
            Err(_) if typed == "help" => writeln!(out, "{HELP}")?,
            Err(_) if typed == "exit" || typed == "quit" => return Ok(None),
            Err(_) => writeln!(out, "{UNEXPECTED}")?,
        }
    }
}

/// Writes a turn's lines, and at a choice point the numbered choices.
pub fn write_turn(out: &mut impl Write, turn: &Turn) -> std::io::Result<()> {
    for line in &turn.lines {
        writeln!(out, "{}", line.text)?;
        if !line.tags.is_empty() {
            writeln!(out, "# tags: {}", line.tags.join(", "))?;
        }
    }
    if let Prompt::Choice(choices) = &turn.prompt {
        write_choices(out, choices)?;
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
