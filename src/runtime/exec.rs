//! The instruction loop: runs the current thread until the flow stops (it
//! reached `DONE`, `END` or the end of its content) and leaves the output
//! and generated choices in the state.

use super::RuntimeError;
use super::builtins;
use super::limits;
use super::state::{Frame, FrameKind, PendingChoice, State, Thread};
use crate::compile::{Builtin, CallKind, Op, Pc, Program};
use crate::story::ast::SeqKind;
use crate::value::{self, Value, VarRef};

/// ink's runtime error when a flow runs off its end with no choice.
pub const RAN_OUT: &str = "ran out of content. Do you need a '-> DONE' or '-> END'?";

/// What one turn has used of its limits (see `runtime::limits`).
#[derive(Default)]
pub struct Budget {
    pub steps: u64,
    pub output: usize,
    pub frames: usize,
    pub tags: usize,
    /// An author tool's deadline, checked inside the loop.
    pub deadline: Option<std::time::Instant>,
    pub next_deadline_check: u64,
}

/// The program and the state it runs on, for the length of one run.
pub struct Machine<'a> {
    pub program: &'a Program,
    pub state: &'a mut State,
    /// Marks each instruction that runs, when coverage is recorded.
    pub coverage: Option<&'a mut [bool]>,
    /// The `END`, `DONE` or end of content where the flow last stopped.
    pub stopped_at: Option<Pc>,
    pub budget: Budget,
}

