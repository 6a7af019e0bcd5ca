# stencil nested_pop for x86_64-pc-windows-msvc: 2393 code bytes, 24 data bytes, 27 holes
     0: 55                             pushq %rbp
     1: 4881ece0000000                 subq $0xe0, %rsp
     8: 49bd00000000000000c0           movabsq $-0x4000000000000000, %r13
    12: 4c89a424d0000000               movq %r12, 0xd0(%rsp)
    1a: 498b442418                     movq 0x18(%r12), %rax
    1f: 4c8b08                         movq (%rax), %r9
    22: 488b5808                       movq 0x8(%rax), %rbx
    26: 4c8b4010                       movq 0x10(%rax), %r8
    2a: 488b5018                       movq 0x18(%rax), %rdx
    2e: 488b4820                       movq 0x20(%rax), %rcx
    32: 488b7028                       movq 0x28(%rax), %rsi
    36: 4889b424c8000000               movq %rsi, 0xc8(%rsp)
    3e: 48898c24c0000000               movq %rcx, 0xc0(%rsp)
    46: 4989ca                         movq %rcx, %r10
    49: 48899424b8000000               movq %rdx, 0xb8(%rsp)
    51: 4989d3                         movq %rdx, %r11
    54: 4c898424b0000000               movq %r8, 0xb0(%rsp)
    5c: 48899c24a8000000               movq %rbx, 0xa8(%rsp)
    64: 4c898c24a0000000               movq %r9, 0xa0(%rsp)
    6c: 4c89ca                         movq %r9, %rdx
    6f: eb15                           jmp 0x15
    71: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
    80: 4d89f8                         movq %r15, %r8
    83: 4889ea                         movq %rbp, %rdx
    86: 40f6c601                       testb $0x1, %sil
    8a: 7544                           jne 0x44
    8c: 48ff0e                         decq (%rsi)
    8f: 753f                           jne 0x3f
    91: 4889f1                         movq %rsi, %rcx
    94: 4c89542440                     movq %r10, 0x40(%rsp)
    99: 4d89dc                         movq %r11, %r12
    9c: 4889542438                     movq %rdx, 0x38(%rsp)
    a1: 4c898424d8000000               movq %r8, 0xd8(%rsp)
    a9: e800000000                     callq 0x0
        # hole +0xaa: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    ae: 4c8b8424d8000000               movq 0xd8(%rsp), %r8
    b6: 488b542438                     movq 0x38(%rsp), %rdx
    bb: 4d89e3                         movq %r12, %r11
    be: 4c8b542440                     movq 0x40(%rsp), %r10
    c3: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    d0: 4889542450                     movq %rdx, 0x50(%rsp)
    d5: 48895c2458                     movq %rbx, 0x58(%rsp)
    da: 4c89442460                     movq %r8, 0x60(%rsp)
    df: 4c895c2468                     movq %r11, 0x68(%rsp)
    e4: 4c89542470                     movq %r10, 0x70(%rsp)
    e9: 4889742478                     movq %rsi, 0x78(%rsp)
    ee: 4889ac2480000000               movq %rbp, 0x80(%rsp)
    f6: 4889bc2488000000               movq %rdi, 0x88(%rsp)
    fe: 4c89bc2490000000               movq %r15, 0x90(%rsp)
   106: 488b442448                     movq 0x48(%rsp), %rax
   10b: 4889842498000000               movq %rax, 0x98(%rsp)
   113: 41f6c201                       testb $0x1, %r10b
   117: 0f8582050000                   jne 0x582
   11d: 41837a0804                     cmpl $0x4, 0x8(%r10)
   122: 0f8577050000                   jne 0x577
   128: 498b4240                       movq 0x40(%r10), %rax
   12c: 498b4a30                       movq 0x30(%r10), %rcx
   130: 498b5238                       movq 0x38(%r10), %rdx
   134: 4885c0                         testq %rax, %rax
   137: 7e17                           jle 0x17
   139: 4839d1                         cmpq %rdx, %rcx
   13c: 7c1b                           jl 0x1b
   13e: e9a9050000                     jmp 0x5a9
   143: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   150: 4839d1                         cmpq %rdx, %rcx
   153: 0f8e93050000                   jle 0x593
   159: 4801c8                         addq %rcx, %rax
   15c: 49894230                       movq %rax, 0x30(%r10)
   160: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   168: 4889442478                     movq %rax, 0x78(%rsp)
   16d: 4889442458                     movq %rax, 0x58(%rsp)
   172: f6c301                         testb $0x1, %bl
   175: 7505                           jne 0x5
   177: 48ff0b                         decq (%rbx)
   17a: 742e                           je 0x2e
   17c: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x17f: IMAGE_REL_AMD64_REL32 Rel32 data-4
   183: 40f6c701                       testb $0x1, %dil
   187: 7437                           je 0x37
   189: 48897c2478                     movq %rdi, 0x78(%rsp)
   18e: 488b442468                     movq 0x68(%rsp), %rax
   193: a801                           testb $0x1, %al
   195: 743a                           je 0x3a
   197: 4889842480000000               movq %rax, 0x80(%rsp)
   19f: 40f6c701                       testb $0x1, %dil
   1a3: 7446                           je 0x46
   1a5: e97f060000                     jmp 0x67f
   1aa: 4889d9                         movq %rbx, %rcx
   1ad: e800000000                     callq 0x0
        # hole +0x1ae: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1b2: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x1b5: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1b9: 40f6c701                       testb $0x1, %dil
   1bd: 75ca                           jne -0x36
   1bf: 90                             nop
   1c0: 48ff07                         incq (%rdi)
   1c3: 48897c2478                     movq %rdi, 0x78(%rsp)
   1c8: 488b442468                     movq 0x68(%rsp), %rax
   1cd: a801                           testb $0x1, %al
   1cf: 75c6                           jne -0x3a
   1d1: 48ff00                         incq (%rax)
   1d4: 488b7c2478                     movq 0x78(%rsp), %rdi
   1d9: 4889842480000000               movq %rax, 0x80(%rsp)
   1e1: 40f6c701                       testb $0x1, %dil
   1e5: 0f853e060000                   jne 0x63e
   1eb: 837f0808                       cmpl $0x8, 0x8(%rdi)
   1ef: 0f8534060000                   jne 0x634
   1f5: 41b801000000                   movl $0x1, %r8d
   1fb: 4c89f1                         movq %r14, %rcx
   1fe: 488d942480000000               leaq 0x80(%rsp), %rdx
   206: ff5738                         callq *0x38(%rdi)
   209: 4889c6                         movq %rax, %rsi
   20c: 488b8c2480000000               movq 0x80(%rsp), %rcx
   214: f6c101                         testb $0x1, %cl
   217: 7509                           jne 0x9
   219: 48ff09                         decq (%rcx)
   21c: 0f84f1010000                   je 0x1f1
   222: 48ff0f                         decq (%rdi)
   225: 7508                           jne 0x8
   227: 4889f9                         movq %rdi, %rcx
   22a: e800000000                     callq 0x0
        # hole +0x22b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   22f: 4885f6                         testq %rsi, %rsi
   232: 0f8463060000                   je 0x663
   238: 4889742478                     movq %rsi, 0x78(%rsp)
   23d: 488b542450                     movq 0x50(%rsp), %rdx
   242: 488b5c2458                     movq 0x58(%rsp), %rbx
   247: 4c8b442460                     movq 0x60(%rsp), %r8
   24c: 4c8b5c2468                     movq 0x68(%rsp), %r11
   251: 4c8b542470                     movq 0x70(%rsp), %r10
   256: 488bac2480000000               movq 0x80(%rsp), %rbp
   25e: 488bbc2488000000               movq 0x88(%rsp), %rdi
   266: 4c8bbc2490000000               movq 0x90(%rsp), %r15
   26e: 40f6c601                       testb $0x1, %sil
   272: 0f8544040000                   jne 0x444
   278: 837e0804                       cmpl $0x4, 0x8(%rsi)
   27c: 0f853a040000                   jne 0x43a
   282: 488b842498000000               movq 0x98(%rsp), %rax
   28a: 4889442448                     movq %rax, 0x48(%rsp)
   28f: 488b4640                       movq 0x40(%rsi), %rax
   293: 4c8b6630                       movq 0x30(%rsi), %r12
   297: 488b4e38                       movq 0x38(%rsi), %rcx
   29b: 4885c0                         testq %rax, %rax
   29e: 7e10                           jle 0x10
   2a0: 4939cc                         cmpq %rcx, %r12
   2a3: 0f8dddfdffff                   jge -0x223
   2a9: eb0e                           jmp 0xe
   2ab: 0f1f440000                     nopl (%rax,%rax)
   2b0: 4939cc                         cmpq %rcx, %r12
   2b3: 0f8ecdfdffff                   jle -0x233
   2b9: 4c01e0                         addq %r12, %rax
   2bc: 48894630                       movq %rax, 0x30(%rsi)
   2c0: 41f6c001                       testb $0x1, %r8b
   2c4: 7509                           jne 0x9
   2c6: 49ff08                         decq (%r8)
   2c9: 0f8457010000                   je 0x157
   2cf: f6c201                         testb $0x1, %dl
   2d2: 7503                           jne 0x3
   2d4: 48ff02                         incq (%rdx)
   2d7: f6c301                         testb $0x1, %bl
   2da: 7503                           jne 0x3
   2dc: 48ff03                         incq (%rbx)
   2df: 4e8d3c6501000000               leaq 0x1(,%r12,2), %r15
   2e7: 4d01e4                         addq %r12, %r12
   2ea: 4889d8                         movq %rbx, %rax
   2ed: 48d1f8                         sarq %rax
   2f0: 49d1fc                         sarq %r12
   2f3: 4c0fafe0                       imulq %rax, %r12
   2f7: 0f80bf050000                   jo 0x5bf
   2fd: 4b8d0c2c                       leaq (%r12,%r13), %rcx
   301: 4885c9                         testq %rcx, %rcx
   304: 0f89b2050000                   jns 0x5b2
   30a: 4a8d3c6501000000               leaq 0x1(,%r12,2), %rdi
   312: f6c201                         testb $0x1, %dl
   315: 0f84de050000                   je 0x5de
   31b: 4889d1                         movq %rdx, %rcx
   31e: 48d1f9                         sarq %rcx
   321: 4901cc                         addq %rcx, %r12
   324: 4c89e1                         movq %r12, %rcx
   327: 4c01e9                         addq %r13, %rcx
   32a: 0f89ef050000                   jns 0x5ef
   330: 4a8d2c6501000000               leaq 0x1(,%r12,2), %rbp
   338: 49833e00                       cmpq $0x0, (%r14)
   33c: 0f8526050000                   jne 0x526
   342: 498b4e08                       movq 0x8(%r14), %rcx
   346: 48ffc1                         incq %rcx
   349: 49894e08                       movq %rcx, 0x8(%r14)
   34d: 493b4e10                       cmpq 0x10(%r14), %rcx
   351: 0f8d27050000                   jge 0x527
   357: 660f1f840000000000             nopw (%rax,%rax)
   360: 837e0804                       cmpl $0x4, 0x8(%rsi)
   364: 0f85e4000000                   jne 0xe4
   36a: 488b4e30                       movq 0x30(%rsi), %rcx
   36e: 488b5640                       movq 0x40(%rsi), %rdx
   372: 4885d2                         testq %rdx, %rdx
   375: 7e19                           jle 0x19
   377: 483b4e38                       cmpq 0x38(%rsi), %rcx
   37b: 7c1d                           jl 0x1d
   37d: e9fefcffff                     jmp -0x302
   382: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   390: 483b4e38                       cmpq 0x38(%rsi), %rcx
   394: 0f8ee6fcffff                   jle -0x31a
   39a: 4801ca                         addq %rcx, %rdx
   39d: 48895630                       movq %rdx, 0x30(%rsi)
   3a1: f6c301                         testb $0x1, %bl
   3a4: 7503                           jne 0x3
   3a6: 48ff03                         incq (%rbx)
   3a9: 4c8d3c4d01000000               leaq 0x1(,%rcx,2), %r15
   3b1: 4801c9                         addq %rcx, %rcx
   3b4: 48d1f9                         sarq %rcx
   3b7: 480fafc8                       imulq %rax, %rcx
   3bb: 0f8067020000                   jo 0x267
   3c1: 4a8d1429                       leaq (%rcx,%r13), %rdx
   3c5: 4885d2                         testq %rdx, %rdx
   3c8: 0f895a020000                   jns 0x25a
   3ce: 488d3c4d01000000               leaq 0x1(,%rcx,2), %rdi
   3d6: 4889ea                         movq %rbp, %rdx
   3d9: 48d1fa                         sarq %rdx
   3dc: 4801ca                         addq %rcx, %rdx
   3df: 4889d1                         movq %rdx, %rcx
   3e2: 4c01e9                         addq %r13, %rcx
   3e5: 0f897a020000                   jns 0x27a
   3eb: 488d2c5501000000               leaq 0x1(,%rdx,2), %rbp
   3f3: 49833e00                       cmpq $0x0, (%r14)
   3f7: 757f                           jne 0x7f
   3f9: 498b4e08                       movq 0x8(%r14), %rcx
   3fd: 48ffc1                         incq %rcx
   400: 49894e08                       movq %rcx, 0x8(%r14)
   404: 493b4e10                       cmpq 0x10(%r14), %rcx
   408: 0f8c52ffffff                   jl -0xae
   40e: e988000000                     jmp 0x88
   413: e800000000                     callq 0x0
        # hole +0x414: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   418: 48ff0f                         decq (%rdi)
   41b: 0f850efeffff                   jne -0x1f2
   421: e901feffff                     jmp -0x1ff
   426: 4c89c1                         movq %r8, %rcx
   429: 4c89d7                         movq %r10, %rdi
   42c: 4d89df                         movq %r11, %r15
   42f: 4889d5                         movq %rdx, %rbp
   432: e800000000                     callq 0x0
        # hole +0x433: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   437: 4889ea                         movq %rbp, %rdx
   43a: 4d89fb                         movq %r15, %r11
   43d: 4989fa                         movq %rdi, %r10
   440: f6c201                         testb $0x1, %dl
   443: 0f848bfeffff                   je -0x175
   449: e989feffff                     jmp -0x177
   44e: 4c895c2448                     movq %r11, 0x48(%rsp)
   453: 4c89542440                     movq %r10, 0x40(%rsp)
   458: 488b0500000000                 movq (%rip), %rax
        # hole +0x45b: IMAGE_REL_AMD64_REL32 Rel32 data+4
   45f: 48ffc0                         incq %rax
   462: 41bc30000000                   movl $0x30, %r12d
   468: 41b90a000000                   movl $0xa, %r9d
   46e: c744243801000000               movl $0x1, 0x38(%rsp)
   476: eb53                           jmp 0x53
   478: 4c895c2448                     movq %r11, 0x48(%rsp)
   47d: 4c89542440                     movq %r10, 0x40(%rsp)
   482: 488b0500000000                 movq (%rip), %rax
        # hole +0x485: IMAGE_REL_AMD64_REL32 Rel32 data+4
   489: 4883c00c                       addq $0xc, %rax
   48d: 41bc30000000                   movl $0x30, %r12d
   493: 41b978000000                   movl $0x78, %r9d
   499: eb28                           jmp 0x28
   49b: 4c895c2448                     movq %r11, 0x48(%rsp)
   4a0: 4c89542440                     movq %r10, 0x40(%rsp)
   4a5: 49c70601000000                 movq $0x1, (%r14)
   4ac: 488b0500000000                 movq (%rip), %rax
        # hole +0x4af: IMAGE_REL_AMD64_REL32 Rel32 data+4
   4b3: 4883c00d                       addq $0xd, %rax
   4b7: 41bc30000000                   movl $0x30, %r12d
   4bd: 41b982000000                   movl $0x82, %r9d
   4c3: c744243802000000               movl $0x2, 0x38(%rsp)
   4cb: 4531d2                         xorl %r10d, %r10d
   4ce: 4d89f8                         movq %r15, %r8
   4d1: 4889ea                         movq %rbp, %rdx
   4d4: 4531db                         xorl %r11d, %r11d
   4d7: 483b9424a0000000               cmpq 0xa0(%rsp), %rdx
   4df: 488b8c24d0000000               movq 0xd0(%rsp), %rcx
   4e7: 0f8587000000                   jne 0x87
   4ed: 483b9c24a8000000               cmpq 0xa8(%rsp), %rbx
   4f5: 0f8591000000                   jne 0x91
   4fb: 4c3b8424b0000000               cmpq 0xb0(%rsp), %r8
   503: 0f8599000000                   jne 0x99
   509: 4c8b6c2448                     movq 0x48(%rsp), %r13
   50e: 4c3bac24b8000000               cmpq 0xb8(%rsp), %r13
   516: 0f85a1000000                   jne 0xa1
   51c: 4c8b6c2440                     movq 0x40(%rsp), %r13
   521: 4c3bac24c0000000               cmpq 0xc0(%rsp), %r13
   529: 0f85a9000000                   jne 0xa9
   52f: 483bb424c8000000               cmpq 0xc8(%rsp), %rsi
   537: 0f85b1000000                   jne 0xb1
   53d: 488b5118                       movq 0x18(%rcx), %rdx
   541: 4584d2                         testb %r10b, %r10b
   544: 0f84b9000000                   je 0xb9
   54a: 48896a30                       movq %rbp, 0x30(%rdx)
   54e: 488b5118                       movq 0x18(%rcx), %rdx
   552: 48897a38                       movq %rdi, 0x38(%rdx)
   556: 488b5118                       movq 0x18(%rcx), %rdx
   55a: 4584db                         testb %r11b, %r11b
   55d: 8b742438                       movl 0x38(%rsp), %esi
   561: 0f84a0000000                   je 0xa0
   567: 4c897a40                       movq %r15, 0x40(%rdx)
   56b: 488b5118                       movq 0x18(%rcx), %rdx
   56f: e993000000                     jmp 0x93
   574: 4989d5                         movq %rdx, %r13
   577: 488b5118                       movq 0x18(%rcx), %rdx
   57b: 4c892a                         movq %r13, (%rdx)
   57e: 483b9c24a8000000               cmpq 0xa8(%rsp), %rbx
   586: 0f846fffffff                   je -0x91
   58c: 488b5118                       movq 0x18(%rcx), %rdx
   590: 48895a08                       movq %rbx, 0x8(%rdx)
   594: 4c3b8424b0000000               cmpq 0xb0(%rsp), %r8
   59c: 0f8467ffffff                   je -0x99
   5a2: 488b5118                       movq 0x18(%rcx), %rdx
   5a6: 4c894210                       movq %r8, 0x10(%rdx)
   5aa: 4c8b6c2448                     movq 0x48(%rsp), %r13
   5af: 4c3bac24b8000000               cmpq 0xb8(%rsp), %r13
   5b7: 0f845fffffff                   je -0xa1
   5bd: 488b5118                       movq 0x18(%rcx), %rdx
   5c1: 4c896a18                       movq %r13, 0x18(%rdx)
   5c5: 4c8b6c2440                     movq 0x40(%rsp), %r13
   5ca: 4c3bac24c0000000               cmpq 0xc0(%rsp), %r13
   5d2: 0f8457ffffff                   je -0xa9
   5d8: 488b5118                       movq 0x18(%rcx), %rdx
   5dc: 4c896a20                       movq %r13, 0x20(%rdx)
   5e0: 483bb424c8000000               cmpq 0xc8(%rsp), %rsi
   5e8: 0f844fffffff                   je -0xb1
   5ee: 488b5118                       movq 0x18(%rcx), %rdx
   5f2: 48897228                       movq %rsi, 0x28(%rdx)
   5f6: 488b5118                       movq 0x18(%rcx), %rdx
   5fa: 4584d2                         testb %r10b, %r10b
   5fd: 0f8547ffffff                   jne -0xb9
   603: 8b742438                       movl 0x38(%rsp), %esi
   607: 4c01e2                         addq %r12, %rdx
   60a: 4c894c2428                     movq %r9, 0x28(%rsp)
   60f: 4889442420                     movq %rax, 0x20(%rsp)
   614: 4d89f0                         movq %r14, %r8
   617: 4189f1                         movl %esi, %r9d
   61a: e800000000                     callq 0x0
        # hole +0x61b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   61f: 4881c4e0000000                 addq $0xe0, %rsp
   626: 5d                             popq %rbp
   627: c3                             retq
   628: 4c895c2448                     movq %r11, 0x48(%rsp)
   62d: 4c89542440                     movq %r10, 0x40(%rsp)
   632: 488b0500000000                 movq (%rip), %rax
        # hole +0x635: IMAGE_REL_AMD64_REL32 Rel32 data+4
   639: 4883c008                       addq $0x8, %rax
   63d: 41bc48000000                   movl $0x48, %r12d
   643: 41b201                         movb $0x1, %r10b
   646: 41b950000000                   movl $0x50, %r9d
   64c: c744243801000000               movl $0x1, 0x38(%rsp)
   654: 4889df                         movq %rbx, %rdi
   657: 4d89f8                         movq %r15, %r8
   65a: 4889ea                         movq %rbp, %rdx
   65d: 41b301                         movb $0x1, %r11b
   660: e972feffff                     jmp -0x18e
   665: 4c895c2448                     movq %r11, 0x48(%rsp)
   66a: 4c89542440                     movq %r10, 0x40(%rsp)
   66f: 488b0500000000                 movq (%rip), %rax
        # hole +0x672: IMAGE_REL_AMD64_REL32 Rel32 data+4
   676: 4883c00a                       addq $0xa, %rax
   67a: 41bc40000000                   movl $0x40, %r12d
   680: 41b201                         movb $0x1, %r10b
   683: 41b964000000                   movl $0x64, %r9d
   689: c744243801000000               movl $0x1, 0x38(%rsp)
   691: 4531db                         xorl %r11d, %r11d
   694: 4d89f8                         movq %r15, %r8
   697: 4889ea                         movq %rbp, %rdx
   69a: e938feffff                     jmp -0x1c8
   69f: 488b0500000000                 movq (%rip), %rax
        # hole +0x6a2: IMAGE_REL_AMD64_REL32 Rel32 data+12
   6a6: 48ffc0                         incq %rax
   6a9: ba05000000                     movl $0x5, %edx
   6ae: 41ba0a000000                   movl $0xa, %r10d
   6b4: 41b901000000                   movl $0x1, %r9d
   6ba: eb4c                           jmp 0x4c
   6bc: 4c895c2448                     movq %r11, 0x48(%rsp)
   6c1: 4c89542440                     movq %r10, 0x40(%rsp)
   6c6: 488b0500000000                 movq (%rip), %rax
        # hole +0x6c9: IMAGE_REL_AMD64_REL32 Rel32 data+4
   6cd: 48ffc0                         incq %rax
   6d0: 41bc30000000                   movl $0x30, %r12d
   6d6: 41b90a000000                   movl $0xa, %r9d
   6dc: c744243801000000               movl $0x1, 0x38(%rsp)
   6e4: 4531d2                         xorl %r10d, %r10d
   6e7: e9e8fdffff                     jmp -0x218
   6ec: 488b0500000000                 movq (%rip), %rax
        # hole +0x6ef: IMAGE_REL_AMD64_REL32 Rel32 data+12
   6f3: 4883c002                       addq $0x2, %rax
   6f7: ba05000000                     movl $0x5, %edx
   6fc: 41ba14000000                   movl $0x14, %r10d
   702: 41b902000000                   movl $0x2, %r9d
   708: 31f6                           xorl %esi, %esi
   70a: 488b7c2450                     movq 0x50(%rsp), %rdi
   70f: 483bbc24a0000000               cmpq 0xa0(%rsp), %rdi
   717: 488b8c24d0000000               movq 0xd0(%rsp), %rcx
   71f: 7407                           je 0x7
   721: 4c8b4118                       movq 0x18(%rcx), %r8
   725: 498938                         movq %rdi, (%r8)
   728: 488b7c2458                     movq 0x58(%rsp), %rdi
   72d: 483bbc24a8000000               cmpq 0xa8(%rsp), %rdi
   735: 0f8598000000                   jne 0x98
   73b: 488b7c2460                     movq 0x60(%rsp), %rdi
   740: 483bbc24b0000000               cmpq 0xb0(%rsp), %rdi
   748: 0f85a0000000                   jne 0xa0
   74e: 488b7c2468                     movq 0x68(%rsp), %rdi
   753: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   75b: 0f85a8000000                   jne 0xa8
   761: 488b7c2470                     movq 0x70(%rsp), %rdi
   766: 483bbc24c0000000               cmpq 0xc0(%rsp), %rdi
   76e: 7408                           je 0x8
   770: 4c8b4118                       movq 0x18(%rcx), %r8
   774: 49897820                       movq %rdi, 0x20(%r8)
   778: 488b7c2478                     movq 0x78(%rsp), %rdi
   77d: 483bbc24c8000000               cmpq 0xc8(%rsp), %rdi
   785: 0f94c3                         sete %bl
   788: 4189f0                         movl %esi, %r8d
   78b: 4180f001                       xorb $0x1, %r8b
   78f: 4108d8                         orb %bl, %r8b
   792: 7508                           jne 0x8
   794: 4c8b4118                       movq 0x18(%rcx), %r8
   798: 49897828                       movq %rdi, 0x28(%r8)
   79c: 4084f6                         testb %sil, %sil
   79f: 7410                           je 0x10
   7a1: 488bb42480000000               movq 0x80(%rsp), %rsi
   7a9: 488b7918                       movq 0x18(%rcx), %rdi
   7ad: 48897730                       movq %rsi, 0x30(%rdi)
   7b1: c1e203                         shll $0x3, %edx
   7b4: 48035118                       addq 0x18(%rcx), %rdx
   7b8: 4c89542428                     movq %r10, 0x28(%rsp)
   7bd: 4889442420                     movq %rax, 0x20(%rsp)
   7c2: 4d89f0                         movq %r14, %r8
   7c5: e800000000                     callq 0x0
        # hole +0x7c6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   7ca: 4881c4e0000000                 addq $0xe0, %rsp
   7d1: 5d                             popq %rbp
   7d2: c3                             retq
   7d3: 4c8b4118                       movq 0x18(%rcx), %r8
   7d7: 49897808                       movq %rdi, 0x8(%r8)
   7db: 488b7c2460                     movq 0x60(%rsp), %rdi
   7e0: 483bbc24b0000000               cmpq 0xb0(%rsp), %rdi
   7e8: 0f8460ffffff                   je -0xa0
   7ee: 4c8b4118                       movq 0x18(%rcx), %r8
   7f2: 49897810                       movq %rdi, 0x10(%r8)
   7f6: 488b7c2468                     movq 0x68(%rsp), %rdi
   7fb: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   803: 0f8458ffffff                   je -0xa8
   809: 4c8b4118                       movq 0x18(%rcx), %r8
   80d: 49897818                       movq %rdi, 0x18(%r8)
   811: 488b7c2470                     movq 0x70(%rsp), %rdi
   816: 483bbc24c0000000               cmpq 0xc0(%rsp), %rdi
   81e: 0f854cffffff                   jne -0xb4
   824: e94fffffff                     jmp -0xb1
   829: 488b0500000000                 movq (%rip), %rax
        # hole +0x82c: IMAGE_REL_AMD64_REL32 Rel32 data+12
   830: 4883c007                       addq $0x7, %rax
   834: ba07000000                     movl $0x7, %edx
   839: 40b601                         movb $0x1, %sil
   83c: 41ba46000000                   movl $0x46, %r10d
   842: 41b901000000                   movl $0x1, %r9d
   848: 488b7c2450                     movq 0x50(%rsp), %rdi
   84d: 483bbc24a0000000               cmpq 0xa0(%rsp), %rdi
   855: 488b8c24d0000000               movq 0xd0(%rsp), %rcx
   85d: 0f85befeffff                   jne -0x142
   863: e9c0feffff                     jmp -0x140
   868: 4c895c2448                     movq %r11, 0x48(%rsp)
   86d: 4c89542440                     movq %r10, 0x40(%rsp)
   872: 488b0500000000                 movq (%rip), %rax
        # hole +0x875: IMAGE_REL_AMD64_REL32 Rel32 data+4
   879: e90bfcffff                     jmp -0x3f5
   87e: 4c895c2448                     movq %r11, 0x48(%rsp)
   883: 4c89542440                     movq %r10, 0x40(%rsp)
   888: 49c70601000000                 movq $0x1, (%r14)
   88f: 488b0500000000                 movq (%rip), %rax
        # hole +0x892: IMAGE_REL_AMD64_REL32 Rel32 data+4
   896: e918fcffff                     jmp -0x3e8
   89b: 488b0500000000                 movq (%rip), %rax
        # hole +0x89e: IMAGE_REL_AMD64_REL32 Rel32 data+12
   8a2: 4883c007                       addq $0x7, %rax
   8a6: ba05000000                     movl $0x5, %edx
   8ab: 41ba46000000                   movl $0x46, %r10d
   8b1: 41b903000000                   movl $0x3, %r9d
   8b7: e94cfeffff                     jmp -0x1b4
   8bc: 4c895c2448                     movq %r11, 0x48(%rsp)
   8c1: 4c89542440                     movq %r10, 0x40(%rsp)
   8c6: 488b0500000000                 movq (%rip), %rax
        # hole +0x8c9: IMAGE_REL_AMD64_REL32 Rel32 data+4
   8cd: 4883c008                       addq $0x8, %rax
   8d1: 41bc48000000                   movl $0x48, %r12d
   8d7: 41b201                         movb $0x1, %r10b
   8da: 41b950000000                   movl $0x50, %r9d
   8e0: c744243801000000               movl $0x1, 0x38(%rsp)
   8e8: 4889d5                         movq %rdx, %rbp
   8eb: 4889df                         movq %rbx, %rdi
   8ee: 4d89f8                         movq %r15, %r8
   8f1: 41b301                         movb $0x1, %r11b
   8f4: e9defbffff                     jmp -0x422
   8f9: 4c895c2448                     movq %r11, 0x48(%rsp)
   8fe: 4c89542440                     movq %r10, 0x40(%rsp)
   903: 488b0500000000                 movq (%rip), %rax
        # hole +0x906: IMAGE_REL_AMD64_REL32 Rel32 data+4
   90a: 4883c009                       addq $0x9, %rax
   90e: 41bc40000000                   movl $0x40, %r12d
   914: 41b201                         movb $0x1, %r10b
   917: 41b95a000000                   movl $0x5a, %r9d
   91d: eb24                           jmp 0x24
   91f: 4c895c2448                     movq %r11, 0x48(%rsp)
   924: 4c89542440                     movq %r10, 0x40(%rsp)
   929: 488b0500000000                 movq (%rip), %rax
        # hole +0x92c: IMAGE_REL_AMD64_REL32 Rel32 data+4
   930: 4883c00a                       addq $0xa, %rax
   934: 41bc40000000                   movl $0x40, %r12d
   93a: 41b201                         movb $0x1, %r10b
   93d: 41b964000000                   movl $0x64, %r9d
   943: c744243801000000               movl $0x1, 0x38(%rsp)
   94b: 4531db                         xorl %r11d, %r11d
   94e: 4889d5                         movq %rdx, %rbp
   951: 4d89f8                         movq %r15, %r8
   954: e97efbffff                     jmp -0x482
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[7]+0
        # hole data+0x8: GOT Abs64 index[11]+0
        # hole data+0x10: GOT Abs64 index[2]+0
