//! The prose layer: a seed's plain text split into paragraphs and told
//! apart: story paragraphs, song lyrics, titles, flashback markers, scene
//! breaks, and the authors' notes and asides that are not story.
//!
//! Parsing never fails: any text is some sequence of paragraphs. Each
//! paragraph keeps the byte range it came from so that anchors and the
//! report can point into the seed.

use super::dialogue::{self, Cast};
use nom::bytes::complete::take_till1;
use nom::character::complete::{newline, space0};
use nom::combinator::{opt, verify};
use nom::multi::{many0_count, separated_list1};
use nom::{IResult, Parser};
use nom_locate::LocatedSpan;

type Input<'a> = LocatedSpan<&'a str>;

/// What a paragraph of a seed is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Story prose, dialogue included.
    Prose,
    /// Lines of a song woven through the story; kept, one line each.
    Lyrics,
    /// The text's title line.
    Title,
    /// "Flash Back:"; the paragraphs up to the end marker are a flashback.
    FlashbackStart,
    /// "End of Flash Back:"
    FlashbackEnd,
    /// An author's note ("A/N", "Author's note"), with what follows it up
    /// to the next scene break.
    Note,
    /// The author speaking to readers without a marker ("Thanks for
    /// reading! Please review").
    Aside,
}

impl Kind {
    /// Whether paragraphs of this kind can become lines of the story.
    pub fn is_story(self) -> bool {
        matches!(self, Kind::Prose | Kind::Lyrics)
    }

    /// Why a paragraph of this kind is not story, for the report.
    pub fn why_not_story(self) -> Option<&'static str> {
        match self {
            Kind::Prose | Kind::Lyrics => None,
            Kind::Title => Some("the seed's title"),
            Kind::FlashbackStart | Kind::FlashbackEnd => {
                Some("flashback marker (kept as the `flashback` tag)")
            }
            Kind::Note => Some("author's note"),
            Kind::Aside => Some("the author speaking to readers"),
        }
    }
}

/// One paragraph of a seed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub kind: Kind,
    /// Byte range in the seed's text.
    pub start: usize,
    pub end: usize,
    /// The cleaned text: one entry for prose, one per line for lyrics.
    pub lines: Vec<String>,
    /// Who speaks, when the attribution is clear.
    pub speaker: Option<String>,
    /// Inside "Flash Back:" … "End of Flash Back:".
    pub flashback: bool,
    /// A scene break (a run of blank lines) comes before it.
    pub scene_break: bool,
}

impl Paragraph {
    /// The number of words the author wrote in it.
    pub fn words(&self) -> usize {
        self.lines
            .iter()
            .map(|l| l.split_whitespace().count())
            .sum()
    }
}

/// A seed text, split into paragraphs.
#[derive(Clone, Debug)]
pub struct Seed {
    /// The file name, as the map and messages name it.
    pub name: String,
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
}

/// A run of consecutive non-blank lines, as the grammar found it.
struct RawBlock {
    start: usize,
    end: usize,
    lines: Vec<String>,
    blank_before: usize,
}

/// Splits a seed into classified, cleaned paragraphs.
pub fn parse_seed(name: &str, text: &str, cast: &Cast) -> Seed {
    let blocks = document(text);
    let kinds = classify(&blocks);
    let paragraphs = finish(&blocks, &kinds, cast);
    Seed {
        name: name.to_string(),
        text: text.to_string(),
        paragraphs,
    }
}

/// `blank_line = [ \t]* "\n"`
fn blank_line(input: Input) -> IResult<Input, ()> {
    (space0, newline).map(|_| ()).parse(input)
}

/// `text_line = [^\n]+`, holding something other than spaces
fn text_line(input: Input) -> IResult<Input, Input> {
    verify(take_till1(|c| c == '\n'), |line: &Input| {
        !line.fragment().trim().is_empty()
    })
    .parse(input)
}

/// `block = text_line ("\n" text_line)* "\n"?`
fn block(input: Input) -> IResult<Input, Vec<Input>> {
    let (rest, lines) = separated_list1(newline, text_line).parse(input)?;
    let (rest, _) = opt(newline).parse(rest)?;
    Ok((rest, lines))
}

/// `document = (blank_line* block)* blank_line* [ \t]*`
fn document(text: &str) -> Vec<RawBlock> {
    let mut input = Input::new(text);
    let mut out = Vec::new();
    loop {
        let Ok((rest, blank_before)) = many0_count(blank_line).parse(input) else {
            break;
        };
        let Ok((rest, lines)) = block(rest) else {
            break;
        };
        let (Some(first), Some(last)) = (lines.first(), lines.last()) else {
            break;
        };
        out.push(RawBlock {
            start: first.location_offset() + (first.len() - first.fragment().trim_start().len()),
            end: last.location_offset() + last.fragment().trim_end().len(),
            lines: lines
                .iter()
                .map(|l| l.fragment().trim().to_string())
                .collect(),
            blank_before,
        });
        input = rest;
    }
    out
}

