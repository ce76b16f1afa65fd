//! The author tools (`weave map`, `weave explore`, `weave stats`) through
//! the library and through the binary, on the example story and on small
//! stories written for one finding each.

use super::support::{compile_ron, compile_text, lighthouse, root, stderr, stdout, weave};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;
use weave::tools::{
    self, EndKind, ExploreOptions, Format, RandomOptions, choice_numbers, explore::Longest,
};

/// `lost` is never diverted to.
const UNREACHABLE: &str = r#"Story(
    title: "Unreachable",
    body: [Line("Start."), Line("-> hall")],
    knots: [
        Knot(name: "hall", body: [
            Choice(text: "[Leave]", then: [Line("-> END")]),
            Choice(text: "[Look around]", then: [Line("-> hall.corner")]),
        ], stitches: [
            Stitch(name: "corner", body: [Line("Dust."), Line("-> END")]),
        ]),
        Knot(name: "lost", body: [Line("Nobody reads this."), Line("-> END")]),
    ],
)
"#;

/// Wandering into the garden never lets you out.
const DEAD_LOOP: &str = r#"Story(
    title: "Dead loop",
    body: [Line("-> gate")],
    knots: [
        Knot(name: "gate", body: [
            Choice(text: "[Go home]", then: [Line("-> END")]),
            Choice(text: "[Enter the maze]", then: [Line("-> maze")]),
        ]),
        Knot(name: "maze", body: [
            Line("Hedges."),
            Choice(text: "[Left]", sticky: true, then: [Line("-> maze.middle")]),
        ], stitches: [
            Stitch(name: "middle", body: [
                Line("More hedges."),
                Choice(text: "[Right]", sticky: true, then: [Line("-> maze")]),
            ]),
        ]),
    ],
)
"#;

/// Sharing the loaf among nobody divides by zero.
const DIVIDES_BY_ZERO: &str = r#"Story(
    title: "Bread",
    globals: ["VAR guests = 0"],
    body: [
        Line("A loaf on the table."),
        Choice(text: "[Eat it]", then: [Line("Crumbs."), Line("-> END")]),
        Choice(text: "[Share it]", then: [
            Choice(text: "[Among the guests]", then: [Line("Each gets {10 / guests} slices."), Line("-> END")]),
            Choice(text: "[Keep it]", then: [Line("-> END")]),
        ]),
    ],
)
"#;

fn write_story(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("temp story is writable");
    path
}

fn run(args: &[&str], script: &Path) -> Output {
    let saves = tempfile::tempdir().unwrap();
    let mut cmd = weave(saves.path(), &root());
    cmd.args(args).arg(script);
    cmd.output().expect("weave runs")
}

/// A loose reading of DOT: node ids with their attributes, edges with
/// theirs, and how many clusters there are. Checks the braces balance.
struct Dot {
    nodes: Vec<(String, String)>,
    edges: Vec<(String, String, String)>,
    clusters: usize,
}

fn quoted_or_bare(s: &str) -> String {
    s.trim().trim_matches('"').to_string()
}

fn parse_dot(text: &str) -> Dot {
    assert!(text.trim_start().starts_with("digraph"), "{text}");
    assert_eq!(
        text.matches('{').count(),
        text.matches('}').count(),
        "{text}"
    );
    let mut dot = Dot {
        nodes: Vec::new(),
        edges: Vec::new(),
        clusters: 0,
    };
    for line in text.lines().map(str::trim) {
        if line.starts_with("subgraph cluster") {
            dot.clusters += 1;
            continue;
        }
        let (head, attrs) = match line.split_once(" [") {
            Some((h, a)) => (h, a.trim_end_matches("];").to_string()),
            None => (line.trim_end_matches(';'), String::new()),
        };
        if head.starts_with("graph") || head.starts_with("node") || head.starts_with("edge") {
            continue;
        }
        if let Some((from, to)) = head.split_once(" -> ") {
            dot.edges
                .push((quoted_or_bare(from), quoted_or_bare(to), attrs));
        } else if head.starts_with('"') || head == "END" || head == "DONE" {
            dot.nodes.push((quoted_or_bare(head), attrs));
        }
    }
    dot
}

