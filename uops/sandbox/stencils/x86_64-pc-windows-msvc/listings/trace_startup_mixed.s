# stencil startup_mixed for x86_64-pc-windows-msvc: 3284 code bytes, 32 data bytes, 46 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b08                         movq (%rax), %rcx
     d: f6c101                         testb $0x1, %cl
    10: 7503                           jne 0x3
    12: 48ff01                         incq (%rcx)
    15: 498d7508                       leaq 0x8(%r13), %rsi
    19: 49894d00                       movq %rcx, (%r13)
    1d: bd0a000000                     movl $0xa, %ebp
    22: 41bf01000000                   movl $0x1, %r15d
    28: 41b901000000                   movl $0x1, %r9d
    2e: f6c101                         testb $0x1, %cl
    31: 0f85570b0000                   jne 0xb57
    37: 83790807                       cmpl $0x7, 0x8(%rcx)
    3b: 0f854d0b0000                   jne 0xb4d
    41: 488b0500000000                 movq (%rip), %rax
        # hole +0x44: IMAGE_REL_AMD64_REL32 Rel32 data-4
    48: 488b5130                       movq 0x30(%rcx), %rdx
    4c: 48394230                       cmpq %rax, 0x30(%rdx)
    50: 0f85380b0000                   jne 0xb38
    56: 4883793802                     cmpq $0x2, 0x38(%rcx)
    5b: 0f82550b0000                   jb 0xb55
    61: 488b4148                       movq 0x48(%rcx), %rax
    65: a801                           testb $0x1, %al
    67: 7503                           jne 0x3
    69: 48ff00                         incq (%rax)
    6c: 49894500                       movq %rax, (%r13)
    70: 48ff09                         decq (%rcx)
    73: 750b                           jne 0xb
    75: e800000000                     callq 0x0
        # hole +0x76: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    7a: 41b901000000                   movl $0x1, %r9d
    80: 498b4500                       movq (%r13), %rax
    84: 498b542418                     movq 0x18(%r12), %rdx
    89: 488b4a08                       movq 0x8(%rdx), %rcx
    8d: 48894208                       movq %rax, 0x8(%rdx)
    91: f6c101                         testb $0x1, %cl
    94: 7510                           jne 0x10
    96: 48ff09                         decq (%rcx)
    99: 750b                           jne 0xb
    9b: e800000000                     callq 0x0
        # hole +0x9c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    a0: 41b901000000                   movl $0x1, %r9d
    a6: 498b442418                     movq 0x18(%r12), %rax
    ab: 488b7820                       movq 0x20(%rax), %rdi
    af: 40f6c701                       testb $0x1, %dil
    b3: 7503                           jne 0x3
    b5: 48ff07                         incq (%rdi)
    b8: 49897d00                       movq %rdi, (%r13)
    bc: 498b442418                     movq 0x18(%r12), %rax
    c1: 488b4010                       movq 0x10(%rax), %rax
    c5: a801                           testb $0x1, %al
    c7: 7507                           jne 0x7
    c9: 48ff00                         incq (%rax)
    cc: 498b7d00                       movq (%r13), %rdi
    d0: 498d4d10                       leaq 0x10(%r13), %rcx
    d4: 49894508                       movq %rax, 0x8(%r13)
    d8: bd3c000000                     movl $0x3c, %ebp
    dd: 41bf06000000                   movl $0x6, %r15d
    e3: 40f6c701                       testb $0x1, %dil
    e7: 0f8599010000                   jne 0x199
    ed: 48894c2430                     movq %rcx, 0x30(%rsp)
    f2: 837f0808                       cmpl $0x8, 0x8(%rdi)
    f6: 0f858d0a0000                   jne 0xa8d
    fc: 41b801000000                   movl $0x1, %r8d
   102: 4c89f1                         movq %r14, %rcx
   105: 4889f2                         movq %rsi, %rdx
   108: ff5738                         callq *0x38(%rdi)
   10b: 4889c3                         movq %rax, %rbx
   10e: 488b0e                         movq (%rsi), %rcx
   111: f6c101                         testb $0x1, %cl
   114: 750a                           jne 0xa
   116: 48ff09                         decq (%rcx)
   119: 7505                           jne 0x5
   11b: e800000000                     callq 0x0
        # hole +0x11c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   120: 48ff0f                         decq (%rdi)
   123: 7508                           jne 0x8
   125: 4889f9                         movq %rdi, %rcx
   128: e800000000                     callq 0x0
        # hole +0x129: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   12d: 4885db                         testq %rbx, %rbx
   130: 41b901000000                   movl $0x1, %r9d
   136: 0f84bc0a0000                   je 0xabc
   13c: 49895d00                       movq %rbx, (%r13)
   140: 498b442418                     movq 0x18(%r12), %rax
   145: 488b4818                       movq 0x18(%rax), %rcx
   149: 48895818                       movq %rbx, 0x18(%rax)
   14d: f6c101                         testb $0x1, %cl
   150: 7510                           jne 0x10
   152: 48ff09                         decq (%rcx)
   155: 750b                           jne 0xb
   157: e800000000                     callq 0x0
        # hole +0x158: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   15c: 41b901000000                   movl $0x1, %r9d
   162: 498b442418                     movq 0x18(%r12), %rax
   167: 488b4828                       movq 0x28(%rax), %rcx
   16b: f6c101                         testb $0x1, %cl
   16e: 7503                           jne 0x3
   170: 48ff01                         incq (%rcx)
   173: 49894d00                       movq %rcx, (%r13)
   177: 498b442418                     movq 0x18(%r12), %rax
   17c: 488b7830                       movq 0x30(%rax), %rdi
   180: 40f6c701                       testb $0x1, %dil
   184: 7507                           jne 0x7
   186: 48ff07                         incq (%rdi)
   189: 498b4d00                       movq (%r13), %rcx
   18d: 48893e                         movq %rdi, (%rsi)
   190: bd64000000                     movl $0x64, %ebp
   195: 41bf0a000000                   movl $0xa, %r15d
   19b: f6c101                         testb $0x1, %cl
   19e: 0f85e5090000                   jne 0x9e5
   1a4: 83790802                       cmpl $0x2, 0x8(%rcx)
   1a8: 0f85db090000                   jne 0x9db
   1ae: 40f6c701                       testb $0x1, %dil
   1b2: 0f85d1090000                   jne 0x9d1
   1b8: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1bc: 0f85c7090000                   jne 0x9c7
   1c2: f20f107130                     movsd 0x30(%rcx), %xmm6
   1c7: f20f597730                     mulsd 0x30(%rdi), %xmm6
   1cc: 48ff09                         decq (%rcx)
   1cf: 7505                           jne 0x5
   1d1: e800000000                     callq 0x0
        # hole +0x1d2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1d6: 48ff0f                         decq (%rdi)
   1d9: 7508                           jne 0x8
   1db: 4889f9                         movq %rdi, %rcx
   1de: e800000000                     callq 0x0
        # hole +0x1df: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1e3: 4c89f1                         movq %r14, %rcx
   1e6: 660f28ce                       movapd %xmm6, %xmm1
   1ea: e800000000                     callq 0x0
        # hole +0x1eb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   1ef: 4885c0                         testq %rax, %rax
   1f2: 0f84f5090000                   je 0x9f5
   1f8: 49894500                       movq %rax, (%r13)
   1fc: 498b542418                     movq 0x18(%r12), %rdx
   201: 488b4a38                       movq 0x38(%rdx), %rcx
   205: 48894238                       movq %rax, 0x38(%rdx)
   209: f6c101                         testb $0x1, %cl
   20c: 41b901000000                   movl $0x1, %r9d
   212: 7510                           jne 0x10
   214: 48ff09                         decq (%rcx)
   217: 750b                           jne 0xb
   219: e800000000                     callq 0x0
        # hole +0x21a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   21e: 41b901000000                   movl $0x1, %r9d
   224: 498b442418                     movq 0x18(%r12), %rax
   229: 488b4040                       movq 0x40(%rax), %rax
   22d: a801                           testb $0x1, %al
   22f: 7503                           jne 0x3
   231: 48ff00                         incq (%rax)
   234: 49894500                       movq %rax, (%r13)
   238: 498b4c2418                     movq 0x18(%r12), %rcx
   23d: 488b4948                       movq 0x48(%rcx), %rcx
   241: f6c101                         testb $0x1, %cl
   244: 7507                           jne 0x7
   246: 48ff01                         incq (%rcx)
   249: 498b4500                       movq (%r13), %rax
   24d: 89c2                           movl %eax, %edx
   24f: 83e201                         andl $0x1, %edx
   252: 48890e                         movq %rcx, (%rsi)
   255: bd96000000                     movl $0x96, %ebp
   25a: 41bf0f000000                   movl $0xf, %r15d
   260: 4885d2                         testq %rdx, %rdx
   263: 0f8420090000                   je 0x920
   269: f6c101                         testb $0x1, %cl
   26c: 0f8417090000                   je 0x917
   272: 48d1f8                         sarq %rax
   275: 48d1f9                         sarq %rcx
   278: 4839c8                         cmpq %rcx, %rax
   27b: 7d11                           jge 0x11
   27d: 488b0500000000                 movq (%rip), %rax
        # hole +0x280: IMAGE_REL_AMD64_REL32 Rel32 data+4
   284: eb0f                           jmp 0xf
   286: 4889ce                         movq %rcx, %rsi
   289: e900090000                     jmp 0x900
   28e: 488b0500000000                 movq (%rip), %rax
        # hole +0x291: IMAGE_REL_AMD64_REL32 Rel32 data+12
   295: 49894500                       movq %rax, (%r13)
   299: 0f8d64090000                   jge 0x964
   29f: 498b442418                     movq 0x18(%r12), %rax
   2a4: 488b4850                       movq 0x50(%rax), %rcx
   2a8: f6c101                         testb $0x1, %cl
   2ab: 7503                           jne 0x3
   2ad: 48ff01                         incq (%rcx)
   2b0: 49894d00                       movq %rcx, (%r13)
   2b4: 498b442418                     movq 0x18(%r12), %rax
   2b9: 488b7858                       movq 0x58(%rax), %rdi
   2bd: 40f6c701                       testb $0x1, %dil
   2c1: 7507                           jne 0x7
   2c3: 48ff07                         incq (%rdi)
   2c6: 498b4d00                       movq (%r13), %rcx
   2ca: 48893e                         movq %rdi, (%rsi)
   2cd: bdc8000000                     movl $0xc8, %ebp
   2d2: 41bf14000000                   movl $0x14, %r15d
   2d8: f6c101                         testb $0x1, %cl
   2db: 0f85a8080000                   jne 0x8a8
   2e1: 83790802                       cmpl $0x2, 0x8(%rcx)
   2e5: 0f859e080000                   jne 0x89e
   2eb: 40f6c701                       testb $0x1, %dil
   2ef: 0f8594080000                   jne 0x894
   2f5: 837f0802                       cmpl $0x2, 0x8(%rdi)
   2f9: 0f858a080000                   jne 0x88a
   2ff: f20f107130                     movsd 0x30(%rcx), %xmm6
   304: f20f597730                     mulsd 0x30(%rdi), %xmm6
   309: 48ff09                         decq (%rcx)
   30c: 7505                           jne 0x5
   30e: e800000000                     callq 0x0
        # hole +0x30f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   313: 48ff0f                         decq (%rdi)
   316: 7508                           jne 0x8
   318: 4889f9                         movq %rdi, %rcx
   31b: e800000000                     callq 0x0
        # hole +0x31c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   320: 4c89f1                         movq %r14, %rcx
   323: 660f28ce                       movapd %xmm6, %xmm1
   327: e800000000                     callq 0x0
        # hole +0x328: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   32c: 4885c0                         testq %rax, %rax
   32f: 0f84e4080000                   je 0x8e4
   335: 49894500                       movq %rax, (%r13)
   339: 498b542418                     movq 0x18(%r12), %rdx
   33e: 488b4a60                       movq 0x60(%rdx), %rcx
   342: 48894260                       movq %rax, 0x60(%rdx)
   346: f6c101                         testb $0x1, %cl
   349: 41b901000000                   movl $0x1, %r9d
   34f: 7510                           jne 0x10
   351: 48ff09                         decq (%rcx)
   354: 750b                           jne 0xb
   356: e800000000                     callq 0x0
        # hole +0x357: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   35b: 41b901000000                   movl $0x1, %r9d
   361: 498b442418                     movq 0x18(%r12), %rax
   366: 488b4868                       movq 0x68(%rax), %rcx
   36a: f6c101                         testb $0x1, %cl
   36d: 7503                           jne 0x3
   36f: 48ff01                         incq (%rcx)
   372: 49894d00                       movq %rcx, (%r13)
   376: 498b442418                     movq 0x18(%r12), %rax
   37b: 488b4070                       movq 0x70(%rax), %rax
   37f: a801                           testb $0x1, %al
   381: 7507                           jne 0x7
   383: 48ff00                         incq (%rax)
   386: 498b4d00                       movq (%r13), %rcx
   38a: 89ca                           movl %ecx, %edx
   38c: 83e201                         andl $0x1, %edx
   38f: 488906                         movq %rax, (%rsi)
   392: bdfa000000                     movl $0xfa, %ebp
   397: 41bf19000000                   movl $0x19, %r15d
   39d: 4885d2                         testq %rdx, %rdx
   3a0: 0f84e3070000                   je 0x7e3
   3a6: a801                           testb $0x1, %al
   3a8: 0f84db070000                   je 0x7db
   3ae: 48d1f9                         sarq %rcx
   3b1: 48d1f8                         sarq %rax
   3b4: 480fafc1                       imulq %rcx, %rax
   3b8: bd04010000                     movl $0x104, %ebp
   3bd: 41bf1a000000                   movl $0x1a, %r15d
   3c3: 0f80c0070000                   jo 0x7c0
   3c9: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
   3d3: 488d0c18                       leaq (%rax,%rbx), %rcx
   3d7: 4885c9                         testq %rcx, %rcx
   3da: 0f89a9070000                   jns 0x7a9
   3e0: 488d044501000000               leaq 0x1(,%rax,2), %rax
   3e8: 49894500                       movq %rax, (%r13)
   3ec: 498b542418                     movq 0x18(%r12), %rdx
   3f1: 488b4a78                       movq 0x78(%rdx), %rcx
   3f5: 48894278                       movq %rax, 0x78(%rdx)
   3f9: f6c101                         testb $0x1, %cl
   3fc: 7510                           jne 0x10
   3fe: 48ff09                         decq (%rcx)
   401: 750b                           jne 0xb
   403: e800000000                     callq 0x0
        # hole +0x404: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   408: 41b901000000                   movl $0x1, %r9d
   40e: 498b442418                     movq 0x18(%r12), %rax
   413: 488b8880000000                 movq 0x80(%rax), %rcx
   41a: f6c101                         testb $0x1, %cl
   41d: 7503                           jne 0x3
   41f: 48ff01                         incq (%rcx)
   422: 49894d00                       movq %rcx, (%r13)
   426: 498b442418                     movq 0x18(%r12), %rax
   42b: 488b8088000000                 movq 0x88(%rax), %rax
   432: a801                           testb $0x1, %al
   434: 7507                           jne 0x7
   436: 48ff00                         incq (%rax)
   439: 498b4d00                       movq (%r13), %rcx
   43d: 89ca                           movl %ecx, %edx
   43f: 83e201                         andl $0x1, %edx
   442: 488906                         movq %rax, (%rsi)
   445: bd2c010000                     movl $0x12c, %ebp
   44a: 41bf1e000000                   movl $0x1e, %r15d
   450: 4885d2                         testq %rdx, %rdx
   453: 0f8430070000                   je 0x730
   459: a801                           testb $0x1, %al
   45b: 0f8428070000                   je 0x728
   461: 48d1f9                         sarq %rcx
   464: 48d1f8                         sarq %rax
   467: 480fafc1                       imulq %rcx, %rax
   46b: bd36010000                     movl $0x136, %ebp
   470: 41bf1f000000                   movl $0x1f, %r15d
   476: 0f800d070000                   jo 0x70d
   47c: 488d0c18                       leaq (%rax,%rbx), %rcx
   480: 4885c9                         testq %rcx, %rcx
   483: 0f8900070000                   jns 0x700
   489: 488d044501000000               leaq 0x1(,%rax,2), %rax
   491: 49894500                       movq %rax, (%r13)
   495: 498b542418                     movq 0x18(%r12), %rdx
   49a: 488b8a90000000                 movq 0x90(%rdx), %rcx
   4a1: 48898290000000                 movq %rax, 0x90(%rdx)
   4a8: f6c101                         testb $0x1, %cl
   4ab: 7510                           jne 0x10
   4ad: 48ff09                         decq (%rcx)
   4b0: 750b                           jne 0xb
   4b2: e800000000                     callq 0x0
        # hole +0x4b3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4b7: 41b901000000                   movl $0x1, %r9d
   4bd: 498b442418                     movq 0x18(%r12), %rax
   4c2: 488b8898000000                 movq 0x98(%rax), %rcx
   4c9: f6c101                         testb $0x1, %cl
   4cc: 7503                           jne 0x3
   4ce: 48ff01                         incq (%rcx)
   4d1: 49894d00                       movq %rcx, (%r13)
   4d5: 498b442418                     movq 0x18(%r12), %rax
   4da: 488b80a0000000                 movq 0xa0(%rax), %rax
   4e1: a801                           testb $0x1, %al
   4e3: 7507                           jne 0x7
   4e5: 48ff00                         incq (%rax)
   4e8: 498b4d00                       movq (%r13), %rcx
   4ec: 89ca                           movl %ecx, %edx
   4ee: 83e201                         andl $0x1, %edx
   4f1: 488906                         movq %rax, (%rsi)
   4f4: bd5e010000                     movl $0x15e, %ebp
   4f9: 41bf23000000                   movl $0x23, %r15d
   4ff: 4885d2                         testq %rdx, %rdx
   502: 0f8481060000                   je 0x681
   508: a801                           testb $0x1, %al
   50a: 0f8479060000                   je 0x679
   510: 48d1f9                         sarq %rcx
   513: 48d1f8                         sarq %rax
   516: 480fafc1                       imulq %rcx, %rax
   51a: bd68010000                     movl $0x168, %ebp
   51f: 41bf24000000                   movl $0x24, %r15d
   525: 0f805e060000                   jo 0x65e
   52b: 488d0c18                       leaq (%rax,%rbx), %rcx
   52f: 4885c9                         testq %rcx, %rcx
   532: 0f8951060000                   jns 0x651
   538: 488d044501000000               leaq 0x1(,%rax,2), %rax
   540: 49894500                       movq %rax, (%r13)
   544: 498b542418                     movq 0x18(%r12), %rdx
   549: 488b8aa8000000                 movq 0xa8(%rdx), %rcx
   550: 488982a8000000                 movq %rax, 0xa8(%rdx)
   557: f6c101                         testb $0x1, %cl
   55a: 750a                           jne 0xa
   55c: 48ff09                         decq (%rcx)
   55f: 7505                           jne 0x5
   561: e800000000                     callq 0x0
        # hole +0x562: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   566: 49c745003d000000               movq $0x3d, (%r13)
   56e: 498b442418                     movq 0x18(%r12), %rax
   573: 488b88b0000000                 movq 0xb0(%rax), %rcx
   57a: 48c780b00000003d000000         movq $0x3d, 0xb0(%rax)
   585: f6c101                         testb $0x1, %cl
   588: 750a                           jne 0xa
   58a: 48ff09                         decq (%rcx)
   58d: 7505                           jne 0x5
   58f: e800000000                     callq 0x0
        # hole +0x590: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   594: 498b442418                     movq 0x18(%r12), %rax
   599: 488b88b8000000                 movq 0xb8(%rax), %rcx
   5a0: f6c101                         testb $0x1, %cl
   5a3: 0f851a060000                   jne 0x61a
   5a9: 48ff01                         incq (%rcx)
   5ac: 49894d00                       movq %rcx, (%r13)
   5b0: bd9a010000                     movl $0x19a, %ebp
   5b5: 41bf29000000                   movl $0x29, %r15d
   5bb: 83790807                       cmpl $0x7, 0x8(%rcx)
   5bf: 0f8515060000                   jne 0x615
   5c5: 488b4130                       movq 0x30(%rcx), %rax
   5c9: 48817830bb6e0800               cmpq $0x86ebb, 0x30(%rax)
   5d1: 0f8503060000                   jne 0x603
   5d7: 4883793802                     cmpq $0x2, 0x38(%rcx)
   5dc: 0f8278060000                   jb 0x678
   5e2: 488b4148                       movq 0x48(%rcx), %rax
   5e6: a801                           testb $0x1, %al
   5e8: 7503                           jne 0x3
   5ea: 48ff00                         incq (%rax)
   5ed: 49894500                       movq %rax, (%r13)
   5f1: 48ff09                         decq (%rcx)
   5f4: 7505                           jne 0x5
   5f6: e800000000                     callq 0x0
        # hole +0x5f7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5fb: 498b4500                       movq (%r13), %rax
   5ff: 498b542418                     movq 0x18(%r12), %rdx
   604: 488b8ac0000000                 movq 0xc0(%rdx), %rcx
   60b: 488982c0000000                 movq %rax, 0xc0(%rdx)
   612: f6c101                         testb $0x1, %cl
   615: 750a                           jne 0xa
   617: 48ff09                         decq (%rcx)
   61a: 7505                           jne 0x5
   61c: e800000000                     callq 0x0
        # hole +0x61d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   621: 498b442418                     movq 0x18(%r12), %rax
   626: 488b80e0000000                 movq 0xe0(%rax), %rax
   62d: a801                           testb $0x1, %al
   62f: 7503                           jne 0x3
   631: 48ff00                         incq (%rax)
   634: 49894500                       movq %rax, (%r13)
   638: 498b442418                     movq 0x18(%r12), %rax
   63d: 488b80c8000000                 movq 0xc8(%rax), %rax
   644: a801                           testb $0x1, %al
   646: 7503                           jne 0x3
   648: 48ff00                         incq (%rax)
   64b: 488906                         movq %rax, (%rsi)
   64e: 498b442418                     movq 0x18(%r12), %rax
   653: 488b88d0000000                 movq 0xd0(%rax), %rcx
   65a: f6c101                         testb $0x1, %cl
   65d: 7503                           jne 0x3
   65f: 48ff01                         incq (%rcx)
   662: 498d4518                       leaq 0x18(%r13), %rax
   666: 49894d10                       movq %rcx, 0x10(%r13)
   66a: 498b7d00                       movq (%r13), %rdi
   66e: bdd6010000                     movl $0x1d6, %ebp
   673: 41bf2f000000                   movl $0x2f, %r15d
   679: 40f6c701                       testb $0x1, %dil
   67d: 0f855f050000                   jne 0x55f
   683: 837f0808                       cmpl $0x8, 0x8(%rdi)
   687: 0f8555050000                   jne 0x555
   68d: 41b802000000                   movl $0x2, %r8d
   693: 4c89f1                         movq %r14, %rcx
   696: 4889f2                         movq %rsi, %rdx
   699: ff5738                         callq *0x38(%rdi)
   69c: 4889442438                     movq %rax, 0x38(%rsp)
   6a1: 488b0e                         movq (%rsi), %rcx
   6a4: f6c101                         testb $0x1, %cl
   6a7: 750a                           jne 0xa
   6a9: 48ff09                         decq (%rcx)
   6ac: 7505                           jne 0x5
   6ae: e800000000                     callq 0x0
        # hole +0x6af: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6b3: 498b4d10                       movq 0x10(%r13), %rcx
   6b7: f6c101                         testb $0x1, %cl
   6ba: 750a                           jne 0xa
   6bc: 48ff09                         decq (%rcx)
   6bf: 7505                           jne 0x5
   6c1: e800000000                     callq 0x0
        # hole +0x6c2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6c6: 48ff0f                         decq (%rdi)
   6c9: 7508                           jne 0x8
   6cb: 4889f9                         movq %rdi, %rcx
   6ce: e800000000                     callq 0x0
        # hole +0x6cf: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6d3: 48837c243800                   cmpq $0x0, 0x38(%rsp)
   6d9: 0f8419050000                   je 0x519
   6df: 488b542438                     movq 0x38(%rsp), %rdx
   6e4: 49895500                       movq %rdx, (%r13)
   6e8: 498b442418                     movq 0x18(%r12), %rax
   6ed: 488b88d8000000                 movq 0xd8(%rax), %rcx
   6f4: 488990d8000000                 movq %rdx, 0xd8(%rax)
   6fb: f6c101                         testb $0x1, %cl
   6fe: 750a                           jne 0xa
   700: 48ff09                         decq (%rcx)
   703: 7505                           jne 0x5
   705: e800000000                     callq 0x0
        # hole +0x706: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   70a: 498b442418                     movq 0x18(%r12), %rax
   70f: 488b88e8000000                 movq 0xe8(%rax), %rcx
   716: f6c101                         testb $0x1, %cl
   719: 7503                           jne 0x3
   71b: 48ff01                         incq (%rcx)
   71e: 49894d00                       movq %rcx, (%r13)
   722: 498b442418                     movq 0x18(%r12), %rax
   727: 488bb8f0000000                 movq 0xf0(%rax), %rdi
   72e: 40f6c701                       testb $0x1, %dil
   732: 7507                           jne 0x7
   734: 48ff07                         incq (%rdi)
   737: 498b4d00                       movq (%r13), %rcx
   73b: 48893e                         movq %rdi, (%rsi)
   73e: bdfe010000                     movl $0x1fe, %ebp
   743: 41bf33000000                   movl $0x33, %r15d
   749: f6c101                         testb $0x1, %cl
   74c: 0f8539050000                   jne 0x539
   752: 83790802                       cmpl $0x2, 0x8(%rcx)
   756: 0f852f050000                   jne 0x52f
   75c: 40f6c701                       testb $0x1, %dil
   760: 0f8525050000                   jne 0x525
   766: 837f0802                       cmpl $0x2, 0x8(%rdi)
   76a: 0f851b050000                   jne 0x51b
   770: f20f107130                     movsd 0x30(%rcx), %xmm6
   775: f20f597730                     mulsd 0x30(%rdi), %xmm6
   77a: 48ff09                         decq (%rcx)
   77d: 7505                           jne 0x5
   77f: e800000000                     callq 0x0
        # hole +0x780: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   784: 48ff0f                         decq (%rdi)
   787: 7508                           jne 0x8
   789: 4889f9                         movq %rdi, %rcx
   78c: e800000000                     callq 0x0
        # hole +0x78d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   791: 4c89f1                         movq %r14, %rcx
   794: 660f28ce                       movapd %xmm6, %xmm1
   798: e800000000                     callq 0x0
        # hole +0x799: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   79d: 4885c0                         testq %rax, %rax
   7a0: 0f84ca040000                   je 0x4ca
   7a6: 49894500                       movq %rax, (%r13)
   7aa: 498b542418                     movq 0x18(%r12), %rdx
   7af: 488b8af8000000                 movq 0xf8(%rdx), %rcx
   7b6: 488982f8000000                 movq %rax, 0xf8(%rdx)
   7bd: f6c101                         testb $0x1, %cl
   7c0: 750a                           jne 0xa
   7c2: 48ff09                         decq (%rcx)
   7c5: 7505                           jne 0x5
   7c7: e800000000                     callq 0x0
        # hole +0x7c8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7cc: 498b442418                     movq 0x18(%r12), %rax
   7d1: 488b8800010000                 movq 0x100(%rax), %rcx
   7d8: f6c101                         testb $0x1, %cl
   7db: 7503                           jne 0x3
   7dd: 48ff01                         incq (%rcx)
   7e0: 49894d00                       movq %rcx, (%r13)
   7e4: 498b442418                     movq 0x18(%r12), %rax
   7e9: 488b8008010000                 movq 0x108(%rax), %rax
   7f0: a801                           testb $0x1, %al
   7f2: 7507                           jne 0x7
   7f4: 48ff00                         incq (%rax)
   7f7: 498b4d00                       movq (%r13), %rcx
   7fb: 89ca                           movl %ecx, %edx
   7fd: 83e201                         andl $0x1, %edx
   800: 488906                         movq %rax, (%rsi)
   803: bd30020000                     movl $0x230, %ebp
   808: 41bf38000000                   movl $0x38, %r15d
   80e: 4885d2                         testq %rdx, %rdx
   811: 0f8474040000                   je 0x474
   817: a801                           testb $0x1, %al
   819: 0f846c040000                   je 0x46c
   81f: 48d1f9                         sarq %rcx
   822: 48d1f8                         sarq %rax
   825: 480fafc1                       imulq %rcx, %rax
   829: bd3a020000                     movl $0x23a, %ebp
   82e: 41bf39000000                   movl $0x39, %r15d
   834: 0f8051040000                   jo 0x451
   83a: 488d0c18                       leaq (%rax,%rbx), %rcx
   83e: 4885c9                         testq %rcx, %rcx
   841: 0f8944040000                   jns 0x444
   847: 488d044501000000               leaq 0x1(,%rax,2), %rax
   84f: 49894500                       movq %rax, (%r13)
   853: 498b542418                     movq 0x18(%r12), %rdx
   858: 488b8a10010000                 movq 0x110(%rdx), %rcx
   85f: 48898210010000                 movq %rax, 0x110(%rdx)
   866: f6c101                         testb $0x1, %cl
   869: 750a                           jne 0xa
   86b: 48ff09                         decq (%rcx)
   86e: 7505                           jne 0x5
   870: e800000000                     callq 0x0
        # hole +0x871: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   875: 498b442418                     movq 0x18(%r12), %rax
   87a: 488b8018010000                 movq 0x118(%rax), %rax
   881: a801                           testb $0x1, %al
   883: 7503                           jne 0x3
   885: 48ff00                         incq (%rax)
   888: 49894500                       movq %rax, (%r13)
   88c: 498b4c2418                     movq 0x18(%r12), %rcx
   891: 488b8920010000                 movq 0x120(%rcx), %rcx
   898: f6c101                         testb $0x1, %cl
   89b: 7507                           jne 0x7
   89d: 48ff01                         incq (%rcx)
   8a0: 498b4500                       movq (%r13), %rax
   8a4: 89c2                           movl %eax, %edx
   8a6: 83e201                         andl $0x1, %edx
   8a9: 48890e                         movq %rcx, (%rsi)
   8ac: bd62020000                     movl $0x262, %ebp
   8b1: 41bf3d000000                   movl $0x3d, %r15d
   8b7: 4885d2                         testq %rdx, %rdx
   8ba: 0f84cb030000                   je 0x3cb
   8c0: f6c101                         testb $0x1, %cl
   8c3: 0f84c2030000                   je 0x3c2
   8c9: 48d1f8                         sarq %rax
   8cc: 48d1f9                         sarq %rcx
   8cf: 4801c1                         addq %rax, %rcx
   8d2: 4889c8                         movq %rcx, %rax
   8d5: 4801d8                         addq %rbx, %rax
   8d8: 0f89a2030000                   jns 0x3a2
   8de: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   8e6: 49894500                       movq %rax, (%r13)
   8ea: 498b542418                     movq 0x18(%r12), %rdx
   8ef: 488b8a28010000                 movq 0x128(%rdx), %rcx
   8f6: 48898228010000                 movq %rax, 0x128(%rdx)
   8fd: f6c101                         testb $0x1, %cl
   900: 750a                           jne 0xa
   902: 48ff09                         decq (%rcx)
   905: 7505                           jne 0x5
   907: e800000000                     callq 0x0
        # hole +0x908: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   90c: 498b442418                     movq 0x18(%r12), %rax
   911: 488b8830010000                 movq 0x130(%rax), %rcx
   918: f6c101                         testb $0x1, %cl
   91b: 0f8505030000                   jne 0x305
   921: 48ff01                         incq (%rcx)
   924: 49894d00                       movq %rcx, (%r13)
   928: bd8a020000                     movl $0x28a, %ebp
   92d: 41bf41000000                   movl $0x41, %r15d
   933: 83790807                       cmpl $0x7, 0x8(%rcx)
   937: 0f859d020000                   jne 0x29d
   93d: 488b4130                       movq 0x30(%rcx), %rax
   941: 4881783081cf0800               cmpq $0x8cf81, 0x30(%rax)
   949: 0f858b020000                   jne 0x28b
   94f: 4883793800                     cmpq $0x0, 0x38(%rcx)
   954: 0f8441030000                   je 0x341
   95a: 488b4140                       movq 0x40(%rcx), %rax
   95e: a801                           testb $0x1, %al
   960: 7503                           jne 0x3
   962: 48ff00                         incq (%rax)
   965: 49894500                       movq %rax, (%r13)
   969: 48ff09                         decq (%rcx)
   96c: 7505                           jne 0x5
   96e: e800000000                     callq 0x0
        # hole +0x96f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   973: 498b4500                       movq (%r13), %rax
   977: 498b542418                     movq 0x18(%r12), %rdx
   97c: 488b8a38010000                 movq 0x138(%rdx), %rcx
   983: 48898238010000                 movq %rax, 0x138(%rdx)
   98a: f6c101                         testb $0x1, %cl
   98d: 750a                           jne 0xa
   98f: 48ff09                         decq (%rcx)
   992: 7505                           jne 0x5
   994: e800000000                     callq 0x0
        # hole +0x995: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   999: 498b442418                     movq 0x18(%r12), %rax
   99e: 488b8840010000                 movq 0x140(%rax), %rcx
   9a5: f6c101                         testb $0x1, %cl
   9a8: 0f8592020000                   jne 0x292
   9ae: 48ff01                         incq (%rcx)
   9b1: 49894d00                       movq %rcx, (%r13)
   9b5: bdb2020000                     movl $0x2b2, %ebp
   9ba: 41bf45000000                   movl $0x45, %r15d
   9c0: 83790807                       cmpl $0x7, 0x8(%rcx)
   9c4: 0f8510020000                   jne 0x210
   9ca: 488b4130                       movq 0x30(%rcx), %rax
   9ce: 48817830d5ef0300               cmpq $0x3efd5, 0x30(%rax)
   9d6: 0f85fe010000                   jne 0x1fe
   9dc: 4883793800                     cmpq $0x0, 0x38(%rcx)
   9e1: 0f84ca020000                   je 0x2ca
   9e7: 488b4140                       movq 0x40(%rcx), %rax
   9eb: a801                           testb $0x1, %al
   9ed: 7503                           jne 0x3
   9ef: 48ff00                         incq (%rax)
   9f2: 49894500                       movq %rax, (%r13)
   9f6: 48ff09                         decq (%rcx)
   9f9: 7505                           jne 0x5
   9fb: e800000000                     callq 0x0
        # hole +0x9fc: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a00: 498b4500                       movq (%r13), %rax
   a04: 498b542418                     movq 0x18(%r12), %rdx
   a09: 488b8a48010000                 movq 0x148(%rdx), %rcx
   a10: 48898248010000                 movq %rax, 0x148(%rdx)
   a17: f6c101                         testb $0x1, %cl
   a1a: 750a                           jne 0xa
   a1c: 48ff09                         decq (%rcx)
   a1f: 7505                           jne 0x5
   a21: e800000000                     callq 0x0
        # hole +0xa22: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a26: 498b442418                     movq 0x18(%r12), %rax
   a2b: 488bb860010000                 movq 0x160(%rax), %rdi
   a32: 40f6c701                       testb $0x1, %dil
   a36: 7503                           jne 0x3
   a38: 48ff07                         incq (%rdi)
   a3b: 49897d00                       movq %rdi, (%r13)
   a3f: 498b442418                     movq 0x18(%r12), %rax
   a44: 488b8050010000                 movq 0x150(%rax), %rax
   a4b: a801                           testb $0x1, %al
   a4d: 7507                           jne 0x7
   a4f: 48ff00                         incq (%rax)
   a52: 498b7d00                       movq (%r13), %rdi
   a56: 488906                         movq %rax, (%rsi)
   a59: bde4020000                     movl $0x2e4, %ebp
   a5e: 41bf4a000000                   movl $0x4a, %r15d
   a64: 40f6c701                       testb $0x1, %dil
   a68: 0f851d020000                   jne 0x21d
   a6e: 837f0808                       cmpl $0x8, 0x8(%rdi)
   a72: 0f8513020000                   jne 0x213
   a78: 41b801000000                   movl $0x1, %r8d
   a7e: 4c89f1                         movq %r14, %rcx
   a81: 4889f2                         movq %rsi, %rdx
   a84: ff5738                         callq *0x38(%rdi)
   a87: 4889442438                     movq %rax, 0x38(%rsp)
   a8c: 488b0e                         movq (%rsi), %rcx
   a8f: f6c101                         testb $0x1, %cl
   a92: 750a                           jne 0xa
   a94: 48ff09                         decq (%rcx)
   a97: 7505                           jne 0x5
   a99: e800000000                     callq 0x0
        # hole +0xa9a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a9e: 48ff0f                         decq (%rdi)
   aa1: 7508                           jne 0x8
   aa3: 4889f9                         movq %rdi, %rcx
   aa6: e800000000                     callq 0x0
        # hole +0xaa7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   aab: 48837c243800                   cmpq $0x0, 0x38(%rsp)
   ab1: 0f8441010000                   je 0x141
   ab7: 488b542438                     movq 0x38(%rsp), %rdx
   abc: 49895500                       movq %rdx, (%r13)
   ac0: 498b442418                     movq 0x18(%r12), %rax
   ac5: 488b8858010000                 movq 0x158(%rax), %rcx
   acc: 48899058010000                 movq %rdx, 0x158(%rax)
   ad3: f6c101                         testb $0x1, %cl
   ad6: 750a                           jne 0xa
   ad8: 48ff09                         decq (%rcx)
   adb: 7505                           jne 0x5
   add: e800000000                     callq 0x0
        # hole +0xade: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   ae2: 498b442418                     movq 0x18(%r12), %rax
   ae7: 488b8068010000                 movq 0x168(%rax), %rax
   aee: a801                           testb $0x1, %al
   af0: 7503                           jne 0x3
   af2: 48ff00                         incq (%rax)
   af5: 49894500                       movq %rax, (%r13)
   af9: 498b4c2418                     movq 0x18(%r12), %rcx
   afe: 488b8970010000                 movq 0x170(%rcx), %rcx
   b05: f6c101                         testb $0x1, %cl
   b08: 7507                           jne 0x7
   b0a: 48ff01                         incq (%rcx)
   b0d: 498b4500                       movq (%r13), %rax
   b11: 89c2                           movl %eax, %edx
   b13: 83e201                         andl $0x1, %edx
   b16: 48890e                         movq %rcx, (%rsi)
   b19: bd0c030000                     movl $0x30c, %ebp
   b1e: 41bf4e000000                   movl $0x4e, %r15d
   b24: 4885d2                         testq %rdx, %rdx
   b27: 0f845e010000                   je 0x15e
   b2d: f6c101                         testb $0x1, %cl
   b30: 0f8455010000                   je 0x155
   b36: 48d1f8                         sarq %rax
   b39: 48d1f9                         sarq %rcx
   b3c: 4801c1                         addq %rax, %rcx
   b3f: 4801cb                         addq %rcx, %rbx
   b42: 0f897f010000                   jns 0x17f
   b48: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   b50: 49894500                       movq %rax, (%r13)
   b54: 498b542418                     movq 0x18(%r12), %rdx
   b59: 488b8a78010000                 movq 0x178(%rdx), %rcx
   b60: 48898278010000                 movq %rax, 0x178(%rdx)
   b67: bd2a030000                     movl $0x32a, %ebp
   b6c: 41bf51000000                   movl $0x51, %r15d
   b72: f6c101                         testb $0x1, %cl
   b75: 750a                           jne 0xa
   b77: 48ff09                         decq (%rcx)
   b7a: 7505                           jne 0x5
   b7c: e800000000                     callq 0x0
        # hole +0xb7d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   b81: 4c89ee                         movq %r13, %rsi
   b84: e985000000                     jmp 0x85
   b89: 488b742430                     movq 0x30(%rsp), %rsi
   b8e: 488b0500000000                 movq (%rip), %rax
        # hole +0xb91: IMAGE_REL_AMD64_REL32 Rel32 data+20
   b95: 4c01f8                         addq %r15, %rax
   b98: 48896c2428                     movq %rbp, 0x28(%rsp)
   b9d: 4889442420                     movq %rax, 0x20(%rsp)
   ba2: 4c89e1                         movq %r12, %rcx
   ba5: 4889f2                         movq %rsi, %rdx
   ba8: 4d89f0                         movq %r14, %r8
   bab: e800000000                     callq 0x0
        # hole +0xbac: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   bb0: 4883c440                       addq $0x40, %rsp
   bb4: 5d                             popq %rbp
   bb5: c3                             retq
   bb6: bd14000000                     movl $0x14, %ebp
   bbb: 41bf02000000                   movl $0x2, %r15d
   bc1: ebcb                           jmp -0x35
   bc3: 49894d00                       movq %rcx, (%r13)
   bc7: bd9a010000                     movl $0x19a, %ebp
   bcc: 41bf29000000                   movl $0x29, %r15d
   bd2: 41b901000000                   movl $0x1, %r9d
   bd8: ebb4                           jmp -0x4c
   bda: 41b901000000                   movl $0x1, %r9d
   be0: ebac                           jmp -0x54
   be2: 4889c6                         movq %rax, %rsi
   be5: 41b901000000                   movl $0x1, %r9d
   beb: eba1                           jmp -0x5f
   bed: bd6e000000                     movl $0x6e, %ebp
   bf2: 41bf0b000000                   movl $0xb, %r15d
   bf8: 4c89ee                         movq %r13, %rsi
   bfb: 41b903000000                   movl $0x3, %r9d
   c01: eb8b                           jmp -0x75
   c03: bdaa000000                     movl $0xaa, %ebp
   c08: 41bf11000000                   movl $0x11, %r15d
   c0e: 41b902000000                   movl $0x2, %r9d
   c14: e975ffffff                     jmp -0x8b
   c19: bdd2000000                     movl $0xd2, %ebp
   c1e: 41bf15000000                   movl $0x15, %r15d
   c24: ebd2                           jmp -0x2e
   c26: 49894d00                       movq %rcx, (%r13)
   c2a: bd8a020000                     movl $0x28a, %ebp
   c2f: 41bf41000000                   movl $0x41, %r15d
   c35: 41b901000000                   movl $0x1, %r9d
   c3b: e94effffff                     jmp -0xb2
   c40: 49894d00                       movq %rcx, (%r13)
   c44: bdb2020000                     movl $0x2b2, %ebp
   c49: 41bf45000000                   movl $0x45, %r15d
   c4f: 41b901000000                   movl $0x1, %r9d
   c55: e934ffffff                     jmp -0xcc
   c5a: bda4010000                     movl $0x1a4, %ebp
   c5f: 41bf2a000000                   movl $0x2a, %r15d
   c65: 41b901000000                   movl $0x1, %r9d
   c6b: e91effffff                     jmp -0xe2
   c70: bd08020000                     movl $0x208, %ebp
   c75: 41bf34000000                   movl $0x34, %r15d
   c7b: e978ffffff                     jmp -0x88
   c80: bd6c020000                     movl $0x26c, %ebp
   c85: 41bf3e000000                   movl $0x3e, %r15d
   c8b: 488b742430                     movq 0x30(%rsp), %rsi
   c90: 41b901000000                   movl $0x1, %r9d
   c96: e9f3feffff                     jmp -0x10d
   c9b: bd94020000                     movl $0x294, %ebp
   ca0: 41bf42000000                   movl $0x42, %r15d
   ca6: 41b901000000                   movl $0x1, %r9d
   cac: e9ddfeffff                     jmp -0x123
   cb1: bdbc020000                     movl $0x2bc, %ebp
   cb6: 41bf46000000                   movl $0x46, %r15d
   cbc: 41b901000000                   movl $0x1, %r9d
   cc2: e9c7feffff                     jmp -0x139
   cc7: bd16030000                     movl $0x316, %ebp
   ccc: 41bf4f000000                   movl $0x4f, %r15d
   cd2: ebb7                           jmp -0x49
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[1]+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 symbol:tf_False+0
        # hole data+0x18: GOT Abs64 index+0
