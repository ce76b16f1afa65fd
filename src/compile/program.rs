//! The compiled form of a story: flat instructions over one code vector, a
//! string table, and the tables the instructions index into.
//!
//! Invariant: every jump target, table index and string id in `code` is in
//! range; the compiler guarantees it and the runtime relies on it.

use crate::story::{Span, ast::SeqKind};
use serde::{Deserialize, Serialize};

pub use crate::value::{ListDef, Pc};
use crate::value::{ListValue, Value};

/// One instruction. The runtime is a loop over these; see `runtime::exec`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    // Output.
    /// Print a string from the string table.
    Text(u32),
    Newline,
    Glue,
    /// Start collecting output into a string (choice text, `"{x}"` strings).
    BeginString,
    /// Collect the output since `BeginString` into a string on the stack.
    EndString,
    /// Start a tag: output until `EndTag` becomes a tag.
    BeginTag,
    EndTag,
    /// Pop a value and print it.
    Output,

    // The evaluation stack.
    Int(i32),
    Float(f32),
    Bool(bool),
    Str(u32),
    /// A divert target value (the address of a knot, stitch or label).
    Address(Pc),
    /// A list value from [`Program::list_literals`].
    List(u32),
    Void,
    Pop,
    GetGlobal(u32),
    /// Assign a global (through nothing: globals are never references).
    SetGlobal(u32),
    GetTemp(u16),
    /// `x = v` on a temporary or parameter: writes through a `ref`.
    SetTemp(u16),
    /// `temp x = v` or binding a parameter: replaces the slot.
    BindTemp(u16),
    RefGlobal(u32),
    RefTemp(u16),
    /// Push how often a counter was visited.
    VisitCount(u32),
    /// Push the visit count of the address on the stack (`READ_COUNT(x)`).
    VisitCountOf,
    /// Push the turns since the address on the stack was visited.
    TurnsSince,
    Unary(Unary),
    Binary(Binary),
    Builtin(Builtin),

    // Control.
    Jump(Pc),
    /// Pop a condition; jump if it is false.
    JumpIfFalse(Pc),
    /// Pop an address and jump there (a divert to a variable).
    JumpToAddress,
    /// Call a function or tunnel at an address; its arguments are on the stack.
    Call(Pc, CallKind),
    /// Call the address on the stack (arguments below it).
    CallAddress(CallKind),
    /// Start a thread at an address (arguments on the stack).
    Thread(Pc),
    /// Start a thread at the address on the stack (arguments below it): a
    /// thread to a variable (`<- v`).
    ThreadAddress,
    /// Return from a function; the value is on the stack.
    Return,
    /// `->->`: return from a tunnel. With `true`, pop an address and go on
    /// there instead of returning (`->-> target`).
    TunnelReturn(bool),
    /// Make sure the current frame has this many temporary slots.
    Frame(u16),
    /// Count a visit to a counter (and record the turn).
    Visit(u32),
    /// Offer a choice from [`Program::choices`] (pops its condition and text as flagged).
    Choice(u32),
    /// Pick a sequence branch: pushes the branch index, or -1 for none.
    Sequence(u32),
    /// Pop an index and jump through a table in [`Program::tables`]; out of
    /// range jumps to the table's last entry.
    Switch(u32),
    /// The end of content: return from a function, end a thread, or (with
    /// no choice generated) the runtime error "ran out of content".
    FallOff,
    /// `-> DONE`
    Done,
    /// `-> END`
    End,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CallKind {
    Function,
    Tunnel,
}

/// The operators of instructions are the AST's own: the compiler passes
/// them through unchanged.
pub use crate::value::{BinOp as Binary, UnOp as Unary};

