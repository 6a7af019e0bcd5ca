# stencil countdown_compare for x86_64-apple-darwin: 538 code bytes, 24 data bytes, 11 holes
     0: 55                             pushq %rbp
     1: 498d5d08                       leaq 0x8(%r13), %rbx
     5: 488b3500000000                 movq (%rip), %rsi
        # hole +0x8: X86_64_RELOC_GOT_LOAD Rel32 data+4
     c: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
    16: 48bdfbffffffffffff7f           movabsq $0x7ffffffffffffffb, %rbp
    20: 41bf02000000                   movl $0x2, %r15d
    26: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
    30: 498b442418                     movq 0x18(%r12), %rax
    35: 488b08                         movq (%rax), %rcx
    38: f6c101                         testb $0x1, %cl
    3b: 0f8422010000                   je 0x122
    41: 49c7450801000000               movq $0x1, 0x8(%r13)
    49: 4889f2                         movq %rsi, %rdx
    4c: 4883f902                       cmpq $0x2, %rcx
    50: 7c07                           jl 0x7
    52: 488b1500000000                 movq (%rip), %rdx
        # hole +0x55: X86_64_RELOC_GOT_LOAD Rel32 data+12
    59: 49895500                       movq %rdx, (%r13)
    5d: 0f8c88010000                   jl 0x188
    63: 488b08                         movq (%rax), %rcx
    66: f6c101                         testb $0x1, %cl
    69: 7503                           jne 0x3
    6b: 48ff01                         incq (%rcx)
    6e: 49894d00                       movq %rcx, (%r13)
    72: 488b5010                       movq 0x10(%rax), %rdx
    76: f6c201                         testb $0x1, %dl
    79: 0f8404010000                   je 0x104
    7f: 488913                         movq %rdx, (%rbx)
    82: 48d1f9                         sarq %rcx
    85: 48d1fa                         sarq %rdx
    88: 4829d1                         subq %rdx, %rcx
    8b: 4889ca                         movq %rcx, %rdx
    8e: 4c01c2                         addq %r8, %rdx
    91: 0f8961010000                   jns 0x161
    97: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
    9f: 49894d00                       movq %rcx, (%r13)
    a3: 488b38                         movq (%rax), %rdi
    a6: 488908                         movq %rcx, (%rax)
    a9: 40f6c701                       testb $0x1, %dil
    ad: 7521                           jne 0x21
    af: 48ff0f                         decq (%rdi)
    b2: 751c                           jne 0x1c
    b4: e800000000                     callq 0x0
        # hole +0xb5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    b9: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
    c3: 488b3500000000                 movq (%rip), %rsi
        # hole +0xc6: X86_64_RELOC_GOT_LOAD Rel32 data+4
    ca: 498b442418                     movq 0x18(%r12), %rax
    cf: 90                             nop
    d0: 488b4808                       movq 0x8(%rax), %rcx
    d4: f6c101                         testb $0x1, %cl
    d7: 0f84be000000                   je 0xbe
    dd: 49894d00                       movq %rcx, (%r13)
    e1: 49c7450805000000               movq $0x5, 0x8(%r13)
    e9: 4839e9                         cmpq %rbp, %rcx
    ec: 0f8f17010000                   jg 0x117
    f2: 4883c104                       addq $0x4, %rcx
    f6: 49894d00                       movq %rcx, (%r13)
    fa: 488b7808                       movq 0x8(%rax), %rdi
    fe: 48894808                       movq %rcx, 0x8(%rax)
   102: 40f6c701                       testb $0x1, %dil
   106: 7528                           jne 0x28
   108: 48ff0f                         decq (%rdi)
   10b: 7523                           jne 0x23
   10d: e800000000                     callq 0x0
        # hole +0x10e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   112: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
   11c: 488b3500000000                 movq (%rip), %rsi
        # hole +0x11f: X86_64_RELOC_GOT_LOAD Rel32 data+4
   123: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   130: 49833e00                       cmpq $0x0, (%r14)
   134: 0f8587000000                   jne 0x87
   13a: 498b4608                       movq 0x8(%r14), %rax
   13e: 48ffc0                         incq %rax
   141: 49894608                       movq %rax, 0x8(%r14)
   145: 493b4610                       cmpq 0x10(%r14), %rax
   149: 0f8ce1feffff                   jl -0x11f
   14f: 49c70601000000                 movq $0x1, (%r14)
   156: 41b9aa000000                   movl $0xaa, %r9d
   15c: b811000000                     movl $0x11, %eax
   161: eb69                           jmp 0x69
   163: 48ff01                         incq (%rcx)
   166: 49894d00                       movq %rcx, (%r13)
   16a: 49c7450801000000               movq $0x1, 0x8(%r13)
   172: 4983c510                       addq $0x10, %r13
   176: 41b91e000000                   movl $0x1e, %r9d
   17c: b803000000                     movl $0x3, %eax
   181: eb36                           jmp 0x36
   183: 48ff02                         incq (%rdx)
   186: 49895508                       movq %rdx, 0x8(%r13)
   18a: 4983c510                       addq $0x10, %r13
   18e: 41b950000000                   movl $0x50, %r9d
   194: b808000000                     movl $0x8, %eax
   199: eb1e                           jmp 0x1e
   19b: 48ff01                         incq (%rcx)
   19e: 49894d00                       movq %rcx, (%r13)
   1a2: 49c7450805000000               movq $0x5, 0x8(%r13)
   1aa: 4983c510                       addq $0x10, %r13
   1ae: 41b982000000                   movl $0x82, %r9d
   1b4: b80d000000                     movl $0xd, %eax
   1b9: 41bf01000000                   movl $0x1, %r15d
   1bf: eb0b                           jmp 0xb
   1c1: 41b9a0000000                   movl $0xa0, %r9d
   1c7: b810000000                     movl $0x10, %eax
   1cc: 4c89eb                         movq %r13, %rbx
   1cf: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1d2: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1d6: 4901c0                         addq %rax, %r8
   1d9: 4c89e7                         movq %r12, %rdi
   1dc: 4889de                         movq %rbx, %rsi
   1df: 4c89f2                         movq %r14, %rdx
   1e2: 4489f9                         movl %r15d, %ecx
   1e5: 5d                             popq %rbp
   1e6: e900000000                     jmp 0x0
        # hole +0x1e7: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   1eb: 41b932000000                   movl $0x32, %r9d
   1f1: b805000000                     movl $0x5, %eax
   1f6: ebd7                           jmp -0x29
   1f8: 4983c510                       addq $0x10, %r13
   1fc: 41b95a000000                   movl $0x5a, %r9d
   202: b809000000                     movl $0x9, %eax
   207: ebb0                           jmp -0x50
   209: 4983c510                       addq $0x10, %r13
   20d: 41b98c000000                   movl $0x8c, %r9d
   213: b80e000000                     movl $0xe, %eax
   218: eb9f                           jmp -0x61
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
        # hole data+0x10: GOT Abs64 symbol:tf_True+0
