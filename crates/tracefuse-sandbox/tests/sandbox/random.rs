//! Random differential traces: a bounded run agrees in all three modes, the generated
//! traces take every kind of exit (so agreement is not trivial), some are trace trees
//! (cycles among them) built as trees whose runs enter the side traces, and the generator
//! is deterministic.

use std::collections::BTreeSet;
use tracefuse::definitions::UopLibrary;
use tracefuse::pipeline::Build;
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
        let paths = tracefuse_sandbox::random::random_trace(7, i).unwrap().write(&dir).unwrap();
        let set =
            TraceSet::load_files(&paths, &lib).unwrap_or_else(|e| panic!("random trace {i} is invalid: {e}"));
        let suite = Suite::new(lib.clone(), set, runtime).unwrap();
        let t = &suite.set.traces[0];
        loops += t.is_loop as usize;
        long += (t.instructions.len() >= 100) as usize;
        for (k, tests) in suite.tests.iter().enumerate() {
            for case in &tests.cases {
                let snap = tracefuse_sandbox::vm::interpret_case(&suite, k, case).unwrap();
                kinds.insert(snap.exit.kind);
                errors.insert(snap.error);
            }
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
    let report = tracefuse_sandbox::random::run(&lib, 2026, 200, &cache, &dir, false, &|_, _| {}).unwrap();
    assert_eq!(report.traces, 200);
    assert!(report.failures.is_empty(), "mismatches: {:?}", report.failures);
}

#[test]
fn random_traces_give_the_fused_trace_passes_work() {
    // The random run above proves agreement; this proves it covers allocation sinking and
    // release elimination: some random traces, loops among them, have float boxes the
    // sinking pass removes, and some have releases the other proves dead while keeping
    // releases it cannot prove.
    let lib = lib();
    let target = tracefuse::target::Target::by_triple("x86_64-unknown-linux-gnu").unwrap();
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let bc =
        tracefuse::bodies::BodyCompiler::new(&cache).unwrap().compile_library(&lib, &target.triple).unwrap();
    let machine = target.machine().unwrap();
    let pipeline = tracefuse::optimize::Pipeline::default();
    let dir = scratch("random_passes");
    let (mut sunk, mut sunk_loops, mut declined) = (0, 0, 0);
    let (mut removed, mut removed_loops, mut kept) = (0, 0, 0);
    for i in 0..120 {
        let paths = tracefuse_sandbox::random::random_trace(7, i).unwrap().write(&dir).unwrap();
        let set = TraceSet::load_files(&paths, &lib).unwrap();
        let plan = tracefuse::plan::fused_plan(&lib, &set, 0, &pipeline);
        let report = tracefuse::pipeline::pass_report(
            &Build { lib: &lib, target: &target, pipeline: &pipeline },
            &bc,
            &machine,
            &plan,
        )
        .unwrap();
        let is_loop = set.traces[0].is_loop as usize;
        if report.sink.sunk > 0 {
            sunk += 1;
            sunk_loops += is_loop;
        }
        declined += report.sink.declined.len();
        if report.releases.removed > 0 {
            removed += 1;
            removed_loops += is_loop;
        }
        kept += report.releases.kept;
    }
    assert!(sunk >= 5 && sunk_loops >= 2, "{sunk} random traces sink boxes, {sunk_loops} of them loops");
    assert!(declined < sunk, "the pass declines more often ({declined}) than it works ({sunk})");
    assert!(
        removed >= 5 && removed_loops >= 2,
        "{removed} random traces lose releases, {removed_loops} of them loops"
    );
    assert!(kept > 0, "no random trace keeps a release: the pass cannot be telling them apart");
}

