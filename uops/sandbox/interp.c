/* interp.c — the reference interpreter: a loop over a trace's instructions that calls the
 * same C bodies the stencils are built from, and follows side exits into other traces of
 * the set. Exits report `trace << 32 | instruction` as their index, as stencils do (the
 * `index` hole, docs/formats.md), so a run here and a run of stencils compare exactly.
 *
 * tf_uop_table.h is generated from uops.yaml by the harness that builds this runtime
 * (tracefuse-sandbox/src/runtime.rs, c_cases::uop_table): one TF_UOP_ENTRY(ID, NAME) line
 * per uop. It is expanded twice: body prototypes, then the dispatch switch. */
#include "sandbox.h"
#include <stdio.h>
#include <stdlib.h>

#define TF_UOP_ENTRY(ID, NAME) TF_UOP_DECL(NAME)
#include "tf_uop_table.h"
#undef TF_UOP_ENTRY

static TfBodyFn body_of(uint32_t id) {
    switch (id) {
#define TF_UOP_ENTRY(ID, NAME) \
    case ID:                   \
        return tf_uop_##NAME;
#include "tf_uop_table.h"
#undef TF_UOP_ENTRY
    default:
        return 0;
    }
}

/* The caller (src/sandbox.rs) validated the traces; these cannot happen with valid input. */
static _Noreturn void broken(const char *what, int64_t trace, int64_t pc, int64_t value) {
    fprintf(stderr, "tf_interpret: %s (trace %lld, instruction %lld: %lld)\n", what,
            (long long)trace, (long long)pc, (long long)value);
    abort();
}

int tf_interpret(TfFrame *frame, TfThread *tstate, const TfTraceCode *traces, int64_t ntraces,
                 int64_t start) {
    if (start < 0 || start >= ntraces) broken("no such start trace", start, 0, ntraces);
    TfValue *sp = frame->sp;
    /* A body may switch `frame` (a frame push or pop); exits report the current one. */
    int64_t cur = start, pc = 0;
    for (;;) {
        if (pc >= traces[cur].len) /* only an empty trace gets here */
            return tf_sandbox_exit(frame, sp, tstate, TF_EXIT_END, 0, 0);
        const TfInst *in = &traces[cur].insts[pc];
        TfBodyFn body = body_of(in->uop);
        if (!body) broken("unknown uop id", cur, pc, in->uop);
        void *result = 0;
        int status = body(&frame, &sp, tstate, in->oparg, in->operand0, in->operand1, in->target, &result);
        uint64_t at = ((uint64_t)cur << 32) | (uint64_t)pc;
        switch (status) {
        case TF_NEXT:
            if (++pc == traces[cur].len)
                return tf_sandbox_exit(frame, sp, tstate, TF_EXIT_END, 0, 0);
            break;
        case TF_JUMP_TOP:
            pc = 0;
            break;
        case TF_SIDE_EXIT:
            if (in->exit_trace >= 0) {
                /* Into another trace of the set, same stack; nothing is recorded. */
                if (in->exit_trace >= ntraces)
                    broken("no such exit trace", cur, pc, in->exit_trace);
                cur = in->exit_trace;
                pc = 0;
                break;
            }
            return tf_sandbox_exit(frame, sp, tstate, TF_EXIT_SIDE_EXIT, at, in->target);
        case TF_DEOPT:
            return tf_sandbox_exit(frame, sp, tstate, TF_EXIT_DEOPT, at, in->target);
        case TF_ERROR:
            return tf_sandbox_exit(frame, sp, tstate, TF_EXIT_ERROR, at, in->target);
        case TF_RETURN:
            /* What the body left in its result slot is what the trace returns. */
            return (int)(intptr_t)result;
        default:
            broken("body returned an unknown status", cur, pc, status);
        }
    }
}
