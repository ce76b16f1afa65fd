//! The story model: one AST that RON scripts and ink files both produce.
//!
//! It mirrors ink's structure: a root flow, knots with stitches, and a
//! *weave* of lines, logic, choices and gathers. Choices own the content
//! nested under them; a gather is a marker in the list that collects the
//! loose ends of the choices before it. Inline content (text, `{…}` blocks,
//! glue, tags, diverts) is parsed, never kept as raw markup.
//!
//! Invariant: this module is plain data. It knows nothing of how a story
//! runs (`runtime`) or how it is lowered (`compile`). Its RON form is
//! defined in `script::ron`, where text and expressions become ink markup
//! strings again.

/// The operators are the values' own (`value::op`): the compiler passes
/// them through to the program unchanged.
pub use crate::value::{BinOp, UnOp};

use super::span::{Span, Spanned};

/// An identifier as written (a knot, stitch, label, variable or function name).
pub type Name = Spanned<String>;

/// A dotted reference such as `knot`, `knot.stitch`, `knot.stitch.label`,
/// `label` or `List.item`; resolved by the compiler relative to where it
/// stands.
pub type Path = Spanned<String>;

/// A whole story.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Story {
    pub title: String,
    /// Where the story comes from (its author, or the texts it was made
    /// from), for the title screen: RON `source: "…"`, ink `# author: …`.
    pub source: Option<String>,
    /// `VAR`, `CONST`, `LIST` and `EXTERNAL` declarations, wherever they
    /// appeared in the source; all are global.
    pub globals: Vec<Spanned<Global>>,
    /// The root flow: the content before the first knot, where play starts.
    pub body: Vec<Stmt>,
    pub knots: Vec<Knot>,
}

/// A global declaration.
#[derive(Clone, Debug, PartialEq)]
pub enum Global {
    /// `VAR name = value`
    Var { name: Name, value: Expr },
    /// `CONST name = value`
    Const { name: Name, value: Expr },
    /// `LIST name = a, (b), c = 5`
    List { name: Name, items: Vec<ListItemDef> },
    /// `EXTERNAL name(a, b)`: a game function; the ink function of the same
    /// name, if any, is its fallback.
    External { name: Name, params: Vec<Name> },
}

/// One item of a `LIST` definition.
#[derive(Clone, Debug, PartialEq)]
pub struct ListItemDef {
    pub name: Name,
    /// An explicit `= n`; otherwise one more than the previous item.
    pub value: Option<i32>,
    /// Written in parentheses: part of the list variable's initial value.
    pub selected: bool,
}

/// A knot (`=== name ===`) or a function (`=== function name(x) ===`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Knot {
    pub name: Name,
    pub params: Vec<Param>,
    pub function: bool,
    pub body: Vec<Stmt>,
    pub stitches: Vec<Stitch>,
}

/// A stitch (`= name`) inside a knot.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stitch {
    pub name: Name,
    pub params: Vec<Param>,
    pub body: Vec<Stmt>,
}

/// A parameter of a knot, stitch or function.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Name,
    /// `ref x`: the caller's variable is passed, not its value.
    pub by_ref: bool,
    /// `-> x`: the parameter is a divert target (only documents intent).
    pub divert: bool,
}

/// One element of a weave.
#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    /// A line of content. It ends with a newline unless it ends in glue or a
    /// divert. A line holding only a divert, tunnel or thread is a divert line.
    Line(Content),
    /// `~ logic` (boxed: it is the largest statement, and rare)
    Logic(Box<Spanned<Logic>>),
    Choice(Box<Choice>),
    /// `- (label)`: gathers the loose ends of the choices before it.
    Gather(Gather),
    /// A multi-line conditional or switch block.
    Cond(Box<Conditional>),
    /// A multi-line sequence (`{stopping: - a - b}` and the other kinds).
    Seq(Box<Sequence>),
}

/// Parsed inline content with the span of the whole of it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Content {
    pub items: Vec<Inline>,
    pub span: Span,
}

/// One piece of inline content. Large parts are boxed, keeping a piece to
/// four words: a story holds millions of them.
#[derive(Clone, Debug, PartialEq)]
pub enum Inline {
    /// Literal text (escapes already resolved).
    Text(String),
    /// `<>`
    Glue,
    /// `# tag text`; the text may hold inline `{…}` content.
    Tag(Vec<Inline>),
    /// `{expr}`: print the value.
    Eval(Box<Expr>),
    /// `{cond: then|else}`
    Cond(Box<InlineCond>),
    /// `{a|b}`, `{&a|b}`, `{!a|b}`, `{~a|b}`
    Seq {
        kind: SeqKind,
        branches: Vec<Vec<Inline>>,
    },
    /// `-> target`, `-> tunnel ->`, `<- thread`
    Divert(Box<Divert>),
    /// `->->`, or `->-> target` (return from a tunnel and go on there).
    TunnelReturn(Option<Box<Divert>>),
}

/// An inline conditional, `{cond: then|else}`; `else` is empty when absent.
#[derive(Clone, Debug, PartialEq)]
pub struct InlineCond {
    pub cond: Expr,
    pub then: Vec<Inline>,
    pub otherwise: Vec<Inline>,
}

