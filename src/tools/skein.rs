//! Transcript tests, after Inform's Skein: a path through a story is
//! recorded with the transcript it gave, and checked later against the
//! current story. A check replays the path by stable choice ids (as loading
//! a save does) and either finds the same transcript, a changed one (shown
//! as a unified diff), or the step where the path no longer fits.
//!
//! A recording is one RON file per path in a folder (by default
//! `tests/stories/`), holding the script's path relative to that folder, the
//! seed, the path, and the transcript in plain form: the bytes
//! `weave replay --choices` prints.
//!
//! Invariant: a recording is written atomically and only by `record` or by
//! blessing a transcript that changed; a check never writes.

use crate::compile::Program;
use crate::runtime::{RuntimeError, Step};
use crate::saves::{self, Break, transcript::transcript_text};
use serde::{Deserialize, Serialize};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// The version written into every recording.
pub const FORMAT: u32 = 1;

/// The folder recordings go in when none is named.
pub const DEFAULT_DIR: &str = "tests/stories";

/// One recorded path, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Recording")]
pub struct Recording {
    pub format: u32,
    /// The story script, relative to the recording's folder (`/`-separated).
    pub script: String,
    pub seed: u64,
    pub path: Vec<RecordedStep>,
    /// What the path printed, in plain form.
    pub transcript: String,
}

/// One choice of a recorded path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Step")]
pub struct RecordedStep {
    /// The stable choice id the path is replayed by.
    pub id: String,
    /// The 1-based number the choice had when recorded, for people.
    pub number: usize,
    pub text: String,
}

/// What can go wrong recording, reading or writing recorded paths.
#[derive(Debug, thiserror::Error)]
pub enum SkeinError {
    #[error("`{name}` is not a valid name for a recorded path: use letters, digits, `-` and `_`")]
    BadName { name: String },
    #[error("the path cannot be recorded: {0}")]
    DoesNotFit(Break),
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error("could not read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}:{col}: not a recorded path: {message}", path.display())]
    Corrupt {
        path: PathBuf,
        line: usize,
        col: usize,
        message: String,
    },
    #[error("{} was recorded by a newer weave (format {found}, this one reads {FORMAT})", path.display())]
    NewerFormat { path: PathBuf, found: u32 },
    #[error("could not write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Plays the 1-based choice `numbers` on `program` from `seed` and records
/// the path and its transcript. `script` is stored as given (make it
/// relative to the folder with [`relative_script`]).
pub fn record(
    program: Arc<Program>,
    script: &str,
    seed: u64,
    numbers: &[usize],
) -> Result<Recording, SkeinError> {
    let replayed = saves::replay_numbers(program, seed, numbers)?;
    if let Some(broken) = replayed.broken {
        return Err(SkeinError::DoesNotFit(broken));
    }
    Ok(Recording {
        format: FORMAT,
        script: script.to_string(),
        seed,
        path: recorded_steps(replayed.session.path()),
        transcript: transcript_text(&replayed.turns),
    })
}

fn recorded_steps(path: &[Step]) -> Vec<RecordedStep> {
    path.iter()
        .map(|s| RecordedStep {
            id: s.id.clone(),
            number: s.index + 1,
            text: s.text.clone(),
        })
        .collect()
}

/// The outcome of checking one recording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The story gives the recorded transcript.
    Passed,
    /// The path still fits, but the transcript differs.
    Changed {
        /// A unified diff from the recorded transcript to the new one.
        diff: String,
        /// The recording as it would be if the new output were accepted.
        blessed: Recording,
    },
    /// A step of the path is no longer offered (or the story ends first).
    Broken(Break),
}

/// Replays `recording` on `program` by its choice ids and compares.
pub fn check(program: Arc<Program>, recording: &Recording) -> Result<Verdict, RuntimeError> {
    let path: Vec<Step> = recording
        .path
        .iter()
        .map(|s| Step {
            id: s.id.clone(),
            index: s.number.saturating_sub(1),
            text: s.text.clone(),
        })
        .collect();
    let replayed = saves::replay_path(program, recording.seed, &path)?;
    if let Some(broken) = replayed.broken {
        return Ok(Verdict::Broken(broken));
    }
    let transcript = transcript_text(&replayed.turns);
    if transcript == recording.transcript {
        return Ok(Verdict::Passed);
    }
    let diff = unified_diff(&recording.transcript, &transcript);
    let blessed = Recording {
        path: recorded_steps(replayed.session.path()),
        transcript,
        ..recording.clone()
    };
    Ok(Verdict::Changed { diff, blessed })
}

