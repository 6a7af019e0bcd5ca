//! The crate's own stencils (from its build script) run every bundled case exactly as the
//! reference interpreter does.

use tracefuse::check::{check_all, Mode};
use tracefuse::definitions::UopLibrary;
use tracefuse::traces::TraceSet;

#[test]
fn build_script_stencils_run_like_the_interpreter() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../uops/sandbox");
    let lib = UopLibrary::load(&dir).unwrap();
    let set = TraceSet::load_dir(&dir.join("traces"), &lib).unwrap();
    let stencils = sandbox_vm::stencils();
    assert_eq!(stencils.fused.len(), set.traces.len());
    let report = check_all(&lib, &set, &stencils, &[Mode::Interp, Mode::Stitched, Mode::Fused]).unwrap();
    assert!(report.runs > 400);
    assert!(report.mismatches.is_empty(), "{}", report.mismatches.join("\n"));
}
