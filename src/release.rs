//! Stage 5c — release elimination: a decrement of a reference count that a fused trace
//! proves cannot reach zero loses its zero test, so its release call (and the call's
//! clobber of all memory) leaves the trace. LLVM cannot prove it once another object's
//! count is updated in between (as far as LLVM knows the same object); this pass can,
//! because it reasons about every count at once. Runs on the optimized module of a fused
//! trace whose library declares `refcount: {release: F}`, after allocation sinking; the
//! pipeline optimizes again when either changed anything.
//!
//! The argument (docs/design.md, "Release elimination"): over a *stretch* — an acyclic
//! piece of one iteration with no call in it, so no object is made or freed — if every
//! decrement before a given one (itself included) is matched one to one by an earlier
//! increment of the same address on every path, that decrement leaves every count at
//! least where the object's first increment found it, which is at least 1: it cannot reach
//! zero, whatever aliases. The pass finds the count writes by their TBAA tag (the tag of
//! the stores the declared release's zero tests read), treats any write TBAA says may be
//! a count as unknown, follows paths by the branch conditions they took (so an increment
//! under `v is an object` matches a decrement under the same test), and starts a stretch
//! afresh at every loop header and after every call. A proved site's branch goes the
//! nonzero way.

use crate::cfg::Cfg;
use crate::irwalk::{
    called_name, const_int, delta, functions, harmless_call, instructions, is_call, key, opcode, tag_parts,
    tbaa_no_alias,
};
use inkwell::module::Module;
use llvm_sys::core::*;
use llvm_sys::prelude::*;
use llvm_sys::{LLVMIntPredicate, LLVMOpcode};
use std::collections::{BTreeMap, HashMap, HashSet};

type V = LLVMValueRef;
type B = LLVMBasicBlockRef;

/// What a plan's release elimination does: the library's release function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Releases {
    pub release: String,
    /// Fault injection for tests: every release goes, proved or not.
    pub fault_remove_all: bool,
}

/// What the pass did to one module.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReleaseReport {
    /// Zero tests proved false (their release calls are dead).
    pub removed: usize,
    /// Release sites left as they were.
    pub kept: usize,
}

/// Path conditions a block's state keeps apart before merging them into one.
const MAX_PATHS: usize = 16;
/// Instructions one "is this value the count's current value" question may look at.
const LOOKBACK_BUDGET: usize = 4096;

/// Removes the release branches of `releases.release` the pass proves dead in every
/// function of `module`.
pub fn eliminate_releases(module: &Module, releases: &Releases) -> ReleaseReport {
    let mut report = ReleaseReport::default();
    for f in functions(module) {
        // SAFETY: `f` is a function of `module`, which outlives the pass; the rewrite
        // only replaces zero tests with constants.
        let (removed, kept) = unsafe { Pass::run(f, releases) };
        report.removed += removed;
        report.kept += kept;
    }
    report
}

/// A decrement whose zero test branches to a call of the release function.
#[derive(Debug, Clone, Copy)]
struct Site {
    store: V,
    /// The conditional branch on `test` into the release (only it is rewritten: the test
    /// may have other uses, where the proof says nothing).
    branch: V,
    test: V,
    /// The test is `!= 0` (the release is on its false edge).
    negated: bool,
}

/// What an instruction does to reference counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Nothing,
    Inc(usize),
    Dec(usize, Option<usize>),
    /// A write that may change a count by an amount the pass does not know.
    Unknown,
    /// A call: objects may be made or freed; a new stretch starts after it.
    Barrier,
}

/// One set of paths into a point: the branch conditions they took, the increments not yet
/// matched, and whether an unmatched decrement or unknown write happened since the stretch
/// began.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Path {
    facts: BTreeMap<usize, bool>,
    pending: BTreeMap<usize, u32>,
    tainted: bool,
}

struct Pass<'r> {
    releases: &'r Releases,
    tbaa: u32,
    sites: Vec<Site>,
    site_of_store: HashMap<V, usize>,
    site_of_call: HashMap<V, usize>,
    /// The TBAA tags of count writes: (tag, base type, access type, offset, the type the
    /// sites store through it, None when they disagree).
    counts: Vec<(V, V, V, i64, Option<LLVMTypeRef>)>,
    cfg: Cfg,
    /// Sites whose release calls are calls (not proved in an earlier round).
    failed: HashSet<usize>,
}

