/* tfc_prelude.h — helpers the generated cases.h builds VM states with (the sandbox
 * runtime's C API only). A case's setup function fills a TfcState; tfc_end frees it. */
#ifndef TFC_PRELUDE_H
#define TFC_PRELUDE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    TfThread *tstate;
    TfFrame *frame;
    TfInst *code[TFC_NTRACES];          /* each trace's instructions, as recorded */
    TfValue classes[TFC_MAX_CLASSES];
    const char *class_names[TFC_MAX_CLASSES];
    int nclasses;
    TfValue owned[4096];                /* runtime operands the instructions hold */
    size_t nowned;
} TfcState;

typedef struct {
    int trace;
    const char *name;
    void (*setup)(TfcState *s);
} TfcCase;

static _Noreturn void tfc_die(const char *what) {
    fprintf(stderr, "tfc: %s\n", what);
    exit(2);
}

static TfValue tfc_ok(TfValue v) {
    if (!v) tfc_die("the sandbox runtime could not make an object");
    return v;
}

static TfValue tfc_float(TfThread *t, uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof d);
    return tf_float_new(t, d);
}

static void tfc_append(TfThread *t, TfValue list, TfValue item) {
    if (tf_list_append(t, list, item) != 0) tfc_die("out of memory building a list");
}

static void tfc_set_slot(TfValue inst, int64_t i, TfValue v) {
    TfInstance *p = (TfInstance *)inst;
    if (i >= p->nslots) tfc_die("too many slots for the class");
    tf_decref(p->slots[i]);
    p->slots[i] = v;
}

static void tfc_own(TfcState *s, TfValue v) {
    if (s->nowned == sizeof s->owned / sizeof s->owned[0]) tfc_die("too many runtime operands");
    s->owned[s->nowned++] = v;
}

static void tfc_add_class(TfcState *s, const char *name, TfValue cls) {
    if (s->nclasses == TFC_MAX_CLASSES) tfc_die("too many classes");
    s->class_names[s->nclasses] = name;
    s->classes[s->nclasses++] = cls;
}

static TfValue tfc_class(TfcState *s, const char *name) {
    for (int i = 0; i < s->nclasses; i++) {
        if (strcmp(s->class_names[i], name) == 0) return s->classes[i];
    }
    tfc_die("an instance of a class the case does not define");
}

static void tfc_set_local(TfcState *s, int64_t i, TfValue v) {
    tf_decref(s->frame->locals[i]);
    s->frame->locals[i] = v;
}

static void tfc_begin(TfcState *s, int64_t nlocals, int64_t stack_size, int64_t tick_limit,
                      int eval_breaker) {
    memset(s, 0, sizeof *s);
    s->tstate = tf_thread_new();
    s->frame = tf_frame_new(nlocals, stack_size);
    if (!s->tstate || !s->frame) tfc_die("out of memory making a VM state");
    s->tstate->tick_limit = tick_limit;
    s->tstate->eval_breaker = eval_breaker;
    for (int t = 0; t < TFC_NTRACES; t++) {
        s->code[t] = calloc((size_t)tfc_trace_len[t] + 1, sizeof(TfInst));
        if (!s->code[t]) tfc_die("out of memory");
    }
}

static void tfc_end(TfcState *s) {
    for (size_t i = 0; i < s->nowned; i++) tf_decref(s->owned[i]);
    for (int t = 0; t < TFC_NTRACES; t++) free(s->code[t]);
    tf_frame_free(s->frame);
    tf_thread_free(s->tstate);
}

#endif