#[test]
fn the_map_of_the_example_story_has_its_knots_clusters_choices_and_endings() {
    let program = compile_ron(&lighthouse());
    let dot = parse_dot(&tools::render(&tools::story_graph(&program), Format::Dot));
    let ids: BTreeSet<&str> = dot.nodes.iter().map(|(id, _)| id.as_str()).collect();
    for flow in [
        "(root)",
        "tower",
        "tower.logbook",
        "tower.stairs",
        "shore",
        "ending.saved",
        "END",
        "DONE",
    ] {
        assert!(ids.contains(flow), "{flow} missing from {ids:?}");
    }
    // The functions are not places; tower and ending hold stitches.
    assert!(!ids.contains("describe_wind"));
    assert_eq!(dot.clusters, 2);
    let edge = |from: &str, to: &str| {
        dot.edges
            .iter()
            .filter(|(f, t, _)| f == from && t == to)
            .map(|(_, _, a)| a.clone())
            .collect::<Vec<_>>()
    };
    assert!(edge("tower", "tower.logbook")[0].contains("label=\"Read the logbook\""));
    assert!(edge("shore", "ending.alone")[0].contains("Walk out along the breakwater"));
    assert_eq!(edge("ending.saved", "END").len(), 1);
    assert_eq!(edge("ending.alone", "DONE").len(), 1);
    // Every edge joins declared nodes.
    for (from, to, _) in &dot.edges {
        assert!(
            ids.contains(from.as_str()) && ids.contains(to.as_str()),
            "{from} -> {to}"
        );
    }
    // Endings have a double border; nothing is unreachable.
    let saved = &dot
        .nodes
        .iter()
        .find(|(id, _)| id == "ending.saved")
        .unwrap()
        .1;
    assert!(saved.contains("peripheries=2"), "{saved}");
    assert!(!dot.nodes.iter().any(|(_, a)| a.contains("unreachable")));
}

#[test]
fn an_unreachable_knot_is_flagged_by_map_and_explore() {
    let program = compile_text(UNREACHABLE);
    let graph = tools::story_graph(&program);
    let unreachable: Vec<&str> = graph.unreachable().map(|n| n.path.as_str()).collect();
    assert_eq!(unreachable, ["lost"]);

    let dir = tempfile::tempdir().unwrap();
    let story = write_story(dir.path(), "unreachable.ron", UNREACHABLE);
    let map = run(&["map"], &story);
    assert!(map.status.success(), "{}", stderr(&map));
    let dot = parse_dot(&stdout(&map));
    let lost = &dot
        .nodes
        .iter()
        .find(|(id, _)| id == "lost")
        .expect("lost is drawn")
        .1;
    assert!(
        lost.contains("(unreachable)") && lost.contains("color=red"),
        "{lost}"
    );
    assert!(
        stderr(&map).contains("unreachable: lost"),
        "{}",
        stderr(&map)
    );

    let mermaid = run(&["map", "--format", "mermaid"], &story);
    let text = stdout(&mermaid);
    assert!(text.starts_with("flowchart LR"), "{text}");
    assert!(text.contains("lost (unreachable)"), "{text}");
    assert!(
        text.contains("class ") && text.contains(" unreachable"),
        "{text}"
    );

    let explore = run(&["explore"], &story);
    assert!(explore.status.success(), "{}", stderr(&explore));
    let out = stdout(&explore);
    let section = out
        .split("knots, stitches and functions never entered (1):\n")
        .nth(1)
        .unwrap_or_else(|| panic!("{out}"));
    assert!(
        section.starts_with("  lost (") && section.contains("unreachable.ron:11"),
        "{out}"
    );
    assert!(
        out.contains(
            "unreachable.ron:11: Knot(name: \"lost\", body: [Line(\"Nobody reads this.\")"
        ),
        "{out}"
    );
}

