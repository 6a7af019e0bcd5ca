//! Stack effects checked against the bodies (after stage 3): a uop's manifest entry says
//! how many stack slots it reads (`inputs`) and leaves (`outputs`); trace validation, the
//! interpreter and every stencil trust that. Nothing else compares it with what the C body
//! does, and a wrong entry runs quietly or blames the next uop. So each body is probed:
//! its simplified bitcode is called from a small function that passes a known stack
//! pointer and a constant oparg, everything is inlined and simplified, and then
//!
//! - every load and store whose address is the entry stack pointer plus a constant must
//!   fall inside the declared slots (below the entry top: the inputs; from the bottom of
//!   the inputs up: the outputs), and
//! - on every path that returns `TF_NEXT`, the stack pointer the body leaves must be the
//!   entry one moved by `outputs - inputs` slots.
//!
//! Only what the probe proves is reported: an address or a final stack pointer it cannot
//! tie to the entry one (reloaded from the frame after a call, computed from a runtime
//! value) is not checked, so the check never refuses a body it does not understand. Slots
//! are pointer-sized (the contract's `TfValue`). Uops that switch frames are skipped: the
//! stack they leave belongs to another frame. Uops whose counts depend on the oparg are
//! probed at opargs 0 to 3 (each at which the counts resolve) and refused only when they
//! disagree at all of them; others are probed at oparg 1.

use crate::definitions::{Count, Uop, UopLibrary};
use crate::error::{Error, Result};
use crate::irwalk;
use inkwell::context::Context;
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::module::{Linkage, Module};
use inkwell::values::AsValueRef;
use inkwell::AddressSpace;
use llvm_sys::core::*;
use llvm_sys::prelude::*;
use llvm_sys::target::{LLVMABISizeOfType, LLVMCreateTargetData, LLVMDisposeTargetData, LLVMPointerSize};
use llvm_sys::LLVMOpcode;
use std::collections::{BTreeSet, HashMap};

/// The passes a probe gets: everything inlined into it, then the simplifications that
/// turn the stack pointer's slot in memory into SSA values and fold constant addresses.
/// Loops with a constant trip count (`for (i = 0; i < OPARG; i++) POP()`) are unrolled so
/// that each of their accesses has its own constant address.
const PROBE_PIPELINE: &str = "always-inline,function(sroa,early-cse<memssa>,instcombine<no-verify-fixpoint>,\
simplifycfg,loop(loop-rotate,indvars,loop-unroll-full),gvn,jump-threading,instcombine<no-verify-fixpoint>,simplifycfg)";

/// The probe function's name and the position of its parameters.
const PROBE: &str = "tf_effect_probe";
const PROBE_SP: u32 = 0;
const PROBE_OUT: u32 = 1;

/// What one probe saw: the loads and stores through the stack, each as the slot ranges it
/// may cover (relative to the entry stack pointer, -1 is the top, first and last slot;
/// more than one where paths with other addresses merged before it), and, for each
/// `TF_NEXT` return it could follow, the moves (in slots) the stack pointer may have made
/// on the way there.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Probe {
    pub reads: BTreeSet<Access>,
    pub writes: BTreeSet<Access>,
    pub next_moves: BTreeSet<BTreeSet<i64>>,
}

