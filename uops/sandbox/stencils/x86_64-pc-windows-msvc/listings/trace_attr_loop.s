# stencil attr_loop for x86_64-pc-windows-msvc: 801 code bytes, 16 data bytes, 10 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4d8d7d08                       leaq 0x8(%r13), %r15
     9: 498d5d10                       leaq 0x10(%r13), %rbx
     d: 488b2d00000000                 movq (%rip), %rbp
        # hole +0x10: IMAGE_REL_AMD64_REL32 Rel32 data-4
    14: 48bf00000000000000c0           movabsq $-0x4000000000000000, %rdi
    1e: 498b4df8                       movq -0x8(%r13), %rcx
    22: b80a000000                     movl $0xa, %eax
    27: ba01000000                     movl $0x1, %edx
    2c: be01000000                     movl $0x1, %esi
    31: f6c101                         testb $0x1, %cl
    34: 0f854f020000                   jne 0x24f
    3a: 83790804                       cmpl $0x4, 0x8(%rcx)
    3e: 0f8545020000                   jne 0x245
    44: 488b4140                       movq 0x40(%rcx), %rax
    48: 488b5130                       movq 0x30(%rcx), %rdx
    4c: 4c8b4138                       movq 0x38(%rcx), %r8
    50: 4885c0                         testq %rax, %rax
    53: 7e0b                           jle 0xb
    55: 4c39c2                         cmpq %r8, %rdx
    58: 7c0f                           jl 0xf
    5a: e95a020000                     jmp 0x25a
    5f: 90                             nop
    60: 4c39c2                         cmpq %r8, %rdx
    63: 0f8e50020000                   jle 0x250
    69: 4801d0                         addq %rdx, %rax
    6c: 48894130                       movq %rax, 0x30(%rcx)
    70: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    78: 49894500                       movq %rax, (%r13)
    7c: 498b542418                     movq 0x18(%r12), %rdx
    81: 488b4a08                       movq 0x8(%rdx), %rcx
    85: 48894208                       movq %rax, 0x8(%rdx)
    89: f6c101                         testb $0x1, %cl
    8c: 7509                           jne 0x9
    8e: 48ff09                         decq (%rcx)
    91: 0f84c9010000                   je 0x1c9
    97: 498b442418                     movq 0x18(%r12), %rax
    9c: 488b08                         movq (%rax), %rcx
    9f: f6c101                         testb $0x1, %cl
    a2: 7503                           jne 0x3
    a4: 48ff01                         incq (%rcx)
    a7: 49894d00                       movq %rcx, (%r13)
    ab: b83c000000                     movl $0x3c, %eax
    b0: ba06000000                     movl $0x6, %edx
    b5: f6c101                         testb $0x1, %cl
    b8: 0f85f6010000                   jne 0x1f6
    be: 83790807                       cmpl $0x7, 0x8(%rcx)
    c2: 0f85ec010000                   jne 0x1ec
    c8: 4989e8                         movq %rbp, %r8
    cb: 4c8b4930                       movq 0x30(%rcx), %r9
    cf: 4d394130                       cmpq %r8, 0x30(%r9)
    d3: 0f85db010000                   jne 0x1db
    d9: 48ff01                         incq (%rcx)
    dc: 49890f                         movq %rcx, (%r15)
    df: b850000000                     movl $0x50, %eax
    e4: ba08000000                     movl $0x8, %edx
    e9: 83790807                       cmpl $0x7, 0x8(%rcx)
    ed: 0f85eb010000                   jne 0x1eb
    f3: 4883793800                     cmpq $0x0, 0x38(%rcx)
    f8: 0f84e0010000                   je 0x1e0
    fe: 488b4140                       movq 0x40(%rcx), %rax
   102: a801                           testb $0x1, %al
   104: 752a                           jne 0x2a
   106: 48ff00                         incq (%rax)
   109: 498907                         movq %rax, (%r15)
   10c: 48ff09                         decq (%rcx)
   10f: 7527                           jne 0x27
   111: e800000000                     callq 0x0
        # hole +0x112: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   116: 498b442418                     movq 0x18(%r12), %rax
   11b: 488b4810                       movq 0x10(%rax), %rcx
   11f: f6c101                         testb $0x1, %cl
   122: 7426                           je 0x26
   124: e9a1010000                     jmp 0x1a1
   129: 0f1f8000000000                 nopl (%rax)
   130: 498907                         movq %rax, (%r15)
   133: 48ff09                         decq (%rcx)
   136: 74d9                           je -0x27
   138: 498b442418                     movq 0x18(%r12), %rax
   13d: 488b4810                       movq 0x10(%rax), %rcx
   141: f6c101                         testb $0x1, %cl
   144: 0f8580010000                   jne 0x180
   14a: 48ff01                         incq (%rcx)
   14d: 48890b                         movq %rcx, (%rbx)
   150: 83790807                       cmpl $0x7, 0x8(%rcx)
   154: 0f8574010000                   jne 0x174
   15a: 488b4130                       movq 0x30(%rcx), %rax
   15e: 4883783003                     cmpq $0x3, 0x30(%rax)
   163: 0f8565010000                   jne 0x165
   169: 4883793800                     cmpq $0x0, 0x38(%rcx)
   16e: 0f846f010000                   je 0x16f
   174: 488b4140                       movq 0x40(%rcx), %rax
   178: a801                           testb $0x1, %al
   17a: 7524                           jne 0x24
   17c: 48ff00                         incq (%rax)
   17f: 488903                         movq %rax, (%rbx)
   182: 48ff09                         decq (%rcx)
   185: 7521                           jne 0x21
   187: e800000000                     callq 0x0
        # hole +0x188: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   18c: 498b0f                         movq (%r15), %rcx
   18f: f6c101                         testb $0x1, %cl
   192: 7520                           jne 0x20
   194: e9e2000000                     jmp 0xe2
   199: 0f1f8000000000                 nopl (%rax)
   1a0: 488903                         movq %rax, (%rbx)
   1a3: 48ff09                         decq (%rcx)
   1a6: 74df                           je -0x21
   1a8: 498b0f                         movq (%r15), %rcx
   1ab: f6c101                         testb $0x1, %cl
   1ae: 0f84c7000000                   je 0xc7
   1b4: 488b03                         movq (%rbx), %rax
   1b7: a801                           testb $0x1, %al
   1b9: 0f84bc000000                   je 0xbc
   1bf: 48d1f9                         sarq %rcx
   1c2: 48d1f8                         sarq %rax
   1c5: 4801c8                         addq %rcx, %rax
   1c8: 4889c1                         movq %rax, %rcx
   1cb: 4801f9                         addq %rdi, %rcx
   1ce: 0f893a010000                   jns 0x13a
   1d4: 4c8d044501000000               leaq 0x1(,%rax,2), %r8
   1dc: 4d8b4d00                       movq (%r13), %r9
   1e0: 4d894d08                       movq %r9, 0x8(%r13)
   1e4: 4d894500                       movq %r8, (%r13)
   1e8: b896000000                     movl $0x96, %eax
   1ed: ba0f000000                     movl $0xf, %edx
   1f2: 41f6c101                       testb $0x1, %r9b
   1f6: 0f85e2000000                   jne 0xe2
   1fc: 4183790807                     cmpl $0x7, 0x8(%r9)
   201: 0f85d7000000                   jne 0xd7
   207: 4983793802                     cmpq $0x2, 0x38(%r9)
   20c: 0f82cc000000                   jb 0xcc
   212: 498b4948                       movq 0x48(%r9), %rcx
   216: 4d894148                       movq %r8, 0x48(%r9)
   21a: f6c101                         testb $0x1, %cl
   21d: 7510                           jne 0x10
   21f: 48ff09                         decq (%rcx)
   222: 750b                           jne 0xb
   224: 4c89ce                         movq %r9, %rsi
   227: e800000000                     callq 0x0
        # hole +0x228: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   22c: 4989f1                         movq %rsi, %r9
   22f: 49ff09                         decq (%r9)
   232: 7508                           jne 0x8
   234: 4c89c9                         movq %r9, %rcx
   237: e800000000                     callq 0x0
        # hole +0x238: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   23c: 498b4608                       movq 0x8(%r14), %rax
   240: 48ffc0                         incq %rax
   243: 49894608                       movq %rax, 0x8(%r14)
   247: 493b4610                       cmpq 0x10(%r14), %rax
   24b: 0f8da2000000                   jge 0xa2
   251: 49833e00                       cmpq $0x0, (%r14)
   255: 0f84c3fdffff                   je -0x23d
   25b: e99a000000                     jmp 0x9a
   260: e800000000                     callq 0x0
        # hole +0x261: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   265: 498b442418                     movq 0x18(%r12), %rax
   26a: 488b08                         movq (%rax), %rcx
   26d: f6c101                         testb $0x1, %cl
   270: 0f842efeffff                   je -0x1d2
   276: e92cfeffff                     jmp -0x1d4
   27b: 4983c518                       addq $0x18, %r13
   27f: b878000000                     movl $0x78, %eax
   284: ba0c000000                     movl $0xc, %edx
   289: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x28c: IMAGE_REL_AMD64_REL32 Rel32 data+4
   290: 4801d1                         addq %rdx, %rcx
   293: 4889442428                     movq %rax, 0x28(%rsp)
   298: 48894c2420                     movq %rcx, 0x20(%rsp)
   29d: 4c89e1                         movq %r12, %rcx
   2a0: 4c89ea                         movq %r13, %rdx
   2a3: 4d89f0                         movq %r14, %r8
   2a6: 4189f1                         movl %esi, %r9d
   2a9: e800000000                     callq 0x0
        # hole +0x2aa: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   2ae: 4883c430                       addq $0x30, %rsp
   2b2: 5d                             popq %rbp
   2b3: c3                             retq
   2b4: 4d89fd                         movq %r15, %r13
   2b7: ebd0                           jmp -0x30
   2b9: b814000000                     movl $0x14, %eax
   2be: ba02000000                     movl $0x2, %edx
   2c3: be02000000                     movl $0x2, %esi
   2c8: ebbf                           jmp -0x41
   2ca: 49894d10                       movq %rcx, 0x10(%r13)
   2ce: 4983c518                       addq $0x18, %r13
   2d2: b864000000                     movl $0x64, %eax
   2d7: ba0a000000                     movl $0xa, %edx
   2dc: ebab                           jmp -0x55
   2de: 4989dd                         movq %rbx, %r13
   2e1: eba6                           jmp -0x5a
   2e3: 4983c518                       addq $0x18, %r13
   2e7: b86e000000                     movl $0x6e, %eax
   2ec: ba0b000000                     movl $0xb, %edx
   2f1: eb96                           jmp -0x6a
   2f3: 49c70601000000                 movq $0x1, (%r14)
   2fa: b8a0000000                     movl $0xa0, %eax
   2ff: ba10000000                     movl $0x10, %edx
   304: be02000000                     movl $0x2, %esi
   309: e97bffffff                     jmp -0x85
   30e: 4983c518                       addq $0x18, %r13
   312: b882000000                     movl $0x82, %eax
   317: ba0d000000                     movl $0xd, %edx
   31c: e968ffffff                     jmp -0x98
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[6]+0
        # hole data+0x8: GOT Abs64 index+0
