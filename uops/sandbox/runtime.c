/* runtime.c — the sandbox VM's runtime: objects, frames, threads, builtins and the exit
 * function. Linked into tracefuse; stencils reach these functions through holes.
 *
 * Every heap object sits on its thread's heap list (a circular doubly linked list through
 * the sentinel TfThread.heap, in allocation order) and remembers its thread in `owner`,
 * so tf_dealloc can keep that thread's `live` count without a tstate argument. Threads
 * share no mutable state except the immortal singletons' reference counts (see below). */
#include "sandbox.h"
#include <stdlib.h>
#include <string.h>

/* Immortal singletons: not on any heap, id 0, no owner. Every thread increments and
 * decrements their counts; starting at 2^60 they never come near zero. */
TfObject tf_None = {.refcnt = TF_IMMORTAL_REFCNT, .kind = TF_KIND_NONE};
TfObject tf_True = {.refcnt = TF_IMMORTAL_REFCNT, .kind = TF_KIND_BOOL};
TfObject tf_False = {.refcnt = TF_IMMORTAL_REFCNT, .kind = TF_KIND_BOOL};

/* --- the heap list --------------------------------------------------------------------- */

static void heap_unlink(TfObject *o) {
    o->heap_prev->heap_next = o->heap_next;
    o->heap_next->heap_prev = o->heap_prev;
    o->heap_prev = o->heap_next = 0;
}

/* A zeroed object of `size` bytes with refcount 1, the next id, linked at the tail. */
static void *alloc_obj(TfThread *t, size_t size, uint32_t kind) {
    TfObject *o = calloc(1, size);
    if (!o) {
        t->error = TF_ERR_MEMORY;
        return 0;
    }
    o->refcnt = 1;
    o->kind = kind;
    o->id = ++t->next_id;
    o->owner = t;
    o->heap_prev = t->heap.heap_prev;
    o->heap_next = &t->heap;
    t->heap.heap_prev->heap_next = o;
    t->heap.heap_prev = o;
    t->live++;
    return o;
}

/* Undoes alloc_obj for an object that owns nothing yet (a constructor failed). The id
 * stays used, as it would in a VM whose allocation failed after taking one. */
static void discard(TfObject *o) {
    heap_unlink(o);
    o->owner->live--;
    free(o);
}

void tf_dealloc(TfObject *o) {
    TfThread *t = o->owner;
    heap_unlink(o);
    t->live--;
    switch (o->kind) {
    case TF_KIND_LIST: {
        TfList *l = (TfList *)o;
        for (int64_t i = 0; i < l->len; i++) tf_decref(l->items[i]);
        free(l->items);
        break;
    }
    case TF_KIND_LIST_ITER:
        tf_decref(tf_val(((TfListIter *)o)->list));
        break;
    case TF_KIND_INSTANCE: {
        TfInstance *in = (TfInstance *)o;
        for (int64_t i = 0; i < in->nslots; i++) tf_decref(in->slots[i]);
        tf_decref(tf_val(in->cls));
        break;
    }
    default: /* floats, range iterators, classes, builtins own nothing */
        break;
    }
    free(o);
}

/* --- threads and frames ---------------------------------------------------------------- */

TfThread *tf_thread_new(void) {
    TfThread *t = calloc(1, sizeof *t);
    if (!t) return 0;
    t->heap.heap_next = t->heap.heap_prev = &t->heap;
    t->tick_limit = 1000000; /* the default of docs/formats.md */
    return t;
}

void tf_thread_free(TfThread *t) {
    if (!t) return;
    /* Everything still alive goes, whatever its count: no decrefs, objects may refer to
     * each other in any order. */
    while (t->heap.heap_next != &t->heap) {
        TfObject *o = t->heap.heap_next;
        heap_unlink(o);
        if (o->kind == TF_KIND_LIST) free(((TfList *)o)->items);
        free(o);
    }
    free(t);
}

