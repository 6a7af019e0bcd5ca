/* consumer.c — a C VM adopting tracefuse's output with no Rust and no LLVM in its build.
 *
 * It includes the generated jit_stencils.h (one target) and cases.h (the sandbox's trace
 * set and its cases, built as the sandbox VM records them), and for every case runs:
 *   1. the reference interpreter (interp.c);
 *   2. the fused stencils: each recorded trace is looked up by signature
 *      (tf_lookup_fused), emitted and patched into fresh memory, protected, and entered;
 *   3. the per-uop stencils stitched in trace order, as a VM does on a lookup miss;
 * and compares the three end states exactly (exit, error, ticks, locals, stack, every
 * live object with its refcount). Then, as a VM that recorded the trace with one
 * build-time `target` changed: installs every trace by lookup — the changed one misses
 * and is stitched, the others are fused — and compares with the interpreter on the
 * changed trace. It also checks that changing any assumed field, linked exit or uop of
 * a recorded trace misses the lookup. Memory is never writable
 * and executable at once. Prints a summary line; exit status 0 only when all agree.
 *
 *   consumer [--perturb] [--near]
 *     --perturb  patches every stitched `index` hole off by one, so a run must report
 *                mismatches (the check can fail);
 *     --near     maps the code near the runtime (a mmap hint), so calls reach without
 *                trampolines and GOT loads of runtime addresses relax to direct ones.
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sandbox.h"

static uint64_t perturb; /* --perturb: stitched `index` holes are patched off by one */
static int near;         /* --near: map code near the runtime, so calls and addresses reach */
#define TF_INSTRUCTION TfInst
#define TF_LINKED_SYMBOLS 1 /* sandbox.h and string.h declare every runtime symbol */
#include "jit_stencils.h"
#include "cases.h"

/* --- Windows stencils on an x86-64 Linux host ------------------------------------------
 * Stencils built for x86_64-pc-windows-msvc call the runtime with the Microsoft x64
 * convention. Here they get ms_abi wrappers of the runtime functions instead — and of
 * each builtin's function, which _CALL_BUILTIN_FAST calls through TfBuiltin.fn — so the
 * same stencils run on this host. Layouts and the stencil convention (preserve_none)
 * are the same on both systems. */
#if defined(TF_OBJECT_FORMAT_COFF) && defined(__x86_64__)
#define TFC_MS_ABI 1
#define MS __attribute__((ms_abi))
static MS TfValue ms_float_new(TfThread *t, double v) { return tf_float_new(t, v); }
static MS TfValue ms_list_new(TfThread *t, int64_t cap) { return tf_list_new(t, cap); }
static MS int ms_list_append(TfThread *t, TfValue l, TfValue v) { return tf_list_append(t, l, v); }
static MS TfValue ms_range_iter_new(TfThread *t, int64_t a, int64_t b, int64_t c) {
    return tf_range_iter_new(t, a, b, c);
}
static MS TfValue ms_list_iter_new(TfThread *t, TfValue l) { return tf_list_iter_new(t, l); }
static MS TfValue ms_instance_new(TfThread *t, TfValue c) { return tf_instance_new(t, c); }
static MS TfValue ms_class_new(TfThread *t, uint64_t v, int64_t n) { return tf_class_new(t, v, n); }
static MS TfValue ms_builtin_new(TfThread *t, const char *n) { return tf_builtin_new(t, n); }
static MS void ms_dealloc(TfObject *o) { tf_dealloc(o); }
static MS int ms_sandbox_exit(TfFrame *f, TfValue *sp, TfThread *t, int kind, uint64_t index,
                              uint64_t target) {
    return tf_sandbox_exit(f, sp, t, kind, index, target);
}
static MS void *ms_memcpy(void *d, const void *s, size_t n) { return memcpy(d, s, n); }
static MS void *ms_memmove(void *d, const void *s, size_t n) { return memmove(d, s, n); }
static MS void *ms_memset(void *d, int c, size_t n) { return memset(d, c, n); }

