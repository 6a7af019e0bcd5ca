//! Stage 1 — uop definitions: reads a library manifest (`uops/<library>/uops.yaml`) into
//! a validated [`UopLibrary`]: each uop's id, stack effect, the per-instruction fields it
//! reads, the exits it may take and its C body. Format: docs/formats.md.

use crate::error::Result;
use crate::source::SourceText;
use serde::{Deserialize, Serialize};
use serde_yaml::Value as Yaml;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

pub use tracefuse_runtime::hole::Field;

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// A 64-bit integer: build-time constant or runtime hole.
    Int,
    /// A pointer to a VM object: always a runtime hole.
    Object,
    /// An integer that indexes the frame's locals (`frame->locals[OPARG]`): like `int`,
    /// and validated against the trace's `locals` (build-time and runtime values alike).
    Local,
}

impl FieldKind {
    /// The field holds an integer (build-time or runtime), not an object.
    pub fn is_int(self) -> bool {
        matches!(self, FieldKind::Int | FieldKind::Local)
    }
}

/// A way a body may end besides falling through (the `TF_*` statuses of tracefuse.h).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExitKind {
    Deopt,
    SideExit,
    Error,
    JumpToTop,
    /// Leave the stencil returning the value the body stored in its result slot.
    Return,
    /// Leave by tail-calling the function the body stored in its result slot.
    TailCall,
}

impl ExitKind {
    /// The status a body returns for this exit (tracefuse.h).
    pub fn status(self) -> u32 {
        match self {
            ExitKind::Deopt => 1,
            ExitKind::SideExit => 2,
            ExitKind::Error => 3,
            ExitKind::JumpToTop => 4,
            ExitKind::Return => 5,
            ExitKind::TailCall => 6,
        }
    }

    /// The `-DTF_MAY_*` macro that allows it in a body.
    pub fn macro_name(self) -> &'static str {
        match self {
            ExitKind::Deopt => "TF_MAY_DEOPT",
            ExitKind::SideExit => "TF_MAY_SIDE_EXIT",
            ExitKind::Error => "TF_MAY_ERROR",
            ExitKind::JumpToTop => "TF_MAY_JUMP_TOP",
            ExitKind::Return => "TF_MAY_RETURN",
            ExitKind::TailCall => "TF_MAY_TAIL_CALL",
        }
    }

    pub const ALL: [ExitKind; 6] = [
        ExitKind::Deopt,
        ExitKind::SideExit,
        ExitKind::Error,
        ExitKind::JumpToTop,
        ExitKind::Return,
        ExitKind::TailCall,
    ];
}

/// How a uop changes the frame the instructions after it run on (a call inlined into the
/// trace, and its return). The body switches frames through the contract's frame slot
/// (`SET_FRAME` in tracefuse.h); trace validation keeps a stack per frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FrameEffect {
    /// Enters a new frame: the inputs are popped from the current frame's stack, then the
    /// instructions after it run on the new frame, whose stack starts empty (the outputs
    /// are pushed onto it). The trace file gives the new frame's size on the instruction
    /// (`frame: {locals: L, stack_size: S}`).
    Push,
    /// Returns to the frame that pushed the current one: the inputs are popped from the
    /// current frame, which is left; the outputs are pushed onto the caller's stack,
    /// which is as deep as the push left it.
    Pop,
}

/// How many stack slots a named stack item covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Fixed(u64),
    /// `oparg + k` (k may be negative).
    Oparg(i64),
    /// `oparg & mask` (CPython: `oparg & 1`, a flag packed into the oparg).
    OpargAnd(u64),
    /// `oparg >> shift` (CPython: `_UNPACK_EX`'s high byte).
    OpargShr(u32),
}

