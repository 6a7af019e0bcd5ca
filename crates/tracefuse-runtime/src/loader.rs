//! The loader: copies stencils into executable memory, patches every hole, and runs the
//! result. Memory is mapped read-write, filled and patched, then code is made
//! read+execute and data read-only — never writable and executable at once.
//!
//! A [`Program`] is a list of pieces (a stencil and how to fill its holes) laid out one
//! after another: code first (each piece aligned), then a trampoline area for 32-bit
//! branches whose target is out of range, then the data blobs on their own pages. Every
//! patch is range-checked; a value that does not fit is an error, never a wrong jump.
//! Instruction bytes (trampolines, branch recognition, field encodings) come from
//! [`Arch`]; the loader runs x86-64 stencils on an x86-64 Linux host and refuses others.

use crate::arch::{patch, Arch};
use crate::error::{Error, Result};
use crate::hole::{Hole, HoleValue, PatchKind};
use crate::stencil::Stencil;

/// Fills the holes of one piece, given the entries of every piece (by piece index).
pub trait Resolver {
    fn resolve(&self, piece: usize, value: &HoleValue, entries: &[u64]) -> Result<u64>;
}

/// Stencils copied, patched and protected; unmapped on drop.
pub struct Program {
    base: *mut u8,
    len: usize,
    /// Address of each piece's entry point.
    pub entries: Vec<u64>,
    /// Where each piece's code lies: (address, bytes).
    pub ranges: Vec<(u64, u64)>,
    /// Bytes of code (pieces + trampolines) and data.
    pub code_bytes: usize,
    pub data_bytes: usize,
    pub trampolines: usize,
}

impl Drop for Program {
    fn drop(&mut self) {
        // SAFETY: base/len came from mmap and are unmapped once.
        unsafe { libc::munmap(self.base as *mut libc::c_void, self.len) };
    }
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if p > 0 {
        p as usize
    } else {
        4096
    }
}

impl Program {
    /// Lays out, copies and patches `pieces`, stencils for `arch` (each piece's code
    /// aligned to 16 bytes), then protects the memory.
    pub fn load(arch: Arch, pieces: &[&Stencil], resolver: &dyn Resolver) -> Result<Program> {
        Self::load_aligned(arch, pieces, resolver, 16)
    }

    /// As [`Program::load`], with each piece's code aligned to `align` bytes (1 lays
    /// stitched stencils back to back, so elided continue jumps fall through).
    pub fn load_aligned(
        arch: Arch,
        pieces: &[&Stencil],
        resolver: &dyn Resolver,
        align: usize,
    ) -> Result<Program> {
        if !cfg!(all(target_arch = "x86_64", target_os = "linux")) || arch != Arch::X86_64 {
            return Err(Error::new(format!(
                "this loader runs x86-64 stencils on an x86-64 Linux host, not {arch:?} stencils on this host"
            ))
            .help("generate for the host's triple and run the stencils through the C header (jit_stencils.h), as tests/c_consumer does"));
        }
        let layout = Layout::of(arch, pieces, align.max(1), page_size());
        let mut prog = Program::map(&layout)?;
        // SAFETY: the mapping is `layout.total` bytes, writable, and owned by `prog`.
        let mem = unsafe { std::slice::from_raw_parts_mut(prog.base, layout.total) };
        let addr = |off: usize| prog.base as u64 + off as u64;
        prog.entries = pieces.iter().zip(&layout.code).map(|(s, &o)| addr(o) + s.entry).collect();
        prog.ranges = pieces.iter().zip(&layout.code).map(|(s, &o)| (addr(o), s.code.len() as u64)).collect();
        for (i, s) in pieces.iter().enumerate() {
            mem[layout.code[i]..layout.code[i] + s.code.len()].copy_from_slice(&s.code);
            mem[layout.data[i]..layout.data[i] + s.data.len()].copy_from_slice(&s.data);
        }
        let mut tramps = Trampolines { arch, base: layout.trampolines, slots: Vec::new() };
        for (i, s) in pieces.iter().enumerate() {
            let (code_at, data_at) = (layout.code[i], layout.data[i]);
            let value_of = |h: &Hole| -> Result<u64> {
                match &h.value {
                    HoleValue::Code => Ok(addr(code_at)),
                    HoleValue::Data => Ok(addr(data_at)),
                    v => resolver.resolve(i, v, &prog.entries),
                }
            };
            for (holes, at) in [(&s.code_holes, code_at), (&s.data_holes, data_at)] {
                for h in holes.iter() {
                    patch_hole(mem, prog.base as u64, &mut tramps, s, h, at, value_of(h)?)?;
                }
            }
        }
        prog.trampolines = tramps.slots.len();
        prog.protect(layout.code_total)?;
        Ok(prog)
    }

    /// Maps `layout.total` bytes read-write for a program laid out as `layout`.
    fn map(layout: &Layout) -> Result<Program> {
        let total = layout.total;
        // SAFETY: an anonymous private mapping; checked for failure.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                total,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return Err(Error::new(format!(
                "mmap of {total} bytes failed: {}",
                std::io::Error::last_os_error()
            )));
        }
        Ok(Program {
            base: base as *mut u8,
            len: total,
            entries: Vec::new(),
            ranges: Vec::new(),
            code_bytes: layout.trampolines,
            data_bytes: layout.data_len,
            trampolines: 0,
        })
    }

    /// Makes the first `code_total` bytes read+execute and the rest read-only.
    fn protect(&self, code_total: usize) -> Result<()> {
        // SAFETY: both ranges lie in the mapping; code becomes R+X, data R.
        unsafe {
            if libc::mprotect(self.base as *mut libc::c_void, code_total, libc::PROT_READ | libc::PROT_EXEC)
                != 0
            {
                return Err(Error::new(format!(
                    "mprotect(code) failed: {}",
                    std::io::Error::last_os_error()
                )));
            }
            if self.len > code_total
                && libc::mprotect(
                    self.base.add(code_total) as *mut libc::c_void,
                    self.len - code_total,
                    libc::PROT_READ,
                ) != 0
            {
                return Err(Error::new(format!(
                    "mprotect(data) failed: {}",
                    std::io::Error::last_os_error()
                )));
            }
        }
        Ok(())
    }
}

