# stencil countdown_compare for x86_64-apple-darwin: 644 code bytes, 0 data bytes, 7 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 48b80300000001000000           movabsq $0x100000003, %rax
     f: 498d5d08                       leaq 0x8(%r13), %rbx
    13: 488d4802                       leaq 0x2(%rax), %rcx
    17: 48890c24                       movq %rcx, (%rsp)
    1b: 488d3500000000                 leaq (%rip), %rsi
        # hole +0x1e: X86_64_RELOC_SIGNED Rel32 symbol:tf_True-4
    22: 488d2d00000000                 leaq (%rip), %rbp
        # hole +0x25: X86_64_RELOC_SIGNED Rel32 symbol:tf_False-4
    29: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
    33: 49b9fbffffffffffff7f           movabsq $0x7ffffffffffffffb, %r9
    3d: 4883c00d                       addq $0xd, %rax
    41: 4889442408                     movq %rax, 0x8(%rsp)
    46: 41bf02000000                   movl $0x2, %r15d
    4c: 0f1f4000                       nopl (%rax)
    50: 498b442418                     movq 0x18(%r12), %rax
    55: 488b08                         movq (%rax), %rcx
    58: f6c101                         testb $0x1, %cl
    5b: 0f843b010000                   je 0x13b
    61: 49c7450801000000               movq $0x1, 0x8(%r13)
    69: 4889ea                         movq %rbp, %rdx
    6c: 4883f902                       cmpq $0x2, %rcx
    70: 480f4dd6                       cmovgeq %rsi, %rdx
    74: 49895500                       movq %rdx, (%r13)
    78: 0f8cc6010000                   jl 0x1c6
    7e: 488b08                         movq (%rax), %rcx
    81: f6c101                         testb $0x1, %cl
    84: 7503                           jne 0x3
    86: 48ff01                         incq (%rcx)
    89: 49894d00                       movq %rcx, (%r13)
    8d: 488b5010                       movq 0x10(%rax), %rdx
    91: f6c201                         testb $0x1, %dl
    94: 0f8430010000                   je 0x130
    9a: 488913                         movq %rdx, (%rbx)
    9d: 48d1f9                         sarq %rcx
    a0: 48d1fa                         sarq %rdx
    a3: 4829d1                         subq %rdx, %rcx
    a6: 4889ca                         movq %rcx, %rdx
    a9: 4c01c2                         addq %r8, %rdx
    ac: 0f899e010000                   jns 0x19e
    b2: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
    ba: 49894d00                       movq %rcx, (%r13)
    be: 488b38                         movq (%rax), %rdi
    c1: 488908                         movq %rcx, (%rax)
    c4: 40f6c701                       testb $0x1, %dil
    c8: 7536                           jne 0x36
    ca: 48ff0f                         decq (%rdi)
    cd: 7531                           jne 0x31
    cf: e800000000                     callq 0x0
        # hole +0xd0: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    d4: 49b9fbffffffffffff7f           movabsq $0x7ffffffffffffffb, %r9
    de: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
    e8: 488d3500000000                 leaq (%rip), %rsi
        # hole +0xeb: X86_64_RELOC_SIGNED Rel32 symbol:tf_True-4
    ef: 498b442418                     movq 0x18(%r12), %rax
    f4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   100: 488b4808                       movq 0x8(%rax), %rcx
   104: f6c101                         testb $0x1, %cl
   107: 0f84de000000                   je 0xde
   10d: 49894d00                       movq %rcx, (%r13)
   111: 49c7450805000000               movq $0x5, 0x8(%r13)
   119: 4c39c9                         cmpq %r9, %rcx
   11c: 0f8f48010000                   jg 0x148
   122: 4883c104                       addq $0x4, %rcx
   126: 49894d00                       movq %rcx, (%r13)
   12a: 488b7808                       movq 0x8(%rax), %rdi
   12e: 48894808                       movq %rcx, 0x8(%rax)
   132: 40f6c701                       testb $0x1, %dil
   136: 7528                           jne 0x28
   138: 48ff0f                         decq (%rdi)
   13b: 7523                           jne 0x23
   13d: e800000000                     callq 0x0
        # hole +0x13e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   142: 49b9fbffffffffffff7f           movabsq $0x7ffffffffffffffb, %r9
   14c: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
   156: 488d3500000000                 leaq (%rip), %rsi
        # hole +0x159: X86_64_RELOC_SIGNED Rel32 symbol:tf_True-4
   15d: 0f1f00                         nopl (%rax)
   160: 49833e00                       cmpq $0x0, (%r14)
   164: 0f85b6000000                   jne 0xb6
   16a: 498b4608                       movq 0x8(%r14), %rax
   16e: 48ffc0                         incq %rax
   171: 49894608                       movq %rax, 0x8(%r14)
   175: 493b4610                       cmpq 0x10(%r14), %rax
   179: 0f8cd1feffff                   jl -0x12f
   17f: 49c70601000000                 movq $0x1, (%r14)
   186: 48b80300000001000000           movabsq $0x100000003, %rax
   190: 4883c00e                       addq $0xe, %rax
   194: 41b9aa000000                   movl $0xaa, %r9d
   19a: eb7c                           jmp 0x7c
   19c: 48ff01                         incq (%rcx)
   19f: 49894d00                       movq %rcx, (%r13)
   1a3: 49c7450801000000               movq $0x1, 0x8(%r13)
   1ab: 4983c510                       addq $0x10, %r13
   1af: 41b91e000000                   movl $0x1e, %r9d
   1b5: 41bf01000000                   movl $0x1, %r15d
   1bb: 4c89eb                         movq %r13, %rbx
   1be: 49b80300000001000000           movabsq $0x100000003, %r8
   1c8: eb64                           jmp 0x64
   1ca: 48ff02                         incq (%rdx)
   1cd: 49895508                       movq %rdx, 0x8(%r13)
   1d1: 4983c510                       addq $0x10, %r13
   1d5: 48b80300000001000000           movabsq $0x100000003, %rax
   1df: 4883c005                       addq $0x5, %rax
   1e3: 41b950000000                   movl $0x50, %r9d
   1e9: eb27                           jmp 0x27
   1eb: 48ff01                         incq (%rcx)
   1ee: 49894d00                       movq %rcx, (%r13)
   1f2: 49c7450805000000               movq $0x5, 0x8(%r13)
   1fa: 4983c510                       addq $0x10, %r13
   1fe: 48b80300000001000000           movabsq $0x100000003, %rax
   208: 4883c00a                       addq $0xa, %rax
   20c: 41b982000000                   movl $0x82, %r9d
   212: 41bf01000000                   movl $0x1, %r15d
   218: 4c89eb                         movq %r13, %rbx
   21b: 4989c0                         movq %rax, %r8
   21e: eb0e                           jmp 0xe
   220: 41b9a0000000                   movl $0xa0, %r9d
   226: 4c89eb                         movq %r13, %rbx
   229: 4c8b442408                     movq 0x8(%rsp), %r8
   22e: 4c89e7                         movq %r12, %rdi
   231: 4889de                         movq %rbx, %rsi
   234: 4c89f2                         movq %r14, %rdx
   237: 4489f9                         movl %r15d, %ecx
   23a: 4883c410                       addq $0x10, %rsp
   23e: 5d                             popq %rbp
   23f: e900000000                     jmp 0x0
        # hole +0x240: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   244: 41b932000000                   movl $0x32, %r9d
   24a: 4c8b0424                       movq (%rsp), %r8
   24e: ebde                           jmp -0x22
   250: 4983c510                       addq $0x10, %r13
   254: 48b80300000001000000           movabsq $0x100000003, %rax
   25e: 4883c006                       addq $0x6, %rax
   262: 41b95a000000                   movl $0x5a, %r9d
   268: eba8                           jmp -0x58
   26a: 4983c510                       addq $0x10, %r13
   26e: 48b80300000001000000           movabsq $0x100000003, %rax
   278: 4883c00b                       addq $0xb, %rax
   27c: 41b98c000000                   movl $0x8c, %r9d
   282: eb8e                           jmp -0x72
