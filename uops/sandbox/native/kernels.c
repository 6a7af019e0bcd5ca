/* kernels.c — the loop kernels written by hand in C: the practical limit a trace compiler
 * could reach. Each works on the same VM state as its trace (same objects, same boxing of
 * results, same reference counts) and leaves the same final state as the trace's normal
 * exit, which the benchmark checks before timing it. Fast path only: inputs are assumed
 * to be of the types the trace's guards check. Compiled with clang 19 at -O3.
 *
 * Signature: int tf_native_NAME(TfFrame *frame, TfThread *tstate, uint64_t trace): the
 * stack and locals are the trace's (see traces/NAME.yaml); `trace` is the trace's position
 * in its set, for the exit index. Returns the exit kind. Back edges are not counted. */
#include "sandbox.h"

static int side_exit(TfFrame *f, TfValue *sp, TfThread *t, uint64_t trace, uint64_t index,
                     uint64_t target) {
    return tf_sandbox_exit(f, sp, t, TF_EXIT_SIDE_EXIT, (trace << 32) | index, target);
}

static void store_local(TfFrame *f, int64_t i, TfValue v) {
    TfValue old = f->locals[i];
    f->locals[i] = v;
    tf_decref(old);
}

/* total += i for i in range: locals 0 total, 1 i; stack [range iterator]. */
int tf_native_sum_range(TfFrame *f, TfThread *t, uint64_t trace) {
    TfRangeIter *r = (TfRangeIter *)f->sp[-1];
    int64_t total = tf_int_value(f->locals[0]), i = 0, ran = 0;
    for (int64_t k = r->next; r->step > 0 ? k < r->stop : k > r->stop; k += r->step) {
        i = k;
        total += k;
        ran = 1;
    }
    if (ran) {
        r->next = i + r->step;
        store_local(f, 1, tf_int(i));
        store_local(f, 0, tf_int(total));
    }
    return side_exit(f, f->sp, t, trace, 2, 20);
}

/* acc += xs[i] * ys[i]: locals 0 xs, 1 ys, 2 acc, 3 i; stack [range iterator]. */
int tf_native_dot_product_float(TfFrame *f, TfThread *t, uint64_t trace) {
    TfRangeIter *r = (TfRangeIter *)f->sp[-1];
    TfList *xs = (TfList *)f->locals[0], *ys = (TfList *)f->locals[1];
    double acc = ((TfFloat *)f->locals[2])->value;
    int64_t i = -1;
    for (int64_t k = r->next; k < r->stop; k++) {
        acc += ((TfFloat *)xs->items[k])->value * ((TfFloat *)ys->items[k])->value;
        i = k;
    }
    if (i >= 0) {
        r->next = i + 1;
        store_local(f, 3, tf_int(i));
        store_local(f, 2, tf_float_new(t, acc));
    }
    return side_exit(f, f->sp, t, trace, 2, 20);
}

/* r.y = r.x + p.s: locals 0 r, 1 i, 2 p; stack [range iterator]. */
int tf_native_attr_loop(TfFrame *f, TfThread *t, uint64_t trace) {
    TfRangeIter *r = (TfRangeIter *)f->sp[-1];
    TfInstance *o = (TfInstance *)f->locals[0], *p = (TfInstance *)f->locals[2];
    int64_t i = -1;
    TfValue y = tf_int(tf_int_value(o->slots[0]) + tf_int_value(p->slots[0]));
    for (int64_t k = r->next; k < r->stop; k++) i = k;
    if (i >= 0) {
        r->next = i + 1;
        store_local(f, 1, tf_int(i));
        TfValue old = o->slots[1];
        o->slots[1] = y;
        tf_decref(old);
    }
    return side_exit(f, f->sp, t, trace, 2, 20);
}

/* result.append(i * i): locals 0 result, 1 i; stack [range iterator]. */
int tf_native_list_build(TfFrame *f, TfThread *t, uint64_t trace) {
    TfRangeIter *r = (TfRangeIter *)f->sp[-1];
    TfValue list = f->locals[0];
    int64_t i = -1;
    for (int64_t k = r->next; k < r->stop; k++) {
        tf_list_append(t, list, tf_int(k * k));
        i = k;
    }
    if (i >= 0) {
        r->next = i + 1;
        store_local(f, 1, tf_int(i));
    }
    return side_exit(f, f->sp, t, trace, 2, 20);
}

/* while n > 0: n -= step; count += 2: locals 0 n, 1 count, 2 step. */
int tf_native_countdown_compare(TfFrame *f, TfThread *t, uint64_t trace) {
    int64_t n = tf_int_value(f->locals[0]), count = tf_int_value(f->locals[1]);
    int64_t step = tf_int_value(f->locals[2]);
    while (n > 0) {
        n -= step;
        count += 2;
    }
    f->locals[0] = tf_int(n);
    f->locals[1] = tf_int(count);
    TfValue *sp = f->sp;
    *sp++ = tf_val(&tf_False);
    return side_exit(f, sp, t, trace, 5, 50);
}

/* acc = acc / d: locals 0 acc, 1 d, 2 i; stack [range iterator]. */
int tf_native_float_div_loop(TfFrame *f, TfThread *t, uint64_t trace) {
    TfRangeIter *r = (TfRangeIter *)f->sp[-1];
    double acc = ((TfFloat *)f->locals[0])->value, d = ((TfFloat *)f->locals[1])->value;
    int64_t i = -1;
    for (int64_t k = r->next; k < r->stop; k++) {
        acc /= d;
        i = k;
    }
    if (i >= 0) {
        r->next = i + 1;
        store_local(f, 2, tf_int(i));
        store_local(f, 0, tf_float_new(t, acc));
    }
    return side_exit(f, f->sp, t, trace, 2, 20);
}

/* for i in range: for j in range(m): total += i * j: locals 0 total, 1 i, 2 j, 3 m;
 * stack [outer range iterator]. The trace tree leaves from nested_outer (`trace`). */
int tf_native_nested_outer(TfFrame *f, TfThread *t, uint64_t trace) {
    TfRangeIter *r = (TfRangeIter *)f->sp[-1];
    int64_t total = tf_int_value(f->locals[0]), m = tf_int_value(f->locals[3]);
    int64_t i = -1, j = -1;
    for (int64_t k = r->next; k < r->stop; k++) {
        for (int64_t l = 0; l < m; l++) {
            total += k * l;
            j = l;
        }
        i = k;
    }
    if (i >= 0) {
        r->next = i + 1;
        store_local(f, 1, tf_int(i));
        if (j >= 0) store_local(f, 2, tf_int(j));
        store_local(f, 0, tf_int(total));
    }
    return side_exit(f, f->sp, t, trace, 2, 20);
}
