//! Built-in functions (`RANDOM`, `TURNS`, `FLOOR`, the `LIST_*` family…) and
//! the choice of branch for sequences, shuffles included. All randomness
//! is drawn as ink's runtime draws it (`random`).

use super::state::State;
use crate::compile::{Builtin, Program};
use crate::story::ast::SeqKind;
use crate::value::{ListItem, ListValue, Value};

fn pop(state: &mut State) -> Result<Value, String> {
    state
        .stack
        .pop()
        .ok_or_else(|| "the evaluation stack is empty".to_string())
}

fn pop_int(state: &mut State) -> Result<i32, String> {
    match pop(state)? {
        Value::Int(i) => Ok(i),
        Value::Float(f) => Ok(f as i32),
        Value::Bool(b) => Ok(b as i32),
        v => Err(format!("expected a number, found {}", v.type_name())),
    }
}

fn pop_float(state: &mut State) -> Result<f32, String> {
    match pop(state)? {
        Value::Int(i) => Ok(i as f32),
        Value::Float(f) => Ok(f),
        v => Err(format!("expected a number, found {}", v.type_name())),
    }
}

fn pop_list(state: &mut State) -> Result<ListValue, String> {
    match pop(state)? {
        Value::List(l) => Ok(l),
        v => Err(format!("expected a list, found {}", v.type_name())),
    }
}

/// Runs a built-in: pops its arguments and pushes its result.
pub fn call(b: Builtin, program: &Program, state: &mut State) -> Result<(), String> {
    let result = match b {
        Builtin::Random => {
            let max = pop_int(state)?;
            let min = pop_int(state)?;
            if max < min {
                return Err(format!(
                    "RANDOM({min}, {max}): the maximum is below the minimum"
                ));
            }
            // ink: the draw modulo the width of the range, as an ink integer.
            let Some(width) = max.checked_sub(min).and_then(|w| w.checked_add(1)) else {
                return Err(format!(
                    "RANDOM({min}, {max}): the range is wider than ink's numbers can hold"
                ));
            };
            Value::Int(state.random.draw() % width + min)
        }
        Builtin::SeedRandom => {
            let seed = pop_int(state)?;
            state.random.reseed(seed);
            Value::Void
        }
        Builtin::ChoiceCount => Value::Int(state.choices.len() as i32),
        Builtin::Turns => Value::Int(state.turn.saturating_add(1)),
        Builtin::Int => Value::Int(pop_int(state)?),
        Builtin::Floor => Value::Float(pop_float(state)?.floor()),
        Builtin::Ceiling => Value::Float(pop_float(state)?.ceil()),
        Builtin::Float => Value::Float(pop_float(state)?),
        Builtin::Pow => {
            let y = pop_float(state)?;
            let x = pop_float(state)?;
            Value::Float(x.powf(y))
        }
        Builtin::Min | Builtin::Max => {
            let b2 = pop(state)?;
            let a = pop(state)?;
            let less = crate::value::binary(
                crate::compile::Binary::Lt,
                a.clone(),
                b2.clone(),
                &program.lists,
            )?;
            let a_less = less.truthy()?;
            if (b == Builtin::Min) == a_less { a } else { b2 }
        }
        Builtin::ListCount => Value::Int(pop_list(state)?.items.len() as i32),
        Builtin::ListMin => {
            let l = pop_list(state)?;
            let item = l.items.iter().min_by_key(|i| (i.value, i.list)).copied();
            single(item, l.origins)
        }
        Builtin::ListMax => {
            let l = pop_list(state)?;
            let item = l.items.iter().max_by_key(|i| (i.value, i.list)).copied();
            single(item, l.origins)
        }
        Builtin::ListAll => {
            let l = pop_list(state)?;
            Value::List(all_items(program, &l))
        }
        Builtin::ListInvert => {
            let l = pop_list(state)?;
            let all = all_items(program, &l);
            let items = all.items.into_iter().filter(|i| !l.contains(i)).collect();
            Value::List(ListValue::from_items(items, l.origins))
        }
        Builtin::ListRange => {
            let max = pop(state)?;
            let min = pop(state)?;
            let l = pop_list(state)?;
            // A list bound is its lowest (highest) item's value, whatever
            // list it is from; an empty list leaves that end open, as in ink.
            let bound = |v: &Value, low: bool| match v {
                Value::List(b) => {
                    let vals = b.items.iter().map(|i| i.value);
                    if low { vals.min() } else { vals.max() }.unwrap_or(if low {
                        0
                    } else {
                        i32::MAX
                    })
                }
                Value::Int(i) => *i,
                Value::Float(f) => *f as i32,
                _ => 0,
            };
            let (lo, hi) = (bound(&min, true), bound(&max, false));
            let items = l
                .items
                .iter()
                .filter(|i| i.value >= lo && i.value <= hi)
                .copied()
                .collect();
            Value::List(ListValue::from_items(items, l.origins))
        }
        Builtin::ListRandom => {
            let l = pop_list(state)?;
            if l.items.is_empty() {
                Value::List(ListValue::from_items(Vec::new(), l.origins))
            } else {
                let i = state.random.draw() as usize % l.items.len();
                single(Some(l.items[i]), l.origins)
            }
        }
        Builtin::ListValue => {
            let l = pop_list(state)?;
            Value::Int(l.items.iter().map(|i| i.value).max().unwrap_or(0))
        }
        Builtin::ListItemOf => {
            let n = pop_int(state)?;
            let list = pop_int(state)? as u32;
            let exists = program
                .lists
                .get(list as usize)
                .is_some_and(|d| d.name_of(n).is_some());
            let items = if exists {
                vec![ListItem { list, value: n }]
            } else {
                Vec::new()
            };
            Value::List(ListValue::from_items(items, vec![list]))
        }
    };
    state.stack.push(result);
    Ok(())
}

fn single(item: Option<ListItem>, origins: Vec<u32>) -> Value {
    Value::List(ListValue::from_items(item.into_iter().collect(), origins))
}

/// Every item of every list the value draws on.
fn all_items(program: &Program, l: &ListValue) -> ListValue {
    let items = l
        .origins
        .iter()
        .filter_map(|&list| program.lists.get(list as usize).map(|d| (list, d)))
        .flat_map(|(list, d)| {
            d.items.iter().map(move |(_, value)| ListItem {
                list,
                value: *value,
            })
        })
        .collect();
    ListValue::from_items(items, l.origins.clone())
}

/// Which branch a sequence shows on this visit (-1 for none), counting the visit.
pub fn sequence_index(program: &Program, state: &mut State, id: u32) -> i32 {
    let info = &program.sequences[id as usize];
    let counter = info.counter as usize;
    // Counts past i32::MAX (an edited save) stay at the last branch they reach.
    let seen = state.visits.count(counter as u32).min(i32::MAX as u32) as i32;
    let turn = state.turn;
    state.visits.visit(counter as u32, turn);
    let n = info.branches as i32;
    if n == 0 {
        return -1;
    }
    match info.kind {
        SeqKind::Stopping => seen.min(n - 1),
        SeqKind::Cycle => seen % n,
        SeqKind::Once => {
            if seen < n {
                seen
            } else {
                -1
            }
        }
        SeqKind::Shuffle => state.random.shuffle_index(info.hash, seen, n),
        SeqKind::ShuffleOnce => {
            if seen < n {
                state.random.shuffle_index(info.hash, seen, n)
            } else {
                -1
            }
        }
        SeqKind::ShuffleStopping => {
            if seen < n - 1 {
                state.random.shuffle_index(info.hash, seen, n - 1)
            } else {
                n - 1
            }
        }
    }
}
