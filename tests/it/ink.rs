//! ink behaviours real stories hit (issue 13), each played through the
//! binary in plain mode. Every expected transcript here was first checked
//! against inkjs 2.4.0 (or inklecate's documented behaviour where the two
//! differ).

use super::support::{run_with_input, stderr, stdout, weave};
use std::process::Output;

/// Plays `story.ink` (with any other files beside it) in plain mode.
fn play_files(files: &[(&str, &[u8])], input: &str) -> Output {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("a writable folder");
    }
    let mut cmd = weave(&dir.path().join("saves"), dir.path());
    cmd.args(["play", "--plain", "--seed", "1", "story.ink"]);
    run_with_input(cmd, input)
}

fn play(story: &str, input: &str) -> Output {
    play_files(&[("story.ink", story.as_bytes())], input)
}

/// What a story prints, which must play without error.
fn transcript(story: &str, input: &str) -> String {
    let out = play(story, input);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert_eq!(stderr(&out), "");
    stdout(&out)
}

const RAN_OUT: &str = "ran out of content. Do you need a '-> DONE' or '-> END'?";

/// Asserts the story stops with ink's "ran out of content" error (exit 2)
/// after printing `printed`.
fn runs_out(story: &str, input: &str, printed: &str) {
    let out = play(story, input);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert_eq!(stdout(&out), printed);
    assert!(stderr(&out).contains(RAN_OUT), "{}", stderr(&out));
}

#[test]
fn running_out_of_content_at_the_end_of_a_knot_is_a_runtime_error() {
    runs_out("-> k\n== k ==\nIn k.\n", "", "In k.\n");
}

#[test]
fn running_out_of_content_after_a_choice_body_with_no_divert_is_a_runtime_error() {
    runs_out(
        "-> k\n== k ==\n* once\n  Body.\n",
        "1\n",
        "\n1: once\n?> once\nBody.\n",
    );
}

#[test]
fn running_out_of_content_when_once_only_choices_are_used_up_is_a_runtime_error() {
    runs_out(
        "-> k\n== k ==\n* [a] A.\n- (g) G.\n* [b]\n-> k\n",
        "1\n1\n",
        "\n1: a\n?> A.\nG.\n\n1: b\n?> ",
    );
}

#[test]
fn running_out_of_content_after_a_nested_gather_is_a_runtime_error() {
    // ink-proof I092's shape: the nested weave's choice is never offered.
    runs_out(
        "* opt\n    - - text\n    * * {false} impossible\n- gather\n",
        "1\n",
        "\n1: opt\n?> opt\ntext\n",
    );
}

#[test]
fn the_root_weave_ends_quietly_like_inks_implicit_done() {
    assert_eq!(
        transcript("- (top)\n* [a] A.\n-> top\n", "1\n"),
        "\n1: a\n?> A.\n"
    );
    assert_eq!(
        transcript("* a\n* b\n- Then.\n", "1\n"),
        "\n1: a\n2: b\n?> a\nThen.\n"
    );
}

#[test]
fn a_temporary_read_before_its_declaration_reads_zero() {
    assert_eq!(transcript("{x}\n~temp x = 5\n{x}\n", ""), "0\n5\n");
}

#[test]
fn multi_line_sequences_written_with_a_symbol_cycle_shuffle_and_stop() {
    let story = "VAR x = 0\n- (top)\n{&\n- one\n- two\n}\n{!\n- o1\n- o2\n}\n~ x++\n{x < 3: -> top}\n-> END\n";
    // The blank lines are ink's: the space before `-> top` starts a line
    // that the next branch's newline ends.
    assert_eq!(transcript(story, ""), "one\no1\n\ntwo\no2\n\none\n");
    // `{~` on a line of its own is a shuffle, not text.
    let out = transcript("{~\n- a\n- a\n}\n-> END\n", "");
    assert_eq!(out, "a\n");
}

#[test]
fn sequence_words_combine_in_any_order() {
    let story = "- (top)\n{stopping shuffle:\n- a\n- a\n- last\n}\n{top < 4: -> top}\n-> END\n";
    assert_eq!(transcript(story, ""), "a\n\na\n\nlast\n\nlast\n");
}