impl Count {
    /// The count for an instruction with this oparg; `None` if it would be negative.
    pub fn resolve(self, oparg: u64) -> Option<u64> {
        match self {
            Count::Fixed(n) => Some(n),
            Count::OpargAnd(mask) => Some(oparg & mask),
            Count::OpargShr(shift) => Some(oparg.checked_shr(shift).unwrap_or(0)),
            Count::Oparg(k) => (oparg as i128 + k as i128).try_into().ok(),
        }
    }
}

/// One named item of a stack effect: `value`, `args[oparg]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StackItem {
    pub name: String,
    pub count: Count,
}

impl StackItem {
    /// Reads an item as the manifest writes it: `name`, `name[3]`, `name[oparg-1]`,
    /// `name[oparg&1]`, `name[oparg>>8]`. The error says what is expected.
    pub fn parse(text: &str) -> std::result::Result<StackItem, String> {
        parse_stack_item(text)
    }
}

/// The manifest's text for the item, which [`StackItem::parse`] reads back.
impl std::fmt::Display for StackItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.name)?;
        match self.count {
            Count::Fixed(1) => Ok(()),
            Count::Fixed(n) => write!(f, "[{n}]"),
            Count::Oparg(0) => write!(f, "[oparg]"),
            Count::Oparg(k) if k > 0 => write!(f, "[oparg+{k}]"),
            Count::Oparg(k) => write!(f, "[oparg-{}]", k.unsigned_abs()),
            Count::OpargAnd(mask) => write!(f, "[oparg&{mask}]"),
            Count::OpargShr(shift) => write!(f, "[oparg>>{shift}]"),
        }
    }
}

/// A uop as the manifest defines it.
#[derive(Debug, Clone)]
pub struct Uop {
    pub name: String,
    pub id: u32,
    pub inputs: Vec<StackItem>,
    pub outputs: Vec<StackItem>,
    pub fields: BTreeMap<Field, FieldKind>,
    pub exits: BTreeSet<ExitKind>,
    pub terminator: bool,
    /// Whether it switches frames (`frame: push|pop` in the manifest).
    pub frame: Option<FrameEffect>,
    /// Absolute path of the C body.
    pub body: PathBuf,
    /// Line of the uop in the manifest.
    pub line: Option<usize>,
    /// The uop's `random:` hints for a harness's random trace generator, uninterpreted
    /// here (the harness reads them and reports errors at [`Uop::line`]).
    pub random: Option<Yaml>,
}

impl Uop {
    /// Net stack effect inputs/outputs for a given oparg: (popped, pushed).
    pub fn stack_effect(&self, oparg: u64) -> Option<(u64, u64)> {
        let sum = |items: &[StackItem]| {
            items.iter().try_fold(0u64, |acc, item| Some(acc + item.count.resolve(oparg)?))
        };
        Some((sum(&self.inputs)?, sum(&self.outputs)?))
    }

    pub fn may(&self, exit: ExitKind) -> bool {
        self.exits.contains(&exit)
    }

    /// Whether the shape of a trace's code depends on this field's value, so that the
    /// generator builds on the value even where the trace makes the field a hole: the
    /// oparg when the stack effect counts with it, and the routing field (`routing`, the
    /// library's) of a uop whose deopts, side exits or errors it routes to a stub. Every
    /// other field only reaches the code as a value (an address, an immediate, an
    /// argument), so a hole serves every trace of the same shape.
    pub fn shapes_code(&self, field: Field, routing: Option<ExitRouting>) -> bool {
        let counts_oparg = |items: &[StackItem]| items.iter().any(|i| !matches!(i.count, Count::Fixed(_)));
        let routed = [ExitKind::Deopt, ExitKind::SideExit, ExitKind::Error].into_iter().any(|e| self.may(e));
        (field == Field::Oparg && (counts_oparg(&self.inputs) || counts_oparg(&self.outputs)))
            || routing.is_some_and(|r| r.field == field && routed)
    }

    /// The C function that implements the body (see `TF_UOP` in tracefuse.h).
    pub fn symbol(&self) -> String {
        format!("tf_uop_{}", self.name)
    }
}

