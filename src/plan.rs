//! Stage 4a — planning: what each stencil of a build runs, decided before any IR is built.
//!
//! A [`StencilPlan`] says what one stencil runs: a list of instructions (a whole trace or
//! trace tree for a fused stencil, one instruction for a per-uop stencil, none for the end
//! stub) with each field either a constant or a hole, and what each way out does. The IR
//! stage ([`crate::ir::build_module`]) turns a plan into a module and decides nothing of
//! this itself.
//!
//! ```text
//!   UopLibrary + TraceSet + Pipeline
//!        │ plans()
//!        ▼
//!   Plans { end, fused (one per trace), uops (one per per-uop stencil) }
//!        │ each a StencilPlan
//!        ▼
//!   ir::build_module → optimize → codegen → extract
//! ```
//!
//! This module is also the one home of stencil names: the end stub's ([`END`]), a per-uop
//! stencil's and its variant entering another trace ([`uop_stencil_name`],
//! [`EXIT_TO_SUFFIX`]), and of how trace trees are formed ([`trace_tree`],
//! [`StencilPlan::tree`]).

use crate::definitions::{ExitKind, Field, UopLibrary};
use crate::hole::HoleValue;
use crate::optimize::{Pipeline, STENCIL_PIPELINE};
use crate::traces::{Operand, Trace, TraceSet};
use std::collections::BTreeMap;

/// The end stub's name: the stencil a standalone trace continues into.
pub const END: &str = "_END";

/// The suffix of the per-uop stencil variant whose side exit enters another trace.
pub const EXIT_TO_SUFFIX: &str = "@exit_to";

/// Name of the per-uop stencil of the uop named `uop` (the variant entering another trace
/// has [`EXIT_TO_SUFFIX`]).
pub fn uop_stencil_name(uop: &str, enters_trace: bool) -> String {
    if enters_trace {
        format!("{uop}{EXIT_TO_SUFFIX}")
    } else {
        uop.to_string()
    }
}

/// A value an instruction's field takes in a stencil.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    /// Folded into the code.
    Const(u64),
    /// Read from the hole symbol of this name (patched at load time).
    Hole(String),
}

/// What a side exit does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SideExit {
    /// Record the exit and return to the caller (the interpreter).
    Record,
    /// Tail-call the code at this hole: another trace's entry.
    Enter(String),
    /// Branch to this instruction of the plan: the first instruction of the trace-tree
    /// member the exit enters.
    Branch(usize),
}

/// What the back edge (`TF_JUMP_TOP`) does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JumpTop {
    /// A loop inside the stencil.
    Loop,
    /// Tail-call `_JIT_JUMP_TARGET` (the first stencil of a stitched trace).
    Hole,
}

/// What happens after the last instruction falls through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallthrough {
    /// Tail-call `_JIT_CONTINUE`: the next stencil.
    Continue,
    /// Record "ran off the end" with the exit function and return.
    End,
}

#[derive(Debug, Clone)]
pub struct PlannedInstruction {
    pub uop: usize,
    /// Indexed by [`Field::index`]; fields the uop does not read are `Const(0)`.
    pub fields: [FieldValue; 4],
    /// The index reported when this instruction exits.
    pub index: FieldValue,
    /// In a trace tree, the hole of its trace's `_JIT_INDEX`, which its exits add
    /// `index` to on their way to the shared exit block (each member has its own);
    /// `None` elsewhere (the plan's `index_base` is added once, in the exit block).
    pub index_base: Option<String>,
    pub side_exit: SideExit,
    /// Where this instruction's exits go when the library routes exits to stubs inside
    /// the trace (fused plans only; `None` elsewhere).
    pub routes: Option<Routes>,
    /// Fault injection, for proving the differential check catches a broken stencil:
    /// falling through and this exit swap destinations (a guard's branch inverted).
    pub fault_swap: Option<ExitKind>,
}

/// The instructions a fused instruction's exits branch to (see `ExitRouting`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Routes {
    /// Deopts and side exits.
    pub jump: usize,
    /// Errors.
    pub error: usize,
}

