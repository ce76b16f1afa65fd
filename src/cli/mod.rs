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

pub use crate::saves::transcript::{write_transcript, write_turn};
pub use author::{AuthorArgs, AuthorStart, start_marker};
pub use config::{Action, Config, Mode};
pub use load::{Loaded, Report, load_script, render_diagnostic};
pub use plain::play_plain;
pub use skein::{TestArgs, TestCommand};
pub use tools::ToolCommand;

use crate::runtime::{RuntimeError, Session, Turn};
use crate::saves::{self, SaveError};
use crate::story::SourceMap;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;

/// weave: play interactive fiction written in RON or ink.
#[derive(Debug, Parser)]
#[command(name = "weave", version, about)]
pub struct Args {
    /// The folder for save files (default: `saves/` beside Cargo.toml, or
    /// the WEAVE_SAVES environment variable).
    #[arg(long, global = true, value_name = "DIR")]
    pub saves: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Play a story (the default story if none is named).
    Play {
        script: Option<PathBuf>,
        /// Plain output for pipes, as `inklecate -p` prints (the default when
        /// stdin is not a terminal).
        #[arg(long)]
        plain: bool,
        /// Seed for the story's randomness (a fresh one otherwise).
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
        /// Continue the autosaved game.
        #[arg(long, conflicts_with = "seed")]
        resume: bool,
        #[command(flatten)]
        author: AuthorArgs,
    },
    /// Check a story: report errors and warnings, list its endings.
    Check { script: PathBuf },
    /// Write a story (an ink file, say) as a RON script.
    Compile {
        script: PathBuf,
        /// Where to write the RON script.
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
        /// The story script to write.
        #[arg(short = 'o', value_name = "FILE", default_value = "scripts/konoha.ron")]
        out: PathBuf,
        /// Also print what became of every seed paragraph, and the word counts.
        #[arg(long)]
        report: bool,
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
    #[error("could not read {}: {source}", path.display())]
    ReadScript {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}:{col}: the script is not UTF-8 text; save it as UTF-8", path.display())]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        col: usize,
    },
    #[error("{}: unknown script kind; expected a .ron or .ink file", path.display())]
    UnknownKind { path: PathBuf },
    #[error("{} has {count} error(s); it cannot be played", path.display())]
    ScriptHasErrors { path: PathBuf, count: usize },
    #[error("runtime error: {0}")]
    Runtime(#[from] RuntimeError),
    #[error("runtime error at {place}: {message}")]
    RuntimeAt { message: String, place: String },
    #[error(transparent)]
    Save(#[from] SaveError),
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
    #[error(transparent)]
    Skein(#[from] crate::tools::skein::SkeinError),
    #[error(transparent)]
    Prepare(#[from] crate::tools::prepare::PrepareError),
    #[error("no recorded paths in {}: record one with `weave test record SCRIPT --choices 1,2 NAME`", dir.display())]
    NoRecordings { dir: PathBuf },
    #[error("no recorded path named `{name}` in {}", dir.display())]
    UnknownRecording { name: String, dir: PathBuf },
    #[error("{failed} of {total} recorded path(s) failed")]
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
        Action::Play {
            script,
            mode,
            seed,
            resume,
            author,
        } => play(&config.saves, script, mode, seed, resume, author),
        Action::Check { script } => check(&script),
        Action::Compile { script, out } => compile_to_ron(&script, &out),
        Action::Convert { options, report } => convert(&options, report),
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
    let (story, sources, _) = load::read_story(script, Report::Errors)?;
    // A story with errors is never written out.
    if let Err(diagnostics) = crate::compile::compile(&story) {
        return Err(load::report_errors(
            script,
            &diagnostics,
            &sources,
            Report::Errors,
        ));
    }
    let text = crate::story::ron::to_ron(&story);
    saves::write_atomic(out, text.as_bytes()).map_err(|source| CliError::WriteFile {
        path: out.to_path_buf(),
        source,
    })
}

/// A game ready to play: the session, what to show first, and where the
/// story came from.
pub struct Game {
    pub session: Session,
    pub turn: Turn,
    /// The script's absolute path, as recorded in saves.
    pub script: String,
    /// Said to the reader before the first turn (a resumed save that no
    /// longer fits, for example).
    pub notice: Option<String>,
    /// The story's source files, to name the place of runtime errors.
    pub sources: SourceMap,
    /// The author's moves in this game (`--from`, `--set`, `goto`).
    pub cheats: saves::Cheats,
    /// Whether a game changed by the author may be saved.
    pub allow_cheats: bool,
}

fn play(
    saves_dir: &std::path::Path,
    script: Option<PathBuf>,
    mode: Mode,
    seed: Option<u64>,
    resume: bool,
    start: AuthorStart,
) -> Result<(), CliError> {
    let game = if resume {
        let mut game = resume_game(saves_dir, script)?;
        game.allow_cheats = start.allow_cheats;
        game
    } else {
        let script = script.unwrap_or_else(config::default_story);
        author::new_prepared_game(&script, seed, &start)?
    };
    match mode {
        Mode::Plain => {
            if let Some(notice) = &game.notice {
                let _ = writeln!(std::io::stderr(), "weave: {notice}");
            }
            let stdin = std::io::stdin().lock();
            let mut stdout = std::io::stdout().lock();
            if let Some(marker) = author::start_marker(&game) {
                writeln!(stdout, "{marker}")?;
            }
            play_plain(game.session, game.turn, stdin, stdout).map_err(|e| e.locate(&game.sources))
        }
        Mode::Repl => crate::repl::run(game, saves_dir.to_path_buf()),
    }
}

/// Starts a new game of `script` with `seed`, or a fresh seed from the OS.
pub fn new_game(script: &std::path::Path, seed: Option<u64>) -> Result<Game, CliError> {
    let loaded = load_script(script, Report::Errors)?;
    let seed = seed.unwrap_or_else(rand::random);
    let mut session = Session::new(loaded.program, seed);
    let turn = session.continue_turn().map_err(|e| {
        // What the story printed before it failed comes first.
        let mut out = std::io::stdout();
        let _ = saves::transcript::write_lines(&mut out, &e.lines).and_then(|()| out.flush());
        CliError::from(e).locate(&loaded.sources)
    })?;
    Ok(Game {
        session,
        turn,
        script: loaded.path.display().to_string(),
        notice: None,
        sources: loaded.sources,
        cheats: saves::Cheats::default(),
        allow_cheats: false,
    })
}

/// Continues the autosave, on `script` if given, else on the script it was
/// made on.
fn resume_game(saves_dir: &std::path::Path, script: Option<PathBuf>) -> Result<Game, CliError> {
    let save = saves::read_named(saves_dir, saves::AUTOSAVE)?;
    let script = script.unwrap_or_else(|| PathBuf::from(&save.script));
    let loaded = load_script(&script, Report::Errors)?;
    let cheats = save.cheats.clone();
    let resumed = saves::load(loaded.program, &save)
        .map_err(|e| CliError::from(e).locate(&loaded.sources))?;
    let unused = resumed.snapshot_unused.map(|why| {
        format!("the save's snapshot was not used ({why}); its path was replayed instead")
    });
    let notice = resumed
        .broken
        .map(|b| {
            format!(
                "the story has changed since this save: {b}; continuing from the furthest \
                 point that fits (after {} choice(s))",
                b.step - 1
            )
        })
        .or(unused);
    Ok(Game {
        session: resumed.session,
        turn: resumed.turn,
        script: loaded.path.display().to_string(),
        notice,
        sources: loaded.sources,
        cheats,
        allow_cheats: false,
    })
}

/// `weave check`: the diagnostics (printed while loading), then the
/// story's endings.
fn check(script: &std::path::Path) -> Result<(), CliError> {
    let loaded = load_script(script, Report::All)?;
    let program = &loaded.program;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{}: \"{}\": no errors, {} warning(s)",
        loaded.name,
        program.title,
        loaded.warnings.len()
    )?;
    writeln!(out, "endings ({}):", program.endings.len())?;
    for ending in &program.endings {
        let (line, col) = loaded.sources.line_col(ending.span);
        writeln!(out, "  {} (line {line}, column {col})", ending.flow)?;
    }
    Ok(())
}

/// Writes the converted script and says what was written; with `report`,
/// every seed paragraph's fate and the word counts too.
fn convert(options: &crate::convert::Options, report: bool) -> Result<(), CliError> {
    let done = crate::convert::run(options).map_err(Box::new)?;
    let mut out = std::io::stdout().lock();
    if report {
        write!(out, "{}", done.render())?;
    }
    writeln!(
        out,
        "wrote {}: {} knots, {} choice points, {} endings",
        options.out.display(),
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
