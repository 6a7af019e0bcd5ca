#include "sandbox.h"

TF_UOP(_ITER_NEXT_LIST) {
    TfListIter *it = (TfListIter *)PEEK(1);
    TfValue next = it->list->items[it->index++];
    tf_incref(next);
    PUSH(next);
    NEXT();
}