#[test]
fn sequence_type_combinations_ink_refuses_are_errors() {
    for story in [
        "{&~one|two|three}\n",
        "{&~\n- one\n- two\n}\n",
        "{cycle once: a|b}\n",
    ] {
        let out = play(story, "");
        assert_eq!(out.status.code(), Some(1), "{story}: {}", stdout(&out));
        assert!(
            stderr(&out).contains("combination of sequence types is not supported"),
            "{story}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn a_tag_only_line_then_a_line_break_is_an_empty_line_with_the_tag() {
    let tagged = "\n\n# tags: tagone\n";
    assert_eq!(
        transcript("A line.\n#tagone\n{true:\n    Yes.\n}\n-> END\n", ""),
        format!("A line.{tagged}Yes.\n")
    );
    // The same when the line after the tag prints nothing but its newline.
    assert_eq!(
        transcript("VAR a = \"\"\nB\n#tagone\n{a}\nC\n-> END\n", ""),
        format!("B{tagged}C\n")
    );
    // A line of blanks is an empty line too.
    assert_eq!(
        transcript("VAR a = \"\"\nA\n{a} {a}\nB\n-> END\n", ""),
        "A\n\nB\n"
    );
}

#[test]
fn a_tag_only_line_after_the_last_text_before_a_choice_goes_with_that_text() {
    assert_eq!(
        transcript("Hello.\n#mytag\n+ [Go] -> END\n", "1\n"),
        "Hello.\n# tags: mytag\n\n1: Go\n?> "
    );
}

#[test]
fn a_tag_line_before_an_exhausted_once_only_line_tags_the_next_text() {
    assert_eq!(
        transcript("A line.\n#tagone\n{!once}\n{!once}\nB.\n-> END\n", ""),
        "A line.\nonce\n# tags: tagone\nonce\nB.\n"
    );
    // Once it is used up, the tag is an empty line's.
    let story = "- (top)\nA line.\n#tagone\n{!once}\nB.\n{top < 2:\n  -> top\n}\n-> END\n";
    assert_eq!(
        transcript(story, ""),
        "A line.\nonce\n# tags: tagone\nB.\nA line.\n\n# tags: tagone\nB.\n"
    );
}

#[test]
fn a_text_less_conditional_choice_then_a_tag_line_tags_an_empty_line() {
    assert_eq!(
        transcript("* {true}\n# tag\n    Body.\n    -> END\n", "1\n"),
        "\n1: \n?> \n# tags: tag\nBody.\n"
    );
}

#[test]
fn a_utf8_bom_is_not_text_and_a_knot_header_after_it_is_a_knot() {
    let out = play_files(
        &[("story.ink", b"\xef\xbb\xbfHi.\n-> k\n== k ==\nK.\n-> END\n")],
        "",
    );
    assert_eq!(stdout(&out), "Hi.\nK.\n");
    let out = play_files(
        &[
            ("story.ink", b"INCLUDE part.ink\n-> start\n"),
            ("part.ink", b"\xef\xbb\xbf== start ==\nStarted.\n-> END\n"),
        ],
        "",
    );
    assert_eq!(stdout(&out), "Started.\n", "{}", stderr(&out));
}

#[test]
fn an_included_file_that_includes_another_is_followed() {
    // As in ink, every INCLUDE is read relative to the main file's folder.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("chapters")).unwrap();
    let files = [
        ("story.ink", "INCLUDE chapters/a.ink\nMain.\n-> ka\n"),
        (
            "chapters/a.ink",
            "INCLUDE chapters/b.ink\n== ka ==\nIn a.\n-> kb\n",
        ),
        (
            "chapters/b.ink",
            "VAR seen = 2\n== kb ==\nIn b, {seen}.\n-> END\n",
        ),
    ];
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let mut cmd = weave(&dir.path().join("saves"), dir.path());
    cmd.args(["play", "--plain", "story.ink"]);
    let out = run_with_input(cmd, "");
    assert_eq!(stdout(&out), "Main.\nIn a.\nIn b, 2.\n", "{}", stderr(&out));
}

#[test]
fn an_include_is_a_line_break_so_a_tag_line_before_it_tags_an_empty_line() {
    // ink compiles every INCLUDE (after the included file's top content)
    // to a line break: a tag-only line before it is an empty line of its
    // own, and text glued before it stays glued.
    let out = play_files(
        &[
            (
                "story.ink",
                b"# author: Ada\nINCLUDE knots.ink\nHello <>\nINCLUDE top.ink\nthere.\n-> k\n",
            ),
            ("knots.ink", b"== k ==\nK.\n-> END\n"),
            ("top.ink", b"Top.\n"),
        ],
        "",
    );
    assert_eq!(
        stdout(&out),
        "\n# tags: author: Ada\nHello Top.\nthere.\nK.\n",
        "{}",
        stderr(&out)
    );
}

/// Writes `files` into a new folder and runs `weave play --plain` and
/// `weave check` on its `story.ink`: what play printed, and everything
/// check printed.
fn play_and_check(files: &[(&str, &str)]) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let run = |args: &[&str]| {
        let mut cmd = weave(&dir.path().join("saves"), dir.path());
        cmd.args(args);
        run_with_input(cmd, "")
    };
    let played = run(&["play", "--plain", "story.ink"]);
    assert!(played.status.success(), "{}", stderr(&played));
    let checked = run(&["check", "story.ink"]);
    (
        stdout(&played),
        format!("{}{}", stdout(&checked), stderr(&checked)),
    )
}

#[test]
fn an_include_inside_a_knot_is_ignored_as_ink_ignores_it_with_a_warning() {
    let files = [
        (
            "story.ink",
            "-> k\n== k ==\nHi.\nINCLUDE part.ink\nThere.\n-> END\n",
        ),
        ("part.ink", "Part.\n"),
    ];
    let (played, text) = play_and_check(&files);
    assert_eq!(played, "Hi.\nThere.\n", "{text}");
    assert!(
        text.contains("ink ignores an INCLUDE inside a knot") && text.contains("story.ink:4:1"),
        "{text}"
    );
}

#[test]
fn a_stray_closing_brace_ends_its_file_as_ink_reads_it_with_a_warning() {
    // ink's parser finds no statement at a line that starts with a `}`
    // closing no block, and reads nothing more of that file (an included
    // file ends there, the file that includes it goes on).
    let files = [
        (
            "story.ink",
            "INCLUDE part.ink\n{true:\n  Yes.\n}\nMain.\n-> END\n",
        ),
        (
            "part.ink",
            "Part.\n  }\nLost.\n== lost ==\nLost too.\n-> END\n",
        ),
    ];
    let (played, text) = play_and_check(&files);
    assert_eq!(played, "Part.\nYes.\nMain.\n", "{text}");
    assert!(
        text.contains("ink stops reading the file here") && text.contains("part.ink:2:3"),
        "{text}"
    );
}

#[test]
fn a_list_meets_only_a_list_or_an_int_as_in_ink() {
    for (expr, verb) in [
        ("() + \"crew\"", "cannot add a list and a string"),
        ("l == \"a\"", "cannot compare a list and a string"),
        ("l + 1.5", "cannot add a list and a float"),
        ("\"a\" + l", "cannot add a string and a list"),
        ("l has \"a\"", "a list and a string"),
    ] {
        let story = format!("LIST L = a, b, c\nVAR l = (a)\n{{{expr}}}\n-> END\n");
        let out = play(&story, "");
        let err = stderr(&out);
        assert!(
            err.contains("runtime error at") && err.contains("story.ink:3:") && err.contains(verb),
            "{expr}: {err}"
        );
        assert_eq!(stdout(&out), "", "{expr}");
    }
    let out = play(
        "LIST L = a, b, c\nVAR l = (a)\n{l + 1} {l + 2 - 1}\n-> END\n",
        "",
    );
    assert_eq!(stdout(&out), "b b\n", "{}", stderr(&out));
}

#[test]
fn a_tag_after_a_divert_is_refused_as_ink_refuses_it() {
    for (line, col) in [
        ("Hello -> END #hey", 14),
        ("* [a] -> k #t", 12),
        ("A <- k #t", 8),
    ] {
        let out = play(&format!("{line}\n-> END\n== k ==\nK\n-> END\n"), "");
        let err = stderr(&out);
        assert!(
            err.contains("a tag cannot follow a divert")
                && err.contains(&format!("story.ink:1:{col}")),
            "{line}: {err}"
        );
    }
    // Before the divert, it is a tag of the line.
    let out = play("Hello #hey -> k\n== k ==\nK\n-> END\n", "");
    assert_eq!(stdout(&out), "Hello K\n# tags: hey\n", "{}", stderr(&out));
}

#[test]
fn cr_only_line_endings_are_line_breaks() {
    let out = play_files(&[("story.ink", b"A.\rB.\r-> k\r== k ==\rK.\r-> END\r")], "");
    assert_eq!(stdout(&out), "A.\nB.\nK.\n", "{}", stderr(&out));
}

#[test]
fn whitespace_after_a_choices_bracket_prints_an_empty_line_when_taken() {
    for story in [
        "+ [Again] \n    Body.\n    -> END\n",
        "* [Again]\t\n    Body.\n    -> END\n",
        "+ [Again] // a note\n    Body.\n    -> END\n",
    ] {
        assert_eq!(
            transcript(story, "1\n"),
            "\n1: Again\n?> \nBody.\n",
            "{story:?}"
        );
    }
    assert_eq!(
        transcript("+ [Again]\n    Body.\n    -> END\n", "1\n"),
        "\n1: Again\n?> Body.\n"
    );
}

#[test]
fn text_that_runs_into_a_divert_ends_in_one_space() {
    // `-> next` ending a line leaves the line open; the text the divert
    // reaches joins it after one space, whether a gather label, a knot or
    // glue comes between.
    let said = "He points, \"Now talk.\"\n";
    for story in [
        "He points,-> next\n- (next) \"Now talk.\"\n-> END\n",
        "He points,   -> next\n== next ==\n    \"Now talk.\"\n-> END\n",
    ] {
        assert_eq!(transcript(story, ""), said, "{story:?}");
    }
    // Not in a choice's text, nor across glue on a line of its own.
    assert_eq!(
        transcript("* [x] text-> k\n== k ==\nK\n-> END\n", "1\n"),
        "\n1: x\n?> textK\n"
    );
    assert_eq!(
        transcript(
            "He points,<>\n-> next\n== next ==\n\"Now talk.\"\n-> END\n",
            ""
        ),
        "He points,\"Now talk.\"\n"
    );
}

#[test]
fn tags_on_a_choices_output_end_at_its_divert() {
    // As inkjs and `inklecate -p` print it: the story's last line, ended
    // by a divert, has no newline of its own, so its tags follow at once.
    assert_eq!(
        transcript("+ one #one [two #two] three #three -> END\n", "1\n"),
        "\n1: one two\n?> one three# tags: one, three\n"
    );
    assert_eq!(
        transcript("A #t1 -> k\n== k ==\nK #t2\n-> END\n", ""),
        "A K\n# tags: t1, t2\n"
    );
}

#[test]
fn an_inline_conditional_whose_branch_is_a_tunnel_return_prints_no_empty_line() {
    let story = "Start\n-> t ->\nAfter.\n-> END\n== t ==\n{true: ->->}\nNot.\n->->\n";
    assert_eq!(transcript(story, ""), "Start\nAfter.\n");
    let story = "* [go] -> t ->\n  After.\n  -> END\n== t ==\n{true: ->->}\nNot.\n->->\n";
    assert_eq!(transcript(story, "1\n"), "\n1: go\n?> \nAfter.\n");
}

#[test]
fn a_list_definition_may_go_on_over_several_lines() {
    let story = "LIST Colours =\n    red, green,\n    blue\nLIST B = (x)\n    , y\n{LIST_ALL(Colours)} {B}\n";
    assert_eq!(transcript(story, ""), "red, green, blue x\n");
}

#[test]
fn a_labelled_gather_before_the_first_knot_is_seen_from_a_knot() {
    let story = "- (top)\n{top}\n-> k\n== k ==\n{top}\n* {top < 2} [again] -> top\n";
    let out = play(story, "1\n");
    assert_eq!(stdout(&out), "1\n1\n\n1: again\n?> 2\n2\n");
    // Then the once-only choice is used up: ink's runtime error.
    assert!(stderr(&out).contains(RAN_OUT), "{}", stderr(&out));
}

#[test]
fn a_variable_may_change_type_as_ink_is_dynamically_typed() {
    let story = "VAR name = \"Ada\"\n~ name = 5\n~ temp x = name - 1\n{x}\n";
    assert_eq!(transcript(story, ""), "4\n");
}

#[test]
fn identifiers_take_inks_character_ranges() {
    let story = "VAR ΑΒΓ = 1\nVAR имя = 2\nVAR 이름 = 3\nVAR 名字 = 6\nVAR שם = 7\nVAR اسم = 8\nVAR Ճ = 9\nVAR ŁódźŸ = 10\nVAR ƀɏ = 11\n{ΑΒΓ} {имя} {이름} {名字} {שם} {اسم} {Ճ} {ŁódźŸ} {ƀɏ}\n-> knötchen\n== knötchen ==\n= stitché\nDone.\n-> END\n";
    assert_eq!(transcript(story, ""), "1 2 3 6 7 8 9 10 11\nDone.\n");
    let story = "LIST цвета = красный, (синий)\nVAR имя = 1\n-> узел(имя)\n== узел(число) ==\n- (метка) {число} {цвета} {метка}\n* [выбор] -> конец\n== конец ==\nКонец.\n-> END\n";
    assert_eq!(
        transcript(story, "1\n"),
        "1 синий 1\n\n1: выбор\n?> Конец.\n"
    );
    // Devanagari is not among ink's ranges: ink refuses the name, so does weave.
    assert_eq!(play("VAR नाम = 1\n{नाम}\n", "").status.code(), Some(1));
}

#[test]
fn stopping_sequences_inside_a_function_count_their_calls() {
    for story in [
        "{f()} {f()} {f()}\n== function f ==\n{stopping: a|b}\n",
        "{f()} {f()} {f()}\n== function f ==\n{ stopping:\n    - a\n    - b\n}\n",
        "{f()} {f()} {f()}\n=== function f ===\n    {stopping:\n        - ~ return \"a\"\n        - ~ return \"b\"\n    }\n",
    ] {
        assert_eq!(transcript(story, ""), "a b b\n", "{story:?}");
    }
}

#[test]
fn a_text_less_conditional_choice_then_a_blank_line_is_a_fallback_with_a_warning() {
    let story = "Start.\n* {true}\n\n    Body line.\n    -> END\n";
    assert_eq!(transcript(story, ""), "Start.\nBody line.\n");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("story.ink"), story).unwrap();
    let mut cmd = weave(&dir.path().join("saves"), dir.path());
    cmd.args(["check", "story.ink"]);
    let out = run_with_input(cmd, "");
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(all.contains("story.ink:2:1"), "{all}");
    assert!(
        all.contains("completely empty, so it is a fallback choice"),
        "{all}"
    );
    // Without the blank line, the body's first line is the choice's text.
    let story = "Start.\n* {true}\n    Body line.\n    -> END\n";
    assert_eq!(
        transcript(story, "1\n"),
        "Start.\n\n1: Body line.\n?> Body line.\n"
    );
}

