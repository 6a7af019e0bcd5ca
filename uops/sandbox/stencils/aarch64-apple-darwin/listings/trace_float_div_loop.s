# stencil float_div_loop for aarch64-apple-darwin: 1024 code bytes, 8 data bytes, 15 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 154d40a9                       ldp x21, x19, [x8]
     c: 176541a9                       ldp x23, x25, [x8, #0x10]
    10: d9010037                       tbnz w25, #0x0, #0x38
    14: 280b40b9                       ldr w8, [x25, #0x8]
    18: 1f110071                       cmp w8, #0x4
    1c: 21020054                       b.ne #0x44
    20: 29a343a9                       ldp x9, x8, [x25, #0x38]
    24: 381b40f9                       ldr x24, [x25, #0x30]
    28: 1f0500f1                       cmp x8, #0x1
    2c: 6b020054                       b.lt #0x4c
    30: 1f0309eb                       cmp x24, x9
    34: 6b020054                       b.lt #0x4c
    38: 49008052                       mov w9, #0x2
    3c: 08048052                       mov w8, #0x20
    40: 85028052                       mov w5, #0x14
    44: 0a000014                       b #0x28
    48: 23008052                       mov w3, #0x1
    4c: 08048052                       mov w8, #0x20
    50: 45018052                       mov w5, #0xa
    54: f80317aa                       mov x24, x23
    58: 29008052                       mov w9, #0x1
    5c: 41000014                       b #0x104
    60: 29008052                       mov w9, #0x1
    64: 08048052                       mov w8, #0x20
    68: 45018052                       mov w5, #0xa
    6c: f80317aa                       mov x24, x23
    70: e30309aa                       mov x3, x9
    74: 3b000014                       b #0xec
    78: 1f0309eb                       cmp x24, x9
    7c: edfdff54                       b.le #-0x44
    80: 0803088b                       add x8, x24, x8
    84: 281b00f9                       str x8, [x25, #0x30]
    88: 3a008052                       mov w26, #0x1
    8c: f7000037                       tbnz w23, #0x0, #0x1c
    90: e80240f9                       ldr x8, [x23]
    94: 080500f1                       subs x8, x8, #0x1
    98: e80200f9                       str x8, [x23]
    9c: 61000054                       b.ne #0xc
    a0: e00317aa                       mov x0, x23
    a4: 00000094                       bl #0x0
        # hole +0xa4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    a8: 15010037                       tbnz w21, #0x0, #0x20
    ac: a80240f9                       ldr x8, [x21]
    b0: 08050091                       add x8, x8, #0x1
    b4: a80200f9                       str x8, [x21]
    b8: 580718aa                       orr x24, x26, x24, lsl #1
    bc: b3000036                       tbz w19, #0x0, #0x14
    c0: 15010036                       tbz w21, #0x0, #0x20
    c4: 23000014                       b #0x8c
    c8: 580718aa                       orr x24, x26, x24, lsl #1
    cc: b3ff0737                       tbnz w19, #0x0, #-0xc
    d0: 680240f9                       ldr x8, [x19]
    d4: 08050091                       add x8, x8, #0x1
    d8: 680200f9                       str x8, [x19]
    dc: b5030037                       tbnz w21, #0x0, #0x74
    e0: a80a40b9                       ldr w8, [x21, #0x8]
    e4: 1f090071                       cmp w8, #0x2
    e8: 41030054                       b.ne #0x68
    ec: 33030037                       tbnz w19, #0x0, #0x64
    f0: 680a40b9                       ldr w8, [x19, #0x8]
    f4: 1f090071                       cmp w8, #0x2
    f8: c1020054                       b.ne #0x58
    fc: a81a40fd                       ldr d8, [x21, #0x30]
   100: 691a40fd                       ldr d9, [x19, #0x30]
   104: a80240f9                       ldr x8, [x21]
   108: 080500f1                       subs x8, x8, #0x1
   10c: a80200f9                       str x8, [x21]
   110: e1040054                       b.ne #0x9c
   114: e00315aa                       mov x0, x21
   118: 00000094                       bl #0x0
        # hole +0x118: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   11c: 680240f9                       ldr x8, [x19]
   120: 080500f1                       subs x8, x8, #0x1
   124: 680200f9                       str x8, [x19]
   128: a0040054                       b.eq #0x94
   12c: 2821601e                       fcmp d9, #0.0
   130: e1040054                       b.ne #0x9c
   134: 28008052                       mov w8, #0x1
   138: c80e00f9                       str x8, [x22, #0x18]
   13c: 63008052                       mov w3, #0x3
   140: 08048052                       mov w8, #0x20
   144: 050a8052                       mov w5, #0x50
   148: 09018052                       mov w9, #0x8
   14c: 05000014                       b #0x14
   150: 23008052                       mov w3, #0x1
   154: 08068052                       mov w8, #0x30
   158: c5088052                       mov w5, #0x46
   15c: e9008052                       mov w9, #0x7
   160: 8a0e40f9                       ldr x10, [x20, #0x18]
   164: 1f0317eb                       cmp x24, x23
   168: a1010054                       b.ne #0x34
   16c: 1f8500f1                       cmp x8, #0x21
   170: 43000054                       b.lo #0x8
   174: 554d02a9                       stp x21, x19, [x10, #0x20]
   178: 0b000090                       adrp x11, #0
        # hole +0x178: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   17c: 6b0140f9                       ldr x11, [x11]
        # hole +0x17c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   180: 4101088b                       add x1, x10, x8
   184: 6401098b                       add x4, x11, x9
   188: e00314aa                       mov x0, x20
   18c: e20316aa                       mov x2, x22
   190: 00000094                       bl #0x0
        # hole +0x190: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   194: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   198: c0035fd6                       ret
   19c: 580900f9                       str x24, [x10, #0x10]
   1a0: 1f8500f1                       cmp x8, #0x21
   1a4: 82feff54                       b.hs #-0x30
   1a8: f4ffff17                       b #-0x30
   1ac: 680240f9                       ldr x8, [x19]
   1b0: 080500f1                       subs x8, x8, #0x1
   1b4: 680200f9                       str x8, [x19]
   1b8: a1fbff54                       b.ne #-0x8c
   1bc: e00313aa                       mov x0, x19
   1c0: 00000094                       bl #0x0
        # hole +0x1c0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1c4: 2821601e                       fcmp d9, #0.0
   1c8: 60fbff54                       b.eq #-0x94
   1cc: a80240f9                       ldr x8, [x21]
   1d0: 080500f1                       subs x8, x8, #0x1
   1d4: a80200f9                       str x8, [x21]
   1d8: 61000054                       b.ne #0xc
   1dc: e00315aa                       mov x0, x21
   1e0: 00000094                       bl #0x0
        # hole +0x1e0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1e4: c8a640a9                       ldp x8, x9, [x22, #0x8]
   1e8: 08050091                       add x8, x8, #0x1
   1ec: c80600f9                       str x8, [x22, #0x8]
   1f0: 0019691e                       fdiv d0, d8, d9
   1f4: 1f0109eb                       cmp x8, x9
   1f8: 8a0c0054                       b.ge #0x190
   1fc: c80240f9                       ldr x8, [x22]
   200: 880c00b5                       cbnz x8, #0x190
   204: 280b40b9                       ldr w8, [x25, #0x8]
   208: 1f110071                       cmp w8, #0x4
   20c: 010b0054                       b.ne #0x160
   210: 2aa743a9                       ldp x10, x9, [x25, #0x38]
   214: 281b40f9                       ldr x8, [x25, #0x30]
   218: 3f0500f1                       cmp x9, #0x1
   21c: 8b000054                       b.lt #0x10
   220: 1f010aeb                       cmp x8, x10
   224: 8b000054                       b.lt #0x10
   228: 66000014                       b #0x198
   22c: 1f010aeb                       cmp x8, x10
   230: 8d0c0054                       b.le #0x190
   234: 0901098b                       add x9, x8, x9
   238: 291b00f9                       str x9, [x25, #0x30]
   23c: 29008052                       mov w9, #0x1
   240: 380508aa                       orr x24, x9, x8, lsl #1
   244: 680240f9                       ldr x8, [x19]
   248: 09050091                       add x9, x8, #0x1
   24c: 690200f9                       str x9, [x19]
   250: 690a40b9                       ldr w9, [x19, #0x8]
   254: 3f090071                       cmp w9, #0x2
   258: 210c0054                       b.ne #0x184
   25c: 681a40fd                       ldr d8, [x19, #0x30]
   260: 680200f9                       str x8, [x19]
   264: a80000b5                       cbnz x8, #0x14
   268: e00313aa                       mov x0, x19
   26c: 0940601e                       fmov d9, d0
   270: 00000094                       bl #0x0
        # hole +0x270: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   274: 2041601e                       fmov d0, d9
   278: 0821601e                       fcmp d8, #0.0
   27c: 41010054                       b.ne #0x28
   280: 28008052                       mov w8, #0x1
   284: c80e00f9                       str x8, [x22, #0x18]
   288: e00316aa                       mov x0, x22
   28c: 00000094                       bl #0x0
        # hole +0x28c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   290: 63008052                       mov w3, #0x3
   294: 08048052                       mov w8, #0x20
   298: 050a8052                       mov w5, #0x50
   29c: 09018052                       mov w9, #0x8
   2a0: 42000014                       b #0x108
   2a4: c8a640a9                       ldp x8, x9, [x22, #0x8]
   2a8: 08050091                       add x8, x8, #0x1
   2ac: c80600f9                       str x8, [x22, #0x8]
   2b0: 0018681e                       fdiv d0, d0, d8
   2b4: 1f0109eb                       cmp x8, x9
   2b8: 8a060054                       b.ge #0xd0
   2bc: c80240f9                       ldr x8, [x22]
   2c0: 880600b5                       cbnz x8, #0xd0
   2c4: 280b40b9                       ldr w8, [x25, #0x8]
   2c8: 1f110071                       cmp w8, #0x4
   2cc: 01050054                       b.ne #0xa0
   2d0: 3a008052                       mov w26, #0x1
   2d4: 2aa743a9                       ldp x10, x9, [x25, #0x38]
   2d8: 281b40f9                       ldr x8, [x25, #0x30]
   2dc: 3f0500f1                       cmp x9, #0x1
   2e0: 8b000054                       b.lt #0x10
   2e4: 1f010aeb                       cmp x8, x10
   2e8: 8b000054                       b.lt #0x10
   2ec: 35000014                       b #0xd4
   2f0: 1f010aeb                       cmp x8, x10
   2f4: 6d060054                       b.le #0xcc
   2f8: 0901098b                       add x9, x8, x9
   2fc: 291b00f9                       str x9, [x25, #0x30]
   300: 580708aa                       orr x24, x26, x8, lsl #1
   304: 680240f9                       ldr x8, [x19]
   308: 09050091                       add x9, x8, #0x1
   30c: 690200f9                       str x9, [x19]
   310: 690a40b9                       ldr w9, [x19, #0x8]
   314: 3f090071                       cmp w9, #0x2
   318: 21060054                       b.ne #0xc4
   31c: 681a40fd                       ldr d8, [x19, #0x30]
   320: 680200f9                       str x8, [x19]
   324: a80000b5                       cbnz x8, #0x14
   328: e00313aa                       mov x0, x19
   32c: 0940601e                       fmov d9, d0
   330: 00000094                       bl #0x0
        # hole +0x330: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   334: 2041601e                       fmov d0, d9
   338: 0821601e                       fcmp d8, #0.0
   33c: 20faff54                       b.eq #-0xbc
   340: c8a640a9                       ldp x8, x9, [x22, #0x8]
   344: 08050091                       add x8, x8, #0x1
   348: c80600f9                       str x8, [x22, #0x8]
   34c: 0018681e                       fdiv d0, d0, d8
   350: 1f0109eb                       cmp x8, x9
   354: aa010054                       b.ge #0x34
   358: c80240f9                       ldr x8, [x22]
   35c: a80100b5                       cbnz x8, #0x34
   360: 280b40b9                       ldr w8, [x25, #0x8]
   364: 1f110071                       cmp w8, #0x4
   368: 60fbff54                       b.eq #-0x94
   36c: e00316aa                       mov x0, x22
   370: 00000094                       bl #0x0
        # hole +0x370: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   374: 29008052                       mov w9, #0x1
   378: 08048052                       mov w8, #0x20
   37c: 45018052                       mov w5, #0xa
   380: e30309aa                       mov x3, x9
   384: 09000014                       b #0x24
   388: 28008052                       mov w8, #0x1
   38c: c80200f9                       str x8, [x22]
   390: e00316aa                       mov x0, x22
   394: 00000094                       bl #0x0
        # hole +0x394: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   398: 43008052                       mov w3, #0x2
   39c: 08048052                       mov w8, #0x20
   3a0: 850c8052                       mov w5, #0x64
   3a4: 49018052                       mov w9, #0xa
   3a8: 8a0e40f9                       ldr x10, [x20, #0x18]
   3ac: 1f0015eb                       cmp x0, x21
   3b0: a0edff54                       b.eq #-0x24c
   3b4: 400100f9                       str x0, [x10]
   3b8: f50300aa                       mov x21, x0
   3bc: 6affff17                       b #-0x258
   3c0: e00316aa                       mov x0, x22
   3c4: 00000094                       bl #0x0
        # hole +0x3c4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   3c8: 49008052                       mov w9, #0x2
   3cc: 08048052                       mov w8, #0x20
   3d0: 85028052                       mov w5, #0x14
   3d4: e30309aa                       mov x3, x9
   3d8: f4ffff17                       b #-0x30
   3dc: e00316aa                       mov x0, x22
   3e0: 00000094                       bl #0x0
        # hole +0x3e0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   3e4: 48008052                       mov w8, #0x2
   3e8: 080000f9                       str x8, [x0]
   3ec: 23008052                       mov w3, #0x1
   3f0: 08068052                       mov w8, #0x30
   3f4: c5088052                       mov w5, #0x46
   3f8: e9008052                       mov w9, #0x7
   3fc: ebffff17                       b #-0x54
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