/// Checks every body of `lib` (bitcode for `triple`, in library order) against its stack
/// effect; the first uop that disagrees is the error, naming its manifest line and body.
pub fn verify(lib: &UopLibrary, triple: &str, bodies: &[Vec<u8>]) -> Result<()> {
    let mut problems = Vec::new();
    for (uop, bc) in lib.uops.iter().zip(bodies) {
        if uop.frame.is_some() {
            continue;
        }
        // A uop is refused when it disagrees at every oparg it is probed at: an oparg a
        // uop never gets (`_BUILD_SLICE` at 0) may read where no declaration reaches.
        let mut first = None;
        let mut agreed = false;
        for oparg in probe_opargs(uop) {
            let Some((inputs, outputs)) = uop.stack_effect(oparg) else { continue };
            let probe = probe(bc, triple, uop, oparg)?;
            let found = disagreements(&probe, inputs as i64, outputs as i64, lib.undeclared_peeks);
            if found.is_empty() {
                agreed = true;
                break;
            }
            first.get_or_insert((uop, oparg, inputs, outputs, found));
        }
        if let (Some(p), false) = (first, agreed) {
            problems.push(p);
        }
    }
    let Some((uop, oparg, inputs, outputs, found)) = problems.first() else { return Ok(()) };
    let at_oparg = if uses_oparg(uop) { format!(" (probed at oparg {oparg})") } else { String::new() };
    let mut message = format!(
        "uop {}: its body ({}) does not match the stack effect its manifest entry declares, \
         {} input{} and {} output{}{at_oparg}:",
        uop.name,
        uop.body.display(),
        inputs,
        if *inputs == 1 { "" } else { "s" },
        outputs,
        if *outputs == 1 { "" } else { "s" },
    );
    for f in found {
        message.push_str("\n  - ");
        message.push_str(f);
    }
    if problems.len() > 1 {
        let others: Vec<&str> = problems[1..].iter().map(|p| p.0.name.as_str()).collect();
        message.push_str(&format!(
            "\n(the same check fails for {} more: {})",
            others.len(),
            others.join(", ")
        ));
    }
    Err(Error::at(&lib.manifest, uop.line, message).help(
        "declare in `stack:` every slot the body reads (inputs, top last) and every slot it leaves \
         (outputs), or fix the body's PEEK/POKE/PUSH/POP; see docs/formats.md, \"Stack effects\"",
    ))
}

/// Whether a count of the uop's stack effect depends on its oparg.
fn uses_oparg(uop: &Uop) -> bool {
    uop.inputs.iter().chain(&uop.outputs).any(|i| !matches!(i.count, Count::Fixed(_)))
}

fn probe_opargs(uop: &Uop) -> Vec<u64> {
    if uses_oparg(uop) {
        (0..4).collect()
    } else {
        vec![1]
    }
}

/// Names a slot relative to the entry top of stack as the contract's macros would.
fn slot_name(slot: i64) -> String {
    if slot < 0 {
        format!("PEEK({})", -slot)
    } else {
        format!("the slot {} above the top", slot + 1)
    }
}

/// One access: the slot ranges `(first, last)` it may cover, one per address it may have.
pub type Access = BTreeSet<(i64, i64)>;

/// What a probe shows that the declared counts do not allow, one sentence each (slots
/// below the inputs are allowed when the library says its manifest leaves peeks out).
pub fn disagreements(probe: &Probe, inputs: i64, outputs: i64, undeclared_peeks: bool) -> Vec<String> {
    let lowest = -inputs;
    let end = (outputs - inputs).max(0);
    let mut out = Vec::new();
    // An access is refused only when every address it may have is outside the declared
    // slots: merged paths may bring in addresses that no single path uses.
    for (verb, accesses) in [("reads", &probe.reads), ("writes", &probe.writes)] {
        let below = accesses
            .iter()
            .filter(|a| a.iter().all(|&(first, _)| first < lowest))
            .filter_map(|a| a.iter().map(|r| r.0).min())
            .min();
        let above = accesses
            .iter()
            .filter(|a| a.iter().all(|&(_, last)| last >= end))
            .filter_map(|a| a.iter().map(|r| r.1).max())
            .max();
        if let (Some(deepest), false) = (below, undeclared_peeks) {
            out.push(format!(
                "it {verb} {}, below the {} input{} declared",
                slot_name(deepest),
                inputs,
                if inputs == 1 { "" } else { "s" }
            ));
        }
        if let Some(highest) = above {
            out.push(format!(
                "it {verb} {}, beyond the {} output{} declared",
                slot_name(highest),
                outputs,
                if outputs == 1 { "" } else { "s" }
            ));
        }
    }
    // A path whose possible moves include the declared one is not refused: the merge that
    // made it several may have brought in other paths' moves.
    for moves in &probe.next_moves {
        if !moves.contains(&(outputs - inputs)) {
            let said: Vec<String> = moves.iter().map(|m| format!("{m:+}")).collect();
            out.push(format!(
                "when it ends with NEXT() it has moved the stack pointer by {} slot{}, where the \
                 declared effect moves it by {:+}",
                said.join(" or "),
                if moves.len() == 1 && moves.iter().all(|m| m.abs() == 1) { "" } else { "s" },
                outputs - inputs
            ));
        }
    }
    out
}