#[test]
fn list_range_takes_list_items_of_any_list_as_bounds() {
    let story = "LIST Numbers = One, Two, Three, Four\nLIST Currency = Penny, Pound\n{LIST_RANGE(LIST_ALL(Numbers), Currency, Three)}\n{LIST_RANGE(LIST_ALL(Numbers), Penny, Three)}\n{LIST_RANGE(LIST_ALL(Numbers), Two, Pound)}\n{LIST_RANGE(LIST_ALL(Numbers), 2, Four)}\n";
    assert_eq!(
        transcript(story, ""),
        "One, Two, Three\nOne, Two, Three\nTwo\nTwo, Three, Four\n"
    );
}

/// Asserts `weave check` refuses the story with a message containing `says`.
fn refused(story: &str, says: &str) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("story.ink"), story).unwrap();
    let mut cmd = weave(&dir.path().join("saves"), dir.path());
    cmd.args(["check", "story.ink"]);
    let out = run_with_input(cmd, "");
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(1), "{story:?}: {all}");
    assert!(all.contains(says), "{story:?}: {all}");
}

#[test]
fn a_divert_inside_a_function_is_refused() {
    let says = "a function cannot divert";
    refused("{f()}\n== function f ==\n-> k\n== k ==\nK\n-> END\n", says);
    refused("{f()}\n== function f ==\n~ return 1\n-> DONE\n", says);
}