/// A unified diff of two transcripts, `recorded` against `now`.
pub fn unified_diff(recorded: &str, now: &str) -> String {
    similar::TextDiff::from_lines(recorded, now)
        .unified_diff()
        .context_radius(2)
        .header("recorded", "now")
        .to_string()
}

/// The file a recording called `name` lives in.
pub fn file_of(dir: &Path, name: &str) -> Result<PathBuf, SkeinError> {
    saves::check_name(name).map_err(|_| SkeinError::BadName {
        name: name.to_string(),
    })?;
    Ok(dir.join(format!("{name}.ron")))
}

/// Writes `recording` as `name` in `dir`, atomically.
pub fn write(dir: &Path, name: &str, recording: &Recording) -> Result<PathBuf, SkeinError> {
    let path = file_of(dir, name)?;
    let pretty = ron::ser::PrettyConfig::default()
        .struct_names(true)
        .escape_strings(false);
    let written = ron::ser::to_string_pretty(recording, pretty)
        .map_err(|e| std::io::Error::other(e.to_string()))
        .and_then(|text| {
            std::fs::create_dir_all(dir)?;
            saves::write_atomic(&path, format!("{text}\n").as_bytes())
        });
    match written {
        Ok(()) => Ok(path),
        Err(source) => Err(SkeinError::Write { path, source }),
    }
}

/// Just the format version, read first so that a newer recording is
/// reported as such rather than as corrupt.
#[derive(Deserialize)]
#[serde(rename = "Recording")]
struct Header {
    format: u32,
}

/// Reads the recording at `path`.
pub fn read(path: &Path) -> Result<Recording, SkeinError> {
    let text = std::fs::read_to_string(path).map_err(|source| SkeinError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let corrupt = |e: ron::error::SpannedError| SkeinError::Corrupt {
        path: path.to_path_buf(),
        line: e.span.start.line,
        col: e.span.start.col,
        message: e.code.to_string(),
    };
    let header: Header = ron::from_str(&text).map_err(corrupt)?;
    if header.format > FORMAT {
        return Err(SkeinError::NewerFormat {
            path: path.to_path_buf(),
            found: header.format,
        });
    }
    ron::from_str(&text).map_err(corrupt)
}

/// Every recording in `dir`, by name, sorted; a missing folder has none.
pub fn read_all(dir: &Path) -> Vec<(String, Result<Recording, SkeinError>)> {
    let mut names = saves::names(dir);
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let recording = read(&dir.join(format!("{name}.ron")));
            (name, recording)
        })
        .collect()
}

/// Where the script of a recording in `dir` is.
pub fn script_of(dir: &Path, recording: &Recording) -> PathBuf {
    dir.join(&recording.script)
}

/// `script` relative to `dir`, `/`-separated, as a recording stores it.
/// Both are made absolute first; when they share no root the absolute path
/// is kept.
pub fn relative_script(dir: &Path, script: &Path) -> String {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (dir, script) = (absolute(dir), absolute(script));
    let dir: Vec<Component> = dir.components().collect();
    let file: Vec<Component> = script.components().collect();
    let shared = dir.iter().zip(&file).take_while(|(a, b)| a == b).count();
    if shared == 0 {
        return script.display().to_string();
    }
    let ups = dir[shared..].iter().map(|_| "..".to_string());
    let downs = file[shared..]
        .iter()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    ups.chain(downs).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_script_is_named_relative_to_the_folder() {
        let got = relative_script(
            Path::new("/repo/tests/stories"),
            Path::new("/repo/scripts/lighthouse.ron"),
        );
        assert_eq!(got, "../../scripts/lighthouse.ron");
        let got = relative_script(Path::new("/a/b"), Path::new("/a/b/story.ink"));
        assert_eq!(got, "story.ink");
    }

    #[test]
    fn a_diff_names_the_changed_line() {
        let diff = unified_diff("One.\nTwo.\nThree.\n", "One.\nTwo!\nThree.\n");
        assert!(diff.contains("--- recorded\n+++ now\n"), "{diff}");
        assert!(diff.contains("\n-Two.\n+Two!\n"), "{diff}");
    }
}
