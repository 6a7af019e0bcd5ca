//! Installs tracefuse's hook into a CPython 3.14 tree (a copy the caller made: the user's
//! own tree is never touched by `cargo xtask cpython build`): the fused stencils as a
//! stencil pack (`tf_stencils.pack`, linked into the interpreter by an `.incbin`, and its
//! fixed C reader), our hook (`hook/tf_jit_hook.c`, written here) and the include list of
//! the tree's own JIT template go into `Python/`, and `Python/jit.c` gets three insertions at named
//! places — an `#include` before the definition of `_PyJIT_Compile`, a call at the top of
//! `_PyJIT_Compile` and one at the top of `_PyJIT_Free` — and `Objects/codeobject.c` one,
//! after a new code object is quickened, which warms the loops a training recording
//! formed traces at (`tf_jit_warm.h`, written from the recording; empty without one).
//! Every insertion is marked, so installing again replaces it (the tree can be rebuilt
//! with new stencils); a file without exactly one of each place is refused with its line.

use crate::error::{Error, ParseError};
use crate::import::template_includes;
use crate::record::{ExecutorKind, Recording};
use crate::CpythonTree;
use std::fmt::Write as _;
use std::path::Path;

/// `Python/jit.c`, relative to the tree.
pub const JIT_C: &str = "Python/jit.c";
/// The hook, as the tree gets it.
pub const HOOK_C: &str = "tf_jit_hook.c";
/// The stencil pack, as the tree gets it.
pub const PACK: &str = "tf_jit_stencils.pack";
/// The pack's C reader, as the tree gets it.
pub const PACK_H: &str = "tf_jit_stencils_pack.h";
/// Links the pack into the interpreter.
pub const PACK_BLOB_H: &str = "tf_jit_pack_blob.h";
/// What `generate --format pack` writes per target.
const GENERATED_PACK: &str = "tf_stencils.pack";
const GENERATED_PACK_H: &str = "tf_stencils_pack.h";
/// The headers the hook needs to name every symbol the stencils use.
pub const INCLUDES_H: &str = "tf_jit_hook_includes.h";
/// The loops to warm.
pub const WARM_H: &str = "tf_jit_warm.h";
/// `Objects/codeobject.c`, relative to the tree.
pub const CODEOBJECT_C: &str = "Objects/codeobject.c";
/// Where a new code object has been quickened (once in 3.14's codeobject.c).
const QUICKENED: &str = "_PyCode_Quicken(_PyCode_CODE(co), Py_SIZE(co), 1);";
/// The header of a tree that holds its warm-up thresholds (training-build.sh sets them).
const BACKOFF_H: &str = "Include/internal/pycore_backoff.h";
/// The threshold of a loop's JUMP_BACKWARD counter, in `BACKOFF_H`.
const JUMP_BACKWARD_DEFINE: &str = "JUMP_BACKWARD_INITIAL_VALUE";
/// The threshold of a side exit's temperature, in `BACKOFF_H`.
const SIDE_EXIT_DEFINE: &str = "SIDE_EXIT_INITIAL_VALUE";

const HOOK_SOURCE: &str = include_str!("../hook/tf_jit_hook.c");
const MARK: &str = "/* tracefuse hook */";

/// Where the hook went.
#[derive(Debug)]
pub struct HookReport {
    /// Lines of `jit.c` (1-based, in the edited file) holding the three insertions.
    pub lines: [usize; 3],
    /// Line of `codeobject.c` holding the warm-up call.
    pub warm_line: usize,
    /// Loop locations the build warms.
    pub warm_locations: usize,
    /// Recorded loop locations it does not warm: they ran too few iterations in the
    /// counting run to pay for their executors ([`WARM_MIN_UOPS`]).
    pub warm_skipped: usize,
    /// Side exits it warms once their executor's fused stencil is installed.
    pub warm_exits: usize,
}