/// Where everything goes in a program's mapping (offsets from its start): each piece's
/// code, the trampoline area, then, page-aligned, each piece's data.
struct Layout {
    /// Offset of each piece's code.
    code: Vec<usize>,
    /// Offset of the trampoline area (16-aligned, right after the code).
    trampolines: usize,
    /// Bytes of code and trampoline area, whole pages.
    code_total: usize,
    /// Offset of each piece's data.
    data: Vec<usize>,
    /// Bytes of data.
    data_len: usize,
    /// Bytes of the whole mapping.
    total: usize,
}

impl Layout {
    /// Lays out `pieces`, code aligned to `align` bytes, with room for one trampoline per
    /// branch.
    fn of(arch: Arch, pieces: &[&Stencil], align: usize, page: usize) -> Layout {
        let mut code = Vec::with_capacity(pieces.len());
        let mut code_len = 0usize;
        for s in pieces {
            code_len = code_len.div_ceil(align) * align;
            code.push(code_len);
            code_len += s.code.len();
        }
        let max_tramps: usize =
            pieces.iter().map(|s| s.code_holes.iter().filter(|h| s.is_branch(h, arch)).count()).sum();
        let trampolines = code_len.div_ceil(16) * 16;
        let code_total = (trampolines + max_tramps * arch.trampoline_size()).max(1).div_ceil(page) * page;
        let mut data = Vec::with_capacity(pieces.len());
        let mut data_len = 0usize;
        for s in pieces {
            data_len = data_len.div_ceil(16) * 16;
            data.push(code_total + data_len);
            data_len += s.data.len();
        }
        let total = code_total + data_len.div_ceil(page) * page;
        Layout { code, trampolines, code_total, data, data_len, total }
    }
}

/// The trampoline area after the code: one trampoline per distinct far branch target.
struct Trampolines {
    arch: Arch,
    /// Offset of the area in the mapping.
    base: usize,
    /// (target, offset) of each trampoline written so far.
    slots: Vec<(u64, usize)>,
}

impl Trampolines {
    /// The offset of the trampoline to `target`, written into `mem` on first use.
    fn to(&mut self, mem: &mut [u8], target: u64) -> usize {
        if let Some(&(_, slot)) = self.slots.iter().find(|(t, _)| *t == target) {
            return slot;
        }
        let size = self.arch.trampoline_size();
        let slot = self.base + self.slots.len() * size;
        mem[slot..slot + size].copy_from_slice(&self.arch.trampoline(target));
        self.slots.push((target, slot));
        slot
    }
}

/// Patches hole `h` of stencil `s` (laid out at `at` in `mem`, which is mapped at
/// `base`) with `value`: a branch out of range goes through a trampoline, any other value
/// that does not fit is an error.
fn patch_hole(
    mem: &mut [u8],
    base: u64,
    tramps: &mut Trampolines,
    s: &Stencil,
    h: &Hole,
    at: usize,
    value: u64,
) -> Result<()> {
    let field = at + h.offset as usize;
    let pc = base + field as u64;
    let target = value.wrapping_add(h.addend as u64);
    let bad = |what: &str| {
        Error::new(format!(
            "stencil {}: hole at +{:#x} ({}, {}) = {target:#x} {what}",
            s.name, h.offset, h.raw, h.value
        ))
    };
    let far = h.kind == PatchKind::Rel32 && i32::try_from((target as i64).wrapping_sub(pc as i64)).is_err();
    let target = if far {
        // Out of range: only branches can go through a trampoline.
        if !tramps.arch.is_branch_field(mem, field, h.kind) {
            return Err(bad("is out of 32-bit PC-relative range"));
        }
        let slot = tramps.to(mem, value);
        (base + slot as u64).wrapping_add(h.addend as u64)
    } else {
        target
    };
    if !matches!(h.kind, PatchKind::Abs64 | PatchKind::Abs32 | PatchKind::Abs32S | PatchKind::Rel32) {
        return Err(bad(&format!(
            "needs {:?}, which this loader does not patch: it runs x86-64 stencils",
            h.kind
        )));
    }
    patch(mem, field, pc, h.kind, target).map_err(|why| bad(&why))
}

impl Program {
    /// Appends one line per piece (`start size name`, hex) to `/tmp/perf-<pid>.map`, the
    /// file `perf report` reads to name JIT code. `names` has one name per piece.
    pub fn write_perf_map(&self, names: &[String]) -> Result<()> {
        use std::io::Write;
        let path = std::path::PathBuf::from(format!("/tmp/perf-{}.map", std::process::id()));
        let mut text = String::new();
        for ((start, len), name) in self.ranges.iter().zip(names) {
            text.push_str(&format!("{start:x} {len:x} {name}\n"));
        }
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| Error::io(&path, "open the perf map", e))?;
        f.write_all(text.as_bytes()).map_err(|e| Error::io(&path, "write the perf map", e))
    }
}

/// Whether loaded code is announced in a perf map (`TRACEFUSE_PERF_MAP=1`; off by default).
pub fn perf_map_enabled() -> bool {
    std::env::var_os("TRACEFUSE_PERF_MAP").is_some_and(|v| v == "1")
}