#[test]
fn a_divert_target_parameter_must_be_marked_and_a_variable_takes_no_arrow() {
    refused(
        "-> k(-> d)\n== k(t) ==\n-> t\n== d ==\nD\n-> END\n",
        "its parameter must be marked so: `-> t`",
    );
    refused(
        "VAR t = -> d\n-> k\n== k ==\n~ temp x = -> t\n-> END\n== d ==\nD\n-> END\n",
        "`t` is a variable, so it takes no `->` here",
    );
    // Marked, and used without the arrow where it is a value: fine.
    assert_eq!(
        transcript("-> k(-> d)\n== k(-> t) ==\n-> t\n== d ==\nD\n-> END\n", ""),
        "D\n"
    );
}

#[test]
fn names_that_collide_across_kinds_are_refused() {
    let says = "is already the name of";
    for story in [
        "VAR f = 1\n{f()}\n== function f ==\n~ return 2\n",
        "VAR k = 1\n{k}\n-> k\n== k ==\nK\n-> END\n",
        "VAR s = 1\n{s}\n-> k\n== k ==\n= s\nS\n-> END\n",
        "VAR v = 1\n-> k(2)\n== k(v) ==\n{v}\n-> END\n",
        "-> k(2)\n== k(f) ==\n{f}\n-> END\n== function f ==\n~ return 1\n",
        "VAR x = 1\n~ temp x = 2\n{x}\n",
        "VAR g = 1\n-> k\n== k ==\n- (g) A {g}\n-> END\n",
        "VAR g = 1\n* (g) A {g}\n-> END\n",
        "LIST g = x\n- (g) A\n-> END\n",
        "LIST l = g\n- (g) A\n-> END\n",
        "- (k) A\n-> k\n== k ==\nK\n-> END\n",
    ] {
        refused(story, says);
    }
    // A label may share its name with a constant, as in ink.
    assert_eq!(transcript("CONST g = 1\n- (g) A\n-> END\n", ""), "A\n");
}

