//! The fingerprint of a compiled program: xxh3 (64 bits, seed 0) over an
//! explicit byte encoding of its code, texts, choice ids and globals, so
//! the same story gives the same number on every machine, platform and
//! compiler version (std `Hash` promises none of that). A save stores it to
//! know whether its snapshot was taken on this very program.
//!
//! Invariant: the encoding is little-endian, every variable-length part is
//! preceded by its length, and every instruction and value starts with a
//! tag byte from an exhaustive match, so no two programs share an encoding.

use super::{Op, Program};
use crate::value::{ListValue, Value, VarRef};
use xxhash_rust::xxh3::Xxh3;

/// The fingerprint of `program` (its `fingerprint` field is not read).
pub fn fingerprint(program: &Program) -> u64 {
    let mut e = Encoder(Xxh3::new(), Vec::with_capacity(64));
    e.len(program.code.len());
    for op in &program.code {
        e.op(*op);
    }
    e.len(program.strings.len());
    for s in program.strings.iter() {
        e.str(s);
    }
    e.len(program.choices.len());
    for c in &program.choices {
        e.str(&c.id);
    }
    e.len(program.globals.len());
    for g in &program.globals {
        e.str(&g.name);
        e.value(&g.initial);
    }
    e.flush();
    e.0.digest()
}

/// Bytes go to a small buffer, handed to the hasher in pieces.
struct Encoder(Xxh3, Vec<u8>);

impl Encoder {
    fn bytes(&mut self, b: &[u8]) {
        self.1.extend_from_slice(b);
        if self.1.len() >= 4096 {
            self.flush();
        }
    }

    fn flush(&mut self) {
        self.0.update(&self.1);
        self.1.clear();
    }

    fn u8(&mut self, v: u8) {
        self.bytes(&[v]);
    }

    fn u32(&mut self, v: u32) {
        self.bytes(&v.to_le_bytes());
    }

    fn len(&mut self, n: usize) {
        self.bytes(&(n as u64).to_le_bytes());
    }

    fn str(&mut self, s: &str) {
        self.len(s.len());
        self.bytes(s.as_bytes());
    }

    fn tag_u32(&mut self, tag: u8, v: u32) {
        self.u8(tag);
        self.u32(v);
    }

    fn op(&mut self, op: Op) {
        use super::CallKind;
        let call = |k: CallKind| match k {
            CallKind::Function => 0u8,
            CallKind::Tunnel => 1,
        };
        match op {
            Op::Text(s) => self.tag_u32(0, s),
            Op::Newline => self.u8(1),
            Op::Glue => self.u8(2),
            Op::BeginString => self.u8(3),
            Op::EndString => self.u8(4),
            Op::BeginTag => self.u8(5),
            Op::EndTag => self.u8(6),
            Op::Output => self.u8(7),
            Op::Int(i) => self.tag_u32(8, i as u32),
            Op::Float(f) => self.tag_u32(9, f.to_bits()),
            Op::Bool(b) => self.tag_u32(10, b as u32),
            Op::Str(s) => self.tag_u32(11, s),
            Op::Address(pc) => self.tag_u32(12, pc),
            Op::List(l) => self.tag_u32(13, l),
            Op::Void => self.u8(14),
            Op::Pop => self.u8(15),
            Op::GetGlobal(g) => self.tag_u32(16, g),
            Op::SetGlobal(g) => self.tag_u32(17, g),
            Op::GetTemp(t) => self.tag_u32(18, t.into()),
            Op::SetTemp(t) => self.tag_u32(19, t.into()),
            Op::BindTemp(t) => self.tag_u32(20, t.into()),
            Op::RefGlobal(g) => self.tag_u32(21, g),
            Op::RefTemp(t) => self.tag_u32(22, t.into()),
            Op::VisitCount(c) => self.tag_u32(23, c),
            Op::VisitCountOf => self.u8(24),
            Op::TurnsSince => self.u8(25),
            Op::Unary(u) => self.tag_u32(26, u as u32),
            Op::Binary(b) => self.tag_u32(27, b as u32),
            Op::Builtin(b) => self.tag_u32(28, b as u32),
            Op::Jump(pc) => self.tag_u32(29, pc),
            Op::JumpIfFalse(pc) => self.tag_u32(30, pc),
            Op::JumpToAddress => self.u8(31),
            Op::Call(pc, k) => {
                self.tag_u32(32, pc);
                self.u8(call(k));
            }
            Op::CallAddress(k) => {
                self.u8(33);
                self.u8(call(k));
            }
            Op::Thread(pc) => self.tag_u32(34, pc),
            Op::Return => self.u8(35),
            Op::TunnelReturn(onwards) => self.tag_u32(36, onwards as u32),
            Op::Frame(n) => self.tag_u32(37, n.into()),
            Op::Visit(c) => self.tag_u32(38, c),
            Op::Choice(c) => self.tag_u32(39, c),
            Op::Sequence(s) => self.tag_u32(40, s),
            Op::Switch(t) => self.tag_u32(41, t),
            Op::FallOff => self.u8(42),
            Op::Done => self.u8(43),
            Op::End => self.u8(44),
            Op::ThreadAddress => self.u8(45),
        }
    }

    fn value(&mut self, v: &Value) {
        match v {
            Value::Void => self.u8(0),
            Value::Int(i) => self.tag_u32(1, *i as u32),
            Value::Float(f) => self.tag_u32(2, f.to_bits()),
            Value::Bool(b) => self.tag_u32(3, *b as u32),
            Value::Str(s) => {
                self.u8(4);
                self.str(s);
            }
            Value::List(l) => {
                self.u8(5);
                self.list(l);
            }
            Value::Address(pc) => self.tag_u32(6, *pc),
            Value::Ref(VarRef::Global(g)) => self.tag_u32(7, *g),
            Value::Ref(VarRef::Temp { frame, slot }) => {
                self.tag_u32(8, *frame);
                self.u32((*slot).into());
            }
        }
    }

    fn list(&mut self, l: &ListValue) {
        self.len(l.items.len());
        for item in &l.items {
            self.u32(item.list);
            self.u32(item.value as u32);
        }
        self.len(l.origins.len());
        for o in &l.origins {
            self.u32(*o);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fingerprint is a promise to saves on other machines: this story's
    /// number must never change unless the compiled program does.
    #[test]
    fn the_fingerprint_of_a_known_program_is_stable() {
        let mut p = Program {
            code: vec![Op::Text(0), Op::Newline, Op::Int(-1), Op::End],
            ..Program::default()
        };
        p.strings.push("Hello");
        assert_eq!(fingerprint(&p), fingerprint(&p.clone()));
        let mut other = p.clone();
        other.code[2] = Op::Int(1);
        assert_ne!(fingerprint(&p), fingerprint(&other));
        assert_eq!(fingerprint(&p), STABLE);
    }

    /// Computed once by this encoding; a change here breaks every save.
    const STABLE: u64 = 1_732_206_525_495_631_138;
}
