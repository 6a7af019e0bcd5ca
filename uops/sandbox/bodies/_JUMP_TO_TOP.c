#include "sandbox.h"

TF_UOP(_JUMP_TO_TOP) {
    /* The back edge counts as a tick of the VM's timer, which sets the eval breaker. */
    if (++tstate->ticks >= tstate->tick_limit) tstate->eval_breaker = 1;
    EXIT_IF(tstate->eval_breaker != 0);
    JUMP_TO_TOP();
}