#[test]
fn random_trace_trees_are_built_as_trees_and_agree() {
    let lib = lib();
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let (seed, count) = (77, 160);
    // The run: every tree is built as one (its root's fused stencil has members), cycles
    // among them, and all three modes agree.
    let report = tracefuse_sandbox::random::run(
        &lib,
        seed,
        count,
        &cache,
        &scratch("random_trees_run"),
        false,
        &|_, _| {},
    )
    .unwrap();
    assert!(report.failures.is_empty(), "mismatches: {:?}", report.failures);
    assert!(report.trees >= 20, "{} of {count} random traces are trees", report.trees);
    assert_eq!(report.built_as_trees, report.trees, "every random tree is built as a tree");
    assert!(report.cyclic >= 10, "{} of {} trees are cycles", report.cyclic, report.trees);

    // The same traces, looked at independently of the run's counting.
    let runtime = Runtime::for_library(&lib, &cache).unwrap();
    let pipeline = tracefuse::optimize::Pipeline::default();
    let dir = scratch("random_trees");
    let (mut trees, mut cycles, mut deep, mut entered, mut rooted_in_side) = (0, 0, 0, 0, 0);
    let mut through_side = 0;
    for i in 0..count {
        let generated = tracefuse_sandbox::random::random_trace(seed, i).unwrap();
        if generated.files.len() == 1 {
            continue;
        }
        trees += 1;
        let paths = generated.write(&dir).unwrap();
        let set = TraceSet::load_files(&paths, &lib).unwrap_or_else(|e| panic!("random tree {i}: {e}"));
        let members = tracefuse::plan::fused_plan(&lib, &set, 0, &pipeline).members;
        assert_eq!(members.len(), set.traces.len() - 1, "random tree {i} is not built as one tree");
        // A cycle: a side trace enters the root again, and the root loops.
        let cycle = set.traces[1..].iter().any(|t| t.instructions.iter().any(|inst| inst.exit_to == Some(0)));
        assert_eq!(cycle, generated.cyclic, "random tree {i}");
        cycles += cycle as usize;
        deep += (set.traces.len() > 2) as usize;
        let suite = Suite::new(lib.clone(), set, runtime).unwrap();
        // The root alone, its exit unlinked: a case whose run differs went through a side trace.
        let (root, text) = &generated.files[0];
        let alone = dir.join(format!("{root}.alone.yaml"));
        std::fs::write(&alone, text.replace(&format!(", exit_to: {}}}", generated.files[1].0), "}")).unwrap();
        let alone = Suite::new(lib.clone(), TraceSet::load_files(&[alone], &lib).unwrap(), runtime).unwrap();
        for (case, unlinked) in suite.tests[0].cases.iter().zip(&alone.tests[0].cases) {
            let linked = tracefuse_sandbox::vm::interpret_case(&suite, 0, case).unwrap();
            let unlinked = tracefuse_sandbox::vm::interpret_case(&alone, 0, unlinked).unwrap();
            through_side += !linked.diff(&unlinked).is_empty() as usize;
        }
        for (t, tests) in suite.tests.iter().enumerate() {
            rooted_in_side += (t > 0 && !tests.cases.is_empty()) as usize;
            for case in &tests.cases {
                let snap = tracefuse_sandbox::vm::interpret_case(&suite, t, case).unwrap();
                entered += (snap.exit.trace != t) as usize;
            }
        }
    }
    assert_eq!(trees, report.trees);
    assert_eq!(cycles, report.cyclic);
    println!(
        "{trees} trees, {cycles} cycles, {deep} deeper, {rooted_in_side} side traces with cases, \
         {entered} runs left from another trace, {through_side} root runs went through a side trace"
    );
    // Side exits are rarer in side traces (the sandbox's type guards deopt), so few nest.
    assert!(deep >= 2, "{deep} trees have a side trace of a side trace");
    assert!(rooted_in_side >= 5, "{rooted_in_side} side traces have cases of their own");
    assert!(
        entered >= 10,
        "only {entered} runs of random trees left from another trace than they started in"
    );
    // The root's cases reach its side trace: with the link removed they end otherwise.
    assert!(
        through_side >= 3 * trees / 2,
        "only {through_side} root runs of {trees} trees went through a side trace"
    );
}

