//! Stage 5d — call-written memory: memory a library declares that only the runtime
//! functions its bodies call ever write (`TF_CALL_WRITTEN` in `llvm/tracefuse.h`; CPython's
//! executor validity byte, which `_CHECK_VALIDITY` reads after every bytecode) is read in a
//! fused trace once on entry and again after each call, and nowhere else.
//!
//! Runs on the optimized module of a fused trace (bodies inlined), on `_JIT_ENTRY`, after
//! the frame slots, allocation sinking and release elimination (which may remove calls).
//! Loads of a declared range (a hole or global symbol plus a constant
//! offset, the whole access inside the range, plain) read a private copy instead: an
//! `alloca` filled from the range at entry and after every call that may run the runtime
//! (any call but LLVM's intrinsics, the holes' harmless `asm`, the *quiet* calls the
//! declaration lists — allocation, say — and calls of the module's own functions that call
//! nothing else), which SROA turns into
//! SSA values with phis where paths with and without a call meet. So a read after inline
//! stores is the value read before them — LLVM cannot see that itself: the bodies' char and
//! union stores may alias anything — and a loop that calls nothing on its hot path reads
//! the range once per entry, while every read after a call (the eval breaker's, a
//! deallocation, a cold allocation) still sees what the call left. GVN and EarlyCSE then
//! fold the repeated tests of one value.
//!
//! It declines (changes nothing) when a store, atomic or memory intrinsic writes into a
//! declared range at a constant address: the contract does not hold. The declarations
//! reach this stage from the bodies' bitcode: the IR stage reads them
//! ([`take_declarations`]), deletes them and, for a fused plan, keeps them as named
//! metadata of the module.

use crate::error::{Error, Result};
use crate::irwalk::{
    called_name, const_int, functions, gep_offset, harmless_asm, instructions, name_of, opcode,
};
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::TargetMachine;
use llvm_sys::core::*;
use llvm_sys::prelude::*;
use llvm_sys::target::*;
use llvm_sys::{LLVMAtomicOrdering, LLVMOpcode};

type V = LLVMValueRef;

/// The named metadata a fused plan's module carries the declarations in.
const METADATA: &str = "tf.call_written";
/// The prefixes of the two globals `TF_CALL_WRITTEN` defines (the range's offset and size;
/// the quiet calls); the symbol's name follows.
const RANGE: &str = "tf_call_written_";
const QUIET: &str = "tf_call_quiet_";

/// One declared range: `size` bytes at `offset` in the object at symbol `symbol`, which
/// the functions named in `quiet` never write either.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CallWrittenRange {
    pub symbol: String,
    pub offset: i64,
    pub size: i64,
    pub quiet: Vec<String>,
}

impl CallWrittenRange {
    /// Whether `len` bytes at `off` in `symbol` lie inside the range.
    fn holds(&self, symbol: &str, off: i64, len: i64) -> bool {
        symbol == self.symbol && off >= self.offset && off.saturating_add(len) <= self.offset + self.size
    }

    /// Whether `len` bytes at `off` in `symbol` share a byte with the range.
    fn touches(&self, symbol: &str, off: i64, len: i64) -> bool {
        symbol == self.symbol && off < self.offset + self.size && off.saturating_add(len) > self.offset
    }

    fn to_text(&self) -> String {
        format!("{} {} {} {}", self.symbol, self.offset, self.size, self.quiet.join(" "))
    }

    fn from_text(text: &str) -> Option<CallWrittenRange> {
        let mut w = text.split_whitespace();
        Some(CallWrittenRange {
            symbol: w.next()?.to_string(),
            offset: w.next()?.parse().ok()?,
            size: w.next()?.parse().ok()?,
            quiet: w.map(str::to_string).collect(),
        })
    }
}

/// Stage 5d for one plan: done when the module's bodies declare ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallWritten;

