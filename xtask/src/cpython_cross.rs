//! Cross builds for `cargo xtask cpython build --target TRIPLE` and running them here:
//! which targets other than this machine a fused CPython can be built for (today
//! aarch64-unknown-linux-gnu, with clang 19, Debian's arm64 cross libc and qemu-user),
//! what CPython's `configure` is told for them, and the `python-qemu` script that runs
//! such a build on this machine (`cargo xtask cpython test` uses it by itself).

use std::path::{Path, PathBuf};

/// A target a fused CPython can be cross-built for on a Linux machine of another
/// architecture.
#[derive(Debug, PartialEq, Eq)]
pub struct Cross {
    /// tracefuse's triple (`tracefuse generate --target`).
    pub triple: &'static str,
    /// What `configure --host` and `clang --target` are given.
    pub gnu_host: &'static str,
    /// The first word of configure's HOST_GNU_TYPE for this target.
    pub arch: &'static str,
    /// ELF `e_machine` of its programs.
    pub elf_machine: u16,
    /// The qemu-user program that runs its programs, and the root of its libc (`-L`).
    pub qemu: &'static str,
    pub sysroot: &'static str,
    /// The Debian packages that provide the above (for error messages).
    pub packages: &'static str,
}

pub const TARGETS: &[Cross] = &[Cross {
    triple: "aarch64-unknown-linux-gnu",
    gnu_host: "aarch64-linux-gnu",
    arch: "aarch64",
    elf_machine: 183,
    qemu: "qemu-aarch64",
    sysroot: "/usr/aarch64-linux-gnu",
    packages: "libc6-dev-arm64-cross libgcc-12-dev-arm64-cross binutils-aarch64-linux-gnu qemu-user",
}];

/// The cross target for `triple`, or why there is none.
pub fn target(triple: &str) -> Result<&'static Cross, String> {
    TARGETS.iter().find(|c| c.triple == triple).ok_or_else(|| {
        let known: Vec<&str> = TARGETS.iter().map(|c| c.triple).collect();
        format!(
            "--target {triple}: a CPython can be cross-built here only for {} (or give this machine's \
             own triple, `tracefuse targets --host`)",
            known.join(", ")
        )
    })
}

/// What CPython's configure cannot find out without running a program built for the
/// target (its answers for Linux), as a CONFIG_SITE file.
pub const CONFIG_SITE: &str = "\
# Written by `cargo xtask cpython build --target`: answers CPython's configure cannot
# find out without running a program built for the target (Linux on both sides).
ac_cv_file__dev_ptmx=yes
ac_cv_file__dev_ptc=no
ac_cv_buggy_getaddrinfo=no
";

impl Cross {
    /// `CC` for configure.
    pub fn cc(&self) -> String {
        format!("clang-19 --target={}", self.gnu_host)
    }

    /// The environment configure runs with: the CONFIG_SITE answers, and a pkg-config
    /// that looks only where Debian puts the target's own libraries (multiarch). This
    /// machine's would be found otherwise: clang finds their headers through
    /// /usr/include, configure takes zlib, libffi, ... as present, and the build fails
    /// to link them; this way those modules are reported missing, as on a machine
    /// without them.
    pub fn configure_env(&self, config_site: &Path) -> Vec<(String, String)> {
        vec![
            ("CONFIG_SITE".into(), config_site.display().to_string()),
            ("PKG_CONFIG_LIBDIR".into(), format!("/usr/lib/{}/pkgconfig", self.gnu_host)),
            ("PKG_CONFIG_PATH".into(), String::new()),
        ]
    }

    /// What is missing on this machine to build for and run this target, if anything.
    pub fn missing_tools(&self) -> Vec<String> {
        let mut missing = Vec::new();
        let libc = Path::new(self.sysroot).join("lib/libc.so.6");
        if !libc.is_file() {
            missing.push(format!("{} (the target's C library)", libc.display()));
        }
        for tool in
            ["clang-19".to_string(), format!("{}-readelf", self.gnu_host), format!("{}-ld", self.gnu_host)]
        {
            if !crate::process::on_path(&tool) {
                missing.push(tool);
            }
        }
        missing
    }

    /// The script that runs the cross-built `python` in `tree` under qemu-user. It sets
    /// PYTHONEXECUTABLE to itself, so `sys.executable` names the script and the Python
    /// processes a program starts from it (regrtest's workers, a test's subprocess) run
    /// under qemu too: no binfmt_misc registration is needed.
    pub fn runner_script(&self, tree: &Path) -> String {
        let script = sh_quote(&tree.join(RUNNER).display().to_string());
        let python = sh_quote(&tree.join("python").display().to_string());
        format!(
            "#!/bin/sh\n\
             # Written by `cargo xtask cpython build --target {triple}`: runs this tree's\n\
             # {arch} python under qemu-user; sys.executable names this script, so the Python\n\
             # processes it starts run under qemu too.\n\
             PYTHONEXECUTABLE={script}\n\
             export PYTHONEXECUTABLE\n\
             exec {qemu} -L {sysroot} {python} \"$@\"\n",
            triple = self.triple,
            arch = self.arch,
            qemu = self.qemu,
            sysroot = sh_quote(self.sysroot),
        )
    }
}

