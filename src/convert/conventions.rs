//! The conventions of fan-fiction texts that are not story: scene
//! separators (`***`, `~*~*~`, `xXxXx`, `-----`, `oOo`), chapter headings
//! ("Chapter Two: The Rain"), point-of-view markers ("Sasuke's POV"),
//! flashback markers (`-Flashback-`, `End of flashback`), author's notes
//! (`A/N`, `(AN: …)`, `**Author's Note**`), disclaimers ("I don't own
//! Naruto") and requests for reviews ("Please R&R!").
//!
//! Each recogniser looks at one line (or one paragraph) and knows nothing
//! of the text around it; `prose` decides where a note ends.

/// What a line that is not story marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Separator,
    Heading,
    Pov,
    FlashbackStart,
    FlashbackEnd,
    /// The start of an author's note.
    Note,
}

/// What a whole line is, when it is one of the conventions.
pub fn marker(line: &str) -> Option<Marker> {
    if is_separator(line) {
        return Some(Marker::Separator);
    }
    // A closing tag, `/Flashback`, `[/flashback]`, `</flashback>`.
    let closing = line.trim_start_matches(['[', '<', '*', '~', '-', ' ']);
    if let Some(tag) = closing.strip_prefix('/')
        && flashback(&undecorated(tag)).is_some()
    {
        return Some(Marker::FlashbackEnd);
    }
    if starts_note(line) {
        return Some(Marker::Note);
    }
    let core = undecorated(line);
    if core.is_empty() || core.split_whitespace().count() > 10 {
        return None;
    }
    flashback(&core)
        .or_else(|| is_pov(&core).then_some(Marker::Pov))
        .or_else(|| is_heading(&core).then_some(Marker::Heading))
        .or_else(|| is_break_word(&core).then_some(Marker::Separator))
}

/// A separator spelled out, where a site stripped the symbols: `LINE
/// BREAK`, `*scene change*`, `~Time skip~`.
fn is_break_word(core: &str) -> bool {
    const WORDS: &[&str] = &[
        "linebreak",
        "pagebreak",
        "scenebreak",
        "scenechange",
        "sceneswitch",
        "break",
        "timeskip",
        "timejump",
    ];
    WORDS.contains(&squash(core).as_str())
}

/// A line of repeated symbols, or of the letters x and o used as symbols
/// (`xXxXx`, `oOo`, `o0o0o`), at least three characters long.
pub fn is_separator(line: &str) -> bool {
    let squashed: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    if squashed.chars().count() < 3 || squashed.contains(['"', '“', '”']) {
        return false;
    }
    if squashed.chars().all(|c| c == '.' || c == '…') {
        // "..." alone is a silence in the story.
        return false;
    }
    let ornamental = |c: char| !c.is_alphanumeric() || "xXoO0".contains(c);
    let letters = squashed.chars().filter(|c| c.is_alphanumeric()).count();
    let only_symbols = letters == 0;
    let xo = squashed.chars().all(ornamental)
        && letters >= 3
        && !squashed.ends_with(['.', '!', '?', ','])
        && alternates(&squashed);
    // A short unit repeated, digits and all (`<3<3<3`, `+1+1+1`).
    let letters_ok = squashed
        .chars()
        .all(|c| !c.is_alphabetic() || "xXoO".contains(c));
    only_symbols || xo || (letters_ok && repeats_unit(&squashed))
}

/// Whether the text is a unit of one to three characters written at least
/// three times over.
fn repeats_unit(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    (1..=3).any(|n| {
        chars.len() >= 3 * n
            && chars.len().is_multiple_of(n)
            && chars.chunks(n).all(|c| c == &chars[..n])
    })
}

/// Whether a run of x/o letters repeats a short pattern, as ornaments do
/// (`xXx`, `oOoOo`, `ooo`), rather than spelling a word.
fn alternates(text: &str) -> bool {
    let letters: Vec<char> = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let all_same = letters.windows(2).all(|w| w[0] == w[1]);
    let period_two = letters.windows(3).all(|w| w[0] == w[2]);
    all_same || period_two
}

/// The line without the ornaments around it: symbols, brackets and x/o
/// runs at either end (`*~Flashback~*`, `-Naruto's P.O.V-`, `xXx End xXx`).
pub fn undecorated(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    let ornament = |w: &&str| is_separator(w) || w.chars().all(|c| !c.is_alphanumeric());
    let start = words
        .iter()
        .position(|w| !ornament(w))
        .unwrap_or(words.len());
    let end = words
        .iter()
        .rposition(|w| !ornament(w))
        .map_or(start, |i| i + 1);
    let kept = words[start..end].join(" ");
    kept.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '.')
        .trim_matches(|c: char| "'’".contains(c))
        .to_string()
}