/* One wrapper per builtin function met so far (there are six). */
#define TFC_MAX_BUILTINS 16
static TfBuiltinFn builtin_fns[TFC_MAX_BUILTINS];
static size_t nbuiltin_fns;
#define MSB(k)                                                                              \
    static MS TfValue ms_builtin_##k(TfThread *t, TfValue *a, int64_t n) {                 \
        return builtin_fns[k](t, a, n);                                                     \
    }
MSB(0) MSB(1) MSB(2) MSB(3) MSB(4) MSB(5) MSB(6) MSB(7)
MSB(8) MSB(9) MSB(10) MSB(11) MSB(12) MSB(13) MSB(14) MSB(15)
static void *const ms_builtins[TFC_MAX_BUILTINS] = {
    (void *)ms_builtin_0,  (void *)ms_builtin_1,  (void *)ms_builtin_2,  (void *)ms_builtin_3,
    (void *)ms_builtin_4,  (void *)ms_builtin_5,  (void *)ms_builtin_6,  (void *)ms_builtin_7,
    (void *)ms_builtin_8,  (void *)ms_builtin_9,  (void *)ms_builtin_10, (void *)ms_builtin_11,
    (void *)ms_builtin_12, (void *)ms_builtin_13, (void *)ms_builtin_14, (void *)ms_builtin_15,
};

/* Points every builtin on the thread's heap at its ms_abi wrapper. */
static void ms_abi_builtins(TfThread *t) {
    for (TfObject *o = t->heap.heap_next; o && o != &t->heap; o = o->heap_next) {
        if (o->kind != TF_KIND_BUILTIN) continue;
        TfBuiltin *b = (TfBuiltin *)o;
        size_t k = 0;
        while (k < nbuiltin_fns && builtin_fns[k] != b->fn) k++;
        if (k == nbuiltin_fns) {
            if (k == TFC_MAX_BUILTINS) tfc_die("too many builtin functions");
            builtin_fns[nbuiltin_fns++] = b->fn;
        }
        b->fn = (TfBuiltinFn)ms_builtins[k];
    }
}
#define WRAP(sym, ms) (uintptr_t) & ms
#else
#define WRAP(sym, ms) (uintptr_t) & sym
#endif

/* --- runtime symbols ------------------------------------------------------------------- */
static uintptr_t runtime_symbol(const char *name) {
    static const struct {
        const char *name;
        uintptr_t addr;
    } table[] = {
        {"tf_None", (uintptr_t)&tf_None},
        {"tf_True", (uintptr_t)&tf_True},
        {"tf_False", (uintptr_t)&tf_False},
        {"tf_float_new", WRAP(tf_float_new, ms_float_new)},
        {"tf_list_new", WRAP(tf_list_new, ms_list_new)},
        {"tf_list_append", WRAP(tf_list_append, ms_list_append)},
        {"tf_range_iter_new", WRAP(tf_range_iter_new, ms_range_iter_new)},
        {"tf_list_iter_new", WRAP(tf_list_iter_new, ms_list_iter_new)},
        {"tf_instance_new", WRAP(tf_instance_new, ms_instance_new)},
        {"tf_class_new", WRAP(tf_class_new, ms_class_new)},
        {"tf_builtin_new", WRAP(tf_builtin_new, ms_builtin_new)},
        {"tf_dealloc", WRAP(tf_dealloc, ms_dealloc)},
        {"tf_sandbox_exit", WRAP(tf_sandbox_exit, ms_sandbox_exit)},
        {"memcpy", WRAP(memcpy, ms_memcpy)},
        {"memmove", WRAP(memmove, ms_memmove)},
        {"memset", WRAP(memset, ms_memset)},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (strcmp(table[i].name, name) == 0) return table[i].addr;
    }
    fprintf(stderr, "tfc: the stencils need runtime symbol `%s`, which this VM lacks\n", name);
    exit(2);
}

