//! `weave convert` on the real seeds and plot map: the Konoha story is
//! whole (every ending reachable, nothing a reader should not see), and the
//! authors' words survive cleaning.

use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::sync::Arc;
use weave::compile::compile;
use weave::convert::{self, prose::Kind};
use weave::runtime::{Line, Prompt, Session};
use weave::story::Story;

/// The endings of the Konoha story, in order: she leaves with Sasuke, she
/// leaves and later comes home, Naruto lets her go, Naruto and Hinata when
/// she left and when she stayed, and she stays and it ends with Naruto.
const KONOHA_ENDINGS: [&str; 6] = [
    "Coming Home",
    "Let Them Be",
    "Letting Go",
    "Naruto and Hinata",
    "Naruto and Sakura",
    "Sasuke and Sakura",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn konoha() -> (Story, convert::Report) {
    let map_path = root().join("scripts/konoha.map.ron");
    let map_text = std::fs::read_to_string(&map_path).expect("map is readable");
    let map = convert::map::parse_map("scripts/konoha.map.ron", &map_text).expect("map parses");
    let seeds: Vec<String> = map
        .seeds
        .iter()
        .map(|s| std::fs::read_to_string(root().join("seeds").join(&s.file)).expect("seed"))
        .collect();
    convert::convert(&map, "scripts/konoha.map.ron", &map_text, &seeds).expect("converts")
}

/// Every playthrough of a story: the lines shown, and the ending's tag.
fn every_playthrough(story: &Story) -> Vec<(Vec<Line>, String)> {
    let (program, _) = compile(story).expect("the converted story compiles");
    let mut done = Vec::new();
    let mut open = vec![(Session::new(Arc::new(program), 7), Vec::new())];
    while let Some((mut session, mut lines)) = open.pop() {
        let turn = session
            .continue_turn()
            .expect("plays without runtime errors");
        lines.extend(turn.lines);
        match turn.prompt {
            Prompt::Done => {
                let ending = lines
                    .iter()
                    .flat_map(|l| &l.tags)
                    .find_map(|t| t.strip_prefix("ending: "))
                    .unwrap_or("no ending tag")
                    .to_string();
                done.push((lines, ending));
            }
            Prompt::Choice(choices) => {
                assert!(
                    choices.len() >= 2,
                    "a choice point offers {} option(s)",
                    choices.len()
                );
                for i in 0..choices.len() {
                    let mut next = session.clone();
                    next.choose(i).expect("choice is taken");
                    open.push((next, lines.clone()));
                }
            }
        }
    }
    done
}

#[test]
fn every_ending_of_konoha_is_reachable() {
    let (story, report) = konoha();
    let endings: BTreeSet<String> = every_playthrough(&story)
        .into_iter()
        .map(|(_, ending)| ending)
        .collect();
    assert_eq!(
        endings,
        KONOHA_ENDINGS.iter().map(|e| e.to_string()).collect()
    );
    assert!(
        report.choice_points >= 5,
        "{} choice points",
        report.choice_points
    );
}

#[test]
fn no_playthrough_shows_notes_stray_quotes_or_a_paragraph_twice() {
    let (story, _) = konoha();
    for (lines, ending) in every_playthrough(&story) {
        let mut seen = HashSet::new();
        for line in &lines {
            let text = line.text.trim();
            assert!(
                seen.insert(text.to_string()),
                "shown twice on a way to {ending}: {text}"
            );
            let lower = text.to_lowercase();
            assert!(
                !lower.starts_with("a/n") && !lower.contains("author's note"),
                "{text}"
            );
            assert!(!lower.contains("review"), "a note to readers: {text}");
            let quotes = text.matches('"').count();
            assert!(quotes % 2 == 0, "unbalanced quotes: {text}");
            let first = text.chars().next().unwrap_or(' ');
            assert!(
                first.is_uppercase() || "\"(…'".contains(first),
                "a line begins mid-sentence: {text}"
            );
        }
    }
}

#[test]
fn two_ways_to_one_ending_read_differently() {
    let (story, _) = konoha();
    let mut by_ending: Vec<(String, Vec<String>)> = every_playthrough(&story)
        .into_iter()
        .map(|(lines, e)| (e, lines.into_iter().map(|l| l.text).collect()))
        .collect();
    by_ending.sort();
    for ending in KONOHA_ENDINGS {
        let ways: HashSet<&Vec<String>> = by_ending
            .iter()
            .filter(|(e, _)| e == ending)
            .map(|(_, lines)| lines)
            .collect();
        assert!(ways.len() >= 2, "{ending} is reached only one way");
    }
}

#[test]
fn cleaning_keeps_every_word_of_every_seed() {
    let letters = |text: &str| -> String {
        text.chars()
            .filter(|c| !c.is_whitespace() && *c != '"')
            .collect()
    };
    let map_text = std::fs::read_to_string(root().join("scripts/konoha.map.ron")).expect("map");
    let map = convert::map::parse_map("m", &map_text).expect("map parses");
    let texts: Vec<String> = map
        .seeds
        .iter()
        .map(|s| std::fs::read_to_string(root().join("seeds").join(&s.file)).expect("seed"))
        .collect();
    for (seed, text) in convert::parse_seeds(&map, &texts).iter().zip(&texts) {
        for p in seed.paragraphs.iter().filter(|p| p.kind == Kind::Prose) {
            // Only inline author's notes are taken out.
            let mut raw = letters(&text[p.start..p.end]);
            for note in &p.notes {
                raw = raw.replacen(&letters(note), "", 1);
            }
            assert_eq!(letters(&p.lines.join(" ")), raw, "{}", seed.name);
        }
    }
}

fn options(out: &Path) -> convert::Options {
    convert::Options {
        seeds_dir: root().join("seeds"),
        map: root().join("scripts/konoha.map.ron"),
        out: out.to_path_buf(),
    }
}

#[test]
fn the_committed_konoha_script_is_current() {
    let committed = root().join("scripts/konoha.ron");
    let (script, _) = convert::render(&options(&committed)).expect("converts");
    let on_disk = std::fs::read_to_string(&committed).expect("scripts/konoha.ron is committed");
    assert!(
        script == on_disk,
        "scripts/konoha.ron is stale: regenerate it with `weave convert`"
    );
}

#[test]
fn converting_twice_writes_the_same_bytes_and_a_script_that_reads_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("konoha.ron");
    convert::run(&options(&out)).expect("first run");
    let first = std::fs::read(&out).expect("written");
    convert::run(&options(&out)).expect("second run");
    assert_eq!(std::fs::read(&out).expect("written"), first);
    let leftovers = std::fs::read_dir(dir.path()).expect("dir").count();
    assert_eq!(leftovers, 1, "no temporary file is left beside the script");
    let text = String::from_utf8(first).expect("utf-8");
    let story = weave::script::ron::parse_ron(weave::story::FileId(0), &text).expect("reads back");
    assert!(
        weave::script::ron::to_ron(&story) == text,
        "the script does not read back as written"
    );
    assert_eq!(story.knots.len(), konoha().0.knots.len());
}

