# stencil _JUMP_TO_TOP@exit_to for aarch64-unknown-linux-gnu: 48 code bytes, 0 data bytes, 3 holes
     0: c8a640a9                       ldp x8, x9, [x22, #0x8]
     4: 08050091                       add x8, x8, #0x1
     8: 1f0109eb                       cmp x8, x9
     c: c80600f9                       str x8, [x22, #0x8]
    10: 8a000054                       b.ge #0x10
    14: c80240f9                       ldr x8, [x22]
    18: a80000b4                       cbz x8, #0x14
    1c: 00000014                       b #0x0
        # hole +0x1c: R_AARCH64_JUMP26 Aarch64Branch26 exit_trace+0
    20: 28008052                       mov w8, #0x1
    24: c80200f9                       str x8, [x22]
    28: 00000014                       b #0x0
        # hole +0x28: R_AARCH64_JUMP26 Aarch64Branch26 exit_trace+0
    2c: 00000014                       b #0x0
        # hole +0x2c: R_AARCH64_JUMP26 Aarch64Branch26 jump_target+0
