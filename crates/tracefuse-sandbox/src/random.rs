//! Random differential traces: generates valid random traces over the sandbox uops
//! (type-consistent stacks, loops and linear traces, lengths up to 200, build-time and
//! runtime operands mixed) with cases whose inputs make random guards fail at random
//! positions, runs each as interpreter, stitched and fused, and shrinks a mismatch to a
//! small trace that still fails, written out as a reproducer trace file.
//!
//! Safety rule of the generator: a uop that assumes a type (an int add, an attribute
//! load) only consumes stack values whose type a guard (or the uop that produced them)
//! established in the same iteration; values loaded from locals are unknown until
//! guarded, because a loop or a case may have changed them.

use crate::cases::Suite;
use crate::check::{check_all, Mode};
use crate::runtime::Runtime;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use tracefuse::definitions::UopLibrary;
use tracefuse::error::{Error, Result};
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{assemble, build_stencil, plans};
use tracefuse::set::StencilSet;
use tracefuse::stencil::Stencil;
use tracefuse::target::Target;
use tracefuse::traces::TraceSet;

/// A small deterministic generator (xorshift64*), so a seed reproduces a run anywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// What the generator knows about a stack value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    Unknown,
    Int,
    Float,
    Bool,
    Instance,
    Builtin,
    RangeIter,
}

/// Locals of every random trace: 0-3 numbers, 4 a list (only ever appended to), 5 an
/// instance of P (2 slots), 6-7 scratch. Loops keep a range iterator on the stack.
const NUMERIC: u64 = 4;
const LIST: u64 = 4;
const INSTANCE: u64 = 5;
const LOCALS: u64 = 8;
const STACK: u64 = 8;

struct Gen<'a> {
    rng: &'a mut Rng,
    lines: Vec<String>,
    stack: Vec<Ty>,
    base: usize,
}