/// Lower case, letters and digits only.
fn squash(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// `Flashback`, `Flash Back:`, `Start of flashback`, `Flashback: four
/// years ago`; `End flashback`, `End of flashback`, `Flashback end`,
/// `/Flashback`, `Back to the present`.
fn flashback(core: &str) -> Option<Marker> {
    let squashed = squash(core);
    let words = core.split_whitespace().count();
    const ENDS: &[&str] = &[
        "endflashback",
        "endofflashback",
        "endsflashback",
        "flashbackend",
        "flashbackends",
        "flashbackended",
        "flashbackover",
        "endflashbacks",
        "endofflashbacks",
        "backtothepresent",
        "backtopresent",
        "endmemory",
        "endofmemory",
        "outofflashback",
        "presentday",
        "presenttime",
        "backtopresentday",
        "backtothepresentday",
    ];
    const STARTS: &[&str] = &[
        "flashback",
        "flashbacks",
        "startflashback",
        "startofflashback",
        "beginflashback",
        "flashbackstart",
        "flashbackstarts",
        "flashbackbegins",
    ];
    if ENDS.contains(&squashed.as_str()) {
        return Some(Marker::FlashbackEnd);
    }
    if STARTS.contains(&squashed.as_str()) {
        return Some(Marker::FlashbackStart);
    }
    // "Flashback: four years ago", but not a sentence about flashbacks.
    let titled = squashed.starts_with("flashback")
        && core.contains([':', '-', '–', '—'])
        && words <= 6
        && !core.ends_with(['.', '!', '?']);
    titled.then_some(Marker::FlashbackStart)
}

/// `Sasuke's POV`, `Sakura POV`, `P.O.V. Naruto`, `Normal point of view`,
/// `Back to Sakura's POV`: a few words, one of them "POV".
fn is_pov(core: &str) -> bool {
    let lower = core.to_lowercase().replace("point of view", "pov");
    let words: Vec<String> = lower
        .split(|c: char| c.is_whitespace() || "-:()[]|/".contains(c))
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || *c == '\'')
                .collect()
        })
        .filter(|w: &String| !w.is_empty())
        .collect();
    let pov = |w: &String| w == "pov" || w == "povs";
    let dotted = squash(&lower).contains("pov")
        && lower.contains("p.o.v")
        && lower.split_whitespace().count() <= 5;
    (words.iter().any(pov) && words.len() <= 5) || dotted
}

/// `Chapter 2`, `Chapter Two: Title`, `Ch. 3 - Title`, `Part One`,
/// `Prologue`, `Epilogue`, `The End`.
fn is_heading(core: &str) -> bool {
    let lower = core.to_lowercase();
    let squashed = squash(core);
    if ["prologue", "epilogue", "theend", "fin", "end"].contains(&squashed.as_str()) {
        return true;
    }
    let mut words = lower
        .split(|c: char| c.is_whitespace() || ":.-–—".contains(c))
        .filter(|w| !w.is_empty());
    let (Some(head), Some(number)) = (words.next(), words.next()) else {
        return false;
    };
    let headed = [
        "chapter", "ch", "chap", "part", "book", "prologue", "epilogue",
    ]
    .contains(&head);
    // "Part one of the plan failed." is a sentence, not a heading.
    let sentence = core.ends_with(['.', '!', '?']) && core.split_whitespace().count() > 3;
    headed && !sentence && (head.starts_with("pro") || head.starts_with("epi") || is_number(number))
}

fn is_number(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "first",
        "second",
        "third",
        "last",
        "final",
    ];
    let roman = !word.is_empty() && word.chars().all(|c| "ivxlc".contains(c));
    word.chars().all(|c| c.is_ascii_digit()) || WORDS.contains(&word) || roman
}

/// Whether a line opens an author's note: `A/N`, `AN:`, `A.N.`, `(A/N`,
/// `**Author's Note**`, `Authors note:`, `Note from the author`.
pub fn starts_note(line: &str) -> bool {
    let lower = line
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let marked = ["a/n", "a.n.", "a.n:", "a. n.", "a\\n"]
        .iter()
        .any(|m| lower.starts_with(m));
    let an = lower
        .strip_prefix("an")
        .is_some_and(|rest| rest.trim_start().starts_with([':', '-', ')', ']', ';']));
    let headed = lower.starts_with("note:") || lower.starts_with("notes:");
    let author = lower.replace(['\'', '’'], "");
    let named = [
        "authors note",
        "author note",
        "authors notes",
        "authoress note",
        "authoresss note",
        "note from the author",
    ]
    .iter()
    .any(|m| author.starts_with(m));
    marked || an || headed || named
}

