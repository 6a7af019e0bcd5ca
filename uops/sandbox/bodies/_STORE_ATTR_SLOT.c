#include "sandbox.h"

TF_UOP(_STORE_ATTR_SLOT) {
    /* (value, owner -- ): the slot takes over the stack's reference to value. */
    TfValue owner = PEEK(1);
    DEOPT_IF(!tf_has_kind(owner, TF_KIND_INSTANCE));
    TfInstance *inst = (TfInstance *)owner;
    DEOPT_IF(OPARG >= (uint64_t)inst->nslots);
    TfValue value = PEEK(2);
    STACK_SHRINK(2);
    TfValue old = inst->slots[OPARG];
    inst->slots[OPARG] = value;
    tf_decref(old);
    tf_decref(owner);
    NEXT();
}
