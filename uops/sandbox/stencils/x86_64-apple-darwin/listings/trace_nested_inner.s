# stencil nested_inner for x86_64-apple-darwin: 2794 code bytes, 24 data bytes, 25 holes
     0: 55                             pushq %rbp
     1: 4881ec20010000                 subq $0x120, %rsp
     8: 498b5e08                       movq 0x8(%r14), %rbx
     c: 4c89742438                     movq %r14, 0x38(%rsp)
    11: 498b7e10                       movq 0x10(%r14), %rdi
    15: 498b442410                     movq 0x10(%r12), %rax
    1a: 48898424f0000000               movq %rax, 0xf0(%rsp)
    22: 410f100424                     movups (%r12), %xmm0
    27: 0f298424e0000000               movaps %xmm0, 0xe0(%rsp)
    2f: 4c89642440                     movq %r12, 0x40(%rsp)
    34: 498b442418                     movq 0x18(%r12), %rax
    39: 4c8b30                         movq (%rax), %r14
    3c: 488b7008                       movq 0x8(%rax), %rsi
    40: 4c8b6810                       movq 0x10(%rax), %r13
    44: 488b5018                       movq 0x18(%rax), %rdx
    48: 488b4820                       movq 0x20(%rax), %rcx
    4c: 488b4028                       movq 0x28(%rax), %rax
    50: a801                           testb $0x1, %al
    52: 48898424c8000000               movq %rax, 0xc8(%rsp)
    5a: 48898c24c0000000               movq %rcx, 0xc0(%rsp)
    62: 4889542430                     movq %rdx, 0x30(%rsp)
    67: 4c89ac24b8000000               movq %r13, 0xb8(%rsp)
    6f: 4889b424b0000000               movq %rsi, 0xb0(%rsp)
    77: 4c89b424a8000000               movq %r14, 0xa8(%rsp)
    7f: 0f8588050000                   jne 0x588
    85: 41b802000000                   movl $0x2, %r8d
    8b: 4889bc24d0000000               movq %rdi, 0xd0(%rsp)
    93: 4929f8                         subq %rdi, %r8
    96: 4c898424d8000000               movq %r8, 0xd8(%rsp)
    9e: 4989c8                         movq %rcx, %r8
    a1: 4889d7                         movq %rdx, %rdi
    a4: 4889742428                     movq %rsi, 0x28(%rsp)
    a9: 0f1f8000000000                 nopl (%rax)
    b0: 83780804                       cmpl $0x4, 0x8(%rax)
    b4: 0f855e050000                   jne 0x55e
    ba: 488b5040                       movq 0x40(%rax), %rdx
    be: 4c8b7830                       movq 0x30(%rax), %r15
    c2: 488b4838                       movq 0x38(%rax), %rcx
    c6: 4885d2                         testq %rdx, %rdx
    c9: 0f8e91010000                   jle 0x191
    cf: 4939cf                         cmpq %rcx, %r15
    d2: 0f8d91010000                   jge 0x191
    d8: 4c01fa                         addq %r15, %rdx
    db: 48895030                       movq %rdx, 0x30(%rax)
    df: 41f6c501                       testb $0x1, %r13b
    e3: 48897c2420                     movq %rdi, 0x20(%rsp)
    e8: 750a                           jne 0xa
    ea: 49ff4d00                       decq (%r13)
    ee: 0f84eb040000                   je 0x4eb
    f4: 41f6c601                       testb $0x1, %r14b
    f8: 488b6c2438                     movq 0x38(%rsp), %rbp
    fd: 7503                           jne 0x3
    ff: 49ff06                         incq (%r14)
   102: 4c8b642428                     movq 0x28(%rsp), %r12
   107: 41f6c401                       testb $0x1, %r12b
   10b: 48ba00000000000000c0           movabsq $-0x4000000000000000, %rdx
   115: 7504                           jne 0x4
   117: 49ff0424                       incq (%r12)
   11b: 4e8d2c7d01000000               leaq 0x1(,%r15,2), %r13
   123: 4d01ff                         addq %r15, %r15
   126: 4c89e1                         movq %r12, %rcx
   129: 48d1f9                         sarq %rcx
   12c: 49d1ff                         sarq %r15
   12f: 4c0faff9                       imulq %rcx, %r15
   133: 0f8054090000                   jo 0x954
   139: 4c01fa                         addq %r15, %rdx
   13c: 4885d2                         testq %rdx, %rdx
   13f: 0f8948090000                   jns 0x948
   145: 4e8d0c7d01000000               leaq 0x1(,%r15,2), %r9
   14d: 41f6c601                       testb $0x1, %r14b
   151: 0f844c090000                   je 0x94c
   157: 4c89f2                         movq %r14, %rdx
   15a: 48d1fa                         sarq %rdx
   15d: 4901d7                         addq %rdx, %r15
   160: 4c89fa                         movq %r15, %rdx
   163: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
   16d: 4801f2                         addq %rsi, %rdx
   170: 0f8959090000                   jns 0x959
   176: 4e8d347d01000000               leaq 0x1(,%r15,2), %r14
   17e: 48837d0000                     cmpq $0x0, (%rbp)
   183: 0f85de070000                   jne 0x7de
   189: 48ffc3                         incq %rbx
   18c: 483b9c24d0000000               cmpq 0xd0(%rsp), %rbx
   194: 0f8df4070000                   jge 0x7f4
   19a: a801                           testb $0x1, %al
   19c: 0f856f060000                   jne 0x66f
   1a2: 83780804                       cmpl $0x4, 0x8(%rax)
   1a6: 0f8565060000                   jne 0x665
   1ac: 4c89542448                     movq %r10, 0x48(%rsp)
   1b1: 488b7040                       movq 0x40(%rax), %rsi
   1b5: 4c8b5830                       movq 0x30(%rax), %r11
   1b9: 488b7838                       movq 0x38(%rax), %rdi
   1bd: 4885f6                         testq %rsi, %rsi
   1c0: 0f8ed7010000                   jle 0x1d7
   1c6: 4939fb                         cmpq %rdi, %r11
   1c9: 0f8d81020000                   jge 0x281
   1cf: 4c89442418                     movq %r8, 0x18(%rsp)
   1d4: 4f8d2c1b                       leaq (%r11,%r11), %r13
   1d8: 4c8d0436                       leaq (%rsi,%rsi), %r8
   1dc: 0f1f4000                       nopl (%rax)
   1e0: 41f6c401                       testb $0x1, %r12b
   1e4: 49b900000000000000c0           movabsq $-0x4000000000000000, %r9
   1ee: 7504                           jne 0x4
   1f0: 49ff0424                       incq (%r12)
   1f4: 4901f3                         addq %rsi, %r11
   1f7: 4c89ea                         movq %r13, %rdx
   1fa: 48d1fa                         sarq %rdx
   1fd: 480fafd1                       imulq %rcx, %rdx
   201: 0f80ed040000                   jo 0x4ed
   207: 4d89cf                         movq %r9, %r15
   20a: 4901d1                         addq %rdx, %r9
   20d: 4d85c9                         testq %r9, %r9
   210: 0f89de040000                   jns 0x4de
   216: 4d89f1                         movq %r14, %r9
   219: 49d1f9                         sarq %r9
   21c: 4901d1                         addq %rdx, %r9
   21f: 4d89ca                         movq %r9, %r10
   222: 4d01fa                         addq %r15, %r10
   225: 0f8919050000                   jns 0x519
   22b: 4c8b9424d8000000               movq 0xd8(%rsp), %r10
   233: 4901da                         addq %rbx, %r10
   236: 4e8d344d01000000               leaq 0x1(,%r9,2), %r14
   23e: 4983fa01                       cmpq $0x1, %r10
   242: 0f8435040000                   je 0x435
   248: 48ffc3                         incq %rbx
   24b: 4d01c5                         addq %r8, %r13
   24e: 4939fb                         cmpq %rdi, %r11
   251: 7c8d                           jl -0x73
   253: e9d9010000                     jmp 0x1d9
   258: 0f1f840000000000               nopl (%rax,%rax)
   260: 4939cf                         cmpq %rcx, %r15
   263: 0f8f6ffeffff                   jg -0x191
   269: 488b8c24f0000000               movq 0xf0(%rsp), %rcx
   271: 48898c2410010000               movq %rcx, 0x110(%rsp)
   279: 0f288424e0000000               movaps 0xe0(%rsp), %xmm0
   281: 0f29842400010000               movaps %xmm0, 0x100(%rsp)
   289: a801                           testb $0x1, %al
   28b: 7509                           jne 0x9
   28d: 48ff08                         decq (%rax)
   290: 0f84f3010000                   je 0x1f3
   296: 4c89742450                     movq %r14, 0x50(%rsp)
   29b: 488b4c2428                     movq 0x28(%rsp), %rcx
   2a0: 48894c2458                     movq %rcx, 0x58(%rsp)
   2a5: 4c896c2460                     movq %r13, 0x60(%rsp)
   2aa: 48897c2468                     movq %rdi, 0x68(%rsp)
   2af: 4c89442470                     movq %r8, 0x70(%rsp)
   2b4: 4889442478                     movq %rax, 0x78(%rsp)
   2b9: 4889ac2480000000               movq %rbp, 0x80(%rsp)
   2c1: 4c898c2488000000               movq %r9, 0x88(%rsp)
   2c9: 4c89a42490000000               movq %r12, 0x90(%rsp)
   2d1: 4c89942498000000               movq %r10, 0x98(%rsp)
   2d9: 41f6c001                       testb $0x1, %r8b
   2dd: 0f85e6030000                   jne 0x3e6
   2e3: 4183780804                     cmpl $0x4, 0x8(%r8)
   2e8: 0f85db030000                   jne 0x3db
   2ee: 498b4040                       movq 0x40(%r8), %rax
   2f2: 498b4830                       movq 0x30(%r8), %rcx
   2f6: 498b5038                       movq 0x38(%r8), %rdx
   2fa: 4885c0                         testq %rax, %rax
   2fd: 7e21                           jle 0x21
   2ff: 4839d1                         cmpq %rdx, %rcx
   302: 488b6c2438                     movq 0x38(%rsp), %rbp
   307: 4c8b742430                     movq 0x30(%rsp), %r14
   30c: 488b7c2428                     movq 0x28(%rsp), %rdi
   311: 7c25                           jl 0x25
   313: e927050000                     jmp 0x527
   318: 0f1f840000000000               nopl (%rax,%rax)
   320: 4839d1                         cmpq %rdx, %rcx
   323: 488b6c2438                     movq 0x38(%rsp), %rbp
   328: 4c8b742430                     movq 0x30(%rsp), %r14
   32d: 488b7c2428                     movq 0x28(%rsp), %rdi
   332: 0f8e07050000                   jle 0x507
   338: 4801c8                         addq %rcx, %rax
   33b: 49894030                       movq %rax, 0x30(%r8)
   33f: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   347: 4889442478                     movq %rax, 0x78(%rsp)
   34c: 4889442458                     movq %rax, 0x58(%rsp)
   351: 40f6c701                       testb $0x1, %dil
   355: 7509                           jne 0x9
   357: 48ff0f                         decq (%rdi)
   35a: 0f8464010000                   je 0x164
   360: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x363: X86_64_RELOC_GOT_LOAD Rel32 data+12
   367: 41f6c701                       testb $0x1, %r15b
   36b: 0f856f010000                   jne 0x16f
   371: 49ff07                         incq (%r15)
   374: 4c897c2478                     movq %r15, 0x78(%rsp)
   379: 488b442468                     movq 0x68(%rsp), %rax
   37e: a801                           testb $0x1, %al
   380: 0f846c010000                   je 0x16c
   386: 4889842480000000               movq %rax, 0x80(%rsp)
   38e: 41f6c701                       testb $0x1, %r15b
   392: 0f846f010000                   je 0x16f
   398: e9c1040000                     jmp 0x4c1
   39d: 4939fb                         cmpq %rdi, %r11
   3a0: 0f8eaa000000                   jle 0xaa
   3a6: 4c89442418                     movq %r8, 0x18(%rsp)
   3ab: 4f8d2c1b                       leaq (%r11,%r11), %r13
   3af: 4c8d0436                       leaq (%rsi,%rsi), %r8
   3b3: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   3c0: 41f6c401                       testb $0x1, %r12b
   3c4: 7504                           jne 0x4
   3c6: 49ff0424                       incq (%r12)
   3ca: 4901f3                         addq %rsi, %r11
   3cd: 4c89ea                         movq %r13, %rdx
   3d0: 48d1fa                         sarq %rdx
   3d3: 480fafd1                       imulq %rcx, %rdx
   3d7: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
   3e1: 0f800d030000                   jo 0x30d
   3e7: 4e8d0c3a                       leaq (%rdx,%r15), %r9
   3eb: 4d85c9                         testq %r9, %r9
   3ee: 0f8900030000                   jns 0x300
   3f4: 4d89f1                         movq %r14, %r9
   3f7: 49d1f9                         sarq %r9
   3fa: 4901d1                         addq %rdx, %r9
   3fd: 4d89ca                         movq %r9, %r10
   400: 4d01fa                         addq %r15, %r10
   403: 0f893b030000                   jns 0x33b
   409: 4c8b9424d8000000               movq 0xd8(%rsp), %r10
   411: 4901da                         addq %rbx, %r10
   414: 4e8d344d01000000               leaq 0x1(,%r9,2), %r14
   41c: 4983fa01                       cmpq $0x1, %r10
   420: 0f8457020000                   je 0x257
   426: 48ffc3                         incq %rbx
   429: 4d01c5                         addq %r8, %r13
   42c: 4939fb                         cmpq %rdi, %r11
   42f: 7f8f                           jg -0x71
   431: 4d29c5                         subq %r8, %r13
   434: 488b7c2420                     movq 0x20(%rsp), %rdi
   439: 4983cd01                       orq $0x1, %r13
   43d: 4c8d0c5501000000               leaq 0x1(,%rdx,2), %r9
   445: 4c895830                       movq %r11, 0x30(%rax)
   449: 4c8b442418                     movq 0x18(%rsp), %r8
   44e: eb05                           jmp 0x5
   450: 488b7c2420                     movq 0x20(%rsp), %rdi
   455: 488b8c24f0000000               movq 0xf0(%rsp), %rcx
   45d: 48898c2410010000               movq %rcx, 0x110(%rsp)
   465: 0f288424e0000000               movaps 0xe0(%rsp), %xmm0
   46d: 0f29842400010000               movaps %xmm0, 0x100(%rsp)
   475: 4c89f5                         movq %r14, %rbp
   478: 4d89ec                         movq %r13, %r12
   47b: 4c8b542448                     movq 0x48(%rsp), %r10
   480: 48ff08                         decq (%rax)
   483: 0f850dfeffff                   jne -0x1f3
   489: 48897c2420                     movq %rdi, 0x20(%rsp)
   48e: 4889c7                         movq %rax, %rdi
   491: 4889442410                     movq %rax, 0x10(%rsp)
   496: 4d89c7                         movq %r8, %r15
   499: 4c894c2408                     movq %r9, 0x8(%rsp)
   49e: 4c89542448                     movq %r10, 0x48(%rsp)
   4a3: e800000000                     callq 0x0
        # hole +0x4a4: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4a8: 4c8b542448                     movq 0x48(%rsp), %r10
   4ad: 4c8b4c2408                     movq 0x8(%rsp), %r9
   4b2: 488b7c2420                     movq 0x20(%rsp), %rdi
   4b7: 4d89f8                         movq %r15, %r8
   4ba: 488b442410                     movq 0x10(%rsp), %rax
   4bf: e9d2fdffff                     jmp -0x22e
   4c4: e800000000                     callq 0x0
        # hole +0x4c5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4c9: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x4cc: X86_64_RELOC_GOT_LOAD Rel32 data+12
   4d0: 41f6c701                       testb $0x1, %r15b
   4d4: 0f8497feffff                   je -0x169
   4da: 660f1f440000                   nopw (%rax,%rax)
   4e0: 4c897c2478                     movq %r15, 0x78(%rsp)
   4e5: 488b442468                     movq 0x68(%rsp), %rax
   4ea: a801                           testb $0x1, %al
   4ec: 0f8594feffff                   jne -0x16c
   4f2: 48ff00                         incq (%rax)
   4f5: 4889842480000000               movq %rax, 0x80(%rsp)
   4fd: 41f6c701                       testb $0x1, %r15b
   501: 0f8557030000                   jne 0x357
   507: 41837f0808                     cmpl $0x8, 0x8(%r15)
   50c: 0f854c030000                   jne 0x34c
   512: ba01000000                     movl $0x1, %edx
   517: 4889ef                         movq %rbp, %rdi
   51a: 488db42480000000               leaq 0x80(%rsp), %rsi
   522: 41ff5738                       callq *0x38(%r15)
   526: 488bbc2480000000               movq 0x80(%rsp), %rdi
   52e: 40f6c701                       testb $0x1, %dil
   532: 7509                           jne 0x9
   534: 48ff0f                         decq (%rdi)
   537: 0f8489000000                   je 0x89
   53d: 49ff0f                         decq (%r15)
   540: 750e                           jne 0xe
   542: 4c89ff                         movq %r15, %rdi
   545: 4989c6                         movq %rax, %r14
   548: e800000000                     callq 0x0
        # hole +0x549: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   54d: 4c89f0                         movq %r14, %rax
   550: 4885c0                         testq %rax, %rax
   553: 0f8412050000                   je 0x512
   559: 4889442478                     movq %rax, 0x78(%rsp)
   55e: 0f28842400010000               movaps 0x100(%rsp), %xmm0
   566: 0f298424e0000000               movaps %xmm0, 0xe0(%rsp)
   56e: 488b8c2410010000               movq 0x110(%rsp), %rcx
   576: 48898c24f0000000               movq %rcx, 0xf0(%rsp)
   57e: 4c8b742450                     movq 0x50(%rsp), %r14
   583: 488b4c2458                     movq 0x58(%rsp), %rcx
   588: 48894c2428                     movq %rcx, 0x28(%rsp)
   58d: 4c8b6c2460                     movq 0x60(%rsp), %r13
   592: 488b7c2468                     movq 0x68(%rsp), %rdi
   597: 4c8b442470                     movq 0x70(%rsp), %r8
   59c: 488bac2480000000               movq 0x80(%rsp), %rbp
   5a4: 4c8b8c2488000000               movq 0x88(%rsp), %r9
   5ac: 4c8ba42490000000               movq 0x90(%rsp), %r12
   5b4: 4c8b942498000000               movq 0x98(%rsp), %r10
   5bc: a801                           testb $0x1, %al
   5be: 0f84ecfaffff                   je -0x514
   5c4: eb52                           jmp 0x52
   5c6: 4989c6                         movq %rax, %r14
   5c9: e800000000                     callq 0x0
        # hole +0x5ca: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5ce: 4c89f0                         movq %r14, %rax
   5d1: 49ff0f                         decq (%r15)
   5d4: 0f8576ffffff                   jne -0x8a
   5da: e963ffffff                     jmp -0x9d
   5df: 4c89ef                         movq %r13, %rdi
   5e2: 4989c4                         movq %rax, %r12
   5e5: 4d89c5                         movq %r8, %r13
   5e8: 4c89d5                         movq %r10, %rbp
   5eb: e800000000                     callq 0x0
        # hole +0x5ec: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5f0: 4989ea                         movq %rbp, %r10
   5f3: 4d89e8                         movq %r13, %r8
   5f6: 4c89e0                         movq %r12, %rax
   5f9: 41f6c601                       testb $0x1, %r14b
   5fd: 488b6c2438                     movq 0x38(%rsp), %rbp
   602: 0f84f7faffff                   je -0x509
   608: e9f5faffff                     jmp -0x50b
   60d: 4989c8                         movq %rcx, %r8
   610: 4889d7                         movq %rdx, %rdi
   613: 4889742428                     movq %rsi, 0x28(%rsp)
   618: 48897c2420                     movq %rdi, 0x20(%rsp)
   61d: 4c894c2408                     movq %r9, 0x8(%rsp)
   622: 4c89442418                     movq %r8, 0x18(%rsp)
   627: 4889442410                     movq %rax, 0x10(%rsp)
   62c: 4d89f2                         movq %r14, %r10
   62f: 4c89ef                         movq %r13, %rdi
   632: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x635: X86_64_RELOC_GOT_LOAD Rel32 data-4
   639: 49ffc0                         incq %r8
   63c: b830000000                     movl $0x30, %eax
   641: 41b90a000000                   movl $0xa, %r9d
   647: b901000000                     movl $0x1, %ecx
   64c: 31d2                           xorl %edx, %edx
   64e: 4d89e5                         movq %r12, %r13
   651: 4989ee                         movq %rbp, %r14
   654: 4531db                         xorl %r11d, %r11d
   657: 488b6c2438                     movq 0x38(%rsp), %rbp
   65c: 4c8b642428                     movq 0x28(%rsp), %r12
   661: 488b742440                     movq 0x40(%rsp), %rsi
   666: 488b7618                       movq 0x18(%rsi), %rsi
   66a: 4c3b9424a8000000               cmpq 0xa8(%rsp), %r10
   672: 0f8523010000                   jne 0x123
   678: e965030000                     jmp 0x365
   67d: 4983cd01                       orq $0x1, %r13
   681: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   689: 48894c2408                     movq %rcx, 0x8(%rsp)
   68e: 4889442410                     movq %rax, 0x10(%rsp)
   693: 4c895830                       movq %r11, 0x30(%rax)
   697: 48c7450001000000               movq $0x1, (%rbp)
   69f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x6a2: X86_64_RELOC_GOT_LOAD Rel32 data-4
   6a6: 4983c00d                       addq $0xd, %r8
   6aa: b830000000                     movl $0x30, %eax
   6af: 41b982000000                   movl $0x82, %r9d
   6b5: b902000000                     movl $0x2, %ecx
   6ba: 31d2                           xorl %edx, %edx
   6bc: 488b9c24d0000000               movq 0xd0(%rsp), %rbx
   6c4: e9f9020000                     jmp 0x2f9
   6c9: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x6cc: X86_64_RELOC_GOT_LOAD Rel32 data+4
   6d0: 49ffc0                         incq %r8
   6d3: b805000000                     movl $0x5, %eax
   6d8: 41b90a000000                   movl $0xa, %r9d
   6de: b901000000                     movl $0x1, %ecx
   6e3: 31d2                           xorl %edx, %edx
   6e5: 488b6c2438                     movq 0x38(%rsp), %rbp
   6ea: 4c8b742430                     movq 0x30(%rsp), %r14
   6ef: e987010000                     jmp 0x187
   6f4: 4983cd01                       orq $0x1, %r13
   6f8: 4889442410                     movq %rax, 0x10(%rsp)
   6fd: 4c895830                       movq %r11, 0x30(%rax)
   701: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x704: X86_64_RELOC_GOT_LOAD Rel32 data-4
   708: 4983c008                       addq $0x8, %r8
   70c: b848000000                     movl $0x48, %eax
   711: b201                           movb $0x1, %dl
   713: 41b950000000                   movl $0x50, %r9d
   719: b901000000                     movl $0x1, %ecx
   71e: 4c89642408                     movq %r12, 0x8(%rsp)
   723: 4c89ef                         movq %r13, %rdi
   726: 4d89f2                         movq %r14, %r10
   729: 41b301                         movb $0x1, %r11b
   72c: 488b742440                     movq 0x40(%rsp), %rsi
   731: 488b7618                       movq 0x18(%rsi), %rsi
   735: 4c3b9424a8000000               cmpq 0xa8(%rsp), %r10
   73d: 755c                           jne 0x5c
   73f: e99e020000                     jmp 0x29e
   744: 4983cd01                       orq $0x1, %r13
   748: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   750: 48894c2408                     movq %rcx, 0x8(%rsp)
   755: 4889442410                     movq %rax, 0x10(%rsp)
   75a: 4c895830                       movq %r11, 0x30(%rax)
   75e: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x761: X86_64_RELOC_GOT_LOAD Rel32 data-4
   765: 4983c00a                       addq $0xa, %r8
   769: b840000000                     movl $0x40, %eax
   76e: b201                           movb $0x1, %dl
   770: 41b964000000                   movl $0x64, %r9d
   776: b901000000                     movl $0x1, %ecx
   77b: 4531db                         xorl %r11d, %r11d
   77e: 4c89ef                         movq %r13, %rdi
   781: 4d89f2                         movq %r14, %r10
   784: 488b742440                     movq 0x40(%rsp), %rsi
   789: 488b7618                       movq 0x18(%rsi), %rsi
   78d: 4c3b9424a8000000               cmpq 0xa8(%rsp), %r10
   795: 0f8447020000                   je 0x247
   79b: 4c8916                         movq %r10, (%rsi)
   79e: 4c3ba424b0000000               cmpq 0xb0(%rsp), %r12
   7a6: 0f8444020000                   je 0x244
   7ac: 4c896608                       movq %r12, 0x8(%rsi)
   7b0: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   7b8: 0f8440020000                   je 0x240
   7be: 48897e10                       movq %rdi, 0x10(%rsi)
   7c2: 4c8b7c2420                     movq 0x20(%rsp), %r15
   7c7: 4c3b7c2430                     cmpq 0x30(%rsp), %r15
   7cc: 0f843c020000                   je 0x23c
   7d2: 4c897e18                       movq %r15, 0x18(%rsi)
   7d6: 4c8b7c2418                     movq 0x18(%rsp), %r15
   7db: 4c3bbc24c0000000               cmpq 0xc0(%rsp), %r15
   7e3: 0f8438020000                   je 0x238
   7e9: 4c897e20                       movq %r15, 0x20(%rsi)
   7ed: 4c8b7c2410                     movq 0x10(%rsp), %r15
   7f2: 4c3bbc24c8000000               cmpq 0xc8(%rsp), %r15
   7fa: 0f8434020000                   je 0x234
   800: 4c897e28                       movq %r15, 0x28(%rsi)
   804: 84d2                           testb %dl, %dl
   806: 0f8442020000                   je 0x242
   80c: e927020000                     jmp 0x227
   811: 4c894c2408                     movq %r9, 0x8(%rsp)
   816: 4c89442418                     movq %r8, 0x18(%rsp)
   81b: 4889442410                     movq %rax, 0x10(%rsp)
   820: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x823: X86_64_RELOC_GOT_LOAD Rel32 data-4
   827: 49ffc0                         incq %r8
   82a: b830000000                     movl $0x30, %eax
   82f: 41b90a000000                   movl $0xa, %r9d
   835: b901000000                     movl $0x1, %ecx
   83a: e981010000                     jmp 0x181
   83f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x842: X86_64_RELOC_GOT_LOAD Rel32 data+4
   846: 4983c002                       addq $0x2, %r8
   84a: b805000000                     movl $0x5, %eax
   84f: 41b914000000                   movl $0x14, %r9d
   855: b902000000                     movl $0x2, %ecx
   85a: 31d2                           xorl %edx, %edx
   85c: eb1d                           jmp 0x1d
   85e: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x861: X86_64_RELOC_GOT_LOAD Rel32 data+4
   865: 4983c007                       addq $0x7, %r8
   869: b807000000                     movl $0x7, %eax
   86e: b201                           movb $0x1, %dl
   870: 41b946000000                   movl $0x46, %r9d
   876: b901000000                     movl $0x1, %ecx
   87b: 488b7c2450                     movq 0x50(%rsp), %rdi
   880: 488b742440                     movq 0x40(%rsp), %rsi
   885: 488b7618                       movq 0x18(%rsi), %rsi
   889: 483bbc24a8000000               cmpq 0xa8(%rsp), %rdi
   891: 0f8581000000                   jne 0x81
   897: 488b7c2458                     movq 0x58(%rsp), %rdi
   89c: 483bbc24b0000000               cmpq 0xb0(%rsp), %rdi
   8a4: 0f8580000000                   jne 0x80
   8aa: 488b7c2460                     movq 0x60(%rsp), %rdi
   8af: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   8b7: 0f8580000000                   jne 0x80
   8bd: 488b7c2468                     movq 0x68(%rsp), %rdi
   8c2: 4c39f7                         cmpq %r14, %rdi
   8c5: 0f8580000000                   jne 0x80
   8cb: 488b7c2470                     movq 0x70(%rsp), %rdi
   8d0: 483bbc24c0000000               cmpq 0xc0(%rsp), %rdi
   8d8: 7404                           je 0x4
   8da: 48897e20                       movq %rdi, 0x20(%rsi)
   8de: 488b7c2478                     movq 0x78(%rsp), %rdi
   8e3: 483bbc24c8000000               cmpq 0xc8(%rsp), %rdi
   8eb: 410f94c3                       sete %r11b
   8ef: 4189d2                         movl %edx, %r10d
   8f2: 4180f201                       xorb $0x1, %r10b
   8f6: 4508da                         orb %r11b, %r10b
   8f9: 7504                           jne 0x4
   8fb: 48897e28                       movq %rdi, 0x28(%rsi)
   8ff: 84d2                           testb %dl, %dl
   901: 740c                           je 0xc
   903: 488b942480000000               movq 0x80(%rsp), %rdx
   90b: 48895630                       movq %rdx, 0x30(%rsi)
   90f: 488d34c6                       leaq (%rsi,%rax,8), %rsi
   913: e939010000                     jmp 0x139
   918: 48893e                         movq %rdi, (%rsi)
   91b: 488b7c2458                     movq 0x58(%rsp), %rdi
   920: 483bbc24b0000000               cmpq 0xb0(%rsp), %rdi
   928: 7480                           je -0x80
   92a: 48897e08                       movq %rdi, 0x8(%rsi)
   92e: 488b7c2460                     movq 0x60(%rsp), %rdi
   933: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   93b: 7480                           je -0x80
   93d: 48897e10                       movq %rdi, 0x10(%rsi)
   941: 488b7c2468                     movq 0x68(%rsp), %rdi
   946: 4c39f7                         cmpq %r14, %rdi
   949: 7480                           je -0x80
   94b: 48897e18                       movq %rdi, 0x18(%rsi)
   94f: 488b7c2470                     movq 0x70(%rsp), %rdi
   954: 483bbc24c0000000               cmpq 0xc0(%rsp), %rdi
   95c: 0f8578ffffff                   jne -0x88
   962: e977ffffff                     jmp -0x89
   967: 4c894c2408                     movq %r9, 0x8(%rsp)
   96c: 4c89442418                     movq %r8, 0x18(%rsp)
   971: 4889442410                     movq %rax, 0x10(%rsp)
   976: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x979: X86_64_RELOC_GOT_LOAD Rel32 data-4
   97d: 4983c00c                       addq $0xc, %r8
   981: b830000000                     movl $0x30, %eax
   986: 41b978000000                   movl $0x78, %r9d
   98c: eb2d                           jmp 0x2d
   98e: 4c894c2408                     movq %r9, 0x8(%rsp)
   993: 4c89442418                     movq %r8, 0x18(%rsp)
   998: 4889442410                     movq %rax, 0x10(%rsp)
   99d: 48c7450001000000               movq $0x1, (%rbp)
   9a5: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x9a8: X86_64_RELOC_GOT_LOAD Rel32 data-4
   9ac: 4983c00d                       addq $0xd, %r8
   9b0: b830000000                     movl $0x30, %eax
   9b5: 41b982000000                   movl $0x82, %r9d
   9bb: b902000000                     movl $0x2, %ecx
   9c0: 31d2                           xorl %edx, %edx
   9c2: 4c89ef                         movq %r13, %rdi
   9c5: 4d89f2                         movq %r14, %r10
   9c8: 4531db                         xorl %r11d, %r11d
   9cb: 488b742440                     movq 0x40(%rsp), %rsi
   9d0: 488b7618                       movq 0x18(%rsi), %rsi
   9d4: 4c3b9424a8000000               cmpq 0xa8(%rsp), %r10
   9dc: 0f85b9fdffff                   jne -0x247
   9e2: 4c3ba424b0000000               cmpq 0xb0(%rsp), %r12
   9ea: 0f85bcfdffff                   jne -0x244
   9f0: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   9f8: 0f85c0fdffff                   jne -0x240
   9fe: 4c8b7c2420                     movq 0x20(%rsp), %r15
   a03: 4c3b7c2430                     cmpq 0x30(%rsp), %r15
   a08: 0f85c4fdffff                   jne -0x23c
   a0e: 4c8b7c2418                     movq 0x18(%rsp), %r15
   a13: 4c3bbc24c0000000               cmpq 0xc0(%rsp), %r15
   a1b: 0f85c8fdffff                   jne -0x238
   a21: 4c8b7c2410                     movq 0x10(%rsp), %r15
   a26: 4c3bbc24c8000000               cmpq 0xc8(%rsp), %r15
   a2e: 0f85ccfdffff                   jne -0x234
   a34: 84d2                           testb %dl, %dl
   a36: 7416                           je 0x16
   a38: 4c897630                       movq %r14, 0x30(%rsi)
   a3c: 488b542408                     movq 0x8(%rsp), %rdx
   a41: 48895638                       movq %rdx, 0x38(%rsi)
   a45: 4584db                         testb %r11b, %r11b
   a48: 7404                           je 0x4
   a4a: 4c896e40                       movq %r13, 0x40(%rsi)
   a4e: 4801c6                         addq %rax, %rsi
   a51: 488b7c2440                     movq 0x40(%rsp), %rdi
   a56: 4889ea                         movq %rbp, %rdx
   a59: e800000000                     callq 0x0
        # hole +0xa5a: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   a5e: 48895d08                       movq %rbx, 0x8(%rbp)
   a62: 4881c420010000                 addq $0x120, %rsp
   a69: 5d                             popq %rbp
   a6a: c3                             retq
   a6b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xa6e: X86_64_RELOC_GOT_LOAD Rel32 data+4
   a72: 4983c007                       addq $0x7, %r8
   a76: b805000000                     movl $0x5, %eax
   a7b: 41b946000000                   movl $0x46, %r9d
   a81: b903000000                     movl $0x3, %ecx
   a86: 31d2                           xorl %edx, %edx
   a88: e95dfcffff                     jmp -0x3a3
   a8d: 4c89442418                     movq %r8, 0x18(%rsp)
   a92: 4889442410                     movq %rax, 0x10(%rsp)
   a97: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xa9a: X86_64_RELOC_GOT_LOAD Rel32 data-4
   a9e: e965fcffff                     jmp -0x39b
   aa3: 4c894c2408                     movq %r9, 0x8(%rsp)
   aa8: 4c89442418                     movq %r8, 0x18(%rsp)
   aad: 4889442410                     movq %rax, 0x10(%rsp)
   ab2: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xab5: X86_64_RELOC_GOT_LOAD Rel32 data-4
   ab9: 4983c009                       addq $0x9, %r8
   abd: b840000000                     movl $0x40, %eax
   ac2: b201                           movb $0x1, %dl
   ac4: 41b95a000000                   movl $0x5a, %r9d
   aca: e9a7fcffff                     jmp -0x359
   acf: 4c894c2408                     movq %r9, 0x8(%rsp)
   ad4: 4c89442418                     movq %r8, 0x18(%rsp)
   ad9: 4889442410                     movq %rax, 0x10(%rsp)
   ade: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xae1: X86_64_RELOC_GOT_LOAD Rel32 data-4
   ae5: e97bfcffff                     jmp -0x385
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 index[16]+0
        # hole data+0x10: GOT Abs64 operand0[21]+0
