# stencil countdown_compare for x86_64-unknown-linux-gnu: 618 code bytes, 0 data bytes, 15 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 498d4508                       leaq 0x8(%r13), %rax
     9: 4889442408                     movq %rax, 0x8(%rsp)
     e: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0x10: R_X86_64_64 Abs64 symbol:tf_True+0
    18: 48bd0000000000000000           movabsq $0x0, %rbp
        # hole +0x1a: R_X86_64_64 Abs64 symbol:tf_False+0
    22: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
    2c: 49bffbffffffffffff7f           movabsq $0x7ffffffffffffffb, %r15
    36: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
    40: 498b442418                     movq 0x18(%r12), %rax
    45: 488b08                         movq (%rax), %rcx
    48: f6c101                         testb $0x1, %cl
    4b: 0f841e010000                   je 0x11e
    51: 49c7450801000000               movq $0x1, 0x8(%r13)
    59: 4889ea                         movq %rbp, %rdx
    5c: 4883f902                       cmpq $0x2, %rcx
    60: 480f4dd6                       cmovgeq %rsi, %rdx
    64: 49895500                       movq %rdx, (%r13)
    68: 0f8ca5010000                   jl 0x1a5
    6e: 488b08                         movq (%rax), %rcx
    71: f6c101                         testb $0x1, %cl
    74: 7503                           jne 0x3
    76: 48ff01                         incq (%rcx)
    79: 49894d00                       movq %rcx, (%r13)
    7d: 488b4810                       movq 0x10(%rax), %rcx
    81: f6c101                         testb $0x1, %cl
    84: 0f840e010000                   je 0x10e
    8a: 49894d08                       movq %rcx, 0x8(%r13)
    8e: 498b5500                       movq (%r13), %rdx
    92: 48d1fa                         sarq %rdx
    95: 48d1f9                         sarq %rcx
    98: 4829ca                         subq %rcx, %rdx
    9b: 4889d1                         movq %rdx, %rcx
    9e: 4801d9                         addq %rbx, %rcx
    a1: 0f898c010000                   jns 0x18c
    a7: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    af: 49894d00                       movq %rcx, (%r13)
    b3: 488b38                         movq (%rax), %rdi
    b6: 488908                         movq %rcx, (%rax)
    b9: 40f6c701                       testb $0x1, %dil
    bd: 7521                           jne 0x21
    bf: 48ff0f                         decq (%rdi)
    c2: 751c                           jne 0x1c
    c4: e800000000                     callq 0x0
        # hole +0xc5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    c9: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0xcb: R_X86_64_64 Abs64 symbol:tf_True+0
    d3: 498b442418                     movq 0x18(%r12), %rax
    d8: 0f1f840000000000               nopl (%rax,%rax)
    e0: 488b4808                       movq 0x8(%rax), %rcx
    e4: f6c101                         testb $0x1, %cl
    e7: 0f84cc000000                   je 0xcc
    ed: 49894d00                       movq %rcx, (%r13)
    f1: 49c7450805000000               movq $0x5, 0x8(%r13)
    f9: 4c39f9                         cmpq %r15, %rcx
    fc: 0f8f4b010000                   jg 0x14b
   102: 4883c104                       addq $0x4, %rcx
   106: 49894d00                       movq %rcx, (%r13)
   10a: 488b7808                       movq 0x8(%rax), %rdi
   10e: 48894808                       movq %rcx, 0x8(%rax)
   112: 40f6c701                       testb $0x1, %dil
   116: 7518                           jne 0x18
   118: 48ff0f                         decq (%rdi)
   11b: 7513                           jne 0x13
   11d: e800000000                     callq 0x0
        # hole +0x11e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   122: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0x124: R_X86_64_64 Abs64 symbol:tf_True+0
   12c: 0f1f4000                       nopl (%rax)
   130: 49833e00                       cmpq $0x0, (%r14)
   134: 0f85ad000000                   jne 0xad
   13a: 498b4608                       movq 0x8(%r14), %rax
   13e: 48ffc0                         incq %rax
   141: 49894608                       movq %rax, 0x8(%r14)
   145: 493b4610                       cmpq 0x10(%r14), %rax
   149: 0f8cf1feffff                   jl -0x10f
   14f: 49c70601000000                 movq $0x1, (%r14)
   156: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x158: R_X86_64_64 Abs64 index+0
   160: 4983c011                       addq $0x11, %r8
   164: 41b9aa000000                   movl $0xaa, %r9d
   16a: e98c000000                     jmp 0x8c
   16f: 48ff01                         incq (%rcx)
   172: 49894d00                       movq %rcx, (%r13)
   176: 49c7450801000000               movq $0x1, 0x8(%r13)
   17e: 4983c510                       addq $0x10, %r13
   182: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x184: R_X86_64_64 Abs64 index+0
   18c: 4983c003                       addq $0x3, %r8
   190: 41b91e000000                   movl $0x1e, %r9d
   196: eb48                           jmp 0x48
   198: 48ff01                         incq (%rcx)
   19b: 49894d08                       movq %rcx, 0x8(%r13)
   19f: 4983c510                       addq $0x10, %r13
   1a3: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1a5: R_X86_64_64 Abs64 index+0
   1ad: 4983c008                       addq $0x8, %r8
   1b1: 41b950000000                   movl $0x50, %r9d
   1b7: eb27                           jmp 0x27
   1b9: 48ff01                         incq (%rcx)
   1bc: 49894d00                       movq %rcx, (%r13)
   1c0: 49c7450805000000               movq $0x5, 0x8(%r13)
   1c8: 4983c510                       addq $0x10, %r13
   1cc: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1ce: R_X86_64_64 Abs64 index+0
   1d6: 4983c00d                       addq $0xd, %r8
   1da: 41b982000000                   movl $0x82, %r9d
   1e0: b901000000                     movl $0x1, %ecx
   1e5: eb19                           jmp 0x19
   1e7: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1e9: R_X86_64_64 Abs64 index+0
   1f1: 4983c010                       addq $0x10, %r8
   1f5: 41b9a0000000                   movl $0xa0, %r9d
   1fb: b902000000                     movl $0x2, %ecx
   200: 4c89ee                         movq %r13, %rsi
   203: 4c89e7                         movq %r12, %rdi
   206: 4c89f2                         movq %r14, %rdx
   209: 4883c410                       addq $0x10, %rsp
   20d: 5d                             popq %rbp
   20e: e900000000                     jmp 0x0
        # hole +0x20f: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   213: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x215: R_X86_64_64 Abs64 index+0
   21d: 4983c005                       addq $0x5, %r8
   221: 41b932000000                   movl $0x32, %r9d
   227: b902000000                     movl $0x2, %ecx
   22c: 488b742408                     movq 0x8(%rsp), %rsi
   231: ebd0                           jmp -0x30
   233: 4983c510                       addq $0x10, %r13
   237: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x239: R_X86_64_64 Abs64 index+0
   241: 4983c009                       addq $0x9, %r8
   245: 41b95a000000                   movl $0x5a, %r9d
   24b: eb93                           jmp -0x6d
   24d: 4983c510                       addq $0x10, %r13
   251: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x253: R_X86_64_64 Abs64 index+0
   25b: 4983c00e                       addq $0xe, %r8
   25f: 41b98c000000                   movl $0x8c, %r9d
   265: e976ffffff                     jmp -0x8a
