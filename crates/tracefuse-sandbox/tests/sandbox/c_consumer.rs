//! A C VM adopts the output with no Rust in its build: tests/c_consumer/consumer.c,
//! compiled with clang 19 against the `jit_stencils.h` generated in this run, the
//! sandbox runtime, interpreter and bodies, looks up, emits, patches and runs every
//! bundled case as interpreter, fused and stitched, and must find them identical; a
//! recorded trace with a changed build-time field must miss the lookup, be stitched, and
//! still match the interpreter.
//!
//! For the host it runs natively; for aarch64-unknown-linux-gnu it is cross-built
//! statically and run under qemu-user (the proof that AArch64 stencils run). The
//! packages for that (libc6-dev-arm64-cross, libgcc-12-dev-arm64-cross,
//! binutils-aarch64-linux-gnu, qemu-user) are installed by `cargo xtask test`.
//!
//! The macOS and Windows stencils run here too. On both architectures macOS calls C
//! functions like these runtime helpers exactly as Linux does (SysV AMD64; AAPCS64 for
//! non-variadic calls), so a Linux process is a faithful host for Mach-O stencils.
//! Windows stencils call the runtime with the Microsoft x64 convention: the consumer
//! hands them `ms_abi` wrappers of the runtime functions and builtins. Layouts and the
//! stencil convention are the same everywhere, so every target's relocations, GOT,
//! relaxations and trampolines are checked by execution.

use std::path::{Path, PathBuf};
use std::process::Command;
use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::UopLibrary;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{generate, Build};
use tracefuse::target::{Target, ValueAccess};
use tracefuse::traces::TraceSet;
use tracefuse::writers::{write_target, Format};
use tracefuse_sandbox::cases::TraceTests;

fn clang() -> String {
    std::env::var("TRACEFUSE_CLANG").unwrap_or_else(|_| "clang-19".into())
}

fn bundled() -> (UopLibrary, TraceSet) {
    let lib = UopLibrary::load(&tracefuse_sandbox::default_library_dir()).unwrap();
    let set = TraceSet::load_dir(&lib.dir.join("traces"), &lib).unwrap();
    (lib, set)
}

/// The test data of every trace (what `cases.h` is written from).
fn tests_of(set: &TraceSet) -> Vec<TraceTests> {
    set.traces.iter().map(|t| TraceTests::read(t).unwrap()).collect()
}

/// Generates the header and cases of `set` for `triple` into `<tmp>/<folder>/<triple>`
/// and builds the consumer there; returns it.
fn build(triple: &str, cross: &[&str]) -> PathBuf {
    let (lib, set) = bundled();
    build_set(&lib, &set, "c-consumer", triple, cross)
}

fn build_set(lib: &UopLibrary, set: &TraceSet, folder: &str, triple: &str, cross: &[&str]) -> PathBuf {
    let root = tracefuse_sandbox::repo_root();
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let out = tmp.join(folder);
    let target = Target::by_triple(triple).unwrap();
    let bc = BodyCompiler::new(&tmp.join("tracefuse-cache")).unwrap().compile_library(lib, triple).unwrap();
    let stencils =
        generate(&Build { lib, target: &target, pipeline: &Pipeline::default() }, set, &bc, 2).unwrap();
    let dir = write_target(&out, &stencils, &target, &[Format::Header]).unwrap();
    std::fs::write(
        dir.join("cases.h"),
        tracefuse_sandbox::c_cases::cases_header(lib, set, &tests_of(set)).unwrap(),
    )
    .unwrap();
    std::fs::write(dir.join("tf_uop_table.h"), tracefuse_sandbox::runtime::uop_table(lib)).unwrap();
    let exe = dir.join("consumer");
    let sandbox = root.join("uops/sandbox");
    let mut cmd = Command::new(clang());
    cmd.args(cross)
        .args([
            "-std=c11",
            "-O2",
            "-fno-strict-aliasing",
            "-Wall",
            "-Wno-unused-parameter",
            "-Wno-unused-function",
        ])
        .arg("-I")
        .arg(&dir)
        .arg("-I")
        .arg(&sandbox)
        .arg("-I")
        .arg(root.join("llvm"))
        .arg("-I")
        .arg(here.join("tests/c_consumer"))
        .arg(here.join("tests/c_consumer/consumer.c"))
        .arg(sandbox.join("runtime.c"))
        .arg(sandbox.join("interp.c"));
    for u in &lib.uops {
        cmd.arg(&u.body);
    }
    cmd.arg("-o").arg(&exe);
    let res = cmd.output().unwrap_or_else(|e| panic!("cannot run {}: {e}", clang()));
    assert!(
        res.status.success(),
        "compiling the C consumer for {triple} failed:\n{}",
        String::from_utf8_lossy(&res.stderr)
    );
    exe
}

