//! Stage 5d — owned thread-state fields: the fields of the thread state the library says
//! a running trace owns (no runtime function it calls reads or writes them: the sandbox's
//! back-edge tick counter and its limit) live in a register while a fused loop runs, and
//! are written back only where the trace leaves. LLVM does this itself in a loop that
//! calls nothing; a loop nest whose outer loop calls — a runtime function, a release on a
//! cold path — makes it keep the field in memory, loaded and stored every iteration of the
//! inner loop too, since the callee might read it.
//!
//! Runs on the optimized `_JIT_ENTRY` of a fused trace, after release elimination and the
//! pipeline's run after it, and only where it pays: a field accessed in a loop without
//! calls nested in one with calls (a trace tree's loop nest). Every
//! access of the field through the thread-state parameter (at its constant offset, with
//! its width) moves to a stack slot filled at entry; the slot is stored back to the field
//! before each way out (a `ret`, and the call just before a `ret` or `unreachable`: the
//! exits' and `_JIT_CONTINUE`'s tail calls). The pipeline then runs again and SROA makes
//! the slot a register. The function is left alone when the thread state escapes in a way
//! other than as a call argument (stored, compared, offset by a variable) or a field is
//! accessed partly.

use crate::definitions::OwnedField;
use crate::sink::{const_int, instructions, opcode, successors};
use inkwell::module::Module;
use llvm_sys::core::*;
use llvm_sys::prelude::*;
use llvm_sys::LLVMOpcode;
use std::collections::{HashMap, HashSet};

type V = LLVMValueRef;
type B = LLVMBasicBlockRef;

/// The stencil parameter that is the thread state (`_JIT_ENTRY(frame, sp, tstate)`).
pub const TSTATE_PARAM: u32 = 2;

/// What a plan promotes: the library's owned fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owned {
    pub fields: Vec<OwnedField>,
    /// Fault injection for tests: no exit writes the fields back.
    pub fault_skip_writeback: bool,
}

/// Moves the owned fields of `_JIT_ENTRY` in `module` to registers; returns how many
/// accesses moved (0: the function was left alone).
pub fn promote_owned(module: &Module, owned: &Owned) -> usize {
    let Some(f) = module.get_function(crate::hole::ENTRY_SYMBOL) else { return 0 };
    if f.count_basic_blocks() == 0 {
        return 0;
    }
    let f = inkwell::values::AsValueRef::as_value_ref(&f);
    // SAFETY: `f` is a function of `module`, which outlives the rewrite; the rewrite keeps
    // the IR well formed (allocas in the entry block, stores before terminators' calls).
    unsafe { promote(f, owned) }
}

/// One access of an owned field: the instruction and whether it stores.
struct Access {
    inst: V,
    field: usize,
    store: bool,
}

