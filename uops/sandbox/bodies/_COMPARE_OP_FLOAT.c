#include "sandbox.h"

TF_UOP(_COMPARE_OP_FLOAT) {
    /* oparg as _COMPARE_OP_INT; inputs are floats (a guard checked). */
    TfValue left = PEEK(2), right = PEEK(1);
    double a = ((TfFloat *)left)->value, b = ((TfFloat *)right)->value;
    int r;
    switch (OPARG) {
    case 0: r = a < b; break;
    case 1: r = a <= b; break;
    case 2: r = a == b; break;
    case 3: r = a != b; break;
    case 4: r = a > b; break;
    default: r = a >= b; break;
    }
    STACK_SHRINK(2);
    tf_decref(left);
    tf_decref(right);
    PUSH(tf_bool(r));
    NEXT();
}
