/* kernels.c — the loop kernels written by hand in C: what a C programmer writing each
 * loop over the same VM objects gets from clang 19 at -O3, the bound a trace compiler is
 * measured against. Each works on the same VM state as its trace (same objects, same
 * boxing of results, same reference counts) and leaves the same final state as the
 * trace's normal exit, which the benchmark checks before timing it
 * (`bench::final_state_differences`; `crates/tracefuse-sandbox/tests/sandbox/native.rs` also checks every test case that
 * leaves that way). Fast path only: inputs are assumed to be of the types (and lists of
 * the lengths) the trace's guards check, and no result overflows.
 *
 * Signature: int tf_native_NAME(TfFrame *frame, TfThread *tstate, uint64_t trace): the
 * stack and locals are the trace's (see traces/NAME.yaml); `trace` is the trace's position
 * in its set, for the exit index. Returns the exit kind. Back edges are not counted.
 *
 * The rules, and why. Written as plain C loops, clang turns some kernels into no loop at
 * all: a sum over a range becomes a closed form or a vectorized sum, `r.y = r.x + p.s`
 * repeated n times becomes one store. The ratio to such a kernel measures clang's algebra,
 * not the work of an iteration. So every kernel keeps each iteration's work, and only
 * that, with two empty asm statements that emit no instructions:
 *
 * 1. Objects are memory, and nothing about memory is known across iterations. Every
 *    iteration begins with `iteration_boundary()`, a compiler barrier (an asm that may
 *    read and write any memory): as far as clang knows, the VM (an eval-breaker handler,
 *    a debugger, another trace) may look at or change any object between two iterations.
 *    So each iteration reads what it uses from the objects it is given — the range
 *    iterator's next/stop/step, list items and the floats in them, instance slots, a
 *    float local's value — and writes what the Python loop writes into them (the
 *    iterator's next, an instance slot, a list append) in that iteration. An iterator
 *    that the loop is given (on the stack at entry and exit) is advanced in memory, as
 *    `_GUARD_NOT_EXHAUSTED_RANGE`/`_ITER_NEXT_RANGE` do; one the loop makes and drops
 *    itself (nested_outer's inner `range(m)`) is a C `for` loop, as anyone would write it.
 * 2. Locals are registers. The frame's locals that the loop reads or rebinds (loop
 *    variables, accumulators, counters) are read from the frame once, kept unboxed in
 *    registers (ints as int64_t, floats as double), and boxed and stored into the frame
 *    once, at the exit, with the reference counting the trace's exit leaves. The objects a
 *    loop works on are fetched from the frame once too (the loop does not rebind them).
 *    Each iteration hands the values it computes to `observe_int`/`observe_float`, an
 *    asm that uses them (unless the loop's own test already does): every iteration's
 *    value must exist, in order, so no iteration can be folded away, while nothing forces
 *    it out of its register.
 *
 * What a kernel does not do, and its trace does: type and bounds guards, overflow checks,
 * the eval-breaker tick on the back edge, the value stack, boxing inside the loop and the
 * reference counting of temporaries. That difference is what fused/native measures. */
#include "sandbox.h"

#if defined(__aarch64__)
#define FP_REG "w"
#else
#define FP_REG "x"
#endif

/* Rule 1: the boundary between two iterations (no instruction). */
static inline void iteration_boundary(void) { __asm__ volatile("" ::: "memory"); }

/* Rule 2: this iteration's value of a local exists, in its register (no instruction). */
static inline void observe_int(int64_t v) { __asm__ volatile("" : : "r"(v)); }
static inline void observe_float(double v) { __asm__ volatile("" : : FP_REG(v)); }

static int side_exit(TfFrame *f, TfValue *sp, TfThread *t, uint64_t trace, uint64_t index,
                     uint64_t target) {
    return tf_sandbox_exit(f, sp, t, TF_EXIT_SIDE_EXIT, (trace << 32) | index, target);
}

