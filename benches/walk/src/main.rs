//! The random-walk benchmark of `../shared/bench/WALK.md`, run on weave and
//! on blade-ink-rs (the `bladeink` runtime and `bladeink-compiler`) side by
//! side, in one process, on the same generated stories.
//!
//! For each size it generates a synthetic ink story with the shared
//! generator, compiles it, measures the memory the loaded story holds (a
//! counting allocator), walks K playthroughs with the protocol's xorshift
//! choices, and prints the FNV-1a checksum, which must equal the reference
//! in WALK.md and the peer's. It exits non-zero on any mismatch.
//!
//! Compile times are the median of `--runs` timed compiles (5 unless told),
//! for both engines alike. weave reads and lowers a large story on one
//! thread per core; it is also timed on one thread, so that both figures
//! are on record.
//!
//! Usage: `cargo run --release --manifest-path benches/walk/Cargo.toml [-- --sizes 1,5,20 --peer-sizes 1 --runs 5]`

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
use std::time::Instant;

/// Counts the bytes currently allocated, to measure what a loaded story holds.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

/// Counting is on only while memory is measured, so that timed runs pay
/// nothing for it.
static COUNTING: AtomicBool = AtomicBool::new(false);

fn count(delta: isize) {
    if COUNTING.load(Ordering::Relaxed) {
        LIVE.fetch_add(delta, Ordering::Relaxed);
    }
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size as isize - layout.size() as isize);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// The bytes a value built by `make` still holds once `make` has returned.
fn held<T>(make: impl FnOnce() -> T) -> (T, f64) {
    COUNTING.store(true, Ordering::Relaxed);
    let before = live();
    let value = make();
    let bytes = (live() - before) as f64;
    COUNTING.store(false, Ordering::Relaxed);
    (value, bytes)
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn live() -> isize {
    LIVE.load(Ordering::Relaxed)
}

/// FNV-1a, 32 bit, over the protocol's byte stream.
struct Fnv(u32);

impl Fnv {
    fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u32::from(b);
            self.0 = self.0.wrapping_mul(16_777_619);
        }
    }
    fn u32(&mut self, n: u32) {
        self.bytes(&n.to_le_bytes());
    }
}

fn xorshift(mut x: u64) -> u64 {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    x
}

/// What one engine did over K playthroughs.
struct Walk {
    checksum: u32,
    choices: u64,
    text_bytes: u64,
    seconds: f64,
}

const MAX_CHOICES: u32 = 5_000;

/// One playthrough's events, fed to the checksum the same way by both engines.
struct Recorder {
    fnv: Fnv,
    choices: u64,
    text_bytes: u64,
}

impl Recorder {
    fn new() -> Recorder {
        Recorder {
            fnv: Fnv(0x811c_9dc5),
            choices: 0,
            text_bytes: 0,
        }
    }

    /// What the walk that began at `start` made.
    fn finish(self, start: Instant) -> Walk {
        Walk {
            checksum: self.fnv.0,
            choices: self.choices,
            text_bytes: self.text_bytes,
            seconds: start.elapsed().as_secs_f64(),
        }
    }

    fn line(&mut self, text: &str) {
        self.fnv.bytes(text.as_bytes());
        self.text_bytes += text.len() as u64;
    }
    /// Picks a choice with the walk's generator and records the choice point.
    fn choose<'a>(&mut self, x: &mut u64, texts: impl ExactSizeIterator<Item = &'a str>) -> usize {
        let n = texts.len();
        *x = xorshift(*x);
        let index = (*x % n as u64) as usize;
        self.fnv.bytes(&[1]);
        self.fnv.u32(n as u32);
        for t in texts {
            self.fnv.bytes(t.as_bytes());
            self.fnv.bytes(&[2]);
        }
        self.fnv.u32(index as u32);
        self.choices += 1;
        index
    }
    fn error(&mut self) {
        self.fnv.bytes(&[3]);
    }
}

/// Parses and compiles with weave, on one thread or (`None`) on as many as
/// weave chooses; returns the program and the seconds spent parsing and
/// compiling.
fn weave_compile(source: &str, threads: Option<usize>) -> (Arc<weave::compile::Program>, f64, f64) {
    // `weave` hands the text it read to the source map without a copy; so
    // does this, the copy being made before the clock starts.
    let text = source.to_string();
    let t = Instant::now();
    let mut sources = weave::story::SourceMap::default();
    let main = sources.add("synth.ink", text);
    let mut no_includes = |_: &str| Err("no includes here".to_string());
    let (story, _) = weave::ink::parse_ink_on(&mut sources, main, &mut no_includes, threads)
        .unwrap_or_else(|e| panic!("weave cannot parse the story: {:?}", e.first()));
    let parse = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let compiled = match threads {
        Some(n) => weave::compile::compile_on(&story, n),
        None => weave::compile::compile(&story),
    };
    let (program, _) =
        compiled.unwrap_or_else(|e| panic!("weave cannot compile the story: {:?}", e.first()));
    (Arc::new(program), parse, t.elapsed().as_secs_f64())
}

