//! The RON script format: the serde form of [`Story`].
//!
//! Text lines, choice text, expressions, logic, declarations and names are
//! strings in ink's markup, parsed by `ink` as they are read, so that every
//! error points at the file, line and column inside the RON file. The
//! `implicit_some` extension is always on: optional strings are written bare.
//! Fields with a default may be left out: `title`, `source`, `globals`, `body`, `knots`,
//! `function`, `params`, `stitches`, and in statements `text`, `sticky`,
//! `label`, `cond`, `then`, `on` and `else`. A choice's `cond` is one
//! expression or a list of them (all must hold).
//!
//! ```
//! use weave::{script::ron::parse_ron, story::FileId};
//! let script = r#"
//! Story(
//!     title: "The Lighthouse",
//!     globals: ["VAR trust = 0", "CONST MAX = 3", "LIST mood = calm, (worried)"],
//!     body: [ Line("The lamp was out. -> tower") ],
//!     knots: [
//!         Knot(name: "tower", body: [
//!             Line("Rain hit the glass{~.| hard.} #weather"),
//!             Logic("trust += 1"),
//!             Choice(text: "\"Hello?\"[] she called.", then: [ Line("No answer.") ]),
//!             Choice(text: "[Climb]", sticky: true, label: "climb", cond: "trust > 0", then: [ Line("-> top") ]),
//!             Choice(cond: ["trust > 1", "mood has worried"], then: [ Line("A fallback.") ]),
//!             Gather(label: "after"),
//!             Line("..."),
//!             Gather(),
//!             Cond(on: "trust", branches: [("1", [Line("one")]), ("2", [Line("two")])], else: [Line("many")]),
//!             Cond(branches: [("trust > 2", [Line("warm")])]),
//!             Seq(kind: Cycle, branches: [[Line("a")], [Line("b")]]),
//!         ], stitches: [ Stitch(name: "top", body: [ Line("The top. -> END") ]) ]),
//!         Knot(name: "double", function: true, params: ["x"], body: [ Logic("return x * 2") ]),
//!     ],
//! )
//! "#;
//! let story = parse_ron(FileId(0), script).expect("the example reads");
//! assert_eq!(story.knots.len(), 2);
//! ```
//!
//! `Seq` kinds are `Stopping`, `Cycle`, `Once`, `Shuffle`, `ShuffleOnce` and
//! `ShuffleStopping`. A gather without a label is `Gather()`.

use super::ron_lex::{Literal, string_literals};
use crate::ink::{self, Base, print};
use crate::story::ast::*;
use crate::story::respan::Respan;
use crate::story::span::{Diagnostic, FileId, Span, Spanned};
use ron::extensions::Extensions;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::ser::{SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;

/// Reads a RON script. All problems found are returned, each with its span.
pub fn parse_ron(file: FileId, text: &str) -> Result<Story, Vec<Diagnostic>> {
    if let Some(d) = unreadable_start(file, text) {
        return Err(vec![d]);
    }
    let literals = string_literals(text);
    LITERALS.with(|t| {
        *t.borrow_mut() = Table {
            literals,
            cursor: 0,
        }
    });
    let surface: Result<StoryRon, _> = options().from_str(text);
    let literals = LITERALS.with(|t| std::mem::take(&mut *t.borrow_mut()).literals);
    let surface = surface.map_err(|e| vec![syntax_error(file, text, &e)])?;
    let mut reader = Reader {
        file,
        literals,
        diagnostics: Vec::new(),
    };
    let story = reader.story(surface);
    if reader.diagnostics.is_empty() {
        Ok(story)
    } else {
        Err(reader.diagnostics)
    }
}

/// What RON's own errors would report with no place: an empty file, or
/// one that starts with a byte-order mark.
fn unreadable_start(file: FileId, text: &str) -> Option<Diagnostic> {
    let (message, len) = if text.starts_with('\u{feff}') {
        (
            "the script starts with a byte-order mark (BOM): save it as UTF-8 without one",
            3,
        )
    } else if text.trim().is_empty() {
        ("the script is empty: a RON script is `Story( … )`", 0)
    } else {
        return None;
    };
    Some(Diagnostic::error(message, Span::new(file, 0, len)))
}

/// Writes a story as a RON script that [`parse_ron`] reads back to an equal story.
pub fn to_ron(story: &Story) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .escape_strings(false)
        .indentor("    ".to_string());
    let surface = surface_story(story);
    match options().to_string_pretty(&surface, config) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        Err(e) => format!("// this story could not be written: {e}\n"),
    }
}

