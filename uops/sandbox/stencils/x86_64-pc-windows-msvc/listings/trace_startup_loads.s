# stencil startup_loads for x86_64-pc-windows-msvc: 2475 code bytes, 80 data bytes, 50 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b442418                     movq 0x18(%r12), %rax
     9: 488b10                         movq (%rax), %rdx
     c: f6c201                         testb $0x1, %dl
     f: 7503                           jne 0x3
    11: 48ff02                         incq (%rdx)
    14: 49895500                       movq %rdx, (%r13)
    18: 498b442418                     movq 0x18(%r12), %rax
    1d: 488b7808                       movq 0x8(%rax), %rdi
    21: 40f6c701                       testb $0x1, %dil
    25: 7507                           jne 0x7
    27: 48ff07                         incq (%rdi)
    2a: 498b5500                       movq (%r13), %rdx
    2e: 89d6                           movl %edx, %esi
    30: 83e601                         andl $0x1, %esi
    33: 49897d08                       movq %rdi, 0x8(%r13)
    37: b828000000                     movl $0x28, %eax
    3c: b904000000                     movl $0x4, %ecx
    41: 4885f6                         testq %rsi, %rsi
    44: 0f84f2000000                   je 0xf2
    4a: 89fe                           movl %edi, %esi
    4c: 83e601                         andl $0x1, %esi
    4f: 0f84e7000000                   je 0xe7
    55: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
    5f: 48d1fa                         sarq %rdx
    62: 48d1ff                         sarq %rdi
    65: 4801d7                         addq %rdx, %rdi
    68: 4889f8                         movq %rdi, %rax
    6b: 4801f0                         addq %rsi, %rax
    6e: 0f89dd080000                   jns 0x8dd
    74: 488d047d01000000               leaq 0x1(,%rdi,2), %rax
    7c: 49894500                       movq %rax, (%r13)
    80: 498b542418                     movq 0x18(%r12), %rdx
    85: 488b4a10                       movq 0x10(%rdx), %rcx
    89: 48894210                       movq %rax, 0x10(%rdx)
    8d: f6c101                         testb $0x1, %cl
    90: 7509                           jne 0x9
    92: 48ff09                         decq (%rcx)
    95: 0f84d2000000                   je 0xd2
    9b: 488b0500000000                 movq (%rip), %rax
        # hole +0x9e: IMAGE_REL_AMD64_REL32 Rel32 data-4
    a2: a801                           testb $0x1, %al
    a4: 7503                           jne 0x3
    a6: 48ff00                         incq (%rax)
    a9: 49894500                       movq %rax, (%r13)
    ad: 498b542418                     movq 0x18(%r12), %rdx
    b2: 488b4a18                       movq 0x18(%rdx), %rcx
    b6: 48894218                       movq %rax, 0x18(%rdx)
    ba: f6c101                         testb $0x1, %cl
    bd: 750a                           jne 0xa
    bf: 48ff09                         decq (%rcx)
    c2: 7505                           jne 0x5
    c4: e800000000                     callq 0x0
        # hole +0xc5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    c9: 49c745001f010000               movq $0x11f, (%r13)
    d1: 498b442418                     movq 0x18(%r12), %rax
    d6: 488b4820                       movq 0x20(%rax), %rcx
    da: 48c740201f010000               movq $0x11f, 0x20(%rax)
    e2: f6c101                         testb $0x1, %cl
    e5: 7509                           jne 0x9
    e7: 48ff09                         decq (%rcx)
    ea: 0f8496000000                   je 0x96
    f0: 498b442418                     movq 0x18(%r12), %rax
    f5: 488b5028                       movq 0x28(%rax), %rdx
    f9: f6c201                         testb $0x1, %dl
    fc: 7503                           jne 0x3
    fe: 48ff02                         incq (%rdx)
   101: 49895500                       movq %rdx, (%r13)
   105: 498b442418                     movq 0x18(%r12), %rax
   10a: 488b7830                       movq 0x30(%rax), %rdi
   10e: 40f6c701                       testb $0x1, %dil
   112: 7507                           jne 0x7
   114: 48ff07                         incq (%rdi)
   117: 498b5500                       movq (%r13), %rdx
   11b: 4189d0                         movl %edx, %r8d
   11e: 4183e001                       andl $0x1, %r8d
   122: 49897d08                       movq %rdi, 0x8(%r13)
   126: b896000000                     movl $0x96, %eax
   12b: b90f000000                     movl $0xf, %ecx
   130: 4d85c0                         testq %r8, %r8
   133: 7407                           je 0x7
   135: 89fb                           movl %edi, %ebx
   137: 83e301                         andl $0x1, %ebx
   13a: 7566                           jne 0x66
   13c: 4983c510                       addq $0x10, %r13
   140: 488b1500000000                 movq (%rip), %rdx
        # hole +0x143: IMAGE_REL_AMD64_REL32 Rel32 data+4
   147: 4801ca                         addq %rcx, %rdx
   14a: 4889442428                     movq %rax, 0x28(%rsp)
   14f: 4889542420                     movq %rdx, 0x20(%rsp)
   154: 4c89e1                         movq %r12, %rcx
   157: 4c89ea                         movq %r13, %rdx
   15a: 4d89f0                         movq %r14, %r8
   15d: 41b901000000                   movl $0x1, %r9d
   163: e800000000                     callq 0x0
        # hole +0x164: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   168: 4883c438                       addq $0x38, %rsp
   16c: c3                             retq
   16d: e800000000                     callq 0x0
        # hole +0x16e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   172: 488b0500000000                 movq (%rip), %rax
        # hole +0x175: IMAGE_REL_AMD64_REL32 Rel32 data-4
   179: a801                           testb $0x1, %al
   17b: 0f8425ffffff                   je -0xdb
   181: e923ffffff                     jmp -0xdd
   186: e800000000                     callq 0x0
        # hole +0x187: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   18b: 498b442418                     movq 0x18(%r12), %rax
   190: 488b5028                       movq 0x28(%rax), %rdx
   194: f6c201                         testb $0x1, %dl
   197: 0f8461ffffff                   je -0x9f
   19d: e95fffffff                     jmp -0xa1
   1a2: 48d1fa                         sarq %rdx
   1a5: 48d1ff                         sarq %rdi
   1a8: 4829fa                         subq %rdi, %rdx
   1ab: 4889d0                         movq %rdx, %rax
   1ae: 4801f0                         addq %rsi, %rax
   1b1: 0f89a9070000                   jns 0x7a9
   1b7: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   1bf: 49894500                       movq %rax, (%r13)
   1c3: 498b542418                     movq 0x18(%r12), %rdx
   1c8: 488b4a38                       movq 0x38(%rdx), %rcx
   1cc: 48894238                       movq %rax, 0x38(%rdx)
   1d0: f6c101                         testb $0x1, %cl
   1d3: 750a                           jne 0xa
   1d5: 48ff09                         decq (%rcx)
   1d8: 7505                           jne 0x5
   1da: e800000000                     callq 0x0
        # hole +0x1db: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1df: 488b0500000000                 movq (%rip), %rax
        # hole +0x1e2: IMAGE_REL_AMD64_REL32 Rel32 data+12
   1e6: a801                           testb $0x1, %al
   1e8: 7503                           jne 0x3
   1ea: 48ff00                         incq (%rax)
   1ed: 49894500                       movq %rax, (%r13)
   1f1: 498b542418                     movq 0x18(%r12), %rdx
   1f6: 488b4a40                       movq 0x40(%rdx), %rcx
   1fa: 48894240                       movq %rax, 0x40(%rdx)
   1fe: f6c101                         testb $0x1, %cl
   201: 750a                           jne 0xa
   203: 48ff09                         decq (%rcx)
   206: 7505                           jne 0x5
   208: e800000000                     callq 0x0
        # hole +0x209: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   20d: 49c745008f010000               movq $0x18f, (%r13)
   215: 498b442418                     movq 0x18(%r12), %rax
   21a: 488b4848                       movq 0x48(%rax), %rcx
   21e: 48c740488f010000               movq $0x18f, 0x48(%rax)
   226: f6c101                         testb $0x1, %cl
   229: 750a                           jne 0xa
   22b: 48ff09                         decq (%rcx)
   22e: 7505                           jne 0x5
   230: e800000000                     callq 0x0
        # hole +0x231: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   235: 498b442418                     movq 0x18(%r12), %rax
   23a: 488b7850                       movq 0x50(%rax), %rdi
   23e: 40f6c701                       testb $0x1, %dil
   242: 7503                           jne 0x3
   244: 48ff07                         incq (%rdi)
   247: 49897d00                       movq %rdi, (%r13)
   24b: 498b442418                     movq 0x18(%r12), %rax
   250: 488b5058                       movq 0x58(%rax), %rdx
   254: f6c201                         testb $0x1, %dl
   257: 7507                           jne 0x7
   259: 48ff02                         incq (%rdx)
   25c: 498b7d00                       movq (%r13), %rdi
   260: 4189f8                         movl %edi, %r8d
   263: 4183e001                       andl $0x1, %r8d
   267: 49895508                       movq %rdx, 0x8(%r13)
   26b: b804010000                     movl $0x104, %eax
   270: b91a000000                     movl $0x1a, %ecx
   275: 4d85c0                         testq %r8, %r8
   278: 0f84befeffff                   je -0x142
   27e: 89d3                           movl %edx, %ebx
   280: 83e301                         andl $0x1, %ebx
   283: 0f84b3feffff                   je -0x14d
   289: 48d1ff                         sarq %rdi
   28c: 48d1fa                         sarq %rdx
   28f: 480fafd7                       imulq %rdi, %rdx
   293: b80e010000                     movl $0x10e, %eax
   298: b91b000000                     movl $0x1b, %ecx
   29d: 0f8099feffff                   jo -0x167
   2a3: 488d3c32                       leaq (%rdx,%rsi), %rdi
   2a7: 4885ff                         testq %rdi, %rdi
   2aa: 0f898cfeffff                   jns -0x174
   2b0: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   2b8: 49894500                       movq %rax, (%r13)
   2bc: 498b542418                     movq 0x18(%r12), %rdx
   2c1: 488b4a60                       movq 0x60(%rdx), %rcx
   2c5: 48894260                       movq %rax, 0x60(%rdx)
   2c9: f6c101                         testb $0x1, %cl
   2cc: 750a                           jne 0xa
   2ce: 48ff09                         decq (%rcx)
   2d1: 7505                           jne 0x5
   2d3: e800000000                     callq 0x0
        # hole +0x2d4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2d8: 488b0500000000                 movq (%rip), %rax
        # hole +0x2db: IMAGE_REL_AMD64_REL32 Rel32 data+20
   2df: a801                           testb $0x1, %al
   2e1: 7503                           jne 0x3
   2e3: 48ff00                         incq (%rax)
   2e6: 49894500                       movq %rax, (%r13)
   2ea: 498b542418                     movq 0x18(%r12), %rdx
   2ef: 488b4a68                       movq 0x68(%rdx), %rcx
   2f3: 48894268                       movq %rax, 0x68(%rdx)
   2f7: f6c101                         testb $0x1, %cl
   2fa: 750a                           jne 0xa
   2fc: 48ff09                         decq (%rcx)
   2ff: 7505                           jne 0x5
   301: e800000000                     callq 0x0
        # hole +0x302: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   306: 49c7450005010000               movq $0x105, (%r13)
   30e: 498b442418                     movq 0x18(%r12), %rax
   313: 488b4870                       movq 0x70(%rax), %rcx
   317: 48c7407005010000               movq $0x105, 0x70(%rax)
   31f: f6c101                         testb $0x1, %cl
   322: 750a                           jne 0xa
   324: 48ff09                         decq (%rcx)
   327: 7505                           jne 0x5
   329: e800000000                     callq 0x0
        # hole +0x32a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   32e: 498b442418                     movq 0x18(%r12), %rax
   333: 488b5078                       movq 0x78(%rax), %rdx
   337: f6c201                         testb $0x1, %dl
   33a: 7503                           jne 0x3
   33c: 48ff02                         incq (%rdx)
   33f: 49895500                       movq %rdx, (%r13)
   343: 498b442418                     movq 0x18(%r12), %rax
   348: 488bb880000000                 movq 0x80(%rax), %rdi
   34f: 40f6c701                       testb $0x1, %dil
   353: 7507                           jne 0x7
   355: 48ff07                         incq (%rdi)
   358: 498b5500                       movq (%r13), %rdx
   35c: 4189d0                         movl %edx, %r8d
   35f: 4183e001                       andl $0x1, %r8d
   363: 49897d08                       movq %rdi, 0x8(%r13)
   367: b872010000                     movl $0x172, %eax
   36c: b925000000                     movl $0x25, %ecx
   371: 4d85c0                         testq %r8, %r8
   374: 0f84c2fdffff                   je -0x23e
   37a: 89fb                           movl %edi, %ebx
   37c: 83e301                         andl $0x1, %ebx
   37f: 0f84b7fdffff                   je -0x249
   385: 48d1fa                         sarq %rdx
   388: 48d1ff                         sarq %rdi
   38b: 4801d7                         addq %rdx, %rdi
   38e: 4889f8                         movq %rdi, %rax
   391: 4801f0                         addq %rsi, %rax
   394: 0f89d5050000                   jns 0x5d5
   39a: 488d047d01000000               leaq 0x1(,%rdi,2), %rax
   3a2: 49894500                       movq %rax, (%r13)
   3a6: 498b542418                     movq 0x18(%r12), %rdx
   3ab: 488b8a88000000                 movq 0x88(%rdx), %rcx
   3b2: 48898288000000                 movq %rax, 0x88(%rdx)
   3b9: f6c101                         testb $0x1, %cl
   3bc: 750a                           jne 0xa
   3be: 48ff09                         decq (%rcx)
   3c1: 7505                           jne 0x5
   3c3: e800000000                     callq 0x0
        # hole +0x3c4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3c8: 488b0500000000                 movq (%rip), %rax
        # hole +0x3cb: IMAGE_REL_AMD64_REL32 Rel32 data+28
   3cf: a801                           testb $0x1, %al
   3d1: 7503                           jne 0x3
   3d3: 48ff00                         incq (%rax)
   3d6: 49894500                       movq %rax, (%r13)
   3da: 498b542418                     movq 0x18(%r12), %rdx
   3df: 488b8a90000000                 movq 0x90(%rdx), %rcx
   3e6: 48898290000000                 movq %rax, 0x90(%rdx)
   3ed: f6c101                         testb $0x1, %cl
   3f0: 750a                           jne 0xa
   3f2: 48ff09                         decq (%rcx)
   3f5: 7505                           jne 0x5
   3f7: e800000000                     callq 0x0
        # hole +0x3f8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3fc: 49c7450061000000               movq $0x61, (%r13)
   404: 498b442418                     movq 0x18(%r12), %rax
   409: 488b8898000000                 movq 0x98(%rax), %rcx
   410: 48c7809800000061000000         movq $0x61, 0x98(%rax)
   41b: f6c101                         testb $0x1, %cl
   41e: 750a                           jne 0xa
   420: 48ff09                         decq (%rcx)
   423: 7505                           jne 0x5
   425: e800000000                     callq 0x0
        # hole +0x426: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   42a: 498b442418                     movq 0x18(%r12), %rax
   42f: 488b90a0000000                 movq 0xa0(%rax), %rdx
   436: f6c201                         testb $0x1, %dl
   439: 7503                           jne 0x3
   43b: 48ff02                         incq (%rdx)
   43e: 49895500                       movq %rdx, (%r13)
   442: 498b442418                     movq 0x18(%r12), %rax
   447: 488bb8a8000000                 movq 0xa8(%rax), %rdi
   44e: 40f6c701                       testb $0x1, %dil
   452: 7507                           jne 0x7
   454: 48ff07                         incq (%rdi)
   457: 498b5500                       movq (%r13), %rdx
   45b: 4189d0                         movl %edx, %r8d
   45e: 4183e001                       andl $0x1, %r8d
   462: 49897d08                       movq %rdi, 0x8(%r13)
   466: b8e0010000                     movl $0x1e0, %eax
   46b: b930000000                     movl $0x30, %ecx
   470: 4d85c0                         testq %r8, %r8
   473: 0f84c3fcffff                   je -0x33d
   479: 89fb                           movl %edi, %ebx
   47b: 83e301                         andl $0x1, %ebx
   47e: 0f84b8fcffff                   je -0x348
   484: 48d1fa                         sarq %rdx
   487: 48d1ff                         sarq %rdi
   48a: 4829fa                         subq %rdi, %rdx
   48d: 4889d0                         movq %rdx, %rax
   490: 4801f0                         addq %rsi, %rax
   493: 0f89e5040000                   jns 0x4e5
   499: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   4a1: 49894500                       movq %rax, (%r13)
   4a5: 498b542418                     movq 0x18(%r12), %rdx
   4aa: 488b8ab0000000                 movq 0xb0(%rdx), %rcx
   4b1: 488982b0000000                 movq %rax, 0xb0(%rdx)
   4b8: f6c101                         testb $0x1, %cl
   4bb: 750a                           jne 0xa
   4bd: 48ff09                         decq (%rcx)
   4c0: 7505                           jne 0x5
   4c2: e800000000                     callq 0x0
        # hole +0x4c3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4c7: 488b0500000000                 movq (%rip), %rax
        # hole +0x4ca: IMAGE_REL_AMD64_REL32 Rel32 data+36
   4ce: a801                           testb $0x1, %al
   4d0: 7503                           jne 0x3
   4d2: 48ff00                         incq (%rax)
   4d5: 49894500                       movq %rax, (%r13)
   4d9: 498b542418                     movq 0x18(%r12), %rdx
   4de: 488b8ab8000000                 movq 0xb8(%rdx), %rcx
   4e5: 488982b8000000                 movq %rax, 0xb8(%rdx)
   4ec: f6c101                         testb $0x1, %cl
   4ef: 750a                           jne 0xa
   4f1: 48ff09                         decq (%rcx)
   4f4: 7505                           jne 0x5
   4f6: e800000000                     callq 0x0
        # hole +0x4f7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4fb: 49c7450007010000               movq $0x107, (%r13)
   503: 498b442418                     movq 0x18(%r12), %rax
   508: 488b88c0000000                 movq 0xc0(%rax), %rcx
   50f: 48c780c000000007010000         movq $0x107, 0xc0(%rax)
   51a: f6c101                         testb $0x1, %cl
   51d: 750a                           jne 0xa
   51f: 48ff09                         decq (%rcx)
   522: 7505                           jne 0x5
   524: e800000000                     callq 0x0
        # hole +0x525: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   529: 498b442418                     movq 0x18(%r12), %rax
   52e: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   535: 40f6c701                       testb $0x1, %dil
   539: 7503                           jne 0x3
   53b: 48ff07                         incq (%rdi)
   53e: 49897d00                       movq %rdi, (%r13)
   542: 498b442418                     movq 0x18(%r12), %rax
   547: 488b90d0000000                 movq 0xd0(%rax), %rdx
   54e: f6c201                         testb $0x1, %dl
   551: 7507                           jne 0x7
   553: 48ff02                         incq (%rdx)
   556: 498b7d00                       movq (%r13), %rdi
   55a: 4189f8                         movl %edi, %r8d
   55d: 4183e001                       andl $0x1, %r8d
   561: 49895508                       movq %rdx, 0x8(%r13)
   565: b84e020000                     movl $0x24e, %eax
   56a: b93b000000                     movl $0x3b, %ecx
   56f: 4d85c0                         testq %r8, %r8
   572: 0f84c4fbffff                   je -0x43c
   578: 89d3                           movl %edx, %ebx
   57a: 83e301                         andl $0x1, %ebx
   57d: 0f84b9fbffff                   je -0x447
   583: 48d1ff                         sarq %rdi
   586: 48d1fa                         sarq %rdx
   589: 480fafd7                       imulq %rdi, %rdx
   58d: b858020000                     movl $0x258, %eax
   592: b93c000000                     movl $0x3c, %ecx
   597: 0f809ffbffff                   jo -0x461
   59d: 488d3c32                       leaq (%rdx,%rsi), %rdi
   5a1: 4885ff                         testq %rdi, %rdi
   5a4: 0f8992fbffff                   jns -0x46e
   5aa: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   5b2: 49894500                       movq %rax, (%r13)
   5b6: 498b542418                     movq 0x18(%r12), %rdx
   5bb: 488b8ad8000000                 movq 0xd8(%rdx), %rcx
   5c2: 488982d8000000                 movq %rax, 0xd8(%rdx)
   5c9: f6c101                         testb $0x1, %cl
   5cc: 750a                           jne 0xa
   5ce: 48ff09                         decq (%rcx)
   5d1: 7505                           jne 0x5
   5d3: e800000000                     callq 0x0
        # hole +0x5d4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5d8: 488b0500000000                 movq (%rip), %rax
        # hole +0x5db: IMAGE_REL_AMD64_REL32 Rel32 data+44
   5df: a801                           testb $0x1, %al
   5e1: 7503                           jne 0x3
   5e3: 48ff00                         incq (%rax)
   5e6: 49894500                       movq %rax, (%r13)
   5ea: 498b542418                     movq 0x18(%r12), %rdx
   5ef: 488b8ae0000000                 movq 0xe0(%rdx), %rcx
   5f6: 488982e0000000                 movq %rax, 0xe0(%rdx)
   5fd: f6c101                         testb $0x1, %cl
   600: 750a                           jne 0xa
   602: 48ff09                         decq (%rcx)
   605: 7505                           jne 0x5
   607: e800000000                     callq 0x0
        # hole +0x608: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   60c: 49c745003b010000               movq $0x13b, (%r13)
   614: 498b442418                     movq 0x18(%r12), %rax
   619: 488b88e8000000                 movq 0xe8(%rax), %rcx
   620: 48c780e80000003b010000         movq $0x13b, 0xe8(%rax)
   62b: f6c101                         testb $0x1, %cl
   62e: 750a                           jne 0xa
   630: 48ff09                         decq (%rcx)
   633: 7505                           jne 0x5
   635: e800000000                     callq 0x0
        # hole +0x636: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   63a: 498b442418                     movq 0x18(%r12), %rax
   63f: 488b90f0000000                 movq 0xf0(%rax), %rdx
   646: f6c201                         testb $0x1, %dl
   649: 7503                           jne 0x3
   64b: 48ff02                         incq (%rdx)
   64e: 49895500                       movq %rdx, (%r13)
   652: 498b442418                     movq 0x18(%r12), %rax
   657: 488bb8f8000000                 movq 0xf8(%rax), %rdi
   65e: 40f6c701                       testb $0x1, %dil
   662: 7507                           jne 0x7
   664: 48ff07                         incq (%rdi)
   667: 498b5500                       movq (%r13), %rdx
   66b: 4189d0                         movl %edx, %r8d
   66e: 4183e001                       andl $0x1, %r8d
   672: 49897d08                       movq %rdi, 0x8(%r13)
   676: b8bc020000                     movl $0x2bc, %eax
   67b: b946000000                     movl $0x46, %ecx
   680: 4d85c0                         testq %r8, %r8
   683: 0f84b3faffff                   je -0x54d
   689: 89fb                           movl %edi, %ebx
   68b: 83e301                         andl $0x1, %ebx
   68e: 0f84a8faffff                   je -0x558
   694: 48d1fa                         sarq %rdx
   697: 48d1ff                         sarq %rdi
   69a: 4801d7                         addq %rdx, %rdi
   69d: 4889f8                         movq %rdi, %rax
   6a0: 4801f0                         addq %rsi, %rax
   6a3: 0f89e4020000                   jns 0x2e4
   6a9: 488d047d01000000               leaq 0x1(,%rdi,2), %rax
   6b1: 49894500                       movq %rax, (%r13)
   6b5: 498b542418                     movq 0x18(%r12), %rdx
   6ba: 488b8a00010000                 movq 0x100(%rdx), %rcx
   6c1: 48898200010000                 movq %rax, 0x100(%rdx)
   6c8: f6c101                         testb $0x1, %cl
   6cb: 750a                           jne 0xa
   6cd: 48ff09                         decq (%rcx)
   6d0: 7505                           jne 0x5
   6d2: e800000000                     callq 0x0
        # hole +0x6d3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6d7: 488b0500000000                 movq (%rip), %rax
        # hole +0x6da: IMAGE_REL_AMD64_REL32 Rel32 data+52
   6de: a801                           testb $0x1, %al
   6e0: 7503                           jne 0x3
   6e2: 48ff00                         incq (%rax)
   6e5: 49894500                       movq %rax, (%r13)
   6e9: 498b542418                     movq 0x18(%r12), %rdx
   6ee: 488b8a08010000                 movq 0x108(%rdx), %rcx
   6f5: 48898208010000                 movq %rax, 0x108(%rdx)
   6fc: f6c101                         testb $0x1, %cl
   6ff: 750a                           jne 0xa
   701: 48ff09                         decq (%rcx)
   704: 7505                           jne 0x5
   706: e800000000                     callq 0x0
        # hole +0x707: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   70b: 49c7450031000000               movq $0x31, (%r13)
   713: 498b442418                     movq 0x18(%r12), %rax
   718: 488b8810010000                 movq 0x110(%rax), %rcx
   71f: 48c7801001000031000000         movq $0x31, 0x110(%rax)
   72a: f6c101                         testb $0x1, %cl
   72d: 750a                           jne 0xa
   72f: 48ff09                         decq (%rcx)
   732: 7505                           jne 0x5
   734: e800000000                     callq 0x0
        # hole +0x735: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   739: 498b442418                     movq 0x18(%r12), %rax
   73e: 488b9018010000                 movq 0x118(%rax), %rdx
   745: f6c201                         testb $0x1, %dl
   748: 7503                           jne 0x3
   74a: 48ff02                         incq (%rdx)
   74d: 49895500                       movq %rdx, (%r13)
   751: 498b442418                     movq 0x18(%r12), %rax
   756: 488bb820010000                 movq 0x120(%rax), %rdi
   75d: 40f6c701                       testb $0x1, %dil
   761: 7507                           jne 0x7
   763: 48ff07                         incq (%rdi)
   766: 498b5500                       movq (%r13), %rdx
   76a: 4189d0                         movl %edx, %r8d
   76d: 4183e001                       andl $0x1, %r8d
   771: 49897d08                       movq %rdi, 0x8(%r13)
   775: b82a030000                     movl $0x32a, %eax
   77a: b951000000                     movl $0x51, %ecx
   77f: 4d85c0                         testq %r8, %r8
   782: 0f84b4f9ffff                   je -0x64c
   788: 89fb                           movl %edi, %ebx
   78a: 83e301                         andl $0x1, %ebx
   78d: 0f84a9f9ffff                   je -0x657
   793: 48d1fa                         sarq %rdx
   796: 48d1ff                         sarq %rdi
   799: 4829fa                         subq %rdi, %rdx
   79c: 4889d0                         movq %rdx, %rax
   79f: 4801f0                         addq %rsi, %rax
   7a2: 0f89f4010000                   jns 0x1f4
   7a8: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   7b0: 49894500                       movq %rax, (%r13)
   7b4: 498b542418                     movq 0x18(%r12), %rdx
   7b9: 488b8a28010000                 movq 0x128(%rdx), %rcx
   7c0: 48898228010000                 movq %rax, 0x128(%rdx)
   7c7: f6c101                         testb $0x1, %cl
   7ca: 750a                           jne 0xa
   7cc: 48ff09                         decq (%rcx)
   7cf: 7505                           jne 0x5
   7d1: e800000000                     callq 0x0
        # hole +0x7d2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7d6: 488b0500000000                 movq (%rip), %rax
        # hole +0x7d9: IMAGE_REL_AMD64_REL32 Rel32 data+60
   7dd: a801                           testb $0x1, %al
   7df: 7503                           jne 0x3
   7e1: 48ff00                         incq (%rax)
   7e4: 49894500                       movq %rax, (%r13)
   7e8: 498b542418                     movq 0x18(%r12), %rdx
   7ed: 488b8a30010000                 movq 0x130(%rdx), %rcx
   7f4: 48898230010000                 movq %rax, 0x130(%rdx)
   7fb: f6c101                         testb $0x1, %cl
   7fe: 750a                           jne 0xa
   800: 48ff09                         decq (%rcx)
   803: 7505                           jne 0x5
   805: e800000000                     callq 0x0
        # hole +0x806: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   80a: 49c7450049000000               movq $0x49, (%r13)
   812: 498b442418                     movq 0x18(%r12), %rax
   817: 488b8838010000                 movq 0x138(%rax), %rcx
   81e: 48c7803801000049000000         movq $0x49, 0x138(%rax)
   829: f6c101                         testb $0x1, %cl
   82c: 750a                           jne 0xa
   82e: 48ff09                         decq (%rcx)
   831: 7505                           jne 0x5
   833: e800000000                     callq 0x0
        # hole +0x834: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   838: 498b442418                     movq 0x18(%r12), %rax
   83d: 488bb840010000                 movq 0x140(%rax), %rdi
   844: 40f6c701                       testb $0x1, %dil
   848: 7503                           jne 0x3
   84a: 48ff07                         incq (%rdi)
   84d: 49897d00                       movq %rdi, (%r13)
   851: 498b442418                     movq 0x18(%r12), %rax
   856: 488b9048010000                 movq 0x148(%rax), %rdx
   85d: f6c201                         testb $0x1, %dl
   860: 7507                           jne 0x7
   862: 48ff02                         incq (%rdx)
   865: 498b7d00                       movq (%r13), %rdi
   869: 4189f8                         movl %edi, %r8d
   86c: 4183e001                       andl $0x1, %r8d
   870: 49895508                       movq %rdx, 0x8(%r13)
   874: b898030000                     movl $0x398, %eax
   879: b95c000000                     movl $0x5c, %ecx
   87e: 4d85c0                         testq %r8, %r8
   881: 0f84b5f8ffff                   je -0x74b
   887: 89d3                           movl %edx, %ebx
   889: 83e301                         andl $0x1, %ebx
   88c: 0f84aaf8ffff                   je -0x756
   892: 48d1ff                         sarq %rdi
   895: 48d1fa                         sarq %rdx
   898: 480fafd7                       imulq %rdi, %rdx
   89c: b8a2030000                     movl $0x3a2, %eax
   8a1: b95d000000                     movl $0x5d, %ecx
   8a6: 0f8090f8ffff                   jo -0x770
   8ac: 4801d6                         addq %rdx, %rsi
   8af: 4885f6                         testq %rsi, %rsi
   8b2: 0f8984f8ffff                   jns -0x77c
   8b8: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   8c0: 49894500                       movq %rax, (%r13)
   8c4: 498b542418                     movq 0x18(%r12), %rdx
   8c9: 488b8a50010000                 movq 0x150(%rdx), %rcx
   8d0: 48898250010000                 movq %rax, 0x150(%rdx)
   8d7: f6c101                         testb $0x1, %cl
   8da: 750a                           jne 0xa
   8dc: 48ff09                         decq (%rcx)
   8df: 7505                           jne 0x5
   8e1: e800000000                     callq 0x0
        # hole +0x8e2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   8e6: 488b0500000000                 movq (%rip), %rax
        # hole +0x8e9: IMAGE_REL_AMD64_REL32 Rel32 data+68
   8ed: a801                           testb $0x1, %al
   8ef: 7503                           jne 0x3
   8f1: 48ff00                         incq (%rax)
   8f4: 49894500                       movq %rax, (%r13)
   8f8: 498b542418                     movq 0x18(%r12), %rdx
   8fd: 488b8a58010000                 movq 0x158(%rdx), %rcx
   904: 48898258010000                 movq %rax, 0x158(%rdx)
   90b: f6c101                         testb $0x1, %cl
   90e: 750a                           jne 0xa
   910: 48ff09                         decq (%rcx)
   913: 7505                           jne 0x5
   915: e800000000                     callq 0x0
        # hole +0x916: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   91a: 49c7450063010000               movq $0x163, (%r13)
   922: 498b442418                     movq 0x18(%r12), %rax
   927: 488b8860010000                 movq 0x160(%rax), %rcx
   92e: 48c7806001000063010000         movq $0x163, 0x160(%rax)
   939: f6c101                         testb $0x1, %cl
   93c: 750a                           jne 0xa
   93e: 48ff09                         decq (%rcx)
   941: 7505                           jne 0x5
   943: e800000000                     callq 0x0
        # hole +0x944: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   948: 4883c438                       addq $0x38, %rsp
   94c: e900000000                     jmp 0x0
        # hole +0x94d: IMAGE_REL_AMD64_REL32 Rel32 continue-4
   951: b832000000                     movl $0x32, %eax
   956: b905000000                     movl $0x5, %ecx
   95b: e9dcf7ffff                     jmp -0x824
   960: b8a0000000                     movl $0xa0, %eax
   965: b910000000                     movl $0x10, %ecx
   96a: e9cdf7ffff                     jmp -0x833
   96f: b87c010000                     movl $0x17c, %eax
   974: b926000000                     movl $0x26, %ecx
   979: e9bef7ffff                     jmp -0x842
   97e: b8ea010000                     movl $0x1ea, %eax
   983: b931000000                     movl $0x31, %ecx
   988: e9aff7ffff                     jmp -0x851
   98d: b8c6020000                     movl $0x2c6, %eax
   992: b947000000                     movl $0x47, %ecx
   997: e9a0f7ffff                     jmp -0x860
   99c: b834030000                     movl $0x334, %eax
   9a1: b952000000                     movl $0x52, %ecx
   9a6: e991f7ffff                     jmp -0x86f
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[7]+0
        # hole data+0x8: GOT Abs64 index+0
        # hole data+0x10: GOT Abs64 operand0[18]+0
        # hole data+0x18: GOT Abs64 operand0[29]+0
        # hole data+0x20: GOT Abs64 operand0[40]+0
        # hole data+0x28: GOT Abs64 operand0[51]+0
        # hole data+0x30: GOT Abs64 operand0[62]+0
        # hole data+0x38: GOT Abs64 operand0[73]+0
        # hole data+0x40: GOT Abs64 operand0[84]+0
        # hole data+0x48: GOT Abs64 operand0[95]+0
