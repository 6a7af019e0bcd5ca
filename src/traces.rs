//! Stage 2 — traces: reads recorded traces (`uops/<library>/traces/*.yaml`) into
//! validated [`Trace`]s over a [`UopLibrary`], with their test cases. Checks stack
//! effects per frame (underflow, overflow, balance at the back edge; a uop that pushes a
//! frame starts a new stack on the frame the trace file describes, a pop returns to the
//! caller's), fields and their kinds, terminators and trace-tree exits. Format:
//! docs/formats.md.

use crate::definitions::{ExitKind, Field, FieldKind, FrameEffect, UopLibrary};
use crate::error::{Error, Result};
use crate::signature::{shape_hash, sort_table, Assumption, Signature};
use crate::source::SourceText;
use serde::{Deserialize, Serialize};
use serde_yaml::Value as Yaml;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// One field's value in an instruction.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    /// Known when stencils are built: folded into fused code.
    Const(u64),
    /// An integer known only at load time: a hole.
    RuntimeInt(u64),
    /// A VM object made at load time, written as the VM's own literal (`{runtime: 2.5}`):
    /// the core keeps it opaque; the VM's front end resolves it to an address when it
    /// loads code, and the hole is patched with that address.
    RuntimeLiteral(Yaml),
}

impl Operand {
    pub fn is_runtime(&self) -> bool {
        !matches!(self, Operand::Const(_))
    }
}

/// The size of a frame a trace runs on: local slots, then value-stack slots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameSize {
    pub locals: u32,
    pub stack_size: u32,
}

/// One instruction of a trace.
#[derive(Debug, Clone)]
pub struct Instruction {
    /// Index of the uop in its library.
    pub uop: usize,
    pub fields: BTreeMap<Field, Operand>,
    /// Side exits enter this trace (index in the [`TraceSet`]) instead of leaving.
    pub exit_to: Option<usize>,
    /// For a uop that pushes a frame (`frame: push`): the size of the frame it enters.
    pub frame: Option<FrameSize>,
    pub line: Option<usize>,
}

impl Instruction {
    /// The field's value when it is an integer known now (build-time or recorded).
    pub fn int_field(&self, field: Field) -> Option<u64> {
        match self.fields.get(&field)? {
            Operand::Const(v) | Operand::RuntimeInt(v) => Some(*v),
            Operand::RuntimeLiteral(_) => None,
        }
    }
}

/// What a trace file carries for testing, which only the VM's harness understands: its
/// `classes` and each of its `cases`, with the line each case starts on.
#[derive(Debug, Clone, Default)]
pub struct TestData {
    pub classes: Option<Yaml>,
    pub cases: Vec<(Yaml, Option<usize>)>,
}

#[derive(Debug, Clone)]
pub struct Trace {
    pub name: String,
    pub path: PathBuf,
    pub locals: u32,
    pub stack_size: u32,
    /// Stack depth the trace is entered with.
    pub entry_stack: u32,
    /// The trace, then its exit stubs (from [`Trace::stubs_from`] on).
    pub instructions: Vec<Instruction>,
    /// Where the exit stubs start: instructions reached only through routed exits (see
    /// `ExitRouting`), as CPython's executors carry them after the trace. Equal to the
    /// number of instructions when the trace has none.
    pub stubs_from: usize,
    /// Test data for the VM's harness, uninterpreted here.
    pub test_data: TestData,
    /// Ends with a jump back to its top.
    pub is_loop: bool,
    /// Stack depth before each instruction, in the frame it runs on.
    pub depths: Vec<u32>,
    /// The frames the trace runs on: the one it is entered with (`locals`, `stack_size`),
    /// then one per frame push, in trace order.
    pub frames: Vec<FrameSize>,
    /// The frame each instruction runs on (an index into `frames`); a stub runs on the
    /// frame of the first instruction whose exit reaches it.
    pub frame_of: Vec<usize>,
    /// Names of traces its side exits enter, resolved by [`TraceSet`].
    exit_names: Vec<(usize, String)>,
}

/// The trace file as serde types: what [`Trace::from_source`] reads and what a front end
/// that makes traces (the CPython recording converter) writes, with `serde_yaml`. Uop names,
/// fields and `exit_to` names are as written, checked against the library when the trace is
/// validated. Keys that are optional or have a default are written only when they say
/// something. Format: docs/formats.md.
pub mod schema {
    use super::FrameSize;
    use crate::definitions::Field;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use serde_yaml::Value as Yaml;

