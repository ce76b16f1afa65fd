//! The prose layer: a seed's plain text split into paragraphs and told
//! apart: story paragraphs, song lyrics, titles, and the conventions of
//! fan fiction that are not story (`conventions` recognises them): scene
//! separators, chapter headings and point-of-view markers (which become
//! scene breaks), flashback markers (which become the `flashback` tag on
//! the paragraphs between them), author's notes at the top, bottom or
//! inline, disclaimers and requests for reviews (which are dropped).
//!
//! Parsing never fails: any text is some sequence of paragraphs. Each
//! paragraph keeps the byte range it came from so that anchors and the
//! report can point into the seed.

use super::conventions::{self, Marker};
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
    /// "Flash Back:", "-Flashback-"; the paragraphs up to the end marker
    /// are a flashback.
    FlashbackStart,
    /// "End of Flash Back:", "-End Flashback-", "~Flashback End~"
    FlashbackEnd,
    /// A scene separator line (`***`, `~*~*~`, `xXxXx`, `-----`, `oOo`).
    Separator,
    /// A chapter heading ("Chapter Two: The Rain", "Prologue", "The End").
    Heading,
    /// A point-of-view marker ("Sasuke's POV", "-Naruto's P.O.V-").
    Pov,
    /// An author's note ("A/N", "AN:", "**Author's Note**"), with the
    /// paragraphs after it that still speak to readers.
    Note,
    /// "I don't own Naruto", "Disclaimer: …".
    Disclaimer,
    /// The author speaking to readers without a marker ("Thanks for
    /// reading!", "Please R&R!").
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
            Kind::Separator => Some("scene separator (kept as the `scene` tag)"),
            Kind::Heading => Some("chapter heading (kept as the `scene` tag)"),
            Kind::Pov => Some("point-of-view marker (kept as the `scene` tag)"),
            Kind::Note => Some("author's note"),
            Kind::Disclaimer => Some("disclaimer"),
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
    /// A scene break (a run of blank lines, a separator, a heading or a
    /// point-of-view marker) comes before it.
    pub scene_break: bool,
    /// Inline author's notes taken out of it (`(AN: …)`).
    pub notes: Vec<String>,
}

impl Paragraph {
    /// The number of words of it the story can show.
    pub fn words(&self) -> usize {
        self.lines
            .iter()
            .map(|l| l.split_whitespace().count())
            .sum()
    }

    /// The number of words in the inline notes taken out of it.
    pub fn note_words(&self) -> usize {
        self.notes
            .iter()
            .map(|n| n.split_whitespace().count())
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
#[derive(Clone)]
struct RawBlock {
    start: usize,
    end: usize,
    lines: Vec<String>,
    /// Each line's byte range (trimmed).
    spans: Vec<(usize, usize)>,
    blank_before: usize,
}

/// Splits a seed into classified, cleaned paragraphs.
pub fn parse_seed(name: &str, text: &str, cast: &Cast) -> Seed {
    let blocks = split_markers(document(text));
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
        let span = |l: &Input| {
            let start = l.location_offset() + (l.len() - l.fragment().trim_start().len());
            (start, l.location_offset() + l.fragment().trim_end().len())
        };
        out.push(RawBlock {
            start: span(first).0,
            end: span(last).1,
            lines: lines
                .iter()
                .map(|l| l.fragment().trim().to_string())
                .collect(),
            spans: lines.iter().map(span).collect(),
            blank_before,
        });
        input = rest;
    }
    out
}

/// Gives each marker line (a separator, heading, point-of-view or
/// flashback marker) a block of its own, and an author's note the lines
/// from its marker through the last that speaks to readers, so that a
/// marker or note written without a blank line around it is still seen.
fn split_markers(blocks: Vec<RawBlock>) -> Vec<RawBlock> {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        let mut from = 0;
        let mut pieces = Vec::new();
        // Inside a note begun in this block: its lines go on while they
        // still speak to readers.
        let mut in_note = false;
        for (i, line) in block.lines.iter().enumerate() {
            match conventions::marker(line) {
                Some(Marker::Note) => {
                    if i > from {
                        pieces.push(from..i);
                    }
                    from = i;
                    in_note = true;
                }
                None if in_note && !speaks_to_readers(&without_inline_notes(line).0) => {
                    pieces.push(from..i);
                    from = i;
                    in_note = false;
                }
                None => {}
                Some(_) => {
                    if i > from {
                        pieces.push(from..i);
                    }
                    pieces.push(i..i + 1);
                    from = i + 1;
                    in_note = false;
                }
            }
        }
        if from < block.lines.len() {
            pieces.push(from..block.lines.len());
        }
        let pieces: Vec<_> = pieces
            .into_iter()
            .flat_map(|range| {
                let lines = &block.lines[range.clone()];
                match !conventions::starts_note(&lines[0]) && lines_are_paragraphs(lines) {
                    true => range.map(|i| i..i + 1).collect::<Vec<_>>(),
                    false => vec![range],
                }
            })
            .collect();
        for (n, range) in pieces.into_iter().enumerate() {
            let spans = block.spans[range.clone()].to_vec();
            out.push(RawBlock {
                start: spans[0].0,
                end: spans[spans.len() - 1].1,
                lines: block.lines[range].to_vec(),
                spans,
                blank_before: if n == 0 { block.blank_before } else { 0 },
            });
        }
    }
    out
}

