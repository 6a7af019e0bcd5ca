//! tracefuse-sandbox: tracefuse's own VM seen from Rust, and everything that exercises
//! the generator on it.
//!
//! - [`values`]: the sandbox value model, as input files write values.
//! - [`abi`]: the runtime's C structs and value encoding (sandbox.h), as Rust sees them.
//! - [`cases`]: a trace file's test data (classes, cases, object operands) → [`cases::Suite`].
//! - [`runtime`]: builds a library's runtime and reference interpreter (named in its
//!   manifest) into a shared object with clang, cached, and loads it.
//! - [`vm`]: a VM state for one case, the interpreter run and the [`vm::Snapshot`] that
//!   runs are compared by.
//! - [`check`]: interpreter, stitched and fused runs and the differential check.
//! - [`child`]: running work in a forked child, where a crash or a hang is a finding.
//! - [`random`]: random valid traces over a library, checked and shrunk.
//! - [`bench`]: the benchmark kernels and report.
//! - [`c_cases`]: the cases as C, for C consumers of the generated header.
//!
//! The `tracefuse` command (crates/tracefuse-cli) is built on these.

pub mod abi;
pub mod bench;
pub mod c_cases;
pub mod cases;
pub mod check;
pub mod child;
pub mod random;
pub mod runtime;
pub mod values;
pub mod vm;

/// The bundled sandbox uop library and its traces, in this repository.
pub fn default_library_dir() -> std::path::PathBuf {
    repo_root().join("uops/sandbox")
}

/// The repository this crate was built in (the bundled library and C sources live there).
pub fn repo_root() -> std::path::PathBuf {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().and_then(|p| p.parent()).map_or_else(|| here.to_path_buf(), |p| p.to_path_buf())
}

/// The default cache folder (bitcode and runtime objects): `$TRACEFUSE_CACHE`, else
/// `$XDG_CACHE_HOME/tracefuse`, else `~/.cache/tracefuse`; `--cache` overrides it.
pub fn default_cache_dir() -> std::path::PathBuf {
    cache_dir_from(|name| std::env::var_os(name))
}

/// [`default_cache_dir`] reading variables through `var`. Empty or relative XDG values are
/// ignored, as the XDG base directory specification says; with no home either, the
/// system's temporary folder.
pub fn cache_dir_from(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> std::path::PathBuf {
    use std::path::PathBuf;
    let set = |name: &str| var(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(dir) = set("TRACEFUSE_CACHE") {
        return dir;
    }
    if let Some(dir) = set("XDG_CACHE_HOME").filter(|p| p.is_absolute()) {
        return dir.join("tracefuse");
    }
    match set("HOME") {
        Some(home) => home.join(".cache").join("tracefuse"),
        None => std::env::temp_dir().join("tracefuse-cache"),
    }
}

/// Where `tracefuse bench` writes its report unless `--out` says otherwise (the committed
/// report, docs/bench, is written by `cargo xtask bench`, which passes `--out docs/bench`).
pub const DEFAULT_BENCH_OUT: &str = "target/tracefuse-bench";

#[cfg(test)]
mod tests {
    use super::cache_dir_from;
    use std::collections::HashMap;
    use std::ffi::OsString;
    use std::path::PathBuf;

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let map: HashMap<String, OsString> =
            pairs.iter().map(|(k, v)| (k.to_string(), OsString::from(v))).collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn cache_defaults_to_the_platform_cache_folder() {
        let all = [("TRACEFUSE_CACHE", "/c/tf"), ("XDG_CACHE_HOME", "/xdg"), ("HOME", "/home/u")];
        assert_eq!(cache_dir_from(vars(&all)), PathBuf::from("/c/tf"));
        assert_eq!(cache_dir_from(vars(&all[1..])), PathBuf::from("/xdg/tracefuse"));
        assert_eq!(cache_dir_from(vars(&all[2..])), PathBuf::from("/home/u/.cache/tracefuse"));
        // Empty or relative XDG_CACHE_HOME is ignored.
        assert_eq!(
            cache_dir_from(vars(&[("XDG_CACHE_HOME", "rel"), ("HOME", "/h")])),
            PathBuf::from("/h/.cache/tracefuse")
        );
        assert_eq!(
            cache_dir_from(vars(&[("TRACEFUSE_CACHE", ""), ("HOME", "/h")])),
            PathBuf::from("/h/.cache/tracefuse")
        );
    }
}
