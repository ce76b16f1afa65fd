//! Values and ink's arithmetic on them: ints and floats (32-bit, as ink has
//! them), strings, bools, lists, divert targets and references. A program
//! holds them (initial values, list literals) and a session computes them.
//!
//! Boundary: the bottom layer; it imports nothing of the crate.

mod op;

use BinOp as Binary;
use UnOp as Unary;
pub use op::{BinOp, UnOp};
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// An index into a program's code (`compile::Program::code`).
pub type Pc = u32;

/// One `LIST` definition.
#[derive(Clone, Debug)]
pub struct ListDef {
    pub name: String,
    /// Items as (name, value), in declaration order.
    pub items: Vec<(String, i32)>,
    /// Indexes into `items`, ordered by value (the first declared first
    /// among equal values), so an item is found by its value in log time:
    /// printing a list of a LIST with many thousands of items stays linear.
    by_value: Vec<u32>,
}

impl ListDef {
    pub fn new(name: String, items: Vec<(String, i32)>) -> ListDef {
        let mut by_value: Vec<u32> = (0..items.len() as u32).collect();
        by_value.sort_by_key(|&i| items[i as usize].1);
        ListDef {
            name,
            items,
            by_value,
        }
    }

    /// The name of the item with `value` (the first declared, if several).
    pub fn name_of(&self, value: i32) -> Option<&str> {
        let at = self
            .by_value
            .partition_point(|&i| self.items[i as usize].1 < value);
        let (name, v) = &self.items[*self.by_value.get(at)? as usize];
        (*v == value).then_some(name.as_str())
    }
}

/// A value on the evaluation stack or in a variable.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Value {
    Void,
    Int(i32),
    Float(f32),
    Bool(bool),
    Str(String),
    List(ListValue),
    /// A divert target: the address of a knot, stitch or label.
    Address(Pc),
    /// A reference to a variable (a `ref` parameter).
    Ref(VarRef),
}

/// Where a `ref` parameter points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VarRef {
    Global(u32),
    /// A slot of the frame at this depth of the current thread.
    Temp {
        frame: u32,
        slot: u16,
    },
}

/// One item of a list: which `LIST` it comes from and its value there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ListItem {
    pub list: u32,
    pub value: i32,
}

/// A set of list items, remembering which lists it draws on even when empty
/// (so `LIST_ALL` and `LIST_INVERT` of an emptied list still work).
#[derive(Clone, Debug, Default, PartialEq, Hash, Serialize, Deserialize)]
pub struct ListValue {
    /// Kept sorted and without duplicates.
    pub items: Vec<ListItem>,
    pub origins: Vec<u32>,
}

impl ListValue {
    pub fn from_items(mut items: Vec<ListItem>, mut origins: Vec<u32>) -> Self {
        items.sort();
        items.dedup();
        origins.extend(items.iter().map(|i| i.list));
        origins.sort();
        origins.dedup();
        ListValue { items, origins }
    }

    pub fn contains(&self, item: &ListItem) -> bool {
        self.items.binary_search(item).is_ok()
    }

    fn max(&self) -> Option<ListItem> {
        self.items.iter().copied().max_by_key(|i| (i.value, i.list))
    }

    fn min(&self) -> Option<ListItem> {
        self.items.iter().copied().min_by_key(|i| (i.value, i.list))
    }
}

/// A failure in arithmetic, reported as a runtime error by the caller.
pub type ValueResult = Result<Value, String>;

impl std::hash::Hash for Value {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        std::mem::discriminant(self).hash(h);
        match self {
            Value::Void => {}
            Value::Int(i) => i.hash(h),
            Value::Float(f) => f.to_bits().hash(h),
            Value::Bool(b) => b.hash(h),
            Value::Str(s) => s.hash(h),
            Value::List(l) => l.hash(h),
            Value::Address(pc) => pc.hash(h),
            Value::Ref(r) => r.hash(h),
        }
    }
}

impl Value {
    pub fn truthy(&self) -> Result<bool, String> {
        Ok(match self {
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Bool(b) => *b,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.items.is_empty(),
            Value::Address(_) => true,
            Value::Void | Value::Ref(_) => {
                return Err("a condition has no value (a function returned nothing?)".into());
            }
        })
    }

    /// The value as ink prints it.
    pub fn display(&self, lists: &[ListDef], address_name: impl Fn(Pc) -> String) -> String {
        match self {
            Value::Void | Value::Ref(_) => String::new(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => format_float(*f),
            Value::Bool(b) => b.to_string(),
            Value::Str(s) => s.clone(),
            Value::List(l) => display_list(l, lists),
            Value::Address(pc) => address_name(*pc),
        }
    }

    fn as_float(&self) -> Option<f32> {
        match self {
            Value::Int(i) => Some(*i as f32),
            Value::Float(f) => Some(*f),
            Value::Bool(b) => Some(*b as i32 as f32),
            _ => None,
        }
    }

    fn as_int(&self) -> Option<i32> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i32),
            Value::Float(f) => Some(*f as i32),
            _ => None,
        }
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Void => "nothing",
            Value::Int(_) => "an int",
            Value::Float(_) => "a float",
            Value::Bool(_) => "a bool",
            Value::Str(_) => "a string",
            Value::List(_) => "a list",
            Value::Address(_) => "a divert target",
            Value::Ref(_) => "a reference",
        }
    }
}

