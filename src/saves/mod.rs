//! Save files: their format, atomic writes, listing, and (in `replay`)
//! turning a save back into a session, by its snapshot when the story is
//! unchanged or by replaying its path when the story was edited.
//!
//! A save is a RON file in one folder (by default `saves/` beside
//! Cargo.toml). It holds the story's identity, the seed, the path taken and a
//! snapshot of the session, never the script.
//!
//! Boundary: files but no terminal. Everything here returns values and
//! errors; `cli` and `repl` decide what to print.
//! Invariant: a file that is not a readable save is never overwritten, and
//! a write either leaves the new save whole or the old one untouched.

mod replay;
pub mod transcript;

pub use replay::{
    Break, Cheat, Cheats, Loaded, Reason, Replayed, load, replay_cheated, replay_numbers,
    replay_path,
};

use crate::runtime::{Session, Snapshot, Step};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The version written into every save; a save from a newer weave is refused.
pub const FORMAT: u32 = 1;

/// The name of the save written after every choice.
pub const AUTOSAVE: &str = "autosave";

/// One save file, as written to disk.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename = "Save")]
pub struct SaveFile {
    /// The save format version ([`FORMAT`]).
    pub format: u32,
    /// The story's title.
    pub story: String,
    /// [`Program::fingerprint`](crate::compile::Program) of the story played.
    pub fingerprint: u64,
    /// The script the story was loaded from, so a save can be resumed or
    /// replayed without naming it again.
    pub script: String,
    pub seed: u64,
    /// The choices taken, in order.
    pub path: Vec<Step>,
    /// When the save was made, RFC 3339 (UTC).
    pub made: String,
    /// The last line of text shown before the save.
    pub last_line: String,
    /// The session's state, read leniently (see [`SnapshotPart`]).
    #[serde(skip_deserializing)]
    pub snapshot: SnapshotPart,
    /// The author's moves (`goto`, `--from`, `--set`) in a game saved with
    /// `--allow-cheats`; absent from every other save.
    #[serde(default, skip_serializing_if = "Cheats::is_empty")]
    pub cheats: Cheats,
}

impl SaveFile {
    /// A save of `session` now, played from `script`, with the author's
    /// moves that made the game (empty for a real playthrough).
    pub fn of_session(
        session: &Session,
        script: &str,
        last_line: &str,
        cheats: &Cheats,
    ) -> SaveFile {
        let program = session.program();
        SaveFile {
            format: FORMAT,
            story: program.title.clone(),
            fingerprint: program.fingerprint,
            script: script.to_string(),
            seed: session.seed(),
            path: session.path().to_vec(),
            made: humantime::format_rfc3339_seconds(SystemTime::now()).to_string(),
            last_line: last_line.to_string(),
            snapshot: SnapshotPart::Usable(Box::new(session.snapshot())),
            cheats: cheats.clone(),
        }
    }
}

/// The snapshot part of a save. Saves are paths first: the snapshot is a
/// shortcut, stored with its version ([`Snapshot::VERSION`]) and read
/// apart from the rest, so a save whose snapshot a later (or earlier) weave
/// cannot read still loads, by replaying its path.
#[derive(Clone, Debug)]
pub enum SnapshotPart {
    Usable(Box<Snapshot>),
    /// Why the snapshot cannot be used (written back as no snapshot).
    Unusable(String),
}

impl Default for SnapshotPart {
    fn default() -> Self {
        SnapshotPart::Unusable("the save has no snapshot".into())
    }
}

/// How a snapshot is written: its version, then the state.
#[derive(Serialize)]
#[serde(rename = "SnapshotPart")]
struct SnapshotOut<'a> {
    version: u32,
    state: &'a Snapshot,
}

impl Serialize for SnapshotPart {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            SnapshotPart::Usable(state) => SnapshotOut {
                version: Snapshot::VERSION,
                state,
            }
            .serialize(s),
            SnapshotPart::Unusable(_) => s.serialize_none(),
        }
    }
}

