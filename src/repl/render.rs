//! The story as a reader sees it in the terminal: the title screen, text
//! wrapped to the terminal with a blank line between paragraphs, the
//! reader-facing tags rendered (a speaker, lyrics, a flashback or memory, a
//! scene break, an ending's title, a credit) and every other tag hidden
//! unless the author asked for them with `--show-tags`.
//!
//! Style (bold, italic, dim) only when standard output is a terminal and
//! `NO_COLOR` is unset. Everything here builds strings; the caller prints.

use crate::runtime::{ChoiceView, Line, Prompt, Turn};
use std::io::IsTerminal;

/// The narrowest and widest text is wrapped to.
const MIN_WIDTH: usize = 20;
const MAX_WIDTH: usize = 100;

/// How lyrics are set apart from the prose.
const LYRICS_INDENT: &str = "    ";

/// The marks a line of speech opens with.
const QUOTES: [char; 6] = ['"', '“', '«', '„', '\'', '‘'];

/// What a scene break looks like.
const SCENE_BREAK: &str = "*   *   *";

/// How the terminal is written to.
#[derive(Clone, Debug)]
pub struct Screen {
    /// Whether to use terminal styles.
    pub style: bool,
    /// Whether to show every tag (for authors).
    pub show_tags: bool,
    /// Set by a line tagged `ending: TITLE`, so the end of the story names it.
    ending: Option<String>,
}

