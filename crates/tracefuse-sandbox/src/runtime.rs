//! A library's runtime, loaded: the C sources its manifest names under `runtime:` (the VM
//! runtime bodies call, and the reference interpreter), its uop bodies, a dispatch table
//! generated from the manifest and the `tf_enter` shim are compiled by clang 19 into one
//! shared object, cached by a content hash of its sources, flags and clang's version and
//! checked against every header clang read (its `-MD` list), and opened with
//! `dlopen`. So any library — the bundled sandbox or a user's copy of it — is run and
//! checked without rebuilding tracefuse. The library implements the sandbox's runtime
//! interface (`uops/sandbox/sandbox.h`: objects, frames, threads, `tf_interpret`); the
//! functions the harness calls are resolved into [`Api`], and every symbol a stencil
//! names is looked up in the same object ([`Runtime::symbol`]).

use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::ffi::{c_char, c_void, CStr, CString};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use tracefuse::bodies::{
    dep_list, deps_unchanged, hex, parse_depfile, write_atomic, BodyCompiler, TRACEFUSE_H,
};
use tracefuse::definitions::UopLibrary;
use tracefuse::error::{Error, Result};

use crate::abi::{TfFrame, TfObject, TfThread, TfTraceCode, TfValue};

/// The entry shim: stencils use `preserve_none`, which Rust cannot call.
const TF_ENTER_C: &str = include_str!("../c/tf_enter.c");

/// Flags of every runtime unit (`-O2`; extra sources choose their own level).
const FLAGS: &[&str] = &[
    "-std=c11",
    "-fPIC",
    "-fno-strict-aliasing",
    "-Wall",
    "-Wno-unused-parameter",
    "-Werror=implicit-function-declaration",
];

macro_rules! api {
    ($($name:ident: fn($($arg:ty),*) -> $ret:ty;)*) => {
        /// The runtime functions the harness calls, resolved from the shared object.
        #[allow(non_snake_case)]
        pub struct Api {
            $(pub $name: unsafe extern "C" fn($($arg),*) -> $ret,)*
        }

        impl Api {
            /// # Safety
            /// `handle` is a live `dlopen` handle of an object built from a library that
            /// implements sandbox.h with these signatures.
            unsafe fn resolve(handle: *mut c_void, path: &Path) -> Result<Api> {
                Ok(Api {
                    $($name: std::mem::transmute::<*mut c_void, unsafe extern "C" fn($($arg),*) -> $ret>(
                        lookup(handle, stringify!($name), path)?,
                    ),)*
                })
            }
        }
    };
}

api! {
    tf_thread_new: fn() -> *mut TfThread;
    tf_thread_free: fn(*mut TfThread) -> ();
    tf_frame_new: fn(i64, i64) -> *mut TfFrame;
    tf_frame_free: fn(*mut TfFrame) -> ();
    tf_float_new: fn(*mut TfThread, f64) -> TfValue;
    tf_list_new: fn(*mut TfThread, i64) -> TfValue;
    tf_list_append: fn(*mut TfThread, TfValue, TfValue) -> i32;
    tf_range_iter_new: fn(*mut TfThread, i64, i64, i64) -> TfValue;
    tf_list_iter_new: fn(*mut TfThread, TfValue) -> TfValue;
    tf_class_new: fn(*mut TfThread, u64, i64) -> TfValue;
    tf_instance_new: fn(*mut TfThread, TfValue) -> TfValue;
    tf_builtin_new: fn(*mut TfThread, *const c_char) -> TfValue;
    tf_dealloc: fn(*mut TfObject) -> ();
    tf_interpret: fn(*mut TfFrame, *mut TfThread, *const TfTraceCode, i64, i64) -> i32;
    tf_enter: fn(*const u8, *mut c_void, *mut c_void, *mut c_void) -> i32;
}

/// A C source compiled into the runtime beside the library's own (the benchmark's
/// native kernels), at its own optimization level.
#[derive(Debug, Clone)]
pub struct ExtraSource {
    pub path: PathBuf,
    pub opt: u8,
}

/// A library's runtime, loaded for the life of the process.
pub struct Runtime {
    handle: *mut c_void,
    /// The shared object.
    pub path: PathBuf,
    pub api: Api,
    /// Addresses of the singletons `tf_None`, `tf_True`, `tf_False`.
    pub none: TfValue,
    pub true_: TfValue,
    pub false_: TfValue,
}

// SAFETY: the handle is only used for dlsym, which is thread-safe; the object is never closed.
unsafe impl Send for Runtime {}
unsafe impl Sync for Runtime {}

