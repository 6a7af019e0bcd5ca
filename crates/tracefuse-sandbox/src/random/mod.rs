//! Random differential traces over whatever library is loaded: generates valid random
//! traces from each uop's declared stack effect, fields and exits and the `random:` hints
//! the library declares (docs/formats.md, "Random hints"): loops (a declared header over
//! an entry value) and linear traces, lengths up to 200, build-time and runtime operands
//! mixed, with cases whose random inputs make guards fail at random positions. Each trace
//! runs as interpreter, stitched and fused; a mismatch is shrunk to a small trace that still
//! fails, written out as a reproducer trace file.
//!
//! Safety rule of the generator: a uop input that needs a value type (`needs`) only
//! consumes a stack value whose type a guard (or the uop that produced it, `gives`)
//! established in the same iteration; values loaded from locals have their group's
//! declared type (`any` unless no instruction ever stores into that group), because a
//! loop or a case may have changed them. Values below the loop's entry depth are never
//! touched by random steps. A uop without hints is used only if it takes no stack value
//! and reads no field but `target`.

pub mod hints;

use crate::cases::Suite;
use crate::check::{check_all, Mode};
use crate::runtime::Runtime;
use hints::{flow, Gives, Hints, Step, Template, Variant, ANY};
use serde_yaml::Value as Yaml;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use tracefuse::definitions::{ExitKind, Field, FieldKind, UopLibrary};
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

/// A random trace generator for one library.
pub struct Generator<'a> {
    lib: &'a UopLibrary,
    hints: Hints,
    /// (uop, variant) of every variant a random step may draw, with its weight.
    pool: Vec<(usize, usize, u64)>,
    /// One-value pops with no exit and no needs: what balances the stack at the end.
    balancers: Vec<(usize, usize)>,
    /// Terminators that may end a linear trace; the one that jumps to the top.
    ends: Vec<(usize, usize)>,
    back_edge: Option<(usize, usize)>,
}

/// The generator's state within one trace.
#[derive(Clone)]
struct State {
    lines: Vec<String>,
    /// Names of the uops emitted (for coverage).
    used: Vec<usize>,
    stack: Vec<String>,
    base: usize,
}

