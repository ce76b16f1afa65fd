//! What a reader sees in the REPL, in a real pseudo-terminal: the title
//! screen, tags rendered or hidden but never printed raw (on a story with
//! every kind of tag, and on every path of the Konoha story), `--show-tags`
//! for authors, and no terminal styles under `NO_COLOR`.

use super::repl::spawn;
use super::support::root;
use expectrl::{Eof, Expect};
use std::path::Path;
use std::sync::Arc;
use weave::compile::Program;
use weave::runtime::{Prompt, Session};

const TAGGED: &str = r##"Story(
    title: "Every tag",
    source: "Written for the tests by the weave authors",
    body: [
        Line("\"Go,\" he said.#speaker: Kakashi"),
        Line("\"Look,\" Sakura said.#speaker: Sakura"),
        Line("Under the moon we sing.#lyrics#credit: Song by the Band"),
        Line("She was small then.#flashback"),
        Line("Years before.#memory"),
        Line("Morning came.#scene#weather: rain"),
        Choice(text: "Leave #mood", then: [Line("She left.#ending: Gone for good"), Line("-> END")]),
        Choice(text: "Stay", then: [Line("She stayed.#ending: Home"), Line("-> END")]),
    ],
)
"##;

/// The raw forms a tag could take on screen.
const RAW: [&str; 10] = [
    "#speaker",
    "speaker:",
    "# ",
    "#lyrics",
    "#flashback",
    "#memory",
    "#scene",
    "#ending",
    "ending:",
    "credit:",
];

fn raw_tags_in(text: &str) -> Vec<&'static str> {
    RAW.iter()
        .copied()
        .filter(|raw| text.contains(raw))
        .collect()
}

fn write(dir: &Path, text: &str) -> String {
    let path = dir.join("tagged.ron");
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// Everything the REPL printed up to the next prompt.
fn until_prompt(p: &mut super::repl::Pty) -> String {
    let found = p.expect("> ").expect("a prompt");
    String::from_utf8_lossy(found.before()).into_owned()
}

#[test]
fn every_known_tag_is_rendered_and_no_tag_is_printed_raw() {
    let dir = tempfile::tempdir().unwrap();
    let script = write(dir.path(), TAGGED);
    let saves = dir.path().join("saves");
    let mut p = spawn(&saves, &["play", &script, "--seed", "1"]);
    let screen = until_prompt(&mut p);
    // The title screen: the title, the source, and how to get help.
    assert!(screen.contains("Every tag"), "{screen}");
    assert!(
        screen.contains("Written for the tests by the weave authors"),
        "{screen}"
    );
    assert!(screen.contains("`help`"), "{screen}");
    // Speech that does not say who speaks is given the name; speech that
    // says it is left alone.
    assert!(screen.contains("Kakashi: "), "{screen}");
    assert!(!screen.contains("Sakura: "), "{screen}");
    // Lyrics are set apart, their credit shown after them.
    assert!(screen.contains("    Under the moon we sing."), "{screen}");
    assert!(screen.contains("— Song by the Band"), "{screen}");
    assert!(screen.contains("*   *   *"), "a scene break: {screen}");
    assert!(
        !screen.contains("rain"),
        "an unknown tag is hidden: {screen}"
    );
    assert!(
        screen.contains("\n\r\n"),
        "a blank line between paragraphs: {screen:?}"
    );
    p.send_line("1").unwrap();
    let end = until_prompt(&mut p);
    assert!(end.contains("She left."), "{end}");
    assert!(end.contains("The end: Gone for good"), "{end}");
    assert_eq!(raw_tags_in(&format!("{screen}{end}")), Vec::<&str>::new());
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
}

#[test]
fn show_tags_shows_every_tag_for_authors() {
    let dir = tempfile::tempdir().unwrap();
    let script = write(dir.path(), TAGGED);
    let saves = dir.path().join("saves");
    let mut p = spawn(&saves, &["play", &script, "--seed", "1", "--show-tags"]);
    let screen = until_prompt(&mut p);
    assert!(screen.contains("# scene, weather: rain"), "{screen}");
    assert!(screen.contains("# speaker: Kakashi"), "{screen}");
    assert!(screen.contains("# mood"), "a choice's tags too: {screen}");
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
}

#[test]
fn styles_follow_no_color() {
    let dir = tempfile::tempdir().unwrap();
    let script = write(dir.path(), TAGGED);
    let saves = dir.path().join("saves");
    let styled = |no_color: Option<&str>| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_weave"));
        cmd.current_dir(root())
            .env("WEAVE_SAVES", &saves)
            .env("TERM", "xterm")
            .args(["play", &script, "--seed", "1"]);
        match no_color {
            Some(value) => cmd.env("NO_COLOR", value),
            None => cmd.env_remove("NO_COLOR"),
        };
        let mut p = expectrl::Session::spawn(cmd).unwrap();
        p.set_expect_timeout(Some(std::time::Duration::from_secs(10)));
        let screen = until_prompt(&mut p);
        p.send_line("quit").unwrap();
        p.expect(Eof).unwrap();
        // Italic is what only the story's styles use (rustyline draws no
        // italics).
        screen.contains("\x1b[3m")
    };
    assert!(styled(None), "flashbacks are italic on a terminal");
    assert!(!styled(Some("1")), "NO_COLOR turns styles off");
}