/// The least work, in uops its executor would run after forming (the counting run's
/// iterations past the warm-up value times the trace's uops), for which a start-up build
/// warms a recorded loop. Forming an executor at start-up costs about 40,000 instructions
/// (CPython's projection 12k and optimizer 8k, emitting the fused stencil 16k: callgrind,
/// tf_startup.py, 2026-12-08) plus 10 µs of mapping and protecting its memory, about
/// 80,000 instructions' worth; a fused uop saves about 4 instructions over the
/// interpreter's bytecode. A loop below this costs start-up more than its fused code
/// saves (docs/cpython.md, "Start-up: what an executor costs").
pub const WARM_MIN_UOPS: u64 = 20_000;

/// Copies the stencil pack in `stencils` (the folder `tracefuse generate --format pack`
/// wrote for the tree's host: `tf_stencils.pack` and `tf_stencils_pack.h`) and the hook
/// into `tree/Python/` and edits `Python/jit.c` and `Objects/codeobject.c`; `warm`: the
/// recordings whose loops the build warms, those that did at least `min_uops` of work
/// ([`warm_header`]).
pub fn install(
    tree: &CpythonTree,
    stencils: &Path,
    warm: &[Recording],
    min_uops: u64,
) -> Result<HookReport, Error> {
    let io = |path: &Path, e: std::io::Error| Error::Io { path: path.to_path_buf(), message: e.to_string() };
    let python = tree.root.join("Python");
    let not_pack = |what: &str| -> Error {
        ParseError::new(
            &stencils.display().to_string(),
            1,
            format!(
                "{what}: pass the folder `tracefuse generate --format pack --target <the tree's host>` wrote for the host (it holds {GENERATED_PACK} and {GENERATED_PACK_H})"
            ),
        )
        .into()
    };
    let pack_h = stencils.join(GENERATED_PACK_H);
    let pack_path = stencils.join(GENERATED_PACK);
    if !pack_h.is_file() || !pack_path.is_file() {
        return Err(not_pack("no stencil pack here"));
    }
    let pack_h_text = std::fs::read_to_string(&pack_h).map_err(|e| io(&pack_h, e))?;
    let pack = std::fs::read(&pack_path).map_err(|e| io(&pack_path, e))?;
    if !pack_h_text.contains("tf_pack_load") || !pack.starts_with(b"tfpack\0\0") {
        return Err(not_pack("not a tracefuse stencil pack"));
    }
    let root = tree.root.canonicalize().map_err(|e| io(&tree.root, e))?;
    let blob_path = root.join("Python").join(PACK);
    let blob_h = pack_blob_header(&blob_path).ok_or_else(|| {
        ParseError::new(
            &root.display().to_string(),
            1,
            "the tree's path holds a quote, a backslash or a line break, which the assembler's .incbin cannot name: move the tree",
        )
    })?;
    let includes = template_includes(tree)?;
    let mut inc = String::from(
        "/* tf_jit_hook_includes.h: written by tracefuse from the tree's Tools/jit/template.c:\n \
         * the headers its cases are compiled against, so the hook can name their symbols. */\n",
    );
    for h in &includes.before {
        let _ = writeln!(inc, "#include {h}");
    }
    let jit_c = tree.root.join(JIT_C);
    let text = std::fs::read_to_string(&jit_c).map_err(|e| io(&jit_c, e))?;
    let (edited, lines) = edit_jit_c(&jit_c.display().to_string(), &text)?;
    let code_c = tree.root.join(CODEOBJECT_C);
    let code_text = std::fs::read_to_string(&code_c).map_err(|e| io(&code_c, e))?;
    let (code_edited, warm_line) = edit_codeobject_c(&code_c.display().to_string(), &code_text)?;
    let values = if warm.is_empty() {
        WarmValues { jump_backward: 0, side_exit: 0 }
    } else {
        WarmValues { jump_backward: training_jump_backward(warm)?, side_exit: training_side_exit(warm)? }
    };
    let table = warm_header(warm, values, min_uops);
    for (name, contents) in [
        (PACK, pack.as_slice()),
        (PACK_H, pack_h_text.as_bytes()),
        (PACK_BLOB_H, blob_h.as_bytes()),
        (INCLUDES_H, inc.as_bytes()),
        (WARM_H, table.header.as_bytes()),
        (HOOK_C, HOOK_SOURCE.as_bytes()),
    ] {
        let path = python.join(name);
        std::fs::write(&path, contents).map_err(|e| io(&path, e))?;
    }
    std::fs::write(&jit_c, edited).map_err(|e| io(&jit_c, e))?;
    std::fs::write(&code_c, code_edited).map_err(|e| io(&code_c, e))?;
    Ok(HookReport {
        lines,
        warm_line,
        warm_locations: table.locations,
        warm_skipped: table.skipped,
        warm_exits: table.exits,
    })
}

