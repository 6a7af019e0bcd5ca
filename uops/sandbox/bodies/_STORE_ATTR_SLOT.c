#include "sandbox.h"

TF_UOP(_STORE_ATTR_SLOT) {
    TfInstance *owner = (TfInstance *)PEEK(1);
    DEOPT_IF(OPARG >= (uint64_t)owner->nslots);
    TfValue value = PEEK(2);
    STACK_SHRINK(2);
    TfValue old = owner->slots[OPARG];
    owner->slots[OPARG] = value;
    tf_decref(old);
    tf_decref(tf_val(owner));
    NEXT();
}
