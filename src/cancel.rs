//! Stage 5e — updates that cancel: an increment of a memory word that a later decrement
//! of the same word undoes, with nothing reading or writing the word in between, leaves a
//! fused trace; every way out in between gets the increment instead. A reference count
//! that a value's load takes and its consumer gives back (a constant pushed, then closed
//! by the operation that uses it) is the case it is for; the pass knows nothing of counts.
//! Runs on the optimized module of a fused trace, after the other stages; the pipeline
//! optimizes once more when it changed anything.
//!
//! The argument (docs/design.md, "Updates that cancel"): let `S1` store `x + d` to the
//! word `x` was loaded from, and `S2` store `y - d` to it, `y` being what `S1` stored
//! (itself or a phi of it), or store `x` itself. Take the *region* `R` between them: the
//! blocks reachable from `S1` that reach `S2`, without back edges. If no instruction in
//! `R` may read or write the word (by address, type-based alias information, alias
//! scopes; any call but hints and the holes' empty `asm` may), every path into `R` comes
//! from `S1` (or cannot be taken when `S1` ran: the branch that skipped `S1` decides it),
//! no path that skipped `S1` reaches `S2`, and no path from `S2` comes back, then on every
//! path through `R` the word holds `x + d` only where nothing looks, and `x` again after
//! `S2`. So both stores go, and each edge that leaves `R` (towards an exit, or back to the
//! loop's head) stores `x + d` — under the condition `S1` ran under when that is a branch
//! before it, as a masked store; a critical edge gets a block of its own for it.

use crate::cfg::Cfg;
use crate::irwalk::{
    delta, functions, harmless_call, instructions, is_call, key, md_operands, opcode, successors,
    tbaa_no_alias,
};
use inkwell::module::Module;
use llvm_sys::core::*;
use llvm_sys::prelude::*;
use llvm_sys::{LLVMIntPredicate, LLVMOpcode};
use std::collections::HashSet;

type V = LLVMValueRef;
type B = LLVMBasicBlockRef;

/// What a plan's cancellation does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cancel {
    /// Fault injection for tests (never for a build anyone runs).
    pub fault: Option<CancelFault>,
}

/// A planted fault: what a wrong cancellation looks like, for tests to catch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelFault {
    /// Pairs go, but the increments on the ways out are not stored.
    DropExits,
    /// Only the increment goes; the decrement stays, taking `d` from what the word held
    /// before the increment (`--fault-cancel`): every pass through the pair takes one
    /// count too many away.
    KeepDecrement,
}

/// What the pass did to one module.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CancelReport {
    /// Increment/decrement pairs removed.
    pub pairs: usize,
    /// Increments stored on the ways out of their regions.
    pub compensations: usize,
}

/// Instructions one region may hold (a bound on the work per candidate).
const MAX_REGION: usize = 4096;
/// Phis deep a decrement's value is followed back to the increment's.
const MAX_PHI_DEPTH: usize = 8;

/// Cancels the pairs of `module`'s functions. A way out that has no block of its own (a
/// critical edge) gets one when its pair is removed, and only then: a module with no
/// pair to remove is left exactly as it was.
pub fn cancel_pairs(module: &Module, cancel: &Cancel) -> CancelReport {
    let mut report = CancelReport::default();
    for f in functions(module) {
        // SAFETY: `f` is a function of `module`, which outlives the pass; each rewrite
        // keeps the IR well formed (checked by the caller's verify).
        unsafe { run(f, cancel, &mut report) };
    }
    report
}

/// Cancels pairs in `f` one at a time (each rewrite changes what the next may see).
unsafe fn run(f: V, cancel: &Cancel, report: &mut CancelReport) {
    let mut refused: HashSet<V> = HashSet::new();
    loop {
        let Some(cfg) = Cfg::of(f) else { return };
        let idom = cfg.immediate_dominators();
        let mut found = None;
        'search: for &bi in cfg.rpo() {
            for s1 in instructions(cfg.block(bi)) {
                if refused.contains(&s1) {
                    continue;
                }
                if let Some(pair) = Pair::find(&cfg, &idom, s1) {
                    match pair.placements(&cfg) {
                        Some(at) => {
                            found = Some((pair, at));
                            break 'search;
                        }
                        None => {
                            refused.insert(s1);
                        }
                    }
                }
            }
        }
        let Some((pair, at)) = found else { return };
        report.compensations += pair.rewrite(&at, cancel.fault);
        report.pairs += 1;
    }
}

/// The condition a block runs under: `value` took the edge `taken` into it.
#[derive(Debug, Clone, Copy)]
struct Pred {
    value: V,
    taken: bool,
}

/// A pair the rewrite may remove, and what it must store on the ways out.
struct Pair {
    s1: V,
    s2: V,
    /// The word's address (as the load of `x` reads it) and the loaded value `x`.
    addr: V,
    x: V,
    d: i64,
    pred: Option<Pred>,
    /// Edges `(from, successor index)` leaving the region towards blocks that do not
    /// reach `S2`, or back to a loop's head.
    exits: Vec<(B, u32)>,
}

/// Where one increment on a way out goes.
#[derive(Debug, Clone, Copy)]
enum Placement {
    /// Before this instruction.
    Before(V),
    /// On the edge from this block's successor `n` (a critical edge): in a block of its
    /// own, made when the pair is removed.
    OnEdge(B, u32),
}