unsafe fn promote(f: V, owned: &Owned) -> usize {
    if LLVMCountParams(f) <= TSTATE_PARAM {
        return 0;
    }
    let tstate = LLVMGetParam(f, TSTATE_PARAM);
    let Some(accesses) = accesses(tstate, &owned.fields) else { return 0 };
    if accesses.is_empty() || !pays(f, &accesses) {
        return 0;
    }
    let ctx = LLVMGetTypeContext(LLVMTypeOf(f));
    let builder = LLVMCreateBuilderInContext(ctx);
    let entry = LLVMGetEntryBasicBlock(f);
    let first = LLVMGetFirstInstruction(entry);
    let i8t = LLVMInt8TypeInContext(ctx);
    let i64t = LLVMInt64TypeInContext(ctx);
    // Per field with accesses: its address and its slot, made at the top of the entry.
    let mut slots: HashMap<usize, (V, V, LLVMTypeRef)> = HashMap::new();
    let mut used: Vec<usize> = accesses.iter().map(|a| a.field).collect();
    used.sort_unstable();
    used.dedup();
    LLVMPositionBuilderBefore(builder, first);
    for &k in &used {
        let field = &owned.fields[k];
        let ty = LLVMIntTypeInContext(ctx, field.bits);
        let mut offset = LLVMConstInt(i64t, field.offset, 0);
        let addr = LLVMBuildInBoundsGEP2(builder, i8t, tstate, &mut offset, 1, c"owned.addr".as_ptr());
        let slot = LLVMBuildAlloca(builder, ty, c"owned".as_ptr());
        let value = LLVMBuildLoad2(builder, ty, addr, c"owned.in".as_ptr());
        LLVMBuildStore(builder, value, slot);
        slots.insert(k, (addr, slot, ty));
    }
    for a in &accesses {
        let (_, slot, _) = slots[&a.field];
        // A store's address is operand 1, a load's operand 0.
        LLVMSetOperand(a.inst, if a.store { 1 } else { 0 }, slot);
    }
    // Write back what the trace stores, before every way out.
    let mut stored: Vec<usize> = accesses.iter().filter(|a| a.store).map(|a| a.field).collect();
    stored.sort_unstable();
    stored.dedup();
    let mut b = LLVMGetFirstBasicBlock(f);
    while !b.is_null() {
        let term = LLVMGetBasicBlockTerminator(b);
        let leaves = matches!(opcode(term), LLVMOpcode::LLVMRet | LLVMOpcode::LLVMUnreachable);
        if leaves && !stored.is_empty() {
            // Before the tail call that hands control on, if there is one.
            let before = LLVMGetPreviousInstruction(term);
            let at = if !before.is_null() && !LLVMIsACallInst(before).is_null() { before } else { term };
            if !owned.fault_skip_writeback {
                LLVMPositionBuilderBefore(builder, at);
                for &k in &stored {
                    let (addr, slot, ty) = slots[&k];
                    let value = LLVMBuildLoad2(builder, ty, slot, c"owned.out".as_ptr());
                    LLVMBuildStore(builder, value, addr);
                }
            }
        }
        b = LLVMGetNextBasicBlock(b);
    }
    LLVMDisposeBuilder(builder);
    accesses.len()
}

/// Every load and store of an owned field through `tstate`, or `None` when the thread
/// state is used in a way that could reach a field unseen.
unsafe fn accesses(tstate: V, fields: &[OwnedField]) -> Option<Vec<Access>> {
    let mut out = Vec::new();
    let mut work = vec![(tstate, 0i64)];
    let mut seen = HashSet::new();
    while let Some((ptr, offset)) = work.pop() {
        if !seen.insert(ptr) {
            continue;
        }
        let mut u = LLVMGetFirstUse(ptr);
        while !u.is_null() {
            let user = LLVMGetUser(u);
            u = LLVMGetNextUse(u);
            if LLVMIsAInstruction(user).is_null() {
                return None;
            }
            match opcode(user) {
                LLVMOpcode::LLVMLoad | LLVMOpcode::LLVMStore => {
                    let store = opcode(user) == LLVMOpcode::LLVMStore;
                    // Stored as a value, the thread state escapes.
                    if store && LLVMGetOperand(user, 0) == ptr {
                        return None;
                    }
                    if LLVMGetVolatile(user) != 0
                        || LLVMGetOrdering(user) != llvm_sys::LLVMAtomicOrdering::LLVMAtomicOrderingNotAtomic
                    {
                        // An atomic or volatile access stays as it is, unless it is an
                        // owned field's (then the field is not the trace's alone).
                        if touches(fields, offset, access_bytes(user, store)).is_some() {
                            return None;
                        }
                        continue;
                    }
                    let bytes = access_bytes(user, store);
                    match touches(fields, offset, bytes) {
                        None => {}
                        Some((k, exact)) if exact => out.push(Access { inst: user, field: k, store }),
                        Some(_) => return None,
                    }
                }
                LLVMOpcode::LLVMGetElementPtr => {
                    if LLVMGetOperand(user, 0) != ptr {
                        return None;
                    }
                    work.push((user, offset + gep_offset(user)?));
                }
                // Passed to a function: the library's contract says no callee touches an
                // owned field (the exits' write-back comes before the calls that leave).
                LLVMOpcode::LLVMCall => {
                    if LLVMGetCalledValue(user) == ptr {
                        return None;
                    }
                }
                _ => return None,
            }
        }
    }
    Some(out)
}

/// How many bytes a load or store accesses (its value's integer or pointer width; other
/// types count as 8 bytes, enough to overlap any field they start in).
unsafe fn access_bytes(inst: V, store: bool) -> u64 {
    let ty = if store { LLVMTypeOf(LLVMGetOperand(inst, 0)) } else { LLVMTypeOf(inst) };
    match LLVMGetTypeKind(ty) {
        llvm_sys::LLVMTypeKind::LLVMIntegerTypeKind => u64::from(LLVMGetIntTypeWidth(ty)).div_ceil(8),
        _ => 8,
    }
}

