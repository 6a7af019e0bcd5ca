#include "sandbox.h"

TF_UOP(_EXIT_TRACE) {
    EXIT_IF(1);
    NEXT();
}
