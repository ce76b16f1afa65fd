//! Anchors: the quoted phrases that fix each end of a passage in a seed.
//! An anchor must occur exactly once in its seed; the passage is the run
//! of whole paragraphs from the one holding the first anchor to the one
//! holding the last.

use super::error::{ConvertError, Place};
use super::prose::Seed;
use std::ops::RangeInclusive;

/// The seed text a passage's anchors are looked up in, and where its map
/// entry stands, for messages.
pub struct Lookup<'a> {
    pub seed: &'a Seed,
    /// The place in the map each anchor is written at.
    pub map_place: &'a dyn Fn(&str) -> Place,
}

/// The byte offset at which `anchor` occurs in the seed, if exactly once.
pub fn find_once(look: &Lookup, anchor: &str) -> Result<usize, ConvertError> {
    let text = &look.seed.text;
    let hits: Vec<usize> = if anchor.is_empty() {
        Vec::new()
    } else {
        text.match_indices(anchor).map(|(i, _)| i).collect()
    };
    match hits.as_slice() {
        [one] => Ok(*one),
        [] => Err(ConvertError::AnchorMissing {
            map: (look.map_place)(anchor),
            seed: look.seed.name.clone(),
            anchor: anchor.to_string(),
            nearest: nearest(look.seed, anchor),
        }),
        many => Err(ConvertError::AnchorAmbiguous {
            map: (look.map_place)(anchor),
            anchor: anchor.to_string(),
            places: many
                .iter()
                .map(|&i| Place::at(&look.seed.name, text, i))
                .collect(),
        }),
    }
}

/// The longest beginning of `anchor` that the seed holds, and where: a
/// typo in an anchor is then easy to find.
fn nearest(seed: &Seed, anchor: &str) -> Option<Box<(String, Place)>> {
    let ends: Vec<usize> = anchor.char_indices().map(|(i, _)| i).skip(1).collect();
    ends.iter()
        .rev()
        .find_map(|&end| {
            let prefix = &anchor[..end];
            let at = seed.text.find(prefix)?;
            (prefix.chars().count() >= 4)
                .then(|| (prefix.to_string(), Place::at(&seed.name, &seed.text, at)))
        })
        .map(Box::new)
}

/// The paragraphs (indices into `seed.paragraphs`) from the one holding
/// `from` through the one holding `to` (or just the first when `to` is
/// absent).
pub fn passage(
    look: &Lookup,
    from: &str,
    to: Option<&str>,
) -> Result<RangeInclusive<usize>, ConvertError> {
    let start = find_once(look, from)?;
    let first = paragraph_at(look, from, start)?;
    let last = match to {
        Some(to) => {
            let at = find_once(look, to)?;
            let last = paragraph_at(look, to, at + to.len().saturating_sub(1))?;
            if last < first {
                return Err(ConvertError::AnchorsReversed {
                    map: (look.map_place)(to),
                    start: Place::at(&look.seed.name, &look.seed.text, start),
                    end: Place::at(&look.seed.name, &look.seed.text, at),
                });
            }
            last
        }
        None => first,
    };
    Ok(first..=last)
}

/// The index of the story paragraph holding byte `offset`.
fn paragraph_at(look: &Lookup, anchor: &str, offset: usize) -> Result<usize, ConvertError> {
    let seed = look.seed;
    let index = seed
        .paragraphs
        .iter()
        .position(|p| p.start <= offset && offset < p.end.max(p.start + 1));
    let place = || Place::at(&seed.name, &seed.text, offset);
    match index {
        Some(i) => match seed.paragraphs[i].kind.why_not_story() {
            None => Ok(i),
            Some(why) => Err(ConvertError::AnchorNotStory {
                map: (look.map_place)(anchor),
                anchor: anchor.to_string(),
                seed: place(),
                why,
            }),
        },
        None => Err(ConvertError::AnchorNotStory {
            map: (look.map_place)(anchor),
            anchor: anchor.to_string(),
            seed: place(),
            why: "a blank line",
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::dialogue::Cast;
    use crate::convert::prose::parse_seed;

    const TEXT: &str = "She waited.\n\nHe came. He left.\n\nHe left again.\n\nA/N: review!\n";

    fn at_map(_: &str) -> Place {
        Place {
            file: "m.ron".into(),
            line: 7,
            col: 3,
        }
    }

    fn with_seed<T>(f: impl FnOnce(&Lookup) -> T) -> T {
        let seed = parse_seed("s.txt", TEXT, &Cast::default());
        f(&Lookup {
            seed: &seed,
            map_place: &at_map,
        })
    }

    #[test]
    fn a_passage_is_the_whole_paragraphs_between_its_anchors() {
        let range = with_seed(|l| passage(l, "waited", Some("He came.")));
        assert_eq!(range.expect("found"), 0..=1);
        let one = with_seed(|l| passage(l, "again", None));
        assert_eq!(one.expect("found"), 2..=2);
    }

    #[test]
    fn an_anchor_found_twice_names_both_places() {
        let err = with_seed(|l| passage(l, "He left", None)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "m.ron:7:3: anchor \"He left\" matches 2 times, at s.txt:3:10, s.txt:5:1; it must match once"
        );
    }

    #[test]
    fn an_anchor_not_found_points_at_its_longest_found_beginning() {
        let err = with_seed(|l| passage(l, "He came back", None)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "m.ron:7:3: anchor \"He came back\" is not in s.txt (its longest beginning found, \"He came\", is at s.txt:3:1)"
        );
    }

    #[test]
    fn anchors_in_notes_or_out_of_order_are_refused() {
        let note = with_seed(|l| passage(l, "review", None)).unwrap_err();
        assert!(note.to_string().contains("author's note"), "{note}");
        let reversed = with_seed(|l| passage(l, "again", Some("waited"))).unwrap_err();
        assert!(matches!(reversed, ConvertError::AnchorsReversed { .. }));
    }
}