/// Whether the lines of a block are each a paragraph (a text that puts one
/// paragraph on each line, with no blank line between) rather than one
/// paragraph wrapped: every line ends a sentence, or one is longer than a
/// wrapped line would be.
fn lines_are_paragraphs(lines: &[String]) -> bool {
    let ends_sentence = |l: &String| {
        l.trim_end()
            .ends_with(['.', '!', '?', '…', '"', '”', '\'', '’', ')', ':', '*', '~'])
    };
    lines.len() > 1
        && (lines.iter().all(ends_sentence) || lines.iter().any(|l| l.chars().count() > 100))
}

/// Decides what each block is. A note runs from its marker through the
/// paragraphs after it that still speak to readers, and ends at a scene
/// break, a marker or the first paragraph of story; lyrics are runs of
/// short unquoted lines set apart by scene breaks on both sides.
fn classify(blocks: &[RawBlock]) -> Vec<Kind> {
    let mut kinds = vec![Kind::Prose; blocks.len()];
    let mut in_note = false;
    let mut seen_story = false;
    for (i, block) in blocks.iter().enumerate() {
        let first = block.lines.first().map_or("", String::as_str);
        let text = block.lines.join(" ");
        let marker = match block.lines.len() {
            1 => conventions::marker(first),
            _ => conventions::starts_note(first).then_some(Marker::Note),
        };
        if block.blank_before >= 2 || marker.is_some_and(|m| m != Marker::Note) {
            in_note = false;
        }
        kinds[i] = match marker {
            Some(Marker::Separator) => Kind::Separator,
            Some(Marker::Heading) => Kind::Heading,
            Some(Marker::Pov) => Kind::Pov,
            Some(Marker::FlashbackStart) => Kind::FlashbackStart,
            Some(Marker::FlashbackEnd) => Kind::FlashbackEnd,
            Some(Marker::Note) => {
                in_note = true;
                Kind::Note
            }
            None if in_note && speaks_to_readers(&without_inline_notes(&text).0) => {
                match conventions::is_disclaimer(&text) {
                    true => Kind::Disclaimer,
                    false => Kind::Note,
                }
            }
            None => {
                in_note = false;
                if conventions::is_disclaimer(&text) {
                    Kind::Disclaimer
                } else if conventions::is_review_request(&text) {
                    Kind::Aside
                } else if !seen_story && is_title(&block.lines) {
                    seen_story = true;
                    Kind::Title
                } else {
                    seen_story = true;
                    Kind::Prose
                }
            }
        };
    }
    mark_note_tail(blocks, &mut kinds);
    mark_asides(blocks, &mut kinds);
    mark_lyrics(blocks, &mut kinds);
    kinds
}