/// The name of the runner script in a cross-built tree.
pub const RUNNER: &str = "python-qemu";

/// Writes the runner script into `tree` (executable).
pub fn write_runner(cross: &Cross, tree: &Path) -> Result<PathBuf, String> {
    let path = tree.join(RUNNER);
    std::fs::write(&path, cross.runner_script(tree)).map_err(|e| format!("{}: {e}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(path)
}

fn sh_quote(word: &str) -> String {
    format!("'{}'", word.replace('\'', r"'\''"))
}

/// The architecture a CPython tree's Makefile was configured for (the first word of
/// `HOST_GNU_TYPE`), and its `abs_builddir`; `None` for an unconfigured tree.
pub fn configured(tree: &Path) -> Option<(String, PathBuf)> {
    let makefile = std::fs::read_to_string(tree.join("Makefile")).ok()?;
    let value = |key: &str| {
        makefile
            .lines()
            .find_map(|l| l.strip_prefix(key).map(|v| v.trim_start_matches('=').trim().to_string()))
    };
    let host = value("HOST_GNU_TYPE=")?;
    let builddir = value("abs_builddir=")?;
    Some((host.split('-').next().unwrap_or("").to_string(), PathBuf::from(builddir)))
}

/// The ELF machine of the program at `path`, if it is an ELF file.
pub fn elf_machine(path: &Path) -> Option<u16> {
    use std::io::Read;
    let mut head = [0u8; 20];
    std::fs::File::open(path).ok()?.read_exact(&mut head).ok()?;
    if &head[..4] != b"\x7fELF" {
        return None;
    }
    // e_machine, in the file's byte order (EI_DATA: 1 little, 2 big endian).
    let bytes = [head[18], head[19]];
    Some(if head[5] == 2 { u16::from_be_bytes(bytes) } else { u16::from_le_bytes(bytes) })
}

/// How to run the `python` of a built tree on this machine: `tree/python`, or, for a
/// tree built for another architecture, its runner script (and the target).
pub fn python_of(tree: &Path) -> Result<(PathBuf, Option<&'static Cross>), String> {
    let python = tree.join("python");
    if !python.is_file() {
        return Err(format!("{} is not there: build the tree first", python.display()));
    }
    let Some(machine) = elf_machine(&python) else { return Ok((python, None)) };
    let Some(cross) = TARGETS.iter().find(|c| c.elf_machine == machine && c.arch != std::env::consts::ARCH)
    else {
        return Ok((python, None));
    };
    let runner = tree.join(RUNNER);
    if !runner.is_file() {
        return Err(format!(
            "{} is built for {}; it runs here through {}, which `cargo xtask cpython build --target {}` writes",
            python.display(),
            cross.arch,
            runner.display(),
            cross.triple
        ));
    }
    if !crate::process::on_path(cross.qemu) {
        return Err(format!(
            "{} is built for {}: running it needs {} (Debian: apt-get install {})",
            python.display(),
            cross.arch,
            cross.qemu,
            cross.packages
        ));
    }
    Ok((runner, Some(cross)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_targets_cross_build() {
        assert_eq!(target("aarch64-unknown-linux-gnu").map(|c| c.gnu_host), Ok("aarch64-linux-gnu"));
        let err = target("riscv64gc-unknown-linux-gnu").unwrap_err();
        assert!(err.contains("only for aarch64-unknown-linux-gnu"), "{err}");
    }

    #[test]
    fn the_runner_names_itself_as_the_executable() {
        let cross = target("aarch64-unknown-linux-gnu").unwrap();
        let script = cross.runner_script(Path::new("/t/it's"));
        assert!(script.starts_with("#!/bin/sh\n"), "{script}");
        assert!(script.contains(r"PYTHONEXECUTABLE='/t/it'\''s/python-qemu'"), "{script}");
        assert!(
            script.contains(r#"exec qemu-aarch64 -L '/usr/aarch64-linux-gnu' '/t/it'\''s/python' "$@""#),
            "{script}"
        );
    }

    #[test]
    fn makefiles_and_elf_headers_tell_the_architecture() {
        let dir = std::env::temp_dir().join(format!("xtask-cross-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        assert_eq!(configured(&dir), None);
        std::fs::write(
            dir.join("Makefile"),
            "abs_builddir=\t/a/b\nHOST_GNU_TYPE=\taarch64-unknown-linux-gnu\n",
        )
        .unwrap();
        assert_eq!(configured(&dir), Some(("aarch64".to_string(), PathBuf::from("/a/b"))));
        let mut elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0".to_vec();
        elf.extend(183u16.to_le_bytes());
        std::fs::write(dir.join("python"), &elf).unwrap();
        assert_eq!(elf_machine(&dir.join("python")), Some(183));
        std::fs::write(dir.join("python"), "#!/bin/sh\n").unwrap();
        assert_eq!(elf_machine(&dir.join("python")), None);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
