#include "sandbox.h"

TF_UOP(_BINARY_OP_TRUE_DIVIDE_FLOAT) {
    TfValue left = PEEK(2), right = PEEK(1);
    double divisor = ((TfFloat *)right)->value;
    double v = divisor == 0.0 ? 0.0 : ((TfFloat *)left)->value / divisor;
    STACK_SHRINK(2);
    tf_decref(left);
    tf_decref(right);
    if (divisor == 0.0) {
        tstate->error = TF_ERR_ZERO_DIVISION;
        ERROR_IF(1);
    }
    TfValue res = tf_float_new(tstate, v);
    ERROR_IF(res == 0);
    PUSH(res);
    NEXT();
}
