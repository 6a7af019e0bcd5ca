#include "sandbox.h"

TF_UOP(_BINARY_OP_MULTIPLY_INT) {
    /* Inputs are ints (a guard checked); leaving the 63-bit range deopts. */
    int64_t res;
    int overflow = __builtin_mul_overflow(tf_int_value(PEEK(2)), tf_int_value(PEEK(1)), &res);
    DEOPT_IF(overflow || res > TF_INT_MAX || res < TF_INT_MIN);
    STACK_SHRINK(2);
    PUSH(tf_int(res));
    NEXT();
}
