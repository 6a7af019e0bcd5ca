#include "sandbox.h"

TF_UOP(_CALL_BUILTIN_FAST) {
    /* (callable, args[oparg] -- res). The builtin borrows its arguments; they and the
     * callable are released whether or not it fails, then a failure raises. */
    TfValue callable = PEEK(OPARG + 1);
    DEOPT_IF(!tf_has_kind(callable, TF_KIND_BUILTIN));
    TfValue *args = stack_pointer - OPARG;
    TfValue res = ((TfBuiltin *)callable)->fn(tstate, args, (int64_t)OPARG);
    for (uint64_t i = 0; i < OPARG; i++) tf_decref(args[i]);
    STACK_SHRINK(OPARG + 1);
    tf_decref(callable);
    ERROR_IF(res == 0);
    PUSH(res);
    NEXT();
}
