/* Internal interfaces of the metal kernel's C layer (not seen by the generated TeaVM code,
 * which only includes hal.h). */
#pragma once
#include <stdint.h>
#include <stddef.h>
#include <stdarg.h>

#define PAGE_SIZE 4096ULL
#define ALIGN_UP(x, a)   (((x) + (a) - 1) & ~((uint64_t) (a) - 1))
#define ALIGN_DOWN(x, a) ((x) & ~((uint64_t) (a) - 1))

/* QEMU isa-debug-exit codes (QEMU exits with (code << 1) | 1). Distinct per cause so tests
 * can tell them apart. */
#define EXIT_PANIC            0x3C
#define EXIT_OUT_OF_MEMORY    0x3D
#define EXIT_ABORT            0x3E
#define EXIT_STACK_OVERFLOW   0x3F
#define EXIT_EXCEPTION_BASE   0x40    /* + CPU exception vector */
#define EXIT_JAVA_RETURNED    0x20

/* ---- log.c ---- */
void console_putc(char c);
void console_write(const char *s, size_t n);
void kprintf(const char *fmt, ...);
void kvprintf(const char *fmt, va_list ap);
/* "[pyjama] INFO  boot: ..." lines */
void klog(const char *level, const char *subsystem, const char *fmt, ...);
#define KINFO(sys, ...)  klog("INFO ", sys, __VA_ARGS__)
#define KWARN(sys, ...)  klog("WARN ", sys, __VA_ARGS__)
#define KERROR(sys, ...) klog("ERROR", sys, __VA_ARGS__)
_Noreturn void panic(const char *fmt, ...);

/* ---- boot information (bootinfo.c) ---- */
enum region_kind { RK_USABLE = 0, RK_RESERVED, RK_ACPI_RECLAIMABLE, RK_ACPI_NVS, RK_BAD, RK_KERNEL };
struct mem_region { uint64_t base, length; int kind; };
#define MAX_REGIONS 64
extern struct mem_region boot_regions[MAX_REGIONS];
extern int boot_region_count;
struct phys_range { uint64_t base, end; };
#define MAX_RESERVED 16
/* Physical ranges in use by the boot loader's data (info structure, modules). */
extern struct phys_range boot_reserved[MAX_RESERVED];
extern int boot_reserved_count;
extern uint64_t boot_rsdp;          /* from multiboot2 tags, 0 if not given */
extern const char *boot_loader_name;
/* Boot modules (multiboot1 module list, multiboot2 module tags): physical range and command line. */
struct boot_module { uint64_t start, end; char name[128]; };
#define MAX_MODULES 8
extern struct boot_module boot_modules[MAX_MODULES];
extern int boot_module_count;
void bootinfo_parse(uint32_t magic, uint64_t info);
extern char boot_cmdline[256];      /* the kernel's command line ("" if none) */
void boot_reserve(uint64_t base, uint64_t end);  /* keeps the frame allocator out of a range */
void boot_forget_module(int i);     /* drops module i and its reservation */

/* ---- bootimage.c: boot images (resuming a build-time boot) ---- */
void bootimage_init(uint64_t t0);   /* right after bootinfo_parse: may not return (resumes) */
void bootimage_report(void);        /* logs why an image was ignored, or the capture mode */
uint64_t bootimage_hole_pages(void); /* in a capture boot, the pages of RAM kept for the image */

/* ---- frames.c: physical frame allocator ---- */
void frames_init(void);
uint64_t frame_alloc(void);                         /* zeroed 4 KiB frame or 0 */
uint64_t frame_alloc_contig(uint64_t count, uint64_t align_frames); /* zeroed, or 0 */
void frame_free(uint64_t phys);
void frames_free_range(uint64_t phys, uint64_t count);
uint64_t frames_total(void);        /* frames the allocator manages */
uint64_t frames_free(void);
/* Frames promised to the Java heap: other users may not dip into them (see heap.c). */
extern uint64_t frames_promised;
uint64_t frames_available_unpromised(void);
void frames_release(uint64_t base, uint64_t end);   /* a reserved range becomes free RAM */
void zero_pages(uint64_t phys, uint64_t count);     /* fast under TCG; touches no global */
void frames_bitmap(uint64_t *address, uint64_t *frame_count);
extern uint64_t phys_top;           /* end of the highest usable RAM */

/* ---- paging.c ---- */
void paging_init(void);
int map_page_4k(uint64_t virt, uint64_t phys, uint64_t flags);   /* 0 ok, -1 no memory */
uint64_t unmap_page_4k(uint64_t virt);                           /* returns phys or 0 */
uint64_t *pte_lookup(uint64_t virt, int create);
int identity_map_range(uint64_t phys, uint64_t size, int uncached);
int prealloc_page_tables(uint64_t virt, uint64_t size);
extern uint64_t pt_pages_used;
#define PTE_P   0x001ULL
#define PTE_W   0x002ULL
#define PTE_PWT 0x008ULL
#define PTE_PCD 0x010ULL
#define PTE_PS  0x080ULL
#define PTE_ADDR 0x000FFFFFFFFFF000ULL

