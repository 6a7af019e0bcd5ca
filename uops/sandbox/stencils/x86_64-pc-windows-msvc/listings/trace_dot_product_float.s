# stencil dot_product_float for x86_64-pc-windows-msvc: 963 code bytes, 8 data bytes, 13 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4d8d7d10                       leaq 0x10(%r13), %r15
     9: 498d6d08                       leaq 0x8(%r13), %rbp
     d: 498d5d18                       leaq 0x18(%r13), %rbx
    11: 498b45f8                       movq -0x8(%r13), %rax
    15: ba0a000000                     movl $0xa, %edx
    1a: 41b801000000                   movl $0x1, %r8d
    20: be01000000                     movl $0x1, %esi
    25: a801                           testb $0x1, %al
    27: 0f85fd020000                   jne 0x2fd
    2d: 83780804                       cmpl $0x4, 0x8(%rax)
    31: 0f85f3020000                   jne 0x2f3
    37: 488b4840                       movq 0x40(%rax), %rcx
    3b: 488b5030                       movq 0x30(%rax), %rdx
    3f: 488b7838                       movq 0x38(%rax), %rdi
    43: 4885c9                         testq %rcx, %rcx
    46: 7e18                           jle 0x18
    48: 4839fa                         cmpq %rdi, %rdx
    4b: 7c1c                           jl 0x1c
    4d: e919030000                     jmp 0x319
    52: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    60: 4839fa                         cmpq %rdi, %rdx
    63: 0f8e02030000                   jle 0x302
    69: 4801d1                         addq %rdx, %rcx
    6c: 48894830                       movq %rcx, 0x30(%rax)
    70: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    78: 49894500                       movq %rax, (%r13)
    7c: 498b542418                     movq 0x18(%r12), %rdx
    81: 488b4a18                       movq 0x18(%rdx), %rcx
    85: 48894218                       movq %rax, 0x18(%rdx)
    89: f6c101                         testb $0x1, %cl
    8c: 7509                           jne 0x9
    8e: 48ff09                         decq (%rcx)
    91: 0f8454020000                   je 0x254
    97: 498b442418                     movq 0x18(%r12), %rax
    9c: 488b4010                       movq 0x10(%rax), %rax
    a0: a801                           testb $0x1, %al
    a2: 7503                           jne 0x3
    a4: 48ff00                         incq (%rax)
    a7: 49894500                       movq %rax, (%r13)
    ab: 498b442418                     movq 0x18(%r12), %rax
    b0: 488b08                         movq (%rax), %rcx
    b3: f6c101                         testb $0x1, %cl
    b6: 7503                           jne 0x3
    b8: 48ff01                         incq (%rcx)
    bb: 48894d00                       movq %rcx, (%rbp)
    bf: 498b442418                     movq 0x18(%r12), %rax
    c4: 488b4018                       movq 0x18(%rax), %rax
    c8: a801                           testb $0x1, %al
    ca: 7507                           jne 0x7
    cc: 48ff00                         incq (%rax)
    cf: 488b4d00                       movq (%rbp), %rcx
    d3: 498907                         movq %rax, (%r15)
    d6: ba50000000                     movl $0x50, %edx
    db: 41b808000000                   movl $0x8, %r8d
    e1: f6c101                         testb $0x1, %cl
    e4: 0f856b020000                   jne 0x26b
    ea: a801                           testb $0x1, %al
    ec: 0f8463020000                   je 0x263
    f2: 83790803                       cmpl $0x3, 0x8(%rcx)
    f6: 0f8559020000                   jne 0x259
    fc: 48d1f8                         sarq %rax
    ff: 0f8850020000                   js 0x250
   105: 483b4130                       cmpq 0x30(%rcx), %rax
   109: 0f8d46020000                   jge 0x246
   10f: 488b5140                       movq 0x40(%rcx), %rdx
   113: 488b3cc2                       movq (%rdx,%rax,8), %rdi
   117: 40f6c701                       testb $0x1, %dil
   11b: 7503                           jne 0x3
   11d: 48ff07                         incq (%rdi)
   120: 48ff09                         decq (%rcx)
   123: 7505                           jne 0x5
   125: e800000000                     callq 0x0
        # hole +0x126: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   12a: 48897d00                       movq %rdi, (%rbp)
   12e: 498b442418                     movq 0x18(%r12), %rax
   133: 488b4808                       movq 0x8(%rax), %rcx
   137: f6c101                         testb $0x1, %cl
   13a: 7503                           jne 0x3
   13c: 48ff01                         incq (%rcx)
   13f: 49890f                         movq %rcx, (%r15)
   142: 498b442418                     movq 0x18(%r12), %rax
   147: 488b4018                       movq 0x18(%rax), %rax
   14b: a801                           testb $0x1, %al
   14d: 7506                           jne 0x6
   14f: 48ff00                         incq (%rax)
   152: 498b0f                         movq (%r15), %rcx
   155: 488903                         movq %rax, (%rbx)
   158: f6c101                         testb $0x1, %cl
   15b: 0f85f9010000                   jne 0x1f9
   161: a801                           testb $0x1, %al
   163: 0f84f1010000                   je 0x1f1
   169: 83790803                       cmpl $0x3, 0x8(%rcx)
   16d: 0f85e7010000                   jne 0x1e7
   173: 48d1f8                         sarq %rax
   176: 0f88de010000                   js 0x1de
   17c: 483b4130                       cmpq 0x30(%rcx), %rax
   180: 0f8dd4010000                   jge 0x1d4
   186: 488b5140                       movq 0x40(%rcx), %rdx
   18a: 488b3cc2                       movq (%rdx,%rax,8), %rdi
   18e: 40f6c701                       testb $0x1, %dil
   192: 7503                           jne 0x3
   194: 48ff07                         incq (%rdi)
   197: 48ff09                         decq (%rcx)
   19a: 7505                           jne 0x5
   19c: e800000000                     callq 0x0
        # hole +0x19d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1a1: 49893f                         movq %rdi, (%r15)
   1a4: 488b4d00                       movq (%rbp), %rcx
   1a8: ba78000000                     movl $0x78, %edx
   1ad: 41b80c000000                   movl $0xc, %r8d
   1b3: f6c101                         testb $0x1, %cl
   1b6: 0f8599010000                   jne 0x199
   1bc: 83790802                       cmpl $0x2, 0x8(%rcx)
   1c0: 0f858f010000                   jne 0x18f
   1c6: 40f6c701                       testb $0x1, %dil
   1ca: 0f8585010000                   jne 0x185
   1d0: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1d4: 0f857b010000                   jne 0x17b
   1da: f20f107130                     movsd 0x30(%rcx), %xmm6
   1df: f20f597730                     mulsd 0x30(%rdi), %xmm6
   1e4: 48ff09                         decq (%rcx)
   1e7: 0f84e3000000                   je 0xe3
   1ed: 48ff0f                         decq (%rdi)
   1f0: 0f84e8000000                   je 0xe8
   1f6: 4c89f1                         movq %r14, %rcx
   1f9: 660f28ce                       movapd %xmm6, %xmm1
   1fd: e800000000                     callq 0x0
        # hole +0x1fe: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   202: 4885c0                         testq %rax, %rax
   205: 0f848b010000                   je 0x18b
   20b: 49894508                       movq %rax, 0x8(%r13)
   20f: 498b4d00                       movq (%r13), %rcx
   213: ba8c000000                     movl $0x8c, %edx
   218: 41b80e000000                   movl $0xe, %r8d
   21e: f6c101                         testb $0x1, %cl
   221: 0f8500010000                   jne 0x100
   227: 83790802                       cmpl $0x2, 0x8(%rcx)
   22b: 0f85f6000000                   jne 0xf6
   231: 89c7                           movl %eax, %edi
   233: 83e701                         andl $0x1, %edi
   236: 0f85eb000000                   jne 0xeb
   23c: 83780802                       cmpl $0x2, 0x8(%rax)
   240: 0f85e1000000                   jne 0xe1
   246: f20f107130                     movsd 0x30(%rcx), %xmm6
   24b: f20f587030                     addsd 0x30(%rax), %xmm6
   250: 48ff09                         decq (%rcx)
   253: 0f84ad000000                   je 0xad
   259: 48ff08                         decq (%rax)
   25c: 0f84b8000000                   je 0xb8
   262: 4c89f1                         movq %r14, %rcx
   265: 660f28ce                       movapd %xmm6, %xmm1
   269: e800000000                     callq 0x0
        # hole +0x26a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   26e: 4885c0                         testq %rax, %rax
   271: 0f8437010000                   je 0x137
   277: 49894500                       movq %rax, (%r13)
   27b: 498b542418                     movq 0x18(%r12), %rdx
   280: 488b4a10                       movq 0x10(%rdx), %rcx
   284: 48894210                       movq %rax, 0x10(%rdx)
   288: f6c101                         testb $0x1, %cl
   28b: 7513                           jne 0x13
   28d: 48ff09                         decq (%rcx)
   290: 750e                           jne 0xe
   292: e800000000                     callq 0x0
        # hole +0x293: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   297: 660f1f840000000000             nopw (%rax,%rax)
   2a0: 498b4608                       movq 0x8(%r14), %rax
   2a4: 48ffc0                         incq %rax
   2a7: 49894608                       movq %rax, 0x8(%r14)
   2ab: 493b4610                       cmpq 0x10(%r14), %rax
   2af: 0f8dc8000000                   jge 0xc8
   2b5: 49833e00                       cmpq $0x0, (%r14)
   2b9: 0f8452fdffff                   je -0x2ae
   2bf: e9c0000000                     jmp 0xc0
   2c4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   2d0: e800000000                     callq 0x0
        # hole +0x2d1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2d5: 48ff0f                         decq (%rdi)
   2d8: 0f8518ffffff                   jne -0xe8
   2de: 4889f9                         movq %rdi, %rcx
   2e1: e800000000                     callq 0x0
        # hole +0x2e2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2e6: e90bffffff                     jmp -0xf5
   2eb: e800000000                     callq 0x0
        # hole +0x2ec: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2f0: 498b442418                     movq 0x18(%r12), %rax
   2f5: 488b4010                       movq 0x10(%rax), %rax
   2f9: a801                           testb $0x1, %al
   2fb: 0f84a3fdffff                   je -0x25d
   301: e9a1fdffff                     jmp -0x25f
   306: 4889c6                         movq %rax, %rsi
   309: e800000000                     callq 0x0
        # hole +0x30a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   30e: 4889f0                         movq %rsi, %rax
   311: 48ff08                         decq (%rax)
   314: 0f8548ffffff                   jne -0xb8
   31a: 4889c1                         movq %rax, %rcx
   31d: e800000000                     callq 0x0
        # hole +0x31e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   322: e93bffffff                     jmp -0xc5
   327: 4d89fd                         movq %r15, %r13
   32a: 488b0500000000                 movq (%rip), %rax
        # hole +0x32d: IMAGE_REL_AMD64_REL32 Rel32 data-4
   331: 4c01c0                         addq %r8, %rax
   334: 4889542428                     movq %rdx, 0x28(%rsp)
   339: 4889442420                     movq %rax, 0x20(%rsp)
   33e: 4c89e1                         movq %r12, %rcx
   341: 4c89ea                         movq %r13, %rdx
   344: 4d89f0                         movq %r14, %r8
   347: 4189f1                         movl %esi, %r9d
   34a: e800000000                     callq 0x0
        # hole +0x34b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   34f: 4883c430                       addq $0x30, %rsp
   353: 5d                             popq %rbp
   354: c3                             retq
   355: 4989dd                         movq %rbx, %r13
   358: ebd0                           jmp -0x30
   35a: 4983c520                       addq $0x20, %r13
   35e: ba6e000000                     movl $0x6e, %edx
   363: 41b80b000000                   movl $0xb, %r8d
   369: ebbf                           jmp -0x41
   36b: ba14000000                     movl $0x14, %edx
   370: 41b802000000                   movl $0x2, %r8d
   376: be02000000                     movl $0x2, %esi
   37b: ebad                           jmp -0x53
   37d: 49c70601000000                 movq $0x1, (%r14)
   384: baaa000000                     movl $0xaa, %edx
   389: 41b811000000                   movl $0x11, %r8d
   38f: be02000000                     movl $0x2, %esi
   394: eb94                           jmp -0x6c
   396: ba82000000                     movl $0x82, %edx
   39b: 41b80d000000                   movl $0xd, %r8d
   3a1: 4989ed                         movq %rbp, %r13
   3a4: be03000000                     movl $0x3, %esi
   3a9: e97cffffff                     jmp -0x84
   3ae: ba96000000                     movl $0x96, %edx
   3b3: 41b80f000000                   movl $0xf, %r8d
   3b9: be03000000                     movl $0x3, %esi
   3be: e967ffffff                     jmp -0x99
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
