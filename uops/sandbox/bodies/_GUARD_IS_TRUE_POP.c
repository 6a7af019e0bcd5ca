#include "sandbox.h"

TF_UOP(_GUARD_IS_TRUE_POP) {
    EXIT_IF(PEEK(1) != tf_val(&tf_True));
    STACK_SHRINK(1); /* True is immortal */
    NEXT();
}