/// A shadow frame for a fused loop (see `TF_SHADOW_ENTER` in tracefuse.h).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shadow {
    /// Locals plus stack slots.
    pub slots: u64,
    /// The frame's locals (slots below are locals, from here on stack).
    pub locals: u64,
    /// Slot of the entry stack pointer: locals plus the entry stack depth. Slots below it
    /// are copied in at entry; those from it on are the trace's own pushes.
    pub entry: u64,
    /// Fault injection: the write-back leaves this slot out (a test proves the checks see
    /// a stencil that forgets a slot).
    pub fault_unwritten: Option<u64>,
}

/// A trace of a trace tree after the root: where its instructions are in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TreeMember {
    /// Its position in the trace set.
    pub trace: usize,
    /// Its first instruction: its back edge and the exits entering it branch here.
    pub start: usize,
    /// Its exit stubs start here (its last instruction before falls through to the
    /// plan's fall-through block); its end when it has none.
    pub stubs_from: usize,
    /// The stack depth it is entered with (every exit linked to it leaves this many).
    pub entry_stack: u64,
}

/// Everything one stencil module is built from.
#[derive(Debug, Clone)]
pub struct StencilPlan {
    /// Module name, for listings and errors (no paths: output must not depend on them).
    pub name: String,
    pub instructions: Vec<PlannedInstruction>,
    pub jump_top: JumpTop,
    pub fallthrough: Fallthrough,
    /// Run on a private copy of the frame's slots, written back on every way out.
    pub shadow: Option<Shadow>,
    /// The root's instructions from here on are exit stubs: the instruction before falls
    /// through to the fall-through block, not into them (in a trace tree, the members'
    /// instructions follow the root's stubs; each member has its own `stubs_from`).
    pub stubs_from: usize,
    /// Exits report `base + index`, `base` read once in the shared exit block from this
    /// hole (a fused trace's `_JIT_INDEX`); without it, `index` as it is.
    pub index_base: Option<String>,
    /// Increment the VM's counter at `_JIT_ENTRY_COUNT` on entry (fused stencils of a
    /// library with `count_entries`).
    pub count_entries: bool,
    /// A trace tree: the traces after the root (whose instructions come first, up to
    /// the first member's start), in plan order. Empty for one trace.
    pub members: Vec<TreeMember>,
    /// Sink the library's declared allocations after optimization (fused traces; stage
    /// 5b, [`crate::sink`]).
    pub sink: Option<crate::sink::Sink>,
    /// Remove the release branches of decrements the trace proves cannot reach zero
    /// (fused traces; stage 5c, [`crate::release`]).
    pub releases: Option<crate::release::Releases>,
    /// Keep the entry frame's slots in SSA values when the library declares its frame
    /// layout (fused loops; stage 5a, [`crate::slots`]).
    pub frame_slots: Option<crate::slots::Slots>,
    /// Read memory the library declares only calls write where a call may have run since
    /// (fused traces; stage 5d, [`crate::call_written`]).
    pub call_written: Option<crate::call_written::CallWritten>,
    /// Remove increments a later decrement undoes, incrementing on the ways out between
    /// (fused traces; stage 5e, [`crate::cancel`]).
    pub cancel: Option<crate::cancel::Cancel>,
}

/// The index an exit reports: the trace's position in its set and the instruction.
/// Stencils never contain it: a per-uop stencil's `_JIT_INDEX` hole is patched with its
/// instruction's index, a fused stencil's with its instruction 0's (`exit_index(t, 0)`)
/// and each exit adds its instruction — so a stencil's bytes do not depend on where its
/// trace stands in the set.
pub fn exit_index(trace: usize, instruction: usize) -> u64 {
    ((trace as u64) << 32) | instruction as u64
}

/// The symbol of a hole (named once, in [`HoleValue::symbol`]).
pub(crate) fn hole(value: HoleValue) -> String {
    value.symbol().unwrap_or_default()
}

