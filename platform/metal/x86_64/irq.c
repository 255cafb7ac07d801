/* Legacy PIC (remapped to vectors 0x20-0x2F), PIT channel 0 as the periodic tick at TICK_HZ,
 * TSC calibrated against PIT channel 2 for monotonic time, CMOS RTC for the wall clock at
 * boot. IRQ handlers only record events: the tick count, COM1 bytes (uart.c) and, for other
 * devices, the IRQ number in a single-producer/single-consumer ring; such an IRQ stays masked
 * until Java calls irqUnmask. */
#include "kernel.h"
#include "hal.h"

#define PIC1_CMD 0x20
#define PIC1_DATA 0x21
#define PIC2_CMD 0xA0
#define PIC2_DATA 0xA1
#define PIT_HZ 1193182ull

volatile uint64_t tick_count;
static uint64_t tsc_hz = 1000000000ull;
static uint64_t boot_tsc;
static uint64_t monotonic_base_tsc;   /* TSC at monotonic 0: boot_tsc, unless resumed from an image */
static uint64_t tsc_at_rtc;
static int64_t rtc_epoch_seconds;
static uint16_t irq_mask = 0xFFFF;

/* IRQ ring: written only by interrupt handlers (IF=0, one CPU), read only by Java. */
#define IRQ_RING_SIZE 256
static volatile uint8_t irq_ring[IRQ_RING_SIZE];
static volatile uint32_t irq_head, irq_tail;
static volatile uint32_t irq_dropped;

uint64_t tsc_hz_value(void) { return tsc_hz; }
uint64_t boot_tsc_value(void) { return boot_tsc; }

static void pic_write_mask(void) {
    outb(PIC1_DATA, (uint8_t) irq_mask);
    outb(PIC2_DATA, (uint8_t) (irq_mask >> 8));
}

static void pic_set_masked(int irq, int masked) {
    uint64_t fl = irq_save();
    if (masked) irq_mask |= (uint16_t) (1u << irq);
    else irq_mask &= (uint16_t) ~(1u << irq);
    if (irq >= 8 && !masked) irq_mask &= (uint16_t) ~(1u << 2);   /* cascade */
    pic_write_mask();
    irq_restore(fl);
}

static void pic_eoi(int irq) {
    if (irq >= 8) outb(PIC2_CMD, 0x20);
    outb(PIC1_CMD, 0x20);
}

static void pit_periodic(unsigned hz) {
    unsigned divisor = (unsigned) (PIT_HZ / hz);
    outb(0x43, 0x34);                       /* channel 0, lobyte/hibyte, mode 2 (rate generator) */
    outb(0x40, (uint8_t) divisor);
    outb(0x40, (uint8_t) (divisor >> 8));
}

/* TSC ticks per second, timed against PIT channel 2 (one-shot, gated through port 0x61). Under
 * TCG on a busy host the vCPU can be descheduled mid-measurement; t0 is read before the gate
 * opens, so any such delay only lengthens a run. The shortest of several short runs is the
 * estimate (a single 10 ms run was seen off by 2.3x). Every boot waits for this, so the runs are short. */
#define CAL_RUNS 4
#define CAL_HZ 2000                   /* 0.5 ms per run; +-1 PIT tick is 0.17% */
static uint64_t calibrate_tsc(void) {
    const unsigned count = (unsigned) (PIT_HZ / CAL_HZ);
    uint64_t best = ~0ull;
    uint8_t p61 = inb(0x61);
    for (int run = 0; run < CAL_RUNS; run++) {
        outb(0x61, (uint8_t) (p61 & ~0x03));             /* gate off, speaker off */
        outb(0x43, 0xB0);                                 /* channel 2, lobyte/hibyte, mode 0 */
        outb(0x42, (uint8_t) count);
        outb(0x42, (uint8_t) (count >> 8));
        uint64_t t0 = rdtsc();
        outb(0x61, (uint8_t) ((p61 & ~0x02) | 0x01));    /* gate on: counting starts */
        uint64_t spins = 0;
        while (!(inb(0x61) & 0x20) && ++spins < 100000000ull) {}
        uint64_t t1 = rdtsc();
        if (t1 - t0 < best) best = t1 - t0;
    }
    outb(0x61, p61 & (uint8_t) ~0x03);
    uint64_t hz = best * CAL_HZ;
    return hz ? hz : 1000000000ull;
}

static uint8_t cmos_read(uint8_t reg) {
    outb(0x70, reg | 0x80);        /* keep NMI disabled while we own the index register */
    return inb(0x71);
}

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned) (y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t) doe - 719468;
}

