//! Recasting narration into another grammatical person: a first-person
//! passage ("I stood up") told in the third person ("Sakura stood up. She
//! walked…"), or the reverse.
//!
//! Invariant: only narration changes. Quotations (straight and curly
//! double quotes, curly single quotes, and straight single quotes that open
//! after a space and close before one) are copied as they are, so that
//! what a character says is never rewritten.
//!
//! What changes, first to third: `I`, `me`, `my`, `mine`, `myself` and
//! `I'm`, `I'd`, `I'll`, `I've`, and the verb right after `I` where its form
//! depends on the person (`am`, `have`, `do`, their negatives, and the
//! common present-tense verbs in [`PRESENT`]); the first `I`, `me`, `my` or
//! `mine` of the passage becomes the narrator's name, so the reader knows
//! whose voice it is. Third to first is the reverse for the narrator's
//! name and pronouns. Everything else, fix with a `Fix` after the `Recast`.

use super::dialogue::{self, Segment};
use super::map::{Person, Pronouns};
use std::collections::HashMap;

/// Whom the narration is about.
#[derive(Clone, Debug)]
pub struct Voice {
    pub name: String,
    pub pronouns: Pronouns,
}

/// Common verbs whose present tense takes `-s` after he or she.
pub const PRESENT: &[&str] = &[
    "believe",
    "come",
    "cry",
    "feel",
    "get",
    "go",
    "guess",
    "hate",
    "hear",
    "hope",
    "know",
    "like",
    "look",
    "love",
    "make",
    "mean",
    "miss",
    "need",
    "remember",
    "run",
    "say",
    "see",
    "sit",
    "smile",
    "stand",
    "swear",
    "take",
    "tell",
    "think",
    "try",
    "turn",
    "understand",
    "wait",
    "walk",
    "want",
    "watch",
    "wish",
    "wonder",
];

/// Auxiliaries that, standing before "I" ("would I know", "will I
/// have"), carry the tense themselves: the verb after "I" stays.
const AUXILIARIES: &[&str] = &[
    "would",
    "could",
    "should",
    "can",
    "will",
    "shall",
    "might",
    "must",
    "may",
    "did",
    "didn't",
    "won't",
    "wouldn't",
    "couldn't",
    "shouldn't",
    "can't",
    "was",
    "wasn't",
    "had",
    "hadn't",
    "am",
    "do",
    "don't",
    "have",
    "haven't",
];

/// Words that may stand between a subject and its verb ("I really want").
const ADVERBS: &[&str] = &[
    "just", "still", "never", "always", "also", "even", "only", "already", "often", "then",
];

/// Words after which "her" is an object ("to her", "her and") rather than a
/// possessive ("her bag").
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "again", "against", "along", "an", "and", "around", "as", "at", "away",
    "back", "before", "behind", "but", "by", "down", "for", "from", "he", "her", "him", "i", "if",
    "in", "into", "is", "it", "like", "near", "nor", "of", "off", "on", "once", "or", "out",
    "over", "she", "so", "that", "the", "then", "there", "they", "this", "though", "through", "to",
    "too", "toward", "towards", "up", "was", "we", "when", "while", "who", "with", "without",
    "you",
];

/// The paragraph recast; `named` says whether the narrator has been named
/// yet in this passage (and is set once they are). Returns the new text and
/// the number of words changed.
pub fn recast(text: &str, to: Person, voice: &Voice, named: &mut bool) -> (String, usize) {
    let mut out = String::with_capacity(text.len() + 16);
    let mut changed = 0;
    let curly = text.contains('’') && !text.contains('\'');
    for (piece, quoted) in pieces(text) {
        if quoted {
            out.push_str(piece);
            continue;
        }
        let tokens = tokenize(piece);
        let mut pending: HashMap<usize, String> = HashMap::new();
        for (i, token) in tokens.iter().enumerate() {
            let Token::Word(word) = token else {
                out.push_str(token.text());
                continue;
            };
            let replaced = match pending.remove(&i) {
                Some(verb) => Some(verb),
                None => {
                    let cx = Context {
                        tokens: &tokens,
                        at: i,
                        voice,
                    };
                    match to {
                        Person::Third => cx.to_third(word, named, &mut pending),
                        Person::First => cx.to_first(word, &out, &mut pending),
                    }
                }
            };
            match replaced {
                Some(new) => {
                    changed += 1;
                    let by_place =
                        is_i_form(word) || normal(word).starts_with(&voice.name.to_lowercase());
                    let capital = match by_place {
                        true => sentence_starts(&out),
                        false => word.starts_with(char::is_uppercase),
                    };
                    // The author's apostrophes: curly stays curly.
                    let new = match curly {
                        true => new.replace('\'', "’"),
                        false => new,
                    };
                    out.push_str(&capitalised(&new, capital));
                }
                None => out.push_str(word),
            }
        }
    }
    (out, changed)
}

