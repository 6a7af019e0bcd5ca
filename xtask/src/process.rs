//! Running commands: printable command lines, the repository root, PATH look-ups.

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};

/// The workspace root (the parent of `xtask/`); every command runs there.
pub fn repo_root() -> PathBuf {
    let xtask_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask_dir.parent().unwrap_or(xtask_dir).to_path_buf()
}

/// A command line to run from the repository root, printable as the user would type it.
pub struct Cmd {
    pub args: Vec<String>,
    /// Variables added to the inherited environment.
    pub env: Vec<(String, String)>,
    /// Run with no standard input (for tools that might otherwise prompt).
    pub no_stdin: bool,
    /// Where to run (default: the repository root).
    pub dir: Option<PathBuf>,
}

impl Cmd {
    /// `argv[0]` is the program; `cargo` means the cargo that runs xtask (`$CARGO`).
    pub fn new(argv: &[&str]) -> Cmd {
        Cmd {
            args: argv.iter().map(|a| a.to_string()).collect(),
            env: Vec::new(),
            no_stdin: false,
            dir: None,
        }
    }

    pub fn cargo(args: &[&str]) -> Cmd {
        let mut cmd = Cmd::new(&["cargo"]);
        cmd.args.extend(args.iter().map(|a| a.to_string()));
        cmd
    }

    fn program(&self) -> OsString {
        match self.args[0].as_str() {
            "cargo" => std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()),
            other => other.into(),
        }
    }

    /// Prints the command (`$ ...`), runs it, and fails unless it exits 0.
    pub fn run(&self) -> Result<(), String> {
        println!("$ {self}");
        match self.status()? {
            s if s.success() => Ok(()),
            s => Err(format!("`{self}` failed ({s})")),
        }
    }

    /// Runs the command with its stdout captured (stderr inherited); the trimmed stdout
    /// when it exited 0.
    pub fn stdout(&self) -> Option<String> {
        let mut c = Command::new(self.program());
        c.args(&self.args[1..]).envs(self.env.iter().map(|(k, v)| (k, v))).stdin(Stdio::null());
        if let Some(dir) = &self.dir {
            c.current_dir(dir);
        } else {
            c.current_dir(repo_root());
        }
        let out = c.output().ok()?;
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    }

    /// Runs the command with inherited stdout/stderr and waits for it.
    pub fn status(&self) -> Result<ExitStatus, String> {
        let mut command = Command::new(self.program());
        command.args(&self.args[1..]).current_dir(self.dir.clone().unwrap_or_else(repo_root));
        command.envs(self.env.iter().map(|(k, v)| (k, v)));
        if self.no_stdin {
            command.stdin(Stdio::null());
        }
        command.status().map_err(|e| format!("cannot run `{}`: {e}", self.args[0]))
    }
}

impl fmt::Display for Cmd {
    /// Env additions first, then the words, quoted where a shell would need it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = self.env.iter().map(|(k, v)| format!("{k}={}", quote(v)));
        let words = words.chain(self.args.iter().map(|a| quote(a)));
        f.write_str(&words.collect::<Vec<_>>().join(" "))
    }
}

fn quote(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// Runs `program args` quietly; its trimmed stdout when it ran and exited 0.
pub fn output(program: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).stdin(Stdio::null()).stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Whether `name` is an executable file on PATH (or, if it has a slash, at that path).
pub fn on_path(name: &str) -> bool {
    if name.contains('/') {
        return is_executable(Path::new(name));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path).any(|dir| is_executable(&dir.join(name)))
}

fn is_executable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        path.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false)
    }
    #[cfg(not(unix))]
    {
        path.is_file()
    }
}

/// Runs `cmd` and returns its standard output; `label` names it in the error when it
/// cannot start or exits non-zero (with its standard error).
pub fn checked_output(mut cmd: std::process::Command, label: &str) -> Result<String, String> {
    let o = cmd.output().map_err(|e| format!("{label}: {e}"))?;
    if !o.status.success() {
        return Err(format!(
            "{label}: {cmd:?} failed ({}): {}",
            o.status,
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&o.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_quotes_like_a_shell() {
        let mut cmd = Cmd::cargo(&["fmt", "--all", "--", "--check"]);
        assert_eq!(cmd.to_string(), "cargo fmt --all -- --check");
        cmd.env.push(("LLVM_SYS_191_PREFIX".into(), "/usr/lib/llvm-19".into()));
        cmd.args.push("it's here".into());
        assert_eq!(
            cmd.to_string(),
            r"LLVM_SYS_191_PREFIX=/usr/lib/llvm-19 cargo fmt --all -- --check 'it'\''s here'"
        );
    }

    #[test]
    fn root_holds_the_workspace() {
        assert!(repo_root().join("xtask").join("Cargo.toml").is_file());
    }
}
