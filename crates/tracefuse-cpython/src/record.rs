//! Recorded traces: reads the JSON that `recorder/record.py` writes (the executors a
//! training build of CPython formed for a workload) and turns each executor into a
//! tracefuse trace file for the imported `cpython` library.
//!
//! [`parse`] reads the recording through its serde types ([`schema`]), checks its shape
//! and never panics (fuzz it directly); [`convert`] checks it against a [`CpythonTree`]
//! (the version recorded must be the tree's, every uop must be one of the tree's cases,
//! every stub link must point at a stub of the right kind) and builds each trace in the
//! core's trace file schema (`tracefuse::traces::schema`), each field build-time or
//! `{runtime: N}` by the rule of [`operand_rule`]: opargs and targets are build-time; an
//! operand the case reads as a pointer, or as a version tag, is runtime; other integer
//! operands (indices, offsets, hints, sizes) are build-time. [`make_holes`] then makes
//! the build-time fields a [`Holes`] set chooses holes (those the code's shape does not
//! depend on), [`check`] keeps the traces the generator accepts, each signature once, and
//! [`write`] writes them with serde_yaml after a comment header.
//!
//! Trace file shape (docs/formats.md, "Trace file"): the main trace under `instructions`
//! ends at its terminator (`_JUMP_TO_TOP` or `_EXIT_TRACE`); the exit stubs CPython
//! appends follow under `stubs` in the same syntax. A main instruction that can jump
//! carries CPython's packed `target` (`error_target << 16 | jump_target`, read by the
//! library's `exit_routing`), each an index into the combined array (instructions, then
//! stubs), exactly as CPython numbers them.

use crate::{CpythonTree, Operand, Uop, UopFlag};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use tracefuse::definitions::UopLibrary;
use tracefuse::definitions::{Field, FrameEffect};
use tracefuse::source::SourceText;
use tracefuse::traces::schema::{InstructionEntry, OperandValue};
use tracefuse::traces::{FrameSize, TraceSet};

/// The `format` a recording must declare.
pub const FORMAT: &str = "tracefuse-cpython-record/1";

/// What went wrong with a recording: in which file, at which line (for what the JSON
/// reader found), which executor (if one), what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    pub file: String,
    /// 1-based line, when the error is about one place in the file.
    pub line: Option<u32>,
    /// The executor, described: `executor 3 (f at lib.py:12, offset 58)`.
    pub executor: Option<String>,
    pub message: String,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        match &self.executor {
            Some(e) => write!(f, ": {e}: {}", self.message),
            None => write!(f, ": {}", self.message),
        }
    }
}

impl std::error::Error for RecordError {}

/// The recording file as `recorder/record.py` writes it, one serde type per JSON object:
/// read (and written back) with serde_json, then checked and turned into a [`Recording`]
/// by [`parse_labelled`]. Keys the recorder writes for people (`workload`, `memory_read`,
/// `python.version_info`, an executor's `step`) are not kept. Optional keys are written
/// only when set.
pub mod schema {
    use serde::{Deserialize, Serialize};

    /// The whole file.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct RecordingFile {
        /// [`super::FORMAT`].
        pub format: String,
        pub python: Python,
        pub executors: Vec<ExecutorEntry>,
    }

    /// The recording interpreter.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Python {
        /// `sys.version`.
        pub version: String,
        /// `sys.executable`.
        pub executable: String,
    }

    /// Where an executor hangs: at a loop's `JUMP_BACKWARD`, or behind a side exit.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Kind {
        Loop,
        SideExit,
    }

    /// One executor. A loop's keys (`code` ... `entry_stack`) are null for a side exit,
    /// a side exit's (`parent`, `parent_stub`, `exit_entry_stack`) absent for a loop.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ExecutorEntry {
        /// Its position in `executors`.
        pub index: usize,
        pub kind: Kind,
        /// The code object's `co_name`, `co_qualname`, `co_filename`, `co_firstlineno`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub qualname: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub file: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub first_line: Option<u32>,
        /// Byte offset of the `JUMP_BACKWARD`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub offset: Option<u32>,
        /// The frame: `co_nlocalsplus` and `co_stacksize` (both or neither).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub nlocalsplus: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stacksize: Option<u32>,
        /// Stack depth at the `JUMP_BACKWARD`, if the recorder computed it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub entry_stack: Option<u32>,
        /// How often the `JUMP_BACKWARD` executed in the recorder's counting run of the
        /// workload (`record.py --count-loops`); absent when not counted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub jumps: Option<u64>,
        /// The executor whose stub this side exit hangs behind, and that stub.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub parent: Option<usize>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub parent_stub: Option<usize>,
        /// Stack depth (by `dis`) at the bytecode the side exit resumes at.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub exit_entry_stack: Option<u32>,
        /// `false` if CPython had invalidated it when recorded; absent or null: valid.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub valid: Option<bool>,
        pub uops: Vec<UopEntry>,
        /// Side exits that lead to another executor.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub exits: Vec<ExitEntry>,
    }

    /// One `_PyUOpInstruction`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct UopEntry {
        pub name: String,
        pub oparg: u16,
        /// The raw 32-bit field.
        pub target: u32,
        pub operand0: u64,
        /// Null when the recorder could not read it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub operand1: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub uop_id: Option<u16>,
        /// For a `_PUSH_FRAME`: the callee's frame, when the recorder resolved it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub frame: Option<FrameEntry>,
    }

    /// The frame a push enters, from the callee's code object.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct FrameEntry {
        pub nlocalsplus: u32,
        pub stacksize: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub qualname: Option<String>,
    }

    /// Stub `stub` of this executor leads to executor `executor`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ExitEntry {
        pub stub: usize,
        pub executor: usize,
    }
}