    /// A whole trace file.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct TraceFile {
        pub trace: String,
        pub library: String,
        pub locals: u32,
        pub stack_size: u32,
        #[serde(default, skip_serializing_if = "is_zero")]
        pub entry_stack: u32,
        /// Test data for the VM's harness, uninterpreted by the core.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub classes: Option<Yaml>,
        pub instructions: Vec<InstructionEntry>,
        /// Exit stubs, reached only through routed exits.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub stubs: Vec<InstructionEntry>,
        /// Test cases for the VM's harness, uninterpreted by the core.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub cases: Vec<Yaml>,
    }

    /// One instruction (or stub): the uop, the fields it reads, and where its side exit
    /// goes or which frame it enters.
    #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct InstructionEntry {
        pub uop: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub oparg: Option<OperandValue>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub operand0: Option<OperandValue>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub operand1: Option<OperandValue>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub target: Option<OperandValue>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub exit_to: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub frame: Option<FrameSize>,
    }

    impl InstructionEntry {
        /// The value given for `field`, if any.
        pub fn field(&self, field: Field) -> Option<&OperandValue> {
            match field {
                Field::Oparg => self.oparg.as_ref(),
                Field::Operand0 => self.operand0.as_ref(),
                Field::Operand1 => self.operand1.as_ref(),
                Field::Target => self.target.as_ref(),
            }
        }

        /// The slot for `field`'s value.
        pub fn field_mut(&mut self, field: Field) -> &mut Option<OperandValue> {
            match field {
                Field::Oparg => &mut self.oparg,
                Field::Operand0 => &mut self.operand0,
                Field::Operand1 => &mut self.operand1,
                Field::Target => &mut self.target,
            }
        }
    }

    /// A field's value as written: `5` (build time) or `{runtime: V}` (a hole; `V` an
    /// integer, or for an object field the VM's literal). Which one a field may hold is
    /// checked against its kind when the trace is validated.
    #[derive(Debug, Clone, PartialEq)]
    pub enum OperandValue {
        Const(u64),
        Runtime(Yaml),
    }

    impl Serialize for OperandValue {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            match self {
                OperandValue::Const(v) => s.serialize_u64(*v),
                OperandValue::Runtime(v) => {
                    use serde::ser::SerializeMap;
                    let mut m = s.serialize_map(Some(1))?;
                    m.serialize_entry("runtime", v)?;
                    m.end()
                }
            }
        }
    }

    impl<'de> Deserialize<'de> for OperandValue {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let y = Yaml::deserialize(d)?;
            if let Yaml::Mapping(m) = &y {
                if let (1, Some(v)) = (m.len(), m.get("runtime")) {
                    return Ok(OperandValue::Runtime(v.clone()));
                }
            }
            // A negative constant is its two's complement (the field is 64 bits).
            match y.as_u64().or_else(|| y.as_i64().map(|i| i as u64)) {
                Some(v) => Ok(OperandValue::Const(v)),
                None => Err(serde::de::Error::custom(format!(
                    "expected an integer or {{runtime: VALUE}}, found {}",
                    super::short(&y)
                ))),
            }
        }
    }

    fn is_zero(v: &u32) -> bool {
        *v == 0
    }
}

impl Trace {
    /// Reads and validates one trace file against `lib`. `exit_to` names are resolved
    /// later by [`TraceSet`].
    pub fn load(path: &Path, lib: &UopLibrary) -> Result<Trace> {
        Self::from_source(&SourceText::read(path)?, lib)
    }

