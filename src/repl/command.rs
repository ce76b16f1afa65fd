//! What the reader can type at the REPL prompt, parsed into a [`Command`].
//! A bare number chooses; everything else is a command word (or its short
//! alias) and an optional argument.

/// One thing the reader asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Take choice N (1-based, as shown).
    Choose(usize),
    /// A number that can be no choice (negative, or too large to hold).
    NoChoice(String),
    Save(Option<String>),
    Load(String),
    Saves,
    Undo(usize),
    Restart,
    Path,
    /// The story so far.
    History,
    /// Author: show the global variables and visit counts.
    Vars,
    /// Author: jump to a knot or stitch.
    Goto(String),
    /// Author: re-read the script and replay the path on it.
    Reload,
    Help,
    Quit,
    /// An empty line: show the choices again.
    Nothing,
}

/// The command words with their aliases and what they do, for `help`,
/// completion and hints.
pub const COMMANDS: &[(&str, &str, &str)] = &[
    (
        "save",
        "s",
        "save [NAME]  save the game (as `quicksave` without a name)",
    ),
    ("load", "l", "load NAME    load a saved game"),
    ("saves", "ls", "saves        list the saved games"),
    (
        "undo",
        "u",
        "undo [N]     take back the last N choices (default 1)",
    ),
    ("restart", "r", "restart      start the story again"),
    (
        "path",
        "p",
        "path         show the choices made so far, as `weave replay --choices` numbers",
    ),
    ("history", "hi", "history      show the story so far"),
    (
        "vars",
        "v",
        "vars         show the variables and visit counts (author)",
    ),
    (
        "goto",
        "g",
        "goto KNOT    jump to a knot or stitch (author; marks the game)",
    ),
    (
        "reload",
        "rl",
        "reload       re-read the script and replay the path on it (author)",
    ),
    ("help", "h", "help         show this help (also `?`)"),
    (
        "quit",
        "q",
        "quit         autosave and leave (also Ctrl-D, Ctrl-C)",
    ),
];

/// The save name used by `save` without a name.
pub const QUICKSAVE: &str = "quicksave";

/// Parses one line of input. The error is a one-line explanation.
pub fn parse(line: &str) -> Result<Command, String> {
    let mut words = line.split_whitespace();
    let Some(word) = words.next() else {
        return Ok(Command::Nothing);
    };
    let arg = words.next().map(str::to_string);
    if let Some(extra) = words.next() {
        return Err(format!(
            "unexpected `{extra}`: commands take at most one word after them"
        ));
    }
    let digits = word.strip_prefix(['-', '+']).unwrap_or(word);
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        return match (word.parse::<usize>(), arg) {
            (Ok(n), None) => Ok(Command::Choose(n)),
            (Err(_), None) => Ok(Command::NoChoice(word.to_string())),
            (_, Some(_)) => Err("type one choice number".to_string()),
        };
    }
    let name = canonical(word).ok_or_else(|| {
        format!("unknown command `{word}`: type a choice number, or `help` for the commands")
    })?;
    match (name, arg) {
        ("save", name) => Ok(Command::Save(name)),
        ("load", Some(name)) => Ok(Command::Load(name)),
        ("load", None) => Err("load what? `load NAME` (see `saves`)".to_string()),
        ("goto", Some(path)) => Ok(Command::Goto(path)),
        ("goto", None) => Err("go where? `goto KNOT` (tab completes knot names)".to_string()),
        ("undo", None) => Ok(Command::Undo(1)),
        ("undo", Some(n)) => match n.parse::<usize>() {
            Ok(n) => Ok(Command::Undo(n)),
            Err(_) => Err(format!(
                "`undo {n}`: give a number of choices to take back, like `undo 2`"
            )),
        },
        (name, Some(arg)) => Err(format!("`{name}` takes no argument (got `{arg}`)")),
        ("saves", None) => Ok(Command::Saves),
        ("restart", None) => Ok(Command::Restart),
        ("path", None) => Ok(Command::Path),
        ("history", None) => Ok(Command::History),
        ("vars", None) => Ok(Command::Vars),
        ("reload", None) => Ok(Command::Reload),
        ("help", None) => Ok(Command::Help),
        _ => Ok(Command::Quit),
    }
}

/// The full command word for a word or alias.
fn canonical(word: &str) -> Option<&'static str> {
    let word = word.to_lowercase();
    if word == "?" {
        return Some("help");
    }
    if word == "exit" {
        return Some("quit");
    }
    COMMANDS
        .iter()
        .find(|(name, alias, _)| *name == word || *alias == word)
        .map(|(name, _, _)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_choose_and_words_command() {
        assert_eq!(parse(" 2 "), Ok(Command::Choose(2)));
        assert_eq!(parse("s"), Ok(Command::Save(None)));
        assert_eq!(parse("save dawn"), Ok(Command::Save(Some("dawn".into()))));
        assert_eq!(parse("l dawn"), Ok(Command::Load("dawn".into())));
        assert_eq!(parse("undo"), Ok(Command::Undo(1)));
        assert_eq!(parse("u 3"), Ok(Command::Undo(3)));
        assert_eq!(parse("ls"), Ok(Command::Saves));
        assert_eq!(parse("vars"), Ok(Command::Vars));
        assert_eq!(
            parse("g tower.stairs"),
            Ok(Command::Goto("tower.stairs".into()))
        );
        assert_eq!(parse("reload"), Ok(Command::Reload));
        assert_eq!(parse("?"), Ok(Command::Help));
        assert_eq!(parse("Q"), Ok(Command::Quit));
        assert_eq!(parse(""), Ok(Command::Nothing));
        assert_eq!(parse("undo 0"), Ok(Command::Undo(0)));
        assert_eq!(parse("hi"), Ok(Command::History));
    }

    #[test]
    fn a_number_that_is_no_choice_is_not_an_unknown_command() {
        assert_eq!(parse("-1"), Ok(Command::NoChoice("-1".into())));
        assert_eq!(parse("+2"), Ok(Command::Choose(2)));
        let huge = "99999999999999999999999";
        assert_eq!(parse(huge), Ok(Command::NoChoice(huge.into())));
        assert!(parse("-").unwrap_err().contains("unknown command"));
    }

    #[test]
    fn bad_input_is_explained_in_one_line() {
        for bad in [
            "dance",
            "load",
            "undo zero",
            "path 2",
            "goto",
            "vars x",
            "1 2",
            "save a b",
        ] {
            let err = parse(bad).unwrap_err();
            assert!(!err.contains('\n') && !err.is_empty(), "{bad:?}: {err:?}");
        }
        assert!(
            parse("dance")
                .unwrap_err()
                .contains("unknown command `dance`")
        );
    }
}
