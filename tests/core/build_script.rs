//! The build-script API's options: cargo's `TARGET` picks the target description, the
//! jobs default to the machine's cores (variables injected, not read from the process).

use std::collections::HashMap;
use std::ffi::OsString;
use tracefuse::build_script::{default_jobs, Options};

fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
    let map: HashMap<String, OsString> =
        pairs.iter().map(|(k, v)| (k.to_string(), OsString::from(v))).collect();
    move |name| map.get(name).cloned()
}

#[test]
fn from_env_honours_cargo_target_and_cores() {
    let o =
        Options::from_vars("lib", vars(&[("OUT_DIR", "/tmp/out"), ("TARGET", "aarch64-unknown-linux-gnu")]))
            .unwrap();
    assert_eq!(o.targets, vec!["aarch64-unknown-linux-gnu".to_string()]);
    assert_eq!(o.out_dir, std::path::PathBuf::from("/tmp/out"));
    assert_eq!(o.jobs, default_jobs());
    assert_eq!(default_jobs(), std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mac =
        Options::from_vars("lib", vars(&[("OUT_DIR", "o"), ("TARGET", "x86_64-apple-darwin")])).unwrap();
    assert_eq!(mac.targets, vec!["x86_64-apple-darwin".to_string()]);
}

#[test]
fn from_env_refuses_a_triple_without_description() {
    let e = Options::from_vars("lib", vars(&[("OUT_DIR", "o"), ("TARGET", "riscv64gc-unknown-linux-gnu")]))
        .unwrap_err()
        .to_string();
    assert!(e.contains("riscv64gc-unknown-linux-gnu"), "{e}");
    assert!(e.contains("aarch64-unknown-linux-gnu"), "names the known targets: {e}");
    let e = Options::from_vars("lib", vars(&[("OUT_DIR", "o")])).unwrap_err().to_string();
    assert!(e.contains("TARGET"), "{e}");
}