    /// Validates a trace file's text (`src.path` names it in errors).
    pub fn from_source(src: &SourceText, lib: &UopLibrary) -> Result<Trace> {
        let src = src.clone();
        let path = src.path.as_path();
        let raw: schema::TraceFile = src.parse("trace")?;
        if raw.library != lib.name {
            return Err(src
                .error(
                    src.key_line("library"),
                    format!(
                        "trace is for library `{}`, but it is being read with library `{}` ({})",
                        raw.library,
                        lib.name,
                        lib.manifest.display()
                    ),
                )
                .help(format!(
                    "every trace names its library: if `{}` is this trace's library renamed, write \
                     `library: {}` here and in the other traces; else read the trace with the \
                     library named `{}`",
                    lib.name, lib.name, raw.library
                )));
        }
        if raw.instructions.is_empty() {
            return Err(src.error(src.key_line("instructions"), "a trace needs at least one instruction"));
        }
        let lines = src.item_lines("instructions");
        let mut instructions = Vec::with_capacity(raw.instructions.len());
        let mut exit_names = Vec::new();
        for (i, entry) in raw.instructions.iter().enumerate() {
            let line = lines.get(i).copied().or_else(|| src.key_line("instructions"));
            let (inst, exit_to) = parse_instruction(lib, entry, i, line, &src)?;
            if let Some(name) = exit_to {
                exit_names.push((i, name));
            }
            instructions.push(inst);
        }
        let FrameWalk { mut depths, mut frame_of, frames } = check_stack(lib, &raw, &instructions, &src)?;
        let last = instructions.last().map(|i| &lib.uops[i.uop]);
        let is_loop = last.is_some_and(|u| u.may(ExitKind::JumpToTop));
        let stubs_from = instructions.len();
        if !raw.stubs.is_empty() {
            let stub_lines = src.item_lines("stubs");
            for (j, entry) in raw.stubs.iter().enumerate() {
                let line = stub_lines.get(j).copied().or_else(|| src.key_line("stubs"));
                let (inst, exit_to) = parse_instruction(lib, entry, stubs_from + j, line, &src)?;
                if exit_to.is_some() {
                    return Err(src.error(line, format!("stub {j}: a stub cannot carry `exit_to`")));
                }
                instructions.push(inst);
            }
            for (depth, frame) in
                check_stubs(lib, &raw, &instructions, stubs_from, (&depths, &frame_of), &src)?
            {
                depths.push(depth);
                frame_of.push(frame);
            }
        }
        check_frame_access(lib, &frames, &frame_of, &instructions, &src)?;

        let case_lines = src.item_lines("cases");
        let cases = raw
            .cases
            .into_iter()
            .enumerate()
            .map(|(i, y)| (y, case_lines.get(i).copied().or_else(|| src.key_line("cases"))))
            .collect();
        let test_data = TestData { classes: raw.classes, cases };
        let trace = Trace {
            name: raw.trace,
            path: path.to_path_buf(),
            locals: raw.locals,
            stack_size: raw.stack_size,
            entry_stack: raw.entry_stack,
            instructions,
            stubs_from,
            test_data,
            is_loop,
            depths,
            frames,
            frame_of,
            exit_names,
        };
        Ok(trace)
    }
}

fn parse_instruction(
    lib: &UopLibrary,
    entry: &schema::InstructionEntry,
    index: usize,
    line: Option<usize>,
    src: &SourceText,
) -> Result<(Instruction, Option<String>)> {
    let err = |msg: String| src.error(line, format!("instruction {index}: {msg}"));
    let name = entry.uop.as_str();
    let uop_index = lib.uops.iter().position(|u| u.name == name).ok_or_else(|| {
        let manifest = lib.manifest.display();
        err(format!("unknown uop `{name}` (not in library `{}`, {manifest})", lib.name)).help(
            match crate::source::closest(name, lib.uops.iter().map(|u| u.name.as_str())) {
                Some(near) => format!("did you mean `{near}`? Fix the name here"),
                None => format!("fix the name here, or declare the uop in {manifest}"),
            },
        )
    })?;
    let uop = &lib.uops[uop_index];
    if entry.frame.is_some() && uop.frame != Some(FrameEffect::Push) {
        return Err(err(format!(
            "`frame` gives the size of the frame a uop enters, but {name} pushes no frame: remove it"
        )));
    }
    if entry.exit_to.is_some() && !uop.may(ExitKind::SideExit) {
        return Err(err(format!("`exit_to` on {name}, which has no side exit")));
    }
    let mut fields = BTreeMap::new();
    for field in Field::ALL {
        let Some(value) = entry.field(field) else { continue };
        let kind = *uop
            .fields
            .get(&field)
            .ok_or_else(|| err(format!("{name} does not read `{field}`: remove it")))?;
        fields.insert(field, parse_operand(value, kind).map_err(|m| err(format!("`{field}`: {m}")))?);
    }
    for &field in uop.fields.keys() {
        if let std::collections::btree_map::Entry::Vacant(slot) = fields.entry(field) {
            if field != Field::Target {
                return Err(err(format!("{name} reads `{field}`, but the instruction does not give it")));
            }
            slot.insert(Operand::Const(0));
        }
    }
    if uop.frame == Some(FrameEffect::Push) && entry.frame.is_none() {
        return Err(err(format!(
            "{name} pushes a frame: give the frame it enters, `frame: {{locals: L, stack_size: S}}` \
             (the callee's local slots and value-stack slots)"
        )));
    }
    Ok((
        Instruction { uop: uop_index, fields, exit_to: None, frame: entry.frame, line },
        entry.exit_to.clone(),
    ))
}

