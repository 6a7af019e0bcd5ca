# stencil nested_outer for x86_64-apple-darwin: 2659 code bytes, 24 data bytes, 25 holes
     0: 55                             pushq %rbp
     1: 4881ece0000000                 subq $0xe0, %rsp
     8: 4d89f7                         movq %r14, %r15
     b: 4d8b7608                       movq 0x8(%r14), %r14
     f: 498b5710                       movq 0x10(%r15), %rdx
    13: 4c89642448                     movq %r12, 0x48(%rsp)
    18: 498b442418                     movq 0x18(%r12), %rax
    1d: 488b08                         movq (%rax), %rcx
    20: 48898c24a8000000               movq %rcx, 0xa8(%rsp)
    28: 48894c2450                     movq %rcx, 0x50(%rsp)
    2d: 488b5808                       movq 0x8(%rax), %rbx
    31: 48895c2458                     movq %rbx, 0x58(%rsp)
    36: 488b4810                       movq 0x10(%rax), %rcx
    3a: 48898c24b8000000               movq %rcx, 0xb8(%rsp)
    42: 48894c2460                     movq %rcx, 0x60(%rsp)
    47: 488b4818                       movq 0x18(%rax), %rcx
    4b: 48898c24c0000000               movq %rcx, 0xc0(%rsp)
    53: 48894c2468                     movq %rcx, 0x68(%rsp)
    58: 488b4020                       movq 0x20(%rax), %rax
    5c: 4889442470                     movq %rax, 0x70(%rsp)
    61: a801                           testb $0x1, %al
    63: 48898424c8000000               movq %rax, 0xc8(%rsp)
    6b: 48899c24b0000000               movq %rbx, 0xb0(%rsp)
    73: 0f8522050000                   jne 0x522
    79: 49bc00000000000000c0           movabsq $-0x4000000000000000, %r12
    83: b902000000                     movl $0x2, %ecx
    88: 48899424d0000000               movq %rdx, 0xd0(%rsp)
    90: 4829d1                         subq %rdx, %rcx
    93: 48894c2428                     movq %rcx, 0x28(%rsp)
    98: 48895c2418                     movq %rbx, 0x18(%rsp)
    9d: 4989c3                         movq %rax, %r11
    a0: 4c897c2438                     movq %r15, 0x38(%rsp)
    a5: e9a7000000                     jmp 0xa7
    aa: 660f1f440000                   nopw (%rax,%rax)
    b0: 48897c2420                     movq %rdi, 0x20(%rsp)
    b5: 4c89c7                         movq %r8, %rdi
    b8: 4c89442410                     movq %r8, 0x10(%rsp)
    bd: 4c895c2408                     movq %r11, 0x8(%rsp)
    c2: 4c89a424d8000000               movq %r12, 0xd8(%rsp)
    ca: 4989d4                         movq %rdx, %r12
    cd: 4c894c2430                     movq %r9, 0x30(%rsp)
    d2: 4989f7                         movq %rsi, %r15
    d5: e800000000                     callq 0x0
        # hole +0xd6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    da: 4c89fe                         movq %r15, %rsi
    dd: 488b7c2420                     movq 0x20(%rsp), %rdi
    e2: 4c8b4c2430                     movq 0x30(%rsp), %r9
    e7: 4c89e2                         movq %r12, %rdx
    ea: 4c8ba424d8000000               movq 0xd8(%rsp), %r12
    f2: 4c8b5c2408                     movq 0x8(%rsp), %r11
    f7: 4c8b7c2438                     movq 0x38(%rsp), %r15
    fc: 4c8b442410                     movq 0x10(%rsp), %r8
   101: 48897c2450                     movq %rdi, 0x50(%rsp)
   106: 488b442418                     movq 0x18(%rsp), %rax
   10b: 4889442458                     movq %rax, 0x58(%rsp)
   110: 4c89642460                     movq %r12, 0x60(%rsp)
   115: 4889542468                     movq %rdx, 0x68(%rsp)
   11a: 4c895c2470                     movq %r11, 0x70(%rsp)
   11f: 4c89442478                     movq %r8, 0x78(%rsp)
   124: 4c89ac2480000000               movq %r13, 0x80(%rsp)
   12c: 4c898c2488000000               movq %r9, 0x88(%rsp)
   134: 4889ac2490000000               movq %rbp, 0x90(%rsp)
   13c: 4889b42498000000               movq %rsi, 0x98(%rsp)
   144: 41f6c301                       testb $0x1, %r11b
   148: 4989dc                         movq %rbx, %r12
   14b: 0f854a040000                   jne 0x44a
   151: 41837b0804                     cmpl $0x4, 0x8(%r11)
   156: 0f853f040000                   jne 0x43f
   15c: 498b4340                       movq 0x40(%r11), %rax
   160: 498b4b30                       movq 0x30(%r11), %rcx
   164: 498b5338                       movq 0x38(%r11), %rdx
   168: 4885c0                         testq %rax, %rax
   16b: 7e13                           jle 0x13
   16d: 4839d1                         cmpq %rdx, %rcx
   170: 7c17                           jl 0x17
   172: e915070000                     jmp 0x715
   177: 660f1f840000000000             nopw (%rax,%rax)
   180: 4839d1                         cmpq %rdx, %rcx
   183: 0f8e03070000                   jle 0x703
   189: 4801c8                         addq %rcx, %rax
   18c: 49894330                       movq %rax, 0x30(%r11)
   190: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   198: 4889442478                     movq %rax, 0x78(%rsp)
   19d: 4889442458                     movq %rax, 0x58(%rsp)
   1a2: f644241801                     testb $0x1, 0x18(%rsp)
   1a7: 750a                           jne 0xa
   1a9: 488b442418                     movq 0x18(%rsp), %rax
   1ae: 48ff08                         decq (%rax)
   1b1: 742f                           je 0x2f
   1b3: 488b1d00000000                 movq (%rip), %rbx
        # hole +0x1b6: X86_64_RELOC_GOT_LOAD Rel32 data+12
   1ba: f6c301                         testb $0x1, %bl
   1bd: 7541                           jne 0x41
   1bf: 48ff03                         incq (%rbx)
   1c2: 48895c2478                     movq %rbx, 0x78(%rsp)
   1c7: 488b442468                     movq 0x68(%rsp), %rax
   1cc: a801                           testb $0x1, %al
   1ce: 743e                           je 0x3e
   1d0: 4889842480000000               movq %rax, 0x80(%rsp)
   1d8: f6c301                         testb $0x1, %bl
   1db: 7445                           je 0x45
   1dd: e9ca060000                     jmp 0x6ca
   1e2: 488b7c2418                     movq 0x18(%rsp), %rdi
   1e7: e800000000                     callq 0x0
        # hole +0x1e8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1ec: 488b1d00000000                 movq (%rip), %rbx
        # hole +0x1ef: X86_64_RELOC_GOT_LOAD Rel32 data+12
   1f3: f6c301                         testb $0x1, %bl
   1f6: 74c7                           je -0x39
   1f8: 0f1f840000000000               nopl (%rax,%rax)
   200: 48895c2478                     movq %rbx, 0x78(%rsp)
   205: 488b442468                     movq 0x68(%rsp), %rax
   20a: a801                           testb $0x1, %al
   20c: 75c2                           jne -0x3e
   20e: 48ff00                         incq (%rax)
   211: 4889842480000000               movq %rax, 0x80(%rsp)
   219: f6c301                         testb $0x1, %bl
   21c: 0f858a060000                   jne 0x68a
   222: 837b0808                       cmpl $0x8, 0x8(%rbx)
   226: 0f8580060000                   jne 0x680
   22c: ba01000000                     movl $0x1, %edx
   231: 4c89ff                         movq %r15, %rdi
   234: 488db42480000000               leaq 0x80(%rsp), %rsi
   23c: ff5338                         callq *0x38(%rbx)
   23f: 4989c0                         movq %rax, %r8
   242: 488bbc2480000000               movq 0x80(%rsp), %rdi
   24a: 40f6c701                       testb $0x1, %dil
   24e: 7509                           jne 0x9
   250: 48ff0f                         decq (%rdi)
   253: 0f8413020000                   je 0x213
   259: 48ff0b                         decq (%rbx)
   25c: 750e                           jne 0xe
   25e: 4889df                         movq %rbx, %rdi
   261: 4c89c3                         movq %r8, %rbx
   264: e800000000                     callq 0x0
        # hole +0x265: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   269: 4989d8                         movq %rbx, %r8
   26c: 4d85c0                         testq %r8, %r8
   26f: 0f8401070000                   je 0x701
   275: 4c89e3                         movq %r12, %rbx
   278: 4c89442478                     movq %r8, 0x78(%rsp)
   27d: 488b7c2450                     movq 0x50(%rsp), %rdi
   282: 488b442458                     movq 0x58(%rsp), %rax
   287: 4889442418                     movq %rax, 0x18(%rsp)
   28c: 4c8b642460                     movq 0x60(%rsp), %r12
   291: 488b542468                     movq 0x68(%rsp), %rdx
   296: 4c8b5c2470                     movq 0x70(%rsp), %r11
   29b: 4c8bac2480000000               movq 0x80(%rsp), %r13
   2a3: 4c8b8c2488000000               movq 0x88(%rsp), %r9
   2ab: 488bac2490000000               movq 0x90(%rsp), %rbp
   2b3: 41f6c001                       testb $0x1, %r8b
   2b7: 0f85fb040000                   jne 0x4fb
   2bd: 4183780804                     cmpl $0x4, 0x8(%r8)
   2c2: 0f85f0040000                   jne 0x4f0
   2c8: 488bb42498000000               movq 0x98(%rsp), %rsi
   2d0: 498b4040                       movq 0x40(%r8), %rax
   2d4: 4d8b7830                       movq 0x30(%r8), %r15
   2d8: 498b4838                       movq 0x38(%r8), %rcx
   2dc: 4885c0                         testq %rax, %rax
   2df: 0f8e6b010000                   jle 0x16b
   2e5: 4939cf                         cmpq %rcx, %r15
   2e8: 0f8d6b010000                   jge 0x16b
   2ee: 4c01f8                         addq %r15, %rax
   2f1: 49894030                       movq %rax, 0x30(%r8)
   2f5: 41f6c401                       testb $0x1, %r12b
   2f9: 750a                           jne 0xa
   2fb: 49ff0c24                       decq (%r12)
   2ff: 0f8454020000                   je 0x254
   305: 4889742440                     movq %rsi, 0x40(%rsp)
   30a: 40f6c701                       testb $0x1, %dil
   30e: 7503                           jne 0x3
   310: 48ff07                         incq (%rdi)
   313: f644241801                     testb $0x1, 0x18(%rsp)
   318: 4889de                         movq %rbx, %rsi
   31b: 7508                           jne 0x8
   31d: 488b442418                     movq 0x18(%rsp), %rax
   322: 48ff00                         incq (%rax)
   325: 4a8d2c7d01000000               leaq 0x1(,%r15,2), %rbp
   32d: 4d01ff                         addq %r15, %r15
   330: 488b4c2418                     movq 0x18(%rsp), %rcx
   335: 48d1f9                         sarq %rcx
   338: 49d1ff                         sarq %r15
   33b: 4c0faff9                       imulq %rcx, %r15
   33f: 0f8051060000                   jo 0x651
   345: 498d0437                       leaq (%r15,%rsi), %rax
   349: 4885c0                         testq %rax, %rax
   34c: 0f8944060000                   jns 0x644
   352: 4e8d0c7d01000000               leaq 0x1(,%r15,2), %r9
   35a: 40f6c701                       testb $0x1, %dil
   35e: 0f8482060000                   je 0x682
   364: 4889f8                         movq %rdi, %rax
   367: 48d1f8                         sarq %rax
   36a: 4901c7                         addq %rax, %r15
   36d: 4c89f8                         movq %r15, %rax
   370: 4801f0                         addq %rsi, %rax
   373: 0f899f060000                   jns 0x69f
   379: 4e8d2c7d01000000               leaq 0x1(,%r15,2), %r13
   381: 4c8b7c2438                     movq 0x38(%rsp), %r15
   386: 49833f00                       cmpq $0x0, (%r15)
   38a: 0f853e050000                   jne 0x53e
   390: 49ffc6                         incq %r14
   393: 4c3bb424d0000000               cmpq 0xd0(%rsp), %r14
   39b: 0f8d5c050000                   jge 0x55c
   3a1: 4183780804                     cmpl $0x4, 0x8(%r8)
   3a6: 0f858c050000                   jne 0x58c
   3ac: 498b7040                       movq 0x40(%r8), %rsi
   3b0: 498b4030                       movq 0x30(%r8), %rax
   3b4: 498b7838                       movq 0x38(%r8), %rdi
   3b8: 4885f6                         testq %rsi, %rsi
   3bb: 0f8ec4000000                   jle 0xc4
   3c1: 4839f8                         cmpq %rdi, %rax
   3c4: 0f8d76010000                   jge 0x176
   3ca: 4c89442410                     movq %r8, 0x10(%rsp)
   3cf: 4889542420                     movq %rdx, 0x20(%rsp)
   3d4: 488d2c00                       leaq (%rax,%rax), %rbp
   3d8: 4c8d0436                       leaq (%rsi,%rsi), %r8
   3dc: 0f1f4000                       nopl (%rax)
   3e0: f644241801                     testb $0x1, 0x18(%rsp)
   3e5: 7508                           jne 0x8
   3e7: 488b542418                     movq 0x18(%rsp), %rdx
   3ec: 48ff02                         incq (%rdx)
   3ef: 4801f0                         addq %rsi, %rax
   3f2: 4889ea                         movq %rbp, %rdx
   3f5: 48d1fa                         sarq %rdx
   3f8: 480fafd1                       imulq %rcx, %rdx
   3fc: 0f80f4030000                   jo 0x3f4
   402: 4c8d0c1a                       leaq (%rdx,%rbx), %r9
   406: 4d85c9                         testq %r9, %r9
   409: 0f89e7030000                   jns 0x3e7
   40f: 4d89e9                         movq %r13, %r9
   412: 49d1f9                         sarq %r9
   415: 4901d1                         addq %rdx, %r9
   418: 4d89ca                         movq %r9, %r10
   41b: 4901da                         addq %rbx, %r10
   41e: 0f8917040000                   jns 0x417
   424: 4c8b542428                     movq 0x28(%rsp), %r10
   429: 4d01f2                         addq %r14, %r10
   42c: 4e8d2c4d01000000               leaq 0x1(,%r9,2), %r13
   434: 4983fa01                       cmpq $0x1, %r10
   438: 0f8440020000                   je 0x240
   43e: 49ffc6                         incq %r14
   441: 4c01c5                         addq %r8, %rbp
   444: 4839f8                         cmpq %rdi, %rax
   447: 7c97                           jl -0x69
   449: e9bb000000                     jmp 0xbb
   44e: 6690                           nop
   450: 4939cf                         cmpq %rcx, %r15
   453: 0f8f95feffff                   jg -0x16b
   459: 4c8b7c2438                     movq 0x38(%rsp), %r15
   45e: 49ff08                         decq (%r8)
   461: 0f859afcffff                   jne -0x366
   467: e944fcffff                     jmp -0x3bc
   46c: 4d89c5                         movq %r8, %r13
   46f: e800000000                     callq 0x0
        # hole +0x470: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   474: 4d89e8                         movq %r13, %r8
   477: 48ff0b                         decq (%rbx)
   47a: 0f85ecfdffff                   jne -0x214
   480: e9d9fdffff                     jmp -0x227
   485: 4839f8                         cmpq %rdi, %rax
   488: 0f8eb2000000                   jle 0xb2
   48e: 4c89442410                     movq %r8, 0x10(%rsp)
   493: 4889542420                     movq %rdx, 0x20(%rsp)
   498: 488d2c00                       leaq (%rax,%rax), %rbp
   49c: 4c8d0436                       leaq (%rsi,%rsi), %r8
   4a0: f644241801                     testb $0x1, 0x18(%rsp)
   4a5: 7508                           jne 0x8
   4a7: 488b542418                     movq 0x18(%rsp), %rdx
   4ac: 48ff02                         incq (%rdx)
   4af: 4801f0                         addq %rsi, %rax
   4b2: 4889ea                         movq %rbp, %rdx
   4b5: 48d1fa                         sarq %rdx
   4b8: 480fafd1                       imulq %rcx, %rdx
   4bc: 0f8034030000                   jo 0x334
   4c2: 4c8d0c1a                       leaq (%rdx,%rbx), %r9
   4c6: 4d85c9                         testq %r9, %r9
   4c9: 0f8927030000                   jns 0x327
   4cf: 4d89e9                         movq %r13, %r9
   4d2: 49d1f9                         sarq %r9
   4d5: 4901d1                         addq %rdx, %r9
   4d8: 4d89ca                         movq %r9, %r10
   4db: 4901da                         addq %rbx, %r10
   4de: 0f8957030000                   jns 0x357
   4e4: 4c8b542428                     movq 0x28(%rsp), %r10
   4e9: 4d01f2                         addq %r14, %r10
   4ec: 4e8d2c4d01000000               leaq 0x1(,%r9,2), %r13
   4f4: 4983fa01                       cmpq $0x1, %r10
   4f8: 0f8480010000                   je 0x180
   4fe: 49ffc6                         incq %r14
   501: 4c01c5                         addq %r8, %rbp
   504: 4839f8                         cmpq %rdi, %rax
   507: 7f97                           jg -0x69
   509: 4c29c5                         subq %r8, %rbp
   50c: 488b742440                     movq 0x40(%rsp), %rsi
   511: 4883cd01                       orq $0x1, %rbp
   515: 4c8d0c5501000000               leaq 0x1(,%rdx,2), %r9
   51d: 4c8b442410                     movq 0x10(%rsp), %r8
   522: 49894030                       movq %rax, 0x30(%r8)
   526: 4989ec                         movq %rbp, %r12
   529: 4c89ef                         movq %r13, %rdi
   52c: 488b542420                     movq 0x20(%rsp), %rdx
   531: 49ff08                         decq (%r8)
   534: 0f85c7fbffff                   jne -0x439
   53a: e971fbffff                     jmp -0x48f
   53f: 90                             nop
   540: 4989ec                         movq %rbp, %r12
   543: 4c89ef                         movq %r13, %rdi
   546: 488b742440                     movq 0x40(%rsp), %rsi
   54b: 49ff08                         decq (%r8)
   54e: 0f85adfbffff                   jne -0x453
   554: e957fbffff                     jmp -0x4a9
   559: 48897c2420                     movq %rdi, 0x20(%rsp)
   55e: 4c89e7                         movq %r12, %rdi
   561: 4c89442410                     movq %r8, 0x10(%rsp)
   566: 4d89dd                         movq %r11, %r13
   569: 4889d5                         movq %rdx, %rbp
   56c: 4989f4                         movq %rsi, %r12
   56f: e800000000                     callq 0x0
        # hole +0x570: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   574: 4c89e6                         movq %r12, %rsi
   577: 488b7c2420                     movq 0x20(%rsp), %rdi
   57c: 4889ea                         movq %rbp, %rdx
   57f: 4d89eb                         movq %r13, %r11
   582: 4c8b442410                     movq 0x10(%rsp), %r8
   587: 4889742440                     movq %rsi, 0x40(%rsp)
   58c: 40f6c701                       testb $0x1, %dil
   590: 0f847afdffff                   je -0x286
   596: e978fdffff                     jmp -0x288
   59b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x59e: X86_64_RELOC_GOT_LOAD Rel32 data+4
   5a2: 49ffc0                         incq %r8
   5a5: b805000000                     movl $0x5, %eax
   5aa: 41b90a000000                   movl $0xa, %r9d
   5b0: b901000000                     movl $0x1, %ecx
   5b5: 31d2                           xorl %edx, %edx
   5b7: 4c8b542450                     movq 0x50(%rsp), %r10
   5bc: 488b7c2448                     movq 0x48(%rsp), %rdi
   5c1: 488b7718                       movq 0x18(%rdi), %rsi
   5c5: 4c3b9424a8000000               cmpq 0xa8(%rsp), %r10
   5cd: 4c8b9c24c8000000               movq 0xc8(%rsp), %r11
   5d5: 488b9c24b0000000               movq 0xb0(%rsp), %rbx
   5dd: 7554                           jne 0x54
   5df: 4c8b542458                     movq 0x58(%rsp), %r10
   5e4: 4939da                         cmpq %rbx, %r10
   5e7: 7557                           jne 0x57
   5e9: 4c8b542460                     movq 0x60(%rsp), %r10
   5ee: 4c3b9424b8000000               cmpq 0xb8(%rsp), %r10
   5f6: 755b                           jne 0x5b
   5f8: 4c8b542468                     movq 0x68(%rsp), %r10
   5fd: 4c3b9424c0000000               cmpq 0xc0(%rsp), %r10
   605: 755f                           jne 0x5f
   607: 4c8b542470                     movq 0x70(%rsp), %r10
   60c: 4d39da                         cmpq %r11, %r10
   60f: 7563                           jne 0x63
   611: 84d2                           testb %dl, %dl
   613: 7415                           je 0x15
   615: 488b542478                     movq 0x78(%rsp), %rdx
   61a: 48895628                       movq %rdx, 0x28(%rsi)
   61e: 488b942480000000               movq 0x80(%rsp), %rdx
   626: 48895630                       movq %rdx, 0x30(%rsi)
   62a: 488d34c6                       leaq (%rsi,%rax,8), %rsi
   62e: e970010000                     jmp 0x170
   633: 4c8916                         movq %r10, (%rsi)
   636: 4c8b542458                     movq 0x58(%rsp), %r10
   63b: 4939da                         cmpq %rbx, %r10
   63e: 74a9                           je -0x57
   640: 4c895608                       movq %r10, 0x8(%rsi)
   644: 4c8b542460                     movq 0x60(%rsp), %r10
   649: 4c3b9424b8000000               cmpq 0xb8(%rsp), %r10
   651: 74a5                           je -0x5b
   653: 4c895610                       movq %r10, 0x10(%rsi)
   657: 4c8b542468                     movq 0x68(%rsp), %r10
   65c: 4c3b9424c0000000               cmpq 0xc0(%rsp), %r10
   664: 74a1                           je -0x5f
   666: 4c895618                       movq %r10, 0x18(%rsi)
   66a: 4c8b542470                     movq 0x70(%rsp), %r10
   66f: 4d39da                         cmpq %r11, %r10
   672: 749d                           je -0x63
   674: 4c895620                       movq %r10, 0x20(%rsi)
   678: 84d2                           testb %dl, %dl
   67a: 7599                           jne -0x67
   67c: ebac                           jmp -0x54
   67e: 4c895c2408                     movq %r11, 0x8(%rsp)
   683: 4883cd01                       orq $0x1, %rbp
   687: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   68f: 48894c2430                     movq %rcx, 0x30(%rsp)
   694: 488b4c2410                     movq 0x10(%rsp), %rcx
   699: 48894130                       movq %rax, 0x30(%rcx)
   69d: 49c70701000000                 movq $0x1, (%r15)
   6a4: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x6a7: X86_64_RELOC_GOT_LOAD Rel32 data-4
   6ab: 4983c00d                       addq $0xd, %r8
   6af: b830000000                     movl $0x30, %eax
   6b4: 41b301                         movb $0x1, %r11b
   6b7: 41b982000000                   movl $0x82, %r9d
   6bd: b902000000                     movl $0x2, %ecx
   6c2: c744242800000000               movl $0x0, 0x28(%rsp)
   6ca: 4c8bb424d0000000               movq 0xd0(%rsp), %r14
   6d2: 4989ec                         movq %rbp, %r12
   6d5: 4c89ef                         movq %r13, %rdi
   6d8: 4531d2                         xorl %r10d, %r10d
   6db: 488b742448                     movq 0x48(%rsp), %rsi
   6e0: 488b7618                       movq 0x18(%rsi), %rsi
   6e4: 483bbc24a8000000               cmpq 0xa8(%rsp), %rdi
   6ec: 7553                           jne 0x53
   6ee: 488b542418                     movq 0x18(%rsp), %rdx
   6f3: 483b9424b0000000               cmpq 0xb0(%rsp), %rdx
   6fb: 7556                           jne 0x56
   6fd: 4c3ba424b8000000               cmpq 0xb8(%rsp), %r12
   705: 7404                           je 0x4
   707: 4c896610                       movq %r12, 0x10(%rsi)
   70b: 488b542410                     movq 0x10(%rsp), %rdx
   710: 4c8b642420                     movq 0x20(%rsp), %r12
   715: 4c3ba424c0000000               cmpq 0xc0(%rsp), %r12
   71d: 488b7c2448                     movq 0x48(%rsp), %rdi
   722: 488b9c24c8000000               movq 0xc8(%rsp), %rbx
   72a: 753c                           jne 0x3c
   72c: 4c8b642408                     movq 0x8(%rsp), %r12
   731: 4939dc                         cmpq %rbx, %r12
   734: 7540                           jne 0x40
   736: 48895628                       movq %rdx, 0x28(%rsi)
   73a: 4584db                         testb %r11b, %r11b
   73d: 7444                           je 0x44
   73f: eb5f                           jmp 0x5f
   741: 48893e                         movq %rdi, (%rsi)
   744: 488b542418                     movq 0x18(%rsp), %rdx
   749: 483b9424b0000000               cmpq 0xb0(%rsp), %rdx
   751: 74aa                           je -0x56
   753: 488b542418                     movq 0x18(%rsp), %rdx
   758: 48895608                       movq %rdx, 0x8(%rsi)
   75c: 4c3ba424b8000000               cmpq 0xb8(%rsp), %r12
   764: 75a1                           jne -0x5f
   766: eba3                           jmp -0x5d
   768: 4c896618                       movq %r12, 0x18(%rsi)
   76c: 4c8b642408                     movq 0x8(%rsp), %r12
   771: 4939dc                         cmpq %rbx, %r12
   774: 74c0                           je -0x40
   776: 4c896620                       movq %r12, 0x20(%rsi)
   77a: 48895628                       movq %rdx, 0x28(%rsi)
   77e: 4584db                         testb %r11b, %r11b
   781: 751d                           jne 0x1d
   783: 4c896e30                       movq %r13, 0x30(%rsi)
   787: 807c242800                     cmpb $0x0, 0x28(%rsp)
   78c: 7412                           je 0x12
   78e: 488b542430                     movq 0x30(%rsp), %rdx
   793: 48895638                       movq %rdx, 0x38(%rsi)
   797: 4584d2                         testb %r10b, %r10b
   79a: 7504                           jne 0x4
   79c: 48896e40                       movq %rbp, 0x40(%rsi)
   7a0: 4801c6                         addq %rax, %rsi
   7a3: 4c89fa                         movq %r15, %rdx
   7a6: e800000000                     callq 0x0
        # hole +0x7a7: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   7ab: 4d897708                       movq %r14, 0x8(%r15)
   7af: 4881c4e0000000                 addq $0xe0, %rsp
   7b6: 5d                             popq %rbp
   7b7: c3                             retq
   7b8: 4c894c2430                     movq %r9, 0x30(%rsp)
   7bd: 4c89442410                     movq %r8, 0x10(%rsp)
   7c2: 4889542420                     movq %rdx, 0x20(%rsp)
   7c7: 4c895c2408                     movq %r11, 0x8(%rsp)
   7cc: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7cf: X86_64_RELOC_GOT_LOAD Rel32 data-4
   7d3: 49ffc0                         incq %r8
   7d6: b830000000                     movl $0x30, %eax
   7db: 41b301                         movb $0x1, %r11b
   7de: 41b90a000000                   movl $0xa, %r9d
   7e4: b901000000                     movl $0x1, %ecx
   7e9: c744242800000000               movl $0x0, 0x28(%rsp)
   7f1: e9e2feffff                     jmp -0x11e
   7f6: 4c895c2408                     movq %r11, 0x8(%rsp)
   7fb: 4883cd01                       orq $0x1, %rbp
   7ff: 488b4c2410                     movq 0x10(%rsp), %rcx
   804: 48894130                       movq %rax, 0x30(%rcx)
   808: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x80b: X86_64_RELOC_GOT_LOAD Rel32 data-4
   80f: 4983c008                       addq $0x8, %r8
   813: b848000000                     movl $0x48, %eax
   818: b101                           movb $0x1, %cl
   81a: 894c2428                       movl %ecx, 0x28(%rsp)
   81e: 41b950000000                   movl $0x50, %r9d
   824: b901000000                     movl $0x1, %ecx
   829: 4531db                         xorl %r11d, %r11d
   82c: 488b542418                     movq 0x18(%rsp), %rdx
   831: 4889542430                     movq %rdx, 0x30(%rsp)
   836: e997feffff                     jmp -0x169
   83b: 4c895c2408                     movq %r11, 0x8(%rsp)
   840: 4883cd01                       orq $0x1, %rbp
   844: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   84c: 48894c2430                     movq %rcx, 0x30(%rsp)
   851: 488b4c2410                     movq 0x10(%rsp), %rcx
   856: 48894130                       movq %rax, 0x30(%rcx)
   85a: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x85d: X86_64_RELOC_GOT_LOAD Rel32 data-4
   861: 4983c00a                       addq $0xa, %r8
   865: b840000000                     movl $0x40, %eax
   86a: b101                           movb $0x1, %cl
   86c: 894c2428                       movl %ecx, 0x28(%rsp)
   870: 41b964000000                   movl $0x64, %r9d
   876: b901000000                     movl $0x1, %ecx
   87b: 4531db                         xorl %r11d, %r11d
   87e: 4989ec                         movq %rbp, %r12
   881: 4c89ef                         movq %r13, %rdi
   884: 41b201                         movb $0x1, %r10b
   887: e94ffeffff                     jmp -0x1b1
   88c: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x88f: X86_64_RELOC_GOT_LOAD Rel32 data+4
   893: 4983c002                       addq $0x2, %r8
   897: b805000000                     movl $0x5, %eax
   89c: 41b914000000                   movl $0x14, %r9d
   8a2: b902000000                     movl $0x2, %ecx
   8a7: e909fdffff                     jmp -0x2f7
   8ac: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x8af: X86_64_RELOC_GOT_LOAD Rel32 data+4
   8b3: 4983c007                       addq $0x7, %r8
   8b7: b807000000                     movl $0x7, %eax
   8bc: b201                           movb $0x1, %dl
   8be: 41b946000000                   movl $0x46, %r9d
   8c4: b901000000                     movl $0x1, %ecx
   8c9: e9e9fcffff                     jmp -0x317
   8ce: 4c894c2430                     movq %r9, 0x30(%rsp)
   8d3: 4c89442410                     movq %r8, 0x10(%rsp)
   8d8: 4889542420                     movq %rdx, 0x20(%rsp)
   8dd: 4c895c2408                     movq %r11, 0x8(%rsp)
   8e2: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x8e5: X86_64_RELOC_GOT_LOAD Rel32 data-4
   8e9: 4983c00c                       addq $0xc, %r8
   8ed: b830000000                     movl $0x30, %eax
   8f2: 41b301                         movb $0x1, %r11b
   8f5: 41b978000000                   movl $0x78, %r9d
   8fb: eb34                           jmp 0x34
   8fd: 4c894c2430                     movq %r9, 0x30(%rsp)
   902: 4c89442410                     movq %r8, 0x10(%rsp)
   907: 4889542420                     movq %rdx, 0x20(%rsp)
   90c: 4c895c2408                     movq %r11, 0x8(%rsp)
   911: 49c70701000000                 movq $0x1, (%r15)
   918: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x91b: X86_64_RELOC_GOT_LOAD Rel32 data-4
   91f: 4983c00d                       addq $0xd, %r8
   923: b830000000                     movl $0x30, %eax
   928: 41b301                         movb $0x1, %r11b
   92b: 41b982000000                   movl $0x82, %r9d
   931: b902000000                     movl $0x2, %ecx
   936: eb31                           jmp 0x31
   938: 4c894c2430                     movq %r9, 0x30(%rsp)
   93d: 4c89442410                     movq %r8, 0x10(%rsp)
   942: 4889542420                     movq %rdx, 0x20(%rsp)
   947: 4c895c2408                     movq %r11, 0x8(%rsp)
   94c: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x94f: X86_64_RELOC_GOT_LOAD Rel32 data-4
   953: 49ffc0                         incq %r8
   956: b830000000                     movl $0x30, %eax
   95b: 41b301                         movb $0x1, %r11b
   95e: 41b90a000000                   movl $0xa, %r9d
   964: b901000000                     movl $0x1, %ecx
   969: c744242800000000               movl $0x0, 0x28(%rsp)
   971: e95cfdffff                     jmp -0x2a4
   976: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x979: X86_64_RELOC_GOT_LOAD Rel32 data+4
   97d: 4983c007                       addq $0x7, %r8
   981: b805000000                     movl $0x5, %eax
   986: 41b946000000                   movl $0x46, %r9d
   98c: b903000000                     movl $0x3, %ecx
   991: e91ffcffff                     jmp -0x3e1
   996: 4c89442410                     movq %r8, 0x10(%rsp)
   99b: 4889542420                     movq %rdx, 0x20(%rsp)
   9a0: 4c895c2408                     movq %r11, 0x8(%rsp)
   9a5: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x9a8: X86_64_RELOC_GOT_LOAD Rel32 data-4
   9ac: 4983c008                       addq $0x8, %r8
   9b0: b848000000                     movl $0x48, %eax
   9b5: b101                           movb $0x1, %cl
   9b7: 894c2428                       movl %ecx, 0x28(%rsp)
   9bb: 41b950000000                   movl $0x50, %r9d
   9c1: b901000000                     movl $0x1, %ecx
   9c6: 4531db                         xorl %r11d, %r11d
   9c9: 4989fd                         movq %rdi, %r13
   9cc: 488b542418                     movq 0x18(%rsp), %rdx
   9d1: 4889542430                     movq %rdx, 0x30(%rsp)
   9d6: 4989ec                         movq %rbp, %r12
   9d9: 4531d2                         xorl %r10d, %r10d
   9dc: 4c8b7c2438                     movq 0x38(%rsp), %r15
   9e1: e9f5fcffff                     jmp -0x30b
   9e6: 4c894c2430                     movq %r9, 0x30(%rsp)
   9eb: 4c89442410                     movq %r8, 0x10(%rsp)
   9f0: 4889542420                     movq %rdx, 0x20(%rsp)
   9f5: 4c895c2408                     movq %r11, 0x8(%rsp)
   9fa: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x9fd: X86_64_RELOC_GOT_LOAD Rel32 data-4
   a01: 4983c009                       addq $0x9, %r8
   a05: b840000000                     movl $0x40, %eax
   a0a: b101                           movb $0x1, %cl
   a0c: 894c2428                       movl %ecx, 0x28(%rsp)
   a10: 41b95a000000                   movl $0x5a, %r9d
   a16: eb30                           jmp 0x30
   a18: 4c894c2430                     movq %r9, 0x30(%rsp)
   a1d: 4c89442410                     movq %r8, 0x10(%rsp)
   a22: 4889542420                     movq %rdx, 0x20(%rsp)
   a27: 4c895c2408                     movq %r11, 0x8(%rsp)
   a2c: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xa2f: X86_64_RELOC_GOT_LOAD Rel32 data-4
   a33: 4983c00a                       addq $0xa, %r8
   a37: b840000000                     movl $0x40, %eax
   a3c: b101                           movb $0x1, %cl
   a3e: 894c2428                       movl %ecx, 0x28(%rsp)
   a42: 41b964000000                   movl $0x64, %r9d
   a48: b901000000                     movl $0x1, %ecx
   a4d: 4531db                         xorl %r11d, %r11d
   a50: 4989fd                         movq %rdi, %r13
   a53: 4989ec                         movq %rbp, %r12
   a56: 41b201                         movb $0x1, %r10b
   a59: 4c8b7c2438                     movq 0x38(%rsp), %r15
   a5e: e978fcffff                     jmp -0x388
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index[9]+0
        # hole data+0x8: GOT Abs64 index+0
        # hole data+0x10: GOT Abs64 operand0[5]+0
