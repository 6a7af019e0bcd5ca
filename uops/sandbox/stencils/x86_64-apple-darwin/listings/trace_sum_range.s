# stencil sum_range for x86_64-apple-darwin: 520 code bytes, 8 data bytes, 4 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b5810                       movq 0x10(%rax), %rbx
     e: f6c301                         testb $0x1, %bl
    11: 0f8504010000                   jne 0x104
    17: 4c8b18                         movq (%rax), %r11
    1a: 4c8b4008                       movq 0x8(%rax), %r8
    1e: ba18000000                     movl $0x18, %edx
    23: 41ba01000000                   movl $0x1, %r10d
    29: b901000000                     movl $0x1, %ecx
    2e: 837b0804                       cmpl $0x4, 0x8(%rbx)
    32: 0f85fe000000                   jne 0xfe
    38: 4c89c7                         movq %r8, %rdi
    3b: 4c89dd                         movq %r11, %rbp
    3e: 49bd00000000000000c0           movabsq $-0x4000000000000000, %r13
    48: 4c89442408                     movq %r8, 0x8(%rsp)
    4d: 4c891c24                       movq %r11, (%rsp)
    51: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
    60: 488b4340                       movq 0x40(%rbx), %rax
    64: 4c8b7b30                       movq 0x30(%rbx), %r15
    68: 488b4b38                       movq 0x38(%rbx), %rcx
    6c: 4885c0                         testq %rax, %rax
    6f: 7e0f                           jle 0xf
    71: 4939cf                         cmpq %rcx, %r15
    74: 7c13                           jl 0x13
    76: e9d5000000                     jmp 0xd5
    7b: 0f1f440000                     nopl (%rax,%rax)
    80: 4939cf                         cmpq %rcx, %r15
    83: 0f8ec7000000                   jle 0xc7
    89: 4c01f8                         addq %r15, %rax
    8c: 48894330                       movq %rax, 0x30(%rbx)
    90: 40f6c701                       testb $0x1, %dil
    94: 750a                           jne 0xa
    96: 48ff0f                         decq (%rdi)
    99: 7505                           jne 0x5
    9b: e800000000                     callq 0x0
        # hole +0x9c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    a0: 4a8d3c7d01000000               leaq 0x1(,%r15,2), %rdi
    a8: 40f6c501                       testb $0x1, %bpl
    ac: 0f84ac000000                   je 0xac
    b2: 4d01ff                         addq %r15, %r15
    b5: 4889e8                         movq %rbp, %rax
    b8: 48d1f8                         sarq %rax
    bb: 49d1ff                         sarq %r15
    be: 4901c7                         addq %rax, %r15
    c1: 4c89f8                         movq %r15, %rax
    c4: 4c01e8                         addq %r13, %rax
    c7: 0f8921010000                   jns 0x121
    cd: 4a8d2c7d01000000               leaq 0x1(,%r15,2), %rbp
    d5: 498b4608                       movq 0x8(%r14), %rax
    d9: 48ffc0                         incq %rax
    dc: 49894608                       movq %rax, 0x8(%r14)
    e0: 493b4610                       cmpq 0x10(%r14), %rax
    e4: 0f8d92000000                   jge 0x92
    ea: 49833e00                       cmpq $0x0, (%r14)
    ee: 0f858f000000                   jne 0x8f
    f4: 837b0804                       cmpl $0x4, 0x8(%rbx)
    f8: 0f8462ffffff                   je -0x9e
    fe: 41b90a000000                   movl $0xa, %r9d
   104: 31c0                           xorl %eax, %eax
   106: b901000000                     movl $0x1, %ecx
   10b: ba18000000                     movl $0x18, %edx
   110: 41ba01000000                   movl $0x1, %r10d
   116: e980000000                     jmp 0x80
   11b: 498b742418                     movq 0x18(%r12), %rsi
   120: b901000000                     movl $0x1, %ecx
   125: 41ba01000000                   movl $0x1, %r10d
   12b: 41b90a000000                   movl $0xa, %r9d
   131: e996000000                     jmp 0x96
   136: 41b90a000000                   movl $0xa, %r9d
   13c: 31c0                           xorl %eax, %eax
   13e: 4c89c7                         movq %r8, %rdi
   141: 4c89dd                         movq %r11, %rbp
   144: 498b742418                     movq 0x18(%r12), %rsi
   149: 4c39dd                         cmpq %r11, %rbp
   14c: 7560                           jne 0x60
   14e: eb61                           jmp 0x61
   150: 41b914000000                   movl $0x14, %r9d
   156: 41ba02000000                   movl $0x2, %r10d
   15c: eb31                           jmp 0x31
   15e: 48ff4500                       incq (%rbp)
   162: ba28000000                     movl $0x28, %edx
   167: b001                           movb $0x1, %al
   169: 41b946000000                   movl $0x46, %r9d
   16f: 41ba07000000                   movl $0x7, %r10d
   175: b901000000                     movl $0x1, %ecx
   17a: eb1f                           jmp 0x1f
   17c: 49c70601000000                 movq $0x1, (%r14)
   183: 41b964000000                   movl $0x64, %r9d
   189: 41ba0a000000                   movl $0xa, %r10d
   18f: b902000000                     movl $0x2, %ecx
   194: 31c0                           xorl %eax, %eax
   196: ba18000000                     movl $0x18, %edx
   19b: 4c8b442408                     movq 0x8(%rsp), %r8
   1a0: 4c8b1c24                       movq (%rsp), %r11
   1a4: 498b742418                     movq 0x18(%r12), %rsi
   1a9: 4c39dd                         cmpq %r11, %rbp
   1ac: 7403                           je 0x3
   1ae: 48892e                         movq %rbp, (%rsi)
   1b1: 4c39c7                         cmpq %r8, %rdi
   1b4: 750e                           jne 0xe
   1b6: 84c0                           testb %al, %al
   1b8: 7412                           je 0x12
   1ba: 48896e18                       movq %rbp, 0x18(%rsi)
   1be: 48897e20                       movq %rdi, 0x20(%rsi)
   1c2: eb0d                           jmp 0xd
   1c4: 48897e08                       movq %rdi, 0x8(%rsi)
   1c8: 84c0                           testb %al, %al
   1ca: 75ee                           jne -0x12
   1cc: ba18000000                     movl $0x18, %edx
   1d1: 4801d6                         addq %rdx, %rsi
   1d4: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1d7: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1db: 4d01d0                         addq %r10, %r8
   1de: 4c89e7                         movq %r12, %rdi
   1e1: 4c89f2                         movq %r14, %rdx
   1e4: 4883c410                       addq $0x10, %rsp
   1e8: 5d                             popq %rbp
   1e9: e900000000                     jmp 0x0
        # hole +0x1ea: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   1ee: ba28000000                     movl $0x28, %edx
   1f3: b001                           movb $0x1, %al
   1f5: 41b950000000                   movl $0x50, %r9d
   1fb: 41ba08000000                   movl $0x8, %r10d
   201: b901000000                     movl $0x1, %ecx
   206: eb93                           jmp -0x6d
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
