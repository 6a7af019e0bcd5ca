# stencil list_build for x86_64-pc-windows-msvc: 904 code bytes, 8 data bytes, 8 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b6810                       movq 0x10(%rax), %rbp
     e: 41bf18000000                   movl $0x18, %r15d
    14: b90a000000                     movl $0xa, %ecx
    19: be01000000                     movl $0x1, %esi
    1e: 41b901000000                   movl $0x1, %r9d
    24: 40f6c501                       testb $0x1, %bpl
    28: 7533                           jne 0x33
    2a: 837d0804                       cmpl $0x4, 0x8(%rbp)
    2e: 752d                           jne 0x2d
    30: 488b38                         movq (%rax), %rdi
    33: 488b5808                       movq 0x8(%rax), %rbx
    37: 488b4540                       movq 0x40(%rbp), %rax
    3b: 488b7530                       movq 0x30(%rbp), %rsi
    3f: 488b4d38                       movq 0x38(%rbp), %rcx
    43: 4885c0                         testq %rax, %rax
    46: 7e45                           jle 0x45
    48: 4839ce                         cmpq %rcx, %rsi
    4b: 7c45                           jl 0x45
    4d: b914000000                     movl $0x14, %ecx
    52: be02000000                     movl $0x2, %esi
    57: 41b902000000                   movl $0x2, %r9d
    5d: 4d8b442418                     movq 0x18(%r12), %r8
    62: 4d01c7                         addq %r8, %r15
    65: 488b0500000000                 movq (%rip), %rax
        # hole +0x68: IMAGE_REL_AMD64_REL32 Rel32 data-4
    6c: 4801f0                         addq %rsi, %rax
    6f: 48894c2428                     movq %rcx, 0x28(%rsp)
    74: 4889442420                     movq %rax, 0x20(%rsp)
    79: 4c89e1                         movq %r12, %rcx
    7c: 4c89fa                         movq %r15, %rdx
    7f: 4d89f0                         movq %r14, %r8
    82: e800000000                     callq 0x0
        # hole +0x83: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    87: 4883c450                       addq $0x50, %rsp
    8b: 5d                             popq %rbp
    8c: c3                             retq
    8d: 4839ce                         cmpq %rcx, %rsi
    90: 7ebb                           jle -0x45
    92: 4801f0                         addq %rsi, %rax
    95: 48894530                       movq %rax, 0x30(%rbp)
    99: f6c301                         testb $0x1, %bl
    9c: 750d                           jne 0xd
    9e: 48ff0b                         decq (%rbx)
    a1: 7508                           jne 0x8
    a3: 4889d9                         movq %rbx, %rcx
    a6: e800000000                     callq 0x0
        # hole +0xa7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    ab: 48895c2448                     movq %rbx, 0x48(%rsp)
    b0: 488d1436                       leaq (%rsi,%rsi), %rdx
    b4: 40f6c701                       testb $0x1, %dil
    b8: 7503                           jne 0x3
    ba: 48ff07                         incq (%rdi)
    bd: 488d1c7501000000               leaq 0x1(,%rsi,2), %rbx
    c5: 48d1fa                         sarq %rdx
    c8: 31c9                           xorl %ecx, %ecx
    ca: 480fafd2                       imulq %rdx, %rdx
    ce: b001                           movb $0x1, %al
    d0: c744243c01000000               movl $0x1, 0x3c(%rsp)
    d8: 0f808b020000                   jo 0x28b
    de: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
    e8: 4801d6                         addq %rdx, %rsi
    eb: 4885f6                         testq %rsi, %rsi
    ee: 0f8975020000                   jns 0x275
    f4: 4c8d2c5501000000               leaq 0x1(,%rdx,2), %r13
    fc: 4c89f1                         movq %r14, %rcx
    ff: 4889fa                         movq %rdi, %rdx
   102: 4d89e8                         movq %r13, %r8
   105: e800000000                     callq 0x0
        # hole +0x106: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_list_append-4
   10a: 41bf20000000                   movl $0x20, %r15d
   110: be09000000                     movl $0x9, %esi
   115: 85c0                           testl %eax, %eax
   117: 0f852a010000                   jne 0x12a
   11d: 40f6c701                       testb $0x1, %dil
   121: 750d                           jne 0xd
   123: 48ff0f                         decq (%rdi)
   126: 7508                           jne 0x8
   128: 4889f9                         movq %rdi, %rcx
   12b: e800000000                     callq 0x0
        # hole +0x12c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   130: 498b4608                       movq 0x8(%r14), %rax
   134: 48ffc0                         incq %rax
   137: 49894608                       movq %rax, 0x8(%r14)
   13b: 493b4610                       cmpq 0x10(%r14), %rax
   13f: 0f8d1c010000                   jge 0x11c
   145: 41bf18000000                   movl $0x18, %r15d
   14b: be0b000000                     movl $0xb, %esi
   150: 49833e00                       cmpq $0x0, (%r14)
   154: 0f852f010000                   jne 0x12f
   15a: be01000000                     movl $0x1, %esi
   15f: 837d0804                       cmpl $0x4, 0x8(%rbp)
   163: 0f8597010000                   jne 0x197
   169: b80a000000                     movl $0xa, %eax
   16e: 4889442440                     movq %rax, 0x40(%rsp)
   173: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   180: 488b5530                       movq 0x30(%rbp), %rdx
   184: 488b4540                       movq 0x40(%rbp), %rax
   188: 4885c0                         testq %rax, %rax
   18b: 7e13                           jle 0x13
   18d: 483b5538                       cmpq 0x38(%rbp), %rdx
   191: 7c17                           jl 0x17
   193: e977010000                     jmp 0x177
   198: 0f1f840000000000               nopl (%rax,%rax)
   1a0: 483b5538                       cmpq 0x38(%rbp), %rdx
   1a4: 0f8e65010000                   jle 0x165
   1aa: 4801d0                         addq %rdx, %rax
   1ad: 48894530                       movq %rax, 0x30(%rbp)
   1b1: 40f6c701                       testb $0x1, %dil
   1b5: 7503                           jne 0x3
   1b7: 48ff07                         incq (%rdi)
   1ba: 488d1c5501000000               leaq 0x1(,%rdx,2), %rbx
   1c2: 4801d2                         addq %rdx, %rdx
   1c5: 48d1fa                         sarq %rdx
   1c8: 31c9                           xorl %ecx, %ecx
   1ca: 480fafd2                       imulq %rdx, %rdx
   1ce: b001                           movb $0x1, %al
   1d0: 0f8093010000                   jo 0x193
   1d6: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
   1e0: 4901d0                         addq %rdx, %r8
   1e3: 4d85c0                         testq %r8, %r8
   1e6: 0f897d010000                   jns 0x17d
   1ec: 4c8d2c5501000000               leaq 0x1(,%rdx,2), %r13
   1f4: 4c89f1                         movq %r14, %rcx
   1f7: 4889fa                         movq %rdi, %rdx
   1fa: 4d89e8                         movq %r13, %r8
   1fd: e800000000                     callq 0x0
        # hole +0x1fe: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_list_append-4
   202: 85c0                           testl %eax, %eax
   204: 0f8519010000                   jne 0x119
   20a: 40f6c701                       testb $0x1, %dil
   20e: 7510                           jne 0x10
   210: 48ff0f                         decq (%rdi)
   213: 750b                           jne 0xb
   215: 4889f9                         movq %rdi, %rcx
   218: e800000000                     callq 0x0
        # hole +0x219: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   21d: 0f1f00                         nopl (%rax)
   220: 498b4608                       movq 0x8(%r14), %rax
   224: 48ffc0                         incq %rax
   227: 49894608                       movq %rax, 0x8(%r14)
   22b: 493b4610                       cmpq 0x10(%r14), %rax
   22f: 7d30                           jge 0x30
   231: 49833e00                       cmpq $0x0, (%r14)
   235: 0f8510010000                   jne 0x110
   23b: 837d0804                       cmpl $0x4, 0x8(%rbp)
   23f: 0f843bffffff                   je -0xc5
   245: eb3e                           jmp 0x3e
   247: b85a000000                     movl $0x5a, %eax
   24c: 4889442440                     movq %rax, 0x40(%rsp)
   251: b001                           movb $0x1, %al
   253: 31d2                           xorl %edx, %edx
   255: c744243c03000000               movl $0x3, 0x3c(%rsp)
   25d: b101                           movb $0x1, %cl
   25f: eb40                           jmp 0x40
   261: 49c70601000000                 movq $0x1, (%r14)
   268: 41bf18000000                   movl $0x18, %r15d
   26e: b86e000000                     movl $0x6e, %eax
   273: 4889442440                     movq %rax, 0x40(%rsp)
   278: be0b000000                     movl $0xb, %esi
   27d: c744243c02000000               movl $0x2, 0x3c(%rsp)
   285: 31c0                           xorl %eax, %eax
   287: eb14                           jmp 0x14
   289: b86e000000                     movl $0x6e, %eax
   28e: 4889442440                     movq %rax, 0x40(%rsp)
   293: 31c0                           xorl %eax, %eax
   295: c744243c02000000               movl $0x2, 0x3c(%rsp)
   29d: 31c9                           xorl %ecx, %ecx
   29f: 31d2                           xorl %edx, %edx
   2a1: 4d8b442418                     movq 0x18(%r12), %r8
   2a6: 483b5c2448                     cmpq 0x48(%rsp), %rbx
   2ab: 7409                           je 0x9
   2ad: 49895808                       movq %rbx, 0x8(%r8)
   2b1: 4d8b442418                     movq 0x18(%r12), %r8
   2b6: 84c0                           testb %al, %al
   2b8: 740d                           je 0xd
   2ba: 49897818                       movq %rdi, 0x18(%r8)
   2be: 4d8b442418                     movq 0x18(%r12), %r8
   2c3: 84c9                           testb %cl, %cl
   2c5: 740f                           je 0xf
   2c7: 448b4c243c                     movl 0x3c(%rsp), %r9d
   2cc: 488b4c2440                     movq 0x40(%rsp), %rcx
   2d1: e98cfdffff                     jmp -0x274
   2d6: 4d896820                       movq %r13, 0x20(%r8)
   2da: 4d8b442418                     movq 0x18(%r12), %r8
   2df: 84d2                           testb %dl, %dl
   2e1: 448b4c243c                     movl 0x3c(%rsp), %r9d
   2e6: 740e                           je 0xe
   2e8: 49895828                       movq %rbx, 0x28(%r8)
   2ec: 488b4c2440                     movq 0x40(%rsp), %rcx
   2f1: e967fdffff                     jmp -0x299
   2f6: 488b4c2440                     movq 0x40(%rsp), %rcx
   2fb: e962fdffff                     jmp -0x29e
   300: b80a000000                     movl $0xa, %eax
   305: 4889442440                     movq %rax, 0x40(%rsp)
   30a: e976ffffff                     jmp -0x8a
   30f: b814000000                     movl $0x14, %eax
   314: 4889442440                     movq %rax, 0x40(%rsp)
   319: be02000000                     movl $0x2, %esi
   31e: e970ffffff                     jmp -0x90
   323: b001                           movb $0x1, %al
   325: 31d2                           xorl %edx, %edx
   327: c744243c03000000               movl $0x3, 0x3c(%rsp)
   32f: be09000000                     movl $0x9, %esi
   334: b95a000000                     movl $0x5a, %ecx
   339: 48894c2440                     movq %rcx, 0x40(%rsp)
   33e: b101                           movb $0x1, %cl
   340: 41bf20000000                   movl $0x20, %r15d
   346: e956ffffff                     jmp -0xaa
   34b: 31c0                           xorl %eax, %eax
   34d: c744243c02000000               movl $0x2, 0x3c(%rsp)
   355: be0b000000                     movl $0xb, %esi
   35a: b96e000000                     movl $0x6e, %ecx
   35f: 48894c2440                     movq %rcx, 0x40(%rsp)
   364: e934ffffff                     jmp -0xcc
   369: 4989dd                         movq %rbx, %r13
   36c: be08000000                     movl $0x8, %esi
   371: ba50000000                     movl $0x50, %edx
   376: 4889542440                     movq %rdx, 0x40(%rsp)
   37b: b201                           movb $0x1, %dl
   37d: 41bf30000000                   movl $0x30, %r15d
   383: e919ffffff                     jmp -0xe7
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
