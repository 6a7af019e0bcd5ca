//! The sandbox's reading of a trace file's test data: the classes a trace's cases and
//! operands name, each case (input locals and stack, timer and eval-breaker state, and the
//! independently written expected result), and every runtime object operand as a sandbox
//! [`Value`]. The core keeps these opaque ([`tracefuse::traces::TestData`],
//! [`Operand::RuntimeLiteral`]); a [`Suite`] is a trace set with them read.

use crate::runtime::Runtime;
use crate::values::Value;
use serde::Deserialize;
use serde_yaml::Value as Yaml;
use std::collections::BTreeMap;
use std::path::Path;
use tracefuse::definitions::{Field, UopLibrary};
use tracefuse::error::{Error, Result};
use tracefuse::traces::{Operand, Trace, TraceSet};

/// A user type the trace's cases and operands name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassDef {
    pub version: u64,
    pub slots: u32,
}

/// How a trace run ended, as cases expect it and runs report it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExitOutcome {
    End,
    Deopt,
    SideExit,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedExit {
    pub kind: ExitOutcome,
    pub index: u64,
    pub target: u64,
    /// The trace running when it left, if not the case's own.
    pub trace: Option<String>,
}

/// The VM's error slot (sandbox.h `TF_ERR_*`).
pub const ERROR_NAMES: [&str; 7] = ["none", "zero_division", "type", "index", "memory", "value", "raised"];

#[derive(Debug, Clone)]
pub struct Expect {
    pub exit: ExpectedExit,
    /// Index into [`ERROR_NAMES`].
    pub error: i64,
    pub locals: Option<Vec<Value>>,
    pub stack: Option<Vec<Value>>,
    pub live: Option<i64>,
}

/// One input state for a trace, with its independently written expected result.
#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub locals: Vec<Value>,
    pub stack: Vec<Value>,
    pub classes: BTreeMap<String, ClassDef>,
    pub tick_limit: i64,
    pub eval_breaker: bool,
    pub expect: Option<Expect>,
    pub line: Option<usize>,
}

pub const DEFAULT_TICK_LIMIT: i64 = 1_000_000;

/// A trace's test data as the sandbox reads it.
#[derive(Debug, Clone, Default)]
pub struct TraceTests {
    pub classes: BTreeMap<String, ClassDef>,
    pub cases: Vec<Case>,
    /// Runtime object operands: (instruction, field) → the value the VM makes for it.
    pub objects: BTreeMap<(usize, Field), Value>,
}

impl TraceTests {
    /// Reads a trace's classes, cases and object literals; errors name the file and line.
    pub fn read(trace: &Trace) -> Result<TraceTests> {
        let path = trace.path.as_path();
        let classes: BTreeMap<String, ClassDef> = match &trace.test_data.classes {
            None => BTreeMap::new(),
            Some(y) => serde_yaml::from_value(y.clone())
                .map_err(|e| Error::at(path, None, format!("`classes`: {e}")))?,
        };
        let mut objects = BTreeMap::new();
        for (i, inst) in trace.instructions.iter().enumerate() {
            for (field, op) in &inst.fields {
                if let Operand::RuntimeLiteral(y) = op {
                    let v = Value::from_yaml(y).map_err(|m| {
                        Error::at(path, inst.line, format!("instruction {i}: `{field}`: {m}"))
                    })?;
                    let mut named = Vec::new();
                    v.classes(&mut named);
                    if let Some(missing) = named.iter().find(|c| !classes.contains_key(*c)) {
                        return Err(Error::at(
                            path,
                            inst.line,
                            format!(
                                "instruction {i}: class `{missing}` is not defined in the trace's `classes`"
                            ),
                        ));
                    }
                    objects.insert((i, *field), v);
                }
            }
        }
        let mut cases = Vec::new();
        for (y, line) in &trace.test_data.cases {
            let rc: RawCase = serde_yaml::from_value(y.clone()).map_err(|e| {
                Error::at(path, *line, format!("case: {e}"))
                    .help("a case has `name`, `locals`, `expect` and optionally `stack`, `classes`, `tick_limit`, `eval_breaker` (docs/formats.md, \"Cases\")")
            })?;
            cases.push(parse_case(rc, *line, path, &classes, trace.entry_stack, trace.locals)?);
        }
        Ok(TraceTests { classes, cases, objects })
    }

    /// Classes of a case: the trace's, with the case's overrides.
    pub fn classes_for(&self, case: &Case) -> BTreeMap<String, ClassDef> {
        let mut classes = self.classes.clone();
        classes.extend(case.classes.iter().map(|(k, v)| (k.clone(), *v)));
        classes
    }
}

/// A uop library and trace set with every trace's test data read by the sandbox.
#[derive(Clone)]
pub struct Suite {
    pub lib: UopLibrary,
    /// The library's runtime, loaded.
    pub runtime: &'static Runtime,
    pub set: TraceSet,
    /// One per trace, in set order.
    pub tests: Vec<TraceTests>,
}

impl Suite {
    /// Reads the test data of `set`; `runtime` is `lib`'s (see [`Runtime::for_library`]).
    pub fn new(lib: UopLibrary, set: TraceSet, runtime: &'static Runtime) -> Result<Suite> {
        let tests = set.traces.iter().map(TraceTests::read).collect::<Result<Vec<_>>>()?;
        Ok(Suite { lib, runtime, set, tests })
    }

    /// The library at `library` (a folder or its `uops.yaml`) with the traces in `traces`
    /// (default: its `traces/` folder), its runtime built or found in `cache`.
    pub fn load(library: &Path, traces: Option<&Path>, cache: &Path) -> Result<Suite> {
        let lib = UopLibrary::load(library)?;
        let set = match traces {
            Some(dir) => TraceSet::load_dir(dir, &lib)?,
            None => TraceSet::load_library_default(&lib)?,
        };
        let runtime = Runtime::for_library(&lib, cache)?;
        Suite::new(lib, set, runtime)
    }