/// One instruction as the executor reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedUop {
    pub name: String,
    pub oparg: u16,
    /// The raw 32-bit field: for uops that jump, `error_target << 16 | jump_target`.
    pub target: u32,
    pub operand0: u64,
    /// Read from memory by the recorder when it could verify the layout; else `None`.
    pub operand1: Option<u64>,
    pub uop_id: Option<u16>,
    /// For a `_PUSH_FRAME`: the frame it enters, from the callee's code object (its
    /// operand0 names the function), when the recorder could resolve it.
    pub frame: Option<PushedFrame>,
}

/// The frame a frame push enters: the callee's `co_nlocalsplus` and `co_stacksize`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushedFrame {
    pub locals: u32,
    pub stack_size: u32,
    /// The callee's `co_qualname`, for the trace file's comment.
    pub qualname: Option<String>,
}

/// Where an executor hangs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExecutorKind {
    /// At a `JUMP_BACKWARD` of a code object (byte `offset`), which executed `jumps` times
    /// in the workload when the recorder counted them.
    Loop { code: String, qualname: String, file: String, first_line: u32, offset: u32, jumps: Option<u64> },
    /// Behind the `_EXIT_TRACE` stub `parent_stub` of executor `parent`; `entry_stack` is
    /// the stack depth at the bytecode the exit resumes at, when the recorder computed it
    /// (from `dis` over the parent's code object).
    SideExit { parent: usize, parent_stub: usize, entry_stack: Option<u32> },
}

/// The frame a loop executor runs in, from its code object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    /// `co_nlocalsplus`: locals, cells and free variables.
    pub locals: u32,
    /// `co_stacksize`.
    pub stack_size: u32,
    /// Stack depth at the `JUMP_BACKWARD` (where the trace starts); `None` if the
    /// recorder could not compute it.
    pub entry_stack: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Executor {
    pub index: usize,
    pub kind: ExecutorKind,
    pub frame: Option<Frame>,
    pub valid: bool,
    pub uops: Vec<RecordedUop>,
    /// (stub index, executor index) for side exits that lead to another executor.
    pub exits: Vec<(usize, usize)>,
}

impl Executor {
    /// Uops one pass through it runs at most: every recorded uop that is no exit stub
    /// (what a loop executor does per iteration when no guard fails).
    pub fn body_uops(&self) -> usize {
        self.uops.iter().filter(|u| !STUB_UOPS.contains(&u.name.as_str())).count()
    }

