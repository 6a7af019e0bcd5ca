//! Random differential traces over whatever library is loaded: generates valid random
//! traces from each uop's declared stack effect, fields and exits and the `random:` hints
//! the library declares (docs/formats.md, "Random hints"): loops (a declared header over
//! an entry value) and linear traces, lengths up to 200, build-time and runtime operands
//! mixed, with cases whose random inputs make guards fail at random positions. Some are
//! trace trees: a side exit of the root enters a side trace (`exit_to`) that starts from the
//! stack that exit leaves and, for a loop, mostly enters the root again (a cycle); others
//! are loop nests (an outer loop entering an inner loop a loop kind's `make` steps start,
//! `Generator::nest`); see [`Generator::trace`]. Each trace (a tree's files as one set) runs as interpreter,
//! stitched and fused; a mismatch is shrunk to a small trace (a tree file by file) that still
//! fails, written out as reproducer trace files.
//!
//! Safety rule of the generator: a uop input that needs a value type (`needs`) only
//! consumes a stack value whose type a guard (or the uop that produced it, `gives`)
//! established in the same iteration; values loaded from locals have their group's
//! declared type (`any` unless no instruction ever stores into that group), because a
//! loop or a case may have changed them. Values below the loop's entry depth are never
//! touched by random steps. A uop without hints is used only if it takes no stack value
//! and reads no field but `target`. A side trace continues the iteration its root's exit
//! left, so it keeps the types established there; it has cases of its own only when it is
//! entered at the root's entry depth (no typed values on the stack).

pub mod hints;

use crate::cases::Suite;
use crate::check::{check_all, check_isolated, Mode};
use crate::child::in_child;
use crate::runtime::Runtime;
use hints::{flow, Gives, Hints, LoopKind, Step, Template, Variant, ANY};
use serde_yaml::Value as Yaml;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use tracefuse::definitions::{ExitKind, Field, FieldKind, UopLibrary};
use tracefuse::error::{Error, Result};
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{assemble, build_stencil, Build};
use tracefuse::plan::{plans, Parts, StencilPlan};
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
    /// A terminator that always side exits and leaves the stack alone: it ends a side
    /// trace that enters the root's loop again.
    rejoin: Option<(usize, usize)>,
    /// Loop kinds that can be the inner loop of a nest: they declare `make` steps, and
    /// exactly one step of their header may side exit (the exhausted exit).
    inner_loops: Vec<usize>,
}

/// The most side traces one random trace tree has (each entered from the one before).
pub const MAX_SIDE_TRACES: usize = 3;

/// The generator's state within one trace.
#[derive(Clone, Default)]
struct State {
    lines: Vec<String>,
    /// Names of the uops emitted (for coverage).
    used: Vec<usize>,
    stack: Vec<String>,
    base: usize,
    /// Instructions whose side exit may enter a side trace: (line, the value types on the
    /// stack before it, which the exit leaves).
    exits: Vec<(usize, Vec<String>)>,
    /// Lines that carry an `exit_to`.
    linked: BTreeSet<usize>,
    /// How each line was typed (parallel to `lines`), and the stack's types before the
    /// first: what lets the shrinker re-check a candidate's types.
    typing: FileTyping,
}

/// How the instructions of one generated trace were typed: the stack's value types at
/// entry and, per instruction, the uop, the variant whose needs and gives it was drawn
/// with, and its integer fields. The shrinker keeps only candidates that type again
/// (every `needs` met), so a shrunk trace never consumes a value its guards did not prove.
#[derive(Debug, Clone, Default)]
pub struct FileTyping {
    pub start: Option<Vec<String>>,
    pub lines: Vec<LineTyping>,
}

#[derive(Debug, Clone)]
pub struct LineTyping {
    uop: usize,
    variant: Variant,
    oparg: u64,
    ints: BTreeMap<Field, u64>,
}

/// One trace of a generated tree.
struct Member {
    name: String,
    comment: String,
    entry: usize,
    state: State,
    /// Its `cases:` key, or nothing.
    cases: String,
    /// Leading instructions shrinking keeps (a loop header others rely on).
    keep: usize,
}

/// A generated random trace: one file, or the files of a trace tree.
#[derive(Debug, Clone)]
pub struct RandomTraces {
    /// (trace name, file text), the root first, then its side traces, each entered from a
    /// side exit (`exit_to`) of the one before. A side trace has cases only when it is
    /// entered at the root's entry depth.
    pub files: Vec<(String, String)>,
    /// The uop of every generated instruction.
    pub used: Vec<String>,
    /// A side trace enters the root again (a cycle).
    pub cyclic: bool,
    /// A loop nest: the root is the outer loop, whose body makes the inner loop's entry
    /// value and enters the inner loop (the second file), whose exhausted exit enters the
    /// third file, which pops it and enters the root again.
    pub nest: bool,
    /// Per file, the leading instructions shrinking keeps: a loop header a cycle relies
    /// on to advance its iterator (0 elsewhere).
    pub keep: Vec<usize>,
    /// Per file, how its instructions were typed.
    pub typing: Vec<FileTyping>,
}

