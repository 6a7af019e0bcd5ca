# stencil nested_inner for x86_64-apple-darwin: 767 code bytes, 8 data bytes, 5 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b5828                       movq 0x28(%rax), %rbx
     e: f6c301                         testb $0x1, %bl
    11: 0f857e010000                   jne 0x17e
    17: 4c8b38                         movq (%rax), %r15
    1a: 488b7810                       movq 0x10(%rax), %rdi
    1e: ba30000000                     movl $0x30, %edx
    23: 41b90a000000                   movl $0xa, %r9d
    29: 41ba01000000                   movl $0x1, %r10d
    2f: b901000000                     movl $0x1, %ecx
    34: 837b0804                       cmpl $0x4, 0x8(%rbx)
    38: 48897c2408                     movq %rdi, 0x8(%rsp)
    3d: 4c897c2410                     movq %r15, 0x10(%rsp)
    42: 0f8568010000                   jne 0x168
    48: 4c892424                       movq %r12, (%rsp)
    4c: 4c8b6808                       movq 0x8(%rax), %r13
    50: 4d89ea                         movq %r13, %r10
    53: 49d1fa                         sarq %r10
    56: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
    60: 4c89742418                     movq %r14, 0x18(%rsp)
    65: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    70: 488b4340                       movq 0x40(%rbx), %rax
    74: 4c8b6330                       movq 0x30(%rbx), %r12
    78: 488b4b38                       movq 0x38(%rbx), %rcx
    7c: 4885c0                         testq %rax, %rax
    7f: 7e0f                           jle 0xf
    81: 4939cc                         cmpq %rcx, %r12
    84: 7c13                           jl 0x13
    86: e9d4000000                     jmp 0xd4
    8b: 0f1f440000                     nopl (%rax,%rax)
    90: 4939cc                         cmpq %rcx, %r12
    93: 0f8ec6000000                   jle 0xc6
    99: 4c01e0                         addq %r12, %rax
    9c: 48894330                       movq %rax, 0x30(%rbx)
    a0: 40f6c701                       testb $0x1, %dil
    a4: 7509                           jne 0x9
    a6: 48ff0f                         decq (%rdi)
    a9: 0f8491000000                   je 0x91
    af: 41f6c701                       testb $0x1, %r15b
    b3: 7503                           jne 0x3
    b5: 49ff07                         incq (%r15)
    b8: 41f6c501                       testb $0x1, %r13b
    bc: 7504                           jne 0x4
    be: 49ff4500                       incq (%r13)
    c2: 4a8d3c6501000000               leaq 0x1(,%r12,2), %rdi
    ca: 4d01e4                         addq %r12, %r12
    cd: 49d1fc                         sarq %r12
    d0: 4d0fafe2                       imulq %r10, %r12
    d4: 0f90c1                         seto %cl
    d7: 4c89e0                         movq %r12, %rax
    da: 4801e8                         addq %rbp, %rax
    dd: 0f99c0                         setns %al
    e0: 08c8                           orb %cl, %al
    e2: 41b001                         movb $0x1, %r8b
    e5: 0f85af010000                   jne 0x1af
    eb: 41f6c701                       testb $0x1, %r15b
    ef: 0f84b8010000                   je 0x1b8
    f5: 4c89fa                         movq %r15, %rdx
    f8: 48d1fa                         sarq %rdx
    fb: 4c01e2                         addq %r12, %rdx
    fe: 4889d6                         movq %rdx, %rsi
   101: 4801ee                         addq %rbp, %rsi
   104: 0f89be010000                   jns 0x1be
   10a: 4c8d3c5501000000               leaq 0x1(,%rdx,2), %r15
   112: 49833e00                       cmpq $0x0, (%r14)
   116: 0f85a7000000                   jne 0xa7
   11c: 498b4e08                       movq 0x8(%r14), %rcx
   120: 48ffc1                         incq %rcx
   123: 49894e08                       movq %rcx, 0x8(%r14)
   127: 493b4e10                       cmpq 0x10(%r14), %rcx
   12b: 0f8db0000000                   jge 0xb0
   131: 837b0804                       cmpl $0x4, 0x8(%rbx)
   135: 0f8435ffffff                   je -0xcb
   13b: e927010000                     jmp 0x127
   140: 4d89d6                         movq %r10, %r14
   143: e800000000                     callq 0x0
        # hole +0x144: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   148: 4d89f2                         movq %r14, %r10
   14b: 4c8b742418                     movq 0x18(%rsp), %r14
   150: 41f6c701                       testb $0x1, %r15b
   154: 0f845bffffff                   je -0xa5
   15a: e959ffffff                     jmp -0xa7
   15f: 4c3b7c2410                     cmpq 0x10(%rsp), %r15
   164: 4c8b2424                       movq (%rsp), %r12
   168: 7408                           je 0x8
   16a: 498b442418                     movq 0x18(%r12), %rax
   16f: 4c8938                         movq %r15, (%rax)
   172: 483b7c2408                     cmpq 0x8(%rsp), %rdi
   177: 7409                           je 0x9
   179: 498b442418                     movq 0x18(%r12), %rax
   17e: 48897810                       movq %rdi, 0x10(%rax)
   182: 4d8b6c2418                     movq 0x18(%r12), %r13
   187: 4983c530                       addq $0x30, %r13
   18b: 4883c420                       addq $0x20, %rsp
   18f: 5d                             popq %rbp
   190: e900000000                     jmp 0x0
        # hole +0x191: X86_64_RELOC_BRANCH Rel32 exit_trace[2]-4
   195: 498b742418                     movq 0x18(%r12), %rsi
   19a: b901000000                     movl $0x1, %ecx
   19f: 41ba01000000                   movl $0x1, %r10d
   1a5: 41b90a000000                   movl $0xa, %r9d
   1ab: e995000000                     jmp 0x95
   1b0: 4531c0                         xorl %r8d, %r8d
   1b3: 31c0                           xorl %eax, %eax
   1b5: 498b742418                     movq 0x18(%r12), %rsi
   1ba: 4c3b7c2410                     cmpq 0x10(%rsp), %r15
   1bf: 755a                           jne 0x5a
   1c1: eb5b                           jmp 0x5b
   1c3: 4e8d2c6501000000               leaq 0x1(,%r12,2), %r13
   1cb: 41b978000000                   movl $0x78, %r9d
   1d1: 41ba0c000000                   movl $0xc, %r10d
   1d7: b902000000                     movl $0x2, %ecx
   1dc: 4531c0                         xorl %r8d, %r8d
   1df: eb25                           jmp 0x25
   1e1: 4e8d2c6501000000               leaq 0x1(,%r12,2), %r13
   1e9: 49c70601000000                 movq $0x1, (%r14)
   1f0: 41b982000000                   movl $0x82, %r9d
   1f6: 41ba0d000000                   movl $0xd, %r10d
   1fc: b902000000                     movl $0x2, %ecx
   201: 4531c0                         xorl %r8d, %r8d
   204: 31c0                           xorl %eax, %eax
   206: 4c8b2424                       movq (%rsp), %r12
   20a: ba30000000                     movl $0x30, %edx
   20f: 498b742418                     movq 0x18(%r12), %rsi
   214: 4c3b7c2410                     cmpq 0x10(%rsp), %r15
   219: 7403                           je 0x3
   21b: 4c893e                         movq %r15, (%rsi)
   21e: 483b7c2408                     cmpq 0x8(%rsp), %rdi
   223: 7517                           jne 0x17
   225: 4584c0                         testb %r8b, %r8b
   228: 741b                           je 0x1b
   22a: 4c897e30                       movq %r15, 0x30(%rsi)
   22e: 4c896e38                       movq %r13, 0x38(%rsi)
   232: 84c0                           testb %al, %al
   234: 7414                           je 0x14
   236: 48897e40                       movq %rdi, 0x40(%rsi)
   23a: eb0e                           jmp 0xe
   23c: 48897e10                       movq %rdi, 0x10(%rsi)
   240: 4584c0                         testb %r8b, %r8b
   243: 75e5                           jne -0x1b
   245: ba30000000                     movl $0x30, %edx
   24a: 4801d6                         addq %rdx, %rsi
   24d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x250: X86_64_RELOC_GOT_LOAD Rel32 data-4
   254: 4d01d0                         addq %r10, %r8
   257: 4c89e7                         movq %r12, %rdi
   25a: 4c89f2                         movq %r14, %rdx
   25d: 4883c420                       addq $0x20, %rsp
   261: 5d                             popq %rbp
   262: e900000000                     jmp 0x0
        # hole +0x263: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   267: 4e8d2c6501000000               leaq 0x1(,%r12,2), %r13
   26f: 4531c0                         xorl %r8d, %r8d
   272: 4c8b2424                       movq (%rsp), %r12
   276: b901000000                     movl $0x1, %ecx
   27b: 41b90a000000                   movl $0xa, %r9d
   281: ba30000000                     movl $0x30, %edx
   286: 41ba01000000                   movl $0x1, %r10d
   28c: 498b742418                     movq 0x18(%r12), %rsi
   291: 4c3b7c2410                     cmpq 0x10(%rsp), %r15
   296: 7583                           jne -0x7d
   298: eb84                           jmp -0x7c
   29a: ba48000000                     movl $0x48, %edx
   29f: 41b950000000                   movl $0x50, %r9d
   2a5: 41ba08000000                   movl $0x8, %r10d
   2ab: eb34                           jmp 0x34
   2ad: 4e8d2c6501000000               leaq 0x1(,%r12,2), %r13
   2b5: ba40000000                     movl $0x40, %edx
   2ba: 41b95a000000                   movl $0x5a, %r9d
   2c0: 41ba09000000                   movl $0x9, %r10d
   2c6: eb19                           jmp 0x19
   2c8: 4e8d2c6501000000               leaq 0x1(,%r12,2), %r13
   2d0: ba40000000                     movl $0x40, %edx
   2d5: 41b964000000                   movl $0x64, %r9d
   2db: 41ba0a000000                   movl $0xa, %r10d
   2e1: 4c8b2424                       movq (%rsp), %r12
   2e5: b901000000                     movl $0x1, %ecx
   2ea: 498b742418                     movq 0x18(%r12), %rsi
   2ef: 4c3b7c2410                     cmpq 0x10(%rsp), %r15
   2f4: 0f8521ffffff                   jne -0xdf
   2fa: e91fffffff                     jmp -0xe1
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
