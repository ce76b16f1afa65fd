//! Dialogue inside one paragraph: where speech starts and ends (straight and
//! curly quotes), the spacing cleanup around it, and who speaks.
//!
//! Invariant: [`clean`] changes only whitespace and, for a quotation the
//! author never closed, adds the closing mark; the sequence of other
//! characters is the author's.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_till, take_till1};
use nom::combinator::opt;
use nom::{IResult, Parser};

/// A piece of a paragraph: narration, or a quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Narration(&'a str),
    /// The quoted text without its marks; `close` is `None` when the
    /// paragraph ended before the quotation did.
    Speech {
        open: &'a str,
        text: &'a str,
        close: Option<&'a str>,
    },
}

/// The characters of a seed's cast that dialogue can be attributed to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cast {
    /// Each character's name as tagged, with the spellings the texts use.
    pub characters: Vec<(String, Vec<String>)>,
    /// Who "I" is in a first-person text.
    pub narrator: Option<String>,
}

/// Verbs that make a sentence an attribution ("…," she whispered).
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "whispered",
    "whispers",
    "cried",
    "spoke",
    "shouted",
    "screamed",
    "yelled",
    "began",
    "started",
    "replied",
    "answered",
    "sighed",
    "mumbled",
    "muttered",
    "murmured",
    "called",
    "exclaimed",
    "admitted",
    "questioned",
    "continued",
    "added",
    "countered",
    "scoffed",
    "whimpered",
    "explained",
];

const PRONOUNS: &[&str] = &["he", "she", "his", "her", "they", "their", "him"];

/// `paragraph = (speech | narration)*`
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut rest = text;
    let mut out = Vec::new();
    while !rest.is_empty() {
        match alt((speech, narration)).parse(rest) {
            Ok((next, segment)) => {
                out.push(segment);
                rest = next;
            }
            Err(_) => {
                out.push(Segment::Narration(rest));
                break;
            }
        }
    }
    out
}

/// `speech = '"' [^"]* '"'? | '“' [^”]* '”'?`
fn speech(input: &str) -> IResult<&str, Segment<'_>> {
    let straight = (tag("\""), take_till(|c| c == '"'), opt(tag("\"")));
    let curly = (tag("“"), take_till(|c| c == '”'), opt(tag("”")));
    alt((straight, curly))
        .map(|(open, text, close)| Segment::Speech { open, text, close })
        .parse(input)
}

/// `narration = [^"“]+`
fn narration(input: &str) -> IResult<&str, Segment<'_>> {
    take_till1(|c| c == '"' || c == '“')
        .map(Segment::Narration)
        .parse(input)
}

/// Whether the paragraph's first visible character opens a quotation.
pub fn opens_with_speech(text: &str) -> bool {
    text.trim_start().starts_with(['"', '“'])
}

/// Whether the paragraph ends inside a quotation it opened.
pub fn ends_inside_speech(text: &str) -> bool {
    matches!(
        segments(text).last(),
        Some(Segment::Speech { close: None, .. })
    )
}

/// The paragraph with its spacing made regular: one space between words, a
/// space outside each quotation and none inside its marks. A quotation left
/// open at the end is closed when `close_dangling` (the speech does not go
/// on in the next paragraph).
pub fn clean(text: &str, close_dangling: bool) -> String {
    let mut out = String::new();
    let mut after_speech = false;
    for segment in segments(text) {
        match segment {
            Segment::Narration(raw) => {
                let words = collapse_spaces(raw);
                let glued = words.trim_start();
                let tight = glued.starts_with([',', '.', ';', ':', '!', '?', '…', ')']);
                if after_speech && !glued.is_empty() && !tight {
                    out.push(' ');
                    out.push_str(glued);
                } else if after_speech {
                    out.push_str(glued);
                } else {
                    out.push_str(&words);
                }
                after_speech = false;
            }
            Segment::Speech { open, text, close } => {
                let trimmed_len = out.trim_end().len();
                out.truncate(trimmed_len);
                let spaced = out.ends_with(['(', '[', '—', '–', '-', '/']);
                if !out.is_empty() && !spaced {
                    out.push(' ');
                }
                out.push_str(open);
                out.push_str(collapse_spaces(text).trim());
                let closing = if open == "“" { "”" } else { "\"" };
                match close {
                    Some(mark) => out.push_str(mark),
                    None if close_dangling => out.push_str(closing),
                    None => {}
                }
                after_speech = true;
            }
        }
    }
    out.trim().to_string()
}

fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// The one character who speaks in this paragraph: every quotation is
/// either attributed to them or carried on by a pronoun ("…," he said),
/// and no quotation is left to guess.
pub fn speaker(text: &str, cast: &Cast) -> Option<String> {
    let segments = segments(text);
    let mut found: Option<String> = None;
    for (i, segment) in segments.iter().enumerate() {
        let Segment::Speech {
            text: said, close, ..
        } = segment
        else {
            continue;
        };
        let before = match i.checked_sub(1).map(|j| &segments[j]) {
            Some(Segment::Narration(n)) => Some(*n),
            _ => None,
        };
        let after = match segments.get(i + 1) {
            Some(Segment::Narration(n)) => Some(*n),
            _ => None,
        };
        if is_mention(said, close.is_some(), before) && !attributed_after(after) {
            continue;
        }
        match attribution(before, after, cast) {
            Said::By(who) => match &found {
                Some(earlier) if *earlier != who => return None,
                _ => found = Some(who),
            },
            Said::Same => {}
            Said::Unknown => return None,
        }
    }
    found
}

/// A short quotation that holds no sentence ("him", "Bliss Place,"), or
/// that a plain word leads into (`the "Pissed Place."`), is a phrase held
/// up, not speech.
fn is_mention(said: &str, closed: bool, before: Option<&str>) -> bool {
    let said = said.trim();
    let short = closed && said.split_whitespace().count() <= 3;
    let lead = before.map(str::trim_end).unwrap_or("");
    let led_by_word = lead.ends_with(|c: char| c.is_alphanumeric())
        && !lead.rsplit(' ').next().is_some_and(is_speech_verb);
    short && (!said.ends_with(['.', '!', '?', '…', '-']) || led_by_word)
}

/// Whether the narration after a quotation opens with its attribution
/// (`"You're early," Kakashi said`, `"No," she whispered`, `…" said Ino`).
fn attributed_after(after: Option<&str>) -> bool {
    let mut words = words(after.unwrap_or(""));
    match (words.next(), words.next()) {
        (Some(verb), _) if is_speech_verb(verb) => true,
        (Some(who), Some(verb)) => {
            let named = who.starts_with(char::is_uppercase) || PRONOUNS.contains(&who);
            named && is_speech_verb(verb)
        }
        _ => false,
    }
}

/// Who a quotation is given to by the narration around it.
#[derive(Debug, PartialEq)]
enum Said {
    By(String),
    /// A pronoun carries on whoever was speaking.
    Same,
    Unknown,
}

/// The clause that leads into the quotation ("Sakura whispered,"), or a
/// sentence before it whose subject speaks ("Sakura said."), or the
/// sentence after it, whose subject is taken as the speaker.
fn attribution(before: Option<&str>, after: Option<&str>, cast: &Cast) -> Said {
    if let Some(before) = before.filter(|b| !b.trim().is_empty()) {
        let trimmed = before.trim_end();
        let sentence = last_sentence(trimmed);
        let leads_in = !trimmed.ends_with(['.', '!', '?', '…']);
        match subject(sentence, cast) {
            Said::By(who) if leads_in || speaks_early(sentence) => return Said::By(who),
            Said::Same => return Said::Same,
            Said::Unknown if leads_in => return Said::Unknown,
            _ => {}
        }
    }
    // With nothing before it, a quotation belongs to the subject of the
    // sentence after it ("…" Sasuke's eyes flashed is not Sasuke's, but
    // "…" Naruto stood over me is); otherwise that sentence must say so.
    let opens = before.is_none_or(|b| b.trim().is_empty());
    let sentence = first_sentence(after.unwrap_or("")).trim_start();
    let mut words = words(sentence);
    match (words.next(), words.next()) {
        (Some(verb), Some(_)) if is_speech_verb(verb) => subject(&sentence[verb.len()..], cast),
        _ if opens || speaks_early(sentence) => subject(sentence, cast),
        _ => Said::Unknown,
    }
}

/// Whether a verb of speech comes within the first words of a sentence.
fn speaks_early(sentence: &str) -> bool {
    words(sentence).take(4).any(is_speech_verb)
}

fn last_sentence(text: &str) -> &str {
    let body = text.trim_end().trim_end_matches(['.', '!', '?', '…']);
    match body.char_indices().rev().find(|(_, c)| ".!?…".contains(*c)) {
        Some((i, c)) => &body[i + c.len_utf8()..],
        None => body,
    }
}

fn first_sentence(text: &str) -> &str {
    match text.find(['.', '!', '?', '…']) {
        Some(i) => &text[..i],
        None => text,
    }
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word.to_lowercase().as_str())
}

