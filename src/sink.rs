//! Stage 5b — allocation sinking: a box a fused trace allocates and frees again is never
//! made, and one that leaves the trace is made on the way out (LuaJIT's allocation sinking,
//! on LLVM IR). Runs on the optimized module of a fused trace whose library declares
//! sinkable constructors ([`SinkSpec`]); the pipeline optimizes again when it (or release
//! elimination after it) changed anything.
//!
//! Every call of a declared constructor, and every phi whose incoming values are all such
//! boxes, is a *virtual* object. The pass follows each one's uses (through `inttoptr` and
//! constant-offset GEPs): loads of its reference count, its constant fields and its payload,
//! stores of its count, tag tests (`value & m`, `m` below its alignment), null tests, the
//! release call. Anything else — a store of the box into memory, a call taking it, a phi
//! mixing it with other values (the exits' write-back) — is where it *escapes*. An abstract
//! interpretation over the CFG then knows each virtual object's count at every point (a
//! branch on a known count or tag goes one way); it declines the whole function when
//! anything is not known: a count stored from an unknown value, a release before the count
//! reaches 0, an object still counted when nothing names it any more, two names for one
//! object on a loop's back edge. When it succeeds, loads become the constants and payloads
//! they read, counts and releases disappear, and at each escape the constructor is called
//! with the payload (the count set to what the interpretation knows): on an edge into a
//! phi, at the end of its source block (critical edges are split first); before any other
//! escaping instruction. A sunk box cannot run out of memory; one made on the way out can,
//! as the VM's constructor decides (docs/design.md, "Allocation sinking").

use crate::cfg::Cfg;
use crate::definitions::SinkSpec;
use crate::error::{Error, Result};
use crate::irwalk::{called_name, const_int, functions, instructions, int_width, opcode, successors, users};
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::TargetMachine;
use llvm_sys::core::*;
use llvm_sys::prelude::*;
use llvm_sys::{LLVMIntPredicate, LLVMOpcode, LLVMTypeKind};
use std::collections::{BTreeMap, HashMap};
use std::ffi::CStr;

/// What a plan sinks: the library's declared constructors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sink {
    pub specs: Vec<SinkSpec>,
    /// Fault injection for tests: boxes made on the way out get one reference too many.
    pub fault_refcount: bool,
    /// Fault injection for a VM's tests: no box is made on the way out (what escapes is 0).
    pub fault_drop: bool,
}

/// What the pass did to one module.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SinkReport {
    /// Constructor calls removed.
    pub sunk: usize,
    /// Constructor calls placed where a box escapes.
    pub materialized: usize,
    /// Why a constructor's boxes were left alone, one line per declined function.
    pub declined: Vec<String>,
    /// Boxes the pass left as the trace makes them (the rest of the function sunk), with why.
    pub kept: Vec<String>,
}

/// The functions of `sink`'s specs a prelude may define (constructors and releases): the
/// module keeps them out of line until the pass has run, so that it sees their calls.
/// Only in a module that calls one of the constructors (a trace that makes such boxes):
/// elsewhere the first optimization sees the release's code inline, as without sinking.
pub fn outlined_functions(module: &Module, sink: Option<&Sink>) -> Vec<String> {
    let Some(sink) = sink else { return Vec::new() };
    let called = |name: &str| {
        module.get_function(name).is_some_and(|f| {
            use inkwell::values::BasicValue;
            f.as_global_value().as_pointer_value().get_first_use().is_some()
        })
    };
    if !sink.specs.iter().any(|s| called(&s.constructor)) {
        return Vec::new();
    }
    sink.specs.iter().flat_map(|spec| [spec.constructor.clone(), spec.release.clone()]).collect()
}

/// Lets the optimizer inline the functions kept out of line for the pass (those
/// [`outlined_functions`] marked `noinline`, and the pass's own helpers); whether there
/// were any, so the pipeline has to run again.
pub fn inline_outlined(module: &Module) -> bool {
    let ctx = module.get_context();
    let kind = inkwell::attributes::Attribute::get_named_enum_kind_id;
    let always = ctx.create_enum_attribute(kind("alwaysinline"), 0);
    let noinline = inkwell::attributes::AttributeLoc::Function;
    let mut any = false;
    for f in module.get_functions() {
        let name = f.get_name().to_string_lossy();
        let ours = (f.get_enum_attribute(noinline, kind("noinline")).is_some()
            && name != crate::hole::ENTRY_SYMBOL)
            || name.starts_with("tf.sink.");
        if ours && f.count_basic_blocks() > 0 {
            f.remove_enum_attribute(noinline, kind("noinline"));
            f.add_attribute(noinline, always);
            any = true;
        }
    }
    any
}

/// Sinks the boxes of every constructor in `sink` in `module`'s functions.
pub fn sink_allocations(module: &Module, machine: &TargetMachine, sink: &Sink) -> Result<SinkReport> {
    let mut report = SinkReport::default();
    for spec in &sink.specs {
        if !analyze_module(module, spec, &mut report) {
            continue;
        }
        // The analysis found boxes to sink: split critical edges so each escape on an edge
        // has a block of its own, and analyze again on that CFG.
        module
            .run_passes("function(break-crit-edges)", machine, PassBuilderOptions::create())
            .map_err(|e| Error::new(format!("splitting critical edges: {e}")))?;
        for f in functions(module) {
            // SAFETY: `f` is a function of `module`, which outlives the analysis.
            let plan = unsafe { Analysis::run(f, spec, true) };
            if let Ok((_, kept)) = &plan {
                report.kept.extend(kept.iter().map(|k| format!("{}: {k}", spec.constructor)));
            }
            match plan.map(|(a, _)| a) {
                Ok(Some(a)) => {
                    // SAFETY: as above; the rewrite keeps the IR well formed.
                    let (sunk, made) = unsafe { a.rewrite(sink.fault_refcount, sink.fault_drop) };
                    report.sunk += sunk;
                    report.materialized += made;
                }
                Ok(None) => {}
                Err(why) => report.declined.push(format!("{}: {why}", spec.constructor)),
            }
        }
    }
    Ok(report)
}

/// Whether `module` has boxes of `spec` to sink: some function has constructor calls and
/// none declines (a decline is reported).
fn analyze_module(module: &Module, spec: &SinkSpec, report: &mut SinkReport) -> bool {
    let mut any = false;
    for f in functions(module) {
        // SAFETY: `f` is a function of `module`.
        let run = unsafe { Analysis::run(f, spec, false) };
        match run.map(|(a, _)| a) {
            Ok(Some(_)) => any = true,
            Ok(None) => {}
            Err(why) => {
                report.declined.push(format!("{}: {why}", spec.constructor));
                return false;
            }
        }
    }
    any
}

type V = LLVMValueRef;

/// The first number [`Analysis::find_symbols`] gives a symbol's address.
const SYMBOL_BASE: i64 = i64::MIN;
type B = LLVMBasicBlockRef;

/// A value derived from a virtual object: the object itself, or an address in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Derived {
    root: usize,
    offset: i64,
    ptr: bool,
}

/// What an instruction does to the virtual object it uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Computes an address in the object (`inttoptr`, GEP).
    Derive,
    RcLoad,
    RcStore,
    ConstLoad(i64),
    /// A field holding the address of the symbol of `spec.constants[k]`.
    SymbolLoad(usize),
    PayloadLoad,
    Release,
    /// `value & m` with `m` below the alignment: 0.
    Tag,
    /// `value ==/!= c`, `c` below the alignment (null, a VM's null reference): the bool
    /// it gives.
    Null(bool),
    /// The object leaves: made here.
    Escape,
}

/// An object's state at a program point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Obj {
    Live(i64),
    /// Released: a later use of its address gets null (indeterminate in C).
    Gone,
    /// Made where it escaped, before this instruction (for an edge, the source block's
    /// terminator): a later use of its name is a use of the made box, which must be
    /// dominated by where it was made; null when paths made it in different places.
    Escaped(V),
    /// Its name was taken over by a phi on the edge here: the object lives on under the
    /// phi's name, and a use of the old name declines.
    Moved,
}

type State = BTreeMap<usize, Obj>;

/// A box made where it escapes, for object `root`, with `count` references (0: the box
/// was released, and what uses it gets null).
#[derive(Debug, Clone, Copy)]
struct Make {
    place: Place,
    root: usize,
    count: i64,
}

/// A phi of the boxes made on the paths into `block` (see [`Analysis::join`]): from
/// each predecessor, the box made before `incoming`'s instruction.
#[derive(Debug, Clone)]
struct Merge {
    block: B,
    root: usize,
    marker: V,
    incoming: Vec<(B, V)>,
}

/// Where a box is made.
#[derive(Debug, Clone, Copy)]
enum Place {
    /// Before an instruction that uses the object.
    Before(V),
    /// At the end of `from`, for the phis of `to` it flows into (critical edges are split,
    /// so `from` goes only to `to`).
    Edge { from: B, to: B },
}

impl Place {
    /// The instruction the box is made before: what an escaped object's state names.
    unsafe fn key(self) -> V {
        match self {
            Place::Before(i) => i,
            Place::Edge { from, .. } => LLVMGetBasicBlockTerminator(from),
        }
    }
}

