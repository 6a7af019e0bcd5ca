#include "sandbox.h"

TF_UOP(_SET_IP) {
    /* The sandbox keeps no instruction pointer in the frame. */
    NEXT();
}