fn parse_operand(value: &schema::OperandValue, kind: FieldKind) -> std::result::Result<Operand, String> {
    use schema::OperandValue as V;
    match (value, kind) {
        (V::Const(v), FieldKind::Int | FieldKind::Local) => Ok(Operand::Const(*v)),
        (V::Const(v), FieldKind::Object) => {
            Err(format!("an object field is always a runtime value: write {{runtime: VALUE}}, found {v}"))
        }
        (V::Runtime(y), FieldKind::Int | FieldKind::Local) => y
            .as_u64()
            .or_else(|| y.as_i64().map(|i| i as u64))
            .map(Operand::RuntimeInt)
            .ok_or_else(|| format!("expected an integer, found {}", short(y))),
        (V::Runtime(y), FieldKind::Object) => Ok(Operand::RuntimeLiteral(y.clone())),
    }
}

fn short(y: &Yaml) -> String {
    serde_yaml::to_string(y).map(|s| s.trim().to_string()).unwrap_or_default()
}

/// Every field the manifest declares `local` indexes the frame's locals: it must be below
/// the `locals` of the frame the instruction runs on (the trace's, or the one a frame push
/// entered), whether build-time or runtime (a body reads the slot unchecked).
fn check_frame_access(
    lib: &UopLibrary,
    frames: &[FrameSize],
    frame_of: &[usize],
    insts: &[Instruction],
    src: &SourceText,
) -> Result<()> {
    for (i, inst) in insts.iter().enumerate() {
        let uop = &lib.uops[inst.uop];
        let frame = frame_of.get(i).copied().unwrap_or(0);
        let locals = frames.get(frame).map_or(0, |f| f.locals);
        let whose = if frame == 0 {
            "the trace has".to_string()
        } else {
            format!("the frame it runs on (pushed frame {frame}) has")
        };
        for (&field, &kind) in &uop.fields {
            if kind != FieldKind::Local {
                continue;
            }
            let Some(v) = inst.int_field(field) else { continue };
            if v >= locals as u64 {
                return Err(src
                    .error(
                        inst.line,
                        format!(
                            "instruction {i} ({}): `{field}` {v} indexes local {v}, but {whose} \
                             {locals} locals (`{field}` must be below {locals})",
                            uop.name
                        ),
                    )
                    .help("raise `locals` (or the pushed frame's `frame: {locals}`), or index a local the frame has"));
            }
        }
    }
    Ok(())
}

/// What walking a trace's stack effects gives: each instruction's depth and frame, and
/// the frames (see [`Trace::frames`]).
struct FrameWalk {
    depths: Vec<u32>,
    frame_of: Vec<usize>,
    frames: Vec<FrameSize>,
}

/// Walks the main instructions' stack effects with a stack per frame: a frame push
/// suspends the current frame (after its inputs are popped) and starts the new one empty;
/// a pop returns to the suspended caller at its depth. Every depth stays within the
/// `stack_size` of the frame it is on.
fn check_stack(
    lib: &UopLibrary,
    raw: &schema::TraceFile,
    insts: &[Instruction],
    src: &SourceText,
) -> Result<FrameWalk> {
    let mut depth = raw.entry_stack as u64;
    if depth > raw.stack_size as u64 {
        return Err(src.error(src.key_line("entry_stack"), "entry_stack is larger than stack_size"));
    }
    let mut frames = vec![FrameSize { locals: raw.locals, stack_size: raw.stack_size }];
    // The instruction that pushed each frame (none for the entry frame).
    let mut pushed_by: Vec<Option<usize>> = vec![None];
    let mut cur = 0usize;
    // Suspended callers: frame and the depth the push left there.
    let mut callers: Vec<(usize, u64)> = Vec::new();
    let mut depths = Vec::with_capacity(insts.len());
    let mut frame_of = Vec::with_capacity(insts.len());
    for (i, inst) in insts.iter().enumerate() {
        let uop = &lib.uops[inst.uop];
        let err = |msg: String| src.error(inst.line, format!("instruction {i} ({}): {msg}", uop.name));
        if i > 0 && lib.uops[insts[i - 1].uop].terminator {
            return Err(err(format!(
                "follows the terminator {}: nothing may come after it",
                lib.uops[insts[i - 1].uop].name
            )));
        }
        depths.push(depth as u32);
        frame_of.push(cur);
        // " in the frame instruction K (NAME) pushed", for errors past a push.
        let in_frame = |pushed_by: &[Option<usize>], f: usize| match pushed_by.get(f).copied().flatten() {
            Some(k) => format!(" in the frame instruction {k} ({}) pushed", lib.uops[insts[k].uop].name),
            None => String::new(),
        };
        let oparg = inst.int_field(Field::Oparg).unwrap_or(0);
        let (pop, push) = uop
            .stack_effect(oparg)
            .ok_or_else(|| err(format!("oparg {oparg} gives a negative stack count")))?;
        if pop > depth {
            return Err(err(format!(
                "stack underflow: pops {pop} but the stack holds {depth}{}",
                in_frame(&pushed_by, cur)
            )));
        }
        depth -= pop;
        match uop.frame {
            None => {}
            Some(FrameEffect::Push) => {
                let size = inst.frame.ok_or_else(|| {
                    err("pushes a frame but gives no `frame: {locals: L, stack_size: S}`".into())
                })?;
                callers.push((cur, depth));
                frames.push(size);
                pushed_by.push(Some(i));
                cur = frames.len() - 1;
                depth = 0;
            }
            Some(FrameEffect::Pop) => {
                let (caller, at) = callers.pop().ok_or_else(|| {
                    err("returns from the frame the trace is entered with: the trace does not describe \
                         the caller's frame (a pop must follow a push in the trace)"
                        .into())
                })?;
                cur = caller;
                depth = at;
            }
        }
        depth += push;
        let size = frames[cur].stack_size;
        if depth > size as u64 {
            return Err(err(format!(
                "stack overflow: depth {depth} exceeds stack_size {size}{}",
                in_frame(&pushed_by, cur)
            )));
        }
        // The back edge re-enters the first instruction on the frame it is on: the trace's
        // own, or one a push entered (a function calling itself: CPython closes the loop
        // where the callee reaches the trace's first instruction again). The next
        // iteration then runs on that frame as the trace runs on its entry frame, so it
        // must be the same size and hold the entry depth; the frames below it stay
        // suspended, as a call the trace inlines leaves them.
        if uop.may(ExitKind::JumpToTop) {
            if frames[cur] != frames[0] {
                let (f, e) = (frames[cur], frames[0]);
                return Err(err(format!(
                    "jumps back to the top{}, which has {} locals and stack_size {}: the next \
                     iteration would run on it, but the trace is entered with {} locals and \
                     stack_size {}",
                    in_frame(&pushed_by, cur),
                    f.locals,
                    f.stack_size,
                    e.locals,
                    e.stack_size
                ))
                .help("a back edge on a pushed frame needs that frame to be the size of the trace's own"));
            }
            if depth != raw.entry_stack as u64 {
                return Err(err(format!(
                    "the stack does not balance at the back edge{}: depth {depth}, but the trace starts at {}",
                    in_frame(&pushed_by, cur),
                    raw.entry_stack
                )));
            }
        }
    }
    Ok(FrameWalk { depths, frame_of, frames })
}

