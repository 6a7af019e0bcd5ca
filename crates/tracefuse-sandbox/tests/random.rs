//! Random differential traces: a bounded run agrees in all three modes, the generated
//! traces take every kind of exit (so agreement is not trivial), and a trace whose
//! stitched and fused forms disagree is reported with a shrunk reproducer.

use std::collections::BTreeSet;
use tracefuse::definitions::UopLibrary;
use tracefuse::traces::TraceSet;
use tracefuse_sandbox::cases::{ExitOutcome, Suite};
use tracefuse_sandbox::runtime::Runtime;

fn lib() -> UopLibrary {
    UopLibrary::load(&tracefuse_sandbox::default_library_dir()).unwrap()
}

fn scratch(name: &str) -> std::path::PathBuf {
    let d = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn random_traces_are_valid_and_take_every_kind_of_exit() {
    let lib = lib();
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let runtime = Runtime::for_library(&lib, &cache).unwrap();
    let dir = scratch("random_kinds");
    let mut kinds = BTreeSet::new();
    let mut errors = BTreeSet::new();
    let (mut loops, mut long) = (0, 0);
    for i in 0..150 {
        let path = dir.join(format!("t{i}.yaml"));
        std::fs::write(&path, tracefuse_sandbox::random::random_trace(7, i).unwrap()).unwrap();
        let set = TraceSet::load_files(std::slice::from_ref(&path), &lib)
            .unwrap_or_else(|e| panic!("random trace {i} is invalid: {e}"));
        let suite = Suite::new(lib.clone(), set, runtime).unwrap();
        let t = &suite.set.traces[0];
        loops += t.is_loop as usize;
        long += (t.instructions.len() >= 100) as usize;
        for case in &suite.tests[0].cases {
            let snap = tracefuse_sandbox::vm::interpret_case(&suite, 0, case).unwrap();
            kinds.insert(snap.exit.kind);
            errors.insert(snap.error);
        }
    }
    assert!(loops > 30 && loops < 120, "loops and linear traces both appear ({loops} loops)");
    assert!(long > 3, "some traces are long ({long})");
    for k in [ExitOutcome::End, ExitOutcome::Deopt, ExitOutcome::SideExit, ExitOutcome::Error] {
        assert!(kinds.contains(&k), "no random case ended with {k:?}: {kinds:?}");
    }
    assert!(errors.len() >= 2, "errors raised: {errors:?}");
}

#[test]
fn bounded_random_run_agrees() {
    let lib = lib();
    let dir = scratch("random_run");
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let report = tracefuse_sandbox::random::run(&lib, 2026, 200, &cache, &dir, &|_, _| {}).unwrap();
    assert_eq!(report.traces, 200);
    assert!(report.failures.is_empty(), "mismatches: {:?}", report.failures);
}

#[test]
fn random_traces_give_allocation_sinking_work() {
    // The random run above proves agreement; this proves it covers the sinking pass: some
    // random traces, loops among them, have float boxes the pass removes.
    let lib = lib();
    let target = tracefuse::target::Target::by_triple("x86_64-unknown-linux-gnu").unwrap();
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let bc =
        tracefuse::bodies::BodyCompiler::new(&cache).unwrap().compile_library(&lib, &target.triple).unwrap();
    let machine = target.machine().unwrap();
    let pipeline = tracefuse::optimize::Pipeline::default();
    let dir = scratch("random_sinking");
    let (mut sunk, mut sunk_loops, mut declined) = (0, 0, 0);
    for i in 0..120 {
        let path = dir.join(format!("t{i}.yaml"));
        std::fs::write(&path, tracefuse_sandbox::random::random_trace(7, i).unwrap()).unwrap();
        let set = TraceSet::load_files(std::slice::from_ref(&path), &lib).unwrap();
        let plan = tracefuse::pipeline::fused_plan(&lib, &set, 0, &pipeline);
        let report =
            tracefuse::pipeline::sink_report(&lib, &bc, &target, &machine, &pipeline, &plan).unwrap();
        if report.sunk > 0 {
            sunk += 1;
            sunk_loops += set.traces[0].is_loop as usize;
        }
        declined += report.declined.len();
    }
    assert!(sunk >= 5 && sunk_loops >= 2, "{sunk} random traces sink boxes, {sunk_loops} of them loops");
    assert!(declined < sunk, "the pass declines more often ({declined}) than it works ({sunk})");
}
