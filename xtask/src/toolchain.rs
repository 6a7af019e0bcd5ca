//! The toolchain check run before `generate` and `test`: LLVM 19 (linked statically by
//! llvm-sys, so also Polly, zstd and zlib) and clang 19 (compiles the uop C bodies).
//!
//! 1. The packages that matter are the rows of `PACKAGES` whose need is not met some other
//!    way: `LLVM_SYS_191_PREFIX` replaces the LLVM rows, `TRACEFUSE_CLANG` the clang row.
//! 2. A package is present when `dpkg-query -W -f='${Status}' PKG` says `install ok installed`
//!    (Debian-family machines with dpkg), else when its tool is on PATH (library-only rows
//!    cannot be checked there and count as present).
//! 3. Missing packages are installed with `apt-get update` + `apt-get install -y
//!    --no-install-recommends ...` (noninteractive, no stdin) on Debian-family machines when
//!    running as root; anywhere else the check stops and names what to install.
//! 4. Then llvm-config (`$LLVM_SYS_191_PREFIX/bin/llvm-config` or `llvm-config-19`) must
//!    report 19.x and clang (`$TRACEFUSE_CLANG` or `clang-19`) must report version 19.
//! 5. `test` also needs the AArch64 cross toolchain and qemu-user (the C consumer runs
//!    AArch64 stencils under emulation); `TRACEFUSE_SKIP_CROSS=1` leaves those rows out
//!    (and the test skips itself).
//! 6. Without `LLVM_SYS_191_PREFIX`, the cargo commands get `LLVM_SYS_191_PREFIX=/usr/lib/llvm-19`
//!    (or `llvm-config-19 --prefix` where that folder lacks bin/llvm-config), so llvm-sys
//!    finds that LLVM whatever else is on PATH.

use std::path::{Path, PathBuf};

use crate::process::{on_path, output, Cmd};

/// Points llvm-sys (and so tracefuse) at an LLVM 19 prefix.
pub const PREFIX_VAR: &str = "LLVM_SYS_191_PREFIX";
/// Points tracefuse at a clang 19 binary.
pub const CLANG_VAR: &str = "TRACEFUSE_CLANG";
/// Where Debian's and Ubuntu's llvm-19 packages install.
const DEFAULT_PREFIX: &str = "/usr/lib/llvm-19";
const LLVM_CONFIG: &str = "llvm-config-19";
const CLANG: &str = "clang-19";
const LLVM_MAJOR: &str = "19";

/// What a package is for, which decides when it is needed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Need {
    /// Not needed when `LLVM_SYS_191_PREFIX` points at another LLVM 19.
    Llvm,
    /// Not needed when `TRACEFUSE_CLANG` points at another clang 19.
    Clang,
    /// Always needed.
    Always,
    /// Needed by `test` (the AArch64 run under qemu-user) unless `TRACEFUSE_SKIP_CROSS=1`.
    Cross,
}

/// Skips the AArch64 cross toolchain (and the test that needs it).
pub const SKIP_CROSS_VAR: &str = "TRACEFUSE_SKIP_CROSS";

/// A Debian package the toolchain needs.
struct Package {
    name: &'static str,
    need: Need,
    /// A program it installs: the presence test on machines without dpkg.
    tool: Option<&'static str>,
}

/// Every Debian package xtask makes sure of.
#[rustfmt::skip]
const PACKAGES: &[Package] = &[
    Package { name: "llvm-19-dev",     need: Need::Llvm,   tool: Some(LLVM_CONFIG) },
    Package { name: "libpolly-19-dev", need: Need::Llvm,   tool: None },
    Package { name: "libzstd-dev",     need: Need::Always, tool: None },
    Package { name: "zlib1g-dev",      need: Need::Always, tool: None },
    Package { name: "clang-19",        need: Need::Clang,  tool: Some(CLANG) },
    Package { name: "libc6-dev-arm64-cross",      need: Need::Cross, tool: None },
    Package { name: "libgcc-12-dev-arm64-cross",  need: Need::Cross, tool: None },
    Package { name: "binutils-aarch64-linux-gnu", need: Need::Cross, tool: Some("aarch64-linux-gnu-ld") },
    Package { name: "qemu-user",                  need: Need::Cross, tool: Some("qemu-aarch64") },
];

