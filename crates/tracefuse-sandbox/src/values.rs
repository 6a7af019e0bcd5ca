//! VM values as tracefuse's input files write them (docs/formats.md, "Values"), used for
//! case locals, expected results and runtime object operands, and as the form in which
//! a finished run's state is read back and compared.

use serde_yaml::Value as Yaml;
use std::fmt;

/// A sandbox VM value, deep (lists and iterators hold their items).
#[derive(Debug, Clone)]
pub enum Value {
    Int(i64),
    Float(f64),
    None,
    Bool(bool),
    List(Vec<Value>),
    /// A range iterator: the next value it yields, its stop and step.
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// A list iterator over its own list, at `index`.
    ListIter {
        items: Vec<Value>,
        index: i64,
    },
    /// An instance of a named class.
    Instance {
        class: String,
        slots: Vec<Value>,
    },
    Builtin(String),
}

/// Builtins the sandbox runtime provides.
pub const BUILTINS: [&str; 6] = ["len", "abs", "min", "max", "float", "range"];

impl PartialEq for Value {
    /// Exact equality; floats compare by bits so that NaN equals NaN and -0.0 differs
    /// from 0.0 (stencils must agree bit for bit).
    fn eq(&self, other: &Self) -> bool {
        use Value::*;
        match (self, other) {
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (None, None) => true,
            (Bool(a), Bool(b)) => a == b,
            (List(a), List(b)) => a == b,
            (Range { next: a, stop: b, step: c }, Range { next: x, stop: y, step: z }) => {
                (a, b, c) == (x, y, z)
            }
            (ListIter { items: a, index: i }, ListIter { items: b, index: j }) => a == b && i == j,
            (Instance { class: a, slots: s }, Instance { class: b, slots: t }) => a == b && s == t,
            (Builtin(a), Builtin(b)) => a == b,
            _ => false,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |f: &mut fmt::Formatter<'_>, items: &[Value]| -> fmt::Result {
            write!(f, "[")?;
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    write!(f, ", ")?;
                }
                write!(f, "{v}")?;
            }
            write!(f, "]")
        };
        match self {
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::List(items) => list(f, items),
            Value::Range { next, stop, step } => write!(f, "range_iter({next}, {stop}, {step})"),
            Value::ListIter { items, index } => {
                write!(f, "list_iter(")?;
                list(f, items)?;
                write!(f, ", at {index})")
            }
            Value::Instance { class, slots } => {
                write!(f, "{class}")?;
                list(f, slots)
            }
            Value::Builtin(name) => write!(f, "<builtin {name}>"),
        }
    }
}

