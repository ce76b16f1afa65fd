//! `weave lsp` as an editor uses it: the real binary over JSON-RPC on its
//! stdio, on the real stories (lighthouse, Konoha, ld41) and on small
//! multi-file ink stories written for the test. Every range is checked
//! against the text it covers.

mod client;
mod resolution;

use crate::support::{self, root};
use client::{Client, find, text_at, uri};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

fn lighthouse() -> (PathBuf, String) {
    let path = support::lighthouse();
    let text = read(&path);
    (path, text)
}

/// The line (0-based) a range starts on, as text.
fn line_of<'a>(text: &'a str, range: &Value) -> &'a str {
    let line = range["start"]["line"].as_u64().unwrap() as usize;
    text.lines().nth(line).unwrap()
}

/// The messages `weave check` prints for a script (the first line of each
/// diagnostic), in order.
fn check_messages(path: &Path) -> Vec<String> {
    let dir = path.parent().unwrap();
    let mut cmd = support::weave(dir, dir);
    cmd.arg("check").arg(path).env("NO_COLOR", "1");
    let output = cmd.output().unwrap();
    support::stderr(&output)
        .lines()
        .filter_map(|l| {
            l.trim_start()
                .strip_prefix("× ")
                .or(l.trim_start().strip_prefix("⚠ "))
        })
        .map(str::to_string)
        .collect()
}

