# stencil countdown_compare for x86_64-unknown-linux-gnu: 579 code bytes, 0 data bytes, 8 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 498d4508                       leaq 0x8(%r13), %rax
     9: 4889442408                     movq %rax, 0x8(%rsp)
     e: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0x10: R_X86_64_64 Abs64 symbol:tf_True+0
    18: 48bb0000000000000000           movabsq $0x0, %rbx
        # hole +0x1a: R_X86_64_64 Abs64 symbol:tf_False+0
    22: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
    2c: 48bdfbffffffffffff7f           movabsq $0x7ffffffffffffffb, %rbp
    36: 41bf02000000                   movl $0x2, %r15d
    3c: 0f1f4000                       nopl (%rax)
    40: 498b442418                     movq 0x18(%r12), %rax
    45: 488b08                         movq (%rax), %rcx
    48: f6c101                         testb $0x1, %cl
    4b: 0f8432010000                   je 0x132
    51: 49c7450801000000               movq $0x1, 0x8(%r13)
    59: 4889da                         movq %rbx, %rdx
    5c: 4883f902                       cmpq $0x2, %rcx
    60: 480f4dd6                       cmovgeq %rsi, %rdx
    64: 49895500                       movq %rdx, (%r13)
    68: 0f8ca1010000                   jl 0x1a1
    6e: 488b08                         movq (%rax), %rcx
    71: f6c101                         testb $0x1, %cl
    74: 7503                           jne 0x3
    76: 48ff01                         incq (%rcx)
    79: 49894d00                       movq %rcx, (%r13)
    7d: 488b4810                       movq 0x10(%rax), %rcx
    81: f6c101                         testb $0x1, %cl
    84: 0f8419010000                   je 0x119
    8a: 49894d08                       movq %rcx, 0x8(%r13)
    8e: 498b5500                       movq (%r13), %rdx
    92: 48d1fa                         sarq %rdx
    95: 48d1f9                         sarq %rcx
    98: 4829ca                         subq %rcx, %rdx
    9b: 4889d1                         movq %rdx, %rcx
    9e: 4c01c1                         addq %r8, %rcx
    a1: 0f897a010000                   jns 0x17a
    a7: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    af: 49894d00                       movq %rcx, (%r13)
    b3: 488b38                         movq (%rax), %rdi
    b6: 488908                         movq %rcx, (%rax)
    b9: 40f6c701                       testb $0x1, %dil
    bd: 7531                           jne 0x31
    bf: 48ff0f                         decq (%rdi)
    c2: 752c                           jne 0x2c
    c4: e800000000                     callq 0x0
        # hole +0xc5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    c9: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
    d3: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0xd5: R_X86_64_64 Abs64 symbol:tf_True+0
    dd: 498b442418                     movq 0x18(%r12), %rax
    e2: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    f0: 488b4808                       movq 0x8(%rax), %rcx
    f4: f6c101                         testb $0x1, %cl
    f7: 0f84be000000                   je 0xbe
    fd: 49894d00                       movq %rcx, (%r13)
   101: 49c7450805000000               movq $0x5, 0x8(%r13)
   109: 4839e9                         cmpq %rbp, %rcx
   10c: 0f8f20010000                   jg 0x120
   112: 4883c104                       addq $0x4, %rcx
   116: 49894d00                       movq %rcx, (%r13)
   11a: 488b7808                       movq 0x8(%rax), %rdi
   11e: 48894808                       movq %rcx, 0x8(%rax)
   122: 40f6c701                       testb $0x1, %dil
   126: 7528                           jne 0x28
   128: 48ff0f                         decq (%rdi)
   12b: 7523                           jne 0x23
   12d: e800000000                     callq 0x0
        # hole +0x12e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   132: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
   13c: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0x13e: R_X86_64_64 Abs64 symbol:tf_True+0
   146: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   150: 49833e00                       cmpq $0x0, (%r14)
   154: 0f8587000000                   jne 0x87
   15a: 498b4608                       movq 0x8(%r14), %rax
   15e: 48ffc0                         incq %rax
   161: 49894608                       movq %rax, 0x8(%r14)
   165: 493b4610                       cmpq 0x10(%r14), %rax
   169: 0f8cd1feffff                   jl -0x12f
   16f: 49c70601000000                 movq $0x1, (%r14)
   176: 41b9aa000000                   movl $0xaa, %r9d
   17c: b811000000                     movl $0x11, %eax
   181: eb69                           jmp 0x69
   183: 48ff01                         incq (%rcx)
   186: 49894d00                       movq %rcx, (%r13)
   18a: 49c7450801000000               movq $0x1, 0x8(%r13)
   192: 4983c510                       addq $0x10, %r13
   196: 41b91e000000                   movl $0x1e, %r9d
   19c: b803000000                     movl $0x3, %eax
   1a1: eb36                           jmp 0x36
   1a3: 48ff01                         incq (%rcx)
   1a6: 49894d08                       movq %rcx, 0x8(%r13)
   1aa: 4983c510                       addq $0x10, %r13
   1ae: 41b950000000                   movl $0x50, %r9d
   1b4: b808000000                     movl $0x8, %eax
   1b9: eb1e                           jmp 0x1e
   1bb: 48ff01                         incq (%rcx)
   1be: 49894d00                       movq %rcx, (%r13)
   1c2: 49c7450805000000               movq $0x5, 0x8(%r13)
   1ca: 4983c510                       addq $0x10, %r13
   1ce: 41b982000000                   movl $0x82, %r9d
   1d4: b80d000000                     movl $0xd, %eax
   1d9: 41bf01000000                   movl $0x1, %r15d
   1df: eb0b                           jmp 0xb
   1e1: 41b9a0000000                   movl $0xa0, %r9d
   1e7: b810000000                     movl $0x10, %eax
   1ec: 4c89ee                         movq %r13, %rsi
   1ef: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1f1: R_X86_64_64 Abs64 index+0
   1f9: 4901c0                         addq %rax, %r8
   1fc: 4c89e7                         movq %r12, %rdi
   1ff: 4c89f2                         movq %r14, %rdx
   202: 4489f9                         movl %r15d, %ecx
   205: 4883c410                       addq $0x10, %rsp
   209: 5d                             popq %rbp
   20a: e900000000                     jmp 0x0
        # hole +0x20b: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   20f: 41b932000000                   movl $0x32, %r9d
   215: b805000000                     movl $0x5, %eax
   21a: 488b742408                     movq 0x8(%rsp), %rsi
   21f: ebce                           jmp -0x32
   221: 4983c510                       addq $0x10, %r13
   225: 41b95a000000                   movl $0x5a, %r9d
   22b: b809000000                     movl $0x9, %eax
   230: eba7                           jmp -0x59
   232: 4983c510                       addq $0x10, %r13
   236: 41b98c000000                   movl $0x8c, %r9d
   23c: b80e000000                     movl $0xe, %eax
   241: eb96                           jmp -0x6a
