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

/// A copy of the bundled library (manifest, prelude and other top-level files, bodies) in
/// `dir`, for tests that change it.
pub fn copy_example_library(dir: &std::path::Path) -> tracefuse::definitions::UopLibrary {
    let lib = tracefuse::definitions::UopLibrary::load(&example_library()).unwrap();
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("bodies")).unwrap();
    for e in std::fs::read_dir(&lib.dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
        }
    }
    for u in &lib.uops {
        std::fs::copy(&u.body, dir.join("bodies").join(u.body.file_name().unwrap())).unwrap();
    }
    tracefuse::definitions::UopLibrary::load(dir).unwrap()
}