impl Machine<'_> {
    /// Runs until the flow stops. On error the flow is stopped too.
    pub fn run(&mut self) -> Result<(), RuntimeError> {
        while let Some(thread) = self.state.threads.last_mut() {
            let pc = thread.pc;
            thread.pc += 1;
            let Some(&op) = self.program.code.get(pc as usize) else {
                return Err(self.fail(pc, "ran off the end of the program".into()));
            };
            if let Some(seen) = self.coverage.as_deref_mut() {
                seen[pc as usize] = true;
            }
            if let Err(message) = self.step(op).and_then(|()| self.charge(op)) {
                return Err(self.fail(pc, message));
            }
            if self.state.threads.is_empty() {
                self.stopped_at = Some(pc);
            }
        }
        Ok(())
    }

    /// Counts the step `op` took against the turn's limits: a string it
    /// left on the stack costs its copying, and may not pass `STRING_SIZE`.
    fn charge(&mut self, op: Op) -> Result<(), String> {
        let budget = &mut self.budget;
        budget.steps += 1;
        let pushes_string = matches!(
            op,
            Op::GetGlobal(_)
                | Op::GetTemp(_)
                | Op::Binary(_)
                | Op::EndString
                | Op::Str(_)
                | Op::Builtin(_)
        );
        if pushes_string && let Some(Value::Str(s)) = self.state.stack.last() {
            if s.len() > limits::STRING_SIZE {
                return Err(limits::string_exceeded(s.len()));
            }
            budget.steps += s.len() as u64 / limits::BYTES_PER_STEP;
        }
        let random = match op {
            Op::Sequence(id) => matches!(
                self.program.sequences[id as usize].kind,
                SeqKind::Shuffle | SeqKind::ShuffleOnce | SeqKind::ShuffleStopping
            ),
            Op::Builtin(b) => matches!(b, Builtin::Random | Builtin::ListRandom),
            _ => false,
        };
        if random {
            budget.steps += limits::RANDOM_STEPS;
        }
        if budget.steps > limits::STEPS_PER_TURN {
            return Err(limits::steps_exceeded());
        }
        if let Some(deadline) = budget.deadline
            && budget.steps >= budget.next_deadline_check
        {
            budget.next_deadline_check = budget.steps + limits::DEADLINE_CHECK_EVERY;
            if std::time::Instant::now() >= deadline {
                return Err(limits::deadline_passed());
            }
        }
        Ok(())
    }

    /// Counts `bytes` of output against `OUTPUT_PER_TURN`.
    fn charge_output(&mut self, bytes: usize) -> Result<(), String> {
        self.budget.output += bytes.max(1);
        if self.budget.output > limits::OUTPUT_PER_TURN {
            return Err(limits::output_exceeded());
        }
        Ok(())
    }

    /// Counts the frames a new choice or thread keeps against `FRAMES_HELD`.
    fn charge_frames(&mut self, frames: usize) -> Result<(), String> {
        self.budget.frames += frames;
        if self.budget.frames > limits::FRAMES_HELD {
            return Err(limits::frames_exceeded());
        }
        Ok(())
    }

    fn fail(&mut self, pc: Pc, message: String) -> RuntimeError {
        self.state.threads.clear();
        RuntimeError {
            message,
            span: self.program.span_at(pc),
            lines: Vec::new(),
        }
    }

    fn pop(&mut self) -> Result<Value, String> {
        self.state
            .stack
            .pop()
            .ok_or_else(|| "the evaluation stack is empty".to_string())
    }

    /// A knot or stitch entered with fewer arguments than it takes: only a
    /// divert through a variable can do that, as the compiler counts them
    /// where the target is named.
    fn too_few_arguments(&self) -> String {
        let pc = self.state.threads.last().map_or(0, |t| t.pc);
        let flow = self.program.flow_at(pc).map_or("", |f| f.path.as_str());
        format!(
            "`{flow}` was entered with fewer arguments than it takes: a divert target held in a variable passes only the arguments written after it (`-> v(…)`, `<- v(…)`)"
        )
    }

    fn pop_address(&mut self) -> Result<Pc, String> {
        match self.pop()? {
            Value::Address(pc) => Ok(pc),
            v => Err(format!("expected a divert target, found {}", v.type_name())),
        }
    }

    /// `<- target`: a copy of the current thread starts at `pc`; this one
    /// goes on after the instruction once the new one has run.
    fn start_thread(&mut self, pc: Pc) -> Result<(), String> {
        if self.state.threads.len() >= limits::CALL_DEPTH {
            return Err(limits::threads_exceeded());
        }
        let frames = self.state.thread().frames.len();
        self.charge_frames(frames)?;
        let mut thread = self.state.thread().clone();
        thread.pc = pc;
        self.state.threads.push(thread);
        Ok(())
    }

    fn jump(&mut self, pc: Pc) {
        self.state.thread().pc = pc;
    }

    fn step(&mut self, op: Op) -> Result<(), String> {
        let program = self.program;
        match op {
            Op::Text(id) => self.output_text(&program.strings[id as usize])?,
            Op::Newline => {
                self.charge_output(1)?;
                let start = self.state.frame().function_start;
                self.state.output.push_newline(start);
            }
            Op::Glue => {
                self.charge_output(1)?;
                self.state.output.push_glue();
            }
            Op::BeginString => self.state.output.push_begin(false),
            Op::EndString => {
                let (text, tags) = self.state.output.end_string();
                self.state.stack.push(Value::Str(text));
                self.state.string_tags = tags;
            }
            Op::BeginTag => {
                self.charge_output(1)?;
                self.budget.tags += 1;
                if self.budget.tags > limits::TAGS_PER_TURN {
                    return Err(limits::tags_exceeded());
                }
                self.state.output.push_begin(true);
            }
            Op::EndTag => self.state.output.end_tag(),
            Op::Output => {
                let v = self.pop()?;
                let v = self.deref(v);
                // A void result (a function that returns nothing) prints
                // nothing at all; any other value, even an empty one, is
                // printed (see `OutputStream::push_text`).
                if v != Value::Void {
                    let text = v.display(&program.lists, |pc| program.address_name(pc));
                    self.output_text(&text)?;
                }
            }
            Op::Int(i) => self.state.stack.push(Value::Int(i)),
            Op::Float(f) => self.state.stack.push(Value::Float(f)),
            Op::Bool(b) => self.state.stack.push(Value::Bool(b)),
            Op::Str(id) => self
                .state
                .stack
                .push(Value::Str(program.strings[id as usize].to_string())),
            Op::Address(pc) => self.state.stack.push(Value::Address(pc)),
            Op::List(id) => self
                .state
                .stack
                .push(Value::List(program.list_literals[id as usize].clone())),
            Op::Void => self.state.stack.push(Value::Void),
            Op::Pop => {
                self.pop()?;
            }
            Op::GetGlobal(g) => {
                let v = self.state.globals[g as usize].clone();
                self.state.stack.push(v);
            }
            Op::SetGlobal(g) => {
                let v = self.pop()?;
                let v = keep_list_origins(v, &self.state.globals[g as usize]);
                self.state.globals[g as usize] = v;
            }
            Op::GetTemp(slot) => {
                let v = self.temp(slot);
                // A temporary read before its declaration runs reads 0, as in ink.
                let v = match self.deref(v) {
                    Value::Void => Value::Int(0),
                    v => v,
                };
                self.state.stack.push(v);
            }
            Op::SetTemp(slot) => {
                let v = self.pop()?;
                match self.temp(slot) {
                    Value::Ref(r) => self.write_ref(r, v),
                    _ => self.set_temp(slot, v),
                }
            }
            Op::BindTemp(slot) => {
                let Some(v) = self.state.stack.pop() else {
                    return Err(self.too_few_arguments());
                };
                let depth = self.state.thread().frames.len() as u32 - 1;
                // `-> knot(x)` with `ref x` onto the same slot keeps x as is.
                if v != Value::Ref(VarRef::Temp { frame: depth, slot }) {
                    self.set_temp(slot, v);
                }
            }
            Op::RefGlobal(g) => self.state.stack.push(Value::Ref(VarRef::Global(g))),
            Op::RefTemp(slot) => {
                let r = match self.temp(slot) {
                    Value::Ref(r) => r,
                    _ => VarRef::Temp {
                        frame: self.state.thread().frames.len() as u32 - 1,
                        slot,
                    },
                };
                self.state.stack.push(Value::Ref(r));
            }
            Op::VisitCount(c) => {
                let n = self.state.visits.count(c);
                self.state.stack.push(Value::Int(n as i32));
            }
            Op::VisitCountOf => {
                let pc = self.pop_address()?;
                let n = program
                    .counter_at(pc)
                    .map_or(0, |c| self.state.visits.count(c));
                self.state.stack.push(Value::Int(n as i32));
            }
            Op::TurnsSince => {
                let pc = self.pop_address()?;
                let since = match program
                    .counter_at(pc)
                    .and_then(|c| self.state.visits.turn(c))
                {
                    Some(turn) => self.state.turn.wrapping_sub(turn),
                    None => -1,
                };
                self.state.stack.push(Value::Int(since));
            }
            Op::Unary(op) => {
                let v = self.pop()?;
                let r = value::unary(op, self.deref(v))?;
                self.state.stack.push(r);
            }
            Op::Binary(op) => {
                let b = self.pop()?;
                let a = self.pop()?;
                let (a, b) = (self.deref(a), self.deref(b));
                let r = value::binary(op, a, b, &program.lists)?;
                self.state.stack.push(r);
            }
            Op::Builtin(b) => builtins::call(b, program, self.state)?,
            Op::Jump(pc) => self.jump(pc),
            Op::JumpIfFalse(pc) => {
                let v = self.pop()?;
                if !self.deref(v).truthy()? {
                    self.jump(pc);
                }
            }
            Op::JumpToAddress => {
                let pc = self.pop_address()?;
                self.jump(pc);
            }
            Op::Call(pc, kind) => self.call(pc, kind)?,
            Op::CallAddress(kind) => {
                let pc = self.pop_address()?;
                self.call(pc, kind)?;
            }
            Op::Thread(pc) => self.start_thread(pc)?,
            Op::ThreadAddress => {
                let pc = self.pop_address()?;
                self.start_thread(pc)?;
            }
            Op::Return => self.return_from_function()?,
            Op::TunnelReturn(onwards) => {
                let target = if onwards {
                    Some(self.pop_address()?)
                } else {
                    None
                };
                let frame = self.pop_frame(CallKind::Tunnel)?;
                self.jump(target.unwrap_or(frame.return_pc));
            }
            Op::Frame(n) => {
                let temps = &mut self.state.frame().temps;
                if temps.len() < n as usize {
                    temps.resize(n as usize, Value::Void);
                }
            }
            Op::Visit(c) => {
                let turn = self.state.turn;
                self.state.visits.visit(c, turn);
            }
            Op::Choice(id) => self.offer_choice(id)?,
            Op::Sequence(id) => {
                let index = builtins::sequence_index(program, self.state, id);
                self.state.stack.push(Value::Int(index));
            }
            Op::Switch(table) => {
                let index = match self.pop()? {
                    Value::Int(i) => i,
                    v => return Err(format!("expected a branch number, found {}", v.type_name())),
                };
                let table = &program.tables[table as usize];
                let last = table.len() - 1;
                let target = usize::try_from(index)
                    .ok()
                    .filter(|i| *i < last)
                    .map_or(table[last], |i| table[i]);
                self.jump(target);
            }
            Op::FallOff => self.fall_off()?,
            Op::Done => self.done(),
            Op::End => {
                self.state.threads.clear();
                self.state.choices.clear();
                self.state.ended = true;
            }
        }
        Ok(())
    }

    fn output_text(&mut self, text: &str) -> Result<(), String> {
        self.charge_output(text.len())?;
        let start = self.state.frame().function_start;
        let after = self.state.output.push_text(text, start);
        if start.is_some() && after.is_none() {
            // Content has begun: no enclosing function trims any more.
            for frame in self.state.thread().frames.iter_mut().rev() {
                if frame.kind != FrameKind::Call(CallKind::Function) {
                    break;
                }
                frame.function_start = None;
            }
        }
        Ok(())
    }

    fn temp(&mut self, slot: u16) -> Value {
        self.state
            .frame()
            .temps
            .get(slot as usize)
            .cloned()
            .unwrap_or(Value::Void)
    }

    fn set_temp(&mut self, slot: u16, v: Value) {
        let temps = &mut self.state.frame().temps;
        if temps.len() <= slot as usize {
            temps.resize(slot as usize + 1, Value::Void);
        }
        let v = keep_list_origins(v, &temps[slot as usize]);
        temps[slot as usize] = v;
    }

    /// Follows references to the value they point at.
    fn deref(&mut self, v: Value) -> Value {
        let mut v = v;
        for _ in 0..64 {
            let Value::Ref(r) = v else { return v };
            v = match r {
                VarRef::Global(g) => self.state.globals[g as usize].clone(),
                VarRef::Temp { frame, slot } => self
                    .state
                    .thread()
                    .frames
                    .get(frame as usize)
                    .and_then(|f| f.temps.get(slot as usize))
                    .cloned()
                    .unwrap_or(Value::Void),
            };
        }
        Value::Void
    }

    /// Writes through a reference, following references it finds, at most
    /// 64 deep as `deref` reads (a cycle, which only an edited snapshot
    /// could hold, drops the write instead of recursing without end).
    fn write_ref(&mut self, r: VarRef, v: Value) {
        let mut r = r;
        for _ in 0..64 {
            match r {
                VarRef::Global(g) => {
                    self.state.globals[g as usize] = v;
                    return;
                }
                VarRef::Temp { frame, slot } => {
                    let Some(f) = self.state.thread().frames.get_mut(frame as usize) else {
                        return;
                    };
                    if f.temps.len() <= slot as usize {
                        f.temps.resize(slot as usize + 1, Value::Void);
                    }
                    match &f.temps[slot as usize] {
                        Value::Ref(inner) => r = *inner,
                        _ => {
                            f.temps[slot as usize] = v;
                            return;
                        }
                    }
                }
            }
        }
    }

    fn call(&mut self, pc: Pc, kind: CallKind) -> Result<(), String> {
        if self.state.thread().frames.len() >= limits::CALL_DEPTH {
            return Err(limits::depth_exceeded());
        }
        let function_start = match kind {
            CallKind::Function => Some(self.state.output.len()),
            CallKind::Tunnel => None,
        };
        let stack_base = self.state.stack.len();
        let output_start = self.state.output.len();
        let thread = self.state.thread();
        let return_pc = thread.pc;
        thread.frames.push(Frame {
            kind: FrameKind::Call(kind),
            return_pc,
            temps: Vec::new(),
            function_start,
            output_start,
            stack_base,
        });
        thread.pc = pc;
        Ok(())
    }

    fn pop_frame(&mut self, kind: CallKind) -> Result<Frame, String> {
        let thread = self.state.thread();
        match thread.frames.last() {
            Some(f) if f.kind == FrameKind::Call(kind) && thread.frames.len() > 1 => {
                Ok(thread.frames.pop().expect("checked above"))
            }
            _ => Err(match kind {
                CallKind::Tunnel => "`->->` used outside a tunnel".to_string(),
                CallKind::Function => "`return` used outside a function".to_string(),
            }),
        }
    }

    fn return_from_function(&mut self) -> Result<(), String> {
        let value = self.pop()?;
        let frame = self.pop_frame(CallKind::Function)?;
        let start = if frame.function_start.is_some() {
            frame.output_start
        } else {
            0
        };
        self.state.output.trim_end_whitespace(start);
        let value = self.deref(value);
        self.state
            .stack
            .truncate(frame.stack_base.min(self.state.stack.len()));
        self.state.stack.push(value);
        self.jump(frame.return_pc);
        Ok(())
    }

    /// The end of some content: a function returns nothing, a thread ends,
    /// or the flow stops.
    fn fall_off(&mut self) -> Result<(), String> {
        let in_function = self
            .state
            .threads
            .last()
            .and_then(|t| t.frames.last())
            .is_some_and(|f| f.kind == FrameKind::Call(CallKind::Function));
        if in_function {
            self.state.stack.push(Value::Void);
            return self.return_from_function();
        }
        // As in ink: the flow stopping with nothing to choose is an error,
        // not an ending (ink's own messages).
        let stops = self.state.threads.len() == 1 && self.state.choices.is_empty();
        if stops {
            let in_tunnel = self.state.threads[0]
                .frames
                .iter()
                .any(|f| f.kind == FrameKind::Call(CallKind::Tunnel));
            return Err(if in_tunnel {
                "the story ran out of content inside a tunnel: does it need a `->->` to return?"
                    .into()
            } else {
                RAN_OUT.into()
            });
        }
        self.done();
        Ok(())
    }

    /// `-> DONE`: end this thread, or stop the flow if it is the main one.
    fn done(&mut self) {
        if self.state.threads.len() > 1 {
            self.state.threads.pop();
        } else {
            self.state.threads.clear();
        }
    }

    fn offer_choice(&mut self, id: u32) -> Result<(), String> {
        let info = &self.program.choices[id as usize];
        let condition = if info.has_condition {
            let v = self.pop()?;
            self.deref(v).truthy()?
        } else {
            true
        };
        let (text, tags) = if info.has_text {
            let text = match self.pop()? {
                Value::Str(s) => s,
                v => return Err(format!("choice text is {}", v.type_name())),
            };
            (text, std::mem::take(&mut self.state.string_tags))
        } else {
            (String::new(), Vec::new())
        };
        if !condition || (!info.sticky && self.state.visits.count(info.counter) > 0) {
            return Ok(());
        }
        let frames = self.state.thread().frames.len();
        self.charge_frames(frames)?;
        let thread = self.state.thread().clone();
        self.state.choices.push(PendingChoice {
            choice: id,
            text: text.trim_matches([' ', '\t']).to_string(),
            tags,
            thread: Thread {
                frames: thread.frames,
                pc: info.target,
            },
        });
        Ok(())
    }
}

/// An empty list assigned over a list keeps the lists the old value drew
/// on, so `LIST_ALL` of an emptied variable still knows its items.
fn keep_list_origins(new: Value, old: &Value) -> Value {
    match (new, old) {
        (Value::List(mut l), Value::List(o)) if l.origins.is_empty() => {
            l.origins = o.origins.clone();
            Value::List(l)
        }
        (new, _) => new,
    }
}