#[test]
fn a_missing_seed_file_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut opts = options(&dir.path().join("out.ron"));
    opts.seeds_dir = dir.path().to_path_buf();
    let err = convert::run(&opts).unwrap_err().to_string();
    assert!(
        err.starts_with("cannot read ") && err.contains("000_years_later_the_rain.txt"),
        "{err}"
    );
}

#[test]
fn the_seeds_notes_titles_markers_and_lyrics_are_recognised() {
    let map_text = std::fs::read_to_string(root().join("scripts/konoha.map.ron")).expect("map");
    let map = convert::map::parse_map("m", &map_text).expect("map parses");
    let texts: Vec<String> = map
        .seeds
        .iter()
        .map(|s| std::fs::read_to_string(root().join("seeds").join(&s.file)).expect("seed"))
        .collect();
    let count = |seed: &convert::prose::Seed, kind: Kind| {
        seed.paragraphs.iter().filter(|p| p.kind == kind).count()
    };
    let seeds = convert::parse_seeds(&map, &texts);
    let summary: Vec<(usize, usize, usize, usize, usize, usize)> = seeds
        .iter()
        .map(|s| {
            let flashback = s.paragraphs.iter().filter(|p| p.flashback).count();
            (
                count(s, Kind::Title),
                count(s, Kind::Note),
                count(s, Kind::Aside),
                count(s, Kind::Lyrics),
                count(s, Kind::FlashbackStart) + count(s, Kind::FlashbackEnd),
                flashback,
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            (0, 0, 0, 0, 2, 6),  // 000: a flashback of six paragraphs
            (0, 2, 0, 0, 0, 0),  // 001: a note at each end
            (0, 0, 1, 0, 0, 0),  // 002: "Thanks for reading!"
            (1, 3, 0, 11, 0, 0), // 003: its title, a three-paragraph note, the song
            (0, 0, 0, 0, 0, 0),  // 004: all story
        ]
    );
}

#[test]
fn weave_convert_writes_the_script_and_reports_every_paragraph() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("konoha.ron");
    let output = super::support::weave(dir.path(), root())
        .args(["convert", "--report", "-o"])
        .arg(&out)
        .output()
        .expect("weave runs");
    let shown = super::support::stdout(&output);
    assert!(
        output.status.success(),
        "{}",
        super::support::stderr(&output)
    );
    let committed = std::fs::read(root().join("scripts/konoha.ron")).expect("committed");
    assert_eq!(std::fs::read(&out).expect("written"), committed);
    assert!(
        shown.contains("003_youre_not_alone.txt:167:1 (19 words) A/N: Okay, the song"),
        "{shown}"
    );
    assert!(shown.contains("    dropped: author's note\n"), "{shown}");
    assert!(shown.contains("    used in roof\n"), "{shown}");
    assert!(shown.contains("6 endings"), "{shown}");
    assert!(shown.contains("words: 7468 in the seeds"), "{shown}");
}