/// What the stage did to one fused trace.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallWrittenReport {
    /// Loads of a declared range that now read the copy.
    pub reads: usize,
    /// Places the copy is filled again (after calls).
    pub reloads: usize,
    /// Why nothing was done, when inline code writes a declared range.
    pub declined: Option<String>,
}

/// Reads the `TF_CALL_WRITTEN` declarations the linked bodies of `module` carry (one copy
/// per body), deletes them, and when `keep` records them as the module's named metadata
/// for [`forward_reads`]. Empty: the library declares none.
pub fn take_declarations(module: &Module, keep: bool) -> Result<Vec<CallWrittenRange>> {
    // SAFETY: walks and edits the globals of a live module; every value read is checked
    // for its kind first.
    unsafe {
        let m = module.as_mut_ptr();
        // Per symbol, every copy's (offset, size) and quiet calls.
        let mut numbers: std::collections::BTreeMap<String, Vec<(i64, i64)>> = Default::default();
        let mut names: std::collections::BTreeMap<String, Vec<Vec<String>>> = Default::default();
        let mut doomed = Vec::new();
        let mut g = LLVMGetFirstGlobal(m);
        while !g.is_null() {
            let name = name_of(g);
            // Linking bodies renames the copies `NAME.1`, `NAME.2`, ...
            let base = name.split('.').next().unwrap_or_default();
            let bad = |what: &str| {
                Error::new(format!("`{name}`: {what}")).help(
                    "declare memory only calls write with TF_CALL_WRITTEN(SYMBOL, OFFSET, SIZE, \"quiet calls\") (llvm/tracefuse.h)",
                )
            };
            let (range, quiet) = (base.strip_prefix(RANGE), base.strip_prefix(QUIET));
            if range.is_some() || quiet.is_some() {
                let init = LLVMGetInitializer(g);
                // An empty string of quiet calls is all zeros.
                let zeros =
                    quiet.is_some() && !init.is_null() && !LLVMIsAConstantAggregateZero(init).is_null();
                if !zeros && (init.is_null() || LLVMIsAConstantDataSequential(init).is_null()) {
                    return Err(bad("not a constant array"));
                }
                if users_are_code(g) {
                    return Err(bad("used by code (TF_CALL_WRITTEN declares data for tracefuse)"));
                }
                doomed.push(g);
            }
            if let Some(symbol) = range {
                let n = LLVMGetArrayLength2(LLVMTypeOf(init_of(g))) as u32;
                let values = (0..n)
                    .map(|i| const_int(LLVMGetAggregateElement(init_of(g), i)))
                    .collect::<Option<Vec<i64>>>()
                    .ok_or_else(|| bad("a value is not an integer"))?;
                let [offset, size] = values[..] else { return Err(bad("not an offset and a size")) };
                if offset < 0 || size <= 0 || offset.checked_add(size).is_none() {
                    return Err(bad("the offset must not be negative and the size must be positive"));
                }
                numbers.entry(symbol.to_string()).or_default().push((offset, size));
            }
            if let Some(symbol) = quiet {
                let mut len = 0;
                let text = if LLVMIsAConstantAggregateZero(init_of(g)).is_null() {
                    let p = LLVMGetAsString(init_of(g), &mut len);
                    String::from_utf8_lossy(std::slice::from_raw_parts(p.cast::<u8>(), len)).into_owned()
                } else {
                    String::new()
                };
                let mut calls: Vec<String> =
                    text.trim_end_matches('\0').split_whitespace().map(str::to_string).collect();
                calls.sort();
                names.entry(symbol.to_string()).or_default().push(calls);
            }
            g = LLVMGetNextGlobal(g);
        }
        let mut ranges = Vec::new();
        for (symbol, copies) in &numbers {
            let quiet = names.get(symbol).map(Vec::as_slice).unwrap_or_default();
            let differ = copies.windows(2).any(|w| w[0] != w[1]) || quiet.windows(2).any(|w| w[0] != w[1]);
            if differ || quiet.len() != copies.len() {
                return Err(Error::new(format!("the bodies declare `{symbol}` differently (TF_CALL_WRITTEN)"))
                    .help("every body must see one TF_CALL_WRITTEN declaration per symbol (put it in the library's prelude)"));
            }
            let (offset, size) = copies[0];
            ranges.push(CallWrittenRange { symbol: symbol.clone(), offset, size, quiet: quiet[0].clone() });
        }
        if let Some(symbol) = names.keys().find(|s| !numbers.contains_key(*s)) {
            return Err(Error::new(format!(
                "half a TF_CALL_WRITTEN declaration of `{symbol}` in the bodies"
            )));
        }
        for g in doomed {
            // What is left of `llvm.compiler.used` (already deleted) may still name it.
            LLVMReplaceAllUsesWith(g, LLVMGetPoison(LLVMTypeOf(g)));
            LLVMDeleteGlobal(g);
        }
        ranges.sort();
        if keep && !ranges.is_empty() {
            let ctx = LLVMGetModuleContext(m);
            let name = std::ffi::CString::new(METADATA).unwrap_or_default();
            for r in &ranges {
                let text = r.to_text();
                let s = LLVMMDStringInContext2(ctx, text.as_ptr().cast(), text.len());
                let node = LLVMMDNodeInContext2(ctx, [s].as_mut_ptr(), 1);
                LLVMAddNamedMetadataOperand(m, name.as_ptr(), LLVMMetadataAsValue(ctx, node));
            }
        }
        Ok(ranges)
    }
}

