#include "sandbox.h"

TF_UOP(_ITER_NEXT_RANGE) {
    TfRangeIter *r = (TfRangeIter *)PEEK(1);
    int64_t next = r->next;
    r->next += r->step;
    PUSH(tf_int(next));
    NEXT();
}