/// What a stencil returns to whoever entered it (all stencils of a library alike, so
/// they can tail-call each other): the sandbox's `int`, or a pointer (CPython's
/// `_Py_CODEUNIT *`, where the interpreter resumes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StencilResult {
    #[default]
    Int,
    Pointer,
}

/// Where a guard's exits lead when the trace carries its own exit stubs (CPython's
/// executors: each instruction names the stub its deopt/side exit jumps to and the stub
/// its error jumps to, packed in one field). Without routing, exits leave through the
/// library's exit function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExitRouting {
    /// The field holding both destinations.
    pub field: Field,
    /// Deopts and side exits go to this instruction.
    pub jump_target: BitRange,
    /// Errors go to this instruction.
    pub error_target: BitRange,
}

/// Bits `shift .. shift + bits` of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BitRange {
    pub shift: u32,
    pub bits: u32,
}

impl BitRange {
    pub fn of(self, value: u64) -> u64 {
        let v = value.checked_shr(self.shift).unwrap_or(0);
        if self.bits >= 64 {
            v
        } else {
            v & ((1u64 << self.bits) - 1)
        }
    }
}

impl ExitRouting {
    /// The instruction an `exit` taken by an instruction whose routing field is `value`
    /// goes to (`None` for exits routing does not move: loops, returns, tail calls).
    pub fn destination(&self, exit: ExitKind, value: u64) -> Option<u64> {
        match exit {
            ExitKind::Deopt | ExitKind::SideExit => Some(self.jump_target.of(value)),
            ExitKind::Error => Some(self.error_target.of(value)),
            _ => None,
        }
    }
}

/// The C sources of a library's VM, which the generator never compiles into stencils: a
/// harness (tracefuse's checker, a VM's tests) builds them to run traces.
#[derive(Debug, Clone)]
pub struct RuntimeSources {
    /// The runtime bodies call (objects, allocation, the exit function).
    pub sources: Vec<PathBuf>,
    /// The reference interpreter: runs a trace by calling each body in turn.
    pub interpreter: PathBuf,
}

/// An allocation fused traces may keep virtual (allocation sinking, `ir` stage 5b
/// `sink`): a constructor returning a new reference to a fresh, reference-counted object,
/// and what the generator may assume about it. A box the trace frees again never exists;
/// one that leaves the trace is made, by the constructor, on the way out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SinkSpec {
    /// `value constructor(state, payload)`: a new reference (count 1) to a fresh object, or
    /// a value below `align` (0, or the VM's null reference) when memory runs out. Its
    /// first argument is the thread state, its last the payload; the value is an integer
    /// or a pointer.
    pub constructor: String,
    /// `void release(object *, ...)`: what the VM calls when the count drops to 0; it may
    /// only free the object.
    pub release: String,
    /// Byte offset of the reference count.
    pub refcount: u64,
    /// The count's width in bits: 64, or 32 (CPython keeps it in the low half of a word).
    #[serde(default = "count_bits_64", skip_serializing_if = "is_64")]
    pub refcount_bits: u32,
    /// Byte offset where the constructor stores its payload argument.
    pub payload: u64,
    /// Fields the constructor sets to constants (the object's kind or type).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub constants: Vec<SinkConstant>,
    /// The object's alignment: `value & m` is 0 for every mask `m` below it (tag tests),
    /// and `value & m` is the value for every `m` with all bits at and above it set.
    pub align: u64,
    /// A box made on the way out that the constructor cannot make (out of memory) stops
    /// the process (`llvm.trap`) instead of leaving 0 where the box goes: for a VM whose
    /// frames may never hold a null reference.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub trap_on_failure: bool,
}

fn count_bits_64() -> u32 {
    64
}

fn is_64(bits: &u32) -> bool {
    *bits == 64
}

