//! Uop bodies to LLVM bitcode: compiles each C body with clang 19 for a target triple,
//! with the library's prelude and `llvm/tracefuse.h`, simplifies it once
//! ([`BODY_SIMPLIFY`]), and caches the bitcode by a content
//! hash of the body, the prelude, flags, triple and clang's version, and validates a hit against
//! every file clang read for it (the prelude and every header it includes, at any depth:
//! the dependency list clang writes with `-MD` is stored beside the entry with each
//! file's hash). A cache entry carries a checksum of its payload; a corrupt or stale one
//! is rebuilt.

use crate::definitions::{ExitKind, Uop, UopLibrary};
use crate::error::{Error, Result};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The body contract header, embedded so the binary works outside this repository.
pub const TRACEFUSE_H: &str = include_str!("../llvm/tracefuse.h");

/// Flags every body is compiled with (besides the target and include paths).
/// `-disable-llvm-passes` keeps clang's pipeline out (it would inline and rotate loops
/// ahead of the trace); [`BODY_SIMPLIFY`] runs instead, and the O3 pipeline later, over
/// whole traces.
const BODY_FLAGS: &[&str] = &[
    "-x",
    "c",
    "-std=c11",
    "-O2",
    "-Xclang",
    "-disable-llvm-passes",
    "-emit-llvm",
    "-c",
    "-ffreestanding",
    "-fno-builtin",
    "-fno-stack-protector",
    "-fno-asynchronous-unwind-tables",
    "-fno-unwind-tables",
    "-fno-jump-tables",
    "-fno-ident",
    "-Wall",
    "-Wno-unused-parameter",
    "-Werror=implicit-function-declaration",
];

/// The function passes each body gets once, after clang and before the cache: the
/// simplification a body would get again in every stencil that inlines it (its locals
/// promoted to registers, redundant loads and dead branches folded). Done here, every
/// fused stencil starts from bodies a fraction of their unoptimized size, and the
/// stencil's own pipeline does the trace-level work only: at 100 uops about a sixth of
/// the pipeline's instructions (callgrind), with the same code. Clang's own `-O2`
/// pre-link pipelines (`-flto=thin`) were tried instead: slower stencil builds and
/// larger code (they inline and rotate loops ahead of the trace's pipeline).
/// `instcombine` by name verifies that one iteration reached a fixpoint and aborts the
/// process when it did not (some CPython 3.14 bodies); `no-verify-fixpoint` is what
/// LLVM's own pipelines run, with the same result.
pub const BODY_SIMPLIFY: &str = "function(sroa,early-cse,instcombine<no-verify-fixpoint>,simplifycfg)";

/// Bitcode of every uop of a library for one triple, in library order.
#[derive(Debug, Clone)]
pub struct LibraryBitcode {
    pub triple: String,
    pub bodies: Vec<Vec<u8>>,
    /// The shadow-frame hooks, when the library has them.
    pub shadow: Option<Vec<u8>>,
    /// How many compiled units (bodies and shadow hooks) came from the cache.
    pub cached: usize,
}

/// Runs clang on bodies, through the cache.
#[derive(Debug, Clone)]
pub struct BodyCompiler {
    pub clang: PathBuf,
    pub clang_version: String,
    pub cache_dir: PathBuf,
}

impl BodyCompiler {
    /// Finds clang 19 (`$TRACEFUSE_CLANG`, else `clang-19` on PATH) and checks its version.
    pub fn new(cache_dir: &Path) -> Result<Self> {
        let clang =
            std::env::var_os("TRACEFUSE_CLANG").map(PathBuf::from).unwrap_or_else(|| "clang-19".into());
        let out = Command::new(&clang).arg("--version").output().map_err(|e| {
            Error::new(format!("cannot run {}: {e}", clang.display())).help(
                "install clang-19 (`cargo xtask generate` does it on Debian/Ubuntu) or set TRACEFUSE_CLANG",
            )
        })?;
        let version = String::from_utf8_lossy(&out.stdout).lines().next().unwrap_or("").to_string();
        if !version.contains("version 19.") {
            return Err(Error::new(format!("{} is not clang 19: `{version}`", clang.display()))
                .help("set TRACEFUSE_CLANG to a clang 19 binary"));
        }
        Ok(BodyCompiler { clang, clang_version: version, cache_dir: cache_dir.to_path_buf() })
    }