fn options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// A RON syntax or shape error, placed by ron's own line and column.
fn syntax_error(file: FileId, text: &str, e: &ron::error::SpannedError) -> Diagnostic {
    let offset = offset_of(text, e.span.start.line, e.span.start.col);
    let (message, help) = problem(&e.code);
    let d =
        Diagnostic::error(message, Span::new(file, offset, offset)).with_code("weave::ron::syntax");
    if let Some(help) = help {
        return d.with_label("here").with_help(help);
    }
    if ends_a_string_early(text, offset) {
        return d
            .with_label("the string ended at the quote before this")
            .with_help(
                "a `\"` inside a string ends it: write `\\\"` for a quote in the text, \
                 or make it a raw string, `r#\"He said \"hi\".\"#`, in which quotes need no escape",
            );
    }
    d.with_label("in this RON script")
}

/// ron's error in the words of the script a user writes: a statement, a
/// field of `Choice`; never the names of the serde types behind them
/// (`StmtRon`). A misspelt name gets "did you mean".
fn problem(code: &ron::Error) -> (String, Option<String>) {
    let one_of = |names: &[&str]| match names {
        [] => "nothing".to_string(),
        [only] => format!("`{only}`"),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(|n| format!("`{n}`")).collect();
            format!("one of {} or `{last}`", rest.join(", "))
        }
    };
    let help = |found: &str, expected: &[&str]| {
        crate::story::suggest::did_you_mean(found, expected.iter().copied())
    };
    match code {
        ron::Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let what = match outer.as_deref() {
                Some("StmtRon") | None => "statement".to_string(),
                Some("SeqKind") => "sequence kind".to_string(),
                Some(other) => format!("variant of `{other}`"),
            };
            let message = format!("`{found}` is not a {what}: expected {}", one_of(expected));
            (message, help(found, expected))
        }
        ron::Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let of = outer
                .as_deref()
                .map_or_else(String::new, |o| format!(" of `{o}`"));
            let message = format!(
                "`{found}` is not a field{of}: expected {}",
                one_of(expected)
            );
            (message, help(found, expected))
        }
        other => (other.to_string().replace("`StmtRon`", "statement"), None),
    }
}

/// Whether a syntax error at `offset` looks like a quote inside a string
/// that was not escaped: the error comes after a closing `"` (with at most
/// spaces between, on the same line) and what follows is more text (a word
/// or another quote), not a delimiter and not the next field (`then:`,
/// which is a missing comma).
fn ends_a_string_early(text: &str, offset: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..offset), text.get(offset..)) else {
        return false;
    };
    let after = after.trim_start_matches([' ', '\t']);
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let next_field = !word.is_empty()
        && after[word.len()..]
            .trim_start_matches([' ', '\t'])
            .starts_with(':');
    let next = after.chars().next();
    before.trim_end_matches([' ', '\t']).ends_with('"')
        && !next_field
        && next.is_some_and(|c| !c.is_whitespace() && !matches!(c, ',' | ')' | ']' | '}' | ':'))
}

/// The byte offset of a 1-based line and column (in characters).
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = text.get(line_start..).unwrap_or("");
    let within = rest
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(rest.len(), |(i, _)| i);
    line_start + within
}

/// The literals of the script being read, and how far matching has got.
#[derive(Default)]
struct Table {
    literals: Vec<Literal>,
    cursor: usize,
}

thread_local! {
    /// Set by [`parse_ron`] while serde reads the script.
    static LITERALS: RefCell<Table> = RefCell::new(Table::default());
}