/// Validates a trace's exit stubs (`insts[stubs_from..]`): the library routes exits to
/// instructions, every routed exit of the trace (a stub's too) lands on an instruction that exists,
/// each stub ends the run (a terminator) and its stack effect fits the depth of the first
/// instruction whose exit reaches it, on that instruction's frame. Returns each stub's
/// entry depth and frame.
fn check_stubs(
    lib: &UopLibrary,
    raw: &schema::TraceFile,
    insts: &[Instruction],
    stubs_from: usize,
    (depths, frame_of): (&[u32], &[usize]),
    src: &SourceText,
) -> Result<Vec<(u32, usize)>> {
    let Some(routing) = lib.exit_routing else {
        return Err(src
            .error(src.key_line("stubs"), "`stubs` need exit routing, which the library does not declare")
            .help("add `exit_routing` to the library manifest (docs/formats.md), or drop the stubs"));
    };
    let mut entry: Vec<Option<(u32, usize)>> = vec![None; insts.len() - stubs_from];
    // The stubs too: a stub whose uop may exit is routed like any instruction, and in a
    // trace tree a destination past the trace's own stubs would be the next member's code.
    for (i, inst) in insts.iter().enumerate() {
        let uop = &lib.uops[inst.uop];
        // A stub's exits leave with the depth the stub was entered with.
        let from = match i.checked_sub(stubs_from) {
            None => (depths[i], frame_of[i]),
            Some(k) => entry[k].unwrap_or((raw.entry_stack, 0)),
        };
        let Some(value) = inst.int_field(routing.field) else { continue };
        for exit in [ExitKind::Deopt, ExitKind::SideExit, ExitKind::Error].into_iter().filter(|e| uop.may(*e))
        {
            let Some(to) = routing.destination(exit, value) else { continue };
            let to = to as usize;
            if to >= insts.len() {
                let what = match i.checked_sub(stubs_from) {
                    None => format!("instruction {i}"),
                    Some(k) => format!("stub {k}"),
                };
                return Err(src.error(
                    inst.line,
                    format!(
                        "{what} ({}): its {exit:?} exit goes to instruction {to}, but the trace and its stubs have {}",
                        uop.name,
                        insts.len()
                    ),
                ).help("routed exits must land on one of the trace's own instructions or stubs"));
            }
            if let Some(slot) = to.checked_sub(stubs_from).and_then(|k| entry.get_mut(k)) {
                slot.get_or_insert(from);
            }
        }
    }
    let mut out = Vec::with_capacity(entry.len());
    for (k, inst) in insts[stubs_from..].iter().enumerate() {
        let uop = &lib.uops[inst.uop];
        let err = |msg: String| src.error(inst.line, format!("stub {k} ({}): {msg}", uop.name));
        if !uop.terminator {
            return Err(err("a stub must end the run: its uop is not a terminator".into()));
        }
        let (depth, frame) = entry[k].unwrap_or((raw.entry_stack, 0));
        let oparg = inst.int_field(Field::Oparg).unwrap_or(0);
        let (pop, _) = uop
            .stack_effect(oparg)
            .ok_or_else(|| err(format!("oparg {oparg} gives a negative stack count")))?;
        if pop > depth as u64 {
            return Err(err(format!("stack underflow: pops {pop} but the exits reaching it leave {depth}")));
        }
        out.push((depth, frame));
    }
    Ok(out)
}

