# stencil nested_inner for x86_64-pc-windows-msvc: 2863 code bytes, 24 data bytes, 26 holes
     0: 55                             pushq %rbp
     1: 4881ec30010000                 subq $0x130, %rsp
     8: 4d89f7                         movq %r14, %r15
     b: 4d8b6e08                       movq 0x8(%r14), %r13
     f: 498b6e10                       movq 0x10(%r14), %rbp
    13: 498b442410                     movq 0x10(%r12), %rax
    18: 48898424f0000000               movq %rax, 0xf0(%rsp)
    20: 410f100424                     movups (%r12), %xmm0
    25: 0f298424e0000000               movaps %xmm0, 0xe0(%rsp)
    2d: 4c89642440                     movq %r12, 0x40(%rsp)
    32: 498b442418                     movq 0x18(%r12), %rax
    37: 4c8b20                         movq (%rax), %r12
    3a: 4c8b5008                       movq 0x8(%rax), %r10
    3e: 488b5810                       movq 0x10(%rax), %rbx
    42: 488b5018                       movq 0x18(%rax), %rdx
    46: 488b4820                       movq 0x20(%rax), %rcx
    4a: 488b7028                       movq 0x28(%rax), %rsi
    4e: 40f6c601                       testb $0x1, %sil
    52: 4c89742448                     movq %r14, 0x48(%rsp)
    57: 4889b424d8000000               movq %rsi, 0xd8(%rsp)
    5f: 48898c24d0000000               movq %rcx, 0xd0(%rsp)
    67: 48899424c8000000               movq %rdx, 0xc8(%rsp)
    6f: 48899c24c0000000               movq %rbx, 0xc0(%rsp)
    77: 4c899424b8000000               movq %r10, 0xb8(%rsp)
    7f: 4c89a424b0000000               movq %r12, 0xb0(%rsp)
    87: 0f8562050000                   jne 0x562
    8d: 49be00000000000000c0           movabsq $-0x4000000000000000, %r14
    97: 4989c9                         movq %rcx, %r9
    9a: 4889542458                     movq %rdx, 0x58(%rsp)
    9f: 90                             nop
    a0: 837e0804                       cmpl $0x4, 0x8(%rsi)
    a4: 0f854d050000                   jne 0x54d
    aa: 488b4640                       movq 0x40(%rsi), %rax
    ae: 4c8b7e30                       movq 0x30(%rsi), %r15
    b2: 488b4e38                       movq 0x38(%rsi), %rcx
    b6: 4885c0                         testq %rax, %rax
    b9: 0f8e81010000                   jle 0x181
    bf: 4939cf                         cmpq %rcx, %r15
    c2: 0f8d81010000                   jge 0x181
    c8: 4c01f8                         addq %r15, %rax
    cb: 48894630                       movq %rax, 0x30(%rsi)
    cf: f6c301                         testb $0x1, %bl
    d2: 7509                           jne 0x9
    d4: 48ff0b                         decq (%rbx)
    d7: 0f84ef040000                   je 0x4ef
    dd: 41f6c401                       testb $0x1, %r12b
    e1: 7504                           jne 0x4
    e3: 49ff0424                       incq (%r12)
    e7: 41f6c201                       testb $0x1, %r10b
    eb: 7503                           jne 0x3
    ed: 49ff02                         incq (%r10)
    f0: 4a8d1c7d01000000               leaq 0x1(,%r15,2), %rbx
    f8: 4d01ff                         addq %r15, %r15
    fb: 4c89d0                         movq %r10, %rax
    fe: 48d1f8                         sarq %rax
   101: 49d1ff                         sarq %r15
   104: 4c0faff8                       imulq %rax, %r15
   108: 4c894c2450                     movq %r9, 0x50(%rsp)
   10d: 0f8084090000                   jo 0x984
   113: 4b8d0c37                       leaq (%r15,%r14), %rcx
   117: 4885c9                         testq %rcx, %rcx
   11a: 0f8977090000                   jns 0x977
   120: 4a8d3c7d01000000               leaq 0x1(,%r15,2), %rdi
   128: 41f6c401                       testb $0x1, %r12b
   12c: 0f84a2090000                   je 0x9a2
   132: 4c89e1                         movq %r12, %rcx
   135: 48d1f9                         sarq %rcx
   138: 4901cf                         addq %rcx, %r15
   13b: 4c89f9                         movq %r15, %rcx
   13e: 4c01f1                         addq %r14, %rcx
   141: 0f89ae090000                   jns 0x9ae
   147: 4e8d247d01000000               leaq 0x1(,%r15,2), %r12
   14f: 4c8b7c2448                     movq 0x48(%rsp), %r15
   154: 49833f00                       cmpq $0x0, (%r15)
   158: 0f85df080000                   jne 0x8df
   15e: 49ffc5                         incq %r13
   161: 4939ed                         cmpq %rbp, %r13
   164: 0f8de4080000                   jge 0x8e4
   16a: 40f6c601                       testb $0x1, %sil
   16e: 0f85c2040000                   jne 0x4c2
   174: 41f6c201                       testb $0x1, %r10b
   178: 0f8502020000                   jne 0x202
   17e: 4c8b4c2450                     movq 0x50(%rsp), %r9
   183: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   190: 837e0804                       cmpl $0x4, 0x8(%rsi)
   194: 0f859c040000                   jne 0x49c
   19a: 488b5640                       movq 0x40(%rsi), %rdx
   19e: 488b4e30                       movq 0x30(%rsi), %rcx
   1a2: 4c8b4638                       movq 0x38(%rsi), %r8
   1a6: 4885d2                         testq %rdx, %rdx
   1a9: 7e15                           jle 0x15
   1ab: 4c39c1                         cmpq %r8, %rcx
   1ae: 7c19                           jl 0x19
   1b0: e975020000                     jmp 0x275
   1b5: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
   1c0: 4c39c1                         cmpq %r8, %rcx
   1c3: 0f8e61020000                   jle 0x261
   1c9: 4801ca                         addq %rcx, %rdx
   1cc: 48895630                       movq %rdx, 0x30(%rsi)
   1d0: 49ff02                         incq (%r10)
   1d3: 488d1c4d01000000               leaq 0x1(,%rcx,2), %rbx
   1db: 4801c9                         addq %rcx, %rcx
   1de: 48d1f9                         sarq %rcx
   1e1: 480fafc8                       imulq %rax, %rcx
   1e5: 0f8077060000                   jo 0x677
   1eb: 4a8d1431                       leaq (%rcx,%r14), %rdx
   1ef: 4885d2                         testq %rdx, %rdx
   1f2: 0f896a060000                   jns 0x66a
   1f8: 488d3c4d01000000               leaq 0x1(,%rcx,2), %rdi
   200: 4c89e2                         movq %r12, %rdx
   203: 48d1fa                         sarq %rdx
   206: 4801ca                         addq %rcx, %rdx
   209: 4889d1                         movq %rdx, %rcx
   20c: 4c01f1                         addq %r14, %rcx
   20f: 0f8987060000                   jns 0x687
   215: 4c8d245501000000               leaq 0x1(,%rdx,2), %r12
   21d: 49833f00                       cmpq $0x0, (%r15)
   221: 0f857d040000                   jne 0x47d
   227: 49ffc5                         incq %r13
   22a: 4c39ed                         cmpq %r13, %rbp
   22d: 0f855dffffff                   jne -0xa3
   233: e939040000                     jmp 0x439
   238: 0f1f840000000000               nopl (%rax,%rax)
   240: 4939cf                         cmpq %rcx, %r15
   243: 0f8f7ffeffff                   jg -0x181
   249: 488b8424f0000000               movq 0xf0(%rsp), %rax
   251: 4889842410010000               movq %rax, 0x110(%rsp)
   259: 0f288424e0000000               movaps 0xe0(%rsp), %xmm0
   261: 0f29842400010000               movaps %xmm0, 0x100(%rsp)
   269: 40f6c601                       testb $0x1, %sil
   26d: 4c8b7c2448                     movq 0x48(%rsp), %r15
   272: 7509                           jne 0x9
   274: 48ff0e                         decq (%rsi)
   277: 0f84dc010000                   je 0x1dc
   27d: 4c89642460                     movq %r12, 0x60(%rsp)
   282: 4c89542468                     movq %r10, 0x68(%rsp)
   287: 48895c2470                     movq %rbx, 0x70(%rsp)
   28c: 488b442458                     movq 0x58(%rsp), %rax
   291: 4889442478                     movq %rax, 0x78(%rsp)
   296: 4c898c2480000000               movq %r9, 0x80(%rsp)
   29e: 4889b42488000000               movq %rsi, 0x88(%rsp)
   2a6: 4c899c2490000000               movq %r11, 0x90(%rsp)
   2ae: 4889bc2498000000               movq %rdi, 0x98(%rsp)
   2b6: 48899424a0000000               movq %rdx, 0xa0(%rsp)
   2be: 488b442438                     movq 0x38(%rsp), %rax
   2c3: 48898424a8000000               movq %rax, 0xa8(%rsp)
   2cb: 41f6c101                       testb $0x1, %r9b
   2cf: 0f855d050000                   jne 0x55d
   2d5: 4183790804                     cmpl $0x4, 0x8(%r9)
   2da: 0f8552050000                   jne 0x552
   2e0: 498b4140                       movq 0x40(%r9), %rax
   2e4: 498b4930                       movq 0x30(%r9), %rcx
   2e8: 498b5138                       movq 0x38(%r9), %rdx
   2ec: 4885c0                         testq %rax, %rax
   2ef: 7e0f                           jle 0xf
   2f1: 4839d1                         cmpq %rdx, %rcx
   2f4: 7c13                           jl 0x13
   2f6: e9d6050000                     jmp 0x5d6
   2fb: 0f1f440000                     nopl (%rax,%rax)
   300: 4839d1                         cmpq %rdx, %rcx
   303: 0f8ec8050000                   jle 0x5c8
   309: 4801c8                         addq %rcx, %rax
   30c: 49894130                       movq %rax, 0x30(%r9)
   310: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   318: 4889842488000000               movq %rax, 0x88(%rsp)
   320: 4889442468                     movq %rax, 0x68(%rsp)
   325: 41f6c201                       testb $0x1, %r10b
   329: 7509                           jne 0x9
   32b: 49ff0a                         decq (%r10)
   32e: 0f8467010000                   je 0x167
   334: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x337: IMAGE_REL_AMD64_REL32 Rel32 data-4
   33b: 40f6c701                       testb $0x1, %dil
   33f: 0f857b010000                   jne 0x17b
   345: 48ff07                         incq (%rdi)
   348: 4889bc2488000000               movq %rdi, 0x88(%rsp)
   350: 488b442478                     movq 0x78(%rsp), %rax
   355: a801                           testb $0x1, %al
   357: 0f8478010000                   je 0x178
   35d: 4889842490000000               movq %rax, 0x90(%rsp)
   365: 40f6c701                       testb $0x1, %dil
   369: 0f8483010000                   je 0x183
   36f: e97d050000                     jmp 0x57d
   374: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   380: 837e0804                       cmpl $0x4, 0x8(%rsi)
   384: 4c89542430                     movq %r10, 0x30(%rsp)
   389: 0f85ac020000                   jne 0x2ac
   38f: 488b5630                       movq 0x30(%rsi), %rdx
   393: 4c8b4e40                       movq 0x40(%rsi), %r9
   397: 488d0c12                       leaq (%rdx,%rdx), %rcx
   39b: 4f8d0409                       leaq (%r9,%r9), %r8
   39f: 90                             nop
   3a0: 4c8b5638                       movq 0x38(%rsi), %r10
   3a4: 4d85c9                         testq %r9, %r9
   3a7: 7e07                           jle 0x7
   3a9: 4c39d2                         cmpq %r10, %rdx
   3ac: 7c07                           jl 0x7
   3ae: eb70                           jmp 0x70
   3b0: 4c39d2                         cmpq %r10, %rdx
   3b3: 7e6b                           jle 0x6b
   3b5: 4c01ca                         addq %r9, %rdx
   3b8: 48895630                       movq %rdx, 0x30(%rsi)
   3bc: 4989ca                         movq %rcx, %r10
   3bf: 49d1fa                         sarq %r10
   3c2: 4c0fafd0                       imulq %rax, %r10
   3c6: 0f8086040000                   jo 0x486
   3cc: 4b8d3c32                       leaq (%r10,%r14), %rdi
   3d0: 4885ff                         testq %rdi, %rdi
   3d3: 0f8979040000                   jns 0x479
   3d9: 4a8d3c5501000000               leaq 0x1(,%r10,2), %rdi
   3e1: 4d89e3                         movq %r12, %r11
   3e4: 49d1fb                         sarq %r11
   3e7: 4d01d3                         addq %r10, %r11
   3ea: 4d89da                         movq %r11, %r10
   3ed: 4d01f2                         addq %r14, %r10
   3f0: 0f8964040000                   jns 0x464
   3f6: 4e8d245d01000000               leaq 0x1(,%r11,2), %r12
   3fe: 49833f00                       cmpq $0x0, (%r15)
   402: 0f8553020000                   jne 0x253
   408: 488d5901                       leaq 0x1(%rcx), %rbx
   40c: 49ffc5                         incq %r13
   40f: 4c01c1                         addq %r8, %rcx
   412: 4c39ed                         cmpq %r13, %rbp
   415: 7589                           jne -0x77
   417: e947020000                     jmp 0x247
   41c: 0f1f4000                       nopl (%rax)
   420: 4c8b4c2450                     movq 0x50(%rsp), %r9
   425: 4c8b542430                     movq 0x30(%rsp), %r10
   42a: 488b8424f0000000               movq 0xf0(%rsp), %rax
   432: 4889842410010000               movq %rax, 0x110(%rsp)
   43a: 0f288424e0000000               movaps 0xe0(%rsp), %xmm0
   442: 0f29842400010000               movaps %xmm0, 0x100(%rsp)
   44a: 4d89e3                         movq %r12, %r11
   44d: 4889da                         movq %rbx, %rdx
   450: 48ff0e                         decq (%rsi)
   453: 0f8524feffff                   jne -0x1dc
   459: 4889f1                         movq %rsi, %rcx
   45c: 4c894c2450                     movq %r9, 0x50(%rsp)
   461: 4d89d7                         movq %r10, %r15
   464: 4c899c2428010000               movq %r11, 0x128(%rsp)
   46c: 4889942420010000               movq %rdx, 0x120(%rsp)
   474: e800000000                     callq 0x0
        # hole +0x475: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   479: 488b942420010000               movq 0x120(%rsp), %rdx
   481: 4c8b9c2428010000               movq 0x128(%rsp), %r11
   489: 4d89fa                         movq %r15, %r10
   48c: 4c8b4c2450                     movq 0x50(%rsp), %r9
   491: 4c8b7c2448                     movq 0x48(%rsp), %r15
   496: e9e2fdffff                     jmp -0x21e
   49b: 4c89d1                         movq %r10, %rcx
   49e: e800000000                     callq 0x0
        # hole +0x49f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4a3: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x4a6: IMAGE_REL_AMD64_REL32 Rel32 data-4
   4aa: 40f6c701                       testb $0x1, %dil
   4ae: 0f8491feffff                   je -0x16f
   4b4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   4c0: 4889bc2488000000               movq %rdi, 0x88(%rsp)
   4c8: 488b442478                     movq 0x78(%rsp), %rax
   4cd: a801                           testb $0x1, %al
   4cf: 0f8588feffff                   jne -0x178
   4d5: 48ff00                         incq (%rax)
   4d8: 488bbc2488000000               movq 0x88(%rsp), %rdi
   4e0: 4889842490000000               movq %rax, 0x90(%rsp)
   4e8: 40f6c701                       testb $0x1, %dil
   4ec: 0f85ff030000                   jne 0x3ff
   4f2: 837f0808                       cmpl $0x8, 0x8(%rdi)
   4f6: 0f85f5030000                   jne 0x3f5
   4fc: 41b801000000                   movl $0x1, %r8d
   502: 4c89f9                         movq %r15, %rcx
   505: 488d942490000000               leaq 0x90(%rsp), %rdx
   50d: ff5738                         callq *0x38(%rdi)
   510: 4889c6                         movq %rax, %rsi
   513: 488b8c2490000000               movq 0x90(%rsp), %rcx
   51b: f6c101                         testb $0x1, %cl
   51e: 7509                           jne 0x9
   520: 48ff09                         decq (%rcx)
   523: 0f8490000000                   je 0x90
   529: 48ff0f                         decq (%rdi)
   52c: 7508                           jne 0x8
   52e: 4889f9                         movq %rdi, %rcx
   531: e800000000                     callq 0x0
        # hole +0x532: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   536: 4885f6                         testq %rsi, %rsi
   539: 0f8437050000                   je 0x537
   53f: 4889b42488000000               movq %rsi, 0x88(%rsp)
   547: 0f28842400010000               movaps 0x100(%rsp), %xmm0
   54f: 0f298424e0000000               movaps %xmm0, 0xe0(%rsp)
   557: 488b842410010000               movq 0x110(%rsp), %rax
   55f: 48898424f0000000               movq %rax, 0xf0(%rsp)
   567: 4c8b642460                     movq 0x60(%rsp), %r12
   56c: 4c8b542468                     movq 0x68(%rsp), %r10
   571: 488b5c2470                     movq 0x70(%rsp), %rbx
   576: 488b442478                     movq 0x78(%rsp), %rax
   57b: 4889442458                     movq %rax, 0x58(%rsp)
   580: 4c8b8c2480000000               movq 0x80(%rsp), %r9
   588: 4c8b9c2490000000               movq 0x90(%rsp), %r11
   590: 488bbc2498000000               movq 0x98(%rsp), %rdi
   598: 488b9424a0000000               movq 0xa0(%rsp), %rdx
   5a0: 488b8424a8000000               movq 0xa8(%rsp), %rax
   5a8: 4889442438                     movq %rax, 0x38(%rsp)
   5ad: 40f6c601                       testb $0x1, %sil
   5b1: 0f84e9faffff                   je -0x517
   5b7: eb3e                           jmp 0x3e
   5b9: e800000000                     callq 0x0
        # hole +0x5ba: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5be: 48ff0f                         decq (%rdi)
   5c1: 0f856fffffff                   jne -0x91
   5c7: e962ffffff                     jmp -0x9e
   5cc: 4889d9                         movq %rbx, %rcx
   5cf: 4c89cf                         movq %r9, %rdi
   5d2: 4c89d3                         movq %r10, %rbx
   5d5: e800000000                     callq 0x0
        # hole +0x5d6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5da: 4989da                         movq %rbx, %r10
   5dd: 4989f9                         movq %rdi, %r9
   5e0: 41f6c401                       testb $0x1, %r12b
   5e4: 0f84f9faffff                   je -0x507
   5ea: e9f8faffff                     jmp -0x508
   5ef: 4989c9                         movq %rcx, %r9
   5f2: 4889542458                     movq %rdx, 0x58(%rsp)
   5f7: 4c89542430                     movq %r10, 0x30(%rsp)
   5fc: 4c894c2450                     movq %r9, 0x50(%rsp)
   601: 4d89e6                         movq %r12, %r14
   604: 4889d1                         movq %rdx, %rcx
   607: 4889da                         movq %rbx, %rdx
   60a: 488b0500000000                 movq (%rip), %rax
        # hole +0x60d: IMAGE_REL_AMD64_REL32 Rel32 data+4
   611: 48ffc0                         incq %rax
   614: 41b830000000                   movl $0x30, %r8d
   61a: 41b90a000000                   movl $0xa, %r9d
   620: c744243801000000               movl $0x1, 0x38(%rsp)
   628: 4531d2                         xorl %r10d, %r10d
   62b: 4889cb                         movq %rcx, %rbx
   62e: 4d89dc                         movq %r11, %r12
   631: e99b000000                     jmp 0x9b
   636: 4c89542430                     movq %r10, 0x30(%rsp)
   63b: 488b0500000000                 movq (%rip), %rax
        # hole +0x63e: IMAGE_REL_AMD64_REL32 Rel32 data+4
   642: 48ffc0                         incq %rax
   645: 41b830000000                   movl $0x30, %r8d
   64b: 41b90a000000                   movl $0xa, %r9d
   651: c744243801000000               movl $0x1, 0x38(%rsp)
   659: eb6d                           jmp 0x6d
   65b: 48ffc1                         incq %rcx
   65e: 4889cb                         movq %rcx, %rbx
   661: eb46                           jmp 0x46
   663: 4c29c1                         subq %r8, %rcx
   666: 48ffc1                         incq %rcx
   669: 4889cb                         movq %rcx, %rbx
   66c: 4c8b542430                     movq 0x30(%rsp), %r10
   671: 4c89542430                     movq %r10, 0x30(%rsp)
   676: 49c70701000000                 movq $0x1, (%r15)
   67d: 488b0500000000                 movq (%rip), %rax
        # hole +0x680: IMAGE_REL_AMD64_REL32 Rel32 data+4
   684: 4883c00d                       addq $0xd, %rax
   688: 41b830000000                   movl $0x30, %r8d
   68e: 41b982000000                   movl $0x82, %r9d
   694: c744243802000000               movl $0x2, 0x38(%rsp)
   69c: 4531d2                         xorl %r10d, %r10d
   69f: 4989ed                         movq %rbp, %r13
   6a2: eb27                           jmp 0x27
   6a4: 4c89542430                     movq %r10, 0x30(%rsp)
   6a9: 488b0500000000                 movq (%rip), %rax
        # hole +0x6ac: IMAGE_REL_AMD64_REL32 Rel32 data+4
   6b0: 4883c00c                       addq $0xc, %rax
   6b4: 41b830000000                   movl $0x30, %r8d
   6ba: 41b978000000                   movl $0x78, %r9d
   6c0: c744243802000000               movl $0x2, 0x38(%rsp)
   6c8: 4531d2                         xorl %r10d, %r10d
   6cb: 4889da                         movq %rbx, %rdx
   6ce: 4d89e6                         movq %r12, %r14
   6d1: 4531db                         xorl %r11d, %r11d
   6d4: 488b4c2440                     movq 0x40(%rsp), %rcx
   6d9: 4c3bb424b0000000               cmpq 0xb0(%rsp), %r14
   6e1: 0f858c000000                   jne 0x8c
   6e7: 488b6c2430                     movq 0x30(%rsp), %rbp
   6ec: 483bac24b8000000               cmpq 0xb8(%rsp), %rbp
   6f4: 0f8598000000                   jne 0x98
   6fa: 483b9424c0000000               cmpq 0xc0(%rsp), %rdx
   702: 0f85a0000000                   jne 0xa0
   708: 4c8b742458                     movq 0x58(%rsp), %r14
   70d: 4c3bb424c8000000               cmpq 0xc8(%rsp), %r14
   715: 0f85a8000000                   jne 0xa8
   71b: 4c8b742450                     movq 0x50(%rsp), %r14
   720: 4c3bb424d0000000               cmpq 0xd0(%rsp), %r14
   728: 0f85b0000000                   jne 0xb0
   72e: 483bb424d8000000               cmpq 0xd8(%rsp), %rsi
   736: 0f85b8000000                   jne 0xb8
   73c: 488b5118                       movq 0x18(%rcx), %rdx
   740: 4584d2                         testb %r10b, %r10b
   743: 0f84c0000000                   je 0xc0
   749: 4c896230                       movq %r12, 0x30(%rdx)
   74d: 488b5118                       movq 0x18(%rcx), %rdx
   751: 48897a38                       movq %rdi, 0x38(%rdx)
   755: 488b5118                       movq 0x18(%rcx), %rdx
   759: 4584db                         testb %r11b, %r11b
   75c: 8b742438                       movl 0x38(%rsp), %esi
   760: 0f84a7000000                   je 0xa7
   766: 48895a40                       movq %rbx, 0x40(%rdx)
   76a: 488b5118                       movq 0x18(%rcx), %rdx
   76e: e99a000000                     jmp 0x9a
   773: 4c8b7918                       movq 0x18(%rcx), %r15
   777: 4d8937                         movq %r14, (%r15)
   77a: 4c8b7c2448                     movq 0x48(%rsp), %r15
   77f: 488b6c2430                     movq 0x30(%rsp), %rbp
   784: 483bac24b8000000               cmpq 0xb8(%rsp), %rbp
   78c: 0f8468ffffff                   je -0x98
   792: 4c8b7118                       movq 0x18(%rcx), %r14
   796: 49896e08                       movq %rbp, 0x8(%r14)
   79a: 483b9424c0000000               cmpq 0xc0(%rsp), %rdx
   7a2: 0f8460ffffff                   je -0xa0
   7a8: 4c8b7118                       movq 0x18(%rcx), %r14
   7ac: 49895610                       movq %rdx, 0x10(%r14)
   7b0: 4c8b742458                     movq 0x58(%rsp), %r14
   7b5: 4c3bb424c8000000               cmpq 0xc8(%rsp), %r14
   7bd: 0f8458ffffff                   je -0xa8
   7c3: 488b5118                       movq 0x18(%rcx), %rdx
   7c7: 4c897218                       movq %r14, 0x18(%rdx)
   7cb: 4c8b742450                     movq 0x50(%rsp), %r14
   7d0: 4c3bb424d0000000               cmpq 0xd0(%rsp), %r14
   7d8: 0f8450ffffff                   je -0xb0
   7de: 488b5118                       movq 0x18(%rcx), %rdx
   7e2: 4c897220                       movq %r14, 0x20(%rdx)
   7e6: 483bb424d8000000               cmpq 0xd8(%rsp), %rsi
   7ee: 0f8448ffffff                   je -0xb8
   7f4: 488b5118                       movq 0x18(%rcx), %rdx
   7f8: 48897228                       movq %rsi, 0x28(%rdx)
   7fc: 488b5118                       movq 0x18(%rcx), %rdx
   800: 4584d2                         testb %r10b, %r10b
   803: 0f8540ffffff                   jne -0xc0
   809: 8b742438                       movl 0x38(%rsp), %esi
   80d: 4c01c2                         addq %r8, %rdx
   810: 4c894c2428                     movq %r9, 0x28(%rsp)
   815: 4889442420                     movq %rax, 0x20(%rsp)
   81a: 4d89f8                         movq %r15, %r8
   81d: 4189f1                         movl %esi, %r9d
   820: e800000000                     callq 0x0
        # hole +0x821: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   825: 4d896f08                       movq %r13, 0x8(%r15)
   829: 4881c430010000                 addq $0x130, %rsp
   830: 5d                             popq %rbp
   831: c3                             retq
   832: 488b0500000000                 movq (%rip), %rax
        # hole +0x835: IMAGE_REL_AMD64_REL32 Rel32 data+12
   839: 48ffc0                         incq %rax
   83c: ba05000000                     movl $0x5, %edx
   841: 41ba0a000000                   movl $0xa, %r10d
   847: 41b901000000                   movl $0x1, %r9d
   84d: e99b000000                     jmp 0x9b
   852: 48ffc1                         incq %rcx
   855: 4889cb                         movq %rcx, %rbx
   858: eb0d                           jmp 0xd
   85a: 48ffc1                         incq %rcx
   85d: 4889cb                         movq %rcx, %rbx
   860: eb3f                           jmp 0x3f
   862: 4c89542430                     movq %r10, 0x30(%rsp)
   867: 488b0500000000                 movq (%rip), %rax
        # hole +0x86a: IMAGE_REL_AMD64_REL32 Rel32 data+4
   86e: 4883c008                       addq $0x8, %rax
   872: 41b848000000                   movl $0x48, %r8d
   878: 41b201                         movb $0x1, %r10b
   87b: 41b950000000                   movl $0x50, %r9d
   881: c744243801000000               movl $0x1, 0x38(%rsp)
   889: 488b7c2430                     movq 0x30(%rsp), %rdi
   88e: 4889da                         movq %rbx, %rdx
   891: 4d89e6                         movq %r12, %r14
   894: 41b301                         movb $0x1, %r11b
   897: e938feffff                     jmp -0x1c8
   89c: 4c89542430                     movq %r10, 0x30(%rsp)
   8a1: 488b0500000000                 movq (%rip), %rax
        # hole +0x8a4: IMAGE_REL_AMD64_REL32 Rel32 data+4
   8a8: 4883c00a                       addq $0xa, %rax
   8ac: 41b840000000                   movl $0x40, %r8d
   8b2: 41b201                         movb $0x1, %r10b
   8b5: 41b964000000                   movl $0x64, %r9d
   8bb: c744243801000000               movl $0x1, 0x38(%rsp)
   8c3: 4531db                         xorl %r11d, %r11d
   8c6: 4889da                         movq %rbx, %rdx
   8c9: 4d89e6                         movq %r12, %r14
   8cc: e903feffff                     jmp -0x1fd
   8d1: 488b0500000000                 movq (%rip), %rax
        # hole +0x8d4: IMAGE_REL_AMD64_REL32 Rel32 data+12
   8d8: 4883c002                       addq $0x2, %rax
   8dc: ba05000000                     movl $0x5, %edx
   8e1: 41ba14000000                   movl $0x14, %r10d
   8e7: 41b902000000                   movl $0x2, %r9d
   8ed: 31f6                           xorl %esi, %esi
   8ef: eb1f                           jmp 0x1f
   8f1: 488b0500000000                 movq (%rip), %rax
        # hole +0x8f4: IMAGE_REL_AMD64_REL32 Rel32 data+12
   8f8: 4883c007                       addq $0x7, %rax
   8fc: ba07000000                     movl $0x7, %edx
   901: 40b601                         movb $0x1, %sil
   904: 41ba46000000                   movl $0x46, %r10d
   90a: 41b901000000                   movl $0x1, %r9d
   910: 488b7c2460                     movq 0x60(%rsp), %rdi
   915: 483bbc24b0000000               cmpq 0xb0(%rsp), %rdi
   91d: 488b4c2440                     movq 0x40(%rsp), %rcx
   922: 4c8b9c24d0000000               movq 0xd0(%rsp), %r11
   92a: 488b9c24c8000000               movq 0xc8(%rsp), %rbx
   932: 4c8bb424b8000000               movq 0xb8(%rsp), %r14
   93a: 0f8599000000                   jne 0x99
   940: 488b7c2468                     movq 0x68(%rsp), %rdi
   945: 4c39f7                         cmpq %r14, %rdi
   948: 0f85a0000000                   jne 0xa0
   94e: 488b7c2470                     movq 0x70(%rsp), %rdi
   953: 483bbc24c0000000               cmpq 0xc0(%rsp), %rdi
   95b: 0f85a8000000                   jne 0xa8
   961: 488b7c2478                     movq 0x78(%rsp), %rdi
   966: 4839df                         cmpq %rbx, %rdi
   969: 0f85b0000000                   jne 0xb0
   96f: 488bbc2480000000               movq 0x80(%rsp), %rdi
   977: 4c39df                         cmpq %r11, %rdi
   97a: 7408                           je 0x8
   97c: 4c8b4118                       movq 0x18(%rcx), %r8
   980: 49897820                       movq %rdi, 0x20(%r8)
   984: 488bbc2488000000               movq 0x88(%rsp), %rdi
   98c: 483bbc24d8000000               cmpq 0xd8(%rsp), %rdi
   994: 0f94c3                         sete %bl
   997: 4189f0                         movl %esi, %r8d
   99a: 4180f001                       xorb $0x1, %r8b
   99e: 4108d8                         orb %bl, %r8b
   9a1: 7508                           jne 0x8
   9a3: 4c8b4118                       movq 0x18(%rcx), %r8
   9a7: 49897828                       movq %rdi, 0x28(%r8)
   9ab: 4084f6                         testb %sil, %sil
   9ae: 7410                           je 0x10
   9b0: 488bb42490000000               movq 0x90(%rsp), %rsi
   9b8: 488b7918                       movq 0x18(%rcx), %rdi
   9bc: 48897730                       movq %rsi, 0x30(%rdi)
   9c0: c1e203                         shll $0x3, %edx
   9c3: 48035118                       addq 0x18(%rcx), %rdx
   9c7: 4c89542428                     movq %r10, 0x28(%rsp)
   9cc: 4889442420                     movq %rax, 0x20(%rsp)
   9d1: 4d89f8                         movq %r15, %r8
   9d4: e947feffff                     jmp -0x1b9
   9d9: 4c8b4118                       movq 0x18(%rcx), %r8
   9dd: 498938                         movq %rdi, (%r8)
   9e0: 488b7c2468                     movq 0x68(%rsp), %rdi
   9e5: 4c39f7                         cmpq %r14, %rdi
   9e8: 0f8460ffffff                   je -0xa0
   9ee: 4c8b4118                       movq 0x18(%rcx), %r8
   9f2: 49897808                       movq %rdi, 0x8(%r8)
   9f6: 488b7c2470                     movq 0x70(%rsp), %rdi
   9fb: 483bbc24c0000000               cmpq 0xc0(%rsp), %rdi
   a03: 0f8458ffffff                   je -0xa8
   a09: 4c8b4118                       movq 0x18(%rcx), %r8
   a0d: 49897810                       movq %rdi, 0x10(%r8)
   a11: 488b7c2478                     movq 0x78(%rsp), %rdi
   a16: 4839df                         cmpq %rbx, %rdi
   a19: 0f8450ffffff                   je -0xb0
   a1f: 4c8b4118                       movq 0x18(%rcx), %r8
   a23: 49897818                       movq %rdi, 0x18(%r8)
   a27: 488bbc2480000000               movq 0x80(%rsp), %rdi
   a2f: 4c39df                         cmpq %r11, %rdi
   a32: 0f8544ffffff                   jne -0xbc
   a38: e947ffffff                     jmp -0xb9
   a3d: 4c89542430                     movq %r10, 0x30(%rsp)
   a42: 488b0500000000                 movq (%rip), %rax
        # hole +0xa45: IMAGE_REL_AMD64_REL32 Rel32 data+4
   a49: e962fcffff                     jmp -0x39e
   a4e: 4c89542430                     movq %r10, 0x30(%rsp)
   a53: 49c70701000000                 movq $0x1, (%r15)
   a5a: 488b0500000000                 movq (%rip), %rax
        # hole +0xa5d: IMAGE_REL_AMD64_REL32 Rel32 data+4
   a61: 4883c00d                       addq $0xd, %rax
   a65: 41b830000000                   movl $0x30, %r8d
   a6b: 41b982000000                   movl $0x82, %r9d
   a71: e94afcffff                     jmp -0x3b6
   a76: 488b0500000000                 movq (%rip), %rax
        # hole +0xa79: IMAGE_REL_AMD64_REL32 Rel32 data+12
   a7d: 4883c007                       addq $0x7, %rax
   a81: ba05000000                     movl $0x5, %edx
   a86: 41ba46000000                   movl $0x46, %r10d
   a8c: 41b903000000                   movl $0x3, %r9d
   a92: e956feffff                     jmp -0x1aa
   a97: 488b0500000000                 movq (%rip), %rax
        # hole +0xa9a: IMAGE_REL_AMD64_REL32 Rel32 data+4
   a9e: 4883c008                       addq $0x8, %rax
   aa2: 41b848000000                   movl $0x48, %r8d
   aa8: 4c89d7                         movq %r10, %rdi
   aab: 41b201                         movb $0x1, %r10b
   aae: 41b950000000                   movl $0x50, %r9d
   ab4: c744243801000000               movl $0x1, 0x38(%rsp)
   abc: 48897c2430                     movq %rdi, 0x30(%rsp)
   ac1: 4889da                         movq %rbx, %rdx
   ac4: 4d89e6                         movq %r12, %r14
   ac7: 41b301                         movb $0x1, %r11b
   aca: 4c8b7c2448                     movq 0x48(%rsp), %r15
   acf: e900fcffff                     jmp -0x400
   ad4: 4c89542430                     movq %r10, 0x30(%rsp)
   ad9: 488b0500000000                 movq (%rip), %rax
        # hole +0xadc: IMAGE_REL_AMD64_REL32 Rel32 data+4
   ae0: 4883c009                       addq $0x9, %rax
   ae4: 41b840000000                   movl $0x40, %r8d
   aea: 41b201                         movb $0x1, %r10b
   aed: 41b95a000000                   movl $0x5a, %r9d
   af3: eb1f                           jmp 0x1f
   af5: 4c89542430                     movq %r10, 0x30(%rsp)
   afa: 488b0500000000                 movq (%rip), %rax
        # hole +0xafd: IMAGE_REL_AMD64_REL32 Rel32 data+4
   b01: 4883c00a                       addq $0xa, %rax
   b05: 41b840000000                   movl $0x40, %r8d
   b0b: 41b201                         movb $0x1, %r10b
   b0e: 41b964000000                   movl $0x64, %r9d
   b14: c744243801000000               movl $0x1, 0x38(%rsp)
   b1c: 4531db                         xorl %r11d, %r11d
   b1f: 4889da                         movq %rbx, %rdx
   b22: 4d89e6                         movq %r12, %r14
   b25: 4c8b7c2448                     movq 0x48(%rsp), %r15
   b2a: e9a5fbffff                     jmp -0x45b
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[21]+0
        # hole data+0x8: GOT Abs64 index+0
        # hole data+0x10: GOT Abs64 index[16]+0
