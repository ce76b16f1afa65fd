//! nom parsers for ink: whole `.ink` files, the inline markup of text lines,
//! and expressions; and the printer that turns the AST back into markup.
//!
//! Boundary: produces `story` AST values; reads no files itself (`INCLUDE`
//! goes through a resolver the caller passes) and knows nothing of running.