struct Analysis<'s> {
    spec: &'s SinkSpec,
    f: V,
    /// Constructor calls, then phis of virtual objects, each in function order.
    roots: Vec<V>,
    calls: usize,
    root_index: HashMap<V, usize>,
    derived: HashMap<V, Derived>,
    classes: HashMap<V, (Class, usize)>,
    cfg: Cfg,
    /// Per reached block, the state on entry.
    entry: Vec<Option<State>>,
    /// Known counts at reached count loads.
    counts: HashMap<V, i64>,
    makes: Vec<Make>,
    state_arg: V,
    /// What the interpretation knows a symbol's address as: a number no integer the trace
    /// computes is compared with (they differ from each other, as distinct symbols do).
    symbols: HashMap<V, i64>,
    /// Critical edges are split (the analysis that the rewrite follows).
    split: bool,
    /// A box the interpretation cannot follow (a phi of boxes whose incoming counts
    /// differ, a box that escapes on a path that rejoins one where it is virtual): it is
    /// left as it is, made where the trace makes it.
    demote: Option<V>,
    /// Instructions using a box after it escaped (before the second): they use the made box.
    rebinds: Vec<(V, usize, V)>,
    /// Edges (from, to) carrying a box that escaped (before the last) into a phi.
    edge_rebinds: Vec<(B, B, usize, V)>,
    /// Phis of boxes made on every path into a block.
    merges: Vec<Merge>,
    /// Immediate dominators (block indexes; the entry's is itself), and instruction order.
    idom: Vec<usize>,
    order: HashMap<V, usize>,
}

enum Attempt<'s> {
    Done(Option<Box<Analysis<'s>>>),
    Demote(V, Decline),
}

type Decline = String;

/// Sign-extends the low `w` bits of `v`.
fn norm(v: i64, w: u32) -> i64 {
    if w >= 64 {
        v
    } else {
        (v << (64 - w)) >> (64 - w)
    }
}

fn unsigned(v: i64, w: u32) -> u64 {
    if w >= 64 {
        v as u64
    } else {
        (v as u64) & ((1u64 << w) - 1)
    }
}

impl<'s> Analysis<'s> {
    /// Ok(None): no constructor calls; Err: declined, with the reason.
    unsafe fn run(
        f: V,
        spec: &'s SinkSpec,
        split: bool,
    ) -> std::result::Result<(Option<Box<Analysis<'s>>>, Vec<String>), Decline> {
        // A phi of boxes whose paths bring different counts (an exit merging the loop's
        // boxes) is not one object: it becomes an escape, and the analysis starts over. So
        // does a box that escapes on a path that rejoins one where it is still virtual (a
        // write-back before a call on a cold path): its constructor call stays.
        let mut escaping = std::collections::HashSet::new();
        let mut kept = Vec::new();
        loop {
            match Self::attempt(f, spec, split, &escaping)? {
                Attempt::Done(a) => return Ok((a, kept)),
                Attempt::Demote(p, why) => {
                    if !escaping.insert(p) {
                        return Err("a box left alone conflicts again".into());
                    }
                    kept.push(format!("`{}` left alone: {why}", print(p)));
                }
            }
        }
    }

