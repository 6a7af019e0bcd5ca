//! The sandbox VM from Rust: builds a VM state for a trace's case (frame, locals, stack,
//! classes, runtime operand objects), runs the C reference interpreter on it, and reads
//! the finished state back — locals, stack, every live heap object with its refcount,
//! the error slot and how the trace left — as a [`Snapshot`] that runs in other modes
//! are compared against exactly. The C side is the library's runtime, built and loaded
//! by [`crate::runtime`].

use crate::abi::{
    int_value, is_int, kind, TfBuiltin, TfClass, TfFloat, TfFrame, TfInst, TfInstance, TfList, TfListIter,
    TfObject, TfRangeIter, TfThread, TfTraceCode, TfValue, INT_MAX, INT_MIN,
};
use crate::cases::{Case, ExitOutcome, Expect, Suite, ERROR_NAMES};
use crate::runtime::Runtime;
use crate::values::Value;
use std::collections::{BTreeMap, HashMap};
use std::ffi::{c_void, CStr, CString};
use std::fmt;
use tracefuse::definitions::Field;
use tracefuse::error::{Error, Result};
use tracefuse::traces::{Operand, TraceSet};

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exit {
    pub kind: ExitOutcome,
    /// The trace that was running (its position in the set).
    pub trace: usize,
    /// The instruction that left, in that trace.
    pub index: u64,
    pub target: u64,
}

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ExitOutcome::End => write!(f, "end"),
            ExitOutcome::Deopt => write!(f, "deopt at {} to target {}", self.at(), self.target),
            ExitOutcome::SideExit => write!(f, "side exit at {} to target {}", self.at(), self.target),
            ExitOutcome::Error => write!(f, "error at {} to target {}", self.at(), self.target),
        }
    }
}

impl Exit {
    fn at(&self) -> String {
        if self.trace == 0 && self.kind == ExitOutcome::End {
            String::new()
        } else {
            format!("[trace #{}] {}", self.trace, self.index)
        }
    }
}

/// One live heap object, shallow: references to other objects are by id, an object's place
/// on the heap list (allocation order) from 1.
#[derive(Debug, Clone, PartialEq)]
pub struct HeapObject {
    pub id: u64,
    pub refcnt: i64,
    pub desc: String,
}

/// How a snapshot's stack shows a stack pointer outside the frame.
pub const STACK_OUT_OF_FRAME: &str = "<stack pointer out of frame";

/// The whole observable state after a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub exit: Exit,
    pub error: i64,
    pub locals: Vec<Value>,
    pub stack: Vec<Value>,
    pub heap: Vec<HeapObject>,
    pub ticks: i64,
}

impl Snapshot {
    pub fn error_name(&self) -> &'static str {
        ERROR_NAMES.get(self.error as usize).copied().unwrap_or("unknown")
    }

    /// The run left the stack pointer outside the frame (the snapshot's stack is then the
    /// single marker [`STACK_OUT_OF_FRAME`]).
    pub fn stack_out_of_frame(&self) -> bool {
        matches!(self.stack.as_slice(), [Value::Builtin(s)] if s.starts_with(STACK_OUT_OF_FRAME))
    }

    /// Lines describing how `other` differs from `self` (empty when equal).
    pub fn diff(&self, other: &Snapshot) -> Vec<String> {
        let mut out = Vec::new();
        if self.exit != other.exit {
            out.push(format!("exit: {} vs {}", self.exit, other.exit));
        }
        if self.error != other.error {
            out.push(format!("error: {} vs {}", self.error_name(), other.error_name()));
        }
        let list = |v: &[Value]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ");
        if self.locals != other.locals {
            out.push(format!("locals: [{}] vs [{}]", list(&self.locals), list(&other.locals)));
        }
        if self.stack != other.stack {
            out.push(format!("stack: [{}] vs [{}]", list(&self.stack), list(&other.stack)));
        }
        if self.ticks != other.ticks {
            out.push(format!("back edges: {} vs {}", self.ticks, other.ticks));
        }
        if self.heap != other.heap {
            let n = self.heap.len().max(other.heap.len());
            for i in 0..n {
                let (a, b) = (self.heap.get(i), other.heap.get(i));
                if a != b {
                    let show = |o: Option<&HeapObject>| {
                        o.map_or("-".to_string(), |o| format!("#{} rc={} {}", o.id, o.refcnt, o.desc))
                    };
                    out.push(format!("heap: {} vs {}", show(a), show(b)));
                }
            }
        }
        out
    }

    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "exit": { "kind": self.exit.kind, "trace": self.exit.trace, "index": self.exit.index, "target": self.exit.target },
            "error": self.error_name(),
            "locals": self.locals.iter().map(Value::to_json).collect::<Vec<_>>(),
            "stack": self.stack.iter().map(Value::to_json).collect::<Vec<_>>(),
            "heap": self.heap.iter().map(|o| serde_json::json!({"id": o.id, "refcnt": o.refcnt, "object": o.desc})).collect::<Vec<_>>(),
            "back_edges": self.ticks,
        })
    }
}