/// A trace's instructions in a fused plan whose instruction `offset` is its first:
/// build-time fields folded, runtime fields as holes numbered across the plan, exits
/// routed within the trace. In a trace tree (`tree`: each trace's position in the set
/// and its first instruction; this trace's index hole), a side exit into a trace of the
/// tree branches to it and exits add this trace's index hole at their edge.
fn fused_instructions(
    lib: &UopLibrary,
    trace: &Trace,
    offset: usize,
    tree: Option<(&[(usize, usize)], String)>,
) -> Vec<PlannedInstruction> {
    trace
        .instructions
        .iter()
        .enumerate()
        .map(|(i, inst)| {
            let at = offset + i;
            let uop = &lib.uops[inst.uop];
            let mut fields = std::array::from_fn(|_| FieldValue::Const(0));
            for field in Field::ALL {
                if uop.fields.contains_key(&field) {
                    fields[field.index()] = match inst.fields.get(&field) {
                        Some(Operand::Const(v)) => FieldValue::Const(*v),
                        Some(_) => {
                            FieldValue::Hole(hole(HoleValue::Field { instruction: Some(at as u32), field }))
                        }
                        None => FieldValue::Const(0),
                    };
                }
            }
            let member =
                |to: usize| tree.as_ref().and_then(|(starts, _)| starts.iter().find(|(t, _)| *t == to));
            let side_exit = match inst.exit_to {
                Some(to) => match member(to) {
                    Some(&(_, start)) => SideExit::Branch(start),
                    None => SideExit::Enter(hole(HoleValue::ExitTrace { instruction: Some(at as u32) })),
                },
                None => SideExit::Record,
            };
            let routes = lib.exit_routing.and_then(|r| {
                let value = inst.int_field(r.field)?;
                let to = |exit| r.destination(exit, value).map(|d| offset + d as usize);
                Some(Routes { jump: to(ExitKind::Deopt)?, error: to(ExitKind::Error)? })
            });
            PlannedInstruction {
                uop: inst.uop,
                fields,
                index: FieldValue::Const(i as u64),
                index_base: tree.as_ref().map(|(_, base)| base.clone()),
                side_exit,
                routes,
                fault_swap: None,
            }
        })
        .collect()
}

impl StencilPlan {
    /// The pipeline this plan is optimized with, `chosen` being the user's: the default
    /// ([`STENCIL_PIPELINE`]) gives a loop on a shadow frame LLVM's full `default<O3>`
    /// instead — the pass search that found the list ran before loops kept their slots in
    /// registers and peeled their first iteration, and on those the list gives different
    /// (not better) code. Any other pipeline is used as named.
    pub fn pipeline(&self, chosen: &Pipeline) -> Pipeline {
        if chosen.passes == STENCIL_PIPELINE && self.shadow.is_some() {
            return Pipeline { passes: "default<O3>".into(), ..chosen.clone() };
        }
        chosen.clone()
    }

    /// A whole trace: build-time fields folded, runtime fields as per-instruction holes.
    /// Exits report `_JIT_INDEX + i` (see [`exit_index`]).
    pub fn fused(lib: &UopLibrary, trace: &Trace) -> StencilPlan {
        StencilPlan {
            name: trace.name.clone(),
            instructions: fused_instructions(lib, trace, 0, None),
            jump_top: JumpTop::Loop,
            fallthrough: Fallthrough::Continue,
            shadow: None,
            stubs_from: trace.stubs_from,
            index_base: Some(hole(HoleValue::Index)),
            count_entries: lib.count_entries,
            sink: None,
            releases: None,
            frame_slots: None,
            call_written: None,
            cancel: None,
            members: Vec::new(),
        }
    }

