//! The imported library goes through tracefuse's generator: every uop gets its per-uop
//! stencil, and a trace that carries CPython-style exit stubs fuses into one stencil for
//! x86-64 and AArch64 Linux — guards branch to the stubs inside it (no jump-target or
//! error-target hole is left), the stubs leave by returning the resume pointer or by a
//! tail call, and per-uop stencils reach their stubs through `_JIT_JUMP_TARGET` and
//! `_JIT_ERROR_TARGET`, as CPython's own stencils do.

use crate::common;

use std::path::Path;
use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::{ExitKind, StencilResult, UopLibrary};
use tracefuse::hole::HoleValue;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{generate, Build};
use tracefuse::target::Target;
use tracefuse::traces::TraceSet;
use tracefuse_cpython::{import, CpythonTree};

/// A linear trace over the fixture's uops, in the recorded form: the trace, then its
/// stubs. `target` packs (error stub << 16) | jump stub, as `_PyUOpInstruction` does.
const TRACE: &str = "\
trace: divide_locals
library: cpython
locals: 2
stack_size: 4
instructions:
  - {uop: _RECORD_IP, operand0: {runtime: 4096}}
  - {uop: _PUSH_LOCAL_0}
  - {uop: _GUARD_TOP_IS_SMALL, target: 6}
  - {uop: _PUSH_LOCAL, oparg: 1}
  - {uop: _DIVIDE, target: 458752}
  - {uop: _EXIT_TRACE, operand0: {runtime: 8192}}
stubs:
  - {uop: _DEOPT, target: 17}
  - {uop: _ERROR_POP_N, oparg: 0, operand0: 12}
";

/// A segment of TRACE as `tracefuse cpython record --segments` writes one: instructions
/// 1..5, the guard's deopt renumbered to stub copy 4, the error to copy 5.
const SEGMENT: &str = "\
trace: seg00000_4
library: cpython
locals: 2
stack_size: 4
instructions:
  - {uop: _PUSH_LOCAL_0}
  - {uop: _GUARD_TOP_IS_SMALL, target: 4}
  - {uop: _PUSH_LOCAL, oparg: {runtime: 1}}
  - {uop: _DIVIDE, target: 327680}
stubs:
  - {uop: _DEOPT, target: {runtime: 17}}
  - {uop: _ERROR_POP_N, oparg: 0, operand0: {runtime: 12}}
";

fn holes(s: &tracefuse::stencil::Stencil) -> Vec<&HoleValue> {
    s.code_holes.iter().chain(&s.data_holes).map(|h| &h.value).collect()
}

