# stencil sum_range for x86_64-apple-darwin: 414 code bytes, 8 data bytes, 5 holes
     0: 50                             pushq %rax
     1: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
     b: bb01000000                     movl $0x1, %ebx
    10: 498b4df8                       movq -0x8(%r13), %rcx
    14: 41b90a000000                   movl $0xa, %r9d
    1a: b801000000                     movl $0x1, %eax
    1f: f6c101                         testb $0x1, %cl
    22: 0f854a010000                   jne 0x14a
    28: 83790804                       cmpl $0x4, 0x8(%rcx)
    2c: 0f8540010000                   jne 0x140
    32: 488b4140                       movq 0x40(%rcx), %rax
    36: 488b5130                       movq 0x30(%rcx), %rdx
    3a: 488b7138                       movq 0x38(%rcx), %rsi
    3e: 4885c0                         testq %rax, %rax
    41: 7e0d                           jle 0xd
    43: 4839f2                         cmpq %rsi, %rdx
    46: 7c11                           jl 0x11
    48: e901010000                     jmp 0x101
    4d: 0f1f00                         nopl (%rax)
    50: 4839f2                         cmpq %rsi, %rdx
    53: 0f8ef5000000                   jle 0xf5
    59: 4801d0                         addq %rdx, %rax
    5c: 48894130                       movq %rax, 0x30(%rcx)
    60: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    68: 49894d00                       movq %rcx, (%r13)
    6c: 498b442418                     movq 0x18(%r12), %rax
    71: 488b7808                       movq 0x8(%rax), %rdi
    75: 48894808                       movq %rcx, 0x8(%rax)
    79: 40f6c701                       testb $0x1, %dil
    7d: 7505                           jne 0x5
    7f: 48ff0f                         decq (%rdi)
    82: 7426                           je 0x26
    84: 488b08                         movq (%rax), %rcx
    87: f6c101                         testb $0x1, %cl
    8a: 7534                           jne 0x34
    8c: 48ff01                         incq (%rcx)
    8f: 49894d00                       movq %rcx, (%r13)
    93: 488b5008                       movq 0x8(%rax), %rdx
    97: f6c201                         testb $0x1, %dl
    9a: 7431                           je 0x31
    9c: 49895508                       movq %rdx, 0x8(%r13)
    a0: f6c101                         testb $0x1, %cl
    a3: 7534                           jne 0x34
    a5: e993000000                     jmp 0x93
    aa: e800000000                     callq 0x0
        # hole +0xab: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    af: 498b442418                     movq 0x18(%r12), %rax
    b4: 488b08                         movq (%rax), %rcx
    b7: f6c101                         testb $0x1, %cl
    ba: 74d0                           je -0x30
    bc: 0f1f4000                       nopl (%rax)
    c0: 49894d00                       movq %rcx, (%r13)
    c4: 488b5008                       movq 0x8(%rax), %rdx
    c8: f6c201                         testb $0x1, %dl
    cb: 75cf                           jne -0x31
    cd: 48ff02                         incq (%rdx)
    d0: 49895508                       movq %rdx, 0x8(%r13)
    d4: f6c101                         testb $0x1, %cl
    d7: 7464                           je 0x64
    d9: f6c201                         testb $0x1, %dl
    dc: 745f                           je 0x5f
    de: 48d1f9                         sarq %rcx
    e1: 48d1fa                         sarq %rdx
    e4: 4801ca                         addq %rcx, %rdx
    e7: 4889d1                         movq %rdx, %rcx
    ea: 4c01f9                         addq %r15, %rcx
    ed: 0f899a000000                   jns 0x9a
    f3: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    fb: 49894d00                       movq %rcx, (%r13)
    ff: 488b38                         movq (%rax), %rdi
   102: 488908                         movq %rcx, (%rax)
   105: 40f6c701                       testb $0x1, %dil
   109: 7515                           jne 0x15
   10b: 48ff0f                         decq (%rdi)
   10e: 7510                           jne 0x10
   110: e800000000                     callq 0x0
        # hole +0x111: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   115: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
   120: 498b4608                       movq 0x8(%r14), %rax
   124: 48ffc0                         incq %rax
   127: 49894608                       movq %rax, 0x8(%r14)
   12b: 493b4610                       cmpq 0x10(%r14), %rax
   12f: 7d2a                           jge 0x2a
   131: 49833e00                       cmpq $0x0, (%r14)
   135: 0f84d5feffff                   je -0x12b
   13b: eb25                           jmp 0x25
   13d: 4983c510                       addq $0x10, %r13
   141: 41b946000000                   movl $0x46, %r9d
   147: b807000000                     movl $0x7, %eax
   14c: eb24                           jmp 0x24
   14e: 41b914000000                   movl $0x14, %r9d
   154: b802000000                     movl $0x2, %eax
   159: eb12                           jmp 0x12
   15b: 49c70601000000                 movq $0x1, (%r14)
   162: 41b964000000                   movl $0x64, %r9d
   168: b80a000000                     movl $0xa, %eax
   16d: bb02000000                     movl $0x2, %ebx
   172: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x175: X86_64_RELOC_GOT_LOAD Rel32 data-4
   179: 4901c0                         addq %rax, %r8
   17c: 4c89e7                         movq %r12, %rdi
   17f: 4c89ee                         movq %r13, %rsi
   182: 4c89f2                         movq %r14, %rdx
   185: 89d9                           movl %ebx, %ecx
   187: 58                             popq %rax
   188: e900000000                     jmp 0x0
        # hole +0x189: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   18d: 4983c510                       addq $0x10, %r13
   191: 41b950000000                   movl $0x50, %r9d
   197: b808000000                     movl $0x8, %eax
   19c: ebd4                           jmp -0x2c
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
