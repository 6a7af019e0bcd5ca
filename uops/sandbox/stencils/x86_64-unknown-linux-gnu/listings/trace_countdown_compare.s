# stencil countdown_compare for x86_64-unknown-linux-gnu: 517 code bytes, 0 data bytes, 3 holes
     0: 55                             pushq %rbp
     1: 50                             pushq %rax
     2: 4c89f2                         movq %r14, %rdx
     5: 4c892424                       movq %r12, (%rsp)
     9: 498b742418                     movq 0x18(%r12), %rsi
     e: 488b3e                         movq (%rsi), %rdi
    11: 488b4608                       movq 0x8(%rsi), %rax
    15: 488b5e10                       movq 0x10(%rsi), %rbx
    19: 4989d9                         movq %rbx, %r9
    1c: 49d1f9                         sarq %r9
    1f: 48bdffffffffffffff3f           movabsq $0x3fffffffffffffff, %rbp
    29: 49befbffffffffffff7f           movabsq $0x7ffffffffffffffb, %r14
    33: 4989c0                         movq %rax, %r8
    36: 4989fa                         movq %rdi, %r10
    39: b902000000                     movl $0x2, %ecx
    3e: 41bf28000000                   movl $0x28, %r15d
    44: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
    50: 41f6c201                       testb $0x1, %r10b
    54: 0f8495000000                   je 0x95
    5a: 4d89d3                         movq %r10, %r11
    5d: 49d1fb                         sarq %r11
    60: 41b401                         movb $0x1, %r12b
    63: 4d85db                         testq %r11, %r11
    66: 410f9ec5                       setle %r13b
    6a: 0f8e46010000                   jle 0x146
    70: f6c301                         testb $0x1, %bl
    73: 7503                           jne 0x3
    75: 48ff03                         incq (%rbx)
    78: f6c301                         testb $0x1, %bl
    7b: 0f8497000000                   je 0x97
    81: 4d29cb                         subq %r9, %r11
    84: 4939eb                         cmpq %rbp, %r11
    87: 0f8f4b010000                   jg 0x14b
    8d: 4e8d145d01000000               leaq 0x1(,%r11,2), %r10
    95: 41f6c001                       testb $0x1, %r8b
    99: 0f848e000000                   je 0x8e
    9f: 4d39f0                         cmpq %r14, %r8
    a2: 0f8f40010000                   jg 0x140
    a8: 4983c004                       addq $0x4, %r8
    ac: 48833a00                       cmpq $0x0, (%rdx)
    b0: 0f8597000000                   jne 0x97
    b6: 4c8b5a08                       movq 0x8(%rdx), %r11
    ba: 49ffc3                         incq %r11
    bd: 4c895a08                       movq %r11, 0x8(%rdx)
    c1: 4c3b5a10                       cmpq 0x10(%rdx), %r11
    c5: 7c89                           jl -0x77
    c7: 48c70201000000                 movq $0x1, (%rdx)
    ce: 41bf18000000                   movl $0x18, %r15d
    d4: 41b9aa000000                   movl $0xaa, %r9d
    da: bd11000000                     movl $0x11, %ebp
    df: 4531e4                         xorl %r12d, %r12d
    e2: 4d89c3                         movq %r8, %r11
    e5: bb05000000                     movl $0x5, %ebx
    ea: 4531ed                         xorl %r13d, %r13d
    ed: eb7a                           jmp 0x7a
    ef: 49ff02                         incq (%r10)
    f2: 41bf28000000                   movl $0x28, %r15d
    f8: 41b401                         movb $0x1, %r12b
    fb: 41b91e000000                   movl $0x1e, %r9d
   101: bd03000000                     movl $0x3, %ebp
   106: b901000000                     movl $0x1, %ecx
   10b: bb01000000                     movl $0x1, %ebx
   110: 4531ed                         xorl %r13d, %r13d
   113: 4d89d3                         movq %r10, %r11
   116: eb51                           jmp 0x51
   118: 41b950000000                   movl $0x50, %r9d
   11e: bd08000000                     movl $0x8, %ebp
   123: 4d89d3                         movq %r10, %r11
   126: b901000000                     movl $0x1, %ecx
   12b: eb3c                           jmp 0x3c
   12d: 49ff00                         incq (%r8)
   130: 41b982000000                   movl $0x82, %r9d
   136: bd0d000000                     movl $0xd, %ebp
   13b: bb05000000                     movl $0x5, %ebx
   140: 4531ed                         xorl %r13d, %r13d
   143: 4d89c3                         movq %r8, %r11
   146: b901000000                     movl $0x1, %ecx
   14b: eb1c                           jmp 0x1c
   14d: 41bf18000000                   movl $0x18, %r15d
   153: 41b9a0000000                   movl $0xa0, %r9d
   159: bd10000000                     movl $0x10, %ebp
   15e: 4531e4                         xorl %r12d, %r12d
   161: 4d89c3                         movq %r8, %r11
   164: bb05000000                     movl $0x5, %ebx
   169: 4939fa                         cmpq %rdi, %r10
   16c: 750c                           jne 0xc
   16e: 4939c0                         cmpq %rax, %r8
   171: 750f                           jne 0xf
   173: 4584e4                         testb %r12b, %r12b
   176: 7513                           jne 0x13
   178: eb1e                           jmp 0x1e
   17a: 4c8916                         movq %r10, (%rsi)
   17d: 4939c0                         cmpq %rax, %r8
   180: 74f1                           je -0xf
   182: 4c894608                       movq %r8, 0x8(%rsi)
   186: 4584e4                         testb %r12b, %r12b
   189: 740d                           je 0xd
   18b: 4c895e18                       movq %r11, 0x18(%rsi)
   18f: 4584ed                         testb %r13b, %r13b
   192: 7504                           jne 0x4
   194: 48895e20                       movq %rbx, 0x20(%rsi)
   198: 4c01fe                         addq %r15, %rsi
   19b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x19d: R_X86_64_64 Abs64 index+0
   1a5: 4901e8                         addq %rbp, %r8
   1a8: 488b3c24                       movq (%rsp), %rdi
   1ac: 4883c408                       addq $0x8, %rsp
   1b0: 5d                             popq %rbp
   1b1: e900000000                     jmp 0x0
        # hole +0x1b2: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   1b6: 41bf20000000                   movl $0x20, %r15d
   1bc: 41b932000000                   movl $0x32, %r9d
   1c2: bd05000000                     movl $0x5, %ebp
   1c7: bb01000000                     movl $0x1, %ebx
   1cc: 49bb0000000000000000           movabsq $0x0, %r11
        # hole +0x1ce: R_X86_64_64 Abs64 symbol:tf_False+0
   1d6: eb91                           jmp -0x6f
   1d8: 41b95a000000                   movl $0x5a, %r9d
   1de: bd09000000                     movl $0x9, %ebp
   1e3: e93bffffff                     jmp -0xc5
   1e8: 41b98c000000                   movl $0x8c, %r9d
   1ee: bd0e000000                     movl $0xe, %ebp
   1f3: 4d89c3                         movq %r8, %r11
   1f6: bb05000000                     movl $0x5, %ebx
   1fb: b901000000                     movl $0x1, %ecx
   200: e964ffffff                     jmp -0x9c
