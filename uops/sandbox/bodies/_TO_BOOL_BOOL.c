#include "sandbox.h"

TF_UOP(_TO_BOOL_BOOL) {
    DEOPT_IF(!tf_has_kind(PEEK(1), TF_KIND_BOOL));
    NEXT();
}