/// Whom a sentence is about: the name it opens with, or a pronoun.
fn subject(sentence: &str, cast: &Cast) -> Said {
    let sentence = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some(word) = words(sentence).next() else {
        return Said::Unknown;
    };
    if sentence[word.len()..].starts_with(['\'', '’']) {
        // "Naruto's eyes were wide": the subject is not Naruto.
        return Said::Unknown;
    }
    let named = cast
        .characters
        .iter()
        .find(|(_, spellings)| spellings.iter().any(|s| s == word))
        .map(|(name, _)| name.clone());
    match (named, word) {
        (Some(who), _) => Said::By(who),
        (None, "I") => cast.narrator.clone().map_or(Said::Same, Said::By),
        (None, w) if PRONOUNS.contains(&w.to_lowercase().as_str()) => Said::Same,
        _ => Said::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cast() -> Cast {
        let names = [
            ("Sakura", "Sakura"),
            ("Sasuke", "Sasuke"),
            ("Jiraiya", "Jiraya"),
        ];
        Cast {
            characters: names
                .iter()
                .map(|(n, s)| (n.to_string(), vec![s.to_string(), n.to_string()]))
                .collect(),
            narrator: Some("Sakura".into()),
        }
    }

    /// The text a reader sees without spacing and quotation marks; cleaning
    /// must never change it.
    fn letters(text: &str) -> String {
        text.chars()
            .filter(|c| !c.is_whitespace() && *c != '"')
            .collect()
    }

    #[test]
    fn quotes_glued_to_the_wrong_word_are_respaced() {
        let raw =
            "him to go.\" Sasuke! Please don't go!\" Sakura cried. He spoke,\" Sakura, no. \"";
        let cleaned = clean(raw, true);
        assert_eq!(
            cleaned,
            "him to go. \"Sasuke! Please don't go!\" Sakura cried. He spoke, \"Sakura, no.\""
        );
        assert_eq!(letters(&cleaned), letters(raw));
    }

    #[test]
    fn curly_quotes_are_speech_too() {
        let raw = "She said, “ Go home.”He left.";
        assert_eq!(clean(raw, true), "She said, “Go home.” He left.");
        assert_eq!(
            segments("a “b” c")[1],
            Segment::Speech {
                open: "“",
                text: "b",
                close: Some("”")
            }
        );
    }

    #[test]
    fn a_quotation_left_open_is_closed_only_when_asked() {
        let raw = "She whimpered, \"I just wanted to help him.";
        assert!(ends_inside_speech(raw));
        assert_eq!(clean(raw, false), raw);
        assert_eq!(
            clean(raw, true),
            "She whimpered, \"I just wanted to help him.\""
        );
    }

    #[test]
    fn the_clause_leading_into_speech_names_the_speaker() {
        let text = "Sakura smiled truly and whispered, \"Because I love you.\"";
        assert_eq!(speaker(text, &cast()).as_deref(), Some("Sakura"));
        let spelled = "Jiraya smiled, \"I assume that you assume.\"";
        assert_eq!(speaker(spelled, &cast()).as_deref(), Some("Jiraiya"));
        let first_person = "\"Naruto\", I whispered, \"take me home.\"";
        assert_eq!(speaker(first_person, &cast()).as_deref(), Some("Sakura"));
    }

    #[test]
    fn unclear_or_mixed_attribution_tags_no_one() {
        let two = "Sakura cried, \"Stay!\" Sasuke spoke, \"No.\"";
        assert_eq!(speaker(two, &cast()), None);
        // The sentence before is about Sakura, but nothing says she speaks.
        let unclear = "I tried to crawl away from him. \"Sakura… I love you.\"";
        assert_eq!(speaker(unclear, &cast()), None);
        let other = "Sakura cried, \"Stay!\" Then the great pervert sighed, \"No.\"";
        assert_eq!(speaker(other, &cast()), None);
        let scare = "He said \"him\". Sakura knew.";
        assert_eq!(speaker(scare, &cast()), None);
        let mention = "Now it is the \"Pissed Place.\" Sakura cried into her arms.";
        assert_eq!(speaker(mention, &cast()), None);
        // Sasuke is named, but as the one looked for, not the one speaking.
        let object = "He ran to find Sasuke, \"BRAT WHERE ARE YOU?!\"";
        assert_eq!(speaker(object, &cast()), None);
    }

    #[test]
    fn the_subject_of_the_sentence_after_a_quote_is_its_speaker() {
        let text = "\"Please take me with you!\" Sakura cried as she ran.";
        assert_eq!(speaker(text, &cast()).as_deref(), Some("Sakura"));
        let asked = "\"What's wrong?\" Questioned Sasuke.";
        assert_eq!(speaker(asked, &cast()).as_deref(), Some("Sasuke"));
        let possessive = "\"I was wrong.\" Sasuke's eyes were wide.";
        assert_eq!(speaker(possessive, &cast()), None);
        let beat = "Sakura looked at him. \"Coming?\" Sakura jumped up and followed.";
        assert_eq!(speaker(beat, &cast()), None);
    }

    #[test]
    fn a_short_line_with_its_attribution_after_it_is_speech() {
        let text = "\"You're early,\" Sakura said from the branch.";
        assert_eq!(speaker(text, &cast()).as_deref(), Some("Sakura"));
        let scare = "He said \"him\". Sakura knew.";
        assert_eq!(speaker(scare, &cast()), None);
    }

    #[test]
    fn a_pronoun_carries_the_speaker_on() {
        let text =
            "Sasuke turns around, \"Even after all this…\" he paused. \"You're still annoying.\"";
        assert_eq!(speaker(text, &cast()).as_deref(), Some("Sasuke"));
    }
}
