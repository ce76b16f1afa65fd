//! Helpers shared by the integration tests: running the `weave` binary with
//! its saves in a temporary folder, and loading the example story.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use weave::compile::{self, Program};

/// The repository root (where Cargo.toml is).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The hand-written example story.
pub fn lighthouse() -> PathBuf {
    root().join("scripts/lighthouse.ron")
}

/// A `weave` command whose saves go to `saves`, run from `dir`.
pub fn weave(saves: &Path, dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_weave"));
    cmd.current_dir(dir)
        .env("WEAVE_SAVES", saves)
        .env_remove("NO_COLOR");
    cmd
}

/// Runs `cmd` with `input` on stdin (a pipe, so plain mode).
pub fn run_with_input(mut cmd: Command, input: &str) -> Output {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("the weave binary runs");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    // The player may stop reading early (the story ended); a broken pipe
    // here is not a test failure.
    let _ = stdin.write_all(input.as_bytes());
    drop(stdin);
    child.wait_with_output().expect("weave finishes")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Loads a script through the library's loader, panicking with the
/// diagnostics if it has errors (the stories tests use are meant to be good).
pub fn compile_ron(path: &Path) -> Arc<Program> {
    match weave::load::script(path) {
        Ok(loaded) => loaded.program,
        Err(err) => panic!("{path:?}: {err:?}"),
    }
}

/// Compiles RON text given inline.
pub fn compile_text(text: &str) -> Arc<Program> {
    let mut none = |_: &str| Err("no includes".to_string());
    let syntax = weave::load::Syntax::Ron;
    let (story, _, _) = weave::load::text("inline.ron", text.to_string(), syntax, &mut none)
        .unwrap_or_else(|d| panic!("{:?}", d.0));
    let (program, _warnings) = compile::compile(&story).unwrap_or_else(|d| panic!("{d:?}"));
    Arc::new(program)
}

/// A story of three choice points, two choices each.
pub const ROAD: &str = r#"Story(
    title: "The road",
    body: [
        Line("Morning on the road."),
        Choice(text: "Walk", then: [Line("You walk.")]),
        Choice(text: "Run", then: [Line("You run.")]),
        Gather(),
        Line("Noon."),
        Choice(text: "Eat", then: [Line("Bread.")]),
        Choice(text: "Rest", then: [Line("Shade.")]),
        Gather(),
        Line("Evening."),
        Choice(text: "Camp", then: [Line("A fire.") , Line("-> END")]),
        Choice(text: "Go on", then: [Line("The stars.") , Line("-> END")]),
    ],
)
"#;
