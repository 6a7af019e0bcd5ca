#include "sandbox.h"

TF_UOP(_TO_BOOL_INT) {
    TfValue value = PEEK(1);
    DEOPT_IF(!tf_is_int(value));
    POKE(1, tf_bool(tf_int_value(value) != 0));
    NEXT();
}