unsafe fn init_of(g: V) -> V {
    LLVMGetInitializer(g)
}

unsafe fn users_are_code(g: V) -> bool {
    let mut u = LLVMGetFirstUse(g);
    while !u.is_null() {
        if !LLVMIsAInstruction(LLVMGetUser(u)).is_null() {
            return true;
        }
        u = LLVMGetNextUse(u);
    }
    false
}
/// The ranges [`take_declarations`] recorded in `module`.
fn recorded_ranges(module: &Module) -> Vec<CallWrittenRange> {
    // SAFETY: reads named metadata of a live module.
    unsafe {
        let m = module.as_mut_ptr();
        let Ok(name) = std::ffi::CString::new(METADATA) else { return Vec::new() };
        let n = LLVMGetNamedMetadataNumOperands(m, name.as_ptr()) as usize;
        let mut nodes = vec![std::ptr::null_mut(); n];
        if n > 0 {
            LLVMGetNamedMetadataOperands(m, name.as_ptr(), nodes.as_mut_ptr());
        }
        nodes
            .into_iter()
            .filter_map(|node| {
                let text = crate::irwalk::md_operands(node).first().map(|&s| crate::irwalk::md_string(s))?;
                CallWrittenRange::from_text(&text)
            })
            .collect()
    }
}

/// Stage 5d over the fused module `module` (already optimized), when its IR stage
/// recorded declarations; `machine` runs the clean-up after it.
pub fn forward_reads(
    module: &Module,
    machine: &TargetMachine,
    _stage: &CallWritten,
) -> Result<CallWrittenReport> {
    forward(module, machine, None)
}

fn forward(module: &Module, machine: &TargetMachine, fault: Option<Fault>) -> Result<CallWrittenReport> {
    let ranges = recorded_ranges(module);
    let Some(f) = functions(module).into_iter().find(|&f| unsafe { name_of(f) } == crate::hole::ENTRY_SYMBOL)
    else {
        return Ok(CallWrittenReport::default());
    };
    if ranges.is_empty() {
        return Ok(CallWrittenReport::default());
    }
    // SAFETY: `f` is the live entry function of `module`.
    let report = unsafe { forward_in(module, f, &ranges, fault) };
    if report.reads > 0 {
        module
            .run_passes(CLEAN_UP, machine, PassBuilderOptions::create())
            .map_err(|e| Error::new(format!("call-written memory: {}", e.to_string().trim_end())))?;
    }
    Ok(report)
}