static uintptr_t symbols[TF_SYMBOL_COUNT + 1];
static size_t trampolines_used; /* over all runs: branches that needed a trampoline */
static size_t relaxed;          /* over all runs: GOT loads the emit code relaxed */

/* --- executable memory ------------------------------------------------------------------ */
typedef struct {
    const tf_stencil_group *group;
    tf_emit_ctx ctx;
    size_t code_at, data_at;
} Piece;

typedef struct {
    unsigned char *base;
    size_t len, code_total, tramp_at, tramps;
} Mapping;

static size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

/* Maps memory read-write for pieces whose code offsets are set: code, then the
 * trampoline area, then data on its own pages; sets each context's code and data. */
static Mapping reserve(Piece *pieces, size_t n, size_t code_len) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    Mapping m = {0};
    size_t data_len = 0;
    for (size_t i = 0; i < n; i++) {
        m.tramps += pieces[i].group->trampolines;
        data_len = round_up(data_len, 16);
        pieces[i].data_at = data_len;
        data_len += pieces[i].group->data_size;
    }
    m.tramp_at = round_up(code_len, 16);
    m.code_total = round_up(m.tramp_at + m.tramps * TF_TRAMPOLINE_SIZE + 1, page);
    m.len = m.code_total + round_up(data_len + 1, page);
    /* A hint, not MAP_FIXED: 96 MiB past the runtime's data, within every branch range. */
    void *hint = NULL;
    if (near) hint = (void *)(((uintptr_t)&tf_None + (96u << 20)) & ~(uintptr_t)((2u << 20) - 1));
    m.base = mmap(hint, m.len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m.base == MAP_FAILED) tfc_die("mmap failed");
    for (size_t i = 0; i < n; i++) {
        pieces[i].ctx.code = m.base + pieces[i].code_at;
        pieces[i].ctx.data = m.base + m.code_total + pieces[i].data_at;
    }
    return m;
}

static uintptr_t entry_of(const Piece *p) { return (uintptr_t)p->ctx.code + p->group->entry; }

/* Emits and patches every piece in order (a stitched piece may overwrite the dropped
 * continue jump of the one before), then makes code read+execute and data read-only. */
static void emit_and_protect(Mapping *m, Piece *pieces, size_t n) {
    unsigned char *tramp = m->base + m->tramp_at;
    for (size_t i = 0; i < n; i++) {
        tf_emit_ctx *c = &pieces[i].ctx;
        c->symbols = symbols;
        c->trampolines = m->base + m->tramp_at;
        c->trampolines_next = tramp;
        c->trampolines_end = m->base + m->tramp_at + m->tramps * TF_TRAMPOLINE_SIZE;
        c->error = NULL;
        pieces[i].group->emit(c);
        trampolines_used += (size_t)(c->trampolines_next - tramp) / TF_TRAMPOLINE_SIZE;
        relaxed += c->relaxed;
        tramp = c->trampolines_next;
        if (c->error) {
            fprintf(stderr, "tfc: emitting %s: %s\n", pieces[i].group->name, c->error);
            exit(2);
        }
    }
    if (mprotect(m->base, m->code_total, PROT_READ | PROT_EXEC) != 0) tfc_die("mprotect(code) failed");
    if (mprotect(m->base + m->code_total, m->len - m->code_total, PROT_READ) != 0) {
        tfc_die("mprotect(data) failed");
    }
    __builtin___clear_cache((char *)m->base, (char *)m->base + m->code_total);
}

#define TFC_MAX_PIECES 32768
#define TFC_MAX_LEN 1024
static Piece pieces[TFC_MAX_PIECES];
static uintptr_t exit_entries[TFC_NTRACES][TFC_MAX_LEN];
static tf_tree_member tree_members[TFC_NTRACES][TFC_NTRACES];