/// A sandbox VM state set up for one case of one trace.
pub struct VmState {
    /// The library's runtime, which made every object of this state.
    pub rt: &'static Runtime,
    pub tstate: *mut TfThread,
    pub frame: *mut TfFrame,
    classes: BTreeMap<String, TfValue>,
    /// Field values of every instruction of every trace in the set, holes resolved.
    pub code: Vec<Vec<TfInst>>,
    /// References held for runtime object operands (released on drop).
    owned: Vec<TfValue>,
}

impl Drop for VmState {
    fn drop(&mut self) {
        // SAFETY: frame and tstate were made by the runtime and are freed exactly once.
        unsafe {
            for v in self.owned.drain(..) {
                decref(self.rt, v);
            }
            for (_, c) in std::mem::take(&mut self.classes) {
                decref(self.rt, c);
            }
            (self.rt.api.tf_frame_free)(self.frame);
            (self.rt.api.tf_thread_free)(self.tstate);
        }
    }
}

/// # Safety
/// `v` is a live reference made by `rt`.
unsafe fn decref(rt: &Runtime, v: TfValue) {
    if !is_int(v) {
        let o = v as *mut TfObject;
        (*o).refcnt -= 1;
        if (*o).refcnt == 0 {
            (rt.api.tf_dealloc)(o);
        }
    }
}

impl VmState {
    /// A fresh state for running `set.traces[start]` on `case`: classes, runtime operands
    /// of every trace in the set (in set order, so object ids agree across modes), locals
    /// and the entry stack.
    pub fn new(suite: &Suite, start: usize, case: &Case) -> Result<VmState> {
        let (set, lib, rt) = (&suite.set, &suite.lib, suite.runtime);
        let trace = &set.traces[start];
        if case.locals.len() > trace.locals as usize {
            return Err(Error::at(
                &trace.path,
                case.line,
                format!(
                    "case `{}` gives {} locals, the trace has {}",
                    case.name,
                    case.locals.len(),
                    trace.locals
                ),
            ));
        }
        // SAFETY: the runtime's constructors return valid objects or 0 (checked).
        unsafe {
            let tstate = (rt.api.tf_thread_new)();
            let frame = (rt.api.tf_frame_new)(trace.locals as i64, trace.stack_size as i64);
            if tstate.is_null() || frame.is_null() {
                return Err(Error::new("out of memory making a VM state"));
            }
            let mut st =
                VmState { rt, tstate, frame, classes: BTreeMap::new(), code: Vec::new(), owned: Vec::new() };
            (*tstate).tick_limit = case.tick_limit;
            (*tstate).eval_breaker = case.eval_breaker as i64;
            for (name, def) in suite.tests[start].classes_for(case) {
                let c = st.check((rt.api.tf_class_new)(tstate, def.version, def.slots as i64))?;
                st.classes.insert(name, c);
            }
            for (t, tests) in set.traces.iter().zip(&suite.tests) {
                let mut insts = Vec::with_capacity(t.instructions.len());
                for (i, inst) in t.instructions.iter().enumerate() {
                    let mut fields = [0u64; 4];
                    for (field, op) in &inst.fields {
                        fields[field.index()] = match op {
                            Operand::Const(v) | Operand::RuntimeInt(v) => *v,
                            Operand::RuntimeLiteral(_) => {
                                let v = tests.objects.get(&(i, *field)).ok_or_else(|| {
                                    Error::at(
                                        &t.path,
                                        inst.line,
                                        format!("instruction {i}: `{field}` was not read"),
                                    )
                                })?;
                                let obj = st.make(v)?;
                                st.owned.push(obj);
                                obj
                            }
                        };
                    }
                    insts.push(TfInst {
                        uop: lib.uops[inst.uop].id,
                        _pad: 0,
                        oparg: fields[Field::Oparg.index()],
                        operand0: fields[Field::Operand0.index()],
                        operand1: fields[Field::Operand1.index()],
                        target: fields[Field::Target.index()],
                        exit_trace: inst.exit_to.map_or(-1, |t| t as i64),
                    });
                }
                st.code.push(insts);
            }
            for (i, v) in case.locals.iter().enumerate() {
                let new = st.make(v)?;
                let slot = (*frame).locals.add(i);
                decref(rt, *slot);
                *slot = new;
            }
            let base = (*frame).locals.add(trace.locals as usize);
            for (i, v) in case.stack.iter().enumerate() {
                *base.add(i) = st.make(v)?;
            }
            (*frame).sp = base.add(case.stack.len());
            Ok(st)
        }
    }