    /// `executor 3 (f at lib.py:12, offset 58)`.
    pub fn describe(&self) -> String {
        match &self.kind {
            ExecutorKind::Loop { qualname, file, first_line, offset, .. } => {
                format!("executor {} ({qualname} at {file}:{first_line}, offset {offset})", self.index)
            }
            ExecutorKind::SideExit { parent, parent_stub, .. } => {
                format!("executor {} (side exit of executor {parent}, stub {parent_stub})", self.index)
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recording {
    /// `sys.version` of the recording interpreter.
    pub python_version: String,
    /// `sys.executable` of the recording interpreter (a training build's `python`, in its
    /// tree: the hook reads the tree's warm-up threshold from beside it).
    pub python_executable: String,
    pub executors: Vec<Executor>,
}

/// Parses a recording; errors name `<recording>`.
pub fn parse(text: &str) -> Result<Recording, RecordError> {
    parse_labelled("<recording>", text)
}

/// Reads and parses a recording file.
pub fn read(path: &Path) -> Result<Recording, RecordError> {
    let label = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| RecordError {
        file: label.clone(),
        line: None,
        executor: None,
        message: e.to_string(),
    })?;
    parse_labelled(&label, &text)
}

/// Parses a recording, naming it `file` in errors.
pub fn parse_labelled(file: &str, text: &str) -> Result<Recording, RecordError> {
    let top = |message: String| RecordError { file: file.to_string(), line: None, executor: None, message };
    let wrong_format = |format: &str| {
        top(format!(
            "format is `{format}`, this reader reads `{FORMAT}`: record it again with recorder/record.py"
        ))
    };
    let doc: schema::RecordingFile = serde_json::from_str(text).map_err(|e| {
        // A file of another format fails for that reason, not for the first key it lacks.
        #[derive(serde::Deserialize)]
        struct Format {
            format: String,
        }
        match serde_json::from_str::<Format>(text) {
            Ok(f) if e.is_data() && f.format != FORMAT => wrong_format(&f.format),
            _ => json_error(file, &e),
        }
    })?;
    if doc.format != FORMAT {
        return Err(wrong_format(&doc.format));
    }
    let mut executors = Vec::with_capacity(doc.executors.len());
    for (i, e) in doc.executors.into_iter().enumerate() {
        executors.push(executor(file, i, e)?);
    }
    for e in &executors {
        let ctx = Ctx { file, executor: Some(e.describe()) };
        if let ExecutorKind::SideExit { parent, parent_stub, .. } = e.kind {
            if parent >= e.index {
                return Err(ctx.err(format!("its parent {parent} must be an earlier executor")));
            }
            let p = executors.get(parent).map(|p| p.uops.len()).unwrap_or(0);
            if parent_stub >= p {
                return Err(ctx.err(format!("parent stub {parent_stub} is beyond the parent's {p} uops")));
            }
        }
        for &(stub, to) in &e.exits {
            if stub >= e.uops.len() || to >= executors.len() {
                return Err(ctx.err(format!("exit {{stub: {stub}, executor: {to}}} points nowhere")));
            }
        }
    }
    Ok(Recording { python_version: doc.python.version, python_executable: doc.python.executable, executors })
}

/// serde_json's error at its line: `invalid recording` for a key missing or of the wrong
/// type, `not JSON` for a syntax error (a cut-off or hand-broken file).
fn json_error(file: &str, e: &serde_json::Error) -> RecordError {
    // serde_json's words end with the location, which the error carries as fields.
    let words = e.to_string();
    let words = words.strip_suffix(&format!(" at line {} column {}", e.line(), e.column())).unwrap_or(&words);
    let column = e.column();
    RecordError {
        file: file.to_string(),
        line: u32::try_from(e.line()).ok().filter(|l| *l > 0),
        executor: None,
        message: if e.is_data() {
            format!(
                "invalid recording: {words} (column {column}); a recording is what recorder/record.py \
                 writes, format `{FORMAT}`"
            )
        } else {
            format!("not JSON: {words} (column {column}); a cut-off file? Record it again with recorder/record.py")
        },
    }
}

struct Ctx<'a> {
    file: &'a str,
    executor: Option<String>,
}

impl Ctx<'_> {
    fn err(&self, message: impl Into<String>) -> RecordError {
        RecordError {
            file: self.file.to_string(),
            line: None,
            executor: self.executor.clone(),
            message: message.into(),
        }
    }

    /// A key an executor of this `kind` must give (null or absent for the other kind).
    fn need<T>(&self, value: Option<T>, kind: &str, key: &str) -> Result<T, RecordError> {
        value.ok_or_else(|| self.err(format!("a `{kind}` executor needs `{key}`")))
    }
}

/// Checks entry `i` of `executors` and turns it into an [`Executor`].
fn executor(file: &str, i: usize, e: schema::ExecutorEntry) -> Result<Executor, RecordError> {
    let mut ctx = Ctx { file, executor: Some(format!("executor {i}")) };
    if e.index != i {
        return Err(ctx.err(format!("`index` is {} but it is entry {i} of `executors`", e.index)));
    }
    let kind = match e.kind {
        schema::Kind::Loop => {
            let code = ctx.need(e.code, "loop", "code")?;
            ExecutorKind::Loop {
                qualname: e.qualname.unwrap_or_else(|| code.clone()),
                code,
                file: ctx.need(e.file, "loop", "file")?,
                first_line: ctx.need(e.first_line, "loop", "first_line")?,
                offset: ctx.need(e.offset, "loop", "offset")?,
                jumps: e.jumps,
            }
        }
        schema::Kind::SideExit => ExecutorKind::SideExit {
            parent: ctx.need(e.parent, "side_exit", "parent")?,
            parent_stub: ctx.need(e.parent_stub, "side_exit", "parent_stub")?,
            entry_stack: e.exit_entry_stack,
        },
    };
    let mut ex = Executor {
        index: e.index,
        kind,
        frame: None,
        valid: e.valid != Some(false),
        uops: Vec::new(),
        exits: e.exits.iter().map(|x| (x.stub, x.executor)).collect(),
    };
    ctx.executor = Some(ex.describe());
    ex.frame = match (e.nlocalsplus, e.stacksize) {
        (Some(locals), Some(stack_size)) => Some(Frame { locals, stack_size, entry_stack: e.entry_stack }),
        (None, None) => None,
        _ => return Err(ctx.err("`nlocalsplus` and `stacksize` come together")),
    };
    if e.uops.is_empty() {
        return Err(ctx.err("`uops` is empty"));
    }
    ex.uops = e
        .uops
        .into_iter()
        .map(|u| RecordedUop {
            name: u.name,
            oparg: u.oparg,
            target: u.target,
            operand0: u.operand0,
            operand1: u.operand1,
            uop_id: u.uop_id,
            frame: u.frame.map(|f| PushedFrame {
                locals: f.nlocalsplus,
                stack_size: f.stacksize,
                qualname: f.qualname,
            }),
        })
        .collect();
    Ok(ex)
}

// ---------------------------------------------------------------------------------------
// Operands: build-time or runtime

/// How a case reads one of its operands, and what the trace file makes of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperandRule {
    /// The C type the case casts the operand to (`PyObject *`, `uint32_t`), if it casts.
    pub c_type: String,
    /// The variable the case stores it in, if one.
    pub variable: String,
    /// A hole patched at load time (pointer, version tag, or a use not understood).
    pub runtime: bool,
    pub why: &'static str,
}

/// The rule for `operand` (`Operand0`/`Operand1`) of `uop`, from the case's text: read as
/// a pointer → runtime (an address of that run); stored in a variable whose name says
/// `version` → runtime (type, function, keys and dict versions are handed out as the
/// program runs, so another run gets other numbers); any other integer → build-time;
/// a use this reader does not recognise → runtime (a hole is always correct). `None` if
/// the case does not read the operand.
pub fn operand_rule(uop: &Uop, operand: Operand) -> Option<OperandRule> {
    let mac = match operand {
        Operand::Operand0 => "CURRENT_OPERAND0()",
        Operand::Operand1 => "CURRENT_OPERAND1()",
        _ => return None,
    };
    let body = &uop.case.body;
    let at = body.find(mac)?;
    let line_start = body.get(..at).and_then(|s| s.rfind('\n')).map_or(0, |p| p + 1);
    let before = body.get(line_start..at).unwrap_or("").trim_end();
    let unknown = OperandRule {
        c_type: String::new(),
        variable: String::new(),
        runtime: true,
        why: "a use this reader does not recognise: kept as a hole",
    };
    let (cast, lhs) = if let Some(b) = before.strip_suffix(')') {
        let Some(open) = b.rfind('(') else { return Some(unknown) };
        (b.get(open + 1..).unwrap_or("").trim().to_string(), b.get(..open).unwrap_or("").trim_end())
    } else {
        (String::new(), before)
    };
    let Some(lhs) = lhs.strip_suffix('=').map(str::trim_end) else { return Some(unknown) };
    let split = lhs.rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).map_or(0, |p| p + 1);
    let variable = lhs.get(split..).unwrap_or("").to_string();
    let declared = lhs.get(..split).unwrap_or("").trim().to_string();
    if variable.is_empty() {
        return Some(unknown);
    }
    let c_type = if cast.is_empty() { declared.clone() } else { cast };
    let pointer = c_type.contains('*') || declared.contains('*');
    let version = variable.to_ascii_lowercase().contains("version");
    let (runtime, why) = if pointer {
        (true, "a pointer: an address of the recording run")
    } else if version {
        (true, "a version tag: assigned as the program runs, differs from run to run")
    } else {
        (false, "an integer (index, offset, hint, size): the same in every run")
    };
    Some(OperandRule { c_type, variable, runtime, why })
}