/// Reads the snapshot part of a save's text: first its version alone, then
/// the state, so each failure says what it is.
fn read_snapshot(text: &str) -> SnapshotPart {
    #[derive(Deserialize)]
    #[serde(rename = "Save")]
    struct Outer<T> {
        snapshot: T,
    }
    #[derive(Deserialize)]
    #[serde(rename = "SnapshotPart")]
    struct Version {
        version: u32,
    }
    #[derive(Deserialize)]
    #[serde(rename = "SnapshotPart")]
    struct Full {
        state: Snapshot,
    }
    let place = |e: ron::error::SpannedError| {
        SnapshotPart::Unusable(format!(
            "its snapshot cannot be read ({}:{}: {})",
            e.span.start.line, e.span.start.col, e.code
        ))
    };
    match ron::from_str::<Outer<Version>>(text) {
        Err(e) => place(e),
        Ok(v) if v.snapshot.version != Snapshot::VERSION => SnapshotPart::Unusable(format!(
            "its snapshot has version {}, this weave reads version {}",
            v.snapshot.version,
            Snapshot::VERSION
        )),
        Ok(_) => match ron::from_str::<Outer<Full>>(text) {
            Ok(full) => SnapshotPart::Usable(Box::new(full.snapshot.state)),
            Err(e) => place(e),
        },
    }
}

/// Everything that can go wrong with save files.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error(
        "`{name}` is not a valid save name: use letters, digits, `-` and `_` (no `/`, `.` or spaces)"
    )]
    BadName { name: String },
    #[error("no save named `{name}` in {}", dir.display())]
    NotFound { name: String, dir: PathBuf },
    #[error("could not read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}:{col}: not a weave save file: {message}", path.display())]
    Corrupt {
        path: PathBuf,
        line: usize,
        col: usize,
        message: String,
    },
    #[error("{} was made by a newer weave (save format {found}, this one reads {FORMAT})", path.display())]
    NewerFormat { path: PathBuf, found: u32 },
    #[error("refusing to overwrite {}: it is not a readable weave save ({reason})", path.display())]
    WontOverwrite { path: PathBuf, reason: String },
    #[error(
        "refusing to overwrite {}: it is a save of another story (\"{found}\"); choose another name",
        path.display()
    )]
    OtherStorysSave { path: PathBuf, found: String },
    #[error("{} is {what}, not a save file", path.display())]
    NotAFile { path: PathBuf, what: &'static str },
    #[error("save is for the story \"{found}\", not \"{expected}\"")]
    OtherStory { expected: String, found: String },
    #[error(transparent)]
    Runtime(#[from] crate::runtime::RuntimeError),
}

/// Checks that `name` names a file inside the saves folder and nothing else.
pub fn check_name(name: &str) -> Result<(), SaveError> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(SaveError::BadName {
            name: name.to_string(),
        })
    }
}

/// The file a save called `name` lives in.
pub fn path_of(dir: &Path, name: &str) -> Result<PathBuf, SaveError> {
    check_name(name)?;
    Ok(dir.join(format!("{name}.ron")))
}

/// Reads and checks the save file at `path`.
pub fn read(path: &Path) -> Result<SaveFile, SaveError> {
    let text = std::fs::read_to_string(path).map_err(|source| SaveError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse(path, &text)
}

/// Reads the save called `name` in `dir`.
pub fn read_named(dir: &Path, name: &str) -> Result<SaveFile, SaveError> {
    let path = path_of(dir, name)?;
    if !path.exists() {
        return Err(SaveError::NotFound {
            name: name.to_string(),
            dir: dir.to_path_buf(),
        });
    }
    not_a_file(&path)?;
    read(&path)
}

/// Refuses, saying what is there, a path that exists but is not a file (a
/// folder where a save should be).
pub fn not_a_file(path: &Path) -> Result<(), SaveError> {
    let what = match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => "a folder",
        Ok(m) if !m.is_file() => "not a regular file (a device, socket or pipe)",
        _ => return Ok(()),
    };
    Err(SaveError::NotAFile {
        path: path.to_path_buf(),
        what,
    })
}

/// Just the format version of a save, read first so that a save from a
/// newer weave is reported as such rather than as corrupt.
#[derive(Deserialize)]
#[serde(rename = "Save")]
struct Header {
    format: u32,
}

/// Parses the text of a save file; `path` only names it in errors.
pub fn parse(path: &Path, text: &str) -> Result<SaveFile, SaveError> {
    let corrupt = |e: ron::error::SpannedError| SaveError::Corrupt {
        path: path.to_path_buf(),
        line: e.span.start.line,
        col: e.span.start.col,
        message: e.code.to_string(),
    };
    if text.trim().is_empty() {
        return Err(SaveError::Corrupt {
            path: path.to_path_buf(),
            line: 1,
            col: 1,
            message: "the file is empty".to_string(),
        });
    }
    let header: Header = ron::from_str(text).map_err(corrupt)?;
    if header.format > FORMAT {
        return Err(SaveError::NewerFormat {
            path: path.to_path_buf(),
            found: header.format,
        });
    }
    let mut save: SaveFile = ron::from_str(text).map_err(corrupt)?;
    save.snapshot = read_snapshot(text);
    Ok(save)
}

