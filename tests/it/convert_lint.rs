//! `weave convert --check`: each lint on a small map and seed, through the
//! binary. A warning names its place in the map; `--check` writes nothing
//! and exits 1 when there are warnings, 0 when there are none.

use super::support::{stderr, stdout, weave};
use std::path::Path;

/// Writes the seeds and the map into `dir` and runs `weave convert --check`;
/// returns (exit code, stdout, stderr).
fn check(dir: &Path, seeds: &[(&str, &str)], map: &str) -> (Option<i32>, String, String) {
    for (name, text) in seeds {
        std::fs::write(dir.join(name), text).expect("seed");
    }
    std::fs::write(dir.join("m.ron"), map).expect("map");
    let output = weave(dir, dir)
        .args([
            "convert", "--check", "--seeds", ".", "--map", "m.ron", "-o", "out.ron",
        ])
        .output()
        .expect("weave runs");
    assert!(!dir.join("out.ron").exists(), "--check wrote the script");
    (output.status.code(), stdout(&output), stderr(&output))
}

fn map(seeds: &str, moments: &str, extra: &str) -> String {
    format!(
        "Map(\n  title: \"T\",\n  start: \"a\",\n  seeds: [{seeds}],\n  moments: [\n{moments}\n  ],\n{extra})\n"
    )
}

const FIRST: &str = "I ran to the gate. I waited there for him.\n";
const THIRD: &str = "She ran to the gate. She waited there for him.\n";

#[test]
fn a_change_of_point_of_view_between_passages_is_a_warning_until_recast() {
    let dir = tempfile::tempdir().expect("temp dir");
    let seeds = [("first.txt", FIRST), ("third.txt", THIRD)];
    let entries =
        r#"SeedEntry(name: "f", file: "first.txt"), SeedEntry(name: "t", file: "third.txt")"#;
    let moments = r#"    Moment(knot: "a", body: [Seed(seed: "t", from: "She ran")], then: Continue("b")),
    Moment(knot: "b", body: [Seed(seed: "f", from: "I ran")], then: End("e")),"#;
    let (code, shown, err) = check(dir.path(), &seeds, &map(entries, moments, ""));
    assert_eq!(code, Some(1), "{shown}{err}");
    assert_eq!(
        shown,
        "warning: m.ron:7:53: the point of view changes from third person (the passage placed at m.ron:6:53, in a) to first person here, in b; recast one of them (`Recast`)\n"
    );
    assert_eq!(err, "weave: m.ron: 1 convert warning(s)\n");
    let recast = moments.replace(
        r#"from: "I ran")"#,
        r#"from: "I ran", edits: [Recast(to: Third, narrator: "Sakura", pronouns: She)])"#,
    );
    let (code, shown, _) = check(dir.path(), &seeds, &map(entries, &recast, ""));
    assert_eq!((code, shown.as_str()), (Some(0), "m.ron: no warnings\n"));
}

#[test]
fn a_passage_placed_twice_on_one_path_is_a_warning_but_not_in_two_options() {
    let dir = tempfile::tempdir().expect("temp dir");
    let seeds = [("s.txt", "She ran.\n\nShe stopped.\n")];
    let entries = r#"SeedEntry(name: "s", file: "s.txt")"#;
    let twice = r#"    Moment(knot: "a", body: [Seed(seed: "s", from: "She ran.")], then: Continue("b")),
    Moment(knot: "b", body: [Seed(seed: "s", from: "She ran.", to: "She stopped.")], then: End("e")),"#;
    let (code, shown, _) = check(dir.path(), &seeds, &map(entries, twice, ""));
    assert_eq!(code, Some(1));
    assert_eq!(
        shown,
        "warning: m.ron:7:53: this passage is also placed at m.ron:6:53 (in a); a reader can meet it twice\n"
    );
    let options = r#"    Moment(knot: "a", body: [], then: Choices([
        Choice(label: "x", body: [Seed(seed: "s", from: "She ran.")], to: "b"),
        Choice(label: "y", body: [Seed(seed: "s", from: "She ran.")], to: "b"),
    ])),
    Moment(knot: "b", body: [If(cond: "true", then: [Seed(seed: "s", from: "She ran.")]), Seed(seed: "s", from: "She stopped.")], then: End("e")),"#;
    let (code, shown, _) = check(dir.path(), &seeds, &map(entries, options, ""));
    assert_eq!((code, shown.as_str()), (Some(0), "m.ron: no warnings\n"));
}

#[test]
fn a_story_paragraph_the_map_does_not_mention_is_a_warning_until_left_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let seeds = [(
        "s.txt",
        "She ran.\n\nShe stopped at the old gate.\n\nA/N: review!\n",
    )];
    let entries = r#"SeedEntry(name: "s", file: "s.txt")"#;
    let moments =
        r#"    Moment(knot: "a", body: [Seed(seed: "s", from: "She ran.")], then: End("e")),"#;
    let (code, shown, _) = check(dir.path(), &seeds, &map(entries, moments, ""));
    assert_eq!(code, Some(1));
    assert_eq!(
        shown,
        "warning: m.ron:4:39: s.txt:3:1 (6 words, \"She stopped at the old gate.\") is story the map neither uses nor leaves out (`left_out`)\n"
    );
    let left_out = r#"  left_out: [LeftOut(seed: "s", from: "She stopped", why: "a dead end")],
"#;
    let (code, shown, _) = check(dir.path(), &seeds, &map(entries, moments, left_out));
    assert_eq!((code, shown.as_str()), (Some(0), "m.ron: no warnings\n"));
}

