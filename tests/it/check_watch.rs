//! `weave check --watch`: the real binary, its output read while the test
//! edits the story's files; every wait is bounded and the test ends the
//! process.

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What the watcher printed so far, stdout and stderr together.
struct Watching {
    child: Child,
    seen: Arc<Mutex<String>>,
}

impl Watching {
    fn start(script: &Path) -> Watching {
        let mut child = Command::new(env!("CARGO_BIN_EXE_weave"))
            .args(["check", "--watch"])
            .arg(script)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("weave check --watch starts");
        let seen = Arc::new(Mutex::new(String::new()));
        let pipes: [Box<dyn Read + Send>; 2] = [
            Box::new(child.stdout.take().unwrap()),
            Box::new(child.stderr.take().unwrap()),
        ];
        for mut pipe in pipes {
            let seen = Arc::clone(&seen);
            std::thread::spawn(move || {
                let mut buf = [0; 4096];
                while let Ok(n) = pipe.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    seen.lock()
                        .unwrap()
                        .push_str(&String::from_utf8_lossy(&buf[..n]));
                }
            });
        }
        Watching { child, seen }
    }

    /// Waits until `needle` has been printed `count` times in all.
    fn wait_for(&self, needle: &str, count: usize) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let seen = self.seen.lock().unwrap().clone();
            if seen.matches(needle).count() >= count {
                return seen;
            }
            assert!(
                Instant::now() < deadline,
                "`{needle}` x{count} never came; output:\n{seen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Watching {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn check_watch_rechecks_when_an_included_file_changes_and_when_it_is_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let main = dir.path().join("main.ink");
    let part = dir.path().join("part.ink");
    std::fs::write(&main, "INCLUDE part.ink\nHello.\n-> next\n").unwrap();
    std::fs::write(&part, "=== next ===\nThe end.\n-> END\n").unwrap();
    let watching = Watching::start(&main);
    let first = watching.wait_for("[watching 2 files", 1);
    assert!(first.contains("no errors, 0 warnings"), "{first}");
    // Let the watch settle in before the first write.
    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(&part, "=== next ===\nThe end.\n-> nowhere\n").unwrap();
    let broken = watching.wait_for("cannot be played", 1);
    assert!(
        broken.contains("unknown divert target `nowhere`"),
        "{broken}"
    );
    assert!(
        broken.contains("part.ink:3:"),
        "the error points into the included file: {broken}"
    );
    assert!(!broken.contains("\x1b[2J"), "no screen clearing when piped");
    watching.wait_for("[watching 2 files", 2);
    std::fs::write(&part, "=== next ===\nThe end, again.\n-> END\n").unwrap();
    let fixed = watching.wait_for("no errors, 0 warnings", 2);
    // Once per change: no second run for the same text.
    watching.wait_for("[watching 2 files", 3);
    std::thread::sleep(Duration::from_millis(500));
    let seen = watching.wait_for("[watching 2 files", 3);
    assert_eq!(seen.matches("[watching").count(), 3, "{seen}");
    assert_eq!(fixed.matches("cannot be played").count(), 1, "{fixed}");
}

#[test]
fn check_watch_follows_a_ron_script_replaced_by_rename_as_editors_save() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("story.ron");
    std::fs::write(
        &script,
        "Story(title: \"t\", body: [Line(\"Hi. -> END\")])\n",
    )
    .unwrap();
    let watching = Watching::start(&script);
    watching.wait_for("[watching 1 file ", 1);
    std::thread::sleep(Duration::from_millis(300));
    let new = dir.path().join("story.ron.tmp");
    std::fs::write(
        &new,
        "Story(title: \"t\", body: [Line(\"{gone} -> END\")])\n",
    )
    .unwrap();
    std::fs::rename(&new, &script).unwrap();
    let seen = watching.wait_for("story.ron has 1 error", 1);
    assert!(seen.contains("unknown variable `gone`"), "{seen}");
}

#[test]
fn check_watch_clears_the_screen_before_each_run_in_a_terminal() {
    use expectrl::Expect;
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("story.ink");
    std::fs::write(&script, "Hello.\n-> END\n").unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_weave"));
    cmd.args(["check", "--watch"])
        .arg(&script)
        .env("NO_COLOR", "1");
    let mut pty = expectrl::Session::spawn(cmd).expect("weave runs in a pty");
    pty.set_expect_timeout(Some(Duration::from_secs(20)));
    pty.expect("\x1b[2J\x1b[H").unwrap();
    pty.expect("no errors, 0 warnings").unwrap();
    pty.expect("[watching 1 file ").unwrap();
    std::fs::write(&script, "Hello {who}.\n-> END\n").unwrap();
    pty.expect("\x1b[2J\x1b[H").unwrap();
    pty.expect("unknown variable").unwrap();
    pty.expect("cannot be played").unwrap();
    pty.expect("[watching 1 file ").unwrap();
    // The session's drop ends the process.
    let _ = pty
        .get_process_mut()
        .kill(expectrl::process::unix::Signal::SIGKILL);
}
