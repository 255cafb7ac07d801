/* Reads the boot loader's information (multiboot1 from QEMU -kernel, multiboot2 from GRUB)
 * into static tables before anything allocates memory: the info structure itself may sit in
 * RAM that the frame allocator will hand out, so it is recorded as reserved. */
#include "kernel.h"

#define MB1_BOOT_MAGIC 0x2BADB002u
#define MB2_BOOT_MAGIC 0x36D76289u

struct mem_region boot_regions[MAX_REGIONS];
int boot_region_count;
struct phys_range boot_reserved[MAX_RESERVED];
int boot_reserved_count;
uint64_t boot_rsdp;
const char *boot_loader_name = "unknown";
static char loader_name_copy[64];
struct boot_module boot_modules[MAX_MODULES];
char boot_cmdline[256];
int boot_module_count;

static int kind_of(uint32_t mb_type) {
    switch (mb_type) {
    case 1: return RK_USABLE;
    case 3: return RK_ACPI_RECLAIMABLE;
    case 4: return RK_ACPI_NVS;
    case 5: return RK_BAD;
    default: return RK_RESERVED;
    }
}

static void add_region(uint64_t base, uint64_t len, int kind) {
    if (len == 0 || boot_region_count == MAX_REGIONS) return;
    boot_regions[boot_region_count++] = (struct mem_region) { base, len, kind };
}

static void add_reserved(uint64_t base, uint64_t end) {
    if (end <= base || boot_reserved_count == MAX_RESERVED) return;
    boot_reserved[boot_reserved_count++] = (struct phys_range) { base, end };
}

static void copy_cmdline(const char *s) {
    size_t i = 0;
    if (s) while (s[i] && i + 1 < sizeof boot_cmdline) { boot_cmdline[i] = s[i]; i++; }
    boot_cmdline[i] = 0;
}

void boot_reserve(uint64_t base, uint64_t end) { add_reserved(base, end); }

void boot_forget_module(int i) {
    if (i < 0 || i >= boot_module_count) return;
    uint64_t base = ALIGN_DOWN(boot_modules[i].start, PAGE_SIZE), end = ALIGN_UP(boot_modules[i].end, PAGE_SIZE);
    for (int r = 0; r < boot_reserved_count; r++) {
        if (boot_reserved[r].base != base || boot_reserved[r].end != end) continue;
        boot_reserved[r] = boot_reserved[--boot_reserved_count];
        break;
    }
    for (int k = i; k + 1 < boot_module_count; k++) boot_modules[k] = boot_modules[k + 1];
    boot_module_count--;
}

static void copy_name(const char *s) {
    if (!s) return;
    size_t i = 0;
    while (s[i] && i + 1 < sizeof loader_name_copy) { loader_name_copy[i] = s[i]; i++; }
    loader_name_copy[i] = 0;
    boot_loader_name = loader_name_copy;
}

/* Records a module; the loader's structures may be reused later, so the name is copied. */
static void add_module(uint64_t start, uint64_t end, const char *name) {
    if (end < start || boot_module_count == MAX_MODULES) return;
    struct boot_module *m = &boot_modules[boot_module_count++];
    m->start = start;
    m->end = end;
    size_t i = 0;
    if (name) while (name[i] && i + 1 < sizeof m->name) { m->name[i] = name[i]; i++; }
    m->name[i] = 0;
}