fn speaks_to_readers(text: &str) -> bool {
    conventions::reads_as_author(text)
        || conventions::is_disclaimer(text)
        || conventions::is_review_request(text)
}

/// After the last note, a few short unquoted lines to the end are its
/// sign-off ("Cya!", "Love, Mimi"), not story.
fn mark_note_tail(blocks: &[RawBlock], kinds: &mut [Kind]) {
    let Some(last) = kinds.iter().rposition(|k| *k == Kind::Note) else {
        return;
    };
    let tail = last + 1..blocks.len();
    let sign_off = tail.len() <= 3
        && tail.clone().all(|i| {
            let text = blocks[i].lines.join(" ");
            kinds[i] == Kind::Prose
                && blocks[i].blank_before < 2
                && text.split_whitespace().count() <= 25
                && !text.contains(['"', '“'])
        });
    if sign_off {
        kinds[tail].fill(Kind::Note);
    }
}

/// A title is a first line of a few words that is not a sentence.
fn is_title(lines: &[String]) -> bool {
    let [line] = lines else { return false };
    line.split_whitespace().count() <= 8
        && !line.contains(['"', '“'])
        && !line.ends_with(['.', '!', '?', '…', ':', ','])
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
        "to be continued",
        "tbc",
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

/// Cleans the story paragraphs (taking out inline notes), finds speakers,
/// and marks flashbacks and scene breaks (a gap that frames lyrics is not
/// a scene break; a separator, heading or point-of-view marker is one).
fn finish(blocks: &[RawBlock], kinds: &[Kind], cast: &Cast) -> Vec<Paragraph> {
    let mut out = Vec::with_capacity(blocks.len());
    let flashbacks = flashback_spans(blocks, kinds);
    let mut marked_break = false;
    let mut story_before = false;
    // Who was speaking when a paragraph ended inside a quotation that the
    // next paragraph carries on.
    let mut carried: Option<String> = None;
    for (i, (block, &kind)) in blocks.iter().zip(kinds).enumerate() {
        let (joined, mut notes) = match kind {
            Kind::Prose => without_inline_notes(&block.lines.join(" ")),
            _ => (block.lines.join(" "), Vec::new()),
        };
        // A paragraph that was all inline notes is a note.
        let kind = match kind == Kind::Prose && joined.trim().is_empty() {
            true => {
                notes.clear();
                Kind::Note
            }
            false => kind,
        };
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
        let gap = block.blank_before >= 2 && !near_lyrics;
        let scene_break = kind.is_story() && story_before && (gap || marked_break);
        if matches!(kind, Kind::Separator | Kind::Heading | Kind::Pov) {
            marked_break = true;
        } else if kind.is_story() {
            marked_break = false;
        }
        story_before |= kind.is_story();
        out.push(Paragraph {
            kind,
            start: block.start,
            end: block.end,
            lines,
            speaker,
            flashback: flashbacks[i] && kind.is_story(),
            scene_break,
            notes,
        });
    }
    out
}

/// Which blocks are inside a flashback: from a start marker to its end
/// marker; a start with no end marker after it (before the next start)
/// runs to the next separator, heading or scene gap.
fn flashback_spans(blocks: &[RawBlock], kinds: &[Kind]) -> Vec<bool> {
    let mut inside = vec![false; kinds.len()];
    let mut i = 0;
    while i < kinds.len() {
        if kinds[i] != Kind::FlashbackStart {
            i += 1;
            continue;
        }
        let closed = kinds[i + 1..]
            .iter()
            .position(|k| matches!(k, Kind::FlashbackStart | Kind::FlashbackEnd))
            .filter(|&n| kinds[i + 1 + n] == Kind::FlashbackEnd)
            .map(|n| i + 1 + n);
        let end = closed.unwrap_or_else(|| {
            (i + 1..kinds.len())
                .find(|&j| {
                    matches!(kinds[j], Kind::Separator | Kind::Heading | Kind::Pov)
                        || blocks[j].blank_before >= 2
                        || kinds[j] == Kind::FlashbackStart
                })
                .unwrap_or(kinds.len())
        });
        inside[i + 1..end].fill(true);
        i = end.max(i + 1);
    }
    inside
}

/// The paragraph without its inline author's notes, and the notes.
fn without_inline_notes(text: &str) -> (String, Vec<String>) {
    let spans = conventions::inline_notes(text);
    if spans.is_empty() {
        return (text.to_string(), Vec::new());
    }
    let mut kept = String::new();
    let mut at = 0;
    let mut notes = Vec::new();
    let push = |kept: &mut String, piece: &str| {
        if piece.starts_with(['.', ',', ';', ':', '!', '?']) {
            kept.truncate(kept.trim_end().len());
        }
        kept.push_str(piece);
    };
    for (start, end) in spans {
        push(&mut kept, &text[at..start]);
        notes.push(text[start..end].to_string());
        at = end;
    }
    push(&mut kept, &text[at..]);
    (kept, notes)
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
        let text = "A/N: thanks\n\nI hope you like it\n\n\nStory again.\n";
        assert_eq!(kinds(text), vec![Kind::Note, Kind::Note, Kind::Prose]);
    }

    #[test]
    fn a_note_at_the_top_ends_where_the_story_begins() {
        let text = "A/N: This is my first fic!\n\nI don't own Naruto.\n\nEnjoy!\n\nSakura walked in. \"Hi,\" she said.\n\nHe nodded.\n";
        use Kind::*;
        assert_eq!(kinds(text), vec![Note, Disclaimer, Note, Prose, Prose]);
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

    #[test]
    fn markers_become_structure_and_inline_notes_are_taken_out() {
        let text = "Sakura ran (AN: fast, lol). Home.\n~*~*~\nSasuke's POV\n\n-Flashback-\nHe was six.\n\n-End Flashback-\n\nHe woke.\n";
        let seed = parse_seed("t.txt", text, &Cast::default());
        let got: Vec<_> = seed
            .paragraphs
            .iter()
            .map(|p| (p.kind, p.lines.join("|"), p.flashback, p.scene_break))
            .collect();
        use Kind::*;
        let row = |k, t: &str, f, s| (k, t.to_string(), f, s);
        assert_eq!(
            got,
            vec![
                row(Prose, "Sakura ran. Home.", false, false),
                row(Separator, "~*~*~", false, false),
                row(Pov, "Sasuke's POV", false, false),
                row(FlashbackStart, "-Flashback-", false, false),
                row(Prose, "He was six.", true, true),
                row(FlashbackEnd, "-End Flashback-", false, false),
                row(Prose, "He woke.", false, false),
            ]
        );
        assert_eq!(
            seed.paragraphs[0].notes,
            vec!["(AN: fast, lol)".to_string()]
        );
    }

    #[test]
    fn a_text_with_one_paragraph_a_line_keeps_its_paragraphs() {
        let one_a_line = "She ran to the gate.\n\"Wait!\" he called.\nShe did not stop.\n";
        let seed = parse_seed("t.txt", one_a_line, &Cast::default());
        let lines: Vec<_> = seed.paragraphs.iter().map(|p| p.lines.join("|")).collect();
        assert_eq!(
            lines,
            [
                "She ran to the gate.",
                "\"Wait!\" he called.",
                "She did not stop."
            ]
        );
        let wrapped = "She ran to the gate and\nwaited there until he came.\n";
        let seed = parse_seed("t.txt", wrapped, &Cast::default());
        let lines: Vec<_> = seed.paragraphs.iter().map(|p| p.lines.join("|")).collect();
        assert_eq!(
            lines,
            ["She ran to the gate and waited there until he came."]
        );
    }
}
