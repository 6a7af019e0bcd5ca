# stencil countdown_compare for x86_64-apple-darwin: 872 code bytes, 16 data bytes, 7 holes
     0: 55                             pushq %rbp
     1: 50                             pushq %rax
     2: 4c89f2                         movq %r14, %rdx
     5: 4c89e7                         movq %r12, %rdi
     8: 498b742418                     movq 0x18(%r12), %rsi
     d: 4c8b06                         movq (%rsi), %r8
    10: 41f6c001                       testb $0x1, %r8b
    14: 751a                           jne 0x1a
    16: 49ff00                         incq (%r8)
    19: 41bf01000000                   movl $0x1, %r15d
    1f: 41ba03000000                   movl $0x3, %r10d
    25: 41b91e000000                   movl $0x1e, %r9d
    2b: e989000000                     jmp 0x89
    30: 4c89c5                         movq %r8, %rbp
    33: 48d1fd                         sarq %rbp
    36: 4885ed                         testq %rbp, %rbp
    39: 0f8eab020000                   jle 0x2ab
    3f: 488b4608                       movq 0x8(%rsi), %rax
    43: 4c8b7e10                       movq 0x10(%rsi), %r15
    47: 41f6c701                       testb $0x1, %r15b
    4b: 7503                           jne 0x3
    4d: 49ff07                         incq (%r15)
    50: 41f6c701                       testb $0x1, %r15b
    54: 7457                           je 0x57
    56: 49bd0000000000000040           movabsq $0x4000000000000000, %r13
    60: 4d89fa                         movq %r15, %r10
    63: 49d1fa                         sarq %r10
    66: 4c29d5                         subq %r10, %rbp
    69: 4c39ed                         cmpq %r13, %rbp
    6c: 0f8da0020000                   jge 0x2a0
    72: 4c8d346d01000000               leaq 0x1(,%rbp,2), %r14
    7a: a801                           testb $0x1, %al
    7c: 756d                           jne 0x6d
    7e: 48ff00                         incq (%rax)
    81: 41bb28000000                   movl $0x28, %r11d
    87: b301                           movb $0x1, %bl
    89: 41b982000000                   movl $0x82, %r9d
    8f: 41ba0d000000                   movl $0xd, %r10d
    95: b901000000                     movl $0x1, %ecx
    9a: 41bf05000000                   movl $0x5, %r15d
    a0: 31ed                           xorl %ebp, %ebp
    a2: 4989c5                         movq %rax, %r13
    a5: 4989c4                         movq %rax, %r12
    a8: e936010000                     jmp 0x136
    ad: 41ba08000000                   movl $0x8, %r10d
    b3: 41b950000000                   movl $0x50, %r9d
    b9: 4c894618                       movq %r8, 0x18(%rsi)
    bd: b901000000                     movl $0x1, %ecx
    c2: 41bb28000000                   movl $0x28, %r11d
    c8: b820000000                     movl $0x20, %eax
    cd: 4c893c06                       movq %r15, (%rsi,%rax)
    d1: 4c89d8                         movq %r11, %rax
    d4: 4801c6                         addq %rax, %rsi
    d7: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xda: X86_64_RELOC_GOT_LOAD Rel32 data+4
    de: 4d01d0                         addq %r10, %r8
    e1: 4883c408                       addq $0x8, %rsp
    e5: 5d                             popq %rbp
    e6: e900000000                     jmp 0x0
        # hole +0xe7: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    eb: 49bbfcffffffffffff7f           movabsq $0x7ffffffffffffffc, %r11
    f5: 41b98c000000                   movl $0x8c, %r9d
    fb: 4c39d8                         cmpq %r11, %rax
    fe: 0f8d1f020000                   jge 0x21f
   104: 4c8d6004                       leaq 0x4(%rax), %r12
   108: b902000000                     movl $0x2, %ecx
   10d: 48833a00                       cmpq $0x0, (%rdx)
   111: 0f85ad000000                   jne 0xad
   117: 48890424                       movq %rax, (%rsp)
   11b: 488b4208                       movq 0x8(%rdx), %rax
   11f: 4c8b4a10                       movq 0x10(%rdx), %r9
   123: 48ffc0                         incq %rax
   126: 48894208                       movq %rax, 0x8(%rdx)
   12a: 4c39c8                         cmpq %r9, %rax
   12d: 7d69                           jge 0x69
   12f: 41f6c701                       testb $0x1, %r15b
   133: 0f84f3000000                   je 0xf3
   139: 0f1f8000000000                 nopl (%rax)
   140: 4983fe02                       cmpq $0x2, %r14
   144: 400f9cc5                       setl %bpl
   148: 0f8c45010000                   jl 0x145
   14e: 41f6c701                       testb $0x1, %r15b
   152: 7503                           jne 0x3
   154: 49ff07                         incq (%r15)
   157: 4c89f3                         movq %r14, %rbx
   15a: 48d1eb                         shrq %rbx
   15d: 4c29d3                         subq %r10, %rbx
   160: 4c39eb                         cmpq %r13, %rbx
   163: 0f8d54010000                   jge 0x154
   169: 4c8d345d01000000               leaq 0x1(,%rbx,2), %r14
   171: 41f6c401                       testb $0x1, %r12b
   175: 0f84e7000000                   je 0xe7
   17b: 4d39dc                         cmpq %r11, %r12
   17e: 0f8d4a010000                   jge 0x14a
   184: 4983e4fe                       andq $-0x2, %r12
   188: 4983c405                       addq $0x5, %r12
   18c: 48ffc0                         incq %rax
   18f: 48894208                       movq %rax, 0x8(%rdx)
   193: 4c39c8                         cmpq %r9, %rax
   196: 7ca8                           jl -0x58
   198: 48c70201000000                 movq $0x1, (%rdx)
   19f: 41b9aa000000                   movl $0xaa, %r9d
   1a5: 41ba11000000                   movl $0x11, %r10d
   1ab: 31db                           xorl %ebx, %ebx
   1ad: 4d89e5                         movq %r12, %r13
   1b0: 41bf05000000                   movl $0x5, %r15d
   1b6: 31ed                           xorl %ebp, %ebp
   1b8: 41bb18000000                   movl $0x18, %r11d
   1be: 488b0424                       movq (%rsp), %rax
   1c2: eb1f                           jmp 0x1f
   1c4: 41b9a0000000                   movl $0xa0, %r9d
   1ca: 41ba10000000                   movl $0x10, %r10d
   1d0: 31db                           xorl %ebx, %ebx
   1d2: 4d89e5                         movq %r12, %r13
   1d5: 41bf05000000                   movl $0x5, %r15d
   1db: 31ed                           xorl %ebp, %ebp
   1dd: 41bb18000000                   movl $0x18, %r11d
   1e3: 4d39c6                         cmpq %r8, %r14
   1e6: 7514                           jne 0x14
   1e8: 4939c4                         cmpq %rax, %r12
   1eb: 7517                           jne 0x17
   1ed: b818000000                     movl $0x18, %eax
   1f2: 84db                           testb %bl, %bl
   1f4: 0f84dafeffff                   je -0x126
   1fa: eb19                           jmp 0x19
   1fc: 4c8936                         movq %r14, (%rsi)
   1ff: 4939c4                         cmpq %rax, %r12
   202: 74e9                           je -0x17
   204: 4c896608                       movq %r12, 0x8(%rsi)
   208: b818000000                     movl $0x18, %eax
   20d: 84db                           testb %bl, %bl
   20f: 0f84bffeffff                   je -0x141
   215: 4c896e18                       movq %r13, 0x18(%rsi)
   219: b820000000                     movl $0x20, %eax
   21e: 4084ed                         testb %bpl, %bpl
   221: 0f84a6feffff                   je -0x15a
   227: e9a8feffff                     jmp -0x158
   22c: b301                           movb $0x1, %bl
   22e: 4885ed                         testq %rbp, %rbp
   231: 0f8e0a010000                   jle 0x10a
   237: 41b950000000                   movl $0x50, %r9d
   23d: 41ba08000000                   movl $0x8, %r10d
   243: 41f6c701                       testb $0x1, %r15b
   247: 488b0424                       movq (%rsp), %rax
   24b: 41bb28000000                   movl $0x28, %r11d
   251: 7503                           jne 0x3
   253: 49ff07                         incq (%r15)
   256: 31ed                           xorl %ebp, %ebp
   258: 4d89f5                         movq %r14, %r13
   25b: b901000000                     movl $0x1, %ecx
   260: eb81                           jmp -0x7f
   262: 49ff0424                       incq (%r12)
   266: 41b982000000                   movl $0x82, %r9d
   26c: 41ba0d000000                   movl $0xd, %r10d
   272: 41bf05000000                   movl $0x5, %r15d
   278: 31ed                           xorl %ebp, %ebp
   27a: 4d89e5                         movq %r12, %r13
   27d: b901000000                     movl $0x1, %ecx
   282: 488b0424                       movq (%rsp), %rax
   286: 41bb28000000                   movl $0x28, %r11d
   28c: b301                           movb $0x1, %bl
   28e: e950ffffff                     jmp -0xb0
   293: 41bb20000000                   movl $0x20, %r11d
   299: 41b932000000                   movl $0x32, %r9d
   29f: 41ba05000000                   movl $0x5, %r10d
   2a5: 41bf01000000                   movl $0x1, %r15d
   2ab: 488b0424                       movq (%rsp), %rax
   2af: b301                           movb $0x1, %bl
   2b1: 4c8b2d00000000                 movq (%rip), %r13
        # hole +0x2b4: X86_64_RELOC_GOT_LOAD Rel32 data-4
   2b8: e926ffffff                     jmp -0xda
   2bd: 41b95a000000                   movl $0x5a, %r9d
   2c3: 41ba09000000                   movl $0x9, %r10d
   2c9: 4d89f5                         movq %r14, %r13
   2cc: ebaf                           jmp -0x51
   2ce: 4d89e5                         movq %r12, %r13
   2d1: 41bf05000000                   movl $0x5, %r15d
   2d7: b901000000                     movl $0x1, %ecx
   2dc: 41b98c000000                   movl $0x8c, %r9d
   2e2: 41ba0e000000                   movl $0xe, %r10d
   2e8: eb98                           jmp -0x68
   2ea: b902000000                     movl $0x2, %ecx
   2ef: 41ba05000000                   movl $0x5, %r10d
   2f5: 41b932000000                   movl $0x32, %r9d
   2fb: 41bb20000000                   movl $0x20, %r11d
   301: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x304: X86_64_RELOC_GOT_LOAD Rel32 data-4
   308: b818000000                     movl $0x18, %eax
   30d: e9bbfdffff                     jmp -0x245
   312: 41ba09000000                   movl $0x9, %r10d
   318: 41b95a000000                   movl $0x5a, %r9d
   31e: e996fdffff                     jmp -0x26a
   323: 31ed                           xorl %ebp, %ebp
   325: 4989c5                         movq %rax, %r13
   328: 41bf05000000                   movl $0x5, %r15d
   32e: 4989c4                         movq %rax, %r12
   331: b901000000                     movl $0x1, %ecx
   336: 41ba0e000000                   movl $0xe, %r10d
   33c: e945ffffff                     jmp -0xbb
   341: 41bb20000000                   movl $0x20, %r11d
   347: 41b932000000                   movl $0x32, %r9d
   34d: 41ba05000000                   movl $0x5, %r10d
   353: 41bf01000000                   movl $0x1, %r15d
   359: 4c8b2d00000000                 movq (%rip), %r13
        # hole +0x35c: X86_64_RELOC_GOT_LOAD Rel32 data-4
   360: 40b501                         movb $0x1, %bpl
   363: e956feffff                     jmp -0x1aa
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
        # hole data+0x8: GOT Abs64 index+0