    unsafe fn attempt(
        f: V,
        spec: &'s SinkSpec,
        split: bool,
        escaping: &std::collections::HashSet<V>,
    ) -> std::result::Result<Attempt<'s>, Decline> {
        let cfg = Cfg::of(f).ok_or("a block has no terminator")?;
        let mut calls = Vec::new();
        let mut phis = Vec::new();
        for &b in cfg.blocks() {
            for i in instructions(b) {
                match opcode(i) {
                    LLVMOpcode::LLVMCall if called_name(i) == spec.constructor && !escaping.contains(&i) => {
                        calls.push(i)
                    }
                    LLVMOpcode::LLVMPHI => phis.push(i),
                    _ => {}
                }
            }
        }
        if calls.is_empty() {
            return Ok(Attempt::Done(None));
        }
        // The thread state every made box is constructed with: one argument of the function.
        let state_arg = LLVMGetOperand(calls[0], 0);
        for &c in &calls {
            if LLVMGetNumArgOperands(c) != 2 {
                return Err(format!(
                    "`{}` is called with {} arguments, not 2",
                    spec.constructor,
                    LLVMGetNumArgOperands(c)
                ));
            }
            if LLVMGetOperand(c, 0) != state_arg || LLVMIsAArgument(state_arg).is_null() {
                return Err("the constructor's thread state is not one function argument".into());
            }
            let payload = LLVMTypeOf(LLVMGetOperand(c, 1));
            if LLVMGetTypeKind(payload) != LLVMTypeKind::LLVMDoubleTypeKind {
                return Err("the payload is not a double".into());
            }
        }
        // Phis of virtual objects: all incoming values are boxes (a fixpoint from all phis).
        let ty = LLVMTypeOf(calls[0]);
        let mut virt: std::collections::HashSet<V> = calls.iter().copied().collect();
        let mut cand: Vec<V> =
            phis.into_iter().filter(|&p| LLVMTypeOf(p) == ty && !escaping.contains(&p)).collect();
        virt.extend(cand.iter().copied());
        loop {
            let before = cand.len();
            cand.retain(|&p| (0..LLVMCountIncoming(p)).all(|i| virt.contains(&LLVMGetIncomingValue(p, i))));
            virt = calls.iter().chain(cand.iter()).copied().collect();
            if cand.len() == before {
                break;
            }
        }
        let mut roots = calls.clone();
        roots.extend(cand);
        let root_index: HashMap<V, usize> = roots.iter().enumerate().map(|(i, &r)| (r, i)).collect();
        let mut a = Analysis {
            spec,
            f,
            calls: calls.len(),
            root_index,
            derived: HashMap::new(),
            classes: HashMap::new(),
            cfg,
            entry: Vec::new(),
            counts: HashMap::new(),
            makes: Vec::new(),
            state_arg,
            symbols: HashMap::new(),
            roots,
            split,
            demote: None,
            rebinds: Vec::new(),
            edge_rebinds: Vec::new(),
            merges: Vec::new(),
            idom: Vec::new(),
            order: HashMap::new(),
        };
        a.dominators();
        a.find_symbols();
        a.classify()?;
        if let Err(e) = a.interpret() {
            return match a.demote {
                Some(p) => Ok(Attempt::Demote(p, e)),
                None => Err(e),
            };
        }
        Ok(Attempt::Done(Some(Box::new(a))))
    }

    /// Immediate dominators over the whole CFG (Cooper, Harvey and Kennedy's iteration).
    unsafe fn dominators(&mut self) {
        let idom = self.cfg.immediate_dominators();
        self.idom = idom;
        for &b in self.cfg.blocks() {
            for (k, i) in instructions(b).into_iter().enumerate() {
                self.order.insert(i, k);
            }
        }
    }

    /// Instruction `a` comes before `b` on every path to `b`.
    unsafe fn dominates(&self, a: V, b: V) -> bool {
        let (ba, bb) =
            (self.cfg.index(LLVMGetInstructionParent(a)), self.cfg.index(LLVMGetInstructionParent(b)));
        if ba == bb {
            return self.order[&a] < self.order[&b];
        }
        let mut x = bb;
        while x != 0 && x != usize::MAX {
            x = self.idom[x];
            if x == ba {
                return true;
            }
        }
        ba == 0 && x == 0
    }

    /// Numbers for the module's globals and functions, so that comparisons of a virtual
    /// box's type field with them fold.
    unsafe fn find_symbols(&mut self) {
        let module = LLVMGetGlobalParent(self.f);
        let mut g = LLVMGetFirstGlobal(module);
        while !g.is_null() {
            self.symbols.insert(g, SYMBOL_BASE + self.symbols.len() as i64);
            g = LLVMGetNextGlobal(g);
        }
        let mut f = LLVMGetFirstFunction(module);
        while !f.is_null() {
            self.symbols.insert(f, SYMBOL_BASE + self.symbols.len() as i64);
            f = LLVMGetNextFunction(f);
        }
    }

    /// The global the spec's symbol constant `k` names, if the module has it.
    unsafe fn symbol_global(&self, k: usize) -> Option<V> {
        let name = self.spec.constants.get(k)?.symbol.as_ref()?;
        let cname = std::ffi::CString::new(name.as_str()).ok()?;
        let g = LLVMGetNamedGlobal(LLVMGetGlobalParent(self.f), cname.as_ptr());
        (!g.is_null()).then_some(g)
    }

    fn root_of(&self, v: V) -> Option<usize> {
        self.root_index.get(&v).copied()
    }

    /// Follows every object's uses and says what each user does.
    unsafe fn classify(&mut self) -> std::result::Result<(), Decline> {
        let int_root = LLVMGetTypeKind(LLVMTypeOf(self.roots[0])) == LLVMTypeKind::LLVMIntegerTypeKind;
        let mut work: Vec<V> = Vec::new();
        for (i, &r) in self.roots.iter().enumerate() {
            self.derived.insert(r, Derived { root: i, offset: 0, ptr: !int_root });
            work.push(r);
        }
        while let Some(v) = work.pop() {
            let d = self.derived[&v];
            for (u, j) in users(v) {
                let class = self.class_of(u, j, d)?;
                if class == Class::Derive && !self.derived.contains_key(&u) {
                    let nd = self.derive(u, d)?;
                    self.derived.insert(u, nd);
                    work.push(u);
                }
                if opcode(u) == LLVMOpcode::LLVMPHI && self.root_of(u).is_some() {
                    continue;
                }
                if opcode(u) == LLVMOpcode::LLVMPHI {
                    if d.offset != 0 || d.ptr == int_root || self.root_of(v).is_none() {
                        return Err("an address inside a box flows into a phi".into());
                    }
                    continue; // an escape on an edge, found by the interpretation
                }
                match self.classes.get(&u) {
                    Some(&(c, r)) if c != class || r != d.root => {
                        return Err(format!("one instruction uses a box two ways: {}", print(u)));
                    }
                    _ => {
                        self.classes.insert(u, (class, d.root));
                    }
                }
            }
        }
        Ok(())
    }

    unsafe fn derive(&self, u: V, d: Derived) -> std::result::Result<Derived, Decline> {
        match opcode(u) {
            LLVMOpcode::LLVMIntToPtr => Ok(Derived { ptr: true, ..d }),
            LLVMOpcode::LLVMPtrToInt => Ok(Derived { ptr: false, ..d }),
            // A mask that keeps every bit an aligned address can have: the value itself.
            LLVMOpcode::LLVMAnd => Ok(d),
            _ => {
                // A GEP `i8`/`iN` with one constant index (checked by class_of).
                let scale = i64::from(LLVMGetIntTypeWidth(LLVMGetGEPSourceElementType(u)) / 8);
                let k = const_int(LLVMGetOperand(u, 1)).unwrap_or(0);
                Ok(Derived { offset: d.offset + k * scale, ..d })
            }
        }
    }

    /// What `u` does with operand `j`, which is `d`.
    unsafe fn class_of(&self, u: V, j: u32, d: Derived) -> std::result::Result<Class, Decline> {
        let spec = self.spec;
        let at = |off: u64| d.ptr && d.offset == off as i64;
        // A constant below the alignment: no box equals it, and `box & m` is 0.
        let small = |v: V| {
            !LLVMIsAConstant(v).is_null()
                && (LLVMIsNull(v) != 0 || const_int(v).is_some_and(|c| (c as u64) < spec.align))
        };
        Ok(match opcode(u) {
            LLVMOpcode::LLVMIntToPtr if !d.ptr => Class::Derive,
            LLVMOpcode::LLVMPtrToInt if d.ptr && d.offset == 0 => Class::Derive,
            LLVMOpcode::LLVMGetElementPtr if d.ptr && j == 0 && LLVMGetNumOperands(u) == 2 => {
                let src = LLVMGetGEPSourceElementType(u);
                let byte_ints = LLVMGetTypeKind(src) == LLVMTypeKind::LLVMIntegerTypeKind
                    && LLVMGetIntTypeWidth(src).is_multiple_of(8);
                if byte_ints && const_int(LLVMGetOperand(u, 1)).is_some() {
                    Class::Derive
                } else {
                    Class::Escape
                }
            }
            LLVMOpcode::LLVMLoad if d.ptr => {
                let w = int_width(u);
                let double = LLVMGetTypeKind(LLVMTypeOf(u)) == LLVMTypeKind::LLVMDoubleTypeKind;
                let word = LLVMGetTypeKind(LLVMTypeOf(u)) == LLVMTypeKind::LLVMPointerTypeKind;
                let symbol =
                    spec.constants.iter().enumerate().find(|(_, c)| c.symbol.is_some() && at(c.offset));
                if at(spec.refcount) && w == Some(spec.refcount_bits) {
                    Class::RcLoad
                } else if at(spec.payload) && double {
                    Class::PayloadLoad
                } else if let Some((k, _)) = symbol {
                    if word && self.symbol_global(k).is_some() {
                        Class::SymbolLoad(k)
                    } else {
                        Class::Escape
                    }
                } else if let Some(c) = spec.constants.iter().find(|c| at(c.offset) && w == Some(c.bits)) {
                    Class::ConstLoad(c.value)
                } else {
                    Class::Escape
                }
            }
            LLVMOpcode::LLVMStore
                if j == 1
                    && at(spec.refcount)
                    && int_width(LLVMGetOperand(u, 0)) == Some(spec.refcount_bits) =>
            {
                Class::RcStore
            }
            LLVMOpcode::LLVMCall if j == 0 && at(0) && called_name(u) == spec.release => Class::Release,
            LLVMOpcode::LLVMAnd if !d.ptr && d.offset == 0 => {
                let w = int_width(u).unwrap_or(64);
                let all = unsigned(-1, w);
                match const_int(LLVMGetOperand(u, 1 - j)).map(|m| unsigned(m, w)) {
                    Some(m) if m < spec.align => Class::Tag,
                    Some(m) if m | (spec.align - 1) == all => Class::Derive,
                    _ => Class::Escape,
                }
            }
            LLVMOpcode::LLVMICmp if d.offset == 0 => {
                let null = small(LLVMGetOperand(u, 1 - j));
                match LLVMGetICmpPredicate(u) {
                    LLVMIntPredicate::LLVMIntEQ if null => Class::Null(false),
                    LLVMIntPredicate::LLVMIntNE if null => Class::Null(true),
                    _ => Class::Escape,
                }
            }
            _ => Class::Escape,
        })
    }

    /// The value of `v` if known (a constant, or computed from known values).
    unsafe fn value(&self, v: V, known: &HashMap<V, i64>) -> Option<i64> {
        if let Some(c) = const_int(v) {
            return Some(c);
        }
        known.get(&v).copied()
    }

    unsafe fn evaluate(&self, i: V, known: &HashMap<V, i64>) -> Option<i64> {
        let w = int_width(i)?;
        let op = |k: u32| self.value(LLVMGetOperand(i, k), known);
        let src_w = || int_width(LLVMGetOperand(i, 0)).unwrap_or(64);
        let r = match opcode(i) {
            LLVMOpcode::LLVMAdd => op(0)?.wrapping_add(op(1)?),
            LLVMOpcode::LLVMSub => op(0)?.wrapping_sub(op(1)?),
            LLVMOpcode::LLVMMul => op(0)?.wrapping_mul(op(1)?),
            LLVMOpcode::LLVMAnd => op(0)? & op(1)?,
            LLVMOpcode::LLVMOr => op(0)? | op(1)?,
            LLVMOpcode::LLVMXor => op(0)? ^ op(1)?,
            LLVMOpcode::LLVMZExt => unsigned(op(0)?, src_w()) as i64,
            LLVMOpcode::LLVMSExt | LLVMOpcode::LLVMTrunc | LLVMOpcode::LLVMFreeze => op(0)?,
            LLVMOpcode::LLVMSelect => {
                if op(0)? != 0 {
                    op(1)?
                } else {
                    op(2)?
                }
            }
            LLVMOpcode::LLVMICmp => {
                // Pointers are known only as the symbols they are (a number that says
                // which): only their equality is.
                let pointers =
                    LLVMGetTypeKind(LLVMTypeOf(LLVMGetOperand(i, 0))) == LLVMTypeKind::LLVMPointerTypeKind;
                let (a, b, ow) = if pointers {
                    if !matches!(
                        LLVMGetICmpPredicate(i),
                        LLVMIntPredicate::LLVMIntEQ | LLVMIntPredicate::LLVMIntNE
                    ) {
                        return None;
                    }
                    let sym = |k: u32| {
                        let v = LLVMGetOperand(i, k);
                        self.symbols.get(&v).or_else(|| known.get(&v)).copied()
                    };
                    (sym(0)?, sym(1)?, 64)
                } else {
                    (op(0)?, op(1)?, src_w())
                };
                let (ua, ub) = (unsigned(a, ow), unsigned(b, ow));
                let (sa, sb) = (norm(a, ow), norm(b, ow));
                use LLVMIntPredicate::*;
                i64::from(match LLVMGetICmpPredicate(i) {
                    LLVMIntEQ => ua == ub,
                    LLVMIntNE => ua != ub,
                    LLVMIntUGT => ua > ub,
                    LLVMIntUGE => ua >= ub,
                    LLVMIntULT => ua < ub,
                    LLVMIntULE => ua <= ub,
                    LLVMIntSGT => sa > sb,
                    LLVMIntSGE => sa >= sb,
                    LLVMIntSLT => sa < sb,
                    LLVMIntSLE => sa <= sb,
                })
            }
            _ => return None,
        };
        Some(norm(r, w))
    }

    /// Runs block `b` from `st`; records facts when `last`. Returns the successors the
    /// block may go to.
    unsafe fn transfer(
        &mut self,
        b: B,
        st: &mut State,
        known: &mut HashMap<V, i64>,
        last: bool,
    ) -> std::result::Result<Vec<B>, Decline> {
        for i in instructions(b) {
            if opcode(i) == LLVMOpcode::LLVMPHI {
                continue;
            }
            if let Some(r) = self.root_of(i) {
                if r < self.calls {
                    if let Some(Obj::Live(_)) = st.get(&r) {
                        return Err(
                            "a box is made again while the last one made here is still counted".into()
                        );
                    }
                    st.insert(r, Obj::Live(1));
                    continue;
                }
            }
            if let Some(&(class, r)) = self.classes.get(&i) {
                let live = match st.get(&r) {
                    Some(Obj::Live(c)) => Some(*c),
                    _ => None,
                };
                if let Some(&Obj::Escaped(at)) = st.get(&r) {
                    if class != Class::Derive {
                        if at.is_null() || !self.dominates(at, i) {
                            self.demote = Some(self.roots[r]);
                            return Err(format!(
                                "a box is used after it escaped on another path: {}",
                                print(i)
                            ));
                        }
                        if last {
                            self.rebinds.push((i, r, at));
                        }
                    }
                    // A real operation on the made box: its value is not known (an earlier
                    // visit with the box still virtual may have known it).
                    known.remove(&i);
                    continue;
                }
                let need = || {
                    live.ok_or_else(|| format!("a box is used after its release or unnamed: {}", print(i)))
                };
                match class {
                    Class::Derive => {}
                    Class::RcLoad => {
                        let c = need()?;
                        known.insert(i, c);
                        if last {
                            self.counts.insert(i, c);
                        }
                    }
                    Class::RcStore => {
                        need()?;
                        let v = self.value(LLVMGetOperand(i, 0), known).ok_or_else(|| {
                            format!("a box's count is stored from an unknown value: {}", print(i))
                        })?;
                        st.insert(r, Obj::Live(v));
                    }
                    Class::ConstLoad(k) => {
                        need()?;
                        known.insert(i, norm(k, int_width(i).unwrap_or(64)));
                    }
                    Class::SymbolLoad(k) => {
                        need()?;
                        if let Some(&id) = self.symbol_global(k).and_then(|g| self.symbols.get(&g)) {
                            known.insert(i, id);
                        }
                    }
                    Class::PayloadLoad => {
                        need()?;
                    }
                    Class::Release => {
                        if need()? != 0 {
                            return Err("a box is released while it is still counted".into());
                        }
                        st.insert(r, Obj::Gone);
                    }
                    Class::Tag => {
                        known.insert(i, 0);
                    }
                    Class::Null(ne) => {
                        known.insert(i, norm(i64::from(ne), int_width(i).unwrap_or(1)));
                    }
                    Class::Escape => {
                        // A released box's address is indeterminate (C11 6.2.4): what uses
                        // it gets null, and no box is made.
                        let c = match st.get(&r) {
                            Some(Obj::Live(c)) if *c < 1 => {
                                return Err("a box escapes with no references".into())
                            }
                            Some(Obj::Live(c)) => *c,
                            Some(Obj::Gone) => 0,
                            _ => {
                                return Err(format!(
                                    "a box escapes under a name a phi took over: {}",
                                    print(i)
                                ))
                            }
                        };
                        if last {
                            self.makes.push(Make { place: Place::Before(i), root: r, count: c });
                        }
                        if c > 0 {
                            st.insert(r, Obj::Escaped(i));
                        }
                    }
                }
                continue;
            }
            if let Some(v) = self.evaluate(i, known) {
                known.insert(i, v);
            } else {
                known.remove(&i);
            }
        }
        let term = LLVMGetBasicBlockTerminator(b);
        if term.is_null() {
            return Err("a block has no terminator".into());
        }
        let succ = successors(term);
        Ok(match opcode(term) {
            LLVMOpcode::LLVMBr if LLVMIsConditional(term) != 0 => {
                match self.value(LLVMGetCondition(term), known) {
                    Some(c) => vec![succ[if c & 1 != 0 { 0 } else { 1 }]],
                    None => succ,
                }
            }
            LLVMOpcode::LLVMSwitch => match self.value(LLVMGetOperand(term, 0), known) {
                Some(c) => {
                    let w = int_width(LLVMGetOperand(term, 0)).unwrap_or(64);
                    let hit = (1..succ.len()).find(|&k| {
                        const_int(LLVMGetOperand(term, 2 * k as u32)).map(|x| norm(x, w)) == Some(norm(c, w))
                    });
                    vec![succ[hit.unwrap_or(0)]]
                }
                None => succ,
            },
            LLVMOpcode::LLVMRet | LLVMOpcode::LLVMUnreachable => {
                if let Some((r, _)) = st.iter().find(|(_, o)| matches!(o, Obj::Live(_))) {
                    return Err(format!(
                        "box {} is still counted when the trace leaves",
                        print(self.roots[*r])
                    ));
                }
                succ
            }
            _ => succ,
        })
    }

    /// The state on entering `to` from `from`: phis of objects take their incoming
    /// object's state (the names move); an object reaching another phi escapes.
    unsafe fn edge(&mut self, from: B, to: B, st: &State, last: bool) -> std::result::Result<State, Decline> {
        let mut st = st.clone();
        let mut moves: Vec<(usize, usize)> = Vec::new();
        let mut escapes: Vec<usize> = Vec::new();
        for i in instructions(to) {
            if opcode(i) != LLVMOpcode::LLVMPHI {
                break;
            }
            let Some(k) = (0..LLVMCountIncoming(i)).find(|&k| LLVMGetIncomingBlock(i, k) == from) else {
                continue;
            };
            let v = LLVMGetIncomingValue(i, k);
            match (self.root_of(i), self.root_of(v)) {
                (Some(p), Some(r)) => moves.push((p, r)),
                (None, Some(r)) if !escapes.contains(&r) => escapes.push(r),
                _ => {}
            }
        }
        for &r in &escapes {
            if moves.iter().any(|&(_, m)| m == r) {
                return Err("a box both stays virtual and escapes on one edge".into());
            }
            let term = LLVMGetBasicBlockTerminator(from);
            let c = match st.get(&r) {
                Some(&Obj::Escaped(at)) => {
                    if at.is_null() || !self.dominates(at, term) {
                        self.demote = Some(self.roots[r]);
                        return Err("a box escapes again after it escaped on another path".into());
                    }
                    if last {
                        self.edge_rebinds.push((from, to, r, at));
                    }
                    continue;
                }
                Some(Obj::Live(c)) if *c < 1 => return Err("a box escapes with no references".into()),
                Some(Obj::Live(c)) => *c,
                Some(Obj::Gone) => 0,
                _ => return Err("a box escapes on an edge under a name a phi took over".into()),
            };
            if last {
                if self.split && LLVMGetNumSuccessors(LLVMGetBasicBlockTerminator(from)) != 1 {
                    return Err("a box escapes on a critical edge".into());
                }
                self.makes.push(Make { place: Place::Edge { from, to }, root: r, count: c });
            }
            if c > 0 {
                st.insert(r, Obj::Escaped(term));
            }
        }
        let mut sources: Vec<usize> = moves.iter().map(|m| m.1).collect();
        sources.sort_unstable();
        if sources.windows(2).any(|w| w[0] == w[1]) {
            return Err("one box flows into two phis on one edge".into());
        }
        let values: Vec<(usize, Option<Obj>)> =
            moves.iter().map(|&(p, r)| (p, st.get(&r).copied())).collect();
        for &(_, r) in &moves {
            st.insert(r, Obj::Moved);
        }
        for (p, o) in values {
            if let Some(Obj::Live(_)) = st.get(&p) {
                return Err("a phi's last box is still counted when the phi takes the next".into());
            }
            match o {
                Some(Obj::Escaped(_)) => return Err("a phi takes a box that escaped".into()),
                Some(Obj::Moved) => return Err("a phi takes a box another phi took".into()),
                Some(o) => {
                    st.insert(p, o);
                }
                None => return Err("a phi takes a box that is not made on this path".into()),
            }
        }
        Ok(st)
    }

    /// The state where paths meet. A box that is live on one path and made on another
    /// (a write-back before a call on a cold path that rejoins) is made on every path
    /// in: `marker` (the block's first instruction after its phis) names the phi of them.
    fn join(a: &State, b: &State, marker: V) -> std::result::Result<State, usize> {
        let available = |o: Option<&Obj>| match o {
            Some(Obj::Live(c)) => *c > 0,
            Some(Obj::Escaped(at)) => !at.is_null(),
            _ => false,
        };
        let mut out = State::new();
        for k in a.keys().chain(b.keys()) {
            match (a.get(k), b.get(k)) {
                (Some(x), Some(y)) if x == y => {
                    out.insert(*k, *x);
                }
                (x, y) if available(x) && available(y) && !marker.is_null() => {
                    out.insert(*k, Obj::Escaped(marker));
                }
                (Some(Obj::Live(_)), _) | (_, Some(Obj::Live(_))) => return Err(*k),
                (Some(Obj::Moved), _) | (_, Some(Obj::Moved)) => {
                    out.insert(*k, Obj::Moved);
                }
                (Some(Obj::Escaped(a)), Some(Obj::Escaped(b))) if a != b => {
                    out.insert(*k, Obj::Escaped(std::ptr::null_mut()));
                }
                (Some(Obj::Escaped(a)), _) | (_, Some(Obj::Escaped(a))) => {
                    // Made on one path, released or never made on the other: the made box
                    // is the name's value after the merge (a phi, when the block is not
                    // the one it was made for).
                    out.insert(*k, Obj::Escaped(if a.is_null() || marker.is_null() { *a } else { marker }));
                }
                (Some(Obj::Gone), _) | (_, Some(Obj::Gone)) => {
                    out.insert(*k, Obj::Gone);
                }
                _ => {}
            }
        }
        Ok(out)
    }

    /// The fixpoint over the CFG, then one last pass recording what to rewrite.
    unsafe fn interpret(&mut self) -> std::result::Result<(), Decline> {
        let n = self.cfg.len();
        self.entry = vec![None; n];
        self.entry[0] = Some(State::new());
        let mut work = std::collections::BTreeSet::from([0usize]);
        let mut visits = 0usize;
        let mut known = HashMap::new();
        while let Some(b) = work.pop_first() {
            visits += 1;
            if visits > 64 * n + 64 {
                return Err("the interpretation does not settle".into());
            }
            let mut st = self.entry[b].clone().unwrap_or_default();
            let block = self.cfg.block(b);
            for s in self.transfer(block, &mut st, &mut known, false)? {
                let es = self.edge(block, s, &st, false)?;
                let si = self.cfg.index(s);
                let new = match &self.entry[si] {
                    None => es,
                    Some(old) => Self::join(old, &es, first_after_phis(s)).map_err(|r| {
                        self.demote = Some(self.roots[r]);
                        format!(
                            "paths meet at `{}` with different counts of `{}` ({} and {})",
                            print(LLVMGetFirstInstruction(s)),
                            print(self.roots[r]),
                            describe(old.get(&r)),
                            describe(es.get(&r))
                        )
                    })?,
                };
                if self.entry[si].as_ref() != Some(&new) {
                    self.entry[si] = Some(new);
                    work.insert(si);
                }
            }
        }
        let mut edges: HashMap<(B, B), State> = HashMap::new();
        for b in 0..n {
            let Some(mut st) = self.entry[b].clone() else { continue };
            let block = self.cfg.block(b);
            for s in self.transfer(block, &mut st, &mut known, true)? {
                let es = self.edge(block, s, &st, true)?;
                edges.insert((block, s), es);
            }
        }
        self.plan_merges(&edges)?;
        // Every use of a made box names a box the rewrite makes (so it never looks one up
        // in vain once it has started changing the function).
        let made: std::collections::HashSet<(V, usize)> = self
            .makes
            .iter()
            .filter(|m| m.count > 0)
            .map(|m| (m.place.key(), m.root))
            .chain(self.merges.iter().map(|m| (m.marker, m.root)))
            .collect();
        let uses = self.rebinds.iter().map(|&(_, r, at)| (at, r));
        if uses.chain(self.edge_rebinds.iter().map(|&(_, _, r, at)| (at, r))).any(|k| !made.contains(&k)) {
            return Err("a use of a made box names no place it is made".into());
        }
        Ok(())
    }

    /// For every block where a box made on some paths meets it live on others: makes it
    /// on the edges it arrives live on, and says what the phi there takes from each.
    unsafe fn plan_merges(&mut self, edges: &HashMap<(B, B), State>) -> std::result::Result<(), Decline> {
        for b in 0..self.cfg.len() {
            let Some(entry) = self.entry[b].clone() else { continue };
            let block = self.cfg.block(b);
            let marker = first_after_phis(block);
            for (&r, &o) in &entry {
                if o != Obj::Escaped(marker) || marker.is_null() {
                    continue;
                }
                let mut incoming = Vec::new();
                for &p in self.cfg.preds(b) {
                    let from = self.cfg.block(p);
                    let term = LLVMGetBasicBlockTerminator(from);
                    // A phi takes one value per edge (a switch may have several to `block`).
                    let times = successors(term).iter().filter(|&&s| s == block).count().max(1);
                    let Some(es) = edges.get(&(from, block)) else {
                        // An edge the interpretation never takes.
                        incoming.extend(std::iter::repeat_n((from, std::ptr::null_mut()), times));
                        continue;
                    };
                    let source = match es.get(&r) {
                        Some(Obj::Live(c)) if *c > 0 && self.dominates(self.roots[r], term) => {
                            if self.split && LLVMGetNumSuccessors(term) != 1 {
                                self.demote = Some(self.roots[r]);
                                return Err("a box is made on a critical edge".into());
                            }
                            self.makes.push(Make {
                                place: Place::Edge { from, to: block },
                                root: r,
                                count: *c,
                            });
                            term
                        }
                        Some(Obj::Escaped(at))
                            if !at.is_null()
                                && (*at == marker || *at == term || self.dominates(*at, term)) =>
                        {
                            *at
                        }
                        // Released, or not made on this path: the program does not use the
                        // name after the merge on it (C11 6.2.4; SSA), so any value does.
                        None | Some(Obj::Gone) => std::ptr::null_mut(),
                        _ => {
                            self.demote = Some(self.roots[r]);
                            return Err(format!(
                                "a box is not made on every path into `{}` ({} on one)",
                                print(marker),
                                describe(es.get(&r))
                            ));
                        }
                    };
                    incoming.extend(std::iter::repeat_n((from, source), times));
                }
                self.merges.push(Merge { block, root: r, marker, incoming });
            }
        }
        Ok(())
    }

    /// Rewrites the function: returns (calls removed, calls placed).
    unsafe fn rewrite(self, fault_refcount: bool, fault_drop: bool) -> (usize, usize) {
        let ctx = LLVMGetTypeContext(LLVMTypeOf(self.f));
        let builder = LLVMCreateBuilderInContext(ctx);
        let callee = LLVMGetCalledValue(self.roots[0]);
        let fn_ty = LLVMGetCalledFunctionType(self.roots[0]);
        let root_ty = LLVMTypeOf(self.roots[0]);
        let i64t = LLVMInt64TypeInContext(ctx);
        let i8t = LLVMInt8TypeInContext(ctx);
        let ptr = LLVMPointerTypeInContext(ctx, 0);
        let dbl = LLVMDoubleTypeInContext(ctx);
        LLVMPositionBuilderBefore(builder, LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(self.f)));
        let scratch = LLVMBuildAlloca(builder, i64t, c"scratch".as_ptr());
        // Payloads: the constructor's argument, or a phi of the incoming objects' payloads.
        let mut payload: Vec<V> = self.roots[..self.calls].iter().map(|&c| LLVMGetOperand(c, 1)).collect();
        for &p in &self.roots[self.calls..] {
            LLVMPositionBuilderBefore(builder, p);
            payload.push(LLVMBuildPhi(builder, dbl, c"payload".as_ptr()));
        }
        for (k, &p) in self.roots[self.calls..].iter().enumerate() {
            let phi = payload[self.calls + k];
            for i in 0..LLVMCountIncoming(p) {
                let mut v = [payload[self.root_index[&LLVMGetIncomingValue(p, i)]]];
                let mut b = [LLVMGetIncomingBlock(p, i)];
                LLVMAddIncoming(phi, v.as_mut_ptr(), b.as_mut_ptr(), 1);
            }
        }
        let (callee, fn_ty) = if self.spec.trap_on_failure {
            (self.trapping_constructor(callee, fn_ty), fn_ty)
        } else {
            (callee, fn_ty)
        };
        let count_ty = LLVMIntTypeInContext(ctx, self.spec.refcount_bits);
        let make = |at: V, m: &Make| -> V {
            if m.count == 0 || fault_drop {
                return LLVMConstNull(root_ty);
            }
            LLVMPositionBuilderBefore(builder, at);
            let mut args = [self.state_arg, payload[m.root]];
            let obj = LLVMBuildCall2(builder, fn_ty, callee, args.as_mut_ptr(), 2, c"made".as_ptr());
            let count = m.count + i64::from(fault_refcount);
            if count != 1 {
                let p = if LLVMGetTypeKind(root_ty) == LLVMTypeKind::LLVMPointerTypeKind {
                    obj
                } else {
                    LLVMBuildIntToPtr(builder, obj, ptr, c"".as_ptr())
                };
                let mut idx = [LLVMConstInt(i64t, self.spec.refcount, 0)];
                let field = LLVMBuildGEP2(builder, i8t, p, idx.as_mut_ptr(), 1, c"".as_ptr());
                // A box the constructor could not make (a value below the alignment, the
                // VM's error set) takes its count in a scratch slot instead.
                let failed = self.failed(builder, obj);
                let to = LLVMBuildSelect(builder, failed, scratch, field, c"".as_ptr());
                LLVMBuildStore(builder, LLVMConstInt(count_ty, count as u64, 1), to);
            }
            obj
        };
        let mut made = 0;
        // Each made box, by where it was made (the escaping instruction, or the source
        // block's terminator for an edge) and object.
        let mut boxes: HashMap<(V, usize), V> = HashMap::new();
        for m in &self.makes {
            let at = m.place.key();
            let obj = make(at, m);
            boxes.insert((at, m.root), obj);
            match m.place {
                Place::Edge { from, to } => self.substitute_incoming(from, to, m.root, obj),
                Place::Before(i) => self.substitute(builder, i, m.root, obj),
            }
            made += usize::from(m.count > 0);
        }
        // Where a box made on some paths meets it live on others: the phi of the boxes.
        let mut phis = Vec::new();
        for m in &self.merges {
            LLVMPositionBuilderBefore(builder, LLVMGetFirstInstruction(m.block));
            let phi = LLVMBuildPhi(builder, root_ty, c"merged".as_ptr());
            boxes.insert((m.marker, m.root), phi);
            phis.push(phi);
        }
        for (m, &phi) in self.merges.iter().zip(&phis) {
            for &(from, source) in &m.incoming {
                let made = if source.is_null() { None } else { boxes.get(&(source, m.root)).copied() };
                let mut v = [made.unwrap_or_else(|| LLVMGetPoison(root_ty))];
                let mut b = [from];
                LLVMAddIncoming(phi, v.as_mut_ptr(), b.as_mut_ptr(), 1);
            }
        }
        // Uses after an escape use the made box.
        let mut rebound = std::collections::HashSet::new();
        for &(i, r, at) in &self.rebinds {
            self.substitute(builder, i, r, boxes[&(at, r)]);
            rebound.insert(i);
        }
        for &(from, to, r, at) in &self.edge_rebinds {
            self.substitute_incoming(from, to, r, boxes[&(at, r)]);
        }
        // Every other use of an object: constants, payloads, nothing; escapes the
        // interpretation never reached take poison (their blocks fold away).
        let reached: std::collections::HashSet<V> = self
            .makes
            .iter()
            .filter_map(|m| match m.place {
                Place::Before(i) => Some(i),
                Place::Edge { .. } => None,
            })
            .collect();
        let mut dead: Vec<V> = Vec::new();
        let mut classified: Vec<(V, Class, usize)> =
            self.classes.iter().map(|(&i, &(c, r))| (i, c, r)).collect();
        classified.sort_by_key(|&(i, _, _)| i as usize);
        for (i, class, r) in classified {
            if rebound.contains(&i) {
                continue;
            }
            let ty = LLVMTypeOf(i);
            let with = |v: V| {
                LLVMReplaceAllUsesWith(i, v);
            };
            match class {
                Class::Derive => continue,
                Class::RcLoad => with(match self.counts.get(&i) {
                    Some(&c) => LLVMConstInt(ty, c as u64, 1),
                    None => LLVMGetPoison(ty),
                }),
                Class::ConstLoad(k) => with(LLVMConstInt(ty, k as u64, 1)),
                Class::SymbolLoad(k) => match self.symbol_global(k) {
                    Some(g) => with(g),
                    None => continue,
                },
                Class::PayloadLoad => with(payload[r]),
                Class::Tag => with(LLVMConstInt(ty, 0, 0)),
                Class::Null(ne) => with(LLVMConstInt(ty, u64::from(ne), 0)),
                Class::RcStore | Class::Release => {}
                Class::Escape => {
                    if !reached.contains(&i) {
                        for j in 0..LLVMGetNumOperands(i).max(0) as u32 {
                            let op = LLVMGetOperand(i, j);
                            if self.derived.get(&op).is_some_and(|d| d.root == r) {
                                LLVMSetOperand(i, j, LLVMGetPoison(LLVMTypeOf(op)));
                            }
                        }
                    }
                    continue;
                }
            }
            dead.push(i);
        }
        for &i in &dead {
            LLVMInstructionEraseFromParent(i);
        }
        let mut gone: Vec<V> = self.derived.keys().copied().collect();
        gone.sort_by_key(|&v| v as usize);
        for &v in &gone {
            LLVMReplaceAllUsesWith(v, LLVMGetPoison(LLVMTypeOf(v)));
        }
        for &v in &gone {
            LLVMInstructionEraseFromParent(v);
        }
        LLVMDisposeBuilder(builder);
        (self.calls, made)
    }

    /// Whether the constructor's `obj` is a failure: a value below the alignment.
    unsafe fn failed(&self, builder: LLVMBuilderRef, obj: V) -> V {
        let ctx = LLVMGetTypeContext(LLVMTypeOf(obj));
        let i64t = LLVMInt64TypeInContext(ctx);
        let bits = if LLVMGetTypeKind(LLVMTypeOf(obj)) == LLVMTypeKind::LLVMPointerTypeKind {
            LLVMBuildPtrToInt(builder, obj, i64t, c"".as_ptr())
        } else {
            LLVMBuildZExtOrBitCast(builder, obj, i64t, c"".as_ptr())
        };
        let align = LLVMConstInt(i64t, self.spec.align, 0);
        LLVMBuildICmp(builder, LLVMIntPredicate::LLVMIntULT, bits, align, c"failed".as_ptr())
    }

    /// A function that calls the constructor and stops the process (`llvm.trap`) when it
    /// fails: what a box made on the way out is made with under `trap_on_failure`.
    unsafe fn trapping_constructor(&self, callee: V, fn_ty: LLVMTypeRef) -> V {
        let module = LLVMGetGlobalParent(self.f);
        let name = std::ffi::CString::new(format!("tf.sink.make.{}", self.spec.constructor))
            .unwrap_or_else(|_| c"tf.sink.make".to_owned());
        let existing = LLVMGetNamedFunction(module, name.as_ptr());
        if !existing.is_null() {
            return existing;
        }
        let ctx = LLVMGetModuleContext(module);
        let f = LLVMAddFunction(module, name.as_ptr(), fn_ty);
        LLVMSetLinkage(f, llvm_sys::LLVMLinkage::LLVMInternalLinkage);
        let kind = |n: &str| LLVMGetEnumAttributeKindForName(n.as_ptr().cast(), n.len());
        LLVMAddAttributeAtIndex(
            f,
            llvm_sys::LLVMAttributeFunctionIndex,
            LLVMCreateEnumAttribute(ctx, kind("alwaysinline"), 0),
        );
        let entry = LLVMAppendBasicBlockInContext(ctx, f, c"entry".as_ptr());
        let fail = LLVMAppendBasicBlockInContext(ctx, f, c"fail".as_ptr());
        let ok = LLVMAppendBasicBlockInContext(ctx, f, c"ok".as_ptr());
        let b = LLVMCreateBuilderInContext(ctx);
        LLVMPositionBuilderAtEnd(b, entry);
        let mut args = [LLVMGetParam(f, 0), LLVMGetParam(f, 1)];
        let obj = LLVMBuildCall2(b, fn_ty, callee, args.as_mut_ptr(), 2, c"obj".as_ptr());
        let failed = self.failed(b, obj);
        LLVMBuildCondBr(b, failed, fail, ok);
        LLVMPositionBuilderAtEnd(b, fail);
        let void = LLVMVoidTypeInContext(ctx);
        let trap_ty = LLVMFunctionType(void, std::ptr::null_mut(), 0, 0);
        let mut trap = LLVMGetNamedFunction(module, c"llvm.trap".as_ptr());
        if trap.is_null() {
            trap = LLVMAddFunction(module, c"llvm.trap".as_ptr(), trap_ty);
        }
        LLVMBuildCall2(b, trap_ty, trap, std::ptr::null_mut(), 0, c"".as_ptr());
        LLVMBuildUnreachable(b);
        LLVMPositionBuilderAtEnd(b, ok);
        LLVMBuildRet(b, obj);
        LLVMDisposeBuilder(b);
        f
    }

    /// Makes `i` use `obj` wherever it uses object `r` or an address in it.
    unsafe fn substitute(&self, builder: LLVMBuilderRef, i: V, r: usize, obj: V) {
        for j in 0..LLVMGetNumOperands(i).max(0) as u32 {
            if let Some(d) = self.derived.get(&LLVMGetOperand(i, j)).copied() {
                if d.root == r {
                    let want = LLVMTypeOf(LLVMGetOperand(i, j));
                    LLVMSetOperand(i, j, self.rebuild(builder, obj, d, i, want));
                }
            }
        }
    }

    /// Makes the phis of `to` (not phis of objects) that take object `r` from `from` take
    /// `obj`.
    unsafe fn substitute_incoming(&self, from: B, to: B, r: usize, obj: V) {
        for i in instructions(to) {
            if opcode(i) != LLVMOpcode::LLVMPHI {
                break;
            }
            if self.root_of(i).is_some() {
                continue;
            }
            for k in 0..LLVMCountIncoming(i) {
                if LLVMGetIncomingBlock(i, k) == from && self.root_of(LLVMGetIncomingValue(i, k)) == Some(r) {
                    LLVMSetOperand(i, k, obj);
                }
            }
        }
    }

    /// `obj` (a made box) as the derived value `d` of type `want`, built before `at`.
    unsafe fn rebuild(&self, builder: LLVMBuilderRef, obj: V, d: Derived, at: V, want: LLVMTypeRef) -> V {
        LLVMPositionBuilderBefore(builder, at);
        let ctx = LLVMGetTypeContext(LLVMTypeOf(obj));
        let int_root = LLVMGetTypeKind(LLVMTypeOf(obj)) == LLVMTypeKind::LLVMIntegerTypeKind;
        if !d.ptr {
            return if int_root || LLVMGetTypeKind(want) != LLVMTypeKind::LLVMIntegerTypeKind {
                obj
            } else {
                LLVMBuildPtrToInt(builder, obj, want, c"".as_ptr())
            };
        }
        let p = if int_root {
            LLVMBuildIntToPtr(builder, obj, LLVMPointerTypeInContext(ctx, 0), c"".as_ptr())
        } else {
            obj
        };
        if d.offset == 0 {
            return p;
        }
        let mut idx = [LLVMConstInt(LLVMInt64TypeInContext(ctx), d.offset as u64, 1)];
        LLVMBuildGEP2(builder, LLVMInt8TypeInContext(ctx), p, idx.as_mut_ptr(), 1, c"".as_ptr())
    }
}

