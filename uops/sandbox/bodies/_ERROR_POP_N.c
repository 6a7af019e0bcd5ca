#include "sandbox.h"

TF_UOP(_ERROR_POP_N) {
    for (uint64_t i = 0; i < OPARG; i++) tf_decref(POP());
    tstate->error = TF_ERR_RAISED;
    ERROR_IF(1);
    NEXT();
}
