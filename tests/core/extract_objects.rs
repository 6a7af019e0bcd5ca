//! Extraction reads objects clang makes for every target (not only tracefuse's own
//! codegen), whatever the alignment of the buffer they come in: `object` parses headers
//! in place and would refuse an unaligned slice, so `extract` copies one.

use crate::common;

use std::path::Path;
use std::process::Command;
use tracefuse::extract::extract;
use tracefuse::target::{all_triples, Target};

#[test]
fn clang_objects_extract_for_every_target_from_any_alignment() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = common::repo_root();
    let clang = std::env::var("TRACEFUSE_CLANG").unwrap_or_else(|_| "clang-19".into());
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    for triple in all_triples().unwrap() {
        let target = Target::by_triple(&triple).unwrap();
        let obj = tmp.join(format!("extract-{triple}.o"));
        // A body named as a stencil's entry: it calls the runtime and loads a constant.
        let res = Command::new(&clang)
            .args(["-O2", "-c", "-ffreestanding", &format!("--target={triple}")])
            .arg("-Dtf_uop__BINARY_OP_ADD_FLOAT=_JIT_ENTRY")
            .arg("-I")
            .arg(core.join("llvm"))
            .arg("-I")
            .arg(root.join("uops/sandbox"))
            .arg(root.join("uops/sandbox/bodies/_BINARY_OP_ADD_FLOAT.c"))
            .arg("-o")
            .arg(&obj)
            .output()
            .unwrap();
        assert!(res.status.success(), "{triple}: {}", String::from_utf8_lossy(&res.stderr));
        let bytes = std::fs::read(&obj).unwrap();
        let aligned = extract("add_float", &bytes, &target).unwrap_or_else(|e| panic!("{triple}: {e}"));
        assert!(aligned.holes() > 0, "{triple}: the body's calls are holes");
        let mut shifted = vec![0u8; bytes.len() + 1];
        shifted[1..].copy_from_slice(&bytes);
        let unaligned =
            extract("add_float", &shifted[1..], &target).unwrap_or_else(|e| panic!("{triple}: {e}"));
        assert_eq!(aligned, unaligned, "{triple}");
    }
}
