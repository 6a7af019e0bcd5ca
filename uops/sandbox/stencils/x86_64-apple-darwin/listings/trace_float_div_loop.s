# stencil float_div_loop for x86_64-apple-darwin: 598 code bytes, 16 data bytes, 14 holes
     0: 4883ec18                       subq $0x18, %rsp
     4: 498b45f8                       movq -0x8(%r13), %rax
     8: a801                           testb $0x1, %al
     a: 0f85dd010000                   jne 0x1dd
    10: 83780804                       cmpl $0x4, 0x8(%rax)
    14: 0f85d3010000                   jne 0x1d3
    1a: 488b4840                       movq 0x40(%rax), %rcx
    1e: 488b5030                       movq 0x30(%rax), %rdx
    22: 488b7038                       movq 0x38(%rax), %rsi
    26: 4885c9                         testq %rcx, %rcx
    29: 7e15                           jle 0x15
    2b: 4839f2                         cmpq %rsi, %rdx
    2e: 7c19                           jl 0x19
    30: e9ca010000                     jmp 0x1ca
    35: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    40: 4839f2                         cmpq %rsi, %rdx
    43: 0f8eb6010000                   jle 0x1b6
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
    92: 743d                           je 0x3d
    94: e928010000                     jmp 0x128
    99: e800000000                     callq 0x0
        # hole +0x9a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
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
    c3: 49895d08                       movq %rbx, 0x8(%r13)
    c7: 40f6c701                       testb $0x1, %dil
    cb: 0f85f0000000                   jne 0xf0
    d1: 837f0802                       cmpl $0x2, 0x8(%rdi)
    d5: 0f95c0                         setne %al
    d8: 08d8                           orb %bl, %al
    da: a801                           testb $0x1, %al
    dc: 0f85df000000                   jne 0xdf
    e2: 837b0802                       cmpl $0x2, 0x8(%rbx)
    e6: 0f85d5000000                   jne 0xd5
    ec: f20f104730                     movsd 0x30(%rdi), %xmm0
    f1: f20f104b30                     movsd 0x30(%rbx), %xmm1
    f6: 48ff0f                         decq (%rdi)
    f9: 7416                           je 0x16
    fb: 48ff0b                         decq (%rbx)
    fe: 7433                           je 0x33
   100: 660f2e0d50010000               ucomisd 0x150(%rip), %xmm1
        # hole +0x104: X86_64_RELOC_SIGNED Rel32 data-4
   108: 7559                           jne 0x59
   10a: 7a57                           jp 0x57
   10c: e906010000                     jmp 0x106
   111: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   117: f20f114c2408                   movsd %xmm1, 0x8(%rsp)
   11d: e800000000                     callq 0x0
        # hole +0x11e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   122: f20f104c2408                   movsd 0x8(%rsp), %xmm1
   128: f20f10442410                   movsd 0x10(%rsp), %xmm0
   12e: 48ff0b                         decq (%rbx)
   131: 75cd                           jne -0x33
   133: 4889df                         movq %rbx, %rdi
   136: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   13c: f20f114c2408                   movsd %xmm1, 0x8(%rsp)
   142: e800000000                     callq 0x0
        # hole +0x143: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   147: f20f104c2408                   movsd 0x8(%rsp), %xmm1
   14d: f20f10442410                   movsd 0x10(%rsp), %xmm0
   153: 660f2e0dfd000000               ucomisd 0xfd(%rip), %xmm1
        # hole +0x157: X86_64_RELOC_SIGNED Rel32 data-4
   15b: 7506                           jne 0x6
   15d: 0f8bb4000000                   jnp 0xb4
   163: f20f5ec1                       divsd %xmm1, %xmm0
   167: 4c89f7                         movq %r14, %rdi
   16a: e800000000                     callq 0x0
        # hole +0x16b: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   16f: 4885c0                         testq %rax, %rax
   172: 0f84a7000000                   je 0xa7
   178: 49894500                       movq %rax, (%r13)
   17c: 498b4c2418                     movq 0x18(%r12), %rcx
   181: 488b39                         movq (%rcx), %rdi
   184: 488901                         movq %rax, (%rcx)
   187: 40f6c701                       testb $0x1, %dil
   18b: 7513                           jne 0x13
   18d: 48ff0f                         decq (%rdi)
   190: 750e                           jne 0xe
   192: e800000000                     callq 0x0
        # hole +0x193: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   197: 660f1f840000000000             nopw (%rax,%rax)
   1a0: 498b4608                       movq 0x8(%r14), %rax
   1a4: 48ffc0                         incq %rax
   1a7: 49894608                       movq %rax, 0x8(%r14)
   1ab: 493b4610                       cmpq 0x10(%r14), %rax
   1af: 0f8d82000000                   jge 0x82
   1b5: 49833e00                       cmpq $0x0, (%r14)
   1b9: 0f8445feffff                   je -0x1bb
   1bf: eb7d                           jmp 0x7d
   1c1: 4983c510                       addq $0x10, %r13
   1c5: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1c8: X86_64_RELOC_GOT_LOAD Rel32 data+4
   1cc: 4983c007                       addq $0x7, %r8
   1d0: 41b946000000                   movl $0x46, %r9d
   1d6: b901000000                     movl $0x1, %ecx
   1db: 4c89e7                         movq %r12, %rdi
   1de: 4c89ee                         movq %r13, %rsi
   1e1: 4c89f2                         movq %r14, %rdx
   1e4: 4883c418                       addq $0x18, %rsp
   1e8: e900000000                     jmp 0x0
        # hole +0x1e9: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   1ed: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1f0: X86_64_RELOC_GOT_LOAD Rel32 data+4
   1f4: 49ffc0                         incq %r8
   1f7: 41b90a000000                   movl $0xa, %r9d
   1fd: ebd7                           jmp -0x29
   1ff: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x202: X86_64_RELOC_GOT_LOAD Rel32 data+4
   206: 4983c002                       addq $0x2, %r8
   20a: 41b914000000                   movl $0x14, %r9d
   210: b902000000                     movl $0x2, %ecx
   215: ebc4                           jmp -0x3c
   217: 49c7461801000000               movq $0x1, 0x18(%r14)
   21f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x222: X86_64_RELOC_GOT_LOAD Rel32 data+4
   226: 4983c008                       addq $0x8, %r8
   22a: 41b950000000                   movl $0x50, %r9d
   230: b903000000                     movl $0x3, %ecx
   235: eba4                           jmp -0x5c
   237: 49c70601000000                 movq $0x1, (%r14)
   23e: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x241: X86_64_RELOC_GOT_LOAD Rel32 data+4
   245: 4983c00a                       addq $0xa, %r8
   249: 41b964000000                   movl $0x64, %r9d
   24f: b902000000                     movl $0x2, %ecx
   254: eb85                           jmp -0x7b
# data
     0: 00000000000000000000000000000000
        # hole data+0x8: GOT Abs64 index+0
