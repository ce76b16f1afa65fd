//! The story model: the AST (`ast`), source spans and diagnostics (`span`),
//! the re-placing of spans (`respan`), "did you mean" (`suggest`) and counts
//! as people write them (`words`). The surface syntaxes that produce it live
//! above: `ink` and `script` (RON).
//!
//! Boundary: no file system, no parser and no runtime here; it imports only
//! `value`.

pub mod ast;
mod excerpt;
pub mod respan;
pub mod span;
pub mod suggest;
pub mod words;

pub use ast::*;
pub use span::{Diagnostic, FileId, Severity, SourceFile, SourceMap, Span, Spanned};