#[test]
fn imported_fixture_fuses_a_trace_with_exit_stubs() {
    let tree = CpythonTree::open(common::fixture()).unwrap_or_else(|e| panic!("{e}"));
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let out = tmp.join("fuse-fixture-library");
    let report = import(&tree, &out).unwrap_or_else(|e| panic!("{e}"));
    let lib = UopLibrary::load(&report.manifest).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(lib.stencil_result, StencilResult::Pointer);
    assert!(lib.exit_routing.is_some());

    let traces = tmp.join("fuse-fixture-traces");
    let _ = std::fs::remove_dir_all(&traces);
    std::fs::create_dir_all(&traces).unwrap();
    std::fs::write(traces.join("divide_locals.yaml"), TRACE).unwrap();
    let set = TraceSet::load_dir(&traces, &lib).unwrap_or_else(|e| panic!("{e}"));
    let trace = &set.traces[0];
    assert_eq!((trace.stubs_from, trace.instructions.len()), (6, 8));

    for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
        let stencils = fuse_for(&lib, &set, triple);
        for u in &lib.uops {
            assert!(stencils.uops.contains_key(&u.name), "{triple}: no per-uop stencil for {}", u.name);
        }
        let fused = &stencils.fused[0].stencil;
        let values = holes(fused);
        assert!(
            !values.iter().any(|v| matches!(v, HoleValue::JumpTarget | HoleValue::ErrorTarget)),
            "{triple}: the fused trace still leaves through a jump/error target hole: {values:?}"
        );
        // The runtime operands are holes; the stubs' exit data too.
        for i in [0, 5] {
            assert!(
                values.contains(&&HoleValue::Field {
                    instruction: Some(i),
                    field: tracefuse::hole::Field::Operand0
                }),
                "{triple}: no operand0[{i}] hole: {values:?}"
            );
        }
        // The hook's entry counter: one address in the fused stencil (x86-64: one hole;
        // AArch64: its four movz/movk pieces), never in a per-uop one.
        let counters = values.iter().filter(|v| ***v == HoleValue::EntryCount).count();
        let want = if triple.starts_with("aarch64") { 4 } else { 1 };
        assert_eq!(counters, want, "{triple}: entry counter holes in the fused stencil: {values:?}");
        assert!(
            stencils.uops.values().all(|s| !holes(s).contains(&&HoleValue::EntryCount)),
            "{triple}: a per-uop stencil counts entries"
        );
        let guard = holes(&stencils.uops["_GUARD_TOP_IS_SMALL"]);
        assert!(guard.contains(&&HoleValue::JumpTarget), "{triple}: {guard:?}");
        let divide = holes(&stencils.uops["_DIVIDE"]);
        assert!(divide.contains(&&HoleValue::ErrorTarget), "{triple}: {divide:?}");
        // Fusion pays even here: one stencil instead of eight.
        let (stitched_code, _, stitched_holes) = stencils.stitched_size(0).unwrap();
        assert!(
            fused.code.len() < stitched_code,
            "{triple}: fused {} vs stitched {stitched_code}",
            fused.code.len()
        );
        assert!(
            fused.holes() < stitched_holes,
            "{triple}: fused {} holes vs {stitched_holes}",
            fused.holes()
        );
    }
    // The prelude's frame layout reaches the core: the trace's locals and stack can be kept
    // in registers.
    let (target, pipeline) = (Target::by_triple("x86_64-unknown-linux-gnu").unwrap(), Pipeline::default());
    let build = Build { lib: &lib, target: &target, pipeline: &pipeline };
    let bc = BodyCompiler::new(&tmp.join("fuse-fixture-cache"))
        .unwrap()
        .compile_library(&lib, &target.triple)
        .unwrap_or_else(|e| panic!("{e}"));
    // (The pipeline keeps slots in registers in loops; this trace is straight-line.)
    let mut plan = tracefuse::plan::fused_plan(&lib, &set, 0, &pipeline);
    assert!(plan.frame_slots.is_none());
    plan.frame_slots = Some(tracefuse::slots::Slots { fault_exits: false });
    // The executor's validity byte is declared written only by calls (TF_CALL_WRITTEN);
    // no inline code of the fixture writes it (stage 5d is off by default and for
    // straight-line traces: turned on here).
    plan.call_written = Some(tracefuse::call_written::CallWritten);
    let report = tracefuse::pipeline::pass_report(&build, &bc, &target.machine().unwrap(), &plan)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(report.slots.slots > 0 && report.slots.declined.is_none(), "{:?}", report.slots);
    assert_eq!(report.call_written.declined, None);
}

