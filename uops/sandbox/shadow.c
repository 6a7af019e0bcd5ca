/* shadow.c — the sandbox's shadow-frame hooks (see TF_SHADOW_ENTER in tracefuse.h):
 * fused loops run on a copy of the frame's locals and stack that LLVM keeps in
 * registers; on the way out the generated code writes back the slots that changed. */
#include "sandbox.h"

_Static_assert(sizeof(TfFrame) <= TF_SHADOW_FRAME_BYTES, "TfFrame must fit the shadow");

TF_SHADOW_ENTER {
    *shadow = *frame;
    shadow->locals = slots;
}

TF_SHADOW_LOAD { return frame->locals[slot]; }

TF_SHADOW_STORE { frame->locals[slot] = value; }

TF_SHADOW_LEAVE {
    (void)shadow;
    return frame->locals + sp_slot;
}
