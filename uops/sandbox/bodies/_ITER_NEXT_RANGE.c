#include "sandbox.h"

TF_UOP(_ITER_NEXT_RANGE) {
    /* After _GUARD_NOT_EXHAUSTED_RANGE: next is a small int (tf_range_iter_new keeps the
     * bounds small). The step is added with wrap-around so that even an unguarded run
     * past the end is defined behaviour. Works for either sign of step. */
    TfRangeIter *r = (TfRangeIter *)PEEK(1);
    int64_t value = r->next;
    r->next = (int64_t)((uint64_t)value + (uint64_t)r->step);
    PUSH(tf_int(value));
    NEXT();
}
