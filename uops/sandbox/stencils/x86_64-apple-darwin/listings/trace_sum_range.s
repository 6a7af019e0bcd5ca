# stencil sum_range for x86_64-apple-darwin: 411 code bytes, 8 data bytes, 5 holes
     0: 50                             pushq %rax
     1: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
     b: 498b55f8                       movq -0x8(%r13), %rdx
     f: 41b90a000000                   movl $0xa, %r9d
    15: b801000000                     movl $0x1, %eax
    1a: b901000000                     movl $0x1, %ecx
    1f: f6c201                         testb $0x1, %dl
    22: 0f851e010000                   jne 0x11e
    28: 837a0804                       cmpl $0x4, 0x8(%rdx)
    2c: 0f8514010000                   jne 0x114
    32: 488b4240                       movq 0x40(%rdx), %rax
    36: 488b7230                       movq 0x30(%rdx), %rsi
    3a: 488b7a38                       movq 0x38(%rdx), %rdi
    3e: 4885c0                         testq %rax, %rax
    41: 7e0d                           jle 0xd
    43: 4839fe                         cmpq %rdi, %rsi
    46: 7c11                           jl 0x11
    48: e912010000                     jmp 0x112
    4d: 0f1f00                         nopl (%rax)
    50: 4839fe                         cmpq %rdi, %rsi
    53: 0f8e06010000                   jle 0x106
    59: 4801f0                         addq %rsi, %rax
    5c: 48894230                       movq %rax, 0x30(%rdx)
    60: 488d147501000000               leaq 0x1(,%rsi,2), %rdx
    68: 49895500                       movq %rdx, (%r13)
    6c: 498b442418                     movq 0x18(%r12), %rax
    71: 488b7808                       movq 0x8(%rax), %rdi
    75: 48895008                       movq %rdx, 0x8(%rax)
    79: 40f6c701                       testb $0x1, %dil
    7d: 7505                           jne 0x5
    7f: 48ff0f                         decq (%rdi)
    82: 7424                           je 0x24
    84: 488b10                         movq (%rax), %rdx
    87: f6c201                         testb $0x1, %dl
    8a: 7434                           je 0x34
    8c: 49895500                       movq %rdx, (%r13)
    90: 488b7008                       movq 0x8(%rax), %rsi
    94: 40f6c601                       testb $0x1, %sil
    98: 7437                           je 0x37
    9a: 49897508                       movq %rsi, 0x8(%r13)
    9e: f6c201                         testb $0x1, %dl
    a1: 753a                           jne 0x3a
    a3: e98f000000                     jmp 0x8f
    a8: e800000000                     callq 0x0
        # hole +0xa9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    ad: b901000000                     movl $0x1, %ecx
    b2: 498b442418                     movq 0x18(%r12), %rax
    b7: 488b10                         movq (%rax), %rdx
    ba: f6c201                         testb $0x1, %dl
    bd: 75cd                           jne -0x33
    bf: 90                             nop
    c0: 48ff02                         incq (%rdx)
    c3: 49895500                       movq %rdx, (%r13)
    c7: 488b7008                       movq 0x8(%rax), %rsi
    cb: 40f6c601                       testb $0x1, %sil
    cf: 75c9                           jne -0x37
    d1: 48ff06                         incq (%rsi)
    d4: 49897508                       movq %rsi, 0x8(%r13)
    d8: f6c201                         testb $0x1, %dl
    db: 745a                           je 0x5a
    dd: 40f6c601                       testb $0x1, %sil
    e1: 7454                           je 0x54
    e3: 48d1fa                         sarq %rdx
    e6: 48d1fe                         sarq %rsi
    e9: 4801d6                         addq %rdx, %rsi
    ec: 4889f2                         movq %rsi, %rdx
    ef: 4801da                         addq %rbx, %rdx
    f2: 0f8992000000                   jns 0x92
    f8: 488d0c7501000000               leaq 0x1(,%rsi,2), %rcx
   100: 49894d00                       movq %rcx, (%r13)
   104: 488b38                         movq (%rax), %rdi
   107: 488908                         movq %rcx, (%rax)
   10a: 40f6c701                       testb $0x1, %dil
   10e: 750a                           jne 0xa
   110: 48ff0f                         decq (%rdi)
   113: 7505                           jne 0x5
   115: e800000000                     callq 0x0
        # hole +0x116: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   11a: 498b4608                       movq 0x8(%r14), %rax
   11e: 48ffc0                         incq %rax
   121: 49894608                       movq %rax, 0x8(%r14)
   125: 493b4610                       cmpq 0x10(%r14), %rax
   129: 7d46                           jge 0x46
   12b: 49833e00                       cmpq $0x0, (%r14)
   12f: 0f84d6feffff                   je -0x12a
   135: eb41                           jmp 0x41
   137: 4983c510                       addq $0x10, %r13
   13b: 41b946000000                   movl $0x46, %r9d
   141: b807000000                     movl $0x7, %eax
   146: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x149: X86_64_RELOC_GOT_LOAD Rel32 data-4
   14d: 4901c0                         addq %rax, %r8
   150: 4c89e7                         movq %r12, %rdi
   153: 4c89ee                         movq %r13, %rsi
   156: 4c89f2                         movq %r14, %rdx
   159: 58                             popq %rax
   15a: e900000000                     jmp 0x0
        # hole +0x15b: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   15f: 41b914000000                   movl $0x14, %r9d
   165: b802000000                     movl $0x2, %eax
   16a: b902000000                     movl $0x2, %ecx
   16f: ebd5                           jmp -0x2b
   171: 49c70601000000                 movq $0x1, (%r14)
   178: 41b964000000                   movl $0x64, %r9d
   17e: b80a000000                     movl $0xa, %eax
   183: b902000000                     movl $0x2, %ecx
   188: ebbc                           jmp -0x44
   18a: 4983c510                       addq $0x10, %r13
   18e: 41b950000000                   movl $0x50, %r9d
   194: b808000000                     movl $0x8, %eax
   199: ebab                           jmp -0x55
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