    /// A trace tree: `traces[0]` (the root) and the traces its side exits reach through
    /// `exit_to`, one stencil. Each trace's instructions follow the previous one's,
    /// fields numbered across the tree (`_JIT_OPARG_i` is instruction `i` of the tree);
    /// a side exit into a trace of the tree and each trace's back edge branch to that
    /// trace's first instruction, so only exits leaving the tree leave the stencil. An
    /// exit reports its own trace's index (the root's `_JIT_INDEX`, a member's
    /// `_JIT_INDEX_i`, [`HoleValue::MemberIndex`]) plus its instruction in that trace.
    /// `set` resolves `exit_to`; `traces` are positions in it.
    pub fn tree(lib: &UopLibrary, set: &[Trace], traces: &[usize]) -> StencilPlan {
        let mut starts = Vec::with_capacity(traces.len());
        let mut at = 0;
        for &t in traces {
            starts.push((t, at));
            at += set[t].instructions.len();
        }
        let mut instructions = Vec::with_capacity(at);
        let mut members = Vec::new();
        for &(t, start) in &starts {
            let base = match start {
                0 => HoleValue::Index,
                s => HoleValue::MemberIndex { instruction: s as u32 },
            };
            instructions.extend(fused_instructions(lib, &set[t], start, Some((&starts, hole(base)))));
            if start > 0 {
                members.push(TreeMember {
                    trace: t,
                    start,
                    stubs_from: start + set[t].stubs_from,
                    entry_stack: set[t].entry_stack as u64,
                });
            }
        }
        let root = &set[traces[0]];
        StencilPlan {
            name: root.name.clone(),
            instructions,
            jump_top: JumpTop::Loop,
            fallthrough: Fallthrough::Continue,
            shadow: None,
            stubs_from: root.stubs_from,
            index_base: None,
            count_entries: lib.count_entries,
            sink: None,
            releases: None,
            frame_slots: None,
            call_written: None,
            cancel: None,
            members,
        }
    }

    /// The trace instruction `i` belongs to: 0 the root, `k + 1` member `k`.
    pub fn trace_index(&self, i: usize) -> usize {
        self.members.iter().filter(|m| m.start <= i).count()
    }

    /// The first instruction of the trace instruction `i` belongs to, and where that
    /// trace's exit stubs start.
    pub fn trace_of(&self, i: usize) -> (usize, usize) {
        match self.members.iter().rev().find(|m| m.start <= i) {
            Some(m) => (m.start, m.stubs_from),
            None => (0, self.stubs_from),
        }
    }

    /// The shadow frame a fused trace (or a trace tree: `traces`, positions in `set`,
    /// the root first) may run on: loops only (a straight-line trace runs once, and
    /// copying every slot in and out would cost more than registers save), only when the
    /// library has the hooks, and only on one frame (the hooks copy the frame the trace
    /// is entered with; a trace that pushes frames runs on the real ones). A tree loops
    /// when one of its traces does or a side exit re-enters its root; its slots are the
    /// root's locals and the largest stack.
    pub fn shadow_for(lib: &UopLibrary, set: &[Trace], traces: &[usize]) -> Option<Shadow> {
        let root = &set[*traces.first()?];
        let re_enters = |t: &Trace| t.instructions.iter().any(|i| i.exit_to == Some(traces[0]));
        let loops = traces.iter().any(|&t| set[t].is_loop || (traces.len() > 1 && re_enters(&set[t])));
        let one_frame = traces.iter().all(|&t| set[t].frames.len() == 1);
        let stack = traces.iter().map(|&t| set[t].stack_size).max().unwrap_or(root.stack_size);
        (lib.shadow.is_some() && loops && one_frame).then(|| Shadow {
            slots: (root.locals + stack) as u64,
            locals: root.locals as u64,
            entry: (root.locals + root.entry_stack) as u64,
            fault_unwritten: None,
        })
    }