// ---------------------------------------------------------------------------------------
// Conversion

/// One trace file, ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct TraceFile {
    /// The trace's name (also the file's stem).
    pub name: String,
    pub executor: usize,
    /// Main instructions (through the terminator) and stubs.
    pub main: usize,
    pub stubs: usize,
    /// What a reader of the file should know that the trace does not say (where it was
    /// recorded, the operand rule, the calls it enters, its side exits into other
    /// executors): the file's comment header, a line each.
    pub notes: Vec<String>,
    /// The trace, in the core's trace file schema.
    pub file: tracefuse::traces::schema::TraceFile,
}

impl TraceFile {
    /// The file's text: the notes as comments, then the trace written by serde_yaml.
    pub fn text(&self) -> Result<String, serde_yaml::Error> {
        let mut s = String::new();
        for note in &self.notes {
            s.push_str("# ");
            s.push_str(&crate::import::one_line(note));
            s.push('\n');
        }
        s.push_str(&serde_yaml::to_string(&self.file)?);
        Ok(s)
    }
}

/// What [`convert`] made of a recording.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Conversion {
    pub traces: Vec<TraceFile>,
    /// Executors not converted, with the reason (frame unknown; or, after [`check`], a
    /// trace the generator would refuse), in executor order.
    pub skipped: Vec<(usize, String)>,
    /// [`check`] ran: every trace left is one the generator accepts.
    pub checked: bool,
    /// Instructions in the converted traces, stubs included.
    pub uops: usize,
    pub distinct: BTreeSet<String>,
    /// Operand1 values the case reads but the recording lacks (written as `{runtime: 0}`).
    pub unknown_operand1: usize,
    /// Frame pushes whose callee the recording does not name (written as an empty frame).
    pub unknown_frames: usize,
    /// Uops used that `uops.yaml` leaves out (stack effect it cannot express): the core
    /// cannot load traces holding them yet.
    pub not_in_manifest: BTreeSet<String>,
    /// Executors not written by [`check`] because an earlier trace has the same signature
    /// (its stencil serves them), with that trace's name.
    pub duplicates: Vec<(usize, String)>,
    /// Loops whose stack depth at `_JUMP_TO_TOP` (from the uops' stack effects and the
    /// recorded entry depth) is not the entry depth: the entry depth is wrong (the core
    /// would refuse them).
    pub unbalanced: Vec<usize>,
}

/// Checks a recording against `tree` and renders a trace file per executor whose frame
/// is known. `file` labels errors.
pub fn convert(rec: &Recording, tree: &CpythonTree, file: &str) -> Result<Conversion, RecordError> {
    let recorded = rec.python_version.split_whitespace().next().unwrap_or("");
    if recorded != tree.version.text {
        return Err(RecordError {
            file: file.to_string(),
            line: None,
            executor: None,
            message: format!(
                "recorded with Python {recorded} (sys.version `{}`), but the tree is CPython {}: \
                 record with that tree's build",
                rec.python_version, tree.version.text
            ),
        });
    }
    let uops: BTreeMap<&str, &Uop> = tree.uops.iter().map(|u| (u.name(), u)).collect();
    let mut out = Conversion::default();
    // Frames of converted executors, for the side exits hanging off them.
    let mut frames: Vec<Option<Frame>> = vec![None; rec.executors.len()];
    let mut depths: Vec<Vec<Option<(u32, usize)>>> = vec![Vec::new(); rec.executors.len()];
    for ex in &rec.executors {
        let ctx = Ctx { file, executor: Some(ex.describe()) };
        let mut resolved = Vec::with_capacity(ex.uops.len());
        for (k, u) in ex.uops.iter().enumerate() {
            let uop = uops.get(u.name.as_str()).ok_or_else(|| {
                ctx.err(format!(
                    "uop {k} `{}` is not a case of {} (CPython {}): recorded with another build?",
                    u.name,
                    tree.root.join(crate::EXECUTOR_CASES_C_H).display(),
                    tree.version.text
                ))
            })?;
            if let Some(id) = u.uop_id {
                if id != uop.id() {
                    return Err(ctx.err(format!(
                        "uop {k} `{}` has id {id} in the recording but {} in the tree",
                        u.name,
                        uop.id()
                    )));
                }
            }
            resolved.push(*uop);
        }
        let main = split_main(ex, &resolved, &ctx)?;
        check_links(ex, &resolved, main, &ctx)?;
        let frame = match (&ex.kind, ex.frame) {
            (ExecutorKind::Loop { .. }, Some(f)) if f.entry_stack.is_some() => Ok(f),
            (ExecutorKind::Loop { .. }, _) => Err("the recorder could not compute its frame or entry stack"),
            (ExecutorKind::SideExit { parent, parent_stub, entry_stack }, _) => side_exit_frame(
                rec,
                &frames,
                &depths,
                &resolved_of(rec, *parent, &uops),
                (*parent, *parent_stub),
                *entry_stack,
            ),
        };
        // A push whose callee the recording does not name gets an empty frame, enough
        // only when the trace ends right after it (CPython's recursive calls): a trace that
        // runs on in the callee would be refused by validation, so it is skipped here.
        let unknown_callee = resolved.iter().zip(&ex.uops).enumerate().any(|(k, (u, r))| {
            crate::import::describe(u).frame == Some(FrameEffect::Push) && r.frame.is_none() && k + 2 < main
        });
        let frame = match frame {
            Ok(_) if unknown_callee => Err("a call it inlines has a callee the recording does not name \
                                            (operand0 names no live function), and the trace runs on in it"),
            other => other,
        };
        let d = match &frame {
            Ok(f) => stack_depths(ex, &resolved, f.entry_stack.unwrap_or(0)),
            Err(_) => Vec::new(),
        };
        if let Some(last) = main.checked_sub(1) {
            let closes = resolved.get(last).is_some_and(|u| u.name() == "_JUMP_TO_TOP");
            if let (true, Some(Some((at, 0))), Ok(f)) = (closes, d.get(last), &frame) {
                if Some(*at) != f.entry_stack {
                    out.unbalanced.push(ex.index);
                }
            }
        }
        if let Some(slot) = depths.get_mut(ex.index) {
            *slot = d;
        }
        match frame {
            Ok(f) => {
                if let Some(slot) = frames.get_mut(ex.index) {
                    *slot = Some(f);
                }
                let t = render(rec, ex, &resolved, main, f, &mut out);
                out.uops += ex.uops.len();
                out.traces.push(t);
            }
            Err(why) => out.skipped.push((ex.index, why.to_string())),
        }
    }
    Ok(out)
}

