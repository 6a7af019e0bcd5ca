#include "sandbox.h"

TF_UOP(_LIST_APPEND) {
    TfValue v = POP();
    TfValue list = PEEK(OPARG);
    /* tf_list_append steals v, also on failure. */
    ERROR_IF(tf_list_append(tstate, list, v) != 0);
    NEXT();
}
