# stencil countdown_compare for x86_64-unknown-linux-gnu: 804 code bytes, 0 data bytes, 4 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 4c89e3                         movq %r12, %rbx
     b: 498b742418                     movq 0x18(%r12), %rsi
    10: 488b3e                         movq (%rsi), %rdi
    13: 40f6c701                       testb $0x1, %dil
    17: 751a                           jne 0x1a
    19: 48ff07                         incq (%rdi)
    1c: 41b91e000000                   movl $0x1e, %r9d
    22: 41bb03000000                   movl $0x3, %r11d
    28: 41bd01000000                   movl $0x1, %r13d
    2e: e98f000000                     jmp 0x8f
    33: 4889f8                         movq %rdi, %rax
    36: 48d1f8                         sarq %rax
    39: 4885c0                         testq %rax, %rax
    3c: 0f8e8b020000                   jle 0x28b
    42: 4c8b6608                       movq 0x8(%rsi), %r12
    46: 4c8b6e10                       movq 0x10(%rsi), %r13
    4a: 41f6c501                       testb $0x1, %r13b
    4e: 7504                           jne 0x4
    50: 49ff4500                       incq (%r13)
    54: 41f6c501                       testb $0x1, %r13b
    58: 745c                           je 0x5c
    5a: 4d89e8                         movq %r13, %r8
    5d: 49d1f8                         sarq %r8
    60: 4c29c0                         subq %r8, %rax
    63: 48b9ffffffffffffff3f           movabsq $0x3fffffffffffffff, %rcx
    6d: 4839c8                         cmpq %rcx, %rax
    70: 0f8f82020000                   jg 0x282
    76: 4c8d144501000000               leaq 0x1(,%rax,2), %r10
    7e: 41f6c401                       testb $0x1, %r12b
    82: 4c89642408                     movq %r12, 0x8(%rsp)
    87: 756e                           jne 0x6e
    89: 49ff0424                       incq (%r12)
    8d: 41b828000000                   movl $0x28, %r8d
    93: b001                           movb $0x1, %al
    95: 41b982000000                   movl $0x82, %r9d
    9b: 41bb0d000000                   movl $0xd, %r11d
    a1: b901000000                     movl $0x1, %ecx
    a6: 41bd05000000                   movl $0x5, %r13d
    ac: 31ed                           xorl %ebp, %ebp
    ae: 4d89e6                         movq %r12, %r14
    b1: e960010000                     jmp 0x160
    b6: 41b950000000                   movl $0x50, %r9d
    bc: 41bb08000000                   movl $0x8, %r11d
    c2: 48897e18                       movq %rdi, 0x18(%rsi)
    c6: b901000000                     movl $0x1, %ecx
    cb: 41b828000000                   movl $0x28, %r8d
    d1: b820000000                     movl $0x20, %eax
    d6: 4c892c06                       movq %r13, (%rsi,%rax)
    da: 4c01c6                         addq %r8, %rsi
    dd: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xdf: R_X86_64_64 Abs64 index+0
    e7: 4d01d8                         addq %r11, %r8
    ea: 4889df                         movq %rbx, %rdi
    ed: 4883c410                       addq $0x10, %rsp
    f1: 5d                             popq %rbp
    f2: e900000000                     jmp 0x0
        # hole +0xf3: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    f7: 49bffcffffffffffff7f           movabsq $0x7ffffffffffffffc, %r15
   101: b001                           movb $0x1, %al
   103: 41b98c000000                   movl $0x8c, %r9d
   109: 41bb0e000000                   movl $0xe, %r11d
   10f: 4d39fc                         cmpq %r15, %r12
   112: 0f8df1010000                   jge 0x1f1
   118: 4983c404                       addq $0x4, %r12
   11c: b902000000                     movl $0x2, %ecx
   121: 48833a00                       cmpq $0x0, (%rdx)
   125: 0f85b7000000                   jne 0xb7
   12b: 4c8b5a08                       movq 0x8(%rdx), %r11
   12f: 488b4210                       movq 0x10(%rdx), %rax
   133: 49ffc3                         incq %r11
   136: 4c895a08                       movq %r11, 0x8(%rdx)
   13a: 4939c3                         cmpq %rax, %r11
   13d: 0f8dad000000                   jge 0xad
   143: 48891c24                       movq %rbx, (%rsp)
   147: 49b900000000000000c0           movabsq $-0x4000000000000000, %r9
   151: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
   160: 4c89d3                         movq %r10, %rbx
   163: 48d1fb                         sarq %rbx
   166: 4885db                         testq %rbx, %rbx
   169: 400f9ec5                       setle %bpl
   16d: 0f8ee6000000                   jle 0xe6
   173: 41f6c501                       testb $0x1, %r13b
   177: 7504                           jne 0x4
   179: 49ff4500                       incq (%r13)
   17d: 4c29c3                         subq %r8, %rbx
   180: 4989de                         movq %rbx, %r14
   183: 4d01ce                         addq %r9, %r14
   186: 0f89fc000000                   jns 0xfc
   18c: 4c8d145d01000000               leaq 0x1(,%rbx,2), %r10
   194: 4d39fc                         cmpq %r15, %r12
   197: 0f8d05010000                   jge 0x105
   19d: 4983cc01                       orq $0x1, %r12
   1a1: 4983c404                       addq $0x4, %r12
   1a5: 49ffc3                         incq %r11
   1a8: 4c895a08                       movq %r11, 0x8(%rdx)
   1ac: 4939c3                         cmpq %rax, %r11
   1af: 7caf                           jl -0x51
   1b1: 48c70201000000                 movq $0x1, (%rdx)
   1b8: 41b9aa000000                   movl $0xaa, %r9d
   1be: 41bb11000000                   movl $0x11, %r11d
   1c4: 31c0                           xorl %eax, %eax
   1c6: 4d89e6                         movq %r12, %r14
   1c9: 41bd05000000                   movl $0x5, %r13d
   1cf: 31ed                           xorl %ebp, %ebp
   1d1: 41b818000000                   movl $0x18, %r8d
   1d7: 488b1c24                       movq (%rsp), %rbx
   1db: b902000000                     movl $0x2, %ecx
   1e0: eb34                           jmp 0x34
   1e2: 41b9a0000000                   movl $0xa0, %r9d
   1e8: 41bb10000000                   movl $0x10, %r11d
   1ee: eb13                           jmp 0x13
   1f0: 48c70201000000                 movq $0x1, (%rdx)
   1f7: 41b9aa000000                   movl $0xaa, %r9d
   1fd: 41bb11000000                   movl $0x11, %r11d
   203: 31c0                           xorl %eax, %eax
   205: 4d89e6                         movq %r12, %r14
   208: 41bd05000000                   movl $0x5, %r13d
   20e: 31ed                           xorl %ebp, %ebp
   210: 41b818000000                   movl $0x18, %r8d
   216: 4939fa                         cmpq %rdi, %r10
   219: 7511                           jne 0x11
   21b: 4c3b642408                     cmpq 0x8(%rsp), %r12
   220: 7514                           jne 0x14
   222: 84c0                           testb %al, %al
   224: 0f84b0feffff                   je -0x150
   22a: eb16                           jmp 0x16
   22c: 4c8916                         movq %r10, (%rsi)
   22f: 4c3b642408                     cmpq 0x8(%rsp), %r12
   234: 74ec                           je -0x14
   236: 4c896608                       movq %r12, 0x8(%rsi)
   23a: 84c0                           testb %al, %al
   23c: 0f8498feffff                   je -0x168
   242: 4c897618                       movq %r14, 0x18(%rsi)
   246: b820000000                     movl $0x20, %eax
   24b: 4084ed                         testb %bpl, %bpl
   24e: 0f8482feffff                   je -0x17e
   254: e981feffff                     jmp -0x17f
   259: 41b820000000                   movl $0x20, %r8d
   25f: 41b932000000                   movl $0x32, %r9d
   265: 41bb05000000                   movl $0x5, %r11d
   26b: 41bd01000000                   movl $0x1, %r13d
   271: 488b1c24                       movq (%rsp), %rbx
   275: b902000000                     movl $0x2, %ecx
   27a: b001                           movb $0x1, %al
   27c: 49be0000000000000000           movabsq $0x0, %r14
        # hole +0x27e: R_X86_64_64 Abs64 symbol:tf_False+0
   286: eb8e                           jmp -0x72
   288: 41b95a000000                   movl $0x5a, %r9d
   28e: 41bb09000000                   movl $0x9, %r11d
   294: 4d89d6                         movq %r10, %r14
   297: b901000000                     movl $0x1, %ecx
   29c: 488b1c24                       movq (%rsp), %rbx
   2a0: eb1e                           jmp 0x1e
   2a2: 4d89e6                         movq %r12, %r14
   2a5: 41bd05000000                   movl $0x5, %r13d
   2ab: b901000000                     movl $0x1, %ecx
   2b0: 488b1c24                       movq (%rsp), %rbx
   2b4: 41b98c000000                   movl $0x8c, %r9d
   2ba: 41bb0e000000                   movl $0xe, %r11d
   2c0: 41b828000000                   movl $0x28, %r8d
   2c6: b001                           movb $0x1, %al
   2c8: e949ffffff                     jmp -0xb7
   2cd: b902000000                     movl $0x2, %ecx
   2d2: 41bb05000000                   movl $0x5, %r11d
   2d8: 41b932000000                   movl $0x32, %r9d
   2de: 41b820000000                   movl $0x20, %r8d
   2e4: 49bd0000000000000000           movabsq $0x0, %r13
        # hole +0x2e6: R_X86_64_64 Abs64 symbol:tf_False+0
   2ee: b818000000                     movl $0x18, %eax
   2f3: e9defdffff                     jmp -0x222
   2f8: 41b95a000000                   movl $0x5a, %r9d
   2fe: 41bb09000000                   movl $0x9, %r11d
   304: e9b9fdffff                     jmp -0x247
   309: 31ed                           xorl %ebp, %ebp
   30b: 4d89e6                         movq %r12, %r14
   30e: 41bd05000000                   movl $0x5, %r13d
   314: b901000000                     movl $0x1, %ecx
   319: 41b828000000                   movl $0x28, %r8d
   31f: e9f2feffff                     jmp -0x10e
