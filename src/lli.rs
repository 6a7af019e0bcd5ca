//! Test support: runs LLVM IR text with LLVM 19's `lli`, so a pass's unit tests can run a
//! module before and after the pass and compare what it prints (`$LLVM_SYS_191_PREFIX`,
//! else /usr/lib/llvm-19).

/// Runs `text` with lli: what it printed on stdout and its exit status (-1 for a signal).
pub(crate) fn run(text: &str) -> (String, i32) {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("tracefuse-lli-{}-{n}.ll", std::process::id()));
    std::fs::write(&path, text).expect("written");
    let prefix = std::env::var("LLVM_SYS_191_PREFIX").unwrap_or_else(|_| "/usr/lib/llvm-19".into());
    let out = std::process::Command::new(format!("{prefix}/bin/lli")).arg(&path).output().expect("lli runs");
    let _ = std::fs::remove_file(&path);
    (String::from_utf8_lossy(&out.stdout).into_owned(), out.status.code().unwrap_or(-1))
}

/// Runs `text` with lli, which must succeed: what it printed.
pub(crate) fn run_ok(text: &str) -> String {
    let (out, status) = run(text);
    assert_eq!(status, 0, "lli failed ({status}):\n{out}\n{text}");
    out
}
