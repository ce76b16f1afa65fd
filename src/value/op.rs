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

impl BinOp {
    /// What the operator does, as a verb for messages: `cannot subtract
    /// strings`, never the operator's name in the code.
    pub fn verb(self) -> &'static str {
        match self {
            BinOp::Add => "add",
            BinOp::Sub => "subtract",
            BinOp::Mul => "multiply",
            BinOp::Div => "divide",
            BinOp::Mod => "take the remainder of",
            BinOp::Eq | BinOp::Ne => "compare",
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => "order",
            BinOp::And => "`and`",
            BinOp::Or => "`or`",
            BinOp::Has => "test `has` on",
            BinOp::Hasnt => "test `hasnt` on",
            BinOp::Intersect => "intersect (`^`)",
        }
    }
}
