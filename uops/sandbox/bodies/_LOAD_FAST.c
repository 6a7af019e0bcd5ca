#include "sandbox.h"

TF_UOP(_LOAD_FAST) {
    TfValue value = frame->locals[OPARG];
    tf_incref(value);
    PUSH(value);
    NEXT();
}