/// Built-in functions, with their arity fixed by the compiler.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Random,
    SeedRandom,
    ChoiceCount,
    Turns,
    Int,
    Floor,
    Ceiling,
    Float,
    Pow,
    Min,
    Max,
    ListCount,
    ListMin,
    ListMax,
    ListAll,
    ListInvert,
    ListRange,
    ListRandom,
    ListValue,
    /// `ListName(n)`: the item of a list with value n. Operand: list id on the stack.
    ListItemOf,
}

/// What an id carried by an instruction indexes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Id {
    /// [`Program::strings`]
    String,
    /// An address in [`Program::code`] (a label while compiling).
    Code,
    /// [`Program::list_literals`]
    List,
    /// [`Program::counters`]
    Counter,
    /// [`Program::choices`]
    Choice,
    /// [`Program::sequences`]
    Sequence,
    /// [`Program::tables`]
    Table,
    /// [`Program::globals`]
    Global,
    /// A slot of the current frame's temporaries.
    Temp,
}

impl Op {
    /// The instruction with every id it carries passed through `f`, which
    /// is told what each id indexes; everything else is kept.
    ///
    /// Invariant: this is the one place that knows which ids an opcode
    /// carries. Its match has no `_` arm, so a new opcode must say; label
    /// fixup, the joining of chunks (`shard`) and the fingerprint all go
    /// through it.
    pub fn map_ids(self, mut f: impl FnMut(Id, u32) -> u32) -> Op {
        let mut temp = |t: u16| f(Id::Temp, t.into()) as u16;
        match self {
            Op::Text(s) => Op::Text(f(Id::String, s)),
            Op::Str(s) => Op::Str(f(Id::String, s)),
            Op::Address(pc) => Op::Address(f(Id::Code, pc)),
            Op::Jump(pc) => Op::Jump(f(Id::Code, pc)),
            Op::JumpIfFalse(pc) => Op::JumpIfFalse(f(Id::Code, pc)),
            Op::Call(pc, kind) => Op::Call(f(Id::Code, pc), kind),
            Op::Thread(pc) => Op::Thread(f(Id::Code, pc)),
            Op::List(id) => Op::List(f(Id::List, id)),
            Op::Visit(c) => Op::Visit(f(Id::Counter, c)),
            Op::VisitCount(c) => Op::VisitCount(f(Id::Counter, c)),
            Op::Choice(id) => Op::Choice(f(Id::Choice, id)),
            Op::Sequence(id) => Op::Sequence(f(Id::Sequence, id)),
            Op::Switch(id) => Op::Switch(f(Id::Table, id)),
            Op::GetGlobal(g) => Op::GetGlobal(f(Id::Global, g)),
            Op::SetGlobal(g) => Op::SetGlobal(f(Id::Global, g)),
            Op::RefGlobal(g) => Op::RefGlobal(f(Id::Global, g)),
            Op::GetTemp(t) => Op::GetTemp(temp(t)),
            Op::SetTemp(t) => Op::SetTemp(temp(t)),
            Op::BindTemp(t) => Op::BindTemp(temp(t)),
            Op::RefTemp(t) => Op::RefTemp(temp(t)),
            Op::Frame(n) => Op::Frame(temp(n)),
            Op::Newline
            | Op::Glue
            | Op::BeginString
            | Op::EndString
            | Op::BeginTag
            | Op::EndTag
            | Op::Output
            | Op::Int(_)
            | Op::Float(_)
            | Op::Bool(_)
            | Op::Void
            | Op::Pop
            | Op::VisitCountOf
            | Op::TurnsSince
            | Op::Unary(_)
            | Op::Binary(_)
            | Op::Builtin(_)
            | Op::JumpToAddress
            | Op::CallAddress(_)
            | Op::ThreadAddress
            | Op::Return
            | Op::TunnelReturn(_)
            | Op::FallOff
            | Op::Done
            | Op::End => self,
        }
    }
}