/// Every path through `program`, up to `limit`: for each step the choice
/// number (1-based) and how many choices the story offers after it (0: it
/// ends there).
fn paths(program: &Arc<Program>, limit: usize) -> Vec<Vec<(usize, usize)>> {
    let mut done = Vec::new();
    let mut stack = vec![(Session::new(program.clone(), 1), Vec::new())];
    while let Some((mut session, path)) = stack.pop() {
        if done.len() >= limit {
            break;
        }
        let offered = match session.continue_turn().expect("the story plays").prompt {
            Prompt::Done => 0,
            Prompt::Choice(choices) => choices.len(),
        };
        let mut path: Vec<(usize, usize)> = path;
        if let Some(last) = path.last_mut() {
            last.1 = offered;
        }
        if offered == 0 {
            done.push(path);
            continue;
        }
        for i in (0..offered).rev() {
            let mut next = session.clone();
            next.choose(i).unwrap();
            let mut longer = path.clone();
            longer.push((i + 1, 0));
            stack.push((next, longer));
        }
    }
    done
}

#[test]
fn no_path_of_the_konoha_story_shows_a_raw_tag() {
    let script = root().join("scripts/konoha.ron");
    let program = super::support::compile_ron(&script);
    let all = paths(&program, 80);
    assert!(all.len() > 1, "the story branches");
    let dir = tempfile::tempdir().unwrap();
    let saves = dir.path().join("saves");
    let mut p = spawn(
        &saves,
        &["play", &script.display().to_string(), "--seed", "1"],
    );
    let first = match Session::new(program.clone(), 1)
        .continue_turn()
        .unwrap()
        .prompt
    {
        Prompt::Choice(choices) => format!("\n{:>2}. ", choices.len()),
        Prompt::Done => panic!("the story offers a choice"),
    };
    let mut seen = String::from_utf8_lossy(p.expect(first.as_str()).unwrap().before()).into_owned();
    let mut endings = 0;
    for path in &all {
        for (n, offered) in path {
            p.send_line(n.to_string()).unwrap();
            // The end of what the story shows next: its last choice's
            // number, or the end of the story.
            let next = match offered {
                0 => "(the end) ".to_string(),
                n => format!("\n{n:>2}. "),
            };
            let found = p.expect(next.as_str()).expect("the next turn");
            seen.push_str(&String::from_utf8_lossy(found.before()));
            endings += usize::from(*offered == 0);
        }
        p.send_line("restart").unwrap();
        p.expect("(from the start)").unwrap();
        p.expect(first.as_str()).unwrap();
    }
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
    assert_eq!(endings, all.len(), "every path was played to its end");
    assert_eq!(
        raw_tags_in(&seen),
        Vec::<&str>::new(),
        "on {} paths",
        all.len()
    );
    assert!(
        seen.contains("The end: "),
        "endings are announced by their titles"
    );
}

#[test]
fn an_ink_story_names_its_source_with_an_author_tag_at_the_top() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("night.ink");
    std::fs::write(
        &path,
        "# author: Ada Lovelace\n# theme: dark\nThe night was long.\n* [Wait] -> END\n",
    )
    .unwrap();
    let script = path.display().to_string();
    let mut p = spawn(&dir.path().join("saves"), &["play", &script, "--seed", "1"]);
    let screen = until_prompt(&mut p);
    p.send_line("quit").unwrap();
    p.expect(Eof).unwrap();
    assert!(
        screen.contains("  night\r\n  Ada Lovelace\r\n"),
        "{screen:?}"
    );
    assert!(
        !screen.contains("author:") && !screen.contains("theme"),
        "{screen}"
    );
    // Plain mode still prints the tags as inklecate does.
    let saves = tempfile::tempdir().unwrap();
    let mut cmd = super::support::weave(saves.path(), &root());
    cmd.args(["play", "--plain", &script]);
    let plain = super::support::stdout(&super::support::run_with_input(cmd, "1\n"));
    assert!(
        plain.starts_with("The night was long.\n# tags: author: Ada Lovelace, theme: dark\n"),
        "{plain}"
    );
}