/// How many of a paragraph's narration words are first-person singular
/// and how many are third-person singular pronouns: the lint's measure of
/// point of view.
pub fn person_counts(text: &str) -> (usize, usize) {
    let (mut first, mut third) = (0, 0);
    for (piece, quoted) in pieces(text) {
        if quoted {
            continue;
        }
        for token in tokenize(piece) {
            if let Token::Word(w) = token {
                let w = normal(&w);
                if FIRST.iter().any(|f| *f == w) {
                    first += 1;
                } else if THIRD.iter().any(|t| *t == w) {
                    third += 1;
                }
            }
        }
    }
    (first, third)
}

/// The person a paragraph's narration is told in, when it is clear: first
/// when "I" and its forms are there (twice, or once with no "she" or
/// "he"), third when they are absent and "she" or "he" is there.
pub fn person_of(text: &str) -> Option<Person> {
    let (first, third) = person_counts(text);
    if (first >= 2 && first * 3 >= third) || (first == 1 && third == 0) {
        Some(Person::First)
    } else if first == 0 && third >= 1 {
        Some(Person::Third)
    } else {
        None
    }
}

const FIRST: &[&str] = &[
    "i", "me", "my", "mine", "myself", "i'm", "i'd", "i'll", "i've",
];
const THIRD: &[&str] = &[
    "she", "her", "hers", "herself", "he", "him", "his", "himself", "she'd", "he'd", "she's",
    "he's", "she'll", "he'll",
];

/// The narrator's third-person pronouns as the seeds use them: a sentence
/// whose subject is the narrator and that says `herself` or `himself`.
pub fn infer_pronouns<'a>(name: &str, texts: impl Iterator<Item = &'a str>) -> Option<Pronouns> {
    let (mut she, mut he) = (0, 0);
    for text in texts {
        for (piece, quoted) in pieces(text) {
            if quoted {
                continue;
            }
            for sentence in piece.split(['.', '!', '?', '…']) {
                let words: Vec<String> = tokenize(sentence)
                    .into_iter()
                    .filter_map(|t| match t {
                        Token::Word(w) => Some(normal(&w)),
                        Token::Other(_) => None,
                    })
                    .collect();
                if words.first().map(String::as_str) != Some(&name.to_lowercase()) {
                    continue;
                }
                she += words.iter().filter(|w| *w == "herself").count();
                he += words.iter().filter(|w| *w == "himself").count();
            }
        }
    }
    match she.cmp(&he) {
        std::cmp::Ordering::Greater => Some(Pronouns::She),
        std::cmp::Ordering::Less => Some(Pronouns::He),
        std::cmp::Ordering::Equal => None,
    }
}

/// A word and its neighbours.
struct Context<'a> {
    tokens: &'a [Token],
    at: usize,
    voice: &'a Voice,
}

