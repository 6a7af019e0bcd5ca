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

/// Every file under `dir`, by path relative to it, with its bytes.
fn tree(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().display().to_string();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// Two shards built apart (with a cold stencil cache each, as on two machines) and
/// merged give, byte for byte, what one unsharded generate writes; a missing share or
/// other pipeline options are refused.
#[test]
fn two_shards_merged_equal_one_unsharded_generate() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("shards");
    let _ = std::fs::remove_dir_all(&tmp);
    let run = |args: &[&str], cache: &str| {
        Command::new(env!("CARGO_BIN_EXE_tracefuse"))
            .args(args)
            .args([
                "--target",
                "x86_64-unknown-linux-gnu",
                "--target",
                "aarch64-unknown-linux-gnu",
                "--format",
                "all",
            ])
            .arg("--cache")
            .arg(tmp.join(cache))
            .output()
            .unwrap()
    };
    let path = |p: &str| tmp.join(p).display().to_string();
    for (args, cache) in [
        (vec!["generate", "--out", &path("whole")], "cache-whole"),
        (vec!["generate", "--shard", "1/2", "--out", &path("a")], "cache-a"),
        (vec!["generate", "--shard", "2/2", "--out", &path("b")], "cache-b"),
        (vec!["merge", &path("a"), &path("b"), "--out", &path("merged")], "cache-merge"),
    ] {
        let res = run(&args, cache);
        assert!(res.status.success(), "{args:?}: {}", String::from_utf8_lossy(&res.stderr));
    }
    let (whole, merged) = (tree(&tmp.join("whole")), tree(&tmp.join("merged")));
    assert!(whole.keys().any(|k| k.ends_with("jit_stencils.h")) && whole.len() > 10, "{:?}", whole.keys());
    assert_eq!(whole.keys().collect::<Vec<_>>(), merged.keys().collect::<Vec<_>>());
    for (name, bytes) in &whole {
        assert!(merged[name] == *bytes, "{name} differs between the merged and the unsharded output");
    }

    let res = run(&["merge", &path("a"), "--out", &path("half")], "cache-merge");
    let err = String::from_utf8_lossy(&res.stderr);
    assert!(!res.status.success() && err.contains("shard 2/2 for") && err.contains("is missing"), "{err}");
    let res =
        run(&["merge", &path("a"), &path("b"), "--no-trace-trees", "--out", &path("other")], "cache-merge");
    let err = String::from_utf8_lossy(&res.stderr);
    assert!(!res.status.success() && err.contains("built from other inputs"), "{err}");
    assert!(!tmp.join("half").exists() && !tmp.join("other").exists(), "nothing written on a refused merge");
}