/// Finds the literal a string was read from: the next unused one with its
/// value (serde reads in document order).
fn claim(value: &str) -> Option<usize> {
    LITERALS.with(|t| {
        let mut t = t.borrow_mut();
        let found = (t.cursor..t.literals.len()).find(|&i| t.literals[i].value == value)?;
        t.cursor = found + 1;
        Some(found)
    })
}

/// A string of the script in ink markup, with the literal it came from.
#[derive(Clone, Debug, Default)]
struct Src {
    text: String,
    literal: Option<usize>,
}

impl Src {
    fn new(text: String) -> Src {
        Src {
            text,
            literal: None,
        }
    }
}

impl Serialize for Src {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Src {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let literal = claim(&text);
        Ok(Src { text, literal })
    }
}

/// A choice's conditions: one string, or a list of them.
#[derive(Clone, Debug, Default)]
struct Conds(Vec<Src>);

impl Conds {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Conds {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if let [one] = &self.0[..] {
            return one.serialize(s);
        }
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for c in &self.0 {
            seq.serialize_element(c)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for Conds {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(CondsVisitor)
    }
}

struct CondsVisitor;

impl<'de> Visitor<'de> for CondsVisitor {
    type Value = Conds;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a condition string or a list of them")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Conds, E> {
        Ok(Conds(vec![Src {
            text: v.to_string(),
            literal: claim(v),
        }]))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Conds, A::Error> {
        let mut out = Vec::new();
        while let Some(src) = seq.next_element::<Src>()? {
            out.push(src);
        }
        Ok(Conds(out))
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Serialize, Deserialize)]
#[serde(rename = "Story", deny_unknown_fields)]
struct StoryRon {
    #[serde(default)]
    title: Src,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    globals: Vec<Src>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    body: Vec<StmtRon>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    knots: Vec<KnotRon>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename = "Knot", deny_unknown_fields)]
struct KnotRon {
    name: Src,
    #[serde(default, skip_serializing_if = "is_false")]
    function: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    params: Vec<Src>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    body: Vec<StmtRon>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    stitches: Vec<StitchRon>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename = "Stitch", deny_unknown_fields)]
struct StitchRon {
    name: Src,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    params: Vec<Src>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    body: Vec<StmtRon>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
enum StmtRon {
    Line(Src),
    Logic(Src),
    Choice {
        #[serde(default, skip_serializing_if = "is_empty_src")]
        text: Src,
        #[serde(default, skip_serializing_if = "is_false")]
        sticky: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        label: Option<Src>,
        #[serde(default, skip_serializing_if = "Conds::is_empty")]
        cond: Conds,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        then: Vec<StmtRon>,
    },
    Gather {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        label: Option<Src>,
    },
    Cond {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        on: Option<Src>,
        branches: Vec<(Src, Vec<StmtRon>)>,
        #[serde(rename = "else", default, skip_serializing_if = "Option::is_none")]
        otherwise: Option<Vec<StmtRon>>,
        /// Written `{cond: …}` in ink (`Conditional::head_condition`).
        #[serde(default, skip_serializing_if = "is_false")]
        head_condition: bool,
        /// Text comes before the block on its line in ink (`after_text`).
        #[serde(default, skip_serializing_if = "is_false")]
        after_text: bool,
        /// Text follows the block on its line in ink (`line_goes_on`).
        #[serde(default, skip_serializing_if = "is_false")]
        line_goes_on: bool,
    },
    Seq {
        kind: SeqKind,
        branches: Vec<Vec<StmtRon>>,
        #[serde(default, skip_serializing_if = "is_false")]
        after_text: bool,
        #[serde(default, skip_serializing_if = "is_false")]
        line_goes_on: bool,
    },
}

fn is_empty_src(s: &Src) -> bool {
    s.text.is_empty()
}

/// Turns the surface form into the AST, parsing every markup string and
/// collecting every error.
struct Reader {
    file: FileId,
    literals: Vec<Literal>,
    diagnostics: Vec<Diagnostic>,
}

impl Reader {
    /// Parses one string with `rule`, placing spans inside its literal.
    fn parse<T: Respan>(
        &mut self,
        src: &Src,
        rule: impl Fn(&str, Base) -> Result<T, Diagnostic>,
    ) -> Option<T> {
        let literal = src.literal.and_then(|i| self.literals.get(i));
        let offset = literal.map_or(0, |l| l.start);
        let escaped = literal.is_some_and(|l| l.escapes.is_some());
        let base = Base::new(self.file, if escaped { 0 } else { offset });
        let mut to_source = |s: Span| match literal {
            Some(l) if escaped => Span::new(
                s.file,
                l.source_offset(s.start as usize),
                l.source_offset(s.end as usize),
            ),
            _ => s,
        };
        match rule(&src.text, base) {
            Ok(mut value) => {
                value.respan(&mut to_source);
                Some(value)
            }
            Err(mut d) => {
                d.span = to_source(d.span);
                self.diagnostics.push(d);
                None
            }
        }
    }