TfFrame *tf_frame_new(int64_t nlocals, int64_t stack_size) {
    if (nlocals < 0 || stack_size < 0) return 0;
    TfFrame *f = calloc(1, sizeof *f);
    if (!f) return 0;
    /* One spare slot so that a frame of no slots still has a valid, distinct array. */
    f->locals = calloc((size_t)nlocals + (size_t)stack_size + 1, sizeof(TfValue));
    if (!f->locals) {
        free(f);
        return 0;
    }
    f->nlocals = nlocals;
    f->stack_size = stack_size;
    for (int64_t i = 0; i < nlocals; i++) f->locals[i] = tf_val(&tf_None);
    f->sp = f->locals + nlocals;
    return f;
}

void tf_frame_free(TfFrame *f) {
    if (!f) return;
    /* Locals, then the stack up to the saved stack pointer. */
    for (TfValue *p = f->locals; p < f->sp; p++) tf_decref(*p);
    free(f->locals);
    free(f);
}

/* --- constructors ---------------------------------------------------------------------- */

TfValue tf_float_new(TfThread *t, double v) {
    TfFloat *f = alloc_obj(t, sizeof *f, TF_KIND_FLOAT);
    if (!f) return 0;
    f->value = v;
    return tf_val(f);
}

#define LIST_MAX_CAP ((int64_t)(PTRDIFF_MAX / (ptrdiff_t)sizeof(TfValue) / 2))

TfValue tf_list_new(TfThread *t, int64_t cap) {
    if (cap < 4) cap = 4;
    if (cap > LIST_MAX_CAP) {
        t->error = TF_ERR_MEMORY;
        return 0;
    }
    TfList *l = alloc_obj(t, sizeof *l, TF_KIND_LIST);
    if (!l) return 0;
    l->items = malloc(sizeof(TfValue) * (size_t)cap);
    if (!l->items) {
        discard(&l->ob);
        t->error = TF_ERR_MEMORY;
        return 0;
    }
    l->cap = cap;
    return tf_val(l);
}