static void parse_mb1(uint64_t info) {
    uint32_t flags = *(uint32_t *) info;
    add_reserved(info, info + 116);
    if (flags & (1u << 2)) copy_cmdline((const char *) (uint64_t) *(uint32_t *) (info + 16));
    if (flags & (1u << 9)) copy_name((const char *) (uint64_t) *(uint32_t *) (info + 64));
    else boot_loader_name = "multiboot1";
    if (flags & (1u << 3)) {
        uint32_t count = *(uint32_t *) (info + 20);
        uint64_t mods = *(uint32_t *) (info + 24);
        add_reserved(mods, mods + 16ull * count);
        for (uint32_t i = 0; i < count; i++) {
            uint32_t *m = (uint32_t *) (mods + 16ull * i);
            add_reserved(ALIGN_DOWN(m[0], PAGE_SIZE), ALIGN_UP(m[1], PAGE_SIZE));
            add_module(m[0], m[1], m[2] ? (const char *) (uint64_t) m[2] : "");
        }
    }
    if (flags & (1u << 6)) {
        uint64_t len = *(uint32_t *) (info + 44);
        uint64_t addr = *(uint32_t *) (info + 48);
        add_reserved(addr, addr + len);
        for (uint64_t p = addr; p < addr + len;) {
            uint32_t size = *(uint32_t *) p;
            uint64_t base = *(uint64_t *) (p + 4);
            uint64_t length = *(uint64_t *) (p + 12);
            uint32_t type = *(uint32_t *) (p + 20);
            add_region(base, length, kind_of(type));
            p += size + 4;
        }
    } else if (flags & 1u) {
        /* Only mem_lower/mem_upper (KiB): conventional memory and RAM from 1 MiB. */
        uint64_t lower = *(uint32_t *) (info + 4), upper = *(uint32_t *) (info + 8);
        add_region(0, lower * 1024, RK_USABLE);
        add_region(0x100000, upper * 1024, RK_USABLE);
    }
}

static void parse_mb2(uint64_t info) {
    uint32_t total = *(uint32_t *) info;
    add_reserved(info, info + total);
    int have_mmap = 0;
    uint64_t mem_lower = 0, mem_upper = 0;
    boot_loader_name = "multiboot2";
    for (uint64_t p = info + 8; p < info + total;) {
        uint32_t type = *(uint32_t *) p, size = *(uint32_t *) (p + 4);
        if (type == 0) break;
        switch (type) {
        case 1: copy_cmdline((const char *) (p + 8)); break;
        case 2: copy_name((const char *) (p + 8)); break;
        case 3: {
            uint32_t start = *(uint32_t *) (p + 8), end = *(uint32_t *) (p + 12);
            add_reserved(ALIGN_DOWN(start, PAGE_SIZE), ALIGN_UP(end, PAGE_SIZE));
            add_module(start, end, (const char *) (p + 16));
            break;
        }
        case 4: mem_lower = *(uint32_t *) (p + 8); mem_upper = *(uint32_t *) (p + 12); break;
        case 6: {
            uint32_t esize = *(uint32_t *) (p + 8);
            for (uint64_t e = p + 16; e + esize <= p + size; e += esize)
                add_region(*(uint64_t *) e, *(uint64_t *) (e + 8), kind_of(*(uint32_t *) (e + 16)));
            have_mmap = 1;
            break;
        }
        case 14: case 15: if (!boot_rsdp) boot_rsdp = p + 8; break;
        }
        p += ALIGN_UP(size, 8);
    }
    if (!have_mmap) {
        add_region(0, mem_lower * 1024, RK_USABLE);
        add_region(0x100000, mem_upper * 1024, RK_USABLE);
    }
}

void bootinfo_parse(uint32_t magic, uint64_t info) {
    if (magic == MB1_BOOT_MAGIC) parse_mb1(info);
    else if (magic == MB2_BOOT_MAGIC) parse_mb2(info);
    else panic("not started by a multiboot loader (eax=0x%x)", magic);
    if (boot_region_count == 0) panic("the boot loader gave no memory map");
}

/* ---- boot modules for the HAL (the modules stay identity-mapped and reserved) ---- */

int32_t hal_module_count(void) { return boot_module_count; }

int64_t hal_module_length(int32_t i) {
    if (i < 0 || i >= boot_module_count) return -1;
    return (int64_t) (boot_modules[i].end - boot_modules[i].start);
}

int32_t hal_module_name(int32_t i, void *buffer, int32_t max) {
    if (i < 0 || i >= boot_module_count || max <= 0) return 0;
    int32_t n = 0;
    while (n < max && boot_modules[i].name[n]) { ((char *) buffer)[n] = boot_modules[i].name[n]; n++; }
    return n;
}

void hal_module_copy(int32_t i, void *buffer, int32_t length) {
    if (i < 0 || i >= boot_module_count || length <= 0) return;
    uint64_t have = boot_modules[i].end - boot_modules[i].start;
    if ((uint64_t) length > have) length = (int32_t) have;
    const uint8_t *src = (const uint8_t *) boot_modules[i].start;
    uint8_t *dst = buffer;
    for (int32_t k = 0; k < length; k++) dst[k] = src[k];
}