/// Reference counting as the bodies do it: a decrement whose count reaches zero calls
/// `release` with the object. The contract release elimination rests on: counts are
/// written only through the object's count field (the TBAA tag the zero tests' stores
/// carry), and a live object's count is at least 1 when it is incremented.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefcountSpec {
    pub release: String,
}

/// A field a sinkable constructor sets to a constant: a number, or the address of a
/// symbol (the object's type).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SinkConstant {
    pub offset: u64,
    /// 8, 16, 32 or 64 (64 for a symbol).
    pub bits: u32,
    #[serde(default)]
    pub value: i64,
    /// The field holds this symbol's address (then `value` is 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
}

/// A validated uop library.
#[derive(Debug, Clone)]
pub struct UopLibrary {
    pub name: String,
    /// The manifest file.
    pub manifest: PathBuf,
    /// The folder holding the manifest.
    pub dir: PathBuf,
    pub prelude: PathBuf,
    pub include: Vec<PathBuf>,
    pub exit_function: String,
    /// What stencils return.
    pub stencil_result: StencilResult,
    /// Exits to stubs inside the trace, if the library's traces carry them.
    pub exit_routing: Option<ExitRouting>,
    /// Shadow-frame hooks (`TF_SHADOW_ENTER`/`LEAVE`), if the library provides them.
    pub shadow: Option<PathBuf>,
    /// Allocations fused traces may sink (empty: none).
    pub sink: Vec<SinkSpec>,
    /// How the VM frees objects, if it counts references: fused traces lose the release
    /// branches they prove dead (stage 5c, `crate::counts`).
    pub refcount: Option<RefcountSpec>,
    /// Fused stencils count their entries in a 64-bit counter the VM supplies per
    /// stencil (hole `_JIT_ENTRY_COUNT`): how a VM tells which fused traces run.
    pub count_entries: bool,
    /// Bodies may read and write stack slots below their declared inputs, slots they
    /// leave on the stack (`undeclared_peeks: true`: the manifest counts only the slots a
    /// uop pops and pushes, as CPython's metadata does); otherwise every slot a body
    /// touches is declared ([`crate::effects`]).
    pub undeclared_peeks: bool,
    /// The VM's runtime and reference interpreter, for harnesses that run the library.
    pub runtime: Option<RuntimeSources>,
    pub uops: Vec<Uop>,
    /// The library's top-level `random:` settings for a harness's random trace generator
    /// (frame layout, case inputs, loop headers, recipes), uninterpreted here, with the
    /// line of the key.
    pub random: Option<(Yaml, Option<usize>)>,
    by_name: HashMap<String, usize>,
}

/// The manifest file (`uops.yaml`) as serde types: what [`UopLibrary::from_source`] reads
/// and what a front end that makes a library (the CPython import) writes, with
/// `serde_yaml`. Paths are as written, relative to the manifest's folder; stack items are
/// their text (`args[oparg]`), checked when the library is validated. Keys that are
/// optional or have a default are written only when they say something, so a written
/// manifest holds what a person would write. Format: docs/formats.md.
pub mod schema {
    use super::{
        ExitKind, ExitRouting, Field, FieldKind, FrameEffect, RefcountSpec, SinkSpec, StencilResult,
    };
    use serde::{Deserialize, Serialize};
    use serde_yaml::Value as Yaml;
    use std::collections::BTreeMap;

