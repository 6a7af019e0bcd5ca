#include "sandbox.h"

TF_UOP(_GUARD_IS_FALSE_POP) {
    EXIT_IF(PEEK(1) != tf_val(&tf_False));
    STACK_SHRINK(1); /* False is immortal */
    NEXT();
}
