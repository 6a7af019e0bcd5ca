# stencil countdown_compare for x86_64-unknown-linux-gnu: 598 code bytes, 0 data bytes, 8 holes
     0: 55                             pushq %rbp
     1: 498d5d08                       leaq 0x8(%r13), %rbx
     5: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0x7: R_X86_64_64 Abs64 symbol:tf_True+0
     f: 48bd0000000000000000           movabsq $0x0, %rbp
        # hole +0x11: R_X86_64_64 Abs64 symbol:tf_False+0
    19: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
    23: 49b9fbffffffffffff7f           movabsq $0x7ffffffffffffffb, %r9
    2d: 41bf02000000                   movl $0x2, %r15d
    33: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    40: 498b442418                     movq 0x18(%r12), %rax
    45: 488b08                         movq (%rax), %rcx
    48: f6c101                         testb $0x1, %cl
    4b: 0f8452010000                   je 0x152
    51: 49c7450801000000               movq $0x1, 0x8(%r13)
    59: 4889ea                         movq %rbp, %rdx
    5c: 4883f902                       cmpq $0x2, %rcx
    60: 480f4dd6                       cmovgeq %rsi, %rdx
    64: 49895500                       movq %rdx, (%r13)
    68: 0f8cb9010000                   jl 0x1b9
    6e: 488b08                         movq (%rax), %rcx
    71: f6c101                         testb $0x1, %cl
    74: 741a                           je 0x1a
    76: 49894d00                       movq %rcx, (%r13)
    7a: 488b4810                       movq 0x10(%rax), %rcx
    7e: f6c101                         testb $0x1, %cl
    81: 741d                           je 0x1d
    83: 48890b                         movq %rcx, (%rbx)
    86: f6c101                         testb $0x1, %cl
    89: 7524                           jne 0x24
    8b: e933010000                     jmp 0x133
    90: 48ff01                         incq (%rcx)
    93: 49894d00                       movq %rcx, (%r13)
    97: 488b4810                       movq 0x10(%rax), %rcx
    9b: f6c101                         testb $0x1, %cl
    9e: 75e3                           jne -0x1d
    a0: 48ff01                         incq (%rcx)
    a3: 48890b                         movq %rcx, (%rbx)
    a6: f6c101                         testb $0x1, %cl
    a9: 0f8414010000                   je 0x114
    af: 498b5500                       movq (%r13), %rdx
    b3: 48d1fa                         sarq %rdx
    b6: 48d1f9                         sarq %rcx
    b9: 4829ca                         subq %rcx, %rdx
    bc: 4889d1                         movq %rdx, %rcx
    bf: 4c01c1                         addq %r8, %rcx
    c2: 0f896c010000                   jns 0x16c
    c8: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    d0: 49894d00                       movq %rcx, (%r13)
    d4: 488b38                         movq (%rax), %rdi
    d7: 488908                         movq %rcx, (%rax)
    da: 40f6c701                       testb $0x1, %dil
    de: 7530                           jne 0x30
    e0: 48ff0f                         decq (%rdi)
    e3: 752b                           jne 0x2b
    e5: e800000000                     callq 0x0
        # hole +0xe6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    ea: 49b9fbffffffffffff7f           movabsq $0x7ffffffffffffffb, %r9
    f4: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
    fe: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0x100: R_X86_64_64 Abs64 symbol:tf_True+0
   108: 498b442418                     movq 0x18(%r12), %rax
   10d: 0f1f00                         nopl (%rax)
   110: 488b4808                       movq 0x8(%rax), %rcx
   114: f6c101                         testb $0x1, %cl
   117: 0f84b7000000                   je 0xb7
   11d: 49894d00                       movq %rcx, (%r13)
   121: 49c7450805000000               movq $0x5, 0x8(%r13)
   129: 4c39c9                         cmpq %r9, %rcx
   12c: 0f8f13010000                   jg 0x113
   132: 4883c104                       addq $0x4, %rcx
   136: 49894d00                       movq %rcx, (%r13)
   13a: 488b7808                       movq 0x8(%rax), %rdi
   13e: 48894808                       movq %rcx, 0x8(%rax)
   142: 40f6c701                       testb $0x1, %dil
   146: 7528                           jne 0x28
   148: 48ff0f                         decq (%rdi)
   14b: 7523                           jne 0x23
   14d: e800000000                     callq 0x0
        # hole +0x14e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   152: 49b9fbffffffffffff7f           movabsq $0x7ffffffffffffffb, %r9
   15c: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
   166: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0x168: R_X86_64_64 Abs64 symbol:tf_True+0
   170: 49833e00                       cmpq $0x0, (%r14)
   174: 0f8580000000                   jne 0x80
   17a: 498b4608                       movq 0x8(%r14), %rax
   17e: 48ffc0                         incq %rax
   181: 49894608                       movq %rax, 0x8(%r14)
   185: 493b4610                       cmpq 0x10(%r14), %rax
   189: 0f8cb1feffff                   jl -0x14f
   18f: 49c70601000000                 movq $0x1, (%r14)
   196: 41b9aa000000                   movl $0xaa, %r9d
   19c: b811000000                     movl $0x11, %eax
   1a1: eb62                           jmp 0x62
   1a3: 48ff01                         incq (%rcx)
   1a6: 49894d00                       movq %rcx, (%r13)
   1aa: 49c7450801000000               movq $0x1, 0x8(%r13)
   1b2: 4983c510                       addq $0x10, %r13
   1b6: 41b91e000000                   movl $0x1e, %r9d
   1bc: b803000000                     movl $0x3, %eax
   1c1: eb2f                           jmp 0x2f
   1c3: 4983c510                       addq $0x10, %r13
   1c7: 41b950000000                   movl $0x50, %r9d
   1cd: b808000000                     movl $0x8, %eax
   1d2: eb1e                           jmp 0x1e
   1d4: 48ff01                         incq (%rcx)
   1d7: 49894d00                       movq %rcx, (%r13)
   1db: 49c7450805000000               movq $0x5, 0x8(%r13)
   1e3: 4983c510                       addq $0x10, %r13
   1e7: 41b982000000                   movl $0x82, %r9d
   1ed: b80d000000                     movl $0xd, %eax
   1f2: 41bf01000000                   movl $0x1, %r15d
   1f8: eb0b                           jmp 0xb
   1fa: 41b9a0000000                   movl $0xa0, %r9d
   200: b810000000                     movl $0x10, %eax
   205: 4c89eb                         movq %r13, %rbx
   208: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x20a: R_X86_64_64 Abs64 index+0
   212: 4901c0                         addq %rax, %r8
   215: 4c89e7                         movq %r12, %rdi
   218: 4889de                         movq %rbx, %rsi
   21b: 4c89f2                         movq %r14, %rdx
   21e: 4489f9                         movl %r15d, %ecx
   221: 5d                             popq %rbp
   222: e900000000                     jmp 0x0
        # hole +0x223: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   227: 41b932000000                   movl $0x32, %r9d
   22d: b805000000                     movl $0x5, %eax
   232: ebd4                           jmp -0x2c
   234: 4983c510                       addq $0x10, %r13
   238: 41b95a000000                   movl $0x5a, %r9d
   23e: b809000000                     movl $0x9, %eax
   243: ebad                           jmp -0x53
   245: 4983c510                       addq $0x10, %r13
   249: 41b98c000000                   movl $0x8c, %r9d
   24f: b80e000000                     movl $0xe, %eax
   254: eb9c                           jmp -0x64
