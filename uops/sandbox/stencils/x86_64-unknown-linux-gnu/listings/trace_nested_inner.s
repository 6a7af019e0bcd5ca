# stencil nested_inner for x86_64-unknown-linux-gnu: 2841 code bytes, 0 data bytes, 22 holes
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
    7f: 0f858d050000                   jne 0x58d
    85: 41b802000000                   movl $0x2, %r8d
    8b: 4889bc24d0000000               movq %rdi, 0xd0(%rsp)
    93: 4929f8                         subq %rdi, %r8
    96: 4c898424d8000000               movq %r8, 0xd8(%rsp)
    9e: 4989c8                         movq %rcx, %r8
    a1: 4889d7                         movq %rdx, %rdi
    a4: 4889742428                     movq %rsi, 0x28(%rsp)
    a9: 0f1f8000000000                 nopl (%rax)
    b0: 83780804                       cmpl $0x4, 0x8(%rax)
    b4: 0f8563050000                   jne 0x563
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
    ee: 0f84f0040000                   je 0x4f0
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
   133: 0f807a090000                   jo 0x97a
   139: 4c01fa                         addq %r15, %rdx
   13c: 4885d2                         testq %rdx, %rdx
   13f: 0f896e090000                   jns 0x96e
   145: 4e8d0c7d01000000               leaq 0x1(,%r15,2), %r9
   14d: 41f6c601                       testb $0x1, %r14b
   151: 0f8475090000                   je 0x975
   157: 4c89f2                         movq %r14, %rdx
   15a: 48d1fa                         sarq %rdx
   15d: 4901d7                         addq %rdx, %r15
   160: 4c89fa                         movq %r15, %rdx
   163: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
   16d: 4801f2                         addq %rsi, %rdx
   170: 0f8985090000                   jns 0x985
   176: 4e8d347d01000000               leaq 0x1(,%r15,2), %r14
   17e: 48837d0000                     cmpq $0x0, (%rbp)
   183: 0f85fb070000                   jne 0x7fb
   189: 48ffc3                         incq %rbx
   18c: 483b9c24d0000000               cmpq 0xd0(%rsp), %rbx
   194: 0f8d14080000                   jge 0x814
   19a: a801                           testb $0x1, %al
   19c: 0f8583060000                   jne 0x683
   1a2: 83780804                       cmpl $0x4, 0x8(%rax)
   1a6: 0f8579060000                   jne 0x679
   1ac: 4c89542448                     movq %r10, 0x48(%rsp)
   1b1: 488b7040                       movq 0x40(%rax), %rsi
   1b5: 4c8b5830                       movq 0x30(%rax), %r11
   1b9: 488b7838                       movq 0x38(%rax), %rdi
   1bd: 4885f6                         testq %rsi, %rsi
   1c0: 0f8eda010000                   jle 0x1da
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
   201: 0f80fb040000                   jo 0x4fb
   207: 4d89cf                         movq %r9, %r15
   20a: 4901d1                         addq %rdx, %r9
   20d: 4d85c9                         testq %r9, %r9
   210: 0f89ec040000                   jns 0x4ec
   216: 4d89f1                         movq %r14, %r9
   219: 49d1f9                         sarq %r9
   21c: 4901d1                         addq %rdx, %r9
   21f: 4d89ca                         movq %r9, %r10
   222: 4d01fa                         addq %r15, %r10
   225: 0f892a050000                   jns 0x52a
   22b: 4c8b9424d8000000               movq 0xd8(%rsp), %r10
   233: 4901da                         addq %rbx, %r10
   236: 4e8d344d01000000               leaq 0x1(,%r9,2), %r14
   23e: 4983fa01                       cmpq $0x1, %r10
   242: 0f843d040000                   je 0x43d
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
   2dd: 0f85f1030000                   jne 0x3f1
   2e3: 4183780804                     cmpl $0x4, 0x8(%r8)
   2e8: 0f85e6030000                   jne 0x3e6
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
   313: e93e050000                     jmp 0x53e
   318: 0f1f840000000000               nopl (%rax,%rax)
   320: 4839d1                         cmpq %rdx, %rcx
   323: 488b6c2438                     movq 0x38(%rsp), %rbp
   328: 4c8b742430                     movq 0x30(%rsp), %r14
   32d: 488b7c2428                     movq 0x28(%rsp), %rdi
   332: 0f8e1e050000                   jle 0x51e
   338: 4801c8                         addq %rcx, %rax
   33b: 49894030                       movq %rax, 0x30(%r8)
   33f: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   347: 4889442478                     movq %rax, 0x78(%rsp)
   34c: 4889442458                     movq %rax, 0x58(%rsp)
   351: 40f6c701                       testb $0x1, %dil
   355: 7509                           jne 0x9
   357: 48ff0f                         decq (%rdi)
   35a: 0f8464010000                   je 0x164
   360: 49bf0000000000000000           movabsq $0x0, %r15
        # hole +0x362: R_X86_64_64 Abs64 operand0[21]+0
   36a: 41f6c701                       testb $0x1, %r15b
   36e: 0f856c010000                   jne 0x16c
   374: 49ff07                         incq (%r15)
   377: 4c897c2478                     movq %r15, 0x78(%rsp)
   37c: 488b442468                     movq 0x68(%rsp), %rax
   381: a801                           testb $0x1, %al
   383: 0f8469010000                   je 0x169
   389: 4889842480000000               movq %rax, 0x80(%rsp)
   391: 41f6c701                       testb $0x1, %r15b
   395: 0f8471010000                   je 0x171
   39b: e9d8040000                     jmp 0x4d8
   3a0: 4939fb                         cmpq %rdi, %r11
   3a3: 0f8ea7000000                   jle 0xa7
   3a9: 4c89442418                     movq %r8, 0x18(%rsp)
   3ae: 4f8d2c1b                       leaq (%r11,%r11), %r13
   3b2: 4c8d0436                       leaq (%rsi,%rsi), %r8
   3b6: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   3c0: 41f6c401                       testb $0x1, %r12b
   3c4: 7504                           jne 0x4
   3c6: 49ff0424                       incq (%r12)
   3ca: 4901f3                         addq %rsi, %r11
   3cd: 4c89ea                         movq %r13, %rdx
   3d0: 48d1fa                         sarq %rdx
   3d3: 480fafd1                       imulq %rcx, %rdx
   3d7: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
   3e1: 0f801b030000                   jo 0x31b
   3e7: 4e8d0c3a                       leaq (%rdx,%r15), %r9
   3eb: 4d85c9                         testq %r9, %r9
   3ee: 0f890e030000                   jns 0x30e
   3f4: 4d89f1                         movq %r14, %r9
   3f7: 49d1f9                         sarq %r9
   3fa: 4901d1                         addq %rdx, %r9
   3fd: 4d89ca                         movq %r9, %r10
   400: 4d01fa                         addq %r15, %r10
   403: 0f894c030000                   jns 0x34c
   409: 4c8b9424d8000000               movq 0xd8(%rsp), %r10
   411: 4901da                         addq %rbx, %r10
   414: 4e8d344d01000000               leaq 0x1(,%r9,2), %r14
   41c: 4983fa01                       cmpq $0x1, %r10
   420: 0f845f020000                   je 0x25f
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
        # hole +0x4a4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4a8: 4c8b542448                     movq 0x48(%rsp), %r10
   4ad: 4c8b4c2408                     movq 0x8(%rsp), %r9
   4b2: 488b7c2420                     movq 0x20(%rsp), %rdi
   4b7: 4d89f8                         movq %r15, %r8
   4ba: 488b442410                     movq 0x10(%rsp), %rax
   4bf: e9d2fdffff                     jmp -0x22e
   4c4: e800000000                     callq 0x0
        # hole +0x4c5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4c9: 49bf0000000000000000           movabsq $0x0, %r15
        # hole +0x4cb: R_X86_64_64 Abs64 operand0[21]+0
   4d3: 41f6c701                       testb $0x1, %r15b
   4d7: 0f8497feffff                   je -0x169
   4dd: 0f1f00                         nopl (%rax)
   4e0: 4c897c2478                     movq %r15, 0x78(%rsp)
   4e5: 488b442468                     movq 0x68(%rsp), %rax
   4ea: a801                           testb $0x1, %al
   4ec: 0f8597feffff                   jne -0x169
   4f2: 48ff00                         incq (%rax)
   4f5: 4c8b7c2478                     movq 0x78(%rsp), %r15
   4fa: 4889842480000000               movq %rax, 0x80(%rsp)
   502: 41f6c701                       testb $0x1, %r15b
   506: 0f856c030000                   jne 0x36c
   50c: 41837f0808                     cmpl $0x8, 0x8(%r15)
   511: 0f8561030000                   jne 0x361
   517: ba01000000                     movl $0x1, %edx
   51c: 4889ef                         movq %rbp, %rdi
   51f: 488db42480000000               leaq 0x80(%rsp), %rsi
   527: 41ff5738                       callq *0x38(%r15)
   52b: 488bbc2480000000               movq 0x80(%rsp), %rdi
   533: 40f6c701                       testb $0x1, %dil
   537: 7509                           jne 0x9
   539: 48ff0f                         decq (%rdi)
   53c: 0f8489000000                   je 0x89
   542: 49ff0f                         decq (%r15)
   545: 750e                           jne 0xe
   547: 4c89ff                         movq %r15, %rdi
   54a: 4989c6                         movq %rax, %r14
   54d: e800000000                     callq 0x0
        # hole +0x54e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   552: 4c89f0                         movq %r14, %rax
   555: 4885c0                         testq %rax, %rax
   558: 0f8430050000                   je 0x530
   55e: 4889442478                     movq %rax, 0x78(%rsp)
   563: 0f28842400010000               movaps 0x100(%rsp), %xmm0
   56b: 0f298424e0000000               movaps %xmm0, 0xe0(%rsp)
   573: 488b8c2410010000               movq 0x110(%rsp), %rcx
   57b: 48898c24f0000000               movq %rcx, 0xf0(%rsp)
   583: 4c8b742450                     movq 0x50(%rsp), %r14
   588: 488b4c2458                     movq 0x58(%rsp), %rcx
   58d: 48894c2428                     movq %rcx, 0x28(%rsp)
   592: 4c8b6c2460                     movq 0x60(%rsp), %r13
   597: 488b7c2468                     movq 0x68(%rsp), %rdi
   59c: 4c8b442470                     movq 0x70(%rsp), %r8
   5a1: 488bac2480000000               movq 0x80(%rsp), %rbp
   5a9: 4c8b8c2488000000               movq 0x88(%rsp), %r9
   5b1: 4c8ba42490000000               movq 0x90(%rsp), %r12
   5b9: 4c8b942498000000               movq 0x98(%rsp), %r10
   5c1: a801                           testb $0x1, %al
   5c3: 0f84e7faffff                   je -0x519
   5c9: eb52                           jmp 0x52
   5cb: 4989c6                         movq %rax, %r14
   5ce: e800000000                     callq 0x0
        # hole +0x5cf: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5d3: 4c89f0                         movq %r14, %rax
   5d6: 49ff0f                         decq (%r15)
   5d9: 0f8576ffffff                   jne -0x8a
   5df: e963ffffff                     jmp -0x9d
   5e4: 4c89ef                         movq %r13, %rdi
   5e7: 4989c4                         movq %rax, %r12
   5ea: 4d89c5                         movq %r8, %r13
   5ed: 4c89d5                         movq %r10, %rbp
   5f0: e800000000                     callq 0x0
        # hole +0x5f1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5f5: 4989ea                         movq %rbp, %r10
   5f8: 4d89e8                         movq %r13, %r8
   5fb: 4c89e0                         movq %r12, %rax
   5fe: 41f6c601                       testb $0x1, %r14b
   602: 488b6c2438                     movq 0x38(%rsp), %rbp
   607: 0f84f2faffff                   je -0x50e
   60d: e9f0faffff                     jmp -0x510
   612: 4989c8                         movq %rcx, %r8
   615: 4889d7                         movq %rdx, %rdi
   618: 4889742428                     movq %rsi, 0x28(%rsp)
   61d: 48897c2420                     movq %rdi, 0x20(%rsp)
   622: 4c894c2408                     movq %r9, 0x8(%rsp)
   627: 4c89442418                     movq %r8, 0x18(%rsp)
   62c: 4889442410                     movq %rax, 0x10(%rsp)
   631: 4d89f2                         movq %r14, %r10
   634: 4c89ef                         movq %r13, %rdi
   637: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x639: R_X86_64_64 Abs64 index+0
   641: 49ffc0                         incq %r8
   644: b830000000                     movl $0x30, %eax
   649: 41b90a000000                   movl $0xa, %r9d
   64f: b901000000                     movl $0x1, %ecx
   654: 31d2                           xorl %edx, %edx
   656: 4d89e5                         movq %r12, %r13
   659: 4989ee                         movq %rbp, %r14
   65c: 4531db                         xorl %r11d, %r11d
   65f: 488b6c2438                     movq 0x38(%rsp), %rbp
   664: 4c8b642428                     movq 0x28(%rsp), %r12
   669: 488b742440                     movq 0x40(%rsp), %rsi
   66e: 488b7618                       movq 0x18(%rsi), %rsi
   672: 4c3b9424a8000000               cmpq 0xa8(%rsp), %r10
   67a: 0f852f010000                   jne 0x12f
   680: e980030000                     jmp 0x380
   685: 4983cd01                       orq $0x1, %r13
   689: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   691: 48894c2408                     movq %rcx, 0x8(%rsp)
   696: 4889442410                     movq %rax, 0x10(%rsp)
   69b: 4c895830                       movq %r11, 0x30(%rax)
   69f: 48c7450001000000               movq $0x1, (%rbp)
   6a7: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x6a9: R_X86_64_64 Abs64 index+0
   6b1: 4983c00d                       addq $0xd, %r8
   6b5: b830000000                     movl $0x30, %eax
   6ba: 41b982000000                   movl $0x82, %r9d
   6c0: b902000000                     movl $0x2, %ecx
   6c5: 31d2                           xorl %edx, %edx
   6c7: 488b9c24d0000000               movq 0xd0(%rsp), %rbx
   6cf: e911030000                     jmp 0x311
   6d4: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x6d6: R_X86_64_64 Abs64 index[16]+0
   6de: 49ffc0                         incq %r8
   6e1: b805000000                     movl $0x5, %eax
   6e6: 41b90a000000                   movl $0xa, %r9d
   6ec: b901000000                     movl $0x1, %ecx
   6f1: 31d2                           xorl %edx, %edx
   6f3: 488b6c2438                     movq 0x38(%rsp), %rbp
   6f8: 4c8b742430                     movq 0x30(%rsp), %r14
   6fd: e996010000                     jmp 0x196
   702: 4983cd01                       orq $0x1, %r13
   706: 4889442410                     movq %rax, 0x10(%rsp)
   70b: 4c895830                       movq %r11, 0x30(%rax)
   70f: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x711: R_X86_64_64 Abs64 index+0
   719: 4983c008                       addq $0x8, %r8
   71d: b848000000                     movl $0x48, %eax
   722: b201                           movb $0x1, %dl
   724: 41b950000000                   movl $0x50, %r9d
   72a: b901000000                     movl $0x1, %ecx
   72f: 4c89642408                     movq %r12, 0x8(%rsp)
   734: 4c89ef                         movq %r13, %rdi
   737: 4d89f2                         movq %r14, %r10
   73a: 41b301                         movb $0x1, %r11b
   73d: 488b742440                     movq 0x40(%rsp), %rsi
   742: 488b7618                       movq 0x18(%rsi), %rsi
   746: 4c3b9424a8000000               cmpq 0xa8(%rsp), %r10
   74e: 755f                           jne 0x5f
   750: e9b0020000                     jmp 0x2b0
   755: 4983cd01                       orq $0x1, %r13
   759: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   761: 48894c2408                     movq %rcx, 0x8(%rsp)
   766: 4889442410                     movq %rax, 0x10(%rsp)
   76b: 4c895830                       movq %r11, 0x30(%rax)
   76f: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x771: R_X86_64_64 Abs64 index+0
   779: 4983c00a                       addq $0xa, %r8
   77d: b840000000                     movl $0x40, %eax
   782: b201                           movb $0x1, %dl
   784: 41b964000000                   movl $0x64, %r9d
   78a: b901000000                     movl $0x1, %ecx
   78f: 4531db                         xorl %r11d, %r11d
   792: 4c89ef                         movq %r13, %rdi
   795: 4d89f2                         movq %r14, %r10
   798: 488b742440                     movq 0x40(%rsp), %rsi
   79d: 488b7618                       movq 0x18(%rsi), %rsi
   7a1: 4c3b9424a8000000               cmpq 0xa8(%rsp), %r10
   7a9: 0f8456020000                   je 0x256
   7af: 4c8916                         movq %r10, (%rsi)
   7b2: 4c3ba424b0000000               cmpq 0xb0(%rsp), %r12
   7ba: 0f8453020000                   je 0x253
   7c0: 4c896608                       movq %r12, 0x8(%rsi)
   7c4: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   7cc: 0f844f020000                   je 0x24f
   7d2: 48897e10                       movq %rdi, 0x10(%rsi)
   7d6: 4c8b7c2420                     movq 0x20(%rsp), %r15
   7db: 4c3b7c2430                     cmpq 0x30(%rsp), %r15
   7e0: 0f844b020000                   je 0x24b
   7e6: 4c897e18                       movq %r15, 0x18(%rsi)
   7ea: 4c8b7c2418                     movq 0x18(%rsp), %r15
   7ef: 4c3bbc24c0000000               cmpq 0xc0(%rsp), %r15
   7f7: 0f8447020000                   je 0x247
   7fd: 4c897e20                       movq %r15, 0x20(%rsi)
   801: 4c8b7c2410                     movq 0x10(%rsp), %r15
   806: 4c3bbc24c8000000               cmpq 0xc8(%rsp), %r15
   80e: 0f8443020000                   je 0x243
   814: 4c897e28                       movq %r15, 0x28(%rsi)
   818: 84d2                           testb %dl, %dl
   81a: 0f8451020000                   je 0x251
   820: e936020000                     jmp 0x236
   825: 4c894c2408                     movq %r9, 0x8(%rsp)
   82a: 4c89442418                     movq %r8, 0x18(%rsp)
   82f: 4889442410                     movq %rax, 0x10(%rsp)
   834: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x836: R_X86_64_64 Abs64 index+0
   83e: 49ffc0                         incq %r8
   841: b830000000                     movl $0x30, %eax
   846: 41b90a000000                   movl $0xa, %r9d
   84c: b901000000                     movl $0x1, %ecx
   851: e98d010000                     jmp 0x18d
   856: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x858: R_X86_64_64 Abs64 index[16]+0
   860: 4983c002                       addq $0x2, %r8
   864: b805000000                     movl $0x5, %eax
   869: 41b914000000                   movl $0x14, %r9d
   86f: b902000000                     movl $0x2, %ecx
   874: 31d2                           xorl %edx, %edx
   876: eb20                           jmp 0x20
   878: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x87a: R_X86_64_64 Abs64 index[16]+0
   882: 4983c007                       addq $0x7, %r8
   886: b807000000                     movl $0x7, %eax
   88b: b201                           movb $0x1, %dl
   88d: 41b946000000                   movl $0x46, %r9d
   893: b901000000                     movl $0x1, %ecx
   898: 488b7c2450                     movq 0x50(%rsp), %rdi
   89d: 488b742440                     movq 0x40(%rsp), %rsi
   8a2: 488b7618                       movq 0x18(%rsi), %rsi
   8a6: 483bbc24a8000000               cmpq 0xa8(%rsp), %rdi
   8ae: 0f8581000000                   jne 0x81
   8b4: 488b7c2458                     movq 0x58(%rsp), %rdi
   8b9: 483bbc24b0000000               cmpq 0xb0(%rsp), %rdi
   8c1: 0f8580000000                   jne 0x80
   8c7: 488b7c2460                     movq 0x60(%rsp), %rdi
   8cc: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   8d4: 0f8580000000                   jne 0x80
   8da: 488b7c2468                     movq 0x68(%rsp), %rdi
   8df: 4c39f7                         cmpq %r14, %rdi
   8e2: 0f8580000000                   jne 0x80
   8e8: 488b7c2470                     movq 0x70(%rsp), %rdi
   8ed: 483bbc24c0000000               cmpq 0xc0(%rsp), %rdi
   8f5: 7404                           je 0x4
   8f7: 48897e20                       movq %rdi, 0x20(%rsi)
   8fb: 488b7c2478                     movq 0x78(%rsp), %rdi
   900: 483bbc24c8000000               cmpq 0xc8(%rsp), %rdi
   908: 410f94c3                       sete %r11b
   90c: 4189d2                         movl %edx, %r10d
   90f: 4180f201                       xorb $0x1, %r10b
   913: 4508da                         orb %r11b, %r10b
   916: 7504                           jne 0x4
   918: 48897e28                       movq %rdi, 0x28(%rsi)
   91c: 84d2                           testb %dl, %dl
   91e: 740c                           je 0xc
   920: 488b942480000000               movq 0x80(%rsp), %rdx
   928: 48895630                       movq %rdx, 0x30(%rsi)
   92c: 488d34c6                       leaq (%rsi,%rax,8), %rsi
   930: e93f010000                     jmp 0x13f
   935: 48893e                         movq %rdi, (%rsi)
   938: 488b7c2458                     movq 0x58(%rsp), %rdi
   93d: 483bbc24b0000000               cmpq 0xb0(%rsp), %rdi
   945: 7480                           je -0x80
   947: 48897e08                       movq %rdi, 0x8(%rsi)
   94b: 488b7c2460                     movq 0x60(%rsp), %rdi
   950: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   958: 7480                           je -0x80
   95a: 48897e10                       movq %rdi, 0x10(%rsi)
   95e: 488b7c2468                     movq 0x68(%rsp), %rdi
   963: 4c39f7                         cmpq %r14, %rdi
   966: 7480                           je -0x80
   968: 48897e18                       movq %rdi, 0x18(%rsi)
   96c: 488b7c2470                     movq 0x70(%rsp), %rdi
   971: 483bbc24c0000000               cmpq 0xc0(%rsp), %rdi
   979: 0f8578ffffff                   jne -0x88
   97f: e977ffffff                     jmp -0x89
   984: 4c894c2408                     movq %r9, 0x8(%rsp)
   989: 4c89442418                     movq %r8, 0x18(%rsp)
   98e: 4889442410                     movq %rax, 0x10(%rsp)
   993: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x995: R_X86_64_64 Abs64 index+0
   99d: 4983c00c                       addq $0xc, %r8
   9a1: b830000000                     movl $0x30, %eax
   9a6: 41b978000000                   movl $0x78, %r9d
   9ac: eb30                           jmp 0x30
   9ae: 4c894c2408                     movq %r9, 0x8(%rsp)
   9b3: 4c89442418                     movq %r8, 0x18(%rsp)
   9b8: 4889442410                     movq %rax, 0x10(%rsp)
   9bd: 48c7450001000000               movq $0x1, (%rbp)
   9c5: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x9c7: R_X86_64_64 Abs64 index+0
   9cf: 4983c00d                       addq $0xd, %r8
   9d3: b830000000                     movl $0x30, %eax
   9d8: 41b982000000                   movl $0x82, %r9d
   9de: b902000000                     movl $0x2, %ecx
   9e3: 31d2                           xorl %edx, %edx
   9e5: 4c89ef                         movq %r13, %rdi
   9e8: 4d89f2                         movq %r14, %r10
   9eb: 4531db                         xorl %r11d, %r11d
   9ee: 488b742440                     movq 0x40(%rsp), %rsi
   9f3: 488b7618                       movq 0x18(%rsi), %rsi
   9f7: 4c3b9424a8000000               cmpq 0xa8(%rsp), %r10
   9ff: 0f85aafdffff                   jne -0x256
   a05: 4c3ba424b0000000               cmpq 0xb0(%rsp), %r12
   a0d: 0f85adfdffff                   jne -0x253
   a13: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   a1b: 0f85b1fdffff                   jne -0x24f
   a21: 4c8b7c2420                     movq 0x20(%rsp), %r15
   a26: 4c3b7c2430                     cmpq 0x30(%rsp), %r15
   a2b: 0f85b5fdffff                   jne -0x24b
   a31: 4c8b7c2418                     movq 0x18(%rsp), %r15
   a36: 4c3bbc24c0000000               cmpq 0xc0(%rsp), %r15
   a3e: 0f85b9fdffff                   jne -0x247
   a44: 4c8b7c2410                     movq 0x10(%rsp), %r15
   a49: 4c3bbc24c8000000               cmpq 0xc8(%rsp), %r15
   a51: 0f85bdfdffff                   jne -0x243
   a57: 84d2                           testb %dl, %dl
   a59: 7416                           je 0x16
   a5b: 4c897630                       movq %r14, 0x30(%rsi)
   a5f: 488b542408                     movq 0x8(%rsp), %rdx
   a64: 48895638                       movq %rdx, 0x38(%rsi)
   a68: 4584db                         testb %r11b, %r11b
   a6b: 7404                           je 0x4
   a6d: 4c896e40                       movq %r13, 0x40(%rsi)
   a71: 4801c6                         addq %rax, %rsi
   a74: 488b7c2440                     movq 0x40(%rsp), %rdi
   a79: 4889ea                         movq %rbp, %rdx
   a7c: e800000000                     callq 0x0
        # hole +0xa7d: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   a81: 48895d08                       movq %rbx, 0x8(%rbp)
   a85: 4881c420010000                 addq $0x120, %rsp
   a8c: 5d                             popq %rbp
   a8d: c3                             retq
   a8e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xa90: R_X86_64_64 Abs64 index[16]+0
   a98: 4983c007                       addq $0x7, %r8
   a9c: b805000000                     movl $0x5, %eax
   aa1: 41b946000000                   movl $0x46, %r9d
   aa7: b903000000                     movl $0x3, %ecx
   aac: 31d2                           xorl %edx, %edx
   aae: e945fcffff                     jmp -0x3bb
   ab3: 4c89442418                     movq %r8, 0x18(%rsp)
   ab8: 4889442410                     movq %rax, 0x10(%rsp)
   abd: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xabf: R_X86_64_64 Abs64 index+0
   ac7: e94dfcffff                     jmp -0x3b3
   acc: 4c894c2408                     movq %r9, 0x8(%rsp)
   ad1: 4c89442418                     movq %r8, 0x18(%rsp)
   ad6: 4889442410                     movq %rax, 0x10(%rsp)
   adb: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xadd: R_X86_64_64 Abs64 index+0
   ae5: 4983c009                       addq $0x9, %r8
   ae9: b840000000                     movl $0x40, %eax
   aee: b201                           movb $0x1, %dl
   af0: 41b95a000000                   movl $0x5a, %r9d
   af6: e98ffcffff                     jmp -0x371
   afb: 4c894c2408                     movq %r9, 0x8(%rsp)
   b00: 4c89442418                     movq %r8, 0x18(%rsp)
   b05: 4889442410                     movq %rax, 0x10(%rsp)
   b0a: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xb0c: R_X86_64_64 Abs64 index+0
   b14: e960fcffff                     jmp -0x3a0