    unsafe fn check(&self, v: TfValue) -> Result<TfValue> {
        if v == 0 {
            return Err(Error::new("the sandbox runtime could not make an object (out of memory)"));
        }
        Ok(v)
    }

    /// Makes a new reference to a VM value.
    pub fn make(&mut self, v: &Value) -> Result<TfValue> {
        let t = self.tstate;
        let api = &self.rt.api;
        // SAFETY: t is this state's live thread; objects are built with the runtime API.
        unsafe {
            Ok(match v {
                Value::Int(i) => {
                    if !(INT_MIN..=INT_MAX).contains(i) {
                        return Err(Error::new(format!("{i} does not fit in a sandbox small int (63 bits)")));
                    }
                    ((*i as u64) << 1) | 1
                }
                Value::Float(x) => self.check((api.tf_float_new)(t, *x))?,
                Value::None => self.rt.none,
                Value::Bool(b) => {
                    if *b {
                        self.rt.true_
                    } else {
                        self.rt.false_
                    }
                }
                Value::List(items) => self.make_list(items)?,
                Value::Range { next, stop, step } => {
                    if [next, stop, step].iter().any(|v| !(INT_MIN..=INT_MAX).contains(*v)) || *step == 0 {
                        return Err(Error::new(format!(
                            "range [{next}, {stop}, {step}]: bounds must be sandbox small ints (63 bits) and the step non-zero"
                        )));
                    }
                    self.check((api.tf_range_iter_new)(t, *next, *stop, *step))?
                }
                Value::ListIter { items, index } => {
                    let list = self.make_list(items)?;
                    let it = self.check((api.tf_list_iter_new)(t, list))?;
                    decref(self.rt, list);
                    (*(it as *mut TfListIter)).index = *index;
                    it
                }
                Value::Instance { class, slots } => {
                    let cls = *self
                        .classes
                        .get(class)
                        .ok_or_else(|| Error::new(format!("unknown class `{class}`")))?;
                    let inst = self.check((api.tf_instance_new)(t, cls))?;
                    let p = inst as *mut TfInstance;
                    if slots.len() > (*p).nslots as usize {
                        decref(self.rt, inst);
                        return Err(Error::new(format!(
                            "{class} has {} slots, {} given",
                            (*p).nslots,
                            slots.len()
                        )));
                    }
                    for (i, s) in slots.iter().enumerate() {
                        let v = self.make(s)?;
                        let slot = (*p).slots.as_mut_ptr().add(i);
                        decref(self.rt, *slot);
                        *slot = v;
                    }
                    inst
                }
                Value::Builtin(name) => {
                    let c = CString::new(name.as_str()).map_err(|_| Error::new("builtin name has a NUL"))?;
                    self.check((api.tf_builtin_new)(t, c.as_ptr()))?
                }
            })
        }
    }

