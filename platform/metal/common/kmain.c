/* Kernel entry (from boot.S in long mode) and the glue the TeaVM runtime expects when built
 * with TEAVM_CUSTOM_LOG: its fatal messages and System.out go to COM1 through here. */
#include "kernel.h"
#include <uchar.h>
#include <wchar.h>

#define MIB (1024ull * 1024ull)

extern void __init_libc(char **envp, char *program_name);
extern int teavm_program_main(int argc, char **argv);   /* the generated main, renamed */
void set_boot_tsc(uint64_t t);

static const char *const kind_names[] = { "usable", "reserved", "ACPI reclaimable", "ACPI NVS", "bad", "kernel" };

static uint64_t us_since(uint64_t t0) {
    return (rdtsc() - t0) * 1000000ull / tsc_hz_value();
}

static uint64_t t0;
static void kmain_on_kernel_stack(void);

void kmain(uint32_t magic, uint64_t info) {
    t0 = rdtsc();
    set_boot_tsc(t0);
    bootinfo_parse(magic, info);
    /* Before anything else touches RAM: a boot image, if one was given and fits, takes over
     * here and does not return. The UART is set up after it, so that bytes typed ahead wait
     * in the UART for whichever boot this turns out to be. */
    bootimage_init(t0);
    uart_init();
    KINFO("boot", "pyjama x86_64 kernel entered from %s (multiboot%d)", boot_loader_name,
          magic == 0x36D76289u ? 2 : 1);
    uint64_t usable = 0;
    for (int i = 0; i < boot_region_count; i++) {
        struct mem_region *r = &boot_regions[i];
        if (r->kind == RK_USABLE) usable += r->length;
        KINFO("boot", "memory 0x%012lx-0x%012lx %s", r->base, r->base + r->length - 1, kind_names[r->kind]);
    }
    KINFO("boot", "image 0x%lx-0x%lx (%lu KiB), RAM %lu MiB; kernel stack up to %lu KiB, mapped as it grows",
          (uint64_t) __kernel_start, (uint64_t) _end, ((uint64_t) _end - (uint64_t) __kernel_start) / 1024,
          usable / MIB, KSTACK_SIZE / 1024);
    bootimage_report();
    frames_init();
    cpu_init();
    paging_init();
    /* From here on the kernel stack (paging.c); the boot stack's frame is left behind. */
    switch_stack(kernel_stack_top, kmain_on_kernel_stack);
}

static void kmain_on_kernel_stack(void) {
    irq_init();
    time_init();
    acpi_init();
    KINFO("boot", "%lu MiB in %lu free frames, TSC %lu MHz, timer %d Hz",
          frames_free() * PAGE_SIZE / MIB, frames_free(), tsc_hz_value() / 1000000, TICK_HZ);

    /* musl: a fake process start (no environment, auxv with the page size TeaVM asks
     * sysconf for). This sets the thread pointer through arch_prctl (errno, locale). */
    static char *fake_stack[] = { 0, (char *) 6 /* AT_PAGESZ */, (char *) 4096, 0 /* AT_NULL */, 0 };
    __init_libc(fake_stack, "pyjama");
    __asm__ volatile("sti");
    KINFO("boot", "C layer ready in %lu us, starting Java", us_since(t0));

    static char *argv[] = { "pyjama", 0 };
    teavm_program_main(1, argv);
    KWARN("boot", "Java main returned");
    exit_emulator(EXIT_JAVA_RETURNED);
}

/* ---- TeaVM runtime output (TEAVM_CUSTOM_LOG) ---- */

void teavm_logCodePoint(int32_t c) {
    if (c == '\n') { console_putc('\n'); return; }
    if (c < 0x80) { uart_putc((uint8_t) c); return; }
    if (c < 0x800) {
        uart_putc((uint8_t) (0xC0 | (c >> 6)));
    } else if (c < 0x10000) {
        uart_putc((uint8_t) (0xE0 | (c >> 12)));
        uart_putc((uint8_t) (0x80 | ((c >> 6) & 0x3F)));
    } else {
        uart_putc((uint8_t) (0xF0 | (c >> 18)));
        uart_putc((uint8_t) (0x80 | ((c >> 12) & 0x3F)));
        uart_putc((uint8_t) (0x80 | ((c >> 6) & 0x3F)));
    }
    uart_putc((uint8_t) (0x80 | (c & 0x3F)));
}

void teavm_printString(char16_t *s) {
    while (*s) {
        int32_t c = *s++;
        if ((c & 0xFC00) == 0xD800 && (*s & 0xFC00) == 0xDC00) c = (((c & 0x3FF) << 10) | (*s++ & 0x3FF)) + 0x10000;
        teavm_logCodePoint(c);
    }
}

void teavm_printWString(wchar_t *s) {
    while (*s) teavm_logCodePoint((int32_t) *s++);
}

void teavm_printInt(int32_t i) {
    kprintf("%d", i);
}

/* ---- fatal paths ---- */

extern void *teavm_stackTop;
extern void meth_otr_ExceptionHandling_printStack(void);

_Noreturn void kernel_abort(const char *why) {
    __asm__ volatile("cli");
    kprintf("[pyjama] PANIC abort: %s\n", why);
    exit_emulator(EXIT_ABORT);
}

/* Overrides musl's abort(), which would raise SIGABRT (tkill) and then halt silently with
 * interrupts off. TeaVM calls it after printing the reason (uncaught exception, fatal error). */
_Noreturn void abort(void) {
    kernel_abort("abort() called");
}
