//! The operators of expressions, shared by the AST (`story::ast`), the
//! program's instructions and the arithmetic on values.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    /// `-x`
    Neg,
    /// `not x`, `!x`
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
    /// `has`, `?`
    Has,
    /// `hasnt`, `!?`
    Hasnt,
    /// `^`: list intersection
    Intersect,
}
