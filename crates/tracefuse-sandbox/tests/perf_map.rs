//! With TRACEFUSE_PERF_MAP=1 the loader names every stencil it emits in
//! /tmp/perf-<pid>.map (start, size, name), so `perf report` can name fused traces.
//! (Its own test binary: the variable is process-wide.)

mod common;

use tracefuse::bodies::BodyCompiler;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{generate, Build};
use tracefuse::target::Target;
use tracefuse_sandbox::check::{run_case, Mode};

#[test]
fn loaded_stencils_are_named_in_the_perf_map() {
    let path = format!("/tmp/perf-{}.map", std::process::id());
    let _ = std::fs::remove_file(&path);
    let suite = common::bundled();
    let (lib, set) = (&suite.lib, &suite.set);
    let target = Target::by_triple("x86_64-unknown-linux-gnu").unwrap();
    let cache = common::cache();
    let bc = BodyCompiler::new(&cache).unwrap().compile_library(lib, &target.triple).unwrap();
    let stencils =
        generate(&Build { lib, target: &target, pipeline: &Pipeline::default() }, set, &bc, 2).unwrap();
    let (t, _) = set.get("sum_range").unwrap();

    run_case(Mode::Fused, &suite, Some(&stencils), t, &suite.tests[t].cases[0]).unwrap();
    assert!(std::fs::metadata(&path).is_err(), "off by default");

    std::env::set_var("TRACEFUSE_PERF_MAP", "1");
    run_case(Mode::Fused, &suite, Some(&stencils), t, &suite.tests[t].cases[0]).unwrap();
    run_case(Mode::Stitched, &suite, Some(&stencils), t, &suite.tests[t].cases[0]).unwrap();
    std::env::remove_var("TRACEFUSE_PERF_MAP");
    let map = std::fs::read_to_string(&path).unwrap();
    let _ = std::fs::remove_file(&path);
    let line =
        map.lines().find(|l| l.ends_with(" tracefuse:trace:sum_range")).expect("the fused trace is named");
    let size = u64::from_str_radix(line.split(' ').nth(1).unwrap(), 16).unwrap();
    assert_eq!(size, stencils.fused[t].stencil.code.len() as u64);
    assert!(
        map.lines().any(|l| l.ends_with(" tracefuse:sum_range[8]:_BINARY_OP_ADD_INT")),
        "stitched pieces are named:\n{map}"
    );
    for l in map.lines() {
        let start = u64::from_str_radix(l.split(' ').next().unwrap(), 16).unwrap();
        assert!(start > 0x1000, "{l}");
    }
}