fn resolved_of<'t>(rec: &Recording, i: usize, uops: &BTreeMap<&str, &'t Uop>) -> Vec<&'t Uop> {
    rec.executors
        .get(i)
        .map(|e| e.uops.iter().filter_map(|u| uops.get(u.name.as_str()).copied()).collect())
        .unwrap_or_default()
}

fn is_terminator(u: &Uop) -> bool {
    crate::import::describe(u).terminator
}

/// The uops CPython puts in exit stubs after the main trace (and `_EXIT_TRACE` and
/// `_DEOPT` also end main traces).
const STUB_UOPS: [&str; 3] = ["_DEOPT", "_EXIT_TRACE", "_ERROR_POP_N"];

fn is_stub(u: &Uop) -> bool {
    STUB_UOPS.contains(&u.name())
}

/// Length of the main trace: through its first terminator. Everything after it must be
/// an exit stub.
fn split_main(ex: &Executor, uops: &[&Uop], ctx: &Ctx<'_>) -> Result<usize, RecordError> {
    let main = uops.iter().position(|u| is_terminator(u)).map(|p| p + 1).ok_or_else(|| {
        ctx.err("no terminator (`_JUMP_TO_TOP`, `_EXIT_TRACE`, `_DEOPT`): the trace never ends")
    })?;
    for (k, u) in uops.iter().enumerate().skip(main) {
        if !is_stub(u) {
            return Err(ctx.err(format!(
                "uop {k} `{}` follows the main trace's terminator (uop {}, `{}`) but is not an exit stub",
                u.name(),
                main - 1,
                ex.uops.get(main - 1).map_or("", |r| r.name.as_str())
            )));
        }
    }
    Ok(main)
}

/// The stub links of a main instruction: (jump_target, error_target) as CPython packs
/// them into `target`, for uops that have them.
fn links(u: &Uop, target: u32) -> (Option<usize>, Option<usize>) {
    let f = &u.meta.flags;
    let jump =
        (f.contains(UopFlag::Exit) || f.contains(UopFlag::Deopt)).then_some((target & 0xffff) as usize);
    let error = f.contains(UopFlag::Error).then_some((target >> 16) as usize);
    (jump, error)
}

fn check_links(ex: &Executor, uops: &[&Uop], main: usize, ctx: &Ctx<'_>) -> Result<(), RecordError> {
    for (k, (u, r)) in uops.iter().zip(&ex.uops).enumerate().take(main) {
        let (jump, error) = links(u, r.target);
        for (what, to, ok) in [
            ("jump_target", jump, ["_DEOPT", "_EXIT_TRACE"].as_slice()),
            ("error_target", error, ["_ERROR_POP_N"].as_slice()),
        ] {
            let Some(to) = to else { continue };
            let stub = uops.get(to).map(|s| s.name());
            if to < main || !stub.is_some_and(|s| ok.contains(&s)) {
                return Err(ctx.err(format!(
                    "uop {k} `{}`: target {} gives {what} {to}, which is not a {} stub (the main trace \
                     has {main} uops, the executor {})",
                    u.name(),
                    r.target,
                    ok.join("/"),
                    uops.len()
                )));
            }
        }
    }
    Ok(())
}

/// Stack depth before each instruction and the frame it runs on (0: the executor's own,
/// k: the k-th frame a `frame: push` uop entered), as the core's validation counts them:
/// a push pops its inputs and starts the callee's stack empty, a pop returns to the
/// caller's depth and pushes its outputs there. `None` once a count is unknown.
fn stack_depths(ex: &Executor, uops: &[&Uop], entry: u32) -> Vec<Option<(u32, usize)>> {
    let mut out = Vec::with_capacity(uops.len());
    let mut d = Some(i64::from(entry));
    let (mut frame, mut pushes) = (0usize, 0usize);
    let mut callers: Vec<(usize, Option<i64>)> = Vec::new();
    for (u, r) in uops.iter().zip(&ex.uops) {
        out.push(d.and_then(|v| u32::try_from(v).ok()).map(|v| (v, frame)));
        let o = i64::from(r.oparg);
        d = d.and_then(|v| Some(v - u.num_popped(o)?)).filter(|v| *v >= 0);
        let effect = crate::import::describe(u).frame;
        match effect {
            Some(FrameEffect::Push) => {
                callers.push((frame, d));
                pushes += 1;
                frame = pushes;
                d = d.map(|_| 0);
            }
            Some(FrameEffect::Pop) => match callers.pop() {
                Some((f, at)) => {
                    frame = f;
                    d = at;
                }
                None => d = None,
            },
            None => {}
        }
        // Nothing is pushed onto a frame just entered (its stack starts empty).
        let pushed = if effect == Some(FrameEffect::Push) { Some(0) } else { u.num_pushed(o) };
        d = d.and_then(|v| Some(v + pushed?));
    }
    out
}

