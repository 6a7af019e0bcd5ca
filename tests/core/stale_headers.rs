//! The bitcode cache is keyed on every file clang read: a header in a subfolder of the
//! include path that changes (here to `#error`) is not served stale from the cache.

use crate::common;

use std::path::Path;
use tracefuse::bodies::{parse_depfile, BodyCompiler};
use tracefuse::definitions::UopLibrary;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        if p.is_dir() {
            if e.file_name() != "stencils" && e.file_name() != "traces" {
                copy_dir(&p, &to.join(e.file_name()));
            }
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn a_changed_header_in_a_subfolder_is_not_served_from_the_cache() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("stale-headers");
    let _ = std::fs::remove_dir_all(&tmp);
    let lib_dir = tmp.join("lib");
    copy_dir(&common::example_library(), &lib_dir);
    std::fs::create_dir_all(lib_dir.join("sub/deeper")).unwrap();
    let header = lib_dir.join("sub/deeper/extra.h");
    std::fs::write(&header, "#define TF_EXTRA_TICKS 0\n").unwrap();
    std::fs::write(
        lib_dir.join("bodies/_NOP.c"),
        "#include \"sandbox.h\"\n#include \"sub/deeper/extra.h\"\n\nTF_UOP(_NOP) {\n    tstate->ticks += TF_EXTRA_TICKS;\n    NEXT();\n}\n",
    )
    .unwrap();
    let lib = UopLibrary::load(&lib_dir).unwrap();
    let compiler = BodyCompiler::new(&tmp.join("cache")).unwrap();
    let triple = "x86_64-unknown-linux-gnu";
    compiler.compile_library(&lib, triple).unwrap();
    let warm = compiler.compile_library(&lib, triple).unwrap();
    assert_eq!(warm.cached, lib.uops.len() + lib.shadow.is_some() as usize, "a hit when nothing changed");

    std::fs::write(&header, "#error the header changed\n").unwrap();
    let err =
        compiler.compile_library(&lib, triple).expect_err("a broken header must not come from the cache");
    let err = err.to_string();
    assert!(err.contains("extra.h"), "the error names the header: {err}");
    assert!(err.contains("_NOP"), "{err}");
}

#[test]
fn depfiles_parse() {
    let d = "/o/x.bc: /a/b.c /a/sandbox.h \\\n  /a/sub/deeper/extra.h /a/with\\ space.h\n";
    let files = parse_depfile(d);
    let names: Vec<String> = files.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["/a/b.c", "/a/sandbox.h", "/a/sub/deeper/extra.h", "/a/with space.h"]);
}