/// Runs the consumer (through `runner` if given); returns (success, stdout, stderr).
fn run(runner: Option<&str>, exe: &Path, args: &[&str]) -> (bool, String, String) {
    let mut cmd = match runner {
        Some(r) => {
            let mut c = Command::new(r);
            c.arg(exe);
            c
        }
        None => Command::new(exe),
    };
    let res = cmd.args(args).output().unwrap_or_else(|e| panic!("cannot run {}: {e}", exe.display()));
    (
        res.status.success(),
        String::from_utf8_lossy(&res.stdout).into_owned(),
        String::from_utf8_lossy(&res.stderr).into_owned(),
    )
}

fn number(line: &str, after: &str) -> usize {
    let at = line.find(after).unwrap_or_else(|| panic!("`{after}` missing in: {line}")) + after.len();
    line[at..].chars().take_while(|c| c.is_ascii_digit()).collect::<String>().parse().unwrap()
}

fn check(triple: &str, cross: &[&str], runner: Option<&str>) {
    let exe = build(triple, cross);
    let (ok, out, err) = run(runner, &exe, &[]);
    assert!(ok, "the C consumer for {triple} failed:\n{out}\n{err}");
    let (_, set) = bundled();
    let cases: usize = tests_of(&set).iter().map(|t| t.cases.len()).sum();
    let line = out.lines().find(|l| l.starts_with("tfc ")).unwrap_or_else(|| panic!("no summary: {out}"));
    println!("{line}");
    assert!(line.starts_with(&format!("tfc {triple}:")), "{line}");
    assert_eq!(number(line, ": "), cases, "every bundled case runs: {line}");
    // Three modes per case, plus the changed-trace pair wherever a build-time target exists.
    let runs = number(line, "cases, ");
    let fallbacks = number(line, "trampolines; ");
    assert_eq!(runs, 3 * cases + 2 * fallbacks, "{line}");
    assert!(fallbacks > cases / 2, "a changed trace misses and is stitched: {line}");
    assert_eq!(number(line, "runs, "), 0, "{line}");
    // The bundled cases leave through every kind of exit, so guard failures are covered.
    for kind in ["end=", "deopt=", "side_exit=", "error="] {
        assert!(number(line, kind) > 0, "no case ends with {kind}: {line}");
    }
    assert_eq!(number(line, "lookups "), set.traces.len(), "{line}");
    assert!(number(line, "hits, ") > set.traces.len() * 3, "{line}");
    assert_eq!(number(line, "traces, "), 0, "{line}");
    // Runtime helpers lie far from the mapped code here, so far branches were exercised.
    assert!(number(line, "wrong hits; ") > 0, "no branch went through a trampoline: {line}");
    // Targets that reach values through a GOT relax the loads of values that fit.
    let relaxed = number(line, "miss; ");
    let got = Target::by_triple(triple).unwrap().value_access == ValueAccess::Got;
    assert_eq!(relaxed > 0, got, "GOT loads relaxed: {line}");

    // Code mapped near the runtime (a mmap hint): calls patched directly instead of through
    // trampolines, and GOT loads of runtime addresses relaxed to direct ones.
    let (ok, out, err) = run(runner, &exe, &["--near"]);
    assert!(ok, "the C consumer for {triple} failed with code near the runtime:\n{out}\n{err}");
    let near = out.lines().find(|l| l.starts_with("tfc ")).unwrap_or_default();
    println!("{near} (--near)");
    assert_eq!(number(near, "runs, "), 0, "{near}");

    // The comparison can fail: stitched stencils with a wrongly patched hole must differ.
    let (ok, out, err) = run(runner, &exe, &["--perturb"]);
    assert!(!ok, "a wrongly patched stencil went unnoticed:\n{out}");
    assert!(err.contains("MISMATCH") && err.contains("interpreter vs stitched"), "{err}");
}

#[test]
fn c_consumer_runs_host_stencils() {
    check("x86_64-unknown-linux-gnu", &[], None);
}

fn have(tool: &str, arg: &str) -> bool {
    Command::new(tool).arg(arg).output().is_ok_and(|o| o.status.success())
}

#[test]
fn c_consumer_runs_macos_x86_64_stencils_on_the_host() {
    check("x86_64-apple-darwin", &[], None);
}

#[test]
fn c_consumer_runs_windows_x86_64_stencils_on_the_host() {
    check("x86_64-pc-windows-msvc", &[], None);
}

