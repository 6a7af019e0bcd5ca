//! The control-flow graph of one LLVM function, as every IR analysis sees it: its blocks,
//! each block's successors and predecessors, reverse post-order from the entry and the
//! back edges, and dominators. Allocation sinking (`sink.rs`) and updates that cancel
//! (`cancel.rs`) use the dominators; release elimination (`release.rs`) follows paths
//! through it. Blocks are numbered in layout
//! order, the entry 0; the walking helpers it is built with are in `irwalk.rs`.

use crate::irwalk::successors;
use llvm_sys::core::*;
use llvm_sys::prelude::*;
use std::collections::{HashMap, HashSet};

type V = LLVMValueRef;
type B = LLVMBasicBlockRef;

/// A function's blocks and the edges between them, by block number.
pub(crate) struct Cfg {
    blocks: Vec<B>,
    index: HashMap<B, usize>,
    /// Per block, its terminator's successors in operand order (a block named twice, as a
    /// switch may, appears twice).
    succs: Vec<Vec<usize>>,
    /// Per block, its distinct predecessors in layout order.
    preds: Vec<Vec<usize>>,
    /// The blocks reachable from the entry, in reverse post-order of a depth-first search
    /// that takes successors in operand order.
    rpo: Vec<usize>,
    /// The retreating edges of that search: an edge to a block still on the search's
    /// path (the back edges of a loop, in the reducible graphs compilers make).
    back_edges: HashSet<(usize, usize)>,
    /// Targets of back edges.
    headers: Vec<bool>,
}

impl Cfg {
    /// The graph of function `f`; `None` when it has no body or a block without a
    /// terminator (not a function LLVM's verifier accepts).
    ///
    /// # Safety
    /// `f` is a function of a live module.
    pub(crate) unsafe fn of(f: V) -> Option<Cfg> {
        let mut blocks = Vec::new();
        let mut b = LLVMGetFirstBasicBlock(f);
        while !b.is_null() {
            blocks.push(b);
            b = LLVMGetNextBasicBlock(b);
        }
        if blocks.is_empty() {
            return None;
        }
        let index: HashMap<B, usize> = blocks.iter().enumerate().map(|(i, &b)| (b, i)).collect();
        let mut succs = Vec::with_capacity(blocks.len());
        for &b in &blocks {
            let term = LLVMGetBasicBlockTerminator(b);
            if term.is_null() {
                return None;
            }
            succs.push(successors(term).iter().map(|s| index[s]).collect::<Vec<usize>>());
        }
        let n = blocks.len();
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (b, ss) in succs.iter().enumerate() {
            for &s in ss {
                if !preds[s].contains(&b) {
                    preds[s].push(b);
                }
            }
        }
        // Depth first, without recursion: a trace's chain of blocks can be long.
        let mut post = Vec::with_capacity(n);
        let mut back_edges = HashSet::new();
        let mut headers = vec![false; n];
        let mut seen = vec![false; n];
        let mut on_path = vec![false; n];
        let mut stack = vec![(0usize, 0usize)];
        seen[0] = true;
        on_path[0] = true;
        while let Some((b, next)) = stack.last_mut() {
            let b = *b;
            if let Some(&s) = succs[b].get(*next) {
                *next += 1;
                if on_path[s] {
                    back_edges.insert((b, s));
                    headers[s] = true;
                } else if !seen[s] {
                    seen[s] = true;
                    on_path[s] = true;
                    stack.push((s, 0));
                }
            } else {
                on_path[b] = false;
                post.push(b);
                stack.pop();
            }
        }
        post.reverse();
        Some(Cfg { blocks, index, succs, preds, rpo: post, back_edges, headers })
    }

    /// How many blocks the function has.
    pub(crate) fn len(&self) -> usize {
        self.blocks.len()
    }

    /// The blocks in layout order (the entry first).
    pub(crate) fn blocks(&self) -> &[B] {
        &self.blocks
    }

    /// Block number `i`.
    pub(crate) fn block(&self, i: usize) -> B {
        self.blocks[i]
    }

    /// The number of block `b`, a block of this function.
    pub(crate) fn index(&self, b: B) -> usize {
        self.index[&b]
    }

    /// The successors of block `i`, in its terminator's operand order.
    pub(crate) fn succs(&self, i: usize) -> &[usize] {
        &self.succs[i]
    }

    /// The distinct predecessors of block `i`, in layout order.
    pub(crate) fn preds(&self, i: usize) -> &[usize] {
        &self.preds[i]
    }

    /// The blocks reachable from the entry, in reverse post-order.
    pub(crate) fn rpo(&self) -> &[usize] {
        &self.rpo
    }

