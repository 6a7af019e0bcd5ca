# stencil list_build for aarch64-unknown-linux-gnu: 700 code bytes, 0 data bytes, 8 holes
     0: ff8300d1                       sub sp, sp, #0x20
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: fd7b01a9                       stp x29, x30, [sp, #0x10]
     c: 0bf540a9                       ldp x11, x29, [x8, #0x8]
    10: 130140f9                       ldr x19, [x8]
    14: bd080037                       tbnz w29, #0x0, #0x114
    18: f5030baa                       mov x21, x11
    1c: 1900f8d2                       mov x25, #-0x4000000000000000
    20: 1b068052                       mov w27, #0x30
    24: 180a8052                       mov w24, #0x50
    28: 1a018052                       mov w26, #0x8
    2c: eb0700f9                       str x11, [sp, #0x8]
    30: a80b40b9                       ldr w8, [x29, #0x8]
    34: 1f110071                       cmp w8, #0x4
    38: 01090054                       b.ne #0x120
    3c: a82340f9                       ldr x8, [x29, #0x40]
    40: 1f0500f1                       cmp x8, #0x1
    44: ab000054                       b.lt #0x14
    48: bc2743a9                       ldp x28, x9, [x29, #0x30]
    4c: 9f0309eb                       cmp x28, x9
    50: ab000054                       b.lt #0x14
    54: 4d000014                       b #0x134
    58: bc2743a9                       ldp x28, x9, [x29, #0x30]
    5c: 9f0309eb                       cmp x28, x9
    60: 4d090054                       b.le #0x128
    64: 8803088b                       add x8, x28, x8
    68: a81b00f9                       str x8, [x29, #0x30]
    6c: b5000037                       tbnz w21, #0x0, #0x14
    70: a80240f9                       ldr x8, [x21]
    74: 080500f1                       subs x8, x8, #0x1
    78: a80200f9                       str x8, [x21]
    7c: e0040054                       b.eq #0x9c
    80: 93000037                       tbnz w19, #0x0, #0x10
    84: 680240f9                       ldr x8, [x19]
    88: 08050091                       add x8, x8, #0x1
    8c: 680200f9                       str x8, [x19]
    90: 88fb7fd3                       lsl x8, x28, #1
    94: 35008052                       mov w21, #0x1
    98: 23008052                       mov w3, #0x1
    9c: 95fb7fb3                       bfi x21, x28, #1, #63
    a0: 09fd4193                       asr x9, x8, #1
    a4: 287d099b                       mul x8, x9, x9
    a8: 297d499b                       smulh x9, x9, x9
    ac: 3ffd88eb                       cmp x9, x8, asr #63
    b0: 410f0054                       b.ne #0x1e8
    b4: 0901198b                       add x9, x8, x25
    b8: 090ff8b6                       tbz x9, #0x3f, #0x1e0
    bc: 3c008052                       mov w28, #0x1
    c0: e00316aa                       mov x0, x22
    c4: e10313aa                       mov x1, x19
    c8: 970708aa                       orr x23, x28, x8, lsl #1
    cc: e20317aa                       mov x2, x23
    d0: 00000094                       bl #0x0
        # hole +0xd0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_list_append+0
    d4: 20070035                       cbnz w0, #0xe4
    d8: f3000037                       tbnz w19, #0x0, #0x1c
    dc: 680240f9                       ldr x8, [x19]
    e0: 080500f1                       subs x8, x8, #0x1
    e4: 680200f9                       str x8, [x19]
    e8: 61000054                       b.ne #0xc
    ec: e00313aa                       mov x0, x19
    f0: 00000094                       bl #0x0
        # hole +0xf0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    f4: c8a640a9                       ldp x8, x9, [x22, #0x8]
    f8: 08050091                       add x8, x8, #0x1
    fc: 1f0109eb                       cmp x8, x9
   100: c80600f9                       str x8, [x22, #0x8]
   104: 0a070054                       b.ge #0xe0
   108: c80240f9                       ldr x8, [x22]
   10c: 880800b5                       cbnz x8, #0x110
   110: 1df90736                       tbz w29, #0x0, #-0xe0
   114: 11000014                       b #0x44
   118: e00315aa                       mov x0, x21
   11c: 00000094                       bl #0x0
        # hole +0x11c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   120: 33fb0736                       tbz w19, #0x0, #-0x9c
   124: dbffff17                       b #-0x94
   128: fc031f2a                       mov w28, wzr
   12c: e8031f2a                       mov w8, wzr
   130: e9031f2a                       mov w9, wzr
   134: 23008052                       mov w3, #0x1
   138: 1b038052                       mov w27, #0x18
   13c: 58018052                       mov w24, #0xa
   140: f5030baa                       mov x21, x11
   144: 3a008052                       mov w26, #0x1
   148: 8a0e40f9                       ldr x10, [x20, #0x18]
   14c: 7f010beb                       cmp x11, x11
   150: c1070054                       b.ne #0xf8
   154: 3e000014                       b #0xf8
   158: 3a008052                       mov w26, #0x1
   15c: fc031f2a                       mov w28, wzr
   160: e8031f2a                       mov w8, wzr
   164: e9031f2a                       mov w9, wzr
   168: e3031a2a                       mov w3, w26
   16c: 58018052                       mov w24, #0xa
   170: 1b038052                       mov w27, #0x18
   174: eb0740f9                       ldr x11, [sp, #0x8]
   178: 8a0e40f9                       ldr x10, [x20, #0x18]
   17c: bf020beb                       cmp x21, x11
   180: 41060054                       b.ne #0xc8
   184: 32000014                       b #0xc8
   188: 5a008052                       mov w26, #0x2
   18c: fc031f2a                       mov w28, wzr
   190: e8031f2a                       mov w8, wzr
   194: e9031f2a                       mov w9, wzr
   198: e3031a2a                       mov w3, w26
   19c: 98028052                       mov w24, #0x14
   1a0: 1b038052                       mov w27, #0x18
   1a4: eb0740f9                       ldr x11, [sp, #0x8]
   1a8: 8a0e40f9                       ldr x10, [x20, #0x18]
   1ac: bf020beb                       cmp x21, x11
   1b0: c1040054                       b.ne #0x98
   1b4: 26000014                       b #0x98
   1b8: e9031f2a                       mov w9, wzr
   1bc: 63008052                       mov w3, #0x3
   1c0: 3a018052                       mov w26, #0x9
   1c4: 580b8052                       mov w24, #0x5a
   1c8: 28008052                       mov w8, #0x1
   1cc: 1b048052                       mov w27, #0x20
   1d0: eb0740f9                       ldr x11, [sp, #0x8]
   1d4: 8a0e40f9                       ldr x10, [x20, #0x18]
   1d8: bf020beb                       cmp x21, x11
   1dc: 61030054                       b.ne #0x6c
   1e0: 1b000014                       b #0x6c
   1e4: 2a008052                       mov w10, #0x1
   1e8: fc031f2a                       mov w28, wzr
   1ec: e8031f2a                       mov w8, wzr
   1f0: e9031f2a                       mov w9, wzr
   1f4: 43008052                       mov w3, #0x2
   1f8: ca0200f9                       str x10, [x22]
   1fc: 1b038052                       mov w27, #0x18
   200: d80d8052                       mov w24, #0x6e
   204: 7a018052                       mov w26, #0xb
   208: eb0740f9                       ldr x11, [sp, #0x8]
   20c: 8a0e40f9                       ldr x10, [x20, #0x18]
   210: bf020beb                       cmp x21, x11
   214: a1010054                       b.ne #0x34
   218: 0d000014                       b #0x34
   21c: fc031f2a                       mov w28, wzr
   220: e8031f2a                       mov w8, wzr
   224: e9031f2a                       mov w9, wzr
   228: 43008052                       mov w3, #0x2
   22c: 7a018052                       mov w26, #0xb
   230: d80d8052                       mov w24, #0x6e
   234: 1b038052                       mov w27, #0x18
   238: eb0740f9                       ldr x11, [sp, #0x8]
   23c: 8a0e40f9                       ldr x10, [x20, #0x18]
   240: bf020beb                       cmp x21, x11
   244: 40000054                       b.eq #0x8
   248: 550500f9                       str x21, [x10, #0x8]
   24c: dc000034                       cbz w28, #0x18
   250: 530d00f9                       str x19, [x10, #0x18]
   254: 88000037                       tbnz w8, #0x0, #0x10
   258: 571100f9                       str x23, [x10, #0x20]
   25c: 49000034                       cbz w9, #0x8
   260: 551500f9                       str x21, [x10, #0x28]
   264: 080080d2                       mov x8, #0x0
        # hole +0x264: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   268: 41011b8b                       add x1, x10, x27
   26c: e00314aa                       mov x0, x20
   270: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x270: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   274: e20316aa                       mov x2, x22
   278: e50318aa                       mov x5, x24
   27c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x27c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   280: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x280: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   284: 04011a8b                       add x4, x8, x26
   288: 00000094                       bl #0x0
        # hole +0x288: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   28c: fd7b41a9                       ldp x29, x30, [sp, #0x10]
   290: ff830091                       add sp, sp, #0x20
   294: c0035fd6                       ret
   298: e8031f2a                       mov w8, wzr
   29c: f70315aa                       mov x23, x21
   2a0: 3c008052                       mov w28, #0x1
   2a4: 29008052                       mov w9, #0x1
   2a8: eb0740f9                       ldr x11, [sp, #0x8]
   2ac: 8a0e40f9                       ldr x10, [x20, #0x18]
   2b0: bf020beb                       cmp x21, x11
   2b4: a1fcff54                       b.ne #-0x6c
   2b8: e5ffff17                       b #-0x6c
