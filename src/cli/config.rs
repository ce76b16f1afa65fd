//! Raw command-line flags turned into a validated [`Config`]: paths
//! resolved, defaults filled in, the mode picked. Nothing runs before this
//! has succeeded.

use super::{Args, CliError, Command};
use crate::saves::{self, SaveError};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// What to do, with everything checked.
#[derive(Debug)]
pub struct Config {
    /// The folder save files live in.
    pub saves: PathBuf,
    pub action: Action,
}

/// How the player talks to the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Line-editing REPL for a terminal.
    Repl,
    /// `inklecate -p` output, for pipes and scripts.
    Plain,
}

/// How `weave play` plays, checked.
#[derive(Debug)]
pub struct PlayArgs {
    pub mode: Mode,
    pub seed: Option<u64>,
    pub resume: bool,
    /// The author's start (`--from`, `--set`, `--allow-cheats`).
    pub author: super::AuthorStart,
    pub show_tags: bool,
    pub watch: bool,
}

#[derive(Debug)]
pub enum Action {
    Play {
        /// `None`: the default story, or with `resume` the autosave's story.
        script: Option<PathBuf>,
        play: PlayArgs,
    },
    Check {
        script: PathBuf,
        watch: bool,
    },
    Lsp,
    Compile {
        script: PathBuf,
        out: PathBuf,
    },
    Convert {
        options: crate::convert::Options,
        report: bool,
        check: bool,
    },
    ReplaySave {
        save: PathBuf,
        script: Option<PathBuf>,
        check: bool,
    },
    ReplayChoices {
        script: PathBuf,
        numbers: Vec<usize>,
        seed: u64,
    },
    /// `weave map`, `explore`, `stats`: validated in `cli::tools`.
    Tool(super::ToolCommand),
    Test(super::TestArgs),
}

impl Config {
    pub fn from_args(args: Args) -> Result<Config, CliError> {
        let flag = match &args.command {
            Command::Play { saves, .. } | Command::Replay { saves, .. } => saves.saves.clone(),
            _ => None,
        };
        let saves = flag
            .or_else(|| std::env::var_os("WEAVE_SAVES").map(PathBuf::from))
            .unwrap_or_else(default_saves);
        let action = match args.command {
            Command::Play {
                script,
                plain,
                seed,
                resume,
                author,
                show_tags,
                watch,
                ..
            } => {
                let mode = if plain || !std::io::stdin().is_terminal() {
                    Mode::Plain
                } else {
                    Mode::Repl
                };
                if watch && mode == Mode::Plain {
                    return Err(CliError::Repl(
                        "`--watch` follows the script in the interactive player, which needs \
                         a terminal; standard input is not one"
                            .to_string(),
                    ));
                }
                let play = PlayArgs {
                    mode,
                    seed,
                    resume,
                    author: author.validate()?,
                    show_tags,
                    watch,
                };
                Action::Play { script, play }
            }
            Command::Check { script, watch } => Action::Check { script, watch },
            Command::Lsp => Action::Lsp,
            Command::Tool(command) => Action::Tool(command),
            Command::Compile { script, out } => Action::Compile { script, out },
            Command::Convert {
                seeds,
                map,
                out,
                report,
                check,
            } => Action::Convert {
                options: crate::convert::Options {
                    seeds_dir: seeds,
                    map,
                    out,
                },
                report,
                check,
            },
            // clap has already refused `--check` and `--script` here.
            Command::Replay {
                file,
                choices: Some(numbers),
                seed,
                ..
            } => Action::ReplayChoices {
                script: file,
                numbers,
                seed: seed.unwrap_or(0),
            },
            Command::Replay {
                file,
                check,
                choices: None,
                script,
                ..
            } => Action::ReplaySave {
                save: find_save(&file, &saves)?,
                script,
                check,
            },
            Command::Test(args) => Action::Test(args),
        };
        Ok(Config { saves, action })
    }
}

/// The story `weave play` plays when none is named: the Konoha story if it
/// has been generated, else the hand-written example.
pub fn default_story() -> PathBuf {
    let scripts = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts");
    let konoha = scripts.join("konoha.ron");
    if konoha.exists() {
        konoha
    } else {
        scripts.join("lighthouse.ron")
    }
}

/// `saves/` beside Cargo.toml.
fn default_saves() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("saves")
}

/// Finds a save given as a file path, or as a name in the saves folder.
fn find_save(save: &Path, saves_dir: &Path) -> Result<PathBuf, CliError> {
    if save.is_file() {
        return Ok(save.to_path_buf());
    }
    saves::not_a_file(save)?;
    let name = save.to_string_lossy();
    let looks_like_a_file = name.contains(std::path::MAIN_SEPARATOR) || name.ends_with(".ron");
    if looks_like_a_file {
        return Err(SaveError::Read {
            path: save.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
        }
        .into());
    }
    let path = saves::path_of(saves_dir, &name)?;
    saves::not_a_file(&path)?;
    if path.is_file() {
        Ok(path)
    } else {
        Err(SaveError::NotFound {
            name: name.into_owned(),
            dir: saves_dir.to_path_buf(),
        }
        .into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_story_is_a_script_in_the_repository() {
        let story = default_story();
        assert!(story.is_file(), "{story:?}");
        assert_eq!(story.extension().and_then(|e| e.to_str()), Some("ron"));
    }
}
