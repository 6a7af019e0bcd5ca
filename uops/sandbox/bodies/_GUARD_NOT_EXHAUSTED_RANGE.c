#include "sandbox.h"

TF_UOP(_GUARD_NOT_EXHAUSTED_RANGE) {
    TfRangeIter *r = (TfRangeIter *)PEEK(1);
    EXIT_IF(r->step > 0 ? r->next >= r->stop : r->next <= r->stop);
    NEXT();
}
