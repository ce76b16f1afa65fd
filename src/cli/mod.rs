//! The command line: arguments (clap), turned into a validated [`Config`]
//! before any work starts, then one `match` that runs the subcommand.
//!
//! Boundary: this layer and `repl` are the only ones that touch the
//! terminal. They parse what the person typed and render what the library
//! returned; they hold no story semantics.

mod author;
mod config;
mod load;
mod plain;
mod skein;
mod tools;
mod watch;

pub use crate::saves::transcript::{write_transcript, write_turn};
pub use author::{AuthorArgs, AuthorStart, start_marker};
pub use config::{Action, Config, Mode, PlayArgs};
pub use load::{Loaded, Report, load_script, render_diagnostic};
pub use plain::play_plain;
pub use skein::{TestArgs, TestCommand};
pub use tools::ToolCommand;

use crate::play::{Game, PlayError, Start};
use crate::runtime::RuntimeError;
use crate::saves::{self, SaveError};
use crate::story::SourceMap;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};

/// weave: play interactive fiction written in RON or ink.
#[derive(Debug, Parser)]
#[command(name = "weave", version, about)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

/// `--saves DIR`, on the commands that read or write saves (`play`,
/// `replay`) and on no other.
#[derive(Debug, Default, clap::Args)]
pub struct SavesArg {
    /// The folder for save files (default: `saves/` beside Cargo.toml, or
    /// the WEAVE_SAVES environment variable).
    #[arg(long, value_name = "DIR")]
    pub saves: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Play a story (the default story if none is named).
    Play {
        /// The story: a RON script (.ron) or an ink file (.ink). Default:
        /// scripts/konoha.ron (or scripts/lighthouse.ron) beside Cargo.toml;
        /// with --resume, the script the autosave was made on.
        script: Option<PathBuf>,
        /// Plain output for pipes, as `inklecate -p` prints (the default when
        /// stdin is not a terminal).
        #[arg(long)]
        plain: bool,
        /// Seed for the story's randomness (a fresh one otherwise).
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
        /// Continue the autosaved game: of SCRIPT if given, else the most
        /// recent autosave of any story.
        #[arg(long, conflicts_with = "seed")]
        resume: bool,
        /// Show the story's tags under its lines, as an author wants them
        /// (a reader never sees them).
        #[arg(long)]
        show_tags: bool,
        /// Re-read the script whenever it or a file it includes changes,
        /// and replay the path on it (the REPL only).
        #[arg(long, conflicts_with = "plain")]
        watch: bool,
        #[command(flatten)]
        author: AuthorArgs,
        #[command(flatten)]
        saves: SavesArg,
    },
    /// Check a story: report errors and warnings, list its endings.
    Check {
        /// The story to check: a RON script (.ron) or an ink file (.ink).
        script: PathBuf,
        /// Check again whenever the script or a file it INCLUDEs changes.
        #[arg(long)]
        watch: bool,
    },
    /// Serve editors over the Language Server Protocol (stdin and stdout).
    Lsp,
    /// Write a story (an ink file, say) as a RON script.
    Compile {
        /// The story to write: a RON script (.ron) or an ink file (.ink).
        script: PathBuf,
        /// Where to write the RON script (`-` for standard output).
        #[arg(short, long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Turn seed texts and a plot map into a story script.
    Convert {
        /// The folder holding the seed texts the map names.
        #[arg(long, value_name = "DIR", default_value = "seeds")]
        seeds: PathBuf,
        /// The plot map.
        #[arg(long, value_name = "FILE", default_value = "scripts/konoha.map.ron")]
        map: PathBuf,
        /// The story script to write (`-` for standard output).
        #[arg(short = 'o', value_name = "FILE", default_value = "scripts/konoha.ron")]
        out: PathBuf,
        /// Also print what became of every seed paragraph and every edit,
        /// the word counts and the lint's warnings.
        #[arg(long)]
        report: bool,
        /// Only lint the map and its seeds, writing nothing; exit 1 on
        /// warnings.
        #[arg(long)]
        check: bool,
    },
    /// Print the transcript of a save's path, or of an ad-hoc path with
    /// `--choices`.
    Replay {
        /// A save (a name in the saves folder, or a file), or with
        /// `--choices`, a story script.
        file: PathBuf,
        /// Only check that the path still fits the story; exit 1 if not.
        #[arg(long)]
        check: bool,
        /// Replay these 1-based choice numbers on the script FILE.
        #[arg(
            long,
            value_name = "1,2,1",
            value_delimiter = ',',
            conflicts_with = "check"
        )]
        choices: Option<Vec<usize>>,
        /// The seed for `--choices` (default 0).
        #[arg(long, value_name = "N", requires = "choices")]
        seed: Option<u64>,
        /// The story to replay a save on (default: the one it was made on).
        #[arg(long, value_name = "SCRIPT", conflicts_with = "choices")]
        script: Option<PathBuf>,
        #[command(flatten)]
        saves: SavesArg,
    },
    #[command(flatten)]
    Tool(ToolCommand),
    /// Check the recorded paths (transcript tests) against the current
    /// story, or record a new one with `weave test record`.
    Test(TestArgs),
}

