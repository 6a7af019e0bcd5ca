//! Stage 5a — frame slots: a fused trace of a library that declares its frame layout
//! (`TF_FRAME_SLOTS` in `llvm/tracefuse.h`) keeps the slots of the frame it entered with —
//! locals and operand stack — in SSA values, and writes them to the frame only before
//! something that may read them: a call that is not declared blind, an access through a
//! pointer that may point into the slots, and every way out. Header words the library
//! declares with `TF_FRAME_KEPT` (its own code alone writes them) are kept the same way,
//! but never read back after a call.
//!
//! Runs on the optimized module of a fused trace (bodies inlined), on `_JIT_ENTRY(frame,
//! sp, tstate)`, in two steps:
//!
//! 1. *The saved stack pointer.* Loads of the frame's saved stack pointer read the value
//!    the trace stored there last (runtime functions never change it, the layout
//!    declares), so the stack pointer stays `sp` plus a constant after a call.
//! 2. *The slots.* Every pointer gets a class by where it comes from: `frame` or `sp`
//!    plus a constant (a slot, or the frame's header), *other* memory (globals, holes, the
//!    thread state, objects read from slots, pointers read from anything but a field of
//!    a declared frame type that is not listed as safe, results of blind calls), or
//!    *unknown*. Slot accesses go to one `alloca` per slot (SROA makes them SSA values),
//!    filled at entry; before an unknown load, an unknown store, a non-blind call and a
//!    return, every slot is written to the frame; after an unknown store or a call, read
//!    back. Accesses to other memory get `!noalias` to the slots' scope, so LLVM keeps
//!    slot values across them and drops the write-backs of slots that did not change.
//!
//! It declines (changes nothing) when a slot access is not one aligned 8-byte word or is
//! atomic or volatile. The layout reaches this stage from the bodies' bitcode: the IR
//! stage reads the declaration ([`take_layout`]), deletes it and, for a fused plan, keeps
//! it as named metadata of the module.

use crate::cfg::Cfg;
use crate::error::{Error, Result};
use crate::irwalk::{
    add_scope, called_name, const_int, functions, gep_offset, harmless_asm, instructions, md_operands,
    md_string, name_of, opcode, scope_list,
};
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::TargetMachine;
use llvm_sys::core::*;
use llvm_sys::prelude::*;
use llvm_sys::target::*;
use llvm_sys::{LLVMOpcode, LLVMTypeKind};
use std::collections::{HashMap, HashSet};

type V = LLVMValueRef;

/// The named metadata a fused plan's module carries the layout in.
const METADATA: &str = "tf.frame_slots";
/// The globals `TF_FRAME_SLOTS` defines.
const NUMBERS: &str = "tf_frame_slots_layout";
const NAMES: &str = "tf_frame_slots_names";
/// The global `TF_FRAME_KEPT` defines.
const KEPT: &str = "tf_frame_kept_fields";

/// A library's frame layout, as `TF_FRAME_SLOTS` declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameLayout {
    /// Offset of the slot array in the frame.
    pub slots: i64,
    /// Offset of the frame's saved stack pointer.
    pub stack_pointer: i64,
    /// Struct tags (TBAA type names) of every struct with a field that may point into a frame.
    pub frame_types: Vec<String>,
    /// Pointer fields of those structs that never point into a frame: (tag, offset).
    pub safe_fields: Vec<(String, i64)>,
    /// Functions that never read or write a frame's slots.
    pub blind_calls: Vec<String>,
    /// Words of the header (`TF_FRAME_KEPT`) that only the frame's own code writes and no
    /// blind call reads: kept in SSA values with the slots and written back where they
    /// are, but never read again after a call.
    pub kept: Vec<i64>,
}

impl FrameLayout {
    fn to_text(&self) -> String {
        let fields: Vec<String> = self.safe_fields.iter().map(|(t, o)| format!("{t}:{o}")).collect();
        format!(
            "slots={}\nstack_pointer={}\nframe_types={}\nsafe_fields={}\nblind_calls={}\nkept={}",
            self.slots,
            self.stack_pointer,
            self.frame_types.join(" "),
            fields.join(" "),
            self.blind_calls.join(" "),
            self.kept.iter().map(i64::to_string).collect::<Vec<_>>().join(" ")
        )
    }

