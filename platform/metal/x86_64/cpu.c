/* GDT, TSS with IST stacks, IDT for all 256 vectors, and the C side of interrupt dispatch:
 * CPU exceptions are reported and end the machine, except a #DE in Java code, which becomes
 * a Java ArithmeticException("/ by zero") thrown into the interrupted code. */
#include "kernel.h"

#define IST_STACK_SIZE (16 * 1024)
/* IST1: #DF. IST2: #PF, NMI, #MC (must work when the kernel stack is exhausted).
 * IST3: every other exception and all IRQs. Each has its own stack so a fault inside an IRQ
 * handler still gets a clean stack. */
static uint8_t ist_stacks[3][IST_STACK_SIZE] __attribute__((aligned(16)));

struct __attribute__((packed)) tss64 {
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3;
    uint16_t iomap_base;
};
static struct tss64 tss;
static uint64_t gdt[5] __attribute__((aligned(16)));

struct __attribute__((packed)) idt_entry {
    uint16_t offset_lo, selector;
    uint8_t ist, type_attr;
    uint16_t offset_mid;
    uint32_t offset_hi, zero;
};
static struct idt_entry idt[256] __attribute__((aligned(16)));

struct __attribute__((packed)) descriptor_ptr { uint16_t limit; uint64_t base; };

extern char isr_stub_table[];
extern char java_throw_trampoline[];

void (*java_div0_thrower)(void);
void (*java_oom_thrower)(void);

static void gdt_init(void) {
    gdt[0] = 0;
    gdt[1] = 0x00AF9A000000FFFFull;   /* 0x08 kernel code, 64-bit */
    gdt[2] = 0x00CF92000000FFFFull;   /* 0x10 kernel data */
    uint64_t base = (uint64_t) &tss, limit = sizeof tss - 1;
    gdt[3] = (limit & 0xFFFF) | ((base & 0xFFFFFF) << 16) | (0x89ull << 40) |
             (((limit >> 16) & 0xF) << 48) | (((base >> 24) & 0xFF) << 56);   /* 0x18 TSS */
    gdt[4] = base >> 32;
    for (int i = 0; i < 3; i++) tss.ist[i] = (uint64_t) &ist_stacks[i][IST_STACK_SIZE];
    tss.iomap_base = sizeof tss;

    struct descriptor_ptr p = { sizeof gdt - 1, (uint64_t) gdt };
    __asm__ volatile(
        "lgdt %0\n"
        "pushq $0x08\n"
        "leaq 1f(%%rip), %%rax\n"
        "pushq %%rax\n"
        "lretq\n"
        "1:\n"
        "movw $0x10, %%ax\n"
        "movw %%ax, %%ds\n"
        "movw %%ax, %%es\n"
        "movw %%ax, %%ss\n"
        "movw $0x18, %%ax\n"
        "ltr %%ax\n"
        :: "m"(p) : "rax", "memory");
}

static void idt_init(void) {
    for (int v = 0; v < 256; v++) {
        uint64_t h = (uint64_t) isr_stub_table + 16ull * v;
        int ist = (v == 8) ? 1 : (v == 2 || v == 14 || v == 18) ? 2 : 3;
        idt[v] = (struct idt_entry) {
            .offset_lo = (uint16_t) h, .selector = 0x08, .ist = (uint8_t) ist,
            .type_attr = 0x8E,                  /* present, ring 0, interrupt gate (IF cleared) */
            .offset_mid = (uint16_t) (h >> 16), .offset_hi = (uint32_t) (h >> 32), .zero = 0,
        };
    }
    struct descriptor_ptr p = { sizeof idt - 1, (uint64_t) idt };
    __asm__ volatile("lidt %0" :: "m"(p));
}

void cpu_init(void) {
    gdt_init();
    idt_init();
    syscall_init_msrs();
}

static const char *const exception_names[32] = {
    "divide error (#DE)", "debug (#DB)", "NMI", "breakpoint (#BP)", "overflow (#OF)",
    "bound range (#BR)", "invalid opcode (#UD)", "device not available (#NM)",
    "double fault (#DF)", "coprocessor segment overrun", "invalid TSS (#TS)",
    "segment not present (#NP)", "stack fault (#SS)", "general protection (#GP)",
    "page fault (#PF)", "reserved 15", "x87 floating point (#MF)", "alignment check (#AC)",
    "machine check (#MC)", "SIMD floating point (#XM)", "virtualization (#VE)",
    "control protection (#CP)", "reserved 22", "reserved 23", "reserved 24", "reserved 25",
    "reserved 26", "reserved 27", "hypervisor injection (#HV)", "VMM communication (#VC)",
    "security (#SX)", "reserved 31",
};

