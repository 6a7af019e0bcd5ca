#include "sandbox.h"

TF_UOP(_GUARD_BOTH_FLOAT) {
    DEOPT_IF(!tf_has_kind(PEEK(2), TF_KIND_FLOAT) || !tf_has_kind(PEEK(1), TF_KIND_FLOAT));
    NEXT();
}