impl Context<'_> {
    fn to_third(
        &self,
        word: &str,
        named: &mut bool,
        pending: &mut HashMap<usize, String>,
    ) -> Option<String> {
        let p = forms(self.voice.pronouns);
        let name = &self.voice.name;
        let lower = normal(word);
        let first_mention = !*named
            && matches!(
                lower.as_str(),
                "i" | "me" | "my" | "mine" | "i'm" | "i'd" | "i'll" | "i've"
            );
        if first_mention {
            *named = true;
        }
        let new = match lower.as_str() {
            "i" if first_mention => name.clone(),
            "me" if first_mention => name.clone(),
            "my" | "mine" if first_mention => format!("{name}'s"),
            // A contraction with a name is written out: "Sakura will".
            "i'm" if first_mention => format!("{name} is"),
            "i'll" if first_mention => format!("{name} will"),
            "i've" if first_mention => format!("{name} has"),
            "i'd" if first_mention => {
                let perfect = self
                    .next_word(self.at)
                    .is_some_and(|(_, w)| is_participle(&w));
                format!("{name} {}", if perfect { "had" } else { "would" })
            }
            "i" => p.subject.to_string(),
            "me" => p.object.to_string(),
            "my" => p.possessive.to_string(),
            "mine" => p.absolute.to_string(),
            "myself" => p.reflexive.to_string(),
            "i'm" => p.subject_is.to_string(),
            "i'd" => format!("{}'d", p.subject),
            "i'll" => format!("{}'ll", p.subject),
            "i've" => p.subject_has.to_string(),
            "we" => "they".to_string(),
            "us" => "them".to_string(),
            "our" => "their".to_string(),
            "ours" => "theirs".to_string(),
            "ourselves" => "themselves".to_string(),
            "we're" => "they're".to_string(),
            "we've" => "they've".to_string(),
            "we'd" => "they'd".to_string(),
            "we'll" => "they'll".to_string(),
            // "Am I floating?": the auxiliary before "I" agrees with "she".
            verb if self
                .next_word(self.at)
                .is_some_and(|(gap, w)| gap == " " && w == "I") =>
            {
                return third_verb(verb, self.voice.pronouns);
            }
            _ => return None,
        };
        let inverted = self
            .previous_word()
            .is_some_and(|w| AUXILIARIES.contains(&w.as_str()));
        if lower == "i" && !inverted {
            self.agree_verb(pending, |verb| third_verb(verb, self.voice.pronouns));
        }
        Some(new)
    }

    fn to_first(
        &self,
        word: &str,
        before: &str,
        pending: &mut HashMap<usize, String>,
    ) -> Option<String> {
        let p = forms(self.voice.pronouns);
        let lower = normal(word);
        let name = self.voice.name.to_lowercase();
        let subject = if lower == name {
            let after_word = self.next_word(self.at).is_some_and(|(_, w)| {
                w.starts_with(char::is_lowercase) && !FUNCTION_WORDS.contains(&w.as_str())
            });
            match after_word && starts_clause(before) {
                true => "I",
                false => "me",
            }
        } else if lower == format!("{name}'s") {
            return Some("my".to_string());
        } else if lower == p.subject {
            "I"
        } else if lower == p.subject_is {
            let perfect = self
                .next_word(self.at)
                .is_some_and(|(_, w)| w == "been" || w == "got" || w.ends_with("ed"));
            return Some(if perfect { "I've" } else { "I'm" }.to_string());
        } else if lower == format!("{}'d", p.subject) {
            return Some("I'd".to_string());
        } else if lower == format!("{}'ll", p.subject) {
            return Some("I'll".to_string());
        } else if lower == p.reflexive {
            return Some("myself".to_string());
        } else if lower == p.absolute && lower != p.possessive {
            return Some("mine".to_string());
        } else if lower == p.object || lower == p.possessive {
            return Some(self.object_or_possessive(&lower, p));
        } else {
            return None;
        };
        if subject == "I" {
            self.agree_verb(pending, |verb| first_verb(verb, self.voice.pronouns));
        }
        Some(subject.to_string())
    }

    /// "her" before a noun is "my"; before a function word or punctuation
    /// it is "me". "his" before punctuation is "mine".
    fn object_or_possessive(&self, lower: &str, p: Forms) -> String {
        let next = self
            .next_word(self.at)
            .filter(|(gap, _)| gap.trim().is_empty());
        let before_noun = next.is_some_and(|(_, w)| !FUNCTION_WORDS.contains(&normal(&w).as_str()));
        match (lower == p.possessive, lower == p.object, before_noun) {
            (true, true, true) | (true, false, true) => "my",
            (true, false, false) => "mine",
            _ => "me",
        }
        .to_string()
    }

    /// Queues the verb after the subject at `self.at` (one adverb may stand
    /// between) to be replaced by `change`, if it changes.
    fn agree_verb(
        &self,
        pending: &mut HashMap<usize, String>,
        change: impl Fn(&str) -> Option<String>,
    ) {
        let Some((gap, word)) = self.next_word(self.at) else {
            return;
        };
        if !gap.trim().is_empty() {
            return;
        }
        let mut at = self.at + 2;
        let mut verb = word;
        if ADVERBS.contains(&verb.as_str()) || (verb.ends_with("ly") && verb.len() > 4) {
            match self.next_word(at) {
                Some((gap, w)) if gap.trim().is_empty() => {
                    at += 2;
                    verb = w;
                }
                _ => return,
            }
        }
        if verb.starts_with(char::is_lowercase)
            && let Some(new) = change(&normal(&verb))
        {
            pending.insert(at, new);
        }
    }

    /// The word before this one, lower case, when only spaces stand
    /// between.
    fn previous_word(&self) -> Option<String> {
        let at = self.at.checked_sub(2)?;
        match (&self.tokens[at], &self.tokens[at + 1]) {
            (Token::Word(w), Token::Other(gap)) if gap.trim().is_empty() => Some(normal(w)),
            _ => None,
        }
    }

    /// The gap and the word after token `i`, if the next token but one is
    /// a word.
    fn next_word(&self, i: usize) -> Option<(String, String)> {
        match (self.tokens.get(i + 1), self.tokens.get(i + 2)) {
            (Some(Token::Other(gap)), Some(Token::Word(w))) => Some((gap.clone(), w.clone())),
            _ => None,
        }
    }
}

