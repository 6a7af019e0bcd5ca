#include "sandbox.h"

TF_UOP(_DEOPT) {
    DEOPT_IF(1);
    NEXT();
}
