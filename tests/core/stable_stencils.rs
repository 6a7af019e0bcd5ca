//! A stencil's bytes depend only on its own trace, its library and its target: adding an
//! unrelated trace to the set (one whose name sorts first, so every other trace moves
//! up a position) changes no other stencil.

use crate::common;

use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::UopLibrary;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{generate, Build};
use tracefuse::target::Target;
use tracefuse::traces::TraceSet;

#[test]
fn adding_a_trace_changes_no_other_stencil() {
    let lib = UopLibrary::load(&common::example_library()).unwrap();
    let traces = lib.dir.join("traces");
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("stable-stencils");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for e in std::fs::read_dir(&traces).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
    }
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    for triple in ["x86_64-unknown-linux-gnu", "aarch64-apple-darwin"] {
        let target = Target::by_triple(triple).unwrap();
        let bc = BodyCompiler::new(&cache).unwrap().compile_library(&lib, triple).unwrap();
        let build = Build { lib: &lib, target: &target, pipeline: &Pipeline::default() };
        let before = generate(&build, &TraceSet::load_dir(&dir, &lib).unwrap(), &bc, 2).unwrap();
        let sum_range = std::fs::read_to_string(traces.join("sum_range.yaml")).unwrap();
        std::fs::write(dir.join("aaa_first.yaml"), sum_range.replace("trace: sum_range", "trace: aaa_first"))
            .unwrap();
        let after = generate(&build, &TraceSet::load_dir(&dir, &lib).unwrap(), &bc, 2).unwrap();
        std::fs::remove_file(dir.join("aaa_first.yaml")).unwrap();
        assert_eq!(after.fused.len(), before.fused.len() + 1);
        assert_eq!(after.fused[0].trace, "aaa_first");
        for f in &before.fused {
            let t = after.trace(&f.trace).unwrap();
            assert_eq!(after.fused[t].stencil, f.stencil, "{triple}: trace {} changed", f.trace);
        }
        assert_eq!(after.uops, before.uops, "{triple}: per-uop stencils changed");
        assert_eq!(after.end, before.end);
        // The new trace is sum_range under another name: the same code.
        let s = after.trace("sum_range").unwrap();
        assert_eq!(after.fused[0].stencil.code, after.fused[s].stencil.code);
    }
}
