//! The terminal REPL: shows the story wrapped to the terminal width with
//! numbered choices, and reads choices and commands through rustyline.
//!
//! Boundary: a thin layer over [`Session`] and `saves`; it parses what the
//! reader typed and renders what those returned. Every state change goes
//! through library calls that tests make too.

// A terminal that has gone away (EIO, a full disk behind a redirect) is
// never a panic: the REPL's prints drop their errors, as `println!` would
// not. Defined before the submodules so that they use these too.
macro_rules! println {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

mod author;
mod command;
mod helper;

pub use command::{COMMANDS, Command, QUICKSAVE, parse};

use crate::cli::{CliError, Game};
use crate::runtime::{Line, Prompt, RuntimeError, Session, Turn};
use crate::saves::{self, AUTOSAVE, Cheats, SaveFile};
use crate::story::SourceMap;
use helper::ReplHelper;
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{Config, Editor};
use std::path::PathBuf;

const HISTORY: &str = "history.txt";

type LineEditor = Editor<ReplHelper, DefaultHistory>;

/// The reader's game and where its saves go.
struct Repl {
    session: Session,
    /// What the story last said: its lines and the open choices.
    turn: Turn,
    script: String,
    saves: PathBuf,
    /// The last line of text shown, for saves.
    last_line: String,
    sources: SourceMap,
    /// The author's moves in this game, made again by undo and reload.
    cheats: Cheats,
    /// Whether a game changed by the author may be saved.
    allow_cheats: bool,
}

enum Flow {
    Go,
    Quit,
}

/// Plays `game` in the terminal until the reader quits.
pub fn run(game: Game, saves: PathBuf) -> Result<(), CliError> {
    // History is added by hand so that answers to questions (`y`) stay out.
    let config = Config::builder().auto_add_history(false).build();
    let mut editor: LineEditor = Editor::with_config(config).map_err(repl_error)?;
    let knots = game.session.program().knot_names().map(String::from);
    editor.set_helper(Some(ReplHelper {
        saves: saves.clone(),
        knots: knots.collect(),
    }));
    let history = saves.join(HISTORY);
    // A first run has no history yet; that is not worth a message.
    let _ = editor.load_history(&history);
    if let Some(notice) = &game.notice {
        println!("{notice}");
    }
    if let Some(marker) = crate::cli::start_marker(&game) {
        println!("{marker}");
    }
    let mut repl = Repl {
        session: game.session,
        turn: game.turn,
        script: game.script,
        saves,
        last_line: String::new(),
        sources: game.sources,
        cheats: game.cheats,
        allow_cheats: game.allow_cheats,
    };
    repl.show_turn();
    loop {
        let line = editor.readline(prompt_for(&repl.turn.prompt));
        let flow = match line {
            Ok(line) => {
                if !line.trim().is_empty() {
                    // Losing a history entry is not worth failing over.
                    let _ = editor.add_history_entry(line.trim());
                }
                match command::parse(&line) {
                    Ok(command) => repl.apply(command, &mut editor),
                    Err(why) => {
                        println!("{why}");
                        Flow::Go
                    }
                }
            }
            Err(ReadlineError::Interrupted | ReadlineError::Eof) => Flow::Quit,
            Err(err) => {
                // Unreadable input (invalid UTF-8, a dead terminal) ends the
                // game, but not before the autosave.
                repl.autosave();
                return Err(repl_error(err));
            }
        };
        if let Flow::Quit = flow {
            let saved = repl.autosave();
            // Losing the line history is not worth failing over.
            if std::fs::create_dir_all(&repl.saves).is_ok() {
                save_history(&mut editor, &history);
            }
            if saved {
                println!("Bye. (autosaved; `weave play --resume` continues)");
            } else if repl.refuses_saving() {
                println!("Bye. (not autosaved: author features were used)");
            } else {
                println!("Bye.");
            }
            return Ok(());
        }
    }
}

/// Writes the line history as saves are written: rustyline writes a
/// temporary file, which `write_atomic` puts in place (refusing a symbolic
/// link, never rewriting the file one points to).
fn save_history(editor: &mut LineEditor, history: &std::path::Path) {
    let dir = history.parent().unwrap_or(std::path::Path::new("."));
    let Ok(tmp) = tempfile::Builder::new()
        .prefix(saves::TEMP_PREFIX)
        .tempfile_in(dir)
    else {
        return;
    };
    if editor.save_history(tmp.path()).is_ok()
        && let Ok(bytes) = std::fs::read(tmp.path())
    {
        let _ = saves::write_atomic(history, &bytes);
    }
}

fn repl_error(err: ReadlineError) -> CliError {
    CliError::Repl(format!("the line editor failed: {err}"))
}

fn prompt_for(prompt: &Prompt) -> &'static str {
    match prompt {
        Prompt::Choice(_) => "> ",
        Prompt::Done => "(the end) > ",
    }
}

