//! The map's editorial operations applied to one passage: copy-edits
//! (`Fix`), cuts (`Cut`) and recasting (`Recast`), each counted in words so
//! that the report can say how much of the story is the seeds' own.
//!
//! Invariant: an edit changes only what it names. A `Fix` or `Cut` whose
//! text is not in the passage, or is there more than once, is refused
//! rather than guessed at.

use super::map::{Edit, Person};
use super::recast::{self, Voice};

/// One line of a passage as it will be emitted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PassageLine {
    pub text: String,
    /// The seed paragraph it comes from (its tags and place).
    pub paragraph: usize,
    /// A line of a song: quoted material, never recast.
    pub lyric: bool,
}

/// What an edit did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// Seed words replaced by other words.
    pub changed: usize,
    /// Seed words removed.
    pub cut: usize,
    /// The paragraph where the edit's text was found (the first one a
    /// recast changed), and the text, to place it in the seed.
    pub found: Option<(usize, String)>,
}

/// Why an edit could not be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The text is not in the passage.
    Missing(String),
    /// The text is in the passage this many times, in these paragraphs.
    Many(String, Vec<usize>),
}

/// Applies one edit to the passage's lines. `voice` is the narrator of a
/// `Recast` (pronouns already settled).
pub fn apply(
    lines: &mut Vec<PassageLine>,
    edit: &Edit,
    voice: Option<&Voice>,
) -> Result<Applied, Failure> {
    match edit {
        Edit::Fix { from, to } => fix(lines, from, to),
        Edit::Cut { from, to } => cut(lines, from, to.as_deref()),
        Edit::Recast { to, .. } => Ok(recast_all(lines, *to, voice)),
    }
}

fn fix(lines: &mut [PassageLine], from: &str, to: &str) -> Result<Applied, Failure> {
    let from = collapse(from);
    let (line, at) = find_once(lines, &from, 0, 0)?;
    let text = &mut lines[line].text;
    text.replace_range(at..at + from.len(), to);
    Ok(Applied {
        changed: words_changed(&from, to),
        cut: 0,
        found: Some((lines[line].paragraph, from)),
    })
}

fn cut(lines: &mut Vec<PassageLine>, from: &str, to: Option<&str>) -> Result<Applied, Failure> {
    let from = collapse(from);
    let (first, start) = find_once(lines, &from, 0, 0)?;
    let (last, end) = match to {
        None => (first, start + from.len()),
        Some(to) => {
            let to = collapse(to);
            let (line, at) = find_once(lines, &to, first, start + from.len())?;
            (line, at + to.len())
        }
    };
    let found = Some((lines[first].paragraph, from));
    let mut removed = 0;
    if first == last {
        let text = &lines[first].text;
        removed += text[start..end].split_whitespace().count();
        lines[first].text = join(&text[..start], &text[end..]);
    } else {
        removed += lines[first].text[start..].split_whitespace().count();
        removed += lines[last].text[..end].split_whitespace().count();
        for between in &lines[first + 1..last] {
            removed += between.text.split_whitespace().count();
        }
        let head = lines[first].text[..start].trim_end().to_string();
        let tail = join("", &lines[last].text[end..]);
        lines[first].text = head;
        lines[last].text = tail;
        lines.drain(first + 1..last);
    }
    lines.retain(|l| !l.text.trim().is_empty());
    Ok(Applied {
        changed: 0,
        cut: removed,
        found,
    })
}

fn recast_all(lines: &mut [PassageLine], to: Person, voice: Option<&Voice>) -> Applied {
    let mut applied = Applied::default();
    let Some(voice) = voice else {
        return applied;
    };
    let mut named = false;
    for line in lines.iter_mut().filter(|l| !l.lyric) {
        let (text, changed) = recast::recast(&line.text, to, voice, &mut named);
        if changed > 0 && applied.found.is_none() {
            applied.found = Some((line.paragraph, String::new()));
        }
        applied.changed += changed;
        line.text = text;
    }
    applied
}

/// The one place `needle` occurs in the lines, looking from byte `at` of
/// line `line` on.
fn find_once(
    lines: &[PassageLine],
    needle: &str,
    line: usize,
    at: usize,
) -> Result<(usize, usize), Failure> {
    let mut hits = Vec::new();
    if !needle.is_empty() {
        for (i, l) in lines.iter().enumerate().skip(line) {
            let from = if i == line { at.min(l.text.len()) } else { 0 };
            let Some(rest) = l.text.get(from..) else {
                continue;
            };
            hits.extend(rest.match_indices(needle).map(|(j, _)| (i, from + j)));
        }
    }
    match hits.as_slice() {
        [one] => Ok(*one),
        [] => Err(Failure::Missing(needle.to_string())),
        many => Err(Failure::Many(
            needle.to_string(),
            many.iter().map(|(i, _)| lines[*i].paragraph).collect(),
        )),
    }
}