/// `tf_jit_pack_blob.h`: links the pack at `pack` (an absolute path) into the object that
/// includes it, as `tf_pack_blob` .. `tf_pack_blob_end`, 16-byte aligned in read-only
/// data; `None` for a path the assembler's string syntax cannot hold.
pub fn pack_blob_header(pack: &Path) -> Option<String> {
    let path = pack.to_str()?;
    if path.contains(['"', '\\', '\n', '\r']) {
        return None;
    }
    Some(format!(
        "/* {PACK_BLOB_H}: written by tracefuse: links the stencil pack beside it into the\n \
         * interpreter, read by tf_pack_load() in {HOOK_C}. */\n\
         #if defined(__APPLE__)\n\
         #define TF_PACK_ASM_SECTION \"\\t.section __TEXT,__const\\n\"\n\
         #define TF_PACK_ASM_SYM(s) \"_\" s\n\
         #define TF_PACK_ASM_HIDDEN(s) \"\\t.private_extern _\" s \"\\n\"\n\
         #else\n\
         #define TF_PACK_ASM_SECTION \"\\t.section .rodata\\n\"\n\
         #define TF_PACK_ASM_SYM(s) s\n\
         #define TF_PACK_ASM_HIDDEN(s) \"\\t.hidden \" s \"\\n\"\n\
         #endif\n\
         __asm__(TF_PACK_ASM_SECTION \"\\t.p2align 4\\n\"\n\
         \x20       \"\\t.globl \" TF_PACK_ASM_SYM(\"tf_pack_blob\") \"\\n\" TF_PACK_ASM_HIDDEN(\"tf_pack_blob\")\n\
         \x20       \"\\t.globl \" TF_PACK_ASM_SYM(\"tf_pack_blob_end\") \"\\n\" TF_PACK_ASM_HIDDEN(\"tf_pack_blob_end\")\n\
         \x20       TF_PACK_ASM_SYM(\"tf_pack_blob\") \":\\n\"\n\
         \x20       \"\\t.incbin \\\"{path}\\\"\\n\"\n\
         \x20       TF_PACK_ASM_SYM(\"tf_pack_blob_end\") \":\\n\"\n\
         \x20       \"\\t.text\\n\");\n\
         extern const unsigned char tf_pack_blob[] __attribute__((visibility(\"hidden\")));\n\
         extern const unsigned char tf_pack_blob_end[] __attribute__((visibility(\"hidden\")));\n"
    ))
}

/// The JUMP_BACKWARD threshold of the training build the recordings were made with: read
/// from its tree (the directory of each recording's `python.executable`), where
/// training-build.sh set it, so that the warmed build forms traces after as many
/// iterations as the training run did. Every recording must come from trees that agree.
pub fn training_jump_backward(recordings: &[Recording]) -> Result<u32, Error> {
    training_threshold(recordings, JUMP_BACKWARD_DEFINE)
}

/// The side-exit threshold of that training build (`SIDE_EXIT_INITIAL_VALUE`): a warmed
/// build gives the exits through which the training run formed side executors this
/// value, so that those form as early as there.
pub fn training_side_exit(recordings: &[Recording]) -> Result<u32, Error> {
    training_threshold(recordings, SIDE_EXIT_DEFINE)
}

