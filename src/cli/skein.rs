//! `weave test`: record a path with its transcript, check every recorded
//! path against the current story, and bless changed transcripts. The
//! work is `tools::skein`'s; this parses the flags, loads the scripts and
//! prints one line per recorded path (and a diff when one changed).

use super::{CliError, Report, load_script};
use crate::compile::Program;
use crate::story::SourceMap;
use crate::story::words::count;
use crate::tools::skein::{self, DEFAULT_DIR, Recording, Verdict};
use clap::Subcommand;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The flags of `weave test`.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct TestArgs {
    #[command(subcommand)]
    pub record: Option<TestCommand>,
    /// The folder of recorded paths (default: tests/stories beside Cargo.toml).
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Accept the new transcript of this recorded path (repeatable).
    #[arg(long, value_name = "NAME")]
    pub bless: Vec<String>,
    /// Accept the new transcript of every recorded path that changed.
    #[arg(long, conflicts_with = "bless")]
    pub bless_all: bool,
}

#[derive(Debug, Subcommand)]
pub enum TestCommand {
    /// Record a path through SCRIPT and its transcript as NAME.
    Record {
        /// The story to record a path through: a RON script (.ron) or an
        /// ink file (.ink).
        script: PathBuf,
        /// The 1-based choice numbers of the path.
        #[arg(long, value_name = "1,2,1", value_delimiter = ',', required = true)]
        choices: Vec<usize>,
        /// The name of the recorded path (a file NAME.ron in the folder).
        name: String,
        /// The seed for the story's randomness (default 0).
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
        /// The folder of recorded paths (default: tests/stories beside Cargo.toml).
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// Which recorded paths to bless.
enum Bless {
    None,
    Named(Vec<String>),
    All,
}

impl Bless {
    fn wants(&self, name: &str) -> bool {
        match self {
            Bless::None => false,
            Bless::Named(names) => names.iter().any(|n| n == name),
            Bless::All => true,
        }
    }
}

/// Runs `weave test` as its flags say.
pub fn run_test(args: TestArgs) -> Result<(), CliError> {
    match args.record {
        Some(TestCommand::Record {
            script,
            choices,
            name,
            seed,
            dir,
        }) => record(&script, &choices, &name, seed.unwrap_or(0), &folder(dir)),
        None => {
            let bless = match (args.bless_all, args.bless) {
                (true, _) => Bless::All,
                (false, names) if names.is_empty() => Bless::None,
                (false, names) => Bless::Named(names),
            };
            check_all(&folder(args.dir), &bless)
        }
    }
}

/// The folder of recorded paths: as given, else `tests/stories` beside
/// Cargo.toml (found from anywhere, as the saves folder is).
fn folder(dir: Option<PathBuf>) -> PathBuf {
    dir.unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_DIR))
}

fn record(
    script: &Path,
    numbers: &[usize],
    name: &str,
    seed: u64,
    dir: &Path,
) -> Result<(), CliError> {
    skein::file_of(dir, name)?;
    let loaded = load_script(script, Report::Errors)?;
    let relative = skein::relative_script(dir, script);
    let recording = skein::record(loaded.program, &relative, seed, numbers)
        .map_err(|e| CliError::from(e).locate(&loaded.sources))?;
    let path = skein::write(dir, name, &recording)?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "recorded `{name}`: {}, {} of transcript, in {}",
        count(recording.path.len(), "choice"),
        count(recording.transcript.lines().count(), "line"),
        path.display()
    )?;
    Ok(())
}

/// Checks every recording in `dir`, blessing those `bless` names.
fn check_all(dir: &Path, bless: &Bless) -> Result<(), CliError> {
    let recordings = skein::read_all(dir);
    if recordings.is_empty() {
        return Err(CliError::NoRecordings {
            dir: dir.to_path_buf(),
        });
    }
    if let Bless::Named(names) = bless
        && let Some(unknown) = names
            .iter()
            .find(|n| !recordings.iter().any(|r| &r.0 == *n))
    {
        return Err(CliError::UnknownRecording {
            name: unknown.clone(),
            dir: dir.to_path_buf(),
        });
    }
    let mut programs = Programs::default();
    let mut out = std::io::stdout().lock();
    let mut failed = 0;
    for (name, recording) in &recordings {
        let outcome = match recording {
            Ok(recording) => check_one(dir, name, recording, bless, &mut programs),
            Err(err) => Outcome::Failed(err.to_string()),
        };
        match outcome {
            Outcome::Ok(note) => writeln!(out, "ok      {name}{note}")?,
            Outcome::Failed(why) => {
                failed += 1;
                writeln!(out, "FAILED  {name}: {why}")?;
            }
        }
    }
    let total = recordings.len();
    writeln!(out, "{} passed, {failed} failed", total - failed)?;
    if failed > 0 {
        return Err(CliError::TestsFailed { failed, total });
    }
    Ok(())
}

/// One recording's result line: `ok` with a note, or why it failed
/// (possibly over several lines, such as a diff).
enum Outcome {
    Ok(String),
    Failed(String),
}

fn check_one(
    dir: &Path,
    name: &str,
    recording: &Recording,
    bless: &Bless,
    programs: &mut Programs,
) -> Outcome {
    let script = skein::script_of(dir, recording);
    let (program, sources) = match programs.get(&script) {
        Ok(loaded) => loaded,
        Err(why) => return Outcome::Failed(why),
    };
    let verdict = match skein::check(program, recording) {
        Ok(verdict) => verdict,
        Err(err) => return Outcome::Failed(CliError::from(err).locate(&sources).to_string()),
    };
    match verdict {
        Verdict::Passed => Outcome::Ok(String::new()),
        Verdict::Changed { blessed, .. } if bless.wants(name) => {
            match skein::write(dir, name, &blessed) {
                Ok(_) => Outcome::Ok(" (blessed: the new transcript is recorded)".into()),
                Err(err) => Outcome::Failed(err.to_string()),
            }
        }
        Verdict::Changed { diff, .. } => Outcome::Failed(format!(
            "the transcript changed (`weave test --bless {name}` accepts it)\n{}",
            diff.trim_end()
        )),
        Verdict::Broken(broken) => {
            let again = if bless.wants(name) {
                " (a broken path cannot be blessed: record it again)"
            } else {
                ""
            };
            Outcome::Failed(format!("{broken}{again}"))
        }
    }
}

/// Scripts compiled once however many recordings use them.
#[derive(Default)]
struct Programs(HashMap<PathBuf, Result<(Arc<Program>, SourceMap), String>>);

impl Programs {
    /// The compiled script and its sources (to place runtime errors), or
    /// why it cannot be loaded.
    fn get(&mut self, script: &Path) -> Result<(Arc<Program>, SourceMap), String> {
        self.0
            .entry(script.to_path_buf())
            .or_insert_with(|| {
                load_script(script, Report::Errors)
                    .map(|loaded| (loaded.program, loaded.sources))
                    .map_err(|err| format!("the story cannot be loaded: {err}"))
            })
            .clone()
    }
}