/// Probes one body at one oparg.
pub fn probe(bitcode: &[u8], triple: &str, uop: &Uop, oparg: u64) -> Result<Probe> {
    let ctx = Context::create();
    let buf = MemoryBuffer::create_from_memory_range_copy(bitcode, &uop.name);
    let module = Module::parse_bitcode_from_buffer(&buf, &ctx)
        .map_err(|e| Error::new(format!("bitcode of uop {} does not load: {e}", uop.name)))?;
    let body = module.get_function(&uop.symbol()).ok_or_else(|| undefined_uop(uop))?;
    build_probe(&ctx, &module, body, oparg)?;
    let machine = crate::target::triple_machine(triple)?;
    module
        .run_passes(PROBE_PIPELINE, &machine, inkwell::passes::PassBuilderOptions::create())
        .map_err(|e| Error::new(format!("probing the stack effect of uop {}: {e}", uop.name)))?;
    let probe_fn = module
        .get_function(PROBE)
        .ok_or_else(|| Error::new(format!("the stack-effect probe of uop {} disappeared", uop.name)))?;
    // SAFETY: the module is alive and verified; the walk only reads it.
    Ok(unsafe { analyze(&module, probe_fn.as_value_ref()) })
}

/// The error for a body that does not define its uop's function: the line of the
/// `TF_UOP(...)` it has (naming another uop), or the body file, with the fix.
fn undefined_uop(uop: &Uop) -> Error {
    let source = std::fs::read_to_string(&uop.body).unwrap_or_default();
    let found = source.lines().enumerate().find_map(|(i, l)| {
        let name = l.split_once("TF_UOP(")?.1.split(')').next()?.trim().to_string();
        Some((i + 1, name))
    });
    let message = match &found {
        Some((_, other)) => {
            format!("`TF_UOP({other})` defines uop {other}, but this is the body of uop {}", uop.name)
        }
        None => format!("this is the body of uop {}, but it has no `TF_UOP({})`", uop.name, uop.name),
    };
    Error::at(&uop.body, found.map(|f| f.0), message).help(format!(
        "write `TF_UOP({})` (the name the manifest gives it{}), or point the manifest's `body:` at \
         the right file",
        uop.name,
        uop.line.map(|l| format!(" at line {l}")).unwrap_or_default()
    ))
}