    fn from_text(text: &str) -> Option<FrameLayout> {
        let mut map = HashMap::new();
        for line in text.lines() {
            let (k, v) = line.split_once('=')?;
            map.insert(k, v);
        }
        let words = |k: &str| -> Option<Vec<String>> {
            Some(map.get(k)?.split_whitespace().map(str::to_string).collect())
        };
        let safe_fields = words("safe_fields")?
            .iter()
            .map(|w| {
                let (t, o) = w.rsplit_once(':')?;
                Some((t.to_string(), o.parse().ok()?))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(FrameLayout {
            slots: map.get("slots")?.parse().ok()?,
            stack_pointer: map.get("stack_pointer")?.parse().ok()?,
            frame_types: words("frame_types")?,
            safe_fields,
            blind_calls: words("blind_calls")?,
            kept: words("kept")?.iter().map(|w| w.parse().ok()).collect::<Option<Vec<i64>>>()?,
        })
    }
}

/// Reads the `TF_FRAME_SLOTS` declaration the linked bodies of `module` carry (one copy
/// per body, all alike), deletes it, and when `keep` records it as the module's named
/// metadata for [`promote_slots`]. `Ok(None)`: the library declares no layout.
pub fn take_layout(module: &Module, keep: bool) -> Result<Option<FrameLayout>> {
    // SAFETY: walks and edits the globals of a live module; every value read is checked
    // for its kind first.
    unsafe {
        let m = module.as_mut_ptr();
        let mut numbers: Vec<Vec<i64>> = Vec::new();
        let mut kept: Vec<Vec<i64>> = Vec::new();
        let mut names: Vec<String> = Vec::new();
        let mut doomed = Vec::new();
        let mut g = LLVMGetFirstGlobal(m);
        while !g.is_null() {
            let name = name_of(g);
            let base = name.split('.').next().unwrap_or_default();
            if base == NUMBERS || base == NAMES || base == KEPT {
                let init = LLVMGetInitializer(g);
                if init.is_null() || LLVMIsAConstantDataSequential(init).is_null() {
                    return Err(Error::new(format!("`{name}` is not a constant array"))
                        .help("declare the frame layout with TF_FRAME_SLOTS (llvm/tracefuse.h)"));
                }
                if base == NUMBERS || base == KEPT {
                    let n = LLVMGetArrayLength2(LLVMTypeOf(init)) as u32;
                    let values = (0..n)
                        .map(|i| const_int(LLVMGetAggregateElement(init, i)))
                        .collect::<Option<Vec<i64>>>()
                        .ok_or_else(|| {
                            Error::new(format!("`{name}` holds a value that is not an integer"))
                        })?;
                    if base == KEPT {
                        kept.push(values);
                    } else {
                        numbers.push(values);
                    }
                } else {
                    let mut len = 0;
                    let p = LLVMGetAsString(init, &mut len);
                    let bytes = std::slice::from_raw_parts(p.cast::<u8>(), len);
                    names.push(String::from_utf8_lossy(bytes).trim_end_matches('\0').to_string());
                }
                let mut u = LLVMGetFirstUse(g);
                while !u.is_null() {
                    if !LLVMIsAInstruction(LLVMGetUser(u)).is_null() {
                        return Err(Error::new(format!("`{name}` is used by code"))
                            .help("TF_FRAME_SLOTS declares data for tracefuse; bodies must not read it"));
                    }
                    u = LLVMGetNextUse(u);
                }
                doomed.push(g);
            }
            g = LLVMGetNextGlobal(g);
        }
        for g in doomed {
            // What is left of `llvm.compiler.used` (already deleted) may still name it.
            LLVMReplaceAllUsesWith(g, LLVMGetPoison(LLVMTypeOf(g)));
            LLVMDeleteGlobal(g);
        }
        if numbers.is_empty() && names.is_empty() {
            if !kept.is_empty() {
                return Err(Error::new("TF_FRAME_KEPT without TF_FRAME_SLOTS")
                    .help("declare the frame layout with TF_FRAME_SLOTS (llvm/tracefuse.h) beside it"));
            }
            return Ok(None);
        }
        let help = "every body must see one TF_FRAME_SLOTS declaration (put it in the library's prelude)";
        if numbers.windows(2).any(|w| w[0] != w[1])
            || names.windows(2).any(|w| w[0] != w[1])
            || kept.windows(2).any(|w| w[0] != w[1])
            || (!kept.is_empty() && kept.len() != numbers.len())
        {
            return Err(Error::new("the bodies declare different frame layouts (TF_FRAME_SLOTS)").help(help));
        }
        let (Some(numbers), Some(names)) = (numbers.first(), names.first()) else {
            return Err(Error::new("half a TF_FRAME_SLOTS declaration in the bodies").help(help));
        };
        let layout = parse_declaration(numbers, names, kept.first().map_or(&[][..], Vec::as_slice))?;
        if keep {
            let ctx = LLVMGetModuleContext(m);
            let text = layout.to_text();
            let s = LLVMMDStringInContext2(ctx, text.as_ptr().cast(), text.len());
            let node = LLVMMDNodeInContext2(ctx, [s].as_mut_ptr(), 1);
            let name = std::ffi::CString::new(METADATA).unwrap_or_default();
            LLVMAddNamedMetadataOperand(m, name.as_ptr(), LLVMMetadataAsValue(ctx, node));
        }
        Ok(Some(layout))
    }
}

/// The layout from `TF_FRAME_SLOTS`'s two arrays and `TF_FRAME_KEPT`'s (empty without).
fn parse_declaration(numbers: &[i64], names: &str, kept: &[i64]) -> Result<FrameLayout> {
    let bad = |what: &str| {
        Error::new(format!("TF_FRAME_SLOTS: {what}"))
            .help("TF_FRAME_SLOTS(\"Types ...\", \"blind calls ...\", SLOTS, STACK_POINTER, type index, offset, ...)")
    };
    let (types, blind) = names.split_once('|').ok_or_else(|| bad("the names are not two strings"))?;
    let frame_types: Vec<String> = types.split_whitespace().map(str::to_string).collect();
    let [slots, stack_pointer, fields @ ..] = numbers else { return Err(bad("no slot offset")) };
    if fields.len() % 2 != 0 {
        return Err(bad("the safe fields are not pairs"));
    }
    let safe_fields = fields
        .chunks(2)
        .map(|p| {
            let t = usize::try_from(p[0]).ok().and_then(|i| frame_types.get(i));
            t.map(|t| (t.clone(), p[1])).ok_or_else(|| bad(&format!("no frame type number {}", p[0])))
        })
        .collect::<Result<Vec<_>>>()?;
    if *slots <= 0 || *stack_pointer < 0 || *stack_pointer >= *slots {
        return Err(bad("the saved stack pointer must lie in the frame's header, before the slots"));
    }
    for (n, &k) in kept.iter().enumerate() {
        if k < 0 || k % 8 != 0 || k > *slots - 8 || kept[..n].contains(&k) {
            return Err(Error::new(format!(
                "TF_FRAME_KEPT: offset {k} is not a word of the frame's header (8-byte aligned, \
                 before the slots at {slots}, named once)"
            ))
            .help("TF_FRAME_KEPT(OFFSET, ...): offsets of 8-byte header fields only the frame's own code writes"));
        }
    }
    Ok(FrameLayout {
        slots: *slots,
        stack_pointer: *stack_pointer,
        frame_types,
        safe_fields,
        blind_calls: blind.split_whitespace().map(str::to_string).collect(),
        kept: kept.to_vec(),
    })
}

/// The layout [`take_layout`] recorded in `module`, if any.
fn recorded_layout(module: &Module) -> Option<FrameLayout> {
    // SAFETY: reads named metadata of a live module.
    unsafe {
        let m = module.as_mut_ptr();
        let name = std::ffi::CString::new(METADATA).ok()?;
        if LLVMGetNamedMetadataNumOperands(m, name.as_ptr()) != 1 {
            return None;
        }
        let mut node = std::ptr::null_mut();
        LLVMGetNamedMetadataOperands(m, name.as_ptr(), &mut node);
        let mut s = std::ptr::null_mut();
        if LLVMGetMDNodeNumOperands(node) != 1 {
            return None;
        }
        LLVMGetMDNodeOperands(node, &mut s);
        let mut len = 0;
        let p = LLVMGetMDString(s, &mut len);
        if p.is_null() {
            return None;
        }
        let text = String::from_utf8_lossy(std::slice::from_raw_parts(p.cast::<u8>(), len as usize));
        FrameLayout::from_text(&text)
    }
}

/// What the stage did to one fused trace.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SlotsReport {
    /// Slots kept in SSA values.
    pub slots: usize,
    /// Places the slots are written back or read again (before the optimizer removes the
    /// ones that change nothing).
    pub syncs: usize,
    /// Loads of the saved stack pointer replaced by the value the trace stored.
    pub stack_pointer_loads: usize,
    /// Why nothing was done, when the trace has slot accesses the stage cannot keep.
    pub declined: Option<String>,
}

/// Stage 5a over the fused module `module` (already optimized), when its IR stage recorded
/// a frame layout; `machine` runs the clean-up between the two steps.
pub fn promote_slots(module: &Module, machine: &TargetMachine, slots: &Slots) -> Result<SlotsReport> {
    promote(module, machine, slots.fault_exits.then_some(Fault::ExitWriteBack))
}

/// Stage 5a for one plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slots {
    /// Plant a fault: no write-back on the way out (returns and tail calls), so that a
    /// VM's own tests can show they notice wrong slot code (`--fault-frame-slots`).
    pub fault_exits: bool,
}

