//! Stage 4b — IR: builds one LLVM module per stencil through inkwell.
//!
//! This stage only emits: a [`StencilPlan`] (from [`crate::plan`]) says what a stencil
//! runs and where each way out goes; [`build_module`] turns it into one `preserve_none`
//! function `_JIT_ENTRY(frame, sp, tstate)` that calls each instruction's body (linked in
//! from bitcode, internal and always-inline) and branches on the status it returns:
//!
//! - `TF_NEXT`: on to the next instruction; after the last, a musttail call to
//!   `_JIT_CONTINUE` (or, in the end stub, the exit function with `TF_EXIT_END`);
//! - `TF_DEOPT`, `TF_SIDE_EXIT`, `TF_ERROR`: to that instruction's own cold exit block,
//!   which calls the library's exit function with (kind, index, target) and returns, or
//!   for a side exit into another trace, musttail-calls that trace's hole (or, inside a
//!   trace tree, branches to that trace's first instruction);
//! - `TF_JUMP_TOP`: a back edge to the first instruction of its trace (fused), or a
//!   musttail call to `_JIT_JUMP_TARGET` (per-uop).
//!
//! A trace tree ([`StencilPlan::tree`]) is several linked traces one after the other in
//! one function; each falls through after its own last instruction.
//!
//! Bodies get the frame and the stack pointer by address (slots of `_JIT_ENTRY`, which
//! SROA turns into registers): a body may switch frames, and every way out passes the
//! frame the bodies left.
//!
//! A fused loop of a library with shadow-frame hooks ([`Shadow`]) runs on a copy of the
//! frame's slots that SROA turns into SSA values; every way out writes back the live slots
//! that changed. Such a loop is also peeled: its first iteration is built as a copy before
//! the loop, so the checks it made fold inside the loop (in a trace tree, each trace runs
//! on its own copy, and the root and each looping member are peeled).
//!
//! Hole values are `external hidden` globals whose address is the value; every use goes
//! through an empty inline-asm barrier so LLVM cannot assume a hole is non-null (it would
//! fold `OPARG == 0` to false) or aligned.

use crate::bodies::LibraryBitcode;
use crate::definitions::{ExitKind, Field, StencilResult, UopLibrary};
use crate::error::{Error, Result};
use crate::hole::HoleValue;
use crate::plan::{
    hole, Fallthrough, FieldValue, JumpTop, PlannedInstruction, Shadow, SideExit, StencilPlan, TreeMember,
};
use crate::target::{ObjectFormat, Target, ValueAccess};
use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::basic_block::BasicBlock;
use inkwell::context::Context;
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::module::{Linkage, Module};
use inkwell::targets::TargetMachine;
use inkwell::types::{BasicType, BasicTypeEnum};
use inkwell::values::{BasicMetadataValueEnum, FunctionValue, GlobalValue, IntValue, PointerValue};
use inkwell::{DLLStorageClass, GlobalVisibility, IntPredicate};
use llvm_sys::LLVMTailCallKind;

/// The calling convention of stencils: `preserve_none` (LLVM 19's number).
pub const PRESERVE_NONE: u32 = 21;
/// The stencil's entry symbol.
pub use crate::hole::ENTRY_SYMBOL as ENTRY;

/// Exit kinds of the library's exit function (tracefuse.h `TF_EXIT_*`).
const EXIT_END: u64 = 0;

/// Builds, prepares and verifies the module for `plan`.
pub fn build_module<'ctx>(
    ctx: &'ctx Context,
    lib: &UopLibrary,
    bitcode: &LibraryBitcode,
    target: &Target,
    machine: &TargetMachine,
    plan: &StencilPlan,
) -> Result<Module<'ctx>> {
    let module = ctx.create_module(&plan.name);
    module.set_source_file_name(&plan.name);
    let mut used: Vec<usize> = plan.instructions.iter().map(|p| p.uop).collect();
    used.sort_unstable();
    used.dedup();
    for &u in &used {
        let uop = &lib.uops[u];
        let buf = MemoryBuffer::create_from_memory_range_copy(&bitcode.bodies[u], &uop.name);
        let body = Module::parse_bitcode_from_buffer(&buf, ctx)
            .map_err(|e| Error::new(format!("bitcode of uop {} does not load: {e}", uop.name)))?;
        module.link_in_module(body).map_err(|e| {
            Error::new(format!("linking the body of uop {} into {}: {e}", uop.name, plan.name))
        })?;
    }
    if plan.shadow.is_some() {
        let bc = bitcode
            .shadow
            .as_ref()
            .ok_or_else(|| Error::new("the plan wants a shadow frame, the library has no hooks"))?;
        let buf = MemoryBuffer::create_from_memory_range_copy(bc, "shadow");
        let hooks = Module::parse_bitcode_from_buffer(&buf, ctx)
            .map_err(|e| Error::new(format!("bitcode of the shadow hooks does not load: {e}")))?;
        module.link_in_module(hooks).map_err(|e| Error::new(format!("linking the shadow hooks: {e}")))?;
    }
    module.set_triple(&machine.get_triple());
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    for name in ["llvm.used", "llvm.compiler.used"] {
        if let Some(g) = module.get_global(name) {
            // SAFETY: nothing refers to llvm.used; deleting it lets unused bodies go.
            unsafe { g.delete() };
        }
    }
    crate::slots::take_layout(&module, plan.frame_slots.is_some())
        .map_err(|e| Error::new(format!("stencil {}: {}", plan.name, e.message)))?;
    crate::call_written::take_declarations(&module, plan.call_written.is_some())
        .map_err(|e| Error::new(format!("stencil {}: {}", plan.name, e.message)))?;

    let b = IrBuilder { ctx, module: &module, lib, builder: ctx.create_builder() };
    b.build_entry(plan)?;
    b.prepare_functions(target, &crate::sink::outlined_functions(&module, plan.sink.as_ref()));
    module.verify().map_err(|e| {
        Error::new(format!("stencil {} is not valid LLVM IR: {}", plan.name, e.to_string().trim_end()))
            .help("a uop body probably does not match the contract in llvm/tracefuse.h")
    })?;
    Ok(module)
}

