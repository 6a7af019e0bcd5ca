# stencil nested_inner for x86_64-unknown-linux-gnu: 609 code bytes, 0 data bytes, 4 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
     f: 48b80100000005000000           movabsq $0x500000001, %rax
    19: 498d5d10                       leaq 0x10(%r13), %rbx
    1d: 4883c008                       addq $0x8, %rax
    21: 4889442408                     movq %rax, 0x8(%rsp)
    26: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
    30: 498b45f8                       movq -0x8(%r13), %rax
    34: 41b90a000000                   movl $0xa, %r9d
    3a: 41bf01000000                   movl $0x1, %r15d
    40: a801                           testb $0x1, %al
    42: 0f8580010000                   jne 0x180
    48: 83780804                       cmpl $0x4, 0x8(%rax)
    4c: 0f8576010000                   jne 0x176
    52: 488b4840                       movq 0x40(%rax), %rcx
    56: 488b5030                       movq 0x30(%rax), %rdx
    5a: 488b7038                       movq 0x38(%rax), %rsi
    5e: 4885c9                         testq %rcx, %rcx
    61: 7e0d                           jle 0xd
    63: 4839f2                         cmpq %rsi, %rdx
    66: 7c11                           jl 0x11
    68: e951010000                     jmp 0x151
    6d: 0f1f00                         nopl (%rax)
    70: 4839f2                         cmpq %rsi, %rdx
    73: 0f8e45010000                   jle 0x145
    79: 4801d1                         addq %rdx, %rcx
    7c: 48894830                       movq %rcx, 0x30(%rax)
    80: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    88: 49894d00                       movq %rcx, (%r13)
    8c: 498b442418                     movq 0x18(%r12), %rax
    91: 488b7810                       movq 0x10(%rax), %rdi
    95: 48894810                       movq %rcx, 0x10(%rax)
    99: 40f6c701                       testb $0x1, %dil
    9d: 7509                           jne 0x9
    9f: 48ff0f                         decq (%rdi)
    a2: 0f84cb000000                   je 0xcb
    a8: 488b08                         movq (%rax), %rcx
    ab: f6c101                         testb $0x1, %cl
    ae: 0f84dc000000                   je 0xdc
    b4: 49894d00                       movq %rcx, (%r13)
    b8: 488b5008                       movq 0x8(%rax), %rdx
    bc: f6c201                         testb $0x1, %dl
    bf: 0f84df000000                   je 0xdf
    c5: 49895508                       movq %rdx, 0x8(%r13)
    c9: 488b7010                       movq 0x10(%rax), %rsi
    cd: 40f6c601                       testb $0x1, %sil
    d1: 7507                           jne 0x7
    d3: 48ff06                         incq (%rsi)
    d6: 498b5508                       movq 0x8(%r13), %rdx
    da: 48d1fa                         sarq %rdx
    dd: 4889f7                         movq %rsi, %rdi
    e0: 48d1ff                         sarq %rdi
    e3: 4889d1                         movq %rdx, %rcx
    e6: 480fafcf                       imulq %rdi, %rcx
    ea: 480faffa                       imulq %rdx, %rdi
    ee: 488933                         movq %rsi, (%rbx)
    f1: 0f802d010000                   jo 0x12d
    f7: 4889ca                         movq %rcx, %rdx
    fa: 4801ea                         addq %rbp, %rdx
    fd: 0f8921010000                   jns 0x121
   103: 488d144d01000000               leaq 0x1(,%rcx,2), %rdx
   10b: 49895508                       movq %rdx, 0x8(%r13)
   10f: 498b5500                       movq (%r13), %rdx
   113: f6c201                         testb $0x1, %dl
   116: 0f8422010000                   je 0x122
   11c: 48d1fa                         sarq %rdx
   11f: 4801d1                         addq %rdx, %rcx
   122: 4889ca                         movq %rcx, %rdx
   125: 4801ea                         addq %rbp, %rdx
   128: 0f891d010000                   jns 0x11d
   12e: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   136: 49894d00                       movq %rcx, (%r13)
   13a: 488b38                         movq (%rax), %rdi
   13d: 488908                         movq %rcx, (%rax)
   140: 40f6c701                       testb $0x1, %dil
   144: 750a                           jne 0xa
   146: 48ff0f                         decq (%rdi)
   149: 7505                           jne 0x5
   14b: e800000000                     callq 0x0
        # hole +0x14c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   150: 49833e00                       cmpq $0x0, (%r14)
   154: 41bf02000000                   movl $0x2, %r15d
   15a: 757b                           jne 0x7b
   15c: 498b4608                       movq 0x8(%r14), %rax
   160: 48ffc0                         incq %rax
   163: 49894608                       movq %rax, 0x8(%r14)
   167: 493b4610                       cmpq 0x10(%r14), %rax
   16b: 0f8cbffeffff                   jl -0x141
   171: eb7a                           jmp 0x7a
   173: e800000000                     callq 0x0
        # hole +0x174: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   178: 498b442418                     movq 0x18(%r12), %rax
   17d: 488b08                         movq (%rax), %rcx
   180: f6c101                         testb $0x1, %cl
   183: 0f852bffffff                   jne -0xd5
   189: 0f1f8000000000                 nopl (%rax)
   190: 48ff01                         incq (%rcx)
   193: 49894d00                       movq %rcx, (%r13)
   197: 488b5008                       movq 0x8(%rax), %rdx
   19b: f6c201                         testb $0x1, %dl
   19e: 0f8521ffffff                   jne -0xdf
   1a4: 48ff02                         incq (%rdx)
   1a7: 49895508                       movq %rdx, 0x8(%r13)
   1ab: 488b7010                       movq 0x10(%rax), %rsi
   1af: 40f6c601                       testb $0x1, %sil
   1b3: 0f841affffff                   je -0xe6
   1b9: e91cffffff                     jmp -0xe4
   1be: 4883c410                       addq $0x10, %rsp
   1c2: 5d                             popq %rbp
   1c3: e900000000                     jmp 0x0
        # hole +0x1c4: R_X86_64_PLT32 Rel32 exit_trace[2]-4
   1c8: 4c89eb                         movq %r13, %rbx
   1cb: 49b80100000005000000           movabsq $0x500000001, %r8
   1d5: eb37                           jmp 0x37
   1d7: 48b80100000005000000           movabsq $0x500000001, %rax
   1e1: 4883c00b                       addq $0xb, %rax
   1e5: 41b978000000                   movl $0x78, %r9d
   1eb: eb1b                           jmp 0x1b
   1ed: 49c70601000000                 movq $0x1, (%r14)
   1f4: 48b80100000005000000           movabsq $0x500000001, %rax
   1fe: 4883c00c                       addq $0xc, %rax
   202: 41b982000000                   movl $0x82, %r9d
   208: 4c89eb                         movq %r13, %rbx
   20b: 4989c0                         movq %rax, %r8
   20e: 4c89e7                         movq %r12, %rdi
   211: 4889de                         movq %rbx, %rsi
   214: 4c89f2                         movq %r14, %rdx
   217: 4489f9                         movl %r15d, %ecx
   21a: 4883c410                       addq $0x10, %rsp
   21e: 5d                             popq %rbp
   21f: e900000000                     jmp 0x0
        # hole +0x220: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   224: 4983c518                       addq $0x18, %r13
   228: 48b80100000005000000           movabsq $0x500000001, %rax
   232: 4883c007                       addq $0x7, %rax
   236: 41b950000000                   movl $0x50, %r9d
   23c: ebca                           jmp -0x36
   23e: 41b95a000000                   movl $0x5a, %r9d
   244: 4c8b442408                     movq 0x8(%rsp), %r8
   249: ebc3                           jmp -0x3d
   24b: 48b80100000005000000           movabsq $0x500000001, %rax
   255: 4883c009                       addq $0x9, %rax
   259: 41b964000000                   movl $0x64, %r9d
   25f: ebaa                           jmp -0x56
