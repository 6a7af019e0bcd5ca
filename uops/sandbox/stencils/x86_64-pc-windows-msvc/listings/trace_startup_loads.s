# stencil startup_loads for x86_64-pc-windows-msvc: 2784 code bytes, 80 data bytes, 57 holes
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
    44: 0f84650a0000                   je 0xa65
    4a: 40f6c701                       testb $0x1, %dil
    4e: 0f845b0a0000                   je 0xa5b
    54: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
    5e: 48d1fa                         sarq %rdx
    61: 48d1ff                         sarq %rdi
    64: 4801d7                         addq %rdx, %rdi
    67: 4889f8                         movq %rdi, %rax
    6a: 4801f0                         addq %rsi, %rax
    6d: 0f89f6090000                   jns 0x9f6
    73: 488d047d01000000               leaq 0x1(,%rdi,2), %rax
    7b: 49894500                       movq %rax, (%r13)
    7f: 498b542418                     movq 0x18(%r12), %rdx
    84: 488b4a10                       movq 0x10(%rdx), %rcx
    88: 48894210                       movq %rax, 0x10(%rdx)
    8c: f6c101                         testb $0x1, %cl
    8f: 7509                           jne 0x9
    91: 48ff09                         decq (%rcx)
    94: 0f8440080000                   je 0x840
    9a: 488b0500000000                 movq (%rip), %rax
        # hole +0x9d: IMAGE_REL_AMD64_REL32 Rel32 data-4
    a1: a801                           testb $0x1, %al
    a3: 7503                           jne 0x3
    a5: 48ff00                         incq (%rax)
    a8: 49894500                       movq %rax, (%r13)
    ac: 498b542418                     movq 0x18(%r12), %rdx
    b1: 488b4a18                       movq 0x18(%rdx), %rcx
    b5: 48894218                       movq %rax, 0x18(%rdx)
    b9: f6c101                         testb $0x1, %cl
    bc: 750a                           jne 0xa
    be: 48ff09                         decq (%rcx)
    c1: 7505                           jne 0x5
    c3: e800000000                     callq 0x0
        # hole +0xc4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    c8: 49c745001f010000               movq $0x11f, (%r13)
    d0: 498b442418                     movq 0x18(%r12), %rax
    d5: 488b4820                       movq 0x20(%rax), %rcx
    d9: 48c740201f010000               movq $0x11f, 0x20(%rax)
    e1: f6c101                         testb $0x1, %cl
    e4: 7509                           jne 0x9
    e6: 48ff09                         decq (%rcx)
    e9: 0f8404080000                   je 0x804
    ef: 498b442418                     movq 0x18(%r12), %rax
    f4: 488b5028                       movq 0x28(%rax), %rdx
    f8: f6c201                         testb $0x1, %dl
    fb: 7503                           jne 0x3
    fd: 48ff02                         incq (%rdx)
   100: 49895500                       movq %rdx, (%r13)
   104: 498b442418                     movq 0x18(%r12), %rax
   109: 488b7830                       movq 0x30(%rax), %rdi
   10d: 40f6c701                       testb $0x1, %dil
   111: 7507                           jne 0x7
   113: 48ff07                         incq (%rdi)
   116: 498b5500                       movq (%r13), %rdx
   11a: 4189d0                         movl %edx, %r8d
   11d: 4183e001                       andl $0x1, %r8d
   121: 49897d08                       movq %rdi, 0x8(%r13)
   125: b896000000                     movl $0x96, %eax
   12a: b90f000000                     movl $0xf, %ecx
   12f: 4d85c0                         testq %r8, %r8
   132: 0f8477090000                   je 0x977
   138: 40f6c701                       testb $0x1, %dil
   13c: 0f846d090000                   je 0x96d
   142: 48d1fa                         sarq %rdx
   145: 48d1ff                         sarq %rdi
   148: 4829fa                         subq %rdi, %rdx
   14b: 4889d0                         movq %rdx, %rax
   14e: 4801f0                         addq %rsi, %rax
   151: 0f891e090000                   jns 0x91e
   157: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   15f: 49894500                       movq %rax, (%r13)
   163: 498b542418                     movq 0x18(%r12), %rdx
   168: 488b4a38                       movq 0x38(%rdx), %rcx
   16c: 48894238                       movq %rax, 0x38(%rdx)
   170: f6c101                         testb $0x1, %cl
   173: 7509                           jne 0x9
   175: 48ff09                         decq (%rcx)
   178: 0f8491070000                   je 0x791
   17e: 488b0500000000                 movq (%rip), %rax
        # hole +0x181: IMAGE_REL_AMD64_REL32 Rel32 data+4
   185: a801                           testb $0x1, %al
   187: 7503                           jne 0x3
   189: 48ff00                         incq (%rax)
   18c: 49894500                       movq %rax, (%r13)
   190: 498b542418                     movq 0x18(%r12), %rdx
   195: 488b4a40                       movq 0x40(%rdx), %rcx
   199: 48894240                       movq %rax, 0x40(%rdx)
   19d: f6c101                         testb $0x1, %cl
   1a0: 750a                           jne 0xa
   1a2: 48ff09                         decq (%rcx)
   1a5: 7505                           jne 0x5
   1a7: e800000000                     callq 0x0
        # hole +0x1a8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1ac: 49c745008f010000               movq $0x18f, (%r13)
   1b4: 498b442418                     movq 0x18(%r12), %rax
   1b9: 488b4848                       movq 0x48(%rax), %rcx
   1bd: 48c740488f010000               movq $0x18f, 0x48(%rax)
   1c5: f6c101                         testb $0x1, %cl
   1c8: 7509                           jne 0x9
   1ca: 48ff09                         decq (%rcx)
   1cd: 0f8455070000                   je 0x755
   1d3: 498b442418                     movq 0x18(%r12), %rax
   1d8: 488b7850                       movq 0x50(%rax), %rdi
   1dc: 40f6c701                       testb $0x1, %dil
   1e0: 7503                           jne 0x3
   1e2: 48ff07                         incq (%rdi)
   1e5: 49897d00                       movq %rdi, (%r13)
   1e9: 498b442418                     movq 0x18(%r12), %rax
   1ee: 488b5058                       movq 0x58(%rax), %rdx
   1f2: f6c201                         testb $0x1, %dl
   1f5: 7507                           jne 0x7
   1f7: 48ff02                         incq (%rdx)
   1fa: 498b7d00                       movq (%r13), %rdi
   1fe: 4189f8                         movl %edi, %r8d
   201: 4183e001                       andl $0x1, %r8d
   205: 49895508                       movq %rdx, 0x8(%r13)
   209: b804010000                     movl $0x104, %eax
   20e: b91a000000                     movl $0x1a, %ecx
   213: 4d85c0                         testq %r8, %r8
   216: 0f8493080000                   je 0x893
   21c: f6c201                         testb $0x1, %dl
   21f: 0f848a080000                   je 0x88a
   225: 48d1ff                         sarq %rdi
   228: 48d1fa                         sarq %rdx
   22b: 480fafd7                       imulq %rdi, %rdx
   22f: b80e010000                     movl $0x10e, %eax
   234: b91b000000                     movl $0x1b, %ecx
   239: 0f8070080000                   jo 0x870
   23f: 488d3c32                       leaq (%rdx,%rsi), %rdi
   243: 4885ff                         testq %rdi, %rdi
   246: 0f8963080000                   jns 0x863
   24c: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   254: 49894500                       movq %rax, (%r13)
   258: 498b542418                     movq 0x18(%r12), %rdx
   25d: 488b4a60                       movq 0x60(%rdx), %rcx
   261: 48894260                       movq %rax, 0x60(%rdx)
   265: f6c101                         testb $0x1, %cl
   268: 7509                           jne 0x9
   26a: 48ff09                         decq (%rcx)
   26d: 0f84d2060000                   je 0x6d2
   273: 488b0500000000                 movq (%rip), %rax
        # hole +0x276: IMAGE_REL_AMD64_REL32 Rel32 data+12
   27a: a801                           testb $0x1, %al
   27c: 7503                           jne 0x3
   27e: 48ff00                         incq (%rax)
   281: 49894500                       movq %rax, (%r13)
   285: 498b542418                     movq 0x18(%r12), %rdx
   28a: 488b4a68                       movq 0x68(%rdx), %rcx
   28e: 48894268                       movq %rax, 0x68(%rdx)
   292: f6c101                         testb $0x1, %cl
   295: 750a                           jne 0xa
   297: 48ff09                         decq (%rcx)
   29a: 7505                           jne 0x5
   29c: e800000000                     callq 0x0
        # hole +0x29d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2a1: 49c7450005010000               movq $0x105, (%r13)
   2a9: 498b442418                     movq 0x18(%r12), %rax
   2ae: 488b4870                       movq 0x70(%rax), %rcx
   2b2: 48c7407005010000               movq $0x105, 0x70(%rax)
   2ba: f6c101                         testb $0x1, %cl
   2bd: 7509                           jne 0x9
   2bf: 48ff09                         decq (%rcx)
   2c2: 0f8496060000                   je 0x696
   2c8: 498b442418                     movq 0x18(%r12), %rax
   2cd: 488b5078                       movq 0x78(%rax), %rdx
   2d1: f6c201                         testb $0x1, %dl
   2d4: 7503                           jne 0x3
   2d6: 48ff02                         incq (%rdx)
   2d9: 49895500                       movq %rdx, (%r13)
   2dd: 498b442418                     movq 0x18(%r12), %rax
   2e2: 488bb880000000                 movq 0x80(%rax), %rdi
   2e9: 40f6c701                       testb $0x1, %dil
   2ed: 7507                           jne 0x7
   2ef: 48ff07                         incq (%rdi)
   2f2: 498b5500                       movq (%r13), %rdx
   2f6: 4189d0                         movl %edx, %r8d
   2f9: 4183e001                       andl $0x1, %r8d
   2fd: 49897d08                       movq %rdi, 0x8(%r13)
   301: b872010000                     movl $0x172, %eax
   306: b925000000                     movl $0x25, %ecx
   30b: 4d85c0                         testq %r8, %r8
   30e: 0f849b070000                   je 0x79b
   314: 40f6c701                       testb $0x1, %dil
   318: 0f8491070000                   je 0x791
   31e: 48d1fa                         sarq %rdx
   321: 48d1ff                         sarq %rdi
   324: 4801d7                         addq %rdx, %rdi
   327: 4889f8                         movq %rdi, %rax
   32a: 4801f0                         addq %rsi, %rax
   32d: 0f894e070000                   jns 0x74e
   333: 488d047d01000000               leaq 0x1(,%rdi,2), %rax
   33b: 49894500                       movq %rax, (%r13)
   33f: 498b542418                     movq 0x18(%r12), %rdx
   344: 488b8a88000000                 movq 0x88(%rdx), %rcx
   34b: 48898288000000                 movq %rax, 0x88(%rdx)
   352: f6c101                         testb $0x1, %cl
   355: 7509                           jne 0x9
   357: 48ff09                         decq (%rcx)
   35a: 0f841a060000                   je 0x61a
   360: 488b0500000000                 movq (%rip), %rax
        # hole +0x363: IMAGE_REL_AMD64_REL32 Rel32 data+20
   367: a801                           testb $0x1, %al
   369: 7503                           jne 0x3
   36b: 48ff00                         incq (%rax)
   36e: 49894500                       movq %rax, (%r13)
   372: 498b542418                     movq 0x18(%r12), %rdx
   377: 488b8a90000000                 movq 0x90(%rdx), %rcx
   37e: 48898290000000                 movq %rax, 0x90(%rdx)
   385: f6c101                         testb $0x1, %cl
   388: 750a                           jne 0xa
   38a: 48ff09                         decq (%rcx)
   38d: 7505                           jne 0x5
   38f: e800000000                     callq 0x0
        # hole +0x390: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   394: 49c7450061000000               movq $0x61, (%r13)
   39c: 498b442418                     movq 0x18(%r12), %rax
   3a1: 488b8898000000                 movq 0x98(%rax), %rcx
   3a8: 48c7809800000061000000         movq $0x61, 0x98(%rax)
   3b3: f6c101                         testb $0x1, %cl
   3b6: 7509                           jne 0x9
   3b8: 48ff09                         decq (%rcx)
   3bb: 0f84d2050000                   je 0x5d2
   3c1: 498b442418                     movq 0x18(%r12), %rax
   3c6: 488b90a0000000                 movq 0xa0(%rax), %rdx
   3cd: f6c201                         testb $0x1, %dl
   3d0: 7503                           jne 0x3
   3d2: 48ff02                         incq (%rdx)
   3d5: 49895500                       movq %rdx, (%r13)
   3d9: 498b442418                     movq 0x18(%r12), %rax
   3de: 488bb8a8000000                 movq 0xa8(%rax), %rdi
   3e5: 40f6c701                       testb $0x1, %dil
   3e9: 7507                           jne 0x7
   3eb: 48ff07                         incq (%rdi)
   3ee: 498b5500                       movq (%r13), %rdx
   3f2: 4189d0                         movl %edx, %r8d
   3f5: 4183e001                       andl $0x1, %r8d
   3f9: 49897d08                       movq %rdi, 0x8(%r13)
   3fd: b8e0010000                     movl $0x1e0, %eax
   402: b930000000                     movl $0x30, %ecx
   407: 4d85c0                         testq %r8, %r8
   40a: 0f849f060000                   je 0x69f
   410: 40f6c701                       testb $0x1, %dil
   414: 0f8495060000                   je 0x695
   41a: 48d1fa                         sarq %rdx
   41d: 48d1ff                         sarq %rdi
   420: 4829fa                         subq %rdi, %rdx
   423: 4889d0                         movq %rdx, %rax
   426: 4801f0                         addq %rsi, %rax
   429: 0f895e060000                   jns 0x65e
   42f: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   437: 49894500                       movq %rax, (%r13)
   43b: 498b542418                     movq 0x18(%r12), %rdx
   440: 488b8ab0000000                 movq 0xb0(%rdx), %rcx
   447: 488982b0000000                 movq %rax, 0xb0(%rdx)
   44e: f6c101                         testb $0x1, %cl
   451: 7509                           jne 0x9
   453: 48ff09                         decq (%rcx)
   456: 0f8456050000                   je 0x556
   45c: 488b0500000000                 movq (%rip), %rax
        # hole +0x45f: IMAGE_REL_AMD64_REL32 Rel32 data+28
   463: a801                           testb $0x1, %al
   465: 7503                           jne 0x3
   467: 48ff00                         incq (%rax)
   46a: 49894500                       movq %rax, (%r13)
   46e: 498b542418                     movq 0x18(%r12), %rdx
   473: 488b8ab8000000                 movq 0xb8(%rdx), %rcx
   47a: 488982b8000000                 movq %rax, 0xb8(%rdx)
   481: f6c101                         testb $0x1, %cl
   484: 750a                           jne 0xa
   486: 48ff09                         decq (%rcx)
   489: 7505                           jne 0x5
   48b: e800000000                     callq 0x0
        # hole +0x48c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   490: 49c7450007010000               movq $0x107, (%r13)
   498: 498b442418                     movq 0x18(%r12), %rax
   49d: 488b88c0000000                 movq 0xc0(%rax), %rcx
   4a4: 48c780c000000007010000         movq $0x107, 0xc0(%rax)
   4af: f6c101                         testb $0x1, %cl
   4b2: 7509                           jne 0x9
   4b4: 48ff09                         decq (%rcx)
   4b7: 0f840e050000                   je 0x50e
   4bd: 498b442418                     movq 0x18(%r12), %rax
   4c2: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   4c9: 40f6c701                       testb $0x1, %dil
   4cd: 7503                           jne 0x3
   4cf: 48ff07                         incq (%rdi)
   4d2: 49897d00                       movq %rdi, (%r13)
   4d6: 498b442418                     movq 0x18(%r12), %rax
   4db: 488b90d0000000                 movq 0xd0(%rax), %rdx
   4e2: f6c201                         testb $0x1, %dl
   4e5: 7507                           jne 0x7
   4e7: 48ff02                         incq (%rdx)
   4ea: 498b7d00                       movq (%r13), %rdi
   4ee: 4189f8                         movl %edi, %r8d
   4f1: 4183e001                       andl $0x1, %r8d
   4f5: 49895508                       movq %rdx, 0x8(%r13)
   4f9: b84e020000                     movl $0x24e, %eax
   4fe: b93b000000                     movl $0x3b, %ecx
   503: 4d85c0                         testq %r8, %r8
   506: 0f84a3050000                   je 0x5a3
   50c: f6c201                         testb $0x1, %dl
   50f: 0f849a050000                   je 0x59a
   515: 48d1ff                         sarq %rdi
   518: 48d1fa                         sarq %rdx
   51b: 480fafd7                       imulq %rdi, %rdx
   51f: b858020000                     movl $0x258, %eax
   524: b93c000000                     movl $0x3c, %ecx
   529: 0f8080050000                   jo 0x580
   52f: 488d3c32                       leaq (%rdx,%rsi), %rdi
   533: 4885ff                         testq %rdi, %rdi
   536: 0f8973050000                   jns 0x573
   53c: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   544: 49894500                       movq %rax, (%r13)
   548: 498b542418                     movq 0x18(%r12), %rdx
   54d: 488b8ad8000000                 movq 0xd8(%rdx), %rcx
   554: 488982d8000000                 movq %rax, 0xd8(%rdx)
   55b: f6c101                         testb $0x1, %cl
   55e: 7509                           jne 0x9
   560: 48ff09                         decq (%rcx)
   563: 0f8482040000                   je 0x482
   569: 488b0500000000                 movq (%rip), %rax
        # hole +0x56c: IMAGE_REL_AMD64_REL32 Rel32 data+36
   570: a801                           testb $0x1, %al
   572: 7503                           jne 0x3
   574: 48ff00                         incq (%rax)
   577: 49894500                       movq %rax, (%r13)
   57b: 498b542418                     movq 0x18(%r12), %rdx
   580: 488b8ae0000000                 movq 0xe0(%rdx), %rcx
   587: 488982e0000000                 movq %rax, 0xe0(%rdx)
   58e: f6c101                         testb $0x1, %cl
   591: 750a                           jne 0xa
   593: 48ff09                         decq (%rcx)
   596: 7505                           jne 0x5
   598: e800000000                     callq 0x0
        # hole +0x599: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   59d: 49c745003b010000               movq $0x13b, (%r13)
   5a5: 498b442418                     movq 0x18(%r12), %rax
   5aa: 488b88e8000000                 movq 0xe8(%rax), %rcx
   5b1: 48c780e80000003b010000         movq $0x13b, 0xe8(%rax)
   5bc: f6c101                         testb $0x1, %cl
   5bf: 7509                           jne 0x9
   5c1: 48ff09                         decq (%rcx)
   5c4: 0f843a040000                   je 0x43a
   5ca: 498b442418                     movq 0x18(%r12), %rax
   5cf: 488b90f0000000                 movq 0xf0(%rax), %rdx
   5d6: f6c201                         testb $0x1, %dl
   5d9: 7503                           jne 0x3
   5db: 48ff02                         incq (%rdx)
   5de: 49895500                       movq %rdx, (%r13)
   5e2: 498b442418                     movq 0x18(%r12), %rax
   5e7: 488bb8f8000000                 movq 0xf8(%rax), %rdi
   5ee: 40f6c701                       testb $0x1, %dil
   5f2: 7507                           jne 0x7
   5f4: 48ff07                         incq (%rdi)
   5f7: 498b5500                       movq (%r13), %rdx
   5fb: 4189d0                         movl %edx, %r8d
   5fe: 4183e001                       andl $0x1, %r8d
   602: 49897d08                       movq %rdi, 0x8(%r13)
   606: b8bc020000                     movl $0x2bc, %eax
   60b: b946000000                     movl $0x46, %ecx
   610: 4d85c0                         testq %r8, %r8
   613: 0f8496040000                   je 0x496
   619: 40f6c701                       testb $0x1, %dil
   61d: 0f848c040000                   je 0x48c
   623: 48d1fa                         sarq %rdx
   626: 48d1ff                         sarq %rdi
   629: 4801d7                         addq %rdx, %rdi
   62c: 4889f8                         movq %rdi, %rax
   62f: 4801f0                         addq %rsi, %rax
   632: 0f8961040000                   jns 0x461
   638: 488d047d01000000               leaq 0x1(,%rdi,2), %rax
   640: 49894500                       movq %rax, (%r13)
   644: 498b542418                     movq 0x18(%r12), %rdx
   649: 488b8a00010000                 movq 0x100(%rdx), %rcx
   650: 48898200010000                 movq %rax, 0x100(%rdx)
   657: f6c101                         testb $0x1, %cl
   65a: 7509                           jne 0x9
   65c: 48ff09                         decq (%rcx)
   65f: 0f84be030000                   je 0x3be
   665: 488b0500000000                 movq (%rip), %rax
        # hole +0x668: IMAGE_REL_AMD64_REL32 Rel32 data+44
   66c: a801                           testb $0x1, %al
   66e: 7503                           jne 0x3
   670: 48ff00                         incq (%rax)
   673: 49894500                       movq %rax, (%r13)
   677: 498b542418                     movq 0x18(%r12), %rdx
   67c: 488b8a08010000                 movq 0x108(%rdx), %rcx
   683: 48898208010000                 movq %rax, 0x108(%rdx)
   68a: f6c101                         testb $0x1, %cl
   68d: 750a                           jne 0xa
   68f: 48ff09                         decq (%rcx)
   692: 7505                           jne 0x5
   694: e800000000                     callq 0x0
        # hole +0x695: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   699: 49c7450031000000               movq $0x31, (%r13)
   6a1: 498b442418                     movq 0x18(%r12), %rax
   6a6: 488b8810010000                 movq 0x110(%rax), %rcx
   6ad: 48c7801001000031000000         movq $0x31, 0x110(%rax)
   6b8: f6c101                         testb $0x1, %cl
   6bb: 7509                           jne 0x9
   6bd: 48ff09                         decq (%rcx)
   6c0: 0f8476030000                   je 0x376
   6c6: 498b442418                     movq 0x18(%r12), %rax
   6cb: 488b9018010000                 movq 0x118(%rax), %rdx
   6d2: f6c201                         testb $0x1, %dl
   6d5: 7503                           jne 0x3
   6d7: 48ff02                         incq (%rdx)
   6da: 49895500                       movq %rdx, (%r13)
   6de: 498b442418                     movq 0x18(%r12), %rax
   6e3: 488bb820010000                 movq 0x120(%rax), %rdi
   6ea: 40f6c701                       testb $0x1, %dil
   6ee: 7507                           jne 0x7
   6f0: 48ff07                         incq (%rdi)
   6f3: 498b5500                       movq (%r13), %rdx
   6f7: 4189d0                         movl %edx, %r8d
   6fa: 4183e001                       andl $0x1, %r8d
   6fe: 49897d08                       movq %rdi, 0x8(%r13)
   702: b82a030000                     movl $0x32a, %eax
   707: b951000000                     movl $0x51, %ecx
   70c: 4d85c0                         testq %r8, %r8
   70f: 0f849a030000                   je 0x39a
   715: 40f6c701                       testb $0x1, %dil
   719: 0f8490030000                   je 0x390
   71f: 48d1fa                         sarq %rdx
   722: 48d1ff                         sarq %rdi
   725: 4829fa                         subq %rdi, %rdx
   728: 4889d0                         movq %rdx, %rax
   72b: 4801f0                         addq %rsi, %rax
   72e: 0f8971030000                   jns 0x371
   734: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   73c: 49894500                       movq %rax, (%r13)
   740: 498b542418                     movq 0x18(%r12), %rdx
   745: 488b8a28010000                 movq 0x128(%rdx), %rcx
   74c: 48898228010000                 movq %rax, 0x128(%rdx)
   753: f6c101                         testb $0x1, %cl
   756: 750a                           jne 0xa
   758: 48ff09                         decq (%rcx)
   75b: 7505                           jne 0x5
   75d: e800000000                     callq 0x0
        # hole +0x75e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   762: 488b0500000000                 movq (%rip), %rax
        # hole +0x765: IMAGE_REL_AMD64_REL32 Rel32 data+52
   769: a801                           testb $0x1, %al
   76b: 7503                           jne 0x3
   76d: 48ff00                         incq (%rax)
   770: 49894500                       movq %rax, (%r13)
   774: 498b542418                     movq 0x18(%r12), %rdx
   779: 488b8a30010000                 movq 0x130(%rdx), %rcx
   780: 48898230010000                 movq %rax, 0x130(%rdx)
   787: f6c101                         testb $0x1, %cl
   78a: 750a                           jne 0xa
   78c: 48ff09                         decq (%rcx)
   78f: 7505                           jne 0x5
   791: e800000000                     callq 0x0
        # hole +0x792: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   796: 49c7450049000000               movq $0x49, (%r13)
   79e: 498b442418                     movq 0x18(%r12), %rax
   7a3: 488b8838010000                 movq 0x138(%rax), %rcx
   7aa: 48c7803801000049000000         movq $0x49, 0x138(%rax)
   7b5: f6c101                         testb $0x1, %cl
   7b8: 750a                           jne 0xa
   7ba: 48ff09                         decq (%rcx)
   7bd: 7505                           jne 0x5
   7bf: e800000000                     callq 0x0
        # hole +0x7c0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7c4: 498b442418                     movq 0x18(%r12), %rax
   7c9: 488bb840010000                 movq 0x140(%rax), %rdi
   7d0: 40f6c701                       testb $0x1, %dil
   7d4: 7503                           jne 0x3
   7d6: 48ff07                         incq (%rdi)
   7d9: 49897d00                       movq %rdi, (%r13)
   7dd: 498b442418                     movq 0x18(%r12), %rax
   7e2: 488b9048010000                 movq 0x148(%rax), %rdx
   7e9: f6c201                         testb $0x1, %dl
   7ec: 7507                           jne 0x7
   7ee: 48ff02                         incq (%rdx)
   7f1: 498b7d00                       movq (%r13), %rdi
   7f5: 4189f8                         movl %edi, %r8d
   7f8: 4183e001                       andl $0x1, %r8d
   7fc: 49895508                       movq %rdx, 0x8(%r13)
   800: b898030000                     movl $0x398, %eax
   805: b95c000000                     movl $0x5c, %ecx
   80a: 4d85c0                         testq %r8, %r8
   80d: 0f849c020000                   je 0x29c
   813: f6c201                         testb $0x1, %dl
   816: 0f8493020000                   je 0x293
   81c: 48d1ff                         sarq %rdi
   81f: 48d1fa                         sarq %rdx
   822: 480fafd7                       imulq %rdi, %rdx
   826: b8a2030000                     movl $0x3a2, %eax
   82b: b95d000000                     movl $0x5d, %ecx
   830: 0f8079020000                   jo 0x279
   836: 4801d6                         addq %rdx, %rsi
   839: 4885f6                         testq %rsi, %rsi
   83c: 0f896d020000                   jns 0x26d
   842: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   84a: 49894500                       movq %rax, (%r13)
   84e: 498b542418                     movq 0x18(%r12), %rdx
   853: 488b8a50010000                 movq 0x150(%rdx), %rcx
   85a: 48898250010000                 movq %rax, 0x150(%rdx)
   861: f6c101                         testb $0x1, %cl
   864: 750a                           jne 0xa
   866: 48ff09                         decq (%rcx)
   869: 7505                           jne 0x5
   86b: e800000000                     callq 0x0
        # hole +0x86c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   870: 488b0500000000                 movq (%rip), %rax
        # hole +0x873: IMAGE_REL_AMD64_REL32 Rel32 data+60
   877: a801                           testb $0x1, %al
   879: 7503                           jne 0x3
   87b: 48ff00                         incq (%rax)
   87e: 49894500                       movq %rax, (%r13)
   882: 498b542418                     movq 0x18(%r12), %rdx
   887: 488b8a58010000                 movq 0x158(%rdx), %rcx
   88e: 48898258010000                 movq %rax, 0x158(%rdx)
   895: f6c101                         testb $0x1, %cl
   898: 750a                           jne 0xa
   89a: 48ff09                         decq (%rcx)
   89d: 7505                           jne 0x5
   89f: e800000000                     callq 0x0
        # hole +0x8a0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   8a4: 49c7450063010000               movq $0x163, (%r13)
   8ac: 498b442418                     movq 0x18(%r12), %rax
   8b1: 488b8860010000                 movq 0x160(%rax), %rcx
   8b8: 48c7806001000063010000         movq $0x163, 0x160(%rax)
   8c3: f6c101                         testb $0x1, %cl
   8c6: 7509                           jne 0x9
   8c8: 48ff09                         decq (%rcx)
   8cb: 0f848a010000                   je 0x18a
   8d1: 4883c438                       addq $0x38, %rsp
   8d5: e900000000                     jmp 0x0
        # hole +0x8d6: IMAGE_REL_AMD64_REL32 Rel32 continue-4
   8da: e800000000                     callq 0x0
        # hole +0x8db: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   8df: 488b0500000000                 movq (%rip), %rax
        # hole +0x8e2: IMAGE_REL_AMD64_REL32 Rel32 data-4
   8e6: a801                           testb $0x1, %al
   8e8: 0f84b7f7ffff                   je -0x849
   8ee: e9b5f7ffff                     jmp -0x84b
   8f3: e800000000                     callq 0x0
        # hole +0x8f4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   8f8: 498b442418                     movq 0x18(%r12), %rax
   8fd: 488b5028                       movq 0x28(%rax), %rdx
   901: f6c201                         testb $0x1, %dl
   904: 0f84f3f7ffff                   je -0x80d
   90a: e9f1f7ffff                     jmp -0x80f
   90f: e800000000                     callq 0x0
        # hole +0x910: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   914: 488b0500000000                 movq (%rip), %rax
        # hole +0x917: IMAGE_REL_AMD64_REL32 Rel32 data+4
   91b: a801                           testb $0x1, %al
   91d: 0f8466f8ffff                   je -0x79a
   923: e964f8ffff                     jmp -0x79c
   928: e800000000                     callq 0x0
        # hole +0x929: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   92d: 498b442418                     movq 0x18(%r12), %rax
   932: 488b7850                       movq 0x50(%rax), %rdi
   936: 40f6c701                       testb $0x1, %dil
   93a: 0f84a2f8ffff                   je -0x75e
   940: e9a0f8ffff                     jmp -0x760
   945: e800000000                     callq 0x0
        # hole +0x946: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   94a: 488b0500000000                 movq (%rip), %rax
        # hole +0x94d: IMAGE_REL_AMD64_REL32 Rel32 data+12
   951: a801                           testb $0x1, %al
   953: 0f8425f9ffff                   je -0x6db
   959: e923f9ffff                     jmp -0x6dd
   95e: e800000000                     callq 0x0
        # hole +0x95f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   963: 498b442418                     movq 0x18(%r12), %rax
   968: 488b5078                       movq 0x78(%rax), %rdx
   96c: f6c201                         testb $0x1, %dl
   96f: 0f8461f9ffff                   je -0x69f
   975: e95ff9ffff                     jmp -0x6a1
   97a: e800000000                     callq 0x0
        # hole +0x97b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   97f: 488b0500000000                 movq (%rip), %rax
        # hole +0x982: IMAGE_REL_AMD64_REL32 Rel32 data+20
   986: a801                           testb $0x1, %al
   988: 0f84ddf9ffff                   je -0x623
   98e: e9dbf9ffff                     jmp -0x625
   993: e800000000                     callq 0x0
        # hole +0x994: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   998: 498b442418                     movq 0x18(%r12), %rax
   99d: 488b90a0000000                 movq 0xa0(%rax), %rdx
   9a4: f6c201                         testb $0x1, %dl
   9a7: 0f8425faffff                   je -0x5db
   9ad: e923faffff                     jmp -0x5dd
   9b2: e800000000                     callq 0x0
        # hole +0x9b3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   9b7: 488b0500000000                 movq (%rip), %rax
        # hole +0x9ba: IMAGE_REL_AMD64_REL32 Rel32 data+28
   9be: a801                           testb $0x1, %al
   9c0: 0f84a1faffff                   je -0x55f
   9c6: e99ffaffff                     jmp -0x561
   9cb: e800000000                     callq 0x0
        # hole +0x9cc: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   9d0: 498b442418                     movq 0x18(%r12), %rax
   9d5: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   9dc: 40f6c701                       testb $0x1, %dil
   9e0: 0f84e9faffff                   je -0x517
   9e6: e9e7faffff                     jmp -0x519
   9eb: e800000000                     callq 0x0
        # hole +0x9ec: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   9f0: 488b0500000000                 movq (%rip), %rax
        # hole +0x9f3: IMAGE_REL_AMD64_REL32 Rel32 data+36
   9f7: a801                           testb $0x1, %al
   9f9: 0f8475fbffff                   je -0x48b
   9ff: e973fbffff                     jmp -0x48d
   a04: e800000000                     callq 0x0
        # hole +0xa05: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a09: 498b442418                     movq 0x18(%r12), %rax
   a0e: 488b90f0000000                 movq 0xf0(%rax), %rdx
   a15: f6c201                         testb $0x1, %dl
   a18: 0f84bdfbffff                   je -0x443
   a1e: e9bbfbffff                     jmp -0x445
   a23: e800000000                     callq 0x0
        # hole +0xa24: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a28: 488b0500000000                 movq (%rip), %rax
        # hole +0xa2b: IMAGE_REL_AMD64_REL32 Rel32 data+44
   a2f: a801                           testb $0x1, %al
   a31: 0f8439fcffff                   je -0x3c7
   a37: e937fcffff                     jmp -0x3c9
   a3c: e800000000                     callq 0x0
        # hole +0xa3d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a41: 498b442418                     movq 0x18(%r12), %rax
   a46: 488b9018010000                 movq 0x118(%rax), %rdx
   a4d: f6c201                         testb $0x1, %dl
   a50: 0f8481fcffff                   je -0x37f
   a56: e97ffcffff                     jmp -0x381
   a5b: e800000000                     callq 0x0
        # hole +0xa5c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a60: 4883c438                       addq $0x38, %rsp
   a64: e900000000                     jmp 0x0
        # hole +0xa65: IMAGE_REL_AMD64_REL32 Rel32 continue-4
   a69: b832000000                     movl $0x32, %eax
   a6e: b905000000                     movl $0x5, %ecx
   a73: eb3a                           jmp 0x3a
   a75: b8a0000000                     movl $0xa0, %eax
   a7a: b910000000                     movl $0x10, %ecx
   a7f: eb2e                           jmp 0x2e
   a81: b87c010000                     movl $0x17c, %eax
   a86: b926000000                     movl $0x26, %ecx
   a8b: eb22                           jmp 0x22
   a8d: b8ea010000                     movl $0x1ea, %eax
   a92: b931000000                     movl $0x31, %ecx
   a97: eb16                           jmp 0x16
   a99: b8c6020000                     movl $0x2c6, %eax
   a9e: b947000000                     movl $0x47, %ecx
   aa3: eb0a                           jmp 0xa
   aa5: b834030000                     movl $0x334, %eax
   aaa: b952000000                     movl $0x52, %ecx
   aaf: 4983c510                       addq $0x10, %r13
   ab3: 488b1500000000                 movq (%rip), %rdx
        # hole +0xab6: IMAGE_REL_AMD64_REL32 Rel32 data+68
   aba: 4801ca                         addq %rcx, %rdx
   abd: 4889442428                     movq %rax, 0x28(%rsp)
   ac2: 4889542420                     movq %rdx, 0x20(%rsp)
   ac7: 4c89e1                         movq %r12, %rcx
   aca: 4c89ea                         movq %r13, %rdx
   acd: 4d89f0                         movq %r14, %r8
   ad0: 41b901000000                   movl $0x1, %r9d
   ad6: e800000000                     callq 0x0
        # hole +0xad7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   adb: 4883c438                       addq $0x38, %rsp
   adf: c3                             retq
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[7]+0
        # hole data+0x8: GOT Abs64 operand0[18]+0
        # hole data+0x10: GOT Abs64 operand0[29]+0
        # hole data+0x18: GOT Abs64 operand0[40]+0
        # hole data+0x20: GOT Abs64 operand0[51]+0
        # hole data+0x28: GOT Abs64 operand0[62]+0
        # hole data+0x30: GOT Abs64 operand0[73]+0
        # hole data+0x38: GOT Abs64 operand0[84]+0
        # hole data+0x40: GOT Abs64 operand0[95]+0
        # hole data+0x48: GOT Abs64 index+0
