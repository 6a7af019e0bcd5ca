//! Reading LLVM IR through llvm-sys: the small walking helpers the IR passes on a fused
//! module share (frame slots, `slots.rs`; allocation sinking, `sink.rs`; release
//! elimination, `release.rs`; call-written memory, `call_written.rs`; updates that cancel,
//! `cancel.rs`) — a module's defined functions, a block's instructions and successors, a
//! value's users, names, opcodes and integer constants, a GEP's constant offset, metadata
//! operands and strings, alias scopes, harmless `asm` and calls, `x ± d`, an address's
//! integer, TBAA tags and whether two may alias; a function's control-flow graph (reverse
//! post-order, predecessors, back edges, dominators) is `cfg.rs`. Unsafe functions take
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

/// Depth of a TBAA type walk (type graphs are shallow; this bounds a malformed one).
const MAX_TBAA_DEPTH: usize = 32;

/// `x + d` (or `x - (-d)`) with a constant `d`.
pub(crate) unsafe fn delta(v: V) -> Option<(V, i64)> {
    // The opcode first: an instruction of fewer operands has no operand 1 to read.
    if LLVMIsAInstruction(v).is_null() || !matches!(opcode(v), LLVMOpcode::LLVMAdd | LLVMOpcode::LLVMSub) {
        return None;
    }
    let (a, b) = (LLVMGetOperand(v, 0), LLVMGetOperand(v, 1));
    match opcode(v) {
        LLVMOpcode::LLVMAdd => match (const_int(a), const_int(b)) {
            (None, Some(d)) => Some((a, d)),
            (Some(d), None) => Some((b, d)),
            _ => None,
        },
        LLVMOpcode::LLVMSub => const_int(b).filter(|_| const_int(a).is_none()).map(|d| (a, d.wrapping_neg())),
        _ => None,
    }
}

/// The location an address names, for matching: the integer an `inttoptr` converts.
pub(crate) unsafe fn key(addr: V) -> V {
    let mut a = addr;
    for _ in 0..4 {
        if LLVMIsAInstruction(a).is_null() {
            break;
        }
        // The same integer in another address space (x86's %fs/%gs) is other memory.
        let ty = LLVMTypeOf(a);
        if LLVMGetTypeKind(ty) == llvm_sys::LLVMTypeKind::LLVMPointerTypeKind
            && LLVMGetPointerAddressSpace(ty) != 0
        {
            break;
        }
        match opcode(a) {
            LLVMOpcode::LLVMIntToPtr | LLVMOpcode::LLVMBitCast => a = LLVMGetOperand(a, 0),
            _ => break,
        }
    }
    a
}

/// A call, an invoke or an asm goto (`callbr`).
pub(crate) unsafe fn is_call(i: V) -> bool {
    !LLVMIsACallInst(i).is_null() || !LLVMIsAInvokeInst(i).is_null() || !LLVMIsACallBrInst(i).is_null()
}

/// Calls that neither write memory a count lives in nor free anything: hints to the
/// optimizer and the holes' empty `asm` (no side effects).
pub(crate) unsafe fn harmless_call(call: V) -> bool {
    let callee = LLVMGetCalledValue(call);
    if !LLVMIsAInlineAsm(callee).is_null() {
        return harmless_asm(callee);
    }
    if LLVMIsAFunction(callee).is_null() {
        return false;
    }
    let name = name_of(callee);
    ["llvm.assume", "llvm.expect.", "llvm.lifetime.", "llvm.dbg.", "llvm.experimental.noalias.scope.decl"]
        .iter()
        .any(|p| name == *p || (p.ends_with('.') && name.starts_with(p)))
}

/// A struct-path TBAA access tag's (base type, access type, offset).
pub(crate) unsafe fn tag_parts(tag: V) -> Option<(V, V, i64)> {
    let ops = md_operands(tag);
    if ops.len() < 3 || LLVMIsAMDNode(ops[0]).is_null() || LLVMIsAMDNode(ops[1]).is_null() {
        return None;
    }
    Some((ops[0], ops[1], const_int(ops[2])?))
}

/// A size-aware ("new format") TBAA type node: parent first, then size, then name.
pub(crate) unsafe fn new_format(t: V) -> bool {
    let ops = md_operands(t);
    ops.len() >= 3 && !LLVMIsAMDNode(ops[0]).is_null()
}

/// The root of an (old-format) type node; None past [`MAX_TBAA_DEPTH`].
pub(crate) unsafe fn root(mut t: V) -> Option<V> {
    for _ in 0..MAX_TBAA_DEPTH {
        match md_operands(t).get(1) {
            Some(&p) if !LLVMIsAMDNode(p).is_null() => t = p,
            _ => return Some(t),
        }
    }
    None
}

/// Whether scalar type `a` is `b` or one of its ancestors (a type node's parent is its
/// second operand).
pub(crate) unsafe fn ancestor(a: V, b: V) -> bool {
    let mut t = b;
    for _ in 0..MAX_TBAA_DEPTH {
        if t == a {
            return true;
        }
        match md_operands(t).get(1) {
            Some(&p) if !LLVMIsAMDNode(p).is_null() => t = p,
            _ => return false,
        }
    }
    true
}

/// Whether the object of type `t`, at `offset`, contains `target` at `target_offset`:
/// walks the field that holds the offset, down the type graph (a scalar type's one field
/// is its parent, at 0). Says yes when the graph is deeper than it can follow.
pub(crate) unsafe fn reaches(mut t: V, mut offset: i64, target: V, target_offset: i64) -> bool {
    for _ in 0..MAX_TBAA_DEPTH {
        if t == target && offset == target_offset {
            return true;
        }
        let ops = md_operands(t);
        let field = ops[1.min(ops.len())..]
            .chunks(2)
            .filter_map(|f| match f {
                [ty, off] if !LLVMIsAMDNode(*ty).is_null() => Some((*ty, const_int(*off)?)),
                _ => None,
            })
            .filter(|&(_, off)| off <= offset)
            .max_by_key(|&(_, off)| off);
        match field {
            Some((ty, off)) => {
                t = ty;
                offset -= off;
            }
            None => return false,
        }
    }
    true
}

/// Whether two accesses with struct-path TBAA tags `a` and `b` cannot alias, by LLVM's
/// rule: accesses of unrelated scalar types of one type system do not alias (different
/// roots may); otherwise one access must lie inside the other's object at its offset.
/// Tags it cannot read (missing, malformed, size-aware "new format") may alias.
pub(crate) unsafe fn tbaa_no_alias(a: V, b: V) -> bool {
    if a.is_null() || b.is_null() {
        return false;
    }
    let (Some((base, access, offset)), Some((bbase, baccess, boffset))) = (tag_parts(a), tag_parts(b)) else {
        return false;
    };
    // The walks below read old-format type nodes (parent second) only.
    if [base, access, bbase, baccess].into_iter().any(|t| new_format(t)) {
        return false;
    }
    if !(ancestor(access, baccess) || ancestor(baccess, access)) {
        return matches!((root(access), root(baccess)), (Some(r), Some(c)) if r == c);
    }
    !(reaches(base, offset, bbase, boffset) || reaches(bbase, boffset, base, offset))
}