/// The Debian packages xtask makes sure of, in install order.
pub fn package_names() -> Vec<&'static str> {
    PACKAGES.iter().map(|p| p.name).collect()
}

/// What the cargo commands xtask runs need from the check.
pub struct Toolchain {
    /// Variables to add to the environment of cargo commands.
    pub env: Vec<(String, String)>,
}

/// Makes sure the toolchain is there (with the cross rows when `cross`), installing Debian
/// packages when it may; see the module doc.
pub fn ensure(cross: bool) -> Result<Toolchain, String> {
    let prefix = env_nonempty(PREFIX_VAR);
    let clang = env_nonempty(CLANG_VAR);
    let cross = cross && env_nonempty(SKIP_CROSS_VAR).as_deref() != Some("1");
    let needed: Vec<&Package> = PACKAGES
        .iter()
        .filter(|p| match p.need {
            Need::Llvm => prefix.is_none(),
            Need::Clang => clang.is_none(),
            Need::Always => true,
            Need::Cross => cross,
        })
        .collect();

    let debian = Path::new("/etc/debian_version").exists();
    let use_dpkg = debian && on_path("dpkg-query");
    let missing = missing_packages(&needed, use_dpkg);
    if !missing.is_empty() {
        let names: Vec<&str> = missing.iter().map(|p| p.name).collect();
        let root = output("id", &["-u"]).as_deref() == Some("0");
        if !(debian && root && on_path("apt-get")) {
            let why = if !debian {
                "this is not a Debian-family machine"
            } else if !root {
                "not running as root"
            } else {
                "apt-get is not on PATH"
            };
            return Err(format!(
                "missing {} ({why}, so xtask cannot install them)\n{}",
                names.join(" "),
                advice(&names)
            ));
        }
        println!("xtask: installing missing packages: {}", names.join(" "));
        let with_advice = |e: String| format!("{e}\n{}", advice(&names));
        apt_get(&["update"]).map_err(with_advice)?;
        let mut install = vec!["install", "-y", "--no-install-recommends"];
        install.extend(&names);
        apt_get(&install).map_err(with_advice)?;
        let still: Vec<&str> = missing_packages(&missing, use_dpkg).iter().map(|p| p.name).collect();
        if !still.is_empty() {
            return Err(format!(
                "still missing after apt-get install: {}\n{}",
                still.join(" "),
                advice(&still)
            ));
        }
    }

    let (llvm_config, prefix_note) = match &prefix {
        Some(p) => (Path::new(p).join("bin").join("llvm-config"), format!("{PREFIX_VAR}={p}")),
        None => (PathBuf::from(LLVM_CONFIG), LLVM_CONFIG.to_string()),
    };
    let llvm_version = output(&llvm_config, &["--version"]).ok_or_else(|| {
        format!("cannot run `{} --version` (from {prefix_note})\n{}", llvm_config.display(), advice(&[]))
    })?;
    if !is_llvm_19(&llvm_version) {
        return Err(format!(
            "`{} --version` reports {llvm_version}, tracefuse needs LLVM {LLVM_MAJOR}.x (from {prefix_note})\n{}",
            llvm_config.display(),
            advice(&[])
        ));
    }

    let clang = clang.unwrap_or_else(|| CLANG.to_string());
    let clang_text = output(&clang, &["--version"])
        .ok_or_else(|| format!("cannot run `{clang} --version`\n{}", advice(&[])))?;
    let clang_version = clang_version(&clang_text).filter(|v| is_llvm_19(v)).ok_or_else(|| {
        let first = clang_text.lines().next().unwrap_or("");
        format!("`{clang} --version` reports `{first}`, tracefuse needs clang {LLVM_MAJOR}\n{}", advice(&[]))
    })?;

    let mut env = Vec::new();
    let prefix = match prefix {
        Some(p) => p,
        None => {
            let p = default_prefix();
            env.push((PREFIX_VAR.to_string(), p.clone()));
            p
        }
    };
    println!("xtask: toolchain ok: LLVM {llvm_version} at {prefix}, {clang} {clang_version}");
    Ok(Toolchain { env })
}