/* How traces are installed: all fused (each must find its own fused stencil), all
 * stitched, or as a VM does — fused on a lookup hit, stitched on a miss. */
enum { ALL_FUSED, ALL_STITCHED, LOOKUP };
static size_t fallbacks; /* LOOKUP: traces stitched because the lookup missed */

/* Lays out the end stub, then each trace — one fused stencil at TF_CODE_ALIGNMENT, or one
 * per-uop stencil per instruction back to back (each trace's first aligned), dropping
 * continue jumps that would jump to the next byte — then patches and protects. */
static Mapping load(TfcState *s, uintptr_t *entries, int policy) {
    memset(pieces, 0, sizeof pieces);
    pieces[0].group = &tf_end_group;
    size_t n = 1, at = tf_end_group.code_size;
    size_t first[TFC_NTRACES];
    int fused[TFC_NTRACES], hit[TFC_NTRACES];
    for (int t = 0; t < TFC_NTRACES; t++) {
        if (tfc_trace_len[t] > TFC_MAX_LEN) tfc_die("trace too long for this test");
        int f = policy == ALL_STITCHED ? -1 : tf_lookup_fused(s->code[t], (size_t)tfc_trace_len[t]);
        if (policy == ALL_FUSED && f != t) {
            fprintf(stderr, "tfc: trace %s: lookup gave %d, not its fused stencil\n", tfc_trace_names[t], f);
            exit(1);
        }
        fused[t] = hit[t] = f;
    }
    /* A trace tree's stencil runs its member traces as they were built: each must be a
     * trace this VM recorded whose own lookup hit (trace m is fused group m here). */
    for (int t = 0; t < TFC_NTRACES; t++) {
        if (fused[t] < 0) continue;
        const tf_fused_group *g = &tf_fused_groups[fused[t]];
        for (size_t k = 0; k < g->nmembers; k++) {
            int32_t m = g->members[k];
            if (m < 0 || m >= TFC_NTRACES || hit[m] != m) {
                if (policy == ALL_FUSED) tfc_die("a trace tree's member did not hit its own stencil");
                fused[t] = -1;
                break;
            }
            tree_members[t][k].instructions = s->code[m];
            tree_members[t][k].exit_targets = exit_entries[m];
            tree_members[t][k].index = (uint64_t)m << 32;
        }
    }
    for (int t = 0; t < TFC_NTRACES; t++) {
        int f = fused[t];
        fallbacks += policy == LOOKUP && hit[t] < 0; /* a tree whose member missed is not counted */
        at = round_up(at, TF_CODE_ALIGNMENT);
        first[t] = n;
        if (f >= 0) {
            pieces[n].group = &tf_fused_groups[f].group;
            pieces[n++].code_at = at;
            at += tf_fused_groups[f].group.code_size;
            continue;
        }
        for (int64_t i = 0; i < tfc_trace_len[t]; i++) {
            const tf_stencil_group *g = tf_uop_group(&s->code[t][i]);
            if (!g) {
                fprintf(stderr, "tfc: no per-uop stencil for uop %u\n", s->code[t][i].uop);
                exit(1);
            }
            if (n == TFC_MAX_PIECES) tfc_die("too many pieces");
            pieces[n].group = g;
            pieces[n++].code_at = at;
            at += g->code_size - (i + 1 < tfc_trace_len[t] ? g->continue_jump : 0);
        }
    }
    Mapping m = reserve(pieces, n, at);
    for (int t = 0; t < TFC_NTRACES; t++) entries[t] = entry_of(&pieces[first[t]]);
    uintptr_t end = entry_of(&pieces[0]);
    for (int t = 0; t < TFC_NTRACES; t++) {
        for (int64_t i = 0; i < tfc_trace_len[t]; i++) {
            int64_t to = s->code[t][i].exit_trace;
            exit_entries[t][i] = to >= 0 ? entries[to] : 0;
        }
        if (fused[t] >= 0) {
            tf_emit_ctx *c = &pieces[first[t]].ctx;
            c->instructions = s->code[t];
            c->exit_targets = exit_entries[t];
            c->index = (uint64_t)t << 32; /* instruction 0's exit index: exits add theirs */
            c->members = tree_members[t];
            c->continue_to = end;
            continue;
        }
        for (int64_t i = 0; i < tfc_trace_len[t]; i++) {
            Piece *p = &pieces[first[t] + (size_t)i];
            p->ctx.instructions = &s->code[t][i];
            p->ctx.exit_targets = &exit_entries[t][i];
            p->ctx.index = (((uint64_t)t << 32) | (uint64_t)i) + perturb;
            p->ctx.jump_target = entries[t];
            p->ctx.continue_to = i + 1 < tfc_trace_len[t] ? entry_of(p + 1) : end;
        }
    }
    emit_and_protect(&m, pieces, n);
    return m;
}