#[test]
fn a_temporary_or_parameter_named_like_anything_its_flow_sees_is_refused_as_in_ink() {
    for (story, says) in [
        (
            "-> k\n== k ==\n~ temp k = 1\n{k}\n-> END\n",
            "`k` is already the name of a knot",
        ),
        (
            "-> k\n== k ==\n~ temp f = 1\n{f}\n-> END\n== function f ==\n~ return 1\n",
            "`f` is already the name of a function",
        ),
        (
            "-> k\n== k ==\n~ temp s = 1\n{s}\n-> END\n= s\n-> END\n",
            "`s` is already the name of a stitch of this knot",
        ),
        (
            "-> k\n== k ==\n- (g) A\n~ temp g = 1\n{g}\n-> END\n",
            "`g` is already the name of a label of this flow",
        ),
        (
            "LIST l = a, b\n-> k\n== k ==\n~ temp a = 1\n{a}\n-> END\n",
            "`a` is already the name of a list item",
        ),
        (
            "-> k\n== k ==\n{true:\n  ~ temp x = 1\n}\n~ temp x = 2\n{x}\n-> END\n",
            "`x` is already the name of a temporary declared earlier",
        ),
        (
            "-> k(1)\n== k(a) ==\n~ temp a = 1\n{a}\n-> END\n",
            "`a` is already the name of a parameter",
        ),
        (
            "-> k(1, 2)\n== k(a, a) ==\n{a}\n-> END\n",
            "two parameters are named `a`",
        ),
    ] {
        refused(story, says);
    }
    // A stitch or label of another knot is no clash, in ink either.
    assert_eq!(
        transcript(
            "-> k\n== k ==\n~ temp s = 1\n~ temp g = 2\n{s} {g}\n-> END\n== k2 ==\n- (g) G\n-> END\n= s\n-> END\n",
            ""
        ),
        "1 2\n"
    );
}

