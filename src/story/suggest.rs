//! "Did you mean": the known name closest to one that was not found, for
//! the help of a diagnostic or an error (`-> aley` for `alley`).

/// The candidate closest to `name` by edit distance (Damerau–Levenshtein,
/// so a swapped pair of letters counts once), if one is close enough to be
/// a likely typo: at most one edit per three characters, and at least one.
/// Ties go to the candidate that sorts first, so the answer is the same on
/// every run.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let length = name.chars().count();
    let most = most_edits(length);
    // No edit distance is below the difference in length: most candidates
    // of a large story are ruled out without computing one (a story with
    // hundreds of unknown names asks this once for each, over thousands
    // of candidates).
    candidates
        .into_iter()
        .filter(|c| *c != name && c.chars().count().abs_diff(length) <= most)
        .map(|c| (strsim::damerau_levenshtein(name, c), c))
        .filter(|(d, _)| *d <= most)
        .min()
        .map(|(_, c)| c)
}

/// How many edits a name of `length` chars may be from a candidate that
/// [`closest`] offers for it: one per three chars, and at least one. No
/// candidate further than this in length is ever offered.
pub fn most_edits(length: usize) -> usize {
    (length / 3).max(1)
}

/// `did you mean `alley`?` for the closest candidate, if any.
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    closest(name, candidates).map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_finds_the_name_it_was_meant_to_be() {
        assert_eq!(closest("aley", ["tower", "alley", "shore"]), Some("alley"));
        assert_eq!(closest("coinz", ["coins", "courage"]), Some("coins"));
        assert_eq!(closest("towre", ["tower"]), Some("tower"));
    }

    #[test]
    fn nothing_close_is_no_suggestion() {
        assert_eq!(closest("nowhere", ["tower", "alley", "shore"]), None);
        assert_eq!(closest("x", []), None);
    }

    #[test]
    fn ties_go_to_the_first_in_sort_order() {
        assert_eq!(closest("cat", ["hat", "bat"]), Some("bat"));
    }
}
