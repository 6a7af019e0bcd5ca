# stencil list_build for x86_64-unknown-linux-gnu: 557 code bytes, 0 data bytes, 4 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 48b90100000004000000           movabsq $0x400000001, %rcx
     f: 498d5d08                       leaq 0x8(%r13), %rbx
    13: 488d4101                       leaq 0x1(%rcx), %rax
    17: 48890424                       movq %rax, (%rsp)
    1b: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
    25: 488d4108                       leaq 0x8(%rcx), %rax
    29: 4889442408                     movq %rax, 0x8(%rsp)
    2e: 41bf01000000                   movl $0x1, %r15d
    34: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
    40: 498b45f8                       movq -0x8(%r13), %rax
    44: 41b90a000000                   movl $0xa, %r9d
    4a: a801                           testb $0x1, %al
    4c: 0f8556010000                   jne 0x156
    52: 83780804                       cmpl $0x4, 0x8(%rax)
    56: 0f854c010000                   jne 0x14c
    5c: 488b4840                       movq 0x40(%rax), %rcx
    60: 488b5030                       movq 0x30(%rax), %rdx
    64: 488b7038                       movq 0x38(%rax), %rsi
    68: 4885c9                         testq %rcx, %rcx
    6b: 7e13                           jle 0x13
    6d: 4839f2                         cmpq %rsi, %rdx
    70: 7c17                           jl 0x17
    72: e93d010000                     jmp 0x13d
    77: 660f1f840000000000             nopw (%rax,%rax)
    80: 4839f2                         cmpq %rsi, %rdx
    83: 0f8e2b010000                   jle 0x12b
    89: 4801d1                         addq %rdx, %rcx
    8c: 48894830                       movq %rcx, 0x30(%rax)
    90: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    98: 49894d00                       movq %rcx, (%r13)
    9c: 498b442418                     movq 0x18(%r12), %rax
    a1: 488b7808                       movq 0x8(%rax), %rdi
    a5: 48894808                       movq %rcx, 0x8(%rax)
    a9: 40f6c701                       testb $0x1, %dil
    ad: 7509                           jne 0x9
    af: 48ff0f                         decq (%rdi)
    b2: 0f84ac000000                   je 0xac
    b8: 488b08                         movq (%rax), %rcx
    bb: f6c101                         testb $0x1, %cl
    be: 0f85bc000000                   jne 0xbc
    c4: 48ff01                         incq (%rcx)
    c7: 49894d00                       movq %rcx, (%r13)
    cb: 488b4808                       movq 0x8(%rax), %rcx
    cf: f6c101                         testb $0x1, %cl
    d2: 0f84b9000000                   je 0xb9
    d8: 48890b                         movq %rcx, (%rbx)
    db: 488b4008                       movq 0x8(%rax), %rax
    df: a801                           testb $0x1, %al
    e1: 7506                           jne 0x6
    e3: 48ff00                         incq (%rax)
    e6: 488b0b                         movq (%rbx), %rcx
    e9: 49894510                       movq %rax, 0x10(%r13)
    ed: 48d1f9                         sarq %rcx
    f0: 48d1f8                         sarq %rax
    f3: 480fafc1                       imulq %rcx, %rax
    f7: 0f8016010000                   jo 0x116
    fd: 488d0c28                       leaq (%rax,%rbp), %rcx
   101: 4885c9                         testq %rcx, %rcx
   104: 0f8909010000                   jns 0x109
   10a: 488d144501000000               leaq 0x1(,%rax,2), %rdx
   112: 49895508                       movq %rdx, 0x8(%r13)
   116: 498b7500                       movq (%r13), %rsi
   11a: 4c89f7                         movq %r14, %rdi
   11d: e800000000                     callq 0x0
        # hole +0x11e: R_X86_64_PLT32 Rel32 symbol:tf_list_append-4
   122: 85c0                           testl %eax, %eax
   124: 0f859c000000                   jne 0x9c
   12a: 498b7d00                       movq (%r13), %rdi
   12e: 40f6c701                       testb $0x1, %dil
   132: 750c                           jne 0xc
   134: 48ff0f                         decq (%rdi)
   137: 7507                           jne 0x7
   139: e800000000                     callq 0x0
        # hole +0x13a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   13e: 6690                           nop
   140: 498b4608                       movq 0x8(%r14), %rax
   144: 48ffc0                         incq %rax
   147: 49894608                       movq %rax, 0x8(%r14)
   14b: 493b4610                       cmpq 0x10(%r14), %rax
   14f: 0f8d87000000                   jge 0x87
   155: 49833e00                       cmpq $0x0, (%r14)
   159: 0f84e1feffff                   je -0x11f
   15f: e97f000000                     jmp 0x7f
   164: e800000000                     callq 0x0
        # hole +0x165: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   169: 498b442418                     movq 0x18(%r12), %rax
   16e: 488b08                         movq (%rax), %rcx
   171: f6c101                         testb $0x1, %cl
   174: 0f844affffff                   je -0xb6
   17a: 660f1f440000                   nopw (%rax,%rax)
   180: 49894d00                       movq %rcx, (%r13)
   184: 488b4808                       movq 0x8(%rax), %rcx
   188: f6c101                         testb $0x1, %cl
   18b: 0f8547ffffff                   jne -0xb9
   191: 48ff01                         incq (%rcx)
   194: 48890b                         movq %rcx, (%rbx)
   197: 488b4008                       movq 0x8(%rax), %rax
   19b: a801                           testb $0x1, %al
   19d: 0f8440ffffff                   je -0xc0
   1a3: e941ffffff                     jmp -0xbf
   1a8: 49b80100000004000000           movabsq $0x400000001, %r8
   1b2: eb49                           jmp 0x49
   1b4: 41b914000000                   movl $0x14, %r9d
   1ba: 41bf02000000                   movl $0x2, %r15d
   1c0: 4c8b0424                       movq (%rsp), %r8
   1c4: eb37                           jmp 0x37
   1c6: 41b95a000000                   movl $0x5a, %r9d
   1cc: 41bf03000000                   movl $0x3, %r15d
   1d2: 4989dd                         movq %rbx, %r13
   1d5: 4c8b442408                     movq 0x8(%rsp), %r8
   1da: eb21                           jmp 0x21
   1dc: 49c70601000000                 movq $0x1, (%r14)
   1e3: 49b80100000004000000           movabsq $0x400000001, %r8
   1ed: 4983c00a                       addq $0xa, %r8
   1f1: 41b96e000000                   movl $0x6e, %r9d
   1f7: 41bf02000000                   movl $0x2, %r15d
   1fd: 4c89e7                         movq %r12, %rdi
   200: 4c89ee                         movq %r13, %rsi
   203: 4c89f2                         movq %r14, %rdx
   206: 4489f9                         movl %r15d, %ecx
   209: 4883c410                       addq $0x10, %rsp
   20d: 5d                             popq %rbp
   20e: e900000000                     jmp 0x0
        # hole +0x20f: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   213: 4983c518                       addq $0x18, %r13
   217: 49b80100000004000000           movabsq $0x400000001, %r8
   221: 4983c007                       addq $0x7, %r8
   225: 41b950000000                   movl $0x50, %r9d
   22b: ebd0                           jmp -0x30