impl<'a> Generator<'a> {
    pub fn new(lib: &'a UopLibrary) -> Result<Generator<'a>> {
        let hints = Hints::read(lib)?.ok_or_else(|| {
            Error::at(&lib.manifest, None, "the library declares no top-level `random:` settings").help(
                "random traces need the frame layout and case inputs: see docs/formats.md, \"Random hints\"",
            )
        })?;
        let mut pool = Vec::new();
        let mut balancers = Vec::new();
        let mut ends = Vec::new();
        let mut back_edge = None;
        for (u, vs) in hints.uops.iter().enumerate() {
            let uop = &lib.uops[u];
            for (k, v) in vs.iter().enumerate() {
                if uop.terminator {
                    if uop.may(ExitKind::JumpToTop) {
                        back_edge = back_edge.or(Some((u, k)));
                    } else if v.weight > 0 {
                        ends.push((u, k));
                    }
                    continue;
                }
                if v.weight > 0 {
                    pool.push((u, k, v.weight));
                }
                let pops_one = uop.stack_effect(0) == Some((1, 0)) && uop.inputs.len() == 1;
                if pops_one
                    && uop.exits.is_empty()
                    && v.needs.is_empty()
                    && v.before.is_empty()
                    && v.after.is_empty()
                {
                    balancers.push((u, k));
                }
            }
        }
        if !hints.loops.is_empty() && back_edge.is_none() {
            return Err(Error::at(
                &lib.manifest,
                lib.random.as_ref().and_then(|r| r.1),
                "random.loops: no usable terminator jumps to the top",
            ));
        }
        Ok(Generator { lib, hints, pool, balancers, ends, back_edge })
    }

    /// The text of random trace `index` of a run with `seed`, and the uops it uses.
    pub fn trace(&self, seed: u64, index: u64) -> Result<(String, Vec<String>)> {
        let mut rng = Rng::new(seed ^ index.wrapping_mul(0x1000_0000_01B3));
        let h = &self.hints;
        let loop_kind = if !h.loops.is_empty() && rng.chance(50) {
            Some(&h.loops[rng.below(h.loops.len() as u64) as usize])
        } else {
            None
        };
        let long = rng.chance(20);
        let len = 3 + rng.below(if long { 190 } else { 40 });
        let mut st = State { lines: Vec::new(), used: Vec::new(), stack: Vec::new(), base: 0 };
        if let Some(l) = loop_kind {
            st.stack.push(ANY.into());
            for s in &l.header {
                if !self.apply_step(&mut st, &mut rng, s)? {
                    let u = &self.lib.uops[s.uop];
                    return Err(Error::at(
                        &self.lib.manifest,
                        u.line,
                        format!("random.loops: header step `{}` does not fit the entry stack", u.name),
                    ));
                }
            }
            // Random steps never touch the entry value.
            st.base = 1;
        }
        let mut attempts = 0u64;
        while (st.lines.len() as u64) < len && attempts < 50 * len && !self.pool.is_empty() {
            attempts += 1;
            let total: u64 = self.pool.iter().map(|p| p.2).sum();
            let mut pick = rng.below(total);
            let &(u, k, _) = self
                .pool
                .iter()
                .find(|p| {
                    if pick < p.2 {
                        true
                    } else {
                        pick -= p.2;
                        false
                    }
                })
                .unwrap_or(&self.pool[0]);
            let v = &h.uops[u][k];
            let mut trial = st.clone();
            let mut ok = true;
            for s in &v.before {
                ok = ok && self.apply_step(&mut trial, &mut rng, s)?;
            }
            ok = ok && self.apply(&mut trial, &mut rng, u, v, &BTreeMap::new())?;
            for s in &v.after {
                ok = ok && self.apply_step(&mut trial, &mut rng, s)?;
            }
            if ok {
                st = trial;
            }
        }
        // Balance the stack: loops return to the entry depth before the back edge.
        while st.stack.len() > st.base {
            if self.balancers.is_empty() {
                return Err(Error::at(
                    &self.lib.manifest,
                    None,
                    "random: no uop pops one value of any type without exits, to balance a trace",
                ));
            }
            let (u, k) = self.balancers[rng.below(self.balancers.len() as u64) as usize];
            if !self.apply(&mut st, &mut rng, u, &h.uops[u][k], &BTreeMap::new())? {
                return Err(Error::at(
                    &self.lib.manifest,
                    self.lib.uops[u].line,
                    "random: a balancing uop does not fit",
                ));
            }
        }
        if loop_kind.is_some() {
            if let Some((u, k)) = self.back_edge {
                self.apply(&mut st, &mut rng, u, &h.uops[u][k], &BTreeMap::new())?;
            }
        } else if !self.ends.is_empty() && rng.chance(30) {
            let (u, k) = self.ends[rng.below(self.ends.len() as u64) as usize];
            let mut trial = st.clone();
            if self.apply(&mut trial, &mut rng, u, &h.uops[u][k], &BTreeMap::new())? {
                st = trial;
            }
        }

        let lib = &self.lib.name;
        let locals: u64 = h.locals.iter().map(|g| g.count).sum();
        let mut s = String::new();
        let _ = writeln!(
            s,
            "# Random differential trace (tracefuse check --random, seed {seed}, trace {index})."
        );
        let _ = writeln!(
            s,
            "trace: random_{seed}_{index}\nlibrary: {lib}\nlocals: {locals}\nstack_size: {}",
            h.stack + 1
        );
        if loop_kind.is_some() {
            let _ = writeln!(s, "entry_stack: 1");
        }
        if let Some(c) = &h.classes {
            let _ = writeln!(s, "classes: {}", flow(c));
        }
        let _ = writeln!(s, "instructions:");
        for l in &st.lines {
            let _ = writeln!(s, "{l}");
        }
        let _ = writeln!(s, "cases:");
        for c in 0..3 {
            let _ = writeln!(s, "  - name: c{c}");
            for (key, t) in [
                ("classes", &h.case_classes),
                ("tick_limit", &h.tick_limit),
                ("eval_breaker", &h.eval_breaker),
            ] {
                if let Some(t) = t {
                    let v = self.draw(t, &mut rng);
                    if !v.is_null() {
                        let _ = writeln!(s, "    {key}: {}", flow(&v));
                    }
                }
            }
            let mut values = Vec::new();
            for g in &h.locals {
                for _ in 0..g.count {
                    values.push(flow(&self.draw(&g.value, &mut rng)));
                }
            }
            let _ = writeln!(s, "    locals: [{}]", values.join(", "));
            if let Some(l) = loop_kind {
                let _ = writeln!(s, "    stack: [{}]", flow(&self.draw(&l.entry, &mut rng)));
            }
        }
        let used = st.used.iter().map(|&u| self.lib.uops[u].name.clone()).collect();
        Ok((s, used))
    }

    fn draw(&self, t: &Template, rng: &mut Rng) -> Yaml {
        match t {
            Template::Lit(y) => y.clone(),
            Template::Int(lo, hi) => {
                let span = (*hi as i128 - *lo as i128 + 1).min(u64::MAX as i128) as u64;
                Yaml::from((*lo as i128 + rng.below(span) as i128) as i64)
            }
            Template::Float(lo, hi, step) => {
                let n = ((hi - lo) / step).floor() as u64 + 1;
                Yaml::from(lo + rng.below(n) as f64 * step)
            }
            Template::OneOf(ts) => self.draw(&ts[rng.below(ts.len() as u64) as usize], rng),
            Template::Repeat(t, lo, hi) => {
                let n = lo + rng.below(hi - lo + 1);
                Yaml::Sequence((0..n).map(|_| self.draw(t, rng)).collect())
            }
            Template::Chance(p, t) => {
                if rng.chance(*p) {
                    self.draw(t, rng)
                } else {
                    Yaml::Null
                }
            }
            Template::Local(idx) => Yaml::from(idx[rng.below(idx.len() as u64) as usize]),
            Template::Seq(ts) => Yaml::Sequence(ts.iter().map(|t| self.draw(t, rng)).collect()),
            Template::Map(kv) => {
                Yaml::Mapping(kv.iter().map(|(k, t)| (k.clone(), self.draw(t, rng))).collect())
            }
        }
    }

    fn apply_step(&self, st: &mut State, rng: &mut Rng, s: &Step) -> Result<bool> {
        let vs = &self.hints.uops[s.uop];
        let fallback = Variant::default();
        let v = vs.get(s.variant).unwrap_or(&fallback);
        self.apply(st, rng, s.uop, v, &s.fields)
    }

    /// Emits uop `u` typed by variant `v` if its stack effect and needs fit the state;
    /// `false` (state unchanged) if they do not.
    fn apply(
        &self,
        st: &mut State,
        rng: &mut Rng,
        u: usize,
        v: &Variant,
        fixed: &BTreeMap<Field, Template>,
    ) -> Result<bool> {
        let uop = &self.lib.uops[u];
        let mut fields = Vec::new();
        let mut oparg = 0;
        let mut ints = BTreeMap::new();
        for (&f, &kind) in &uop.fields {
            if f == Field::Target {
                fields.push(format!("target: {}", 10 * st.lines.len() + 1));
                continue;
            }
            let t = fixed.get(&f).or_else(|| v.fields.get(&f)).ok_or_else(|| {
                Error::at(
                    &self.lib.manifest,
                    uop.line,
                    format!("uop `{}`: random: no template for field `{}`", uop.name, f.name()),
                )
            })?;
            let y = self.draw(t, rng);
            let text = match kind {
                FieldKind::Object => format!("{{runtime: {}}}", flow(&y)),
                FieldKind::Int | FieldKind::Local => {
                    let n = y.as_u64().ok_or_else(|| {
                        Error::at(
                            &self.lib.manifest,
                            uop.line,
                            format!(
                                "uop `{}`: random: field `{}` drew `{}`, not an unsigned integer",
                                uop.name,
                                f.name(),
                                flow(&y)
                            ),
                        )
                    })?;
                    ints.insert(f, n);
                    if f == Field::Oparg {
                        oparg = n;
                        n.to_string()
                    } else if rng.chance(50) {
                        format!("{{runtime: {n}}}")
                    } else {
                        n.to_string()
                    }
                }
            };
            fields.push(format!("{}: {text}", f.name()));
        }
        let Some((pop, push)) = uop.stack_effect(oparg) else { return Ok(false) };
        let depth = st.stack.len();
        if pop as usize > depth - st.base || depth - pop as usize + push as usize > self.hints.stack as usize
        {
            return Ok(false);
        }
        // Input slots, bottom first; check needs.
        let mut at = depth - pop as usize;
        let mut inputs: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for item in &uop.inputs {
            let n = item.count.resolve(oparg).unwrap_or(0) as usize;
            let slots = st.stack[at..at + n].to_vec();
            if let Some(need) = v.needs.get(&item.name) {
                if need != ANY && slots.iter().any(|t| t != need) {
                    return Ok(false);
                }
            }
            inputs.insert(&item.name, slots);
            at += n;
        }
        let mut out = Vec::new();
        for item in &uop.outputs {
            let n = item.count.resolve(oparg).unwrap_or(0) as usize;
            let like = match v.gives.get(&item.name) {
                Some(Gives::Type(t)) => {
                    out.extend(std::iter::repeat_n(t.clone(), n));
                    continue;
                }
                Some(Gives::Like(name)) => inputs.get(name.as_str()),
                Some(Gives::LocalOf(f)) => {
                    let i = ints.get(f).copied().unwrap_or(u64::MAX);
                    let g = self.hints.locals.iter().find(|g| (g.first..g.first + g.count).contains(&i));
                    out.extend(std::iter::repeat_n(g.map_or(ANY, |g| g.ty.as_str()).to_string(), n));
                    continue;
                }
                None => inputs.get(item.name.as_str()),
            };
            match like {
                Some(slots) if slots.len() == n => out.extend(slots.iter().cloned()),
                Some(slots) if slots.len() == 1 => out.extend(std::iter::repeat_n(slots[0].clone(), n)),
                _ => out.extend(std::iter::repeat_n(ANY.to_string(), n)),
            }
        }
        st.stack.truncate(depth - pop as usize);
        st.stack.extend(out);
        let mut text = format!("uop: {}", uop.name);
        for f in fields {
            text.push_str(", ");
            text.push_str(&f);
        }
        st.lines.push(format!("  - {{{text}}}"));
        st.used.push(u);
        Ok(true)
    }
}

/// The text of random trace `index` of a run with `seed` over the bundled library.
pub fn random_trace(seed: u64, index: u64) -> Result<String> {
    let lib = UopLibrary::load(&crate::default_library_dir())?;
    Ok(Generator::new(&lib)?.trace(seed, index)?.0)
}

/// What a random run found.
#[derive(Debug, Default)]
pub struct RandomReport {
    pub traces: usize,
    pub runs: usize,
    /// Reproducer files of mismatching traces, shrunk.
    pub failures: Vec<PathBuf>,
    /// How many generated instructions used each uop.
    pub uses: BTreeMap<String, usize>,
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
        Ok(assemble(self.lib, set, &self.target, &pipeline, end, fused, uops))
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
    let generator = Generator::new(lib)?;
    let mut b = Builder::new(lib, cache)?;
    std::fs::create_dir_all(failures_dir).map_err(|e| Error::io(failures_dir, "create", e))?;
    let work = failures_dir.join(".work");
    std::fs::create_dir_all(&work).map_err(|e| Error::io(&work, "create", e))?;
    let mut report = RandomReport::default();
    for i in 0..count {
        let (text, used) = generator.trace(seed, i)?;
        for u in used {
            *report.uses.entry(u).or_default() += 1;
        }
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
        let text = random_trace(3, 5).unwrap();
        let needle = "_LOAD_SMALL_INT";
        let text = if text.contains(needle) { text } else { random_trace(3, 6).unwrap() };
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