/// The first instruction of `b` after its phis (null for a block of phis only).
unsafe fn first_after_phis(b: B) -> V {
    let mut i = LLVMGetFirstInstruction(b);
    while !i.is_null() && opcode(i) == LLVMOpcode::LLVMPHI {
        i = LLVMGetNextInstruction(i);
    }
    i
}

/// An object's state in a message.
unsafe fn describe(o: Option<&Obj>) -> String {
    match o {
        None => "not made".into(),
        Some(Obj::Live(c)) => format!("{c} references"),
        Some(Obj::Gone) => "released".into(),
        Some(Obj::Moved) => "taken over by a phi".into(),
        Some(Obj::Escaped(at)) if at.is_null() => "made on other paths".into(),
        Some(Obj::Escaped(at)) => format!("made before `{}`", print(*at)),
    }
}

unsafe fn print(v: V) -> String {
    let s = LLVMPrintValueToString(v);
    let out = CStr::from_ptr(s).to_string_lossy().trim().to_string();
    LLVMDisposeMessage(s);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::definitions::SinkConstant;
    use inkwell::context::Context;
    use inkwell::memory_buffer::MemoryBuffer;

    const DECLS: &str = "declare i64 @new(ptr, double)\ndeclare void @rel(ptr)\ndeclare void @use(i64)\n";

    fn spec() -> Sink {
        Sink {
            specs: vec![SinkSpec {
                constructor: "new".into(),
                release: "rel".into(),
                refcount: 0,
                refcount_bits: 64,
                payload: 48,
                constants: vec![SinkConstant { offset: 8, bits: 32, value: 2, symbol: None }],
                align: 8,
                trap_on_failure: false,
            }],
            fault_refcount: false,
            fault_drop: false,
        }
    }

    /// Runs the pass over `body` (after the declarations); the report and the module's text.
    fn sink(body: &str) -> (SinkReport, String) {
        let ctx = Context::create();
        let text = format!("{DECLS}{body}");
        let buf = MemoryBuffer::create_from_memory_range_copy(text.as_bytes(), "test");
        let module = ctx.create_module_from_ir(buf).expect("the test IR parses");
        let machine =
            crate::target::Target::by_triple("x86_64-unknown-linux-gnu").unwrap().machine().unwrap();
        let report = sink_allocations(&module, &machine, &spec()).unwrap();
        module.verify().expect("the rewritten module verifies");
        (report, module.print_to_string().to_string())
    }

    /// A VM shaped like CPython: a 32-bit count at 0, the type's address at 8, the
    /// payload at 16, references tagged in bit 0, 1 as the null reference, and a
    /// constructor and release the module defines (kept out of line until the pass ran).
    fn cpython_like() -> Sink {
        Sink {
            specs: vec![SinkSpec {
                constructor: "box_new".into(),
                release: "box_release".into(),
                refcount: 0,
                refcount_bits: 32,
                payload: 16,
                constants: vec![SinkConstant {
                    offset: 8,
                    bits: 64,
                    value: 0,
                    symbol: Some("FloatType".into()),
                }],
                align: 8,
                trap_on_failure: true,
            }],
            fault_refcount: false,
            fault_drop: false,
        }
    }

    /// The runtime of [`cpython_like`] and a driver: `@trace(state, x, cold)` makes two
    /// boxes; the first is consumed inside (its count drops to 0, a type test picks the
    /// release), the second is written to `@frame` on a cold path that rejoins (before
    /// `@observe`, which reads the frame) and again on the way out. `main` prints the
    /// results, what the frame holds (payload and count) and what `@observe` saw.
    const CPYTHON_LIKE: &str = r#"
@FloatType = global i64 0
@IntType = global i64 0
@frame = global i64 1
@allocs = global i64 0
@fmt = private constant [24 x i8] c"%g %g %d %g %d %d %lld\0A\00"
@seen = global double 0.0
declare i32 @printf(ptr, ...)
declare ptr @malloc(i64)

define i64 @box_new(ptr %state, double %v) noinline {
  %o = call ptr @malloc(i64 24)
  store i64 1, ptr %o
  %t = getelementptr i8, ptr %o, i64 8
  store ptr @FloatType, ptr %t
  %p = getelementptr i8, ptr %o, i64 16
  store double %v, ptr %p
  %n = load i64, ptr @allocs
  %n1 = add i64 %n, 1
  store i64 %n1, ptr @allocs
  %b = ptrtoint ptr %o to i64
  ret i64 %b
}

define void @box_release(ptr %o, ptr %state) noinline {
  store i32 -7, ptr %o
  ret void
}

define void @observe() noinline {
  %b = load i64, ptr @frame
  %m = and i64 %b, -2
  %o = inttoptr i64 %m to ptr
  %p = getelementptr i8, ptr %o, i64 16
  %v = load double, ptr %p
  store double %v, ptr @seen
  ret void
}

define double @trace(ptr %state, double %x, i1 %cold) {
entry:
  %a = call i64 @box_new(ptr %state, double %x)
  %anull = icmp eq i64 %a, 1
  br i1 %anull, label %error, label %made
made:
  %am = and i64 %a, -2
  %ao = inttoptr i64 %am to ptr
  %ap = getelementptr i8, ptr %ao, i64 16
  %av = load double, ptr %ap
  %bv = fmul double %av, 3.0
  ; close %a: a reference that owns a count drops it; at 0 the type picks the release
  %tag = and i64 %a, 1
  %owns = icmp eq i64 %tag, 0
  br i1 %owns, label %dec, label %closed
dec:
  %rc = load i32, ptr %ao
  %rc1 = add i32 %rc, -1
  store i32 %rc1, ptr %ao
  %zero = icmp eq i32 %rc1, 0
  br i1 %zero, label %dealloc, label %closed
dealloc:
  %tp = getelementptr i8, ptr %ao, i64 8
  %ty = load ptr, ptr %tp
  %isint = icmp eq ptr %ty, @IntType
  br i1 %isint, label %closed, label %isfloat
isfloat:
  %isf = icmp eq ptr %ty, @FloatType
  br i1 %isf, label %release, label %closed
release:
  call void @box_release(ptr %ao, ptr %state)
  br label %closed
closed:
  %b = call i64 @box_new(ptr %state, double %bv)
  %bnull = icmp eq i64 %b, 1
  br i1 %bnull, label %error, label %made2
made2:
  br i1 %cold, label %writeback, label %join
writeback:
  store i64 %b, ptr @frame
  call void @observe()
  br label %join
join:
  %bm = and i64 %b, -2
  %bo = inttoptr i64 %bm to ptr
  %bp = getelementptr i8, ptr %bo, i64 16
  %r = load double, ptr %bp
  store i64 %b, ptr @frame
  ret double %r
error:
  ret double -1.0
}

define i32 @main() {
  %r0 = call double @trace(ptr null, double 1.5, i1 false)
  %f0 = load i64, ptr @frame
  %r1 = call double @trace(ptr null, double 2.5, i1 true)
  %f1 = load i64, ptr @frame
  %isnull = icmp ult i64 %f1, 8
  %safe = select i1 %isnull, i64 ptrtoint (ptr @frame to i64), i64 %f1
  %o = inttoptr i64 %safe to ptr
  %p = getelementptr i8, ptr %o, i64 16
  %v = load double, ptr %p
  %c = load i32, ptr %o
  %cz = zext i1 %isnull to i32
  %seen = load double, ptr @seen
  %n = load i64, ptr @allocs
  %same = icmp eq i64 %f0, %f1
  %samez = zext i1 %same to i32
  call i32 (ptr, ...) @printf(ptr @fmt, double %r0, double %r1, i32 %cz, double %v, i32 %c, i32 %samez, i64 %n)
  %sd = fptosi double %seen to i32
  ret i32 %sd
}
"#;

    use crate::lli::run;

    /// [`CPYTHON_LIKE`] after the pass with `sink` (its critical edges split as the
    /// pipeline leaves them), and the report.
    fn sunk_cpython_like(sink: &Sink) -> (SinkReport, String) {
        let ctx = Context::create();
        let buf = MemoryBuffer::create_from_memory_range_copy(CPYTHON_LIKE.as_bytes(), "test");
        let module = ctx.create_module_from_ir(buf).expect("the test IR parses");
        let machine =
            crate::target::Target::by_triple("x86_64-unknown-linux-gnu").unwrap().machine().unwrap();
        let report = sink_allocations(&module, &machine, sink).unwrap();
        module.verify().expect("the rewritten module verifies");
        (report, module.print_to_string().to_string())
    }

    #[test]
    fn a_cpython_shaped_box_is_sunk_and_made_where_a_cold_path_rejoins() {
        let (before, status) = run(CPYTHON_LIKE);
        // The traces return 4.5 and 7.5; the frame holds the second box (7.5, count 1);
        // @observe saw it (7); four boxes were made.
        assert_eq!((before.as_str(), status), ("4.5 7.5 0 7.5 1 0 4\n", 7), "{before}");
        let (report, ir) = sunk_cpython_like(&cpython_like());
        assert!(report.declined.is_empty() && report.kept.is_empty(), "{report:?}\n{ir}");
        // Both boxes are virtual: the first never exists, the second is made where it
        // escapes (on the cold path, and on the edge where the hot path meets it).
        assert_eq!((report.sunk, report.materialized), (2, 2), "{report:?}\n{ir}");
        assert!(ir.contains("%merged = phi i64"), "{ir}");
        assert!(ir.contains("@tf.sink.make.box_new"), "{ir}");
        let (after, status) = run(&ir);
        // The same results and frame; two boxes made instead of four.
        assert_eq!((after.as_str(), status), ("4.5 7.5 0 7.5 1 0 2\n", 7), "{after}\n{ir}");
    }

    #[test]
    fn a_dropped_materialization_changes_what_the_frame_holds() {
        let (_, ir) = sunk_cpython_like(&Sink { fault_drop: true, ..cpython_like() });
        let (after, status) = run(&ir);
        assert_ne!((after.as_str(), status), ("4.5 7.5 0 7.5 1 0 2\n", 7), "the fault went unseen:\n{ir}");
    }

    fn calls(ir: &str, f: &str) -> usize {
        ir.lines()
            .filter(|l| l.contains(&format!("call i64 @{f}(")) || l.contains(&format!("call void @{f}(")))
            .count()
    }

    #[test]
    fn a_box_released_where_it_is_made_is_never_made() {
        let (report, ir) = sink(
            "define i64 @f(ptr %t, double %x) {
entry:
  %b = call i64 @new(ptr %t, double %x)
  %p = inttoptr i64 %b to ptr
  %k = getelementptr i8, ptr %p, i64 8
  %kind = load i32, ptr %k
  %v = getelementptr i8, ptr %p, i64 48
  %pay = load double, ptr %v
  %rc = load i64, ptr %p
  %rc1 = add i64 %rc, -1
  store i64 %rc1, ptr %p
  %z = icmp eq i64 %rc1, 0
  br i1 %z, label %free, label %done
free:
  call void @rel(ptr %p)
  br label %done
done:
  %r = fptosi double %pay to i64
  %kk = zext i32 %kind to i64
  %s = add i64 %r, %kk
  ret i64 %s
}",
        );
        assert_eq!((report.sunk, report.materialized), (1, 0), "{report:?}");
        assert_eq!((calls(&ir, "new"), calls(&ir, "rel")), (0, 0), "{ir}");
        // The kind load is the constant and the payload the argument.
        assert!(ir.contains("fptosi double %x to i64") && ir.contains("zext i32 2 to i64"), "{ir}");
    }

    #[test]
    fn an_escaping_box_is_made_where_it_escapes_with_its_count() {
        let (report, ir) = sink(
            "define void @f(ptr %t, double %x, ptr %slot) {
entry:
  %b = call i64 @new(ptr %t, double %x)
  %p = inttoptr i64 %b to ptr
  %rc = load i64, ptr %p
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p
  call void @use(i64 0)
  store i64 %b, ptr %slot
  ret void
}",
        );
        assert_eq!((report.sunk, report.materialized), (1, 1), "{report:?}");
        // Made after the unrelated call, right before the store, with two references.
        let made = ir.find("call i64 @new").unwrap();
        assert!(ir.find("call void @use").unwrap() < made, "{ir}");
        assert!(
            ir[made..].contains("store i64 2, ptr") && ir[made..].contains("store i64 %made, ptr %slot"),
            "{ir}"
        );
    }

    #[test]
    fn a_box_carried_by_a_loop_is_made_only_on_the_way_out() {
        let (report, ir) = sink(
            "define void @f(ptr %t, double %x, i64 %n) {
entry:
  %b0 = call i64 @new(ptr %t, double %x)
  br label %head
head:
  %i = phi i64 [ 0, %entry ], [ %i1, %next ]
  %acc = phi i64 [ %b0, %entry ], [ %b1, %next ]
  %c = icmp slt i64 %i, %n
  br i1 %c, label %body, label %out
body:
  %p = inttoptr i64 %acc to ptr
  %vp = getelementptr i8, ptr %p, i64 48
  %v = load double, ptr %vp
  %v1 = fadd double %v, 1.0
  %b1 = call i64 @new(ptr %t, double %v1)
  %rc = load i64, ptr %p
  %rc1 = add i64 %rc, -1
  store i64 %rc1, ptr %p
  %z = icmp eq i64 %rc1, 0
  br i1 %z, label %rel, label %next
rel:
  call void @rel(ptr %p)
  br label %next
next:
  %i1 = add i64 %i, 1
  br label %head
out:
  call void @use(i64 %acc)
  ret void
}",
        );
        assert_eq!((report.sunk, report.materialized), (2, 1), "{report:?}");
        assert_eq!((calls(&ir, "new"), calls(&ir, "rel")), (1, 0), "{ir}");
        let out = ir.find("\nout:").unwrap();
        assert!(ir[out..].contains("call i64 @new(ptr %t, double %payload)"), "{ir}");
        assert!(ir.contains("%payload = phi double [ %x, %entry ], [ %v1, %next ]"), "{ir}");
    }

    #[test]
    fn what_the_pass_cannot_know_leaves_the_function_alone() {
        // A count stored from an unknown value; a release while the box is counted.
        let unknown = "define void @f(ptr %t, double %x, i64 %u) {
entry:
  %b = call i64 @new(ptr %t, double %x)
  %p = inttoptr i64 %b to ptr
  store i64 %u, ptr %p
  call void @rel(ptr %p)
  ret void
}";
        let early = "define void @f(ptr %t, double %x) {
