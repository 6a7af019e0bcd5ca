# stencil float_div_loop for x86_64-unknown-linux-gnu: 619 code bytes, 8 data bytes, 13 holes
     0: 4883ec18                       subq $0x18, %rsp
     4: 498b45f8                       movq -0x8(%r13), %rax
     8: a801                           testb $0x1, %al
     a: 0f85e3010000                   jne 0x1e3
    10: 83780804                       cmpl $0x4, 0x8(%rax)
    14: 0f85d9010000                   jne 0x1d9
    1a: 488b4840                       movq 0x40(%rax), %rcx
    1e: 488b5030                       movq 0x30(%rax), %rdx
    22: 488b7038                       movq 0x38(%rax), %rsi
    26: 4885c9                         testq %rcx, %rcx
    29: 7e15                           jle 0x15
    2b: 4839f2                         cmpq %rsi, %rdx
    2e: 7c19                           jl 0x19
    30: e9d3010000                     jmp 0x1d3
    35: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    40: 4839f2                         cmpq %rsi, %rdx
    43: 0f8ebf010000                   jle 0x1bf
    49: 4801d1                         addq %rdx, %rcx
    4c: 48894830                       movq %rcx, 0x30(%rax)
    50: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    58: 49894d00                       movq %rcx, (%r13)
    5c: 498b442418                     movq 0x18(%r12), %rax
    61: 488b7810                       movq 0x10(%rax), %rdi
    65: 48894810                       movq %rcx, 0x10(%rax)
    69: 40f6c701                       testb $0x1, %dil
    6d: 7505                           jne 0x5
    6f: 48ff0f                         decq (%rdi)
    72: 7425                           je 0x25
    74: 488b38                         movq (%rax), %rdi
    77: 40f6c701                       testb $0x1, %dil
    7b: 7433                           je 0x33
    7d: 49897d00                       movq %rdi, (%r13)
    81: 488b5808                       movq 0x8(%rax), %rbx
    85: f6c301                         testb $0x1, %bl
    88: 7436                           je 0x36
    8a: 49895d08                       movq %rbx, 0x8(%r13)
    8e: 40f6c701                       testb $0x1, %dil
    92: 7441                           je 0x41
    94: e92b010000                     jmp 0x12b
    99: e800000000                     callq 0x0
        # hole +0x9a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    9e: 498b442418                     movq 0x18(%r12), %rax
    a3: 488b38                         movq (%rax), %rdi
    a6: 40f6c701                       testb $0x1, %dil
    aa: 75d1                           jne -0x2f
    ac: 0f1f4000                       nopl (%rax)
    b0: 48ff07                         incq (%rdi)
    b3: 49897d00                       movq %rdi, (%r13)
    b7: 488b5808                       movq 0x8(%rax), %rbx
    bb: f6c301                         testb $0x1, %bl
    be: 75ca                           jne -0x36
    c0: 48ff03                         incq (%rbx)
    c3: 498b7d00                       movq (%r13), %rdi
    c7: 49895d08                       movq %rbx, 0x8(%r13)
    cb: 40f6c701                       testb $0x1, %dil
    cf: 0f85ef000000                   jne 0xef
    d5: 837f0802                       cmpl $0x2, 0x8(%rdi)
    d9: 0f85e5000000                   jne 0xe5
    df: 89d8                           movl %ebx, %eax
    e1: 83e001                         andl $0x1, %eax
    e4: 0f85da000000                   jne 0xda
    ea: 837b0802                       cmpl $0x2, 0x8(%rbx)
    ee: 0f85d0000000                   jne 0xd0
    f4: f20f104730                     movsd 0x30(%rdi), %xmm0
    f9: f20f104b30                     movsd 0x30(%rbx), %xmm1
    fe: 48ff0f                         decq (%rdi)
   101: 7416                           je 0x16
   103: 48ff0b                         decq (%rbx)
   106: 7433                           je 0x33
   108: 660f2e0d00000000               ucomisd (%rip), %xmm1
        # hole +0x10c: R_X86_64_PC32 Rel32 data-4
   110: 7559                           jne 0x59
   112: 7a57                           jp 0x57
   114: e90a010000                     jmp 0x10a
   119: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   11f: f20f114c2408                   movsd %xmm1, 0x8(%rsp)
   125: e800000000                     callq 0x0
        # hole +0x126: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   12a: f20f104c2408                   movsd 0x8(%rsp), %xmm1
   130: f20f10442410                   movsd 0x10(%rsp), %xmm0
   136: 48ff0b                         decq (%rbx)
   139: 75cd                           jne -0x33
   13b: 4889df                         movq %rbx, %rdi
   13e: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   144: f20f114c2408                   movsd %xmm1, 0x8(%rsp)
   14a: e800000000                     callq 0x0
        # hole +0x14b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   14f: f20f104c2408                   movsd 0x8(%rsp), %xmm1
   155: f20f10442410                   movsd 0x10(%rsp), %xmm0
   15b: 660f2e0d00000000               ucomisd (%rip), %xmm1
        # hole +0x15f: R_X86_64_PC32 Rel32 data-4
   163: 7506                           jne 0x6
   165: 0f8bb8000000                   jnp 0xb8
   16b: f20f5ec1                       divsd %xmm1, %xmm0
   16f: 4c89f7                         movq %r14, %rdi
   172: e800000000                     callq 0x0
        # hole +0x173: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   177: 4885c0                         testq %rax, %rax
   17a: 0f84ab000000                   je 0xab
   180: 49894500                       movq %rax, (%r13)
   184: 498b4c2418                     movq 0x18(%r12), %rcx
   189: 488b39                         movq (%rcx), %rdi
   18c: 488901                         movq %rax, (%rcx)
   18f: 40f6c701                       testb $0x1, %dil
   193: 750b                           jne 0xb
   195: 48ff0f                         decq (%rdi)
   198: 7506                           jne 0x6
   19a: e800000000                     callq 0x0
        # hole +0x19b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   19f: 90                             nop
   1a0: 498b4608                       movq 0x8(%r14), %rax
   1a4: 48ffc0                         incq %rax
   1a7: 49894608                       movq %rax, 0x8(%r14)
   1ab: 493b4610                       cmpq 0x10(%r14), %rax
   1af: 0f8d91000000                   jge 0x91
   1b5: 49833e00                       cmpq $0x0, (%r14)
   1b9: 0f8445feffff                   je -0x1bb
   1bf: e989000000                     jmp 0x89
   1c4: 4983c510                       addq $0x10, %r13
   1c8: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1ca: R_X86_64_64 Abs64 index+0
   1d2: 4983c007                       addq $0x7, %r8
   1d6: 41b946000000                   movl $0x46, %r9d
   1dc: b901000000                     movl $0x1, %ecx
   1e1: 4c89e7                         movq %r12, %rdi
   1e4: 4c89ee                         movq %r13, %rsi
   1e7: 4c89f2                         movq %r14, %rdx
   1ea: 4883c418                       addq $0x18, %rsp
   1ee: e900000000                     jmp 0x0
        # hole +0x1ef: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   1f3: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1f5: R_X86_64_64 Abs64 index+0
   1fd: 49ffc0                         incq %r8
   200: 41b90a000000                   movl $0xa, %r9d
   206: ebd4                           jmp -0x2c
   208: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x20a: R_X86_64_64 Abs64 index+0
   212: 4983c002                       addq $0x2, %r8
   216: 41b914000000                   movl $0x14, %r9d
   21c: b902000000                     movl $0x2, %ecx
   221: ebbe                           jmp -0x42
   223: 49c7461801000000               movq $0x1, 0x18(%r14)
   22b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x22d: R_X86_64_64 Abs64 index+0
   235: 4983c008                       addq $0x8, %r8
   239: 41b950000000                   movl $0x50, %r9d
   23f: b903000000                     movl $0x3, %ecx
   244: eb9b                           jmp -0x65
   246: 49c70601000000                 movq $0x1, (%r14)
   24d: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x24f: R_X86_64_64 Abs64 index+0
   257: 4983c00a                       addq $0xa, %r8
   25b: 41b964000000                   movl $0x64, %r9d
   261: b902000000                     movl $0x2, %ecx
   266: e976ffffff                     jmp -0x8a
# data
     0: 0000000000000000
