# stencil list_build for x86_64-unknown-linux-gnu: 586 code bytes, 0 data bytes, 5 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 4c89642408                     movq %r12, 0x8(%rsp)
     a: 498b442418                     movq 0x18(%r12), %rax
     f: 488b18                         movq (%rax), %rbx
    12: 488b6808                       movq 0x8(%rax), %rbp
    16: 4c8b7810                       movq 0x10(%rax), %r15
    1a: 41f6c701                       testb $0x1, %r15b
    1e: 0f851d010000                   jne 0x11d
    24: 48892c24                       movq %rbp, (%rsp)
    28: 0f1f840000000000               nopl (%rax,%rax)
    30: 41837f0804                     cmpl $0x4, 0x8(%r15)
    35: 0f8523010000                   jne 0x123
    3b: 498b4740                       movq 0x40(%r15), %rax
    3f: 4885c0                         testq %rax, %rax
    42: 7e1c                           jle 0x1c
    44: 4d8b6730                       movq 0x30(%r15), %r12
    48: 4d3b6738                       cmpq 0x38(%r15), %r12
    4c: 7c20                           jl 0x20
    4e: e925010000                     jmp 0x125
    53: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    60: 4d8b6730                       movq 0x30(%r15), %r12
    64: 4d3b6738                       cmpq 0x38(%r15), %r12
    68: 0f8e0a010000                   jle 0x10a
    6e: 4c01e0                         addq %r12, %rax
    71: 49894730                       movq %rax, 0x30(%r15)
    75: 40f6c501                       testb $0x1, %bpl
    79: 750a                           jne 0xa
    7b: 48ff4d00                       decq (%rbp)
    7f: 0f84a6000000                   je 0xa6
    85: f6c301                         testb $0x1, %bl
    88: 7503                           jne 0x3
    8a: 48ff03                         incq (%rbx)
    8d: 4a8d2c6501000000               leaq 0x1(,%r12,2), %rbp
    95: 4d01e4                         addq %r12, %r12
    98: 49d1fc                         sarq %r12
    9b: 4531c0                         xorl %r8d, %r8d
    9e: 4d0fafe4                       imulq %r12, %r12
    a2: b001                           movb $0x1, %al
    a4: 0f807f010000                   jo 0x17f
    aa: 48b900000000000000c0           movabsq $-0x4000000000000000, %rcx
    b4: 498d140c                       leaq (%r12,%rcx), %rdx
    b8: 4885d2                         testq %rdx, %rdx
    bb: 0f8968010000                   jns 0x168
    c1: 4e8d2c6501000000               leaq 0x1(,%r12,2), %r13
    c9: 4c89f7                         movq %r14, %rdi
    cc: 4889de                         movq %rbx, %rsi
    cf: 4c89ea                         movq %r13, %rdx
    d2: e800000000                     callq 0x0
        # hole +0xd3: R_X86_64_PLT32 Rel32 symbol:tf_list_append-4
    d7: 85c0                           testl %eax, %eax
    d9: 0f85a7000000                   jne 0xa7
    df: f6c301                         testb $0x1, %bl
    e2: 751c                           jne 0x1c
    e4: 48ff0b                         decq (%rbx)
    e7: 7517                           jne 0x17
    e9: 4889df                         movq %rbx, %rdi
    ec: e800000000                     callq 0x0
        # hole +0xed: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    f1: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
   100: 498b4608                       movq 0x8(%r14), %rax
   104: 48ffc0                         incq %rax
   107: 49894608                       movq %rax, 0x8(%r14)
   10b: 493b4610                       cmpq 0x10(%r14), %rax
   10f: 0f8da3000000                   jge 0xa3
   115: 49833e00                       cmpq $0x0, (%r14)
   119: 0f85a0000000                   jne 0xa0
   11f: 41f6c701                       testb $0x1, %r15b
   123: 0f8407ffffff                   je -0xf9
   129: eb33                           jmp 0x33
   12b: 4889ef                         movq %rbp, %rdi
   12e: e800000000                     callq 0x0
        # hole +0x12f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   133: f6c301                         testb $0x1, %bl
   136: 0f844effffff                   je -0xb2
   13c: e94cffffff                     jmp -0xb4
   141: 31c0                           xorl %eax, %eax
   143: 4989eb                         movq %rbp, %r11
   146: 4531c0                         xorl %r8d, %r8d
   149: 31d2                           xorl %edx, %edx
   14b: 41b90a000000                   movl $0xa, %r9d
   151: b901000000                     movl $0x1, %ecx
   156: 41ba01000000                   movl $0x1, %r10d
   15c: eb7d                           jmp 0x7d
   15e: 31c0                           xorl %eax, %eax
   160: 4531c0                         xorl %r8d, %r8d
   163: 31d2                           xorl %edx, %edx
   165: 41b90a000000                   movl $0xa, %r9d
   16b: b901000000                     movl $0x1, %ecx
   170: 41ba01000000                   movl $0x1, %r10d
   176: eb5f                           jmp 0x5f
   178: 41b914000000                   movl $0x14, %r9d
   17e: 41ba02000000                   movl $0x2, %r10d
   184: eb45                           jmp 0x45
   186: 41bf20000000                   movl $0x20, %r15d
   18c: b001                           movb $0x1, %al
   18e: 41b95a000000                   movl $0x5a, %r9d
   194: 41ba09000000                   movl $0x9, %r10d
   19a: b903000000                     movl $0x3, %ecx
   19f: 31d2                           xorl %edx, %edx
   1a1: 41b001                         movb $0x1, %r8b
   1a4: 4c8b1c24                       movq (%rsp), %r11
   1a8: 488b7c2408                     movq 0x8(%rsp), %rdi
   1ad: 488b7718                       movq 0x18(%rdi), %rsi
   1b1: 4c39dd                         cmpq %r11, %rbp
   1b4: 7539                           jne 0x39
   1b6: eb3b                           jmp 0x3b
   1b8: 49c70601000000                 movq $0x1, (%r14)
   1bf: 41b96e000000                   movl $0x6e, %r9d
   1c5: 41ba0b000000                   movl $0xb, %r10d
   1cb: b902000000                     movl $0x2, %ecx
   1d0: 31c0                           xorl %eax, %eax
   1d2: 4531c0                         xorl %r8d, %r8d
   1d5: 31d2                           xorl %edx, %edx
   1d7: 4c8b1c24                       movq (%rsp), %r11
   1db: 41bf18000000                   movl $0x18, %r15d
   1e1: 488b7c2408                     movq 0x8(%rsp), %rdi
   1e6: 488b7718                       movq 0x18(%rdi), %rsi
   1ea: 4c39dd                         cmpq %r11, %rbp
   1ed: 7404                           je 0x4
   1ef: 48896e08                       movq %rbp, 0x8(%rsi)
   1f3: 84c0                           testb %al, %al
   1f5: 7415                           je 0x15
   1f7: 48895e18                       movq %rbx, 0x18(%rsi)
   1fb: 4584c0                         testb %r8b, %r8b
   1fe: 750c                           jne 0xc
   200: 4c896e20                       movq %r13, 0x20(%rsi)
   204: 84d2                           testb %dl, %dl
   206: 7404                           je 0x4
   208: 48896e28                       movq %rbp, 0x28(%rsi)
   20c: 4c01fe                         addq %r15, %rsi
   20f: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x211: R_X86_64_64 Abs64 index+0
   219: 4d01d0                         addq %r10, %r8
   21c: 4c89f2                         movq %r14, %rdx
   21f: 4883c410                       addq $0x10, %rsp
   223: 5d                             popq %rbp
   224: e900000000                     jmp 0x0
        # hole +0x225: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   229: 4989ed                         movq %rbp, %r13
   22c: 41ba08000000                   movl $0x8, %r10d
   232: 41b950000000                   movl $0x50, %r9d
   238: b201                           movb $0x1, %dl
   23a: 41bf30000000                   movl $0x30, %r15d
   240: b901000000                     movl $0x1, %ecx
   245: e95affffff                     jmp -0xa6
