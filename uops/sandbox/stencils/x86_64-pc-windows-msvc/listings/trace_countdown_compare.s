# stencil countdown_compare for x86_64-pc-windows-msvc: 579 code bytes, 24 data bytes, 16 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 498d7508                       leaq 0x8(%r13), %rsi
     9: 488b3d00000000                 movq (%rip), %rdi
        # hole +0xc: IMAGE_REL_AMD64_REL32 Rel32 data-4
    10: 488b1d00000000                 movq (%rip), %rbx
        # hole +0x13: IMAGE_REL_AMD64_REL32 Rel32 data+4
    17: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
    21: 48bdfbffffffffffff7f           movabsq $0x7ffffffffffffffb, %rbp
    2b: 0f1f440000                     nopl (%rax,%rax)
    30: 498b442418                     movq 0x18(%r12), %rax
    35: 488b00                         movq (%rax), %rax
    38: a801                           testb $0x1, %al
    3a: 0f8418010000                   je 0x118
    40: 49c7450801000000               movq $0x1, 0x8(%r13)
    48: 4889f9                         movq %rdi, %rcx
    4b: 4883f802                       cmpq $0x2, %rax
    4f: 7c03                           jl 0x3
    51: 4889d9                         movq %rbx, %rcx
    54: 49894d00                       movq %rcx, (%r13)
    58: 0f8c9e010000                   jl 0x19e
    5e: 498b442418                     movq 0x18(%r12), %rax
    63: 488b00                         movq (%rax), %rax
    66: a801                           testb $0x1, %al
    68: 7503                           jne 0x3
    6a: 48ff00                         incq (%rax)
    6d: 49894500                       movq %rax, (%r13)
    71: 498b442418                     movq 0x18(%r12), %rax
    76: 488b4010                       movq 0x10(%rax), %rax
    7a: a801                           testb $0x1, %al
    7c: 0f84fb000000                   je 0xfb
    82: 49894508                       movq %rax, 0x8(%r13)
    86: 498b4d00                       movq (%r13), %rcx
    8a: 48d1f9                         sarq %rcx
    8d: 48d1f8                         sarq %rax
    90: 4829c1                         subq %rax, %rcx
    93: 4889c8                         movq %rcx, %rax
    96: 4c01f8                         addq %r15, %rax
    99: 0f8975010000                   jns 0x175
    9f: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    a7: 49894500                       movq %rax, (%r13)
    ab: 498b542418                     movq 0x18(%r12), %rdx
    b0: 488b0a                         movq (%rdx), %rcx
    b3: 488902                         movq %rax, (%rdx)
    b6: f6c101                         testb $0x1, %cl
    b9: 7515                           jne 0x15
    bb: 48ff09                         decq (%rcx)
    be: 7510                           jne 0x10
    c0: e800000000                     callq 0x0
        # hole +0xc1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    c5: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    d0: 498b442418                     movq 0x18(%r12), %rax
    d5: 488b4008                       movq 0x8(%rax), %rax
    d9: a801                           testb $0x1, %al
    db: 0f84b9000000                   je 0xb9
    e1: 49894500                       movq %rax, (%r13)
    e5: 49c7450805000000               movq $0x5, 0x8(%r13)
    ed: 4839e8                         cmpq %rbp, %rax
    f0: 0f8f34010000                   jg 0x134
    f6: 4883c004                       addq $0x4, %rax
    fa: 49894500                       movq %rax, (%r13)
    fe: 498b542418                     movq 0x18(%r12), %rdx
   103: 488b4a08                       movq 0x8(%rdx), %rcx
   107: 48894208                       movq %rax, 0x8(%rdx)
   10b: f6c101                         testb $0x1, %cl
   10e: 7510                           jne 0x10
   110: 48ff09                         decq (%rcx)
   113: 750b                           jne 0xb
   115: e800000000                     callq 0x0
        # hole +0x116: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   11a: 660f1f440000                   nopw (%rax,%rax)
   120: 49833e00                       cmpq $0x0, (%r14)
   124: 0f859b000000                   jne 0x9b
   12a: 498b4608                       movq 0x8(%r14), %rax
   12e: 48ffc0                         incq %rax
   131: 49894608                       movq %rax, 0x8(%r14)
   135: 493b4610                       cmpq 0x10(%r14), %rax
   139: 0f8cf1feffff                   jl -0x10f
   13f: 49c70601000000                 movq $0x1, (%r14)
   146: 488b0500000000                 movq (%rip), %rax
        # hole +0x149: IMAGE_REL_AMD64_REL32 Rel32 data+12
   14d: 4883c011                       addq $0x11, %rax
   151: b9aa000000                     movl $0xaa, %ecx
   156: eb7d                           jmp 0x7d
   158: 48ff00                         incq (%rax)
   15b: 49894500                       movq %rax, (%r13)
   15f: 49c7450801000000               movq $0x1, 0x8(%r13)
   167: 4983c510                       addq $0x10, %r13
   16b: 488b0500000000                 movq (%rip), %rax
        # hole +0x16e: IMAGE_REL_AMD64_REL32 Rel32 data+12
   172: 4883c003                       addq $0x3, %rax
   176: b91e000000                     movl $0x1e, %ecx
   17b: eb40                           jmp 0x40
   17d: 48ff00                         incq (%rax)
   180: 49894508                       movq %rax, 0x8(%r13)
   184: 4983c510                       addq $0x10, %r13
   188: 488b0500000000                 movq (%rip), %rax
        # hole +0x18b: IMAGE_REL_AMD64_REL32 Rel32 data+12
   18f: 4883c008                       addq $0x8, %rax
   193: b950000000                     movl $0x50, %ecx
   198: eb23                           jmp 0x23
   19a: 48ff00                         incq (%rax)
   19d: 49894500                       movq %rax, (%r13)
   1a1: 49c7450805000000               movq $0x5, 0x8(%r13)
   1a9: 4983c510                       addq $0x10, %r13
   1ad: 488b0500000000                 movq (%rip), %rax
        # hole +0x1b0: IMAGE_REL_AMD64_REL32 Rel32 data+12
   1b4: 4883c00d                       addq $0xd, %rax
   1b8: b982000000                     movl $0x82, %ecx
   1bd: 41b901000000                   movl $0x1, %r9d
   1c3: eb16                           jmp 0x16
   1c5: 488b0500000000                 movq (%rip), %rax
        # hole +0x1c8: IMAGE_REL_AMD64_REL32 Rel32 data+12
   1cc: 4883c010                       addq $0x10, %rax
   1d0: b9a0000000                     movl $0xa0, %ecx
   1d5: 41b902000000                   movl $0x2, %r9d
   1db: 4c89ee                         movq %r13, %rsi
   1de: 48894c2428                     movq %rcx, 0x28(%rsp)
   1e3: 4889442420                     movq %rax, 0x20(%rsp)
   1e8: 4c89e1                         movq %r12, %rcx
   1eb: 4889f2                         movq %rsi, %rdx
   1ee: 4d89f0                         movq %r14, %r8
   1f1: e800000000                     callq 0x0
        # hole +0x1f2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   1f6: 4883c430                       addq $0x30, %rsp
   1fa: 5d                             popq %rbp
   1fb: c3                             retq
   1fc: 488b0500000000                 movq (%rip), %rax
        # hole +0x1ff: IMAGE_REL_AMD64_REL32 Rel32 data+12
   203: 4883c005                       addq $0x5, %rax
   207: b932000000                     movl $0x32, %ecx
   20c: 41b902000000                   movl $0x2, %r9d
   212: ebca                           jmp -0x36
   214: 4983c510                       addq $0x10, %r13
   218: 488b0500000000                 movq (%rip), %rax
        # hole +0x21b: IMAGE_REL_AMD64_REL32 Rel32 data+12
   21f: 4883c009                       addq $0x9, %rax
   223: b95a000000                     movl $0x5a, %ecx
   228: eb93                           jmp -0x6d
   22a: 4983c510                       addq $0x10, %r13
   22e: 488b0500000000                 movq (%rip), %rax
        # hole +0x231: IMAGE_REL_AMD64_REL32 Rel32 data+12
   235: 4883c00e                       addq $0xe, %rax
   239: b98c000000                     movl $0x8c, %ecx
   23e: e97affffff                     jmp -0x86
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 index+0