int tf_list_append(TfThread *t, TfValue list, TfValue item) {
    TfList *l = (TfList *)list;
    if (l->len == l->cap) {
        int64_t cap = l->cap ? l->cap * 2 : 4;
        TfValue *items =
            cap <= LIST_MAX_CAP ? realloc(l->items, sizeof(TfValue) * (size_t)cap) : 0;
        if (!items) {
            t->error = TF_ERR_MEMORY;
            tf_decref(item); /* stolen, also on failure */
            return -1;
        }
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = item;
    return 0;
}

static int is_small(int64_t v) { return v >= TF_INT_MIN && v <= TF_INT_MAX; }

TfValue tf_range_iter_new(TfThread *t, int64_t start, int64_t stop, int64_t step) {
    /* Small-int bounds and step keep every yielded value a small int and next + step
     * within int64 (|next|, |step| <= 2^62), so _ITER_NEXT_RANGE needs no checks. */
    if (step == 0 || !is_small(start) || !is_small(stop) || !is_small(step)) {
        t->error = TF_ERR_VALUE;
        return 0;
    }
    TfRangeIter *r = alloc_obj(t, sizeof *r, TF_KIND_RANGE_ITER);
    if (!r) return 0;
    r->next = start;
    r->stop = stop;
    r->step = step;
    return tf_val(r);
}

TfValue tf_list_iter_new(TfThread *t, TfValue list) {
    TfListIter *it = alloc_obj(t, sizeof *it, TF_KIND_LIST_ITER);
    if (!it) return 0;
    tf_incref(list);
    it->list = (TfList *)list;
    it->index = 0;
    return tf_val(it);
}

TfValue tf_class_new(TfThread *t, uint64_t version, int64_t nslots) {
    TfClass *c = alloc_obj(t, sizeof *c, TF_KIND_CLASS);
    if (!c) return 0;
    c->version = version;
    c->nslots = nslots;
    return tf_val(c);
}

TfValue tf_instance_new(TfThread *t, TfValue cls) {
    TfClass *c = (TfClass *)cls;
    int64_t n = c->nslots > 0 ? c->nslots : 0;
    TfInstance *in = alloc_obj(t, sizeof *in + sizeof(TfValue) * (size_t)n, TF_KIND_INSTANCE);
    if (!in) return 0;
    tf_incref(cls);
    in->cls = c;
    in->nslots = n;
    for (int64_t i = 0; i < n; i++) in->slots[i] = tf_val(&tf_None);
    return tf_val(in);
}

/* --- builtins: borrow their arguments, return a new reference or 0 with an error ------- */

static TfValue type_error(TfThread *t) {
    t->error = TF_ERR_TYPE;
    return 0;
}

/* len(list) */
static TfValue b_len(TfThread *t, TfValue *args, int64_t nargs) {
    if (nargs != 1 || !tf_has_kind(args[0], TF_KIND_LIST)) return type_error(t);
    return tf_int(((TfList *)args[0])->len);
}

/* abs(int) or abs(float). abs of the smallest small int does not fit: a value error
 * (the sandbox has no big ints). */
static TfValue b_abs(TfThread *t, TfValue *args, int64_t nargs) {
    if (nargs != 1) return type_error(t);
    TfValue x = args[0];
    if (tf_is_int(x)) {
        int64_t v = tf_int_value(x);
        if (v == TF_INT_MIN) {
            t->error = TF_ERR_VALUE;
            return 0;
        }
        return tf_int(v < 0 ? -v : v);
    }
    if (tf_has_kind(x, TF_KIND_FLOAT))
        return tf_float_new(t, __builtin_fabs(((TfFloat *)x)->value));
    return type_error(t);
}

/* min(a, b, ...) / max(a, b, ...) over two or more ints; ties keep the first. */
static TfValue min_max(TfThread *t, TfValue *args, int64_t nargs, int want_max) {
    if (nargs < 2) return type_error(t);
    for (int64_t i = 0; i < nargs; i++) {
        if (!tf_is_int(args[i])) return type_error(t);
    }
    int64_t best = tf_int_value(args[0]);
    for (int64_t i = 1; i < nargs; i++) {
        int64_t v = tf_int_value(args[i]);
        if (want_max ? v > best : v < best) best = v;
    }
    return tf_int(best);
}
static TfValue b_min(TfThread *t, TfValue *args, int64_t nargs) {
    return min_max(t, args, nargs, 0);
}
static TfValue b_max(TfThread *t, TfValue *args, int64_t nargs) {
    return min_max(t, args, nargs, 1);
}

/* float(int) */
static TfValue b_float(TfThread *t, TfValue *args, int64_t nargs) {
    if (nargs != 1 || !tf_is_int(args[0])) return type_error(t);
    return tf_float_new(t, (double)tf_int_value(args[0]));
}

/* range(stop): an iterator over range(stop), as iter(range(stop)) in Python. */
static TfValue b_range(TfThread *t, TfValue *args, int64_t nargs) {
    if (nargs != 1 || !tf_is_int(args[0])) return type_error(t);
    return tf_range_iter_new(t, 0, tf_int_value(args[0]), 1);
}

static const struct {
    const char *name;
    TfBuiltinFn fn;
} builtins[] = {
    {"len", b_len}, {"abs", b_abs},     {"min", b_min},
    {"max", b_max}, {"float", b_float}, {"range", b_range},
};

TfValue tf_builtin_new(TfThread *t, const char *name) {
    if (!name) return 0;
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++) {
        if (strcmp(name, builtins[i].name) == 0) {
            TfBuiltin *b = alloc_obj(t, sizeof *b, TF_KIND_BUILTIN);
            if (!b) return 0;
            b->name = builtins[i].name;
            b->fn = builtins[i].fn;
            return tf_val(b);
        }
    }
    return 0;
}

/* --- the exit function (uops.yaml `exit_function`) ------------------------------------- */

int tf_sandbox_exit(TfFrame *frame, TfValue *sp, TfThread *tstate, int kind, uint64_t index,
                    uint64_t target) {
    frame->sp = sp;
    tstate->exit_kind = kind;
    tstate->exit_index = index;
    tstate->exit_target = target;
    return kind;
}