/// Runtimes loaded so far, by shared-object path: each is opened once and kept.
static LOADED: Mutex<Option<HashMap<PathBuf, &'static Runtime>>> = Mutex::new(None);

impl Runtime {
    /// Builds (or finds in `cache`) and loads the runtime of `lib`.
    pub fn for_library(lib: &UopLibrary, cache: &Path) -> Result<&'static Runtime> {
        Self::with_extra(lib, cache, &[])
    }

    /// As [`Runtime::for_library`], with `extra` sources compiled in.
    pub fn with_extra(lib: &UopLibrary, cache: &Path, extra: &[ExtraSource]) -> Result<&'static Runtime> {
        let path = build(lib, cache, extra)?;
        let mut loaded = LOADED.lock().map_err(|_| Error::new("runtime table poisoned"))?;
        let loaded = loaded.get_or_insert_with(HashMap::new);
        if let Some(rt) = loaded.get(&path) {
            return Ok(rt);
        }
        let rt: &'static Runtime = Box::leak(Box::new(open(&path).map_err(|e| undefined_uop(lib, e))?));
        loaded.insert(path, rt);
        Ok(rt)
    }

    /// The address of a symbol of the runtime (a stencil hole naming it), or of the C
    /// library (`memcpy` and friends, which LLVM may emit for copies in bodies).
    pub fn symbol(&self, name: &str) -> Option<u64> {
        let c = CString::new(name).ok()?;
        // SAFETY: dlsym on a live handle (or the default scope) with a NUL-terminated name.
        let p = unsafe {
            let p = libc::dlsym(self.handle, c.as_ptr());
            if p.is_null() && matches!(name, "memcpy" | "memmove" | "memset") {
                libc::dlsym(libc::RTLD_DEFAULT, c.as_ptr())
            } else {
                p
            }
        };
        (!p.is_null()).then_some(p as u64)
    }

    /// The address of a function of the runtime that extra sources define.
    pub fn function(&self, name: &str) -> Result<*mut c_void> {
        // SAFETY: a live handle.
        unsafe { lookup(self.handle, name, &self.path) }
    }
}

/// # Safety
/// `handle` is a live `dlopen` handle.
unsafe fn lookup(handle: *mut c_void, name: &str, path: &Path) -> Result<*mut c_void> {
    let c = CString::new(name).map_err(|_| Error::new("symbol name has a NUL"))?;
    let p = libc::dlsym(handle, c.as_ptr());
    if p.is_null() {
        return Err(Error::at(path, None, format!("the runtime does not define `{name}`"))
            .help("a library checked by tracefuse implements the sandbox runtime interface (uops/sandbox/sandbox.h)"));
    }
    Ok(p)
}

fn open(path: &Path) -> Result<Runtime> {
    let c = CString::new(path.as_os_str().as_encoded_bytes()).map_err(|_| Error::new("path has a NUL"))?;
    // SAFETY: dlopen with a NUL-terminated path; the handle is kept for the process' life.
    let handle = unsafe { libc::dlopen(c.as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL) };
    if handle.is_null() {
        // SAFETY: dlerror returns a message owned by libc, or null.
        let why = unsafe {
            let e = libc::dlerror();
            if e.is_null() {
                "unknown error".to_string()
            } else {
                CStr::from_ptr(e).to_string_lossy().into_owned()
            }
        };
        return Err(Error::at(path, None, format!("cannot load the runtime: {why}")));
    }
    // SAFETY: a live handle; the object was built from sandbox.h-conforming sources.
    unsafe {
        let api = Api::resolve(handle, path)?;
        let none = lookup(handle, "tf_None", path)? as TfValue;
        let true_ = lookup(handle, "tf_True", path)? as TfValue;
        let false_ = lookup(handle, "tf_False", path)? as TfValue;
        Ok(Runtime { handle, path: path.to_path_buf(), api, none, true_, false_ })
    }
}

/// `e`, from loading a runtime, as an error at the body of the uop whose `tf_uop_NAME`
/// the object lacks (the dispatch table names every uop of the manifest), if it is that.
fn undefined_uop(lib: &UopLibrary, e: Error) -> Error {
    let missing = e.message.split("undefined symbol: tf_uop_").nth(1).map(|rest| {
        rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).next().unwrap_or_default()
    });
    match missing.and_then(|name| lib.uops.iter().find(|u| u.name == name)) {
        Some(uop) => Error::at(
            &uop.body,
            None,
            format!("the body of uop {} does not define tf_uop_{}", uop.name, uop.name),
        )
        .help(format!(
            "open the body with `TF_UOP({})` (the uop is declared at {}:{})",
            uop.name,
            lib.manifest.display(),
            uop.line.unwrap_or(0)
        )),
        None => e,
    }
}

