#include "sandbox.h"

TF_UOP(_LOAD_ATTR_SLOT) {
    TfInstance *owner = (TfInstance *)PEEK(1);
    DEOPT_IF(OPARG >= (uint64_t)owner->nslots);
    TfValue attr = owner->slots[OPARG];
    tf_incref(attr);
    POKE(1, attr);
    tf_decref(tf_val(owner));
    NEXT();
}