static void rtc_read(void) {
    uint8_t s, mi, h, d, mo, y, again_s;
    int tries = 0;
    do {
        while ((cmos_read(0x0A) & 0x80) && tries++ < 1000000) {}
        s = cmos_read(0x00); mi = cmos_read(0x02); h = cmos_read(0x04);
        d = cmos_read(0x07); mo = cmos_read(0x08); y = cmos_read(0x09);
        again_s = cmos_read(0x00);
    } while (again_s != s && tries++ < 1000000);
    uint8_t b = cmos_read(0x0B);
    int pm = h & 0x80;
    h &= 0x7F;
    if (!(b & 0x04)) {               /* BCD */
#define BCD(x) ((uint8_t) (((x) & 0x0F) + ((x) >> 4) * 10))
        s = BCD(s); mi = BCD(mi); h = BCD(h); d = BCD(d); mo = BCD(mo); y = BCD(y);
    }
    if (!(b & 0x02) && pm) h = (uint8_t) ((h % 12) + 12);   /* 12-hour clock */
    tsc_at_rtc = rdtsc();
    rtc_epoch_seconds = days_from_civil(2000 + y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
}

int64_t monotonic_ns(void) {
    uint64_t dt = rdtsc() - monotonic_base_tsc;
    return (int64_t) ((unsigned __int128) dt * 1000000000ull / tsc_hz);
}

int64_t wall_clock_ns(void) {
    uint64_t dt = rdtsc() - tsc_at_rtc;
    return rtc_epoch_seconds * 1000000000ll + (int64_t) ((unsigned __int128) dt * 1000000000ull / tsc_hz);
}

void irq_init(void) {
    /* ICW1..4: edge triggered, cascade, vectors 0x20/0x28, 8086 mode. */
    outb(PIC1_CMD, 0x11); io_wait();
    outb(PIC2_CMD, 0x11); io_wait();
    outb(PIC1_DATA, 0x20); io_wait();
    outb(PIC2_DATA, 0x28); io_wait();
    outb(PIC1_DATA, 0x04); io_wait();
    outb(PIC2_DATA, 0x02); io_wait();
    outb(PIC1_DATA, 0x01); io_wait();
    outb(PIC2_DATA, 0x01); io_wait();
    irq_mask = 0xFFFF;
    pic_write_mask();
}

void time_init(void) {
    tsc_hz = calibrate_tsc();
    rtc_read();
    pit_periodic(TICK_HZ);
    pic_set_masked(0, 0);       /* timer */
    pic_set_masked(4, 0);       /* COM1 */
}

void set_boot_tsc(uint64_t t) { boot_tsc = monotonic_base_tsc = t; }

void time_resume(uint64_t t0, int64_t monotonic_then_ns) {
    uint16_t mask = irq_mask;       /* the IRQs the kernel had unmasked */
    irq_init();
    time_init();                    /* TSC calibration, RTC, PIT: as at a cold boot */
    boot_tsc = t0;
    monotonic_base_tsc = rdtsc() - (uint64_t) ((unsigned __int128) monotonic_then_ns * tsc_hz / 1000000000ull);
    irq_mask = mask;
    pic_write_mask();
}

static int spurious(int irq) {
    if (irq != 7 && irq != 15) return 0;
    uint16_t cmd = irq == 7 ? PIC1_CMD : PIC2_CMD;
    outb(cmd, 0x0B);                 /* read ISR */
    if (inb(cmd) & 0x80) return 0;
    if (irq == 15) outb(PIC1_CMD, 0x20);   /* the master saw a real cascade IRQ */
    return 1;
}

void irq_handle(int irq) {
    if (spurious(irq)) return;
    switch (irq) {
    case 0: tick_count++; break;
    case 4: uart_irq(); break;
    default: {
        /* Mask until the Java driver has quieted the device (level-triggered sources). */
        irq_mask |= (uint16_t) (1u << irq);
        pic_write_mask();
        uint32_t h = irq_head;
        if (h - irq_tail < IRQ_RING_SIZE) {
            irq_ring[h % IRQ_RING_SIZE] = (uint8_t) irq;
            __asm__ volatile("" ::: "memory");
            irq_head = h + 1;
        } else {
            irq_dropped++;
        }
    }
    }
    pic_eoi(irq);
}

/* Halts until any interrupt, unless an event is already pending or the deadline passed. The
 * check and the halt are atomic: IF is off until `sti; hlt` (sti's one-instruction shadow). */
void idle_until(int64_t deadline_ns) {
    __asm__ volatile("cli");
    if (irq_head != irq_tail || serial_rx_pending() || monotonic_ns() >= deadline_ns) {
        __asm__ volatile("sti");
        return;
    }
    __asm__ volatile("sti; hlt" ::: "memory");
}

/* ---- HAL entry points ---- */
int64_t hal_nano_time(void) { return monotonic_ns(); }
int64_t hal_wall_clock_millis(void) { return wall_clock_ns() / 1000000; }
int64_t hal_tsc_hz(void) { return (int64_t) tsc_hz; }
int64_t hal_boot_tsc(void) { return (int64_t) boot_tsc; }
int64_t hal_ticks(void) { return (int64_t) tick_count; }
int32_t hal_tick_hz(void) { return TICK_HZ; }
void hal_idle(int64_t deadline) { idle_until(deadline); }

int32_t hal_next_irq(void) {
    uint32_t t = irq_tail;
    if (t == irq_head) return -1;
    int irq = irq_ring[t % IRQ_RING_SIZE];
    __asm__ volatile("" ::: "memory");
    irq_tail = t + 1;
    return irq;
}

void hal_irq_enable(int32_t irq) { if (irq >= 0 && irq < 16) pic_set_masked(irq, 0); }
void hal_irq_unmask(int32_t irq) { if (irq >= 0 && irq < 16) pic_set_masked(irq, 0); }