impl Pair {
    /// The pair `s1` starts, if it is one the rewrite may remove.
    unsafe fn find(cfg: &Cfg, idom: &[usize], s1: V) -> Option<Pair> {
        if LLVMIsAStoreInst(s1).is_null() || LLVMGetVolatile(s1) != 0 || LLVMGetOrdering(s1) as u32 > 1 {
            return None;
        }
        let (v1, s1_addr) = (LLVMGetOperand(s1, 0), LLVMGetOperand(s1, 1));
        let (x, d) = delta(v1)?;
        if d == 0 || LLVMIsALoadInst(x).is_null() || key(LLVMGetOperand(x, 0)) != key(s1_addr) {
            return None;
        }
        let k = key(s1_addr);
        let b1 = cfg.index(LLVMGetInstructionParent(s1));
        if !loaded_just_before(cfg, x, s1) {
            return None;
        }
        let pred = pred_of(cfg, b1);
        // The blocks reachable from S1 (pred-consistent edges, no back edges), S2's
        // block not left; the candidate S2 is the first store to the word met.
        let mut reach: Vec<usize> = vec![b1];
        let mut seen: HashSet<usize> = HashSet::from([b1]);
        let mut s2: Option<V> = None;
        let mut i = 0;
        while i < reach.len() {
            let b = reach[i];
            i += 1;
            let block = cfg.block(b);
            let mut stop = false;
            for inst in instructions(block) {
                if b == b1 && !after(s1, inst) {
                    continue;
                }
                if !LLVMIsAStoreInst(inst).is_null() && key(LLVMGetOperand(inst, 1)) == k {
                    match s2 {
                        None => s2 = Some(inst),
                        Some(s) if s == inst => {}
                        Some(_) => return None,
                    }
                    stop = true;
                    break;
                }
            }
            if stop {
                continue;
            }
            for (_, s) in feasible(cfg, b, pred) {
                if !cfg.is_back_edge(b, s) && seen.insert(s) {
                    reach.push(s);
                }
            }
        }
        let s2 = s2?;
        let bd = cfg.index(LLVMGetInstructionParent(s2));
        if bd == b1 && !after(s1, s2) {
            return None;
        }
        // S2 undoes S1: it stores x again, or minus d what S1 stored (same width).
        let w = LLVMGetOperand(s2, 0);
        if LLVMTypeOf(w) != LLVMTypeOf(v1) {
            return None;
        }
        let y = if w == x {
            v1
        } else {
            let (y, d2) = delta(w)?;
            if d2 != d.wrapping_neg() {
                return None;
            }
            y
        };
        if LLVMGetVolatile(s2) != 0 || LLVMGetOrdering(s2) as u32 > 1 {
            return None;
        }
        // The region: reachable blocks that reach S2's block (inside the reachable set).
        let region = region(cfg, &reach, bd, pred);
        if !region.contains(&b1) {
            return None;
        }
        // Every way into the region (but into S1's block) comes from the region, forward,
        // or cannot be taken when S1 ran; nothing leaves S2's block back into it.
        for &b in &region {
            for &p in cfg.preds(b) {
                let from_region = region.contains(&p) && p != bd && !cfg.is_back_edge(p, b);
                if b == b1 || from_region {
                    continue;
                }
                if p == bd && b != b1 {
                    return None;
                }
                if !infeasible(cfg, p, b, pred) {
                    return None;
                }
            }
        }
        // A path that skipped S1 (the branch before it went the other way) never reaches
        // S2: S2 runs only where S1 ran. The walk takes back edges too: in an irreducible
        // graph a retreating edge may lead such a path to a block no entry reaches forward.
        if let Some(p) = pred {
            let skipped = Some(Pred { value: p.value, taken: !p.taken });
            let mut stack: Vec<usize> = Vec::new();
            for &b in &region {
                if b != b1 && cfg.preds(b).iter().any(|&q| !region.contains(&q)) {
                    stack.push(b);
                }
            }
            let mut seen: HashSet<usize> = stack.iter().copied().collect();
            while let Some(b) = stack.pop() {
                if b == bd {
                    return None;
                }
                for (_, s) in feasible(cfg, b, skipped) {
                    if seen.insert(s) {
                        stack.push(s);
                    }
                }
            }
        }
        // What S2 decrements is what S1 stored.
        let mut phis = HashSet::new();
        if !stored_value(cfg, &region, b1, pred, y, v1, x, d, MAX_PHI_DEPTH, &mut phis) {
            return None;
        }
        // Nothing in the region reads or writes the word.
        let mut count = 0;
        for &b in &region {
            for inst in instructions(cfg.block(b)) {
                if b == b1 && !after(s1, inst) {
                    continue;
                }
                if b == bd && (inst == s2 || after(s2, inst)) {
                    break;
                }
                count += 1;
                if count > MAX_REGION || conflicts(inst, s1, k) {
                    return None;
                }
            }
        }
        // The increment on the ways out uses x (and the condition): they must dominate.
        let xb = cfg.index(LLVMGetInstructionParent(x));
        let cb = match pred {
            Some(p) if !LLVMIsAInstruction(p.value).is_null() => {
                Some(cfg.index(LLVMGetInstructionParent(p.value)))
            }
            _ => None,
        };
        let mut exits = Vec::new();
        for &b in &region {
            if b == bd {
                continue;
            }
            if !Cfg::block_dominates(idom, xb, b) || cb.is_some_and(|c| !Cfg::block_dominates(idom, c, b)) {
                return None;
            }
            let term = LLVMGetBasicBlockTerminator(cfg.block(b));
            let succs = successors(term);
            let feasible_succ: HashSet<usize> = feasible(cfg, b, pred).into_iter().map(|(n, _)| n).collect();
            for (n, &s) in succs.iter().enumerate() {
                let si = cfg.index(s);
                if !feasible_succ.contains(&n) {
                    continue;
                }
                if !region.contains(&si) || cfg.is_back_edge(b, si) {
                    // Nothing may come before an exception pad, and its edges cannot be
                    // split: an unwind edge has no place for the increment.
                    if eh_pad(s) {
                        return None;
                    }
                    exits.push((cfg.block(b), n as u32));
                }
            }
            if succs.is_empty() && opcode(term) != LLVMOpcode::LLVMUnreachable {
                return None;
            }
        }
        // The increments on the ways out store through the load's address, which is
        // defined before the load (S1's own may be made just before S1).
        let addr = LLVMGetOperand(x, 0);
        Some(Pair { s1, s2, addr, x, d, pred, exits })
    }