static void store_local(TfFrame *f, int64_t i, TfValue v) {
    TfValue old = f->locals[i];
    f->locals[i] = v;
    tf_decref(old);
}

/* One step of a range iterator in memory, as _GUARD_NOT_EXHAUSTED_RANGE and
 * _ITER_NEXT_RANGE do it: 0 when it is exhausted, else 1 with its value in *value. */
static inline int range_next(TfRangeIter *r, int64_t *value) {
    int64_t next = r->next, stop = r->stop, step = r->step;
    if (step > 0 ? next >= stop : next <= stop) return 0;
    r->next = (int64_t)((uint64_t)next + (uint64_t)step);
    *value = next;
    return 1;
}

/* total += i for i in range: locals 0 total, 1 i; stack [range iterator].
 * Per iteration: load the iterator's next, stop and step, compare, store next + step;
 * add i to total (a register). */
int tf_native_sum_range(TfFrame *f, TfThread *t, uint64_t trace) {
    TfRangeIter *r = (TfRangeIter *)f->sp[-1];
    int64_t total = tf_int_value(f->locals[0]), i = 0;
    int ran = 0;
    for (;;) {
        iteration_boundary();
        if (!range_next(r, &i)) break;
        total += i;
        ran = 1;
        observe_int(i);
        observe_int(total);
    }
    if (ran) {
        store_local(f, 1, tf_int(i));
        store_local(f, 0, tf_int(total));
    }
    return side_exit(f, f->sp, t, trace, 2, 20);
}

/* acc += xs[i] * ys[i]: locals 0 xs, 1 ys, 2 acc, 3 i; stack [range iterator].
 * Per iteration: step the iterator in memory; load each list's items pointer, the item
 * and the float's value; multiply, add to acc (a register). acc is boxed once, at the
 * exit (the trace boxes a new float twice an iteration). */
int tf_native_dot_product_float(TfFrame *f, TfThread *t, uint64_t trace) {
    TfRangeIter *r = (TfRangeIter *)f->sp[-1];
    TfList *xs = (TfList *)f->locals[0], *ys = (TfList *)f->locals[1];
    double acc = ((TfFloat *)f->locals[2])->value;
    int64_t i = 0;
    int ran = 0;
    for (;;) {
        iteration_boundary();
        if (!range_next(r, &i)) break;
        acc += ((TfFloat *)xs->items[i])->value * ((TfFloat *)ys->items[i])->value;
        ran = 1;
        observe_int(i);
        observe_float(acc);
    }
    if (ran) {
        store_local(f, 3, tf_int(i));
        store_local(f, 2, tf_float_new(t, acc));
    }
    return side_exit(f, f->sp, t, trace, 2, 20);
}

/* r.y = r.x + p.s: locals 0 r, 1 i, 2 p; stack [range iterator].
 * Per iteration: step the iterator in memory; load slot x of r and slot s of p, add them
 * (tagged ints), store the sum into slot y of r and release the slot's old value (a tag
 * test). */
int tf_native_attr_loop(TfFrame *f, TfThread *t, uint64_t trace) {
    TfRangeIter *r = (TfRangeIter *)f->sp[-1];
    TfInstance *o = (TfInstance *)f->locals[0], *p = (TfInstance *)f->locals[2];
    int64_t i = 0;
    int ran = 0;
    for (;;) {
        iteration_boundary();
        if (!range_next(r, &i)) break;
        TfValue y = tf_int(tf_int_value(o->slots[0]) + tf_int_value(p->slots[0]));
        TfValue old = o->slots[1];
        o->slots[1] = y;
        tf_decref(old);
        ran = 1;
        observe_int(i);
    }
    if (ran) store_local(f, 1, tf_int(i));
    return side_exit(f, f->sp, t, trace, 2, 20);
}

/* result.append(i * i): locals 0 result, 1 i; stack [range iterator].
 * Per iteration: step the iterator in memory; square i and call tf_list_append (which
 * grows the list's storage now and then). */
