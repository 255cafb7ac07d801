/* The C side of pyjama.metal.MetalHal: every @Import(name = "hal_...") native resolves to a
 * function declared here. Port and MMIO access are inline so the generated code does them
 * directly; the rest lives in the kernel's C files. Types follow TeaVM's C mapping: int ->
 * int32_t, long -> int64_t, boolean -> int32_t return, org.teavm.interop.Address -> void*,
 * a Function subclass -> a C function pointer. */
#pragma once
#include <stdint.h>

static inline void hal_outb(int32_t port, int32_t v) {
    __asm__ volatile("outb %b0, %w1" :: "a"(v), "Nd"((uint16_t) port));
}
static inline void hal_outw(int32_t port, int32_t v) {
    __asm__ volatile("outw %w0, %w1" :: "a"(v), "Nd"((uint16_t) port));
}
static inline void hal_outl(int32_t port, int32_t v) {
    __asm__ volatile("outl %0, %w1" :: "a"(v), "Nd"((uint16_t) port));
}
static inline int32_t hal_inb(int32_t port) {
    uint8_t v;
    __asm__ volatile("inb %w1, %0" : "=a"(v) : "Nd"((uint16_t) port));
    return v;
}
static inline int32_t hal_inw(int32_t port) {
    uint16_t v;
    __asm__ volatile("inw %w1, %0" : "=a"(v) : "Nd"((uint16_t) port));
    return v;
}
static inline int32_t hal_inl(int32_t port) {
    uint32_t v;
    __asm__ volatile("inl %w1, %0" : "=a"(v) : "Nd"((uint16_t) port));
    return (int32_t) v;
}

/* MMIO: the address must be inside a window mapped by hal_mmio_map or be RAM. */
static inline int32_t hal_mmio_read8(int64_t a) { return *(volatile uint8_t *) (uintptr_t) a; }
static inline int32_t hal_mmio_read16(int64_t a) { return *(volatile uint16_t *) (uintptr_t) a; }
static inline int32_t hal_mmio_read32(int64_t a) { return (int32_t) *(volatile uint32_t *) (uintptr_t) a; }
static inline int64_t hal_mmio_read64(int64_t a) { return (int64_t) *(volatile uint64_t *) (uintptr_t) a; }
static inline void hal_mmio_write8(int64_t a, int32_t v) { *(volatile uint8_t *) (uintptr_t) a = (uint8_t) v; }
static inline void hal_mmio_write16(int64_t a, int32_t v) { *(volatile uint16_t *) (uintptr_t) a = (uint16_t) v; }
static inline void hal_mmio_write32(int64_t a, int32_t v) { *(volatile uint32_t *) (uintptr_t) a = (uint32_t) v; }
static inline void hal_mmio_write64(int64_t a, int64_t v) { *(volatile uint64_t *) (uintptr_t) a = (uint64_t) v; }

static inline int64_t hal_rdtsc(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return (int64_t) (((uint64_t) hi << 32) | lo);
}

/* console and serial (uart.c) */
void hal_console_write(void *data, int32_t len);
int32_t hal_serial_read(void *data, int32_t max);
int32_t hal_take_break(void);

/* time, interrupts, idle (irq.c) */
int64_t hal_nano_time(void);
int64_t hal_wall_clock_millis(void);
int64_t hal_tsc_hz(void);
int64_t hal_boot_tsc(void);
int32_t hal_resume_point(void);
int64_t hal_ticks(void);
int32_t hal_tick_hz(void);
int32_t hal_next_irq(void);
void hal_idle(int64_t deadline_nanos);
void hal_irq_enable(int32_t irq);
void hal_irq_unmask(int32_t irq);

/* memory (heap.c) */
int32_t hal_mmio_map(int64_t phys, int64_t size);
int64_t hal_dma_alloc(int64_t size, int64_t align);
void hal_dma_free(int64_t phys, int64_t size);
int32_t hal_memmap_count(void);
int64_t hal_memmap_base(int32_t i);
int64_t hal_memmap_length(int32_t i);
int32_t hal_memmap_kind(int32_t i);
int64_t hal_phys_total(void);
int64_t hal_phys_free(void);
int64_t hal_heap_max(void);
int64_t hal_heap_committed(void);
int64_t hal_heap_used(void);
int32_t hal_syscall_count(int32_t nr);
int32_t hal_out_of_memory_count(void);

/* boot modules (bootinfo.c): multiboot modules, e.g. QEMU -initrd */
int32_t hal_module_count(void);
int64_t hal_module_length(int32_t i);
int32_t hal_module_name(int32_t i, void *buffer, int32_t max);
void hal_module_copy(int32_t i, void *buffer, int32_t length);

/* machine (heap.c, acpi.c) */
int32_t hal_machine_name(void *buffer, int32_t max);
void hal_set_throwers(void (*divide_by_zero)(void), void (*out_of_memory)(void));
void hal_reboot(void);
void hal_poweroff(void);
void hal_exit_emulator(int32_t code);