/// The owned field `[offset, offset + bytes)` overlaps, and whether it is exactly it.
fn touches(fields: &[OwnedField], offset: i64, bytes: u64) -> Option<(usize, bool)> {
    let (start, end) = (offset, offset.saturating_add(bytes as i64));
    fields.iter().enumerate().find_map(|(k, f)| {
        let (fs, fe) = (f.offset as i64, f.offset as i64 + i64::from(f.bits / 8));
        (start < fe && fs < end).then_some((k, start == fs && end == fe))
    })
}

/// The byte offset of a GEP over `i8` with one constant index; `None` otherwise.
unsafe fn gep_offset(gep: V) -> Option<i64> {
    let ty = LLVMGetGEPSourceElementType(gep);
    if LLVMGetTypeKind(ty) != llvm_sys::LLVMTypeKind::LLVMIntegerTypeKind
        || LLVMGetIntTypeWidth(ty) != 8
        || LLVMGetNumOperands(gep) != 2
    {
        return None;
    }
    let index = LLVMGetOperand(gep, 1);
    if LLVMIsAConstantInt(index).is_null() || LLVMGetIntTypeWidth(LLVMTypeOf(index)) > 64 {
        return None;
    }
    Some(LLVMConstIntGetSExtValue(index))
}

/// Whether promoting pays: an owned field is accessed in a loop that calls nothing,
/// nested in a loop that calls (a trace tree's inner loop inside the outer trace, which
/// calls). LLVM keeps the field in a register in a loop without calls; in the loop nest,
/// whose outer loop calls, it keeps it in memory even in the inner loop. Where the
/// innermost loop itself calls, the field would cross the call in a register (saved and
/// restored around it) or in memory alike; measured, that does not pay (attr_loop ran 4
/// instructions more per iteration, list_build the same).
unsafe fn pays(f: V, accesses: &[Access]) -> bool {
    let entry = LLVMGetEntryBasicBlock(f);
    let mut preds: HashMap<B, Vec<B>> = HashMap::new();
    let mut b = LLVMGetFirstBasicBlock(f);
    while !b.is_null() {
        for s in live_successors(LLVMGetBasicBlockTerminator(b)) {
            preds.entry(s).or_default().push(b);
        }
        b = LLVMGetNextBasicBlock(b);
    }
    // Natural loops, one per header: the blocks that reach a retreating edge's source
    // without passing its target (the header), over every such edge.
    let mut loops: HashMap<B, HashSet<B>> = HashMap::new();
    let mut on_stack = HashSet::from([entry]);
    let mut seen = HashSet::from([entry]);
    let mut stack = vec![(entry, live_successors(LLVMGetBasicBlockTerminator(entry)), 0usize)];
    while let Some((b, succs, next)) = stack.last_mut() {
        if let Some(&s) = succs.get(*next) {
            *next += 1;
            let b = *b;
            if on_stack.contains(&s) {
                let body = loops.entry(s).or_insert_with(|| HashSet::from([s]));
                let mut work = vec![b];
                while let Some(x) = work.pop() {
                    if body.insert(x) {
                        work.extend(preds.get(&x).into_iter().flatten().copied());
                    }
                }
            } else if seen.insert(s) {
                on_stack.insert(s);
                stack.push((s, live_successors(LLVMGetBasicBlockTerminator(s)), 0));
            }
        } else {
            on_stack.remove(b);
            stack.pop();
        }
    }
    let calls = |body: &HashSet<B>| {
        body.iter().any(|&b| {
            instructions(b).into_iter().any(|i| !LLVMIsACallInst(i).is_null() && calls_a_function(i))
        })
    };
    accesses.iter().any(|a| {
        let block = LLVMGetInstructionParent(a.inst);
        let around: Vec<&HashSet<B>> = loops.values().filter(|body| body.contains(&block)).collect();
        let Some(innermost) = around.iter().min_by_key(|body| body.len()) else { return false };
        !calls(innermost) && around.iter().any(|body| calls(body))
    })
}

