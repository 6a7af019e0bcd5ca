# stencil nested_inner for x86_64-unknown-linux-gnu: 543 code bytes, 0 data bytes, 5 holes
     0: 55                             pushq %rbp
     1: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
     b: 498d5d10                       leaq 0x10(%r13), %rbx
     f: 90                             nop
    10: 498b4df8                       movq -0x8(%r13), %rcx
    14: 41b90a000000                   movl $0xa, %r9d
    1a: b801000000                     movl $0x1, %eax
    1f: 41bf01000000                   movl $0x1, %r15d
    25: f6c101                         testb $0x1, %cl
    28: 0f85a4010000                   jne 0x1a4
    2e: 83790804                       cmpl $0x4, 0x8(%rcx)
    32: 0f859a010000                   jne 0x19a
    38: 488b4140                       movq 0x40(%rcx), %rax
    3c: 488b5130                       movq 0x30(%rcx), %rdx
    40: 488b7138                       movq 0x38(%rcx), %rsi
    44: 4885c0                         testq %rax, %rax
    47: 7e17                           jle 0x17
    49: 4839f2                         cmpq %rsi, %rdx
    4c: 7c1b                           jl 0x1b
    4e: e95a010000                     jmp 0x15a
    53: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    60: 4839f2                         cmpq %rsi, %rdx
    63: 0f8e44010000                   jle 0x144
    69: 4801d0                         addq %rdx, %rax
    6c: 48894130                       movq %rax, 0x30(%rcx)
    70: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    78: 49894d00                       movq %rcx, (%r13)
    7c: 498b442418                     movq 0x18(%r12), %rax
    81: 488b7810                       movq 0x10(%rax), %rdi
    85: 48894810                       movq %rcx, 0x10(%rax)
    89: 40f6c701                       testb $0x1, %dil
    8d: 7509                           jne 0x9
    8f: 48ff0f                         decq (%rdi)
    92: 0f84cb000000                   je 0xcb
    98: 488b08                         movq (%rax), %rcx
    9b: f6c101                         testb $0x1, %cl
    9e: 0f84dc000000                   je 0xdc
    a4: 49894d00                       movq %rcx, (%r13)
    a8: 488b5008                       movq 0x8(%rax), %rdx
    ac: f6c201                         testb $0x1, %dl
    af: 0f84df000000                   je 0xdf
    b5: 49895508                       movq %rdx, 0x8(%r13)
    b9: 488b4810                       movq 0x10(%rax), %rcx
    bd: f6c101                         testb $0x1, %cl
    c0: 7507                           jne 0x7
    c2: 48ff01                         incq (%rcx)
    c5: 498b5508                       movq 0x8(%r13), %rdx
    c9: 48890b                         movq %rcx, (%rbx)
    cc: 48d1fa                         sarq %rdx
    cf: 48d1f9                         sarq %rcx
    d2: 480fafca                       imulq %rdx, %rcx
    d6: 0f8018010000                   jo 0x118
    dc: 488d1429                       leaq (%rcx,%rbp), %rdx
    e0: 4885d2                         testq %rdx, %rdx
    e3: 0f890b010000                   jns 0x10b
    e9: 488d144d01000000               leaq 0x1(,%rcx,2), %rdx
    f1: 49895508                       movq %rdx, 0x8(%r13)
    f5: 498b5500                       movq (%r13), %rdx
    f9: f6c201                         testb $0x1, %dl
    fc: 0f8403010000                   je 0x103
   102: 48d1fa                         sarq %rdx
   105: 4801d1                         addq %rdx, %rcx
   108: 4889ca                         movq %rcx, %rdx
   10b: 4801ea                         addq %rbp, %rdx
   10e: 0f89fe000000                   jns 0xfe
   114: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   11c: 49894d00                       movq %rcx, (%r13)
   120: 488b38                         movq (%rax), %rdi
   123: 488908                         movq %rcx, (%rax)
   126: 40f6c701                       testb $0x1, %dil
   12a: 7514                           jne 0x14
   12c: 48ff0f                         decq (%rdi)
   12f: 750f                           jne 0xf
   131: e800000000                     callq 0x0
        # hole +0x132: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   136: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   140: 41bf02000000                   movl $0x2, %r15d
   146: 49833e00                       cmpq $0x0, (%r14)
   14a: 7567                           jne 0x67
   14c: 498b4608                       movq 0x8(%r14), %rax
   150: 48ffc0                         incq %rax
   153: 49894608                       movq %rax, 0x8(%r14)
   157: 493b4610                       cmpq 0x10(%r14), %rax
   15b: 0f8caffeffff                   jl -0x151
   161: eb5d                           jmp 0x5d
   163: e800000000                     callq 0x0
        # hole +0x164: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   168: 498b442418                     movq 0x18(%r12), %rax
   16d: 488b08                         movq (%rax), %rcx
   170: f6c101                         testb $0x1, %cl
   173: 0f852bffffff                   jne -0xd5
   179: 0f1f8000000000                 nopl (%rax)
   180: 48ff01                         incq (%rcx)
   183: 49894d00                       movq %rcx, (%r13)
   187: 488b5008                       movq 0x8(%rax), %rdx
   18b: f6c201                         testb $0x1, %dl
   18e: 0f8521ffffff                   jne -0xdf
   194: 48ff02                         incq (%rdx)
   197: 49895508                       movq %rdx, 0x8(%r13)
   19b: 488b4810                       movq 0x10(%rax), %rcx
   19f: f6c101                         testb $0x1, %cl
   1a2: 0f841affffff                   je -0xe6
   1a8: e91cffffff                     jmp -0xe4
   1ad: 5d                             popq %rbp
   1ae: e900000000                     jmp 0x0
        # hole +0x1af: R_X86_64_PLT32 Rel32 exit_trace[2]-4
   1b3: 41b978000000                   movl $0x78, %r9d
   1b9: b80c000000                     movl $0xc, %eax
   1be: eb12                           jmp 0x12
   1c0: 49c70601000000                 movq $0x1, (%r14)
   1c7: 41b982000000                   movl $0x82, %r9d
   1cd: b80d000000                     movl $0xd, %eax
   1d2: 4c89eb                         movq %r13, %rbx
   1d5: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1d7: R_X86_64_64 Abs64 index+0
   1df: 4901c0                         addq %rax, %r8
   1e2: 4c89e7                         movq %r12, %rdi
   1e5: 4889de                         movq %rbx, %rsi
   1e8: 4c89f2                         movq %r14, %rdx
   1eb: 4489f9                         movl %r15d, %ecx
   1ee: 5d                             popq %rbp
   1ef: e900000000                     jmp 0x0
        # hole +0x1f0: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   1f4: 4983c518                       addq $0x18, %r13
   1f8: 41b950000000                   movl $0x50, %r9d
   1fe: b808000000                     movl $0x8, %eax
   203: ebcd                           jmp -0x33
   205: 41b95a000000                   movl $0x5a, %r9d
   20b: b809000000                     movl $0x9, %eax
   210: ebc3                           jmp -0x3d
   212: 41b964000000                   movl $0x64, %r9d
   218: b80a000000                     movl $0xa, %eax
   21d: ebb6                           jmp -0x4a