/// A side exit's executor runs in its parent's frame (known only when the exit is not
/// inside a call the parent inlined: then it runs on the callee's frame, which the
/// recording does not describe for side exits), entered with the stack at the bytecode the exit
/// resumes at: the recorder's `dis` depth there when it has one, else the depth the
/// parent had before the first instruction that jumps to the stub (or before the stub
/// itself when it is the main trace's closing `_EXIT_TRACE`) — which can count a
/// bytecode's temporaries when the guard sits inside its expansion.
fn side_exit_frame(
    rec: &Recording,
    frames: &[Option<Frame>],
    depths: &[Vec<Option<(u32, usize)>>],
    parent_uops: &[&Uop],
    (parent, stub): (usize, usize),
    recorded: Option<u32>,
) -> Result<Frame, &'static str> {
    let f = frames.get(parent).copied().flatten().ok_or("its parent executor was not converted")?;
    let p = rec.executors.get(parent).ok_or("no parent")?;
    let k = p
        .uops
        .iter()
        .zip(parent_uops)
        .enumerate()
        .position(|(k, (r, u))| k == stub || links(u, r.target).0 == Some(stub))
        .ok_or("no instruction of the parent jumps to its stub")?;
    let (d, frame) = depths
        .get(parent)
        .and_then(|v| v.get(k))
        .copied()
        .flatten()
        .ok_or("the parent's stack depth at the exit is unknown: frame not known")?;
    if frame != 0 {
        return Err("the exit is inside a call the parent inlined (after a frame push): it runs on the \
                    callee's frame, which the recording does not give for side exits");
    }
    Ok(Frame { locals: f.locals, stack_size: f.stack_size, entry_stack: Some(recorded.unwrap_or(d)) })
}

fn ident(s: &str) -> String {
    let t: String = s.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    t.trim_matches('_').to_string()
}

/// The trace file's (and its fused stencil's) name for an executor: `cpy0012_f_58` (index,
/// code name, offset) for a loop, `cpy0013_exit_12_40` (index, parent, stub) behind a side
/// exit.
pub fn trace_name(ex: &Executor) -> String {
    match &ex.kind {
        ExecutorKind::Loop { code, offset, .. } => {
            let c = ident(code);
            format!("cpy{:04}_{}_{offset}", ex.index, if c.is_empty() { "code" } else { &c })
        }
        ExecutorKind::SideExit { parent, parent_stub, .. } => {
            format!("cpy{:04}_exit_{parent}_{parent_stub}", ex.index)
        }
    }
}

fn render(
    rec: &Recording,
    ex: &Executor,
    uops: &[&Uop],
    main: usize,
    f: Frame,
    out: &mut Conversion,
) -> TraceFile {
    let name = trace_name(ex);
    let mut notes = vec![
        "Recorded by tracefuse-cpython/recorder/record.py; converted by tracefuse_cpython::record."
            .to_string(),
        format!("Python {}", rec.python_version),
        format!("{}{}", ex.describe(), if ex.valid { "" } else { " (invalidated when recorded)" }),
        "Build-time: opargs, targets, integer operands. {runtime: N}: pointers and version tags".to_string(),
        "(N is the recording run's value). A guard's `target` is CPython's packed".to_string(),
        "error_target << 16 | jump_target: stub indices in instructions + stubs.".to_string(),
    ];
    let mut entries = Vec::with_capacity(uops.len());
    for (k, (u, r)) in uops.iter().zip(&ex.uops).enumerate() {
        out.distinct.insert(u.name().to_string());
        let imported = crate::import::describe(u);
        if !imported.in_manifest {
            out.not_in_manifest.insert(u.name().to_string());
        }
        let at = match k.checked_sub(main) {
            None => format!("Instruction {k} ({})", u.name()),
            Some(stub) => format!("Stub {stub} (instruction {k}, {})", u.name()),
        };
        let mut e = InstructionEntry { uop: u.name().to_string(), ..Default::default() };
        for &field in &imported.fields {
            *e.field_mut(field) = Some(match field {
                Field::Oparg => OperandValue::Const(u64::from(r.oparg)),
                Field::Target => OperandValue::Const(u64::from(r.target)),
                Field::Operand0 => operand(u, Operand::Operand0, Some(r.operand0)),
                Field::Operand1 => {
                    if r.operand1.is_none() {
                        out.unknown_operand1 += 1;
                    }
                    operand(u, Operand::Operand1, r.operand1)
                }
            });
        }
        if imported.frame == Some(FrameEffect::Push) {
            // The frame it enters: the callee's size, or an empty frame when the recording
            // does not name the callee, so that validation refuses any use of it.
            e.frame = Some(match &r.frame {
                Some(f) => {
                    notes.push(format!("{at} enters {}.", f.qualname.as_deref().unwrap_or("the callee")));
                    FrameSize { locals: f.locals, stack_size: f.stack_size }
                }
                None => {
                    out.unknown_frames += 1;
                    notes.push(format!(
                        "{at}: the callee is not recorded (operand0 names no live function): an empty \
                         frame, so nothing after the push may use the callee's locals or stack."
                    ));
                    FrameSize { locals: 0, stack_size: 0 }
                }
            });
        }
        if let Some(&(_, to)) = ex.exits.iter().find(|(stub, _)| *stub == k) {
            notes.push(format!("{at}: side exit into executor {to}."));
        }
        entries.push(e);
    }
    let stubs = entries.split_off(main.min(entries.len()));
    let file = tracefuse::traces::schema::TraceFile {
        trace: name.clone(),
        library: crate::import::LIBRARY.to_string(),
        locals: f.locals,
        stack_size: f.stack_size,
        entry_stack: f.entry_stack.unwrap_or(0),
        classes: None,
        instructions: entries,
        stubs,
        cases: Vec::new(),
    };
    TraceFile { name, executor: ex.index, main, stubs: uops.len() - main, notes, file }
}

