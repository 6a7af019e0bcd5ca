# stencil list_build for x86_64-unknown-linux-gnu: 499 code bytes, 0 data bytes, 5 holes
     0: 55                             pushq %rbp
     1: 4d8d7d08                       leaq 0x8(%r13), %r15
     5: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
     f: bb01000000                     movl $0x1, %ebx
    14: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
    20: 498b4df8                       movq -0x8(%r13), %rcx
    24: 41b90a000000                   movl $0xa, %r9d
    2a: b801000000                     movl $0x1, %eax
    2f: f6c101                         testb $0x1, %cl
    32: 0f858c010000                   jne 0x18c
    38: 83790804                       cmpl $0x4, 0x8(%rcx)
    3c: 0f8582010000                   jne 0x182
    42: 488b4140                       movq 0x40(%rcx), %rax
    46: 488b5130                       movq 0x30(%rcx), %rdx
    4a: 488b7138                       movq 0x38(%rcx), %rsi
    4e: 4885c0                         testq %rax, %rax
    51: 7e0d                           jle 0xd
    53: 4839f2                         cmpq %rsi, %rdx
    56: 7c11                           jl 0x11
    58: e92e010000                     jmp 0x12e
    5d: 0f1f00                         nopl (%rax)
    60: 4839f2                         cmpq %rsi, %rdx
    63: 0f8e22010000                   jle 0x122
    69: 4801d0                         addq %rdx, %rax
    6c: 48894130                       movq %rax, 0x30(%rcx)
    70: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    78: 49894d00                       movq %rcx, (%r13)
    7c: 498b442418                     movq 0x18(%r12), %rax
    81: 488b7808                       movq 0x8(%rax), %rdi
    85: 48894808                       movq %rcx, 0x8(%rax)
    89: 40f6c701                       testb $0x1, %dil
    8d: 7509                           jne 0x9
    8f: 48ff0f                         decq (%rdi)
    92: 0f84a5000000                   je 0xa5
    98: 488b08                         movq (%rax), %rcx
    9b: f6c101                         testb $0x1, %cl
    9e: 0f84bc000000                   je 0xbc
    a4: 49894d00                       movq %rcx, (%r13)
    a8: 488b4808                       movq 0x8(%rax), %rcx
    ac: f6c101                         testb $0x1, %cl
    af: 0f84bf000000                   je 0xbf
    b5: 49890f                         movq %rcx, (%r15)
    b8: 488b4008                       movq 0x8(%rax), %rax
    bc: a801                           testb $0x1, %al
    be: 7506                           jne 0x6
    c0: 48ff00                         incq (%rax)
    c3: 498b0f                         movq (%r15), %rcx
    c6: 49894510                       movq %rax, 0x10(%r13)
    ca: 48d1f9                         sarq %rcx
    cd: 48d1f8                         sarq %rax
    d0: 480fafc1                       imulq %rcx, %rax
    d4: 0f8008010000                   jo 0x108
    da: 488d0c28                       leaq (%rax,%rbp), %rcx
    de: 4885c9                         testq %rcx, %rcx
    e1: 0f89fb000000                   jns 0xfb
    e7: 488d144501000000               leaq 0x1(,%rax,2), %rdx
    ef: 49895508                       movq %rdx, 0x8(%r13)
    f3: 498b7500                       movq (%r13), %rsi
    f7: 4c89f7                         movq %r14, %rdi
    fa: e800000000                     callq 0x0
        # hole +0xfb: R_X86_64_PLT32 Rel32 symbol:tf_list_append-4
    ff: 85c0                           testl %eax, %eax
   101: 0f8591000000                   jne 0x91
   107: 498b7d00                       movq (%r13), %rdi
   10b: 40f6c701                       testb $0x1, %dil
   10f: 750f                           jne 0xf
   111: 48ff0f                         decq (%rdi)
   114: 750a                           jne 0xa
   116: e800000000                     callq 0x0
        # hole +0x117: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   11b: 0f1f440000                     nopl (%rax,%rax)
   120: 498b4608                       movq 0x8(%r14), %rax
   124: 48ffc0                         incq %rax
   127: 49894608                       movq %rax, 0x8(%r14)
   12b: 493b4610                       cmpq 0x10(%r14), %rax
   12f: 7d7c                           jge 0x7c
   131: 49833e00                       cmpq $0x0, (%r14)
   135: 0f84e5feffff                   je -0x11b
   13b: eb77                           jmp 0x77
   13d: e800000000                     callq 0x0
        # hole +0x13e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   142: 498b442418                     movq 0x18(%r12), %rax
   147: 488b08                         movq (%rax), %rcx
   14a: f6c101                         testb $0x1, %cl
   14d: 0f8551ffffff                   jne -0xaf
   153: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   160: 48ff01                         incq (%rcx)
   163: 49894d00                       movq %rcx, (%r13)
   167: 488b4808                       movq 0x8(%rax), %rcx
   16b: f6c101                         testb $0x1, %cl
   16e: 0f8541ffffff                   jne -0xbf
   174: 48ff01                         incq (%rcx)
   177: 49890f                         movq %rcx, (%r15)
   17a: 488b4008                       movq 0x8(%rax), %rax
   17e: a801                           testb $0x1, %al
   180: 0f843affffff                   je -0xc6
   186: e93bffffff                     jmp -0xc5
   18b: 41b914000000                   movl $0x14, %r9d
   191: b802000000                     movl $0x2, %eax
   196: eb27                           jmp 0x27
   198: 41b95a000000                   movl $0x5a, %r9d
   19e: b809000000                     movl $0x9, %eax
   1a3: bb03000000                     movl $0x3, %ebx
   1a8: 4d89fd                         movq %r15, %r13
   1ab: eb17                           jmp 0x17
   1ad: 49c70601000000                 movq $0x1, (%r14)
   1b4: 41b96e000000                   movl $0x6e, %r9d
   1ba: b80b000000                     movl $0xb, %eax
   1bf: bb02000000                     movl $0x2, %ebx
   1c4: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1c6: R_X86_64_64 Abs64 index+0
   1ce: 4901c0                         addq %rax, %r8
   1d1: 4c89e7                         movq %r12, %rdi
   1d4: 4c89ee                         movq %r13, %rsi
   1d7: 4c89f2                         movq %r14, %rdx
   1da: 89d9                           movl %ebx, %ecx
   1dc: 5d                             popq %rbp
   1dd: e900000000                     jmp 0x0
        # hole +0x1de: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   1e2: 4983c518                       addq $0x18, %r13
   1e6: 41b950000000                   movl $0x50, %r9d
   1ec: b808000000                     movl $0x8, %eax
   1f1: ebd1                           jmp -0x2f