/// Adds `tf_effect_probe(ptr sp, ptr out, <the body's other arguments>)`: it calls the body
/// with the stack pointer in a slot of its own and the constant oparg, stores the final
/// stack pointer to `out` and returns the body's status (the walk pairs the two per path).
fn build_probe<'ctx>(
    ctx: &'ctx Context,
    module: &Module<'ctx>,
    body: inkwell::values::FunctionValue<'ctx>,
    oparg: u64,
) -> Result<()> {
    let ptr = ctx.ptr_type(AddressSpace::default());
    let body_ty = body.get_type();
    let params = body_ty.get_param_types();
    let ret = body_ty
        .get_return_type()
        .filter(|t| params.len() == 8 && t.is_int_type())
        .ok_or_else(|| Error::new("a body does not have the contract's signature (tracefuse.h TF_UOP)"))?
        .into_int_type();
    // Arguments: sp, out, then the body's own except the stack pointer slot and the oparg.
    let mut probe_params: Vec<inkwell::types::BasicMetadataTypeEnum> = vec![ptr.into(), ptr.into()];
    probe_params.extend(params.iter().enumerate().filter(|(i, _)| *i != 1 && *i != 3).map(|(_, t)| *t));
    let fn_ty = ret.fn_type(&probe_params, false);
    let f = module.add_function(PROBE, fn_ty, Some(Linkage::External));
    let b = ctx.create_builder();
    let entry = ctx.append_basic_block(f, "entry");
    let err = |e: inkwell::builder::BuilderError| Error::new(format!("building the stack-effect probe: {e}"));
    b.position_at_end(entry);
    let spp = b.build_alloca(ptr, "spp").map_err(err)?;
    let sp0 = f.get_nth_param(PROBE_SP).ok_or_else(|| Error::new("probe without sp"))?;
    b.build_store(spp, sp0).map_err(err)?;
    let mut rest = (2..f.count_params()).filter_map(|i| f.get_nth_param(i));
    let mut args: Vec<inkwell::values::BasicMetadataValueEnum> = Vec::new();
    for (i, t) in params.iter().enumerate() {
        match i {
            1 => args.push(spp.into()),
            3 => args.push(t.into_int_type().const_int(oparg, false).into()),
            _ => args.push(rest.next().ok_or_else(|| Error::new("probe arguments"))?.into()),
        }
    }
    let status = b
        .build_call(body, &args, "status")
        .map_err(err)?
        .try_as_basic_value()
        .basic()
        .ok_or_else(|| Error::new("a body returns nothing"))?
        .into_int_value();
    let sp1 = b.build_load(ptr, spp, "sp1").map_err(err)?;
    let out = f.get_nth_param(PROBE_OUT).ok_or_else(|| Error::new("probe without out"))?;
    b.build_store(out.into_pointer_value(), sp1).map_err(err)?;
    b.build_return(Some(&status)).map_err(err)?;

    // Everything the probe calls is inlined into it, as in a stencil.
    let kind = inkwell::attributes::Attribute::get_named_enum_kind_id;
    let always = ctx.create_enum_attribute(kind("alwaysinline"), 0);
    for g in module.get_functions() {
        if g == f || g.count_basic_blocks() == 0 {
            continue;
        }
        g.set_linkage(Linkage::Internal);
        g.remove_enum_attribute(inkwell::attributes::AttributeLoc::Function, kind("noinline"));
        g.remove_enum_attribute(inkwell::attributes::AttributeLoc::Function, kind("optnone"));
        g.add_attribute(inkwell::attributes::AttributeLoc::Function, always);
    }
    for name in ["llvm.used", "llvm.compiler.used"] {
        if let Some(g) = module.get_global(name) {
            // SAFETY: nothing refers to llvm.used; without it unused functions can go.
            unsafe { g.delete() };
        }
    }
    module.verify().map_err(|e| Error::new(format!("the stack-effect probe does not verify: {e}")))
}

type V = LLVMValueRef;