    /// One uop, every field it reads a hole: the per-uop baseline. `enters_trace` selects
    /// the variant whose side exit enters another trace through `_JIT_EXIT_TRACE`.
    pub fn uop(lib: &UopLibrary, uop: usize, enters_trace: bool) -> StencilPlan {
        let u = &lib.uops[uop];
        let fields = std::array::from_fn(|i| {
            let field = Field::ALL[i];
            if u.fields.contains_key(&field) {
                FieldValue::Hole(hole(HoleValue::Field { instruction: None, field }))
            } else {
                FieldValue::Const(0)
            }
        });
        let side_exit = if enters_trace {
            SideExit::Enter(hole(HoleValue::ExitTrace { instruction: None }))
        } else {
            SideExit::Record
        };
        StencilPlan {
            name: uop_stencil_name(&u.name, enters_trace),
            instructions: vec![PlannedInstruction {
                uop,
                fields,
                index: FieldValue::Hole(hole(HoleValue::Index)),
                index_base: None,
                side_exit,
                routes: None,
                fault_swap: None,
            }],
            jump_top: JumpTop::Hole,
            fallthrough: Fallthrough::Continue,
            shadow: None,
            stubs_from: 1,
            index_base: None,
            count_entries: false,
            sink: None,
            releases: None,
            frame_slots: None,
            call_written: None,
            cancel: None,
            members: Vec::new(),
        }
    }

    /// The stub a standalone trace continues into: records "ran off the end".
    pub fn end() -> StencilPlan {
        StencilPlan {
            name: END.into(),
            instructions: Vec::new(),
            jump_top: JumpTop::Hole,
            fallthrough: Fallthrough::End,
            shadow: None,
            stubs_from: 0,
            index_base: None,
            count_entries: false,
            sink: None,
            releases: None,
            frame_slots: None,
            call_written: None,
            cancel: None,
            members: Vec::new(),
        }
    }
}

/// The plans of one build, by part (see [`plans`]).
pub type Plans = Parts<StencilPlan>;

/// The stencils one trace set needs, by part: [`Plans`] and what is built from them
/// have this shape.
#[derive(Debug, Clone)]
pub struct Parts<T> {
    /// The end stub a standalone trace continues into ([`END`]).
    pub end: T,
    /// One fused stencil per trace, in trace order.
    pub fused: Vec<T>,
    /// A per-uop stencil for every uop, and the variant entering another trace for every
    /// uop that may side exit; sorted by name.
    pub uops: Vec<T>,
}

impl<T> Parts<T> {
    /// Every part in build order: the end stub, the fused stencils, the per-uop stencils.
    /// Workers number plans in this order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        std::iter::once(&self.end).chain(&self.fused).chain(&self.uops)
    }

    pub fn len(&self) -> usize {
        1 + self.fused.len() + self.uops.len()
    }

    /// Never: there is always the end stub.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// `values`, one per part in [`Parts::iter`] order, grouped as these parts are;
    /// `None` when there are not exactly as many.
    pub fn regroup<U>(&self, values: Vec<U>) -> Option<Parts<U>> {
        if values.len() != self.len() {
            return None;
        }
        let mut it = values.into_iter();
        let end = it.next()?;
        let fused = it.by_ref().take(self.fused.len()).collect();
        let uops = it.collect();
        Some(Parts { end, fused, uops })
    }

    /// Each part through `f`.
    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> Parts<U> {
        Parts {
            end: f(self.end),
            fused: self.fused.into_iter().map(&mut f).collect(),
            uops: self.uops.into_iter().map(f).collect(),
        }
    }

    /// Each part through `f`, stopping at the first error.
    pub fn try_map<U, E>(self, mut f: impl FnMut(T) -> Result<U, E>) -> Result<Parts<U>, E> {
        Ok(Parts {
            end: f(self.end)?,
            fused: self.fused.into_iter().map(&mut f).collect::<Result<_, E>>()?,
            uops: self.uops.into_iter().map(f).collect::<Result<_, E>>()?,
        })
    }
}

