//! The terminal REPL: reads a line through rustyline, parses it into a
//! [`Command`], calls [`Game`], and prints what [`render::Screen`] makes
//! of the result.
//!
//! Boundary: holds no game semantics. Undo, restart, goto, reload, loading
//! and the save policy are `play::Game`'s; this layer only renders.

// A terminal that has gone away (EIO, a full disk behind a redirect) is
// never a panic: the REPL's prints drop their errors, as `println!` and
// `print!` would not. Defined before the submodules so that they use these
// too.
macro_rules! println {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

macro_rules! print {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}

mod command;
mod helper;
mod render;
mod session;
mod views;
mod watch;

pub use command::{COMMANDS, Command, QUICKSAVE, parse};

use crate::play::Game;
use helper::ReplHelper;
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{Config, Editor};
use session::Repl;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

const HISTORY: &str = "history.txt";

type LineEditor = Editor<ReplHelper, DefaultHistory>;

/// How the REPL runs.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The folder saves go to.
    pub saves: PathBuf,
    /// Said before the first turn (a resumed save that no longer fits).
    pub notice: Option<String>,
    /// Show the story's tags (for authors).
    pub show_tags: bool,
    /// Follow the script's files and reload on every change.
    pub watch: bool,
}

/// Why the REPL stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum ReplError {
    #[error("the line editor failed: {0}")]
    Editor(#[from] ReadlineError),
    #[error("could not watch the script's files: {0}")]
    Watch(#[from] notify::Error),
}

/// Plays `game` in the terminal until the reader quits.
pub fn run(game: Game, options: Options) -> Result<(), ReplError> {
    // History is added by hand so that answers to questions (`y`) stay out.
    let config = Config::builder().auto_add_history(false).build();
    let mut editor: LineEditor = Editor::with_config(config)?;
    let knots = Arc::new(Mutex::new(knot_names(&game)));
    editor.set_helper(Some(ReplHelper {
        saves: options.saves.clone(),
        knots: knots.clone(),
    }));
    let history = options.saves.join(HISTORY);
    // A first run has no history yet; that is not worth a message.
    let _ = editor.load_history(&history);
    let repl = Repl::new(game, &options);
    print!("{}", repl.opening(options.notice.as_deref()));
    let repl = Arc::new(Mutex::new(repl));
    let watcher = if options.watch {
        let printer = editor.create_external_printer()?;
        Some(watch::start(repl.clone(), knots.clone(), printer)?)
    } else {
        None
    };
    loop {
        let prompt = lock(&repl).prompt();
        let line = match editor.readline(prompt) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted | ReadlineError::Eof) => break,
            Err(err) => {
                // Unreadable input (invalid UTF-8, a dead terminal) ends the
                // game, but not before the autosave.
                let _ = lock(&repl).game.autosave();
                return Err(err.into());
            }
        };
        if !line.trim().is_empty() {
            // Losing a history entry is not worth failing over.
            let _ = editor.add_history_entry(line.trim());
        }
        let out = match command::parse(&line) {
            Ok(Command::Quit) => break,
            Ok(Command::Load(name)) => load(&repl, &name, &mut editor),
            Ok(command) => lock(&repl).apply(command),
            Err(why) => lock(&repl).say(&why),
        };
        *lock(&knots) = knot_names(&lock(&repl).game);
        print!("{out}");
    }
    if let Some(watcher) = watcher {
        watcher.stop();
    }
    // Losing the line history is not worth failing over.
    if std::fs::create_dir_all(&options.saves).is_ok() {
        save_history(&mut editor, &history);
    }
    println!("{}", lock(&repl).bye());
    Ok(())
}

/// Writes the line history as saves are written: rustyline writes a
/// temporary file, which `write_atomic` puts in place (refusing a symbolic
/// link, never rewriting the file one points to).
fn save_history(editor: &mut LineEditor, history: &std::path::Path) {
    let dir = history.parent().unwrap_or(std::path::Path::new("."));
    let Ok(tmp) = tempfile::Builder::new()
        .prefix(crate::saves::TEMP_PREFIX)
        .tempfile_in(dir)
    else {
        return;
    };
    if editor.save_history(tmp.path()).is_ok()
        && let Ok(bytes) = std::fs::read(tmp.path())
    {
        let _ = crate::saves::write_atomic(history, &bytes);
    }
}

/// Loads a save, asking first when the story changed so much since that
/// only part of its path fits.
fn load(repl: &Mutex<Repl>, name: &str, editor: &mut LineEditor) -> String {
    let mut repl = lock(repl);
    let opened = match repl.game.open(&repl.saves, name) {
        Ok(opened) => opened,
        Err(err) => return repl.say(&format!("Not loaded: {err}")),
    };
    if let Some(broken) = &opened.broken {
        let told = format!("The story has changed since `{name}` was saved: {broken}.");
        println!("{}", repl.say(&told));
        let question = format!(
            "Continue from the furthest point that fits (after {})? [y/N] ",
            session::choices(broken.fitting())
        );
        let yes = editor
            .readline(&question)
            .is_ok_and(|a| a.trim().eq_ignore_ascii_case("y"));
        if !yes {
            return repl.say("Not loaded.\n");
        }
    }
    let mut said = String::new();
    if opened.replayed && opened.broken.is_none() {
        said.push_str(
            "(the story has changed since this save; its path was replayed and still fits)\n",
        );
    } else if let Some(why) = &opened.snapshot_unused {
        said.push_str(&format!(
            "(the save's snapshot was not used: {why}; its path was replayed)\n"
        ));
    }
    said.push_str(&format!("Loaded `{name}`."));
    let autosave = repl.game.take(opened);
    repl.moved(&said, autosave)
}

fn knot_names(game: &Game) -> Vec<String> {
    game.session()
        .program()
        .knot_names()
        .map(String::from)
        .collect()
}

/// Locks the shared state; a panic elsewhere while it was held leaves it
/// usable (every move is whole or not made).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
