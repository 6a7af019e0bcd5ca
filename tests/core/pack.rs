//! The stencil pack is the header's stencils as data: for every bundled target, a C
//! program emits every group (end stub, per-uop, fused) from `jit_stencils.h` and from
//! the pack at the same addresses, with the same instruction fields, exits and symbols,
//! and the patched bytes, trampolines and lookups are identical. The pack's C does not
//! grow with the set; a damaged pack (truncated, another version, a table outside it, a
//! per-uop group's hole reading another instruction) is refused at load, and a fused
//! group whose hole reads past its trace is never used (its holes are checked when it is
//! first wanted).

use crate::common;

use std::path::Path;
use std::process::Command;
use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::UopLibrary;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{generate, Build};
use tracefuse::target::{all_triples, Target};
use tracefuse::traces::TraceSet;
use tracefuse::writers::{write_target, Format};

fn cc(args: &[&std::ffi::OsStr], out: &Path) {
    let clang = std::env::var("TRACEFUSE_CLANG").unwrap_or_else(|_| "clang-19".into());
    let res = Command::new(&clang)
        .args(["-std=c11", "-O1", "-Wall", "-Wextra", "-Werror", "-Wno-unused-function"])
        .args(args)
        .arg("-o")
        .arg(out)
        .output()
        .unwrap();
    assert!(res.status.success(), "{}", String::from_utf8_lossy(&res.stderr));
}

fn run(exe: &Path, args: &[&Path]) -> (bool, String) {
    let res = Command::new(exe).args(args).output().unwrap();
    (res.status.success(), String::from_utf8_lossy(&res.stdout).into_owned())
}

#[test]
fn every_group_emits_the_same_bytes_from_the_pack_as_from_the_header() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pack");
    let _ = std::fs::remove_dir_all(&tmp);
    let lib = UopLibrary::load(&common::example_library()).unwrap();
    let set = TraceSet::load_library_default(&lib).unwrap();
    let compiler = BodyCompiler::new(&tmp.join("cache")).unwrap();
    let program = common::repo_root().join("tests/core/c/emit_all.c");
    for triple in all_triples().unwrap() {
        let target = Target::by_triple(&triple).unwrap();
        let bitcode = compiler.compile_library(&lib, &triple).unwrap();
        let stencils = generate(
            &Build { lib: &lib, target: &target, pipeline: &Pipeline::default() },
            &set,
            &bitcode,
            2,
        )
        .unwrap();
        let dir =
            write_target(&tmp.join("out"), &stencils, &target, &[Format::Header, Format::Pack]).unwrap();
        let header_exe = tmp.join(format!("emit-header-{triple}"));
        let pack_exe = tmp.join(format!("emit-pack-{triple}"));
        cc(&[program.as_os_str(), "-I".as_ref(), dir.as_os_str()], &header_exe);
        cc(&[program.as_os_str(), "-DTF_FORM_PACK".as_ref(), "-I".as_ref(), dir.as_os_str()], &pack_exe);
        let pack = dir.join("tf_stencils.pack");
        let (ok_h, from_header) = run(&header_exe, &[]);
        let (ok_p, from_pack) = run(&pack_exe, &[&pack]);
        assert!(ok_h && ok_p, "{triple}: {from_header}\n{from_pack}");
        let groups = from_header.lines().filter(|l| !l.starts_with("lookup")).count();
        assert_eq!(groups, 1 + stencils.uops.len() + stencils.fused.len(), "{triple}: {from_header}");
        for (h, p) in from_header.lines().zip(from_pack.lines()) {
            assert_eq!(h, p, "{triple}: the pack emits differently");
        }
        assert_eq!(from_header.lines().count(), from_pack.lines().count());
        for t in &stencils.fused {
            let line = format!("lookup {}: {} uops -> ", t.trace, t.signature.uops.len());
            assert!(
                from_pack.lines().any(|l| l.starts_with(&line) && !l.ends_with("none")),
                "{triple}: {line}"
            );
        }

        // The pack's C is small and fixed: the same for a set of one trace.
        let one = TraceSet::link(vec![set.traces[0].clone()]).unwrap();
        let small = generate(
            &Build { lib: &lib, target: &target, pipeline: &Pipeline::default() },
            &one,
            &bitcode,
            2,
        )
        .unwrap();
        assert_eq!(
            tracefuse::writers::pack::pack_header(&small, &target),
            tracefuse::writers::pack::pack_header(&stencils, &target),
            "{triple}: the pack's C depends on the traces"
        );

        // A damaged pack is refused when loaded, never emitted from. Holes: the pack's
        // holes start at the offset in bytes 64..72, 32 bytes each (value kind at +5,
        // instruction number at +12); groups are in order (end stub, per-uop, fused).
        let bytes = std::fs::read(&pack).unwrap();
        let holes = u64::from_le_bytes(bytes[64..72].try_into().unwrap()) as usize;
        let nholes = u32::from_le_bytes(bytes[36..40].try_into().unwrap()) as usize;
        let field_holes: Vec<usize> = (0..nholes).filter(|k| bytes[holes + 32 * k + 5] == 8).collect();
        let reading = |k: usize, n: u32| {
            let mut b = bytes.clone();
            b[holes + 32 * k + 12..holes + 32 * k + 16].copy_from_slice(&n.to_le_bytes());
            b
        };
        let (first, last) = (field_holes[0], field_holes[field_holes.len() - 1]);
        for (what, damaged) in [
            ("truncated", bytes[..bytes.len() / 2].to_vec()),
            ("another version", [&bytes[..8], &[9, 0, 0, 0], &bytes[12..]].concat()),
            ("tables outside", {
                let mut b = bytes.clone();
                b[60..68].copy_from_slice(&u64::MAX.to_le_bytes());
                b
            }),
            // The first hole that reads a field is a per-uop group's: made to read
            // another instruction than the group's own.
            ("a per-uop group reading another instruction", reading(first, 1)),
        ] {
            let path = tmp.join(format!("damaged-{triple}.pack"));
            std::fs::write(&path, damaged).unwrap();
            let (ok, out) = run(&pack_exe, &[&path]);
            assert!(!ok && out.starts_with("load: "), "{triple}: a {what} pack was loaded: {out}");
        }
        // The last hole that reads a field is a fused group's: made to read instruction
        // 60000, that group is never emitted nor found by the lookup; the rest of the
        // pack works as before.
        let path = tmp.join(format!("damaged-{triple}.pack"));
        std::fs::write(&path, reading(last, 60000)).unwrap();
        let (ok, out) = run(&pack_exe, &[&path]);
        let unusable: Vec<&str> = out.lines().filter_map(|l| l.strip_prefix("unusable ")).collect();
        assert!(ok && unusable.len() == 1, "{triple}: {out}");
        let lookup = format!("lookup {}: ", unusable[0]);
        assert!(out.lines().any(|l| l.starts_with(&lookup) && l.ends_with("-> none")), "{triple}: {out}");
        let emitted =
            |o: &str| o.lines().filter(|l| !l.starts_with("lookup") && !l.starts_with("unusable")).count();
        assert_eq!(emitted(&out) + 1, emitted(&from_pack), "{triple}: {out}");
    }
}
