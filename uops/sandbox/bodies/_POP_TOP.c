#include "sandbox.h"

TF_UOP(_POP_TOP) {
    TfValue value = POP();
    tf_decref(value);
    NEXT();
}
