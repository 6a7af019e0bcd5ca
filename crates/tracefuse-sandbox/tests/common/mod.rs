//! What the sandbox's tests share: the bundled library with its traces, test data and
//! runtime, built once per test binary into the test cache.

#![allow(dead_code)]

use std::path::PathBuf;
use tracefuse_sandbox::cases::Suite;

/// The cache folder of the tests (bitcode and runtimes).
pub fn cache() -> PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache")
}

/// The bundled sandbox library and its traces, ready to run.
pub fn bundled() -> Suite {
    Suite::load(&tracefuse_sandbox::default_library_dir(), None, &cache()).expect("the bundled library loads")
}