impl Repl {
    fn apply(&mut self, command: Command, editor: &mut LineEditor) -> Flow {
        match command {
            Command::Choose(n) => self.choose(n),
            Command::Save(name) => self.save(name.as_deref().unwrap_or(QUICKSAVE)),
            Command::Load(name) => self.load(&name, editor),
            Command::Saves => self.list_saves(),
            Command::Undo(n) => self.undo(n),
            Command::Restart => self.restart(),
            Command::Path => self.show_path(),
            Command::Vars => self.show_vars(),
            Command::Goto(path) => self.goto(&path),
            Command::Reload => self.reload(editor),
            Command::Help => show_help(),
            Command::Nothing => self.show_choices(),
            Command::Quit => return Flow::Quit,
        }
        Flow::Go
    }

    /// The player loop's one decision: what the story asks for now.
    fn choose(&mut self, n: usize) {
        match &self.turn.prompt {
            Prompt::Done => {
                println!("The story is over: `undo`, `restart`, `load` or `quit`.");
            }
            Prompt::Choice(choices) if n == 0 || n > choices.len() => {
                println!("There is no choice {n}: pick 1 to {}.", choices.len());
            }
            Prompt::Choice(_) => {
                let played = self
                    .session
                    .choose(n - 1)
                    .and_then(|()| self.session.continue_turn());
                match played {
                    Ok(turn) => {
                        self.turn = turn;
                        println!();
                        self.show_turn();
                        self.autosave();
                    }
                    Err(err) => {
                        let width = textwrap::termwidth().clamp(20, 100);
                        for line in &err.lines {
                            println!("{}", textwrap::fill(&line.text, width));
                        }
                        println!("The story failed: {}", self.explain(err));
                    }
                }
            }
        }
    }

    fn save(&mut self, name: &str) {
        if self.refuses_saving() {
            return println!("Not saved: {}", author::REFUSED);
        }
        let save = SaveFile::of_session(&self.session, &self.script, &self.last_line)
            .with_cheats(&self.cheats);
        match saves::write(&self.saves, name, &save) {
            Ok(path) => println!("Saved as `{name}` ({}).", path.display()),
            Err(err) => println!("Not saved: {err}"),
        }
    }

    /// Saves to the autosave slot; false (after saying why) if it failed.
    fn autosave(&mut self) -> bool {
        if self.refuses_saving() {
            return false;
        }
        let save = SaveFile::of_session(&self.session, &self.script, &self.last_line)
            .with_cheats(&self.cheats);
        match saves::write(&self.saves, AUTOSAVE, &save) {
            Ok(_) => true,
            Err(err) => {
                println!("(autosave failed: {err})");
                false
            }
        }
    }

    fn load(&mut self, name: &str, editor: &mut LineEditor) {
        let loaded = saves::read_named(&self.saves, name).and_then(|save| {
            let loaded = saves::load(self.session.program().clone(), &save)?;
            Ok((loaded, save.cheats))
        });
        let (loaded, cheats) = match loaded {
            Ok(loaded) => loaded,
            Err(err) => return println!("Not loaded: {err}"),
        };
        if let Some(broken) = &loaded.broken {
            println!("The story has changed since `{name}` was saved: {broken}.");
            let fits = broken.step - 1;
            let question = format!(
                "Continue from the furthest point that fits (after {fits} choices)? [y/N] "
            );
            let yes = editor
                .readline(&question)
                .is_ok_and(|a| a.trim().eq_ignore_ascii_case("y"));
            if !yes {
                return println!("Not loaded.");
            }
        } else if let Some(why) = &loaded.snapshot_unused {
            println!("(the save's snapshot was not used: {why}; its path was replayed)");
        } else if loaded.replayed {
            println!(
                "(the story has changed since this save; its path was replayed and still fits)"
            );
        }
        self.session = loaded.session;
        self.turn = loaded.turn;
        self.cheats = cheats;
        println!("Loaded `{name}`.\n");
        self.show_turn();
        self.autosave();
    }

