//! The stencil cache: a second build of the same inputs takes every stencil from the
//! cache and gives the same set as a build without it; a changed body rebuilds exactly
//! the stencils whose plans use that uop; a damaged entry is rebuilt.

use crate::common;

use std::path::{Path, PathBuf};
use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::UopLibrary;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{generate, generate_timed, Build};
use tracefuse::plan::plans;
use tracefuse::target::Target;
use tracefuse::traces::TraceSet;

const TRIPLE: &str = "x86_64-unknown-linux-gnu";

fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for sub in std::fs::read_dir(dir.join("stencils")).unwrap() {
        for e in std::fs::read_dir(sub.unwrap().path()).unwrap() {
            out.push(e.unwrap().path());
        }
    }
    out.sort();
    out
}

#[test]
fn unchanged_inputs_come_from_the_cache_and_a_changed_body_rebuilds_its_users() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("stencil-cache");
    let _ = std::fs::remove_dir_all(&tmp);
    let lib = common::copy_example_library(&tmp.join("lib"));
    let set = TraceSet::load_dir(&common::example_library().join("traces"), &lib).unwrap();
    let target = Target::by_triple(TRIPLE).unwrap();
    let compiler = BodyCompiler::new(&tmp.join("bodies")).unwrap();
    let bitcode = compiler.compile_library(&lib, TRIPLE).unwrap();
    let cached = Pipeline { stencil_cache: Some(tmp.join("cache")), ..Pipeline::default() };

    let uncached = Build { lib: &lib, target: &target, pipeline: &Pipeline::default() };
    let through_cache = Build { pipeline: &cached, ..uncached };

    let fresh = generate(&uncached, &set, &bitcode, 2).unwrap();
    let (first, stats) = generate_timed(&through_cache, &set, &bitcode, 2).unwrap();
    assert_eq!(stats.cached, 0, "an empty cache serves nothing");
    assert_eq!(first, fresh, "building through the cache changes no stencil");
    let all = stats.stencils;
    assert_eq!(entries(&tmp.join("cache")).len(), all, "one entry per stencil");

    let (second, stats) = generate_timed(&through_cache, &set, &bitcode, 2).unwrap();
    assert_eq!((stats.cached, stats.cached_fused), (all, set.traces.len()), "unchanged inputs build nothing");
    assert_eq!(second, fresh);

    // Damaged entries (truncated, or another stencil's) are rebuilt, not trusted.
    let files = entries(&tmp.join("cache"));
    std::fs::write(&files[0], b"{\"name\":").unwrap();
    std::fs::copy(&files[2], &files[1]).unwrap();
    let (third, stats) = generate_timed(&through_cache, &set, &bitcode, 2).unwrap();
    assert_eq!(stats.cached, all - 2);
    assert_eq!(third, fresh);

    // One body changes: the stencils whose plans use it are rebuilt, the rest are not.
    std::fs::write(
        lib.dir.join("bodies/_SWAP.c"),
        "#include \"sandbox.h\"\n\nTF_UOP(_SWAP) {\n    TfValue top = PEEK(1);\n    POKE(1, PEEK(OPARG));\n    \
         POKE(OPARG, top);\n    tstate->ticks += 1;\n    NEXT();\n}\n",
    )
    .unwrap();
    let changed = UopLibrary::load(&lib.dir).unwrap();
    let bitcode = compiler.compile_library(&changed, TRIPLE).unwrap();
    let swap = changed.uops.iter().position(|u| u.name == "_SWAP").unwrap();
    let planned = plans(&changed, &set, &cached);
    let users = planned.iter().filter(|p| p.instructions.iter().any(|i| i.uop == swap)).count();
    let fused_users = planned.fused.iter().filter(|p| p.instructions.iter().any(|i| i.uop == swap)).count();
    assert!(
        users >= 2 && fused_users >= 1,
        "the bundled traces use _SWAP: {users} plans, {fused_users} fused"
    );
    let (after, stats) =
        generate_timed(&Build { lib: &changed, ..through_cache }, &set, &bitcode, 2).unwrap();
    assert_eq!(all - stats.cached, users, "rebuilt: exactly the {users} stencils that use _SWAP");
    assert_eq!(set.traces.len() - stats.cached_fused, fused_users);
    assert_ne!(after, fresh, "the changed body is in the new stencils");
    assert_eq!(after, generate(&Build { lib: &changed, ..uncached }, &set, &bitcode, 2).unwrap());
}