#[test]
fn a_parameter_named_like_an_item_two_lists_share_is_refused() {
    refused(
        "LIST a = x, y\nLIST b = x, z\n-> k(1)\n== k(x) ==\n{x}\n-> END\n",
        "`x` is already the name of a list item",
    );
}

#[test]
fn an_external_may_share_its_name_with_its_fallback_function() {
    assert_eq!(
        transcript("EXTERNAL f()\n{f()}\n== function f ==\n~ return 1\n", ""),
        "1\n"
    );
}

#[test]
fn a_choice_nested_in_a_conditional_must_divert() {
    refused(
        "VAR x = true\n{x:\n  * a\n    A.\n}\nAfter.\n-> END\n",
        "a choice inside a conditional or sequence must end in a divert",
    );
    refused(
        "{ shuffle:\n-   * choice\n    nextline\n}\n-> END\n",
        "a choice inside a conditional or sequence must end in a divert",
    );
    // With its divert it is fine (ink-proof I043 has the shuffle form).
    assert_eq!(
        transcript(
            "{ shuffle:\n-   * choice\n    nextline\n    -> END\n}\n",
            "1\n"
        ),
        "\n1: choice\n?> choice\nnextline\n"
    );
}

#[test]
fn a_logic_line_after_a_label_only_choice_is_refused() {
    refused("* (a)\n~ temp x = 1\n-> END\n", "story.ink:2:1");
    refused("* (a)\n~ temp x = 1\n-> END\n", "a `~` logic line");
}

