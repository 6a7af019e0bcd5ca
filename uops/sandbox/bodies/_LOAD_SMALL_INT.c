#include "sandbox.h"

TF_UOP(_LOAD_SMALL_INT) {
    PUSH(tf_int((int64_t)OPARG));
    NEXT();
}