/* --- end states -------------------------------------------------------------------------- */
typedef struct {
    char *buf;
    size_t len, cap;
} Text;

static void put(Text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#include <stdarg.h>
static void put(Text *t, const char *fmt, ...) {
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int k = vsnprintf(t->buf + t->len, t->cap - t->len, fmt, ap);
        va_end(ap);
        if (k >= 0 && (size_t)k < t->cap - t->len) {
            t->len += (size_t)k;
            return;
        }
        t->cap = t->cap * 2 + 256;
        t->buf = realloc(t->buf, t->cap);
        if (!t->buf) tfc_die("out of memory");
    }
}

/* Objects are numbered in the order a depth-first walk from the frame's locals, then its
 * stack, reaches them (list items, a list iterator's list, an instance's class and
 * slots), then the rest in heap-list order: what is state is the object graph, not when
 * or how often objects were made (a fused stencil that sank a box never made it, and
 * makes the boxes an exit keeps in its own order). */
static TfObject **order;
static size_t norder, order_cap;
static TfValue *todo;
static size_t ntodo, todo_cap;

static void push_todo(TfValue v) {
    if (ntodo == todo_cap) {
        todo_cap = todo_cap * 2 + 64;
        todo = realloc(todo, todo_cap * sizeof *todo);
        if (!todo) tfc_die("out of memory");
    }
    todo[ntodo++] = v;
}

static int numbered_already(TfObject *o) {
    for (size_t i = 0; i < norder; i++)
        if (order[i] == o) return 1;
    return 0;
}

static void walk(TfValue root) {
    push_todo(root);
    while (ntodo) {
        TfValue v = todo[--ntodo];
        if (tf_is_int(v) || v == 0) continue;
        TfObject *o = tf_obj(v);
        if (!o->owner || numbered_already(o)) continue; /* an immortal, or numbered */
        if (norder == order_cap) {
            order_cap = order_cap * 2 + 64;
            order = realloc(order, order_cap * sizeof *order);
            if (!order) tfc_die("out of memory");
        }
        order[norder++] = o;
        switch (o->kind) { /* children pushed last first, so they are visited in order */
        case TF_KIND_LIST: {
            TfList *l = (TfList *)o;
            for (int64_t i = l->len; i-- > 0;) push_todo(l->items[i]);
            break;
        }
        case TF_KIND_LIST_ITER: push_todo(tf_val(((TfListIter *)o)->list)); break;
        case TF_KIND_INSTANCE: {
            TfInstance *in = (TfInstance *)o;
            for (int64_t i = in->nslots; i-- > 0;) push_todo(in->slots[i]);
            push_todo(tf_val(in->cls));
            break;
        }
        default: break;
        }
    }
}

static unsigned long long number(TfObject *o) {
    for (size_t i = 0; i < norder; i++)
        if (order[i] == o) return i + 1;
    return (unsigned long long)o->id;
}