    /// Where each way out's increment goes: the end of a block with one successor, the
    /// start of a block with one predecessor, or a block of its own on a critical edge;
    /// None when an edge cannot have one (its target is named twice by the terminator).
    unsafe fn placements(&self, cfg: &Cfg) -> Option<Vec<Placement>> {
        let mut at = Vec::new();
        for &(from, n) in &self.exits {
            let term = LLVMGetBasicBlockTerminator(from);
            let to = LLVMGetSuccessor(term, n);
            let succs = successors(term);
            if succs.len() == 1 {
                at.push(Placement::Before(term));
            } else if succs.iter().filter(|&&s| s == to).count() != 1 {
                // A switch naming `to` twice: two edges, one predecessor entry each in
                // its phis; no block of its own for one of them.
                return None;
            } else if cfg.preds(cfg.index(to)).len() == 1 {
                at.push(Placement::Before(first_after_phis(to)));
            } else if opcode(term) == LLVMOpcode::LLVMBr || opcode(term) == LLVMOpcode::LLVMSwitch {
                at.push(Placement::OnEdge(from, n));
            } else {
                return None;
            }
        }
        Some(at)
    }

    /// Removes both stores and stores `x + d` at each placement: how many increments
    /// were placed.
    unsafe fn rewrite(&self, at: &[Placement], fault: Option<CancelFault>) -> usize {
        let ctx = LLVMGetTypeContext(LLVMTypeOf(self.s1));
        let builder = LLVMCreateBuilderInContext(ctx);
        let ty = LLVMTypeOf(self.x);
        let mut placed = 0;
        if fault.is_none() {
            for &place in at {
                let before = match place {
                    Placement::Before(i) => i,
                    Placement::OnEdge(from, n) => LLVMGetBasicBlockTerminator(split_edge(from, n)),
                };
                LLVMPositionBuilderBefore(builder, before);
                let value =
                    LLVMBuildAdd(builder, self.x, LLVMConstInt(ty, self.d as u64, 1), c"tf.inc".as_ptr());
                let store = match self.pred {
                    None => LLVMBuildStore(builder, value, self.addr),
                    Some(p) => {
                        let mut cond = p.value;
                        if !p.taken {
                            cond = LLVMBuildNot(builder, cond, c"tf.inc.not".as_ptr());
                        }
                        masked_store(builder, value, self.addr, cond, LLVMGetAlignment(self.s1))
                    }
                };
                if !LLVMIsAStoreInst(store).is_null() {
                    copy_metadata(self.s1, store);
                    LLVMSetAlignment(store, LLVMGetAlignment(self.s1));
                }
                placed += 1;
            }
        }
        LLVMDisposeBuilder(builder);
        if fault != Some(CancelFault::KeepDecrement) {
            LLVMInstructionEraseFromParent(self.s2);
        } else {
            // S2 stores what the word held before S1 (x, however it is computed): with
            // S1 gone, the fault makes it take its d away from x.
            let builder = LLVMCreateBuilderInContext(ctx);
            LLVMPositionBuilderBefore(builder, self.s2);
            let minus =
                LLVMBuildSub(builder, self.x, LLVMConstInt(ty, self.d as u64, 1), c"tf.fault".as_ptr());
            LLVMSetOperand(self.s2, 0, minus);
            LLVMDisposeBuilder(builder);
        }
        LLVMInstructionEraseFromParent(self.s1);
        placed
    }
}

/// Whether `b` comes after `a` in their (common) block.
unsafe fn after(a: V, b: V) -> bool {
    let mut i = LLVMGetNextInstruction(a);
    while !i.is_null() {
        if i == b {
            return true;
        }
        i = LLVMGetNextInstruction(i);
    }
    false
}

/// Whether the load `x` is what the word holds at `s1`: it comes before `s1` in its block,
/// or in a block up the chain of single predecessors, with nothing between that may write
/// the word.
unsafe fn loaded_just_before(cfg: &Cfg, x: V, s1: V) -> bool {
    if LLVMGetVolatile(x) != 0 || LLVMGetOrdering(x) as u32 > 1 {
        return false;
    }
    let k = key(LLVMGetOperand(s1, 1));
    let mut b = LLVMGetInstructionParent(s1);
    let mut i = LLVMGetPreviousInstruction(s1);
    for _ in 0..MAX_REGION {
        while !i.is_null() {
            if i == x {
                return true;
            }
            if writes(i, s1, k) {
                return false;
            }
            i = LLVMGetPreviousInstruction(i);
        }
        match cfg.preds(cfg.index(b)) {
            &[p] => {
                b = cfg.block(p);
                i = LLVMGetLastInstruction(b);
            }
            _ => return false,
        }
    }
    false
}

/// The condition the block `b1` runs under: its one predecessor's conditional branch.
unsafe fn pred_of(cfg: &Cfg, b1: usize) -> Option<Pred> {
    let &[p] = cfg.preds(b1) else { return None };
    let term = LLVMGetBasicBlockTerminator(cfg.block(p));
    if opcode(term) != LLVMOpcode::LLVMBr || LLVMIsConditional(term) == 0 {
        return None;
    }
    let c = LLVMGetCondition(term);
    if !LLVMIsAConstantInt(c).is_null() {
        return None;
    }
    let (t, f) = (LLVMGetSuccessor(term, 0), LLVMGetSuccessor(term, 1));
    let b = cfg.block(b1);
    if t == f {
        return None;
    }
    Some(Pred { value: c, taken: t == b })
}

/// The successors of `b` (index, block) a path on which `pred` holds may take: a branch on
/// the same condition (or one equivalent to it) takes one side only; a branch on a
/// constant its one side.
unsafe fn feasible(cfg: &Cfg, b: usize, pred: Option<Pred>) -> Vec<(usize, usize)> {
    let term = LLVMGetBasicBlockTerminator(cfg.block(b));
    let succs = cfg.succs(b);
    if opcode(term) == LLVMOpcode::LLVMBr && LLVMIsConditional(term) != 0 {
        let c = LLVMGetCondition(term);
        if !LLVMIsAConstantInt(c).is_null() {
            let side = if LLVMConstIntGetZExtValue(c) != 0 { 0 } else { 1 };
            return vec![(side, succs[side])];
        }
        if let Some(p) = pred {
            if let Some(same) = equivalent(c, p.value) {
                // The condition is `p.taken` (when same) on every such path.
                let holds = if same { p.taken } else { !p.taken };
                let side = if holds { 0 } else { 1 };
                return vec![(side, succs[side])];
            }
        }
    }
    succs.iter().copied().enumerate().collect()
}