/// The traces of one library, with side exits between them resolved.
#[derive(Debug, Clone)]
pub struct TraceSet {
    pub traces: Vec<Trace>,
}

/// A trace file a build left out, and why (`generate` without `--strict`).
#[derive(Debug, Clone)]
pub struct Skipped {
    pub path: PathBuf,
    pub error: Error,
}

impl TraceSet {
    /// Reads every `*.yaml` in `dir` (sorted by file name, so output order is stable).
    /// A folder with no trace files gives an empty set: traces are optional (every uop
    /// still gets its per-uop stencil).
    pub fn load_dir(dir: &Path, lib: &UopLibrary) -> Result<TraceSet> {
        Self::load_files(&Self::trace_files(dir)?, lib)
    }

    /// The trace files of `dir` (`*.yaml`, `*.yml`), in file-name order.
    fn trace_files(dir: &Path) -> Result<Vec<PathBuf>> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| Error::io(dir, "read trace folder", e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
            .collect();
        paths.sort();
        Ok(paths)
    }

    /// The library's own `traces/` folder, or an empty set when it has none.
    pub fn load_library_default(lib: &UopLibrary) -> Result<TraceSet> {
        let dir = lib.dir.join("traces");
        if dir.is_dir() {
            Self::load_dir(&dir, lib)
        } else {
            Ok(TraceSet { traces: Vec::new() })
        }
    }

    pub fn load_files(paths: &[PathBuf], lib: &UopLibrary) -> Result<TraceSet> {
        let traces = paths.iter().map(|p| Trace::load(p, lib)).collect::<Result<Vec<_>>>()?;
        Self::link(traces)
    }

    /// As [`TraceSet::load_files`], leaving out what cannot be used instead of failing: a
    /// file that does not load or validate, then, until the rest links, each trace that
    /// does not (its `exit_to` names a trace left out, a duplicate name, ...). The set of
    /// what is left, and each file left out with why.
    pub fn load_files_skipping(paths: &[PathBuf], lib: &UopLibrary) -> Result<(TraceSet, Vec<Skipped>)> {
        Self::skipping(paths.iter().map(|p| (p.clone(), Trace::load(p, lib))))
    }

    /// As [`TraceSet::load_files_skipping`], for trace files not written yet (each
    /// `SourceText`'s path is where it will be): the validation `generate` runs when it
    /// reads them. A front end that writes trace files runs this first and writes only
    /// what it keeps, so that the files and the generator never disagree.
    pub fn from_sources_skipping(
        sources: &[SourceText],
        lib: &UopLibrary,
    ) -> Result<(TraceSet, Vec<Skipped>)> {
        Self::skipping(sources.iter().map(|s| (s.path.clone(), Trace::from_source(s, lib))))
    }

    /// The traces that loaded, linked as far as they link, and the rest with why.
    fn skipping(loaded: impl Iterator<Item = (PathBuf, Result<Trace>)>) -> Result<(TraceSet, Vec<Skipped>)> {
        let mut traces = Vec::new();
        let mut skipped = Vec::new();
        for (path, t) in loaded {
            match t {
                Ok(t) => traces.push(t),
                Err(error) => skipped.push(Skipped { path, error }),
            }
        }
        let (set, more) = Self::link_skipping(traces)?;
        skipped.extend(more);
        Ok((set, skipped))
    }

    /// As [`TraceSet::load_dir`], leaving out what cannot be used
    /// ([`TraceSet::load_files_skipping`]).
    pub fn load_dir_skipping(dir: &Path, lib: &UopLibrary) -> Result<(TraceSet, Vec<Skipped>)> {
        Self::load_files_skipping(&Self::trace_files(dir)?, lib)
    }

