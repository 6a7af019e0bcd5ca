/* interp.c — the reference interpreter: a loop over a trace's instructions calling the
 * same C bodies the stencils are built from, following side exits into other traces.
 * Exits report `trace << 32 | instruction` as their index, as stencils do. The dispatch
 * table tf_uop_table.h is generated from uops.yaml by build.rs. */
#include "sandbox.h"
#define TF_UOP_ENTRY(ID, NAME) TF_UOP_DECL(NAME)
#include "tf_uop_table.h"
#undef TF_UOP_ENTRY
static TfBodyFn body_of(uint32_t id) {
    switch (id) {
#define TF_UOP_ENTRY(ID, NAME) case ID: return tf_uop_##NAME;
#include "tf_uop_table.h"
#undef TF_UOP_ENTRY
    default: return 0;
    }
}
int tf_interpret(TfFrame *frame, TfThread *tstate, const TfTraceCode *traces, int64_t ntraces, int64_t start) {
    TfValue *sp = frame->sp; int64_t cur = start, pc = 0;
    (void)ntraces;
    for (;;) {
        const TfInst *in = &traces[cur].insts[pc];
        int s = body_of(in->uop)(frame, &sp, tstate, in->oparg, in->operand0, in->operand1, in->target);
        uint64_t at = ((uint64_t)cur << 32) | (uint64_t)pc;
        switch (s) {
        case TF_NEXT: if (++pc == traces[cur].len) return tf_sandbox_exit(frame, sp, tstate, TF_EXIT_END, 0, 0); break;
        case TF_JUMP_TOP: pc = 0; break;
        case TF_SIDE_EXIT: if (in->exit_trace >= 0) { cur = in->exit_trace; pc = 0; break; }
            return tf_sandbox_exit(frame, sp, tstate, TF_EXIT_SIDE_EXIT, at, in->target);
        case TF_DEOPT: return tf_sandbox_exit(frame, sp, tstate, TF_EXIT_DEOPT, at, in->target);
        default: return tf_sandbox_exit(frame, sp, tstate, TF_EXIT_ERROR, at, in->target);
        }
    }
}
