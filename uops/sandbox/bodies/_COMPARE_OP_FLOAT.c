#include "sandbox.h"

TF_UOP(_COMPARE_OP_FLOAT) {
    /* oparg: see TF_COMPARE (inputs are floats: a guard checked). */
    TfValue left = PEEK(2), right = PEEK(1);
    double a = ((TfFloat *)left)->value, b = ((TfFloat *)right)->value;
    int r = TF_COMPARE(OPARG, a, b);
    STACK_SHRINK(2);
    tf_decref(left);
    tf_decref(right);
    PUSH(tf_bool(r));
    NEXT();
}
