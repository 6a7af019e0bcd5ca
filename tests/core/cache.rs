//! The bitcode cache: hits on unchanged inputs, rebuilds entries that are corrupt (bad
//! checksum, truncated) or stale (a body changed), and gives identical bitcode.

use crate::common;

use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::UopLibrary;

const TRIPLE: &str = "x86_64-unknown-linux-gnu";

fn entries(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for sub in std::fs::read_dir(dir.join("bitcode")).unwrap() {
        for e in std::fs::read_dir(sub.unwrap().path()).unwrap() {
            let p = e.unwrap().path();
            // Bitcode entries; each has its dependency list beside it (`.deps`).
            if p.extension().is_some_and(|x| x == "bc") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn apple_targets_hit_the_cache_too() {
    // clang wraps bitcode for Apple triples; the cache must still recognise it.
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cache-test-apple");
    let _ = std::fs::remove_dir_all(&cache);
    let lib = UopLibrary::load(&common::example_library()).unwrap();
    let compiler = BodyCompiler::new(&cache).unwrap();
    compiler.compile_library(&lib, "aarch64-apple-darwin").unwrap();
    let warm = compiler.compile_library(&lib, "aarch64-apple-darwin").unwrap();
    assert_eq!(warm.cached, lib.uops.len() + lib.shadow.is_some() as usize);
}

#[test]
fn corrupt_and_stale_entries_are_rebuilt() {
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cache-test");
    let _ = std::fs::remove_dir_all(&cache);
    let lib = UopLibrary::load(&common::example_library()).unwrap();
    let compiler = BodyCompiler::new(&cache).unwrap();
    // Every body, and the shadow-frame hooks.
    let units = lib.uops.len() + lib.shadow.is_some() as usize;
    let first = compiler.compile_library(&lib, TRIPLE).unwrap();
    assert_eq!(first.cached, 0);
    let warm = compiler.compile_library(&lib, TRIPLE).unwrap();
    assert_eq!(warm.cached, units, "an unchanged library comes from the cache");
    assert_eq!(warm.bodies, first.bodies);

    let files = entries(&cache);
    assert_eq!(files.len(), units);
    // Flip a byte in one entry and truncate another.
    let mut bytes = std::fs::read(&files[0]).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0xff;
    std::fs::write(&files[0], bytes).unwrap();
    std::fs::write(&files[1], b"BC").unwrap();
    let again = compiler.compile_library(&lib, TRIPLE).unwrap();
    assert_eq!(again.cached, units - 2, "the two damaged entries are rebuilt");
    assert_eq!(again.bodies, first.bodies, "rebuilt bitcode is identical");

    // A changed body is a different key: rebuilt, not served stale.
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cache-test-lib");
    common::copy_example_library(&dir);
    let nop = dir.join("bodies/_NOP.c");
    std::fs::write(
        &nop,
        "#include \"sandbox.h\"\n\nTF_UOP(_NOP) {\n    tstate->ticks += 0;\n    NEXT();\n}\n",
    )
    .unwrap();
    let changed = UopLibrary::load(&dir).unwrap();
    let stale = compiler.compile_library(&changed, TRIPLE).unwrap();
    assert_eq!(stale.cached, units - 1, "only the changed body is rebuilt");
}
