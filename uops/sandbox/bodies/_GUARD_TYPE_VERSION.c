#include "sandbox.h"

TF_UOP(_GUARD_TYPE_VERSION) {
    /* operand0: the class version the trace was specialized for. */
    TfValue owner = PEEK(1);
    DEOPT_IF(!tf_has_kind(owner, TF_KIND_INSTANCE));
    DEOPT_IF(((TfInstance *)owner)->cls->version != OPERAND0);
    NEXT();
}