fn env_nonempty(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// `/usr/lib/llvm-19`, or where `llvm-config-19` says it lives when that is elsewhere.
fn default_prefix() -> String {
    if Path::new(DEFAULT_PREFIX).join("bin").join("llvm-config").exists() {
        return DEFAULT_PREFIX.to_string();
    }
    output(LLVM_CONFIG, &["--prefix"]).filter(|p| !p.is_empty()).unwrap_or_else(|| DEFAULT_PREFIX.to_string())
}

fn missing_packages<'a>(packages: &[&'a Package], use_dpkg: bool) -> Vec<&'a Package> {
    packages.iter().copied().filter(|p| !is_installed(p, use_dpkg)).collect()
}

fn is_installed(package: &Package, use_dpkg: bool) -> bool {
    if use_dpkg {
        output("dpkg-query", &["-W", "-f=${Status}", package.name]).as_deref() == Some("install ok installed")
    } else {
        package.tool.is_none_or(on_path)
    }
}

/// `DEBIAN_FRONTEND=noninteractive apt-get ARGS`, printed, with no stdin.
fn apt_get(args: &[&str]) -> Result<(), String> {
    let mut cmd = Cmd::new(&["apt-get"]);
    cmd.args.extend(args.iter().map(|a| a.to_string()));
    cmd.env.push(("DEBIAN_FRONTEND".into(), "noninteractive".into()));
    cmd.no_stdin = true;
    println!("$ {cmd}");
    match cmd.status()? {
        status if status.success() => Ok(()),
        status => Err(format!("`{cmd}` failed ({status})")),
    }
}

/// How to get the toolchain by hand; `missing` lists the packages known to be missing.
fn advice(missing: &[&str]) -> String {
    let list = if missing.is_empty() { package_names() } else { missing.to_vec() };
    format!(
        "To fix it, either:\n  \
         - on Debian 12 or later or a recent Ubuntu, as root (cargo xtask does this itself when run as root):\n      \
           apt-get install -y --no-install-recommends {}\n    \
           and leave {PREFIX_VAR} and {CLANG_VAR} unset to use them\n  \
         - or install LLVM 19 with its static libraries and Polly, clang 19, and the zstd and zlib\n    \
           development files, then set {PREFIX_VAR}=<LLVM 19 prefix, with bin/llvm-config> and\n    \
           {CLANG_VAR}=<clang 19 binary>\n  \
         (the AArch64 cross packages and qemu-user serve only `cargo xtask test`; \
         {SKIP_CROSS_VAR}=1 leaves them out and skips the AArch64 run)",
        list.join(" ")
    )
}

/// Whether an LLVM version string (`19.1.7`, `19.1.0git`) is LLVM 19.
fn is_llvm_19(version: &str) -> bool {
    version.trim().split('.').next() == Some(LLVM_MAJOR)
}

/// The version in `clang --version` output: `Debian clang version 19.1.7 (3~deb12u1)` -> `19.1.7`.
fn clang_version(text: &str) -> Option<String> {
    let line = text.lines().find(|l| l.contains("clang version "))?;
    let rest = &line[line.find("clang version ")? + "clang version ".len()..];
    rest.split_whitespace().next().map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert!(is_llvm_19("19.1.7"));
        assert!(is_llvm_19("19.1.0git\n"));
        assert!(!is_llvm_19("18.1.8"));
        assert!(!is_llvm_19("190.0"));
        let debian = "Debian clang version 19.1.7 (3~deb12u1)\nTarget: x86_64-pc-linux-gnu\n";
        assert_eq!(clang_version(debian).as_deref(), Some("19.1.7"));
        assert_eq!(clang_version("clang version 19.1.0\n").as_deref(), Some("19.1.0"));
        assert_eq!(clang_version("gcc (Debian 12.2.0-14) 12.2.0"), None);
    }

    #[test]
    fn package_table() {
        for (i, p) in PACKAGES.iter().enumerate() {
            assert!(PACKAGES[i + 1..].iter().all(|q| q.name != p.name), "duplicate {}", p.name);
        }
        for name in ["llvm-19-dev", "libpolly-19-dev", "libzstd-dev", "zlib1g-dev", "clang-19"] {
            assert!(PACKAGES.iter().any(|p| p.name == name), "{name} missing");
        }
        assert!(advice(&[]).contains(PREFIX_VAR) && advice(&[]).contains(CLANG_VAR));
    }
}
