# stencil nested_inner for aarch64-apple-darwin: 712 code bytes, 8 data bytes, 7 holes
     0: ff8300d1                       sub sp, sp, #0x20
     4: fd7b01a9                       stp x29, x30, [sp, #0x10]
     8: 880e40f9                       ldr x8, [x20, #0x18]
     c: 1c1540f9                       ldr x28, [x8, #0x28]
    10: 1c0b0037                       tbnz w28, #0x0, #0x160
    14: 170140f9                       ldr x23, [x8]
    18: 000940f9                       ldr x0, [x8, #0x10]
    1c: 890b40b9                       ldr w9, [x28, #0x8]
    20: 3f110071                       cmp w9, #0x4
    24: e00700f9                       str x0, [sp, #0x8]
    28: 010b0054                       b.ne #0x160
    2c: 1b0540f9                       ldr x27, [x8, #0x8]
    30: 73ff4193                       asr x19, x27, #1
    34: 38008052                       mov w24, #0x1
    38: 1900f8d2                       mov x25, #-0x4000000000000000
    3c: fa0317aa                       mov x26, x23
    40: 89a343a9                       ldp x9, x8, [x28, #0x38]
    44: 951b40f9                       ldr x21, [x28, #0x30]
    48: 1f0500f1                       cmp x8, #0x1
    4c: 8b000054                       b.lt #0x10
    50: bf0209eb                       cmp x21, x9
    54: 8b000054                       b.lt #0x10
    58: 30000014                       b #0xc0
    5c: bf0209eb                       cmp x21, x9
    60: cd050054                       b.le #0xb8
    64: a802088b                       add x8, x21, x8
    68: 881b00f9                       str x8, [x28, #0x30]
    6c: a0000037                       tbnz w0, #0x0, #0x14
    70: 080040f9                       ldr x8, [x0]
    74: 080500f1                       subs x8, x8, #0x1
    78: 080000f9                       str x8, [x0]
    7c: 80040054                       b.eq #0x90
    80: 9a000037                       tbnz w26, #0x0, #0x10
    84: 480340f9                       ldr x8, [x26]
    88: 08050091                       add x8, x8, #0x1
    8c: 480300f9                       str x8, [x26]
    90: 9b000037                       tbnz w27, #0x0, #0x10
    94: 680340f9                       ldr x8, [x27]
    98: 08050091                       add x8, x8, #0x1
    9c: 680300f9                       str x8, [x27]
    a0: a8fa7fd3                       lsl x8, x21, #1
    a4: 20008052                       mov w0, #0x1
    a8: a0fa7fb3                       bfi x0, x21, #1, #63
    ac: 08fd4193                       asr x8, x8, #1
    b0: 6a7e089b                       mul x10, x19, x8
    b4: 687e489b                       smulh x8, x19, x8
    b8: 1ffd8aeb                       cmp x8, x10, asr #63
    bc: 4801198b                       add x8, x10, x25
    c0: 000940fa                       ccmp x8, #0x0, #0x0, eq
    c4: e8b79f1a                       cset w8, ge
    c8: 8a0d0054                       b.ge #0x1b0
    cc: 3a0e0036                       tbz w26, #0x0, #0x1c4
    d0: 49059a8b                       add x9, x10, x26, asr #1
    d4: 3f0119ab                       cmn x9, x25
    d8: a50e0054                       b.pl #0x1d4
    dc: 1a0709aa                       orr x26, x24, x9, lsl #1
    e0: c90240f9                       ldr x9, [x22]
    e4: 290600b5                       cbnz x9, #0xc4
    e8: c9ae40a9                       ldp x9, x11, [x22, #0x8]
    ec: 29050091                       add x9, x9, #0x1
    f0: c90600f9                       str x9, [x22, #0x8]
    f4: 3f010beb                       cmp x9, x11
    f8: 8a060054                       b.ge #0xd0
    fc: 890b40b9                       ldr w9, [x28, #0x8]
   100: 3f110071                       cmp w9, #0x4
   104: e0f9ff54                       b.eq #-0xc4
   108: 3a000014                       b #0xe8
   10c: 00000094                       bl #0x0
        # hole +0x10c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   110: bafb0736                       tbz w26, #0x0, #-0x8c
   114: dfffff17                       b #-0x84
   118: 5f0317eb                       cmp x26, x23
   11c: 21010054                       b.ne #0x24
   120: e80740f9                       ldr x8, [sp, #0x8]
   124: 1f0008eb                       cmp x0, x8
   128: 61010054                       b.ne #0x2c
   12c: 880e40f9                       ldr x8, [x20, #0x18]
   130: 15c10091                       add x21, x8, #0x30
   134: fd7b41a9                       ldp x29, x30, [sp, #0x10]
   138: ff830091                       add sp, sp, #0x20
   13c: 00000014                       b #0x0
        # hole +0x13c: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace[2]+0
   140: 880e40f9                       ldr x8, [x20, #0x18]
   144: 1a0100f9                       str x26, [x8]
   148: e80740f9                       ldr x8, [sp, #0x8]
   14c: 1f0008eb                       cmp x0, x8
   150: e0feff54                       b.eq #-0x24
   154: 880e40f9                       ldr x8, [x20, #0x18]
   158: 000900f9                       str x0, [x8, #0x10]
   15c: 880e40f9                       ldr x8, [x20, #0x18]
   160: 15c10091                       add x21, x8, #0x30
   164: fd7b41a9                       ldp x29, x30, [sp, #0x10]
   168: ff830091                       add sp, sp, #0x20
   16c: 00000014                       b #0x0
        # hole +0x16c: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace[2]+0
   170: 8a0e40f9                       ldr x10, [x20, #0x18]
   174: 2d008052                       mov w13, #0x1
   178: 45018052                       mov w5, #0xa
   17c: 0c068052                       mov w12, #0x30
   180: 23008052                       mov w3, #0x1
   184: 33000014                       b #0xcc
   188: 09008052                       mov w9, #0x0
   18c: 08008052                       mov w8, #0x0
   190: 23008052                       mov w3, #0x1
   194: 0c068052                       mov w12, #0x30
   198: 45018052                       mov w5, #0xa
   19c: fa0317aa                       mov x26, x23
   1a0: 2d008052                       mov w13, #0x1
   1a4: 19000014                       b #0x64
   1a8: 09008052                       mov w9, #0x0
   1ac: 2b008052                       mov w11, #0x1
   1b0: 7b050aaa                       orr x27, x11, x10, lsl #1
   1b4: 43008052                       mov w3, #0x2
   1b8: 0c068052                       mov w12, #0x30
   1bc: 050f8052                       mov w5, #0x78
   1c0: 8d018052                       mov w13, #0xc
   1c4: 11000014                       b #0x44
   1c8: 09008052                       mov w9, #0x0
   1cc: 08008052                       mov w8, #0x0
   1d0: 2b008052                       mov w11, #0x1
   1d4: cb0200f9                       str x11, [x22]
   1d8: 43008052                       mov w3, #0x2
   1dc: 0c068052                       mov w12, #0x30
   1e0: 45108052                       mov w5, #0x82
   1e4: ad018052                       mov w13, #0xd
   1e8: 7b050aaa                       orr x27, x11, x10, lsl #1
   1ec: 07000014                       b #0x1c
   1f0: 09008052                       mov w9, #0x0
   1f4: 2d008052                       mov w13, #0x1
   1f8: bb050aaa                       orr x27, x13, x10, lsl #1
   1fc: 0c068052                       mov w12, #0x30
   200: 45018052                       mov w5, #0xa
   204: e3030daa                       mov x3, x13
   208: 8a0e40f9                       ldr x10, [x20, #0x18]
   20c: 5f0317eb                       cmp x26, x23
   210: 21010054                       b.ne #0x24
   214: eb0740f9                       ldr x11, [sp, #0x8]
   218: 1f000beb                       cmp x0, x11
   21c: 41010054                       b.ne #0x28
   220: 69010034                       cbz w9, #0x2c
   224: 5a6d03a9                       stp x26, x27, [x10, #0x30]
   228: 48010034                       cbz w8, #0x28
   22c: 402100f9                       str x0, [x10, #0x40]
   230: 08000014                       b #0x20
   234: 5a0100f9                       str x26, [x10]
   238: eb0740f9                       ldr x11, [sp, #0x8]
   23c: 1f000beb                       cmp x0, x11
   240: 00ffff54                       b.eq #-0x20
   244: 400900f9                       str x0, [x10, #0x10]
   248: e9feff35                       cbnz w9, #-0x24
   24c: 0c068052                       mov w12, #0x30
   250: 08000090                       adrp x8, #0
        # hole +0x250: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   254: 080140f9                       ldr x8, [x8]
        # hole +0x254: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   258: 41010c8b                       add x1, x10, x12
   25c: 04010d8b                       add x4, x8, x13
   260: e00314aa                       mov x0, x20
   264: e20316aa                       mov x2, x22
   268: 00000094                       bl #0x0
        # hole +0x268: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   26c: fd7b41a9                       ldp x29, x30, [sp, #0x10]
   270: ff830091                       add sp, sp, #0x20
   274: c0035fd6                       ret
   278: 23008052                       mov w3, #0x1
   27c: 29008052                       mov w9, #0x1
   280: 0c098052                       mov w12, #0x48
   284: 050a8052                       mov w5, #0x50
   288: 0d018052                       mov w13, #0x8
   28c: dfffff17                       b #-0x84
   290: 23008052                       mov w3, #0x1
   294: 7b040aaa                       orr x27, x3, x10, lsl #1
   298: 0c088052                       mov w12, #0x40
   29c: 450b8052                       mov w5, #0x5a
   2a0: 2d018052                       mov w13, #0x9
   2a4: e90303aa                       mov x9, x3
   2a8: d8ffff17                       b #-0xa0
   2ac: 29008052                       mov w9, #0x1
   2b0: 3b050aaa                       orr x27, x9, x10, lsl #1
   2b4: 0c088052                       mov w12, #0x40
   2b8: 850c8052                       mov w5, #0x64
   2bc: 4d018052                       mov w13, #0xa
   2c0: e30309aa                       mov x3, x9
   2c4: d1ffff17                       b #-0xbc
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