#[test]
fn random_loop_nests_cycle_through_their_inner_loop() {
    // Some random trees are loop nests, as nested_outer/inner/pop: the outer loop (root)
    // makes the inner loop's iterator and enters it, the inner loop's exhausted exit
    // enters a trace that pops it and enters the outer loop again. Each is built as a
    // tree (all three, each of which has cases), the runs go round the nest, and all
    // three modes agree.
    let lib = lib();
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let runtime = Runtime::for_library(&lib, &cache).unwrap();
    let pipeline = tracefuse::optimize::Pipeline::default();
    let dir = scratch("random_nests");
    let (seed, count) = (11, 120);
    let (mut nests, mut returned, mut inner_ticks, mut inner_runs) = (0, 0, 0, 0);
    for i in 0..count {
        let generated = tracefuse_sandbox::random::random_trace(seed, i).unwrap();
        if !generated.nest {
            continue;
        }
        nests += 1;
        assert!(generated.cyclic, "random nest {i}");
        assert_eq!(generated.files.len(), 3, "random nest {i}");
        // Shrinking a reproducer keeps both loops' headers (their iterators advance there).
        assert_eq!(generated.keep, [3, 3, 0], "random nest {i}");
        let paths = generated.write(&dir).unwrap();
        let set = TraceSet::load_files(&paths, &lib).unwrap_or_else(|e| panic!("random nest {i}: {e}"));
        let (outer, inner, pop) = (&set.traces[0], &set.traces[1], &set.traces[2]);
        assert!(!outer.is_loop && inner.is_loop && !pop.is_loop, "random nest {i}");
        assert_eq!(outer.instructions.last().and_then(|x| x.exit_to), Some(1), "random nest {i}");
        assert!(inner.instructions.iter().any(|x| x.exit_to == Some(2)), "random nest {i}");
        assert_eq!(pop.instructions.last().and_then(|x| x.exit_to), Some(0), "random nest {i}");
        assert_eq!(inner.entry_stack, outer.entry_stack + 1, "random nest {i}");
        for t in 0..3 {
            let members = tracefuse::plan::fused_plan(&lib, &set, t, &pipeline).members;
            assert_eq!(members.len(), 2, "random nest {i}: trace {t} does not root a tree of the nest");
        }
        let suite = Suite::new(lib.clone(), set, runtime).unwrap();
        assert!(suite.tests.iter().all(|t| !t.cases.is_empty()), "random nest {i}: a trace without cases");
        let back_edge = suite.set.traces[1].instructions.len() as u64 - 1;
        // The root alone, its link to the inner loop removed.
        let (root, text) = &generated.files[0];
        let alone = dir.join(format!("{root}.alone.yaml"));
        std::fs::write(&alone, text.replace(&format!(", exit_to: {}}}", generated.files[1].0), "}")).unwrap();
        let alone = Suite::new(lib.clone(), TraceSet::load_files(&[alone], &lib).unwrap(), runtime).unwrap();
        for (t, tests) in suite.tests.iter().enumerate() {
            for (c, case) in tests.cases.iter().enumerate() {
                let snap = tracefuse_sandbox::vm::interpret_case(&suite, t, case).unwrap();
                if t == 0 {
                    // The root has no back edge: a run that ends in it, and otherwise than
                    // the root alone, went round the nest.
                    let unlinked = tracefuse_sandbox::vm::interpret_case(&alone, 0, &alone.tests[0].cases[c]);
                    returned += (snap.exit.trace == 0 && !snap.diff(&unlinked.unwrap()).is_empty()) as usize;
                }
                inner_ticks += (snap.exit.trace == 1 && snap.exit.index == back_edge) as usize;
                inner_runs += (t != 1 && snap.exit.trace != t) as usize;
            }
        }
    }
    println!("{nests} nests: {returned} root runs went round, {inner_ticks} ended at the inner back edge, {inner_runs} entered the inner loop from elsewhere");
    assert!(nests >= 10, "{nests} of {count} random traces are loop nests");
    assert!(returned >= 5, "only {returned} root runs of {nests} nests came back to the outer loop");
    assert!(inner_ticks >= 5, "only {inner_ticks} runs ended at an inner loop's back edge");
    assert!(inner_runs >= 5, "only {inner_runs} runs of outer loops and pops ended in another trace");
    let report = tracefuse_sandbox::random::run(
        &lib,
        seed,
        count,
        &cache,
        &scratch("random_nests_run"),
        false,
        &|_, _| {},
    )
    .unwrap();
    assert!(report.failures.is_empty(), "mismatches: {:?}", report.failures);
    assert_eq!(report.nests, nests);
    assert_eq!(report.built_as_trees, report.trees, "every random tree is built as a tree");
}

#[test]
fn random_traces_are_deterministic() {
    let lib = lib();
    let generator = tracefuse_sandbox::random::Generator::new(&lib).unwrap();
    let texts = |seed| -> Vec<Vec<(String, String)>> {
        (0..60).map(|i| generator.trace(seed, i).unwrap().files).collect()
    };
    let first = texts(5);
    assert_eq!(first, texts(5), "a seed gives the same traces");
    assert_ne!(first, texts(6), "another seed gives other traces");
    assert!(first.iter().any(|f| f.len() > 1), "no trace tree among 60 random traces");
    // Side traces come from their own draws: a tree's root is the trace it would be alone,
    // but for the `exit_to` on the instruction that enters its first side trace (a nest's
    // root enters its inner loop, `random_loop_nests_cycle_through_their_inner_loop`).
    let nests: Vec<bool> = (0..60).map(|i| generator.trace(5, i).unwrap().nest).collect();
    for (i, files) in first.iter().enumerate().filter(|(i, f)| f.len() > 1 && !nests[*i]) {
        let root = &files[0].1;
        let links: Vec<&str> = root.lines().filter(|l| l.contains(", exit_to: ")).collect();
        assert_eq!(links.len(), 1, "random tree {i}: {links:?}");
        assert!(links[0].ends_with(&format!(", exit_to: {}}}", files[1].0)), "random tree {i}: {links:?}");
    }
}

/// A copy of the bundled library (without its stencils) in `dir`.
fn copy_library(dir: &std::path::Path) {
    fn copy(from: &std::path::Path, to: &std::path::Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let (src, dst) = (entry.path(), to.join(entry.file_name()));
            if entry.file_type().unwrap().is_dir() {
                if entry.file_name() != "stencils" {
                    copy(&src, &dst);
                }
            } else {
                std::fs::copy(&src, &dst).unwrap();
            }
        }
    }
    copy(&tracefuse_sandbox::default_library_dir(), dir);
}

