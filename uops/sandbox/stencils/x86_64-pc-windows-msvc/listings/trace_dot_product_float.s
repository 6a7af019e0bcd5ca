# stencil dot_product_float for x86_64-pc-windows-msvc: 1028 code bytes, 8 data bytes, 21 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498d5d08                       leaq 0x8(%r13), %rbx
     8: 4d8d7d10                       leaq 0x10(%r13), %r15
     c: 498d7518                       leaq 0x18(%r13), %rsi
    10: 498b45f8                       movq -0x8(%r13), %rax
    14: a801                           testb $0x1, %al
    16: 0f855b030000                   jne 0x35b
    1c: 83780804                       cmpl $0x4, 0x8(%rax)
    20: 0f8551030000                   jne 0x351
    26: 488b4840                       movq 0x40(%rax), %rcx
    2a: 488b5030                       movq 0x30(%rax), %rdx
    2e: 488b7838                       movq 0x38(%rax), %rdi
    32: 4885c9                         testq %rcx, %rcx
    35: 7e19                           jle 0x19
    37: 4839fa                         cmpq %rdi, %rdx
    3a: 7c1d                           jl 0x1d
    3c: e950030000                     jmp 0x350
    41: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
    50: 4839fa                         cmpq %rdi, %rdx
    53: 0f8e38030000                   jle 0x338
    59: 4801d1                         addq %rdx, %rcx
    5c: 48894830                       movq %rcx, 0x30(%rax)
    60: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    68: 49894500                       movq %rax, (%r13)
    6c: 498b542418                     movq 0x18(%r12), %rdx
    71: 488b4a18                       movq 0x18(%rdx), %rcx
    75: 48894218                       movq %rax, 0x18(%rdx)
    79: f6c101                         testb $0x1, %cl
    7c: 7509                           jne 0x9
    7e: 48ff09                         decq (%rcx)
    81: 0f841d020000                   je 0x21d
    87: 498b442418                     movq 0x18(%r12), %rax
    8c: 488b4010                       movq 0x10(%rax), %rax
    90: a801                           testb $0x1, %al
    92: 7503                           jne 0x3
    94: 48ff00                         incq (%rax)
    97: 49894500                       movq %rax, (%r13)
    9b: 498b442418                     movq 0x18(%r12), %rax
    a0: 488b08                         movq (%rax), %rcx
    a3: f6c101                         testb $0x1, %cl
    a6: 7503                           jne 0x3
    a8: 48ff01                         incq (%rcx)
    ab: 48890b                         movq %rcx, (%rbx)
    ae: 498b442418                     movq 0x18(%r12), %rax
    b3: 488b4018                       movq 0x18(%rax), %rax
    b7: a801                           testb $0x1, %al
    b9: 7506                           jne 0x6
    bb: 48ff00                         incq (%rax)
    be: 488b0b                         movq (%rbx), %rcx
    c1: 498907                         movq %rax, (%r15)
    c4: f6c101                         testb $0x1, %cl
    c7: 0f857c020000                   jne 0x27c
    cd: a801                           testb $0x1, %al
    cf: 0f8474020000                   je 0x274
    d5: 83790803                       cmpl $0x3, 0x8(%rcx)
    d9: 0f856a020000                   jne 0x26a
    df: 48d1f8                         sarq %rax
    e2: 0f8861020000                   js 0x261
    e8: 483b4130                       cmpq 0x30(%rcx), %rax
    ec: 0f8d57020000                   jge 0x257
    f2: 488b5140                       movq 0x40(%rcx), %rdx
    f6: 488b3cc2                       movq (%rdx,%rax,8), %rdi
    fa: 40f6c701                       testb $0x1, %dil
    fe: 7503                           jne 0x3
   100: 48ff07                         incq (%rdi)
   103: 48ff09                         decq (%rcx)
   106: 7505                           jne 0x5
   108: e800000000                     callq 0x0
        # hole +0x109: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   10d: 48893b                         movq %rdi, (%rbx)
   110: 498b442418                     movq 0x18(%r12), %rax
   115: 488b4808                       movq 0x8(%rax), %rcx
   119: f6c101                         testb $0x1, %cl
   11c: 7503                           jne 0x3
   11e: 48ff01                         incq (%rcx)
   121: 49890f                         movq %rcx, (%r15)
   124: 498b442418                     movq 0x18(%r12), %rax
   129: 488b4018                       movq 0x18(%rax), %rax
   12d: a801                           testb $0x1, %al
   12f: 7506                           jne 0x6
   131: 48ff00                         incq (%rax)
   134: 498b0f                         movq (%r15), %rcx
   137: 488906                         movq %rax, (%rsi)
   13a: f6c101                         testb $0x1, %cl
   13d: 0f851e020000                   jne 0x21e
   143: a801                           testb $0x1, %al
   145: 0f8416020000                   je 0x216
   14b: 83790803                       cmpl $0x3, 0x8(%rcx)
   14f: 0f850c020000                   jne 0x20c
   155: 48d1f8                         sarq %rax
   158: 0f8803020000                   js 0x203
   15e: 483b4130                       cmpq 0x30(%rcx), %rax
   162: 0f8df9010000                   jge 0x1f9
   168: 488b5140                       movq 0x40(%rcx), %rdx
   16c: 488b3cc2                       movq (%rdx,%rax,8), %rdi
   170: 40f6c701                       testb $0x1, %dil
   174: 741a                           je 0x1a
   176: 48ff09                         decq (%rcx)
   179: 741d                           je 0x1d
   17b: 49893f                         movq %rdi, (%r15)
   17e: 488b0b                         movq (%rbx), %rcx
   181: f6c101                         testb $0x1, %cl
   184: 7426                           je 0x26
   186: e970010000                     jmp 0x170
   18b: 0f1f440000                     nopl (%rax,%rax)
   190: 48ff07                         incq (%rdi)
   193: 48ff09                         decq (%rcx)
   196: 75e3                           jne -0x1d
   198: e800000000                     callq 0x0
        # hole +0x199: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   19d: 49893f                         movq %rdi, (%r15)
   1a0: 488b0b                         movq (%rbx), %rcx
   1a3: f6c101                         testb $0x1, %cl
   1a6: 0f854f010000                   jne 0x14f
   1ac: 83790802                       cmpl $0x2, 0x8(%rcx)
   1b0: 0f8545010000                   jne 0x145
   1b6: 89f8                           movl %edi, %eax
   1b8: 83e001                         andl $0x1, %eax
   1bb: 0f853a010000                   jne 0x13a
   1c1: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1c5: 0f8530010000                   jne 0x130
   1cb: f20f107130                     movsd 0x30(%rcx), %xmm6
   1d0: f20f597730                     mulsd 0x30(%rdi), %xmm6
   1d5: 48ff09                         decq (%rcx)
   1d8: 0f84e1000000                   je 0xe1
   1de: 48ff0f                         decq (%rdi)
   1e1: 0f84e6000000                   je 0xe6
   1e7: 4c89f1                         movq %r14, %rcx
   1ea: 660f28ce                       movapd %xmm6, %xmm1
   1ee: e800000000                     callq 0x0
        # hole +0x1ef: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   1f3: 4885c0                         testq %rax, %rax
   1f6: 0f84cc010000                   je 0x1cc
   1fc: 49894508                       movq %rax, 0x8(%r13)
   200: 498b4d00                       movq (%r13), %rcx
   204: f6c101                         testb $0x1, %cl
   207: 0f8506010000                   jne 0x106
   20d: 83790802                       cmpl $0x2, 0x8(%rcx)
   211: 0f85fc000000                   jne 0xfc
   217: 89c2                           movl %eax, %edx
   219: 83e201                         andl $0x1, %edx
   21c: 0f85f1000000                   jne 0xf1
   222: 83780802                       cmpl $0x2, 0x8(%rax)
   226: 0f85e7000000                   jne 0xe7
   22c: f20f107130                     movsd 0x30(%rcx), %xmm6
   231: f20f587030                     addsd 0x30(%rax), %xmm6
   236: 48ff09                         decq (%rcx)
   239: 0f849b000000                   je 0x9b
   23f: 48ff08                         decq (%rax)
   242: 0f84a6000000                   je 0xa6
   248: 4c89f1                         movq %r14, %rcx
   24b: 660f28ce                       movapd %xmm6, %xmm1
   24f: e800000000                     callq 0x0
        # hole +0x250: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   254: 4885c0                         testq %rax, %rax
   257: 0f8489010000                   je 0x189
   25d: 49894500                       movq %rax, (%r13)
   261: 498b542418                     movq 0x18(%r12), %rdx
   266: 488b4a10                       movq 0x10(%rdx), %rcx
   26a: 48894210                       movq %rax, 0x10(%rdx)
   26e: f6c101                         testb $0x1, %cl
   271: 750d                           jne 0xd
   273: 48ff09                         decq (%rcx)
   276: 7508                           jne 0x8
   278: e800000000                     callq 0x0
        # hole +0x279: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   27d: 0f1f00                         nopl (%rax)
   280: 498b4608                       movq 0x8(%r14), %rax
   284: 48ffc0                         incq %rax
   287: 49894608                       movq %rax, 0x8(%r14)
   28b: 493b4610                       cmpq 0x10(%r14), %rax
   28f: 0f8d0e010000                   jge 0x10e
   295: 49833e00                       cmpq $0x0, (%r14)
   299: 0f8471fdffff                   je -0x28f
   29f: e906010000                     jmp 0x106
   2a4: e800000000                     callq 0x0
        # hole +0x2a5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2a9: 498b442418                     movq 0x18(%r12), %rax
   2ae: 488b4010                       movq 0x10(%rax), %rax
   2b2: a801                           testb $0x1, %al
   2b4: 0f84dafdffff                   je -0x226
   2ba: e9d8fdffff                     jmp -0x228
   2bf: e800000000                     callq 0x0
        # hole +0x2c0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2c4: 48ff0f                         decq (%rdi)
   2c7: 0f851affffff                   jne -0xe6
   2cd: 4889f9                         movq %rdi, %rcx
   2d0: e800000000                     callq 0x0
        # hole +0x2d1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2d5: e90dffffff                     jmp -0xf3
   2da: 4889c7                         movq %rax, %rdi
   2dd: e800000000                     callq 0x0
        # hole +0x2de: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2e2: 4889f8                         movq %rdi, %rax
   2e5: 48ff08                         decq (%rax)
   2e8: 0f855affffff                   jne -0xa6
   2ee: 4889c1                         movq %rax, %rcx
   2f1: e800000000                     callq 0x0
        # hole +0x2f2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2f6: e94dffffff                     jmp -0xb3
   2fb: 488b0500000000                 movq (%rip), %rax
        # hole +0x2fe: IMAGE_REL_AMD64_REL32 Rel32 data-4
   302: 4883c00c                       addq $0xc, %rax
   306: b978000000                     movl $0x78, %ecx
   30b: 41b901000000                   movl $0x1, %r9d
   311: eb19                           jmp 0x19
   313: 488b0500000000                 movq (%rip), %rax
        # hole +0x316: IMAGE_REL_AMD64_REL32 Rel32 data-4
   31a: 4883c00e                       addq $0xe, %rax
   31e: b98c000000                     movl $0x8c, %ecx
   323: 41b901000000                   movl $0x1, %r9d
   329: 4c89fe                         movq %r15, %rsi
   32c: 48894c2428                     movq %rcx, 0x28(%rsp)
   331: 4889442420                     movq %rax, 0x20(%rsp)
   336: 4c89e1                         movq %r12, %rcx
   339: 4889f2                         movq %rsi, %rdx
   33c: 4d89f0                         movq %r14, %r8
   33f: e800000000                     callq 0x0
        # hole +0x340: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   344: 4883c438                       addq $0x38, %rsp
   348: c3                             retq
   349: 488b0500000000                 movq (%rip), %rax
        # hole +0x34c: IMAGE_REL_AMD64_REL32 Rel32 data-4
   350: 4883c008                       addq $0x8, %rax
   354: b950000000                     movl $0x50, %ecx
   359: 41b901000000                   movl $0x1, %r9d
   35f: ebcb                           jmp -0x35
   361: 4983c520                       addq $0x20, %r13
   365: 488b0500000000                 movq (%rip), %rax
        # hole +0x368: IMAGE_REL_AMD64_REL32 Rel32 data-4
   36c: 4883c00b                       addq $0xb, %rax
   370: b96e000000                     movl $0x6e, %ecx
   375: eb0f                           jmp 0xf
   377: 488b0500000000                 movq (%rip), %rax
        # hole +0x37a: IMAGE_REL_AMD64_REL32 Rel32 data-4
   37e: 48ffc0                         incq %rax
   381: b90a000000                     movl $0xa, %ecx
   386: 41b901000000                   movl $0x1, %r9d
   38c: 4c89ee                         movq %r13, %rsi
   38f: eb9b                           jmp -0x65
   391: 488b0500000000                 movq (%rip), %rax
        # hole +0x394: IMAGE_REL_AMD64_REL32 Rel32 data-4
   398: 4883c002                       addq $0x2, %rax
   39c: b914000000                     movl $0x14, %ecx
   3a1: eb17                           jmp 0x17
   3a3: 49c70601000000                 movq $0x1, (%r14)
   3aa: 488b0500000000                 movq (%rip), %rax
        # hole +0x3ad: IMAGE_REL_AMD64_REL32 Rel32 data-4
   3b1: 4883c011                       addq $0x11, %rax
   3b5: b9aa000000                     movl $0xaa, %ecx
   3ba: 41b902000000                   movl $0x2, %r9d
   3c0: 4c89ee                         movq %r13, %rsi
   3c3: e964ffffff                     jmp -0x9c
   3c8: 488b0500000000                 movq (%rip), %rax
        # hole +0x3cb: IMAGE_REL_AMD64_REL32 Rel32 data-4
   3cf: 4883c00d                       addq $0xd, %rax
   3d3: b982000000                     movl $0x82, %ecx
   3d8: 41b903000000                   movl $0x3, %r9d
   3de: 4889de                         movq %rbx, %rsi
   3e1: e946ffffff                     jmp -0xba
   3e6: 488b0500000000                 movq (%rip), %rax
        # hole +0x3e9: IMAGE_REL_AMD64_REL32 Rel32 data-4
   3ed: 4883c00f                       addq $0xf, %rax
   3f1: b996000000                     movl $0x96, %ecx
   3f6: 41b903000000                   movl $0x3, %r9d
   3fc: 4c89ee                         movq %r13, %rsi
   3ff: e928ffffff                     jmp -0xd8
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