impl RandomTraces {
    /// Writes each trace to `dir/NAME.yaml`; the paths, root first.
    pub fn write(&self, dir: &Path) -> Result<Vec<PathBuf>> {
        let mut paths = Vec::new();
        for (name, text) in &self.files {
            let path = dir.join(format!("{name}.yaml"));
            std::fs::write(&path, text).map_err(|e| Error::io(&path, "write", e))?;
            paths.push(path);
        }
        Ok(paths)
    }
}

/// Adds `exit_to: trace` to a generated instruction line (`  - {uop: ..}`).
fn link(line: &mut String, trace: &str) {
    if line.ends_with('}') {
        line.pop();
        let _ = write!(line, ", exit_to: {trace}}}");
    }
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
        let rejoin = (0..lib.uops.len()).find_map(|u| {
            let uop = &lib.uops[u];
            let always_side_exits = uop.exits.len() == 1 && uop.may(ExitKind::SideExit);
            (uop.terminator && always_side_exits && uop.stack_effect(0) == Some((0, 0)))
                .then_some(u)
                .filter(|&u| !hints.uops[u].is_empty())
                .map(|u| (u, 0))
        });
        let inner_loops: Vec<usize> =
            (0..hints.loops.len()).filter(|&i| !hints.loops[i].make.is_empty()).collect();
        let g = Generator { lib, hints, pool, balancers, ends, back_edge, rejoin, inner_loops };
        for &i in &g.inner_loops {
            g.check_inner(&g.hints.loops[i], i)?;
        }
        Ok(g)
    }

    /// Random trace `index` of a run with `seed`: one trace, or a trace tree (the root and
    /// the side traces its exits enter), and the uops it uses.
    pub fn trace(&self, seed: u64, index: u64) -> Result<RandomTraces> {
        let mut rng = Rng::new(seed ^ index.wrapping_mul(0x1000_0000_01B3));
        let h = &self.hints;
        let loop_kind = if !h.loops.is_empty() && rng.chance(50) {
            Some(&h.loops[rng.below(h.loops.len() as u64) as usize])
        } else {
            None
        };
        let long = rng.chance(20);
        let mut len = 3 + rng.below(if long { 190 } else { 40 });
        // Side traces draw from their own generator, so the root is the same trace whether
        // it gets any (but for the `exit_to` on the instruction that enters one). A nest's
        // root is short (its random values' guards would mostly fail before the inner loop).
        let mut side_rng = Rng::new(seed ^ index.wrapping_mul(0x1000_0000_01B3) ^ 0x51DE_7EA5_51DE_7EA5);
        let nest_kind = (loop_kind.is_some() && !self.inner_loops.is_empty() && side_rng.chance(25))
            .then(|| &h.loops[self.inner_loops[side_rng.below(self.inner_loops.len() as u64) as usize]]);
        if nest_kind.is_some() {
            len = len.min(1 + side_rng.below(8));
        }
        let mut st = State::default();
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
            // Random steps never touch the entry value, and the header's exits enter no
            // side trace (one rejoining the loop would find it exhausted again).
            st.base = 1;
            st.exits.clear();
        }
        self.steps(&mut st, &mut rng, len)?;
        // Balance the stack: loops return to the entry depth before the back edge.
        self.balance(&mut st, &mut rng)?;
        let mut nest = None;
        if let Some(inner) = nest_kind {
            nest = self.enter_inner(&mut st, &mut side_rng, inner)?.then_some(inner);
        }
        if loop_kind.is_some() {
            if let (Some((u, k)), None) = (self.back_edge, nest) {
                self.apply(&mut st, &mut rng, u, &h.uops[u][k], &BTreeMap::new())?;
            }
        } else {
            self.maybe_end(&mut st, &mut rng)?;
        }
        let root = format!("random_{seed}_{index}");
        let cases = self.cases(&mut rng, loop_kind.as_slice());
        let mut traces = vec![Member {
            name: root.clone(),
            comment: format!(
                "Random differential trace (tracefuse check --random, seed {seed}, trace {index})."
            ),
            entry: st.base,
            state: st,
            cases,
            keep: 0,
        }];
        let mut cyclic = false;
        if let (Some(outer), Some(inner)) = (loop_kind, nest) {
            self.nest(&mut traces, &mut side_rng, outer, inner)?;
            cyclic = true;
        } else if side_rng.chance(if loop_kind.is_some() { 35 } else { 20 }) {
            cyclic = self.side_traces(&mut traces, &mut side_rng, loop_kind)?;
        }
        if cyclic {
            // Every pass through the cycle advances the root's iterator: keep its header.
            traces[0].keep = loop_kind.map_or(0, |l| l.header.len());
        }
        let locals: u64 = h.locals.iter().map(|g| g.count).sum();
        let mut files = Vec::new();
        let mut used = Vec::new();
        for m in &traces {
            let mut s = String::new();
            let _ = writeln!(s, "# {}", m.comment);
            let _ = writeln!(
                s,
                "trace: {}\nlibrary: {}\nlocals: {locals}\nstack_size: {}",
                m.name,
                self.lib.name,
                h.stack + 1
            );
            if m.entry > 0 {
                let _ = writeln!(s, "entry_stack: {}", m.entry);
            }
            if let Some(c) = &h.classes {
                let _ = writeln!(s, "classes: {}", flow(c));
            }
            let _ = writeln!(s, "instructions:");
            for l in &m.state.lines {
                let _ = writeln!(s, "{l}");
            }
            s.push_str(&m.cases);
            files.push((m.name.clone(), s));
            used.extend(m.state.used.iter().map(|&u| self.lib.uops[u].name.clone()));
        }
        let keep = traces.iter().map(|m| m.keep).collect();
        let typing = traces.iter().map(|m| m.state.typing.clone()).collect();
        Ok(RandomTraces { files, used, cyclic, nest: nest.is_some(), keep, typing })
    }

    /// Adds up to [`MAX_SIDE_TRACES`] side traces to `traces` (holding the root), each
    /// entered from a side exit of the one before: it starts from the stack that exit
    /// leaves (the depth and value types before the instruction), takes random steps,
    /// balances back to the root's entry depth and, when the root loops, mostly ends in an
    /// exit that enters the root again (a cycle: every pass through the root advances its
    /// iterator, so runs end). Returns whether one does.
    fn side_traces(
        &self,
        traces: &mut Vec<Member>,
        rng: &mut Rng,
        loop_kind: Option<&LoopKind>,
    ) -> Result<bool> {
        let h = &self.hints;
        let root = traces[0].name.clone();
        let base = traces[0].state.base;
        let mut cyclic = false;
        loop {
            let parent = traces.len() - 1;
            let p = &traces[parent].state;
            let free: Vec<&(usize, Vec<String>)> =
                p.exits.iter().filter(|(line, _)| !p.linked.contains(line)).collect();
            if free.is_empty() {
                break;
            }
            let (line, stack) = free[rng.below(free.len() as u64) as usize].clone();
            let name = format!("{root}_s{}", traces.len());
            let mut st = State { stack: stack.clone(), base, ..State::default() };
            let long = rng.chance(15);
            let len = 1 + rng.below(if long { 100 } else { 25 });
            self.steps(&mut st, rng, len)?;
            self.balance(&mut st, rng)?;
            let rejoin = loop_kind.and(self.rejoin).filter(|_| rng.chance(75));
            if let Some((u, k)) = rejoin {
                if self.apply(&mut st, rng, u, &h.uops[u][k], &BTreeMap::new())? {
                    let last = st.lines.len() - 1;
                    link(&mut st.lines[last], &root);
                    st.linked.insert(last);
                    cyclic = true;
                }
            } else {
                self.maybe_end(&mut st, rng)?;
            }
            // Entered at the root's entry depth, it can also be run on its own (a tree
            // rooted there); above it, its cases could not give the values their types.
            let cases =
                if stack.len() == base { self.cases(rng, loop_kind.as_slice()) } else { String::new() };
            let p = &mut traces[parent].state;
            link(&mut p.lines[line], &name);
            p.linked.insert(line);
            let comment = format!(
                "Side trace of the random trace tree {root}: entered from {} instruction {line}{}.",
                traces[parent].name,
                if rejoin.is_some() { ", rejoins the root's loop" } else { "" }
            );
            traces.push(Member { name, comment, entry: stack.len(), state: st, cases, keep: 0 });
            if traces.len() > MAX_SIDE_TRACES || !rng.chance(40) {
                break;
            }
        }
        Ok(cyclic)
    }

    /// Refuses loop kind `i` (which declares `make`) when it cannot be an inner loop: no
    /// terminator to enter it with or pop to leave it, a header without exactly one step
    /// that may side exit (the exhausted exit, linked to the pop), or `make` steps that do
    /// not fit above an outer loop's iterator or push other than one value (tried once).
    fn check_inner(&self, inner: &LoopKind, i: usize) -> Result<()> {
        let line = self.lib.random.as_ref().and_then(|r| r.1);
        let refuse = |why: String| Error::at(&self.lib.manifest, line, format!("random.loops[{i}]: {why}"));
        if self.rejoin.is_none() || self.balancers.is_empty() {
            return Err(refuse(
                "`make` needs a terminator whose only exit is a side exit and that takes no value \
                 (to enter the inner loop) and a uop that pops one value without exits (to drop it)"
                    .into(),
            ));
        }
        let side_exits = inner.header.iter().filter(|s| self.lib.uops[s.uop].may(ExitKind::SideExit)).count();
        if side_exits != 1 {
            return Err(refuse(format!(
                "`make` needs a header with exactly one step that may side exit (the exhausted \
                 exit), not {side_exits}"
            )));
        }
        let mut st = State { stack: vec![ANY.into()], base: 1, ..State::default() };
        let mut rng = Rng::new(i as u64);
        if !self.enter_inner(&mut st, &mut rng, inner)? {
            return Err(refuse("the `make` steps do not fit above an outer loop's iterator".into()));
        }
        Ok(())
    }

    /// Ends a loop's body (balanced at its entry depth) by making `inner`'s entry value and
    /// a terminator that enters the inner loop (linked by [`Generator::nest`]); `false`
    /// (state unchanged) if the steps do not fit.
    fn enter_inner(&self, st: &mut State, rng: &mut Rng, inner: &LoopKind) -> Result<bool> {
        let Some((u, k)) = self.rejoin else { return Ok(false) };
        let mut trial = st.clone();
        for s in &inner.make {
            if !self.apply_step(&mut trial, rng, s)? {
                return Ok(false);
            }
        }
        if trial.stack.len() != st.stack.len() + 1 {
            return Err(Error::at(
                &self.lib.manifest,
                self.lib.random.as_ref().and_then(|r| r.1),
                format!(
                    "random.loops: `make` steps push {} values; an inner loop's entry is one value",
                    trial.stack.len() as i64 - st.stack.len() as i64
                ),
            ));
        }
        if !self.apply(&mut trial, rng, u, &self.hints.uops[u][k], &BTreeMap::new())? {
            return Ok(false);
        }
        *st = trial;
        Ok(true)
    }

    /// Adds a loop nest's other two traces to `traces` (holding the root, the outer loop,
    /// whose last instruction enters the inner loop with its entry value on top): the inner
    /// loop (`outer`'s iterator below, `inner`'s header, random steps, the back edge; its
    /// exhausted exit enters the third) and the trace that pops the exhausted iterator and
    /// enters the root again. Every pass through the nest advances the outer iterator, and
    /// the inner loop's back edge counts ticks, so runs end. Both are entered two values
    /// deep, iterators whose types no step relies on, so both get cases of their own (each
    /// roots a tree too).
    fn nest(
        &self,
        traces: &mut Vec<Member>,
        rng: &mut Rng,
        outer: &LoopKind,
        inner: &LoopKind,
    ) -> Result<()> {
        let h = &self.hints;
        let root = traces[0].name.clone();
        let (inner_name, pop_name) = (format!("{root}_s1"), format!("{root}_s2"));
        let r = &mut traces[0].state;
        let enter = r.lines.len() - 1;
        let entry_stack = r.stack.clone();
        link(&mut r.lines[enter], &inner_name);
        r.linked.insert(enter);
        // The inner loop: its header runs on the value on top, above the outer iterator.
        let mut st = State { stack: entry_stack.clone(), base: entry_stack.len() - 1, ..State::default() };
        for s in &inner.header {
            if !self.apply_step(&mut st, rng, s)? {
                let u = &self.lib.uops[s.uop];
                return Err(Error::at(
                    &self.lib.manifest,
                    u.line,
                    format!("random.loops: header step `{}` does not fit after its `make` steps", u.name),
                ));
            }
        }
        // `inner_loops` holds loops whose header has exactly one side exit: the exhausted one.
        let Some((exhausted, pop_stack)) = st.exits.first().cloned() else {
            return Err(Error::at(
                &self.lib.manifest,
                self.lib.random.as_ref().and_then(|r| r.1),
                "random.loops: an inner loop's header has no step that may side exit (when exhausted)",
            ));
        };
        link(&mut st.lines[exhausted], &pop_name);
        st.linked.insert(exhausted);
        st.exits.clear();
        st.base = entry_stack.len();
        let len = 1 + rng.below(12);
        self.steps(&mut st, rng, len)?;
        self.balance(&mut st, rng)?;
        if let Some((u, k)) = self.back_edge {
            self.apply(&mut st, rng, u, &h.uops[u][k], &BTreeMap::new())?;
        }
        let both = [outer, inner];
        let cases = self.cases(rng, &both);
        traces.push(Member {
            name: inner_name,
            comment: format!(
                "Inner loop of the random loop nest {root}: entered from {root} instruction {enter}."
            ),
            entry: entry_stack.len(),
            state: st,
            cases,
            keep: inner.header.len(),
        });
        // The pop: drops the exhausted iterator, maybe a few steps, then the outer loop again.
        let mut st = State { stack: pop_stack.clone(), base: entry_stack.len() - 1, ..State::default() };
        self.balance(&mut st, rng)?;
        let len = st.lines.len() as u64 + rng.below(4);
        self.steps(&mut st, rng, len)?;
        self.balance(&mut st, rng)?;
        if let Some((u, k)) = self.rejoin {
            if self.apply(&mut st, rng, u, &h.uops[u][k], &BTreeMap::new())? {
                let last = st.lines.len() - 1;
                link(&mut st.lines[last], &root);
                st.linked.insert(last);
            }
        }
        let cases = self.cases(rng, &both);
        traces.push(Member {
            name: pop_name,
            comment: format!(
                "End of an inner loop of the random loop nest {root}: entered from {} instruction \
                 {exhausted} when it is exhausted, enters the outer loop again.",
                traces[1].name
            ),
            entry: pop_stack.len(),
            state: st,
            cases,
            keep: 0,
        });
        Ok(())
    }

    /// Random steps until the trace has `len` instructions (or no step fits).
    fn steps(&self, st: &mut State, rng: &mut Rng, len: u64) -> Result<()> {
        let h = &self.hints;
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
                ok = ok && self.apply_step(&mut trial, rng, s)?;
            }
            ok = ok && self.apply(&mut trial, rng, u, v, &BTreeMap::new())?;
            for s in &v.after {
                ok = ok && self.apply_step(&mut trial, rng, s)?;
            }
            if ok {
                *st = trial;
            }
        }
        Ok(())
    }

    /// Pops values down to the state's base depth.
    fn balance(&self, st: &mut State, rng: &mut Rng) -> Result<()> {
        let h = &self.hints;
        while st.stack.len() > st.base {
            if self.balancers.is_empty() {
                return Err(Error::at(
                    &self.lib.manifest,
                    None,
                    "random: no uop pops one value of any type without exits, to balance a trace",
                ));
            }
            let (u, k) = self.balancers[rng.below(self.balancers.len() as u64) as usize];
            if !self.apply(st, rng, u, &h.uops[u][k], &BTreeMap::new())? {
                return Err(Error::at(
                    &self.lib.manifest,
                    self.lib.uops[u].line,
                    "random: a balancing uop does not fit",
                ));
            }
        }
        Ok(())
    }

    /// Ends a linear trace with a terminator, some of the time.
    fn maybe_end(&self, st: &mut State, rng: &mut Rng) -> Result<()> {
        if !self.ends.is_empty() && rng.chance(30) {
            let (u, k) = self.ends[rng.below(self.ends.len() as u64) as usize];
            let mut trial = st.clone();
            if self.apply(&mut trial, rng, u, &self.hints.uops[u][k], &BTreeMap::new())? {
                *st = trial;
            }
        }
        Ok(())
    }

    /// The `cases:` of a trace: three, with random inputs (and the entry values of the
    /// loops it is entered in, outermost first).
    fn cases(&self, rng: &mut Rng, loops: &[&LoopKind]) -> String {
        let h = &self.hints;
        let mut s = String::from("cases:\n");
        for c in 0..3 {
            let _ = writeln!(s, "  - name: c{c}");
            for (key, t) in [
                ("classes", &h.case_classes),
                ("tick_limit", &h.tick_limit),
                ("eval_breaker", &h.eval_breaker),
            ] {
                if let Some(t) = t {
                    let v = self.draw(t, rng);
                    if !v.is_null() {
                        let _ = writeln!(s, "    {key}: {}", flow(&v));
                    }
                }
            }
            let mut values = Vec::new();
            for g in &h.locals {
                for _ in 0..g.count {
                    values.push(flow(&self.draw(&g.value, rng)));
                }
            }
            let _ = writeln!(s, "    locals: [{}]", values.join(", "));
            if !loops.is_empty() {
                let entries: Vec<String> = loops.iter().map(|l| flow(&self.draw(&l.entry, rng))).collect();
                let _ = writeln!(s, "    stack: [{}]", entries.join(", "));
            }
        }
        s
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
        let before = st.stack.clone();
        if !self.type_step(&mut st.stack, st.base, u, v, oparg, &ints) {
            return Ok(false);
        }
        st.typing.start.get_or_insert(before.clone());
        st.typing.lines.push(LineTyping { uop: u, variant: v.clone(), oparg, ints });
        if uop.may(ExitKind::SideExit) {
            st.exits.push((st.lines.len(), before));
        }
        let mut text = format!("uop: {}", uop.name);
        for f in fields {
            text.push_str(", ");
            text.push_str(&f);
        }
        st.lines.push(format!("  - {{{text}}}"));
        st.used.push(u);
        Ok(true)
    }

    /// Types one instruction on `stack` (value types, bottom first): its pops must stay
    /// above `base` and within the library's depth, its inputs meet the variant's needs;
    /// then the outputs replace them as the variant gives. `false` (stack unchanged) if
    /// they do not fit.
    fn type_step(
        &self,
        stack: &mut Vec<String>,
        base: usize,
        u: usize,
        v: &Variant,
        oparg: u64,
        ints: &BTreeMap<Field, u64>,
    ) -> bool {
        let uop = &self.lib.uops[u];
        let Some((pop, push)) = uop.stack_effect(oparg) else { return false };
        let depth = stack.len();
        if pop as usize > depth.saturating_sub(base)
            || depth - pop as usize + push as usize > self.hints.stack as usize
        {
            return false;
        }
        // Input slots, bottom first; check needs.
        let mut at = depth - pop as usize;
        let mut inputs: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for item in &uop.inputs {
            let n = item.count.resolve(oparg).unwrap_or(0) as usize;
            let slots = stack[at..at + n].to_vec();
            if let Some(need) = v.needs.get(&item.name) {
                if need != ANY && slots.iter().any(|t| t != need) {
                    return false;
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
        stack.truncate(depth - pop as usize);
        stack.extend(out);
        true
    }

    /// Whether the instructions `kept` (indices into `typing.lines`, in order) still type
    /// from the file's entry stack: every instruction's needs met by what came before.
    pub fn well_typed(&self, typing: &FileTyping, kept: &[usize]) -> bool {
        let mut stack = typing.start.clone().unwrap_or_default();
        kept.iter().all(|&i| {
            typing
                .lines
                .get(i)
                .is_some_and(|t| self.type_step(&mut stack, 0, t.uop, &t.variant, t.oparg, &t.ints))
        })
    }
}

/// Random trace (or trace tree) `index` of a run with `seed` over the bundled library.
pub fn random_trace(seed: u64, index: u64) -> Result<RandomTraces> {
    let lib = UopLibrary::load(&crate::default_library_dir())?;
    Generator::new(&lib)?.trace(seed, index)
}

/// What a random run found.
#[derive(Debug, Default)]
pub struct RandomReport {
    /// Random traces generated, each one trace or a trace tree.
    pub traces: usize,
    /// Of those, trace trees (a root with side traces).
    pub trees: usize,
    /// Trees with a cycle (a side trace enters the root again).
    pub cyclic: usize,
    /// Of those, loop nests (the root is the outer loop of a loop inside it).
    pub nests: usize,
    /// Trees whose root's fused stencil was built as a tree (it has members).
    pub built_as_trees: usize,
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
        let target = Target::for_host()?;
        let machine = target.machine()?;
        let bitcode = tracefuse::bodies::BodyCompiler::new(cache)?.compile_library(lib, &target.triple)?;
        let runtime = Runtime::for_library(lib, cache)?;
        Ok(Builder { lib, runtime, target, machine, bitcode, uops: BTreeMap::new(), end: None })
    }

    fn stencils(&mut self, set: &TraceSet) -> Result<StencilSet> {
        let pipeline = Pipeline::default();
        let plans = plans(self.lib, set, &pipeline);
        let of_set = Build { lib: self.lib, target: &self.target, pipeline: &pipeline };
        let build = |plan: &StencilPlan| build_stencil(&of_set, &self.bitcode, &self.machine, plan);
        let end = match &self.end {
            Some(s) => s.clone(),
            None => build(&plans.end)?,
        };
        let fused = plans.fused.iter().map(build).collect::<Result<Vec<_>>>()?;
        let mut uops = Vec::new();
        for plan in &plans.uops {
            match self.uops.get(&plan.name) {
                Some(s) => uops.push(s.clone()),
                None => uops.push(build(plan)?),
            }
        }
        self.end = Some(end.clone());
        for s in &uops {
            self.uops.entry(s.name.clone()).or_insert_with(|| s.clone());
        }
        Ok(assemble(self.lib, set, &self.target, &plans, Parts { end, fused, uops }))
    }

    /// Checks the cases of the trace files `paths` (one set; the root first): the runs,
    /// mismatch descriptions (empty when all modes agree), and the members of the root's
    /// fused stencil (empty unless it was built as a trace tree). With `isolate`, the cases
    /// run in a forked child, so that a run that crashes the process or does not end is a
    /// finding (a mismatch) rather than the end of the whole check.
    fn mismatches(&mut self, paths: &[PathBuf], isolate: bool) -> Result<Checked> {
        let set = TraceSet::load_files(paths, self.lib)?;
        let stencils = self.stencils(&set)?;
        let members = stencils.fused.first().map_or(0, |f| f.members.len());
        let suite = Suite::new(self.lib.clone(), set, self.runtime)?;
        let modes = [Mode::Interp, Mode::Stitched, Mode::Fused];
        let (report, crashes) = if isolate {
            let i = check_isolated(&suite, &stencils, &modes, CHECK_TIMEOUT)?;
            (i.report, i.crashes)
        } else {
            (check_all(&suite, &stencils, &modes)?, 0)
        };
        Ok(Checked { runs: report.runs, mismatches: report.mismatches, members, crashed: crashes > 0 })
    }

    /// Whether a shrink candidate's cases still mismatch, for no other reasons than
    /// `found` (see [`reasons`]). The cases run in a child process: a candidate that
    /// crashes or loops without end does not fail.
    fn still_fails(&mut self, paths: &[PathBuf], found: &BTreeSet<String>) -> bool {
        let Ok(set) = TraceSet::load_files(paths, self.lib) else { return false };
        let Ok(stencils) = self.stencils(&set) else { return false };
        let Ok(suite) = Suite::new(self.lib.clone(), set, self.runtime) else { return false };
        in_child(CANDIDATE_TIMEOUT, || {
            matches!(check_all(&suite, &stencils, &[Mode::Interp, Mode::Stitched, Mode::Fused]),
                Ok(r) if !r.mismatches.is_empty() && reasons(&r.mismatches).is_subset(found))
        })
        .unwrap_or(false)
    }
}

struct Checked {
    runs: usize,
    mismatches: Vec<String>,
    members: usize,
    /// A case of the isolated check crashed or hung (its mismatch says how).
    crashed: bool,
}

/// How long a shrink candidate's cases may run (they take milliseconds unless they loop).
const CANDIDATE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);
/// How long an isolated check of one random case may run.
const CHECK_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// Removes instructions — in halving blocks, then in pairs (a push with the pop that
/// balances it) — while `fails` still holds for the trace text (a candidate that does not
/// validate does not fail, so it is never kept).
pub fn shrink(text: &str, fails: impl FnMut(&str) -> bool) -> String {
    shrink_keeping(text, 0, |_| true, fails)
}