fn operand(u: &Uop, which: Operand, value: Option<u64>) -> OperandValue {
    let rule = operand_rule(u, which);
    match (value, rule) {
        (Some(v), Some(r)) if !r.runtime => OperandValue::Const(v),
        (Some(v), _) => OperandValue::Runtime(v.into()),
        (None, _) => OperandValue::Runtime(0u64.into()),
    }
}

/// The library `tracefuse generate` reads the converted traces with: `tree` imported into
/// `scratch` (created, or replaced when an earlier import wrote it) and loaded by the core.
pub fn library(tree: &CpythonTree, scratch: &Path) -> Result<UopLibrary, crate::Error> {
    let report = crate::import(tree, scratch)?;
    UopLibrary::load(&report.manifest)
        .map_err(|e| crate::Error::Io { path: report.manifest.clone(), message: e.to_string() })
}

/// Keeps only the traces `tracefuse generate` accepts: runs the generator's own validation
/// (`TraceSet::from_sources_skipping`, what `generate` runs on the folder) on each trace's
/// text as [`write`] would write it into `dir`, over `lib` (the library imported from the
/// same tree, [`library`]), and moves each trace it refuses to `skipped`, with the reason
/// (the file is not written). Returns how many it refused.
pub fn check(conv: &mut Conversion, lib: &UopLibrary, dir: &Path) -> Result<usize, crate::Error> {
    let mut sources = Vec::with_capacity(conv.traces.len());
    for t in &conv.traces {
        let path = dir.join(format!("{}.yaml", t.name));
        let text = t.text().map_err(|e| crate::Error::Io {
            path: path.clone(),
            message: format!("cannot write YAML: {e}"),
        })?;
        sources.push(SourceText { path, text });
    }
    let (set, skipped) = TraceSet::from_sources_skipping(&sources, lib)
        .map_err(|e| crate::Error::Io { path: dir.to_path_buf(), message: e.to_string() })?;
    let mut refused = 0;
    for s in skipped {
        let Some(at) = sources.iter().position(|src| src.path == s.path) else { continue };
        let t = conv.traces.remove(at);
        sources.remove(at);
        let line =
            s.error.location.as_ref().and_then(|l| l.line).map(|l| format!(":{l}")).unwrap_or_default();
        let help = s.error.help.as_deref().map(|h| format!(" ({h})")).unwrap_or_default();
        conv.uops -= t.main + t.stubs;
        conv.skipped.push((
            t.executor,
            format!("tracefuse generate would refuse it: {}.yaml{line}: {}{help}", t.name, s.error.message),
        ));
        refused += 1;
    }
    // A trace whose signature an earlier trace has would never be looked up: the hook
    // takes the first match. Its stencil would be the earlier one's (same uops, same
    // folded fields, holes patched from the trace CPython forms), so it is not written.
    let signatures: BTreeMap<&Path, _> =
        set.traces.iter().zip(set.signatures(lib)).map(|(t, s)| (t.path.as_path(), s)).collect();
    let mut first: Vec<(&tracefuse::signature::Signature, &str)> = Vec::new();
    let mut keep = Vec::with_capacity(conv.traces.len());
    for (t, src) in conv.traces.iter().zip(&sources) {
        let sig = signatures.get(src.path.as_path());
        match sig.and_then(|s| first.iter().find(|(f, _)| *f == s)) {
            Some((_, name)) => {
                keep.push(false);
                conv.duplicates.push((t.executor, name.to_string()));
            }
            None => {
                keep.push(true);
                if let Some(s) = sig {
                    first.push((s, &t.name));
                }
            }
        }
    }
    let mut keep = keep.into_iter();
    conv.traces.retain(|t| {
        let kept = keep.next().unwrap_or(true);
        if !kept {
            conv.uops -= t.main + t.stubs;
        }
        kept
    });
    conv.skipped.sort_by_key(|(i, _)| *i);
    conv.distinct = conv
        .traces
        .iter()
        .flat_map(|t| t.file.instructions.iter().chain(&t.file.stubs).map(|e| e.uop.clone()))
        .collect();
    conv.checked = true;
    Ok(refused)
}

/// Which build-time fields a conversion makes holes, so that one fused stencil serves
/// every trace CPython forms with the same uops whatever those fields hold (the hook
/// patches each hole from the trace it is given). A field the code's shape depends on
/// (an oparg that counts stack items, a guard's `target` that names its stubs:
/// [`tracefuse::definitions::Uop::shapes_code`]) stays build-time whatever is chosen.
/// `tracefuse cpython record` uses [`Holes::STUBS`] unless told otherwise: on the held-out
/// regression tests it matches every executor `general` matches, and leaves the main
/// trace's code as `exact` builds it (docs/cpython.md, "General stencils").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Holes {
    pub oparg: bool,
    pub target: bool,
    /// Integer operands (`operand0`, `operand1`) that [`operand_rule`] makes build-time.
    pub operands: bool,
    /// Only in the exit stubs (cold code: where an exit resumes, how much an error pops);
    /// the main trace keeps every field folded.
    pub stubs_only: bool,
}