    /// A whole `uops.yaml`.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Manifest {
        pub library: String,
        pub prelude: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub include: Vec<String>,
        pub exit_function: String,
        #[serde(default, skip_serializing_if = "is_default")]
        pub stencil_result: StencilResult,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub exit_routing: Option<ExitRouting>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub shadow: Option<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub sink: Vec<SinkSpec>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub refcount: Option<RefcountSpec>,
        #[serde(default, skip_serializing_if = "is_default")]
        pub count_entries: bool,
        #[serde(default, skip_serializing_if = "is_default")]
        pub undeclared_peeks: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub runtime: Option<Runtime>,
        /// A harness's random-trace settings, uninterpreted by the core.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub random: Option<Yaml>,
        pub uops: Vec<UopEntry>,
    }

    /// `runtime: {sources, interpreter}`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Runtime {
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub sources: Vec<String>,
        pub interpreter: String,
    }

    /// One entry of `uops`.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct UopEntry {
        pub name: String,
        pub id: u32,
        pub stack: Stack,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        pub fields: BTreeMap<Field, FieldKind>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub exits: Vec<ExitKind>,
        #[serde(default, skip_serializing_if = "is_default")]
        pub terminator: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub frame: Option<FrameEffect>,
        pub body: String,
        /// The uop's random-trace hints, uninterpreted by the core.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub random: Option<Yaml>,
    }

    /// `stack: {inputs, outputs}`: item texts, bottom first.
    #[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Stack {
        #[serde(default)]
        pub inputs: Vec<String>,
        #[serde(default)]
        pub outputs: Vec<String>,
    }

    fn is_default<T: Default + PartialEq>(v: &T) -> bool {
        *v == T::default()
    }
}

impl UopLibrary {
    /// Reads and validates `uops.yaml`, or a folder holding one.
    pub fn load(path: &Path) -> Result<Self> {
        let manifest = if path.is_dir() { path.join("uops.yaml") } else { path.to_path_buf() };
        Self::from_source(&SourceText::read(&manifest)?)
    }

