//! The story model: the AST (`ast`), source spans and diagnostics (`span`),
//! and the RON script format (`ron`), which is the AST's serde form.
//!
//! Boundary: no file system and no runtime here. Loading a script means
//! handing this module the text that `cli` read.

pub mod ast;
pub mod respan;
pub mod span;

pub use ast::*;
pub use span::{Diagnostic, FileId, Severity, SourceFile, SourceMap, Span, Spanned};