    /// Compiles every body of `lib` for `triple` (two at a time: the machine has 2 cores).
    pub fn compile_library(&self, lib: &UopLibrary, triple: &str) -> Result<LibraryBitcode> {
        let include = self.include_dir()?;
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(4);
        let chunk = lib.uops.len().div_ceil(threads).max(1);
        let results: Vec<Result<(Vec<u8>, bool)>> = std::thread::scope(|s| {
            let handles: Vec<_> = lib
                .uops
                .chunks(chunk)
                .map(|uops| {
                    let include = &include;
                    s.spawn(move || {
                        uops.iter().map(|u| self.compile_body(lib, u, triple, include)).collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| {
                    h.join().unwrap_or_else(|_| vec![Err(Error::new("a body compile thread panicked"))])
                })
                .collect()
        });
        let mut bodies = Vec::with_capacity(results.len());
        let mut cached = 0;
        for r in results {
            let (bc, hit) = r?;
            cached += hit as usize;
            bodies.push(bc);
        }
        // The shadow hooks compile like a body that may take no exit.
        let shadow = match &lib.shadow {
            Some(path) => {
                let hooks = Uop {
                    name: "shadow hooks".into(),
                    id: 0,
                    inputs: Vec::new(),
                    outputs: Vec::new(),
                    fields: Default::default(),
                    exits: Default::default(),
                    terminator: false,
                    frame: None,
                    body: path.clone(),
                    line: None,
                    random: None,
                };
                let (bc, hit) = self.compile_body(lib, &hooks, triple, &include)?;
                cached += hit as usize;
                Some(bc)
            }
            None => None,
        };
        // What each body does to the stack must be what its manifest entry declares.
        crate::effects::verify(lib, triple, &bodies)?;
        Ok(LibraryBitcode { triple: triple.to_string(), bodies, shadow, cached })
    }

    /// The folder holding the embedded tracefuse.h (written once, content-addressed).
    fn include_dir(&self) -> Result<PathBuf> {
        let dir = self.cache_dir.join("include").join(&hex(&Sha256::digest(TRACEFUSE_H))[..16]);
        let path = dir.join("tracefuse.h");
        if std::fs::read_to_string(&path).ok().as_deref() != Some(TRACEFUSE_H) {
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, "create cache folder", e))?;
            write_atomic(&path, TRACEFUSE_H.as_bytes())?;
        }
        Ok(dir)
    }

    fn args(&self, lib: &UopLibrary, uop: &Uop, triple: &str, include: &Path) -> Vec<String> {
        let mut args: Vec<String> = BODY_FLAGS.iter().map(|s| s.to_string()).collect();
        args.push(format!("--target={triple}"));
        for exit in ExitKind::ALL {
            args.push(format!("-D{}={}", exit.macro_name(), uop.may(exit) as u8));
        }
        args.push(format!("-I{}", include.display()));
        args.extend(lib.include.iter().map(|i| format!("-I{}", i.display())));
        args
    }

    fn compile_body(
        &self,
        lib: &UopLibrary,
        uop: &Uop,
        triple: &str,
        include: &Path,
    ) -> Result<(Vec<u8>, bool)> {
        let source = std::fs::read(&uop.body).map_err(|e| Error::io(&uop.body, "read body", e))?;
        // The prelude is part of the key, not only of the dependency check: that check
        // reads the files the entry was first compiled against, so two libraries with the
        // same bodies and different preludes (a library imported again into another
        // folder) would otherwise share an entry.
        let prelude = std::fs::read(&lib.prelude).map_err(|e| Error::io(&lib.prelude, "read prelude", e))?;
        let args = self.args(lib, uop, triple, include);
        let mut h = Sha256::new();
        for part in [
            source.as_slice(),
            prelude.as_slice(),
            TRACEFUSE_H.as_bytes(),
            self.clang_version.as_bytes(),
            triple.as_bytes(),
            uop.name.as_bytes(),
            BODY_SIMPLIFY.as_bytes(),
        ] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part);
        }
        // Include paths are absolute and machine-specific; their contents are hashed above.
        for a in args.iter().filter(|a| !a.starts_with("-I")) {
            h.update(a.as_bytes());
            h.update([0]);
        }
        let key = hex(&h.finalize());
        let entry = self.cache_dir.join("bitcode").join(&key[..2]).join(format!("{key}.bc"));
        let deps_entry = entry.with_extension("deps");
        // A hit needs the bitcode and every file clang read for it unchanged.
        if deps_unchanged(&deps_entry) {
            if let Some(bc) = read_checked(&entry) {
                return Ok((bc, true));
            }
        }
        let tmp_out = std::env::temp_dir().join(format!("tracefuse-{}-{key}.bc", unique_suffix()));
        let tmp_dep = tmp_out.with_extension("d");
        let out = Command::new(&self.clang)
            .args(&args)
            .arg("-MD")
            .arg("-MF")
            .arg(&tmp_dep)
            .arg("-o")
            .arg(&tmp_out)
            .arg(&uop.body)
            .output()
            .map_err(|e| Error::new(format!("cannot run {}: {e}", self.clang.display())))?;
        let depfile = std::fs::read_to_string(&tmp_dep);
        let _ = std::fs::remove_file(&tmp_dep);
        if !out.status.success() {
            let _ = std::fs::remove_file(&tmp_out);
            let diag = String::from_utf8_lossy(&out.stderr);
            // clang itself died (a crash in the front end or LLVM): name the uop.
            if let Some(sig) = std::os::unix::process::ExitStatusExt::signal(&out.status) {
                return Err(Error::at(
                    &uop.body,
                    None,
                    format!(
                        "clang crashed (signal {sig}) compiling the body of uop {} for {triple}{}{}",
                        uop.name,
                        if diag.trim().is_empty() { "" } else { ":\n" },
                        diag.trim_end()
                    ),
                )
                .help(format!(
                    "this is a clang bug the body triggers; change the body to avoid it (the uop is declared at {}:{})",
                    lib.manifest.display(),
                    uop.line.unwrap_or(0)
                )));
            }
            return Err(Error::at(
                &uop.body,
                None,
                format!(
                    "the body of uop {} does not compile with clang 19 for {triple}:\n{}",
                    uop.name,
                    diag.trim_end()
                ),
            )
            .help(format!(
                "fix the body; the uop is declared at {}:{}",
                lib.manifest.display(),
                uop.line.unwrap_or(0)
            )));
        }
        let bc = std::fs::read(&tmp_out).map_err(|e| Error::io(&tmp_out, "read clang's output", e))?;
        let _ = std::fs::remove_file(&tmp_out);
        let bc = simplify_body(&bc, triple, &uop.name)?;
        if let Some(parent) = entry.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, "create cache folder", e))?;
        }
        let mut stored = Sha256::digest(&bc).to_vec();
        stored.extend_from_slice(&bc);
        write_atomic(&entry, &stored)?;
        let depfile = depfile.map_err(|e| Error::io(&tmp_dep, "read clang's dependency file", e))?;
        write_atomic(&deps_entry, dep_list(&parse_depfile(&depfile))?.as_bytes())?;
        Ok((bc, false))
    }
}