/// What is left of a line around a cut: one space at the seam, none
/// before punctuation, and a capital when the cut took a sentence's start.
fn join(head: &str, tail: &str) -> String {
    let head = head.trim_end();
    let tail = tail.trim_start();
    let mut out = head.to_string();
    if !head.is_empty()
        && !tail.is_empty()
        && !tail.starts_with([',', '.', ';', ':', '!', '?', '…', ')'])
    {
        out.push(' ');
    }
    let capital = recast::sentence_starts(head);
    let mut chars = tail.chars();
    match chars.next() {
        Some(c) if capital && c.is_lowercase() => out.extend(c.to_uppercase().chain(chars)),
        _ => out.push_str(tail),
    }
    out
}

/// The text with every run of whitespace made one space, as cleaned lines
/// hold it.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How many words a copy-edit changes: the longer side's words less those
/// both sides keep in order.
pub fn words_changed(from: &str, to: &str) -> usize {
    let a: Vec<&str> = from.split_whitespace().collect();
    let b: Vec<&str> = to.split_whitespace().collect();
    let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i][j] = match a[i] == b[j] {
                true => table[i + 1][j + 1] + 1,
                false => table[i + 1][j].max(table[i][j + 1]),
            };
        }
    }
    a.len().max(b.len()) - table[0][0]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passage(texts: &[&str]) -> Vec<PassageLine> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| PassageLine {
                text: t.to_string(),
                paragraph: i,
                lyric: false,
            })
            .collect()
    }

    fn texts(lines: &[PassageLine]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn a_fix_replaces_its_one_occurrence() {
        let mut lines = passage(&["She ran to teh bench.", "He waited."]);
        let fix = Edit::Fix {
            from: "teh".into(),
            to: "the".into(),
        };
        let done = apply(&mut lines, &fix, None).expect("applies");
        assert_eq!(texts(&lines), ["She ran to the bench.", "He waited."]);
        assert_eq!((done.changed, done.cut), (1, 0));
        let again = Edit::Fix {
            from: "e".into(),
            to: "E".into(),
        };
        assert_eq!(
            apply(&mut lines, &again, None),
            Err(Failure::Many("e".into(), vec![0, 0, 0, 1, 1]))
        );
        let missing = Edit::Fix {
            from: "teh".into(),
            to: "the".into(),
        };
        assert_eq!(
            apply(&mut lines, &missing, None),
            Err(Failure::Missing("teh".into()))
        );
    }

    #[test]
    fn a_cut_removes_a_span_and_mends_the_seam() {
        let mut lines = passage(&["Then, she ran. She cried loudly, and he left."]);
        let cut = Edit::Cut {
            from: "Then, ".into(),
            to: None,
        };
        apply(&mut lines, &cut, None).expect("cuts");
        assert_eq!(texts(&lines), ["She ran. She cried loudly, and he left."]);
        let mut lines = passage(&["She ran. She cried loudly, and he left."]);
        let span = Edit::Cut {
            from: " loudly".into(),
            to: Some("and".into()),
        };
        let done = apply(&mut lines, &span, None).expect("cuts");
        assert_eq!(texts(&lines), ["She ran. She cried he left."]);
        assert_eq!(done.cut, 2);
    }

    #[test]
    fn a_cut_may_cross_paragraphs() {
        let mut lines = passage(&["One. Two three.", "Four.", "Five six. Seven."]);
        let cut = Edit::Cut {
            from: "Two".into(),
            to: Some("six.".into()),
        };
        let done = apply(&mut lines, &cut, None).expect("cuts");
        assert_eq!(texts(&lines), ["One.", "Seven."]);
        assert_eq!(done.cut, 5);
    }

    #[test]
    fn words_changed_counts_what_differs() {
        assert_eq!(words_changed("teh cat sat", "the cat sat"), 1);
        assert_eq!(words_changed("I ran", "Sakura ran away"), 2);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        #[test]
        fn any_edit_on_any_passage_applies_or_is_refused_without_panic(
            texts in proptest::collection::vec("[ab .,’é“”\"]{0,12}", 1..4),
            from in "[ab .’é]{0,3}",
            to in proptest::option::of("[ab .’é]{0,3}"),
        ) {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let mut lines = passage(&refs);
            let _ = apply(&mut lines, &Edit::Cut { from: from.clone(), to: to.clone() }, None);
            let mut lines = passage(&refs);
            let _ = apply(&mut lines, &Edit::Fix { from, to: to.unwrap_or_default() }, None);
        }
    }
}