    /// The span of a whole string literal.
    fn span_of(&self, src: &Src) -> Span {
        match src.literal.and_then(|i| self.literals.get(i)) {
            Some(l) => Span::new(self.file, l.start, l.source_offset(src.text.len())),
            None => Span::new(self.file, 0, 0),
        }
    }

    fn name(&mut self, src: &Src) -> Name {
        self.parse(src, ink::parse_name)
            .unwrap_or_else(|| Spanned::new(src.text.clone(), self.span_of(src)))
    }

    fn expr(&mut self, src: &Src) -> Expr {
        self.parse(src, ink::parse_expr).unwrap_or_default()
    }

    fn story(&mut self, s: StoryRon) -> Story {
        Story {
            title: s.title.text,
            source: s.source,
            globals: s
                .globals
                .iter()
                .filter_map(|g| self.parse(g, ink::parse_global))
                .collect(),
            body: self.stmts(s.body),
            knots: s.knots.into_iter().map(|k| self.knot(k)).collect(),
        }
    }

    fn knot(&mut self, k: KnotRon) -> Knot {
        Knot {
            name: self.name(&k.name),
            params: self.params(&k.params),
            function: k.function,
            body: self.stmts(k.body),
            stitches: k
                .stitches
                .into_iter()
                .map(|s| Stitch {
                    name: self.name(&s.name),
                    params: self.params(&s.params),
                    body: self.stmts(s.body),
                })
                .collect(),
        }
    }

    fn params(&mut self, params: &[Src]) -> Vec<Param> {
        params
            .iter()
            .filter_map(|p| self.parse(p, ink::parse_param))
            .collect()
    }

    fn stmts(&mut self, stmts: Vec<StmtRon>) -> Vec<Stmt> {
        stmts.into_iter().filter_map(|s| self.stmt(s)).collect()
    }

    fn stmt(&mut self, s: StmtRon) -> Option<Stmt> {
        Some(match s {
            StmtRon::Line(src) => Stmt::Line(self.parse(&src, ink::parse_line)?),
            StmtRon::Logic(src) => Stmt::Logic(Box::new(self.parse(&src, ink::parse_logic)?)),
            StmtRon::Choice {
                text,
                sticky,
                label,
                cond,
                then,
            } => {
                let label = label.map(|l| self.name(&l));
                let conditions = cond.0.iter().map(|c| self.expr(c)).collect();
                let parts = self
                    .parse(&text, ink::parse_choice_text)
                    .unwrap_or_default();
                Stmt::Choice(Box::new(Choice {
                    sticky,
                    label,
                    conditions,
                    start: parts.start,
                    choice_only: parts.choice_only,
                    output: parts.output,
                    body: self.stmts(then),
                    span: self.span_of(&text),
                }))
            }
            StmtRon::Gather { label } => {
                let label = label.map(|l| self.name(&l));
                let span = label.as_ref().map_or_else(Span::default, |l| l.span);
                Stmt::Gather(Gather { label, span })
            }
            StmtRon::Cond {
                on,
                branches,
                otherwise,
                head_condition,
                after_text,
                line_goes_on,
            } => {
                let mut stmt = self.conditional(on, branches, otherwise);
                if let Stmt::Cond(c) = &mut stmt {
                    c.head_condition = head_condition;
                    c.after_text = after_text;
                    c.line_goes_on = line_goes_on;
                }
                stmt
            }
            StmtRon::Seq {
                kind,
                branches,
                after_text,
                line_goes_on,
            } => Stmt::Seq(Box::new(Sequence {
                kind,
                branches: branches.into_iter().map(|b| self.stmts(b)).collect(),
                after_text,
                line_goes_on,
                span: Span::default(),
            })),
        })
    }

