# stencil sum_range for x86_64-unknown-linux-gnu: 503 code bytes, 0 data bytes, 3 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 4c8b18                         movq (%rax), %r11
     d: 4c8b4008                       movq 0x8(%rax), %r8
    11: 488b5810                       movq 0x10(%rax), %rbx
    15: ba18000000                     movl $0x18, %edx
    1a: 41b90a000000                   movl $0xa, %r9d
    20: 41ba01000000                   movl $0x1, %r10d
    26: b901000000                     movl $0x1, %ecx
    2b: f6c301                         testb $0x1, %bl
    2e: 0f85db000000                   jne 0xdb
    34: 4c89c7                         movq %r8, %rdi
    37: 4d89df                         movq %r11, %r15
    3a: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
    44: 4c891c24                       movq %r11, (%rsp)
    48: 4c89442408                     movq %r8, 0x8(%rsp)
    4d: 0f1f00                         nopl (%rax)
    50: 837b0804                       cmpl $0x4, 0x8(%rbx)
    54: 0f85c9000000                   jne 0xc9
    5a: 488b4340                       movq 0x40(%rbx), %rax
    5e: 4885c0                         testq %rax, %rax
    61: 7e1d                           jle 0x1d
    63: 4c8b6b30                       movq 0x30(%rbx), %r13
    67: 4c3b6b38                       cmpq 0x38(%rbx), %r13
    6b: 7c21                           jl 0x21
    6d: e9d0000000                     jmp 0xd0
    72: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    80: 4c8b6b30                       movq 0x30(%rbx), %r13
    84: 4c3b6b38                       cmpq 0x38(%rbx), %r13
    88: 0f8eb4000000                   jle 0xb4
    8e: 4c01e8                         addq %r13, %rax
    91: 48894330                       movq %rax, 0x30(%rbx)
    95: 40f6c701                       testb $0x1, %dil
    99: 7515                           jne 0x15
    9b: 48ff0f                         decq (%rdi)
    9e: 7510                           jne 0x10
    a0: e800000000                     callq 0x0
        # hole +0xa1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    a5: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    b0: 4a8d3c6d01000000               leaq 0x1(,%r13,2), %rdi
    b8: 41f6c701                       testb $0x1, %r15b
    bc: 0f848e000000                   je 0x8e
    c2: 4d01ed                         addq %r13, %r13
    c5: 4c89f8                         movq %r15, %rax
    c8: 48d1f8                         sarq %rax
    cb: 49d1fd                         sarq %r13
    ce: 4901c5                         addq %rax, %r13
    d1: 4c89e8                         movq %r13, %rax
    d4: 4801e8                         addq %rbp, %rax
    d7: 0f8900010000                   jns 0x100
    dd: 4e8d3c6d01000000               leaq 0x1(,%r13,2), %r15
    e5: 498b4608                       movq 0x8(%r14), %rax
    e9: 48ffc0                         incq %rax
    ec: 49894608                       movq %rax, 0x8(%r14)
    f0: 493b4610                       cmpq 0x10(%r14), %rax
    f4: 7d77                           jge 0x77
    f6: 49833e00                       cmpq $0x0, (%r14)
    fa: 7578                           jne 0x78
    fc: f6c301                         testb $0x1, %bl
    ff: 0f844bffffff                   je -0xb5
   105: 41b90a000000                   movl $0xa, %r9d
   10b: 31c0                           xorl %eax, %eax
   10d: eb1c                           jmp 0x1c
   10f: 31c0                           xorl %eax, %eax
   111: 4c89c7                         movq %r8, %rdi
   114: 4d89df                         movq %r11, %r15
   117: 498b742418                     movq 0x18(%r12), %rsi
   11c: 4d39df                         cmpq %r11, %r15
   11f: 757e                           jne 0x7e
   121: eb7f                           jmp 0x7f
   123: 31c0                           xorl %eax, %eax
   125: 41b90a000000                   movl $0xa, %r9d
   12b: ba18000000                     movl $0x18, %edx
   130: b901000000                     movl $0x1, %ecx
   135: 4c8b442408                     movq 0x8(%rsp), %r8
   13a: 41ba01000000                   movl $0x1, %r10d
   140: eb4f                           jmp 0x4f
   142: 41b914000000                   movl $0x14, %r9d
   148: 41ba02000000                   movl $0x2, %r10d
   14e: eb30                           jmp 0x30
   150: 49ff07                         incq (%r15)
   153: ba28000000                     movl $0x28, %edx
   158: b001                           movb $0x1, %al
   15a: 41b946000000                   movl $0x46, %r9d
   160: 41ba07000000                   movl $0x7, %r10d
   166: b901000000                     movl $0x1, %ecx
   16b: eb1f                           jmp 0x1f
   16d: 49c70601000000                 movq $0x1, (%r14)
   174: 41b964000000                   movl $0x64, %r9d
   17a: 41ba0a000000                   movl $0xa, %r10d
   180: b902000000                     movl $0x2, %ecx
   185: 31c0                           xorl %eax, %eax
   187: ba18000000                     movl $0x18, %edx
   18c: 4c8b442408                     movq 0x8(%rsp), %r8
   191: 4c8b1c24                       movq (%rsp), %r11
   195: 498b742418                     movq 0x18(%r12), %rsi
   19a: 4d39df                         cmpq %r11, %r15
   19d: 7403                           je 0x3
   19f: 4c893e                         movq %r15, (%rsi)
   1a2: 4c39c7                         cmpq %r8, %rdi
   1a5: 752c                           jne 0x2c
   1a7: 84c0                           testb %al, %al
   1a9: 7408                           je 0x8
   1ab: 4c897e18                       movq %r15, 0x18(%rsi)
   1af: 48897e20                       movq %rdi, 0x20(%rsi)
   1b3: 4801d6                         addq %rdx, %rsi
   1b6: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1b8: R_X86_64_64 Abs64 index+0
   1c0: 4d01d0                         addq %r10, %r8
   1c3: 4c89e7                         movq %r12, %rdi
   1c6: 4c89f2                         movq %r14, %rdx
   1c9: 4883c410                       addq $0x10, %rsp
   1cd: 5d                             popq %rbp
   1ce: e900000000                     jmp 0x0
        # hole +0x1cf: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   1d3: 48897e08                       movq %rdi, 0x8(%rsi)
   1d7: 84c0                           testb %al, %al
   1d9: 75d0                           jne -0x30
   1db: ebd6                           jmp -0x2a
   1dd: ba28000000                     movl $0x28, %edx
   1e2: b001                           movb $0x1, %al
   1e4: 41b950000000                   movl $0x50, %r9d
   1ea: 41ba08000000                   movl $0x8, %r10d
   1f0: b901000000                     movl $0x1, %ecx
   1f5: eb95                           jmp -0x6b
