/*
 * Boot stub: multiboot1 + multiboot2 headers, the 32-bit entry that switches to long mode,
 * the 256 interrupt/exception entry stubs and the ring-0 SYSCALL entry.
 *
 * The loader (QEMU -kernel: multiboot1, GRUB: multiboot2) enters _start in 32-bit protected
 * mode with paging off, eax = boot magic, ebx = physical address of the boot information.
 */

#define MB1_MAGIC   0x1BADB002
#define MB1_FLAGS   0x00000003          /* page-align modules, give memory info */
#define MB2_MAGIC   0xE85250D6
#define MB2_ARCH    0                   /* i386 protected mode */

#define BOOT_STACK_SIZE (32 * 1024)     /* kmain's until the kernel stack exists (paging.c) */

/* ---------------------------------------------------------------- headers */
    .section .multiboot, "a"
    .align 4
mb1_header:
    .long MB1_MAGIC
    .long MB1_FLAGS
    .long -(MB1_MAGIC + MB1_FLAGS)

    .align 8
mb2_header:
    .long MB2_MAGIC
    .long MB2_ARCH
    .long mb2_header_end - mb2_header
    .long -(MB2_MAGIC + MB2_ARCH + (mb2_header_end - mb2_header))
    /* end tag */
    .short 0
    .short 0
    .long 8
mb2_header_end:

/* ---------------------------------------------------------------- data kept across .bss zeroing */
    .section .data
    .align 8
    .global boot_magic, boot_info
boot_magic: .quad 0
boot_info:  .quad 0

    .align 16
boot_gdt:
    .quad 0
    .quad 0x00AF9A000000FFFF            /* 0x08: 64-bit code, ring 0 */
    .quad 0x00CF92000000FFFF            /* 0x10: data */
boot_gdt_end:
boot_gdt_ptr:
    .short boot_gdt_end - boot_gdt - 1
    .long boot_gdt

/* ---------------------------------------------------------------- .bss: boot tables and stack */
    .section .bss
    .align 4096
boot_pml4:  .skip 4096
boot_pdpt:  .skip 4096
boot_pd:    .skip 4 * 4096              /* 4 x 512 x 2 MiB = 0..4 GiB */

    /* The boot stack: kmain's early set-up runs on it, then switches to the kernel stack,
     * which paging.c maps in a window of its own, its pages backed on demand. */
    .section .bss.stack, "aw", @nobits
    .align 4096
    .global boot_stack_bottom, boot_stack_top
boot_stack_bottom: .skip BOOT_STACK_SIZE
boot_stack_top:

/* ---------------------------------------------------------------- 32-bit entry */
    .section .text.boot32, "ax"
    .code32
    .global _start
_start:
    cli
    cld
    movl %eax, boot_magic
    movl %ebx, boot_info

    /* Zero .bss first: the page tables and the stack live there. */
    movl $__bss_start, %edi
    movl $__bss_end, %ecx
    subl %edi, %ecx
    shrl $2, %ecx
    xorl %eax, %eax
    rep stosl

    /* Temporary identity map of 0..4 GiB with 2 MiB pages; paging_init replaces it. */
    movl $boot_pdpt, %eax
    orl $3, %eax
    movl %eax, boot_pml4

    movl $boot_pd, %eax
    orl $3, %eax
    movl %eax, boot_pdpt
    addl $4096, %eax
    movl %eax, boot_pdpt + 8
    addl $4096, %eax
    movl %eax, boot_pdpt + 16
    addl $4096, %eax
    movl %eax, boot_pdpt + 24

    movl $boot_pd, %edi
    movl $0x83, %eax                    /* present | writable | 2 MiB */
    movl $2048, %ecx
1:  movl %eax, (%edi)
    movl $0, 4(%edi)
    addl $0x200000, %eax
    addl $8, %edi
    loop 1b

    /* CR4: PAE | OSFXSR | OSXMMEXCPT */
    movl %cr4, %eax
    orl $0x620, %eax
    movl %eax, %cr4

    movl $boot_pml4, %eax
    movl %eax, %cr3

    /* EFER: LME | SCE (SYSCALL is the libc's way into the kernel) */
    movl $0xC0000080, %ecx
    rdmsr
    orl $0x101, %eax
    wrmsr

    /* CR0: PG | PE | MP | WP, EM cleared (SSE must work: musl and gcc use it) */
    movl %cr0, %eax
    andl $~0x4, %eax
    orl $0x80010003, %eax
    movl %eax, %cr0

    lgdt boot_gdt_ptr
    ljmp $0x08, $long_mode_entry

/* ---------------------------------------------------------------- 64-bit entry */
    .code64
    .section .text
long_mode_entry:
    movw $0x10, %ax
    movw %ax, %ds
    movw %ax, %es
    movw %ax, %ss
    xorw %ax, %ax
    movw %ax, %fs
    movw %ax, %gs
    movabsq $boot_stack_top, %rsp
    xorl %ebp, %ebp
    fninit
    movl boot_magic, %edi
    movl boot_info, %esi
    call kmain
2:  cli
    hlt
    jmp 2b

/* switch_stack(top, fn): continue on another stack (kmain, once the kernel stack is mapped). */
    .global switch_stack
switch_stack:
    movq %rdi, %rsp
    xorl %ebp, %ebp
    call *%rsi
3:  cli
    hlt
    jmp 3b

