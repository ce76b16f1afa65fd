//! The `weave` binary: parse the arguments, run, map errors to exit codes
//! (0 success, 1 "no": the script has errors or a path no longer fits, 2
//! any other failure).

use clap::Parser;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = weave::cli::Args::parse();
    match weave::cli::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader of the output went away (`| head`): a normal end.
        Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            // A terminal that has gone away is no reason to panic.
            let _ = writeln!(std::io::stderr(), "{}", err.render());
            ExitCode::from(err.exit_code())
        }
    }
}
