//! What the core's tests share: the bundled sandbox library serves as example input (its
//! manifest, bodies and traces are data here; no sandbox code is used).

#![allow(dead_code)]

use std::path::PathBuf;

/// The repository's root.
pub fn repo_root() -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// The bundled uop library, as example input.
pub fn example_library() -> PathBuf {
    repo_root().join("uops/sandbox")
}
