/* tf_enter.c — enter a stencil from ordinary C (and so from Rust).
 *
 * Stencils use the preserve_none calling convention, which Rust cannot call directly.
 * tf_enter calls one with the frame / stack pointer / thread state triple and returns
 * what the stencil's exit returned. Linked into tracefuse for its loader.
 */
#include <stdint.h>

typedef struct TfFrame TfFrame;
typedef struct TfThread TfThread;
typedef uintptr_t TfValue;
#include "tracefuse.h"

typedef int(TF_STENCIL_CC *TfEntryFn)(void *frame, void *sp, void *tstate);

int tf_enter(const void *code, void *frame, void *sp, void *tstate) {
    TfEntryFn fn = (TfEntryFn)(uintptr_t)code;
    return fn(frame, sp, tstate);
}
