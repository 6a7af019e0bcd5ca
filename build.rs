//! Embeds the target descriptions in the crate, so that a tracefuse binary copied away
//! from the source tree still knows its targets: writes `$OUT_DIR/targets.rs`, a table of
//! each `targets/*.yaml` file's name (its triple) and text, sorted by triple, which
//! `src/target.rs` includes. Adding a target stays adding a file.
//!
//! Also sets `TRACEFUSE_FINGERPRINT`, a hash of the sources that decide how stencils are
//! built (`src/`, `llvm/`, `targets/`, the runtime crate's `src/`, `Cargo.lock`), which
//! keys the stencil cache (`src/stencil_cache.rs`).

use std::path::{Path, PathBuf};

/// FNV-1a, 64 bits: stable across Rust releases, unlike std's hasher.
struct Fnv(u64);

impl Fnv {
    fn update(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Every file under `dir`, sorted, relative to `root`.
fn files(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(root, &path, out);
        } else if let Ok(rel) = path.strip_prefix(root) {
            out.push(rel.to_path_buf());
        }
    }
}

fn fingerprint(root: &Path) -> String {
    let mut all = Vec::new();
    for part in ["src", "llvm", "targets", "crates/tracefuse-runtime/src", "Cargo.lock"] {
        let path = root.join(part);
        println!("cargo:rerun-if-changed={part}");
        if path.is_dir() {
            files(root, &path, &mut all);
        } else if path.is_file() {
            all.push(PathBuf::from(part));
        }
    }
    all.sort();
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    let mut g = Fnv(0x6c62_272e_07bb_0142);
    for rel in &all {
        let text =
            std::fs::read(root.join(rel)).unwrap_or_else(|e| panic!("cannot read {}: {e}", rel.display()));
        for f in [&mut h, &mut g] {
            f.update(rel.to_string_lossy().as_bytes());
            f.update(&(text.len() as u64).to_le_bytes());
            f.update(&text);
        }
    }
    format!("{:016x}{:016x}", h.0, g.0)
}

fn main() {
    let manifest_dir =
        PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    println!("cargo:rustc-env=TRACEFUSE_FINGERPRINT={}", fingerprint(&manifest_dir));
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