/// What runs after the stage: the copies become SSA values, tests of one value fold, and
/// the exits they guarded go (the pass pipeline runs again only when a later stage changed
/// something).
const CLEAN_UP: &str = "function(sroa<modify-cfg>,early-cse,simplifycfg)";

/// A fault planted to show that the tests notice it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    /// No read again after calls: reads are forwarded across them.
    #[cfg_attr(not(test), allow(dead_code))]
    AcrossCalls,
}

/// The symbol and constant byte offset `ptr` points at, looking through constant GEPs,
/// casts and `inttoptr (ptrtoint x)`.
unsafe fn symbol_offset(td: LLVMTargetDataRef, ptr: V) -> Option<(String, i64)> {
    let mut v = ptr;
    let mut off = 0i64;
    for _ in 0..16 {
        if !LLVMIsAGlobalValue(v).is_null() {
            return Some((name_of(v), off));
        }
        let op = if !LLVMIsAConstantExpr(v).is_null() {
            LLVMGetConstOpcode(v)
        } else if !LLVMIsAInstruction(v).is_null() {
            opcode(v)
        } else {
            return None;
        };
        match op {
            LLVMOpcode::LLVMGetElementPtr => off = off.checked_add(gep_offset(td, v)?)?,
            LLVMOpcode::LLVMBitCast
            | LLVMOpcode::LLVMAddrSpaceCast
            | LLVMOpcode::LLVMIntToPtr
            | LLVMOpcode::LLVMPtrToInt => {}
            _ => return None,
        }
        v = LLVMGetOperand(v, 0);
    }
    None
}

fn is_memory_intrinsic(name: &str) -> bool {
    ["llvm.memcpy", "llvm.memmove", "llvm.memset"].iter().any(|p| name.starts_with(p))
}

