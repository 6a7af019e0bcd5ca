# stencil startup_mixed for x86_64-pc-windows-msvc: 3135 code bytes, 32 data bytes, 46 holes
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
    31: 0f85310b0000                   jne 0xb31
    37: 83790807                       cmpl $0x7, 0x8(%rcx)
    3b: 0f85270b0000                   jne 0xb27
    41: 488b0500000000                 movq (%rip), %rax
        # hole +0x44: IMAGE_REL_AMD64_REL32 Rel32 data-4
    48: 488b5130                       movq 0x30(%rcx), %rdx
    4c: 48394230                       cmpq %rax, 0x30(%rdx)
    50: 0f85120b0000                   jne 0xb12
    56: 4883793802                     cmpq $0x2, 0x38(%rcx)
    5b: 0f822f0b0000                   jb 0xb2f
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
    e7: 0f858a010000                   jne 0x18a
    ed: 48894c2430                     movq %rcx, 0x30(%rsp)
    f2: 837f0808                       cmpl $0x8, 0x8(%rdi)
    f6: 0f85670a0000                   jne 0xa67
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
   136: 0f84610a0000                   je 0xa61
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
   19e: 0f85bf090000                   jne 0x9bf
   1a4: 83790802                       cmpl $0x2, 0x8(%rcx)
   1a8: 0f85b5090000                   jne 0x9b5
   1ae: 40f6c701                       testb $0x1, %dil
   1b2: 0f85ab090000                   jne 0x9ab
   1b8: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1bc: 0f85a1090000                   jne 0x9a1
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
   1ef: 49894500                       movq %rax, (%r13)
   1f3: 498b542418                     movq 0x18(%r12), %rdx
   1f8: 488b4a38                       movq 0x38(%rdx), %rcx
   1fc: 48894238                       movq %rax, 0x38(%rdx)
   200: f6c101                         testb $0x1, %cl
   203: 750a                           jne 0xa
   205: 48ff09                         decq (%rcx)
   208: 7505                           jne 0x5
   20a: e800000000                     callq 0x0
        # hole +0x20b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   20f: 498b442418                     movq 0x18(%r12), %rax
   214: 488b4040                       movq 0x40(%rax), %rax
   218: a801                           testb $0x1, %al
   21a: 7503                           jne 0x3
   21c: 48ff00                         incq (%rax)
   21f: 49894500                       movq %rax, (%r13)
   223: 498b4c2418                     movq 0x18(%r12), %rcx
   228: 488b4948                       movq 0x48(%rcx), %rcx
   22c: f6c101                         testb $0x1, %cl
   22f: 41b901000000                   movl $0x1, %r9d
   235: 7507                           jne 0x7
   237: 48ff01                         incq (%rcx)
   23a: 498b4500                       movq (%r13), %rax
   23e: 89c2                           movl %eax, %edx
   240: 83e201                         andl $0x1, %edx
   243: 48890e                         movq %rcx, (%rsi)
   246: bd96000000                     movl $0x96, %ebp
   24b: 41bf0f000000                   movl $0xf, %r15d
   251: 4885d2                         testq %rdx, %rdx
   254: 0f8409090000                   je 0x909
   25a: f6c101                         testb $0x1, %cl
   25d: 0f8400090000                   je 0x900
   263: 48d1f8                         sarq %rax
   266: 48d1f9                         sarq %rcx
   269: 4839c8                         cmpq %rcx, %rax
   26c: 7d11                           jge 0x11
   26e: 488b0500000000                 movq (%rip), %rax
        # hole +0x271: IMAGE_REL_AMD64_REL32 Rel32 data+4
   275: eb0f                           jmp 0xf
   277: 4889ce                         movq %rcx, %rsi
   27a: e9e9080000                     jmp 0x8e9
   27f: 488b0500000000                 movq (%rip), %rax
        # hole +0x282: IMAGE_REL_AMD64_REL32 Rel32 data+12
   286: 49894500                       movq %rax, (%r13)
   28a: 0f8d34090000                   jge 0x934
   290: 498b442418                     movq 0x18(%r12), %rax
   295: 488b4850                       movq 0x50(%rax), %rcx
   299: f6c101                         testb $0x1, %cl
   29c: 7503                           jne 0x3
   29e: 48ff01                         incq (%rcx)
   2a1: 49894d00                       movq %rcx, (%r13)
   2a5: 498b442418                     movq 0x18(%r12), %rax
   2aa: 488b7858                       movq 0x58(%rax), %rdi
   2ae: 40f6c701                       testb $0x1, %dil
   2b2: 7507                           jne 0x7
   2b4: 48ff07                         incq (%rdi)
   2b7: 498b4d00                       movq (%r13), %rcx
   2bb: 48893e                         movq %rdi, (%rsi)
   2be: bdc8000000                     movl $0xc8, %ebp
   2c3: 41bf14000000                   movl $0x14, %r15d
   2c9: f6c101                         testb $0x1, %cl
   2cc: 0f8591080000                   jne 0x891
   2d2: 83790802                       cmpl $0x2, 0x8(%rcx)
   2d6: 0f8587080000                   jne 0x887
   2dc: 40f6c701                       testb $0x1, %dil
   2e0: 0f857d080000                   jne 0x87d
   2e6: 837f0802                       cmpl $0x2, 0x8(%rdi)
   2ea: 0f8573080000                   jne 0x873
   2f0: f20f107130                     movsd 0x30(%rcx), %xmm6
   2f5: f20f597730                     mulsd 0x30(%rdi), %xmm6
   2fa: 48ff09                         decq (%rcx)
   2fd: 7505                           jne 0x5
   2ff: e800000000                     callq 0x0
        # hole +0x300: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   304: 48ff0f                         decq (%rdi)
   307: 7508                           jne 0x8
   309: 4889f9                         movq %rdi, %rcx
   30c: e800000000                     callq 0x0
        # hole +0x30d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   311: 4c89f1                         movq %r14, %rcx
   314: 660f28ce                       movapd %xmm6, %xmm1
   318: e800000000                     callq 0x0
        # hole +0x319: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   31d: 49894500                       movq %rax, (%r13)
   321: 498b542418                     movq 0x18(%r12), %rdx
   326: 488b4a60                       movq 0x60(%rdx), %rcx
   32a: 48894260                       movq %rax, 0x60(%rdx)
   32e: f6c101                         testb $0x1, %cl
   331: 750a                           jne 0xa
   333: 48ff09                         decq (%rcx)
   336: 7505                           jne 0x5
   338: e800000000                     callq 0x0
        # hole +0x339: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   33d: 498b442418                     movq 0x18(%r12), %rax
   342: 488b4868                       movq 0x68(%rax), %rcx
   346: f6c101                         testb $0x1, %cl
   349: 7503                           jne 0x3
   34b: 48ff01                         incq (%rcx)
   34e: 49894d00                       movq %rcx, (%r13)
   352: 498b442418                     movq 0x18(%r12), %rax
   357: 488b4070                       movq 0x70(%rax), %rax
   35b: a801                           testb $0x1, %al
   35d: 41b901000000                   movl $0x1, %r9d
   363: 7507                           jne 0x7
   365: 48ff00                         incq (%rax)
   368: 498b4d00                       movq (%r13), %rcx
   36c: 89ca                           movl %ecx, %edx
   36e: 83e201                         andl $0x1, %edx
   371: 488906                         movq %rax, (%rsi)
   374: bdfa000000                     movl $0xfa, %ebp
   379: 41bf19000000                   movl $0x19, %r15d
   37f: 4885d2                         testq %rdx, %rdx
   382: 0f84db070000                   je 0x7db
   388: a801                           testb $0x1, %al
   38a: 0f84d3070000                   je 0x7d3
   390: 48d1f9                         sarq %rcx
   393: 48d1f8                         sarq %rax
   396: 480fafc1                       imulq %rcx, %rax
   39a: bd04010000                     movl $0x104, %ebp
   39f: 41bf1a000000                   movl $0x1a, %r15d
   3a5: 0f80b8070000                   jo 0x7b8
   3ab: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
   3b5: 488d0c18                       leaq (%rax,%rbx), %rcx
   3b9: 4885c9                         testq %rcx, %rcx
   3bc: 0f89a1070000                   jns 0x7a1
   3c2: 488d044501000000               leaq 0x1(,%rax,2), %rax
   3ca: 49894500                       movq %rax, (%r13)
   3ce: 498b542418                     movq 0x18(%r12), %rdx
   3d3: 488b4a78                       movq 0x78(%rdx), %rcx
   3d7: 48894278                       movq %rax, 0x78(%rdx)
   3db: f6c101                         testb $0x1, %cl
   3de: 7510                           jne 0x10
   3e0: 48ff09                         decq (%rcx)
   3e3: 750b                           jne 0xb
   3e5: e800000000                     callq 0x0
        # hole +0x3e6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3ea: 41b901000000                   movl $0x1, %r9d
   3f0: 498b442418                     movq 0x18(%r12), %rax
   3f5: 488b8880000000                 movq 0x80(%rax), %rcx
   3fc: f6c101                         testb $0x1, %cl
   3ff: 7503                           jne 0x3
   401: 48ff01                         incq (%rcx)
   404: 49894d00                       movq %rcx, (%r13)
   408: 498b442418                     movq 0x18(%r12), %rax
   40d: 488b8088000000                 movq 0x88(%rax), %rax
   414: a801                           testb $0x1, %al
   416: 7507                           jne 0x7
   418: 48ff00                         incq (%rax)
   41b: 498b4d00                       movq (%r13), %rcx
   41f: 89ca                           movl %ecx, %edx
   421: 83e201                         andl $0x1, %edx
   424: 488906                         movq %rax, (%rsi)
   427: bd2c010000                     movl $0x12c, %ebp
   42c: 41bf1e000000                   movl $0x1e, %r15d
   432: 4885d2                         testq %rdx, %rdx
   435: 0f8428070000                   je 0x728
   43b: a801                           testb $0x1, %al
   43d: 0f8420070000                   je 0x720
   443: 48d1f9                         sarq %rcx
   446: 48d1f8                         sarq %rax
   449: 480fafc1                       imulq %rcx, %rax
   44d: bd36010000                     movl $0x136, %ebp
   452: 41bf1f000000                   movl $0x1f, %r15d
   458: 0f8005070000                   jo 0x705
   45e: 488d0c18                       leaq (%rax,%rbx), %rcx
   462: 4885c9                         testq %rcx, %rcx
   465: 0f89f8060000                   jns 0x6f8
   46b: 488d044501000000               leaq 0x1(,%rax,2), %rax
   473: 49894500                       movq %rax, (%r13)
   477: 498b542418                     movq 0x18(%r12), %rdx
   47c: 488b8a90000000                 movq 0x90(%rdx), %rcx
   483: 48898290000000                 movq %rax, 0x90(%rdx)
   48a: f6c101                         testb $0x1, %cl
   48d: 7510                           jne 0x10
   48f: 48ff09                         decq (%rcx)
   492: 750b                           jne 0xb
   494: e800000000                     callq 0x0
        # hole +0x495: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   499: 41b901000000                   movl $0x1, %r9d
   49f: 498b442418                     movq 0x18(%r12), %rax
   4a4: 488b8898000000                 movq 0x98(%rax), %rcx
   4ab: f6c101                         testb $0x1, %cl
   4ae: 7503                           jne 0x3
   4b0: 48ff01                         incq (%rcx)
   4b3: 49894d00                       movq %rcx, (%r13)
   4b7: 498b442418                     movq 0x18(%r12), %rax
   4bc: 488b80a0000000                 movq 0xa0(%rax), %rax
   4c3: a801                           testb $0x1, %al
   4c5: 7507                           jne 0x7
   4c7: 48ff00                         incq (%rax)
   4ca: 498b4d00                       movq (%r13), %rcx
   4ce: 89ca                           movl %ecx, %edx
   4d0: 83e201                         andl $0x1, %edx
   4d3: 488906                         movq %rax, (%rsi)
   4d6: bd5e010000                     movl $0x15e, %ebp
   4db: 41bf23000000                   movl $0x23, %r15d
   4e1: 4885d2                         testq %rdx, %rdx
   4e4: 0f8479060000                   je 0x679
   4ea: a801                           testb $0x1, %al
   4ec: 0f8471060000                   je 0x671
   4f2: 48d1f9                         sarq %rcx
   4f5: 48d1f8                         sarq %rax
   4f8: 480fafc1                       imulq %rcx, %rax
   4fc: bd68010000                     movl $0x168, %ebp
   501: 41bf24000000                   movl $0x24, %r15d
   507: 0f8056060000                   jo 0x656
   50d: 488d0c18                       leaq (%rax,%rbx), %rcx
   511: 4885c9                         testq %rcx, %rcx
   514: 0f8949060000                   jns 0x649
   51a: 488d044501000000               leaq 0x1(,%rax,2), %rax
   522: 49894500                       movq %rax, (%r13)
   526: 498b542418                     movq 0x18(%r12), %rdx
   52b: 488b8aa8000000                 movq 0xa8(%rdx), %rcx
   532: 488982a8000000                 movq %rax, 0xa8(%rdx)
   539: f6c101                         testb $0x1, %cl
   53c: 750a                           jne 0xa
   53e: 48ff09                         decq (%rcx)
   541: 7505                           jne 0x5
   543: e800000000                     callq 0x0
        # hole +0x544: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   548: 49c745003d000000               movq $0x3d, (%r13)
   550: 498b442418                     movq 0x18(%r12), %rax
   555: 488b88b0000000                 movq 0xb0(%rax), %rcx
   55c: 48c780b00000003d000000         movq $0x3d, 0xb0(%rax)
   567: f6c101                         testb $0x1, %cl
   56a: 750a                           jne 0xa
   56c: 48ff09                         decq (%rcx)
   56f: 7505                           jne 0x5
   571: e800000000                     callq 0x0
        # hole +0x572: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   576: 498b442418                     movq 0x18(%r12), %rax
   57b: 488b88b8000000                 movq 0xb8(%rax), %rcx
   582: f6c101                         testb $0x1, %cl
   585: 0f851d060000                   jne 0x61d
   58b: 48ff01                         incq (%rcx)
   58e: 49894d00                       movq %rcx, (%r13)
   592: bd9a010000                     movl $0x19a, %ebp
   597: 41bf29000000                   movl $0x29, %r15d
   59d: 83790807                       cmpl $0x7, 0x8(%rcx)
   5a1: 0f8510060000                   jne 0x610
   5a7: 488b4130                       movq 0x30(%rcx), %rax
   5ab: 48817830bb6e0800               cmpq $0x86ebb, 0x30(%rax)
   5b3: 0f85fe050000                   jne 0x5fe
   5b9: 4883793802                     cmpq $0x2, 0x38(%rcx)
   5be: 0f8235060000                   jb 0x635
   5c4: 488b4148                       movq 0x48(%rcx), %rax
   5c8: a801                           testb $0x1, %al
   5ca: 7503                           jne 0x3
   5cc: 48ff00                         incq (%rax)
   5cf: 49894500                       movq %rax, (%r13)
   5d3: 48ff09                         decq (%rcx)
   5d6: 7505                           jne 0x5
   5d8: e800000000                     callq 0x0
        # hole +0x5d9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5dd: 498b4500                       movq (%r13), %rax
   5e1: 498b542418                     movq 0x18(%r12), %rdx
   5e6: 488b8ac0000000                 movq 0xc0(%rdx), %rcx
   5ed: 488982c0000000                 movq %rax, 0xc0(%rdx)
   5f4: f6c101                         testb $0x1, %cl
   5f7: 750a                           jne 0xa
   5f9: 48ff09                         decq (%rcx)
   5fc: 7505                           jne 0x5
   5fe: e800000000                     callq 0x0
        # hole +0x5ff: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   603: 498b442418                     movq 0x18(%r12), %rax
   608: 488b80e0000000                 movq 0xe0(%rax), %rax
   60f: a801                           testb $0x1, %al
   611: 7503                           jne 0x3
   613: 48ff00                         incq (%rax)
   616: 49894500                       movq %rax, (%r13)
   61a: 498b442418                     movq 0x18(%r12), %rax
   61f: 488b80c8000000                 movq 0xc8(%rax), %rax
   626: a801                           testb $0x1, %al
   628: 7503                           jne 0x3
   62a: 48ff00                         incq (%rax)
   62d: 488906                         movq %rax, (%rsi)
   630: 498b442418                     movq 0x18(%r12), %rax
   635: 488b88d0000000                 movq 0xd0(%rax), %rcx
   63c: f6c101                         testb $0x1, %cl
   63f: 7503                           jne 0x3
   641: 48ff01                         incq (%rcx)
   644: 498d4518                       leaq 0x18(%r13), %rax
   648: 49894d10                       movq %rcx, 0x10(%r13)
   64c: 498b7d00                       movq (%r13), %rdi
   650: bdd6010000                     movl $0x1d6, %ebp
   655: 41bf2f000000                   movl $0x2f, %r15d
   65b: 40f6c701                       testb $0x1, %dil
   65f: 0f855a050000                   jne 0x55a
   665: 837f0808                       cmpl $0x8, 0x8(%rdi)
   669: 0f8550050000                   jne 0x550
   66f: 41b802000000                   movl $0x2, %r8d
   675: 4c89f1                         movq %r14, %rcx
   678: 4889f2                         movq %rsi, %rdx
   67b: ff5738                         callq *0x38(%rdi)
   67e: 4889442438                     movq %rax, 0x38(%rsp)
   683: 488b0e                         movq (%rsi), %rcx
   686: f6c101                         testb $0x1, %cl
   689: 750a                           jne 0xa
   68b: 48ff09                         decq (%rcx)
   68e: 7505                           jne 0x5
   690: e800000000                     callq 0x0
        # hole +0x691: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   695: 488b442430                     movq 0x30(%rsp), %rax
   69a: 488b08                         movq (%rax), %rcx
   69d: f6c101                         testb $0x1, %cl
   6a0: 750a                           jne 0xa
   6a2: 48ff09                         decq (%rcx)
   6a5: 7505                           jne 0x5
   6a7: e800000000                     callq 0x0
        # hole +0x6a8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6ac: 48ff0f                         decq (%rdi)
   6af: 7508                           jne 0x8
   6b1: 4889f9                         movq %rdi, %rcx
   6b4: e800000000                     callq 0x0
        # hole +0x6b5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6b9: 48837c243800                   cmpq $0x0, 0x38(%rsp)
   6bf: 0f84d8040000                   je 0x4d8
   6c5: 488b542438                     movq 0x38(%rsp), %rdx
   6ca: 49895500                       movq %rdx, (%r13)
   6ce: 498b442418                     movq 0x18(%r12), %rax
   6d3: 488b88d8000000                 movq 0xd8(%rax), %rcx
   6da: 488990d8000000                 movq %rdx, 0xd8(%rax)
   6e1: f6c101                         testb $0x1, %cl
   6e4: 750a                           jne 0xa
   6e6: 48ff09                         decq (%rcx)
   6e9: 7505                           jne 0x5
   6eb: e800000000                     callq 0x0
        # hole +0x6ec: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6f0: 498b442418                     movq 0x18(%r12), %rax
   6f5: 488b88e8000000                 movq 0xe8(%rax), %rcx
   6fc: f6c101                         testb $0x1, %cl
   6ff: 7503                           jne 0x3
   701: 48ff01                         incq (%rcx)
   704: 49894d00                       movq %rcx, (%r13)
   708: 498b442418                     movq 0x18(%r12), %rax
   70d: 488bb8f0000000                 movq 0xf0(%rax), %rdi
   714: 40f6c701                       testb $0x1, %dil
   718: 7507                           jne 0x7
   71a: 48ff07                         incq (%rdi)
   71d: 498b4d00                       movq (%r13), %rcx
   721: 48893e                         movq %rdi, (%rsi)
   724: bdfe010000                     movl $0x1fe, %ebp
   729: 41bf33000000                   movl $0x33, %r15d
   72f: f6c101                         testb $0x1, %cl
   732: 0f85d9040000                   jne 0x4d9
   738: 83790802                       cmpl $0x2, 0x8(%rcx)
   73c: 0f85cf040000                   jne 0x4cf
   742: 40f6c701                       testb $0x1, %dil
   746: 0f85c5040000                   jne 0x4c5
   74c: 837f0802                       cmpl $0x2, 0x8(%rdi)
   750: 0f85bb040000                   jne 0x4bb
   756: f20f107130                     movsd 0x30(%rcx), %xmm6
   75b: f20f597730                     mulsd 0x30(%rdi), %xmm6
   760: 48ff09                         decq (%rcx)
   763: 7505                           jne 0x5
   765: e800000000                     callq 0x0
        # hole +0x766: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   76a: 48ff0f                         decq (%rdi)
   76d: 7508                           jne 0x8
   76f: 4889f9                         movq %rdi, %rcx
   772: e800000000                     callq 0x0
        # hole +0x773: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   777: 4c89f1                         movq %r14, %rcx
   77a: 660f28ce                       movapd %xmm6, %xmm1
   77e: e800000000                     callq 0x0
        # hole +0x77f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   783: 49894500                       movq %rax, (%r13)
   787: 498b542418                     movq 0x18(%r12), %rdx
   78c: 488b8af8000000                 movq 0xf8(%rdx), %rcx
   793: 488982f8000000                 movq %rax, 0xf8(%rdx)
   79a: f6c101                         testb $0x1, %cl
   79d: 750a                           jne 0xa
   79f: 48ff09                         decq (%rcx)
   7a2: 7505                           jne 0x5
   7a4: e800000000                     callq 0x0
        # hole +0x7a5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7a9: 498b442418                     movq 0x18(%r12), %rax
   7ae: 488b8800010000                 movq 0x100(%rax), %rcx
   7b5: f6c101                         testb $0x1, %cl
   7b8: 7503                           jne 0x3
   7ba: 48ff01                         incq (%rcx)
   7bd: 49894d00                       movq %rcx, (%r13)
   7c1: 498b442418                     movq 0x18(%r12), %rax
   7c6: 488b8008010000                 movq 0x108(%rax), %rax
   7cd: a801                           testb $0x1, %al
   7cf: 7507                           jne 0x7
   7d1: 48ff00                         incq (%rax)
   7d4: 498b4d00                       movq (%r13), %rcx
   7d8: 89ca                           movl %ecx, %edx
   7da: 83e201                         andl $0x1, %edx
   7dd: 488906                         movq %rax, (%rsi)
   7e0: bd30020000                     movl $0x230, %ebp
   7e5: 41bf38000000                   movl $0x38, %r15d
   7eb: 4885d2                         testq %rdx, %rdx
   7ee: 0f841d040000                   je 0x41d
   7f4: a801                           testb $0x1, %al
   7f6: 0f8415040000                   je 0x415
   7fc: 48d1f9                         sarq %rcx
   7ff: 48d1f8                         sarq %rax
   802: 480fafc1                       imulq %rcx, %rax
   806: bd3a020000                     movl $0x23a, %ebp
   80b: 41bf39000000                   movl $0x39, %r15d
   811: 0f80fa030000                   jo 0x3fa
   817: 488d0c18                       leaq (%rax,%rbx), %rcx
   81b: 4885c9                         testq %rcx, %rcx
   81e: 0f89ed030000                   jns 0x3ed
   824: 488d044501000000               leaq 0x1(,%rax,2), %rax
   82c: 49894500                       movq %rax, (%r13)
   830: 498b542418                     movq 0x18(%r12), %rdx
   835: 488b8a10010000                 movq 0x110(%rdx), %rcx
   83c: 48898210010000                 movq %rax, 0x110(%rdx)
   843: f6c101                         testb $0x1, %cl
   846: 750a                           jne 0xa
   848: 48ff09                         decq (%rcx)
   84b: 7505                           jne 0x5
   84d: e800000000                     callq 0x0
        # hole +0x84e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   852: 498b442418                     movq 0x18(%r12), %rax
   857: 488b8018010000                 movq 0x118(%rax), %rax
   85e: a801                           testb $0x1, %al
   860: 7503                           jne 0x3
   862: 48ff00                         incq (%rax)
   865: 49894500                       movq %rax, (%r13)
   869: 498b4c2418                     movq 0x18(%r12), %rcx
   86e: 488b8920010000                 movq 0x120(%rcx), %rcx
   875: f6c101                         testb $0x1, %cl
   878: 7507                           jne 0x7
   87a: 48ff01                         incq (%rcx)
   87d: 498b4500                       movq (%r13), %rax
   881: 89c2                           movl %eax, %edx
   883: 83e201                         andl $0x1, %edx
   886: 48890e                         movq %rcx, (%rsi)
   889: bd62020000                     movl $0x262, %ebp
   88e: 41bf3d000000                   movl $0x3d, %r15d
   894: 4885d2                         testq %rdx, %rdx
   897: 0f8474030000                   je 0x374
   89d: f6c101                         testb $0x1, %cl
   8a0: 0f846b030000                   je 0x36b
   8a6: 48d1f8                         sarq %rax
   8a9: 48d1f9                         sarq %rcx
   8ac: 4801c1                         addq %rax, %rcx
   8af: 4889c8                         movq %rcx, %rax
   8b2: 4801d8                         addq %rbx, %rax
   8b5: 0f894b030000                   jns 0x34b
   8bb: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   8c3: 49894500                       movq %rax, (%r13)
   8c7: 498b542418                     movq 0x18(%r12), %rdx
   8cc: 488b8a28010000                 movq 0x128(%rdx), %rcx
   8d3: 48898228010000                 movq %rax, 0x128(%rdx)
   8da: f6c101                         testb $0x1, %cl
   8dd: 750a                           jne 0xa
   8df: 48ff09                         decq (%rcx)
   8e2: 7505                           jne 0x5
   8e4: e800000000                     callq 0x0
        # hole +0x8e5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   8e9: 498b442418                     movq 0x18(%r12), %rax
   8ee: 488b8830010000                 movq 0x130(%rax), %rcx
   8f5: f6c101                         testb $0x1, %cl
   8f8: 0f85d9020000                   jne 0x2d9
   8fe: 48ff01                         incq (%rcx)
   901: 49894d00                       movq %rcx, (%r13)
   905: bd8a020000                     movl $0x28a, %ebp
   90a: 41bf41000000                   movl $0x41, %r15d
   910: 83790807                       cmpl $0x7, 0x8(%rcx)
   914: 0f859d020000                   jne 0x29d
   91a: 488b4130                       movq 0x30(%rcx), %rax
   91e: 4881783081cf0800               cmpq $0x8cf81, 0x30(%rax)
   926: 0f858b020000                   jne 0x28b
   92c: 4883793800                     cmpq $0x0, 0x38(%rcx)
   931: 0f84e1020000                   je 0x2e1
   937: 488b4140                       movq 0x40(%rcx), %rax
   93b: a801                           testb $0x1, %al
   93d: 7503                           jne 0x3
   93f: 48ff00                         incq (%rax)
   942: 49894500                       movq %rax, (%r13)
   946: 48ff09                         decq (%rcx)
   949: 7505                           jne 0x5
   94b: e800000000                     callq 0x0
        # hole +0x94c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   950: 498b4500                       movq (%r13), %rax
   954: 498b542418                     movq 0x18(%r12), %rdx
   959: 488b8a38010000                 movq 0x138(%rdx), %rcx
   960: 48898238010000                 movq %rax, 0x138(%rdx)
   967: f6c101                         testb $0x1, %cl
   96a: 750a                           jne 0xa
   96c: 48ff09                         decq (%rcx)
   96f: 7505                           jne 0x5
   971: e800000000                     callq 0x0
        # hole +0x972: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   976: 498b442418                     movq 0x18(%r12), %rax
   97b: 488b8840010000                 movq 0x140(%rax), %rcx
   982: f6c101                         testb $0x1, %cl
   985: 0f855d020000                   jne 0x25d
   98b: 48ff01                         incq (%rcx)
   98e: 49894d00                       movq %rcx, (%r13)
   992: bdb2020000                     movl $0x2b2, %ebp
   997: 41bf45000000                   movl $0x45, %r15d
   99d: 83790807                       cmpl $0x7, 0x8(%rcx)
   9a1: 0f8510020000                   jne 0x210
   9a7: 488b4130                       movq 0x30(%rcx), %rax
   9ab: 48817830d5ef0300               cmpq $0x3efd5, 0x30(%rax)
   9b3: 0f85fe010000                   jne 0x1fe
   9b9: 4883793800                     cmpq $0x0, 0x38(%rcx)
   9be: 0f8461020000                   je 0x261
   9c4: 488b4140                       movq 0x40(%rcx), %rax
   9c8: a801                           testb $0x1, %al
   9ca: 7503                           jne 0x3
   9cc: 48ff00                         incq (%rax)
   9cf: 49894500                       movq %rax, (%r13)
   9d3: 48ff09                         decq (%rcx)
   9d6: 7505                           jne 0x5
   9d8: e800000000                     callq 0x0
        # hole +0x9d9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   9dd: 498b4500                       movq (%r13), %rax
   9e1: 498b542418                     movq 0x18(%r12), %rdx
   9e6: 488b8a48010000                 movq 0x148(%rdx), %rcx
   9ed: 48898248010000                 movq %rax, 0x148(%rdx)
   9f4: f6c101                         testb $0x1, %cl
   9f7: 750a                           jne 0xa
   9f9: 48ff09                         decq (%rcx)
   9fc: 7505                           jne 0x5
   9fe: e800000000                     callq 0x0
        # hole +0x9ff: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a03: 498b442418                     movq 0x18(%r12), %rax
   a08: 488bb860010000                 movq 0x160(%rax), %rdi
   a0f: 40f6c701                       testb $0x1, %dil
   a13: 7503                           jne 0x3
   a15: 48ff07                         incq (%rdi)
   a18: 49897d00                       movq %rdi, (%r13)
   a1c: 498b442418                     movq 0x18(%r12), %rax
   a21: 488b8050010000                 movq 0x150(%rax), %rax
   a28: a801                           testb $0x1, %al
   a2a: 7507                           jne 0x7
   a2c: 48ff00                         incq (%rax)
   a2f: 498b7d00                       movq (%r13), %rdi
   a33: 488906                         movq %rax, (%rsi)
   a36: bde4020000                     movl $0x2e4, %ebp
   a3b: 41bf4a000000                   movl $0x4a, %r15d
   a41: 40f6c701                       testb $0x1, %dil
   a45: 0f85c6010000                   jne 0x1c6
   a4b: 837f0808                       cmpl $0x8, 0x8(%rdi)
   a4f: 0f85bc010000                   jne 0x1bc
   a55: 41b801000000                   movl $0x1, %r8d
   a5b: 4c89f1                         movq %r14, %rcx
   a5e: 4889f2                         movq %rsi, %rdx
   a61: ff5738                         callq *0x38(%rdi)
   a64: 4889442438                     movq %rax, 0x38(%rsp)
   a69: 488b0e                         movq (%rsi), %rcx
   a6c: f6c101                         testb $0x1, %cl
   a6f: 750a                           jne 0xa
   a71: 48ff09                         decq (%rcx)
   a74: 7505                           jne 0x5
   a76: e800000000                     callq 0x0
        # hole +0xa77: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a7b: 48ff0f                         decq (%rdi)
   a7e: 7508                           jne 0x8
   a80: 4889f9                         movq %rdi, %rcx
   a83: e800000000                     callq 0x0
        # hole +0xa84: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a88: 48837c243800                   cmpq $0x0, 0x38(%rsp)
   a8e: 0f8409010000                   je 0x109
   a94: 488b542438                     movq 0x38(%rsp), %rdx
   a99: 49895500                       movq %rdx, (%r13)
   a9d: 498b442418                     movq 0x18(%r12), %rax
   aa2: 488b8858010000                 movq 0x158(%rax), %rcx
   aa9: 48899058010000                 movq %rdx, 0x158(%rax)
   ab0: f6c101                         testb $0x1, %cl
   ab3: 750a                           jne 0xa
   ab5: 48ff09                         decq (%rcx)
   ab8: 7505                           jne 0x5
   aba: e800000000                     callq 0x0
        # hole +0xabb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   abf: 498b442418                     movq 0x18(%r12), %rax
   ac4: 488b8068010000                 movq 0x168(%rax), %rax
   acb: a801                           testb $0x1, %al
   acd: 7503                           jne 0x3
   acf: 48ff00                         incq (%rax)
   ad2: 49894500                       movq %rax, (%r13)
   ad6: 498b4c2418                     movq 0x18(%r12), %rcx
   adb: 488b8970010000                 movq 0x170(%rcx), %rcx
   ae2: f6c101                         testb $0x1, %cl
   ae5: 7507                           jne 0x7
   ae7: 48ff01                         incq (%rcx)
   aea: 498b4500                       movq (%r13), %rax
   aee: 89c2                           movl %eax, %edx
   af0: 83e201                         andl $0x1, %edx
   af3: 48890e                         movq %rcx, (%rsi)
   af6: bd0c030000                     movl $0x30c, %ebp
   afb: 41bf4e000000                   movl $0x4e, %r15d
   b01: 4885d2                         testq %rdx, %rdx
   b04: 0f8407010000                   je 0x107
   b0a: f6c101                         testb $0x1, %cl
   b0d: 0f84fe000000                   je 0xfe
   b13: 48d1f8                         sarq %rax
   b16: 48d1f9                         sarq %rcx
   b19: 4801c1                         addq %rax, %rcx
   b1c: 4801cb                         addq %rcx, %rbx
   b1f: 0f890d010000                   jns 0x10d
   b25: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   b2d: 49894500                       movq %rax, (%r13)
   b31: 498b542418                     movq 0x18(%r12), %rdx
   b36: 488b8a78010000                 movq 0x178(%rdx), %rcx
   b3d: 48898278010000                 movq %rax, 0x178(%rdx)
   b44: bd2a030000                     movl $0x32a, %ebp
   b49: 41bf51000000                   movl $0x51, %r15d
   b4f: f6c101                         testb $0x1, %cl
   b52: 750a                           jne 0xa
   b54: 48ff09                         decq (%rcx)
   b57: 7505                           jne 0x5
   b59: e800000000                     callq 0x0
        # hole +0xb5a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   b5e: 4c89ee                         movq %r13, %rsi
   b61: eb6c                           jmp 0x6c
   b63: 488b742430                     movq 0x30(%rsp), %rsi
   b68: 488b0500000000                 movq (%rip), %rax
        # hole +0xb6b: IMAGE_REL_AMD64_REL32 Rel32 data+20
   b6f: 4c01f8                         addq %r15, %rax
   b72: 48896c2428                     movq %rbp, 0x28(%rsp)
   b77: 4889442420                     movq %rax, 0x20(%rsp)
   b7c: 4c89e1                         movq %r12, %rcx
   b7f: 4889f2                         movq %rsi, %rdx
   b82: 4d89f0                         movq %r14, %r8
   b85: e800000000                     callq 0x0
        # hole +0xb86: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   b8a: 4883c440                       addq $0x40, %rsp
   b8e: 5d                             popq %rbp
   b8f: c3                             retq
   b90: bd14000000                     movl $0x14, %ebp
   b95: 41bf02000000                   movl $0x2, %r15d
   b9b: ebcb                           jmp -0x35
   b9d: 4c89ee                         movq %r13, %rsi
   ba0: 41b903000000                   movl $0x3, %r9d
   ba6: ebc0                           jmp -0x40
   ba8: 49894d00                       movq %rcx, (%r13)
   bac: bd9a010000                     movl $0x19a, %ebp
   bb1: 41bf29000000                   movl $0x29, %r15d
   bb7: 41b901000000                   movl $0x1, %r9d
   bbd: eba9                           jmp -0x57
   bbf: 4889c6                         movq %rax, %rsi
   bc2: ebf3                           jmp -0xd
   bc4: bdaa000000                     movl $0xaa, %ebp
   bc9: 41bf11000000                   movl $0x11, %r15d
   bcf: 41b902000000                   movl $0x2, %r9d
   bd5: eb91                           jmp -0x6f
   bd7: 49894d00                       movq %rcx, (%r13)
   bdb: bd8a020000                     movl $0x28a, %ebp
   be0: 41bf41000000                   movl $0x41, %r15d
   be6: ebcf                           jmp -0x31
   be8: 49894d00                       movq %rcx, (%r13)
   bec: bdb2020000                     movl $0x2b2, %ebp
   bf1: 41bf45000000                   movl $0x45, %r15d
   bf7: ebbe                           jmp -0x42
   bf9: bda4010000                     movl $0x1a4, %ebp
   bfe: 41bf2a000000                   movl $0x2a, %r15d
   c04: ebb1                           jmp -0x4f
   c06: bd6c020000                     movl $0x26c, %ebp
   c0b: 41bf3e000000                   movl $0x3e, %r15d
   c11: 488b742430                     movq 0x30(%rsp), %rsi
   c16: eb9f                           jmp -0x61
   c18: bd94020000                     movl $0x294, %ebp
   c1d: 41bf42000000                   movl $0x42, %r15d
   c23: eb92                           jmp -0x6e
   c25: bdbc020000                     movl $0x2bc, %ebp
   c2a: 41bf46000000                   movl $0x46, %r15d
   c30: eb85                           jmp -0x7b
   c32: bd16030000                     movl $0x316, %ebp
   c37: 41bf4f000000                   movl $0x4f, %r15d
   c3d: ebd2                           jmp -0x2e
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[1]+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 symbol:tf_False+0
        # hole data+0x18: GOT Abs64 index+0
