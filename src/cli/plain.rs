//! Plain mode: the output `inklecate -p` gives, for pipes and scripts.
//!
//! Each line of text on its own line, then `# tags: a, b` when it has tags;
//! at a choice point an empty line, `N: text` per choice and the prompt
//! `?> ` (no newline, flushed); then one line of input is read and not
//! echoed. When input ends at a choice point, `<User input stream closed.>`.

use super::CliError;
use crate::play::{Game, PlayError};
use crate::runtime::Prompt;
use crate::saves::transcript::{PROMPT, write_turn};
use std::io::{BufRead, Write};

const OUT_OF_RANGE: &str = "Choice out of range";
const UNEXPECTED: &str = "Unexpected input. Type 'help' or a choice number.";
const HELP: &str = "Type a choice number.";
const CLOSED: &str = "<User input stream closed.>";

/// Plays `game` from its current turn, reading choice numbers from
/// `input` one line at a time.
pub fn play_plain(
    game: &mut Game,
    mut input: impl BufRead,
    mut out: impl Write,
) -> Result<(), CliError> {
    loop {
        write_turn(&mut out, game.turn())?;
        let Prompt::Choice(choices) = &game.turn().prompt else {
            out.flush()?;
            return Ok(());
        };
        let index = match read_choice(&mut input, &mut out, choices.len())? {
            Read::Choice(index) => index,
            Read::Closed => {
                writeln!(out, "{CLOSED}")?;
                out.flush()?;
                return Ok(());
            }
            Read::Quit => return Ok(out.flush()?),
        };
        if let Err(mut err) = game.choose(index + 1) {
            // What the turn printed before it failed comes first, here.
            if let PlayError::Runtime { lines, .. } = &mut err {
                crate::saves::transcript::write_lines(&mut out, lines)?;
                lines.clear();
            }
            out.flush()?;
            return Err(super::report_play_error(err));
        }
    }
}

/// What the reader answered at a choice point.
#[derive(Debug, PartialEq, Eq)]
enum Read {
    /// A valid choice, 0-based.
    Choice(usize),
    /// The input ended.
    Closed,
    /// `quit` or `exit`.
    Quit,
}

/// Prompts until a valid choice number (or the end of input) is read.
fn read_choice(
    input: &mut impl BufRead,
    out: &mut impl Write,
    offered: usize,
) -> Result<Read, CliError> {
    let mut line = Vec::new();
    loop {
        write!(out, "{PROMPT}")?;
        out.flush()?;
        line.clear();
        if read_line(input, &mut line)? == 0 {
            return Ok(Read::Closed);
        }
        // Bytes that are not UTF-8 are unexpected input like any other.
        let line = String::from_utf8_lossy(&line);
        let typed = line.trim();
        match typed.parse::<usize>() {
            Ok(n) if (1..=offered).contains(&n) => return Ok(Read::Choice(n - 1)),
            Ok(_) => writeln!(out, "{OUT_OF_RANGE}")?,
            Err(_) if typed == "help" => writeln!(out, "{HELP}")?,
            Err(_) if typed == "exit" || typed == "quit" => return Ok(Read::Quit),
            Err(_) => writeln!(out, "{UNEXPECTED}")?,
        }
    }
}

/// Reads one line of input as bytes, keeping at most `limits::INPUT_LINE` of them
/// (a longer line is read to its end, the rest dropped). Returns how many
/// bytes were read (0 at the end of input).
fn read_line(input: &mut impl BufRead, line: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut read = 0;
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            return Ok(read);
        }
        let (take, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        let room = crate::runtime::limits::INPUT_LINE.saturating_sub(line.len());
        line.extend_from_slice(&buf[..take.min(room)]);
        input.consume(take);
        read += take;
        if done {
            return Ok(read);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::{Line, Turn};
    use crate::saves::transcript::write_transcript;

    fn read(input: &str, offered: usize) -> (Read, String) {
        let mut out = Vec::new();
        let got = read_choice(&mut input.as_bytes(), &mut out, offered).unwrap();
        (got, String::from_utf8(out).unwrap())
    }

    #[test]
    fn a_valid_number_is_taken_after_complaints_about_the_others() {
        let (got, out) = read("4\nx\n 2 \n", 3);
        assert_eq!(got, Read::Choice(1));
        assert_eq!(
            out,
            "?> Choice out of range\n?> Unexpected input. Type 'help' or a choice number.\n?> "
        );
    }

    #[test]
    fn the_end_of_input_and_quit_are_told_apart() {
        assert_eq!(read("", 2), (Read::Closed, "?> ".to_string()));
        assert_eq!(read("quit\n", 2), (Read::Quit, "?> ".to_string()));
    }

    #[test]
    fn the_last_turn_of_a_transcript_has_no_prompt() {
        let line = |text: &str, tags: &[&str]| Line {
            text: text.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            open: false,
        };
        let choice = |text: &str| crate::runtime::ChoiceView {
            text: text.into(),
            tags: Vec::new(),
            id: text.into(),
        };
        let turns = [
            Turn {
                lines: vec![line("Rain.", &["weather", "night"])],
                prompt: Prompt::Choice(vec![choice("Wait"), choice("Go")]),
            },
            Turn {
                lines: vec![line("Go.", &[])],
                prompt: Prompt::Choice(vec![choice("On")]),
            },
        ];
        let mut out = Vec::new();
        write_transcript(&mut out, &turns).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "Rain.\n# tags: weather, night\n\n1: Wait\n2: Go\n?> Go.\n\n1: On\n"
        );
    }
}
