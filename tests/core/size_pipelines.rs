//! `-Os` and `-Oz` are real size pipelines: LLVM's new pass manager sizes code by the
//! `optsize`/`minsize` function attributes, so without them `default<Os>` builds what
//! `default<O3>` builds. Over the bundled traces, the size pipelines must give different
//! and smaller fused code than -O3. The default pipeline, cut from O3, must give O3's.

use crate::common;

use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::UopLibrary;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{generate, Build};
use tracefuse::target::Target;
use tracefuse::traces::TraceSet;

#[test]
fn os_and_oz_stencils_differ_from_o3_and_are_smaller() {
    let lib = UopLibrary::load(&common::example_library()).unwrap();
    let set = TraceSet::load_library_default(&lib).unwrap();
    let target = Target::by_triple("x86_64-unknown-linux-gnu").unwrap();
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let bc = BodyCompiler::new(&cache).unwrap().compile_library(&lib, &target.triple).unwrap();
    let build = |p: &str| {
        generate(&Build { lib: &lib, target: &target, pipeline: &Pipeline::parse(p) }, &set, &bc, 2).unwrap()
    };
    let total = |s: &tracefuse::set::StencilSet| s.fused.iter().map(|f| f.stencil.code.len()).sum::<usize>();
    let o3 = build("-O3");
    let os = build("-Os");
    let oz = build("-Oz");
    let codes =
        |s: &tracefuse::set::StencilSet| s.fused.iter().map(|f| f.stencil.code.clone()).collect::<Vec<_>>();
    assert_ne!(codes(&os), codes(&o3), "-Os fused stencils are byte-identical to -O3");
    assert_ne!(codes(&oz), codes(&o3), "-Oz fused stencils are byte-identical to -O3");
    let (t3, ts, tz) = (total(&o3), total(&os), total(&oz));
    eprintln!("fused code bytes: O3 {t3}, Os {ts}, Oz {tz}");
    assert!(ts < t3, "-Os fused code ({ts} bytes) is not smaller than -O3 ({t3})");
    assert!(tz < t3, "-Oz fused code ({tz} bytes) is not smaller than -O3 ({t3})");
}

#[test]
fn size_attributes_follow_the_pipeline() {
    assert!(Pipeline::parse("-O3").size_attributes().is_empty());
    assert_eq!(Pipeline::parse("-Os").size_attributes(), &["optsize"]);
    assert_eq!(Pipeline::parse("-Oz").size_attributes(), &["optsize", "minsize"]);
    assert_eq!(Pipeline::parse("default<Oz>").size_attributes(), &["optsize", "minsize"]);
}

/// The default pipeline is O3 without the passes that change no stencil
/// (`optimize::STENCIL_PIPELINE`): over the bundled traces it gives O3's code, fused and
/// per-uop, byte for byte. A body change that makes them differ calls for repeating the
/// search that found the pass list (docs/design.md, "Generation cost").
#[test]
fn the_default_pipeline_gives_o3_code() {
    let lib = UopLibrary::load(&common::example_library()).unwrap();
    let set = TraceSet::load_library_default(&lib).unwrap();
    let target = Target::by_triple("x86_64-unknown-linux-gnu").unwrap();
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let bc = BodyCompiler::new(&cache).unwrap().compile_library(&lib, &target.triple).unwrap();
    let o3 = generate(&Build { lib: &lib, target: &target, pipeline: &Pipeline::parse("-O3") }, &set, &bc, 2)
        .unwrap();
    let default =
        generate(&Build { lib: &lib, target: &target, pipeline: &Pipeline::default() }, &set, &bc, 2)
            .unwrap();
    let a = serde_json::to_string(&o3).unwrap();
    let b = serde_json::to_string(&default).unwrap();
    assert!(a == b, "the default pipeline's stencils differ from -O3's");
}
