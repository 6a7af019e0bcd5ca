# stencil float_div_loop for x86_64-pc-windows-msvc: 795 code bytes, 8 data bytes, 8 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 4c8b28                         movq (%rax), %r13
     d: 488b7008                       movq 0x8(%rax), %rsi
    11: 4c8b7810                       movq 0x10(%rax), %r15
    15: 488b7818                       movq 0x18(%rax), %rdi
    19: b80a000000                     movl $0xa, %eax
    1e: ba01000000                     movl $0x1, %edx
    23: 4889542440                     movq %rdx, 0x40(%rsp)
    28: 40f6c701                       testb $0x1, %dil
    2c: 4c897c2448                     movq %r15, 0x48(%rsp)
    31: 0f858c010000                   jne 0x18c
    37: 660f57ff                       xorpd %xmm7, %xmm7
    3b: 4c896c2438                     movq %r13, 0x38(%rsp)
    40: 837f0804                       cmpl $0x4, 0x8(%rdi)
    44: 0f85ae010000                   jne 0x1ae
    4a: 488b4740                       movq 0x40(%rdi), %rax
    4e: 4885c0                         testq %rax, %rax
    51: 7e1d                           jle 0x1d
    53: 488b5f30                       movq 0x30(%rdi), %rbx
    57: 483b5f38                       cmpq 0x38(%rdi), %rbx
    5b: 7c21                           jl 0x21
    5d: e9a3010000                     jmp 0x1a3
    62: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    70: 488b5f30                       movq 0x30(%rdi), %rbx
    74: 483b5f38                       cmpq 0x38(%rdi), %rbx
    78: 0f8e87010000                   jle 0x187
    7e: 4801d8                         addq %rbx, %rax
    81: 48894730                       movq %rax, 0x30(%rdi)
    85: 41f6c701                       testb $0x1, %r15b
    89: 7505                           jne 0x5
    8b: 49ff0f                         decq (%r15)
    8e: 7424                           je 0x24
    90: 41f6c501                       testb $0x1, %r13b
    94: 743a                           je 0x3a
    96: 40f6c601                       testb $0x1, %sil
    9a: 743e                           je 0x3e
    9c: 4c8d3c5d01000000               leaq 0x1(,%rbx,2), %r15
    a4: b846000000                     movl $0x46, %eax
    a9: 41f6c501                       testb $0x1, %r13b
    ad: 7445                           je 0x45
    af: e920010000                     jmp 0x120
    b4: 4c89f9                         movq %r15, %rcx
    b7: e800000000                     callq 0x0
        # hole +0xb8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    bc: 41f6c501                       testb $0x1, %r13b
    c0: 75d4                           jne -0x2c
    c2: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    d0: 49ff4500                       incq (%r13)
    d4: 40f6c601                       testb $0x1, %sil
    d8: 75c2                           jne -0x3e
    da: 48ff06                         incq (%rsi)
    dd: 4c8d3c5d01000000               leaq 0x1(,%rbx,2), %r15
    e5: b846000000                     movl $0x46, %eax
    ea: 41f6c501                       testb $0x1, %r13b
    ee: 0f85e0000000                   jne 0xe0
    f4: 41837d0802                     cmpl $0x2, 0x8(%r13)
    f9: 0f85d5000000                   jne 0xd5
    ff: 40f6c601                       testb $0x1, %sil
   103: 0f85cb000000                   jne 0xcb
   109: 837e0802                       cmpl $0x2, 0x8(%rsi)
   10d: 0f85c1000000                   jne 0xc1
   113: f2410f107530                   movsd 0x30(%r13), %xmm6
   119: f2440f104630                   movsd 0x30(%rsi), %xmm8
   11f: 49ff4d00                       decq (%r13)
   123: 741b                           je 0x1b
   125: 48ff0e                         decq (%rsi)
   128: 7423                           je 0x23
   12a: 66440f2ec7                     ucomisd %xmm7, %xmm8
   12f: 7531                           jne 0x31
   131: 7a2f                           jp 0x2f
   133: e9e4000000                     jmp 0xe4
   138: 0f1f840000000000               nopl (%rax,%rax)
   140: 4c89e9                         movq %r13, %rcx
   143: e800000000                     callq 0x0
        # hole +0x144: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   148: 48ff0e                         decq (%rsi)
   14b: 75dd                           jne -0x23
   14d: 4889f1                         movq %rsi, %rcx
   150: e800000000                     callq 0x0
        # hole +0x151: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   155: 66440f2ec7                     ucomisd %xmm7, %xmm8
   15a: 7506                           jne 0x6
   15c: 0f8bba000000                   jnp 0xba
   162: f2410f5ef0                     divsd %xmm8, %xmm6
   167: 4c89f1                         movq %r14, %rcx
   16a: 660f28ce                       movapd %xmm6, %xmm1
   16e: e800000000                     callq 0x0
        # hole +0x16f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   173: 4885c0                         testq %rax, %rax
   176: 0f8482010000                   je 0x182
   17c: 4889c5                         movq %rax, %rbp
   17f: 49ff4d00                       decq (%r13)
   183: 7508                           jne 0x8
   185: 4c89e9                         movq %r13, %rcx
   188: e800000000                     callq 0x0
        # hole +0x189: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   18d: 498b4608                       movq 0x8(%r14), %rax
   191: 48ffc0                         incq %rax
   194: 49894608                       movq %rax, 0x8(%r14)
   198: 493b4610                       cmpq 0x10(%r14), %rax
   19c: 0f8d98000000                   jge 0x98
   1a2: 49833e00                       cmpq $0x0, (%r14)
   1a6: 0f85bf000000                   jne 0xbf
   1ac: 4989ed                         movq %rbp, %r13
   1af: 40f6c701                       testb $0x1, %dil
   1b3: 0f8487feffff                   je -0x179
   1b9: b80a000000                     movl $0xa, %eax
   1be: 4989ed                         movq %rbp, %r13
   1c1: eb3a                           jmp 0x3a
   1c3: 4c89e9                         movq %r13, %rcx
   1c6: 41b901000000                   movl $0x1, %r9d
   1cc: 40b701                         movb $0x1, %dil
   1cf: e9b7000000                     jmp 0xb7
   1d4: 31ff                           xorl %edi, %edi
   1d6: 4c89ed                         movq %r13, %rbp
   1d9: b907000000                     movl $0x7, %ecx
   1de: 48894c2440                     movq %rcx, 0x40(%rsp)
   1e3: ba30000000                     movl $0x30, %edx
   1e8: 41b901000000                   movl $0x1, %r9d
   1ee: 488b4c2438                     movq 0x38(%rsp), %rcx
   1f3: e998000000                     jmp 0x98
   1f8: b80a000000                     movl $0xa, %eax
   1fd: 41b901000000                   movl $0x1, %r9d
   203: eb7e                           jmp 0x7e
   205: b814000000                     movl $0x14, %eax
   20a: b902000000                     movl $0x2, %ecx
   20f: 48894c2440                     movq %rcx, 0x40(%rsp)
   214: 41b902000000                   movl $0x2, %r9d
   21a: eb67                           jmp 0x67
   21c: 498d4e18                       leaq 0x18(%r14), %rcx
   220: b850000000                     movl $0x50, %eax
   225: ba08000000                     movl $0x8, %edx
   22a: 4889542440                     movq %rdx, 0x40(%rsp)
   22f: 41b903000000                   movl $0x3, %r9d
   235: 4c89ed                         movq %r13, %rbp
   238: eb1b                           jmp 0x1b
   23a: b864000000                     movl $0x64, %eax
   23f: b90a000000                     movl $0xa, %ecx
   244: 48894c2440                     movq %rcx, 0x40(%rsp)
   249: 41b902000000                   movl $0x2, %r9d
   24f: 4c89f1                         movq %r14, %rcx
   252: 4989ed                         movq %rbp, %r13
   255: 40b701                         movb $0x1, %dil
   258: ba20000000                     movl $0x20, %edx
   25d: 48c70101000000                 movq $0x1, (%rcx)
   264: 488b4c2438                     movq 0x38(%rsp), %rcx
   269: eb25                           jmp 0x25
   26b: b864000000                     movl $0x64, %eax
   270: b90a000000                     movl $0xa, %ecx
   275: 48894c2440                     movq %rcx, 0x40(%rsp)
   27a: 41b902000000                   movl $0x2, %r9d
   280: 4989ed                         movq %rbp, %r13
   283: 40b701                         movb $0x1, %dil
   286: 488b4c2438                     movq 0x38(%rsp), %rcx
   28b: ba20000000                     movl $0x20, %edx
   290: 4939cd                         cmpq %rcx, %r13
   293: 754a                           jne 0x4a
   295: 4c3b7c2448                     cmpq 0x48(%rsp), %r15
   29a: 7552                           jne 0x52
   29c: 4084ff                         testb %dil, %dil
   29f: 7512                           jne 0x12
   2a1: 498b4c2418                     movq 0x18(%r12), %rcx
   2a6: 48896920                       movq %rbp, 0x20(%rcx)
   2aa: 498b4c2418                     movq 0x18(%r12), %rcx
   2af: 48897128                       movq %rsi, 0x28(%rcx)
   2b3: 4903542418                     addq 0x18(%r12), %rdx
   2b8: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x2bb: IMAGE_REL_AMD64_REL32 Rel32 data-4
   2bf: 48034c2440                     addq 0x40(%rsp), %rcx
   2c4: 4889442428                     movq %rax, 0x28(%rsp)
   2c9: 48894c2420                     movq %rcx, 0x20(%rsp)
   2ce: 4c89e1                         movq %r12, %rcx
   2d1: 4d89f0                         movq %r14, %r8
   2d4: e800000000                     callq 0x0
        # hole +0x2d5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   2d9: 4883c450                       addq $0x50, %rsp
   2dd: 5d                             popq %rbp
   2de: c3                             retq
   2df: 498b4c2418                     movq 0x18(%r12), %rcx
   2e4: 4c8929                         movq %r13, (%rcx)
   2e7: 4c3b7c2448                     cmpq 0x48(%rsp), %r15
   2ec: 74ae                           je -0x52
   2ee: 498b4c2418                     movq 0x18(%r12), %rcx
   2f3: 4c897910                       movq %r15, 0x10(%rcx)
   2f7: 4084ff                         testb %dil, %dil
   2fa: 74a5                           je -0x5b
   2fc: ebb5                           jmp -0x4b
   2fe: b850000000                     movl $0x50, %eax
   303: b908000000                     movl $0x8, %ecx
   308: 48894c2440                     movq %rcx, 0x40(%rsp)
   30d: 41b903000000                   movl $0x3, %r9d
   313: 4c89ed                         movq %r13, %rbp
   316: e968ffffff                     jmp -0x98
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