/// A pronoun set's forms.
#[derive(Clone, Copy)]
struct Forms {
    subject: &'static str,
    object: &'static str,
    possessive: &'static str,
    absolute: &'static str,
    reflexive: &'static str,
    subject_is: &'static str,
    subject_has: &'static str,
}

fn forms(pronouns: Pronouns) -> Forms {
    match pronouns {
        Pronouns::She => Forms {
            subject: "she",
            object: "her",
            possessive: "her",
            absolute: "hers",
            reflexive: "herself",
            subject_is: "she's",
            subject_has: "she's",
        },
        Pronouns::He => Forms {
            subject: "he",
            object: "him",
            possessive: "his",
            absolute: "his",
            reflexive: "himself",
            subject_is: "he's",
            subject_has: "he's",
        },
        Pronouns::They => Forms {
            subject: "they",
            object: "them",
            possessive: "their",
            absolute: "theirs",
            reflexive: "themselves",
            subject_is: "they're",
            subject_has: "they've",
        },
    }
}

/// The verb after "I" as it reads after the third-person pronoun.
fn third_verb(verb: &str, pronouns: Pronouns) -> Option<String> {
    let singular = pronouns != Pronouns::They;
    let new = match (verb, singular) {
        ("am", true) => "is",
        ("am", false) => "are",
        ("was", false) => "were",
        ("wasn't", false) => "weren't",
        ("have", true) => "has",
        ("haven't", true) => "hasn't",
        ("do", true) => "does",
        ("don't", true) => "doesn't",
        (v, true) if PRESENT.contains(&v) => return Some(with_s(v)),
        _ => return None,
    };
    Some(new.to_string())
}

/// The verb after the third-person subject as it reads after "I".
fn first_verb(verb: &str, pronouns: Pronouns) -> Option<String> {
    let new = match (verb, pronouns == Pronouns::They) {
        ("is", false) | ("are", true) => "am",
        ("isn't", false) | ("aren't", true) => "am not",
        ("were", true) => "was",
        ("weren't", true) => "wasn't",
        ("has", false) => "have",
        ("hasn't", false) => "haven't",
        ("does", false) => "do",
        ("doesn't", false) => "don't",
        (v, false) => {
            return PRESENT
                .iter()
                .find(|p| with_s(p) == v)
                .map(|p| p.to_string());
        }
        _ => return None,
    };
    Some(new.to_string())
}

/// The third-person singular of a regular present-tense verb.
fn with_s(verb: &str) -> String {
    if let Some(stem) = verb.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'o', 'u'])
    {
        return format!("{stem}ies");
    }
    match verb.ends_with("ss") || verb.ends_with("ch") || verb.ends_with("sh") || verb == "go" {
        true => format!("{verb}es"),
        false => format!("{verb}s"),
    }
}

/// Whether a word reads as a past participle ("had gone"), after "I'd".
fn is_participle(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "been", "gone", "done", "seen", "known", "left", "made", "had", "gotten", "got", "taken",
        "given", "come", "become", "felt", "heard", "told", "thought", "found", "never", "always",
        "already", "just",
    ];
    word.ends_with("ed") || IRREGULAR.contains(&word)
}

fn is_i_form(word: &str) -> bool {
    matches!(normal(word).as_str(), "i" | "i'm" | "i'd" | "i'll" | "i've")
}

/// Lower case, with curly apostrophes made straight.
fn normal(word: &str) -> String {
    word.to_lowercase().replace('’', "'")
}

/// `word` with a capital first letter when `capital`; "I" always has one.
fn capitalised(word: &str, capital: bool) -> String {
    let capital = capital || word == "I" || word.starts_with("I'");
    let mut chars = word.chars();
    match (chars.next(), capital) {
        (Some(c), true) => c.to_uppercase().chain(chars).collect(),
        _ => word.to_string(),
    }
}