#[test]
fn stubs_are_checked() {
    let tree = CpythonTree::open(common::fixture()).unwrap_or_else(|e| panic!("{e}"));
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let out = tmp.join("fuse-fixture-library-checks");
    let report = import(&tree, &out).unwrap_or_else(|e| panic!("{e}"));
    let lib = UopLibrary::load(&report.manifest).unwrap_or_else(|e| panic!("{e}"));
    let load = |name: &str, text: String| {
        let dir = tmp.join(format!("fuse-stub-{name}"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("t.yaml"), text).unwrap();
        TraceSet::load_dir(&dir, &lib).map(|_| ()).map_err(|e| e.to_string())
    };
    assert_eq!(load("ok", TRACE.to_string()), Ok(()));
    // A guard whose jump target is past the stubs.
    let err = load("far", TRACE.replace("target: 6}", "target: 9}")).unwrap_err();
    assert!(err.contains("t.yaml:8:") && err.contains("goes to instruction 9"), "{err}");
    // A stub that is not a terminator.
    let err =
        load("not_terminal", TRACE.replace("{uop: _DEOPT, target: 17}", "{uop: _PUSH_LOCAL_0}")).unwrap_err();
    assert!(err.contains("not a terminator"), "{err}");
    // An error stub popping more than the failing instruction leaves.
    let err =
        load("underflow", TRACE.replace("oparg: 0, operand0: 12", "oparg: 3, operand0: 12")).unwrap_err();
    assert!(err.contains("stack underflow"), "{err}");

    // A stub whose uop may exit is routed too: its destination must be one of the trace's
    // own instructions (in a trace tree, past the stubs is the next member's code).
    let mut manifest = lib.to_manifest();
    let deopt = manifest.uops.iter_mut().find(|u| u.name == "_DEOPT").unwrap();
    assert_eq!(deopt.exits, [ExitKind::Return]);
    deopt.exits.push(ExitKind::Deopt);
    // The import's header stays, so that the next run's import replaces the folder.
    let text = std::fs::read_to_string(&report.manifest).unwrap();
    let header: String = text.lines().take_while(|l| l.starts_with('#')).map(|l| format!("{l}\n")).collect();
    std::fs::write(&report.manifest, header + &serde_yaml::to_string(&manifest).unwrap()).unwrap();
    let lib = UopLibrary::load(&report.manifest).unwrap_or_else(|e| panic!("{e}"));
    let load = |name: &str, text: String| load_trace(&lib, name, &text).map(|_| ());
    let err = load("stub_far", TRACE.to_string()).unwrap_err();
    assert!(
        err.contains("t.yaml:13:")
            && err.contains("stub 0 (_DEOPT)")
            && err.contains("goes to instruction 17"),
        "{err}"
    );
    // Routed to the error stub beside it, it loads.
    assert_eq!(
        load("stub_near", TRACE.replace("{uop: _DEOPT, target: 17}", "{uop: _DEOPT, target: 7}")),
        Ok(())
    );
}

/// A trace that inlines a call: the caller pushes the callee's frame (here a local, as
/// the frame object a creating uop would leave), enters it, runs on the callee's own
/// stack (a guard and an error exit inside it, each with its stub), returns a value to
/// the caller's stack and leaves. Stubs 8 and 9 run on the callee's frame.
const CALL_TRACE: &str = "\
trace: call_and_return
library: cpython
locals: 2
stack_size: 4
instructions:
  - {uop: _PUSH_LOCAL, oparg: 1}
  - {uop: _ENTER_FRAME, frame: {locals: 1, stack_size: 2}}
  - {uop: _PUSH_LOCAL_0}
  - {uop: _GUARD_TOP_IS_SMALL, target: 8}
  - {uop: _PUSH_LOCAL_0}
  - {uop: _DIVIDE, target: 589824}
  - {uop: _LEAVE_FRAME}
  - {uop: _EXIT_TRACE, operand0: {runtime: 8192}}
stubs:
  - {uop: _DEOPT, target: 17}
  - {uop: _ERROR_POP_N, oparg: 0, operand0: 12}
";

fn fixture_library(name: &str) -> UopLibrary {
    let tree = CpythonTree::open(common::fixture()).unwrap_or_else(|e| panic!("{e}"));
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let report = import(&tree, &out).unwrap_or_else(|e| panic!("{e}"));
    UopLibrary::load(&report.manifest).unwrap_or_else(|e| panic!("{e}"))
}

fn load_trace(lib: &UopLibrary, name: &str, text: &str) -> Result<TraceSet, String> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fuse-frame-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("t.yaml"), text).unwrap();
    TraceSet::load_dir(&dir, lib).map_err(|e| e.to_string())
}

#[test]
fn a_trace_through_a_frame_push_fuses() {
    let lib = fixture_library("fuse-frame-library");
    let set = load_trace(&lib, "ok", CALL_TRACE).unwrap_or_else(|e| panic!("{e}"));
    let trace = &set.traces[0];
    let size = |locals, stack_size| tracefuse::traces::FrameSize { locals, stack_size };
    assert_eq!(trace.frames, [size(2, 4), size(1, 2)]);
    // Depths count on the frame each instruction runs on; the stubs on the callee's.
    assert_eq!(trace.frame_of, [0, 0, 1, 1, 1, 1, 1, 0, 1, 1]);
    assert_eq!(trace.depths, [0, 1, 0, 1, 1, 2, 1, 1, 1, 2]);

    for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
        let stencils = fuse_for(&lib, &set, triple);
        assert!(stencils.uops.contains_key("_ENTER_FRAME") && stencils.uops.contains_key("_LEAVE_FRAME"));
        let fused = &stencils.fused[0].stencil;
        let values = holes(fused);
        assert!(
            !values.iter().any(|v| matches!(v, HoleValue::JumpTarget | HoleValue::ErrorTarget)),
            "{triple}: the fused trace still leaves through a jump/error target hole: {values:?}"
        );
        let (stitched_code, _, stitched_holes) = stencils.stitched_size(0).unwrap();
        assert!(fused.code.len() < stitched_code, "{triple}: fused {} vs {stitched_code}", fused.code.len());
        assert!(fused.holes() < stitched_holes, "{triple}: {} holes vs {stitched_holes}", fused.holes());
    }
}

