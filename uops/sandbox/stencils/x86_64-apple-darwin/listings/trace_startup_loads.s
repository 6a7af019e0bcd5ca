# stencil startup_loads for x86_64-apple-darwin: 2588 code bytes, 80 data bytes, 57 holes
     0: 50                             pushq %rax
     1: 498b4c2418                     movq 0x18(%r12), %rcx
     6: 488b11                         movq (%rcx), %rdx
     9: f6c201                         testb $0x1, %dl
     c: 7503                           jne 0x3
     e: 48ff02                         incq (%rdx)
    11: 49895500                       movq %rdx, (%r13)
    15: 488b7108                       movq 0x8(%rcx), %rsi
    19: 40f6c601                       testb $0x1, %sil
    1d: 7503                           jne 0x3
    1f: 48ff06                         incq (%rsi)
    22: 49897508                       movq %rsi, 0x8(%r13)
    26: 41b928000000                   movl $0x28, %r9d
    2c: b804000000                     movl $0x4, %eax
    31: f6c201                         testb $0x1, %dl
    34: 0f84c0090000                   je 0x9c0
    3a: 40f6c601                       testb $0x1, %sil
    3e: 0f84b6090000                   je 0x9b6
    44: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
    4e: 48d1fa                         sarq %rdx
    51: 48d1fe                         sarq %rsi
    54: 4801d6                         addq %rdx, %rsi
    57: 4889f0                         movq %rsi, %rax
    5a: 4801d8                         addq %rbx, %rax
    5d: 0f894b090000                   jns 0x94b
    63: 488d047501000000               leaq 0x1(,%rsi,2), %rax
    6b: 49894500                       movq %rax, (%r13)
    6f: 488b7910                       movq 0x10(%rcx), %rdi
    73: 48894110                       movq %rax, 0x10(%rcx)
    77: 40f6c701                       testb $0x1, %dil
    7b: 7509                           jne 0x9
    7d: 48ff0f                         decq (%rdi)
    80: 0f849c070000                   je 0x79c
    86: 488b0500000000                 movq (%rip), %rax
        # hole +0x89: X86_64_RELOC_GOT_LOAD Rel32 data+52
    8d: a801                           testb $0x1, %al
    8f: 7503                           jne 0x3
    91: 48ff00                         incq (%rax)
    94: 49894500                       movq %rax, (%r13)
    98: 498b4c2418                     movq 0x18(%r12), %rcx
    9d: 488b7918                       movq 0x18(%rcx), %rdi
    a1: 48894118                       movq %rax, 0x18(%rcx)
    a5: 40f6c701                       testb $0x1, %dil
    a9: 750f                           jne 0xf
    ab: 48ff0f                         decq (%rdi)
    ae: 750a                           jne 0xa
    b0: e800000000                     callq 0x0
        # hole +0xb1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    b5: 498b4c2418                     movq 0x18(%r12), %rcx
    ba: 49c745001f010000               movq $0x11f, (%r13)
    c2: 488b7920                       movq 0x20(%rcx), %rdi
    c6: 48c741201f010000               movq $0x11f, 0x20(%rcx)
    ce: 40f6c701                       testb $0x1, %dil
    d2: 7509                           jne 0x9
    d4: 48ff0f                         decq (%rdi)
    d7: 0f845e070000                   je 0x75e
    dd: 488b5128                       movq 0x28(%rcx), %rdx
    e1: f6c201                         testb $0x1, %dl
    e4: 7503                           jne 0x3
    e6: 48ff02                         incq (%rdx)
    e9: 49895500                       movq %rdx, (%r13)
    ed: 488b7130                       movq 0x30(%rcx), %rsi
    f1: 40f6c601                       testb $0x1, %sil
    f5: 7503                           jne 0x3
    f7: 48ff06                         incq (%rsi)
    fa: 49897508                       movq %rsi, 0x8(%r13)
    fe: 41b996000000                   movl $0x96, %r9d
   104: b80f000000                     movl $0xf, %eax
   109: f6c201                         testb $0x1, %dl
   10c: 0f84e8080000                   je 0x8e8
   112: 40f6c601                       testb $0x1, %sil
   116: 0f84de080000                   je 0x8de
   11c: 48d1fa                         sarq %rdx
   11f: 48d1fe                         sarq %rsi
   122: 4829f2                         subq %rsi, %rdx
   125: 4889d0                         movq %rdx, %rax
   128: 4801d8                         addq %rbx, %rax
   12b: 0f898a080000                   jns 0x88a
   131: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   139: 49894500                       movq %rax, (%r13)
   13d: 488b7938                       movq 0x38(%rcx), %rdi
   141: 48894138                       movq %rax, 0x38(%rcx)
   145: 40f6c701                       testb $0x1, %dil
   149: 7509                           jne 0x9
   14b: 48ff0f                         decq (%rdi)
   14e: 0f8403070000                   je 0x703
   154: 488b0500000000                 movq (%rip), %rax
        # hole +0x157: X86_64_RELOC_GOT_LOAD Rel32 data+44
   15b: a801                           testb $0x1, %al
   15d: 7503                           jne 0x3
   15f: 48ff00                         incq (%rax)
   162: 49894500                       movq %rax, (%r13)
   166: 498b4c2418                     movq 0x18(%r12), %rcx
   16b: 488b7940                       movq 0x40(%rcx), %rdi
   16f: 48894140                       movq %rax, 0x40(%rcx)
   173: 40f6c701                       testb $0x1, %dil
   177: 750f                           jne 0xf
   179: 48ff0f                         decq (%rdi)
   17c: 750a                           jne 0xa
   17e: e800000000                     callq 0x0
        # hole +0x17f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   183: 498b4c2418                     movq 0x18(%r12), %rcx
   188: 49c745008f010000               movq $0x18f, (%r13)
   190: 488b7948                       movq 0x48(%rcx), %rdi
   194: 48c741488f010000               movq $0x18f, 0x48(%rcx)
   19c: 40f6c701                       testb $0x1, %dil
   1a0: 7509                           jne 0x9
   1a2: 48ff0f                         decq (%rdi)
   1a5: 0f84c5060000                   je 0x6c5
   1ab: 488b7150                       movq 0x50(%rcx), %rsi
   1af: 40f6c601                       testb $0x1, %sil
   1b3: 7503                           jne 0x3
   1b5: 48ff06                         incq (%rsi)
   1b8: 49897500                       movq %rsi, (%r13)
   1bc: 488b5158                       movq 0x58(%rcx), %rdx
   1c0: f6c201                         testb $0x1, %dl
   1c3: 7503                           jne 0x3
   1c5: 48ff02                         incq (%rdx)
   1c8: 49895508                       movq %rdx, 0x8(%r13)
   1cc: 41b904010000                   movl $0x104, %r9d
   1d2: b81a000000                     movl $0x1a, %eax
   1d7: 40f6c601                       testb $0x1, %sil
   1db: 0f8419080000                   je 0x819
   1e1: f6c201                         testb $0x1, %dl
   1e4: 0f8410080000                   je 0x810
   1ea: 48d1fe                         sarq %rsi
   1ed: 48d1fa                         sarq %rdx
   1f0: 480fafd6                       imulq %rsi, %rdx
   1f4: 41b90e010000                   movl $0x10e, %r9d
   1fa: b81b000000                     movl $0x1b, %eax
   1ff: 0f80f5070000                   jo 0x7f5
   205: 488d341a                       leaq (%rdx,%rbx), %rsi
   209: 4885f6                         testq %rsi, %rsi
   20c: 0f89e8070000                   jns 0x7e8
   212: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   21a: 49894500                       movq %rax, (%r13)
   21e: 488b7960                       movq 0x60(%rcx), %rdi
   222: 48894160                       movq %rax, 0x60(%rcx)
   226: 40f6c701                       testb $0x1, %dil
   22a: 7509                           jne 0x9
   22c: 48ff0f                         decq (%rdi)
   22f: 0f8458060000                   je 0x658
   235: 488b0500000000                 movq (%rip), %rax
        # hole +0x238: X86_64_RELOC_GOT_LOAD Rel32 data+36
   23c: a801                           testb $0x1, %al
   23e: 7503                           jne 0x3
   240: 48ff00                         incq (%rax)
   243: 49894500                       movq %rax, (%r13)
   247: 498b4c2418                     movq 0x18(%r12), %rcx
   24c: 488b7968                       movq 0x68(%rcx), %rdi
   250: 48894168                       movq %rax, 0x68(%rcx)
   254: 40f6c701                       testb $0x1, %dil
   258: 750f                           jne 0xf
   25a: 48ff0f                         decq (%rdi)
   25d: 750a                           jne 0xa
   25f: e800000000                     callq 0x0
        # hole +0x260: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   264: 498b4c2418                     movq 0x18(%r12), %rcx
   269: 49c7450005010000               movq $0x105, (%r13)
   271: 488b7970                       movq 0x70(%rcx), %rdi
   275: 48c7417005010000               movq $0x105, 0x70(%rcx)
   27d: 40f6c701                       testb $0x1, %dil
   281: 7509                           jne 0x9
   283: 48ff0f                         decq (%rdi)
   286: 0f841a060000                   je 0x61a
   28c: 488b5178                       movq 0x78(%rcx), %rdx
   290: f6c201                         testb $0x1, %dl
   293: 7503                           jne 0x3
   295: 48ff02                         incq (%rdx)
   298: 49895500                       movq %rdx, (%r13)
   29c: 488bb180000000                 movq 0x80(%rcx), %rsi
   2a3: 40f6c601                       testb $0x1, %sil
   2a7: 7503                           jne 0x3
   2a9: 48ff06                         incq (%rsi)
   2ac: 49897508                       movq %rsi, 0x8(%r13)
   2b0: 41b972010000                   movl $0x172, %r9d
   2b6: b825000000                     movl $0x25, %eax
   2bb: f6c201                         testb $0x1, %dl
   2be: 0f8436070000                   je 0x736
   2c4: 40f6c601                       testb $0x1, %sil
   2c8: 0f842c070000                   je 0x72c
   2ce: 48d1fa                         sarq %rdx
   2d1: 48d1fe                         sarq %rsi
   2d4: 4801d6                         addq %rdx, %rsi
   2d7: 4889f0                         movq %rsi, %rax
   2da: 4801d8                         addq %rbx, %rax
   2dd: 0f89e5060000                   jns 0x6e5
   2e3: 488d047501000000               leaq 0x1(,%rsi,2), %rax
   2eb: 49894500                       movq %rax, (%r13)
   2ef: 488bb988000000                 movq 0x88(%rcx), %rdi
   2f6: 48898188000000                 movq %rax, 0x88(%rcx)
   2fd: 40f6c701                       testb $0x1, %dil
   301: 7509                           jne 0x9
   303: 48ff0f                         decq (%rdi)
   306: 0f84b6050000                   je 0x5b6
   30c: 488b0500000000                 movq (%rip), %rax
        # hole +0x30f: X86_64_RELOC_GOT_LOAD Rel32 data+28
   313: a801                           testb $0x1, %al
   315: 7503                           jne 0x3
   317: 48ff00                         incq (%rax)
   31a: 49894500                       movq %rax, (%r13)
   31e: 498b4c2418                     movq 0x18(%r12), %rcx
   323: 488bb990000000                 movq 0x90(%rcx), %rdi
   32a: 48898190000000                 movq %rax, 0x90(%rcx)
   331: 40f6c701                       testb $0x1, %dil
   335: 750f                           jne 0xf
   337: 48ff0f                         decq (%rdi)
   33a: 750a                           jne 0xa
   33c: e800000000                     callq 0x0
        # hole +0x33d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   341: 498b4c2418                     movq 0x18(%r12), %rcx
   346: 49c7450061000000               movq $0x61, (%r13)
   34e: 488bb998000000                 movq 0x98(%rcx), %rdi
   355: 48c7819800000061000000         movq $0x61, 0x98(%rcx)
   360: 40f6c701                       testb $0x1, %dil
   364: 7509                           jne 0x9
   366: 48ff0f                         decq (%rdi)
   369: 0f846c050000                   je 0x56c
   36f: 488b91a0000000                 movq 0xa0(%rcx), %rdx
   376: f6c201                         testb $0x1, %dl
   379: 7503                           jne 0x3
   37b: 48ff02                         incq (%rdx)
   37e: 49895500                       movq %rdx, (%r13)
   382: 488bb1a8000000                 movq 0xa8(%rcx), %rsi
   389: 40f6c601                       testb $0x1, %sil
   38d: 7503                           jne 0x3
   38f: 48ff06                         incq (%rsi)
   392: 49897508                       movq %rsi, 0x8(%r13)
   396: 41b9e0010000                   movl $0x1e0, %r9d
   39c: b830000000                     movl $0x30, %eax
   3a1: f6c201                         testb $0x1, %dl
   3a4: 0f8450060000                   je 0x650
   3aa: 40f6c601                       testb $0x1, %sil
   3ae: 0f8446060000                   je 0x646
   3b4: 48d1fa                         sarq %rdx
   3b7: 48d1fe                         sarq %rsi
   3ba: 4829f2                         subq %rsi, %rdx
   3bd: 4889d0                         movq %rdx, %rax
   3c0: 4801d8                         addq %rbx, %rax
   3c3: 0f890c060000                   jns 0x60c
   3c9: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   3d1: 49894500                       movq %rax, (%r13)
   3d5: 488bb9b0000000                 movq 0xb0(%rcx), %rdi
   3dc: 488981b0000000                 movq %rax, 0xb0(%rcx)
   3e3: 40f6c701                       testb $0x1, %dil
   3e7: 7509                           jne 0x9
   3e9: 48ff0f                         decq (%rdi)
   3ec: 0f8408050000                   je 0x508
   3f2: 488b0500000000                 movq (%rip), %rax
        # hole +0x3f5: X86_64_RELOC_GOT_LOAD Rel32 data+20
   3f9: a801                           testb $0x1, %al
   3fb: 7503                           jne 0x3
   3fd: 48ff00                         incq (%rax)
   400: 49894500                       movq %rax, (%r13)
   404: 498b4c2418                     movq 0x18(%r12), %rcx
   409: 488bb9b8000000                 movq 0xb8(%rcx), %rdi
   410: 488981b8000000                 movq %rax, 0xb8(%rcx)
   417: 40f6c701                       testb $0x1, %dil
   41b: 750f                           jne 0xf
   41d: 48ff0f                         decq (%rdi)
   420: 750a                           jne 0xa
   422: e800000000                     callq 0x0
        # hole +0x423: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   427: 498b4c2418                     movq 0x18(%r12), %rcx
   42c: 49c7450007010000               movq $0x107, (%r13)
   434: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   43b: 48c781c000000007010000         movq $0x107, 0xc0(%rcx)
   446: 40f6c701                       testb $0x1, %dil
   44a: 7509                           jne 0x9
   44c: 48ff0f                         decq (%rdi)
   44f: 0f84be040000                   je 0x4be
   455: 488bb1c8000000                 movq 0xc8(%rcx), %rsi
   45c: 40f6c601                       testb $0x1, %sil
   460: 7503                           jne 0x3
   462: 48ff06                         incq (%rsi)
   465: 49897500                       movq %rsi, (%r13)
   469: 488b91d0000000                 movq 0xd0(%rcx), %rdx
   470: f6c201                         testb $0x1, %dl
   473: 7503                           jne 0x3
   475: 48ff02                         incq (%rdx)
   478: 49895508                       movq %rdx, 0x8(%r13)
   47c: 41b94e020000                   movl $0x24e, %r9d
   482: b83b000000                     movl $0x3b, %eax
   487: 40f6c601                       testb $0x1, %sil
   48b: 0f8469050000                   je 0x569
   491: f6c201                         testb $0x1, %dl
   494: 0f8460050000                   je 0x560
   49a: 48d1fe                         sarq %rsi
   49d: 48d1fa                         sarq %rdx
   4a0: 480fafd6                       imulq %rsi, %rdx
   4a4: 41b958020000                   movl $0x258, %r9d
   4aa: b83c000000                     movl $0x3c, %eax
   4af: 0f8045050000                   jo 0x545
   4b5: 488d341a                       leaq (%rdx,%rbx), %rsi
   4b9: 4885f6                         testq %rsi, %rsi
   4bc: 0f8938050000                   jns 0x538
   4c2: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   4ca: 49894500                       movq %rax, (%r13)
   4ce: 488bb9d8000000                 movq 0xd8(%rcx), %rdi
   4d5: 488981d8000000                 movq %rax, 0xd8(%rcx)
   4dc: 40f6c701                       testb $0x1, %dil
   4e0: 7509                           jne 0x9
   4e2: 48ff0f                         decq (%rdi)
   4e5: 0f8448040000                   je 0x448
   4eb: 488b0500000000                 movq (%rip), %rax
        # hole +0x4ee: X86_64_RELOC_GOT_LOAD Rel32 data+12
   4f2: a801                           testb $0x1, %al
   4f4: 7503                           jne 0x3
   4f6: 48ff00                         incq (%rax)
   4f9: 49894500                       movq %rax, (%r13)
   4fd: 498b4c2418                     movq 0x18(%r12), %rcx
   502: 488bb9e0000000                 movq 0xe0(%rcx), %rdi
   509: 488981e0000000                 movq %rax, 0xe0(%rcx)
   510: 40f6c701                       testb $0x1, %dil
   514: 750f                           jne 0xf
   516: 48ff0f                         decq (%rdi)
   519: 750a                           jne 0xa
   51b: e800000000                     callq 0x0
        # hole +0x51c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   520: 498b4c2418                     movq 0x18(%r12), %rcx
   525: 49c745003b010000               movq $0x13b, (%r13)
   52d: 488bb9e8000000                 movq 0xe8(%rcx), %rdi
   534: 48c781e80000003b010000         movq $0x13b, 0xe8(%rcx)
   53f: 40f6c701                       testb $0x1, %dil
   543: 7509                           jne 0x9
   545: 48ff0f                         decq (%rdi)
   548: 0f84fe030000                   je 0x3fe
   54e: 488b91f0000000                 movq 0xf0(%rcx), %rdx
   555: f6c201                         testb $0x1, %dl
   558: 7503                           jne 0x3
   55a: 48ff02                         incq (%rdx)
   55d: 49895500                       movq %rdx, (%r13)
   561: 488bb1f8000000                 movq 0xf8(%rcx), %rsi
   568: 40f6c601                       testb $0x1, %sil
   56c: 7503                           jne 0x3
   56e: 48ff06                         incq (%rsi)
   571: 49897508                       movq %rsi, 0x8(%r13)
   575: 41b9bc020000                   movl $0x2bc, %r9d
   57b: b846000000                     movl $0x46, %eax
   580: f6c201                         testb $0x1, %dl
   583: 0f8471040000                   je 0x471
   589: 40f6c601                       testb $0x1, %sil
   58d: 0f8467040000                   je 0x467
   593: 48d1fa                         sarq %rdx
   596: 48d1fe                         sarq %rsi
   599: 4801d6                         addq %rdx, %rsi
   59c: 4889f0                         movq %rsi, %rax
   59f: 4801d8                         addq %rbx, %rax
   5a2: 0f893a040000                   jns 0x43a
   5a8: 488d047501000000               leaq 0x1(,%rsi,2), %rax
   5b0: 49894500                       movq %rax, (%r13)
   5b4: 488bb900010000                 movq 0x100(%rcx), %rdi
   5bb: 48898100010000                 movq %rax, 0x100(%rcx)
   5c2: 40f6c701                       testb $0x1, %dil
   5c6: 7509                           jne 0x9
   5c8: 48ff0f                         decq (%rdi)
   5cb: 0f849a030000                   je 0x39a
   5d1: 488b0500000000                 movq (%rip), %rax
        # hole +0x5d4: X86_64_RELOC_GOT_LOAD Rel32 data+4
   5d8: a801                           testb $0x1, %al
   5da: 7503                           jne 0x3
   5dc: 48ff00                         incq (%rax)
   5df: 49894500                       movq %rax, (%r13)
   5e3: 498b4c2418                     movq 0x18(%r12), %rcx
   5e8: 488bb908010000                 movq 0x108(%rcx), %rdi
   5ef: 48898108010000                 movq %rax, 0x108(%rcx)
   5f6: 40f6c701                       testb $0x1, %dil
   5fa: 750f                           jne 0xf
   5fc: 48ff0f                         decq (%rdi)
   5ff: 750a                           jne 0xa
   601: e800000000                     callq 0x0
        # hole +0x602: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   606: 498b4c2418                     movq 0x18(%r12), %rcx
   60b: 49c7450031000000               movq $0x31, (%r13)
   613: 488bb910010000                 movq 0x110(%rcx), %rdi
   61a: 48c7811001000031000000         movq $0x31, 0x110(%rcx)
   625: 40f6c701                       testb $0x1, %dil
   629: 7509                           jne 0x9
   62b: 48ff0f                         decq (%rdi)
   62e: 0f8450030000                   je 0x350
   634: 488b9118010000                 movq 0x118(%rcx), %rdx
   63b: f6c201                         testb $0x1, %dl
   63e: 7503                           jne 0x3
   640: 48ff02                         incq (%rdx)
   643: 49895500                       movq %rdx, (%r13)
   647: 488bb120010000                 movq 0x120(%rcx), %rsi
   64e: 40f6c601                       testb $0x1, %sil
   652: 7503                           jne 0x3
   654: 48ff06                         incq (%rsi)
   657: 49897508                       movq %rsi, 0x8(%r13)
   65b: 41b92a030000                   movl $0x32a, %r9d
   661: b851000000                     movl $0x51, %eax
   666: f6c201                         testb $0x1, %dl
   669: 0f848b030000                   je 0x38b
   66f: 40f6c601                       testb $0x1, %sil
   673: 0f8481030000                   je 0x381
   679: 48d1fa                         sarq %rdx
   67c: 48d1fe                         sarq %rsi
   67f: 4829f2                         subq %rsi, %rdx
   682: 4889d0                         movq %rdx, %rax
   685: 4801d8                         addq %rbx, %rax
   688: 0f8961030000                   jns 0x361
   68e: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   696: 49894500                       movq %rax, (%r13)
   69a: 488bb928010000                 movq 0x128(%rcx), %rdi
   6a1: 48898128010000                 movq %rax, 0x128(%rcx)
   6a8: 40f6c701                       testb $0x1, %dil
   6ac: 750a                           jne 0xa
   6ae: 48ff0f                         decq (%rdi)
   6b1: 7505                           jne 0x5
   6b3: e800000000                     callq 0x0
        # hole +0x6b4: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6b8: 488b0500000000                 movq (%rip), %rax
        # hole +0x6bb: X86_64_RELOC_GOT_LOAD Rel32 data+68
   6bf: a801                           testb $0x1, %al
   6c1: 7503                           jne 0x3
   6c3: 48ff00                         incq (%rax)
   6c6: 49894500                       movq %rax, (%r13)
   6ca: 498b4c2418                     movq 0x18(%r12), %rcx
   6cf: 488bb930010000                 movq 0x130(%rcx), %rdi
   6d6: 48898130010000                 movq %rax, 0x130(%rcx)
   6dd: 40f6c701                       testb $0x1, %dil
   6e1: 750f                           jne 0xf
   6e3: 48ff0f                         decq (%rdi)
   6e6: 750a                           jne 0xa
   6e8: e800000000                     callq 0x0
        # hole +0x6e9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6ed: 498b4c2418                     movq 0x18(%r12), %rcx
   6f2: 49c7450049000000               movq $0x49, (%r13)
   6fa: 488bb938010000                 movq 0x138(%rcx), %rdi
   701: 48c7813801000049000000         movq $0x49, 0x138(%rcx)
   70c: 40f6c701                       testb $0x1, %dil
   710: 750f                           jne 0xf
   712: 48ff0f                         decq (%rdi)
   715: 750a                           jne 0xa
   717: e800000000                     callq 0x0
        # hole +0x718: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   71c: 498b4c2418                     movq 0x18(%r12), %rcx
   721: 488bb140010000                 movq 0x140(%rcx), %rsi
   728: 40f6c601                       testb $0x1, %sil
   72c: 7503                           jne 0x3
   72e: 48ff06                         incq (%rsi)
   731: 49897500                       movq %rsi, (%r13)
   735: 488b9148010000                 movq 0x148(%rcx), %rdx
   73c: f6c201                         testb $0x1, %dl
   73f: 7503                           jne 0x3
   741: 48ff02                         incq (%rdx)
   744: 49895508                       movq %rdx, 0x8(%r13)
   748: 41b998030000                   movl $0x398, %r9d
   74e: b85c000000                     movl $0x5c, %eax
   753: 40f6c601                       testb $0x1, %sil
   757: 0f849d020000                   je 0x29d
   75d: f6c201                         testb $0x1, %dl
   760: 0f8494020000                   je 0x294
   766: 48d1fe                         sarq %rsi
   769: 48d1fa                         sarq %rdx
   76c: 480fafd6                       imulq %rsi, %rdx
   770: 41b9a2030000                   movl $0x3a2, %r9d
   776: b85d000000                     movl $0x5d, %eax
   77b: 0f8079020000                   jo 0x279
   781: 488d341a                       leaq (%rdx,%rbx), %rsi
   785: 4885f6                         testq %rsi, %rsi
   788: 0f896c020000                   jns 0x26c
   78e: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   796: 49894500                       movq %rax, (%r13)
   79a: 488bb950010000                 movq 0x150(%rcx), %rdi
   7a1: 48898150010000                 movq %rax, 0x150(%rcx)
   7a8: 40f6c701                       testb $0x1, %dil
   7ac: 750a                           jne 0xa
   7ae: 48ff0f                         decq (%rdi)
   7b1: 7505                           jne 0x5
   7b3: e800000000                     callq 0x0
        # hole +0x7b4: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7b8: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x7bb: X86_64_RELOC_GOT_LOAD Rel32 data+60
   7bf: f6c101                         testb $0x1, %cl
   7c2: 7503                           jne 0x3
   7c4: 48ff01                         incq (%rcx)
   7c7: 49894d00                       movq %rcx, (%r13)
   7cb: 498b442418                     movq 0x18(%r12), %rax
   7d0: 488bb858010000                 movq 0x158(%rax), %rdi
   7d7: 48898858010000                 movq %rcx, 0x158(%rax)
   7de: 40f6c701                       testb $0x1, %dil
   7e2: 750f                           jne 0xf
   7e4: 48ff0f                         decq (%rdi)
   7e7: 750a                           jne 0xa
   7e9: e800000000                     callq 0x0
        # hole +0x7ea: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7ee: 498b442418                     movq 0x18(%r12), %rax
   7f3: 49c7450063010000               movq $0x163, (%r13)
   7fb: 488bb860010000                 movq 0x160(%rax), %rdi
   802: 48c7806001000063010000         movq $0x163, 0x160(%rax)
   80d: 40f6c701                       testb $0x1, %dil
   811: 7509                           jne 0x9
   813: 48ff0f                         decq (%rdi)
   816: 0f8487010000                   je 0x187
   81c: 58                             popq %rax
   81d: e900000000                     jmp 0x0
        # hole +0x81e: X86_64_RELOC_BRANCH Rel32 continue-4
   822: e800000000                     callq 0x0
        # hole +0x823: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   827: 488b0500000000                 movq (%rip), %rax
        # hole +0x82a: X86_64_RELOC_GOT_LOAD Rel32 data+52
   82e: a801                           testb $0x1, %al
   830: 0f845bf8ffff                   je -0x7a5
   836: e959f8ffff                     jmp -0x7a7
   83b: e800000000                     callq 0x0
        # hole +0x83c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   840: 498b4c2418                     movq 0x18(%r12), %rcx
   845: 488b5128                       movq 0x28(%rcx), %rdx
   849: f6c201                         testb $0x1, %dl
   84c: 0f8494f8ffff                   je -0x76c
   852: e992f8ffff                     jmp -0x76e
   857: e800000000                     callq 0x0
        # hole +0x858: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   85c: 488b0500000000                 movq (%rip), %rax
        # hole +0x85f: X86_64_RELOC_GOT_LOAD Rel32 data+44
   863: a801                           testb $0x1, %al
   865: 0f84f4f8ffff                   je -0x70c
   86b: e9f2f8ffff                     jmp -0x70e
   870: e800000000                     callq 0x0
        # hole +0x871: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   875: 498b4c2418                     movq 0x18(%r12), %rcx
   87a: 488b7150                       movq 0x50(%rcx), %rsi
   87e: 40f6c601                       testb $0x1, %sil
   882: 0f842df9ffff                   je -0x6d3
   888: e92bf9ffff                     jmp -0x6d5
   88d: e800000000                     callq 0x0
        # hole +0x88e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   892: 488b0500000000                 movq (%rip), %rax
        # hole +0x895: X86_64_RELOC_GOT_LOAD Rel32 data+36
   899: a801                           testb $0x1, %al
   89b: 0f849ff9ffff                   je -0x661
   8a1: e99df9ffff                     jmp -0x663
   8a6: e800000000                     callq 0x0
        # hole +0x8a7: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8ab: 498b4c2418                     movq 0x18(%r12), %rcx
   8b0: 488b5178                       movq 0x78(%rcx), %rdx
   8b4: f6c201                         testb $0x1, %dl
   8b7: 0f84d8f9ffff                   je -0x628
   8bd: e9d6f9ffff                     jmp -0x62a
   8c2: e800000000                     callq 0x0
        # hole +0x8c3: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8c7: 488b0500000000                 movq (%rip), %rax
        # hole +0x8ca: X86_64_RELOC_GOT_LOAD Rel32 data+28
   8ce: a801                           testb $0x1, %al
   8d0: 0f8441faffff                   je -0x5bf
   8d6: e93ffaffff                     jmp -0x5c1
   8db: e800000000                     callq 0x0
        # hole +0x8dc: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8e0: 498b4c2418                     movq 0x18(%r12), %rcx
   8e5: 488b91a0000000                 movq 0xa0(%rcx), %rdx
   8ec: f6c201                         testb $0x1, %dl
   8ef: 0f8486faffff                   je -0x57a
   8f5: e984faffff                     jmp -0x57c
   8fa: e800000000                     callq 0x0
        # hole +0x8fb: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8ff: 488b0500000000                 movq (%rip), %rax
        # hole +0x902: X86_64_RELOC_GOT_LOAD Rel32 data+20
   906: a801                           testb $0x1, %al
   908: 0f84effaffff                   je -0x511
   90e: e9edfaffff                     jmp -0x513
   913: e800000000                     callq 0x0
        # hole +0x914: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   918: 498b4c2418                     movq 0x18(%r12), %rcx
   91d: 488bb1c8000000                 movq 0xc8(%rcx), %rsi
   924: 40f6c601                       testb $0x1, %sil
   928: 0f8434fbffff                   je -0x4cc
   92e: e932fbffff                     jmp -0x4ce
   933: e800000000                     callq 0x0
        # hole +0x934: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   938: 488b0500000000                 movq (%rip), %rax
        # hole +0x93b: X86_64_RELOC_GOT_LOAD Rel32 data+12
   93f: a801                           testb $0x1, %al
   941: 0f84affbffff                   je -0x451
   947: e9adfbffff                     jmp -0x453
   94c: e800000000                     callq 0x0
        # hole +0x94d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   951: 498b4c2418                     movq 0x18(%r12), %rcx
   956: 488b91f0000000                 movq 0xf0(%rcx), %rdx
   95d: f6c201                         testb $0x1, %dl
   960: 0f84f4fbffff                   je -0x40c
   966: e9f2fbffff                     jmp -0x40e
   96b: e800000000                     callq 0x0
        # hole +0x96c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   970: 488b0500000000                 movq (%rip), %rax
        # hole +0x973: X86_64_RELOC_GOT_LOAD Rel32 data+4
   977: a801                           testb $0x1, %al
   979: 0f845dfcffff                   je -0x3a3
   97f: e95bfcffff                     jmp -0x3a5
   984: e800000000                     callq 0x0
        # hole +0x985: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   989: 498b4c2418                     movq 0x18(%r12), %rcx
   98e: 488b9118010000                 movq 0x118(%rcx), %rdx
   995: f6c201                         testb $0x1, %dl
   998: 0f84a2fcffff                   je -0x35e
   99e: e9a0fcffff                     jmp -0x360
   9a3: e800000000                     callq 0x0
        # hole +0x9a4: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   9a8: 58                             popq %rax
   9a9: e900000000                     jmp 0x0
        # hole +0x9aa: X86_64_RELOC_BRANCH Rel32 continue-4
   9ae: 41b932000000                   movl $0x32, %r9d
   9b4: b805000000                     movl $0x5, %eax
   9b9: eb3f                           jmp 0x3f
   9bb: 41b9a0000000                   movl $0xa0, %r9d
   9c1: b810000000                     movl $0x10, %eax
   9c6: eb32                           jmp 0x32
   9c8: 41b97c010000                   movl $0x17c, %r9d
   9ce: b826000000                     movl $0x26, %eax
   9d3: eb25                           jmp 0x25
   9d5: 41b9ea010000                   movl $0x1ea, %r9d
   9db: b831000000                     movl $0x31, %eax
   9e0: eb18                           jmp 0x18
   9e2: 41b9c6020000                   movl $0x2c6, %r9d
   9e8: b847000000                     movl $0x47, %eax
   9ed: eb0b                           jmp 0xb
   9ef: 41b934030000                   movl $0x334, %r9d
   9f5: b852000000                     movl $0x52, %eax
   9fa: 4983c510                       addq $0x10, %r13
   9fe: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xa01: X86_64_RELOC_GOT_LOAD Rel32 data-4
   a05: 4901c0                         addq %rax, %r8
   a08: 4c89e7                         movq %r12, %rdi
   a0b: 4c89ee                         movq %r13, %rsi
   a0e: 4c89f2                         movq %r14, %rdx
   a11: b901000000                     movl $0x1, %ecx
   a16: 58                             popq %rax
   a17: e900000000                     jmp 0x0
        # hole +0xa18: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[73]+0
        # hole data+0x10: GOT Abs64 operand0[62]+0
        # hole data+0x18: GOT Abs64 operand0[51]+0
        # hole data+0x20: GOT Abs64 operand0[40]+0
        # hole data+0x28: GOT Abs64 operand0[29]+0
        # hole data+0x30: GOT Abs64 operand0[18]+0
        # hole data+0x38: GOT Abs64 operand0[7]+0
        # hole data+0x40: GOT Abs64 operand0[95]+0
        # hole data+0x48: GOT Abs64 operand0[84]+0