impl Gen<'_> {
    fn emit(&mut self, text: String) {
        let i = self.lines.len();
        // Every instruction that can exit gets a distinct target.
        let text = if text.contains("TARGET") {
            text.replace("TARGET", &format!("target: {}", 10 * i + 1))
        } else {
            text
        };
        self.lines.push(format!("  - {{{text}}}"));
    }
    fn depth(&self) -> usize {
        self.stack.len()
    }
    fn top(&self, n: usize) -> Ty {
        self.stack[self.stack.len() - n]
    }
    fn pop(&mut self, n: usize) {
        for _ in 0..n {
            self.stack.pop();
        }
    }
    fn operand(&mut self, v: u64) -> String {
        if self.rng.chance(50) {
            format!("{{runtime: {v}}}")
        } else {
            v.to_string()
        }
    }

    /// One random step that keeps the stack within [base, STACK].
    fn step(&mut self) {
        let room = (STACK as usize).saturating_sub(self.depth());
        let d = self.depth() - self.base;
        match self.rng.below(16) {
            0 if room >= 1 => {
                let i = self.rng.below(NUMERIC);
                self.emit(format!("uop: _LOAD_FAST, oparg: {i}"));
                self.stack.push(Ty::Unknown);
            }
            1 if room >= 1 => {
                let k = self.rng.below(50);
                self.emit(format!("uop: _LOAD_SMALL_INT, oparg: {k}"));
                self.stack.push(Ty::Int);
            }
            2 if room >= 1 => {
                let x = (self.rng.below(64) as f64 - 16.0) / 4.0;
                self.emit(format!("uop: _LOAD_CONST_INLINE, operand0: {{runtime: {x:?}}}"));
                self.stack.push(Ty::Float);
            }
            3 if d >= 1 => {
                let i = self.rng.below(NUMERIC);
                self.emit(format!("uop: _STORE_FAST, oparg: {i}"));
                self.pop(1);
            }
            4 if d >= 1 => {
                self.emit("uop: _POP_TOP".into());
                self.pop(1);
            }
            5 if d >= 2 => {
                if self.rng.chance(50) {
                    self.emit("uop: _GUARD_BOTH_INT, TARGET".into());
                    let n = self.depth();
                    self.stack[n - 1] = Ty::Int;
                    self.stack[n - 2] = Ty::Int;
                } else {
                    self.emit("uop: _GUARD_BOTH_FLOAT, TARGET".into());
                    let n = self.depth();
                    self.stack[n - 1] = Ty::Float;
                    self.stack[n - 2] = Ty::Float;
                }
            }
            6 if d >= 1 => {
                self.emit("uop: _GUARD_TOS_INT, TARGET".into());
                let n = self.depth();
                self.stack[n - 1] = Ty::Int;
            }
            7 if d >= 2 && self.top(1) == Ty::Int && self.top(2) == Ty::Int => {
                let op = ["ADD", "SUBTRACT", "MULTIPLY"][self.rng.below(3) as usize];
                if self.rng.chance(30) {
                    let c = self.rng.below(6);
                    self.emit(format!("uop: _COMPARE_OP_INT, oparg: {c}"));
                    self.pop(2);
                    self.stack.push(Ty::Bool);
                } else {
                    self.emit(format!("uop: _BINARY_OP_{op}_INT, TARGET"));
                    self.pop(2);
                    self.stack.push(Ty::Int);
                }
            }
            8 if d >= 2 && self.top(1) == Ty::Float && self.top(2) == Ty::Float => {
                let op = ["ADD", "SUBTRACT", "MULTIPLY", "TRUE_DIVIDE"][self.rng.below(4) as usize];
                if self.rng.chance(25) {
                    let c = self.rng.below(6);
                    self.emit(format!("uop: _COMPARE_OP_FLOAT, oparg: {c}"));
                    self.pop(2);
                    self.stack.push(Ty::Bool);
                } else {
                    self.emit(format!("uop: _BINARY_OP_{op}_FLOAT, TARGET"));
                    self.pop(2);
                    self.stack.push(Ty::Float);
                }
            }
            9 if d >= 1 && self.top(1) == Ty::Bool => {
                let which = if self.rng.chance(50) { "TRUE" } else { "FALSE" };
                self.emit(format!("uop: _GUARD_IS_{which}_POP, TARGET"));
                self.pop(1);
            }
            10 if d >= 1 && matches!(self.top(1), Ty::Int | Ty::Unknown) => {
                self.emit("uop: _TO_BOOL_INT, TARGET".into());
                let n = self.depth();
                self.stack[n - 1] = Ty::Bool;
            }
            11 if room >= 2 => {
                // p.x or p.y behind a type-version guard; maybe store back into it.
                self.emit(format!("uop: _LOAD_FAST, oparg: {INSTANCE}"));
                let v = self.operand(7);
                self.emit(format!("uop: _GUARD_TYPE_VERSION, operand0: {v}, TARGET"));
                self.stack.push(Ty::Instance);
                if d >= 1 && self.rng.chance(40) {
                    let slot = self.rng.below(2);
                    self.emit(format!("uop: _STORE_ATTR_SLOT, oparg: {slot}, TARGET"));
                    self.pop(2);
                } else {
                    let slot = self.rng.below(2);
                    self.emit(format!("uop: _LOAD_ATTR_SLOT, oparg: {slot}, TARGET"));
                    self.pop(1);
                    self.stack.push(Ty::Unknown);
                }
            }
            12 if room >= 2 && d >= 1 => {
                // list.append(top) through the list local (never overwritten).
                self.emit(format!("uop: _LOAD_FAST, oparg: {LIST}"));
                self.emit("uop: _SWAP, oparg: 2".into());
                self.emit("uop: _LIST_APPEND, oparg: 1, TARGET".into());
                self.emit("uop: _POP_TOP".into());
                self.pop(1);
            }
            13 if room >= 2 && d >= 1 && self.top(1) != Ty::RangeIter => {
                // list[i] for an int on top (out of range deopts).
                self.emit(format!("uop: _LOAD_FAST, oparg: {LIST}"));
                self.emit("uop: _SWAP, oparg: 2".into());
                self.emit("uop: _BINARY_OP_SUBSCR_LIST_INT, TARGET".into());
                self.pop(1);
                self.stack.push(Ty::Unknown);
            }
            14 if room >= 3 => {
                let (name, n) =
                    [("abs", 1), ("min", 2), ("max", 2), ("float", 1)][self.rng.below(4) as usize];
                self.emit(format!("uop: _LOAD_CONST_INLINE, operand0: {{runtime: {{builtin: {name}}}}}"));
                self.stack.push(Ty::Builtin);
                for _ in 0..n {
                    let i = self.rng.below(NUMERIC);
                    self.emit(format!("uop: _LOAD_FAST, oparg: {i}"));
                }
                self.emit(format!("uop: _CALL_BUILTIN_FAST, oparg: {n}, TARGET"));
                self.pop(1);
                self.stack.push(Ty::Unknown);
            }
            15 => {
                let k = self.rng.below(4);
                match k {
                    0 => self.emit(format!("uop: _SET_IP, oparg: {}", self.lines.len())),
                    1 => self.emit("uop: _CHECK_VALIDITY, TARGET".into()),
                    2 => self.emit("uop: _CHECK_EVAL_BREAKER, TARGET".into()),
                    _ => self.emit("uop: _NOP".into()),
                }
            }
            _ => {}
        }
    }
}