#[test]
fn frame_pushes_are_checked() {
    let lib = fixture_library("fuse-frame-library-checks");
    let err = |name: &str, text: String| load_trace(&lib, name, &text).map(|_| ()).unwrap_err();
    // The callee's stack is its own: two values do not fit a frame of one slot, and the
    // error names the file, the line and the frame.
    let e = err("small", CALL_TRACE.replace("stack_size: 2}", "stack_size: 1}"));
    assert!(
        e.contains("t.yaml:10:")
            && e.contains("instruction 4 (_PUSH_LOCAL_0): stack overflow: depth 2 exceeds stack_size 1 in the frame instruction 1 (_ENTER_FRAME) pushed"),
        "{e}"
    );
    // Depths count on the callee's own stack: with one push removed, _DIVIDE finds one
    // value there (a single-stack count would not see the frame switch at all).
    let e = err(
        "reach",
        CALL_TRACE.replace("  - {uop: _PUSH_LOCAL_0}\n  - {uop: _GUARD_TOP_IS_SMALL, target: 8}\n", ""),
    );
    assert!(
        e.contains("t.yaml:9:") && e.contains("stack underflow: pops 2 but the stack holds 1 in the frame"),
        "{e}"
    );
    // A push must say what it enters; nothing else may say it.
    let e = err("unsized", CALL_TRACE.replace(", frame: {locals: 1, stack_size: 2}", ""));
    assert!(
        e.contains("t.yaml:7:") && e.contains("_ENTER_FRAME pushes a frame: give the frame it enters"),
        "{e}"
    );
    let e = err(
        "stray",
        CALL_TRACE.replace("{uop: _LEAVE_FRAME}", "{uop: _LEAVE_FRAME, frame: {locals: 1, stack_size: 2}}"),
    );
    assert!(e.contains("t.yaml:12:") && e.contains("_LEAVE_FRAME pushes no frame: remove it"), "{e}");
    let e =
        err("typo", CALL_TRACE.replace("frame: {locals: 1, stack_size: 2}", "frame: {locals: 1, stack: 2}"));
    assert!(e.contains("t.yaml:7:") && e.contains("frame: unknown field `stack`"), "{e}");
    // A return with no push before it would run on a caller the trace does not describe.
    let e = err(
        "orphan_pop",
        CALL_TRACE.replace(
            "  - {uop: _ENTER_FRAME, frame: {locals: 1, stack_size: 2}}\n",
            "  - {uop: _PUSH_LOCAL_0}\n",
        ),
    );
    assert!(
        e.contains("t.yaml:12:") && e.contains("returns from the frame the trace is entered with"),
        "{e}"
    );
}

