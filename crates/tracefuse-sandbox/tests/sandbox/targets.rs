//! Every bundled trace generates for every target description in targets/, with no
//! unhandled relocation, and the stencils refer only to symbols the VM's runtime
//! exports (no stray libcalls such as `__chkstk` or `__stack_chk_fail`).

use crate::common;

use tracefuse::bodies::BodyCompiler;
use tracefuse::hole::HoleValue;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{generate, Build};
use tracefuse::target::Target;

#[test]
fn every_trace_generates_for_every_target() {
    let suite = common::bundled();
    let (lib, set) = (&suite.lib, &suite.set);
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let triples = tracefuse::target::all_triples().unwrap();
    for required in [
        "x86_64-unknown-linux-gnu",
        "aarch64-unknown-linux-gnu",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
    ] {
        assert!(triples.iter().any(|t| t == required), "no target description for {required}");
    }
    for triple in &triples {
        let target = Target::by_triple(triple).unwrap();
        let bc = BodyCompiler::new(&cache).unwrap().compile_library(lib, triple).unwrap();
        let stencils = generate(&Build { lib, target: &target, pipeline: &Pipeline::default() }, set, &bc, 2)
            .unwrap_or_else(|e| panic!("{triple}: {e}"));
        assert_eq!(stencils.fused.len(), set.traces.len());
        let all = stencils
            .fused
            .iter()
            .map(|f| &f.stencil)
            .chain(stencils.uops.values())
            .chain(std::iter::once(&stencils.end));
        for s in all {
            for h in s.code_holes.iter().chain(&s.data_holes) {
                if let HoleValue::Symbol(name) = &h.value {
                    assert!(
                        suite.runtime.symbol(name).is_some(),
                        "{triple}: stencil {} refers to `{name}`, which the runtime does not export",
                        s.name
                    );
                }
            }
        }
    }
}
