//! Helpers shared by the integration tests: the fixture's location, and scratch copies
//! of it (under Cargo's per-target temporary directory) that a test may break.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixture")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A fresh copy of the fixture named after the test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fixture-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&fixture(), &dir);
    dir
}

/// Replaces the `times` occurrences of `from` in `dir/rel` (there must be exactly that
/// many).
pub fn edit(dir: &Path, rel: &str, from: &str, to: &str, times: usize) {
    let path = dir.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches(from).count(), times, "{from:?} in {rel}");
    std::fs::write(&path, text.replace(from, to)).unwrap();
}

/// `dir/rel` as the reader labels it in messages.
pub fn label(dir: &Path, rel: &str) -> String {
    dir.join(rel).display().to_string()
}
