# stencil nested_inner for x86_64-apple-darwin: 1113 code bytes, 8 data bytes, 6 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4d8b6c2418                     movq 0x18(%r12), %r13
     a: 498b5500                       movq (%r13), %rdx
     e: 498b6d10                       movq 0x10(%r13), %rbp
    12: 498b5d28                       movq 0x28(%r13), %rbx
    16: 41bf30000000                   movl $0x30, %r15d
    1c: 41b90a000000                   movl $0xa, %r9d
    22: bf01000000                     movl $0x1, %edi
    27: f6c301                         testb $0x1, %bl
    2a: 0f85ab020000                   jne 0x2ab
    30: 837b0804                       cmpl $0x4, 0x8(%rbx)
    34: 0f85a1020000                   jne 0x2a1
    3a: 498b7508                       movq 0x8(%r13), %rsi
    3e: 488b4340                       movq 0x40(%rbx), %rax
    42: 4c8b7b30                       movq 0x30(%rbx), %r15
    46: 488b4b38                       movq 0x38(%rbx), %rcx
    4a: 4885c0                         testq %rax, %rax
    4d: 0f8e35020000                   jle 0x235
    53: 4939cf                         cmpq %rcx, %r15
    56: 0f8d35020000                   jge 0x235
    5c: 4c01f8                         addq %r15, %rax
    5f: 48894330                       movq %rax, 0x30(%rbx)
    63: 40f6c501                       testb $0x1, %bpl
    67: 4889742408                     movq %rsi, 0x8(%rsp)
    6c: 7519                           jne 0x19
    6e: 48ff4d00                       decq (%rbp)
    72: 7513                           jne 0x13
    74: 4889ef                         movq %rbp, %rdi
    77: 4989d5                         movq %rdx, %r13
    7a: e800000000                     callq 0x0
        # hole +0x7b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    7f: 488b742408                     movq 0x8(%rsp), %rsi
    84: 4c89ea                         movq %r13, %rdx
    87: f6c201                         testb $0x1, %dl
    8a: 7503                           jne 0x3
    8c: 48ff02                         incq (%rdx)
    8f: 4b8d043f                       leaq (%r15,%r15), %rax
    93: 40f6c601                       testb $0x1, %sil
    97: 7503                           jne 0x3
    99: 48ff06                         incq (%rsi)
    9c: 4e8d1c7d01000000               leaq 0x1(,%r15,2), %r11
    a4: 48d1fe                         sarq %rsi
    a7: 48d1f8                         sarq %rax
    aa: 480fafc6                       imulq %rsi, %rax
    ae: 41bf48000000                   movl $0x48, %r15d
    b4: 41b950000000                   movl $0x50, %r9d
    ba: bf08000000                     movl $0x8, %edi
    bf: 0f806a030000                   jo 0x36a
    c5: 48b900000000000000c0           movabsq $-0x4000000000000000, %rcx
    cf: 4801c1                         addq %rax, %rcx
    d2: 4885c9                         testq %rcx, %rcx
    d5: 0f8954030000                   jns 0x354
    db: 4c8d144501000000               leaq 0x1(,%rax,2), %r10
    e3: 41bf40000000                   movl $0x40, %r15d
    e9: f6c201                         testb $0x1, %dl
    ec: 0f8447030000                   je 0x347
    f2: 4889d1                         movq %rdx, %rcx
    f5: 48d1f9                         sarq %rcx
    f8: 4801c8                         addq %rcx, %rax
    fb: 4889c1                         movq %rax, %rcx
    fe: 48bf00000000000000c0           movabsq $-0x4000000000000000, %rdi
   108: 4801f9                         addq %rdi, %rcx
   10b: 0f8938030000                   jns 0x338
   111: 4c8d044501000000               leaq 0x1(,%rax,2), %r8
   119: 41bf30000000                   movl $0x30, %r15d
   11f: b902000000                     movl $0x2, %ecx
   124: 49833e00                       cmpq $0x0, (%r14)
   128: 0f85cd010000                   jne 0x1cd
   12e: 4c89d1                         movq %r10, %rcx
   131: 4d8b6e08                       movq 0x8(%r14), %r13
   135: 4d8b5610                       movq 0x10(%r14), %r10
   139: 498d4501                       leaq 0x1(%r13), %rax
   13d: 49894608                       movq %rax, 0x8(%r14)
   141: 4c39d0                         cmpq %r10, %rax
   144: 0f8d10020000                   jge 0x210
   14a: 8b7b08                         movl 0x8(%rbx), %edi
   14d: 41b90a000000                   movl $0xa, %r9d
   153: 83ff04                         cmpl $0x4, %edi
   156: 0f85bb010000                   jne 0x1bb
   15c: 4889542418                     movq %rdx, 0x18(%rsp)
   161: 48896c2420                     movq %rbp, 0x20(%rsp)
   166: 4c89642428                     movq %r12, 0x28(%rsp)
   16b: 4c89742410                     movq %r14, 0x10(%rsp)
   170: 4c8b4b40                       movq 0x40(%rbx), %r9
   174: 4c8b7b30                       movq 0x30(%rbx), %r15
   178: 488b4338                       movq 0x38(%rbx), %rax
   17c: 4b8d0c3f                       leaq (%r15,%r15), %rcx
   180: 4b8d2c09                       leaq (%r9,%r9), %rbp
   184: 4983c502                       addq $0x2, %r13
   188: 0f1f840000000000               nopl (%rax,%rax)
   190: 4989cc                         movq %rcx, %r12
   193: 4d85c9                         testq %r9, %r9
   196: 7e18                           jle 0x18
   198: 4939c7                         cmpq %rax, %r15
   19b: 7c1c                           jl 0x1c
   19d: e9fd000000                     jmp 0xfd
   1a2: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   1b0: 4939c7                         cmpq %rax, %r15
   1b3: 0f8ee6000000                   jle 0xe6
   1b9: 4d01cf                         addq %r9, %r15
   1bc: 4c897b30                       movq %r15, 0x30(%rbx)
   1c0: 488b4c2408                     movq 0x8(%rsp), %rcx
   1c5: f6c101                         testb $0x1, %cl
   1c8: 7503                           jne 0x3
   1ca: 48ff01                         incq (%rcx)
   1cd: 4c89e2                         movq %r12, %rdx
   1d0: 48d1fa                         sarq %rdx
   1d3: 480fafd6                       imulq %rsi, %rdx
   1d7: 49bb00000000000000c0           movabsq $-0x4000000000000000, %r11
   1e1: 0f80e2010000                   jo 0x1e2
   1e7: 4a8d0c1a                       leaq (%rdx,%r11), %rcx
   1eb: 4885c9                         testq %rcx, %rcx
   1ee: 0f89d5010000                   jns 0x1d5
   1f4: 4c89c1                         movq %r8, %rcx
   1f7: 48d1f9                         sarq %rcx
   1fa: 4801d1                         addq %rdx, %rcx
   1fd: 4989ce                         movq %rcx, %r14
   200: 4d01de                         addq %r11, %r14
   203: 0f89d6010000                   jns 0x1d6
   209: 4c8d044d01000000               leaq 0x1(,%rcx,2), %r8
   211: 488b4c2410                     movq 0x10(%rsp), %rcx
   216: 4c896908                       movq %r13, 0x8(%rcx)
   21a: 4d39d5                         cmpq %r10, %r13
   21d: 0f8d0f010000                   jge 0x10f
   223: 4d8d5c2401                     leaq 0x1(%r12), %r11
   228: 498d0c2c                       leaq (%r12,%rbp), %rcx
   22c: 49ffc5                         incq %r13
   22f: 83ff04                         cmpl $0x4, %edi
   232: 0f8458ffffff                   je -0xa8
   238: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   240: 4889442408                     movq %rax, 0x8(%rsp)
   245: 49ffc4                         incq %r12
   248: 4d89e3                         movq %r12, %r11
   24b: b901000000                     movl $0x1, %ecx
   250: 4c8b742410                     movq 0x10(%rsp), %r14
   255: 4c8b642428                     movq 0x28(%rsp), %r12
   25a: 488b6c2420                     movq 0x20(%rsp), %rbp
   25f: 488b542418                     movq 0x18(%rsp), %rdx
   264: 41bf30000000                   movl $0x30, %r15d
   26a: 41b90a000000                   movl $0xa, %r9d
   270: bf01000000                     movl $0x1, %edi
   275: 498b742418                     movq 0x18(%r12), %rsi
   27a: 4939d0                         cmpq %rdx, %r8
   27d: 0f85fd000000                   jne 0xfd
   283: e9fb000000                     jmp 0xfb
   288: 4939cf                         cmpq %rcx, %r15
   28b: 0f8fcbfdffff                   jg -0x235
   291: 4983c530                       addq $0x30, %r13
   295: 4883c430                       addq $0x30, %rsp
   299: 5d                             popq %rbp
   29a: e900000000                     jmp 0x0
        # hole +0x29b: X86_64_RELOC_BRANCH Rel32 exit_trace[2]-4
   29f: 4c3b442418                     cmpq 0x18(%rsp), %r8
   2a4: 4c8b642428                     movq 0x28(%rsp), %r12
   2a9: 7408                           je 0x8
   2ab: 498b442418                     movq 0x18(%r12), %rax
   2b0: 4c8900                         movq %r8, (%rax)
   2b3: 4c3b5c2420                     cmpq 0x20(%rsp), %r11
   2b8: 4c8b742410                     movq 0x10(%rsp), %r14
   2bd: 7409                           je 0x9
   2bf: 498b442418                     movq 0x18(%r12), %rax
   2c4: 4c895810                       movq %r11, 0x10(%rax)
   2c8: 4d8b6c2418                     movq 0x18(%r12), %r13
   2cd: 4983c530                       addq $0x30, %r13
   2d1: 4883c430                       addq $0x30, %rsp
   2d5: 5d                             popq %rbp
   2d6: e900000000                     jmp 0x0
        # hole +0x2d7: X86_64_RELOC_BRANCH Rel32 exit_trace[2]-4
   2db: 4989eb                         movq %rbp, %r11
   2de: 498b742418                     movq 0x18(%r12), %rsi
   2e3: b901000000                     movl $0x1, %ecx
   2e8: 4c89542408                     movq %r10, 0x8(%rsp)
   2ed: 4939eb                         cmpq %rbp, %r11
   2f0: 0f8595000000                   jne 0x95
   2f6: e994000000                     jmp 0x94
   2fb: 41b978000000                   movl $0x78, %r9d
   301: bf0c000000                     movl $0xc, %edi
   306: 4c89542408                     movq %r10, 0x8(%rsp)
   30b: 498b742418                     movq 0x18(%r12), %rsi
   310: 4939d0                         cmpq %rdx, %r8
   313: 756b                           jne 0x6b
   315: eb6c                           jmp 0x6c
   317: 48894c2408                     movq %rcx, 0x8(%rsp)
   31c: b901000000                     movl $0x1, %ecx
   321: bf01000000                     movl $0x1, %edi
   326: 498b742418                     movq 0x18(%r12), %rsi
   32b: 4939d0                         cmpq %rdx, %r8
   32e: 7550                           jne 0x50
   330: eb51                           jmp 0x51
   332: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   33a: 49ffc4                         incq %r12
   33d: 4d89e3                         movq %r12, %r11
   340: 4c8b742410                     movq 0x10(%rsp), %r14
   345: 4c8b642428                     movq 0x28(%rsp), %r12
   34a: 488b6c2420                     movq 0x20(%rsp), %rbp
   34f: 488b542418                     movq 0x18(%rsp), %rdx
   354: 41bf30000000                   movl $0x30, %r15d
   35a: 49c70601000000                 movq $0x1, (%r14)
   361: 41b982000000                   movl $0x82, %r9d
   367: bf0d000000                     movl $0xd, %edi
   36c: 48894c2408                     movq %rcx, 0x8(%rsp)
   371: b902000000                     movl $0x2, %ecx
   376: 498b742418                     movq 0x18(%r12), %rsi
   37b: 4939d0                         cmpq %rdx, %r8
   37e: 7403                           je 0x3
   380: 4c8906                         movq %r8, (%rsi)
   383: 4c89c2                         movq %r8, %rdx
   386: 4939eb                         cmpq %rbp, %r11
   389: 7404                           je 0x4
   38b: 4c895e10                       movq %r11, 0x10(%rsi)
   38f: 4183ff31                       cmpl $0x31, %r15d
   393: 7217                           jb 0x17
   395: 48895630                       movq %rdx, 0x30(%rsi)
   399: 488b442408                     movq 0x8(%rsp), %rax
   39e: 48894638                       movq %rax, 0x38(%rsi)
   3a2: 4183ff41                       cmpl $0x41, %r15d
   3a6: 7204                           jb 0x4
   3a8: 4c895e40                       movq %r11, 0x40(%rsi)
   3ac: 4c01fe                         addq %r15, %rsi
   3af: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x3b2: X86_64_RELOC_GOT_LOAD Rel32 data-4
   3b6: 4901f8                         addq %rdi, %r8
   3b9: 4c89e7                         movq %r12, %rdi
   3bc: 4c89f2                         movq %r14, %rdx
   3bf: 4883c430                       addq $0x30, %rsp
   3c3: 5d                             popq %rbp
   3c4: e900000000                     jmp 0x0
        # hole +0x3c5: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   3c9: 49ffc4                         incq %r12
   3cc: 41bf48000000                   movl $0x48, %r15d
   3d2: 41b950000000                   movl $0x50, %r9d
   3d8: bf08000000                     movl $0x8, %edi
   3dd: eb21                           jmp 0x21
   3df: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   3e7: 4889442408                     movq %rax, 0x8(%rsp)
   3ec: 49ffc4                         incq %r12
   3ef: 41bf40000000                   movl $0x40, %r15d
   3f5: 41b964000000                   movl $0x64, %r9d
   3fb: bf0a000000                     movl $0xa, %edi
   400: 4d89e3                         movq %r12, %r11
   403: b901000000                     movl $0x1, %ecx
   408: 4c8b742410                     movq 0x10(%rsp), %r14
   40d: 4c8b642428                     movq 0x28(%rsp), %r12
   412: 488b6c2420                     movq 0x20(%rsp), %rbp
   417: 488b542418                     movq 0x18(%rsp), %rdx
   41c: 498b742418                     movq 0x18(%r12), %rsi
   421: 4939d0                         cmpq %rdx, %r8
   424: 0f8556ffffff                   jne -0xaa
   42a: e954ffffff                     jmp -0xac
   42f: 4c8b542408                     movq 0x8(%rsp), %r10
   434: e9a5feffff                     jmp -0x15b
   439: 41b95a000000                   movl $0x5a, %r9d
   43f: bf09000000                     movl $0x9, %edi
   444: e995feffff                     jmp -0x16b
   449: 41b964000000                   movl $0x64, %r9d
   44f: bf0a000000                     movl $0xa, %edi
   454: e985feffff                     jmp -0x17b
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
