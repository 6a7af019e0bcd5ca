/* shadow.c — the sandbox's shadow-frame hooks (see TF_SHADOW_ENTER in tracefuse.h):
 * fused traces run on a copy of the frame's locals and stack that LLVM can keep in
 * registers, written back on every way out of the trace. */
#include "sandbox.h"

_Static_assert(sizeof(TfFrame) <= TF_SHADOW_FRAME_BYTES, "TfFrame must fit the shadow");

TF_SHADOW_ENTER {
    for (uint64_t i = 0; i < nslots; i++) slots[i] = frame->locals[i];
    *shadow = *frame;
    shadow->locals = slots;
    return slots + entry;
}

TF_SHADOW_LEAVE {
    for (uint64_t i = 0; i < nslots; i++) frame->locals[i] = slots[i];
    (void)shadow;
    return frame->locals + (sp - slots);
}
