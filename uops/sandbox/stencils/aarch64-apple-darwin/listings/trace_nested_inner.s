# stencil nested_inner for aarch64-apple-darwin: 2220 code bytes, 24 data bytes, 40 holes
     0: ff4304d1                       sub sp, sp, #0x110
     4: fd7b10a9                       stp x29, x30, [sp, #0x100]
     8: fa0316aa                       mov x26, x22
     c: c8f240a9                       ldp x8, x28, [x22, #0x8]
    10: e83700f9                       str x8, [sp, #0x68]
    14: 8002c03d                       ldr q0, [x20]
    18: e03b803d                       str q0, [sp, #0xe0]
    1c: 882641a9                       ldp x8, x9, [x20, #0x10]
    20: e87b00f9                       str x8, [sp, #0xf0]
    24: 395540a9                       ldp x25, x21, [x9]
    28: 3b2941a9                       ldp x27, x10, [x9, #0x10]
    2c: 284d42a9                       ldp x8, x19, [x9, #0x20]
    30: f3d303a9                       stp x19, x20, [sp, #0x38]
    34: eaa302a9                       stp x10, x8, [sp, #0x28]
    38: f5ef01a9                       stp x21, x27, [sp, #0x18]
    3c: f90b00f9                       str x25, [sp, #0x10]
    40: 13230037                       tbnz w19, #0x0, #0x460
    44: 890b00d1                       sub x9, x28, #0x2
    48: e92700f9                       str x9, [sp, #0x48]
    4c: 14000090                       adrp x20, #0
        # hole +0x4c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
    50: 940240f9                       ldr x20, [x20]
        # hole +0x50: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    54: e10308aa                       mov x1, x8
    58: e2030aaa                       mov x2, x10
    5c: f43300f9                       str x20, [sp, #0x60]
    60: 680a40b9                       ldr w8, [x19, #0x8]
    64: 1f110071                       cmp w8, #0x4
    68: 01220054                       b.ne #0x440
    6c: 69a243a9                       ldp x9, x8, [x19, #0x38]
    70: 741a40f9                       ldr x20, [x19, #0x30]
    74: 1f0500f1                       cmp x8, #0x1
    78: 4b0a0054                       b.lt #0x148
    7c: 9f0209eb                       cmp x20, x9
    80: 4a0a0054                       b.ge #0x148
    84: 8802088b                       add x8, x20, x8
    88: 681a00f9                       str x8, [x19, #0x30]
    8c: bb000037                       tbnz w27, #0x0, #0x14
    90: 680340f9                       ldr x8, [x27]
    94: 080500f1                       subs x8, x8, #0x1
    98: 680300f9                       str x8, [x27]
    9c: e01e0054                       b.eq #0x3dc
    a0: 99000037                       tbnz w25, #0x0, #0x10
    a4: 280340f9                       ldr x8, [x25]
    a8: 08050091                       add x8, x8, #0x1
    ac: 280300f9                       str x8, [x25]
    b0: 1600f8d2                       mov x22, #-0x4000000000000000
    b4: 95000037                       tbnz w21, #0x0, #0x10
    b8: a80240f9                       ldr x8, [x21]
    bc: 08050091                       add x8, x8, #0x1
    c0: a80200f9                       str x8, [x21]
    c4: 89fa7fd3                       lsl x9, x20, #1
    c8: 3b008052                       mov w27, #0x1
    cc: 9bfa7fb3                       bfi x27, x20, #1, #63
    d0: a8fe4193                       asr x8, x21, #1
    d4: 2afd4193                       asr x10, x9, #1
    d8: 097d0a9b                       mul x9, x8, x10
    dc: 0a7d4a9b                       smulh x10, x8, x10
    e0: 5ffd89eb                       cmp x10, x9, asr #63
    e4: a13b0054                       b.ne #0x774
    e8: 2a01168b                       add x10, x9, x22
    ec: 6a3bf8b6                       tbz x10, #0x3f, #0x76c
    f0: 34008052                       mov w20, #0x1
    f4: 980609aa                       orr x24, x20, x9, lsl #1
    f8: f93b0036                       tbz w25, #0x0, #0x77c
    fc: 2905998b                       add x9, x9, x25, asr #1
   100: 3f0116ab                       cmn x9, x22
   104: 853c0054                       b.pl #0x790
   108: 990609aa                       orr x25, x20, x9, lsl #1
   10c: 490340f9                       ldr x9, [x26]
   110: a93600b5                       cbnz x9, #0x6d4
   114: e93740f9                       ldr x9, [sp, #0x68]
   118: 2e050091                       add x14, x9, #0x1
   11c: df011ceb                       cmp x14, x28
   120: 4a370054                       b.ge #0x6e8
   124: 132b0037                       tbnz w19, #0x0, #0x560
   128: 690a40b9                       ldr w9, [x19, #0x8]
   12c: 3f110071                       cmp w9, #0x4
   130: a12a0054                       b.ne #0x554
   134: 6dae43a9                       ldp x13, x11, [x19, #0x38]
   138: 6a1a40f9                       ldr x10, [x19, #0x30]
   13c: 7f0500f1                       cmp x11, #0x1
   140: 6b060054                       b.lt #0xcc
   144: 5f010deb                       cmp x10, x13
   148: 8a0a0054                       b.ge #0x150
   14c: e93740f9                       ldr x9, [sp, #0x68]
   150: ee0329aa                       mvn x14, x9
   154: ec2740f9                       ldr x12, [sp, #0x48]
   158: 8f0109cb                       sub x15, x12, x9
   15c: 49f97fd3                       lsl x9, x10, #1
   160: 70f97fd3                       lsl x16, x11, #1
   164: 95000037                       tbnz w21, #0x0, #0x10
   168: ac0240f9                       ldr x12, [x21]
   16c: 8c050091                       add x12, x12, #0x1
   170: ac0200f9                       str x12, [x21]
   174: 4a010b8b                       add x10, x10, x11
   178: 31fd4193                       asr x17, x9, #1
   17c: 0c7d119b                       mul x12, x8, x17
   180: 117d519b                       smulh x17, x8, x17
   184: 3ffe8ceb                       cmp x17, x12, asr #63
   188: e1230054                       b.ne #0x47c
   18c: 9101168b                       add x17, x12, x22
   190: b123f8b6                       tbz x17, #0x3f, #0x474
   194: 9105998b                       add x17, x12, x25, asr #1
   198: 3f0216ab                       cmn x17, x22
   19c: 45250054                       b.pl #0x4a8
   1a0: 990611aa                       orr x25, x20, x17, lsl #1
   1a4: cf1900b4                       cbz x15, #0x338
   1a8: ce0500d1                       sub x14, x14, #0x1
   1ac: ef0500d1                       sub x15, x15, #0x1
   1b0: 2901108b                       add x9, x9, x16
   1b4: 5f010deb                       cmp x10, x13
   1b8: 6bfdff54                       b.lt #-0x54
   1bc: 32000014                       b #0xc8
   1c0: 9f0209eb                       cmp x20, x9
   1c4: 0cf6ff54                       b.gt #-0x140
   1c8: e03bc03d                       ldr q0, [sp, #0xe0]
   1cc: e033803d                       str q0, [sp, #0xc0]
   1d0: e87b40f9                       ldr x8, [sp, #0xf0]
   1d4: e86b00f9                       str x8, [sp, #0xd0]
   1d8: 34008052                       mov w20, #0x1
   1dc: b3000037                       tbnz w19, #0x0, #0x14
   1e0: 680240f9                       ldr x8, [x19]
   1e4: 080500f1                       subs x8, x8, #0x1
   1e8: 680200f9                       str x8, [x19]
   1ec: c0060054                       b.eq #0xd8
   1f0: f95707a9                       stp x25, x21, [sp, #0x70]
   1f4: fb0b08a9                       stp x27, x2, [sp, #0x80]
   1f8: e14f09a9                       stp x1, x19, [sp, #0x90]
   1fc: f6630aa9                       stp x22, x24, [sp, #0xa0]
   200: f7030ba9                       stp x23, x0, [sp, #0xb0]
   204: e1080036                       tbz w1, #0x0, #0x11c
   208: f7000014                       b #0x3dc
   20c: 5f010deb                       cmp x10, x13
   210: 4d040054                       b.le #0x88
   214: e93740f9                       ldr x9, [sp, #0x68]
   218: ee0329aa                       mvn x14, x9
   21c: ec2740f9                       ldr x12, [sp, #0x48]
   220: 8f0109cb                       sub x15, x12, x9
   224: 49f97fd3                       lsl x9, x10, #1
   228: 70f97fd3                       lsl x16, x11, #1
   22c: 95000037                       tbnz w21, #0x0, #0x10
   230: ac0240f9                       ldr x12, [x21]
   234: 8c050091                       add x12, x12, #0x1
   238: ac0200f9                       str x12, [x21]
   23c: 4a010b8b                       add x10, x10, x11
   240: 31fd4193                       asr x17, x9, #1
   244: 0c7d119b                       mul x12, x8, x17
   248: 117d519b                       smulh x17, x8, x17
   24c: 3ffe8ceb                       cmp x17, x12, asr #63
   250: a11d0054                       b.ne #0x3b4
   254: 9101168b                       add x17, x12, x22
   258: 711df8b6                       tbz x17, #0x3f, #0x3ac
   25c: 9105998b                       add x17, x12, x25, asr #1
   260: 3f0216ab                       cmn x17, x22
   264: 051f0054                       b.pl #0x3e0
   268: 990611aa                       orr x25, x20, x17, lsl #1
   26c: 8f1300b4                       cbz x15, #0x270
   270: ce0500d1                       sub x14, x14, #0x1
   274: ef0500d1                       sub x15, x15, #0x1
   278: 2901108b                       add x9, x9, x16
   27c: 5f010deb                       cmp x10, x13
   280: 6cfdff54                       b.gt #-0x54
   284: ee030ecb                       neg x14, x14
   288: 28050bcb                       sub x8, x9, x11, lsl #1
   28c: 1b0140b2                       orr x27, x8, #0x1
   290: 98060caa                       orr x24, x20, x12, lsl #1
   294: 6a1a00f9                       str x10, [x19, #0x30]
   298: e03bc03d                       ldr q0, [sp, #0xe0]
   29c: e033803d                       str q0, [sp, #0xc0]
   2a0: e87b40f9                       ldr x8, [sp, #0xf0]
   2a4: e86b00f9                       str x8, [sp, #0xd0]
   2a8: ee3700f9                       str x14, [sp, #0x68]
   2ac: f60319aa                       mov x22, x25
   2b0: f7031baa                       mov x23, x27
   2b4: 680240f9                       ldr x8, [x19]
   2b8: 080500f1                       subs x8, x8, #0x1
   2bc: 680200f9                       str x8, [x19]
   2c0: 81f9ff54                       b.ne #-0xd0
   2c4: e06f05a9                       stp x0, x27, [sp, #0x50]
   2c8: e00313aa                       mov x0, x19
   2cc: f40301aa                       mov x20, x1
   2d0: fb0313aa                       mov x27, x19
   2d4: f30318aa                       mov x19, x24
   2d8: f8031caa                       mov x24, x28
   2dc: fc031aaa                       mov x28, x26
   2e0: fa0302aa                       mov x26, x2
   2e4: 00000094                       bl #0x0
        # hole +0x2e4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2e8: e2031aaa                       mov x2, x26
   2ec: fa031caa                       mov x26, x28
   2f0: fc0318aa                       mov x28, x24
   2f4: f80313aa                       mov x24, x19
   2f8: f3031baa                       mov x19, x27
   2fc: e06f45a9                       ldp x0, x27, [sp, #0x50]
   300: e10314aa                       mov x1, x20
   304: 34008052                       mov w20, #0x1
   308: f95707a9                       stp x25, x21, [sp, #0x70]
   30c: fb0b08a9                       stp x27, x2, [sp, #0x80]
   310: e14f09a9                       stp x1, x19, [sp, #0x90]
   314: f6630aa9                       stp x22, x24, [sp, #0xa0]
   318: f7030ba9                       stp x23, x0, [sp, #0xb0]
   31c: 41160037                       tbnz w1, #0x0, #0x2c8
   320: 280840b9                       ldr w8, [x1, #0x8]
   324: 1f110071                       cmp w8, #0x4
   328: e1150054                       b.ne #0x2bc
   32c: 2aa443a9                       ldp x10, x9, [x1, #0x38]
   330: 281840f9                       ldr x8, [x1, #0x30]
   334: 3f0500f1                       cmp x9, #0x1
   338: 8b000054                       b.lt #0x10
   33c: 1f010aeb                       cmp x8, x10
   340: 8b000054                       b.lt #0x10
   344: d9000014                       b #0x364
   348: 1f010aeb                       cmp x8, x10
   34c: ed1a0054                       b.le #0x35c
   350: 0901098b                       add x9, x8, x9
   354: 291800f9                       str x9, [x1, #0x30]
   358: 880608aa                       orr x8, x20, x8, lsl #1
   35c: e84f00f9                       str x8, [sp, #0x98]
   360: e83f00f9                       str x8, [sp, #0x78]
   364: b5000037                       tbnz w21, #0x0, #0x14
   368: a80240f9                       ldr x8, [x21]
   36c: 080500f1                       subs x8, x8, #0x1
   370: a80200f9                       str x8, [x21]
   374: 20010054                       b.eq #0x24
   378: f43340f9                       ldr x20, [sp, #0x60]
   37c: 74010036                       tbz w20, #0x0, #0x2c
   380: f44f00f9                       str x20, [sp, #0x98]
   384: e84740f9                       ldr x8, [sp, #0x88]
   388: c8010036                       tbz w8, #0x0, #0x38
   38c: e85300f9                       str x8, [sp, #0xa0]
   390: 34020036                       tbz w20, #0x0, #0x44
   394: cd000014                       b #0x334
   398: e00315aa                       mov x0, x21
   39c: 00000094                       bl #0x0
        # hole +0x39c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3a0: f43340f9                       ldr x20, [sp, #0x60]
   3a4: f4fe0737                       tbnz w20, #0x0, #-0x24
   3a8: 880240f9                       ldr x8, [x20]
   3ac: 08050091                       add x8, x8, #0x1
   3b0: 880200f9                       str x8, [x20]
   3b4: f44f00f9                       str x20, [sp, #0x98]
   3b8: e84740f9                       ldr x8, [sp, #0x88]
   3bc: 88fe0737                       tbnz w8, #0x0, #-0x30
   3c0: 090140f9                       ldr x9, [x8]
   3c4: 29050091                       add x9, x9, #0x1
   3c8: 090100f9                       str x9, [x8]
   3cc: e85300f9                       str x8, [sp, #0xa0]
   3d0: d4170037                       tbnz w20, #0x0, #0x2f8
   3d4: 880a40b9                       ldr w8, [x20, #0x8]
   3d8: 1f210071                       cmp w8, #0x8
   3dc: 61170054                       b.ne #0x2ec
   3e0: 881e40f9                       ldr x8, [x20, #0x38]
   3e4: e9c30191                       add x9, sp, #0x70
   3e8: 21c10091                       add x1, x9, #0x30
   3ec: e0031aaa                       mov x0, x26
   3f0: 22008052                       mov w2, #0x1
   3f4: 00013fd6                       blr x8
   3f8: f30300aa                       mov x19, x0
   3fc: e05340f9                       ldr x0, [sp, #0xa0]
   400: a0000037                       tbnz w0, #0x0, #0x14
   404: 080040f9                       ldr x8, [x0]
   408: 080500f1                       subs x8, x8, #0x1
   40c: 080000f9                       str x8, [x0]
   410: 80020054                       b.eq #0x50
   414: 880240f9                       ldr x8, [x20]
   418: 080500f1                       subs x8, x8, #0x1
   41c: 880200f9                       str x8, [x20]
   420: 61000054                       b.ne #0xc
   424: e00314aa                       mov x0, x20
   428: 00000094                       bl #0x0
        # hole +0x428: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   42c: 732000b4                       cbz x19, #0x40c
   430: f34f00f9                       str x19, [sp, #0x98]
   434: e033c03d                       ldr q0, [sp, #0xc0]
   438: e03b803d                       str q0, [sp, #0xe0]
   43c: e86b40f9                       ldr x8, [sp, #0xd0]
   440: e87b00f9                       str x8, [sp, #0xf0]
   444: f95747a9                       ldp x25, x21, [sp, #0x70]
   448: fb0b48a9                       ldp x27, x2, [sp, #0x80]
   44c: e14b40f9                       ldr x1, [sp, #0x90]
   450: f6634aa9                       ldp x22, x24, [sp, #0xa0]
   454: f7034ba9                       ldp x23, x0, [sp, #0xb0]
   458: 53e00736                       tbz w19, #0x0, #-0x3f8
   45c: 13000014                       b #0x4c
   460: 00000094                       bl #0x0
        # hole +0x460: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   464: 880240f9                       ldr x8, [x20]
   468: 080500f1                       subs x8, x8, #0x1
   46c: 880200f9                       str x8, [x20]
   470: e1fdff54                       b.ne #-0x44
   474: ecffff17                       b #-0x50
   478: f80300aa                       mov x24, x0
   47c: e0031baa                       mov x0, x27
   480: f60301aa                       mov x22, x1
   484: f70302aa                       mov x23, x2
   488: 00000094                       bl #0x0
        # hole +0x488: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   48c: e00318aa                       mov x0, x24
   490: e20317aa                       mov x2, x23
   494: e10316aa                       mov x1, x22
   498: 79e00736                       tbz w25, #0x0, #-0x3f4
   49c: 05ffff17                       b #-0x3ec
   4a0: e10308aa                       mov x1, x8
   4a4: e2030aaa                       mov x2, x10
   4a8: 0b008052                       mov w11, #0x0
   4ac: 08008052                       mov w8, #0x0
   4b0: ec0319aa                       mov x12, x25
   4b4: ea031baa                       mov x10, x27
   4b8: 09000090                       adrp x9, #0
        # hole +0x4b8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   4bc: 290140f9                       ldr x9, [x9]
        # hole +0x4bc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   4c0: 24050091                       add x4, x9, #0x1
   4c4: 23008052                       mov w3, #0x1
   4c8: 09068052                       mov w9, #0x30
   4cc: 45018052                       mov w5, #0xa
   4d0: fb0317aa                       mov x27, x23
   4d4: f90316aa                       mov x25, x22
   4d8: 11000014                       b #0x44
   4dc: 0b008052                       mov w11, #0x0
   4e0: 08008052                       mov w8, #0x0
   4e4: 3b0140b2                       orr x27, x9, #0x1
   4e8: 29008052                       mov w9, #0x1
   4ec: 38050caa                       orr x24, x9, x12, lsl #1
   4f0: 6a1a00f9                       str x10, [x19, #0x30]
   4f4: 490300f9                       str x9, [x26]
   4f8: 09000090                       adrp x9, #0
        # hole +0x4f8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   4fc: 290140f9                       ldr x9, [x9]
        # hole +0x4fc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   500: 24350091                       add x4, x9, #0xd
   504: 43008052                       mov w3, #0x2
   508: 09068052                       mov w9, #0x30
   50c: 45108052                       mov w5, #0x82
   510: fc3700f9                       str x28, [sp, #0x68]
   514: ea031baa                       mov x10, x27
   518: ec0319aa                       mov x12, x25
   51c: e02340f9                       ldr x0, [sp, #0x40]
   520: ef3b42a9                       ldp x15, x14, [sp, #0x20]
   524: f14341a9                       ldp x17, x16, [sp, #0x10]
   528: 0d0c40f9                       ldr x13, [x0, #0x18]
   52c: 9f0111eb                       cmp x12, x17
   530: e1010054                       b.ne #0x3c
   534: bf0210eb                       cmp x21, x16
   538: 01020054                       b.ne #0x40
   53c: 5f010feb                       cmp x10, x15
   540: 21020054                       b.ne #0x44
   544: 5f000eeb                       cmp x2, x14
   548: 41020054                       b.ne #0x48
   54c: ea1b40f9                       ldr x10, [sp, #0x30]
   550: 3f000aeb                       cmp x1, x10
   554: 61020054                       b.ne #0x4c
   558: ea1f40f9                       ldr x10, [sp, #0x38]
   55c: 7f020aeb                       cmp x19, x10
   560: 81020054                       b.ne #0x50
   564: ab020035                       cbnz w11, #0x54
   568: 17000014                       b #0x5c
   56c: ac0100f9                       str x12, [x13]
   570: bf0210eb                       cmp x21, x16
   574: 40feff54                       b.eq #-0x38
   578: b50500f9                       str x21, [x13, #0x8]
   57c: 5f010feb                       cmp x10, x15
   580: 20feff54                       b.eq #-0x3c
   584: aa0900f9                       str x10, [x13, #0x10]
   588: 5f000eeb                       cmp x2, x14
   58c: 00feff54                       b.eq #-0x40
   590: a20d00f9                       str x2, [x13, #0x18]
   594: ea1b40f9                       ldr x10, [sp, #0x30]
   598: 3f000aeb                       cmp x1, x10
   59c: e0fdff54                       b.eq #-0x44
   5a0: a11100f9                       str x1, [x13, #0x20]
   5a4: ea1f40f9                       ldr x10, [sp, #0x38]
   5a8: 7f020aeb                       cmp x19, x10
   5ac: c0fdff54                       b.eq #-0x48
   5b0: b31500f9                       str x19, [x13, #0x28]
   5b4: 8b000034                       cbz w11, #0x10
   5b8: b96103a9                       stp x25, x24, [x13, #0x30]
   5bc: 48000034                       cbz w8, #0x8
   5c0: bb2100f9                       str x27, [x13, #0x40]
   5c4: a101098b                       add x1, x13, x9
   5c8: e2031aaa                       mov x2, x26
   5cc: 00000094                       bl #0x0
        # hole +0x5cc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   5d0: e83740f9                       ldr x8, [sp, #0x68]
   5d4: 480700f9                       str x8, [x26, #0x8]
   5d8: fd7b50a9                       ldp x29, x30, [sp, #0x100]
   5dc: ff430491                       add sp, sp, #0x110
   5e0: c0035fd6                       ret
   5e4: 08008052                       mov w8, #0x0
   5e8: 09000090                       adrp x9, #0
        # hole +0x5e8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   5ec: 290140f9                       ldr x9, [x9]
        # hole +0x5ec: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   5f0: 24050091                       add x4, x9, #0x1
   5f4: 23008052                       mov w3, #0x1
   5f8: a9008052                       mov w9, #0x5
   5fc: 45018052                       mov w5, #0xa
   600: 39000014                       b #0xe4
   604: e8030ecb                       neg x8, x14
   608: e83700f9                       str x8, [sp, #0x68]
   60c: 08000090                       adrp x8, #0
        # hole +0x60c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   610: 080140f9                       ldr x8, [x8]
        # hole +0x610: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   614: 3b0140b2                       orr x27, x9, #0x1
   618: 04210091                       add x4, x8, #0x8
   61c: 23008052                       mov w3, #0x1
   620: 09098052                       mov w9, #0x48
   624: 050a8052                       mov w5, #0x50
   628: 6a1a00f9                       str x10, [x19, #0x30]
   62c: f80315aa                       mov x24, x21
   630: ea031baa                       mov x10, x27
   634: ec0319aa                       mov x12, x25
   638: 2b008052                       mov w11, #0x1
   63c: 28008052                       mov w8, #0x1
   640: b7ffff17                       b #-0x124
   644: e8030ecb                       neg x8, x14
   648: e83700f9                       str x8, [sp, #0x68]
   64c: 08008052                       mov w8, #0x0
   650: 3b0140b2                       orr x27, x9, #0x1
   654: 23008052                       mov w3, #0x1
   658: 78040caa                       orr x24, x3, x12, lsl #1
   65c: 6a1a00f9                       str x10, [x19, #0x30]
   660: 09000090                       adrp x9, #0
        # hole +0x660: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   664: 290140f9                       ldr x9, [x9]
        # hole +0x664: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   668: 24290091                       add x4, x9, #0xa
   66c: 09088052                       mov w9, #0x40
   670: 850c8052                       mov w5, #0x64
   674: ea031baa                       mov x10, x27
   678: ec0319aa                       mov x12, x25
   67c: 2b008052                       mov w11, #0x1
   680: a7ffff17                       b #-0x164
   684: 0b008052                       mov w11, #0x0
   688: 08008052                       mov w8, #0x0
   68c: 09000090                       adrp x9, #0
        # hole +0x68c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   690: 290140f9                       ldr x9, [x9]
        # hole +0x690: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   694: 24050091                       add x4, x9, #0x1
   698: 23008052                       mov w3, #0x1
   69c: 09068052                       mov w9, #0x30
   6a0: 45018052                       mov w5, #0xa
   6a4: 63000014                       b #0x18c
   6a8: 08008052                       mov w8, #0x0
   6ac: 09000090                       adrp x9, #0
        # hole +0x6ac: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   6b0: 290140f9                       ldr x9, [x9]
        # hole +0x6b0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   6b4: 24090091                       add x4, x9, #0x2
   6b8: 43008052                       mov w3, #0x2
   6bc: a9008052                       mov w9, #0x5
   6c0: 85028052                       mov w5, #0x14
   6c4: 08000014                       b #0x20
   6c8: 08000090                       adrp x8, #0
        # hole +0x6c8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   6cc: 080140f9                       ldr x8, [x8]
        # hole +0x6cc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   6d0: 041d0091                       add x4, x8, #0x7
   6d4: 23008052                       mov w3, #0x1
   6d8: e9008052                       mov w9, #0x7
   6dc: c5088052                       mov w5, #0x46
   6e0: 28008052                       mov w8, #0x1
   6e4: eb3b40f9                       ldr x11, [sp, #0x70]
   6e8: e02340f9                       ldr x0, [sp, #0x40]
   6ec: 0a0c40f9                       ldr x10, [x0, #0x18]
   6f0: ec3b41a9                       ldp x12, x14, [sp, #0x10]
   6f4: 7f010ceb                       cmp x11, x12
   6f8: ed3342a9                       ldp x13, x12, [sp, #0x20]
   6fc: e1030054                       b.ne #0x7c
   700: eb3f40f9                       ldr x11, [sp, #0x78]
   704: 7f010eeb                       cmp x11, x14
   708: 01040054                       b.ne #0x80
   70c: eb4340f9                       ldr x11, [sp, #0x80]
   710: 7f010deb                       cmp x11, x13
   714: 21040054                       b.ne #0x84
   718: eb4740f9                       ldr x11, [sp, #0x88]
   71c: 7f010ceb                       cmp x11, x12
   720: 41040054                       b.ne #0x88
   724: eb4b40f9                       ldr x11, [sp, #0x90]
   728: ec1b40f9                       ldr x12, [sp, #0x30]
   72c: 7f010ceb                       cmp x11, x12
   730: 61040054                       b.ne #0x8c
   734: eb4f40f9                       ldr x11, [sp, #0x98]
   738: ec1f40f9                       ldr x12, [sp, #0x38]
   73c: 7f010ceb                       cmp x11, x12
   740: 0c010052                       eor w12, w8, #0x1
   744: 8c159f1a                       csinc w12, w12, wzr, ne
   748: 8c040036                       tbz w12, #0x0, #0x90
   74c: 68000034                       cbz w8, #0xc
   750: e85340f9                       ldr x8, [sp, #0xa0]
   754: 481900f9                       str x8, [x10, #0x30]
   758: 410d098b                       add x1, x10, x9, lsl #3
   75c: e2031aaa                       mov x2, x26
   760: 00000094                       bl #0x0
        # hole +0x760: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   764: e83740f9                       ldr x8, [sp, #0x68]
   768: 480700f9                       str x8, [x26, #0x8]
   76c: fd7b50a9                       ldp x29, x30, [sp, #0x100]
   770: ff430491                       add sp, sp, #0x110
   774: c0035fd6                       ret
   778: 4b0100f9                       str x11, [x10]
   77c: eb3f40f9                       ldr x11, [sp, #0x78]
   780: 7f010eeb                       cmp x11, x14
   784: 40fcff54                       b.eq #-0x78
   788: 4b0500f9                       str x11, [x10, #0x8]
   78c: eb4340f9                       ldr x11, [sp, #0x80]
   790: 7f010deb                       cmp x11, x13
   794: 20fcff54                       b.eq #-0x7c
   798: 4b0900f9                       str x11, [x10, #0x10]
   79c: eb4740f9                       ldr x11, [sp, #0x88]
   7a0: 7f010ceb                       cmp x11, x12
   7a4: 00fcff54                       b.eq #-0x80
   7a8: 4b0d00f9                       str x11, [x10, #0x18]
   7ac: eb4b40f9                       ldr x11, [sp, #0x90]
   7b0: ec1b40f9                       ldr x12, [sp, #0x30]
   7b4: 7f010ceb                       cmp x11, x12
   7b8: e0fbff54                       b.eq #-0x84
   7bc: 4b1100f9                       str x11, [x10, #0x20]
   7c0: eb4f40f9                       ldr x11, [sp, #0x98]
   7c4: ec1f40f9                       ldr x12, [sp, #0x38]
   7c8: 7f010ceb                       cmp x11, x12
   7cc: 0c010052                       eor w12, w8, #0x1
   7d0: 8c159f1a                       csinc w12, w12, wzr, ne
   7d4: ccfb0737                       tbnz w12, #0x0, #-0x88
   7d8: 4b1500f9                       str x11, [x10, #0x28]
   7dc: a8fbff35                       cbnz w8, #-0x8c
   7e0: deffff17                       b #-0x88
   7e4: 0b008052                       mov w11, #0x0
   7e8: 08008052                       mov w8, #0x0
   7ec: 09000090                       adrp x9, #0
        # hole +0x7ec: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   7f0: 290140f9                       ldr x9, [x9]
        # hole +0x7f0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   7f4: 24310091                       add x4, x9, #0xc
   7f8: 43008052                       mov w3, #0x2
   7fc: 09068052                       mov w9, #0x30
   800: 050f8052                       mov w5, #0x78
   804: 44ffff17                       b #-0x2f0
   808: 0b008052                       mov w11, #0x0
   80c: 08008052                       mov w8, #0x0
   810: 29008052                       mov w9, #0x1
   814: 0a000090                       adrp x10, #0
        # hole +0x814: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   818: 4a0140f9                       ldr x10, [x10]
        # hole +0x818: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   81c: 44350091                       add x4, x10, #0xd
   820: 43008052                       mov w3, #0x2
   824: 490300f9                       str x9, [x26]
   828: 09068052                       mov w9, #0x30
   82c: 45108052                       mov w5, #0x82
   830: ee3700f9                       str x14, [sp, #0x68]
   834: 38ffff17                       b #-0x320
   838: 08008052                       mov w8, #0x0
   83c: 09000090                       adrp x9, #0
        # hole +0x83c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   840: 290140f9                       ldr x9, [x9]
        # hole +0x840: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   844: 241d0091                       add x4, x9, #0x7
   848: 63008052                       mov w3, #0x3
   84c: a9008052                       mov w9, #0x5
   850: c5088052                       mov w5, #0x46
   854: a4ffff17                       b #-0x170
   858: 08000090                       adrp x8, #0
        # hole +0x858: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   85c: 080140f9                       ldr x8, [x8]
        # hole +0x85c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   860: 04210091                       add x4, x8, #0x8
   864: 23008052                       mov w3, #0x1
   868: 09098052                       mov w9, #0x48
   86c: 050a8052                       mov w5, #0x50
   870: 6fffff17                       b #-0x244
   874: 08008052                       mov w8, #0x0
   878: 09000090                       adrp x9, #0
        # hole +0x878: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   87c: 290140f9                       ldr x9, [x9]
        # hole +0x87c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   880: 24250091                       add x4, x9, #0x9
   884: 23008052                       mov w3, #0x1
   888: 09088052                       mov w9, #0x40
   88c: 450b8052                       mov w5, #0x5a
   890: 79ffff17                       b #-0x21c
   894: 08008052                       mov w8, #0x0
   898: 09000090                       adrp x9, #0
        # hole +0x898: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   89c: 290140f9                       ldr x9, [x9]
        # hole +0x89c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   8a0: 24290091                       add x4, x9, #0xa
   8a4: 23008052                       mov w3, #0x1
   8a8: 71ffff17                       b #-0x23c
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 index[16]+0
        # hole data+0x10: GOT Abs64 operand0[21]+0