/// Errors the command line reports; each maps to an exit code in `main`.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A script that could not be read (its diagnostics are
    /// `ScriptHasErrors`, printed first).
    #[error(transparent)]
    Load(crate::load::LoadError),
    #[error("{} has {}; it cannot be played", path.display(), crate::story::words::count(*count, "error"))]
    ScriptHasErrors { path: PathBuf, count: usize },
    #[error("runtime error: {0}")]
    Runtime(#[from] RuntimeError),
    #[error("runtime error at {place}: {message}")]
    RuntimeAt { message: String, place: String },
    #[error(transparent)]
    Save(#[from] SaveError),
    #[error(transparent)]
    Play(PlayError),
    #[error(transparent)]
    Convert(#[from] Box<crate::convert::ConvertError>),
    #[error("{0}")]
    PathDoesNotFit(saves::Break),
    #[error("could not write {}: {source}", path.display())]
    WriteFile {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not write the output: {0}")]
    Output(#[from] std::io::Error),
    #[error("{0}")]
    Repl(String),
    /// An author tool found problems (runtime errors, loops with no way out).
    #[error("{0}")]
    Findings(String),
    /// A flag's value that clap accepted but that means nothing.
    #[error("{0}")]
    BadArgument(String),
    #[error(transparent)]
    Skein(#[from] crate::tools::skein::SkeinError),
    #[error(transparent)]
    Prepare(#[from] crate::tools::prepare::PrepareError),
    #[error("no recorded paths in {}: record one with `weave test record SCRIPT --choices 1,2 NAME`", dir.display())]
    NoRecordings { dir: PathBuf },
    #[error("no recorded path named `{name}` in {}", dir.display())]
    UnknownRecording { name: String, dir: PathBuf },
    #[error(
        "Graphviz's `dot` is not installed, so {} was not drawn; wrote {} instead.\n\
         Install Graphviz (`apt-get install graphviz`, or `brew install graphviz`), then run:\n  \
         dot -T{kind} {} -o {}",
        output.display(), fallback.display(), fallback.display(), output.display()
    )]
    NoGraphviz {
        output: PathBuf,
        fallback: PathBuf,
        kind: String,
    },
    #[error("Graphviz's `dot` failed ({0})")]
    Graphviz(String),
    #[error(transparent)]
    Lsp(#[from] crate::lsp::LspError),
    #[error("could not watch {}: {source}", path.display())]
    Watch {
        path: PathBuf,
        source: notify::Error,
    },
    #[error("{failed} of {} failed", crate::story::words::count(*total, "recorded path"))]
    TestsFailed { failed: usize, total: usize },
}

impl CliError {
    /// Names the source place of a runtime error, when the runtime knew it.
    pub fn locate(self, sources: &SourceMap) -> CliError {
        let err = match self {
            CliError::Runtime(err)
            | CliError::Save(SaveError::Runtime(err))
            | CliError::Skein(crate::tools::skein::SkeinError::Runtime(err)) => err,
            other => return other,
        };
        match err.span {
            Some(span) => CliError::RuntimeAt {
                message: err.message,
                place: sources.locate(span),
            },
            None => CliError::Runtime(err),
        }
    }

    /// The error as the user sees it, `weave: …`, wrapped to the width of
    /// the terminal when stderr is one (a pipe or a file gets it unwrapped).
    pub fn render(&self) -> String {
        let text = format!("weave: {self}");
        if !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            return text;
        }
        let width = textwrap::termwidth();
        text.lines()
            .map(|line| {
                let indent: String = line.chars().take_while(|c| *c == ' ').collect();
                let options = textwrap::Options::new(width).subsequent_indent(&indent);
                textwrap::fill(line, options)
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Whether this is a write to an output whose reader went away (`weave
    /// replay … | head -1`), which ends the command quietly, as ripgrep
    /// does (STYLE.md rule 17).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, CliError::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }

    /// ripgrep's convention: 1 when the answer is "no" (the script has
    /// errors, the path no longer fits), 2 for every other failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::ScriptHasErrors { .. }
            | CliError::PathDoesNotFit(_)
            | CliError::Findings(_)
            | CliError::TestsFailed { .. }
            | CliError::Skein(crate::tools::skein::SkeinError::DoesNotFit(_)) => 1,
            _ => 2,
        }
    }
}

/// Runs one command.
pub fn run(args: Args) -> Result<(), CliError> {
    let config = Config::from_args(args)?;
    match config.action {
        Action::Play { script, play: args } => play(&config.saves, script, args),
        Action::Check {
            script,
            watch: false,
        } => check(&script),
        Action::Check {
            script,
            watch: true,
        } => watch::check_watching(&script, check),
        Action::Lsp => Ok(crate::lsp::run_stdio()?),
        Action::Compile { script, out } => compile_to_ron(&script, &out),
        Action::Convert {
            options,
            report,
            check,
        } => convert(&options, report, check),
        Action::ReplaySave {
            save,
            script,
            check,
        } => replay_save(&save, script, check),
        Action::ReplayChoices {
            script,
            numbers,
            seed,
        } => replay_choices(&script, &numbers, seed),
        Action::Tool(command) => tools::run(command),
        Action::Test(args) => skein::run_test(args),
    }
}

/// `weave compile`: parses and checks a story, then writes its RON form.
fn compile_to_ron(script: &std::path::Path, out: &std::path::Path) -> Result<(), CliError> {
    let (story, sources) = load::read_story(script, Report::Errors)?;
    // A story with errors is never written out.
    if let Err(diagnostics) = crate::compile::compile(&story) {
        return Err(load::report_errors(
            script,
            &diagnostics,
            &sources,
            Report::Errors,
        ));
    }
    let text = crate::script::ron::to_ron(&story);
    write_output(out, text.as_bytes())
}

/// Whether an output path is `-`, which means standard output.
pub fn is_stdout(path: &std::path::Path) -> bool {
    path.as_os_str() == "-"
}

/// Writes a command's output file (`-o FILE`) atomically, or to standard
/// output for `-o -`.
pub fn write_output(path: &std::path::Path, bytes: &[u8]) -> Result<(), CliError> {
    if is_stdout(path) {
        let mut out = std::io::stdout().lock();
        out.write_all(bytes)?;
        return Ok(out.flush()?);
    }
    saves::write_atomic(path, bytes).map_err(|source| CliError::WriteFile {
        path: path.to_path_buf(),
        source,
    })
}

fn play(saves_dir: &Path, script: Option<PathBuf>, play: PlayArgs) -> Result<(), CliError> {
    let autosave_in = (play.mode == Mode::Repl).then(|| saves_dir.to_path_buf());
    let start = Start {
        seed: play.seed,
        cheats: play.author.cheats.clone(),
        allow_cheats: play.author.allow_cheats,
        autosave_in,
    };
    let (mut game, notice) = if play.resume {
        let (game, resumed) =
            Game::resume(saves_dir, script.as_deref(), start).map_err(report_play_error)?;
        (game, resumed.notice())
    } else {
        let script = script.unwrap_or_else(config::default_story);
        let loaded = load_script(&script, Report::Errors)?;
        crate::tools::prepare::check_cheats(&loaded.program, &start.cheats)?;
        (Game::new(loaded, start).map_err(report_play_error)?, None)
    };
    match play.mode {
        Mode::Plain => {
            if let Some(notice) = &notice {
                let _ = writeln!(std::io::stderr(), "weave: {notice}");
            }
            let stdin = std::io::stdin().lock();
            let mut stdout = std::io::stdout().lock();
            if let Some(marker) = author::start_marker(game.cheats()) {
                writeln!(stdout, "{marker}")?;
            }
            play_plain(&mut game, stdin, stdout)
        }
        Mode::Repl => {
            let options = crate::repl::Options {
                saves: saves_dir.to_path_buf(),
                notice,
                show_tags: play.show_tags,
                watch: play.watch,
            };
            crate::repl::run(game, options).map_err(|e| CliError::Repl(e.to_string()))
        }
    }
}

/// Turns a play error into the command line's, printing first what it
/// carries for people: a script's diagnostics, or the lines a failing turn
/// printed.
pub fn report_play_error(err: PlayError) -> CliError {
    match err {
        PlayError::Load(err) => load::report_load_error(err, Report::Errors),
        PlayError::Runtime {
            message,
            place,
            lines,
        } => {
            let mut out = std::io::stdout();
            // What the story printed before it failed comes first.
            let _ = saves::transcript::write_lines(&mut out, &lines).and_then(|()| out.flush());
            CliError::Play(PlayError::Runtime {
                message,
                place,
                lines: Vec::new(),
            })
        }
        other => CliError::Play(other),
    }
}

/// `weave check`: the diagnostics (printed while loading), then the
/// story's endings.
fn check(script: &std::path::Path) -> Result<(), CliError> {
    let loaded = load_script(script, Report::All)?;
    let program = &loaded.program;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{}: \"{}\": no errors, {}",
        loaded.name,
        program.title,
        crate::story::words::count(loaded.warnings.len(), "warning")
    )?;
    writeln!(out, "endings ({}):", program.endings.len())?;
    for ending in &program.endings {
        let flow = if ending.flow == "(root)" {
            "the start"
        } else {
            &ending.flow
        };
        writeln!(out, "  {flow} at {}", loaded.sources.locate(ending.span))?;
    }
    Ok(())
}

/// Writes the converted script and says what was written; with `report`,
/// every seed paragraph's fate, every edit, the word counts and the lint
/// too. With `check`, only lints (writing nothing): exit 1 on warnings.
fn convert(options: &crate::convert::Options, report: bool, check: bool) -> Result<(), CliError> {
    if check {
        let mut out = std::io::stdout().lock();
        let (_, done) = crate::convert::render(options).map_err(Box::new)?;
        // The report ends with the warnings; without it, they are all.
        if report {
            write!(out, "{}", done.render())?;
        } else {
            for warning in &done.warnings {
                writeln!(out, "{warning}")?;
            }
        }
        return match done.warnings.len() {
            0 => {
                writeln!(out, "{}: no warnings", options.map.display())?;
                Ok(())
            }
            n => Err(CliError::Findings(format!(
                "{}: {n} convert warning(s)",
                options.map.display()
            ))),
        };
    }
    // With `-o -` the script is the output, and what is said about it goes
    // to stderr.
    let (done, mut out): (_, Box<dyn Write>) = if is_stdout(&options.out) {
        let (script, done) = crate::convert::render(options).map_err(Box::new)?;
        write_output(&options.out, script.as_bytes())?;
        (done, Box::new(std::io::stderr().lock()))
    } else {
        let done = crate::convert::run(options).map_err(Box::new)?;
        (done, Box::new(std::io::stdout().lock()))
    };
    if report {
        write!(out, "{}", done.render())?;
    }
    writeln!(
        out,
        "wrote {}: {} knots, {} choice points, {} endings",
        if is_stdout(&options.out) {
            "the script to standard output".to_string()
        } else {
            options.out.display().to_string()
        },
        done.knots,
        done.choice_points,
        done.endings.len()
    )?;
    Ok(())
}

fn replay_save(
    save: &std::path::Path,
    script: Option<PathBuf>,
    check: bool,
) -> Result<(), CliError> {
    let save = saves::read(save)?;
    let script = script.unwrap_or_else(|| PathBuf::from(&save.script));
    let loaded = load_script(&script, Report::Errors)?;
    if save.story != loaded.program.title {
        return Err(SaveError::OtherStory {
            expected: loaded.program.title.clone(),
            found: save.story,
        }
        .into());
    }
    let replayed = saves::replay_cheated(loaded.program, save.seed, &save.cheats, &save.path)
        .map_err(|e| CliError::from(e).locate(&loaded.sources))?;
    if !check {
        write_transcript(&mut std::io::stdout().lock(), &replayed.turns)?;
    }
    match replayed.broken {
        Some(broken) => Err(CliError::PathDoesNotFit(broken)),
        None => Ok(()),
    }
}

fn replay_choices(script: &std::path::Path, numbers: &[usize], seed: u64) -> Result<(), CliError> {
    let loaded = load_script(script, Report::Errors)?;
    let replayed = saves::replay_numbers(loaded.program, seed, numbers)
        .map_err(|e| CliError::from(e).locate(&loaded.sources))?;
    write_transcript(&mut std::io::stdout().lock(), &replayed.turns)?;
    match replayed.broken {
        Some(broken) => Err(CliError::PathDoesNotFit(broken)),
        None => Ok(()),
    }
}
