#include "sandbox.h"

TF_UOP(_BINARY_OP_SUBSCR_LIST_INT) {
    TfValue list = PEEK(2), sub = PEEK(1);
    DEOPT_IF(!tf_has_kind(list, TF_KIND_LIST) || !tf_is_int(sub));
    int64_t i = tf_int_value(sub);
    DEOPT_IF(i < 0 || i >= ((TfList *)list)->len);
    TfValue res = ((TfList *)list)->items[i];
    tf_incref(res);
    STACK_SHRINK(2);
    tf_decref(list);
    PUSH(res);
    NEXT();
}
