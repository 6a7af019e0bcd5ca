# stencil float_div_loop for x86_64-pc-windows-msvc: 525 code bytes, 8 data bytes, 8 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 660f57ff                       xorpd %xmm7, %xmm7
     8: be01000000                     movl $0x1, %esi
     d: 0f1f00                         nopl (%rax)
    10: 498b55f8                       movq -0x8(%r13), %rdx
    14: b80a000000                     movl $0xa, %eax
    19: b901000000                     movl $0x1, %ecx
    1e: f6c201                         testb $0x1, %dl
    21: 0f85bc010000                   jne 0x1bc
    27: 837a0804                       cmpl $0x4, 0x8(%rdx)
    2b: 0f85b2010000                   jne 0x1b2
    31: 488b4240                       movq 0x40(%rdx), %rax
    35: 488b4a30                       movq 0x30(%rdx), %rcx
    39: 488b7a38                       movq 0x38(%rdx), %rdi
    3d: 4885c0                         testq %rax, %rax
    40: 7e0e                           jle 0xe
    42: 4839f9                         cmpq %rdi, %rcx
    45: 7c12                           jl 0x12
    47: e95c010000                     jmp 0x15c
    4c: 0f1f4000                       nopl (%rax)
    50: 4839f9                         cmpq %rdi, %rcx
    53: 0f8e4f010000                   jle 0x14f
    59: 4801c8                         addq %rcx, %rax
    5c: 48894230                       movq %rax, 0x30(%rdx)
    60: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    68: 49894500                       movq %rax, (%r13)
    6c: 498b542418                     movq 0x18(%r12), %rdx
    71: 488b4a10                       movq 0x10(%rdx), %rcx
    75: 48894210                       movq %rax, 0x10(%rdx)
    79: f6c101                         testb $0x1, %cl
    7c: 7509                           jne 0x9
    7e: 48ff09                         decq (%rcx)
    81: 0f84f6000000                   je 0xf6
    87: 498b442418                     movq 0x18(%r12), %rax
    8c: 488b08                         movq (%rax), %rcx
    8f: f6c101                         testb $0x1, %cl
    92: 7503                           jne 0x3
    94: 48ff01                         incq (%rcx)
    97: 49894d00                       movq %rcx, (%r13)
    9b: 498b442418                     movq 0x18(%r12), %rax
    a0: 488b7808                       movq 0x8(%rax), %rdi
    a4: 40f6c701                       testb $0x1, %dil
    a8: 7507                           jne 0x7
    aa: 48ff07                         incq (%rdi)
    ad: 498b4d00                       movq (%r13), %rcx
    b1: 49897d08                       movq %rdi, 0x8(%r13)
    b5: f6c101                         testb $0x1, %cl
    b8: 0f85da000000                   jne 0xda
    be: 83790802                       cmpl $0x2, 0x8(%rcx)
    c2: 0f85d0000000                   jne 0xd0
    c8: 40f6c701                       testb $0x1, %dil
    cc: 0f85c6000000                   jne 0xc6
    d2: 837f0802                       cmpl $0x2, 0x8(%rdi)
    d6: 0f85bc000000                   jne 0xbc
    dc: f20f107130                     movsd 0x30(%rcx), %xmm6
    e1: f2440f104730                   movsd 0x30(%rdi), %xmm8
    e7: 48ff09                         decq (%rcx)
    ea: 7414                           je 0x14
    ec: 48ff0f                         decq (%rdi)
    ef: 7419                           je 0x19
    f1: 66440f2ec7                     ucomisd %xmm7, %xmm8
    f6: 7527                           jne 0x27
    f8: 7a25                           jp 0x25
    fa: e9b5000000                     jmp 0xb5
    ff: 90                             nop
   100: e800000000                     callq 0x0
        # hole +0x101: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   105: 48ff0f                         decq (%rdi)
   108: 75e7                           jne -0x19
   10a: 4889f9                         movq %rdi, %rcx
   10d: e800000000                     callq 0x0
        # hole +0x10e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   112: 66440f2ec7                     ucomisd %xmm7, %xmm8
   117: 7506                           jne 0x6
   119: 0f8b95000000                   jnp 0x95
   11f: f2410f5ef0                     divsd %xmm8, %xmm6
   124: 4c89f1                         movq %r14, %rcx
   127: 660f28ce                       movapd %xmm6, %xmm1
   12b: e800000000                     callq 0x0
        # hole +0x12c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   130: 4885c0                         testq %rax, %rax
   133: 0f8483000000                   je 0x83
   139: 49894500                       movq %rax, (%r13)
   13d: 498b542418                     movq 0x18(%r12), %rdx
   142: 488b0a                         movq (%rdx), %rcx
   145: 488902                         movq %rax, (%rdx)
   148: f6c101                         testb $0x1, %cl
   14b: 7513                           jne 0x13
   14d: 48ff09                         decq (%rcx)
   150: 750e                           jne 0xe
   152: e800000000                     callq 0x0
        # hole +0x153: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   157: 660f1f840000000000             nopw (%rax,%rax)
   160: 498b4608                       movq 0x8(%r14), %rax
   164: 48ffc0                         incq %rax
   167: 49894608                       movq %rax, 0x8(%r14)
   16b: 493b4610                       cmpq 0x10(%r14), %rax
   16f: 7d5c                           jge 0x5c
   171: 49833e00                       cmpq $0x0, (%r14)
   175: 0f8495feffff                   je -0x16b
   17b: eb57                           jmp 0x57
   17d: e800000000                     callq 0x0
        # hole +0x17e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   182: 498b442418                     movq 0x18(%r12), %rax
   187: 488b08                         movq (%rax), %rcx
   18a: f6c101                         testb $0x1, %cl
   18d: 0f8401ffffff                   je -0xff
   193: e9fffeffff                     jmp -0x101
   198: 4983c510                       addq $0x10, %r13
   19c: b846000000                     movl $0x46, %eax
   1a1: b907000000                     movl $0x7, %ecx
   1a6: eb3b                           jmp 0x3b
   1a8: b814000000                     movl $0x14, %eax
   1ad: b902000000                     movl $0x2, %ecx
   1b2: eb2a                           jmp 0x2a
   1b4: 49c7461801000000               movq $0x1, 0x18(%r14)
   1bc: b850000000                     movl $0x50, %eax
   1c1: b908000000                     movl $0x8, %ecx
   1c6: be03000000                     movl $0x3, %esi
   1cb: eb16                           jmp 0x16
   1cd: 49c70601000000                 movq $0x1, (%r14)
   1d4: b864000000                     movl $0x64, %eax
   1d9: b90a000000                     movl $0xa, %ecx
   1de: be02000000                     movl $0x2, %esi
   1e3: 488b1500000000                 movq (%rip), %rdx
        # hole +0x1e6: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1ea: 4801ca                         addq %rcx, %rdx
   1ed: 4889442428                     movq %rax, 0x28(%rsp)
   1f2: 4889542420                     movq %rdx, 0x20(%rsp)
   1f7: 4c89e1                         movq %r12, %rcx
   1fa: 4c89ea                         movq %r13, %rdx
   1fd: 4d89f0                         movq %r14, %r8
   200: 4189f1                         movl %esi, %r9d
   203: e800000000                     callq 0x0
        # hole +0x204: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   208: 4883c438                       addq $0x38, %rsp
   20c: c3                             retq
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
