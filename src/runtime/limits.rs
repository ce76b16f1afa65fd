//! Every resource limit weave puts on a story, in one place, each with the
//! message a reader or author sees when a story hits it. README's "Limits"
//! section lists the same numbers; the parser's nesting limit lives beside
//! the ink parsers ([`crate::ink::NESTING_LIMIT`]) because `ink` sits below
//! the runtime, and is listed there too.
//!
//! Invariant: a story that hits a limit stops with a [`RuntimeError`]
//! (located at the instruction that went over), never a panic, a hang or an
//! allocation beyond what these numbers allow.
//!
//! [`RuntimeError`]: super::RuntimeError

/// The work one turn may do before weave calls it a loop: one step per
/// instruction, plus one per [`BYTES_PER_STEP`] bytes of string copied, so
/// a loop that builds ever longer strings stops as surely as one that spins.
/// Five million is far beyond a real turn and under a second in a debug
/// build.
pub const STEPS_PER_TURN: u64 = 5_000_000;

/// The steps a random pick costs (a shuffle, `RANDOM`, `LIST_RANDOM`): each
/// seeds or runs the ChaCha generator, hundreds of times an instruction's work.
pub const RANDOM_STEPS: u64 = 256;

/// How many bytes of string copying cost one step (see [`STEPS_PER_TURN`]).
pub const BYTES_PER_STEP: u64 = 64;

/// How deep calls and tunnels may nest, and how many threads may run at once.
pub const CALL_DEPTH: usize = 10_000;

/// The output one turn may produce, in bytes of text and tags (each newline,
/// glue or tag counts at least one): a loop that prints without stopping for
/// a choice stops here rather than filling memory.
pub const OUTPUT_PER_TURN: usize = 1 << 20;

/// The tags one turn may produce: each line with a tag costs the output
/// rules a look back over the tags before it, so they are counted apart.
pub const TAGS_PER_TURN: usize = 1_000;

/// The longest string a story may build (in bytes).
pub const STRING_SIZE: usize = 1 << 20;

/// The call frames one turn may keep in the choices it offers and the
/// threads it starts (each choice keeps a copy of its thread's frames).
pub const FRAMES_HELD: usize = 200_000;

/// How often (in steps) the instruction loop looks at an author tool's
/// deadline (`weave explore --max-seconds`), so a budget holds inside a turn.
pub const DEADLINE_CHECK_EVERY: u64 = 4096;

/// The longest line of input plain mode keeps (the rest of a longer line
/// is read and dropped, so such a line is unexpected input, not memory).
pub const INPUT_LINE: usize = 4096;

pub fn steps_exceeded() -> String {
    format!(
        "the story ran {STEPS_PER_TURN} steps without stopping for a choice \
         (limit STEPS_PER_TURN): is there a loop with no way out, or a string built up in a loop?"
    )
}

pub fn depth_exceeded() -> String {
    format!(
        "calls and tunnels nest more than {CALL_DEPTH} deep (limit CALL_DEPTH): \
         does a function or tunnel call itself without end?"
    )
}

pub fn threads_exceeded() -> String {
    format!(
        "more than {CALL_DEPTH} threads at once (limit CALL_DEPTH): does a thread start itself?"
    )
}

pub fn output_exceeded() -> String {
    format!(
        "the story printed more than {OUTPUT_PER_TURN} bytes in one turn (limit OUTPUT_PER_TURN): \
         is there a loop that prints without stopping for a choice?"
    )
}

pub fn tags_exceeded() -> String {
    format!(
        "the story gave more than {TAGS_PER_TURN} tags in one turn (limit TAGS_PER_TURN): \
         is there a loop that tags without stopping for a choice?"
    )
}

pub fn string_exceeded(len: usize) -> String {
    format!(
        "a string grew to {len} bytes, past {STRING_SIZE} (limit STRING_SIZE): \
         does the story join a string to itself in a loop?"
    )
}

pub fn frames_exceeded() -> String {
    format!(
        "the choices and threads of one turn hold more than {FRAMES_HELD} call frames \
         (limit FRAMES_HELD): does a recursive function offer choices at every level?"
    )
}

pub fn deadline_passed() -> String {
    "the time budget ran out in the middle of a turn".to_string()
}
