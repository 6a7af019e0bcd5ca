#include "sandbox.h"

TF_UOP(_LOAD_ATTR_SLOT) {
    /* Usually after _GUARD_TYPE_VERSION, which makes the kind test redundant (it folds
     * away in fused code); standalone it keeps the slot read in bounds. */
    TfValue owner = PEEK(1);
    DEOPT_IF(!tf_has_kind(owner, TF_KIND_INSTANCE));
    TfInstance *inst = (TfInstance *)owner;
    DEOPT_IF(OPARG >= (uint64_t)inst->nslots);
    TfValue attr = inst->slots[OPARG];
    tf_incref(attr);
    POKE(1, attr);
    tf_decref(owner);
    NEXT();
}