    fn list_saves(&self) {
        let listed = saves::list(&self.saves);
        if listed.is_empty() {
            return println!("No saves yet in {}.", self.saves.display());
        }
        for entry in listed {
            match entry.save {
                Ok(save) => println!(
                    "{:<16} {} · {} choices · {} · {}",
                    entry.name,
                    save.story,
                    save.path.len(),
                    save.made,
                    clip(&save.last_line, 40)
                ),
                Err(err) => println!("{:<16} (unreadable: {err})", entry.name),
            }
        }
    }

    fn undo(&mut self, n: usize) {
        let path = self.session.path().to_vec();
        if n > path.len() {
            let made = path.len();
            return println!(
                "Only {made} choice(s) made so far; `undo {made}` goes back to the start."
            );
        }
        let kept = &path[..path.len() - n];
        let program = self.session.program().clone();
        let mut cheats = self.cheats.clone();
        cheats.keep_until(kept.len());
        match saves::replay_cheated(program, self.session.seed(), &cheats, kept) {
            Ok(mut replayed) => {
                let turn = replayed.turns.pop();
                self.session = replayed.session;
                self.cheats = cheats;
                if let Some(turn) = turn {
                    self.turn = turn;
                }
                println!("(took back {n} choice(s))\n");
                self.show_turn();
                self.autosave();
            }
            Err(err) => println!("Could not undo: {}", self.explain(err)),
        }
    }

    /// Starts again, with the author's start moves if there were any.
    fn restart(&mut self) {
        let program = self.session.program().clone();
        let cheats = Cheats {
            start: self.cheats.start.clone(),
            during: Vec::new(),
        };
        match saves::replay_cheated(program, self.session.seed(), &cheats, &[]) {
            Ok(mut replayed) => {
                if let Some(turn) = replayed.turns.pop() {
                    self.turn = turn;
                }
                self.session = replayed.session;
                println!("(from the start)\n");
                if let Some(marker) = crate::tools::prepare::describe_start(&cheats) {
                    println!("{marker}");
                }
                self.cheats = cheats;
                self.show_turn();
                self.autosave();
            }
            Err(err) => println!("Could not restart: {}", self.explain(err)),
        }
    }

    /// A runtime error as one line naming its source place.
    fn explain(&self, err: RuntimeError) -> CliError {
        CliError::from(err).locate(&self.sources)
    }

    fn show_path(&self) {
        let path = self.session.path();
        if path.is_empty() {
            return println!("No choices made yet.");
        }
        for (i, step) in path.iter().enumerate() {
            println!("{:>3}. {}", i + 1, step.text);
        }
    }

    fn show_turn(&mut self) {
        let width = textwrap::termwidth().clamp(20, 100);
        for Line { text, tags } in &self.turn.lines {
            println!("{}", textwrap::fill(text, width));
            if !tags.is_empty() {
                println!("  # {}", tags.join(", "));
            }
            if !text.trim().is_empty() {
                self.last_line = text.clone();
            }
        }
        self.show_choices();
    }

    fn show_choices(&self) {
        let width = textwrap::termwidth().clamp(20, 100);
        match &self.turn.prompt {
            Prompt::Done => println!("\n— The end. (`undo`, `restart`, `load` or `quit`) —"),
            Prompt::Choice(choices) => {
                println!();
                for (i, choice) in choices.iter().enumerate() {
                    let number = format!("{:>2}. ", i + 1);
                    let options = textwrap::Options::new(width)
                        .initial_indent(&number)
                        .subsequent_indent("    ");
                    println!("{}", textwrap::fill(&choice.text, options));
                }
            }
        }
    }
}

fn show_help() {
    println!("Type a choice number to choose. Commands (short forms in brackets):");
    for (_, alias, what) in COMMANDS {
        println!("  {what}  [{alias}]");
    }
    println!("Tab completes commands, save names and knot names.");
    println!(
        "Commands marked (author) are for writing the story: a game they change is \
         marked as such and is saved only with `weave play --allow-cheats`."
    );
}

fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}