/// Decides what each block is. Notes run from their marker to the next
/// scene break; lyrics are runs of short unquoted lines set apart by scene
/// breaks on both sides.
fn classify(blocks: &[RawBlock]) -> Vec<Kind> {
    let mut kinds = vec![Kind::Prose; blocks.len()];
    let mut in_note = false;
    for (i, block) in blocks.iter().enumerate() {
        let first = block.lines.first().map_or("", String::as_str);
        if in_note && block.blank_before >= 2 {
            in_note = false;
        }
        if is_note_marker(first) {
            in_note = true;
        }
        kinds[i] = if in_note {
            Kind::Note
        } else if i == 0 && is_title(&block.lines) {
            Kind::Title
        } else {
            marker_kind(first).unwrap_or(Kind::Prose)
        };
    }
    mark_asides(blocks, &mut kinds);
    mark_lyrics(blocks, &mut kinds);
    kinds
}

fn is_note_marker(line: &str) -> bool {
    let lower = line.to_lowercase();
    [
        "a/n",
        "author's note",
        "authors note",
        "author note",
        "authors' note",
    ]
    .iter()
    .any(|m| lower.starts_with(m))
}

/// A title is a first line of a few words that is not a sentence.
fn is_title(lines: &[String]) -> bool {
    let [line] = lines else { return false };
    line.split_whitespace().count() <= 8
        && !line.contains(['"', '“'])
        && !line.ends_with(['.', '!', '?', '…', ':', ','])
}

/// `flashback_marker = "Flash Back:" | "End of Flash Back:"` (any case and spacing)
fn marker_kind(line: &str) -> Option<Kind> {
    let squashed: String = line
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    match squashed.as_str() {
        "flashback" => Some(Kind::FlashbackStart),
        "endofflashback" | "flashbackend" => Some(Kind::FlashbackEnd),
        _ => None,
    }
}

/// The first and last story paragraphs are the author's own words to
/// readers when they ask for reviews or promise chapters.
fn mark_asides(blocks: &[RawBlock], kinds: &mut [Kind]) {
    const CUES: &[&str] = &[
        "thanks for reading",
        "thank you for reading",
        "review",
        "next chapter",
        "update soon",
        "disclaimer",
        "i don't own",
    ];
    let story: Vec<usize> = (0..blocks.len())
        .filter(|&i| kinds[i] == Kind::Prose)
        .collect();
    for i in [story.first(), story.last()].into_iter().flatten() {
        let text = blocks[*i].lines.join(" ").to_lowercase();
        if CUES.iter().any(|cue| text.contains(cue)) {
            kinds[*i] = Kind::Aside;
        }
    }
}