/// The mismatches of the traces in `dir` (one set) on `lib`, all three modes.
fn mismatches_of(dir: &std::path::Path, lib: &UopLibrary) -> Vec<String> {
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    let set = TraceSet::load_files(&paths, lib).unwrap();
    let target = tracefuse::target::Target::by_triple("x86_64-unknown-linux-gnu").unwrap();
    let bc =
        tracefuse::bodies::BodyCompiler::new(&cache).unwrap().compile_library(lib, &target.triple).unwrap();
    let pipeline = tracefuse::optimize::Pipeline::default();
    let stencils =
        tracefuse::pipeline::generate(&Build { lib, target: &target, pipeline: &pipeline }, &set, &bc, 2)
            .unwrap();
    let runtime = Runtime::for_library(lib, &cache).unwrap();
    let suite = Suite::new(lib.clone(), set, runtime).unwrap();
    use tracefuse_sandbox::check::{check_all, Mode};
    check_all(&suite, &stencils, &[Mode::Interp, Mode::Stitched, Mode::Fused]).unwrap().mismatches
}

#[test]
fn a_shrunk_reproducer_keeps_the_buggy_uop_and_fails_only_with_the_bug() {
    // A bug planted in one uop, as the reference interpreter runs it: the int it loads
    // comes out one too high. Stitched and fused stencils run the right body, so they
    // disagree with the interpreter wherever the value is observed.
    let root = scratch("planted");
    let planted = root.join("lib");
    copy_library(&planted);
    let interp = planted.join("interp.c");
    let text = std::fs::read_to_string(&interp).unwrap();
    let id = lib().get("_LOAD_SMALL_INT").unwrap().id;
    let bug = format!(
        "        case TF_NEXT:\n            if (in->uop == {id}) *(sp - 1) += 2; /* planted: + 1 */\n"
    );
    let text = text.replacen("        case TF_NEXT:\n", &bug, 1);
    assert!(text.contains("planted"), "the bug was not planted");
    std::fs::write(&interp, text).unwrap();
    let planted_lib = UopLibrary::load(&planted).unwrap();

    let failures = root.join("failures");
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let report =
        tracefuse_sandbox::random::run(&planted_lib, 3, 40, &cache, &failures, false, &|_, _| {}).unwrap();
    assert!(!report.failures.is_empty(), "40 random traces never caught the planted bug");

    // Each reproducer, alone in a folder with the rest of its tree: it still has the uop,
    // still fails on the planted library, and passes on the library without the bug.
    let bundled = lib();
    for (n, found) in report.failures.iter().enumerate() {
        let name = found.file_stem().unwrap().to_string_lossy().into_owned();
        let alone = root.join(format!("alone{n}"));
        std::fs::create_dir_all(&alone).unwrap();
        let mut texts = Vec::new();
        for entry in std::fs::read_dir(&failures).unwrap() {
            let p = entry.unwrap().path();
            let file = p.file_name().unwrap().to_string_lossy().into_owned();
            if file == format!("{name}.yaml") || file.starts_with(&format!("{name}_s")) {
                let text = std::fs::read_to_string(&p).unwrap();
                std::fs::write(alone.join(&file), &text).unwrap();
                texts.push((file.trim_end_matches(".yaml").to_string(), text));
            }
        }
        let all: String = texts.iter().map(|t| t.1.as_str()).collect();
        assert!(all.contains("uop: _LOAD_SMALL_INT"), "{name}: the buggy uop was shrunk away:\n{all}");
        assert!(!mismatches_of(&alone, &planted_lib).is_empty(), "{name}: the reproducer no longer fails");
        let clean = mismatches_of(&alone, &bundled);
        assert!(clean.is_empty(), "{name}: the reproducer fails without the bug too: {clean:?}");
        // "entered from T instruction N": instruction N of T enters this trace.
        for (trace, text) in &texts {
            let Some(at) = text.find("entered from ") else { continue };
            let mut words = text[at + "entered from ".len()..].split_whitespace();
            let from = words.next().unwrap();
            assert_eq!(words.next(), Some("instruction"));
            let line: usize = words.next().unwrap().trim_end_matches(['.', ',']).parse().unwrap();
            let parent = &texts.iter().find(|t| t.0 == from).unwrap().1;
            let inst = parent.split("instructions:\n").nth(1).unwrap().lines().nth(line).unwrap();
            assert!(inst.contains(&format!("exit_to: {trace}}}")), "{trace}: stale entry comment: {inst}");
        }
    }
}
