# stencil float_div_loop for x86_64-pc-windows-msvc: 1094 code bytes, 8 data bytes, 12 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 498b4c2418                     movq 0x18(%r12), %rcx
     a: 488b7918                       movq 0x18(%rcx), %rdi
     e: 41b901000000                   movl $0x1, %r9d
    14: bd01000000                     movl $0x1, %ebp
    19: b80a000000                     movl $0xa, %eax
    1e: ba20000000                     movl $0x20, %edx
    23: 40f6c701                       testb $0x1, %dil
    27: 0f852b010000                   jne 0x12b
    2d: 837f0804                       cmpl $0x4, 0x8(%rdi)
    31: 0f8521010000                   jne 0x121
    37: 488b19                         movq (%rcx), %rbx
    3a: 488b7108                       movq 0x8(%rcx), %rsi
    3e: 4c8b6910                       movq 0x10(%rcx), %r13
    42: 488b4740                       movq 0x40(%rdi), %rax
    46: 4c8b7f30                       movq 0x30(%rdi), %r15
    4a: 488b4f38                       movq 0x38(%rdi), %rcx
    4e: 4885c0                         testq %rax, %rax
    51: 7e1a                           jle 0x1a
    53: 4939cf                         cmpq %rcx, %r15
    56: 7c1a                           jl 0x1a
    58: 41b902000000                   movl $0x2, %r9d
    5e: bd02000000                     movl $0x2, %ebp
    63: b814000000                     movl $0x14, %eax
    68: e9eb000000                     jmp 0xeb
    6d: 4939cf                         cmpq %rcx, %r15
    70: 7ee6                           jle -0x1a
    72: 4c01f8                         addq %r15, %rax
    75: 48894730                       movq %rax, 0x30(%rdi)
    79: 41f6c501                       testb $0x1, %r13b
    7d: 750e                           jne 0xe
    7f: 49ff4d00                       decq (%r13)
    83: 7508                           jne 0x8
    85: 4c89e9                         movq %r13, %rcx
    88: e800000000                     callq 0x0
        # hole +0x89: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    8d: f6c301                         testb $0x1, %bl
    90: 7503                           jne 0x3
    92: 48ff03                         incq (%rbx)
    95: 40f6c601                       testb $0x1, %sil
    99: 7503                           jne 0x3
    9b: 48ff06                         incq (%rsi)
    9e: 4e8d3c7d01000000               leaq 0x1(,%r15,2), %r15
    a6: 41b901000000                   movl $0x1, %r9d
    ac: bd07000000                     movl $0x7, %ebp
    b1: b846000000                     movl $0x46, %eax
    b6: ba30000000                     movl $0x30, %edx
    bb: f6c301                         testb $0x1, %bl
    be: 7571                           jne 0x71
    c0: 837b0802                       cmpl $0x2, 0x8(%rbx)
    c4: 756b                           jne 0x6b
    c6: 40f6c601                       testb $0x1, %sil
    ca: 7565                           jne 0x65
    cc: 837e0802                       cmpl $0x2, 0x8(%rsi)
    d0: 755f                           jne 0x5f
    d2: f20f107330                     movsd 0x30(%rbx), %xmm6
    d7: f20f107e30                     movsd 0x30(%rsi), %xmm7
    dc: 48ff0b                         decq (%rbx)
    df: 0f859d000000                   jne 0x9d
    e5: 4889d9                         movq %rbx, %rcx
    e8: e800000000                     callq 0x0
        # hole +0xe9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    ed: 48ff0e                         decq (%rsi)
    f0: 0f8495000000                   je 0x95
    f6: 660f57c0                       xorpd %xmm0, %xmm0
    fa: 660f2ef8                       ucomisd %xmm0, %xmm7
    fe: 0f859f000000                   jne 0x9f
   104: 0f8a99000000                   jp 0x99
   10a: 49c7461801000000               movq $0x1, 0x18(%r14)
   112: 41b903000000                   movl $0x3, %r9d
   118: bd08000000                     movl $0x8, %ebp
   11d: b850000000                     movl $0x50, %eax
   122: 40b701                         movb $0x1, %dil
   125: ba20000000                     movl $0x20, %edx
   12a: 4d39ef                         cmpq %r13, %r15
   12d: 7509                           jne 0x9
   12f: eb10                           jmp 0x10
   131: 31ff                           xorl %edi, %edi
   133: 4d39ef                         cmpq %r13, %r15
   136: 7409                           je 0x9
   138: 498b4c2418                     movq 0x18(%r12), %rcx
   13d: 4c897910                       movq %r15, 0x10(%rcx)
   141: 4084ff                         testb %dil, %dil
   144: 7512                           jne 0x12
   146: 498b4c2418                     movq 0x18(%r12), %rcx
   14b: 48895920                       movq %rbx, 0x20(%rcx)
   14f: 498b4c2418                     movq 0x18(%r12), %rcx
   154: 48897128                       movq %rsi, 0x28(%rcx)
   158: 4903542418                     addq 0x18(%r12), %rdx
   15d: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x160: IMAGE_REL_AMD64_REL32 Rel32 data-4
   164: 4801e9                         addq %rbp, %rcx
   167: 4889442428                     movq %rax, 0x28(%rsp)
   16c: 48894c2420                     movq %rcx, 0x20(%rsp)
   171: 4c89e1                         movq %r12, %rcx
   174: 4d89f0                         movq %r14, %r8
   177: e800000000                     callq 0x0
        # hole +0x178: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   17c: 4883c440                       addq $0x40, %rsp
   180: 5d                             popq %rbp
   181: c3                             retq
   182: 48ff0e                         decq (%rsi)
   185: 0f856bffffff                   jne -0x95
   18b: 4889f1                         movq %rsi, %rcx
   18e: e800000000                     callq 0x0
        # hole +0x18f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   193: 660f57c0                       xorpd %xmm0, %xmm0
   197: 660f2ef8                       ucomisd %xmm0, %xmm7
   19b: 7506                           jne 0x6
   19d: 0f8b67ffffff                   jnp -0x99
   1a3: 4c897c2438                     movq %r15, 0x38(%rsp)
   1a8: f20f5ef7                       divsd %xmm7, %xmm6
   1ac: 4c89f1                         movq %r14, %rcx
   1af: 660f28ce                       movapd %xmm6, %xmm1
   1b3: e800000000                     callq 0x0
        # hole +0x1b4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   1b8: 4885c0                         testq %rax, %rax
   1bb: 0f845a020000                   je 0x25a
   1c1: 4989c7                         movq %rax, %r15
   1c4: 48ff0b                         decq (%rbx)
   1c7: 7508                           jne 0x8
   1c9: 4889d9                         movq %rbx, %rcx
   1cc: e800000000                     callq 0x0
        # hole +0x1cd: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1d1: 498b4608                       movq 0x8(%r14), %rax
   1d5: 48ffc0                         incq %rax
   1d8: 49894608                       movq %rax, 0x8(%r14)
   1dc: 493b4610                       cmpq 0x10(%r14), %rax
   1e0: 0f8d64010000                   jge 0x164
   1e6: ba20000000                     movl $0x20, %edx
   1eb: b864000000                     movl $0x64, %eax
   1f0: bd0a000000                     movl $0xa, %ebp
   1f5: 41b902000000                   movl $0x2, %r9d
   1fb: 49833e00                       cmpq $0x0, (%r14)
   1ff: 0f85f0010000                   jne 0x1f0
   205: b80a000000                     movl $0xa, %eax
   20a: bd01000000                     movl $0x1, %ebp
   20f: 41b901000000                   movl $0x1, %r9d
   215: 837f0804                       cmpl $0x4, 0x8(%rdi)
   219: 0f85d6010000                   jne 0x1d6
   21f: 4c896c2430                     movq %r13, 0x30(%rsp)
   224: 660f57ff                       xorpd %xmm7, %xmm7
   228: 4d89fd                         movq %r15, %r13
   22b: 488b4730                       movq 0x30(%rdi), %rax
   22f: 488b4f40                       movq 0x40(%rdi), %rcx
   233: 4885c9                         testq %rcx, %rcx
   236: 7e0b                           jle 0xb
   238: 483b4738                       cmpq 0x38(%rdi), %rax
   23c: 7c0f                           jl 0xf
   23e: e92b010000                     jmp 0x12b
   243: 483b4738                       cmpq 0x38(%rdi), %rax
   247: 0f8e21010000                   jle 0x121
   24d: 4801c1                         addq %rax, %rcx
   250: 48894f30                       movq %rcx, 0x30(%rdi)
   254: 4c8d3c4501000000               leaq 0x1(,%rax,2), %r15
   25c: 41f6c501                       testb $0x1, %r13b
   260: 4c897c2438                     movq %r15, 0x38(%rsp)
   265: 0f8518010000                   jne 0x118
   26b: 49ff4500                       incq (%r13)
   26f: 48ff06                         incq (%rsi)
   272: b846000000                     movl $0x46, %eax
   277: 41837d0802                     cmpl $0x2, 0x8(%r13)
   27c: 0f851f010000                   jne 0x11f
   282: 837e0802                       cmpl $0x2, 0x8(%rsi)
   286: 0f8515010000                   jne 0x115
   28c: f2410f107530                   movsd 0x30(%r13), %xmm6
   292: f2440f104630                   movsd 0x30(%rsi), %xmm8
   298: 49ff4d00                       decq (%r13)
   29c: 7413                           je 0x13
   29e: 48ff0e                         decq (%rsi)
   2a1: 741b                           je 0x1b
   2a3: 66440f2ec7                     ucomisd %xmm7, %xmm8
   2a8: 7529                           jne 0x29
   2aa: 7a27                           jp 0x27
   2ac: e906010000                     jmp 0x106
   2b1: 4c89e9                         movq %r13, %rcx
   2b4: e800000000                     callq 0x0
        # hole +0x2b5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2b9: 48ff0e                         decq (%rsi)
   2bc: 75e5                           jne -0x1b
   2be: 4889f1                         movq %rsi, %rcx
   2c1: e800000000                     callq 0x0
        # hole +0x2c2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2c6: 66440f2ec7                     ucomisd %xmm7, %xmm8
   2cb: 7506                           jne 0x6
   2cd: 0f8be4000000                   jnp 0xe4
   2d3: f2410f5ef0                     divsd %xmm8, %xmm6
   2d8: 4c89f1                         movq %r14, %rcx
   2db: 660f28ce                       movapd %xmm6, %xmm1
   2df: e800000000                     callq 0x0
        # hole +0x2e0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   2e4: 4885c0                         testq %rax, %rax
   2e7: 0f84d2000000                   je 0xd2
   2ed: 4989c7                         movq %rax, %r15
   2f0: 49ff4d00                       decq (%r13)
   2f4: ba20000000                     movl $0x20, %edx
   2f9: 41b901000000                   movl $0x1, %r9d
   2ff: 7513                           jne 0x13
   301: 4c89e9                         movq %r13, %rcx
   304: e800000000                     callq 0x0
        # hole +0x305: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   309: 41b901000000                   movl $0x1, %r9d
   30f: ba20000000                     movl $0x20, %edx
   314: 498b4608                       movq 0x8(%r14), %rax
   318: 48ffc0                         incq %rax
   31b: 49894608                       movq %rax, 0x8(%r14)
   31f: 493b4610                       cmpq 0x10(%r14), %rax
   323: 0f8db0000000                   jge 0xb0
   329: 49833e00                       cmpq $0x0, (%r14)
   32d: 0f85ad000000                   jne 0xad
   333: 837f0804                       cmpl $0x4, 0x8(%rdi)
   337: 4d89fd                         movq %r15, %r13
   33a: 0f84ebfeffff                   je -0x115
   340: b80a000000                     movl $0xa, %eax
   345: e9a6000000                     jmp 0xa6
   34a: 49c70601000000                 movq $0x1, (%r14)
   351: ba20000000                     movl $0x20, %edx
   356: 40b701                         movb $0x1, %dil
   359: b864000000                     movl $0x64, %eax
   35e: bd0a000000                     movl $0xa, %ebp
   363: 41b902000000                   movl $0x2, %r9d
   369: e98a000000                     jmp 0x8a
   36e: b814000000                     movl $0x14, %eax
   373: bd02000000                     movl $0x2, %ebp
   378: 4d89ef                         movq %r13, %r15
   37b: 41b902000000                   movl $0x2, %r9d
   381: eb6d                           jmp 0x6d
   383: 48ff06                         incq (%rsi)
   386: ba30000000                     movl $0x30, %edx
   38b: b846000000                     movl $0x46, %eax
   390: bd07000000                     movl $0x7, %ebp
   395: 31ff                           xorl %edi, %edi
   397: 4d89ef                         movq %r13, %r15
   39a: 4c8b6c2430                     movq 0x30(%rsp), %r13
   39f: eb57                           jmp 0x57
   3a1: 31ff                           xorl %edi, %edi
   3a3: 4d89ef                         movq %r13, %r15
   3a6: bd07000000                     movl $0x7, %ebp
   3ab: ba30000000                     movl $0x30, %edx
   3b0: 4c8b6c2430                     movq 0x30(%rsp), %r13
   3b5: eb41                           jmp 0x41
   3b7: 49c7461801000000               movq $0x1, 0x18(%r14)
   3bf: b850000000                     movl $0x50, %eax
   3c4: bd08000000                     movl $0x8, %ebp
   3c9: 41b903000000                   movl $0x3, %r9d
   3cf: 4d89ef                         movq %r13, %r15
   3d2: ba20000000                     movl $0x20, %edx
   3d7: eb17                           jmp 0x17
   3d9: 49c70601000000                 movq $0x1, (%r14)
   3e0: bd0a000000                     movl $0xa, %ebp
   3e5: 41b902000000                   movl $0x2, %r9d
   3eb: b864000000                     movl $0x64, %eax
   3f0: 4c8b6c2430                     movq 0x30(%rsp), %r13
   3f5: 40b701                         movb $0x1, %dil
   3f8: 4939df                         cmpq %rbx, %r15
   3fb: 7408                           je 0x8
   3fd: 498b4c2418                     movq 0x18(%r12), %rcx
   402: 4c8939                         movq %r15, (%rcx)
   405: 4c89fb                         movq %r15, %rbx
   408: 4c8b7c2438                     movq 0x38(%rsp), %r15
   40d: 4d39ef                         cmpq %r13, %r15
   410: 0f842bfdffff                   je -0x2d5
   416: e91dfdffff                     jmp -0x2e3
   41b: 41b903000000                   movl $0x3, %r9d
   421: bd08000000                     movl $0x8, %ebp
   426: b850000000                     movl $0x50, %eax
   42b: 40b701                         movb $0x1, %dil
   42e: ba20000000                     movl $0x20, %edx
   433: 4c8b7c2438                     movq 0x38(%rsp), %r15
   438: 4d39ef                         cmpq %r13, %r15
   43b: 0f85f7fcffff                   jne -0x309
   441: e9fbfcffff                     jmp -0x305
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
