#include "sandbox.h"

TF_UOP(_CHECK_EVAL_BREAKER) {
    EXIT_IF(tstate->eval_breaker != 0);
    NEXT();
}