impl Value {
    /// Reads a value from its YAML form; the error says what was expected.
    pub fn from_yaml(y: &Yaml) -> Result<Value, String> {
        match y {
            Yaml::Null => Ok(Value::None),
            Yaml::Bool(b) => Ok(Value::Bool(*b)),
            Yaml::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Ok(Value::Int(i))
                } else if n.is_f64() {
                    Ok(Value::Float(n.as_f64().unwrap_or(f64::NAN)))
                } else {
                    Err(format!("integer {n} does not fit in 64 bits"))
                }
            }
            Yaml::Sequence(_) => Err("a bare sequence is not a value: write {list: [...]}".into()),
            Yaml::Mapping(m) => {
                let key = |k: &str| m.get(Yaml::String(k.into()));
                let allow = |keys: &[&str]| -> Result<(), String> {
                    for k in m.keys() {
                        match k.as_str() {
                            Some(k) if keys.contains(&k) => {}
                            _ => {
                                return Err(format!("unexpected key {k:?} in a value ({})", keys.join(", ")))
                            }
                        }
                    }
                    Ok(())
                };
                let items = |y: &Yaml| -> Result<Vec<Value>, String> {
                    y.as_sequence()
                        .ok_or_else(|| "expected a sequence of values".to_string())?
                        .iter()
                        .map(Value::from_yaml)
                        .collect()
                };
                if let Some(l) = key("list") {
                    allow(&["list"])?;
                    Ok(Value::List(items(l)?))
                } else if let Some(r) = key("range") {
                    allow(&["range"])?;
                    let nums: Vec<i64> = r
                        .as_sequence()
                        .ok_or("range takes [start, stop] or [start, stop, step]")?
                        .iter()
                        .map(|v| v.as_i64().ok_or("range bounds are integers"))
                        .collect::<Result<_, _>>()?;
                    match nums[..] {
                        [start, stop] => Ok(Value::Range { next: start, stop, step: 1 }),
                        [_, _, 0] => Err("range step must not be zero".into()),
                        [start, stop, step] => Ok(Value::Range { next: start, stop, step }),
                        _ => Err("range takes [start, stop] or [start, stop, step]".into()),
                    }
                } else if let Some(l) = key("list_iter") {
                    allow(&["list_iter", "index"])?;
                    let index = match key("index") {
                        Some(i) => i.as_i64().ok_or("list_iter index is an integer")?,
                        None => 0,
                    };
                    Ok(Value::ListIter { items: items(l)?, index })
                } else if let Some(c) = key("instance") {
                    allow(&["instance", "slots"])?;
                    let class = c.as_str().ok_or("instance names a class")?.to_string();
                    let slots = match key("slots") {
                        Some(s) => items(s)?,
                        None => Vec::new(),
                    };
                    Ok(Value::Instance { class, slots })
                } else if let Some(b) = key("builtin") {
                    allow(&["builtin"])?;
                    let name = b.as_str().ok_or("builtin names a function")?;
                    if !BUILTINS.contains(&name) {
                        return Err(format!("unknown builtin `{name}` (known: {})", BUILTINS.join(", ")));
                    }
                    Ok(Value::Builtin(name.to_string()))
                } else {
                    Err("expected one of {list}, {range}, {list_iter}, {instance}, {builtin}".into())
                }
            }
            Yaml::String(s) => Err(format!("string {s:?} is not a value (strings are not in the sandbox)")),
            Yaml::Tagged(_) => Err("YAML tags are not values".into()),
        }
    }

    /// Every class this value names (to check them against the trace's classes).
    pub fn classes(&self, out: &mut Vec<String>) {
        match self {
            Value::List(items) | Value::ListIter { items, .. } => items.iter().for_each(|v| v.classes(out)),
            Value::Instance { class, slots } => {
                out.push(class.clone());
                slots.iter().for_each(|v| v.classes(out));
            }
            _ => {}
        }
    }

    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::json;
        match self {
            Value::Int(i) => json!(i),
            Value::Float(x) if x.is_finite() => json!({ "float": x }),
            Value::Float(x) => json!({ "float": x.to_string() }),
            Value::None => serde_json::Value::Null,
            Value::Bool(b) => json!(b),
            Value::List(items) => json!({ "list": items.iter().map(Value::to_json).collect::<Vec<_>>() }),
            Value::Range { next, stop, step } => json!({ "range": [next, stop, step] }),
            Value::ListIter { items, index } => json!({
                "list_iter": items.iter().map(Value::to_json).collect::<Vec<_>>(), "index": index }),
            Value::Instance { class, slots } => json!({
                "instance": class, "slots": slots.iter().map(Value::to_json).collect::<Vec<_>>() }),
            Value::Builtin(name) => json!({ "builtin": name }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Value, String> {
        Value::from_yaml(&serde_yaml::from_str(s).unwrap())
    }

    #[test]
    fn reads_every_form() {
        assert_eq!(parse("5").unwrap(), Value::Int(5));
        assert_eq!(parse("2.5").unwrap(), Value::Float(2.5));
        assert_eq!(parse("null").unwrap(), Value::None);
        assert_eq!(parse("{range: [1, 4]}").unwrap(), Value::Range { next: 1, stop: 4, step: 1 });
        assert_eq!(
            parse("{list_iter: [1, 2.0], index: 1}").unwrap(),
            Value::ListIter { items: vec![Value::Int(1), Value::Float(2.0)], index: 1 }
        );
        assert_eq!(
            parse("{instance: P, slots: [1]}").unwrap(),
            Value::Instance { class: "P".into(), slots: vec![Value::Int(1)] }
        );
        assert!(parse("[1]").is_err());
        assert!(parse("{builtin: print}").is_err());
        assert!(parse("{range: [1, 2, 0]}").is_err());
        assert!(parse("{list: [], extra: 1}").is_err());
    }

    #[test]
    fn floats_compare_by_bits() {
        assert_eq!(Value::Float(f64::NAN), Value::Float(f64::NAN));
        assert_ne!(Value::Float(0.0), Value::Float(-0.0));
        assert_ne!(Value::Int(1), Value::Float(1.0));
    }
}
