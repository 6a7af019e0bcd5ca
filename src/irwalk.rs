//! Reading LLVM IR through llvm-sys: the small walking helpers the IR passes on a fused
//! module share (frame slots, `slots.rs`; allocation sinking, `sink.rs`; release
//! elimination, `release.rs`; call-written memory, `call_written.rs`) — a module's defined
//! functions, a block's instructions and successors, a value's users, names, opcodes and
//! integer constants, a GEP's constant offset, metadata operands and strings, alias scopes,
//! harmless `asm`; a function's control-flow graph (reverse post-order, predecessors, back
//! edges) is `cfg.rs`. Unsafe functions take
//! values of a live module, of the kind their name says (an instruction, a call, a
//! terminator).

use inkwell::module::Module;
use llvm_sys::core::*;
use llvm_sys::prelude::*;
use llvm_sys::target::*;
use llvm_sys::{LLVMOpcode, LLVMTypeKind};

type V = LLVMValueRef;
type B = LLVMBasicBlockRef;

/// The functions of `module` that have a body.
pub(crate) fn functions(module: &Module) -> Vec<V> {
    module
        .get_functions()
        .filter(|f| f.count_basic_blocks() > 0)
        .map(|f| inkwell::values::AsValueRef::as_value_ref(&f))
        .collect()
}

/// The opcode of instruction `v`.
pub(crate) fn opcode(v: V) -> LLVMOpcode {
    // SAFETY: callers pass instructions.
    unsafe { LLVMGetInstructionOpcode(v) }
}

/// The name of `v` (empty when it has none).
pub(crate) unsafe fn name_of(v: V) -> String {
    let mut len = 0;
    let p = LLVMGetValueName2(v, &mut len);
    if p.is_null() {
        return String::new();
    }
    String::from_utf8_lossy(std::slice::from_raw_parts(p as *const u8, len)).into_owned()
}

/// The name of the function `call` calls directly (empty for an indirect call or asm).
pub(crate) unsafe fn called_name(call: V) -> String {
    let callee = LLVMGetCalledValue(call);
    if callee.is_null() || LLVMIsAFunction(callee).is_null() {
        return String::new();
    }
    name_of(callee)
}

/// `v` as a sign-extended integer constant of at most 64 bits.
pub(crate) unsafe fn const_int(v: V) -> Option<i64> {
    // Wider than 64 bits, LLVM would give the low word: not the constant.
    if LLVMIsAConstantInt(v).is_null() || LLVMGetIntTypeWidth(LLVMTypeOf(v)) > 64 {
        return None;
    }
    Some(LLVMConstIntGetSExtValue(v))
}

/// The bit width of `v`'s type, when it is an integer.
pub(crate) unsafe fn int_width(v: V) -> Option<u32> {
    let t = LLVMTypeOf(v);
    (LLVMGetTypeKind(t) == LLVMTypeKind::LLVMIntegerTypeKind).then(|| LLVMGetIntTypeWidth(t))
}

/// The instructions of block `b`, in order.
pub(crate) unsafe fn instructions(b: B) -> Vec<V> {
    let mut out = Vec::new();
    let mut i = LLVMGetFirstInstruction(b);
    while !i.is_null() {
        out.push(i);
        i = LLVMGetNextInstruction(i);
    }
    out
}

/// Each user of `v` with the operand index it uses `v` at (a user using `v` twice
/// appears twice, once per operand).
pub(crate) unsafe fn users(v: V) -> Vec<(V, u32)> {
    let mut out = Vec::new();
    let mut u = LLVMGetFirstUse(v);
    while !u.is_null() {
        let user = LLVMGetUser(u);
        for j in 0..LLVMGetNumOperands(user).max(0) as u32 {
            if LLVMGetOperand(user, j) == v && !out.contains(&(user, j)) {
                out.push((user, j));
            }
        }
        u = LLVMGetNextUse(u);
    }
    out
}

/// The successor blocks of terminator `term`.
pub(crate) unsafe fn successors(term: V) -> Vec<B> {
    (0..LLVMGetNumSuccessors(term)).map(|i| LLVMGetSuccessor(term, i)).collect()
}

