//! The plot map's editorial operations through the binary: `Fix`, `Cut`,
//! `Recast`, `credit` and `source` change what the reader sees, and
//! `weave convert --report` counts and lists every change.

use super::support::{run_with_input, stderr, stdout, weave};
use std::path::Path;

const SEED: &str = "I stood up, quietly leaving teh room. \"I will come back,\" I whispered to my chair.\n\nThe door was open. Then, a long and boring pause that went on. I left.\n";

/// Writes the seed and a map whose one moment is `body`, converts, and
/// returns (exit code, stdout, stderr).
fn convert(dir: &Path, extra: &str, body: &str) -> (Option<i32>, String, String) {
    std::fs::write(dir.join("a.txt"), SEED).expect("seed");
    let map = format!(
        "Map(\n  title: \"T\",{extra}\n  start: \"a\",\n  seeds: [SeedEntry(name: \"a\", file: \"a.txt\")],\n  moments: [\n    Moment(knot: \"a\", body: [\n{body}\n    ], then: End(\"the end\")),\n  ],\n)\n"
    );
    std::fs::write(dir.join("m.ron"), map).expect("map");
    let output = weave(dir, dir)
        .args([
            "convert", "--report", "--seeds", ".", "--map", "m.ron", "-o", "out.ron",
        ])
        .output()
        .expect("weave runs");
    (output.status.code(), stdout(&output), stderr(&output))
}

/// What a reader of the converted story sees in plain mode.
fn played(dir: &Path) -> String {
    let mut cmd = weave(dir, dir);
    cmd.args(["play", "--plain", "out.ron"]);
    stdout(&run_with_input(cmd, ""))
}

#[test]
fn fix_cut_and_recast_change_what_the_reader_sees_and_are_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = r#"      Seed(seed: "a", from: "I stood up", to: "I left.", edits: [
        Fix(from: "teh", to: "the"),
        Cut(from: "Then, a long", to: "went on. "),
        Recast(to: Third, narrator: "Sakura", pronouns: She),
      ]),"#;
    let (code, shown, err) = convert(dir.path(), "", body);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        played(dir.path()),
        "Sakura stood up, quietly leaving the room. \"I will come back,\" she whispered to her chair.\nThe door was open. She left.\n# tags: ending: the end\n"
    );
    assert!(
        shown.contains(
            "m.ron:8:20 Fix \"teh\" → \"the\" in a at a.txt:1:29: 1 word changed, 0 words cut"
        ),
        "{shown}"
    );
    assert!(
        shown.contains("m.ron:9:20 Cut \"Then, a long\" … \"went on. \" in a at a.txt:3:20: 0 words changed, 9 words cut"),
        "{shown}"
    );
    assert!(
        shown.contains("m.ron:10:38 Recast into the third person, narrator Sakura in a at a.txt:1:1: 4 words changed, 0 words cut"),
        "{shown}"
    );
    // 31 seed words: 9 cut, 1 + 4 changed, 17 kept; the map wrote none.
    assert!(
        shown.contains("provenance: 17 seed words kept as written, 5 changed by edits, 9 cut; 0 written by the map"),
        "{shown}"
    );
}

#[test]
fn an_edit_whose_text_is_missing_or_repeated_is_an_error_at_its_place_in_the_map() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing =
        r#"      Seed(seed: "a", from: "I stood up", edits: [Fix(from: "the room", to: "it")]),"#;
    let (code, _, err) = convert(dir.path(), "", missing);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "weave: m.ron:7:62: Fix: \"the room\" is not in the passage (which starts at a.txt:1:1)\n"
    );
    assert!(!dir.path().join("out.ron").exists());
    let outside = r#"      Seed(seed: "a", from: "I stood up", edits: [Cut(from: "I left.")]),"#;
    let (code, _, err) = convert(dir.path(), "", outside);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "weave: m.ron:7:62: Cut: \"I left.\" is not in the passage (which starts at a.txt:1:1; the seed has it at a.txt:3:64, outside the passage)\n"
    );
    let twice =
        r#"      Seed(seed: "a", from: "I stood up", to: "I left.", edits: [Cut(from: "oo")]),"#;
    let (code, _, err) = convert(dir.path(), "", twice);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "weave: m.ron:7:77: Cut: \"oo\" occurs 3 times in the passage, in the paragraphs at a.txt:1:1, a.txt:1:1, a.txt:3:1; it must occur once\n"
    );
}

#[test]
fn credit_and_source_reach_the_story() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = r#"      Seed(seed: "a", from: "The door", credit: "the door by its author"),"#;
    let (code, _, err) = convert(dir.path(), "\n  source: \"after a.txt, edited\",", body);
    assert_eq!(code, Some(0), "{err}");
    let script = std::fs::read_to_string(dir.path().join("out.ron")).expect("written");
    assert!(
        script.contains("source: \"after a.txt, edited\""),
        "{script}"
    );
    assert_eq!(
        played(dir.path()),
        "The door was open. Then, a long and boring pause that went on. I left.\n# tags: credit: the door by its author, ending: the end\n"
    );
}

#[test]
fn a_recast_without_pronouns_reads_them_from_the_seeds_or_says_to_write_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = r#"      Seed(seed: "a", from: "I stood up", edits: [Recast(to: Third, narrator: "Sakura")]),"#;
    let (code, _, err) = convert(dir.path(), "", body);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with("weave: m.ron:7:80: cannot tell Sakura's pronouns from the seeds"),
        "{err}"
    );
}
