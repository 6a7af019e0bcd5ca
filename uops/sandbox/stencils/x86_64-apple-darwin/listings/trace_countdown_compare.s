# stencil countdown_compare for x86_64-apple-darwin: 553 code bytes, 24 data bytes, 18 holes
     0: 55                             pushq %rbp
     1: 498d5d08                       leaq 0x8(%r13), %rbx
     5: 488b3500000000                 movq (%rip), %rsi
        # hole +0x8: X86_64_RELOC_GOT_LOAD Rel32 data+4
     c: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
    16: 49bffbffffffffffff7f           movabsq $0x7ffffffffffffffb, %r15
    20: 498b442418                     movq 0x18(%r12), %rax
    25: 488b08                         movq (%rax), %rcx
    28: f6c101                         testb $0x1, %cl
    2b: 0f841b010000                   je 0x11b
    31: 49c7450801000000               movq $0x1, 0x8(%r13)
    39: 4889f2                         movq %rsi, %rdx
    3c: 4883f902                       cmpq $0x2, %rcx
    40: 7c07                           jl 0x7
    42: 488b1500000000                 movq (%rip), %rdx
        # hole +0x45: X86_64_RELOC_GOT_LOAD Rel32 data+12
    49: 49895500                       movq %rdx, (%r13)
    4d: 0f8c90010000                   jl 0x190
    53: 488b08                         movq (%rax), %rcx
    56: f6c101                         testb $0x1, %cl
    59: 7503                           jne 0x3
    5b: 48ff01                         incq (%rcx)
    5e: 49894d00                       movq %rcx, (%r13)
    62: 488b5010                       movq 0x10(%rax), %rdx
    66: f6c201                         testb $0x1, %dl
    69: 0f8403010000                   je 0x103
    6f: 488913                         movq %rdx, (%rbx)
    72: 48d1f9                         sarq %rcx
    75: 48d1fa                         sarq %rdx
    78: 4829d1                         subq %rdx, %rcx
    7b: 4889ca                         movq %rcx, %rdx
    7e: 4801ea                         addq %rbp, %rdx
    81: 0f8974010000                   jns 0x174
    87: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
    8f: 49894d00                       movq %rcx, (%r13)
    93: 488b38                         movq (%rax), %rdi
    96: 488908                         movq %rcx, (%rax)
    99: 40f6c701                       testb $0x1, %dil
    9d: 7521                           jne 0x21
    9f: 48ff0f                         decq (%rdi)
    a2: 751c                           jne 0x1c
    a4: e800000000                     callq 0x0
        # hole +0xa5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    a9: 488b3500000000                 movq (%rip), %rsi
        # hole +0xac: X86_64_RELOC_GOT_LOAD Rel32 data+4
    b0: 498b442418                     movq 0x18(%r12), %rax
    b5: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    c0: 488b4808                       movq 0x8(%rax), %rcx
    c4: f6c101                         testb $0x1, %cl
    c7: 0f84c3000000                   je 0xc3
    cd: 49894d00                       movq %rcx, (%r13)
    d1: 49c7450805000000               movq $0x5, 0x8(%r13)
    d9: 4c39f9                         cmpq %r15, %rcx
    dc: 0f8f30010000                   jg 0x130
    e2: 4883c104                       addq $0x4, %rcx
    e6: 49894d00                       movq %rcx, (%r13)
    ea: 488b7808                       movq 0x8(%rax), %rdi
    ee: 48894808                       movq %rcx, 0x8(%rax)
    f2: 40f6c701                       testb $0x1, %dil
    f6: 7518                           jne 0x18
    f8: 48ff0f                         decq (%rdi)
    fb: 7513                           jne 0x13
    fd: e800000000                     callq 0x0
        # hole +0xfe: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   102: 488b3500000000                 movq (%rip), %rsi
        # hole +0x105: X86_64_RELOC_GOT_LOAD Rel32 data+4
   109: 0f1f8000000000                 nopl (%rax)
   110: 49833e00                       cmpq $0x0, (%r14)
   114: 0f85a1000000                   jne 0xa1
   11a: 498b4608                       movq 0x8(%r14), %rax
   11e: 48ffc0                         incq %rax
   121: 49894608                       movq %rax, 0x8(%r14)
   125: 493b4610                       cmpq 0x10(%r14), %rax
   129: 0f8cf1feffff                   jl -0x10f
   12f: 49c70601000000                 movq $0x1, (%r14)
   136: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x139: X86_64_RELOC_GOT_LOAD Rel32 data-4
   13d: 4983c011                       addq $0x11, %r8
   141: 41b9aa000000                   movl $0xaa, %r9d
   147: e980000000                     jmp 0x80
   14c: 48ff01                         incq (%rcx)
   14f: 49894d00                       movq %rcx, (%r13)
   153: 49c7450801000000               movq $0x1, 0x8(%r13)
   15b: 4983c510                       addq $0x10, %r13
   15f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x162: X86_64_RELOC_GOT_LOAD Rel32 data-4
   166: 4983c003                       addq $0x3, %r8
   16a: 41b91e000000                   movl $0x1e, %r9d
   170: eb42                           jmp 0x42
   172: 48ff02                         incq (%rdx)
   175: 49895508                       movq %rdx, 0x8(%r13)
   179: 4983c510                       addq $0x10, %r13
   17d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x180: X86_64_RELOC_GOT_LOAD Rel32 data-4
   184: 4983c008                       addq $0x8, %r8
   188: 41b950000000                   movl $0x50, %r9d
   18e: eb24                           jmp 0x24
   190: 48ff01                         incq (%rcx)
   193: 49894d00                       movq %rcx, (%r13)
   197: 49c7450805000000               movq $0x5, 0x8(%r13)
   19f: 4983c510                       addq $0x10, %r13
   1a3: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1a6: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1aa: 4983c00d                       addq $0xd, %r8
   1ae: 41b982000000                   movl $0x82, %r9d
   1b4: b901000000                     movl $0x1, %ecx
   1b9: eb16                           jmp 0x16
   1bb: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1be: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1c2: 4983c010                       addq $0x10, %r8
   1c6: 41b9a0000000                   movl $0xa0, %r9d
   1cc: b902000000                     movl $0x2, %ecx
   1d1: 4c89eb                         movq %r13, %rbx
   1d4: 4c89e7                         movq %r12, %rdi
   1d7: 4889de                         movq %rbx, %rsi
   1da: 4c89f2                         movq %r14, %rdx
   1dd: 5d                             popq %rbp
   1de: e900000000                     jmp 0x0
        # hole +0x1df: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   1e3: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1e6: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1ea: 4983c005                       addq $0x5, %r8
   1ee: 41b932000000                   movl $0x32, %r9d
   1f4: b902000000                     movl $0x2, %ecx
   1f9: ebd9                           jmp -0x27
   1fb: 4983c510                       addq $0x10, %r13
   1ff: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x202: X86_64_RELOC_GOT_LOAD Rel32 data-4
   206: 4983c009                       addq $0x9, %r8
   20a: 41b95a000000                   movl $0x5a, %r9d
   210: eba2                           jmp -0x5e
   212: 4983c510                       addq $0x10, %r13
   216: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x219: X86_64_RELOC_GOT_LOAD Rel32 data-4
   21d: 4983c00e                       addq $0xe, %r8
   221: 41b98c000000                   movl $0x8c, %r9d
   227: eb8b                           jmp -0x75
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
        # hole data+0x10: GOT Abs64 symbol:tf_True+0