    /// This set without the traces named in `drop` (each with why), and without what no
    /// longer links once they are gone.
    pub fn without(&self, drop: Vec<(String, Error)>) -> Result<(TraceSet, Vec<Skipped>)> {
        let mut skipped = Vec::new();
        let mut kept = Vec::new();
        for t in &self.traces {
            match drop.iter().find(|(name, _)| *name == t.name) {
                Some((_, error)) => skipped.push(Skipped { path: t.path.clone(), error: error.clone() }),
                None => kept.push(t.clone()),
            }
        }
        let (set, more) = Self::link_skipping(kept)?;
        skipped.extend(more);
        Ok((set, skipped))
    }

    /// [`TraceSet::link`], leaving out each trace whose link fails until the rest links.
    fn link_skipping(mut traces: Vec<Trace>) -> Result<(TraceSet, Vec<Skipped>)> {
        let mut skipped = Vec::new();
        loop {
            match Self::link(traces.clone()) {
                Ok(set) => return Ok((set, skipped)),
                Err(error) => {
                    // A link error is located in the trace that cannot be linked.
                    let at = error.location.as_ref().map(|l| l.file.clone());
                    let Some(i) = traces.iter().rposition(|t| Some(&t.path) == at.as_ref()) else {
                        return Err(error);
                    };
                    let t = traces.remove(i);
                    skipped.push(Skipped { path: t.path, error });
                }
            }
        }
    }

    /// Resolves `exit_to` names and checks that stack depths agree across them.
    pub fn link(mut traces: Vec<Trace>) -> Result<TraceSet> {
        let mut by_name = HashMap::new();
        for (i, t) in traces.iter().enumerate() {
            if let Some(prev) = by_name.insert(t.name.clone(), i) {
                return Err(Error::at(
                    &t.path,
                    None,
                    format!("trace `{}` is also defined in {}", t.name, traces[prev].path.display()),
                ));
            }
        }
        for ti in 0..traces.len() {
            let names = traces[ti].exit_names.clone();
            for (i, name) in names {
                let t = &traces[ti];
                let inst = &t.instructions[i];
                let target = *by_name.get(&name).ok_or_else(|| {
                    Error::at(
                        &t.path,
                        inst.line,
                        format!("instruction {i}: `exit_to: {name}` names a trace that does not exist"),
                    )
                    .help("exit_to names a trace of the same library, by its `trace:` name")
                })?;
                // Exits leave the stack as it was before the instruction (guards peek).
                let depth = t.depths[i];
                let want = traces[target].entry_stack;
                if depth != want {
                    return Err(Error::at(&t.path, inst.line, format!(
                        "instruction {i}: exits into `{name}` with {depth} stack values, but `{name}` is entered with {want}")));
                }
                // On a pushed frame, the entered trace runs on that frame: it must
                // describe the same one.
                let frame = t.frame_of.get(i).copied().unwrap_or(0);
                if frame != 0 {
                    let here = t.frames[frame];
                    let there =
                        FrameSize { locals: traces[target].locals, stack_size: traces[target].stack_size };
                    if here != there {
                        return Err(Error::at(&t.path, inst.line, format!(
                            "instruction {i}: exits into `{name}` on a pushed frame of {} locals and stack_size {}, \
                             but `{name}` describes {} locals and stack_size {}",
                            here.locals, here.stack_size, there.locals, there.stack_size)));
                    }
                }
                traces[ti].instructions[i].exit_to = Some(target);
            }
        }
        Ok(TraceSet { traces })
    }

    pub fn get(&self, name: &str) -> Option<(usize, &Trace)> {
        self.traces.iter().enumerate().find(|(_, t)| t.name == name)
    }

    /// Each trace's [`Signature`], in set order.
    pub fn signatures(&self, lib: &UopLibrary) -> Vec<Signature> {
        let names: Vec<String> = self.traces.iter().map(|t| t.name.clone()).collect();
        self.traces.iter().map(|t| t.signature(lib, &names)).collect()
    }

    /// Signatures with their trace's position, sorted for [`crate::signature::lookup`].
    pub fn signature_table(&self, lib: &UopLibrary) -> Vec<(Signature, usize)> {
        let mut table: Vec<(Signature, usize)> = self.signatures(lib).into_iter().zip(0..).collect();
        sort_table(&mut table);
        table
    }
}

