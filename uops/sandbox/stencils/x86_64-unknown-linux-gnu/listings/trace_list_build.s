# stencil list_build for x86_64-unknown-linux-gnu: 902 code bytes, 0 data bytes, 7 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b6810                       movq 0x10(%rax), %rbp
     e: 41b90a000000                   movl $0xa, %r9d
    14: ba01000000                     movl $0x1, %edx
    19: b901000000                     movl $0x1, %ecx
    1e: 40f6c501                       testb $0x1, %bpl
    22: 7533                           jne 0x33
    24: 837d0804                       cmpl $0x4, 0x8(%rbp)
    28: 752d                           jne 0x2d
    2a: 488b18                         movq (%rax), %rbx
    2d: 4c8b6808                       movq 0x8(%rax), %r13
    31: 488b4540                       movq 0x40(%rbp), %rax
    35: 4c8b7d30                       movq 0x30(%rbp), %r15
    39: 488b4d38                       movq 0x38(%rbp), %rcx
    3d: 4885c0                         testq %rax, %rax
    40: 7e43                           jle 0x43
    42: 4939cf                         cmpq %rcx, %r15
    45: 7c43                           jl 0x43
    47: 41b914000000                   movl $0x14, %r9d
    4d: ba02000000                     movl $0x2, %edx
    52: b902000000                     movl $0x2, %ecx
    57: 498b742418                     movq 0x18(%r12), %rsi
    5c: 41bd18000000                   movl $0x18, %r13d
    62: 4901f5                         addq %rsi, %r13
    65: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x67: R_X86_64_64 Abs64 index+0
    6f: 4901d0                         addq %rdx, %r8
    72: 4c89e7                         movq %r12, %rdi
    75: 4c89ee                         movq %r13, %rsi
    78: 4c89f2                         movq %r14, %rdx
    7b: 4883c430                       addq $0x30, %rsp
    7f: 5d                             popq %rbp
    80: e900000000                     jmp 0x0
        # hole +0x81: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    85: 4939cf                         cmpq %rcx, %r15
    88: 7ebd                           jle -0x43
    8a: 4c01f8                         addq %r15, %rax
    8d: 48894530                       movq %rax, 0x30(%rbp)
    91: 41f6c501                       testb $0x1, %r13b
    95: 750e                           jne 0xe
    97: 49ff4d00                       decq (%r13)
    9b: 7508                           jne 0x8
    9d: 4c89ef                         movq %r13, %rdi
    a0: e800000000                     callq 0x0
        # hole +0xa1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    a5: 4c89642420                     movq %r12, 0x20(%rsp)
    aa: 4b8d143f                       leaq (%r15,%r15), %rdx
    ae: f6c301                         testb $0x1, %bl
    b1: 7503                           jne 0x3
    b3: 48ff03                         incq (%rbx)
    b6: 4e8d247d01000000               leaq 0x1(,%r15,2), %r12
    be: 48d1fa                         sarq %rdx
    c1: 31c9                           xorl %ecx, %ecx
    c3: 480fafd2                       imulq %rdx, %rdx
    c7: b001                           movb $0x1, %al
    c9: c744240c01000000               movl $0x1, 0xc(%rsp)
    d1: 4c896c2428                     movq %r13, 0x28(%rsp)
    d6: 0f8086020000                   jo 0x286
    dc: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
    e6: 4801d6                         addq %rdx, %rsi
    e9: 4885f6                         testq %rsi, %rsi
    ec: 0f8970020000                   jns 0x270
    f2: 4c8d3c5501000000               leaq 0x1(,%rdx,2), %r15
    fa: 4c89f7                         movq %r14, %rdi
    fd: 4889de                         movq %rbx, %rsi
   100: 4c89fa                         movq %r15, %rdx
   103: e800000000                     callq 0x0
        # hole +0x104: R_X86_64_PLT32 Rel32 symbol:tf_list_append-4
   108: 41bd20000000                   movl $0x20, %r13d
   10e: b95a000000                     movl $0x5a, %ecx
   113: 48894c2418                     movq %rcx, 0x18(%rsp)
   118: 85c0                           testl %eax, %eax
   11a: 0f8527010000                   jne 0x127
   120: f6c301                         testb $0x1, %bl
   123: 750d                           jne 0xd
   125: 48ff0b                         decq (%rbx)
   128: 7508                           jne 0x8
   12a: 4889df                         movq %rbx, %rdi
   12d: e800000000                     callq 0x0
        # hole +0x12e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   132: 498b4608                       movq 0x8(%r14), %rax
   136: 48ffc0                         incq %rax
   139: 49894608                       movq %rax, 0x8(%r14)
   13d: 493b4610                       cmpq 0x10(%r14), %rax
   141: 0f8d1a010000                   jge 0x11a
   147: 41bd18000000                   movl $0x18, %r13d
   14d: b86e000000                     movl $0x6e, %eax
   152: 4889442418                     movq %rax, 0x18(%rsp)
   157: 49833e00                       cmpq $0x0, (%r14)
   15b: 0f852d010000                   jne 0x12d
   161: b80a000000                     movl $0xa, %eax
   166: 4889442418                     movq %rax, 0x18(%rsp)
   16b: 837d0804                       cmpl $0x4, 0x8(%rbp)
   16f: 0f8580010000                   jne 0x180
   175: b801000000                     movl $0x1, %eax
   17a: 4889442410                     movq %rax, 0x10(%rsp)
   17f: 90                             nop
   180: 488b5530                       movq 0x30(%rbp), %rdx
   184: 488b4540                       movq 0x40(%rbp), %rax
   188: 4885c0                         testq %rax, %rax
   18b: 7e13                           jle 0x13
   18d: 483b5538                       cmpq 0x38(%rbp), %rdx
   191: 7c17                           jl 0x17
   193: e969010000                     jmp 0x169
   198: 0f1f840000000000               nopl (%rax,%rax)
   1a0: 483b5538                       cmpq 0x38(%rbp), %rdx
   1a4: 0f8e57010000                   jle 0x157
   1aa: 4801d0                         addq %rdx, %rax
   1ad: 48894530                       movq %rax, 0x30(%rbp)
   1b1: f6c301                         testb $0x1, %bl
   1b4: 7503                           jne 0x3
   1b6: 48ff03                         incq (%rbx)
   1b9: 4c8d245501000000               leaq 0x1(,%rdx,2), %r12
   1c1: 4801d2                         addq %rdx, %rdx
   1c4: 48d1fa                         sarq %rdx
   1c7: 31c9                           xorl %ecx, %ecx
   1c9: 480fafd2                       imulq %rdx, %rdx
   1cd: b001                           movb $0x1, %al
   1cf: 0f808d010000                   jo 0x18d
   1d5: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
   1df: 4801d6                         addq %rdx, %rsi
   1e2: 4885f6                         testq %rsi, %rsi
   1e5: 0f8977010000                   jns 0x177
   1eb: 4c8d3c5501000000               leaq 0x1(,%rdx,2), %r15
   1f3: 4c89f7                         movq %r14, %rdi
   1f6: 4889de                         movq %rbx, %rsi
   1f9: 4c89fa                         movq %r15, %rdx
   1fc: e800000000                     callq 0x0
        # hole +0x1fd: R_X86_64_PLT32 Rel32 symbol:tf_list_append-4
   201: 85c0                           testl %eax, %eax
   203: 0f8509010000                   jne 0x109
   209: f6c301                         testb $0x1, %bl
   20c: 7512                           jne 0x12
   20e: 48ff0b                         decq (%rbx)
   211: 750d                           jne 0xd
   213: 4889df                         movq %rbx, %rdi
   216: e800000000                     callq 0x0
        # hole +0x217: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   21b: 0f1f440000                     nopl (%rax,%rax)
   220: 498b4608                       movq 0x8(%r14), %rax
   224: 48ffc0                         incq %rax
   227: 49894608                       movq %rax, 0x8(%r14)
   22b: 493b4610                       cmpq 0x10(%r14), %rax
   22f: 7d30                           jge 0x30
   231: 49833e00                       cmpq $0x0, (%r14)
   235: 0f8504010000                   jne 0x104
   23b: 837d0804                       cmpl $0x4, 0x8(%rbp)
   23f: 0f843bffffff                   je -0xc5
   245: eb43                           jmp 0x43
   247: b809000000                     movl $0x9, %eax
   24c: 4889442410                     movq %rax, 0x10(%rsp)
   251: b001                           movb $0x1, %al
   253: 31d2                           xorl %edx, %edx
   255: c744240c03000000               movl $0x3, 0xc(%rsp)
   25d: b101                           movb $0x1, %cl
   25f: eb45                           jmp 0x45
   261: 49c70601000000                 movq $0x1, (%r14)
   268: 41bd18000000                   movl $0x18, %r13d
   26e: b86e000000                     movl $0x6e, %eax
   273: 4889442418                     movq %rax, 0x18(%rsp)
   278: b80b000000                     movl $0xb, %eax
   27d: 4889442410                     movq %rax, 0x10(%rsp)
   282: c744240c02000000               movl $0x2, 0xc(%rsp)
   28a: 31c0                           xorl %eax, %eax
   28c: eb14                           jmp 0x14
   28e: b80b000000                     movl $0xb, %eax
   293: 4889442410                     movq %rax, 0x10(%rsp)
   298: 31c0                           xorl %eax, %eax
   29a: c744240c02000000               movl $0x2, 0xc(%rsp)
   2a2: 31c9                           xorl %ecx, %ecx
   2a4: 31d2                           xorl %edx, %edx
   2a6: 488b742420                     movq 0x20(%rsp), %rsi
   2ab: 488b7618                       movq 0x18(%rsi), %rsi
   2af: 4c3b642428                     cmpq 0x28(%rsp), %r12
   2b4: 7404                           je 0x4
   2b6: 4c896608                       movq %r12, 0x8(%rsi)
   2ba: 84c0                           testb %al, %al
   2bc: 7408                           je 0x8
   2be: 48895e18                       movq %rbx, 0x18(%rsi)
   2c2: 84c9                           testb %cl, %cl
   2c4: 7418                           je 0x18
   2c6: 8b4c240c                       movl 0xc(%rsp), %ecx
   2ca: 4c8b4c2418                     movq 0x18(%rsp), %r9
   2cf: 4c8b642420                     movq 0x20(%rsp), %r12
   2d4: 488b542410                     movq 0x10(%rsp), %rdx
   2d9: e984fdffff                     jmp -0x27c
   2de: 4c897e20                       movq %r15, 0x20(%rsi)
   2e2: 84d2                           testb %dl, %dl
   2e4: 8b4c240c                       movl 0xc(%rsp), %ecx
   2e8: 4c8b4c2418                     movq 0x18(%rsp), %r9
   2ed: 74e0                           je -0x20
   2ef: 4c896628                       movq %r12, 0x28(%rsi)
   2f3: ebda                           jmp -0x26
   2f5: b801000000                     movl $0x1, %eax
   2fa: 4889442410                     movq %rax, 0x10(%rsp)
   2ff: eb89                           jmp -0x77
   301: b814000000                     movl $0x14, %eax
   306: 4889442418                     movq %rax, 0x18(%rsp)
   30b: b802000000                     movl $0x2, %eax
   310: eb81                           jmp -0x7f
   312: b001                           movb $0x1, %al
   314: 31d2                           xorl %edx, %edx
   316: c744240c03000000               movl $0x3, 0xc(%rsp)
   31e: b909000000                     movl $0x9, %ecx
   323: 48894c2410                     movq %rcx, 0x10(%rsp)
   328: b95a000000                     movl $0x5a, %ecx
   32d: 48894c2418                     movq %rcx, 0x18(%rsp)
   332: b101                           movb $0x1, %cl
   334: 41bd20000000                   movl $0x20, %r13d
   33a: e967ffffff                     jmp -0x99
   33f: 31c0                           xorl %eax, %eax
   341: c744240c02000000               movl $0x2, 0xc(%rsp)
   349: b90b000000                     movl $0xb, %ecx
   34e: 48894c2410                     movq %rcx, 0x10(%rsp)
   353: b96e000000                     movl $0x6e, %ecx
   358: 48894c2418                     movq %rcx, 0x18(%rsp)
   35d: e940ffffff                     jmp -0xc0
   362: 4d89e7                         movq %r12, %r15
   365: ba08000000                     movl $0x8, %edx
   36a: 4889542410                     movq %rdx, 0x10(%rsp)
   36f: ba50000000                     movl $0x50, %edx
   374: 4889542418                     movq %rdx, 0x18(%rsp)
   379: b201                           movb $0x1, %dl
   37b: 41bd30000000                   movl $0x30, %r13d
   381: e920ffffff                     jmp -0xe0