/// `#define <define> <int>` of the training trees' `pycore_backoff.h` (every recording's).
fn training_threshold(recordings: &[Recording], define: &str) -> Result<u32, Error> {
    let mut found: Option<(u32, String)> = None;
    for r in recordings {
        let tree = Path::new(&r.python_executable).parent().unwrap_or(Path::new("."));
        let h = tree.join(BACKOFF_H);
        let label = h.display().to_string();
        let text = std::fs::read_to_string(&h).map_err(|e| {
            ParseError::new(
                &label,
                1,
                format!(
                    "cannot read the training build's warm-up threshold ({e}): a warm list needs the \
                     tree of the recording's python.executable, {}, on this machine",
                    r.python_executable
                ),
            )
        })?;
        let value = text
            .lines()
            .enumerate()
            .find_map(|(i, l)| {
                let mut w = l.split_whitespace();
                (w.next() == Some("#define") && w.next() == Some(define))
                    .then(|| (i, w.next().and_then(|v| v.parse::<u32>().ok())))
            })
            .ok_or_else(|| ParseError::new(&label, 1, format!("no `#define {define} <int>`")))?;
        let value = match value {
            (_, Some(v)) => v,
            (i, None) => {
                return Err(
                    ParseError::new(&label, i as u32 + 1, format!("{define} is not an integer")).into()
                )
            }
        };
        match &found {
            Some((v, other)) if *v != value => {
                return Err(ParseError::new(
                    &label,
                    1,
                    format!(
                    "{define} is {value} here and {v} in {other}: warm from recordings of one training build"
                ),
                )
                .into())
            }
            _ => found = Some((value, label)),
        }
    }
    Ok(found.map_or(0, |(v, _)| v))
}

/// What [`warm_header`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarmTable {
    /// `tf_jit_warm.h`.
    pub header: String,
    /// Loop locations warmed.
    pub locations: usize,
    /// Recorded loop locations left cold: too little work to pay for their executors.
    pub skipped: usize,
    /// Side exits warmed: of executors the warmed loops lead to, those the training run
    /// formed a side executor behind.
    pub exits: usize,
}

/// The warm-up values a warmed build takes from the training build
/// ([`training_jump_backward`], [`training_side_exit`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WarmValues {
    pub jump_backward: u32,
    pub side_exit: u32,
}

