//! Lowering in chunks, on several threads. Once every name is declared,
//! knots are independent: the story's knots are cut into chunks of about
//! [`CHUNK_STATEMENTS`] statements, a worker compiler lowers each chunk with
//! its own code and tables (sharing the declared names), and the chunks are
//! joined in order, their ids renumbered. Texts are shared within a chunk;
//! each chunk brings its own string table, appended whole.
//!
//! Invariant: the chunks depend on the story alone, never on the number of
//! threads, so the program (and its fingerprint) is the same on any
//! machine; the number of threads changes only the time taken.

use super::{Compiler, Id, Label, Pc, Program};
use crate::story::{Diagnostic, Story};
use std::ops::Range;
use std::sync::Arc;

/// The size of a chunk in top-level statements (about a quarter of a
/// megabyte of ink). A smaller story is one chunk, lowered on the calling
/// thread.
pub const CHUNK_STATEMENTS: usize = 4096;

/// What a worker lowered: its code and tables. Its own labels and counters
/// are numbered from `label_base` and `counter_base` (declared ones keep
/// their ids); its other ids from zero.
struct Shard {
    program: Program,
    /// Addresses of the worker's own labels, from `label_base` on.
    label_pcs: Vec<Option<Pc>>,
    /// Addresses of declared labels the worker placed.
    declared_pcs: Vec<(Label, Pc)>,
    diags: Vec<Diagnostic>,
    global_reads: Vec<u32>,
    /// Labels and counters below these were declared before lowering.
    label_base: u32,
    counter_base: u32,
}

/// How many threads to lower `story` on: one per core (at most eight)
/// for a story of several chunks, else one.
pub(super) fn threads_for(story: &Story) -> usize {
    if statements(story) < 2 * CHUNK_STATEMENTS {
        return 1;
    }
    crate::parallel::cores()
}

/// The top-level statements of a story's flows: a cheap measure of the
/// work of lowering them.
fn statements(story: &Story) -> usize {
    story.body.len() + story.knots.iter().map(knot_statements).sum::<usize>()
}

fn knot_statements(knot: &crate::story::Knot) -> usize {
    1 + knot.body.len() + knot.stitches.iter().map(|s| s.body.len()).sum::<usize>()
}

impl Compiler {
    /// Lowers the root flow and every knot, in chunks of about `chunk`
    /// statements, on up to `threads` threads.
    pub(super) fn lower_story(&mut self, story: &Story, threads: usize, chunk: usize) {
        let chunks = chunks_of_knots(story, chunk);
        // Workers lower from a copy of the declared names, while this
        // compiler joins the chunks lowered so far.
        let template = self.worker();
        crate::parallel::fold_in_order(
            &chunks,
            threads,
            |knots| template.lower_chunk(story, knots.clone()),
            |shard| self.join(shard),
        );
    }

    /// A compiler that shares this one's declared names, with empty code.
    fn worker(&self) -> Compiler {
        Compiler {
            program: Program::default(),
            diags: Vec::new(),
            globals: Arc::clone(&self.globals),
            global_inits: Arc::clone(&self.global_inits),
            lists: Arc::clone(&self.lists),
            list_items: Arc::clone(&self.list_items),
            flows: Arc::clone(&self.flows),
            params_by_entry: Arc::clone(&self.params_by_entry),
            stitch_labels: Arc::clone(&self.stitch_labels),
            label_owners: Arc::clone(&self.label_owners),
            externals: Arc::clone(&self.externals),
            label_pcs: Vec::new(),
            label_base: self.label_base + self.label_pcs.len() as Label,
            declared_pcs: Vec::new(),
            strings: Default::default(),
            flow: Arc::from(""),
            temps: Default::default(),
            temp_count: 0,
            sequence_ids: Default::default(),
            ink_paths: Default::default(),
            known: Arc::clone(&self.known),
            to_run: self.to_run,
            in_choice_text: false,
            choice_ids: Default::default(),
            global_reads: vec![0; self.global_reads.len()],
            counter_base: self.counter_base + self.program.counters.len() as u32,
            const_depth: Default::default(),
        }
    }

    /// Lowers the knots in `knots` (and the root flow with the first chunk).
    fn lower_chunk(&self, story: &Story, knots: Range<usize>) -> Shard {
        let mut w = self.worker();
        if knots.start == 0 {
            w.lower_root(story);
        }
        for knot in &story.knots[knots] {
            w.lower_knot(knot);
        }
        Shard {
            label_base: w.label_base,
            counter_base: w.counter_base,
            program: w.program,
            label_pcs: w.label_pcs,
            declared_pcs: w.declared_pcs,
            diags: w.diags,
            global_reads: w.global_reads,
        }
    }