    /// Whether the edge `from` → `to` goes back to a block on the path to `from`.
    pub(crate) fn is_back_edge(&self, from: usize, to: usize) -> bool {
        self.back_edges.contains(&(from, to))
    }

    /// Whether a back edge enters block `i`.
    pub(crate) fn is_loop_header(&self, i: usize) -> bool {
        self.headers[i]
    }

    /// Each block's immediate dominator (the entry's is itself; `usize::MAX` for a block
    /// the entry does not reach), by Cooper, Harvey and Kennedy's iteration.
    pub(crate) fn immediate_dominators(&self) -> Vec<usize> {
        let n = self.len();
        let mut rpo_num = vec![usize::MAX; n];
        for (i, &b) in self.rpo.iter().enumerate() {
            rpo_num[b] = i;
        }
        let mut idom = vec![usize::MAX; n];
        idom[0] = 0;
        let mut changed = true;
        while changed {
            changed = false;
            for &b in self.rpo.iter().skip(1) {
                let mut new = usize::MAX;
                for &p in self.preds(b) {
                    if idom[p] == usize::MAX {
                        continue;
                    }
                    new = if new == usize::MAX {
                        p
                    } else {
                        let (mut x, mut y) = (p, new);
                        while x != y {
                            while rpo_num[x] > rpo_num[y] {
                                x = idom[x];
                            }
                            while rpo_num[y] > rpo_num[x] {
                                y = idom[y];
                            }
                        }
                        x
                    };
                }
                if new != idom[b] {
                    idom[b] = new;
                    changed = true;
                }
            }
        }
        idom
    }

    /// Whether block `a` dominates block `b` (every path from the entry to `b` passes
    /// `a`), given [`Cfg::immediate_dominators`].
    pub(crate) fn block_dominates(idom: &[usize], a: usize, b: usize) -> bool {
        let mut x = b;
        loop {
            if x == a {
                return true;
            }
            if x == 0 || x == usize::MAX {
                return false;
            }
            x = idom[x];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use inkwell::context::Context;
    use inkwell::memory_buffer::MemoryBuffer;

    /// The graph of `@f` in `ir`, with each block's name, handed to `check`.
    fn with_cfg(ir: &str, check: impl FnOnce(&Cfg, &dyn Fn(usize) -> String)) {
        let ctx = Context::create();
        let buf = MemoryBuffer::create_from_memory_range_copy(ir.as_bytes(), "t");
        let module = ctx.create_module_from_ir(buf).unwrap_or_else(|e| panic!("{e}"));
        let f = module.get_function("f").expect("the test IR defines @f");
        // SAFETY: `f` belongs to `module`, alive for the whole check.
        unsafe {
            let cfg = Cfg::of(inkwell::values::AsValueRef::as_value_ref(&f)).expect("a well-formed function");
            let name = |i: usize| crate::irwalk::name_of(LLVMBasicBlockAsValue(cfg.block(i)));
            check(&cfg, &name);
        }
    }

    #[test]
    fn a_loop_has_one_back_edge_to_its_header_and_rpo_puts_the_header_first() {
        let ir = r#"
define void @f(i1 %c, i1 %d) {
entry:
  br label %head
head:
  br i1 %c, label %body, label %exit
body:
  switch i1 %d, label %head [ i1 true, label %head ]
exit:
  ret void
dead:
  br label %exit
}
"#;
        with_cfg(ir, |cfg, name| {
            let names = |v: &[usize]| v.iter().map(|&i| name(i)).collect::<Vec<_>>();
            assert_eq!(cfg.len(), 5);
            assert_eq!(names(cfg.rpo()), ["entry", "head", "exit", "body"]);
            assert_eq!(names(cfg.succs(2)), ["head", "head"]);
            // Distinct, in layout order; an unreachable block is a predecessor too.
            assert_eq!(names(cfg.preds(1)), ["entry", "body"]);
            assert_eq!(names(cfg.preds(3)), ["head", "dead"]);
            assert!(cfg.is_back_edge(2, 1));
            assert!(!cfg.is_back_edge(0, 1));
            assert!(cfg.is_loop_header(1));
            assert!(!cfg.is_loop_header(0));
            assert_eq!(cfg.index(cfg.block(3)), 3);
        });
    }

    #[test]
    fn a_self_loop_is_a_back_edge() {
        let ir = "define void @f(i1 %c) {\nentry:\n  br label %l\nl:\n  br i1 %c, label %l, label %x\nx:\n  ret void\n}\n";
        with_cfg(ir, |cfg, name| {
            assert!(cfg.is_back_edge(1, 1));
            assert!(cfg.is_loop_header(1));
            assert_eq!(cfg.rpo().iter().map(|&i| name(i)).collect::<Vec<_>>(), ["entry", "l", "x"]);
        });
    }
}
