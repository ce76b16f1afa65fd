//! What author tools need from a session beyond playing: the variables and
//! visit counts, starting anywhere with prepared state (marked as a cheat),
//! and which instructions ran (for coverage). The state key for exhaustive
//! exploration is in `key`.

use super::state::{Frame, Thread};
use super::{RuntimeError, Session, Value};

impl Session {
    /// The global variables and their values as ink prints them.
    pub fn variables(&self) -> Vec<(String, String)> {
        let program = &self.program;
        program
            .globals
            .iter()
            .zip(&self.state.globals)
            .map(|(g, v)| {
                let shown = match v {
                    Value::Str(s) => format!("{s:?}"),
                    v => v.display(&program.lists, |pc| program.address_name(pc)),
                };
                (g.name.clone(), shown)
            })
            .collect()
    }

    /// How often each knot, stitch and label has been visited (those visited).
    pub fn visit_counts(&self) -> Vec<(String, u32)> {
        self.state
            .visits
            .sorted()
            .into_iter()
            .filter_map(|(c, n, _)| {
                let path = &self.program.counters.get(c as usize)?.path;
                let named = !path.ends_with(".choice") && !path.ends_with(".sequence");
                named.then(|| (path.clone(), n))
            })
            .collect()
    }

    /// Sets a global variable. Marks the game as cheated.
    pub fn set_variable(&mut self, name: &str, value: Value) -> Result<(), RuntimeError> {
        let Some(i) = self.program.globals.iter().position(|g| g.name == name) else {
            return Err(RuntimeError {
                message: format!("there is no global variable `{name}`"),
                span: None,
                lines: Vec::new(),
            });
        };
        self.state.globals[i] = value;
        self.state.cheated = true;
        Ok(())
    }

    /// Jumps to the start of a knot or stitch (`knot` or `knot.stitch`),
    /// dropping the choices on offer. Marks the game as cheated.
    pub fn goto(&mut self, path: &str) -> Result<(), RuntimeError> {
        let Some(flow) = self
            .program
            .flows
            .iter()
            .find(|f| f.path == path && !f.function)
        else {
            let flows = self.program.flows.iter().filter(|f| !f.function);
            let hint = crate::story::suggest::did_you_mean(path, flows.map(|f| f.path.as_str()))
                .map_or_else(String::new, |h| format!("; {h}"));
            return Err(RuntimeError {
                message: format!("there is no knot or stitch `{path}`{hint}"),
                span: None,
                lines: Vec::new(),
            });
        };
        self.state.threads = vec![Thread {
            frames: vec![Frame::root()],
            pc: flow.entry,
        }];
        self.state.choices.clear();
        self.state.output.clear();
        self.state.ended = false;
        self.state.cheated = true;
        Ok(())
    }

    /// Whether `goto` or `set_variable` was used in this game.
    pub fn cheated(&self) -> bool {
        self.state.cheated
    }

    /// Starts recording which instructions run (see [`Session::covered`]).
    pub fn record_coverage(&mut self) {
        if self.coverage.is_none() {
            self.coverage = Some(vec![false; self.program.code.len()]);
        }
    }

    /// For each instruction, whether it has run since recording started.
    pub fn covered(&self) -> Option<&[bool]> {
        self.coverage.as_deref()
    }
}