    /// Validates a manifest's text; paths in it are relative to `src.path`'s folder.
    pub fn from_source(src: &SourceText) -> Result<Self> {
        let manifest = src.path.clone();
        let raw: schema::Manifest = src.parse("uop library manifest")?;
        let dir = manifest.parent().map(Path::to_path_buf).unwrap_or_default();
        let lines = src.item_lines("uops");

        if !is_c_identifier(&raw.library) {
            return Err(src.error(
                src.key_line("library"),
                format!("library name `{}` is not an identifier", raw.library),
            ));
        }
        if !is_c_identifier(&raw.exit_function) {
            return Err(src.error(
                src.key_line("exit_function"),
                format!("exit_function `{}` is not a C identifier", raw.exit_function),
            ));
        }
        let prelude = dir.join(&raw.prelude);
        if !prelude.is_file() {
            return Err(src
                .error(
                    src.key_line("prelude"),
                    format!("prelude header {} does not exist", prelude.display()),
                )
                .help("`prelude` is relative to the manifest's folder"));
        }
        let include = raw.include.iter().map(|i| dir.join(i)).collect();
        let shadow = raw.shadow.as_ref().map(|s| dir.join(s));
        if let Some(path) = &shadow {
            if !path.is_file() {
                return Err(src.error(
                    src.key_line("shadow"),
                    format!("shadow hooks file {} does not exist", path.display()),
                ));
            }
        }
        for (i, spec) in raw.sink.iter().enumerate() {
            let line = src.item_lines("sink").get(i).copied().or_else(|| src.key_line("sink"));
            let err = |msg: String| src.error(line, format!("sink #{i} `{}`: {msg}", spec.constructor));
            for name in [&spec.constructor, &spec.release] {
                if !is_c_identifier(name) {
                    return Err(err(format!("`{name}` is not a C identifier")));
                }
            }
            if !spec.align.is_power_of_two() {
                return Err(err(format!("align {} is not a power of two", spec.align)));
            }
            if ![32, 64].contains(&spec.refcount_bits) {
                return Err(err(format!("refcount_bits is {}, not 32 or 64", spec.refcount_bits)));
            }
            let mut fields = vec![
                (spec.refcount, u64::from(spec.refcount_bits / 8), "the reference count"),
                (spec.payload, 8, "the payload"),
            ];
            for c in &spec.constants {
                if ![8, 16, 32, 64].contains(&c.bits) {
                    return Err(err(format!(
                        "constant at offset {}: bits is {}, not 8, 16, 32 or 64",
                        c.offset, c.bits
                    )));
                }
                if let Some(sym) = &c.symbol {
                    if !is_c_identifier(sym) || c.bits != 64 || c.value != 0 {
                        return Err(err(format!(
                            "constant at offset {}: a symbol constant names a C identifier, has \
                             64 bits and no value",
                            c.offset
                        )));
                    }
                }
                fields.push((c.offset, u64::from(c.bits / 8), "a constant"));
            }
            fields.sort_unstable();
            if let Some(w) = fields.windows(2).find(|w| w[0].0 + w[0].1 > w[1].0) {
                return Err(err(format!(
                    "{} at offset {} overlaps {} at offset {}",
                    w[1].2, w[1].0, w[0].2, w[0].0
                )));
            }
            if raw.sink[..i].iter().any(|s| s.constructor == spec.constructor) {
                return Err(err("this constructor is declared twice".into()));
            }
        }
        if let Some(r) = &raw.refcount {
            if !is_c_identifier(&r.release) {
                return Err(src.error(
                    src.key_line("refcount"),
                    format!("refcount: release `{}` is not a C identifier", r.release),
                ));
            }
        }
        let runtime = match &raw.runtime {
            None => None,
            Some(r) => {
                let line = src.key_line("runtime");
                let file = |f: &String| -> Result<PathBuf> {
                    let p = dir.join(f);
                    if !p.is_file() {
                        return Err(src
                            .error(line, format!("runtime source {} does not exist", p.display()))
                            .help("`runtime` paths are relative to the manifest's folder"));
                    }
                    Ok(p)
                };
                Some(RuntimeSources {
                    sources: r.sources.iter().map(file).collect::<Result<_>>()?,
                    interpreter: file(&r.interpreter)?,
                })
            }
        };

        let mut uops = Vec::with_capacity(raw.uops.len());
        let mut by_name = HashMap::new();
        let mut ids = HashMap::new();
        for (i, ru) in raw.uops.into_iter().enumerate() {
            let line = lines.get(i).copied().or_else(|| src.key_line("uops"));
            let err = |msg: String| src.error(line, format!("uop #{i} `{}`: {msg}", ru.name));
            if !is_uop_name(&ru.name) {
                return Err(err("a uop name is `_` followed by A-Z, 0-9 and `_` (like `_LOAD_FAST`)".into()));
            }
            if !(1..=65535).contains(&ru.id) {
                return Err(err(format!("id {} is outside 1..=65535", ru.id)));
            }
            if let Some(prev) = by_name.insert(ru.name.clone(), uops.len()) {
                return Err(err(format!("defined twice (first as uop #{prev})")));
            }
            if let Some(prev) = ids.insert(ru.id, ru.name.clone()) {
                return Err(err(format!("id {} is already used by {prev}", ru.id)));
            }
            let parse_items = |items: &[String]| -> Result<Vec<StackItem>> {
                items.iter().map(|s| parse_stack_item(s).map_err(&err)).collect()
            };
            let inputs = parse_items(&ru.stack.inputs)?;
            let outputs = parse_items(&ru.stack.outputs)?;
            let body = dir.join(&ru.body);
            if !body.is_file() {
                return Err(err(format!("body {} does not exist", body.display())));
            }
            if ru.fields.get(&Field::Target).is_some_and(|k| *k != FieldKind::Int) {
                return Err(err("`target` is an int field".into()));
            }
            uops.push(Uop {
                name: ru.name,
                id: ru.id,
                inputs,
                outputs,
                fields: ru.fields,
                exits: ru.exits.into_iter().collect(),
                terminator: ru.terminator,
                frame: ru.frame,
                body,
                line,
                random: ru.random,
            });
        }
        Ok(UopLibrary {
            name: raw.library,
            manifest,
            dir,
            prelude,
            include,
            exit_function: raw.exit_function,
            stencil_result: raw.stencil_result,
            exit_routing: raw.exit_routing,
            count_entries: raw.count_entries,
            undeclared_peeks: raw.undeclared_peeks,
            shadow,
            sink: raw.sink,
            refcount: raw.refcount,
            runtime,
            uops,
            random: raw.random.map(|r| (r, src.key_line("random"))),
            by_name,
        })
    }

