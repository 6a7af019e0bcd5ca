/* runtime.c — the sandbox VM's runtime: objects, frames, threads, builtins and the exit
 * function. Linked into tracefuse; stencils reach these functions through holes. Each
 * thread keeps its own heap list, so threads (parallel tests) never share mutable state. */
#include "sandbox.h"
#include <stdlib.h>
#include <string.h>

TfObject tf_None = {TF_IMMORTAL_REFCNT, TF_KIND_NONE, 0, 0, 0, 0, 0};
TfObject tf_True = {TF_IMMORTAL_REFCNT, TF_KIND_BOOL, 0, 0, 0, 0, 0};
TfObject tf_False = {TF_IMMORTAL_REFCNT, TF_KIND_BOOL, 0, 0, 0, 0, 0};

static void *alloc_obj(TfThread *t, size_t size, uint32_t kind) {
    TfObject *o = calloc(1, size);
    if (!o) { t->error = TF_ERR_MEMORY; return 0; }
    o->refcnt = 1; o->kind = kind; o->id = ++t->next_id; o->owner = t;
    o->heap_prev = t->heap.heap_prev; o->heap_next = &t->heap;
    t->heap.heap_prev->heap_next = o; t->heap.heap_prev = o;
    t->live++;
    return o;
}
TfThread *tf_thread_new(void) {
    TfThread *t = calloc(1, sizeof *t);
    if (!t) return 0;
    t->heap.heap_next = t->heap.heap_prev = &t->heap;
    t->tick_limit = 1000000;
    return t;
}
void tf_thread_free(TfThread *t) {
    while (t->heap.heap_next != &t->heap) {
        TfObject *o = t->heap.heap_next;
        o->heap_prev->heap_next = o->heap_next; o->heap_next->heap_prev = o->heap_prev;
        if (o->kind == TF_KIND_LIST) free(((TfList *)o)->items);
        free(o);
    }
    free(t);
}
TfFrame *tf_frame_new(int64_t nlocals, int64_t stack_size) {
    TfFrame *f = calloc(1, sizeof *f);
    if (!f) return 0;
    f->locals = calloc((size_t)(nlocals + stack_size + 1), sizeof(TfValue));
    f->nlocals = nlocals; f->stack_size = stack_size;
    for (int64_t i = 0; i < nlocals; i++) f->locals[i] = tf_val(&tf_None);
    f->sp = f->locals + nlocals;
    return f;
}
void tf_frame_free(TfFrame *f) {
    for (TfValue *p = f->locals; p < f->sp; p++) tf_decref(*p);
    free(f->locals); free(f);
}
void tf_dealloc(TfObject *o) {
    TfThread *t = o->owner;
    o->heap_prev->heap_next = o->heap_next; o->heap_next->heap_prev = o->heap_prev;
    t->live--;
    switch (o->kind) {
    case TF_KIND_LIST: { TfList *l = (TfList *)o; for (int64_t i = 0; i < l->len; i++) tf_decref(l->items[i]); free(l->items); break; }
    case TF_KIND_LIST_ITER: tf_decref(tf_val(((TfListIter *)o)->list)); break;
    case TF_KIND_INSTANCE: { TfInstance *in = (TfInstance *)o; for (int64_t i = 0; i < in->nslots; i++) tf_decref(in->slots[i]); tf_decref(tf_val(in->cls)); break; }
    default: break;
    }
    free(o);
}
TfValue tf_float_new(TfThread *t, double v) { TfFloat *f = alloc_obj(t, sizeof *f, TF_KIND_FLOAT); if (!f) return 0; f->value = v; return tf_val(f); }
TfValue tf_list_new(TfThread *t, int64_t cap) { TfList *l = alloc_obj(t, sizeof *l, TF_KIND_LIST); if (!l) return 0; l->cap = cap > 4 ? cap : 4; l->items = malloc(sizeof(TfValue) * (size_t)l->cap); return tf_val(l); }
int tf_list_append(TfThread *t, TfValue list, TfValue item) {
    TfList *l = (TfList *)list;
    if (l->len == l->cap) { TfValue *n = realloc(l->items, sizeof(TfValue) * (size_t)(l->cap * 2)); if (!n) { t->error = TF_ERR_MEMORY; tf_decref(item); return -1; } l->items = n; l->cap *= 2; }
    l->items[l->len++] = item; return 0;
}
TfValue tf_range_iter_new(TfThread *t, int64_t a, int64_t b, int64_t s) { TfRangeIter *r = alloc_obj(t, sizeof *r, TF_KIND_RANGE_ITER); if (!r) return 0; r->next = a; r->stop = b; r->step = s; return tf_val(r); }
TfValue tf_list_iter_new(TfThread *t, TfValue list) { TfListIter *i = alloc_obj(t, sizeof *i, TF_KIND_LIST_ITER); if (!i) return 0; tf_incref(list); i->list = (TfList *)list; return tf_val(i); }
TfValue tf_class_new(TfThread *t, uint64_t v, int64_t n) { TfClass *c = alloc_obj(t, sizeof *c, TF_KIND_CLASS); if (!c) return 0; c->version = v; c->nslots = n; return tf_val(c); }
TfValue tf_instance_new(TfThread *t, TfValue cls) { TfClass *c = (TfClass *)cls; TfInstance *i = alloc_obj(t, sizeof *i + sizeof(TfValue) * (size_t)c->nslots, TF_KIND_INSTANCE); if (!i) return 0; tf_incref(cls); i->cls = c; i->nslots = c->nslots; for (int64_t k = 0; k < c->nslots; k++) i->slots[k] = tf_val(&tf_None); return tf_val(i); }
/* --- builtins: borrow their arguments, return a new reference or 0 with an error --- */
static TfValue type_error(TfThread *t) { t->error = TF_ERR_TYPE; return 0; }