/// Whether the edge `p` → `b` cannot be taken on a path where `pred` holds.
unsafe fn infeasible(cfg: &Cfg, p: usize, b: usize, pred: Option<Pred>) -> bool {
    !feasible(cfg, p, pred).iter().any(|&(_, s)| s == b)
}

/// The blocks of `reach` from which S2's block `bd` is reachable inside `reach` (forward
/// edges a path where `pred` holds may take).
unsafe fn region(cfg: &Cfg, reach: &[usize], bd: usize, pred: Option<Pred>) -> HashSet<usize> {
    let in_reach: HashSet<usize> = reach.iter().copied().collect();
    let mut region: HashSet<usize> = HashSet::from([bd]);
    let mut changed = true;
    while changed {
        changed = false;
        for &b in reach {
            if region.contains(&b) || b == bd {
                continue;
            }
            if feasible(cfg, b, pred)
                .iter()
                .any(|&(_, s)| in_reach.contains(&s) && region.contains(&s) && !cfg.is_back_edge(b, s))
            {
                region.insert(b);
                changed = true;
            }
        }
    }
    region
}

/// Whether `y` (what S2 decrements) is S1's stored value `v1` (or `x + d` again) on every
/// path through the region: `v1`, or a phi of the region whose incoming values from the
/// region are. A phi of S1's block `b1` is not: it is chosen before S1 runs, on paths
/// that all run S1.
#[allow(clippy::too_many_arguments)]
unsafe fn stored_value(
    cfg: &Cfg,
    region: &HashSet<usize>,
    b1: usize,
    pred: Option<Pred>,
    y: V,
    v1: V,
    x: V,
    d: i64,
    depth: usize,
    seen: &mut HashSet<V>,
) -> bool {
    if y == v1 || delta(y) == Some((x, d)) {
        return true;
    }
    if depth == 0 || LLVMIsAPHINode(y).is_null() {
        return false;
    }
    if !seen.insert(y) {
        return true;
    }
    let b = cfg.index(LLVMGetInstructionParent(y));
    if !region.contains(&b) || b == b1 {
        return false;
    }
    (0..LLVMCountIncoming(y)).all(|k| {
        let from = cfg.index(LLVMGetIncomingBlock(y, k));
        if !region.contains(&from) || infeasible(cfg, from, b, pred) || cfg.is_back_edge(from, b) {
            // A path that did not run S1 (the entry rule checked it cannot reach S2).
            return true;
        }
        stored_value(cfg, region, b1, pred, LLVMGetIncomingValue(y, k), v1, x, d, depth - 1, seen)
    })
}

/// Whether `inst` may read or write the word `s1` stores to (its address key `k`).
unsafe fn conflicts(inst: V, s1: V, k: V) -> bool {
    if !LLVMIsALoadInst(inst).is_null() || !LLVMIsAStoreInst(inst).is_null() {
        let addr = LLVMGetOperand(inst, if LLVMIsALoadInst(inst).is_null() { 1 } else { 0 });
        if LLVMGetVolatile(inst) != 0 || LLVMGetOrdering(inst) as u32 > 1 || key(addr) == k {
            return true;
        }
        return !disjoint(inst, s1);
    }
    if is_call(inst) {
        return !harmless_call(inst) || !asm_empty_or_none(inst);
    }
    matches!(
        opcode(inst),
        LLVMOpcode::LLVMAtomicRMW
            | LLVMOpcode::LLVMAtomicCmpXchg
            | LLVMOpcode::LLVMFence
            | LLVMOpcode::LLVMVAArg
    )
}

/// Whether `call` calls no `asm` or one with no text (the holes' barrier). An `asm` with
/// text may write memory through an operand even without a memory clobber: LLVM assumes it
/// may, so `harmless_call`'s judgment by constraints is not enough here.
unsafe fn asm_empty_or_none(call: V) -> bool {
    let callee = LLVMGetCalledValue(call);
    if LLVMIsAInlineAsm(callee).is_null() {
        return true;
    }
    let mut len = 0;
    let text = LLVMGetInlineAsmAsmString(callee, &mut len);
    !text.is_null() && len == 0
}

/// Whether `inst` may write the word (what `loaded_just_before` must not cross).
unsafe fn writes(inst: V, s1: V, k: V) -> bool {
    if !LLVMIsALoadInst(inst).is_null() {
        return LLVMGetVolatile(inst) != 0 || LLVMGetOrdering(inst) as u32 > 1;
    }
    conflicts(inst, s1, k)
}

/// Whether two memory accesses cannot overlap by their metadata: TBAA, or one's alias
/// scope named in the other's `noalias` list.
unsafe fn disjoint(a: V, b: V) -> bool {
    let tbaa = LLVMGetMDKindID(c"tbaa".as_ptr(), 4);
    if tbaa_no_alias(LLVMGetMetadata(a, tbaa), LLVMGetMetadata(b, tbaa)) {
        return true;
    }
    let scope = LLVMGetMDKindID(c"alias.scope".as_ptr(), 11);
    let noalias = LLVMGetMDKindID(c"noalias".as_ptr(), 7);
    let list = |i: V, kind: u32| -> HashSet<V> {
        let md = LLVMGetMetadata(i, kind);
        if md.is_null() {
            HashSet::new()
        } else {
            md_operands(md).into_iter().collect()
        }
    };
    let (sa, na, sb, nb) = (list(a, scope), list(a, noalias), list(b, scope), list(b, noalias));
    // Every scope of one access must be in the other's noalias list (LLVM's rule).
    (!sa.is_empty() && sa.is_subset(&nb)) || (!sb.is_empty() && sb.is_subset(&na))
}

