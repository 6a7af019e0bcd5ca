# stencil _COMPARE_OP_INT for aarch64-apple-darwin: 176 code bytes, 24 data bytes, 10 holes
     0: 0b000090                       adrp x11, #0
        # hole +0x0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
     4: 6b0140f9                       ldr x11, [x11]
        # hole +0x4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
     8: e80315aa                       mov x8, x21
     c: 0a8d5ff8                       ldr x10, [x8, #-0x8]!
    10: 09815ff8                       ldur x9, [x8, #-0x8]
    14: 29fd4193                       asr x9, x9, #1
    18: 4afd4193                       asr x10, x10, #1
    1c: 7f0500f1                       cmp x11, #0x1
    20: 4d010054                       b.le #0x28
    24: 7f0900f1                       cmp x11, #0x2
    28: c0010054                       b.eq #0x38
    2c: 7f0d00f1                       cmp x11, #0x3
    30: e0010054                       b.eq #0x3c
    34: 7f1100f1                       cmp x11, #0x4
    38: 61020054                       b.ne #0x4c
    3c: 3f010aeb                       cmp x9, x10
    40: e9d79f1a                       cset w9, gt
    44: 12000014                       b #0x48
    48: 8b0100b4                       cbz x11, #0x30
    4c: 7f0500f1                       cmp x11, #0x1
    50: a1010054                       b.ne #0x34
    54: 3f010aeb                       cmp x9, x10
    58: e9c79f1a                       cset w9, le
    5c: 0c000014                       b #0x30
    60: 3f010aeb                       cmp x9, x10
    64: e9179f1a                       cset w9, eq
    68: 09000014                       b #0x24
    6c: 3f010aeb                       cmp x9, x10
    70: e9079f1a                       cset w9, ne
    74: 06000014                       b #0x18
    78: 3f010aeb                       cmp x9, x10
    7c: e9a79f1a                       cset w9, lt
    80: 03000014                       b #0xc
    84: 3f010aeb                       cmp x9, x10
    88: e9b79f1a                       cset w9, ge
    8c: 0a000090                       adrp x10, #0
        # hole +0x8c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    90: 4a0140f9                       ldr x10, [x10]
        # hole +0x90: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    94: 0b000090                       adrp x11, #0
        # hole +0x94: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    98: 6b0140f9                       ldr x11, [x11]
        # hole +0x98: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    9c: 3f010071                       cmp w9, #0x0
    a0: 69118a9a                       csel x9, x11, x10, ne
    a4: a9021ff8                       stur x9, [x21, #-0x10]
    a8: f50308aa                       mov x21, x8
    ac: 00000014                       b #0x0
        # hole +0xac: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_True+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
        # hole data+0x10: GOT Abs64 oparg+0