struct IrBuilder<'a, 'ctx> {
    ctx: &'ctx Context,
    module: &'a Module<'ctx>,
    lib: &'a UopLibrary,
    builder: inkwell::builder::Builder<'ctx>,
}

/// A shadow frame in use: the hooks that write it back, the frame copy, its slots and
/// the values copied in at entry (what the real frame holds until the trace leaves).
#[derive(Clone)]
struct ShadowFrame<'ctx> {
    plan: Shadow,
    store: FunctionValue<'ctx>,
    leave: FunctionValue<'ctx>,
    frame: PointerValue<'ctx>,
    slots: PointerValue<'ctx>,
    held: Vec<IntValue<'ctx>>,
}

/// An exit that goes to the shared exit block: the block it leaves from, what it reports,
/// the frame and the stack pointer.
struct RecordedExit<'ctx> {
    /// The exit block it goes to (see [`EntryFunction::exits`]).
    part: usize,
    from: BasicBlock<'ctx>,
    kind: IntValue<'ctx>,
    index: IntValue<'ctx>,
    target: IntValue<'ctx>,
    frame: PointerValue<'ctx>,
    sp: ExitSp<'ctx>,
}

/// The stack pointer an exit leaves with: a pointer, or under a shadow frame its slot
/// (an integer, a constant on each edge once the bodies are inlined, so that no pointer
/// into the slots reaches the shared exit block and the slots stay promotable).
#[derive(Clone, Copy)]
enum ExitSp<'ctx> {
    Pointer(PointerValue<'ctx>),
    Slot(IntValue<'ctx>),
}

/// `_JIT_ENTRY` while it is built: its parameters, the frame's and the stack pointer's
/// slots, its blocks and the exits recorded so far.
struct EntryFunction<'ctx> {
    function: FunctionValue<'ctx>,
    /// The frame the stencil is entered with.
    frame: PointerValue<'ctx>,
    tstate: PointerValue<'ctx>,
    /// The frame's slot, which bodies get by address (a body may switch frames).
    framep: PointerValue<'ctx>,
    /// The stack pointer's slot, which bodies get by address.
    spp: PointerValue<'ctx>,
    /// The slot a body leaves a returned value or a tail-call target in.
    result: PointerValue<'ctx>,
    /// The shadow frame the instructions being built run on (their trace's).
    shadow: Option<ShadowFrame<'ctx>>,
    /// Under a shadow frame, each trace's (the root's, then each tree member's): in a
    /// trace tree every trace runs on a copy of its own, so that a trace whose slots
    /// escape (a call given a pointer into the stack) leaves the others' in registers;
    /// moving between traces copies the slots over (see `IrBuilder::move_to`).
    shadows: Vec<ShadowFrame<'ctx>>,
    /// Whether each trace has its own fall-through and exit block (a trace tree on
    /// shadow frames: a way out writes back its own trace's copy); else one of each.
    per_trace: bool,
    /// One block per instruction.
    blocks: Vec<BasicBlock<'ctx>>,
    /// The first iteration of each peeled loop (see [`peeled_traces`]): per instruction,
    /// the block of its copy, for the instructions before a peeled trace's stubs; `None`
    /// elsewhere (all `None` when nothing is peeled). Entering a peeled trace enters its copy.
    peeled: Vec<Option<BasicBlock<'ctx>>>,
    /// Reached after the last instruction (of each trace, see `per_trace`).
    fallthroughs: Vec<BasicBlock<'ctx>>,
    /// The shared exit block (of each trace, see `per_trace`).
    exits: Vec<BasicBlock<'ctx>>,
    recorded: Vec<RecordedExit<'ctx>>,
}

impl<'ctx> EntryFunction<'ctx> {
    /// The fall-through and exit blocks' index for trace `t` (0 the root).
    fn part(&self, t: usize) -> usize {
        if self.per_trace {
            t
        } else {
            0
        }
    }

    /// Builds on from here as trace `t`: on its shadow frame.
    fn select(&mut self, t: usize) {
        if let Some(sh) = self.shadows.get(t) {
            self.shadow = Some(sh.clone());
        }
    }
}

/// The traces of a fused plan whose loop is peeled, as (first instruction, stubs from):
/// the first iteration built as a copy before the loop (LuaJIT's loop optimization), so
/// that inside the loop every value the first iteration checked is known — a local's type
/// tag, a guard on a loop-invariant value — and LLVM folds the checks the loop would
/// otherwise repeat. Only under a shadow frame, where the slots are SSA values such facts
/// can flow through; the copy's exits are the same exits. The root is peeled (a tree's
/// root may be re-entered by its members), and in a trace tree each member that jumps
/// back to its own top (a nested loop): every entry into it from the tree runs its copy.
fn peeled_traces(lib: &UopLibrary, plan: &StencilPlan) -> Vec<(usize, usize)> {
    if plan.shadow.is_none() || plan.jump_top != JumpTop::Loop {
        return Vec::new();
    }
    let loops = |m: &TreeMember| {
        m.stubs_from > m.start && lib.uops[plan.instructions[m.stubs_from - 1].uop].may(ExitKind::JumpToTop)
    };
    let mut traces = vec![(0, plan.stubs_from)];
    traces.extend(plan.members.iter().filter(|m| loops(m)).map(|m| (m.start, m.stubs_from)));
    traces
}

/// Fault injection: falling through and `swap` exchange destinations.
fn swap_destinations<'ctx>(cases: &mut [(IntValue<'ctx>, BasicBlock<'ctx>)], swap: ExitKind) {
    if let Some(j) =
        cases.iter().position(|(v, _)| v.get_zero_extended_constant() == Some(swap.status() as u64))
    {
        let (a, b) = (cases[0].1, cases[j].1);
        cases[0].1 = b;
        cases[j].1 = a;
    }
}

fn llvm_err(e: inkwell::builder::BuilderError) -> Error {
    Error::new(format!("building IR: {e}"))
}

