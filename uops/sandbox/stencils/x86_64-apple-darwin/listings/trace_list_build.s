# stencil list_build for x86_64-apple-darwin: 496 code bytes, 8 data bytes, 6 holes
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
    98: 488b30                         movq (%rax), %rsi
    9b: 40f6c601                       testb $0x1, %sil
    9f: 0f84bb000000                   je 0xbb
    a5: 49897500                       movq %rsi, (%r13)
    a9: 488b4808                       movq 0x8(%rax), %rcx
    ad: f6c101                         testb $0x1, %cl
    b0: 0f84be000000                   je 0xbe
    b6: 49890f                         movq %rcx, (%r15)
    b9: 488b4008                       movq 0x8(%rax), %rax
    bd: a801                           testb $0x1, %al
    bf: 7503                           jne 0x3
    c1: 48ff00                         incq (%rax)
    c4: 49894510                       movq %rax, 0x10(%r13)
    c8: 48d1f9                         sarq %rcx
    cb: 48d1f8                         sarq %rax
    ce: 480fafc1                       imulq %rcx, %rax
    d2: 0f8007010000                   jo 0x107
    d8: 488d0c28                       leaq (%rax,%rbp), %rcx
    dc: 4885c9                         testq %rcx, %rcx
    df: 0f89fa000000                   jns 0xfa
    e5: 488d144501000000               leaq 0x1(,%rax,2), %rdx
    ed: 498917                         movq %rdx, (%r15)
    f0: 4c89f7                         movq %r14, %rdi
    f3: e800000000                     callq 0x0
        # hole +0xf4: X86_64_RELOC_BRANCH Rel32 symbol:tf_list_append-4
    f8: 85c0                           testl %eax, %eax
    fa: 0f8598000000                   jne 0x98
   100: 498b7d00                       movq (%r13), %rdi
   104: 40f6c701                       testb $0x1, %dil
   108: 7516                           jne 0x16
   10a: 48ff0f                         decq (%rdi)
   10d: 7511                           jne 0x11
   10f: e800000000                     callq 0x0
        # hole +0x110: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   114: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   120: 498b4608                       movq 0x8(%r14), %rax
   124: 48ffc0                         incq %rax
   127: 49894608                       movq %rax, 0x8(%r14)
   12b: 493b4610                       cmpq 0x10(%r14), %rax
   12f: 7d7c                           jge 0x7c
   131: 49833e00                       cmpq $0x0, (%r14)
   135: 0f84e5feffff                   je -0x11b
   13b: eb77                           jmp 0x77
   13d: e800000000                     callq 0x0
        # hole +0x13e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   142: 498b442418                     movq 0x18(%r12), %rax
   147: 488b30                         movq (%rax), %rsi
   14a: 40f6c601                       testb $0x1, %sil
   14e: 0f8551ffffff                   jne -0xaf
   154: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   160: 48ff06                         incq (%rsi)
   163: 49897500                       movq %rsi, (%r13)
   167: 488b4808                       movq 0x8(%rax), %rcx
   16b: f6c101                         testb $0x1, %cl
   16e: 0f8542ffffff                   jne -0xbe
   174: 48ff01                         incq (%rcx)
   177: 49890f                         movq %rcx, (%r15)
   17a: 488b4008                       movq 0x8(%rax), %rax
   17e: a801                           testb $0x1, %al
   180: 0f843bffffff                   je -0xc5
   186: e939ffffff                     jmp -0xc7
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
   1c4: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1c7: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1cb: 4901c0                         addq %rax, %r8
   1ce: 4c89e7                         movq %r12, %rdi
   1d1: 4c89ee                         movq %r13, %rsi
   1d4: 4c89f2                         movq %r14, %rdx
   1d7: 89d9                           movl %ebx, %ecx
   1d9: 5d                             popq %rbp
   1da: e900000000                     jmp 0x0
        # hole +0x1db: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   1df: 4983c518                       addq $0x18, %r13
   1e3: 41b950000000                   movl $0x50, %r9d
   1e9: b808000000                     movl $0x8, %eax
   1ee: ebd4                           jmp -0x2c
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
