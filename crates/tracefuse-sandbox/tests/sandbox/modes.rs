//! Execution: every bundled case in the interpreter matches its hand-written expectation;
//! stitched and fused stencils match the interpreter exactly; and a deliberately broken
//! fused stencil is caught.

use crate::common;

use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::{ExitKind, UopLibrary};
use tracefuse::hole::HoleValue;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{build_stencil, generate, Build};
use tracefuse::plan::{Shadow, StencilPlan};
use tracefuse::set::StencilSet;
use tracefuse::sink::Sink;
use tracefuse::target::Target;
use tracefuse::traces::TraceSet;
use tracefuse_sandbox::cases::Suite;
use tracefuse_sandbox::check::{check_all, Mode};

use common::cache;

fn inputs() -> Suite {
    common::bundled()
}

fn host_stencils(
    lib: &UopLibrary,
    set: &TraceSet,
) -> (StencilSet, tracefuse::bodies::LibraryBitcode, Target) {
    let target = Target::by_triple("x86_64-unknown-linux-gnu").unwrap();
    let bc = BodyCompiler::new(&cache()).unwrap().compile_library(lib, &target.triple).unwrap();
    let st = generate(&Build { lib, target: &target, pipeline: &Pipeline::default() }, set, &bc, 2).unwrap();
    (st, bc, target)
}

/// The bundled traces' stencils built with `pipeline`, after checking that every case
/// runs fused as the interpreter runs it.
fn agreeing(
    suite: &Suite,
    bc: &tracefuse::bodies::LibraryBitcode,
    target: &Target,
    pipeline: &Pipeline,
) -> StencilSet {
    let stencils = generate(&Build { lib: &suite.lib, target, pipeline }, &suite.set, bc, 2).unwrap();
    let report = check_all(suite, &stencils, &[Mode::Interp, Mode::Fused]).unwrap();
    assert!(report.mismatches.is_empty(), "{pipeline:?}: {}", report.mismatches.join("\n"));
    stencils
}

#[test]
fn bundled_traces_cover_what_the_foundation_asks_for() {
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    assert!(lib.uops.len() >= 30, "at least 30 uops");
    assert!(set.traces.len() >= 12, "at least 12 bundled traces");
    assert!(set.traces.iter().filter(|t| t.is_loop).count() >= 5, "loop kernels");
    let straight: Vec<_> = set.traces.iter().filter(|t| !t.is_loop && t.instructions.len() >= 40).collect();
    assert!(straight.len() >= 3, "startup-like straight-line traces of 40+ instructions");
    assert!(set.traces.iter().any(|t| t.instructions.iter().any(|i| i.exit_to.is_some())), "a trace tree");
    for (t, tests) in set.traces.iter().zip(&suite.tests) {
        assert!(tests.cases.iter().any(|c| c.name == "fast"), "{} has a fast-path case", t.name);
        assert!(tests.cases.iter().all(|c| c.expect.is_some()), "{}: every case has an expectation", t.name);
    }
}