/// The plans for a trace set: the end stub, each trace's fused plan, and a per-uop plan
/// for every uop of the library (as CPython ships one per uop, so a VM can stitch any
/// trace it records later), plus the variant entering another trace for every uop that
/// may side exit.
pub fn plans(lib: &UopLibrary, set: &TraceSet, pipeline: &Pipeline) -> Plans {
    let fused = (0..set.traces.len()).map(|t| fused_plan(lib, set, t, pipeline)).collect();
    let mut uops: BTreeMap<String, (usize, bool)> = BTreeMap::new();
    for (u, uop) in lib.uops.iter().enumerate() {
        uops.insert(uop_stencil_name(&uop.name, false), (u, false));
        if uop.may(ExitKind::SideExit) {
            uops.insert(uop_stencil_name(&uop.name, true), (u, true));
        }
    }
    let uops = uops.values().map(|&(u, e)| StencilPlan::uop(lib, u, e)).collect();
    Parts { end: StencilPlan::end(), fused, uops }
}

/// The most traces one trace tree holds: each trace of a cycle roots its own tree, so
/// a tree's code is repeated once per trace that can be entered; this bounds it.
pub const MAX_TREE_TRACES: usize = 16;

/// The traces trace `t`'s fused stencil covers: `t`, then — when `pipeline` builds trace
/// trees — the traces its side exits reach through `exit_to`, breadth first in
/// instruction order, each once, up to [`MAX_TREE_TRACES`]. A trace whose frame has
/// other locals than the root's stays outside (its exits stay tail calls).
pub fn trace_tree(set: &TraceSet, t: usize, pipeline: &Pipeline) -> Vec<usize> {
    let mut tree = vec![t];
    if !pipeline.trace_trees {
        return tree;
    }
    let locals = set.traces[t].locals;
    let mut k = 0;
    while k < tree.len() {
        for inst in &set.traces[tree[k]].instructions {
            if let Some(to) = inst.exit_to {
                if !tree.contains(&to) && set.traces[to].locals == locals && tree.len() < MAX_TREE_TRACES {
                    tree.push(to);
                }
            }
        }
        k += 1;
    }
    tree
}

/// Trace `t`'s fused plan as `pipeline` builds it: with the traces it links to as one
/// trace tree, on a shadow frame when it loops in a library with the hooks, with the
/// library's boxes sunk, its proved releases removed and its frame's slots kept in SSA values.
pub fn fused_plan(lib: &UopLibrary, set: &TraceSet, t: usize, pipeline: &Pipeline) -> StencilPlan {
    let tree = trace_tree(set, t, pipeline);
    let mut plan = match tree.len() {
        1 => StencilPlan::fused(lib, &set.traces[t]),
        _ => StencilPlan::tree(lib, &set.traces, &tree),
    };
    if pipeline.shadow_frames {
        plan.shadow = StencilPlan::shadow_for(lib, &set.traces, &tree);
    }
    if pipeline.sink_allocations && !lib.sink.is_empty() {
        plan.sink = Some(crate::sink::Sink {
            specs: lib.sink.clone(),
            fault_refcount: false,
            fault_drop: pipeline.sink_fault,
        });
    }
    if let Some(refcount) = lib.refcount.as_ref().filter(|_| pipeline.release_elimination) {
        plan.releases =
            Some(crate::release::Releases { release: refcount.release.clone(), fault_remove_all: false });
    }
    // Only a loop carries slot values from one iteration to the next; in straight-line
    // code each slot is written and read about once, and the write-backs before calls and
    // exits would cost more code than the loads and stores they replace.
    plan.frame_slots = (pipeline.frame_slots && tree.iter().any(|&m| set.traces[m].is_loop))
        .then_some(crate::slots::Slots { fault_exits: pipeline.frame_slots_fault });
    // Loops too: a straight-line trace runs each check once per entry, and the reads after
    // its cold calls would cost more code than the checks they save.
    plan.call_written = (pipeline.call_written && tree.iter().any(|&m| set.traces[m].is_loop))
        .then_some(crate::call_written::CallWritten);
    plan.cancel = pipeline.cancel.then_some(crate::cancel::Cancel {
        fault: pipeline.cancel_fault.then_some(crate::cancel::CancelFault::KeepDecrement),
    });
    plan
}
