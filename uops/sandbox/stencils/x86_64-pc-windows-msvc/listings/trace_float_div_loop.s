# stencil float_div_loop for x86_64-pc-windows-msvc: 550 code bytes, 0 data bytes, 6 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 49bf0700000003000000           movabsq $0x300000007, %r15
     f: 498d47fa                       leaq -0x6(%r15), %rax
    13: 4889442438                     movq %rax, 0x38(%rsp)
    18: 498d5ffb                       leaq -0x5(%r15), %rbx
    1c: 660f57ff                       xorpd %xmm7, %xmm7
    20: 498d6f01                       leaq 0x1(%r15), %rbp
    24: be01000000                     movl $0x1, %esi
    29: 0f1f8000000000                 nopl (%rax)
    30: 498b4df8                       movq -0x8(%r13), %rcx
    34: b80a000000                     movl $0xa, %eax
    39: f6c101                         testb $0x1, %cl
    3c: 0f8581010000                   jne 0x181
    42: 83790804                       cmpl $0x4, 0x8(%rcx)
    46: 0f8577010000                   jne 0x177
    4c: 488b4140                       movq 0x40(%rcx), %rax
    50: 488b5130                       movq 0x30(%rcx), %rdx
    54: 488b7938                       movq 0x38(%rcx), %rdi
    58: 4885c0                         testq %rax, %rax
    5b: 7e13                           jle 0x13
    5d: 4839fa                         cmpq %rdi, %rdx
    60: 7c17                           jl 0x17
    62: e963010000                     jmp 0x163
    67: 660f1f840000000000             nopw (%rax,%rax)
    70: 4839fa                         cmpq %rdi, %rdx
    73: 0f8e51010000                   jle 0x151
    79: 4801d0                         addq %rdx, %rax
    7c: 48894130                       movq %rax, 0x30(%rcx)
    80: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    88: 49894500                       movq %rax, (%r13)
    8c: 498b542418                     movq 0x18(%r12), %rdx
    91: 488b4a10                       movq 0x10(%rdx), %rcx
    95: 48894210                       movq %rax, 0x10(%rdx)
    99: f6c101                         testb $0x1, %cl
    9c: 7509                           jne 0x9
    9e: 48ff09                         decq (%rcx)
    a1: 0f84f6000000                   je 0xf6
    a7: 498b442418                     movq 0x18(%r12), %rax
    ac: 488b08                         movq (%rax), %rcx
    af: f6c101                         testb $0x1, %cl
    b2: 7503                           jne 0x3
    b4: 48ff01                         incq (%rcx)
    b7: 49894d00                       movq %rcx, (%r13)
    bb: 498b442418                     movq 0x18(%r12), %rax
    c0: 488b7808                       movq 0x8(%rax), %rdi
    c4: 40f6c701                       testb $0x1, %dil
    c8: 7507                           jne 0x7
    ca: 48ff07                         incq (%rdi)
    cd: 498b4d00                       movq (%r13), %rcx
    d1: 49897d08                       movq %rdi, 0x8(%r13)
    d5: f6c101                         testb $0x1, %cl
    d8: 0f85da000000                   jne 0xda
    de: 83790802                       cmpl $0x2, 0x8(%rcx)
    e2: 0f85d0000000                   jne 0xd0
    e8: 40f6c701                       testb $0x1, %dil
    ec: 0f85c6000000                   jne 0xc6
    f2: 837f0802                       cmpl $0x2, 0x8(%rdi)
    f6: 0f85bc000000                   jne 0xbc
    fc: f20f107130                     movsd 0x30(%rcx), %xmm6
   101: f2440f104730                   movsd 0x30(%rdi), %xmm8
   107: 48ff09                         decq (%rcx)
   10a: 7414                           je 0x14
   10c: 48ff0f                         decq (%rdi)
   10f: 7419                           je 0x19
   111: 66440f2ec7                     ucomisd %xmm7, %xmm8
   116: 7527                           jne 0x27
   118: 7a25                           jp 0x25
   11a: e9b7000000                     jmp 0xb7
   11f: 90                             nop
   120: e800000000                     callq 0x0
        # hole +0x121: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   125: 48ff0f                         decq (%rdi)
   128: 75e7                           jne -0x19
   12a: 4889f9                         movq %rdi, %rcx
   12d: e800000000                     callq 0x0
        # hole +0x12e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   132: 66440f2ec7                     ucomisd %xmm7, %xmm8
   137: 7506                           jne 0x6
   139: 0f8b97000000                   jnp 0x97
   13f: f2410f5ef0                     divsd %xmm8, %xmm6
   144: 4c89f1                         movq %r14, %rcx
   147: 660f28ce                       movapd %xmm6, %xmm1
   14b: e800000000                     callq 0x0
        # hole +0x14c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   150: 4885c0                         testq %rax, %rax
   153: 0f8485000000                   je 0x85
   159: 49894500                       movq %rax, (%r13)
   15d: 498b542418                     movq 0x18(%r12), %rdx
   162: 488b0a                         movq (%rdx), %rcx
   165: 488902                         movq %rax, (%rdx)
   168: f6c101                         testb $0x1, %cl
   16b: 7513                           jne 0x13
   16d: 48ff09                         decq (%rcx)
   170: 750e                           jne 0xe
   172: e800000000                     callq 0x0
        # hole +0x173: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   177: 660f1f840000000000             nopw (%rax,%rax)
   180: 498b4608                       movq 0x8(%r14), %rax
   184: 48ffc0                         incq %rax
   187: 49894608                       movq %rax, 0x8(%r14)
   18b: 493b4610                       cmpq 0x10(%r14), %rax
   18f: 7d5c                           jge 0x5c
   191: 49833e00                       cmpq $0x0, (%r14)
   195: 0f8495feffff                   je -0x16b
   19b: eb57                           jmp 0x57
   19d: e800000000                     callq 0x0
        # hole +0x19e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1a2: 498b442418                     movq 0x18(%r12), %rax
   1a7: 488b08                         movq (%rax), %rcx
   1aa: f6c101                         testb $0x1, %cl
   1ad: 0f8401ffffff                   je -0xff
   1b3: e9fffeffff                     jmp -0x101
   1b8: 4983c510                       addq $0x10, %r13
   1bc: b846000000                     movl $0x46, %eax
   1c1: eb3f                           jmp 0x3f
   1c3: 488b5c2438                     movq 0x38(%rsp), %rbx
   1c8: eb3b                           jmp 0x3b
   1ca: b814000000                     movl $0x14, %eax
   1cf: be02000000                     movl $0x2, %esi
   1d4: eb2f                           jmp 0x2f
   1d6: 49c7461801000000               movq $0x1, 0x18(%r14)
   1de: b850000000                     movl $0x50, %eax
   1e3: be03000000                     movl $0x3, %esi
   1e8: 4889eb                         movq %rbp, %rbx
   1eb: eb18                           jmp 0x18
   1ed: 49c70601000000                 movq $0x1, (%r14)
   1f4: 4983c703                       addq $0x3, %r15
   1f8: b864000000                     movl $0x64, %eax
   1fd: be02000000                     movl $0x2, %esi
   202: 4c89fb                         movq %r15, %rbx
   205: 4889442428                     movq %rax, 0x28(%rsp)
   20a: 48895c2420                     movq %rbx, 0x20(%rsp)
   20f: 4c89e1                         movq %r12, %rcx
   212: 4c89ea                         movq %r13, %rdx
   215: 4d89f0                         movq %r14, %r8
   218: 4189f1                         movl %esi, %r9d
   21b: e800000000                     callq 0x0
        # hole +0x21c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   220: 4883c440                       addq $0x40, %rsp
   224: 5d                             popq %rbp
   225: c3                             retq
