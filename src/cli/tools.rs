//! The author tools on the command line: `weave map`, `weave explore` and
//! `weave stats`. Arguments in, library calls (`crate::tools`), text out;
//! plus running Graphviz's `dot` for `-o map.svg` and a progress bar on
//! stderr when it is a terminal.

use super::{CliError, Loaded, Report, load_script};
use crate::story::words::{count, grouped};
use crate::story::{SourceMap, Span};
use crate::tools::coverage::LineIndex;
use crate::tools::{
    self, Coverage, Exploration, ExploreOptions, Format, RandomOptions, RandomReport,
    choice_numbers, explore::Longest,
};
use clap::{Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Subcommand)]
pub enum ToolCommand {
    /// Draw the story's structure: knots, stitches, diverts and choices.
    Map {
        /// The story to draw: a RON script (.ron) or an ink file (.ink).
        script: PathBuf,
        /// Output format (default: from the -o extension, else dot).
        #[arg(long, value_enum)]
        format: Option<MapFormat>,
        /// Write here instead of stdout (`-` is stdout); .svg, .png or .pdf
        /// are drawn with Graphviz's `dot`.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Walk every state of the story: endings, errors, loops with no way
    /// out, lines and choices never reached.
    Explore {
        /// The story to explore: a RON script (.ron) or an ink file (.ink).
        script: PathBuf,
        /// Stop after this many distinct states.
        #[arg(long, value_name = "N", default_value_t = 100_000)]
        max_states: usize,
        /// Stop after this many seconds.
        #[arg(long, value_name = "S")]
        max_seconds: Option<f64>,
        /// The story's seed (and with --random, the games' seed).
        #[arg(long, value_name = "N", default_value_t = 0)]
        seed: u64,
        /// Play N random games instead.
        #[arg(long, value_name = "N")]
        random: Option<usize>,
        /// With --random: cut a game off after this many choices.
        #[arg(long, value_name = "N", default_value_t = 5_000, requires = "random")]
        max_choices: usize,
        /// List every line, choice and knot never reached (else the first 20).
        #[arg(long)]
        all: bool,
    },
    /// Count words, choices, endings and variables; path lengths to each ending.
    Stats {
        /// The story to measure: a RON script (.ron) or an ink file (.ink).
        script: PathBuf,
        /// Random games played to measure a typical playthrough.
        #[arg(long, value_name = "N", default_value_t = 200)]
        runs: usize,
        /// The story's seed, and the random games' seed.
        #[arg(long, value_name = "N", default_value_t = 0)]
        seed: u64,
        /// The state budget of the exploration behind the path lengths.
        #[arg(long, value_name = "N", default_value_t = 100_000)]
        max_states: usize,
        /// The time budget of that exploration, in seconds.
        #[arg(long, value_name = "S", default_value_t = 30.0)]
        max_seconds: f64,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MapFormat {
    Dot,
    Mermaid,
}

/// Runs one author tool.
pub fn run(command: ToolCommand) -> Result<(), CliError> {
    match command {
        ToolCommand::Map {
            script,
            format,
            output,
        } => map(&script, format, output.as_deref()),
        ToolCommand::Explore {
            script,
            seed,
            random: Some(runs),
            max_choices,
            all,
            ..
        } => random(&script, runs, seed, max_choices, limit(all)),
        ToolCommand::Explore {
            script,
            max_states,
            max_seconds,
            seed,
            random: None,
            all,
            ..
        } => exhaustive(&script, max_states, max_seconds, seed, limit(all)),
        ToolCommand::Stats {
            script,
            runs,
            seed,
            max_states,
            max_seconds,
        } => stats(&script, runs, seed, max_states, max_seconds),
    }
}

/// How many entries of each "never reached" list to print.
fn limit(all: bool) -> usize {
    if all { usize::MAX } else { 20 }
}

fn map(script: &Path, format: Option<MapFormat>, output: Option<&Path>) -> Result<(), CliError> {
    let loaded = load_script(script, Report::Errors)?;
    let graph = tools::story_graph(&loaded.program);
    let extension = output
        .and_then(|o| o.extension())
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let format = match (format, extension.as_deref()) {
        (Some(MapFormat::Mermaid), _) | (None, Some("mmd" | "mermaid" | "md")) => Format::Mermaid,
        _ => Format::Dot,
    };
    let text = tools::render(&graph, format);
    let unreachable: Vec<&str> = graph.unreachable().map(|n| n.path.as_str()).collect();
    let _ = writeln!(
        std::io::stderr(),
        "weave: {}: {} knots and stitches, {} edges{}",
        loaded.name,
        graph.nodes.len(),
        graph.edges.len(),
        if unreachable.is_empty() {
            String::new()
        } else {
            format!("; unreachable: {}", unreachable.join(", "))
        }
    );
    let output = output.unwrap_or(Path::new("-"));
    match extension.as_deref() {
        Some(kind @ ("svg" | "png" | "pdf")) if format == Format::Dot => draw(&text, output, kind),
        _ => super::write_output(output, text.as_bytes()),
    }
}

/// Renders DOT through Graphviz; without it, writes the .dot beside and
/// fails, saying how to get Graphviz and draw it.
fn draw(dot: &str, output: &Path, kind: &str) -> Result<(), CliError> {
    let spawned = std::process::Command::new("dot")
        .arg(format!("-T{kind}"))
        .arg("-o")
        .arg(output)
        .stdin(std::process::Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let fallback = output.with_extension("dot");
            super::write_output(&fallback, dot.as_bytes())?;
            return Err(CliError::NoGraphviz {
                output: output.to_path_buf(),
                fallback,
                kind: kind.to_string(),
            });
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(dot.as_bytes())?;
    }
    let status = child.wait()?;
    if status.success() {
        Ok(())
    } else {
        Err(CliError::Graphviz(status.to_string()))
    }
}

/// A spinner on stderr when it is a terminal, hidden otherwise.
fn progress_bar(what: &str, total: Option<u64>) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match total {
        Some(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template("{msg} {bar:30} {pos}/{len} {rate} eta {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                // indicatif's own `per_sec` prints `36,381.7939/s`.
                .with_key(
                    "rate",
                    |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = write!(w, "{}/s", grouped(state.per_sec().round() as u64));
                    },
                ),
        ),
        None => ProgressBar::new_spinner(),
    };
    bar.set_message(what.to_string());
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

fn exhaustive(
    script: &Path,
    max_states: usize,
    max_seconds: Option<f64>,
    seed: u64,
    limit: usize,
) -> Result<(), CliError> {
    let loaded = load_script(script, Report::Errors)?;
    let options = ExploreOptions {
        max_states,
        max_time: seconds(max_seconds)?,
        seed,
    };
    let bar = progress_bar("exploring", Some(max_states as u64));
    let found = tools::explore(loaded.program.clone(), &options, &mut |p| {
        bar.set_position(p.states as u64);
        bar.set_message(format!(
            "exploring (depth {}, {} queued)",
            p.depth, p.queued
        ));
    });
    bar.finish_and_clear();
    let mut out = std::io::stdout().lock();
    write_exploration(&mut out, &loaded, &found, &options, limit)?;
    let problems = found.errors.len() + found.stuck.len();
    if problems > 0 {
        return Err(CliError::Findings(format!(
            "{} and {} with no way out",
            count(found.errors.len(), "runtime error"),
            count(found.stuck.len(), "loop")
        )));
    }
    Ok(())
}

fn seconds(s: Option<f64>) -> Result<Option<Duration>, CliError> {
    s.map(|s| {
        Duration::try_from_secs_f64(s)
            .map_err(|_| CliError::BadArgument(format!("--max-seconds {s} is not a duration")))
    })
    .transpose()
}

/// `choices 1,2,1 (3)`, or `no choices` for the empty path.
fn path_text(path: &[usize]) -> String {
    if path.is_empty() {
        "no choices".into()
    } else {
        format!("choices {} ({})", choice_numbers(path), path.len())
    }
}

fn place(sources: &SourceMap, span: Option<Span>) -> String {
    span.map_or_else(|| "an unknown place".into(), |s| sources.locate(s))
}

fn replay_hint(loaded: &Loaded, path: &[usize], seed: u64) -> String {
    let seed = if seed == 0 {
        String::new()
    } else {
        format!(" --seed {seed}")
    };
    format!(
        "weave replay --choices {}{seed} {}",
        if path.is_empty() {
            "\"\"".to_string()
        } else {
            choice_numbers(path)
        },
        loaded.name
    )
}

fn write_exploration(
    out: &mut impl Write,
    loaded: &Loaded,
    found: &Exploration,
    options: &ExploreOptions,
    limit: usize,
) -> std::io::Result<()> {
    let rate = found.states as f64 / found.elapsed.as_secs_f64().max(1e-9);
    writeln!(
        out,
        "{}: explored {} ({} taken, depth {}) in {:.2} s ({} states/s), seed {}",
        loaded.name,
        count(found.states, "state"),
        count(found.transitions, "choice"),
        found.depth,
        found.elapsed.as_secs_f64(),
        grouped(rate.round() as u64),
        options.seed
    )?;
    match found.stopped_by {
        None => writeln!(out, "complete: every reachable state was explored")?,
        Some(budget) => writeln!(
            out,
            "incomplete: stopped at the {} budget ({}) with {} still waiting; what follows is what was seen so far",
            match budget {
                tools::explore::Budget::States => "state",
                tools::explore::Budget::Time => "time",
            },
            match budget {
                tools::explore::Budget::States => format!("--max-states {}", options.max_states),
                tools::explore::Budget::Time => format!(
                    "--max-seconds {}",
                    options.max_time.unwrap_or_default().as_secs_f64()
                ),
            },
            count(found.pending, "state")
        )?,
    }
    let sources = &loaded.sources;
    writeln!(out, "\nendings ({}):", found.endings.len())?;
    for e in &found.endings {
        let longest = match e.longest {
            Longest::Choices(n) => format!(", longest {n}"),
            Longest::Unbounded => ", longest unbounded (a loop on the way)".into(),
            Longest::Unknown => String::new(),
        };
        writeln!(
            out,
            "  {} ({} at {}): shortest {}{longest}",
            display_flow(&e.flow),
            end_kind(e.kind),
            place(sources, e.span),
            path_text(&e.shortest)
        )?;
    }
    writeln!(out, "\nruntime errors ({}):", found.errors.len())?;
    for e in &found.errors {
        writeln!(out, "  {} at {}", e.message, place(sources, e.span))?;
        writeln!(
            out,
            "    after {}: {}",
            path_text(&e.path),
            replay_hint(loaded, &e.path, options.seed)
        )?;
    }
    writeln!(out, "\nloops with no way out ({}):", found.stuck.len())?;
    for l in &found.stuck {
        writeln!(
            out,
            "  {} in {}, no ending reachable; entered after {}",
            count(l.states, "state"),
            l.flows
                .iter()
                .map(|f| display_flow(f))
                .collect::<Vec<_>>()
                .join(", "),
            path_text(&l.path)
        )?;
    }
    write_coverage(out, &found.coverage, sources, limit)
}

fn display_flow(flow: &str) -> &str {
    if flow == "(root)" { "the start" } else { flow }
}

fn end_kind(kind: tools::EndKind) -> &'static str {
    match kind {
        tools::EndKind::End => "END",
        tools::EndKind::Done => "DONE",
        tools::EndKind::RanOut => "out of content",
    }
}

fn write_coverage(
    out: &mut impl Write,
    coverage: &Coverage,
    sources: &SourceMap,
    limit: usize,
) -> std::io::Result<()> {
    let index = LineIndex::new(sources);
    let never: Vec<_> = coverage
        .flows_not_entered
        .iter()
        .filter(|(p, _)| p != "(root)")
        .collect();
    writeln!(
        out,
        "\nknots, stitches and functions never entered ({}):",
        never.len()
    )?;
    for (path, span) in never.iter().take(limit) {
        writeln!(out, "  {path} ({})", index.place(*span))?;
    }
    more(out, never.len(), limit)?;
    writeln!(
        out,
        "\nchoices never taken ({} of {}):",
        coverage.choices_not_taken.len(),
        coverage.choices_total
    )?;
    for (_, span) in coverage.choices_not_taken.iter().take(limit) {
        writeln!(out, "  {}: {}", index.place(*span), index.text(*span))?;
    }
    more(out, coverage.choices_not_taken.len(), limit)?;
    let lines = coverage.lines(sources);
    let missed: Vec<_> = lines.iter().filter(|l| !l.reached).collect();
    writeln!(
        out,
        "\nlines never reached ({} of {}):",
        missed.len(),
        lines.len()
    )?;
    for line in missed.iter().take(limit) {
        writeln!(out, "  {}: {}", line.place, line.text)?;
    }
    more(out, missed.len(), limit)
}

/// Says how many entries of a list were left out.
fn more(out: &mut impl Write, total: usize, limit: usize) -> std::io::Result<()> {
    if total > limit {
        writeln!(out, "  … and {} more (--all lists them all)", total - limit)?;
    }
    Ok(())
}

fn random(
    script: &Path,
    runs: usize,
    seed: u64,
    max_choices: usize,
    limit: usize,
) -> Result<(), CliError> {
    let loaded = load_script(script, Report::Errors)?;
    let options = RandomOptions {
        runs,
        seed,
        max_choices,
    };
    let bar = progress_bar("playing", Some(runs as u64));
    let report = tools::play_random(loaded.program.clone(), &options, &mut |n| {
        bar.set_position(n as u64)
    });
    bar.finish_and_clear();
    write_random(&mut std::io::stdout().lock(), &loaded, &report, seed, limit)?;
    if !report.failures.is_empty() {
        return Err(CliError::Findings(format!(
            "{} of {runs} games hit a runtime error",
            report.failures.len()
        )));
    }
    Ok(())
}

fn write_random(
    out: &mut impl Write,
    loaded: &Loaded,
    report: &RandomReport,
    seed: u64,
    limit: usize,
) -> std::io::Result<()> {
    let secs = report.elapsed.as_secs_f64().max(1e-9);
    writeln!(
        out,
        "{}: {} (seed {seed}), {} in {:.2} s ({} games/s, {} choices/s)",
        loaded.name,
        count(report.runs, "random game"),
        count(report.choices, "choice"),
        secs,
        grouped((report.runs as f64 / secs).round() as u64),
        grouped((report.choices as f64 / secs).round() as u64)
    )?;
    let sources = &loaded.sources;
    writeln!(out, "\nendings reached ({}):", report.endings.len())?;
    for e in &report.endings {
        writeln!(
            out,
            "  {} ({} at {}): {} ({:.0}%), {} to {} choices",
            display_flow(&e.flow),
            end_kind(e.kind),
            place(sources, e.span),
            count(e.count, "game"),
            100.0 * e.count as f64 / report.runs.max(1) as f64,
            e.shortest,
            e.longest
        )?;
    }
    if report.unfinished > 0 {
        writeln!(
            out,
            "  unfinished (cut off): {}",
            count(report.unfinished, "game")
        )?;
    }
    // The same error in many games is one entry, with how many games hit
    // it and the first game to replay.
    let mut distinct: Vec<(&tools::random::FailedGame, usize)> = Vec::new();
    for f in &report.failures {
        match distinct
            .iter_mut()
            .find(|(d, _)| d.message == f.message && d.span == f.span)
        {
            Some((_, n)) => *n += 1,
            None => distinct.push((f, 1)),
        }
    }
    writeln!(out, "\nruntime errors ({}):", distinct.len())?;
    for (f, games) in distinct {
        writeln!(
            out,
            "  {} at {}, in {}",
            f.message,
            place(sources, f.span),
            count(games, "game")
        )?;
        let first = if games > 1 { "the first: " } else { "" };
        writeln!(out, "    {first}{}", replay_hint(loaded, &f.path, f.seed))?;
    }
    write_coverage(out, &report.coverage, sources, limit)
}

fn stats(
    script: &Path,
    runs: usize,
    seed: u64,
    max_states: usize,
    max_seconds: f64,
) -> Result<(), CliError> {
    let loaded = load_script(script, Report::Errors)?;
    let explore = ExploreOptions {
        max_states,
        max_time: seconds(Some(max_seconds))?,
        seed,
    };
    let random = RandomOptions {
        runs,
        seed,
        ..RandomOptions::default()
    };
    let bar = progress_bar("measuring", None);
    let stats = tools::story_stats(loaded.program.clone(), &explore, &random);
    bar.finish_and_clear();
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}: \"{}\"", loaded.name, loaded.program.title)?;
    writeln!(
        out,
        "words: {} of text and {} of choice text; a typical playthrough reads {} (median of {} random games)",
        stats.words,
        stats.choice_words,
        stats.typical_words(),
        stats.random.runs
    )?;
    writeln!(
        out,
        "knots: {}, stitches: {}, functions: {}, choices: {}, variables: {}",
        stats.knot_count, stats.stitch_count, stats.functions, stats.choices, stats.variables
    )?;
    writeln!(out, "\nwords per knot:")?;
    for k in &stats.knots {
        writeln!(
            out,
            "  {:>7} {:>6}  {}",
            k.words,
            if k.choice_words > 0 {
                format!("+{}", k.choice_words)
            } else {
                String::new()
            },
            display_flow(&k.knot)
        )?;
    }
    let found = &stats.exploration;
    // Endings only the random games found are listed too, so they count.
    let random_only = stats
        .random
        .endings
        .iter()
        .filter(|r| !found.endings.iter().any(|e| e.pc == r.pc))
        .count();
    writeln!(
        out,
        "\nendings ({}), paths in choices: exhaustive with seed {seed} ({}{}); in {}",
        found.endings.len() + random_only,
        count(found.states, "state"),
        if found.complete {
            ", complete"
        } else {
            ", budget reached: lower bounds"
        },
        count(stats.random.runs, "random game")
    )?;
    for e in &found.endings {
        let longest = match e.longest {
            Longest::Choices(n) => n.to_string(),
            Longest::Unbounded => "unbounded".into(),
            Longest::Unknown => "?".into(),
        };
        let seen = match stats.random.endings.iter().find(|r| r.pc == e.pc) {
            Some(r) => format!(
                "{} to {} in {}",
                r.shortest,
                r.longest,
                count(r.count, "game")
            ),
            None => "not reached".into(),
        };
        writeln!(
            out,
            "  {} ({} at {}): shortest {}, longest {longest}; {seen}",
            display_flow(&e.flow),
            end_kind(e.kind),
            place(&loaded.sources, e.span),
            e.shortest.len(),
        )?;
    }
    for r in &stats.random.endings {
        if !found.endings.iter().any(|e| e.pc == r.pc) {
            writeln!(
                out,
                "  {} ({} at {}): not found with seed {seed}; {} to {} in {}",
                display_flow(&r.flow),
                end_kind(r.kind),
                place(&loaded.sources, r.span),
                r.shortest,
                r.longest,
                count(r.count, "game")
            )?;
        }
    }
    Ok(())
}