    /// The same library and runtime over another trace set.
    pub fn with_set(&self, set: TraceSet) -> Result<Suite> {
        Suite::new(self.lib.clone(), set, self.runtime)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    name: String,
    /// Required when the trace has locals (`[]` for all None), so a forgotten `locals`
    /// is not a run on None.
    locals: Option<Vec<Yaml>>,
    #[serde(default)]
    stack: Vec<Yaml>,
    #[serde(default)]
    classes: BTreeMap<String, ClassDef>,
    tick_limit: Option<i64>,
    #[serde(default)]
    eval_breaker: bool,
    /// Read on its own ([`RawExpect`]), so its errors name its line.
    expect: Option<Yaml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExpect {
    exit: RawExit,
    error: Option<String>,
    locals: Option<Vec<Yaml>>,
    stack: Option<Vec<Yaml>>,
    live: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExit {
    kind: ExitOutcome,
    #[serde(default)]
    index: u64,
    #[serde(default)]
    target: u64,
    trace: Option<String>,
}

fn parse_case(
    rc: RawCase,
    line: Option<usize>,
    path: &Path,
    classes: &BTreeMap<String, ClassDef>,
    entry_stack: u32,
    nlocals: u32,
) -> Result<Case> {
    let err = |msg: String| Error::at(path, line, format!("case `{}`: {msg}", rc.name));
    let values = |ys: &[Yaml], what: &str| -> Result<Vec<Value>> {
        ys.iter()
            .enumerate()
            .map(|(i, y)| Value::from_yaml(y).map_err(|m| err(format!("{what}[{i}]: {m}"))))
            .collect()
    };
    let locals = match &rc.locals {
        Some(ys) => values(ys, "locals")?,
        None if nlocals == 0 => Vec::new(),
        None => {
            return Err(err(format!("the trace declares {nlocals} locals and the case gives none")).help(
                format!(
                    "add `locals: [...]` to the case with up to {nlocals} values the trace starts with \
                     (`locals: []` for all None)"
                ),
            ))
        }
    };
    let stack = values(&rc.stack, "stack")?;
    if locals.len() > nlocals as usize {
        return Err(err(format!("gives {} locals, but the trace has {nlocals} (`locals`)", locals.len()))
            .help("give at most `locals` values; missing trailing locals are None"));
    }
    if stack.len() != entry_stack as usize {
        return Err(err(format!(
            "the trace is entered with {entry_stack} stack values, the case gives {}",
            stack.len()
        )));
    }
    let expect = match rc.expect {
        None => None,
        Some(y) => {
            let e: RawExpect = serde_yaml::from_value(y).map_err(|e| {
                let at = case_key_line(path, line, "expect").or(line);
                Error::at(path, at, format!("case `{}`: expect: {e}", rc.name)).help(
                    "`expect` needs `exit: {kind: end}` (kind: end, deopt, side_exit or error; \
                     deopt and side_exit also give `index` and `target`), and may give `error`, \
                     `locals`, `stack` and `live` (docs/formats.md, \"Cases\")",
                )
            })?;
            let error = match e.error.as_deref() {
                None => 0,
                Some(name) => ERROR_NAMES.iter().position(|n| *n == name).ok_or_else(|| {
                    err(format!("unknown error `{name}` (known: {})", ERROR_NAMES.join(", ")))
                })? as i64,
            };
            Some(Expect {
                exit: ExpectedExit {
                    kind: e.exit.kind,
                    index: e.exit.index,
                    target: e.exit.target,
                    trace: e.exit.trace,
                },
                error,
                locals: e.locals.as_deref().map(|l| values(l, "expect.locals")).transpose()?,
                stack: e.stack.as_deref().map(|s| values(s, "expect.stack")).transpose()?,
                live: e.live,
            })
        }
    };
    let case = Case {
        name: rc.name.clone(),
        locals,
        stack,
        classes: rc.classes,
        tick_limit: rc.tick_limit.unwrap_or(DEFAULT_TICK_LIMIT),
        eval_breaker: rc.eval_breaker,
        expect,
        line,
    };
    let mut all = classes.clone();
    all.extend(case.classes.clone());
    let mut named = Vec::new();
    for v in case.locals.iter().chain(&case.stack) {
        v.classes(&mut named);
    }
    if let Some(e) = &case.expect {
        for v in e.locals.iter().flatten().chain(e.stack.iter().flatten()) {
            v.classes(&mut named);
        }
    }
    if let Some(missing) = named.iter().find(|c| !all.contains_key(*c)) {
        return Err(err(format!("class `{missing}` is not defined in the trace's `classes`")));
    }
    Ok(case)
}

/// The 1-based line of `key:` inside the case whose item starts at `case_line` (block
/// style; a key written on the item's own line, or in flow style, gives that line).
fn case_key_line(path: &Path, case_line: Option<usize>, key: &str) -> Option<usize> {
    let text = std::fs::read_to_string(path).ok()?;
    let first = case_line?.checked_sub(1)?;
    let lines: Vec<&str> = text.lines().collect();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let item_indent = indent(lines.get(first)?);
    let is_key = |l: &str| {
        let l = l.trim_start().trim_start_matches("- ");
        l.strip_prefix(key).is_some_and(|rest| rest.starts_with(':'))
    };
    if is_key(lines[first]) {
        return Some(first + 1);
    }
    for (i, l) in lines.iter().enumerate().skip(first + 1) {
        let trimmed = l.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if indent(l) <= item_indent {
            break;
        }
        if is_key(l) {
            return Some(i + 1);
        }
    }
    None
}
