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

/// The host is this machine's bundled target, whatever the machine: `targets` marks it
/// and `--host` prints it alone, and a binary copied away from the source tree still
/// knows every target (they are compiled in).
#[test]
fn the_host_target_is_this_machines_and_targets_are_built_in() {
    let tmp = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("alone");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let alone = tmp.join("tracefuse");
    std::fs::copy(env!("CARGO_BIN_EXE_tracefuse"), &alone).unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(&alone).args(args).current_dir(&tmp).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let host = run(&["targets", "--host"]);
    assert_eq!(host.trim(), tracefuse::target::host().unwrap());
    let list = run(&["targets"]);
    for triple in tracefuse::target::all_triples().unwrap() {
        let line =
            list.lines().find(|l| l.starts_with(&triple)).unwrap_or_else(|| panic!("{triple}: {list}"));
        assert_eq!(line.ends_with("(this machine)"), triple == host.trim(), "{line}");
    }
}