/// Every guard (an instruction that can deopt or side exit, except `_CHECK_VALIDITY`,
/// which cannot fail in the sandbox) is the exit of some case, and so is every error path
/// that inputs can reach (the others fail only when memory runs out).
#[test]
fn cases_make_every_guard_fail() {
    use tracefuse_sandbox::cases::ExitOutcome;
    const INPUT_ERRORS: [&str; 3] = ["_BINARY_OP_TRUE_DIVIDE_FLOAT", "_CALL_BUILTIN_FAST", "_ERROR_POP_N"];
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    let mut taken = std::collections::BTreeSet::new();
    for (ti, tests) in suite.tests.iter().enumerate() {
        for case in &tests.cases {
            let snap = tracefuse_sandbox::vm::interpret_case(&suite, ti, case).unwrap();
            taken.insert((snap.exit.trace, snap.exit.index as usize, snap.exit.kind));
        }
    }
    let mut missing = Vec::new();
    for (ti, t) in set.traces.iter().enumerate() {
        for (i, inst) in t.instructions.iter().enumerate() {
            let uop = &lib.uops[inst.uop];
            let exits_here = |k| taken.contains(&(ti, i, k));
            let guard = uop.may(ExitKind::Deopt) && uop.name != "_CHECK_VALIDITY"
                || uop.may(ExitKind::SideExit) && inst.exit_to.is_none();
            let any =
                [ExitOutcome::Deopt, ExitOutcome::SideExit, ExitOutcome::Error].into_iter().any(exits_here);
            if guard && !any {
                missing.push(format!("{} instruction {i} ({}): no case makes it exit", t.name, uop.name));
            }
            if INPUT_ERRORS.contains(&uop.name.as_str()) && !exits_here(ExitOutcome::Error) {
                missing
                    .push(format!("{} instruction {i} ({}): no case takes its error path", t.name, uop.name));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn interpreter_matches_hand_written_expectations() {
    let suite = inputs();
    let set = &suite.set;
    let mut failures = Vec::new();
    for (ti, t) in set.traces.iter().enumerate() {
        for case in &suite.tests[ti].cases {
            let snap = tracefuse_sandbox::vm::interpret_case(&suite, ti, case).unwrap();
            let diffs = snap.check(case.expect.as_ref().unwrap(), set, ti);
            if !diffs.is_empty() {
                failures.push(format!("{} / {}:\n  {}", t.name, case.name, diffs.join("\n  ")));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn stitched_and_fused_agree_with_the_interpreter() {
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    let (stencils, _, _) = host_stencils(lib, set);
    let report = check_all(&suite, &stencils, &Mode::ALL).unwrap();
    let cases: usize = suite.tests.iter().map(|t| t.cases.len()).sum();
    assert_eq!(report.runs, 3 * cases);
    assert!(report.mismatches.is_empty(), "{}", report.mismatches.join("\n"));
}

#[test]
fn fused_loops_without_shadow_frames_agree_with_the_interpreter() {
    // The default runs fused loops on shadow frames (the test above); `--no-shadow-frames`
    // keeps their slots in the frame.
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    assert!(Pipeline::default().shadow_frames && lib.shadow.is_some());
    let target = Target::by_triple("x86_64-unknown-linux-gnu").unwrap();
    let bc = BodyCompiler::new(&cache()).unwrap().compile_library(lib, &target.triple).unwrap();
    let pipeline = Pipeline { shadow_frames: false, ..Pipeline::default() };
    let stencils = generate(&Build { lib, target: &target, pipeline: &pipeline }, set, &bc, 2).unwrap();
    let loops = set.traces.iter().filter(|t| t.is_loop).count();
    assert!(loops >= 5);
    let report = check_all(&suite, &stencils, &[Mode::Interp, Mode::Fused]).unwrap();
    assert!(report.mismatches.is_empty(), "{}", report.mismatches.join("\n"));
}

#[test]
fn a_fused_stencil_with_an_inverted_guard_is_caught() {
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    let (mut stencils, bc, target) = host_stencils(lib, set);
    // Break the first guard of the first loop trace: deopt and fall-through swap places.
    let (t, i) = set
        .traces
        .iter()
        .enumerate()
        .filter(|(_, t)| t.is_loop)
        .find_map(|(ti, t)| {
            t.instructions
                .iter()
                .position(|inst| {
                    lib.uops[inst.uop].may(ExitKind::Deopt) && lib.uops[inst.uop].name != "_CHECK_VALIDITY"
                })
                .map(|i| (ti, i))
        })
        .expect("a loop trace with a deopting guard");
    let mut plan = StencilPlan::fused(lib, &set.traces[t]);
    plan.instructions[i].fault_swap = Some(ExitKind::Deopt);
    let machine = target.machine().unwrap();
    stencils.fused[t].stencil =
        build_stencil(&Build { lib, target: &target, pipeline: &Pipeline::default() }, &bc, &machine, &plan)
            .unwrap();
    let report = check_all(&suite, &stencils, &[Mode::Interp, Mode::Fused]).unwrap();
    assert!(
        report.mismatches.iter().any(|m| m.starts_with(&format!("{} /", set.traces[t].name))),
        "the broken guard in {} instruction {i} went unnoticed",
        set.traces[t].name
    );
}

#[test]
fn a_shadow_frame_that_forgets_to_write_a_local_back_is_caught() {
    // countdown_compare's locals are ints (no reference counts to corrupt): a write-back
    // without local 1 (`count`) leaves the frame's old value, and the check must say so.
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    let (mut stencils, bc, target) = host_stencils(lib, set);
    let (t, trace) = set.traces.iter().enumerate().find(|(_, t)| t.name == "countdown_compare").unwrap();
    let mut plan = StencilPlan::fused(lib, trace);
    plan.shadow =
        StencilPlan::shadow_for(lib, &set.traces, &[t]).map(|s| Shadow { fault_unwritten: Some(1), ..s });
    assert!(plan.shadow.is_some());
    let machine = target.machine().unwrap();
    stencils.fused[t].stencil =
        build_stencil(&Build { lib, target: &target, pipeline: &Pipeline::default() }, &bc, &machine, &plan)
            .unwrap();
    let report = check_all(&suite, &stencils, &[Mode::Interp, Mode::Fused]).unwrap();
    assert!(
        report.mismatches.iter().any(|m| m.starts_with("countdown_compare /") && m.contains("locals")),
        "the forgotten write-back went unnoticed: {:?}",
        report.mismatches
    );
}

#[test]
fn float_loops_make_no_box_in_their_loop_and_agree_without_sinking_too() {
    // Allocation sinking (stage 5b): the float kernels' loops make no box; with
    // `--no-sinking` they make and release one per float operation (so this test can
    // fail), and every case still agrees with the interpreter.
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    assert!(Pipeline::default().sink_allocations && !lib.sink.is_empty());
    let (sunk, bc, target) = host_stencils(lib, set);
    let kept = agreeing(&suite, &bc, &target, &Pipeline { sink_allocations: false, ..Pipeline::default() });
    let calls = |st: &StencilSet, name: &str| {
        let (t, _) = set.get(name).unwrap();
        tracefuse_sandbox::bench::layout::hot_cold(&st.fused[t].stencil).unwrap().unwrap().hot_calls
    };
    for name in ["float_div_loop", "dot_product_float"] {
        let (with, without) = (calls(&sunk, name), calls(&kept, name));
        assert!(!with.contains(&"tf_float_new".to_string()), "{name}: its loop still makes boxes: {with:?}");
        assert!(
            without.contains(&"tf_float_new".to_string()) && without.contains(&"tf_dealloc".to_string()),
            "{name} without sinking: {without:?}"
        );
    }
    // float_div_loop's divisor is increfed and decrefed in each iteration: with the box
    // gone, nothing is left that could release anything, and its loop calls nothing.
    assert_eq!(calls(&sunk, "float_div_loop"), Vec::<String>::new());
}

#[test]
fn a_sunk_box_made_with_a_wrong_count_is_caught() {
    // float_div_loop's exits make the accumulator's box (count 1); a stencil that makes it
    // with one reference too many must show in the heap the check compares.
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    let (mut stencils, bc, target) = host_stencils(lib, set);
    let (t, _) = set.get("float_div_loop").unwrap();
    let mut plan = tracefuse::plan::fused_plan(lib, set, t, &Pipeline::default());
    plan.sink =
        Some(Sink { fault_refcount: true, ..plan.sink.expect("the sandbox declares sinkable boxes") });
    let machine = target.machine().unwrap();
    stencils.fused[t].stencil =
        build_stencil(&Build { lib, target: &target, pipeline: &Pipeline::default() }, &bc, &machine, &plan)
            .unwrap();
    let report = check_all(&suite, &stencils, &[Mode::Interp, Mode::Fused]).unwrap();
    assert!(
        report.mismatches.iter().any(|m| m.starts_with("float_div_loop /") && m.contains("rc=2 float")),
        "the box made with a wrong count went unnoticed: {:?}",
        report.mismatches
    );
}

#[test]
fn loops_keep_no_release_of_what_they_hold_and_a_removed_live_release_is_caught() {
    // Release elimination (stage 5c): dot_product_float's loop decrements only counts it
    // incremented earlier in the same iteration, so no decrement there reaches zero and
    // the loop calls nothing. attr_loop's loop keeps one release: the slot value its store
    // replaces was not incremented in the iteration and may really go (and so may what is
    // decremented after it). With `--no-release-elimination` both keep every `tf_dealloc`
    // (so this test can fail), and every case agrees either way.
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    assert!(Pipeline::default().release_elimination && lib.refcount.is_some());
    let (removed, bc, target) = host_stencils(lib, set);
    let kept =
        agreeing(&suite, &bc, &target, &Pipeline { release_elimination: false, ..Pipeline::default() });
    let calls = |st: &StencilSet, name: &str| {
        let (t, _) = set.get(name).unwrap();
        tracefuse_sandbox::bench::layout::hot_cold(&st.fused[t].stencil).unwrap().unwrap().hot_calls
    };
    let releases = |st: &StencilSet, name: &str| {
        let (t, _) = set.get(name).unwrap();
        st.fused[t].stencil.code_holes.iter().filter(|h| h.value.to_string().contains("tf_dealloc")).count()
    };
    let (with, without) = (calls(&removed, "dot_product_float"), calls(&kept, "dot_product_float"));
    assert_eq!(with, Vec::<String>::new(), "dot_product_float: its loop still calls");
    assert!(without.contains(&"tf_dealloc".to_string()), "without release elimination: {without:?}");
    for name in ["dot_product_float", "attr_loop"] {
        let (with, without) = (releases(&removed, name), releases(&kept, name));
        assert!(with < without, "{name}: {with} release calls, {without} without release elimination");
    }

    // Fault injection: every release removed, proved or not. Without sinking,
    // dot_product_float frees a float temporary in every iteration: the leak must show in
    // the heap the check compares.
    let no_sink = Pipeline { sink_allocations: false, ..Pipeline::default() };
    let (mut stencils, machine) = (agreeing(&suite, &bc, &target, &no_sink), target.machine().unwrap());
    let (t, _) = set.get("dot_product_float").unwrap();
    let mut plan = tracefuse::plan::fused_plan(lib, set, t, &no_sink);
    plan.releases = Some(tracefuse::release::Releases {
        fault_remove_all: true,
        ..plan.releases.expect("the sandbox declares its release function")
    });
    stencils.fused[t].stencil =
        build_stencil(&Build { lib, target: &target, pipeline: &no_sink }, &bc, &machine, &plan).unwrap();
    let report = check_all(&suite, &stencils, &[Mode::Interp, Mode::Fused]).unwrap();
    assert!(
        report.mismatches.iter().any(|m| m.starts_with("dot_product_float /")),
        "the removed live release went unnoticed: {:?}",
        report.mismatches
    );
}

#[test]
fn loop_kernels_fuse_smaller_than_stitched() {
    // The hot code (what the loop can come back to) is what a fused loop runs; its exit
    // paths, with the shadow frame's write-back, are cold and may make the whole stencil
    // larger than the stitched pieces.
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    let (stencils, _, _) = host_stencils(lib, set);
    for (t, trace) in set.traces.iter().enumerate().filter(|(_, t)| t.is_loop) {
        let fused = &stencils.fused[t].stencil;
        // A trace tree's stencil holds its members too: against all of them stitched.
        let mut tree = vec![t];
        tree.extend(stencils.fused[t].members.iter().map(|m| set.get(&m.trace).unwrap().0));
        let (mut code, mut holes) = (0, 0);
        for &u in &tree {
            let (c, _, h) = stencils.stitched_size(u).unwrap();
            code += c;
            holes += h;
        }
        let hot = tracefuse_sandbox::bench::layout::hot_cold(fused).unwrap().map_or(0, |l| l.hot);
        assert!(hot > 0 && hot < code, "{}: fused hot code {hot} bytes vs stitched {code}", trace.name);
        assert!(fused.holes() < holes, "{}: fused {} holes vs stitched {holes}", trace.name, fused.holes());
    }
}

#[test]
fn generation_is_deterministic() {
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    let (a, _, _) = host_stencils(lib, set);
    let (b, _, _) = host_stencils(lib, set);
    assert_eq!(a, b);
    let ma = tracefuse::manifest::Manifest::of(&a).to_json().unwrap();
    let mb = tracefuse::manifest::Manifest::of(&b).to_json().unwrap();
    assert_eq!(ma, mb);
}

#[test]
fn nested_loops_fuse_into_one_trace_tree_and_agree_built_alone_too() {
    // nested_outer enters nested_inner, whose exhausted exit enters nested_pop, which
    // enters nested_outer again: each is fused with the others into one trace tree, so
    // no linked exit leaves its stencil (no `_JIT_EXIT_TRACE` hole). Built alone
    // (`--no-trace-trees`) each keeps a tail call per linked exit; both agree with the
    // interpreter on every case.
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    let (trees, bc, target) = host_stencils(lib, set);
    let alone = Pipeline { trace_trees: false, ..Pipeline::default() };
    let apart = generate(&Build { lib, target: &target, pipeline: &alone }, set, &bc, 2).unwrap();
    for st in [&trees, &apart] {
        let report = check_all(&suite, st, &[Mode::Interp, Mode::Fused]).unwrap();
        assert!(report.mismatches.is_empty(), "{}", report.mismatches.join("\n"));
    }
    let exit_trace_holes = |st: &StencilSet, t: usize| {
        let s = &st.fused[t].stencil;
        s.code_holes
            .iter()
            .chain(&s.data_holes)
            .filter(|h| matches!(h.value, HoleValue::ExitTrace { .. }))
            .count()
    };
    let (outer, _) = set.get("nested_outer").unwrap();
    let members: Vec<&str> = trees.fused[outer].members.iter().map(|m| m.trace.as_str()).collect();
    assert_eq!(members, ["nested_inner", "nested_pop"]);
    for (t, trace) in set.traces.iter().enumerate().filter(|(_, t)| t.name.starts_with("nested_")) {
        assert_eq!(trees.fused[t].members.len(), 2, "{}", trace.name);
        assert_eq!(exit_trace_holes(&trees, t), 0, "{}: a linked exit leaves the tree", trace.name);
        assert!(apart.fused[t].members.is_empty());
        assert!(exit_trace_holes(&apart, t) > 0, "{} built alone", trace.name);
    }
    // Traces without links are built as before.
    for (t, trace) in set.traces.iter().enumerate().filter(|(_, t)| !t.name.starts_with("nested_")) {
        assert!(trees.fused[t].members.is_empty(), "{}", trace.name);
        assert_eq!(trees.fused[t].stencil, apart.fused[t].stencil, "{}", trace.name);
    }
}

/// nested_outer's trace tree with a fault in it, built into the host stencils.
fn broken_tree(fault: impl Fn(&mut StencilPlan)) -> Vec<String> {
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    let (mut stencils, bc, target) = host_stencils(lib, set);
    let (t, _) = set.get("nested_outer").unwrap();
    let mut plan = tracefuse::plan::fused_plan(lib, set, t, &Pipeline::default());
    assert!(!plan.members.is_empty(), "nested_outer is a trace tree");
    fault(&mut plan);
    let machine = target.machine().unwrap();
    stencils.fused[t].stencil =
        build_stencil(&Build { lib, target: &target, pipeline: &Pipeline::default() }, &bc, &machine, &plan)
            .unwrap();
    check_all(&suite, &stencils, &[Mode::Interp, Mode::Fused]).unwrap().mismatches
}

#[test]
fn a_broken_guard_in_a_tree_member_is_caught() {
    // nested_inner's `_GUARD_BOTH_INT` inside nested_outer's tree, inverted: the case
    // whose total is a float takes the wrong way.
    let suite = inputs();
    let lib = &suite.lib;
    let mismatches = broken_tree(|plan| {
        let inner = plan.members[0].start;
        let i = (inner..plan.members[0].stubs_from)
            .find(|&i| lib.uops[plan.instructions[i].uop].name == "_GUARD_BOTH_INT")
            .expect("nested_inner guards its total");
        plan.instructions[i].fault_swap = Some(ExitKind::Deopt);
    });
    assert!(mismatches.iter().any(|m| m.starts_with("nested_outer /")), "unnoticed: {mismatches:?}");
}

#[test]
fn a_tree_member_exit_reporting_the_roots_index_is_caught() {
    // Every exit of a member must report the member's trace: with the root's index hole
    // instead, the exits out of nested_inner name nested_outer.
    let mismatches = broken_tree(|plan| {
        let root = plan.instructions[0].index_base.clone();
        for inst in &mut plan.instructions[plan.members[0].start..] {
            inst.index_base = root.clone();
        }
    });
    assert!(
        mismatches.iter().any(|m| m.starts_with("nested_outer /") && m.contains("exit")),
        "unnoticed: {mismatches:?}"
    );
}

#[test]
fn a_tree_that_leaves_out_a_linked_trace_tail_calls_it() {
    // A tree stops at traces it may not hold (another frame layout, or the size limit):
    // their exits stay tail calls through `_JIT_EXIT_TRACE_i`, `i` numbered across the
    // tree. nested_outer's tree without nested_pop: nested_inner's exhausted exit, its
    // instruction 2, is the tree's instruction 11, and both the check's resolver and the
    // C header find nested_inner's link there.
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    let (mut stencils, bc, target) = host_stencils(lib, set);
    let (outer, _) = set.get("nested_outer").unwrap();
    let (inner, _) = set.get("nested_inner").unwrap();
    let start = set.traces[outer].instructions.len();
    let mut plan = StencilPlan::tree(lib, &set.traces, &[outer, inner]);
    plan.shadow = StencilPlan::shadow_for(lib, &set.traces, &[outer, inner]);
    let machine = target.machine().unwrap();
    let stencil =
        build_stencil(&Build { lib, target: &target, pipeline: &Pipeline::default() }, &bc, &machine, &plan)
            .unwrap();
    let exits: Vec<&HoleValue> = stencil
        .code_holes
        .iter()
        .chain(&stencil.data_holes)
        .map(|h| &h.value)
        .filter(|v| matches!(v, HoleValue::ExitTrace { .. }))
        .collect();
    assert_eq!(exits, [&HoleValue::ExitTrace { instruction: Some(start as u32 + 2) }]);
    stencils.fused[outer].stencil = stencil;
    stencils.fused[outer].members = vec![tracefuse::set::TreeMember { trace: "nested_inner".into(), start }];
    let report = check_all(&suite, &stencils, &[Mode::Interp, Mode::Fused]).unwrap();
    assert!(report.mismatches.is_empty(), "{}", report.mismatches.join("\n"));
    let header = tracefuse::writers::c_header::header(&stencils, &target).unwrap();
    assert!(header.contains("c->members[0].exit_targets[2]"), "the C header misplaces the exit");
}

#[test]
fn a_nested_loop_keeps_its_slots_in_registers_when_its_outer_trace_lets_them_escape() {
    // nested_outer's call passes a pointer into its stack (the builtin's arguments), so
    // its shadow slots stay in memory; each trace of the tree runs on a copy of its own,
    // so nested_inner's loop (a member) still gets its slots promoted to registers.
    let suite = inputs();
    let (lib, set) = (&suite.lib, &suite.set);
    let target = Target::by_triple("x86_64-unknown-linux-gnu").unwrap();
    let bc = BodyCompiler::new(&cache()).unwrap().compile_library(lib, &target.triple).unwrap();
    let machine = target.machine().unwrap();
    let (t, _) = set.get("nested_outer").unwrap();
    let pipeline = Pipeline::default();
    let plan = tracefuse::plan::fused_plan(lib, set, t, &pipeline);
    assert!(plan.shadow.is_some() && plan.members.len() == 2);
    let ctx = inkwell::context::Context::create();
    let module = tracefuse::ir::build_module(&ctx, lib, &bc, &target, &machine, &plan).unwrap();
    let built = module.print_to_string().to_string();
    assert!(built.contains("%member_slots = alloca"), "nested_inner runs on slots of its own");
    tracefuse::optimize::optimize(&module, &machine, &plan.pipeline(&pipeline)).unwrap();
    let ir = module.print_to_string().to_string();
    assert!(ir.contains("%slots = alloca"), "the root's slots escape through the call");
    assert!(!ir.contains("%member_slots = alloca"), "nested_inner's slots stay in memory");
}

#[test]
fn a_trace_tree_stops_at_other_frame_layouts_and_at_its_size_limit() {
    // A chain of traces, each entering the next through `exit_to`: the tree holds at most
    // MAX_TREE_TRACES of them, and none whose frame has other locals than the root's.
    let lib = UopLibrary::load(&tracefuse_sandbox::default_library_dir()).unwrap();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tree-limits");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let n = tracefuse::plan::MAX_TREE_TRACES + 5;
    let mut files = Vec::new();
    for k in 0..n {
        // Trace 3 describes two locals, the others one.
        let locals = if k == 3 { 2 } else { 1 };
        let body = if k + 1 < n {
            format!("  - {{uop: _EXIT_TRACE, target: {k}, exit_to: chain_{:02}}}\n", k + 1)
        } else {
            "  - {uop: _NOP}\n".to_string()
        };
        let path = dir.join(format!("chain_{k:02}.yaml"));
        let text = format!(
            "trace: chain_{k:02}\nlibrary: sandbox\nlocals: {locals}\nstack_size: 1\ninstructions:\n{body}"
        );
        std::fs::write(&path, text).unwrap();
        files.push(path);
    }
    let set = TraceSet::load_files(&files, &lib).unwrap();
    let tree = |t: usize| tracefuse::plan::trace_tree(&set, t, &Pipeline::default());
    // From chain_00: chain_01 and chain_02; chain_03 has other locals, and the chain ends.
    assert_eq!(tree(0), [0, 1, 2]);
    // From chain_04 on, the chain is longer than a tree may be.
    assert_eq!(tree(4), (4..4 + tracefuse::plan::MAX_TREE_TRACES).collect::<Vec<_>>());
    let alone = Pipeline { trace_trees: false, ..Pipeline::default() };
    assert_eq!(tracefuse::plan::trace_tree(&set, 4, &alone), [4]);
    // The plan of the capped tree keeps the last link a tail call, numbered across the tree.
    let plan = tracefuse::plan::fused_plan(&lib, &set, 4, &Pipeline::default());
    let last = plan.instructions.last().unwrap();
    let at = (plan.instructions.len() - 1) as u32;
    let hole = HoleValue::ExitTrace { instruction: Some(at) }.symbol().unwrap();
    assert_eq!(last.side_exit, tracefuse::plan::SideExit::Enter(hole));
}