/// A tag the REPL knows how to render.
#[derive(Debug, PartialEq, Eq)]
enum Tag<'a> {
    Speaker(&'a str),
    Lyrics,
    Flashback,
    Scene,
    Ending(&'a str),
    Credit(&'a str),
    Other,
}

impl<'a> Tag<'a> {
    fn read(tag: &'a str) -> Tag<'a> {
        let tag = tag.trim();
        let (key, value) = match tag.split_once(':') {
            Some((key, value)) => (key.trim(), value.trim()),
            None => (tag, ""),
        };
        match (key.to_ascii_lowercase().as_str(), value) {
            ("speaker", name) if !name.is_empty() => Tag::Speaker(name),
            ("lyrics", "") => Tag::Lyrics,
            ("flashback" | "memory", "") => Tag::Flashback,
            ("scene", "") => Tag::Scene,
            ("ending", title) if !title.is_empty() => Tag::Ending(title),
            ("credit", text) if !text.is_empty() => Tag::Credit(text),
            _ => Tag::Other,
        }
    }
}

impl Screen {
    /// Styles on when standard output is a terminal and `NO_COLOR` is unset
    /// or empty (no-color.org).
    pub fn new(show_tags: bool) -> Screen {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Screen {
            style: std::io::stdout().is_terminal() && !no_color,
            show_tags,
            ending: None,
        }
    }

    /// The width text is wrapped to.
    pub fn width(&self) -> usize {
        textwrap::termwidth().clamp(MIN_WIDTH, MAX_WIDTH)
    }

    /// A message for the reader, wrapped to the terminal's full width.
    pub fn say(&self, text: &str) -> String {
        let width = textwrap::termwidth().max(MIN_WIDTH);
        let lines: Vec<String> = text
            .lines()
            .map(|line| {
                let indent: String = line.chars().take_while(|c| *c == ' ').collect();
                let options = textwrap::Options::new(width)
                    .subsequent_indent(&indent)
                    .break_words(false);
                textwrap::fill(line, options)
            })
            .collect();
        lines.join("\n")
    }

    /// The title screen: the title, the story's source, and how to play.
    pub fn title(&self, title: &str, source: Option<&str>) -> String {
        let mut out = format!("\n  {}\n", self.bold(title));
        if let Some(source) = source {
            // Wrapped like the story's text, indented under the title.
            let options = textwrap::Options::new(self.width())
                .initial_indent("  ")
                .subsequent_indent("  ");
            for line in textwrap::wrap(source, options) {
                out.push_str(&format!("{}\n", self.dim(&line)));
            }
        }
        out.push('\n');
        out.push_str(&self.say(
            "Type a choice's number to choose, or `help` for the commands \
             (save, undo, history…).",
        ));
        out.push_str("\n\n");
        out
    }

    /// A turn: its paragraphs, then the open choices or the end.
    pub fn turn(&mut self, turn: &Turn) -> String {
        let mut out = String::new();
        let mut in_verse = false;
        // A credit on a verse is shown once the verse has ended.
        let mut credits: Vec<String> = Vec::new();
        for line in &turn.lines {
            let tags: Vec<Tag> = line.tags.iter().map(|t| Tag::read(t)).collect();
            let lyrics = tags.contains(&Tag::Lyrics) && !tags.contains(&Tag::Scene);
            if !lyrics {
                self.place_credits(&mut out, &mut credits);
            }
            // The lines of one verse stand together, with no blank line.
            if in_verse && lyrics && out.ends_with("\n\n") {
                out.pop();
            }
            out.push_str(&self.line(line, &mut credits));
            if !lyrics {
                self.place_credits(&mut out, &mut credits);
            }
            in_verse = lyrics && !line.text.trim().is_empty();
        }
        self.place_credits(&mut out, &mut credits);
        out.push_str(&self.prompt(&turn.prompt));
        out
    }

    /// The credits held back for the end of a verse, each on its line,
    /// dimmed, then a blank line; nothing when there are none.
    fn credits(&self, credits: &mut Vec<String>) -> String {
        if credits.is_empty() {
            return String::new();
        }
        let mut out = String::new();
        for credit in credits.drain(..) {
            let credit = format!("{LYRICS_INDENT}— {credit}");
            out.push_str(&format!("{}\n", self.dim(&self.say(&credit))));
        }
        out + "\n"
    }

    /// `credits` under what `out` holds: right under its last line, not
    /// after the blank line that ends it.
    fn place_credits(&self, out: &mut String, credits: &mut Vec<String>) {
        if credits.is_empty() {
            return;
        }
        if out.ends_with("\n\n") {
            out.pop();
        }
        out.push_str(&self.credits(credits));
    }

    /// One paragraph and what its tags add around it, followed by a blank
    /// line. A line with no text shows nothing. Its credits go to
    /// `credits`, to be shown when the verse (or the line) ends.
    fn line(&mut self, line: &Line, credits: &mut Vec<String>) -> String {
        let tags: Vec<Tag> = line.tags.iter().map(|t| Tag::read(t)).collect();
        let mut out = String::new();
        if tags.contains(&Tag::Scene) {
            out.push_str(&format!("{}\n\n", self.centred(SCENE_BREAK)));
        }
        let text = line.text.trim();
        if !text.is_empty() {
            out.push_str(&self.paragraph(text, &tags));
            out.push('\n');
        }
        for tag in &tags {
            if let Tag::Credit(credit) = tag {
                credits.push(credit.to_string());
            }
        }
        if self.show_tags && !line.tags.is_empty() {
            out.push_str(&format!(
                "{}\n",
                self.dim(&format!("  # {}", line.tags.join(", ")))
            ));
        }
        if !out.is_empty() {
            out.push('\n');
        }
        for tag in &tags {
            if let Tag::Ending(title) = tag {
                self.ending = Some(title.to_string());
            }
        }
        out
    }

    /// The text of a paragraph, wrapped, set apart or styled by its tags.
    fn paragraph(&self, text: &str, tags: &[Tag]) -> String {
        let mut text = text.to_string();
        for tag in tags {
            // A name goes before a line that opens with speech and does not
            // say who speaks; prose that names the speaker (even spelled
            // another way) is left as it is.
            if let Tag::Speaker(name) = tag
                && text.starts_with(QUOTES)
                && !text.to_lowercase().contains(&name.to_lowercase())
            {
                text = format!("{}: {text}", self.bold(name));
            }
        }
        let indent = if tags.contains(&Tag::Lyrics) {
            LYRICS_INDENT
        } else {
            ""
        };
        let options = textwrap::Options::new(self.width())
            .initial_indent(indent)
            .subsequent_indent(indent);
        let wrapped = textwrap::fill(&text, options);
        if tags.contains(&Tag::Lyrics) || tags.contains(&Tag::Flashback) {
            self.italic(&wrapped)
        } else {
            wrapped
        }
    }

    /// The numbered choices, or the end of the story with its title.
    pub fn prompt(&self, prompt: &Prompt) -> String {
        match prompt {
            Prompt::Done => {
                let end = match &self.ending {
                    Some(title) => format!("— The end: {title} —"),
                    None => "— The end —".to_string(),
                };
                format!(
                    "{}\n{}\n",
                    self.centred(&self.bold(&end)),
                    self.say("(`undo`, `restart`, `history`, `load` or `quit`)")
                )
            }
            Prompt::Choice(choices) => {
                let mut out = String::new();
                for (i, choice) in choices.iter().enumerate() {
                    out.push_str(&self.choice(i + 1, choice));
                }
                out
            }
        }
    }

    fn choice(&self, number: usize, choice: &ChoiceView) -> String {
        let number = format!("{number:>2}. ");
        let options = textwrap::Options::new(self.width())
            .initial_indent(&number)
            .subsequent_indent("    ");
        let mut out = format!("{}\n", textwrap::fill(&choice.text, options));
        if self.show_tags && !choice.tags.is_empty() {
            out.push_str(&format!(
                "{}\n",
                self.dim(&format!("    # {}", choice.tags.join(", ")))
            ));
        }
        out
    }

    /// Forgets the ending seen (after undo, restart, reload or load).
    pub fn forget_ending(&mut self) {
        self.ending = None;
    }

    fn centred(&self, text: &str) -> String {
        let width = textwrap::core::display_width(text);
        let pad = self.width().saturating_sub(width) / 2;
        format!("{}{text}", " ".repeat(pad))
    }

    fn bold(&self, text: &str) -> String {
        self.styled("1", text)
    }

    fn italic(&self, text: &str) -> String {
        self.styled("3", text)
    }

    fn dim(&self, text: &str) -> String {
        self.styled("2", text)
    }

    fn styled(&self, code: &str, text: &str) -> String {
        if self.style {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen() -> Screen {
        Screen {
            style: false,
            show_tags: false,
            ending: None,
        }
    }

    fn line(text: &str, tags: &[&str]) -> Line {
        Line {
            text: text.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            open: false,
        }
    }

    fn shown(screen: &mut Screen, lines: Vec<Line>) -> String {
        screen.turn(&Turn {
            lines,
            prompt: Prompt::Done,
        })
    }

    #[test]
    fn no_tag_is_shown_raw_and_each_kind_is_rendered() {
        let out = shown(
            &mut screen(),
            vec![
                line("\"Go,\" he said.", &["speaker: Kakashi"]),
                line("Kakashi nodded.", &["speaker: Kakashi"]),
                line("Jiraya smiled.", &["speaker: Jiraiya"]),
                line("Sing it.", &["lyrics"]),
                line("Back then.", &["flashback"]),
                line("Later.", &["scene", "memory"]),
                line(
                    "She left.",
                    &["ending: Alone", "credit: Song by X", "mood: sad"],
                ),
            ],
        );
        assert!(!out.contains('#'), "{out}");
        assert!(!out.contains("mood"), "{out}");
        assert!(out.contains("Kakashi: \"Go,\" he said."), "{out}");
        assert!(!out.contains("Kakashi: Kakashi"), "{out}");
        assert!(!out.contains("Jiraiya:"), "prose names its speaker: {out}");
        assert!(out.contains("\n    Sing it.\n"), "{out}");
        assert!(out.contains(SCENE_BREAK), "{out}");
        assert!(out.contains("— Song by X"), "{out}");
        assert!(out.contains("— The end: Alone —"), "{out}");
        assert!(
            out.contains("Back then.\n\n"),
            "a blank line between paragraphs: {out}"
        );
    }

    #[test]
    fn show_tags_shows_them_all_for_authors() {
        let mut screen = Screen {
            show_tags: true,
            ..screen()
        };
        let out = shown(&mut screen, vec![line("Rain.", &["mood: sad", "scene"])]);
        assert!(out.contains("  # mood: sad, scene"), "{out}");
    }

    #[test]
    fn styles_only_when_asked() {
        let mut styled = Screen {
            style: true,
            ..screen()
        };
        assert!(shown(&mut styled, vec![line("Old.", &["memory"])]).contains("\x1b[3m"));
        assert!(!shown(&mut screen(), vec![line("Old.", &["memory"])]).contains('\x1b'));
    }

    #[test]
    fn the_lines_of_a_verse_stand_together() {
        let out = shown(
            &mut screen(),
            vec![
                line("Prose.", &[]),
                line("First line,", &["lyrics"]),
                line("second line.", &["lyrics", "credit: The Band"]),
                line("More prose.", &[]),
            ],
        );
        let verse =
            "Prose.\n\n    First line,\n    second line.\n    — The Band\n\nMore prose.\n\n";
        assert!(out.starts_with(verse), "{out}");
    }

    #[test]
    fn a_credit_on_a_verses_first_line_is_shown_under_the_whole_verse() {
        let out = shown(
            &mut screen(),
            vec![
                line("First line,", &["lyrics", "credit: The Band"]),
                line("second line.", &["lyrics"]),
                line("Prose.", &["credit: A Poet"]),
                line("More prose.", &[]),
            ],
        );
        let shown_so = "    First line,\n    second line.\n    — The Band\n\n\
                        Prose.\n    — A Poet\n\nMore prose.\n\n";
        assert!(out.starts_with(shown_so), "{out}");
    }
}