/// Points the reads of `ranges` in `f` at copies filled at entry and after every call.
unsafe fn forward_in(
    module: &Module,
    f: V,
    ranges: &[CallWrittenRange],
    fault: Option<Fault>,
) -> CallWrittenReport {
    let m = module.as_mut_ptr();
    let td = LLVMGetModuleDataLayout(m);
    let size_of = |t: LLVMTypeRef| LLVMStoreSizeOfType(td, t) as i64;
    let at = |ptr: V| symbol_offset(td, ptr);
    let writes_range = |ptr: V, len: Option<i64>| {
        at(ptr).is_some_and(|(s, o)| ranges.iter().any(|r| r.touches(&s, o, len.unwrap_or(i64::MAX / 4))))
    };
    // The reads, by (address, type), with the range they read: one copy each.
    let mut reads: Vec<(V, LLVMTypeRef, usize, Vec<V>)> = Vec::new();
    let mut calls = Vec::new();
    let mut bb = LLVMGetFirstBasicBlock(f);
    while !bb.is_null() {
        for i in instructions(bb) {
            match opcode(i) {
                LLVMOpcode::LLVMLoad => {
                    let plain = LLVMGetVolatile(i) == 0
                        && LLVMGetOrdering(i) == LLVMAtomicOrdering::LLVMAtomicOrderingNotAtomic;
                    let (ptr, ty) = (LLVMGetOperand(i, 0), LLVMTypeOf(i));
                    let len = size_of(ty);
                    let range = at(ptr).and_then(|(s, o)| ranges.iter().position(|r| r.holds(&s, o, len)));
                    if let Some(r) = range.filter(|_| plain) {
                        match reads.iter_mut().find(|(p, t, _, _)| *p == ptr && *t == ty) {
                            Some((_, _, _, loads)) => loads.push(i),
                            None => reads.push((ptr, ty, r, vec![i])),
                        }
                    }
                }
                LLVMOpcode::LLVMStore => {
                    let len = size_of(LLVMTypeOf(LLVMGetOperand(i, 0)));
                    if writes_range(LLVMGetOperand(i, 1), Some(len)) {
                        return declined(i, "a store into memory only calls write");
                    }
                }
                LLVMOpcode::LLVMAtomicRMW | LLVMOpcode::LLVMAtomicCmpXchg
                    if writes_range(LLVMGetOperand(i, 0), None) =>
                {
                    return declined(i, "an atomic operation on memory only calls write");
                }
                // A call that ends its block has no place for the read after it (bodies are
                // C without exceptions or `asm goto`: not in traces).
                LLVMOpcode::LLVMInvoke | LLVMOpcode::LLVMCallBr => {
                    return declined(i, "a call ending its block")
                }
                LLVMOpcode::LLVMCall => {
                    let callee = LLVMGetCalledValue(i);
                    let name = called_name(i);
                    if is_memory_intrinsic(&name) {
                        if writes_range(LLVMGetOperand(i, 0), const_int(LLVMGetOperand(i, 2))) {
                            return declined(i, &format!("`{name}` into memory only calls write"));
                        }
                    } else if name.starts_with("llvm.")
                        || (!LLVMIsAInlineAsm(callee).is_null() && harmless_asm(callee))
                        || LLVMGetTailCallKind(i) == llvm_sys::LLVMTailCallKind::LLVMTailCallKindMustTail
                    {
                        // Writes nothing the runtime owns, or nothing runs after it.
                    } else {
                        calls.push((i, name));
                    }
                }
                _ => {}
            }
        }
        bb = LLVMGetNextBasicBlock(bb);
    }
    if reads.is_empty() {
        return CallWrittenReport::default();
    }
    let ctx = LLVMGetModuleContext(m);
    let b = LLVMCreateBuilderInContext(ctx);
    let mut report = CallWrittenReport::default();
    for (ptr, ty, range, loads) in &reads {
        LLVMPositionBuilderBefore(b, first_non_alloca(LLVMGetEntryBasicBlock(f)));
        let copy = LLVMBuildAlloca(b, *ty, c"tf.call_written".as_ptr());
        let reload = |b: LLVMBuilderRef| {
            let v = LLVMBuildLoad2(b, *ty, *ptr, c"tf.call_written.read".as_ptr());
            LLVMSetAlignment(v, LLVMGetAlignment(loads[0]));
            LLVMBuildStore(b, v, copy);
        };
        reload(b);
        if fault != Some(Fault::AcrossCalls) {
            let quiet = &ranges[*range].quiet;
            for (c, _) in calls.iter().filter(|(c, _)| runs_runtime(*c, quiet, &mut Vec::new())) {
                LLVMPositionBuilderBefore(b, LLVMGetNextInstruction(*c));
                reload(b);
                report.reloads += 1;
            }
        }
        for &l in loads {
            LLVMSetOperand(l, 0, copy);
        }
        report.reads += loads.len();
    }
    LLVMDisposeBuilder(b);
    report
}

/// Whether call `call` may run a runtime function not in `quiet`: an indirect call, a call
/// of a declared function not in `quiet`, or of a function of the module (inline code: a
/// body or model left a call, which writes nothing declared itself) that may (`active`:
/// the functions being looked into, whose recursion adds nothing).
unsafe fn runs_runtime(call: V, quiet: &[String], active: &mut Vec<V>) -> bool {
    let callee = LLVMGetCalledValue(call);
    if !LLVMIsAInlineAsm(callee).is_null() {
        return !harmless_asm(callee);
    }
    if LLVMIsAFunction(callee).is_null() {
        return true;
    }
    let name = name_of(callee);
    if name.starts_with("llvm.") || quiet.contains(&name) || active.contains(&callee) {
        return false;
    }
    if LLVMCountBasicBlocks(callee) == 0 {
        return true;
    }
    active.push(callee);
    let mut bb = LLVMGetFirstBasicBlock(callee);
    while !bb.is_null() {
        for i in instructions(bb) {
            if matches!(opcode(i), LLVMOpcode::LLVMCall | LLVMOpcode::LLVMInvoke | LLVMOpcode::LLVMCallBr)
                && runs_runtime(i, quiet, active)
            {
                return true;
            }
        }
        bb = LLVMGetNextBasicBlock(bb);
    }
    active.pop();
    false
}