/// The inline notes of a paragraph, `(AN: …)`, `(A/N …)`, `[Author's note:
/// …]`, as byte ranges (a note left open runs to the end).
pub fn inline_notes(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut search = 0;
    while let Some(rel) = text[search..].find(['(', '[']) {
        let open = search + rel;
        let mark = &text[open..open + 1];
        let inner = &text[open + 1..];
        if starts_note(inner.trim_start()) {
            let close = if mark == "(" { ')' } else { ']' };
            let end = inner.find(close).map_or(text.len(), |i| open + 1 + i + 1);
            out.push((open, end));
            search = end;
        } else {
            search = open + 1;
        }
    }
    out
}

/// Words and phrases by which an author speaks to readers.
const AUTHOR_CUES: &[&str] = &[
    "a/n",
    "author",
    "review",
    "r&r",
    "r & r",
    "reader",
    "chapter",
    "fic",
    "story",
    "update",
    "disclaimer",
    "don't own",
    "do not own",
    "dont own",
    "belongs to",
    "kishimoto",
    "lol",
    "enjoy",
    "thanks",
    "thank you",
    "thanx",
    "thx",
    "sorry for",
    "sry",
    "hope you",
    "you guys",
    "let me know",
    "what you think",
    "flame",
    "oneshot",
    "one-shot",
    "one shot",
    "sequel",
    "part two",
    "pairing",
    "ooc",
    "beta",
    "posted",
    "writing",
    "my first",
    "cya",
    "takes place",
    "spoiler",
    "warning",
    "rated",
    ":)",
    ":d",
    "^^",
    "xd",
    "<3",
    "please",
    "dedicated",
    "dedicate",
    "inspired",
    "the song",
    "lyrics",
    "italics",
    "is set",
    "set after",
    "set before",
    "canon",
    "timeline",
    "time skip",
    "shippuden",
    "episode",
    "manga",
    "anime",
    "characters",
    "fandom",
    "crossover",
    "alternate universe",
    "plz",
    "pls",
    "omg",
];

/// Whether a paragraph reads as the author speaking to readers: it holds
/// one of their phrases outside any quotation.
pub fn reads_as_author(text: &str) -> bool {
    let narration = outside_quotes(text).to_lowercase();
    AUTHOR_CUES.iter().any(|cue| narration.contains(cue))
}

/// "I don't own Naruto", "Disclaimer: …", "I own nothing", "Naruto belongs
/// to Masashi Kishimoto".
pub fn is_disclaimer(text: &str) -> bool {
    let narration = outside_quotes(text);
    let lower = narration.to_lowercase().replace('’', "'");
    if lower.split_whitespace().count() > 60 {
        return false;
    }
    let starts = lower
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with("disclaimer");
    let owns = [
        "i own nothing",
        "i don't own anything",
        "i do not own anything",
        "kishimoto",
        "characters belong",
        "characters are not mine",
        "characters aren't mine",
        "not mine, they belong",
    ]
    .iter()
    .any(|p| lower.contains(p));
    // "I don't own Naruto", "I do not own Harry Potter": a name after it.
    let plain = narration.replace('’', "'");
    let folded = plain.to_ascii_lowercase();
    let named = ["don't own ", "do not own ", "dont own "].iter().any(|p| {
        folded.find(p).is_some_and(|i| {
            let after = plain.get(i + p.len()..).unwrap_or("");
            after.starts_with(char::is_uppercase)
                || after.starts_with("any")
                || after.starts_with("the characters")
        })
    });
    starts || owns || named
}

/// "Please R&R!", "Review please", "Read and review", "Leave a review".
pub fn is_review_request(text: &str) -> bool {
    let lower = outside_quotes(text).to_lowercase();
    if lower.split_whitespace().count() > 40 {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '&')
        .filter(|w| !w.is_empty())
        .collect();
    let review = words.iter().any(|w| *w == "review" || *w == "reviews");
    review || lower.contains("r&r") || lower.contains("r & r")
}

