//! Rewriting every span of a story or of a piece of one: moving spans read
//! from decoded text back onto the source (`script::ron`), and clearing them
//! so that two trees can be compared by content alone.

use super::ast::*;
use super::span::Span;

/// Something whose spans can be rewritten in place.
pub trait Respan {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span);

    /// The same value with every span set to `Span::default()`.
    fn without_spans(mut self) -> Self
    where
        Self: Sized,
    {
        self.respan(&mut |_| Span::default());
        self
    }
}

impl<T: Respan> Respan for Vec<T> {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.iter_mut().for_each(|x| x.respan(f));
    }
}

impl<T: Respan> Respan for Option<T> {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        if let Some(x) = self {
            x.respan(f);
        }
    }
}

impl<T: Respan> Respan for Box<T> {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        (**self).respan(f);
    }
}

impl Respan for Span {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        *self = f(*self);
    }
}

impl Respan for String {
    fn respan(&mut self, _: &mut dyn FnMut(Span) -> Span) {}
}

impl<T: Respan> Respan for super::span::Spanned<T> {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
        self.node.respan(f);
    }
}

impl Respan for Story {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.globals.respan(f);
        self.body.respan(f);
        self.knots.respan(f);
    }
}

impl Respan for Global {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        match self {
            Global::Var { name, value } | Global::Const { name, value } => {
                name.respan(f);
                value.respan(f);
            }
            Global::List { name, items } => {
                name.respan(f);
                items.iter_mut().for_each(|i| i.name.respan(f));
            }
            Global::External { name, params } => {
                name.respan(f);
                params.respan(f);
            }
        }
    }
}

impl Respan for Knot {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.name.respan(f);
        self.params.respan(f);
        self.body.respan(f);
        self.stitches.respan(f);
    }
}

impl Respan for Stitch {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.name.respan(f);
        self.params.respan(f);
        self.body.respan(f);
    }
}

impl Respan for Param {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.name.respan(f);
    }
}

impl Respan for Stmt {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        match self {
            Stmt::Line(c) => c.respan(f),
            Stmt::Logic(l) => l.respan(f),
            Stmt::Choice(c) => c.respan(f),
            Stmt::Gather(g) => {
                g.label.respan(f);
                g.span.respan(f);
            }
            Stmt::Cond(c) => c.respan(f),
            Stmt::Seq(s) => {
                s.branches.respan(f);
                s.span.respan(f);
            }
        }
    }
}

impl Respan for Choice {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.label.respan(f);
        self.conditions.respan(f);
        self.start.respan(f);
        self.choice_only.respan(f);
        self.output.respan(f);
        self.body.respan(f);
        self.span.respan(f);
    }
}

impl Respan for Conditional {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.subject.respan(f);
        for b in &mut self.branches {
            b.cond.respan(f);
            b.body.respan(f);
        }
        self.otherwise.respan(f);
        self.span.respan(f);
    }
}

impl Respan for Content {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.items.respan(f);
        self.span.respan(f);
    }
}

impl Respan for Inline {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        match self {
            Inline::Text(_) | Inline::Glue | Inline::TunnelReturn(None) => {}
            Inline::Tag(items) => items.respan(f),
            Inline::Eval(e) => e.respan(f),
            Inline::Cond(c) => {
                c.cond.respan(f);
                c.then.respan(f);
                c.otherwise.respan(f);
            }
            Inline::Seq { branches, .. } => branches.respan(f),
            Inline::Divert(d) | Inline::TunnelReturn(Some(d)) => d.respan(f),
        }
    }
}

impl Respan for Divert {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        if let Target::Path(p) = &mut self.target {
            p.respan(f);
        }
        self.args.respan(f);
        self.span.respan(f);
    }
}

impl Respan for Logic {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        match self {
            Logic::Temp { name, value } | Logic::Assign { name, value, .. } => {
                name.respan(f);
                value.respan(f);
            }
            Logic::Expr(e) | Logic::Return(Some(e)) => e.respan(f),
            Logic::Return(None) => {}
        }
    }
}

impl Respan for ExprKind {
    fn respan(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        match self {
            ExprKind::Void | ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) => {}
            ExprKind::Str(items) => items.respan(f),
            ExprKind::Var(p) | ExprKind::DivertTarget(p) => p.respan(f),
            ExprKind::Unary(_, e) => e.respan(f),
            ExprKind::Binary(_, l, r) => {
                l.respan(f);
                r.respan(f);
            }
            ExprKind::Call(name, args) => {
                name.respan(f);
                args.respan(f);
            }
            ExprKind::List(items) => items.respan(f),
        }
    }
}
