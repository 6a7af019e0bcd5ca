//! The imported library goes through tracefuse's generator: every uop gets its per-uop
//! stencil, and a trace that carries CPython-style exit stubs fuses into one stencil for
//! x86-64 and AArch64 Linux — guards branch to the stubs inside it (no jump-target or
//! error-target hole is left), the stubs leave by returning the resume pointer or by a
//! tail call, and per-uop stencils reach their stubs through `_JIT_JUMP_TARGET` and
//! `_JIT_ERROR_TARGET`, as CPython's own stencils do.

mod common;

use std::path::Path;
use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::{StencilResult, UopLibrary};
use tracefuse::hole::HoleValue;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::generate;
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

    let cache = tmp.join("fuse-fixture-cache");
    for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
        let target = Target::by_triple(triple).unwrap();
        let bc = BodyCompiler::new(&cache)
            .unwrap()
            .compile_library(&lib, triple)
            .unwrap_or_else(|e| panic!("{triple}: {e}"));
        let stencils = generate(&lib, &set, &bc, &target, &Pipeline::default(), 2)
            .unwrap_or_else(|e| panic!("{triple}: {e}"));
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
}