/* A value as a reference: small int, singleton or #object-number. */
static void ref(Text *t, TfValue v) {
    if (tf_is_int(v)) put(t, "%lld", (long long)tf_int_value(v));
    else if (v == 0) put(t, "NULL");
    else if (v == tf_val(&tf_None)) put(t, "None");
    else if (v == tf_val(&tf_True)) put(t, "True");
    else if (v == tf_val(&tf_False)) put(t, "False");
    else put(t, "#%llu", number(tf_obj(v)));
}

static void object(Text *t, TfObject *o) {
    put(t, "#%llu rc=%lld ", number(o), (long long)o->refcnt);
    switch (o->kind) {
    case TF_KIND_FLOAT: {
        uint64_t bits;
        memcpy(&bits, &((TfFloat *)o)->value, 8);
        put(t, "float %a (%llx)", ((TfFloat *)o)->value, (unsigned long long)bits);
        break;
    }
    case TF_KIND_LIST: {
        TfList *l = (TfList *)o;
        put(t, "list [");
        for (int64_t i = 0; i < l->len; i++) { ref(t, l->items[i]); put(t, ","); }
        put(t, "]");
        break;
    }
    case TF_KIND_RANGE_ITER: {
        TfRangeIter *r = (TfRangeIter *)o;
        put(t, "range %lld %lld %lld", (long long)r->next, (long long)r->stop, (long long)r->step);
        break;
    }
    case TF_KIND_LIST_ITER: {
        TfListIter *it = (TfListIter *)o;
        put(t, "list_iter ");
        if (it->list) ref(t, tf_val(it->list)); else put(t, "exhausted");
        put(t, " at %lld", (long long)it->index);
        break;
    }
    case TF_KIND_CLASS: {
        TfClass *c = (TfClass *)o;
        put(t, "class v%llu slots %lld", (unsigned long long)c->version, (long long)c->nslots);
        break;
    }
    case TF_KIND_INSTANCE: {
        TfInstance *in = (TfInstance *)o;
        put(t, "instance of #%llu [", number(&in->cls->ob));
        for (int64_t i = 0; i < in->nslots; i++) { ref(t, in->slots[i]); put(t, ","); }
        put(t, "]");
        break;
    }
    case TF_KIND_BUILTIN: put(t, "builtin %s", ((TfBuiltin *)o)->name); break;
    default: put(t, "kind %u", o->kind);
    }
    put(t, "\n");
}

static const char *const exit_names[] = {"end", "deopt", "side_exit", "error"};

/* The whole observable state after a run. */
static char *snapshot(TfcState *s) {
    Text t = {0};
    TfThread *ts = s->tstate;
    TfFrame *f = s->frame;
    int64_t kind = ts->exit_kind;
    norder = 0;
    {
        TfValue *slots = f->locals;
        ptrdiff_t n = f->sp - (f->locals + f->nlocals);
        for (int64_t i = 0; i < f->nlocals; i++) walk(slots[i]);
        if (n >= 0 && n <= f->stack_size)
            for (ptrdiff_t i = 0; i < n; i++) walk(slots[f->nlocals + i]);
        for (TfObject *o = ts->heap.heap_next; o && o != &ts->heap; o = o->heap_next) walk(tf_val(o));
    }
    put(&t, "exit %s trace %llu instruction %llu target %llu\n",
        kind >= 0 && kind <= 3 ? exit_names[kind] : "?", (unsigned long long)(ts->exit_index >> 32),
        (unsigned long long)(ts->exit_index & 0xffffffffu), (unsigned long long)ts->exit_target);
    put(&t, "error %lld ticks %lld live %lld\nlocals", (long long)ts->error, (long long)ts->ticks,
        (long long)ts->live);
    for (int64_t i = 0; i < f->nlocals; i++) { put(&t, " "); ref(&t, f->locals[i]); }
    TfValue *base = f->locals + f->nlocals;
    ptrdiff_t depth = f->sp - base;
    put(&t, "\nstack");
    if (depth < 0 || depth > f->stack_size) put(&t, " <sp out of frame: %td>", depth);
    else for (ptrdiff_t i = 0; i < depth; i++) { put(&t, " "); ref(&t, base[i]); }
    put(&t, "\n");
    for (size_t i = 0; i < norder; i++) object(&t, order[i]);
    return t.buf;
}

