//! The committed stencils (uops/sandbox/stencils/, what a VM without LLVM consumes) are
//! exactly what generating now produces: same files, same bytes.

use crate::common;

use std::path::{Path, PathBuf};
use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::UopLibrary;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{generate, Build};
use tracefuse::target::{all_triples, Target};
use tracefuse::traces::TraceSet;
use tracefuse::writers::Format;

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

#[test]
fn committed_stencils_match_a_fresh_generate() {
    let lib = UopLibrary::load(&common::example_library()).unwrap();
    let set = TraceSet::load_dir(&lib.dir.join("traces"), &lib).unwrap();
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let fresh = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fresh-stencils");
    let _ = std::fs::remove_dir_all(&fresh);
    let committed = lib.dir.join("stencils");
    for triple in all_triples().unwrap() {
        let target = Target::by_triple(&triple).unwrap();
        let bc = BodyCompiler::new(&cache).unwrap().compile_library(&lib, &triple).unwrap();
        let stencils =
            generate(&Build { lib: &lib, target: &target, pipeline: &Pipeline::default() }, &set, &bc, 2)
                .unwrap();
        tracefuse::writers::write_target(&fresh, &stencils, &target, &Format::DEFAULT).unwrap();
    }
    let rel = |root: &Path| -> Vec<PathBuf> {
        files(root).into_iter().map(|p| p.strip_prefix(root).unwrap().to_path_buf()).collect()
    };
    let (want, have) = (rel(&fresh), rel(&committed));
    let stale =
        "the committed stencils are stale: run `cargo xtask generate` and commit uops/sandbox/stencils";
    assert_eq!(want, have, "{stale} (files differ)");
    for f in &want {
        let (a, b) = (std::fs::read(fresh.join(f)).unwrap(), std::fs::read(committed.join(f)).unwrap());
        assert!(a == b, "{stale} ({} differs)", f.display());
    }
}