/// Refuses a body whose `TF_UOP(NAME)` names another uop than the one the manifest gives
/// it (the runtime would not load: its dispatch table names `tf_uop_<manifest name>`),
/// naming the body's line. A body that writes no `TF_UOP(` (a macro of its own) is left
/// to the loader.
fn check_body_names(lib: &UopLibrary) -> Result<()> {
    for uop in &lib.uops {
        let text = std::fs::read_to_string(&uop.body).map_err(|e| Error::io(&uop.body, "read body", e))?;
        let mut defined = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") || code.starts_with('*') || code.starts_with("#define") {
                continue;
            }
            for (at, _) in code.match_indices("TF_UOP(") {
                let name: String = code[at + 7..]
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                defined.push((i + 1, name));
            }
        }
        if defined.is_empty() || defined.iter().any(|(_, n)| *n == uop.name) {
            continue;
        }
        let (line, name) = &defined[0];
        return Err(Error::at(
            &uop.body,
            Some(*line),
            format!("`TF_UOP({name})` defines uop {name}, but this is the body of uop {}", uop.name),
        )
        .help(format!(
            "write `TF_UOP({})` here, or point `body:` of the uop at {}:{} to the file of {name}",
            uop.name,
            lib.manifest.display(),
            uop.line.unwrap_or(0)
        )));
    }
    Ok(())
}

/// One compilation unit of the runtime.
struct Unit {
    source: PathBuf,
    opt: u8,
    /// What it is, for errors: "the body of uop X", "the runtime source", ...
    what: String,
    /// What to do when it does not compile.
    help: Option<String>,
}

impl Unit {
    fn new(source: &Path, opt: u8, what: impl Into<String>) -> Unit {
        Unit { source: source.to_path_buf(), opt, what: what.into(), help: None }
    }
}

/// `tf_uop_table.h` for the sandbox interpreter: one `TF_UOP_ENTRY(ID, NAME)` per uop.
pub fn uop_table(lib: &UopLibrary) -> String {
    use std::fmt::Write as _;
    let mut out = String::from("/* Generated by tracefuse from uops.yaml. */\n");
    for u in &lib.uops {
        let _ = writeln!(out, "TF_UOP_ENTRY({}, {})", u.id, u.name);
    }
    out
}