impl<'a, 'ctx> IrBuilder<'a, 'ctx> {
    /// What stencils (and the exit function) return: the library's `stencil_result`.
    fn result_type(&self) -> BasicTypeEnum<'ctx> {
        match self.lib.stencil_result {
            StencilResult::Int => self.ctx.i32_type().into(),
            StencilResult::Pointer => self.ctx.ptr_type(inkwell::AddressSpace::default()).into(),
        }
    }

    fn stencil_type(&self) -> inkwell::types::FunctionType<'ctx> {
        let ptr = self.ctx.ptr_type(inkwell::AddressSpace::default());
        self.result_type().fn_type(&[ptr.into(), ptr.into(), ptr.into()], false)
    }

    /// A function hole: another stencil, entered by a musttail call.
    fn stencil_decl(&self, name: &str) -> FunctionValue<'ctx> {
        let f = self
            .module
            .get_function(name)
            .unwrap_or_else(|| self.module.add_function(name, self.stencil_type(), Some(Linkage::External)));
        f.set_call_conventions(PRESERVE_NONE);
        f
    }

    /// A value hole's address as an i64, behind an optimization barrier.
    fn hole_value(&self, name: &str) -> Result<IntValue<'ctx>> {
        let i64t = self.ctx.i64_type();
        let g = match self.module.get_global(name) {
            Some(g) => g,
            None => {
                // Visibility (and so how code reaches it) is set by `prepare_functions`.
                let g = self.module.add_global(self.ctx.i8_type(), None, name);
                g.set_linkage(Linkage::External);
                g.set_alignment(1);
                g
            }
        };
        let addr = g.as_pointer_value().const_to_int(i64t);
        let asm_ty = i64t.fn_type(&[i64t.into()], false);
        let asm = self.ctx.create_inline_asm(asm_ty, String::new(), "=r,0".into(), false, false, None, false);
        let v = self.builder.build_indirect_call(asm_ty, asm, &[addr.into()], name).map_err(llvm_err)?;
        Ok(v.try_as_basic_value().basic().map(|v| v.into_int_value()).unwrap_or(addr))
    }

    fn field(&self, v: &FieldValue) -> Result<IntValue<'ctx>> {
        match v {
            FieldValue::Const(c) => Ok(self.ctx.i64_type().const_int(*c, false)),
            FieldValue::Hole(name) => self.hole_value(name),
        }
    }

    fn exit_function(&self) -> FunctionValue<'ctx> {
        let name = &self.lib.exit_function;
        self.module.get_function(name).unwrap_or_else(|| {
            let ptr = self.ctx.ptr_type(inkwell::AddressSpace::default());
            let (i32t, i64t) = (self.ctx.i32_type(), self.ctx.i64_type());
            let ty = self
                .result_type()
                .fn_type(&[ptr.into(), ptr.into(), ptr.into(), i32t.into(), i64t.into(), i64t.into()], false);
            let f = self.module.add_function(name, ty, Some(Linkage::External));
            let cold = Attribute::get_named_enum_kind_id("cold");
            f.add_attribute(AttributeLoc::Function, self.ctx.create_enum_attribute(cold, 0));
            f
        })
    }

    /// `exit(frame, sp, tstate, kind, index, target)` then `ret`.
    fn record_exit(
        &self,
        args: [PointerValue<'ctx>; 3],
        kind: IntValue<'ctx>,
        index: IntValue<'ctx>,
        target: IntValue<'ctx>,
    ) -> Result<()> {
        let call_args: Vec<BasicMetadataValueEnum> =
            vec![args[0].into(), args[1].into(), args[2].into(), kind.into(), index.into(), target.into()];
        let r = self.builder.build_call(self.exit_function(), &call_args, "exit").map_err(llvm_err)?;
        let r = r.try_as_basic_value().basic().ok_or_else(|| Error::new("exit function returns nothing"))?;
        self.builder.build_return(Some(&r)).map_err(llvm_err)?;
        Ok(())
    }

    /// `musttail call preserve_none @name(frame, sp, tstate)` then `ret`.
    fn tail_call(&self, name: &str, args: [PointerValue<'ctx>; 3]) -> Result<()> {
        let f = self.stencil_decl(name);
        let call_args: Vec<BasicMetadataValueEnum> = args.iter().map(|&a| a.into()).collect();
        let call = self.builder.build_call(f, &call_args, "next").map_err(llvm_err)?;
        self.finish_tail_call(call)
    }

    /// `musttail call preserve_none %f(frame, sp, tstate)` through a function pointer,
    /// then `ret`.
    fn tail_call_pointer(&self, f: PointerValue<'ctx>, args: [PointerValue<'ctx>; 3]) -> Result<()> {
        let call_args: Vec<BasicMetadataValueEnum> = args.iter().map(|&a| a.into()).collect();
        let call =
            self.builder.build_indirect_call(self.stencil_type(), f, &call_args, "next").map_err(llvm_err)?;
        self.finish_tail_call(call)
    }

    /// Makes `call` a `musttail` call in the stencil convention and returns its result.
    fn finish_tail_call(&self, call: inkwell::values::CallSiteValue<'ctx>) -> Result<()> {
        call.set_call_convention(PRESERVE_NONE);
        call.set_tail_call_kind(LLVMTailCallKind::LLVMTailCallKindMustTail);
        let r = call.try_as_basic_value().basic().ok_or_else(|| Error::new("stencil returns nothing"))?;
        self.builder.build_return(Some(&r)).map_err(llvm_err)?;
        Ok(())
    }

    /// `ret` the value a body left in the result slot, as the stencil's result type.
    fn return_result(&self, f: &EntryFunction<'ctx>) -> Result<()> {
        let b = &self.builder;
        let ptr = self.ctx.ptr_type(inkwell::AddressSpace::default());
        let v = b.build_load(ptr, f.result, "result").map_err(llvm_err)?.into_pointer_value();
        match self.lib.stencil_result {
            StencilResult::Pointer => b.build_return(Some(&v)).map_err(llvm_err)?,
            StencilResult::Int => {
                let i = b.build_ptr_to_int(v, self.ctx.i32_type(), "result_int").map_err(llvm_err)?;
                b.build_return(Some(&i)).map_err(llvm_err)?
            }
        };
        Ok(())
    }

    /// Builds `_JIT_ENTRY` for `plan`: the prologue, one block per instruction, what
    /// falling off the end does, and the shared exit block.
    fn build_entry(&self, plan: &StencilPlan) -> Result<()> {
        let mut f = self.begin_entry(plan)?;
        // The copies: each instruction of a peeled trace goes on to the next one's copy.
        let copies: Vec<BasicBlock<'ctx>> =
            f.peeled.iter().zip(&f.blocks).map(|(p, b)| p.unwrap_or(*b)).collect();
        for (i, inst) in plan.instructions.iter().enumerate() {
            if f.peeled[i].is_some() {
                self.build_instruction(&mut f, plan, i, inst, &copies)?;
            }
        }
        let blocks = f.blocks.clone();
        for (i, inst) in plan.instructions.iter().enumerate() {
            self.build_instruction(&mut f, plan, i, inst, &blocks)?;
        }
        self.build_fallthrough(&mut f, plan)?;
        self.build_exit_blocks(&mut f, plan)
    }

    /// Declares `_JIT_ENTRY`, appends its blocks and fills the entry block: the stack
    /// pointer's slot (bodies get it by address), the shadow frame if the plan has one,
    /// and a branch to the first instruction.
    fn begin_entry(&self, plan: &StencilPlan) -> Result<EntryFunction<'ctx>> {
        let function = self.module.add_function(ENTRY, self.stencil_type(), Some(Linkage::External));
        function.set_call_conventions(PRESERVE_NONE);
        let param = |n: u32, what: &str| {
            function
                .get_nth_param(n)
                .map(|p| p.into_pointer_value())
                .ok_or_else(|| Error::new(format!("entry has no {what}")))
        };
        let (frame, sp0, tstate) = (param(0, "frame")?, param(1, "sp")?, param(2, "tstate")?);
        let bb_entry = self.ctx.append_basic_block(function, "entry");
        let blocks: Vec<_> = (0..plan.instructions.len())
            .map(|i| self.ctx.append_basic_block(function, &format!("inst{i}")))
            .collect();
        let mut peeled = vec![None; plan.instructions.len()];
        for (start, stubs_from) in peeled_traces(self.lib, plan) {
            for (i, copy) in peeled.iter_mut().enumerate().take(stubs_from).skip(start) {
                *copy = Some(self.ctx.append_basic_block(function, &format!("peel{i}")));
            }
        }
        let per_trace = plan.shadow.is_some() && !plan.members.is_empty();
        let parts = if per_trace { plan.members.len() + 1 } else { 1 };
        let fallthroughs: Vec<_> = (0..parts)
            .map(|p| {
                let name = if p == 0 { "fallthrough".to_string() } else { format!("fallthrough{p}") };
                self.ctx.append_basic_block(function, &name)
            })
            .collect();
        let b = &self.builder;
        b.position_at_end(bb_entry);
        let ptr = self.ctx.ptr_type(inkwell::AddressSpace::default());
        let framep = b.build_alloca(ptr, "framep").map_err(llvm_err)?;
        let spp = b.build_alloca(ptr, "spp").map_err(llvm_err)?;
        let result = b.build_alloca(ptr, "result").map_err(llvm_err)?;
        let (shadow, shadows) = match plan.shadow {
            Some(sh) => {
                let root = self.enter_shadow(sh, frame, spp)?;
                let mut all = vec![root.clone()];
                for _ in &plan.members {
                    all.push(self.member_shadow(&root)?);
                }
                (Some(root), all)
            }
            None => {
                b.build_store(spp, sp0).map_err(llvm_err)?;
                (None, Vec::new())
            }
        };
        // Bodies start on the shadow frame, if there is one.
        b.build_store(framep, shadow.as_ref().map_or(frame, |sh| sh.frame)).map_err(llvm_err)?;
        if plan.count_entries {
            self.count_entry()?;
        }
        let first = peeled.first().copied().flatten().or(blocks.first().copied()).unwrap_or(fallthroughs[0]);
        b.build_unconditional_branch(first).map_err(llvm_err)?;
        let exits: Vec<_> = (0..parts)
            .map(|p| {
                let name = if p == 0 { "exit".to_string() } else { format!("exit{p}") };
                self.ctx.append_basic_block(function, &name)
            })
            .collect();
        Ok(EntryFunction {
            function,
            frame,
            tstate,
            framep,
            spp,
            result,
            shadow,
            shadows,
            per_trace,
            blocks,
            peeled,
            fallthroughs,
            exits,
            recorded: Vec::new(),
        })
    }

    /// `++*_JIT_ENTRY_COUNT`, in the entry block: once per entry, not per iteration.
    fn count_entry(&self) -> Result<()> {
        let b = &self.builder;
        let i64t = self.ctx.i64_type();
        let ptr = self.ctx.ptr_type(inkwell::AddressSpace::default());
        let addr = self.hole_value(&hole(HoleValue::EntryCount))?;
        let counter = b.build_int_to_ptr(addr, ptr, "entry_count").map_err(llvm_err)?;
        let n = b.build_load(i64t, counter, "entries").map_err(llvm_err)?.into_int_value();
        let n = b.build_int_add(n, i64t.const_int(1, false), "entries1").map_err(llvm_err)?;
        b.build_store(counter, n).map_err(llvm_err)?;
        Ok(())
    }

    /// With a shadow frame, bodies see `shadow` (whose slots are an alloca): the frame copy
    /// set up (`tf_shadow_enter`), the locals and the entry stack copied in one constant
    /// slot at a time (`tf_shadow_load`), the stack pointer at the entry slot in `spp`.
    fn enter_shadow(
        &self,
        sh: Shadow,
        frame: PointerValue<'ctx>,
        spp: PointerValue<'ctx>,
    ) -> Result<ShadowFrame<'ctx>> {
        let b = &self.builder;
        let i64t = self.ctx.i64_type();
        let hook = |name: &str| {
            self.module.get_function(name).ok_or_else(|| {
                Error::new(format!("the shadow hooks do not define {name} (see TF_SHADOW_ENTER)"))
            })
        };
        let (enter, load) = (hook("tf_shadow_enter")?, hook("tf_shadow_load")?);
        let (store, leave) = (hook("tf_shadow_store")?, hook("tf_shadow_leave")?);
        let (sframe, slots) = self.shadow_allocas(sh.slots, "")?;
        b.build_call(enter, &[frame.into(), sframe.into(), slots.into()], "").map_err(llvm_err)?;
        let mut held = Vec::new();
        for i in 0..sh.entry {
            let v = b
                .build_call(load, &[frame.into(), i64t.const_int(i, false).into()], &format!("held{i}"))
                .map_err(llvm_err)?
                .try_as_basic_value()
                .basic()
                .ok_or_else(|| Error::new("tf_shadow_load returns nothing"))?
                .into_int_value();
            b.build_store(self.slot(slots, i)?, v).map_err(llvm_err)?;
            held.push(v);
        }
        b.build_store(spp, self.slot(slots, sh.entry)?).map_err(llvm_err)?;
        Ok(ShadowFrame { plan: sh, store, leave, frame: sframe, slots, held })
    }

    /// A shadow copy's allocas, 16-byte aligned: the frame copy and its `slots` slots.
    fn shadow_allocas(&self, slots: u64, prefix: &str) -> Result<(PointerValue<'ctx>, PointerValue<'ctx>)> {
        let b = &self.builder;
        let i64t = self.ctx.i64_type();
        let sframe = b
            .build_alloca(self.ctx.i8_type().array_type(64), &format!("{prefix}shadow"))
            .map_err(llvm_err)?;
        let slots =
            b.build_alloca(i64t.array_type(slots as u32), &format!("{prefix}slots")).map_err(llvm_err)?;
        for a in [sframe, slots] {
            if let Some(inst) = a.as_instruction() {
                let _ = inst.set_alignment(16);
            }
        }
        Ok((sframe, slots))
    }

    /// A tree member's shadow frame: a frame copy and slots of its own, filled when the
    /// tree moves into the member ([`IrBuilder::move_to`]); it writes back against what
    /// the real frame held at entry, as the root's does.
    fn member_shadow(&self, root: &ShadowFrame<'ctx>) -> Result<ShadowFrame<'ctx>> {
        let (sframe, slots) = self.shadow_allocas(root.plan.slots, "member_")?;
        Ok(ShadowFrame { frame: sframe, slots, ..root.clone() })
    }

    /// Moves a trace tree on shadow frames from trace `from` into trace `to` (a linked
    /// exit's branch): `to`'s frame copy is filled from `from`'s (`tf_shadow_enter` with
    /// `from`'s copy as the frame), every slot copied over one constant slot at a time,
    /// and the bodies given `to`'s copy and the stack pointer at `to`'s entry slot (a
    /// constant: every exit linked to a trace leaves the depth it is entered with, so the
    /// slots stay promotable even where the tree cycles).
    fn move_to(&self, f: &mut EntryFunction<'ctx>, plan: &StencilPlan, from: usize, to: usize) -> Result<()> {
        let b = &self.builder;
        let i64t = self.ctx.i64_type();
        let (a, z) = match (f.shadows.get(from), f.shadows.get(to)) {
            (Some(a), Some(z)) => (a.clone(), z.clone()),
            _ => return Err(Error::new("a trace tree moves between traces without their shadow frames")),
        };
        let enter = self
            .module
            .get_function("tf_shadow_enter")
            .ok_or_else(|| Error::new("the shadow hooks do not define tf_shadow_enter"))?;
        let entry = match to.checked_sub(1) {
            None => a.plan.entry,
            Some(k) => {
                let m = plan
                    .members
                    .get(k)
                    .ok_or_else(|| Error::new("a trace tree moves into a missing trace"))?;
                a.plan.locals + m.entry_stack
            }
        };
        b.build_call(enter, &[a.frame.into(), z.frame.into(), z.slots.into()], "").map_err(llvm_err)?;
        for i in 0..a.plan.slots {
            let v = b.build_load(i64t, self.slot(a.slots, i)?, &format!("moved{i}")).map_err(llvm_err)?;
            b.build_store(self.slot(z.slots, i)?, v).map_err(llvm_err)?;
        }
        b.build_store(f.framep, z.frame).map_err(llvm_err)?;
        b.build_store(f.spp, self.slot(z.slots, entry)?).map_err(llvm_err)?;
        f.select(to);
        Ok(())
    }

    /// The address of slot `i` of a shadow frame's slots.
    fn slot(&self, slots: PointerValue<'ctx>, i: u64) -> Result<PointerValue<'ctx>> {
        let i64t = self.ctx.i64_type();
        // SAFETY: `i` is below the slots array's length (a constant the plan gives).
        unsafe { self.builder.build_in_bounds_gep(i64t, slots, &[i64t.const_int(i, false)], "slot") }
            .map_err(llvm_err)
    }

    /// The slot a stack pointer into the shadow slots points at (a constant once the
    /// bodies are inlined and folded).
    fn sp_slot(&self, sh: &ShadowFrame<'ctx>, sp: PointerValue<'ctx>) -> Result<IntValue<'ctx>> {
        self.builder.build_ptr_diff(self.ctx.i64_type(), sp, sh.slots, "sp_slot").map_err(llvm_err)
    }

    /// A way out of a shadow frame, with the stack pointer at `sp_slot`: every live slot
    /// that differs from what the frame holds is stored back (a local or an entry stack
    /// slot that changed; a slot the trace pushed), then the real stack pointer.
    fn write_back(
        &self,
        f: &EntryFunction<'ctx>,
        sh: &ShadowFrame<'ctx>,
        sp_slot: IntValue<'ctx>,
    ) -> Result<PointerValue<'ctx>> {
        let b = &self.builder;
        let i64t = self.ctx.i64_type();
        for i in (0..sh.plan.slots).filter(|&i| sh.plan.fault_unwritten != Some(i)) {
            let cur = b
                .build_load(i64t, self.slot(sh.slots, i)?, &format!("cur{i}"))
                .map_err(llvm_err)?
                .into_int_value();
            let idx = i64t.const_int(i, false);
            // A local is always live; a stack slot only below the exit's stack pointer.
            let live = (i >= sh.plan.locals)
                .then(|| b.build_int_compare(IntPredicate::ULT, idx, sp_slot, "live").map_err(llvm_err))
                .transpose()?;
            let changed = sh
                .held
                .get(i as usize)
                .map(|held| b.build_int_compare(IntPredicate::NE, cur, *held, "changed").map_err(llvm_err))
                .transpose()?;
            let cond = match (live, changed) {
                (Some(l), Some(c)) => b.build_and(l, c, "store").map_err(llvm_err)?,
                (Some(only), None) | (None, Some(only)) => only,
                // Every local was copied in (the entry slot is at or above the locals).
                (None, None) => return Err(Error::new("a local of the shadow frame was not copied in")),
            };
            let store = self.ctx.append_basic_block(f.function, &format!("write_back{i}"));
            let next = self.ctx.append_basic_block(f.function, &format!("written{i}"));
            b.build_conditional_branch(cond, store, next).map_err(llvm_err)?;
            b.position_at_end(store);
            b.build_call(sh.store, &[f.frame.into(), idx.into(), cur.into()], "").map_err(llvm_err)?;
            b.build_unconditional_branch(next).map_err(llvm_err)?;
            b.position_at_end(next);
        }
        let real = b
            .build_call(sh.leave, &[f.frame.into(), sh.frame.into(), sp_slot.into()], "real_sp")
            .map_err(llvm_err)?;
        Ok(real
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| Error::new("tf_shadow_leave returns nothing"))?
            .into_pointer_value())
    }

    /// A way out: under a shadow frame the slots written back and the stack pointer
    /// translated into the real frame; otherwise `sp` as it is.
    fn leave(&self, f: &EntryFunction<'ctx>, sp: PointerValue<'ctx>) -> Result<PointerValue<'ctx>> {
        let Some(sh) = &f.shadow else { return Ok(sp) };
        let sp_slot = self.sp_slot(sh, sp)?;
        self.write_back(f, sh, sp_slot)
    }

    /// The stack pointer an exit to the shared exit block carries (see [`ExitSp`]).
    fn exit_sp(&self, f: &EntryFunction<'ctx>, name: &str) -> Result<ExitSp<'ctx>> {
        let sp = self.current_sp(f, name)?;
        Ok(match &f.shadow {
            Some(sh) => ExitSp::Slot(self.sp_slot(sh, sp)?),
            None => ExitSp::Pointer(sp),
        })
    }

    /// The stack pointer as the bodies left it (in the shadow frame, if there is one).
    fn current_sp(&self, f: &EntryFunction<'ctx>, name: &str) -> Result<PointerValue<'ctx>> {
        let ptr = self.ctx.ptr_type(inkwell::AddressSpace::default());
        Ok(self.builder.build_load(ptr, f.spp, name).map_err(llvm_err)?.into_pointer_value())
    }

    /// The frame for a way out: the one the bodies left in the frame's slot (a frame push
    /// or pop switches it), or the real frame under a shadow frame (whose hooks copy one
    /// frame: a library with hooks does not switch frames in loops).
    fn current_frame(&self, f: &EntryFunction<'ctx>, name: &str) -> Result<PointerValue<'ctx>> {
        if f.shadow.is_some() {
            return Ok(f.frame);
        }
        let ptr = self.ctx.ptr_type(inkwell::AddressSpace::default());
        Ok(self.builder.build_load(ptr, f.framep, name).map_err(llvm_err)?.into_pointer_value())
    }

    /// The stack pointer for a way out: loaded, and written back from a shadow frame.
    fn sp_on_leaving(&self, f: &EntryFunction<'ctx>, name: &str) -> Result<PointerValue<'ctx>> {
        let sp = self.current_sp(f, name)?;
        self.leave(f, sp)
    }

    /// Instruction `i`'s block: the call of its body, then a switch on the status to the
    /// next instruction or the block of each exit the uop may take.
    fn build_instruction(
        &self,
        f: &mut EntryFunction<'ctx>,
        plan: &StencilPlan,
        i: usize,
        inst: &PlannedInstruction,
        own: &[BasicBlock<'ctx>],
    ) -> Result<()> {
        let b = &self.builder;
        let i32t = self.ctx.i32_type();
        let uop = &self.lib.uops[inst.uop];
        let body = self.module.get_function(&uop.symbol()).ok_or_else(|| {
            Error::at(
                &uop.body,
                None,
                format!("the body does not define {} (write `TF_UOP({})`)", uop.symbol(), uop.name),
            )
        })?;
        let t = plan.trace_index(i);
        f.select(t);
        b.position_at_end(own[i]);
        let mut args: Vec<BasicMetadataValueEnum> = vec![f.framep.into(), f.spp.into(), f.tstate.into()];
        for fv in &inst.fields {
            args.push(self.field(fv)?.into());
        }
        args.push(f.result.into());
        let status = b.build_call(body, &args, "status").map_err(llvm_err)?;
        let status = status
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| {
                Error::at(&uop.body, None, format!("{} must return the status (int)", uop.symbol()))
            })?
            .into_int_value();
        // Each trace of a tree falls through after its own last instruction.
        let (top, stubs_from) = plan.trace_of(i);
        let part = f.part(t);
        let next = if i + 1 < stubs_from { own[i + 1] } else { f.fallthroughs[part] };
        let unreachable = self.ctx.append_basic_block(f.function, &format!("inst{i}.bad_status"));
        let mut cases = vec![(i32t.const_int(0, false), next)];
        for exit in ExitKind::ALL.into_iter().filter(|e| uop.may(*e)) {
            let bb = self.ctx.append_basic_block(f.function, &format!("inst{i}.{exit:?}"));
            cases.push((i32t.const_int(exit.status() as u64, false), bb));
            b.position_at_end(bb);
            // Each way out leaves from this trace (a linked exit moves the tree on).
            f.select(t);
            self.build_exit_edge(f, plan, inst, top, exit, bb)?;
        }
        if let Some(swap) = inst.fault_swap {
            swap_destinations(&mut cases, swap);
        }
        b.position_at_end(own[i]);
        b.build_switch(status, unreachable, &cases).map_err(llvm_err)?;
        b.position_at_end(unreachable);
        b.build_unreachable().map_err(llvm_err)?;
        Ok(())
    }

    /// Block `bb`, where instruction `inst` takes `exit`: the loop's back edge (to `top`,
    /// its trace's first instruction), a branch to the tree member a side exit enters, a
    /// tail call (the jump target, or the trace a side exit enters), or a branch to the
    /// shared exit block with (kind, index, target).
    fn build_exit_edge(
        &self,
        f: &mut EntryFunction<'ctx>,
        plan: &StencilPlan,
        inst: &PlannedInstruction,
        top: usize,
        exit: ExitKind,
        bb: BasicBlock<'ctx>,
    ) -> Result<()> {
        let b = &self.builder;
        let routed = self.lib.exit_routing.is_some();
        match (exit, &inst.side_exit, plan.jump_top) {
            (ExitKind::Return, _, _) => {
                let sp = self.sp_on_leaving(f, "sp")?;
                self.builder.build_store(f.spp, sp).map_err(llvm_err)?;
                self.return_result(f)?
            }
            (ExitKind::TailCall, _, _) => {
                let frame = self.current_frame(f, "frame")?;
                let sp = self.sp_on_leaving(f, "sp")?;
                let ptr = self.ctx.ptr_type(inkwell::AddressSpace::default());
                let to = b.build_load(ptr, f.result, "callee").map_err(llvm_err)?.into_pointer_value();
                self.tail_call_pointer(to, [frame, sp, f.tstate])?
            }
            (ExitKind::JumpToTop, _, JumpTop::Loop) => {
                b.build_unconditional_branch(f.blocks[top]).map_err(llvm_err)?;
            }
            (ExitKind::JumpToTop, _, JumpTop::Hole) => {
                let frame = self.current_frame(f, "frame")?;
                let sp = self.sp_on_leaving(f, "sp")?;
                self.tail_call(&hole(HoleValue::JumpTarget), [frame, sp, f.tstate])?
            }
            (ExitKind::SideExit, SideExit::Enter(hole), _) => {
                let frame = self.current_frame(f, "frame")?;
                let sp = self.sp_on_leaving(f, "sp")?;
                self.tail_call(hole, [frame, sp, f.tstate])?
            }
            (ExitKind::SideExit, SideExit::Branch(to), _) => {
                let (from, into) = (plan.trace_index(top), plan.trace_index(*to));
                if !f.shadows.is_empty() && from != into {
                    self.move_to(f, plan, from, into)?;
                }
                // Into the trace's peeled first iteration, if it has one.
                let copy = f.peeled.get(*to).copied().flatten();
                let block = copy.or(f.blocks.get(*to).copied()).ok_or_else(|| {
                    Error::new(format!("a side exit enters instruction {to}, which the tree does not have"))
                })?;
                b.build_unconditional_branch(block).map_err(llvm_err)?;
            }
            (ExitKind::Deopt | ExitKind::SideExit | ExitKind::Error, _, _) if routed => {
                // To the stub the instruction names: a branch inside a fused trace, a
                // tail call through `_JIT_JUMP_TARGET` / `_JIT_ERROR_TARGET` otherwise.
                let error = exit == ExitKind::Error;
                match inst.routes {
                    Some(r) => {
                        let to = if error { r.error } else { r.jump };
                        let block = f.blocks.get(to).copied().ok_or_else(|| {
                            Error::new(format!(
                                "an exit routes to instruction {to}, which the trace does not have"
                            ))
                        })?;
                        b.build_unconditional_branch(block).map_err(llvm_err)?;
                    }
                    None => {
                        let frame = self.current_frame(f, "frame")?;
                        let sp = self.sp_on_leaving(f, "sp")?;
                        let to = if error { HoleValue::ErrorTarget } else { HoleValue::JumpTarget };
                        self.tail_call(&hole(to), [frame, sp, f.tstate])?
                    }
                }
            }
            _ => {
                let target = self.field(&inst.fields[Field::Target.index()])?;
                let mut index = self.field(&inst.index)?;
                if let Some(base) = &inst.index_base {
                    let base = self.hole_value(base)?;
                    index = b.build_int_add(base, index, "index").map_err(llvm_err)?;
                }
                let kind = self.ctx.i32_type().const_int(exit.status() as u64, false);
                let frame = self.current_frame(f, "frame")?;
                let sp = self.exit_sp(f, "sp")?;
                let part = f.part(plan.trace_index(top));
                f.recorded.push(RecordedExit { part, from: bb, kind, index, target, frame, sp });
                b.build_unconditional_branch(f.exits[part]).map_err(llvm_err)?;
            }
        }
        Ok(())
    }

    /// The fall-through block, after the last instruction (of each trace, when each has
    /// its own): a tail call to the next stencil, or (the end stub) "ran off the end"
    /// recorded in the exit block.
    fn build_fallthrough(&self, f: &mut EntryFunction<'ctx>, plan: &StencilPlan) -> Result<()> {
        let b = &self.builder;
        for part in 0..f.fallthroughs.len() {
            f.select(part);
            b.position_at_end(f.fallthroughs[part]);
            match plan.fallthrough {
                Fallthrough::Continue => {
                    let frame = self.current_frame(f, "frame")?;
                    let sp = self.sp_on_leaving(f, "sp")?;
                    self.tail_call(&hole(HoleValue::Continue), [frame, sp, f.tstate])?;
                }
                Fallthrough::End => {
                    let zero = self.ctx.i64_type().const_zero();
                    let frame = self.current_frame(f, "frame")?;
                    let sp = self.exit_sp(f, "sp")?;
                    let kind = self.ctx.i32_type().const_int(EXIT_END, false);
                    let from = f.fallthroughs[part];
                    f.recorded.push(RecordedExit { part, from, kind, index: zero, target: zero, frame, sp });
                    b.build_unconditional_branch(f.exits[part]).map_err(llvm_err)?;
                }
            }
        }
        Ok(())
    }

    /// One cold block records every exit (of each trace, when each has its own): (kind,
    /// index, target) arrive as phis, so the write-back and the call are emitted once,
    /// not once per guard.
    fn build_exit_blocks(&self, f: &mut EntryFunction<'ctx>, plan: &StencilPlan) -> Result<()> {
        for part in 0..f.exits.len() {
            f.select(part);
            self.build_exit_block(f, plan, part)?;
        }
        Ok(())
    }

    fn build_exit_block(&self, f: &EntryFunction<'ctx>, plan: &StencilPlan, part: usize) -> Result<()> {
        let b = &self.builder;
        b.position_at_end(f.exits[part]);
        let recorded: Vec<&RecordedExit<'ctx>> = f.recorded.iter().filter(|r| r.part == part).collect();
        if recorded.is_empty() {
            b.build_unreachable().map_err(llvm_err)?;
            return Ok(());
        }
        let (i32t, i64t) = (self.ctx.i32_type(), self.ctx.i64_type());
        let ptr = self.ctx.ptr_type(inkwell::AddressSpace::default());
        let phi = |ty: BasicTypeEnum<'ctx>, name: &str| b.build_phi(ty, name).map_err(llvm_err);
        let sp_type: BasicTypeEnum<'ctx> = if f.shadow.is_some() { i64t.into() } else { ptr.into() };
        let (kind, index, target, frame, sp) = (
            phi(i32t.into(), "kind")?,
            phi(i64t.into(), "index")?,
            phi(i64t.into(), "target")?,
            phi(ptr.into(), "frame")?,
            phi(sp_type, "sp")?,
        );
        for r in recorded {
            kind.add_incoming(&[(&r.kind, r.from)]);
            index.add_incoming(&[(&r.index, r.from)]);
            target.add_incoming(&[(&r.target, r.from)]);
            frame.add_incoming(&[(&r.frame, r.from)]);
            match &r.sp {
                ExitSp::Pointer(p) => sp.add_incoming(&[(p, r.from)]),
                ExitSp::Slot(s) => sp.add_incoming(&[(s, r.from)]),
            }
        }
        let real_sp = match &f.shadow {
            Some(sh) => self.write_back(f, sh, sp.as_basic_value().into_int_value())?,
            None => sp.as_basic_value().into_pointer_value(),
        };
        let mut index = index.as_basic_value().into_int_value();
        if let Some(base) = &plan.index_base {
            let base = self.hole_value(base)?;
            index = b.build_int_add(base, index, "index").map_err(llvm_err)?;
        }
        self.record_exit(
            [frame.as_basic_value().into_pointer_value(), real_sp, f.tstate],
            kind.as_basic_value().into_int_value(),
            index,
            target.as_basic_value().into_int_value(),
        )
    }

    /// Internalizes bodies (always-inline; `outlined` ones no-inline, until allocation
    /// sinking has seen their calls), hides external symbols (so they are reached
    /// directly, not through a GOT) and gives every function the target's attributes.
    fn prepare_functions(&self, target: &Target, outlined: &[String]) {
        let kind = Attribute::get_named_enum_kind_id;
        let always_inline = self.ctx.create_enum_attribute(kind("alwaysinline"), 0);
        let no_inline = self.ctx.create_enum_attribute(kind("noinline"), 0);
        for f in self.module.get_functions() {
            let name = f.get_name().to_string_lossy().into_owned();
            if name.starts_with("llvm.") {
                continue;
            }
            let is_decl = f.count_basic_blocks() == 0;
            if is_decl {
                f.as_global_value().set_visibility(GlobalVisibility::Hidden);
                continue;
            }
            if name != ENTRY {
                f.set_linkage(Linkage::Internal);
                f.remove_enum_attribute(AttributeLoc::Function, kind("noinline"));
                f.remove_enum_attribute(AttributeLoc::Function, kind("optnone"));
                if outlined.contains(&name) {
                    f.add_attribute(AttributeLoc::Function, no_inline);
                } else {
                    f.add_attribute(AttributeLoc::Function, always_inline);
                }
            }
            f.remove_enum_attribute(AttributeLoc::Function, kind("uwtable"));
            for a in ["target-cpu", "target-features", "tune-cpu", "stack-protector-buffer-size"] {
                f.remove_string_attribute(AttributeLoc::Function, a);
            }
            for a in ["ssp", "sspstrong", "sspreq"] {
                f.remove_enum_attribute(AttributeLoc::Function, kind(a));
            }
            f.add_attribute(
                AttributeLoc::Function,
                self.ctx.create_string_attribute("target-cpu", &target.cpu),
            );
            if !target.features.is_empty() {
                f.add_attribute(
                    AttributeLoc::Function,
                    self.ctx.create_string_attribute("target-features", &target.features),
                );
            }
            for (k, v) in &target.function_attributes {
                f.add_attribute(AttributeLoc::Function, self.ctx.create_string_attribute(k, v));
            }
            for a in &target.enum_attributes {
                f.add_attribute(AttributeLoc::Function, self.ctx.create_enum_attribute(kind(a), 0));
            }
        }
        let declarations: Vec<_> = self
            .module
            .get_globals()
            .filter(|g| g.is_declaration() && !g.get_name().to_string_lossy().starts_with("llvm."))
            .collect();
        for g in declarations {
            match target.value_access {
                ValueAccess::Direct => g.set_visibility(GlobalVisibility::Hidden),
                ValueAccess::Got => self.preemptible_declaration(g, target),
            }
        }
    }

    /// Replaces a global declaration by one LLVM must reach through a GOT: default
    /// visibility and not `dso_local` (which clang's bitcode may carry and the C API
    /// cannot clear), and `dllimport` for COFF.
    fn preemptible_declaration(&self, g: GlobalValue<'ctx>, target: &Target) {
        let name = g.get_name().to_string_lossy().into_owned();
        let Ok(ty) = BasicTypeEnum::try_from(g.get_value_type()) else {
            return;
        };
        let fresh = self.module.add_global(ty, None, &format!("{name}.got"));
        fresh.set_linkage(Linkage::External);
        fresh.set_alignment(g.get_alignment());
        if target.object_format == ObjectFormat::Coff {
            fresh.set_dll_storage_class(DLLStorageClass::Import);
        }
        g.as_pointer_value().replace_all_uses_with(fresh.as_pointer_value());
        // SAFETY: every use now refers to `fresh`; the old declaration is unreferenced.
        unsafe { g.delete() };
        fresh.set_name(&name);
    }
}
