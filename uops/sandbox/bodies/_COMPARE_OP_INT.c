#include "sandbox.h"

TF_UOP(_COMPARE_OP_INT) {
    /* oparg: see TF_COMPARE (inputs are ints: a guard checked). */
    int64_t a = tf_int_value(PEEK(2)), b = tf_int_value(PEEK(1));
    int r = TF_COMPARE(OPARG, a, b);
    STACK_SHRINK(2);
    PUSH(tf_bool(r));
    NEXT();
}