#[test]
fn a_flashback_marker_without_its_partner_is_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "She ran.\n\n-Flashback-\n\nShe was six.\n\n\nShe stopped.\n\n-End Flashback-\n\n~Flashback~\n\nHe was nine.\n\nEnd of flashback\n";
    let seeds = [("s.txt", text)];
    let entries = r#"SeedEntry(name: "s", file: "s.txt")"#;
    let moments = r#"    Moment(knot: "a", body: [Seed(seed: "s", from: "She ran.", to: "He was nine.")], then: End("e")),"#;
    let (code, shown, _) = check(dir.path(), &seeds, &map(entries, moments, ""));
    assert_eq!(code, Some(0), "{shown}");
    let unmatched = "She ran.\n\n-Flashback-\n\nShe was six.\n\n\nShe stopped.\n\nEnd of flashback\n\nEnd of flashback\n";
    let (code, shown, _) = check(
        dir.path(),
        &[("s.txt", unmatched)],
        &map(
            entries,
            moments.replace("He was nine.", "She stopped.").as_str(),
            "",
        ),
    );
    assert_eq!(code, Some(1));
    assert_eq!(
        shown,
        "warning: m.ron:4:39: s.txt:12:1: a flashback end marker with no start marker before it\n"
    );
    let open = "She ran.\n\n-Flashback-\n\nShe was six.\n\n\nShe stopped.\n";
    let moments = moments.replace("He was nine.", "She stopped.");
    let (code, shown, _) = check(dir.path(), &[("s.txt", open)], &map(entries, &moments, ""));
    assert_eq!(code, Some(1));
    assert_eq!(
        shown,
        "warning: m.ron:4:39: s.txt:3:1: a flashback start marker with no end marker after it (the flashback runs to the next scene break)\n"
    );
}

#[test]
fn lyrics_placed_without_a_credit_are_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "She sang.\n\n\n\nYou can make it out\n\nYou can live to tell\n\n\n\nShe stopped.\n";
    let seeds = [("s.txt", text)];
    let entries = r#"SeedEntry(name: "s", file: "s.txt")"#;
    let moments = r#"    Moment(knot: "a", body: [Seed(seed: "s", from: "She sang.", to: "She stopped.")], then: End("e")),"#;
    let (code, shown, _) = check(dir.path(), &seeds, &map(entries, moments, ""));
    assert_eq!(code, Some(1));
    assert_eq!(
        shown,
        "warning: m.ron:6:53: quoted material (lyrics) in a without a credit; add `credit: \"…\"` to the Seed or its Moment\n"
    );
    let credited = moments.replace(
        r#"to: "She stopped.")"#,
        r#"to: "She stopped.", credit: "a song by someone")"#,
    );
    let (code, shown, _) = check(dir.path(), &seeds, &map(entries, &credited, ""));
    assert_eq!((code, shown.as_str()), (Some(0), "m.ron: no warnings\n"));
}

#[test]
fn the_report_holds_the_lint() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("s.txt"), "She ran.\n\nShe stopped.\n").expect("seed");
    let text = map(
        r#"SeedEntry(name: "s", file: "s.txt")"#,
        r#"    Moment(knot: "a", body: [Seed(seed: "s", from: "She ran.")], then: End("e")),"#,
        "",
    );
    std::fs::write(dir.path().join("m.ron"), text).expect("map");
    let output = weave(dir.path(), dir.path())
        .args([
            "convert", "--report", "--seeds", ".", "--map", "m.ron", "-o", "out.ron",
        ])
        .output()
        .expect("weave runs");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let shown = stdout(&output);
    assert!(
        shown.contains("lint: 1 warning(s)\nwarning: m.ron:4:39: s.txt:3:1 (2 words, \"She stopped.\") is story the map neither uses nor leaves out (`left_out`)\n"),
        "{shown}"
    );
}

#[test]
fn the_point_of_view_is_checked_along_every_path_through_ifs_and_choices() {
    let dir = tempfile::tempdir().expect("temp dir");
    let seeds = [("first.txt", FIRST), ("third.txt", THIRD)];
    let entries =
        r#"SeedEntry(name: "f", file: "first.txt"), SeedEntry(name: "t", file: "third.txt")"#;
    // On no path does the first-person passage meet a third-person one:
    // it is the other branch of the If, and the choice that shows it ends.
    let apart = r#"    Moment(knot: "a", body: [If(cond: "true", then: [Seed(seed: "t", from: "She ran")], else: [Seed(seed: "f", from: "I ran")])], then: Choices([
        Choice(label: "x", to: "b"),
        Choice(label: "y", to: "c"),
    ])),
    Moment(knot: "b", body: [], then: End("e")),
    Moment(knot: "c", body: [], then: End("f")),"#;
    let (code, shown, _) = check(dir.path(), &seeds, &map(entries, apart, ""));
    assert_eq!((code, shown.as_str()), (Some(0), "m.ron: no warnings\n"));
    // Through an empty moment, into a choice's body: the else branch's
    // first person meets the third person the choice shows.
    let met = r#"    Moment(knot: "a", body: [If(cond: "true", then: [], else: [Seed(seed: "f", from: "I ran")])], then: Continue("b")),
    Moment(knot: "b", body: [], then: Choices([
        Choice(label: "x", body: [Seed(seed: "t", from: "She ran")], to: "c"),
        Choice(label: "y", to: "c"),
    ])),
    Moment(knot: "c", body: [], then: End("e")),"#;
    let (code, shown, _) = check(dir.path(), &seeds, &map(entries, met, ""));
    assert_eq!(code, Some(1));
    assert_eq!(
        shown,
        "warning: m.ron:8:58: the point of view changes from first person (the passage placed at m.ron:6:87, in a) to third person here, in b; recast one of them (`Recast`)\n"
    );
}