fn weave_walk(program: &Arc<weave::compile::Program>, k: u64) -> Walk {
    use weave::runtime::{Prompt, Session};
    let mut rec = Recorder::new();
    let start = Instant::now();
    for i in 0..k {
        let mut session = Session::new(program.clone(), 1);
        let mut x = 42 + i;
        let mut made = 0;
        while made < MAX_CHOICES {
            let turn = match session.continue_turn() {
                Ok(turn) => turn,
                Err(_) => {
                    rec.error();
                    break;
                }
            };
            for line in &turn.lines {
                rec.line(&line.text);
                rec.line("\n");
            }
            let Prompt::Choice(choices) = turn.prompt else {
                break;
            };
            let index = rec.choose(&mut x, choices.iter().map(|c| c.text.as_str()));
            session.choose(index).expect("a valid choice");
            made += 1;
        }
    }
    rec.finish(start)
}

fn blade_walk(story: &mut bladeink::story::Story, k: u64) -> Walk {
    let mut rec = Recorder::new();
    let start = Instant::now();
    'plays: for i in 0..k {
        story.reset_state().expect("blade-ink resets");
        let mut x = 42 + i;
        let mut made = 0;
        while made < MAX_CHOICES {
            while story.can_continue() {
                match story.cont() {
                    Ok(text) => rec.line(&text),
                    Err(e) => {
                        if std::env::var_os("WALK_DEBUG").is_some() {
                            eprintln!("bladeink: {e}");
                        }
                        rec.error();
                        continue 'plays;
                    }
                }
            }
            let choices = story.get_current_choices();
            if choices.is_empty() {
                break;
            }
            let index = rec.choose(&mut x, choices.iter().map(|c| c.text.as_str()));
            story.choose_choice_index(index).expect("a valid choice");
            made += 1;
        }
    }
    rec.finish(start)
}

/// The reference checksums of WALK.md's table, by (knots, K).
fn references(walk_md: &str) -> Vec<(u32, u64, u32)> {
    walk_md
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let knots = cells
                .get(1)?
                .split_whitespace()
                .nth(1)?
                .trim_matches('`')
                .parse()
                .ok()?;
            let k = cells.get(2)?.parse().ok()?;
            let sum = u32::from_str_radix(cells.get(3)?.trim_matches('`'), 16).ok()?;
            Some((knots, k, sum))
        })
        .collect()
}

struct Options {
    sizes: Vec<u32>,
    peer_sizes: Vec<u32>,
    shared: PathBuf,
    /// Timed compiles per engine and size; the median is reported.
    runs: usize,
}

/// Runs `f` `runs` times; returns the median of what it measured, with the
/// fastest and slowest.
fn median_of<T>(runs: usize, mut f: impl FnMut() -> (T, f64)) -> (T, Spread) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs.max(1) {
        let (value, seconds) = f();
        times.push(seconds);
        last = Some(value);
    }
    times.sort_by(f64::total_cmp);
    let spread = Spread {
        median: times[times.len() / 2],
        min: times[0],
        max: times[times.len() - 1],
    };
    (last.expect("at least one run"), spread)
}

/// Timings of repeated runs, in seconds.
#[derive(Clone, Copy)]
struct Spread {
    median: f64,
    min: f64,
    max: f64,
}

impl std::fmt::Display for Spread {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(
            f,
            "{:.1} ms (range {:.1}–{:.1})",
            self.median * 1e3,
            self.min * 1e3,
            self.max * 1e3
        )
    }
}

