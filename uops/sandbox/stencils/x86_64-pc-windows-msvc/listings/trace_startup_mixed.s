# stencil startup_mixed for x86_64-pc-windows-msvc: 3370 code bytes, 0 data bytes, 41 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 4d89f7                         movq %r14, %r15
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 488b08                         movq (%rax), %rcx
    10: f6c101                         testb $0x1, %cl
    13: 7503                           jne 0x3
    15: 48ff01                         incq (%rcx)
    18: 49be0a0000000c000000           movabsq $0xc0000000a, %r14
    22: 498d7d08                       leaq 0x8(%r13), %rdi
    26: 49894d00                       movq %rcx, (%r13)
    2a: 498d46f7                       leaq -0x9(%r14), %rax
    2e: be0a000000                     movl $0xa, %esi
    33: 41b901000000                   movl $0x1, %r9d
    39: f6c101                         testb $0x1, %cl
    3c: 0f85440b0000                   jne 0xb44
    42: 83790807                       cmpl $0x7, 0x8(%rcx)
    46: 0f853a0b0000                   jne 0xb3a
    4c: ba00000000                     movl $0x0, %edx
        # hole +0x4d: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[1]+0
    51: 4c8b4130                       movq 0x30(%rcx), %r8
    55: 49395030                       cmpq %rdx, 0x30(%r8)
    59: 0f85270b0000                   jne 0xb27
    5f: 4883793802                     cmpq $0x2, 0x38(%rcx)
    64: 0f825b0b0000                   jb 0xb5b
    6a: 488b4148                       movq 0x48(%rcx), %rax
    6e: a801                           testb $0x1, %al
    70: 7503                           jne 0x3
    72: 48ff00                         incq (%rax)
    75: 49894500                       movq %rax, (%r13)
    79: 48ff09                         decq (%rcx)
    7c: 7505                           jne 0x5
    7e: e800000000                     callq 0x0
        # hole +0x7f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    83: 498b4500                       movq (%r13), %rax
    87: 498b542418                     movq 0x18(%r12), %rdx
    8c: 488b4a08                       movq 0x8(%rdx), %rcx
    90: 48894208                       movq %rax, 0x8(%rdx)
    94: f6c101                         testb $0x1, %cl
    97: 750a                           jne 0xa
    99: 48ff09                         decq (%rcx)
    9c: 7505                           jne 0x5
    9e: e800000000                     callq 0x0
        # hole +0x9f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    a3: 498b442418                     movq 0x18(%r12), %rax
    a8: 488b5820                       movq 0x20(%rax), %rbx
    ac: f6c301                         testb $0x1, %bl
    af: 7503                           jne 0x3
    b1: 48ff03                         incq (%rbx)
    b4: 49895d00                       movq %rbx, (%r13)
    b8: 498b442418                     movq 0x18(%r12), %rax
    bd: 488b4010                       movq 0x10(%rax), %rax
    c1: a801                           testb $0x1, %al
    c3: 7507                           jne 0x7
    c5: 48ff00                         incq (%rax)
    c8: 498b5d00                       movq (%r13), %rbx
    cc: 498d4d10                       leaq 0x10(%r13), %rcx
    d0: 49894508                       movq %rax, 0x8(%r13)
    d4: 498d6efc                       leaq -0x4(%r14), %rbp
    d8: be3c000000                     movl $0x3c, %esi
    dd: f6c301                         testb $0x1, %bl
    e0: 0f857c0a0000                   jne 0xa7c
    e6: 48894c2440                     movq %rcx, 0x40(%rsp)
    eb: 837b0808                       cmpl $0x8, 0x8(%rbx)
    ef: 0f850b0c0000                   jne 0xc0b
    f5: 41b801000000                   movl $0x1, %r8d
    fb: 4c897c2438                     movq %r15, 0x38(%rsp)
   100: 4c89f9                         movq %r15, %rcx
   103: 4889fa                         movq %rdi, %rdx
   106: ff5338                         callq *0x38(%rbx)
   109: 4989c7                         movq %rax, %r15
   10c: 488b0f                         movq (%rdi), %rcx
   10f: f6c101                         testb $0x1, %cl
   112: 750a                           jne 0xa
   114: 48ff09                         decq (%rcx)
   117: 7505                           jne 0x5
   119: e800000000                     callq 0x0
        # hole +0x11a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   11e: 48ff0b                         decq (%rbx)
   121: 7508                           jne 0x8
   123: 4889d9                         movq %rbx, %rcx
   126: e800000000                     callq 0x0
        # hole +0x127: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   12b: 4d85ff                         testq %r15, %r15
   12e: 0f84a10a0000                   je 0xaa1
   134: 4d897d00                       movq %r15, (%r13)
   138: 498b442418                     movq 0x18(%r12), %rax
   13d: 488b4818                       movq 0x18(%rax), %rcx
   141: 4c897818                       movq %r15, 0x18(%rax)
   145: f6c101                         testb $0x1, %cl
   148: 750a                           jne 0xa
   14a: 48ff09                         decq (%rcx)
   14d: 7505                           jne 0x5
   14f: e800000000                     callq 0x0
        # hole +0x150: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   154: 498b442418                     movq 0x18(%r12), %rax
   159: 488b4828                       movq 0x28(%rax), %rcx
   15d: f6c101                         testb $0x1, %cl
   160: 4c8b7c2438                     movq 0x38(%rsp), %r15
   165: 41b901000000                   movl $0x1, %r9d
   16b: 7503                           jne 0x3
   16d: 48ff01                         incq (%rcx)
   170: 49894d00                       movq %rcx, (%r13)
   174: 498b442418                     movq 0x18(%r12), %rax
   179: 488b5830                       movq 0x30(%rax), %rbx
   17d: f6c301                         testb $0x1, %bl
   180: 7507                           jne 0x7
   182: 48ff03                         incq (%rbx)
   185: 498b4d00                       movq (%r13), %rcx
   189: 48891f                         movq %rbx, (%rdi)
   18c: be64000000                     movl $0x64, %esi
   191: f6c101                         testb $0x1, %cl
   194: 0f85d6090000                   jne 0x9d6
   19a: 83790802                       cmpl $0x2, 0x8(%rcx)
   19e: 0f85cc090000                   jne 0x9cc
   1a4: f6c301                         testb $0x1, %bl
   1a7: 0f85c3090000                   jne 0x9c3
   1ad: 837b0802                       cmpl $0x2, 0x8(%rbx)
   1b1: 0f85b9090000                   jne 0x9b9
   1b7: f20f107130                     movsd 0x30(%rcx), %xmm6
   1bc: f20f597330                     mulsd 0x30(%rbx), %xmm6
   1c1: 48ff09                         decq (%rcx)
   1c4: 7505                           jne 0x5
   1c6: e800000000                     callq 0x0
        # hole +0x1c7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1cb: 48ff0b                         decq (%rbx)
   1ce: 7508                           jne 0x8
   1d0: 4889d9                         movq %rbx, %rcx
   1d3: e800000000                     callq 0x0
        # hole +0x1d4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1d8: 4c89f9                         movq %r15, %rcx
   1db: 660f28ce                       movapd %xmm6, %xmm1
   1df: e800000000                     callq 0x0
        # hole +0x1e0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   1e4: 4885c0                         testq %rax, %rax
   1e7: 0f84130a0000                   je 0xa13
   1ed: 49894500                       movq %rax, (%r13)
   1f1: 498b542418                     movq 0x18(%r12), %rdx
   1f6: 488b4a38                       movq 0x38(%rdx), %rcx
   1fa: 48894238                       movq %rax, 0x38(%rdx)
   1fe: f6c101                         testb $0x1, %cl
   201: 41b901000000                   movl $0x1, %r9d
   207: 7510                           jne 0x10
   209: 48ff09                         decq (%rcx)
   20c: 750b                           jne 0xb
   20e: e800000000                     callq 0x0
        # hole +0x20f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   213: 41b901000000                   movl $0x1, %r9d
   219: 498b442418                     movq 0x18(%r12), %rax
   21e: 488b4040                       movq 0x40(%rax), %rax
   222: a801                           testb $0x1, %al
   224: 7503                           jne 0x3
   226: 48ff00                         incq (%rax)
   229: 49894500                       movq %rax, (%r13)
   22d: 498b4c2418                     movq 0x18(%r12), %rcx
   232: 488b4948                       movq 0x48(%rcx), %rcx
   236: f6c101                         testb $0x1, %cl
   239: 7507                           jne 0x7
   23b: 48ff01                         incq (%rcx)
   23e: 498b4500                       movq (%r13), %rax
   242: 89c2                           movl %eax, %edx
   244: 83e201                         andl $0x1, %edx
   247: 48890f                         movq %rcx, (%rdi)
   24a: 4d8d4605                       leaq 0x5(%r14), %r8
   24e: be96000000                     movl $0x96, %esi
   253: 4885d2                         testq %rdx, %rdx
   256: 0f841b090000                   je 0x91b
   25c: 89ca                           movl %ecx, %edx
   25e: 83e201                         andl $0x1, %edx
   261: 0f8410090000                   je 0x910
   267: 48d1f8                         sarq %rax
   26a: 48d1f9                         sarq %rcx
   26d: ba00000000                     movl $0x0, %edx
        # hole +0x26e: IMAGE_REL_AMD64_ADDR32 Abs32 symbol:tf_True+0
   272: be00000000                     movl $0x0, %esi
        # hole +0x273: IMAGE_REL_AMD64_ADDR32 Abs32 symbol:tf_False+0
   277: 4839c8                         cmpq %rcx, %rax
   27a: 480f4cf2                       cmovlq %rdx, %rsi
   27e: 49897500                       movq %rsi, (%r13)
   282: 0f8d98090000                   jge 0x998
   288: 498b442418                     movq 0x18(%r12), %rax
   28d: 488b4850                       movq 0x50(%rax), %rcx
   291: f6c101                         testb $0x1, %cl
   294: 7503                           jne 0x3
   296: 48ff01                         incq (%rcx)
   299: 49894d00                       movq %rcx, (%r13)
   29d: 498b442418                     movq 0x18(%r12), %rax
   2a2: 488b5858                       movq 0x58(%rax), %rbx
   2a6: f6c301                         testb $0x1, %bl
   2a9: 7507                           jne 0x7
   2ab: 48ff03                         incq (%rbx)
   2ae: 498b4d00                       movq (%r13), %rcx
   2b2: 48891f                         movq %rbx, (%rdi)
   2b5: 498d460a                       leaq 0xa(%r14), %rax
   2b9: bec8000000                     movl $0xc8, %esi
   2be: f6c101                         testb $0x1, %cl
   2c1: 0f85ba080000                   jne 0x8ba
   2c7: 83790802                       cmpl $0x2, 0x8(%rcx)
   2cb: 0f85b0080000                   jne 0x8b0
   2d1: f6c301                         testb $0x1, %bl
   2d4: 0f85a7080000                   jne 0x8a7
   2da: 837b0802                       cmpl $0x2, 0x8(%rbx)
   2de: 0f859d080000                   jne 0x89d
   2e4: f20f107130                     movsd 0x30(%rcx), %xmm6
   2e9: f20f597330                     mulsd 0x30(%rbx), %xmm6
   2ee: 48ff09                         decq (%rcx)
   2f1: 7505                           jne 0x5
   2f3: e800000000                     callq 0x0
        # hole +0x2f4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2f8: 48ff0b                         decq (%rbx)
   2fb: 7508                           jne 0x8
   2fd: 4889d9                         movq %rbx, %rcx
   300: e800000000                     callq 0x0
        # hole +0x301: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   305: 4c89f9                         movq %r15, %rcx
   308: 660f28ce                       movapd %xmm6, %xmm1
   30c: e800000000                     callq 0x0
        # hole +0x30d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   311: 4885c0                         testq %rax, %rax
   314: 0f841a090000                   je 0x91a
   31a: 49894500                       movq %rax, (%r13)
   31e: 498b542418                     movq 0x18(%r12), %rdx
   323: 488b4a60                       movq 0x60(%rdx), %rcx
   327: 48894260                       movq %rax, 0x60(%rdx)
   32b: f6c101                         testb $0x1, %cl
   32e: 41b901000000                   movl $0x1, %r9d
   334: 7510                           jne 0x10
   336: 48ff09                         decq (%rcx)
   339: 750b                           jne 0xb
   33b: e800000000                     callq 0x0
        # hole +0x33c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   340: 41b901000000                   movl $0x1, %r9d
   346: 498b442418                     movq 0x18(%r12), %rax
   34b: 488b4868                       movq 0x68(%rax), %rcx
   34f: f6c101                         testb $0x1, %cl
   352: 7503                           jne 0x3
   354: 48ff01                         incq (%rcx)
   357: 49894d00                       movq %rcx, (%r13)
   35b: 498b442418                     movq 0x18(%r12), %rax
   360: 488b4070                       movq 0x70(%rax), %rax
   364: a801                           testb $0x1, %al
   366: 7507                           jne 0x7
   368: 48ff00                         incq (%rax)
   36b: 498b4d00                       movq (%r13), %rcx
   36f: 89ca                           movl %ecx, %edx
   371: 83e201                         andl $0x1, %edx
   374: 488907                         movq %rax, (%rdi)
   377: 4d8d460f                       leaq 0xf(%r14), %r8
   37b: befa000000                     movl $0xfa, %esi
   380: 4885d2                         testq %rdx, %rdx
   383: 0f84ee070000                   je 0x7ee
   389: 89c2                           movl %eax, %edx
   38b: 83e201                         andl $0x1, %edx
   38e: 0f84e3070000                   je 0x7e3
   394: 48d1f9                         sarq %rcx
   397: 48d1f8                         sarq %rax
   39a: 498d5610                       leaq 0x10(%r14), %rdx
   39e: 480fafc1                       imulq %rcx, %rax
   3a2: be04010000                     movl $0x104, %esi
   3a7: 0f80a1080000                   jo 0x8a1
   3ad: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
   3b7: 4a8d0c38                       leaq (%rax,%r15), %rcx
   3bb: 4885c9                         testq %rcx, %rcx
   3be: 0f898a080000                   jns 0x88a
   3c4: 488d044501000000               leaq 0x1(,%rax,2), %rax
   3cc: 49894500                       movq %rax, (%r13)
   3d0: 498b542418                     movq 0x18(%r12), %rdx
   3d5: 488b4a78                       movq 0x78(%rdx), %rcx
   3d9: 48894278                       movq %rax, 0x78(%rdx)
   3dd: f6c101                         testb $0x1, %cl
   3e0: 7510                           jne 0x10
   3e2: 48ff09                         decq (%rcx)
   3e5: 750b                           jne 0xb
   3e7: e800000000                     callq 0x0
        # hole +0x3e8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3ec: 41b901000000                   movl $0x1, %r9d
   3f2: 498b442418                     movq 0x18(%r12), %rax
   3f7: 488b8880000000                 movq 0x80(%rax), %rcx
   3fe: f6c101                         testb $0x1, %cl
   401: 7503                           jne 0x3
   403: 48ff01                         incq (%rcx)
   406: 49894d00                       movq %rcx, (%r13)
   40a: 498b442418                     movq 0x18(%r12), %rax
   40f: 488b8088000000                 movq 0x88(%rax), %rax
   416: a801                           testb $0x1, %al
   418: 7507                           jne 0x7
   41a: 48ff00                         incq (%rax)
   41d: 498b4d00                       movq (%r13), %rcx
   421: 89ca                           movl %ecx, %edx
   423: 83e201                         andl $0x1, %edx
   426: 488907                         movq %rax, (%rdi)
   429: 4d8d4614                       leaq 0x14(%r14), %r8
   42d: be2c010000                     movl $0x12c, %esi
   432: 4885d2                         testq %rdx, %rdx
   435: 0f846c070000                   je 0x76c
   43b: 89c2                           movl %eax, %edx
   43d: 83e201                         andl $0x1, %edx
   440: 0f8461070000                   je 0x761
   446: 48d1f9                         sarq %rcx
   449: 48d1f8                         sarq %rax
   44c: 498d5615                       leaq 0x15(%r14), %rdx
   450: 480fafc1                       imulq %rcx, %rax
   454: be36010000                     movl $0x136, %esi
   459: 0f80ef070000                   jo 0x7ef
   45f: 4a8d0c38                       leaq (%rax,%r15), %rcx
   463: 4885c9                         testq %rcx, %rcx
   466: 0f89e2070000                   jns 0x7e2
   46c: 488d044501000000               leaq 0x1(,%rax,2), %rax
   474: 49894500                       movq %rax, (%r13)
   478: 498b542418                     movq 0x18(%r12), %rdx
   47d: 488b8a90000000                 movq 0x90(%rdx), %rcx
   484: 48898290000000                 movq %rax, 0x90(%rdx)
   48b: f6c101                         testb $0x1, %cl
   48e: 7510                           jne 0x10
   490: 48ff09                         decq (%rcx)
   493: 750b                           jne 0xb
   495: e800000000                     callq 0x0
        # hole +0x496: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   49a: 41b901000000                   movl $0x1, %r9d
   4a0: 498b442418                     movq 0x18(%r12), %rax
   4a5: 488b8898000000                 movq 0x98(%rax), %rcx
   4ac: f6c101                         testb $0x1, %cl
   4af: 7503                           jne 0x3
   4b1: 48ff01                         incq (%rcx)
   4b4: 49894d00                       movq %rcx, (%r13)
   4b8: 498b442418                     movq 0x18(%r12), %rax
   4bd: 488b80a0000000                 movq 0xa0(%rax), %rax
   4c4: a801                           testb $0x1, %al
   4c6: 7507                           jne 0x7
   4c8: 48ff00                         incq (%rax)
   4cb: 498b4d00                       movq (%r13), %rcx
   4cf: 89ca                           movl %ecx, %edx
   4d1: 83e201                         andl $0x1, %edx
   4d4: 488907                         movq %rax, (%rdi)
   4d7: 4d8d4619                       leaq 0x19(%r14), %r8
   4db: be5e010000                     movl $0x15e, %esi
   4e0: 4885d2                         testq %rdx, %rdx
   4e3: 0f84be060000                   je 0x6be
   4e9: 89c2                           movl %eax, %edx
   4eb: 83e201                         andl $0x1, %edx
   4ee: 0f84b3060000                   je 0x6b3
   4f4: 48d1f9                         sarq %rcx
   4f7: 48d1f8                         sarq %rax
   4fa: 498d561a                       leaq 0x1a(%r14), %rdx
   4fe: 480fafc1                       imulq %rcx, %rax
   502: be68010000                     movl $0x168, %esi
   507: 0f8041070000                   jo 0x741
   50d: 4a8d0c38                       leaq (%rax,%r15), %rcx
   511: 4885c9                         testq %rcx, %rcx
   514: 0f8934070000                   jns 0x734
   51a: 488d044501000000               leaq 0x1(,%rax,2), %rax
   522: 49894500                       movq %rax, (%r13)
   526: 498b542418                     movq 0x18(%r12), %rdx
   52b: 488b8aa8000000                 movq 0xa8(%rdx), %rcx
   532: 488982a8000000                 movq %rax, 0xa8(%rdx)
   539: f6c101                         testb $0x1, %cl
   53c: 7510                           jne 0x10
   53e: 48ff09                         decq (%rcx)
   541: 750b                           jne 0xb
   543: e800000000                     callq 0x0
        # hole +0x544: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   548: 41b901000000                   movl $0x1, %r9d
   54e: 49c745003d000000               movq $0x3d, (%r13)
   556: 498b442418                     movq 0x18(%r12), %rax
   55b: 488b88b0000000                 movq 0xb0(%rax), %rcx
   562: 48c780b00000003d000000         movq $0x3d, 0xb0(%rax)
   56d: f6c101                         testb $0x1, %cl
   570: 7510                           jne 0x10
   572: 48ff09                         decq (%rcx)
   575: 750b                           jne 0xb
   577: e800000000                     callq 0x0
        # hole +0x578: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   57c: 41b901000000                   movl $0x1, %r9d
   582: 498b442418                     movq 0x18(%r12), %rax
   587: 488b88b8000000                 movq 0xb8(%rax), %rcx
   58e: f6c101                         testb $0x1, %cl
   591: 0f851f060000                   jne 0x61f
   597: 48ff01                         incq (%rcx)
   59a: 49894d00                       movq %rcx, (%r13)
   59e: 498d461f                       leaq 0x1f(%r14), %rax
   5a2: 83790807                       cmpl $0x7, 0x8(%rcx)
   5a6: be9a010000                     movl $0x19a, %esi
   5ab: 0f851f060000                   jne 0x61f
   5b1: 488b5130                       movq 0x30(%rcx), %rdx
   5b5: 48817a30bb6e0800               cmpq $0x86ebb, 0x30(%rdx)
   5bd: 0f850d060000                   jne 0x60d
   5c3: 4883793802                     cmpq $0x2, 0x38(%rcx)
   5c8: 0f82ab060000                   jb 0x6ab
   5ce: 488b4148                       movq 0x48(%rcx), %rax
   5d2: a801                           testb $0x1, %al
   5d4: 7503                           jne 0x3
   5d6: 48ff00                         incq (%rax)
   5d9: 49894500                       movq %rax, (%r13)
   5dd: 48ff09                         decq (%rcx)
   5e0: 7505                           jne 0x5
   5e2: e800000000                     callq 0x0
        # hole +0x5e3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5e7: 498b4500                       movq (%r13), %rax
   5eb: 498b542418                     movq 0x18(%r12), %rdx
   5f0: 488b8ac0000000                 movq 0xc0(%rdx), %rcx
   5f7: 488982c0000000                 movq %rax, 0xc0(%rdx)
   5fe: f6c101                         testb $0x1, %cl
   601: 750a                           jne 0xa
   603: 48ff09                         decq (%rcx)
   606: 7505                           jne 0x5
   608: e800000000                     callq 0x0
        # hole +0x609: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   60d: 498b442418                     movq 0x18(%r12), %rax
   612: 488b80e0000000                 movq 0xe0(%rax), %rax
   619: a801                           testb $0x1, %al
   61b: 7503                           jne 0x3
   61d: 48ff00                         incq (%rax)
   620: 49894500                       movq %rax, (%r13)
   624: 498b442418                     movq 0x18(%r12), %rax
   629: 488b80c8000000                 movq 0xc8(%rax), %rax
   630: a801                           testb $0x1, %al
   632: 7503                           jne 0x3
   634: 48ff00                         incq (%rax)
   637: 488907                         movq %rax, (%rdi)
   63a: 498b442418                     movq 0x18(%r12), %rax
   63f: 488b88d0000000                 movq 0xd0(%rax), %rcx
   646: f6c101                         testb $0x1, %cl
   649: 7503                           jne 0x3
   64b: 48ff01                         incq (%rcx)
   64e: 498d4518                       leaq 0x18(%r13), %rax
   652: 49894d10                       movq %rcx, 0x10(%r13)
   656: 498b5d00                       movq (%r13), %rbx
   65a: 498d4e25                       leaq 0x25(%r14), %rcx
   65e: bed6010000                     movl $0x1d6, %esi
   663: f6c301                         testb $0x1, %bl
   666: 0f8577050000                   jne 0x577
   66c: 48894c2448                     movq %rcx, 0x48(%rsp)
   671: 837b0808                       cmpl $0x8, 0x8(%rbx)
   675: 0f85a2060000                   jne 0x6a2
   67b: 41b802000000                   movl $0x2, %r8d
   681: 488b4c2438                     movq 0x38(%rsp), %rcx
   686: 4889fa                         movq %rdi, %rdx
   689: ff5338                         callq *0x38(%rbx)
   68c: 4889c5                         movq %rax, %rbp
   68f: 488b0f                         movq (%rdi), %rcx
   692: f6c101                         testb $0x1, %cl
   695: 750a                           jne 0xa
   697: 48ff09                         decq (%rcx)
   69a: 7505                           jne 0x5
   69c: e800000000                     callq 0x0
        # hole +0x69d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6a1: 498b4d10                       movq 0x10(%r13), %rcx
   6a5: f6c101                         testb $0x1, %cl
   6a8: 750a                           jne 0xa
   6aa: 48ff09                         decq (%rcx)
   6ad: 7505                           jne 0x5
   6af: e800000000                     callq 0x0
        # hole +0x6b0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6b4: 48ff0b                         decq (%rbx)
   6b7: 7508                           jne 0x8
   6b9: 4889d9                         movq %rbx, %rcx
   6bc: e800000000                     callq 0x0
        # hole +0x6bd: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6c1: 4885ed                         testq %rbp, %rbp
   6c4: 0f84bd050000                   je 0x5bd
   6ca: 49896d00                       movq %rbp, (%r13)
   6ce: 498b442418                     movq 0x18(%r12), %rax
   6d3: 488b88d8000000                 movq 0xd8(%rax), %rcx
   6da: 4889a8d8000000                 movq %rbp, 0xd8(%rax)
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
   70d: 488b98f0000000                 movq 0xf0(%rax), %rbx
   714: f6c301                         testb $0x1, %bl
   717: 7507                           jne 0x7
   719: 48ff03                         incq (%rbx)
   71c: 498b4d00                       movq (%r13), %rcx
   720: 48891f                         movq %rbx, (%rdi)
   723: 498d4629                       leaq 0x29(%r14), %rax
   727: befe010000                     movl $0x1fe, %esi
   72c: f6c101                         testb $0x1, %cl
   72f: 0f85b6040000                   jne 0x4b6
   735: 83790802                       cmpl $0x2, 0x8(%rcx)
   739: 0f85ac040000                   jne 0x4ac
   73f: f6c301                         testb $0x1, %bl
   742: 0f85a3040000                   jne 0x4a3
   748: 837b0802                       cmpl $0x2, 0x8(%rbx)
   74c: 0f8599040000                   jne 0x499
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
   773: 488b4c2438                     movq 0x38(%rsp), %rcx
   778: 660f28ce                       movapd %xmm6, %xmm1
   77c: e800000000                     callq 0x0
        # hole +0x77d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   781: 4885c0                         testq %rax, %rax
   784: 0f8410050000                   je 0x510
   78a: 49894500                       movq %rax, (%r13)
   78e: 498b542418                     movq 0x18(%r12), %rdx
   793: 488b8af8000000                 movq 0xf8(%rdx), %rcx
   79a: 488982f8000000                 movq %rax, 0xf8(%rdx)
   7a1: f6c101                         testb $0x1, %cl
   7a4: 750a                           jne 0xa
   7a6: 48ff09                         decq (%rcx)
   7a9: 7505                           jne 0x5
   7ab: e800000000                     callq 0x0
        # hole +0x7ac: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7b0: 498b442418                     movq 0x18(%r12), %rax
   7b5: 488b8800010000                 movq 0x100(%rax), %rcx
   7bc: f6c101                         testb $0x1, %cl
   7bf: 7503                           jne 0x3
   7c1: 48ff01                         incq (%rcx)
   7c4: 49894d00                       movq %rcx, (%r13)
   7c8: 498b442418                     movq 0x18(%r12), %rax
   7cd: 488b8008010000                 movq 0x108(%rax), %rax
   7d4: a801                           testb $0x1, %al
   7d6: 7507                           jne 0x7
   7d8: 48ff00                         incq (%rax)
   7db: 498b4d00                       movq (%r13), %rcx
   7df: 89ca                           movl %ecx, %edx
   7e1: 83e201                         andl $0x1, %edx
   7e4: 488907                         movq %rax, (%rdi)
   7e7: 4d8d462e                       leaq 0x2e(%r14), %r8
   7eb: be30020000                     movl $0x230, %esi
   7f0: 4885d2                         testq %rdx, %rdx
   7f3: 0f841d040000                   je 0x41d
   7f9: 89c2                           movl %eax, %edx
   7fb: 83e201                         andl $0x1, %edx
   7fe: 0f8412040000                   je 0x412
   804: 48d1f9                         sarq %rcx
   807: 48d1f8                         sarq %rax
   80a: 498d562f                       leaq 0x2f(%r14), %rdx
   80e: 480fafc1                       imulq %rcx, %rax
   812: be3a020000                     movl $0x23a, %esi
   817: 0f8094040000                   jo 0x494
   81d: 4a8d0c38                       leaq (%rax,%r15), %rcx
   821: 4885c9                         testq %rcx, %rcx
   824: 0f8987040000                   jns 0x487
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
   88f: 4d8d4633                       leaq 0x33(%r14), %r8
   893: be62020000                     movl $0x262, %esi
   898: 4885d2                         testq %rdx, %rdx
   89b: 0f8475030000                   je 0x375
   8a1: 89ca                           movl %ecx, %edx
   8a3: 83e201                         andl $0x1, %edx
   8a6: 0f846a030000                   je 0x36a
   8ac: 48d1f8                         sarq %rax
   8af: 48d1f9                         sarq %rcx
   8b2: 4801c1                         addq %rax, %rcx
   8b5: 4889c8                         movq %rcx, %rax
   8b8: 4c01f8                         addq %r15, %rax
   8bb: 0f89fd030000                   jns 0x3fd
   8c1: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   8c9: 49894500                       movq %rax, (%r13)
   8cd: 498b542418                     movq 0x18(%r12), %rdx
   8d2: 488b8a28010000                 movq 0x128(%rdx), %rcx
   8d9: 48898228010000                 movq %rax, 0x128(%rdx)
   8e0: f6c101                         testb $0x1, %cl
   8e3: 750a                           jne 0xa
   8e5: 48ff09                         decq (%rcx)
   8e8: 7505                           jne 0x5
   8ea: e800000000                     callq 0x0
        # hole +0x8eb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   8ef: 498b442418                     movq 0x18(%r12), %rax
   8f4: 488b8830010000                 movq 0x130(%rax), %rcx
   8fb: f6c101                         testb $0x1, %cl
   8fe: 0f853b030000                   jne 0x33b
   904: 48ff01                         incq (%rcx)
   907: 49894d00                       movq %rcx, (%r13)
   90b: 498d4637                       leaq 0x37(%r14), %rax
   90f: 83790807                       cmpl $0x7, 0x8(%rcx)
   913: be8a020000                     movl $0x28a, %esi
   918: 0f85d2020000                   jne 0x2d2
   91e: 488b5130                       movq 0x30(%rcx), %rdx
   922: 48817a3081cf0800               cmpq $0x8cf81, 0x30(%rdx)
   92a: 0f85c0020000                   jne 0x2c0
   930: 4883793800                     cmpq $0x0, 0x38(%rcx)
   935: 0f8496030000                   je 0x396
   93b: 488b4140                       movq 0x40(%rcx), %rax
   93f: a801                           testb $0x1, %al
   941: 7503                           jne 0x3
   943: 48ff00                         incq (%rax)
   946: 49894500                       movq %rax, (%r13)
   94a: 48ff09                         decq (%rcx)
   94d: 7505                           jne 0x5
   94f: e800000000                     callq 0x0
        # hole +0x950: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   954: 498b4500                       movq (%r13), %rax
   958: 498b542418                     movq 0x18(%r12), %rdx
   95d: 488b8a38010000                 movq 0x138(%rdx), %rcx
   964: 48898238010000                 movq %rax, 0x138(%rdx)
   96b: f6c101                         testb $0x1, %cl
   96e: 750a                           jne 0xa
   970: 48ff09                         decq (%rcx)
   973: 7505                           jne 0x5
   975: e800000000                     callq 0x0
        # hole +0x976: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   97a: 498b442418                     movq 0x18(%r12), %rax
   97f: 488b8840010000                 movq 0x140(%rax), %rcx
   986: f6c101                         testb $0x1, %cl
   989: 0f85cc020000                   jne 0x2cc
   98f: 48ff01                         incq (%rcx)
   992: 49894d00                       movq %rcx, (%r13)
   996: 498d463b                       leaq 0x3b(%r14), %rax
   99a: 83790807                       cmpl $0x7, 0x8(%rcx)
   99e: beb2020000                     movl $0x2b2, %esi
   9a3: 0f8547020000                   jne 0x247
   9a9: 488b5130                       movq 0x30(%rcx), %rdx
   9ad: 48817a30d5ef0300               cmpq $0x3efd5, 0x30(%rdx)
   9b5: 0f8535020000                   jne 0x235
   9bb: 4883793800                     cmpq $0x0, 0x38(%rcx)
   9c0: 0f8419030000                   je 0x319
   9c6: 488b4140                       movq 0x40(%rcx), %rax
   9ca: a801                           testb $0x1, %al
   9cc: 7503                           jne 0x3
   9ce: 48ff00                         incq (%rax)
   9d1: 49894500                       movq %rax, (%r13)
   9d5: 48ff09                         decq (%rcx)
   9d8: 7505                           jne 0x5
   9da: e800000000                     callq 0x0
        # hole +0x9db: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   9df: 498b4500                       movq (%r13), %rax
   9e3: 498b542418                     movq 0x18(%r12), %rdx
   9e8: 488b8a48010000                 movq 0x148(%rdx), %rcx
   9ef: 48898248010000                 movq %rax, 0x148(%rdx)
   9f6: f6c101                         testb $0x1, %cl
   9f9: 750a                           jne 0xa
   9fb: 48ff09                         decq (%rcx)
   9fe: 7505                           jne 0x5
   a00: e800000000                     callq 0x0
        # hole +0xa01: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a05: 498b442418                     movq 0x18(%r12), %rax
   a0a: 488b9860010000                 movq 0x160(%rax), %rbx
   a11: f6c301                         testb $0x1, %bl
   a14: 7503                           jne 0x3
   a16: 48ff03                         incq (%rbx)
   a19: 49895d00                       movq %rbx, (%r13)
   a1d: 498b442418                     movq 0x18(%r12), %rax
   a22: 488b8050010000                 movq 0x150(%rax), %rax
   a29: a801                           testb $0x1, %al
   a2b: 7507                           jne 0x7
   a2d: 48ff00                         incq (%rax)
   a30: 498b5d00                       movq (%r13), %rbx
   a34: 488907                         movq %rax, (%rdi)
   a37: 498d4640                       leaq 0x40(%r14), %rax
   a3b: 4889442448                     movq %rax, 0x48(%rsp)
   a40: bee4020000                     movl $0x2e4, %esi
   a45: f6c301                         testb $0x1, %bl
   a48: 0f851c020000                   jne 0x21c
   a4e: 837b0808                       cmpl $0x8, 0x8(%rbx)
   a52: 0f8512020000                   jne 0x212
   a58: 41b801000000                   movl $0x1, %r8d
   a5e: 488b4c2438                     movq 0x38(%rsp), %rcx
   a63: 4889fa                         movq %rdi, %rdx
   a66: ff5338                         callq *0x38(%rbx)
   a69: 4889c5                         movq %rax, %rbp
   a6c: 488b0f                         movq (%rdi), %rcx
   a6f: f6c101                         testb $0x1, %cl
   a72: 750a                           jne 0xa
   a74: 48ff09                         decq (%rcx)
   a77: 7505                           jne 0x5
   a79: e800000000                     callq 0x0
        # hole +0xa7a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a7e: 48ff0b                         decq (%rbx)
   a81: 7508                           jne 0x8
   a83: 4889d9                         movq %rbx, %rcx
   a86: e800000000                     callq 0x0
        # hole +0xa87: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a8b: 4885ed                         testq %rbp, %rbp
   a8e: 0f8459020000                   je 0x259
   a94: 49896d00                       movq %rbp, (%r13)
   a98: 498b442418                     movq 0x18(%r12), %rax
   a9d: 488b8858010000                 movq 0x158(%rax), %rcx
   aa4: 4889a858010000                 movq %rbp, 0x158(%rax)
   aab: f6c101                         testb $0x1, %cl
   aae: 750a                           jne 0xa
   ab0: 48ff09                         decq (%rcx)
   ab3: 7505                           jne 0x5
   ab5: e800000000                     callq 0x0
        # hole +0xab6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   aba: 498b442418                     movq 0x18(%r12), %rax
   abf: 488b8068010000                 movq 0x168(%rax), %rax
   ac6: a801                           testb $0x1, %al
   ac8: 7503                           jne 0x3
   aca: 48ff00                         incq (%rax)
   acd: 49894500                       movq %rax, (%r13)
   ad1: 498b4c2418                     movq 0x18(%r12), %rcx
   ad6: 488b8970010000                 movq 0x170(%rcx), %rcx
   add: f6c101                         testb $0x1, %cl
   ae0: 7507                           jne 0x7
   ae2: 48ff01                         incq (%rcx)
   ae5: 498b4500                       movq (%r13), %rax
   ae9: 89c2                           movl %eax, %edx
   aeb: 83e201                         andl $0x1, %edx
   aee: 48890f                         movq %rcx, (%rdi)
   af1: 4d8d4644                       leaq 0x44(%r14), %r8
   af5: be0c030000                     movl $0x30c, %esi
   afa: 4885d2                         testq %rdx, %rdx
   afd: 0f8413010000                   je 0x113
   b03: 89ca                           movl %ecx, %edx
   b05: 83e201                         andl $0x1, %edx
   b08: 0f8408010000                   je 0x108
   b0e: 48d1f8                         sarq %rax
   b11: 48d1f9                         sarq %rcx
   b14: 4801c1                         addq %rax, %rcx
   b17: 4901cf                         addq %rcx, %r15
   b1a: 0f89ea010000                   jns 0x1ea
   b20: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   b28: 49894500                       movq %rax, (%r13)
   b2c: 498b542418                     movq 0x18(%r12), %rdx
   b31: 488b8a78010000                 movq 0x178(%rdx), %rcx
   b38: 48898278010000                 movq %rax, 0x178(%rdx)
   b3f: 4983c647                       addq $0x47, %r14
   b43: be2a030000                     movl $0x32a, %esi
   b48: f6c101                         testb $0x1, %cl
   b4b: 750a                           jne 0xa
   b4d: 48ff09                         decq (%rcx)
   b50: 7505                           jne 0x5
   b52: e800000000                     callq 0x0
        # hole +0xb53: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   b57: 4c89ef                         movq %r13, %rdi
   b5a: 41b902000000                   movl $0x2, %r9d
   b60: eb4d                           jmp 0x4d
   b62: 4889cf                         movq %rcx, %rdi
   b65: 4989ee                         movq %rbp, %r14
   b68: 41b901000000                   movl $0x1, %r9d
   b6e: eb19                           jmp 0x19
   b70: 488b7c2440                     movq 0x40(%rsp), %rdi
   b75: eb12                           jmp 0x12
   b77: 488b7c2440                     movq 0x40(%rsp), %rdi
   b7c: 4d89c6                         movq %r8, %r14
   b7f: eb08                           jmp 0x8
   b81: 488b7c2440                     movq 0x40(%rsp), %rdi
   b86: 4989c6                         movq %rax, %r14
   b89: 4889742428                     movq %rsi, 0x28(%rsp)
   b8e: 4c89742420                     movq %r14, 0x20(%rsp)
   b93: 4c89e1                         movq %r12, %rcx
   b96: 4889fa                         movq %rdi, %rdx
   b99: 4d89f8                         movq %r15, %r8
   b9c: e800000000                     callq 0x0
        # hole +0xb9d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   ba1: 4883c450                       addq $0x50, %rsp
   ba5: 5d                             popq %rbp
   ba6: c3                             retq
   ba7: 488b7c2440                     movq 0x40(%rsp), %rdi
   bac: 4d89c6                         movq %r8, %r14
   baf: 4c8b7c2438                     movq 0x38(%rsp), %r15
   bb4: ebd3                           jmp -0x2d
   bb6: 49894d00                       movq %rcx, (%r13)
   bba: 4983c61f                       addq $0x1f, %r14
   bbe: be9a010000                     movl $0x19a, %esi
   bc3: ebea                           jmp -0x16
   bc5: 4983c6f8                       addq $-0x8, %r14
   bc9: be14000000                     movl $0x14, %esi
   bce: ebb9                           jmp -0x47
   bd0: 4989c6                         movq %rax, %r14
   bd3: ebda                           jmp -0x26
   bd5: 4c89ef                         movq %r13, %rdi
   bd8: 4989ee                         movq %rbp, %r14
   bdb: 41b903000000                   movl $0x3, %r9d
   be1: ebcc                           jmp -0x34
   be3: 4889c7                         movq %rax, %rdi
   be6: 4989ce                         movq %rcx, %r14
   be9: eb08                           jmp 0x8
   beb: 488b7c2440                     movq 0x40(%rsp), %rdi
   bf0: 4989c6                         movq %rax, %r14
   bf3: 4c8b7c2438                     movq 0x38(%rsp), %r15
   bf8: 41b901000000                   movl $0x1, %r9d
   bfe: eb89                           jmp -0x77
   c00: 49ffc6                         incq %r14
   c03: be6e000000                     movl $0x6e, %esi
   c08: 4c89ef                         movq %r13, %rdi
   c0b: 41b903000000                   movl $0x3, %r9d
   c11: e973ffffff                     jmp -0x8d
   c16: 488b7c2440                     movq 0x40(%rsp), %rdi
   c1b: 4d89c6                         movq %r8, %r14
   c1e: ebd3                           jmp -0x2d
   c20: 4983c607                       addq $0x7, %r14
   c24: beaa000000                     movl $0xaa, %esi
   c29: 41b902000000                   movl $0x2, %r9d
   c2f: e955ffffff                     jmp -0xab
   c34: 4983c60b                       addq $0xb, %r14
   c38: bed2000000                     movl $0xd2, %esi
   c3d: ebc9                           jmp -0x37
   c3f: 49894d00                       movq %rcx, (%r13)
   c43: 4983c637                       addq $0x37, %r14
   c47: be8a020000                     movl $0x28a, %esi
   c4c: eba5                           jmp -0x5b
   c4e: 488b7c2440                     movq 0x40(%rsp), %rdi
   c53: 4989d6                         movq %rdx, %r14
   c56: e954ffffff                     jmp -0xac
   c5b: 49894d00                       movq %rcx, (%r13)
   c5f: 4983c63b                       addq $0x3b, %r14
   c63: beb2020000                     movl $0x2b2, %esi
   c68: eb89                           jmp -0x77
   c6a: 488b7c2440                     movq 0x40(%rsp), %rdi
   c6f: 4c8b742448                     movq 0x48(%rsp), %r14
   c74: e97affffff                     jmp -0x86
   c79: 4983c620                       addq $0x20, %r14
   c7d: bea4010000                     movl $0x1a4, %esi
   c82: e928ffffff                     jmp -0xd8
   c87: 4c89ef                         movq %r13, %rdi
   c8a: 41b903000000                   movl $0x3, %r9d
   c90: 4c8b742448                     movq 0x48(%rsp), %r14
   c95: e915ffffff                     jmp -0xeb
   c9a: 4983c62a                       addq $0x2a, %r14
   c9e: be08020000                     movl $0x208, %esi
   ca3: 4c89ef                         movq %r13, %rdi
   ca6: 41b903000000                   movl $0x3, %r9d
   cac: e9fefeffff                     jmp -0x102
   cb1: 488b7c2440                     movq 0x40(%rsp), %rdi
   cb6: 4989d6                         movq %rdx, %r14
   cb9: e935ffffff                     jmp -0xcb
   cbe: 4983c634                       addq $0x34, %r14
   cc2: be6c020000                     movl $0x26c, %esi
   cc7: 488b7c2440                     movq 0x40(%rsp), %rdi
   ccc: e922ffffff                     jmp -0xde
   cd1: 4983c638                       addq $0x38, %r14
   cd5: be94020000                     movl $0x294, %esi
   cda: e914ffffff                     jmp -0xec
   cdf: 4983c63c                       addq $0x3c, %r14
   ce3: bebc020000                     movl $0x2bc, %esi
   ce8: e906ffffff                     jmp -0xfa
   ced: 4c89ef                         movq %r13, %rdi
   cf0: 4c8b742448                     movq 0x48(%rsp), %r14
   cf5: 41b903000000                   movl $0x3, %r9d
   cfb: e9affeffff                     jmp -0x151
   d00: 488b7c2440                     movq 0x40(%rsp), %rdi
   d05: e95bfeffff                     jmp -0x1a5
   d0a: 4983c645                       addq $0x45, %r14
   d0e: be16030000                     movl $0x316, %esi
   d13: 488b7c2440                     movq 0x40(%rsp), %rdi
   d18: e9d6feffff                     jmp -0x12a
   d1d: 4889c7                         movq %rax, %rdi
   d20: 4c8b742448                     movq 0x48(%rsp), %r14
   d25: e9c9feffff                     jmp -0x137