impl<'r> Pass<'r> {
    unsafe fn run(f: V, releases: &'r Releases) -> (usize, usize) {
        let tbaa = LLVMGetMDKindID(c"tbaa".as_ptr(), 4);
        let Some(cfg) = Cfg::of(f) else { return (0, 0) };
        let mut pass = Pass {
            releases,
            tbaa,
            sites: Vec::new(),
            site_of_store: HashMap::new(),
            site_of_call: HashMap::new(),
            counts: Vec::new(),
            cfg,
            failed: HashSet::new(),
        };
        pass.find_sites();
        if pass.sites.is_empty() {
            return (0, 0);
        }
        let proved = if releases.fault_remove_all {
            (0..pass.sites.len()).collect()
        } else {
            loop {
                let proved = pass.analyze();
                // Not proved is failed, also when the decrement was never recognized as one
                // (an unknown write): its release call is then a call like any other.
                let failed: Vec<usize> = (0..pass.sites.len()).filter(|s| !proved.contains(s)).collect();
                let before = pass.failed.len();
                pass.failed.extend(failed);
                if pass.failed.len() == before {
                    break proved;
                }
            }
        };
        let mut proved: Vec<usize> = proved.into_iter().filter(|s| !pass.failed.contains(s)).collect();
        proved.sort_unstable();
        for &s in &proved {
            let site = pass.sites[s];
            let i1 = LLVMInt1TypeInContext(LLVMGetTypeContext(LLVMTypeOf(site.test)));
            LLVMSetCondition(site.branch, LLVMConstInt(i1, u64::from(site.negated), 0));
        }
        (proved.len(), pass.sites.len() - proved.len())
    }

    /// Release calls reached only through a decrement's zero test, and the tags of the
    /// counts those decrements write.
    unsafe fn find_sites(&mut self) {
        for i in 0..self.cfg.len() {
            let b = self.cfg.block(i);
            for call in instructions(b) {
                if LLVMIsACallInst(call).is_null() || called_name(call) != self.releases.release {
                    continue;
                }
                if let Some(site) = self.site_for(call) {
                    if let Some(&s) = self.site_of_store.get(&site.store) {
                        self.site_of_call.insert(call, s);
                        continue;
                    }
                    let tag = LLVMGetMetadata(site.store, self.tbaa);
                    let Some(parts) = (!tag.is_null()).then(|| tag_parts(tag)).flatten() else { continue };
                    let ty = LLVMTypeOf(LLVMGetOperand(site.store, 0));
                    match self.counts.iter_mut().find(|c| c.0 == tag) {
                        Some(c) if c.4 != Some(ty) => c.4 = None,
                        Some(_) => {}
                        None => self.counts.push((tag, parts.0, parts.1, parts.2, Some(ty))),
                    }
                    self.site_of_store.insert(site.store, self.sites.len());
                    self.site_of_call.insert(call, self.sites.len());
                    self.sites.push(site);
                }
            }
        }
    }

    unsafe fn site_for(&self, call: V) -> Option<Site> {
        let block = LLVMGetInstructionParent(call);
        let &[pred] = self.cfg.preds(self.cfg.index(block)) else { return None };
        let pred = self.cfg.block(pred);
        let term = LLVMGetBasicBlockTerminator(pred);
        if opcode(term) != LLVMOpcode::LLVMBr || LLVMIsConditional(term) == 0 {
            return None;
        }
        let test = LLVMGetCondition(term);
        if LLVMIsAICmpInst(test).is_null() {
            return None;
        }
        let negated = match LLVMGetICmpPredicate(test) {
            LLVMIntPredicate::LLVMIntEQ => false,
            LLVMIntPredicate::LLVMIntNE => true,
            _ => return None,
        };
        // The release is on the edge where the count is zero.
        let (zero_edge, other) = if negated { (1, 0) } else { (0, 1) };
        if LLVMGetSuccessor(term, zero_edge) != block || LLVMGetSuccessor(term, other) == block {
            return None;
        }
        let (a, z) = (LLVMGetOperand(test, 0), LLVMGetOperand(test, 1));
        let n = match (const_int(a), const_int(z)) {
            (_, Some(0)) => a,
            (Some(0), _) => z,
            _ => return None,
        };
        if delta(n).map(|(_, d)| d) != Some(-1) {
            return None;
        }
        let store = instructions(pred)
            .into_iter()
            .rev()
            .find(|&i| !LLVMIsAStoreInst(i).is_null() && LLVMGetOperand(i, 0) == n)?;
        Some(Site { store, branch: term, test, negated })
    }

