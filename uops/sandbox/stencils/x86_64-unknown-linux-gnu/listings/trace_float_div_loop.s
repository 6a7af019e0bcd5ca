# stencil float_div_loop for x86_64-unknown-linux-gnu: 867 code bytes, 8 data bytes, 9 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4d89f5                         movq %r14, %r13
     8: 4c892424                       movq %r12, (%rsp)
     c: 498b442418                     movq 0x18(%r12), %rax
    11: 488b28                         movq (%rax), %rbp
    14: 488b5808                       movq 0x8(%rax), %rbx
    18: 488b4810                       movq 0x10(%rax), %rcx
    1c: 4c8b6018                       movq 0x18(%rax), %r12
    20: 41b90a000000                   movl $0xa, %r9d
    26: 41f6c401                       testb $0x1, %r12b
    2a: 0f85a6010000                   jne 0x1a6
    30: 48896c2410                     movq %rbp, 0x10(%rsp)
    35: 48894c2408                     movq %rcx, 0x8(%rsp)
    3a: 4889cf                         movq %rcx, %rdi
    3d: 0f1f00                         nopl (%rax)
    40: 41837c240804                   cmpl $0x4, 0x8(%r12)
    46: 0f85de010000                   jne 0x1de
    4c: 498b442440                     movq 0x40(%r12), %rax
    51: 4885c0                         testq %rax, %rax
    54: 7e1a                           jle 0x1a
    56: 4d8b742430                     movq 0x30(%r12), %r14
    5b: 4d3b742438                     cmpq 0x38(%r12), %r14
    60: 7c1e                           jl 0x1e
    62: e9d3010000                     jmp 0x1d3
    67: 660f1f840000000000             nopw (%rax,%rax)
    70: 4d8b742430                     movq 0x30(%r12), %r14
    75: 4d3b742438                     cmpq 0x38(%r12), %r14
    7a: 0f8eba010000                   jle 0x1ba
    80: 4c01f0                         addq %r14, %rax
    83: 4989442430                     movq %rax, 0x30(%r12)
    88: 40f6c701                       testb $0x1, %dil
    8c: 7509                           jne 0x9
    8e: 48ff0f                         decq (%rdi)
    91: 0f842b010000                   je 0x12b
    97: 40f6c501                       testb $0x1, %bpl
    9b: 7504                           jne 0x4
    9d: 48ff4500                       incq (%rbp)
    a1: f6c301                         testb $0x1, %bl
    a4: 7503                           jne 0x3
    a6: 48ff03                         incq (%rbx)
    a9: 4a8d047501000000               leaq 0x1(,%r14,2), %rax
    b1: 4889442418                     movq %rax, 0x18(%rsp)
    b6: 41b946000000                   movl $0x46, %r9d
    bc: 40f6c501                       testb $0x1, %bpl
    c0: 0f8542010000                   jne 0x142
    c6: 837d0802                       cmpl $0x2, 0x8(%rbp)
    ca: 0f8538010000                   jne 0x138
    d0: f6c301                         testb $0x1, %bl
    d3: 0f852f010000                   jne 0x12f
    d9: 837b0802                       cmpl $0x2, 0x8(%rbx)
    dd: 0f8525010000                   jne 0x125
    e3: f20f104530                     movsd 0x30(%rbp), %xmm0
    e8: f20f104b30                     movsd 0x30(%rbx), %xmm1
    ed: 48ff4d00                       decq (%rbp)
    f1: 741d                           je 0x1d
    f3: 48ff0b                         decq (%rbx)
    f6: 743d                           je 0x3d
    f8: 660f2e0d00000000               ucomisd (%rip), %xmm1
        # hole +0xfc: R_X86_64_PC32 Rel32 data-4
   100: 7563                           jne 0x63
   102: 7a61                           jp 0x61
   104: e94d010000                     jmp 0x14d
   109: 0f1f8000000000                 nopl (%rax)
   110: 4889ef                         movq %rbp, %rdi
   113: f20f11442428                   movsd %xmm0, 0x28(%rsp)
   119: f20f114c2420                   movsd %xmm1, 0x20(%rsp)
   11f: e800000000                     callq 0x0
        # hole +0x120: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   124: f20f104c2420                   movsd 0x20(%rsp), %xmm1
   12a: f20f10442428                   movsd 0x28(%rsp), %xmm0
   130: 48ff0b                         decq (%rbx)
   133: 75c3                           jne -0x3d
   135: 4889df                         movq %rbx, %rdi
   138: f20f11442428                   movsd %xmm0, 0x28(%rsp)
   13e: f20f114c2420                   movsd %xmm1, 0x20(%rsp)
   144: e800000000                     callq 0x0
        # hole +0x145: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   149: f20f104c2420                   movsd 0x20(%rsp), %xmm1
   14f: f20f10442428                   movsd 0x28(%rsp), %xmm0
   155: 660f2e0d00000000               ucomisd (%rip), %xmm1
        # hole +0x159: R_X86_64_PC32 Rel32 data-4
   15d: 7506                           jne 0x6
   15f: 0f8bf1000000                   jnp 0xf1
   165: f20f5ec1                       divsd %xmm1, %xmm0
   169: 4c89ef                         movq %r13, %rdi
   16c: e800000000                     callq 0x0
        # hole +0x16d: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   171: 4885c0                         testq %rax, %rax
   174: 0f84d2010000                   je 0x1d2
   17a: 4989c7                         movq %rax, %r15
   17d: 48ff4d00                       decq (%rbp)
   181: 7508                           jne 0x8
   183: 4889ef                         movq %rbp, %rdi
   186: e800000000                     callq 0x0
        # hole +0x187: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   18b: 498b4508                       movq 0x8(%r13), %rax
   18f: 48ffc0                         incq %rax
   192: 49894508                       movq %rax, 0x8(%r13)
   196: 493b4510                       cmpq 0x10(%r13), %rax
   19a: 0f8dd1000000                   jge 0xd1
   1a0: 49837d0000                     cmpq $0x0, (%r13)
   1a5: 0f8547010000                   jne 0x147
   1ab: 4c89fd                         movq %r15, %rbp
   1ae: 41f6c401                       testb $0x1, %r12b
   1b2: 488b7c2418                     movq 0x18(%rsp), %rdi
   1b7: 0f8483feffff                   je -0x17d
   1bd: e966010000                     jmp 0x166
   1c2: e800000000                     callq 0x0
        # hole +0x1c3: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1c7: 40f6c501                       testb $0x1, %bpl
   1cb: 0f84ccfeffff                   je -0x134
   1d1: e9cbfeffff                     jmp -0x135
   1d6: 48894c2418                     movq %rcx, 0x18(%rsp)
   1db: 4889e8                         movq %rbp, %rax
   1de: 488b3c24                       movq (%rsp), %rdi
   1e2: b201                           movb $0x1, %dl
   1e4: 41ba01000000                   movl $0x1, %r10d
   1ea: 41bb01000000                   movl $0x1, %r11d
   1f0: 41b820000000                   movl $0x20, %r8d
   1f6: 488b7718                       movq 0x18(%rdi), %rsi
   1fa: 4839c5                         cmpq %rax, %rbp
   1fd: 0f85ac000000                   jne 0xac
   203: e9aa000000                     jmp 0xaa
   208: 31d2                           xorl %edx, %edx
   20a: 4989ef                         movq %rbp, %r15
   20d: 41bb07000000                   movl $0x7, %r11d
   213: 41b830000000                   movl $0x30, %r8d
   219: 488b3c24                       movq (%rsp), %rdi
   21d: 488b4c2408                     movq 0x8(%rsp), %rcx
   222: 41ba01000000                   movl $0x1, %r10d
   228: eb77                           jmp 0x77
   22a: 48897c2418                     movq %rdi, 0x18(%rsp)
   22f: 41b90a000000                   movl $0xa, %r9d
   235: e9f7000000                     jmp 0xf7
   23a: 48897c2418                     movq %rdi, 0x18(%rsp)
   23f: 41b914000000                   movl $0x14, %r9d
   245: 41bb02000000                   movl $0x2, %r11d
   24b: 41ba02000000                   movl $0x2, %r10d
   251: e9b1000000                     jmp 0xb1
   256: 498d4518                       leaq 0x18(%r13), %rax
   25a: 41b950000000                   movl $0x50, %r9d
   260: 41bb08000000                   movl $0x8, %r11d
   266: 41ba03000000                   movl $0x3, %r10d
   26c: 4989ef                         movq %rbp, %r15
   26f: eb18                           jmp 0x18
   271: 41b964000000                   movl $0x64, %r9d
   277: 41bb0a000000                   movl $0xa, %r11d
   27d: 41ba02000000                   movl $0x2, %r10d
   283: 4c89e8                         movq %r13, %rax
   286: 4c89fd                         movq %r15, %rbp
   289: 488b3c24                       movq (%rsp), %rdi
   28d: 488b4c2408                     movq 0x8(%rsp), %rcx
   292: b201                           movb $0x1, %dl
   294: 41b820000000                   movl $0x20, %r8d
   29a: 48c70001000000                 movq $0x1, (%rax)
   2a1: 488b442410                     movq 0x10(%rsp), %rax
   2a6: 488b7718                       movq 0x18(%rdi), %rsi
   2aa: 4839c5                         cmpq %rax, %rbp
   2ad: 7403                           je 0x3
   2af: 48892e                         movq %rbp, (%rsi)
   2b2: 488b442418                     movq 0x18(%rsp), %rax
   2b7: 4839c8                         cmpq %rcx, %rax
   2ba: 752c                           jne 0x2c
   2bc: 84d2                           testb %dl, %dl
   2be: 7508                           jne 0x8
   2c0: 4c897e20                       movq %r15, 0x20(%rsi)
   2c4: 48895e28                       movq %rbx, 0x28(%rsi)
   2c8: 4c01c6                         addq %r8, %rsi
   2cb: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x2cd: R_X86_64_64 Abs64 index+0
   2d5: 4d01d8                         addq %r11, %r8
   2d8: 4c89ea                         movq %r13, %rdx
   2db: 4489d1                         movl %r10d, %ecx
   2de: 4883c430                       addq $0x30, %rsp
   2e2: 5d                             popq %rbp
   2e3: e900000000                     jmp 0x0
        # hole +0x2e4: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   2e8: 48894610                       movq %rax, 0x10(%rsi)
   2ec: 84d2                           testb %dl, %dl
   2ee: 74d0                           je -0x30
   2f0: ebd6                           jmp -0x2a
   2f2: 41b964000000                   movl $0x64, %r9d
   2f8: 41bb0a000000                   movl $0xa, %r11d
   2fe: 41ba02000000                   movl $0x2, %r10d
   304: 4c89fd                         movq %r15, %rbp
   307: 488b3c24                       movq (%rsp), %rdi
   30b: 488b4c2408                     movq 0x8(%rsp), %rcx
   310: b201                           movb $0x1, %dl
   312: 488b442410                     movq 0x10(%rsp), %rax
   317: 41b820000000                   movl $0x20, %r8d
   31d: 488b7718                       movq 0x18(%rdi), %rsi
   321: 4839c5                         cmpq %rax, %rbp
   324: 7589                           jne -0x77
   326: eb8a                           jmp -0x76
   328: 41b90a000000                   movl $0xa, %r9d
   32e: 4c89fd                         movq %r15, %rbp
   331: 488b3c24                       movq (%rsp), %rdi
   335: 488b4c2408                     movq 0x8(%rsp), %rcx
   33a: b201                           movb $0x1, %dl
   33c: 41ba01000000                   movl $0x1, %r10d
   342: 488b442410                     movq 0x10(%rsp), %rax
   347: e99efeffff                     jmp -0x162
   34c: 41b950000000                   movl $0x50, %r9d
   352: 41bb08000000                   movl $0x8, %r11d
   358: 41ba03000000                   movl $0x3, %r10d
   35e: 4989ef                         movq %rbp, %r15
   361: eba4                           jmp -0x5c
# data
     0: 0000000000000000
