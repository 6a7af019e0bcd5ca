# stencil startup_loads for x86_64-unknown-linux-gnu: 2717 code bytes, 0 data bytes, 47 holes
     0: 50                             pushq %rax
     1: 498b4c2418                     movq 0x18(%r12), %rcx
     6: 488b11                         movq (%rcx), %rdx
     9: f6c201                         testb $0x1, %dl
     c: 7503                           jne 0x3
     e: 48ff02                         incq (%rdx)
    11: 49895500                       movq %rdx, (%r13)
    15: 488b7108                       movq 0x8(%rcx), %rsi
    19: 40f6c601                       testb $0x1, %sil
    1d: 7507                           jne 0x7
    1f: 48ff06                         incq (%rsi)
    22: 498b5500                       movq (%r13), %rdx
    26: 89d7                           movl %edx, %edi
    28: 83e701                         andl $0x1, %edi
    2b: 49897508                       movq %rsi, 0x8(%r13)
    2f: 41b928000000                   movl $0x28, %r9d
    35: b804000000                     movl $0x4, %eax
    3a: 4885ff                         testq %rdi, %rdi
    3d: 0f84350a0000                   je 0xa35
    43: 40f6c601                       testb $0x1, %sil
    47: 0f842b0a0000                   je 0xa2b
    4d: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
    57: 48d1fa                         sarq %rdx
    5a: 48d1fe                         sarq %rsi
    5d: 4801d6                         addq %rdx, %rsi
    60: 4889f0                         movq %rsi, %rax
    63: 4801d8                         addq %rbx, %rax
    66: 0f89c0090000                   jns 0x9c0
    6c: 488d047501000000               leaq 0x1(,%rsi,2), %rax
    74: 49894500                       movq %rax, (%r13)
    78: 488b7910                       movq 0x10(%rcx), %rdi
    7c: 48894110                       movq %rax, 0x10(%rcx)
    80: 40f6c701                       testb $0x1, %dil
    84: 7509                           jne 0x9
    86: 48ff0f                         decq (%rdi)
    89: 0f84fc070000                   je 0x7fc
    8f: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x91: R_X86_64_64 Abs64 operand0[7]+0
    99: a801                           testb $0x1, %al
    9b: 7503                           jne 0x3
    9d: 48ff00                         incq (%rax)
    a0: 49894500                       movq %rax, (%r13)
    a4: 498b4c2418                     movq 0x18(%r12), %rcx
    a9: 488b7918                       movq 0x18(%rcx), %rdi
    ad: 48894118                       movq %rax, 0x18(%rcx)
    b1: 40f6c701                       testb $0x1, %dil
    b5: 750f                           jne 0xf
    b7: 48ff0f                         decq (%rdi)
    ba: 750a                           jne 0xa
    bc: e800000000                     callq 0x0
        # hole +0xbd: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    c1: 498b4c2418                     movq 0x18(%r12), %rcx
    c6: 49c745001f010000               movq $0x11f, (%r13)
    ce: 488b7920                       movq 0x20(%rcx), %rdi
    d2: 48c741201f010000               movq $0x11f, 0x20(%rcx)
    da: 40f6c701                       testb $0x1, %dil
    de: 7509                           jne 0x9
    e0: 48ff0f                         decq (%rdi)
    e3: 0f84be070000                   je 0x7be
    e9: 488b5128                       movq 0x28(%rcx), %rdx
    ed: f6c201                         testb $0x1, %dl
    f0: 7503                           jne 0x3
    f2: 48ff02                         incq (%rdx)
    f5: 49895500                       movq %rdx, (%r13)
    f9: 488b7130                       movq 0x30(%rcx), %rsi
    fd: 40f6c601                       testb $0x1, %sil
   101: 7507                           jne 0x7
   103: 48ff06                         incq (%rsi)
   106: 498b5500                       movq (%r13), %rdx
   10a: 89d7                           movl %edx, %edi
   10c: 83e701                         andl $0x1, %edi
   10f: 49897508                       movq %rsi, 0x8(%r13)
   113: 41b996000000                   movl $0x96, %r9d
   119: b80f000000                     movl $0xf, %eax
   11e: 4885ff                         testq %rdi, %rdi
   121: 0f8451090000                   je 0x951
   127: 40f6c601                       testb $0x1, %sil
   12b: 0f8447090000                   je 0x947
   131: 48d1fa                         sarq %rdx
   134: 48d1fe                         sarq %rsi
   137: 4829f2                         subq %rsi, %rdx
   13a: 4889d0                         movq %rdx, %rax
   13d: 4801d8                         addq %rbx, %rax
   140: 0f89f3080000                   jns 0x8f3
   146: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   14e: 49894500                       movq %rax, (%r13)
   152: 488b7938                       movq 0x38(%rcx), %rdi
   156: 48894138                       movq %rax, 0x38(%rcx)
   15a: 40f6c701                       testb $0x1, %dil
   15e: 7509                           jne 0x9
   160: 48ff0f                         decq (%rdi)
   163: 0f845a070000                   je 0x75a
   169: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x16b: R_X86_64_64 Abs64 operand0[18]+0
   173: a801                           testb $0x1, %al
   175: 7503                           jne 0x3
   177: 48ff00                         incq (%rax)
   17a: 49894500                       movq %rax, (%r13)
   17e: 498b4c2418                     movq 0x18(%r12), %rcx
   183: 488b7940                       movq 0x40(%rcx), %rdi
   187: 48894140                       movq %rax, 0x40(%rcx)
   18b: 40f6c701                       testb $0x1, %dil
   18f: 750f                           jne 0xf
   191: 48ff0f                         decq (%rdi)
   194: 750a                           jne 0xa
   196: e800000000                     callq 0x0
        # hole +0x197: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   19b: 498b4c2418                     movq 0x18(%r12), %rcx
   1a0: 49c745008f010000               movq $0x18f, (%r13)
   1a8: 488b7948                       movq 0x48(%rcx), %rdi
   1ac: 48c741488f010000               movq $0x18f, 0x48(%rcx)
   1b4: 40f6c701                       testb $0x1, %dil
   1b8: 7509                           jne 0x9
   1ba: 48ff0f                         decq (%rdi)
   1bd: 0f841c070000                   je 0x71c
   1c3: 488b7150                       movq 0x50(%rcx), %rsi
   1c7: 40f6c601                       testb $0x1, %sil
   1cb: 7503                           jne 0x3
   1cd: 48ff06                         incq (%rsi)
   1d0: 49897500                       movq %rsi, (%r13)
   1d4: 488b5158                       movq 0x58(%rcx), %rdx
   1d8: f6c201                         testb $0x1, %dl
   1db: 7507                           jne 0x7
   1dd: 48ff02                         incq (%rdx)
   1e0: 498b7500                       movq (%r13), %rsi
   1e4: 89f7                           movl %esi, %edi
   1e6: 83e701                         andl $0x1, %edi
   1e9: 49895508                       movq %rdx, 0x8(%r13)
   1ed: 41b904010000                   movl $0x104, %r9d
   1f3: b81a000000                     movl $0x1a, %eax
   1f8: 4885ff                         testq %rdi, %rdi
   1fb: 0f8477080000                   je 0x877
   201: f6c201                         testb $0x1, %dl
   204: 0f846e080000                   je 0x86e
   20a: 48d1fe                         sarq %rsi
   20d: 48d1fa                         sarq %rdx
   210: 480fafd6                       imulq %rsi, %rdx
   214: 41b90e010000                   movl $0x10e, %r9d
   21a: b81b000000                     movl $0x1b, %eax
   21f: 0f8053080000                   jo 0x853
   225: 488d341a                       leaq (%rdx,%rbx), %rsi
   229: 4885f6                         testq %rsi, %rsi
   22c: 0f8946080000                   jns 0x846
   232: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   23a: 49894500                       movq %rax, (%r13)
   23e: 488b7960                       movq 0x60(%rcx), %rdi
   242: 48894160                       movq %rax, 0x60(%rcx)
   246: 40f6c701                       testb $0x1, %dil
   24a: 7509                           jne 0x9
   24c: 48ff0f                         decq (%rdi)
   24f: 0f84a7060000                   je 0x6a7
   255: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x257: R_X86_64_64 Abs64 operand0[29]+0
   25f: a801                           testb $0x1, %al
   261: 7503                           jne 0x3
   263: 48ff00                         incq (%rax)
   266: 49894500                       movq %rax, (%r13)
   26a: 498b4c2418                     movq 0x18(%r12), %rcx
   26f: 488b7968                       movq 0x68(%rcx), %rdi
   273: 48894168                       movq %rax, 0x68(%rcx)
   277: 40f6c701                       testb $0x1, %dil
   27b: 750f                           jne 0xf
   27d: 48ff0f                         decq (%rdi)
   280: 750a                           jne 0xa
   282: e800000000                     callq 0x0
        # hole +0x283: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   287: 498b4c2418                     movq 0x18(%r12), %rcx
   28c: 49c7450005010000               movq $0x105, (%r13)
   294: 488b7970                       movq 0x70(%rcx), %rdi
   298: 48c7417005010000               movq $0x105, 0x70(%rcx)
   2a0: 40f6c701                       testb $0x1, %dil
   2a4: 7509                           jne 0x9
   2a6: 48ff0f                         decq (%rdi)
   2a9: 0f8469060000                   je 0x669
   2af: 488b5178                       movq 0x78(%rcx), %rdx
   2b3: f6c201                         testb $0x1, %dl
   2b6: 7503                           jne 0x3
   2b8: 48ff02                         incq (%rdx)
   2bb: 49895500                       movq %rdx, (%r13)
   2bf: 488bb180000000                 movq 0x80(%rcx), %rsi
   2c6: 40f6c601                       testb $0x1, %sil
   2ca: 7507                           jne 0x7
   2cc: 48ff06                         incq (%rsi)
   2cf: 498b5500                       movq (%r13), %rdx
   2d3: 89d7                           movl %edx, %edi
   2d5: 83e701                         andl $0x1, %edi
   2d8: 49897508                       movq %rsi, 0x8(%r13)
   2dc: 41b972010000                   movl $0x172, %r9d
   2e2: b825000000                     movl $0x25, %eax
   2e7: 4885ff                         testq %rdi, %rdi
   2ea: 0f8488070000                   je 0x788
   2f0: 40f6c601                       testb $0x1, %sil
   2f4: 0f847e070000                   je 0x77e
   2fa: 48d1fa                         sarq %rdx
   2fd: 48d1fe                         sarq %rsi
   300: 4801d6                         addq %rdx, %rsi
   303: 4889f0                         movq %rsi, %rax
   306: 4801d8                         addq %rbx, %rax
   309: 0f8937070000                   jns 0x737
   30f: 488d047501000000               leaq 0x1(,%rsi,2), %rax
   317: 49894500                       movq %rax, (%r13)
   31b: 488bb988000000                 movq 0x88(%rcx), %rdi
   322: 48898188000000                 movq %rax, 0x88(%rcx)
   329: 40f6c701                       testb $0x1, %dil
   32d: 7509                           jne 0x9
   32f: 48ff0f                         decq (%rdi)
   332: 0f84fc050000                   je 0x5fc
   338: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x33a: R_X86_64_64 Abs64 operand0[40]+0
   342: a801                           testb $0x1, %al
   344: 7503                           jne 0x3
   346: 48ff00                         incq (%rax)
   349: 49894500                       movq %rax, (%r13)
   34d: 498b4c2418                     movq 0x18(%r12), %rcx
   352: 488bb990000000                 movq 0x90(%rcx), %rdi
   359: 48898190000000                 movq %rax, 0x90(%rcx)
   360: 40f6c701                       testb $0x1, %dil
   364: 750f                           jne 0xf
   366: 48ff0f                         decq (%rdi)
   369: 750a                           jne 0xa
   36b: e800000000                     callq 0x0
        # hole +0x36c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   370: 498b4c2418                     movq 0x18(%r12), %rcx
   375: 49c7450061000000               movq $0x61, (%r13)
   37d: 488bb998000000                 movq 0x98(%rcx), %rdi
   384: 48c7819800000061000000         movq $0x61, 0x98(%rcx)
   38f: 40f6c701                       testb $0x1, %dil
   393: 7509                           jne 0x9
   395: 48ff0f                         decq (%rdi)
   398: 0f84b2050000                   je 0x5b2
   39e: 488b91a0000000                 movq 0xa0(%rcx), %rdx
   3a5: f6c201                         testb $0x1, %dl
   3a8: 7503                           jne 0x3
   3aa: 48ff02                         incq (%rdx)
   3ad: 49895500                       movq %rdx, (%r13)
   3b1: 488bb1a8000000                 movq 0xa8(%rcx), %rsi
   3b8: 40f6c601                       testb $0x1, %sil
   3bc: 7507                           jne 0x7
   3be: 48ff06                         incq (%rsi)
   3c1: 498b5500                       movq (%r13), %rdx
   3c5: 89d7                           movl %edx, %edi
   3c7: 83e701                         andl $0x1, %edi
   3ca: 49897508                       movq %rsi, 0x8(%r13)
   3ce: 41b9e0010000                   movl $0x1e0, %r9d
   3d4: b830000000                     movl $0x30, %eax
   3d9: 4885ff                         testq %rdi, %rdi
   3dc: 0f8496060000                   je 0x696
   3e2: 40f6c601                       testb $0x1, %sil
   3e6: 0f848c060000                   je 0x68c
   3ec: 48d1fa                         sarq %rdx
   3ef: 48d1fe                         sarq %rsi
   3f2: 4829f2                         subq %rsi, %rdx
   3f5: 4889d0                         movq %rdx, %rax
   3f8: 4801d8                         addq %rbx, %rax
   3fb: 0f8952060000                   jns 0x652
   401: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   409: 49894500                       movq %rax, (%r13)
   40d: 488bb9b0000000                 movq 0xb0(%rcx), %rdi
   414: 488981b0000000                 movq %rax, 0xb0(%rcx)
   41b: 40f6c701                       testb $0x1, %dil
   41f: 7509                           jne 0x9
   421: 48ff0f                         decq (%rdi)
   424: 0f8445050000                   je 0x545
   42a: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x42c: R_X86_64_64 Abs64 operand0[51]+0
   434: a801                           testb $0x1, %al
   436: 7503                           jne 0x3
   438: 48ff00                         incq (%rax)
   43b: 49894500                       movq %rax, (%r13)
   43f: 498b4c2418                     movq 0x18(%r12), %rcx
   444: 488bb9b8000000                 movq 0xb8(%rcx), %rdi
   44b: 488981b8000000                 movq %rax, 0xb8(%rcx)
   452: 40f6c701                       testb $0x1, %dil
   456: 750f                           jne 0xf
   458: 48ff0f                         decq (%rdi)
   45b: 750a                           jne 0xa
   45d: e800000000                     callq 0x0
        # hole +0x45e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   462: 498b4c2418                     movq 0x18(%r12), %rcx
   467: 49c7450007010000               movq $0x107, (%r13)
   46f: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   476: 48c781c000000007010000         movq $0x107, 0xc0(%rcx)
   481: 40f6c701                       testb $0x1, %dil
   485: 7509                           jne 0x9
   487: 48ff0f                         decq (%rdi)
   48a: 0f84fb040000                   je 0x4fb
   490: 488bb1c8000000                 movq 0xc8(%rcx), %rsi
   497: 40f6c601                       testb $0x1, %sil
   49b: 7503                           jne 0x3
   49d: 48ff06                         incq (%rsi)
   4a0: 49897500                       movq %rsi, (%r13)
   4a4: 488b91d0000000                 movq 0xd0(%rcx), %rdx
   4ab: f6c201                         testb $0x1, %dl
   4ae: 7507                           jne 0x7
   4b0: 48ff02                         incq (%rdx)
   4b3: 498b7500                       movq (%r13), %rsi
   4b7: 89f7                           movl %esi, %edi
   4b9: 83e701                         andl $0x1, %edi
   4bc: 49895508                       movq %rdx, 0x8(%r13)
   4c0: 41b94e020000                   movl $0x24e, %r9d
   4c6: b83b000000                     movl $0x3b, %eax
   4cb: 4885ff                         testq %rdi, %rdi
   4ce: 0f84a4050000                   je 0x5a4
   4d4: f6c201                         testb $0x1, %dl
   4d7: 0f849b050000                   je 0x59b
   4dd: 48d1fe                         sarq %rsi
   4e0: 48d1fa                         sarq %rdx
   4e3: 480fafd6                       imulq %rsi, %rdx
   4e7: 41b958020000                   movl $0x258, %r9d
   4ed: b83c000000                     movl $0x3c, %eax
   4f2: 0f8080050000                   jo 0x580
   4f8: 488d341a                       leaq (%rdx,%rbx), %rsi
   4fc: 4885f6                         testq %rsi, %rsi
   4ff: 0f8973050000                   jns 0x573
   505: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   50d: 49894500                       movq %rax, (%r13)
   511: 488bb9d8000000                 movq 0xd8(%rcx), %rdi
   518: 488981d8000000                 movq %rax, 0xd8(%rcx)
   51f: 40f6c701                       testb $0x1, %dil
   523: 7509                           jne 0x9
   525: 48ff0f                         decq (%rdi)
   528: 0f847d040000                   je 0x47d
   52e: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x530: R_X86_64_64 Abs64 operand0[62]+0
   538: a801                           testb $0x1, %al
   53a: 7503                           jne 0x3
   53c: 48ff00                         incq (%rax)
   53f: 49894500                       movq %rax, (%r13)
   543: 498b4c2418                     movq 0x18(%r12), %rcx
   548: 488bb9e0000000                 movq 0xe0(%rcx), %rdi
   54f: 488981e0000000                 movq %rax, 0xe0(%rcx)
   556: 40f6c701                       testb $0x1, %dil
   55a: 750f                           jne 0xf
   55c: 48ff0f                         decq (%rdi)
   55f: 750a                           jne 0xa
   561: e800000000                     callq 0x0
        # hole +0x562: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   566: 498b4c2418                     movq 0x18(%r12), %rcx
   56b: 49c745003b010000               movq $0x13b, (%r13)
   573: 488bb9e8000000                 movq 0xe8(%rcx), %rdi
   57a: 48c781e80000003b010000         movq $0x13b, 0xe8(%rcx)
   585: 40f6c701                       testb $0x1, %dil
   589: 7509                           jne 0x9
   58b: 48ff0f                         decq (%rdi)
   58e: 0f8433040000                   je 0x433
   594: 488b91f0000000                 movq 0xf0(%rcx), %rdx
   59b: f6c201                         testb $0x1, %dl
   59e: 7503                           jne 0x3
   5a0: 48ff02                         incq (%rdx)
   5a3: 49895500                       movq %rdx, (%r13)
   5a7: 488bb1f8000000                 movq 0xf8(%rcx), %rsi
   5ae: 40f6c601                       testb $0x1, %sil
   5b2: 7507                           jne 0x7
   5b4: 48ff06                         incq (%rsi)
   5b7: 498b5500                       movq (%r13), %rdx
   5bb: 89d7                           movl %edx, %edi
   5bd: 83e701                         andl $0x1, %edi
   5c0: 49897508                       movq %rsi, 0x8(%r13)
   5c4: 41b9bc020000                   movl $0x2bc, %r9d
   5ca: b846000000                     movl $0x46, %eax
   5cf: 4885ff                         testq %rdi, %rdi
   5d2: 0f84a0040000                   je 0x4a0
   5d8: 40f6c601                       testb $0x1, %sil
   5dc: 0f8496040000                   je 0x496
   5e2: 48d1fa                         sarq %rdx
   5e5: 48d1fe                         sarq %rsi
   5e8: 4801d6                         addq %rdx, %rsi
   5eb: 4889f0                         movq %rsi, %rax
   5ee: 4801d8                         addq %rbx, %rax
   5f1: 0f8969040000                   jns 0x469
   5f7: 488d047501000000               leaq 0x1(,%rsi,2), %rax
   5ff: 49894500                       movq %rax, (%r13)
   603: 488bb900010000                 movq 0x100(%rcx), %rdi
   60a: 48898100010000                 movq %rax, 0x100(%rcx)
   611: 40f6c701                       testb $0x1, %dil
   615: 7509                           jne 0x9
   617: 48ff0f                         decq (%rdi)
   61a: 0f84c6030000                   je 0x3c6
   620: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x622: R_X86_64_64 Abs64 operand0[73]+0
   62a: a801                           testb $0x1, %al
   62c: 7503                           jne 0x3
   62e: 48ff00                         incq (%rax)
   631: 49894500                       movq %rax, (%r13)
   635: 498b4c2418                     movq 0x18(%r12), %rcx
   63a: 488bb908010000                 movq 0x108(%rcx), %rdi
   641: 48898108010000                 movq %rax, 0x108(%rcx)
   648: 40f6c701                       testb $0x1, %dil
   64c: 750f                           jne 0xf
   64e: 48ff0f                         decq (%rdi)
   651: 750a                           jne 0xa
   653: e800000000                     callq 0x0
        # hole +0x654: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   658: 498b4c2418                     movq 0x18(%r12), %rcx
   65d: 49c7450031000000               movq $0x31, (%r13)
   665: 488bb910010000                 movq 0x110(%rcx), %rdi
   66c: 48c7811001000031000000         movq $0x31, 0x110(%rcx)
   677: 40f6c701                       testb $0x1, %dil
   67b: 7509                           jne 0x9
   67d: 48ff0f                         decq (%rdi)
   680: 0f847c030000                   je 0x37c
   686: 488b9118010000                 movq 0x118(%rcx), %rdx
   68d: f6c201                         testb $0x1, %dl
   690: 7503                           jne 0x3
   692: 48ff02                         incq (%rdx)
   695: 49895500                       movq %rdx, (%r13)
   699: 488bb120010000                 movq 0x120(%rcx), %rsi
   6a0: 40f6c601                       testb $0x1, %sil
   6a4: 7507                           jne 0x7
   6a6: 48ff06                         incq (%rsi)
   6a9: 498b5500                       movq (%r13), %rdx
   6ad: 89d7                           movl %edx, %edi
   6af: 83e701                         andl $0x1, %edi
   6b2: 49897508                       movq %rsi, 0x8(%r13)
   6b6: 41b92a030000                   movl $0x32a, %r9d
   6bc: b851000000                     movl $0x51, %eax
   6c1: 4885ff                         testq %rdi, %rdi
   6c4: 0f84ae030000                   je 0x3ae
   6ca: 40f6c601                       testb $0x1, %sil
   6ce: 0f84a4030000                   je 0x3a4
   6d4: 48d1fa                         sarq %rdx
   6d7: 48d1fe                         sarq %rsi
   6da: 4829f2                         subq %rsi, %rdx
   6dd: 4889d0                         movq %rdx, %rax
   6e0: 4801d8                         addq %rbx, %rax
   6e3: 0f8984030000                   jns 0x384
   6e9: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   6f1: 49894500                       movq %rax, (%r13)
   6f5: 488bb928010000                 movq 0x128(%rcx), %rdi
   6fc: 48898128010000                 movq %rax, 0x128(%rcx)
   703: 40f6c701                       testb $0x1, %dil
   707: 750a                           jne 0xa
   709: 48ff0f                         decq (%rdi)
   70c: 7505                           jne 0x5
   70e: e800000000                     callq 0x0
        # hole +0x70f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   713: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x715: R_X86_64_64 Abs64 operand0[84]+0
   71d: a801                           testb $0x1, %al
   71f: 7503                           jne 0x3
   721: 48ff00                         incq (%rax)
   724: 49894500                       movq %rax, (%r13)
   728: 498b4c2418                     movq 0x18(%r12), %rcx
   72d: 488bb930010000                 movq 0x130(%rcx), %rdi
   734: 48898130010000                 movq %rax, 0x130(%rcx)
   73b: 40f6c701                       testb $0x1, %dil
   73f: 750f                           jne 0xf
   741: 48ff0f                         decq (%rdi)
   744: 750a                           jne 0xa
   746: e800000000                     callq 0x0
        # hole +0x747: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   74b: 498b4c2418                     movq 0x18(%r12), %rcx
   750: 49c7450049000000               movq $0x49, (%r13)
   758: 488bb938010000                 movq 0x138(%rcx), %rdi
   75f: 48c7813801000049000000         movq $0x49, 0x138(%rcx)
   76a: 40f6c701                       testb $0x1, %dil
   76e: 750f                           jne 0xf
   770: 48ff0f                         decq (%rdi)
   773: 750a                           jne 0xa
   775: e800000000                     callq 0x0
        # hole +0x776: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   77a: 498b4c2418                     movq 0x18(%r12), %rcx
   77f: 488bb140010000                 movq 0x140(%rcx), %rsi
   786: 40f6c601                       testb $0x1, %sil
   78a: 7503                           jne 0x3
   78c: 48ff06                         incq (%rsi)
   78f: 49897500                       movq %rsi, (%r13)
   793: 488b9148010000                 movq 0x148(%rcx), %rdx
   79a: f6c201                         testb $0x1, %dl
   79d: 7507                           jne 0x7
   79f: 48ff02                         incq (%rdx)
   7a2: 498b7500                       movq (%r13), %rsi
   7a6: 89f7                           movl %esi, %edi
   7a8: 83e701                         andl $0x1, %edi
   7ab: 49895508                       movq %rdx, 0x8(%r13)
   7af: 41b998030000                   movl $0x398, %r9d
   7b5: b85c000000                     movl $0x5c, %eax
   7ba: 4885ff                         testq %rdi, %rdi
   7bd: 0f84b5020000                   je 0x2b5
   7c3: f6c201                         testb $0x1, %dl
   7c6: 0f84ac020000                   je 0x2ac
   7cc: 48d1fe                         sarq %rsi
   7cf: 48d1fa                         sarq %rdx
   7d2: 480fafd6                       imulq %rsi, %rdx
   7d6: 41b9a2030000                   movl $0x3a2, %r9d
   7dc: b85d000000                     movl $0x5d, %eax
   7e1: 0f8091020000                   jo 0x291
   7e7: 488d341a                       leaq (%rdx,%rbx), %rsi
   7eb: 4885f6                         testq %rsi, %rsi
   7ee: 0f8984020000                   jns 0x284
   7f4: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   7fc: 49894500                       movq %rax, (%r13)
   800: 488bb950010000                 movq 0x150(%rcx), %rdi
   807: 48898150010000                 movq %rax, 0x150(%rcx)
   80e: 40f6c701                       testb $0x1, %dil
   812: 750a                           jne 0xa
   814: 48ff0f                         decq (%rdi)
   817: 7505                           jne 0x5
   819: e800000000                     callq 0x0
        # hole +0x81a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   81e: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x820: R_X86_64_64 Abs64 operand0[95]+0
   828: f6c101                         testb $0x1, %cl
   82b: 7503                           jne 0x3
   82d: 48ff01                         incq (%rcx)
   830: 49894d00                       movq %rcx, (%r13)
   834: 498b442418                     movq 0x18(%r12), %rax
   839: 488bb858010000                 movq 0x158(%rax), %rdi
   840: 48898858010000                 movq %rcx, 0x158(%rax)
   847: 40f6c701                       testb $0x1, %dil
   84b: 750f                           jne 0xf
   84d: 48ff0f                         decq (%rdi)
   850: 750a                           jne 0xa
   852: e800000000                     callq 0x0
        # hole +0x853: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   857: 498b442418                     movq 0x18(%r12), %rax
   85c: 49c7450063010000               movq $0x163, (%r13)
   864: 488bb860010000                 movq 0x160(%rax), %rdi
   86b: 48c7806001000063010000         movq $0x163, 0x160(%rax)
   876: 40f6c701                       testb $0x1, %dil
   87a: 7509                           jne 0x9
   87c: 48ff0f                         decq (%rdi)
   87f: 0f849c010000                   je 0x19c
   885: 58                             popq %rax
   886: e900000000                     jmp 0x0
        # hole +0x887: R_X86_64_PLT32 Rel32 continue-4
   88b: e800000000                     callq 0x0
        # hole +0x88c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   890: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x892: R_X86_64_64 Abs64 operand0[7]+0
   89a: a801                           testb $0x1, %al
   89c: 0f84fbf7ffff                   je -0x805
   8a2: e9f9f7ffff                     jmp -0x807
   8a7: e800000000                     callq 0x0
        # hole +0x8a8: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   8ac: 498b4c2418                     movq 0x18(%r12), %rcx
   8b1: 488b5128                       movq 0x28(%rcx), %rdx
   8b5: f6c201                         testb $0x1, %dl
   8b8: 0f8434f8ffff                   je -0x7cc
   8be: e932f8ffff                     jmp -0x7ce
   8c3: e800000000                     callq 0x0
        # hole +0x8c4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   8c8: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x8ca: R_X86_64_64 Abs64 operand0[18]+0
   8d2: a801                           testb $0x1, %al
   8d4: 0f849df8ffff                   je -0x763
   8da: e99bf8ffff                     jmp -0x765
   8df: e800000000                     callq 0x0
        # hole +0x8e0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   8e4: 498b4c2418                     movq 0x18(%r12), %rcx
   8e9: 488b7150                       movq 0x50(%rcx), %rsi
   8ed: 40f6c601                       testb $0x1, %sil
   8f1: 0f84d6f8ffff                   je -0x72a
   8f7: e9d4f8ffff                     jmp -0x72c
   8fc: e800000000                     callq 0x0
        # hole +0x8fd: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   901: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x903: R_X86_64_64 Abs64 operand0[29]+0
   90b: a801                           testb $0x1, %al
   90d: 0f8450f9ffff                   je -0x6b0
   913: e94ef9ffff                     jmp -0x6b2
   918: e800000000                     callq 0x0
        # hole +0x919: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   91d: 498b4c2418                     movq 0x18(%r12), %rcx
   922: 488b5178                       movq 0x78(%rcx), %rdx
   926: f6c201                         testb $0x1, %dl
   929: 0f8489f9ffff                   je -0x677
   92f: e987f9ffff                     jmp -0x679
   934: e800000000                     callq 0x0
        # hole +0x935: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   939: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x93b: R_X86_64_64 Abs64 operand0[40]+0
   943: a801                           testb $0x1, %al
   945: 0f84fbf9ffff                   je -0x605
   94b: e9f9f9ffff                     jmp -0x607
   950: e800000000                     callq 0x0
        # hole +0x951: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   955: 498b4c2418                     movq 0x18(%r12), %rcx
   95a: 488b91a0000000                 movq 0xa0(%rcx), %rdx
   961: f6c201                         testb $0x1, %dl
   964: 0f8440faffff                   je -0x5c0
   96a: e93efaffff                     jmp -0x5c2
   96f: e800000000                     callq 0x0
        # hole +0x970: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   974: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x976: R_X86_64_64 Abs64 operand0[51]+0
   97e: a801                           testb $0x1, %al
   980: 0f84b2faffff                   je -0x54e
   986: e9b0faffff                     jmp -0x550
   98b: e800000000                     callq 0x0
        # hole +0x98c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   990: 498b4c2418                     movq 0x18(%r12), %rcx
   995: 488bb1c8000000                 movq 0xc8(%rcx), %rsi
   99c: 40f6c601                       testb $0x1, %sil
   9a0: 0f84f7faffff                   je -0x509
   9a6: e9f5faffff                     jmp -0x50b
   9ab: e800000000                     callq 0x0
        # hole +0x9ac: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   9b0: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x9b2: R_X86_64_64 Abs64 operand0[62]+0
   9ba: a801                           testb $0x1, %al
   9bc: 0f847afbffff                   je -0x486
   9c2: e978fbffff                     jmp -0x488
   9c7: e800000000                     callq 0x0
        # hole +0x9c8: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   9cc: 498b4c2418                     movq 0x18(%r12), %rcx
   9d1: 488b91f0000000                 movq 0xf0(%rcx), %rdx
   9d8: f6c201                         testb $0x1, %dl
   9db: 0f84bffbffff                   je -0x441
   9e1: e9bdfbffff                     jmp -0x443
   9e6: e800000000                     callq 0x0
        # hole +0x9e7: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   9eb: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x9ed: R_X86_64_64 Abs64 operand0[73]+0
   9f5: a801                           testb $0x1, %al
   9f7: 0f8431fcffff                   je -0x3cf
   9fd: e92ffcffff                     jmp -0x3d1
   a02: e800000000                     callq 0x0
        # hole +0xa03: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   a07: 498b4c2418                     movq 0x18(%r12), %rcx
   a0c: 488b9118010000                 movq 0x118(%rcx), %rdx
   a13: f6c201                         testb $0x1, %dl
   a16: 0f8476fcffff                   je -0x38a
   a1c: e974fcffff                     jmp -0x38c
   a21: e800000000                     callq 0x0
        # hole +0xa22: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   a26: 58                             popq %rax
   a27: e900000000                     jmp 0x0
        # hole +0xa28: R_X86_64_PLT32 Rel32 continue-4
   a2c: 41b932000000                   movl $0x32, %r9d
   a32: b805000000                     movl $0x5, %eax
   a37: eb3f                           jmp 0x3f
   a39: 41b9a0000000                   movl $0xa0, %r9d
   a3f: b810000000                     movl $0x10, %eax
   a44: eb32                           jmp 0x32
   a46: 41b97c010000                   movl $0x17c, %r9d
   a4c: b826000000                     movl $0x26, %eax
   a51: eb25                           jmp 0x25
   a53: 41b9ea010000                   movl $0x1ea, %r9d
   a59: b831000000                     movl $0x31, %eax
   a5e: eb18                           jmp 0x18
   a60: 41b9c6020000                   movl $0x2c6, %r9d
   a66: b847000000                     movl $0x47, %eax
   a6b: eb0b                           jmp 0xb
   a6d: 41b934030000                   movl $0x334, %r9d
   a73: b852000000                     movl $0x52, %eax
   a78: 4983c510                       addq $0x10, %r13
   a7c: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xa7e: R_X86_64_64 Abs64 index+0
   a86: 4901c0                         addq %rax, %r8
   a89: 4c89e7                         movq %r12, %rdi
   a8c: 4c89ee                         movq %r13, %rsi
   a8f: 4c89f2                         movq %r14, %rdx
   a92: b901000000                     movl $0x1, %ecx
   a97: 58                             popq %rax
   a98: e900000000                     jmp 0x0
        # hole +0xa99: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