/// Whether text following `before` starts a sentence: at the start, after
/// `.`, `!`, `?` or `…`, or after a quotation that ended with a full stop
/// (`"No," she said` goes on; `"No." She left` does not).
pub fn sentence_starts(before: &str) -> bool {
    let trimmed = before.trim_end();
    let Some(last) = trimmed.chars().last() else {
        return true;
    };
    if "\"”’')".contains(last) {
        let inner = trimmed[..trimmed.len() - last.len_utf8()].trim_end();
        return inner.is_empty() || inner.ends_with('.');
    }
    ".!?…".contains(last)
}

/// Whether a name here opens a clause ("and Sakura ran"), where it is a
/// subject.
fn starts_clause(before: &str) -> bool {
    let trimmed = before.trim_end();
    sentence_starts(before)
        || trimmed.ends_with([',', ';', ':', '—', '-'])
        || ["and", "but", "then", "so", "as", "when", "while"]
            .iter()
            .any(|w| trimmed.to_lowercase().ends_with(&format!(" {w}")))
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Word(String),
    Other(String),
}

impl Token {
    fn text(&self) -> &str {
        match self {
            Token::Word(s) | Token::Other(s) => s,
        }
    }
}

/// Words (letters, with apostrophes inside: `I'm`) and what is between them.
fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        let word = chars[i].is_alphabetic();
        while i < chars.len() {
            let c = chars[i];
            let inner_apostrophe = word
                && (c == '\'' || c == '’')
                && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
            let same = match word {
                true => c.is_alphabetic() || inner_apostrophe,
                false => !c.is_alphabetic(),
            };
            if !same {
                break;
            }
            i += 1;
        }
        let s: String = chars[start..i].iter().collect();
        out.push(if word {
            Token::Word(s)
        } else {
            Token::Other(s)
        });
    }
    out
}

/// The paragraph cut into narration and quotations (`true`).
fn pieces(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for segment in dialogue::segments(text) {
        let len = match segment {
            Segment::Narration(n) => n.len(),
            Segment::Speech { open, text, close } => {
                open.len() + text.len() + close.map_or(0, str::len)
            }
        };
        let piece = &text[at..at + len];
        match segment {
            Segment::Narration(_) => out.extend(single_quoted(piece)),
            Segment::Speech { .. } => out.push((piece, true)),
        }
        at += len;
    }
    out
}

/// Narration with its single-quoted spans (`‘…’`, or `'…'` opening after a
/// space and closing before a non-letter) set apart as quotations.
fn single_quoted(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut plain_from = 0;
    let mut search = 0;
    while let Some((open, close_at)) = next_single_quote(text, search) {
        if open > plain_from {
            out.push((&text[plain_from..open], false));
        }
        out.push((&text[open..close_at], true));
        plain_from = close_at;
        search = close_at;
    }
    if plain_from < text.len() {
        out.push((&text[plain_from..], false));
    }
    out
}

/// The next single-quoted span at or after `from`: its start and the byte
/// after its closing mark.
fn next_single_quote(text: &str, from: usize) -> Option<(usize, usize)> {
    let mut search = from;
    loop {
        let rel = text[search..].find(['\'', '‘'])?;
        let open = search + rel;
        let mark = text[open..].chars().next()?;
        let before = text[..open].chars().last();
        let after = text[open + mark.len_utf8()..].chars().next();
        let opens = before.is_none_or(|c| c.is_whitespace() || "([—-".contains(c))
            && after.is_some_and(char::is_alphanumeric);
        if opens {
            let body = open + mark.len_utf8();
            let close = match mark {
                '‘' => text[body..].find('’').map(|i| body + i),
                _ => closing_straight(text, body),
            };
            if let Some(close) = close {
                let end = close + text[close..].chars().next()?.len_utf8();
                return Some((open, end));
            }
        }
        search = open + mark.len_utf8();
    }
}

/// A straight `'` after `from` that follows a non-space and comes before a
/// non-letter: the end of a single-quoted span, not an apostrophe.
fn closing_straight(text: &str, from: usize) -> Option<usize> {
    text[from..]
        .match_indices('\'')
        .map(|(i, _)| from + i)
        .find(|&i| {
            let before = text[..i].chars().last();
            let after = text[i + 1..].chars().next();
            before.is_some_and(|c| !c.is_whitespace()) && after.is_none_or(|c| !c.is_alphanumeric())
        })
}