/// The kinds of sequence ink has. RON scripts name them as they are here
/// (`Seq(kind: Cycle, ...)`), so this is the one AST type serde sees directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SeqKind {
    /// `{a|b}`: each in turn, then stay on the last.
    Stopping,
    /// `{&a|b}`: each in turn, round and round.
    Cycle,
    /// `{!a|b}`: each in turn, then nothing.
    Once,
    /// `{~a|b}`: a random one each time.
    Shuffle,
    /// `shuffle once`: a random order, each once, then nothing.
    ShuffleOnce,
    /// `shuffle stopping`: a random order of all but the last, then the last.
    ShuffleStopping,
}

/// A divert, tunnel call or thread start.
#[derive(Clone, Debug, PartialEq)]
pub struct Divert {
    pub kind: DivertKind,
    pub target: Target,
    pub args: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DivertKind {
    /// `-> target`
    Goto,
    /// `-> target ->`
    Tunnel,
    /// `<- target`
    Thread,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// A knot, stitch, label, or a variable holding a divert target.
    Path(Path),
    /// `END`: the story is over.
    End,
    /// `DONE`: this flow (or thread) is over.
    Done,
}

/// A `~` line.
#[derive(Clone, Debug, PartialEq)]
pub enum Logic {
    /// `~ temp name = value`
    Temp { name: Name, value: Expr },
    /// `~ name = value`, `+=`, `-=`, `++`, `--`
    Assign {
        name: Name,
        op: AssignOp,
        value: Expr,
    },
    /// `~ expr`, usually a function call made for its effects.
    Expr(Expr),
    /// `~ return` or `~ return value`
    Return(Option<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Set,
    Add,
    Sub,
}

/// A choice: `* (label) {cond} start [choice-only] output`, and what is
/// nested under it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Choice {
    /// `+` rather than `*`: offered again after it was taken.
    pub sticky: bool,
    pub label: Option<Name>,
    /// All must hold for the choice to be offered.
    pub conditions: Vec<Expr>,
    /// Shown in the choice and printed after it is taken.
    pub start: Vec<Inline>,
    /// Between `[` and `]`: shown in the choice only. `None` when the choice
    /// has no brackets.
    pub choice_only: Option<Vec<Inline>>,
    /// After `]`: printed after the choice is taken only.
    pub output: Vec<Inline>,
    /// The content nested under the choice.
    pub body: Vec<Stmt>,
    pub span: Span,
}

impl Choice {
    /// A fallback choice has no text at all: it is never shown, and is taken
    /// by itself when it is the only choice left.
    pub fn is_fallback(&self) -> bool {
        self.start.is_empty() && self.choice_only.is_none()
    }
}

/// `- (label)`
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gather {
    pub label: Option<Name>,
    pub span: Span,
}

/// `{ cond: … - else: … }`, `{ - a: … - b: … - else: … }`, `{ x: - 1: … }`
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Conditional {
    /// The switch value (`{ x: - 1: … }`); each branch condition is then a
    /// value compared to it for equality.
    pub subject: Option<Expr>,
    pub branches: Vec<Branch>,
    pub otherwise: Option<Vec<Stmt>>,
    /// `{ cond: … - else: … }`: the one branch's condition is written in
    /// the block's head rather than as a `- cond:` branch. Both play the
    /// same; ink compiles them differently, which moves the sequences after
    /// them in ink's compiled story (see `compile::ink_path`).
    pub head_condition: bool,
    /// Text comes before the block's `{` on its line: that text's line has
    /// no newline of its own in ink (the newline follows the block).
    pub after_text: bool,
    /// Text follows the closing `}` on its line: the line's newline comes
    /// after that text, not after the block. (Both are seen in ink's
    /// compiled story, never in the text; see `compile::ink_path`.)
    pub line_goes_on: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Branch {
    pub cond: Expr,
    pub body: Vec<Stmt>,
}

/// `{ stopping: - a - b }` and the other sequence kinds over whole weaves.
#[derive(Clone, Debug, PartialEq)]
pub struct Sequence {
    pub kind: SeqKind,
    pub branches: Vec<Vec<Stmt>>,
    /// As `Conditional::after_text` and `Conditional::line_goes_on`.
    pub after_text: bool,
    pub line_goes_on: bool,
    pub span: Span,
}

/// An expression with its span.
pub type Expr = Spanned<ExprKind>;

#[derive(Clone, Debug, Default, PartialEq)]
pub enum ExprKind {
    #[default]
    Void,
    Int(i32),
    Float(f32),
    Bool(bool),
    /// `"text"`; may hold inline content such as `{x}`.
    Str(Vec<Inline>),
    /// A variable, a visit count (knot, stitch or label), or a list item.
    Var(Path),
    /// `-> target`
    DivertTarget(Path),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// A call to a function of the story or a built-in (`RANDOM`, `TURNS`…).
    Call(Name, Vec<Expr>),
    /// `(a, b)`: a list value; `()` is the empty list.
    List(Vec<Path>),
}