impl Trace {
    /// The trace file that reads back as this trace over `lib` (the library it was
    /// validated with). Writing it with `serde_yaml` gives a file for [`Trace::from_source`].
    pub fn to_file(&self, lib: &UopLibrary) -> schema::TraceFile {
        let entry = |(i, inst): (usize, &Instruction)| {
            let mut e =
                schema::InstructionEntry { uop: lib.uops[inst.uop].name.clone(), ..Default::default() };
            for (field, op) in &inst.fields {
                *e.field_mut(*field) = Some(match op {
                    Operand::Const(v) => schema::OperandValue::Const(*v),
                    Operand::RuntimeInt(v) => schema::OperandValue::Runtime(Yaml::from(*v)),
                    Operand::RuntimeLiteral(y) => schema::OperandValue::Runtime(y.clone()),
                });
            }
            e.exit_to = self.exit_names.iter().find(|(at, _)| *at == i).map(|(_, name)| name.clone());
            e.frame = inst.frame;
            e
        };
        let mut all = self.instructions.iter().enumerate().map(entry);
        schema::TraceFile {
            trace: self.name.clone(),
            library: lib.name.clone(),
            locals: self.locals,
            stack_size: self.stack_size,
            entry_stack: self.entry_stack,
            classes: self.test_data.classes.clone(),
            instructions: all.by_ref().take(self.stubs_from).collect(),
            stubs: all.collect(),
            cases: self.test_data.cases.iter().map(|(c, _)| c.clone()).collect(),
        }
    }

    /// What fused code for this trace assumes about a trace a VM records: its shape, the
    /// value of every build-time field, and which traces its side exits enter (`names`
    /// are the set's trace names, by position). A runtime integer field the code's shape
    /// depends on ([`crate::definitions::Uop::shapes_code`]: a stack count, an exit's stub) was built on its
    /// recorded value, so it is assumed too; every other hole matches any value.
    pub fn signature(&self, lib: &UopLibrary, names: &[String]) -> Signature {
        let uops: Vec<u32> = self.instructions.iter().map(|i| lib.uops[i.uop].id).collect();
        let mut assumptions = Vec::new();
        let mut exits = Vec::new();
        for (i, inst) in self.instructions.iter().enumerate() {
            let uop = &lib.uops[inst.uop];
            for (field, op) in &inst.fields {
                let value = match op {
                    Operand::Const(v) => Some(*v),
                    Operand::RuntimeInt(v) if uop.shapes_code(*field, lib.exit_routing) => Some(*v),
                    _ => None,
                };
                if let Some(value) = value {
                    assumptions.push(Assumption { instruction: i, field: *field, value });
                }
            }
            if let Some(t) = inst.exit_to {
                exits.push((i, names[t].clone()));
            }
        }
        Signature { hash: shape_hash(&uops), uops, assumptions, exits }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every bundled trace, written through the schema and read back: each file's value
    /// survives a write, and the set read back is the same set (same files, depths, frames
    /// and signatures).
    #[test]
    fn the_bundled_traces_round_trip_through_their_schema() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("uops/sandbox");
        let lib = UopLibrary::load(&dir).unwrap();
        let set = TraceSet::load_library_default(&lib).unwrap();
        assert!(set.traces.len() > 10);
        let mut again = Vec::new();
        for t in &set.traces {
            let file: schema::TraceFile = SourceText::read(&t.path).unwrap().parse("trace").unwrap();
            let written = serde_yaml::to_string(&file).unwrap();
            assert_eq!(serde_yaml::from_str::<schema::TraceFile>(&written).unwrap(), file, "{written}");
            let text = serde_yaml::to_string(&t.to_file(&lib)).unwrap();
            let src = SourceText { path: t.path.clone(), text };
            again.push(Trace::from_source(&src, &lib).unwrap_or_else(|e| panic!("{e}\n{}", src.text)));
        }
        let again = TraceSet::link(again).unwrap();
        for (a, b) in again.traces.iter().zip(&set.traces) {
            assert_eq!(a.to_file(&lib), b.to_file(&lib));
            assert_eq!(
                (&a.depths, &a.frames, &a.frame_of),
                (&b.depths, &b.frames, &b.frame_of),
                "{}",
                a.name
            );
        }
        assert_eq!(again.signatures(&lib), set.signatures(&lib));
    }

    #[test]
    fn operands_are_an_integer_or_a_runtime_value() {
        use schema::OperandValue as V;
        let read = |text: &str| serde_yaml::from_str::<V>(text).map_err(|e| e.to_string());
        assert_eq!(read("5"), Ok(V::Const(5)));
        assert_eq!(read("-1"), Ok(V::Const(u64::MAX)));
        assert_eq!(read("{runtime: 2.5}"), Ok(V::Runtime(Yaml::from(2.5))));
        assert!(read("{list: []}").unwrap_err().contains("expected an integer or {runtime: VALUE}"));
        for v in [V::Const(7), V::Runtime(Yaml::from(9u64))] {
            assert_eq!(read(&serde_yaml::to_string(&v).unwrap()), Ok(v));
        }
    }
}
