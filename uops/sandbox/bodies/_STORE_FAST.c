#include "sandbox.h"

TF_UOP(_STORE_FAST) {
    TfValue value = POP();
    TfValue old = frame->locals[OPARG];
    frame->locals[OPARG] = value;
    tf_decref(old);
    NEXT();
}