int tf_native_list_build(TfFrame *f, TfThread *t, uint64_t trace) {
    TfRangeIter *r = (TfRangeIter *)f->sp[-1];
    TfValue list = f->locals[0];
    int64_t i = 0;
    int ran = 0;
    for (;;) {
        iteration_boundary();
        if (!range_next(r, &i)) break;
        tf_list_append(t, list, tf_int(i * i));
        ran = 1;
        observe_int(i);
    }
    if (ran) store_local(f, 1, tf_int(i));
    return side_exit(f, f->sp, t, trace, 2, 20);
}

/* while n > 0: n -= step; count += 2: locals 0 n, 1 count, 2 step.
 * Per iteration: compare n with 0, subtract step from n, add 2 to count — all three
 * locals in registers (no object is involved). The loop test uses every n; observing n
 * as well only makes clang compute n - step twice (a `lea` beside the `sub`). */
int tf_native_countdown_compare(TfFrame *f, TfThread *t, uint64_t trace) {
    int64_t n = tf_int_value(f->locals[0]), count = tf_int_value(f->locals[1]);
    int64_t step = tf_int_value(f->locals[2]);
    for (;;) {
        iteration_boundary();
        if (!(n > 0)) break;
        n -= step;
        count += 2;
        observe_int(count);
    }
    f->locals[0] = tf_int(n);
    f->locals[1] = tf_int(count);
    TfValue *sp = f->sp;
    *sp++ = tf_val(&tf_False);
    return side_exit(f, sp, t, trace, 5, 50);
}

/* acc = acc / d: locals 0 acc, 1 d, 2 i; stack [range iterator].
 * Per iteration: step the iterator in memory; load d's value from its float object and
 * divide acc (a register) by it. acc is boxed once, at the exit. */
int tf_native_float_div_loop(TfFrame *f, TfThread *t, uint64_t trace) {
    TfRangeIter *r = (TfRangeIter *)f->sp[-1];
    TfFloat *d = (TfFloat *)f->locals[1];
    double acc = ((TfFloat *)f->locals[0])->value;
    int64_t i = 0;
    int ran = 0;
    for (;;) {
        iteration_boundary();
        if (!range_next(r, &i)) break;
        acc /= d->value;
        ran = 1;
        observe_int(i);
        observe_float(acc);
    }
    if (ran) {
        store_local(f, 2, tf_int(i));
        store_local(f, 0, tf_float_new(t, acc));
    }
    return side_exit(f, f->sp, t, trace, 2, 20);
}

/* for i in range: for j in range(m): total += i * j: locals 0 total, 1 i, 2 j, 3 m;
 * stack [outer range iterator]. The trace tree leaves from nested_outer (`trace`).
 * Per (inner) iteration: multiply i by j and add to total, count j up to m — all in
 * registers (the inner range is a C loop, rule 1). Per outer iteration: step the outer
 * iterator in memory. */
int tf_native_nested_outer(TfFrame *f, TfThread *t, uint64_t trace) {
    TfRangeIter *r = (TfRangeIter *)f->sp[-1];
    int64_t total = tf_int_value(f->locals[0]), m = tf_int_value(f->locals[3]);
    int64_t i = 0, j = 0;
    int ran = 0, ran_inner = 0;
    for (;;) {
        iteration_boundary();
        if (!range_next(r, &i)) break;
        ran = 1;
        observe_int(i);
        for (int64_t k = 0; k < m; k++) {
            iteration_boundary();
            total += i * k;
            j = k;
            ran_inner = 1;
            observe_int(j);
            observe_int(total);
        }
    }
    if (ran) {
        store_local(f, 1, tf_int(i));
        if (ran_inner) store_local(f, 2, tf_int(j));
        store_local(f, 0, tf_int(total));
    }
    return side_exit(f, f->sp, t, trace, 2, 20);
}
