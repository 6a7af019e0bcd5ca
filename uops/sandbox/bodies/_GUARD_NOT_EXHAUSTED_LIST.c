#include "sandbox.h"

TF_UOP(_GUARD_NOT_EXHAUSTED_LIST) {
    TfListIter *it = (TfListIter *)PEEK(1);
    EXIT_IF(it->index >= it->list->len);
    NEXT();
}