#[test]
fn a_bare_bar_in_text_is_refused_as_ink_refuses_it() {
    let says = "a `|` outside braces is not text in ink";
    for (story, at) in [
        ("a|b\n", "story.ink:1:2"),
        ("{1}|{2}\n", "story.ink:1:4"),
        ("x {1}|y\n", "story.ink:1:6"),
        ("* a|b\n  x\n-> END\n", "story.ink:1:4"),
        ("* [a|b] c\n-> END\n", "story.ink:1:5"),
        ("- (g) a|b\n", "story.ink:1:8"),
        ("hi # tag a|b\n", "story.ink:1:11"),
        ("VAR x = \"a|b\"\n{x}\n", "story.ink:1:11"),
        ("{true:\n- a|b\n}\n", "story.ink:2:4"),
    ] {
        refused(story, says);
        refused(story, at);
    }
    // Escaped, or inside braces, a bar is fine.
    assert_eq!(
        transcript("a \\| b\n{true: c|d} {&e|f}\n", ""),
        "a | b\nc e\n"
    );
}

#[test]
fn a_line_starting_with_a_bar_ends_its_file_as_ink_reads_it_with_a_warning() {
    let (played, text) = play_and_check(&[("story.ink", "A\n  | x\nB\n")]);
    assert_eq!(played, "A\n", "{text}");
    assert!(
        text.contains("a line cannot start with `|`") && text.contains("story.ink:2:3"),
        "{text}"
    );
}

#[test]
fn include_takes_the_rest_of_the_line_with_or_without_whitespace_after_it() {
    // As in ink, any line that starts with `INCLUDE` includes the rest of
    // the line, trimmed, whether or not a blank follows the word.
    let out = play_files(
        &[
            ("story.ink", b"INCLUDEother.ink\nHello\n-> o\n"),
            ("other.ink", b"== o\nO\n-> END\n"),
        ],
        "",
    );
    assert_eq!(stdout(&out), "Hello\nO\n", "{}", stderr(&out));
    // `INCLUDE: other.ink` names the file `: other.ink`, which is missing.
    refused(
        "INCLUDE: other.ink\nHello\n",
        "cannot include `: other.ink`",
    );
    refused("INCLUDE: other.ink\nHello\n", "story.ink:1:1");
    refused(
        "INCLUDE\nHello\n",
        "INCLUDE needs the name of a file after it",
    );
}