/// Writes `save` as `name` in `dir`, atomically: the text goes to a
/// temporary file in the same folder, which is then renamed over the old
/// save. A file there that is not a readable save is left alone.
pub fn write(dir: &Path, name: &str, save: &SaveFile) -> Result<PathBuf, SaveError> {
    let path = path_of(dir, name)?;
    if path.exists() || path.is_symlink() {
        match read(&path) {
            // The autosave slot follows whatever game is played last.
            Ok(old) if old.story != save.story && name != AUTOSAVE => {
                return Err(SaveError::OtherStorysSave {
                    path,
                    found: old.story,
                });
            }
            Ok(_) => {}
            Err(SaveError::NewerFormat { .. }) if name == AUTOSAVE => {}
            Err(err) => {
                return Err(SaveError::WontOverwrite {
                    path,
                    reason: err.to_string(),
                });
            }
        }
    }
    clean_temp_files(dir);
    let write_err = |source| SaveError::Write {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(write_err)?;
    let pretty = ron::ser::PrettyConfig::default().struct_names(true);
    let text = ron::ser::to_string_pretty(save, pretty)
        .map_err(|e| write_err(std::io::Error::other(e.to_string())))?;
    write_atomic(&path, format!("{text}\n").as_bytes()).map_err(write_err)?;
    Ok(path)
}

/// Writes a file through a temporary file in the same folder, renamed into
/// place once complete: a crash or a full disk leaves the old file whole.
/// Every file weave writes that matters (saves, generated scripts, recorded
/// paths, maps) goes through here.
///
/// The file gets the mode any program's new file gets (0666 less the
/// umask, as `open` applies it), or keeps the mode of the file it replaces;
/// not the 0600 of a bare temporary file. A symbolic link is refused, never
/// written through or replaced: what weave writes stays where it was asked
/// to write.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if path.is_symlink() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "it is a symbolic link; weave does not write through links (remove it or write elsewhere)",
        ));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    if let Ok(old) = std::fs::metadata(path) {
        tmp.as_file().set_permissions(old.permissions())?;
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// How the temporary files of [`write_atomic`] begin.
pub const TEMP_PREFIX: &str = ".weave-tmp-";

/// Removes what a killed weave left in `dir`: its temporary files (and
/// those of older weaves, `.tmpXXXXXX`) older than a minute, so a write in
/// progress by another weave is never touched. Errors are ignored: this is
/// tidying, not saving.
pub fn clean_temp_files(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let minute = std::time::Duration::from_secs(60);
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name.starts_with(TEMP_PREFIX)
            || (name.starts_with(".tmp") && name.len() == 10 && name.is_char_boundary(4));
        let stale = entry
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > minute);
        if ours && stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// One entry of [`list`]: a save's name and what it says about itself, or
/// why it cannot be read.
#[derive(Debug)]
pub struct Listed {
    pub name: String,
    pub save: Result<SaveFile, SaveError>,
}

/// The saves in `dir`, sorted by name. A missing folder has no saves.
pub fn list(dir: &Path) -> Vec<Listed> {
    let mut names = names(dir);
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let save = read(&dir.join(format!("{name}.ron")));
            Listed { name, save }
        })
        .collect()
}

/// The names of the `.ron` files in `dir` that are valid save names (for
/// completion: cheap, reads no file).
pub fn names(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path.file_stem()?.to_str()?.to_string();
            let is_ron = path.extension().is_some_and(|e| e == "ron");
            (is_ron && check_name(&name).is_ok()).then_some(name)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_leave_the_folder_are_refused() {
        for bad in ["", "../x", "a/b", "..", ".hidden", "a b", "x.ron", "c:\\x"] {
            assert!(check_name(bad).is_err(), "{bad:?} should be refused");
        }
        for good in ["autosave", "before-the-storm", "slot_2"] {
            assert!(check_name(good).is_ok(), "{good:?} should be accepted");
        }
    }

    #[test]
    fn a_foreign_ron_file_is_reported_with_its_place() {
        let err = parse(Path::new("x.ron"), "Story(title: \"t\")").unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("x.ron:1:"), "{text}");
        assert!(text.contains("not a weave save file"), "{text}");
    }

    #[test]
    fn a_truncated_file_is_reported_with_its_place() {
        let err = parse(Path::new("t.ron"), "Save(\n  format: 1,\n  story: \"The").unwrap_err();
        assert!(err.to_string().starts_with("t.ron:3:"), "{err}");
    }
}