/// `icmp`s on one value equivalent (Some(true)) or opposite (Some(false)) to each other,
/// compared as the sets of values they accept; None when that cannot be told.
unsafe fn equivalent(a: V, b: V) -> Option<bool> {
    if a == b {
        return Some(true);
    }
    let (ia, ib) = (accepted(a)?, accepted(b)?);
    if ia.value != ib.value || ia.signed != ib.signed {
        return None;
    }
    if (ia.lo, ia.hi) == (ib.lo, ib.hi) {
        return Some(true);
    }
    // Complements: one interval is [min, t] and the other [t + 1, max].
    let complement = |p: &Accepted, q: &Accepted| p.lo == p.min && q.hi == q.max && p.hi + 1 == q.lo;
    if complement(&ia, &ib) || complement(&ib, &ia) {
        return Some(false);
    }
    None
}

/// The values an `icmp` of a value with a constant accepts: the interval `lo..=hi` of the
/// value's range `min..=max` (signed or unsigned, as the predicate compares).
struct Accepted {
    value: V,
    signed: bool,
    lo: i128,
    hi: i128,
    min: i128,
    max: i128,
}

/// An `icmp` of a value with a constant (up to 64 bits) as the interval it accepts; None
/// for `ne` and anything else.
unsafe fn accepted(c: V) -> Option<Accepted> {
    if LLVMIsAICmpInst(c).is_null() {
        return None;
    }
    let (v, k) = (LLVMGetOperand(c, 0), LLVMGetOperand(c, 1));
    if LLVMIsAConstantInt(k).is_null() || !LLVMIsAConstant(v).is_null() {
        return None;
    }
    let w = LLVMGetIntTypeWidth(LLVMTypeOf(k));
    if w == 0 || w > 64 {
        return None;
    }
    use LLVMIntPredicate::*;
    let pred = LLVMGetICmpPredicate(c);
    let signed = matches!(pred, LLVMIntSLT | LLVMIntSLE | LLVMIntSGT | LLVMIntSGE);
    let (min, max): (i128, i128) =
        if signed { (-(1i128 << (w - 1)), (1i128 << (w - 1)) - 1) } else { (0, (1i128 << w) - 1) };
    let kv: i128 = if signed {
        i128::from(LLVMConstIntGetSExtValue(k))
    } else {
        i128::from(LLVMConstIntGetZExtValue(k))
    };
    let (lo, hi) = match pred {
        LLVMIntEQ => (kv, kv),
        LLVMIntSLT | LLVMIntULT => (min, kv - 1),
        LLVMIntSLE | LLVMIntULE => (min, kv),
        LLVMIntSGT | LLVMIntUGT => (kv + 1, max),
        LLVMIntSGE | LLVMIntUGE => (kv, max),
        _ => return None,
    };
    (lo <= hi).then_some(Accepted { value: v, signed, lo, hi, min, max })
}

/// `llvm.masked.store` of one element: `value` to `addr` where `cond` holds.
unsafe fn masked_store(builder: LLVMBuilderRef, value: V, addr: V, cond: V, align: u32) -> V {
    let ctx = LLVMGetTypeContext(LLVMTypeOf(value));
    let module = LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInsertBlock(builder)));
    let ty = LLVMTypeOf(value);
    let vec_ty = LLVMVectorType(ty, 1);
    let mask_ty = LLVMVectorType(LLVMInt1TypeInContext(ctx), 1);
    let name = "llvm.masked.store";
    let id = LLVMLookupIntrinsicID(name.as_ptr().cast(), name.len());
    let mut tys = [vec_ty, LLVMTypeOf(addr)];
    let decl = LLVMGetIntrinsicDeclaration(module, id, tys.as_mut_ptr(), tys.len());
    let fn_ty = LLVMIntrinsicGetType(ctx, id, tys.as_mut_ptr(), tys.len());
    let v = LLVMBuildBitCast(builder, value, vec_ty, c"".as_ptr());
    let m = LLVMBuildBitCast(builder, cond, mask_ty, c"".as_ptr());
    let mut args = [v, addr, LLVMConstInt(LLVMInt32TypeInContext(ctx), u64::from(align.max(1)), 0), m];
    LLVMBuildCall2(builder, fn_ty, decl, args.as_mut_ptr(), args.len() as u32, c"".as_ptr())
}

/// Gives `to` the access metadata of `from` (TBAA, alias scopes).
unsafe fn copy_metadata(from: V, to: V) {
    for name in ["tbaa", "alias.scope", "noalias"] {
        let kind = LLVMGetMDKindID(name.as_ptr().cast(), name.len() as u32);
        let md = LLVMGetMetadata(from, kind);
        if !md.is_null() {
            LLVMSetMetadata(to, kind, md);
        }
    }
}

/// Whether `b` is an exception pad (it starts with a landing pad, catch or clean-up pad, or
/// a catch switch).
unsafe fn eh_pad(b: B) -> bool {
    let first = first_after_phis(b);
    !first.is_null()
        && matches!(
            opcode(first),
            LLVMOpcode::LLVMLandingPad
                | LLVMOpcode::LLVMCatchPad
                | LLVMOpcode::LLVMCleanupPad
                | LLVMOpcode::LLVMCatchSwitch
        )
}

