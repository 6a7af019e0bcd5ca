#include "sandbox.h"

TF_UOP(_LOAD_CONST_INLINE) {
    TfValue value = (TfValue)OPERAND0;
    tf_incref(value);
    PUSH(value);
    NEXT();
}