fn random_value(rng: &mut Rng) -> String {
    match rng.below(10) {
        0..=4 => (rng.below(40) as i64 - 20).to_string(),
        5..=7 => format!("{:?}", (rng.below(40) as f64 - 20.0) / 2.0),
        8 => {
            if rng.chance(50) {
                "true".into()
            } else {
                "null".into()
            }
        }
        _ => ["4611686018427387903", "-4611686018427387904", "0.0"][rng.below(3) as usize].into(),
    }
}

/// The text of random trace `index` of a run with `seed`.
pub fn random_trace(seed: u64, index: u64) -> String {
    let mut rng = Rng::new(seed ^ index.wrapping_mul(0x1000_0000_01B3));
    let is_loop = rng.chance(50);
    let long = rng.chance(20);
    let len = 3 + rng.below(if long { 190 } else { 40 });
    let name = format!("random_{seed}_{index}");
    let mut g = Gen { rng: &mut rng, lines: Vec::new(), stack: Vec::new(), base: 0 };
    if is_loop {
        g.stack.push(Ty::RangeIter);
        g.base = 1;
        g.emit("uop: _ITER_CHECK_RANGE, TARGET".into());
        g.emit("uop: _GUARD_NOT_EXHAUSTED_RANGE, TARGET".into());
        g.emit("uop: _ITER_NEXT_RANGE".into());
        g.stack.push(Ty::Int);
    }
    while (g.lines.len() as u64) < len {
        g.step();
    }
    // Balance the stack: loops return to the entry depth before the back edge.
    while g.depth() > g.base {
        let i = 6 + g.rng.below(2);
        g.emit(format!("uop: _STORE_FAST, oparg: {i}"));
        g.pop(1);
    }
    if is_loop {
        g.emit("uop: _JUMP_TO_TOP, TARGET".into());
    } else if g.rng.chance(30) {
        g.emit("uop: _EXIT_TRACE, TARGET".into());
    }
    let lines = std::mem::take(&mut g.lines);
    let mut s = String::new();
    let _ =
        writeln!(s, "# Random differential trace (tracefuse check --random, seed {seed}, trace {index}).");
    let _ = writeln!(s, "trace: {name}\nlibrary: sandbox\nlocals: {LOCALS}\nstack_size: {}", STACK + 1);
    if is_loop {
        let _ = writeln!(s, "entry_stack: 1");
    }
    let _ = writeln!(s, "classes:\n  P: {{version: 7, slots: 2}}\ninstructions:");
    for l in &lines {
        let _ = writeln!(s, "{l}");
    }
    let _ = writeln!(s, "cases:");
    for c in 0..3 {
        let locals: Vec<String> = (0..NUMERIC).map(|_| random_value(&mut rng)).collect();
        let list: Vec<String> = (0..rng.below(4)).map(|_| random_value(&mut rng)).collect();
        let slots = [random_value(&mut rng), random_value(&mut rng)];
        let _ = writeln!(s, "  - name: c{c}");
        if rng.chance(30) {
            let _ = writeln!(s, "    classes: {{P: {{version: {}, slots: 2}}}}", 6 + rng.below(3));
        }
        let _ = writeln!(s, "    tick_limit: {}", 1 + rng.below(6));
        if rng.chance(10) {
            let _ = writeln!(s, "    eval_breaker: true");
        }
        let _ = writeln!(
            s,
            "    locals: [{}, {{list: [{}]}}, {{instance: P, slots: [{}]}}]",
            locals.join(", "),
            list.join(", "),
            slots.join(", ")
        );
        if is_loop {
            let _ = writeln!(s, "    stack: [{{range: [{}, {}]}}]", rng.below(3), rng.below(6));
        }
    }
    s
}

