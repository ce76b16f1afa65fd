//! Autosave slots: one per story script, so that playing one story never
//! overwrites another's autosave, and finding the one to resume.

use super::PlayError;
use crate::saves::{self, SaveFile};
use std::path::Path;

/// The prefix every autosave slot's name starts with.
const PREFIX: &str = "autosave";

/// The most bytes of a script's file name kept in its slot's name (save
/// names are at most 64 bytes).
const STEM_BYTES: usize = 32;

/// The autosave slot of the script at `script` (an absolute path, as saves
/// record it): `autosave-STEM-HASH`, the file name for people and a hash of
/// the whole path so that two `story.ink` in different folders differ.
pub fn autosave_slot(script: &Path) -> String {
    let stem = script
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut kept = String::new();
    for c in stem.chars() {
        let c = if c.is_alphanumeric() || c == '-' {
            c
        } else {
            '_'
        };
        if kept.len() + c.len_utf8() > STEM_BYTES {
            break;
        }
        kept.push(c);
    }
    let stem = kept;
    let hash = fnv1a(script.to_string_lossy().as_bytes());
    format!("{PREFIX}-{stem}-{:08x}", hash as u32)
}

/// Whether a save name is an autosave slot (or the single `autosave` of
/// older versions).
pub fn is_autosave(name: &str) -> bool {
    name == PREFIX || name.starts_with("autosave-")
}

/// FNV-1a, 64 bits: a named, stable hash for a file name that must come
/// out the same on every machine and version.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The autosave to resume: that of `script` when one is named, else the
/// most recently made autosave of any story.
pub(super) fn find_autosave(
    dir: &Path,
    script: Option<&Path>,
) -> Result<(String, SaveFile), PlayError> {
    let nothing = || PlayError::NothingToResume {
        dir: dir.to_path_buf(),
        script: script.map(Path::to_path_buf),
    };
    let wanted = script.map(|s| std::fs::canonicalize(s).unwrap_or_else(|_| s.to_path_buf()));
    if let Some(script) = &wanted {
        let slot = autosave_slot(script);
        match saves::read_named(dir, &slot) {
            Ok(save) => return Ok((slot, save)),
            Err(saves::SaveError::NotFound { .. }) => {}
            Err(err) => return Err(err.into()),
        }
    }
    // The newest readable autosave (of this script, when one is named);
    // `made` is RFC 3339 in UTC, so its text sorts by time; within one
    // second, the file written last.
    let modified = |name: &str| {
        std::fs::metadata(dir.join(format!("{name}.ron")))
            .and_then(|m| m.modified())
            .ok()
    };
    saves::list(dir)
        .into_iter()
        .filter(|entry| is_autosave(&entry.name))
        .filter_map(|entry| Some((entry.name, entry.save.ok()?)))
        .filter(|(_, save)| {
            wanted
                .as_ref()
                .is_none_or(|w| Path::new(&save.script) == w.as_path())
        })
        .max_by_key(|(name, save)| (save.made.clone(), modified(name)))
        .map_or_else(|| Err(not_a_file(dir).unwrap_or_else(nothing)), Ok)
}

/// When no autosave can be read: an autosave slot that is there but is no
/// file (a folder where a save should be), named as such.
fn not_a_file(dir: &Path) -> Option<PlayError> {
    let entries = std::fs::read_dir(dir).ok()?;
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_stem()
                .and_then(|s| s.to_str())
                .is_some_and(is_autosave)
                && p.extension().is_some_and(|e| e == "ron")
        })
        .find_map(|p| saves::not_a_file(&p).err())
        .map(PlayError::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_script_has_its_own_valid_slot() {
        let a = autosave_slot(Path::new("/stories/one/story.ink"));
        let b = autosave_slot(Path::new("/stories/two/story.ink"));
        assert_ne!(a, b);
        assert!(a.starts_with("autosave-story-"), "{a}");
        assert!(is_autosave(&a));
        let long = autosave_slot(Path::new(&format!("/x/{}.ron", "ü ".repeat(60))));
        for slot in [a, b, long] {
            assert!(saves::check_name(&slot).is_ok(), "{slot}");
        }
        assert!(!is_autosave("autosaved"));
        assert!(!is_autosave("quicksave"));
    }
}