    pub fn get(&self, name: &str) -> Option<&Uop> {
        self.by_name.get(name).map(|&i| &self.uops[i])
    }

    /// The manifest that reads back as this library (paths relative to its folder where
    /// they are inside it). Writing it with `serde_yaml` gives a `uops.yaml` for
    /// [`UopLibrary::from_source`].
    pub fn to_manifest(&self) -> schema::Manifest {
        let rel = |p: &Path| match p.strip_prefix(&self.dir) {
            Ok(r) if r.as_os_str().is_empty() => ".".to_string(),
            Ok(r) => r.display().to_string(),
            Err(_) => p.display().to_string(),
        };
        let texts = |items: &[StackItem]| items.iter().map(StackItem::to_string).collect();
        schema::Manifest {
            library: self.name.clone(),
            prelude: rel(&self.prelude),
            include: self.include.iter().map(|p| rel(p)).collect(),
            exit_function: self.exit_function.clone(),
            stencil_result: self.stencil_result,
            exit_routing: self.exit_routing,
            shadow: self.shadow.as_deref().map(rel),
            sink: self.sink.clone(),
            refcount: self.refcount.clone(),
            count_entries: self.count_entries,
            undeclared_peeks: self.undeclared_peeks,
            runtime: self.runtime.as_ref().map(|r| schema::Runtime {
                sources: r.sources.iter().map(|p| rel(p)).collect(),
                interpreter: rel(&r.interpreter),
            }),
            random: self.random.as_ref().map(|(r, _)| r.clone()),
            uops: self
                .uops
                .iter()
                .map(|u| schema::UopEntry {
                    name: u.name.clone(),
                    id: u.id,
                    stack: schema::Stack { inputs: texts(&u.inputs), outputs: texts(&u.outputs) },
                    fields: u.fields.clone(),
                    exits: u.exits.iter().copied().collect(),
                    terminator: u.terminator,
                    frame: u.frame,
                    body: rel(&u.body),
                    random: u.random.clone(),
                })
                .collect(),
        }
    }

    /// Every file a build of this library depends on (for caches and rerun-if-changed).
    pub fn input_files(&self) -> Vec<PathBuf> {
        let mut files = vec![self.manifest.clone(), self.prelude.clone()];
        files.extend(self.uops.iter().map(|u| u.body.clone()));
        files.extend(self.shadow.clone());
        if let Some(r) = &self.runtime {
            files.extend(r.sources.iter().cloned());
            files.push(r.interpreter.clone());
        }
        files
    }
}

fn is_c_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

