//! Hot/cold layout (`bench::layout`): a fused loop's exit paths (code from which the trace
//! can only be left) come after its hot code, so the loop body is contiguous but for the
//! jumps out to them and a few bytes of exit-edge setup. LLVM does this from the guards' `TF_UNLIKELY` and the exit
//! function's `cold` attribute; this keeps it so, and checks the split itself: hot and
//! cold bytes add up to the code, the exit call is cold, the back edge hot.

use crate::common;

use tracefuse::bodies::BodyCompiler;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{generate, Build};
use tracefuse::target::Target;
use tracefuse_sandbox::bench::layout::hot_cold;

#[test]
fn every_fused_stencil_puts_its_exit_paths_after_its_hot_code() {
    let suite = common::bundled();
    let (lib, set) = (&suite.lib, &suite.set);
    let target = Target::by_triple("x86_64-unknown-linux-gnu").unwrap();
    let bc = BodyCompiler::new(&common::cache()).unwrap().compile_library(lib, &target.triple).unwrap();
    let stencils =
        generate(&Build { lib, target: &target, pipeline: &Pipeline::default() }, set, &bc, 2).unwrap();
    let mut report = Vec::new();
    for f in stencils.fused.iter().filter(|f| f.is_loop) {
        let l = hot_cold(&f.stencil).unwrap().unwrap_or_else(|| panic!("{}: no hot code", f.trace));
        assert_eq!(l.hot + l.entry + l.cold, f.stencil.code.len(), "{}", f.trace);
        assert!(l.cold > 0, "{}: a loop with guards has cold exit paths", f.trace);
        // No bound of hot against cold: under a shadow frame the exit paths carry the
        // write-back of the slots, and a small loop body may have more exit code than hot.
        // With the first iteration peeled and the slots in registers, LLVM leaves a few
        // exit edges' setup (the kind, index and stack slot the exit reports: a handful of
        // `mov`s) inline between loop blocks; anything beyond 15% of the loop is a layout
        // regression.
        if (l.cold_between - l.cold_jumps_between) * 100 > l.hot * 15 {
            report.push(format!(
                "{} (hot {} bytes, cold {}: {} between hot code, {} of them jumps)",
                f.trace, l.hot, l.cold, l.cold_between, l.cold_jumps_between
            ));
        }
    }
    assert!(report.is_empty(), "cold code between hot code in: {}", report.join(", "));
}
