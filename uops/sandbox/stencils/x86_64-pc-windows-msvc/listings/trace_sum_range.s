# stencil sum_range for x86_64-pc-windows-msvc: 628 code bytes, 8 data bytes, 4 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b742418                     movq 0x18(%r12), %rsi
     9: 488b5e10                       movq 0x10(%rsi), %rbx
     d: 41b901000000                   movl $0x1, %r9d
    13: b901000000                     movl $0x1, %ecx
    18: b80a000000                     movl $0xa, %eax
    1d: ba18000000                     movl $0x18, %edx
    22: f6c301                         testb $0x1, %bl
    25: 0f85a4000000                   jne 0xa4
    2b: 837b0804                       cmpl $0x4, 0x8(%rbx)
    2f: 0f859a000000                   jne 0x9a
    35: 488b3e                         movq (%rsi), %rdi
    38: 488b7608                       movq 0x8(%rsi), %rsi
    3c: 488b4340                       movq 0x40(%rbx), %rax
    40: 4c8b7b30                       movq 0x30(%rbx), %r15
    44: 488b4b38                       movq 0x38(%rbx), %rcx
    48: 4885c0                         testq %rax, %rax
    4b: 7e17                           jle 0x17
    4d: 4939cf                         cmpq %rcx, %r15
    50: 7c17                           jl 0x17
    52: 41b902000000                   movl $0x2, %r9d
    58: b902000000                     movl $0x2, %ecx
    5d: b814000000                     movl $0x14, %eax
    62: eb6b                           jmp 0x6b
    64: 4939cf                         cmpq %rcx, %r15
    67: 7ee9                           jle -0x17
    69: 4c01f8                         addq %r15, %rax
    6c: 48894330                       movq %rax, 0x30(%rbx)
    70: 40f6c601                       testb $0x1, %sil
    74: 750d                           jne 0xd
    76: 48ff0e                         decq (%rsi)
    79: 7508                           jne 0x8
    7b: 4889f1                         movq %rsi, %rcx
    7e: e800000000                     callq 0x0
        # hole +0x7f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    83: 4e8d047d01000000               leaq 0x1(,%r15,2), %r8
    8b: 40f6c701                       testb $0x1, %dil
    8f: 7567                           jne 0x67
    91: 48ff07                         incq (%rdi)
    94: 41b901000000                   movl $0x1, %r9d
    9a: b907000000                     movl $0x7, %ecx
    9f: b846000000                     movl $0x46, %eax
    a4: b301                           movb $0x1, %bl
    a6: ba28000000                     movl $0x28, %edx
    ab: 4939f0                         cmpq %rsi, %r8
    ae: 7409                           je 0x9
    b0: 498b742418                     movq 0x18(%r12), %rsi
    b5: 4c894608                       movq %r8, 0x8(%rsi)
    b9: 84db                           testb %bl, %bl
    bb: 7412                           je 0x12
    bd: 498b742418                     movq 0x18(%r12), %rsi
    c2: 48897e18                       movq %rdi, 0x18(%rsi)
    c6: 498b742418                     movq 0x18(%r12), %rsi
    cb: 4c894620                       movq %r8, 0x20(%rsi)
    cf: 4903542418                     addq 0x18(%r12), %rdx
    d4: 488b3500000000                 movq (%rip), %rsi
        # hole +0xd7: IMAGE_REL_AMD64_REL32 Rel32 data-4
    db: 4801ce                         addq %rcx, %rsi
    de: 4889442428                     movq %rax, 0x28(%rsp)
    e3: 4889742420                     movq %rsi, 0x20(%rsp)
    e8: 4c89e1                         movq %r12, %rcx
    eb: 4d89f0                         movq %r14, %r8
    ee: e800000000                     callq 0x0
        # hole +0xef: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    f3: 4883c438                       addq $0x38, %rsp
    f7: c3                             retq
    f8: 4d01ff                         addq %r15, %r15
    fb: 49bb00000000000000c0           movabsq $-0x4000000000000000, %r11
   105: 4889f8                         movq %rdi, %rax
   108: 48d1f8                         sarq %rax
   10b: 49d1ff                         sarq %r15
   10e: 4901c7                         addq %rax, %r15
   111: 4c89f8                         movq %r15, %rax
   114: 4c01d8                         addq %r11, %rax
   117: 0f8942010000                   jns 0x142
   11d: 4e8d147d01000000               leaq 0x1(,%r15,2), %r10
   125: 498b4608                       movq 0x8(%r14), %rax
   129: 48ffc0                         incq %rax
   12c: 49894608                       movq %rax, 0x8(%r14)
   130: 493b4610                       cmpq 0x10(%r14), %rax
   134: 0f8db4000000                   jge 0xb4
   13a: ba18000000                     movl $0x18, %edx
   13f: b864000000                     movl $0x64, %eax
   144: 41b902000000                   movl $0x2, %r9d
   14a: 49833e00                       cmpq $0x0, (%r14)
   14e: 0f85b8000000                   jne 0xb8
   154: b901000000                     movl $0x1, %ecx
   159: 41b901000000                   movl $0x1, %r9d
   15f: 90                             nop
   160: 837b0804                       cmpl $0x4, 0x8(%rbx)
   164: 0f85a9000000                   jne 0xa9
   16a: 4c8b7b30                       movq 0x30(%rbx), %r15
   16e: 4c8b6b40                       movq 0x40(%rbx), %r13
   172: 4d85ed                         testq %r13, %r13
   175: 7e19                           jle 0x19
   177: 4c3b7b38                       cmpq 0x38(%rbx), %r15
   17b: 7c1d                           jl 0x1d
   17d: e9b6000000                     jmp 0xb6
   182: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   190: 4c3b7b38                       cmpq 0x38(%rbx), %r15
   194: 0f8e9e000000                   jle 0x9e
   19a: 4d01fd                         addq %r15, %r13
   19d: 4c896b30                       movq %r13, 0x30(%rbx)
   1a1: 4e8d047d01000000               leaq 0x1(,%r15,2), %r8
   1a9: 4d01ff                         addq %r15, %r15
   1ac: 4d89d5                         movq %r10, %r13
   1af: 49d1fd                         sarq %r13
   1b2: 49d1ff                         sarq %r15
   1b5: 4d01ef                         addq %r13, %r15
   1b8: 4d89fd                         movq %r15, %r13
   1bb: 4d01dd                         addq %r11, %r13
   1be: 0f8988000000                   jns 0x88
   1c4: 4e8d147d01000000               leaq 0x1(,%r15,2), %r10
   1cc: 4d8b7e08                       movq 0x8(%r14), %r15
   1d0: 49ffc7                         incq %r15
   1d3: 4d897e08                       movq %r15, 0x8(%r14)
   1d7: 4d3b7e10                       cmpq 0x10(%r14), %r15
   1db: 7d11                           jge 0x11
   1dd: 49833e00                       cmpq $0x0, (%r14)
   1e1: 0f8479ffffff                   je -0x87
   1e7: b90a000000                     movl $0xa, %ecx
   1ec: eb54                           jmp 0x54
   1ee: 49c70601000000                 movq $0x1, (%r14)
   1f5: ba18000000                     movl $0x18, %edx
   1fa: b864000000                     movl $0x64, %eax
   1ff: b90a000000                     movl $0xa, %ecx
   204: 41b902000000                   movl $0x2, %r9d
   20a: eb0c                           jmp 0xc
   20c: b90a000000                     movl $0xa, %ecx
   211: eb05                           jmp 0x5
   213: b80a000000                     movl $0xa, %eax
   218: 31db                           xorl %ebx, %ebx
   21a: 4939fa                         cmpq %rdi, %r10
   21d: 7408                           je 0x8
   21f: 498b7c2418                     movq 0x18(%r12), %rdi
   224: 4c8917                         movq %r10, (%rdi)
   227: 4c89d7                         movq %r10, %rdi
   22a: 4939f0                         cmpq %rsi, %r8
   22d: 0f857dfeffff                   jne -0x183
   233: e981feffff                     jmp -0x17f
   238: b814000000                     movl $0x14, %eax
   23d: b902000000                     movl $0x2, %ecx
   242: 31db                           xorl %ebx, %ebx
   244: 41b902000000                   movl $0x2, %r9d
   24a: ebce                           jmp -0x32
   24c: ba28000000                     movl $0x28, %edx
   251: b301                           movb $0x1, %bl
   253: b850000000                     movl $0x50, %eax
   258: b908000000                     movl $0x8, %ecx
   25d: ebbb                           jmp -0x45
   25f: 41b901000000                   movl $0x1, %r9d
   265: b908000000                     movl $0x8, %ecx
   26a: b850000000                     movl $0x50, %eax
   26f: e930feffff                     jmp -0x1d0
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