    unsafe fn make_list(&mut self, items: &[Value]) -> Result<TfValue> {
        let list = self.check((self.rt.api.tf_list_new)(self.tstate, items.len() as i64))?;
        for item in items {
            let v = self.make(item)?;
            if (self.rt.api.tf_list_append)(self.tstate, list, v) != 0 {
                decref(self.rt, list);
                return Err(Error::new("out of memory building a list"));
            }
        }
        Ok(list)
    }

    /// Runs the reference interpreter from `start` and reads the state back.
    pub fn run_interpreter(&mut self, start: usize) -> Snapshot {
        self.interpret(start);
        self.snapshot()
    }

    /// Runs the reference interpreter from `start`; returns the exit kind.
    pub fn interpret(&mut self, start: usize) -> i32 {
        let codes: Vec<TfTraceCode> =
            self.code.iter().map(|c| TfTraceCode { insts: c.as_ptr(), len: c.len() as i64 }).collect();
        // SAFETY: the instruction arrays outlive the call; frame and tstate are live.
        unsafe {
            (self.rt.api.tf_interpret)(
                self.frame,
                self.tstate,
                codes.as_ptr(),
                codes.len() as i64,
                start as i64,
            )
        }
    }

    /// Reads the state after a run.
    pub fn snapshot(&self) -> Snapshot {
        // SAFETY: frame and tstate are live; every object reachable from them is valid.
        unsafe {
            let t = &*self.tstate;
            let f = &*self.frame;
            let kind = match t.exit_kind {
                1 => ExitOutcome::Deopt,
                2 => ExitOutcome::SideExit,
                3 => ExitOutcome::Error,
                _ => ExitOutcome::End,
            };
            let locals = (0..f.nlocals as usize).map(|i| self.read(*f.locals.add(i), 0)).collect();
            let base = f.locals.add(f.nlocals as usize);
            let depth = f.sp.offset_from(base);
            let stack = if (0..=f.stack_size as isize).contains(&depth) {
                (0..depth as usize).map(|i| self.read(*base.add(i), 0)).collect()
            } else {
                vec![Value::Builtin(format!("{STACK_OUT_OF_FRAME}: depth {depth}>"))]
            };
            // Objects are numbered in the order a depth-first walk from the frame's locals,
            // then its stack, reaches them (list items, a list iterator's list, an
            // instance's class and slots), then the rest in heap-list order: what is state
            // is the object graph, not when or how often objects were made (a stencil that
            // sank a box never made it, and makes the boxes an exit keeps in its own order).
            let sentinel = &t.heap as *const TfObject as *mut TfObject;
            let mut objects: Vec<*mut TfObject> = Vec::new();
            let mut seen: std::collections::HashSet<*mut TfObject> = std::collections::HashSet::new();
            let mut walk = |root: TfValue, objects: &mut Vec<*mut TfObject>| {
                let mut todo = vec![root];
                while let Some(v) = todo.pop() {
                    if is_int(v) || v == 0 {
                        continue;
                    }
                    let o = v as *mut TfObject;
                    if (*o).owner.is_null() || !seen.insert(o) {
                        continue; // an immortal, or numbered already
                    }
                    objects.push(o);
                    let mut children: Vec<TfValue> = Vec::new();
                    match (*o).kind {
                        kind::LIST => {
                            let l = o as *mut TfList;
                            children.extend((0..(*l).len as usize).map(|i| *(*l).items.add(i)));
                        }
                        kind::LIST_ITER => children.push((*(o as *mut TfListIter)).list as TfValue),
                        kind::INSTANCE => {
                            let inst = o as *mut TfInstance;
                            children.push((*inst).cls as TfValue);
                            children
                                .extend((0..(*inst).nslots as usize).map(|i| *(*inst).slots.as_ptr().add(i)));
                        }
                        _ => {}
                    }
                    todo.extend(children.into_iter().rev());
                }
            };
            for i in 0..f.nlocals as usize {
                walk(*f.locals.add(i), &mut objects);
            }
            if (0..=f.stack_size as isize).contains(&depth) {
                for i in 0..depth as usize {
                    walk(*base.add(i), &mut objects);
                }
            }
            let mut o = t.heap.heap_next;
            while !o.is_null() && o != sentinel {
                walk(o as TfValue, &mut objects);
                o = (*o).heap_next;
            }
            let ids: HashMap<*mut TfObject, u64> =
                objects.iter().enumerate().map(|(i, &o)| (o, i as u64 + 1)).collect();
            let heap = objects
                .iter()
                .map(|&o| HeapObject { id: ids[&o], refcnt: (*o).refcnt, desc: self.describe(o, &ids) })
                .collect();
            Snapshot {
                exit: Exit {
                    kind,
                    trace: (t.exit_index >> 32) as usize,
                    index: t.exit_index & 0xffff_ffff,
                    target: t.exit_target,
                },
                error: t.error,
                locals,
                stack,
                heap,
                ticks: t.ticks,
            }
        }
    }

