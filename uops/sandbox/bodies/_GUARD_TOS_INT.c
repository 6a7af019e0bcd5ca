#include "sandbox.h"

TF_UOP(_GUARD_TOS_INT) {
    DEOPT_IF(!tf_is_int(PEEK(1)));
    NEXT();
}
