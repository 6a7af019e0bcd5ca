# stencil nested_outer for x86_64-unknown-linux-gnu: 2679 code bytes, 0 data bytes, 22 holes
     0: 55                             pushq %rbp
     1: 4881ecd0000000                 subq $0xd0, %rsp
     8: 4d89f7                         movq %r14, %r15
     b: 4d8b7608                       movq 0x8(%r14), %r14
     f: 498b5710                       movq 0x10(%r15), %rdx
    13: 4c89a42490000000               movq %r12, 0x90(%rsp)
    1b: 498b442418                     movq 0x18(%r12), %rax
    20: 488b08                         movq (%rax), %rcx
    23: 48898c2498000000               movq %rcx, 0x98(%rsp)
    2b: 48894c2440                     movq %rcx, 0x40(%rsp)
    30: 488b5808                       movq 0x8(%rax), %rbx
    34: 48895c2448                     movq %rbx, 0x48(%rsp)
    39: 488b4810                       movq 0x10(%rax), %rcx
    3d: 48898c24a8000000               movq %rcx, 0xa8(%rsp)
    45: 48894c2450                     movq %rcx, 0x50(%rsp)
    4a: 488b4818                       movq 0x18(%rax), %rcx
    4e: 48898c24b0000000               movq %rcx, 0xb0(%rsp)
    56: 48894c2458                     movq %rcx, 0x58(%rsp)
    5b: 488b4020                       movq 0x20(%rax), %rax
    5f: 4889442460                     movq %rax, 0x60(%rsp)
    64: a801                           testb $0x1, %al
    66: 48898424b8000000               movq %rax, 0xb8(%rsp)
    6e: 48899c24a0000000               movq %rbx, 0xa0(%rsp)
    76: 0f850f050000                   jne 0x50f
    7c: 49bc00000000000000c0           movabsq $-0x4000000000000000, %r12
    86: b902000000                     movl $0x2, %ecx
    8b: 48899424c0000000               movq %rdx, 0xc0(%rsp)
    93: 4829d1                         subq %rdx, %rcx
    96: 48894c2420                     movq %rcx, 0x20(%rsp)
    9b: 48895c2410                     movq %rbx, 0x10(%rsp)
    a0: 4989c3                         movq %rax, %r11
    a3: 4c897c2430                     movq %r15, 0x30(%rsp)
    a8: e99c000000                     jmp 0x9c
    ad: 0f1f00                         nopl (%rax)
    b0: 48897c2418                     movq %rdi, 0x18(%rsp)
    b5: 4c89c7                         movq %r8, %rdi
    b8: 4c89442408                     movq %r8, 0x8(%rsp)
    bd: 4c891c24                       movq %r11, (%rsp)
    c1: 4c89a424c8000000               movq %r12, 0xc8(%rsp)
    c9: 4989d4                         movq %rdx, %r12
    cc: 4c894c2428                     movq %r9, 0x28(%rsp)
    d1: 4989f7                         movq %rsi, %r15
    d4: e800000000                     callq 0x0
        # hole +0xd5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    d9: 4c89fe                         movq %r15, %rsi
    dc: 488b7c2418                     movq 0x18(%rsp), %rdi
    e1: 4c8b4c2428                     movq 0x28(%rsp), %r9
    e6: 4c89e2                         movq %r12, %rdx
    e9: 4c8ba424c8000000               movq 0xc8(%rsp), %r12
    f1: 4c8b1c24                       movq (%rsp), %r11
    f5: 4c8b7c2430                     movq 0x30(%rsp), %r15
    fa: 4c8b442408                     movq 0x8(%rsp), %r8
    ff: 48897c2440                     movq %rdi, 0x40(%rsp)
   104: 488b442410                     movq 0x10(%rsp), %rax
   109: 4889442448                     movq %rax, 0x48(%rsp)
   10e: 4c89642450                     movq %r12, 0x50(%rsp)
   113: 4889542458                     movq %rdx, 0x58(%rsp)
   118: 4c895c2460                     movq %r11, 0x60(%rsp)
   11d: 4c89442468                     movq %r8, 0x68(%rsp)
   122: 4c896c2470                     movq %r13, 0x70(%rsp)
   127: 4c894c2478                     movq %r9, 0x78(%rsp)
   12c: 4889ac2480000000               movq %rbp, 0x80(%rsp)
   134: 4889b42488000000               movq %rsi, 0x88(%rsp)
   13c: 41f6c301                       testb $0x1, %r11b
   140: 4989dc                         movq %rbx, %r12
   143: 0f8542040000                   jne 0x442
   149: 41837b0804                     cmpl $0x4, 0x8(%r11)
   14e: 0f8537040000                   jne 0x437
   154: 498b4340                       movq 0x40(%r11), %rax
   158: 498b4b30                       movq 0x30(%r11), %rcx
   15c: 498b5338                       movq 0x38(%r11), %rdx
   160: 4885c0                         testq %rax, %rax
   163: 7e0b                           jle 0xb
   165: 4839d1                         cmpq %rdx, %rcx
   168: 7c0f                           jl 0xf
   16a: e91c070000                     jmp 0x71c
   16f: 90                             nop
   170: 4839d1                         cmpq %rdx, %rcx
   173: 0f8e12070000                   jle 0x712
   179: 4801c8                         addq %rcx, %rax
   17c: 49894330                       movq %rax, 0x30(%r11)
   180: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   188: 4889442468                     movq %rax, 0x68(%rsp)
   18d: 4889442448                     movq %rax, 0x48(%rsp)
   192: f644241001                     testb $0x1, 0x10(%rsp)
   197: 750a                           jne 0xa
   199: 488b442410                     movq 0x10(%rsp), %rax
   19e: 48ff08                         decq (%rax)
   1a1: 742f                           je 0x2f
   1a3: 48bb0000000000000000           movabsq $0x0, %rbx
        # hole +0x1a5: R_X86_64_64 Abs64 operand0[5]+0
   1ad: f6c301                         testb $0x1, %bl
   1b0: 753e                           jne 0x3e
   1b2: 48ff03                         incq (%rbx)
   1b5: 48895c2468                     movq %rbx, 0x68(%rsp)
   1ba: 488b442458                     movq 0x58(%rsp), %rax
   1bf: a801                           testb $0x1, %al
   1c1: 743b                           je 0x3b
   1c3: 4889442470                     movq %rax, 0x70(%rsp)
   1c8: f6c301                         testb $0x1, %bl
   1cb: 7447                           je 0x47
   1cd: e9dc060000                     jmp 0x6dc
   1d2: 488b7c2410                     movq 0x10(%rsp), %rdi
   1d7: e800000000                     callq 0x0
        # hole +0x1d8: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1dc: 48bb0000000000000000           movabsq $0x0, %rbx
        # hole +0x1de: R_X86_64_64 Abs64 operand0[5]+0
   1e6: f6c301                         testb $0x1, %bl
   1e9: 74c7                           je -0x39
   1eb: 0f1f440000                     nopl (%rax,%rax)
   1f0: 48895c2468                     movq %rbx, 0x68(%rsp)
   1f5: 488b442458                     movq 0x58(%rsp), %rax
   1fa: a801                           testb $0x1, %al
   1fc: 75c5                           jne -0x3b
   1fe: 48ff00                         incq (%rax)
   201: 488b5c2468                     movq 0x68(%rsp), %rbx
   206: 4889442470                     movq %rax, 0x70(%rsp)
   20b: f6c301                         testb $0x1, %bl
   20e: 0f859a060000                   jne 0x69a
   214: 837b0808                       cmpl $0x8, 0x8(%rbx)
   218: 0f8590060000                   jne 0x690
   21e: ba01000000                     movl $0x1, %edx
   223: 4c89ff                         movq %r15, %rdi
   226: 488d742470                     leaq 0x70(%rsp), %rsi
   22b: ff5338                         callq *0x38(%rbx)
   22e: 4989c0                         movq %rax, %r8
   231: 488b7c2470                     movq 0x70(%rsp), %rdi
   236: 40f6c701                       testb $0x1, %dil
   23a: 7509                           jne 0x9
   23c: 48ff0f                         decq (%rdi)
   23f: 0f8417020000                   je 0x217
   245: 48ff0b                         decq (%rbx)
   248: 750e                           jne 0xe
   24a: 4889df                         movq %rbx, %rdi
   24d: 4c89c3                         movq %r8, %rbx
   250: e800000000                     callq 0x0
        # hole +0x251: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   255: 4989d8                         movq %rbx, %r8
   258: 4d85c0                         testq %r8, %r8
   25b: 0f8420070000                   je 0x720
   261: 4c89e3                         movq %r12, %rbx
   264: 4c89442468                     movq %r8, 0x68(%rsp)
   269: 488b7c2440                     movq 0x40(%rsp), %rdi
   26e: 488b442448                     movq 0x48(%rsp), %rax
   273: 4889442410                     movq %rax, 0x10(%rsp)
   278: 4c8b642450                     movq 0x50(%rsp), %r12
   27d: 488b542458                     movq 0x58(%rsp), %rdx
   282: 4c8b5c2460                     movq 0x60(%rsp), %r11
   287: 4c8b6c2470                     movq 0x70(%rsp), %r13
   28c: 4c8b4c2478                     movq 0x78(%rsp), %r9
   291: 488bac2480000000               movq 0x80(%rsp), %rbp
   299: 41f6c001                       testb $0x1, %r8b
   29d: 0f850e050000                   jne 0x50e
   2a3: 4183780804                     cmpl $0x4, 0x8(%r8)
   2a8: 0f8503050000                   jne 0x503
   2ae: 488bb42488000000               movq 0x88(%rsp), %rsi
   2b6: 498b4040                       movq 0x40(%r8), %rax
   2ba: 4d8b7830                       movq 0x30(%r8), %r15
   2be: 498b4838                       movq 0x38(%r8), %rcx
   2c2: 4885c0                         testq %rax, %rax
   2c5: 0f8e75010000                   jle 0x175
   2cb: 4939cf                         cmpq %rcx, %r15
   2ce: 0f8d75010000                   jge 0x175
   2d4: 4c01f8                         addq %r15, %rax
   2d7: 49894030                       movq %rax, 0x30(%r8)
   2db: 41f6c401                       testb $0x1, %r12b
   2df: 750a                           jne 0xa
   2e1: 49ff0c24                       decq (%r12)
   2e5: 0f845e020000                   je 0x25e
   2eb: 4889742438                     movq %rsi, 0x38(%rsp)
   2f0: 40f6c701                       testb $0x1, %dil
   2f4: 7503                           jne 0x3
   2f6: 48ff07                         incq (%rdi)
   2f9: f644241001                     testb $0x1, 0x10(%rsp)
   2fe: 4889de                         movq %rbx, %rsi
   301: 7508                           jne 0x8
   303: 488b442410                     movq 0x10(%rsp), %rax
   308: 48ff00                         incq (%rax)
   30b: 4a8d2c7d01000000               leaq 0x1(,%r15,2), %rbp
   313: 4d01ff                         addq %r15, %r15
   316: 488b4c2410                     movq 0x10(%rsp), %rcx
   31b: 48d1f9                         sarq %rcx
   31e: 49d1ff                         sarq %r15
   321: 4c0faff9                       imulq %rcx, %r15
   325: 0f8079060000                   jo 0x679
   32b: 498d0437                       leaq (%r15,%rsi), %rax
   32f: 4885c0                         testq %rax, %rax
   332: 0f896c060000                   jns 0x66c
   338: 4e8d0c7d01000000               leaq 0x1(,%r15,2), %r9
   340: 40f6c701                       testb $0x1, %dil
   344: 0f84ac060000                   je 0x6ac
   34a: 4889f8                         movq %rdi, %rax
   34d: 48d1f8                         sarq %rax
   350: 4901c7                         addq %rax, %r15
   353: 4c89f8                         movq %r15, %rax
   356: 4801f0                         addq %rsi, %rax
   359: 0f89cb060000                   jns 0x6cb
   35f: 4e8d2c7d01000000               leaq 0x1(,%r15,2), %r13
   367: 4c8b7c2430                     movq 0x30(%rsp), %r15
   36c: 49833f00                       cmpq $0x0, (%r15)
   370: 0f855d050000                   jne 0x55d
   376: 49ffc6                         incq %r14
   379: 4c3bb424c0000000               cmpq 0xc0(%rsp), %r14
   381: 0f8d7d050000                   jge 0x57d
   387: 4183780804                     cmpl $0x4, 0x8(%r8)
   38c: 0f85af050000                   jne 0x5af
   392: 498b7040                       movq 0x40(%r8), %rsi
   396: 498b4030                       movq 0x30(%r8), %rax
   39a: 498b7838                       movq 0x38(%r8), %rdi
   39e: 4885f6                         testq %rsi, %rsi
   3a1: 0f8ece000000                   jle 0xce
   3a7: 4839f8                         cmpq %rdi, %rax
   3aa: 0f8d80010000                   jge 0x180
   3b0: 4c89442408                     movq %r8, 0x8(%rsp)
   3b5: 4889542418                     movq %rdx, 0x18(%rsp)
   3ba: 488d2c00                       leaq (%rax,%rax), %rbp
   3be: 4c8d0436                       leaq (%rsi,%rsi), %r8
   3c2: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   3d0: f644241001                     testb $0x1, 0x10(%rsp)
   3d5: 7508                           jne 0x8
   3d7: 488b542410                     movq 0x10(%rsp), %rdx
   3dc: 48ff02                         incq (%rdx)
   3df: 4801f0                         addq %rsi, %rax
   3e2: 4889ea                         movq %rbp, %rdx
   3e5: 48d1fa                         sarq %rdx
   3e8: 480fafd1                       imulq %rcx, %rdx
   3ec: 0f80ff030000                   jo 0x3ff
   3f2: 4c8d0c1a                       leaq (%rdx,%rbx), %r9
   3f6: 4d85c9                         testq %r9, %r9
   3f9: 0f89f2030000                   jns 0x3f2
   3ff: 4d89e9                         movq %r13, %r9
   402: 49d1f9                         sarq %r9
   405: 4901d1                         addq %rdx, %r9
   408: 4d89ca                         movq %r9, %r10
   40b: 4901da                         addq %rbx, %r10
   40e: 0f8924040000                   jns 0x424
   414: 4c8b542420                     movq 0x20(%rsp), %r10
   419: 4d01f2                         addq %r14, %r10
   41c: 4e8d2c4d01000000               leaq 0x1(,%r9,2), %r13
   424: 4983fa01                       cmpq $0x1, %r10
   428: 0f8443020000                   je 0x243
   42e: 49ffc6                         incq %r14
   431: 4c01c5                         addq %r8, %rbp
   434: 4839f8                         cmpq %rdi, %rax
   437: 7c97                           jl -0x69
   439: e9bb000000                     jmp 0xbb
   43e: 6690                           nop
   440: 4939cf                         cmpq %rcx, %r15
   443: 0f8f8bfeffff                   jg -0x175
   449: 4c8b7c2430                     movq 0x30(%rsp), %r15
   44e: 49ff08                         decq (%r8)
   451: 0f85a8fcffff                   jne -0x358
   457: e954fcffff                     jmp -0x3ac
   45c: 4d89c5                         movq %r8, %r13
   45f: e800000000                     callq 0x0
        # hole +0x460: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   464: 4d89e8                         movq %r13, %r8
   467: 48ff0b                         decq (%rbx)
   46a: 0f85e8fdffff                   jne -0x218
   470: e9d5fdffff                     jmp -0x22b
   475: 4839f8                         cmpq %rdi, %rax
   478: 0f8eb2000000                   jle 0xb2
   47e: 4c89442408                     movq %r8, 0x8(%rsp)
   483: 4889542418                     movq %rdx, 0x18(%rsp)
   488: 488d2c00                       leaq (%rax,%rax), %rbp
   48c: 4c8d0436                       leaq (%rsi,%rsi), %r8
   490: f644241001                     testb $0x1, 0x10(%rsp)
   495: 7508                           jne 0x8
   497: 488b542410                     movq 0x10(%rsp), %rdx
   49c: 48ff02                         incq (%rdx)
   49f: 4801f0                         addq %rsi, %rax
   4a2: 4889ea                         movq %rbp, %rdx
   4a5: 48d1fa                         sarq %rdx
   4a8: 480fafd1                       imulq %rcx, %rdx
   4ac: 0f803f030000                   jo 0x33f
   4b2: 4c8d0c1a                       leaq (%rdx,%rbx), %r9
   4b6: 4d85c9                         testq %r9, %r9
   4b9: 0f8932030000                   jns 0x332
   4bf: 4d89e9                         movq %r13, %r9
   4c2: 49d1f9                         sarq %r9
   4c5: 4901d1                         addq %rdx, %r9
   4c8: 4d89ca                         movq %r9, %r10
   4cb: 4901da                         addq %rbx, %r10
   4ce: 0f8964030000                   jns 0x364
   4d4: 4c8b542420                     movq 0x20(%rsp), %r10
   4d9: 4d01f2                         addq %r14, %r10
   4dc: 4e8d2c4d01000000               leaq 0x1(,%r9,2), %r13
   4e4: 4983fa01                       cmpq $0x1, %r10
   4e8: 0f8483010000                   je 0x183
   4ee: 49ffc6                         incq %r14
   4f1: 4c01c5                         addq %r8, %rbp
   4f4: 4839f8                         cmpq %rdi, %rax
   4f7: 7f97                           jg -0x69
   4f9: 4c29c5                         subq %r8, %rbp
   4fc: 488b742438                     movq 0x38(%rsp), %rsi
   501: 4883cd01                       orq $0x1, %rbp
   505: 4c8d0c5501000000               leaq 0x1(,%rdx,2), %r9
   50d: 4c8b442408                     movq 0x8(%rsp), %r8
   512: 49894030                       movq %rax, 0x30(%r8)
   516: 4989ec                         movq %rbp, %r12
   519: 4c89ef                         movq %r13, %rdi
   51c: 488b542418                     movq 0x18(%rsp), %rdx
   521: 49ff08                         decq (%r8)
   524: 0f85d5fbffff                   jne -0x42b
   52a: e981fbffff                     jmp -0x47f
   52f: 90                             nop
   530: 4989ec                         movq %rbp, %r12
   533: 4c89ef                         movq %r13, %rdi
   536: 488b742438                     movq 0x38(%rsp), %rsi
   53b: 49ff08                         decq (%r8)
   53e: 0f85bbfbffff                   jne -0x445
   544: e967fbffff                     jmp -0x499
   549: 48897c2418                     movq %rdi, 0x18(%rsp)
   54e: 4c89e7                         movq %r12, %rdi
   551: 4c89442408                     movq %r8, 0x8(%rsp)
   556: 4d89dd                         movq %r11, %r13
   559: 4889d5                         movq %rdx, %rbp
   55c: 4989f4                         movq %rsi, %r12
   55f: e800000000                     callq 0x0
        # hole +0x560: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   564: 4c89e6                         movq %r12, %rsi
   567: 488b7c2418                     movq 0x18(%rsp), %rdi
   56c: 4889ea                         movq %rbp, %rdx
   56f: 4d89eb                         movq %r13, %r11
   572: 4c8b442408                     movq 0x8(%rsp), %r8
   577: 4889742438                     movq %rsi, 0x38(%rsp)
   57c: 40f6c701                       testb $0x1, %dil
   580: 0f8470fdffff                   je -0x290
   586: e96efdffff                     jmp -0x292
   58b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x58d: R_X86_64_64 Abs64 index+0
   595: 49ffc0                         incq %r8
   598: b805000000                     movl $0x5, %eax
   59d: 41b90a000000                   movl $0xa, %r9d
   5a3: b901000000                     movl $0x1, %ecx
   5a8: 31d2                           xorl %edx, %edx
   5aa: 4c8b542440                     movq 0x40(%rsp), %r10
   5af: 488bbc2490000000               movq 0x90(%rsp), %rdi
   5b7: 488b7718                       movq 0x18(%rdi), %rsi
   5bb: 4c3b942498000000               cmpq 0x98(%rsp), %r10
   5c3: 4c8b9c24b8000000               movq 0xb8(%rsp), %r11
   5cb: 488b9c24a0000000               movq 0xa0(%rsp), %rbx
   5d3: 7551                           jne 0x51
   5d5: 4c8b542448                     movq 0x48(%rsp), %r10
   5da: 4939da                         cmpq %rbx, %r10
   5dd: 7554                           jne 0x54
   5df: 4c8b542450                     movq 0x50(%rsp), %r10
   5e4: 4c3b9424a8000000               cmpq 0xa8(%rsp), %r10
   5ec: 7558                           jne 0x58
   5ee: 4c8b542458                     movq 0x58(%rsp), %r10
   5f3: 4c3b9424b0000000               cmpq 0xb0(%rsp), %r10
   5fb: 755c                           jne 0x5c
   5fd: 4c8b542460                     movq 0x60(%rsp), %r10
   602: 4d39da                         cmpq %r11, %r10
   605: 7560                           jne 0x60
   607: 84d2                           testb %dl, %dl
   609: 7412                           je 0x12
   60b: 488b542468                     movq 0x68(%rsp), %rdx
   610: 48895628                       movq %rdx, 0x28(%rsi)
   614: 488b542470                     movq 0x70(%rsp), %rdx
   619: 48895630                       movq %rdx, 0x30(%rsi)
   61d: 488d34c6                       leaq (%rsi,%rax,8), %rsi
   621: e976010000                     jmp 0x176
   626: 4c8916                         movq %r10, (%rsi)
   629: 4c8b542448                     movq 0x48(%rsp), %r10
   62e: 4939da                         cmpq %rbx, %r10
   631: 74ac                           je -0x54
   633: 4c895608                       movq %r10, 0x8(%rsi)
   637: 4c8b542450                     movq 0x50(%rsp), %r10
   63c: 4c3b9424a8000000               cmpq 0xa8(%rsp), %r10
   644: 74a8                           je -0x58
   646: 4c895610                       movq %r10, 0x10(%rsi)
   64a: 4c8b542458                     movq 0x58(%rsp), %r10
   64f: 4c3b9424b0000000               cmpq 0xb0(%rsp), %r10
   657: 74a4                           je -0x5c
   659: 4c895618                       movq %r10, 0x18(%rsi)
   65d: 4c8b542460                     movq 0x60(%rsp), %r10
   662: 4d39da                         cmpq %r11, %r10
   665: 74a0                           je -0x60
   667: 4c895620                       movq %r10, 0x20(%rsi)
   66b: 84d2                           testb %dl, %dl
   66d: 759c                           jne -0x64
   66f: ebac                           jmp -0x54
   671: 4c891c24                       movq %r11, (%rsp)
   675: 4883cd01                       orq $0x1, %rbp
   679: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   681: 48894c2428                     movq %rcx, 0x28(%rsp)
   686: 488b4c2408                     movq 0x8(%rsp), %rcx
   68b: 48894130                       movq %rax, 0x30(%rcx)
   68f: 49c70701000000                 movq $0x1, (%r15)
   696: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x698: R_X86_64_64 Abs64 index[9]+0
   6a0: 4983c00d                       addq $0xd, %r8
   6a4: b830000000                     movl $0x30, %eax
   6a9: 41b301                         movb $0x1, %r11b
   6ac: 41b982000000                   movl $0x82, %r9d
   6b2: b902000000                     movl $0x2, %ecx
   6b7: c744242000000000               movl $0x0, 0x20(%rsp)
   6bf: 4c8bb424c0000000               movq 0xc0(%rsp), %r14
   6c7: 4989ec                         movq %rbp, %r12
   6ca: 4c89ef                         movq %r13, %rdi
   6cd: 4531d2                         xorl %r10d, %r10d
   6d0: 488bb42490000000               movq 0x90(%rsp), %rsi
   6d8: 488b7618                       movq 0x18(%rsi), %rsi
   6dc: 483bbc2498000000               cmpq 0x98(%rsp), %rdi
   6e4: 7555                           jne 0x55
   6e6: 488b542410                     movq 0x10(%rsp), %rdx
   6eb: 483b9424a0000000               cmpq 0xa0(%rsp), %rdx
   6f3: 7558                           jne 0x58
   6f5: 4c3ba424a8000000               cmpq 0xa8(%rsp), %r12
   6fd: 7404                           je 0x4
   6ff: 4c896610                       movq %r12, 0x10(%rsi)
   703: 488b542408                     movq 0x8(%rsp), %rdx
   708: 4c8b642418                     movq 0x18(%rsp), %r12
   70d: 4c3ba424b0000000               cmpq 0xb0(%rsp), %r12
   715: 488bbc2490000000               movq 0x90(%rsp), %rdi
   71d: 488b9c24b8000000               movq 0xb8(%rsp), %rbx
   725: 753b                           jne 0x3b
   727: 4c8b2424                       movq (%rsp), %r12
   72b: 4939dc                         cmpq %rbx, %r12
   72e: 753f                           jne 0x3f
   730: 48895628                       movq %rdx, 0x28(%rsi)
   734: 4584db                         testb %r11b, %r11b
   737: 7443                           je 0x43
   739: eb5e                           jmp 0x5e
   73b: 48893e                         movq %rdi, (%rsi)
   73e: 488b542410                     movq 0x10(%rsp), %rdx
   743: 483b9424a0000000               cmpq 0xa0(%rsp), %rdx
   74b: 74a8                           je -0x58
   74d: 488b542410                     movq 0x10(%rsp), %rdx
   752: 48895608                       movq %rdx, 0x8(%rsi)
   756: 4c3ba424a8000000               cmpq 0xa8(%rsp), %r12
   75e: 759f                           jne -0x61
   760: eba1                           jmp -0x5f
   762: 4c896618                       movq %r12, 0x18(%rsi)
   766: 4c8b2424                       movq (%rsp), %r12
   76a: 4939dc                         cmpq %rbx, %r12
   76d: 74c1                           je -0x3f
   76f: 4c896620                       movq %r12, 0x20(%rsi)
   773: 48895628                       movq %rdx, 0x28(%rsi)
   777: 4584db                         testb %r11b, %r11b
   77a: 751d                           jne 0x1d
   77c: 4c896e30                       movq %r13, 0x30(%rsi)
   780: 807c242000                     cmpb $0x0, 0x20(%rsp)
   785: 7412                           je 0x12
   787: 488b542428                     movq 0x28(%rsp), %rdx
   78c: 48895638                       movq %rdx, 0x38(%rsi)
   790: 4584d2                         testb %r10b, %r10b
   793: 7504                           jne 0x4
   795: 48896e40                       movq %rbp, 0x40(%rsi)
   799: 4801c6                         addq %rax, %rsi
   79c: 4c89fa                         movq %r15, %rdx
   79f: e800000000                     callq 0x0
        # hole +0x7a0: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   7a4: 4d897708                       movq %r14, 0x8(%r15)
   7a8: 4881c4d0000000                 addq $0xd0, %rsp
   7af: 5d                             popq %rbp
   7b0: c3                             retq
   7b1: 4c894c2428                     movq %r9, 0x28(%rsp)
   7b6: 4c89442408                     movq %r8, 0x8(%rsp)
   7bb: 4889542418                     movq %rdx, 0x18(%rsp)
   7c0: 4c891c24                       movq %r11, (%rsp)
   7c4: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7c6: R_X86_64_64 Abs64 index[9]+0
   7ce: 49ffc0                         incq %r8
   7d1: b830000000                     movl $0x30, %eax
   7d6: 41b301                         movb $0x1, %r11b
   7d9: 41b90a000000                   movl $0xa, %r9d
   7df: b901000000                     movl $0x1, %ecx
   7e4: c744242000000000               movl $0x0, 0x20(%rsp)
   7ec: e9dcfeffff                     jmp -0x124
   7f1: 4c891c24                       movq %r11, (%rsp)
   7f5: 4883cd01                       orq $0x1, %rbp
   7f9: 488b4c2408                     movq 0x8(%rsp), %rcx
   7fe: 48894130                       movq %rax, 0x30(%rcx)
   802: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x804: R_X86_64_64 Abs64 index[9]+0
   80c: 4983c008                       addq $0x8, %r8
   810: b848000000                     movl $0x48, %eax
   815: b101                           movb $0x1, %cl
   817: 894c2420                       movl %ecx, 0x20(%rsp)
   81b: 41b950000000                   movl $0x50, %r9d
   821: b901000000                     movl $0x1, %ecx
   826: 4531db                         xorl %r11d, %r11d
   829: 488b542410                     movq 0x10(%rsp), %rdx
   82e: 4889542428                     movq %rdx, 0x28(%rsp)
   833: e98ffeffff                     jmp -0x171
   838: 4c891c24                       movq %r11, (%rsp)
   83c: 4883cd01                       orq $0x1, %rbp
   840: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   848: 48894c2428                     movq %rcx, 0x28(%rsp)
   84d: 488b4c2408                     movq 0x8(%rsp), %rcx
   852: 48894130                       movq %rax, 0x30(%rcx)
   856: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x858: R_X86_64_64 Abs64 index[9]+0
   860: 4983c00a                       addq $0xa, %r8
   864: b840000000                     movl $0x40, %eax
   869: b101                           movb $0x1, %cl
   86b: 894c2420                       movl %ecx, 0x20(%rsp)
   86f: 41b964000000                   movl $0x64, %r9d
   875: b901000000                     movl $0x1, %ecx
   87a: 4531db                         xorl %r11d, %r11d
   87d: 4989ec                         movq %rbp, %r12
   880: 4c89ef                         movq %r13, %rdi
   883: 41b201                         movb $0x1, %r10b
   886: e945feffff                     jmp -0x1bb
   88b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x88d: R_X86_64_64 Abs64 index+0
   895: 4983c002                       addq $0x2, %r8
   899: b805000000                     movl $0x5, %eax
   89e: 41b914000000                   movl $0x14, %r9d
   8a4: b902000000                     movl $0x2, %ecx
   8a9: e9fafcffff                     jmp -0x306
   8ae: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8b0: R_X86_64_64 Abs64 index+0
   8b8: 4983c007                       addq $0x7, %r8
   8bc: b807000000                     movl $0x7, %eax
   8c1: b201                           movb $0x1, %dl
   8c3: 41b946000000                   movl $0x46, %r9d
   8c9: b901000000                     movl $0x1, %ecx
   8ce: e9d7fcffff                     jmp -0x329
   8d3: 4c894c2428                     movq %r9, 0x28(%rsp)
   8d8: 4c89442408                     movq %r8, 0x8(%rsp)
   8dd: 4889542418                     movq %rdx, 0x18(%rsp)
   8e2: 4c891c24                       movq %r11, (%rsp)
   8e6: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8e8: R_X86_64_64 Abs64 index[9]+0
   8f0: 4983c00c                       addq $0xc, %r8
   8f4: b830000000                     movl $0x30, %eax
   8f9: 41b301                         movb $0x1, %r11b
   8fc: 41b978000000                   movl $0x78, %r9d
   902: eb36                           jmp 0x36
   904: 4c894c2428                     movq %r9, 0x28(%rsp)
   909: 4c89442408                     movq %r8, 0x8(%rsp)
   90e: 4889542418                     movq %rdx, 0x18(%rsp)
   913: 4c891c24                       movq %r11, (%rsp)
   917: 49c70701000000                 movq $0x1, (%r15)
   91e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x920: R_X86_64_64 Abs64 index[9]+0
   928: 4983c00d                       addq $0xd, %r8
   92c: b830000000                     movl $0x30, %eax
   931: 41b301                         movb $0x1, %r11b
   934: 41b982000000                   movl $0x82, %r9d
   93a: b902000000                     movl $0x2, %ecx
   93f: eb33                           jmp 0x33
   941: 4c894c2428                     movq %r9, 0x28(%rsp)
   946: 4c89442408                     movq %r8, 0x8(%rsp)
   94b: 4889542418                     movq %rdx, 0x18(%rsp)
   950: 4c891c24                       movq %r11, (%rsp)
   954: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x956: R_X86_64_64 Abs64 index[9]+0
   95e: 49ffc0                         incq %r8
   961: b830000000                     movl $0x30, %eax
   966: 41b301                         movb $0x1, %r11b
   969: 41b90a000000                   movl $0xa, %r9d
   96f: b901000000                     movl $0x1, %ecx
   974: c744242000000000               movl $0x0, 0x20(%rsp)
   97c: e946fdffff                     jmp -0x2ba
   981: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x983: R_X86_64_64 Abs64 index+0
   98b: 4983c007                       addq $0x7, %r8
   98f: b805000000                     movl $0x5, %eax
   994: 41b946000000                   movl $0x46, %r9d
   99a: b903000000                     movl $0x3, %ecx
   99f: e904fcffff                     jmp -0x3fc
   9a4: 4c89442408                     movq %r8, 0x8(%rsp)
   9a9: 4889542418                     movq %rdx, 0x18(%rsp)
   9ae: 4c891c24                       movq %r11, (%rsp)
   9b2: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x9b4: R_X86_64_64 Abs64 index[9]+0
   9bc: 4983c008                       addq $0x8, %r8
   9c0: b848000000                     movl $0x48, %eax
   9c5: b101                           movb $0x1, %cl
   9c7: 894c2420                       movl %ecx, 0x20(%rsp)
   9cb: 41b950000000                   movl $0x50, %r9d
   9d1: b901000000                     movl $0x1, %ecx
   9d6: 4531db                         xorl %r11d, %r11d
   9d9: 4989fd                         movq %rdi, %r13
   9dc: 488b542410                     movq 0x10(%rsp), %rdx
   9e1: 4889542428                     movq %rdx, 0x28(%rsp)
   9e6: 4989ec                         movq %rbp, %r12
   9e9: 4531d2                         xorl %r10d, %r10d
   9ec: 4c8b7c2430                     movq 0x30(%rsp), %r15
   9f1: e9dafcffff                     jmp -0x326
   9f6: 4c894c2428                     movq %r9, 0x28(%rsp)
   9fb: 4c89442408                     movq %r8, 0x8(%rsp)
   a00: 4889542418                     movq %rdx, 0x18(%rsp)
   a05: 4c891c24                       movq %r11, (%rsp)
   a09: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xa0b: R_X86_64_64 Abs64 index[9]+0
   a13: 4983c009                       addq $0x9, %r8
   a17: b840000000                     movl $0x40, %eax
   a1c: b101                           movb $0x1, %cl
   a1e: 894c2420                       movl %ecx, 0x20(%rsp)
   a22: 41b95a000000                   movl $0x5a, %r9d
   a28: eb32                           jmp 0x32
   a2a: 4c894c2428                     movq %r9, 0x28(%rsp)
   a2f: 4c89442408                     movq %r8, 0x8(%rsp)
   a34: 4889542418                     movq %rdx, 0x18(%rsp)
   a39: 4c891c24                       movq %r11, (%rsp)
   a3d: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xa3f: R_X86_64_64 Abs64 index[9]+0
   a47: 4983c00a                       addq $0xa, %r8
   a4b: b840000000                     movl $0x40, %eax
   a50: b101                           movb $0x1, %cl
   a52: 894c2420                       movl %ecx, 0x20(%rsp)
   a56: 41b964000000                   movl $0x64, %r9d
   a5c: b901000000                     movl $0x1, %ecx
   a61: 4531db                         xorl %r11d, %r11d
   a64: 4989fd                         movq %rdi, %r13
   a67: 4989ec                         movq %rbp, %r12
   a6a: 41b201                         movb $0x1, %r10b
   a6d: 4c8b7c2430                     movq 0x30(%rsp), %r15
   a72: e959fcffff                     jmp -0x3a7