/// Runs [`BODY_SIMPLIFY`] over one body's bitcode (clang's output for `triple`) and
/// returns the simplified bitcode.
pub fn simplify_body(bitcode: &[u8], triple: &str, name: &str) -> Result<Vec<u8>> {
    let ctx = inkwell::context::Context::create();
    let buf = inkwell::memory_buffer::MemoryBuffer::create_from_memory_range_copy(bitcode, name);
    let module = inkwell::module::Module::parse_bitcode_from_buffer(&buf, &ctx)
        .map_err(|e| Error::new(format!("bitcode of uop {name} does not load: {e}")))?;
    let machine = crate::target::triple_machine(triple)?;
    module
        .run_passes(BODY_SIMPLIFY, &machine, inkwell::passes::PassBuilderOptions::create())
        .map_err(|e| Error::new(format!("simplifying the body of uop {name}: {e}")))?;
    Ok(module.write_bitcode_to_memory().as_slice().to_vec())
}

/// The files a Make-style dependency file (clang `-MD -MF`) lists as prerequisites.
pub fn parse_depfile(text: &str) -> Vec<PathBuf> {
    let joined = text.replace("\\\r\n", " ").replace("\\\n", " ");
    // The first `: ` (not a drive letter's colon) ends the target.
    let body = joined.split_once(": ").map_or("", |(_, rest)| rest);
    let mut files = Vec::new();
    let mut cur = String::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(|n| *n == ' ' || *n == '#') => {
                cur.extend(chars.next());
            }
            '$' if chars.peek() == Some(&'$') => {
                chars.next();
                cur.push('$');
            }
            c if c.is_whitespace() => {
                if !cur.is_empty() {
                    files.push(PathBuf::from(std::mem::take(&mut cur)));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        files.push(PathBuf::from(cur));
    }
    files.sort();
    files.dedup();
    files
}

/// A dependency list as stored beside a cache entry: one `<sha256 hex> <path>` a line.
pub fn dep_list(files: &[PathBuf]) -> Result<String> {
    let mut out = String::new();
    for f in files {
        let bytes = std::fs::read(f).map_err(|e| Error::io(f, "read a file clang included", e))?;
        out.push_str(&hex(&Sha256::digest(&bytes)));
        out.push(' ');
        out.push_str(&f.to_string_lossy());
        out.push('\n');
    }
    Ok(out)
}

/// Every file of a stored dependency list still has the content it was compiled with
/// (a missing or unreadable list or file means: compile again).
pub fn deps_unchanged(list: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(list) else { return false };
    text.lines().all(|line| {
        let Some((sum, path)) = line.split_once(' ') else { return false };
        std::fs::read(path).is_ok_and(|bytes| hex(&Sha256::digest(&bytes)) == sum)
    })
}

/// A cache entry's payload if its checksum matches; `None` means rebuild.
fn read_checked(path: &Path) -> Option<Vec<u8>> {
    let data = std::fs::read(path).ok()?;
    if data.len() < 32 {
        return None;
    }
    let (sum, payload) = data.split_at(32);
    // Raw bitcode starts `BC`; Apple targets get it in a wrapper (0x0B17C0DE).
    let bitcode = payload.starts_with(b"BC") || payload.starts_with(&[0xde, 0xc0, 0x17, 0x0b]);
    (Sha256::digest(payload).as_slice() == sum && bitcode).then(|| payload.to_vec())
}

/// A name no other thread or process uses at the same time, for temporary files.
fn unique_suffix() -> String {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{}-{n}", std::process::id())
}

/// Writes through a temporary file in the same folder and renames it into place, so a
/// reader never sees a half-written file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp{}", unique_suffix()));
    std::fs::write(&tmp, bytes).map_err(|e| Error::io(&tmp, "write", e))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(path, "rename into place", e)
    })
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