/// `tf_jit_warm.h`, from the recordings:
/// - the loop locations (file base name, qualified name, first line, byte offset of the
///   JUMP_BACKWARD), sorted by first line, without duplicates, whose JUMP_BACKWARD gets
///   `values.jump_backward` when a code object is made. A loop the recorder counted is
///   warmed only when its executor would run at least `min_uops` uops after forming (its
///   counted iterations past the warm-up value, times
///   [`Executor::body_uops`](crate::record::Executor::body_uops); the most of its
///   recordings); one without a count always is.
/// - the side exits to warm: for each executor a warmed loop leads to (the loop's own, and
///   through recorded side exits the executors behind them), by trace name
///   ([`trace_name`](crate::record::trace_name)), the stubs the training run formed a side
///   executor behind; when the hook installs that trace's fused stencil it gives those
///   exits `values.side_exit`, so the side executors form as early as in training instead
///   of after CPython's 4,096 exits.
pub fn warm_header(recordings: &[Recording], values: WarmValues, min_uops: u64) -> WarmTable {
    type Location = (u32, String, String, u32);
    let location = |e: &crate::record::Executor| -> Option<Location> {
        match &e.kind {
            ExecutorKind::Loop { qualname, file, first_line, offset, .. } => {
                let base = file.rsplit(['/', '\\']).next().unwrap_or(file).to_string();
                Some((*first_line, base, qualname.clone(), *offset))
            }
            ExecutorKind::SideExit { .. } => None,
        }
    };
    let mut work = std::collections::BTreeMap::new();
    for r in recordings {
        for e in &r.executors {
            if let (Some(at), ExecutorKind::Loop { jumps, .. }) = (location(e), &e.kind) {
                let uops = jumps.map_or(u64::MAX, |j| {
                    j.saturating_sub(u64::from(values.jump_backward)).saturating_mul(e.body_uops() as u64)
                });
                let w = work.entry(at).or_insert(0);
                *w = uops.max(*w);
            }
        }
    }
    let recorded = work.len();
    work.retain(|_, uops| *uops >= min_uops);
    // Side exits: from each warmed loop's executors through the recorded links.
    let mut exits: std::collections::BTreeMap<String, std::collections::BTreeSet<usize>> = Default::default();
    for r in recordings {
        let mut todo: Vec<usize> = r
            .executors
            .iter()
            .filter(|e| location(e).is_some_and(|at| work.contains_key(&at)))
            .map(|e| e.index)
            .collect();
        let mut seen = std::collections::BTreeSet::new();
        while let Some(i) = todo.pop() {
            let Some(e) = r.executors.get(i).filter(|_| seen.insert(i)) else { continue };
            for &(stub, to) in &e.exits {
                exits.entry(crate::record::trace_name(e)).or_default().insert(stub);
                todo.push(to);
            }
        }
    }
    let locations: Vec<_> = work.into_keys().collect();
    let c = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    let mut out = format!(
        "/* tf_jit_warm.h: written by tracefuse from a training recording: the loops that formed\n \
         * traces there, warmed in this build, and the side exits behind which it formed side\n \
         * executors (tf_jit_hook.c). */\n\
         typedef struct {{\n    int first_line;\n    const char *file;\n    const char *qualname;\n    int offset;\n}} tf_warm_location;\n\
         #define TF_WARM_VALUE {}\n#define TF_WARM_COUNT {}\n\
         static const tf_warm_location tf_warm_locations[{}] = {{\n",
        values.jump_backward,
        locations.len(),
        locations.len().max(1)
    );
    for (line, file, qualname, offset) in &locations {
        let _ = writeln!(out, "    {{{line}, \"{}\", \"{}\", {offset}}},", c(file), c(qualname));
    }
    if locations.is_empty() {
        out.push_str("    {0, \"\", \"\", 0},\n");
    }
    out.push_str("};\n");
    let nstubs: usize = exits.values().map(|s| s.len()).sum();
    let _ = write!(
        out,
        "typedef struct {{\n    const char *trace;\n    int first, count;\n}} tf_side_warm;\n\
         #define TF_SIDE_WARM_VALUE {}\n#define TF_SIDE_WARM_COUNT {}\n\
         static const int tf_side_warm_stubs[{}] = {{",
        values.side_exit,
        exits.len(),
        nstubs.max(1)
    );
    let all: Vec<String> = exits.values().flatten().map(|s| s.to_string()).collect();
    out.push_str(if all.is_empty() { "0" } else { "" });
    out.push_str(&all.join(", "));
    let _ = writeln!(out, "}};\nstatic const tf_side_warm tf_side_warm_traces[{}] = {{", exits.len().max(1));
    let mut first = 0;
    for (name, stubs) in &exits {
        let _ = writeln!(out, "    {{\"{}\", {first}, {}}},", c(name), stubs.len());
        first += stubs.len();
    }
    if exits.is_empty() {
        out.push_str("    {\"\", 0, 0},\n");
    }
    out.push_str("};\n");
    WarmTable { header: out, locations: locations.len(), skipped: recorded - locations.len(), exits: nstubs }
}

/// `codeobject.c` with the warm-up call after the quickening of a new code object (an
/// earlier insertion removed first), and its line.
pub fn edit_codeobject_c(label: &str, text: &str) -> Result<(String, usize), Error> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.contains(MARK)).collect();
    let at: Vec<usize> =
        lines.iter().enumerate().filter(|(_, l)| l.trim() == QUICKENED).map(|(i, _)| i).collect();
    let [place] = at[..] else {
        return Err(ParseError::new(
            label,
            at.get(1).map_or(1, |i| *i as u32 + 1),
            format!(
                "expected `{QUICKENED}` once (found {}): is this CPython 3.14's Objects/codeobject.c?",
                at.len()
            ),
        )
        .into());
    };
    let mut out = String::with_capacity(text.len() + 128);
    for (i, l) in lines.iter().enumerate() {
        out.push_str(l);
        out.push('\n');
        if i == place {
            let _ = writeln!(
                out,
                "    {{ extern void _PyTF_WarmCode(PyCodeObject *); _PyTF_WarmCode(co); }} {MARK}"
            );
        }
    }
    Ok((out, place + 2))
}