    fn conditional(
        &mut self,
        on: Option<Src>,
        branches: Vec<(Src, Vec<StmtRon>)>,
        otherwise: Option<Vec<StmtRon>>,
    ) -> Stmt {
        let span = on
            .as_ref()
            .or(branches.first().map(|b| &b.0))
            .map_or_else(Span::default, |s| self.span_of(s));
        let subject = on.map(|s| self.expr(&s));
        let branches = branches
            .into_iter()
            .map(|(cond, body)| Branch {
                cond: self.expr(&cond),
                body: self.stmts(body),
            })
            .collect();
        let otherwise = otherwise.map(|o| self.stmts(o));
        Stmt::Cond(Box::new(Conditional {
            subject,
            branches,
            otherwise,
            head_condition: false,
            after_text: false,
            line_goes_on: false,
            span,
        }))
    }
}

fn surface_story(story: &Story) -> StoryRon {
    StoryRon {
        title: Src::new(story.title.clone()),
        source: story.source.clone(),
        globals: story
            .globals
            .iter()
            .map(|g| Src::new(print::global(g)))
            .collect(),
        body: surface_stmts(&story.body),
        knots: story
            .knots
            .iter()
            .map(|k| KnotRon {
                name: Src::new(k.name.node.clone()),
                function: k.function,
                params: surface_params(&k.params),
                body: surface_stmts(&k.body),
                stitches: k
                    .stitches
                    .iter()
                    .map(|s| StitchRon {
                        name: Src::new(s.name.node.clone()),
                        params: surface_params(&s.params),
                        body: surface_stmts(&s.body),
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn surface_params(params: &[Param]) -> Vec<Src> {
    params.iter().map(|p| Src::new(print::param(p))).collect()
}

fn surface_stmts(stmts: &[Stmt]) -> Vec<StmtRon> {
    stmts.iter().map(surface_stmt).collect()
}

fn surface_stmt(stmt: &Stmt) -> StmtRon {
    let label = |l: &Option<Name>| l.as_ref().map(|l| Src::new(l.node.clone()));
    match stmt {
        Stmt::Line(c) => StmtRon::Line(Src::new(print::inlines(&c.items))),
        Stmt::Logic(l) => StmtRon::Logic(Src::new(print::logic(l))),
        Stmt::Choice(c) => StmtRon::Choice {
            text: Src::new(print::choice_text(
                &c.start,
                c.choice_only.as_deref(),
                &c.output,
            )),
            sticky: c.sticky,
            label: label(&c.label),
            cond: Conds(
                c.conditions
                    .iter()
                    .map(|e| Src::new(print::expr(e)))
                    .collect(),
            ),
            then: surface_stmts(&c.body),
        },
        Stmt::Gather(g) => StmtRon::Gather {
            label: label(&g.label),
        },
        Stmt::Cond(c) => StmtRon::Cond {
            on: c.subject.as_ref().map(|e| Src::new(print::expr(e))),
            branches: c
                .branches
                .iter()
                .map(|b| (Src::new(print::expr(&b.cond)), surface_stmts(&b.body)))
                .collect(),
            otherwise: c.otherwise.as_deref().map(surface_stmts),
            head_condition: c.head_condition,
            after_text: c.after_text,
            line_goes_on: c.line_goes_on,
        },
        Stmt::Seq(s) => StmtRon::Seq {
            kind: s.kind,
            branches: s.branches.iter().map(|b| surface_stmts(b)).collect(),
            after_text: s.after_text,
            line_goes_on: s.line_goes_on,
        },
    }
}

#[cfg(test)]
#[path = "ron_tests.rs"]
mod tests;