/// A recording (fixture/recording-call.json) of a loop that inlines a call, converted
/// and fused: the push carries the callee's frame size, the side exit inside the call is
/// skipped (it would run on the callee's frame, which a side exit's recording does not
/// give), and a push whose callee is not recorded enters an empty frame, so a trace that
/// used that frame is refused when it loads.
#[test]
fn a_recorded_trace_through_a_call_fuses() {
    use tracefuse_cpython::record;
    let tree = CpythonTree::open(common::fixture()).unwrap_or_else(|e| panic!("{e}"));
    let lib = fixture_library("fuse-recorded-call-library");
    let path = common::fixture().join("recording-call.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let convert = |text: &str| {
        let rec = record::parse_labelled("call.json", text).unwrap_or_else(|e| panic!("{e}"));
        record::convert(&rec, &tree, "call.json").unwrap_or_else(|e| panic!("{e}"))
    };
    let conv = convert(&text);
    assert_eq!(conv.traces.len(), 2, "{:?}", conv.skipped);
    assert_eq!(conv.skipped.len(), 1);
    assert!(conv.skipped[0].0 == 1 && conv.skipped[0].1.contains("inside a call the parent inlined"));
    assert_eq!(conv.unknown_frames, 1);
    let (call, recurse) = (&conv.traces[0], &conv.traces[1]);
    let frame = |l, s| Some(tracefuse::traces::FrameSize { locals: l, stack_size: s });
    assert_eq!(call.file.instructions[2].uop, "_ENTER_FRAME");
    assert_eq!(call.file.instructions[2].frame, frame(1, 2));
    assert!(
        call.notes.iter().any(|n| n == "Instruction 2 (_ENTER_FRAME) enters helper."),
        "{:?}",
        call.notes
    );
    assert_eq!(recurse.file.instructions[1].frame, frame(0, 0));

    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.join("fuse-recorded-call-traces");
    let _ = std::fs::remove_dir_all(&dir);
    let mut conv = conv;
    assert_eq!(record::check(&mut conv, &lib, &dir).unwrap(), 0);
    record::write(&conv, &dir).unwrap();
    let set = TraceSet::load_dir(&dir, &lib).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(set.traces[0].frames.len(), 2);
    let stencils = fuse_for(&lib, &set, "x86_64-unknown-linux-gnu");
    assert_eq!(stencils.fused.len(), 2);

    // The unrecorded callee's frame is empty: a trace that runs on in it is not written
    // (validation would refuse it), and the converter says why; a recursive call that
    // ends the trace at once still converts (above).
    let bad = text.replacen(
        "\"frame\": null},",
        "\"frame\": null},\n    {\"name\": \"_PUSH_LOCAL_0\", \"oparg\": 0, \"target\": 7, \"operand0\": 0, \"operand1\": 0, \"uop_id\": 407},",
        1,
    );
    let conv = convert(&bad);
    assert!(conv.traces.iter().all(|t| t.name != "cpy0002_recurse_16"), "the trace was written");
    assert!(
        conv.skipped.iter().any(|(i, why)| *i == 2 && why.contains("names no live function")),
        "{:?}",
        conv.skipped
    );
}

/// What `hook::install` says for a folder without a stencil pack.
fn tree_error_for(dir: &Path) -> String {
    let tree_dir = common::scratch("hook-not-pack");
    let tree = CpythonTree::open(&tree_dir).unwrap_or_else(|e| panic!("{e}"));
    tracefuse_cpython::hook::install(&tree, dir, &[], tracefuse_cpython::hook::WARM_MIN_UOPS)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default()
}