/* --- the run --------------------------------------------------------------------------- */
enum { INTERP, FUSED, STITCHED, CHANGED_INTERP, CHANGED_VM, NMODES };
static const char *const mode_names[] = {"interpreter", "fused", "stitched", "interpreter (changed trace)",
                                         "lookup-or-stitch (changed trace)"};

/* The trace a VM records when a build-time `target` differs from the fused one's: the
 * first assumed target of the start trace, plus one (only where the exit is reported, so
 * the trace stays valid). Returns whether there was one to change. */
static int change_trace(TfcState *s, int t) {
    const tf_fused_group *g = &tf_fused_groups[t];
    for (size_t a = 0; a < g->nassumptions; a++) {
        if (g->assumptions[a].field == 3) {
            s->code[t][g->assumptions[a].instruction].target += 1;
            return 1;
        }
    }
    return 0;
}

static char *run(const TfcCase *c, int mode, int64_t *exit_kind) {
    TfcState s;
    if (getenv("TFC_VERBOSE")) { /* which run a crash happened in */
        fprintf(stderr, "tfc: %s / %s: %s\n", tfc_trace_names[c->trace], c->name, mode_names[mode]);
    }
    c->setup(&s);
    if (mode >= CHANGED_INTERP && !change_trace(&s, c->trace)) {
        tfc_end(&s);
        return NULL;
    }
    if (mode == INTERP || mode == CHANGED_INTERP) {
        TfTraceCode traces[TFC_NTRACES];
        for (int t = 0; t < TFC_NTRACES; t++) traces[t] = (TfTraceCode){s.code[t], tfc_trace_len[t]};
        tf_interpret(s.frame, s.tstate, traces, TFC_NTRACES, c->trace);
    } else {
        uintptr_t entries[TFC_NTRACES];
        int policy = mode == FUSED ? ALL_FUSED : mode == STITCHED ? ALL_STITCHED : LOOKUP;
#ifdef TFC_MS_ABI
        ms_abi_builtins(s.tstate);
#endif
        Mapping m = load(&s, entries, policy);
        TfStencilFn fn = (TfStencilFn)entries[c->trace];
        fn(s.frame, s.frame->sp, s.tstate);
        munmap(m.base, m.len);
    }
    *exit_kind = s.tstate->exit_kind;
    char *snap = snapshot(&s);
    tfc_end(&s);
    return snap;
}