unsafe fn first_non_alloca(entry: LLVMBasicBlockRef) -> V {
    let mut i = LLVMGetFirstInstruction(entry);
    while !LLVMIsAAllocaInst(i).is_null() {
        i = LLVMGetNextInstruction(i);
    }
    i
}

/// The report of a stage that declines at instruction `i` (`what`): inline code that writes
/// a range, or a call with no place after it.
unsafe fn declined(i: V, what: &str) -> CallWrittenReport {
    let f = LLVMGetBasicBlockParent(LLVMGetInstructionParent(i));
    CallWrittenReport {
        declined: Some(format!("{what} in `{}`", name_of(f))),
        ..CallWrittenReport::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use inkwell::context::Context;
    use inkwell::memory_buffer::MemoryBuffer;
    use inkwell::passes::PassBuilderOptions;

    /// A fused loop as the IR stage builds it (bodies as functions, inlined by O3),
    /// `@exec` the declared object (its byte 2, the range, reads 1 while valid). Each
    /// iteration checks the byte three times, with char stores through a pointer LLVM
    /// cannot tell from `@exec` between the checks, and calls the runtime function that
    /// clears the byte in iteration 5. It returns `1000 * check + iteration` at the check
    /// that saw the byte cleared, or the iteration count; `main` prints that and the
    /// stores' count.
    const TRACE: &str = r#"
@exec = global [8 x i8] c"\00\00\01\00\00\00\00\00"
@obj = global [8 x i8] zeroinitializer
@fmt = private constant [11 x i8] c"%lld %lld\0A\00"
declare i32 @printf(ptr, ...)
declare void @invalidate(i64)
declare void @noop()

define internal i1 @check() alwaysinline {
  %v = load i8, ptr getelementptr inbounds (i8, ptr @exec, i64 2), align 1
  %b = and i8 %v, 1
  %ok = icmp ne i8 %b, 0
  ret i1 %ok
}

define internal void @bump(ptr %p, i64 %k) alwaysinline {
  %q = getelementptr inbounds i8, ptr %p, i64 %k
  %v = load i8, ptr %q, align 1
  %w = add i8 %v, 1
  store i8 %w, ptr %q, align 1
  ret void
}

define i64 @_JIT_ENTRY(ptr %p, i64 %n, i64 %at) noinline {
entry:
  br label %head
head:
  %i = phi i64 [ 0, %entry ], [ %j, %latch ]
  %ok1 = call i1 @check()
  br i1 %ok1, label %a, label %out1
a:
  call void @bump(ptr %p, i64 0)
  call void @noop()
  %ok2 = call i1 @check()
  br i1 %ok2, label %b, label %out2
b:
  %now = icmp eq i64 %i, %at
  br i1 %now, label %call, label %c
call:
  call void @invalidate(i64 %i)
  br label %c
c:
  call void @bump(ptr %p, i64 1)
  %ok3 = call i1 @check()
  br i1 %ok3, label %latch, label %out3
latch:
  %j = add i64 %i, 1
  %more = icmp ult i64 %j, %n
  br i1 %more, label %head, label %done
done:
  ret i64 %j
out1:
  %r1 = add i64 %i, 1000
  ret i64 %r1
out2:
  %r2 = add i64 %i, 2000
  ret i64 %r2
out3:
  %r3 = add i64 %i, 3000
  ret i64 %r3
}

define i32 @main() {
  %r = call i64 @_JIT_ENTRY(ptr @obj, i64 10, i64 5)
  %v = load i8, ptr @obj
  %w = zext i8 %v to i64
  call i32 (ptr, ...) @printf(ptr @fmt, i64 %r, i64 %w)
  ret i32 0
}

!tf.call_written = !{!0}
!0 = !{!"exec 2 1 noop"}
"#;

    /// The runtime: linked in after the stage (its code is not the trace's, and a call of it
    /// stays a call). `@noop`, called on the hot path, is declared quiet.
    const RUNTIME: &str = r#"
@exec = external global [8 x i8]
define void @noop() noinline {
  ret void
}
define void @invalidate(i64 %i) noinline {
  store i8 0, ptr getelementptr inbounds (i8, ptr @exec, i64 2), align 1
  ret void
}
"#;

    fn parse<'c>(ctx: &'c Context, text: &str) -> Module<'c> {
        let buf = MemoryBuffer::create_from_memory_range_copy(text.as_bytes(), "test");
        ctx.create_module_from_ir(buf).unwrap_or_else(|e| panic!("{e}\n{text}"))
    }

    /// The trace with the runtime linked in: as written (`None`), or optimized at O3 and
    /// then given to the stage (with `fault`). Returns the IR and the report.
    fn built(trace: &str, stage: Option<Option<Fault>>) -> (String, CallWrittenReport) {
        let ctx = Context::create();
        let module = parse(&ctx, trace);
        let mut report = CallWrittenReport::default();
        if let Some(fault) = stage {
            let machine =
                crate::target::Target::by_triple("x86_64-unknown-linux-gnu").unwrap().machine().unwrap();
            module.run_passes("default<O3>", &machine, PassBuilderOptions::create()).expect("O3");
            report = forward(&module, &machine, fault).expect("the stage runs");
        }
        module.link_in_module(parse(&ctx, RUNTIME)).expect("the runtime links");
        module.verify().unwrap_or_else(|e| panic!("{e}\n{}", module.print_to_string()));
        (module.print_to_string().to_string(), report)
    }

    use crate::lli::run_ok as run;

    /// The loads of the range left in `_JIT_ENTRY`.
    fn range_loads(ir: &str) -> usize {
        let entry = ir.split("@_JIT_ENTRY(").nth(1).unwrap_or_default();
        let entry = entry.split("\n}\n").next().unwrap_or_default();
        entry
            .lines()
            .filter(|l| l.contains("load i8, ptr getelementptr inbounds (i8, ptr @exec, i64 2)"))
            .count()
    }

    #[test]
    fn reads_are_forwarded_across_inline_writes_and_not_across_calls() {
        let (source, _) = built(TRACE, None);
        let expected = run(&source);
        assert_eq!(expected, "3005 6\n", "the trace as written");
        let (after, report) = built(TRACE, Some(None));
        assert_eq!(report, CallWrittenReport { reads: 3, reloads: 1, declined: None });
        assert_eq!(run(&after), expected, "the tagged trace differs:\n{after}");
        // Without the stage O3 keeps a read at every check (3 per iteration); with it, one
        // on entry and one after the call.
        let (plain, _) = built(&TRACE.replace("!tf.call_written = !{!0}", ""), Some(None));
        assert_eq!(range_loads(&plain), 3, "{plain}");
        assert_eq!(range_loads(&after), 2, "{after}");
    }

    #[test]
    fn a_call_not_declared_quiet_is_read_after() {
        let trace = TRACE.replace("exec 2 1 noop", "exec 2 1");
        let (source, _) = built(&trace, None);
        let (after, report) = built(&trace, Some(None));
        assert_eq!((report.reads, report.reloads), (3, 2), "{report:?}");
        assert_eq!(run(&after), run(&source));
        assert_eq!(range_loads(&after), 3, "{after}");
    }

    #[test]
    fn the_tests_catch_a_read_forwarded_across_a_call() {
        let (source, _) = built(TRACE, None);
        let (after, _) = built(TRACE, Some(Some(Fault::AcrossCalls)));
        // The planted fault takes the check after the call from before it: the loop runs on.
        assert_eq!(run(&after), "10 10\n", "{after}");
        assert_ne!(run(&after), run(&source));
    }

    #[test]
    fn an_inline_write_into_the_range_declines() {
        let trace = TRACE.replace(
            "  store i8 %w, ptr %q, align 1\n",
            "  store i8 %w, ptr %q, align 1\n  store i8 1, ptr getelementptr inbounds (i8, ptr @exec, i64 2), align 1\n",
        );
        let (after, report) = built(&trace, Some(None));
        assert_eq!(report.reads, 0);
        assert!(
            report
                .declined
                .as_deref()
                .is_some_and(|d| d.starts_with("a store into memory only calls write in `_JIT_ENTRY`")),
            "{report:?}"
        );
        assert!(!after.contains("%tf.call_written"), "{after}");
        // A store next to the range (another field of the object) is an inline write like any.
        let trace = TRACE.replace(
            "  store i8 %w, ptr %q, align 1\n",
            "  store i8 %w, ptr %q, align 1\n  store i8 1, ptr getelementptr inbounds (i8, ptr @exec, i64 3), align 1\n",
        );
        let (_, report) = built(&trace, Some(None));
        assert_eq!((report.reads, report.reloads, report.declined), (3, 1, None));
    }

    #[test]
    fn declarations_are_read_once_and_recorded() {
        let text = r#"
@_JIT_EXECUTOR = external global i8
@tf_call_written__JIT_EXECUTOR = internal constant [2 x i64] [i64 34, i64 1]
@tf_call_quiet__JIT_EXECUTOR = internal constant [9 x i8] c"malloc f\00"
@tf_call_written__JIT_EXECUTOR.1 = internal constant [2 x i64] [i64 34, i64 1]
@tf_call_quiet__JIT_EXECUTOR.1 = internal constant [9 x i8] c"f malloc\00"
@tf_call_written_other = internal constant [2 x i64] [i64 0, i64 8]
@tf_call_quiet_other = internal constant [1 x i8] c"\00"
"#;
        let ctx = Context::create();
        let module = parse(&ctx, text);
        let ranges = take_declarations(&module, true).expect("valid");
        let want = vec![
            CallWrittenRange {
                symbol: "_JIT_EXECUTOR".into(),
                offset: 34,
                size: 1,
                quiet: vec!["f".into(), "malloc".into()],
            },
            CallWrittenRange { symbol: "other".into(), offset: 0, size: 8, quiet: vec![] },
        ];
        assert_eq!(ranges, want);
        assert_eq!(recorded_ranges(&module), want);
        assert!(module.get_global("tf_call_written__JIT_EXECUTOR").is_none());

        let bad = |text: &str| take_declarations(&parse(&ctx, text), true).map_err(|e| e.message);
        let quiet = "@tf_call_quiet_x = internal constant [1 x i8] c\"\\00\"\n";
        let differ = format!(
            "@tf_call_written_x = internal constant [2 x i64] [i64 34, i64 1]\n\
             @tf_call_written_x.1 = internal constant [2 x i64] [i64 34, i64 2]\n{quiet}{}",
            quiet.replace("_x =", "_x.1 =")
        );
        assert!(bad(&differ).is_err_and(|e| e.contains("differently")));
        let half = "@tf_call_written_x = internal constant [2 x i64] [i64 34, i64 1]\n";
        assert!(bad(half).is_err_and(|e| e.contains("differently")));
        assert!(bad(quiet).is_err_and(|e| e.contains("half")));
        assert!(bad(&format!("@tf_call_written_x = internal constant [1 x i64] [i64 34]\n{quiet}")).is_err());
        assert!(bad(&format!("@tf_call_written_x = internal constant [2 x i64] [i64 34, i64 0]\n{quiet}"))
            .is_err());
        assert_eq!(
            take_declarations(&parse(&ctx, "@g = global i8 0\n"), true).map_err(|e| e.message),
            Ok(vec![])
        );
    }
}
