# stencil float_div_loop for x86_64-unknown-linux-gnu: 1430 code bytes, 8 data bytes, 13 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 488b38                         movq (%rax), %rdi
    10: 4c8b4008                       movq 0x8(%rax), %r8
    14: 4c8b7810                       movq 0x10(%rax), %r15
    18: 488b5818                       movq 0x18(%rax), %rbx
    1c: 41bb20000000                   movl $0x20, %r11d
    22: 41b201                         movb $0x1, %r10b
    25: 41b90a000000                   movl $0xa, %r9d
    2b: 41be01000000                   movl $0x1, %r14d
    31: b901000000                     movl $0x1, %ecx
    36: f6c301                         testb $0x1, %bl
    39: 7542                           jne 0x42
    3b: 837b0804                       cmpl $0x4, 0x8(%rbx)
    3f: 753c                           jne 0x3c
    41: 4889d5                         movq %rdx, %rbp
    44: 488b4340                       movq 0x40(%rbx), %rax
    48: 4c8b7330                       movq 0x30(%rbx), %r14
    4c: 488b5338                       movq 0x38(%rbx), %rdx
    50: 4885c0                         testq %rax, %rax
    53: 7e63                           jle 0x63
    55: 4939d6                         cmpq %rdx, %r14
    58: 7c63                           jl 0x63
    5a: 41b914000000                   movl $0x14, %r9d
    60: 41be02000000                   movl $0x2, %r14d
    66: b902000000                     movl $0x2, %ecx
    6b: 4d89fd                         movq %r15, %r13
    6e: 4889ea                         movq %rbp, %rdx
    71: 498b742418                     movq 0x18(%r12), %rsi
    76: 4d39fd                         cmpq %r15, %r13
    79: 750f                           jne 0xf
    7b: eb11                           jmp 0x11
    7d: 4d89fd                         movq %r15, %r13
    80: 498b742418                     movq 0x18(%r12), %rsi
    85: 4d39fd                         cmpq %r15, %r13
    88: 7404                           je 0x4
    8a: 4c896e10                       movq %r13, 0x10(%rsi)
    8e: 4584d2                         testb %r10b, %r10b
    91: 7508                           jne 0x8
    93: 48897e20                       movq %rdi, 0x20(%rsi)
    97: 4c894628                       movq %r8, 0x28(%rsi)
    9b: 4c01de                         addq %r11, %rsi
    9e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xa0: R_X86_64_64 Abs64 index+0
    a8: 4d01f0                         addq %r14, %r8
    ab: 4c89e7                         movq %r12, %rdi
    ae: 4883c430                       addq $0x30, %rsp
    b2: 5d                             popq %rbp
    b3: e900000000                     jmp 0x0
        # hole +0xb4: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    b8: 4939d6                         cmpq %rdx, %r14
    bb: 7e9d                           jle -0x63
    bd: 4c01f0                         addq %r14, %rax
    c0: 48894330                       movq %rax, 0x30(%rbx)
    c4: 41f6c701                       testb $0x1, %r15b
    c8: 4889ea                         movq %rbp, %rdx
    cb: 4c89442418                     movq %r8, 0x18(%rsp)
    d0: 48897c2420                     movq %rdi, 0x20(%rsp)
    d5: 7528                           jne 0x28
    d7: 49ff0f                         decq (%r15)
    da: 7523                           jne 0x23
    dc: 4c89ff                         movq %r15, %rdi
    df: e800000000                     callq 0x0
        # hole +0xe0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    e4: 41bb20000000                   movl $0x20, %r11d
    ea: 41b201                         movb $0x1, %r10b
    ed: 488b7c2420                     movq 0x20(%rsp), %rdi
    f2: 4c8b442418                     movq 0x18(%rsp), %r8
    f7: 4889ea                         movq %rbp, %rdx
    fa: b901000000                     movl $0x1, %ecx
    ff: 40f6c701                       testb $0x1, %dil
   103: 7503                           jne 0x3
   105: 48ff07                         incq (%rdi)
   108: 41f6c001                       testb $0x1, %r8b
   10c: 7503                           jne 0x3
   10e: 49ff00                         incq (%r8)
   111: 4e8d2c7501000000               leaq 0x1(,%r14,2), %r13
   119: 41b946000000                   movl $0x46, %r9d
   11f: 41be07000000                   movl $0x7, %r14d
   125: 40f6c701                       testb $0x1, %dil
   129: 0f8599000000                   jne 0x99
   12f: 837f0802                       cmpl $0x2, 0x8(%rdi)
   133: 0f858f000000                   jne 0x8f
   139: 41f6c001                       testb $0x1, %r8b
   13d: 0f8585000000                   jne 0x85
   143: 4183780802                     cmpl $0x2, 0x8(%r8)
   148: 757e                           jne 0x7e
   14a: f20f104730                     movsd 0x30(%rdi), %xmm0
   14f: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   155: f2410f104830                   movsd 0x30(%r8), %xmm1
   15b: 48ff0f                         decq (%rdi)
   15e: f20f114c2410                   movsd %xmm1, 0x10(%rsp)
   164: 757e                           jne 0x7e
   166: e800000000                     callq 0x0
        # hole +0x167: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   16b: f20f104c2410                   movsd 0x10(%rsp), %xmm1
   171: 41bb20000000                   movl $0x20, %r11d
   177: 41b201                         movb $0x1, %r10b
   17a: 488b7c2420                     movq 0x20(%rsp), %rdi
   17f: 4c8b442418                     movq 0x18(%rsp), %r8
   184: 4889ea                         movq %rbp, %rdx
   187: 49ff08                         decq (%r8)
   18a: 745d                           je 0x5d
   18c: 660f57c0                       xorpd %xmm0, %xmm0
   190: 660f2ec8                       ucomisd %xmm0, %xmm1
   194: 0f8581000000                   jne 0x81
   19a: 7a7f                           jp 0x7f
   19c: 48c7421801000000               movq $0x1, 0x18(%rdx)
   1a4: 41b950000000                   movl $0x50, %r9d
   1aa: 41be08000000                   movl $0x8, %r14d
   1b0: b903000000                     movl $0x3, %ecx
   1b5: 498b742418                     movq 0x18(%r12), %rsi
   1ba: 4d39fd                         cmpq %r15, %r13
   1bd: 0f85c7feffff                   jne -0x139
   1c3: e9c6feffff                     jmp -0x13a
   1c8: 4531d2                         xorl %r10d, %r10d
   1cb: 41bb30000000                   movl $0x30, %r11d
   1d1: 498b742418                     movq 0x18(%r12), %rsi
   1d6: 4d39fd                         cmpq %r15, %r13
   1d9: 0f84affeffff                   je -0x151
   1df: e9a6feffff                     jmp -0x15a
   1e4: 49ff08                         decq (%r8)
   1e7: 75a3                           jne -0x5d
   1e9: 488b7c2418                     movq 0x18(%rsp), %rdi
   1ee: e800000000                     callq 0x0
        # hole +0x1ef: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1f3: f20f104c2410                   movsd 0x10(%rsp), %xmm1
   1f9: 41bb20000000                   movl $0x20, %r11d
   1ff: 41b201                         movb $0x1, %r10b
   202: 488b7c2420                     movq 0x20(%rsp), %rdi
   207: 4c8b442418                     movq 0x18(%rsp), %r8
   20c: 4889ea                         movq %rbp, %rdx
   20f: 660f57c0                       xorpd %xmm0, %xmm0
   213: 660f2ec8                       ucomisd %xmm0, %xmm1
   217: 7502                           jne 0x2
   219: 7b81                           jnp -0x7f
   21b: f20f10442408                   movsd 0x8(%rsp), %xmm0
   221: f20f5ec1                       divsd %xmm1, %xmm0
   225: 4889d7                         movq %rdx, %rdi
   228: e800000000                     callq 0x0
        # hole +0x229: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   22d: 4885c0                         testq %rax, %rax
   230: 0f8426030000                   je 0x326
   236: 4889442408                     movq %rax, 0x8(%rsp)
   23b: 488b7c2420                     movq 0x20(%rsp), %rdi
   240: 48ff0f                         decq (%rdi)
   243: 750a                           jne 0xa
   245: e800000000                     callq 0x0
        # hole +0x246: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   24a: 488b7c2420                     movq 0x20(%rsp), %rdi
   24f: 4889ea                         movq %rbp, %rdx
   252: 488b4508                       movq 0x8(%rbp), %rax
   256: 48ffc0                         incq %rax
   259: 48894508                       movq %rax, 0x8(%rbp)
   25d: 483b4510                       cmpq 0x10(%rbp), %rax
   261: 4c8b442418                     movq 0x18(%rsp), %r8
   266: 0f8dcc010000                   jge 0x1cc
   26c: 41bb20000000                   movl $0x20, %r11d
   272: 41b201                         movb $0x1, %r10b
   275: 41b964000000                   movl $0x64, %r9d
   27b: 41be0a000000                   movl $0xa, %r14d
   281: b902000000                     movl $0x2, %ecx
   286: 48833a00                       cmpq $0x0, (%rdx)
   28a: 0f85c9010000                   jne 0x1c9
   290: 41b90a000000                   movl $0xa, %r9d
   296: 41be01000000                   movl $0x1, %r14d
   29c: b901000000                     movl $0x1, %ecx
   2a1: 837b0804                       cmpl $0x4, 0x8(%rbx)
   2a5: 0f85ae010000                   jne 0x1ae
   2ab: 4889542410                     movq %rdx, 0x10(%rsp)
   2b0: 488b6c2408                     movq 0x8(%rsp), %rbp
   2b5: 488b4330                       movq 0x30(%rbx), %rax
   2b9: 488b5340                       movq 0x40(%rbx), %rdx
   2bd: 4885d2                         testq %rdx, %rdx
   2c0: 7e0b                           jle 0xb
   2c2: 483b4338                       cmpq 0x38(%rbx), %rax
   2c6: 7c0f                           jl 0xf
   2c8: e9af010000                     jmp 0x1af
   2cd: 483b4338                       cmpq 0x38(%rbx), %rax
   2d1: 0f8ea5010000                   jle 0x1a5
   2d7: 4801c2                         addq %rax, %rdx
   2da: 48895330                       movq %rdx, 0x30(%rbx)
   2de: 4c8d2c4501000000               leaq 0x1(,%rax,2), %r13
   2e6: 40f6c501                       testb $0x1, %bpl
   2ea: 0f85a9010000                   jne 0x1a9
   2f0: 48ff4500                       incq (%rbp)
   2f4: 49ff00                         incq (%r8)
   2f7: 41b946000000                   movl $0x46, %r9d
   2fd: 837d0802                       cmpl $0x2, 0x8(%rbp)
   301: 0f85b6010000                   jne 0x1b6
   307: 4183780802                     cmpl $0x2, 0x8(%r8)
   30c: 0f85ab010000                   jne 0x1ab
   312: f20f104530                     movsd 0x30(%rbp), %xmm0
   317: f2410f104830                   movsd 0x30(%r8), %xmm1
   31d: 48ff4d00                       decq (%rbp)
   321: 7416                           je 0x16
   323: 49ff08                         decq (%r8)
   326: 743b                           je 0x3b
   328: 660f2e0d00000000               ucomisd (%rip), %xmm1
        # hole +0x32c: R_X86_64_PC32 Rel32 data-4
   330: 7568                           jne 0x68
   332: 7a66                           jp 0x66
   334: e99f010000                     jmp 0x19f
   339: 4889ef                         movq %rbp, %rdi
   33c: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   342: f20f114c2428                   movsd %xmm1, 0x28(%rsp)
   348: e800000000                     callq 0x0
        # hole +0x349: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   34d: f20f104c2428                   movsd 0x28(%rsp), %xmm1
   353: f20f10442408                   movsd 0x8(%rsp), %xmm0
   359: 4c8b442418                     movq 0x18(%rsp), %r8
   35e: 49ff08                         decq (%r8)
   361: 75c5                           jne -0x3b
   363: 488b7c2418                     movq 0x18(%rsp), %rdi
   368: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   36e: f20f114c2428                   movsd %xmm1, 0x28(%rsp)
   374: e800000000                     callq 0x0
        # hole +0x375: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   379: f20f104c2428                   movsd 0x28(%rsp), %xmm1
   37f: f20f10442408                   movsd 0x8(%rsp), %xmm0
   385: 4c8b442418                     movq 0x18(%rsp), %r8
   38a: 660f2e0d00000000               ucomisd (%rip), %xmm1
        # hole +0x38e: R_X86_64_PC32 Rel32 data-4
   392: 7506                           jne 0x6
   394: 0f8b3e010000                   jnp 0x13e
   39a: f20f5ec1                       divsd %xmm1, %xmm0
   39e: 488b7c2410                     movq 0x10(%rsp), %rdi
   3a3: e800000000                     callq 0x0
        # hole +0x3a4: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   3a8: 4885c0                         testq %rax, %rax
   3ab: 0f8489010000                   je 0x189
   3b1: 48ff4d00                       decq (%rbp)
   3b5: b901000000                     movl $0x1, %ecx
   3ba: 4c8b442418                     movq 0x18(%rsp), %r8
   3bf: 488b7c2420                     movq 0x20(%rsp), %rdi
   3c4: 41b201                         movb $0x1, %r10b
   3c7: 41bb20000000                   movl $0x20, %r11d
   3cd: 7526                           jne 0x26
   3cf: 4889ef                         movq %rbp, %rdi
   3d2: 4889c5                         movq %rax, %rbp
   3d5: e800000000                     callq 0x0
        # hole +0x3d6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3da: 4889e8                         movq %rbp, %rax
   3dd: 41bb20000000                   movl $0x20, %r11d
   3e3: 41b201                         movb $0x1, %r10b
   3e6: 488b7c2420                     movq 0x20(%rsp), %rdi
   3eb: 4c8b442418                     movq 0x18(%rsp), %r8
   3f0: b901000000                     movl $0x1, %ecx
   3f5: 488b542410                     movq 0x10(%rsp), %rdx
   3fa: 488b7208                       movq 0x8(%rdx), %rsi
   3fe: 48ffc6                         incq %rsi
   401: 48897208                       movq %rsi, 0x8(%rdx)
   405: 483b7210                       cmpq 0x10(%rdx), %rsi
   409: 0f8d02010000                   jge 0x102
   40f: 48833a00                       cmpq $0x0, (%rdx)
   413: 0f8506010000                   jne 0x106
   419: 837b0804                       cmpl $0x4, 0x8(%rbx)
   41d: 4889c5                         movq %rax, %rbp
   420: 0f848ffeffff                   je -0x171
   426: 4889442408                     movq %rax, 0x8(%rsp)
   42b: 41b90a000000                   movl $0xa, %r9d
   431: 488b542410                     movq 0x10(%rsp), %rdx
   436: eb21                           jmp 0x21
   438: 48c70201000000                 movq $0x1, (%rdx)
   43f: 41bb20000000                   movl $0x20, %r11d
   445: 41b201                         movb $0x1, %r10b
   448: 41b964000000                   movl $0x64, %r9d
   44e: 41be0a000000                   movl $0xa, %r14d
   454: b902000000                     movl $0x2, %ecx
   459: 498b742418                     movq 0x18(%r12), %rsi
   45e: 488b442408                     movq 0x8(%rsp), %rax
   463: 4839f8                         cmpq %rdi, %rax
   466: 7403                           je 0x3
   468: 488906                         movq %rax, (%rsi)
   46b: 4889c7                         movq %rax, %rdi
   46e: 4d39fd                         cmpq %r15, %r13
   471: 0f8513fcffff                   jne -0x3ed
   477: e912fcffff                     jmp -0x3ee
   47c: 41b914000000                   movl $0x14, %r9d
   482: 41be02000000                   movl $0x2, %r14d
   488: 48896c2408                     movq %rbp, 0x8(%rsp)
   48d: b902000000                     movl $0x2, %ecx
   492: 488b542410                     movq 0x10(%rsp), %rdx
   497: ebc0                           jmp -0x40
   499: 49ff00                         incq (%r8)
   49c: 41bb30000000                   movl $0x30, %r11d
   4a2: 41b946000000                   movl $0x46, %r9d
   4a8: 41be07000000                   movl $0x7, %r14d
   4ae: 4531d2                         xorl %r10d, %r10d
   4b1: 48896c2408                     movq %rbp, 0x8(%rsp)
   4b6: 488b542410                     movq 0x10(%rsp), %rdx
   4bb: eb9c                           jmp -0x64
   4bd: 4531d2                         xorl %r10d, %r10d
   4c0: 48896c2408                     movq %rbp, 0x8(%rsp)
   4c5: 41be07000000                   movl $0x7, %r14d
   4cb: 41bb30000000                   movl $0x30, %r11d
   4d1: 488b542410                     movq 0x10(%rsp), %rdx
   4d6: eb81                           jmp -0x7f
   4d8: 488b442410                     movq 0x10(%rsp), %rax
   4dd: 48c7401801000000               movq $0x1, 0x18(%rax)
   4e5: 41b950000000                   movl $0x50, %r9d
   4eb: 41be08000000                   movl $0x8, %r14d
   4f1: b903000000                     movl $0x3, %ecx
   4f6: 48896c2408                     movq %rbp, 0x8(%rsp)
   4fb: 4889c2                         movq %rax, %rdx
   4fe: 488b7c2420                     movq 0x20(%rsp), %rdi
   503: 41b201                         movb $0x1, %r10b
   506: 41bb20000000                   movl $0x20, %r11d
   50c: e948ffffff                     jmp -0xb8
   511: 4889442408                     movq %rax, 0x8(%rsp)
   516: 48c70201000000                 movq $0x1, (%rdx)
   51d: eb05                           jmp 0x5
   51f: 4889442408                     movq %rax, 0x8(%rsp)
   524: 41be0a000000                   movl $0xa, %r14d
   52a: b902000000                     movl $0x2, %ecx
   52f: 41b964000000                   movl $0x64, %r9d
   535: e91fffffff                     jmp -0xe1
   53a: 41b950000000                   movl $0x50, %r9d
   540: 41be08000000                   movl $0x8, %r14d
   546: b903000000                     movl $0x3, %ecx
   54b: 48896c2408                     movq %rbp, 0x8(%rsp)
   550: 488b542410                     movq 0x10(%rsp), %rdx
   555: 4c8b442418                     movq 0x18(%rsp), %r8
   55a: eba2                           jmp -0x5e
   55c: 41b950000000                   movl $0x50, %r9d
   562: 41be08000000                   movl $0x8, %r14d
   568: b903000000                     movl $0x3, %ecx
   56d: 4889ea                         movq %rbp, %rdx
   570: 4c8b442418                     movq 0x18(%rsp), %r8
   575: 488b7c2420                     movq 0x20(%rsp), %rdi
   57a: 41b201                         movb $0x1, %r10b
   57d: 41bb20000000                   movl $0x20, %r11d
   583: 498b742418                     movq 0x18(%r12), %rsi
   588: 4d39fd                         cmpq %r15, %r13
   58b: 0f85f9faffff                   jne -0x507
   591: e9f8faffff                     jmp -0x508
# data
     0: 0000000000000000
