#include "sandbox.h"

TF_UOP(_BINARY_OP_ADD_FLOAT) {
    TfValue left = PEEK(2), right = PEEK(1);
    double v = ((TfFloat *)left)->value + ((TfFloat *)right)->value;
    STACK_SHRINK(2);
    tf_decref(left);
    tf_decref(right);
    TfValue res = tf_float_new(tstate, v);
    ERROR_IF(res == 0);
    PUSH(res);
    NEXT();
}