/// CI builds the hook the way a CPython build does, against the fixture's stand-ins for
/// `Python/jit.c` and `Objects/codeobject.c`: `hook::install` edits them and copies in the
/// fused stencils as a pack (linked in by `.incbin`), clang compiles the result with
/// warnings as errors, and a driver
/// (tests/hook_driver.c) runs `_PyJIT_Compile` on the recorded trace (the hook installs
/// the fused stencil in read+execute memory), on a trace with another local (no whole
/// trace serves it, a segment does: installed with the segment in place), and on two
/// traces no segment serves (another stub structure, another uop: stitched). The tree is
/// warmed from the fixture recording, whose loop executor is that trace (named as the
/// converter names it) with a side executor behind its `_EXIT_TRACE` stub: installing the
/// fused stencil gives that exit the training side-exit value, and only when the stub's
/// operand is one of the executor's own exits; a new code object with the recorded loop
/// gets the training warm-up value at its JUMP_BACKWARD, and one of another first line
/// (in the same bit of the hook's line filter), name or file does not. A change that
/// breaks the hook's C, its segment lookup, its renumbering or its warming fails here.
#[test]
fn the_hook_compiles_into_the_fixtures_jit_c_and_installs_the_fused_trace() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hook-build");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let lib = fixture_library("hook-build-library");
    // TRACE, and a segment of it (docs/cpython.md, "Segments"): instructions 1..5, exits
    // renumbered to copies of the stubs they reach, the local a hole.
    let traces = tmp.join("traces");
    std::fs::create_dir_all(&traces).unwrap();
    // Named as the converter names the fixture recording's loop executor, so that the warm
    // table's side exit (below) is this trace's.
    let name = "cpy0000_divide_all_40";
    std::fs::write(
        traces.join(format!("{name}.yaml")),
        TRACE.replace("trace: divide_locals", &format!("trace: {name}")),
    )
    .unwrap();
    std::fs::write(traces.join("seg00000_4.yaml"), SEGMENT).unwrap();
    let set = TraceSet::load_dir(&traces, &lib).unwrap_or_else(|e| panic!("{e}"));
    let target = Target::for_host().unwrap();
    let stencils = fuse_for(&lib, &set, &target.triple);
    use tracefuse::writers::{write_target, Format};
    let pack = write_target(&tmp.join("stencils"), &stencils, &target, &[Format::Pack]).unwrap();
    // Not a pack: refused, naming what to pass.
    let not_pack = tree_error_for(&tmp);
    assert!(not_pack.contains("--format pack"), "{not_pack}");

    let tree_dir = common::scratch("hook-build");
    let tree = CpythonTree::open(&tree_dir).unwrap_or_else(|e| panic!("{e}"));
    // The recording: the fixture's, its python in a training tree of this test's (the hook
    // reads the warm-up values beside it), a side executor behind stub 5 (`_EXIT_TRACE`).
    let train = tmp.join("train");
    std::fs::create_dir_all(train.join("Include/internal")).unwrap();
    std::fs::write(
        train.join("Include/internal/pycore_backoff.h"),
        "#define JUMP_BACKWARD_INITIAL_VALUE 15\n#define SIDE_EXIT_INITIAL_VALUE 63\n",
    )
    .unwrap();
    let mut rec = tracefuse_cpython::record::parse(include_str!("../../fixture/recording.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    rec.python_executable = train.join("python").display().to_string();
    rec.executors[0].exits = vec![(5, 1)];
    assert_eq!(tracefuse_cpython::record::trace_name(&rec.executors[0]), name);
    let report =
        tracefuse_cpython::hook::install(&tree, &pack, &[rec], tracefuse_cpython::hook::WARM_MIN_UOPS)
            .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((report.warm_locations, report.warm_exits), (1, 1));
    let jit_c = std::fs::read_to_string(tree_dir.join("Python/jit.c")).unwrap();
    assert!(jit_c.contains("tf_fused_compile(executor, trace, length)"), "{jit_c}");

    let driver = tmp.join("hook-driver");
    let clang = std::env::var("TRACEFUSE_CLANG").unwrap_or_else(|_| "clang-19".into());
    let out = std::process::Command::new(&clang)
        .args(["-std=c11", "-O1", "-Wall", "-Wextra", "-Werror", "-Wno-unused-parameter"])
        .arg("-I")
        .arg(tree_dir.join("Include"))
        .arg("-I")
        .arg(tree_dir.join("Include/internal"))
        .arg("-I")
        .arg(tree_dir.join("Python"))
        .arg("-I")
        .arg(&tree_dir)
        .arg(tree_dir.join("Python/jit.c"))
        .arg(tree_dir.join("Objects/codeobject.c"))
        .arg(common::fixture().join("../tests/hook_driver.c"))
        .arg("-o")
        .arg(&driver)
        .output()
        .unwrap_or_else(|e| panic!("{clang}: {e}"));
    assert!(out.status.success(), "the hook does not compile:\n{}", String::from_utf8_lossy(&out.stderr));

    let run = std::process::Command::new(&driver).env("TRACEFUSE_STATS", "-").output().unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "driver failed ({}):\n{stdout}{stderr}", run.status);
    for want in [
        "divide_locals: fused",
        "other_local: fused",
        "other_stubs: stitched",
        "other_uop: stitched",
        "warmed exit: fused, temperature 63 << 4 | 12",
        "foreign exit: fused, temperature untouched",
        "recorded loop: warmed",
        "same filter bit: cold",
        "other name: cold",
        "other file: cold",
    ] {
        assert!(stdout.contains(want), "{want}: {stdout}");
    }
    assert!(stderr.contains("fused=3 stitched=3 refused=0"), "the hook's statistics: {stderr}");
    assert!(stderr.contains("exits_warmed=1\n"), "the hook's statistics: {stderr}");
    assert!(
        stderr.contains("segmented=1 segment_stencils=1 segment_uops=4")
            && stderr.contains("segments_loaded=1"),
        "the hook's statistics: {stderr}"
    );
}