/// A block of its own on the edge from `from`'s successor `n` (its target named once by
/// the terminator): the new block branches to the target, and the target's phis take
/// from it what they took from `from`.
unsafe fn split_edge(from: B, n: u32) -> B {
    let term = LLVMGetBasicBlockTerminator(from);
    let to = LLVMGetSuccessor(term, n);
    let ctx = LLVMGetTypeContext(LLVMTypeOf(term));
    let mid = LLVMInsertBasicBlockInContext(ctx, to, c"tf.way_out".as_ptr());
    let builder = LLVMCreateBuilderInContext(ctx);
    LLVMPositionBuilderAtEnd(builder, mid);
    LLVMBuildBr(builder, to);
    LLVMSetSuccessor(term, n, mid);
    // Phis cannot have an incoming block changed through the C API: each phi of `to` is
    // made again with `mid` in `from`'s place.
    let phis: Vec<V> =
        instructions(to).into_iter().take_while(|&i| opcode(i) == LLVMOpcode::LLVMPHI).collect();
    for old in phis {
        LLVMPositionBuilderBefore(builder, old);
        let new = LLVMBuildPhi(builder, LLVMTypeOf(old), c"".as_ptr());
        for k in 0..LLVMCountIncoming(old) {
            let mut v = [LLVMGetIncomingValue(old, k)];
            let b = LLVMGetIncomingBlock(old, k);
            let mut b = [if b == from { mid } else { b }];
            LLVMAddIncoming(new, v.as_mut_ptr(), b.as_mut_ptr(), 1);
        }
        LLVMReplaceAllUsesWith(old, new);
        LLVMInstructionEraseFromParent(old);
    }
    LLVMDisposeBuilder(builder);
    mid
}