    fn class_name(&self, cls: *mut TfClass) -> String {
        self.classes
            .iter()
            .find(|(_, &v)| v == cls as TfValue)
            .map_or_else(|| format!("<class #{}>", unsafe { (*cls).ob.id }), |(n, _)| n.clone())
    }

    /// Deep value of a VM value (depth-limited: cycles show as `<...>`).
    unsafe fn read(&self, v: TfValue, depth: u32) -> Value {
        if is_int(v) {
            return Value::Int(int_value(v));
        }
        if v == 0 {
            return Value::Builtin("<NULL>".into());
        }
        if depth > 32 {
            return Value::Builtin("<...>".into());
        }
        let o = v as *mut TfObject;
        let items = |l: *mut TfList| -> Vec<Value> {
            (0..(*l).len as usize).map(|i| self.read(*(*l).items.add(i), depth + 1)).collect()
        };
        match (*o).kind {
            kind::NONE => Value::None,
            kind::BOOL => Value::Bool(o as TfValue == self.rt.true_),
            kind::FLOAT => Value::Float((*(o as *mut TfFloat)).value),
            kind::LIST => Value::List(items(o as *mut TfList)),
            kind::RANGE_ITER => {
                let r = &*(o as *mut TfRangeIter);
                Value::Range { next: r.next, stop: r.stop, step: r.step }
            }
            kind::LIST_ITER => {
                let it = &*(o as *mut TfListIter);
                Value::ListIter { items: items(it.list), index: it.index }
            }
            kind::INSTANCE => {
                let inst = o as *mut TfInstance;
                let slots = (0..(*inst).nslots as usize)
                    .map(|i| self.read(*(*inst).slots.as_ptr().add(i), depth + 1))
                    .collect();
                Value::Instance { class: self.class_name((*inst).cls), slots }
            }
            kind::CLASS => Value::Builtin(format!("<class {}>", self.class_name(o as *mut TfClass))),
            kind::BUILTIN => {
                Value::Builtin(CStr::from_ptr((*(o as *mut TfBuiltin)).name).to_string_lossy().into_owned())
            }
            k => Value::Builtin(format!("<object of unknown kind {k}>")),
        }
    }

