# stencil list_build for x86_64-apple-darwin: 936 code bytes, 8 data bytes, 8 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b6810                       movq 0x10(%rax), %rbp
     e: 41b90a000000                   movl $0xa, %r9d
    14: ba01000000                     movl $0x1, %edx
    19: b901000000                     movl $0x1, %ecx
    1e: 40f6c501                       testb $0x1, %bpl
    22: 7533                           jne 0x33
    24: 837d0804                       cmpl $0x4, 0x8(%rbp)
    28: 752d                           jne 0x2d
    2a: 488b18                         movq (%rax), %rbx
    2d: 4c8b6808                       movq 0x8(%rax), %r13
    31: 488b4540                       movq 0x40(%rbp), %rax
    35: 4c8b7d30                       movq 0x30(%rbp), %r15
    39: 488b4d38                       movq 0x38(%rbp), %rcx
    3d: 4885c0                         testq %rax, %rax
    40: 7e40                           jle 0x40
    42: 4939cf                         cmpq %rcx, %r15
    45: 7c40                           jl 0x40
    47: 41b914000000                   movl $0x14, %r9d
    4d: ba02000000                     movl $0x2, %edx
    52: b902000000                     movl $0x2, %ecx
    57: 498b742418                     movq 0x18(%r12), %rsi
    5c: 41bd18000000                   movl $0x18, %r13d
    62: 4901f5                         addq %rsi, %r13
    65: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x68: X86_64_RELOC_GOT_LOAD Rel32 data-4
    6c: 4901d0                         addq %rdx, %r8
    6f: 4c89e7                         movq %r12, %rdi
    72: 4c89ee                         movq %r13, %rsi
    75: 4c89f2                         movq %r14, %rdx
    78: 4883c430                       addq $0x30, %rsp
    7c: 5d                             popq %rbp
    7d: e900000000                     jmp 0x0
        # hole +0x7e: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    82: 4939cf                         cmpq %rcx, %r15
    85: 7ec0                           jle -0x40
    87: 4c01f8                         addq %r15, %rax
    8a: 48894530                       movq %rax, 0x30(%rbp)
    8e: 41f6c501                       testb $0x1, %r13b
    92: 750e                           jne 0xe
    94: 49ff4d00                       decq (%r13)
    98: 7508                           jne 0x8
    9a: 4c89ef                         movq %r13, %rdi
    9d: e800000000                     callq 0x0
        # hole +0x9e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    a2: 4c89642420                     movq %r12, 0x20(%rsp)
    a7: 4b8d143f                       leaq (%r15,%r15), %rdx
    ab: f6c301                         testb $0x1, %bl
    ae: 7503                           jne 0x3
    b0: 48ff03                         incq (%rbx)
    b3: 4e8d247d01000000               leaq 0x1(,%r15,2), %r12
    bb: 48d1fa                         sarq %rdx
    be: 31c9                           xorl %ecx, %ecx
    c0: 480fafd2                       imulq %rdx, %rdx
    c4: b001                           movb $0x1, %al
    c6: 4c896c2428                     movq %r13, 0x28(%rsp)
    cb: 0f8097020000                   jo 0x297
    d1: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
    db: 4801d6                         addq %rdx, %rsi
    de: 4885f6                         testq %rsi, %rsi
    e1: 0f8981020000                   jns 0x281
    e7: 4c8d3c5501000000               leaq 0x1(,%rdx,2), %r15
    ef: 4c89f7                         movq %r14, %rdi
    f2: 4889de                         movq %rbx, %rsi
    f5: 4c89fa                         movq %r15, %rdx
    f8: e800000000                     callq 0x0
        # hole +0xf9: X86_64_RELOC_BRANCH Rel32 symbol:tf_list_append-4
    fd: 41bd20000000                   movl $0x20, %r13d
   103: b95a000000                     movl $0x5a, %ecx
   108: 48894c2418                     movq %rcx, 0x18(%rsp)
   10d: c744240c03000000               movl $0x3, 0xc(%rsp)
   115: 85c0                           testl %eax, %eax
   117: 0f8533010000                   jne 0x133
   11d: f6c301                         testb $0x1, %bl
   120: 750d                           jne 0xd
   122: 48ff0b                         decq (%rbx)
   125: 7508                           jne 0x8
   127: 4889df                         movq %rbx, %rdi
   12a: e800000000                     callq 0x0
        # hole +0x12b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   12f: 498b4608                       movq 0x8(%r14), %rax
   133: 48ffc0                         incq %rax
   136: 49894608                       movq %rax, 0x8(%r14)
   13a: 493b4610                       cmpq 0x10(%r14), %rax
   13e: 0f8d2e010000                   jge 0x12e
   144: 49833e00                       cmpq $0x0, (%r14)
   148: 0f8565010000                   jne 0x165
   14e: 837d0804                       cmpl $0x4, 0x8(%rbp)
   152: 0f85dd000000                   jne 0xdd
   158: b809000000                     movl $0x9, %eax
   15d: 4889442410                     movq %rax, 0x10(%rsp)
   162: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   170: 488b4540                       movq 0x40(%rbp), %rax
   174: 488b5530                       movq 0x30(%rbp), %rdx
   178: 488b4d38                       movq 0x38(%rbp), %rcx
   17c: 4885c0                         testq %rax, %rax
   17f: 7e0f                           jle 0xf
   181: 4839ca                         cmpq %rcx, %rdx
   184: 7c13                           jl 0x13
   186: e9ba010000                     jmp 0x1ba
   18b: 0f1f440000                     nopl (%rax,%rax)
   190: 4839ca                         cmpq %rcx, %rdx
   193: 0f8eac010000                   jle 0x1ac
   199: 4801d0                         addq %rdx, %rax
   19c: 48894530                       movq %rax, 0x30(%rbp)
   1a0: f6c301                         testb $0x1, %bl
   1a3: 7503                           jne 0x3
   1a5: 48ff03                         incq (%rbx)
   1a8: 4c8d245501000000               leaq 0x1(,%rdx,2), %r12
   1b0: 4801d2                         addq %rdx, %rdx
   1b3: 48d1fa                         sarq %rdx
   1b6: 31c9                           xorl %ecx, %ecx
   1b8: 480fafd2                       imulq %rdx, %rdx
   1bc: b001                           movb $0x1, %al
   1be: 0f80a4010000                   jo 0x1a4
   1c4: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
   1ce: 4801d6                         addq %rdx, %rsi
   1d1: 4885f6                         testq %rsi, %rsi
   1d4: 0f898e010000                   jns 0x18e
   1da: 4c8d3c5501000000               leaq 0x1(,%rdx,2), %r15
   1e2: 4c89f7                         movq %r14, %rdi
   1e5: 4889de                         movq %rbx, %rsi
   1e8: 4c89fa                         movq %r15, %rdx
   1eb: e800000000                     callq 0x0
        # hole +0x1ec: X86_64_RELOC_BRANCH Rel32 symbol:tf_list_append-4
   1f0: 85c0                           testl %eax, %eax
   1f2: 7566                           jne 0x66
   1f4: f6c301                         testb $0x1, %bl
   1f7: 7517                           jne 0x17
   1f9: 48ff0b                         decq (%rbx)
   1fc: 7512                           jne 0x12
   1fe: 4889df                         movq %rbx, %rdi
   201: e800000000                     callq 0x0
        # hole +0x202: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   206: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   210: 498b4608                       movq 0x8(%r14), %rax
   214: 48ffc0                         incq %rax
   217: 49894608                       movq %rax, 0x8(%r14)
   21b: 493b4610                       cmpq 0x10(%r14), %rax
   21f: 7d51                           jge 0x51
   221: 49833e00                       cmpq $0x0, (%r14)
   225: 0f8588000000                   jne 0x88
   22b: 837d0804                       cmpl $0x4, 0x8(%rbp)
   22f: 0f843bffffff                   je -0xc5
   235: 31c0                           xorl %eax, %eax
   237: c744240c01000000               movl $0x1, 0xc(%rsp)
   23f: b901000000                     movl $0x1, %ecx
   244: 48894c2410                     movq %rcx, 0x10(%rsp)
   249: b90a000000                     movl $0xa, %ecx
   24e: eb7c                           jmp 0x7c
   250: b809000000                     movl $0x9, %eax
   255: 4889442410                     movq %rax, 0x10(%rsp)
   25a: b001                           movb $0x1, %al
   25c: 31d2                           xorl %edx, %edx
   25e: b101                           movb $0x1, %cl
   260: 488b742420                     movq 0x20(%rsp), %rsi
   265: 488b7618                       movq 0x18(%rsi), %rsi
   269: 4c3b642428                     cmpq 0x28(%rsp), %r12
   26e: 757b                           jne 0x7b
   270: eb7d                           jmp 0x7d
   272: 49c70601000000                 movq $0x1, (%r14)
   279: 41bd18000000                   movl $0x18, %r13d
   27f: b86e000000                     movl $0x6e, %eax
   284: 4889442418                     movq %rax, 0x18(%rsp)
   289: b80b000000                     movl $0xb, %eax
   28e: 4889442410                     movq %rax, 0x10(%rsp)
   293: c744240c02000000               movl $0x2, 0xc(%rsp)
   29b: 31c0                           xorl %eax, %eax
   29d: 31c9                           xorl %ecx, %ecx
   29f: 31d2                           xorl %edx, %edx
   2a1: 488b742420                     movq 0x20(%rsp), %rsi
   2a6: 488b7618                       movq 0x18(%rsi), %rsi
   2aa: 4c3b642428                     cmpq 0x28(%rsp), %r12
   2af: 753a                           jne 0x3a
   2b1: eb3c                           jmp 0x3c
   2b3: 31c0                           xorl %eax, %eax
   2b5: c744240c02000000               movl $0x2, 0xc(%rsp)
   2bd: b90b000000                     movl $0xb, %ecx
   2c2: 48894c2410                     movq %rcx, 0x10(%rsp)
   2c7: b96e000000                     movl $0x6e, %ecx
   2cc: 48894c2418                     movq %rcx, 0x18(%rsp)
   2d1: 31c9                           xorl %ecx, %ecx
   2d3: 31d2                           xorl %edx, %edx
   2d5: 41bd18000000                   movl $0x18, %r13d
   2db: 488b742420                     movq 0x20(%rsp), %rsi
   2e0: 488b7618                       movq 0x18(%rsi), %rsi
   2e4: 4c3b642428                     cmpq 0x28(%rsp), %r12
   2e9: 7404                           je 0x4
   2eb: 4c896608                       movq %r12, 0x8(%rsi)
   2ef: 84c0                           testb %al, %al
   2f1: 7410                           je 0x10
   2f3: 48895e18                       movq %rbx, 0x18(%rsi)
   2f7: 84c9                           testb %cl, %cl
   2f9: 7426                           je 0x26
   2fb: 41bd20000000                   movl $0x20, %r13d
   301: eb06                           jmp 0x6
   303: 41bd18000000                   movl $0x18, %r13d
   309: 4c8b4c2418                     movq 0x18(%rsp), %r9
   30e: 488b542410                     movq 0x10(%rsp), %rdx
   313: 4c8b642420                     movq 0x20(%rsp), %r12
   318: 8b4c240c                       movl 0xc(%rsp), %ecx
   31c: e941fdffff                     jmp -0x2bf
   321: 4c897e20                       movq %r15, 0x20(%rsi)
   325: 84d2                           testb %dl, %dl
   327: 4c8b4c2418                     movq 0x18(%rsp), %r9
   32c: 488b542410                     movq 0x10(%rsp), %rdx
   331: 8b4c240c                       movl 0xc(%rsp), %ecx
   335: 7404                           je 0x4
   337: 4c896628                       movq %r12, 0x28(%rsi)
   33b: 4c8b642420                     movq 0x20(%rsp), %r12
   340: e91dfdffff                     jmp -0x2e3
   345: b814000000                     movl $0x14, %eax
   34a: 4889442418                     movq %rax, 0x18(%rsp)
   34f: b802000000                     movl $0x2, %eax
   354: 4889442410                     movq %rax, 0x10(%rsp)
   359: 31c0                           xorl %eax, %eax
   35b: c744240c02000000               movl $0x2, 0xc(%rsp)
   363: e969ffffff                     jmp -0x97
   368: 4d89e7                         movq %r12, %r15
   36b: c744240c01000000               movl $0x1, 0xc(%rsp)
   373: ba08000000                     movl $0x8, %edx
   378: 4889542410                     movq %rdx, 0x10(%rsp)
   37d: ba50000000                     movl $0x50, %edx
   382: 4889542418                     movq %rdx, 0x18(%rsp)
   387: b201                           movb $0x1, %dl
   389: 41bd30000000                   movl $0x30, %r13d
   38f: 488b742420                     movq 0x20(%rsp), %rsi
   394: 488b7618                       movq 0x18(%rsi), %rsi
   398: 4c3b642428                     cmpq 0x28(%rsp), %r12
   39d: 0f8548ffffff                   jne -0xb8
   3a3: e947ffffff                     jmp -0xb9
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