/// The operands of metadata node `node` (as values); empty when it is not a node.
pub(crate) unsafe fn md_operands(node: V) -> Vec<V> {
    if node.is_null() || LLVMIsAMDNode(node).is_null() {
        return Vec::new();
    }
    let n = LLVMGetMDNodeNumOperands(node) as usize;
    let mut ops = vec![std::ptr::null_mut(); n];
    LLVMGetMDNodeOperands(node, ops.as_mut_ptr());
    ops
}

/// The text of metadata string `v` (empty when it is not one).
pub(crate) unsafe fn md_string(v: V) -> String {
    let mut len = 0;
    let p = LLVMGetMDString(v, &mut len);
    if p.is_null() {
        return String::new();
    }
    String::from_utf8_lossy(std::slice::from_raw_parts(p.cast::<u8>(), len as usize)).into_owned()
}

/// Whether inline `asm` `callee` has no side effects and neither clobbers nor reads memory
/// (the holes' barrier is such an `asm`).
pub(crate) unsafe fn harmless_asm(callee: V) -> bool {
    let mut len = 0;
    let c = LLVMGetInlineAsmConstraintString(callee, &mut len);
    let constraints = if c.is_null() {
        "~{memory}".to_string()
    } else {
        String::from_utf8_lossy(std::slice::from_raw_parts(c.cast::<u8>(), len)).into_owned()
    };
    LLVMGetInlineAsmHasSideEffects(callee) == 0
        && !constraints.contains("~{memory}")
        && !constraints.contains('*')
}

/// The constant byte offset of GEP `gep` (an instruction or a constant expression) from
/// its base pointer, or `None` when an index is not a constant.
pub(crate) unsafe fn gep_offset(td: LLVMTargetDataRef, gep: V) -> Option<i64> {
    let mut ty = LLVMGetGEPSourceElementType(gep);
    let n = LLVMGetNumOperands(gep) as u32;
    let first = const_int(LLVMGetOperand(gep, 1))?;
    let mut off = first.checked_mul(LLVMABISizeOfType(td, ty) as i64)?;
    for k in 2..n {
        let idx = const_int(LLVMGetOperand(gep, k))?;
        match LLVMGetTypeKind(ty) {
            LLVMTypeKind::LLVMStructTypeKind => {
                let e = u32::try_from(idx).ok()?;
                off = off.checked_add(LLVMOffsetOfElement(td, ty, e) as i64)?;
                ty = LLVMStructGetTypeAtIndex(ty, e);
            }
            LLVMTypeKind::LLVMArrayTypeKind | LLVMTypeKind::LLVMVectorTypeKind => {
                ty = LLVMGetElementType(ty);
                off = off.checked_add(idx.checked_mul(LLVMABISizeOfType(td, ty) as i64)?)?;
            }
            _ => return None,
        }
    }
    Some(off)
}

/// The list `!{scope}` of one alias scope named `scope` in a domain of its own named
/// `domain` (as a value). Both are plain named nodes, not `distinct`: the inliner's copy
/// of a function's scopes is then the same node, so a scope given before inlining still
/// relates the inlined copies.
pub(crate) unsafe fn scope_list(ctx: LLVMContextRef, domain: &str, scope: &str) -> V {
    let name = |s: &str| LLVMMDStringInContext2(ctx, s.as_ptr().cast(), s.len());
    let domain = LLVMMDNodeInContext2(ctx, [name(domain)].as_mut_ptr(), 1);
    let scope = LLVMMDNodeInContext2(ctx, [name(scope), domain].as_mut_ptr(), 2);
    LLVMMetadataAsValue(ctx, LLVMMDNodeInContext2(ctx, [scope].as_mut_ptr(), 1))
}

/// Adds `list`'s scopes to instruction `i`'s `kind` list (`!noalias` or `!alias.scope`).
pub(crate) unsafe fn add_scope(ctx: LLVMContextRef, i: V, kind: u32, list: V) {
    let old = LLVMGetMetadata(i, kind);
    if old.is_null() {
        LLVMSetMetadata(i, kind, list);
        return;
    }
    let mut ops: Vec<LLVMMetadataRef> =
        md_operands(old).into_iter().map(|v| LLVMValueAsMetadata(v)).collect();
    for v in md_operands(list) {
        let m = LLVMValueAsMetadata(v);
        if !ops.contains(&m) {
            ops.push(m);
        }
    }
    LLVMSetMetadata(
        i,
        kind,
        LLVMMetadataAsValue(ctx, LLVMMDNodeInContext2(ctx, ops.as_mut_ptr(), ops.len())),
    );
}