entry:
  %b = call i64 @new(ptr %t, double %x)
  %p = inttoptr i64 %b to ptr
  call void @rel(ptr %p)
  ret void
}";
        for (body, why) in [(unknown, "unknown value"), (early, "still counted")] {
            let (report, ir) = sink(body);
            assert_eq!(report.sunk, 0, "{ir}");
            assert!(report.declined.iter().any(|d| d.contains(why)), "{report:?}");
            assert_eq!(calls(&ir, "new"), 1, "{ir}");
        }
    }

    #[test]
    fn a_name_a_phi_took_over_is_not_a_released_box() {
        // On path A the phi takes `%r` over; on path B `%r` is released. A use of `%r`
        // after the merge is the live box on path A: the pass must not make it null.
        let (report, ir) = sink(
            "declare i1 @cond()
define void @f(ptr %t, double %x, double %y) {
entry:
  %r = call i64 @new(ptr %t, double %x)
  %c = call i1 @cond()
  br i1 %c, label %A, label %B
A:
  br label %M
B:
  %rp = inttoptr i64 %r to ptr
  %rc = load i64, ptr %rp
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %rp
  %z = icmp eq i64 %rc1, 0
  br i1 %z, label %B2, label %B3
B2:
  call void @rel(ptr %rp)
  br label %B3
B3:
  %r2 = call i64 @new(ptr %t, double %y)
  br label %M
M:
  %m = phi i64 [ %r, %A ], [ %r2, %B3 ]
  call void @use(i64 %r)
  call void @use(i64 %m)
  ret void
}",
        );
        assert_eq!(report.sunk, 0, "{ir}");
        assert!(!ir.contains("call void @use(i64 0)"), "{ir}");
    }

    #[test]
    fn a_sign_extended_null_test_is_minus_one() {
        // `sext (icmp ne %box, 0)` is -1, so the branch goes to %esc, where the box
        // escapes and is made; %rel never runs.
        let (report, ir) = sink(
            "define void @f(ptr %t, double %x) {
entry:
  %r = call i64 @new(ptr %t, double %x)
  %nn = icmp ne i64 %r, 0
  %s = sext i1 %nn to i64
  %k = icmp eq i64 %s, 1
  br i1 %k, label %rel, label %esc
rel:
  %rp = inttoptr i64 %r to ptr
  store i64 0, ptr %rp
  call void @rel(ptr %rp)
  ret void
esc:
  call void @use(i64 %r)
  ret void
}",
        );
        assert_eq!((report.sunk, report.materialized), (1, 1), "{report:?}");
        assert!(ir.contains("call void @use(i64 %made)") && !ir.contains("poison"), "{ir}");
    }
}
