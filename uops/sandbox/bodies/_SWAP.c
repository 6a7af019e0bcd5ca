#include "sandbox.h"

TF_UOP(_SWAP) {
    TfValue top = PEEK(1);
    POKE(1, PEEK(OPARG));
    POKE(OPARG, top);
    NEXT();
}
