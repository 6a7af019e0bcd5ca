#include "sandbox.h"

TF_UOP(_NOP) {
    NEXT();
}