/// [`shrink`], never removing the first `keep` instructions (a tree's loop header: a side
/// trace that enters the loop again relies on it to advance the iterator, or the cycle
/// would not end), and trying only candidates `valid` accepts: it is given the indices
/// (into the trace's instructions as they were) of the instructions a candidate keeps.
pub fn shrink_keeping(
    text: &str,
    keep: usize,
    valid: impl Fn(&[usize]) -> bool,
    mut fails: impl FnMut(&str) -> bool,
) -> String {
    let (head, rest) = text.split_once("instructions:\n").unwrap_or((text, ""));
    // What follows the instructions (`cases:`), kept as it is; a side trace may have none.
    let (body, tail) = match rest.find("\ncases:") {
        Some(at) => (&rest[..at], &rest[at + 1..]),
        None => (rest.trim_end_matches('\n'), ""),
    };
    let lines: Vec<&str> = body.lines().collect();
    let keep = keep.min(lines.len());
    let assemble = |insts: &[usize]| {
        let all: Vec<&str> = (0..keep).chain(insts.iter().copied()).map(|i| lines[i]).collect();
        format!("{head}instructions:\n{}\n{tail}", all.join("\n"))
    };
    let mut try_candidate = |c: &[usize]| {
        let all: Vec<usize> = (0..keep).chain(c.iter().copied()).collect();
        !all.is_empty() && valid(&all) && fails(&assemble(c))
    };
    let mut insts: Vec<usize> = (keep..lines.len()).collect();
    let mut chunk = insts.len() / 2;
    while chunk >= 1 {
        let mut i = 0;
        while i + chunk <= insts.len() {
            let mut candidate = insts.clone();
            candidate.drain(i..i + chunk);
            if try_candidate(&candidate) {
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
            if try_candidate(&candidate) {
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

/// What a set of mismatches says went wrong, for telling a shrink candidate that fails
/// for the same reason from one that fails otherwise: per mismatch, its trace, case and
/// the two runs compared, with each kind of difference (`stack`, `locals`, `exit`, ...).
pub fn reasons(mismatches: &[String]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for m in mismatches {
        let (head, details) = m.split_once(":\n").unwrap_or((m.as_str(), ""));
        for d in details.lines() {
            let kind = d.trim().split(':').next().unwrap_or("");
            out.insert(format!("{head}: {kind}"));
        }
        if details.is_empty() {
            out.insert(head.to_string());
        }
    }
    out
}

/// After shrinking a tree's files, the "entered from T instruction N" of each file's
/// comment names the instruction of T that now carries its `exit_to` (shrinking moved it).
pub fn renumber_entries(files: &mut [(String, String)]) {
    let positions: Vec<(String, String, usize)> = files
        .iter()
        .flat_map(|(from, text)| {
            let insts = text.split_once("instructions:\n").map_or("", |(_, r)| r);
            insts
                .lines()
                .take_while(|l| l.starts_with("  - "))
                .enumerate()
                .filter_map(|(i, l)| {
                    let to = l.split_once("exit_to: ")?.1.trim_end_matches('}').to_string();
                    Some((from.clone(), to, i))
                })
                .collect::<Vec<_>>()
        })
        .collect();
    for (name, text) in files.iter_mut() {
        let Some((from, _, at)) = positions.iter().find(|(_, to, _)| to == name) else { continue };
        let pattern = format!("entered from {from} instruction ");
        let Some(start) = text.find(&pattern).map(|p| p + pattern.len()) else { continue };
        let digits = text[start..].chars().take_while(|c| c.is_ascii_digit()).count();
        text.replace_range(start..start + digits, &at.to_string());
    }
}

/// The instruction lines of a trace file's text.
fn instruction_lines(text: &str) -> impl Iterator<Item = &str> {
    text.split_once("instructions:\n").map_or("", |(_, r)| r).lines().take_while(|l| l.starts_with("  - "))
}

/// Generates and checks `count` random traces (or trace trees, each loaded as one set)
/// from `seed`; mismatches are shrunk and written to `failures_dir` (all files of a tree,
/// named by trace, so `tracefuse check --traces DIR` runs them). `progress` is told each
/// finished trace. With `isolate`, each trace's cases run in a forked child, so a trace
/// whose run crashes or hangs is reported (not shrunk) and the run goes on; only for a
/// caller that is its process's only thread (the CLI; a test harness has others).
pub fn run(
    lib: &UopLibrary,
    seed: u64,
    count: u64,
    cache: &Path,
    failures_dir: &Path,
    isolate: bool,
    progress: &dyn Fn(u64, &RandomReport),
) -> Result<RandomReport> {
    let generator = Generator::new(lib)?;
    let mut b = Builder::new(lib, cache)?;
    std::fs::create_dir_all(failures_dir).map_err(|e| Error::io(failures_dir, "create", e))?;
    let work = failures_dir.join(".work");
    std::fs::create_dir_all(&work).map_err(|e| Error::io(&work, "create", e))?;
    let mut report = RandomReport::default();
    for i in 0..count {
        let generated = generator.trace(seed, i)?;
        for u in &generated.used {
            *report.uses.entry(u.clone()).or_default() += 1;
        }
        let paths = generated.write(&work)?;
        let what = |e: Error| {
            Error::new(format!("random trace {i} of seed {seed} (in {}): {e}", paths[0].display()))
        };
        let checked = b.mismatches(&paths, isolate).map_err(what)?;
        let tree = generated.files.len() > 1;
        report.traces += 1;
        report.trees += tree as usize;
        report.cyclic += (tree && generated.cyclic) as usize;
        report.nests += generated.nest as usize;
        report.built_as_trees += (tree && checked.members > 0) as usize;
        report.runs += checked.runs;
        if !checked.mismatches.is_empty() {
            let note: String =
                checked.mismatches.iter().map(|m| format!("# {}\n", m.replace('\n', "\n# "))).collect();
            let write_out = |texts: &[String], state: &str| -> Result<PathBuf> {
                let mut root = PathBuf::new();
                for (k, ((name, _), text)) in generated.files.iter().zip(texts).enumerate() {
                    let out = failures_dir.join(format!("{name}.yaml"));
                    let text =
                        if k == 0 { format!("# Mismatch {state}:\n{note}{text}") } else { text.clone() };
                    std::fs::write(&out, text).map_err(|e| Error::io(&out, "write", e))?;
                    if k == 0 {
                        root = out;
                    }
                }
                Ok(root)
            };
            // The reproducer as generated first, in case shrinking does not finish.
            let mut texts: Vec<String> = generated.files.iter().map(|f| f.1.clone()).collect();
            if checked.crashed {
                // Shrink candidates that crash do not count as failing (removing a guard may
                // break the generator's safety rule), so a crash is left as generated.
                report.failures.push(write_out(&texts, "(not shrunk: the check crashed)")?);
            } else {
                write_out(&texts, "(not shrunk: shrinking did not finish)")?;
                // Shrink each file of a tree in turn, the others as they are by then, each
                // keeping the loop header a cycle relies on and the instructions that enter
                // other traces. A candidate must type as the generator typed it (no value
                // consumed that its guards no longer prove) and fail for the same reasons as
                // the trace found (the same runs disagreeing in the same ways).
                let found = reasons(&checked.mismatches);
                for k in 0..texts.len() {
                    let linked: Vec<usize> = instruction_lines(&texts[k])
                        .enumerate()
                        .filter(|(_, l)| l.contains("exit_to: "))
                        .map(|(i, _)| i)
                        .collect();
                    let typing = &generated.typing[k];
                    let valid = |kept: &[usize]| {
                        linked.iter().all(|i| kept.contains(i)) && generator.well_typed(typing, kept)
                    };
                    let small = shrink_keeping(&texts[k], generated.keep[k], valid, |candidate| {
                        std::fs::write(&paths[k], candidate).is_ok() && b.still_fails(&paths, &found)
                    });
                    std::fs::write(&paths[k], &small).map_err(|e| Error::io(&paths[k], "write", e))?;
                    texts[k] = small;
                }
                let mut named: Vec<(String, String)> =
                    generated.files.iter().map(|f| f.0.clone()).zip(texts.iter().cloned()).collect();
                renumber_entries(&mut named);
                let texts: Vec<String> = named.into_iter().map(|f| f.1).collect();
                report.failures.push(write_out(&texts, "before shrinking")?);
            }
        }
        for p in &paths {
            let _ = std::fs::remove_file(p);
        }
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
        let needle = "_LOAD_SMALL_INT";
        // A single trace (a tree's root alone would name missing side traces).
        let text = (5..40)
            .map(|i| random_trace(3, i).unwrap())
            .find(|t| t.files.len() == 1 && t.files[0].1.contains(needle))
            .map(|t| t.files[0].1.clone())
            .unwrap();
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

    #[test]
    fn shrinking_a_side_trace_keeps_it_linked_and_valid() {
        // A side trace has no cases when it is entered above the root's entry depth; what
        // follows its instructions (nothing, or its cases) stays as it was.
        let lib = UopLibrary::load(&crate::default_library_dir()).unwrap();
        let generator = Generator::new(&lib).unwrap();
        let tree = (0..200)
            .map(|i| generator.trace(4, i).unwrap())
            // One whose side trace can be shrunk to a pop and its exit (removal alone cannot
            // turn a two-value pop into one).
            .find(|t| {
                t.cyclic && {
                    let side = &t.files[1].1;
                    !side.contains("cases:") && side.contains("_POP_TOP") && !side.contains("_STORE_ATTR")
                }
            })
            .unwrap();
        let dir = std::env::temp_dir().join(format!("tracefuse-shrink-tree-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let paths = tree.write(&dir).unwrap();
        let root = &tree.files[0].0;
        let link = format!("exit_to: {root}}}");
        let small = shrink(&tree.files[1].1, |c| {
            std::fs::write(&paths[1], c).unwrap();
            c.contains(&link) && TraceSet::load_files(&paths, &lib).is_ok()
        });
        std::fs::write(&paths[1], &small).unwrap();
        // The root keeps its loop header whatever else goes.
        let root_text = &tree.files[0].1;
        let small_root = shrink_keeping(
            root_text,
            tree.keep[0],
            |_| true,
            |c| {
                std::fs::write(&paths[0], c).unwrap();
                TraceSet::load_files(&paths, &lib).is_ok()
            },
        );
        std::fs::write(&paths[0], &small_root).unwrap();
        let set = TraceSet::load_files(&paths, &lib);
        let _ = std::fs::remove_dir_all(&dir);
        let set = set.unwrap();
        let header: Vec<&str> =
            root_text.lines().skip_while(|l| *l != "instructions:").skip(1).take(3).collect();
        assert_eq!(tree.keep[0], 3);
        assert!(small_root.contains(&header.join("\n")), "{small_root}");
        assert!(set.traces[0].instructions.len() < root_text.matches("{uop:").count(), "{small_root}");
        // What is left: what balances the stack down to the root's entry (no more than a
        // pop per value; one instruction may pop several), and the exit.
        let side = &set.traces[1];
        assert_eq!(side.instructions.last().and_then(|i| i.exit_to), Some(0), "{small}");
        assert!(
            side.instructions.len() as u32 <= side.entry_stack - set.traces[0].entry_stack + 1,
            "{small}"
        );
        assert!(side.instructions.len() < tree.files[1].1.matches("{uop:").count(), "{small}");
    }
}