impl std::hash::Hash for Op {
    /// The opcode, every id (through [`Op::map_ids`]) and the constant
    /// operands; floats hash by their bits.
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        std::mem::discriminant(self).hash(h);
        self.map_ids(|_, id| {
            id.hash(h);
            id
        });
        match *self {
            Op::Float(f) => f.to_bits().hash(h),
            Op::Int(i) => i.hash(h),
            Op::Bool(b) | Op::TunnelReturn(b) => b.hash(h),
            Op::Unary(u) => u.hash(h),
            Op::Binary(b) => b.hash(h),
            Op::Builtin(b) => b.hash(h),
            Op::Call(_, kind) | Op::CallAddress(kind) => kind.hash(h),
            // Ids are hashed above; these have no other operand.
            Op::Text(_)
            | Op::Str(_)
            | Op::Address(_)
            | Op::Jump(_)
            | Op::JumpIfFalse(_)
            | Op::Thread(_)
            | Op::List(_)
            | Op::Visit(_)
            | Op::VisitCount(_)
            | Op::Choice(_)
            | Op::Sequence(_)
            | Op::Switch(_)
            | Op::GetGlobal(_)
            | Op::SetGlobal(_)
            | Op::RefGlobal(_)
            | Op::GetTemp(_)
            | Op::SetTemp(_)
            | Op::BindTemp(_)
            | Op::RefTemp(_)
            | Op::Frame(_)
            | Op::Newline
            | Op::Glue
            | Op::BeginString
            | Op::EndString
            | Op::BeginTag
            | Op::EndTag
            | Op::Output
            | Op::Void
            | Op::Pop
            | Op::VisitCountOf
            | Op::TurnsSince
            | Op::JumpToAddress
            | Op::ThreadAddress
            | Op::Return
            | Op::FallOff
            | Op::Done
            | Op::End => {}
        }
    }
}

/// A choice point's constant parts.
#[derive(Clone, Debug)]
pub struct ChoiceInfo {
    /// Stable id: the flow's path plus the label or the choice's words.
    pub id: String,
    /// Where its content starts once taken.
    pub target: Pc,
    /// The counter visited when it is taken (once-only choices check it).
    pub counter: u32,
    pub sticky: bool,
    pub fallback: bool,
    pub has_condition: bool,
    pub has_text: bool,
    pub span: Span,
}

/// Something whose visits are counted: a knot, stitch, label, choice or sequence.
#[derive(Clone, Debug)]
pub struct CounterInfo {
    /// `knot.stitch.label`, or a description for anonymous ones.
    pub path: String,
    pub span: Span,
}

/// A knot, stitch or function as the runtime sees it.
#[derive(Clone, Debug)]
pub struct FlowInfo {
    pub path: String,
    pub entry: Pc,
    pub function: bool,
    pub counter: u32,
    pub span: Span,
}

/// A `VAR` (or the variable a `LIST` declares).
#[derive(Clone, Debug)]
pub struct GlobalInfo {
    pub name: String,
    pub initial: Value,
}

/// A place where the story ends (`-> END`), for `weave check`.
#[derive(Clone, Debug)]
pub struct Ending {
    /// The knot (and stitch) it is in.
    pub flow: String,
    pub span: Span,
}

/// A sequence's constant parts.
#[derive(Clone, Debug)]
pub struct SequenceInfo {
    pub kind: SeqKind,
    pub branches: u32,
    pub counter: u32,
    /// What ink seeds this sequence's shuffles with: the hash of its
    /// container's path in ink's compiled story (see `compile::ink_path`).
    pub hash: i32,
}

/// The program's texts, kept end to end in one buffer: an id is an index
/// into `ends`. One buffer instead of a `String` each keeps a large story
/// to one allocation for all its text.
#[derive(Clone, Debug, Default)]
pub struct StringTable {
    text: String,
    /// Where each text ends in `text`; it starts where the one before ends.
    ends: Vec<usize>,
}