/* Provided by the generated TeaVM runtime: prints the Java shadow stack with method names. */
extern void meth_otr_ExceptionHandling_printStack(void);
extern void *teavm_stackTop;

static int in_fatal;

static int is_stack_overflow(struct trap_frame *f, uint64_t cr2) {
    uint64_t g0 = kernel_stack_guard, g1 = kernel_stack_bottom;
    if (f->vector == 14 && cr2 >= g0 && cr2 < g1) return 1;
    /* A #DF from pushing onto the guard: rsp at or below the stack bottom. */
    if (f->vector == 8 && f->rsp >= g0 - 4096 && f->rsp < g1 + 256) return 1;
    return 0;
}

_Noreturn static void fatal_exception(struct trap_frame *f) {
    uint64_t cr2 = read_cr2();
    int overflow = is_stack_overflow(f, cr2);
    if (in_fatal++) {
        kprintf("\n[pyjama] PANIC nested fault: vector %lu at rip %p\n", f->vector, (void *) f->rip);
        exit_emulator(EXIT_PANIC);
    }
    kprintf("\n[pyjama] PANIC cpu: %s%s\n", f->vector < 32 ? exception_names[f->vector] : "interrupt",
            overflow ? ": kernel stack overflow (guard page hit)" : "");
    kprintf("  vector %lu  error 0x%lx  rip %p  rsp %p  cr2 %p\n",
            f->vector, f->error, (void *) f->rip, (void *) f->rsp, (void *) cr2);
    kprintf("  rax %p rbx %p rcx %p rdx %p\n", (void *) f->rax, (void *) f->rbx, (void *) f->rcx, (void *) f->rdx);
    kprintf("  rsi %p rdi %p rbp %p rflags 0x%lx\n", (void *) f->rsi, (void *) f->rdi, (void *) f->rbp, f->rflags);
    kprintf("  stack: %p..%p, %lu KiB of it mapped\n", (void *) kernel_stack_bottom, (void *) kernel_stack_top,
            kernel_stack_committed() / 1024);
    if (teavm_stackTop && !overflow) {
        /* The shadow stack lives in the C frames; print it unless those are what broke. */
        kprintf("  Java stack (innermost first):\n");
        meth_otr_ExceptionHandling_printStack();
    } else if (teavm_stackTop) {
        kprintf("  Java stack not printed: it lives on the overflowed stack\n");
    }
    exit_emulator(overflow ? EXIT_STACK_OVERFLOW : EXIT_EXCEPTION_BASE + (int) (f->vector & 31));
}

/* Reached if a Java thrower function returned instead of unwinding. */
void java_throw_returned(void) {
    panic("a Java exception thrower returned");
}

static int rip_in_kernel_text(uint64_t rip) {
    extern char __kernel_start[], _end[];
    return rip >= (uint64_t) __kernel_start && rip < (uint64_t) _end;
}

void isr_dispatch(struct trap_frame *f) {
    uint64_t v = f->vector;
    if (v >= 32 && v < 48) { irq_handle((int) (v - 32)); return; }
    if (v == 0 && java_div0_thrower && teavm_stackTop && rip_in_kernel_text(f->rip)) {
        /* Resume the interrupted code in java_throw_trampoline, which calls the Java thrower;
         * that throws ArithmeticException and longjmps to the nearest handler frame. The new
         * rsp skips the red zone and is 16-aligned, so the trampoline's call enters the
         * thrower with the ABI's alignment. */
        uint64_t sp = (f->rsp - 128) & ~15ull;
        f->rsp = sp;
        f->rdi = (uint64_t) java_div0_thrower;
        f->rip = (uint64_t) java_throw_trampoline;
        return;
    }
    if (v == 14) {
        /* The kernel stack grows into a page it has not used yet: give it a frame, retry. */
        int grown = kernel_stack_grow(read_cr2());
        if (grown > 0) return;
        if (grown < 0) {
            kprintf("\n[pyjama] PANIC kernel stack: no free RAM to grow it beyond %lu KiB\n",
                    kernel_stack_committed() / 1024);
            exit_emulator(EXIT_STACK_OVERFLOW);
        }
    }
    if (v < 32) fatal_exception(f);
    /* Unexpected software interrupt or a vector no device should use. */
    KWARN("cpu", "unexpected interrupt vector %lu", v);
}