impl Holes {
    /// Every build-time field folded: a stencil serves only the trace recorded.
    pub const EXACT: Holes = Holes { oparg: false, target: false, operands: false, stubs_only: false };
    /// Every field of the exit stubs that does not shape the code is a hole; the main
    /// trace is folded as in [`Holes::EXACT`].
    pub const STUBS: Holes = Holes { oparg: true, target: true, operands: true, stubs_only: true };
    /// Every field that does not shape the code is a hole.
    pub const GENERAL: Holes = Holes { oparg: true, target: true, operands: true, stubs_only: false };

    /// `exact`, `stubs`, `general`, or a comma-separated list of `oparg`, `target`,
    /// `operands` (everywhere).
    pub fn parse(text: &str) -> Result<Holes, String> {
        match text {
            "exact" | "none" => return Ok(Holes::EXACT),
            "stubs" => return Ok(Holes::STUBS),
            "general" | "all" => return Ok(Holes::GENERAL),
            _ => {}
        }
        let mut h = Holes::EXACT;
        for part in text.split(',').map(str::trim) {
            match part {
                "oparg" | "opargs" => h.oparg = true,
                "target" | "targets" => h.target = true,
                "operand" | "operands" => h.operands = true,
                other => {
                    return Err(format!(
                        "unknown hole set `{other}`: expected exact, stubs, general, or a list of oparg, \
                         target, operands"
                    ))
                }
            }
        }
        Ok(h)
    }

    fn covers(self, field: Field) -> bool {
        match field {
            Field::Oparg => self.oparg,
            Field::Target => self.target,
            Field::Operand0 | Field::Operand1 => self.operands,
        }
    }

    /// The words the trace file's header uses for what is folded.
    fn folded(self) -> String {
        if self.stubs_only && self != Holes::EXACT {
            return "every field of the main trace; in the stubs only what the code's shape depends on"
                .to_string();
        }
        let mut folded = Vec::new();
        if !self.oparg {
            folded.push("opargs");
        }
        if !self.target {
            folded.push("targets");
        }
        if !self.operands {
            folded.push("integer operands");
        }
        if folded.len() < 3 {
            folded.push("and every field the code's shape depends on (stack counts, stub targets)");
        }
        folded.join(", ")
    }
}

/// Makes the build-time fields `holes` chooses runtime, in every converted trace, except
/// where the code's shape depends on the value over `lib` (the library imported from the
/// same tree, [`library`]). Returns how many fields became holes. Call before [`check`].
pub fn make_holes(conv: &mut Conversion, lib: &UopLibrary, holes: Holes) -> usize {
    let uops: BTreeMap<&str, &tracefuse::definitions::Uop> =
        lib.uops.iter().map(|u| (u.name.as_str(), u)).collect();
    let mut made = 0;
    for t in &mut conv.traces {
        let file = &mut t.file;
        let main = if holes.stubs_only { &mut [][..] } else { &mut file.instructions[..] };
        for e in main.iter_mut().chain(file.stubs.iter_mut()) {
            let Some(uop) = uops.get(e.uop.as_str()) else { continue };
            for field in Field::ALL {
                if !holes.covers(field) || uop.shapes_code(field, lib.exit_routing) {
                    continue;
                }
                let slot = e.field_mut(field);
                if let Some(OperandValue::Const(v)) = *slot {
                    *slot = Some(OperandValue::Runtime(v.into()));
                    made += 1;
                }
            }
        }
        if let Some(note) = t.notes.iter_mut().find(|n| n.starts_with(BUILD_TIME_NOTE)) {
            *note = format!(
                "{BUILD_TIME_NOTE} {}. {{runtime: N}}: pointers, version tags, holes",
                holes.folded()
            );
        }
    }
    made
}

/// How the header line naming the build-time fields begins.
const BUILD_TIME_NOTE: &str = "Build-time:";

/// How every trace file the converter writes begins.
const HEADER_MARK: &str = "# Recorded by tracefuse-cpython/recorder/record.py";

/// Writes the trace files into `dir` (created); returns the paths. The conversion must
/// have been through [`check`] (for `dir`): only traces the generator accepts are written.
pub fn write(conv: &Conversion, dir: &Path) -> Result<Vec<PathBuf>, crate::Error> {
    let io = |p: &Path, e: std::io::Error| crate::Error::Io { path: p.to_path_buf(), message: e.to_string() };
    if !conv.checked {
        return Err(crate::Error::Io {
            path: dir.to_path_buf(),
            message: "the conversion has not been checked against the generator's validation: run \
                      record::check (with the library record::library imports) before record::write"
                .to_string(),
        });
    }
    std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    // Trace files an earlier conversion wrote here go: a trace set is one recording, and a
    // stale trace would be fused as if recorded now. Other files are left alone.
    for entry in std::fs::read_dir(dir).map_err(|e| io(dir, e))? {
        let path = entry.map_err(|e| io(dir, e))?.path();
        let ours = path.extension().is_some_and(|x| x == "yaml")
            && std::fs::read_to_string(&path).is_ok_and(|t| t.starts_with(HEADER_MARK));
        if ours {
            std::fs::remove_file(&path).map_err(|e| io(&path, e))?;
        }
    }
    let mut paths = Vec::new();
    for t in &conv.traces {
        let p = dir.join(format!("{}.yaml", t.name));
        let text = t
            .text()
            .map_err(|e| crate::Error::Io { path: p.clone(), message: format!("cannot write YAML: {e}") })?;
        std::fs::write(&p, text).map_err(|e| io(&p, e))?;
        paths.push(p);
    }
    Ok(paths)
}
