# stencil startup_mixed for x86_64-pc-windows-msvc: 3221 code bytes, 32 data bytes, 46 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b08                         movq (%rax), %rcx
     d: f6c101                         testb $0x1, %cl
    10: 7503                           jne 0x3
    12: 48ff01                         incq (%rcx)
    15: 498d7d08                       leaq 0x8(%r13), %rdi
    19: 49894d00                       movq %rcx, (%r13)
    1d: bd0a000000                     movl $0xa, %ebp
    22: be01000000                     movl $0x1, %esi
    27: 41b901000000                   movl $0x1, %r9d
    2d: f6c101                         testb $0x1, %cl
    30: 0f85340b0000                   jne 0xb34
    36: 83790807                       cmpl $0x7, 0x8(%rcx)
    3a: 0f852a0b0000                   jne 0xb2a
    40: 488b0500000000                 movq (%rip), %rax
        # hole +0x43: IMAGE_REL_AMD64_REL32 Rel32 data-4
    47: 488b5130                       movq 0x30(%rcx), %rdx
    4b: 48394230                       cmpq %rax, 0x30(%rdx)
    4f: 0f85150b0000                   jne 0xb15
    55: 4883793802                     cmpq $0x2, 0x38(%rcx)
    5a: 0f82480b0000                   jb 0xb48
    60: 488b4148                       movq 0x48(%rcx), %rax
    64: a801                           testb $0x1, %al
    66: 7503                           jne 0x3
    68: 48ff00                         incq (%rax)
    6b: 49894500                       movq %rax, (%r13)
    6f: 48ff09                         decq (%rcx)
    72: 750b                           jne 0xb
    74: e800000000                     callq 0x0
        # hole +0x75: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    79: 41b901000000                   movl $0x1, %r9d
    7f: 498b4500                       movq (%r13), %rax
    83: 498b542418                     movq 0x18(%r12), %rdx
    88: 488b4a08                       movq 0x8(%rdx), %rcx
    8c: 48894208                       movq %rax, 0x8(%rdx)
    90: f6c101                         testb $0x1, %cl
    93: 7510                           jne 0x10
    95: 48ff09                         decq (%rcx)
    98: 750b                           jne 0xb
    9a: e800000000                     callq 0x0
        # hole +0x9b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    9f: 41b901000000                   movl $0x1, %r9d
    a5: 498b442418                     movq 0x18(%r12), %rax
    aa: 488b5820                       movq 0x20(%rax), %rbx
    ae: f6c301                         testb $0x1, %bl
    b1: 7503                           jne 0x3
    b3: 48ff03                         incq (%rbx)
    b6: 49895d00                       movq %rbx, (%r13)
    ba: 498b442418                     movq 0x18(%r12), %rax
    bf: 488b4010                       movq 0x10(%rax), %rax
    c3: a801                           testb $0x1, %al
    c5: 7507                           jne 0x7
    c7: 48ff00                         incq (%rax)
    ca: 498b5d00                       movq (%r13), %rbx
    ce: 498d4d10                       leaq 0x10(%r13), %rcx
    d2: 49894508                       movq %rax, 0x8(%r13)
    d6: bd3c000000                     movl $0x3c, %ebp
    db: be06000000                     movl $0x6, %esi
    e0: f6c301                         testb $0x1, %bl
    e3: 0f8591010000                   jne 0x191
    e9: 48894c2430                     movq %rcx, 0x30(%rsp)
    ee: 837b0808                       cmpl $0x8, 0x8(%rbx)
    f2: 0f856d0a0000                   jne 0xa6d
    f8: 41b801000000                   movl $0x1, %r8d
    fe: 4c89f1                         movq %r14, %rcx
   101: 4889fa                         movq %rdi, %rdx
   104: ff5338                         callq *0x38(%rbx)
   107: 4989c7                         movq %rax, %r15
   10a: 488b0f                         movq (%rdi), %rcx
   10d: f6c101                         testb $0x1, %cl
   110: 750a                           jne 0xa
   112: 48ff09                         decq (%rcx)
   115: 7505                           jne 0x5
   117: e800000000                     callq 0x0
        # hole +0x118: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   11c: 48ff0b                         decq (%rbx)
   11f: 7508                           jne 0x8
   121: 4889d9                         movq %rbx, %rcx
   124: e800000000                     callq 0x0
        # hole +0x125: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   129: 4d85ff                         testq %r15, %r15
   12c: 0f84970a0000                   je 0xa97
   132: 4d897d00                       movq %r15, (%r13)
   136: 498b442418                     movq 0x18(%r12), %rax
   13b: 488b4818                       movq 0x18(%rax), %rcx
   13f: 4c897818                       movq %r15, 0x18(%rax)
   143: f6c101                         testb $0x1, %cl
   146: 750a                           jne 0xa
   148: 48ff09                         decq (%rcx)
   14b: 7505                           jne 0x5
   14d: e800000000                     callq 0x0
        # hole +0x14e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   152: 498b442418                     movq 0x18(%r12), %rax
   157: 488b4828                       movq 0x28(%rax), %rcx
   15b: f6c101                         testb $0x1, %cl
   15e: 41b901000000                   movl $0x1, %r9d
   164: 7503                           jne 0x3
   166: 48ff01                         incq (%rcx)
   169: 49894d00                       movq %rcx, (%r13)
   16d: 498b442418                     movq 0x18(%r12), %rax
   172: 488b5830                       movq 0x30(%rax), %rbx
   176: f6c301                         testb $0x1, %bl
   179: 7507                           jne 0x7
   17b: 48ff03                         incq (%rbx)
   17e: 498b4d00                       movq (%r13), %rcx
   182: 48891f                         movq %rbx, (%rdi)
   185: bd64000000                     movl $0x64, %ebp
   18a: be0a000000                     movl $0xa, %esi
   18f: f6c101                         testb $0x1, %cl
   192: 0f85cd090000                   jne 0x9cd
   198: 83790802                       cmpl $0x2, 0x8(%rcx)
   19c: 0f85c3090000                   jne 0x9c3
   1a2: f6c301                         testb $0x1, %bl
   1a5: 0f85ba090000                   jne 0x9ba
   1ab: 837b0802                       cmpl $0x2, 0x8(%rbx)
   1af: 0f85b0090000                   jne 0x9b0
   1b5: f20f107130                     movsd 0x30(%rcx), %xmm6
   1ba: f20f597330                     mulsd 0x30(%rbx), %xmm6
   1bf: 48ff09                         decq (%rcx)
   1c2: 7505                           jne 0x5
   1c4: e800000000                     callq 0x0
        # hole +0x1c5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1c9: 48ff0b                         decq (%rbx)
   1cc: 7508                           jne 0x8
   1ce: 4889d9                         movq %rbx, %rcx
   1d1: e800000000                     callq 0x0
        # hole +0x1d2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1d6: 4c89f1                         movq %r14, %rcx
   1d9: 660f28ce                       movapd %xmm6, %xmm1
   1dd: e800000000                     callq 0x0
        # hole +0x1de: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   1e2: 4885c0                         testq %rax, %rax
   1e5: 0f84d4090000                   je 0x9d4
   1eb: 49894500                       movq %rax, (%r13)
   1ef: 498b542418                     movq 0x18(%r12), %rdx
   1f4: 488b4a38                       movq 0x38(%rdx), %rcx
   1f8: 48894238                       movq %rax, 0x38(%rdx)
   1fc: f6c101                         testb $0x1, %cl
   1ff: 41b901000000                   movl $0x1, %r9d
   205: 7510                           jne 0x10
   207: 48ff09                         decq (%rcx)
   20a: 750b                           jne 0xb
   20c: e800000000                     callq 0x0
        # hole +0x20d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   211: 41b901000000                   movl $0x1, %r9d
   217: 498b442418                     movq 0x18(%r12), %rax
   21c: 488b4040                       movq 0x40(%rax), %rax
   220: a801                           testb $0x1, %al
   222: 7503                           jne 0x3
   224: 48ff00                         incq (%rax)
   227: 49894500                       movq %rax, (%r13)
   22b: 498b4c2418                     movq 0x18(%r12), %rcx
   230: 488b4948                       movq 0x48(%rcx), %rcx
   234: f6c101                         testb $0x1, %cl
   237: 7507                           jne 0x7
   239: 48ff01                         incq (%rcx)
   23c: 498b4500                       movq (%r13), %rax
   240: 89c2                           movl %eax, %edx
   242: 83e201                         andl $0x1, %edx
   245: 48890f                         movq %rcx, (%rdi)
   248: bd96000000                     movl $0x96, %ebp
   24d: be0f000000                     movl $0xf, %esi
   252: 4885d2                         testq %rdx, %rdx
   255: 0f840a090000                   je 0x90a
   25b: 89ca                           movl %ecx, %edx
   25d: 83e201                         andl $0x1, %edx
   260: 0f84ff080000                   je 0x8ff
   266: 48d1f8                         sarq %rax
   269: 48d1f9                         sarq %rcx
   26c: 4839c8                         cmpq %rcx, %rax
   26f: 7d11                           jge 0x11
   271: 488b0500000000                 movq (%rip), %rax
        # hole +0x274: IMAGE_REL_AMD64_REL32 Rel32 data+4
   278: eb0f                           jmp 0xf
   27a: 4889cf                         movq %rcx, %rdi
   27d: e9e8080000                     jmp 0x8e8
   282: 488b0500000000                 movq (%rip), %rax
        # hole +0x285: IMAGE_REL_AMD64_REL32 Rel32 data+12
   289: 49894500                       movq %rax, (%r13)
   28d: 0f8d41090000                   jge 0x941
   293: 498b442418                     movq 0x18(%r12), %rax
   298: 488b4850                       movq 0x50(%rax), %rcx
   29c: f6c101                         testb $0x1, %cl
   29f: 7503                           jne 0x3
   2a1: 48ff01                         incq (%rcx)
   2a4: 49894d00                       movq %rcx, (%r13)
   2a8: 498b442418                     movq 0x18(%r12), %rax
   2ad: 488b5858                       movq 0x58(%rax), %rbx
   2b1: f6c301                         testb $0x1, %bl
   2b4: 7507                           jne 0x7
   2b6: 48ff03                         incq (%rbx)
   2b9: 498b4d00                       movq (%r13), %rcx
   2bd: 48891f                         movq %rbx, (%rdi)
   2c0: bdc8000000                     movl $0xc8, %ebp
   2c5: be14000000                     movl $0x14, %esi
   2ca: f6c101                         testb $0x1, %cl
   2cd: 0f8592080000                   jne 0x892
   2d3: 83790802                       cmpl $0x2, 0x8(%rcx)
   2d7: 0f8588080000                   jne 0x888
   2dd: f6c301                         testb $0x1, %bl
   2e0: 0f857f080000                   jne 0x87f
   2e6: 837b0802                       cmpl $0x2, 0x8(%rbx)
   2ea: 0f8575080000                   jne 0x875
   2f0: f20f107130                     movsd 0x30(%rcx), %xmm6
   2f5: f20f597330                     mulsd 0x30(%rbx), %xmm6
   2fa: 48ff09                         decq (%rcx)
   2fd: 7505                           jne 0x5
   2ff: e800000000                     callq 0x0
        # hole +0x300: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   304: 48ff0b                         decq (%rbx)
   307: 7508                           jne 0x8
   309: 4889d9                         movq %rbx, %rcx
   30c: e800000000                     callq 0x0
        # hole +0x30d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   311: 4c89f1                         movq %r14, %rcx
   314: 660f28ce                       movapd %xmm6, %xmm1
   318: e800000000                     callq 0x0
        # hole +0x319: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   31d: 4885c0                         testq %rax, %rax
   320: 0f84c0080000                   je 0x8c0
   326: 49894500                       movq %rax, (%r13)
   32a: 498b542418                     movq 0x18(%r12), %rdx
   32f: 488b4a60                       movq 0x60(%rdx), %rcx
   333: 48894260                       movq %rax, 0x60(%rdx)
   337: f6c101                         testb $0x1, %cl
   33a: 41b901000000                   movl $0x1, %r9d
   340: 7510                           jne 0x10
   342: 48ff09                         decq (%rcx)
   345: 750b                           jne 0xb
   347: e800000000                     callq 0x0
        # hole +0x348: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   34c: 41b901000000                   movl $0x1, %r9d
   352: 498b442418                     movq 0x18(%r12), %rax
   357: 488b4868                       movq 0x68(%rax), %rcx
   35b: f6c101                         testb $0x1, %cl
   35e: 7503                           jne 0x3
   360: 48ff01                         incq (%rcx)
   363: 49894d00                       movq %rcx, (%r13)
   367: 498b442418                     movq 0x18(%r12), %rax
   36c: 488b4070                       movq 0x70(%rax), %rax
   370: a801                           testb $0x1, %al
   372: 7507                           jne 0x7
   374: 48ff00                         incq (%rax)
   377: 498b4d00                       movq (%r13), %rcx
   37b: 89ca                           movl %ecx, %edx
   37d: 83e201                         andl $0x1, %edx
   380: 488907                         movq %rax, (%rdi)
   383: bdfa000000                     movl $0xfa, %ebp
   388: be19000000                     movl $0x19, %esi
   38d: 4885d2                         testq %rdx, %rdx
   390: 0f84cf070000                   je 0x7cf
   396: 89c2                           movl %eax, %edx
   398: 83e201                         andl $0x1, %edx
   39b: 0f84c4070000                   je 0x7c4
   3a1: 48d1f9                         sarq %rcx
   3a4: 48d1f8                         sarq %rax
   3a7: 480fafc1                       imulq %rcx, %rax
   3ab: bd04010000                     movl $0x104, %ebp
   3b0: be1a000000                     movl $0x1a, %esi
   3b5: 0f80aa070000                   jo 0x7aa
   3bb: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
   3c5: 4a8d0c38                       leaq (%rax,%r15), %rcx
   3c9: 4885c9                         testq %rcx, %rcx
   3cc: 0f8993070000                   jns 0x793
   3d2: 488d044501000000               leaq 0x1(,%rax,2), %rax
   3da: 49894500                       movq %rax, (%r13)
   3de: 498b542418                     movq 0x18(%r12), %rdx
   3e3: 488b4a78                       movq 0x78(%rdx), %rcx
   3e7: 48894278                       movq %rax, 0x78(%rdx)
   3eb: f6c101                         testb $0x1, %cl
   3ee: 750a                           jne 0xa
   3f0: 48ff09                         decq (%rcx)
   3f3: 7505                           jne 0x5
   3f5: e800000000                     callq 0x0
        # hole +0x3f6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3fa: 498b442418                     movq 0x18(%r12), %rax
   3ff: 488b8880000000                 movq 0x80(%rax), %rcx
   406: f6c101                         testb $0x1, %cl
   409: 7503                           jne 0x3
   40b: 48ff01                         incq (%rcx)
   40e: 49894d00                       movq %rcx, (%r13)
   412: 498b442418                     movq 0x18(%r12), %rax
   417: 488b8088000000                 movq 0x88(%rax), %rax
   41e: a801                           testb $0x1, %al
   420: 7507                           jne 0x7
   422: 48ff00                         incq (%rax)
   425: 498b4d00                       movq (%r13), %rcx
   429: 89ca                           movl %ecx, %edx
   42b: 83e201                         andl $0x1, %edx
   42e: 488907                         movq %rax, (%rdi)
   431: bd2c010000                     movl $0x12c, %ebp
   436: be1e000000                     movl $0x1e, %esi
   43b: 4885d2                         testq %rdx, %rdx
   43e: 0f840b080000                   je 0x80b
   444: 89c2                           movl %eax, %edx
   446: 83e201                         andl $0x1, %edx
   449: 0f8400080000                   je 0x800
   44f: 48d1f9                         sarq %rcx
   452: 48d1f8                         sarq %rax
   455: 480fafc1                       imulq %rcx, %rax
   459: bd36010000                     movl $0x136, %ebp
   45e: be1f000000                     movl $0x1f, %esi
   463: 0f80e6070000                   jo 0x7e6
   469: 4a8d0c38                       leaq (%rax,%r15), %rcx
   46d: 4885c9                         testq %rcx, %rcx
   470: 0f89d9070000                   jns 0x7d9
   476: 488d044501000000               leaq 0x1(,%rax,2), %rax
   47e: 49894500                       movq %rax, (%r13)
   482: 498b542418                     movq 0x18(%r12), %rdx
   487: 488b8a90000000                 movq 0x90(%rdx), %rcx
   48e: 48898290000000                 movq %rax, 0x90(%rdx)
   495: f6c101                         testb $0x1, %cl
   498: 750a                           jne 0xa
   49a: 48ff09                         decq (%rcx)
   49d: 7505                           jne 0x5
   49f: e800000000                     callq 0x0
        # hole +0x4a0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4a4: 498b442418                     movq 0x18(%r12), %rax
   4a9: 488b8898000000                 movq 0x98(%rax), %rcx
   4b0: f6c101                         testb $0x1, %cl
   4b3: 7503                           jne 0x3
   4b5: 48ff01                         incq (%rcx)
   4b8: 49894d00                       movq %rcx, (%r13)
   4bc: 498b442418                     movq 0x18(%r12), %rax
   4c1: 488b80a0000000                 movq 0xa0(%rax), %rax
   4c8: a801                           testb $0x1, %al
   4ca: 7507                           jne 0x7
   4cc: 48ff00                         incq (%rax)
   4cf: 498b4d00                       movq (%r13), %rcx
   4d3: 89ca                           movl %ecx, %edx
   4d5: 83e201                         andl $0x1, %edx
   4d8: 488907                         movq %rax, (%rdi)
   4db: bd5e010000                     movl $0x15e, %ebp
   4e0: be23000000                     movl $0x23, %esi
   4e5: 4885d2                         testq %rdx, %rdx
   4e8: 0f8461070000                   je 0x761
   4ee: 89c2                           movl %eax, %edx
   4f0: 83e201                         andl $0x1, %edx
   4f3: 0f8456070000                   je 0x756
   4f9: 48d1f9                         sarq %rcx
   4fc: 48d1f8                         sarq %rax
   4ff: 480fafc1                       imulq %rcx, %rax
   503: bd68010000                     movl $0x168, %ebp
   508: be24000000                     movl $0x24, %esi
   50d: 0f803c070000                   jo 0x73c
   513: 4a8d0c38                       leaq (%rax,%r15), %rcx
   517: 4885c9                         testq %rcx, %rcx
   51a: 0f892f070000                   jns 0x72f
   520: 488d044501000000               leaq 0x1(,%rax,2), %rax
   528: 49894500                       movq %rax, (%r13)
   52c: 498b542418                     movq 0x18(%r12), %rdx
   531: 488b8aa8000000                 movq 0xa8(%rdx), %rcx
   538: 488982a8000000                 movq %rax, 0xa8(%rdx)
   53f: f6c101                         testb $0x1, %cl
   542: 750a                           jne 0xa
   544: 48ff09                         decq (%rcx)
   547: 7505                           jne 0x5
   549: e800000000                     callq 0x0
        # hole +0x54a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   54e: 49c745003d000000               movq $0x3d, (%r13)
   556: 498b442418                     movq 0x18(%r12), %rax
   55b: 488b88b0000000                 movq 0xb0(%rax), %rcx
   562: 48c780b00000003d000000         movq $0x3d, 0xb0(%rax)
   56d: f6c101                         testb $0x1, %cl
   570: 750a                           jne 0xa
   572: 48ff09                         decq (%rcx)
   575: 7505                           jne 0x5
   577: e800000000                     callq 0x0
        # hole +0x578: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   57c: 498b442418                     movq 0x18(%r12), %rax
   581: 488b88b8000000                 movq 0xb8(%rax), %rcx
   588: f6c101                         testb $0x1, %cl
   58b: 0f8501060000                   jne 0x601
   591: 48ff01                         incq (%rcx)
   594: 49894d00                       movq %rcx, (%r13)
   598: bd9a010000                     movl $0x19a, %ebp
   59d: be29000000                     movl $0x29, %esi
   5a2: 83790807                       cmpl $0x7, 0x8(%rcx)
   5a6: 0f856d060000                   jne 0x66d
   5ac: 488b4130                       movq 0x30(%rcx), %rax
   5b0: 48817830bb6e0800               cmpq $0x86ebb, 0x30(%rax)
   5b8: 0f855b060000                   jne 0x65b
   5be: 4883793802                     cmpq $0x2, 0x38(%rcx)
   5c3: 0f825b060000                   jb 0x65b
   5c9: 488b4148                       movq 0x48(%rcx), %rax
   5cd: a801                           testb $0x1, %al
   5cf: 7503                           jne 0x3
   5d1: 48ff00                         incq (%rax)
   5d4: 49894500                       movq %rax, (%r13)
   5d8: 48ff09                         decq (%rcx)
   5db: 7505                           jne 0x5
   5dd: e800000000                     callq 0x0
        # hole +0x5de: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5e2: 498b4500                       movq (%r13), %rax
   5e6: 498b542418                     movq 0x18(%r12), %rdx
   5eb: 488b8ac0000000                 movq 0xc0(%rdx), %rcx
   5f2: 488982c0000000                 movq %rax, 0xc0(%rdx)
   5f9: f6c101                         testb $0x1, %cl
   5fc: 750a                           jne 0xa
   5fe: 48ff09                         decq (%rcx)
   601: 7505                           jne 0x5
   603: e800000000                     callq 0x0
        # hole +0x604: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   608: 498b442418                     movq 0x18(%r12), %rax
   60d: 488b80e0000000                 movq 0xe0(%rax), %rax
   614: a801                           testb $0x1, %al
   616: 7503                           jne 0x3
   618: 48ff00                         incq (%rax)
   61b: 49894500                       movq %rax, (%r13)
   61f: 498b442418                     movq 0x18(%r12), %rax
   624: 488b80c8000000                 movq 0xc8(%rax), %rax
   62b: a801                           testb $0x1, %al
   62d: 7503                           jne 0x3
   62f: 48ff00                         incq (%rax)
   632: 488907                         movq %rax, (%rdi)
   635: 498b442418                     movq 0x18(%r12), %rax
   63a: 488b88d0000000                 movq 0xd0(%rax), %rcx
   641: f6c101                         testb $0x1, %cl
   644: 7503                           jne 0x3
   646: 48ff01                         incq (%rcx)
   649: 498d4518                       leaq 0x18(%r13), %rax
   64d: 49894d10                       movq %rcx, 0x10(%r13)
   651: 498b5d00                       movq (%r13), %rbx
   655: bdd6010000                     movl $0x1d6, %ebp
   65a: be2f000000                     movl $0x2f, %esi
   65f: f6c301                         testb $0x1, %bl
   662: 0f854c050000                   jne 0x54c
   668: 837b0808                       cmpl $0x8, 0x8(%rbx)
   66c: 0f8542050000                   jne 0x542
   672: 41b802000000                   movl $0x2, %r8d
   678: 4c89f1                         movq %r14, %rcx
   67b: 4889fa                         movq %rdi, %rdx
   67e: ff5338                         callq *0x38(%rbx)
   681: 4889442438                     movq %rax, 0x38(%rsp)
   686: 488b0f                         movq (%rdi), %rcx
   689: f6c101                         testb $0x1, %cl
   68c: 750a                           jne 0xa
   68e: 48ff09                         decq (%rcx)
   691: 7505                           jne 0x5
   693: e800000000                     callq 0x0
        # hole +0x694: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   698: 498b4d10                       movq 0x10(%r13), %rcx
   69c: f6c101                         testb $0x1, %cl
   69f: 750a                           jne 0xa
   6a1: 48ff09                         decq (%rcx)
   6a4: 7505                           jne 0x5
   6a6: e800000000                     callq 0x0
        # hole +0x6a7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6ab: 48ff0b                         decq (%rbx)
   6ae: 7508                           jne 0x8
   6b0: 4889d9                         movq %rbx, %rcx
   6b3: e800000000                     callq 0x0
        # hole +0x6b4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6b8: 48837c243800                   cmpq $0x0, 0x38(%rsp)
   6be: 0f8405050000                   je 0x505
   6c4: 488b542438                     movq 0x38(%rsp), %rdx
   6c9: 49895500                       movq %rdx, (%r13)
   6cd: 498b442418                     movq 0x18(%r12), %rax
   6d2: 488b88d8000000                 movq 0xd8(%rax), %rcx
   6d9: 488990d8000000                 movq %rdx, 0xd8(%rax)
   6e0: f6c101                         testb $0x1, %cl
   6e3: 750a                           jne 0xa
   6e5: 48ff09                         decq (%rcx)
   6e8: 7505                           jne 0x5
   6ea: e800000000                     callq 0x0
        # hole +0x6eb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6ef: 498b442418                     movq 0x18(%r12), %rax
   6f4: 488b88e8000000                 movq 0xe8(%rax), %rcx
   6fb: f6c101                         testb $0x1, %cl
   6fe: 7503                           jne 0x3
   700: 48ff01                         incq (%rcx)
   703: 49894d00                       movq %rcx, (%r13)
   707: 498b442418                     movq 0x18(%r12), %rax
   70c: 488b98f0000000                 movq 0xf0(%rax), %rbx
   713: f6c301                         testb $0x1, %bl
   716: 7507                           jne 0x7
   718: 48ff03                         incq (%rbx)
   71b: 498b4d00                       movq (%r13), %rcx
   71f: 48891f                         movq %rbx, (%rdi)
   722: bdfe010000                     movl $0x1fe, %ebp
   727: be33000000                     movl $0x33, %esi
   72c: f6c101                         testb $0x1, %cl
   72f: 0f851a050000                   jne 0x51a
   735: 83790802                       cmpl $0x2, 0x8(%rcx)
   739: 0f8510050000                   jne 0x510
   73f: f6c301                         testb $0x1, %bl
   742: 0f8507050000                   jne 0x507
   748: 837b0802                       cmpl $0x2, 0x8(%rbx)
   74c: 0f85fd040000                   jne 0x4fd
   752: f20f107130                     movsd 0x30(%rcx), %xmm6
   757: f20f597330                     mulsd 0x30(%rbx), %xmm6
   75c: 48ff09                         decq (%rcx)
   75f: 7505                           jne 0x5
   761: e800000000                     callq 0x0
        # hole +0x762: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   766: 48ff0b                         decq (%rbx)
   769: 7508                           jne 0x8
   76b: 4889d9                         movq %rbx, %rcx
   76e: e800000000                     callq 0x0
        # hole +0x76f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   773: 4c89f1                         movq %r14, %rcx
   776: 660f28ce                       movapd %xmm6, %xmm1
   77a: e800000000                     callq 0x0
        # hole +0x77b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   77f: 4885c0                         testq %rax, %rax
   782: 0f84b1040000                   je 0x4b1
   788: 49894500                       movq %rax, (%r13)
   78c: 498b542418                     movq 0x18(%r12), %rdx
   791: 488b8af8000000                 movq 0xf8(%rdx), %rcx
   798: 488982f8000000                 movq %rax, 0xf8(%rdx)
   79f: f6c101                         testb $0x1, %cl
   7a2: 750a                           jne 0xa
   7a4: 48ff09                         decq (%rcx)
   7a7: 7505                           jne 0x5
   7a9: e800000000                     callq 0x0
        # hole +0x7aa: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7ae: 498b442418                     movq 0x18(%r12), %rax
   7b3: 488b8800010000                 movq 0x100(%rax), %rcx
   7ba: f6c101                         testb $0x1, %cl
   7bd: 7503                           jne 0x3
   7bf: 48ff01                         incq (%rcx)
   7c2: 49894d00                       movq %rcx, (%r13)
   7c6: 498b442418                     movq 0x18(%r12), %rax
   7cb: 488b8008010000                 movq 0x108(%rax), %rax
   7d2: a801                           testb $0x1, %al
   7d4: 7507                           jne 0x7
   7d6: 48ff00                         incq (%rax)
   7d9: 498b4d00                       movq (%r13), %rcx
   7dd: 89ca                           movl %ecx, %edx
   7df: 83e201                         andl $0x1, %edx
   7e2: 488907                         movq %rax, (%rdi)
   7e5: bd30020000                     movl $0x230, %ebp
   7ea: be38000000                     movl $0x38, %esi
   7ef: 4885d2                         testq %rdx, %rdx
   7f2: 0f8457040000                   je 0x457
   7f8: 89c2                           movl %eax, %edx
   7fa: 83e201                         andl $0x1, %edx
   7fd: 0f844c040000                   je 0x44c
   803: 48d1f9                         sarq %rcx
   806: 48d1f8                         sarq %rax
   809: 480fafc1                       imulq %rcx, %rax
   80d: bd3a020000                     movl $0x23a, %ebp
   812: be39000000                     movl $0x39, %esi
   817: 0f8032040000                   jo 0x432
   81d: 4a8d0c38                       leaq (%rax,%r15), %rcx
   821: 4885c9                         testq %rcx, %rcx
   824: 0f8925040000                   jns 0x425
   82a: 488d044501000000               leaq 0x1(,%rax,2), %rax
   832: 49894500                       movq %rax, (%r13)
   836: 498b542418                     movq 0x18(%r12), %rdx
   83b: 488b8a10010000                 movq 0x110(%rdx), %rcx
   842: 48898210010000                 movq %rax, 0x110(%rdx)
   849: f6c101                         testb $0x1, %cl
   84c: 750a                           jne 0xa
   84e: 48ff09                         decq (%rcx)
   851: 7505                           jne 0x5
   853: e800000000                     callq 0x0
        # hole +0x854: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   858: 498b442418                     movq 0x18(%r12), %rax
   85d: 488b8018010000                 movq 0x118(%rax), %rax
   864: a801                           testb $0x1, %al
   866: 7503                           jne 0x3
   868: 48ff00                         incq (%rax)
   86b: 49894500                       movq %rax, (%r13)
   86f: 498b4c2418                     movq 0x18(%r12), %rcx
   874: 488b8920010000                 movq 0x120(%rcx), %rcx
   87b: f6c101                         testb $0x1, %cl
   87e: 7507                           jne 0x7
   880: 48ff01                         incq (%rcx)
   883: 498b4500                       movq (%r13), %rax
   887: 89c2                           movl %eax, %edx
   889: 83e201                         andl $0x1, %edx
   88c: 48890f                         movq %rcx, (%rdi)
   88f: bd62020000                     movl $0x262, %ebp
   894: be3d000000                     movl $0x3d, %esi
   899: 4885d2                         testq %rdx, %rdx
   89c: 0f84ad030000                   je 0x3ad
   8a2: 89ca                           movl %ecx, %edx
   8a4: 83e201                         andl $0x1, %edx
   8a7: 0f84a2030000                   je 0x3a2
   8ad: 48d1f8                         sarq %rax
   8b0: 48d1f9                         sarq %rcx
   8b3: 4801c1                         addq %rax, %rcx
   8b6: 4889c8                         movq %rcx, %rax
   8b9: 4c01f8                         addq %r15, %rax
   8bc: 0f8983030000                   jns 0x383
   8c2: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   8ca: 49894500                       movq %rax, (%r13)
   8ce: 498b542418                     movq 0x18(%r12), %rdx
   8d3: 488b8a28010000                 movq 0x128(%rdx), %rcx
   8da: 48898228010000                 movq %rax, 0x128(%rdx)
   8e1: f6c101                         testb $0x1, %cl
   8e4: 750a                           jne 0xa
   8e6: 48ff09                         decq (%rcx)
   8e9: 7505                           jne 0x5
   8eb: e800000000                     callq 0x0
        # hole +0x8ec: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   8f0: 498b442418                     movq 0x18(%r12), %rax
   8f5: 488b8830010000                 movq 0x130(%rax), %rcx
   8fc: f6c101                         testb $0x1, %cl
   8ff: 0f85ed020000                   jne 0x2ed
   905: 48ff01                         incq (%rcx)
   908: 49894d00                       movq %rcx, (%r13)
   90c: bd8a020000                     movl $0x28a, %ebp
   911: be41000000                     movl $0x41, %esi
   916: 83790807                       cmpl $0x7, 0x8(%rcx)
   91a: 0f85f9020000                   jne 0x2f9
   920: 488b4130                       movq 0x30(%rcx), %rax
   924: 4881783081cf0800               cmpq $0x8cf81, 0x30(%rax)
   92c: 0f85e7020000                   jne 0x2e7
   932: 4883793800                     cmpq $0x0, 0x38(%rcx)
   937: 0f8422030000                   je 0x322
   93d: 488b4140                       movq 0x40(%rcx), %rax
   941: a801                           testb $0x1, %al
   943: 7503                           jne 0x3
   945: 48ff00                         incq (%rax)
   948: 49894500                       movq %rax, (%r13)
   94c: 48ff09                         decq (%rcx)
   94f: 7505                           jne 0x5
   951: e800000000                     callq 0x0
        # hole +0x952: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   956: 498b4500                       movq (%r13), %rax
   95a: 498b542418                     movq 0x18(%r12), %rdx
   95f: 488b8a38010000                 movq 0x138(%rdx), %rcx
   966: 48898238010000                 movq %rax, 0x138(%rdx)
   96d: f6c101                         testb $0x1, %cl
   970: 750a                           jne 0xa
   972: 48ff09                         decq (%rcx)
   975: 7505                           jne 0x5
   977: e800000000                     callq 0x0
        # hole +0x978: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   97c: 498b442418                     movq 0x18(%r12), %rax
   981: 488b8840010000                 movq 0x140(%rax), %rcx
   988: f6c101                         testb $0x1, %cl
   98b: 0f857a020000                   jne 0x27a
   991: 48ff01                         incq (%rcx)
   994: 49894d00                       movq %rcx, (%r13)
   998: bdb2020000                     movl $0x2b2, %ebp
   99d: be45000000                     movl $0x45, %esi
   9a2: 83790807                       cmpl $0x7, 0x8(%rcx)
   9a6: 0f856d020000                   jne 0x26d
   9ac: 488b4130                       movq 0x30(%rcx), %rax
   9b0: 48817830d5ef0300               cmpq $0x3efd5, 0x30(%rax)
   9b8: 0f855b020000                   jne 0x25b
   9be: 4883793800                     cmpq $0x0, 0x38(%rcx)
   9c3: 0f84ab020000                   je 0x2ab
   9c9: 488b4140                       movq 0x40(%rcx), %rax
   9cd: a801                           testb $0x1, %al
   9cf: 7503                           jne 0x3
   9d1: 48ff00                         incq (%rax)
   9d4: 49894500                       movq %rax, (%r13)
   9d8: 48ff09                         decq (%rcx)
   9db: 7505                           jne 0x5
   9dd: e800000000                     callq 0x0
        # hole +0x9de: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   9e2: 498b4500                       movq (%r13), %rax
   9e6: 498b542418                     movq 0x18(%r12), %rdx
   9eb: 488b8a48010000                 movq 0x148(%rdx), %rcx
   9f2: 48898248010000                 movq %rax, 0x148(%rdx)
   9f9: f6c101                         testb $0x1, %cl
   9fc: 750a                           jne 0xa
   9fe: 48ff09                         decq (%rcx)
   a01: 7505                           jne 0x5
   a03: e800000000                     callq 0x0
        # hole +0xa04: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a08: 498b442418                     movq 0x18(%r12), %rax
   a0d: 488b9860010000                 movq 0x160(%rax), %rbx
   a14: f6c301                         testb $0x1, %bl
   a17: 7503                           jne 0x3
   a19: 48ff03                         incq (%rbx)
   a1c: 49895d00                       movq %rbx, (%r13)
   a20: 498b442418                     movq 0x18(%r12), %rax
   a25: 488b8050010000                 movq 0x150(%rax), %rax
   a2c: a801                           testb $0x1, %al
   a2e: 7507                           jne 0x7
   a30: 48ff00                         incq (%rax)
   a33: 498b5d00                       movq (%r13), %rbx
   a37: 488907                         movq %rax, (%rdi)
   a3a: bde4020000                     movl $0x2e4, %ebp
   a3f: be4a000000                     movl $0x4a, %esi
   a44: f6c301                         testb $0x1, %bl
   a47: 0f8502020000                   jne 0x202
   a4d: 837b0808                       cmpl $0x8, 0x8(%rbx)
   a51: 0f85f8010000                   jne 0x1f8
   a57: 41b801000000                   movl $0x1, %r8d
   a5d: 4c89f1                         movq %r14, %rcx
   a60: 4889fa                         movq %rdi, %rdx
   a63: ff5338                         callq *0x38(%rbx)
   a66: 4889442438                     movq %rax, 0x38(%rsp)
   a6b: 488b0f                         movq (%rdi), %rcx
   a6e: f6c101                         testb $0x1, %cl
   a71: 750a                           jne 0xa
   a73: 48ff09                         decq (%rcx)
   a76: 7505                           jne 0x5
   a78: e800000000                     callq 0x0
        # hole +0xa79: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a7d: 48ff0b                         decq (%rbx)
   a80: 7508                           jne 0x8
   a82: 4889d9                         movq %rbx, %rcx
   a85: e800000000                     callq 0x0
        # hole +0xa86: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a8a: 48837c243800                   cmpq $0x0, 0x38(%rsp)
   a90: 0f8433010000                   je 0x133
   a96: 488b542438                     movq 0x38(%rsp), %rdx
   a9b: 49895500                       movq %rdx, (%r13)
   a9f: 498b442418                     movq 0x18(%r12), %rax
   aa4: 488b8858010000                 movq 0x158(%rax), %rcx
   aab: 48899058010000                 movq %rdx, 0x158(%rax)
   ab2: f6c101                         testb $0x1, %cl
   ab5: 750a                           jne 0xa
   ab7: 48ff09                         decq (%rcx)
   aba: 7505                           jne 0x5
   abc: e800000000                     callq 0x0
        # hole +0xabd: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   ac1: 498b442418                     movq 0x18(%r12), %rax
   ac6: 488b8068010000                 movq 0x168(%rax), %rax
   acd: a801                           testb $0x1, %al
   acf: 7503                           jne 0x3
   ad1: 48ff00                         incq (%rax)
   ad4: 49894500                       movq %rax, (%r13)
   ad8: 498b4c2418                     movq 0x18(%r12), %rcx
   add: 488b8970010000                 movq 0x170(%rcx), %rcx
   ae4: f6c101                         testb $0x1, %cl
   ae7: 7507                           jne 0x7
   ae9: 48ff01                         incq (%rcx)
   aec: 498b4500                       movq (%r13), %rax
   af0: 89c2                           movl %eax, %edx
   af2: 83e201                         andl $0x1, %edx
   af5: 48890f                         movq %rcx, (%rdi)
   af8: bd0c030000                     movl $0x30c, %ebp
   afd: be4e000000                     movl $0x4e, %esi
   b02: 4885d2                         testq %rdx, %rdx
   b05: 0f8444010000                   je 0x144
   b0b: 89ca                           movl %ecx, %edx
   b0d: 83e201                         andl $0x1, %edx
   b10: 0f8439010000                   je 0x139
   b16: 48d1f8                         sarq %rax
   b19: 48d1f9                         sarq %rcx
   b1c: 4801c1                         addq %rax, %rcx
   b1f: 4901cf                         addq %rcx, %r15
   b22: 0f8961010000                   jns 0x161
   b28: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   b30: 49894500                       movq %rax, (%r13)
   b34: 498b542418                     movq 0x18(%r12), %rdx
   b39: 488b8a78010000                 movq 0x178(%rdx), %rcx
   b40: 48898278010000                 movq %rax, 0x178(%rdx)
   b47: bd2a030000                     movl $0x32a, %ebp
   b4c: be51000000                     movl $0x51, %esi
   b51: f6c101                         testb $0x1, %cl
   b54: 750a                           jne 0xa
   b56: 48ff09                         decq (%rcx)
   b59: 7505                           jne 0x5
   b5b: e800000000                     callq 0x0
        # hole +0xb5c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   b60: 4c89ef                         movq %r13, %rdi
   b63: eb79                           jmp 0x79
   b65: 488b7c2430                     movq 0x30(%rsp), %rdi
   b6a: 488b0500000000                 movq (%rip), %rax
        # hole +0xb6d: IMAGE_REL_AMD64_REL32 Rel32 data+20
   b71: 4801f0                         addq %rsi, %rax
   b74: 48896c2428                     movq %rbp, 0x28(%rsp)
   b79: 4889442420                     movq %rax, 0x20(%rsp)
   b7e: 4c89e1                         movq %r12, %rcx
   b81: 4889fa                         movq %rdi, %rdx
   b84: 4d89f0                         movq %r14, %r8
   b87: e800000000                     callq 0x0
        # hole +0xb88: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   b8c: 4883c440                       addq $0x40, %rsp
   b90: 5d                             popq %rbp
   b91: c3                             retq
   b92: 49894d00                       movq %rcx, (%r13)
   b96: bd9a010000                     movl $0x19a, %ebp
   b9b: be29000000                     movl $0x29, %esi
   ba0: 41b901000000                   movl $0x1, %r9d
   ba6: ebc2                           jmp -0x3e
   ba8: bd14000000                     movl $0x14, %ebp
   bad: be02000000                     movl $0x2, %esi
   bb2: ebb6                           jmp -0x4a
   bb4: 4889c7                         movq %rax, %rdi
   bb7: 41b901000000                   movl $0x1, %r9d
   bbd: ebab                           jmp -0x55
   bbf: bd6e000000                     movl $0x6e, %ebp
   bc4: be0b000000                     movl $0xb, %esi
   bc9: 4c89ef                         movq %r13, %rdi
   bcc: 41b903000000                   movl $0x3, %r9d
   bd2: eb96                           jmp -0x6a
   bd4: bdaa000000                     movl $0xaa, %ebp
   bd9: be11000000                     movl $0x11, %esi
   bde: 41b902000000                   movl $0x2, %r9d
   be4: eb84                           jmp -0x7c
   be6: bdd2000000                     movl $0xd2, %ebp
   beb: be15000000                     movl $0x15, %esi
   bf0: ebd7                           jmp -0x29
   bf2: 49894d00                       movq %rcx, (%r13)
   bf6: bd8a020000                     movl $0x28a, %ebp
   bfb: be41000000                     movl $0x41, %esi
   c00: 41b901000000                   movl $0x1, %r9d
   c06: e95fffffff                     jmp -0xa1
   c0b: 49894d00                       movq %rcx, (%r13)
   c0f: bdb2020000                     movl $0x2b2, %ebp
   c14: be45000000                     movl $0x45, %esi
   c19: 41b901000000                   movl $0x1, %r9d
   c1f: e946ffffff                     jmp -0xba
   c24: bda4010000                     movl $0x1a4, %ebp
   c29: be2a000000                     movl $0x2a, %esi
   c2e: 41b901000000                   movl $0x1, %r9d
   c34: e931ffffff                     jmp -0xcf
   c39: bd08020000                     movl $0x208, %ebp
   c3e: be34000000                     movl $0x34, %esi
   c43: eb84                           jmp -0x7c
   c45: bd6c020000                     movl $0x26c, %ebp
   c4a: be3e000000                     movl $0x3e, %esi
   c4f: 488b7c2430                     movq 0x30(%rsp), %rdi
   c54: 41b901000000                   movl $0x1, %r9d
   c5a: e90bffffff                     jmp -0xf5
   c5f: bd94020000                     movl $0x294, %ebp
   c64: be42000000                     movl $0x42, %esi
   c69: 41b901000000                   movl $0x1, %r9d
   c6f: e9f6feffff                     jmp -0x10a
   c74: bdbc020000                     movl $0x2bc, %ebp
   c79: be46000000                     movl $0x46, %esi
   c7e: 41b901000000                   movl $0x1, %r9d
   c84: e9e1feffff                     jmp -0x11f
   c89: bd16030000                     movl $0x316, %ebp
   c8e: be4f000000                     movl $0x4f, %esi
   c93: ebba                           jmp -0x46
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[1]+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 symbol:tf_False+0
        # hole data+0x18: GOT Abs64 index+0
