//! Embeds the target descriptions in the crate, so that a tracefuse binary copied away
//! from the source tree still knows its targets: writes `$OUT_DIR/targets.rs`, a table of
//! each `targets/*.yaml` file's name (its triple) and text, sorted by triple, which
//! `src/target.rs` includes. Adding a target stays adding a file.

use std::path::PathBuf;

fn main() {
    let manifest_dir =
        PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = manifest_dir.join("targets");
    // A directory: cargo reruns this script when any file in it changes, or one is added.
    println!("cargo:rerun-if-changed=targets");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut targets: Vec<(String, PathBuf)> = Vec::new();
    for entry in entries {
        let path = entry.unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display())).path();
        if path.extension().is_none_or(|x| x != "yaml") {
            continue;
        }
        let triple = path.file_stem().and_then(|s| s.to_str()).map(str::to_string);
        let Some(triple) = triple else {
            panic!("{}: a target file is named by its triple, in UTF-8", path.display());
        };
        targets.push((triple, path));
    }
    targets.sort();
    let mut table = String::from("&[\n");
    for (triple, path) in &targets {
        let Some(path) = path.to_str() else {
            panic!("{}: include_str! needs a UTF-8 path", path.display());
        };
        table.push_str(&format!("    ({triple:?}, include_str!({path:?})),\n"));
    }
    table.push_str("]\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("targets.rs");
    std::fs::write(&out, table).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