/// `jit.c` with the hook's three insertions (earlier ones removed first), and their lines.
pub fn edit_jit_c(label: &str, text: &str) -> Result<(String, [usize; 3]), Error> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.contains(MARK)).collect();
    // A definition: the function's name at the start of a line, its `{` on a later line.
    let definition = |name: &str| -> Result<(usize, usize), Error> {
        let at: Vec<usize> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.starts_with(&format!("{name}(")) && !l.trim_end().ends_with(';'))
            .map(|(i, _)| i)
            .collect();
        let [start] = at[..] else {
            return Err(ParseError::new(
                label,
                at.get(1).map_or(1, |i| *i as u32 + 1),
                format!(
                    "expected one definition of {name} (found {}): is this CPython 3.14's Python/jit.c?",
                    at.len()
                ),
            )
            .into());
        };
        let open = (start..lines.len()).find(|&i| lines.get(i).is_some_and(|l| l.trim() == "{")).ok_or_else(
            || ParseError::new(label, start as u32 + 1, format!("no `{{` opening {name}'s body")),
        )?;
        Ok((start, open))
    };
    let (compile, compile_open) = definition("_PyJIT_Compile")?;
    let (_, free_open) = definition("_PyJIT_Free")?;
    // The return type (and any comment) sits above the name: include before it.
    let include_at =
        (0..compile).rev().find(|&i| lines.get(i).is_some_and(|l| l.trim().is_empty())).map_or(0, |i| i + 1);
    let mut out = String::with_capacity(text.len() + 512);
    let mut at = [0usize; 3];
    let mut n = 0usize;
    let mut push = |out: &mut String, l: &str| {
        out.push_str(l);
        out.push('\n');
        n += 1;
        n
    };
    for (i, l) in lines.iter().enumerate() {
        if i == include_at {
            at[0] = push(&mut out, &format!("#include \"{HOOK_C}\" {MARK}"));
        }
        push(&mut out, l);
        if i == compile_open {
            at[1] = push(
                &mut out,
                &format!(
                    "    {{ int tf_rc = tf_fused_compile(executor, trace, length); if (tf_rc <= 0) {{ return tf_rc; }} }} {MARK}"
                ),
            );
        }
        if i == free_open {
            at[2] = push(&mut out, &format!("    tf_fused_free(executor); {MARK}"));
        }
    }
    Ok((out, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The warm header's text, locations and skipped locations (side exits at 63).
    fn warm(recordings: &[Recording], value: u32, min_uops: u64) -> (String, usize, usize) {
        let t = warm_header(recordings, WarmValues { jump_backward: value, side_exit: 63 }, min_uops);
        (t.header, t.locations, t.skipped)
    }

    const JIT: &str = "#include \"jit_stencils.h\"\n\nstatic void\nhelper(void)\n{\n}\n\n\
        // Compiles it.\nint\n_PyJIT_Compile(_PyExecutorObject *executor, const _PyUOpInstruction trace[], size_t length)\n\
        {\n    return 0;\n}\n\nvoid\n_PyJIT_Free(_PyExecutorObject *executor)\n{\n    (void)executor;\n}\n";

    #[test]
    fn inserts_at_the_named_places_and_replaces_earlier_insertions() {
        let (once, at) = edit_jit_c("jit.c", JIT).unwrap_or_else(|e| panic!("{e}"));
        let lines: Vec<&str> = once.lines().collect();
        assert!(lines[at[0] - 1].starts_with("#include \"tf_jit_hook.c\""));
        assert_eq!(lines[at[0]], "// Compiles it.");
        assert!(lines[at[1] - 1].contains("tf_fused_compile(executor, trace, length)"));
        assert_eq!(lines[at[1] - 2], "{");
        assert!(lines[at[2] - 1].contains("tf_fused_free(executor)"));
        let (twice, at2) = edit_jit_c("jit.c", &once).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(once, twice);
        assert_eq!(at, at2);
    }

    #[test]
    fn warms_after_quickening_and_lists_loop_locations() {
        let code = "static int\ninit_code(PyCodeObject *co)\n{\n    _PyCode_Quicken(_PyCode_CODE(co), Py_SIZE(co), 1);\n    return 0;\n}\n";
        let (once, line) = edit_codeobject_c("codeobject.c", code).unwrap_or_else(|e| panic!("{e}"));
        assert!(once.lines().nth(line - 1).is_some_and(|l| l.contains("_PyTF_WarmCode(co)")), "{once}");
        assert_eq!(edit_codeobject_c("codeobject.c", &once).map(|r| r.0).ok(), Some(once.clone()));
        let e = edit_codeobject_c("c.c", "int x;\n").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.contains("c.c:1: expected `_PyCode_Quicken"), "{e}");
        let rec =
            crate::record::parse(include_str!("../fixture/recording.json")).unwrap_or_else(|e| panic!("{e}"));
        let (h, n, skipped) = warm(&[rec.clone(), rec.clone()], 15, WARM_MIN_UOPS);
        assert!(n > 0 && skipped == 0 && h.contains(&format!("#define TF_WARM_COUNT {n}")), "{h}");
        assert!(h.contains("#define TF_WARM_VALUE 15"), "{h}");
        let (empty, zero, none) = warm(&[], 0, WARM_MIN_UOPS);
        assert_eq!((zero, none), (0, 0));
        assert!(empty.contains("TF_WARM_COUNT 0"));
    }

    /// A counted loop is warmed only when its executor would do `min_uops` of work; one
    /// the recorder did not count always is, and the most of two recordings counts.
    #[test]
    fn counted_loops_are_warmed_only_when_they_pay() {
        let rec =
            crate::record::parse(include_str!("../fixture/recording.json")).unwrap_or_else(|e| panic!("{e}"));
        let first = rec.executors.iter().position(|e| matches!(e.kind, ExecutorKind::Loop { .. }));
        let first = first.unwrap_or_else(|| panic!("the fixture has no loop"));
        let (entry, body) = match &rec.executors[first].kind {
            ExecutorKind::Loop { qualname, offset, .. } => {
                (format!("\"{qualname}\", {offset}}}"), rec.executors[first].body_uops() as u64)
            }
            ExecutorKind::SideExit { .. } => unreachable!(),
        };
        assert!(body > 0 && body < rec.executors[first].uops.len() as u64, "stubs are no body");
        let with_jumps = |j: u64| {
            let mut r = rec.clone();
            if let ExecutorKind::Loop { jumps, .. } = &mut r.executors[first].kind {
                *jumps = Some(j);
            }
            r
        };
        let (_, all, none) = warm(std::slice::from_ref(&rec), 15, u64::MAX);
        assert_eq!(none, 0, "loops without a count are always warmed");
        // 100 iterations after the 15 of the warm-up: 100 * body uops of fused work.
        let counted = with_jumps(115);
        let (h, n, skipped) = warm(std::slice::from_ref(&counted), 15, 100 * body);
        assert!(h.contains(&entry) && n == all && skipped == 0, "{h}");
        let (h, n, skipped) = warm(std::slice::from_ref(&counted), 15, 100 * body + 1);
        assert!(!h.contains(&entry) && n == all - 1 && skipped == 1, "{h}");
        // Fewer jumps than the warm-up value: no work at all.
        let (h, _, _) = warm(&[with_jumps(3)], 15, 1);
        assert!(!h.contains(&entry), "{h}");
        // Of two recordings, the one that did more decides (no count: always).
        let (h, _, _) = warm(&[with_jumps(3), counted.clone()], 15, 100 * body);
        assert!(h.contains(&entry), "{h}");
        let (h, _, _) = warm(&[with_jumps(3), rec.clone()], 15, u64::MAX);
        assert!(h.contains(&entry), "{h}");
    }

    /// The side exits a warmed loop's executors formed side executors behind are listed
    /// by trace name, with the training side-exit value; a loop left cold lists none.
    #[test]
    fn side_exits_behind_warmed_loops_are_listed() {
        let rec =
            crate::record::parse(include_str!("../fixture/recording.json")).unwrap_or_else(|e| panic!("{e}"));
        let values = WarmValues { jump_backward: 15, side_exit: 63 };
        let t = warm_header(std::slice::from_ref(&rec), values, WARM_MIN_UOPS);
        // The fixture: loop executor 0 (divide_all) with stub 6 leading to side executor 1.
        let name = crate::record::trace_name(&rec.executors[0]);
        assert_eq!(t.exits, 1, "{}", t.header);
        assert!(
            t.header.contains("#define TF_SIDE_WARM_VALUE 63\n#define TF_SIDE_WARM_COUNT 1\n"),
            "{}",
            t.header
        );
        assert!(t.header.contains("tf_side_warm_stubs[1] = {6};"), "{}", t.header);
        assert!(t.header.contains(&format!("{{\"{name}\", 0, 1}},")), "{}", t.header);
        let mut cold = rec.clone();
        if let ExecutorKind::Loop { jumps, .. } = &mut cold.executors[0].kind {
            *jumps = Some(20);
        }
        let t = warm_header(&[cold], values, WARM_MIN_UOPS);
        assert_eq!((t.locations, t.exits), (0, 0), "{}", t.header);
        assert!(
            t.header.contains("#define TF_SIDE_WARM_COUNT 0\n") && !t.header.contains(&name),
            "{}",
            t.header
        );
    }

    #[test]
    fn the_warm_value_is_the_training_trees_threshold() {
        let base = std::env::temp_dir().join(format!("tf-warm-{}", std::process::id()));
        let tree = |name: &str, define: &str| {
            let dir = base.join(name);
            std::fs::create_dir_all(dir.join("Include/internal")).unwrap();
            std::fs::write(dir.join(BACKOFF_H), format!("#pragma once\n{define}\n")).unwrap();
            dir.join("python").display().to_string()
        };
        let rec =
            crate::record::parse(include_str!("../fixture/recording.json")).unwrap_or_else(|e| panic!("{e}"));
        let with = |exe: String| Recording { python_executable: exe, ..rec.clone() };
        let a = with(tree("a", "#define JUMP_BACKWARD_INITIAL_VALUE 15"));
        let b = with(tree("b", "#define JUMP_BACKWARD_INITIAL_VALUE 4095"));
        assert_eq!(training_jump_backward(&[a.clone(), a.clone()]).ok(), Some(15));
        let e = training_jump_backward(&[a, b]).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.contains("is 4095 here and 15 in"), "{e}");
        let c = with(tree("c", "#define JUMP_BACKWARD_INITIAL_VALUE x"));
        let e = training_jump_backward(&[c]).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.contains("pycore_backoff.h:2: JUMP_BACKWARD_INITIAL_VALUE is not an integer"), "{e}");
        let e = training_jump_backward(&[rec]).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            e.contains("cannot read the training build's warm-up threshold")
                && e.contains("/invented/python"),
            "{e}"
        );
        let _ = std::fs::remove_dir_all(&base);
    }

    #[test]
    fn refuses_a_file_without_the_places() {
        let e =
            edit_jit_c("x/jit.c", "int main(void)\n{\n}\n").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.contains("x/jit.c:1: expected one definition of _PyJIT_Compile (found 0)"), "{e}");
        let two = format!("{JIT}\nint\n_PyJIT_Compile(void)\n{{\n}}\n");
        let e = edit_jit_c("jit.c", &two).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.contains("found 2"), "{e}");
    }
}