fn options() -> Options {
    let mut o = Options {
        sizes: vec![1, 5, 20],
        peer_sizes: vec![1],
        runs: 5,
        shared: std::env::var_os("WEAVE_SHARED")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")),
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let list = |s: &str| s.split(',').filter_map(|n| n.trim().parse().ok()).collect();
    for pair in args.chunks(2) {
        match (pair[0].as_str(), pair.get(1)) {
            ("--sizes", Some(v)) => o.sizes = list(v),
            ("--peer-sizes", Some(v)) => o.peer_sizes = list(v),
            ("--runs", Some(v)) => o.runs = v.parse().unwrap_or(o.runs),
            ("--shared", Some(v)) => o.shared = PathBuf::from(v),
            (flag, _) => {
                eprintln!(
                    "unknown flag {flag}; use --sizes 1,5,20 --peer-sizes 1 --runs 5 --shared DIR"
                );
                std::process::exit(2);
            }
        }
    }
    o
}

fn generate(shared: &Path, knots: u32, dir: &Path) -> String {
    let out = dir.join(format!("synth-{knots}.ink"));
    let status = std::process::Command::new("python3")
        .arg(shared.join("bench/gen_synth.py"))
        .args(["--knots", &knots.to_string(), "-o"])
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("python3 runs the generator");
    assert!(status.success(), "the generator failed");
    std::fs::read_to_string(&out).expect("the generated story")
}

/// Prints a checksum against its reference; false on a mismatch.
fn check(what: &str, got: u32, want: Option<u32>) -> bool {
    match want {
        Some(want) if want != got => {
            println!("  MISMATCH {what}: {got:08x}, reference {want:08x}");
            false
        }
        Some(_) => {
            println!("  {what}: {got:08x} = reference");
            true
        }
        None => {
            println!("  {what}: {got:08x} (no reference)");
            true
        }
    }
}

fn mb(bytes: f64) -> String {
    format!("{:.1} MB", bytes / 1e6)
}

fn main() {
    let o = options();
    let walk_md = std::fs::read_to_string(o.shared.join("bench/WALK.md")).unwrap_or_else(|e| {
        eprintln!(
            "cannot read {}: {e}",
            o.shared.join("bench/WALK.md").display()
        );
        std::process::exit(2);
    });
    let refs = references(&walk_md);
    let dir = std::env::temp_dir().join("weave-walk-bench");
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let mut ok = true;
    for &size in &o.sizes {
        let knots = size * 400;
        let source = generate(&o.shared, knots, &dir);
        println!("\n== {} knots, {} of ink", knots, mb(source.len() as f64));

        let (measured, weave_held) = held(|| weave_compile(&source, None).0);
        drop(measured);
        let source_text = source.as_str();
        let timed = |threads| {
            move || {
                let (program, parse, lower) = weave_compile(source_text, threads);
                (program, parse + lower)
            }
        };
        let (_, one_thread) = median_of(o.runs, timed(Some(1)));
        let (program, compile) = median_of(o.runs, timed(None));
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        println!(
            "weave:     compile {compile} on {cores} cores, {:.0} MB of ink/s; holds {} ({:.1}x the source)",
            source.len() as f64 / 1e6 / compile.median,
            mb(weave_held),
            weave_held / source.len() as f64
        );
        println!(
            "           on one thread: {one_thread}, {:.0} MB of ink/s",
            source.len() as f64 / 1e6 / one_thread.median
        );
        let ks: &[u64] = if size == 1 { &[20, 200] } else { &[20] };
        let mut weave_walks = Vec::new();
        // An untimed playthrough first: the allocator settles after the
        // compiler's memory is freed, and the timed walks measure the walk.
        weave_walk(&program, 1);
        for &k in ks {
            let w = weave_walk(&program, k);
            println!(
                "  K={k}: {} choices, {} text bytes, {:.0} choices/s, {:.1} µs per choice",
                w.choices,
                w.text_bytes,
                w.choices as f64 / w.seconds,
                w.seconds * 1e6 / w.choices as f64
            );
            let want = refs.iter().find(|r| r.0 == knots && r.1 == k).map(|r| r.2);
            ok &= check(&format!("weave checksum K={k}"), w.checksum, want);
            weave_walks.push((k, w));
        }
        drop(program);

        if !o.peer_sizes.contains(&size) {
            continue;
        }
        // bladeink-compiler reads `{stopping: a|b}` as a variable named
        // `stopping`; `{a|b}` is the same sequence in the syntax it knows.
        let peer_source = source.replace("{stopping:", "{");
        let (measured, blade_held) = held(|| {
            let json = bladeink_compiler::Compiler::new()
                .compile(&peer_source)
                .expect("bladeink-compiler compiles the story");
            bladeink::story::Story::new(&json).expect("bladeink loads the story")
        });
        drop(measured);
        let (json, blade_compile) = median_of(o.runs, || {
            let t = Instant::now();
            let json = bladeink_compiler::Compiler::new()
                .compile(&peer_source)
                .expect("bladeink-compiler compiles the story");
            (json, t.elapsed().as_secs_f64())
        });
        let (mut story, blade_load) = median_of(o.runs, || {
            let t = Instant::now();
            let story = bladeink::story::Story::new(&json).expect("bladeink loads the story");
            (story, t.elapsed().as_secs_f64())
        });
        let json_len = json.len();
        drop(json);
        println!(
            "bladeink:  compile {blade_compile}, load {blade_load}, holds {} ({:.1}x the source, {:.1}x its JSON)",
            mb(blade_held),
            blade_held / source.len() as f64,
            blade_held / json_len as f64
        );
        blade_walk(&mut story, 1);
        for (k, w) in &weave_walks {
            let b = blade_walk(&mut story, *k);
            println!(
                "  K={k}: {} choices, {:.0} choices/s",
                b.choices,
                b.choices as f64 / b.seconds
            );
            // The reference was made with inklecate's JSON; bladeink here runs
            // what its own compiler made of the story, so it may differ.
            let want = refs.iter().find(|r| r.0 == knots && r.1 == *k).map(|r| r.2);
            let verdict = if want == Some(b.checksum) {
                "= reference"
            } else {
                "differs from the reference (bladeink-compiler's output)"
            };
            println!("  bladeink checksum K={k}: {:08x} {verdict}", b.checksum);
            println!(
                "  ratio K={k}: weave walks {:.1}x as many choices per second",
                (w.choices as f64 / w.seconds) / (b.choices as f64 / b.seconds)
            );
        }
        println!(
            "ratio: weave compiles {:.1}x faster than bladeink-compiler ({:.1}x counting bladeink's load; {:.1}x on one thread)",
            blade_compile.median / compile.median,
            (blade_compile.median + blade_load.median) / compile.median,
            blade_compile.median / one_thread.median
        );
    }
    if !ok {
        std::process::exit(1);
    }
}