/// Walks the optimized probe: the byte offsets from the entry stack pointer that each
/// pointer value may have, then the accesses through them and the stores to `out`.
unsafe fn analyze(module: &Module, f: V) -> Probe {
    let td = LLVMCreateTargetData(LLVMGetDataLayoutStr(module.as_mut_ptr()));
    let slot = LLVMPointerSize(td) as i64;
    let sp0 = LLVMGetParam(f, PROBE_SP);
    let out = LLVMGetParam(f, PROBE_OUT);
    let mut insts = Vec::new();
    let mut bb = LLVMGetFirstBasicBlock(f);
    while !bb.is_null() {
        insts.extend(irwalk::instructions(bb));
        bb = LLVMGetNextBasicBlock(bb);
    }
    // Offsets: each sp-derived pointer's possible byte offsets, grown to a fixpoint (phis
    // in loops); a value with an offset the walk cannot follow is left out, and so is one
    // still growing after the last round (a pointer moved by a loop the passes kept).
    let mut offsets: HashMap<V, BTreeSet<i64>> = HashMap::new();
    offsets.insert(sp0, BTreeSet::from([0]));
    let round = |offsets: &mut HashMap<V, BTreeSet<i64>>| {
        let mut changed = Vec::new();
        for &i in &insts {
            let Some(new) = derived_offsets(i, offsets, td) else { continue };
            let entry = offsets.entry(i).or_default();
            let before = entry.len();
            entry.extend(new);
            if entry.len() != before {
                changed.push(i);
            }
        }
        changed
    };
    let mut converged = false;
    for _ in 0..16 {
        if round(&mut offsets).is_empty() {
            converged = true;
            break;
        }
    }
    if !converged {
        for v in round(&mut offsets) {
            offsets.remove(&v);
        }
    }
    // Rounds take a phi's known incoming values only (the others may be known later);
    // once done, a pointer with an operand that is not sp-derived is not followed, nor is
    // anything derived from it: a merge with an unknown pointer proves no address.
    loop {
        let unfollowed: Vec<V> = offsets
            .keys()
            .copied()
            .filter(|&v| v != sp0 && !pointer_operands(v).iter().all(|o| *o == v || offsets.contains_key(o)))
            .collect();
        if unfollowed.is_empty() {
            break;
        }
        for v in unfollowed {
            offsets.remove(&v);
        }
    }
    let mut probe = Probe::default();
    let slot_of = |off: i64| off.div_euclid(slot);
    let touch = |set: &mut BTreeSet<Access>, ptr: V, bytes: i64| {
        if let Some(offs) = offsets.get(&ptr) {
            set.insert(offs.iter().map(|&o| (slot_of(o), slot_of(o + bytes.max(1) - 1))).collect());
        }
    };
    for &i in &insts {
        match irwalk::opcode(i) {
            LLVMOpcode::LLVMLoad => {
                let bytes = LLVMABISizeOfType(td, LLVMTypeOf(i)) as i64;
                touch(&mut probe.reads, LLVMGetOperand(i, 0), bytes);
            }
            LLVMOpcode::LLVMStore => {
                let ptr = LLVMGetOperand(i, 1);
                let value = LLVMGetOperand(i, 0);
                if ptr == out {
                    continue;
                }
                let bytes = LLVMABISizeOfType(td, LLVMTypeOf(value)) as i64;
                touch(&mut probe.writes, ptr, bytes);
            }
            LLVMOpcode::LLVMCall => {
                // memcpy/memmove/memset with a constant length touch their ranges.
                let name = irwalk::called_name(i);
                let Some(len) = (LLVMGetNumArgOperands(i) >= 3)
                    .then(|| irwalk::const_int(LLVMGetOperand(i, 2)))
                    .flatten()
                else {
                    continue;
                };
                if name.starts_with("llvm.memcpy") || name.starts_with("llvm.memmove") {
                    touch(&mut probe.writes, LLVMGetOperand(i, 0), len);
                    touch(&mut probe.reads, LLVMGetOperand(i, 1), len);
                } else if name.starts_with("llvm.memset") {
                    touch(&mut probe.writes, LLVMGetOperand(i, 0), len);
                }
            }
            _ => {}
        }
    }
    // The final stack pointer of each path that returns TF_NEXT: each `ret` with the
    // store to `out` before it in its block, the two values paired through phis and
    // selects back to where the status is a constant.
    for &r in &insts {
        if irwalk::opcode(r) != LLVMOpcode::LLVMRet || LLVMGetNumOperands(r) != 1 {
            continue;
        }
        let block = LLVMGetInstructionParent(r);
        let Some(store) = irwalk::instructions(block)
            .into_iter()
            .rev()
            .find(|&i| irwalk::opcode(i) == LLVMOpcode::LLVMStore && LLVMGetOperand(i, 1) == out)
        else {
            continue;
        };
        let mut paths = Vec::new();
        status_paths(LLVMGetOperand(r, 0), LLVMGetOperand(store, 0), 0, &mut paths);
        for (status, sp) in paths {
            if status == TF_NEXT {
                if let Some(offs) = offsets.get(&sp) {
                    probe.next_moves.insert(offs.iter().map(|o| o.div_euclid(slot)).collect());
                }
            }
        }
    }
    LLVMDisposeTargetData(td);
    probe
}

/// The contract's `TF_NEXT` status (tracefuse.h).
const TF_NEXT: i64 = 0;

