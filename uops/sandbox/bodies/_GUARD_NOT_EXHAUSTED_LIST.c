#include "sandbox.h"

TF_UOP(_GUARD_NOT_EXHAUSTED_LIST) {
    /* The iterator stays on the stack when it exits. Unsigned: an index below 0 counts as
     * exhausted too, so _ITER_NEXT_LIST never reads outside the list. */
    TfListIter *it = (TfListIter *)PEEK(1);
    EXIT_IF((uint64_t)it->index >= (uint64_t)it->list->len);
    NEXT();
}