fn mark_lyrics(blocks: &[RawBlock], kinds: &mut [Kind]) {
    let mut i = 0;
    while i < blocks.len() {
        if blocks[i].blank_before < 2 || kinds[i] != Kind::Prose {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < blocks.len() && blocks[j].blank_before < 2 {
            j += 1;
        }
        let framed = j < blocks.len();
        let run = &blocks[i..j];
        let lines: usize = run.iter().map(|b| b.lines.len()).sum();
        let short = run.iter().flat_map(|b| &b.lines).all(|l| is_lyric_line(l));
        let all_prose = kinds[i..j].iter().all(|k| *k == Kind::Prose);
        if framed && short && all_prose && lines >= 2 {
            kinds[i..j].fill(Kind::Lyrics);
        }
        i = j;
    }
}

fn is_lyric_line(line: &str) -> bool {
    line.chars().count() <= 60 && !line.contains(['"', '“', '”'])
}

/// Cleans the story paragraphs, finds speakers, and marks flashbacks and
/// scene breaks (a gap that frames lyrics is not a scene break).
fn finish(blocks: &[RawBlock], kinds: &[Kind], cast: &Cast) -> Vec<Paragraph> {
    let mut out = Vec::with_capacity(blocks.len());
    let mut flashback = false;
    // Who was speaking when a paragraph ended inside a quotation that the
    // next paragraph carries on.
    let mut carried: Option<String> = None;
    for (i, (block, &kind)) in blocks.iter().zip(kinds).enumerate() {
        match kind {
            Kind::FlashbackStart => flashback = true,
            Kind::FlashbackEnd => flashback = false,
            _ => {}
        }
        let joined = block.lines.join(" ");
        let next_opens = blocks.get(i + 1).is_some_and(|b| {
            kinds[i + 1] == Kind::Prose && dialogue::opens_with_speech(&b.lines.join(" "))
        });
        let (lines, speaker) = match kind {
            Kind::Prose => (
                vec![dialogue::clean(&joined, !next_opens)],
                dialogue::speaker(&joined, cast).or(carried.take()),
            ),
            _ => (block.lines.clone(), None),
        };
        carried = match next_opens && dialogue::ends_inside_speech(&joined) {
            true => speaker.clone(),
            false => None,
        };
        let near_lyrics = kind == Kind::Lyrics || (i > 0 && kinds[i - 1] == Kind::Lyrics);
        out.push(Paragraph {
            kind,
            start: block.start,
            end: block.end,
            lines,
            speaker,
            flashback: flashback && kind.is_story(),
            scene_break: i > 0 && block.blank_before >= 2 && !near_lyrics,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind> {
        parse_seed("t.txt", text, &Cast::default())
            .paragraphs
            .iter()
            .map(|p| p.kind)
            .collect()
    }

    #[test]
    fn paragraphs_keep_their_place_in_the_seed() {
        let text = "First one.\n\n  Second one.  \n";
        let seed = parse_seed("t.txt", text, &Cast::default());
        let p = &seed.paragraphs[1];
        assert_eq!(&text[p.start..p.end], "Second one.");
        assert_eq!(p.lines, vec!["Second one.".to_string()]);
    }

    #[test]
    fn notes_and_asides_are_told_apart_from_story() {
        let text = "Author's note: sorry for the wait.\n\n\nShe ran.\n\nHe stayed.\n\nA/N: Okay, the song is by Saosin\n\nDudes, there is a part two\n";
        use Kind::*;
        assert_eq!(kinds(text), vec![Note, Prose, Prose, Note, Note]);
        let signed = "She ran.\n\nThanks for reading! Please review.";
        assert_eq!(kinds(signed), vec![Prose, Aside]);
    }

    #[test]
    fn a_scene_break_ends_a_note() {
        let text = "A/N: thanks\n\nstill the note\n\n\nStory again.\n";
        assert_eq!(kinds(text), vec![Kind::Note, Kind::Note, Kind::Prose]);
    }

    #[test]
    fn lyrics_are_short_lines_framed_by_wide_gaps() {
        let text = "\"Distraction?\" her voice cracked.\n\n\n\nHe says he has nothing to live for\n\n(He says he's got nothing left)\n\n\n\nSakura laughed.\n";
        use Kind::*;
        let seed = parse_seed("t.txt", text, &Cast::default());
        let got: Vec<_> = seed.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(got, vec![Prose, Lyrics, Lyrics, Prose]);
        assert!(seed.paragraphs.iter().all(|p| !p.scene_break));
    }

    #[test]
    fn a_wide_gap_around_prose_is_a_scene_break() {
        let text = "She couldn't say no.\n\n\n\nDays later, Naruto woke up in the hospital.\n";
        let seed = parse_seed("t.txt", text, &Cast::default());
        assert_eq!(kinds(text), vec![Kind::Prose, Kind::Prose]);
        assert!(seed.paragraphs[1].scene_break);
    }

    #[test]
    fn flashback_markers_frame_a_flashback() {
        let text = "Now.\n\nFlash Back:\n\nThen.\n\nEnd of Flash Back:\n\nNow again.\n";
        let seed = parse_seed("t.txt", text, &Cast::default());
        let flags: Vec<_> = seed
            .paragraphs
            .iter()
            .map(|p| (p.kind, p.flashback))
            .collect();
        use Kind::*;
        assert_eq!(
            flags,
            vec![
                (Prose, false),
                (FlashbackStart, false),
                (Prose, true),
                (FlashbackEnd, false),
                (Prose, false)
            ]
        );
    }

    #[test]
    fn a_title_is_a_short_first_line_that_is_not_a_sentence() {
        assert_eq!(kinds("You're Not Alone\n\nShe stared.\n")[0], Kind::Title);
        assert_eq!(kinds("She stared.\n\nOn.\n")[0], Kind::Prose);
    }

    #[test]
    fn speech_split_across_paragraphs_stays_open_until_it_goes_on() {
        let text = "Kakashi said, \"First part.\n\n\"Second part.\"\n\nShe whimpered, \"Unclosed.\n\nThen go.\n";
        let cast = Cast {
            characters: vec![("Kakashi".into(), vec!["Kakashi".into()])],
            narrator: None,
        };
        let seed = parse_seed("t.txt", text, &cast);
        let speakers: Vec<_> = seed
            .paragraphs
            .iter()
            .map(|p| p.speaker.as_deref())
            .collect();
        assert_eq!(speakers, vec![Some("Kakashi"), Some("Kakashi"), None, None]);
        let lines: Vec<_> = seed
            .paragraphs
            .iter()
            .map(|p| p.lines[0].as_str())
            .collect();
        assert_eq!(
            lines,
            vec![
                "Kakashi said, \"First part.",
                "\"Second part.\"",
                "She whimpered, \"Unclosed.\"",
                "Then go."
            ]
        );
    }
}