    /// Shallow description of a heap object; references are by id.
    unsafe fn describe(&self, o: *mut TfObject, ids: &HashMap<*mut TfObject, u64>) -> String {
        let id = |p: *mut TfObject| ids.get(&p).copied().unwrap_or((*p).id);
        let r = |v: TfValue| -> String {
            if is_int(v) {
                int_value(v).to_string()
            } else if v == 0 {
                "NULL".into()
            } else {
                let p = v as *mut TfObject;
                match (*p).kind {
                    kind::NONE => "None".into(),
                    kind::BOOL => self.read(v, 0).to_string(),
                    _ => format!("#{}", id(p)),
                }
            }
        };
        let list = |items: *mut TfValue, n: i64| {
            (0..n as usize).map(|i| r(*items.add(i))).collect::<Vec<_>>().join(", ")
        };
        match (*o).kind {
            kind::FLOAT => format!("float {:?}", (*(o as *mut TfFloat)).value),
            kind::LIST => {
                let l = o as *mut TfList;
                format!("list [{}]", list((*l).items, (*l).len))
            }
            kind::RANGE_ITER => {
                let it = &*(o as *mut TfRangeIter);
                format!("range_iter next={} stop={} step={}", it.next, it.stop, it.step)
            }
            kind::LIST_ITER => {
                let it = &*(o as *mut TfListIter);
                format!("list_iter #{} at {}", id(it.list as *mut TfObject), it.index)
            }
            kind::CLASS => {
                let c = &*(o as *mut TfClass);
                format!(
                    "class {} version={} slots={}",
                    self.class_name(o as *mut TfClass),
                    c.version,
                    c.nslots
                )
            }
            kind::INSTANCE => {
                let inst = o as *mut TfInstance;
                format!(
                    "instance of #{} [{}]",
                    id((*inst).cls as *mut TfObject),
                    list((*inst).slots.as_mut_ptr(), (*inst).nslots)
                )
            }
            kind::BUILTIN => self.read(o as TfValue, 0).to_string(),
            k => format!("kind {k}"),
        }
    }
}

/// Runs one case in the interpreter: a fresh state, the run, its snapshot.
pub fn interpret_case(suite: &Suite, start: usize, case: &Case) -> Result<Snapshot> {
    let mut st = VmState::new(suite, start, case)?;
    Ok(st.run_interpreter(start))
}

impl Snapshot {
    /// Differences between this run and a case's hand-written expectation.
    /// `set` and `start` resolve the expected exit's trace name (default: the case's own).
    pub fn check(&self, expect: &Expect, set: &TraceSet, start: usize) -> Vec<String> {
        let mut out = Vec::new();
        let e = &expect.exit;
        let trace = match &e.trace {
            Some(name) => match set.get(name) {
                Some((i, _)) => i,
                None => return vec![format!("expected exit names unknown trace `{name}`")],
            },
            None => start,
        };
        let want = if e.kind == ExitOutcome::End {
            Exit { kind: e.kind, trace: 0, index: 0, target: 0 }
        } else {
            Exit { kind: e.kind, trace, index: e.index, target: e.target }
        };
        if self.exit != want {
            out.push(format!("exit: expected {want}, got {}", self.exit));
        }
        if self.error != expect.error {
            out.push(format!(
                "error: expected {}, got {}",
                ERROR_NAMES[expect.error as usize],
                self.error_name()
            ));
        }
        let list = |v: &[Value]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ");
        if let Some(locals) = &expect.locals {
            // Locals not written in the expectation are not checked.
            let got = &self.locals[..locals.len().min(self.locals.len())];
            if got != locals.as_slice() {
                out.push(format!("locals: expected [{}], got [{}]", list(locals), list(&self.locals)));
            }
        }
        if let Some(stack) = &expect.stack {
            if &self.stack != stack {
                out.push(format!("stack: expected [{}], got [{}]", list(stack), list(&self.stack)));
            }
        }
        if let Some(live) = expect.live {
            let got = self.heap.len() as i64;
            if got != live {
                out.push(format!("live objects: expected {live}, got {got}"));
            }
        }
        out
    }
}

impl VmState {
    /// Enters loaded code at `entry` with this state's frame, stack pointer and thread.
    ///
    /// # Safety
    /// `entry` is the entry of a stencil in a live program whose holes were patched for
    /// this state (its operands) and this state's runtime.
    pub unsafe fn enter(&mut self, entry: u64) -> i32 {
        let frame = self.frame;
        (self.rt.api.tf_enter)(
            entry as *const u8,
            frame as *mut c_void,
            (*frame).sp as *mut c_void,
            self.tstate as *mut c_void,
        )
    }
}
