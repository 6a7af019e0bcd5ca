#include "sandbox.h"

TF_UOP(_COMPARE_OP_INT) {
    /* oparg: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >= (inputs are ints: a guard checked). */
    int64_t a = tf_int_value(PEEK(2)), b = tf_int_value(PEEK(1));
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
    PUSH(tf_bool(r));
    NEXT();
}