/// Skips (only when asked to) or fails when the AArch64 cross toolchain is missing.
fn cross_toolchain_present() -> bool {
    let missing = !have("qemu-aarch64", "--version")
        || !Path::new("/usr/aarch64-linux-gnu/lib/libc.a").exists()
        || !have("aarch64-linux-gnu-ld", "--version");
    if missing {
        if std::env::var_os("TRACEFUSE_SKIP_CROSS").is_some_and(|v| v == "1") {
            eprintln!("skipped: TRACEFUSE_SKIP_CROSS=1 and no AArch64 cross toolchain");
            return false;
        }
        panic!(
            "the AArch64 run needs qemu-aarch64 and a cross libc: `cargo xtask test` installs them \
             (apt-get install libc6-dev-arm64-cross libgcc-12-dev-arm64-cross binutils-aarch64-linux-gnu \
             qemu-user); TRACEFUSE_SKIP_CROSS=1 skips this test"
        );
    }
    true
}

const AARCH64_LINUX: &[&str] = &["--target=aarch64-linux-gnu", "-static"];

#[test]
fn c_consumer_runs_aarch64_stencils_under_qemu() {
    if cross_toolchain_present() {
        check("aarch64-unknown-linux-gnu", AARCH64_LINUX, Some("qemu-aarch64"));
    }
}

#[test]
fn c_consumer_runs_macos_aarch64_stencils_under_qemu() {
    if cross_toolchain_present() {
        check("aarch64-apple-darwin", AARCH64_LINUX, Some("qemu-aarch64"));
    }
}

/// Every committed header compiles cleanly as C11 with all warnings as errors.
#[test]
fn committed_headers_compile() {
    let root = tracefuse_sandbox::repo_root();
    let probe = Path::new(env!("CARGO_TARGET_TMPDIR")).join("header_probe.c");
    std::fs::write(
        &probe,
        "#include \"sandbox.h\"\n#define TF_INSTRUCTION TfInst\n#include \"jit_stencils.h\"\n\
         int probe(const TfInst *i, size_t n) { return tf_lookup_fused(i, n) + (tf_uop_group(i) != 0); }\n",
    )
    .unwrap();
    for triple in tracefuse::target::all_triples().unwrap() {
        let res = Command::new(clang())
            .args(["-fsyntax-only", "-std=c11", "-Wall", "-Wextra", "-Werror", "-Wno-unused-function"])
            .arg("-I")
            .arg(root.join("uops/sandbox"))
            .arg("-I")
            .arg(root.join("llvm"))
            .arg("-I")
            .arg(root.join("uops/sandbox/stencils").join(&triple))
            .arg(&probe)
            .output()
            .unwrap();
        assert!(res.status.success(), "{triple}: {}", String::from_utf8_lossy(&res.stderr));
    }
}

/// Random traces (the generator of `tracefuse check --random`: guards failing at random
/// places, loops and long linear traces, trace trees) through the C consumer on every target.
#[test]
fn c_consumer_runs_random_traces_on_every_target() {
    let lib = UopLibrary::load(&tracefuse_sandbox::default_library_dir()).unwrap();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("c-consumer-random-traces");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // A longer run: TRACEFUSE_C_RANDOM=N traces, TRACEFUSE_C_SEED=S.
    let env = |k: &str, d: u64| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    let (count, seed) = (env("TRACEFUSE_C_RANDOM", 24), env("TRACEFUSE_C_SEED", 20261125));
    // Every file of a trace tree (names are unique across the run).
    for i in 0..count {
        tracefuse_sandbox::random::random_trace(seed, i).unwrap().write(&dir).unwrap();
    }
    let set = TraceSet::load_dir(&dir, &lib).unwrap();
    let cases: usize = tests_of(&set).iter().map(|t| t.cases.len()).sum();
    let cross = cross_toolchain_present();
    for triple in tracefuse::target::all_triples().unwrap() {
        let aarch64 = Target::by_triple(&triple).unwrap().is_aarch64();
        if aarch64 && !cross {
            continue;
        }
        let (flags, runner) = if aarch64 { (AARCH64_LINUX, Some("qemu-aarch64")) } else { (&[][..], None) };
        let exe = build_set(&lib, &set, "c-consumer-random", &triple, flags);
        let (ok, out, err) = run(runner, &exe, &[]);
        let line = out.lines().find(|l| l.starts_with("tfc ")).unwrap_or_default();
        println!("{line}");
        assert!(ok, "random traces (seed {seed}) on {triple}:\n{out}\n{}", &err[..err.len().min(4000)]);
        assert_eq!(number(line, ": "), cases, "{line}");
        assert_eq!(number(line, "runs, "), 0, "{line}");
    }
}
