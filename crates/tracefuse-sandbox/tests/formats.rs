//! `tracefuse generate --format` writes exactly what it is asked for, and the raw blobs
//! are the bytes the manifest describes.

use std::path::Path;
use std::process::Command;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn format_selects_outputs_and_blobs_match_the_manifest() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let out = tmp.join("formats-out");
    let _ = std::fs::remove_dir_all(&out);
    let generate = |format: &str| {
        let res = Command::new(env!("CARGO_BIN_EXE_tracefuse"))
            .args(["generate", "--target", "x86_64-unknown-linux-gnu", "--format", format, "--cache"])
            .arg(tmp.join("tracefuse-cache"))
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap();
        assert!(res.status.success(), "{}", String::from_utf8_lossy(&res.stderr));
    };
    generate("json,blobs");
    let dir = out.join("x86_64-unknown-linux-gnu");
    assert!(!dir.join("jit_stencils.h").exists() && !dir.join("listings").exists(), "only json and blobs");
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    let stencils = manifest["stencils"].as_object().unwrap();
    let blobs: Vec<_> = std::fs::read_dir(dir.join("blobs")).unwrap().map(|e| e.unwrap().path()).collect();
    let code_blobs = blobs.iter().filter(|p| p.extension().is_some_and(|e| e == "code")).count();
    assert_eq!(code_blobs, stencils.len(), "one code blob per stencil");
    for (name, s) in stencils {
        let stem = name.replace([':', '@'], "_");
        let code = std::fs::read(dir.join("blobs").join(format!("{stem}.code"))).unwrap();
        assert_eq!(hex(&code), s["code"].as_str().unwrap(), "{name} code");
        let data = std::fs::read(dir.join("blobs").join(format!("{stem}.data"))).unwrap_or_default();
        assert_eq!(hex(&data), s["data"].as_str().unwrap(), "{name} data");
    }

    // `all` adds the header and listings; an unknown format is refused.
    generate("all");
    assert!(dir.join("jit_stencils.h").exists() && dir.join("listings").is_dir());
    let res =
        Command::new(env!("CARGO_BIN_EXE_tracefuse")).args(["generate", "--format", "elf"]).output().unwrap();
    assert!(!res.status.success());
    assert!(String::from_utf8_lossy(&res.stderr).contains("json"), "names the formats");
}
