# stencil countdown_compare for x86_64-pc-windows-msvc: 826 code bytes, 16 data bytes, 6 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 4d89f0                         movq %r14, %r8
     8: 4c89e1                         movq %r12, %rcx
     b: 498b542418                     movq 0x18(%r12), %rdx
    10: 4c8b12                         movq (%rdx), %r10
    13: 41f6c201                       testb $0x1, %r10b
    17: 7518                           jne 0x18
    19: 49ff02                         incq (%r10)
    1c: 41bb1e000000                   movl $0x1e, %r11d
    22: bf03000000                     movl $0x3, %edi
    27: be01000000                     movl $0x1, %esi
    2c: e989000000                     jmp 0x89
    31: 4c89d0                         movq %r10, %rax
    34: 48d1f8                         sarq %rax
    37: 4885c0                         testq %rax, %rax
    3a: 0f8e9e020000                   jle 0x29e
    40: 488b5a08                       movq 0x8(%rdx), %rbx
    44: 488b7210                       movq 0x10(%rdx), %rsi
    48: 40f6c601                       testb $0x1, %sil
    4c: 7503                           jne 0x3
    4e: 48ff06                         incq (%rsi)
    51: 40f6c601                       testb $0x1, %sil
    55: 7458                           je 0x58
    57: 4889f5                         movq %rsi, %rbp
    5a: 48d1fd                         sarq %rbp
    5d: 4829e8                         subq %rbp, %rax
    60: 48baffffffffffffff3f           movabsq $0x3fffffffffffffff, %rdx
    6a: 4839d0                         cmpq %rdx, %rax
    6d: 0f8f93020000                   jg 0x293
    73: 488d044501000000               leaq 0x1(,%rax,2), %rax
    7b: f6c301                         testb $0x1, %bl
    7e: 757e                           jne 0x7e
    80: 48ff03                         incq (%rbx)
    83: ba28000000                     movl $0x28, %edx
    88: 41b601                         movb $0x1, %r14b
    8b: 41bb82000000                   movl $0x82, %r11d
    91: bf0d000000                     movl $0xd, %edi
    96: 41b901000000                   movl $0x1, %r9d
    9c: be05000000                     movl $0x5, %esi
    a1: 4531ed                         xorl %r13d, %r13d
    a4: 4989dc                         movq %rbx, %r12
    a7: 4989df                         movq %rbx, %r15
    aa: e95f010000                     jmp 0x15f
    af: 41bb50000000                   movl $0x50, %r11d
    b5: bf08000000                     movl $0x8, %edi
    ba: 488b4118                       movq 0x18(%rcx), %rax
    be: 4c895018                       movq %r10, 0x18(%rax)
    c2: 41b901000000                   movl $0x1, %r9d
    c8: ba28000000                     movl $0x28, %edx
    cd: 41ba20000000                   movl $0x20, %r10d
    d3: 488b4118                       movq 0x18(%rcx), %rax
    d7: 4a893410                       movq %rsi, (%rax,%r10)
    db: 48035118                       addq 0x18(%rcx), %rdx
    df: 488b0500000000                 movq (%rip), %rax
        # hole +0xe2: IMAGE_REL_AMD64_REL32 Rel32 data-4
    e6: 4801f8                         addq %rdi, %rax
    e9: 4c895c2428                     movq %r11, 0x28(%rsp)
    ee: 4889442420                     movq %rax, 0x20(%rsp)
    f3: e800000000                     callq 0x0
        # hole +0xf4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    f8: 4883c440                       addq $0x40, %rsp
    fc: 5d                             popq %rbp
    fd: c3                             retq
    fe: 49bcfcffffffffffff7f           movabsq $0x7ffffffffffffffc, %r12
   108: ba28000000                     movl $0x28, %edx
   10d: 41b601                         movb $0x1, %r14b
   110: 4c39e3                         cmpq %r12, %rbx
   113: 0f8dfd010000                   jge 0x1fd
   119: 4c8d7b04                       leaq 0x4(%rbx), %r15
   11d: 41bba0000000                   movl $0xa0, %r11d
   123: bf10000000                     movl $0x10, %edi
   128: 41b902000000                   movl $0x2, %r9d
   12e: 49833800                       cmpq $0x0, (%r8)
   132: 0f85c3000000                   jne 0xc3
   138: 4d8b5808                       movq 0x8(%r8), %r11
   13c: 49ffc3                         incq %r11
   13f: 4d895808                       movq %r11, 0x8(%r8)
   143: 4d3b5810                       cmpq 0x10(%r8), %r11
   147: 0f8d9c000000                   jge 0x9c
   14d: 48895c2438                     movq %rbx, 0x38(%rsp)
   152: 49be00000000000000c0           movabsq $-0x4000000000000000, %r14
   15c: 0f1f4000                       nopl (%rax)
   160: 4989c3                         movq %rax, %r11
   163: 49d1fb                         sarq %r11
   166: 4d85db                         testq %r11, %r11
   169: 410f9ec5                       setle %r13b
   16d: 0f8e06010000                   jle 0x106
   173: 40f6c601                       testb $0x1, %sil
   177: 7503                           jne 0x3
   179: 48ff06                         incq (%rsi)
   17c: 4929eb                         subq %rbp, %r11
   17f: 4c89db                         movq %r11, %rbx
   182: 4c01f3                         addq %r14, %rbx
   185: 0f8917010000                   jns 0x117
   18b: 4a8d045d01000000               leaq 0x1(,%r11,2), %rax
   193: 4d39e7                         cmpq %r12, %r15
   196: 0f8d1c010000                   jge 0x11c
   19c: 4983cf01                       orq $0x1, %r15
   1a0: 4983c704                       addq $0x4, %r15
   1a4: 49833800                       cmpq $0x0, (%r8)
   1a8: 0f85ae000000                   jne 0xae
   1ae: 4d8b5808                       movq 0x8(%r8), %r11
   1b2: 49ffc3                         incq %r11
   1b5: 4d895808                       movq %r11, 0x8(%r8)
   1b9: 4d3b5810                       cmpq 0x10(%r8), %r11
   1bd: 7ca1                           jl -0x5f
   1bf: 49c70001000000                 movq $0x1, (%r8)
   1c6: 41bbaa000000                   movl $0xaa, %r11d
   1cc: bf11000000                     movl $0x11, %edi
   1d1: 4531f6                         xorl %r14d, %r14d
   1d4: 4d89fc                         movq %r15, %r12
   1d7: be05000000                     movl $0x5, %esi
   1dc: 4531ed                         xorl %r13d, %r13d
   1df: ba18000000                     movl $0x18, %edx
   1e4: e989000000                     jmp 0x89
   1e9: 49c70001000000                 movq $0x1, (%r8)
   1f0: 41bbaa000000                   movl $0xaa, %r11d
   1f6: bf11000000                     movl $0x11, %edi
   1fb: 4531f6                         xorl %r14d, %r14d
   1fe: 4d89fc                         movq %r15, %r12
   201: be05000000                     movl $0x5, %esi
   206: 4531ed                         xorl %r13d, %r13d
   209: ba18000000                     movl $0x18, %edx
   20e: 4c39d0                         cmpq %r10, %rax
   211: 7510                           jne 0x10
   213: 4939df                         cmpq %rbx, %r15
   216: 7517                           jne 0x17
   218: 4584f6                         testb %r14b, %r14b
   21b: 0f84bafeffff                   je -0x146
   221: eb1d                           jmp 0x1d
   223: 4c8b5118                       movq 0x18(%rcx), %r10
   227: 498902                         movq %rax, (%r10)
   22a: 4939df                         cmpq %rbx, %r15
   22d: 74e9                           je -0x17
   22f: 488b4118                       movq 0x18(%rcx), %rax
   233: 4c897808                       movq %r15, 0x8(%rax)
   237: 4584f6                         testb %r14b, %r14b
   23a: 0f849bfeffff                   je -0x165
   240: 488b4118                       movq 0x18(%rcx), %rax
   244: 4c896018                       movq %r12, 0x18(%rax)
   248: 41ba20000000                   movl $0x20, %r10d
   24e: 4584ed                         testb %r13b, %r13b
   251: 0f847cfeffff                   je -0x184
   257: e97ffeffff                     jmp -0x181
   25c: 4531f6                         xorl %r14d, %r14d
   25f: 4d89fc                         movq %r15, %r12
   262: be05000000                     movl $0x5, %esi
   267: ba18000000                     movl $0x18, %edx
   26c: 41bba0000000                   movl $0xa0, %r11d
   272: 488b5c2438                     movq 0x38(%rsp), %rbx
   277: eb95                           jmp -0x6b
   279: ba20000000                     movl $0x20, %edx
   27e: 41bb32000000                   movl $0x32, %r11d
   284: bf05000000                     movl $0x5, %edi
   289: be01000000                     movl $0x1, %esi
   28e: 488b5c2438                     movq 0x38(%rsp), %rbx
   293: 41b601                         movb $0x1, %r14b
   296: 4c8b2500000000                 movq (%rip), %r12
        # hole +0x299: IMAGE_REL_AMD64_REL32 Rel32 data+4
   29d: e96cffffff                     jmp -0x94
   2a2: 41bb5a000000                   movl $0x5a, %r11d
   2a8: bf09000000                     movl $0x9, %edi
   2ad: 4989c4                         movq %rax, %r12
   2b0: 41b901000000                   movl $0x1, %r9d
   2b6: eb19                           jmp 0x19
   2b8: 4d89fc                         movq %r15, %r12
   2bb: be05000000                     movl $0x5, %esi
   2c0: 41b901000000                   movl $0x1, %r9d
   2c6: bf0e000000                     movl $0xe, %edi
   2cb: 41bb8c000000                   movl $0x8c, %r11d
   2d1: 488b5c2438                     movq 0x38(%rsp), %rbx
   2d6: 41b601                         movb $0x1, %r14b
   2d9: e930ffffff                     jmp -0xd0
   2de: 41b902000000                   movl $0x2, %r9d
   2e4: bf05000000                     movl $0x5, %edi
   2e9: 41bb32000000                   movl $0x32, %r11d
   2ef: ba20000000                     movl $0x20, %edx
   2f4: 488b3500000000                 movq (%rip), %rsi
        # hole +0x2f7: IMAGE_REL_AMD64_REL32 Rel32 data+4
   2fb: 41ba18000000                   movl $0x18, %r10d
   301: e9cdfdffff                     jmp -0x233
   306: 41bb5a000000                   movl $0x5a, %r11d
   30c: bf09000000                     movl $0x9, %edi
   311: e9a4fdffff                     jmp -0x25c
   316: 4531ed                         xorl %r13d, %r13d
   319: 4989dc                         movq %rbx, %r12
   31c: be05000000                     movl $0x5, %esi
   321: 4989df                         movq %rbx, %r15
   324: 41b901000000                   movl $0x1, %r9d
   32a: bf0e000000                     movl $0xe, %edi
   32f: 41bb8c000000                   movl $0x8c, %r11d
   335: e9d4feffff                     jmp -0x12c
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