fn is_uop_name(s: &str) -> bool {
    s.len() > 1
        && s.starts_with('_')
        && s.chars().all(|c| c == '_' || c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// `name`, `name[3]`, `name[oparg]`, `name[oparg-1]`, `name[oparg + 2]`.
fn parse_stack_item(s: &str) -> std::result::Result<StackItem, String> {
    let bad = || {
        format!("stack item `{s}`: expected `name`, `name[N]`, `name[oparg±N]`, `name[oparg&M]` or `name[oparg>>N]`")
    };
    let Some(open) = s.find('[') else {
        if !is_c_identifier(s) {
            return Err(bad());
        }
        return Ok(StackItem { name: s.to_string(), count: Count::Fixed(1) });
    };
    let name = &s[..open];
    let inner = s[open + 1..].strip_suffix(']').ok_or_else(bad)?;
    if !is_c_identifier(name) {
        return Err(bad());
    }
    let expr: String = inner.chars().filter(|c| !c.is_whitespace()).collect();
    let count = if let Ok(n) = expr.parse::<u64>() {
        Count::Fixed(n)
    } else if let Some(mask) = expr.strip_prefix("oparg&") {
        Count::OpargAnd(mask.parse::<u64>().map_err(|_| bad())?)
    } else if let Some(shift) = expr.strip_prefix("oparg>>") {
        Count::OpargShr(shift.parse::<u32>().ok().filter(|s| *s < 64).ok_or_else(bad)?)
    } else if let Some(rest) = expr.strip_prefix("oparg") {
        let k = if rest.is_empty() {
            0
        } else if let Some(n) = rest.strip_prefix('+') {
            n.parse::<i64>().map_err(|_| bad())?
        } else if let Some(n) = rest.strip_prefix('-') {
            -n.parse::<i64>().map_err(|_| bad())?
        } else {
            return Err(bad());
        };
        Count::Oparg(k)
    } else {
        return Err(bad());
    };
    Ok(StackItem { name: name.to_string(), count })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundled library, written through the schema and read back: the same manifest
    /// value, and the same library (everything but the lines the uops are on).
    #[test]
    fn the_bundled_manifest_round_trips_through_its_schema() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("uops/sandbox/uops.yaml");
        let src = SourceText::read(&path).unwrap();
        let file: schema::Manifest = src.parse("uop library manifest").unwrap();
        let lib = UopLibrary::from_source(&src).unwrap();
        let written = serde_yaml::to_string(&lib.to_manifest()).unwrap();
        let again = SourceText { path: path.clone(), text: written.clone() };
        assert_eq!(again.parse::<schema::Manifest>("uop library manifest").unwrap(), file, "{written}");
        let back = UopLibrary::from_source(&again).unwrap();
        assert_eq!(back.to_manifest(), lib.to_manifest());
        assert_eq!(back.input_files(), lib.input_files());
        for (a, b) in back.uops.iter().zip(&lib.uops) {
            assert_eq!((&a.inputs, &a.outputs, a.id, &a.exits), (&b.inputs, &b.outputs, b.id, &b.exits));
        }
        // Defaults are left out: the sandbox returns `int` and routes no exits.
        assert!(!written.contains("stencil_result") && !written.contains("exit_routing"), "{written}");
    }

    #[test]
    fn stack_items_print_as_they_parse() {
        for text in ["value", "x[2]", "args[oparg]", "u[oparg-1]", "u[oparg+2]", "f[oparg&1]", "h[oparg>>8]"]
        {
            let item = StackItem::parse(text).unwrap();
            assert_eq!(item.to_string(), text);
        }
        assert_eq!(StackItem::parse("x[1]").unwrap().to_string(), "x");
    }

    #[test]
    fn stack_items_parse() {
        assert_eq!(parse_stack_item("value").unwrap().count, Count::Fixed(1));
        assert_eq!(parse_stack_item("args[oparg]").unwrap().count, Count::Oparg(0));
        assert_eq!(parse_stack_item("unused[oparg - 1]").unwrap().count, Count::Oparg(-1));
        assert_eq!(parse_stack_item("x[2]").unwrap().count, Count::Fixed(2));
        assert!(parse_stack_item("x[opar]").is_err());
        assert!(parse_stack_item("1x").is_err());
        assert_eq!(Count::Oparg(-1).resolve(0), None);
        assert_eq!(parse_stack_item("x[oparg & 1]").unwrap().count, Count::OpargAnd(1));
        assert_eq!(parse_stack_item("x[oparg>>8]").unwrap().count, Count::OpargShr(8));
        assert_eq!(Count::OpargAnd(255).resolve(0x1203), Some(3));
        assert_eq!(Count::OpargShr(8).resolve(0x1203), Some(0x12));
        assert!(parse_stack_item("x[oparg>>64]").is_err());
        assert!(parse_stack_item("x[oparg&]").is_err());
    }
}