    /// One round: the sites matched on every path (the others fail).
    unsafe fn analyze(&self) -> HashSet<usize> {
        let cfg = &self.cfg;
        let mut incoming: HashMap<usize, Vec<Path>> = HashMap::new();
        let mut proved = HashSet::new();
        for &bi in cfg.rpo() {
            let b = cfg.block(bi);
            // A stretch starts afresh at the entry and at every loop header.
            let mut paths = if bi == 0 || cfg.is_loop_header(bi) {
                vec![Path::default()]
            } else {
                match incoming.remove(&bi) {
                    Some(p) if !p.is_empty() => merge(p),
                    _ => continue,
                }
            };
            for inst in instructions(b) {
                match self.op(inst) {
                    Op::Nothing => {}
                    Op::Inc(k) => {
                        for p in &mut paths {
                            *p.pending.entry(k).or_default() += 1;
                        }
                    }
                    Op::Dec(k, site) => {
                        let mut ok = true;
                        for p in &mut paths {
                            match p.pending.get_mut(&k) {
                                Some(n) if *n > 0 && !p.tainted => *n -= 1,
                                _ => {
                                    ok = false;
                                    p.tainted = true;
                                }
                            }
                        }
                        // Each block is visited once: a site is proved or not, once.
                        if let (Some(s), true) = (site, ok) {
                            proved.insert(s);
                        }
                    }
                    Op::Unknown => paths.iter_mut().for_each(|p| p.tainted = true),
                    Op::Barrier => paths.iter_mut().for_each(|p| {
                        p.pending.clear();
                        p.tainted = false;
                    }),
                }
            }
            let term = LLVMGetBasicBlockTerminator(b);
            let cond = (opcode(term) == LLVMOpcode::LLVMBr && LLVMIsConditional(term) != 0)
                .then(|| LLVMGetCondition(term))
                .filter(|c| const_int(*c).is_none());
            for (i, &s) in cfg.succs(bi).iter().enumerate() {
                if cfg.is_back_edge(bi, s) {
                    continue;
                }
                let into = incoming.entry(s).or_default();
                match cond {
                    Some(c) if i < 2 => {
                        let taken = i == 0;
                        for p in &paths {
                            if p.facts.get(&(c as usize)) == Some(&!taken) {
                                continue;
                            }
                            let mut q = p.clone();
                            q.facts.insert(c as usize, taken);
                            into.push(q);
                        }
                    }
                    _ => into.extend(paths.iter().cloned()),
                }
            }
        }
        proved
    }

    /// What `inst` does to counts.
    unsafe fn op(&self, inst: V) -> Op {
        if !LLVMIsAStoreInst(inst).is_null() {
            return match self.write_kind(inst) {
                Write::None => Op::Nothing,
                Write::Maybe => Op::Unknown,
                Write::Count => {
                    let (value, addr) = (LLVMGetOperand(inst, 0), LLVMGetOperand(inst, 1));
                    // A narrower or wider write is not a +-1 of the count (an `i8` one wraps).
                    let tag = LLVMGetMetadata(inst, self.tbaa);
                    if !self.counts.iter().any(|c| c.0 == tag && c.4 == Some(LLVMTypeOf(value))) {
                        return Op::Unknown;
                    }
                    let key = key(addr) as usize;
                    match delta(value) {
                        Some((x, d)) if self.current(x, key, inst) => match d {
                            1 => Op::Inc(key),
                            -1 => Op::Dec(key, self.site_of_store.get(&inst).copied()),
                            _ => Op::Unknown,
                        },
                        _ => Op::Unknown,
                    }
                }
            };
        }
        if is_call(inst) {
            if let Some(&s) = self.site_of_call.get(&inst) {
                if !self.failed.contains(&s) {
                    return Op::Nothing;
                }
            }
            return if harmless_call(inst) { Op::Nothing } else { Op::Barrier };
        }
        match opcode(inst) {
            LLVMOpcode::LLVMAtomicRMW | LLVMOpcode::LLVMAtomicCmpXchg | LLVMOpcode::LLVMFence => Op::Barrier,
            _ => Op::Nothing,
        }
    }