#[test]
fn weave_convert_names_an_anchor_found_twice_with_its_seed_places() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("a.txt"), "He left.\n\nHe left again.\n").expect("seed");
    let map = "Map(title: \"T\", start: \"a\",\n  seeds: [SeedEntry(name: \"a\", file: \"a.txt\")],\n  moments: [Moment(knot: \"a\", body: [Seed(seed: \"a\", from: \"He left\")], then: End(\"e\"))])\n";
    std::fs::write(dir.path().join("m.ron"), map).expect("map");
    let output = super::support::weave(dir.path(), dir.path())
        .args(["convert", "--seeds", ".", "--map", "m.ron", "-o", "out.ron"])
        .output()
        .expect("weave runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        super::support::stderr(&output),
        "weave: m.ron:3:61: anchor \"He left\" matches 2 times, at a.txt:1:1, a.txt:3:1; it must match once\n"
    );
    assert!(!dir.path().join("out.ron").exists());
}

/// The fan-fiction fixtures: each folder of `tests/convert-fixtures/` holds
/// seed texts written in fan-fiction style, a `map.ron`, `input.txt`
/// (optional: the choices to make), `absent.txt` (text
/// a reader must never see: notes, markers, separators) and `expected.txt`
/// (what `weave play --plain` shows of the converted story); each map
/// passes the convert lint. Regenerate
/// the expected files with `UPDATE_GOLDEN=1 cargo test convert_fixtures`
/// and read every changed one before committing it.
#[test]
fn convert_fixtures_show_the_reader_only_the_story() {
    let fixtures = root().join("tests/convert-fixtures");
    let mut dirs: Vec<_> = std::fs::read_dir(&fixtures)
        .expect("fixtures folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 5, "fixtures missing");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for dir in &dirs {
        if let Err(e) = run_fixture(dir, update) {
            failures.push(format!("{}: {e}", dir.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn run_fixture(dir: &Path, update: bool) -> Result<(), String> {
    let out_dir = tempfile::tempdir().expect("temp dir");
    let out = out_dir.path().join("out.ron");
    let converted = super::support::weave(out_dir.path(), dir)
        .args(["convert", "--seeds", ".", "--map", "map.ron", "-o"])
        .arg(&out)
        .output()
        .expect("weave runs");
    if !converted.status.success() {
        return Err(super::support::stderr(&converted));
    }
    let checked = super::support::weave(out_dir.path(), dir)
        .args(["convert", "--check", "--seeds", ".", "--map", "map.ron"])
        .output()
        .expect("weave runs");
    if !checked.status.success() {
        return Err(format!("the lint: {}", super::support::stdout(&checked)));
    }
    let mut play = super::support::weave(out_dir.path(), dir);
    play.arg("play").arg("--plain").arg(&out);
    let input = std::fs::read_to_string(dir.join("input.txt")).unwrap_or_default();
    let shown = super::support::stdout(&super::support::run_with_input(play, &input));
    let absent = std::fs::read_to_string(dir.join("absent.txt")).map_err(|e| e.to_string())?;
    let story: Vec<&str> = shown
        .lines()
        .filter(|l| !l.starts_with("# tags:"))
        .collect();
    for text in absent.lines().filter(|l| !l.trim().is_empty()) {
        if story.iter().any(|line| line.contains(text)) {
            return Err(format!("the reader sees {text:?}:\n{shown}"));
        }
    }
    let expected_path = dir.join("expected.txt");
    if update {
        std::fs::write(&expected_path, &shown).map_err(|e| e.to_string())?;
    }
    let expected = std::fs::read_to_string(&expected_path).map_err(|e| e.to_string())?;
    match shown == expected {
        true => Ok(()),
        false => Err(format!("shown:\n{shown}\nexpected:\n{expected}")),
    }
}

/// One way through a story, as the runtime plays it: the words of each
/// stretch of text between two prompts, the choices taken (their ids,
/// `knot/label`), and the ending's tag.
struct Way {
    stretches: Vec<usize>,
    taken: Vec<(String, Vec<String>)>,
    ending: String,
}

fn every_way(story: &Story) -> Vec<Way> {
    let (program, _) = compile(story).expect("the converted story compiles");
    let words = |lines: &[Line]| -> usize {
        lines
            .iter()
            .map(|l| l.text.split_whitespace().count())
            .sum()
    };
    let mut done = Vec::new();
    let start = Way {
        stretches: Vec::new(),
        taken: Vec::new(),
        ending: String::new(),
    };
    let mut open = vec![(Session::new(Arc::new(program), 7), start)];
    while let Some((mut session, mut way)) = open.pop() {
        let turn = session.continue_turn().expect("plays");
        way.stretches.push(words(&turn.lines));
        match turn.prompt {
            Prompt::Done => {
                way.ending = turn
                    .lines
                    .iter()
                    .flat_map(|l| &l.tags)
                    .find_map(|t| t.strip_prefix("ending: "))
                    .unwrap_or("no ending tag")
                    .to_string();
                done.push(way);
            }
            Prompt::Choice(choices) => {
                let ids: Vec<String> = choices.iter().map(|c| c.id.clone()).collect();
                for (i, id) in ids.iter().enumerate() {
                    let mut next = session.clone();
                    next.choose(i).expect("choice is taken");
                    let mut taken = way.taken.clone();
                    taken.push((id.clone(), ids.clone()));
                    let branch = Way {
                        stretches: way.stretches.clone(),
                        taken,
                        ending: String::new(),
                    };
                    open.push((next, branch));
                }
            }
        }
    }
    done
}

#[test]
fn konoha_never_runs_more_than_500_words_between_two_choices() {
    let (story, _) = konoha();
    for way in every_way(&story) {
        let inner = &way.stretches[1..way.stretches.len() - 1];
        let longest = inner.iter().max().copied().unwrap_or(0);
        let path: Vec<&str> = way.taken.iter().map(|(id, _)| id.as_str()).collect();
        assert!(
            longest <= 500,
            "{longest} words without a choice on {path:?}"
        );
    }
}

#[test]
fn half_of_konohas_choice_points_lead_to_different_endings() {
    let (story, _) = konoha();
    // knot → option id → the endings reached after taking it
    let mut reach: std::collections::BTreeMap<
        String,
        std::collections::BTreeMap<String, BTreeSet<String>>,
    > = Default::default();
    for way in every_way(&story) {
        for (id, _) in &way.taken {
            let knot = id.split('/').next().unwrap_or_default().to_string();
            reach
                .entry(knot)
                .or_default()
                .entry(id.clone())
                .or_default()
                .insert(way.ending.clone());
        }
    }
    let differing: Vec<&String> = reach
        .iter()
        .filter(|(_, options)| options.values().collect::<HashSet<_>>().len() > 1)
        .map(|(knot, _)| knot)
        .collect();
    assert!(
        differing.len() * 2 >= reach.len(),
        "only {} of {} choice points lead to different endings: {differing:?}",
        differing.len(),
        reach.len()
    );
}

#[test]
fn what_she_did_on_the_night_changes_the_options_and_the_endings_later() {
    let (story, _) = konoha();
    // knot → every set of options it was seen offering
    let mut offered: std::collections::BTreeMap<String, BTreeSet<Vec<String>>> = Default::default();
    let mut endings_after_leaving = BTreeSet::new();
    let mut endings_after_staying = BTreeSet::new();
    for way in every_way(&story) {
        for (id, options) in &way.taken {
            let knot = id.split('/').next().unwrap_or_default().to_string();
            offered.entry(knot).or_default().insert(options.clone());
        }
        let left = way
            .taken
            .iter()
            .any(|(id, _)| id.contains("/leave-with-him"));
        match left {
            true => endings_after_leaving.insert(way.ending),
            false => endings_after_staying.insert(way.ending),
        };
    }
    let varying: Vec<&String> = offered
        .iter()
        .filter(|(_, seen)| seen.len() > 1)
        .map(|(knot, _)| knot)
        .collect();
    assert!(varying.len() >= 3, "options vary only at {varying:?}");
    assert!(endings_after_leaving.contains("Naruto and Hinata"));
    assert!(endings_after_staying.contains("Let Them Be"));
    assert!(endings_after_leaving.contains("Coming Home"));
    assert!(!endings_after_staying.contains("Coming Home"));
    assert!(!endings_after_leaving.contains("Naruto and Sakura"));
}

#[test]
fn the_konoha_map_passes_the_convert_lint() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = super::support::weave(dir.path(), root())
        .args(["convert", "--check"])
        .output()
        .expect("weave runs");
    assert!(
        output.status.success(),
        "{}",
        super::support::stderr(&output)
    );
    assert_eq!(
        super::support::stdout(&output),
        "scripts/konoha.map.ron: no warnings\n"
    );
}

#[test]
fn the_report_shows_the_inline_notes_taken_out_of_a_paragraph() {
    let dir = root().join("tests/convert-fixtures/inline-and-glued-notes");
    let out = tempfile::tempdir().expect("temp dir");
    let output = super::support::weave(out.path(), &dir)
        .args([
            "convert", "--report", "--seeds", ".", "--map", "map.ron", "-o",
        ])
        .arg(out.path().join("out.ron"))
        .output()
        .expect("weave runs");
    let shown = super::support::stdout(&output);
    assert!(
        shown.contains("seed.txt:3:1 (10 words) Sasuke left the village before dawn. Nobody saw…\n    used in dawn\n    inline author's note taken out: (AN: yes this is before the time skip)\n"),
        "{shown}"
    );
    // The notes' words are the seed's words too: 100 in all, 43 shown.
    assert!(
        shown.contains("words: 100 in the seeds, 43 of them used"),
        "{shown}"
    );
}
