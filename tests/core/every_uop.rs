//! Every uop of a library gets its per-uop stencil (as CPython ships one per uop), so a
//! VM can stitch any trace it records later; traces are optional.

use crate::common;

use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::{ExitKind, UopLibrary};
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{generate, Build};
use tracefuse::target::Target;
use tracefuse::traces::TraceSet;

#[test]
fn every_uop_gets_a_per_uop_stencil_with_or_without_traces() {
    let lib = UopLibrary::load(&common::example_library()).unwrap();
    let target = Target::by_triple("x86_64-unknown-linux-gnu").unwrap();
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let bc = BodyCompiler::new(&cache).unwrap().compile_library(&lib, &target.triple).unwrap();

    // No traces at all: an empty folder is an empty set, not an error.
    let empty = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-traces");
    let _ = std::fs::remove_dir_all(&empty);
    std::fs::create_dir_all(&empty).unwrap();
    let none = TraceSet::load_dir(&empty, &lib).unwrap();
    assert!(none.traces.is_empty());
    let stencils =
        generate(&Build { lib: &lib, target: &target, pipeline: &Pipeline::default() }, &none, &bc, 2)
            .unwrap();
    assert!(stencils.fused.is_empty());
    for uop in &lib.uops {
        assert!(stencils.uops.contains_key(&uop.name), "no per-uop stencil for {}", uop.name);
        if uop.may(ExitKind::SideExit) {
            let linked = format!("{}@exit_to", uop.name);
            assert!(stencils.uops.contains_key(&linked), "no {linked}");
        }
    }
    assert_eq!(stencils.uop_ids.len(), lib.uops.len());
    let header = tracefuse::writers::c_header::header(&stencils, &target).unwrap();
    for uop in &lib.uops {
        assert!(header.contains(&format!("[{}] = &tf_group_uop_{},", uop.id, uop.name)), "{}", uop.name);
    }

    // With traces, uops no trace uses still get theirs.
    let set = TraceSet::load_library_default(&lib).unwrap();
    let used: std::collections::BTreeSet<usize> =
        set.traces.iter().flat_map(|t| t.instructions.iter().map(|i| i.uop)).collect();
    assert!(used.len() < lib.uops.len(), "the bundled traces leave some uops unused");
    let with = generate(&Build { lib: &lib, target: &target, pipeline: &Pipeline::default() }, &set, &bc, 2)
        .unwrap();
    assert_eq!(with.uops.keys().collect::<Vec<_>>(), stencils.uops.keys().collect::<Vec<_>>());
}