/// What a random run found.
#[derive(Debug, Default)]
pub struct RandomReport {
    pub traces: usize,
    pub runs: usize,
    /// Reproducer files of mismatching traces, shrunk.
    pub failures: Vec<PathBuf>,
}

/// Builds stencils for one random trace at a time, reusing per-uop stencils.
struct Builder<'a> {
    lib: &'a UopLibrary,
    runtime: &'static Runtime,
    target: Target,
    machine: inkwell::targets::TargetMachine,
    bitcode: tracefuse::bodies::LibraryBitcode,
    uops: BTreeMap<String, Stencil>,
    end: Option<Stencil>,
}

impl<'a> Builder<'a> {
    fn new(lib: &'a UopLibrary, cache: &Path) -> Result<Builder<'a>> {
        let target = Target::by_triple("x86_64-unknown-linux-gnu")?;
        let machine = target.machine()?;
        let bitcode = tracefuse::bodies::BodyCompiler::new(cache)?.compile_library(lib, &target.triple)?;
        let runtime = Runtime::for_library(lib, cache)?;
        Ok(Builder { lib, runtime, target, machine, bitcode, uops: BTreeMap::new(), end: None })
    }

    fn stencils(&mut self, set: &TraceSet) -> Result<StencilSet> {
        let pipeline = Pipeline::default();
        let mut fused = Vec::new();
        let mut uops = BTreeMap::new();
        for plan in plans(self.lib, set, &pipeline) {
            let known =
                if plan.name == "_END" { self.end.clone() } else { self.uops.get(&plan.name).cloned() };
            let is_fused = set.traces.iter().any(|t| t.name == plan.name);
            let s = match known {
                Some(s) if !is_fused => s,
                _ => build_stencil(self.lib, &self.bitcode, &self.target, &self.machine, &pipeline, &plan)?,
            };
            if is_fused {
                fused.push(s);
            } else if plan.name == "_END" {
                self.end = Some(s);
            } else {
                self.uops.insert(plan.name.clone(), s.clone());
                uops.insert(plan.name.clone(), s);
            }
        }
        let end = self.end.clone().ok_or_else(|| Error::new("no end stub"))?;
        Ok(assemble(self.lib, set, &self.target, end, fused, uops))
    }

    /// Mismatch descriptions for one trace file's cases (empty when all modes agree).
    fn mismatches(&mut self, path: &Path) -> Result<(usize, Vec<String>)> {
        let set = TraceSet::load_files(&[path.to_path_buf()], self.lib)?;
        let stencils = self.stencils(&set)?;
        let suite = Suite::new(self.lib.clone(), set, self.runtime)?;
        let report = check_all(&suite, &stencils, &[Mode::Interp, Mode::Stitched, Mode::Fused])?;
        Ok((report.runs, report.mismatches))
    }
}

/// Removes instructions — in halving blocks, then in pairs (a push with the pop that
/// balances it) — while `fails` still holds for the trace text (a candidate that does not
/// validate does not fail, so it is never kept).
pub fn shrink(text: &str, mut fails: impl FnMut(&str) -> bool) -> String {
    let (head, rest) = text.split_once("instructions:\n").unwrap_or((text, ""));
    let (body, cases) = rest.split_once("cases:\n").unwrap_or((rest, ""));
    let assemble = |insts: &[&str]| format!("{head}instructions:\n{}\ncases:\n{cases}", insts.join("\n"));
    let mut insts: Vec<&str> = body.lines().collect();
    let mut chunk = insts.len() / 2;
    while chunk >= 1 {
        let mut i = 0;
        while i + chunk <= insts.len() {
            let mut candidate = insts.clone();
            candidate.drain(i..i + chunk);
            if !candidate.is_empty() && fails(&assemble(&candidate)) {
                insts = candidate;
            } else {
                i += chunk;
            }
        }
        chunk /= 2;
    }
    // A push and the pop that balances it must go together: try pairs within a window.
    const WINDOW: usize = 16;
    let mut i = 0;
    while i < insts.len() {
        let mut removed = false;
        for j in i + 1..insts.len().min(i + 1 + WINDOW) {
            let mut candidate = insts.clone();
            candidate.remove(j);
            candidate.remove(i);
            if !candidate.is_empty() && fails(&assemble(&candidate)) {
                insts = candidate;
                removed = true;
                break;
            }
        }
        if !removed {
            i += 1;
        }
    }
    assemble(&insts)
}

/// Generates and checks `count` random traces from `seed`; mismatches are shrunk and
/// written to `failures_dir`. `progress` is told each finished trace.
pub fn run(
    lib: &UopLibrary,
    seed: u64,
    count: u64,
    cache: &Path,
    failures_dir: &Path,
    progress: &dyn Fn(u64, &RandomReport),
) -> Result<RandomReport> {
    let mut b = Builder::new(lib, cache)?;
    std::fs::create_dir_all(failures_dir).map_err(|e| Error::io(failures_dir, "create", e))?;
    let work = failures_dir.join(".work");
    std::fs::create_dir_all(&work).map_err(|e| Error::io(&work, "create", e))?;
    let mut report = RandomReport::default();
    for i in 0..count {
        let text = random_trace(seed, i);
        let path = work.join(format!("random_{seed}_{i}.yaml"));
        std::fs::write(&path, &text).map_err(|e| Error::io(&path, "write", e))?;
        let (runs, found) = b.mismatches(&path).map_err(|e| {
            Error::new(format!("random trace {i} of seed {seed} (in {}): {e}", path.display()))
        })?;
        report.traces += 1;
        report.runs += runs;
        if !found.is_empty() {
            let probe = work.join("shrink.yaml");
            let small = shrink(&text, |candidate| {
                std::fs::write(&probe, candidate).is_ok()
                    && matches!(b.mismatches(&probe), Ok((_, m)) if !m.is_empty())
            });
            let out = failures_dir.join(format!("random_{seed}_{i}.yaml"));
            let note: String = found.iter().map(|m| format!("# {}\n", m.replace('\n', "\n# "))).collect();
            std::fs::write(&out, format!("# Mismatch before shrinking:\n{note}{small}"))
                .map_err(|e| Error::io(&out, "write", e))?;
            report.failures.push(out);
        }
        let _ = std::fs::remove_file(&path);
        progress(i, &report);
    }
    let _ = std::fs::remove_dir_all(&work);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shrinking_keeps_only_what_the_failure_needs() {
        let text = random_trace(3, 5);
        let needle = "_LOAD_SMALL_INT";
        let text = if text.contains(needle) { text } else { random_trace(3, 6) };
        assert!(text.contains(needle));
        let lib = UopLibrary::load(&crate::default_library_dir()).unwrap();
        let dir = std::env::temp_dir().join(format!("tracefuse-shrink-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let probe = dir.join("t.yaml");
        // "Fails" while the trace is valid and still loads a small int.
        let small = shrink(&text, |c| {
            std::fs::write(&probe, c).unwrap();
            c.contains(needle) && TraceSet::load_files(std::slice::from_ref(&probe), &lib).is_ok()
        });
        let _ = std::fs::remove_dir_all(&dir);
        let insts = small.split("instructions:\n").nth(1).unwrap().split("cases:\n").next().unwrap();
        let n = insts.lines().count();
        assert!(n < text.split("instructions:\n").nth(1).unwrap().lines().count(), "nothing was removed");
        assert!(insts.contains(needle));
        // A loop keeps its 3-instruction header and back edge; a linear trace keeps the
        // load and what balances its stack.
        assert!(n <= 6, "not minimal: {n} instructions left:\n{insts}");
    }
}