/// `record::check` runs the generator's own validation on each converted trace: the
/// fixture recordings of the two shapes CPython forms that once stopped a build. A loop
/// closed in a deeper frame of its own code (walk → visit → walk, the back edge on the
/// frame the second call pushed) passes, loads and fuses; a call whose recorded frame is
/// smaller than the stack the trace uses in it is taken out of the conversion with the
/// generator's reason (file, line, what), and the rest is written and loads. A deeper
/// frame of another size at the back edge is refused the same way.
#[test]
fn the_converter_keeps_only_what_the_generator_accepts() {
    use tracefuse_cpython::record;
    let tree = CpythonTree::open(common::fixture()).unwrap_or_else(|e| panic!("{e}"));
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let lib = record::library(&tree, &tmp.join("fuse-check-library")).unwrap_or_else(|e| panic!("{e}"));
    let convert = |name: &str, text: &str| {
        let rec = record::parse_labelled(name, text).unwrap_or_else(|e| panic!("{e}"));
        let mut conv = record::convert(&rec, &tree, name).unwrap_or_else(|e| panic!("{e}"));
        let dir = tmp.join(format!("fuse-check-{name}"));
        let _ = std::fs::remove_dir_all(&dir);
        let refused = record::check(&mut conv, &lib, &dir).unwrap_or_else(|e| panic!("{e}"));
        assert!(conv.checked);
        record::write(&conv, &dir).unwrap();
        let set = TraceSet::load_dir(&dir, &lib).unwrap_or_else(|e| panic!("{name}: {e}"));
        (conv, refused, set)
    };
    let read = |name: &str| std::fs::read_to_string(common::fixture().join(name)).unwrap();

    let recursion = read("recording-recursion.json");
    let (conv, refused, set) = convert("recursion.json", &recursion);
    assert_eq!((refused, conv.traces.len(), conv.skipped.len()), (0, 2, 0), "{:?}", conv.skipped);
    let walk = &set.traces[0];
    let size = |locals, stack_size| tracefuse::traces::FrameSize { locals, stack_size };
    assert_eq!(walk.frames, [size(2, 3), size(1, 2), size(2, 3)]);
    assert_eq!(walk.frame_of[7], 2, "the back edge is on the second pushed frame");
    let stencils = fuse_for(&lib, &set, "x86_64-unknown-linux-gnu");
    assert_eq!(stencils.fused.len(), 2);

    // The same loop, but the frame it closes in is not the size of its own: refused.
    let other = recursion.replacen(
        "\"frame\": {\"nlocalsplus\": 2, \"stacksize\": 3, \"qualname\": \"walk\"}",
        "\"frame\": {\"nlocalsplus\": 2, \"stacksize\": 4, \"qualname\": \"walk\"}",
        1,
    );
    assert_ne!(other, recursion);
    let (conv, refused, set) = convert("recursion-other.json", &other);
    assert_eq!((refused, set.traces.len()), (1, 1));
    let (i, why) = &conv.skipped[0];
    assert_eq!(*i, 0);
    assert!(
        why.starts_with("tracefuse generate would refuse it: cpy0000_walk_40.yaml:")
            && why.contains("jumps back to the top in the frame instruction 4 (_ENTER_FRAME) pushed, which has 2 locals and stack_size 4"),
        "{why}"
    );

    let (conv, refused, set) = convert("small-frame.json", &read("recording-small-frame.json"));
    assert_eq!((refused, conv.traces.len(), set.traces.len()), (1, 1, 1));
    assert_eq!(set.traces[0].name, "cpy0001_count_12");
    let (i, why) = &conv.skipped[0];
    assert_eq!(*i, 0);
    assert!(
        why.starts_with("tracefuse generate would refuse it: cpy0000_sum_pairs_28.yaml:")
            && why.contains("instruction 4 (_PUSH_LOCAL_0): stack overflow: depth 2 exceeds stack_size 1"),
        "{why}"
    );
    // The counts describe what is written.
    assert_eq!(conv.uops, 8);
    assert!(!conv.distinct.contains("_ENTER_FRAME"), "{:?}", conv.distinct);
}

/// The set's stencils for `triple`, the bodies compiled (or taken from the tests' shared
/// body cache) first.
fn fuse_for(lib: &UopLibrary, set: &TraceSet, triple: &str) -> tracefuse::set::StencilSet {
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuse-fixture-cache");
    let bc = BodyCompiler::new(&cache)
        .unwrap()
        .compile_library(lib, triple)
        .unwrap_or_else(|e| panic!("{triple}: {e}"));
    generate(
        &Build { lib, target: &Target::by_triple(triple).unwrap(), pipeline: &Pipeline::default() },
        set,
        &bc,
        2,
    )
    .unwrap_or_else(|e| panic!("{triple}: {e}"))
}
