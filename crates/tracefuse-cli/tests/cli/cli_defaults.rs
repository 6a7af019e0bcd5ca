//! Where things go by default: the cache in the platform cache folder (not under the
//! folder the user stands in), bench reports under target/ (not over the committed
//! report), and as many jobs as cores.

use std::process::Command;

fn help(sub: &str, env: &[(&str, &str)]) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tracefuse"));
    cmd.args([sub, "--help"]).env_remove("TRACEFUSE_CACHE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn cli_defaults_in_help() {
    let h = help("generate", &[("XDG_CACHE_HOME", "/xdg-test")]);
    assert!(h.contains("[default: /xdg-test/tracefuse]"), "{h}");
    assert!(!h.contains("target/tracefuse-cache"), "{h}");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    assert!(h.contains(&format!("[default: {cores}]")), "jobs default to the cores: {h}");
    let h = help("run", &[("TRACEFUSE_CACHE", "/env-cache")]);
    assert!(h.contains("[default: /env-cache]"), "{h}");
    let h = help("bench", &[]);
    assert!(h.contains("[default: target/tracefuse-bench]"), "{h}");
    assert!(!h.contains("[default: docs/bench]"), "{h}");
}