/// The first instruction of `b` after its phis.
unsafe fn first_after_phis(b: B) -> V {
    let mut i = LLVMGetFirstInstruction(b);
    while !i.is_null() && opcode(i) == LLVMOpcode::LLVMPHI {
        i = LLVMGetNextInstruction(i);
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lli::run_ok as run;
    use inkwell::context::Context;
    use inkwell::memory_buffer::MemoryBuffer;

    /// A type graph like clang's for the CPython models: `!10` is a count (a struct of its
    /// own holding an `int`), `!11` a double field, `!12` "may be anything" (char).
    const TBAA: &str = r#"
!0 = !{!"Simple C/C++ TBAA"}
!1 = !{!"omnipotent char", !0, i64 0}
!2 = !{!"int", !1, i64 0}
!3 = !{!"counted", !2, i64 0}
!4 = !{!"double", !1, i64 0}
!5 = !{!"float", !6, i64 0, !4, i64 16}
!6 = !{!"object", !1, i64 0}
!10 = !{!3, !2, i64 0}
!11 = !{!5, !4, i64 16}
!12 = !{!1, !1, i64 0}
"#;

    /// `@main` for a function `@f(%o, %q, %g)` of a count at `%o`: runs it for a mortal
    /// and an immortal count, each with `%g` false and true, and prints what `@f` returned
    /// and the count afterwards.
    const DRIVER: &str = r#"
@fmt = private constant [10 x i8] c"%d %d %d\0A\00"
declare i32 @printf(ptr, ...)
define i32 @main() {
  %o = alloca i32
  %q = alloca [3 x double]
  br label %loop
loop:
  %k = phi i32 [ 0, %0 ], [ %k1, %loop ]
  %mortal = icmp ult i32 %k, 2
  %start = select i1 %mortal, i32 5, i32 -1073741824
  store i32 %start, ptr %o
  %g = trunc i32 %k to i1
  %r = call i32 @f(ptr %o, ptr %q, i1 %g)
  %after = load i32, ptr %o
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %k, i32 %r, i32 %after)
  %k1 = add i32 %k, 1
  %more = icmp ult i32 %k1, 4
  br i1 %more, label %loop, label %end
end:
  ret i32 0
}
"#;

    /// `@f(%o, %q, %g)`: a count at `%o` taken when the object is mortal (its count not
    /// negative), a guard `%g` that leaves with the count on the way, the count given back
    /// after `MIDDLE` ran. `@main` runs it for a mortal and an immortal count, each with
    /// the guard passing and failing, and prints what `@f` saw on the way out and what the
    /// count is afterwards.
    fn module(middle: &str, dec_cond: &str) -> String {
        format!(
            r#"
define void @other() {{
  ret void
}}
define i32 @f(ptr %o, ptr %q, i1 %g) {{
entry:
  %x = load i32, ptr %o, !tbaa !10
  %imm = icmp slt i32 %x, 0
  br i1 %imm, label %m, label %inc
inc:
  %x1 = add i32 %x, 1
  store i32 %x1, ptr %o, !tbaa !10
  br label %m
m:
  %v = phi i32 [ %x, %entry ], [ %x1, %inc ]
{middle}
  br i1 %g, label %exit, label %work
exit:
  %seen = load i32, ptr %o, !tbaa !12
  ret i32 %seen
work:
  br i1 {dec_cond}, label %dec, label %done
dec:
  %v1 = add i32 %v, -1
  store i32 %v1, ptr %o, !tbaa !10
  br label %done
done:
  ret i32 -7
}}
{DRIVER}
{TBAA}"#
        )
    }

    /// The pass (optionally with the fault), then the clean-up the pipeline runs: the
    /// report and the module's text.
    fn cancelled(text: &str, fault: bool) -> (CancelReport, String) {
        let ctx = Context::create();
        let buf = MemoryBuffer::create_from_memory_range_copy(text.as_bytes(), "test");
        let module = ctx.create_module_from_ir(buf).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let machine =
            crate::target::Target::by_triple("x86_64-unknown-linux-gnu").unwrap().machine().unwrap();
        let fault = fault.then_some(CancelFault::DropExits);
        let report = cancel_pairs(&module, &Cancel { fault });
        module.verify().unwrap_or_else(|e| panic!("{e}\n{}", module.print_to_string()));
        module
            .run_passes(
                "function(instcombine,simplifycfg)",
                &machine,
                inkwell::passes::PassBuilderOptions::create(),
            )
            .expect("clean-up");
        (report, module.print_to_string().to_string())
    }

    /// The pairs the pass removes from `text`, after checking that the result prints what
    /// the original prints.
    fn agrees(text: &str) -> usize {
        let expected = run(text);
        let (report, after) = cancelled(text, false);
        assert_eq!(run(&after), expected, "the rewritten module differs:\n{after}");
        report.pairs
    }

    #[test]
    fn a_count_taken_and_given_back_goes_and_the_exit_between_gets_it() {
        let text = module("  %dv = load double, ptr %q, !tbaa !11", "%mortal.c");
        let text =
            text.replace("  br i1 %mortal.c,", "  %mortal.c = icmp sgt i32 %x, -1\n  br i1 %mortal.c,");
        let expected = run(&text);
        // The exit sees the count taken (6); after the pair, the count is 5 again; an
        // immortal count is never touched.
        assert_eq!(expected, "0 -7 5\n1 6 6\n2 -7 -1073741824\n3 -1073741824 -1073741824\n");
        assert_eq!(agrees(&text), 1);
        let (_, after) = cancelled(&text, false);
        let hot = after.split("exit:").next().unwrap_or_default();
        assert!(!hot.contains("store i32"), "the increment is still on the way through:\n{after}");
        // Without the increments on the ways out, the exit sees the count as it was: the
        // fault a VM's tests must catch.
        let (report, faulty) = cancelled(&text, true);
        assert_eq!((report.pairs, report.compensations), (1, 0));
        assert_ne!(run(&faulty), expected);
    }

    #[test]
    fn anything_that_may_read_or_write_the_count_between_keeps_the_pair() {
        let cond = "%mortal.c";
        let fix = |t: String| {
            t.replace("  br i1 %mortal.c,", "  %mortal.c = icmp sgt i32 %x, -1\n  br i1 %mortal.c,")
        };
        for middle in [
            // A read of the count (a uniqueness test would be one).
            "  %peek = load i32, ptr %o, !tbaa !10",
            // A write through another pointer that may be the same count.
            "  store i32 1, ptr %q, !tbaa !10",
            // ... or may be anything.
            "  store i32 1, ptr %q, !tbaa !12",
            // A call.
            "  call void @other()",
        ] {
            assert_eq!(agrees(&fix(module(middle, cond))), 0, "{middle}");
        }
        // A write TBAA tells apart from a count does not.
        assert_eq!(agrees(&fix(module("  store double 1.0, ptr %q, !tbaa !11", cond))), 1);
    }

    #[test]
    fn a_decrement_that_runs_where_the_increment_did_not_keeps_the_pair() {
        // The decrement runs on every path through `work`, also where the object was
        // immortal and nothing was taken: it is not the increment's undoing.
        let text = module("", "true");
        assert_eq!(agrees(&text), 0);
        // Under a test on another value, the same.
        let text = module("", "%g2").replace("  br i1 %g2,", "  %g2 = icmp eq i32 %v, 6\n  br i1 %g2,");
        assert_eq!(agrees(&text), 0);
    }

    #[test]
    fn a_decrement_that_stores_the_loaded_count_again_undoes_the_increment() {
        // What LLVM makes of the CPython shape once it has threaded the immortality test:
        // the mortal path stores the count it loaded back, the immortal one nothing.
        let text = format!(
            r#"
define i32 @f(ptr %o, ptr %q, i1 %g) {{
entry:
  %x = load i32, ptr %o, !tbaa !10
  %mortal = icmp sgt i32 %x, -1
  br i1 %mortal, label %inc, label %skip
inc:
  %x1 = add nuw i32 %x, 1
  store i32 %x1, ptr %o, !tbaa !10
  %dv = load double, ptr %q, !tbaa !11
  br i1 %g, label %exit, label %dec
skip:
  br i1 %g, label %exit, label %done
exit:
  %seen = load i32, ptr %o, !tbaa !12
  ret i32 %seen
dec:
  store i32 %x, ptr %o, !tbaa !12
  br label %done
done:
  ret i32 -7
}}
{DRIVER}
{TBAA}"#
        );
        assert_eq!(run(&text), "0 -7 5\n1 6 6\n2 -7 -1073741824\n3 -1073741824 -1073741824\n");
        assert_eq!(agrees(&text), 1);
        let (_, faulty) = cancelled(&text, true);
        assert_ne!(run(&faulty), run(&text));
    }

    #[test]
    fn a_decrement_of_a_phi_in_the_increments_block_keeps_the_pair() {
        // `%y` is chosen before the increment runs: whatever it is, it is not what the
        // increment stored, though every path into its block runs the increment.
        let text = format!(
            r#"
@fmt = private constant [4 x i8] c"%d\0A\00"
declare i32 @printf(ptr, ...)
define void @f(ptr %o, i32 %z, i1 %a) {{
entry:
  br i1 %a, label %one, label %two
one:
  br label %inc
two:
  br label %inc
inc:
  %y = phi i32 [ %z, %one ], [ 9, %two ]
  %x = load i32, ptr %o, !tbaa !10
  %x1 = add i32 %x, 1
  store i32 %x1, ptr %o, !tbaa !10
  %y1 = add i32 %y, -1
  store i32 %y1, ptr %o, !tbaa !10
  ret void
}}
define i32 @main() {{
  %o = alloca i32
  store i32 5, ptr %o
  call void @f(ptr %o, i32 3, i1 true)
  %after = load i32, ptr %o
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %after)
  ret i32 0
}}
{TBAA}"#
        );
        assert_eq!(run(&text), "2\n");
        assert_eq!(agrees(&text), 0);
    }

    #[test]
    fn a_path_that_skipped_the_increment_and_comes_back_round_a_retreating_edge_keeps_the_pair() {
        // An irreducible graph: the path with `%c` false enters at `p`, goes back to `h`
        // (a retreating edge of the search, not a loop `p` is in) and from there reaches
        // the decrement, of `%x` this time: nothing was taken, yet one is given back.
        let text = format!(
            r#"
@fmt = private constant [7 x i8] c"%d %d\0A\00"
declare i32 @printf(ptr, ...)
define void @f(ptr %o, i1 %c, i1 %k) {{
entry:
  %x = load i32, ptr %o, !tbaa !10
  %x1 = add i32 %x, 1
  br i1 %c, label %inc, label %p
inc:
  store i32 %x1, ptr %o, !tbaa !10
  br label %h
h:
  %hv = phi i32 [ %x1, %inc ], [ %x, %p ]
  br i1 %k, label %p, label %dec
p:
  br i1 %c, label %dec, label %h
dec:
  %y = phi i32 [ %hv, %h ], [ %x1, %p ]
  %y1 = add i32 %y, -1
  store i32 %y1, ptr %o, !tbaa !10
  ret void
}}
define void @one(ptr %o, i32 %n, i1 %c, i1 %k) {{
  store i32 5, ptr %o
  call void @f(ptr %o, i1 %c, i1 %k)
  %after = load i32, ptr %o
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %n, i32 %after)
  ret void
}}
define i32 @main() {{
  %o = alloca i32
  call void @one(ptr %o, i32 0, i1 true, i1 false)
  call void @one(ptr %o, i32 1, i1 true, i1 true)
  call void @one(ptr %o, i32 2, i1 false, i1 false)
  ret i32 0
}}
{TBAA}"#
        );
        assert_eq!(run(&text), "0 5\n1 5\n2 4\n");
        assert_eq!(agrees(&text), 0);
    }

    #[test]
    fn a_way_out_into_a_landing_pad_keeps_the_pair() {
        // The increment cannot go before a landing pad (it must come first in its block),
        // and the unwind edge cannot be split.
        let text = format!(
            r#"
@fmt = private constant [7 x i8] c"%d %d\0A\00"
declare i32 @printf(ptr, ...)
declare i32 @__gxx_personality_v0(...)
define i32 @f(ptr %o, i1 %g) personality ptr @__gxx_personality_v0 {{
entry:
  %x = load i32, ptr %o, !tbaa !10
  %x1 = add i32 %x, 1
  store i32 %x1, ptr %o, !tbaa !10
  invoke void asm "", ""() to label %ok unwind label %lp
ok:
  br i1 %g, label %exit, label %dec
exit:
  %seen = load i32, ptr %o, !tbaa !12
  ret i32 %seen
dec:
  store i32 %x, ptr %o, !tbaa !10
  ret i32 -7
lp:
  %l = landingpad {{ ptr, i32 }} cleanup
  ret i32 -9
}}
define i32 @main() {{
  %o = alloca i32
  store i32 5, ptr %o
  %r = call i32 @f(ptr %o, i1 true)
  %after = load i32, ptr %o
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %r, i32 %after)
  ret i32 0
}}
{TBAA}"#
        );
        assert_eq!(run(&text), "6 6\n");
        assert_eq!(agrees(&text), 0);
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn an_asm_with_text_between_keeps_the_pair() {
        // No side effects and no memory clobber, yet it writes the count through its
        // operand: LLVM assumes an `asm` call may (it keeps it and forwards nothing
        // across it); only the holes' empty `asm` is harmless.
        let fix = |t: String| {
            t.replace("  br i1 %mortal.c,", "  %mortal.c = icmp sgt i32 %x, -1\n  br i1 %mortal.c,")
        };
        let text = fix(module("  call void asm \"incl ($0)\", \"r\"(ptr %o)", "%mortal.c"));
        assert_eq!(agrees(&text), 0);
        // The holes' barrier stays harmless.
        let text = fix(module("  %h = call i64 asm \"\", \"=r,0\"(i64 7)", "%mortal.c"));
        assert_eq!(agrees(&text), 1);
    }

    #[test]
    fn opposite_tests_of_one_value_are_one_condition() {
        let ir = r#"
define void @f(i32 %x) {
  %a = icmp slt i32 %x, 0
  %b = icmp sgt i32 %x, -1
  %c = icmp sge i32 %x, 0
  %d = icmp ult i32 %x, 5
  %e = icmp uge i32 %x, 5
  %h = icmp slt i32 %x, 1
  ret void
}
"#;
        let ctx = Context::create();
        let buf = MemoryBuffer::create_from_memory_range_copy(ir.as_bytes(), "t");
        let module = ctx.create_module_from_ir(buf).expect("parses");
        let f = module.get_function("f").expect("defined");
        // SAFETY: the module is alive for the checks.
        unsafe {
            let b = LLVMGetFirstBasicBlock(inkwell::values::AsValueRef::as_value_ref(&f));
            let i = instructions(b);
            let (a, bb, c, d, e, h) = (i[0], i[1], i[2], i[3], i[4], i[5]);
            assert_eq!(equivalent(a, bb), Some(false));
            assert_eq!(equivalent(bb, c), Some(true));
            assert_eq!(equivalent(d, e), Some(false));
            assert_eq!(equivalent(a, h), None);
            assert_eq!(equivalent(a, d), None);
        }
    }

    #[test]
    fn a_loop_that_takes_and_gives_back_each_iteration_increments_only_where_it_leaves() {
        let text = format!(
            r#"
@fmt = private constant [7 x i8] c"%d %d\0A\00"
declare i32 @printf(ptr, ...)
define i32 @f(ptr %o, i32 %stop) {{
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %x = load i32, ptr %o, !tbaa !10
  %x1 = add i32 %x, 1
  store i32 %x1, ptr %o, !tbaa !10
  %leave = icmp eq i32 %i, %stop
  br i1 %leave, label %exit, label %body
exit:
  %seen = load i32, ptr %o, !tbaa !12
  ret i32 %seen
body:
  %y = add i32 %x1, -1
  store i32 %y, ptr %o, !tbaa !10
  %i1 = add i32 %i, 1
  br label %head
}}
define i32 @main() {{
  %o = alloca i32
  store i32 3, ptr %o
  %r = call i32 @f(ptr %o, i32 4)
  %after = load i32, ptr %o
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %r, i32 %after)
  ret i32 0
}}
{TBAA}"#
        );
        assert_eq!(run(&text), "4 4\n");
        assert_eq!(agrees(&text), 1);
        let (_, after) = cancelled(&text, false);
        let body = after.split("body:").nth(1).unwrap_or_default().split("define").next().unwrap_or_default();
        assert!(!body.contains("store"), "the loop still counts:\n{after}");
    }
}