fn messages(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| {
            d["message"]
                .as_str()
                .unwrap()
                .lines()
                .next()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn lsp_good_stories_open_with_the_diagnostics_weave_check_gives() {
    let mut stories = vec![support::lighthouse(), root().join("scripts/konoha.ron")];
    let ld41 = root().join("../shared/stories/ld41-emoji.ink");
    if ld41.exists() {
        stories.push(ld41);
    } else {
        eprintln!("skipping ld41-emoji.ink: ../shared/stories is absent");
    }
    let mut client = Client::start();
    for path in stories {
        let uri = client.open(&path, &read(&path));
        let diagnostics = client.diagnostics(&uri);
        assert_eq!(
            messages(&diagnostics),
            check_messages(&path),
            "{}",
            path.display()
        );
    }
    client.stop();
}

#[test]
fn lsp_an_edit_gets_errors_at_the_exact_place_inside_ron_strings_and_a_fix_clears_them() {
    let (path, text) = lighthouse();
    let mut client = Client::start();
    let uri = client.open(&path, &text);
    assert!(client.diagnostics(&uri).is_empty());
    let broken = text
        .replacen("Line(\"-> landing\")", "Line(\"-> landingg\")", 1)
        .replacen("cond: \"ship_seen\"", "cond: \"ship_sen\"", 1);
    client.change(&uri, 2, &broken);
    let diagnostics = client.diagnostics(&uri);
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("lighthouse.ron");
    std::fs::write(&copy, &broken).unwrap();
    assert_eq!(messages(&diagnostics), check_messages(&copy));
    let covered: Vec<&str> = diagnostics
        .iter()
        .map(|d| text_at(&broken, &d["range"]))
        .collect();
    assert_eq!(covered, ["landingg", "ship_sen"], "{diagnostics:?}");
    assert!(diagnostics.iter().all(|d| d["severity"] == json!(1)));
    // Each ends with the help `weave check` gives under it.
    let last_lines: Vec<&str> = diagnostics
        .iter()
        .filter_map(|d| d["message"].as_str()?.lines().last())
        .collect();
    assert_eq!(
        last_lines,
        ["did you mean `landing`?", "did you mean `ship_seen`?"],
        "{diagnostics:?}"
    );
    client.change(&uri, 3, &text);
    assert!(client.diagnostics(&uri).is_empty());
    client.stop();
}

#[test]
fn lsp_definition_goes_to_stitches_knots_and_variables_in_ron() {
    let (path, text) = lighthouse();
    let mut client = Client::start();
    let uri = client.open(&path, &text);
    client.diagnostics(&uri);
    let cases = [
        // (text to point into, which occurrence, offset into it, defined name, its line)
        ("-> logbook\")", 0, 4, "logbook", "name: \"logbook\""),
        ("-> ending.saved", 0, 5, "ending", "name: \"ending\""),
        ("-> ending.saved", 0, 12, "saved", "name: \"saved\""),
        ("oil > 0", 0, 1, "oil", "\"VAR oil = 3\""),
        (
            "{describe_wind(wind)}",
            0,
            3,
            "describe_wind",
            "name: \"describe_wind\"",
        ),
        ("{STORM}", 0, 2, "STORM", "\"CONST STORM = 7\""),
        ("{gently:", 0, 2, "gently", "Gather(label: \"gently\")"),
    ];
    for (needle, nth, plus, name, line) in cases {
        let answer = client.at(
            "textDocument/definition",
            &uri,
            find(&text, needle, nth, plus),
            json!({}),
        );
        let range = &answer["result"]["range"];
        assert_eq!(text_at(&text, range), name, "{needle}: {answer}");
        assert_eq!(
            line_of(&text, range).trim().trim_end_matches(','),
            line,
            "{needle}"
        );
    }
    client.stop();
}

#[test]
fn lsp_references_and_rename_of_a_variable_cover_every_use_and_no_prose() {
    let (path, text) = lighthouse();
    let mut client = Client::start();
    let uri = client.open(&path, &text);
    client.diagnostics(&uri);
    let at = find(&text, "VAR oil", 0, 5);
    let refs = client.at(
        "textDocument/references",
        &uri,
        at,
        json!({"context": {"includeDeclaration": true}}),
    );
    let refs = refs["result"].as_array().unwrap().clone();
    // The declaration and the seven uses in logic and conditions; the two
    // mentions of oil in the prose are not uses.
    assert_eq!(refs.len(), 8, "{refs:?}");
    for r in &refs {
        assert_eq!(text_at(&text, &r["range"]), "oil");
        assert!(!line_of(&text, &r["range"]).contains("mind the oil"));
    }
    let renamed = client.at(
        "textDocument/rename",
        &uri,
        at,
        json!({"newName": "lamp_oil"}),
    );
    let edits = renamed["result"]["changes"][uri.as_str()]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(edits.len(), 8);
    let new_text = apply_edits(&text, &edits);
    assert_eq!(new_text.matches("lamp_oil").count(), 8);
    assert!(new_text.contains("mind the oil") && new_text.contains("\"VAR lamp_oil = 3\""));
    client.change(&uri, 2, &new_text);
    assert!(
        client.diagnostics(&uri).is_empty(),
        "the renamed story still checks clean"
    );
    client.stop();
}

#[test]
fn lsp_a_rename_that_would_clash_is_refused_with_a_message() {
    let (path, text) = lighthouse();
    let mut client = Client::start();
    let uri = client.open(&path, &text);
    client.diagnostics(&uri);
    let cases = [
        (
            find(&text, "VAR oil", 0, 5),
            "courage",
            "there is already a variable `courage`",
        ),
        (
            find(&text, "name: \"stairs\"", 0, 8),
            "signal",
            "there is already a stitch `tower.signal`",
        ),
        (
            find(&text, "name: \"shore\"", 0, 8),
            "ending",
            "there is already a knot `ending`",
        ),
        (
            find(&text, "label: \"gently\"", 0, 9),
            "shelved",
            "there is already a label `tower.logbook.shelved`",
        ),
        (
            find(&text, "name: \"shore\"", 0, 8),
            "two words",
            "is not a name",
        ),
        (find(&text, "name: \"shore\"", 0, 8), "END", "reserves"),
    ];
    for (at, new_name, message) in cases {
        let answer = client.at(
            "textDocument/rename",
            &uri,
            at,
            json!({"newName": new_name}),
        );
        let error = answer["error"]["message"].as_str().unwrap_or_default();
        assert!(error.contains(message), "{new_name}: {answer}");
    }
    client.stop();
}

fn apply_edits(text: &str, edits: &[Value]) -> String {
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            let covered = text_at(text, &e["range"]);
            let start = covered.as_ptr() as usize - text.as_ptr() as usize;
            (
                start,
                start + covered.len(),
                e["newText"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    spans.sort();
    let mut out = text.to_string();
    for (start, end, new) in spans.into_iter().rev() {
        out.replace_range(start..end, &new);
    }
    out
}

fn labels(answer: &Value) -> Vec<String> {
    let mut items = answer["result"].as_array().unwrap().clone();
    items.sort_by_key(|i| i["sortText"].as_str().unwrap_or_default().to_string());
    items
        .iter()
        .map(|i| i["label"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn lsp_completion_offers_targets_as_ink_resolves_them_names_in_logic_and_tags() {
    let (path, text) = lighthouse();
    let mut client = Client::start();
    let uri = client.open(&path, &text);
    client.diagnostics(&uri);
    // After `-> ` inside the stitch `tower.logbook`: its labels first, then
    // the stitches of `tower`, then the knots.
    let at = find(&text, "Line(\"-> landing\")", 0, 9);
    let targets = labels(&client.at("textDocument/completion", &uri, at, json!({})));
    let place = |name: &str| {
        targets
            .iter()
            .position(|t| t == name)
            .unwrap_or_else(|| panic!("{name} in {targets:?}"))
    };
    assert!(place("gently") < place("stairs") && place("shelved") < place("signal"));
    assert!(place("stairs") < place("landing") && place("landing") < place("END"));
    assert!(
        !targets.contains(&"saved".to_string()),
        "another knot's stitch: {targets:?}"
    );
    // After `-> ending.`: the stitches of `ending`.
    let mut edited = text.replacen("Line(\"-> landing\")", "Line(\"-> ending.\")", 1);
    client.change(&uri, 2, &edited);
    let at = find(&edited, "-> ending.\"", 0, 10);
    assert_eq!(
        labels(&client.at("textDocument/completion", &uri, at, json!({}))),
        ["alone", "lost", "saved"]
    );
    // Inside `{`: variables, the function, built-ins with signatures.
    let answer = client.at(
        "textDocument/completion",
        &uri,
        find(&text, "{tower > 1", 0, 1),
        json!({}),
    );
    let names = labels(&answer);
    for name in [
        "oil",
        "courage",
        "STORM",
        "describe_wind",
        "RANDOM",
        "TURNS_SINCE",
    ] {
        assert!(names.contains(&name.to_string()), "{name} in {names:?}");
    }
    let random = answer["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["label"] == json!("RANDOM"))
        .unwrap();
    assert_eq!(random["detail"], json!("RANDOM(min, max)"));
    // After `#`: the tags the story already uses.
    edited = text.replacen("Line(\"-> landing\")", "Line(\"Done. #\")", 1);
    client.change(&uri, 3, &edited);
    let at = find(&edited, "Done. #", 0, 7);
    let tags = labels(&client.at("textDocument/completion", &uri, at, json!({})));
    for tag in [
        "place: skerry",
        "night",
        "ending: saved",
        "ending: lost",
        "ending: alone",
    ] {
        assert!(tags.contains(&tag.to_string()), "{tag} in {tags:?}");
    }
    client.stop();
}

#[test]
fn lsp_hover_shows_declarations_knot_facts_and_builtin_docs() {
    let (path, text) = lighthouse();
    let mut client = Client::start();
    let uri = client.open(&path, &text);
    client.diagnostics(&uri);
    let hover = |client: &mut Client, at| {
        let answer = client.at("textDocument/hover", &uri, at, json!({}));
        answer["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let oil = hover(&mut client, find(&text, "oil -= 1", 0, 1));
    assert!(
        oil.contains("VAR oil = 3") && oil.contains("lighthouse.ron:14:"),
        "{oil}"
    );
    // tower: 4 choices of its own, 4 in logbook, 3 in stairs, 2 in signal.
    let tower = hover(&mut client, find(&text, "name: \"tower\"", 0, 8));
    assert!(
        tower.contains("13 choices") && tower.contains("reachable from the start: yes"),
        "{tower}"
    );
    let random = hover(&mut client, find(&text, "RANDOM(1, 6)", 0, 2));
    assert!(
        random.contains("RANDOM(min, max)") && random.contains("both included"),
        "{random}"
    );
    client.stop();
}

#[test]
fn lsp_document_symbols_outline_knots_stitches_functions_and_labels() {
    let (path, text) = lighthouse();
    let mut client = Client::start();
    let uri = client.open(&path, &text);
    client.diagnostics(&uri);
    let answer = client.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let symbols = answer["result"].as_array().unwrap();
    fn outline(symbols: &[Value], text: &str, out: &mut Vec<String>, depth: usize) {
        for s in symbols {
            assert_eq!(
                text_at(text, &s["selectionRange"]),
                s["name"].as_str().unwrap()
            );
            out.push(format!(
                "{}{}",
                "  ".repeat(depth),
                s["name"].as_str().unwrap()
            ));
            outline(s["children"].as_array().unwrap(), text, out, depth + 1);
        }
    }
    let mut names = Vec::new();
    outline(symbols, &text, &mut names, 0);
    assert_eq!(
        names,
        [
            "tower",
            "  logbook",
            "    gently",
            "    shelved",
            "  stairs",
            "  signal",
            "landing",
            "shore",
            "ending",
            "  saved",
            "  lost",
            "  alone",
            "describe_wind"
        ]
    );
    let folds = client.request(
        "textDocument/foldingRange",
        json!({"textDocument": {"uri": uri}}),
    );
    let folds = folds["result"].as_array().unwrap();
    let tower_line = find(&text, "name: \"tower\"", 0, 0).0 as u64;
    assert!(
        folds.iter().any(|f| f["startLine"] == json!(tower_line)),
        "{folds:?}"
    );
    client.stop();
}

#[test]
fn lsp_a_story_that_does_not_parse_gets_its_error_and_keeps_its_last_symbols() {
    let (path, text) = lighthouse();
    let mut client = Client::start();
    let uri = client.open(&path, &text);
    client.diagnostics(&uri);
    let broken = text.replacen("Knot(name: \"landing\"", "Knot(name: \"landing\" oops", 1);
    client.change(&uri, 2, &broken);
    let diagnostics = client.diagnostics(&uri);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(
        diagnostics[0]["range"]["start"]["line"].as_u64(),
        Some(find(&broken, "oops", 0, 0).0 as u64)
    );
    let answer = client.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(
        answer["result"].as_array().unwrap().len(),
        5,
        "the last good outline: {answer}"
    );
    let def = client.at(
        "textDocument/definition",
        &uri,
        find(&broken, "-> stairs", 0, 4),
        json!({}),
    );
    assert_eq!(text_at(&text, &def["result"]["range"]), "stairs");
    let unknown = client.request("weave/nothing", json!({}));
    assert_eq!(unknown["error"]["code"], json!(-32601));
    client.stop();
}

/// A story in two ink files, the second INCLUDEd by the first.
fn two_files() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let main = dir.path().join("main.ink");
    let part = dir.path().join("part.ink");
    std::fs::write(
        &main,
        "INCLUDE part.ink\nVAR gold = 2\nYou wake.\n-> market\n\n=== home ===\nHome at last, with {gold} gold.\n-> END\n",
    )
    .unwrap();
    std::fs::write(
        &part,
        "=== market ===\nStalls and noise and three sellers here.\n* (bought) [Buy]\n  ~ gold -= 1\n  -> market.haggle\n* [Leave] -> home\n= haggle\nYou haggle.\n-> home\n",
    )
    .unwrap();
    (dir, main, part)
}

#[test]
fn lsp_include_trees_are_followed_for_definitions_references_renames_and_diagnostics() {
    let (_dir, main, part) = two_files();
    let (main_text, part_text) = (read(&main), read(&part));
    let mut client = Client::start();
    let part_uri = client.open(&part, &part_text);
    let main_uri = uri(&main);
    // Opening the included file analyses the story it belongs to.
    assert!(client.diagnostics(&part_uri).is_empty());
    let def = client.at(
        "textDocument/definition",
        &part_uri,
        find(&part_text, "-> home", 0, 4),
        json!({}),
    );
    assert_eq!(def["result"]["uri"], json!(main_uri));
    assert_eq!(text_at(&main_text, &def["result"]["range"]), "home");
    let def = client.at(
        "textDocument/definition",
        &part_uri,
        find(&part_text, "gold -= 1", 0, 0),
        json!({}),
    );
    assert_eq!(line_of(&main_text, &def["result"]["range"]), "VAR gold = 2");
    let refs = client.at(
        "textDocument/references",
        &part_uri,
        find(&part_text, "=== market", 0, 5),
        json!({"context": {"includeDeclaration": false}}),
    );
    let refs = refs["result"].as_array().unwrap();
    let files: Vec<&str> = refs.iter().map(|r| r["uri"].as_str().unwrap()).collect();
    assert_eq!(files, [main_uri.as_str(), part_uri.as_str()], "{refs:?}");
    let rename = client.at(
        "textDocument/rename",
        &part_uri,
        find(&part_text, "=== market", 0, 5),
        json!({"newName": "bazaar"}),
    );
    let changes = &rename["result"]["changes"];
    let main_new = apply_edits(&main_text, changes[main_uri.as_str()].as_array().unwrap());
    let part_new = apply_edits(&part_text, changes[part_uri.as_str()].as_array().unwrap());
    assert!(main_new.contains("-> bazaar\n"), "{main_new}");
    assert!(
        part_new.starts_with("=== bazaar ===") && part_new.contains("-> bazaar.haggle"),
        "{part_new}"
    );
    // Hover counts the words and choices of the knot, and reachability.
    let hover = client.at(
        "textDocument/hover",
        &part_uri,
        find(&part_text, "=== market", 0, 5),
        json!({}),
    );
    let hover = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(
        hover.contains("knot `market`: 11 words, 2 choices; reachable from the start: yes"),
        "{hover}"
    );
    client.stop();
}

#[test]
fn lsp_a_duplicate_knot_points_at_its_first_definition_in_another_file() {
    let (_dir, main, part) = two_files();
    let part_text =
        read(&part).replace("= haggle", "=== home ===\nA second home.\n-> END\n= haggle");
    std::fs::write(&part, &part_text).unwrap();
    let mut client = Client::start();
    let main_uri = client.open(&main, &read(&main));
    let part_uri = uri(&part);
    let mut part_diagnostics = client.diagnostics(&part_uri);
    if part_diagnostics.is_empty() {
        part_diagnostics = client.diagnostics(&part_uri);
    }
    assert_eq!(messages(&part_diagnostics), check_messages(&main));
    let d = &part_diagnostics[0];
    assert_eq!(text_at(&part_text, &d["range"]), "home");
    let related = &d["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], json!(main_uri));
    assert_eq!(text_at(&read(&main), &related["location"]["range"]), "home");
    assert_eq!(related["message"], json!("first defined here"));
    client.stop();
}

#[test]
fn lsp_warnings_of_weave_check_are_published_with_their_places() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("warn.ink");
    let text = "VAR unread = 1\nHello.\n* A\n  -> fine\n* B\n=== fine ===\nFine.\n-> END\n=== lonely ===\nNo one comes here.\n-> END\n";
    std::fs::write(&path, text).unwrap();
    let mut client = Client::start();
    let uri = client.open(&path, text);
    let diagnostics = client.diagnostics(&uri);
    assert_eq!(messages(&diagnostics), check_messages(&path));
    let covered: Vec<&str> = diagnostics
        .iter()
        .map(|d| text_at(text, &d["range"]))
        .collect();
    assert_eq!(covered, ["lonely", "unread"]);
    assert!(diagnostics.iter().all(|d| d["severity"] == json!(2)));
    let hover = client.at(
        "textDocument/hover",
        &uri,
        find(text, "=== lonely", 0, 5),
        json!({}),
    );
    let hover = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(
        hover.contains("knot `lonely`: 4 words, 0 choices; reachable from the start: no"),
        "{hover}"
    );
    client.stop();
}

#[test]
fn lsp_konoha_definition_and_symbols_on_the_converted_story() {
    let path = root().join("scripts/konoha.ron");
    let text = read(&path);
    let mut client = Client::start();
    let uri = client.open(&path, &text);
    client.diagnostics(&uri);
    let answer = client.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let symbols = answer["result"].as_array().unwrap();
    let knots = text.matches("Knot(").count();
    assert_eq!(symbols.len(), knots);
    // The first divert in the story leads to a knot whose name is the text
    // of the definition.
    let at = find(&text, "-> ", 0, 3);
    let def = client.at("textDocument/definition", &uri, at, json!({}));
    let name = text_at(&text, &def["result"]["range"]);
    let line = text.lines().nth(at.0).unwrap();
    assert!(line.contains(&format!("-> {name}")), "{line} / {name}");
    client.stop();
}

#[test]
fn lsp_ld41_definitions_and_symbols_on_ink() {
    let path = root().join("../shared/stories/ld41-emoji.ink");
    if !path.exists() {
        eprintln!("skipping: ../shared/stories is absent");
        return;
    }
    let text = read(&path);
    let mut client = Client::start();
    let uri = client.open(&path, &text);
    client.diagnostics(&uri);
    let answer = client.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let symbols = answer["result"].as_array().unwrap();
    let knots = text
        .lines()
        .filter(|l| l.trim_start().starts_with("=="))
        .count();
    assert_eq!(
        symbols
            .iter()
            .filter(|s| s["detail"] != json!("label"))
            .count(),
        knots
    );
    for s in symbols {
        assert_eq!(
            text_at(&text, &s["selectionRange"]),
            s["name"].as_str().unwrap()
        );
    }
    let divert = text.find("-> ").unwrap();
    let at = find(&text, "-> ", 0, 3);
    let target: String = text[divert + 3..]
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let def = client.at("textDocument/definition", &uri, at, json!({}));
    assert_eq!(text_at(&text, &def["result"]["range"]), target);
    client.stop();
}

#[test]
fn lsp_list_items_temporaries_and_labels_in_ink_go_to_definition_and_rename() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("moods.ink");
    let text = "LIST mood = calm, (cross), wild\nCONST LIMIT = 3\nVAR mood_now = calm\n-> room\n\n=== room ===\n~ temp tries = LIMIT\n~ mood_now = wild\n* (shout) [Shout] {mood_now == wild: Loud.}\n  ~ tries -= 1\n  -> room.out\n* [Wait] {shout: Again.} {mood ? cross}\n- (out) {tries} tries left, {mood_now == mood.calm: calm}.\n-> END\n";
    std::fs::write(&path, text).unwrap();
    let mut client = Client::start();
    let uri = client.open(&path, text);
    assert_eq!(messages(&client.diagnostics(&uri)), check_messages(&path));
    let cases = [
        (
            "mood_now == wild",
            0,
            13,
            "wild",
            "LIST mood = calm, (cross), wild",
        ),
        ("mood.calm", 0, 6, "calm", "LIST mood = calm, (cross), wild"),
        ("mood.calm", 0, 1, "mood", "LIST mood = calm, (cross), wild"),
        ("{tries}", 0, 2, "tries", "~ temp tries = LIMIT"),
        ("= LIMIT", 0, 3, "LIMIT", "CONST LIMIT = 3"),
        (
            "{shout:",
            0,
            2,
            "shout",
            "* (shout) [Shout] {mood_now == wild: Loud.}",
        ),
        (
            "room.out",
            0,
            6,
            "out",
            "- (out) {tries} tries left, {mood_now == mood.calm: calm}.",
        ),
    ];
    for (needle, nth, plus, name, line) in cases {
        let answer = client.at(
            "textDocument/definition",
            &uri,
            find(text, needle, nth, plus),
            json!({}),
        );
        let range = &answer["result"]["range"];
        assert_eq!(text_at(text, range), name, "{needle}: {answer}");
        assert_eq!(line_of(text, range), line, "{needle}");
    }
    // Renaming a list item renames its qualified uses too, not the prose.
    let rename = client.at(
        "textDocument/rename",
        &uri,
        find(text, "calm,", 0, 0),
        json!({"newName": "serene"}),
    );
    let new_text = apply_edits(
        text,
        rename["result"]["changes"][uri.as_str()]
            .as_array()
            .unwrap(),
    );
    assert!(new_text.contains("LIST mood = serene,") && new_text.contains("VAR mood_now = serene"));
    assert!(new_text.contains("mood.serene: calm}"), "{new_text}");
    // A temporary cannot take the name of a global.
    let clash = client.at(
        "textDocument/rename",
        &uri,
        find(text, "temp tries", 0, 6),
        json!({"newName": "mood_now"}),
    );
    assert!(
        clash["error"]["message"]
            .as_str()
            .unwrap()
            .contains("already a variable `mood_now`"),
        "{clash}"
    );
    client.stop();
}

#[test]
fn lsp_a_burst_of_incremental_edits_ends_with_the_diagnostics_of_the_last_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("burst.ink");
    let text = "Hello.\n-> END\n";
    std::fs::write(&path, text).unwrap();
    let mut client = Client::start();
    let uri = client.open(&path, text);
    assert!(client.diagnostics(&uri).is_empty());
    // Ten edits as an editor sends them: each inserts `{nN}` at the start
    // of the first line, so only the last text has `n10` first.
    for n in 1..=10 {
        let insert = format!("{{n{n}}}");
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": n + 1}, "contentChanges": [
                {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": insert}
            ]}),
        );
    }
    let mut versions = Vec::new();
    let last = loop {
        let published = client.published(&uri);
        let version = published["version"].as_i64().unwrap();
        versions.push(version);
        if version == 11 {
            break published;
        }
    };
    assert!(
        versions.windows(2).all(|w| w[0] < w[1]),
        "never an older result after a newer: {versions:?}"
    );
    let final_text: String = (1..=10)
        .rev()
        .map(|n| format!("{{n{n}}}"))
        .collect::<String>()
        + text;
    let diagnostics = last["diagnostics"].as_array().unwrap();
    let covered: Vec<&str> = diagnostics
        .iter()
        .map(|d| text_at(&final_text, &d["range"]))
        .collect();
    let expected: Vec<String> = (1..=10).rev().map(|n| format!("n{n}")).collect();
    assert_eq!(covered, expected);
    client.stop();
}