    /// Appends a chunk's code and tables, renumbering its ids after what is
    /// already here.
    fn join(&mut self, shard: Shard) {
        let p = shard.program;
        let strings_at = self.program.strings.append(&p.strings);
        let code_at = self.program.code.len() as Pc;
        let labels_at = self.label_pcs.len() as Label;
        let counters_at = self.program.counters.len() as u32;
        let (choices_at, sequences_at) = (
            self.program.choices.len() as u32,
            self.program.sequences.len() as u32,
        );
        let (tables_at, lists_at) = (
            self.program.tables.len() as u32,
            self.program.list_literals.len() as u32,
        );
        let label = |l: Label| match l.checked_sub(shard.label_base) {
            Some(own) => labels_at + own,
            None => l,
        };
        let counter = |c: u32| match c.checked_sub(shard.counter_base) {
            Some(own) => counters_at + own,
            None => c,
        };

        for (label, pc) in shard.declared_pcs {
            self.label_pcs[label as usize] = Some(pc + code_at);
        }
        self.label_pcs
            .extend(shard.label_pcs.iter().map(|pc| pc.map(|pc| pc + code_at)));
        // Globals are declared once for the whole story and temporaries
        // are the frame's own: only the chunk's own ids move.
        self.program.code.extend(p.code.iter().map(|op| {
            op.map_ids(|kind, id| match kind {
                Id::String => strings_at + id,
                Id::Code => label(id),
                Id::List => lists_at + id,
                Id::Counter => counter(id),
                Id::Choice => choices_at + id,
                Id::Sequence => sequences_at + id,
                Id::Table => tables_at + id,
                Id::Global | Id::Temp => id,
            })
        }));
        for (pc, span) in p.spans {
            // As `mark` does: a later span for the same instruction wins.
            let pc = pc + code_at;
            if self.program.spans.last().is_some_and(|(p, _)| *p == pc) {
                self.program.spans.pop();
            }
            self.program.spans.push((pc, span));
        }
        self.program.counters.extend(p.counters);
        self.program
            .choices
            .extend(p.choices.into_iter().map(|c| super::ChoiceInfo {
                target: label(c.target),
                counter: counter(c.counter),
                ..c
            }));
        self.program
            .sequences
            .extend(p.sequences.into_iter().map(|s| super::SequenceInfo {
                counter: counter(s.counter),
                ..s
            }));
        self.program.tables.extend(
            p.tables
                .into_iter()
                .map(|t| t.into_iter().map(label).collect::<Vec<_>>()),
        );
        self.program.list_literals.extend(p.list_literals);
        self.program
            .addresses
            .extend(p.addresses.into_iter().map(|(l, c)| (label(l), counter(c))));
        self.program
            .flows
            .extend(p.flows.into_iter().map(|f| super::FlowInfo {
                entry: label(f.entry),
                counter: counter(f.counter),
                ..f
            }));
        self.add_findings(shard.global_reads, shard.diags);
    }

    /// Adds a chunk's reads of each global and its diagnostics.
    fn add_findings(&mut self, global_reads: Vec<u32>, diags: Vec<Diagnostic>) {
        for (total, reads) in self.global_reads.iter_mut().zip(global_reads) {
            *total += reads;
        }
        self.diags.extend(diags);
    }
}

/// Cuts the knots into consecutive chunks of at least `chunk` statements
/// (the last may be smaller); the root flow goes with the first.
fn chunks_of_knots(story: &Story, chunk: usize) -> Vec<Range<usize>> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut taken = story.body.len();
    for (i, knot) in story.knots.iter().enumerate() {
        taken += knot_statements(knot);
        if taken >= chunk && i + 1 < story.knots.len() {
            chunks.push(start..i + 1);
            start = i + 1;
            taken = 0;
        }
    }
    chunks.push(start..story.knots.len());
    chunks
}

#[cfg(test)]
mod tests {
    use super::Program;
    use crate::story::SourceMap;

