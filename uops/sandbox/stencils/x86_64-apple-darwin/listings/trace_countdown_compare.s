# stencil countdown_compare for x86_64-apple-darwin: 579 code bytes, 24 data bytes, 11 holes
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
    3b: 0f8452010000                   je 0x152
    41: 49c7450801000000               movq $0x1, 0x8(%r13)
    49: 4889f2                         movq %rsi, %rdx
    4c: 4883f902                       cmpq $0x2, %rcx
    50: 7c07                           jl 0x7
    52: 488b1500000000                 movq (%rip), %rdx
        # hole +0x55: X86_64_RELOC_GOT_LOAD Rel32 data+12
    59: 49895500                       movq %rdx, (%r13)
    5d: 0f8cb1010000                   jl 0x1b1
    63: 488b08                         movq (%rax), %rcx
    66: f6c101                         testb $0x1, %cl
    69: 7425                           je 0x25
    6b: 49894d00                       movq %rcx, (%r13)
    6f: 488b5010                       movq 0x10(%rax), %rdx
    73: f6c201                         testb $0x1, %dl
    76: 7428                           je 0x28
    78: 488913                         movq %rdx, (%rbx)
    7b: f6c201                         testb $0x1, %dl
    7e: 752f                           jne 0x2f
    80: e92e010000                     jmp 0x12e
    85: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    90: 48ff01                         incq (%rcx)
    93: 49894d00                       movq %rcx, (%r13)
    97: 488b5010                       movq 0x10(%rax), %rdx
    9b: f6c201                         testb $0x1, %dl
    9e: 75d8                           jne -0x28
    a0: 48ff02                         incq (%rdx)
    a3: 488913                         movq %rdx, (%rbx)
    a6: f6c201                         testb $0x1, %dl
    a9: 0f8404010000                   je 0x104
    af: 48d1f9                         sarq %rcx
    b2: 48d1fa                         sarq %rdx
    b5: 4829d1                         subq %rdx, %rcx
    b8: 4889ca                         movq %rcx, %rdx
    bb: 4c01c2                         addq %r8, %rdx
    be: 0f895d010000                   jns 0x15d
    c4: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
    cc: 49894d00                       movq %rcx, (%r13)
    d0: 488b38                         movq (%rax), %rdi
    d3: 488908                         movq %rcx, (%rax)
    d6: 40f6c701                       testb $0x1, %dil
    da: 7524                           jne 0x24
    dc: 48ff0f                         decq (%rdi)
    df: 751f                           jne 0x1f
    e1: e800000000                     callq 0x0
        # hole +0xe2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    e6: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
    f0: 488b3500000000                 movq (%rip), %rsi
        # hole +0xf3: X86_64_RELOC_GOT_LOAD Rel32 data+4
    f7: 498b442418                     movq 0x18(%r12), %rax
    fc: 0f1f4000                       nopl (%rax)
   100: 488b4808                       movq 0x8(%rax), %rcx
   104: f6c101                         testb $0x1, %cl
   107: 0f84b7000000                   je 0xb7
   10d: 49894d00                       movq %rcx, (%r13)
   111: 49c7450805000000               movq $0x5, 0x8(%r13)
   119: 4839e9                         cmpq %rbp, %rcx
   11c: 0f8f10010000                   jg 0x110
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
   142: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
   14c: 488b3500000000                 movq (%rip), %rsi
        # hole +0x14f: X86_64_RELOC_GOT_LOAD Rel32 data+4
   153: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   160: 49833e00                       cmpq $0x0, (%r14)
   164: 0f8580000000                   jne 0x80
   16a: 498b4608                       movq 0x8(%r14), %rax
   16e: 48ffc0                         incq %rax
   171: 49894608                       movq %rax, 0x8(%r14)
   175: 493b4610                       cmpq 0x10(%r14), %rax
   179: 0f8cb1feffff                   jl -0x14f
   17f: 49c70601000000                 movq $0x1, (%r14)
   186: 41b9aa000000                   movl $0xaa, %r9d
   18c: b811000000                     movl $0x11, %eax
   191: eb62                           jmp 0x62
   193: 48ff01                         incq (%rcx)
   196: 49894d00                       movq %rcx, (%r13)
   19a: 49c7450801000000               movq $0x1, 0x8(%r13)
   1a2: 4983c510                       addq $0x10, %r13
   1a6: 41b91e000000                   movl $0x1e, %r9d
   1ac: b803000000                     movl $0x3, %eax
   1b1: eb2f                           jmp 0x2f
   1b3: 4983c510                       addq $0x10, %r13
   1b7: 41b950000000                   movl $0x50, %r9d
   1bd: b808000000                     movl $0x8, %eax
   1c2: eb1e                           jmp 0x1e
   1c4: 48ff01                         incq (%rcx)
   1c7: 49894d00                       movq %rcx, (%r13)
   1cb: 49c7450805000000               movq $0x5, 0x8(%r13)
   1d3: 4983c510                       addq $0x10, %r13
   1d7: 41b982000000                   movl $0x82, %r9d
   1dd: b80d000000                     movl $0xd, %eax
   1e2: 41bf01000000                   movl $0x1, %r15d
   1e8: eb0b                           jmp 0xb
   1ea: 41b9a0000000                   movl $0xa0, %r9d
   1f0: b810000000                     movl $0x10, %eax
   1f5: 4c89eb                         movq %r13, %rbx
   1f8: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1fb: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1ff: 4901c0                         addq %rax, %r8
   202: 4c89e7                         movq %r12, %rdi
   205: 4889de                         movq %rbx, %rsi
   208: 4c89f2                         movq %r14, %rdx
   20b: 4489f9                         movl %r15d, %ecx
   20e: 5d                             popq %rbp
   20f: e900000000                     jmp 0x0
        # hole +0x210: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   214: 41b932000000                   movl $0x32, %r9d
   21a: b805000000                     movl $0x5, %eax
   21f: ebd7                           jmp -0x29
   221: 4983c510                       addq $0x10, %r13
   225: 41b95a000000                   movl $0x5a, %r9d
   22b: b809000000                     movl $0x9, %eax
   230: ebb0                           jmp -0x50
   232: 4983c510                       addq $0x10, %r13
   236: 41b98c000000                   movl $0x8c, %r9d
   23c: b80e000000                     movl $0xe, %eax
   241: eb9f                           jmp -0x61
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
        # hole data+0x10: GOT Abs64 symbol:tf_True+0
