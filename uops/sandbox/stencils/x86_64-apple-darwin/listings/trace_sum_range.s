# stencil sum_range for x86_64-apple-darwin: 855 code bytes, 8 data bytes, 4 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 4c89e7                         movq %r12, %rdi
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 488b28                         movq (%rax), %rbp
    10: 488b5808                       movq 0x8(%rax), %rbx
    14: 4c8b6810                       movq 0x10(%rax), %r13
    18: ba18000000                     movl $0x18, %edx
    1d: 41b90a000000                   movl $0xa, %r9d
    23: b801000000                     movl $0x1, %eax
    28: c744240401000000               movl $0x1, 0x4(%rsp)
    30: 41f6c501                       testb $0x1, %r13b
    34: 7530                           jne 0x30
    36: 41837d0804                     cmpl $0x4, 0x8(%r13)
    3b: 7529                           jne 0x29
    3d: 498b4540                       movq 0x40(%r13), %rax
    41: 4d8b7d30                       movq 0x30(%r13), %r15
    45: 498b4d38                       movq 0x38(%r13), %rcx
    49: 4885c0                         testq %rax, %rax
    4c: 7e56                           jle 0x56
    4e: 4939cf                         cmpq %rcx, %r15
    51: 7c56                           jl 0x56
    53: 41b914000000                   movl $0x14, %r9d
    59: b802000000                     movl $0x2, %eax
    5e: c744240402000000               movl $0x2, 0x4(%rsp)
    66: 4531d2                         xorl %r10d, %r10d
    69: 4889d9                         movq %rbx, %rcx
    6c: 488b7718                       movq 0x18(%rdi), %rsi
    70: 4839d9                         cmpq %rbx, %rcx
    73: 7404                           je 0x4
    75: 48894e08                       movq %rcx, 0x8(%rsi)
    79: 4584d2                         testb %r10b, %r10b
    7c: 7408                           je 0x8
    7e: 48896e18                       movq %rbp, 0x18(%rsi)
    82: 48894e20                       movq %rcx, 0x20(%rsi)
    86: 4801d6                         addq %rdx, %rsi
    89: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x8c: X86_64_RELOC_GOT_LOAD Rel32 data-4
    90: 4901c0                         addq %rax, %r8
    93: 4c89f2                         movq %r14, %rdx
    96: 8b4c2404                       movl 0x4(%rsp), %ecx
    9a: 4883c420                       addq $0x20, %rsp
    9e: 5d                             popq %rbp
    9f: e900000000                     jmp 0x0
        # hole +0xa0: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    a4: 4939cf                         cmpq %rcx, %r15
    a7: 7eaa                           jle -0x56
    a9: 4c01f8                         addq %r15, %rax
    ac: 49894530                       movq %rax, 0x30(%r13)
    b0: f6c301                         testb $0x1, %bl
    b3: 751b                           jne 0x1b
    b5: 48ff0b                         decq (%rbx)
    b8: 7516                           jne 0x16
    ba: 4989fc                         movq %rdi, %r12
    bd: 4889df                         movq %rbx, %rdi
    c0: e800000000                     callq 0x0
        # hole +0xc1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    c5: 4c89e7                         movq %r12, %rdi
    c8: c744240401000000               movl $0x1, 0x4(%rsp)
    d0: 4a8d0c7d01000000               leaq 0x1(,%r15,2), %rcx
    d8: 40f6c501                       testb $0x1, %bpl
    dc: 7529                           jne 0x29
    de: 48ff4500                       incq (%rbp)
    e2: ba28000000                     movl $0x28, %edx
    e7: 41b201                         movb $0x1, %r10b
    ea: 41b946000000                   movl $0x46, %r9d
    f0: b807000000                     movl $0x7, %eax
    f5: 488b7718                       movq 0x18(%rdi), %rsi
    f9: 4839d9                         cmpq %rbx, %rcx
    fc: 0f8477ffffff                   je -0x89
   102: e96effffff                     jmp -0x92
   107: 4d01ff                         addq %r15, %r15
   10a: 48ba00000000000000c0           movabsq $-0x4000000000000000, %rdx
   114: 4889e8                         movq %rbp, %rax
   117: 48d1f8                         sarq %rax
   11a: 49d1ff                         sarq %r15
   11d: 4901c7                         addq %rax, %r15
   120: 4c89f8                         movq %r15, %rax
   123: 4801d0                         addq %rdx, %rax
   126: 0f8906020000                   jns 0x206
   12c: 4e8d047d01000000               leaq 0x1(,%r15,2), %r8
   134: 4d8b5608                       movq 0x8(%r14), %r10
   138: 4d8b5e10                       movq 0x10(%r14), %r11
   13c: 498d4201                       leaq 0x1(%r10), %rax
   140: 49894608                       movq %rax, 0x8(%r14)
   144: 4c39d8                         cmpq %r11, %rax
   147: 0f8d71010000                   jge 0x171
   14d: ba18000000                     movl $0x18, %edx
   152: c744240402000000               movl $0x2, 0x4(%rsp)
   15a: 49833e00                       cmpq $0x0, (%r14)
   15e: 0f8502010000                   jne 0x102
   164: 48896c2408                     movq %rbp, 0x8(%rsp)
   169: 418b6d08                       movl 0x8(%r13), %ebp
   16d: 41b90a000000                   movl $0xa, %r9d
   173: b801000000                     movl $0x1, %eax
   178: 83fd04                         cmpl $0x4, %ebp
   17b: 0f85f2000000                   jne 0xf2
   181: 48897c2410                     movq %rdi, 0x10(%rsp)
   186: 48895c2418                     movq %rbx, 0x18(%rsp)
   18b: 4d8b7d40                       movq 0x40(%r13), %r15
   18f: 4d8b4d30                       movq 0x30(%r13), %r9
   193: 498b7538                       movq 0x38(%r13), %rsi
   197: 4b8d1409                       leaq (%r9,%r9), %rdx
   19b: 4b8d043f                       leaq (%r15,%r15), %rax
   19f: 4983c202                       addq $0x2, %r10
   1a3: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   1b0: 4889d3                         movq %rdx, %rbx
   1b3: 4d85ff                         testq %r15, %r15
   1b6: 7e18                           jle 0x18
   1b8: 4939f1                         cmpq %rsi, %r9
   1bb: 7c1c                           jl 0x1c
   1bd: e9c3000000                     jmp 0xc3
   1c2: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   1d0: 4939f1                         cmpq %rsi, %r9
   1d3: 0f8eac000000                   jle 0xac
   1d9: 4d89f4                         movq %r14, %r12
   1dc: 4b8d3c39                       leaq (%r9,%r15), %rdi
   1e0: 49897d30                       movq %rdi, 0x30(%r13)
   1e4: 4c89c2                         movq %r8, %rdx
   1e7: 48d1fa                         sarq %rdx
   1ea: 4889d9                         movq %rbx, %rcx
   1ed: 48d1f9                         sarq %rcx
   1f0: 4801d1                         addq %rdx, %rcx
   1f3: 4889ca                         movq %rcx, %rdx
   1f6: 49be00000000000000c0           movabsq $-0x4000000000000000, %r14
   200: 4c01f2                         addq %r14, %rdx
   203: 0f89f4000000                   jns 0xf4
   209: 4c8d044d01000000               leaq 0x1(,%rcx,2), %r8
   211: 4d89e6                         movq %r12, %r14
   214: 4d89542408                     movq %r10, 0x8(%r12)
   219: 4d39da                         cmpq %r11, %r10
   21c: 0f8d87000000                   jge 0x87
   222: 488d4b01                       leaq 0x1(%rbx), %rcx
   226: 488d1403                       leaq (%rbx,%rax), %rdx
   22a: 49ffc2                         incq %r10
   22d: 4989f9                         movq %rdi, %r9
   230: 83fd04                         cmpl $0x4, %ebp
   233: 0f8477ffffff                   je -0x89
   239: 48ffc3                         incq %rbx
   23c: 4531d2                         xorl %r10d, %r10d
   23f: 4889d9                         movq %rbx, %rcx
   242: c744240401000000               movl $0x1, 0x4(%rsp)
   24a: 488b5c2418                     movq 0x18(%rsp), %rbx
   24f: 488b6c2408                     movq 0x8(%rsp), %rbp
   254: ba18000000                     movl $0x18, %edx
   259: 41b90a000000                   movl $0xa, %r9d
   25f: b801000000                     movl $0x1, %eax
   264: eb3c                           jmp 0x3c
   266: 41b964000000                   movl $0x64, %r9d
   26c: b80a000000                     movl $0xa, %eax
   271: eb6a                           jmp 0x6a
   273: 4531d2                         xorl %r10d, %r10d
   276: c744240401000000               movl $0x1, 0x4(%rsp)
   27e: 488b6c2408                     movq 0x8(%rsp), %rbp
   283: eb5b                           jmp 0x5b
   285: 41b914000000                   movl $0x14, %r9d
   28b: b802000000                     movl $0x2, %eax
   290: 4531d2                         xorl %r10d, %r10d
   293: 488b5c2418                     movq 0x18(%rsp), %rbx
   298: 488b6c2408                     movq 0x8(%rsp), %rbp
   29d: ba18000000                     movl $0x18, %edx
   2a2: 488b7c2410                     movq 0x10(%rsp), %rdi
   2a7: eb37                           jmp 0x37
   2a9: 48ffc3                         incq %rbx
   2ac: 4889d9                         movq %rbx, %rcx
   2af: 488b5c2418                     movq 0x18(%rsp), %rbx
   2b4: 488b6c2408                     movq 0x8(%rsp), %rbp
   2b9: 488b7c2410                     movq 0x10(%rsp), %rdi
   2be: 49c70601000000                 movq $0x1, (%r14)
   2c5: ba18000000                     movl $0x18, %edx
   2ca: 41b964000000                   movl $0x64, %r9d
   2d0: b80a000000                     movl $0xa, %eax
   2d5: c744240402000000               movl $0x2, 0x4(%rsp)
   2dd: 4531d2                         xorl %r10d, %r10d
   2e0: 488b7718                       movq 0x18(%rdi), %rsi
   2e4: 4939e8                         cmpq %rbp, %r8
   2e7: 7403                           je 0x3
   2e9: 4c8906                         movq %r8, (%rsi)
   2ec: 4c89c5                         movq %r8, %rbp
   2ef: 4839d9                         cmpq %rbx, %rcx
   2f2: 0f8481fdffff                   je -0x27f
   2f8: e978fdffff                     jmp -0x288
   2fd: 4a8d0c4d01000000               leaq 0x1(,%r9,2), %rcx
   305: ba28000000                     movl $0x28, %edx
   30a: 41b201                         movb $0x1, %r10b
   30d: 41b950000000                   movl $0x50, %r9d
   313: b808000000                     movl $0x8, %eax
   318: c744240401000000               movl $0x1, 0x4(%rsp)
   320: 488b5c2418                     movq 0x18(%rsp), %rbx
   325: 488b6c2408                     movq 0x8(%rsp), %rbp
   32a: 4d89e6                         movq %r12, %r14
   32d: e970ffffff                     jmp -0x90
   332: ba28000000                     movl $0x28, %edx
   337: 41b201                         movb $0x1, %r10b
   33a: 41b950000000                   movl $0x50, %r9d
   340: b808000000                     movl $0x8, %eax
   345: 488b7718                       movq 0x18(%rdi), %rsi
   349: 4839d9                         cmpq %rbx, %rcx
   34c: 0f8427fdffff                   je -0x2d9
   352: e91efdffff                     jmp -0x2e2
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