/* ---- cpu.c ---- */
void cpu_init(void);
struct trap_frame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8, rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error;
    uint64_t rip, cs, rflags, rsp, ss;
};
extern void (*java_div0_thrower)(void);
extern void (*java_oom_thrower)(void);

/* ---- irq.c: PIC, PIT, TSC, RTC, rings ---- */
void irq_init(void);
void time_init(void);
/* After a boot image's memory is back: reprograms PIC and PIT, calibrates the TSC, reads the
 * RTC; t0 is this boot's entry, and the monotonic clock goes on from the capture's value. */
void time_resume(uint64_t t0, int64_t monotonic_then_ns);
void irq_handle(int irq);
uint64_t tsc_hz_value(void);
uint64_t boot_tsc_value(void);
int64_t monotonic_ns(void);
int64_t wall_clock_ns(void);
#define TICK_HZ 1000
extern volatile uint64_t tick_count;
void idle_until(int64_t deadline_ns);
static inline uint64_t rdtsc(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t) hi << 32) | lo;
}

/* ---- uart.c ---- */
void uart_init(void);
void uart_putc(uint8_t c);
void uart_irq(void);
int serial_rx_pending(void);

/* ---- acpi.c ---- */
void acpi_init(void);
_Noreturn void machine_poweroff(void);
_Noreturn void machine_reboot(void);
_Noreturn void exit_emulator(int code);

/* ---- syscall.c ---- */
void syscall_init_msrs(void);
extern uint32_t syscall_histogram[512];

/* ---- heap.c (TeaVM glue) ---- */
void heap_area_reserved(uint64_t addr, uint64_t size);
int  heap_area_contains(uint64_t addr);
extern uint64_t heap_max_bytes;
void heap_promise_deferred(void);   /* a resumed boot: what the capture boot could not promise */

/* ---- port I/O ---- */
static inline void outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" :: "a"(v), "Nd"(port)); }
static inline uint8_t inb(uint16_t port) { uint8_t v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline void outw(uint16_t port, uint16_t v) { __asm__ volatile("outw %0, %1" :: "a"(v), "Nd"(port)); }
static inline uint16_t inw(uint16_t port) { uint16_t v; __asm__ volatile("inw %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline void outl(uint16_t port, uint32_t v) { __asm__ volatile("outl %0, %1" :: "a"(v), "Nd"(port)); }
static inline uint32_t inl(uint16_t port) { uint32_t v; __asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline void io_wait(void) { outb(0x80, 0); }
static inline uint64_t read_cr2(void) { uint64_t v; __asm__ volatile("mov %%cr2, %0" : "=r"(v)); return v; }
static inline uint64_t read_cr3(void) { uint64_t v; __asm__ volatile("mov %%cr3, %0" : "=r"(v)); return v; }
static inline void wrmsr(uint32_t msr, uint64_t v) {
    __asm__ volatile("wrmsr" :: "c"(msr), "a"((uint32_t) v), "d"((uint32_t) (v >> 32)));
}
static inline uint64_t rdmsr(uint32_t msr) {
    uint32_t lo, hi;
    __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
    return ((uint64_t) hi << 32) | lo;
}
static inline uint64_t irq_save(void) {
    uint64_t f;
    __asm__ volatile("pushfq; popq %0; cli" : "=r"(f) :: "memory");
    return f;
}
static inline void irq_restore(uint64_t f) {
    if (f & 0x200) __asm__ volatile("sti" ::: "memory");
}

extern char __kernel_start[], _end[], __bss_start[], __bss_end[];
extern char boot_stack_bottom[], boot_stack_top[];

/* The kernel stack (paging.c): a window of virtual addresses outside the identity map whose
 * pages get frames when first touched (a #PF there maps one), so RAM goes to the stack only as
 * deep as it has ever been. Below it, a guard that is never mapped. */
#define KSTACK_GUARD      (64 * 1024ull)
#define KSTACK_SIZE       (4 * 1024 * 1024ull)
#define KSTACK_PRESENT    (64 * 1024ull)              /* mapped at boot, at the top */
#define KSTACK_WINDOW     0x8000000000ull             /* 512 GiB: PML4 slot 1, nothing else there */
#define kernel_stack_guard  (KSTACK_WINDOW)
#define kernel_stack_bottom (KSTACK_WINDOW + KSTACK_GUARD)
#define kernel_stack_top    (KSTACK_WINDOW + KSTACK_GUARD + KSTACK_SIZE)
void kernel_stack_init(void);
int kernel_stack_grow(uint64_t addr);   /* 1 mapped, 0 not a stack page, -1 no RAM */
uint64_t kernel_stack_committed(void);  /* bytes of stack with frames: its high-water mark */
_Noreturn void switch_stack(uint64_t top, void (*fn)(void));
