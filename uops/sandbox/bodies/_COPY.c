#include "sandbox.h"

TF_UOP(_COPY) {
    TfValue bottom = PEEK(OPARG);
    tf_incref(bottom);
    PUSH(bottom);
    NEXT();
}