static TfValue b_len(TfThread *t, TfValue *a, int64_t n) {
    if (n != 1 || !tf_has_kind(a[0], TF_KIND_LIST)) return type_error(t);
    return tf_int(((TfList *)a[0])->len);
}
static TfValue b_abs(TfThread *t, TfValue *a, int64_t n) {
    if (n != 1) return type_error(t);
    if (tf_is_int(a[0])) {
        int64_t v = tf_int_value(a[0]);
        if (v == TF_INT_MIN) { t->error = TF_ERR_VALUE; return 0; }
        return tf_int(v < 0 ? -v : v);
    }
    if (tf_has_kind(a[0], TF_KIND_FLOAT)) {
        double v = ((TfFloat *)a[0])->value;
        return tf_float_new(t, v < 0 ? -v : (v == 0 ? 0.0 : v));
    }
    return type_error(t);
}
static TfValue minmax(TfThread *t, TfValue *a, int64_t n, int want_max) {
    if (n < 2) return type_error(t);
    int64_t best = 0;
    for (int64_t i = 0; i < n; i++) {
        if (!tf_is_int(a[i])) return type_error(t);
        int64_t v = tf_int_value(a[i]);
        if (i == 0 || (want_max ? v > best : v < best)) best = v;
    }
    return tf_int(best);
}
static TfValue b_min(TfThread *t, TfValue *a, int64_t n) { return minmax(t, a, n, 0); }
static TfValue b_max(TfThread *t, TfValue *a, int64_t n) { return minmax(t, a, n, 1); }
static TfValue b_float(TfThread *t, TfValue *a, int64_t n) {
    if (n != 1 || !tf_is_int(a[0])) return type_error(t);
    return tf_float_new(t, (double)tf_int_value(a[0]));
}

/* range(stop): an iterator over range(stop), as iter(range(stop)) in Python. */
static TfValue b_range(TfThread *t, TfValue *a, int64_t n) {
    if (n != 1 || !tf_is_int(a[0])) return type_error(t);
    return tf_range_iter_new(t, 0, tf_int_value(a[0]), 1);
}

static const struct { const char *name; TfBuiltinFn fn; } builtins[] = {
    {"len", b_len}, {"abs", b_abs}, {"min", b_min}, {"max", b_max}, {"float", b_float}, {"range", b_range},
};

TfValue tf_builtin_new(TfThread *t, const char *name) {
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
int tf_sandbox_exit(TfFrame *frame, TfValue *sp, TfThread *t, int kind, uint64_t index, uint64_t target) {
    frame->sp = sp; t->exit_kind = kind; t->exit_index = index; t->exit_target = target; return kind;
}
