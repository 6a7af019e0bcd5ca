#include "sandbox.h"

TF_UOP(_ITER_CHECK_RANGE) {
    DEOPT_IF(!tf_has_kind(PEEK(1), TF_KIND_RANGE_ITER));
    NEXT();
}
