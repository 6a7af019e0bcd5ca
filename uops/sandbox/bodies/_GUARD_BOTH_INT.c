#include "sandbox.h"

TF_UOP(_GUARD_BOTH_INT) {
    DEOPT_IF(!tf_is_int(PEEK(2)) || !tf_is_int(PEEK(1)));
    NEXT();
}