    /// A story that uses what lowering numbers: labels, choices, sequences,
    /// switch tables, list literals, strings, counters and diverts across
    /// knots, in many knots with stitches.
    fn story_text(knots: usize) -> String {
        let mut text = String::from(
            "LIST mood = calm, (tense), wild\nVAR seen = 0\n-> k0\n\
             === function twice(x) ===\n~ return x * 2\n",
        );
        for k in 0..knots {
            let next = (k + 1) % knots;
            text.push_str(&format!(
                "=== k{k} ===\n\
                 ~ temp t = twice({k})\n\
                 Line {{t}} of k{k}, {{&once|twice|thrice}}. {{mood ? tense: Tense.|Calm.}}\n\
                 {{ seen:\n - 0: First.\n - else: \"Again\" {{seen}}.\n}}\n\
                 * (pick{k}) [Go on] Onwards. -> k{next}\n\
                 + {{pick{k}}} [Stay] -> s{k}\n\
                 * -> k{k}.s{k}\n\
                 - (after{k}) {{after{k} > 1: again|first}}\n\
                 -> s{k}\n\
                 = s{k}\n\
                 ~ seen++\n\
                 {{stopping:\n - One {{TURNS_SINCE(-> k{next})}}.\n - Two {{(calm, wild)}}.\n}}\n\
                 -> k{next}\n"
            ));
        }
        text
    }

    fn story(text: &str) -> crate::story::Story {
        let mut sources = SourceMap::default();
        let main = sources.add("shards.ink", text);
        let (story, _) = crate::ink::parse_ink(&mut sources, main, &mut |_| Err("none".into()))
            .expect("the story parses");
        story
    }

    fn compiled(text: &str, threads: usize, chunk: usize) -> Result<Program, String> {
        super::super::compile_in_chunks(&story(text), threads, chunk)
            .map(|(program, _)| program)
            .map_err(|errors| format!("{errors:?}"))
    }

    fn program_text(text: &str, threads: usize, chunk: usize) -> String {
        match super::super::compile_in_chunks(&story(text), threads, chunk) {
            Ok((program, warnings)) => format!("{program:?}\n{warnings:?}"),
            Err(errors) => format!("errors: {errors:?}"),
        }
    }

    /// The transcript of `turns` turns, taking choice `turn % n` each time.
    fn transcript(program: Program, turns: usize) -> String {
        let mut session = crate::runtime::Session::new(std::sync::Arc::new(program), 7);
        let mut out = Vec::new();
        for n in 0..turns {
            let turn = match session.continue_turn() {
                Ok(turn) => turn,
                Err(e) => {
                    out.extend(format!("error: {}", e.message).bytes());
                    break;
                }
            };
            crate::saves::transcript::write_turn(&mut out, &turn).expect("written");
            let crate::runtime::Prompt::Choice(choices) = &turn.prompt else {
                break;
            };
            session.choose(n % choices.len()).expect("a choice offered");
        }
        String::from_utf8(out).expect("text")
    }

    #[test]
    fn lowering_on_threads_gives_the_same_program() {
        let text = story_text(40);
        let one = program_text(&text, 1, 15);
        assert!(!one.starts_with("errors"), "{one}");
        for threads in [2, 3, 8] {
            assert!(
                program_text(&text, threads, 15) == one,
                "differs on {threads} threads"
            );
        }
    }

    #[test]
    fn a_story_in_chunks_plays_as_it_does_in_one() {
        let text = story_text(30);
        let whole = transcript(compiled(&text, 1, usize::MAX).unwrap(), 60);
        assert!(whole.matches('\n').count() > 200, "a long game: {whole}");
        for chunk in [1, 7, 40] {
            let chunked = transcript(compiled(&text, 3, chunk).unwrap(), 60);
            assert!(chunked == whole, "chunks of {chunk} play differently");
        }
    }

    #[test]
    fn errors_from_every_chunk_are_reported_in_order() {
        let text = story_text(12).replace("-> k3\n", "-> nowhere3\n");
        let text = text.replace("-> k9\n", "-> nowhere9\n");
        let one = program_text(&text, 1, 10);
        assert!(
            one.contains("nowhere3") && one.contains("nowhere9"),
            "{one}"
        );
        assert!(one.find("nowhere3") < one.find("nowhere9"));
        assert_eq!(program_text(&text, 4, 10), one);
        assert_eq!(program_text(&text, 1, usize::MAX), one);
    }

    #[test]
    fn chunks_cover_every_knot_once() {
        let story = story(&story_text(10));
        for chunk in [0, 1, 5, 12, 30, usize::MAX] {
            let chunks = super::chunks_of_knots(&story, chunk);
            assert_eq!(chunks[0].start, 0);
            assert!(chunks.windows(2).all(|w| w[0].end == w[1].start));
            assert!(chunks.iter().all(|c| !c.is_empty()));
            assert_eq!(chunks.last().unwrap().end, story.knots.len());
        }
    }
}
