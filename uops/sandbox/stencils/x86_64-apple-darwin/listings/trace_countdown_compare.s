# stencil countdown_compare for x86_64-apple-darwin: 628 code bytes, 16 data bytes, 9 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 48b80300000001000000           movabsq $0x100000003, %rax
     f: 498d5d08                       leaq 0x8(%r13), %rbx
    13: 488d4802                       leaq 0x2(%rax), %rcx
    17: 48890c24                       movq %rcx, (%rsp)
    1b: 488b3500000000                 movq (%rip), %rsi
        # hole +0x1e: X86_64_RELOC_GOT_LOAD Rel32 data-4
    22: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
    2c: 48bdfbffffffffffff7f           movabsq $0x7ffffffffffffffb, %rbp
    36: 4883c00d                       addq $0xd, %rax
    3a: 4889442408                     movq %rax, 0x8(%rsp)
    3f: 41bf02000000                   movl $0x2, %r15d
    45: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    50: 498b442418                     movq 0x18(%r12), %rax
    55: 488b08                         movq (%rax), %rcx
    58: f6c101                         testb $0x1, %cl
    5b: 0f842b010000                   je 0x12b
    61: 49c7450801000000               movq $0x1, 0x8(%r13)
    69: 4889f2                         movq %rsi, %rdx
    6c: 4883f902                       cmpq $0x2, %rcx
    70: 7c07                           jl 0x7
    72: 488b1500000000                 movq (%rip), %rdx
        # hole +0x75: X86_64_RELOC_GOT_LOAD Rel32 data+4
    79: 49895500                       movq %rdx, (%r13)
    7d: 0f8cb1010000                   jl 0x1b1
    83: 488b08                         movq (%rax), %rcx
    86: f6c101                         testb $0x1, %cl
    89: 7503                           jne 0x3
    8b: 48ff01                         incq (%rcx)
    8e: 49894d00                       movq %rcx, (%r13)
    92: 488b5010                       movq 0x10(%rax), %rdx
    96: f6c201                         testb $0x1, %dl
    99: 0f841b010000                   je 0x11b
    9f: 488913                         movq %rdx, (%rbx)
    a2: 48d1f9                         sarq %rcx
    a5: 48d1fa                         sarq %rdx
    a8: 4829d1                         subq %rdx, %rcx
    ab: 4889ca                         movq %rcx, %rdx
    ae: 4c01c2                         addq %r8, %rdx
    b1: 0f8989010000                   jns 0x189
    b7: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
    bf: 49894d00                       movq %rcx, (%r13)
    c3: 488b38                         movq (%rax), %rdi
    c6: 488908                         movq %rcx, (%rax)
    c9: 40f6c701                       testb $0x1, %dil
    cd: 7521                           jne 0x21
    cf: 48ff0f                         decq (%rdi)
    d2: 751c                           jne 0x1c
    d4: e800000000                     callq 0x0
        # hole +0xd5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    d9: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
    e3: 488b3500000000                 movq (%rip), %rsi
        # hole +0xe6: X86_64_RELOC_GOT_LOAD Rel32 data-4
    ea: 498b442418                     movq 0x18(%r12), %rax
    ef: 90                             nop
    f0: 488b4808                       movq 0x8(%rax), %rcx
    f4: f6c101                         testb $0x1, %cl
    f7: 0f84de000000                   je 0xde
    fd: 49894d00                       movq %rcx, (%r13)
   101: 49c7450805000000               movq $0x5, 0x8(%r13)
   109: 4839e9                         cmpq %rbp, %rcx
   10c: 0f8f48010000                   jg 0x148
   112: 4883c104                       addq $0x4, %rcx
   116: 49894d00                       movq %rcx, (%r13)
   11a: 488b7808                       movq 0x8(%rax), %rdi
   11e: 48894808                       movq %rcx, 0x8(%rax)
   122: 40f6c701                       testb $0x1, %dil
   126: 7528                           jne 0x28
   128: 48ff0f                         decq (%rdi)
   12b: 7523                           jne 0x23
   12d: e800000000                     callq 0x0
        # hole +0x12e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   132: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
   13c: 488b3500000000                 movq (%rip), %rsi
        # hole +0x13f: X86_64_RELOC_GOT_LOAD Rel32 data-4
   143: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   150: 49833e00                       cmpq $0x0, (%r14)
   154: 0f85b6000000                   jne 0xb6
   15a: 498b4608                       movq 0x8(%r14), %rax
   15e: 48ffc0                         incq %rax
   161: 49894608                       movq %rax, 0x8(%r14)
   165: 493b4610                       cmpq 0x10(%r14), %rax
   169: 0f8ce1feffff                   jl -0x11f
   16f: 49c70601000000                 movq $0x1, (%r14)
   176: 48b80300000001000000           movabsq $0x100000003, %rax
   180: 4883c00e                       addq $0xe, %rax
   184: 41b9aa000000                   movl $0xaa, %r9d
   18a: eb7c                           jmp 0x7c
   18c: 48ff01                         incq (%rcx)
   18f: 49894d00                       movq %rcx, (%r13)
   193: 49c7450801000000               movq $0x1, 0x8(%r13)
   19b: 4983c510                       addq $0x10, %r13
   19f: 41b91e000000                   movl $0x1e, %r9d
   1a5: 41bf01000000                   movl $0x1, %r15d
   1ab: 4c89eb                         movq %r13, %rbx
   1ae: 49b80300000001000000           movabsq $0x100000003, %r8
   1b8: eb64                           jmp 0x64
   1ba: 48ff02                         incq (%rdx)
   1bd: 49895508                       movq %rdx, 0x8(%r13)
   1c1: 4983c510                       addq $0x10, %r13
   1c5: 48b80300000001000000           movabsq $0x100000003, %rax
   1cf: 4883c005                       addq $0x5, %rax
   1d3: 41b950000000                   movl $0x50, %r9d
   1d9: eb27                           jmp 0x27
   1db: 48ff01                         incq (%rcx)
   1de: 49894d00                       movq %rcx, (%r13)
   1e2: 49c7450805000000               movq $0x5, 0x8(%r13)
   1ea: 4983c510                       addq $0x10, %r13
   1ee: 48b80300000001000000           movabsq $0x100000003, %rax
   1f8: 4883c00a                       addq $0xa, %rax
   1fc: 41b982000000                   movl $0x82, %r9d
   202: 41bf01000000                   movl $0x1, %r15d
   208: 4c89eb                         movq %r13, %rbx
   20b: 4989c0                         movq %rax, %r8
   20e: eb0e                           jmp 0xe
   210: 41b9a0000000                   movl $0xa0, %r9d
   216: 4c89eb                         movq %r13, %rbx
   219: 4c8b442408                     movq 0x8(%rsp), %r8
   21e: 4c89e7                         movq %r12, %rdi
   221: 4889de                         movq %rbx, %rsi
   224: 4c89f2                         movq %r14, %rdx
   227: 4489f9                         movl %r15d, %ecx
   22a: 4883c410                       addq $0x10, %rsp
   22e: 5d                             popq %rbp
   22f: e900000000                     jmp 0x0
        # hole +0x230: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   234: 41b932000000                   movl $0x32, %r9d
   23a: 4c8b0424                       movq (%rsp), %r8
   23e: ebde                           jmp -0x22
   240: 4983c510                       addq $0x10, %r13
   244: 48b80300000001000000           movabsq $0x100000003, %rax
   24e: 4883c006                       addq $0x6, %rax
   252: 41b95a000000                   movl $0x5a, %r9d
   258: eba8                           jmp -0x58
   25a: 4983c510                       addq $0x10, %r13
   25e: 48b80300000001000000           movabsq $0x100000003, %rax
   268: 4883c00b                       addq $0xb, %rax
   26c: 41b98c000000                   movl $0x8c, %r9d
   272: eb8e                           jmp -0x72
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