/// Floats print as the shortest text that reads back as the same 32-bit
/// float, as inklecate prints them (`0.6666667`, `2`, `1.5`).
pub fn format_float(f: f32) -> String {
    if f.is_finite() && f == f.trunc() && f.abs() < 1e15 {
        return format!("{}", f as i64);
    }
    format!("{f}")
}

fn display_list(list: &ListValue, lists: &[ListDef]) -> String {
    let mut items: Vec<(i32, &str, &str)> = list
        .items
        .iter()
        .filter_map(|item| {
            let def = lists.get(item.list as usize)?;
            let name = def.name_of(item.value)?;
            Some((item.value, def.name.as_str(), name))
        })
        .collect();
    items.sort();
    let mut out = String::new();
    for (i, (_, _, name)) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "{name}");
    }
    out
}

pub fn unary(op: Unary, v: Value) -> ValueResult {
    match (op, v) {
        (Unary::Neg, Value::Int(i)) => Ok(Value::Int(i.wrapping_neg())),
        (Unary::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
        (Unary::Neg, Value::Bool(b)) => Ok(Value::Int(-(b as i32))),
        (Unary::Not, Value::List(l)) => Ok(Value::Bool(l.items.is_empty())),
        (Unary::Not, v) => Ok(Value::Bool(!v.truthy()?)),
        (Unary::Neg, v) => Err(format!("cannot negate {}", v.type_name())),
    }
}

pub fn binary(op: Binary, a: Value, b: Value, lists: &[ListDef]) -> ValueResult {
    use Value::*;
    match (op, &a, &b) {
        (Binary::And, _, _) => return Ok(Bool(a.truthy()? && b.truthy()?)),
        (Binary::Or, _, _) => return Ok(Bool(a.truthy()? || b.truthy()?)),
        _ => {}
    }
    match (&a, &b) {
        (List(x), List(y)) => return list_binary(op, x, y),
        (List(x), Int(n)) => return list_shift(op, x, *n, lists),
        // As in ink, a list meets only a list, or an int that moves its
        // items: with a string, a float or a bool it is an error.
        (List(_), _) | (_, List(_)) => return Err(mismatch(op, &a, &b)),
        (Str(_), _) | (_, Str(_)) => return string_binary(op, &a, &b, lists),
        (Address(x), Address(y)) => {
            return match op {
                Binary::Eq => Ok(Bool(x == y)),
                Binary::Ne => Ok(Bool(x != y)),
                _ => Err("divert targets can only be compared with == and !=".into()),
            };
        }
        _ => {}
    }
    match (&a, &b) {
        (Float(_), _) | (_, Float(_)) => {
            let (Some(x), Some(y)) = (a.as_float(), b.as_float()) else {
                return Err(mismatch(op, &a, &b));
            };
            float_binary(op, x, y)
        }
        _ => {
            let (Some(x), Some(y)) = (a.as_int(), b.as_int()) else {
                return Err(mismatch(op, &a, &b));
            };
            int_binary(op, x, y)
        }
    }
}

fn mismatch(op: Binary, a: &Value, b: &Value) -> String {
    format!(
        "cannot {} {} and {}",
        op.verb(),
        a.type_name(),
        b.type_name()
    )
}

fn int_binary(op: Binary, x: i32, y: i32) -> ValueResult {
    use Value::*;
    Ok(match op {
        Binary::Add => Int(x.wrapping_add(y)),
        Binary::Sub => Int(x.wrapping_sub(y)),
        Binary::Mul => Int(x.wrapping_mul(y)),
        Binary::Div if y == 0 => return Err("division by zero".into()),
        Binary::Div => Int(x.wrapping_div(y)),
        Binary::Mod if y == 0 => return Err("modulo by zero".into()),
        Binary::Mod => Int(x.wrapping_rem(y)),
        Binary::Eq => Bool(x == y),
        Binary::Ne => Bool(x != y),
        Binary::Lt => Bool(x < y),
        Binary::Le => Bool(x <= y),
        Binary::Gt => Bool(x > y),
        Binary::Ge => Bool(x >= y),
        _ => return Err(format!("cannot {} numbers", op.verb())),
    })
}

fn float_binary(op: Binary, x: f32, y: f32) -> ValueResult {
    use Value::*;
    Ok(match op {
        Binary::Add => Float(x + y),
        Binary::Sub => Float(x - y),
        Binary::Mul => Float(x * y),
        Binary::Div => Float(x / y),
        Binary::Mod => Float(x % y),
        Binary::Eq => Bool(x == y),
        Binary::Ne => Bool(x != y),
        Binary::Lt => Bool(x < y),
        Binary::Le => Bool(x <= y),
        Binary::Gt => Bool(x > y),
        Binary::Ge => Bool(x >= y),
        _ => return Err(format!("cannot {} numbers", op.verb())),
    })
}

fn string_binary(op: Binary, a: &Value, b: &Value, lists: &[ListDef]) -> ValueResult {
    let name = |pc: Pc| format!("@{pc}");
    let x = a.display(lists, name);
    let y = b.display(lists, name);
    Ok(match op {
        Binary::Add => Value::Str(x + &y),
        Binary::Eq => Value::Bool(x == y),
        Binary::Ne => Value::Bool(x != y),
        Binary::Has => Value::Bool(x.contains(&y)),
        Binary::Hasnt => Value::Bool(!x.contains(&y)),
        _ => return Err(format!("cannot {} strings", op.verb())),
    })
}

fn list_binary(op: Binary, x: &ListValue, y: &ListValue) -> ValueResult {
    use Value::*;
    let origins = || {
        let mut o = x.origins.clone();
        o.extend(&y.origins);
        o
    };
    Ok(match op {
        Binary::Add => {
            let mut items = x.items.clone();
            items.extend(&y.items);
            List(ListValue::from_items(items, origins()))
        }
        Binary::Sub => List(ListValue::from_items(
            x.items.iter().filter(|i| !y.contains(i)).copied().collect(),
            x.origins.clone(),
        )),
        Binary::Intersect => List(ListValue::from_items(
            x.items.iter().filter(|i| y.contains(i)).copied().collect(),
            origins(),
        )),
        Binary::Has => Bool(!y.items.is_empty() && y.items.iter().all(|i| x.contains(i))),
        Binary::Hasnt => Bool(y.items.is_empty() || !y.items.iter().all(|i| x.contains(i))),
        Binary::Eq => Bool(x.items == y.items),
        Binary::Ne => Bool(x.items != y.items),
        // An empty list is below every list and above none (ink's InkList).
        Binary::Gt => Bool(match (x.min(), y.max()) {
            (Some(a), Some(b)) => a.value > b.value,
            (Some(_), None) => true,
            (None, _) => false,
        }),
        Binary::Lt => Bool(match (x.max(), y.min()) {
            (Some(a), Some(b)) => a.value < b.value,
            (None, Some(_)) => true,
            (_, None) => false,
        }),
        Binary::Ge => Bool(match (x.min(), x.max(), y.min(), y.max()) {
            (Some(a0), Some(a1), Some(b0), Some(b1)) => {
                a0.value >= b0.value && a1.value >= b1.value
            }
            (Some(_), _, None, _) => true,
            _ => false,
        }),
        Binary::Le => Bool(match (x.min(), x.max(), y.min(), y.max()) {
            (Some(a0), Some(a1), Some(b0), Some(b1)) => {
                a0.value <= b0.value && a1.value <= b1.value
            }
            (None, _, Some(_), _) => true,
            _ => false,
        }),
        _ => return Err(format!("cannot {} lists", op.verb())),
    })
}

/// `list + n` and `list - n`: move every item n places along its list.
fn list_shift(op: Binary, x: &ListValue, n: i32, lists: &[ListDef]) -> ValueResult {
    let n = match op {
        Binary::Add => n,
        Binary::Sub => n.wrapping_neg(),
        _ => return Err(format!("cannot {} a list and a number", op.verb())),
    };
    let items = x
        .items
        .iter()
        .filter_map(|item| {
            let def = lists.get(item.list as usize)?;
            let target = item.value.wrapping_add(n);
            def.name_of(target).is_some().then_some(ListItem {
                list: item.list,
                value: target,
            })
        })
        .collect();
    Ok(Value::List(ListValue::from_items(items, x.origins.clone())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_item_is_found_by_its_value_in_any_declaration_order() {
        let items = [("a", 5), ("b", 2), ("c", 3), ("d", 2), ("e", -1)];
        let def = ListDef::new(
            "l".to_string(),
            items.iter().map(|(n, v)| (n.to_string(), *v)).collect(),
        );
        let found: Vec<_> = [-1, 0, 2, 3, 4, 5, 6].map(|v| def.name_of(v)).into();
        // Of two items with one value, the first declared.
        let want = [Some("e"), None, Some("b"), Some("c"), None, Some("a"), None];
        assert_eq!(found, want);
    }

    #[test]
    fn floats_print_like_inklecate() {
        assert_eq!(format_float(2.0 / 3.0), "0.6666667");
        assert_eq!(format_float(7.0), "7");
        assert_eq!(format_float(1.5), "1.5");
        assert_eq!(format_float(-0.25), "-0.25");
    }

    #[test]
    fn int_division_truncates_and_mixed_arithmetic_is_float() {
        let r = binary(Binary::Div, Value::Int(7), Value::Int(2), &[]);
        assert_eq!(r, Ok(Value::Int(3)));
        let r = binary(Binary::Div, Value::Int(7), Value::Float(2.0), &[]);
        assert_eq!(r, Ok(Value::Float(3.5)));
        let r = binary(Binary::Div, Value::Int(1), Value::Int(0), &[]);
        assert!(r.is_err());
    }

    #[test]
    fn strings_concatenate_with_anything() {
        let r = binary(Binary::Add, Value::Str("a".into()), Value::Int(1), &[]);
        assert_eq!(r, Ok(Value::Str("a1".into())));
    }
}
