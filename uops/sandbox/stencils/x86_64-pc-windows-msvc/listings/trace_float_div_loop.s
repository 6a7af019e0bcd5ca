# stencil float_div_loop for x86_64-pc-windows-msvc: 550 code bytes, 8 data bytes, 12 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 660f57ff                       xorpd %xmm7, %xmm7
     8: 498b45f8                       movq -0x8(%r13), %rax
     c: a801                           testb $0x1, %al
     e: 0f85a7010000                   jne 0x1a7
    14: 83780804                       cmpl $0x4, 0x8(%rax)
    18: 0f859d010000                   jne 0x19d
    1e: 488b4840                       movq 0x40(%rax), %rcx
    22: 488b5030                       movq 0x30(%rax), %rdx
    26: 488b7038                       movq 0x38(%rax), %rsi
    2a: 4885c9                         testq %rcx, %rcx
    2d: 7e11                           jle 0x11
    2f: 4839f2                         cmpq %rsi, %rdx
    32: 7c15                           jl 0x15
    34: e993010000                     jmp 0x193
    39: 0f1f8000000000                 nopl (%rax)
    40: 4839f2                         cmpq %rsi, %rdx
    43: 0f8e83010000                   jle 0x183
    49: 4801d1                         addq %rdx, %rcx
    4c: 48894830                       movq %rcx, 0x30(%rax)
    50: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    58: 49894500                       movq %rax, (%r13)
    5c: 498b542418                     movq 0x18(%r12), %rdx
    61: 488b4a10                       movq 0x10(%rdx), %rcx
    65: 48894210                       movq %rax, 0x10(%rdx)
    69: f6c101                         testb $0x1, %cl
    6c: 7505                           jne 0x5
    6e: 48ff09                         decq (%rcx)
    71: 7479                           je 0x79
    73: 498b442418                     movq 0x18(%r12), %rax
    78: 488b08                         movq (%rax), %rcx
    7b: f6c101                         testb $0x1, %cl
    7e: 7503                           jne 0x3
    80: 48ff01                         incq (%rcx)
    83: 49894d00                       movq %rcx, (%r13)
    87: 498b442418                     movq 0x18(%r12), %rax
    8c: 488b7008                       movq 0x8(%rax), %rsi
    90: 40f6c601                       testb $0x1, %sil
    94: 7507                           jne 0x7
    96: 48ff06                         incq (%rsi)
    99: 498b4d00                       movq (%r13), %rcx
    9d: 49897508                       movq %rsi, 0x8(%r13)
    a1: f6c101                         testb $0x1, %cl
    a4: 0f85da000000                   jne 0xda
    aa: 83790802                       cmpl $0x2, 0x8(%rcx)
    ae: 0f85d0000000                   jne 0xd0
    b4: 89f0                           movl %esi, %eax
    b6: 83e001                         andl $0x1, %eax
    b9: 0f85c5000000                   jne 0xc5
    bf: 837e0802                       cmpl $0x2, 0x8(%rsi)
    c3: 0f85bb000000                   jne 0xbb
    c9: f20f107130                     movsd 0x30(%rcx), %xmm6
    ce: f2440f104630                   movsd 0x30(%rsi), %xmm8
    d4: 48ff09                         decq (%rcx)
    d7: 7427                           je 0x27
    d9: 48ff0e                         decq (%rsi)
    dc: 742c                           je 0x2c
    de: 66440f2ec7                     ucomisd %xmm7, %xmm8
    e3: 753a                           jne 0x3a
    e5: 7a38                           jp 0x38
    e7: e9f8000000                     jmp 0xf8
    ec: e800000000                     callq 0x0
        # hole +0xed: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    f1: 498b442418                     movq 0x18(%r12), %rax
    f6: 488b08                         movq (%rax), %rcx
    f9: f6c101                         testb $0x1, %cl
    fc: 7482                           je -0x7e
    fe: eb83                           jmp -0x7d
   100: e800000000                     callq 0x0
        # hole +0x101: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   105: 48ff0e                         decq (%rsi)
   108: 75d4                           jne -0x2c
   10a: 4889f1                         movq %rsi, %rcx
   10d: e800000000                     callq 0x0
        # hole +0x10e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   112: 66440f2ec7                     ucomisd %xmm7, %xmm8
   117: 7506                           jne 0x6
   119: 0f8bc5000000                   jnp 0xc5
   11f: f2410f5ef0                     divsd %xmm8, %xmm6
   124: 4c89f1                         movq %r14, %rcx
   127: 660f28ce                       movapd %xmm6, %xmm1
   12b: e800000000                     callq 0x0
        # hole +0x12c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   130: 4885c0                         testq %rax, %rax
   133: 0f84b3000000                   je 0xb3
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
   16f: 0f8d8f000000                   jge 0x8f
   175: 49833e00                       cmpq $0x0, (%r14)
   179: 0f8489feffff                   je -0x177
   17f: e987000000                     jmp 0x87
   184: 4983c510                       addq $0x10, %r13
   188: 488b0500000000                 movq (%rip), %rax
        # hole +0x18b: IMAGE_REL_AMD64_REL32 Rel32 data-4
   18f: 4883c007                       addq $0x7, %rax
   193: b946000000                     movl $0x46, %ecx
   198: 41b901000000                   movl $0x1, %r9d
   19e: 48894c2428                     movq %rcx, 0x28(%rsp)
   1a3: 4889442420                     movq %rax, 0x20(%rsp)
   1a8: 4c89e1                         movq %r12, %rcx
   1ab: 4c89ea                         movq %r13, %rdx
   1ae: 4d89f0                         movq %r14, %r8
   1b1: e800000000                     callq 0x0
        # hole +0x1b2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   1b6: 4883c438                       addq $0x38, %rsp
   1ba: c3                             retq
   1bb: 488b0500000000                 movq (%rip), %rax
        # hole +0x1be: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1c2: 48ffc0                         incq %rax
   1c5: b90a000000                     movl $0xa, %ecx
   1ca: ebcc                           jmp -0x34
   1cc: 488b0500000000                 movq (%rip), %rax
        # hole +0x1cf: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1d3: 4883c002                       addq $0x2, %rax
   1d7: b914000000                     movl $0x14, %ecx
   1dc: 41b902000000                   movl $0x2, %r9d
   1e2: ebba                           jmp -0x46
   1e4: 49c7461801000000               movq $0x1, 0x18(%r14)
   1ec: 488b0500000000                 movq (%rip), %rax
        # hole +0x1ef: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1f3: 4883c008                       addq $0x8, %rax
   1f7: b950000000                     movl $0x50, %ecx
   1fc: 41b903000000                   movl $0x3, %r9d
   202: eb9a                           jmp -0x66
   204: 49c70601000000                 movq $0x1, (%r14)
   20b: 488b0500000000                 movq (%rip), %rax
        # hole +0x20e: IMAGE_REL_AMD64_REL32 Rel32 data-4
   212: 4883c00a                       addq $0xa, %rax
   216: b964000000                     movl $0x64, %ecx
   21b: 41b902000000                   movl $0x2, %r9d
   221: e978ffffff                     jmp -0x88
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
