# stencil dot_product_float for x86_64-pc-windows-msvc: 2380 code bytes, 8 data bytes, 22 holes
     0: 55                             pushq %rbp
     1: 4883ec60                       subq $0x60, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b7820                       movq 0x20(%rax), %rdi
     e: 41b901000000                   movl $0x1, %r9d
    14: 41b801000000                   movl $0x1, %r8d
    1a: b90a000000                     movl $0xa, %ecx
    1f: ba28000000                     movl $0x28, %edx
    24: 40f6c701                       testb $0x1, %dil
    28: 0f85e3050000                   jne 0x5e3
    2e: 837f0804                       cmpl $0x4, 0x8(%rdi)
    32: 0f85d9050000                   jne 0x5d9
    38: 488b28                         movq (%rax), %rbp
    3b: 4c8b6808                       movq 0x8(%rax), %r13
    3f: 4c8b7810                       movq 0x10(%rax), %r15
    43: 488b7018                       movq 0x18(%rax), %rsi
    47: 488b4740                       movq 0x40(%rdi), %rax
    4b: 488b5f30                       movq 0x30(%rdi), %rbx
    4f: 488b4f38                       movq 0x38(%rdi), %rcx
    53: 4885c0                         testq %rax, %rax
    56: 7e1b                           jle 0x1b
    58: 4839cb                         cmpq %rcx, %rbx
    5b: 7c1b                           jl 0x1b
    5d: 41b902000000                   movl $0x2, %r9d
    63: 41b802000000                   movl $0x2, %r8d
    69: b914000000                     movl $0x14, %ecx
    6e: e99e050000                     jmp 0x59e
    73: 4839cb                         cmpq %rcx, %rbx
    76: 7ee5                           jle -0x1b
    78: 4801d8                         addq %rbx, %rax
    7b: 48894730                       movq %rax, 0x30(%rdi)
    7f: 40f6c601                       testb $0x1, %sil
    83: 750d                           jne 0xd
    85: 48ff0e                         decq (%rsi)
    88: 7508                           jne 0x8
    8a: 4889f1                         movq %rsi, %rcx
    8d: e800000000                     callq 0x0
        # hole +0x8e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    92: 41f6c701                       testb $0x1, %r15b
    96: 7503                           jne 0x3
    98: 49ff07                         incq (%r15)
    9b: 488d045d01000000               leaq 0x1(,%rbx,2), %rax
    a3: 41b901000000                   movl $0x1, %r9d
    a9: 41b808000000                   movl $0x8, %r8d
    af: b950000000                     movl $0x50, %ecx
    b4: b201                           movb $0x1, %dl
    b6: 89542430                       movl %edx, 0x30(%rsp)
    ba: ba40000000                     movl $0x40, %edx
    bf: 40f6c501                       testb $0x1, %bpl
    c3: 755b                           jne 0x5b
    c5: 4889442438                     movq %rax, 0x38(%rsp)
    ca: 48ff4500                       incq (%rbp)
    ce: 837d0803                       cmpl $0x3, 0x8(%rbp)
    d2: 0f85ee050000                   jne 0x5ee
    d8: 4801db                         addq %rbx, %rbx
    db: 48d1fb                         sarq %rbx
    de: 0f88e2050000                   js 0x5e2
    e4: 4c897c2440                     movq %r15, 0x40(%rsp)
    e9: 483b5d30                       cmpq 0x30(%rbp), %rbx
    ed: 0f8d44060000                   jge 0x644
    f3: 488b4540                       movq 0x40(%rbp), %rax
    f7: 4c8b3cd8                       movq (%rax,%rbx,8), %r15
    fb: 41f6c701                       testb $0x1, %r15b
    ff: 753a                           jne 0x3a
   101: 49ff07                         incq (%r15)
   104: 48ff4d00                       decq (%rbp)
   108: 7437                           je 0x37
   10a: 41b80b000000                   movl $0xb, %r8d
   110: b96e000000                     movl $0x6e, %ecx
   115: 41f6c501                       testb $0x1, %r13b
   119: 744a                           je 0x4a
   11b: e982000000                     jmp 0x82
   120: 4531d2                         xorl %r10d, %r10d
   123: 41b301                         movb $0x1, %r11b
   126: 40b701                         movb $0x1, %dil
   129: 897c2434                       movl %edi, 0x34(%rsp)
   12d: 4989c5                         movq %rax, %r13
   130: 4889c3                         movq %rax, %rbx
   133: 4889c7                         movq %rax, %rdi
   136: e987040000                     jmp 0x487
   13b: 48ff4d00                       decq (%rbp)
   13f: 75c9                           jne -0x37
   141: 4889e9                         movq %rbp, %rcx
   144: e800000000                     callq 0x0
        # hole +0x145: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   149: ba40000000                     movl $0x40, %edx
   14e: 41b901000000                   movl $0x1, %r9d
   154: 41b80b000000                   movl $0xb, %r8d
   15a: b96e000000                     movl $0x6e, %ecx
   15f: 41f6c501                       testb $0x1, %r13b
   163: 753d                           jne 0x3d
   165: 49ff4500                       incq (%r13)
   169: 41837d0803                     cmpl $0x3, 0x8(%r13)
   16e: 7532                           jne 0x32
   170: 493b5d30                       cmpq 0x30(%r13), %rbx
   174: 7d2c                           jge 0x2c
   176: 498b4540                       movq 0x40(%r13), %rax
   17a: 488b1cd8                       movq (%rax,%rbx,8), %rbx
   17e: f6c301                         testb $0x1, %bl
   181: 7535                           jne 0x35
   183: 48ff03                         incq (%rbx)
   186: 49ff4d00                       decq (%r13)
   18a: 7432                           je 0x32
   18c: 41b80c000000                   movl $0xc, %r8d
   192: b978000000                     movl $0x78, %ecx
   197: 41f6c701                       testb $0x1, %r15b
   19b: 7449                           je 0x49
   19d: e901040000                     jmp 0x401
   1a2: 4531db                         xorl %r11d, %r11d
   1a5: ba48000000                     movl $0x48, %edx
   1aa: 4531d2                         xorl %r10d, %r10d
   1ad: b001                           movb $0x1, %al
   1af: 89442434                       movl %eax, 0x34(%rsp)
   1b3: e9fa030000                     jmp 0x3fa
   1b8: 49ff4d00                       decq (%r13)
   1bc: 75ce                           jne -0x32
   1be: 4c89e9                         movq %r13, %rcx
   1c1: e800000000                     callq 0x0
        # hole +0x1c2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1c6: ba40000000                     movl $0x40, %edx
   1cb: 41b901000000                   movl $0x1, %r9d
   1d1: 41b80c000000                   movl $0xc, %r8d
   1d7: b978000000                     movl $0x78, %ecx
   1dc: 41f6c701                       testb $0x1, %r15b
   1e0: 0f85bd030000                   jne 0x3bd
   1e6: 41837f0802                     cmpl $0x2, 0x8(%r15)
   1eb: 0f85b2030000                   jne 0x3b2
   1f1: f6c301                         testb $0x1, %bl
   1f4: 0f85a9030000                   jne 0x3a9
   1fa: 837b0802                       cmpl $0x2, 0x8(%rbx)
   1fe: 0f859f030000                   jne 0x39f
   204: f2410f107730                   movsd 0x30(%r15), %xmm6
   20a: f20f597330                     mulsd 0x30(%rbx), %xmm6
   20f: 49ff0f                         decq (%r15)
   212: 7508                           jne 0x8
   214: 4c89f9                         movq %r15, %rcx
   217: e800000000                     callq 0x0
        # hole +0x218: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   21c: 48ff0b                         decq (%rbx)
   21f: 7508                           jne 0x8
   221: 4889d9                         movq %rbx, %rcx
   224: e800000000                     callq 0x0
        # hole +0x225: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   229: 4c89f1                         movq %r14, %rcx
   22c: 660f28ce                       movapd %xmm6, %xmm1
   230: e800000000                     callq 0x0
        # hole +0x231: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   235: 4885c0                         testq %rax, %rax
   238: 0f8435050000                   je 0x535
   23e: 41b80e000000                   movl $0xe, %r8d
   244: b98c000000                     movl $0x8c, %ecx
   249: ba38000000                     movl $0x38, %edx
   24e: 4c8b7c2440                     movq 0x40(%rsp), %r15
   253: 41f6c701                       testb $0x1, %r15b
   257: 41b901000000                   movl $0x1, %r9d
   25d: 0f85d8030000                   jne 0x3d8
   263: 4531db                         xorl %r11d, %r11d
   266: 41837f0802                     cmpl $0x2, 0x8(%r15)
   26b: 0f850b040000                   jne 0x40b
   271: 48895c2450                     movq %rbx, 0x50(%rsp)
   276: 89c3                           movl %eax, %ebx
   278: 83e301                         andl $0x1, %ebx
   27b: 0f85e2030000                   jne 0x3e2
   281: 83780802                       cmpl $0x2, 0x8(%rax)
   285: 488b5c2450                     movq 0x50(%rsp), %rbx
   28a: 0f85ab030000                   jne 0x3ab
   290: f2410f107730                   movsd 0x30(%r15), %xmm6
   296: f20f587030                     addsd 0x30(%rax), %xmm6
   29b: 49ff0f                         decq (%r15)
   29e: 750e                           jne 0xe
   2a0: 4c89f9                         movq %r15, %rcx
   2a3: 4889c3                         movq %rax, %rbx
   2a6: e800000000                     callq 0x0
        # hole +0x2a7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2ab: 4889d8                         movq %rbx, %rax
   2ae: 4889442448                     movq %rax, 0x48(%rsp)
   2b3: 48ff08                         decq (%rax)
   2b6: 750a                           jne 0xa
   2b8: 488b4c2448                     movq 0x48(%rsp), %rcx
   2bd: e800000000                     callq 0x0
        # hole +0x2be: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2c2: 4c89f1                         movq %r14, %rcx
   2c5: 660f28ce                       movapd %xmm6, %xmm1
   2c9: e800000000                     callq 0x0
        # hole +0x2ca: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   2ce: 4889442458                     movq %rax, 0x58(%rsp)
   2d3: 4885c0                         testq %rax, %rax
   2d6: 0f84fb040000                   je 0x4fb
   2dc: 49ff0f                         decq (%r15)
   2df: 7508                           jne 0x8
   2e1: 4c89f9                         movq %r15, %rcx
   2e4: e800000000                     callq 0x0
        # hole +0x2e5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2e9: 498b4608                       movq 0x8(%r14), %rax
   2ed: 48ffc0                         incq %rax
   2f0: 49894608                       movq %rax, 0x8(%r14)
   2f4: 493b4610                       cmpq 0x10(%r14), %rax
   2f8: 488b442448                     movq 0x48(%rsp), %rax
   2fd: 0f8d82030000                   jge 0x382
   303: ba28000000                     movl $0x28, %edx
   308: b9aa000000                     movl $0xaa, %ecx
   30d: 41b811000000                   movl $0x11, %r8d
   313: 41b902000000                   movl $0x2, %r9d
   319: 49833e00                       cmpq $0x0, (%r14)
   31d: 0f8591030000                   jne 0x391
   323: 837f0804                       cmpl $0x4, 0x8(%rdi)
   327: 0f85b5030000                   jne 0x3b5
   32d: 4c8b7f30                       movq 0x30(%rdi), %r15
   331: 488b4740                       movq 0x40(%rdi), %rax
   335: 4885c0                         testq %rax, %rax
   338: 7e0b                           jle 0xb
   33a: 4c3b7f38                       cmpq 0x38(%rdi), %r15
   33e: 7c0f                           jl 0xf
   340: e9c0040000                     jmp 0x4c0
   345: 4c3b7f38                       cmpq 0x38(%rdi), %r15
   349: 0f8eb6040000                   jle 0x4b6
   34f: 4c01f8                         addq %r15, %rax
   352: 48894730                       movq %rax, 0x30(%rdi)
   356: f644245801                     testb $0x1, 0x58(%rsp)
   35b: 7508                           jne 0x8
   35d: 488b442458                     movq 0x58(%rsp), %rax
   362: 48ff00                         incq (%rax)
   365: 4a8d1c7d01000000               leaq 0x1(,%r15,2), %rbx
   36d: 48ff4500                       incq (%rbp)
   371: b001                           movb $0x1, %al
   373: 89442434                       movl %eax, 0x34(%rsp)
   377: b950000000                     movl $0x50, %ecx
   37c: 41b808000000                   movl $0x8, %r8d
   382: 837d0803                       cmpl $0x3, 0x8(%rbp)
   386: 0f85bd040000                   jne 0x4bd
   38c: 4d01ff                         addq %r15, %r15
   38f: 49d1ff                         sarq %r15
   392: 0f88b1040000                   js 0x4b1
   398: 4c3b7d30                       cmpq 0x30(%rbp), %r15
   39c: 0f8da7040000                   jge 0x4a7
   3a2: 488b4540                       movq 0x40(%rbp), %rax
   3a6: 4a8b04f8                       movq (%rax,%r15,8), %rax
   3aa: a801                           testb $0x1, %al
   3ac: 7503                           jne 0x3
   3ae: 48ff00                         incq (%rax)
   3b1: 4889442438                     movq %rax, 0x38(%rsp)
   3b6: 48ff4d00                       decq (%rbp)
   3ba: 7508                           jne 0x8
   3bc: 4889e9                         movq %rbp, %rcx
   3bf: e800000000                     callq 0x0
        # hole +0x3c0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3c4: 49ff4500                       incq (%r13)
   3c8: b96e000000                     movl $0x6e, %ecx
   3cd: 41b80b000000                   movl $0xb, %r8d
   3d3: 41837d0803                     cmpl $0x3, 0x8(%r13)
   3d8: 0f8599040000                   jne 0x499
   3de: 4d3b7d30                       cmpq 0x30(%r13), %r15
   3e2: 0f8d8f040000                   jge 0x48f
   3e8: 498b4540                       movq 0x40(%r13), %rax
   3ec: 4a8b04f8                       movq (%rax,%r15,8), %rax
   3f0: 4889442450                     movq %rax, 0x50(%rsp)
   3f5: a801                           testb $0x1, %al
   3f7: 7508                           jne 0x8
   3f9: 488b442450                     movq 0x50(%rsp), %rax
   3fe: 48ff00                         incq (%rax)
   401: 49ff4d00                       decq (%r13)
   405: 7508                           jne 0x8
   407: 4c89e9                         movq %r13, %rcx
   40a: e800000000                     callq 0x0
        # hole +0x40b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   40f: b978000000                     movl $0x78, %ecx
   414: 41b80c000000                   movl $0xc, %r8d
   41a: 488b442438                     movq 0x38(%rsp), %rax
   41f: a801                           testb $0x1, %al
   421: 0f85fe030000                   jne 0x3fe
   427: 83780802                       cmpl $0x2, 0x8(%rax)
   42b: 0f8571030000                   jne 0x371
   431: 488b442450                     movq 0x50(%rsp), %rax
   436: a801                           testb $0x1, %al
   438: 0f8564030000                   jne 0x364
   43e: 83780802                       cmpl $0x2, 0x8(%rax)
   442: 0f855a030000                   jne 0x35a
   448: 488b4c2438                     movq 0x38(%rsp), %rcx
   44d: f20f107130                     movsd 0x30(%rcx), %xmm6
   452: f20f597030                     mulsd 0x30(%rax), %xmm6
   457: 48ff09                         decq (%rcx)
   45a: 750a                           jne 0xa
   45c: 488b4c2438                     movq 0x38(%rsp), %rcx
   461: e800000000                     callq 0x0
        # hole +0x462: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   466: 488b442450                     movq 0x50(%rsp), %rax
   46b: 48ff08                         decq (%rax)
   46e: 750a                           jne 0xa
   470: 488b4c2450                     movq 0x50(%rsp), %rcx
   475: e800000000                     callq 0x0
        # hole +0x476: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   47a: 4c89f1                         movq %r14, %rcx
   47d: 660f28ce                       movapd %xmm6, %xmm1
   481: e800000000                     callq 0x0
        # hole +0x482: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   486: b101                           movb $0x1, %cl
   488: 894c2434                       movl %ecx, 0x34(%rsp)
   48c: 4889442448                     movq %rax, 0x48(%rsp)
   491: 4885c0                         testq %rax, %rax
   494: 0f845b040000                   je 0x45b
   49a: b98c000000                     movl $0x8c, %ecx
   49f: 41b80e000000                   movl $0xe, %r8d
   4a5: 488b442458                     movq 0x58(%rsp), %rax
   4aa: a801                           testb $0x1, %al
   4ac: 0f85fa020000                   jne 0x2fa
   4b2: 4531d2                         xorl %r10d, %r10d
   4b5: 83780802                       cmpl $0x2, 0x8(%rax)
   4b9: 0f85f0020000                   jne 0x2f0
   4bf: 488b442448                     movq 0x48(%rsp), %rax
   4c4: 89c2                           movl %eax, %edx
   4c6: 83e201                         andl $0x1, %edx
   4c9: 0f8584020000                   jne 0x284
   4cf: 83780802                       cmpl $0x2, 0x8(%rax)
   4d3: 0f85d3020000                   jne 0x2d3
   4d9: 488b4c2458                     movq 0x58(%rsp), %rcx
   4de: f20f107130                     movsd 0x30(%rcx), %xmm6
   4e3: 488b442448                     movq 0x48(%rsp), %rax
   4e8: f20f587030                     addsd 0x30(%rax), %xmm6
   4ed: 48ff09                         decq (%rcx)
   4f0: 750a                           jne 0xa
   4f2: 488b4c2458                     movq 0x58(%rsp), %rcx
   4f7: e800000000                     callq 0x0
        # hole +0x4f8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4fc: 488b442448                     movq 0x48(%rsp), %rax
   501: 48ff08                         decq (%rax)
   504: 750a                           jne 0xa
   506: 488b4c2448                     movq 0x48(%rsp), %rcx
   50b: e800000000                     callq 0x0
        # hole +0x50c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   510: 4c89f1                         movq %r14, %rcx
   513: 660f28ce                       movapd %xmm6, %xmm1
   517: e800000000                     callq 0x0
        # hole +0x518: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   51c: 4885c0                         testq %rax, %rax
   51f: 0f8406040000                   je 0x406
   525: 4989c7                         movq %rax, %r15
   528: 488b442458                     movq 0x58(%rsp), %rax
   52d: 48ff08                         decq (%rax)
   530: 750a                           jne 0xa
   532: 488b4c2458                     movq 0x58(%rsp), %rcx
   537: e800000000                     callq 0x0
        # hole +0x538: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   53c: 498b4608                       movq 0x8(%r14), %rax
   540: 48ffc0                         incq %rax
   543: 49894608                       movq %rax, 0x8(%r14)
   547: 493b4610                       cmpq 0x10(%r14), %rax
   54b: 0f8d54030000                   jge 0x354
   551: 49833e00                       cmpq $0x0, (%r14)
   555: 0f8561030000                   jne 0x361
   55b: c744243400000000               movl $0x0, 0x34(%rsp)
   563: 837f0804                       cmpl $0x4, 0x8(%rdi)
   567: 48895c2438                     movq %rbx, 0x38(%rsp)
   56c: 4c897c2458                     movq %r15, 0x58(%rsp)
   571: 0f84b6fdffff                   je -0x24a
   577: 4c897c2458                     movq %r15, 0x58(%rsp)
   57c: 4889df                         movq %rbx, %rdi
   57f: 41b901000000                   movl $0x1, %r9d
   585: 41b801000000                   movl $0x1, %r8d
   58b: b90a000000                     movl $0xa, %ecx
   590: 4531d2                         xorl %r10d, %r10d
   593: c744243000000000               movl $0x0, 0x30(%rsp)
   59b: 4531db                         xorl %r11d, %r11d
   59e: e948030000                     jmp 0x348
   5a3: 4531d2                         xorl %r10d, %r10d
   5a6: 41b301                         movb $0x1, %r11b
   5a9: b001                           movb $0x1, %al
   5ab: 89442434                       movl %eax, 0x34(%rsp)
   5af: 4989dd                         movq %rbx, %r13
   5b2: 488b7c2438                     movq 0x38(%rsp), %rdi
   5b7: 4889fb                         movq %rdi, %rbx
   5ba: 4c89fd                         movq %r15, %rbp
   5bd: 4c8b7c2440                     movq 0x40(%rsp), %r15
   5c2: 4839f3                         cmpq %rsi, %rbx
   5c5: 7409                           je 0x9
   5c7: 498b442418                     movq 0x18(%r12), %rax
   5cc: 48895818                       movq %rbx, 0x18(%rax)
   5d0: 807c243400                     cmpb $0x0, 0x34(%rsp)
   5d5: 743a                           je 0x3a
   5d7: 498b442418                     movq 0x18(%r12), %rax
   5dc: 4c897828                       movq %r15, 0x28(%rax)
   5e0: 4584d2                         testb %r10b, %r10b
   5e3: 752c                           jne 0x2c
   5e5: 498b442418                     movq 0x18(%r12), %rax
   5ea: 48896830                       movq %rbp, 0x30(%rax)
   5ee: 807c243000                     cmpb $0x0, 0x30(%rsp)
   5f3: 741c                           je 0x1c
   5f5: 498b442418                     movq 0x18(%r12), %rax
   5fa: 4c896838                       movq %r13, 0x38(%rax)
   5fe: b840000000                     movl $0x40, %eax
   603: 4584db                         testb %r11b, %r11b
   606: 7509                           jne 0x9
   608: 498b742418                     movq 0x18(%r12), %rsi
   60d: 48893c06                       movq %rdi, (%rsi,%rax)
   611: 4903542418                     addq 0x18(%r12), %rdx
   616: 488b0500000000                 movq (%rip), %rax
        # hole +0x619: IMAGE_REL_AMD64_REL32 Rel32 data-4
   61d: 4c01c0                         addq %r8, %rax
   620: 48894c2428                     movq %rcx, 0x28(%rsp)
   625: 4889442420                     movq %rax, 0x20(%rsp)
   62a: 4c89e1                         movq %r12, %rcx
   62d: 4d89f0                         movq %r14, %r8
   630: e800000000                     callq 0x0
        # hole +0x631: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   635: 4883c460                       addq $0x60, %rsp
   639: 5d                             popq %rbp
   63a: c3                             retq
   63b: 40b701                         movb $0x1, %dil
   63e: 897c2434                       movl %edi, 0x34(%rsp)
   642: 4531db                         xorl %r11d, %r11d
   645: c744243000000000               movl $0x0, 0x30(%rsp)
   64d: 4531d2                         xorl %r10d, %r10d
   650: 4989dd                         movq %rbx, %r13
   653: 488b7c2438                     movq 0x38(%rsp), %rdi
   658: 4889fb                         movq %rdi, %rbx
   65b: 4889c5                         movq %rax, %rbp
   65e: e95fffffff                     jmp -0xa1
   663: 40b701                         movb $0x1, %dil
   666: 897c2434                       movl %edi, 0x34(%rsp)
   66a: c744243000000000               movl $0x0, 0x30(%rsp)
   672: 4531d2                         xorl %r10d, %r10d
   675: 4c8b6c2450                     movq 0x50(%rsp), %r13
   67a: ebd7                           jmp -0x29
   67c: 40b701                         movb $0x1, %dil
   67f: 897c2434                       movl %edi, 0x34(%rsp)
   683: ebc0                           jmp -0x40
   685: 488b7c2438                     movq 0x38(%rsp), %rdi
   68a: 4889fb                         movq %rdi, %rbx
   68d: 49c70601000000                 movq $0x1, (%r14)
   694: ba28000000                     movl $0x28, %edx
   699: b9aa000000                     movl $0xaa, %ecx
   69e: 41b811000000                   movl $0x11, %r8d
   6a4: 41b902000000                   movl $0x2, %r9d
   6aa: c744243400000000               movl $0x0, 0x34(%rsp)
   6b2: eb4f                           jmp 0x4f
   6b4: c744243400000000               movl $0x0, 0x34(%rsp)
   6bc: 488b7c2438                     movq 0x38(%rsp), %rdi
   6c1: 4889fb                         movq %rdi, %rbx
   6c4: eb3d                           jmp 0x3d
   6c6: 4531d2                         xorl %r10d, %r10d
   6c9: 41b301                         movb $0x1, %r11b
   6cc: b001                           movb $0x1, %al
   6ce: 89442434                       movl %eax, 0x34(%rsp)
   6d2: 488b7c2438                     movq 0x38(%rsp), %rdi
   6d7: 4989fd                         movq %rdi, %r13
   6da: 4889fb                         movq %rdi, %rbx
   6dd: e9e0feffff                     jmp -0x120
   6e2: c744243400000000               movl $0x0, 0x34(%rsp)
   6ea: 488b7c2438                     movq 0x38(%rsp), %rdi
   6ef: 4889fb                         movq %rdi, %rbx
   6f2: 41b901000000                   movl $0x1, %r9d
   6f8: 41b801000000                   movl $0x1, %r8d
   6fe: b90a000000                     movl $0xa, %ecx
   703: 4531d2                         xorl %r10d, %r10d
   706: c744243000000000               movl $0x0, 0x30(%rsp)
   70e: 4531db                         xorl %r11d, %r11d
   711: 4c8b6c2458                     movq 0x58(%rsp), %r13
   716: 4d39fd                         cmpq %r15, %r13
   719: 4d89ef                         movq %r13, %r15
   71c: 740f                           je 0xf
   71e: 4989fd                         movq %rdi, %r13
   721: 498b7c2418                     movq 0x18(%r12), %rdi
   726: 4c897f10                       movq %r15, 0x10(%rdi)
   72a: 4c89ef                         movq %r13, %rdi
   72d: 4c8b6c2450                     movq 0x50(%rsp), %r13
   732: e924ffffff                     jmp -0xdc
   737: 4531d2                         xorl %r10d, %r10d
   73a: 41b301                         movb $0x1, %r11b
   73d: b001                           movb $0x1, %al
   73f: 89442434                       movl %eax, 0x34(%rsp)
   743: 488b7c2438                     movq 0x38(%rsp), %rdi
   748: 4989fd                         movq %rdi, %r13
   74b: 4889fb                         movq %rdi, %rbx
   74e: e96afeffff                     jmp -0x196
   753: 4889df                         movq %rbx, %rdi
   756: 41b901000000                   movl $0x1, %r9d
   75c: c744243000000000               movl $0x0, 0x30(%rsp)
   764: 4531db                         xorl %r11d, %r11d
   767: ba38000000                     movl $0x38, %edx
   76c: 4c8b7c2440                     movq 0x40(%rsp), %r15
   771: eb9e                           jmp -0x62
   773: b001                           movb $0x1, %al
   775: 89442434                       movl %eax, 0x34(%rsp)
   779: 41b903000000                   movl $0x3, %r9d
   77f: 41b80d000000                   movl $0xd, %r8d
   785: b982000000                     movl $0x82, %ecx
   78a: ba30000000                     movl $0x30, %edx
   78f: 4531db                         xorl %r11d, %r11d
   792: c744243000000000               movl $0x0, 0x30(%rsp)
   79a: 41b201                         movb $0x1, %r10b
   79d: e90dfeffff                     jmp -0x1f3
   7a2: 4531d2                         xorl %r10d, %r10d
   7a5: 488b442438                     movq 0x38(%rsp), %rax
   7aa: eb7c                           jmp 0x7c
   7ac: 4531d2                         xorl %r10d, %r10d
   7af: 4889df                         movq %rbx, %rdi
   7b2: 41b901000000                   movl $0x1, %r9d
   7b8: c744243000000000               movl $0x0, 0x30(%rsp)
   7c0: 4531db                         xorl %r11d, %r11d
   7c3: ba38000000                     movl $0x38, %edx
   7c8: 488b442448                     movq 0x48(%rsp), %rax
   7cd: 4c8b7c2440                     movq 0x40(%rsp), %r15
   7d2: e93affffff                     jmp -0xc6
   7d7: b818000000                     movl $0x18, %eax
   7dc: 41b903000000                   movl $0x3, %r9d
   7e2: 41b80f000000                   movl $0xf, %r8d
   7e8: b996000000                     movl $0x96, %ecx
   7ed: ba28000000                     movl $0x28, %edx
   7f2: 488b7c2438                     movq 0x38(%rsp), %rdi
   7f7: 4839f7                         cmpq %rsi, %rdi
   7fa: 0f8508feffff                   jne -0x1f8
   800: e90cfeffff                     jmp -0x1f4
   805: b914000000                     movl $0x14, %ecx
   80a: 41b802000000                   movl $0x2, %r8d
   810: c744243400000000               movl $0x0, 0x34(%rsp)
   818: 488b7c2438                     movq 0x38(%rsp), %rdi
   81d: 4889fb                         movq %rdi, %rbx
   820: e9b2000000                     jmp 0xb2
   825: 4531d2                         xorl %r10d, %r10d
   828: 4889df                         movq %rbx, %rdi
   82b: 41b901000000                   movl $0x1, %r9d
   831: b201                           movb $0x1, %dl
   833: 89542430                       movl %edx, 0x30(%rsp)
   837: 41b301                         movb $0x1, %r11b
   83a: ba40000000                     movl $0x40, %edx
   83f: 4c8b7c2440                     movq 0x40(%rsp), %r15
   844: e9c8feffff                     jmp -0x138
   849: 4531d2                         xorl %r10d, %r10d
   84c: 4889e8                         movq %rbp, %rax
   84f: 48895c2450                     movq %rbx, 0x50(%rsp)
   854: 41b901000000                   movl $0x1, %r9d
   85a: b201                           movb $0x1, %dl
   85c: 89542430                       movl %edx, 0x30(%rsp)
   860: 41b301                         movb $0x1, %r11b
   863: ba40000000                     movl $0x40, %edx
   868: 4c8b7c2440                     movq 0x40(%rsp), %r15
   86d: 488b7c2438                     movq 0x38(%rsp), %rdi
   872: e99afeffff                     jmp -0x166
   877: 4531d2                         xorl %r10d, %r10d
   87a: 488b442438                     movq 0x38(%rsp), %rax
   87f: 4c896c2450                     movq %r13, 0x50(%rsp)
   884: 4889df                         movq %rbx, %rdi
   887: 41b901000000                   movl $0x1, %r9d
   88d: b201                           movb $0x1, %dl
   88f: 89542430                       movl %edx, 0x30(%rsp)
   893: 4531db                         xorl %r11d, %r11d
   896: ba48000000                     movl $0x48, %edx
   89b: 4c8b7c2440                     movq 0x40(%rsp), %r15
   8a0: e96cfeffff                     jmp -0x194
   8a5: 4c897c2458                     movq %r15, 0x58(%rsp)
   8aa: 4889df                         movq %rbx, %rdi
   8ad: 488b442448                     movq 0x48(%rsp), %rax
   8b2: 4c8b7c2440                     movq 0x40(%rsp), %r15
   8b7: e9d1fdffff                     jmp -0x22f
   8bc: c744243400000000               movl $0x0, 0x34(%rsp)
   8c4: 4c897c2458                     movq %r15, 0x58(%rsp)
   8c9: 4889df                         movq %rbx, %rdi
   8cc: 41b811000000                   movl $0x11, %r8d
   8d2: b9aa000000                     movl $0xaa, %ecx
   8d7: 4531d2                         xorl %r10d, %r10d
   8da: c744243000000000               movl $0x0, 0x30(%rsp)
   8e2: 4531db                         xorl %r11d, %r11d
   8e5: 41b902000000                   movl $0x2, %r9d
   8eb: ba28000000                     movl $0x28, %edx
   8f0: e9d3feffff                     jmp -0x12d
   8f5: ba30000000                     movl $0x30, %edx
   8fa: b982000000                     movl $0x82, %ecx
   8ff: 41b80d000000                   movl $0xd, %r8d
   905: c744243000000000               movl $0x0, 0x30(%rsp)
   90d: 488b442438                     movq 0x38(%rsp), %rax
   912: 4889df                         movq %rbx, %rdi
   915: 41b903000000                   movl $0x3, %r9d
   91b: 41b201                         movb $0x1, %r10b
   91e: 4531db                         xorl %r11d, %r11d
   921: 4c8b7c2440                     movq 0x40(%rsp), %r15
   926: e9e6fdffff                     jmp -0x21a
   92b: b996000000                     movl $0x96, %ecx
   930: 41b80f000000                   movl $0xf, %r8d
   936: c744243400000000               movl $0x0, 0x34(%rsp)
   93e: 4889df                         movq %rbx, %rdi
   941: 41b903000000                   movl $0x3, %r9d
   947: e944fcffff                     jmp -0x3bc
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
