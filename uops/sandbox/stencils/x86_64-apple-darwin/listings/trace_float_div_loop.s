# stencil float_div_loop for x86_64-apple-darwin: 606 code bytes, 8 data bytes, 8 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 48bb0700000003000000           movabsq $0x300000007, %rbx
     f: 488d43fa                       leaq -0x6(%rbx), %rax
    13: 4889442420                     movq %rax, 0x20(%rsp)
    18: 488d43fb                       leaq -0x5(%rbx), %rax
    1c: 4889442418                     movq %rax, 0x18(%rsp)
    21: 488d4301                       leaq 0x1(%rbx), %rax
    25: 4889442428                     movq %rax, 0x28(%rsp)
    2a: 41bf01000000                   movl $0x1, %r15d
    30: 498b45f8                       movq -0x8(%r13), %rax
    34: 41b90a000000                   movl $0xa, %r9d
    3a: a801                           testb $0x1, %al
    3c: 0f85b7010000                   jne 0x1b7
    42: 83780804                       cmpl $0x4, 0x8(%rax)
    46: 0f85ad010000                   jne 0x1ad
    4c: 488b4840                       movq 0x40(%rax), %rcx
    50: 488b5030                       movq 0x30(%rax), %rdx
    54: 488b7038                       movq 0x38(%rax), %rsi
    58: 4885c9                         testq %rcx, %rcx
    5b: 7e13                           jle 0x13
    5d: 4839f2                         cmpq %rsi, %rdx
    60: 7c17                           jl 0x17
    62: e999010000                     jmp 0x199
    67: 660f1f840000000000             nopw (%rax,%rax)
    70: 4839f2                         cmpq %rsi, %rdx
    73: 0f8e87010000                   jle 0x187
    79: 4801d1                         addq %rdx, %rcx
    7c: 48894830                       movq %rcx, 0x30(%rax)
    80: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    88: 49894d00                       movq %rcx, (%r13)
    8c: 498b442418                     movq 0x18(%r12), %rax
    91: 488b7810                       movq 0x10(%rax), %rdi
    95: 48894810                       movq %rcx, 0x10(%rax)
    99: 40f6c701                       testb $0x1, %dil
    9d: 7505                           jne 0x5
    9f: 48ff0f                         decq (%rdi)
    a2: 7429                           je 0x29
    a4: 488b38                         movq (%rax), %rdi
    a7: 40f6c701                       testb $0x1, %dil
    ab: 7533                           jne 0x33
    ad: 48ff07                         incq (%rdi)
    b0: 49897d00                       movq %rdi, (%r13)
    b4: 488b6808                       movq 0x8(%rax), %rbp
    b8: 40f6c501                       testb $0x1, %bpl
    bc: 7430                           je 0x30
    be: 49896d08                       movq %rbp, 0x8(%r13)
    c2: 40f6c701                       testb $0x1, %dil
    c6: 7438                           je 0x38
    c8: e920010000                     jmp 0x120
    cd: e800000000                     callq 0x0
        # hole +0xce: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    d2: 498b442418                     movq 0x18(%r12), %rax
    d7: 488b38                         movq (%rax), %rdi
    da: 40f6c701                       testb $0x1, %dil
    de: 74cd                           je -0x33
    e0: 49897d00                       movq %rdi, (%r13)
    e4: 488b6808                       movq 0x8(%rax), %rbp
    e8: 40f6c501                       testb $0x1, %bpl
    ec: 75d0                           jne -0x30
    ee: 48ff4500                       incq (%rbp)
    f2: 49896d08                       movq %rbp, 0x8(%r13)
    f6: 40f6c701                       testb $0x1, %dil
    fa: 0f85ed000000                   jne 0xed
   100: 837f0802                       cmpl $0x2, 0x8(%rdi)
   104: 0f85e3000000                   jne 0xe3
   10a: 40f6c501                       testb $0x1, %bpl
   10e: 0f85d9000000                   jne 0xd9
   114: 837d0802                       cmpl $0x2, 0x8(%rbp)
   118: 0f85cf000000                   jne 0xcf
   11e: f20f104730                     movsd 0x30(%rdi), %xmm0
   123: f20f104d30                     movsd 0x30(%rbp), %xmm1
   128: 48ff0f                         decq (%rdi)
   12b: 7423                           je 0x23
   12d: 48ff4d00                       decq (%rbp)
   131: 7440                           je 0x40
   133: 660f2e0d25010000               ucomisd 0x125(%rip), %xmm1
        # hole +0x137: X86_64_RELOC_SIGNED Rel32 data-4
   13b: 7562                           jne 0x62
   13d: 7a60                           jp 0x60
   13f: e9cf000000                     jmp 0xcf
   144: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   150: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   156: f20f114c2408                   movsd %xmm1, 0x8(%rsp)
   15c: e800000000                     callq 0x0
        # hole +0x15d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   161: f20f104c2408                   movsd 0x8(%rsp), %xmm1
   167: f20f10442410                   movsd 0x10(%rsp), %xmm0
   16d: 48ff4d00                       decq (%rbp)
   171: 75c0                           jne -0x40
   173: 4889ef                         movq %rbp, %rdi
   176: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   17c: f20f114c2408                   movsd %xmm1, 0x8(%rsp)
   182: e800000000                     callq 0x0
        # hole +0x183: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   187: f20f104c2408                   movsd 0x8(%rsp), %xmm1
   18d: f20f10442410                   movsd 0x10(%rsp), %xmm0
   193: 660f2e0dc5000000               ucomisd 0xc5(%rip), %xmm1
        # hole +0x197: X86_64_RELOC_SIGNED Rel32 data-4
   19b: 7502                           jne 0x2
   19d: 7b74                           jnp 0x74
   19f: f20f5ec1                       divsd %xmm1, %xmm0
   1a3: 4c89f7                         movq %r14, %rdi
   1a6: e800000000                     callq 0x0
        # hole +0x1a7: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   1ab: 4885c0                         testq %rax, %rax
   1ae: 746b                           je 0x6b
   1b0: 49894500                       movq %rax, (%r13)
   1b4: 498b4c2418                     movq 0x18(%r12), %rcx
   1b9: 488b39                         movq (%rcx), %rdi
   1bc: 488901                         movq %rax, (%rcx)
   1bf: 40f6c701                       testb $0x1, %dil
   1c3: 750b                           jne 0xb
   1c5: 48ff0f                         decq (%rdi)
   1c8: 7506                           jne 0x6
   1ca: e800000000                     callq 0x0
        # hole +0x1cb: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1cf: 90                             nop
   1d0: 498b4608                       movq 0x8(%r14), %rax
   1d4: 48ffc0                         incq %rax
   1d7: 49894608                       movq %rax, 0x8(%r14)
   1db: 493b4610                       cmpq 0x10(%r14), %rax
   1df: 7d4d                           jge 0x4d
   1e1: 49833e00                       cmpq $0x0, (%r14)
   1e5: 0f8445feffff                   je -0x1bb
   1eb: eb48                           jmp 0x48
   1ed: 4983c510                       addq $0x10, %r13
   1f1: 41b946000000                   movl $0x46, %r9d
   1f7: eb4c                           jmp 0x4c
   1f9: 4c8b442420                     movq 0x20(%rsp), %r8
   1fe: eb48                           jmp 0x48
   200: 41b914000000                   movl $0x14, %r9d
   206: 41bf02000000                   movl $0x2, %r15d
   20c: 4c8b442418                     movq 0x18(%rsp), %r8
   211: eb35                           jmp 0x35
   213: 49c7461801000000               movq $0x1, 0x18(%r14)
   21b: 41b950000000                   movl $0x50, %r9d
   221: 41bf03000000                   movl $0x3, %r15d
   227: 4c8b442428                     movq 0x28(%rsp), %r8
   22c: eb1a                           jmp 0x1a
   22e: 49c70601000000                 movq $0x1, (%r14)
   235: 4883c303                       addq $0x3, %rbx
   239: 41b964000000                   movl $0x64, %r9d
   23f: 41bf02000000                   movl $0x2, %r15d
   245: 4989d8                         movq %rbx, %r8
   248: 4c89e7                         movq %r12, %rdi
   24b: 4c89ee                         movq %r13, %rsi
   24e: 4c89f2                         movq %r14, %rdx
   251: 4489f9                         movl %r15d, %ecx
   254: 4883c430                       addq $0x30, %rsp
   258: 5d                             popq %rbp
   259: e900000000                     jmp 0x0
        # hole +0x25a: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 0000000000000000
