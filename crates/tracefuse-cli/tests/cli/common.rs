//! What the CLI's tests share: scratch folders under the target dir and copies of the
//! bundled sandbox library for a test to change. Each test runs the `tracefuse` binary
//! of this package (`env!("CARGO_BIN_EXE_tracefuse")`) with its own arguments.

use std::path::{Path, PathBuf};

/// A fresh empty folder `name` under the target dir (unique per test: the tests of all
/// modules run in one process).
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Copies the bundled library into `dir/lib` so a test can change or break one file.
pub fn copy_library(dir: &Path) -> PathBuf {
    let lib = dir.join("lib");
    copy_dir(&tracefuse_sandbox::default_library_dir(), &lib);
    lib
}

/// Copies the library folder `from` to `to`, without its committed `stencils/` (an
/// output: a copy does not need them).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if entry.file_type().unwrap().is_dir() {
            if entry.file_name() != "stencils" {
                copy_dir(&src, &dst);
            }
        } else {
            std::fs::copy(&src, &dst).unwrap();
        }
    }
}
