# stencil nested_inner for x86_64-unknown-linux-gnu: 601 code bytes, 0 data bytes, 10 holes
     0: 50                             pushq %rax
     1: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
     b: 498d5d10                       leaq 0x10(%r13), %rbx
     f: 90                             nop
    10: 498b45f8                       movq -0x8(%r13), %rax
    14: a801                           testb $0x1, %al
    16: 0f8588010000                   jne 0x188
    1c: 83780804                       cmpl $0x4, 0x8(%rax)
    20: 0f857e010000                   jne 0x17e
    26: 488b4840                       movq 0x40(%rax), %rcx
    2a: 488b5030                       movq 0x30(%rax), %rdx
    2e: 488b7038                       movq 0x38(%rax), %rsi
    32: 4885c9                         testq %rcx, %rcx
    35: 7e19                           jle 0x19
    37: 4839f2                         cmpq %rsi, %rdx
    3a: 7c1d                           jl 0x1d
    3c: e95d010000                     jmp 0x15d
    41: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
    50: 4839f2                         cmpq %rsi, %rdx
    53: 0f8e45010000                   jle 0x145
    59: 4801d1                         addq %rdx, %rcx
    5c: 48894830                       movq %rcx, 0x30(%rax)
    60: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    68: 49894d00                       movq %rcx, (%r13)
    6c: 498b442418                     movq 0x18(%r12), %rax
    71: 488b7810                       movq 0x10(%rax), %rdi
    75: 48894810                       movq %rcx, 0x10(%rax)
    79: 40f6c701                       testb $0x1, %dil
    7d: 7509                           jne 0x9
    7f: 48ff0f                         decq (%rdi)
    82: 0f84cc000000                   je 0xcc
    88: 488b08                         movq (%rax), %rcx
    8b: f6c101                         testb $0x1, %cl
    8e: 0f84dc000000                   je 0xdc
    94: 49894d00                       movq %rcx, (%r13)
    98: 488b5008                       movq 0x8(%rax), %rdx
    9c: f6c201                         testb $0x1, %dl
    9f: 0f84df000000                   je 0xdf
    a5: 49895508                       movq %rdx, 0x8(%r13)
    a9: 488b7010                       movq 0x10(%rax), %rsi
    ad: 40f6c601                       testb $0x1, %sil
    b1: 7507                           jne 0x7
    b3: 48ff06                         incq (%rsi)
    b6: 498b5508                       movq 0x8(%r13), %rdx
    ba: 48d1fa                         sarq %rdx
    bd: 4889f7                         movq %rsi, %rdi
    c0: 48d1ff                         sarq %rdi
    c3: 4889d1                         movq %rdx, %rcx
    c6: 480fafcf                       imulq %rdi, %rcx
    ca: 480faffa                       imulq %rdx, %rdi
    ce: 488933                         movq %rsi, (%rbx)
    d1: 0f8027010000                   jo 0x127
    d7: 4889ca                         movq %rcx, %rdx
    da: 4c01fa                         addq %r15, %rdx
    dd: 0f891b010000                   jns 0x11b
    e3: 488d144d01000000               leaq 0x1(,%rcx,2), %rdx
    eb: 49895508                       movq %rdx, 0x8(%r13)
    ef: 498b5500                       movq (%r13), %rdx
    f3: f6c201                         testb $0x1, %dl
    f6: 0f841c010000                   je 0x11c
    fc: 48d1fa                         sarq %rdx
    ff: 4801d1                         addq %rdx, %rcx
   102: 4889ca                         movq %rcx, %rdx
   105: 4c01fa                         addq %r15, %rdx
   108: 0f8920010000                   jns 0x120
   10e: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   116: 49894d00                       movq %rcx, (%r13)
   11a: 488b38                         movq (%rax), %rdi
   11d: 488908                         movq %rcx, (%rax)
   120: 40f6c701                       testb $0x1, %dil
   124: 750a                           jne 0xa
   126: 48ff0f                         decq (%rdi)
   129: 7505                           jne 0x5
   12b: e800000000                     callq 0x0
        # hole +0x12c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   130: 49833e00                       cmpq $0x0, (%r14)
   134: 0f8587000000                   jne 0x87
   13a: 498b4608                       movq 0x8(%r14), %rax
   13e: 48ffc0                         incq %rax
   141: 49894608                       movq %rax, 0x8(%r14)
   145: 493b4610                       cmpq 0x10(%r14), %rax
   149: 0f8cc1feffff                   jl -0x13f
   14f: e988000000                     jmp 0x88
   154: e800000000                     callq 0x0
        # hole +0x155: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   159: 498b442418                     movq 0x18(%r12), %rax
   15e: 488b08                         movq (%rax), %rcx
   161: f6c101                         testb $0x1, %cl
   164: 0f852affffff                   jne -0xd6
   16a: 660f1f440000                   nopw (%rax,%rax)
   170: 48ff01                         incq (%rcx)
   173: 49894d00                       movq %rcx, (%r13)
   177: 488b5008                       movq 0x8(%rax), %rdx
   17b: f6c201                         testb $0x1, %dl
   17e: 0f8521ffffff                   jne -0xdf
   184: 48ff02                         incq (%rdx)
   187: 49895508                       movq %rdx, 0x8(%r13)
   18b: 488b7010                       movq 0x10(%rax), %rsi
   18f: 40f6c601                       testb $0x1, %sil
   193: 0f841affffff                   je -0xe6
   199: e91cffffff                     jmp -0xe4
   19e: 58                             popq %rax
   19f: e900000000                     jmp 0x0
        # hole +0x1a0: R_X86_64_PLT32 Rel32 exit_trace[2]-4
   1a4: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1a6: R_X86_64_64 Abs64 index+0
   1ae: 49ffc0                         incq %r8
   1b1: 41b90a000000                   movl $0xa, %r9d
   1b7: b901000000                     movl $0x1, %ecx
   1bc: e989000000                     jmp 0x89
   1c1: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1c3: R_X86_64_64 Abs64 index+0
   1cb: 4983c00c                       addq $0xc, %r8
   1cf: 41b978000000                   movl $0x78, %r9d
   1d5: b902000000                     movl $0x2, %ecx
   1da: eb6e                           jmp 0x6e
   1dc: 49c70601000000                 movq $0x1, (%r14)
   1e3: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1e5: R_X86_64_64 Abs64 index+0
   1ed: 4983c00d                       addq $0xd, %r8
   1f1: 41b982000000                   movl $0x82, %r9d
   1f7: b902000000                     movl $0x2, %ecx
   1fc: eb4c                           jmp 0x4c
   1fe: 4983c518                       addq $0x18, %r13
   202: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x204: R_X86_64_64 Abs64 index+0
   20c: 4983c008                       addq $0x8, %r8
   210: 41b950000000                   movl $0x50, %r9d
   216: eb9f                           jmp -0x61
   218: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x21a: R_X86_64_64 Abs64 index+0
   222: 4983c009                       addq $0x9, %r8
   226: 41b95a000000                   movl $0x5a, %r9d
   22c: eb14                           jmp 0x14
   22e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x230: R_X86_64_64 Abs64 index+0
   238: 4983c00a                       addq $0xa, %r8
   23c: 41b964000000                   movl $0x64, %r9d
   242: b901000000                     movl $0x1, %ecx
   247: 4989dd                         movq %rbx, %r13
   24a: 4c89e7                         movq %r12, %rdi
   24d: 4c89ee                         movq %r13, %rsi
   250: 4c89f2                         movq %r14, %rdx
   253: 58                             popq %rax
   254: e900000000                     jmp 0x0
        # hole +0x255: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
