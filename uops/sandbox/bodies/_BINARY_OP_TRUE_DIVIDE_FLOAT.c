#include "sandbox.h"

TF_UOP(_BINARY_OP_TRUE_DIVIDE_FLOAT) {
    /* Inputs are floats (a guard checked). Dividing by 0.0 or -0.0 raises
     * ZeroDivisionError, after the inputs are popped and released. */
    TfValue left = PEEK(2), right = PEEK(1);
    double dividend = ((TfFloat *)left)->value;
    double divisor = ((TfFloat *)right)->value;
    STACK_SHRINK(2);
    tf_decref(left);
    tf_decref(right);
    if (divisor == 0.0) {
        tstate->error = TF_ERR_ZERO_DIVISION;
        ERROR_IF(1);
    }
    TfValue res = tf_float_new(tstate, dividend / divisor);
    ERROR_IF(res == 0);
    PUSH(res);
    NEXT();
}