/* ---------------------------------------------------------------- interrupt stubs
 * One 16-byte stub per vector: push a zero error code where the CPU pushes none, push the
 * vector, jump to the common path. Every gate uses an IST stack (musl code uses the red zone,
 * so the interrupted stack must never be written below its rsp). */
    .align 16
    .global isr_stub_table
isr_stub_table:
    .set vec, 0
    .rept 256
    .align 16
    .if (vec == 8) || ((vec >= 10) && (vec <= 14)) || (vec == 17) || (vec == 21) || (vec == 29) || (vec == 30)
    .else
    pushq $0
    .endif
    pushq $vec
    jmp isr_common
    .set vec, vec + 1
    .endr

isr_common:
    pushq %rax
    pushq %rbx
    pushq %rcx
    pushq %rdx
    pushq %rsi
    pushq %rdi
    pushq %rbp
    pushq %r8
    pushq %r9
    pushq %r10
    pushq %r11
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, %rbx                     /* struct trap_frame* (rbx survives the C call) */
    subq $512, %rsp
    andq $-16, %rsp
    fxsave64 (%rsp)                     /* C code and musl clobber xmm registers */
    cld
    movq %rbx, %rdi
    call isr_dispatch
    fxrstor64 (%rsp)
    movq %rbx, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %r11
    popq %r10
    popq %r9
    popq %r8
    popq %rbp
    popq %rdi
    popq %rsi
    popq %rdx
    popq %rcx
    popq %rbx
    popq %rax
    addq $16, %rsp                      /* vector, error code */
    iretq

/* ---------------------------------------------------------------- SYSCALL entry
 * musl's wrappers execute `syscall` in ring 0; LSTAR points here. The stack is the caller's:
 * step over its 128-byte red zone first. SYSRET always returns to ring 3, so return with a
 * plain jump. rax = number, rdi rsi rdx r10 r8 r9 = arguments; all but rax/rcx/r11 preserved. */
    .global syscall_entry
syscall_entry:
    leaq -128(%rsp), %rsp
    pushq %rcx                          /* return address */
    pushq %r11                          /* caller's rflags */
    pushq %rbp
    movq %rsp, %rbp
    pushq %rdi
    pushq %rsi
    pushq %rdx
    pushq %r10
    pushq %r8
    pushq %r9
    subq $512, %rsp
    andq $-16, %rsp
    fxsave64 (%rsp)
    subq $16, %rsp
    movq %rax, (%rsp)                   /* 7th argument: the syscall number */
    movq %r10, %rcx
    /* FMASK cleared IF; if the caller had interrupts on, take them during the call (a long
     * mmap commit must not eat timer ticks). Interrupts use IST stacks, so this stack's
     * state does not matter to them. */
    testl $0x200, %r11d
    jz 4f
    sti
4:  call sys_dispatch                   /* long sys_dispatch(a1..a6, nr) */
    cli
    addq $16, %rsp
    fxrstor64 (%rsp)
    leaq -48(%rbp), %rsp
    popq %r9
    popq %r8
    popq %r10
    popq %rdx
    popq %rsi
    popq %rdi
    popq %rbp
    popq %r11
    popq %rcx
    pushq %r11                          /* still 128 bytes below the caller's rsp */
    popfq
    leaq 128(%rsp), %rsp
    jmp *%rcx

/* ---------------------------------------------------------------- trampoline for faults turned into Java exceptions
 * isr_dispatch points the interrupted context's rip here with rsp realigned; rdi holds the
 * Java function to call (it throws, unwinding with longjmp, and never returns). */
    .global java_throw_trampoline
java_throw_trampoline:
    call *%rdi
    call java_throw_returned
3:  cli
    hlt
    jmp 3b


/* ---------------------------------------------------------------- boot image (bootimage.c)
 * context_save(ctx): saves the callee-saved registers, the stack pointer and the return
 * address, and the SSE/x87 state (ctx + 64, 16-aligned); returns 0. context_resume(ctx), in
 * a later boot whose memory was restored from an image, loads them back and makes that
 * context_save return 1 (a setjmp/longjmp across boots).
 * run_on_stack(top, fn, arg): calls fn(arg) on another stack; fn does not return. */
    .section .text
    .global context_save, context_resume, run_on_stack
context_save:
    movq %rbx, 0(%rdi)
    movq %rbp, 8(%rdi)
    movq %r12, 16(%rdi)
    movq %r13, 24(%rdi)
    movq %r14, 32(%rdi)
    movq %r15, 40(%rdi)
    leaq 8(%rsp), %rax
    movq %rax, 48(%rdi)
    movq (%rsp), %rax
    movq %rax, 56(%rdi)
    fxsave64 64(%rdi)
    xorl %eax, %eax
    ret

context_resume:
    fxrstor64 64(%rdi)
    movq 0(%rdi), %rbx
    movq 8(%rdi), %rbp
    movq 16(%rdi), %r12
    movq 24(%rdi), %r13
    movq 32(%rdi), %r14
    movq 40(%rdi), %r15
    movq 48(%rdi), %rsp
    movl $1, %eax
    jmpq *56(%rdi)

run_on_stack:
    movq %rdi, %rsp
    xorl %ebp, %ebp
    movq %rdx, %rdi
    call *%rsi
4:  cli
    hlt
    jmp 4b

    .section .note.GNU-stack, "", @progbits