/// A fault planted to show that tests notice it: the named step dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    /// The write-back before calls (only the unit tests plant it).
    #[cfg_attr(not(test), allow(dead_code))]
    CallWriteBack,
    /// The read-back after calls (only the unit tests plant it).
    #[cfg_attr(not(test), allow(dead_code))]
    CallReload,
    /// The write-back on the way out.
    ExitWriteBack,
}

fn promote(module: &Module, machine: &TargetMachine, fault: Option<Fault>) -> Result<SlotsReport> {
    let Some(layout) = recorded_layout(module) else { return Ok(SlotsReport::default()) };
    let Some(f) = functions(module).into_iter().find(|&f| unsafe { name_of(f) } == crate::hole::ENTRY_SYMBOL)
    else {
        return Ok(SlotsReport::default());
    };
    // SAFETY: `f` is the live entry function of `module`.
    let stack_pointer_loads = unsafe { Promoter::new(module, f, &layout).forward_stack_pointer() };
    if stack_pointer_loads > 0 {
        module
            .run_passes("function(sroa<modify-cfg>,instsimplify)", machine, PassBuilderOptions::create())
            .map_err(|e| Error::new(format!("frame slots: {}", e.to_string().trim_end())))?;
    }
    // SAFETY: as above (the clean-up kept the function).
    let (slots, syncs, declined) = unsafe { Promoter::new(module, f, &layout).promote(fault) };
    Ok(SlotsReport { slots, syncs, stack_pointer_loads, declined })
}

/// Where a pointer (or an integer holding one) comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Not known yet (a phi's input not visited).
    Bottom,
    /// The entry frame plus an offset (`None`: not a constant).
    Frame(Option<i64>),
    /// The entry stack pointer plus an offset.
    Stack(Option<i64>),
    /// Never inside the entry frame's slots.
    Other,
    /// Anywhere.
    Unknown,
}

impl Class {
    fn join(self, o: Class) -> Class {
        match (self, o) {
            (Class::Bottom, x) | (x, Class::Bottom) => x,
            (x, y) if x == y => x,
            (Class::Frame(_), Class::Frame(_)) => Class::Frame(None),
            (Class::Stack(_), Class::Stack(_)) => Class::Stack(None),
            _ => Class::Unknown,
        }
    }

    fn shift(self, by: Option<i64>) -> Class {
        let add = |o: Option<i64>| o.zip(by).and_then(|(a, b)| a.checked_add(b));
        match self {
            Class::Frame(o) => Class::Frame(add(o)),
            Class::Stack(o) => Class::Stack(add(o)),
            c => c,
        }
    }

    /// An offset no longer known (a mask, a non-constant index).
    fn blur(self) -> Class {
        self.shift(None)
    }
}

/// The memory an access of `size` bytes at a pointer of some class touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Mem {
    /// One slot word: (0 for frame-relative, 1 for stack-relative; byte offset).
    Slot(u8, i64),
    Other,
    Unknown,
}

struct Promoter<'a> {
    module: LLVMModuleRef,
    f: V,
    layout: &'a FrameLayout,
    classes: HashMap<V, Class>,
    td: LLVMTargetDataRef,
    tbaa: u32,
    blind: HashSet<&'a str>,
}

/// What to do at one instruction.
enum Action {
    /// A slot access: point it at the slot's shadow.
    Redirect(Mem),
    /// Write the slots back before; read them again after when `reload`.
    Sync { reload: bool },
    /// Cannot touch the slots: say so to LLVM.
    NoAlias,
}

