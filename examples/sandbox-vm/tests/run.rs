//! The crate's own stencils (from its build script) run every bundled case exactly as the
//! reference interpreter does.

use tracefuse_sandbox::cases::Suite;
use tracefuse_sandbox::check::{check_all, Mode};

#[test]
fn build_script_stencils_run_like_the_interpreter() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../uops/sandbox");
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let suite = Suite::load(&dir, None, &cache).unwrap();
    let stencils = sandbox_vm::stencils();
    assert_eq!(stencils.fused.len(), suite.set.traces.len());
    let report = check_all(&suite, &stencils, &[Mode::Interp, Mode::Stitched, Mode::Fused]).unwrap();
    assert!(report.runs > 400);
    assert!(report.mismatches.is_empty(), "{}", report.mismatches.join("\n"));
}