impl StringTable {
    /// Adds a text; returns its id.
    pub fn push(&mut self, s: &str) -> u32 {
        self.text.push_str(s);
        self.ends.push(self.text.len());
        (self.ends.len() - 1) as u32
    }

    /// Adds every text of `other` after these; returns the id the first
    /// of them now has.
    pub fn append(&mut self, other: &StringTable) -> u32 {
        let first = self.ends.len() as u32;
        let at = self.text.len();
        self.text.push_str(&other.text);
        self.ends.extend(other.ends.iter().map(|end| at + end));
        first
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| &self[i])
    }
}

impl std::ops::Index<usize> for StringTable {
    type Output = str;

    fn index(&self, id: usize) -> &str {
        let start = id.checked_sub(1).map_or(0, |i| self.ends[i]);
        &self.text[start..self.ends[id]]
    }
}

/// Hashes as the list of its texts would.
impl std::hash::Hash for StringTable {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.len().hash(state);
        for s in self.iter() {
            s.hash(state);
        }
    }
}

/// A compiled story, immutable while it is played.
#[derive(Clone, Debug, Default)]
pub struct Program {
    pub title: String,
    /// Where the story comes from, for the title screen (not part of the
    /// fingerprint: it changes nothing in play).
    pub source: Option<String>,
    /// A hash of the compiled program: saves made on another program are
    /// replayed rather than restored.
    pub fingerprint: u64,
    pub code: Vec<Op>,
    pub strings: StringTable,
    pub choices: Vec<ChoiceInfo>,
    pub counters: Vec<CounterInfo>,
    pub flows: Vec<FlowInfo>,
    pub globals: Vec<GlobalInfo>,
    pub lists: Vec<ListDef>,
    pub list_literals: Vec<ListValue>,
    pub sequences: Vec<SequenceInfo>,
    pub tables: Vec<Vec<Pc>>,
    /// Source places of instructions that can fail, sorted by pc.
    pub spans: Vec<(Pc, Span)>,
    /// Divert target addresses and the counter each one visits, sorted by pc.
    pub addresses: Vec<(Pc, u32)>,
    pub endings: Vec<Ending>,
}

impl Program {
    /// Gives back the room the tables grew into while the program was
    /// built: a loaded story holds only what it uses.
    pub fn shrink_to_fit(&mut self) {
        self.code.shrink_to_fit();
        self.strings.shrink_to_fit();
        self.spans.shrink_to_fit();
        self.counters.shrink_to_fit();
        self.choices.shrink_to_fit();
        self.addresses.shrink_to_fit();
        self.flows.shrink_to_fit();
    }

    /// The source place of the instruction at `pc`, if known.
    pub fn span_at(&self, pc: Pc) -> Option<Span> {
        let i = self.spans.partition_point(|(p, _)| *p <= pc);
        i.checked_sub(1).map(|i| self.spans[i].1)
    }

    /// The flow (knot, stitch or function) an address belongs to.
    pub fn flow_at(&self, pc: Pc) -> Option<&FlowInfo> {
        // Flows are sorted by entry, and each flow's code is contiguous.
        let i = self.flows.partition_point(|f| f.entry <= pc);
        i.checked_sub(1).map(|i| &self.flows[i])
    }

    /// The name of the knot, stitch or label at an address (for printing
    /// divert target values).
    pub fn address_name(&self, pc: Pc) -> String {
        self.counter_at(pc).map_or_else(
            || format!("@{pc}"),
            |c| self.counters[c as usize].path.clone(),
        )
    }

    /// The counter visited at a divert target address.
    pub fn counter_at(&self, pc: Pc) -> Option<u32> {
        self.addresses
            .binary_search_by_key(&pc, |(p, _)| *p)
            .ok()
            .map(|i| self.addresses[i].1)
    }

    /// The names of the knots, for completion and `goto`.
    pub fn knot_names(&self) -> impl Iterator<Item = &str> {
        self.flows.iter().map(|f| f.path.as_str())
    }
}