/// Pairs a status value with the stack pointer value returned beside it, following phis of
/// one block (incoming block by incoming block) and selects on one condition, down to
/// constant statuses. A pair it cannot follow is left out.
unsafe fn status_paths(status: V, sp: V, depth: usize, out: &mut Vec<(i64, V)>) {
    if depth > 16 {
        return;
    }
    if let Some(c) = irwalk::const_int(status) {
        out.push((c, sp));
        return;
    }
    if LLVMIsAInstruction(status).is_null() {
        return;
    }
    match irwalk::opcode(status) {
        LLVMOpcode::LLVMPHI => {
            let block = LLVMGetInstructionParent(status);
            let sp_phi = !LLVMIsAInstruction(sp).is_null()
                && irwalk::opcode(sp) == LLVMOpcode::LLVMPHI
                && LLVMGetInstructionParent(sp) == block;
            for k in 0..LLVMCountIncoming(status) {
                let from = LLVMGetIncomingBlock(status, k);
                let sp_in = if sp_phi {
                    match (0..LLVMCountIncoming(sp)).find(|&j| LLVMGetIncomingBlock(sp, j) == from) {
                        Some(j) => LLVMGetIncomingValue(sp, j),
                        None => continue,
                    }
                } else {
                    sp
                };
                status_paths(LLVMGetIncomingValue(status, k), sp_in, depth + 1, out);
            }
        }
        LLVMOpcode::LLVMSelect => {
            let cond = LLVMGetOperand(status, 0);
            let same = !LLVMIsAInstruction(sp).is_null()
                && irwalk::opcode(sp) == LLVMOpcode::LLVMSelect
                && LLVMGetOperand(sp, 0) == cond;
            for arm in [1, 2] {
                let sp_arm = if same { LLVMGetOperand(sp, arm) } else { sp };
                status_paths(LLVMGetOperand(status, arm), sp_arm, depth + 1, out);
            }
        }
        _ => {}
    }
}

/// The pointers a derived pointer `v` is made from (a GEP's base, a phi's incoming values,
/// a select's arms).
unsafe fn pointer_operands(v: V) -> Vec<V> {
    match irwalk::opcode(v) {
        LLVMOpcode::LLVMGetElementPtr => vec![LLVMGetOperand(v, 0)],
        LLVMOpcode::LLVMPHI => (0..LLVMCountIncoming(v)).map(|k| LLVMGetIncomingValue(v, k)).collect(),
        LLVMOpcode::LLVMSelect => vec![LLVMGetOperand(v, 1), LLVMGetOperand(v, 2)],
        _ => Vec::new(),
    }
}

/// The offsets instruction `i` may have, when it is a pointer derived from known ones by
/// a constant GEP, a phi or a select (`None`: not derived, or not followable).
unsafe fn derived_offsets(
    i: V,
    offsets: &HashMap<V, BTreeSet<i64>>,
    td: llvm_sys::target::LLVMTargetDataRef,
) -> Option<BTreeSet<i64>> {
    match irwalk::opcode(i) {
        LLVMOpcode::LLVMGetElementPtr => {
            let base = offsets.get(&LLVMGetOperand(i, 0))?;
            if LLVMGetNumOperands(i) != 2 {
                return None;
            }
            let index = irwalk::const_int(LLVMGetOperand(i, 1))?;
            let size = LLVMABISizeOfType(td, LLVMGetGEPSourceElementType(i)) as i64;
            let delta = index.checked_mul(size)?;
            Some(base.iter().filter_map(|b| b.checked_add(delta)).collect())
        }
        LLVMOpcode::LLVMPHI => {
            let mut all = BTreeSet::new();
            let mut any = false;
            for k in 0..LLVMCountIncoming(i) {
                let v = LLVMGetIncomingValue(i, k);
                if v == i {
                    continue;
                }
                // Not known yet (a loop: a later round adds it), or not sp-derived (the
                // phi is dropped once the rounds are done).
                if let Some(o) = offsets.get(&v) {
                    any = true;
                    all.extend(o);
                }
            }
            any.then_some(all)
        }
        LLVMOpcode::LLVMSelect => {
            let a = offsets.get(&LLVMGetOperand(i, 1))?;
            let b = offsets.get(&LLVMGetOperand(i, 2))?;
            Some(a.union(b).copied().collect())
        }
        _ => None,
    }
}