/// The successors a terminator can go to: one, when it branches on a constant (release
/// elimination leaves its proved branches so until the pipeline runs again).
unsafe fn live_successors(term: V) -> Vec<B> {
    if opcode(term) == LLVMOpcode::LLVMBr && LLVMIsConditional(term) != 0 {
        if let Some(c) = const_int(LLVMGetCondition(term)) {
            return vec![LLVMGetSuccessor(term, if c != 0 { 0 } else { 1 })];
        }
    }
    successors(term)
}

/// A call LLVM must assume reads the field: of a function, not an intrinsic or an `asm`
/// without side effects (the holes' values).
unsafe fn calls_a_function(call: V) -> bool {
    let callee = LLVMGetCalledValue(call);
    if !LLVMIsAInlineAsm(callee).is_null() {
        return !crate::counts::harmless_call(call);
    }
    LLVMIsAFunction(callee).is_null() || LLVMGetIntrinsicID(callee) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use inkwell::context::Context;
    use inkwell::memory_buffer::MemoryBuffer;

    /// `ticks` at offset 8 of the thread state.
    fn owned() -> Owned {
        Owned { fields: vec![OwnedField { offset: 8, bits: 64 }], fault_skip_writeback: false }
    }

    /// A loop nest over `%t`'s field at 8: the inner loop (`inner`) increments it, the
    /// outer loop (`outer`) calls `@f`; `extra` goes into the inner loop's body.
    fn nest(extra: &str) -> String {
        format!(
            "declare void @f(ptr)\ndeclare void @leave(ptr)\n
define void @_JIT_ENTRY(ptr %frame, ptr %sp, ptr %t, i1 %c, i1 %d) {{
entry:
  %a = getelementptr inbounds i8, ptr %t, i64 8
  br label %outer
outer:
  call void @f(ptr %t)
  br label %inner
inner:
  %n = load i64, ptr %a
  %n1 = add i64 %n, 1
  store i64 %n1, ptr %a
{extra}  br i1 %c, label %inner, label %latch
latch:
  br i1 %d, label %outer, label %out
out:
  tail call void @leave(ptr %t)
  ret void
}}"
        )
    }

    fn run(text: &str) -> (usize, String) {
        let ctx = Context::create();
        let buf = MemoryBuffer::create_from_memory_range_copy(text.as_bytes(), "test");
        let module = ctx.create_module_from_ir(buf).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let moved = promote_owned(&module, &owned());
        module.verify().expect("the rewritten module verifies");
        (moved, module.print_to_string().to_string())
    }

    #[test]
    fn a_field_in_an_inner_loop_under_a_calling_loop_moves_and_is_written_back_before_leaving() {
        let (moved, ir) = run(&nest(""));
        assert_eq!(moved, 2, "{ir}");
        // The inner loop uses the slot; the field is read once at entry and written back
        // before the tail call that leaves.
        let out = &ir[ir.find("\nout:").unwrap()..];
        let store = out.find("store i64 %owned.out, ptr %owned.addr").expect("a write-back");
        assert!(store < out.find("call void @leave").unwrap(), "{ir}");
        assert!(ir.contains("%owned.in = load i64, ptr %owned.addr"), "{ir}");
        assert!(
            !ir[ir.find("\ninner:").unwrap()..].split("\nlatch:").next().unwrap().contains("ptr %a"),
            "{ir}"
        );
    }

    #[test]
    fn a_loop_that_calls_itself_or_calls_nowhere_is_left_to_llvm() {
        let calls_inside = nest("  call void @f(ptr %t)\n");
        assert_eq!(run(&calls_inside).0, 0);
        let no_call = nest("").replace("  call void @f(ptr %t)\n", "");
        assert_eq!(run(&no_call).0, 0);
    }

    #[test]
    fn a_thread_state_that_escapes_or_a_field_read_in_part_is_left_alone() {
        // Stored to memory, the thread state could reach the field unseen.
        let escapes = nest("  store ptr %t, ptr %sp\n");
        assert_eq!(run(&escapes).0, 0);
        // Half of the field read as an i32.
        let part = nest("  %h = load i32, ptr %a\n");
        assert_eq!(run(&part).0, 0);
        // A field next to it is no concern.
        let beside = nest("  %b = getelementptr inbounds i8, ptr %t, i64 16\n  %v = load i64, ptr %b\n");
        assert_eq!(run(&beside).0, 2);
    }
}
