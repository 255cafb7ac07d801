/* Power: ACPI S5 through PM1a_CNT (RSDP -> RSDT/XSDT -> FADT, SLP_TYPa from the DSDT's \_S5
 * package), reset through the 8042 and then a triple fault, and QEMU's isa-debug-exit. */
#include "kernel.h"
#include "hal.h"
#include <string.h>

#define DEBUG_EXIT_PORT 0xF4

static uint32_t pm1a_cnt, pm1b_cnt;
static uint32_t smi_cmd;
static uint8_t acpi_enable_value;
static int slp_typa = -1, slp_typb;
static uint8_t reset_reg_space, reset_value;
static uint64_t reset_reg_addr;

static int checksum_ok(const void *p, size_t n) {
    uint8_t sum = 0;
    for (size_t i = 0; i < n; i++) sum += ((const uint8_t *) p)[i];
    return sum == 0;
}

static uint64_t scan_rsdp(uint64_t from, uint64_t to) {
    for (uint64_t p = from; p + 20 <= to; p += 16)
        if (!memcmp((void *) p, "RSD PTR ", 8) && checksum_ok((void *) p, 20)) return p;
    return 0;
}

/* Decodes an AML integer at p (ZeroOp, OneOp, BytePrefix, WordPrefix); -1 if it is not one. */
static int aml_small_int(const uint8_t *p, int *len) {
    switch (p[0]) {
    case 0x00: *len = 1; return 0;
    case 0x01: *len = 1; return 1;
    case 0x0A: *len = 2; return p[1];
    case 0x0B: *len = 3; return p[1] | (p[2] << 8);
    default: return -1;
    }
}

static void parse_s5(const uint8_t *dsdt) {
    uint32_t len = *(const uint32_t *) (dsdt + 4);
    for (uint32_t i = 36; i + 8 < len; i++) {
        if (memcmp(dsdt + i, "_S5_", 4)) continue;
        /* NameOp (0x08) precedes the name, possibly with a root prefix '\'. */
        if (!(dsdt[i - 1] == 0x08 || (dsdt[i - 1] == '\\' && dsdt[i - 2] == 0x08))) continue;
        const uint8_t *p = dsdt + i + 4;
        if (*p++ != 0x12) continue;                 /* PackageOp */
        p += ((*p >> 6) & 3) + 1;                   /* PkgLength */
        p++;                                        /* NumElements */
        int l;
        int a = aml_small_int(p, &l);
        if (a < 0) continue;
        p += l;
        int b = aml_small_int(p, &l);
        slp_typa = a;
        slp_typb = b < 0 ? 0 : b;
        return;
    }
}

static void parse_fadt(const uint8_t *f) {
    uint32_t len = *(const uint32_t *) (f + 4);
    uint64_t dsdt = *(const uint32_t *) (f + 40);
    if (len >= 148 && *(const uint64_t *) (f + 140)) dsdt = *(const uint64_t *) (f + 140);
    smi_cmd = *(const uint32_t *) (f + 48);
    acpi_enable_value = f[52];
    pm1a_cnt = *(const uint32_t *) (f + 64);
    pm1b_cnt = *(const uint32_t *) (f + 68);
    if (len >= 129 && (*(const uint32_t *) (f + 112) & (1u << 10))) {   /* RESET_REG_SUP */
        reset_reg_space = f[116];
        reset_reg_addr = *(const uint64_t *) (f + 120);
        reset_value = f[128];
    }
    if (dsdt && !memcmp((void *) dsdt, "DSDT", 4)) parse_s5((const uint8_t *) dsdt);
}

void acpi_init(void) {
    uint64_t rsdp = boot_rsdp;
    if (!rsdp) {
        uint64_t bda_ebda = 0x40E;           /* BIOS data area: EBDA segment */
        __asm__("" : "+r"(bda_ebda));        /* a real address, not a null-page constant */
        uint64_t ebda = (uint64_t) (*(uint16_t *) bda_ebda) << 4;
        if (ebda) rsdp = scan_rsdp(ebda, ebda + 1024);
        if (!rsdp) rsdp = scan_rsdp(0xE0000, 0x100000);
    }
    if (!rsdp) { KINFO("acpi", "no RSDP; poweroff falls back to isa-debug-exit"); return; }
    uint8_t rev = *(uint8_t *) (rsdp + 15);
    uint64_t sdt = *(uint32_t *) (rsdp + 16);
    int entry_size = 4;
    if (rev >= 2 && *(uint64_t *) (rsdp + 24)) { sdt = *(uint64_t *) (rsdp + 24); entry_size = 8; }
    identity_map_range(sdt, 0x10000, 0);
    uint32_t len = *(uint32_t *) (sdt + 4);
    for (uint32_t off = 36; off + entry_size <= len; off += entry_size) {
        uint64_t t = entry_size == 8 ? *(uint64_t *) (sdt + off) : *(uint32_t *) (sdt + off);
        identity_map_range(t, 0x1000, 0);
        if (!memcmp((void *) t, "FACP", 4)) { parse_fadt((const uint8_t *) t); break; }
    }
    KINFO("acpi", "RSDP at 0x%lx, PM1a_CNT 0x%x, S5 SLP_TYP %d", rsdp, pm1a_cnt, slp_typa);
}

static void spin_ms(uint64_t ms) {
    uint64_t end = rdtsc() + tsc_hz_value() / 1000 * ms;
    while (rdtsc() < end) __asm__ volatile("pause");
}

_Noreturn void exit_emulator(int code) {
    __asm__ volatile("cli");
    outl(DEBUG_EXIT_PORT, (uint32_t) code);
    /* Not under QEMU with isa-debug-exit: power off instead, then stop. */
    machine_poweroff();
}

_Noreturn void machine_poweroff(void) {
    __asm__ volatile("cli");
    if (pm1a_cnt && slp_typa >= 0) {
        if (smi_cmd && acpi_enable_value && !(inw((uint16_t) pm1a_cnt) & 1)) {
            outb((uint16_t) smi_cmd, acpi_enable_value);
            for (int i = 0; i < 1000000 && !(inw((uint16_t) pm1a_cnt) & 1); i++) io_wait();
        }
        outw((uint16_t) pm1a_cnt, (uint16_t) ((slp_typa << 10) | (1 << 13)));
        if (pm1b_cnt) outw((uint16_t) pm1b_cnt, (uint16_t) ((slp_typb << 10) | (1 << 13)));
        /* QEMU acts on the request from its main loop, not at once: give it time before
         * falling back to isa-debug-exit (which exits immediately, with status 1). */
        spin_ms(500);
    }
    outl(DEBUG_EXIT_PORT, 0);
    for (;;) __asm__ volatile("cli; hlt");
}

_Noreturn void machine_reboot(void) {
    __asm__ volatile("cli");
    if (reset_reg_addr && reset_reg_space == 1) outb((uint16_t) reset_reg_addr, reset_value);
    for (int i = 0; i < 100000 && (inb(0x64) & 0x02); i++) io_wait();
    outb(0x64, 0xFE);                       /* 8042: pulse the reset line */
    for (int i = 0; i < 100000; i++) io_wait();
    /* Triple fault: an empty IDT and an exception. */
    struct __attribute__((packed)) { uint16_t limit; uint64_t base; } empty = { 0, 0 };
    __asm__ volatile("lidt %0; int3" :: "m"(empty));
    for (;;) __asm__ volatile("hlt");
}

void hal_reboot(void) { machine_reboot(); }
void hal_poweroff(void) { machine_poweroff(); }
void hal_exit_emulator(int32_t code) { exit_emulator(code); }