    /// Whether a store may write a count, by its TBAA tag.
    unsafe fn write_kind(&self, store: V) -> Write {
        let tag = LLVMGetMetadata(store, self.tbaa);
        if tag.is_null() {
            return Write::Maybe;
        }
        if self.counts.iter().any(|c| c.0 == tag) {
            return Write::Count;
        }
        if self.counts.iter().all(|c| tbaa_no_alias(tag, c.0)) {
            Write::None
        } else {
            Write::Maybe
        }
    }

    /// Whether `x` is what `key`'s count holds just before `at`: a load of it, or the value
    /// a store put there, with no write that may be a count and no call in between, looked
    /// for back through single predecessors and into the incoming values of phis.
    unsafe fn current(&self, x: V, key: usize, at: V) -> bool {
        let mut budget = LOOKBACK_BUDGET;
        self.current_before(x, key, LLVMGetInstructionParent(at), Some(at), &mut budget)
    }

    unsafe fn current_before(&self, x: V, key_: usize, b: B, at: Option<V>, budget: &mut usize) -> bool {
        let mut i = match at {
            Some(at) => LLVMGetPreviousInstruction(at),
            None => LLVMGetLastInstruction(b),
        };
        while !i.is_null() {
            if *budget == 0 {
                return false;
            }
            *budget -= 1;
            if i == x {
                if !LLVMIsALoadInst(i).is_null() {
                    return key(LLVMGetOperand(i, 0)) as usize == key_;
                }
                if !LLVMIsAPHINode(i).is_null() {
                    return (0..LLVMCountIncoming(i)).all(|k| {
                        let (v, from) = (LLVMGetIncomingValue(i, k), LLVMGetIncomingBlock(i, k));
                        self.current_before(v, key_, from, None, budget)
                    });
                }
                return false;
            }
            if !LLVMIsAStoreInst(i).is_null() {
                if LLVMGetOperand(i, 0) == x && key(LLVMGetOperand(i, 1)) as usize == key_ {
                    return true;
                }
                if self.write_kind(i) != Write::None {
                    return false;
                }
            } else if is_call(i) {
                if !harmless_call(i) {
                    return false;
                }
            } else if matches!(
                opcode(i),
                LLVMOpcode::LLVMAtomicRMW | LLVMOpcode::LLVMAtomicCmpXchg | LLVMOpcode::LLVMFence
            ) {
                return false;
            }
            i = LLVMGetPreviousInstruction(i);
        }
        match self.cfg.preds(self.cfg.index(b)) {
            &[p] => self.current_before(x, key_, self.cfg.block(p), None, budget),
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Write {
    None,
    Maybe,
    Count,
}

/// The paths into a block: those with the same counts merged into one that keeps the
/// conditions they all took (a condition only matters where it tells counts apart); past
/// [`MAX_PATHS`], one path that knows only what all of them know.
fn merge(paths: Vec<Path>) -> Vec<Path> {
    let mut groups: BTreeMap<(BTreeMap<usize, u32>, bool), BTreeMap<usize, bool>> = BTreeMap::new();
    for p in paths {
        match groups.entry((p.pending, p.tainted)) {
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert(p.facts);
            }
            std::collections::btree_map::Entry::Occupied(mut e) => {
                e.get_mut().retain(|k, v| p.facts.get(k) == Some(v));
            }
        }
    }
    let mut paths: Vec<Path> =
        groups.into_iter().map(|((pending, tainted), facts)| Path { facts, pending, tainted }).collect();
    if paths.len() <= MAX_PATHS {
        return paths;
    }
    let mut all = paths.swap_remove(0);
    for p in &paths {
        all.tainted |= p.tainted;
        all.facts.retain(|k, v| p.facts.get(k) == Some(v));
        all.pending = all
            .pending
            .iter()
            .filter_map(|(k, n)| Some((*k, (*n).min(*p.pending.get(k)?))))
            .filter(|(_, n)| *n > 0)
            .collect();
    }
    vec![all]
}

#[cfg(test)]
mod tests {
    use super::*;
    use inkwell::context::Context;
    use inkwell::memory_buffer::MemoryBuffer;

    /// A type graph like clang's: `Obj { long refcnt; int kind; }`, `Range { Obj ob; ...;
    /// long next (16) }`, and access tags: `!5` the count, `!7` a double, `!8` any long,
    /// `!9` char, `!11` Range.next, `!12` Range.ob.refcnt (a count through another type).
    const TBAA: &str = r#"
!0 = !{!"Simple C/C++ TBAA"}
!1 = !{!"omnipotent char", !0, i64 0}
!2 = !{!"long", !1, i64 0}
!3 = !{!"Obj", !2, i64 0, !4, i64 8}
!4 = !{!"int", !1, i64 0}
!5 = !{!3, !2, i64 0}
!6 = !{!"double", !1, i64 0}
!7 = !{!6, !6, i64 0}
!8 = !{!2, !2, i64 0}
!9 = !{!1, !1, i64 0}
!10 = !{!"Range", !3, i64 0, !2, i64 16}
!11 = !{!10, !2, i64 16}
!12 = !{!10, !2, i64 0}
"#;

    fn inc(p: &str) -> String {
        format!(
            "  %{p}.i = load i64, ptr %{p}, !tbaa !5\n  %{p}.i1 = add i64 %{p}.i, 1\n  store i64 %{p}.i1, ptr %{p}, !tbaa !5\n"
        )
    }

    /// A decrement of `%p` named `n` whose zero test `%z.n` releases it, then `next`.
    fn dec(p: &str, n: &str, next: &str) -> String {
        format!(
            "  %{n}.d = load i64, ptr %{p}, !tbaa !5\n  %{n}.d1 = add i64 %{n}.d, -1\n  store i64 %{n}.d1, ptr %{p}, !tbaa !5\n  %z.{n} = icmp eq i64 %{n}.d1, 0\n  br i1 %z.{n}, label %rel.{n}, label %{next}\nrel.{n}:\n  call void @rel(ptr %{p})\n  br label %{next}\n{next}:\n"
        )
    }

    /// Runs the pass over `body` (a function of `%a`, `%b`, `%s` (a pointer) and `%c`,
    /// `%d` (i1)): the report and the names of the zero tests proved false.
    fn run(body: &str, fault: bool) -> (ReleaseReport, Vec<String>) {
        let (report, proved, _) = run_with(body, TBAA, fault);
        (report, proved)
    }

    /// `run` with another type graph; also the rewritten module's text.
    fn run_with(body: &str, tbaa: &str, fault: bool) -> (ReleaseReport, Vec<String>, String) {
        let text = format!(
            "declare void @rel(ptr)\ndeclare void @other()\ndefine void @f(ptr %a, ptr %b, ptr %s, i1 %c, i1 %d) {{\nentry:\n{body}  ret void\n}}\n{tbaa}"
        );
        let ctx = Context::create();
        let buf = MemoryBuffer::create_from_memory_range_copy(text.as_bytes(), "test");
        let module = ctx.create_module_from_ir(buf).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let before = module.print_to_string().to_string();
        let report =
            eliminate_releases(&module, &Releases { release: "rel".into(), fault_remove_all: fault });
        module.verify().expect("the rewritten module verifies");
        let after = module.print_to_string().to_string();
        let proved = before
            .lines()
            .filter_map(|l| l.trim().strip_prefix("br i1 %z.")?.split(',').next().map(str::to_string))
            .filter(|n| !after.contains(&format!("br i1 %z.{n},")))
            .collect();
        (report, proved, after)
    }

    #[test]
    fn matched_decrements_cannot_reach_zero_whatever_else_is_counted_between() {
        let body = format!("{}{}{}{}", inc("a"), inc("b"), dec("a", "x", "m"), dec("b", "y", "n"));
        let (report, proved) = run(&body, false);
        assert_eq!((report.removed, report.kept), (2, 0));
        assert_eq!(proved, ["x", "y"]);
    }

    #[test]
    fn an_unmatched_decrement_spoils_the_ones_after_it_not_before() {
        // `%b` may be `%a`: after `dec b` the count `inc a` raised may be back where it was.
        let after = format!("{}{}{}", inc("a"), dec("b", "y", "m"), dec("a", "x", "n"));
        assert_eq!(run(&after, false).1, Vec::<String>::new());
        let before = format!("{}{}{}", inc("a"), dec("a", "x", "m"), dec("b", "y", "n"));
        assert_eq!(run(&before, false).1, ["x"]);
        // Two decrements need two increments.
        let twice = format!("{}{}{}", inc("a"), dec("a", "x", "m"), dec("a", "y", "n"));
        assert_eq!(run(&twice, false).1, ["x"]);
    }

    #[test]
    fn a_call_between_starts_a_new_stretch() {
        let body = format!("{}  call void @other()\n{}", inc("a"), dec("a", "x", "m"));
        assert_eq!(run(&body, false).0, ReleaseReport { removed: 0, kept: 1 });
        // The fault injection removes it anyway (what the sandbox's check must catch).
        assert_eq!(run(&body, true).0, ReleaseReport { removed: 1, kept: 0 });
    }

    #[test]
    fn writes_tbaa_says_may_be_counts_are_unknown_the_rest_are_not() {
        for (tag, may) in [
            ("!tbaa !8", true),
            ("!tbaa !9", true),
            ("!tbaa !12", true),
            ("", true),
            ("!tbaa !7", false),
            ("!tbaa !11", false),
        ] {
            let comma = if tag.is_empty() { "" } else { ", " };
            let body = format!("{}  store i64 7, ptr %s{comma}{tag}\n{}", inc("a"), dec("a", "x", "m"));
            let (report, _) = run(&body, false);
            assert_eq!(report.removed, usize::from(!may), "a store tagged `{tag}`");
        }
    }

    #[test]
    fn an_increment_under_a_condition_matches_a_decrement_under_the_same_one() {
        let body = format!(
            "  br i1 %c, label %yes, label %no\nyes:\n{}  br label %no\nno:\n  br i1 %c, label %t, label %end\nt:\n{}  br label %end\nend:\n",
            inc("a"),
            dec("a", "x", "m")
        );
        assert_eq!(run(&body, false).1, ["x"]);
        // Under another condition the increment may not have happened.
        let other = body.replace("  br i1 %c, label %t", "  br i1 %d, label %t");
        assert_eq!(run(&other, false).1, Vec::<String>::new());
    }

    #[test]
    fn increments_do_not_carry_across_a_back_edge() {
        // The decrement at the loop's top is matched only by the previous iteration's
        // increment: the stretch starts again at the header.
        let body = format!(
            "  br label %head\nhead:\n{}{}  br i1 %c, label %head, label %out\nout:\n",
            dec("a", "x", "m"),
            inc("a")
        );
        assert_eq!(run(&body, false).1, Vec::<String>::new());
        let inside = format!(
            "  br label %head\nhead:\n{}{}  br i1 %c, label %head, label %out\nout:\n",
            inc("a"),
            dec("a", "x", "m")
        );
        assert_eq!(run(&inside, false).1, ["x"]);
    }

    #[test]
    fn a_decrement_of_a_count_read_before_another_count_changed_is_unknown() {
        // `%a.v` was read before `inc b`, which may have changed it.
        let body = format!(
            "{}  %a.v = load i64, ptr %a, !tbaa !5\n{}  %v1 = add i64 %a.v, -1\n  store i64 %v1, ptr %a, !tbaa !5\n  %z.x = icmp eq i64 %v1, 0\n  br i1 %z.x, label %rel, label %m\nrel:\n  call void @rel(ptr %a)\n  br label %m\nm:\n",
            inc("a"),
            inc("b")
        );
        assert_eq!(run(&body, false).0, ReleaseReport { removed: 0, kept: 1 });
        // Read after it, the same decrement is matched.
        let fresh = body
            .replace("  %a.v = load i64, ptr %a, !tbaa !5\n", "")
            .replace("  %v1 = add", "  %a.v = load i64, ptr %a, !tbaa !5\n  %v1 = add");
        assert_eq!(run(&fresh, false).0, ReleaseReport { removed: 1, kept: 0 });
    }

    // ---- review: soundness probes ----

    /// An increment of `%p` with its own value names (`inc` can be used once per name).
    fn inc_as(p: &str, n: &str) -> String {
        format!(
            "  %{n}.i = load i64, ptr %{p}, !tbaa !5\n  %{n}.i1 = add i64 %{n}.i, 1\n  store i64 %{n}.i1, ptr %{p}, !tbaa !5\n"
        )
    }

    #[test]
    fn a_release_whose_decrement_is_not_understood_is_still_a_call() {
        // `x`'s decrement reads `%a` before `inc b` (may be `%a`): an unknown write, so `x`
        // is never proved -- but never failed either, so its release call was taken for
        // nothing. After `@other()` (a new stretch) `inc b` then `rel(a)`, which may drop
        // the reference `%a` holds on `%b`, then `dec b`: `%b` may reach zero there.
        let body = format!(
            "  %a.v = load i64, ptr %a, !tbaa !5\n{}  %v1 = add i64 %a.v, -1\n  store i64 %v1, ptr %a, !tbaa !5\n  %z.x = icmp eq i64 %v1, 0\n  br i1 %z.x, label %rel, label %m\nrel:\n  call void @other()\n{}  call void @rel(ptr %a)\n{}  br label %m\nm:\n",
            inc("b"),
            inc_as("b", "b2"),
            dec("b", "y", "k")
        );
        assert_eq!(run(&body, false).1, Vec::<String>::new());
    }

    #[test]
    fn a_test_shared_by_two_decrements_is_removed_only_where_proved() {
        // One `count - 1 == 0` (computed once, before the paths split) tests two decrements:
        // the one under `%c` is matched, the other is not and may really release `%a`.
        let body = format!(
            "  br i1 %c, label %i, label %j\ni:\n{}  br label %h\nj:\n  br label %h\nh:\n  %x.d = load i64, ptr %a, !tbaa !5\n  %x.d1 = add i64 %x.d, -1\n  %z.x = icmp eq i64 %x.d1, 0\n  br i1 %c, label %p, label %q\np:\n  store i64 %x.d1, ptr %a, !tbaa !5\n  br i1 %z.x, label %rel.p, label %end\nrel.p:\n  call void @rel(ptr %a)\n  br label %end\nq:\n  store i64 %x.d1, ptr %a, !tbaa !5\n  br i1 %z.x, label %rel.q, label %end\nrel.q:\n  call void @rel(ptr %a)\n  br label %end\nend:\n",
            inc("a")
        );
        let (report, _, after) = run_with(&body, TBAA, false);
        assert_eq!((report.removed, report.kept), (1, 1));
        assert!(
            after.contains("br i1 %z.x, label %rel.q"),
            "the unmatched decrement keeps its test:\n{after}"
        );
    }

    #[test]
    fn asm_goto_is_a_call() {
        // `callbr` runs inline asm that may write any memory (here: decrement `%a`).
        let body = format!(
            "{}  callbr void asm sideeffect \"lock decq ($0)\", \"r,!i,~{{memory}}\"(ptr %a) to label %k [label %k2]\nk2:\n  br label %k\nk:\n{}",
            inc("a"),
            dec("a", "x", "m")
        );
        assert_eq!(run(&body, false).1, Vec::<String>::new());
    }

    #[test]
    fn asm_that_clobbers_memory_is_not_harmless() {
        // No `sideeffect`, but a memory clobber: LLVM too assumes it may write memory.
        let body = format!(
            "{}  %o = call i64 asm \"lock decq ($1)\", \"=r,r,~{{memory}}\"(ptr %a)\n{}",
            inc("a"),
            dec("a", "x", "m")
        );
        assert_eq!(run(&body, false).1, Vec::<String>::new());
        // The holes' asm (a register in, the same register out) still is.
        let hole = format!("{}  %o = call i64 asm \"\", \"=r,0\"(i64 1)\n{}", inc("a"), dec("a", "x", "m"));
        assert_eq!(run(&hole, false).1, ["x"]);
    }

    #[test]
    fn a_char_write_may_be_a_count_in_new_format_tbaa_too() {
        // Size-aware ("new format") type nodes: parent first, then size, then name.
        const NEW: &str = r#"
!0 = !{!"Simple C/C++ TBAA"}
!1 = !{!0, i64 1, !"omnipotent char"}
!2 = !{!1, i64 8, !"long"}
!3 = !{!1, i64 16, !"Obj", !2, i64 0, i64 8, !4, i64 8, i64 4}
!4 = !{!1, i64 4, !"int"}
!5 = !{!3, !2, i64 0, i64 8}
!9 = !{!1, !1, i64 0, i64 1}
"#;
        // `rc = 1` through a `char` access after the increment: the decrement may reach 0.
        let body = format!("{}  store i8 1, ptr %a, !tbaa !9\n{}", inc("a"), dec("a", "x", "m"));
        assert_eq!(run_with(&body, NEW, false).1, Vec::<String>::new());
    }

    #[test]
    fn a_write_tagged_in_another_type_system_may_be_a_count() {
        // LLVM: access types with different roots may alias (`matchAccessTags`).
        let other = format!(
            "{TBAA}!20 = !{{!\"Other TBAA\"}}\n!21 = !{{!\"long\", !20, i64 0}}\n!22 = !{{!21, !21, i64 0}}\n"
        );
        let body = format!("{}  store i64 1, ptr %a, !tbaa !22\n{}", inc("a"), dec("a", "x", "m"));
        assert_eq!(run_with(&body, &other, false).1, Vec::<String>::new());
    }

    #[test]
    fn one_integer_in_two_address_spaces_is_two_places() {
        // `inttoptr k` and `inttoptr k to ptr addrspace(256)` (x86: %gs-relative) are
        // different memory, though both strip to `k`.
        let body = "  %k = ptrtoint ptr %a to i64\n  %p0 = inttoptr i64 %k to ptr\n  %p1 = inttoptr i64 %k to ptr addrspace(256)\n  %i = load i64, ptr %p0, !tbaa !5\n  %i1 = add i64 %i, 1\n  store i64 %i1, ptr %p0, !tbaa !5\n  %x.d = load i64, ptr addrspace(256) %p1, !tbaa !5\n  %x.d1 = add i64 %x.d, -1\n  store i64 %x.d1, ptr addrspace(256) %p1, !tbaa !5\n  %z.x = icmp eq i64 %x.d1, 0\n  br i1 %z.x, label %rel.x, label %m\nrel.x:\n  call void @rel(ptr %a)\n  br label %m\nm:\n";
        assert_eq!(run(body, false).1, Vec::<String>::new());
    }

    #[test]
    fn a_narrow_increment_of_a_count_is_not_an_increment() {
        // An `i8` "increment" of the count's low byte wraps 255 to 0 (count 255 -> 0).
        let body = format!(
            "  %n.i = load i8, ptr %a, !tbaa !5\n  %n.i1 = add i8 %n.i, 1\n  store i8 %n.i1, ptr %a, !tbaa !5\n{}{}",
            inc("a"),
            dec("a", "x", "m")
        );
        assert_eq!(run(&body, false).1, Vec::<String>::new());
    }

    #[test]
    fn a_constant_wider_than_64_bits_is_not_its_low_word() {
        // `+ (1 - 2^64)` on an i128 count is not `+ 1`: from 2^64 it leaves 1, and the
        // decrement takes it to 0.
        let body = "  %w.i = load i128, ptr %a, !tbaa !5\n  %w.i1 = add i128 %w.i, -18446744073709551615\n  store i128 %w.i1, ptr %a, !tbaa !5\n  %x.d = load i128, ptr %a, !tbaa !5\n  %x.d1 = add i128 %x.d, -1\n  store i128 %x.d1, ptr %a, !tbaa !5\n  %z.x = icmp eq i128 %x.d1, 0\n  br i1 %z.x, label %rel.x, label %m\nrel.x:\n  call void @rel(ptr %a)\n  br label %m\nm:\n";
        assert_eq!(run(body, false).1, Vec::<String>::new());
    }

    #[test]
    fn a_long_chain_of_blocks_does_not_overflow_the_stack() {
        // `current` follows single predecessors by recursion (bounded by its budget).
        let mut body = format!("{}  %x.d = load i64, ptr %a, !tbaa !5\n  br label %c0\n", inc("a"));
        for i in 0..3000 {
            body += &format!("c{i}:\n  br label %c{}\n", i + 1);
        }
        body += "c3000:\n  %x.d1 = add i64 %x.d, -1\n  store i64 %x.d1, ptr %a, !tbaa !5\n  %z.x = icmp eq i64 %x.d1, 0\n  br i1 %z.x, label %rel.x, label %m\nrel.x:\n  call void @rel(ptr %a)\n  br label %m\nm:\n";
        assert_eq!(run(&body, false).1, ["x"]);
    }

    #[test]
    fn a_long_chain_of_phis_does_not_overflow_the_stack() {
        // Each join's phi sends `current` into both arms (recursion bounded by the budget).
        let mut body = format!("{}  %x0 = load i64, ptr %a, !tbaa !5\n  br label %j0\nj0:\n", inc("a"));
        let n = 1400;
        for i in 0..n {
            body += &format!(
                "  br i1 %d, label %l{i}, label %r{i}\nl{i}:\n  br label %j{}\nr{i}:\n  br label %j{}\n",
                i + 1,
                i + 1
            );
            body += &format!("j{}:\n  %x{} = phi i64 [ %x{i}, %l{i} ], [ %x{i}, %r{i} ]\n", i + 1, i + 1);
        }
        body += &format!("  %x.d1 = add i64 %x{n}, -1\n  store i64 %x.d1, ptr %a, !tbaa !5\n  %z.x = icmp eq i64 %x.d1, 0\n  br i1 %z.x, label %rel.x, label %m\nrel.x:\n  call void @rel(ptr %a)\n  br label %m\nm:\n");
        let _ = run(&body, false);
    }
}