/* Every single change to what a fused trace assumed must miss its lookup. */
static int check_lookups(int *misses) {
    TfcState s;
    int bad = 0;
    tfc_cases[0].setup(&s);
    for (int t = 0; t < TFC_NTRACES; t++) {
        const tf_fused_group *g = &tf_fused_groups[t];
        size_t n = (size_t)tfc_trace_len[t];
        TfInst *copy = calloc(n + 1, sizeof(TfInst));
        if (!copy) tfc_die("out of memory");
#define EXPECT_MISS(what, k)                                                                 \
    do {                                                                                     \
        if (tf_lookup_fused(copy, n) == t) {                                                 \
            fprintf(stderr, "tfc: %s: changing %s of instruction %zu still hits\n",          \
                    tfc_trace_names[t], what, (size_t)(k));                                  \
            bad++;                                                                           \
        }                                                                                    \
        (*misses)++;                                                                         \
        memcpy(copy, s.code[t], n * sizeof(TfInst));                                         \
    } while (0)
        memcpy(copy, s.code[t], n * sizeof(TfInst));
        for (size_t a = 0; a < g->nassumptions; a++) {
            const tf_assumption *x = &g->assumptions[a];
            TfInst *i = &copy[x->instruction];
            uint64_t *field = x->field == 0 ? &i->oparg : x->field == 1 ? &i->operand0
                              : x->field == 2 ? &i->operand1 : &i->target;
            *field += 1;
            EXPECT_MISS("an assumed field", x->instruction);
        }
        for (size_t k = 0; k < n; k++) {
            copy[k].exit_trace = copy[k].exit_trace >= 0 ? -1 : 0;
            EXPECT_MISS("the linked exit", k);
            copy[k].uop ^= 1;
            EXPECT_MISS("the uop", k);
        }
        copy[n] = copy[n - 1];
        if (tf_lookup_fused(copy, n + 1) == t) { fprintf(stderr, "tfc: a longer trace hits\n"); bad++; }
        if (tf_lookup_fused(copy, n - 1) == t) { fprintf(stderr, "tfc: a shorter trace hits\n"); bad++; }
        (*misses) += 2;
        free(copy);
#undef EXPECT_MISS
    }
    tfc_end(&s);
    return bad;
}

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--perturb") == 0) perturb = 1;
        else if (strcmp(argv[i], "--near") == 0) near = 1;
        else tfc_die("usage: consumer [--perturb] [--near]");
    }
    for (int i = 0; i < TF_SYMBOL_COUNT; i++) symbols[i] = runtime_symbol(tf_symbol_names[i]);
#ifndef TFC_MS_ABI
    /* The header's own address table (TF_LINKED_SYMBOLS) must agree with the names. */
    uintptr_t linked[TF_SYMBOL_COUNT + 1] = {0};
    tf_link_symbols(linked);
    for (int i = 0; i < TF_SYMBOL_COUNT; i++) {
        if (linked[i] != symbols[i]) {
            fprintf(stderr, "tfc: tf_link_symbols gives another address for %s\n", tf_symbol_names[i]);
            exit(2);
        }
    }
#endif
    size_t runs = 0, mismatches = 0, exits[4] = {0};
    for (size_t k = 0; k < TFC_NCASES; k++) {
        const TfcCase *c = &tfc_cases[k];
        int64_t kind[NMODES];
        char *snap[NMODES];
        for (int mode = 0; mode < NMODES; mode++) {
            snap[mode] = run(c, mode, &kind[mode]);
            runs += snap[mode] != NULL;
        }
        if (kind[INTERP] >= 0 && kind[INTERP] <= 3) exits[kind[INTERP]]++;
        for (int mode = 1; mode < NMODES; mode++) {
            int ref = mode == CHANGED_VM ? CHANGED_INTERP : INTERP;
            if (mode == CHANGED_INTERP || !snap[mode]) continue;
            if (strcmp(snap[ref], snap[mode]) != 0) {
                mismatches++;
                fprintf(stderr, "MISMATCH %s / %s: %s vs %s\n--- %s\n%s--- %s\n%s",
                        tfc_trace_names[c->trace], c->name, mode_names[ref], mode_names[mode],
                        mode_names[ref], snap[ref], mode_names[mode], snap[mode]);
            }
        }
        for (int mode = 0; mode < NMODES; mode++) free(snap[mode]);
    }
    int misses = 0;
    int bad_lookups = check_lookups(&misses);
    printf("tfc %s: %zu cases, %zu runs, %zu mismatches; exits end=%zu deopt=%zu side_exit=%zu "
           "error=%zu; lookups %d hits, %d changed traces, %d wrong hits; %zu trampolines; "
           "%zu stitched after a miss; %zu GOT loads relaxed\n",
           TF_STENCILS_TARGET, (size_t)TFC_NCASES, runs, mismatches, exits[0], exits[1], exits[2],
           exits[3], TFC_NTRACES, misses, bad_lookups, trampolines_used, fallbacks, relaxed);
    return mismatches || bad_lookups ? 1 : 0;
}
