#include "sandbox.h"

TF_UOP(_CHECK_VALIDITY) {
    /* A sandbox trace is never invalidated; the deopt is declared as in CPython. */
    NEXT();
}
