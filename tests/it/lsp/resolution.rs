//! Go to definition finds what the compiled story jumps to: the index and
//! the compiler resolve names by the same rules (`compile::resolve_*`).
//! Each divert here could mean two things; the test plays the story
//! through the real binary and checks the answer against where it went.

use super::client::{Client, find, text_at};
use super::{check_messages, line_of, messages};
use crate::support::{self, run_with_input};
use serde_json::json;
use std::path::Path;

/// A stitch and a knot both named `market`; a label `hall` in another
/// stitch of the knot; a label `intro` of the root weave, before any knot.
const SCOPED: &str = "\
- (intro) Root intro line.
-> town

=== town ===
Town square.
* [Market] -> market
* [Hall] -> hall
* [Back] -> intro

= market
Town market.
-> END

= inner
- (hall) Town hall.
-> END

=== market ===
Knot market.
-> END
";

/// What `weave play --plain` prints after the first screen when the
/// reader takes choice `choice`.
fn played_after(path: &Path, choice: usize) -> String {
    let dir = path.parent().unwrap();
    let mut cmd = support::weave(dir, dir);
    cmd.args(["play", "--plain"]).arg(path);
    let output = run_with_input(cmd, &format!("{choice}\n"));
    let out = support::stdout(&output);
    let (_, after) = out.split_once("?> ").expect("a choice was offered");
    after.to_string()
}

#[test]
fn lsp_definition_of_a_scoped_divert_is_where_the_compiled_story_goes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("scoped.ink");
    std::fs::write(&path, SCOPED).unwrap();
    let mut client = Client::start();
    let uri = client.open(&path, SCOPED);
    assert_eq!(messages(&client.diagnostics(&uri)), check_messages(&path));
    let cases = [
        // (divert, choice taking it, the definition's line, what play prints)
        ("-> market", 1, "= market", "Town market."),
        ("-> hall", 2, "- (hall) Town hall.", "Town hall."),
        // A label of the root weave, seen from inside a knot: the index
        // of old resolved it to nothing, the compiler to the root.
        (
            "-> intro",
            3,
            "- (intro) Root intro line.",
            "Root intro line.",
        ),
    ];
    for (divert, choice, line, printed) in cases {
        let answer = client.at(
            "textDocument/definition",
            &uri,
            find(SCOPED, divert, 0, 3),
            json!({}),
        );
        let range = &answer["result"]["range"];
        assert!(!range.is_null(), "{divert}: no definition: {answer}");
        assert_eq!(text_at(SCOPED, range), &divert[3..], "{divert}: {answer}");
        assert_eq!(line_of(SCOPED, range), line, "{divert}");
        let after = played_after(&path, choice);
        assert!(
            after.starts_with(printed),
            "{divert}: play printed {after:?}"
        );
        // The definition's flow or line leads to exactly that text.
        let defined_at = SCOPED.find(line).unwrap();
        assert!(SCOPED[defined_at..].contains(printed), "{divert}");
    }
    // Completion offers each target as it may be written here: the stitch
    // `market` hides the knot of that name, the root label is offered.
    let answer = client.at(
        "textDocument/completion",
        &uri,
        find(SCOPED, "[Back] -> intro", 0, 10),
        json!({}),
    );
    let items = answer["result"].as_array().unwrap();
    let offered = |label: &str| -> Vec<&str> {
        items
            .iter()
            .filter(|i| i["label"] == json!(label))
            .map(|i| i["detail"].as_str().unwrap())
            .collect()
    };
    assert_eq!(offered("market"), ["stitch town.market"], "{answer}");
    assert_eq!(offered("hall"), ["label town.inner.hall"], "{answer}");
    assert_eq!(offered("intro"), ["label (root).intro"], "{answer}");
    assert_eq!(offered("town"), ["knot town"], "{answer}");
    // References of the root label include its use inside the knot.
    let refs = client.at(
        "textDocument/references",
        &uri,
        find(SCOPED, "(intro)", 0, 1),
        json!({"context": {"includeDeclaration": false}}),
    );
    let uses = refs["result"].as_array().unwrap();
    assert_eq!(uses.len(), 1, "{refs}");
    assert_eq!(line_of(SCOPED, &uses[0]["range"]), "* [Back] -> intro");
    client.stop();
}

#[test]
fn lsp_a_constant_is_no_divert_target_for_definition_either() {
    // The compiler takes only variables as targets: `-> LIMIT` is an
    // unknown target, and go to definition must not claim it is the
    // constant (the index of old did).
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("constant.ink");
    let text = "CONST LIMIT = 3\nVAR place = -> home\n-> LIMIT\n=== home ===\n{LIMIT} -> place\n";
    std::fs::write(&path, text).unwrap();
    let mut client = Client::start();
    let uri = client.open(&path, text);
    let published = messages(&client.diagnostics(&uri));
    assert_eq!(published, check_messages(&path));
    assert!(
        published.contains(&"unknown divert target `LIMIT`".to_string()),
        "{published:?}"
    );
    let target = client.at(
        "textDocument/definition",
        &uri,
        find(text, "-> LIMIT", 0, 4),
        json!({}),
    );
    assert!(target["result"].is_null(), "{target}");
    // The same name in an expression is the constant; a variable holding
    // a target is what `-> place` names.
    for (needle, plus, line) in [
        ("{LIMIT}", 2, "CONST LIMIT = 3"),
        ("-> place", 4, "VAR place = -> home"),
    ] {
        let answer = client.at(
            "textDocument/definition",
            &uri,
            find(text, needle, 0, plus),
            json!({}),
        );
        assert_eq!(
            line_of(text, &answer["result"]["range"]),
            line,
            "{needle}: {answer}"
        );
    }
    client.stop();
}

#[test]
fn lsp_completion_offers_a_label_two_stitches_share_by_its_whole_path() {
    // Bare `again` is ambiguous from `s3` (ink and the compiler refuse
    // it), so completion offers each by the path that leads to it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("again.ink");
    let text = "-> k\n=== k ===\n-> k.s3\n= s1\n- (again) One.\n-> END\n= s2\n- (again) Two.\n-> END\n= s3\nThree. -> END\n";
    std::fs::write(&path, text).unwrap();
    let mut client = Client::start();
    let uri = client.open(&path, text);
    assert_eq!(messages(&client.diagnostics(&uri)), check_messages(&path));
    let answer = client.at(
        "textDocument/completion",
        &uri,
        find(text, "Three. -> END", 0, 10),
        json!({}),
    );
    let labels: Vec<&str> = answer["result"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["label"].as_str())
        .collect();
    assert!(!labels.contains(&"again"), "{labels:?}");
    for offered in ["k.s1.again", "k.s2.again"] {
        assert!(labels.contains(&offered), "{offered} in {labels:?}");
    }
    // What it offers is what the compiler takes: the story still checks.
    let edited = text.replace("Three. -> END", "Three. -> k.s2.again");
    client.change(&uri, 2, &edited);
    assert_eq!(messages(&client.diagnostics(&uri)), Vec::<String>::new());
    client.stop();
}