#[test]
fn a_loop_with_no_way_out_is_reported_with_the_path_into_it() {
    let found = tools::explore(
        compile_text(DEAD_LOOP),
        &ExploreOptions::default(),
        &mut |_| {},
    );
    assert!(found.complete);
    assert_eq!(found.stuck.len(), 1, "{:?}", found.stuck);
    let stuck = &found.stuck[0];
    assert_eq!(stuck.path, [1]);
    assert_eq!(
        stuck
            .flows
            .iter()
            .map(String::as_str)
            .collect::<BTreeSet<_>>(),
        BTreeSet::from(["maze", "maze.middle"])
    );
    assert_eq!(found.endings.len(), 1);

    let dir = tempfile::tempdir().unwrap();
    let story = write_story(dir.path(), "loop.ron", DEAD_LOOP);
    let output = run(&["explore"], &story);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let out = stdout(&output);
    assert!(out.contains("loops with no way out (1):"), "{out}");
    assert!(
        out.contains("no ending reachable; entered after choices 2 (1)"),
        "{out}"
    );
    assert!(
        stderr(&output).contains("1 loop with no way out"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_runtime_error_is_reported_with_a_path_that_replays_it() {
    let found = tools::explore(
        compile_text(DIVIDES_BY_ZERO),
        &ExploreOptions::default(),
        &mut |_| {},
    );
    assert_eq!(found.errors.len(), 1, "{:?}", found.errors);
    assert_eq!(found.errors[0].path, [1, 0]);
    assert!(found.stuck.is_empty());

    let dir = tempfile::tempdir().unwrap();
    let story = write_story(dir.path(), "bread.ron", DIVIDES_BY_ZERO);
    let output = run(&["explore"], &story);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains("runtime errors (1):"), "{out}");
    assert!(
        out.contains("division by zero at") && out.contains("bread.ron:8:"),
        "{out}"
    );
    let hint = out
        .lines()
        .find_map(|l| l.split_once(": weave replay --choices "))
        .map(|(_, rest)| rest.split_whitespace().next().unwrap_or("").to_string())
        .unwrap_or_else(|| panic!("no replay hint in {out}"));
    assert_eq!(hint, "2,1");
    // The path replays to the same error.
    let replay = run(&["replay", "--choices", &hint], &story);
    assert!(!replay.status.success());
    let first_line = out.lines().find(|l| l.contains("bread.ron:8:")).unwrap();
    let message = first_line.trim().split(" at ").next().unwrap();
    assert!(
        stderr(&replay).contains(message),
        "{} vs {message}",
        stderr(&replay)
    );

    // Random games find it too, with a path that replays.
    let random = run(&["explore", "--random", "40", "--seed", "3"], &story);
    assert_eq!(random.status.code(), Some(1));
    let out = stdout(&random);
    // The same error in many games is listed once, with a count (it was
    // once listed again for every game).
    assert_eq!(out.matches(message).count(), 1, "{out}");
    assert!(out.contains("runtime errors (1):"), "{out}");
    let games = out
        .lines()
        .find(|l| l.contains(message))
        .and_then(|l| l.split(", in ").nth(1))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(games.ends_with(" games"), "{out}");
    let line = out
        .lines()
        .find_map(|l| l.split_once("weave replay --choices").map(|(_, rest)| rest))
        .unwrap_or_else(|| panic!("{out}"));
    let line = format!("weave replay --choices{line}");
    let args: Vec<&str> = line.split_whitespace().skip(1).collect();
    let (script, flags) = args.split_last().unwrap();
    let replay = run(flags, Path::new(script));
    assert!(stderr(&replay).contains(message), "{}", stderr(&replay));
}

#[test]
fn explore_finds_the_endings_weave_check_lists_with_replayable_shortest_paths() {
    let program = compile_ron(&lighthouse());
    let found = tools::explore(program.clone(), &ExploreOptions::default(), &mut |_| {});
    assert!(found.complete && found.errors.is_empty() && found.stuck.is_empty());
    let explored: BTreeSet<(String, Option<(u32, u32)>)> = found
        .endings
        .iter()
        .filter(|e| e.kind == EndKind::End)
        .map(|e| (e.flow.clone(), e.span.map(|s| (s.start, s.end))))
        .collect();
    let checked: BTreeSet<(String, Option<(u32, u32)>)> = program
        .endings
        .iter()
        .map(|e| (e.flow.clone(), Some((e.span.start, e.span.end))))
        .collect();
    assert_eq!(explored, checked);
    // `-> DONE` after the breakwater ends the story too.
    assert!(
        found
            .endings
            .iter()
            .any(|e| e.kind == EndKind::Done && e.flow == "ending.alone")
    );
    for ending in &found.endings {
        assert!(matches!(ending.longest, Longest::Choices(n) if n >= ending.shortest.len()));
        // The shortest path, replayed through the binary, ends there.
        let output = run(
            &["replay", "--choices", &choice_numbers(&ending.shortest)],
            &lighthouse(),
        );
        assert!(output.status.success(), "{}", stderr(&output));
        let tag = ending.flow.trim_start_matches("ending.");
        assert!(
            stdout(&output).contains(&format!("# tags: ending: {tag}")),
            "{}",
            stdout(&output)
        );
    }
    let check = run(&["check"], &lighthouse());
    for e in &program.endings {
        assert!(stdout(&check).contains(&e.flow));
    }
}

#[test]
fn random_games_are_reproducible_from_the_seed() {
    let program = compile_ron(&lighthouse());
    let options = RandomOptions {
        runs: 60,
        seed: 11,
        ..RandomOptions::default()
    };
    let a = tools::play_random(program.clone(), &options, &mut |_| {});
    let b = tools::play_random(program.clone(), &options, &mut |_| {});
    assert_eq!(a.words, b.words);
    assert_eq!(a.choices, b.choices);
    let counts = |r: &tools::RandomReport| {
        r.endings
            .iter()
            .map(|e| (e.flow.clone(), e.count))
            .collect::<Vec<_>>()
    };
    assert_eq!(counts(&a), counts(&b));
    assert_eq!(a.endings.iter().map(|e| e.count).sum::<usize>(), 60);
    let other = tools::play_random(
        program,
        &RandomOptions {
            seed: 12,
            ..options
        },
        &mut |_| {},
    );
    assert_ne!(a.words, other.words, "another seed plays other games");

    // Through the binary: the same report but for the timing.
    let report = |seed: &str| {
        let output = run(
            &["explore", "--random", "60", "--seed", seed],
            &lighthouse(),
        );
        assert!(output.status.success(), "{}", stderr(&output));
        stdout(&output)
            .lines()
            .skip(1)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let first = report("11");
    assert_eq!(first, report("11"));
    assert!(first.contains("endings reached (3):"), "{first}");
}

#[test]
fn stats_count_words_choices_endings_and_path_lengths() {
    let program = compile_ron(&lighthouse());
    let stats = tools::story_stats(
        program.clone(),
        &ExploreOptions::default(),
        &RandomOptions {
            runs: 50,
            ..RandomOptions::default()
        },
    );
    assert_eq!(stats.choices, 14, "16 choices, two of them fallbacks");
    assert_eq!(stats.variables, 5);
    // tower, landing, shore, ending; describe_wind is the function.
    assert_eq!(
        (stats.knot_count, stats.stitch_count, stats.functions),
        (4, 6, 1)
    );
    assert_eq!(
        stats.words,
        stats.knots.iter().map(|k| k.words).sum::<usize>()
    );
    let typical = stats.typical_words();
    assert!(
        typical > 50 && typical < stats.words,
        "{typical} of {}",
        stats.words
    );

    let output = run(&["stats", "--runs", "50"], &lighthouse());
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains(&format!("words: {} of text", stats.words)),
        "{out}"
    );
    assert!(
        out.contains(&format!("reads {typical} (median of 50 random games)")),
        "{out}"
    );
    assert!(out.contains("endings (3), paths in choices"), "{out}");
    // Two endings may share a knot, so each names its place.
    let file = lighthouse().display().to_string();
    assert!(
        out.contains(&format!(
            "ending.saved (END at {file}:149:34): shortest 7, longest 8"
        )),
        "{out}"
    );
}

#[test]
fn map_to_svg_without_graphviz_fails_after_writing_the_dot_file_and_saying_how_to_draw_it() {
    let dir = tempfile::tempdir().unwrap();
    let saves = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let svg = dir.path().join("map.svg");
    let output = weave(saves.path(), &root())
        .env("PATH", empty.path())
        .args(["map", "-o"])
        .arg(&svg)
        .arg(lighthouse())
        .output()
        .expect("weave runs");
    // No SVG was made, so the command failed (it once exited 0).
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("apt-get install graphviz"),
        "{}",
        stderr(&output)
    );
    assert!(!svg.exists());
    let dot = std::fs::read_to_string(dir.path().join("map.dot")).expect("map.dot written");
    assert!(parse_dot(&dot).edges.len() > 10);
}

#[test]
fn the_tools_read_ink_files_too() {
    let dir = tempfile::tempdir().unwrap();
    let story = write_story(
        dir.path(),
        "tiny.ink",
        "Hello.\n-> hub\n=== hub ===\n* [Stay] -> END\n* [Go] -> away\n=== away ===\nBye.\n-> END\n=== never ===\nNo.\n-> END\n",
    );
    let map = run(&["map"], &story);
    let dot = parse_dot(&stdout(&map));
    assert!(
        dot.edges
            .iter()
            .any(|(f, t, a)| f == "hub" && t == "away" && a.contains("Go"))
    );
    assert!(stderr(&map).contains("unreachable: never"));
    let explore = run(&["explore"], &story);
    let out = stdout(&explore);
    assert!(
        out.contains("endings (2):") && out.contains("complete"),
        "{out}"
    );
    assert!(out.contains("tiny.ink:10: No."), "{out}");
}

#[test]
fn tunnels_and_threads_are_drawn_as_their_own_kinds_of_edge() {
    let dir = tempfile::tempdir().unwrap();
    let story = write_story(
        dir.path(),
        "radio.ink",
        "Start.\n-> hub\n=== hub ===\n<- radio\n-> stairs ->\n* [Leave] -> END\n=== stairs ===\nUp and down.\n->->\n=== radio ===\n* [Listen] Static.\n  -> DONE\n",
    );
    let map = run(&["map"], &story);
    assert!(map.status.success(), "{}", stderr(&map));
    let dot = parse_dot(&stdout(&map));
    let attrs = |from: &str, to: &str| {
        dot.edges
            .iter()
            .find(|(f, t, _)| f == from && t == to)
            .map(|(_, _, a)| a.clone())
            .unwrap_or_else(|| panic!("no edge {from} -> {to}"))
    };
    assert!(attrs("hub", "radio").contains("style=dotted"));
    assert!(attrs("hub", "stairs").contains("style=dashed"));
    assert!(attrs("hub", "END").contains("Leave"));
    assert!(attrs("radio", "DONE").contains("Listen"));
}

#[test]
fn the_konoha_story_is_explored_completely_and_ends_where_check_says() {
    let konoha = root().join("scripts/konoha.ron");
    let program = compile_ron(&konoha);
    let found = tools::explore(program.clone(), &ExploreOptions::default(), &mut |_| {});
    assert!(found.complete);
    assert!(found.errors.is_empty(), "{:?}", found.errors);
    assert!(found.stuck.is_empty(), "{:?}", found.stuck);
    let explored: BTreeSet<&str> = found
        .endings
        .iter()
        .filter(|e| e.kind == EndKind::End)
        .map(|e| e.flow.as_str())
        .collect();
    let checked: BTreeSet<&str> = program.endings.iter().map(|e| e.flow.as_str()).collect();
    assert_eq!(explored, checked);
    assert!(tools::story_graph(&program).unreachable().next().is_none());
}

#[test]
fn explore_stops_at_its_state_budget_and_says_how_far_it_got() {
    let options = ExploreOptions {
        max_states: 10,
        ..ExploreOptions::default()
    };
    let found = tools::explore(compile_ron(&lighthouse()), &options, &mut |_| {});
    assert!(!found.complete && found.pending > 0);
    assert!(found.states >= 10 && found.states < 64, "{}", found.states);
    assert!(found.endings.iter().all(|e| e.longest == Longest::Unknown));

    let output = run(&["explore", "--max-states", "10"], &lighthouse());
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains("incomplete: stopped at the state budget (--max-states 10) with"),
        "{out}"
    );
}