/// The text with its double-quoted speech taken out.
fn outside_quotes(text: &str) -> String {
    super::dialogue::segments(text)
        .into_iter()
        .filter_map(|s| match s {
            super::dialogue::Segment::Narration(n) => Some(n),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_repeated_symbols_or_ornamental_x_and_o() {
        for line in [
            "***", "* * *", "~*~*~*~", "xXxXxXx", "-----", "ooo", "oOo", "OoOoO", "o0o0o", "=====",
            "~~~", "#####", "+~+~+", "x-x-x", "_______",
        ] {
            assert!(is_separator(line), "{line}");
        }
        for line in [
            "...", "…", "Ooo.", "xox is", "Oh", "\"***\"", "Sakura", "oxo ox",
        ] {
            assert!(!is_separator(line), "{line}");
        }
    }

    #[test]
    fn markers_are_told_by_their_words_whatever_the_ornaments() {
        use Marker::*;
        let cases = [
            ("Chapter 2", Heading),
            ("Chapter Two: The Rain", Heading),
            ("Ch. 3 - Home", Heading),
            ("~Prologue~", Heading),
            ("THE END", Heading),
            ("Sasuke's POV", Pov),
            ("Sakura POV", Pov),
            ("-Naruto's P.O.V-", Pov),
            ("*~Normal point of view~*", Pov),
            ("-Flashback-", FlashbackStart),
            ("*Flashback*", FlashbackStart),
            ("Flash Back:", FlashbackStart),
            ("xXx Flashback: four years ago xXx", FlashbackStart),
            ("-End Flashback-", FlashbackEnd),
            ("End of flashback", FlashbackEnd),
            ("~Flashback End~", FlashbackEnd),
            ("End of Flash Back:", FlashbackEnd),
            ("**Author's Note**", Note),
            ("(AN: sorry!)", Note),
            ("A/N: thanks", Note),
            ("AN- hi", Note),
            ("~Sakura's Point of View~", Pov),
            ("*Sasuke POV*", Pov),
            ("POV: Naruto", Pov),
            ("[Hinata's POV]", Pov),
            ("Sakura's P.O.V.", Pov),
            ("CHAPTER ONE", Heading),
            ("Chapter 12 - The End", Heading),
            ("Ch 5", Heading),
            ("FLASHBACK", FlashbackStart),
            ("*~*Flashback*~*", FlashbackStart),
            ("-Flashback Over-", FlashbackEnd),
            ("/Flashback", FlashbackEnd),
            ("[/flashback]", FlashbackEnd),
            ("*End of Flashback*", FlashbackEnd),
            ("Out of flashback", FlashbackEnd),
            ("LINE BREAK", Separator),
            ("*scene change*", Separator),
            ("~Time skip~", Separator),
            ("<3<3<3", Separator),
            ("-x-x-x-", Separator),
            ("XOXOXO", Separator),
            ("Authoress Note: hi", Note),
            ("*A/N*", Note),
            ("~A/N~ thanks", Note),
        ];
        for (line, want) in cases {
            assert_eq!(marker(line), Some(want), "{line}");
        }
        for line in [
            "Part of me wanted to stay.",
            "Part one of the plan failed.",
            "Chapter and verse, he said.",
            "An old man walked by.",
            "Flashbacks haunted her every night.",
            "She ended the flashback.",
            "The end of the road was near.",
            "Break it, she said.",
            "Time skipped on.",
            "An answer came.",
        ] {
            assert_eq!(marker(line), None, "{line}");
        }
    }

    #[test]
    fn inline_notes_are_found_in_a_paragraph() {
        let text = "She ran (AN: fast, lol) home [A/N yes] and (not a note) on (A/N: open";
        let notes: Vec<&str> = inline_notes(text)
            .iter()
            .map(|&(a, b)| &text[a..b])
            .collect();
        assert_eq!(notes, ["(AN: fast, lol)", "[A/N yes]", "(A/N: open"]);
    }

    #[test]
    fn disclaimers_and_review_requests_are_recognised() {
        assert!(is_disclaimer("I don't own Naruto."));
        assert!(is_disclaimer("Disclaimer: nope."));
        assert!(is_disclaimer(
            "Naruto belongs to Masashi Kishimoto, not me!"
        ));
        assert!(!is_disclaimer("I don't own a car, she thought."));
        assert!(is_disclaimer(
            "I do not own Naruto or any of its characters."
        ));
        assert!(is_disclaimer("The characters belong to Masashi Kishimoto."));
        assert!(is_review_request("Read & Review!"));
        assert!(is_review_request("Reviews are love <3"));
        assert!(is_review_request("Please R&R!"));
        assert!(is_review_request("review please :)"));
        assert!(!is_review_request("Tsunade reviewed the report."));
        assert!(!is_review_request(
            "\"Review the scroll,\" Kakashi said, and she did."
        ));
    }
}