/// Compiles the runtime's units into a shared object under `cache` (unless one with the
/// same content hash is there) and returns its path.
fn build(lib: &UopLibrary, cache: &Path, extra: &[ExtraSource]) -> Result<PathBuf> {
    let sources = lib.runtime.as_ref().ok_or_else(|| {
        Error::at(&lib.manifest, None, "the library names no runtime, so it cannot be run or checked")
            .help("add `runtime: {sources: [runtime.c], interpreter: interp.c}` to the manifest (see docs/formats.md)")
    })?;
    let compiler = BodyCompiler::new(cache)?;
    check_body_names(lib)?;
    let listed = format!("fix it; {} lists it under `runtime:`", lib.manifest.display());
    let mut units: Vec<Unit> = sources
        .sources
        .iter()
        .map(|s| Unit { help: Some(listed.clone()), ..Unit::new(s, 2, "the runtime source") })
        .collect();
    units.push(Unit { help: Some(listed.clone()), ..Unit::new(&sources.interpreter, 2, "the interpreter") });
    units.extend(lib.uops.iter().map(|u| Unit {
        help: Some(format!(
            "fix the body; the uop is declared at {}:{}",
            lib.manifest.display(),
            u.line.unwrap_or(0)
        )),
        ..Unit::new(&u.body, 2, format!("the body of uop {}", u.name))
    }));
    units.extend(extra.iter().map(|e| Unit::new(&e.path, e.opt, "the extra source")));

    let table = uop_table(lib);
    // The key: every source, the generated files, flags, clang's version (headers are
    // checked on a hit, below).
    let mut h = Sha256::new();
    let mut feed = |bytes: &[u8]| {
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    feed(compiler.clang_version.as_bytes());
    feed(FLAGS.join(" ").as_bytes());
    feed(table.as_bytes());
    feed(TRACEFUSE_H.as_bytes());
    feed(TF_ENTER_C.as_bytes());
    for u in &units {
        let text = std::fs::read(&u.source).map_err(|e| Error::io(&u.source, "read runtime source", e))?;
        feed(&[u.opt]);
        feed(&text);
    }
    // Headers are not in the key: a hit is validated against every file clang read
    // (listed with `-MD` when the object was built, stored beside it with their hashes).
    let key = hex(&h.finalize());
    let dir = cache.join("runtime").join(&key[..16]);
    let so = dir.join(format!("lib{}.so", lib.name));
    if so.is_file() && deps_unchanged(&so.with_extension("deps")) {
        return Ok(so);
    }

    // Unique per process and per build: two threads may build the same runtime at once.
    static BUILDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = BUILDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let work = cache.join("runtime").join(format!(".build-{}-{}-{n}", &key[..16], std::process::id()));
    std::fs::create_dir_all(&work).map_err(|e| Error::io(&work, "create build folder", e))?;
    let result = compile_and_link(&compiler, lib, &units, &table, &work, &so);
    let _ = std::fs::remove_dir_all(&work);
    result.map(|()| so)
}

fn compile_and_link(
    compiler: &BodyCompiler,
    lib: &UopLibrary,
    units: &[Unit],
    table: &str,
    work: &Path,
    so: &Path,
) -> Result<()> {
    write_atomic(&work.join("tf_uop_table.h"), table.as_bytes())?;
    write_atomic(&work.join("tracefuse.h"), TRACEFUSE_H.as_bytes())?;
    write_atomic(&work.join("tf_enter.c"), TF_ENTER_C.as_bytes())?;
    let enter = Unit::new(&work.join("tf_enter.c"), 2, "the entry shim");
    let all: Vec<&Unit> = std::iter::once(&enter).chain(units).collect();
    let mut objects = Vec::new();
    let mut deps = Vec::new();
    for (i, u) in all.iter().enumerate() {
        let obj = work.join(format!("{i}.o"));
        let dep = work.join(format!("{i}.d"));
        let mut cmd = Command::new(&compiler.clang);
        cmd.args(FLAGS).arg(format!("-O{}", u.opt)).arg("-c").arg(format!("-I{}", work.display()));
        cmd.args(lib.include.iter().map(|i| format!("-I{}", i.display())));
        cmd.arg("-MD").arg("-MF").arg(&dep);
        cmd.arg("-o").arg(&obj).arg(&u.source);
        compile(cmd, u)?;
        objects.push(obj);
        let text =
            std::fs::read_to_string(&dep).map_err(|e| Error::io(&dep, "read clang's dependency file", e))?;
        // Generated files in the build folder are in the key already.
        deps.extend(parse_depfile(&text).into_iter().filter(|p| !p.starts_with(work)));
    }
    deps.sort();
    deps.dedup();
    let tmp = work.join("runtime.so");
    let mut cmd = Command::new(&compiler.clang);
    cmd.arg("-shared").arg("-o").arg(&tmp).args(&objects).arg("-lm");
    run(cmd, &lib.manifest, "does not link into a shared object")?;
    let dir = so.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "create cache folder", e))?;
    // Another process may have built the same object meanwhile: identical content.
    std::fs::rename(&tmp, so).map_err(|e| Error::io(so, "move the runtime into the cache", e))?;
    write_atomic(&so.with_extension("deps"), dep_list(&deps)?.as_bytes())
}

/// Runs clang on one unit; a failure is an error at the line of its first diagnostic in
/// the unit's own file, headed by what the unit is.
fn compile(mut cmd: Command, unit: &Unit) -> Result<()> {
    let out = cmd.output().map_err(|e| Error::new(format!("cannot run clang: {e}")))?;
    if out.status.success() {
        return Ok(());
    }
    let diag = String::from_utf8_lossy(&out.stderr);
    let prefix = format!("{}:", unit.source.display());
    let line = diag.lines().find_map(|l| {
        let rest = l.strip_prefix(&prefix)?;
        let (n, after) = rest.split_once(':')?;
        after.contains("error").then(|| n.parse::<usize>().ok()).flatten()
    });
    let e = Error::at(
        &unit.source,
        line,
        format!("{} does not compile with clang 19:\n{}", unit.what, diag.trim_end()),
    );
    Err(match &unit.help {
        Some(help) => e.help(help.clone()),
        None => e,
    })
}

fn run(mut cmd: Command, file: &Path, what: &str) -> Result<()> {
    let out = cmd.output().map_err(|e| Error::new(format!("cannot run clang: {e}")))?;
    if !out.status.success() {
        return Err(Error::at(
            file,
            None,
            format!("the runtime {what} with clang 19:\n{}", String::from_utf8_lossy(&out.stderr).trim_end()),
        ));
    }
    Ok(())
}
