#include "sandbox.h"

TF_UOP(_GUARD_TYPE_VERSION) {
    TfValue owner = PEEK(1);
    DEOPT_IF(!tf_has_kind(owner, TF_KIND_INSTANCE) || ((TfInstance *)owner)->cls->version != OPERAND0);
    NEXT();
}