impl<'a> Promoter<'a> {
    unsafe fn new(module: &Module, f: V, layout: &'a FrameLayout) -> Promoter<'a> {
        let m = module.as_mut_ptr();
        Promoter {
            module: m,
            f,
            layout,
            classes: HashMap::new(),
            td: LLVMGetModuleDataLayout(m),
            tbaa: LLVMGetMDKindID(c"tbaa".as_ptr(), 4),
            blind: layout.blind_calls.iter().map(String::as_str).collect(),
        }
    }

    /// The instructions of the function's reachable blocks, in reverse post-order.
    unsafe fn ordered(&self) -> Vec<V> {
        let Some(cfg) = Cfg::of(self.f) else { return Vec::new() };
        cfg.rpo().iter().flat_map(|&b| instructions(cfg.block(b))).collect()
    }

    /// Classifies every instruction, to a fixed point (phis see their back edges).
    unsafe fn classify(&mut self) -> Vec<V> {
        let order = self.ordered();
        self.classes.clear();
        for _ in 0..64 {
            let mut changed = false;
            for &i in &order {
                let c = self.eval(i);
                if self.classes.insert(i, c) != Some(c) {
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        order
    }

    unsafe fn class(&self, v: V) -> Class {
        if !LLVMIsAArgument(v).is_null() {
            return match (0..3).find(|&i| LLVMGetParam(self.f, i) == v) {
                Some(0) => Class::Frame(Some(0)),
                Some(1) => Class::Stack(Some(0)),
                Some(_) => Class::Other,
                None => Class::Unknown,
            };
        }
        if !LLVMIsAConstant(v).is_null() {
            return Class::Other;
        }
        if LLVMIsAInstruction(v).is_null() {
            return Class::Unknown;
        }
        self.classes.get(&v).copied().unwrap_or(Class::Bottom)
    }

    /// The class of instruction `i`'s result from its operands' current classes.
    unsafe fn eval(&self, i: V) -> Class {
        use LLVMOpcode::*;
        let op = |k: u32| self.class(LLVMGetOperand(i, k));
        let data = |n: u32| {
            let all_other = (0..n).all(|k| op(k) == Class::Other || op(k) == Class::Bottom);
            if all_other {
                Class::Other
            } else {
                Class::Unknown
            }
        };
        let n = LLVMGetNumOperands(i).max(0) as u32;
        match opcode(i) {
            LLVMGetElementPtr => op(0).shift(self.gep_offset(i)),
            LLVMBitCast | LLVMAddrSpaceCast | LLVMFreeze | LLVMIntToPtr | LLVMPtrToInt => op(0),
            LLVMZExt | LLVMSExt | LLVMTrunc => match op(0) {
                c @ (Class::Other | Class::Unknown | Class::Bottom) => c,
                c => c.blur(),
            },
            LLVMAdd | LLVMSub | LLVMOr | LLVMAnd => {
                let (a, b) = (LLVMGetOperand(i, 0), LLVMGetOperand(i, 1));
                let (ca, cb) = (const_int(a), const_int(b));
                match (opcode(i), ca, cb) {
                    (LLVMAdd, _, Some(c)) => op(0).shift(Some(c)),
                    (LLVMAdd, Some(c), _) => op(1).shift(Some(c)),
                    (LLVMSub, _, Some(c)) => op(0).shift(c.checked_neg()),
                    (LLVMOr | LLVMAnd, _, Some(_)) => op(0).blur(),
                    (LLVMOr | LLVMAnd, Some(_), _) => op(1).blur(),
                    _ => match (op(0), op(1)) {
                        (Class::Other, Class::Other) => Class::Other,
                        (Class::Bottom, x) | (x, Class::Bottom) => x.blur(),
                        (x @ (Class::Frame(_) | Class::Stack(_)), Class::Other)
                        | (Class::Other, x @ (Class::Frame(_) | Class::Stack(_)))
                            if opcode(i) != LLVMSub || op(1) == Class::Other =>
                        {
                            x.blur()
                        }
                        _ => Class::Unknown,
                    },
                }
            }
            LLVMPHI => {
                let mut c = Class::Bottom;
                for k in 0..LLVMCountIncoming(i) {
                    c = c.join(self.class(LLVMGetIncomingValue(i, k)));
                }
                c
            }
            LLVMSelect => op(1).join(op(2)),
            LLVMLoad => self.loaded(i),
            LLVMAlloca => Class::Other,
            LLVMCall => {
                let callee = LLVMGetCalledValue(i);
                if !LLVMIsAInlineAsm(callee).is_null() {
                    // The holes' barrier: its value is a hole's, never a frame address.
                    return if LLVMGetInlineAsmHasSideEffects(callee) == 0 {
                        Class::Other
                    } else {
                        Class::Unknown
                    };
                }
                let name = called_name(i);
                if name == "llvm.ptrmask" {
                    op(0).blur()
                } else if name.starts_with("llvm.") {
                    data(n.saturating_sub(1))
                } else if self.blind.contains(name.as_str()) {
                    Class::Other
                } else {
                    Class::Unknown
                }
            }
            LLVMICmp | LLVMFCmp | LLVMFAdd | LLVMFSub | LLVMFMul | LLVMFDiv | LLVMFRem | LLVMFNeg
            | LLVMFPToSI | LLVMFPToUI | LLVMSIToFP | LLVMUIToFP | LLVMFPExt | LLVMFPTrunc => Class::Other,
            LLVMMul | LLVMShl | LLVMLShr | LLVMAShr | LLVMXor | LLVMUDiv | LLVMSDiv | LLVMURem | LLVMSRem
            | LLVMExtractValue | LLVMInsertValue | LLVMExtractElement | LLVMInsertElement
            | LLVMShuffleVector => data(n),
            _ => Class::Unknown,
        }
    }

    /// A GEP's constant byte offset, or `None`.
    unsafe fn gep_offset(&self, gep: V) -> Option<i64> {
        gep_offset(self.td, gep)
    }

    /// The memory a load or store of `size` bytes through `ptr` touches.
    unsafe fn mem(&self, ptr: V, size: i64) -> Mem {
        match self.class(ptr) {
            Class::Frame(Some(o)) if o >= self.layout.slots => Mem::Slot(0, o),
            // A kept header word is a slot; an access that covers only part of one, or
            // more than one, is not known.
            Class::Frame(Some(o)) if self.layout.kept.contains(&o) && size == 8 => Mem::Slot(0, o),
            Class::Frame(Some(o))
                if self.layout.kept.iter().any(|&k| o < k + 8 && o.saturating_add(size) > k) =>
            {
                Mem::Unknown
            }
            Class::Frame(Some(o)) if o.checked_add(size).is_some_and(|e| e <= self.layout.slots) => {
                Mem::Other
            }
            Class::Stack(Some(o)) => Mem::Slot(1, o),
            Class::Other => Mem::Other,
            _ => Mem::Unknown,
        }
    }

    unsafe fn size_of(&self, ty: LLVMTypeRef) -> i64 {
        LLVMStoreSizeOfType(self.td, ty) as i64
    }

    /// The class of what load `i` reads.
    unsafe fn loaded(&self, i: V) -> Class {
        // The entry frame's header: its fields are known by offset, tag or no tag.
        if let Class::Frame(Some(o)) = self.class(LLVMGetOperand(i, 0)) {
            if o == self.layout.stack_pointer {
                // The saved stack pointer points into the frame's own stack.
                return Class::Stack(None);
            }
            if o < self.layout.slots {
                let frame = self.layout.frame_types.first();
                let safe = self.layout.safe_fields.iter().any(|(t, f)| Some(t) == frame && *f == o);
                return if safe { Class::Other } else { Class::Unknown };
            }
        }
        if let Class::Stack(_) = self.class(LLVMGetOperand(i, 0)) {
            // A slot of the stack, known or not, holds a value, never a pointer into a frame.
            return Class::Other;
        }
        match self.mem(LLVMGetOperand(i, 0), self.size_of(LLVMTypeOf(i))) {
            // A slot holds a value, never a pointer into a frame.
            Mem::Slot(..) => Class::Other,
            Mem::Unknown => Class::Unknown,
            Mem::Other => match self.field(i) {
                // Untagged (a union member, a copy split by SROA) or a scalar tag: not a
                // frame type's field, which the contract says is how frames are reached.
                None | Some(None) => Class::Other,
                Some(Some((ty, off))) => {
                    let frame_type = self.layout.frame_types.contains(&ty);
                    if !frame_type || self.layout.safe_fields.iter().any(|(t, o)| *t == ty && *o == off) {
                        Class::Other
                    } else {
                        Class::Unknown
                    }
                }
            },
        }
    }

    /// The struct field access `i` reads by its TBAA tag: `None` without a tag,
    /// `Some(None)` for a scalar tag, else the struct's tag name and the offset.
    unsafe fn field(&self, i: V) -> Option<Option<(String, i64)>> {
        let tag = LLVMGetMetadata(i, self.tbaa);
        if tag.is_null() {
            return None;
        }
        let ops = md_operands(tag);
        let (Some(&base), Some(&access), Some(&off)) = (ops.first(), ops.get(1), ops.get(2)) else {
            return None;
        };
        if base == access {
            return Some(None);
        }
        let name = md_operands(base).first().map(|&s| md_string(s)).unwrap_or_default();
        Some(Some((name, const_int(off)?)))
    }

    /// Step 1: loads of the entry frame's saved stack pointer read a private copy, which
    /// the trace's stores to it also write and an unknown write reloads.
    unsafe fn forward_stack_pointer(&mut self) -> usize {
        let order = self.classify();
        let field = Class::Frame(Some(self.layout.stack_pointer));
        let mut loads = Vec::new();
        let mut stores = Vec::new();
        let mut unknown_writes = Vec::new();
        for &i in &order {
            match opcode(i) {
                LLVMOpcode::LLVMLoad if self.class(LLVMGetOperand(i, 0)) == field => loads.push(i),
                LLVMOpcode::LLVMStore if self.class(LLVMGetOperand(i, 1)) == field => stores.push(i),
                _ => {
                    if self.writes_unknown(i) {
                        unknown_writes.push(i);
                    }
                }
            }
        }
        let ok = |i: &V| self.size_of(LLVMTypeOf(*i)) == 8 && LLVMGetVolatile(*i) == 0;
        if loads.is_empty() || !loads.iter().all(ok) || !stores.iter().all(|s| ok(&LLVMGetOperand(*s, 0))) {
            return 0;
        }
        let ctx = LLVMGetModuleContext(self.module);
        let b = LLVMCreateBuilderInContext(ctx);
        let ptr_ty = LLVMPointerTypeInContext(ctx, 0);
        let entry = LLVMGetEntryBasicBlock(self.f);
        LLVMPositionBuilderBefore(b, first_non_alloca(entry));
        let copy = LLVMBuildAlloca(b, ptr_ty, c"tf.saved_sp".as_ptr());
        let real = self.address(b, 0, self.layout.stack_pointer);
        let reload = |b: LLVMBuilderRef| {
            let v = LLVMBuildLoad2(b, ptr_ty, real, c"tf.saved_sp.reload".as_ptr());
            LLVMBuildStore(b, v, copy);
        };
        reload(b);
        for &s in &stores {
            LLVMPositionBuilderBefore(b, LLVMGetNextInstruction(s));
            LLVMBuildStore(b, LLVMGetOperand(s, 0), copy);
        }
        for &w in &unknown_writes {
            LLVMPositionBuilderBefore(b, LLVMGetNextInstruction(w));
            reload(b);
        }
        for &l in &loads {
            LLVMSetOperand(l, 0, copy);
        }
        LLVMDisposeBuilder(b);
        loads.len()
    }

    /// Whether `i` may write memory through a pointer of unknown class (a store, an
    /// atomic, a memory intrinsic); calls are not included.
    unsafe fn writes_unknown(&self, i: V) -> bool {
        match opcode(i) {
            LLVMOpcode::LLVMStore => {
                let (ptr, size) = (LLVMGetOperand(i, 1), self.size_of(LLVMTypeOf(LLVMGetOperand(i, 0))));
                // A store into the header that covers part of the saved stack pointer
                // (the exact field is forwarded) changes it as surely as an unknown one.
                let sp = self.layout.stack_pointer;
                let partly = matches!(self.class(ptr), Class::Frame(Some(o)) if o != sp && o < sp + 8 && o + size > sp);
                partly || self.mem(ptr, size) == Mem::Unknown
            }
            LLVMOpcode::LLVMAtomicRMW | LLVMOpcode::LLVMAtomicCmpXchg => {
                self.mem(LLVMGetOperand(i, 0), 8) != Mem::Other
            }
            LLVMOpcode::LLVMCall => {
                let name = called_name(i);
                is_memory_intrinsic(&name) && !self.intrinsic_args_other(i)
            }
            _ => false,
        }
    }

    unsafe fn intrinsic_args_other(&self, call: V) -> bool {
        let n = LLVMGetNumArgOperands(call);
        (0..n).all(|k| {
            let a = LLVMGetOperand(call, k);
            LLVMGetTypeKind(LLVMTypeOf(a)) != LLVMTypeKind::LLVMPointerTypeKind
                || self.class(a) == Class::Other
        })
    }

    /// What to do at instruction `i`, or `Err(reason)` when the slots cannot be kept.
    unsafe fn action(&self, i: V) -> std::result::Result<Option<Action>, String> {
        use LLVMOpcode::*;
        let access = |ptr: V, ty: LLVMTypeRef| -> std::result::Result<Option<Action>, String> {
            let size = self.size_of(ty);
            Ok(Some(match self.mem(ptr, size) {
                m @ Mem::Slot(_, off) => {
                    if size != 8
                        || off % 8 != 0
                        || LLVMGetVolatile(i) != 0
                        || LLVMGetOrdering(i) != llvm_sys::LLVMAtomicOrdering::LLVMAtomicOrderingNotAtomic
                    {
                        return Err(format!("a slot access at byte {off} is not one plain aligned word"));
                    }
                    Action::Redirect(m)
                }
                Mem::Other => Action::NoAlias,
                Mem::Unknown => Action::Sync { reload: opcode(i) != LLVMLoad },
            }))
        };
        match opcode(i) {
            LLVMLoad => access(LLVMGetOperand(i, 0), LLVMTypeOf(i)),
            LLVMStore => access(LLVMGetOperand(i, 1), LLVMTypeOf(LLVMGetOperand(i, 0))),
            LLVMAtomicRMW | LLVMAtomicCmpXchg => match self.mem(LLVMGetOperand(i, 0), 8) {
                Mem::Other => Ok(Some(Action::NoAlias)),
                Mem::Unknown => Ok(Some(Action::Sync { reload: true })),
                Mem::Slot(_, off) => Err(format!("an atomic operation on the slot at byte {off}")),
            },
            LLVMRet => {
                // After a musttail call nothing may come between it and the return: the
                // call's own write-back covers it.
                let prev = LLVMGetPreviousInstruction(i);
                let after_musttail = !prev.is_null()
                    && !LLVMIsACallInst(prev).is_null()
                    && LLVMGetTailCallKind(prev) == llvm_sys::LLVMTailCallKind::LLVMTailCallKindMustTail;
                Ok((!after_musttail).then_some(Action::Sync { reload: false }))
            }
            LLVMCall => {
                let callee = LLVMGetCalledValue(i);
                if !LLVMIsAInlineAsm(callee).is_null() {
                    return Ok(if harmless_asm(callee) { None } else { Some(Action::Sync { reload: true }) });
                }
                let name = called_name(i);
                let musttail = LLVMGetTailCallKind(i) == llvm_sys::LLVMTailCallKind::LLVMTailCallKindMustTail;
                if is_memory_intrinsic(&name) {
                    Ok(Some(if self.intrinsic_args_other(i) {
                        Action::NoAlias
                    } else {
                        Action::Sync { reload: true }
                    }))
                } else if name.starts_with("llvm.") {
                    Ok(None)
                } else if self.blind.contains(name.as_str()) {
                    Ok(Some(Action::NoAlias))
                } else {
                    Ok(Some(Action::Sync { reload: !musttail }))
                }
            }
            LLVMInvoke | LLVMCallBr | LLVMFence | LLVMVAArg => Ok(Some(Action::Sync { reload: true })),
            _ => Ok(None),
        }
    }

    /// The address of byte `off` of the entry frame (`region` 0) or stack (1), built at
    /// the builder's position.
    unsafe fn address(&self, b: LLVMBuilderRef, region: u8, off: i64) -> V {
        let ctx = LLVMGetModuleContext(self.module);
        let i8t = LLVMInt8TypeInContext(ctx);
        let i64t = LLVMInt64TypeInContext(ctx);
        let mut idx = [LLVMConstInt(i64t, off as u64, 1)];
        LLVMBuildInBoundsGEP2(
            b,
            i8t,
            LLVMGetParam(self.f, region as u32),
            idx.as_mut_ptr(),
            1,
            c"tf.slot".as_ptr(),
        )
    }

    /// Step 2. Returns (slots kept, sync points, why not).
    unsafe fn promote(&mut self, fault: Option<Fault>) -> (usize, usize, Option<String>) {
        let order = self.classify();
        let mut actions: HashMap<V, Action> = HashMap::new();
        for &i in &order {
            match self.action(i) {
                Ok(Some(a)) => {
                    actions.insert(i, a);
                }
                Ok(None) => {}
                Err(why) => return (0, 0, Some(why)),
            }
        }
        let mut keys: Vec<Mem> = actions
            .values()
            .filter_map(|a| match a {
                Action::Redirect(m) => Some(*m),
                _ => None,
            })
            .collect();
        keys.sort();
        keys.dedup();
        if keys.is_empty() {
            return (0, 0, None);
        }
        let index: HashMap<Mem, usize> = keys.iter().enumerate().map(|(n, k)| (*k, n)).collect();
        let Some(cfg) = Cfg::of(self.f) else { return (0, 0, None) };

        // Which slots may differ from the frame where: a store makes its slot dirty, a
        // write-back or a read-back makes every slot clean (a call leaves the stack as it
        // was and the locals are read again). A fixed point over the blocks, in RPO.
        let is_store = |i: V| opcode(i) == LLVMOpcode::LLVMStore;
        let step = |i: V, dirty: &mut Vec<bool>| match actions.get(&i) {
            Some(Action::Redirect(m)) if is_store(i) => dirty[index[m]] = true,
            Some(Action::Sync { .. }) => dirty.iter_mut().for_each(|d| *d = false),
            _ => {}
        };
        let n = cfg.len();
        let mut out: Vec<Option<Vec<bool>>> = vec![None; n];
        let block_in = |b: usize, out: &Vec<Option<Vec<bool>>>| {
            let mut d = vec![false; keys.len()];
            for &p in cfg.preds(b) {
                if let Some(o) = &out[p] {
                    d.iter_mut().zip(o).for_each(|(x, y)| *x |= *y);
                }
            }
            d
        };
        loop {
            let mut changed = false;
            for &b in cfg.rpo() {
                let mut d = block_in(b, &out);
                for i in instructions(cfg.block(b)) {
                    step(i, &mut d);
                }
                if out[b].as_ref() != Some(&d) {
                    out[b] = Some(d);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }

        let ctx = LLVMGetModuleContext(self.module);
        let i64t = LLVMInt64TypeInContext(ctx);
        let b = LLVMCreateBuilderInContext(ctx);
        LLVMPositionBuilderBefore(b, first_non_alloca(LLVMGetEntryBasicBlock(self.f)));
        let scope = scope_list(ctx, "tracefuse frame slots", "tracefuse frame slots: the entry frame");
        let alias_scope = LLVMGetMDKindID(c"alias.scope".as_ptr(), 11);
        let noalias = LLVMGetMDKindID(c"noalias".as_ptr(), 7);
        let shadows: Vec<V> =
            keys.iter().map(|_| LLVMBuildAlloca(b, i64t, c"tf.slot.shadow".as_ptr())).collect();
        // The real addresses and the copy in, after every shadow's alloca.
        let mut reals = Vec::with_capacity(keys.len());
        for (k, &shadow) in keys.iter().zip(&shadows) {
            let Mem::Slot(region, off) = *k else { continue };
            let real = self.address(b, region, off);
            let v = LLVMBuildLoad2(b, i64t, real, c"tf.slot.in".as_ptr());
            LLVMSetMetadata(v, alias_scope, scope);
            LLVMBuildStore(b, v, shadow);
            reals.push(real);
        }

        let mut syncs = 0;
        for &bb in cfg.rpo() {
            let mut dirty = block_in(bb, &out);
            for i in instructions(cfg.block(bb)) {
                match actions.get(&i) {
                    Some(Action::Redirect(m)) => {
                        LLVMSetOperand(i, if is_store(i) { 1 } else { 0 }, shadows[index[m]]);
                    }
                    Some(Action::NoAlias) => add_scope(ctx, i, noalias, scope),
                    Some(Action::Sync { reload }) => {
                        syncs += 1;
                        let is_call = opcode(i) == LLVMOpcode::LLVMCall;
                        let exit = opcode(i) == LLVMOpcode::LLVMRet
                            || (is_call
                                && LLVMGetTailCallKind(i)
                                    == llvm_sys::LLVMTailCallKind::LLVMTailCallKindMustTail);
                        LLVMPositionBuilderBefore(b, i);
                        let planted = match fault {
                            Some(Fault::CallWriteBack) => is_call,
                            Some(Fault::ExitWriteBack) => exit,
                            _ => false,
                        };
                        if !planted {
                            for (k, _) in keys.iter().enumerate().filter(|(k, _)| dirty[*k]) {
                                let v = LLVMBuildLoad2(b, i64t, shadows[k], c"tf.slot.out".as_ptr());
                                let st = LLVMBuildStore(b, v, reals[k]);
                                LLVMSetMetadata(st, alias_scope, scope);
                            }
                        }
                        if *reload && !(is_call && fault == Some(Fault::CallReload)) {
                            // A call may change the frame's locals (frame.f_locals writes
                            // through), never its operand stack: only frame-relative slots
                            // are read again. A write through an unknown pointer may be
                            // anywhere.
                            LLVMPositionBuilderBefore(b, LLVMGetNextInstruction(i));
                            for (k, key) in keys.iter().enumerate() {
                                let kept = matches!(key, Mem::Slot(0, o) if *o < self.layout.slots);
                                if is_call && (kept || matches!(key, Mem::Slot(1, _))) {
                                    continue;
                                }
                                let v = LLVMBuildLoad2(b, i64t, reals[k], c"tf.slot.back".as_ptr());
                                LLVMSetMetadata(v, alias_scope, scope);
                                LLVMBuildStore(b, v, shadows[k]);
                            }
                        }
                    }
                    None => {}
                }
                step(i, &mut dirty);
            }
        }
        LLVMDisposeBuilder(b);
        (keys.len(), syncs, None)
    }
}

unsafe fn first_non_alloca(entry: LLVMBasicBlockRef) -> V {
    let mut i = LLVMGetFirstInstruction(entry);
    while !LLVMIsAAllocaInst(i).is_null() {
        i = LLVMGetNextInstruction(i);
    }
    i
}

fn is_memory_intrinsic(name: &str) -> bool {
    ["llvm.memcpy", "llvm.memmove", "llvm.memset"].iter().any(|p| name.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use inkwell::context::Context;
    use inkwell::memory_buffer::MemoryBuffer;

    /// The layout the tests declare: an 80-byte header whose word 8 (offset 64) is the
    /// saved stack pointer, word 1 (offset 8) the previous frame and word 7 (offset 56) a
    /// kept field (an instruction pointer); slots from 80.
    const LAYOUT: &str = concat!(
        "slots=80\\0Astack_pointer=64\\0Aframe_types=Frame\\0Asafe_fields=Frame:0\\0A",
        "blind_calls=blind\\0Akept=56"
    );

    /// A frame's TBAA tags: `!10` the `previous` field (a pointer into a frame), `!11` the
    /// code field (offset 0, safe).
    const TBAA: &str = r#"
!1 = !{!"root"}
!2 = !{!"any pointer", !3, i64 0}
!3 = !{!"omnipotent char", !1, i64 0}
!4 = !{!"Frame", !2, i64 0, !2, i64 8}
!10 = !{!4, !2, i64 8}
!11 = !{!4, !2, i64 0}
"#;

    /// A test module: `_JIT_ENTRY` with `body`, the runtime functions it calls, and a
    /// `main` that runs it on a frame of 4 locals with 2 values on the stack and prints
    /// every slot and the result.
    fn module_text(body: &str) -> String {
        format!(
            r#"
@frame = global [20 x i64] zeroinitializer
@obj = global [2 x i64] [i64 1, i64 0]
@seen = global i64 0
@fmt = private constant [6 x i8] c"%lld \00"
declare i32 @printf(ptr, ...)

; Reads local 1 and the kept word (what a runtime function that inspects the frame
; sees), writes local 2.
define void @inspect(ptr %f) noinline {{
  %l1 = getelementptr i8, ptr %f, i64 88
  %v1 = load i64, ptr %l1
  %ipp = getelementptr i8, ptr %f, i64 56
  %ip = load i64, ptr %ipp
  %ip1000 = mul i64 %ip, 1000
  %v = add i64 %v1, %ip1000
  store i64 %v, ptr @seen
  %l2 = getelementptr i8, ptr %f, i64 96
  store i64 777, ptr %l2
  ret void
}}
define void @blind(ptr %o) noinline {{
  %v = load i64, ptr %o
  %w = add i64 %v, 1
  store i64 %w, ptr %o
  ret void
}}

define i64 @_JIT_ENTRY(ptr %0, ptr %1, ptr %2) {{
entry:
{body}
}}

define i32 @main() {{
  %sp = getelementptr i64, ptr @frame, i64 16
  %pv = getelementptr i64, ptr @frame, i64 1
  store ptr @frame, ptr %pv
  %spf = getelementptr i64, ptr @frame, i64 8
  store ptr %sp, ptr %spf
  store i64 10, ptr getelementptr (i64, ptr @frame, i64 10)
  store i64 11, ptr getelementptr (i64, ptr @frame, i64 11)
  store i64 12, ptr getelementptr (i64, ptr @frame, i64 12)
  store i64 13, ptr getelementptr (i64, ptr @frame, i64 13)
  store i64 ptrtoint (ptr @obj to i64), ptr getelementptr (i64, ptr @frame, i64 14)
  store i64 15, ptr getelementptr (i64, ptr @frame, i64 15)
  %r0 = call i64 @_JIT_ENTRY(ptr @frame, ptr %sp, ptr null)
  %rbig = icmp ugt i64 %r0, 4294967295
  %r = select i1 %rbig, i64 -1, i64 %r0
  call i32 (ptr, ...) @printf(ptr @fmt, i64 %r)
  br label %loop
loop:
  %i = phi i64 [ 7, %0 ], [ %j, %loop ]
  %a = getelementptr i64, ptr @frame, i64 %i
  %v = load i64, ptr %a
  %big = icmp ugt i64 %v, 4294967295
  %p = select i1 %big, i64 -1, i64 %v
  call i32 (ptr, ...) @printf(ptr @fmt, i64 %p)
  %j = add i64 %i, 1
  %c = icmp ult i64 %j, 18
  br i1 %c, label %loop, label %done
done:
  %s = load i64, ptr @seen
  call i32 (ptr, ...) @printf(ptr @fmt, i64 %s)
  %o = load i64, ptr @obj
  call i32 (ptr, ...) @printf(ptr @fmt, i64 %o)
  ret i32 0
}}

!tf.frame_slots = !{{!0}}
!0 = !{{!"{LAYOUT}"}}
{TBAA}
"#
        )
    }

    use crate::lli::run_ok as run;

    /// The body promoted (then cleaned up as the pipeline would), with the report.
    fn promoted(body: &str, fault: Option<Fault>) -> (SlotsReport, String) {
        let text = module_text(body);
        let ctx = Context::create();
        let buf = MemoryBuffer::create_from_memory_range_copy(text.as_bytes(), "test");
        let module = ctx.create_module_from_ir(buf).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let machine =
            crate::target::Target::by_triple("x86_64-unknown-linux-gnu").unwrap().machine().unwrap();
        let report = promote(&module, &machine, fault).expect("the pass runs");
        module.verify().unwrap_or_else(|e| panic!("{e}\n{}", module.print_to_string()));
        module
            .run_passes(
                "function(sroa,early-cse<memssa>,instcombine,gvn,dse)",
                &machine,
                PassBuilderOptions::create(),
            )
            .expect("clean-up");
        (report, module.print_to_string().to_string())
    }

    /// Checks that the promoted body prints what the original does, and returns the report.
    fn agrees(body: &str) -> SlotsReport {
        let expected = run(&module_text(body));
        let (report, after) = promoted(body, None);
        assert_eq!(run(&after), expected, "the promoted trace differs:\n{after}");
        report
    }

    /// A trace that keeps local 1, the top of the stack and an object's count in play
    /// across a call that reads and writes locals.
    const ACROSS_A_CALL: &str = r#"
  %l1 = getelementptr inbounds i8, ptr %0, i64 88
  %l2 = getelementptr inbounds i8, ptr %0, i64 96
  %top = getelementptr inbounds i8, ptr %1, i64 -8
  %nos = getelementptr inbounds i8, ptr %1, i64 -16
  %o = load i64, ptr %nos
  %x = load i64, ptr %top
  %x2 = add i64 %x, 100
  store i64 %x2, ptr %l1
  %obj = inttoptr i64 %o to ptr
  %rc = load i64, ptr %obj, !tbaa !11
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %obj, !tbaa !11
  call void @blind(ptr %obj)
  store i64 %rc, ptr %top
  call void @inspect(ptr %0)
  %y = load i64, ptr %l2
  %z = load i64, ptr %l1
  %s = add i64 %y, %z
  store i64 %s, ptr %nos
  ret i64 %s
"#;

    #[test]
    fn slots_stay_in_values_and_calls_see_and_change_the_frame() {
        let report = agrees(ACROSS_A_CALL);
        assert_eq!(report.slots, 4, "{report:?}");
        assert!(report.syncs >= 2, "{report:?}");
        assert_eq!(report.declined, None);
        // The blind call and the count are not places the slots are written back.
        let (_, after) = promoted(ACROSS_A_CALL, None);
        let before_blind = after.split("call void @blind").next().unwrap_or_default();
        assert!(!before_blind.contains("store i64 %x2"), "local 1 written before a blind call:\n{after}");
    }

    #[test]
    fn a_write_through_a_frame_pointer_read_from_the_frame_is_seen() {
        // `previous` (a frame type's field not declared safe) points at this very frame:
        // a write through it must reach what the trace reads afterwards.
        let body = r#"
  %l1 = getelementptr inbounds i8, ptr %0, i64 88
  store i64 5, ptr %l1
  %pp = getelementptr inbounds i8, ptr %0, i64 8
  %prev = load ptr, ptr %pp, !tbaa !10
  %pl1 = getelementptr inbounds i8, ptr %prev, i64 88
  %seen = load i64, ptr %pl1
  store i64 42, ptr %pl1
  %v = load i64, ptr %l1
  %r = add i64 %v, %seen
  ret i64 %r
"#;
        let report = agrees(body);
        assert!(report.slots >= 1 && report.syncs >= 2, "{report:?}");
    }

    #[test]
    fn the_saved_stack_pointer_reads_back_what_the_trace_stored() {
        let body = r#"
  %pf = getelementptr inbounds i8, ptr %0, i64 64
  %sp1 = getelementptr inbounds i8, ptr %1, i64 -8
  store ptr %sp1, ptr %pf
  call void @inspect(ptr %0)
  %sp2 = load ptr, ptr %pf
  %v = load i64, ptr %sp2
  %l3 = getelementptr inbounds i8, ptr %0, i64 104
  store i64 %v, ptr %l3
  %w = getelementptr inbounds i8, ptr %sp2, i64 -8
  %x = load i64, ptr %w
  ret i64 %x
"#;
        let report = agrees(body);
        assert_eq!(report.stack_pointer_loads, 1, "{report:?}");
        // Through the forwarded stack pointer the stack words are slots too.
        assert_eq!(report.slots, 3, "{report:?}");
    }

    /// The kept word set three times: before a blind call (nobody sees it), before a call
    /// that reads it, and at the end.
    const KEPT_WORD: &str = r#"
  %ip = getelementptr inbounds i8, ptr %0, i64 56
  store i64 1, ptr %ip
  call void @blind(ptr @obj)
  store i64 2, ptr %ip
  call void @inspect(ptr %0)
  %again = load i64, ptr %ip
  %three = add i64 %again, 1
  store i64 %three, ptr %ip
  ret i64 %again
"#;

    #[test]
    fn a_kept_header_word_is_written_only_where_it_can_be_seen() {
        let report = agrees(KEPT_WORD);
        assert_eq!(report.slots, 1, "{report:?}");
        let (_, after) = promoted(KEPT_WORD, None);
        assert!(!after.contains("store i64 1,"), "the word was written before a blind call:\n{after}");
        assert!(after.contains("store i64 2,") && after.contains("store i64 3,"), "{after}");
        // Not read again after the call: the value the trace wrote is the value it reads.
        assert!(after.contains("ret i64 2"), "{after}");
        // A partial write of the word is an unknown write: written back, then read again.
        let partial = r#"
  %ip = getelementptr inbounds i8, ptr %0, i64 56
  store i64 1, ptr %ip
  %hi = getelementptr inbounds i8, ptr %0, i64 60
  store i32 9, ptr %hi
  %v = load i64, ptr %ip
  ret i64 %v
"#;
        agrees(partial);
        for fault in [Fault::CallWriteBack, Fault::ExitWriteBack] {
            let (_, after) = promoted(KEPT_WORD, Some(fault));
            assert_ne!(run(&after), run(&module_text(KEPT_WORD)), "{fault:?} went unnoticed:\n{after}");
        }
    }

    #[test]
    fn a_slot_access_that_is_not_one_word_declines() {
        let body = r#"
  %l1 = getelementptr inbounds i8, ptr %0, i64 88
  %h = load i32, ptr %l1
  %r = zext i32 %h to i64
  ret i64 %r
"#;
        let (report, _) = promoted(body, None);
        assert_eq!(report.slots, 0);
        assert!(report.declined.is_some_and(|d| d.contains("byte 88")));
        agrees(body);
    }

    #[test]
    fn the_tests_catch_a_missing_write_back_or_reload() {
        for fault in [Fault::CallWriteBack, Fault::CallReload, Fault::ExitWriteBack] {
            let expected = run(&module_text(ACROSS_A_CALL));
            let (_, after) = promoted(ACROSS_A_CALL, Some(fault));
            assert_ne!(run(&after), expected, "{fault:?} went unnoticed:\n{after}");
        }
    }

    #[test]
    fn the_declaration_round_trips_and_bad_ones_are_named() {
        let layout = parse_declaration(&[80, 64, 0, 0, 1, 16], "F T|a b", &[56, 64]).expect("valid");
        assert_eq!(layout.safe_fields, vec![("F".to_string(), 0), ("T".to_string(), 16)]);
        assert_eq!(layout.kept, vec![56, 64]);
        assert_eq!(FrameLayout::from_text(&layout.to_text()), Some(layout));
        let none = parse_declaration(&[80, 64], "F|", &[]).expect("valid");
        assert_eq!(FrameLayout::from_text(&none.to_text()), Some(none));
        assert!(parse_declaration(&[80, 64, 5, 0], "F|", &[]).is_err());
        assert!(parse_declaration(&[80, 64, 0], "F|", &[]).is_err());
        assert!(parse_declaration(&[80, 96], "F|", &[]).is_err());
        assert!(parse_declaration(&[80, 64], "F", &[]).is_err());
        for bad in [[52], [80], [-8], [i64::MAX - 7]] {
            assert!(parse_declaration(&[80, 64], "F|", &bad).is_err(), "{bad:?}");
        }
        assert!(parse_declaration(&[80, 64], "F|", &[56, 56]).is_err());
    }
}
